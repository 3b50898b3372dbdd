"""phys-07-hydraulic-lift: its notebooks are what build.py writes, every number it shows is a given of its tasks or
comes from the lab's model, the lab's model and picture are right (Pascal's law, the oil's volume, the strokes, the
design task), and the statements near its formulas hold. (The forms of every item: tests/test_forms.py; the lessons
in a browser: tests/test_browser.py.)"""

from __future__ import annotations

import math

import nbformat
import pytest

from curriculum.check import check_design
from curriculum.labs import hydraulic_lift as h
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger

MODULE = "phys-07-hydraulic-lift"
FOLDER = REPO_ROOT / "physics" / MODULE
NOTEBOOKS = [FOLDER / "lesson-1.ipynb", FOLDER / "lesson-2.ipynb", REPO_ROOT / "source" / MODULE / "hydraulic_lift.ipynb"]


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    W = h.weight(h.CAR_MASS)
    # the data the texts state: the car, the plant's (fictional) rules, the tyres, the worker, the pistons of the
    # examples and tasks, the units' definitions
    ledger.given(h.CAR_MASS, h.MAX_FORCE, h.MAX_PRESSURE_BAR, h.LIFT_HEIGHT, h.STROKE, h.MAX_STROKES, h.G, 2.2,
                 150, 70, 10, 30, 120, 3000, 100, 20, 160, 200, 4, 16, 0.02, 0.16, 1000, 10_000, 100_000, 0.0001, 230,
                 note="the car, the lift's rules, the tyres, the worker's heel, the pistons, the units")
    ledger.given(1, 2, 3, 5, 45, 3.5, 0.5, note="small counts, the estimate's 2, a form's example, 45 minutes")
    assert W == pytest.approx(14_700)
    ledger.pin(h.MAX_PRESSURE_BAR * h.PA_PER_BAR)                             # 10 bar = 1000000 Pa
    ledger.pin(W)                                                              # 14 700 N
    assert h.MAX_PRESSURE_BAR * h.PA_PER_BAR == 1_000_000
    # lesson 1: the tyres (example 1), Timur's heel
    tyres = 4 * 150 / 10_000
    ledger.pin(4 * 150)                                                        # 600 cm²
    ledger.pin(tyres)                                                          # 0.06 m²
    ledger.pin(h.pressure(W, tyres))                                           # 245 000 Pa
    ledger.pin(h.pressure(W, tyres) / 1000)                                    # 245 kPa
    ledger.pin(h.pressure(W, tyres) / h.PA_PER_BAR, places=2)                  # 2.45 bar
    # lesson 2: example 2 (20 mm and 160 mm), Yerlan's 8, the design's estimates
    r = h.lift(20, 160, h.CAR_MASS)
    ledger.pin(r["gain"])                                                      # 64
    ledger.pin(r["F1"], places=1)                                              # 229.7 N
    ledger.pin(r["S2"], places=4)                                              # 0.0201 m²
    ledger.pin(r["p"] / 1000, places=0)                                        # 731 kPa
    ledger.pin(r["p_bar"], places=2)                                           # 7.31 bar
    ledger.pin(r["travel"])                                                    # 6.4 m
    ledger.pin(r["strokes"])                                                   # 32
    ledger.pin(r["F1"] * r["travel"], places=0)                                # 1470 J
    assert r["F1"] * r["travel"] == pytest.approx(W * h.LIFT_HEIGHT)           # the golden rule
    ledger.pin(160 / 20)                                                       # 8, the diameters' ratio
    ledger.pin(W / (h.MAX_PRESSURE_BAR * h.PA_PER_BAR))                        # 0.0147 m²
    ledger.pin(math.sqrt(4 * W / (h.MAX_PRESSURE_BAR * h.PA_PER_BAR) / math.pi) * 1000, places=0)   # 137 mm
    ledger.pin(W / h.MAX_FORCE, places=1)                                      # 58.8
    ledger.pin(h.MAX_STROKES * h.STROKE)                                       # 8 m
    ledger.pin(h.MAX_STROKES * h.STROKE / h.LIFT_HEIGHT)                       # 80
    # the assignment: its hidden checks, the function's example, the written answer
    ledger.pin(h.pressure(W, 200 / 10_000) / 1000)                             # 735 kPa
    ledger.pin(h.small_force(h.CAR_MASS, math.sqrt(4), math.sqrt(200)))        # 294 N
    ledger.pin(h.force_gain(2, 16))                                            # 64
    ledger.pin(h.small_travel(0.1, 2, 16))                                     # 6.4 m
    ledger.pin(0.1 * math.sqrt(h.force_gain(2, 16)))                           # 0.8 m, the diameters' mistake
    ledger.pin(h.strokes_needed(0.1, 20, 150, 0.2))                            # 29
    ledger.assert_complete()


def test_the_design_task_states_the_numbers_the_texts_give():
    limits = {r.key: (r.op, r.limit) for r in h.DESIGN_SPEC.requirements}
    assert limits == {"F1": ("<=", 250.0), "p_bar": ("<=", 10.0), "strokes": ("<=", 40)}
    # the three limits leave room: a gain between 58.8 and 80 with D at least 137 mm
    assert h.weight(h.CAR_MASS) / h.MAX_FORCE < h.MAX_STROKES * h.STROKE / h.LIFT_HEIGHT


@pytest.mark.parametrize(("design", "meets"), [
    ({"d": 20.0, "D": 160.0}, True), ({"d": 18.0, "D": 150.0}, True), ({"d": 25.0, "D": 200.0}, True),
    ({"d": 19, "D": 150}, True),
    ({"d": 25.0, "D": 150.0}, False), ({"d": 15.0, "D": 150.0}, False), ({"d": 15.0, "D": 125.0}, False),
    ({"d": 16.0, "D": 120.0}, False),
])
def test_the_design_task_accepts_the_designs_that_meet_it_and_no_other(design, meets):
    assert check_design(design, h.DESIGN_SPEC, model=h.design_result).correct is meets


def test_each_wrong_design_of_the_sample_class_misses_one_requirement():
    misses = {}
    for d, D in ((25, 150), (15, 150), (15, 125)):
        r = h.design_result({"d": d, "D": D})
        misses[(d, D)] = [key for key, over in (("F1", r["F1"] > 250), ("p_bar", r["p_bar"] > 10),
                                                 ("strokes", r["strokes"] > 40)) if over]
    assert misses == {(25, 150): ["F1"], (15, 150): ["strokes"], (15, 125): ["p_bar"]}


def test_a_design_the_model_cannot_evaluate_is_refused_with_a_reason():
    result = check_design({"d": 0, "D": 160.0}, h.DESIGN_SPEC, model=h.design_result)
    assert not result.correct and result.code == "invalid-input" and "d must be" in result.message


def test_pascals_law_the_same_pressure_under_both_pistons():
    for d, D, mass in ((20, 160, 1500), (30, 120, 800), (12, 250, 3000)):
        r = h.lift(d, D, mass)
        assert r["F1"] / r["S1"] == pytest.approx(r["W"] / r["S2"]) == pytest.approx(r["p"])
        assert r["W"] / r["F1"] == pytest.approx(r["gain"]) == pytest.approx(r["S2"] / r["S1"])
        assert h.lifted_force(r["F1"], r["S1"], r["S2"]) == pytest.approx(r["W"])
        # the oil's volume: what the small piston pushes out lifts the large one
        assert r["S1"] * r["travel"] == pytest.approx(r["S2"] * h.LIFT_HEIGHT)


def test_twice_the_diameter_is_four_times_the_area_and_the_force():
    assert h.piston_area(40) / h.piston_area(20) == pytest.approx(4)
    assert h.small_force(1500, 20, 80) / h.small_force(1500, 40, 80) == pytest.approx(1 / 4)


def test_the_strokes_are_rounded_up_and_a_whole_travel_is_not_one_more():
    assert h.strokes_needed(0.1, 20, 150, 0.2) == 29          # 28.125 strokes: the part is a stroke
    assert h.strokes_needed(0.1, 20, 160, 0.2) == 32          # 0.1 * 64 / 0.2 is 32 in floats too
    assert h.strokes_needed(0.1, 25, 150, 0.2) == 18
    assert h.strokes_needed(0, 20, 150, 0.2) == 0


def test_the_pump_lifts_the_car_step_by_step():
    steps = [h.lift(20, 160, 1500, pump) for pump in range(0, 101, 25)]
    assert [s["rise"] for s in steps] == pytest.approx([0, 0.025, 0.05, 0.075, 0.1])
    assert [s["done"] for s in steps] == [0, 8, 16, 24, 32]
    assert all(s["p"] == steps[0]["p"] for s in steps), "the pressure holds the car at every height"


@pytest.mark.parametrize(("call", "message"), [
    (lambda: h.pressure(-5, 0.1), "force"), (lambda: h.pressure(5, 0), "area"),
    (lambda: h.piston_area(0), "diameter"), (lambda: h.force_gain(0, 16), "d_small"),
    (lambda: h.force_gain(2, float("nan")), "d_large"), (lambda: h.weight("heavy"), "mass"),
    (lambda: h.small_travel(-0.1, 2, 16), "height"), (lambda: h.strokes_needed(0.1, 2, 16, 0), "stroke"),
    (lambda: h.lift(20, 160, 1500, 120), "pump"), (lambda: h.lift(True, 160), "d"),
])
def test_bad_input_to_the_model_is_refused_with_the_name_of_what_is_wrong(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_the_lab_moves_without_drawing_the_whole_figure_again():
    lab = h.make_lab()
    lab.build()
    full = lab.view.full_draws
    for pump in range(0, 101, 10):
        lab.set(pump=pump)
    lab.set(d=20, D=160, mass=1500)
    assert lab.view.full_draws == full, "every control moves dynamic artists only: the axes stay"
    assert "7.31 bar" in lab.readout.value and "230 N" in lab.readout.value and "32 / 32" in lab.readout.value


def test_the_drawing_shows_the_pistons_to_scale_and_the_car_rising():
    lab = h.make_lab()
    lab.build()
    lab.set(d=20, D=160, pump=0)
    view = lab.view
    assert view.large_piston.get_width() / view.small_piston.get_width() == pytest.approx(8)
    low = view.platform.get_y()
    lab.set(pump=100)
    assert view.platform.get_y() - low == pytest.approx(0.1 * 1000 * 1.2)
    tail, head = view.push._posA_posB
    assert head[1] < tail[1], "the pump pushes the small piston down"
    tail, head = view.lifted._posA_posB
    assert head[1] > tail[1], "the oil pushes the large piston up"


def test_the_design_line_leaves_the_animation_out():
    lab = h.make_lab("lift")
    lab.build()
    lab.set(d=20, D=160, pump=30)
    assert lab.design_code() == "design = {'d': 20.0, 'D': 160.0}"
    assert lab.check().correct


def _texts(path, lang):
    nb = nbformat.read(path, as_version=4)
    return "\n".join(c.source for c in nb.cells if f"lang-{lang}" in c.metadata.get("tags", []))


def test_what_the_texts_say_near_the_formulas_holds():
    """The pressure is the same under both pistons, the force is not; the gain goes with the diameter squared; the
    lift gives no gain in work. The texts say so, and the model agrees."""
    english = "\n".join(_texts(p, "en") for p in NOTEBOOKS)
    assert "the pressure under both pistons is the same" in english
    assert "twice the diameter is four times the area" in english
    assert "no gain in work" in english
    assert "not the force but the **pressure**" in english
    written = next(c.source for c in nbformat.read(NOTEBOOKS[2], as_version=4).cells
                   if c.metadata.get("nbgrader", {}).get("grade_id") == "pascal-explain")
    assert "it gives no free energy" in written
    r = h.lift(20, 160, 1500)
    assert r["F1"] * r["travel"] == pytest.approx(r["W"] * 0.1)
    # 1 bar = 100 kPa = 100 000 Pa, as the lesson says
    from curriculum.units import ureg
    assert ureg("1 bar").to("Pa").magnitude == pytest.approx(100_000)


def test_the_key_terms_are_in_the_glossary():
    from curriculum.glossary import load_glossary

    glossary = load_glossary()
    assert glossary["pressure"].kk == "қысым" and glossary["pascals-law"].ru == "закон Паскаля"
    assert glossary["gain-in-force"].kk == "күштен ұтыс"


def test_the_hand_force_is_the_small_pistons_because_the_pump_has_no_lever():
    """Review r-phys7 H-S1: the model puts the hand's 250 N on the small piston; that holds only for a pump whose
    handle pushes the piston straight (a lever handle, as on a floor jack, would multiply it), and both hooks say so."""
    for notebook, words in ((NOTEBOOKS[0], {"en": "this pump has no lever", "ru": "рычага у этого насоса нет",
                                            "kk": "бұл сорғыда иінтірек жоқ"}),
                            (NOTEBOOKS[1], {"en": "which pushes straight on the small\npiston",
                                            "ru": "она давит на малый поршень напрямую",
                                            "kk": "ол кіші поршеньді тура басады"})):
        for lang, said in words.items():
            assert said in _texts(notebook, lang), (notebook.name, lang)
    F1 = h.lift(20, 160)["F1"]
    assert F1 == pytest.approx(h.small_force(h.CAR_MASS, 20, 160)) and F1 < h.MAX_FORCE


def test_the_gain_takes_a_dimensionless_quantity_and_refuses_one_with_a_unit():
    """Review r-phys7 H-M1: (16 cm / 2 cm)**2 is the plain number 64 (the standard accepts a dimensionless pint
    quantity where a plain number is asked); the public check refuses only a quantity with a dimension."""
    from curriculum.check import compare
    from curriculum.units import ureg

    cell = next(c.source for c in nbformat.read(NOTEBOOKS[2], as_version=4).cells
                if c.metadata.get("nbgrader", {}).get("grade_id") == "gain-from-diameters-test")
    public = cell.splitlines()[0]
    assert public.startswith('assert getattr(gain, "dimensionless", True)')
    for gain, passes in ((((16 * ureg.centimeter) / (2 * ureg.centimeter)) ** 2, True),
                         ((16 * ureg.centimeter / (20 * ureg.millimeter)) ** 2, True), (64, True),
                         (64 * ureg.newton, False)):
        assert bool(getattr(gain, "dimensionless", True)) is passes
        if passes:
            assert compare(gain, 64, mode="numeric", rtol=0.005).correct
