"""inf-10-spc: every number it shows is a given of the station or comes from the lab's model, the model agrees with
Python's statistics module and with brute force, refuses bad input with a clear message, the statements the texts
make hold, and the lab shows the model's numbers. (The forms of every item: tests/test_forms.py; the lessons in a
browser: tests/test_browser.py.)"""

from __future__ import annotations

import math
import statistics

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from curriculum.check import check_design
from curriculum.labs import spc
from curriculum.pinning import NumberLedger

MODULE = "inf-10-spc"


def _ledger() -> NumberLedger:
    s = spc
    ledger = NumberLedger.of_module(MODULE)
    # the station: the torque, its specification, the checks
    ledger.pin(s.TARGET), ledger.pin(s.LSL), ledger.pin(s.USL), ledger.pin(s.SUBGROUP), ledger.pin(s.INTERVAL)
    ledger.pin(s.BASE), ledger.pin(s.TODAY), ledger.pin(s.BASE * s.SUBGROUP)           # 20 checks, 12, 100 nuts
    ledger.given(8, 0, 10, 12, 13, 30, note="the clock: 08:00, 10:00, 12:00, 13:30")
    # the constants' tables (Montgomery, Appendix VI; ISO 7870-2)
    for n in s.CONSTANTS:
        ledger.pin(n), ledger.pin(s.A2[n]), ledger.pin(s.D2[n])
    ledger.pin(s.D3[5]), ledger.pin(s.D4[5])
    ledger.given(1, 2, 3, 6, 7, 9, note="formula factors (3σ, 6σ, n − 1), list indices, ordinals, rule numbers")
    # lesson 1, example 1: the check of 08:00
    first = s.lesson_data()[0]
    for v in first:
        ledger.pin(v)
    ledger.pin(s.data_range(first), places=1)                                                # 5.4
    ledger.pin(s.data_range(first) / s.D2[5], places=1)                                      # 2.3, the estimate
    ledger.pin(sum(first), places=1), ledger.pin(s.mean(first), places=2)                    # 548.8, 109.76
    squares = sum((x - s.mean(first)) ** 2 for x in first)
    ledger.pin(squares, places=3)                                                            # 23.012
    ledger.pin(s.sample_std(first), places=2), ledger.pin(s.population_std(first), places=2)  # 2.40, 2.15
    ledger.given(10, note="numpy's deviation about 10 % below the sample one")
    ledger.given(116, 4, 0.5, 1.5, -3, 105, 115, note="the lab's slider settings the texts ask for")
    # lesson 2, example 2: the reference day
    base = s.lesson_data()[:s.BASE]
    lcl, cl, ucl = s.xbar_limits(base)
    r_lcl, r_bar, r_ucl = s.r_limits(base)
    ledger.pin(cl, places=2), ledger.pin(r_bar, places=2), ledger.pin(ucl, places=2), ledger.pin(lcl, places=2)
    ledger.pin(r_ucl, places=2), ledger.pin(0.577), ledger.pin(2.114)
    ledger.pin(s.sigma_within(base), places=2)                                               # 1.78
    ledger.pin(s.cp(s.sigma_within(base)), places=2), ledger.pin(s.cpk(cl, s.sigma_within(base)), places=2)
    ledger.given(1.33, note="the AIAG manual's usual demand on Cpk")
    ledger.given(370, note="one false signal of rule 1 in about 370 points")
    # lesson 2: the chart's speed
    ledger.pin(s.detection_probability(5), places=3), ledger.pin(s.average_run_length(5), places=2)   # 0.638, 1.57
    ledger.pin(s.INTERVAL * s.average_run_length(5), places=0)                                          # 47 minutes
    ledger.pin(s.detection_probability(1), places=3), ledger.pin(s.average_run_length(1), places=0)    # 0.067, 15
    ledger.pin(s.INTERVAL * s.average_run_length(1) / 60, places=1)                                     # 7.5 hours
    ledger.pin(s.DETECT_MAX), ledger.pin(s.FALSE_ALARM_MIN), ledger.pin(s.CHECKS_MAX)                   # 60, 40, 30
    ledger.pin(s.SHIFT_SIGMAS)
    ledger.given(5, 15, note="the prediction's plans: one nut every 5 minutes, five every 15")
    ledger.pin(2 * 0.5**8, places=3)                                                         # a run of 8 by chance
    ledger.given(45, 7870, note="the assignment's minutes, the standard ISO 7870-2")
    # the assignment: the rear wheels
    a_base, _today = s.assignment_data()
    a_lcl, a_cl, a_ucl = s.xbar_limits(a_base)
    s_hat = s.sigma_within(a_base)
    nuts = [v for row in a_base for v in row]
    ledger.pin(a_ucl)                                                                        # the teacher's UCL
    ledger.pin(s.r_limits(a_base)[2])                                                        # the range chart's
    ledger.pin(a_cl + 3 * s.sample_std(nuts))                                                # single nuts' limit
    ledger.pin(s.cpk(a_cl, s_hat)), ledger.pin(s.cp(s_hat)), ledger.pin(s.cpk(a_cl, s_hat) / 2)
    ledger.pin(s.cpk(a_cl, s_hat * s.D2[5] / s.A2[5])), ledger.pin(s.cpk(a_cl, s.sample_std(nuts)))
    ledger.pin(max(s.USL - a_cl, a_cl - s.LSL) / (3 * s_hat))                                # the farther limit
    ledger.given(11, note="11:30, rule 3's first signal today (test_the_assignment_day_is_what_task_8_says)")
    # the functions' examples
    assert s.sample_std([1, 2, 3]) == 1.0
    ledger.pin(s.xbar_limits([[1, 3], [2, 6]])[0]), ledger.pin(s.xbar_limits([[1, 3], [2, 6]])[2])   # -2.64, 8.64
    ledger.given(-1, 0.1, 0.8, 108.0, 109.0, 111.5, 112.0,
                 note="the code's side -1, the 0.1 % tolerance, a form's example, a list the unchanged-argument check uses")
    return ledger


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = _ledger()
    ledger.assert_complete()


# -- the statements the texts make ---------------------------------------------------------------------------------


def test_what_the_texts_say_holds():
    base = spc.lesson_data()[:spc.BASE]
    nuts = [v for row in base for v in row]
    # lesson 1: the reference day's 100 nuts all inside the specification; the estimate R / d2 close to s
    assert len(nuts) == 100 and spc.LSL < min(nuts) and max(nuts) < spc.USL
    first = base[0]
    assert abs(spc.data_range(first) / spc.D2[5] - spc.sample_std(first)) < 0.1
    # numpy's population deviation about 10 % below the sample one for five values: √(4/5)
    assert spc.population_std(first) / spc.sample_std(first) == pytest.approx(math.sqrt(4 / 5))
    assert 0.08 < 1 - math.sqrt(4 / 5) < 0.12
    # lesson 1's lab: moving the mean to 116 puts more nuts outside than doubling the spread to 4 (the prediction)
    moved = spc.chart(116, 2, 0, 100, 120, 32)["out_of_spec"]
    spread = spc.chart(110, 4, 0, 100, 120, 32)["out_of_spec"]
    assert moved != spread
    # lesson 2: control limits much narrower than the specification; the reference day in control
    lcl, cl, ucl = spc.xbar_limits(base)
    assert spc.LSL < lcl < ucl < spc.USL and (ucl - lcl) < (spc.USL - spc.LSL) / 3
    assert spc.signals(spc.subgroup_means(base), lcl, cl, ucl) == {}
    # A2 = 3 / (d2 √n), as the text says (the tables' rounding)
    for n in spc.CONSTANTS:
        assert spc.A2[n] == pytest.approx(3 / (spc.D2[n] * math.sqrt(n)), abs=0.002)
    # the misconception: today 3 N·m higher, no nut outside the specification, yet the chart signals at 10:00
    day = spc.lesson_data(shift=3)
    today = day[spc.BASE:]
    assert all(spc.LSL <= v <= spc.USL for row in today for v in row)
    flagged = spc.signals(spc.subgroup_means(today), lcl, cl, ucl)
    assert flagged and min(flagged) == 4 and spc.clock(4) == "10:00"
    # lesson 2's lab: with a shift of 1.5 the chart signals later than with 3, and a shift of -3 is caught too
    late, soon = spc.chart(110, 2, 1.5, 100, 120, 32)["stop"], spc.chart(110, 2, 3, 100, 120, 32)["stop"]
    assert late is not None and soon is not None and soon < late
    assert spc.chart(110, 2, -3, 100, 120, 32)["stop"] is not None
    # ... and narrowing the specification changes Cp and Cpk but not the control limits
    wide, narrow = spc.chart(110, 2, 0, 100, 120, 20), spc.chart(110, 2, 0, 105, 115, 20)
    assert (wide["lcl"], wide["ucl"]) == (narrow["lcl"], narrow["ucl"]) and narrow["cpk"] < wide["cpk"]
    # rule 1 fires by chance about once in 370 points; a run of eight on one side has chance 2 · 0.5^8
    assert round(spc.average_run_length(5, 0)) == 370
    # the prediction: five nuts every 15 minutes meet the task, one nut every 5 minutes does not
    assert check_design({"n": 5, "h": 15}, spc.DESIGN_SPEC, model=spc.design_result).correct
    assert not check_design({"n": 1, "h": 5}, spc.DESIGN_SPEC, model=spc.design_result).correct


def test_the_assignment_day_is_what_task_8_says():
    base, today = spc.assignment_data()
    lcl, cl, ucl = spc.xbar_limits(base)
    means = spc.subgroup_means(today)
    # every nut within the specification, the reference day in control
    assert all(spc.LSL < v < spc.USL for row in base + today for v in row)
    assert spc.out_of_control(spc.subgroup_means(base), lcl, cl, ucl) == []
    # from 08:30 every mean above the centre line, clearly after 10:00; rule 4 from 12:00 to 13:30, rule 1 never
    assert all(m > cl for m in means[1:]) and means[0] < cl
    assert spc.beyond_limits(means, lcl, ucl) == []
    flagged = spc.out_of_control(means, lcl, cl, ucl)
    assert [spc.clock(i) for i in flagged] == ["12:00", "12:30", "13:00", "13:30"]
    assert spc.mean(means[4:]) - cl > spc.mean(means[1:4]) - cl
    # the lesson's rules 2 and 3 (the lab's): rule 3 is the first to signal, at 11:30, as the rubric allows
    first, rules_fired = next(iter(spc.signals(means, lcl, cl, ucl).items()))
    assert spc.clock(first) == "11:30" and rules_fired == [3]
    # the Cpk of task 6 above the car industry's 1.33, and the known mistakes more than 1 % away from it
    cpk = spc.cpk(cl, spc.sigma_within(base))
    assert cpk > 1.33
    nuts = [v for row in base for v in row]
    farther = max(spc.USL - cl, cl - spc.LSL) / (3 * spc.sigma_within(base))
    for wrong in (spc.cp(spc.sigma_within(base)), spc.cpk(cl, spc.sample_std(nuts)), cpk / 2, farther):
        assert abs(wrong - cpk) > 0.01 * cpk


# -- the design task ------------------------------------------------------------------------------------------------


def _range_moments(n: int, h: float = 0.01) -> tuple[float, float]:
    """``d2`` and ``d3``: the mean and the standard deviation of the range of ``n`` standard normal values, by
    numerical integration of their definitions (Tippett, 1925): ``E[W] = ∫ 1 − Φ(x)ⁿ − (1 − Φ(x))ⁿ dx`` and
    ``E[W²] = 2 ∫∫_{t>0} 1 − Φ(x)ⁿ − (1 − Φ(x − t))ⁿ + (Φ(x) − Φ(x − t))ⁿ dt dx``."""
    import numpy as np

    x = np.arange(-9, 9 + h / 2, h)
    cdf = np.array([statistics.NormalDist().cdf(v) for v in x])
    d2 = np.trapezoid(1 - cdf**n - (1 - cdf) ** n, x)
    inner = []
    for k in range(int(16 / h) + 1):
        shifted = np.concatenate([np.zeros(k), cdf[:len(cdf) - k]])  # Φ(x − t), t = k·h
        inner.append(np.trapezoid(1 - cdf**n - (1 - shifted) ** n + (cdf - shifted) ** n, x))
    return float(d2), math.sqrt(2 * np.trapezoid(np.array(inner), dx=h) - d2 * d2)


def test_the_chart_constants_follow_from_the_range_of_normal_values():
    """A₂ = 3 / (d₂√n), D₃ = max(0, 1 − 3d₃/d₂), D₄ = 1 + 3d₃/d₂ (Montgomery, Appendix VI; ISO 7870-2, Table 2),
    to the tables' three decimals; the assignment's own tables are the lab's."""
    for n, (a2, d3_factor, d4_factor, d2_table) in spc.CONSTANTS.items():
        d2, d3 = _range_moments(n)
        assert d2 == pytest.approx(d2_table, abs=6e-4), n
        assert 3 / (d2 * math.sqrt(n)) == pytest.approx(a2, abs=6e-4), n
        assert max(0.0, 1 - 3 * d3 / d2) == pytest.approx(d3_factor, abs=1e-3), n
        assert 1 + 3 * d3 / d2 == pytest.approx(d4_factor, abs=1e-3), n
    import importlib.util

    from curriculum.paths import REPO_ROOT

    spec = importlib.util.spec_from_file_location("spc_build", REPO_ROOT / "informatics" / MODULE / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    tables: dict = {}
    exec("\n".join(line for line in build.ASSIGNMENT_SETUP.splitlines() if line.startswith(("A2 =", "D2 ="))), tables)
    assert tables["A2"] == spc.A2 and tables["D2"] == spc.D2


def test_the_design_task_states_the_numbers_the_texts_give():
    limits = [(req.key, req.op, req.limit) for req in spc.DESIGN_SPEC.requirements]
    assert limits == [("detect_minutes", "<=", 60), ("false_alarm_hours", ">=", 40), ("checks_per_hour", "<=", 30)]


def test_the_design_task_has_answers_and_each_requirement_can_fail_alone():
    alone = {}
    for n in range(1, 11):
        for h in range(5, 65, 5):
            result = spc.design_result({"n": n, "h": h})
            missed = [i for i, req in enumerate(spc.DESIGN_SPEC.requirements) if not req.met_by(float(result[req.key]))]
            if len(missed) == 1:
                alone.setdefault(missed[0], (n, h))
            if not missed:
                alone.setdefault("meets", (n, h))
    assert set(alone) == {0, 1, 2, "meets"}, alone


@pytest.mark.parametrize(("design", "meets"), [
    ({"n": 5, "h": 20}, True), ({"n": 4, "h": 30}, True), ({"n": 2, "h": 10}, True), ({"n": 10, "h": 55}, True),
    ({"n": 1, "h": 5}, False), ({"n": 5, "h": 45}, False), ({"n": 10, "h": 15}, False), ({"n": 2, "h": 5}, False),
])
def test_the_design_task_accepts_the_plans_that_meet_it_and_no_other(design, meets):
    assert check_design(design, spc.DESIGN_SPEC, model=spc.design_result).correct is meets


def test_the_average_run_length_agrees_with_a_simulation():
    """The formula 1 / p against many simulated checks of n nuts after a shift of 1.5σ (fixed seed)."""
    import numpy as np

    rng = np.random.default_rng(7)
    for n in (1, 2, 5):
        means = rng.standard_normal((200_000, n)).mean(axis=1) + spc.SHIFT_SIGMAS
        outside = (np.abs(means) > 3 / math.sqrt(n)).mean()
        assert outside == pytest.approx(spc.detection_probability(n), rel=0.02)


def test_the_design_lab_catches_the_shift_after_it_happens():
    result = spc.sampling(5, 20, spc.SIMULATED_MINUTES)
    assert result["caught"] is not None and result["caught"] > spc.SHIFT_MINUTE
    assert len(result["times"]) == spc.SIMULATED_MINUTES // 20


# -- the model --------------------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(-1e3, 1e3, allow_nan=False), min_size=2, max_size=30))
def test_the_statistics_agree_with_pythons_statistics_module(values):
    assert spc.mean(values) == pytest.approx(statistics.fmean(values), abs=1e-9)
    assert spc.sample_std(values) == pytest.approx(statistics.stdev(values), rel=1e-7, abs=1e-9)
    assert spc.population_std(values) == pytest.approx(statistics.pstdev(values), rel=1e-7, abs=1e-9)
    assert spc.data_range(values) == max(values) - min(values)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([-4.0, -2.0, -0.5, 0.0, 0.5, 2.0, 4.0]), max_size=25))
def test_the_rules_agree_with_a_brute_force_reading(points):
    """Rule 1 and rule 4 against their definitions read literally: a window of eight on one side ending at i."""
    lcl, cl, ucl = -3.0, 0.0, 3.0
    expected = [i for i, m in enumerate(points)
                if m > ucl or m < lcl or (i >= 7 and (all(v > cl for v in points[i - 7:i + 1])
                                                      or all(v < cl for v in points[i - 7:i + 1])))]
    assert spc.out_of_control(points, lcl, cl, ucl) == expected


def test_a_run_is_broken_by_a_point_on_the_centre_line_and_a_point_on_a_limit_is_inside():
    assert spc.run_of_eight([6] * 7 + [5] + [6] * 7, 5) == []
    assert spc.run_of_eight([6] * 9, 5) == [7, 8]
    assert spc.beyond_limits([0, 10, 5], 0, 10) == []


def test_the_functions_students_call_refuse_bad_input_with_a_clear_message():
    with pytest.raises(ValueError, match="at least 2"):
        spc.sample_std([110.0])
    with pytest.raises(ValueError, match="list of numbers"):
        spc.mean(None)
    with pytest.raises(ValueError, match="a number"):
        spc.mean([110.0, "x"])
    with pytest.raises(ValueError, match="same size"):
        spc.xbar_limits([[1.0, 2.0], [1.0, 2.0, 3.0]])
    with pytest.raises(ValueError, match="no subgroups"):
        spc.xbar_limits([])
    with pytest.raises(ValueError, match="same size, 2 to 10"):
        spc.xbar_limits([[1.0] * 11])
    with pytest.raises(ValueError, match="positive"):
        spc.cp(0)
    with pytest.raises(ValueError, match="at least one nut"):
        spc.design_result({"n": 0, "h": 10})
    with pytest.raises(ValueError, match="finite"):
        spc.torques(float("nan"), 2)


def test_the_csv_file_reads_back_as_the_lessons_data(tmp_path):
    path = spc.write_lesson_file(tmp_path / "torque.csv")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "time,nut_1,nut_2,nut_3,nut_4,nut_5" and lines[1].startswith("08:00,")
    assert spc.read_csv(path) == spc.lesson_data()[:spc.BASE]
    bad = tmp_path / "bad.csv"
    bad.write_text("time,nut_1\n08:00,abc\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        spc.read_csv(bad)


def test_the_lab_shows_the_models_numbers():
    lab = spc.make_lab()
    lab.build()
    lcl, cl, ucl = spc.xbar_limits(spc.lesson_data()[:spc.BASE])
    assert f"{ucl:.2f}" in lab.readout.value and f"{lcl:.2f}" in lab.readout.value
    lab.set(shift=3.0, check=32)
    stop = lab.result["stop"]
    assert stop == spc.SHIFT_AT and spc.clock(stop - spc.BASE) in lab.readout.value
    assert lab.image.value and lab.view.flags.get_xdata()[0] == stop
    design = spc.make_lab("checks")
    design.build()
    design.set(n=5, h=20)
    assert design.check().correct and design.design_code() == "design = {'n': 5.0, 'h': 20.0}"
    with pytest.raises(ValueError, match="unknown task"):
        spc.make_lab("other")
