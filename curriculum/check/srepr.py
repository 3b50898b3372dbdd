"""Reading back ``sympy.srepr`` text without running it.

A recorded answer comes from a student's kernel, so its text is hostile until proven
otherwise. ``sympy.parse_expr`` evaluates Python (``().__class__.__base__.__subclasses__()``
would run in the grader), so this reader walks the syntax tree instead and builds only what
``srepr`` itself writes: calls of sympy classes, with numbers, strings and flags as arguments.
"""

from __future__ import annotations

import ast
from typing import Any

import sympy
from sympy.core.symbol import Str
from sympy.functions.elementary.piecewise import ExprCondPair

MAX_CHARS = 200_000
MAX_NODES = 50_000

# Classes whose srepr takes text: a name (Symbol('x'), Function('f'), Str('A')) or a number's digits.
_TEXT_TAKERS = frozenset({"Symbol", "Dummy", "Wild", "Function", "Str", "Float", "Integer", "Rational"})


# Classes srepr names that the top-level sympy namespace does not export.
_EXTRA = {"ExprCondPair": ExprCondPair, "Str": Str}


class SreprError(ValueError):
    """The text is not something ``sympy.srepr`` writes."""


def read_srepr(text: str) -> Any:
    """The sympy object ``text`` (written by :func:`sympy.srepr`) describes, built without ``eval``."""
    if not isinstance(text, str):
        raise SreprError("a recorded sympy answer must be text")
    if len(text) > MAX_CHARS:
        raise SreprError(f"a recorded sympy answer of {len(text)} characters is too long")
    try:
        tree = ast.parse(text, mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        raise SreprError(f"not sympy text ({type(exc).__name__})") from None
    if sum(1 for _ in ast.walk(tree)) > MAX_NODES:
        raise SreprError("a recorded sympy answer is too large")
    try:
        with sympy.evaluate(False):
            return _build(tree.body)
    except RecursionError:
        raise SreprError("a recorded sympy answer is nested too deeply") from None


def _sympy_name(name: str) -> Any:
    if name.startswith("_"):
        raise SreprError(f"{name!r} is not a sympy name")
    obj = getattr(sympy, name, None) if name not in _EXTRA else _EXTRA[name]
    if isinstance(obj, type) and issubclass(obj, (sympy.Basic, sympy.MatrixBase)):
        return obj
    if isinstance(obj, sympy.Basic):  # singletons: pi, E, I, oo, zoo, nan, true, false, EmptySet, Reals
        return obj
    raise SreprError(f"{name!r} is not a sympy class or constant")


def _literal(node: ast.AST) -> Any:
    """A number, text, flag or None, possibly negated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float, str, bool, type(None))):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)) and isinstance(node.operand, ast.Constant) \
            and isinstance(node.operand.value, (int, float)) and not isinstance(node.operand.value, bool):
        return -node.operand.value if isinstance(node.op, ast.USub) else node.operand.value
    raise SreprError(f"unexpected {type(node).__name__} in sympy text")


def _build(node: ast.AST, *, text_allowed: bool = False) -> Any:
    if isinstance(node, ast.Name):
        return _sympy_name(node.id)
    if isinstance(node, (ast.List, ast.Tuple)):
        items = [_build(e) for e in node.elts]
        return items if isinstance(node, ast.List) else tuple(items)
    if isinstance(node, ast.Call):
        head = _build(node.func)
        if not (isinstance(head, type) and issubclass(head, (sympy.Basic, sympy.MatrixBase))):
            raise SreprError("only sympy classes can be called in sympy text")
        takes_text = isinstance(node.func, ast.Name) and node.func.id in _TEXT_TAKERS
        args = [_build(a, text_allowed=takes_text) for a in node.args]
        kwargs = {}
        for kw in node.keywords:
            if kw.arg is None:
                raise SreprError("** is not sympy text")
            value = _literal(kw.value)
            if isinstance(value, str):
                raise SreprError("keyword arguments in sympy text are flags or numbers")
            kwargs[kw.arg] = value
        try:
            return head(*args, **kwargs)
        except SreprError:
            raise
        except Exception as exc:  # noqa: BLE001 - sympy refusing the arguments: not a valid answer
            raise SreprError(f"sympy cannot build {getattr(head, '__name__', head)} from this ({type(exc).__name__})") from None
    value = _literal(node)
    if isinstance(value, str) and not text_allowed:
        raise SreprError("text is allowed only as a name or a number's digits")
    return value
