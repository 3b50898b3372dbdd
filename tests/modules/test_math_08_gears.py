"""math-08-gears, the model module: its notebooks are what build.py writes, every number it shows is a given of
its tasks or comes from the lab's model, the lab's model and picture are right, and the issue's gears findings stay
fixed. (The forms of every item: tests/test_forms.py; the lessons in a browser: tests/test_browser.py.)"""

from __future__ import annotations

import math

import nbformat
import numpy as np
import pytest
import sympy as sp

from curriculum.labs import gears
from curriculum.pinning import NumberLedger
from curriculum.paths import REPO_ROOT

MODULE = "math-08-gears"
FOLDER = REPO_ROOT / "math" / MODULE


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    # the data the texts state (the plant's motor, the examples' and tasks' pairs, the housing), and small counts
    ledger.given(1450, 7.5, 9550, 19, 76, 0.98, 960, 30, 18, 54, 100, 2.5, 9, 120, 2, 16, 4, 290, 235, 150, 17, 20,
                 note="the plant's motor, the pairs and housings of the examples and tasks, the specification")
    ledger.given(0, 1, 1.0, 5, 12, 45, 360, 240, 0.5, 10, 50, note="small counts, times, tolerances, the forms' examples")
    # the worked examples
    assert ledger.pin(gears.gear_ratio(18, 54)) == 3
    ledger.pin(gears.output_speed(960, 18, 54))                                      # 320 rpm
    ledger.pin(gears.output_torque(30, 18, 54), places=1)                             # 88.2 N·m
    ledger.pin(gears.teeth_sum(100, 2.5))                                             # S = 80
    z_pinion, z_wheel = gears.teeth_for_identical_stages(100, 2.5, 9)
    ledger.pin(z_pinion), ledger.pin(z_wheel)                                         # 20 and 60
    roots = gears.quadratic_roots(*gears.identical_stages_equation(80, 9))
    ledger.pin(min(roots))                                                            # -40
    ledger.pin(sum(roots)), ledger.pin(roots[0] * roots[1])                           # -20 and -800 (Vieta)
    ledger.pin(-roots[0] * roots[1])                                                  # "... + 20z - 800 = 0"
    ledger.pin(1 - 9)                                                                 # the example divides by 1 - 9
    # the hook of lesson 2: one pair for the ratio 16 would need 304 teeth, 760 mm across
    ledger.pin(19 * 16), ledger.pin(gears.pitch_diameter(2.5, 19 * 16))
    # the tasks, their hidden checks, rubric and model answer
    ledger.pin(round(9550 * 7.5 / 1450))                                             # 49 N·m from 7.5 kW
    ledger.pin(gears.output_speed(1450, 19, 76))                                     # 362.5 rpm
    ledger.pin(gears.output_torque(49, 19, 76), places=2)                            # 192.08 N·m
    ledger.pin(gears.overall_ratio([(19, 76), (20, 50)]))                             # 10.0, the function's example
    assert gears.teeth_sum(120, 2) == 120
    z_pinion, z_wheel = gears.teeth_for_identical_stages(120, 2, 16)
    ledger.pin(z_pinion), ledger.pin(z_wheel)                                         # 24 and 96
    A, B, C = gears.identical_stages_equation(120, 16)                                # 15 z² + 240 z - 14400 = 0
    ledger.pin(A), ledger.pin(B), ledger.pin(-C)                                     # 15, 240, 14400 (= 120²)
    p, q = B / A, C / A
    ledger.pin(p), ledger.pin(q)                                                      # z² + 16 z - 960 = 0
    roots = gears.quadratic_roots(A, B, C)
    ledger.pin(min(roots)), ledger.pin(sum(roots))                                    # -40; -16 = -p (Vieta)
    assert roots[0] * roots[1] == pytest.approx(q)
    ledger.pin(gears.output_torque(gears.output_torque(49, 24, 96), 24, 96), places=2)   # 752.95 N·m
    z_pinion, z_wheel = gears.teeth_for_identical_stages(120, 2, 9)                   # task 6: 30 and 90
    ledger.pin(z_pinion), ledger.pin(z_wheel)
    ledger.pin(gears.MOTOR_SPEED), ledger.pin(gears.MOTOR_TORQUE)
    ledger.pin(18 * gears.MOTOR_SPEED / 290)                                          # the design's wheel: 90 teeth
    ledger.pin(gears.teeth_for_identical_stages(120, 2, 4)[0])                        # 40: the mistake of ratio 4
    # the misconception check: the power is kept but for 2 % (P = 2π n T)
    ledger.pin(100 * (1 - gears.EFFICIENCY), places=0)                                # "2 % of the power"
    ledger.assert_complete()


def test_the_lab_design_task_states_the_numbers_the_texts_give():
    limits = {r.key: r.limit for r in gears.DESIGN_SPEC.requirements}
    assert limits == {"n2": 290.0, "T2": 235.0, "a": 150.0, "z1": 17.0}
    assert gears.MOTOR_SPEED / limits["n2"] == 5.0, "290 rpm is the motor's speed over a ratio of 5"
    assert gears.output_torque(gears.MOTOR_TORQUE, 18, 90) >= limits["T2"]
    assert round(9550 * 7.5 / 1450) == gears.MOTOR_TORQUE


@pytest.mark.parametrize(("design", "meets"), [
    ({"z1": 18, "z2": 90, "m": 2.5}, True), ({"z1": 20, "z2": 100, "m": 2.5}, True), ({"z1": 19, "z2": 95, "m": 2.0}, True),
    ({"z1": 12, "z2": 60, "m": 3.0}, False), ({"z1": 18, "z2": 90, "m": 3.0}, False), ({"z1": 19, "z2": 76, "m": 2.5}, False),
])
def test_the_design_task_accepts_the_designs_that_meet_it_and_no_other(design, meets):
    from curriculum.check import check_design

    assert check_design(design, gears.DESIGN_SPEC, model=gears.design_result).correct is meets


def test_the_wheel_turns_the_other_way_by_z1_over_z2_of_the_pinions_turn():
    pair = gears.gear_pair(18, 54, 960, 3, 30, turn=360)
    assert pair["wheel_turn"] == pytest.approx(-120.0)
    assert pair["n2"] == pytest.approx(pair["n1"] * 18 / 54)


@pytest.mark.parametrize(("z1", "z2", "m"), [(18, 54, 3.0), (12, 40, 1.0), (19, 76, 2.5), (17, 17, 2.0), (40, 120, 5.0)])
def test_the_drawn_gears_mesh_at_every_turn_without_their_teeth_overlapping(z1, z2, m):
    """The picture is right: a pinion tooth sits in a gap of the wheel as both turn, as real gears do."""
    from matplotlib.path import Path
    from matplotlib.transforms import Affine2D

    a = gears.centre_distance(m, z1, z2)
    r1 = m * z1 / 2
    xs, ys = np.meshgrid(np.linspace(r1 - 2 * m, r1 + 2 * m, 160), np.linspace(-4 * m, 4 * m, 320))
    points = np.c_[xs.ravel(), ys.ravel()]
    cell = (4 * m / 160) * (8 * m / 320)
    for turn in np.linspace(0, 360 / z1, 9):
        pair = gears.gear_pair(z1, z2, 1000, m, 10, turn=turn)
        pinion = Affine2D().rotate_deg(pair["turn"]).transform(np.array(gears.tooth_outline(z1, m)))
        wheel = Affine2D().rotate_deg(180 + 180 / z2 + pair["wheel_turn"]).translate(a, 0).transform(
            np.array(gears.tooth_outline(z2, m)))
        both = Path(pinion).contains_points(points) & Path(wheel).contains_points(points)
        assert both.sum() * cell < 0.05 * m * m, f"teeth overlap at {turn:.1f}°"
        touching = Path(pinion).contains_points(points, radius=0.2 * m) & Path(wheel).contains_points(points, radius=0.2 * m)
        assert touching.any(), f"the gears do not touch at {turn:.1f}°"


def test_the_lab_turns_its_gears_without_drawing_the_whole_figure_again():
    lab = gears.make_lab()
    lab.build()
    full = lab.view.full_draws
    for turn in range(0, 400, 40):
        lab.set(turn=turn)
    assert lab.view.full_draws == full and "360°; 120°" in lab.readout.value


def test_the_design_line_leaves_the_animation_out():
    lab = gears.make_lab("first-stage")
    lab.build()
    lab.set(z1=18, z2=90, m=2.5, turn=120)
    assert lab.design_code() == "design = {'z1': 18.0, 'z2': 90.0, 'm': 2.5}"
    assert lab.check().correct


def test_the_equations_task_5_accepts_are_those_with_the_same_teeth_between_0_and_120():
    """Issue #12: an equivalent equation such as Eq((120 - z)/z, 4) earns task 5, and the next task does not hang on
    it: task 6 states its own equation, so a mistake in task 5 is not paid for twice."""
    z = sp.Symbol("z")

    def teeth_solutions(equation):  # as the hidden test of task 5 computes it
        return {r for r in sp.solve(equation, z) if r.is_real and 0 < r < 120}

    for right in (sp.Eq((120 - z) ** 2, 16 * z ** 2), sp.Eq(z ** 2 + 16 * z - 960, 0), sp.Eq((120 - z) / z, 4),
                  sp.Eq(((120 - z) / z) ** 2, 16)):
        assert teeth_solutions(right) == {24}
    for wrong in (sp.Eq(z ** 2 - 16 * z - 960, 0), sp.Eq((120 - z) ** 2, 4 * z ** 2), sp.Eq((120 - z) / z, 16)):
        assert teeth_solutions(wrong) != {24}


def _texts(path, lang):
    nb = nbformat.read(path, as_version=4)
    return "\n".join(c.source for c in nb.cells if f"lang-{lang}" in c.metadata.get("tags", []))


def test_gears_change_speed_and_torque_and_the_coaxial_layout_is_named():
    """Issue #12: not 'speed and strength'; 'coaxial, as in a car's manual gearbox' holds for in-line gearboxes only."""
    lessons = [FOLDER / "lesson-1.ipynb", FOLDER / "lesson-2.ipynb", REPO_ROOT / "source" / MODULE / "gears.ipynb"]
    english = "\n".join(_texts(p, "en") for p in lessons).lower()
    russian = "\n".join(_texts(p, "ru") for p in lessons).lower()
    import re

    assert not re.search(r"\bstrength|\bstrong", english) and not re.search(r"\bсильн", russian)
    assert "speed and torque" in english and "скорость и момент" in russian
    lesson_2 = _texts(FOLDER / "lesson-2.ipynb", "en")
    assert "rear-wheel-drive" in lesson_2 and "front-wheel-drive car is not coaxial" in lesson_2


def test_the_pinion_limit_is_the_undercut_limit_of_the_standard_rack():
    assert gears.MIN_TEETH == math.floor(2 / math.sin(math.radians(20)) ** 2) == 17
