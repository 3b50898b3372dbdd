"""Mode ``equiv``: expressions, equations, inequalities and their combinations, systems, lists, sets, matrices.

An expression is decided exactly where that is cheap (``expand(a - b) == 0`` for small polynomials), else
by its values at sample points, computed by sympy's ``evalf`` to 30 guaranteed digits (so huge powers
such as ``(x-a)^6000`` and complex values are compared without overflow or expansion).  Typed decimals
are exact; only floats computed by code get a tolerance (``rtol`` sets one for any answer).  Equations
are compared by their solutions: proportional sides, the same zero set of their numerators, or the same
solution set in one variable; inequalities and their combinations by solution sets; lists of equations
as systems (auxiliary variables of the student's system are eliminated).
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from typing import Any

import mpmath
import sympy
from sympy.logic.boolalg import Boolean, BooleanAtom
from sympy.core.evalf import PrecisionExhausted
from sympy.logic.inference import satisfiable

from ..i18n import _, ngettext
from .answers import POSITIVE, positive_names, student_imaginary, symbols_of, teacher_math, to_math
from .limits import TimeLimitExceeded, time_limit
from .result import Code, Result, correct, wrong

_SAMPLES = 12
_DIGITS = 30
_EXACT_RTOL, _EXACT_ATOL = 1e-20, 1e-25
_FLOAT_RTOL, _FLOAT_ATOL = 1e-9, 1e-12
_MAX_EXPANDED_TERMS = 4000


def sample_points(symbols: Sequence[sympy.Symbol], seed: int, count: int = _SAMPLES,
                  wide: bool = False) -> list[dict[sympy.Symbol, sympy.Rational]]:
    rng = random.Random(seed)
    positive = POSITIVE.get()
    points = []
    for i in range(count):
        # mostly positive values (physical quantities), some negative ones for pure algebra; `wide` reaches further
        lo, hi = ((0.3, 3.0) if i % 3 else (-3.0, -0.3)) if not wide else ((0.3, 12.0) if i % 2 else (-12.0, 12.0))
        points.append({s: sympy.Rational(rng.uniform(lo if lo > 0 else 0.3, hi) if s.name in positive else rng.uniform(lo, hi))
                       for s in symbols})
    return points


_PIECEWISE = (sympy.Abs, sympy.sign, sympy.floor, sympy.ceiling, sympy.Min, sympy.Max, sympy.Piecewise, sympy.Heaviside,
              sympy.frac)
_FAR = 10


def far_points(symbols: Sequence[sympy.Symbol], seed: int) -> list[dict[sympy.Symbol, sympy.Rational]]:
    """Points on a ladder of magnitudes from 10 to 10^6, of both signs (positive for symbols declared positive), each
    symbol on its own rung: where a piecewise function's breakpoints lie outside the usual samples."""
    rng = random.Random(seed)
    positive = POSITIVE.get()
    rungs = [10 ** (1 + 5 * i / (_FAR - 1)) for i in range(_FAR)]
    points = []
    for i in range(_FAR):
        point = {}
        for k, s in enumerate(symbols):
            magnitude = rungs[(i + 3 * k) % _FAR] * rng.uniform(1.0, 1.3)
            negative = (i + k) % 2 == 1 and s.name not in positive
            point[s] = sympy.Rational(-magnitude if negative else magnitude)
        points.append(point)
    return points


_NOT_REAL_EVERYWHERE = (sympy.log, sympy.asin, sympy.acos, sympy.asec, sympy.acsc, sympy.acosh, sympy.atanh, sympy.acoth,
                        sympy.asech, sympy.LambertW, sympy.gamma, sympy.factorial)


def _real_everywhere(expr: sympy.Expr) -> bool:
    """No root, fractional power or function that is non-real for some real arguments."""
    return not expr.has(*_NOT_REAL_EVERYWHERE) and all(p.exp.is_integer for p in expr.atoms(sympy.Pow))


_UNRELIABLE = object()


def evaluate(expr: sympy.Expr, point: Mapping[sympy.Symbol, Any]) -> Any:
    """The value at a point to 30 digits, as an mpmath complex (no overflow); None where undefined, and
    ``_UNRELIABLE`` where sympy cannot reach 30 digits (cancellation of huge terms: ``sinh(-400) + cosh(-400)``)."""
    try:
        value = expr.evalf(_DIGITS, subs=dict(point), strict=True)
        if not value.is_number or value.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
            return None
        re, im = value.as_real_imag()
        result = mpmath.mpc(mpmath.mpf(sympy.Float(re, _DIGITS)._mpf_), mpmath.mpf(sympy.Float(im, _DIGITS)._mpf_))
    except PrecisionExhausted:
        return _UNRELIABLE
    except (TypeError, ValueError, ZeroDivisionError, OverflowError, AttributeError):
        return None
    if not (mpmath.isfinite(result.real) and mpmath.isfinite(result.imag)):
        return None
    return result


def close(a: Any, b: Any, rtol: float = 1e-8, atol: float = 1e-10) -> bool:
    return abs(a - b) <= atol + rtol * max(abs(a), abs(b))


def _is_real(value: Any) -> bool:
    return value is not None and abs(value.imag) <= 1e-20 * max(1, abs(value.real))


def pairs(student: sympy.Expr, teacher: sympy.Expr) -> tuple[list[tuple[Any, Any]], int]:
    """Values of both at the sample points where both are real, and how many points only one of them is defined
    and real at.  Letters stand for real numbers, so where both sides are non-real (``sqrt(x)`` at ``x < 0``) the
    point says nothing, unless an answer is complex on purpose (it holds ``i``, or it is a constant)."""
    symbols = sorted(student.free_symbols | teacher.free_symbols, key=lambda s: s.name)
    complex_answers = not symbols or student.has(sympy.I) or teacher.has(sympy.I)
    found, one_sided = [], 0
    points = sample_points(symbols, seed=len(symbols) * 7919 + 1)
    if len(symbols) > 1 and _real_everywhere(student) and _real_everywhere(teacher):
        # at the points above all letters share a sign; two more mix the signs (arg(x) is not arg(y)), where no root
        # or logarithm can make a real value of two non-real ones (sqrt(k/m)*sqrt(m/k) is 1 for real letters)
        points += [{v: value * (-1 if (k + j) % 2 else 1) if v.name not in POSITIVE.get() else value
                    for k, (v, value) in enumerate(point.items())} for j, point in enumerate(points[1:3])]
    first = len(points)
    if symbols and teacher.has(*_PIECEWISE):
        # |x + 1000| - 1000 and |x + 1001| - 1001 differ only beyond x = -1000: a teacher's piecewise answer is also
        # compared far out, on a ladder of magnitudes up to a million.  A teacher's answer without one sets the domain:
        # a student's |-966000 - 160x|/2 for the teacher's 483000 + 80x (x a length) is not refused for x < -6037
        points += far_points(symbols, seed=len(symbols) * 7919 + 3)
        first = len(points)
    if symbols:  # more points, further out, used only while too few are real on both sides
        points += sample_points(symbols, seed=len(symbols) * 7919 + 2, count=36, wide=True)
    for index, point in enumerate(points):
        if index >= first and len(found) >= 6:
            break
        s, t = evaluate(student, point), evaluate(teacher, point)
        if s is _UNRELIABLE or t is _UNRELIABLE:
            # sympy could not tell the value from zero: consistent with an exact zero on the other side, else unknown
            other = t if s is _UNRELIABLE else s
            if other is not _UNRELIABLE and other is not None and other == 0:
                found.append((mpmath.mpc(0), mpmath.mpc(0)))
            continue
        if s is None and t is None:
            continue
        if s is None or t is None or _is_real(s) != _is_real(t):
            if complex_answers and s is not None and t is not None:
                found.append((s, t))
            else:
                one_sided += 1
            continue
        if _is_real(s) or complex_answers:
            found.append((s, t))
        if not symbols:
            break  # a constant has one value
    return found, one_sided


def tolerances(s: Any, t: Any, options: Mapping[str, Any]) -> tuple[float, float]:
    """Exact unless a side holds a float computed by code; ``rtol`` (and ``atol``) set one explicitly."""
    if options.get("rtol") is not None:
        return float(options["rtol"]), float(options.get("atol") or 0.0)
    inexact = any(isinstance(v, sympy.Basic) and v.has(sympy.Float) for v in (s, t))
    return (_FLOAT_RTOL, _FLOAT_ATOL) if inexact else (_EXACT_RTOL, _EXACT_ATOL)


def _expansion_terms(expr: sympy.Basic) -> float:
    """A bound on how many terms ``expand`` would make (a power of a sum grows like a binomial)."""
    if isinstance(expr, sympy.Pow) and isinstance(expr.base, sympy.Add) and expr.exp.is_Integer:
        n, k = abs(int(expr.exp)), len(expr.base.args)
        if n > 40:  # the terms are few but their coefficients grow huge: (81*x^8 + 1)^398
            return math.inf
        return float(sympy.binomial(n + k - 1, k - 1)) * _expansion_terms(expr.base)
    if isinstance(expr, sympy.Mul):
        total = 1.0
        for a in expr.args:
            total *= _expansion_terms(a)
        return total
    if isinstance(expr, sympy.Add):
        return sum(_expansion_terms(a) for a in expr.args)
    if isinstance(expr, sympy.Pow):
        return _expansion_terms(expr.base)
    return 1.0


def _expands_cheaply(expr: sympy.Basic) -> bool:
    try:
        return _expansion_terms(expr) <= _MAX_EXPANDED_TERMS
    except (TypeError, ValueError, OverflowError):
        return False


def _equiv_expr(s: sympy.Expr, t: sympy.Expr, options: Mapping[str, Any]) -> Result:
    result = _equiv_expr_values(s, t, options)
    extra = sorted(x.name for x in s.free_symbols - t.free_symbols if isinstance(x, sympy.Symbol))
    if extra and not result.correct:
        return wrong(Code.WRONG_VARIABLES, _("Your answer uses {names}, which the answer does not depend on. Check the letters you used.",
                                             names=", ".join(extra)), {"unexpected": extra})
    return result


def _precise(fn: Any) -> Any:
    """Run with mpmath at 40 digits, so values agreeing to 30 digits can be told from ones that do not."""
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with mpmath.workdps(40):
            return fn(*args, **kwargs)

    wrapper.__name__, wrapper.__doc__ = fn.__name__, fn.__doc__
    return wrapper


def _not_equivalent(details: dict | None = None) -> Result:
    return wrong(Code.NOT_EQUIVALENT, _("Not equivalent to the correct answer."), details)


@_precise
def _equiv_expr_values(s: sympy.Expr, t: sympy.Expr, options: Mapping[str, Any]) -> Result:
    s, t = _evaluated(s), _evaluated(t)
    if s == t:
        return correct({"method": "identical"})
    if any(v.has(sympy.oo, -sympy.oo) for v in (s, t)):  # infinities: no sampling, no subtraction
        same = sympy.simplify(s) == sympy.simplify(t)
        return correct({"method": "infinity"}) if same else _not_equivalent({"method": "infinity"})
    rtol, atol = tolerances(s, t, options)
    exact = rtol <= _EXACT_RTOL
    s, t = _applications_as_symbols(s, t)
    difference = s - t
    if _expands_cheaply(difference):
        try:
            if sympy.expand(difference) == 0:
                return correct({"method": "expand"})
        except (TypeError, ValueError):
            pass
    found, one_sided = pairs(s, t)
    if one_sided >= 2:  # log(x^2) and 2*log(x) agree only where x > 0
        return _not_equivalent({"domain": "differs", "method": "sampling"})
    if len(found) < (1 if not (s.free_symbols | t.free_symbols) else 3):
        # too few points where both are defined: decide symbolically, briefly
        try:
            with time_limit(1.0):
                same = sympy.simplify(difference) == 0
        except TimeLimitExceeded:
            same = False
        return correct({"method": "simplify"}) if same else _not_equivalent({"method": "simplify"})
    # the absolute tolerance is for cancellation noise around values of size 1: answers whose values are all tiny
    # (1E-50*sin(x), 10^(-30)) are compared at their own scale
    scale = max((max(abs(a), abs(b)) for a, b in found), default=1)
    atol = atol * min(1, float(scale)) if options.get("atol") is None else atol
    if all(close(a, b, rtol, atol) for a, b in found):
        return correct({"method": "sampling", "points": len(found), "exact": exact})
    if all(close(a, -b, max(rtol, 1e-9), atol) for a, b in found):
        return wrong(Code.WRONG_SIGN, _("Check the sign: your answer has the opposite sign."))
    ratios = [a / b for a, b in found if abs(b) > 1e-12]
    if ratios and all(close(r, ratios[0], 1e-6) for r in ratios) and not close(ratios[0], 0) and not close(ratios[0], 1, 1e-6):
        return wrong(Code.WRONG_FACTOR, _("Your answer is off by a constant factor. Check the coefficients."),
                     {"factor": float(ratios[0].real)})
    return _not_equivalent({"method": "sampling"})


def _applications_as_symbols(s: sympy.Expr, t: sympy.Expr) -> tuple[sympy.Expr, sympy.Expr]:
    """A declared function applied (``f(a)``, ``g(f)``) as a letter of its own, the same on both sides: two answers
    that agree for every value of each application agree for every function."""
    applied = {a for v in (s, t) for a in v.atoms(sympy.core.function.AppliedUndef)}
    if not applied:
        return s, t
    # the same argument written two ways (f(x^2-1), f((x-1)(x+1))) is one letter: arguments are expanded when cheap
    canonical = {a: a.func(*(sympy.expand(arg) if _expands_cheaply(arg) else arg for arg in a.args)) for a in applied}
    letters: dict = {}
    names = {a: letters.setdefault(canonical[a], sympy.Dummy(str(canonical[a])))
             for a in sorted(applied, key=sympy.default_sort_key)}
    return s.xreplace(names), t.xreplace(names)


def _evaluated(expr: sympy.Expr) -> sympy.Expr:
    """Derivatives, sums and products written unevaluated are evaluated (``Derivative(x^2, x)`` is ``2x``)."""
    if expr.has(sympy.Derivative, sympy.Sum, sympy.Product):
        try:
            with time_limit(1.0):
                return expr.doit()
        except TimeLimitExceeded:
            return expr
    return expr


# -- equations -------------------------------------------------------------------------------

def _side(eq: sympy.Eq) -> sympy.Expr:
    return _evaluated(eq.lhs - eq.rhs)


def _zero_set_key(f: sympy.Expr) -> sympy.Poly | None:
    """The square-free numerator of ``f``: two equations with proportional keys have the same solutions
    (a factor repeated, as in ``(x-2)^2 = 0``, does not add a solution)."""
    f = _without_absolute_values(f)
    if not _expands_cheaply(f):
        return None
    try:
        with time_limit(1.0):
            numerator = sympy.numer(sympy.cancel(sympy.together(f)))
            numerator = sympy.expand(numerator)
            if numerator == 0 or not numerator.free_symbols:
                return None
            poly = sympy.Poly(numerator, *sorted(numerator.free_symbols, key=lambda v: v.name))
            if poly.total_degree() > 60 or not poly.domain.is_Numerical:
                return None
            return sympy.sqf_part(poly)
    except (TimeLimitExceeded, sympy.PolynomialError, TypeError, ValueError, NotImplementedError):
        return None


def _without_absolute_values(f: sympy.Expr) -> sympy.Expr:
    """``|u| - |v| = 0`` has the solutions of ``u^2 - v^2 = 0``; ``|u| - c = 0`` (``c >= 0``) those of ``u^2 - c^2 = 0``."""
    if isinstance(f, sympy.Add) and len(f.args) == 2:
        a, b = f.args
        pieces = []
        for term in (a, b):
            coeff, rest = term.as_coeff_Mul()
            pieces.append((coeff, rest))
        (ca, ra), (cb, rb) = pieces
        if isinstance(ra, sympy.Abs) and isinstance(rb, sympy.Abs) and ca == -cb:
            return ra.args[0] ** 2 - rb.args[0] ** 2
        for (c1, r1), (c2, r2) in (((ca, ra), (cb, rb)), ((cb, rb), (ca, ra))):
            if isinstance(r1, sympy.Abs) and r2 == 1 and (c2 / c1).is_nonpositive:
                return r1.args[0] ** 2 - (c2 / c1) ** 2
    return f


def _proportional_polys(p: sympy.Poly, q: sympy.Poly) -> bool:
    if p.gens != q.gens:
        gens = tuple(sorted(set(p.gens) | set(q.gens), key=str))
        try:
            p, q = sympy.Poly(p.as_expr(), *gens), sympy.Poly(q.as_expr(), *gens)
        except sympy.PolynomialError:
            return False
    if p.monoms() != q.monoms():
        return False
    # exact coefficients are compared exactly: nsimplify would round 50799675/50799674 to 1 (x = 1.2345^2 is not
    # x = 1.52399022); only irrational ratios (sqrt(2)*x = 2, x = sqrt(2)) need simplifying
    ratios = {r if r.is_Rational else sympy.nsimplify(r) for r in (sympy.simplify(a / b) if not (a / b).is_Rational else a / b
                                                                    for a, b in zip(p.coeffs(), q.coeffs()))}
    return len(ratios) == 1 and 0 not in ratios


@_precise
def _equiv_equation(s: sympy.Rel, t: sympy.Rel, options: Mapping[str, Any]) -> Result:
    f, g = _side(s), _side(t)
    found, _one_sided = pairs(f, g)
    ratios = [a / b for a, b in found if abs(b) > 1e-12]
    if len(ratios) >= (1 if not (f.free_symbols | g.free_symbols) else 3) and all(close(r, ratios[0], 1e-9, 1e-20) for r in ratios) and not close(ratios[0], 0):
        return correct({"method": "proportional"})
    keys = _zero_set_key(f), _zero_set_key(g)
    if keys[0] is not None and keys[1] is not None:
        if _proportional_polys(*keys):
            return correct({"method": "zero-set"})
        return _equation_differs()
    symbols = sorted(f.free_symbols | g.free_symbols, key=lambda x: x.name)
    if len(symbols) == 1:
        x = symbols[0]
        try:
            with time_limit(1.5):
                same = sympy.solveset(f, x, sympy.S.Reals) == sympy.solveset(g, x, sympy.S.Reals)
        except (NotImplementedError, ValueError, TypeError, TimeLimitExceeded):
            same = False
        if same:
            return correct({"method": "solution-set"})
    return _equation_differs()


def _equation_differs() -> Result:
    return wrong(Code.NOT_EQUIVALENT, _("Your equation does not have the same solutions as the correct one."))


def _as_single_equation(condition: Any) -> sympy.Eq | None:
    """``x = 2 or x = -2`` as the one equation ``(x-2)(x+2) = 0``."""
    if isinstance(condition, sympy.Eq):
        return condition
    if isinstance(condition, sympy.Or) and all(isinstance(a, sympy.Eq) for a in condition.args):
        return sympy.Eq(sympy.Mul(*(_side(a) for a in condition.args)), 0, evaluate=False)
    return None


def _is_system(value: Any) -> bool:
    return isinstance(value, tuple) and len(value) > 0 and all(isinstance(v, (sympy.Eq, BooleanAtom)) for v in value)


def _equiv_system(s: tuple, t: tuple) -> Result | None:
    """Two systems of polynomial equations with the same solutions: equal reduced Gröbner bases, after the
    student's own auxiliary unknowns (``d = 90, d = v*t``) are eliminated."""
    try:
        with time_limit(2.0):
            fs = [sympy.numer(sympy.together(_side(e))) for e in s if isinstance(e, sympy.Eq)]
            ft = [sympy.numer(sympy.together(_side(e))) for e in t if isinstance(e, sympy.Eq)]
            t_vars = sorted(set().union(*(f.free_symbols for f in ft)) if ft else set(), key=str)
            s_vars = sorted(set().union(*(f.free_symbols for f in fs)) if fs else set(), key=str)
            extra = [v for v in s_vars if v not in t_vars]
            if not t_vars or [v for v in t_vars if v not in s_vars and any(v in f.free_symbols for f in ft)] and not fs:
                return None
            gs = sympy.groebner(fs, *extra, *t_vars, order="lex") if fs else None
            kept = [p for p in (gs.exprs if gs is not None else []) if not (p.free_symbols & set(extra))]
            left = sympy.groebner(kept, *t_vars, order="lex") if kept else None
            right = sympy.groebner(ft, *t_vars, order="lex")
            same = left is not None and list(left.exprs) == list(right.exprs)
    except (TimeLimitExceeded, sympy.PolynomialError, TypeError, ValueError, NotImplementedError):
        return None
    if same:
        return correct({"method": "system"})
    return wrong(Code.NOT_EQUIVALENT, _("Your system of equations does not have the same solutions as the correct one."))


# -- conditions ------------------------------------------------------------------------------

def is_condition(value: Any) -> bool:
    return isinstance(value, (sympy.Rel, sympy.And, sympy.Or, sympy.Not, BooleanAtom))


def _condition_symbols(value: Any) -> set:
    return {v for v in value.free_symbols if isinstance(v, sympy.Symbol)}


def _propositional(value: Any) -> bool:
    """Logic over letters only (``A and not B``): no comparison inside."""
    return isinstance(value, Boolean) and not value.atoms(sympy.Rel)


def _relation_atom(rel: sympy.Rel, atoms: dict) -> sympy.Symbol:
    """A letter standing for one comparison, the same for ``x > 1`` and ``1 < x`` and for ``a = b`` and ``b = a``."""
    if isinstance(rel, (sympy.Eq, sympy.Ne)):
        key: Any = (type(rel).__name__, frozenset((sympy.srepr(rel.lhs), sympy.srepr(rel.rhs))))
    else:
        key = sympy.srepr(rel.reversed if isinstance(rel, (sympy.StrictGreaterThan, sympy.GreaterThan)) else rel)
    return atoms.setdefault(key, sympy.Symbol(f"_r{len(atoms)}"))


def _same_logic(s: Any, t: Any) -> bool:
    """The same combination of the same comparisons (``x > 1 and y = 2`` and ``2 = y and 1 < x``): decided as logic."""
    atoms: dict = {}
    try:
        a = s.xreplace({r: _relation_atom(r, atoms) for r in s.atoms(sympy.Rel)})
        b = t.xreplace({r: _relation_atom(r, atoms) for r in t.atoms(sympy.Rel)})
        return _propositional(a) and _propositional(b) and not satisfiable(sympy.Xor(a, b))
    except (TypeError, AttributeError, ValueError):
        return False


def _values_differ() -> Result:
    return wrong(Code.NOT_EQUIVALENT, _("Your answer does not describe the same values as the correct one."))


def _equiv_condition(s: Any, t: Any, options: Mapping[str, Any]) -> Result:
    """Inequalities, systems of them and alternatives: the same set of solutions."""
    if isinstance(s, BooleanAtom) and isinstance(t, BooleanAtom):
        return correct({"method": "truth"}) if s == t else _values_differ()
    if _propositional(s) and _propositional(t):
        same = not satisfiable(sympy.Xor(s, t))
        return correct({"method": "truth-table"}) if same else _values_differ()
    if _same_logic(s, t):
        return correct({"method": "logic"})
    equations = _as_single_equation(s), _as_single_equation(t)
    if equations[0] is not None and equations[1] is not None:
        return _equiv_equation(equations[0], equations[1], options)
    symbols = sorted(_condition_symbols(s) | _condition_symbols(t), key=lambda x: x.name)
    if len(symbols) == 1:
        x = symbols[0]
        try:
            with time_limit(1.5):
                same = _as_set(s, x) == _as_set(t, x)
        except (NotImplementedError, TypeError, ValueError, TimeLimitExceeded):
            same = None
        if same is not None:
            return correct({"method": "solution-set"}) if same else _values_differ()
    unified = _unify_equations(s, t, options)
    if unified is not s and _same_logic(unified, t):
        return correct({"method": "logic"})
    conjunctions = _conjunction_of_equations(s), _conjunction_of_equations(t)
    if conjunctions[0] is not None and conjunctions[1] is not None:
        decided_system = _equiv_system(*conjunctions)
        if decided_system is not None:
            return decided_system
    # several variables: the two conditions must agree at many points
    rng = random.Random(17)
    decided = held = 0
    for _i in range(200):
        point = {v: rng.choice([rng.uniform(-5, 5), rng.randint(-5, 5)]) for v in symbols}
        try:
            a, b = bool(s.subs(point)), bool(t.subs(point))
        except TypeError:
            continue
        decided += 1
        held += a or b
        if a != b:
            return _values_differ()
    if decided < 20:
        return _values_differ()
    if held < 5 and any(isinstance(c, sympy.Basic) and c.atoms(sympy.Eq) for c in (s, t)):
        # an equation in several letters holds only on a curve, which random points miss: agreeing there says nothing
        # (e^(10x) = 0 against e^(10x) + C = 0)
        return _values_differ()
    return correct({"method": "sampling", "points": decided})


def _unify_equations(s: Any, t: Any, options: Mapping[str, Any]) -> Any:
    """The student's condition with each equation replaced by the teacher's equation it is equivalent to
    (``x + y = 2 and x > 0`` becomes ``y = 2 - x and x > 0``), so the combination can be compared as logic."""
    if not isinstance(s, sympy.Basic) or not isinstance(t, sympy.Basic):
        return s
    theirs = sorted(t.atoms(sympy.Eq), key=sympy.default_sort_key)
    mapping = {}
    for mine in sorted(s.atoms(sympy.Eq), key=sympy.default_sort_key):
        match = next((e for e in theirs if _equiv_equation(mine, e, options).correct), None)
        if match is not None and match != mine:
            mapping[mine] = match
    return s.xreplace(mapping) if mapping else s


def _conjunction_of_equations(condition: Any) -> tuple | None:
    """``x + y = 2 and x - y = 0`` as the system ``(x + y = 2, x - y = 0)``; None for any other condition."""
    if isinstance(condition, sympy.Eq):
        return (condition,)
    if isinstance(condition, sympy.And) and all(isinstance(a, sympy.Eq) for a in condition.args):
        return tuple(condition.args)
    return None


def _as_set(condition: Any, x: sympy.Symbol) -> sympy.Set:
    if isinstance(condition, BooleanAtom):
        return sympy.S.Reals if condition else sympy.S.EmptySet
    if isinstance(condition, sympy.Eq):
        return sympy.solveset(condition.lhs - condition.rhs, x, sympy.S.Reals)
    if isinstance(condition, sympy.And):
        return sympy.Intersection(*(_as_set(a, x) for a in condition.args))
    if isinstance(condition, sympy.Or):
        return sympy.Union(*(_as_set(a, x) for a in condition.args))
    if isinstance(condition, sympy.Not):
        return sympy.Complement(sympy.S.Reals, _as_set(condition.args[0], x))
    return sympy.solveset(condition, x, sympy.S.Reals)


def _equiv_sets(s: Any, t: sympy.Set) -> Result:
    """Intervals and unions of them: the same set of numbers (``True``, every number, is the whole line)."""
    if isinstance(s, BooleanAtom):
        s = sympy.S.Reals if s else sympy.S.EmptySet
    if not isinstance(s, sympy.Set):
        return wrong(Code.WRONG_TYPE, _("The answer should be a set."))
    try:
        with time_limit(1.0):
            same = sympy.Complement(s, t) == sympy.S.EmptySet and sympy.Complement(t, s) == sympy.S.EmptySet
    except (TimeLimitExceeded, TypeError, ValueError):
        same = s == t
    return correct({"method": "sets"}) if same else _values_differ()


# -- entry points ----------------------------------------------------------------------------

def equiv(student: Any, teacher: Any, **options: Any) -> Result:
    """Mode ``equiv``."""
    positive = positive_names(student) | positive_names(teacher) | positive_names(list((options.get("symbols") or {}).values()))
    # the teacher's text is written in Python notation: '.' decimals, ',' separates items
    t = teacher_math(teacher, options, options.get("symbols"))
    s = to_math(student, options, {**symbols_of(t), **dict(options.get("symbols") or {})}, student_imaginary(t, options))
    token = POSITIVE.set(frozenset(positive))
    try:
        return equiv_values(s, t, options)
    finally:
        POSITIVE.reset(token)


def equiv_values(s: Any, t: Any, options: Mapping[str, Any]) -> Result:
    """Equivalence of two answers already read as mathematics."""
    s, t = (tuple(v) if isinstance(v, sympy.Tuple) else v for v in (s, t))
    if isinstance(t, tuple):
        if not isinstance(s, tuple):
            return wrong(Code.WRONG_TYPE, ngettext("The answer should be a list of {n} item.", "The answer should be a list of {n} items.", len(t)))
        system = options.get("system")
        if system is not False and _is_system(t) and _is_system(s) and (system or len(t) > 1 or len(s) > 1):
            itemwise = len(s) == len(t) and all(equiv_values(a, b, options).correct for a, b in zip(s, t))
            if itemwise:
                return correct({"method": "items"})
            decided = _equiv_system(s, t)
            if decided is not None:
                return decided
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
    if isinstance(t, sympy.Set):
        return _equiv_sets(s, t)
    if isinstance(t, sympy.MatrixBase):
        if not isinstance(s, sympy.MatrixBase) or s.shape != t.shape:
            return wrong(Code.WRONG_TYPE, _("The answer should be a matrix of shape {shape}.", shape="×".join(map(str, t.shape))))
        return equiv_values(tuple(s), tuple(t), options)
    if is_condition(t):
        if isinstance(s, sympy.Set) and t == sympy.true:
            return _equiv_sets(s, sympy.S.Reals)
        if not is_condition(s):
            return wrong(Code.WRONG_TYPE, _("The answer should be an equation.") if isinstance(t, sympy.Eq)
                         else _("The answer should be an inequality."))
        if isinstance(s, sympy.Eq) and isinstance(t, sympy.Eq):
            return _equiv_equation(s, t, options)
        if isinstance(s, sympy.Eq) != isinstance(t, sympy.Eq) and isinstance(s, sympy.Rel) and isinstance(t, sympy.Rel):
            return wrong(Code.WRONG_TYPE, _("The answer should be an equation.") if isinstance(t, sympy.Eq)
                         else _("The answer should be an inequality."))
        return _equiv_condition(s, t, options)
    if isinstance(s, (tuple, sympy.Set, sympy.MatrixBase)) or is_condition(s):
        return wrong(Code.WRONG_TYPE, _("The answer should be a single expression."))
    if not isinstance(s, sympy.Expr) or not isinstance(t, sympy.Expr):
        return correct() if s == t else _not_equivalent()
    return _equiv_expr(s, t, options)
