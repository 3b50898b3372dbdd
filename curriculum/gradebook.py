"""Reading a class's grades out of nbgrader's gradebook, as plain data.

``snapshot`` gives every stored grade and comment of every submission, without timestamps
or database ids, so two gradebooks can be compared (parallel against serial grading, a run
that was killed and resumed against one that was not) and so reports read one structure.
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
