"""Modes ``units`` (a quantity: dimension, then value) and ``dimension`` (only the dimension, for public tests)."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

import pint

from ..i18n import _
from ..units import Q_, parse_quantity, parse_unit, ureg
from .numeric import as_number, figures_ok
from .result import Code, Result, correct, wrong

_COMMON_UNITS = ("km/h", "m/s", "km", "m", "cm", "mm", "g", "kg", "t", "s", "min", "h",
                 "W", "kW", "J", "kJ", "kWh", "N", "kN", "Pa", "kPa", "rpm", "rad/s", "deg", "rad")


def as_quantity(value: Any, options: Mapping[str, Any], unit: Any = None) -> pint.Quantity | float:
    """A quantity of the package's registry; a bare number stays a float unless ``unit`` says how to read it."""
    if isinstance(value, pint.Quantity):
        return Q_(value.magnitude, str(value.units)) if value._REGISTRY is not ureg else value
    if isinstance(value, str):
        q = parse_quantity(value, options.get("lang"))
        if q.unit_text:
            return q.quantity
        return q.number.value if unit is None else Q_(q.number.value, unit)
    number = as_number(value, options)
    return number if unit is None else Q_(number, unit)


def as_unit(value: Any) -> pint.Unit:
    if isinstance(value, pint.Unit):
        return value
    if isinstance(value, pint.Quantity):
        return value.units
    return parse_unit(str(value))


def units(student: Any, teacher: Any, rtol: float = 1e-2, atol: float = 0.0, unit: Any = None, sigfigs: Any = None,
          **options: Any) -> Result:
    """Mode ``units``."""
    t = as_quantity(teacher, options)
    if not isinstance(t, pint.Quantity):
        raise ValueError("the teacher's answer in mode='units' needs a unit")
    s = as_quantity(student, options, as_unit(unit) if unit is not None else None)
    if not isinstance(s, pint.Quantity):
        return wrong(Code.NO_UNITS, _("Give the answer with a unit, for example {example}.", example=f"{format(t.units, '~P')}"))
    if s.dimensionality != t.dimensionality:
        return wrong(Code.WRONG_DIMENSION, _("The unit of your answer measures a different quantity: {got} instead of {expected}.",
                                             got=dimension_name(s), expected=dimension_name(t)),
                     {"got": str(s.dimensionality), "expected": str(t.dimensionality)})
    if sigfigs is not None and isinstance(student, str):
        written = parse_quantity(student, options.get("lang")).number
        if not figures_ok(written, sigfigs):
            value_right = units(student, teacher, rtol=rtol, atol=atol, unit=unit, **options)
            if value_right.correct:
                wanted = sigfigs if isinstance(sigfigs, int) else f"{sigfigs[0]}-{sigfigs[1]}"
                return wrong(Code.WRONG_SIGFIGS, _("The value is right, but write it with {n} significant figures.", n=wanted),
                             {"written": written.sigfigs})
    s_base, t_base = s.to_base_units().magnitude, t.to_base_units().magnitude
    tol = abs(Q_(atol, t.units).to_base_units().magnitude) + rtol * abs(t_base) if atol else rtol * abs(t_base)
    if abs(s_base - t_base) <= tol:
        return correct()
    factor = _turns_read_as_counts(s, t)
    if factor is not None and abs(s_base * factor - t_base) <= tol:
        return correct({"revolutions": "read as counts"})
    # a number meant in one unit but labelled with another (72 labelled m/s when it was km/h)
    for name in _COMMON_UNITS:
        u = ureg.parse_units(name)
        if u != s.units and (1 * u).dimensionality == t.dimensionality:
            if abs(s.magnitude - t.to(u).magnitude) <= rtol * abs(t.to(u).magnitude):
                return wrong(Code.WRONG_UNITS, _("Your number fits {other}, but you labelled it {unit}: convert it.",
                                                 other=format(u, "~P"), unit=format(s.units, "~P")), {"looks_like": name})
    if t_base != 0 and abs(s_base + t_base) <= tol:
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
        "length": _("length"), "mass": _("mass"), "time": _("time"), "current": _("electric current"),
        "temperature": _("temperature"), "substance": _("amount of substance"), "luminosity": _("luminous intensity"),
    }
    text = str(q.dimensionality)
    return re.sub(r"\[(\w+)\]", lambda m: names.get(m.group(1), m.group(1)), text) if text != "dimensionless" else _("a pure number")


def dimension(student: Any, teacher: Any, **options: Any) -> Result:
    """Mode ``dimension``."""
    expected = 1 * as_unit(teacher)
    s = as_quantity(student, options)
    if not isinstance(s, pint.Quantity):
        return wrong(Code.NO_UNITS, _("Give the answer with a unit, for example {example}.", example=format(expected.units, "~P")))
    if s.dimensionality != expected.dimensionality:
        return wrong(Code.WRONG_DIMENSION, _("The unit of your answer measures a different quantity: {got} instead of {expected}.",
                                             got=dimension_name(s), expected=dimension_name(expected)))
    return Result(True, 1.0, Code.RIGHT_DIMENSION, _("The unit fits. The value is checked when your work is graded."))
