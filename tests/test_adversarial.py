"""Hostile and broken submissions, through the teacher's real command (``curriculum grade``).

Each kind of submission states the score it must get and the course folder must be intact
afterwards: ``source/`` unchanged, the gradebook readable with no forged grade, no process
or file left behind, nothing read from where a student may not look, no network.
"""

from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import threading
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell

from curriculum.course import Course
from curriculum.gradebook import grade_rows
from curriculum.grading import sandbox
from curriculum.grading.run import grade_assignment
from curriculum.paths import REPO_ROOT
from curriculum.sample_class import build_submission

from .course_copy import course_copy

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not sandbox.available(), reason="isolation needs root on Linux")]
ASSIGNMENT = "math-08-gears"
FULL = 13.0  # autograded points of math-08-gears
LEAK = "LEAKED:"


def attacks(course: Path, port: int) -> dict[str, tuple[str, object]]:
    """Student id -> (code of an extra cell, expected score: a number, or "fails" for a submission that cannot be graded)."""
    src = course / "source" / ASSIGNMENT / "gears.ipynb"
    db = course / "gradebook.db"
    other = course / "submitted" / "honest" / ASSIGNMENT / "gears.ipynb"
    read = "try:\n    print({leak!r} + open({path!r}).read()[:200])\nexcept Exception as exc:\n    print('blocked', type(exc).__name__)"
    return {
        "read-source": (read.format(leak=LEAK, path=str(src)), FULL),
        "read-repo-source": (read.format(leak=LEAK, path=str(REPO_ROOT / "source" / ASSIGNMENT / "gears.ipynb")), FULL),
        "read-git-history": (read.format(leak=LEAK, path=str(REPO_ROOT / ".git" / "HEAD")), FULL),
        "read-gradebook": (read.format(leak=LEAK, path=str(db)), FULL),
        "read-other-student": (read.format(leak=LEAK, path=str(other)), FULL),
        "list-course": (f"import os\ntry:\n    print({LEAK!r}, os.listdir({str(course)!r}))\nexcept Exception as exc:\n    print('blocked')", FULL),
        "forge-gradebook": (f"import sqlite3\ntry:\n    c = sqlite3.connect({str(db)!r})\n    c.execute('update grade set manual_score = 99')\n"
                            f"    c.commit()\nexcept Exception as exc:\n    print('blocked', exc)", FULL),
        "write-source": (f"try:\n    open({str(src.parent / 'owned.txt')!r}, 'w').write('x')\nexcept Exception:\n    print('blocked')", FULL),
        "persist-tmp": ("open('/tmp/curriculum-persist-test', 'w').write('x')", FULL),
        "network": (f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2).sendall(b'{LEAK}')\n"
                    "except OSError as exc:\n    print('no network', exc)", FULL),
        # a kernel sees the folder of its own sockets and nothing else of the grader's runtime folder
        "see-other-kernels": ("import json, os\nfrom ipykernel.connect import get_connection_file\n"
                              "own = os.path.dirname(json.load(open(get_connection_file()))['ip'])\n"
                              "others = [e for e in os.listdir(os.path.dirname(own)) if e != os.path.basename(own)]\n"
                              f"print({LEAK!r} if others else 'alone', others)", FULL),
        "fork-bomb": ("import os\nkids = []\ntry:\n    while True:\n        pid = os.fork()\n        if pid == 0:\n"
                      "            import time; time.sleep(600); os._exit(0)\n        kids.append(pid)\nexcept OSError as exc:\n"
                      "    print('fork refused after', len(kids), exc)", FULL),
        "memory-bomb": ("block = bytearray(16 * 1024**3)", FULL),
        "file-bomb": ("with open('big.bin', 'wb') as fh:\n    fh.write(b'0' * (512 * 1024**2))", FULL),
        "endless-loop": ("while True:\n    pass", FULL),
        "ignores-interrupt": ("import signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass", "fails"),
        "os-exit": ("import os\nos._exit(3)", "fails"),
        "segfault": ("import ctypes\nctypes.string_at(0)", "fails"),
        # 300 000 messages take the grader seconds to read: on a busy machine that may run past the time limit,
        # which then costs the submission (with the reason), never the batch
        "huge-output": ("for i in range(300000):\n    print('spam', i)", ("full or fails", FULL)),
        "left-running": ("import subprocess\nsubprocess.Popen(['sleep', '987'], start_new_session=True)", FULL),
        "cpu-in-thread": ("import threading\nthreading.Thread(target=lambda: [0 for _ in iter(int, 1)], daemon=True).start()", FULL),
    }


PARTLY = 8.0  # what the partly wrong sample student earns honestly: 13 minus 1 + 2 + 2
NO_GAIN = ("at most", PARTLY)  # tampering may cost the cells it touched, and can never earn a point
FORGERIES = {  # run on the partly wrong submission: a forged pass must not gain anything
    "patch-compare": ("from curriculum.check.result import Result\n"
                      "compare = lambda *a, **k: Result(True, 1.0, 'equivalent', 'ok')", NO_GAIN),
    "patch-require": ("require = lambda *a, **k: None\nadvise = require", NO_GAIN),
    "patch-checker-module": ("import curriculum.check, curriculum.check.compare as m\n"
                             "from curriculum.check.result import Result\n"
                             "m._equiv = lambda *a, **k: Result(True, 1.0, 'equivalent', 'ok')\n"
                             "m._COMPARERS['equiv'] = m._equiv\nm._COMPARERS['units'] = m._equiv", NO_GAIN),
    "patch-sympy-numpy": ("import sympy, numpy\nsympy.simplify = lambda e, *a, **k: sympy.Integer(0)\n"
                          "numpy.allclose = lambda *a, **k: True\nsympy.Expr.equals = lambda a, b, *c: True", NO_GAIN),
    "swallow-assertions": ("get_ipython().set_custom_exc((Exception,), lambda *a, **k: None)", NO_GAIN),
    "patch-builtins": ("import builtins\nbuiltins.AssertionError = type('Quiet', (Exception,), {})\n"
                       "require = lambda *a, **k: None", NO_GAIN),
    "silence-records": ("import curriculum.check.record as r\nr.record_answer = lambda *a, **k: None\n"
                        "require = lambda *a, **k: None\nadvise = require", NO_GAIN),
    # the teacher's answer handed to the real checker as the student's (possible only where a hidden test runs)
    "pass-teacher-answer": ("import curriculum.check as _c\n_real = _c.compare\n"
                            "def compare(student, teacher, *a, **k):\n    return _real(teacher, teacher, *a, **k)\n"
                            "_c.compare = compare", NO_GAIN),
    # every cell's text before it runs (where hidden tests would be) printed for the student
    "read-cell-before-run": ("def _peek(info):\n    if 'BEGIN HIDDEN' in (info.raw_cell or '') or 'reference_overall_ratio' in (info.raw_cell or ''):\n"
                             f"        print({LEAK!r}, info.raw_cell)\n"
                             "get_ipython().events.register('pre_run_cell', _peek)", NO_GAIN),
    # a record whose sympy text is Python that would run in the grader if it were evaluated
    "code-in-record": ("import curriculum.check.record as r\n_serialize = r.serialize\n"
                       "r.serialize = lambda v: {'type': 'sympy', 'srepr': \"().__class__.__base__.__subclasses__()\"} "
                       "if hasattr(v, 'free_symbols') else _serialize(v)\n"
                       "require = lambda *a, **k: None\nadvise = require", NO_GAIN),
}

# overall_ratio right on the task's example (two stages) but wrong for three or more: only the hidden function test fails
WRONG_RATIO = "def overall_ratio(stages):\n    ratio = 1.0\n    for z1, z2 in stages[:2]:\n        ratio = ratio * z2 / z1\n    return ratio\n"
ANSWERS = {  # students whose overall_ratio answer is not WRONG_RATIO
    "fn-wrapper-of-reference": "def overall_ratio(stages):\n    from curriculum.labs.gears import overall_ratio as r\n    return r(stages)\n",
    "fn-wrapper-imported-by-name": ("import importlib\ndef overall_ratio(stages):\n"
                                    "    return importlib.import_module('curriculum.' + 'labs.gears').overall_ratio(stages)\n"),
    # the setup cell imports the lesson's lab (from curriculum.labs import gears): no import of the student's own
    "fn-wrapper-of-setups-lab": "def overall_ratio(stages):\n    return gears.overall_ratio(stages)\n",
}
FUNCTION_FORGERIES = {  # run on a correct submission with WRONG_RATIO: the 2 points of overall-ratio-test must stay lost
    "fn-honest-mistake": ("pass", FULL - 2),
    "fn-patch-check-function": ("from curriculum.check.result import Result\n"
                                "check_function = lambda *a, **k: Result(True, 1.0, 'equivalent', 'ok')", ("at most", FULL - 2)),
    "fn-claims-pass": ("from curriculum.check.result import Result\n_real = check_function\n"
                       "def check_function(*a, **k):\n    _real(*a, **k)\n    return Result(True, 1.0, 'equivalent', 'ok')",
                       ("at most", FULL - 2)),
    "fn-swallow-failure": ("get_ipython().set_custom_exc((Exception,), lambda *a, **k: None)", ("at most", FULL - 2)),
    "fn-reference-as-own": ("_real = check_function\n"
                            "def check_function(student, reference, *a, **k):\n"
                            "    return _real(lambda *x: reference(*x), reference, *a, **k)", ("at most", FULL - 2)),
    # the answer is the labs' own model, called from the student's function: copying, not writing it
    "fn-wrapper-of-reference": ("pass", ("at most", FULL - 2)),
    "fn-wrapper-imported-by-name": ("pass", ("at most", FULL - 2)),
    "fn-wrapper-of-setups-lab": ("pass", ("at most", FULL - 2)),
    "fn-invents-outputs": ("import curriculum.check.record as r\n_serialize = r.serialize\n"
                           "r.serialize = lambda v: _serialize(10.0) if isinstance(v, float) else _serialize(v)\n"
                           "require = lambda *a, **k: None", ("at most", FULL - 2)),
}


def _notebook_edits() -> dict[str, tuple[object, object]]:
    """Student id -> (how the correct notebook is changed, expected score)."""
    def delete_test(nb):
        nb.cells = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") != "n2-formula-test"]

    def edit_test(nb):
        for c in nb.cells:
            if c.metadata.get("nbgrader", {}).get("grade_id") == "output-torque-test":
                c.source = "pass  # nothing to check here"

    def strip_metadata(nb):
        for c in nb.cells:
            c.metadata.pop("nbgrader", None)

    return {"deleted-test": (delete_test, FULL), "edited-test": (edit_test, FULL), "stripped-metadata": (strip_metadata, FULL)}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    course = course_copy(tmp_path_factory.mktemp("hostile") / "course", ASSIGNMENT)
    root, spec, source, release = course.root, course.spec, course.source, course.release
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    received: list[bytes] = []

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            received.append(conn.recv(100))
            conn.close()

    threading.Thread(target=accept, daemon=True).start()

    hand_in = course.hand_in

    expected: dict[str, object] = {"honest": FULL}
    hand_in("honest", build_submission("correct", source, release, spec))
    for student, (code, score) in attacks(root, listener.getsockname()[1]).items():
        nb = build_submission("correct", source, release, spec)
        nb.cells.insert(1, new_code_cell(code))
        hand_in(student, nb)
        expected[student] = score
    hand_in("partly-wrong-reference", build_submission("partly-wrong", source, release, spec))
    expected["partly-wrong-reference"] = PARTLY
    for student, (code, score) in FORGERIES.items():
        nb = build_submission("partly-wrong", source, release, spec)
        nb.cells.insert(1, new_code_cell(code))
        hand_in(student, nb)
        expected[student] = score
    for student, (code, score) in FUNCTION_FORGERIES.items():
        nb = build_submission("correct", source, release, spec)
        answer = next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "overall-ratio")
        answer.source = ANSWERS.get(student, WRONG_RATIO)
        nb.cells.insert(1, new_code_cell(code))
        hand_in(student, nb)
        expected[student] = score
    for student, (edit, score) in _notebook_edits().items():
        nb = build_submission("correct", source, release, spec)
        edit(nb)
        hand_in(student, nb)
        expected[student] = score
    correct_text = nbformat.writes(build_submission("correct", source, release, spec))
    hand_in("not-utf8", correct_text.encode("utf-16"))
    expected["not-utf8"] = "fails"
    hand_in("corrupt-json", correct_text[: len(correct_text) // 3])
    expected["corrupt-json"] = "fails"
    old = nbformat.v4.upgrade(nbformat.reads(correct_text, as_version=4))
    old.nbformat_minor = 99  # a version nbformat does not know
    hand_in("future-nbformat", json.dumps(old).replace('"nbformat": 4', '"nbformat": 9'))
    expected["future-nbformat"] = "fails"
    # outputs another tool wrote outside the schema (a stream without its name, a result without its count): the
    # grader runs the notebook again anyway, so they cost nothing
    odd = json.loads(correct_text)
    code = [c for c in odd["cells"] if c["cell_type"] == "code"]
    code[1]["outputs"] = [{"output_type": "stream", "text": "hello\n"}]
    code[2]["outputs"] = [{"output_type": "execute_result", "data": {"text/plain": "3"}, "metadata": {}}]
    hand_in("invalid-outputs", json.dumps(odd))
    expected["invalid-outputs"] = FULL
    renamed = root / "submitted" / "renamed" / ASSIGNMENT
    renamed.mkdir(parents=True)
    (renamed / "my_gears_final.ipynb").write_text(correct_text, encoding="utf-8")
    expected["renamed"] = "fails"

    source_hash = _tree_hash(root / "source")
    before = _processes()
    run = grade_assignment(root, ASSIGNMENT, workers=2)
    listener.close()
    return {"root": root, "run": run, "expected": expected, "source_hash": source_hash, "before": before,
            "received": received}


def _tree_hash(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        h.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            h.update(path.read_bytes())
    return h.hexdigest()


def _processes() -> set[str]:
    out = subprocess.run(["ps", "-eo", "pid,args"], capture_output=True, text=True).stdout
    return {line.strip() for line in out.splitlines()[1:]}


def test_there_are_at_least_twenty_kinds_of_hostile_or_broken_submission(graded):
    assert len(graded["expected"]) - 1 >= 20


def test_every_submission_gets_the_score_it_must_get(graded):
    reports = {r.student: r for r in graded["run"].reports}
    assert set(reports) == set(graded["expected"])
    for student, expected in graded["expected"].items():
        report = reports[student]
        if expected == "fails" or (isinstance(expected, tuple) and expected[0] == "full or fails" and not report.graded):
            assert not report.graded and report.reason, student
        elif isinstance(expected, tuple) and expected[0] == "full or fails":
            assert report.score == pytest.approx(expected[1]), (student, report.score, report.problems)
        elif isinstance(expected, tuple):
            assert report.graded and report.score <= expected[1], (student, report.score, report.problems)
        else:
            assert report.graded, (student, report.reason)
            assert report.score == pytest.approx(expected), (student, report.score, report.problems)


def test_nothing_secret_was_read_and_nothing_left_the_sandbox(graded):
    root = graded["root"]
    for path in (root / "autograded").rglob("*.ipynb"):
        outputs = json.dumps([c.get("outputs", []) for c in nbformat.read(path, as_version=4).cells])
        assert LEAK not in outputs, path
    assert graded["received"] == [], "a kernel reached the network"
    assert not Path("/tmp/curriculum-persist-test").exists()
    assert not (root / "source" / ASSIGNMENT / "owned.txt").exists()
    assert _tree_hash(root / "source") == graded["source_hash"]


def test_the_gradebook_holds_no_forged_grade(graded):
    rows = grade_rows(Course(graded["root"]).db_url)
    assert rows and all(r.manual_score is None for r in rows)
    assert all(r.auto_score is None or r.auto_score <= r.max_score for r in rows)


def test_tampering_in_the_kernel_gains_nothing(graded):
    """Every forgery loses at least the cells the honest mistakes under it lose."""
    reports = {r.student: r for r in graded["run"].reports}

    def lost(student: str) -> set[str]:
        return {i.grade_id for i in reports[student].items if not i.needs_manual_grade and (i.score or 0) < i.max_score}

    for student in FORGERIES:
        assert lost("partly-wrong-reference") <= lost(student), (student, reports[student].problems)
    for student in FUNCTION_FORGERIES:
        assert "overall-ratio-test" in lost(student), (student, reports[student].problems)


def test_a_function_that_calls_the_labs_model_is_named_and_earns_nothing(graded):
    reports = {r.student: r for r in graded["run"].reports}
    for student in ANSWERS:
        item = next(i for i in reports[student].items if i.grade_id == "overall-ratio-test")
        assert item.score == 0 and "not one imported from the course package" in item.problem, (student, item)
        assert "overall-ratio, line" in item.problem, item.problem


def test_a_recorded_answer_is_read_as_data_never_run(graded):
    reports = {r.student: r for r in graded["run"].reports}
    assert any("could not be evaluated" in i.problem and "SreprError" in i.problem
               for i in reports["code-in-record"].items), reports["code-in-record"].problems


def test_no_process_is_left_behind(graded):
    course = str(graded["root"])  # this course's grader names it (other gradings may run on the machine)
    stray = [p for p in _processes() - graded["before"] if "sleep 987" in p or ("curriculum.grading" in p and course in p)]
    assert stray == []


def test_failures_are_reported_with_a_plain_reason(graded):
    reasons = {r.student: r.reason for r in graded["run"].reports if not r.graded}
    assert "not UTF-8" in reasons["not-utf8"]
    assert "broken JSON" in reasons["corrupt-json"]
    for student in ("os-exit", "segfault", "ignores-interrupt"):
        assert reasons[student], student
    renamed = next(r for r in graded["run"].reports if r.student == "renamed")
    assert "gears.ipynb was not handed in" in renamed.reason and "my_gears_final.ipynb" in renamed.reason


def test_autograde_sanitising_is_nbgraders_default_with_the_metadata_restore_first():
    from nbgrader.converters import Autograde
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(REPO_ROOT)).load_config()
    ours = list(config.Autograde.sanitize_preprocessors)
    default = [f"{p.__module__.rsplit('.', 1)[0]}.{p.__name__}" for p in Autograde().sanitize_preprocessors]
    assert ours == ["curriculum.preprocessors.RestoreCellMetadata", *default]


# -- a design task and a function task of another assignment -----------------------------------

BRAKING = "phys-09-braking"
FAILING_DESIGN = "design = {'v_kmh': 90.0, 't_r': 1.5}"  # far beyond 40 m on a wet road
DESIGN_FORGERIES = {  # on the partly wrong submission with FAILING_DESIGN: nothing may be gained
    "honest-mistakes": "pass",
    "patch-model": ("from curriculum.labs import braking as _b\n_good = _b.design_result({'v_kmh': 54.0, 't_r': 1.0})\n"
                    "_b.design_result = lambda design: _good"),
    "patch-spec": ("from curriculum.labs import braking as _b\nfrom curriculum.check import Spec\n"
                   "_b.DESIGN_SPEC = Spec(())"),
    "swallow-everything": "get_ipython().set_custom_exc((BaseException,), lambda *a, **k: None)",
    "patch-checks": ("from curriculum.check.result import Result\n_ok = Result(True, 1.0, 'equivalent', 'ok')\n"
                     "check_design = lambda *a, **k: _ok\ncheck_function = lambda *a, **k: _ok\nrequire = lambda *a, **k: None"),
}


@pytest.fixture(scope="module")
def graded_braking(tmp_path_factory):
    course = course_copy(tmp_path_factory.mktemp("hostile-braking") / "course", BRAKING)
    course.hand_in("honest", course.submission("correct"))
    for student, code in DESIGN_FORGERIES.items():
        nb = course.submission("partly-wrong")
        next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "design").source = FAILING_DESIGN
        nb.cells.insert(1, new_code_cell(code))
        course.hand_in(student, nb)
    return grade_assignment(course.root, BRAKING, workers=2)


def test_designs_and_functions_are_decided_again_outside_the_kernel(graded_braking):
    reports = {r.student: r for r in graded_braking.reports}
    assert reports["honest"].graded and reports["honest"].score == reports["honest"].auto_max_score
    honest_mistakes = reports["honest-mistakes"]
    lost = {i.grade_id for i in honest_mistakes.items if not i.needs_manual_grade and (i.score or 0) < i.max_score}
    assert {"design-test", "stopping-function-test"} <= lost, honest_mistakes.problems
    for student in DESIGN_FORGERIES:
        report = reports[student]
        assert report.graded, (student, report.reason)
        assert report.score <= honest_mistakes.score, (student, report.score, report.problems)
        design = next(i for i in report.items if i.grade_id == "design-test")
        function = next(i for i in report.items if i.grade_id == "stopping-function-test")
        assert design.score == 0 and function.score == 0, (student, report.problems)
