"""The answer-checking engine: what it accepts, what it tells apart, and that nothing crashes or hangs it."""

from __future__ import annotations

import time

import pytest
import sympy
from hypothesis import given, settings
from hypothesis import strategies as st

from curriculum.check import AnswerError, Code, check_function, compare, parse_math, require
from curriculum.check.parse import ParseError
from curriculum.units import ureg

x, y = sympy.symbols("x y")


@pytest.mark.parametrize(
    ("student", "teacher"),
    [("(x-1)^2", "x**2-2*x+1"), ("x^2-2x+1", "(x-1)**2"), ("2(x+1)", "2*x+2"), ("sin(x)^2+cos(x)^2", "1"),
     ("x(x+1)", "x**2+x"), ("√(x^2)", "sqrt(x**2)"), ("e^(2x)", "exp(x)**2"), ("1/2*x", "x/2"), ("0,5x", "x/2"),
     ("2x+1=3", "x=1"), ("y = 2x + 1", "2*x - y + 1 = 0"), ("{2; 1}", "{1, 2}"), ("πr²", "pi*r**2")],
)
def test_equivalent_answers_are_accepted(student, teacher):
    result = compare(student, teacher, lang="ru")
    assert result.correct and result.code == "equivalent", result


@pytest.mark.parametrize(
    ("student", "teacher", "code"),
    [("-(x-1)^2", "(x-1)**2", "wrong-sign"), ("2*x**2", "x**2", "wrong-factor"), ("x^2+1", "x**2", "not-equivalent"),
     ("x^2 + y", "x**2", "wrong-variables"), ("x^2=1", "x=1", "not-equivalent"), ("x^2+", "x", "invalid-input"),
     ("[1; 2; 3]", "[1, 2]", "wrong-length"), ("x", "[1, 2]", "wrong-type")],
)
def test_wrong_answers_are_told_apart(student, teacher, code):
    result = compare(student, teacher, lang="ru")
    assert not result.correct and result.code == code, result


def test_python_objects_with_assumptions_meet_text():
    v = sympy.Symbol("v", positive=True)
    assert compare(v**2 / 2, "v^2/2").correct
    assert compare(sympy.Eq(2 * x, 4), "x = 2").correct


@pytest.mark.parametrize(
    ("student", "teacher", "options", "code"),
    [("72 км/ч", "20 m/s", {}, "equivalent"), (20 * ureg("m/s"), "72 km/h", {}, "equivalent"),
     ("72 m/s", "20 m/s", {}, "wrong-units"), ("20", "20 m/s", {}, "no-units"), ("20", "20 m/s", {"unit": "m/s"}, "equivalent"),
     ("5 kg", "20 m/s", {}, "wrong-dimension"), ("25 m/s", "20 m/s", {}, "not-close"), ("-20 m/s", "20 m/s", {}, "wrong-sign")],
)
def test_units_compare_dimension_then_value(student, teacher, options, code):
    assert compare(student, teacher, mode="units", **options).code == code


def test_dimension_mode_reveals_nothing_but_the_dimension():
    assert compare("19,9 м", "m", mode="dimension", lang="kk").correct
    assert compare(3 * ureg.s, "m", mode="dimension").code == "wrong-dimension"


def test_numeric_accepts_a_dimensionless_quantity():
    assert compare(ureg.Quantity(343.6, "m") / ureg.Quantity(49.1, "m"), 7, mode="numeric").correct
    assert compare(ureg.Quantity(7, "m"), 7, mode="numeric").code == "invalid-input"


def test_numeric_tolerance():
    assert compare("3,15", 3.14159, mode="numeric", rtol=0.01, lang="ru").correct
    assert not compare("3,2", 3.14159, mode="numeric", rtol=0.01, lang="ru").correct


@pytest.mark.parametrize("text", ["__import__('os').system('true')", "x.__class__", "(lambda: 1)()", "open('f')",
                                  "9**9**9**9", "2^(10^10)", "1" * 200, "[" * 500 + "]" * 500])
def test_hostile_text_is_refused_not_run(text):
    with pytest.raises(ParseError):
        parse_math(text)
    assert compare(text, "x").code in {"invalid-input", "timeout"}


def test_hostile_object_does_not_crash_the_checker():
    class Evil:
        def __eq__(self, other):
            raise RuntimeError("boom")

    assert compare(Evil(), "x").code == "invalid-input"


def test_a_pathological_answer_times_out_instead_of_hanging():
    start = time.perf_counter()
    result = compare("(x+1)^400*(x-1)^400", "(x^2-1)^400 + 1", timeout=0.5)
    assert time.perf_counter() - start < 5
    assert result.code in {"timeout", "not-equivalent"}


exprs = st.recursive(
    st.sampled_from([x, y, sympy.Integer(2), sympy.Integer(3), sympy.Rational(1, 2)]),
    lambda inner: st.one_of(
        st.builds(sympy.Add, inner, inner), st.builds(sympy.Mul, inner, inner),
        st.builds(lambda a: a**2, inner), st.builds(lambda a: a - 1, inner)),
    max_leaves=6,
)


@settings(max_examples=60, deadline=None)
@given(exprs, exprs)
def test_equivalence_is_symmetric(a, b):
    assert compare(a, b).correct == compare(b, a).correct


@settings(max_examples=60, deadline=None)
@given(exprs)
def test_rewrites_stay_equivalent_and_perturbations_do_not(a):
    assert compare(sympy.expand(a), a).correct
    assert compare(sympy.factor(a), a).correct
    assert not compare(a + sympy.Rational(1, 1000), a).correct


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_no_typed_text_crashes_the_checker(text):
    result = compare(text, "x^2 - 1", lang="ru")
    assert result.code in {c.value for c in Code}


def test_check_function_reports_the_smallest_disagreement():
    def reference(n):
        return sum(range(n))

    def student(n):
        return sum(range(n + 1)) if n > 5 else sum(range(n))

    result = check_function(student, reference, strategy=st.integers(0, 1000), name="total")
    assert result.code == "wrong-output" and result.details["input"] == (6,)
    assert "total(6)" in result.message and "15" not in result.message  # the expected value stays hidden


def test_check_function_skips_inputs_outside_the_references_domain():
    import math

    assert check_function(math.sqrt, math.sqrt, [-1, 0, 4]).correct
    assert check_function(lambda v: 3, math.sqrt, [-1, 4]).details["input"] == (4,)


def test_rotation_counts_per_minute_are_rpm():
    assert compare(362.5 / ureg.min, "362.5 rpm", mode="units").correct
    assert compare("362,5 об/мин", "362.5 1/min", mode="units", lang="ru").correct
    assert compare("37.96 rad/s", "362.5 rpm", mode="units").correct  # angular speed converts through 2*pi
    assert not compare("6.04 rad/s", "362.5 rpm", mode="units").correct


def test_check_function_stops_endless_loops_and_reports_errors():
    def loops(n):
        while True:
            try:
                pass
            except Exception:  # noqa: BLE001 - a student swallowing errors must not defeat the limit
                pass

    assert check_function(loops, abs, [1], timeout=0.2).code == "timeout"
    assert check_function(lambda n: 1 / n, abs, [0, 1]).code == "runtime-error"
    assert check_function(abs, abs, range(-5, 5)).correct


def test_require_fails_the_cell_with_the_message():
    with pytest.raises(AnswerError, match="sign"):
        require(compare("-x", "x"))
    assert require(compare("x", "x"), quiet=True) is None  # no output: nbgrader would read a value as a partial score
