"""The grader's own decisions, from data only (curriculum.grading.trust and .blind), without kernels."""

from __future__ import annotations

import json

import IPython.display
import pytest
import sympy as sp

from curriculum.check import capture, check_design, check_function, compare, rules
from curriculum.check.record import MIME, TEACHER_ENV, deserialize, serialize
from curriculum.check.srepr import SreprError, read_srepr
from curriculum.grading.blind import HiddenCheck, PlanError, blind_source, plan
from curriculum.grading.trust import _model, decide
from curriculum.labs import braking


@pytest.fixture
def record(monkeypatch):
    """Run checks or captures as nbgrader would and return the documents they record (as a student's kernel,
    or as the grader's run of the teacher's notebook)."""

    def run(check, *, teacher: bool = False) -> list[dict]:
        docs: list[dict] = []
        with monkeypatch.context() as m:
            m.setenv("NBGRADER_EXECUTION", "autograde")
            if teacher:
                m.setenv(TEACHER_ENV, "1")
            else:
                m.delenv(TEACHER_ENV, raising=False)
            m.setattr(IPython.display, "display", lambda obj, raw=False: docs.append(obj[MIME]))
            check()
        return docs

    return run


def answer_check(*, partial: bool = False) -> HiddenCheck:
    return HiddenCheck("answer", "x", graded=True, partial=partial, line=1)


def captured(record, value) -> dict:
    (doc,) = record(lambda: capture.answer(0, lambda: value))
    return doc


HALF = rules.wrong_answer(10, code="half", message={"kk": "жарты", "ru": "половина", "en": "half of it"}, score=0.5)


def test_a_right_answer_counts_and_a_wrong_one_does_not(record):
    (teacher,) = record(lambda: compare(20, 20, mode="numeric", rules=[HALF]), teacher=True)
    assert decide(answer_check(), teacher, captured(record, 20.0001)).share == 1.0
    wrong = decide(answer_check(), teacher, captured(record, 7))
    assert wrong.share == 0.0 and wrong.result.code == "not-close"


def test_a_students_kernel_never_records_the_teachers_answer(record):
    (student,) = record(lambda: compare(7, 20, mode="numeric", rules=[HALF]))
    (teacher,) = record(lambda: compare(20, 20, mode="numeric", rules=[HALF]), teacher=True)
    assert "teacher" not in student and "mistakes" not in student and "line" not in student
    assert teacher["teacher"] == serialize(20) and "line" in teacher


def test_partial_credit_of_an_anticipated_mistake_is_kept_where_the_test_allows_it(record):
    (teacher,) = record(lambda: compare(20, 20, mode="numeric", rules=[HALF]), teacher=True)
    assert teacher["mistakes"][0]["code"] == "half" and teacher["mistakes"][0]["message"]["ru"] == "половина"
    half = decide(answer_check(partial=True), teacher, captured(record, 10))
    assert half.share == 0.5 and half.result.code == "half" and half.result.message == "half of it"
    assert decide(answer_check(partial=False), teacher, captured(record, 10)).share == 0.0


def test_a_missing_or_broken_capture_counts_for_nothing(record):
    (teacher,) = record(lambda: compare(20, 20, mode="numeric"), teacher=True)
    assert decide(answer_check(), teacher, None).result.code == "no-record"
    (broken,) = record(lambda: capture.answer(0, lambda: undefined_name))  # noqa: F821 - the point of the test
    decision = decide(answer_check(), teacher, broken)
    assert decision.share == 0.0 and "NameError" in decision.result.message


@pytest.mark.parametrize("text", [
    "().__class__.__base__.__subclasses__()",
    "__import__('os').system('true')",
    "Symbol('x').__class__",
    "Add(Symbol('x'), 'x + 1')",  # text where sympy would parse (and eval) it
    "Symbol('x', **{'positive': True})",
    "Integer('9' * 9999)",
    "eval('1')",
])
def test_recorded_sympy_text_is_never_run(text, record):
    with pytest.raises(SreprError):
        read_srepr(text)
    (teacher,) = record(lambda: compare("x + 1", "x + 1"), teacher=True)
    hostile = {"site": 0, "answer": {"type": "sympy", "srepr": text}}
    decision = decide(answer_check(), teacher, hostile)
    assert decision.share == 0.0 and decision.result.code == "invalid-input"


@pytest.mark.parametrize("value", [
    sp.sympify("x**2 - 2*x + 1"), sp.Eq(sp.Symbol("x") ** 2, 4), sp.Rational(1, 3) * sp.Symbol("v", positive=True),
    sp.Matrix([[1, 2], [3, sp.Symbol("x")]]), sp.Interval.Lopen(1, 3), sp.Piecewise((sp.Symbol("x"), sp.Symbol("x") > 0), (0, True)),
    sp.Function("f")(sp.Symbol("t")) + sp.sin(sp.pi / 7), sp.Float("0.125"), sp.oo, {"a": 1.5, "b": [1, "w"]},
])
def test_answers_read_back_as_they_were(value):
    back = deserialize(serialize(value))
    assert back == value or sp.srepr(back) == sp.srepr(value)


def test_a_numpy_number_reads_back_as_a_plain_number():
    """numpy 2 writes a float64 as 'np.float64(42.99)': an answer computed with numpy was refused (math-09-ramp-up)."""
    import numpy as np

    for value, plain in ((np.float64(12) * 1.2 ** 7, 12 * 1.2 ** 7), (np.float32(0.5), 0.5), (np.int64(15), 15),
                         ({"p": np.float64(0.95)}, {"p": 0.95}), ([np.float64(1.5)], [1.5])):
        assert deserialize(serialize(value)) == plain
        assert "np." not in json.dumps(serialize(value))
    from curriculum.check import compare
    from curriculum.check.numeric import round_sig

    assert compare(np.float64(12) * 1.2 ** 7, 42.998, mode="numeric", rtol=0.01).correct  # the self-check's reading too
    assert round_sig(np.float64(42.998), 2) == 43.0


def _ratio(stages):
    out = 1.0
    for z1, z2 in stages:
        out = out * z2 / z1
    return out


def _solution(stages):  # the teacher's solution in the source notebook
    return _ratio(stages)


def _two_stages_only(stages):
    return _ratio(stages[:2])


CASES = [[], [(19, 76)], [(17, 51), (20, 70), (13, 39)], [(24, 96), (24, 96)]]
FUNCTION = HiddenCheck("function", "overall_ratio", graded=True, partial=False, line=1)


def outputs(record, teacher: dict, fn) -> dict:
    (doc,) = record(lambda: capture.outputs(0, lambda: fn, json.dumps(teacher["inputs"])))
    return doc


def test_the_teachers_run_records_every_input_tried_and_the_references_outputs(record):
    from hypothesis import strategies as st

    stages = st.lists(st.tuples(st.integers(12, 150), st.integers(12, 150)), max_size=6)
    (teacher,) = record(lambda: check_function(_solution, _ratio, inputs=CASES, strategy=stages, max_examples=40),
                        teacher=True)
    assert len(teacher["inputs"]) > len(CASES) and len(teacher["expected"]) == len(teacher["inputs"])
    assert [deserialize(d) for d in teacher["inputs"][:len(CASES)]] == [[c] for c in CASES]
    (student,) = record(lambda: check_function(_solution, _ratio, inputs=CASES))
    assert "inputs" not in student and "expected" not in student


def test_a_function_is_decided_on_its_outputs_on_the_teachers_inputs(record):
    (teacher,) = record(lambda: check_function(_solution, _ratio, inputs=CASES), teacher=True)
    assert decide(FUNCTION, teacher, outputs(record, teacher, lambda s: _ratio(list(s)))).share == 1.0
    wrong = decide(FUNCTION, teacher, outputs(record, teacher, _two_stages_only))
    assert wrong.share == 0.0 and "[(17, 51), (20, 70), (13, 39)]" in wrong.result.message
    crashes = decide(FUNCTION, teacher, outputs(record, teacher, lambda s: 1 / 0))
    assert crashes.result.code == "runtime-error" and "ZeroDivisionError" in crashes.result.message
    claimed = {"site": 0, "outputs": [serialize(10.0)] * 2}  # fewer outputs than inputs
    assert decide(FUNCTION, teacher, claimed).share == 0.0


def test_a_slow_function_is_named_by_the_call_that_ran_out_of_time_not_by_one_left_unrun(record):
    """The calls after a timeout are not run; the message named the shortest of them (math-09-quality: a recursive
    prob_at_most "did not finish" on prob_at_most(0, 0, 0.1), which returns at once), not the call that was slow."""
    inputs = [[(24, 96), (24, 96)], []]
    (teacher,) = record(lambda: check_function(_solution, _ratio, inputs=inputs), teacher=True)

    def slow_on_long_lists(stages):
        if len(stages) > 1:
            while True:
                pass
        return _ratio(stages)

    (doc,) = record(lambda: capture.outputs(0, lambda: slow_on_long_lists, json.dumps(teacher["inputs"]), timeout=0.2))
    assert [o["type"] for o in doc["outputs"]] == ["timeout", "not-run"]
    result = decide(FUNCTION, teacher, doc).result
    assert result.code == "timeout" and "(24, 96)" in result.message and "overall_ratio([])" not in result.message


def test_helpers_stand_in_while_a_function_runs_and_are_put_back(record):
    namespace: dict = {"helper": lambda x: x + 1}
    exec("def f(x):\n    return helper(x) * 2", namespace)  # a student's function that calls an earlier task
    (doc,) = record(lambda: capture.outputs(0, lambda: namespace["f"], json.dumps([serialize([3])]),
                                            helpers={"helper": "curriculum.labs.braking:kmh_to_ms"}))
    assert deserialize(doc["outputs"][0]) == pytest.approx(2 * braking.kmh_to_ms(3))
    assert namespace["helper"](3) == 4


def test_a_design_is_evaluated_again_with_the_packages_model(record):
    good, bad = {"v_kmh": 54.0, "t_r": 1.0}, {"v_kmh": 90.0, "t_r": 1.5}
    spec, model = braking.DESIGN_SPEC, braking.design_result
    (teacher,) = record(lambda: check_design(good, spec, model=model), teacher=True)
    assert teacher["options"]["model"] == "curriculum.labs.braking:design_result"
    check = HiddenCheck("design", "design", graded=True, partial=False, line=1)
    assert decide(check, teacher, captured(record, good)).share == 1.0
    missed = decide(check, teacher, captured(record, bad))
    assert missed.share == 0.0 and missed.result.code == "misses-spec"
    in_kernel = check_design(bad, spec, model=model).message
    assert missed.result.message == in_kernel, "the grader names each requirement as the lab's Check button does"
    assert spec.requirements[0].key not in in_kernel and spec.requirements[0].label["en"] in in_kernel


def test_only_the_packages_own_models_are_imported():
    assert _model("curriculum.labs.braking:design_result") is braking.design_result
    assert _model("os:system") is None
    assert _model("subprocess:run") is None
    assert _model("curriculum.labs.braking:no_such_model") is None


CELL = """assert callable(f), "f should be a function"
require(compare(f(2), 4, mode="numeric"))
### BEGIN HIDDEN TESTS
from curriculum.labs import braking as _ref
SECRET = 41.5
def _twice(fn):
    return lambda x: 2 * fn(x)
require(compare(s_b, "v**2/(2*mu*g)"), points=2)
require(check_function(_twice(f), _ref.kmh_to_ms, inputs=[1, 2, 3]))
advise(check_design(design, _ref.DESIGN_SPEC, model=_ref.design_result))
### END HIDDEN TESTS
"""


def test_a_graded_kernel_runs_the_public_part_and_captures_the_students_side_only():
    cell = plan(CELL)
    assert cell.hidden_lines == ((3, 11),)
    assert [(c.kind, c.student, c.graded, c.partial) for c in cell.checks] == [
        ("answer", "s_b", True, True), ("function", "_twice(f)", True, False), ("design", "design", False, False)]
    teacher = [{"mode": "equiv"}, {"mode": "function", "inputs": [serialize([1])], "options": {"timeout": 2.0}},
               {"mode": "design"}]
    blind = blind_source(cell, teacher)
    assert blind.startswith('assert callable(f), "f should be a function"\nrequire(compare(f(2), 4, mode="numeric"))\n')
    for secret in ("v**2", "SECRET", "41.5", "kmh_to_ms", "DESIGN_SPEC", "HIDDEN", "check_function", "require(compare(s_b"):
        assert secret not in blind, secret
    assert "def _twice(fn)" in blind  # a wrapper the student's side needs
    assert ".answer(0, lambda: (s_b))" in blind and ".outputs(1, lambda: (_twice(f))" in blind
    compile(blind, "<cell>", "exec")


@pytest.mark.parametrize("hidden, problem", [
    ("for x in [1, 2]:\n    require(compare(f(x), x))", "inside a for"),
    ("if True:\n    require(compare(a, 1))", "inside a if"),
    ("require(check_design(design, SPEC))", "model="),
    ("require(compare(", "not valid Python"),
])
def test_hidden_checks_that_cannot_leave_the_kernel_are_refused_with_their_line(hidden, problem):
    with pytest.raises(PlanError, match=problem):
        plan(f"x = 1\n### BEGIN HIDDEN TESTS\n{hidden}\n### END HIDDEN TESTS\n")


def _notebook(*sources: str, release: tuple[str, ...] = ()):
    import nbformat.v4 as v4

    nb = v4.new_notebook(cells=[v4.new_code_cell(src) for src in sources])
    return nb, v4.new_notebook(cells=[v4.new_code_cell(src) for src in release])


@pytest.mark.parametrize("code, found", [
    ("from curriculum.labs.gears import overall_ratio", "line 1: imports curriculum.labs"),
    ("import curriculum\nf = curriculum.labs.gears.overall_ratio", "line 2: uses curriculum.labs"),
    ("from curriculum import labs", "line 1: imports curriculum.labs"),
    ("import importlib\nm = importlib.import_module('curriculum.' + 'labs')", "line 2: calls import_module()"),
    ("m = __import__('math')", "line 1: calls __import__()"),
    ("exec('x = 1')", "line 1: calls exec()"),
    ("name = 'curriculum.labs.vin'", "line 1: names curriculum.labs"),
])
def test_the_students_own_code_reaching_for_the_labs_is_named(code, found):
    from curriculum.grading.borrowing import reference_use

    nb, release = _notebook("import math", code)
    assert reference_use(nb, release) == f"cell 2, {found}"


def test_the_releases_own_cells_and_ordinary_code_are_not_named():
    from curriculum.grading.borrowing import reference_use

    lab = "from curriculum.labs.braking import make_lab\nmake_lab('wet-40')"
    nb, release = _notebook(lab, "import re\npattern = re.compile('[A-Z]')\nfrom curriculum.units import ureg", release=(lab,))
    assert reference_use(nb, release) == ""


SETUP_WITH_LAB = "import curriculum\ncurriculum.setup(lang='en')\nfrom curriculum.labs import gearbox"


@pytest.mark.parametrize("code, found", [
    ("def climbing_gear(*args):\n    return gearbox.climbing_gear(*args)", "line 2: uses gearbox.climbing_gear (curriculum.labs)"),
    ("cg = gearbox.climbing_gear\ndef climbing_gear(*args):\n    return cg(*args)", "line 1: uses gearbox.climbing_gear (curriculum.labs)"),
    ("def climbing_gear(torque, ratios, *rest):\n    return 1 + 0 * gearbox.total_ratio(ratios[0])", ""),
    ("def climbing_gear(*args):\n    return getattr(gearbox, 'climbing' + '_gear')(*args)", "line 2: calls getattr() on gearbox (curriculum.labs)"),
    ("x = gearbox.climbing_gear(200, [3.73, 2.05], 4.1, 0.9, 0.31, 4439)", ""),  # a call to check by hand, no function written
])
def test_a_lab_the_release_imports_lends_no_function_the_student_writes(code, found):
    """phys-col-gearbox's setup imports its lab for the lesson; ``gearbox.climbing_gear`` is the reference of the
    function the student writes, in reach without any import of the student's own."""
    from curriculum.grading.borrowing import reference_use

    nb, release = _notebook(SETUP_WITH_LAB, code, release=(SETUP_WITH_LAB,))
    assert reference_use(nb, release) == (f"cell 2, {found}" if found else "")


SETUP_WITH_CAD_LAB = "import curriculum\ncurriculum.setup(lang='en')\nfrom curriculum.labs import fixture as lab"


@pytest.mark.parametrize("code, found", [
    ("block = lab.fixture_block()", "line 1: uses lab.fixture_block, the lab's own part (curriculum.labs)"),
    ("from curriculum.cad import box\nblock = box(120, 60, 20) - (lab.reference() - box(1, 1, 1))",
     "line 2: uses lab.reference, the lab's own part (curriculum.labs)"),
    ("mass = lab.mass_by_formula(120, 60, 20, [10, 8, 9, 9, 9, 9])", ""),  # a helper of the lab, not the part
])
def test_the_part_a_lab_builds_for_the_drawing_is_not_the_students(code, found):
    """inf-col-fixture's setup imports its lab; ``lab.fixture_block()`` is the drawing's own block."""
    from curriculum.grading.borrowing import reference_use

    nb, release = _notebook(SETUP_WITH_CAD_LAB, code, release=(SETUP_WITH_CAD_LAB,))
    assert reference_use(nb, release) == (f"cell 2, {found}" if found else "")


def test_a_function_item_of_a_borrowing_notebook_earns_nothing(record):
    (teacher,) = record(lambda: check_function(_solution, _ratio, inputs=CASES), teacher=True)
    right = outputs(record, teacher, _solution)
    assert decide(FUNCTION, teacher, right).share == 1.0
    borrowed = decide(FUNCTION, teacher, right, borrowed="overall-ratio, line 2: imports curriculum.labs")
    assert borrowed.share == 0.0 and borrowed.result.code == "uses-reference" and "line 2" in borrowed.result.message


def test_a_reference_run_made_by_another_version_of_the_package_is_not_reused(tmp_path, monkeypatch):
    """The teacher's run records what the package's checker and labs make of it: a cache file written by other code
    (a package upgraded on the school's server) is not the answer for this one."""
    from curriculum.grading import trust

    source = tmp_path / "source" / "a" / "n.ipynb"
    source.parent.mkdir(parents=True)
    source.write_text("{}", encoding="utf-8")
    mine = trust._cache_path(tmp_path, "a", source, None)
    mine.parent.mkdir(parents=True)
    mine.write_text("{}", encoding="utf-8")
    assert trust.is_cached(tmp_path, "a", "n")
    assert trust.engine_digest() == trust.engine_digest() and len(trust.engine_digest()) == 12
    monkeypatch.setattr(trust, "engine_digest", lambda: "0" * 12)
    assert not trust.is_cached(tmp_path, "a", "n"), "a run cached by other code must be made again"


def test_a_reference_run_whose_kernel_failed_is_tried_once_more_and_a_second_failure_is_said(monkeypatch, tmp_path):
    from curriculum.grading import references, trust

    calls = []

    def flaky(root, assignment, notebook, env, parameters):
        calls.append(env)
        if len(calls) == 1 or fail_again:
            raise AssertionError  # what a kernel that did not start gave once under load
        return "the run"

    monkeypatch.setattr(trust, "is_cached", lambda *args: False)
    monkeypatch.setattr(trust, "reference_run", flaky)
    fail_again = False
    assert references.reference_runs(tmp_path, "a1", "nb", [None]) == ["the run"]
    assert len(calls) == 2 and calls[1]["JUPYTER_PATH"] != calls[0]["JUPYTER_PATH"]  # on a kernel of its own
    calls.clear()
    fail_again = True
    with pytest.raises(AssertionError):
        references.reference_runs(tmp_path, "a1", "nb", [None])
    assert len(calls) == 2

    def wrong(*args):
        calls.append(args)
        raise PlanError("the teacher's own solution fails this test")

    monkeypatch.setattr(trust, "reference_run", wrong)
    calls.clear()
    assert isinstance(references.reference_runs(tmp_path, "a1", "nb", [None], keep_going=True)[0], PlanError)
    assert len(calls) == 1  # a wrong notebook is not a failed kernel: no second run


def test_the_teachers_run_reads_its_folder_and_leaves_what_it_writes_out_of_source(tmp_path):
    """A solution that exports its part (``block.save("fixture_block.stl")``) must not leave the file in source/:
    the next release would hand it to every student."""
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    from curriculum.grading import trust

    folder = tmp_path / "source" / "a"
    folder.mkdir(parents=True)
    (folder / "drawing.txt").write_text("120", encoding="utf-8")
    nb = new_notebook(cells=[new_code_cell("length = int(open('drawing.txt').read())\n"
                                           "open('fixture_block.stl', 'w').write('solid block')\n"
                                           "assert length == 120")])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, folder / "n.ipynb")
    trust.reference_run(tmp_path, "a", "n")
    assert sorted(p.name for p in folder.iterdir()) == ["drawing.txt", "n.ipynb"]


def _course_with(root, assignment: str, cells: list) -> None:
    import shutil

    import nbformat
    from nbformat.v4 import new_notebook

    from curriculum.course import CONFIG_FILE
    from curriculum.paths import REPO_ROOT

    root.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO_ROOT / CONFIG_FILE, root / CONFIG_FILE)
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    (root / "source" / assignment).mkdir(parents=True)
    nbformat.write(nb, root / "source" / assignment / "task.ipynb")


def _task_cells(teacher_answer: str) -> list:
    from nbformat.v4 import new_code_cell

    def cell(source: str, **nbgrader):
        return new_code_cell(source, metadata={"nbgrader": {"schema_version": 3, "task": False, **nbgrader}})

    return [cell(f"### BEGIN SOLUTION\nx = {teacher_answer}\n### END SOLUTION", grade=False, grade_id="answer",
                 locked=False, solution=True),
            cell("from curriculum.check import compare, require\n### BEGIN HIDDEN TESTS\nrequire(compare(x, 3))\n"
                 "### END HIDDEN TESTS", grade=True, grade_id="x-test", locked=True, points=1, solution=False)]


@pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")
def test_a_release_makes_the_reference_run_its_grading_needs_and_says_when_it_cannot(tmp_path):
    from curriculum.course import Course
    from curriculum.grading import trust

    _course_with(tmp_path / "ready", "a1", _task_cells("3"))
    step = Course(tmp_path / "ready").generate_release("a1")
    assert step.ok and not step.warning, step.log
    assert trust.is_cached(tmp_path / "ready", "a1", "task")  # grading starts with the first submission
    assert trust.reference_for(tmp_path / "ready", "a1", "task")["x-test"][0]["mode"]  # the record grading reads

    _course_with(tmp_path / "later", "a1", _task_cells("3"))
    assert Course(tmp_path / "later").generate_release("a1", prepare_grading=False).ok
    assert not trust.is_cached(tmp_path / "later", "a1", "task")  # left to the first grading

    _course_with(tmp_path / "wrong", "a1", _task_cells("2"))  # the teacher's own solution fails its test
    step = Course(tmp_path / "wrong").generate_release("a1")
    assert step.ok and (tmp_path / "wrong" / "release" / "a1" / "task.ipynb").exists()  # released all the same
    assert "task.ipynb" in step.warning and "the teacher's own solution fails this test" in step.warning
    assert not trust.is_cached(tmp_path / "wrong", "a1", "task")


@pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")
def test_a_course_prepares_the_grading_of_many_assignments_with_one_fork_server(monkeypatch, tmp_path):
    import shutil

    from curriculum.course import Course
    from curriculum.grading import references, run, trust

    _course_with(tmp_path, "a1", _task_cells("3"))
    for name, answer in (("a2", "3"), ("a3", "2")):  # a3: the teacher's own solution fails its test
        shutil.copytree(tmp_path / "source" / "a1", tmp_path / "source" / name)
        path = tmp_path / "source" / name / "task.ipynb"
        path.write_text(path.read_text(encoding="utf-8").replace("x = 3", f"x = {answer}"), encoding="utf-8")
    course = Course(tmp_path)
    environments = []
    kernel_environment = run.kernel_environment

    def counted(use_fork_server=True, *args, **kwargs):
        environments.append(use_fork_server)
        return kernel_environment(use_fork_server, *args, **kwargs)

    monkeypatch.setattr(run, "kernel_environment", counted)
    problems = references.prepare_grading(course, ["a1", "a2", "a3"])
    assert environments == [True]  # three runs, one warm server
    assert list(problems) == ["a3"] and "the teacher's own solution fails this test" in problems["a3"]
    assert trust.is_cached(tmp_path, "a1", "task") and trust.is_cached(tmp_path, "a2", "task")
    environments.clear()
    assert references.prepare_grading(course, ["a1", "a2"]) == {} and environments == []  # all cached: no kernel
