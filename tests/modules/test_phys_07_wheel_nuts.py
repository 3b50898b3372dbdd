"""phys-07-wheel-nuts: its notebooks are what build.py writes, every number it shows is a given of its tasks or comes
from the lab's model, the lab's model and picture are right (the lever arm, the click, the design task), and the
statements near its formulas hold. (The forms of every item: tests/test_forms.py; the lessons in a browser:
tests/test_browser.py.)"""

from __future__ import annotations

import math
import re

import nbformat
import pytest

from curriculum.check import check_design
from curriculum.labs import wheel_nuts as w
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger

MODULE = "phys-07-wheel-nuts"
FOLDER = REPO_ROOT / "physics" / MODULE
NOTEBOOKS = [FOLDER / "lesson-1.ipynb", FOLDER / "lesson-2.ipynb", REPO_ROOT / "source" / MODULE / "wheel_nuts.ipynb"]


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    # the data the texts state: the service sheet, the range of real cars, the plant's (fictional) rules, the
    # wrenches, forces, masses and angles of the examples and tasks
    ledger.given(w.SPEC_TORQUE, 90, 135, w.MAX_FORCE, w.MAX_LENGTH, 0.4, 0.45, 0.3, 0.25, 0.1, 0.75, 0.38, 38, 220,
                 200, 30, 55, 180, 70, 75, w.G, 400, 0.6, 0.46, 240,
                 note="the service sheet, the cars' range, the plant's rules, the examples' and tasks' data")
    ledger.given(0, 1, 2, 3, 4, 5, 10, 20, 45, note="small counts, angles, the estimate's 2, 20 and 200 kg, 45 minutes")
    assert w.WRENCH_ACCURACY * 100 == 4  # "±4 %"
    # lesson 1: the same moment in two ways, example 1, Aru's mistake
    assert w.moment(220, 0.5) == w.moment(440, 0.25) == 110
    ledger.pin(w.force_needed(110, 0.25))                                     # 440 N
    ledger.pin(w.force_needed(110, 0.4))                                      # 275 N
    ledger.pin(w.force_needed(110, 0.5))                                      # 220 N
    ledger.pin(w.force_needed(110, 0.4) / w.G, places=0)                      # about 28 kg
    ledger.pin(110 / 45, places=1)                                            # 2.4 N, the centimetres not converted
    # lesson 2: the shortest arms, the breaker bar, example 2 (the golden rule), Bolat's weight
    ledger.pin(w.shortest_arm(110, 250))                                      # 0.44 m
    ledger.pin(w.shortest_arm(180, 250))                                      # 0.72 m
    assert w.force_needed(180, 0.75) == 240 and w.force_needed(180, 0.45) == 400
    ledger.pin(w.hand_path(0.45, 90), places=3)                               # 0.707 m
    ledger.pin(w.hand_path(0.75, 90), places=3)                               # 1.178 m
    works = [w.work(w.force_needed(180, d), w.hand_path(d, 90)) for d in (0.45, 0.75)]
    assert works[0] == pytest.approx(works[1]) == pytest.approx(180 * math.pi / 2)
    ledger.pin(works[0], places=0)                                            # 283 J both ways
    ledger.pin(w.weight(70))                                                  # 686 N
    # the assignment: its hidden checks, the function's example, the design, the written answer's rubric
    ledger.pin(w.moment(220, 0.45))                                           # 99 N·m
    ledger.pin(w.force_needed(110, 0.38), places=2)                           # 289.47 N
    ledger.pin(w.moment(w.weight(75), 0.45))                                  # 330.75 N·m
    assert w.shortest_wrench(110, 250, [0.6, 0.3, 0.45]) == 0.45 and w.shortest_wrench(110, 250, [0.3, 0.4]) is None
    ledger.pin(w.hand_path(0.25, 90), places=3)                               # 0.393 m
    ledger.pin(w.hand_path(0.5, 90), places=3)                                # 0.785 m
    quarter = [w.work(w.force_needed(110, d), w.hand_path(d, 90)) for d in (0.25, 0.5)]
    assert quarter[0] == pytest.approx(quarter[1])
    ledger.pin(quarter[0], places=0)                                          # 173 J both ways
    # the rounded figures the rubric multiplies still give it: 440 · 0.393 and 220 · 0.785 are about 173 J
    assert round(440 * 0.393) == round(220 * 0.785) == 173 and round(400 * 0.707) == round(240 * 1.178) == 283
    ledger.assert_complete()


def test_the_design_task_states_the_numbers_the_texts_give():
    limits = {r.key: (r.op, r.limit, r.rtol) for r in w.DESIGN_SPEC.requirements}
    assert limits == {"M": ("==", 110.0, 0.04), "F": ("<=", 250.0, 0.01), "L": ("<=", 0.5, 0.01)}
    assert w.shortest_arm(w.SPEC_TORQUE, w.MAX_FORCE) < w.MAX_LENGTH, "the task must have designs that meet it"


@pytest.mark.parametrize(("design", "meets"), [
    ({"L": 0.46, "F": 240.0, "angle": 90.0}, True), ({"L": 0.5, "F": 220.0, "angle": 90.0}, True),
    ({"L": 0.48, "F": 235.0, "angle": 80.0}, True), ({"L": 0.44, "F": 250.0}, True),
    ({"L": 0.4, "F": 275.0, "angle": 90.0}, False), ({"L": 0.6, "F": 185.0, "angle": 90.0}, False),
    ({"L": 0.5, "F": 220.0, "angle": 60.0}, False), ({"L": 0.5, "F": 250.0, "angle": 90.0}, False),
])
def test_the_design_task_accepts_the_designs_that_meet_it_and_no_other(design, meets):
    assert check_design(design, w.DESIGN_SPEC, model=w.design_result).correct is meets


def test_a_design_the_model_cannot_evaluate_is_refused_with_a_reason():
    result = check_design({"L": -0.5, "F": 220.0}, w.DESIGN_SPEC, model=w.design_result)
    assert not result.correct and result.code == "invalid-input" and "length must be" in result.message


def test_the_lever_arm_is_the_distance_from_the_axis_to_the_line_of_action():
    assert w.lever_arm(0.5, 90) == 0.5
    assert w.lever_arm(0.5, 0) == w.lever_arm(0.5, 180) == 0.0
    assert w.lever_arm(0.5, 30) == pytest.approx(0.25) == pytest.approx(w.lever_arm(0.5, 150))
    for angle in (10, 35, 60, 90, 120, 170):
        d = w.lever_arm(0.5, angle)
        ux, uy = math.cos(math.radians(angle)), -math.sin(math.radians(angle))
        # the distance from the axis (the origin) to the line through the handle's end (0.5, 0) along (ux, uy)
        assert abs(0.5 * uy - 0.0 * ux) == pytest.approx(d)


@pytest.mark.parametrize(("call", "message"), [
    (lambda: w.moment(-5, 0.5), "force"), (lambda: w.moment(5, float("nan")), "arm"),
    (lambda: w.force_needed(110, 0), "arm"), (lambda: w.shortest_arm(110, 0), "max_force"),
    (lambda: w.lever_arm(0.5, 200), "angle"), (lambda: w.lever_arm(True, 90), "length"),
    (lambda: w.weight("seventy"), "mass"), (lambda: w.wrench(0.5, 200, 90, 110, 150), "pull"),
    (lambda: w.shortest_wrench(110, -1, [0.5]), "max_force"),
])
def test_bad_input_to_the_model_is_refused_with_the_name_of_what_is_wrong(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_the_shortest_wrench_reads_any_order_and_takes_the_limit_itself():
    assert w.shortest_wrench(110, 250, [0.8, 0.45, 0.6, 0.44]) == 0.44   # exactly 250 N will do
    assert w.shortest_wrench(100, 250, (0.5, 0.4)) == 0.4
    assert w.shortest_wrench(110, 250, []) is None and w.shortest_wrench(110, 250, [0.3, 0.43]) is None


def test_the_wrench_clicks_when_the_growing_push_reaches_the_set_torque():
    clicks = [p for p in range(0, 101, 5) if w.wrench(0.5, 240, 90, 110, p)["clicked"]]
    assert clicks[0] == 95 and w.wrench(0.5, 240, 90, 110, 90)["M_now"] < 110   # 228 N at 95 %: 114 N·m
    assert w.wrench(0.5, 240, 90, 110)["F_click"] == pytest.approx(220)
    along = w.wrench(0.5, 300, 0, 110)
    assert along["d"] == 0 and along["M"] == 0 and not along["clicked"] and math.isinf(along["F_click"])


def test_the_lab_moves_the_push_without_drawing_the_whole_figure_again():
    lab = w.make_lab()
    lab.build()
    full = lab.view.full_draws
    for pull in range(0, 101, 10):
        lab.set(pull=pull)
    lab.set(L=0.6, angle=45, F=300, M_set=80)
    assert lab.view.full_draws == full, "every control moves dynamic artists only: the axes stay"
    assert "0.424 m" in lab.readout.value and "127 N·m" in lab.readout.value   # d = 0.6 sin 45°, M = 300 d


def test_the_drawing_shows_the_arm_at_right_angles_to_the_line_of_action():
    lab = w.make_lab()
    lab.build()
    lab.set(L=0.5, angle=60, F=200, pull=100)
    view = lab.view
    (x0, x1), (y0, y1) = view.arm.get_data()
    (a0, a1), (b0, b1) = view.action.get_data()
    assert (x0, y0) == (0, 0)
    assert (x1 - x0) * (a1 - a0) + (y1 - y0) * (b1 - b0) == pytest.approx(0, abs=1e-12)
    assert math.hypot(x1, y1) == pytest.approx(w.lever_arm(0.5, 60))
    tail, head = view.arrow._posA_posB
    assert tail == (0.5, 0.0) and head[1] < 0, "the push on the handle's end turns the nut clockwise (tightens it)"
    assert math.hypot(head[0] - tail[0], head[1] - tail[1]) == pytest.approx(w.ARROW_SCALE * 200)


def test_the_design_line_leaves_the_animation_out():
    lab = w.make_lab("wheel-nuts")
    lab.build()
    lab.set(L=0.46, F=240, angle=90, pull=30)
    assert lab.design_code() == "design = {'L': 0.46, 'F': 240.0, 'angle': 90.0}"
    assert lab.check().correct


def _texts(path, lang):
    nb = nbformat.read(path, as_version=4)
    return "\n".join(c.source for c in nb.cells if f"lang-{lang}" in c.metadata.get("tags", []))


def test_what_the_texts_say_near_the_formulas_holds():
    """A longer wrench needs less force for the same moment; it does not tighten harder nor save work; a mass is no
    force; the torque wrench is for tightening only. The texts say so, and the model agrees."""
    english = "\n".join(_texts(p, "en") for p in NOTEBOOKS)
    assert "a longer arm needs a smaller force" in english
    written = next(c.source for c in nbformat.read(NOTEBOOKS[2], as_version=4).cells
                   if c.metadata.get("nbgrader", {}).get("grade_id") == "golden-rule")
    assert "the long one does not tighten it harder" in written and "no simple\nmachine wins in work" in written
    assert "a torque wrench is only for tightening" in english
    assert not re.search(r"longer wrench (tightens|gives) (it |the nut )?(harder|more)", english.replace("Yernar", ""))
    # a 0.5 m wrench set to 110 N·m clicks at 220 N: the moment on the nut is the set one, whatever the length
    for length in (0.25, 0.5):
        result = w.wrench(length, w.force_needed(110, length), 90, 110)
        assert result["clicked"] and result["M"] == pytest.approx(110)
    assert w.weight(70) / 70 == pytest.approx(w.G)


def test_the_key_terms_are_in_the_glossary_with_the_lab_words_it_asks_for():
    from curriculum.glossary import load_glossary

    glossary = load_glossary()
    assert glossary["wheel-nut"].get("kk") == "дөңгелек сомыны" and "гайка" in glossary["wheel-nut"].avoid["kk"]
    labels = " ".join(text for label in w.LABELS.values() for text in (label["kk"],))
    assert "гайка" not in labels.lower() and "сомын" in labels


def _task(grade_id_prompt_word, lang):
    """The assignment's text cell of ``lang`` that holds ``grade_id_prompt_word``."""
    nb = nbformat.read(NOTEBOOKS[2], as_version=4)
    return next(c.source for c in nb.cells
                if f"lang-{lang}" in c.metadata.get("tags", []) and grade_id_prompt_word in c.source)


@pytest.mark.parametrize(("lang", "pulled_out"), [
    ("kk", "тұтқаны тағы $b$ қашықтыққа суырып ұзартты"), ("ru", "её выдвинули ещё на $b$"),
    ("en", "it is\npulled out by a further $b$")])
def test_the_breaker_bar_task_has_an_arm_of_a_plus_b(lang, pulled_out):
    """Review r-phys7 S1: a pipe slid *over* the handle overlaps it (its arm is not a + b) and tool makers forbid
    cheater pipes; the task is a telescopic handle pulled out by b, whose end is a + b from the axis."""
    task = _task("F_bar = ...", lang)
    assert pulled_out in task
    assert not re.search(r"pipe|труб|түтік", task)
    assert w.force_needed(180, 0.5 + 0.25) == w.force_needed(180, 0.75) == 240   # the arm is the whole length


def test_the_work_of_the_quarter_turn_says_what_it_assumes():
    """Review r-phys7 S2, S3: the same work on both handles holds when the nut resists with the same moment through
    the whole quarter turn (A = M·θ); the example and the written task say that this is an assumption."""
    lesson_2 = {lang: _texts(NOTEBOOKS[1], lang) for lang in ("kk", "ru", "en")}
    assert "the same 180 N·m through the whole quarter turn" in lesson_2["en"]
    assert "тем же моментом 180 Н·м" in lesson_2["ru"] and "сол 180 Н·м моментпен" in lesson_2["kk"]
    for lang, word in (("en", "a simplification"), ("ru", "это упрощение"), ("kk", "бұл — жеңілдету")):
        assert word in _task("Yernar says" if lang == "en" else "Ернар", lang)
    assert w.work(w.force_needed(110, 0.5), w.hand_path(0.5, 90)) == pytest.approx(110 * math.pi / 2)


def test_the_hook_names_the_nutrunner_and_the_kazakh_wheel_is_one_word():
    """Review r-phys7 S4, L1: the line's nutrunner tightens, the inspector checks with the torque wrench; the car's
    wheel is дөңгелек in every Kazakh text and lab label (доңғалақ is the gear wheel's word elsewhere)."""
    hooks = {lang: _texts(NOTEBOOKS[0], lang) for lang in ("kk", "ru", "en")}
    assert "nutrunner" in hooks["en"] and "гайковёрт" in hooks["ru"] and "сомын бұрағыш" in hooks["kk"]
    kazakh = "\n".join(_texts(p, "kk") for p in NOTEBOOKS) + " ".join(label["kk"] for label in w.LABELS.values())
    assert "доңғалақ" not in kazakh and "дөңгелек қуысы" in kazakh
