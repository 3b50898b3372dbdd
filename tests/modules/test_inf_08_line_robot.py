"""inf-08-line-robot to the module standard: its notebooks are what build.py writes, every number it shows is a given
of its tasks or comes from the lab's model, the lab shows the AGV from above on its line moving with the graphs, and
the variants of tasks 5-6 stay working. (The forms of every item: tests/test_forms.py; the lessons in a browser:
tests/test_browser.py; every parameter set: curriculum lint.)"""

from __future__ import annotations

import math

import pytest

from curriculum import authoring as a
from curriculum.check import check_design
from curriculum.labs import line_robot
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger

MODULE = "inf-08-line-robot"
FOLDER = REPO_ROOT / "informatics" / MODULE
SETS = [(0.5, 180, 30), (0.4, 160, 20), (0.6, 210, 25), (0.7, 280, 30), (0.8, 240, 45), (0.9, 270, 40), (1.0, 300, 25),
        (1.1, 330, 30), (1.2, 300, 20), (0.45, 180, 25), (0.55, 220, 40), (0.65, 260, 35)]
"""The hand-picked (speed, route, stops) sets of the parameters cell (docs/variants.md)."""


def test_the_parameters_cell_draws_the_sets_this_test_knows():
    build = a.load_build_script(FOLDER)
    assert str(SETS)[1:-1].replace(" ", "") in build.PARAMETERS.replace(" ", "").replace("\n", "")


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    # the model's data: the sensors, the control period, the limit, the motors, the track and the design task
    ledger.given(*line_robot.SENSOR_POSITIONS, line_robot.SENSOR_AHEAD * 100, 1.5, line_robot.DT, 100, 10,
                 line_robot.OMEGA_MAX, line_robot.MOTOR_LAG, line_robot.START_OFFSET * 100, line_robot.START_OFFSET,
                 line_robot.TRACK_LENGTH, line_robot.ON_LINE_BAND * 1000, line_robot.BAND * 100, 5,
                 note="sensors 1.5 cm apart and 6 cm ahead, 100 Hz (10 ms), ±4 rad/s, 0.1 s lag, 2 cm start, 3 m, ±5 mm, ±3 cm")
    ledger.given(0.5, 1.0, 10, note="the design task: 1.5 s, 10 % overshoot, 0.5 m/s; the lab's speeds up to 1.0 m/s")
    ledger.given(*{v for s in SETS for v in s}, note="the parameter sets of tasks 5-6 (variants)")
    ledger.given(0, 1, 45, note="readings 0..1, the minutes of a lesson")
    ledger.given(20, 200, note="the range of Kp the lesson asks to try")
    ledger.given(1000, 150, 0.001, 0.004, 0.005, -0.001, -0.02, 0.02, 0.05, -0.05, 0.1, -0.1, 0.2, 0.3, 0.4, 0.7,
                 0.9, 40, 120, 300, 2.5, 15,
                 note="the inputs the hidden checks try the students' functions on, and their strategies")
    # lesson 1, example 1: the line 1 cm to the left
    readings = line_robot.sensor_readings(0.01)
    assert [round(r, 2) for r in readings] == [0, 0, 0.5, 0.75, 0]
    ledger.pin(readings[2]), ledger.pin(readings[3])                                    # 0.5 and 0.75
    e = line_robot.line_error(readings)
    ledger.pin(e, places=3)                                                             # 0.009 m
    ledger.pin(e * 100, places=1)                                                       # 0.9 cm
    ledger.pin(line_robot.p_steer(e, 60), places=2)                                     # 0.54 rad/s
    ledger.given(60, 0.01, note="Kp = 60 and the line 1 cm to the left in the examples")
    # the tasks' examples
    ledger.pin(line_robot.line_error([0, 0, 0.5, 0.5, 0]))                              # 0.0075
    ledger.pin(line_robot.line_error([0, 0, 0.5, 0.5, 0]) * 1000)                       # 7.5 mm
    ledger.pin(line_robot.p_steer(0.02, 60))                                            # 1.2
    ledger.pin(60 * 0.1)                                                                # 6, limited to 4.0
    assert line_robot.p_steer(0.1, 60) == line_robot.OMEGA_MAX
    # lesson 2, example 2 and task 3's example
    assert float(ledger.pin(line_robot.pd_steer(0.010, 0.012, 60, 5, 0.01))) == pytest.approx(-0.4)
    ledger.pin(60 * 0.010), ledger.pin(5 * (0.010 - 0.012) / 0.01)                      # 0.6 and -1
    ledger.given(0.012, note="the error one step earlier in the example")
    # the runs the lessons, the rubric and the model answer quote
    p_only, pd = line_robot.simulate(60, 0, 0.5), line_robot.simulate(60, 15, 0.5)
    ledger.pin(p_only["overshoot"], places=-1)                                          # ≈ 70 %
    ledger.pin(p_only["time_to_line"], places=1)                                        # ≈ 3.0 s
    ledger.pin(pd["overshoot"], places=0)                                               # ≈ 3 %
    ledger.pin(pd["time_to_line"], places=1)                                            # ≈ 0.5 s
    slow = line_robot.simulate(10, 20, 0.5)
    assert slow["overshoot"] == 0 and slow["time_to_line"] > 1.5                       # the misconception of lesson 2
    ledger.given(2, 3, 4, note="sensors 3 and 4, the 2 stops a lap, the 3 m track and 3 cm band")
    ledger.assert_complete()


def test_p_steering_alone_cannot_meet_the_design_task_and_pd_can():
    """Lesson 2 asks whether P alone will do: at the design's least speed no Kp of the lab's slider meets it."""
    for kp in range(0, 205, 5):
        assert not check_design({"kp": kp, "kd": 0, "v": 0.5}, line_robot.DESIGN_SPEC,
                                model=line_robot.design_result).correct, kp
    assert check_design({"kp": 60, "kd": 15, "v": 0.5}, line_robot.DESIGN_SPEC, model=line_robot.design_result).correct


@pytest.mark.parametrize(("design", "meets"), [
    ({"kp": 60.0, "kd": 15.0, "v": 0.5}, True), ({"kp": 100.0, "kd": 15.0, "v": 0.5}, True),
    ({"kp": 40, "kd": 10, "v": 1.0}, True),
    ({"kp": 60.0, "kd": 0.0, "v": 0.5}, False), ({"kp": 10.0, "kd": 20.0, "v": 0.5}, False),
    ({"kp": 60.0, "kd": 15.0, "v": 0.4}, False),
])
def test_the_design_task_accepts_the_tunings_that_meet_it_and_no_other(design, meets):
    assert check_design(design, line_robot.DESIGN_SPEC, model=line_robot.design_result).correct is meets


def test_the_robot_crosses_the_line_at_an_angle_with_p_steering():
    """Lesson 1's misconception: when the error is zero the robot is still heading across the line."""
    run = line_robot.simulate(60, 0, 0.5)
    k = next(i for i, y in enumerate(run["y"]) if y <= 0)
    assert math.degrees(run["theta"][k]) < -1 and run["overshoot"] > 50


def test_the_lab_drives_the_robot_down_the_track_without_simulating_or_redrawing_again():
    lab = line_robot.make_lab()
    lab.build()
    full, runs = lab.view.full_draws, line_robot._run.cache_info().misses
    places = []
    for along in range(0, 301, 30):
        lab.set(along=along)
        places.append(lab.result["at_x"])
    assert places == sorted(places) and places[-1] > 2.9
    assert lab.view.full_draws == full and line_robot._run.cache_info().misses == runs
    lit = [sensor.get_facecolor()[1] < 0.9 for sensor in lab.view.sensors]
    assert any(lit), "a sensor over the line is shaded"
    assert "at this moment" in lab.readout.value.lower()


def test_the_design_line_leaves_the_animation_out():
    lab = line_robot.make_lab("agv-pd")
    lab.build()
    lab.set(kp=60.0, kd=15.0, v=0.5, along=120)
    assert lab.design_code() == "design = {'kp': 60.0, 'kd': 15.0, 'v': 0.5}"
    assert lab.check().correct


def test_where_the_robot_is_follows_the_run():
    run = line_robot.simulate(60, 15, 0.5)
    start, end = line_robot.pose_at(run, 0.0), line_robot.pose_at(run, 10.0)
    assert start["at_t"] == 0 and start["at_y"] == line_robot.START_OFFSET
    assert end["at_x"] == run["x"][-1] and abs(end["at_e"]) < 0.005
