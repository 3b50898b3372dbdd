"""Common mistakes as data.

An author attaches rules to a question; when the answer is wrong, each rule turns the
teacher's answer into the answer a particular mistake would give, and if the student's
answer matches it, the result carries the rule's code (counted in teacher reports), its
message and its partial credit::

    compare(s_wet, "88.71 m", mode="units", rules=[
        rules.unit_not_converted("km/h", "m/s", score=0.5),
        rules.forgot_factor("1/2"),
        rules.wrong_answer("62.3 m", code="dry-road-mu", message={"kk": ..., "ru": ..., "en": ...}),
    ])
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import pint
import sympy

from ..i18n import _, pick
from ..units import Q_, unit_text, ureg


@dataclass(frozen=True)
class Rule:
    """One anticipated mistake: how it changes the right answer, its code, message and partial credit."""

    code: str
    buggy: Callable[[Any], Any]
    """Teacher's (parsed) answer -> the answer this mistake produces."""
    message: Mapping[str, str] | Callable[[], str]
    score: float = 0.0

    def text(self) -> str:
        return self.message() if callable(self.message) else pick(self.message)

    def __repr__(self) -> str:  # readable in teacher reports
        return f"Rule({self.code!r}, score={self.score})"


def _check_score(score: float) -> float:
    if not 0.0 <= score < 1.0:
        raise ValueError("a mistake's partial credit must be at least 0 and below 1")
    return float(score)


def wrong_answer(answer: Any, *, code: str, message: Mapping[str, str], score: float = 0.0) -> Rule:
    """A specific wrong answer (written like the teacher's) that a known mistake gives."""
    return Rule(code, lambda _teacher: answer, message, _check_score(score))


def sign_flipped(*, score: float = 0.0, message: Mapping[str, str] | None = None) -> Rule:
    return Rule("sign-flipped", lambda t: -t, message or (lambda: _("Check the sign of your answer.")), _check_score(score))


def forgot_factor(factor: Any, *, code: str | None = None, score: float = 0.0,
                  message: Mapping[str, str] | None = None) -> Rule:
    """The student left out a factor of the right answer (``forgot_factor("1/2")``: answered twice the value)."""
    f = sympy.sympify(factor) if isinstance(factor, str) else factor
    text = str(factor)
    return Rule(code or f"forgot-factor-{text}", lambda t: t / f,
                message or (lambda: _("A factor {factor} is missing from your answer.", factor=text)), _check_score(score))


def unit_not_converted(written_in: str, expected_in: str | None = None, *, score: float = 0.0,
                       message: Mapping[str, str] | None = None) -> Rule:
    """The number was computed in ``written_in`` (say km/h) but labelled with the unit the answer needs."""

    def buggy(t: Any) -> Any:
        if not isinstance(t, pint.Quantity):
            raise TypeError("unit_not_converted needs an answer with units")
        label = ureg.parse_units(expected_in) if expected_in else t.units
        return Q_(t.to(written_in).magnitude, label)

    return Rule(f"unit-not-converted-{written_in}", buggy,
                message or (lambda: _("The value is right in {unit}: convert it before you write the unit.",
                                     unit=unit_text(written_in))),
                _check_score(score))


def degrees_for_radians(*, score: float = 0.0, message: Mapping[str, str] | None = None) -> Rule:
    """An angle answered in degrees where radians were asked (or the trig was evaluated in the wrong mode)."""
    return Rule("degrees-radians", lambda t: t * 180 / math.pi if not isinstance(t, sympy.Basic) else t * 180 / sympy.pi,
                message or (lambda: _("Your answer looks like degrees; this answer is in radians.")), _check_score(score))


def off_by_one(*, score: float = 0.0, message: Mapping[str, str] | None = None) -> list[Rule]:
    """A count one too many or one too few (fence posts, ``range`` ends)."""
    msg = message or (lambda: _("Your answer is off by one: check where the count starts and ends."))
    return [Rule("off-by-one", lambda t: t + 1, msg, _check_score(score)),
            Rule("off-by-one", lambda t: t - 1, msg, _check_score(score))]


def flatten(rules: Any) -> list[Rule]:
    out: list[Rule] = []
    for r in rules or ():
        out.extend(r if isinstance(r, list) else [r])
    return out
