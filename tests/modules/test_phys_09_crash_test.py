"""phys-09-crash-test: every number it shows is a given of its tasks or comes from the lab's model, the model agrees
with an independent computation (sympy's kinematics, a step-by-step simulation of the stop), the lab's picture and
design task are right, and the statements near its formulas hold. (The forms of every item: tests/test_forms.py;
the lessons in a browser: tests/test_browser.py.)"""

from __future__ import annotations

import nbformat
import pytest
import sympy as sp

from curriculum.check import check_design, compare
from curriculum.labs import crash_test as c
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger
from curriculum.units import ureg

MODULE = "phys-09-crash-test"
FOLDER = REPO_ROOT / "physics" / MODULE
NOTEBOOKS = [FOLDER / "lesson-1.ipynb", FOLDER / "lesson-2.ipynb", REPO_ROOT / "source" / MODULE / "crash_test.ipynb"]


def fill(ledger: NumberLedger) -> None:
    """Account for every number the module shows."""
    # the data the texts state: the test speeds, the overlap, the cars, the zones, the times of example 1, the
    # design's limits, g, the km/h factor, the function's example and the hidden check's inputs
    ledger.given(c.EURO_NCAP_SPEED, c.R94_SPEED, 40, c.CAR_MASS, c.CRUMPLE, 0.3, 0.1, 0.01, 100, c.DESIGN_MASS,
                 c.LIMIT_G, c.MAX_CRUMPLE, c.G, 3.6, 0.05, 94, 14, 2,
                 note="test speeds (Euro NCAP, UN R94), 40 % overlap, the sedan, the zones, the stop times, the "
                      "crossover, the limits, g, km/h = 1/3.6 m/s, the slider's step, the rule's number")
    ledger.given(0, 1, 3, 4, 5, 6, 7, 8, 20, 45, 1000,
                 note="the final speed 0, small counts, the answer-form examples, 45 minutes, 1000 ms in a second")
    v50 = c.speed_ms(50)
    p = c.momentum(c.CAR_MASS, v50)
    # lesson 1: the estimate, example 1, Askar's two cars
    ledger.pin(1300 * 14)                                                        # 18 200, the estimate
    ledger.pin(18_000)                                                           # about 18 000
    ledger.pin(v50, places=1)                                                    # 13.9 m/s
    ledger.pin(v50, places=2)                                                    # 13.89 m/s
    ledger.pin(p, places=0)                                                      # 18 056 kg·m/s
    ledger.pin(round(p / 0.1, -3))                                               # 181 000 N
    ledger.pin(p / 0.1 / 1000, places=0)                                         # 181 kN
    ledger.pin(round(p / 0.01, -3))                                              # 1 806 000 N
    ledger.pin(p / 0.01 / 1000, places=0)                                        # 1806 kN
    ledger.pin(c.impulse(p / 0.01, 0.01), places=0)                              # 18 056 N·s
    # lesson 2: example 2, Dana's 100 km/h, the design's estimate
    ledger.pin(v50 ** 2, places=1)                                               # 192.9 m²/s²
    Ek = c.kinetic_energy(c.CAR_MASS, v50)
    ledger.pin(round(Ek, -2))                                                    # 125 400 J
    ledger.pin(Ek / 1000, places=1)                                              # 125.4 kJ
    ledger.pin(c.deceleration(v50, 0.6), places=1)                               # 160.8 m/s²
    ledger.pin(c.deceleration_g(v50, 0.6), places=1)                             # 16.4 g
    ledger.pin(c.crash_time(v50, 0.6), places=4)                                 # 0.0864 s
    ledger.pin(c.crash_time(v50, 0.6) * 1000, places=1)                          # 86.4 ms
    F = c.average_force(c.CAR_MASS, v50, 0.6)
    ledger.pin(round(F, -3))                                                     # 209 000 N
    ledger.pin(F / 1000, places=0)                                               # 209 kN
    ledger.pin(2 * round(c.deceleration_g(v50, 0.6), 1), places=1)               # 32.8 g, a triangle's peak
    ledger.pin(c.crash(c.CAR_MASS, 100, 0.6)["a_g"], places=1)                   # 65.5 g
    v56 = c.speed_ms(56)
    ledger.pin(v56, places=1)                                                    # 15.6 m/s
    ledger.pin(v56 ** 2, places=0)                                               # 242
    ledger.pin(c.min_crumple(56, c.LIMIT_G), places=3)                           # 0.617 m
    ledger.pin(0.65)                                                             # the design's answer
    # the assignment: the answers, the hidden checks and their mistakes, the function's example, the rubric
    ledger.pin(c.momentum(1500, v56))                                            # 23 333.3 kg·m/s
    ledger.pin(c.momentum(1500, v56), places=0)                                  # 23 333
    ledger.pin(c.kinetic_energy(1500, v56))                                      # 181 481 J
    ledger.pin(c.crash_time(v56, 0.6))                                           # 0.0771 s
    ledger.pin(c.crash_time(v56, 0.6) * 1000, places=1)                          # 77.1 ms
    ledger.pin(c.crash_time(v56, 0.3) * 1000, places=1)                          # 38.6 ms
    F56 = c.average_force(1500, v56, 0.6)
    ledger.pin(F56)                                                              # 302 469 N
    ledger.pin(F56 / 1000, places=0)                                             # 302 kN
    ledger.pin(c.average_force(1500, v56, 0.3) / 1000, places=0)                 # 605 kN
    ledger.pin(c.deceleration_g(v56, 0.3), places=1)                             # 41.1 g
    ledger.pin(c.deceleration_g(v56, 0.6), places=1)                             # 20.6 g
    ledger.pin(c.min_crumple(50, 20), places=4)                                  # 0.4916 m


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    fill(ledger)
    ledger.assert_complete()


def test_the_model_agrees_with_sympys_kinematics():
    """v² = 2as, the average speed v/2, FΔt = Δp and Fs = E_k, solved by sympy rather than the model's formulas."""
    m, v, s, a, t, F = sp.symbols("m v s a t F", positive=True)
    a_sol = sp.solve(sp.Eq(v ** 2, 2 * a * s), a)[0]
    t_sol = sp.solve(sp.Eq(v - a_sol * t, 0), t)[0]
    F_energy = sp.solve(sp.Eq(F * s, m * v ** 2 / 2), F)[0]
    F_impulse = sp.solve(sp.Eq(F * t_sol, m * v), F)[0]
    assert sp.simplify(F_energy - F_impulse) == 0, "the work-energy and the impulse forms give the same force"
    for mass, kmh, zone in ((1300, 50, 0.6), (1500, 56, 0.6), (1500, 56, 0.3), (900, 30, 0.25), (2500, 80, 1.0)):
        vv = kmh / 3.6
        values = {m: mass, v: vv, s: zone}
        assert c.deceleration(vv, zone) == pytest.approx(float(a_sol.subs(values)))
        assert c.crash_time(vv, zone) == pytest.approx(float(t_sol.subs(values)))
        assert c.average_force(mass, vv, zone) == pytest.approx(float(F_energy.subs(values)))
        assert c.min_crumple(kmh, c.deceleration_g(vv, zone)) == pytest.approx(zone)


def test_a_step_by_step_simulation_stops_where_and_when_the_model_says():
    """Euler steps of a car slowed by the model's force: it stops after the crumple length, at the model's time,
    and the force's impulse equals the momentum it had."""
    mass, v, zone = 1500.0, 56 / 3.6, 0.6
    force = c.average_force(mass, v, zone)
    dt, x, speed, t, impulse = 1e-6, 0.0, v, 0.0, 0.0
    while speed > 0:
        speed -= force / mass * dt
        x += max(speed, 0) * dt
        t += dt
        impulse += force * dt
    assert x == pytest.approx(zone, rel=1e-3) and t == pytest.approx(c.crash_time(v, zone), rel=1e-3)
    assert impulse == pytest.approx(c.momentum(mass, v), rel=1e-3)
    assert force * zone == pytest.approx(c.kinetic_energy(mass, v)), "F s = E_k"


def test_the_crash_moves_as_the_constant_deceleration_says():
    r = c.crash(1300, 50, 0.6, time=0)
    assert r["v_now"] == pytest.approx(r["v"]) and r["crush"] == 0 and not r["done"]
    half = c.crash(1300, 50, 0.6, time=r["dt"] * 1000 / 2)
    assert half["v_now"] == pytest.approx(r["v"] / 2) and half["crush"] == pytest.approx(0.6 * 3 / 4)
    assert half["impulse_now"] == pytest.approx(r["p"] / 2)
    done = c.crash(1300, 50, 0.6, time=200)
    assert done["done"] and done["v_now"] == 0 and done["crush"] == pytest.approx(0.6)
    assert done["impulse_now"] == pytest.approx(done["dp"]) == pytest.approx(done["p"])
    assert r["F"] * r["dt"] == pytest.approx(r["dp"]), "F Δt = Δp"
    assert r["F"] * r["crumple"] == pytest.approx(r["Ek"]), "F s = E_k"


def test_a_longer_zone_same_momentum_smaller_force_and_twice_the_speed_four_times_the_deceleration():
    short, long = c.crash(1500, 56, 0.3), c.crash(1500, 56, 0.6)
    assert short["dp"] == long["dp"], "the change of momentum does not depend on the zone"
    assert long["F"] == pytest.approx(short["F"] / 2) and long["dt"] == pytest.approx(2 * short["dt"])
    slow, fast = c.crash(1300, 50, 0.6), c.crash(1300, 100, 0.6)
    assert fast["a_g"] == pytest.approx(4 * slow["a_g"]) and fast["Ek"] == pytest.approx(4 * slow["Ek"])
    assert fast["p"] == pytest.approx(2 * slow["p"])


def test_a_triangle_pulse_of_the_same_change_and_time_peaks_at_twice_the_average():
    """The lessons' statement on real pulses: a triangle of the same Δv and Δt has its peak at twice the average."""
    t, T, peak = sp.symbols("t T peak", positive=True)
    area = sp.integrate(peak * t / (T / 2), (t, 0, T / 2)) + sp.integrate(peak * (T - t) / (T / 2), (t, T / 2, T))
    average = area / T
    assert sp.simplify(peak / average) == 2


def test_the_design_task_states_the_numbers_the_texts_give():
    limits = {r.key: (r.op, r.limit) for r in c.DESIGN_SPEC.requirements}
    assert limits == {"a_g": ("<=", 20.0), "crumple": ("<=", 0.7)}
    assert (c.DESIGN_MASS, c.DESIGN_SPEED) == (1500, 56)


@pytest.mark.parametrize(("design", "meets"), [
    ({"crumple": 0.65}, True), ({"crumple": 0.7}, True), ({"crumple": 0.62}, True), ({"crumple": 1 - 0.3}, True),
    ({"crumple": 0.6}, False), ({"crumple": 0.75}, False), ({"crumple": 0.3}, False), ({"crumple": 0.61}, False),
])
def test_the_design_task_accepts_the_designs_that_meet_it_and_no_other(design, meets):
    assert check_design(design, c.DESIGN_SPEC, model=c.design_result).correct is meets


def test_on_the_sliders_steps_the_passing_zones_are_the_estimates():
    """s ≥ 0.617 m and s ≤ 0.7 m: on the slider's 0.05 m steps only 0.65 and 0.70 pass."""
    steps = [round(0.2 + 0.05 * i, 2) for i in range(17)]
    passing = [s for s in steps if check_design({"crumple": s}, c.DESIGN_SPEC, model=c.design_result).correct]
    assert passing == [0.65, 0.7]


def test_a_design_the_model_cannot_evaluate_is_refused_with_a_reason():
    result = check_design({"crumple": "long"}, c.DESIGN_SPEC, model=c.design_result)
    assert not result.correct and result.code == "invalid-input" and "crumple" in result.message


@pytest.mark.parametrize(("call", "name"), [
    (lambda: c.speed_ms(-5), "speed_kmh"), (lambda: c.momentum(-1, 3), "m"), (lambda: c.momentum(1300, "fast"), "v"),
    (lambda: c.kinetic_energy(True, 3), "m"), (lambda: c.deceleration(10, 0), "s"), (lambda: c.crash_time(0, 0.6), "v"),
    (lambda: c.average_force(1300, 10, -0.5), "s"), (lambda: c.min_crumple(56, 0), "limit_g"),
    (lambda: c.impulse(1000, -1), "dt"), (lambda: c.crash(mass=0), "mass"), (lambda: c.crash(time=-1), "time"),
    (lambda: c.crash(crumple=float("nan")), "crumple"),
])
def test_bad_input_to_the_model_is_refused_with_the_name_of_what_is_wrong(call, name):
    with pytest.raises(ValueError, match=name):
        call()


def test_bad_input_is_refused_in_the_course_language():
    from curriculum.i18n import in_language

    with in_language("kk"):
        with pytest.raises(ValueError) as kk:
            c.deceleration(10, 0)
    with in_language("ru"):
        with pytest.raises(ValueError) as ru:
            c.deceleration(10, 0)
    assert "s" in str(kk.value) and "s" in str(ru.value) and str(kk.value) != str(ru.value)


def test_units_of_momentum_and_the_signs_the_tasks_accept():
    """kg·m/s and N·s are one unit; a change of momentum or a force with a minus sign is accepted (the tasks say so)."""
    expected = f"{1500 * 56 / 3.6!r} kg*m/s"
    for answer in (23333.3 * ureg("kg*m/s"), -23333.3 * ureg("N*s"), 23.3333 * ureg("kN*s")):
        assert compare(abs(answer), expected, mode="units", rtol=0.01).correct
    assert not compare(84000 * ureg("kg*m/s"), expected, mode="units", rtol=0.01).correct


def test_the_lab_moves_without_drawing_the_whole_figure_again():
    lab = c.make_lab()
    lab.build()
    lab.set(time=0)
    full = lab.view.full_draws
    for ms in range(0, 251, 25):
        lab.set(time=ms)
    assert lab.view.full_draws == full, "the clock moves dynamic artists only"
    assert "13.9 m/s" in lab.readout.value and "209 kN" in lab.readout.value and "16.4 g" in lab.readout.value


def test_the_drawing_shows_the_zone_folding_and_the_force():
    lab = c.make_lab()
    lab.build()
    lab.set(time=0)
    view = lab.view
    assert view.zone.get_width() == pytest.approx(0.6) and not view.force_arrow.get_visible()
    lab.set(time=40)
    assert 0 < view.zone.get_width() < 0.6 and view.force_arrow.get_visible()
    assert view.area.get_height() == pytest.approx(c.crash()["F"] / 1000)
    lab.set(time=250)
    assert view.zone.get_width() == pytest.approx(0, abs=1e-9) and not view.speed_arrow.get_visible()
    lab.set(crumple=0.3)
    assert view.area.get_width() * view.area.get_height() == pytest.approx(c.crash()["dp"]), \
        "the rectangle's area (ms × kN) is Δp in N·s, whatever the zone"
    assert view.g_bar.get_height() == pytest.approx(c.crash(crumple=0.3)["a_g"])


def test_the_design_lab_marks_the_limit_and_its_line_leaves_the_animation_out():
    lab = c.make_lab("crumple")
    lab.build()
    lab.set(crumple=0.65, time=30)
    assert lab.design_code() == "design = {'crumple': 0.65}"
    assert lab.check().correct and lab.view.limit_g == 20
    lab.set(crumple=0.5)
    assert not lab.check().correct


def _texts(path, lang):
    nb = nbformat.read(path, as_version=4)
    return "\n".join(cell.source for cell in nb.cells if f"lang-{lang}" in cell.metadata.get("tags", []))


def test_what_the_texts_say_near_the_formulas_holds():
    """Δp does not depend on how the car stops, the simplification is said, twice the speed is four times the
    deceleration; the model agrees (the tests above)."""
    english = " ".join(" ".join(_texts(p, "en") for p in NOTEBOOKS).split())
    assert "However the car stops (at once or gradually), $\\Delta p$ is the same" in english
    assert "We take the deceleration as constant while the zone folds" in english
    assert "its peak is higher than the average" in english and "does not bounce back" in english
    assert "so it grows four times" in english
    written = next(cell.source for cell in nbformat.read(NOTEBOOKS[2], as_version=4).cells
                   if cell.metadata.get("nbgrader", {}).get("grade_id") == "crumple-explain")
    assert "Askar is wrong" in " ".join(written.split())
    assert c.crash(1500, 56, 0.3)["F"] == pytest.approx(2 * c.crash(1500, 56, 0.6)["F"])


def test_the_key_terms_are_in_the_glossary():
    from curriculum.glossary import load_glossary

    glossary = load_glossary()
    assert glossary["momentum"].kk == "дене импульсі" and glossary["impulse-of-force"].ru == "импульс силы"
    assert glossary["crumple-zone"].en == "crumple zone" and glossary["kinetic-energy"].kk == "кинетикалық энергия"
