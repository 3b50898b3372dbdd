"""Takt time and line output on the assembly line: a linear function y = k*t + b.

The model of module ``math-07-takt``.

* **Takt time** (from German *Takt*, "beat"): how often a finished car must leave the line to meet
  the customers' demand, ``takt = available working time / demand``.  With 7.5 hours of working time
  (27 000 s) and a demand of 400 cars, ``takt = 67.5 s``: every station has 67.5 s for its work on a car.
* **Output rate** ``k`` (cars per hour): one car every ``takt`` seconds, so ``k = 3600 / takt``.
* **Cars ready after t hours**: ``y = k*t + b``, where ``b`` is the number of finished cars already
  waiting in the buffer at the start of the shift.  ``y`` is a linear function of ``t``: ``k`` is its
  slope, ``b`` its intercept.  Only whole cars count: the number ready is ``floor(k*t + b)``.
* **When is the shift target reached?**  Solve the linear equation ``k*t + b = target``:
  ``t = (target - b) / k``.
* **Two lines** ``y = k1*t + b1`` and ``y = k2*t + b2`` have made the same number of cars when
  ``t = (b2 - b1) / (k1 - k2)`` (the graphs cross; a system of two linear equations).

Units: takt time in seconds (s), working time and ``t`` in hours (h), ``k`` in cars per hour (1/h),
``b`` and targets in cars (plain numbers).  1 h = 3600 s.

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

from .core import Plot, nice_ceiling, set_limits

SECONDS_PER_HOUR = 3600.0

SHIFT_HOURS = 7.5
"""Working time of the design task's shift in hours: an 8-hour shift less 30 minutes of breaks (typical)."""
DESIGN_TARGET = 400
"""Cars the customers need from one shift in the design task (a fictional, plausible number)."""
DESIGN_MAX = 410
"""Upper limit in the design task: more than 10 cars over the demand is overproduction (waste in lean production)."""
MIN_TAKT = 60.0
"""The design task's shortest takt in s: below 60 s a station cannot finish its work on a car (a task assumption)."""

_EPS = 1e-9


def _positive(name: str, value: float) -> float:
    number = float(value)
    if not math.isfinite(number) or number <= 0:
        raise ValueError(f"{name} must be a positive number, got {value!r}")
    return number


def takt_time(available_s: float, demand: float) -> float:
    """Takt time in s: available working time (s) divided by the customers' demand (cars)."""
    return _positive("available_s", available_s) / _positive("demand", demand)


def rate_per_hour(takt_s: float) -> float:
    """Output rate k in cars per hour for a takt of ``takt_s`` seconds: ``k = 3600 / takt_s``."""
    return SECONDS_PER_HOUR / _positive("takt_s", takt_s)


def cars_linear(t_hours: float, takt_s: float, buffer: float = 0) -> float:
    """The linear function ``y = k*t + b``: cars after ``t_hours`` hours, counting part-finished ones as fractions."""
    if t_hours < 0:
        raise ValueError(f"t_hours must not be negative, got {t_hours!r}")
    if buffer < 0:
        raise ValueError(f"buffer must not be negative, got {buffer!r}")
    return rate_per_hour(takt_s) * t_hours + buffer


def cars_after(t_hours: float, takt_s: float, buffer: int = 0) -> int:
    """Whole cars ready after ``t_hours`` hours: ``floor(k*t + b)`` with ``k = 3600 / takt_s`` (cars per hour).

    A car counts only when it is finished, so the value is rounded down, never up.
    (``_EPS`` keeps an exact whole number such as 449.99999999999994 from dropping a car.)
    """
    return int(math.floor(cars_linear(t_hours, takt_s, buffer) + _EPS))


def time_to_target(target: float, takt_s: float, buffer: float = 0) -> float:
    """Hours until ``target`` cars are ready: the root of ``k*t + b = target``, ``t = (target - b) / k`` (0 if the buffer suffices)."""
    return max(0.0, (target - buffer) / rate_per_hour(takt_s))


def meeting_time(takt1_s: float, buffer1: float, takt2_s: float, buffer2: float) -> float | None:
    """Hours after which two lines have made equally many cars (``k1*t + b1 = k2*t + b2``), or ``None`` if they never meet for t >= 0."""
    k1, k2 = rate_per_hour(takt1_s), rate_per_hour(takt2_s)
    if math.isclose(k1, k2):
        return 0.0 if math.isclose(buffer1, buffer2) else None
    t = (buffer2 - buffer1) / (k1 - k2)
    return t if t >= 0 else None


def line(takt_s: float, shift_h: float, buffer: float, target: float, takt2_s: float, buffer2: float) -> dict[str, Any]:
    """Everything the lab shows for line 1 (and a second line to compare with)."""
    k = rate_per_hour(takt_s)
    return {"takt_s": float(takt_s), "shift_h": float(shift_h), "buffer": float(buffer), "target": float(target),
            "k": k, "cars_exact": cars_linear(shift_h, takt_s, buffer), "cars": cars_after(shift_h, takt_s, buffer),
            "t_target": time_to_target(target, takt_s, buffer),
            "takt2_s": float(takt2_s), "buffer2": float(buffer2), "k2": rate_per_hour(takt2_s),
            "cars2": cars_after(shift_h, takt2_s, buffer2),
            "t_meet": meeting_time(takt_s, buffer, takt2_s, buffer2)}


# -- the lab --------------------------------------------------------------------------------

TITLE = {"kk": "Құрастыру желісі: такт уақыты және ауысымдағы өнім",
         "ru": "Сборочная линия: время такта и выпуск за смену",
         "en": "Assembly line: takt time and output per shift"}
LABELS = {
    "takt": {"kk": "Такт уақыты", "ru": "Время такта", "en": "Takt time"},
    "shift": {"kk": "Ауысым ұзақтығы (жұмыс уақыты)", "ru": "Длительность смены (рабочее время)", "en": "Shift length (working time)"},
    "buffer": {"kk": "Буфердегі дайын автомобильдер b", "ru": "Готовые автомобили в буфере b", "en": "Finished cars in the buffer b"},
    "target": {"kk": "Ауысым жоспары", "ru": "План на смену", "en": "Shift target"},
    "takt2": {"kk": "2-желінің такт уақыты", "ru": "Время такта линии 2", "en": "Line 2 takt time"},
    "buffer2": {"kk": "2-желінің буфері", "ru": "Буфер линии 2", "en": "Line 2 buffer"},
    "k": {"kk": "Өнімділік k (бұрыштық коэффициент)", "ru": "Производительность k (угловой коэффициент)",
          "en": "Output rate k (slope)"},
    "exact": {"kk": "y = kt + b ауысым соңында", "ru": "y = kt + b в конце смены", "en": "y = kt + b at the end of the shift"},
    "cars": {"kk": "Дайын автомобильдер (бүтін сан)", "ru": "Готовые автомобили (целое число)", "en": "Finished cars (whole number)"},
    "t_target": {"kk": "Жоспар орындалатын уақыт", "ru": "Время выполнения плана", "en": "Time to reach the target"},
    "met": {"kk": "Жоспар ауысым ішінде орындалады", "ru": "План выполняется за смену", "en": "The target is met within the shift"},
    "not_met": {"kk": "Жоспар ауысым ішінде орындалмайды", "ru": "План за смену не выполняется", "en": "The target is not met within the shift"},
    "cars2": {"kk": "2-желі: ауысымда", "ru": "Линия 2: за смену", "en": "Line 2: per shift"},
    "meet": {"kk": "Екі желі теңесетін уақыт", "ru": "Линии сравниваются через", "en": "The two lines are level after"},
    "never": {"kk": "теңеспейді", "ru": "не сравниваются", "en": "never"},
    "line1": {"kk": "1-желі: y = kt + b", "ru": "Линия 1: y = kt + b", "en": "Line 1: y = kt + b"},
    "line2": {"kk": "2-желі", "ru": "Линия 2", "en": "Line 2"},
    "steps": {"kk": "Бүтін автомобильдер", "ru": "Целые автомобили", "en": "Whole cars"},
    "axis_t": {"kk": "Уақыт t, сағ", "ru": "Время t, ч", "en": "Time t, h"},
    "axis_y": {"kk": "Автомобильдер y", "ru": "Автомобили y", "en": "Cars y"},
    "shift_end": {"kk": "Ауысым соңы", "ru": "Конец смены", "en": "End of shift"},
    "takt_req": {"kk": "Такт уақыты", "ru": "Время такта", "en": "Takt time"},
}
UNITS = {
    "s": {"kk": "с", "ru": "с", "en": "s"},
    "h": {"kk": "сағ", "ru": "ч", "en": "h"},
    "per_h": {"kk": "автомобиль/сағ", "ru": "авт./ч", "en": "cars/h"},
    "cars": {"kk": "автомобиль", "ru": "авт.", "en": "cars"},
}


def _readout_html(result: Mapping[str, Any], show_second: bool = True) -> str:
    from ..i18n import pick
    from ..numbers import format_number

    h, cars = pick(UNITS["h"]), pick(UNITS["cars"])

    def row(key: str, value: str, bold: bool = False) -> str:
        cell = f"<b>{value}</b>" if bold else value
        return f"<tr><td style='padding-right:1em'>{pick(LABELS[key])}</td><td>{cell}</td></tr>"

    met = result["t_target"] <= result["shift_h"]
    meet = result["t_meet"]
    rows = [
        row("k", f"{format_number(result['k'], 4)} {pick(UNITS['per_h'])}"),
        row("exact", f"{format_number(result['cars_exact'], 4)}"),
        row("cars", f"{result['cars']} {cars}", bold=True),
        row("t_target", f"{format_number(result['t_target'], 3)} {h}", bold=True),
    ]
    if show_second:
        rows += [row("cars2", f"{result['cars2']} {cars}"),
                 row("meet", f"{format_number(meet, 3)} {h}" if meet is not None else pick(LABELS["never"]))]
    colour = "#1a7f37" if met else "#cf222e"
    status = f"<tr><td colspan='2' style='color:{colour}'>{pick(LABELS['met' if met else 'not_met'])}</td></tr>"
    return "<table class='takt-readout'>" + "".join(rows) + status + "</table>"


class TaktPlot(Plot):
    """Cars ready against time: line 1 (exact and whole cars), line 2, the shift target and the end of the shift."""

    size = (6.0, 3.8)
    margins = (0.75, 0.2, 0.55, 0.15)
    ticks = 8  # a tick every hour of a shift
    points = 400

    def __init__(self, show_second: bool = True) -> None:
        self.show_second = show_second
        super().__init__()

    def build(self, figure: Any) -> None:
        from ..i18n import pick

        ax = self.ax = figure.add_subplot()
        self.line1 = self.dynamic(ax.plot([], [], color="#d94801", lw=2, label=pick(LABELS["line1"]))[0])
        self.steps = self.dynamic(ax.step([], [], where="post", color="#fdae6b", lw=1, label=pick(LABELS["steps"]))[0])
        handles = [self.line1, self.steps]
        if self.show_second:
            self.line2 = self.dynamic(ax.plot([], [], color="#3182bd", lw=2, ls="--", label=pick(LABELS["line2"]))[0])
            self.meet = self.dynamic(ax.plot([], [], "ko")[0])
            handles.append(self.line2)
        self.target = self.dynamic(ax.axhline(0.0, color="#31a354", lw=1.5, ls=":", label=pick(LABELS["target"])))
        self.shift_end = self.dynamic(ax.axvline(0.0, color="#636363", lw=1, ls="-.", label=pick(LABELS["shift_end"])))
        self.target_reached = self.dynamic(ax.plot([], [], "o", color="#31a354")[0])
        ax.set_xlabel(pick(LABELS["axis_t"]))
        ax.set_ylabel(pick(LABELS["axis_y"]))
        ax.grid(alpha=0.3)
        self.legend(ax, [*handles, self.target, self.shift_end], loc="upper left", fontsize=8)

    def update(self, result: Mapping[str, Any]) -> None:
        import numpy as np

        end = max(result["shift_h"], 0.5)
        t = np.linspace(0.0, end, self.points)
        y1 = result["k"] * t + result["buffer"]
        self.line1.set_data(t, y1)
        self.steps.set_data(t, np.floor(y1 + _EPS))
        top = max(float(y1[-1]), result["target"])
        if self.show_second:
            self.line2.set_data(t, result["k2"] * t + result["buffer2"])
            top = max(top, float(result["k2"] * end + result["buffer2"]))
            tm = result["t_meet"]
            met = tm is not None and tm <= end
            self.meet.set_data([tm] if met else [], [result["k"] * tm + result["buffer"]] if met else [])
        self.target.set_ydata([result["target"]] * 2)
        self.shift_end.set_xdata([result["shift_h"]] * 2)
        reached = result["t_target"] <= end
        self.target_reached.set_data([result["t_target"]] if reached else [], [result["target"]] if reached else [])
        set_limits(self.ax, x=(0, end * 1.02), y=(0, nice_ceiling(top * 1.08)))


# -- the design task: at least 400 cars in a 7.5-hour shift, takt at least 60 s ----------------

def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    cars = {"kk": "Ауысымдағы дайын автомобильдер", "ru": "Готовые автомобили за смену", "en": "Finished cars per shift"}
    return Spec(
        (Requirement("cars", ">=", DESIGN_TARGET, "", cars),
         Requirement("cars", "<=", DESIGN_MAX, "", cars),
         Requirement("takt_s", ">=", MIN_TAKT, UNITS["s"], LABELS["takt_req"])),
        title={"kk": "Тапсырма: 7,5 сағаттық ауысымда кемінде 400, бірақ 410-нан көп емес автомобиль, такт кемінде 60 с",
               "ru": "Задание: за смену 7,5 ч не меньше 400, но не больше 410 автомобилей, такт не меньше 60 с",
               "en": "Task: at least 400 but at most 410 cars in a 7.5-hour shift, takt at least 60 s"},
    )


DESIGN_SPEC = _design_spec()
"""400 to 410 whole cars in a 7.5-hour shift starting with an empty buffer, with a takt of at least 60 s."""
SPEC = DESIGN_SPEC


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"takt_s": ...}``: a 7.5-hour shift, empty buffer (the lab and the hidden test use this)."""
    takt_s = float(design["takt_s"])
    return line(takt_s, SHIFT_HOURS, 0.0, DESIGN_TARGET, takt_s, 0.0)


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The lab: takt time (s), shift length (h), buffer and target (cars), and a second line to compare.

    ``task="shift-400"`` poses the design task :data:`DESIGN_SPEC` (7.5-hour shift, empty buffer;
    only the takt moves) with a Check button; ``start`` sets the controls from a design dictionary.
    Returns a :class:`curriculum.labs.Lab`.
    """
    from ..i18n import pick
    from .core import Lab, Slider

    s, h, cars = pick(UNITS["s"]), pick(UNITS["h"]), pick(UNITS["cars"])
    if task is None:
        controls = [
            Slider("takt_s", LABELS["takt"], 30.0, 180.0, 0.5, 56.0, unit=s),
            Slider("shift_h", LABELS["shift"], 2.0, 12.0, 0.25, 7.5, unit=h),
            Slider("buffer", LABELS["buffer"], 0.0, 60.0, 1.0, 10.0, unit=cars),
            Slider("target", LABELS["target"], 50.0, 800.0, 10.0, 450.0, unit=cars),
            Slider("takt2_s", LABELS["takt2"], 30.0, 180.0, 0.5, 72.0, unit=s),
            Slider("buffer2", LABELS["buffer2"], 0.0, 120.0, 1.0, 60.0, unit=cars),
        ]
        return Lab(model=line, controls=controls, readout_html=_readout_html, plot=TaktPlot, title=TITLE, start=start)
    if task != "shift-400":
        raise ValueError(f"unknown task {task!r}: the takt lab poses 'shift-400'")
    controls = [Slider("takt_s", LABELS["takt"], 30.0, 120.0, 0.5, 56.0, unit=s)]
    return Lab(model=lambda takt_s: design_result({"takt_s": takt_s}), controls=controls,
               readout_html=lambda result: _readout_html(result, show_second=False),
               plot=lambda: TaktPlot(show_second=False), title=TITLE, spec=DESIGN_SPEC, start=start)


__all__ = [
    "DESIGN_MAX", "DESIGN_SPEC", "DESIGN_TARGET", "MIN_TAKT", "SECONDS_PER_HOUR", "SHIFT_HOURS", "SPEC",
    "cars_after", "cars_linear", "design_result", "line", "make_lab", "meeting_time", "rate_per_hour",
    "takt_time", "time_to_target",
]
