"""The teacher's loop on the sample class: release, autograde, feedback, export (the README's main job)."""

from __future__ import annotations

import csv
import re

import nbformat
import pytest
from nbgrader.api import Gradebook

from curriculum.sample_class import STUDENTS, find_spec

from .conftest import ASSIGNMENTS, auto_points, source_notebooks

pytestmark = pytest.mark.slow

# the five students of every module, and the students some modules add (one per typical mistake with a part)
EXTRA = {(a, s): extra for a in ASSIGNMENTS for s, extra in find_spec(a).students.items()}


def _students(assignments):
    """Everyone in the gradebook after grading these assignments: the five of every module and the added ones."""
    return set(STUDENTS) | {s for a, s in EXTRA if a in assignments}


def _report(demo, assignment, student):
    found = [r for r in demo.reports if r.assignment == assignment and r.student == student]
    assert found, f"the demo graded no {student} in {assignment} (was it left out with --demo-only?)"
    return found[0]


def _source(assignment):
    (path,) = source_notebooks(assignment)
    return nbformat.read(path, as_version=4)


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_correct_submission_gets_every_autograded_point(demo, assignment):
    report = _report(demo, assignment, "aigerim")
    points = auto_points(_source(assignment))
    mentor = sum(g.points for g in find_spec(assignment).mentor.values())  # a project's report, graded by the mentor
    assert report.graded
    assert report.score == pytest.approx(sum(points.values()) + mentor), report.problems
    assert not report.problems


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_partly_wrong_submission_loses_exactly_the_points_of_its_wrong_items(demo, assignment):
    report = _report(demo, assignment, "bolat")
    spec = find_spec(assignment)
    points = auto_points(_source(assignment))
    failing = {test for wrong in spec.partly_wrong.values() for test in wrong.fails}
    assert failing, "the sample class must get something wrong"
    scores = {i.grade_id: i.score for i in report.items if i.grade_id in points}
    assert {gid for gid, s in scores.items() if s < points[gid]} == failing
    # a wrong item earns nothing, unless its check keeps partial credit and says so (a part with one wrong hole)
    partial = {i.grade_id for i in report.items if i.grade_id in failing and i.problem.startswith("partial credit: ")}
    for test in failing:
        assert (0 < scores[test] < points[test]) if test in partial else scores[test] == 0, (test, scores[test])
    kept = sum(scores[t] for t in partial)
    assert 0 < report.score == pytest.approx(sum(points.values()) - sum(points[t] for t in failing) + kept)
    # every lost point comes with the checker's message, not a bare assertion
    for item in report.items:
        if item.grade_id in failing:
            assert item.problem and item.problem != "AssertionError", item


@pytest.mark.parametrize("assignment, student", sorted(EXTRA))
def test_each_added_student_loses_the_points_of_their_mistake_with_the_reason(demo, assignment, student):
    extra = EXTRA[(assignment, student)]
    report = _report(demo, assignment, student)
    points = auto_points(_source(assignment))
    scores = {i.grade_id: i.score for i in report.items if i.grade_id in points}
    assert {gid for gid, s in scores.items() if s < points[gid]} == set(extra.fails), report.problems
    for item in report.items:
        if item.grade_id in extra.fails:
            assert item.problem and item.problem != "AssertionError", item
    assert 0 < report.score < sum(points.values())


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_empty_submission_scores_zero(demo, assignment):
    report = _report(demo, assignment, "dana")
    assert report.graded
    assert report.score == 0
    assert report.problems and report.problems[0].startswith("not answered: "), report.problems


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_endless_loop_is_stopped_reported_and_the_rest_graded(demo, assignment):
    report = _report(demo, assignment, "yerlan")
    assert report.graded
    assert any("time limit" in p for p in report.problems), report.problems
    assert report.score > 0


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_corrupt_file_is_reported_with_its_reason(demo, assignment):
    report = _report(demo, assignment, "zarina")
    assert not report.graded
    assert re.search(r"broken JSON .* at line \d+, column \d+", report.reason), report.reason


def test_gradebook_stays_readable_and_complete(demo, demo_assignments):
    with Gradebook(f"sqlite:///{demo.course_root / 'gradebook.db'}") as gb:
        assert sorted(a.name for a in gb.assignments) == demo_assignments
        assert {s.id for s in gb.students} == _students(demo_assignments)
        for report in demo.reports:
            if report.graded:
                assert gb.find_submission(report.assignment, report.student).score == pytest.approx(report.score)


def test_grades_csv_has_a_row_per_submission(demo, demo_assignments):
    with demo.grades_csv.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    everyone = _students(demo_assignments)
    assert {(r["assignment"], r["student_id"]) for r in rows} == {(a, s) for a in demo_assignments for s in everyone}
    by_key = {(r["assignment"], r["student_id"]): float(r["score"]) for r in rows}
    for report in demo.reports:
        if report.graded:
            assert by_key[(report.assignment, report.student)] == pytest.approx(report.score)


def _hidden_lines(assignment):
    """Lines that exist only inside hidden test regions."""
    hidden_lines, visible_lines = set(), set()
    for cell in _source(assignment).cells:
        before, marker, rest = cell.source.partition("### BEGIN HIDDEN TESTS")
        hidden, _, after = rest.partition("### END HIDDEN TESTS")
        hidden_lines |= {ln.strip() for ln in hidden.splitlines() if len(ln.strip()) > 8}
        visible_lines |= {ln.strip() for ln in (before + after).splitlines()}
    return hidden_lines - visible_lines


def _mark_schemes(assignment):
    found = []
    for cell in _source(assignment).cells:
        if "### BEGIN MARK SCHEME" in cell.source:
            scheme = cell.source.split("### BEGIN MARK SCHEME", 1)[1].split("### END MARK SCHEME", 1)[0]
            found += [ln.strip() for ln in scheme.splitlines() if len(ln.strip()) > 12]
    return found


def test_graded_notebooks_keep_no_widget_state(demo, demo_assignments):
    """A lab's widgets leave their outputs in a graded notebook but not their state (a lab's picture, about 100 KB
    in every student's copy): nobody can see it there (see CappedExecute.store_widget_state)."""
    graded = [p for a in demo_assignments for p in demo.course_root.glob(f"autograded/*/{a}/*.ipynb")]
    assert graded
    with_labs = [p for p in graded if "application/vnd.jupyter.widget-view+json" in p.read_text(encoding="utf-8")]
    assert with_labs, "the demo's notebooks show labs"
    assert [p for p in with_labs if "widgets" in nbformat.read(p, as_version=4).metadata] == []


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_feedback_shows_no_hidden_test_and_no_rubric(demo, assignment):
    import html

    hidden, schemes = _hidden_lines(assignment), _mark_schemes(assignment)
    assert hidden
    if not schemes:  # a project's milestone without a report has no written answer, so no rubric to keep out
        assert not [c for c in _source(assignment).cells
                    if c.cell_type == "markdown" and c.metadata.get("nbgrader", {}).get("grade")], assignment
    files = list((demo.feedback_dir).glob(f"*/{assignment}/*.html"))
    assert len(files) == sum(r.graded for r in demo.reports if r.assignment == assignment)
    for path in files:
        text = html.unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))
        assert "HIDDEN TESTS" not in text and "MARK SCHEME" not in text, path
        for line in hidden | set(schemes):
            assert line not in text, f"{path} shows {line!r}"
