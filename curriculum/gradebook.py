"""Reading a class's grades out of nbgrader's gradebook, as plain data; entering a hand grade.

``snapshot`` gives every stored grade and comment of every submission, without timestamps
or database ids, so two gradebooks can be compared (parallel against serial grading, a run
that was killed and resumed against one that was not) and so reports read one structure.
``enter_manual_grade`` writes what a teacher or a plant mentor enters in Formgrader's manual
grading (the points and the comment of one item), into the same nbgrader records.
"""

from __future__ import annotations

from dataclasses import dataclass

from nbgrader.api import Gradebook


@dataclass(frozen=True)
class GradeRow:
    assignment: str
    student: str
    notebook: str
    cell: str
    auto_score: float | None
    manual_score: float | None
    max_score: float
    needs_manual_grade: bool


def grade_rows(db_url: str) -> list[GradeRow]:
    """Every grade of every submitted notebook, sorted."""
    rows = []
    with Gradebook(db_url) as gb:
        for assignment in gb.assignments:
            for submission in assignment.submissions:
                for notebook in submission.notebooks:
                    for grade in notebook.grades:
                        rows.append(GradeRow(assignment.name, submission.student.id, notebook.name, grade.name,
                                             grade.auto_score, grade.manual_score, float(grade.max_score),
                                             bool(grade.needs_manual_grade)))
    return sorted(rows, key=lambda r: (r.assignment, r.student, r.notebook, r.cell))


def snapshot(db_url: str) -> dict[str, object]:
    """Grades, comments and row counts: equal for two gradebooks that hold the same results."""
    with Gradebook(db_url) as gb:
        counts = {
            "students": len(gb.students),
            "submissions": sum(len(a.submissions) for a in gb.assignments),
            "grades": sum(len(nb.grades) for a in gb.assignments for s in a.submissions for nb in s.notebooks),
            "comments": sum(len(nb.comments) for a in gb.assignments for s in a.submissions for nb in s.notebooks),
        }
    return {"counts": counts, "grades": grade_rows(db_url)}


class ManualGradeError(ValueError):
    """A hand grade that cannot be entered: what is wrong and where."""


@dataclass(frozen=True)
class ManualGrade:
    """One hand grade as the gradebook now holds it."""

    assignment: str
    student: str
    notebook: str
    grade_id: str
    points: float
    max_points: float
    comment: str


def enter_manual_grade(db_url: str, assignment: str, student: str, notebook: str, grade_id: str, points: float,
                       comment: str = "") -> ManualGrade:
    """The points and the comment of a hand-graded item, as Formgrader's manual grading stores them.

    The same nbgrader records and fields Formgrader's ``PUT api/grade/<id>`` and ``PUT api/comment/<id>`` write
    (``manual_score``, ``needs_manual_grade``, ``manual_comment``): the feedback made afterwards shows them.
    Raises :class:`ManualGradeError` naming the submission and the item when it cannot.
    """
    where = f"{assignment}/{student}/{notebook} [{grade_id}]"
    with Gradebook(db_url) as gb:
        try:
            grade = gb.find_grade(grade_id, notebook, assignment, student)
        except Exception:  # noqa: BLE001 - nbgrader raises MissingEntry, or an error of its query
            raise ManualGradeError(f"{where}: no such graded item in a submission of the gradebook") from None
        if grade.auto_score is not None or grade.cell.cell_type != "markdown":
            raise ManualGradeError(f"{where}: an autograded item; only a written item is graded by hand")
        if not 0 <= points <= grade.max_score:
            raise ManualGradeError(f"{where}: {points:g} points, but the item has 0 to {grade.max_score:g}")
        grade.manual_score = float(points)
        grade.needs_manual_grade = False
        if comment:
            found = gb.find_comment(grade_id, notebook, assignment, student)
            found.manual_comment = comment
        gb.db.commit()
        return ManualGrade(assignment, student, notebook, grade_id, float(points), float(grade.max_score), comment)
