"""The one number parser and formatter of the package.

Students in Kazakh- and Russian-medium classes write ``3,5`` for three and a half and
``1 250,5`` (space or narrow no-break space between thousands); English-medium
classes write ``3.5`` and ``1,250.5``.  ``float("3,5")`` raises and
``sympy.sympify("3,5")`` silently gives the tuple ``(3, 5)``, so every place that
reads a typed number goes through :func:`read_number`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .i18n import _, get_language, normalize_language

DECIMAL_COMMA_LANGUAGES = frozenset({"kk", "ru"})

_SPACES = "\u0020\u00a0\u202f\u2009\u2007'"
_MINUS = "\u2212\u2012\u2013"
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")

# mantissa, then an optional exponent written as e-notation or as "x 10^k"
_NUMBER = re.compile(
    r"""^(?P<sign>[+-]?)(?P<mant>[0-9][0-9.,]*|[.,][0-9]+)
        (?:(?:[eE](?P<exp1>[+-]?[0-9]+))|(?:\s*[*x×·]\s*10\s*(?:\^|\*\*)?\s*\(?(?P<exp2>[+-]?[0-9]+)\)?))?$""",
    re.VERBOSE,
)


class NumberFormatError(ValueError):
    """Text that is not a number; ``position`` is the 0-based index of the first bad character."""

    def __init__(self, text: str, reason: str, position: int | None = None):
        self.text = text
        self.reason = reason
        self.position = position
        where = f" at character {position + 1}" if position is not None else ""
        super().__init__(f"{text!r} is not a number{where}: {reason}")


@dataclass(frozen=True)
class NumberText:
    """A number as a student wrote it: its value and what the writing says about precision."""

    value: float
    decimal: Decimal
    text: str
    sigfigs: int
    """Significant figures written (``3.150`` has 4, ``0.0030`` has 2, ``1200`` at least 2)."""
    sigfigs_max: int
    """The most the writing allows: trailing zeros of a whole number may or may not count (``1200``: 2 to 4)."""
    decimals: int
    """Digits written after the decimal separator."""


def _mantissa_to_decimal(mant: str, lang: str, text: str) -> tuple[str, int]:
    """Return the mantissa with ``.`` as decimal point, and the digits after it."""
    commas, dots = mant.count(","), mant.count(".")
    if commas and dots:
        # the separator that comes last is the decimal one; the other groups thousands
        dec, grp = (",", ".") if mant.rfind(",") > mant.rfind(".") else (".", ",")
        if mant.count(dec) > 1:
            raise NumberFormatError(text, _("more than one decimal separator {sep!r}", sep=dec), mant.find(dec, mant.find(dec) + 1))
        whole, frac = mant.split(dec)
        if not re.fullmatch(r"[0-9]{1,3}(\%s[0-9]{3})*" % grp, whole):
            raise NumberFormatError(text, _("thousands separator {sep!r} in the wrong place", sep=grp), text.find(grp))
        return whole.replace(grp, "") + "." + frac, len(frac)
    sep = "," if commas else "." if dots else None
    if sep is None:
        return mant, 0
    count = mant.count(sep)
    if count > 1:
        # only thousands grouping may repeat: 1,250,000 (en) or 1.250.000
        if re.fullmatch(r"[0-9]{1,3}(\%s[0-9]{3})+" % sep, mant):
            return mant.replace(sep, ""), 0
        raise NumberFormatError(text, _("more than one {sep!r}", sep=sep), mant.find(sep, mant.find(sep) + 1))
    whole, frac = mant.split(sep)
    if sep == "," and lang not in DECIMAL_COMMA_LANGUAGES and re.fullmatch(r"[0-9]{1,3}", whole) and len(frac) == 3:
        return whole + frac, 0  # English 1,250 is one thousand two hundred fifty
    return (whole or "0") + "." + frac, len(frac)


def _significant_figures(digits: str) -> tuple[int, int]:
    """Least and most significant figures of a plain decimal string such as ``0.00310`` or ``1200``."""
    if "." in digits:
        stripped = digits.replace(".", "").lstrip("0")
        if not stripped:  # zero: its written decimals are its figures (0.00 has two)
            return (max(len(digits.split(".")[1]), 1),) * 2
        return (max(len(stripped), 1),) * 2
    whole = digits.lstrip("0")
    return max(len(whole.rstrip("0")), 1), max(len(whole), 1)


def read_number(text: str, lang: str | None = None) -> NumberText:
    """Read a typed number: ``"3,5"``, ``"-1 250,5"``, ``"1,5e3"``, ``"2,0·10^-3"``, ``"−4"``.

    ``lang`` decides only the ambiguous ``1,250`` (a thousands group in English, a
    decimal in Kazakh and Russian).  Raises :class:`NumberFormatError` saying where the
    text stops being a number.
    """
    code = normalize_language(lang or get_language())
    original = text
    s = text.strip().translate(_SUPERSCRIPTS)
    for ch in _MINUS:
        s = s.replace(ch, "-")
    # drop grouping spaces between digits only
    s = re.sub(r"(?<=[0-9])[%s](?=[0-9]{3}\b)" % re.escape(_SPACES), "", s)
    if not s:
        raise NumberFormatError(original, _("it is empty"))
    m = _NUMBER.match(s)
    if not m:
        bad = next((i for i, ch in enumerate(s) if not (ch.isdigit() or ch in "+-.,eE ")), None)
        raise NumberFormatError(original, _("unexpected character") if bad is not None else _("it does not have the shape of a number"), bad)
    plain, decimals = _mantissa_to_decimal(m["mant"], code, original)
    exponent = int(m["exp1"] or m["exp2"] or 0)
    try:
        dec = Decimal(m["sign"] + plain) * (Decimal(10) ** exponent)
    except InvalidOperation as exc:  # pragma: no cover - the regex admits only digits
        raise NumberFormatError(original, str(exc)) from exc
    least, most = _significant_figures(plain if not m["mant"].endswith((".", ",")) else plain + ".")
    return NumberText(
        value=float(dec),
        decimal=dec,
        text=original,
        sigfigs=least,
        sigfigs_max=most,
        decimals=decimals,
    )


def parse_number(text: str, lang: str | None = None) -> float:
    """The value of a typed number (see :func:`read_number`)."""
    return read_number(text, lang).value


def format_number(value: float, digits: int = 3, lang: str | None = None) -> str:
    """Format with at least ``digits`` significant figures and the language's separators.

    Whole digits are never dropped (``1234.5`` shows as ``1234``, not ``1.23e3``);
    thousands are grouped with a narrow no-break space in kk/ru and a comma in en.
    """
    code = normalize_language(lang or get_language())
    if math.isinf(value):
        return "∞" if value > 0 else "−∞"
    if value == 0 or math.isnan(value):
        text = f"{value:g}"
    else:
        exponent = math.floor(math.log10(abs(value)))
        if -4 <= exponent < 15:
            places = max(digits - 1 - exponent, 0)
            text = f"{round(value, places):,.{places}f}"
        else:
            text = f"{value:.{digits}g}"
    if code in DECIMAL_COMMA_LANGUAGES:
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def format_trimmed(value: float, digits: int = 3, lang: str | None = None) -> str:
    """:func:`format_number` without trailing zeros after the decimal separator, as a lab's readout writes a value:
    ``67,5`` and ``60`` rather than ``67,50`` and ``60,00``; ``∞`` for an infinite value."""
    mantissa, e, exponent = format_number(value, digits, lang).partition("e")
    point = "," if normalize_language(lang or get_language()) in DECIMAL_COMMA_LANGUAGES else "."
    if point in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(point)
    return mantissa + e + exponent


def format_decimal(value: float, places: int = 2, lang: str | None = None) -> str:
    """A measurement to at most ``places`` decimals, without trailing zeros, the language's way:
    ``60``, ``12.5``, ``4.02``, ``1,234.5`` in en; ``12,5``, ``1 234,5`` in kk and ru."""
    code = normalize_language(lang or get_language())
    rounded = round(float(value), places) + 0.0  # + 0.0: no "-0"
    text = f"{rounded:,.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    if code in DECIMAL_COMMA_LANGUAGES:
        text = text.replace(",", "\u202f").replace(".", ",")
    return text
