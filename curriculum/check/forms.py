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
from .answers import AuthorError, imaginary_names, parse_options, student_imaginary, symbols_of, teacher_math, to_math
from .equivalence import equiv
from .parse import ParseError, parse_math
from .result import Code, Result, wrong

Key = tuple


def _negated_number(expr: sympy.Basic) -> sympy.Basic | None:
    """``Mul(-1, 3)`` as sympy writes ``-3`` without evaluation, folded back into ``-3``."""
    if isinstance(expr, sympy.Mul) and len(expr.args) == 2 and all(a.is_Number for a in expr.args):
        a, b = expr.args
        if a == -1 or b == -1:
            return a * b
    return None


def _number_key(expr: Any) -> Key:
    if isinstance(expr, float) or isinstance(expr, sympy.Float):
        return ("dec", str(sympy.Rational(str(expr))))
    return ("num", sympy.Rational(expr))


def canonical(expr: Any, strict: bool = True) -> Key:
    """A key equal for two expressions that differ only by the order of terms and factors, their grouping, and
    where a minus sign stands in a product (``x*(-y)`` and ``-(x*y)``).

    ``strict`` (both answers written as text): nothing is computed, so ``3^2`` is not ``9``, ``x+x`` not ``2x``,
    ``(-x)*(-x)`` not ``x*x``, ``1*x`` not ``x``, ``4.0`` not ``4`` and ``sqrt(3)`` not ``3^(1/2)``.  Otherwise (an
    answer given as a sympy object, which sympy has already evaluated) numbers in a product are multiplied out.
    """
    if not strict:
        return _lenient(expr)
    if isinstance(expr, (tuple, list)):
        return ("list", tuple(canonical(e) for e in expr))
    if isinstance(expr, sympy.MatrixBase):
        return ("matrix", expr.shape, tuple(canonical(e) for e in expr))
    if isinstance(expr, (int, float)) or (isinstance(expr, sympy.Basic) and expr.is_Number):
        if expr == -1 or (not isinstance(expr, (float, sympy.Float)) and expr < 0):
            return ("mul", 1, tuple(sorted([_number_key(-expr)], key=repr)))
        return _number_key(expr)
    if isinstance(expr, sympy.Symbol):
        return ("sym", expr.name)
    if isinstance(expr, sympy.exp):  # exp(x) and e^x (sympy counts both as exp)
        return ("pow", ("atom", "E"), canonical(expr.exp))
    if isinstance(expr, sympy.Add):
        terms: list[Key] = []
        for arg in expr.args:
            key = canonical(arg)
            terms.extend(key[1] if key[0] == "add" else [key])  # associativity
        return ("add", tuple(sorted(terms, key=repr)))  # commutativity
    if isinstance(expr, sympy.Mul):
        negations, factors = 0, []
        # a minus sign; in "-1*2" (but not in "2-1", read as -(1)) the -1 also wrote the figure 1
        wrote_one = any(a != -1 and a != 1 and (a.is_Number or (isinstance(a, sympy.Pow) and a.base.is_Number))
                        for a in expr.args)
        for arg in expr.args:
            if arg == -1:
                negations += 1
                if wrote_one:
                    factors.append(_number_key(1))
                continue
            key = canonical(arg)
            if key[0] == "mul":
                negations += key[1]
                factors.extend(key[2])
            else:
                factors.append(key)
        if negations == 0 and len(factors) == 1:
            return factors[0]
        return ("mul", negations, tuple(sorted(factors, key=repr)))
    if isinstance(expr, sympy.Eq):
        return ("eq", tuple(sorted((canonical(expr.lhs), canonical(expr.rhs)), key=repr)))
    if isinstance(expr, sympy.Pow):
        return ("pow", canonical(expr.base), canonical(expr.exp))
    if isinstance(expr, sympy.FiniteSet):
        return ("set", tuple(sorted((canonical(a) for a in expr.args), key=repr)))
    if isinstance(expr, (sympy.And, sympy.Or)):
        return (type(expr).__name__, tuple(sorted((canonical(a) for a in expr.args), key=repr)))
    if isinstance(expr, sympy.Basic) and expr.args:
        return (type(expr).__name__, tuple(canonical(a) for a in expr.args))
    return ("atom", repr(expr))


def _lenient(expr: Any) -> Key:
    """The canonical key after sympy's own arithmetic on numbers (for answers given as objects)."""
    if isinstance(expr, (tuple, list)):
        return ("list", tuple(_lenient(e) for e in expr))
    if isinstance(expr, sympy.Basic):
        folded = _negated_number(expr)
        if folded is not None:
            expr = folded
    if isinstance(expr, (int, float)) or (isinstance(expr, sympy.Basic) and expr.is_Number):
        return ("num", sympy.nsimplify(expr) if isinstance(expr, (float, sympy.Float)) else sympy.Rational(expr))
    if isinstance(expr, sympy.Symbol):
        return ("sym", expr.name)
    if isinstance(expr, sympy.exp):
        return ("pow", ("atom", "E"), _lenient(expr.exp))
    if isinstance(expr, (sympy.Add, sympy.Mul)):
        kind = "add" if isinstance(expr, sympy.Add) else "mul"
        children: list[Key] = []
        for arg in expr.args:
            key = _lenient(arg)
            children.extend(key[1] if key[0] == kind else [key])  # associativity
        if kind == "mul":
            # numbers in a product are multiplied out; a factor 1 is no form
            numbers = [c for c in children if c[0] == "num"]
            coefficient = sympy.Mul(*[c[1] for c in numbers]) if numbers else sympy.Integer(1)
            children = [c for c in children if c[0] != "num"]
            if coefficient != 1 or not children:
                children.append(("num", coefficient))
            if len(children) == 1:
                return children[0]
        return (kind, tuple(sorted(children, key=repr)))  # commutativity
    if isinstance(expr, sympy.Eq):
        return ("eq", tuple(sorted((_lenient(expr.lhs), _lenient(expr.rhs)), key=repr)))
    if isinstance(expr, sympy.Pow):
        if expr.base.is_Number and expr.exp.is_Integer:  # x/2 is written x*2**-1: the same as x*(1/2)
            return _lenient(sympy.Pow(expr.base, expr.exp))
        return ("pow", _lenient(expr.base), _lenient(expr.exp))
    if isinstance(expr, sympy.Basic) and expr.args:
        return (type(expr).__name__, tuple(_lenient(a) for a in expr.args))
    return ("atom", repr(expr))


def same_form(student: Any, teacher: Any, strict: bool = True) -> bool:
    return canonical(student, strict) == canonical(teacher, strict)


def _collected(terms: list[sympy.Basic]) -> bool:
    """No two terms that differ only in their number (``x + x``, ``2*x*y + y*x``)."""
    seen = set()
    for term in terms:
        value = sympy.sympify(term).doit()
        _coeff, rest = value.as_coeff_Mul()
        if rest == 1:
            key: Any = "number"
        else:
            key = _lenient(rest)
        if key in seen:
            return False
        seen.add(key)
    return True


def _has_unexpanded_product(expr: Any) -> bool:
    if isinstance(expr, sympy.Mul):
        if any(isinstance(a, sympy.Add) for a in expr.args):
            return True
    if isinstance(expr, sympy.Pow) and isinstance(expr.base, sympy.Add) and expr.exp.is_Integer and expr.exp > 1:
        return True
    return any(_has_unexpanded_product(a) for a in getattr(expr, "args", ()) if isinstance(a, sympy.Basic))


def is_expanded(unevaluated: Any, evaluated: Any = None) -> bool:
    """Expanded and like terms collected: no bracket with a letter in it is multiplied or raised to a power, and no two
    terms differ only in their number.  Decided on the written form, without expanding (so ``(a-x)^6000`` is quick)."""
    written = sympy.sympify(unevaluated)
    if _has_unexpanded_product(written):
        return False
    terms = list(written.args) if isinstance(written, sympy.Add) else [written]
    flat: list[sympy.Basic] = []
    for term in terms:
        flat.extend(term.args if isinstance(term, sympy.Add) else [term])
    return _collected(flat)


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


def _extension(value: sympy.Basic) -> list[sympy.Basic]:
    """The algebraic numbers a factor's coefficients use (``sqrt(2)``, ``I``): it is judged over the field they make."""
    found: list[sympy.Basic] = []
    if value.has(sympy.I):
        found.append(sympy.I)
    for p in value.atoms(sympy.Pow):
        if p.base.is_Rational and p.exp.is_Rational and not p.exp.is_Integer and p not in found:
            found.append(p)
    return found


def _whole(c: sympy.Expr) -> bool:
    """A whole number, or a Gaussian integer such as ``2 - 3i``."""
    re, im = sympy.sympify(c).as_real_imag()
    return re.is_Integer and im.is_Integer


def _common_factor(coefficients: list[sympy.Expr]) -> bool:
    """Whether whole-number (or Gaussian-integer) coefficients share a whole-number factor (``2x + 2``)."""
    parts: list[int] = []
    for c in coefficients:
        re, im = sympy.sympify(c).as_real_imag()
        parts += [abs(int(re)), abs(int(im))]
    return math.gcd(*parts) > 1


def is_factored(unevaluated: Any) -> bool:
    """A product of irreducible factors (over the rationals, or over the numbers the student's coefficients use, such
    as ``sqrt(2)`` or ``i``), with a common whole-number factor taken out of each factor; a factor with fractions or
    decimals (``24*(x - 1/4)``, ``2*(x + 0.5)``) is fine.  Every factor must be a polynomial (``x*(x - 4 + 4/x)`` is not
    factored).  Decided factor by factor, so ``(x-a)^6000`` is quick."""
    for factor in _factors(sympy.sympify(unevaluated)):
        value = sympy.sympify(factor).doit()  # evaluate inside one factor: (2*x + 2) is judged as 2*x + 2
        if value.is_Number or not value.free_symbols:
            continue
        symbols = sorted(value.free_symbols, key=lambda v: v.name)
        if not value.is_polynomial(*symbols):
            if sympy.denom(sympy.together(value)).free_symbols:
                return False
            continue  # a polynomial in sin(x), sqrt(x): its generators are taken as they are
        extension = _extension(value)
        try:
            coeff, parts = sympy.factor_list(value, extension=extension) if extension else sympy.factor_list(value)
        except (sympy.PolynomialError, NotImplementedError, ValueError):
            continue
        if len(parts) != 1 or parts[0][1] != 1:
            return False
        poly = sympy.Poly(value, *symbols)
        coefficients = poly.coeffs()
        if all(_whole(c) for c in coefficients) and _common_factor(coefficients):
            return False  # 2*x + 2, i*x - 2*i: the common factor is still inside
    return True


def _flat_product(expr: sympy.Basic) -> list[sympy.Basic]:
    """The factors of a written product, nested products opened (``-(1/-4)`` has the factors -1, 1 and 1/-4)."""
    out: list[sympy.Basic] = []
    for arg in expr.args:
        out.extend(_flat_product(arg) if isinstance(arg, sympy.Mul) else [arg])
    return out


def _fractions(expr: sympy.Basic) -> list[tuple[sympy.Basic, sympy.Basic]]:
    """(numerator, denominator) of every written division ``a/b`` in an unevaluated expression."""
    found = []
    if isinstance(expr, sympy.Mul):
        args = _flat_product(expr)
        dens = [a.base ** -a.exp for a in args if isinstance(a, sympy.Pow) and a.exp.is_Number and a.exp < 0]
        nums = [a for a in args if not (isinstance(a, sympy.Pow) and a.exp.is_Number and a.exp < 0)]
        if dens:
            found.append((sympy.Mul(*[n.doit() for n in nums]), sympy.Mul(*[d.doit() for d in dens])))
    if isinstance(expr, sympy.Rational) and not expr.is_Integer:
        found.append((expr.p, expr.q))
    for arg in getattr(expr, "args", ()):
        found.extend(_fractions(arg))
    return found


def _irrational_denominator(den: sympy.Basic) -> bool:
    return den.has(sympy.I) or any(p.exp.is_Rational and not p.exp.is_Integer for p in sympy.sympify(den).atoms(sympy.Pow))


def in_lowest_terms(unevaluated: Any, rationalized: bool = False) -> bool:
    """No written fraction whose numerator and denominator share a factor (numbers or polynomials); with
    ``rationalized``, no root or ``i`` left in a denominator either."""
    written = sympy.sympify(unevaluated)
    if rationalized:
        for p in written.atoms(sympy.Pow):
            if p.exp.is_Number and p.exp < 0 and _irrational_denominator(p.base):
                return False
    for num, den in _fractions(written):
        num, den = sympy.sympify(num), sympy.sympify(den)
        if rationalized and _irrational_denominator(den):
            return False
        if num.is_Integer and den.is_Integer:
            if math.gcd(int(num), int(den)) != 1 or abs(int(den)) == 1 or (num < 0 and den < 0):
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

def _written(student: Any, teacher_value: Any, options: Mapping[str, Any]) -> Any:
    """The student's answer as written: text read without evaluation, an object as it is."""
    if isinstance(student, str):
        return parse_math(student, lang=options.get("lang"), evaluate=False,
                          symbols={**symbols_of(teacher_value), **dict(options.get("symbols") or {})},
                          imaginary=student_imaginary(teacher_value, options), **parse_options(options))
    return to_math(student, options)


def _form_mode(check: Callable[..., bool], code: Code, message: Callable[[], str]) -> Callable[..., Result]:
    def comparer(student: Any, teacher: Any, **options: Any) -> Result:
        result = equiv(student, teacher, **options)
        if not result.correct:
            return result
        t = teacher_math(teacher, options, options.get("symbols"))
        written = _written(student, t, options)
        value = to_math(student, options, symbols_of(t), student_imaginary(t, options)) if isinstance(student, str) else written
        if check(written, value, teacher, student, options):
            return result
        return wrong(code, message(), {"equivalent": True})

    return comparer


def _same_form_check(written: Any, _value: Any, teacher: Any, student: Any, options: Mapping[str, Any]) -> bool:
    if isinstance(teacher, str):
        try:
            t = parse_math(teacher, lang="en", evaluate=False, imaginary=imaginary_names(options) or (),
                           **parse_options(options))
        except ParseError as exc:
            raise AuthorError(f"the teacher's answer {teacher!r} cannot be read: {exc}") from None
    else:
        t = teacher
    return same_form(written, t, strict=isinstance(teacher, str) and isinstance(student, str))


same_form_mode = _form_mode(_same_form_check, Code.WRONG_FORM,
                            lambda: _("Equivalent, but not written in the form the question asks for."))
expanded_mode = _form_mode(lambda w, v, *_rest: is_expanded(w, v), Code.NOT_EXPANDED,
                           lambda: _("Equivalent, but not expanded: multiply out the brackets and collect like terms."))
factored_mode = _form_mode(lambda w, *_rest: is_factored(w), Code.NOT_FACTORED,
                           lambda: _("Equivalent, but not fully factored."))
lowest_terms_mode = _form_mode(lambda w, _v, _t, _s, options: in_lowest_terms(w, bool(options.get("rationalized"))),
                               Code.NOT_LOWEST_TERMS,
                               lambda: _("Equivalent, but the fraction can still be reduced."))
