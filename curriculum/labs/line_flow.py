"""A production line of stations and buffers, simulated event by event: throughput, the bottleneck, work in
progress and Little's law.

The model of module ``inf-09-line-flow``. The plant's door line pre-assembles car doors at ``STATIONS`` stations
one after another (fictional but plausible numbers). Each station works on one door at a time; between station
``i`` and station ``i + 1`` a **buffer** holds at most ``buffers[i]`` doors (0: the door goes straight on). Doors
wait at the line's start in any number (the line is never short of work) and leave the last station at once.

``times[k][i]`` is the time (minutes) station ``i`` needs for door ``k``: its cycle time plus a stoppage, if one
happened (a jam, a missing clip: the shift's log). The simulation computes, door by door, the **event times**
(a discrete-event simulation): ``leave[k][i]``, when door ``k`` leaves station ``i``.

* Door ``k`` starts at station ``i`` when it has left station ``i - 1`` (station 0: at once) and station ``i``
  has let go of door ``k - 1``: ``start = max(leave[k][i - 1], leave[k - 1][i])``.
* It is finished ``times[k][i]`` minutes later: ``finish = start + times[k][i]``.
* It leaves when there is room after the station: buffer ``i`` and station ``i + 1`` hold at most
  ``buffers[i] + 1`` doors, so door ``k`` may go once door ``k - buffers[i] - 1`` has left station ``i + 1``:
  ``leave[k][i] = max(finish, leave[k - buffers[i] - 1][i + 1])``. Until then the station is **blocked**. The
  last station is never blocked: ``leave = finish``.

What a line does over a shift of ``SHIFT_MIN`` minutes follows from the table: the doors made (left the last
station by the shift's end), the **throughput** (doors per hour), the **work in progress** at each moment (doors
that have entered the line and not yet left it), its average ``L``, the **lead time** of a door (from entering
station 0 to leaving the last) and its average ``W``. **Little's law** ``L = X · W`` ties the three together.
Without stoppages every door leaves the line ``max(cycles)`` minutes after the one before, whatever the buffers:
the slowest station, the **bottleneck**, sets the pace, and the first door takes ``sum(cycles)``.

>>> leave_times([[1, 3], [1, 3], [1, 3]], [0])
[[1.0, 4.0], [4.0, 7.0], [7.0, 10.0]]
>>> bottleneck([2.0, 2.5, 1.8, 2.2]), line_rate([2.0, 2.5, 1.8, 2.2])
(1, 24.0)
>>> work_in_progress([[1, 4], [4, 7], [7, 10]], 4)
2
>>> throughput([[1, 4], [4, 7], [7, 10]], 10)
18.0
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from typing import Any

from ..i18n import pick
from ..numbers import format_trimmed
from .core import Plot, nice_ceiling, set_limits
from .inputs import count, number

STATIONS = 4
"""Stations of the door line."""
CYCLES = (2.0, 2.5, 1.8, 2.2)
"""The stations' cycle times in minutes (fictional, plausible for a door sub-assembly line)."""
SHIFT_MIN = 450
"""A shift's working time in minutes: 8 hours less 30 minutes of breaks."""
STOP_PROBABILITY = 0.1
"""The log's chance that a station stops while it works on one door (a jam, a missing part)."""
STOP_MIN, STOP_MAX = 2, 8
"""A stoppage lasts a whole number of minutes from 2 to 8 (5 on average)."""
LOG_SEED = 2026
"""The seed of the shift's log of stoppages (the same log every time: fictional, as a plant would record it)."""
LOG_DOORS = 600
"""Doors in the log: more than any shift lets into the line (450 minutes at a cycle of at least 1 minute)."""
MAX_BUFFER = 10
"""The lab's largest buffer (places between two stations)."""


def _stop_log() -> tuple[tuple[int, ...], ...]:
    """The shift's log: the minutes of stoppage of every station on every door (0: none). ``random.Random`` with a
    fixed seed gives the same numbers on every Python (its ``random()`` is the Mersenne Twister)."""
    rng = random.Random(LOG_SEED)
    log = []
    for _k in range(LOG_DOORS):
        row = []
        for _i in range(STATIONS):
            stopped = rng.random() < STOP_PROBABILITY
            minutes = STOP_MIN + int(rng.random() * (STOP_MAX - STOP_MIN + 1))
            row.append(minutes if stopped else 0)
        log.append(tuple(row))
    return tuple(log)


STOPS = _stop_log()
"""``STOPS[k][i]``: the minutes station ``i`` stood still while working on door ``k``."""


_ERRORS: Mapping[str, Mapping[str, str]] = {
    "times": {"kk": "times — есіктер тізімі, әр есік — бекеттердің уақыттарының тізімі; берілгені: {value}",
              "ru": "times — список дверей, каждая дверь — список времён постов; получено: {value}",
              "en": "times is a list of doors, each door a list of the stations' times; got {value}"},
    "row": {"kk": "times[{k}] бекеттердің уақыттарының тізімі болуы керек, бірақ берілгені: {value}",
            "ru": "times[{k}] должен быть списком времён постов, а получено: {value}",
            "en": "times[{k}] should be a list of the stations' times, got {value}"},
    "stations": {"kk": "times[{k}] ішінде {got} бекет, ал times[0] ішінде {n}: әр есік барлық бекеттен өтеді",
                 "ru": "в times[{k}] {got} пост(ов), а в times[0] — {n}: каждая дверь проходит все посты",
                 "en": "times[{k}] has {got} stations, times[0] has {n}: every door passes every station"},
    "buffers": {"kk": "buffers — бекеттер арасындағы {need} буфер орындарының тізімі, берілгені: {value}",
                "ru": "buffers — список мест {need} буферов между постами, получено: {value}",
                "en": "buffers is a list of the places of the {need} buffers between the stations, got {value}"},
    "leave": {"kk": "leave — leave_times қайтаратын кесте (есіктер тізімі, әр есікте бекеттердің уақыттары), "
                    "берілгені: {value}",
              "ru": "leave — таблица, которую возвращает leave_times (список дверей, у каждой времена постов), "
                    "получено: {value}",
              "en": "leave is the table leave_times returns (a list of doors, each with the stations' times), "
                    "got {value}"},
    "cycles": {"kk": "cycles — бекеттердің цикл уақыттарының бос емес тізімі, берілгені: {value}",
               "ru": "cycles — непустой список времён цикла постов, получено: {value}",
               "en": "cycles is a non-empty list of the stations' cycle times, got {value}"},
}


def _is_list(value: Any) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes))


def _times(times: Any) -> list[list[float]]:
    if not _is_list(times):
        raise ValueError(pick(_ERRORS["times"]).format(value=repr(times)))
    table: list[list[float]] = []
    for k, row in enumerate(times):
        if not _is_list(row) or not row:
            raise ValueError(pick(_ERRORS["row"]).format(k=k, value=repr(row)))
        if table and len(row) != len(table[0]):
            raise ValueError(pick(_ERRORS["stations"]).format(k=k, got=len(row), n=len(table[0])))
        table.append([number(f"times[{k}][{i}]", t, minimum=0) for i, t in enumerate(row)])
    return table


def _buffers(buffers: Any, stations: int) -> list[int]:
    need = max(stations - 1, 0)
    if not _is_list(buffers) or len(buffers) != need:
        raise ValueError(pick(_ERRORS["buffers"]).format(need=need, value=repr(buffers)))
    return [count(f"buffers[{i}]", b) for i, b in enumerate(buffers)]


def _cycles(cycles: Any) -> list[float]:
    if not _is_list(cycles) or not cycles:
        raise ValueError(pick(_ERRORS["cycles"]).format(value=repr(cycles)))
    return [number(f"cycles[{i}]", c, positive=True) for i, c in enumerate(cycles)]


def _leave(leave: Any) -> list[list[float]]:
    if not _is_list(leave) or any(not _is_list(row) or not row for row in leave):
        raise ValueError(pick(_ERRORS["leave"]).format(value=repr(leave)))
    return [[number(f"leave[{k}][{i}]", t, minimum=0) for i, t in enumerate(row)] for k, row in enumerate(leave)]


# -- the simulation --------------------------------------------------------------------------------


def event_table(times: Any, buffers: Any) -> dict[str, list[list[float]]]:
    """The start, finish and leave time of every door at every station (minutes): the whole event table."""
    table = _times(times)
    n = len(table[0]) if table else 0
    room = _buffers(buffers, n) if table else _buffers(buffers, len(buffers) + 1 if _is_list(buffers) else 1)
    start: list[list[float]] = []
    finish: list[list[float]] = []
    leave: list[list[float]] = []
    for k, row in enumerate(table):
        s_row, f_row, l_row = [], [], []
        for i in range(n):
            before = l_row[i - 1] if i > 0 else 0.0          # left the station before (station 0: at once)
            free = leave[k - 1][i] if k > 0 else 0.0           # this station let go of the door before
            s = max(before, free)
            f = s + row[i]
            if i < n - 1 and k - room[i] - 1 >= 0:              # room after the station: door k - b - 1 has gone on
                d = max(f, leave[k - room[i] - 1][i + 1])
            else:
                d = f
            s_row.append(s)
            f_row.append(f)
            l_row.append(d)
        start.append(s_row)
        finish.append(f_row)
        leave.append(l_row)
    return {"start": start, "finish": finish, "leave": leave}


def leave_times(times: Any, buffers: Any) -> list[list[float]]:
    """``leave[k][i]``: the minute door ``k`` leaves station ``i`` (see the module's rules). The arguments are not
    changed. ``times`` with no doors gives ``[]``."""
    return event_table(times, buffers)["leave"]


def entry_times(leave: Any) -> list[float]:
    """When each door entered the line (started at station 0): door 0 at 0, door ``k`` when door ``k - 1`` left
    station 0."""
    table = _leave(leave)
    return [0.0] + [row[0] for row in table[:-1]] if table else []


def work_in_progress(leave: Any, t: Any) -> int:
    """Doors on the line at minute ``t``: entered at ``t`` or before and not yet left the last station (a door
    that leaves at ``t`` is no longer on the line)."""
    table = _leave(leave)
    t = number("t", t, minimum=0)
    entered = entry_times(table)
    return sum(1 for k, row in enumerate(table) if entered[k] <= t < row[-1])


def made_by(leave: Any, t: Any) -> int:
    """Doors that have left the last station by minute ``t`` (a door leaving at ``t`` counts)."""
    table = _leave(leave)
    t = number("t", t, minimum=0)
    return sum(1 for row in table if row[-1] <= t)


def throughput(leave: Any, shift: Any) -> float:
    """Doors per hour over a shift of ``shift`` minutes: the doors that left the last station by its end, times 60,
    over ``shift``."""
    shift = number("shift", shift, positive=True)
    return made_by(leave, shift) * 60 / shift


def bottleneck(cycles: Any) -> int:
    """The index of the slowest station (the largest cycle time); of equally slow ones, the first."""
    values = _cycles(cycles)
    return values.index(max(values))


def line_rate(cycles: Any) -> float:
    """Doors per hour of a line without stoppages: the bottleneck lets one door through every ``max(cycles)``
    minutes, so ``60 / max(cycles)``."""
    return 60 / max(_cycles(cycles))


def first_exit(cycles: Any, n: Any) -> float:
    """Without stoppages, the minute door ``n`` (counted from 1) leaves the line: ``sum(cycles) + (n - 1) *
    max(cycles)``, whatever the buffers (the module's test checks it against the simulation)."""
    values = _cycles(cycles)
    return sum(values) + (count("n", n, minimum=1) - 1) * max(values)


def shift_times(cycles: Any, stoppages: bool = True, doors: int = LOG_DOORS) -> list[list[float]]:
    """The times of the first ``doors`` doors at the stations: each station's cycle time, plus the log's stoppage
    (``STOPS``) when ``stoppages``."""
    values = _cycles(cycles)
    if len(values) != STATIONS:
        raise ValueError(pick(_ERRORS["cycles"]).format(value=repr(cycles)))
    doors = count("doors", doors, minimum=0)
    if doors > LOG_DOORS:
        raise ValueError(f"the log has {LOG_DOORS} doors, asked for {doors}")
    return [[c + (STOPS[k][i] if stoppages else 0) for i, c in enumerate(values)] for k in range(doors)]


def shift_stats(table: Mapping[str, list[list[float]]], shift: float = SHIFT_MIN,
                cycles: Sequence[float] | None = None) -> dict[str, Any]:
    """What a shift of ``shift`` minutes did, from the event table: doors made, throughput X (doors/h), average work
    in progress L (doors), average lead time W (min) of the doors made, and each station's shares of the time
    working, stopped (with ``cycles`` given: a door's time beyond the station's cycle, as in :func:`state_at`;
    without them it counts as working), blocked and starved; the busiest station is the one working most."""
    start, finish, leave = table["start"], table["finish"], table["leave"]
    n = len(leave[0]) if leave else 0
    made = [row for row in leave if row[-1] <= shift]
    entered = [s_row[0] for s_row in start]
    done = len(made)
    x = done * 60 / shift

    def overlap(a: float, b: float) -> float:
        return max(0.0, min(b, shift) - min(a, shift))

    area = sum(overlap(entered[k], row[-1]) for k, row in enumerate(leave))   # ∫ WIP dt over the shift
    lead = [row[-1] - entered[k] for k, row in enumerate(leave) if row[-1] <= shift]
    w = sum(lead) / len(lead) if lead else 0.0
    def worked(k: int, i: int) -> float:
        end = finish[k][i] if cycles is None else min(finish[k][i], start[k][i] + cycles[i])
        return overlap(start[k][i], end)

    working = [sum(worked(k, i) for k in range(len(leave))) / shift for i in range(n)]
    busy = [sum(overlap(start[k][i], finish[k][i]) for k in range(len(leave))) / shift for i in range(n)]
    stopped = [max(0.0, busy[i] - working[i]) for i in range(n)]
    blocked = [sum(overlap(finish[k][i], leave[k][i]) for k in range(len(leave))) / shift for i in range(n)]
    starved = [max(0.0, 1 - busy[i] - blocked[i]) for i in range(n)]
    return {"made": done, "throughput": x, "wip_mean": area / shift, "lead_mean": w, "little": x / 60 * w,
            "working": working, "stopped": stopped, "blocked": blocked, "starved": starved,
            "busiest": max(range(n), key=lambda i: (working[i], -i)) if n else 0}


def state_at(table: Mapping[str, list[list[float]]], t: float, cycles: Sequence[float] | None = None
             ) -> dict[str, Any]:
    """The line at minute ``t``: each station's door and what the station does with it (``None``: starved): it is
    ``"working"``, ``"stopped"`` (a stoppage of the log: with ``cycles`` given, a door's time at station ``i``
    beyond ``cycles[i]`` is a stoppage, which the model places at the end of the door's time there; where it falls
    does not change when the door leaves) or ``"blocked"``; the doors in each buffer, the work in progress and the
    doors made."""
    start, finish, leave = table["start"], table["finish"], table["leave"]
    n = len(leave[0]) if leave else 0
    stations: list[tuple[int, str] | None] = [None] * n
    in_buffer = [0] * max(n - 1, 0)
    for k in range(len(leave)):
        for i in range(n):
            if start[k][i] <= t < leave[k][i]:
                if t >= finish[k][i]:
                    state = "blocked"
                elif cycles is not None and t >= start[k][i] + cycles[i]:
                    state = "stopped"
                else:
                    state = "working"
                stations[i] = (k, state)
            if i < n - 1 and leave[k][i] <= t < start[k][i + 1]:
                in_buffer[i] += 1
    return {"stations": stations, "in_buffer": in_buffer, "wip": work_in_progress(leave, t),
            "made": made_by(leave, t)}


def shift_doors(times: list[list[float]], shift: float) -> int:
    """How many of the log's doors can enter the line within the shift (door ``k`` enters when door ``k - 1``
    leaves station 0, never earlier than the sum of the first station's times before it): enough rows to
    simulate."""
    entered, k = 0.0, 0
    while k < len(times) and entered <= shift:
        entered += times[k][0]
        k += 1
    return min(len(times), k + 1)


def line_state(c1: float, c2: float, c3: float, c4: float, b1: int, b2: int, b3: int, stoppages: str = "on",
               minute: float = 0) -> dict[str, Any]:
    """Everything the lab shows: the shift's door line with cycle times ``c1..c4`` (min), buffers ``b1..b3``
    (places), the log's stoppages ``"on"`` or ``"off"``, looked at ``minute`` minutes into the shift."""
    cycles = [number(name, c, positive=True) for name, c in (("c1", c1), ("c2", c2), ("c3", c3), ("c4", c4))]
    buffers = [count(name, b) for name, b in (("b1", b1), ("b2", b2), ("b3", b3))]
    if stoppages not in ("on", "off"):
        raise ValueError(f"stoppages is 'on' or 'off', got {stoppages!r}")
    t = min(number("minute", minute, minimum=0), SHIFT_MIN)
    times = shift_times(cycles, stoppages == "on")
    times = times[:shift_doors(times, SHIFT_MIN)]
    table = event_table(times, buffers)
    stats = shift_stats(table, SHIFT_MIN, cycles)
    return {"cycles": cycles, "buffers": buffers, "stoppages": stoppages == "on", "t": t, "table": table,
            "total_buffer": sum(buffers), "bottleneck": bottleneck(cycles), "rate": line_rate(cycles),
            **stats, "now": state_at(table, t, cycles)}


# -- the design task: the smallest buffers for the shift's doors ----------------------------------------

DESIGN_TARGET = 140
"""Doors the assembly hall needs from the door line in one shift in the design task (fictional, plausible)."""
DESIGN_MAX_BUFFER = 8
"""The design task's smallest total of buffer places that makes ``DESIGN_TARGET`` doors with the log's stoppages
(the module's test finds it by trying every design)."""


def design_result(design: Mapping[str, Any]) -> dict[str, Any]:
    """The shift of a design ``{"b1": ..., "b2": ..., "b3": ...}``: the door line at its cycle times ``CYCLES`` with
    the log's stoppages; ``made`` doors and ``total_buffer`` places."""
    result = line_state(*CYCLES, design["b1"], design["b2"], design["b3"], "on", SHIFT_MIN)
    return {"made": result["made"], "total_buffer": result["total_buffer"], "throughput": result["throughput"]}


# -- generated inputs for the hidden tests ----------------------------------------------------------


def lines(max_doors: int = 6, max_stations: int = 4, max_time: int = 6, max_buffer: int = 3) -> Any:
    """A hypothesis strategy of ``(times, buffers)``: 1 to ``max_doors`` doors through 1 to ``max_stations``
    stations, whole-minute times from 1 to ``max_time``, buffers of 0 to ``max_buffer`` places. A hidden test gives
    it to ``check_function``, and hypothesis shrinks a failing line to the smallest."""
    from hypothesis import strategies as st

    def line(n: int) -> Any:
        return st.tuples(st.lists(st.lists(st.integers(1, max_time), min_size=n, max_size=n), min_size=1,
                                  max_size=max_doors),
                         st.lists(st.integers(0, max_buffer), min_size=n - 1, max_size=n - 1))

    return st.integers(1, max_stations).flatmap(line)


def leave_tables(max_doors: int = 6, max_stations: int = 4) -> Any:
    """A hypothesis strategy of ``(leave, t)``: a table :func:`leave_times` computed for a line of :func:`lines`, and
    a whole minute from 0 to just past the last door's leaving (the moments when doors move are among them)."""
    from hypothesis import strategies as st

    def with_time(line: tuple) -> Any:
        leave = leave_times(*line)
        end = int(max(row[-1] for row in leave)) + 1
        return st.tuples(st.just(leave), st.integers(0, end))

    return lines(max_doors, max_stations).flatmap(with_time)


def cycle_lists(max_stations: int = 6) -> Any:
    """A hypothesis strategy of cycle-time lists (1 to ``max_stations`` stations, whole or half minutes; equal
    times come up often, so ties are tried)."""
    from hypothesis import strategies as st

    return st.lists(st.integers(2, 8).map(lambda h: h / 2), min_size=1, max_size=max_stations).map(lambda x: (x,))


# -- the lab ---------------------------------------------------------------------------------------------

TITLE = {"kk": "Есік желісі: бекеттер, буферлер және аяқталмаған өндіріс",
         "ru": "Линия дверей: посты, буферы и незавершённое производство",
         "en": "The door line: stations, buffers and work in progress"}
LABELS: dict[str, Mapping[str, str]] = {
    "c": {"kk": "{i}-бекеттің цикл уақыты", "ru": "Время цикла поста {i}", "en": "Cycle time of station {i}"},
    "b": {"kk": "{i}-буфердің орындары", "ru": "Мест в буфере {i}", "en": "Places in buffer {i}"},
    "stoppages": {"kk": "Тоқтаулар", "ru": "Остановки", "en": "Stoppages"},
    "on": {"kk": "журналдағыдай", "ru": "как в журнале", "en": "as in the log"},
    "off": {"kk": "жоқ", "ru": "нет", "en": "none"},
    "minute": {"kk": "Ауысым басынан өткен уақыт", "ru": "Время от начала смены", "en": "Time since the shift began"},
    "station": {"kk": "{i}-бекет", "ru": "Пост {i}", "en": "Station {i}"},
    "buffer": {"kk": "{i}-буфер", "ru": "Буфер {i}", "en": "Buffer {i}"},
    "in": {"kk": "есіктер", "ru": "двери", "en": "doors"},
    "out": {"kk": "дайын", "ru": "готово", "en": "done"},
    "working": {"kk": "жұмыс істейді", "ru": "работает", "en": "working"},
    "stopped": {"kk": "тоқтап тұр", "ru": "остановлен", "en": "stopped"},
    "blocked": {"kk": "бұғатталған", "ru": "блокирован", "en": "blocked"},
    "starved": {"kk": "есік күтеді", "ru": "ждёт дверь", "en": "starved"},
    "made": {"kk": "Ауысымда жасалған есіктер", "ru": "Сделано дверей за смену", "en": "Doors made in the shift"},
    "x": {"kk": "Өткізу қабілеті X", "ru": "Пропускная способность X", "en": "Throughput X"},
    "rate": {"kk": "Тоқтауларсыз (60 / ең баяу цикл)", "ru": "Без остановок (60 / самый долгий цикл)",
             "en": "Without stoppages (60 / slowest cycle)"},
    "l": {"kk": "Орташа аяқталмаған өндіріс L", "ru": "Среднее незавершённое производство L",
          "en": "Average work in progress L"},
    "w": {"kk": "Орташа өту уақыты W", "ru": "Среднее время прохождения W", "en": "Average lead time W"},
    "little": {"kk": "Литтл заңы: X · W", "ru": "Закон Литтла: X · W", "en": "Little's law: X · W"},
    "busiest": {"kk": "Тар орын (ең көп жұмыс істейтін бекет)", "ru": "Узкое место (больше всех работает)",
                "en": "Bottleneck (the station working most)"},
    "now": {"kk": "Қазір: желіде / дайын", "ru": "Сейчас: на линии / готово", "en": "Now: on the line / done"},
    "total": {"kk": "Буфер орындары барлығы", "ru": "Всего мест в буферах", "en": "Buffer places in all"},
    "axis_t": {"kk": "Уақыт, мин", "ru": "Время, мин", "en": "Time, min"},
    "axis_done": {"kk": "Дайын есіктер", "ru": "Готовые двери", "en": "Doors done"},
    "axis_wip": {"kk": "Желідегі есіктер", "ru": "Двери на линии", "en": "Doors on the line"},
    "done_curve": {"kk": "дайын есіктер", "ru": "готовые двери", "en": "doors done"},
    "x_line": {"kk": "X · t", "ru": "X · t", "en": "X · t"},
    "wip_curve": {"kk": "аяқталмаған өндіріс", "ru": "незавершённое производство", "en": "work in progress"},
    "l_line": {"kk": "орташа L", "ru": "среднее L", "en": "average L"},
    "spec": {"kk": "Тапсырма: журналдағы тоқтаулармен бір ауысымда (450 мин) кемінде 140 есік, буфер орындары "
                   "барлығы 8-ден аспайды",
             "ru": "Задание: не меньше 140 дверей за смену (450 мин) с остановками из журнала, всего не больше 8 мест "
                   "в буферах",
             "en": "Task: at least 140 doors in a shift (450 min) with the log's stoppages, at most 8 buffer places "
                   "in all"},
    "made_req": {"kk": "Ауысымда жасалған есіктер", "ru": "Сделано дверей за смену", "en": "Doors made in the shift"},
    "total_req": {"kk": "Буфер орындары барлығы", "ru": "Всего мест в буферах", "en": "Buffer places in all"},
}
UNITS: dict[str, Mapping[str, str]] = {
    "min": {"kk": "мин", "ru": "мин", "en": "min"},
    "per_h": {"kk": "есік/сағ", "ru": "дв./ч", "en": "doors/h"},
    "doors": {"kk": "есік", "ru": "дв.", "en": "doors"},
    "places": {"kk": "орын", "ru": "мест", "en": "places"},
}
BLUE, RED, GREY, GREEN, ORANGE, YELLOW = "#3182bd", "#cb181d", "#d9d9d9", "#31a354", "#e6550d", "#fec44f"
STATE_COLOURS = {"working": BLUE, "stopped": YELLOW, "blocked": RED}
"""The colour of a station's door by what the station does with it (a starved station is grey, without a door)."""


def _shown(value: float, lang: str | None = None, digits: int = 3) -> str:
    return format_trimmed(value, digits, lang)


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The lab's readout as HTML, numbers written the way the course language writes them."""

    def label(key: str, **kw: Any) -> str:
        return pick(LABELS[key], lang).format(**kw)

    def unit(key: str) -> str:
        return pick(UNITS[key], lang)

    def row(key: str, value: str, bold: bool = False) -> str:
        cell = f"<b>{value}</b>" if bold else value
        return f"<tr><td style='padding-right:1em'>{label(key)}</td><td style='text-align:right'>{cell}</td></tr>"

    now = result["now"]
    x_per_min = result["throughput"] / 60
    rows = [
        row("now", f"{now['wip']} {unit('doors')} / {now['made']} {unit('doors')}"),
        row("made", f"{result['made']} {unit('doors')}", bold=True),
        row("x", f"{_shown(result['throughput'], lang)} {unit('per_h')}", bold=True),
        row("rate", f"{_shown(result['rate'], lang)} {unit('per_h')}"),
        row("l", f"{_shown(result['wip_mean'], lang)} {unit('doors')}"),
        row("w", f"{_shown(result['lead_mean'], lang)} {unit('min')}"),
        row("little", f"{_shown(x_per_min, lang)} · {_shown(result['lead_mean'], lang)} = "
                      f"{_shown(result['little'], lang)} {unit('doors')}"),
        row("busiest", label("station", i=result["busiest"] + 1)),
        row("total", f"{result['total_buffer']} {unit('places')}"),
    ]
    return "<table class='lab-line-flow'>" + "".join(rows) + "</table>"


class LineFlowPlot(Plot):
    """The line itself (four stations, the door each holds coloured by what the station does, the buffers' places
    filling between them) above two graphs of the shift: the doors done against time with the line X · t, and the
    work in progress against time with its average L; a vertical line marks the present moment."""

    size = (7.6, 5.6)
    margins = (0.7, 0.2, 0.5, 2.45)
    ticks = 6

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        super().__init__()

    def _word(self, key: str, **kw: Any) -> str:
        return pick(LABELS[key], self.lang).format(**kw)

    def build(self, figure: Any) -> None:
        from matplotlib.patches import FancyArrow, Rectangle

        width, height = self.size
        pic = self.pic = figure.add_axes((0.1 / width, 3.35 / height, 7.4 / width, 2.2 / height))
        pic.set_xlim(0, 18.5)
        pic.set_ylim(-0.9, 5.1)
        pic.set_aspect("equal")
        pic.set_axis_off()
        pic.add_patch(Rectangle((0.2, 0.3), 18.1, 0.25, facecolor="#bdbdbd", edgecolor="#737373"))  # the conveyor
        self.station_x = [2.2 + 4.3 * i for i in range(STATIONS)]
        self.boxes, self.doors, self.state_texts = [], [], []
        for i, x in enumerate(self.station_x):
            box = pic.add_patch(Rectangle((x - 0.9, 0.55), 1.8, 2.1, facecolor="white", edgecolor="#525252"))
            self.boxes.append(self.dynamic(box))
            pic.text(x, 2.75, self._word("station", i=i + 1), ha="center", va="bottom", fontsize=7.5)
            door = pic.add_patch(Rectangle((x - 0.45, 0.75), 0.9, 1.4, facecolor=BLUE, edgecolor="#252525"))
            self.doors.append(self.dynamic(door))
            self.state_texts.append(self.dynamic(pic.text(x, 0.1, "", ha="center", va="top", fontsize=6.5)))
        # the buffers: a column of places between two stations, a filled place per door waiting
        self.slots = []
        for i in range(STATIONS - 1):
            x = (self.station_x[i] + self.station_x[i + 1]) / 2
            column = []
            for j in range(MAX_BUFFER):
                slot = pic.add_patch(Rectangle((x - 0.3 + 0.62 * (j // 5) - 0.31, 0.6 + 0.42 * (j % 5)), 0.5, 0.36,
                                               facecolor="white", edgecolor="#969696", linewidth=0.6))
                column.append(self.dynamic(slot))
            self.slots.append(column)
            pic.text(x, 2.75, self._word("buffer", i=i + 1), ha="center", va="bottom", fontsize=6.5, color="#636363")
        pic.add_patch(FancyArrow(0.1, 4.2, 1.0, 0.0, width=0.06, head_width=0.25, head_length=0.2, color="#737373"))
        pic.text(0.1, 4.45, self._word("in"), fontsize=7, color="#525252")
        self.out_text = self.dynamic(pic.text(18.3, 4.3, "", ha="right", va="bottom", fontsize=9, fontweight="bold",
                                              color=GREEN))
        self.clock = self.dynamic(pic.text(9.25, 4.3, "", ha="center", va="bottom", fontsize=8.5))
        legend = [Rectangle((0, 0), 1, 1, facecolor=STATE_COLOURS[state], edgecolor="#252525", label=self._word(state))
                  for state in ("working", "stopped", "blocked")]
        legend.append(Rectangle((0, 0), 1, 1, facecolor=GREY, edgecolor="#525252", label=self._word("starved")))
        pic.legend(handles=legend, loc="lower center", bbox_to_anchor=(0.5, -0.2), ncol=4, fontsize=7, frameon=False)

        gap = 0.9 / width
        left, right, bottom, top = (m / s for m, s in zip(self.margins, (width, width, height, height)))
        axis_w = (1 - left - right - gap) / 2
        ax = self.ax = figure.add_axes((left, bottom, axis_w, 2.45 / height - bottom))
        ax2 = self.ax2 = figure.add_axes((left + axis_w + gap, bottom, axis_w, 2.45 / height - bottom))
        self.done_all = ax.step([], [], where="post", color="#c6dbef", lw=1)[0]
        self.done_now = self.dynamic(ax.step([], [], where="post", color=BLUE, lw=1.8,
                                             label=self._word("done_curve"))[0])
        self.x_line = ax.plot([], [], color=ORANGE, lw=1, ls="--", label=self._word("x_line"))[0]
        self.now_1 = self.dynamic(ax.axvline(0.0, color="#252525", lw=0.8))
        ax.set_xlabel(self._word("axis_t"))
        ax.set_ylabel(self._word("axis_done"))
        ax.grid(alpha=0.3)
        self.wip_all = ax2.step([], [], where="post", color="#fdd0a2", lw=1)[0]
        self.wip_now = self.dynamic(ax2.step([], [], where="post", color=ORANGE, lw=1.5,
                                             label=self._word("wip_curve"))[0])
        self.l_line = ax2.axhline(0.0, color=GREEN, lw=1.2, ls="--", label=self._word("l_line"))
        self.now_2 = self.dynamic(ax2.axvline(0.0, color="#252525", lw=0.8))
        ax2.set_xlabel(self._word("axis_t"))
        ax2.set_ylabel(self._word("axis_wip"))
        ax2.grid(alpha=0.3)
        self.legend(ax, [self.done_now, self.x_line], loc="upper left", fontsize=7)
        self.legend(ax2, [self.wip_now, self.l_line], loc="upper left", fontsize=7)

    def update(self, result: Mapping[str, Any]) -> None:
        import numpy as np

        table = result["table"]
        setting = (tuple(result["cycles"]), tuple(result["buffers"]), result["stoppages"])
        if setting != getattr(self, "setting", None):  # what changes only with the controls, not with the time
            self.setting = setting
            leave = table["leave"]
            exits = sorted(row[-1] for row in leave if row[-1] <= SHIFT_MIN)
            self.done_t = np.array([0.0, *exits, SHIFT_MIN])
            self.done_y = np.array([0, *range(1, len(exits) + 1), len(exits)])
            entered = [row[0] for row in table["start"]]
            events = sorted([(t, 1) for t in entered if t <= SHIFT_MIN] + [(row[-1], -1) for row in leave
                                                                          if row[-1] <= SHIFT_MIN])
            times, level, values = [0.0], 0, [0]
            for t, change in events:
                level += change
                if times and times[-1] == t:
                    values[-1] = level
                else:
                    times.append(t)
                    values.append(level)
            times.append(float(SHIFT_MIN))
            values.append(level)
            self.wip_t, self.wip_y = np.array(times), np.array(values)
            self.done_all.set_data(self.done_t, self.done_y)
            self.wip_all.set_data(self.wip_t, self.wip_y)
            self.x_line.set_data([0, SHIFT_MIN], [0, result["throughput"] * SHIFT_MIN / 60])
            self.l_line.set_ydata([result["wip_mean"]] * 2)
            for i, column in enumerate(self.slots):
                for j, slot in enumerate(column):
                    slot.set_visible(j < result["buffers"][i])
            set_limits(self.ax, x=(0, SHIFT_MIN), y=(0, nice_ceiling(max(len(exits), 10) * 1.1)))
            set_limits(self.ax2, x=(0, SHIFT_MIN), y=(0, nice_ceiling(max(self.wip_y.max(), 4) * 1.15)))
        t = result["t"]
        now = result["now"]
        shown = self.done_t <= t
        self.done_now.set_data(np.append(self.done_t[shown], t), np.append(self.done_y[shown], now["made"]))
        shown = self.wip_t <= t
        self.wip_now.set_data(np.append(self.wip_t[shown], t), np.append(self.wip_y[shown], now["wip"]))
        self.now_1.set_xdata([t, t])
        self.now_2.set_xdata([t, t])
        for i, held in enumerate(now["stations"]):
            self.doors[i].set_visible(held is not None)
            self.boxes[i].set_facecolor("white" if held is not None else GREY)
            if held is not None:
                self.doors[i].set_facecolor(STATE_COLOURS[held[1]])
            self.state_texts[i].set_text(self._word(held[1] if held is not None else "starved"))
        for i, column in enumerate(self.slots):
            for j, slot in enumerate(column):
                slot.set_facecolor(BLUE if j < now["in_buffer"][i] else "white")
        self.out_text.set_text(f"{self._word('out')}: {now['made']}")
        self.clock.set_text(f"t = {_shown(t, self.lang)} {pick(UNITS['min'], self.lang)}")


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("made", ">=", DESIGN_TARGET, UNITS["doors"], LABELS["made_req"]),
         Requirement("total_buffer", "<=", DESIGN_MAX_BUFFER, UNITS["places"], LABELS["total_req"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""At least 140 doors in the shift with the log's stoppages, with at most 8 buffer places in all (the fewest that
can do it)."""


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The door-line lab: the line with its stations and buffers above the graphs of doors done and work in
    progress. Sliders for the four cycle times and the three buffers, the log's stoppages on or off, and a Play
    button that runs the shift. ``task="buffers"`` poses the design task :data:`DESIGN_SPEC` (the cycle times of
    ``CYCLES`` with the log's stoppages; only the buffers move); ``start`` sets the controls from a design."""
    from .core import Animation, Dropdown, Lab, Slider

    minutes, places = pick(UNITS["min"]), pick(UNITS["places"])

    def labelled(key: str, i: int) -> dict[str, str]:
        return {lang: text.format(i=i) for lang, text in LABELS[key].items()}

    buffers = [Slider(f"b{i + 1}", labelled("b", i + 1), 0, MAX_BUFFER, 1, 0, unit=places, whole=True) for i in range(3)]
    clock = Animation("minute", LABELS["minute"], 0, SHIFT_MIN, 1, 0, interval_ms=60, unit=minutes)
    if task is None:
        cycles = [Slider(f"c{i + 1}", labelled("c", i + 1), 1.0, 4.0, 0.1, CYCLES[i], unit=minutes)
                  for i in range(STATIONS)]
        for slider, value in zip(buffers, (2, 2, 2)):
            slider.value = value
        stops = Dropdown("stoppages", LABELS["stoppages"], {"on": LABELS["on"], "off": LABELS["off"]}, "off")
        return Lab(model=line_state, controls=[*cycles, *buffers, stops, clock], readout_html=readout_html,
                   plot=LineFlowPlot, title=TITLE, start=start)
    if task != "buffers":
        raise ValueError(f"unknown task {task!r}: the door line lab poses 'buffers'")
    return Lab(model=lambda b1, b2, b3, minute: line_state(*CYCLES, b1, b2, b3, "on", minute),
               controls=[*buffers, clock], readout_html=readout_html, plot=LineFlowPlot, title=TITLE,
               spec=DESIGN_SPEC, start=start)


__all__ = [
    "CYCLES", "DESIGN_MAX_BUFFER", "DESIGN_SPEC", "DESIGN_TARGET", "SHIFT_MIN", "STATIONS", "STOPS", "bottleneck",
    "design_result", "entry_times", "event_table", "first_exit", "leave_times", "line_rate", "line_state",
    "made_by", "make_lab", "readout_html", "shift_stats", "shift_times", "state_at", "throughput",
    "work_in_progress",
]
