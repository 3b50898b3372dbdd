"""Fuel use per 100 km as a function of speed: the derivative, the tangent and the most economical speed.

The model of module ``math-10-cruise`` (the derivative and optimisation, algebra and analysis 10). A car that
cruises at a steady speed ``v`` (km/h) uses

    Q(v) = c + a / v + b v²      litres per 100 km,

three parts of the fuel the plant's engineers tell apart:

* ``a / v``: the engine burns ``a / 100`` litres **each hour** whatever the speed (its own friction, the pumps, the
  generator); the faster the car, the fewer hours it takes for 100 km, so this part falls with speed;
* ``c``: the tyres' rolling resistance, about the same fuel for every 100 km;
* ``b v²``: the air's drag, whose force grows as ``v²`` (its work over 100 km too).

``Q'(v) = -a / v² + 2 b v`` is negative below and positive above ``v* = (a / (2 b))^(1/3)``: ``v*`` is the
**economical speed** (the least fuel per 100 km). The fuel per **hour**, ``Q v / 100``, grows with speed all the
time: slower means less fuel an hour, not less fuel per 100 km.

The numbers are fictional but plausible (a crossover: c = 1.5, a = 216, b = 0.0005 gives 6.9 L/100 km at its
economical speed of 60 km/h and 7.95 L/100 km at 90 km/h); ``module.yml`` gives the sources of the typical values.

Plain Python without widgets: the lessons, the lab and the hidden tests compute with these functions.

>>> consumption(60), consumption(90)
(6.9, 7.95)
>>> round(derivative(90), 4), economical_speed()
(0.0633, 60.0)
>>> economical_speed(256, 0.00025), round(consumption(80, 256, 0.00025, 2), 4)
(80.0, 6.8)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from .core import Plot
from .inputs import number

ROLLING = 1.5
"""c: litres per 100 km for the tyres' rolling resistance (the lessons' crossover, fictional)."""
ENGINE = 216.0
"""a: the engine's 2.16 litres an hour whatever the speed, as litres per 100 km times km/h (100 · 2.16)."""
DRAG = 0.0005
"""b: the air's drag, litres per 100 km per (km/h)²."""
SPEED_RANGE = (20, 130)
"""The speeds the lab shows, km/h."""

# the design task: delivering a new crossover to a dealer
DISTANCE = 200.0
"""Kilometres to the dealer (fictional)."""
DEADLINE = 2.5
"""Hours the delivery may take at most: the dealer's handover time."""
FUEL_LIMIT = 15.0
"""Litres the delivery may use at most (the fuel the plant puts in a new car for the delivery)."""


# -- the model ---------------------------------------------------------------------------------------------


EMPTY_RANGE = {"kk": "Аралық бос: v_min = {v_min} мәні v_max = {v_max} мәнінен үлкен",
               "ru": "Промежуток пуст: v_min = {v_min} больше, чем v_max = {v_max}",
               "en": "the range is empty: v_min = {v_min} is above v_max = {v_max}"}
"""What :func:`economical_speed` says, in the course language, when the allowed speeds are none."""


def _speed(v: Any) -> float:
    return number("v", v, positive=True)


def _tidy(value: float) -> float:
    """``value`` rounded to 12 significant digits, so 6.8999999999 prints as the 6.9 it is."""
    return float(f"{value:.12g}")


def consumption(v: float, a: float = ENGINE, b: float = DRAG, c: float = ROLLING) -> float:
    """Litres per 100 km at a steady ``v`` km/h: ``Q(v) = c + a / v + b v²``."""
    v = _speed(v)
    return _tidy(number("c", c) + number("a", a) / v + number("b", b) * v * v)


def derivative(v: float, a: float = ENGINE, b: float = DRAG) -> float:
    """``Q'(v) = -a / v² + 2 b v``: litres per 100 km more for each km/h more, near ``v``."""
    v = _speed(v)
    return _tidy(-number("a", a) / (v * v) + 2 * number("b", b) * v)


def hourly(v: float, a: float = ENGINE, b: float = DRAG, c: float = ROLLING) -> float:
    """Litres an hour at a steady ``v`` km/h: ``Q(v) · v / 100`` (it grows with ``v``)."""
    return _tidy(consumption(v, a, b, c) * _speed(v) / 100)


def tangent(v0: float, a: float = ENGINE, b: float = DRAG, c: float = ROLLING) -> tuple[float, float]:
    """The tangent to ``Q`` at ``v0`` as ``(slope, intercept)``: ``y = Q(v0) + Q'(v0)(v - v0) = slope·v + intercept``."""
    slope = derivative(v0, a, b)
    return slope, _tidy(consumption(v0, a, b, c) - slope * _speed(v0))


def economical_speed(a: float = ENGINE, b: float = DRAG, v_min: float | None = None,
                     v_max: float | None = None) -> float:
    """The speed of least fuel per 100 km: ``v* = (a / (2 b))^(1/3)``, where ``Q'`` changes from - to +.

    Between ``v_min`` and ``v_max`` (an allowed range, say a deadline's least speed) it is ``v*`` if ``v*`` lies
    in the range, else the end nearer to it: ``Q`` falls before ``v*`` and grows after it.
    """
    a, b = number("a", a, positive=True), number("b", b, positive=True)  # else Q has no least value
    best = _tidy((a / (2 * b)) ** (1 / 3))
    low = _speed(v_min) if v_min is not None else 0.0
    high = _speed(v_max) if v_max is not None else math.inf
    if low > high:
        from ..i18n import pick

        raise ValueError(pick(EMPTY_RANGE).format(v_min=repr(v_min), v_max=repr(v_max)))
    return min(max(best, low), high)


def trip(v: float, distance: float = DISTANCE, a: float = ENGINE, b: float = DRAG,
         c: float = ROLLING) -> dict[str, float]:
    """A drive of ``distance`` km at ``v`` km/h: its ``hours`` and its ``litres`` (``Q(v) · distance / 100``)."""
    v, distance = _speed(v), number("distance", distance, minimum=0)
    return {"v": v, "hours": _tidy(distance / v), "litres": _tidy(consumption(v, a, b, c) * distance / 100)}


def state(v: float, a: float = ENGINE, b: float = DRAG, c: float = ROLLING) -> dict[str, Any]:
    """What the explore lab shows at speed ``v``: Q and its three parts, Q', the tangent, the economical speed."""
    slope, intercept = tangent(v, a, b, c)
    best = economical_speed(a, b)
    return {"v": _speed(v), "a": a, "b": b, "c": c, "Q": consumption(v, a, b, c), "slope": slope,
            "intercept": intercept, "engine": _tidy(a / v), "rolling": c, "air": _tidy(b * v * v),
            "hourly": hourly(v, a, b, c), "best": best, "Q_best": consumption(best, a, b, c)}


def explore(v: float, engine_hour: float, b_10k: float) -> dict[str, Any]:
    """The explore lab's model: speed ``v``, the engine's litres an hour and ``b`` in ten-thousandths."""
    return state(v, a=100 * number("engine_hour", engine_hour), b=number("b_10k", b_10k) / 10_000)


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"v": ...}``: the delivery's hours and litres (the lab and the hidden
    test)."""
    drive = trip(design["v"])
    return {"v": drive["v"], "hours": drive["hours"], "litres": drive["litres"]}


def delivery(v: float) -> dict[str, Any]:
    """What the design lab shows: the crossover at ``v`` with the delivery's hours and litres."""
    return {**state(v), **design_result({"v": v})}


# -- the lab's words ------------------------------------------------------------------------------------------

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Отын шығыны мен жылдамдық зертханасы", "ru": "Лаборатория: расход топлива и скорость",
              "en": "Lab: fuel consumption and speed"},
    "design-title": {"kk": "Жаңа автомобильді дилерге жеткізу", "ru": "Доставка нового автомобиля дилеру",
                     "en": "Delivering a new car to a dealer"},
    "v": {"kk": "Жылдамдық v", "ru": "Скорость v", "en": "Speed v"},
    "engine_hour": {"kk": "Қозғалтқыштың сағаттық отыны", "ru": "Расход двигателя в час",
                    "en": "Engine's fuel an hour"},
    "b_10k": {"kk": "Ауа кедергісі b · 10 000", "ru": "Сопротивление воздуха b · 10 000", "en": "Air drag b · 10 000"},
    "kmh": {"kk": "км/сағ", "ru": "км/ч", "en": "km/h"},
    "l_per_h": {"kk": "л/сағ", "ru": "л/ч", "en": "L/h"},
    "l100": {"kk": "л/100 км", "ru": "л/100 км", "en": "L/100 km"},
    "litres": {"kk": "л", "ru": "л", "en": "L"},
    "hours": {"kk": "сағ", "ru": "ч", "en": "h"},
    "Q": {"kk": "Отын шығыны Q(v)", "ru": "Расход топлива Q(v)", "en": "Fuel consumption Q(v)"},
    "slope": {"kk": "Туынды Q′(v), жанаманың бұрыштық коэффициенті", "ru": "Производная Q′(v), угловой коэффициент касательной",
              "en": "Derivative Q′(v), the tangent's slope"},
    "hourly": {"kk": "Бір сағаттағы отын", "ru": "Топливо за час", "en": "Fuel an hour"},
    "best": {"kk": "Үнемді жылдамдық v*", "ru": "Экономичная скорость v*", "en": "Economical speed v*"},
    "Q-best": {"kk": "v* кезіндегі отын шығыны", "ru": "Расход топлива при v*", "en": "Fuel consumption at v*"},
    "trend-down": {"kk": "Q кемиді: жылдамдықты арттырған тиімді", "ru": "Q убывает: скорость выгодно увеличить",
                   "en": "Q falls: speeding up saves fuel"},
    "trend-up": {"kk": "Q өседі: жылдамдықты азайтқан тиімді", "ru": "Q возрастает: скорость выгодно уменьшить",
                 "en": "Q grows: slowing down saves fuel"},
    "trend-flat": {"kk": "Q′ ≈ 0: жанама көлденеңге жақын", "ru": "Q′ ≈ 0: касательная почти горизонтальна",
                   "en": "Q′ ≈ 0: the tangent is almost horizontal"},
    "axis-v": {"kk": "жылдамдық v, км/сағ", "ru": "скорость v, км/ч", "en": "speed v, km/h"},
    "axis-Q": {"kk": "Q, л/100 км", "ru": "Q, л/100 км", "en": "Q, L/100 km"},
    "curve": {"kk": "отын шығыны Q(v)", "ru": "расход топлива Q(v)", "en": "fuel consumption Q(v)"},
    "tangent": {"kk": "жанама", "ru": "касательная", "en": "tangent"},
    "engine": {"kk": "қозғалтқыш: a/v", "ru": "двигатель: a/v", "en": "engine: a/v"},
    "rolling": {"kk": "дөңгелектер: c", "ru": "шины: c", "en": "tyres: c"},
    "air": {"kk": "ауа: bv²", "ru": "воздух: bv²", "en": "air: bv²"},
    "per-100": {"kk": "100 км-ге", "ru": "на 100 км", "en": "per 100 km"},
    "hours-trip": {"kk": "Жол уақыты", "ru": "Время в пути", "en": "Time on the road"},
    "litres-trip": {"kk": "Жолға кететін отын", "ru": "Топливо на дорогу", "en": "Fuel for the drive"},
    "deadline": {"kk": "мерзім", "ru": "срок", "en": "deadline"},
    "fuel-limit": {"kk": "отын шегі", "ru": "предел топлива", "en": "fuel limit"},
    "alt": {"kk": "Автомобиль тымық ауада {v} км/сағ жылдамдықпен жүреді. 100 км-ге отын: дөңгелектер {c}, "
                   "қозғалтқыш {engine}, ауа {air}, барлығы {Q} л. Графикте Q(v) қисығы, v нүктесіндегі жанама "
                   "(бұрыштық коэффициенті {slope}) және үнемді жылдамдық v* = {best} км/сағ.",
            "ru": "Автомобиль едет в безветренную погоду со скоростью {v} км/ч. Топливо на 100 км: шины {c}, двигатель {engine}, "
                  "воздух {air}, всего {Q} л. На графике кривая Q(v), касательная в точке v (угловой коэффициент "
                  "{slope}) и экономичная скорость v* = {best} км/ч.",
            "en": "The car drives at {v} km/h in still air. Fuel per 100 km: tyres {c}, engine {engine}, air {air}, "
                  "{Q} L in all. The graph shows the curve Q(v), the tangent at v (slope {slope}) and the economical "
                  "speed v* = {best} km/h."},
    "spec": {"kk": "Тапсырма: автомобильді 200 км жердегі дилерге жеткізу",
             "ru": "Задание: доставить автомобиль дилеру за 200 км",
             "en": "Task: deliver the car to a dealer 200 km away"},
}


def _text(key: str, lang: str | None = None) -> str:
    from ..i18n import pick

    return pick(LABELS[key], lang)


def _number(value: float, places: int, lang: str | None = None) -> str:
    from ..numbers import format_decimal

    return format_decimal(value, places, lang)


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("hours", "<=", DEADLINE, LABELS["hours"], LABELS["hours-trip"]),
         Requirement("litres", "<=", FUEL_LIMIT, LABELS["litres"], LABELS["litres-trip"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The delivery: 200 km in 2.5 hours at most, on at most 15 litres of fuel."""


def _trend(slope: float, lang: str | None) -> str:
    if abs(slope) < 0.002:
        return _text("trend-flat", lang)
    return _text("trend-down" if slope < 0 else "trend-up", lang)


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The explore lab's readout: Q(v), Q'(v) with what its sign says, the fuel an hour, the economical speed."""
    l100, kmh = _text("l100", lang), _text("kmh", lang)
    rows = [(_text("Q", lang), f"{_number(result['Q'], 2, lang)} {l100}"),
            (_text("slope", lang), f"{_number(result['slope'], 4, lang)}"),
            ("", _trend(result["slope"], lang)),
            (_text("hourly", lang), f"{_number(result['hourly'], 2, lang)} {_text('l_per_h', lang)}"),
            (_text("best", lang), f"{_number(result['best'], 1, lang)} {kmh}"),
            (_text("Q-best", lang), f"{_number(result['Q_best'], 2, lang)} {l100}")]
    body = "".join(f"<tr><td>{name}</td><td style='text-align:right'><b>{value}</b></td></tr>" for name, value in rows)
    return f"<table class='lab-cruise'>{body}</table>"


def design_readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The design lab's readout: Q(v) and Q'(v), then the delivery's hours and litres."""
    rows = [(_text("Q", lang), f"{_number(result['Q'], 2, lang)} {_text('l100', lang)}"),
            (_text("slope", lang), f"{_number(result['slope'], 4, lang)}"),
            (_text("hours-trip", lang), f"{_number(result['hours'], 2, lang)} {_text('hours', lang)}"),
            (_text("litres-trip", lang), f"{_number(result['litres'], 1, lang)} {_text('litres', lang)}")]
    body = "".join(f"<tr><td>{name}</td><td style='text-align:right'><b>{value}</b></td></tr>" for name, value in rows)
    return f"<table class='lab-cruise'>{body}</table>"


# -- the picture: the car in the wind and where its fuel goes, beside Q(v) with its tangent ---------------------

COLOURS = {"engine": "#9467bd", "rolling": "#7f7f7f", "air": "#1f77b4", "curve": "#222222", "tangent": "#d62728",
           "best": "#2ca02c"}
CAR_BODY = [(0.2, 0.5), (0.2, 1.1), (0.9, 1.25), (1.5, 1.85), (3.0, 1.85), (3.7, 1.25), (4.3, 1.1), (4.3, 0.5)]
"""The crossover seen from the side (front to the left, into the air it meets), in the picture's units."""


class CruisePlot(Plot):
    """Left: the car driving through still air (the arrows of the air it meets grow with the drag's share) above a
    column of the litres it uses per 100 km, split into the engine's a/v, the tyres' c and the air's bv². Right:
    Q(v), the point at v, its tangent (slope Q'(v)) and the economical speed v*. Everything follows the speed slider; in the design lab the
    deadline's least speed and the fuel limit are drawn on the curve."""

    size = (7.6, 3.6)
    margins = (0.1, 0.1, 0.1, 0.1)

    def __init__(self, design: bool = False, lang: str | None = None) -> None:
        self.design, self.lang = design, lang
        self.shown: Mapping[str, Any] | None = None
        super().__init__()

    def build(self, figure: Any) -> None:
        import numpy as np
        from matplotlib.patches import Circle, Polygon, Rectangle

        width, height = self.size
        scene = self.scene = figure.add_axes((0.1 / width, 0.15 / height, 2.7 / width, 3.3 / height))
        scene.set_xlim(-1.6, 4.6)
        scene.set_ylim(-4.9, 2.4)
        scene.set_aspect("equal")
        scene.set_axis_off()
        scene.add_patch(Rectangle((-1.6, 0.0), 6.2, 0.12, color="#555555"))
        scene.add_patch(Polygon(CAR_BODY, closed=True, facecolor="#c6dbef", edgecolor="#08519c", linewidth=1.2))
        for x in (1.0, 3.4):
            scene.add_patch(Circle((x, 0.5), 0.38, facecolor="#333333"))
        self.speed_text = self.dynamic(scene.text(2.25, 2.15, "", ha="center", va="center", fontsize=9,
                                                  fontweight="bold"))
        self.wind = [self.dynamic(scene.annotate("", xy=(0.0, y), xytext=(-0.2, y),
                                                 arrowprops={"arrowstyle": "->", "color": COLOURS["air"], "lw": 1.4}))
                     for y in (0.7, 1.2, 1.7)]
        # the column: litres per 100 km, 0..12, one unit of the picture per 2.5 litres
        self.column_scale = 0.33
        base = -4.6
        self.column_base = base
        scene.text(-1.5, base - 0.25, _text("per-100", self.lang), fontsize=8, ha="left", va="top", color="#333333")
        for litres in range(0, 13, 2):
            y = base + litres * self.column_scale
            scene.plot([0.1, 0.3], [y, y], color="#999999", linewidth=0.6)
            scene.text(0.05, y, f"{litres}", fontsize=7, ha="right", va="center", color="#555555")
        self.parts = {}
        for k, part in enumerate(("rolling", "engine", "air")):
            self.parts[part] = self.dynamic(scene.add_patch(Rectangle((0.4, base), 1.1, 0.0, facecolor=COLOURS[part],
                                                                      edgecolor="white", linewidth=0.5)))
            scene.add_patch(Rectangle((1.8, base + 2.9 - k * 0.55), 0.3, 0.3, color=COLOURS[part]))
            scene.text(2.2, base + 3.05 - k * 0.55, _text(part, self.lang), fontsize=7, ha="left", va="center")
        self.column_text = self.dynamic(scene.text(0.95, base, "", fontsize=8, ha="center", va="bottom",
                                                   fontweight="bold"))

        ax = self.ax = figure.add_axes((3.55 / width, 0.55 / height, 3.85 / width, 2.9 / height))
        low, high = SPEED_RANGE
        ax.set_xlim(low, high)
        ax.set_ylim(0, 14)
        ax.set_xlabel(_text("axis-v", self.lang), fontsize=9)
        ax.set_ylabel(_text("axis-Q", self.lang), fontsize=9)
        ax.tick_params(labelsize=8)
        ax.grid(alpha=0.25)
        self.speeds = np.linspace(low, high, 111)
        self.curve = self.dynamic(ax.plot([], [], color=COLOURS["curve"], linewidth=1.8,
                                          label=_text("curve", self.lang))[0])
        self.tangent = self.dynamic(ax.plot([], [], color=COLOURS["tangent"], linewidth=1.2,
                                            label=_text("tangent", self.lang))[0])
        self.point = self.dynamic(ax.plot([], [], "o", color=COLOURS["tangent"], markersize=6)[0])
        self.best_line = self.dynamic(ax.axvline(60, color=COLOURS["best"], linewidth=1.0, linestyle="--"))
        self.best_text = self.dynamic(ax.text(60, 13.5, "", fontsize=8, ha="center", va="top", color=COLOURS["best"]))
        if self.design:
            least = DISTANCE / DEADLINE
            ax.axvspan(low, least, color="#d62728", alpha=0.08, linewidth=0)
            ax.axvline(least, color="#d62728", linewidth=1.0)
            ax.text(least - 1, 1.0, _text("deadline", self.lang), fontsize=8, ha="right", va="center",
                    color="#d62728")
            limit = FUEL_LIMIT / DISTANCE * 100
            ax.axhline(limit, color="#ff7f0e", linewidth=1.0)
            ax.text(low + 2, limit + 0.25, _text("fuel-limit", self.lang), fontsize=8, ha="left", va="bottom",
                    color="#ff7f0e")
        self.legend(ax, [self.curve, self.tangent], loc="upper right", fontsize=8)

    def alt_text(self) -> str:
        """What the picture shows at the current speed, in the course language."""
        r = self.shown
        if r is None:
            return super().alt_text()
        numbers = {key: _number(r[key], places, self.lang) for key, places in
                   (("v", 0), ("c", 2), ("engine", 2), ("air", 2), ("Q", 2), ("slope", 4), ("best", 1))}
        return _text("alt", self.lang).format(**numbers)

    def update(self, result: Mapping[str, Any]) -> None:
        import numpy as np

        self.shown = result
        v, a, b, c = result["v"], result["a"], result["b"], result["c"]
        self.curve.set_data(self.speeds, c + a / self.speeds + b * self.speeds**2)
        span = np.array([max(SPEED_RANGE[0], v - 30), min(SPEED_RANGE[1], v + 30)])
        self.tangent.set_data(span, result["slope"] * span + result["intercept"])
        self.point.set_data([v], [result["Q"]])
        best = result["best"]
        self.best_line.set_xdata([best, best])
        self.best_text.set_position((min(max(best, SPEED_RANGE[0] + 8), SPEED_RANGE[1] - 8), 13.5))
        self.best_text.set_text(f"v* = {_number(best, 1, self.lang)}")
        self.speed_text.set_text(f"v = {_number(v, 0, self.lang)} {_text('kmh', self.lang)}")
        for arrow, y in zip(self.wind, (0.7, 1.2, 1.7)):
            length = 0.15 + 1.2 * min(result["air"], 10.0) / 10.0  # the drag's litres, 0..10, as the arrow's length
            arrow.xy = (0.15, y)
            arrow.set_position((0.15 - length, y))
        bottom = self.column_base
        for part in ("rolling", "engine", "air"):
            share = min(result[part], 14.0) * self.column_scale
            self.parts[part].set_y(bottom)
            self.parts[part].set_height(share)
            bottom += share
        self.column_text.set_position((0.95, min(bottom, self.column_base + 14 * self.column_scale) + 0.05))
        self.column_text.set_text(f"{_number(result['Q'], 2, self.lang)}")


# -- the labs -------------------------------------------------------------------------------------------------


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The cruise lab: the car in the air it meets, where its fuel goes, and Q(v) with the tangent at ``v`` (a Play button
    sweeps the speed).

    Without a task: the speed, the engine's fuel an hour and the air's drag ``b`` are sliders. ``task="delivery"``
    poses the design task :data:`DESIGN_SPEC` for the lessons' crossover with a Check button; ``start`` sets the
    controls from a design dictionary.
    """
    from ..i18n import pick
    from .core import Animation, Lab, Slider

    kmh = pick(LABELS["kmh"])
    if task is None:
        controls = [Animation("v", LABELS["v"], min=SPEED_RANGE[0], max=SPEED_RANGE[1], step=1, value=90,
                              interval_ms=150, unit=kmh),
                    Slider("engine_hour", LABELS["engine_hour"], min=1.0, max=4.0, step=0.01, value=ENGINE / 100,
                           unit=pick(LABELS["l_per_h"])),
                    Slider("b_10k", LABELS["b_10k"], min=2.0, max=10.0, step=0.5, value=DRAG * 10_000)]
        return Lab(model=explore, controls=controls, readout_html=readout_html, plot=CruisePlot, title=LABELS["title"],
                   start=start)
    if task != "delivery":
        raise ValueError(f"unknown task {task!r}: the cruise lab poses 'delivery'")
    speed = Slider("v", LABELS["v"], min=40, max=120, step=1, value=60, unit=kmh)
    return Lab(model=delivery, controls=[speed], readout_html=design_readout_html,
               plot=lambda: CruisePlot(design=True), title=LABELS["design-title"], spec=DESIGN_SPEC, start=start)


__all__ = [
    "DEADLINE", "DESIGN_SPEC", "DISTANCE", "DRAG", "ENGINE", "FUEL_LIMIT", "ROLLING", "SPEED_RANGE", "consumption",
    "delivery", "derivative", "design_result", "economical_speed", "explore", "hourly", "make_lab", "readout_html",
    "state", "tangent", "trip",
]
