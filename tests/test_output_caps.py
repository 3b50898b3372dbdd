"""Output is capped by bytes and lines, per cell and per notebook, without changing a grade; a flood of output from
students (a 200 MB line, many small outputs, a huge image, a 1 GB file) leaves a class graded and every graded notebook
and feedback page under 5 MB."""

from __future__ import annotations

import copy
import json

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output
from nbgrader.utils import determine_grade

from curriculum.check.record import MIME
from curriculum.grading.output_caps import CellCap, OutputCaps, cap_cell, cap_notebook, is_note, output_bytes

CAPS = OutputCaps(cell_bytes=64 * 1024, cell_lines=100, notebook_bytes=256 * 1024, traceback_lines=20, record_bytes=64 * 1024)


def _stream(text: str, name: str = "stdout") -> dict:
    return {"output_type": "stream", "name": name, "text": text}


def _size(outputs) -> int:
    return sum(output_bytes(o) for o in outputs)


def _test_cell(outputs) -> nbformat.NotebookNode:
    cell = new_code_cell("check()", metadata={"nbgrader": {"grade": True, "solution": False, "grade_id": "t", "points": 3}})
    cell.outputs = [nbformat.from_dict(o) for o in outputs]
    return cell


def test_a_one_line_flood_keeps_its_beginning_and_a_note_in_the_course_language():
    result = cap_cell([_stream("x" * 20_000_000)], CAPS, "ru")
    assert result.cut_bytes > 19_000_000 and _size(result.outputs) <= CAPS.cell_bytes
    assert result.outputs[0]["text"].startswith("xxxx")
    [note] = [o for o in result.outputs if is_note(o)]
    assert "вывод обрезан здесь: ещё 19 МБ" in note["text"] and "не больше 64 КБ вывода на ячейку" in note["text"]
    kk = cap_cell([_stream("x" * 20_000_000)], CAPS, "kk").outputs[-1]["text"]
    assert "шығыс осы жерде қысқартылды" in kk and "бір ұяшыққа ең көбі 64 КБ" in kk


def test_capping_twice_changes_nothing_and_small_output_is_left_alone():
    once = cap_cell([_stream("a" * 200_000), _stream("line\n" * 500), {"output_type": "display_data",
                     "data": {"image/png": "A" * 300_000}, "metadata": {}}], CAPS, "en")
    twice = cap_cell(once.outputs, CAPS, "en")
    assert twice.outputs == once.outputs and not twice.cut
    small = [_stream("hello\n"), {"output_type": "display_data", "data": {"text/plain": "1"}, "metadata": {}}]
    assert cap_cell(small, CAPS, "en").outputs == small and not cap_cell(small, CAPS, "en").cut


def test_many_small_outputs_and_a_huge_image_are_counted_in_one_note():
    outputs = [{"output_type": "display_data", "data": {"text/plain": str(i)}, "metadata": {}} for i in range(50_000)]
    outputs.insert(10, {"output_type": "display_data", "data": {"image/png": "iVBOR" * 5_000_000}, "metadata": {}})
    result = cap_cell(outputs, CAPS, "en")
    assert _size(result.outputs) <= CAPS.cell_bytes
    assert not any("image/png" in o.get("data", {}) for o in result.outputs)
    notes = [o for o in result.outputs if is_note(o)]
    assert len(notes) == 1 and "output cut here: 26 MB more" in notes[0]["text"]  # 23.8 MB of image, 2.2 MB of numbers


def test_lines_are_capped_with_a_note_and_long_tracebacks_keep_both_ends():
    result = cap_cell([_stream("".join(f"{i}\n" for i in range(1000)))], CAPS, "en")
    text = "".join(o["text"] for o in result.outputs)
    assert text.startswith("0\n1\n") and "\n99\n" in text and "\n100\n" not in text
    assert "900 more lines cut here (at most 100 lines per cell)" in text
    error = {"output_type": "error", "ename": "RecursionError", "evalue": "too deep",
             "traceback": [f"frame {i}" for i in range(3000)]}
    [capped] = [o for o in cap_cell([error], CAPS, "en").outputs if o["output_type"] == "error"]
    assert len(capped["traceback"]) == CAPS.traceback_lines
    assert capped["traceback"][0] == "frame 0" and capped["traceback"][-1] == "frame 2999"


@pytest.mark.parametrize("outputs", [
    [_stream("x" * 1_000_000), {"output_type": "error", "ename": "AnswerError", "evalue": "wrong",
                                 "traceback": ["AnswerError: wrong"]}],
    [_stream("x" * 1_000_000), _stream("warning\n" * 10, "stderr")],
    [_stream("x" * 1_000_000), {"output_type": "execute_result", "execution_count": 1, "metadata": {},
                                 "data": {"text/plain": "1.5"}}],
    [{"output_type": "execute_result", "execution_count": 1, "metadata": {}, "data": {"text/plain": "2.25"}},
     *[{"output_type": "display_data", "data": {"text/plain": "y" * 1000}, "metadata": {}} for _ in range(500)]],
], ids=["error", "stderr", "partial-credit", "partial-credit-first"])
def test_a_cap_never_changes_what_nbgrader_grades(outputs):
    before = determine_grade(_test_cell(outputs))
    result = cap_cell(outputs, CAPS, "en")
    assert result.cut and _size(result.outputs) <= CAPS.cell_bytes
    assert determine_grade(_test_cell(result.outputs)) == before


def test_on_the_kernel_side_a_stderr_that_ignore_pattern_removes_does_not_hide_one_that_fails():
    cap = CellCap(CAPS, "en", merge=False, ignored=lambda text: "RuntimeWarning" in text)
    cap.add(_stream("x" * 1_000_000))
    assert cap.add(_stream("RuntimeWarning: overflow\n", "stderr")) is None  # over the cap and removed anyway
    kept = cap.add(_stream("Traceback: it broke\n", "stderr"))
    assert kept is not None and kept["name"] == "stderr" and kept["text"]
    assert cap.add(_stream("more\n", "stderr")) is None


def test_an_answer_record_too_large_to_grade_becomes_an_error_the_grader_decides():
    capture = {"output_type": "display_data", "metadata": {},
               "data": {MIME: {"schema": 1, "capture": True, "site": 0, "answer": {"list": ["1"] * 100_000}}}}
    [kept] = cap_cell([capture], CAPS, "ru").outputs
    doc = kept["data"][MIME]
    assert doc["site"] == 0 and "answer" not in doc and "ответ слишком большой для проверки" in doc["error"]
    small = copy.deepcopy(capture)
    small["data"][MIME]["answer"] = {"list": ["1"]}
    assert cap_cell([small], CAPS, "ru").outputs == [small]


def test_a_notebook_is_held_to_its_own_cap_after_each_cell():
    nb = new_notebook(cells=[new_code_cell("print(...)", outputs=[new_output("stream", name="stdout", text="z" * 60_000)])
                             for _ in range(10)])
    cut = cap_notebook(nb, CAPS, "en", wrap=nbformat.from_dict)
    assert cut > 0
    total = sum(_size(c.outputs) for c in nb.cells)
    assert total <= CAPS.notebook_bytes + 10 * 400
    assert any("at most 256 KB of output per notebook" in o.get("text", "") for c in nb.cells for o in c.outputs)
    assert nb.cells[0].outputs[0]["text"] == "z" * 60_000  # the first cells keep everything
    nbformat.validate(nb)
    assert cap_notebook(nb, CAPS, "en", wrap=nbformat.from_dict) == 0


# -- a flood from real students, graded ----------------------------------------------------------------------------

FLOODS = {
    "one-line": "print('x' * 200_000_000)",
    "many-small": "for i in range(100_000):\n    print(i)\nfrom IPython.display import display\n"
                  "for i in range(10_000):\n    display(i)",
    "huge-image": "import os\nfrom IPython.display import Image, display\n"
                  "display(Image(data=b'\\x89PNG\\r\\n\\x1a\\n' + os.urandom(40_000_000), format='png'))",
    "big-file": "with open('big.bin', 'wb') as fh:\n    fh.seek(2**30)\n    fh.write(b'1')",
}
LIMIT = 5 * 1024 * 1024


@pytest.mark.slow
def test_a_flood_of_output_leaves_the_class_graded_and_every_page_small(tmp_path):
    from curriculum.grading.run import grade_assignment

    from .course_copy import course_copy

    course = course_copy(tmp_path / "course", "math-08-gears")
    correct = course.submission("correct")
    course.hand_in("calm", correct)
    for student, code in FLOODS.items():
        nb = copy.deepcopy(correct)
        answer = next(c for c in nb.cells if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution"))
        answer.source += "\n\n" + code  # after the answer: the accident costs nothing, and gives nothing
        course.hand_in(student, nb)
    run = grade_assignment(course.root, course.assignment, workers=2)
    print(f"graded {len(run.reports)} submissions in {run.seconds:.1f} s")
    assert not run.failed and not run.failed_feedback, [r.reason for r in run.failed]
    scores = {r.student: r.score for r in run.reports}
    assert all(score == scores["calm"] for score in scores.values()), scores
    graded = sorted((course.root / "autograded").rglob("*.ipynb"))
    feedback = sorted((course.root / "feedback").rglob("*.html"))
    assert len(graded) == len(feedback) == 1 + len(FLOODS)
    sizes = {str(p.relative_to(course.root)): p.stat().st_size for p in graded + feedback}
    assert max(sizes.values()) < LIMIT, sizes
    for student in ("one-line", "many-small", "huge-image"):
        page = (course.root / "feedback" / student / course.assignment).glob("*.html")
        assert "cut here" in next(page).read_text(encoding="utf-8"), student
        graded_text = next((course.root / "autograded" / student).rglob("*.ipynb")).read_text(encoding="utf-8")
        assert "cut here" in graded_text, student
    if run.sandboxed:  # the sandbox's file size limit: the big file was never written, anywhere the grader keeps
        big = [p for p in course.root.rglob("*") if p.is_file() and p.stat().st_size > LIMIT]
        assert not big, big
        nb = nbformat.read(next((course.root / "autograded" / "big-file").rglob("*.ipynb")), as_version=4)
        assert "File too large" in json.dumps([c.get("outputs", []) for c in nb.cells])


@pytest.mark.slow
def test_plain_nbgrader_kernels_cap_output_at_the_source_and_talk_over_unix_sockets(tmp_path, capfd):
    """What Formgrader and ``nbgrader autograde`` run: the course's CappedExecute, on a plain kernel (no fork server)."""
    from curriculum.preprocessors import CappedExecute

    nb = new_notebook(cells=[new_code_cell("import curriculum\ncurriculum.setup(lang='kk')"),
                             new_code_cell("print('y' * 20_000_000)"),
                             new_code_cell("from IPython.display import display\nfor i in range(5_000):\n    display(i)")])
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    execute = CappedExecute(timeout=60)
    execute.preprocess(nb, {"metadata": {"path": str(tmp_path)}})
    assert "without encryption" not in capfd.readouterr().err  # ipykernel's warning for every kernel on TCP
    printed, shown = nb.cells[1].outputs, nb.cells[2].outputs
    assert _size(printed) <= OutputCaps.cell_bytes and "шығыс осы жерде қысқартылды: тағы 19 МБ" in printed[-1]["text"]
    assert len(shown) < 5_000 and "шығыс осы жерде қысқартылды" in shown[-1]["text"]


def test_a_graded_kernel_formats_an_error_once_and_shows_it_as_before(monkeypatch):
    """IPython 9 formats a cell's error again for its history of exceptions; a graded kernel keeps name and value."""
    from IPython.core.interactiveshell import InteractiveShell
    from IPython.core.ultratb import AutoFormattedTB

    from curriculum.grading.kernel_caps import format_errors_once

    shell = InteractiveShell.instance()
    formatted, shown = [], []
    structured = AutoFormattedTB.structured_traceback
    monkeypatch.setattr(AutoFormattedTB, "structured_traceback",
                        lambda self, *a, **k: formatted.append(a[0]) or structured(self, *a, **k))
    monkeypatch.setattr(shell, "_showtraceback", lambda etype, value, stb: shown.append(stb))

    def run_failing() -> int:
        formatted.clear()
        shown.clear()
        result = shell.run_cell("def answer():\n    raise NotImplementedError('yet')\nanswer()", store_history=True)
        assert isinstance(result.error_in_exec, NotImplementedError)
        return result.execution_count

    number = run_failing()
    assert len(formatted) == 2  # IPython alone: shown, then formatted again for the history
    plain = shown[0]
    monkeypatch.setattr(shell, "_format_exception_for_storage", shell._format_exception_for_storage)  # undone after
    monkeypatch.setattr(shell, "_curriculum_errors_once", False, raising=False)
    format_errors_once(shell)
    format_errors_once(shell)  # twice is the same as once
    number = run_failing()
    assert len(formatted) == 1 and len(shown) == 1
    assert [line for line in shown[0] if "answer()" in line] == [line for line in plain if "answer()" in line]
    assert shell.history_manager.exceptions[number] == {"ename": "NotImplementedError", "evalue": "yet", "traceback": []}


def test_a_graded_kernel_finds_a_cells_module_without_searching_every_module_and_shows_errors_as_before(monkeypatch):
    """inspect.getmodule for a cell's code answers at once what inspect answers after going through sys.modules."""
    import inspect
    import json
    import re
    import sys
    import types

    from IPython.core.interactiveshell import InteractiveShell
    from ipykernel.compiler import XCachingCompiler

    from curriculum.grading.kernel_caps import find_cell_modules_at_once

    shell = InteractiveShell.instance()
    monkeypatch.setattr(shell, "compile", XCachingCompiler())  # a kernel's cells: files in ipykernel's folder
    monkeypatch.setattr(inspect, "getmodule", inspect.getmodule)  # undone after the test
    searched = inspect.getmodule
    shown = []
    monkeypatch.setattr(shell, "_showtraceback", lambda etype, value, stb: shown.append(stb))
    cell = "def answer():\n    raise NotImplementedError('yet')\nhelper = lambda: 1\nanswer()"

    def run_failing() -> list[str]:
        shown.clear()
        assert isinstance(shell.run_cell(cell, store_history=True).error_in_exec, NotImplementedError)
        return [re.sub(r"In\s*\[\d+\]", "In[]", line) for line in shown[0]]

    def answers() -> list:
        function = shell.user_ns["answer"]
        objects = [function, function.__code__, shell.user_ns["helper"], shell.user_ns["helper"].__code__, json.dumps,
                   types.SimpleNamespace(__name__="answer")]
        return [inspect.getmodule(o) for o in objects]

    imported_since = types.ModuleType("curriculum_imported_since")
    imported_since.__file__ = "/nowhere/curriculum_imported_since.py"
    monkeypatch.setitem(sys.modules, imported_since.__name__, imported_since)
    find_cell_modules_at_once()
    find_cell_modules_at_once()  # twice is the same as once
    ours = run_failing()
    ours_answers = answers()
    assert imported_since.__name__ not in inspect._filesbymodname  # no search through sys.modules
    monkeypatch.setattr(inspect, "getmodule", searched)
    plain = run_failing()
    assert imported_since.__name__ in inspect._filesbymodname  # inspect's own search went through every module
    assert ours == plain and any("answer()" in line for line in plain)
    assert ours_answers == answers()
