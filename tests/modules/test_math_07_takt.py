"""math-07-takt: its notebooks are what build.py writes, every number it shows is a given of its tasks or comes from
the lab's model, the lab's model and picture are right, and the issue's takt findings stay fixed (takt time is set by
demand and cycle time by the station; the design is about the cycle time; task 2's k reused as a pint quantity earns
task 3). (The forms of every item: tests/test_forms.py; the lessons in a browser: tests/test_browser.py.)"""

from __future__ import annotations

import math
import re

import nbformat
import pytest

from curriculum.labs import takt
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger

MODULE = "math-07-takt"
FOLDER = REPO_ROOT / "math" / MODULE
NOTEBOOKS = [FOLDER / "lesson-1.ipynb", FOLDER / "lesson-2.ipynb", REPO_ROOT / "source" / MODULE / "takt.ipynb"]


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    # the data the texts state: shifts and breaks, demands, cycle times, buffers, targets, the design's limits
    ledger.given(8, 40, 30, 440, 360, 400, 410, 7.5, 72, 60, 12, 52, 58, 49, 55, 44, 66, 80, 1.75, 6, 70,
                 note="the shifts, demands, stations, lines and the specification of the lessons and tasks")
    ledger.given(0, 0.5, 1, 2, 2.5, 3, 5, 10, 45, 3600,
                 note="small counts, an hour's seconds, tolerances, the forms' examples, the assignment's minutes")
    hour = takt.SECONDS_PER_HOUR
    # lesson 1: example 1, the stations, the linear function and the misconception
    working = (8 * 60 - 40) * 60
    assert ledger.pin(working) == 26400
    hours, minutes = divmod(working // 60, 60)
    ledger.pin(hours), ledger.pin(minutes)                                             # 7 h 20 min
    ledger.pin(takt.takt_time(working, 440))                                           # 60 s
    assert max(52, 58, 49, 55, 44) == 58 <= takt.takt_time(working, 440)              # the line keeps the takt
    ledger.pin(takt.takt_time(working, 440) - 58)                                      # waits 2 s
    assert takt.rate_per_hour(60) == 60
    ledger.pin(takt.cars_after(2.5, 60, 12))                                           # 162
    ledger.pin(takt.cars_after(working / hour, 66))                                    # 400 with a 66-second station
    ledger.pin(66 - takt.takt_time(working, 440))                                      # move 6 s of work
    # lesson 2: example 2, whole cars, two lines, the misconception and the design's estimate
    ledger.pin(440 - 12)                                                               # 428
    ledger.pin(takt.time_to_target(440, 60, 12), places=2)                             # 7.13 h
    ledger.pin(round(takt.time_to_target(440, 60, 12) * 60) % 60)                      # 7 h 8 min
    ledger.pin((working / hour - takt.time_to_target(440, 60, 12)) * 60)               # 12 minutes before the end
    ledger.pin(takt.rate_per_hour(80))                                                 # 45 cars per hour
    ledger.pin(takt.cars_linear(1.75, 80))                                             # 78.75
    ledger.pin(takt.cars_after(1.75, 80))                                              # 78
    ledger.pin(takt.cars_after(1.75, 80) + 1)                                          # "not 79"
    ledger.pin(takt.rate_per_hour(72))                                                 # 50
    ledger.pin(takt.rate_per_hour(60) - takt.rate_per_hour(72))                        # 10t = 48
    ledger.pin(60 - 12)
    ledger.pin(takt.meeting_time(60, 12, 72, 60))                                      # 4.8 h
    ledger.pin(takt.cars_linear(takt.meeting_time(60, 12, 72, 60), 60, 12))            # 300 cars
    assert takt.cars_after(6, 60, 12) > takt.cars_after(6, 72, 60)                     # A is ahead after 6 h
    ledger.pin(takt.takt_time(takt.DESIGN_WORK_MIN * 60, takt.DESIGN_DEMAND))          # 67.5 s
    ledger.pin(takt.SLOWEST_STATION_S)
    # the assignment: the tasks, their hidden checks, messages, the rubric and the model answer
    demands, lines = _parameter_options()                                              # tasks 1-5: each student's own
    ledger.given(*demands, *(n for line in lines for n in line), 10,
                 note="the parameters cell: the demands and line B's cycle times, buffers and targets, Variant(count=10)")
    ledger.pin(takt.cars_after(7.5, 60, 0))                                            # 450, the function's example
    ledger.pin(takt.cars_after(0.5, 72, 3))                                            # 28, its other example
    assert takt.design_result({"cycle_s": 70.0, "buffer": 20.0})["cars"] in range(400, 411)   # the model design
    ledger.pin(takt.BUFFER_PLACES), ledger.pin(takt.DESIGN_MAX), ledger.pin(20.0)
    ledger.assert_complete()


def _parameter_options() -> tuple[list[int], list[tuple[int, int, int]]]:
    """The demands and line B's (cycle time, buffer, target) the parameters cell draws from, as it writes them."""
    import ast

    source = nbformat.read(NOTEBOOKS[2], as_version=4)
    cell = next(c for c in source.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "parameters")
    calls = {node.func.attr: ast.literal_eval(node.args[0]) for node in ast.walk(ast.parse(cell.source))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args
             and node.func.attr in ("choice", "pick")}
    return calls["choice"], calls["pick"]


def _apart(values: list[float], share: float = 0.02) -> bool:
    ordered = sorted(abs(v) for v in values)
    return all(b >= a * (1 + share) for a, b in zip(ordered, ordered[1:]))


def test_every_parameter_set_poses_tasks_with_sensible_answers_no_two_alike():
    """The variants (docs/variants.md): every demand and every line B a student can get, recomputed by the model.

    Task 1's takt differs from every other set's by 2 % or more (a copied answer earns nothing) and never is line C's
    67.5 s (task 7 would give it away). Line B is slower than line A (60 s, 12 cars) and ahead of it at the start, so
    the lines get level (task 5); it meets its target and is caught up within the 7.5-hour shift; k, t_target and
    t_level each differ from every other set's by 2 % or more."""
    demands, lines = _parameter_options()
    assert demands[0] == 360 and lines[0] == (72, 30, 400)                      # the example the release shows
    shift_h = 7.5
    takts = [takt.takt_time(shift_h * 3600, d) for d in demands]
    assert _apart(takts) and all(abs(x - 67.5) > 1 for x in takts) and len(set(demands)) == len(demands)
    assert len(lines) >= 10 and len({c for c, _b, _n in lines}) == len(lines)  # Variant(count=10), distinct(cycle_b)
    rates, targets, levels = [], [], []
    for cycle, buffer, target in lines:
        k = takt.rate_per_hour(cycle)
        assert k < takt.rate_per_hour(60) and buffer > 12                        # B slower, but ahead at the start
        t_target = takt.time_to_target(target, cycle, buffer)
        t_level = takt.meeting_time(60, 12, cycle, buffer)
        assert 0 < t_level < t_target <= shift_h, (cycle, buffer, target)
        assert takt.cars_after(t_target, cycle, buffer) == target                # the target is met then, not before
        rates.append(k), targets.append(t_target), levels.append(t_level)
    assert _apart(rates) and _apart(targets) and _apart(levels)


def test_the_hidden_checks_expect_what_the_model_computes():
    """Tasks 1, 2, 4 and 5 are decided by the lab's model with the student's own numbers, and the example's answers
    are the ones the texts and forms were written for (75 s, 50 cars per hour, 7.4 h, 1.8 h)."""
    source = "\n".join(c.source for c in nbformat.read(NOTEBOOKS[2], as_version=4).cells)
    for expected in ("line_lab.takt_time((8 * 60 - 30) * 60, demand) * ureg.s", "line_lab.rate_per_hour(cycle_b) / ureg.hour",
                     "sp.Rational(3600, cycle_b) * t + buffer_b",
                     "line_lab.time_to_target(target_b, cycle_b, buffer_b) * ureg.hour",
                     "line_lab.meeting_time(60, 12, cycle_b, buffer_b) * ureg.hour"):
        assert source.count(expected) >= 2, expected                            # the self-check and the hidden check
    assert takt.takt_time(27000, 360) == 75 and takt.rate_per_hour(72) == 50
    assert takt.time_to_target(400, 72, 30) == pytest.approx(7.4) and takt.meeting_time(60, 12, 72, 30) == pytest.approx(1.8)


def test_takt_time_is_set_by_demand_and_cycle_time_by_the_station():
    """Issue #12: the texts never let a line 'choose' its takt time; the design is about the cycle time."""
    texts = {lang: "\n".join(c.source for p in NOTEBOOKS for c in nbformat.read(p, as_version=4).cells
                             if f"lang-{lang}" in c.metadata.get("tags", [])) for lang in ("kk", "ru", "en")}
    english = texts["en"]
    assert not re.search(r"choose (a|the) takt|takt time must be at least|select the takt", english, re.IGNORECASE)
    assert "set by the customers' demand" in english or "the demand sets it" in english
    assert "cycle time" in english and "slowest station" in english
    assert "таңдамайды" in texts["kk"] and "никто" in texts["ru"]     # nobody chooses the takt time
    source = nbformat.read(NOTEBOOKS[2], as_version=4)
    design = next(c for c in source.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "line-design")
    assert "cycle_s" in design.source and "takt_s" not in design.source
    keys = {r.key for r in takt.DESIGN_SPEC.requirements}
    assert keys == {"cars", "cycle_s", "buffer"}


def test_the_design_needs_the_buffer_because_the_slowest_station_is_slower_than_the_takt():
    shift_h = takt.DESIGN_WORK_MIN / 60
    assert takt.SLOWEST_STATION_S > takt.takt_time(takt.DESIGN_WORK_MIN * 60, takt.DESIGN_DEMAND)
    assert takt.cars_after(shift_h, takt.SLOWEST_STATION_S) < takt.DESIGN_DEMAND     # without a buffer: short
    from curriculum.check import check_design

    fits = [(c / 2, b) for c in range(120, 181) for b in range(0, 41)
            if check_design({"cycle_s": c / 2, "buffer": b}, takt.DESIGN_SPEC, model=takt.design_result).correct]
    assert fits and all(c >= 70 and b >= 15 for c, b in fits)
    assert (70.0, 15) in fits and (70.0, 14) not in fits and (70.0, 26) not in fits


@pytest.mark.parametrize(("design", "meets"), [
    ({"cycle_s": 70.0, "buffer": 20.0}, True), ({"cycle_s": 72.0, "buffer": 30.0}, True), ({"cycle_s": 71, "buffer": 25}, True),
    ({"cycle_s": 67.5, "buffer": 0.0}, False), ({"cycle_s": 70.0, "buffer": 0.0}, False),
    ({"cycle_s": 70.0, "buffer": 30.0}, False), ({"cycle_s": 75.0, "buffer": 40.0}, False),
])
def test_the_design_task_accepts_the_designs_that_meet_it_and_no_other(design, meets):
    from curriculum.check import check_design

    assert check_design(design, takt.DESIGN_SPEC, model=takt.design_result).correct is meets


def test_task_3_accepts_task_2s_k_reused_as_a_pint_quantity():
    """Issue #12: reusing k from task 2 (a quantity in 1/h) must not fail task 3: k * t * ureg.hour + 30 is 50t + 30
    cars, and so is a sympy root times its unit in task 4."""
    import sympy as sp

    from curriculum.check import compare
    from curriculum.units import ureg

    t = sp.Symbol("t", nonnegative=True)
    for k in ((3600 / 72) / ureg.hour, 1 / (72 * ureg.s), (60 / 72) / ureg.minute):
        assert compare(k * t * ureg.hour + 30, "50*t + 30").correct
        assert compare(k.to(1 / ureg.hour).magnitude * t + 30, "50*t + 30").correct
    (root,) = sp.solve(sp.Eq(50 * t + 30, 400), t)
    assert compare(root * ureg.hour, "7.4 h", mode="units", rtol=0.005).correct


def test_the_model_counts_whole_cars_and_refuses_bad_input():
    assert takt.cars_after(7.5, 60, 0) == 450 and takt.cars_after(1.75, 80) == 78
    assert takt.cars_after(0.1, 36) == 10                       # 9.999999999999998 by floats: still 10 cars
    assert takt.time_to_target(20, 60, 30) == 0.0              # the buffer alone meets the target
    assert takt.meeting_time(60, 12, 60, 30) is None and takt.meeting_time(60, 12, 60, 12) == 0.0
    assert takt.meeting_time(72, 60, 60, 12) == pytest.approx(4.8)
    for bad in (0, -60, math.nan, math.inf, "60", True):
        with pytest.raises(ValueError):
            takt.rate_per_hour(bad)
    with pytest.raises(ValueError):
        takt.cars_after(-1, 60, 0)
    with pytest.raises(ValueError):
        takt.line_state(400, 450, 70, 12.5)                    # half a car in the buffer
    with pytest.raises(ValueError):
        takt.design_result({"cycle_s": 70, "buffer": -3})


def test_the_lab_shows_the_yard_filling_as_the_shift_runs_without_drawing_the_whole_figure_again():
    lab = takt.make_lab()
    lab.build()
    full = lab.view.full_draws
    for minute in range(0, 481, 30):
        lab.set(minute=minute)
        cars = lab.result["cars_now"]
        filled = sum(1 for colour in lab.view.dots.get_facecolors() if colour[3] > 0)
        assert filled == cars == takt.cars_after(min(minute, 440) / 60, 60, 12)
    assert lab.view.full_draws == full
    assert lab.result["cars"] == 452 and lab.result["over"] == 12 and lab.result["keeps_takt"]
    lab.set(cycle_s=66)
    assert lab.result["short"] == 28 and not lab.result["keeps_takt"]
    lab.set(demand=400)
    assert lab.result["takt_s"] == 66 and lab.result["k"] == pytest.approx(3600 / 66)   # demand moves the takt only


def test_the_design_line_leaves_the_shift_clock_out():
    lab = takt.make_lab("shift-400")
    lab.build()
    lab.set(cycle_s=70.0, buffer=20.0, minute=200)
    assert lab.design_code() == "design = {'cycle_s': 70.0, 'buffer': 20.0}"
    assert lab.check().correct
    with pytest.raises(ValueError, match="shift-400"):
        takt.make_lab("shift-500")
