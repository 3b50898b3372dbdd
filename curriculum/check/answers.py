"""Answers of any kind read as mathematics: text in school notation, numbers, sympy objects, lists, sets.

Decimals a student or teacher types are exact (``0.1`` is one tenth, so ``0.333333333333333`` is not
``1/3``); floats computed by Python code are binary approximations and compared with a tolerance.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextvars import ContextVar
from typing import Any

import pint
import sympy

from ..i18n import _
from .parse import ParseError, parse_math

# Names of symbols declared positive (``Symbol("v", positive=True)``): sampled only where they are positive.
POSITIVE: ContextVar[frozenset[str]] = ContextVar("positive", default=frozenset())


class AuthorError(ValueError):
    """The teacher's answer or an option cannot be used: the author's mistake, never the student's."""


def plain_symbols(expr: Any) -> Any:
    """Replace symbols by assumption-free ones of the same name, so ``Symbol('v', positive=True)`` meets ``v``."""
    if isinstance(expr, sympy.Basic):
        return expr.xreplace({s: sympy.Symbol(s.name) for s in expr.free_symbols if isinstance(s, sympy.Symbol)})
    return expr


def exact_decimals(value: Any) -> Any:
    """Typed decimals as the exact numbers they name (``0.1`` -> ``1/10``)."""
    if isinstance(value, tuple):
        return tuple(exact_decimals(v) for v in value)
    if isinstance(value, sympy.MatrixBase):
        return value.applyfunc(exact_decimals)
    if isinstance(value, sympy.Basic) and value.has(sympy.Float):
        return value.xreplace({f: sympy.Rational(str(f)) for f in value.atoms(sympy.Float)})
    return value


def imaginary_names(options: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The letters the author declared as the imaginary unit (``imaginary="i"``), or None to decide from the answer."""
    names = options.get("imaginary")
    if names is None or names == "auto":
        return None
    if isinstance(names, str):
        return (names,)
    return tuple(names or ())


_COMPLEX_CALL = re.compile(r"(?<![A-Za-z_])(re|im|arg|conj|conjugate)\s*\(")


def parse_options(options: Mapping[str, Any]) -> dict[str, Any]:
    """The options that change how text is read: ``percent`` (``50%`` is 1/2) and ``functions`` (the letters the
    author declares as functions: ``f(2)`` is f at 2)."""
    functions = options.get("functions") or ()
    functions = (functions,) if isinstance(functions, str) else tuple(functions)
    if not all(isinstance(f, str) and f.isidentifier() for f in functions):
        raise AuthorError(f"functions={options.get('functions')!r} must name letters such as 'f' or ['f', 'g']")
    return {"percent": bool(options.get("percent")), "functions": functions}


def to_math(value: Any, options: Mapping[str, Any], symbols: Mapping[str, sympy.Symbol] | None = None,
            imaginary: tuple[str, ...] | None = None) -> Any:
    """An answer as sympy: text is read in the notation of ``options["lang"]``; tuples stay lists, sets become sets."""
    if isinstance(value, str):
        names = imaginary if imaginary is not None else (imaginary_names(options) or ())
        if imaginary_names(options) is None and _COMPLEX_CALL.search(value):
            # re(3-5i), arg(1+4i), conj(z): i is the imaginary unit where the answer takes parts of complex numbers
            names = tuple(dict.fromkeys((*names, *(n for n in ("i", "I") if n not in (symbols or {})))))
        return exact_decimals(parse_math(value, lang=options.get("lang"), symbols=dict(symbols or {}), imaginary=names,
                                         **parse_options(options)))
    if isinstance(value, bool):
        return sympy.true if value else sympy.false
    if isinstance(value, (list, tuple)):
        return tuple(to_math(v, options, symbols, imaginary) for v in value)
    if isinstance(value, (set, frozenset)):
        return sympy.FiniteSet(*(to_math(v, options, symbols, imaginary) for v in value))
    if isinstance(value, pint.Quantity):
        if not value.dimensionless:
            raise ParseError(str(value), _("a quantity with units where a pure number or expression is expected"))
        # a quantity without dimension is its number (cars per hour times hours are cars), as in `numeric` mode
        return to_math(value.to("dimensionless").magnitude, options, symbols, imaginary)
    try:
        return plain_symbols(sympy.sympify(value, strict=True))
    except (sympy.SympifyError, TypeError, AttributeError) as exc:
        raise ParseError(repr(value)[:80], _("a {kind} is not a mathematical answer", kind=type(value).__name__)) from exc


def teacher_math(value: Any, options: Mapping[str, Any], symbols: Mapping[str, sympy.Symbol] | None = None) -> Any:
    """The teacher's answer (text in Python notation); an answer that cannot be read is the author's error."""
    if isinstance(value, str) and not value.strip():
        raise AuthorError("the teacher's answer is empty")
    try:
        return to_math(value, {**options, "lang": "en"}, symbols)
    except ParseError as exc:
        raise AuthorError(f"the teacher's answer {value!r} cannot be read: {exc}") from None


def student_imaginary(teacher: Any, options: Mapping[str, Any]) -> tuple[str, ...]:
    """Letters read as the imaginary unit in the student's answer: as declared, else ``i`` (and ``I``) when the
    teacher's answer is a complex number or expression and does not use them as letters."""
    declared = imaginary_names(options)
    if declared is not None:
        return declared
    if _has_imaginary(teacher):
        taken = set(symbols_of(teacher))
        return tuple(n for n in ("i", "I") if n not in taken)
    return ()


def _has_imaginary(value: Any) -> bool:
    if isinstance(value, (tuple, list)):
        return any(_has_imaginary(v) for v in value)
    if isinstance(value, sympy.MatrixBase):
        return any(_has_imaginary(v) for v in value)
    return isinstance(value, sympy.Basic) and value.has(sympy.I)


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
