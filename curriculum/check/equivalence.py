"""Mode ``equiv``: expressions, equations, inequalities and their combinations, lists, sets, matrices.

An expression is decided exactly (``expand(a - b) == 0``) or at sample points; equations and
inequalities by their solution sets.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from typing import Any

import sympy

from ..i18n import _, ngettext
from .answers import POSITIVE, positive_names, symbols_of, to_math
from .result import Code, Result, correct, wrong

_SAMPLES = 12


def sample_points(symbols: Sequence[sympy.Symbol], seed: int) -> list[dict[sympy.Symbol, float]]:
    rng = random.Random(seed)
    positive = POSITIVE.get()
    points = []
    for i in range(_SAMPLES):
        # mostly positive values (physical quantities), some negative ones for pure algebra
        lo, hi = ((0.3, 3.0) if i % 3 else (-3.0, -0.3))
        points.append({s: (rng.uniform(0.3, 3.0) if s.name in positive else rng.uniform(lo, hi)) for s in symbols})
    return points


def evaluate(expr: sympy.Expr, point: Mapping[sympy.Symbol, float]) -> complex | None:
    try:
        value = complex(expr.evalf(15, subs=point))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    if not (math.isfinite(value.real) and math.isfinite(value.imag)):
        return None
    return value


def close(a: complex, b: complex, rtol: float = 1e-8, atol: float = 1e-10) -> bool:
    return abs(a - b) <= atol + rtol * max(abs(a), abs(b))


def _is_real(value: complex | None) -> bool:
    return value is not None and abs(value.imag) < 1e-12


def pairs(student: sympy.Expr, teacher: sympy.Expr) -> tuple[list[tuple[complex, complex]], int]:
    """Values of both at the sample points where both are real, and how many points only one is defined at."""
    symbols = sorted(student.free_symbols | teacher.free_symbols, key=lambda s: s.name)
    found, one_sided = [], 0
    for point in sample_points(symbols, seed=len(symbols) * 7919 + 1):
        s, t = evaluate(student, point), evaluate(teacher, point)
        if _is_real(s) and _is_real(t):
            if any(abs(v) > 1e50 or 0 < abs(v) < 1e-50 for v in (s, t)):
                continue  # far outside double precision's comfort: cancellation makes such values unreliable
            found.append((s, t))
        elif _is_real(s) != _is_real(t):
            one_sided += 1
    return found, one_sided


def _equiv_expr(s: sympy.Expr, t: sympy.Expr) -> Result:
    result = _equiv_expr_values(s, t)
    extra = sorted(x.name for x in s.free_symbols - t.free_symbols)
    if extra and not result.correct:
        return wrong(Code.WRONG_VARIABLES, _("Your answer uses {names}, which the answer does not depend on. Check the letters you used.",
                                             names=", ".join(extra)), {"unexpected": extra})
    return result


def _equiv_expr_values(s: sympy.Expr, t: sympy.Expr) -> Result:
    try:
        if sympy.expand(s - t) == 0:
            return correct()
    except (TypeError, ValueError):
        pass
    found, one_sided = pairs(s, t)
    if one_sided >= 2:  # log(x^2) and 2*log(x) agree only where x > 0
        return wrong(Code.NOT_EQUIVALENT, _("Not equivalent to the correct answer."), {"domain": "differs"})
    if len(found) < 3:
        # too few points where both are real: decide symbolically
        diff = sympy.simplify(s - t)
        return correct() if diff == 0 else wrong(Code.NOT_EQUIVALENT, _("Not equivalent to the correct answer."))
    if all(close(a, b) for a, b in found):
        return correct({"method": "sampling", "points": len(found)})
    if all(close(a, -b) for a, b in found):
        return wrong(Code.WRONG_SIGN, _("Check the sign: your answer has the opposite sign."))
    ratios = [a / b for a, b in found if abs(b) > 1e-12]
    if ratios and all(close(r, ratios[0], 1e-6) for r in ratios) and not close(ratios[0], 0) and not close(ratios[0], 1, 1e-6):
        return wrong(Code.WRONG_FACTOR, _("Your answer is off by a constant factor. Check the coefficients."),
                     {"factor": ratios[0].real})
    return wrong(Code.NOT_EQUIVALENT, _("Not equivalent to the correct answer."))


def _equiv_equation(s: sympy.Rel, t: sympy.Rel) -> Result:
    if type(s) is not type(t) and not (isinstance(s, sympy.Eq) and isinstance(t, sympy.Eq)):
        if isinstance(s, sympy.Eq) != isinstance(t, sympy.Eq):
            return wrong(Code.WRONG_TYPE, _("The answer should be an equation.") if isinstance(t, sympy.Eq)
                         else _("The answer should be an inequality."))
    f, g = s.lhs - s.rhs, t.lhs - t.rhs
    if isinstance(t, sympy.Eq):
        found, _one_sided = pairs(f, g)
        ratios = [a / b for a, b in found if abs(b) > 1e-12]
        if len(ratios) >= 3 and all(close(r, ratios[0], 1e-6) for r in ratios) and not close(ratios[0], 0):
            return correct({"method": "proportional"})
    symbols = sorted(f.free_symbols | g.free_symbols, key=lambda x: x.name)
    if len(symbols) == 1:
        x = symbols[0]
        try:
            same = sympy.solveset(s, x, sympy.S.Reals) == sympy.solveset(t, x, sympy.S.Reals)
        except (NotImplementedError, ValueError, TypeError):
            same = False
        if same:
            return correct({"method": "solution-set"})
    return wrong(Code.NOT_EQUIVALENT, _("Your equation does not have the same solutions as the correct one."))


def is_condition(value: Any) -> bool:
    return isinstance(value, (sympy.Rel, sympy.And, sympy.Or))


def _equiv_condition(s: Any, t: Any) -> Result:
    """Inequalities, systems of them and alternatives: the same set of solutions."""
    symbols = sorted(_condition_symbols(s) | _condition_symbols(t), key=lambda x: x.name)
    if len(symbols) == 1:
        x = symbols[0]
        try:
            same = _as_set(s, x) == _as_set(t, x)
        except (NotImplementedError, TypeError, ValueError):
            same = None
        if same is not None:
            return correct({"method": "solution-set"}) if same else wrong(
                Code.NOT_EQUIVALENT, _("Your answer does not describe the same values as the correct one."))
    # several variables: the two conditions must agree at many points
    rng = random.Random(17)
    for _i in range(200):
        point = {v: rng.choice([rng.uniform(-5, 5), rng.randint(-5, 5)]) for v in symbols}
        try:
            if bool(s.subs(point)) != bool(t.subs(point)):
                return wrong(Code.NOT_EQUIVALENT, _("Your answer does not describe the same values as the correct one."))
        except TypeError:
            continue
    return correct({"method": "sampling"})


def _condition_symbols(value: Any) -> set:
    return {v for v in value.free_symbols if isinstance(v, sympy.Symbol)}


def _as_set(condition: Any, x: sympy.Symbol) -> sympy.Set:
    if isinstance(condition, sympy.Eq):
        return sympy.solveset(condition.lhs - condition.rhs, x, sympy.S.Reals)
    if isinstance(condition, sympy.And):
        return sympy.Intersection(*(_as_set(a, x) for a in condition.args))
    if isinstance(condition, sympy.Or):
        return sympy.Union(*(_as_set(a, x) for a in condition.args))
    return sympy.solveset(condition, x, sympy.S.Reals)


def equiv(student: Any, teacher: Any, **options: Any) -> Result:
    """Mode ``equiv``."""
    positive = positive_names(student) | positive_names(teacher) | positive_names(list((options.get("symbols") or {}).values()))
    # the teacher's text is written in Python notation: '.' decimals, ',' separates items
    t = to_math(teacher, {**options, "lang": "en"}, options.get("symbols"))
    s = to_math(student, options, {**symbols_of(t), **dict(options.get("symbols") or {})})
    token = POSITIVE.set(frozenset(positive))
    try:
        return equiv_values(s, t, options)
    finally:
        POSITIVE.reset(token)


def equiv_values(s: Any, t: Any, options: Mapping[str, Any]) -> Result:
    """Equivalence of two answers already read as mathematics."""
    if isinstance(t, tuple):
        if not isinstance(s, tuple):
            return wrong(Code.WRONG_TYPE, ngettext("The answer should be a list of {n} item.", "The answer should be a list of {n} items.", len(t)))
        if len(s) != len(t):
            return wrong(Code.WRONG_LENGTH, ngettext("The answer should have {n} item; yours has {m}.", "The answer should have {n} items; yours has {m}.",
                                                     len(t), m=len(s)))
        for i, (a, b) in enumerate(zip(s, t), start=1):
            r = equiv_values(a, b, options)
            if not r.correct:
                return wrong(Code(r.code), _("Item {i}: {message}", i=i, message=r.message), {"item": i, **r.details})
        return correct()
    if isinstance(t, sympy.FiniteSet):
        if not isinstance(s, (sympy.FiniteSet, sympy.Set)):
            return wrong(Code.WRONG_TYPE, _("The answer should be a set."))
        if not isinstance(s, sympy.FiniteSet) or len(s) != len(t):
            return wrong(Code.WRONG_LENGTH, ngettext("The set should have {n} element.", "The set should have {n} elements.", len(t)))
        remaining = list(t)
        for a in s:
            match = next((b for b in remaining if equiv_values(a, b, options).correct), None)
            if match is None:
                return wrong(Code.NOT_EQUIVALENT, _("Not every element of your set is correct."))
            remaining.remove(match)
        return correct()
    if isinstance(t, sympy.MatrixBase):
        if not isinstance(s, sympy.MatrixBase) or s.shape != t.shape:
            return wrong(Code.WRONG_TYPE, _("The answer should be a matrix of shape {shape}.", shape="×".join(map(str, t.shape))))
        return equiv_values(tuple(s), tuple(t), options)
    if is_condition(t):
        if not is_condition(s):
            return wrong(Code.WRONG_TYPE, _("The answer should be an equation.") if isinstance(t, sympy.Eq)
                         else _("The answer should be an inequality."))
        if isinstance(s, sympy.Eq) and isinstance(t, sympy.Eq):
            return _equiv_equation(s, t)
        return _equiv_condition(s, t)
    if isinstance(s, (tuple, sympy.Set, sympy.MatrixBase)) or is_condition(s):
        return wrong(Code.WRONG_TYPE, _("The answer should be a single expression."))
    if not isinstance(s, sympy.Expr) or not isinstance(t, sympy.Expr):
        return correct() if s == t else wrong(Code.NOT_EQUIVALENT, _("Not equivalent to the correct answer."))
    return _equiv_expr(s, t)
