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

import functools
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nbformat
from nbclient import NotebookClient

from ..check import TimeLimitExceeded, check_design, compare, time_limit
from ..check.compare import rule_mode
from ..check.design import design_refused, spec_from_doc
from ..check.functions import verdict
from ..check.qualnames import resolve
from ..check.fingerprint import variant_key
from ..check.record import MIME, TEACHER_ENV, deserialize, not_recorded
from ..check.result import Code, Result
from ..i18n import _, pick
from ..paths import throwaway_copy
from ..variants.deck import Deck, ParameterSet, parameters_cell
from ..variants.draw import ENV as VARIANT_ENV
from .blind import HiddenCheck, PlanError, plan
from .kernels import GradingKernelManager

CACHE_VERSION = "3"
_LOADED: dict[Path, ReferenceRun] = {}  # the cache files this process has read (named by the source's hash and the parameter set)


@dataclass(frozen=True)
class ReferenceRun:
    """What the grader learned from one run of a teacher's notebook (for one parameter set, when it has variants)."""

    checks: dict[str, list[dict]]
    """Test cell -> the teacher's record of each of its hidden checks, in order."""
    fingerprints: dict[str, list[str]] = field(default_factory=dict)
    """Test cell -> the token of each ``fingerprint(...)`` its public part makes, in order (the release's self-checks)."""
    self_checks: dict[str, list[dict]] = field(default_factory=dict)
    """Test cell -> how the teacher's own answers fared in each public ``self_check``."""

    def doc(self) -> dict[str, Any]:
        return {"checks": self.checks, "fingerprints": self.fingerprints, "self_checks": self.self_checks}

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> ReferenceRun:
        return cls(doc["checks"], doc.get("fingerprints", {}), doc.get("self_checks", {}))


def _records(cell: nbformat.NotebookNode) -> list[dict]:
    return [o["data"][MIME] for o in cell.get("outputs", [])
            if o.get("output_type") == "display_data" and isinstance(o.get("data", {}).get(MIME), dict)]


def test_cells(nb: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    """Grade id -> the autograded code cells that hold tests."""
    return {c.metadata["nbgrader"]["grade_id"]: c for c in nb.cells
            if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")
            and not c.metadata["nbgrader"].get("solution")}


# -- the teacher's run --------------------------------------------------------------------------

def cache_folder(root: Path) -> Path:
    """Where a course keeps the teacher's reference runs (never visible to a graded kernel: it is in the course folder)."""
    return root / ".curriculum" / "reference"


@functools.lru_cache(maxsize=1)
def engine_digest() -> str:
    """A digest of the package's own code (its ``.py`` files): what a teacher's run records depends on it (the
    checker's records, the labs' models), so a reference run made by another version of the package is made again."""
    package = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        h.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:12]


def _cache_path(root: Path, assignment: str, source: Path, parameters: ParameterSet | None) -> Path:
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    tag = "" if parameters is None else f"--{variant_key(parameters.seed)}"
    return cache_folder(root) / f"{assignment}--{source.stem}--{digest}{tag}--v{CACHE_VERSION}-{engine_digest()}.json"


def reference_run(root: Path | str, assignment: str, notebook: str, env: dict[str, str] | None = None,
                  parameters: ParameterSet | None = None) -> ReferenceRun:
    """The teacher's notebook run once (for ``parameters``, when it has variants) and what it recorded; cached by the
    source's content and the parameter set."""
    root = Path(root)
    source = root / "source" / assignment / f"{notebook}.ipynb"
    if not source.exists():
        raise FileNotFoundError(f"no teacher notebook {source}")
    cached = _cache_path(root, assignment, source, parameters)
    if cached in _LOADED:
        return _LOADED[cached]
    if cached.exists():
        _LOADED[cached] = ReferenceRun.from_doc(json.loads(cached.read_text(encoding="utf-8")))
        return _LOADED[cached]
    nb = nbformat.read(source, as_version=4)
    chosen = parameters.environment() if parameters is not None else ""
    with (_environment({**(env or {}), "NBGRADER_EXECUTION": "autograde", TEACHER_ENV: "1", VARIANT_ENV: chosen}),
          throwaway_copy(source.parent) as folder):  # what the solution writes stays out of source/
        NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=True, kernel_manager_class=GradingKernelManager,
                       resources={"metadata": {"path": str(folder)}}).execute()
    which = "" if parameters is None else f" ({parameters.label()})"
    checks: dict[str, list[dict]] = {}
    fingerprints: dict[str, list[str]] = {}
    self_checks: dict[str, list[dict]] = {}
    index = parameters_cell(nb)
    errors = [o for o in nb.cells[index].get("outputs", []) if o.get("output_type") == "error"] if index is not None else []
    if errors:
        raise PlanError(f"{source.name}, the parameters cell{which}: {errors[0].get('ename')}: {errors[0].get('evalue')}")
    for gid, cell in test_cells(nb).items():
        cell_plan = plan(cell.source)
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        if errors:
            raise PlanError(f"{source.name}, {gid}{which}: the teacher's own solution fails this test "
                            f"({errors[0].get('ename')}: {errors[0].get('evalue')})")
        records = _records(cell)
        fingerprints[gid] = [doc["fingerprint"] for doc in records if "fingerprint" in doc]
        self_checks[gid] = [doc for doc in records if "self_check" in doc]
        hidden = [doc for doc in records if "mode" in doc and isinstance(doc.get("line"), int)
                  and cell_plan.is_hidden(doc["line"])]
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
            if check.kind == "query" and (not doc.get("options", {}).get("databases") or any(
                    _model(path) is None for path in doc["options"]["databases"])):
                raise PlanError(f"{source.name}, {gid}, line {check.line}: a query's databases must be functions of "
                                "the course package, which the grader can import")
            if check.kind == "design" and _model(doc.get("options", {}).get("model", "")) is None:
                raise PlanError(f"{source.name}, {gid}, line {check.line}: the design's model must be a function of "
                                "the course package, which the grader can import")
        checks[gid] = hidden
    run = ReferenceRun(checks, fingerprints, self_checks)
    cached.parent.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(run.doc()), encoding="utf-8")
    os.replace(tmp, cached)
    _LOADED[cached] = run
    return run


def is_cached(root: Path | str, assignment: str, notebook: str, parameters: ParameterSet | None = None) -> bool:
    """Whether :func:`reference_run` would answer from its cache."""
    source = Path(root) / "source" / assignment / f"{notebook}.ipynb"
    cached = _cache_path(Path(root), assignment, source, parameters)
    return cached in _LOADED or cached.exists()


def reference_for(root: Path | str, assignment: str, notebook: str, env: dict[str, str] | None = None,
                  parameters: ParameterSet | None = None) -> dict[str, list[dict]]:
    """Test cell -> the teacher's record of each of its hidden checks, in order (see :func:`reference_run`)."""
    return reference_run(root, assignment, notebook, env, parameters).checks


def reference(course: Any, assignment: str, env: dict[str, str] | None = None) -> dict[str, dict[str, list[dict]]]:
    """Notebook -> :func:`reference_for` of every teacher notebook of the assignment, and of every parameter set of the
    class's deck when it has variants (the grader decides each student's checks on their own set, and looks at the
    others for answers that belong to another set)."""
    out = {}
    for path in course.source_notebooks(assignment):
        deck = notebook_deck(course.root, assignment, path)
        for parameters in (deck.sets if deck is not None else ()):
            reference_for(course.root, assignment, path.stem, env, parameters)
        out[path.stem] = reference_for(course.root, assignment, path.stem, env, deck.example if deck is not None else None)
    return out


def notebook_deck(root: Path | str, assignment: str, source: Path) -> Deck | None:
    """The class's deck of a teacher notebook (None when it has no parameters cell)."""
    from ..variants.settings import course_deck, course_id_of

    nb = nbformat.read(source, as_version=4)
    return course_deck(root, course_id_of(root), assignment, source.stem, nb)


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
    other_set: int | None = None
    """With variants: the parameter set of the class (0: the example) whose right answer this is, when it is not the
    student's own (the answer-sharing signal)."""


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
            elif check.kind == "query":
                result = _query(teacher, captured)
            else:
                result = _answer(check, teacher, captured)
    except (ValueError, KeyError, TypeError, SyntaxError, AttributeError, RecursionError) as exc:
        result = Result(False, 0.0, Code.INVALID_INPUT, _("{what} could not be evaluated: {error}", what=check.student,
                                                          error=f"{type(exc).__name__}: {str(exc)[:120]}"))
    share = 1.0 if result.correct else (result.score if check.partial else 0.0)
    return Decision(share, result, captured.get("answer"))


def other_set(check: HiddenCheck, decision: Decision, captured: dict | None, own: dict, others: dict[int, dict]) -> Decision:
    """A decision that earned nothing, looked at again: is the answer right for another parameter set of the class?

    ``own`` is the teacher's record of the check for the student's set, ``others`` the records of the same check for
    every other set (by number; 0, the example, is tried last). The first set the answer is right for is named; the
    decision still earns nothing, but says why. An answer the teacher anticipated as a mistake keeps its message. A function is compared only with sets whose run tried it on the
    same inputs."""
    if (decision.share > 0 or captured is None or "error" in captured or decision.result.code == Code.USES_REFERENCE
            or decision.result.details.get("rule")):
        return decision  # an anticipated mistake says more than a coincidence with another set's answer
    for number, teacher in sorted(others.items(), key=lambda item: (item[0] == 0, item[0])):
        if check.kind == "function" and teacher.get("inputs") != own.get("inputs"):
            continue
        try:
            with not_recorded():
                if check.kind == "function":
                    right = _function(teacher, captured).correct
                elif check.kind == "design":
                    right = _design(teacher, captured).correct
                elif check.kind == "part":
                    right = _part(teacher, captured).correct
                elif check.kind == "query":
                    right = _query(teacher, captured).correct
                else:
                    right = compare(deserialize(captured["answer"]), deserialize(teacher["teacher"]), mode=teacher["mode"],
                                    **teacher.get("options", {})).correct
        except (ValueError, KeyError, TypeError, SyntaxError, AttributeError, RecursionError, PlanError):
            continue
        if right:
            message = _("This is the right answer for other numbers than yours. Use the numbers of your own tasks.")
            return Decision(0.0, Result(False, 0.0, Code.OTHER_VARIANT, message, {"set": number}), decision.answer, number)
    return decision


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
        if problem is not None and status != "not-run":  # not run: only because an earlier call ran out of time
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
        return design_refused(exc)
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


def _query(teacher: dict, captured: dict) -> Result:
    """A captured query, run by the grader on the databases the teacher's record names (rebuilt from the package)."""
    from ..check.query import decide_recorded

    student = deserialize(captured["answer"])
    expected = deserialize(teacher["teacher"]) if teacher.get("teacher") is not None else None
    return decide_recorded(student, expected, teacher.get("options", {}))


def _model(path: str) -> Callable[..., Any] | None:
    """A model function of the installed package, by ``module:qualname`` (nothing outside the package is imported)."""
    if not path.startswith("curriculum."):
        return None
    try:
        obj = resolve(path)
    except (ImportError, AttributeError):
        return None
    return obj if callable(obj) else None
