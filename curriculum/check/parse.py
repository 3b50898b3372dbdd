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
import unicodedata
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
"""The largest exponent of a number (``2^1000``); a power of a letter may go up to :data:`MAX_SYMBOLIC_EXPONENT`."""
MAX_SYMBOLIC_EXPONENT = 10**6

def _root(x: object, n: object = 2) -> object:
    """The n-th root as school writes it: the odd root of a negative number is real (``∛(-8) = -2``), not sympy's
    principal complex root."""
    x, n = sympy.sympify(x), sympy.sympify(n)
    if x.is_number and x.is_extended_negative and n.is_integer and n.is_odd:
        return -sympy.root(-x, n)
    return sympy.root(x, n)


def _cbrt(x: object) -> object:
    return _root(x, 3)


def _lg(x: object, base: object = 10) -> object:
    return sympy.log(x, base)


def _big_operator(kind: type) -> object:
    """``sum(k^2, k, 1, n)`` as in CAS notation: expression, index, first, last."""

    def build(expr: object, index: object, first: object, last: object) -> object:
        if not isinstance(index, sympy.Symbol):
            raise TypeError("the index must be a letter")
        return kind(expr, (index, first, last)).doit()

    return build


def _finite_set(*items: object) -> object:
    """``{[1, 2], [3, 4]}``: lists inside a set are sympy tuples."""
    return sympy.FiniteSet(*(sympy.Tuple(*i) if isinstance(i, (list, tuple)) else i for i in items))


def _diff(expr: object, *args: object) -> object:
    return sympy.diff(expr, *args)


def _derivative(expr: object, *args: object) -> object:
    return sympy.Derivative(expr, *args)


FUNCTIONS: dict[str, object] = {
    "sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan, "cot": sympy.cot,
    "sec": sympy.sec, "csc": sympy.csc,
    "asin": sympy.asin, "acos": sympy.acos, "atan": sympy.atan, "acot": sympy.acot, "asec": sympy.asec,
    "acsc": sympy.acsc, "arcsin": sympy.asin, "arccos": sympy.acos, "arctan": sympy.atan, "arccot": sympy.acot,
    "arcsec": sympy.asec, "arccsc": sympy.acsc, "cosec": sympy.csc, "arccosec": sympy.acsc,
    "tg": sympy.tan, "ctg": sympy.cot, "arctg": sympy.atan, "arcctg": sympy.acot,
    "sinh": sympy.sinh, "cosh": sympy.cosh, "tanh": sympy.tanh, "coth": sympy.coth, "sech": sympy.sech,
    "csch": sympy.csch, "asinh": sympy.asinh, "acosh": sympy.acosh, "atanh": sympy.atanh,
    "arsinh": sympy.asinh, "arcosh": sympy.acosh, "artanh": sympy.atanh, "arcsinh": sympy.asinh,
    "arccosh": sympy.acosh, "arctanh": sympy.atanh, "sh": sympy.sinh, "ch": sympy.cosh, "th": sympy.tanh,
    "acoth": sympy.acoth, "asech": sympy.asech, "acsch": sympy.acsch, "arccoth": sympy.acoth, "arcsech": sympy.asech,
    "arccsch": sympy.acsch, "arcoth": sympy.acoth, "arsech": sympy.asech, "arcsch": sympy.acsch,
    "exp": sympy.exp, "log": sympy.log, "ln": sympy.log, "lg": _lg,
    "sqrt": sympy.sqrt, "root": _root, "cbrt": _cbrt,
    "atan2": sympy.atan2, "arctan2": sympy.atan2,
    "Abs": sympy.Abs, "abs": sympy.Abs, "sign": sympy.sign, "sgn": sympy.sign,
    "Max": sympy.Max, "Min": sympy.Min, "max": sympy.Max, "min": sympy.Min,
    "floor": sympy.floor, "ceiling": sympy.ceiling,
    "factorial": sympy.factorial, "binomial": sympy.binomial, "gamma": sympy.gamma,
    "sum": _big_operator(sympy.Sum), "product": _big_operator(sympy.Product),
    "diff": _diff, "Derivative": _derivative,
    "Eq": sympy.Eq, "Ne": sympy.Ne, "Lt": sympy.Lt, "Le": sympy.Le, "Gt": sympy.Gt, "Ge": sympy.Ge,
    "Matrix": sympy.Matrix, "FiniteSet": _finite_set, "Interval": sympy.Interval,
    "Union": sympy.Union, "Intersection": sympy.Intersection, "Complement": sympy.Complement,
    "And": sympy.And, "Or": sympy.Or, "Not": sympy.Not,
}

def _nthroot(x: object, n: object = 2) -> object:
    return _root(x, n)


def _permutations(n: object, k: object) -> object:
    """``nPr(n, k)``: arrangements of k out of n, n!/(n-k)!."""
    return sympy.ff(n, k)


def _round(x: object) -> object:
    """``round(x)`` as school rounds: halves away from zero (``round(-17.5) = -18``)."""
    x = sympy.sympify(x)
    return sympy.sign(x) * sympy.floor(sympy.Abs(x) + sympy.Rational(1, 2))


CALLED: dict[str, object] = {
    # names that are functions only when a bracket follows them (``re(z)``, ``arg(z)``, ``nCr(8, 3)``); written
    # alone they stay letters (``im`` is i·m, ``arg`` a·r·g), so they never take a student's variables away
    "re": sympy.re, "im": sympy.im, "arg": sympy.arg, "conj": sympy.conjugate, "conjugate": sympy.conjugate,
    "nCr": sympy.binomial, "binom": sympy.binomial, "nPr": _permutations, "nthroot": _nthroot,
    "ceil": sympy.ceiling, "round": _round,
}
_CALLED_PREFIX = "Called_"
"""``re(`` is read as ``Called_re(``: the internal name of a function in :data:`CALLED`."""
_FUNCTION_PREFIX = "Declared_"
"""``f(`` for a function the author declared (``functions=["f"]``) is read as ``Declared_f(``."""
# What sympy writes for an unevaluated expression (``evaluate=False``).
_UNEVALUATED: dict[str, object] = {"Add": sympy.Add, "Mul": sympy.Mul, "Pow": sympy.Pow}
CONSTANTS: dict[str, object] = {
    # "i" and "I" stay symbols (a current, an index), and so does "E" (an EMF, an energy, a field):
    # Euler's number is "e"; write sqrt(-1) for the imaginary unit
    "pi": sympy.pi, "e": sympy.E,
    "oo": sympy.oo, "inf": sympy.oo, "infty": sympy.oo, "infinity": sympy.oo, "Infinity": sympy.oo,
}
# Functions written with a power on their name, ``sin^2 x`` = ``(sin x)^2``, as textbooks write them.
_INVERSE = {"sin": "asin", "cos": "acos", "tan": "atan", "cot": "acot", "sec": "asec", "csc": "acsc", "cosec": "acsc",
            "tg": "atan", "ctg": "acot", "sinh": "asinh", "cosh": "acosh", "tanh": "atanh", "coth": "acoth",
            "sech": "asech", "csch": "acsch", "sh": "asinh", "ch": "acosh", "th": "atanh"}
"""``sin^(-1) x`` is ``arcsin x``, as calculators and textbooks write the inverse functions."""
_POWERED = (*_INVERSE, "arcsin", "arccos", "arctan", "arccot", "arcsec", "arccsc", "arctg", "arcctg",
            "asin", "acos", "atan", "acot", "arcsinh", "arccosh", "arctanh", "asinh", "acosh", "atanh",
            "log", "ln", "lg")
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
# Logic words in the three languages, read as Python's own ``and``/``or``/``not`` (bracket-aware,
# with Python's precedence), then made sympy's And/Or/Not.
_WORDS = {"and": ("және", "и", "and"), "or": ("немесе", "или", "or"), "not": ("not",)}
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


def halfwidth(text: str) -> str:
    """Full-width forms (``（n + m）``, ``＋``, an ideographic space) as the ASCII characters they stand for: what an
    East Asian keyboard layout types."""
    return text.translate(_HALFWIDTH)


_HALFWIDTH = {**{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}, 0x3000: " "}


def normalize_math_text(text: str, lang: str | None = None, percent: bool = False,
                        functions: tuple[str, ...] = ()) -> str:
    """School notation to Python notation: ``^``, ``×``, ``·``, ``÷``, ``√``, ``π``, decimal comma, ``;`` lists,
    ``sin^2 x`` for ``(sin x)^2``, ``sin^(-1) x`` for ``asin(x)``, ``log_2 8`` for ``log(8, 2)``, ``3j`` for ``3*j``
    (not Python's complex literal); ``50%`` for ``50/100`` when ``percent``; ``f(x)`` calls a function the author
    declared in ``functions`` (also its subscripted forms ``f_1(x)``), else it is the product ``f*(x)``."""
    code = normalize_language(lang or get_language())
    s = halfwidth(text).strip()
    if percent:
        s = s.replace("%", "/100 ")
    for a, b in (("−", "-"), ("–", "-"), ("×", "*"), ("·", "*"), ("⋅", "*"), ("÷", "/"),
                 ("^", "**"), ("π", " pi "), ("∛", " cbrt "), ("√", " sqrt "), ("∞", "oo"), ("≤", "<="), ("≥", ">="),
                 ("≠", "!="), ("<>", "!="), ("¬", " not "), ("∧", " and "), ("∨", " or "),
                 ("²", "**2"), ("³", "**3"), ("{", " FiniteSet("), ("}", ")")):
        s = s.replace(a, b)
    s = _bare_arguments(_declared_powers(_powered_functions(_log_bases(_absolute_bars(s))), functions))
    s = re.sub(r"(?<![\w.])([0-9]+(?:\.[0-9]*)?)(?=[jJ])", r"\1*", s)  # 3jn is 3*j*n, never Python's 3j
    for word, spellings in _WORDS.items():  # "1 < x және x < 3", "x = 2 или x = -2"
        s = re.sub(r"(?i)(?<![\w])(%s)(?![\w])" % "|".join(spellings), f" {word} ", s)
    # x(x+1) is a product: only known functions are called
    s = re.sub(r"(?<![A-Za-z_])([A-Za-z_][A-Za-z0-9_]*)\s*\(", lambda m: _call(m, functions), s)
    if code in DECIMAL_COMMA_LANGUAGES or ";" in s:
        # 3,5 is three and a half; lists use ';' in these languages
        s = re.sub(r"(?<=[0-9]),(?=[0-9])", ".", s)
        s = s.replace(";", ",")
    return s


_ONE_ARGUMENT = (*_POWERED, "exp", "sqrt", "cbrt", "abs")
_NAMES = "|".join(sorted(_ONE_ARGUMENT, key=len, reverse=True))
_BARE_ARGUMENT_RE = re.compile(r"(?<![A-Za-z_])(%s)\s+([0-9]*\.?[0-9]*[A-Za-z_][A-Za-z0-9_]*|[0-9]+\.?[0-9]*)(?=\s*(?:%s)(?![A-Za-z0-9_]))"
                               % (_NAMES, _NAMES))


def _bare_arguments(s: str) -> str:
    """``2 sin x cos x`` and ``cos t sin(2t)``: a function's argument written without brackets ends where the next
    function begins, as textbooks read it (not ``sin(x*cos(x))``)."""
    for _ in range(20):
        new = _BARE_ARGUMENT_RE.sub(lambda m: m.group(0) if m.group(2) in FUNCTIONS else f"{m.group(1)}({m.group(2)})", s)
        if new == s:
            break
        s = new
    return s


def _call(m: re.Match, functions: tuple[str, ...]) -> str:
    """A name before a bracket: a known function is called, a declared one or one of :data:`CALLED` by its internal
    name, anything else multiplies (``x(x+1)``)."""
    name = m.group(1)
    if name in FUNCTIONS or name in _WORDS or name.startswith((_CALLED_PREFIX, _FUNCTION_PREFIX)):
        return m.group(0)
    if name in CALLED:
        return f"{_CALLED_PREFIX}{name}("
    if _declared(name, functions):
        return f"{_FUNCTION_PREFIX}{name}("
    return name + "*("


def _declared(name: str, functions: tuple[str, ...]) -> bool:
    return name in functions or name.split("_")[0] in functions and re.fullmatch(r"[A-Za-z]+(_[A-Za-z0-9]+)?", name) is not None


_DECLARED_POWER_RE = re.compile(r"(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)?)\s*\*\*\s*([0-9])\s*\(")


def _declared_powers(s: str, functions: tuple[str, ...]) -> str:
    """``f^2(x)`` for a declared function ``f`` is ``f(f(x))``: the power of a function is composition (``f^(-1)`` is
    its inverse, which cannot be computed here, so it stays unreadable)."""
    if not functions:
        return s
    out, i = [], 0
    for m in _DECLARED_POWER_RE.finditer(s):
        if m.start() < i or not _declared(m.group(1), functions):
            continue
        end = _closing(s, m.end() - 1)
        if end < 0:
            continue
        argument = _declared_powers(s[m.end():end], functions)
        n = int(m.group(2))
        out += [s[i:m.start()], f"{m.group(1)}(" * n + argument + ")" * n]
        i = end + 1
    return "".join(out) + s[i:]


_LOG_BASE_RE = re.compile(r"(?<![A-Za-z_])(log)_(\(|[0-9]+(?:\.[0-9]+)?|[A-Za-z](?![A-Za-z0-9]))\s*")


def _log_bases(s: str) -> str:
    """``log_2(8)``, ``log_2 8``, ``log_a(b)`` and ``log_(a+1)(x)`` as ``log(8, 2)``: the base written as a subscript."""
    out, i = [], 0
    for m in _LOG_BASE_RE.finditer(s):
        if m.start() < i:
            continue
        if m.group(2) == "(":
            close = _closing(s, m.end(2) - 1)
            if close < 0:
                continue
            base, rest = s[m.end(2) - 1:close + 1], close + 1
            while rest < len(s) and s[rest] == " ":
                rest += 1
        else:
            base, rest = m.group(2), m.end()
        if rest < len(s) and s[rest] == "(":
            end = _closing(s, rest)
            if end < 0:
                continue
            argument, stop = s[rest + 1:end], end + 1
        else:
            arg = _ARGUMENT_RE.match(s, rest)
            if arg is None:
                continue
            argument, stop = arg.group(0), arg.end()
        out += [s[i:m.start()], f"log({_log_bases(argument)}, {base})"]
        i = stop
    return "".join(out) + s[i:]


_EXPONENT = r"\(\s*-\s*1\s*\)|-\s*1(?![0-9.])|[0-9]+|[A-Za-z](?![A-Za-z0-9_])|\([^()]*\)"
_POWERED_RE = re.compile(r"(?<![A-Za-z_])(%s)\s*\*\*\s*(%s)\s*" % ("|".join(sorted(_POWERED, key=len, reverse=True)), _EXPONENT))
_ARGUMENT_RE = re.compile(r"[0-9]*\.?[0-9]*[A-Za-z_][A-Za-z0-9_]*|[0-9]+\.?[0-9]*")


def _powered_functions(s: str) -> str:
    """``sin**2(x)``, ``sin**2 x``, ``sin**n x`` and ``log**2 2n`` (after ``^`` became ``**``) as ``(sin(x))**2``,
    ``(sin(x))**n``, ``(log(2n))**2``: the power of the function's value; ``sin**(-1)(x)`` and ``sin**-1 x`` as
    ``asin(x)``, the inverse function. Left alone when no argument follows."""
    out, i = [], 0
    for m in _POWERED_RE.finditer(s):
        if m.start() < i:
            continue
        rest = m.end()
        if rest < len(s) and s[rest] == "(":
            end = _closing(s, rest)
            if end < 0:
                continue
            argument = s[rest + 1:end]
            stop = end + 1
        else:
            arg = _ARGUMENT_RE.match(s, rest)
            if arg is None:
                continue
            argument, stop = arg.group(0), arg.end()
        name, power = m.group(1), m.group(2)
        if re.fullmatch(r"\(?\s*-\s*1\s*\)?", power) and name in _INVERSE:
            out += [s[i:m.start()], f"({_INVERSE[name]}({_powered_functions(argument)}))"]
        else:
            out += [s[i:m.start()], f"({name}({_powered_functions(argument)}))**{power}"]
        i = stop
    return "".join(out) + s[i:]


def _absolute_bars(s: str) -> str:
    """``|x - 1|`` as ``Abs(x - 1)``. A bar closes the open one when what comes before it can end a term (a letter,
    a digit, a closing bracket or bar, ``!``), else it opens one: ``|a|·|b|``, ``||x| - 1|``. Unpaired bars are
    left for :func:`unpaired_bar` to name."""
    if "|" not in s or not _bars_pair(s):
        return s
    out: list[str] = []
    open_bars: list[int] = []  # depth of brackets at each open bar
    depth, last = 0, ""
    for ch in s:
        if ch == "|":
            ends_term = last.isalnum() or last in ")]!_." or last == "|close"
            if open_bars and open_bars[-1] == depth and ends_term:
                open_bars.pop()
                out.append(")")
                last = "|close"
                continue
            open_bars.append(depth)
            out.append(" Abs(")
            last = "|open"
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        out.append(ch)
        if not ch.isspace():
            last = ch
    return "".join(out) if not open_bars else s


def _bars_pair(s: str) -> bool:
    return s.count("|") % 2 == 0


def unpaired_bar(text: str) -> int | None:
    """Where the last bar of an odd number of absolute-value bars is (0-based), or None when they pair."""
    return None if _bars_pair(text) else text.rindex("|")


def _first_bad_char(text: str) -> int | None:
    for i, ch in enumerate(text):
        if not (ch.isalnum() or ch in " +-*/^().,;=<>_[]{}!|·×÷−–√∛π²³∞≤≥≠¬∧∨⋅'"):
            return i
    return None


def _is_symbolic(node: ast.AST, symbols: dict[str, sympy.Symbol]) -> bool:
    """Whether a base holds a letter (``Symbol('x')`` or a teacher's symbol): its power stays a formula."""
    for inner in ast.walk(node):
        if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "Symbol":
            return True
        if isinstance(inner, ast.Name) and inner.id in symbols:
            return True
    return False


def _check_tree(tree: ast.AST, names: dict[str, object], text: str, symbols: dict[str, sympy.Symbol] | None = None) -> None:
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
            if isinstance(exp, ast.BinOp) and isinstance(exp.op, ast.Pow) and not _is_symbolic(exp, symbols or {}):
                # 2^(3^(4^5)) is a number too large to compute; e^(x^2) is a formula
                raise ParseError(text, _("a tower of powers is too large to check"))
            value = _literal_int(exp)
            limit = MAX_SYMBOLIC_EXPONENT if _is_symbolic(node.left, symbols or {}) else MAX_EXPONENT
            if value is not None and abs(value) > limit:
                raise ParseError(text, _("an exponent larger than {n}", n=limit))


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
    """``1 < x < 3`` becomes ``And(1 < x, x < 3)`` instead of Python's short-circuit chain; ``x != 1`` is ``Ne(x, 1)``."""

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        parts: list[ast.expr] = []
        left = node.left
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, ast.NotEq):
                parts.append(ast.Call(func=ast.Name(id="Ne", ctx=ast.Load()), args=[left, right], keywords=[]))
            else:
                parts.append(ast.Compare(left=left, ops=[op], comparators=[right]))
            left = right
        if len(parts) == 1:
            return parts[0]
        return ast.Call(func=ast.Name(id="And", ctx=ast.Load()), args=parts, keywords=[])


def parse_math(text: str, lang: str | None = None, symbols: dict[str, sympy.Symbol] | None = None,
               timeout: float = 2.0, evaluate: bool = True, imaginary: tuple[str, ...] = (),
               percent: bool = False, functions: tuple[str, ...] | list[str] | str = ()) -> object:
    """Read an expression, equation, inequality (also ``1 < x < 3``, ``x < 0 or x > 2``), list (``[...]`` or
    ``a; b``), or set (``{...}``).

    ``symbols`` maps names to the sympy symbols the teacher uses (so assumptions carry
    over); other letters become plain symbols.  ``evaluate=False`` keeps the form the
    student wrote (``2*(x+1)`` stays a product), for the form tests.  ``imaginary`` names the
    letters read as the imaginary unit (``("i",)``); ``percent`` reads ``50%`` as ``50/100``; ``functions`` names
    the letters that are functions the author declared (``f(2)`` is f at 2, not f·2).  Raises :class:`ParseError`, also for a value
    that is undefined (``1/0``, ``0*oo``).
    """
    if not isinstance(text, str):
        raise ParseError(repr(text), _("expected text"))
    if len(text) > MAX_LENGTH:
        raise ParseError(text, _("the answer is longer than {n} characters", n=MAX_LENGTH))
    if not text.strip():
        raise ParseError(text, _("the answer is empty"))
    functions = (functions,) if isinstance(functions, str) else tuple(functions or ())
    bad = _first_bad_char(halfwidth(text).replace("%", "") if percent else halfwidth(text))
    if bad is not None:
        raise ParseError(text, _("unexpected character {char!r}", char=text[bad]), bad)
    bar = unpaired_bar(text)
    if bar is not None:
        raise ParseError(text, _("the bracket {bracket!r} is never closed", bracket="|"), bar)
    source = normalize_math_text(text, lang, percent=percent, functions=functions)
    if "|" in source:
        raise ParseError(text, _("the bracket {bracket!r} is never closed", bracket="|"), text.index("|"))
    known = _aliases({**(symbols or {}), **{name: sympy.I for name in imaginary}})
    known.update({f"{_FUNCTION_PREFIX}{name}": sympy.Function(name)
                  for name in re.findall(r"%s(\w+)\(" % _FUNCTION_PREFIX, source)})
    value = _parse_logic(source, text, known, timeout, evaluate)
    value = _spell_greek(_sympy_values(value), known)
    if _undefined(value):
        raise ParseError(text, _("the value is undefined (a division by zero, or 0 times infinity)"))
    return value


def spelled(name: str) -> str:
    """A name with its Greek letters spelled as sympy names them (``μ0`` -> ``mu0``, ``Δx`` -> ``Deltax``, ``λ`` ->
    ``lamda``): the letter and its name are one symbol, whichever the student or the teacher wrote."""
    return "".join(_GREEK_NAMES.get(ch, ch) for ch in name)


def _greek_name(ch: str) -> str | None:
    words = unicodedata.name(ch, "").split()
    if words == ["MICRO", "SIGN"]:
        return "mu"
    if len(words) >= 3 and words[0] == "GREEK" and "LETTER" in words and words[-1] != "LETTER":
        name = words[-1].lower()
        return name.capitalize() if "CAPITAL" in words else name
    if words[:1] == ["GREEK"] and words[-1:] == ["SYMBOL"] and words[-2].isalpha():  # ϑ, ϕ, ϵ
        return words[-2].lower()
    return None


_ALPHABET = [chr(c) for c in (*range(0x0391, 0x03AA), *range(0x03B1, 0x03CA)) if c not in (0x03A2, 0x03C2)]
"""The Greek alphabet, capitals and small letters (no final sigma, no letters with accents)."""
_GREEK_NAMES = {ch: n for ch in (*_ALPHABET, "\u00b5", "\u03c2", "\u03d1", "\u03d5", "\u03f5") if (n := _greek_name(ch))}
_GREEK_LETTERS = {_GREEK_NAMES[ch]: ch for ch in _ALPHABET}


_CYRILLIC_LOOKALIKES = str.maketrans("aeopcyxiABEKMHOPCTX", "аеорсухіАВЕКМНОРСТХ")
"""Latin letters and the Cyrillic ones that look the same: a Kazakh or Russian keyboard layout types ``х`` for x."""


def _aliases(known: dict[str, object]) -> dict[str, object]:
    """The known names and, for each, its other spellings: ``μ0`` also as ``mu0``, ``alpha`` also as ``α``, ``x``
    also as the Cyrillic ``х`` that looks the same (when every letter of it has a look-alike)."""
    out = dict(known)
    for name, value in known.items():
        out.setdefault(spelled(name), value)
        if name in _GREEK_LETTERS:
            out.setdefault(_GREEK_LETTERS[name], value)
        cyrillic = name.translate(_CYRILLIC_LOOKALIKES)
        if cyrillic != name and not re.search("[A-Za-z]", cyrillic):
            out.setdefault(cyrillic, value)
    return out


def _spell_greek(value: object, known: dict[str, object]) -> object:
    """Letters the student wrote in Greek that are no known name, as the symbol of their spelled name."""
    if isinstance(value, tuple):
        return tuple(_spell_greek(v, known) for v in value)
    if isinstance(value, sympy.MatrixBase):
        return value.applyfunc(lambda v: _spell_greek(v, known))
    if not isinstance(value, sympy.Basic):
        return value
    renamed = {s: known.get(spelled(s.name)) or sympy.Symbol(spelled(s.name), **s.assumptions0)
               for s in value.atoms(sympy.Symbol) if s.name not in known and spelled(s.name) != s.name}
    return value.xreplace(renamed) if renamed else value


def _sympy_values(value: object) -> object:
    """Python's lists and booleans as the answer's tuples and sympy's true/false."""
    if isinstance(value, bool):
        return sympy.true if value else sympy.false
    if isinstance(value, (list, tuple)):
        return tuple(_sympy_values(v) for v in value)
    return value


def _undefined(value: object) -> bool:
    if isinstance(value, (tuple, list)):
        return any(_undefined(v) for v in value)
    if isinstance(value, sympy.MatrixBase):
        return any(_undefined(v) for v in value)
    return isinstance(value, sympy.Basic) and value.has(sympy.zoo, sympy.nan)


def _parse_logic(source: str, text: str, symbols: dict[str, object], timeout: float, evaluate: bool) -> object:
    """``a or b and not c``: sympy's tokenizer knows no logic words, so they are split off first, outside brackets
    (``or`` binds loosest, then ``and``, then ``not``); a list or set whose items use them is read item by item."""
    stripped = source.strip()
    interval = _half_open(stripped)
    if interval is not None:
        ends = [_parse_logic(item, text, symbols, timeout, evaluate) for item in interval[:2]]
        if not all(isinstance(e, sympy.Expr) for e in ends):
            raise ParseError(text, _("cannot read this as mathematics: check the operators between the terms"))
        return sympy.Interval(*ends, left_open=interval[2], right_open=interval[3])
    if not _LOGIC_WORD.search(stripped) and not _EQUALS.search(stripped):
        return _parse_one(stripped, text, symbols, timeout, evaluate)
    opening = 9 if stripped.startswith("FiniteSet(") else 0
    if stripped[opening:opening + 1] in "([" and _closing(stripped, opening) == len(stripped) - 1:
        items = _split_top(stripped[opening + 1:-1], ",")
        if opening:
            return _finite_set(*(_parse_logic(item, text, symbols, timeout, evaluate) for item in items))
        if stripped[0] == "(" and len(items) == 1:
            return _parse_logic(items[0], text, symbols, timeout, evaluate)
        return tuple(_parse_logic(item, text, symbols, timeout, evaluate) for item in items)
    if not _LOGIC_WORD.search(stripped):
        return _parse_one(stripped, text, symbols, timeout, evaluate)
    for word, combine in (("or", sympy.Or), ("and", sympy.And)):
        parts = _split_top(stripped, word)
        if len(parts) > 1:
            if any(not p.strip() for p in parts):
                raise ParseError(text, _("the answer ends with {char!r}", char=word))
            try:
                return combine(*(_parse_logic(p, text, symbols, timeout, evaluate) for p in parts))
            except (TypeError, ValueError, AttributeError):
                raise ParseError(text, _("only conditions can be joined with {word!r}", word=word)) from None
    if re.match(r"not(?![\w])", stripped):
        try:
            return sympy.Not(_parse_logic(stripped[3:], text, symbols, timeout, evaluate))
        except (TypeError, ValueError, AttributeError):
            raise ParseError(text, _("only a condition can be negated with 'not'")) from None
    raise ParseError(text, _("cannot read this as mathematics: check the operators between the terms"))


def _half_open(source: str) -> tuple[str, str, bool, bool] | None:
    """``(a, b]`` and ``[a, b)``: an interval open at one end (its ends, and which are open); ``(a, b)`` stays a
    list of two and ``[a, b]`` a list."""
    if len(source) < 5 or (source[0], source[-1]) not in (("(", "]"), ("[", ")")) or _closing(source, 0) != len(source) - 1:
        return None
    items = _split_top(source[1:-1], ",")
    if len(items) != 2 or not all(item.strip() for item in items):
        return None
    return items[0], items[1], source[0] == "(", source[-1] == ")"


_LOGIC_WORD = re.compile(r"(?<![\w])(or|and|not)(?![\w])")
_EQUALS = re.compile(r"(?<![<>!=])=(?!=)")


def _closing(source: str, start: int) -> int:
    """Index of the bracket that closes the one at ``start`` (-1 if none)."""
    depth = 0
    for i in range(start, len(source)):
        if source[i] in "([{":
            depth += 1
        elif source[i] in ")]}":
            depth -= 1
            if depth == 0:
                return i
    return -1


def _split_top(source: str, separator: str) -> list[str]:
    """``source`` split at ``separator`` (a comma or a logic word) outside brackets."""
    parts, depth, start, i = [], 0, 0, 0
    word = separator.isalpha()
    while i < len(source):
        ch = source[i]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif depth == 0:
            if word and source.startswith(separator, i) and (i == 0 or not (source[i - 1].isalnum() or source[i - 1] == "_")) \
                    and not (i + len(separator) < len(source) and (source[i + len(separator)].isalnum() or source[i + len(separator)] == "_")):
                parts.append(source[start:i])
                i += len(separator)
                start = i
                continue
            if not word and ch == separator:
                parts.append(source[start:i])
                start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def _parse_one(source: str, text: str, symbols: dict[str, sympy.Symbol], timeout: float, evaluate: bool) -> object:
    called = {f"{_CALLED_PREFIX}{name}": fn for name, fn in CALLED.items()}
    names: dict[str, object] = {**_CONSTRUCTORS, **FUNCTIONS, **called, **CONSTANTS}
    local: dict[str, object] = {**FUNCTIONS, **called, **CONSTANTS, **symbols}
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
    _check_tree(tree, {**names, **symbols}, text, {k: v for k, v in symbols.items() if isinstance(v, sympy.Symbol)})
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
