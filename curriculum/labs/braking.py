"""Stopping a car: reaction distance + braking distance on dry, wet, snowy and icy roads.

The model of module ``phys-09-braking``.  A driver sees a hazard, needs the reaction
time ``t_r`` to press the brake pedal (the car keeps its speed ``v``), then the tyres
brake the car with the deceleration ``a = mu * g`` until it stops:

    reaction distance  s_r = v * t_r
    braking distance   s_b = v**2 / (2 * mu * g)        (from v**2 = 2 * a * s)
    stopping distance  s   = s_r + s_b

Units: inside the formulas everything is SI (``v`` in m/s, ``t_r`` in s, ``g`` in m/s^2,
distances in m).  Functions whose argument is called ``v_kmh`` take the speed in km/h,
the unit of a speedometer, and convert it themselves (1 km/h = 1/3.6 m/s).

The model uses plain floats and no widgets, so hidden tests and the lab compute with
the same code; ``make_lab()`` imports ipywidgets and matplotlib only when called.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from .core import Plot, nice_ceiling, set_limits

G = 9.81
"""Free-fall acceleration in m/s^2 (the value used in Kazakhstan's school physics)."""

# Tyre-road friction coefficients mu (dimensionless).  These are TYPICAL values for a
# passenger car with good tyres, rounded for school use; real values depend on the tyre,
# its tread depth, temperature, speed and the exact road surface, and are quoted as ranges:
#   * dry asphalt 0.7 (typical range about 0.7-0.9): 0.7 is the usual baseline in accident
#     reconstruction (Wikipedia, "Braking distance", and the references given there);
#   * wet asphalt 0.5 (typical range about 0.4-0.6);
#   * packed snow 0.2 (typical range about 0.15-0.3);
#   * ice 0.1 (typical range about 0.05-0.15, lower on wet ice near 0 °C).
# Ranges as tabulated for tyre-road adhesion in the Bosch Automotive Handbook (Robert Bosch
# GmbH, "Automotive Handbook", chapter on vehicle dynamics / tyre-road friction) and in
# school physics reference tables of friction coefficients (rubber on asphalt, on ice).
SURFACES: dict[str, float] = {
    "dry": 0.7,
    "wet": 0.5,
    "snow": 0.2,
    "ice": 0.1,
}
"""Typical friction coefficient mu of a tyre on each road surface (see the comment above)."""

SURFACE_NAMES: dict[str, dict[str, str]] = {
    "dry": {"kk": "Құрғақ асфальт", "ru": "Сухой асфальт", "en": "Dry asphalt"},
    "wet": {"kk": "Ылғал асфальт", "ru": "Мокрый асфальт", "en": "Wet asphalt"},
    "snow": {"kk": "Тапталған қар", "ru": "Укатанный снег", "en": "Packed snow"},
    "ice": {"kk": "Мұз", "ru": "Лёд", "en": "Ice"},
}
"""The surfaces' names in kk, ru and en."""

REACTION_TIME = 1.0
"""A typical reaction time of an attentive driver, in s (real drivers: about 0.7-1.5 s)."""


def kmh_to_ms(v_kmh: float) -> float:
    """Convert a speed from km/h to m/s (divide by 3.6): ``kmh_to_ms(90) == 25.0``."""
    return v_kmh / 3.6


def ms_to_kmh(v_ms: float) -> float:
    """Convert a speed from m/s to km/h (multiply by 3.6): ``ms_to_kmh(25) == 90.0``."""
    return v_ms * 3.6


def friction(surface: str) -> float:
    """The friction coefficient mu of ``surface`` (a key of :data:`SURFACES`)."""
    try:
        return SURFACES[surface]
    except KeyError:
        raise KeyError(f"unknown surface {surface!r}: use one of {', '.join(SURFACES)}") from None


def reaction_distance(v_ms: float, t_r: float) -> float:
    """Distance in m covered during the reaction time, at constant speed.

    ``v_ms``: speed in m/s; ``t_r``: reaction time in s.  ``s_r = v * t_r``.
    """
    return v_ms * t_r


def deceleration(mu: float, g: float = G) -> float:
    """Deceleration in m/s^2 when the tyres brake at the friction limit: ``a = mu * g``."""
    return mu * g


def braking_distance(v_ms: float, mu: float, g: float = G) -> float:
    """Distance in m from full braking to standstill: ``s_b = v**2 / (2 * mu * g)``.

    ``v_ms``: speed in m/s; ``mu``: friction coefficient (dimensionless); ``g`` in m/s^2.
    """
    return v_ms**2 / (2 * mu * g)


def stopping_distance(v_kmh: float, surface: str, t_r: float = REACTION_TIME) -> float:
    """Total stopping distance in m: reaction distance + braking distance.

    ``v_kmh``: speed in km/h (converted to m/s inside); ``surface``: ``"dry"``, ``"wet"``,
    ``"snow"`` or ``"ice"``; ``t_r``: reaction time in s.
    ``stopping_distance(90, "wet") == 25 + 25**2 / (2 * 0.5 * 9.81)``, about 88.7 m.
    """
    v = kmh_to_ms(v_kmh)
    return reaction_distance(v, t_r) + braking_distance(v, friction(surface))


def max_speed_ms(distance_m: float, mu: float, t_r: float = REACTION_TIME, g: float = G) -> float:
    """The highest speed in m/s at which a car still stops within ``distance_m`` metres.

    Solves ``v * t_r + v**2 / (2 * mu * g) = d`` for ``v``.  Multiplying by ``2 * mu * g``
    gives the quadratic ``v**2 + 2*mu*g*t_r * v - 2*mu*g*d = 0``, whose positive root is
    ``v = -mu*g*t_r + sqrt((mu*g*t_r)**2 + 2*mu*g*d)`` (the other root is negative).
    """
    a = mu * g
    return -a * t_r + math.sqrt((a * t_r) ** 2 + 2 * a * distance_m)


def max_speed_kmh(distance_m: float, surface: str, t_r: float = REACTION_TIME) -> float:
    """The highest speed in km/h that still stops within ``distance_m`` metres on ``surface``."""
    return ms_to_kmh(max_speed_ms(distance_m, friction(surface), t_r))


def breakdown(v_kmh: float, surface: str, t_r: float = REACTION_TIME) -> dict[str, Any]:
    """Everything the lab shows for one situation: distances in m, mu, deceleration in m/s^2."""
    v = kmh_to_ms(v_kmh)
    mu = friction(surface)
    s_r = reaction_distance(v, t_r)
    s_b = braking_distance(v, mu)
    return {"v_kmh": v_kmh, "v_ms": v, "surface": surface, "t_r": t_r, "mu": mu,
            "deceleration": deceleration(mu), "reaction": s_r, "braking": s_b, "total": s_r + s_b}


# -- the lab --------------------------------------------------------------------------------

TITLE = {"kk": "Сынақ трассасы: автомобиль қанша жерде тоқтайды?",
         "ru": "Испытательный трек: где остановится автомобиль?",
         "en": "Test track: where does the car stop?"}
LABELS = {
    "speed": {"kk": "Жылдамдық", "ru": "Скорость", "en": "Speed"},
    "reaction_time": {"kk": "Реакция уақыты", "ru": "Время реакции", "en": "Reaction time"},
    "surface": {"kk": "Жол беті", "ru": "Покрытие дороги", "en": "Road surface"},
    "reaction": {"kk": "Реакция жолы", "ru": "Путь реакции", "en": "Reaction distance"},
    "braking": {"kk": "Тежеу жолы", "ru": "Тормозной путь", "en": "Braking distance"},
    "total": {"kk": "Тоқтау жолы", "ru": "Остановочный путь", "en": "Stopping distance"},
    "mu": {"kk": "Үйкеліс коэффициенті μ", "ru": "Коэффициент трения μ", "en": "Friction coefficient μ"},
    "deceleration": {"kk": "Баяулау (тежелу үдеуі)", "ru": "Замедление", "en": "Deceleration"},
    "axis_speed": {"kk": "Жылдамдық, км/сағ", "ru": "Скорость, км/ч", "en": "Speed, km/h"},
    "axis_distance": {"kk": "Қашықтық, м", "ru": "Расстояние, м", "en": "Distance, m"},
    "now": {"kk": "Қазіргі жылдамдық", "ru": "Текущая скорость", "en": "Current speed"},
}
UNITS = {
    "kmh": {"kk": "км/сағ", "ru": "км/ч", "en": "km/h"},
    "s": {"kk": "с", "ru": "с", "en": "s"},
    "m": {"kk": "м", "ru": "м", "en": "m"},
    "ms2": {"kk": "м/с²", "ru": "м/с²", "en": "m/s²"},
}
SPEED_RANGE = (10.0, 150.0)


def _model(v_kmh: float, t_r: float, surface: str) -> dict[str, Any]:
    return breakdown(v_kmh, surface, t_r)


def _readout_html(result: Mapping[str, Any]) -> str:
    from ..i18n import pick
    from ..numbers import format_number

    m = pick(UNITS["m"])

    def row(key: str, value: str, bold: bool = False) -> str:
        cell = f"<b>{value}</b>" if bold else value
        return f"<tr><td style='padding-right:1em'>{pick(LABELS[key])}</td><td>{cell}</td></tr>"

    rows = [
        row("mu", format_number(result["mu"], 2)),
        row("deceleration", f"{format_number(result['deceleration'], 3)} {pick(UNITS['ms2'])}"),
        row("reaction", f"{format_number(result['reaction'], 3)} {m}"),
        row("braking", f"{format_number(result['braking'], 3)} {m}"),
        row("total", f"{format_number(result['total'], 3)} {m}", bold=True),
    ]
    return "<table class='braking-readout'>" + "".join(rows) + "</table>"


class BrakingPlot(Plot):
    """Reaction and braking distance stacked against the speed for the chosen surface; the current speed marked."""

    size = (6.0, 3.6)
    margins = (0.75, 0.2, 0.55, 0.15)

    def build(self, figure: Any) -> None:
        import numpy as np

        from ..i18n import pick

        self.speeds = np.linspace(0.0, SPEED_RANGE[1], 151)
        zero = np.zeros_like(self.speeds)
        ax = self.ax = figure.add_subplot()
        self.reaction = self.dynamic(ax.fill_between(self.speeds, zero, zero, color="#9ecae1",
                                                     label=pick(LABELS["reaction"])))
        self.braking = self.dynamic(ax.fill_between(self.speeds, zero, zero, color="#fdae6b",
                                                    label=pick(LABELS["braking"])))
        self.total = self.dynamic(ax.plot([], [], color="#d94801", lw=2, label=pick(LABELS["total"]))[0])
        self.now = self.dynamic(ax.plot([], [], "ko", label=pick(LABELS["now"]))[0])
        ax.set_xlabel(pick(LABELS["axis_speed"]))
        ax.set_ylabel(pick(LABELS["axis_distance"]))
        ax.set_xlim(0, SPEED_RANGE[1])
        ax.grid(alpha=0.3)
        legend = self.legend(ax, [self.reaction, self.braking, self.total, self.now], loc="upper left", fontsize=8)
        self.total_label = legend.get_texts()[2]  # names the surface, which a control changes

    def update(self, result: Mapping[str, Any]) -> None:
        from ..i18n import pick

        v = self.speeds / 3.6
        reaction = v * result["t_r"]
        total = reaction + v**2 / (2 * result["mu"] * G)
        self.reaction.set_data(self.speeds, 0, reaction)
        self.braking.set_data(self.speeds, reaction, total)
        self.total.set_data(self.speeds, total)
        self.now.set_data([result["v_kmh"]], [result["total"]])
        self.total_label.set_text(f"{pick(LABELS['total'])}: {pick(SURFACE_NAMES[result['surface']])}")
        set_limits(self.ax, y=(0, nice_ceiling(max(float(total[-1]), 1.0) * 1.05)))


# -- the design task: the fastest safe speed on a wet road ------------------------------------

def design_spec(distance_m: float = 40.0) -> Any:
    """Stop within ``distance_m`` metres on a wet road, at 50 km/h or more, with a reaction time of at least 1 s
    (the assignment's students each get their own distance: ``docs/variants.md``)."""
    from ..check.design import Requirement, Spec

    shown = {"en": f"{distance_m:g}", "kk": f"{distance_m:g}".replace(".", ","), "ru": f"{distance_m:g}".replace(".", ",")}
    return Spec(
        (Requirement("total", "<=", float(distance_m), UNITS["m"], LABELS["total"]),
         Requirement("v_kmh", ">=", 50.0, UNITS["kmh"], LABELS["speed"]),
         Requirement("t_r", ">=", 1.0, UNITS["s"], LABELS["reaction_time"])),
        title={"kk": f"Тапсырма: ылғал жолда {shown['kk']} м ішінде тоқтау (жылдамдық кемінде 50 км/сағ, реакция кемінде 1 с)",
               "ru": f"Задание: остановиться в пределах {shown['ru']} м на мокрой дороге (скорость не ниже 50 км/ч, реакция не меньше 1 с)",
               "en": f"Task: stop within {shown['en']} m on a wet road (speed at least 50 km/h, reaction time at least 1 s)"},
    )


DESIGN_SPEC = design_spec()
"""Stop within 40 m on a wet road, at 50 km/h or more, with a reaction time of at least 1 s."""


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"v_kmh": ..., "t_r": ...}`` on the wet road (the lab and the hidden test use this)."""
    return breakdown(float(design["v_kmh"]), "wet", float(design["t_r"]))


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None, distance_m: float = 40.0) -> Any:
    """The lab: speed (km/h), reaction time (s) and road surface; shows the three distances and a plot.

    ``task="wet-40"`` poses the design task :func:`design_spec` for an obstacle ``distance_m`` metres
    ahead (40 m: :data:`DESIGN_SPEC`; the surface is then fixed to wet) with a Check button; ``start``
    sets the controls from a design dictionary.
    Returns a :class:`curriculum.labs.Lab`; ``display(lab)`` (or ``lab`` as the last line of
    a cell) shows the widgets, ``lab.set(v_kmh=..., t_r=..., surface=...)`` moves them from code.
    """
    from ..i18n import pick
    from .core import Dropdown, Lab, Slider

    controls = [
        Slider("v_kmh", LABELS["speed"], SPEED_RANGE[0], SPEED_RANGE[1], 1.0, 90.0, unit=pick(UNITS["kmh"])),
        Slider("t_r", LABELS["reaction_time"], 0.5, 2.5, 0.1, REACTION_TIME, unit=pick(UNITS["s"])),
    ]
    if task is None:
        controls.append(Dropdown("surface", LABELS["surface"], SURFACE_NAMES, "wet"))
        return Lab(model=_model, controls=controls, readout_html=_readout_html, plot=BrakingPlot, title=TITLE,
                   start=start)
    if task != "wet-40":
        raise ValueError(f"unknown task {task!r}: the braking lab poses 'wet-40'")
    return Lab(model=lambda v_kmh, t_r: design_result({"v_kmh": v_kmh, "t_r": t_r}), controls=controls,
               readout_html=_readout_html, plot=BrakingPlot, title=TITLE, spec=design_spec(distance_m), start=start)


__all__ = [
    "DESIGN_SPEC", "G", "REACTION_TIME", "design_result", "design_spec", "SURFACES", "SURFACE_NAMES",
    "braking_distance", "breakdown", "deceleration", "friction", "kmh_to_ms", "make_lab",
    "max_speed_kmh", "max_speed_ms", "ms_to_kmh", "reaction_distance", "stopping_distance",
]
