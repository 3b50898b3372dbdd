"""``compare(student, teacher, mode)``: the one entry point every test cell uses."""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextvars import ContextVar
from typing import Any

import pint
import sympy

from ..i18n import _, ngettext
from ..numbers import NumberFormatError, NumberText, read_number
from ..units import Q_, UnitFormatError, parse_quantity, parse_unit, ureg
from .limits import TimeLimitExceeded, time_limit
from . import forms
from .parse import ParseError, parse_math
from .record import record_answer
from .result import Code, Result
from .rules import Rule, flatten

MODES = ("equiv", "same_form", "expanded", "factored", "lowest_terms", "numeric", "sigfigs", "units", "dimension")
DEFAULT_TIMEOUT = 5.0
_SAMPLES = 12
# Names of symbols declared positive (``Symbol("v", positive=True)``): sampled only where they are positive.
_POSITIVE: ContextVar[frozenset[str]] = ContextVar("positive", default=frozenset())
_COMMON_UNITS = ("km/h", "m/s", "km", "m", "cm", "mm", "g", "kg", "t", "s", "min", "h",
                 "W", "kW", "J", "kJ", "kWh", "N", "kN", "Pa", "kPa", "rpm", "rad/s", "deg", "rad")


def compare(student: Any, teacher: Any, mode: str = "equiv", **options: Any) -> Result:
    """Compare a student's answer with the teacher's and say how they differ.

    ``student`` and ``teacher`` are Python objects (numbers, sympy expressions and
    equations, tuples, sets, matrices, pint quantities) or text in school notation.

    Modes:
      * ``equiv``: algebraic equivalence of expressions; equations, inequalities and their
        combinations (``1 < x < 3``, ``x = 2 or x = -2``) by their solution sets; lists, sets, matrices.
        Options ``symbols`` (names to sympy symbols), ``lang``.
      * ``same_form``: equivalent and written the same way up to the order and grouping of terms and factors.
      * ``expanded``, ``factored``, ``lowest_terms``: equivalent and written in that form
        (read the student's text without evaluation; a sympy object keeps only the form sympy gave it).
      * ``numeric``: a number within ``rtol`` (default 1e-2) or ``atol`` (default 0).
      * ``sigfigs``: a number typed as text, right to ``sigfigs`` significant figures and written with exactly
        that many (``sigfigs=(2, 4)`` allows a range).
      * ``units``: a quantity of the right dimension and value (``rtol``, ``atol`` in the
        teacher's unit); ``unit`` is the unit a bare number is read in, when the task states one;
        ``sigfigs`` also checks the figures written.
      * ``dimension``: only the dimension (``teacher`` is a unit such as ``"m/s"``): safe for public tests.

    ``rules`` lists anticipated mistakes (:mod:`curriculum.check.rules`): a wrong answer that
    matches one gets the rule's code, message and partial credit.  While nbgrader executes the
    notebook, the student's answer and the outcome are recorded as data in the cell's output
    (``question`` names the item; by default the cell is the item), so the decision can be
    taken again outside the student's kernel and reports can count the mistakes.

    Never raises for a bad student answer: that is ``invalid-input``; a check that runs
    past ``timeout`` seconds is ``timeout``.
    """
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
    timeout = float(options.pop("timeout", DEFAULT_TIMEOUT))
    rules = flatten(options.pop("rules", None))
    question = options.pop("question", None)
    try:
        with time_limit(timeout):
            result = _COMPARERS[mode](student, teacher, **options)
            if not result.correct and rules and result.code not in (Code.INVALID_INPUT, Code.TIMEOUT):
                mistake = _match_rules(student, teacher, mode, rules, options)
                result = mistake if mistake is not None else result
    except TimeLimitExceeded:
        result = Result(False, 0.0, Code.TIMEOUT, _("Checking your answer took too long. Try writing it in a simpler form."))
    except (ParseError, NumberFormatError, UnitFormatError) as exc:
        result = _invalid(exc)
    record_answer(question, student, mode=mode, options=options, result=result, teacher=teacher,
                  mistakes=lambda: _mistake_answers(teacher, mode, rules, options))
    return result


def _teacher_value(mode: str, teacher: Any, options: Mapping[str, Any]) -> Any:
    if mode in ("units",):
        return _as_quantity(teacher, options)
    if mode in ("numeric", "sigfigs"):
        return _as_number(teacher, {**options, "lang": "en"})
    return _to_math(teacher, {**options, "lang": "en"}, options.get("symbols"))


def rule_mode(mode: str, options: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """How an answer is matched against a mistake's answer: by value, whatever form the mode asks for."""
    base_mode = "equiv" if mode in ("same_form", "expanded", "factored", "lowest_terms") else mode
    base_mode = "numeric" if mode == "sigfigs" else base_mode
    return base_mode, {k: v for k, v in options.items() if k not in ("sigfigs",)}


def _buggy_answers(teacher: Any, mode: str, rules: list[Rule], options: Mapping[str, Any]) -> Iterator[tuple[Rule, Any]]:
    value = _teacher_value(mode, teacher, options)
    for rule in rules:
        try:
            yield rule, rule.buggy(value)
        except (TypeError, ValueError, ArithmeticError, pint.errors.PintError):
            continue


def _match_rules(student: Any, teacher: Any, mode: str, rules: list[Rule], options: Mapping[str, Any]) -> Result | None:
    """The first anticipated mistake the student's answer matches, as a result with its code and credit."""
    base_mode, plain = rule_mode(mode, options)
    for rule, buggy in _buggy_answers(teacher, mode, rules, options):
        if _COMPARERS[base_mode](student, buggy, **plain).correct:
            return Result(False, rule.score, rule.code, rule.text(), {"rule": rule.code})
    return None


def _mistake_answers(teacher: Any, mode: str, rules: list[Rule], options: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Code, partial credit, the answer the mistake gives and its message in each language, for each rule:
    recorded in the grader's run of the teacher's notebook."""
    from ..i18n import LANGUAGES, in_language
    from .record import serialize

    def messages(rule: Rule) -> dict[str, str]:
        out = {}
        for lang in LANGUAGES:
            with in_language(lang):
                out[lang] = rule.text()
        return out

    try:
        return [{"code": rule.code, "score": rule.score, "answer": serialize(buggy), "message": messages(rule)}
                for rule, buggy in _buggy_answers(teacher, mode, rules, options)]
    except (ParseError, NumberFormatError, UnitFormatError):
        return []


# -- helpers -------------------------------------------------------------------------------

def _invalid(exc: Exception) -> Result:
    position = getattr(exc, "position", None)
    reason = getattr(exc, "reason", str(exc))
    if position is not None:
        message = _("I cannot read your answer: {reason} at character {position}.", reason=reason, position=position + 1)
    else:
        message = _("I cannot read your answer: {reason}.", reason=reason)
    return Result(False, 0.0, Code.INVALID_INPUT, message, {"reason": reason, "position": position})


def _ok(details: dict | None = None) -> Result:
    return Result(True, 1.0, Code.EQUIVALENT, _("Correct."), details or {})


def _wrong(code: Code, message: str, details: dict | None = None) -> Result:
    return Result(False, 0.0, code, message, details or {})


def _plain_symbols(expr: Any) -> Any:
    """Replace symbols by assumption-free ones of the same name, so ``Symbol('v', positive=True)`` meets ``v``."""
    if isinstance(expr, sympy.Basic):
        return expr.xreplace({s: sympy.Symbol(s.name) for s in expr.free_symbols if isinstance(s, sympy.Symbol)})
    return expr


def _to_math(value: Any, options: Mapping[str, Any], symbols: Mapping[str, sympy.Symbol] | None = None) -> Any:
    if isinstance(value, str):
        return parse_math(value, lang=options.get("lang"), symbols=dict(symbols or {}))
    if isinstance(value, bool):
        return value
    if isinstance(value, (list, tuple)):
        return tuple(_to_math(v, options, symbols) for v in value)
    if isinstance(value, (set, frozenset)):
        return sympy.FiniteSet(*(_to_math(v, options, symbols) for v in value))
    if isinstance(value, pint.Quantity):
        raise ParseError(str(value), _("a quantity with units where a pure number or expression is expected"))
    try:
        return _plain_symbols(sympy.sympify(value, strict=True))
    except (sympy.SympifyError, TypeError, AttributeError) as exc:
        raise ParseError(repr(value)[:80], _("a {kind} is not a mathematical answer", kind=type(value).__name__)) from exc


def _symbols_of(value: Any) -> dict[str, sympy.Symbol]:
    if isinstance(value, sympy.Basic):
        return {s.name: s for s in value.free_symbols if isinstance(s, sympy.Symbol)}
    if isinstance(value, (tuple, list)):
        out: dict[str, sympy.Symbol] = {}
        for v in value:
            out.update(_symbols_of(v))
        return out
    return {}


def _sample_points(symbols: Sequence[sympy.Symbol], seed: int) -> list[dict[sympy.Symbol, float]]:
    rng = random.Random(seed)
    positive = _POSITIVE.get()
    points = []
    for i in range(_SAMPLES):
        # mostly positive values (physical quantities), some negative ones for pure algebra
        lo, hi = ((0.3, 3.0) if i % 3 else (-3.0, -0.3))
        points.append({s: (rng.uniform(0.3, 3.0) if s.name in positive else rng.uniform(lo, hi)) for s in symbols})
    return points


def _positive_names(value: Any) -> set[str]:
    if isinstance(value, sympy.Basic):
        return {s.name for s in value.free_symbols if isinstance(s, sympy.Symbol) and (s.is_positive or s.is_nonnegative)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return set().union(*(_positive_names(v) for v in value)) if value else set()
    return set()


def _evaluate(expr: sympy.Expr, point: Mapping[sympy.Symbol, float]) -> complex | None:
    try:
        value = complex(expr.evalf(15, subs=point))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError):
        return None
    if not (math.isfinite(value.real) and math.isfinite(value.imag)):
        return None
    return value


def _close(a: complex, b: complex, rtol: float = 1e-8, atol: float = 1e-10) -> bool:
    return abs(a - b) <= atol + rtol * max(abs(a), abs(b))


def _is_real(value: complex | None) -> bool:
    return value is not None and abs(value.imag) < 1e-12


def _pairs(student: sympy.Expr, teacher: sympy.Expr) -> tuple[list[tuple[complex, complex]], int]:
    """Values of both at the sample points where both are real, and how many points only one is defined at."""
    symbols = sorted(student.free_symbols | teacher.free_symbols, key=lambda s: s.name)
    pairs, one_sided = [], 0
    for point in _sample_points(symbols, seed=len(symbols) * 7919 + 1):
        s, t = _evaluate(student, point), _evaluate(teacher, point)
        if _is_real(s) and _is_real(t):
            if any(abs(v) > 1e50 or 0 < abs(v) < 1e-50 for v in (s, t)):
                continue  # far outside double precision's comfort: cancellation makes such values unreliable
            pairs.append((s, t))
        elif _is_real(s) != _is_real(t):
            one_sided += 1
    return pairs, one_sided


# -- equivalence --------------------------------------------------------------------------

def _equiv_expr(s: sympy.Expr, t: sympy.Expr) -> Result:
    result = _equiv_expr_values(s, t)
    extra = sorted(x.name for x in s.free_symbols - t.free_symbols)
    if extra and not result.correct:
        return _wrong(Code.WRONG_VARIABLES, _("Your answer uses {names}, which the answer does not depend on. Check the letters you used.",
                                              names=", ".join(extra)), {"unexpected": extra})
    return result


def _equiv_expr_values(s: sympy.Expr, t: sympy.Expr) -> Result:
    try:
        if sympy.expand(s - t) == 0:
            return _ok()
    except (TypeError, ValueError):
        pass
    pairs, one_sided = _pairs(s, t)
    if one_sided >= 2:  # log(x^2) and 2*log(x) agree only where x > 0
        return _wrong(Code.NOT_EQUIVALENT, _("Not equivalent to the correct answer."), {"domain": "differs"})
    if len(pairs) < 3:
        # too few points where both are real: decide symbolically
        diff = sympy.simplify(s - t)
        return _ok() if diff == 0 else _wrong(Code.NOT_EQUIVALENT, _("Not equivalent to the correct answer."))
    if all(_close(a, b) for a, b in pairs):
        return _ok({"method": "sampling", "points": len(pairs)})
    if all(_close(a, -b) for a, b in pairs):
        return _wrong(Code.WRONG_SIGN, _("Check the sign: your answer has the opposite sign."))
    ratios = [a / b for a, b in pairs if abs(b) > 1e-12]
    if ratios and all(_close(r, ratios[0], 1e-6) for r in ratios) and not _close(ratios[0], 0) and not _close(ratios[0], 1, 1e-6):
        return _wrong(Code.WRONG_FACTOR, _("Your answer is off by a constant factor. Check the coefficients."),
                      {"factor": ratios[0].real})
    return _wrong(Code.NOT_EQUIVALENT, _("Not equivalent to the correct answer."))


def _equiv_equation(s: sympy.Rel, t: sympy.Rel) -> Result:
    if type(s) is not type(t) and not (isinstance(s, sympy.Eq) and isinstance(t, sympy.Eq)):
        if isinstance(s, sympy.Eq) != isinstance(t, sympy.Eq):
            return _wrong(Code.WRONG_TYPE, _("The answer should be an equation.") if isinstance(t, sympy.Eq)
                          else _("The answer should be an inequality."))
    f, g = s.lhs - s.rhs, t.lhs - t.rhs
    if isinstance(t, sympy.Eq):
        pairs, _one_sided = _pairs(f, g)
        ratios = [a / b for a, b in pairs if abs(b) > 1e-12]
        if len(ratios) >= 3 and all(_close(r, ratios[0], 1e-6) for r in ratios) and not _close(ratios[0], 0):
            return _ok({"method": "proportional"})
    symbols = sorted(f.free_symbols | g.free_symbols, key=lambda x: x.name)
    if len(symbols) == 1:
        x = symbols[0]
        try:
            same = sympy.solveset(s, x, sympy.S.Reals) == sympy.solveset(t, x, sympy.S.Reals)
        except (NotImplementedError, ValueError, TypeError):
            same = False
        if same:
            return _ok({"method": "solution-set"})
    return _wrong(Code.NOT_EQUIVALENT, _("Your equation does not have the same solutions as the correct one."))


def _is_condition(value: Any) -> bool:
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
            return _ok({"method": "solution-set"}) if same else _wrong(
                Code.NOT_EQUIVALENT, _("Your answer does not describe the same values as the correct one."))
    # several variables: the two conditions must agree at many points
    rng = random.Random(17)
    for _i in range(200):
        point = {v: rng.choice([rng.uniform(-5, 5), rng.randint(-5, 5)]) for v in symbols}
        try:
            if bool(s.subs(point)) != bool(t.subs(point)):
                return _wrong(Code.NOT_EQUIVALENT, _("Your answer does not describe the same values as the correct one."))
        except TypeError:
            continue
    return _ok({"method": "sampling"})


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


def _written(student: Any, teacher_math: Any, options: Mapping[str, Any]) -> Any:
    """The student's answer as written: text read without evaluation, an object as it is."""
    if isinstance(student, str):
        return parse_math(student, lang=options.get("lang"), evaluate=False,
                          symbols={**_symbols_of(teacher_math), **dict(options.get("symbols") or {})})
    return _to_math(student, options)


def _form_comparer(check: Callable[[Any, Any, Any], bool], code: Code, message: Callable[[], str]) -> Callable[..., Result]:
    def comparer(student: Any, teacher: Any, **options: Any) -> Result:
        result = _equiv(student, teacher, **options)
        if not result.correct:
            return result
        t = _to_math(teacher, {**options, "lang": "en"}, options.get("symbols"))
        written = _written(student, t, options)
        if check(written, _to_math(student, options, _symbols_of(t)) if isinstance(student, str) else written, teacher):
            return result
        return _wrong(code, message(), {"equivalent": True})

    return comparer


def _same_form(written: Any, _value: Any, teacher: Any) -> bool:
    t = parse_math(teacher, lang="en", evaluate=False) if isinstance(teacher, str) else teacher
    return forms.same_form(written, t)


def _equiv(student: Any, teacher: Any, **options: Any) -> Result:
    positive = _positive_names(student) | _positive_names(teacher) | _positive_names(list((options.get("symbols") or {}).values()))
    # the teacher's text is written in Python notation: '.' decimals, ',' separates items
    t = _to_math(teacher, {**options, "lang": "en"}, options.get("symbols"))
    s = _to_math(student, options, {**_symbols_of(t), **dict(options.get("symbols") or {})})
    token = _POSITIVE.set(frozenset(positive))
    try:
        return _equiv_values(s, t, options)
    finally:
        _POSITIVE.reset(token)


def _equiv_values(s: Any, t: Any, options: Mapping[str, Any]) -> Result:
    if isinstance(t, tuple):
        if not isinstance(s, tuple):
            return _wrong(Code.WRONG_TYPE, ngettext("The answer should be a list of {n} item.", "The answer should be a list of {n} items.", len(t)))
        if len(s) != len(t):
            return _wrong(Code.WRONG_LENGTH, ngettext("The answer should have {n} item; yours has {m}.", "The answer should have {n} items; yours has {m}.",
                                                            len(t), m=len(s)))
        for i, (a, b) in enumerate(zip(s, t), start=1):
            r = _equiv_values(a, b, options)
            if not r.correct:
                return _wrong(Code(r.code), _("Item {i}: {message}", i=i, message=r.message), {"item": i, **r.details})
        return _ok()
    if isinstance(t, sympy.FiniteSet):
        if not isinstance(s, (sympy.FiniteSet, sympy.Set)):
            return _wrong(Code.WRONG_TYPE, _("The answer should be a set."))
        if not isinstance(s, sympy.FiniteSet) or len(s) != len(t):
            return _wrong(Code.WRONG_LENGTH, ngettext("The set should have {n} element.", "The set should have {n} elements.", len(t)))
        remaining = list(t)
        for a in s:
            match = next((b for b in remaining if _equiv_values(a, b, options).correct), None)
            if match is None:
                return _wrong(Code.NOT_EQUIVALENT, _("Not every element of your set is correct."))
            remaining.remove(match)
        return _ok()
    if isinstance(t, sympy.MatrixBase):
        if not isinstance(s, sympy.MatrixBase) or s.shape != t.shape:
            return _wrong(Code.WRONG_TYPE, _("The answer should be a matrix of shape {shape}.", shape="×".join(map(str, t.shape))))
        return _equiv_values(tuple(s), tuple(t), options)
    if _is_condition(t):
        if not _is_condition(s):
            return _wrong(Code.WRONG_TYPE, _("The answer should be an equation.") if isinstance(t, sympy.Eq)
                          else _("The answer should be an inequality."))
        if isinstance(s, sympy.Eq) and isinstance(t, sympy.Eq):
            return _equiv_equation(s, t)
        return _equiv_condition(s, t)
    if isinstance(s, (tuple, sympy.Set, sympy.MatrixBase)) or _is_condition(s):
        return _wrong(Code.WRONG_TYPE, _("The answer should be a single expression."))
    if not isinstance(s, sympy.Expr) or not isinstance(t, sympy.Expr):
        return _ok() if s == t else _wrong(Code.NOT_EQUIVALENT, _("Not equivalent to the correct answer."))
    return _equiv_expr(s, t)


# -- numbers and quantities ------------------------------------------------------------------

def _as_number(value: Any, options: Mapping[str, Any]) -> float:
    if isinstance(value, str):
        try:
            return read_number(value, options.get("lang")).value
        except NumberFormatError:
            number = parse_math(value, lang=options.get("lang"))  # 1/3, sqrt(2), 2*pi
            if not isinstance(number, sympy.Expr) or number.free_symbols:
                raise
            return float(number.evalf())
    if isinstance(value, pint.Quantity):
        if value.dimensionless:  # a ratio of two lengths is a plain number
            return float(value.to(ureg.dimensionless).magnitude)
        raise ParseError(str(value), _("a quantity with units where a pure number is expected"))
    try:
        return float(value)
    except (TypeError, ValueError):
        try:
            return float(sympy.sympify(value).evalf())
        except (TypeError, ValueError, sympy.SympifyError) as exc:
            raise ParseError(repr(value)[:80], _("a {kind} is not a number", kind=type(value).__name__)) from exc


def _numeric(student: Any, teacher: Any, rtol: float = 1e-2, atol: float = 0.0, **options: Any) -> Result:
    s, t = _as_number(student, options), _as_number(teacher, options)
    if not math.isfinite(s):
        return _wrong(Code.NOT_CLOSE, _("Your answer is not a finite number."))
    if abs(s - t) <= atol + rtol * abs(t):
        return _ok({"rel_error": abs(s - t) / abs(t) if t else None})
    if t != 0 and abs(s + t) <= atol + rtol * abs(t):
        return _wrong(Code.WRONG_SIGN, _("Check the sign of your answer."))
    return _wrong(Code.NOT_CLOSE, _("Not close enough to the correct value."), {"rel_error": abs(s - t) / abs(t) if t else None})


def _round_sig(value: float, figures: int) -> float:
    if value == 0:
        return 0.0
    return round(value, figures - 1 - math.floor(math.log10(abs(value))))


def _figures_ok(number: NumberText, wanted: Any) -> bool:
    low, high = (wanted, wanted) if isinstance(wanted, int) else tuple(wanted)
    return number.sigfigs <= high and number.sigfigs_max >= low


def _sigfigs(student: Any, teacher: Any, sigfigs: Any = 3, **options: Any) -> Result:
    if not isinstance(student, str):
        raise ParseError(repr(student)[:80], _("write the number as text, for example \"3.50\", so that its figures count"))
    number = read_number(student, options.get("lang"))
    t = _as_number(teacher, {**options, "lang": "en"})
    if not math.isclose(number.value, _round_sig(t, number.sigfigs), rel_tol=1e-9, abs_tol=1e-300):
        return _wrong(Code.NOT_CLOSE, _("Not close enough to the correct value."))
    if not _figures_ok(number, sigfigs):
        wanted = sigfigs if isinstance(sigfigs, int) else f"{sigfigs[0]}-{sigfigs[1]}"
        return _wrong(Code.WRONG_SIGFIGS, _("The value is right, but write it with {n} significant figures.", n=wanted),
                      {"written": number.sigfigs})
    return _ok({"sigfigs": number.sigfigs})


def _as_quantity(value: Any, options: Mapping[str, Any], unit: Any = None) -> pint.Quantity | float:
    if isinstance(value, pint.Quantity):
        return Q_(value.magnitude, str(value.units)) if value._REGISTRY is not ureg else value
    if isinstance(value, str):
        q = parse_quantity(value, options.get("lang"))
        if q.unit_text:
            return q.quantity
        return q.number.value if unit is None else Q_(q.number.value, unit)
    number = _as_number(value, options)
    return number if unit is None else Q_(number, unit)


def _unit(value: Any) -> pint.Unit:
    if isinstance(value, pint.Unit):
        return value
    if isinstance(value, pint.Quantity):
        return value.units
    return parse_unit(str(value))


def _units(student: Any, teacher: Any, rtol: float = 1e-2, atol: float = 0.0, unit: Any = None, sigfigs: Any = None,
           **options: Any) -> Result:
    t = _as_quantity(teacher, options)
    if not isinstance(t, pint.Quantity):
        raise ValueError("the teacher's answer in mode='units' needs a unit")
    s = _as_quantity(student, options, _unit(unit) if unit is not None else None)
    if not isinstance(s, pint.Quantity):
        return _wrong(Code.NO_UNITS, _("Give the answer with a unit, for example {example}.", example=f"{format(t.units, '~P')}"))
    if s.dimensionality != t.dimensionality:
        return _wrong(Code.WRONG_DIMENSION, _("The unit of your answer measures a different quantity: {got} instead of {expected}.",
                                              got=_dimension_name(s), expected=_dimension_name(t)),
                      {"got": str(s.dimensionality), "expected": str(t.dimensionality)})
    if sigfigs is not None and isinstance(student, str):
        written = parse_quantity(student, options.get("lang")).number
        if not _figures_ok(written, sigfigs):
            value_right = _units(student, teacher, rtol=rtol, atol=atol, unit=unit, **options)
            if value_right.correct:
                wanted = sigfigs if isinstance(sigfigs, int) else f"{sigfigs[0]}-{sigfigs[1]}"
                return _wrong(Code.WRONG_SIGFIGS, _("The value is right, but write it with {n} significant figures.", n=wanted),
                              {"written": written.sigfigs})
    s_base, t_base = s.to_base_units().magnitude, t.to_base_units().magnitude
    tol = abs(Q_(atol, t.units).to_base_units().magnitude) + rtol * abs(t_base) if atol else rtol * abs(t_base)
    if abs(s_base - t_base) <= tol:
        return _ok()
    factor = _turns_read_as_counts(s, t)
    if factor is not None and abs(s_base * factor - t_base) <= tol:
        return _ok({"revolutions": "read as counts"})
    # a number meant in one unit but labelled with another (72 labelled m/s when it was km/h)
    for name in _COMMON_UNITS:
        u = ureg.parse_units(name)
        if u != s.units and (1 * u).dimensionality == t.dimensionality:
            if abs(s.magnitude - t.to(u).magnitude) <= rtol * abs(t.to(u).magnitude):
                return _wrong(Code.WRONG_UNITS, _("Your number fits {other}, but you labelled it {unit}: convert it.",
                                                  other=format(u, "~P"), unit=format(s.units, "~P")), {"looks_like": name})
    if t_base != 0 and abs(s_base + t_base) <= tol:
        return _wrong(Code.WRONG_SIGN, _("Check the sign of your answer."))
    return _wrong(Code.NOT_CLOSE, _("Not close enough to the correct value."),
                  {"rel_error": abs(s_base - t_base) / abs(t_base) if t_base else None})


_TURN_UNITS = re.compile(r"revolution|turn|cycle|rpm|rps")
_ANGLE_UNITS = re.compile(r"radian|degree|arcminute|arcsecond|gradian")


def _unit_names(q: pint.Quantity) -> list[str]:
    return [ureg.get_name(name) for name, _power in q.unit_items()]


def _turns_read_as_counts(s: pint.Quantity, t: pint.Quantity) -> float | None:
    """School reads ``об/мин``, rpm and ``мин⁻¹`` as one thing; pint makes a revolution 2π radians.

    When exactly one side counts revolutions and neither side names an angle (rad, degree),
    returns the factor that turns the student's base magnitude into the teacher's reading.
    Angular speed in rad/s still converts through 2π.
    """
    s_turns = any(_TURN_UNITS.search(n) for n in _unit_names(s))
    t_turns = any(_TURN_UNITS.search(n) for n in _unit_names(t))
    angles = any(_ANGLE_UNITS.search(n) for n in _unit_names(s) + _unit_names(t))
    if s_turns == t_turns or angles:
        return None
    return 2 * math.pi if t_turns else 1 / (2 * math.pi)


def _dimension_name(q: pint.Quantity) -> str:
    """``[length] / [time]`` in the course language: "length / time", "ұзындық / уақыт"."""
    names = {
        "length": _("length"), "mass": _("mass"), "time": _("time"), "current": _("electric current"),
        "temperature": _("temperature"), "substance": _("amount of substance"), "luminosity": _("luminous intensity"),
    }
    text = str(q.dimensionality)
    return re.sub(r"\[(\w+)\]", lambda m: names.get(m.group(1), m.group(1)), text) if text != "dimensionless" else _("a pure number")


def _dimension(student: Any, teacher: Any, **options: Any) -> Result:
    expected = 1 * _unit(teacher)
    s = _as_quantity(student, options)
    if not isinstance(s, pint.Quantity):
        return _wrong(Code.NO_UNITS, _("Give the answer with a unit, for example {example}.", example=format(expected.units, "~P")))
    if s.dimensionality != expected.dimensionality:
        return _wrong(Code.WRONG_DIMENSION, _("The unit of your answer measures a different quantity: {got} instead of {expected}.",
                                              got=_dimension_name(s), expected=_dimension_name(expected)))
    return Result(True, 1.0, Code.RIGHT_DIMENSION, _("The unit fits. The value is checked when your work is graded."))


_COMPARERS: dict[str, Callable[..., Result]] = {
    "equiv": _equiv,
    "same_form": _form_comparer(_same_form, Code.WRONG_FORM,
                                lambda: _("Equivalent, but not written in the form the question asks for.")),
    "expanded": _form_comparer(lambda w, v, _t: forms.is_expanded(w, v), Code.NOT_EXPANDED,
                               lambda: _("Equivalent, but not expanded: multiply out the brackets and collect like terms.")),
    "factored": _form_comparer(lambda w, _v, _t: forms.is_factored(w), Code.NOT_FACTORED,
                               lambda: _("Equivalent, but not fully factored.")),
    "lowest_terms": _form_comparer(lambda w, _v, _t: forms.in_lowest_terms(w), Code.NOT_LOWEST_TERMS,
                                   lambda: _("Equivalent, but the fraction can still be reduced.")),
    "sigfigs": _sigfigs,
    "numeric": _numeric,
    "units": _units,
    "dimension": _dimension,
}
