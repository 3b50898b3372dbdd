"""The one unit registry of the package, and reading quantities students type.

All quantities in notebooks, labs and checks come from :data:`ureg`; pint refuses to
combine quantities of two registries, so nothing else may create one.

Students write units in Latin or Cyrillic script (``72 км/ч``, ``20 м/с``, ``1,5 кВт·ч``,
``3 сағ``).  :func:`parse_quantity` reads the number with :func:`curriculum.numbers.read_number`
(decimal comma included) and the unit after translating each Cyrillic symbol to pint's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pint

from .i18n import _
from .numbers import NumberFormatError, NumberText, read_number

ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
"""The package's only unit registry."""
Q_ = ureg.Quantity
pint.set_application_registry(ureg)
ureg.formatter.default_format = "~P"
# sympy hands an operation to a class with a higher ``_op_priority`` (its hook for outside types): a sympy number or
# expression times a unit or quantity (``root * ureg.hour`` after ``sp.solve``, ``t * ureg.hour``) is then a quantity,
# as in the other order, instead of sympy calling float() on the unit and failing with "cannot convert to dimensionless"
ureg.Quantity._op_priority = ureg.Unit._op_priority = 20.0

# Base symbols in Cyrillic (Kazakh and Russian schools use the same ones, except hours).
_CYRILLIC_UNITS: dict[str, str] = {
    "м": "meter",
    "г": "gram",
    "т": "metric_ton",
    "с": "second",
    "сек": "second",
    "мин": "minute",
    "ч": "hour",
    "сағ": "hour",
    "сут": "day",
    "тәу": "day",
    "Н": "newton",
    "Дж": "joule",
    "Вт": "watt",
    "В": "volt",
    "А": "ampere",
    "Ом": "ohm",
    "Па": "pascal",
    "Гц": "hertz",
    "Кл": "coulomb",
    "Ф": "farad",
    "Гн": "henry",
    "Тл": "tesla",
    "К": "kelvin",
    "л": "liter",
    "кал": "calorie",
    "об": "revolution",
    "рад": "radian",
    "бар": "bar",
    "атм": "atm",
    "моль": "mole",
    "кд": "candela",
}
_CYRILLIC_PREFIXES: dict[str, str] = {
    "мк": "micro",
    "н": "nano",
    "м": "milli",
    "с": "centi",
    "д": "deci",
    "к": "kilo",
    "М": "mega",
    "Г": "giga",
}
# Whole words that are not prefix + unit.
_CYRILLIC_WORDS: dict[str, str] = {
    "кг": "kilogram",
    "см": "centimeter",
    "мм": "millimeter",
    "км": "kilometer",
    "мс": "millisecond",
    "°С": "degC",  # Cyrillic capital Es, typed by mistake for the Latin C
}

_WORD = re.compile(r"°?[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+")
_SUPERSCRIPT_POWERS = str.maketrans({"²": "^2", "³": "^3", "¹": "^1", "⁻": "^-"})


class UnitFormatError(ValueError):
    """A unit or quantity that cannot be read; says which part and why."""

    def __init__(self, text: str, reason: str, position: int | None = None):
        self.text = text
        self.reason = reason
        self.position = position
        where = f" at character {position + 1}" if position is not None else ""
        super().__init__(f"{text!r}: {reason}{where}")


def latin_unit_name(word: str) -> str | None:
    """pint's name for a unit written in Cyrillic (``км`` -> ``kilometer``), or None."""
    if word in _CYRILLIC_WORDS:
        return _CYRILLIC_WORDS[word]
    if word in _CYRILLIC_UNITS:
        return _CYRILLIC_UNITS[word]
    for prefix, name in _CYRILLIC_PREFIXES.items():
        rest = word[len(prefix):]
        if word.startswith(prefix) and rest in _CYRILLIC_UNITS:
            return name + _CYRILLIC_UNITS[rest]
    return None


_SUPERSCRIPT_RUN = re.compile(r"⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


def superscripts_to_powers(text: str) -> str:
    """``м/с²`` -> ``м/с^(2)``, ``10⁻³`` -> ``10^(-3)``."""
    return _SUPERSCRIPT_RUN.sub(lambda m: "^(" + m.group().translate(_SUPERSCRIPT_DIGITS) + ")", text)


def normalize_unit_text(text: str) -> str:
    """Rewrite a unit typed by a student into pint's syntax (Cyrillic to Latin, ``·`` to ``*``)."""
    s = text.strip().replace("·", "*").replace("⋅", "*").replace("×", "*").replace("−", "-")
    s = s.replace("⁻¹", "^-1").replace("⁻²", "^-2").translate(_SUPERSCRIPT_POWERS)
    s = s.replace("^-^", "^-")
    out: list[str] = []
    pos = 0
    for m in _WORD.finditer(s):
        out.append(s[pos:m.start()])
        latin = latin_unit_name(m.group())
        if latin is None:
            raise UnitFormatError(text, _("unknown unit {unit!r}", unit=m.group()), m.start())
        out.append(latin)
        pos = m.end()
    out.append(s[pos:])
    return "".join(out)


def unit_named(word: str) -> pint.Unit | None:
    """The unit one word names, in Latin (pint's symbols and names: ``kN``, ``mL``, ``cc``, ``kWh``) or Cyrillic
    (``кВт``), or None."""
    latin = latin_unit_name(word) if _WORD.fullmatch(word) else word
    if latin is None:
        return None
    try:
        return ureg.parse_units(latin)
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, AttributeError, TypeError, ValueError,
            AssertionError):
        return None


def parse_unit(text: str) -> pint.Unit:
    """A pint unit from ``"км/ч"``, ``"m/s^2"``, ``"Н·м"`` ..."""
    latin = normalize_unit_text(text)
    try:
        return ureg.parse_units(latin)
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError, AttributeError, TypeError, ValueError) as exc:
        raise UnitFormatError(text, _("unknown unit {unit!r}", unit=text.strip())) from exc


@dataclass(frozen=True)
class QuantityText:
    """A quantity as a student wrote it."""

    quantity: pint.Quantity
    number: NumberText
    unit_text: str


_NUMBER_HEAD = re.compile(r"^\s*[+\-−]?[0-9.,]+(?:[ \u00a0\u202f][0-9]{3}(?![0-9]))*(?:[,.][0-9]+)?(?:\s*(?:[eE][+\-]?[0-9]+|[*x×·]\s*10\s*(?:\^|\*\*)?\s*\(?[+\-−]?[0-9]+\)?))?")


def parse_quantity(text: str, lang: str | None = None) -> QuantityText:
    """Read ``"72 км/ч"``, ``"20 m/s"``, ``"1,5·10^3 Н"``, ``"3,5 кВт·ч"``.

    A number without a unit gives a dimensionless quantity.  Raises
    :class:`UnitFormatError` or :class:`curriculum.numbers.NumberFormatError`.
    """
    text = superscripts_to_powers(text)
    m = _NUMBER_HEAD.match(text)
    if not m:
        raise NumberFormatError(text, _("a quantity starts with a number"), 0)
    number = read_number(m.group(), lang)
    unit_text = text[m.end():].strip()
    if unit_text[:1] in ("+", "-", "−", "=", "<", ">"):
        raise UnitFormatError(text, _("a number and a unit are multiplied, not added"), m.end())
    unit = parse_unit(unit_text) if unit_text else ureg.dimensionless
    return QuantityText(quantity=Q_(number.value, unit), number=number, unit_text=unit_text)
