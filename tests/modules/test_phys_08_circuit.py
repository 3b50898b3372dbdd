"""phys-08-circuit: its notebooks are what build.py writes, every number it shows is a given of its tasks or comes
from the lab's model, the lab's model and picture are right (Ohm's law, series and parallel, the power and the heat
of a current, the fuse and the wire, the design task), and the statements near its formulas hold. (The forms of
every item: tests/test_forms.py; the lessons in a browser: tests/test_browser.py.)"""

from __future__ import annotations


import nbformat
import pytest

from curriculum.check import check_design
from curriculum.labs import circuit as c
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger

MODULE = "phys-08-circuit"
FOLDER = REPO_ROOT / "physics" / MODULE
NOTEBOOKS = [FOLDER / "lesson-1.ipynb", FOLDER / "lesson-2.ipynb", REPO_ROOT / "source" / MODULE / "circuit.ipynb"]


def fill(ledger: NumberLedger) -> None:
    """Account for every number the module shows."""
    U = c.VOLTAGE
    # the data the texts state: the network, the loads' powers, the window's grid, copper, the fuses and wires of
    # the plant's tables, the plant's rules, the design task, the assignment's loads and resistances
    ledger.given(U, *c.LOADS.values(), 55, 0.96, c.RHO_COPPER, *c.FUSES, *c.WIRES, *c.WIRES.values(), c.FUSE_RULE,
                 c.DESIGN_LENGTH, 3, c.OVERLOAD * 100, 200, 15, 2.9, 0.1, 48, 60, 25,
                 note="the network, the loads, copper, the fuse and wire tables, the rules, the tasks' data")
    ledger.given(1, 2, 45, 3600, 0.25, note="small counts, 1 W·h = 3600 J, a quarter of an hour, 45 minutes")
    # lesson 1: example 1 (the window's 12.5 A, a lamp's 2.62 Ω and 4.58 A), example 2 (two lamps)
    lamp = c.load_resistance(55)
    ledger.pin(c.current(U, 0.96))                                            # 12.5 A
    ledger.pin(lamp, places=2)                                                # 2.62 Ω
    ledger.pin(c.current(U, lamp), places=2)                                  # 4.58 A
    ledger.pin(c.parallel_resistance(lamp, lamp), places=2)                   # 1.31 Ω
    ledger.pin(c.current(U, c.parallel_resistance(lamp, lamp)), places=2)     # 9.17 A
    ledger.pin(U / round(c.parallel_resistance(lamp, lamp), 2), places=1)     # 12/1.31 = 9.16 ≈ 9.2 A, as example 2 writes it
    ledger.pin(c.series_resistance(lamp, lamp), places=2)                     # 5.24 Ω
    ledger.pin(c.current(U, c.series_resistance(lamp, lamp)), places=2)       # 2.29 A
    ledger.pin(c.current(U, c.series_resistance(lamp, lamp)) * lamp)          # 6 V
    # lesson 2: example 3 (the window's 15 minutes), the fuses and wires, example 4 (the fan), the neighbour's fuse
    ledger.pin(15 * 60)                                                       # 900 s
    ledger.pin(c.joule_heat(c.load_current(150), c.load_resistance(150), 900))    # 135 000 J
    ledger.pin(150 * 900 / 1000)                                              # 135 kJ
    ledger.pin(150 * 0.25)                                                    # 37.5 W·h
    ledger.pin(c.load_current(120))                                           # 10 A
    ledger.pin(c.load_current(120) / c.FUSE_RULE)                             # 12.5 A
    ledger.pin(c.smallest_fuse(c.load_current(120)))                          # 15 A
    ledger.pin(c.FUSE_RULE * 100)                                             # 80 %
    ledger.pin((25 / 10) ** 2)                                                # 6.25 times the heat
    # the design's estimate
    I = c.load_current(110)
    ledger.pin(c.MAX_DROP)                                                    # 0.36 V
    ledger.pin(I / c.FUSE_RULE, places=1)                                     # 11.5 A
    ledger.pin(c.MAX_DROP / I, places=4)                                      # 0.0393 Ω
    ledger.pin(c.RHO_COPPER * c.DESIGN_LENGTH / round(c.MAX_DROP / I, 4), places=2)   # 2.16 mm²
    # the assignment: its hidden checks and their mistakes, the function's example, the written answer
    assert c.load_resistance(48) == pytest.approx(3), "task 1's seat heater is task 4's 48 W"
    ledger.pin(c.current(U, 3))                                               # 4 A
    ledger.pin(U * 3)                                                         # 36 A, U times R
    ledger.pin(3 / U)                                                         # 0.25 A, upside down
    ledger.pin(c.current(U, 2.9 + 0.1) * 2.9)                                 # 11.6 V
    ledger.pin(c.current(U, 2.9 + 0.1) * 0.1)                                 # 0.4 V, the wire's
    ledger.pin(c.load_current(2 * 55 + 2 * 48 + 60))                          # 22.17 A
    ledger.pin(2 * 48)                                                        # 96 W
    ledger.pin(U ** 2)                                                        # 144, U² in R = U²/P
    ledger.pin(10 * 60)                                                       # 600 s
    ledger.pin(c.joule_heat(c.current(U, 3), 3, 600))                         # 28 800 J
    ledger.pin(c.smallest_fuse(3))                                            # 4 A
    ledger.pin(3 / c.smallest_fuse(3) * 100)                                  # 75 %
    ledger.pin(c.current(U, c.series_resistance(lamp, lamp)) ** 2 * lamp, places=2)   # 13.75 W


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    fill(ledger)
    ledger.assert_complete()


def test_the_design_task_states_the_numbers_the_texts_give():
    limits = {r.key: (r.op, r.limit) for r in c.DESIGN_SPEC.requirements}
    assert limits == {"load": ("<=", 80.0), "wire_share": ("<=", 100), "drop": ("<=", pytest.approx(0.36))}
    assert c.DESIGN_LENGTH == 5.0 and c.LOADS["headlights"] == 2 * 55


@pytest.mark.parametrize(("design", "meets"), [
    ({"fuse": 15.0, "wire": 2.5}, True), ({"fuse": 20.0, "wire": 2.5}, True), ({"fuse": 15.0, "wire": 4.0}, True),
    ({"fuse": 30, "wire": 4}, True),
    ({"fuse": 10.0, "wire": 2.5}, False), ({"fuse": 25.0, "wire": 2.5}, False), ({"fuse": 15.0, "wire": 1.5}, False),
    ({"fuse": 35.0, "wire": 4.0}, False), ({"fuse": 15.0, "wire": 1.0}, False),
])
def test_the_design_task_accepts_the_designs_that_meet_it_and_no_other(design, meets):
    assert check_design(design, c.DESIGN_SPEC, model=c.design_result).correct is meets


def test_each_wrong_design_of_the_sample_class_misses_one_requirement():
    misses = {}
    for fuse, wire in ((10, 2.5), (25, 2.5), (15, 1.5)):
        r = c.design_result({"fuse": fuse, "wire": wire})
        misses[(fuse, wire)] = [key for key, over in (("load", r["load"] > 80), ("wire_share", r["wire_share"] > 100),
                                                      ("drop", r["drop"] > 0.36)) if over]
    assert misses == {(10, 2.5): ["load"], (25, 2.5): ["wire_share"], (15, 1.5): ["drop"]}


def test_the_estimate_of_lesson_2_is_on_the_safe_side_of_the_exact_circuit():
    """The lesson estimates with the lamps' current at 12 V; the wire's resistance makes the real current smaller,
    so the estimate never passes a design the exact model fails."""
    for wire in c.WIRES:
        exact = c.headlights_circuit(15, wire)
        estimate = c.load_current(110) * c.wire_resistance(c.DESIGN_LENGTH, wire)
        assert exact["drop"] < estimate and exact["total"] < c.load_current(110)
    # the smallest wire that passes is the one the estimate names (2.16 mm² -> 2.5 mm²)
    passing = [w for w in c.WIRES if c.headlights_circuit(15, w)["drop"] <= c.MAX_DROP]
    assert min(passing) == 2.5


def test_a_design_the_model_cannot_evaluate_is_refused_with_a_reason():
    result = check_design({"fuse": 12, "wire": 2.5}, c.DESIGN_SPEC, model=c.design_result)
    assert not result.correct and result.code == "invalid-input" and "fuse must be one of" in result.message


def test_ohms_law_series_and_parallel():
    assert c.current(12, 0.96) == pytest.approx(12.5)
    assert c.parallel_resistance(2.62, 2.62) == pytest.approx(1.31)
    assert c.parallel_resistance(3, 6) == pytest.approx(2), "in parallel the total is below the smallest, 3 Ω"
    assert c.series_resistance(2.9, 0.1) == pytest.approx(3.0)
    on = c.circuit("on", "on", "on", "parallel", 40)
    assert on["total"] == pytest.approx(sum(on["I"].values())) == pytest.approx(380 / 12)
    assert all(u == pytest.approx(12) for u in on["U"].values()), "in parallel each load gets 12 V"
    chain = c.circuit("on", "on", "on", "series", 40)
    assert len({round(i, 12) for i in chain["I"].values()}) == 1, "in series the current is the same in each load"
    assert sum(chain["U"].values()) == pytest.approx(12), "in series the voltages add up to the source's"
    assert chain["total"] < on["total"] and chain["bright"]["headlights"] < 1


def test_more_loads_in_parallel_lower_the_resistance_and_raise_the_current():
    one = c.circuit("on", "off", "off")
    two = c.circuit("on", "on", "off")
    three = c.circuit("on", "on", "on")
    assert one["R_loads"] > two["R_loads"] > three["R_loads"]
    assert one["total"] < two["total"] < three["total"]


def test_the_power_and_the_heat_of_a_current():
    I, R = c.load_current(150), c.load_resistance(150)
    assert c.power(12, I) == pytest.approx(150) == pytest.approx(I ** 2 * R) == pytest.approx(12 ** 2 / R)
    assert c.joule_heat(I, R, 900) == pytest.approx(150 * 900)
    assert c.joule_heat(2 * I, R, 900) == pytest.approx(4 * c.joule_heat(I, R, 900)), "twice the current, four times the heat"


def test_the_fuse_rule_and_its_states():
    assert c.smallest_fuse(3) == 4 and c.smallest_fuse(10) == 15 and c.smallest_fuse(9.17) == 15
    assert c.smallest_fuse(8) == 10, "exactly 80 % of a rating is within the rule"
    assert c.smallest_fuse(32) == 40 and c.smallest_fuse(32.1) is None
    assert [c.fuse_state(i, 10) for i in (8, 9, 13, 14)] == ["ok", "warm", "overloaded", "blows"]
    blown = c.circuit("on", "on", "on", "parallel", 20)
    assert blown["blown"] and blown["total"] == 0 and blown["demand"] == pytest.approx(380 / 12)
    assert all(i == 0 for i in blown["I"].values())


@pytest.mark.parametrize(("call", "message"), [
    (lambda: c.current(12, 0), "resistance"), (lambda: c.current(-1, 2), "voltage"),
    (lambda: c.load_current("lots"), "power"), (lambda: c.parallel_resistance(), "at least one"),
    (lambda: c.parallel_resistance(2, 0), "resistance"), (lambda: c.wire_resistance(5, 0), "area"),
    (lambda: c.smallest_fuse(float("nan")), "current"), (lambda: c.joule_heat(5, 2.4, -1), "seconds"),
    (lambda: c.circuit("yes"), "headlights"), (lambda: c.circuit(connection="mixed"), "connection"),
    (lambda: c.circuit(fuse=12), "fuse"), (lambda: c.circuit(wire=2.0, length=5), "wire"),
    (lambda: c.fuse_state(5, 0), "rating"),
])
def test_bad_input_to_the_model_is_refused_with_the_name_of_what_is_wrong(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_the_lab_moves_without_drawing_the_whole_figure_again():
    lab = c.make_lab()
    lab.build()
    full = lab.view.full_draws
    for time in range(0, 61, 6):
        lab.set(time=time)
    lab.set(window="on", fan="on", fuse=40.0)
    lab.set(connection="series")
    lab.set(connection="parallel")
    assert lab.view.full_draws == full, "every control moves dynamic artists only: the axes stay"
    assert "31.7 A" in lab.readout.value and "80 %" in lab.readout.value


def test_the_drawing_shows_the_ammeter_the_fuse_and_the_charges():
    lab = c.make_lab()
    lab.build()
    lab.set(window="on", fan="on", fuse=40.0, time=0)
    view = lab.view
    x0 = list(view.charges.get_xdata())
    lab.set(time=5)
    assert list(view.charges.get_xdata()) != x0, "the charges move while the current flows"
    assert "158 C" in lab.readout.value, "the ammeter has counted q = I t = 31.7 A x 5 s"
    (cx, tip_x), (cy, tip_y) = view.needle.get_data()
    assert tip_x > cx, "31.7 A of 40 puts the needle right of the middle"
    lab.set(fuse=20.0)
    assert not list(view.charges.get_xdata()), "a blown fuse stops the current: no charges move"
    assert view.bars[3].get_height() == 0 and view.rating.get_ydata()[0] == 20


def test_the_design_line_leaves_the_animation_out():
    lab = c.make_lab("headlights")
    lab.build()
    lab.set(fuse=15.0, wire=2.5, time=30)
    assert lab.design_code() == "design = {'wire': 2.5, 'fuse': 15.0}"
    assert lab.check().correct


def _texts(path, lang):
    nb = nbformat.read(path, as_version=4)
    return "\n".join(cell.source for cell in nb.cells if f"lang-{lang}" in cell.metadata.get("tags", []))


def test_what_the_texts_say_near_the_formulas_holds():
    """Series: the same current, the voltages add; parallel: the same voltage, the currents add, the total below the
    smallest; the heat goes with the current squared; a bigger fuse does not protect the wire. The texts say so, and
    the model agrees (the tests above)."""
    english = " ".join(" ".join(_texts(p, "en") for p in NOTEBOOKS).split())
    assert "the current is the same in all" in english and "the voltages add" in english
    assert "the total resistance is less than even the smallest one" in english
    assert "twice the current, four times the heat" in english
    assert "A bigger fuse does not protect the wire" in english
    assert "We take each load's resistance at work" in english
    written = next(cell.source for cell in nbformat.read(NOTEBOOKS[2], as_version=4).cells
                   if cell.metadata.get("nbgrader", {}).get("grade_id") == "series-explain")
    assert "both go dark" in " ".join(written.split())
    # the neighbour's 30 A fuse lets 25 A through a 1.5 mm² wire allowed 16 A
    assert c.fuse_state(25, 30) == "warm" and 25 > c.WIRES[1.5], "the fuse holds, the wire overheats"
    from curriculum.units import ureg
    assert ureg("1 W*h").to("J").magnitude == pytest.approx(3600)


def test_the_key_terms_are_in_the_glossary():
    from curriculum.glossary import load_glossary

    glossary = load_glossary()
    assert glossary["electric-current"].kk == "ток күші" and glossary["ohms-law"].ru == "закон Ома"
    assert glossary["fuse"].kk == "сақтандырғыш" and glossary["joule-lenz-law"].en == "Joule-Lenz law"


# -- the review of 2026-12-03 (r-circuit): /work/reviews/phys-08-circuit.md ---------------------------------------

def _all(path, lang):
    return " ".join(_texts(path, lang).split())


def _graded(grade_id):
    return next(cell.source for cell in nbformat.read(NOTEBOOKS[2], as_version=4).cells
                if cell.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def test_the_arithmetic_written_with_rounded_numbers_holds_as_written():
    """N1, N2: 12/1,31 is 9,16 (≈ 9,2, not 9,17); 2,29·2,62 is 5,9998 (≈ 6); the quarter of the power is 55/4."""
    for lang, comma in (("kk", "{,}"), ("ru", "{,}"), ("en", ".")):
        text = _all(FOLDER / "lesson-1.ipynb", lang)
        assert f"\\frac{{12}}{{1{comma}31}} \\approx 9{comma}2\\" in text, lang
    assert round(12 / 1.31, 1) == 9.2 and round(12 / 1.31, 2) != 9.17
    written = " ".join(_graded("series-explain").split())
    assert "= 6$" not in written and "2{,}29^2" not in written and "2.29^2" not in written
    assert written.count("\\approx 6$") == 3 and written.count("55/4 = 13") == 3
    assert 55 / 4 == pytest.approx(c.current(12, c.series_resistance(c.load_resistance(55), c.load_resistance(55))) ** 2
                                   * c.load_resistance(55))


def test_the_fuse_times_are_those_of_a_cars_blade_fuse():
    """R1: a blade fuse (ISO 8820-3) opens at 135 % within half an hour at most and at 200 % within seconds; near its
    rating it may hold for hours, so the lab does not say that an overloaded fuse blows 'sooner or later'."""
    phrases = {"kk": ("135 %-да ең көбі жарты сағатта", "200 %-да бірнеше секундта"),
               "ru": ("при 135 % — не больше чем за полчаса", "при 200 % — за несколько секунд"),
               "en": ("at 135 % within half an hour at most", "at 200 % within a few seconds")}
    for lang, wanted in phrases.items():
        text = _all(FOLDER / "lesson-2.ipynb", lang)
        assert all(w in text for w in wanted), lang
        assert "минут" not in text.split("135 %")[1][:80] and "minutes" not in text.split("135 %")[1][:80]
    for lang in ("kk", "ru", "en"):
        said = c.LABELS["overloaded"][lang]
        assert not any(w in said for w in ("sooner or later", "рано или поздно", "ерте ме, кеш пе")), lang
    assert c.fuse_state(11, 10) == "overloaded" and c.fuse_state(13.5, 10) == "overloaded"


def test_the_statements_on_the_wire_say_what_is_meant():
    """S1: the neighbour's comparison is of the heat each second in each metre (the cell prints watts); S2: the voltage
    drop is lost in the wire and the load gets U − ΔU."""
    en = _all(FOLDER / "lesson-2.ipynb", "en")
    assert "the heat given off each second in each metre" in en
    for lang in ("kk", "ru", "en"):
        assert "U - \\Delta U" in _all(FOLDER / "lesson-2.ipynb", lang), lang
    assert "1 секундта бөлінетін жылуды" in _all(FOLDER / "lesson-2.ipynb", "kk")
    assert "за 1 секунду в каждом метре" in _all(FOLDER / "lesson-2.ipynb", "ru")
    # the printed numbers are watts: joules in one second
    per_metre = c.wire_resistance(1, 1.5)
    assert c.joule_heat(10, per_metre, 1) == pytest.approx(10 ** 2 * per_metre)


def test_the_kazakh_filament_is_the_textbooks_lamp_qyl_and_the_summaries_agree():
    """L1: the grade-8 textbook writes a lamp's filament "шам қылы", not "қыл сым" (a wire); L2: the first line of
    lesson 1's summary says the same in the three languages."""
    kk = _all(FOLDER / "lesson-1.ipynb", "kk")
    assert "шам қылының" in kk and "қыл сым" not in kk
    for lang, parts in {"kk": ("ток көзі, сымдар, кілт және тұтынушылар",),
                        "ru": ("источник, провода, выключатель и потребители",),
                        "en": ("a source, wires, a switch and loads",)}.items():
        summary = _all(FOLDER / "lesson-1.ipynb", lang).split("## ")[-2]
        assert all(p in summary for p in parts), lang


def _natural_forms():
    return {
        "c <= 0.8*r": lambda i, r: i <= 0.8 * r, "c <= r*0.8": lambda i, r: i <= r * 0.8,
        "c/r <= 0.8": lambda i, r: i / r <= 0.8, "r >= c/0.8": lambda i, r: r >= i / 0.8,
        "c*1.25 <= r": lambda i, r: i * 1.25 <= r, "100*c/r <= 80": lambda i, r: 100 * i / r <= 80,
        "c <= 80*r/100": lambda i, r: i <= 80 * r / 100, "c/0.8 <= r": lambda i, r: i / 0.8 <= r,
        "5*c <= 4*r": lambda i, r: 5 * i <= 4 * r, "c <= 4*r/5": lambda i, r: i <= 4 * r / 5,
    }


def test_the_fuse_function_is_tried_on_the_80_percent_limits_where_every_right_form_agrees():
    """M1: the hidden inputs hold limits (8, 12, 24 and 32 A: exactly 80 % of 10, 15, 30 and 40 A), so "less than 80 %"
    loses the points; at those decimal limits every natural way of writing the rule gives the model's verdict."""
    hidden = _graded("fuse-rating-test")
    limits = (8, 12, 24, 32)
    for limit in limits:
        assert f"({limit},)" in hidden, limit
    for limit in limits + (0.8, 1.6, 2.4, 3.2, 4, 6, 16, 20, 28):
        for name, rule in _natural_forms().items():
            picked = next((r for r in c.FUSES if rule(limit, r)), None)
            assert picked == c.smallest_fuse(limit), (name, limit)
    strict = next((r for r in c.FUSES if 32 < 0.8 * r), None)
    assert strict is None and c.smallest_fuse(32) == 40


def test_the_series_readings_of_the_total_current_get_the_series_message():
    """M2: all five loads in series (0.88 A) and each pair counted once (13.58 A) get their messages."""
    from curriculum.check import compare
    from curriculum.units import ureg

    from curriculum import authoring

    mistakes = authoring.load_build_script(FOLDER)._mistakes()
    right = f"{266 / 12!r} A"
    five = 12 / (2 * c.load_resistance(55) + 2 * 3 + c.load_resistance(60)) * ureg.ampere
    assert five.magnitude == pytest.approx(0.88)
    result = compare(five, right, mode="units", rtol=0.01, rules=[mistakes["all-in-series"]])
    assert not result.correct and result.code == "series-for-parallel"
    once = (55 + 48 + 60) / 12 * ureg.ampere
    result = compare(once, right, mode="units", rtol=0.01, rules=[mistakes["pairs-once"]])
    assert not result.correct and result.code == "load-missing"
    assert _graded("total-current-test").count("rules.wrong_answer(") == 4
