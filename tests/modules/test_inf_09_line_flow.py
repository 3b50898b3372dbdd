"""inf-09-line-flow: the event simulation agrees with an independent minute-by-minute simulation, the statements the
lessons make hold (the bottleneck sets the pace, buffers matter only with stoppages, Little's law), every number the
module shows is a given of its tasks or comes from the lab's model, the design task's limit is the fewest places
that can do it, and the lab draws what the model says. (The forms of every item: tests/test_forms.py; the lessons
in a browser: tests/test_browser.py.)"""

from __future__ import annotations

import itertools
from collections import deque

import pytest
import sympy as sp

from curriculum import authoring as a
from curriculum.labs import line_flow as lf
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger

MODULE = "inf-09-line-flow"
FOLDER = REPO_ROOT / "informatics" / MODULE
BUILD = a.load_build_script(FOLDER)


def minute_by_minute(times: list[list[int]], buffers: list[int]) -> list[list[int]]:
    """An independent simulation in whole minutes: every station holds one door and counts its minutes down; at
    each minute the doors move while any can (a finished door goes on if buffer and next station have room for it,
    an empty station takes the next door), then every station works one minute. Returns when each door left each
    station."""
    n, doors = len(times[0]), len(times)
    held: list[list[int] | None] = [None] * n           # [door, minutes left]
    waiting = [deque() for _ in range(n - 1)]
    left = [[None] * n for _ in range(doors)]
    next_door, minute = 0, 0
    while any(row[-1] is None for row in left):
        moved = True
        while moved:
            moved = False
            for i in reversed(range(n)):
                door = held[i]
                if door is not None and door[1] == 0:
                    if i == n - 1:
                        held[i] = None
                    elif len(waiting[i]) + (held[i + 1] is not None) < buffers[i] + 1:
                        waiting[i].append(door[0])
                        held[i] = None
                    if held[i] is None:
                        left[door[0]][i] = minute
                        moved = True
                if held[i] is None:
                    if i == 0 and next_door < doors:
                        held[0], next_door, moved = [next_door, times[next_door][0]], next_door + 1, True
                    elif i > 0 and waiting[i - 1]:
                        k = waiting[i - 1].popleft()
                        held[i], moved = [k, times[k][i]], True
        for door in held:
            if door is not None and door[1] > 0:
                door[1] -= 1
        minute += 1
        assert minute < 10_000
    return left


def test_the_event_table_is_what_a_minute_by_minute_simulation_gives():
    from hypothesis import given, settings

    @settings(max_examples=300, deadline=None, derandomize=True)
    @given(lf.lines(max_doors=8, max_stations=4, max_time=5, max_buffer=3))
    def check(line):
        times, buffers = line
        assert lf.leave_times(times, buffers) == minute_by_minute(times, buffers)

    check()
    # and the shift's own line, stoppages and all, for a few buffers
    times = [[int(2 * t) for t in row] for row in lf.shift_times(lf.CYCLES)[:80]]  # whole half-minutes
    for buffers in ([0, 0, 0], [2, 2, 2], [3, 0, 5]):
        assert lf.leave_times(times, buffers) == minute_by_minute(times, buffers)


def test_the_arguments_are_left_as_they_were():
    times, buffers = [[1, 3], [2, 1]], [0]
    lf.leave_times(times, buffers)
    assert times == [[1, 3], [2, 1]] and buffers == [0]


def test_without_stoppages_the_bottleneck_sets_the_pace_whatever_the_buffers():
    """The lesson's and task 3's statement: door n leaves at sum(c) + (n - 1) * max(c), with any buffers."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=200, deadline=None, derandomize=True)
    @given(st.lists(st.integers(1, 6), min_size=1, max_size=5).flatmap(
        lambda c: st.tuples(st.just(c), st.lists(st.integers(0, 3), min_size=len(c) - 1, max_size=len(c) - 1))))
    def check(line):
        cycles, buffers = line
        leave = lf.leave_times([cycles] * 12, buffers)
        assert [row[-1] for row in leave] == [lf.first_exit(cycles, n) for n in range(1, 13)]

    check()
    c1, c2, c3, c4, n = sp.symbols("c1 c2 c3 c4 n", positive=True)
    expression = sp.sympify(BUILD.EXIT_TIME, locals={"c1": c1, "c2": c2, "c3": c3, "c4": c4, "n": n})
    cycles = BUILD.ASSIGNMENT_CYCLES
    assert lf.bottleneck(cycles) == 3  # task 3's line: station 4 is the slowest
    assert expression.subs({c1: cycles[0], c2: cycles[1], c3: cycles[2], c4: cycles[3], n: 7}) == pytest.approx(
        lf.first_exit(cycles, 7))


def test_buffers_matter_only_with_stoppages_and_never_hurt():
    made_off = {lf.line_state(*lf.CYCLES, *b, "off", lf.SHIFT_MIN)["made"] for b in itertools.product(range(0, 11, 5), repeat=3)}
    assert made_off == {177}
    one = lf.line_state(*lf.CYCLES, 0, 0, 0, "on", lf.SHIFT_MIN)["made"]
    many = lf.line_state(*lf.CYCLES, 10, 10, 10, "on", lf.SHIFT_MIN)["made"]
    assert (one, many) == (112, 144)
    for b in itertools.product(range(0, 4), repeat=3):  # one more place never makes fewer doors
        made = lf.design_result(dict(zip(("b1", "b2", "b3"), b)))["made"]
        for i in range(3):
            more = list(b)
            more[i] += 1
            assert lf.design_result(dict(zip(("b1", "b2", "b3"), more)))["made"] >= made


def test_the_design_tasks_limit_is_the_fewest_places_that_make_the_doors():
    """Every design of at most 8 places in all is tried: 8 can make the 140 doors, 7 cannot (and one more place
    never makes fewer doors, so more than 8 is not the fewest)."""
    best: dict[int, int] = {}
    for b in itertools.product(range(lf.DESIGN_MAX_BUFFER + 1), repeat=3):
        if sum(b) <= lf.DESIGN_MAX_BUFFER:
            made = lf.design_result(dict(zip(("b1", "b2", "b3"), b)))["made"]
            best[sum(b)] = max(best.get(sum(b), 0), made)
    assert best[lf.DESIGN_MAX_BUFFER] >= lf.DESIGN_TARGET > best[lf.DESIGN_MAX_BUFFER - 1]


@pytest.mark.parametrize(("design", "meets"), [
    ({"b1": 3, "b2": 2, "b3": 3}, True), ({"b1": 3, "b2": 3, "b3": 2}, True), ({"b1": 4, "b2": 2, "b3": 2}, True),
    ({"b1": 2, "b2": 2, "b3": 2}, False), ({"b1": 2, "b2": 2, "b3": 4}, False), ({"b1": 10, "b2": 10, "b3": 10}, False),
    ({"b1": 0, "b2": 8, "b3": 0}, False),
])
def test_the_design_task_accepts_the_designs_that_meet_it_and_no_other(design, meets):
    from curriculum.check import check_design

    assert check_design(design, lf.DESIGN_SPEC, model=lf.design_result).correct is meets


def test_littles_law_holds_exactly_on_a_line_that_empties():
    """Over a horizon that starts and ends with an empty line, the average WIP is X · W exactly; over the shift,
    with doors still on the line at its end, the two agree within 2 % (the lesson's statement)."""
    times = lf.shift_times(lf.CYCLES)[:60]
    table = lf.event_table(times, [2, 2, 2])
    end = table["leave"][-1][-1]
    stats = lf.shift_stats(table, end)
    assert stats["made"] == 60 and stats["wip_mean"] == pytest.approx(stats["little"], rel=1e-12)
    for stoppages in ("on", "off"):
        r = lf.line_state(*lf.CYCLES, 2, 2, 2, stoppages, lf.SHIFT_MIN)
        assert r["little"] == pytest.approx(r["wip_mean"], rel=0.02)


def test_the_bottleneck_works_most_and_is_the_slowest_station():
    for stoppages in ("on", "off"):
        r = lf.line_state(*lf.CYCLES, 2, 2, 2, stoppages, lf.SHIFT_MIN)
        assert r["busiest"] == lf.bottleneck(lf.CYCLES) == 1
        assert all(abs(w + x + b + s - 1) < 1e-9
                   for w, x, b, s in zip(r["working"], r["stopped"], r["blocked"], r["starved"]))
        assert (max(r["stopped"]) > 0) is (stoppages == "on")


def test_a_station_in_a_stoppage_is_shown_stopped_not_working():
    """The log's stoppage is the door's time beyond the station's cycle: the model and the picture say "stopped"
    then (a yellow door), "working" during the cycle, "blocked" after the finish while there is no room ahead."""
    r = lf.line_state(*lf.CYCLES, 2, 2, 2, "on", 0)
    table = r["table"]
    k, i = next((k, i) for k, row in enumerate(lf.STOPS) for i, stop in enumerate(row)
                if stop and k < len(table["start"]) and table["finish"][k][i] < lf.SHIFT_MIN)
    start, finish = table["start"][k][i], table["finish"][k][i]
    assert finish - start == pytest.approx(lf.CYCLES[i] + lf.STOPS[k][i])
    during_cycle, during_stop = start + lf.CYCLES[i] / 2, start + lf.CYCLES[i] + lf.STOPS[k][i] / 2
    assert lf.line_state(*lf.CYCLES, 2, 2, 2, "on", during_cycle)["now"]["stations"][i] == (k, "working")
    assert lf.line_state(*lf.CYCLES, 2, 2, 2, "on", during_stop)["now"]["stations"][i] == (k, "stopped")
    assert lf.state_at(table, during_stop)["stations"][i] == (k, "working")      # without the cycles: busy
    lab = lf.make_lab()
    lab.build()
    lab.set(stoppages="on", minute=during_stop)
    from matplotlib.colors import to_rgb

    assert lab.view.doors[i].get_facecolor()[:3] == pytest.approx(to_rgb(lf.YELLOW))
    assert lab.view.state_texts[i].get_text() == "stopped"
    # without stoppages nothing is stopped, and the bottleneck works from its first door (minute 2.0) to the end
    off = lf.line_state(*lf.CYCLES, 2, 2, 2, "off", lf.SHIFT_MIN)
    assert max(off["stopped"]) == 0
    assert off["working"][1] == pytest.approx((lf.SHIFT_MIN - lf.CYCLES[0]) / lf.SHIFT_MIN)


def test_work_in_progress_and_throughput_count_at_the_boundaries():
    leave = [[1, 4], [4, 7], [7, 10]]
    assert lf.entry_times(leave) == [0, 1, 4]
    assert [lf.work_in_progress(leave, t) for t in (0, 1, 4, 6, 7, 9, 10)] == [1, 2, 2, 2, 1, 1, 0]
    assert lf.made_by(leave, 7) == 2 and lf.throughput(leave, 10) == 18.0
    assert lf.work_in_progress([], 3) == 0 and lf.leave_times([], []) == []


@pytest.mark.parametrize(("call", "message"), [
    (lambda: lf.leave_times("12", [0]), "list of doors"),
    (lambda: lf.leave_times([[1, 2], [1]], [0]), r"times\[1\] has 1 stations, times\[0\] has 2"),
    (lambda: lf.leave_times([[1, -2]], [0]), r"times\[0\]\[1\] must be a number of at least 0"),
    (lambda: lf.leave_times([[1, 2]], [0, 1]), "the 1 buffers"),
    (lambda: lf.leave_times([[1, 2]], [1.5]), r"buffers\[0\] must be a whole number"),
    (lambda: lf.bottleneck([]), "non-empty list"),
    (lambda: lf.bottleneck([2, "3"]), r"cycles\[1\] must be a number"),
    (lambda: lf.work_in_progress([[1, 2]], -1), "t must be a number of at least 0"),
    (lambda: lf.throughput([[1, 2]], 0), "shift must be a positive number"),
    (lambda: lf.line_state(2, 2, 2, 2, 1, 1, 1, "maybe"), "stoppages"),
])
def test_bad_input_gets_a_clear_message(call, message):
    with pytest.raises(ValueError, match=message):
        call()


@pytest.mark.parametrize(("lang", "message"), [
    ("kk", r"times\[1\] ішінде 1 бекет"), ("ru", r"в times\[1\] 1 пост"), ("en", r"times\[1\] has 1 stations"),
])
def test_a_line_that_is_not_a_table_is_refused_in_the_course_language(lang, message):
    from curriculum.i18n import in_language

    with in_language(lang), pytest.raises(ValueError, match=message):
        lf.leave_times([[1, 2], [1]], [0])


def test_the_picture_shows_the_line_at_each_moment():
    lab = lf.make_lab()
    lab.build()
    view = lab.view
    lab.set(stoppages="on", minute=300)
    now = lab.result["now"]
    for i, held in enumerate(now["stations"]):
        assert view.doors[i].get_visible() is (held is not None)
        if held is not None:
            assert view.doors[i].get_facecolor()[:3] == pytest.approx(
                __import__("matplotlib.colors", fromlist=["to_rgb"]).to_rgb(lf.STATE_COLOURS[held[1]]))
    for i, column in enumerate(view.slots):
        filled = sum(1 for slot in column if slot.get_visible() and slot.get_facecolor()[:3] != (1.0, 1.0, 1.0))
        assert filled == now["in_buffer"][i] <= lab.result["buffers"][i]
    # what the picture holds is the work in progress: stations with a door plus doors in buffers
    assert sum(h is not None for h in now["stations"]) + sum(now["in_buffer"]) == now["wip"]
    assert f"{now['made']}" in view.out_text.get_text()
    full = view.full_draws
    for minute in range(0, 40):
        lab.set(minute=minute)
    assert view.full_draws <= full + 1  # the clock draws only what moves


def test_the_design_line_is_the_buffers():
    """Buffer places are counts: the line a student copies reads 3, not 3.0 (the slider's widget holds floats)."""
    lab = lf.make_lab("buffers")
    lab.build()
    lab.set(b1=3, b2=2, b3=3, minute=100)
    assert lab.design_code() == "design = {'b1': 3, 'b2': 2, 'b3': 3}"
    assert lab.check().correct
    lab.set(b3=2)
    assert not lab.check().correct


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    ledger.given(*lf.CYCLES, *BUILD.ASSIGNMENT_CYCLES, lf.SHIFT_MIN, note="the stations' cycle times, the shift")
    ledger.given(lf.STOP_PROBABILITY, lf.STOP_MIN, lf.STOP_MAX, note="the log's stoppages")
    ledger.given(lf.STATIONS, lf.MAX_BUFFER, 0, 1, 2, 3, 60, note="stations, places, indices, minutes in an hour")
    ledger.given(lf.DESIGN_TARGET, lf.DESIGN_MAX_BUFFER, lf.DESIGN_MAX_BUFFER - 1, note="the design task")
    ledger.given(BUILD.LITTLE_L, BUILD.LITTLE_X, note="task 7's month")
    ledger.given(45, 1.2, 100, 120, 300, note="minutes, the lab's try-out time of station 3, moments the code looks at")
    ledger.given(3.5, 10, 5, 0.5, note="task 1's example list, the lab's buffers and task 7's tolerance (0.5 %)")
    ledger.pin(sum(lf.CYCLES))                                                    # 8.5 min: the first door
    assert ledger.pin(lf.line_rate(lf.CYCLES)) == 24                              # doors per hour
    ledger.pin(lf.first_exit(lf.CYCLES, 177)), ledger.pin(lf.first_exit(lf.CYCLES, 178))  # 448.5 and 451
    assert lf.first_exit(lf.CYCLES, 177) <= lf.SHIFT_MIN < lf.first_exit(lf.CYCLES, 178)
    ledger.pin(177), ledger.pin(178)
    leave = lf.leave_times([list(lf.CYCLES)] * 60, [0, 0, 0])
    assert ledger.pin(lf.made_by(leave, 60)) == 21                                # the first hour
    assert lf.made_by(leave, 120) - lf.made_by(leave, 60) == 24
    ledger.pin(60 / sum(lf.CYCLES), places=0)                                     # Assel's ≈ 7 doors per hour
    mean_stop = (lf.STOP_MIN + lf.STOP_MAX) / 2
    assert ledger.pin(mean_stop) == 5
    slow = ledger.pin(lf.CYCLES[1] + lf.STOP_PROBABILITY * mean_stop)             # 3.0 min
    assert ledger.pin(60 / slow) == 20
    off = lf.line_state(*lf.CYCLES, 0, 0, 0, "off", lf.SHIFT_MIN)
    assert off["made"] == 177
    none = lf.line_state(*lf.CYCLES, 0, 0, 0, "on", lf.SHIFT_MIN)
    ten = lf.line_state(*lf.CYCLES, 10, 10, 10, "on", lf.SHIFT_MIN)
    two = lf.line_state(*lf.CYCLES, 2, 2, 2, "on", lf.SHIFT_MIN)
    ledger.pin(none["made"]), ledger.pin(ten["made"]), ledger.pin(ten["throughput"], places=1)  # 112, 144, 19.2
    ledger.pin(two["made"])                                                       # 137
    ledger.pin(two["throughput"], places=2), ledger.pin(two["throughput"] / 60, places=4)   # 18.27, 0.3044
    ledger.pin(two["lead_mean"], places=2), ledger.pin(two["little"], places=2)   # 19.18, 5.84
    ledger.pin(two["wip_mean"], places=1)                                         # 5.9
    assert round(abs(two["wip_mean"] / two["little"] - 1) * 100) == 1             # "about 1 %"
    assert ledger.pin(ten["made"] - two["made"]) == 7                             # the misconception
    assert ten["wip_mean"] > 2 * two["wip_mean"] and 1.9 < ten["lead_mean"] / two["lead_mean"] < 2.1
    # lesson 2's example table and the tasks' examples
    assert ledger.pin(4) and lf.leave_times([[1, 3]] * 3, [0]) == [[1, 4], [4, 7], [7, 10]]
    ledger.pin(7)
    assert lf.work_in_progress([[1, 4], [4, 7], [7, 10]], 4) == 2
    assert ledger.pin(lf.throughput([[1, 4], [4, 7], [7, 10]], 10)) == 18
    assert lf.bottleneck([2.0, 3.5, 3.5, 1.0]) == 1
    # the assignment's answers
    assert ledger.pin(lf.line_rate(BUILD.ASSIGNMENT_CYCLES)) == 25
    assert ledger.pin(BUILD.LITTLE_L / BUILD.LITTLE_X * 60) == 20                  # task 7: 20 min
    ledger.assert_complete()
    # the anticipated mistakes of the hidden checks (rules' answers are not shown, so not on the ledger)
    assert round(60 / sum(BUILD.ASSIGNMENT_CYCLES), 4) == 7.2289                  # task 2: the sum of the cycles
    assert round(60 / min(BUILD.ASSIGNMENT_CYCLES), 3) == 33.333                  # task 2: the fastest station
    assert round(BUILD.LITTLE_L / BUILD.LITTLE_X, 5) == 0.33333                   # task 7: hours read as minutes
    assert BUILD.LITTLE_X / BUILD.LITTLE_L * 60 == 180                            # task 7: X / L, in hours
