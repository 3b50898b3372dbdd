"""math-11-drive-cycle: every number it shows is a given of the ECE-15 cycle, its cars and its track or comes from
the lab's model, the model is right (its areas against numpy and a fine Riemann sum, its integrals against sympy, its
trapezoid rule against numpy's, its error formula against the rule itself, the work at the wheels against sympy's
integral of the power) and refuses bad input with a clear message, the lab's picture shows the model's numbers, and
the statements the texts make hold. (The forms of every item: tests/test_forms.py; the lessons in a browser:
tests/test_browser.py; the notebooks against build.py: tests/test_standard.py.)"""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from curriculum.check import check_design
from curriculum.labs import drive_cycle as dc
from curriculum.pinning import NumberLedger

MODULE = "math-11-drive-cycle"
T = sp.Symbol("t", nonnegative=True)


def _v(coefficients):
    return sum(sp.Float(c) * T**k for k, c in enumerate(coefficients))


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    ledger.given(0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 20, 45, 0.5, 0.000001,
                 note="examples of answers' forms, tolerances, the function's example, list numbering, time")
    # the ECE-15 cycle: its corners (times and speeds), its length, the stated distance, the regulation's year
    ledger.given(11, 15, 28, 195, 50, note="the first hill's times and speed, the cycle's length and top speed")
    for t, v in dc.ECE15[13:25]:
        ledger.given(t, v)                                                                  # the third hill's table
    ledger.given(3.6, 1000, 3600, note="km/h in m/s")
    ledger.given(200, note="0.015 = 3/200 in the lessons' sympy code")
    ledger.pin(dc.ECE15_STATED_KM)
    ledger.pin(dc.piecewise_distance(dc.ECE15), places=1)                                   # 1014.6
    first = dc.ECE15[1:6]
    ledger.pin(dc.piecewise_distance(first) * 3.6)                                          # 190 (km/h · s)
    ledger.pin(dc.piecewise_distance(first), places=1)                                      # 52.8
    ledger.pin(15 / 2 * 4), ledger.pin(15 * 8), ledger.pin(25 / 2 * 2), ledger.pin(10 / 2 * 3)  # 30, 120, 25, 15
    ledger.pin(dc.piecewise_distance(dc.THIRD_HILL))                                        # 646.25
    ledger.pin(dc.THIRD_HILL[-1][0])                                                        # 71 s
    # the lessons' speed-up v = 0.6t - 0.015t² over 20 s: its antiderivative, distance, end speed
    ledger.pin(dc.LESSON_RAMP[1]), ledger.pin(-dc.LESSON_RAMP[2])                            # 0.6, 0.015
    S = dc.antiderivative(dc.LESSON_RAMP)
    ledger.pin(S[2]), ledger.pin(-S[3])                                                     # 0.3, 0.005
    ledger.pin(20**2), ledger.pin(20**3)                                                    # 400, 8000
    ledger.pin(S[2] * 400), ledger.pin(-S[3] * 8000)                                        # 120, 40
    ledger.pin(dc.polynomial_distance(dc.LESSON_RAMP, 0, 20))                               # 80
    ledger.pin(dc.polynomial(dc.LESSON_RAMP, 20))                                           # 6 m/s
    ledger.pin(dc.polynomial(dc.LESSON_RAMP, 20) * 20 / 2)                                  # 60
    # lesson 2: the logger every 5 s, the rule, its error, half the step
    for t in (5, 10, 15):
        ledger.pin(dc.polynomial(dc.LESSON_RAMP, t))                                        # 2.625, 4.5, 5.625
    f = lambda t: dc.polynomial(dc.LESSON_RAMP, t)  # noqa: E731
    ledger.pin(dc.trapezoid(f, 0, 20, 4) / 5), ledger.pin(dc.trapezoid(f, 0, 20, 4))         # 15.75, 78.75
    ledger.pin(dc.trapezoid_error(dc.LESSON_RAMP, 0, 20, 4))                                # 1.25
    ledger.pin(dc.trapezoid_error(dc.LESSON_RAMP, 0, 20, 8))                                # 0.3125
    ledger.pin(20 / 8)                                                                      # 2.5 s
    # lesson 2: the work at the wheels of the hatchback
    car = dc.LESSON_CAR
    ledger.pin(car["mass"]), ledger.pin(car["c_r"]), ledger.pin(dc.G)
    ledger.pin(car["mass"] * 6**2 / 2)                                                      # 21 600
    ledger.pin(dc.rolling_force(**car), places=1)                                           # 141.3
    ledger.pin(dc.rolling_force(**car) * 80, places=0)                                      # 11 301
    work = dc.speed_up_energy(dc.LESSON_RAMP, 0, 20, **car)
    ledger.pin(work, places=0), ledger.pin(work / 1000, places=1)                           # 32 901, 32.9
    # the design task: the track, its limits, the estimate of 60 km/h in m/s
    ledger.pin(dc.TRACK), ledger.pin(dc.TRACK_SLACK), ledger.pin(dc.TRACK + dc.TRACK_SLACK)
    ledger.pin(dc.TIME_LIMIT), ledger.pin(dc.SPEED_LIMIT), ledger.pin(dc.ACCEL_LIMIT), ledger.pin(dc.BRAKE_LIMIT)
    ledger.pin(dc.kmh(60), places=1)                                                        # 16.7
    # the assignment: v = 1.2t - 0.04t² over 15 s
    ledger.pin(dc.TASK_RAMP[1]), ledger.pin(-dc.TASK_RAMP[2])                                # 1.2, 0.04
    ledger.pin(75), ledger.pin(0.6), ledger.pin(2 * dc.TASK_RAMP[2]), ledger.pin(-2 * dc.TASK_RAMP[2])     # t³/75, 3/5, 0.08
    assert dc.antiderivative(dc.TASK_RAMP)[3] == pytest.approx(-1 / 75)
    ledger.pin(dc.polynomial_distance(dc.TASK_RAMP, 0, 15))                                 # 90
    ledger.pin(dc.polynomial(dc.TASK_RAMP, 15))                                             # 9 m/s
    ledger.pin(dc.polynomial(dc.TASK_RAMP, 15) * 15), ledger.pin(dc.polynomial(dc.TASK_RAMP, 15) * 15 / 2)  # 135, 67.5
    samples = [dc.polynomial(dc.TASK_RAMP, t) for t in (0, 5, 10, 15)]
    assert samples == [0, 5, 8, 9]
    ledger.pin(dc.logger_distance(samples, 5))                                              # 87.5
    ledger.pin(sum(samples) * 5), ledger.pin(dc.logger_distance(samples, 5) / 5)            # 110, 17.5
    ledger.pin(5 * sum(samples[:-1]))                                                       # 65
    ledger.pin(dc.logger_distance([0, 4, 6], 2))                                            # 14
    # the hill in the assignment: the km/h · s sum and the typical mistakes
    hill = dc.THIRD_HILL
    ledger.pin(dc.piecewise_distance(hill) * 3.6)                                           # 2326.5
    ledger.pin(len(hill) - 1)                                   # 11 trapezoids: two by hand, a loop adds them all
    higher = sum((t1 - t0) * max(v0, v1) for (t0, v0), (t1, v1) in zip(hill, hill[1:])) / 3.6
    left = sum((t1 - t0) * v0 for (t0, v0), (t1, v1) in zip(hill, hill[1:])) / 3.6
    ledger.pin(higher, places=2)                                                            # 741.39
    assert 1 - left / dc.piecewise_distance(hill) > 0.005                                  # the sample class's 637.22
    # task 6: the work of the crossover
    task = dc.TASK_CAR
    ledger.pin(task["mass"])
    task_work = dc.speed_up_energy(dc.TASK_RAMP, 0, 15, **task)
    assert task_work == pytest.approx(71532.72)                                             # the sample class's forms
    ledger.pin(task["mass"] * 81 / 2 / 1000)                                                # 56.7 kJ: kinetic only
    ledger.pin((task["mass"] * 81 + dc.rolling_force(**task) * 90) / 1000, places=1)      # 128.2: no half
    # task 8 (written, at home): the error, the step, the number of steps
    error = dc.trapezoid_error(dc.TASK_RAMP, 0, 15, 3)
    ledger.pin(error), ledger.pin(error / 90 * 100, places=1)                               # 2.5, 2.8 %
    ledger.pin(15 * 0.08 / 12)                                                              # 0.1
    ledger.pin(math.sqrt(5), places=2), ledger.pin(15 / 7, places=2)                        # 2.24, 2.14
    ledger.pin(dc.trapezoid_error(dc.TASK_RAMP, 0, 15, 7), places=2)                        # 0.46
    ledger.given(7, note="the least number of steps")
    assert dc.trapezoid_error(dc.TASK_RAMP, 0, 15, 6) > 0.5 > dc.trapezoid_error(dc.TASK_RAMP, 0, 15, 7)
    # the design's sample answer and the sample class's designs
    ledger.given(60, 12, 21, 7)
    assert check_design({"v_top": 60, "t_acc": 12, "t_cruise": 21, "t_brake": 7}, dc.DESIGN_SPEC,
                        model=dc.design_result).correct
    ledger.assert_complete()


# -- the statements the texts make -----------------------------------------------------------------------


def test_what_the_texts_say_of_the_cycle_and_the_cars_holds():
    # the ECE-15 cycle: 195 s; the breakdown the regulation gives (idle 60 s, accelerations 36 s, steady 57 s, ...)
    pts = dc.ECE15
    assert pts[-1][0] == 195 and max(v for _, v in pts) == 50
    idle = sum(t1 - t0 for (t0, v0), (t1, v1) in zip(pts, pts[1:]) if v0 == v1 == 0)
    assert idle == 60
    # our straight lines give 1014.6 m, close to the stated 1.013 km (within 0.2 %)
    assert abs(dc.piecewise_distance(pts) / 1000 - dc.ECE15_STATED_KM) / dc.ECE15_STATED_KM < 0.002
    # the mean speed of the cycle is the stated 19 km/h to two figures
    assert round(dc.piecewise_distance(pts) / 195 * 3.6) == 19
    # lesson 1: the parabola covers 2/3 of v_top·t_acc, the line 1/2; the parabola's start is twice as brisk
    for shape, share in (("linear", 0.5), ("quadratic", 2 / 3)):
        p = dc.profile(36, 10, 0, 5, shape)
        assert p["distance"] == pytest.approx(10 * 10 * share + 10 * 5 / 2)
    assert dc.profile(36, 10, 0, 5, "quadratic")["accel"] == 2 * dc.profile(36, 10, 0, 5, "linear")["accel"]
    # lesson 2: halving the step quarters the error; the rule underestimates a concave speed
    assert dc.trapezoid_error(dc.LESSON_RAMP, 0, 20, 8) * 4 == pytest.approx(dc.trapezoid_error(dc.LESSON_RAMP, 0, 20, 4))
    assert dc.trapezoid_error(dc.LESSON_RAMP, 0, 20, 4) > 0
    # Bolat's mistake: samples every 5 s miss the corners (11 s, 23 s, ...) and are off; every 1 s they are exact
    cycle = dc.ECE15
    five = dc.logger_distance([dc.speed_on_cycle(cycle, t) for t in range(0, 196, 5)], 5) / 3.6
    one = dc.logger_distance([dc.speed_on_cycle(cycle, t) for t in range(0, 196, 1)], 1) / 3.6
    assert one == pytest.approx(dc.piecewise_distance(cycle)) and abs(five - one) > 1
    # the lab's explore task: the grey third hill is 646.25 m in 71 s and a profile of the sliders comes close
    assert abs(dc.profile(45, 20, 36, 12)["distance"] - 646.25) < 10 and 20 + 36 + 12 <= 71
    # the rubric of task 8: the error is 0.1 h², 2.5 m at h = 5 s, so at least 7 equal steps
    for n in range(1, 12):
        h = 15 / n
        assert dc.trapezoid_error(dc.TASK_RAMP, 0, 15, n) == pytest.approx(0.1 * h * h)
    assert min(n for n in range(1, 50) if dc.trapezoid_error(dc.TASK_RAMP, 0, 15, n) < 0.5) == 7
    # the work is positive power throughout the speed-up (v' >= 0 on [0; 15]), so the integral is all at the wheels
    assert all(dc.polynomial((1.2, -0.08), t) >= 0 for t in np.linspace(0, 15, 61))
    # the drag left out (module.yml): up to the assignment's 9 m/s (32 km/h) its work is under 5 % of the work
    drag_work = 0.5 * dc.AIR_DENSITY * dc.LAB_CAR["cd_area"] * float(sp.integrate(_v(dc.TASK_RAMP) ** 3, (T, 0, 15)))
    assert drag_work > 0
    assert drag_work < 0.05 * dc.speed_up_energy(dc.TASK_RAMP, 0, 15, **dc.TASK_CAR)


def test_the_design_task_has_answers_and_each_requirement_can_fail_alone():
    spec = dc.DESIGN_SPEC
    limits = [(req.key, req.op, req.limit) for req in spec.requirements]
    assert limits == [("distance", ">=", 500), ("distance", "<=", 520), ("time", "<=", 45), ("v_top", "<=", 60),
                      ("accel", "<=", 1.5), ("brake", "<=", 2.5)]
    meets = [(v, ta, tc, tb, shape) for v in (40, 45, 50, 55, 60, 65) for ta in range(5, 31) for tc in range(0, 41)
             for tb in range(4, 13) for shape in dc.SHAPES
             if all(r.met_by(dc.profile(v, ta, tc, tb, shape)[r.key]) for r in spec.requirements)]
    assert len(meets) > 50 and {m[4] for m in meets} == {"linear", "quadratic"}
    assert max(m[0] for m in meets) == 60
    for v, ta, tc, tb, shape in meets[::25]:  # the grader agrees with the requirements
        assert check_design({"v_top": v, "t_acc": ta, "t_cruise": tc, "t_brake": tb, "shape": shape}, spec,
                            model=dc.design_result).correct
    for design in ({"v_top": 60, "t_acc": 12, "t_cruise": 15, "t_brake": 7},   # short of the mark
                   {"v_top": 60, "t_acc": 12, "t_cruise": 23, "t_brake": 7},   # past the 20 m
                   {"v_top": 40, "t_acc": 8, "t_cruise": 39, "t_brake": 5},    # too slow
                   {"v_top": 70, "t_acc": 14, "t_cruise": 15, "t_brake": 8},   # too fast
                   {"v_top": 60, "t_acc": 12, "t_cruise": 19, "t_brake": 7, "shape": "quadratic"},  # brisk start
                   {"v_top": 60, "t_acc": 12, "t_cruise": 22, "t_brake": 6}):  # hard braking
        result = dc.design_result(design)
        failed = [r for r in spec.requirements if not r.met_by(result[r.key])]
        assert len(failed) == 1, (design, [r.key for r in failed])


# -- the model ---------------------------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.floats(0.5, 20), st.floats(0, 120)), min_size=1, max_size=12))
def test_the_area_of_straight_segments_is_numpys_and_a_fine_riemann_sums(steps):
    times = np.cumsum([0.0] + [dt for dt, _ in steps])
    speeds = [0.0] + [v for _, v in steps]
    points = list(zip(times, speeds))
    area = dc.piecewise_distance(points)
    assert area == pytest.approx(np.trapezoid(speeds, times) / 3.6, rel=1e-9, abs=1e-9)
    grid = np.linspace(times[0], times[-1], 2001)
    mids = (grid[:-1] + grid[1:]) / 2
    riemann = sum(dc.speed_on_cycle(points, t) for t in mids) * (grid[1] - grid[0]) / 3.6
    assert riemann == pytest.approx(area, rel=0.005, abs=0.05)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(-3, 3), min_size=1, max_size=5), st.floats(0, 10), st.floats(0, 10))
def test_the_integral_of_a_polynomial_is_numpys(coefficients, a, width):
    b = a + width
    integral = np.polynomial.Polynomial(coefficients).integ()
    assert dc.polynomial_distance(coefficients, a, b) == pytest.approx(integral(b) - integral(a), rel=1e-9, abs=1e-7)
    S = dc.antiderivative(coefficients)
    assert np.allclose(np.polynomial.Polynomial(S).deriv().coef, coefficients, rtol=1e-9, atol=1e-12)
    assert dc.polynomial(S, 0) == 0


@settings(max_examples=40, deadline=None)
@given(st.floats(-1, 1), st.floats(-2, 2), st.floats(-0.2, 0.2), st.floats(1, 30), st.integers(1, 40))
def test_the_trapezoid_rule_is_numpys_and_its_error_formula_holds(c0, c1, c2, width, n):
    coefficients = (c0, c1, c2)
    f = lambda t: dc.polynomial(coefficients, t)  # noqa: E731
    grid = np.linspace(0, width, n + 1)
    estimate = dc.trapezoid(f, 0, width, n)
    assert estimate == pytest.approx(np.trapezoid([f(t) for t in grid], grid), rel=1e-9, abs=1e-9)
    assert dc.logger_distance([f(t) for t in grid], width / n) == pytest.approx(estimate, rel=1e-9, abs=1e-9)
    exact = dc.polynomial_distance(coefficients, 0, width)
    assert exact - estimate == pytest.approx(dc.trapezoid_error(coefficients, 0, width, n), rel=1e-6, abs=1e-7)


@settings(max_examples=25, deadline=None)
@given(st.floats(0.1, 2), st.floats(0.001, 0.05), st.floats(800, 2500), st.floats(0.005, 0.02))
def test_the_work_at_the_wheels_is_sympys_integral_of_the_power(c1, c2, mass, c_r):
    end = c1 / (2 * c2)  # v' = c1 - 2 c2 t >= 0 up to here
    v = _v((0, c1, -c2))
    P = (mass * sp.diff(v, T) + c_r * mass * dc.G) * v
    exact = float(sp.integrate(P, (T, 0, sp.Float(end))))
    assert dc.speed_up_energy((0, c1, -c2), 0, end, mass, c_r) == pytest.approx(exact, rel=1e-6)


@settings(max_examples=25, deadline=None)
@given(st.floats(10, 90), st.floats(3, 30), st.floats(0, 40), st.floats(3, 20), st.sampled_from(dc.SHAPES))
def test_a_profiles_numbers_are_its_integrals(v_top, t_acc, t_cruise, t_brake, shape):
    p = dc.profile(v_top, t_acc, t_cruise, t_brake, shape)
    times = np.linspace(0, p["time"], 3001)
    speeds = np.array([dc.at_time(p, t)[0] for t in times]) / 3.6
    assert np.trapezoid(speeds, times) == pytest.approx(p["distance"], rel=1e-4)
    # the distance at time t is the integral up to t, and it ends at the whole distance
    for t in (t_acc / 2, t_acc + t_cruise / 2, p["time"] - t_brake / 3):
        inside = times <= t
        part = np.trapezoid(np.append(speeds[inside], dc.at_time(p, t)[0] / 3.6), np.append(times[inside], t))
        assert dc.at_time(p, t)[1] == pytest.approx(part, rel=1e-3, abs=1e-3)
    assert dc.at_time(p, p["time"] + 5) == (0.0, p["distance"])
    # the greatest acceleration and braking are the largest slopes
    slopes = np.diff(speeds) / np.diff(times)
    assert slopes.max() == pytest.approx(p["accel"], rel=0.01)
    assert -slopes.min() == pytest.approx(p["brake"], rel=1e-6)
    # the work: ½mV² + F_r·s (speeding up and cruising) + the air, against a fine integral of the clipped power
    car = dc.LAB_CAR
    accel = np.gradient(speeds, times)
    power = (car["mass"] * accel + dc.rolling_force(car["mass"], car["c_r"])
             + 0.5 * dc.AIR_DENSITY * car["cd_area"] * speeds**2) * speeds
    assert np.trapezoid(np.clip(power, 0, None), times) / 1000 == pytest.approx(p["energy"], rel=0.01)
    assert p["energy"] == pytest.approx(p["kinetic"] + p["rolling"] + p["air"])


@pytest.mark.parametrize(("call", "says"), [
    (lambda: dc.piecewise_distance([(0, 0)]), "at least two points"),
    (lambda: dc.piecewise_distance([(0, 0), (5, 10), (5, 20)]), "the times must grow"),
    (lambda: dc.piecewise_distance([(0, 0), (5, -3)]), "must be a number of at least 0"),
    (lambda: dc.piecewise_distance([(0, 0), (5,)]), "must be a pair"),
    (lambda: dc.piecewise_distance([(0, 0), (5, 10)], unit="mph"), "unit"),
    (lambda: dc.polynomial_distance([], 0, 1), "coefficients"),
    (lambda: dc.polynomial_distance([1, "2"], 0, 1), "must be a number"),
    (lambda: dc.trapezoid(lambda t: t, 0, 1, 0), "n must be a whole number of at least 1"),
    (lambda: dc.trapezoid_error([0, 0, 0, 1], 0, 1, 2), "degree at most 2"),
    (lambda: dc.logger_distance([3], 1), "at least two points"),
    (lambda: dc.logger_distance([3, 4], 0), "h must be a positive number"),
    (lambda: dc.profile(0, 10, 10, 5), "v_top must be a positive number"),
    (lambda: dc.profile(50, 10, -1, 5), "t_cruise must be a number of at least 0"),
    (lambda: dc.profile(50, 10, 10, 5, "cubic"), "shape"),
    (lambda: dc.profile(50, True, 10, 5), "t_acc must be a number"),
    (lambda: dc.profile(20, 10, 10, 100), "the engine would still have to push"),
    (lambda: dc.make_lab("race"), "track"),
])
def test_bad_input_gets_a_clear_message(call, says):
    with pytest.raises(ValueError, match=says):
        call()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_reasons_come_in_the_course_language(lang):
    import curriculum

    curriculum.setup(lang)
    try:
        with pytest.raises(ValueError) as refused:
            dc.piecewise_distance([(0, 0), (5, 10), (5, 20)])
        assert {"kk": "уақыт өсуі керек", "ru": "время должно расти"}[lang] in str(refused.value)
        with pytest.raises(ValueError) as refused:
            dc.profile(50, 10, 10, 5, "cubic")
        assert "shape" in str(refused.value) and "must" not in str(refused.value)
    finally:
        curriculum.setup("en")


# -- the lab ------------------------------------------------------------------------------------------------


def test_the_picture_shows_the_models_numbers():
    """The car stands at the distance covered, the blue band is as long, the shaded area ends at t and its text says
    the same metres, the point sits on the curve."""
    lab = dc.make_lab()
    lab.build()
    for t, v_top, shape in ((0, 50, "linear"), (10, 50, "linear"), (30, 70, "quadratic"), (47, 30, "linear"),
                            (90, 90, "quadratic")):
        lab.set(t=t, v_top=v_top, shape=shape)
        r, view = lab.result, lab.view
        v, s = dc.at_time(r, t)
        assert (r["v"], r["s"]) == (v, s)
        assert view.covered.get_width() == pytest.approx(min(s, view.road_length * 1.02))
        assert max(x for x, _ in view.car.get_xy()) == pytest.approx(min(s, view.road_length * 1.02))
        assert view.point.get_xdata()[0] == t and view.point.get_ydata()[0] == pytest.approx(v)
        xy = view.area.get_xy()
        assert xy[:, 0].max() == pytest.approx(min(t, r["time"]))
        if s > 0:
            assert view.area_text.get_text().startswith(f"{s:.1f}".rstrip("0").rstrip("."))
        xs, ys = view.curve.get_data()
        assert ys.max() == pytest.approx(v_top)


def test_playing_the_time_draws_only_what_moves():
    lab = dc.make_lab()
    lab.build()
    lab.view.render()
    full = lab.view.full_draws
    for t in range(0, 91, 3):
        lab.set(t=t)
        lab.view.render()
    assert lab.view.full_draws == full


def test_the_design_line_and_the_check_agree_with_the_grader():
    lab = dc.make_lab("track")
    lab.build()
    lab.set(v_top=60, t_acc=12, t_cruise=21, t_brake=7, t=20)
    line = lab.design_code()
    assert line == "design = {'v_top': 60.0, 't_acc': 12.0, 't_cruise': 21.0, 't_brake': 7.0, 'shape': 'linear'}"
    assert lab.check().correct
    design = eval(line.split("=", 1)[1])  # noqa: S307 - the line the lab shows
    assert check_design(design, dc.DESIGN_SPEC, model=dc.design_result).correct
    lab.set(shape="quadratic")
    assert not lab.check().correct


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_readout_writes_numbers_and_units_the_course_languages_way(lang):
    import curriculum

    curriculum.setup(lang)
    try:
        lab = dc.make_lab("track")
        lab.build()
        lab.set(v_top=60, t_acc=12, t_cruise=21, t_brake=7, t=40)
        decimal = "508,3" if lang in ("kk", "ru") else "508.3"
        assert decimal in lab.readout.value
        assert {"kk": "км/сағ", "ru": "км/ч", "en": "km/h"}[lang] in lab.readout.value
        assert {"kk": "кДж", "ru": "кДж", "en": "kJ"}[lang] in lab.readout.value
        assert decimal in lab.alt_text()
    finally:
        curriculum.setup("en")
