"""Every student their own numbers, reproduced at grading: ``curriculum grade``, plain ``nbgrader autograde``,
Formgrader, Validate and nbgrader's fetch, on the variants test assignment (``tests/variant_course``)."""

from __future__ import annotations

import html
import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from curriculum.check.record import MIME
from curriculum.course import Course
from curriculum.gradebook import snapshot
from curriculum.grading.run import grade_assignment
from curriculum.variants.draw import ENV
from curriculum.variants.text import render

from .variant_class import ASSIGNMENT, NOTEBOOK, VariantClass, copy_course

pytestmark = pytest.mark.slow
AUTOGRADED = ("belt-time-test", "bodies-test", "belt-function-test", "design-test")


def _graded_cells(course: VariantClass, student: str) -> dict[str, nbformat.NotebookNode]:
    nb = nbformat.read(course.root / "autograded" / student / ASSIGNMENT / NOTEBOOK, as_version=4)
    return {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id")}


def _records(cell: nbformat.NotebookNode) -> list[dict]:
    return [o["data"][MIME] for o in cell.get("outputs", []) if MIME in o.get("data", {})]


def _scores(course: VariantClass, student: str) -> dict[str, float]:
    report = course.course.report(ASSIGNMENT, student)
    return {item.grade_id: item.score for item in report.items if item.grade_id in AUTOGRADED}


def _run_as_student(nb: nbformat.NotebookNode, folder: Path) -> list[str]:
    """The student's copy run in its own folder, as in their JupyterLab (no nbgrader): the errors it shows."""
    folder.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, folder / NOTEBOOK)
    env = {k: v for k, v in os.environ.items() if k not in (ENV, "NBGRADER_EXECUTION")}
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                       resources={"metadata": {"path": str(folder)}}).execute()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return [f"{c.metadata.get('nbgrader', {}).get('grade_id')}: {o.get('ename')}: {o.get('evalue')}"
            for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]


@pytest.fixture(scope="module")
def graded(variant_course, tmp_path_factory):
    """Two students with different numbers, both right; a third hands in the first one's answers as numbers."""
    course = copy_course(variant_course, tmp_path_factory.mktemp("graded") / "course")
    a, b, c = course.students_with_different_sets(3)
    course.hand_in(a, course.solved(course.copy_for(a)))
    course.hand_in(b, course.solved(course.copy_for(b)))
    course.hand_in(c, course.solved(course.copy_for(c), course.answers_for(course.deck.for_student(a))))
    run = grade_assignment(course.root, ASSIGNMENT, workers=2)
    assert not run.failed, [r.reason for r in run.failed]
    return course, (a, b, c), run


def test_two_students_see_different_numbers_and_both_right_solutions_earn_full_marks(graded, tmp_path):
    course, (a, b, _c), run = graded
    for student in (a, b):
        mine = course.deck.for_student(student)
        copy = course.copy_for(student)
        intro = next(c.source for c in copy.cells if "lang-en" in c.metadata.get("tags", []))
        assert render("is {belt} m long and moves at {speed} m/s", mine.values, "en") in intro
        assert _run_as_student(course.solved(copy), tmp_path / student) == [], "the public self-checks pass in Lab"
        assert _scores(course, student) == {"belt-time-test": 2, "bodies-test": 1, "belt-function-test": 2, "design-test": 2}
        (shown,) = _records(_graded_cells(course, student)["parameters"])
        assert shown["variant"]["number"] == mine.number and shown["variant"]["flags"] == []
    assert course.deck.for_student(a).values != course.deck.for_student(b).values


def test_another_students_answers_earn_nothing_and_say_whose_numbers_they_fit(graded):
    course, (a, _b, c), run = graded
    scores = _scores(course, c)
    assert scores["belt-time-test"] == scores["bodies-test"] == scores["design-test"] == 0
    assert scores["belt-function-test"] == 2, "a function written with the parameters' names is right for any set"
    cells = _graded_cells(course, c)
    for gid in ("belt-time-test", "bodies-test", "design-test"):
        decided = [r for r in _records(cells[gid]) if r.get("decided")]
        assert decided[-1]["code"] == "other-variant" and decided[-1]["other_set"] == course.deck.number_for(a), gid
    problems = dict(p.split(": ", 1) for p in next(r for r in run.reports if r.student == c).problems)
    assert "right answer for other numbers than yours" in problems["belt-time-test"]


def test_grading_again_gives_the_same_grades(graded, tmp_path):
    course, _students, _run = graded
    before = snapshot(course.course.db_url)
    again = grade_assignment(course.root, ASSIGNMENT, workers=2, force=True)
    assert not again.failed and snapshot(course.course.db_url) == before


def test_plain_nbgrader_autograde_agrees_with_curriculum_grade(graded, tmp_path):
    course, _students, _run = graded
    plain = copy_course(course, tmp_path / "plain")
    for folder in ("autograded", "feedback"):
        subprocess.run(["rm", "-rf", str(plain.root / folder)], check=True)
    (plain.root / "gradebook.db").unlink()
    assert plain.course.generate_release(ASSIGNMENT).ok
    done = subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "autograde", ASSIGNMENT], cwd=plain.root,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    assert snapshot(plain.course.db_url) == snapshot(course.course.db_url)


def test_formgrader_agrees_with_curriculum_grade(graded, lab_server):
    course, students, _run = graded
    served = VariantClass(lab_server.root)
    for student in students:
        nbformat.write(nbformat.read(course.root / "submitted" / student / ASSIGNMENT / NOTEBOOK, as_version=4),
                       served.hand_in(student, course.released()))
        lab_server.api("POST", f"/formgrader/api/submission/{ASSIGNMENT}/{student}/autograde", timeout=300)
    here = snapshot(served.course.db_url)
    assert here["counts"]["submissions"] == len(students)
    assert here == snapshot(course.course.db_url)


def test_changed_numbers_are_graded_on_the_students_own_set_and_flagged_in_the_course_language(variant_course, tmp_path):
    from .variant_class import make_variant_course

    course = make_variant_course(tmp_path / "kk", language="kk")
    a, b = course.students_with_different_sets(2)
    theirs = course.deck.for_student(a)
    edited = course.copy_for(b)  # b makes the record say a's numbers and computes with them
    edited.metadata["curriculum"]["variant"].update(seed=theirs.seed, number=theirs.number, values=dict(theirs.values))
    course.hand_in(b, course.solved(edited, course.answers_for(theirs)))
    course.hand_in(a, course.solved(course.released()))  # the release as it is: it showed the example's numbers
    run = grade_assignment(course.root, ASSIGNMENT, workers=2)
    assert not run.failed
    (shown,) = _records(_graded_cells(course, b)["parameters"])
    assert [f["code"] for f in shown["variant"]["flags"]] == ["record-changed"]
    assert shown["variant"]["number"] == course.deck.number_for(b)
    assert _scores(course, b)["belt-time-test"] == 0
    feedback = (course.root / "feedback" / b / ASSIGNMENT / NOTEBOOK.replace(".ipynb", ".html")).read_text(encoding="utf-8")
    assert "Бұл дәптерде тапсырмалардың сандары өзгертілген." in feedback
    assert f"Жұмысыңыз өз сандарыңызбен бағаланды ({course.deck.number_for(b)}-нұсқа)" in feedback
    (shown,) = _records(_graded_cells(course, a)["parameters"])
    assert [f["code"] for f in shown["variant"]["flags"]] == ["not-personalised"]
    assert set(_scores(course, a).values()) == {1, 2}, "answers computed from the names are right on the true set"


def test_validate_runs_a_students_copy_on_their_numbers(variant_course, tmp_path):
    """What the Validate button runs (nbgrader's Validator, as its server handler calls it): the kernel is not told the
    notebook's file, finds the copy's record beside it, and judges the public self-checks on the student's numbers."""
    from nbgrader.validator import Validator

    course = copy_course(variant_course, tmp_path / "course")
    a, b = course.students_with_different_sets(2)
    folder = tmp_path / "home" / ASSIGNMENT
    folder.mkdir(parents=True)
    path = folder / NOTEBOOK
    nbformat.write(course.solved(course.copy_for(a)), path)
    right = Validator(config=course.course.config).validate(str(path))
    assert not right.get("failed") and not right.get("changed"), right
    nbformat.write(course.solved(course.copy_for(a), course.answers_for(course.deck.for_student(b))), path)
    wrong = Validator(config=course.course.config).validate(str(path))
    assert {f.get("source", "").splitlines()[0] for f in wrong.get("failed", [])} >= {"require(compare(t_belt, \"s\", mode=\"dimension\"))"}, wrong


def test_nbgraders_fetch_makes_each_students_own_copy(variant_course, tmp_path):
    course = copy_course(variant_course, tmp_path / "course")
    exchange = tmp_path / "exchange"
    exchange.mkdir()
    nbgrader = str(Path(sys.executable).parent / "nbgrader")
    common = [f"--Exchange.root={exchange}", "--CourseDirectory.course_id=myn-bala-stem"]
    done = subprocess.run([nbgrader, "release_assignment", ASSIGNMENT, *common], cwd=course.root, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    for student in course.students_with_different_sets(2):
        home = tmp_path / "students" / student
        home.mkdir(parents=True)
        done = subprocess.run([nbgrader, "fetch_assignment", ASSIGNMENT, *common, f"--student={student}",
                               "--ExchangeFactory.fetch_assignment=curriculum.variants.exchange.PersonalisingFetch"],
                              cwd=home, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr[-2000:]
        fetched = nbformat.read(home / ASSIGNMENT / NOTEBOOK, as_version=4)
        assert fetched.metadata["curriculum"]["variant"]["student"] == student
        assert fetched.cells == course.copy_for(student).cells


def test_the_report_shows_each_sets_results_and_who_handed_in_answers_of_another_set(graded):
    from curriculum.report.build import build_report

    course, (a, b, c), _run = graded
    report = build_report(course.root, [ASSIGNMENT])
    sharing = (report.folder / "variants-sharing.csv").read_text(encoding="utf-8")
    fits = course.deck.number_for(a)
    assert f"{ASSIGNMENT},{c},belt-time-test," in sharing and f",{fits},{a}" in sharing
    assert f"{ASSIGNMENT},{b}," not in sharing, "a student who handed in their own work is not listed"
    sets = (report.folder / f"variants-{ASSIGNMENT}.csv").read_text(encoding="utf-8").splitlines()
    assert sets[0].split(",")[:4] == ["set", "parameters", "students", "all items"] and "belt-time-test" in sets[0]
    assert {int(row.split(",")[0]) for row in sets[1:]} == {course.deck.number_for(s) for s in (a, b, c)}
    page = report.html.read_text(encoding="utf-8")
    assert html.escape("Answers that fit another student's numbers") in page
    anonymous = build_report(course.root, [ASSIGNMENT], anonymous=True)
    hidden = (anonymous.folder / "variants-sharing.csv").read_text(encoding="utf-8")
    assert a not in hidden and c not in hidden and "belt-time-test" in hidden


def _seeded_lint_course(variant_course, root: Path) -> Path:
    """Two copies of the test assignment, each with authoring errors lint must name."""
    course = copy_course(variant_course, root)
    for name in ("line-failing", "line-colliding"):
        (root / "source" / name).mkdir()
        nb = course.source()
        cells = {c.metadata.get("nbgrader", {}).get("grade_id"): c for c in nb.cells}
        if name == "line-failing":
            cells["bodies"].source = "### BEGIN SOLUTION\nbodies = 17 / 2.5\n### END SOLUTION"  # the example's belt only
            nb.cells.insert(5, nbformat.v4.new_markdown_cell("A locked text about the {belt} m belt.", metadata={
                "nbgrader": {"grade": False, "grade_id": "locked-text", "locked": True, "schema_version": 3,
                             "solution": False, "task": False}}))
        else:
            cells["parameters"].source += "\nride = belt / speed"  # a shown value that is the answer of belt-time-test
            cells["bodies"].source = "### BEGIN SOLUTION\nbodies = target // 100\n### END SOLUTION"
            cells["bodies-test"].source = ("### BEGIN HIDDEN TESTS\nrequire(compare(bodies, target // 100, mode=\"numeric\"))\n"
                                           "### END HIDDEN TESTS")
        nbformat.write(nb, root / "source" / name / NOTEBOOK)
    return root


def test_lint_runs_every_parameter_set_and_names_authoring_errors_with_their_parameters(variant_course, tmp_path):
    from curriculum.lint import lint

    root = _seeded_lint_course(variant_course, tmp_path / "course")
    report = lint(root, release_sync=False)
    problems = [p for p in report.problems if p.check == "variants"]
    by_assignment: dict[str, list[str]] = {}
    for p in problems:
        by_assignment.setdefault(p.path.split("/")[1], []).append(f"[{p.where}] {p.message}")
    assert ASSIGNMENT not in by_assignment, by_assignment.get(ASSIGNMENT)
    from curriculum.variants.settings import course_deck

    failing = by_assignment["line-failing"]
    source = root / "source" / "line-failing" / NOTEBOOK
    deck = course_deck(root, "myn-bala-stem", "line-failing", "line", nbformat.read(source, as_version=4))
    wrong = [s for s in deck.sets if s.values["belt"] != 17]
    assert wrong
    for parameters in wrong:
        assert any(f"parameter set {parameters.number} (belt={parameters.values['belt']}, " in m and "bodies-test" in m
                   for m in failing), failing
    assert not any("the example" in m for m in failing), "the example's belt is 17: its solution is right"
    assert any("[locked-text]" in m and "belt" in m for m in failing), failing
    colliding = by_assignment["line-colliding"]
    assert any("[bodies-test]" in m and "give the same answer" in m for m in colliding), colliding
    assert any("[belt-time-test]" in m and "defines ride" in m for m in colliding), colliding


def test_a_teacher_sees_the_deck_pins_a_student_draws_again_and_hands_out_copies(variant_course, tmp_path, capsys):
    from curriculum.cli import main
    from curriculum.variants.personalise import release_deck

    course = copy_course(variant_course, tmp_path / "course")
    a, b = course.students_with_different_sets(2)
    root = str(course.root)
    assert main(["variants", "show", ASSIGNMENT, "--course", root]) == 0
    shown = capsys.readouterr().out
    assert f"deck myn-bala-stem/{ASSIGNMENT}/draw-1, 8 parameter sets" in shown
    assert all(f"{s.number:>2}: {s.describe()}" in shown for s in course.deck.sets)

    target = course.deck.number_for(b)
    assert main(["variants", "pin", ASSIGNMENT, a, str(target), "--course", root]) == 0
    assert release_deck(course.released()).number_for(a) == target, "the release carries the pin, without a's name"
    assert a not in (course.root / "release" / ASSIGNMENT / NOTEBOOK).read_text(encoding="utf-8")
    assert main(["variants", "pin", ASSIGNMENT, a, "9", "--course", root]) == 2
    assert "parameter sets 1 to 8" in capsys.readouterr().err

    before = [s.values for s in course.deck.sets]
    assert main(["variants", "redraw", ASSIGNMENT, "--course", root]) == 0
    assert course.deck.key.endswith("draw-2") and [s.values for s in course.deck.sets] != before
    assert course.deck.number_for(a) == target, "a pin outlives a new draw"

    assert main(["variants", "handout", ASSIGNMENT, "--course", root, "--student", a, "--student", b]) == 0
    for student in (a, b):
        copy = nbformat.read(course.root / "handout" / student / ASSIGNMENT / NOTEBOOK, as_version=4)
        assert copy.metadata["curriculum"]["variant"]["number"] == course.deck.number_for(student)

    course.hand_in(b, course.copy_for(b))
    assert main(["variants", "redraw", ASSIGNMENT, "--course", root]) == 2
    assert "already handed in" in capsys.readouterr().err
