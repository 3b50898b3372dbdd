"""math-09-quality: its notebooks are what build.py writes, every number it shows is a given of the line or comes
from the lab's model, the model is right (against counting and brute force) and refuses bad input with a clear
message, the lab's picture shows the model's numbers, the simulation agrees with the formula, and the statements the
texts make hold. (The forms of every item: tests/test_forms.py; the lessons in a browser: tests/test_browser.py.)"""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curriculum.check import check_design
from curriculum.labs import quality
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger

MODULE = "math-09-quality"
FOLDER = REPO_ROOT / "math" / MODULE
P = quality.DEFECT_RATE


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    q = quality
    exactly, at_most, none = q.probability_exactly, q.probability_at_most, q.probability_none
    ledger = NumberLedger.of_module(MODULE)
    ledger.given(50, 60, 10, 5, 3, 2, 0.5, 0.25, note="the batches of the lessons and the assignment, the function's example")
    ledger.given(0, 1, 4, 9, 12, 16, 20, 200, 500, 45, 8, 0.95, 0.9, 0.1, 90, 95,
                 note="small counts, the lab's shifts, times, confidences, tolerances, the forms' examples")
    ledger.pin(q.DEFECT_RATE), ledger.pin(100 * q.DEFECT_RATE), ledger.pin(1 - q.DEFECT_RATE)   # 0.02, 2 %, 0.98
    ledger.pin(q.CARS_PER_DAY), ledger.pin(q.REWORK_MINUTES)                                     # 120 cars, 35 minutes
    ledger.pin(100 * q.GOOD_RATE), ledger.pin(100 * q.BAD_RATE), ledger.pin(q.SAMPLE_MAX)         # 1 %, 8 %, 80
    ledger.pin(q.BATCH_CARS)                                                                     # a batch of 1000 cars
    ledger.pin(q.ACCEPT_GOOD_MIN), ledger.pin(q.ACCEPT_BAD_MAX)                                  # 0.9, 0.1
    ledger.pin(4 * 100 * q.DEFECT_RATE)                                                          # "raise p to 4 %"
    # lesson 1: two cars, example 1 (10 cars; 90 %), Yerlan's 100 %, the combinations
    ledger.pin((1 - P) ** 2)                                                                     # 0.9604
    ledger.pin(none(10, P), places=3), ledger.pin(q.probability_at_least_one(10, P), places=3)   # 0.817, 0.183
    ledger.pin(math.log(0.1) / math.log(1 - P), places=2), ledger.pin(q.sample_size(P, 0.90))    # 113.97, 114
    ledger.pin(q.sample_size(P, 0.90) - 1)                                                       # 113: too few
    # the search a grade-9 pupil makes without logarithms: 0.98^n for n = 100, 110, 113, 114
    ledger.given(100, 110, note="the powers tried in example 1")
    for m in (100, 110, 113):
        ledger.pin(q.probability_none(m, P), places=3)                                           # 0.133, 0.108, 0.102
    ledger.pin(q.probability_none(114, P), places=4)                                             # 0.0999
    assert all(q.probability_none(m, P) > 0.1 for m in (100, 110, 113)) and q.probability_none(114, P) <= 0.1
    ledger.pin(50 * 100 * P)                                                                     # Yerlan's 100 %
    ledger.pin(1 / P)                                                                            # one car in 50
    ledger.pin(q.combinations(5, 2)), ledger.pin(q.combinations(10, 3))                          # 10, 120
    ledger.given(12, 13, 14, 15, 23, 24, 25, 34, 35, note="the ten pairs of five cars, written out")
    # lesson 2: example 3, the simulation
    ledger.pin(none(50, P), places=3), ledger.pin(exactly(50, 1, P), places=3)                   # 0.364, 0.372
    ledger.pin(at_most(50, 1, P), places=3)                                                      # 0.736
    ledger.pin(q.expected_defects(50, P))                                                        # np = 1
    ledger.pin(49), ledger.pin(58)                                                               # the exponents n - k
    for shifts in (20, 200, 500):
        ledger.pin(q.frequency_at_most(50, 1, P, shifts))                                        # 0.8, 0.71, 0.752
    exact = at_most(50, 1, P)
    for shifts in (20, 200, 500):                                                                # 0.064, 0.026, 0.016
        ledger.pin(abs(q.frequency_at_most(50, 1, P, shifts) - exact), places=3)
    ledger.pin(round(0.8 * 20))                                                                  # 16 shifts of 20
    # the assignment
    ledger.pin(exactly(60, 2, P))                                                                # 0.2194 (the teacher's value)
    ledger.pin(q.combinations(60, 2))                                                            # 1770 (60 good cars' mistake)
    ledger.pin(q.rework_minutes(q.CARS_PER_DAY, P))                                              # 84 minutes
    ledger.pin(at_most(60, 2, P))                                                                # 0.8813 (also 1 - it)
    ledger.pin(exactly(60, 1, P) + exactly(60, 2, P))                                            # k = 0 forgotten
    ledger.pin(q.sample_size(P, 0.95)), ledger.pin(q.sample_size(P, 0.95) - 1)                   # 149, 148
    ledger.pin(math.ceil(0.95 / P))                                                              # 48: added up
    ledger.pin(math.ceil(math.log(0.95) / math.log(1 - P)))                                      # 3: no complement
    ledger.pin(q.probability_at_most(2, 0, 0.5))                                                 # the function's 0.25
    ledger.given(1e-9, note="the public check's tolerance on the task's example")
    assert q.design_result({"n": 50, "c": 1})["accept_good"] >= q.ACCEPT_GOOD_MIN                # the teacher's plan
    ledger.assert_complete()


# -- the statements the texts make -----------------------------------------------------------------------


def test_what_the_texts_say_holds():
    q = quality
    # lesson 1: 114 cars are the fewest for 90 %, 113 are too few; the prediction's "about a third" of shifts clean
    assert q.probability_at_least_one(113, P) < 0.90 <= q.probability_at_least_one(114, P)
    assert 0.3 < q.probability_none(50, P) < 0.4
    # Yerlan's "100 %": far from certain
    assert q.probability_at_least_one(50, P) < 0.7
    # example 3: the foreman's normal shift (at most one defect) about three shifts in four; exactly np = 1 only 0.372
    assert 0.7 < q.probability_at_most(50, 1, P) < 0.75
    assert q.expected_defects(50, P) == 1 and q.probability_exactly(50, 1, P) < 0.38
    # the simulation's frequencies come closer to the probability as the shifts add up (the texts' 20, 200, 500)
    gaps = [abs(q.frequency_at_most(50, 1, P, s) - q.probability_at_most(50, 1, P)) for s in (20, 200, 500)]
    assert gaps == sorted(gaps, reverse=True)
    # the task 5 answer: 149, and 148 too few
    assert q.probability_at_least_one(148, P) < 0.95 <= q.probability_at_least_one(149, P)
    # lesson 2's estimate: no plan with c = 0 meets both requirements, whatever n
    assert not any(check_design({"n": n, "c": 0}, q.DESIGN_SPEC, model=q.design_result).correct for n in range(1, 201))


def test_the_design_task_states_the_numbers_the_texts_give():
    limits = [(req.key, req.op, req.limit) for req in quality.DESIGN_SPEC.requirements]
    assert limits == [("accept_good", ">=", 0.9), ("accept_bad", "<=", 0.1), ("n", "<=", 80)]


def test_the_design_task_has_answers_and_each_requirement_can_fail_alone():
    from curriculum.check.design import _check_result

    alone = {}
    for n in range(1, 201):
        for c in range(0, 8):
            result = quality.design_result({"n": n, "c": c})
            missed = [i for i, req in enumerate(quality.DESIGN_SPEC.requirements)
                      if not req.met_by(float(result[req.key]))]
            if len(missed) == 1:
                alone.setdefault(missed[0], (n, c))
            if not missed:
                alone.setdefault("meets", (n, c))
                assert _check_result(result, quality.DESIGN_SPEC).correct
    assert set(alone) == {0, 1, 2, "meets"}, alone


@pytest.mark.parametrize(("design", "meets"), [
    ({"n": 50, "c": 1}, True), ({"n": 70.0, "c": 2.0}, True), ({"n": 53, "c": 1}, True), ({"n": 48, "c": 1}, True),
    ({"n": 47, "c": 1}, False), ({"n": 54, "c": 1}, False), ({"n": 50, "c": 0}, False), ({"n": 30, "c": 1}, False),
    ({"n": 100, "c": 3}, False),
])
def test_the_design_task_accepts_the_plans_that_meet_it_and_no_other(design, meets):
    assert check_design(design, quality.DESIGN_SPEC, model=quality.design_result).correct is meets


def test_the_binomial_is_a_good_model_of_a_sample_of_the_batch_and_errs_on_the_safe_side():
    """Lesson 2 says the sample is small against the batch of about 1000 cars, so the binomial distribution is a good
    model: the exact law of a sample drawn without replacement (hypergeometric) differs by less than 0.01 for every
    plan that meets the task, and accepts a good batch more often and a bad one less often than the binomial says."""
    batch = quality.BATCH_CARS

    def exact(n, c, rate):
        bad = round(rate * batch)
        return sum(math.comb(bad, i) * math.comb(batch - bad, n - i) for i in range(c + 1)) / math.comb(batch, n)

    plans = [(n, c) for n in range(1, quality.SAMPLE_MAX + 1) for c in range(0, 8)
             if check_design({"n": n, "c": c}, quality.DESIGN_SPEC, model=quality.design_result).correct]
    assert plans and all(n <= batch / 10 for n, _c in plans)
    for n, c in plans:
        result = quality.design_result({"n": n, "c": c})
        good, bad = exact(n, c, quality.GOOD_RATE), exact(n, c, quality.BAD_RATE)
        assert abs(good - result["accept_good"]) < 0.01 and abs(bad - result["accept_bad"]) < 0.01
        assert good >= result["accept_good"] >= quality.ACCEPT_GOOD_MIN and bad <= result["accept_bad"] <= quality.ACCEPT_BAD_MAX


# -- the model ---------------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10), st.integers(0, 12), st.sampled_from([0.0, 0.02, 0.1, 0.5, 0.9, 1.0]))
def test_the_binomial_probabilities_agree_with_every_outcome_counted(n, k, p):
    """Brute force: every pattern of defective and good cars, its probability, the patterns with k defects."""
    patterns = list(itertools.product((0, 1), repeat=n))
    weight = lambda pattern: math.prod(p if bad else 1 - p for bad in pattern)  # noqa: E731
    exact = math.fsum(weight(x) for x in patterns if sum(x) == k)
    at_most = math.fsum(weight(x) for x in patterns if sum(x) <= k)
    assert quality.probability_exactly(n, k, p) == pytest.approx(exact, abs=1e-12)
    assert quality.probability_at_most(n, k, p) == pytest.approx(at_most, abs=1e-12)
    assert quality.combinations(n, k) == sum(1 for x in patterns if sum(x) == k)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 300), st.floats(0.001, 0.999))
def test_the_distribution_adds_up_to_one_and_its_mean_is_np(n, p):
    probabilities = [quality.probability_exactly(n, k, p) for k in range(n + 1)]
    assert math.fsum(probabilities) == pytest.approx(1.0, abs=1e-9)
    assert math.fsum(k * x for k, x in enumerate(probabilities)) == pytest.approx(quality.expected_defects(n, p), rel=1e-9)
    assert quality.probability_none(n, p) == pytest.approx(probabilities[0], rel=1e-12)


@settings(max_examples=300, deadline=None)
@given(st.floats(0.001, 0.5), st.floats(0.01, 0.999))
def test_the_sample_size_is_the_fewest_cars_that_reach_the_confidence(p, confidence):
    n = quality.sample_size(p, confidence)
    assert quality.probability_at_least_one(n, p) >= confidence
    assert n == 0 or quality.probability_at_least_one(n - 1, p) < confidence


def test_the_simulation_agrees_with_the_formula_over_all_its_shifts():
    """500 shifts: the share of shifts with at most k defects is within four standard errors of P(X <= k), and the
    mean number of defects close to np (a fixed seed: the test is the same every run)."""
    for n, p, k in ((50, 0.02, 1), (60, 0.02, 2), (200, 0.05, 10), (20, 0.3, 6)):
        exact = quality.probability_at_most(n, k, p)
        error = math.sqrt(exact * (1 - exact) / quality.MAX_SHIFTS)
        assert abs(quality.frequency_at_most(n, k, p, quality.MAX_SHIFTS) - exact) < 4 * error
        counts = quality.simulate(n, p, quality.MAX_SHIFTS)
        assert abs(counts.mean() - n * p) < 4 * math.sqrt(n * p * (1 - p) / quality.MAX_SHIFTS)


def test_a_car_defective_at_a_low_rate_is_defective_at_a_higher_one():
    low, high = quality.batch(120, 0.02, 7), quality.batch(120, 0.04, 7)
    assert (high | ~low).all() and high.sum() >= low.sum()
    assert (quality.batch(50, 0.02, 7) == low[:50]).all()


@pytest.mark.parametrize(("call", "says"), [
    (lambda: quality.combinations(5, -1), "k must be a whole number of at least 0"),
    (lambda: quality.probability_exactly(10, 2.5, 0.1), "k must be a whole number"),
    (lambda: quality.probability_exactly("ten", 2, 0.1), "n must be a number"),
    (lambda: quality.probability_at_most(10, 2, 2), "p is a probability from 0 to 1"),
    (lambda: quality.probability_at_most(10, 2, float("nan")), "p must be a number"),
    (lambda: quality.probability_none(True, 0.1), "n must be a number"),
    (lambda: quality.sample_size(0, 0.95), "no sample"),
    (lambda: quality.sample_size(0.02, 1), "no sample"),
    (lambda: quality.simulate(50, 0.02, 501), "at most 500"),
    (lambda: quality.batch(50, 0.02, 0), "shifts 1 to 500"),
    (lambda: quality.sampling_plan(50, 1, "average", 3), "'good' or 'bad'"),
    (lambda: quality.make_lab("plan"), "sampling-plan"),
])
def test_bad_input_gets_a_clear_message(call, says):
    with pytest.raises(ValueError, match=says):
        call()


def test_edge_cases():
    assert quality.probability_at_most(5, 7, 0.4) == 1.0 and quality.probability_exactly(5, 7, 0.4) == 0
    assert quality.probability_exactly(0, 0, 0.3) == 1 and quality.probability_at_most(20, 0, 0.0) == 1
    assert quality.probability_at_most(20, 3, 1.0) == 0
    assert quality.sample_size(0.3, 0) == 0 and quality.sample_size(1, 0.99) == 1


# -- the lab ------------------------------------------------------------------------------------------------


def test_the_batch_and_the_bars_show_the_models_numbers():
    """The picture is the numbers: one icon per car (defective ones red), a bar per k of the formula, green up to k,
    a dot per k of the simulation's frequency."""
    from matplotlib.colors import to_rgba

    lab = quality.make_lab()
    lab.build()
    for n, p_percent, k, shift in ((50, 2, 1, 20), (120, 4, 3, 200), (200, 10, 12, 1)):
        lab.set(n=n, p_percent=p_percent, k=k, shift=shift)
        result = lab.result
        icons = lab.view.icons
        assert len(icons.get_offsets()) == n
        red = [tuple(c) for c in icons.get_facecolor()].count(to_rgba(quality.DEFECT))
        assert red == int(quality.batch(n, p_percent / 100, shift).sum())
        heights = [bar.get_height() for bar in lab.view.bars]
        assert heights == pytest.approx([quality.probability_exactly(n, i, p_percent / 100)
                                         for i in range(quality.KMAX + 1)])
        greens = [i for i, bar in enumerate(lab.view.bars) if bar.get_facecolor() == to_rgba(quality.PASSED)]
        assert greens == list(range(min(k, quality.KMAX) + 1))
        counts = quality.simulate(n, p_percent / 100, shift)
        dots = lab.view.dots.get_ydata()
        assert dots[0] == pytest.approx((counts == 0).mean())
        assert result["exact"] == pytest.approx(quality.probability_at_most(n, k, p_percent / 100))


def test_playing_the_shifts_draws_only_what_moves():
    lab = quality.make_lab()
    lab.build()
    full = lab.view.full_draws
    for shift in range(1, 80):
        lab.set(shift=shift)
    assert lab.view.full_draws == full


def test_the_design_line_leaves_the_batch_and_the_shifts_out_and_the_check_agrees_with_the_grader():
    lab = quality.make_lab("sampling-plan")
    lab.build()
    lab.set(n=50, c=1, batch_kind="good", shift=40)
    assert lab.design_code() == "design = {'n': 50.0, 'c': 1.0}"
    assert lab.check().correct
    lab.set(c=0)
    assert not lab.check().correct
    assert check_design({"n": 50.0, "c": 0.0}, quality.DESIGN_SPEC, model=quality.design_result).correct is False


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_readout_writes_numbers_the_course_languages_way(lang):
    import curriculum

    curriculum.setup(lang)
    try:
        lab = quality.make_lab()
        lab.build()
        lab.set(n=50, p_percent=2, k=1)
        decimal = "0,736" if lang in ("kk", "ru") else "0.736"   # P(X <= 1) of 50 cars at 2 %
        assert decimal in lab.readout.value
    finally:
        curriculum.setup("en")
