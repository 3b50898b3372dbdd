"""The numbers a lab's functions take, checked once for every lab, with the reason in the course language.

Students call the labs' model functions from their own code (``gears.gear_ratio(z1, z2)``,
``wheel_nuts.moment(F, d)``): a value that is not a number, or not one the function can take, stops
the call with a ``ValueError`` that names the value and says what it must be, in the course language
(the design checker shows that text as it is). ``name`` is the parameter's name as the student's code
writes it (``z1``), or a term in each language (``{"kk": "модуль", "ru": "модуль", "en": "the module"}``).
Booleans and text are refused: ``True`` is not a number of teeth and ``"60"`` is a number typed as text.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from ..i18n import _, get_language, normalize_language, pick
from ..numbers import DECIMAL_COMMA_LANGUAGES, format_trimmed

Name = str | Mapping[str, str]
"""A parameter's name as code writes it, or a term in kk/ru/en."""


def _name(name: Name) -> str:
    return name if isinstance(name, str) else pick(name)


def _float(value: Any) -> float:
    if isinstance(value, (bool, str, bytes)):
        return math.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def number(name: Name, value: Any, *, minimum: float | None = None, maximum: float | None = None,
           positive: bool = False) -> float:
    """``value`` as a finite float (an int, a float, a numpy or sympy number); at least ``minimum``, at most
    ``maximum``, above 0 with ``positive``; else a ``ValueError`` naming it (with both limits, the message gives
    the range: an engine's speed from 1000 to 6000)."""
    found = _float(value)
    if not math.isfinite(found):
        raise ValueError(_("{name} must be a number, got {value}", name=_name(name), value=repr(value)))
    if positive and found <= 0:
        raise ValueError(_("{name} must be a positive number, got {value}", name=_name(name), value=repr(value)))
    if minimum is not None and maximum is not None and not minimum <= found <= maximum:
        raise ValueError(_("{name} must be a number from {minimum} to {maximum}, got {value}", name=_name(name),
                           minimum=format_trimmed(minimum, 6), maximum=format_trimmed(maximum, 6),
                           value=repr(value)))
    if minimum is not None and found < minimum:
        raise ValueError(_("{name} must be a number of at least {minimum}, got {value}", name=_name(name),
                           minimum=format_trimmed(minimum, 6), value=repr(value)))
    if maximum is not None and found > maximum:
        raise ValueError(_("{name} must be a number of at most {maximum}, got {value}", name=_name(name),
                           maximum=format_trimmed(maximum, 6), value=repr(value)))
    return found


def count(name: Name, value: Any, *, minimum: int = 0) -> int:
    """``value`` as a whole number of at least ``minimum`` (``3``, ``3.0``, a numpy integer), else a ``ValueError``."""
    found = number(name, value)
    if not found.is_integer() or found < minimum:
        raise ValueError(_("{name} must be a whole number of at least {minimum}, got {value}", name=_name(name),
                           minimum=minimum, value=repr(value)))
    return int(found)


def probability(name: Name, value: Any) -> float:
    """``value`` as a probability from 0 to 1 (2 % is 0.02), else a ``ValueError``."""
    found = number(name, value)
    if not 0 <= found <= 1:
        raise ValueError(_("{name} is a probability from 0 to 1 (2 % is 0.02), got {value}", name=_name(name),
                           value=repr(value)))
    return found


def share(name: Name, value: Any, *, positive: bool = False) -> float:
    """``value`` as a share from 0 to 1 (an efficiency, a part of a whole: 90 % is 0.9), above 0 with ``positive``;
    else a ``ValueError`` (a percentage such as ``90`` is the typical mistake it names)."""
    found = number(name, value, positive=positive)
    if not 0 <= found <= 1:
        raise ValueError(_("{name} is a share from 0 to 1 (90 % is 0.9), got {value}", name=_name(name),
                           value=repr(value)))
    return found


def one_of(name: Name, value: Any, allowed: Sequence[Any]) -> Any:
    """``value`` if it is one of ``allowed`` (numbers compare as numbers: ``40`` is ``40.0``; the allowed value is
    returned), else a ``ValueError`` that lists them."""
    for option in allowed:
        if value == option and isinstance(value, bool) == isinstance(option, bool):
            return option
        if not isinstance(option, (str, bool)) and math.isfinite(found := _float(value)) and math.isclose(
                found, float(option), rel_tol=1e-9):
            return option
    separator = "; " if normalize_language(get_language()) in DECIMAL_COMMA_LANGUAGES else ", "  # 7,5 is one number
    listed = separator.join(format_trimmed(o, 6) if isinstance(o, (int, float)) and not isinstance(o, bool) else repr(o)
                       for o in allowed)
    raise ValueError(_("{name} must be one of {listed}, got {value}", name=_name(name), listed=listed,
                       value=repr(value)))
