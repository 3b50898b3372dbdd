"""The grader's own decisions, from recorded data only (curriculum.grading.trust), without kernels."""

from __future__ import annotations

import IPython.display
import pytest
import sympy as sp

from curriculum.check import check_design, check_function, compare, rules
from curriculum.check.record import MIME, TEACHER_ENV, deserialize, serialize
from curriculum.check.srepr import SreprError, read_srepr
from curriculum.grading.trust import _model, _retake
from curriculum.labs import braking


@pytest.fixture
def record(monkeypatch):
    """Run checks as nbgrader would and return the documents they record (as the student's kernel, or as the teacher's)."""

    def run(check, *, teacher: bool = False) -> list[dict]:
        docs: list[dict] = []
        with monkeypatch.context() as m:
            m.setenv("NBGRADER_EXECUTION", "autograde")
            if teacher:
                m.setenv(TEACHER_ENV, "1")
            else:
                m.delenv(TEACHER_ENV, raising=False)
            m.setattr(IPython.display, "display", lambda obj, raw=False: docs.append(obj[MIME]))
            check()
        return docs

    return run


HALF = rules.wrong_answer(10, code="half", message={"kk": "k", "ru": "r", "en": "e"}, score=0.5)


def test_a_right_answer_keeps_its_points_and_a_wrong_one_loses_them(record):
    (teacher,) = record(lambda: compare(20, 20, mode="numeric", rules=[HALF]), teacher=True)
    (right,) = record(lambda: compare(20.0001, 20, mode="numeric", rules=[HALF]))
    (wrong,) = record(lambda: compare(7, 20, mode="numeric", rules=[HALF]))
    assert "teacher" not in right and "mistakes" not in right  # a student's kernel never holds the answer
    assert _retake(right, teacher).score == 1.0
    assert _retake(wrong, teacher).score == 0.0 and "not-close" in _retake(wrong, teacher).reason


def test_partial_credit_of_an_anticipated_mistake_survives_the_re_decision(record):
    (teacher,) = record(lambda: compare(20, 20, mode="numeric", rules=[HALF]), teacher=True)
    (half,) = record(lambda: compare(10, 20, mode="numeric", rules=[HALF]))
    assert teacher["mistakes"] == [{"code": "half", "score": 0.5, "answer": serialize(10)}]
    assert half["score"] == 0.5
    retaken = _retake(half, teacher)
    assert retaken.score == 0.5 and "half" in retaken.reason


def test_a_claimed_pass_is_worth_nothing_when_the_answer_is_wrong(record):
    (teacher,) = record(lambda: compare("x**2 - 1", "(x-1)*(x+1)"), teacher=True)
    (wrong,) = record(lambda: compare("x**2 + 1", "(x-1)*(x+1)"))
    forged = {**wrong, "code": "equivalent", "score": 1.0}  # what a patched kernel would claim
    assert _retake(forged, teacher).score == 0.0


@pytest.mark.parametrize("text", [
    "().__class__.__base__.__subclasses__()",
    "__import__('os').system('true')",
    "Symbol('x').__class__",
    "Add(Symbol('x'), 'x + 1')",  # text where sympy would parse (and eval) it
    "Symbol('x', **{'positive': True})",
    "Integer('9' * 9999)",
    "eval('1')",
])
def test_recorded_sympy_text_is_never_run(text, record):
    with pytest.raises(SreprError):
        read_srepr(text)
    (teacher,) = record(lambda: compare("x + 1", "x + 1"), teacher=True)
    hostile = {**teacher, "answer": {"type": "sympy", "srepr": text}}
    hostile.pop("teacher")
    retaken = _retake(hostile, teacher)
    assert retaken.score == 0.0 and "cannot be read" in retaken.reason


@pytest.mark.parametrize("value", [
    sp.sympify("x**2 - 2*x + 1"), sp.Eq(sp.Symbol("x") ** 2, 4), sp.Rational(1, 3) * sp.Symbol("v", positive=True),
    sp.Matrix([[1, 2], [3, sp.Symbol("x")]]), sp.Interval.Lopen(1, 3), sp.Piecewise((sp.Symbol("x"), sp.Symbol("x") > 0), (0, True)),
    sp.Function("f")(sp.Symbol("t")) + sp.sin(sp.pi / 7), sp.Float("0.125"), sp.oo, {"a": 1.5, "b": [1, "w"]},
])
def test_answers_read_back_as_they_were(value):
    back = deserialize(serialize(value))
    assert back == value or sp.srepr(back) == sp.srepr(value)


def _ratio(stages):
    out = 1.0
    for z1, z2 in stages:
        out = out * z2 / z1
    return out


def _two_stages_only(stages):
    return _ratio(stages[:2])


CASES = [[], [(19, 76)], [(17, 51), (20, 70), (13, 39)], [(24, 96), (24, 96)]]


def test_function_outputs_are_compared_with_the_references_outputs(record):
    (teacher,) = record(lambda: check_function(_ratio, _ratio, inputs=CASES), teacher=True)
    (right,) = record(lambda: check_function(lambda s: _ratio(list(s)), _ratio, inputs=CASES))
    (wrong,) = record(lambda: check_function(_two_stages_only, _ratio, inputs=CASES))
    assert "expected" in teacher and "expected" not in right
    assert _retake(right, teacher).score == 1.0
    retaken = _retake(wrong, teacher)
    assert retaken.score == 0.0 and "input #3" in retaken.reason


def test_function_outputs_claimed_for_other_inputs_or_with_errors_count_for_nothing(record):
    (teacher,) = record(lambda: check_function(_ratio, _ratio, inputs=CASES), teacher=True)
    (other_inputs,) = record(lambda: check_function(_ratio, _ratio, inputs=CASES[:2]))
    (crashes,) = record(lambda: check_function(lambda s: 1 / 0, _ratio, inputs=CASES))
    assert _retake(other_inputs, teacher).score == 0.0
    assert "no result" in _retake(crashes, teacher).reason
    forged = {**crashes, "code": "equivalent", "score": 1.0}
    assert _retake(forged, teacher).score == 0.0


def test_a_design_is_evaluated_again_with_the_packages_model(record):
    good, bad = {"v_kmh": 54.0, "t_r": 1.0}, {"v_kmh": 90.0, "t_r": 1.5}
    spec, model = braking.DESIGN_SPEC, braking.design_result
    (teacher,) = record(lambda: check_design(good, spec, model=model), teacher=True)
    (ok,) = record(lambda: check_design(good, spec, model=model))
    (missed,) = record(lambda: check_design(bad, spec, model=model))
    assert teacher["options"]["model"] == "curriculum.labs.braking:design_result"
    assert _retake(ok, teacher).score == 1.0
    claimed = {**missed, "code": "meets-spec", "score": 1.0}
    retaken = _retake(claimed, teacher)
    assert retaken.score < 1.0 and "misses-spec" in retaken.reason


def test_only_the_packages_own_models_are_imported():
    assert _model("curriculum.labs.braking:design_result") is braking.design_result
    assert _model("os:system") is None
    assert _model("subprocess:run") is None
    assert _model("curriculum.labs.braking:no_such_model") is None
