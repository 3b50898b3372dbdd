"""Modes ``numeric`` (a value, a list or a set of values within a tolerance) and ``sigfigs`` (a number written
with the right significant figures or decimal places, and right to the accuracy asked).

Values are compared exactly as decimals, not as binary floats: typed text keeps its digits, the teacher's
number its shortest decimal, so ``1.05`` against ``1`` is within ``rtol=0.05`` and ``3.14`` is not within
``atol=0.001`` of pi.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

import pint
import sympy

from ..i18n import _, ngettext
from ..numbers import NumberFormatError, NumberText, read_number
from ..units import ureg
from .answers import AuthorError, exact_decimals
from .parse import ParseError, parse_math
from .result import Code, Result, correct, wrong

_DIGITS = 40


def exact_number(value: Any, options: Mapping[str, Any]) -> sympy.Expr:
    """A number as sympy keeps it exactly: typed ``0.1`` is 1/10, ``1/3`` and ``pi`` stay exact, a float is its
    shortest decimal.  Raises ParseError for what is not one real number (``x = 1.5``, ``2i``, ``1/0``)."""
    if isinstance(value, str):
        if options.get("percent") and value.strip().endswith("%") and value.count("%") == 1:
            return exact_number(value.strip()[:-1], options) / 100  # 2% is 0.02 where the author allows it
        try:
            return sympy.Rational(str(read_number(value, options.get("lang")).decimal))
        except NumberFormatError:
            number = exact_decimals(parse_math(value, lang=options.get("lang")))  # 1/3, sqrt(2), 2*pi, 1.41*10^-3
    elif isinstance(value, pint.Quantity):
        if not value.dimensionless:
            raise ParseError(str(value), _("a quantity with units where a pure number is expected"))
        return exact_number(value.to(ureg.dimensionless).magnitude, options)
    elif isinstance(value, bool):
        raise ParseError(repr(value), _("a {kind} is not a number", kind="bool"))
    elif isinstance(value, int):
        return sympy.Integer(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            return sympy.oo if value > 0 else -sympy.oo if value < 0 else sympy.nan
        return sympy.Rational(repr(float(value)))  # float(): numpy 2 writes a float64 as 'np.float64(...)'
    else:
        try:
            number = sympy.sympify(value, strict=True)
        except (sympy.SympifyError, TypeError, ValueError, AttributeError) as exc:
            raise ParseError(repr(value)[:80], _("a {kind} is not a number", kind=type(value).__name__)) from exc
    if not isinstance(number, sympy.Expr) or number.free_symbols or not number.is_number:
        raise ParseError(str(value)[:80], _("this is not a number"))
    if number.has(sympy.Float):
        number = exact_decimals(number)
    if number.is_real is False or (number.is_real is None and abs(sympy.im(number.evalf(_DIGITS))) > 1e-30):
        raise ParseError(str(value)[:80], _("a complex number where a real number is expected"))
    return number


def as_number(value: Any, options: Mapping[str, Any]) -> float:
    """A number from text (``3,5``, ``1/3``, ``2*pi``), a dimensionless quantity or a Python/sympy number."""
    return float(exact_number(value, options).evalf(_DIGITS))


def _teacher_number(value: Any, options: Mapping[str, Any]) -> sympy.Expr:
    try:
        return exact_number(value, {**options, "lang": "en"})
    except (ParseError, NumberFormatError) as exc:
        raise AuthorError(f"the teacher's answer {value!r} is not a number: {exc}") from None


def _tolerance(value: Any, name: str) -> sympy.Rational:
    try:
        tol = sympy.Rational(repr(float(value))) if not isinstance(value, str) else sympy.Rational(value)
    except (TypeError, ValueError, ZeroDivisionError, ArithmeticError, sympy.SympifyError) as exc:
        raise AuthorError(f"{name}={value!r} is not a number") from exc
    if not tol.is_finite:
        raise AuthorError(f"{name}={value!r} is not a number")
    if tol < 0:
        raise AuthorError(f"{name}={value!r} is negative")
    return tol


def tolerances(options: Mapping[str, Any], default_rtol: float = 1e-2) -> tuple[sympy.Rational, sympy.Rational]:
    """``rtol`` and ``atol`` exactly as the author gave them: the default relative tolerance applies only when
    neither is given."""
    rtol, atol = options.get("rtol"), options.get("atol")
    if rtol is None and atol is None:
        return _tolerance(default_rtol, "rtol"), sympy.Integer(0)
    return (_tolerance(rtol, "rtol") if rtol is not None else sympy.Integer(0),
            _tolerance(atol, "atol") if atol is not None else sympy.Integer(0))


def within(s: sympy.Expr, t: sympy.Expr, rtol: sympy.Expr, atol: sympy.Expr) -> bool:
    """``|s - t| <= atol + rtol*|t|``, decided on exact numbers (a boundary value passes)."""
    margin = atol + rtol * abs(t) - abs(s - t)
    if margin.is_Rational:
        return bool(margin >= 0)
    value = margin.evalf(_DIGITS)
    scale = abs(s.evalf(_DIGITS)) + abs(t.evalf(_DIGITS))
    return bool(value >= -1e-25 * scale)


def _values(value: Any, options: Mapping[str, Any], teacher: bool) -> Any:
    """A number, or a tuple (list) or frozenset-like list of numbers."""
    if isinstance(value, str):
        text = value.strip()
        if text[:1] in "[{" or ";" in text or (text[:1] == "(" and "," in text and options.get("lang") in ("kk", "ru")):
            parsed = parse_math(text, lang="en" if teacher else options.get("lang"))
            if isinstance(parsed, sympy.FiniteSet):
                return ("set", [exact_number(v, options) for v in parsed])
            if isinstance(parsed, tuple):
                return ("list", [exact_number(v, options) for v in parsed])
    if isinstance(value, (set, frozenset)):
        return ("set", [exact_number(v, options) for v in value])
    if isinstance(value, (list, tuple)):
        return ("list", [exact_number(v, options) for v in value])
    if isinstance(value, sympy.FiniteSet):
        return ("set", [exact_number(v, options) for v in value])
    return exact_number(value, options)


def numeric(student: Any, teacher: Any, **options: Any) -> Result:
    """Mode ``numeric``: within ``rtol`` (default 0.01) and/or ``atol``; lists item by item, sets in any order."""
    rtol, atol = tolerances(options)
    try:
        t = _values(teacher, {**options, "lang": "en"}, teacher=True)
    except (ParseError, NumberFormatError) as exc:
        raise AuthorError(f"the teacher's answer {teacher!r} is not a number: {exc}") from None
    s = _values(student, options, teacher=False)
    if isinstance(t, tuple):
        return _numeric_collection(s, t, rtol, atol)
    if isinstance(s, tuple):
        return wrong(Code.WRONG_TYPE, _("The answer should be a single number."))
    return _numeric_one(s, t, rtol, atol)


def _numeric_one(s: sympy.Expr, t: sympy.Expr, rtol: sympy.Expr, atol: sympy.Expr) -> Result:
    if not s.is_finite:
        return wrong(Code.NOT_CLOSE, _("Your answer is not a finite number."))
    details = {"rel_error": float(abs((s - t) / t).evalf(15)) if t != 0 else None, "method": "exact decimal"}
    if within(s, t, rtol, atol):
        return correct(details)
    if t != 0 and within(-s, t, rtol, atol):
        return wrong(Code.WRONG_SIGN, _("Check the sign of your answer."), details)
    return wrong(Code.NOT_CLOSE, _("Not close enough to the correct value."), details)


def _numeric_collection(s: Any, t: tuple, rtol: sympy.Expr, atol: sympy.Expr) -> Result:
    kind, wanted = t
    if not isinstance(s, tuple) or s[0] != kind:
        return wrong(Code.WRONG_TYPE, _("The answer should be a set.") if kind == "set" else
                     ngettext("The answer should be a list of {n} item.", "The answer should be a list of {n} items.", len(wanted)))
    given = s[1]
    if len(given) != len(wanted):
        return wrong(Code.WRONG_LENGTH, ngettext("The answer should have {n} item; yours has {m}.",
                                                 "The answer should have {n} items; yours has {m}.", len(wanted), m=len(given)))
    if kind == "list":
        for i, (a, b) in enumerate(zip(given, wanted), start=1):
            r = _numeric_one(a, b, rtol, atol)
            if not r.correct:
                return wrong(Code(r.code), _("Item {i}: {message}", i=i, message=r.message), {"item": i})
        return correct({"items": len(wanted)})
    remaining = list(wanted)
    for a in sorted(given, key=lambda v: float(v.evalf(20))):
        match = next((b for b in remaining if within(a, b, rtol, atol)), None)
        if match is None:
            return wrong(Code.NOT_CLOSE, _("Not every element of your set is correct."))
        remaining.remove(match)
    return correct({"items": len(wanted)})


# -- significant figures and decimal places ----------------------------------------------------

_WRAPPED = re.compile(r"^\s*([+\-−]?)\s*\((.*)\)\s*$")


def read_written(text: Any, lang: str | None) -> NumberText:
    """The number a student typed, with its figures: ``3.50``, ``1,2·10^3``, ``-(0.05)``, ``138*10^-3``."""
    if not isinstance(text, str):
        raise ParseError(repr(text)[:80], _("write the number as text, for example \"3.50\", so that its figures count"))
    try:
        return read_number(text, lang)
    except NumberFormatError:
        m = _WRAPPED.match(text)
        if not m:
            raise
        inner = read_written(m.group(2), lang)
        if m.group(1) in ("-", "−"):
            return NumberText(value=-inner.value, decimal=-inner.decimal, text=text, sigfigs=inner.sigfigs,
                              sigfigs_max=inner.sigfigs_max, decimals=inner.decimals)
        return inner


def figures_ok(number: NumberText, wanted: Any, strict: bool = False) -> bool:
    """Whether the figures written fit ``wanted`` (a number, ``(low, high)`` or ``(low, None)`` for at least
    ``low``); trailing zeros of a whole number (``1200``) may count or not unless ``strict``."""
    low, high = (wanted, wanted) if isinstance(wanted, int) else tuple(wanted)
    least, most = number.sigfigs, (number.sigfigs if strict else number.sigfigs_max)
    return least <= (high if high is not None else most) and most >= low


def _decimal_of(value: sympy.Expr) -> Decimal:
    return Decimal(str(sympy.Float(value.evalf(_DIGITS), _DIGITS)))


def _round_figures(value: Decimal, figures: int) -> Decimal:
    if value == 0:
        return Decimal(0)
    exponent = value.adjusted() - figures + 1
    with localcontext() as ctx:
        ctx.prec = 80
        return value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)


def round_sig(value: float, figures: int) -> float:
    """``value`` rounded half up to ``figures`` significant figures."""
    return float(_round_figures(Decimal(repr(float(value))), figures))


def _accurate(written: Decimal, t: Decimal, figures: int, accuracy: int) -> bool:
    """STACK's NumSigFigs accuracy: the teacher's value rounded to ``figures``, and the student's within half a unit
    of its ``accuracy``-th figure."""
    t_r = _round_figures(t, figures)
    top = t_r.adjusted() if t_r != 0 else 0
    unit = Decimal(1).scaleb(top - accuracy + 1)
    return abs(written - t_r) < unit / 2


def _wanted_text(wanted: Any) -> str:
    if isinstance(wanted, int):
        return str(wanted)
    low, high = wanted
    return f"{low}+" if high is None else f"{low}-{high}"


def _not_decimal(student: str, wanted: Any, decimals: int | None) -> Result:
    if decimals is not None:
        message = _("Write the value as a decimal number with {n} decimal places.", n=decimals)
    else:
        message = _("Write the value as a decimal number with {n} significant figures.", n=_wanted_text(wanted))
    return wrong(Code.WRONG_FORM, message, {"written": student})


def _check_option(name: str, value: Any, allow_none: bool = False, allow_zero: bool = False) -> None:
    if value is None and allow_none:
        return
    if not isinstance(value, int) or isinstance(value, bool) or value < (0 if allow_zero else 1):
        raise AuthorError(f"{name}={value!r}: give a whole number of figures")


def sigfigs(student: Any, teacher: Any, sigfigs: Any = 3, **options: Any) -> Result:
    """Mode ``sigfigs``: written with ``sigfigs`` significant figures (or ``decimals`` places) and right to
    ``accuracy`` figures (default: as many as asked; 0 checks only the writing).  ``strict=True`` counts the
    trailing zeros of a whole number as not significant (``100`` has one figure)."""
    decimals, accuracy, strict = options.get("decimals"), options.get("accuracy"), bool(options.get("strict"))
    if decimals is not None:
        _check_option("decimals", decimals)
    elif isinstance(sigfigs, (tuple, list)):
        if len(sigfigs) != 2:
            raise AuthorError(f"sigfigs={sigfigs!r}: give a number or (low, high)")
        _check_option("sigfigs", sigfigs[0])
        _check_option("sigfigs", sigfigs[1], allow_none=True)
    else:
        _check_option("sigfigs", sigfigs)
    _check_option("accuracy", accuracy, allow_none=True, allow_zero=True)
    t_exact = _teacher_number(teacher, options) if accuracy != 0 else None
    try:
        number = read_written(student, options.get("lang"))
    except NumberFormatError:
        try:
            exact_number(student, options)
        except (ParseError, NumberFormatError):
            raise
        return _not_decimal(str(student), sigfigs, decimals)
    written = number.decimal
    if decimals is not None:
        return _decimal_places(number, t_exact, decimals)
    wanted = sigfigs if isinstance(sigfigs, int) else tuple(sigfigs)
    low, high = (wanted, wanted) if isinstance(wanted, int) else wanted
    least = number.sigfigs
    if t_exact is None:  # only the writing counts
        if figures_ok(number, wanted, strict):
            return correct({"sigfigs": least})
        return _wrong_figures(wanted, least)
    t = _decimal_of(t_exact)
    if not figures_ok(number, wanted, strict):
        if _accurate(written, t, least, least):
            return _wrong_figures(wanted, least)
        return wrong(Code.NOT_CLOSE, _("Not close enough to the correct value."), {"written": least})
    figures = max(low, min(least, high)) if high is not None else low
    if high is None and least > figures:  # at least `low` figures: the extra ones are rounded away
        written = _round_figures(written, figures)
    if t != 0 and written != 0 and (t < 0) != (written < 0):
        return wrong(Code.WRONG_SIGN, _("Check the sign of your answer."))
    if _accurate(written, t, figures, accuracy if accuracy is not None else figures):
        return correct({"sigfigs": least, "accuracy": accuracy if accuracy is not None else figures})
    return wrong(Code.NOT_CLOSE, _("Not close enough to the correct value."), {"written": least})


def _wrong_figures(wanted: Any, written: int) -> Result:
    return wrong(Code.WRONG_SIGFIGS, _("The value is right, but write it with {n} significant figures.", n=_wanted_text(wanted)),
                 {"written": written})


def _decimal_places(number: NumberText, t_exact: sympy.Expr | None, decimals: int) -> Result:
    if t_exact is not None:
        unit = Decimal(1).scaleb(-decimals)
        with localcontext() as ctx:
            ctx.prec = 80
            t_r = _decimal_of(t_exact).quantize(unit, rounding=ROUND_HALF_UP)
        if abs(number.decimal - t_r) >= unit / 2:
            if number.decimals != decimals and abs(number.decimal - t_r) < Decimal(1).scaleb(-number.decimals) / 2:
                return _wrong_places(decimals, number.decimals)
            return wrong(Code.NOT_CLOSE, _("Not close enough to the correct value."), {"decimals": number.decimals})
    if number.decimals != decimals:
        return _wrong_places(decimals, number.decimals)
    return correct({"decimals": decimals})


def _wrong_places(decimals: int, written: int) -> Result:
    return wrong(Code.WRONG_SIGFIGS, ngettext("The value is right, but write it with {n} decimal place.",
                                              "The value is right, but write it with {n} decimal places.", decimals),
                 {"decimals": written})
