"""Modes ``units`` (a quantity: dimension, then value) and ``dimension`` (only the dimension, for public tests).

A quantity is read as ``72 км/ч``, ``1,5·10^3 Н`` (a number, then a unit) or as an expression in which
units are factors: ``12.3*m/s``, ``9.81*m*s^(-2)``, ``m/4``, ``1*Mg/10^6``, ``(600/pi)*kN/m^2``,
``7.54E-5*(s*M)^-1``; every word pint or the Cyrillic table knows is a unit, and ``pi``, ``e`` and the
functions (``sqrt``) are mathematics.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pint
import sympy

from ..i18n import _
from ..numbers import NumberFormatError, NumberText, read_number
from ..units import (_FORCE_UNITS, Q_, UnitFormatError, parse_quantity, parse_unit, superscripts_to_powers, unit_named,
                     unit_text, ureg)
from .answers import AuthorError
from .numeric import _accurate, _not_decimal, _wanted_text, as_number, figures_ok, tolerances
from .parse import CONSTANTS, FUNCTIONS, ParseError, normalize_math_text, parse_math
from .result import Code, Result, correct, wrong

_COMMON_UNITS = ("km/h", "m/s", "km", "m", "cm", "mm", "g", "kg", "t", "s", "min", "h",
                 "W", "kW", "J", "kJ", "kWh", "N", "kN", "Pa", "kPa", "rpm", "rad/s", "deg", "rad")
_TOKENS = re.compile(r"(?P<num>(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)(?:[eE][+\-]?[0-9]+)?)|(?P<name>[^\W\d_][\w]*)|(?P<other>.)",
                     re.DOTALL)
_LEADING_NUMBER = re.compile(r"^\s*\(?\s*([+\-−]?\s*(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)(?:[eE][+\-]?[0-9]+)?"
                             r"(?:\s*[*×·]\s*10\s*(?:\^|\*\*)\s*\(?[+\-−]?[0-9]+\)?)?)")


def _unit_expression(text: str, lang: str | None) -> tuple[pint.Quantity | float, NumberText | None]:
    """A quantity written as an expression whose factors are units (``12.3*m/s``, ``m/4``, ``kN*ns/(mm*Hz)``)."""
    if re.search(r"[\[\]{};=<>]", text):
        raise UnitFormatError(text, _("a quantity is a number times a unit"))
    text = superscripts_to_powers(text)
    units: dict[str, pint.Unit] = {}
    out: list[str] = []
    for m in _TOKENS.finditer(text):
        word = m.group("name")
        if word is None:
            out.append(m.group())
            continue
        follows = text[m.end():].lstrip()[:1]
        if word in CONSTANTS or word in ("and", "or") or (word in FUNCTIONS and follows == "("):
            out.append(word)
            continue
        unit = unit_named(word)
        if unit is None:
            raise UnitFormatError(text, _("unknown unit {unit!r}", unit=word), m.start())
        key = f"_u{len(units)}"
        units[key] = unit
        out.append(f" {key} ")
    symbols = {key: sympy.Symbol(key, positive=True) for key in units}
    expr = parse_math(normalize_math_text("".join(out), lang), lang="en", symbols=symbols, evaluate=False)
    if not isinstance(expr, sympy.Expr):
        raise UnitFormatError(text, _("a quantity is a number times a unit"))
    value = _to_pint(expr, {symbols[k]: u for k, u in units.items()}, text)
    head = _LEADING_NUMBER.match(text)
    written = None
    if head:
        try:
            written = read_number(head.group(1), lang)
        except NumberFormatError:
            written = None
    return value, written


def _to_pint(expr: sympy.Expr, units: Mapping[sympy.Symbol, pint.Unit], text: str) -> pint.Quantity | float:
    """The value of an unevaluated expression whose unit letters stand for pint units (so ``0*m/s`` keeps its unit)."""
    if expr.is_number:
        value = complex(expr.evalf(30))
        if value.imag or not math.isfinite(value.real):
            raise UnitFormatError(text, _("the value is not a real number"))
        return value.real
    if expr in units:
        return Q_(1, units[expr])
    try:
        if isinstance(expr, sympy.Add):
            parts = [_to_pint(a, units, text) for a in expr.args]
            total = parts[0]
            for p in parts[1:]:
                total = total + p
            return total
        if isinstance(expr, sympy.Mul):
            total = 1.0
            for a in expr.args:
                total = total * _to_pint(a, units, text)
            return total
        if isinstance(expr, sympy.Pow) and expr.exp.is_number:
            return _to_pint(expr.base, units, text) ** float(expr.exp)
    except pint.errors.DimensionalityError:
        raise UnitFormatError(text, _("quantities of different kinds are added")) from None
    except (pint.errors.PintError, TypeError, ValueError) as exc:
        raise UnitFormatError(text, _("cannot read the units ({error})", error=type(exc).__name__)) from None
    raise UnitFormatError(text, _("a unit can only be multiplied, divided or raised to a number"))


def read_quantity(value: str, lang: str | None) -> tuple[pint.Quantity | float, NumberText | None]:
    """A typed quantity and the number as written (for its figures); a bare number stays a float."""
    try:
        q = parse_quantity(value, lang)
        return (q.quantity if q.unit_text else q.number.value), q.number
    except (UnitFormatError, NumberFormatError) as first:
        try:
            return _unit_expression(value, lang)
        except (UnitFormatError, ParseError):
            raise first from None


def as_quantity(value: Any, options: Mapping[str, Any], unit: Any = None) -> pint.Quantity | float:
    """A quantity of the package's registry; a bare number stays a float unless ``unit`` says how to read it."""
    return _quantity_and_written(value, options, unit)[0]


def _quantity_and_written(value: Any, options: Mapping[str, Any], unit: Any = None) -> tuple[pint.Quantity | float, NumberText | None]:
    if isinstance(value, pint.Quantity):
        return (Q_(value.magnitude, str(value.units)) if value._REGISTRY is not ureg else value), None
    if isinstance(value, str):
        q, written = read_quantity(value, options.get("lang"))
        if isinstance(q, pint.Quantity) or unit is None:
            return q, written
        return Q_(q, unit), written
    number = as_number(value, options)
    return (number if unit is None else Q_(number, unit)), None


def _teacher_quantity(teacher: Any, options: Mapping[str, Any]) -> pint.Quantity:
    try:
        t = as_quantity(teacher, {**options, "lang": "en"})
    except (UnitFormatError, NumberFormatError, ParseError) as exc:
        raise AuthorError(f"the teacher's answer {teacher!r} cannot be read as a quantity: {exc}") from None
    if not isinstance(t, pint.Quantity):
        raise AuthorError("the teacher's answer in mode='units' needs a unit")
    return t


def as_unit(value: Any) -> pint.Unit:
    if isinstance(value, pint.Unit):
        return value
    if isinstance(value, pint.Quantity):
        return value.units
    return parse_unit(str(value))


def _absolute_tolerance(atol: Any, t: pint.Quantity) -> float:
    """``atol`` in base units: a number is in the teacher's unit, a quantity (``5*kJ``, ``"1 cm"``) in its own."""
    if atol is None:
        return 0.0
    if isinstance(atol, (pint.Quantity, str)):
        try:
            q = atol if isinstance(atol, pint.Quantity) else as_quantity(atol, {"lang": "en"})
        except (UnitFormatError, NumberFormatError, ParseError) as exc:
            raise AuthorError(f"atol={atol!r} cannot be read: {exc}") from None
        if isinstance(q, pint.Quantity):
            if q.dimensionality != t.dimensionality:
                raise AuthorError(f"atol={atol!r} does not measure the same quantity as the answer")
            return abs(float(q.to_base_units().magnitude))
        atol = q
    return abs(float(Q_(float(atol), t.units).to_base_units().magnitude))


def units(student: Any, teacher: Any, unit: Any = None, sigfigs: Any = None, **options: Any) -> Result:
    """Mode ``units``."""
    if sigfigs is not None:
        _check_figures_option(sigfigs)
    t = _teacher_quantity(teacher, options)
    s, written = _quantity_and_written(student, options, as_unit(unit) if unit is not None else None)
    if not isinstance(s, pint.Quantity):
        return wrong(Code.NO_UNITS, _("Give the answer with a unit, for example {example}.", example=unit_text(t.units)))
    if s.dimensionality != t.dimensionality:
        return wrong_dimension(s, t)
    if options.get("same_unit") and s.units != t.units:
        return wrong(Code.WRONG_UNITS, _("Give the answer in {unit}.", unit=unit_text(t.units)), {"unit": str(s.units)})
    accuracy = options.get("accuracy")
    if sigfigs is not None and isinstance(student, str):
        if written is None:
            return _not_decimal(student, sigfigs, None)
        wanted = sigfigs if isinstance(sigfigs, int) else tuple(sigfigs)
        if not figures_ok(written, wanted, bool(options.get("strict"))):
            value_right = _value(s, t, student, teacher, options, None, None)
            if value_right.correct:
                return wrong(Code.WRONG_SIGFIGS, _("The value is right, but write it with {n} significant figures.",
                                                   n=_wanted_text(wanted)), {"written": written.sigfigs})
        elif accuracy is not None:
            low = wanted if isinstance(wanted, int) else wanted[0]
            return _torque_not_energy(s, t, _value(s, t, student, teacher, options,
                                                   max(low, written.sigfigs if isinstance(wanted, int) else low), accuracy))
    return _torque_not_energy(s, t, _value(s, t, student, teacher, options, None, None))


_TORQUE_UNITS = _FORCE_UNITS  # a unit that names the newton
_ENERGY_UNITS = re.compile(r"joule|watt|calorie|electron_volt|erg")


_TORQUE_COMMON = ("N*m", "kN*m")
"""Units a torque is labelled with in school and at the plant, before :data:`_COMMON_UNITS` (which has no torque)."""


def _is_energy_unit(q: pint.Quantity) -> bool:
    return any(_ENERGY_UNITS.search(n) for n in _unit_names(q))


def is_torque(t: pint.Quantity) -> bool:
    """Whether the teacher's answer is a moment of force: its unit names the newton and no unit of energy (N·m, kN·m;
    not J, nor W·s). Not a secret: a self-check token records it (:mod:`.fingerprint`)."""
    return (t.dimensionality == ureg.joule.dimensionality and any(_TORQUE_UNITS.search(n) for n in _unit_names(t))
            and not _is_energy_unit(t))


def labelling_units(dimensionality: Any, torque: bool, first: pint.Unit | None = None) -> list[pint.Unit]:
    """The units a number may have been meant in when it is labelled wrongly, in the order they are tried: the
    teacher's own unit first (when known), then the common ones of the same dimension and kind (a torque is never
    said to fit an energy unit). The hidden check and the self-check name the unit from this one list."""
    out = [first] if first is not None else []
    for name in (*_TORQUE_COMMON, *_COMMON_UNITS) if torque else _COMMON_UNITS:
        u = ureg.parse_units(name)
        if (1 * u).dimensionality != dimensionality or u in out or (torque and _is_energy_unit(1 * u)):
            continue
        out.append(u)
    return out


def mislabelled(fits: pint.Unit, labelled: pint.Unit) -> Result:
    """A number that fits ``fits`` but is labelled ``labelled`` (both written as the course language's school does)."""
    return wrong(Code.WRONG_UNITS, _("Your number fits {other}, but you labelled it {unit}: convert it.",
                                     other=unit_text(fits), unit=unit_text(labelled)), {"looks_like": str(fits)})


def wrong_dimension(s: pint.Quantity, t: pint.Quantity) -> Result:
    """The student's unit measures another quantity than the teacher's (the same message in both checks)."""
    return wrong(Code.WRONG_DIMENSION, _("The unit of your answer measures a different quantity: {got} instead of {expected}.",
                                         got=dimension_name(s), expected=dimension_name(t)),
                 {"got": str(s.dimensionality), "expected": str(t.dimensionality)})


def torque_in_energy_units(s: pint.Quantity) -> Result:
    """Half the credit for a right torque labelled with a unit of energy (the same message in both checks)."""
    return Result(False, 0.5, Code.WRONG_UNITS, _(
        "The value is right, but a moment of force is measured in newton-metres (N·m); the joule is the unit of work "
        "and energy."), {"unit": str(s.units)})


def _torque_not_energy(s: pint.Quantity, t: pint.Quantity, result: Result) -> Result:
    """A moment of force (torque) written in joules: pint cannot tell N·m from J (the same dimension), school physics
    and the plant's torque wrenches can: J measures work and energy. The value is right, so half the credit."""
    if not result.correct or not is_torque(t) or not _is_energy_unit(s):
        return result
    return torque_in_energy_units(s)


def _check_figures_option(sigfigs: Any) -> None:
    ok = isinstance(sigfigs, int) and not isinstance(sigfigs, bool) and sigfigs > 0
    if isinstance(sigfigs, (tuple, list)) and len(sigfigs) == 2:
        low, high = sigfigs
        ok = isinstance(low, int) and low > 0 and (high is None or (isinstance(high, int) and high >= low))
    if not ok:
        raise AuthorError(f"sigfigs={sigfigs!r}: give a whole number of figures or (low, high)")


def _value(s: pint.Quantity, t: pint.Quantity, student: Any, teacher: Any, options: Mapping[str, Any],
           figures: int | None, accuracy: int | None) -> Result:
    """The value: right to ``accuracy`` figures when asked, else within ``rtol``/``atol``."""
    if figures is not None and accuracy is not None:
        if accuracy == 0:
            return correct({"accuracy": 0})
        s_in_t = Decimal(repr(float(s.to(t.units).magnitude)))
        t_value = Decimal(repr(float(t.magnitude)))
        if t_value != 0 and s_in_t != 0 and (t_value < 0) != (s_in_t < 0):
            return wrong(Code.WRONG_SIGN, _("Check the sign of your answer."))
        if _accurate(s_in_t, t_value, figures, accuracy):
            return correct({"accuracy": accuracy})
        return wrong(Code.NOT_CLOSE, _("Not close enough to the correct value."))
    rtol_exact, _atol_unused = tolerances({"rtol": options.get("rtol"), "atol": 0 if options.get("atol") is not None else None})
    rtol = float(rtol_exact)
    atol = _absolute_tolerance(options.get("atol"), t)
    s_base, t_base = float(s.to_base_units().magnitude), float(t.to_base_units().magnitude)
    tol = atol + rtol * abs(t_base)
    slack = 1e-12 * max(abs(t_base), abs(s_base))
    if abs(s_base - t_base) <= tol + slack:
        return correct()
    factor = _turns_read_as_counts(s, t)
    if factor is not None and abs(s_base * factor - t_base) <= tol + slack:
        return correct({"revolutions": "read as counts"})
    # a number meant in one unit but labelled with another (72 labelled m/s when it was km/h)
    for u in labelling_units(t.dimensionality, is_torque(t), t.units):
        if u != s.units and abs(s.magnitude - t.to(u).magnitude) <= max(rtol, 1e-9) * abs(t.to(u).magnitude):
            return mislabelled(u, s.units)
    if t_base != 0 and abs(s_base + t_base) <= tol + slack:
        return wrong(Code.WRONG_SIGN, _("Check the sign of your answer."))
    return wrong(Code.NOT_CLOSE, _("Not close enough to the correct value."),
                 {"rel_error": abs(s_base - t_base) / abs(t_base) if t_base else None})


_TURN_UNITS = re.compile(r"revolution|turn|cycle|rpm|rps")
_ANGLE_UNITS = re.compile(r"radian|degree|arcminute|arcsecond|gradian")


def _unit_names(q: pint.Quantity) -> list[str]:
    return [ureg.get_name(name) for name, _power in q.unit_items()]


def _turns_read_as_counts(s: pint.Quantity, t: pint.Quantity) -> float | None:
    """School reads ``об/мин``, rpm and ``мин⁻¹`` as one thing; pint makes a revolution 2π radians.

    When exactly one side counts revolutions and neither side names an angle (rad, degree),
    returns the factor that turns the student's base magnitude into the teacher's reading.
    Angular speed in rad/s still converts through 2π.
    """
    s_turns = any(_TURN_UNITS.search(n) for n in _unit_names(s))
    t_turns = any(_TURN_UNITS.search(n) for n in _unit_names(t))
    angles = any(_ANGLE_UNITS.search(n) for n in _unit_names(s) + _unit_names(t))
    if s_turns == t_turns or angles:
        return None
    return 2 * math.pi if t_turns else 1 / (2 * math.pi)


def dimension_name(q: pint.Quantity) -> str:
    """``[length] / [time]`` in the course language: "length / time", "ұзындық / уақыт"."""
    names = {
        "mass": _("mass"), "length": _("length"), "time": _("time"), "current": _("electric current"),
        "temperature": _("temperature"), "substance": _("amount of substance"), "luminosity": _("luminous intensity"),
    }
    dims = {name.strip("[]"): power for name, power in dict(q.dimensionality).items() if power}
    if not dims:
        return _("a pure number")
    # one order whatever pint met first (its own spelling depends on the process): the self-check names it the same
    order = sorted(dims, key=lambda n: (list(names).index(n) if n in names else len(names), n))

    def factor(n: str, power: float) -> str:
        return names.get(n, n) + (f" ** {power:g}" if power != 1 else "")

    top = " * ".join(factor(n, dims[n]) for n in order if dims[n] > 0) or "1"
    return " / ".join([top, *(factor(n, -dims[n]) for n in order if dims[n] < 0)])


def dimension(student: Any, teacher: Any, **options: Any) -> Result:
    """Mode ``dimension``."""
    expected = 1 * as_unit(teacher)
    s = as_quantity(student, options)
    if not isinstance(s, pint.Quantity):
        return wrong(Code.NO_UNITS, _("Give the answer with a unit, for example {example}.", example=unit_text(expected.units)))
    if s.dimensionality != expected.dimensionality:
        return wrong(Code.WRONG_DIMENSION, _("The unit of your answer measures a different quantity: {got} instead of {expected}.",
                                             got=dimension_name(s), expected=dimension_name(expected)))
    return Result(True, 1.0, Code.RIGHT_DIMENSION, _("The unit fits. The value is checked when your work is graded."))
