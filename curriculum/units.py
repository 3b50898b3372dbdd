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

from .i18n import _, get_language, normalize_language
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
    "айн": "revolution",  # Kazakh: айналым
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

# Writing a unit: each base symbol is written as the first entry of _CYRILLIC_UNITS that reads as it, except where
# Kazakh and Russian schools differ (both spellings are read in either course); a few units pint names as one word
# are written as school writes their product or ratio.
_CYRILLIC_OWN: dict[str, dict[str, str]] = {
    "kk": {"hour": "сағ", "day": "тәу", "turn": "айн", "watt_hour": "Вт·сағ", "ampere_hour": "А·сағ",
           "revolutions_per_minute": "айн/мин", "revolutions_per_second": "айн/с"},
    "ru": {"hour": "ч", "day": "сут", "turn": "об", "watt_hour": "Вт·ч", "ampere_hour": "А·ч",
           "revolutions_per_minute": "об/мин", "revolutions_per_second": "об/с"},
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


# -- writing units as school writes them ------------------------------------------------------------------------

_FORCE_UNITS = re.compile(r"newton")
_SUPERSCRIPTS = str.maketrans("0123456789-.", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⋅")


def _cyrillic_symbols(lang: str) -> dict[str, str]:
    """pint's unit name -> the symbol a ``lang`` school writes (the inverse of the reading tables)."""
    out: dict[str, str] = {}
    for symbol, name in _CYRILLIC_UNITS.items():
        out.setdefault(ureg.get_name(name), symbol)
    out.update(_CYRILLIC_OWN[lang])
    return out


_CYRILLIC_PREFIX_OF = {name: prefix for prefix, name in _CYRILLIC_PREFIXES.items()}
_WRITTEN: dict[str, dict[str, str]] = {lang: _cyrillic_symbols(lang) for lang in _CYRILLIC_OWN}


def unit_symbol(name: str, lang: str | None = None) -> str:
    """One unit of pint's (``kilonewton``) as a ``lang`` school writes it: ``кН`` in Kazakh and Russian, pint's
    symbol ``kN`` in English, and pint's symbol in every language for a unit with no school Cyrillic symbol (``°C``,
    ``%``)."""
    return _cyrillic_symbol(name, normalize_language(lang or get_language())) or format(ureg.Unit(name), "~P")


def _cyrillic_symbol(name: str, lang: str) -> str | None:
    written = _WRITTEN.get(lang)
    if written is None:
        return None
    if name in written:
        return written[name]
    for prefix, base, suffix in ureg.parse_unit_name(name):
        if not suffix and base in written and prefix in _CYRILLIC_PREFIX_OF:
            return _CYRILLIC_PREFIX_OF[prefix] + written[base]
    return None


def _is_torque_label(items: list[tuple[str, float]]) -> bool:
    return len(items) == 2 and all(p == 1 for _n, p in items) and any(_FORCE_UNITS.search(n) for n, _p in items)


def unit_text(unit: pint.Unit | str, lang: str | None = None) -> str:
    """A unit as school writes it in ``lang`` (default: the course language, as the message catalogue decides it):
    English as pint's ``~P`` (``km/h``, ``m/s²``), Kazakh and Russian in Cyrillic (``км/сағ``, ``км/ч``, ``м/с²``),
    in the same order and layout; a torque force first in every language (``N·m``, ``Н·м``: pint sorts by name,
    ``m·N``). Every symbol written is read back as the same unit by :func:`parse_unit`.

    A unit an author wrote as text (``"W*h"``, ``"mm^3"``, ``"km/h"``) keeps the author's order and layout: English
    shows it as written, Kazakh and Russian write each symbol of it in Cyrillic (``Вт·ч``, ``мм³``, ``км/сағ``); a word
    that is no unit stays as it is."""
    lang = normalize_language(lang or get_language())
    if isinstance(unit, str):
        return unit if lang not in _WRITTEN else _written_text(unit, lang)
    items = sorted(unit._units.items())  # pint's own order for "~P" (by name)
    torque = _is_torque_label(items)
    if torque:
        items.sort(key=lambda item: not _FORCE_UNITS.search(item[0]))
    if lang not in _WRITTEN:
        return "·".join(unit_symbol(n, lang) for n, _p in items) if torque else format(unit, "~P")

    def factor(name: str, power: float) -> str:
        symbol = unit_symbol(name, lang)
        # a symbol that is itself a product or ratio (кВт·ч, об/мин) is bracketed where it would be read otherwise
        if ("·" in symbol or "/" in symbol) and (power != 1 or ("/" in symbol and len(items) > 1)):
            symbol = f"({symbol})"
        return symbol + (format(abs(power), "n").translate(_SUPERSCRIPTS) if abs(power) != 1 else "")

    top = [factor(n, p) for n, p in items if p > 0]
    bottom = [factor(n, p) for n, p in items if p < 0]
    return "/".join(["·".join(top) or "1", *bottom]) if bottom else "·".join(top)


_AUTHOR_WORD = re.compile(r"°?[^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_AUTHOR_POWER = re.compile(r"\s*(?:\^|\*\*)\s*\(?\s*([+\-−]?[0-9]+)\s*\)?")


def _written_text(text: str, lang: str) -> str:
    """A unit written as text by an author, each symbol in ``lang``'s school symbols, the layout kept."""

    def word(m: re.Match[str]) -> str:
        u = unit_named(m.group())
        if u is None or len(u._units) != 1:
            return m.group()
        ((name, power),) = u._units.items()
        symbol = (_cyrillic_symbol(name, lang) if power == 1 else None) or m.group()
        return f"({symbol})" if ("·" in symbol or "/" in symbol) and m.group() != text.strip() else symbol

    out = _AUTHOR_WORD.sub(word, text)
    out = _AUTHOR_POWER.sub(lambda m: m.group(1).replace("−", "-").lstrip("+").translate(_SUPERSCRIPTS), out)
    return re.sub(r"\s*\*\s*", "·", out)
