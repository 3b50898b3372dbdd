"""Rules for a source notebook's nbgrader metadata: sane cells, unique ids, a test after every answer, points."""

from __future__ import annotations

import re

import nbformat

from ..items import is_autograded_answer, is_test_cell
from .problem import cell_label

GRADE_ID = re.compile(r"^[a-zA-Z0-9_\-]+$")
HIDDEN_TESTS = "### BEGIN HIDDEN TESTS"
DECLARED_POINTS = re.compile(r"\((\d+(?:[.,]\d+)?)\s*(?:points?|ұпай|балл\w*)", re.IGNORECASE)
"""A task's points as its text announces them: "(2 points", "(2 ұпай", "(2 балла"."""


def _meta(cell: nbformat.NotebookNode) -> dict:
    return cell.metadata.get("nbgrader", {})


def nbgrader_problems(nb: nbformat.NotebookNode) -> list[tuple[str, str, str]]:
    """(cell, message, check) for metadata nbgrader would misread and answers nothing grades."""
    found: list[tuple[str, str, str]] = []
    if not nb.metadata.get("kernelspec", {}).get("language"):
        found.append(("", "notebook metadata lacks kernelspec.language (nbgrader needs it)", "nbgrader"))
    seen: dict[str, int] = {}
    for index, cell in enumerate(nb.cells):
        meta = _meta(cell)
        if not meta:
            continue
        label = cell_label(cell, index)
        grade_id = meta.get("grade_id")
        if not grade_id:
            found.append((label, "nbgrader cell without a grade_id", "nbgrader"))
        elif not GRADE_ID.match(str(grade_id)):
            found.append((label, "grade_id may hold only letters, digits, '-' and '_'", "nbgrader"))
        elif grade_id in seen:
            found.append((label, f"duplicate grade_id (also cell {seen[grade_id]}): nbgrader keeps only the last", "nbgrader"))
        else:
            seen[grade_id] = index
        if meta.get("schema_version") != 3:
            found.append((label, f"nbgrader schema_version {meta.get('schema_version')!r}, expected 3", "nbgrader"))
        if meta.get("grade"):
            points = meta.get("points")
            if not isinstance(points, (int, float)) or isinstance(points, bool) or points <= 0:
                found.append((label, f"graded cell needs positive points, has {points!r}", "nbgrader"))
        if is_test_cell(cell):
            if not meta.get("locked"):
                found.append((label, "test cell is not locked: students could edit it", "nbgrader"))
            if HIDDEN_TESTS not in cell.source:
                found.append((label, "test cell has no hidden tests: the grade would rest on checks students see", "tests"))
            else:
                found += [(label, message, "tests") for message in hidden_test_problems(cell.source)]
        if meta.get("solution") and meta.get("locked"):
            found.append((label, "answer cell is locked: students cannot write in it", "nbgrader"))
    found += _untested_answers(nb)
    return found


def hidden_test_problems(source: str) -> list[str]:
    """What keeps a test cell's hidden tests from being decided outside the student's kernel.

    A graded kernel runs only the public part and captures the student's side of each hidden
    check (:mod:`curriculum.grading.blind`): a hidden ``assert`` or a check it cannot capture
    would decide nothing."""
    import ast

    from ..grading.blind import PlanError, hidden_statements, plan

    try:
        cell_plan = plan(source)
    except PlanError as exc:
        return [f"hidden tests cannot be decided outside the student's kernel: {exc}"]
    problems = []
    for stmt in hidden_statements(source):
        for node in ast.walk(stmt):
            if isinstance(node, ast.Assert):
                problems.append(f"line {node.lineno}: a hidden assert is never run when graded "
                                "(graded kernels run no hidden test): use require(compare(...))")
    if not any(check.graded for check in cell_plan.checks):
        problems.append("the hidden tests make no graded check (require(compare(...)), require(check_function(...)), "
                        "require(check_design(..., model=...)), require(check_part(...)), require(check_query(...)))")
    return problems


def _untested_answers(nb: nbformat.NotebookNode) -> list[tuple[str, str, str]]:
    found = []
    cells = list(enumerate(nb.cells))
    for pos, (index, cell) in enumerate(cells):
        if not is_autograded_answer(cell):
            continue
        tested = False
        for _i, later in cells[pos + 1:]:
            if is_autograded_answer(later):
                break
            if is_test_cell(later):
                tested = True
                break
        if not tested:
            found.append((cell_label(cell, index), "no test cell after this answer: it is never graded", "tests"))
    return found


def points_problems(nb: nbformat.NotebookNode) -> list[tuple[str, str, str]]:
    """Each task's announced points (in every language) against the points of its graded cells."""
    found: list[tuple[str, str, str]] = []
    tasks: list[dict] = []  # {"declared": {lang: value}, "cells": [(label, points)]}
    for index, cell in enumerate(nb.cells):
        langs = [t.removeprefix("lang-") for t in cell.metadata.get("tags", []) if t.startswith("lang-")]
        declared = DECLARED_POINTS.findall(cell.source) if cell.cell_type == "markdown" and langs else []
        if declared:
            if not tasks or tasks[-1]["cells"]:
                tasks.append({"declared": {}, "cells": [], "first": cell_label(cell, index)})
            tasks[-1]["declared"][langs[0]] = float(declared[0].replace(",", "."))
        meta = _meta(cell)
        if meta.get("grade") and tasks:
            tasks[-1]["cells"].append((cell_label(cell, index), float(meta.get("points") or 0)))
    for task in tasks:
        values = set(task["declared"].values())
        where = task["cells"][0][0] if task["cells"] else task["first"]
        if len(values) > 1:
            said = ", ".join(f"{lang} {v:g}" for lang, v in task["declared"].items())
            found.append((where, f"the task's text announces different points per language: {said}", "points"))
            continue
        total = sum(p for _l, p in task["cells"])
        if values and total != next(iter(values)):
            found.append((where, f"the task's text announces {next(iter(values)):g} point(s), its graded cells "
                                 f"give {total:g}", "points"))
    return found
