"""math-10-robot-arm: every number it shows is a given of its tasks or comes
from the lab's model, the lab's model and picture are right, and the issue's robot-arm findings stay fixed ("elbow up"
said in words in each language, not as English inside a formula; the angle between the links is 180° − |θ2|; the
elbow-up pose clears the car body part and the elbow-down pose does not). (The forms of every item:
tests/test_forms.py; the lessons in a browser: tests/test_browser.py.)"""

from __future__ import annotations

import math

import nbformat
import pytest

from curriculum.labs import robot_arm
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger

MODULE = "math-10-robot-arm"
FOLDER = REPO_ROOT / "math" / MODULE
NOTEBOOKS = [FOLDER / "lesson-1.ipynb", FOLDER / "lesson-2.ipynb", REPO_ROOT / "source" / MODULE / "robot_arm.ipynb"]
L1, L2 = robot_arm.L1_DEFAULT, robot_arm.L2_DEFAULT


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    ledger.given(800, 600, 60, -30, 30, 45, 20, 90, 1200, 300, 1000, 500, 900, 700, 2, 1.44,
                 note="the arm, the examples' and tasks' angles and spots, the lab's start, the tolerance, a robot's reach")
    ledger.given(0, 1, 0.5, 100, 180, 360, 1500, 50, 3, 6, 45, -90, 0.2, -180, -1, -1.0, 5,
                 note="small counts, the straight angle and the turn, the reachable() examples, the forms' examples, "
                      "the tasks' minutes and tolerances, ik's example, cos = -1, clamping, task numbers (a ru task is cited by number)")
    assert (L1, L2) == (800, 600)
    r_min, r_max = robot_arm.reach_limits(L1, L2)
    ledger.pin(r_min), ledger.pin(r_max)                                          # the ring: 200 and 1400 mm
    # lesson 1: example 1 and its parts, the misconception
    x, y = robot_arm.forward(60, -30, L1, L2)
    ledger.pin(x, places=1), ledger.pin(y, places=1)                              # (919.6, 992.8)
    ledger.pin(L1 * math.cos(math.radians(60))), ledger.pin(L2 * math.cos(math.radians(30)), places=1)  # 400, 519.6
    ledger.pin(L1 * math.sin(math.radians(60)), places=1)                         # 692.8
    assert L2 * math.sin(math.radians(30)) == pytest.approx(300)
    ledger.pin(math.cos(60), places=3)                                            # cos of 60 radians: -0.952
    assert round(math.degrees(60)) == 3438                                        # the code's comment: 60 rad ≈ 3438°
    ledger.pin(math.degrees(1), places=1)                                         # one radian is about 57.3°
    # lesson 2: example 2
    ledger.pin(math.hypot(1200, 300), places=1)                                   # r = 1236.9 mm
    ledger.pin(robot_arm.cos_theta2(1200, 300, L1, L2), places=3)                 # 0.552
    up, down = robot_arm.ik(1200, 300, L1, L2), robot_arm.ik(1200, 300, L1, L2, "down")
    ledger.pin(up[0], places=1), ledger.pin(up[1], places=1)                      # 37.9°, -56.5°
    ledger.pin(down[0], places=1), ledger.pin(down[1], places=1)                  # -9.8°, 56.5°
    phi = math.degrees(math.atan2(300, 1200))
    ledger.pin(phi, places=1), ledger.pin(up[0] - phi, places=1)                  # φ = 14.0°, α = 23.9°
    # the assignment: task 2, task 5 and the model answer, the hidden checks' values and anticipated mistakes
    x, y = robot_arm.forward(30, 45, L1, L2)
    ledger.pin(x, places=2), ledger.pin(y, places=2)                              # (848.11, 979.56) mm
    up, down = robot_arm.ik(1000, 500, L1, L2), robot_arm.ik(1000, 500, L1, L2, "down")
    ledger.pin(up[0], places=3), ledger.pin(up[0], places=1)                      # 57.773°, 57.8°
    ledger.pin(down[0], places=1)                                                 # -4.6° (elbow down)
    ledger.pin(down[1], places=1)                                                 # ∓74.9°
    # the design task: the spot, the body part and the model answer
    design = robot_arm.ik(*robot_arm.WELD_SPOT, L1, L2)
    ledger.pin(design[0], places=1), ledger.pin(design[1], places=1)              # 67.9°, -71.8°
    ledger.assert_complete()


def test_the_design_task_is_the_spot_the_texts_give_and_the_model_answer_meets_it():
    from curriculum.check import check_design

    limits = {r.key: r.limit for r in robot_arm.DESIGN_SPEC.requirements}
    assert limits == {"error": robot_arm.TOLERANCE_MM, "theta2": 0.0} and robot_arm.TOLERANCE_MM == 2.0
    assert robot_arm.WELD_SPOT == (900.0, 700.0)
    assert robot_arm.reachable(*robot_arm.WELD_SPOT, L1, L2)
    for design, meets in (({"theta1": 67.9, "theta2": -71.8}, True), ({"theta1": 68.0, "theta2": -72.0}, True),
                          ({"theta1": 7.9, "theta2": 71.8}, False), ({"theta1": 68.5, "theta2": -72.0}, False)):
        assert check_design(design, robot_arm.DESIGN_SPEC, model=robot_arm.design_result).correct is meets, design


def test_the_elbow_up_pose_clears_the_body_part_and_the_elbow_down_pose_runs_through_it():
    """The task says the elbow must be up because the part lies below the arm: the model agrees."""
    x0, y0, x1, y1 = robot_arm.BODY_PART
    spot_x, spot_y = robot_arm.WELD_SPOT
    assert x0 < spot_x < x1 and spot_y == y1, "the weld spot is on the part's upper edge"
    up, down = robot_arm.ik(spot_x, spot_y, L1, L2), robot_arm.ik(spot_x, spot_y, L1, L2, "down")
    assert not robot_arm.arm_hits(*up, L1, L2) and not robot_arm.arm_hits(67.9, -71.8, L1, L2)
    assert robot_arm.arm_hits(*down, L1, L2) and robot_arm.arm_hits(7.9, 71.8, L1, L2)
    assert robot_arm.arm_hits(0, 0, 1000, 0, box=(400, -10, 600, 10), margin=0)  # a link straight through a box
    assert robot_arm.design_result({"theta1": 67.9, "theta2": -71.8})["hits_part"] is False
    assert robot_arm.design_result({"theta1": 7.9, "theta2": 71.8})["hits_part"] is True
    lab = robot_arm.make_lab("weld-2mm")
    lab.build()
    lab.set(theta1=7.9, theta2=71.8)
    assert "a link hits the part" in lab.readout.value  # the readout says what the picture shows
    lab.set(theta1=67.9, theta2=-71.8)
    assert "clear" in lab.readout.value and lab.check().correct


@pytest.mark.parametrize(("theta1", "theta2"), [(30, 45), (60, -30), (-150, -170), (178, 5), (0, 0), (90, 180)])
def test_inverse_kinematics_undoes_forward_kinematics_with_either_elbow(theta1, theta2):
    x, y = robot_arm.forward(theta1, theta2, L1, L2)
    for elbow in ("up", "down"):
        assert robot_arm.forward(*robot_arm.ik(x, y, L1, L2, elbow), L1, L2) == pytest.approx((x, y), abs=1e-6)
    solution = robot_arm.ik(x, y, L1, L2, "up" if robot_arm.wrap_deg(theta2) <= 0 else "down")
    assert solution == pytest.approx((robot_arm.wrap_deg(theta1), robot_arm.wrap_deg(theta2)), abs=1e-6)


def test_the_two_solutions_merge_on_the_boundary_and_there_is_none_outside():
    assert robot_arm.ik(1400, 0, L1, L2, "up") == pytest.approx(robot_arm.ik(1400, 0, L1, L2, "down"))
    assert robot_arm.ik(0, 200, L1, L2, "up") == pytest.approx((90.0, 180.0))   # folded: θ2 = 180° either way
    for outside in ((1401, 0), (0, 199), (0, 0)):
        assert not robot_arm.reachable(*outside, L1, L2)
        with pytest.raises(ValueError):
            robot_arm.ik(*outside, L1, L2)
    with pytest.raises(ValueError, match="elbow"):
        robot_arm.ik(1000, 500, L1, L2, "left")


def test_elbow_up_is_the_elbow_above_the_line_base_tool_for_a_spot_in_front():
    """What the lesson says in words: θ2 ≤ 0, and for x > 0 the elbow is above the line from the base to the tool."""
    for spot in ((1000, 500), (1200, 300), (900, 700), (600, 800), (1100, -400)):
        t1, t2 = robot_arm.ik(*spot, L1, L2, "up")
        ex, ey = robot_arm.elbow(t1, L1)
        assert t2 <= 0 and ex * spot[1] - ey * spot[0] < 0, "the elbow lies to the left of base→tool: above it"


def _texts(path, lang):
    nb = nbformat.read(path, as_version=4)
    return "\n".join(c.source for c in nb.cells if f"lang-{lang}" in c.metadata.get("tags", []))


def test_elbow_up_is_said_in_each_language_and_no_formula_cell_holds_words():
    """Issue #12: the formula cell wrote "elbow up" in English in every language; the angle between the links is
    180° − |θ2| (180° − θ2 is no triangle's angle when θ2 < 0)."""
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        shared = [c.source for c in nb.cells if c.cell_type == "markdown" and not c.metadata.get("tags")
                  and "nbgrader" not in c.metadata]  # the formula cells (the model answer is the teacher's)
        assert not any("\\text" in s or "elbow" in s for s in shared), path.name
    lesson_2 = {lang: _texts(FOLDER / "lesson-2.ipynb", lang) for lang in ("kk", "ru", "en")}
    assert "**шынтақ жоғары**" in lesson_2["kk"] and "**локоть вверх**" in lesson_2["ru"]
    assert "**elbow up**" in lesson_2["en"] and "above the line from the base to the tool" in lesson_2["en"]
    for path in (FOLDER / "lesson-2.ipynb", REPO_ROOT / "source" / MODULE / "robot_arm.ipynb"):
        for lang in ("kk", "ru", "en"):
            text = _texts(path, lang)
            assert "180° - |\\theta_2|" in text and "180° - \\theta_2$" not in text, (path.name, lang)


def test_the_lab_starts_away_from_the_tasks_answers():
    """The lab's start pose is not task 2's (30°, 45°): its readout would show task 2's answer."""
    lab = robot_arm.make_lab()
    lab.build()
    assert (lab.values()["theta1"], lab.values()["theta2"]) == (20.0, 90.0)
    x, y = robot_arm.forward(20, 90, L1, L2)
    assert math.hypot(x, y) == pytest.approx(1000.0)  # the predict question: Pythagoras, 800-600-1000
    assert "848" not in lab.readout.value
