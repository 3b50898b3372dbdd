"""Decisions a student's kernel cannot forge: every hidden check is decided here, from data.

Anything that runs in the student's kernel can be replaced (sympy, numpy, our checker,
builtins, exceptions, output), and anything that is in it can be read. So:

1. once per assignment, the grader runs the teacher's source notebook (:func:`reference`) and
   learns, for every hidden check of every test cell, what it compares with: the teacher's
   answer, mode and options and the answers (and partial credit) of the anticipated mistakes;
   for a function, every input tried and the reference's output on it; for a design, the
   model and the specification. This stays with the grader;
2. the graded kernel never runs a hidden test: it runs the test cell's public part and captures
   the student's side of each hidden check (:mod:`curriculum.grading.blind`);
3. :func:`decide` takes each check here, with the same checker the kernel would have used.

A captured answer is only the student's claim about their own answer: nothing in the kernel
says what the right one is, so claiming another one gains nothing unless it is right.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

from ..check import TimeLimitExceeded, check_design, compare, time_limit
from ..check.compare import rule_mode
from ..check.design import spec_from_doc
from ..check.functions import verdict
from ..check.qualnames import resolve
from ..check.record import MIME, TEACHER_ENV, deserialize, not_recorded
from ..check.result import Code, Result
from ..i18n import _, pick
from .blind import HiddenCheck, PlanError, plan
from .kernels import GradingKernelManager

CACHE_VERSION = "2"
_LOADED: dict[Path, dict[str, list[dict]]] = {}  # the cache files this process has read (named by the source's hash)


def _records(cell: nbformat.NotebookNode) -> list[dict]:
    return [o["data"][MIME] for o in cell.get("outputs", [])
            if o.get("output_type") == "display_data" and isinstance(o.get("data", {}).get(MIME), dict)]


def test_cells(nb: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    """Grade id -> the autograded code cells that hold tests."""
    return {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells
            if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")
            and not c.metadata["nbgrader"].get("solution")}


# -- the teacher's run --------------------------------------------------------------------------

def _cache_path(root: Path, assignment: str, source: Path) -> Path:
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    return root / ".curriculum" / "reference" / f"{assignment}--{source.stem}--{digest}--v{CACHE_VERSION}.json"


def reference_for(root: Path | str, assignment: str, notebook: str, env: dict[str, str] | None = None) -> dict[str, list[dict]]:
    """Test cell -> the teacher's record of each of its hidden checks, in order (cached by the source's content)."""
    root = Path(root)
    source = root / "source" / assignment / f"{notebook}.ipynb"
    if not source.exists():
        raise FileNotFoundError(f"no teacher notebook {source}")
    cached = _cache_path(root, assignment, source)
    if cached in _LOADED:
        return _LOADED[cached]
    if cached.exists():
        _LOADED[cached] = json.loads(cached.read_text(encoding="utf-8"))
        return _LOADED[cached]
    nb = nbformat.read(source, as_version=4)
    with _environment({**(env or {}), "NBGRADER_EXECUTION": "autograde", TEACHER_ENV: "1"}):
        NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=True, kernel_manager_class=GradingKernelManager,
                       resources={"metadata": {"path": str(source.parent)}}).execute()
    checks: dict[str, list[dict]] = {}
    for gid, cell in test_cells(nb).items():
        cell_plan = plan(cell.source)
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if errors:
            raise PlanError(f"{source.name}, {gid}: the teacher's own solution fails this test "
                            f"({errors[0].get('ename')}: {errors[0].get('evalue')})")
        hidden = [doc for doc in _records(cell) if isinstance(doc.get("line"), int) and cell_plan.is_hidden(doc["line"])]
        if len(hidden) != len(cell_plan.checks):
            raise PlanError(f"{source.name}, {gid}: the hidden checks ran {len(hidden)} times, but the cell has "
                            f"{len(cell_plan.checks)} (each must run once)")
        for doc, check in zip(hidden, cell_plan.checks):
            if check.kind == "function":
                try:
                    for data in doc.get("inputs", []) + doc.get("expected", []):
                        if data.get("type") != "skipped":
                            deserialize(data)
                except (ValueError, KeyError, TypeError) as exc:
                    raise PlanError(f"{source.name}, {gid}, line {check.line}: the function's inputs or the reference's "
                                    f"outputs cannot be recorded as data ({exc})") from None
            if check.kind == "design" and _model(doc.get("options", {}).get("model", "")) is None:
                raise PlanError(f"{source.name}, {gid}, line {check.line}: the design's model must be a function of "
                                "the course package, which the grader can import")
        checks[gid] = hidden
    cached.parent.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(checks), encoding="utf-8")
    os.replace(tmp, cached)
    _LOADED[cached] = checks
    return checks


def reference(course: Any, assignment: str, env: dict[str, str] | None = None) -> dict[str, dict[str, list[dict]]]:
    """Notebook -> :func:`reference_for` of every teacher notebook of the assignment."""
    return {path.stem: reference_for(course.root, assignment, path.stem, env) for path in course.source_notebooks(assignment)}


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


# -- deciding ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Decision:
    """One hidden check decided here: the share of the cell's points it allows, and the checker's result."""

    share: float
    result: Result
    answer: dict | None = None
    """The captured answer (for reports), when there was one."""


def decide(check: HiddenCheck, teacher: dict, captured: dict | None, *, borrowed: str = "") -> Decision:
    """Decide one hidden check from the student's capture and the teacher's record, in the current language.

    ``borrowed`` says where the student's own code reaches for the labs' models
    (:func:`curriculum.grading.borrowing.reference_use`): a function item then earns nothing."""
    if check.kind == "function" and borrowed:
        name = teacher.get("options", {}).get("name", check.student)
        return Decision(0.0, Result(False, 0.0, Code.USES_REFERENCE, _(
            "{name} must be your own function, not one imported from the course package.", name=name) + f" ({borrowed})"))
    if check.kind == "part" and borrowed:
        return Decision(0.0, Result(False, 0.0, Code.USES_REFERENCE, _(
            "The part must be modelled by your own code, not taken from the course package.") + f" ({borrowed})"))
    if captured is None:
        return Decision(0.0, Result(False, 0.0, Code.NO_RECORD,
                                    _("This check left no record: the test cell did not run to the end.")))
    if "error" in captured:
        return Decision(0.0, Result(False, 0.0, Code.RUNTIME_ERROR, _("{what} could not be evaluated: {error}",
                                                                      what=check.student, error=captured["error"])))
    try:
        with not_recorded():
            if check.kind == "function":
                result = _function(teacher, captured)
            elif check.kind == "design":
                result = _design(teacher, captured)
            elif check.kind == "part":
                result = _part(teacher, captured)
            else:
                result = _answer(check, teacher, captured)
    except (ValueError, KeyError, TypeError, SyntaxError, AttributeError, RecursionError) as exc:
        result = Result(False, 0.0, Code.INVALID_INPUT, _("{what} could not be evaluated: {error}", what=check.student,
                                                          error=f"{type(exc).__name__}: {str(exc)[:120]}"))
    share = 1.0 if result.correct else (result.score if check.partial else 0.0)
    return Decision(share, result, captured.get("answer"))


def _answer(check: HiddenCheck, teacher: dict, captured: dict) -> Result:
    answer = deserialize(captured["answer"])
    expected = deserialize(teacher["teacher"])
    mode, options = teacher["mode"], teacher.get("options", {})
    result = compare(answer, expected, mode=mode, **options)
    if result.correct or result.code in (Code.INVALID_INPUT, Code.TIMEOUT):
        return result
    base_mode, plain = rule_mode(mode, options)
    for mistake in teacher.get("mistakes", []):
        if compare(answer, deserialize(mistake["answer"]), mode=base_mode, **plain).correct:
            return Result(False, float(mistake["score"]), mistake["code"], pick(mistake.get("message") or {"en": ""}),
                          {"rule": mistake["code"]})
    return result


class _RecordedError(Exception):
    """An error a student's function raised in the kernel, as recorded there (only its text came back)."""


def _function(teacher: dict, captured: dict) -> Result:
    options = teacher.get("options", {})
    name = options.get("name", "function")
    inputs, expected, outputs = teacher["inputs"], teacher["expected"], captured["outputs"]
    if len(outputs) != len(inputs):
        return Result(False, 0.0, Code.NO_RECORD, _("This check left no record: the test cell did not run to the end."))
    failures: list[tuple[tuple, Result]] = []
    for args_doc, want, got in zip(inputs, expected, outputs):
        if want.get("type") == "skipped":
            continue
        args = tuple(deserialize(args_doc))
        status = got.get("type") if got.get("type") in ("error", "timeout", "not-run") else "ok"
        if status == "error":
            ename, _sep, detail = str(got.get("error", "")).partition(": ")
            value: Any = type(ename if ename.isidentifier() else "Error", (_RecordedError,), {})(detail)
        else:
            value = deserialize(got) if status == "ok" else None
        problem = verdict(name, args, (status, value), deserialize(want), rtol=float(options.get("rtol", 1e-9)),
                          atol=float(options.get("atol", 0.0)), timeout=float(options.get("timeout", 1.0)),
                          reveal_expected=bool(options.get("reveal_expected", False)))
        if problem is not None:
            failures.append((args, problem))
    if failures:
        return min(failures, key=lambda f: (len(repr(f[0])), repr(f[0])))[1]
    return Result(True, 1.0, Code.EQUIVALENT, _("Correct: {name} gives the right result on every input tried.", name=name),
                  {"tried": len(inputs)})


def _design(teacher: dict, captured: dict) -> Result:
    model = _model(teacher.get("options", {}).get("model", ""))
    if model is None:
        raise PlanError("the design's model is not a function of the course package")
    design = deserialize(captured["answer"])
    try:
        with time_limit(10):
            evaluated = model(design)
    except Exception as exc:  # noqa: BLE001 - a design the model refuses earns nothing
        return Result(False, 0.0, Code.INVALID_INPUT, _("The design cannot be evaluated: {error}.",
                                                        error=f"{type(exc).__name__}: {exc}"))
    return check_design(evaluated, spec_from_doc(teacher["spec"]))


def _part(teacher: dict, captured: dict) -> Result:
    from ..check.part import decide_part

    student = deserialize(captured["answer"])
    reference = deserialize(teacher["teacher"]) if teacher.get("teacher") else None
    mates = [deserialize(doc) for doc in teacher.get("mates", [])]
    try:
        with time_limit(30):
            return decide_part(student, reference, mates, teacher.get("options", {}))
    except TimeLimitExceeded:
        return Result(False, 0.0, Code.TIMEOUT, _("The part could not be measured in time."))


def _model(path: str) -> Callable[..., Any] | None:
    """A model function of the installed package, by ``module:qualname`` (nothing outside the package is imported)."""
    if not path.startswith("curriculum."):
        return None
    try:
        obj = resolve(path)
    except (ImportError, AttributeError):
        return None
    return obj if callable(obj) else None
