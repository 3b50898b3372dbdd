"""Safe reading of mathematics that a student typed.

Never ``eval`` of student text: sympy's tokenizer turns the text into Python source,
which is parsed into an AST and checked against an allow-list (arithmetic, known
functions and constants, symbols and numbers) before it is evaluated with no
builtins.  Huge integers and power towers are refused before evaluation, since
big-integer arithmetic cannot be interrupted.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

import sympy
from sympy.parsing.sympy_parser import (
    auto_number,
    auto_symbol,
    convert_equals_signs,
    factorial_notation,
    implicit_application,
    implicit_multiplication,
    lambda_notation,
    evaluateFalse,
    repeated_decimals,
    split_symbols_custom,
    stringify_expr,
)

from ..i18n import _, get_language, normalize_language
from ..numbers import DECIMAL_COMMA_LANGUAGES
from .limits import TimeLimitExceeded, time_limit

MAX_LENGTH = 1000
MAX_INTEGER_DIGITS = 60
MAX_EXPONENT = 1000

FUNCTIONS: dict[str, object] = {
    "sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan, "cot": sympy.cot,
    "sec": sympy.sec, "csc": sympy.csc,
    "asin": sympy.asin, "acos": sympy.acos, "atan": sympy.atan, "acot": sympy.acot,
    "arcsin": sympy.asin, "arccos": sympy.acos, "arctan": sympy.atan, "arccot": sympy.acot,
    "tg": sympy.tan, "ctg": sympy.cot, "arctg": sympy.atan, "arcctg": sympy.acot,
    "sinh": sympy.sinh, "cosh": sympy.cosh, "tanh": sympy.tanh,
    "exp": sympy.exp, "log": sympy.log, "ln": sympy.log, "lg": lambda x: sympy.log(x, 10),
    "sqrt": sympy.sqrt, "root": sympy.root, "cbrt": sympy.cbrt,
    "Abs": sympy.Abs, "abs": sympy.Abs, "sign": sympy.sign,
    "floor": sympy.floor, "ceiling": sympy.ceiling,
    "Eq": sympy.Eq, "Ne": sympy.Ne, "Lt": sympy.Lt, "Le": sympy.Le, "Gt": sympy.Gt, "Ge": sympy.Ge,
    "Matrix": sympy.Matrix, "FiniteSet": sympy.FiniteSet, "Interval": sympy.Interval,
    "And": sympy.And, "Or": sympy.Or,
}
# What sympy writes for an unevaluated expression (``evaluate=False``).
_UNEVALUATED: dict[str, object] = {"Add": sympy.Add, "Mul": sympy.Mul, "Pow": sympy.Pow}
CONSTANTS: dict[str, object] = {
    # "i" and "I" stay symbols (a current, an index), and so does "E" (an EMF, an energy, a field):
    # Euler's number is "e"; write sqrt(-1) for the imaginary unit
    "pi": sympy.pi, "e": sympy.E,
    "oo": sympy.oo, "inf": sympy.oo, "infinity": sympy.oo,
}
# Names sympy's tokenizer itself emits.
_CONSTRUCTORS: dict[str, object] = {
    "Symbol": sympy.Symbol, "Integer": sympy.Integer, "Float": sympy.Float,
    "Rational": sympy.Rational, "Number": sympy.Number,
}
_ALLOWED_NODES = (
    ast.Expression, ast.BinOp, ast.UnaryOp, ast.Call, ast.Name, ast.Load, ast.Constant,
    ast.Tuple, ast.List, ast.Compare,
    ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow, ast.USub, ast.UAdd,
    ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.keyword,
)
_WORDS = {"and": ("және", "и", "and"), "or": ("немесе", "или", "or")}
_BASE_TRANSFORMS = (lambda_notation, auto_symbol, repeated_decimals, auto_number, factorial_notation)


def _transforms(known: set[str]) -> tuple:
    """sympy's implicit multiplication, splitting ``ab`` into ``a*b`` only when every letter is a known variable."""

    def should_split(name: str) -> bool:
        return (name not in known and name not in FUNCTIONS and name not in CONSTANTS
                and len(name) > 1 and name.isalpha() and all(ch in known for ch in name))

    return (*_BASE_TRANSFORMS, split_symbols_custom(should_split), implicit_multiplication,
            implicit_application, convert_equals_signs)


class ParseError(ValueError):
    """Text that cannot be read as mathematics; ``position`` is 0-based when known."""

    def __init__(self, text: str, reason: str, position: int | None = None):
        self.text = text
        self.reason = reason
        self.position = position
        where = f" (at character {position + 1})" if position is not None else ""
        super().__init__(f"{reason}{where}")


@dataclass(frozen=True)
class Parsed:
    """A successfully read answer and the normalized text it came from."""

    value: object
    text: str


def normalize_math_text(text: str, lang: str | None = None) -> str:
    """School notation to Python notation: ``^``, ``×``, ``·``, ``÷``, ``√``, ``π``, decimal comma, ``;`` lists."""
    code = normalize_language(lang or get_language())
    s = text.strip()
    for a, b in (("−", "-"), ("–", "-"), ("×", "*"), ("·", "*"), ("⋅", "*"), ("÷", "/"),
                 ("^", "**"), ("π", " pi "), ("√", " sqrt "), ("∞", "oo"), ("≤", "<="), ("≥", ">="),
                 ("²", "**2"), ("³", "**3"), ("{", "("), ("}", ")")):
        s = s.replace(a, b)
    for word, spellings in _WORDS.items():  # "1 < x және x < 3", "x = 2 или x = -2"
        s = re.sub(r"(?i)(?<![\w])(%s)(?![\w])" % "|".join(spellings), f" {word} ", s)
    # x(x+1) is a product: only known functions are called
    s = re.sub(r"(?<![A-Za-z_])([A-Za-z_][A-Za-z0-9_]*)\s*\(",
               lambda m: m.group(0) if m.group(1) in FUNCTIONS else m.group(1) + "*(", s)
    if code in DECIMAL_COMMA_LANGUAGES or ";" in s:
        # 3,5 is three and a half; lists use ';' in these languages
        s = re.sub(r"(?<=[0-9]),(?=[0-9])", ".", s)
        s = s.replace(";", ",")
    return s


def _first_bad_char(text: str) -> int | None:
    for i, ch in enumerate(text):
        if not (ch.isalnum() or ch in " +-*/^().,;=<>_[]{}!·×÷−–√π²³∞≤≥⋅'"):
            return i
    return None


def _check_tree(tree: ast.AST, names: dict[str, object], text: str) -> None:
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED_NODES):
            raise ParseError(text, _("'{what}' is not allowed in an answer", what=type(node).__name__))
        if isinstance(node, ast.Name) and node.id not in names:
            raise ParseError(text, _("unknown name {name!r}", name=node.id))
        if isinstance(node, ast.Call) and not isinstance(node.func, ast.Name):
            raise ParseError(text, _("only named functions such as sin( ) or sqrt( ) may be called"))
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str) and node.value.isdigit() and len(node.value) > MAX_INTEGER_DIGITS:
                raise ParseError(text, _("a number with more than {n} digits", n=MAX_INTEGER_DIGITS))
            if isinstance(node.value, int) and abs(node.value) > 10**MAX_INTEGER_DIGITS:
                raise ParseError(text, _("a number with more than {n} digits", n=MAX_INTEGER_DIGITS))
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            exp = node.right
            if isinstance(exp, ast.BinOp) and isinstance(exp.op, ast.Pow):
                raise ParseError(text, _("a tower of powers is too large to check"))
            value = _literal_int(exp)
            if value is not None and abs(value) > MAX_EXPONENT:
                raise ParseError(text, _("an exponent larger than {n}", n=MAX_EXPONENT))


def _literal_int(node: ast.AST) -> int | None:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _literal_int(node.operand)
        return -inner if inner is not None else None
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Integer" and node.args:
        arg = node.args[0]
        if isinstance(arg, ast.Constant):
            try:
                return int(arg.value)
            except (TypeError, ValueError):
                return None
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    return None


class _Logic(ast.NodeTransformer):
    """``1 < x < 3`` becomes ``And(1 < x, x < 3)`` instead of Python's short-circuit chain."""

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        if len(node.ops) == 1:
            return node
        parts, left = [], node.left
        for op, right in zip(node.ops, node.comparators):
            parts.append(ast.Compare(left=left, ops=[op], comparators=[right]))
            left = right
        return ast.Call(func=ast.Name(id="And", ctx=ast.Load()), args=parts, keywords=[])


def parse_math(text: str, lang: str | None = None, symbols: dict[str, sympy.Symbol] | None = None,
               timeout: float = 2.0, evaluate: bool = True) -> object:
    """Read an expression, equation, inequality (also ``1 < x < 3``, ``x < 0 or x > 2``), list (``[...]`` or
    ``a; b``), or set (``{...}``).

    ``symbols`` maps names to the sympy symbols the teacher uses (so assumptions carry
    over); other letters become plain symbols.  ``evaluate=False`` keeps the form the
    student wrote (``2*(x+1)`` stays a product), for the form tests.  Raises :class:`ParseError`.
    """
    if not isinstance(text, str):
        raise ParseError(repr(text), _("expected text"))
    if len(text) > MAX_LENGTH:
        raise ParseError(text, _("the answer is longer than {n} characters", n=MAX_LENGTH))
    if not text.strip():
        raise ParseError(text, _("the answer is empty"))
    bad = _first_bad_char(text)
    if bad is not None:
        raise ParseError(text, _("unexpected character {char!r}", char=text[bad]), bad)
    is_set = text.strip().startswith("{") and text.strip().endswith("}")
    source = normalize_math_text(text, lang)
    value = _parse_logic(source, text, symbols or {}, timeout, evaluate)
    if isinstance(value, list):
        value = tuple(value)
    if is_set:
        value = sympy.FiniteSet(*(value if isinstance(value, tuple) else (value,)))
    return value


def _parse_logic(source: str, text: str, symbols: dict[str, sympy.Symbol], timeout: float, evaluate: bool) -> object:
    """``a or b and c``: sympy's tokenizer knows no logic words, so split on them first (``and`` binds tighter)."""
    for word, combine in ((" or ", sympy.Or), (" and ", sympy.And)):
        if word in source:
            parts = [p for p in source.split(word)]
            if any(not p.strip() for p in parts):
                raise ParseError(text, _("the answer ends with {char!r}", char=word.strip()))
            return combine(*(_parse_logic(p, text, symbols, timeout, evaluate) for p in parts))
    return _parse_one(source, text, symbols, timeout, evaluate)


def _parse_one(source: str, text: str, symbols: dict[str, sympy.Symbol], timeout: float, evaluate: bool) -> object:
    names: dict[str, object] = {**_CONSTRUCTORS, **FUNCTIONS, **CONSTANTS}
    local: dict[str, object] = {**FUNCTIONS, **CONSTANTS, **symbols}
    try:
        code = stringify_expr(source, local, {"Symbol": sympy.Symbol, "Integer": sympy.Integer,
                                              "Float": sympy.Float, "Rational": sympy.Rational,
                                              "Number": sympy.Number}, _transforms(set(symbols)))
    except (SyntaxError, TypeError, ValueError, IndexError, KeyError, AttributeError, TokenError_):
        raise _syntax_problem(text) from None
    try:
        tree = ast.fix_missing_locations(_Logic().visit(ast.parse(code, mode="eval")))
        if not evaluate:
            tree = ast.fix_missing_locations(evaluateFalse(ast.unparse(tree)))
            names.update(_UNEVALUATED)
    except SyntaxError:
        raise _syntax_problem(text) from None
    _check_tree(tree, {**names, **symbols}, text)
    namespace = {"__builtins__": {}, **names, **local}
    try:
        with time_limit(timeout):
            return eval(compile(tree, "<answer>", "eval"), namespace)  # noqa: S307 - AST checked above
    except TimeLimitExceeded:
        raise ParseError(text, _("the answer took too long to read")) from None
    except (TypeError, ValueError, ZeroDivisionError, sympy.SympifyError, AttributeError, RecursionError) as exc:
        raise ParseError(text, _("cannot read this as mathematics ({error})", error=exc.__class__.__name__)) from None


def _syntax_problem(text: str) -> ParseError:
    """Say where a syntax error is, in terms of the student's own text."""
    stack: list[tuple[str, int]] = []
    pairs = {")": "(", "]": "["}
    for i, ch in enumerate(text):
        if ch in "([":
            stack.append((ch, i))
        elif ch in ")]":
            if not stack or stack[-1][0] != pairs[ch]:
                return ParseError(text, _("the bracket {bracket!r} is never opened", bracket=ch), i)
            stack.pop()
    if stack:
        return ParseError(text, _("the bracket {bracket!r} is never closed", bracket=stack[-1][0]), stack[-1][1])
    stripped = text.rstrip()
    if stripped and stripped[-1] in "+-*/^=<>,.":
        return ParseError(text, _("the answer ends with {char!r}", char=stripped[-1]), len(stripped) - 1)
    if stripped and stripped[0] in "*/^=<>,":
        return ParseError(text, _("the answer starts with {char!r}", char=stripped[0]), len(text) - len(text.lstrip()))
    return ParseError(text, _("cannot read this as mathematics: check the operators between the terms"))


try:  # tokenize errors are raised by sympy's tokenizer on unbalanced brackets
    from tokenize import TokenError as TokenError_
except ImportError:  # pragma: no cover
    TokenError_ = SyntaxError  # type: ignore[misc,assignment]
