"""Answers of any kind read as mathematics: text in school notation, numbers, sympy objects, lists, sets."""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from typing import Any

import pint
import sympy

from ..i18n import _
from .parse import ParseError, parse_math

# Names of symbols declared positive (``Symbol("v", positive=True)``): sampled only where they are positive.
POSITIVE: ContextVar[frozenset[str]] = ContextVar("positive", default=frozenset())


def plain_symbols(expr: Any) -> Any:
    """Replace symbols by assumption-free ones of the same name, so ``Symbol('v', positive=True)`` meets ``v``."""
    if isinstance(expr, sympy.Basic):
        return expr.xreplace({s: sympy.Symbol(s.name) for s in expr.free_symbols if isinstance(s, sympy.Symbol)})
    return expr


def to_math(value: Any, options: Mapping[str, Any], symbols: Mapping[str, sympy.Symbol] | None = None) -> Any:
    """An answer as sympy: text is read in the notation of ``options["lang"]``; tuples stay lists, sets become sets."""
    if isinstance(value, str):
        return parse_math(value, lang=options.get("lang"), symbols=dict(symbols or {}))
    if isinstance(value, bool):
        return value
    if isinstance(value, (list, tuple)):
        return tuple(to_math(v, options, symbols) for v in value)
    if isinstance(value, (set, frozenset)):
        return sympy.FiniteSet(*(to_math(v, options, symbols) for v in value))
    if isinstance(value, pint.Quantity):
        raise ParseError(str(value), _("a quantity with units where a pure number or expression is expected"))
    try:
        return plain_symbols(sympy.sympify(value, strict=True))
    except (sympy.SympifyError, TypeError, AttributeError) as exc:
        raise ParseError(repr(value)[:80], _("a {kind} is not a mathematical answer", kind=type(value).__name__)) from exc


def symbols_of(value: Any) -> dict[str, sympy.Symbol]:
    """Name -> symbol for every symbol in an answer (lists included)."""
    if isinstance(value, sympy.Basic):
        return {s.name: s for s in value.free_symbols if isinstance(s, sympy.Symbol)}
    if isinstance(value, (tuple, list)):
        out: dict[str, sympy.Symbol] = {}
        for v in value:
            out.update(symbols_of(v))
        return out
    return {}


def positive_names(value: Any) -> set[str]:
    """Names of the symbols an answer declares positive or nonnegative."""
    if isinstance(value, sympy.Basic):
        return {s.name for s in value.free_symbols if isinstance(s, sympy.Symbol) and (s.is_positive or s.is_nonnegative)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return set().union(*(positive_names(v) for v in value)) if value else set()
    return set()
