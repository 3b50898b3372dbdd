"""math-09-ramp-up: its notebooks are what build.py writes, every number it shows is a given of its plans or comes
from the lab's model, the model is right (against day-by-day sums and searches) and refuses bad input with a clear
message, the lab's picture shows the model's numbers, and the statements the texts make about the plans hold.
(The forms of every item: tests/test_forms.py; the lessons in a browser: tests/test_browser.py.)"""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curriculum.check import check_design
from curriculum.labs import ramp_up
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger

MODULE = "math-09-ramp-up"
FOLDER = REPO_ROOT / "math" / MODULE

# the plans of the module: the lessons' (12 cars, +6 a day; 16 cars, +25 % a day) and the assignment's
# (plan A: 18 cars, +6 a day; plan B: 12 cars, +20 % a day)
LESSON_A, LESSON_G = (12, 6), (16, 1 + 25 / 100)
PLAN_A, PLAN_B = (18, 6), (12, 1 + 20 / 100)


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    r = ramp_up
    term, total = r.arithmetic_term, r.arithmetic_sum
    gterm, gtotal = r.geometric_term, r.geometric_sum
    ledger = NumberLedger.of_module(MODULE)
    ledger.given(12, 6, 16, 25, 18, 20, 100, note="the plans of the lessons and the assignment, the milestone of 100 cars")
    ledger.given(-1, 0, 1, 2, 3, 5, 7, 9, 10, 45, 0.2, 0.5, 75,
                 note="small counts, n - 1, the forms' and the function's examples, times, tolerances")
    ledger.pin(r.FULL_RATE), ledger.pin(r.SHIFT_MINUTES)                                 # 120 cars a day, 450 minutes
    assert r.SHIFTS * r.SHIFT_MINUTES / 7.5 == r.FULL_RATE                               # a takt of 7.5 minutes
    ledger.pin(r.DEADLINE), ledger.pin(r.ORDER_MIN), ledger.pin(r.ORDER_MAX)             # 15; 1000 and 1150
    ledger.pin(r.PILOT_CREW), ledger.pin(r.TRAINING_LIMIT)                               # 24 and 8
    # lesson 1: example 1 (day 10; the first day with 100 cars, rounded up), example 2 (the sum), the misconceptions
    a1, d = LESSON_A
    ledger.pin(term(a1, d, 3)), ledger.pin(term(a1, d, 9)), ledger.pin(term(a1, d, 10))          # 24, 60, 66
    ledger.pin(100 - a1), ledger.pin((100 - a1) / d, places=2)                                   # 88; 14.67
    assert r.first_day_arithmetic(a1, d, 100) == math.ceil((100 - a1) / d) + 1
    ledger.pin(term(a1, d, 15)), ledger.pin(r.first_day_arithmetic(a1, d, 100)), ledger.pin(term(a1, d, 16))  # 96, 16, 102
    ledger.pin((a1 + term(a1, d, 10)) / 2, places=-1)                                    # "about 40 a day"
    ledger.pin(40 * 10)                                                                  # "about 400"
    ledger.pin(a1 + term(a1, d, 10)), ledger.pin(total(a1, d, 10))                       # 78, 390
    ledger.pin(r.first_day_arithmetic(a1, d, r.FULL_RATE)), ledger.pin(total(a1, d, 19))  # 19, 1254
    assert term(a1, d, 19) == r.FULL_RATE
    ledger.pin(a1 + 10 * d), ledger.pin(10 * term(a1, d, 10))                            # Aigerim's 72, Bekzat's 660
    ledger.pin(r.first_day_arithmetic(a1, d, r.FULL_RATE) / 2)                           # the naive 9.5 of the prediction
    # lesson 2: example 3, Dana's 100 %, the growing increases
    b1, q = LESSON_G
    ledger.pin(q), ledger.pin(q - 1)                                                     # 1.25 and 0.25
    ledger.pin(gterm(b1, q, 2)), ledger.pin(gterm(b1, q, 3))                             # 20, 25
    ledger.pin(gterm(b1, q, 5)), ledger.pin(gterm(b1, q, 5), places=1), ledger.pin(gterm(b1, q, 5), places=0)
    ledger.pin(5 * 25)                                                                   # the estimate of S_5
    ledger.pin(gtotal(b1, q, 5)), ledger.pin(gtotal(b1, q, 5), places=1)                 # 131.3125 and 131.3
    ledger.pin(gterm(b1, q, 10), places=1), ledger.pin(gterm(b1, q, 11), places=1)       # 119.2 < 120, 149.0
    ledger.pin(r.first_day_geometric(b1, q, r.FULL_RATE))                                # 11
    increases = [gterm(b1, q, n) - gterm(b1, q, n - 1) for n in range(2, 7)]
    assert increases[:3] == [4, 5, 6.25]
    for increase in increases:                                                           # 4, 5, 6.25, 7.8, 9.8
        ledger.pin(increase, places=2 if increase == 6.25 else 1 if increase % 1 else 0)
    ledger.pin(1.2 ** 5, places=2)                                                       # 2.49
    # the assignment: plan A (tasks 1-4), plan B (tasks 5-7), the comparison (task 8), the launch plan (task 9)
    a1, d = PLAN_A
    ledger.pin(r.first_day_arithmetic(a1, d, 100))                                       # 15
    ledger.pin(r.first_day_arithmetic(a1, d, 100) - 1), ledger.pin(math.ceil(100 / d))   # the mistakes 14 and 17
    ledger.pin(r.first_day_arithmetic(a1, d, r.FULL_RATE))                               # 18
    ledger.pin(total(a1, d, 18)), ledger.pin(total(a1, d, 17))                           # 1242; 1122 (17 days)
    ledger.pin(18 * r.FULL_RATE), ledger.pin(2 * total(a1, d, 18))                       # 2160, 2484
    ledger.pin(term(a1, d, 10)), ledger.pin(r.interval(term(a1, d, 10)))                 # 72 cars, 12.5 minutes
    ledger.pin(r.interval(r.FULL_RATE)), ledger.pin(r.interval(72, r.SHIFT_MINUTES))     # the mistakes 7.5 and 6.25
    ledger.pin(r.SHIFTS * r.SHIFT_MINUTES)                                               # 900 working minutes a day
    assert a1 + 10 * d == 78 and r.interval(a1 + 10 * d) == 900 / 78                     # the mistake: day 10 with n steps
    b1, q = PLAN_B
    ledger.pin(q)                                                                        # 1.2
    ledger.pin(gterm(b1, q, 8), places=3), ledger.pin(gterm(b1, q, 9), places=3)         # 42.998; 51.598 (exponent n)
    ledger.pin(b1 + 7 * (q - 1) * b1)                                                    # 28.8: 20 % of the first day
    ledger.pin(gtotal(b1, q, 8), places=3), ledger.pin(gtotal(b1, q, 7), places=3)       # 197.989; 154.991
    ledger.pin(8 * (b1 + gterm(b1, q, 8)) / 2, places=0)                                 # 220: the arithmetic formula
    ledger.pin(b1 * (q ** 8 - 1) / q, places=3)                                          # 32.998: divided by q
    ledger.pin(r.first_day_geometric(10, 2, 75))                                         # 4: 10, 20, 40, 80
    ledger.pin(ramp_up.geometric_term(10, 2, 3)), ledger.pin(ramp_up.geometric_term(10, 2, 4))
    full_b = r.first_day_geometric(b1, q, r.FULL_RATE)
    ledger.pin(full_b), ledger.pin(full_b - 1)                                           # 14; 13
    ledger.pin(r.first_day_arithmetic(*PLAN_A, r.FULL_RATE) - 1)                         # 17 steps
    ledger.pin(q ** 12, places=1), ledger.pin(q ** 13, places=1)                         # 8.9 < 10 <= 10.7
    plan_a, plan_b = r.ramp("arithmetic", *PLAN_A), r.ramp("geometric", *PLAN_B)
    ledger.pin(term(*PLAN_A, 14)), ledger.pin(plan_a["total"][13])                       # 96, 798
    ledger.pin(gtotal(b1, q, 13), places=0), ledger.pin(plan_b["total"][13], places=0)   # 582, 702
    ledger.pin(plan_a["total"][13] - plan_b["total"][13], places=0)                      # about 96 more
    ledger.pin(gterm(b1, q, 8), places=1)                                                # 43.0
    ledger.pin(gterm(b1, q, 9) - gterm(b1, q, 8), places=1)                              # 8.6 on day 9
    ledger.pin(gterm(b1, q, 13) - gterm(b1, q, 12), places=1)                            # 17.8 on day 13
    ledger.assert_complete()


# -- the statements the texts make -----------------------------------------------------------------------


def test_what_the_texts_say_of_the_plans_holds():
    r = ramp_up
    # lesson 1's prediction: doubling the difference does not halve the days (day 10, not 9.5)
    assert r.first_day_arithmetic(12, 12, r.FULL_RATE) == 10 != r.first_day_arithmetic(12, 6, r.FULL_RATE) / 2
    # lesson 2: the 25 % plan's increase first passes the training limit of 8 on day 6
    increase = lambda b1, q, n: r.geometric_term(b1, q, n) - r.geometric_term(b1, q, n - 1)  # noqa: E731
    assert min(n for n in range(2, 30) if increase(16, 1.25, n) > r.TRAINING_LIMIT) == 6
    # the assignment's comparison: B reaches the full rate four days sooner, A has made more by day 14,
    # A's increase stays 6, B breaks the limit of 8 from day 9
    a, b = r.ramp("arithmetic", *PLAN_A), r.ramp("geometric", *PLAN_B)
    assert (a["full_day"], b["full_day"]) == (18, 14)
    assert a["total"][13] > b["total"][13]
    assert a["max_increase"] == 6 <= r.TRAINING_LIMIT
    assert min(n for n in range(2, 15) if increase(*PLAN_B, n) > r.TRAINING_LIMIT) == 9
    assert b["max_increase"] == pytest.approx(increase(*PLAN_B, 13))
    # lesson 2's design question: 24 cars and +8 a day break only the supplier's limit
    result = check_design({"a1": 24, "d": 8}, r.DESIGN_SPEC, model=r.design_result)
    assert not result.correct and result.score == pytest.approx(4 / 5)


def test_the_design_task_states_the_numbers_the_texts_give():
    limits = [(req.key, req.op, req.limit) for req in ramp_up.DESIGN_SPEC.requirements]
    assert limits == [("full_day", "<=", 15), ("total", ">=", 1000), ("total", "<=", 1150), ("a1", "<=", 24),
                      ("max_increase", "<=", 8)]


@pytest.mark.parametrize(("design", "meets"), [
    ({"a1": 16, "d": 8}, True), ({"a1": 22.0, "d": 7.0}, True), ({"a1": 15, "d": 7.5}, True),
    ({"a1": 11, "d": 8}, True), ({"a1": 24, "d": 7}, True),
    ({"a1": 24, "d": 8}, False), ({"a1": 10, "d": 8}, False), ({"a1": 12, "d": 9}, False),
    ({"a1": 24, "d": 6}, False), ({"a1": 30, "d": 7}, False), ({"a1": 20, "d": 0}, False),
])
def test_the_design_task_accepts_the_plans_that_meet_it_and_no_other(design, meets):
    assert check_design(design, ramp_up.DESIGN_SPEC, model=ramp_up.design_result).correct is meets


def test_the_design_task_has_answers_and_each_requirement_can_fail_alone():
    """Every requirement matters: for each, a plan that misses it and meets all the others."""
    from curriculum.check.design import _check_result

    alone = {}
    for a1 in range(4, 41):
        for d in range(0, 16):
            result = ramp_up.design_result({"a1": a1, "d": d})
            missed = [i for i, req in enumerate(ramp_up.DESIGN_SPEC.requirements) if not req.met_by(float(result[req.key]))]
            if len(missed) == 1:
                alone.setdefault(missed[0], (a1, d))
            if not missed:
                alone.setdefault("meets", (a1, d))
                assert _check_result(result, ramp_up.DESIGN_SPEC).correct
    assert set(alone) == {0, 1, 2, 3, 4, "meets"}, alone


# -- the model ---------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.integers(-50, 200), st.integers(-20, 40), st.integers(1, 60))
def test_the_arithmetic_formulas_agree_with_the_days_one_by_one(a1, d, n):
    days = [a1]
    for _ in range(n - 1):
        days.append(days[-1] + d)
    assert ramp_up.arithmetic_term(a1, d, n) == days[-1]
    assert ramp_up.arithmetic_sum(a1, d, n) == sum(days)


@settings(max_examples=200, deadline=None)
@given(st.floats(0.5, 200), st.floats(0.2, 3.0), st.integers(1, 40))
def test_the_geometric_formulas_agree_with_the_days_one_by_one(b1, q, n):
    days = [b1]
    for _ in range(n - 1):
        days.append(days[-1] * q)
    assert ramp_up.geometric_term(b1, q, n) == pytest.approx(days[-1], rel=1e-9)
    assert ramp_up.geometric_sum(b1, q, n) == pytest.approx(sum(days), rel=1e-9)


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 130), st.integers(1, 20), st.integers(1, 400))
def test_the_first_arithmetic_day_is_the_smallest_day_at_the_target(a1, d, target):
    n = ramp_up.first_day_arithmetic(a1, d, target)
    assert ramp_up.arithmetic_term(a1, d, n) >= target
    assert n == 1 or ramp_up.arithmetic_term(a1, d, n - 1) < target


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 100), st.sampled_from([1.05, 1.2, 1.25, 1.5, 2.0, 3.0]), st.integers(1, 5000))
def test_the_first_geometric_day_is_the_smallest_day_at_the_target(b1, q, target):
    n = ramp_up.first_day_geometric(b1, q, target)
    assert ramp_up.geometric_term(b1, q, n) >= target
    assert n == 1 or ramp_up.geometric_term(b1, q, n - 1) < target


def test_a_target_met_exactly_counts_on_that_day():
    assert ramp_up.first_day_arithmetic(12, 6, 120) == 19 and ramp_up.arithmetic_term(12, 6, 19) == 120
    assert ramp_up.first_day_arithmetic(0.1, 0.1, 0.3) == 3  # exact: 0.1 + 2 * 0.1 is 0.3 here, not 0.30000000000000004
    assert ramp_up.first_day_geometric(15, 2, 60) == 3
    assert ramp_up.first_day_geometric(120, 1.2, 120) == ramp_up.first_day_arithmetic(130, 6, 120) == 1


def test_a_ramp_stops_at_the_full_rate_and_counts_the_days_after_it():
    plan = ramp_up.ramp("geometric", 16, 1.25)
    assert plan["term"][10] > ramp_up.FULL_RATE and plan["output"][10] == ramp_up.FULL_RATE
    assert plan["output"][:10] == pytest.approx(plan["term"][:10])
    assert plan["full_day"] == 11
    assert plan["total"][4] == pytest.approx(ramp_up.geometric_sum(16, 1.25, 5))
    assert ramp_up.total_after(plan, 30) == pytest.approx(plan["total"][-1] + 10 * ramp_up.FULL_RATE)
    flat = ramp_up.ramp("arithmetic", 12, 0)
    assert flat["full_day"] == math.inf and flat["max_increase"] == 0


@pytest.mark.parametrize(("call", "says"), [
    (lambda: ramp_up.arithmetic_term(12, 6, 0), "day's number"),
    (lambda: ramp_up.arithmetic_term(12, 6, 2.5), "day's number"),
    (lambda: ramp_up.arithmetic_sum(12, "six", 3), "d must be a number"),
    (lambda: ramp_up.arithmetic_term(True, 6, 3), "a1 must be a number"),
    (lambda: ramp_up.geometric_term(16, 0, 3), "must be positive"),
    (lambda: ramp_up.geometric_sum(16, float("nan"), 3), "q must be a number"),
    (lambda: ramp_up.first_day_arithmetic(12, 0, 120), "never reaches"),
    (lambda: ramp_up.first_day_geometric(12, 1, 120), "never reaches"),
    (lambda: ramp_up.first_day_geometric(12, 0.9, 120), "never reaches"),
    (lambda: ramp_up.interval(0), "no cars"),
    (lambda: ramp_up.ramp("linear", 12, 6), "'arithmetic' or 'geometric'"),
    (lambda: ramp_up.make_lab("launch"), "launch-plan"),
])
def test_bad_input_gets_a_clear_message(call, says):
    with pytest.raises(ValueError, match=says):
        call()


# -- the lab ------------------------------------------------------------------------------------------------


def test_the_yard_and_the_bars_show_the_models_numbers():
    """The picture is the numbers: one icon per 20 cars made so far (today's darker), a bar per day of output."""
    import numpy as np
    from matplotlib.colors import to_rgba

    lab = ramp_up.make_lab()
    lab.build()
    for day in (1, 7, 10, 19):
        lab.set(day=day)
        for kind in ("arithmetic", "geometric"):
            plan = lab.result[kind]
            icons = lab.view.icons[kind]
            shown = int(plan["total"][day - 1] // ramp_up.CARS_PER_ICON)
            earlier = int((plan["total"][day - 2] if day > 1 else 0) // ramp_up.CARS_PER_ICON)
            assert len(icons.get_offsets()) == shown
            dark = [tuple(c) for c in icons.get_facecolor()].count(to_rgba(ramp_up.COLOURS[kind]))
            assert dark == shown - earlier
            heights = [path.vertices[:, 1].max() for path in lab.view.bars[kind].get_paths()]
            assert heights == pytest.approx(plan["output"][:ramp_up.DAYS])
            assert sum(heights[:day]) == pytest.approx(plan["total"][day - 1])   # the total is the bars' area
            assert np.isclose(lab.view.today.get_x(), day - 0.5)


def test_playing_the_days_draws_only_what_moves():
    lab = ramp_up.make_lab()
    lab.build()
    full = lab.view.full_draws
    for day in range(1, ramp_up.DAYS + 1):
        lab.set(day=day)
    assert lab.view.full_draws == full


def test_the_design_line_leaves_the_day_out_and_the_check_agrees_with_the_grader():
    lab = ramp_up.make_lab("launch-plan")
    lab.build()
    lab.set(a1=16, d=8, day=3)
    assert lab.design_code() == "design = {'a1': 16.0, 'd': 8.0}"
    assert lab.check().correct
    lab.set(a1=24)
    assert not lab.check().correct
    assert check_design({"a1": 24.0, "d": 8.0}, ramp_up.DESIGN_SPEC, model=ramp_up.design_result).correct is False


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_readout_writes_numbers_the_course_languages_way(lang):
    import curriculum

    curriculum.setup(lang)
    try:
        lab = ramp_up.make_lab()
        lab.build()
        lab.set(day=5)
        decimal = "39,1" if lang in ("kk", "ru") else "39.1"   # the 25 % plan's day 5
        assert decimal in lab.readout.value
    finally:
        curriculum.setup("en")
