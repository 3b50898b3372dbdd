"""What a report is computed from: scores from the gradebook, outcome codes from the graded notebooks, skills from module metadata."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..check.record import MIME, deserialize
from ..course import Course, _cell_problems
from ..gradebook import grade_rows

ENGINEERING_SKILLS = frozenset({"modelling", "programming", "units", "reasoning", "estimation", "geometry"})


@dataclass(frozen=True)
class Item:
    """One autograded test cell (or a hand-graded answer) of an assignment."""

    assignment: str
    cell: str
    max_score: float
    manual: bool


@dataclass(frozen=True)
class Outcome:
    """How one student did on one item: the points and, when points were lost, the checker's code and the answer."""

    score: float
    code: str = ""
    example: str = ""


@dataclass
class ClassData:
    assignments: list[str]
    students: list[str]
    items: list[Item]
    outcomes: dict[tuple[str, str, str], Outcome]  # (assignment, cell, student) -> outcome
    skills: dict[str, tuple[str, ...]] = field(default_factory=dict)  # assignment -> skills of its module
    subjects: dict[str, str] = field(default_factory=dict)  # assignment -> subject
    order: dict[str, float] = field(default_factory=dict)  # assignment -> position in time (due date or first submission)
    submitted: set[tuple[str, str]] = field(default_factory=set)  # (assignment, student) pairs handed in
    ungraded: set[tuple[str, str]] = field(default_factory=set)  # handed in, but the autograder could not run it

    def items_of(self, assignment: str, *, manual: bool | None = None) -> list[Item]:
        return [i for i in self.items if i.assignment == assignment and (manual is None or i.manual == manual)]


def _readable(doc: dict) -> str:
    try:
        value = deserialize(doc["answer"])
    except (ValueError, KeyError, TypeError, SyntaxError):
        return json.dumps(doc.get("answer"))[:80]
    return str(value)[:80]


def _outcomes_from_notebook(path: Path) -> dict[str, tuple[str, str]]:
    """Cell id -> (outcome code, example answer) for every test cell of one graded notebook."""
    nb = nbformat.read(path, as_version=4)
    problems = _cell_problems(nb)
    found: dict[str, tuple[str, str]] = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        gid = meta.get("grade_id")
        if not gid or not meta.get("grade") or meta.get("solution"):
            continue
        records = [o["data"][MIME] for o in cell.get("outputs", [])
                   if o.get("output_type") == "display_data" and MIME in o.get("data", {})]
        decisive = [r for r in records if r.get("mode") != "dimension"] or records
        problem = problems.get(gid, "")
        if decisive and decisive[-1].get("code") not in ("equivalent", "meets-spec") and problem:
            found[gid] = (str(decisive[-1]["code"]), _readable(decisive[-1]))
        elif problem:
            code = "time-limit" if "time limit" in problem else problem.split(":", 1)[0].strip().lower()
            found[gid] = (code, "")
    return found


def _unanswered(path: Path) -> set[str]:
    """Test cells below an answer the student left as released."""
    nb = nbformat.read(path, as_version=4)
    out, blank = set(), False
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("solution") and cell.cell_type == "code":
            blank = any(o.get("ename") == "NotImplementedError" for o in cell.get("outputs", []))
        elif meta.get("grade") and blank:
            out.add(meta.get("grade_id"))
    return out


def collect(course_root: Path | str, assignments: Iterable[str] | None = None) -> ClassData:
    """Everything a report needs from one course folder (graded with ``curriculum grade`` or ``nbgrader autograde``)."""
    course = Course(course_root)
    wanted = list(assignments) if assignments is not None else course.assignments()
    rows = [r for r in grade_rows(course.db_url) if r.assignment in wanted]
    items: dict[tuple[str, str], Item] = {}
    outcomes: dict[tuple[str, str, str], Outcome] = {}
    students, submitted = set(), set()
    for row in rows:
        students.add(row.student)
        submitted.add((row.assignment, row.student))
        is_manual = row.cell not in _test_cells(course, row.assignment)
        items.setdefault((row.assignment, row.cell), Item(row.assignment, row.cell, row.max_score, is_manual))
        score = row.manual_score if row.manual_score is not None else (row.auto_score or 0.0)
        outcomes[(row.assignment, row.cell, row.student)] = Outcome(float(score))
    ungraded = set()
    for assignment, student in submitted:
        graded = sorted((course.root / "autograded" / student / assignment).glob("*.ipynb"))
        if not graded:
            ungraded.add((assignment, student))
        for path in graded:
            codes = _outcomes_from_notebook(path)
            blank = _unanswered(path)
            for (a, cell, s), outcome in list(outcomes.items()):
                if (a, s) != (assignment, student) or outcome.score >= items[(a, cell)].max_score:
                    continue
                code, example = codes.get(cell, ("", ""))
                outcomes[(a, cell, s)] = Outcome(outcome.score, "not-answered" if cell in blank else code, example)
    skills, subjects, order = _module_facts(course, wanted)
    with_time = _submission_order(course, wanted)
    return ClassData(assignments=[a for a in wanted if any(r.assignment == a for r in rows)] or wanted,
                     students=sorted(students), items=sorted(items.values(), key=lambda i: (wanted.index(i.assignment), i.cell)),
                     outcomes=outcomes, skills=skills, subjects=subjects, order={**with_time, **order}, submitted=submitted,
                     ungraded=ungraded)


def _test_cells(course: Course, assignment: str) -> set[str]:
    """Grade ids of the autograded (test) cells in the source: the rest are answers graded by hand."""
    cells = set()
    for path in course.source_notebooks(assignment):
        for cell in nbformat.read(path, as_version=4).cells:
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("grade") and not meta.get("solution"):
                cells.add(meta["grade_id"])
    return cells


def _module_facts(course: Course, assignments: list[str]) -> tuple[dict, dict, dict]:
    from ..catalogue import load_catalogue
    from ..paths import REPO_ROOT

    skills, subjects, order = {}, {}, {}
    try:
        catalogue = load_catalogue((course.root, REPO_ROOT))
        entries = list(catalogue.entries)
    except Exception:  # noqa: BLE001 - a course without module metadata still gets a report, without skills
        entries = []
    for entry in entries:
        for assignment in entry.meta.assignments:
            if assignment in assignments:
                skills[assignment] = tuple(entry.meta.skills)
                subjects[assignment] = entry.meta.subject
    from nbgrader.api import Gradebook

    with Gradebook(course.db_url) as gb:
        for a in gb.assignments:
            if a.name in assignments and a.duedate is not None:
                order[a.name] = a.duedate.timestamp()
    return skills, subjects, order


def _submission_order(course: Course, assignments: list[str]) -> dict[str, float]:
    """Without due dates, assignments are ordered by their earliest submission."""
    from nbgrader.api import Gradebook

    order = {}
    with Gradebook(course.db_url) as gb:
        for a in gb.assignments:
            if a.name in assignments:
                stamps = [s.timestamp.timestamp() for s in a.submissions if s.timestamp is not None]
                order[a.name] = min(stamps) if stamps else float(assignments.index(a.name))
    return order
