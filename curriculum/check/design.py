"""Design tasks: does a design meet its specification?

A lab poses the task, its Check button calls :func:`check_design`, and the hidden test
calls it again on the design the student wrote in code, with the same model::

    SPEC = Spec((Requirement("total", "<=", 40, "m", {"kk": ..., "ru": ..., "en": ...}),), ...)
    require(check_design(design, SPEC, model=braking.design_result))

Given the ``model``, the check records the design as data while nbgrader executes the
notebook, and the grader evaluates the same model (from the installed package) on it
outside the student's kernel: changing the model in the kernel gains nothing.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..i18n import _, pick
from ..numbers import format_number
from ..units import unit_text
from .qualnames import qualified_name
from .result import Code, Result

_OPS = {"<=": operator.le, ">=": operator.ge, "<": operator.lt, ">": operator.gt}
_SHOWN = {"<=": "≤", ">=": "≥", "<": "<", ">": ">", "==": "="}


def shown_value(value: float) -> str:
    """A value of a requirement as the course language writes it: a whole number as it is (a count of spots reads
    ``5``, not ``5.00``), any other to three significant figures."""
    if math.isfinite(value) and float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return format_number(value, 3)


def _shown_apart(value: float, limit: float) -> str:
    """A value that misses a requirement, written with as many more figures as it takes not to read as the limit
    (1.2544 kg against at most 1.25 kg shows as 1.254, not 1.25)."""
    if not math.isfinite(value) or value == limit:
        return shown_value(value)
    digits = 3
    while float(f"{value:.{digits}g}") == limit and digits < 12:
        digits += 1
    return shown_value(value) if digits == 3 else format_number(value, digits)


@dataclass(frozen=True)
class Requirement:
    """``result[key] op limit``, for instance the stopping distance ``total <= 40`` (metres)."""

    key: str
    op: str
    limit: float
    unit: str | Mapping[str, str] = ""
    """The unit as shown: ``{"kk": "м", "ru": "м", "en": "m"}``, or one symbol as pint writes it (``"m/s"``), which a
    Kazakh or Russian course shows in Cyrillic (:func:`curriculum.units.unit_text`)."""
    label: Mapping[str, str] = field(default_factory=dict)
    rtol: float = 0.01
    """Only for ``==``: how close counts as equal."""

    def __post_init__(self) -> None:
        if self.op not in (*_OPS, "=="):
            raise ValueError(f"unknown comparison {self.op!r}: use one of <=, >=, <, >, ==")

    def met_by(self, value: float) -> bool:
        if self.op == "==":
            return math.isclose(value, self.limit, rel_tol=self.rtol)
        return bool(_OPS[self.op](value, self.limit))

    def unit_text(self) -> str:
        return pick(self.unit) if isinstance(self.unit, Mapping) else unit_text(self.unit)

    def describe(self) -> str:
        label = pick(self.label) if self.label else self.key
        return f"{label} {_SHOWN[self.op]} {shown_value(self.limit)} {self.unit_text()}".strip()


@dataclass(frozen=True)
class Spec:
    """A design specification: every requirement must hold."""

    requirements: tuple[Requirement, ...]
    title: Mapping[str, str] = field(default_factory=dict)

    def describe(self) -> list[str]:
        return [r.describe() for r in self.requirements]


def design_refused(exc: Exception) -> Result:
    """A design the lab's model refuses, in the course language: a lab says why in its own words (a ``ValueError``
    whose text is already translated), a missing key is named, and anything else names the Python error."""
    if isinstance(exc, KeyError) and exc.args:
        text = _("The design cannot be evaluated: {key} is missing.", key=exc.args[0])
    elif isinstance(exc, ValueError) and str(exc):
        text = _("The design cannot be evaluated: {error}.", error=str(exc).rstrip("."))
    else:
        text = _("The design cannot be evaluated: {error}.", error=f"{type(exc).__name__}: {exc}")
    return Result(False, 0.0, Code.INVALID_INPUT, text)


def check_design(result: Mapping[str, Any], spec: Spec, *, model: Callable[[Any], Mapping[str, Any]] | None = None) -> Result:
    """Which requirements the model's result meets; the message names each one that is missed, with its value.

    With ``model``, the first argument is the design itself and ``model(design)`` gives the result
    (the form hidden tests use: the design is recorded and the grader decides again).
    """
    if model is None:
        return _check_result(result, spec)
    design = result
    try:
        evaluated = model(design)
    except Exception as exc:  # noqa: BLE001 - a design the model cannot evaluate is the student's mistake
        outcome = design_refused(exc)
    else:
        outcome = _check_result(evaluated, spec)
    from .record import record_answer

    record_answer(None, dict(design) if isinstance(design, Mapping) else design, mode="design",
                  options={"model": qualified_name(model)}, result=outcome,
                  teacher_extra=lambda: {"spec": spec_doc(spec)})
    return outcome


def spec_doc(spec: Spec) -> list[dict[str, Any]]:
    """The requirements as data: what the grader needs to decide, and the labels and units its message names them by."""
    doc = []
    for r in spec.requirements:
        entry: dict[str, Any] = {"key": r.key, "op": r.op, "limit": r.limit, "rtol": r.rtol}
        if r.unit:
            entry["unit"] = dict(r.unit) if isinstance(r.unit, Mapping) else r.unit
        if r.label:
            entry["label"] = dict(r.label)
        doc.append(entry)
    return doc


def spec_from_doc(doc: list[dict[str, Any]]) -> Spec:
    """The specification :func:`spec_doc` recorded (a record without labels, from before they were kept, still reads)."""
    return Spec(tuple(Requirement(d["key"], d["op"], float(d["limit"]), d.get("unit", ""), d.get("label", {}),
                                  rtol=float(d.get("rtol", 0.01))) for d in doc))


def _check_result(result: Mapping[str, Any], spec: Spec) -> Result:
    missed, values = [], {}
    for req in spec.requirements:
        try:
            value = float(result[req.key])
        except (KeyError, TypeError, ValueError):
            return Result(False, 0.0, Code.INVALID_INPUT, _("The design cannot be evaluated: {key} is missing.", key=req.key))
        values[req.key] = value
        if not (math.isfinite(value) and req.met_by(value)):
            label = pick(req.label) if req.label else req.key
            shown = f"{_shown_apart(value, req.limit)} {req.unit_text()}".strip()
            missed.append(_("{label} is {value}; the specification needs {requirement}.", label=label,
                            value=shown, requirement=req.describe()))
    met = len(spec.requirements) - len(missed)
    if not missed:
        return Result(True, 1.0, Code.MEETS_SPEC, _("The design meets every requirement."), values)
    return Result(False, met / len(spec.requirements), Code.MISSES_SPEC, " ".join(missed), values)
