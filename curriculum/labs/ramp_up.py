"""A new model's production ramp-up: cars per day growing by a fixed step or by a fixed percentage.

The model of module ``math-09-ramp-up`` (arithmetic and geometric progressions, algebra 9).  On the
first day of a new model the assembly line makes a few cars; the output grows day by day until the
line reaches its **full rate** (:data:`FULL_RATE` cars a day), and stays there:

* a ramp with a fixed step adds ``d`` cars every day: an arithmetic progression
  ``a_n = a_1 + (n - 1) d``, whose first ``n`` days make ``S_n = n (a_1 + a_n) / 2`` cars;
* a ramp with a fixed percentage grows by ``p`` % a day, multiplying by ``q = 1 + p/100``: a geometric
  progression ``b_n = b_1 q^(n-1)``, whose first ``n`` days make ``S_n = b_1 (q^n - 1) / (q - 1)`` cars.

The line cannot make more than its full rate, so a day's output is ``min(term, FULL_RATE)``: the
formulas hold until the full rate is reached (:func:`ramp` counts the days after it at the full rate).
A day's planned output of a geometric ramp is rarely a whole number; the model keeps it exact (the plan
rounds it when a shift is staffed) and the lab shows it to one decimal.

The numbers of the plant are fictional but plausible (two shifts of 450 minutes on a line built for one
car every 7.5 minutes give the full rate of 120 cars a day); ``module.yml`` gives the sources of the typical values.

Plain Python without widgets: the lessons, the lab and the hidden tests compute with these functions.

>>> arithmetic_term(12, 6, 10), arithmetic_sum(12, 6, 10)
(66, 390)
>>> first_day_arithmetic(12, 6, 120)
19
>>> geometric_term(16, 1.25, 3), round(geometric_sum(16, 1.25, 5), 4)
(25.0, 131.3125)
>>> first_day_geometric(10, 2, 75)
4
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

from .core import Plot
from .inputs import count, number

FULL_RATE = 120
"""Cars a day at the line's full rate (fictional): two shifts of 450 minutes, one car every 7.5 minutes."""
SHIFT_MINUTES = 450
"""Working minutes of one shift: 8 hours less a 30-minute break."""
SHIFTS = 2
"""Shifts a day while the new model is built."""
DAYS = 20
"""Days the lab shows: the first four working weeks of production."""
CARS_PER_ICON = 20
"""Cars one icon of the lab's yard stands for."""

DAY_TERM = {"kk": "n (күннің нөмірі)", "ru": "n (номер дня)", "en": "n (the day's number)"}
"""What a bad day number is called in the message."""

# -- the model ------------------------------------------------------------------------------------------


def _day(n: Any) -> int:
    """``n`` as a day number 1, 2, 3, ..., else a ``ValueError`` in the course language."""
    return count(DAY_TERM, n, minimum=1)


def _exact(value: float) -> int | float:
    """A whole float as an int (``66.0`` -> ``66``), so whole numbers of cars print as such."""
    return int(value) if float(value).is_integer() else value


def arithmetic_term(a1: float, d: float, n: int) -> int | float:
    """Cars on day ``n`` of a ramp that starts with ``a1`` cars and adds ``d`` a day: ``a_n = a1 + (n - 1) d``."""
    return _exact(number("a1", a1) + (_day(n) - 1) * number("d", d))


def arithmetic_sum(a1: float, d: float, n: int) -> int | float:
    """Cars made in the first ``n`` days of that ramp: ``S_n = n (a1 + a_n) / 2 = n (2 a1 + (n - 1) d) / 2``."""
    n = _day(n)
    return _exact(n * (2 * number("a1", a1) + (n - 1) * number("d", d)) / 2)


def _ratio(q: Any) -> float:
    ratio = number("q", q)
    if ratio <= 0:
        raise ValueError(f"q, the factor from one day to the next, must be positive, got {q!r}")
    return ratio


def geometric_term(b1: float, q: float, n: int) -> float:
    """Cars on day ``n`` of a ramp that starts with ``b1`` cars and multiplies by ``q`` a day: ``b_n = b1 q^(n-1)``.

    A growth of ``p`` % a day is ``q = 1 + p/100`` (20 % a day: ``q = 1.2``).
    """
    return number("b1", b1) * _ratio(q) ** (_day(n) - 1)


def geometric_sum(b1: float, q: float, n: int) -> float:
    """Cars made in the first ``n`` days of that ramp: ``S_n = b1 (q^n - 1) / (q - 1)`` (``n b1`` when ``q = 1``)."""
    b1, q, n = number("b1", b1), _ratio(q), _day(n)
    if q == 1:
        return n * b1
    return b1 * (q**n - 1) / (q - 1)


def first_day_arithmetic(a1: float, d: float, target: float) -> int:
    """The first day on which a ramp ``a1 + (n - 1) d`` makes at least ``target`` cars.

    From ``a1 + (n - 1) d >= target``: ``n - 1 >= (target - a1) / d``, so ``n`` is that quotient rounded
    **up**, plus 1 (computed exactly, so 19.0 is not taken for 19.000000001). Raises ``ValueError`` when the
    ramp never gets there (``d <= 0`` below the target).
    """
    a1, d, target = Fraction(number("a1", a1)), Fraction(number("d", d)), Fraction(number("target", target))
    if a1 >= target:
        return 1
    if d <= 0:
        raise ValueError("a ramp that does not grow (d <= 0) never reaches the target")
    return math.ceil((target - a1) / d) + 1


def first_day_geometric(b1: float, q: float, target: float) -> int:
    """The first day on which a ramp ``b1 q^(n-1)`` makes at least ``target`` cars (without logarithms: day by day).

    ``first_day_geometric(10, 2, 75) == 4``: 10, 20, 40, 80. Raises ``ValueError`` when the ramp never gets
    there (``b1 <= 0`` or ``q <= 1`` below the target).
    """
    b1, q, target = number("b1", b1), _ratio(q), number("target", target)
    if b1 >= target:
        return 1
    if b1 <= 0 or q <= 1:
        raise ValueError("a ramp that does not grow (b1 <= 0 or q <= 1) never reaches the target")
    n = 1
    while geometric_term(b1, q, n) < target:
        n += 1
    return n


def interval(cars: float, minutes: float = SHIFTS * SHIFT_MINUTES) -> float:
    """Average minutes between two finished cars on a day the line makes ``cars`` cars in ``minutes`` of work."""
    cars = number("cars", cars)
    if cars <= 0:
        raise ValueError(f"the line makes no cars (cars = {cars!r}): there is no interval between them")
    return number("minutes", minutes) / cars


def ramp(kind: str, first: float, step: float, days: int = DAYS, full_rate: float = FULL_RATE) -> dict[str, Any]:
    """A ramp-up day by day, capped at the full rate.

    ``kind`` is ``"arithmetic"`` (``step`` = ``d``, cars added a day) or ``"geometric"`` (``step`` = ``q``, the factor
    a day). Returns the day's ``output`` (``min(term, full_rate)``) and the formula's ``term`` for days ``1..days``,
    the running ``total`` after each day, the ``full_day`` (first day at the full rate, ``math.inf`` if never) and
    the largest ``max_increase`` of the output from one day to the next.
    """
    if kind not in ("arithmetic", "geometric"):
        raise ValueError(f"kind is 'arithmetic' or 'geometric', got {kind!r}")
    days, full_rate = _day(days), number("full_rate", full_rate)
    term = arithmetic_term if kind == "arithmetic" else geometric_term
    terms = [float(term(first, step, n)) for n in range(1, days + 1)]
    outputs = [min(max(t, 0.0), full_rate) for t in terms]
    totals, running = [], 0.0
    for value in outputs:
        running += value
        totals.append(running)
    find = first_day_arithmetic if kind == "arithmetic" else first_day_geometric
    try:
        full_day: float = find(first, step, full_rate)
    except ValueError:
        full_day = math.inf
    increases = [later - earlier for earlier, later in zip(outputs, outputs[1:])]
    return {"kind": kind, "first": float(first), "step": float(step), "term": terms, "output": outputs, "total": totals,
            "full_day": full_day, "max_increase": max(increases, default=0.0), "full_rate": full_rate}


def total_after(plan: Mapping[str, Any], n: int) -> float:
    """Cars a :func:`ramp` has made by the end of day ``n`` (days after its full rate count at the full rate)."""
    n, totals = _day(n), plan["total"]
    if n <= len(totals):
        return totals[n - 1]
    return totals[-1] + (n - len(totals)) * plan["full_rate"]


# -- the design task: the launch plan of the new model ----------------------------------------------------

DEADLINE = 15
"""The plan's deadline: the line is at its full rate on day 15 at the latest."""
ORDER_MIN, ORDER_MAX = 1000, 1150
"""Cars in the first 15 days: at least the dealers' launch order, at most the seat sets the supplier delivers."""
PILOT_CREW = 24
"""The most cars the pilot crew can build on the first day."""
TRAINING_LIMIT = 8
"""The most cars the output may grow from one day to the next (operators are trained in small groups)."""


def launch_plan(a1: float, d: float, day: int = DEADLINE) -> dict[str, Any]:
    """What the design lab shows: a fixed-step ramp ``a1``, ``d`` for a month, at day ``day``, with what the launch
    plan asks of it (:func:`design_result`: the keys the Check button judges)."""
    return {**design_result({"a1": a1, "d": d}), "day": _day(day), "arithmetic": ramp("arithmetic", a1, d)}


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"a1": ..., "d": ...}``: the ramp's full day, its cars in the first
    15 days, its first day and its largest daily increase (the lab and the hidden test)."""
    plan = ramp("arithmetic", design["a1"], design["d"], days=DEADLINE)
    return {"a1": plan["first"], "d": plan["step"], "full_day": plan["full_day"], "total": plan["total"][-1],
            "max_increase": plan["max_increase"]}


# -- the lab's words ----------------------------------------------------------------------------------------

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Жаңа модельді өндіруді игеру зертханасы", "ru": "Лаборатория: освоение производства новой модели",
              "en": "Lab: ramping up a new model"},
    "design-title": {"kk": "Жаңа модельді шығару жоспары", "ru": "План запуска новой модели",
                     "en": "The new model's launch plan"},
    "a1": {"kk": "Бірінші күн a₁ (автомобиль)", "ru": "Первый день a₁ (автомобилей)", "en": "First day a₁ (cars)"},
    "d": {"kk": "Айырым d (күніне қосылатын автомобиль)", "ru": "Разность d (автомобилей в день)",
          "en": "Difference d (cars added a day)"},
    "b1": {"kk": "Бірінші күн b₁ (автомобиль)", "ru": "Первый день b₁ (автомобилей)", "en": "First day b₁ (cars)"},
    "p": {"kk": "Күнделікті өсім p", "ru": "Рост за день p", "en": "Growth a day p"},
    "day": {"kk": "Күн n", "ru": "День n", "en": "Day n"},
    "arithmetic": {"kk": "күніне +d автомобиль (арифметикалық)", "ru": "+d автомобилей в день (арифметическая)",
                   "en": "+d cars a day (arithmetic)"},
    "geometric": {"kk": "күніне +p % (геометриялық)", "ru": "+p % в день (геометрическая)",
                  "en": "+p % a day (geometric)"},
    "step": {"kk": "Айырым d немесе еселік q = 1 + p/100", "ru": "Разность d или знаменатель q = 1 + p/100",
             "en": "Common difference d or common ratio q = 1 + p/100"},
    "cars-on-day": {"kk": "{n}-күні жасалған автомобильдер", "ru": "Автомобилей в день {n}", "en": "Cars on day {n}"},
    "increase": {"kk": "Алдыңғы күнмен салыстырғандағы өсім", "ru": "Прирост по сравнению с предыдущим днём",
                 "en": "Increase from the day before"},
    "total": {"kk": "{n}-күннің соңына дейін барлығы", "ru": "Всего к концу дня {n}", "en": "Total by the end of day {n}"},
    "full-day": {"kk": "Жобалық қуатқа жеткен күн", "ru": "День выхода на проектную мощность",
                 "en": "Full rate reached on day"},
    "never": {"kk": "жетпейді", "ru": "не выходит", "en": "never"},
    "full-rate": {"kk": "жобалық қуат: күніне 120", "ru": "проектная мощность: 120 в день", "en": "full rate: 120 a day"},
    "formula": {"kk": "формула бойынша", "ru": "по формуле", "en": "by the formula"},
    "axis-day": {"kk": "күн n", "ru": "день n", "en": "day n"},
    "axis-cars": {"kk": "күніне автомобиль", "ru": "автомобилей в день", "en": "cars a day"},
    "yard": {"kk": "Дайын автомобильдер алаңы: 1 белгі = 20 автомобиль", "ru": "Площадка готовых автомобилей: 1 значок = 20 машин",
             "en": "Yard of finished cars: 1 icon = 20 cars"},
    "today": {"kk": "бүгін", "ru": "сегодня", "en": "today"},
    "deadline": {"kk": "мерзім", "ru": "срок", "en": "deadline"},
    "order": {"kk": "тапсырыс", "ru": "заказ", "en": "order"},
    "plan-total": {"kk": "Алғашқы 15 күнде барлығы", "ru": "Всего за первые 15 дней", "en": "Cars in the first 15 days"},
    "plan-full-day": {"kk": "Жобалық қуатқа жеткен күн", "ru": "День выхода на проектную мощность",
                      "en": "Day of the full rate"},
    "plan-first": {"kk": "Бірінші күні (алғашқы бригада)", "ru": "В первый день (пилотная бригада)",
                   "en": "First day (pilot crew)"},
    "plan-increase": {"kk": "Бір күннен келесі күнге ең үлкен өсім", "ru": "Наибольший прирост от дня ко дню",
                      "en": "Largest increase from one day to the next"},
    "spec": {"kk": "Тапсырма: жаңа модельді шығару жоспары (жобалық қуат — күніне 120 автомобиль)",
             "ru": "Задание: план запуска новой модели (проектная мощность — 120 автомобилей в день)",
             "en": "Task: the new model's launch plan (full rate: 120 cars a day)"},
    "cars": {"kk": "автомобиль", "ru": "автомобилей", "en": "cars"},
}


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    cars = LABELS["cars"]
    return Spec(
        (Requirement("full_day", "<=", float(DEADLINE), "", LABELS["plan-full-day"]),
         Requirement("total", ">=", float(ORDER_MIN), cars, LABELS["plan-total"]),
         Requirement("total", "<=", float(ORDER_MAX), cars, LABELS["plan-total"]),
         Requirement("a1", "<=", float(PILOT_CREW), cars, LABELS["plan-first"]),
         Requirement("max_increase", "<=", float(TRAINING_LIMIT), cars, LABELS["plan-increase"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The launch plan: full rate (120 cars a day) on day 15 at the latest; 1000 to 1150 cars in the first 15 days (the
dealers' order, the supplier's seat sets); at most 24 cars on the first day (the pilot crew); the output grows by
at most 8 cars from one day to the next (training)."""


def _text(key: str, lang: str | None) -> str:
    from ..i18n import pick

    return pick(LABELS[key], lang)


def _cars(value: float, lang: str | None = None) -> str:
    """A number of cars as the course language writes it: whole numbers as they are, others to one decimal."""
    from ..numbers import format_decimal

    return format_decimal(value, 1, lang)


def _ratio_text(value: float, lang: str | None) -> str:
    """A common difference or ratio as the course language writes it (``1,25`` in kk and ru)."""
    from ..numbers import format_decimal

    return format_decimal(value, 4, lang)


def _day_text(value: float, lang: str | None) -> str:
    return _cars(value, lang) if math.isfinite(value) else _text("never", lang)


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The lab's readout as HTML: for day ``n``, each ramp's cars that day, increase, total, and its full day."""
    n = result["day"]
    plans = [result[kind] for kind in ("arithmetic", "geometric") if kind in result]
    head = "".join(f"<th style='text-align:right;color:{COLOURS[p['kind']]}'>{_text(p['kind'], lang)}</th>" for p in plans)
    steps = "".join(f"<td style='text-align:right'><b>{'d' if p['kind'] == 'arithmetic' else 'q'} = "
                    f"{_ratio_text(p['step'], lang)}</b></td>" for p in plans)
    rows = [f"<tr><td>{_text('step', lang)}</td>{steps}</tr>"]
    for key, value in (("cars-on-day", lambda p: p["output"][n - 1]),
                       ("increase", lambda p: p["output"][n - 1] - (p["output"][n - 2] if n > 1 else 0.0)),
                       ("total", lambda p: p["total"][n - 1]),
                       ("full-day", lambda p: p["full_day"])):
        cells = "".join(f"<td style='text-align:right'><b>{(_day_text if key == 'full-day' else _cars)(value(p), lang)}</b></td>"
                        for p in plans)
        label = _text(key, lang).replace("{n}", str(n))
        rows.append(f"<tr><td>{label}</td>{cells}</tr>")
    return (f"<table class='lab-ramp'><tr><th style='text-align:left'>{_text('day', lang)} = {n}</th>{head}</tr>"
            + "".join(rows) + "</table>")


def design_readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The design lab's readout: the day ``n`` shown, then what the launch plan asks of the ramp."""
    n, plan = result["day"], result["arithmetic"]
    rows = [(_text("cars-on-day", lang).replace("{n}", str(n)), _cars(plan["output"][n - 1], lang)),
            (_text("total", lang).replace("{n}", str(n)), _cars(plan["total"][n - 1], lang)),
            (_text("plan-first", lang), _cars(result["a1"], lang)),
            (_text("plan-full-day", lang), _day_text(result["full_day"], lang)),
            (_text("plan-total", lang), _cars(result["total"], lang)),
            (_text("plan-increase", lang), _cars(result["max_increase"], lang))]
    body = "".join(f"<tr><td>{name}</td><td style='text-align:right'><b>{value}</b></td></tr>" for name, value in rows)
    return f"<table class='lab-ramp'>{body}</table>"


# -- the picture: the yard of finished cars beside the cars made each day ---------------------------------

COLOURS = {"arithmetic": "#1f77b4", "geometric": "#e6550d"}
PALE = {"arithmetic": "#aec7e8", "geometric": "#fdae6b"}
ROW_HEIGHT = 0.62
"""Height of a row of icons in the yard's units (an icon is one unit wide)."""


def car_marker() -> Any:
    """A car seen from the side, as a matplotlib marker path: the body and two wheels."""
    from matplotlib.path import Path

    body = Path([(-1.0, -0.15), (-1.0, 0.15), (-0.6, 0.22), (-0.3, 0.55), (0.35, 0.55), (0.62, 0.22), (1.0, 0.15),
                 (1.0, -0.15), (-1.0, -0.15)], closed=True)
    wheels = [Path.circle((x, -0.2), 0.22) for x in (-0.55, 0.55)]
    return Path.make_compound_path(body, *wheels)


class RampPlot(Plot):
    """The yard where the finished cars stand (one icon for 20 cars, today's darker), beside bars of the cars made
    each day against the full rate, all at day ``n``: the total is the bars' area and the cars in the yard.

    The explore lab has a lot per ramp, one above the other (12 icons a row); the design lab one lot of 10 icons a
    row (200 cars), where the dealers' order (1000 to 1150 cars) is a band, and the deadline a line on the bars.
    """

    size = (7.6, 3.8)
    margins = (0.1, 0.1, 0.1, 0.1)

    def __init__(self, kinds: Sequence[str] = ("arithmetic", "geometric"), design: bool = False,
                 lang: str | None = None) -> None:
        self.kinds, self.design, self.lang = tuple(kinds), design, lang
        self.row = 10 if design else 12
        super().__init__()

    def build(self, figure: Any) -> None:
        import numpy as np
        from matplotlib.collections import PolyCollection
        from matplotlib.patches import Rectangle

        width, height = self.size
        row = self.row
        rows = math.ceil(DAYS * FULL_RATE / CARS_PER_ICON / row)  # the most the lab's days can make
        lot_height = rows * ROW_HEIGHT + 0.4
        header = 1.0
        yard = self.yard = figure.add_axes((0.1 / width, 0.1 / height, 3.1 / width, 3.3 / height))
        yard.set_aspect("equal")
        yard.set_axis_off()
        figure.text(0.15 / width, 1 - 0.2 / height, _text("yard", self.lang), fontsize=8, ha="left", va="center",
                    color="#333333")
        self.marker = car_marker()
        self.icons, self.totals, self.slots = {}, {}, {}
        for k, kind in enumerate(self.kinds):
            bottom = -(k + 1) * (lot_height + header)
            yard.add_patch(Rectangle((-0.4, bottom), row + 0.4, lot_height, facecolor="#f2f2f2", edgecolor="#bbbbbb",
                                     linewidth=0.8))
            yard.text(-0.4, bottom + lot_height + 0.45, _text(kind, self.lang), fontsize=8, ha="left", va="center",
                      color=COLOURS[kind])
            index = np.arange(rows * row)
            self.slots[kind] = np.c_[0.1 + index % row, bottom + 0.2 + (index // row) * ROW_HEIGHT + ROW_HEIGHT / 2]
            self.icons[kind] = self.dynamic(yard.scatter(np.zeros(0), np.zeros(0), marker=self.marker, linewidths=0))
            self.totals[kind] = self.dynamic(yard.text(row - 0.2, bottom + lot_height - 0.35, "", fontsize=9,
                                                       ha="right", va="top", color=COLOURS[kind], fontweight="bold"))
        extra = 0.0
        if self.design:
            bottom = -(lot_height + header) + 0.2
            for cars, style in ((ORDER_MIN, "--"), (ORDER_MAX, ":")):
                level = bottom + cars / CARS_PER_ICON / row * ROW_HEIGHT
                yard.plot([-0.4, row], [level, level], color="#2ca02c", linewidth=1.4, linestyle=style)
            yard.text(row + 0.2, bottom + (ORDER_MIN + ORDER_MAX) / 2 / CARS_PER_ICON / row * ROW_HEIGHT,
                      f"{_text('order', self.lang)}\n{ORDER_MIN}–{ORDER_MAX}", fontsize=7, ha="left", va="center",
                      color="#2ca02c")
            extra = 2.6
        yard.set_xlim(-0.5, row + 0.1 + extra)
        yard.set_ylim(-len(self.kinds) * (lot_height + header) - 0.1, 0.0)
        yard.set_anchor("N")
        # an icon 0.9 units wide: the axes' scale in points per unit (equal aspect: the tighter of the two)
        (x0, x1), (y0, y1) = yard.get_xlim(), yard.get_ylim()
        scale = min(3.1 / (x1 - x0), 3.3 / (y1 - y0)) * 72
        for icons in self.icons.values():
            icons.set_sizes([(0.9 * scale) ** 2])

        ax = self.ax = figure.add_axes((3.85 / width, 0.55 / height, 3.6 / width, 3.1 / height))
        ax.set_xlim(0.4, DAYS + 0.6)
        ax.set_ylim(0, 160)
        ax.set_xticks(range(1, DAYS + 1, 2 if DAYS > 12 else 1))
        ax.set_xlabel(_text("axis-day", self.lang), fontsize=9)
        ax.set_ylabel(_text("axis-cars", self.lang), fontsize=9)
        ax.tick_params(labelsize=8)
        ax.grid(alpha=0.25)
        ax.axhline(FULL_RATE, color="#444444", linewidth=1.0, linestyle="--")
        ax.text(0.7, FULL_RATE + 3, _text("full-rate", self.lang), fontsize=8, ha="left", va="bottom", color="#444444")
        if self.design:
            ax.axvline(DEADLINE + 0.5, color="#d62728", linewidth=1.0, linestyle="--")
            ax.text(DEADLINE + 0.7, 138, _text("deadline", self.lang), fontsize=8, ha="left", va="center",
                    color="#d62728")
        self.bars, self.formulas, self.offsets = {}, {}, {}
        self.share = 0.8 / len(self.kinds)
        for k, kind in enumerate(self.kinds):
            self.bars[kind] = self.dynamic(ax.add_collection(PolyCollection([], linewidths=0)))
            self.offsets[kind] = -0.4 + k * self.share  # where this ramp's bar starts in a day's slot
            self.formulas[kind] = self.dynamic(ax.plot([], [], color=COLOURS[kind], linewidth=1.0, linestyle=":")[0])
        self.today = self.dynamic(ax.axvspan(0.5, 1.5, color="#ffdd57", alpha=0.35, linewidth=0, zorder=0))
        self.today_label = self.dynamic(ax.text(1.0, 156, "", fontsize=8, ha="center", va="top", color="#7a5c00"))

    def update(self, result: Mapping[str, Any]) -> None:
        import numpy as np

        n = result["day"]
        days = np.arange(1, DAYS + 1)
        for kind in self.kinds:
            plan = result[kind]
            outputs = np.asarray(plan["output"][:DAYS])
            left = days + self.offsets[kind]
            verts = np.stack([np.c_[left, np.zeros(DAYS)], np.c_[left, outputs],
                              np.c_[left + self.share, outputs], np.c_[left + self.share, np.zeros(DAYS)]], axis=1)
            self.bars[kind].set_verts(verts)
            self.bars[kind].set_facecolor([COLOURS[kind] if day <= n else PALE[kind] for day in days])
            self.formulas[kind].set_data(days, plan["term"][:DAYS])
            total = plan["total"][n - 1]
            before = plan["total"][n - 2] if n > 1 else 0.0
            shown, earlier = int(total // CARS_PER_ICON), int(before // CARS_PER_ICON)
            icons = self.icons[kind]
            icons.set_offsets(self.slots[kind][:shown])
            icons.set_facecolor([PALE[kind]] * earlier + [COLOURS[kind]] * (shown - earlier))
            self.totals[kind].set_text(f"Σ = {_cars(total, self.lang)}")
        self.today.set_x(n - 0.5)
        self.today_label.set_x(n)
        self.today_label.set_text(_text("today", self.lang))


# -- the labs ---------------------------------------------------------------------------------------------


def ramp_pair(a1: float, d: float, b1: float, p: float, day: int) -> dict[str, Any]:
    """What the explore lab shows: both ramps for a month, at day ``day`` (``p`` in % a day)."""
    return {"day": _day(day), "arithmetic": ramp("arithmetic", a1, d), "geometric": ramp("geometric", b1, 1 + p / 100)}


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The ramp-up lab: the yard filling with cars beside the cars made each day, for day ``n`` (a Play button).

    Without a task: two ramps, one adding ``d`` cars a day (arithmetic), one growing by ``p`` % a day (geometric),
    against the full rate. ``task="launch-plan"`` poses the design task :data:`DESIGN_SPEC` for a fixed-step ramp
    with a Check button; ``start`` sets the controls from a design dictionary.
    """
    from .core import Animation, Lab, Slider

    day = Animation("day", LABELS["day"], min=1, max=DAYS, step=1, value=10, interval_ms=400)
    first = Slider("a1", LABELS["a1"], min=4, max=40, step=1, value=12)
    step = Slider("d", LABELS["d"], min=0, max=20, step=1, value=6)
    if task is None:
        controls = [first, step, Slider("b1", LABELS["b1"], min=4, max=40, step=1, value=16),
                    Slider("p", LABELS["p"], min=5, max=50, step=1, value=25, unit="%"), day]
        return Lab(model=ramp_pair, controls=controls, readout_html=readout_html, plot=RampPlot, title=LABELS["title"],
                   start=start)
    if task != "launch-plan":
        raise ValueError(f"unknown task {task!r}: the ramp-up lab poses 'launch-plan'")
    first.value, step.value = 10, 6
    day.value = DEADLINE
    return Lab(model=launch_plan, controls=[first, step, day], readout_html=design_readout_html,
               plot=lambda: RampPlot(kinds=("arithmetic",), design=True), title=LABELS["design-title"],
               spec=DESIGN_SPEC, start=start)


__all__ = [
    "CARS_PER_ICON", "DAYS", "DEADLINE", "DESIGN_SPEC", "FULL_RATE", "ORDER_MAX", "ORDER_MIN", "PILOT_CREW",
    "SHIFTS", "SHIFT_MINUTES", "TRAINING_LIMIT", "arithmetic_sum", "arithmetic_term", "design_result",
    "first_day_arithmetic", "first_day_geometric", "geometric_sum", "geometric_term", "interval", "launch_plan",
    "make_lab", "ramp", "ramp_pair", "readout_html", "total_after",
]
