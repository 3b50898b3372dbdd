"""phys-11-suspension: every number it shows is a given of its tasks or comes from the lab's model, the model agrees
with independent computations (a numerical integration of m x'' + c x' + k x = 0 with numpy, sympy's dsolve, the
steady state of a road-driven body), the lab's picture and design task are right, and the statements near its
formulas hold. (The forms of every item: tests/test_forms.py; the lessons in a browser: tests/test_browser.py.)"""

from __future__ import annotations

import math

import nbformat
import numpy as np
import pytest
import sympy as sp

from curriculum.check import check_design, compare
from curriculum.labs import suspension as s
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger
from curriculum.units import ureg

MODULE = "phys-11-suspension"
FOLDER = REPO_ROOT / "physics" / MODULE
NOTEBOOKS = [FOLDER / "lesson-1.ipynb", FOLDER / "lesson-2.ipynb", REPO_ROOT / "source" / MODULE / "suspension.ipynb"]


def fill(ledger: NumberLedger) -> None:
    """Account for every number the module shows."""
    m, k, c = s.QUARTER_MASS, s.STIFFNESS, s.DAMPING
    # the data the texts state: the typical ranges, the sedan, the rig's push, the comfort band, the band, the
    # slider's values, the test roads' waves, the hatchback and its limits, the crossover, Yerlan's suspension
    ledger.given(250, 450, 15, 35, 0.2, 0.4, 3, m, k / 1000, k, c, s.PUSH * 1000, *s.COMFORT, s.BAND * 100, s.G,
                 1000, 20_000, 40_000, 10, 12, s.EMPTY_MASS, s.LOADED_MASS, s.F_MAX, s.F_MIN, s.OVERSHOOT_MAX,
                 s.ZETA_MAX, 380, 24, 24_000, 2100, 12_000, 600, 6000, 0.1, 3.6, 100,
                 note="typical ranges (Gillespie), the sedan, the rig, the comfort band, 2 %, g, the sliders, the "
                      "roads' waves, the hatchback and its limits, the crossover, Yerlan's and Askar's suspensions, "
                      "a worn damper, km/h = 3.6 m/s, percent")
    ledger.given(0, 1, 2, 4, 5, 6, 45, 0.5, 0.2, 0.3, 0.02,
                 note="small counts, the answer-form examples and the function's example, 45 minutes, e^-4 and "
                      "4/(ζω₀), the 2 % as a fraction")
    # lesson 1: the estimate, example 1, Dana's and Yerlan's mistakes, the lab's questions
    ledger.pin(round(k / m))                                                     # 71
    ledger.pin(math.sqrt(71), places=1)                                          # 8.4
    ledger.pin(2 * math.pi, places=1)                                            # 6.3
    ledger.pin(8.4 / 6.3, places=1)                                              # 1.3
    ledger.pin(s.angular_frequency(k, m), places=2)                              # 8.45 rad/s
    ledger.pin(s.natural_frequency(k, m), places=3)                              # 1.345 Hz
    ledger.pin(s.period(k, m), places=3)                                         # 0.743 s
    ledger.pin(s.static_sag(m, k), places=3)                                     # 0.137 m
    ledger.pin(s.static_sag(m, k) * 1000, places=0)                              # 137 mm
    ledger.pin(s.natural_frequency(k / 1000, m), places=4)                       # 0.0425 Hz, k in kN/m
    ledger.pin(s.period(k / 1000, m), places=1)                                  # 23.5 s
    ledger.pin(4 * s.natural_frequency(k, m), places=1)                          # 5.4 swings in 4 s
    ledger.pin(math.sqrt(2), places=2)                                           # 1.41
    # lesson 2: example 2, example 3, Askar's hard damper, the design's estimate
    ledger.pin(math.sqrt(k * m), places=0)                                       # 2958 kg/s
    zeta = s.damping_ratio(c, k, m)
    ledger.pin(zeta, places=3)                                                   # 0.304
    ledger.pin(s.overshoot(zeta), places=3)                                      # 0.367
    ledger.pin(s.overshoot(zeta) * 100, places=1)                                # 36.7 %
    ledger.pin(s.overshoot(zeta) * s.PUSH * 1000, places=0)                      # 18 mm
    ledger.pin(zeta * s.angular_frequency(k, m), places=2)                       # 2.57 1/s
    ledger.pin(s.settling_estimate(zeta, s.angular_frequency(k, m)), places=2)   # 1.56 s
    ledger.pin(s.settling_exact(k, c, m), places=2)                              # 1.33 s
    ledger.pin(s.damped_frequency(k, c, m), places=2)                            # 1.28 Hz
    ledger.pin(math.exp(-4), places=3)                                           # 0.018
    v10 = s.resonance_speed(s.natural_frequency(k, m), 10)
    ledger.pin(v10, places=2)                                                    # 13.45 m/s
    ledger.pin(v10 * 3.6, places=1)                                              # 48.4 km/h
    ledger.pin(s.transmissibility(1, zeta), places=2)                            # 1.92
    ledger.pin(s.transmissibility(1, 0.1), places=1)                             # 5.1
    hard = s.damping_ratio(6000, k, m)
    ledger.pin(hard, places=2)                                                   # 1.01
    ledger.pin(s.settling_exact(k, 6000, m), places=2)                           # 0.71 s
    ledger.pin(zeta, places=1)                                                   # 0.3
    ledger.pin(s.transmissibility(3, zeta), places=2)                            # 0.25
    ledger.pin(s.transmissibility(3, hard), places=2)                            # 0.61
    ledger.pin(s.transmissibility(3, hard) / s.transmissibility(3, zeta), places=1)    # 2.4
    ledger.pin(3 * s.natural_frequency(k, m), places=0)                          # about 4 Hz
    ledger.pin(round(s.EMPTY_MASS * (2 * math.pi * s.F_MAX) ** 2, -2))           # 26 600 N/m
    ledger.pin(round(s.LOADED_MASS * (2 * math.pi * s.F_MIN) ** 2, -2))          # 15 800 N/m
    # the assignment: the answers, the hidden checks and their mistakes, the rubric and the model answer
    f0 = s.natural_frequency(24_000, 380)
    z = s.damping_ratio(2100, 24_000, 380)
    ledger.pin(f0)                                                               # the hidden check's value
    ledger.pin(f0, places=2)                                                     # 1.26 Hz
    ledger.pin(s.static_sag(380, 24_000))                                        # 0.155325 m
    ledger.pin(s.static_sag(380, 24_000), places=3)                              # 0.155 m
    ledger.pin(z)
    ledger.pin(z, places=2)                                                      # 0.35
    ledger.pin(s.overshoot(z))
    ledger.pin(s.overshoot(z) * 100, places=0)                                   # 31 %
    ledger.pin(s.resonance_speed(f0, 12))
    ledger.pin(24_000 // 1000 * 1000)                                            # 24 000 N/m (24 kN/m = 24 000 N/m)
    yerlan = s.bounce(380, 12_000, 600)
    ledger.pin(yerlan["f0"], places=2)                                           # 0.89 Hz
    ledger.pin(yerlan["sag"], places=2)                                          # 0.31 m
    ledger.pin(yerlan["sag"] * 100, places=0)                                    # 31 cm
    ledger.pin(yerlan["zeta"], places=2)                                         # 0.14
    ledger.pin(yerlan["overshoot"], places=0)                                    # 64 %
    v_yerlan = s.resonance_speed(yerlan["f0"], 12)
    ledger.pin(v_yerlan, places=1)                                               # 10.7 m/s
    ledger.pin(v_yerlan * 3.6, places=1)                                         # 38.6 km/h
    ledger.pin(s.transmissibility(1, yerlan["zeta"]), places=1)                  # 3.7
    example_t = [0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0]
    example_x = [-50, 18, -6, 0.8, 2, 0.5, -1.5, 0.3, 0.1]
    ledger.given(*example_t, *example_x, note="the function's example: the times and the displacements")
    ledger.pin(s.settling_time(example_t, example_x))                            # 3.5, the example's answer
    ledger.pin(next(t for t, x in zip(example_t, example_x) if abs(x) <= 1))     # 1.5 s, first inside the band
    ledger.pin(example_t[max(i for i, x in enumerate(example_x) if abs(x) > 1)])  # 3 s, the last sample outside
    ledger.pin(example_t[max(i for i, x in enumerate(example_x) if x > 1) + 1])  # 2.5 s, |x| forgotten
    ledger.pin(max(i for i, x in enumerate(example_x) if abs(x) > 1) + 1)        # 7, the index for the time
    ledger.pin(20_000)                                                           # the design's answer: k
    ledger.pin(2000)                                                             # and c
    ledger.given(0.01, note="the step (s) of the curves the function's hidden check records")


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    fill(ledger)
    ledger.assert_complete()


def _integrate(k, c, m, x0, t_end, dt=1e-4):
    """Runge-Kutta 4 steps of m x'' + c x' + k x = 0 from x = -x0 at rest: an independent numerical solution."""
    def f(state):
        x, v = state
        return np.array([v, -(c * v + k * x) / m])

    state = np.array([-x0, 0.0])
    steps = int(round(t_end / dt))
    xs = np.empty(steps + 1)
    xs[0] = state[0]
    for i in range(steps):
        k1 = f(state)
        k2 = f(state + dt / 2 * k1)
        k3 = f(state + dt / 2 * k2)
        k4 = f(state + dt * k3)
        state = state + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        xs[i + 1] = state[0]
    return np.linspace(0, steps * dt, steps + 1), xs


@pytest.mark.parametrize(("k", "c", "m"), [
    (25_000, 1800, 350), (24_000, 2100, 380), (18_000, 600, 300),        # under-damped
    (25_000, 2 * math.sqrt(25_000 * 350), 350),                          # critically damped
    (25_000, 6000, 350), (15_000, 9000, 250),                            # over-damped
    (25_000, 0, 350),                                                    # no damper
])
def test_the_exact_response_agrees_with_a_numerical_integration(k, c, m):
    t, xs = _integrate(k, c, m, 0.05, 3.0)
    assert np.max(np.abs(s.response(t, k, c, m, 0.05) - xs)) < 1e-7


def test_the_response_solves_the_equation_by_sympys_dsolve():
    t = sp.symbols("t", nonnegative=True)
    x = sp.Function("x")
    k, c, m = 25_000, 1800, 350
    solution = sp.dsolve(sp.Eq(m * x(t).diff(t, 2) + c * x(t).diff(t) + k * x(t), 0), x(t),
                         ics={x(0): sp.Rational(-1, 20), x(t).diff(t).subs(t, 0): 0}).rhs
    for moment in (0.0, 0.1, 0.37, 0.8, 1.5, 3.0):
        assert s.response(moment, k, c, m, 0.05) == pytest.approx(float(solution.subs(t, moment)), abs=1e-12)


@pytest.mark.parametrize("zeta", [0.05, 0.2, 0.3043, 0.35, 0.5, 0.7, 0.9])
def test_the_overshoot_formula_is_the_highest_point_of_the_response(zeta):
    k, m = 25_000, 350
    c = zeta * 2 * math.sqrt(k * m)
    t = np.linspace(0, 5, 200_001)
    x = s.response(t, k, c, m, 1.0)
    assert max(x) == pytest.approx(s.overshoot(zeta), rel=1e-6, abs=1e-9)
    half_period = 1 / (2 * s.damped_frequency(k, c, m))
    assert t[np.argmax(x)] == pytest.approx(half_period, abs=1e-4), "the peak comes half a damped period later"


@pytest.mark.parametrize("zeta", [0.05, 0.1, 0.2, 0.3043, 0.35, 0.4, 0.5, 0.6, 0.7])
def test_the_settling_estimate_errs_on_the_safe_side_and_the_exact_time_is_read_from_the_curve(zeta):
    k, m = 25_000, 350
    c = zeta * 2 * math.sqrt(k * m)
    w0 = s.angular_frequency(k, m)
    exact = s.settling_exact(k, c, m)
    # the envelope e^{-ζω₀t}/√(1-ζ²) is 2 % at ln(50/√(1-ζ²))/(ζω₀): the response is inside from then on
    envelope = math.log(50 / math.sqrt(1 - zeta ** 2)) / (zeta * w0)
    assert exact <= envelope + 1e-3
    assert 0.6 * s.settling_estimate(zeta, w0) < exact <= s.settling_estimate(zeta, w0) * 1.05
    if zeta <= 0.4:     # what lesson 2 says: up to about 0.4 the estimate is on the safe side
        assert exact <= s.settling_estimate(zeta, w0)
    t = np.arange(0, 20, 1e-4)
    x = s.response(t, k, c, m, 1.0)
    outside = np.flatnonzero(np.abs(x) > 0.02)
    assert exact == pytest.approx(t[outside[-1]], abs=2e-3), "from the last moment outside the band"


def test_the_settling_time_of_samples_by_brute_force():
    rng = np.random.default_rng(11)
    for _ in range(200):
        n = int(rng.integers(2, 30))
        t = np.cumsum(rng.uniform(0.01, 0.5, n)).tolist()
        x = (rng.normal(0, 1, n) * np.exp(-np.linspace(0, 6, n))).tolist()
        limit = 0.02 * abs(x[0])
        expected = next((t[i] for i in range(n) if all(abs(v) <= limit for v in x[i:])), math.inf)
        assert s.settling_time(t, x) == expected
    assert s.settling_time([0, 0.5, 1.0, 1.5, 2.0], [-50, 12, -3, 0.5, 0.2]) == 1.5
    example = ([0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0], [-50, 18, -6, 0.8, 2, 0.5, -1.5, 0.3, 0.1])
    assert s.settling_time(*example) == 3.5, "the task's example: inside at 1.5 s, outside again at 2 s and 3 s"


def test_resonance_is_where_a_road_driven_body_swings_most():
    """The body driven through its spring and damper by a road wave: the steady amplitude from a numerical
    integration is the transmissibility, and it is largest near f = f₀ (v = f₀ L)."""
    k, c, m = 25_000, 1800, 350
    f0, zeta = s.natural_frequency(k, m), s.damping_ratio(c, k, m)
    for r in (0.5, 1.0, 3.0):
        w = 2 * math.pi * r * f0
        dt, t_end = 2e-4, 12.0
        x, v, peak = 0.0, 0.0, 0.0
        for i in range(int(t_end / dt)):
            t = i * dt

            def acc(t_, x_, v_):
                y, dy = math.sin(w * t_), w * math.cos(w * t_)
                return (-c * (v_ - dy) - k * (x_ - y)) / m

            k1x, k1v = v, acc(t, x, v)
            k2x, k2v = v + dt / 2 * k1v, acc(t + dt / 2, x + dt / 2 * k1x, v + dt / 2 * k1v)
            k3x, k3v = v + dt / 2 * k2v, acc(t + dt / 2, x + dt / 2 * k2x, v + dt / 2 * k2v)
            k4x, k4v = v + dt * k3v, acc(t + dt, x + dt * k3x, v + dt * k3v)
            x, v = x + dt / 6 * (k1x + 2 * k2x + 2 * k3x + k4x), v + dt / 6 * (k1v + 2 * k2v + 2 * k3v + k4v)
            if t > 8.0:
                peak = max(peak, abs(x))
        assert peak == pytest.approx(s.transmissibility(r, zeta), rel=2e-3)
    rs = np.linspace(0.2, 3, 28001)
    peaks = {z: rs[int(np.argmax([s.transmissibility(r, z) for r in rs]))] for z in (0.05, 0.1, zeta)}
    assert abs(peaks[0.05] - 1) < 0.005 and abs(peaks[0.1] - 1) < 0.015, "with little damping the peak is at f = f₀"
    assert 0.9 < peaks[zeta] < 0.98, "with more damping a slightly lower frequency"
    assert s.transmissibility(1, zeta) == pytest.approx(math.sqrt(1 + 4 * zeta ** 2) / (2 * zeta))
    assert s.resonance_speed(f0, 10) == pytest.approx(10 * f0)


def test_what_the_texts_say_near_the_formulas_holds():
    """The frequency from the sag, a loaded car swings slower and with less damping, the hard damper passes more of
    a 4 Hz wave, a double spring gives √2 times the frequency, the estimate errs on the safe side."""
    k, m = 25_000, 350
    assert math.sqrt(s.G / s.static_sag(m, k)) / (2 * math.pi) == pytest.approx(s.natural_frequency(k, m))
    assert s.natural_frequency(k, 450) < s.natural_frequency(k, 350) and s.static_sag(450, k) > s.static_sag(350, k)
    assert s.damping_ratio(2000, 20_000, 400) < s.damping_ratio(2000, 20_000, 300)
    assert s.natural_frequency(40_000, m) / s.natural_frequency(20_000, m) == pytest.approx(math.sqrt(2))
    assert s.overshoot(s.damping_ratio(6000, k, m)) == 0 and s.settling_exact(k, 6000, m) < s.settling_exact(k, 1800, m)
    assert s.transmissibility(3, s.damping_ratio(6000, k, m)) > 2 * s.transmissibility(3, s.damping_ratio(1800, k, m))
    assert s.settling_exact(k, 1800, m) < s.settling_estimate(s.damping_ratio(1800, k, m), s.angular_frequency(k, m))
    english = " ".join(" ".join(_texts(p, "en") for p in NOTEBOOKS).split())
    assert "so here the estimate errs on the safe side (it does so for $\\zeta$ up to about 0.4)" in english
    assert "The tyre is taken as rigid" in english
    assert "$\\beta = c/(2m)$" in english and "$\\zeta = \\beta/\\omega_0$" in english
    assert s.damping_ratio(1800, k, m) * s.angular_frequency(k, m) == pytest.approx(1800 / (2 * m)), "ζω₀ = β = c/(2m)"
    assert "a larger $m$ means a smaller $\\zeta$" in english
    assert "2.4 times as much" in english


def test_the_comfort_band_and_the_typical_values_fit_the_sedan():
    assert s.COMFORT[0] <= s.natural_frequency(s.STIFFNESS, s.QUARTER_MASS) <= s.COMFORT[1]
    assert 0.2 <= s.damping_ratio(s.DAMPING, s.STIFFNESS, s.QUARTER_MASS) <= 0.4
    assert 0.2 <= s.damping_ratio(2100, 24_000, 380) <= 0.4 and 1 <= s.natural_frequency(24_000, 380) <= 1.5


def test_the_design_check_reads_what_the_lab_shows():
    for k, c in ((20000, 2000), (14000, 600), (30000, 2400)):
        light, full = s.design_result({"k": k, "c": c}), s.design_bounce(k, c)
        for key in ("f_empty", "f_loaded", "overshoot_loaded", "zeta_empty", "zeta_loaded"):
            assert light[key] == pytest.approx(full[key])
        assert full["overshoot_loaded"] == full["loaded"]["overshoot"] and full["f_empty"] == full["empty"]["f0"]


def test_the_design_task_states_the_numbers_the_texts_give():
    limits = {r.key: (r.op, r.limit) for r in s.DESIGN_SPEC.requirements}
    assert limits == {"f_empty": ("<=", 1.5), "f_loaded": (">=", 1.0), "overshoot_loaded": ("<=", 35.0),
                      "zeta_empty": ("<=", 0.5)}
    assert (s.EMPTY_MASS, s.LOADED_MASS) == (300, 400)


@pytest.mark.parametrize(("design", "meets"), [
    ({"k": 20000, "c": 2000}, True), ({"k": 24000, "c": 2300}, True), ({"k": 17000, "c": 1900}, True),
    ({"k": 30000, "c": 2400}, False), ({"k": 14000, "c": 1800}, False), ({"k": 20000, "c": 1200}, False),
    ({"k": 20000, "c": 2600}, False), ({"k": 14000, "c": 600}, False),
])
def test_the_design_task_accepts_the_designs_that_meet_it_and_no_other(design, meets):
    assert check_design(design, s.DESIGN_SPEC, model=s.design_result).correct is meets


def test_the_estimate_bounds_the_springs_that_pass():
    """k between 400 (2π)² ≈ 15 800 and 300 (3π)² ≈ 26 600 N/m: on the slider's steps only those pass."""
    passing = {k for k in range(10_000, 40_001, 500) for c in range(0, 6001, 100)
               if check_design({"k": k, "c": c}, s.DESIGN_SPEC, model=s.design_result).correct}
    assert min(passing) == 16_000 and max(passing) == 26_500


def test_a_design_the_model_cannot_evaluate_is_refused_with_a_reason():
    result = check_design({"k": "soft", "c": 2000}, s.DESIGN_SPEC, model=s.design_result)
    assert not result.correct and result.code == "invalid-input" and "k" in result.message


@pytest.mark.parametrize(("call", "name"), [
    (lambda: s.natural_frequency(-5, 350), "k"), (lambda: s.natural_frequency(25000, 0), "m"),
    (lambda: s.damping_ratio(-1, 25000, 350), "c"), (lambda: s.static_sag(True, 25000), "m"),
    (lambda: s.overshoot(-0.1), "zeta"), (lambda: s.settling_estimate(0, 8), "zeta"),
    (lambda: s.resonance_speed(1.3, "12"), "wavelength"), (lambda: s.transmissibility(1, float("nan")), "zeta"),
    (lambda: s.bounce(mass=0), "mass"), (lambda: s.bounce(time=-1), "time"),
    (lambda: s.settling_time([0, 1], ["a", 0]), "x"), (lambda: s.settling_time([0, 1], [1]), "same length"),
])
def test_bad_input_to_the_model_is_refused_with_the_name_of_what_is_wrong(call, name):
    with pytest.raises(ValueError, match=name):
        call()


def test_bad_input_is_refused_in_the_course_language():
    from curriculum.i18n import in_language

    with in_language("kk"):
        with pytest.raises(ValueError) as kk:
            s.natural_frequency(25000, 0)
    with in_language("ru"):
        with pytest.raises(ValueError) as ru:
            s.natural_frequency(25000, 0)
    assert "m" in str(kk.value) and "m" in str(ru.value) and str(kk.value) != str(ru.value)


def test_units_the_tasks_accept():
    """A frequency in Hz, 1/s or per minute; a sag in m, cm or mm; a speed in km/h or m/s; an overshoot as a
    fraction or in percent, but not percent as a plain number."""
    f0 = s.natural_frequency(24_000, 380)
    for answer in (1.265 * ureg.hertz, 1.265 / ureg.second, 75.9 / ureg.minute):
        assert compare(answer, f"{f0!r} Hz", mode="units", rtol=0.01).correct
    assert not compare(math.sqrt(24_000 / 380) * ureg.hertz, f"{f0!r} Hz", mode="units", rtol=0.01).correct
    M = s.overshoot(s.damping_ratio(2100, 24_000, 380))
    assert compare(31.2 * ureg.percent, M, mode="numeric", rtol=0.01).correct
    assert compare(0.312, M, mode="numeric", rtol=0.01).correct
    assert not compare(31.2, M, mode="numeric", rtol=0.01).correct
    v = s.resonance_speed(f0, 12)
    assert compare(54.6 * ureg("km/h"), f"{v!r} m/s", mode="units", rtol=0.01).correct


def test_the_lab_moves_without_drawing_the_whole_figure_again():
    lab = s.make_lab()
    lab.build()
    lab.set(time=0)
    full = lab.view.full_draws
    for ms in range(0, 4001, 400):
        lab.set(time=ms)
    assert lab.view.full_draws == full, "the clock moves dynamic artists only"
    assert "1.35 Hz" in lab.readout.value and "0.304" in lab.readout.value and "36.7 %" in lab.readout.value
    assert "137 mm" in lab.readout.value and "1.33 s / 1.56 s" in lab.readout.value


def test_the_drawing_shows_the_body_moving_as_the_response():
    lab = s.make_lab()
    lab.build()
    lab.set(time=0)
    view = lab.view
    assert view.body.get_y() == pytest.approx(s.BODY_Y - s.SCALE * s.PUSH)
    t_peak = 1 / (2 * s.damped_frequency(s.STIFFNESS, s.DAMPING, s.QUARTER_MASS))
    lab.set(time=round(t_peak * 1000 / 40) * 40)
    x_now = s.response(lab.result["time"], s.STIFFNESS, s.DAMPING, s.QUARTER_MASS)
    assert x_now > 0 and view.body.get_y() == pytest.approx(s.BODY_Y + s.SCALE * x_now)
    assert view.now_line.get_xdata()[0] == pytest.approx(lab.result["time"])
    peak_x, peak_y = view.peak.get_data()
    assert peak_y[0] == pytest.approx(s.overshoot(s.damping_ratio(s.DAMPING, s.STIFFNESS, s.QUARTER_MASS)) * 50)
    assert view.settle_line.get_xdata()[0] == pytest.approx(s.settling_exact(s.STIFFNESS, s.DAMPING, s.QUARTER_MASS))
    lab.set(c=0)
    assert not view.settle_line.get_visible(), "without a damper the body never settles"
    assert "never" in lab.readout.value


def test_the_design_lab_shows_both_cars_and_its_line_leaves_the_animation_out():
    lab = s.make_lab("hatchback")
    lab.build()
    lab.set(k=20000, c=2000, time=400)
    assert lab.design_code() == "design = {'k': 20000, 'c': 2000}"
    assert lab.check().correct
    assert len(lab.view.curve2.get_xdata()) > 0 and "300" in lab.readout.value and "400" in lab.readout.value
    lab.set(c=1000)
    assert not lab.check().correct


def _texts(path, lang):
    nb = nbformat.read(path, as_version=4)
    return "\n".join(cell.source for cell in nb.cells if f"lang-{lang}" in cell.metadata.get("tags", []))


def test_the_key_terms_are_in_the_glossary():
    from curriculum.glossary import load_glossary

    glossary = load_glossary()
    assert glossary["natural-frequency"].kk == "меншікті жиілік" and glossary["damping-ratio"].ru == "коэффициент демпфирования"
    assert glossary["suspension"].kk == "аспа" and glossary["resonance"].en == "resonance"
