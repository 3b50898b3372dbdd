"""Modes ``numeric`` (a value within a tolerance) and ``sigfigs`` (a value written with the right figures)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pint
import sympy

from ..i18n import _
from ..numbers import NumberFormatError, NumberText, read_number
from ..units import ureg
from .parse import ParseError, parse_math
from .result import Code, Result, correct, wrong


def as_number(value: Any, options: Mapping[str, Any]) -> float:
    """A number from text (``3,5``, ``1/3``, ``2*pi``), a dimensionless quantity or a Python/sympy number."""
    if isinstance(value, str):
        try:
            return read_number(value, options.get("lang")).value
        except NumberFormatError:
            number = parse_math(value, lang=options.get("lang"))  # 1/3, sqrt(2), 2*pi
            if not isinstance(number, sympy.Expr) or number.free_symbols:
                raise
            return float(number.evalf())
    if isinstance(value, pint.Quantity):
        if value.dimensionless:  # a ratio of two lengths is a plain number
            return float(value.to(ureg.dimensionless).magnitude)
        raise ParseError(str(value), _("a quantity with units where a pure number is expected"))
    try:
        return float(value)
    except (TypeError, ValueError):
        try:
            return float(sympy.sympify(value).evalf())
        except (TypeError, ValueError, sympy.SympifyError) as exc:
            raise ParseError(repr(value)[:80], _("a {kind} is not a number", kind=type(value).__name__)) from exc


def numeric(student: Any, teacher: Any, rtol: float = 1e-2, atol: float = 0.0, **options: Any) -> Result:
    """Mode ``numeric``."""
    s, t = as_number(student, options), as_number(teacher, options)
    if not math.isfinite(s):
        return wrong(Code.NOT_CLOSE, _("Your answer is not a finite number."))
    if abs(s - t) <= atol + rtol * abs(t):
        return correct({"rel_error": abs(s - t) / abs(t) if t else None})
    if t != 0 and abs(s + t) <= atol + rtol * abs(t):
        return wrong(Code.WRONG_SIGN, _("Check the sign of your answer."))
    return wrong(Code.NOT_CLOSE, _("Not close enough to the correct value."), {"rel_error": abs(s - t) / abs(t) if t else None})


def round_sig(value: float, figures: int) -> float:
    if value == 0:
        return 0.0
    return round(value, figures - 1 - math.floor(math.log10(abs(value))))


def figures_ok(number: NumberText, wanted: Any) -> bool:
    low, high = (wanted, wanted) if isinstance(wanted, int) else tuple(wanted)
    return number.sigfigs <= high and number.sigfigs_max >= low


def sigfigs(student: Any, teacher: Any, sigfigs: Any = 3, **options: Any) -> Result:
    """Mode ``sigfigs``."""
    if not isinstance(student, str):
        raise ParseError(repr(student)[:80], _("write the number as text, for example \"3.50\", so that its figures count"))
    number = read_number(student, options.get("lang"))
    t = as_number(teacher, {**options, "lang": "en"})
    if not math.isclose(number.value, round_sig(t, number.sigfigs), rel_tol=1e-9, abs_tol=1e-300):
        return wrong(Code.NOT_CLOSE, _("Not close enough to the correct value."))
    if not figures_ok(number, sigfigs):
        wanted = sigfigs if isinstance(sigfigs, int) else f"{sigfigs[0]}-{sigfigs[1]}"
        return wrong(Code.WRONG_SIGFIGS, _("The value is right, but write it with {n} significant figures.", n=wanted),
                     {"written": number.sigfigs})
    return correct({"sigfigs": number.sigfigs})
