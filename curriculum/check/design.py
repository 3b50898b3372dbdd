"""Design tasks: does a design meet its specification?

A lab poses the task, its Check button calls :func:`check_design`, and the hidden test
calls it again on the design the student wrote in code, with the same model::

    SPEC = Spec((Requirement("total", "<=", 40, "m", {"kk": ..., "ru": ..., "en": ...}),), ...)
    require(check_design(braking.breakdown(**design), SPEC))
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..i18n import _, pick
from ..numbers import format_number
from .result import Code, Result

_OPS = {"<=": operator.le, ">=": operator.ge, "<": operator.lt, ">": operator.gt}
_SHOWN = {"<=": "≤", ">=": "≥", "<": "<", ">": ">", "==": "="}


@dataclass(frozen=True)
class Requirement:
    """``result[key] op limit``, for instance the stopping distance ``total <= 40`` (metres)."""

    key: str
    op: str
    limit: float
    unit: str | Mapping[str, str] = ""
    """The unit as shown: one symbol, or ``{"kk": "м", "ru": "м", "en": "m"}``."""
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
        return pick(self.unit) if isinstance(self.unit, Mapping) else self.unit

    def describe(self) -> str:
        label = pick(self.label) if self.label else self.key
        return f"{label} {_SHOWN[self.op]} {format_number(self.limit, 3)} {self.unit_text()}".strip()


@dataclass(frozen=True)
class Spec:
    """A design specification: every requirement must hold."""

    requirements: tuple[Requirement, ...]
    title: Mapping[str, str] = field(default_factory=dict)

    def describe(self) -> list[str]:
        return [r.describe() for r in self.requirements]


def check_design(result: Mapping[str, Any], spec: Spec) -> Result:
    """Which requirements the model's result meets; the message names each one that is missed, with its value."""
    missed, values = [], {}
    for req in spec.requirements:
        try:
            value = float(result[req.key])
        except (KeyError, TypeError, ValueError):
            return Result(False, 0.0, Code.INVALID_INPUT, _("The design cannot be evaluated: {key} is missing.", key=req.key))
        values[req.key] = value
        if not (math.isfinite(value) and req.met_by(value)):
            label = pick(req.label) if req.label else req.key
            shown = f"{format_number(value, 3)} {req.unit_text()}".strip()
            missed.append(_("{label} is {value}; the specification needs {requirement}.", label=label,
                            value=shown, requirement=req.describe()))
    met = len(spec.requirements) - len(missed)
    if not missed:
        return Result(True, 1.0, Code.MEETS_SPEC, _("The design meets every requirement."), values)
    return Result(False, met / len(spec.requirements), Code.MISSES_SPEC, " ".join(missed), values)
