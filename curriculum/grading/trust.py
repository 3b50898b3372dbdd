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
gains nothing unless it is right. What is decided again, from data only (no student code runs here):

* ``compare``: the recorded answer against the teacher's, with the teacher's options; a wrong
  answer keeps partial credit only if it is the answer one of the teacher's anticipated mistakes
  gives (recorded in the reference run);
* ``check_function``: the student's outputs on the test's explicit inputs against the reference's
  outputs on the same inputs (the inputs' digest must match); hypothesis's extra search runs
  only in the kernel, so it can take points away but never give them;
* ``check_design(..., model=...)``: the package's model, imported here, evaluated on the recorded
  design against the teacher's specification.

Plain ``assert`` lines leave no record; ``curriculum lint`` warns about test cells that make no
recorded check, since only the kernel decides them.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import nbformat
from nbclient import NotebookClient
from nbgrader.api import Gradebook, MissingEntry

from typing import Any

from ..check import check_design, compare, time_limit
from ..check.compare import rule_mode
from ..check.design import spec_from_doc
from ..check.functions import same_output
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


@dataclass(frozen=True)
class Retaken:
    """One check decided again here: the share of the cell's points it allows, and why not all."""

    score: float
    reason: str = ""


def _retake(student_doc: dict, teacher_doc: dict) -> Retaken:
    """Decide one recorded check again from data, with the teacher's options."""
    if not isinstance(student_doc, dict) or student_doc.get("mode") != teacher_doc.get("mode"):
        return Retaken(0.0, "the checks ran in another order than the teacher's tests")
    mode = teacher_doc["mode"]
    try:
        if mode == "function":
            return _retake_function(student_doc, teacher_doc)
        if mode == "design":
            return _retake_design(student_doc, teacher_doc)
        if mode not in RETAKEN_MODES or "teacher" not in teacher_doc:
            return Retaken(1.0)  # nothing to decide here (a fingerprint self-check): the kernel's verdict stands
        answer = deserialize(student_doc["answer"])
        expected = deserialize(teacher_doc["teacher"])
    except (ValueError, KeyError, TypeError, SyntaxError, AttributeError) as exc:
        return Retaken(0.0, f"the recorded answer cannot be read ({type(exc).__name__}: {str(exc)[:120]})")
    options = teacher_doc.get("options", {})
    result = compare(answer, expected, mode=mode, **options)
    if result.correct:
        return Retaken(1.0)
    base_mode, plain = rule_mode(mode, options)
    for mistake in teacher_doc.get("mistakes", []):
        try:
            buggy = deserialize(mistake["answer"])
        except (ValueError, KeyError, TypeError) as exc:  # the reference run's own data: should not happen
            raise RuntimeError(f"the reference run recorded an unreadable mistake: {exc}") from exc
        if compare(answer, buggy, mode=base_mode, **plain).correct:
            return Retaken(float(mistake["score"]), f"decided again outside the kernel: {mistake['code']}")
    return Retaken(0.0, f"decided again outside the kernel: {result.code}")


def _retake_function(student_doc: dict, teacher_doc: dict) -> Retaken:
    """The student's recorded outputs on the teacher's inputs against the reference's outputs."""
    if "expected" not in teacher_doc:
        return Retaken(1.0)
    if student_doc.get("inputs") != teacher_doc.get("inputs") or \
            len(student_doc.get("outputs", [])) != len(teacher_doc["expected"]):
        return Retaken(0.0, "the function was checked on other inputs than the teacher's tests")
    options = teacher_doc.get("options", {})
    rtol, atol = float(options.get("rtol", 1e-9)), float(options.get("atol", 0.0))
    for i, (got, expected) in enumerate(zip(student_doc["outputs"], teacher_doc["expected"])):
        if expected.get("type") == "skipped":
            continue
        if got.get("type") in ("error", "timeout", "not-run", "skipped", "unreadable", "function"):
            return Retaken(0.0, f"decided again outside the kernel: input #{i + 1} gave no result ({got.get('type')})")
        if not same_output(deserialize(got), deserialize(expected), rtol, atol):
            return Retaken(0.0, f"decided again outside the kernel: wrong output for input #{i + 1}")
    return Retaken(1.0)


def _retake_design(student_doc: dict, teacher_doc: dict) -> Retaken:
    """The package's model evaluated here on the student's recorded design, against the teacher's specification."""
    model = _model(teacher_doc.get("options", {}).get("model", ""))
    if model is None or "spec" not in teacher_doc:
        return Retaken(1.0)  # a model written in the notebook: only the kernel can evaluate it
    design = deserialize(student_doc["answer"])
    try:
        with time_limit(10):
            evaluated = model(design)
    except Exception as exc:  # noqa: BLE001 - a design the model refuses earns nothing
        return Retaken(0.0, f"decided again outside the kernel: the model cannot evaluate the design ({type(exc).__name__})")
    result = check_design(evaluated, spec_from_doc(teacher_doc["spec"]))
    return Retaken(1.0) if result.correct else Retaken(result.score, f"decided again outside the kernel: {result.code}")


def _model(path: str) -> Callable[..., Any] | None:
    """A model function of the installed package, by ``module:qualname`` (nothing outside the package is imported)."""
    module_name, _, qualname = path.partition(":")
    if not module_name.startswith("curriculum.") or not qualname:
        return None
    try:
        obj: Any = importlib.import_module(module_name)
        for part in qualname.split("."):
            obj = getattr(obj, part)
    except (ImportError, AttributeError):
        return None
    return obj if callable(obj) else None


def enforce(course: Course, assignment: str, student: str, checks: dict[str, dict[str, list[dict]]]) -> list[Override]:
    """Take every check of one graded submission again; lower the cells the kernel scored higher than the data allows.

    A cell keeps at most ``min(share allowed by each of its checks) * its points``: a right
    answer keeps the kernel's score, a recognised mistake keeps at most its partial credit,
    anything else gets nothing.
    """
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
                if len(got) != len(expected):
                    share, reason = 0.0, f"{len(got)} of the {len(expected)} checks left a record (tests tampered with?)"
                else:
                    retaken = [_retake(s, t) for s, t in zip(got, expected)]
                    worst = min(retaken, key=lambda r: r.score)
                    share, reason = worst.score, worst.reason
                allowed = round(share * float(grade.max_score or 0), 6)
                if grade.auto_score > allowed + 1e-9:
                    grade.auto_score = allowed
                    overrides.append(Override(gid, notebook, reason or "decided again outside the kernel"))
        if overrides:
            gb.db.commit()
    return overrides
