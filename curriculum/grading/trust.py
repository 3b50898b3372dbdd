"""Decisions a student's kernel cannot forge: every ``compare`` is taken again outside it.

A test cell's verdict comes from code running in the student's kernel, where anything can be
replaced (sympy, numpy, our checker, builtins, exceptions, output). So the grader does not
take it on trust:

1. once per assignment it runs the teacher's source notebook and learns, for every test cell,
   the sequence of checks it makes: mode, options and the teacher's answer (recorded only in
   this run, never in a student's kernel);
2. in each graded submission it reads the answers the student's kernel recorded for the same
   cell and decides each check again here, with the teacher's options;
3. a cell the kernel passed but that fails here (a wrong answer, a missing or reordered
   record) gets no points in the gradebook, and the teacher sees why.

A recorded answer is only the student's claim about their own answer; claiming another one
gains nothing unless it is right. Checks this cannot re-take are left as the kernel decided:
functions (``check_function`` runs student code, which must stay in the sandbox), designs and
plain ``assert`` lines.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import nbformat
from nbclient import NotebookClient
from nbgrader.api import Gradebook, MissingEntry

from ..check import compare
from ..check.record import MIME, TEACHER_ENV, deserialize
from ..course import Course

RETAKEN_MODES = frozenset({"equiv", "same_form", "expanded", "factored", "lowest_terms", "numeric", "sigfigs",
                           "units", "dimension"})


@dataclass(frozen=True)
class Override:
    """A cell the kernel passed that the grader failed."""

    cell: str
    notebook: str
    reason: str


def _records(cell: nbformat.NotebookNode) -> list[dict]:
    return [o["data"][MIME] for o in cell.get("outputs", [])
            if o.get("output_type") == "display_data" and isinstance(o.get("data", {}).get(MIME), dict)]


def _test_cells(nb: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    return {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells
            if c.metadata.get("nbgrader", {}).get("grade") and not c.metadata["nbgrader"].get("solution")}


def reference(course: Course, assignment: str, env: dict[str, str] | None = None) -> dict[str, dict[str, list[dict]]]:
    """Notebook -> test cell -> the checks the teacher's solution makes, with the teacher's answers (cached)."""
    cache_dir = course.root / ".curriculum" / "reference"
    out: dict[str, dict[str, list[dict]]] = {}
    for path in course.source_notebooks(assignment):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        cached = cache_dir / f"{assignment}--{path.stem}--{digest}.json"
        if cached.exists():
            out[path.stem] = json.loads(cached.read_text(encoding="utf-8"))
            continue
        nb = nbformat.read(path, as_version=4)
        with _environment({**(env or {}), "NBGRADER_EXECUTION": "autograde", TEACHER_ENV: "1"}):
            NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                           resources={"metadata": {"path": str(path.parent)}}).execute()
        checks = {gid: [r for r in _records(cell)] for gid, cell in _test_cells(nb).items()}
        cache_dir.mkdir(parents=True, exist_ok=True)
        cached.write_text(json.dumps(checks), encoding="utf-8")
        out[path.stem] = checks
    return out


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """The kernel inherits the grader's environment when it starts: set these for that start only."""
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, old in saved.items():
            if old is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = old


def _retake(student_doc: dict, teacher_doc: dict) -> str:
    """'' when the check holds here; otherwise why not."""
    if student_doc.get("mode") != teacher_doc.get("mode"):
        return "the checks ran in another order than the teacher's tests"
    mode = teacher_doc["mode"]
    if mode not in RETAKEN_MODES or "teacher" not in teacher_doc:
        return ""
    try:
        answer = deserialize(student_doc["answer"])
        expected = deserialize(teacher_doc["teacher"])
    except (ValueError, KeyError, TypeError, SyntaxError) as exc:
        return f"the recorded answer cannot be read ({type(exc).__name__})"
    result = compare(answer, expected, mode=mode, **teacher_doc.get("options", {}))
    return "" if result.correct else f"decided again outside the kernel: {result.code}"


def enforce(course: Course, assignment: str, student: str, checks: dict[str, dict[str, list[dict]]]) -> list[Override]:
    """Take every check of one graded submission again; zero the cells the kernel passed wrongly."""
    overrides: list[Override] = []
    folder = course.root / "autograded" / student / assignment
    with Gradebook(course.db_url) as gb:
        for notebook, cells in checks.items():
            path = folder / f"{notebook}.ipynb"
            if not path.exists():
                continue
            graded = _test_cells(nbformat.read(path, as_version=4))
            for gid, expected in cells.items():
                if not expected or gid not in graded:
                    continue
                try:
                    grade = gb.find_grade(gid, notebook, assignment, student)
                except MissingEntry:
                    continue
                if not grade.auto_score:
                    continue  # the kernel already gave nothing: nothing to take away
                got = _records(graded[gid])
                reason = ""
                if len(got) != len(expected):
                    reason = f"{len(got)} of the {len(expected)} checks left a record (tests tampered with?)"
                else:
                    reason = next((why for s, t in zip(got, expected) if (why := _retake(s, t))), "")
                if reason:
                    grade.auto_score = 0.0
                    overrides.append(Override(gid, notebook, reason))
        if overrides:
            gb.db.commit()
    return overrides
