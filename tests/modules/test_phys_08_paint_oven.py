"""phys-08-paint-oven: every number it shows is a given of its tasks or comes from the lab's model, the lab's model
and picture are right (the quantity of heat, °C against K, the heater's energy, the fuel's heat, efficiency, the
heat balance, the heating time and the cost, the design task), pint's temperatures are handled as the tasks say, and
the statements near its formulas hold. (The forms of every item: tests/test_forms.py; the lessons in a browser:
tests/test_browser.py.)"""

from __future__ import annotations

import nbformat
import pytest

from curriculum.check import check_design, compare
from curriculum.labs import paint_oven as o
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger
from curriculum.units import ureg

MODULE = "phys-08-paint-oven"
FOLDER = REPO_ROOT / "physics" / MODULE
NOTEBOOKS = [FOLDER / "lesson-1.ipynb", FOLDER / "lesson-2.ipynb", REPO_ROOT / "source" / MODULE / "paint_oven.ipynb"]


def fill(ledger: NumberLedger) -> None:
    """Account for every number the module shows."""
    c, m = o.C_STEEL, o.BODY_MASS
    # the data the texts state: the lessons' body and oven, the table's capacities, the gas, the tariff, the
    # insulations and their efficiencies, the design's limits, the assignment's body, ovens and burner
    ledger.given(c, o.C_ALUMINIUM, 4200, m, o.START, o.CURE, o.Q_GAS / 1e6, 4.4, 10, o.TARIFF,
                 *(float(k) for k in o.INSULATION), *(e * 100 for e in o.INSULATION.values()), 0.4,
                 o.MAX_TIME / 60, o.MAX_TIME, o.MAX_ENERGY_KWH, o.MAX_POWER_KW, 60, 120, 250, 400, 15, 175, 80, 0.5,
                 o.Q_GAS, 140, 180, 1.5, 100,
                 note="the bodies, the ovens, the tables' values, the tariff, the insulation, the limits, the tasks")
    ledger.given(1, 2, 3, 4, 5, 6, 7, 9, 45, 1000, 3600, 1e6, 273,
                 note="small counts, the answer-form examples, 1 kWh = 1000 W · 3600 s, MJ, T = t + 273, 45 minutes")
    Q = o.heat(c, m, o.START, o.CURE)
    # lesson 1: the estimate, example 1, the kettle, the kelvins
    ledger.pin(c * 400 * 100)                                                   # 20 000 000 J, the estimate
    ledger.pin(c * 400 * 100 / 1e6)                                             # 20 MJ
    ledger.pin(o.CURE - o.START)                                                # 140 K
    ledger.pin(Q)                                                               # 25 200 000 J
    ledger.pin(Q / 1e6)                                                         # 25.2 MJ
    ledger.pin(o.J_PER_KWH / 1e6)                                               # 3.6 MJ
    ledger.pin(Q / o.J_PER_KWH)                                                 # 7 kWh
    kettle = o.heat(4200, 1.5, 20, 100)
    ledger.pin(100 - 20)                                                        # 80 K
    ledger.pin(kettle)                                                          # 504 000 J
    ledger.pin(Q / kettle)                                                      # 50 kettles
    ledger.pin(o.kelvin(o.CURE), places=0)                                      # 433 K
    ledger.pin(o.kelvin(o.START), places=0)                                     # 293 K
    ledger.pin(o.CURE + 273)                                                    # 433, T = t + 273
    ledger.pin(o.START + 273)                                                   # 293
    # lesson 2: example 2 (60 kW, 40 %), example 3 (gas), Dana's 120 kW, the design's estimate
    eta = o.INSULATION["100"]
    ledger.pin(eta * 60)                                                        # 24 kW
    ledger.pin(eta * 60_000)                                                    # 24 000 W
    ledger.pin(60_000)                                                          # 60 000 W
    t = o.heating_time(m, o.START, o.CURE, 60_000, eta)
    ledger.pin(t)                                                               # 1050 s
    ledger.pin(t / 60)                                                          # 17.5 min
    E = o.energy_per_car(m, o.START, o.CURE, eta)
    ledger.pin(60_000 * t)                                                      # 63 000 000 J
    ledger.pin(E / 1e6)                                                         # 63 MJ
    ledger.pin(E / o.J_PER_KWH)                                                 # 17.5 kWh
    ledger.pin((E - Q) / 1e6)                                                   # 37.8 MJ
    ledger.pin(o.cost_per_car(m, o.START, o.CURE, eta, o.TARIFF))               # 525 ₸
    ledger.pin(o.gas_mass(Q, eta), places=2)                                    # 1.43 kg
    ledger.pin(o.oven(120, "100")["t_heat"])                                    # 525 s
    ledger.pin(Q / o.J_PER_KWH / o.MAX_ENERGY_KWH)                              # 0.35
    ledger.pin(Q / o.MAX_TIME)                                                  # 28 000 W
    ledger.pin(Q / o.MAX_TIME / eta / 1000)                                     # 70 kW
    ledger.pin(Q / o.MAX_TIME / o.INSULATION["150"] / 1000)                     # 56 kW
    # the assignment: its answers, hidden checks and their mistakes, the function's example, the written answer
    Q2 = o.heat(c, 400, 15, 175)
    ledger.pin(175 - 15)                                                        # 160 K
    ledger.pin(o.kelvin(175))                                                   # 448.15 K, absolute
    ledger.pin(o.kelvin(160))                                                   # 433.15 K, 160 °C in pint
    ledger.pin(Q2)                                                              # 32 000 000 J
    ledger.pin(Q2 / 1e6)                                                        # 32 MJ
    ledger.pin(o.heat(c, 400, 0, 175) / 1e6)                                    # 35 MJ, from 0 °C
    ledger.pin(80_000)                                                          # 80 kW in W
    ledger.pin(o.heating_time(400, 15, 175, 80_000, 0.4))                       # 1000 s
    ledger.pin(o.gas_mass(Q2, 0.5, 44e6))                                       # 1.4545 kg
    ledger.pin(o.J_PER_KWH)                                                     # 3 600 000 J
    ledger.pin(o.cost_per_car(360, 20, 160, 0.4, 30))                           # 525.0
    ledger.pin(75)                                                              # the design's power
    ledger.pin(o.heating_time(400, 15, 175, 40_000, 0.4))                       # 2000 s at 40 kW
    ledger.pin(40_000)                                                          # 40 kW in W
    ledger.pin(0.4 * 80_000)                                                    # 32 000 W
    ledger.pin(o.energy_per_car(400, 15, 175, 0.4) / o.J_PER_KWH, places=1)     # 22.2 kWh
    # the typical mistakes the checks name: the temperatures added, and task 6's example answered with the
    # efficiency multiplying, the joules times the tariff, the final temperature alone
    ledger.pin(175 + 15)                                                        # 190 K
    ledger.pin(o.heat(c, 360, 20, 160) * 0.4 / o.J_PER_KWH * 30, places=6)      # 84 ₸
    ledger.pin(o.energy_per_car(360, 20, 160, 0.4) * 30)                        # 1.89e9: J times ₸/kWh
    ledger.pin(o.cost_per_car(360, 0, 160, 0.4, 30), places=6)                  # 600 ₸: from 0 °C


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    fill(ledger)
    ledger.assert_complete()


def test_the_design_task_states_the_numbers_the_texts_give():
    limits = {r.key: (r.op, r.limit) for r in o.DESIGN_SPEC.requirements}
    assert limits == {"t_heat": ("<=", 900.0), "kwh": ("<=", 20.0), "power": ("<=", 100.0)}
    assert o.INSULATION == {"50": 0.30, "100": 0.40, "150": 0.50} and o.BODY_MASS == 360


@pytest.mark.parametrize(("design", "meets"), [
    ({"power": 75.0, "insulation": "100"}, True), ({"power": 100.0, "insulation": "100"}, True),
    ({"power": 60.0, "insulation": "150"}, True), ({"power": 80, "insulation": "150"}, True),
    ({"power": 70, "insulation": 100}, True), ({"power": 60, "insulation": 150.0}, True),
    ({"power": 100.0, "insulation": "50"}, False), ({"power": 60.0, "insulation": "100"}, False),
    ({"power": 110.0, "insulation": "150"}, False), ({"power": 55, "insulation": "150"}, False),
    ({"power": 120, "insulation": "50"}, False),
])
def test_the_design_task_accepts_the_designs_that_meet_it_and_no_other(design, meets):
    assert check_design(design, o.DESIGN_SPEC, model=o.design_result).correct is meets


def test_each_wrong_design_of_the_sample_class_misses_one_requirement():
    misses = {}
    for power, insulation in ((100, "50"), (60, "100"), (110, "150")):
        r = o.design_result({"power": power, "insulation": insulation})
        misses[(power, insulation)] = [key for key, over in (("t_heat", r["t_heat"] > 900), ("kwh", r["kwh"] > 20),
                                                             ("power", r["power"] > 100)) if over]
    assert misses == {(100, "50"): ["kwh"], (60, "100"): ["t_heat"], (110, "150"): ["power"]}


def test_the_estimate_of_lesson_2_names_the_designs_that_pass():
    """η ≥ 7/20 = 0.35 rules out 50 mm; ηP ≥ 28 kW asks 70 kW at 40 % and 56 kW at 50 %: on the slider's 5 kW
    steps the smallest passing powers are 70 and 60 kW."""
    for insulation, smallest in (("100", 70), ("150", 60)):
        passing = [p for p in range(20, 125, 5)
                   if check_design({"power": p, "insulation": insulation}, o.DESIGN_SPEC, model=o.design_result).correct]
        assert min(passing) == smallest
    assert not any(check_design({"power": p, "insulation": "50"}, o.DESIGN_SPEC, model=o.design_result).correct
                   for p in range(20, 125, 5))


def test_a_design_the_model_cannot_evaluate_is_refused_with_a_reason():
    result = check_design({"power": 80, "insulation": "75"}, o.DESIGN_SPEC, model=o.design_result)
    assert not result.correct and result.code == "invalid-input" and "insulation must be one of" in result.message


def test_the_quantity_of_heat_and_the_celsius_kelvin_difference():
    assert o.heat(500, 360, 20, 160) == pytest.approx(25.2e6)
    assert o.heat(500, 360, o.kelvin(20), o.kelvin(160)) == pytest.approx(o.heat(500, 360, 20, 160)), \
        "a difference of 1 °C is a difference of 1 K"
    assert o.heat(500, 360, 160, 20) == pytest.approx(-25.2e6), "a body that cools gives heat off"
    assert o.heat(920, 360, 20, 160) > o.heat(500, 360, 20, 160), "aluminium needs more heat per kilogram"
    assert o.heat(500, 720, 20, 160) == pytest.approx(2 * o.heat(500, 360, 20, 160))
    assert o.kelvin(-273.15) == 0


def test_the_heat_balance_the_time_and_the_cost():
    r = o.oven(60, "100", time=100)
    assert r["E"] == pytest.approx(r["Q"] + r["losses"]), "the energy spent = the useful heat + the losses"
    assert r["Q"] / r["E"] == pytest.approx(0.4) == o.efficiency(r["Q"], r["E"])
    assert r["t_heat"] == pytest.approx(1050) and r["kwh"] == pytest.approx(17.5) and r["cost"] == pytest.approx(525)
    fast = o.oven(120, "100")
    assert fast["t_heat"] == pytest.approx(r["t_heat"] / 2) and fast["E"] == pytest.approx(r["E"]), \
        "twice the power, half the time, the same energy per body"
    assert o.heater_energy(60_000, 1050) == pytest.approx(63e6) and o.fuel_heat(44e6, 1) == 44e6
    assert o.gas_mass(25.2e6, 0.4) == pytest.approx(63 / 44)
    assert o.gas_mass(o.heat(500, 400, 15, 175), 0.5) == pytest.approx(64 / 44)


def test_the_temperature_rises_evenly_and_stops_at_the_curing_temperature():
    temps = [o.oven(60, "100", time=t)["temp"] for t in range(0, 25)]
    steps = [b - a for a, b in zip(temps, temps[1:])]
    assert temps[0] == 20 and max(temps) == pytest.approx(160) and all(s >= -1e-9 for s in steps)
    assert steps[0] == pytest.approx(0.4 * 60_000 * 60 / (500 * 360)), "ηP t / (c m) each minute"
    done = o.oven(60, "100", time=30)
    assert done["done"] and done["temp"] == pytest.approx(160)
    assert done["useful_now"] + done["lost_now"] == pytest.approx(done["spent_now"]) == pytest.approx(done["E"])


@pytest.mark.parametrize(("call", "message"), [
    (lambda: o.heat(0, 360, 20, 160), "c"), (lambda: o.heat(500, -1, 20, 160), "mass"),
    (lambda: o.heat(500, 360, -300, 160), "t_start"), (lambda: o.heat(500, 360, 20, "hot"), "t_end"),
    (lambda: o.heating_time(360, 20, 160, 0, 0.4), "power"), (lambda: o.heating_time(360, 20, 160, 60_000, 40), "share"),
    (lambda: o.heating_time(360, 160, 20, 60_000, 0.4), "t_end must not be below"),
    (lambda: o.energy_per_car(360, 20, 160, 0), "eta must be a positive number"), (lambda: o.efficiency(5, 4), "cannot exceed"),
    (lambda: o.cost_per_car(360, 20, 160, 0.4, float("nan")), "tariff"), (lambda: o.gas_mass(1, 0.4, q=0), "q"),
    (lambda: o.oven(insulation="75"), "insulation"), (lambda: o.oven(material="wood"), "material"),
    (lambda: o.oven(time=-1), "time"), (lambda: o.heater_energy(True, 1), "power"),
])
def test_bad_input_to_the_model_is_refused_with_the_name_of_what_is_wrong(call, message):
    with pytest.raises(ValueError, match=message):
        call()


@pytest.mark.parametrize(("lang", "call", "says"), [
    ("kk", lambda: o.heating_time(360, 20, 160, 60_000, 40), "eta — үлес, 0-ден 1-ге дейінгі сан"),
    ("ru", lambda: o.heating_time(360, 20, 160, 60_000, 40), "eta — доля, число от 0 до 1"),
    ("kk", lambda: o.energy_per_car(360, 160, 20, 0.4), "пеш қыздырады"),
    ("ru", lambda: o.energy_per_car(360, 160, 20, 0.4), "t_end не может быть ниже t_start"),
    ("ru", lambda: o.efficiency(5, 4), "энергия не берётся из ничего"),
    ("kk", lambda: o.heat(500, "360", 20, 160), "mass"),
    ("ru", lambda: o.oven(insulation="75"), "'50'; '100'; '150'"),
])
def test_a_kazakh_or_russian_student_reads_why_in_the_course_language(lang, call, says):
    """The values students pass go through curriculum.labs.inputs (the catalogue's messages) and the oven's own
    checks speak the course language too: no English sentence for a kk or ru class."""
    import curriculum

    curriculum.setup(lang)
    try:
        with pytest.raises(ValueError) as refused:
            call()
        assert says in str(refused.value)
        assert not any(word in str(refused.value) for word in ("must", "cannot", "got", "oven heats"))
    finally:
        curriculum.setup("en")


def test_pint_temperatures_as_the_tasks_say():
    """A difference is in kelvins or delta_degC; `160 * ureg.degC` is the temperature 160 °C, and pint turns it into
    433.15 K in a product: the task says so, and the check names the mistake. Energies in J, kJ, MJ and kWh are one
    answer."""
    Q_ = ureg.Quantity
    assert (Q_(175, "degC") - Q_(15, "degC")).to("K").magnitude == pytest.approx(160)
    assert (160 * ureg.delta_degC).to("K").magnitude == pytest.approx(160)
    assert (160 * ureg.degC).to("K").magnitude == pytest.approx(433.15)
    wrong = (500 * ureg("J/(kg*K)") * 400 * ureg.kilogram * (160 * ureg.degC)).to("MJ").magnitude
    assert wrong == pytest.approx(500 * 400 * 433.15 / 1e6), "an offset temperature in a product is absolute"
    for answer in (32e6 * ureg.joule, 32_000 * ureg.kilojoule, 32 * ureg.megajoule, 32 / 3.6 * ureg.kilowatt_hour):
        assert compare(answer, "32 MJ", mode="units", rtol=0.01).correct
    assert not compare(32 * ureg.kilojoule, "32 MJ", mode="units", rtol=0.01).correct


def test_the_lab_moves_without_drawing_the_whole_figure_again():
    lab = o.make_lab()
    lab.build()
    lab.set(time=0)
    full = lab.view.full_draws
    for minute in range(0, 41, 4):
        lab.set(time=minute)
    for power in (65, 80, 120, 40):
        lab.set(power=power)
    assert lab.view.full_draws == full, "the clock and the power (the energy per body stays) move dynamic artists only"
    assert "160 °C" in lab.readout.value and "25.2 MJ" in lab.readout.value


def test_the_drawing_shows_the_body_warming_and_the_heat_balance():
    lab = o.make_lab()
    lab.build()
    lab.set(time=0)
    view = lab.view
    cold = view.body.get_facecolor()
    lab.set(time=10)
    warm = view.body.get_facecolor()
    assert warm[0] > cold[0] and warm[2] < cold[2], "the body turns from blue to red as it warms"
    assert view.mercury.get_height() > 0 and "100 °C" in lab.readout.value   # 20 + 0.4·60 kW·600 s / (500·360)
    useful, lost = view.useful_bar.get_height(), view.lost_bar.get_height()
    assert useful == pytest.approx(0.4 * 60 * 600 / 1000) and lost == pytest.approx(1.5 * useful)
    lab.set(insulation="150")
    assert view.walls[0].get_width() > 12 and view.in_arrow.get_visible()


def test_the_design_line_leaves_the_animation_out():
    lab = o.make_lab("oven")
    lab.build()
    lab.set(power=75, insulation="100", time=10)
    assert lab.design_code() == "design = {'power': 75.0, 'insulation': '100'}"
    assert lab.check().correct


def _texts(path, lang):
    nb = nbformat.read(path, as_version=4)
    return "\n".join(cell.source for cell in nb.cells if f"lang-{lang}" in cell.metadata.get("tags", []))


def test_what_the_texts_say_near_the_formulas_holds():
    """1 °C = 1 K as a difference, the energy per body does not depend on the power, the model's simplifications
    are said; the model agrees (the tests above)."""
    english = " ".join(" ".join(_texts(p, "en") for p in NOTEBOOKS).split())
    assert "a difference of 1 °C is a difference of 1 K" in english
    assert "twice the power, half the time" in english
    assert "The energy per body depends on the oven's efficiency, not on the power" in english
    assert "the oven's efficiency is one number" in english and "we take it as constant" in english
    written = next(cell.source for cell in nbformat.read(NOTEBOOKS[2], as_version=4).cells
                   if cell.metadata.get("nbgrader", {}).get("grade_id") == "power-explain")
    assert "Dana is wrong" in " ".join(written.split())
    assert o.energy_per_car(400, 15, 175, 0.4) == pytest.approx(80e6)
    assert ureg("1 kWh").to("MJ").magnitude == pytest.approx(3.6)


def test_the_key_terms_are_in_the_glossary():
    from curriculum.glossary import load_glossary

    glossary = load_glossary()
    assert glossary["specific-heat-capacity"].ru == "удельная теплоёмкость"
    assert glossary["quantity-of-heat"].kk == "жылу мөлшері" and glossary["heat-balance"].en == "heat balance"
