"""Modes ``same_form``, ``expanded``, ``factored``, ``lowest_terms``: equivalent, and written the way the question asks.

Each works on the student's text read with ``evaluate=False``, so ``2*(x+1)`` stays a
product; equivalence is decided first by the ordinary ``equiv`` test.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

import sympy

from ..i18n import _
from .answers import symbols_of, to_math
from .equivalence import equiv
from .parse import parse_math
from .result import Code, Result, wrong

Key = tuple


def _negated_number(expr: sympy.Basic) -> sympy.Basic | None:
    """``Mul(-1, 3)`` as sympy writes ``-3`` without evaluation, folded back into ``-3``."""
    if isinstance(expr, sympy.Mul) and len(expr.args) == 2 and all(a.is_Number for a in expr.args):
        a, b = expr.args
        if a == -1 or b == -1:
            return a * b
    return None


def canonical(expr: Any) -> Key:
    """A key equal for two expressions that differ only by order of terms and factors and by grouping."""
    if isinstance(expr, sympy.Basic):
        folded = _negated_number(expr)
        if folded is not None:
            expr = folded
    if isinstance(expr, (int, float)) or (isinstance(expr, sympy.Basic) and expr.is_Number):
        return ("num", sympy.nsimplify(expr) if isinstance(expr, (float, sympy.Float)) else sympy.Rational(expr))
    if isinstance(expr, sympy.Symbol):
        return ("sym", expr.name)
    if isinstance(expr, (sympy.Add, sympy.Mul)):
        kind = "add" if isinstance(expr, sympy.Add) else "mul"
        children: list[Key] = []
        for arg in expr.args:
            key = canonical(arg)
            children.extend(key[1] if key[0] == kind else [key])  # associativity
        if kind == "mul":
            # a minus sign written as subtraction (-1 times ...) joins the coefficient; a factor 1 is no form
            numbers = [c for c in children if c[0] == "num"]
            if ("num", -1) in children and len(numbers) > 1:
                children.remove(("num", -1))
                other = next(c for c in children if c[0] == "num")
                children[children.index(other)] = ("num", -other[1])
            children = [c for c in children if c != ("num", 1)] or [("num", 1)]
            if len(children) == 1:
                return children[0]
        return (kind, tuple(sorted(children, key=repr)))  # commutativity
    if isinstance(expr, sympy.Pow):
        if expr.base.is_Number and expr.exp.is_Number:  # x/2 is written x*2**-1: the same as x*(1/2)
            return canonical(expr.base ** expr.exp)
        return ("pow", canonical(expr.base), canonical(expr.exp))
    if isinstance(expr, sympy.Basic) and expr.args:
        return (type(expr).__name__, tuple(canonical(a) for a in expr.args))
    return ("atom", repr(expr))


def same_form(student: Any, teacher: Any) -> bool:
    return canonical(student) == canonical(teacher)


def is_expanded(unevaluated: Any, evaluated: Any) -> bool:
    """Expanded and like terms collected: the written form is what ``expand`` gives, up to order."""
    return canonical(unevaluated) == canonical(sympy.expand(evaluated))


def _factors(expr: sympy.Basic) -> list[sympy.Basic]:
    key = _negated_number(expr)
    if key is not None:
        return [key]
    if isinstance(expr, sympy.Mul):
        out: list[sympy.Basic] = []
        for arg in expr.args:
            out.extend(_factors(arg))
        return out
    if isinstance(expr, sympy.Pow) and expr.exp.is_Integer and expr.exp > 0:
        return _factors(expr.base)
    return [expr]


def is_factored(unevaluated: Any) -> bool:
    """A product of irreducible factors over the rationals, with the common numeric factor taken out."""
    for factor in _factors(sympy.sympify(unevaluated)):
        value = sympy.sympify(factor).doit()  # evaluate inside one factor: (2*x + 2) is judged as 2*x + 2
        if value.is_Number or not value.free_symbols:
            continue
        if not value.is_polynomial(*value.free_symbols):
            continue
        coeff, parts = sympy.factor_list(value)
        if abs(coeff) != 1 or len(parts) != 1 or parts[0][1] != 1:
            return False
    return True


def _fractions(expr: sympy.Basic) -> list[tuple[sympy.Basic, sympy.Basic]]:
    """(numerator, denominator) of every written division ``a/b`` in an unevaluated expression."""
    found = []
    if isinstance(expr, sympy.Mul):
        dens = [a.base ** -a.exp for a in expr.args if isinstance(a, sympy.Pow) and a.exp.is_Number and a.exp < 0]
        nums = [a for a in expr.args if not (isinstance(a, sympy.Pow) and a.exp.is_Number and a.exp < 0)]
        if dens:
            found.append((sympy.Mul(*[n.doit() for n in nums]), sympy.Mul(*[d.doit() for d in dens])))
    if isinstance(expr, sympy.Rational) and not expr.is_Integer:
        found.append((expr.p, expr.q))
    for arg in getattr(expr, "args", ()):
        found.extend(_fractions(arg))
    return found


def in_lowest_terms(unevaluated: Any) -> bool:
    """No written fraction whose numerator and denominator share a factor (numbers or polynomials)."""
    for num, den in _fractions(sympy.sympify(unevaluated)):
        num, den = sympy.sympify(num), sympy.sympify(den)
        if num.is_Integer and den.is_Integer:
            if math.gcd(int(num), int(den)) != 1 or abs(int(den)) == 1:
                return False
            continue
        if den.is_Integer and abs(int(den)) == 1:
            return False
        common = sympy.gcd(sympy.expand(num), sympy.expand(den))
        if not (common.is_Number and abs(common) == 1):
            if common.free_symbols or (common.is_Integer and abs(common) != 1):
                return False
    return True


# -- the modes ----------------------------------------------------------------------------------

def _written(student: Any, teacher_math: Any, options: Mapping[str, Any]) -> Any:
    """The student's answer as written: text read without evaluation, an object as it is."""
    if isinstance(student, str):
        return parse_math(student, lang=options.get("lang"), evaluate=False,
                          symbols={**symbols_of(teacher_math), **dict(options.get("symbols") or {})})
    return to_math(student, options)


def _form_mode(check: Callable[[Any, Any, Any], bool], code: Code, message: Callable[[], str]) -> Callable[..., Result]:
    def comparer(student: Any, teacher: Any, **options: Any) -> Result:
        result = equiv(student, teacher, **options)
        if not result.correct:
            return result
        t = to_math(teacher, {**options, "lang": "en"}, options.get("symbols"))
        written = _written(student, t, options)
        if check(written, to_math(student, options, symbols_of(t)) if isinstance(student, str) else written, teacher):
            return result
        return wrong(code, message(), {"equivalent": True})

    return comparer


def _same_form_check(written: Any, _value: Any, teacher: Any) -> bool:
    t = parse_math(teacher, lang="en", evaluate=False) if isinstance(teacher, str) else teacher
    return same_form(written, t)


same_form_mode = _form_mode(_same_form_check, Code.WRONG_FORM,
                            lambda: _("Equivalent, but not written in the form the question asks for."))
expanded_mode = _form_mode(lambda w, v, _t: is_expanded(w, v), Code.NOT_EXPANDED,
                           lambda: _("Equivalent, but not expanded: multiply out the brackets and collect like terms."))
factored_mode = _form_mode(lambda w, _v, _t: is_factored(w), Code.NOT_FACTORED,
                           lambda: _("Equivalent, but not fully factored."))
lowest_terms_mode = _form_mode(lambda w, _v, _t: in_lowest_terms(w), Code.NOT_LOWEST_TERMS,
                               lambda: _("Equivalent, but the fraction can still be reduced."))
