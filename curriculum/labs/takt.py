"""Takt time, cycle time and line output on the assembly line: a linear function y = k*t + b.

The model of module ``math-07-takt``.  Two times, two meanings, as engineers use them:

* **Takt time** is set by the customers' demand: how often a finished car must leave the line to
  meet it, ``takt = available working time / demand``.  With 7.5 hours of working time (27 000 s)
  and a demand of 400 cars, ``takt = 67.5 s``.  Nobody chooses it on the line.
* **Cycle time** is set by the stations: how long a station needs for its work on one car.  A car
  leaves the line only as often as its slowest station lets it, so the line's cycle time is its
  slowest station's.  The line meets the demand when its cycle time is at most the takt time.
* **Output rate** ``k`` (cars per hour): one car every ``cycle_s`` seconds, ``k = 3600 / cycle_s``
  (a line run at its takt has ``k = 3600 / takt``).
* **Cars ready after t hours**: ``y = k*t + b``, where ``b`` is the number of finished cars already
  waiting in the buffer at the start of the shift.  ``y`` is a linear function of ``t``: ``k`` is
  its slope, ``b`` its intercept.  Only whole cars count: the number ready is ``floor(k*t + b)``.
* **When is the target reached?**  The root of the linear equation ``k*t + b = target``.
* **Two lines** ``y = k1*t + b1`` and ``y = k2*t + b2`` have made as many cars when
  ``t = (b2 - b1) / (k1 - k2)`` (the graphs cross; a system of two linear equations).

Units: takt and cycle times in seconds (s), working time in minutes or hours, ``t`` in hours (h),
``k`` in cars per hour (1/h), ``b`` and targets in cars (plain numbers).  1 h = 3600 s.

>>> takt_time(7.5 * 3600, 400)
67.5
>>> rate_per_hour(72)
50.0
>>> cars_after(7.5, 60, 0)
450
>>> time_to_target(400, 72, 30)
7.4
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from ..numbers import format_trimmed
from .core import Plot, nice_ceiling, set_limits
from .inputs import number

SECONDS_PER_HOUR = 3600.0
_EPS = 1e-9

# -- the design task: the shift's demand when the slowest station is slower than the takt ----------------

DESIGN_DEMAND = 400
"""Cars the customers need from one shift in the design task (a fictional, plausible number)."""
DESIGN_WORK_MIN = 450
"""Working time of the design task's shift in minutes: an 8-hour shift less 30 minutes of breaks (typical)."""
DESIGN_MAX = 410
"""Upper limit in the design task: more than 10 cars over the demand is overproduction (waste in lean production)."""
SLOWEST_STATION_S = 70.0
"""The design task's slowest station (its cycle time) in s: the line cannot release a car more often."""
BUFFER_PLACES = 30
"""Places for finished cars in the design task's buffer."""


def takt_time(available_s: float, demand: float) -> float:
    """Takt time in s: the available working time (s) divided by the customers' demand (cars)."""
    return number("available_s", available_s, positive=True) / number("demand", demand, positive=True)


def rate_per_hour(cycle_s: float) -> float:
    """Output rate k in cars per hour of a line that releases one car every ``cycle_s`` seconds: ``k = 3600 / cycle_s``."""
    return SECONDS_PER_HOUR / number("cycle_s", cycle_s, positive=True)


def cars_linear(t_hours: float, cycle_s: float, buffer: float = 0) -> float:
    """The linear function ``y = k*t + b``: cars after ``t_hours`` hours, counting part-finished ones as fractions."""
    return rate_per_hour(cycle_s) * number("t_hours", t_hours, minimum=0) + number("buffer", buffer, minimum=0)


def cars_after(t_hours: float, cycle_s: float, buffer: float = 0) -> int:
    """Whole cars ready after ``t_hours`` hours: ``floor(k*t + b)`` with ``k = 3600 / cycle_s`` (cars per hour).

    A car counts only when it is finished, so the value is rounded down, never up.
    (``_EPS`` keeps an exact whole number such as 449.99999999999994 from dropping a car.)
    """
    return int(math.floor(cars_linear(t_hours, cycle_s, buffer) + _EPS))


def time_to_target(target: float, cycle_s: float, buffer: float = 0) -> float:
    """Hours until ``target`` cars are ready: the root of ``k*t + b = target``, ``t = (target - b) / k`` (0 if the buffer suffices)."""
    return max(0.0, (float(target) - number("buffer", buffer, minimum=0)) / rate_per_hour(cycle_s))


def meeting_time(cycle1_s: float, buffer1: float, cycle2_s: float, buffer2: float) -> float | None:
    """Hours after which two lines have made as many cars (``k1*t + b1 = k2*t + b2``), or ``None`` if never for t >= 0."""
    k1, k2 = rate_per_hour(cycle1_s), rate_per_hour(cycle2_s)
    if math.isclose(k1, k2):
        return 0.0 if math.isclose(buffer1, buffer2) else None
    t = (buffer2 - buffer1) / (k1 - k2)
    return t if t >= 0 else None


def line_state(demand: float, work_min: float, cycle_s: float, buffer: float, minute: float = 0) -> dict[str, Any]:
    """Everything the lab shows of a line in a shift of ``work_min`` minutes, ``minute`` minutes after its start.

    ``cars`` is the whole cars ready at the end of the shift, ``cars_now`` at ``minute`` (at most the shift's
    end); ``buffer`` counts whole cars (a fraction of a car is refused).
    """
    demand, work_min = number("demand", demand, positive=True), number("work_min", work_min, positive=True)
    b = number("buffer", buffer, minimum=0)
    if b != int(b):
        raise ValueError(f"buffer is a number of whole cars, got {buffer!r}")
    shift_h = work_min / 60
    t = min(number("minute", minute, minimum=0), work_min) / 60
    takt = takt_time(work_min * 60, demand)
    cars = cars_after(shift_h, cycle_s, b)
    return {
        "demand": demand, "work_min": work_min, "shift_h": shift_h, "cycle_s": float(cycle_s), "buffer": b,
        "takt_s": takt, "k": rate_per_hour(cycle_s), "t": t,
        "y_now": cars_linear(t, cycle_s, b), "cars_now": cars_after(t, cycle_s, b),
        "cars": cars, "short": max(0, int(demand) - cars), "over": max(0, cars - int(demand)),
        "keeps_takt": float(cycle_s) <= takt * (1 + 1e-12),
        "t_demand": time_to_target(demand, cycle_s, b),
    }


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"cycle_s": ..., "buffer": ...}``: the design task's shift of 450 minutes
    and demand of 400 cars (the lab and the hidden test use this); ``cars`` is what the shift has ready at its end."""
    return line_state(DESIGN_DEMAND, DESIGN_WORK_MIN, design["cycle_s"], design.get("buffer", 0), DESIGN_WORK_MIN)


# -- the lab ------------------------------------------------------------------------------------------

TITLE = {"kk": "Құрастыру желісі: такт уақыты, цикл уақыты және ауысымдағы өнім",
         "ru": "Сборочная линия: время такта, время цикла и выпуск за смену",
         "en": "Assembly line: takt time, cycle time and output per shift"}
LABELS: dict[str, Mapping[str, str]] = {
    "demand": {"kk": "Ауысымдағы сұраныс", "ru": "Спрос на смену", "en": "Demand per shift"},
    "work_min": {"kk": "Ауысымның жұмыс уақыты", "ru": "Рабочее время смены", "en": "Working time of the shift"},
    "cycle_s": {"kk": "Желінің цикл уақыты", "ru": "Время цикла линии", "en": "Cycle time of the line"},
    "buffer": {"kk": "Буфердегі дайын автомобильдер b", "ru": "Готовые автомобили в буфере b",
               "en": "Finished cars in the buffer b"},
    "minute": {"kk": "Ауысым басынан өткен уақыт", "ru": "Время от начала смены", "en": "Time since the shift began"},
    "takt": {"kk": "Такт уақыты (сұраныстан)", "ru": "Время такта (из спроса)", "en": "Takt time (from the demand)"},
    "k": {"kk": "Өнімділік k = 3600 / цикл уақыты", "ru": "Производительность k = 3600 / время цикла",
          "en": "Output rate k = 3600 / cycle time"},
    "now": {"kk": "Қазір дайын автомобильдер y = ⌊kt + b⌋", "ru": "Сейчас готово автомобилей y = ⌊kt + b⌋",
            "en": "Cars ready now y = ⌊kt + b⌋"},
    "end": {"kk": "Ауысым соңында дайын", "ru": "Готово к концу смены", "en": "Ready at the end of the shift"},
    "t_demand": {"kk": "Сұраныс орындалатын уақыт", "ru": "Спрос выполнен через", "en": "Demand met after"},
    "never": {"kk": "ауысымда орындалмайды", "ru": "за смену не выполняется", "en": "not within the shift"},
    "keeps": {"kk": "Цикл уақыты ≤ такт уақыты: желі тактіге үлгереді",
              "ru": "Время цикла ≤ время такта: линия успевает за тактом",
              "en": "Cycle time ≤ takt time: the line keeps up with the takt"},
    "slower": {"kk": "Цикл уақыты > такт уақыты: желі сұраныстан баяу",
               "ru": "Время цикла > время такта: линия медленнее спроса",
               "en": "Cycle time > takt time: the line is slower than the demand"},
    "met": {"kk": "Сұраныс орындалады", "ru": "Спрос выполнен", "en": "The demand is met"},
    "short": {"kk": "Сұраныс орындалмайды: {n} автомобиль жетпейді", "ru": "Спрос не выполнен: не хватает {n} авт.",
              "en": "The demand is not met: {n} cars short"},
    "over": {"kk": "Артық өндіріс: сұраныстан {n} автомобиль артық", "ru": "Перепроизводство: на {n} авт. больше спроса",
             "en": "Overproduction: {n} cars over the demand"},
    "station": {"kk": "Бекет", "ru": "Пост", "en": "Station"},
    "yard": {"kk": "Дайын автомобильдер", "ru": "Готовые автомобили", "en": "Finished cars"},
    "ordered": {"kk": "сұраныс", "ru": "спрос", "en": "ordered"},
    "from_buffer": {"kk": "буферден", "ru": "из буфера", "en": "from the buffer"},
    "made": {"kk": "ауысымда жасалды", "ru": "сделано за смену", "en": "made in the shift"},
    "extra": {"kk": "артық", "ru": "сверх спроса", "en": "over the demand"},
    "every": {"kk": "{c} с сайын бір автомобиль", "ru": "один автомобиль каждые {c} с", "en": "one car every {c} s"},
    "line": {"kk": "y = kt + b", "ru": "y = kt + b", "en": "y = kt + b"},
    "steps": {"kk": "бүтін автомобильдер", "ru": "целые автомобили", "en": "whole cars"},
    "pace": {"kk": "такт қарқыны", "ru": "темп такта", "en": "takt pace"},
    "shift_end": {"kk": "ауысым соңы", "ru": "конец смены", "en": "end of the shift"},
    "axis_t": {"kk": "Уақыт t, сағ", "ru": "Время t, ч", "en": "Time t, h"},
    "axis_y": {"kk": "Автомобильдер y", "ru": "Автомобили y", "en": "Cars y"},
    "spec": {"kk": "Тапсырма: 7,5 сағаттық ауысымда 400 автомобиль (такт 67,5 с); ең баяу бекетке 70 с керек, "
                   "буферде 30 орын",
             "ru": "Задание: 400 автомобилей за смену 7,5 ч (такт 67,5 с); самому медленному посту нужно 70 с, "
                   "в буфере 30 мест",
             "en": "Task: 400 cars in a 7.5-hour shift (takt 67.5 s); the slowest station needs 70 s, "
                   "the buffer has 30 places"},
    "cars_req": {"kk": "Ауысым соңында дайын автомобильдер", "ru": "Готово автомобилей к концу смены",
                 "en": "Cars ready at the end of the shift"},
    "cycle_req": {"kk": "Цикл уақыты (ең баяу бекет)", "ru": "Время цикла (самый медленный пост)",
                  "en": "Cycle time (the slowest station)"},
    "buffer_req": {"kk": "Буфердегі автомобильдер", "ru": "Автомобили в буфере", "en": "Cars in the buffer"},
}
UNITS: dict[str, Mapping[str, str]] = {
    "s": {"kk": "с", "ru": "с", "en": "s"},
    "min": {"kk": "мин", "ru": "мин", "en": "min"},
    "h": {"kk": "сағ", "ru": "ч", "en": "h"},
    "per_h": {"kk": "автомобиль/сағ", "ru": "авт./ч", "en": "cars/h"},
    "cars": {"kk": "автомобиль", "ru": "авт.", "en": "cars"},
}

STATIONS = 5
"""Stations drawn on the line (a picture: the line's real stations are many more)."""
YARD_COLUMNS, YARD_ROWS = 30, 22
"""The yard of finished cars: one dot per car, room for 660."""
ORANGE, GREY, RED, GREEN = "#e6550d", "#9e9e9e", "#cb181d", "#31a354"


def _shown(value: float, lang: str | None = None, digits: int = 4) -> str:
    """``value`` as the readout writes it: 4 significant figures in the course language, no trailing zeros."""
    return format_trimmed(value, digits, lang)


def _hours_text(t: float, lang: str | None = None) -> str:
    """``t`` hours as the course language writes a time: ``2 сағ 30 мин``, ``2 ч 30 мин``, ``2 h 30 min``."""
    from ..i18n import pick

    minutes = int(round(t * 60))
    return f"{minutes // 60} {pick(UNITS['h'], lang)} {minutes % 60} {pick(UNITS['min'], lang)}"


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The lab's readout as HTML, numbers written the way the course language writes them."""
    from ..i18n import pick

    def label(key: str) -> str:
        return pick(LABELS[key], lang)

    def unit(key: str) -> str:
        return pick(UNITS[key], lang)

    def row(key: str, value: str, bold: bool = False) -> str:
        cell = f"<b>{value}</b>" if bold else value
        return f"<tr><td style='padding-right:1em'>{label(key)}</td><td style='text-align:right'>{cell}</td></tr>"

    reached = result["t_demand"] <= result["shift_h"] + 1e-12
    rows = [
        row("takt", f"{_shown(result['takt_s'], lang)} {unit('s')}"),
        row("k", f"{_shown(result['k'], lang)} {unit('per_h')}"),
        row("minute", _hours_text(result["t"], lang)),
        row("now", f"{result['cars_now']} {unit('cars')}", bold=True),
        row("end", f"{result['cars']} {unit('cars')}", bold=True),
        row("t_demand", _hours_text(result["t_demand"], lang) if reached else label("never")),
    ]
    if result["short"]:
        verdict, colour = label("short").format(n=result["short"]), RED
    elif result["over"] > 0:
        verdict, colour = label("over").format(n=result["over"]), "#b45309"
    else:
        verdict, colour = label("met"), "#1a7f37"
    pace = label("keeps" if result["keeps_takt"] else "slower")
    notes = (f"<tr><td colspan='2'>{pace}</td></tr>"
             f"<tr><td colspan='2' style='color:{colour}'><b>{verdict}</b></td></tr>")
    return "<table class='lab-takt'>" + "".join(rows) + notes + "</table>"


def _car_outline(x: float, y: float) -> list[tuple[float, float]]:
    """A car seen from the side, its wheels' axle at ``(x, y)``: body and cabin as one outline (1.3 long)."""
    body = [(-0.65, 0.05), (-0.65, 0.3), (-0.35, 0.32), (-0.2, 0.55), (0.25, 0.55), (0.42, 0.32), (0.65, 0.28),
            (0.65, 0.05)]
    return [(x + dx, y + dy) for dx, dy in body]


class TaktPlot(Plot):
    """The line and its cars (five stations, a car at each, the yard filling with finished cars, one dot per car:
    grey from the buffer, orange made in the shift, red over the demand, the demand's places ringed in green)
    above the graph of cars against time: ``y = kt + b``, its whole cars, the takt pace and the present moment."""

    size = (7.2, 5.4)
    margins = (0.75, 0.2, 0.5, 2.55)  # the graph's; the line's picture sits above it
    ticks = 8

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        super().__init__()

    def build(self, figure: Any) -> None:
        import numpy as np
        from matplotlib.patches import Circle, FancyArrow, Polygon, Rectangle

        from ..i18n import pick

        def word(key: str) -> str:
            return pick(LABELS[key], self.lang)

        width, height = self.size
        line = self.line_ax = figure.add_axes((0.1 / width, 3.0 / height, 7.0 / width, 2.3 / height))
        line.set_xlim(0, 16.5)
        line.set_ylim(-0.4, 5.0)
        line.set_aspect("equal")
        line.set_axis_off()
        line.add_patch(Rectangle((0.1, 0.55), 9.4, 0.25, facecolor="#bdbdbd", edgecolor="#737373"))  # the conveyor
        for i in range(STATIONS):
            x = 1.0 + 1.85 * i
            line.add_patch(Rectangle((x - 0.85, 0.8), 1.7, 2.6, fill=False, edgecolor="#525252", linewidth=1.0))
            line.text(x, 3.55, f"{word('station')} {i + 1}", ha="center", va="bottom", fontsize=7, color="#525252")
            line.add_patch(Polygon(_car_outline(x, 0.95), closed=True, facecolor="#fdd0a2", edgecolor=ORANGE))
            for dx in (-0.38, 0.38):
                line.add_patch(Circle((x + dx, 0.98), 0.14, facecolor="#252525"))
        line.add_patch(FancyArrow(9.5, 0.67, 0.55, 0.0, width=0.08, head_width=0.3, head_length=0.25, color="#737373"))
        self.cycle_text = line.text(5.0, -0.15, "", ha="center", va="top", fontsize=8, color="#252525")
        # the yard: one dot per car
        left, bottom, step_x, step_y = 10.45, 0.35, 0.2, 0.2
        columns, rows = np.meshgrid(np.arange(YARD_COLUMNS), np.arange(YARD_ROWS))
        self.slots = np.c_[left + step_x * columns.ravel(), bottom + step_y * rows.ravel()]
        self.dots = self.dynamic(line.scatter(self.slots[:, 0], self.slots[:, 1], s=7, linewidths=0.6, marker="o"))
        line.add_patch(Rectangle((left - 0.2, bottom - 0.2), step_x * YARD_COLUMNS + 0.2, step_y * YARD_ROWS + 0.2,
                                 fill=False, edgecolor="#737373", linewidth=0.8))
        line.text(left - 0.1, bottom + step_y * YARD_ROWS + 0.05, word("yard"), ha="left", va="bottom", fontsize=8,
                  color="#252525")
        self.yard_text = self.dynamic(line.text(left + step_x * YARD_COLUMNS - 0.1, bottom + step_y * YARD_ROWS + 0.05,
                                                "", ha="right", va="bottom", fontsize=9, fontweight="bold",
                                                color=ORANGE))
        marks = [line.scatter([], [], s=14, facecolors="none", edgecolors=GREEN, label=word("ordered")),
                 line.scatter([], [], s=14, color=GREY, label=word("from_buffer")),
                 line.scatter([], [], s=14, color=ORANGE, label=word("made")),
                 line.scatter([], [], s=14, color=RED, label=word("extra"))]
        line.legend(handles=marks, loc="upper left", bbox_to_anchor=(0.0, 1.02), ncol=4, fontsize=7, frameon=False,
                    handletextpad=0.2, columnspacing=0.9)

        ax = self.ax = figure.add_subplot()
        self.output = self.dynamic(ax.plot([], [], color=ORANGE, lw=2, label=word("line"))[0])
        self.steps = self.dynamic(ax.step([], [], where="post", color="#fdae6b", lw=1, label=word("steps"))[0])
        self.pace = ax.plot([], [], color=GREEN, lw=1.5, ls="--", label=word("pace"))[0]
        self.demand_line = ax.axhline(0.0, color=GREEN, lw=1, ls=":")
        self.shift_end = ax.axvline(0.0, color="#636363", lw=1, ls="-.", label=word("shift_end"))
        self.now_line = self.dynamic(ax.axvline(0.0, color="#252525", lw=0.8))
        self.now_point = self.dynamic(ax.plot([], [], "o", color=ORANGE, markersize=6)[0])
        ax.set_xlabel(word("axis_t"))
        ax.set_ylabel(word("axis_y"))
        ax.grid(alpha=0.3)
        self.legend(ax, [self.output, self.steps, self.pace, self.shift_end], loc="upper left", fontsize=8)

    def update(self, result: Mapping[str, Any]) -> None:
        import numpy as np

        from ..i18n import pick

        shift_h, demand, k, b = result["shift_h"], int(result["demand"]), result["k"], result["buffer"]
        setting = (shift_h, demand, k, b)
        if setting != getattr(self, "setting", None):  # what changes only with the controls, not with the time
            self.setting = setting
            t = np.linspace(0.0, shift_h, 600)
            self.t_grid, self.y_grid = t, k * t + b
            self.pace.set_data([0.0, shift_h], [0.0, demand])
            self.demand_line.set_ydata([demand, demand])
            self.shift_end.set_xdata([shift_h, shift_h])
            top = max(k * shift_h + b, float(demand))
            set_limits(self.ax, x=(0, shift_h * 1.02), y=(0, nice_ceiling(top * 1.08)))
            self.cycle_text.set_text(
                pick(LABELS["every"], self.lang).format(c=_shown(result["cycle_s"], self.lang))
                + f"  ·  {pick(LABELS['takt'], self.lang)}: {_shown(result['takt_s'], self.lang)} "
                + pick(UNITS["s"], self.lang))
        now = result["t"]
        shown = self.t_grid <= now + 1e-12
        self.output.set_data(self.t_grid, self.y_grid)
        self.steps.set_data(self.t_grid[shown], np.floor(self.y_grid[shown] + _EPS))
        self.now_line.set_xdata([now, now])
        self.now_point.set_data([now], [result["cars_now"]])
        cars = result["cars_now"]
        index = np.arange(len(self.slots))
        colours = np.zeros((len(index), 4))
        colours[index < cars] = _rgba(ORANGE)
        colours[index < min(b, cars)] = _rgba(GREY)
        colours[(index < cars) & (index >= demand)] = _rgba(RED)
        edges = colours.copy()  # a car fills its place; an empty place the demand asks for is ringed in green
        edges[(index >= cars) & (index < demand)] = _rgba(GREEN)
        self.dots.set_facecolors(colours)
        self.dots.set_edgecolors(edges)
        self.yard_text.set_text(f"y = {cars}")


def _rgba(colour: str) -> tuple[float, float, float, float]:
    from matplotlib.colors import to_rgba

    return to_rgba(colour)


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("cars", ">=", DESIGN_DEMAND, UNITS["cars"], LABELS["cars_req"]),
         Requirement("cars", "<=", DESIGN_MAX, UNITS["cars"], LABELS["cars_req"]),
         Requirement("cycle_s", ">=", SLOWEST_STATION_S, UNITS["s"], LABELS["cycle_req"]),
         Requirement("buffer", "<=", BUFFER_PLACES, UNITS["cars"], LABELS["buffer_req"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The shift's 400 cars (and at most 410) in 450 minutes, with a cycle time of at least the slowest station's 70 s
and at most 30 cars carried over in the buffer."""


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The assembly-line lab: the line with its stations and the yard of finished cars above the graph y = kt + b.

    Sliders for the demand, the shift's working time, the line's cycle time and the buffer, and a Play button
    that runs the shift (the yard fills, the point moves along the graph). ``task="shift-400"`` poses the design
    task :data:`DESIGN_SPEC` (a 450-minute shift, demand 400; the cycle time and the buffer move) with a Check
    button; ``start`` sets the controls from a design dictionary.
    """
    from ..i18n import pick
    from .core import Animation, Lab, Slider

    s, cars = pick(UNITS["s"]), pick(UNITS["cars"])
    if task is None:
        controls = [
            Slider("demand", LABELS["demand"], 300.0, 500.0, 10.0, 440.0, unit=cars),
            Slider("work_min", LABELS["work_min"], 360.0, 480.0, 10.0, 440.0, unit=pick(UNITS["min"])),
            Slider("cycle_s", LABELS["cycle_s"], 50.0, 90.0, 0.5, 60.0, unit=s),
            Slider("buffer", LABELS["buffer"], 0.0, 60.0, 1.0, 12.0, unit=cars),
            Animation("minute", LABELS["minute"], 0, 480, 2, 0, interval_ms=80, unit=pick(UNITS["min"])),
        ]
        return Lab(model=line_state, controls=controls, readout_html=readout_html, plot=TaktPlot, title=TITLE,
                   start=start)
    if task != "shift-400":
        raise ValueError(f"unknown task {task!r}: the takt lab poses 'shift-400'")
    controls = [Slider("cycle_s", LABELS["cycle_s"], 60.0, 90.0, 0.5, 66.0, unit=s),
                Slider("buffer", LABELS["buffer"], 0.0, 40.0, 1.0, 0.0, unit=cars),
                Animation("minute", LABELS["minute"], 0, DESIGN_WORK_MIN, 2, 0, interval_ms=80, unit=pick(UNITS["min"]))]
    return Lab(model=lambda cycle_s, buffer, minute: line_state(DESIGN_DEMAND, DESIGN_WORK_MIN, cycle_s, buffer, minute),
               controls=controls, readout_html=readout_html, plot=TaktPlot, title=TITLE, spec=DESIGN_SPEC, start=start)


__all__ = [
    "BUFFER_PLACES", "DESIGN_DEMAND", "DESIGN_MAX", "DESIGN_SPEC", "DESIGN_WORK_MIN", "SECONDS_PER_HOUR",
    "SLOWEST_STATION_S", "cars_after", "cars_linear", "design_result", "line_state", "make_lab", "meeting_time",
    "rate_per_hour", "readout_html", "takt_time", "time_to_target",
]
