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


def stopping_time(v_ms: float, mu: float, t_r: float = REACTION_TIME, g: float = G) -> float:
    """Seconds from seeing the obstacle to standing still: the reaction time, then ``v / (mu * g)`` of braking."""
    return t_r + v_ms / deceleration(mu, g)


def motion(t: float, v_ms: float, mu: float, t_r: float = REACTION_TIME, g: float = G) -> tuple[float, float]:
    """Where the car is (m from where the driver saw the obstacle) and how fast it goes (m/s) ``t`` seconds later.

    Uniform motion during the reaction time, then uniformly decelerated motion at ``mu * g`` until it stands
    still; after that it stays at the stopping distance with speed 0.
    """
    if t <= t_r:
        return v_ms * max(t, 0.0), v_ms
    a = deceleration(mu, g)
    braking = min(t - t_r, v_ms / a)
    return v_ms * t_r + v_ms * braking - a * braking**2 / 2, v_ms - a * braking


def speed_ratio(v_kmh: float, slower: str, faster: str = "dry", t_r: float = REACTION_TIME) -> float:
    """How many times slower a car must go on ``slower`` to stop within the distance it needs at ``v_kmh`` on
    ``faster``, reaction included (without reaction it would be ``sqrt(mu_faster / mu_slower)``)."""
    distance = stopping_distance(v_kmh, faster, t_r)
    return v_kmh / max_speed_kmh(distance, slower, t_r)


R13H_TEST_SPEED = 100.0
"""km/h: the speed of UNECE Regulation No. 13-H's type-0 test of a passenger car's service brake."""


def r13h_limit(v_kmh: float) -> float:
    """The longest stopping distance in m that UNECE R13-H's type-0 test allows a passenger car (category M1) from
    ``v_kmh``: ``0.1 v + 0.0060 v**2``, counted from the moment the driver begins to press the pedal (so without
    the driver's reaction): the distance of 0.36 s at ``v`` plus braking at about 6.43 m/s^2."""
    return 0.1 * v_kmh + 0.0060 * v_kmh**2


def breakdown(v_kmh: float, surface: str, t_r: float = REACTION_TIME, progress: float | None = None) -> dict[str, Any]:
    """Everything the lab shows for one situation: distances in m, mu, deceleration in m/s^2, times in s.

    With ``progress`` (per cent of the stopping time) it also says where the car is then: ``t`` (s), ``x`` (m from
    where the driver saw the obstacle) and ``v_now_kmh``.
    """
    v = kmh_to_ms(v_kmh)
    mu = friction(surface)
    s_r = reaction_distance(v, t_r)
    s_b = braking_distance(v, mu)
    result = {"v_kmh": v_kmh, "v_ms": v, "surface": surface, "t_r": t_r, "mu": mu,
              "deceleration": deceleration(mu), "reaction": s_r, "braking": s_b, "total": s_r + s_b,
              "t_stop": stopping_time(v, mu, t_r)}
    if progress is not None:
        t = result["t_stop"] * min(max(float(progress), 0.0), 100.0) / 100.0
        x, v_now = motion(t, v, mu, t_r)
        result.update({"progress": float(progress), "t": t, "x": x, "v_now_kmh": ms_to_kmh(v_now)})
    return result


# -- the lab --------------------------------------------------------------------------------

TITLE = {"kk": "Сынақ трассасы: автомобиль қанша жерде тоқтайды?",
         "ru": "Испытательный трек: где остановится автомобиль?",
         "en": "Test track: where does the car stop?"}
LABELS = {
    "speed": {"kk": "Жылдамдық", "ru": "Скорость", "en": "Speed"},
    "reaction_time": {"kk": "Реакция уақыты", "ru": "Время реакции", "en": "Reaction time"},
    "surface": {"kk": "Жол беті", "ru": "Покрытие дороги", "en": "Road surface"},
    "progress": {"kk": "Уақыт, тоқтау уақытының %-ы", "ru": "Время, % от времени остановки",
                 "en": "Time, % of the stopping time"},
    "reaction": {"kk": "Реакция жолы", "ru": "Путь реакции", "en": "Reaction distance"},
    "braking": {"kk": "Тежеу жолы", "ru": "Тормозной путь", "en": "Braking distance"},
    "total": {"kk": "Тоқтау жолы", "ru": "Остановочный путь", "en": "Stopping distance"},
    "mu": {"kk": "Үйкеліс коэффициенті μ", "ru": "Коэффициент трения μ", "en": "Friction coefficient μ"},
    "deceleration": {"kk": "Баяулау (тежелу үдеуі)", "ru": "Замедление", "en": "Deceleration"},
    "time": {"kk": "Уақыт / тоқтау уақыты", "ru": "Время / время остановки", "en": "Time / stopping time"},
    "travelled": {"kk": "Жүрілген жол", "ru": "Пройденный путь", "en": "Distance travelled"},
    "speed_now": {"kk": "Қазіргі жылдамдық", "ru": "Скорость сейчас", "en": "Speed now"},
    "axis_speed": {"kk": "Жылдамдық, км/сағ", "ru": "Скорость, км/ч", "en": "Speed, km/h"},
    "axis_distance": {"kk": "Қашықтық, м", "ru": "Расстояние, м", "en": "Distance, m"},
    "axis_road": {"kk": "Жүргізуші кедергіні көрген жерден қашықтық, м",
                  "ru": "Расстояние от места, где водитель увидел препятствие, м",
                  "en": "Distance from where the driver saw the obstacle, m"},
    "chosen": {"kk": "Таңдалған жылдамдық", "ru": "Выбранная скорость", "en": "Chosen speed"},
    "seen": {"kk": "кедергі көрінді", "ru": "препятствие замечено", "en": "obstacle seen"},
    "obstacle": {"kk": "Кедергі", "ru": "Препятствие", "en": "Obstacle"},
}
UNITS = {
    "kmh": {"kk": "км/сағ", "ru": "км/ч", "en": "km/h"},
    "s": {"kk": "с", "ru": "с", "en": "s"},
    "m": {"kk": "м", "ru": "м", "en": "m"},
    "ms2": {"kk": "м/с²", "ru": "м/с²", "en": "m/s²"},
}
SPEED_RANGE = (10.0, 150.0)
REACTION_COLOUR, BRAKING_COLOUR, STOP_COLOUR, CAR_COLOUR = "#9ecae1", "#fdae6b", "#d94801", "#2b5c8a"


def _model(v_kmh: float, t_r: float, surface: str, progress: float = 0.0) -> dict[str, Any]:
    return breakdown(v_kmh, surface, t_r, progress)


def _readout_html(result: Mapping[str, Any]) -> str:
    from ..i18n import pick
    from ..numbers import format_number

    m, s = pick(UNITS["m"]), pick(UNITS["s"])

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
    if "t" in result:
        rows += [
            row("time", f"{format_number(result['t'], 3)} {s} / {format_number(result['t_stop'], 3)} {s}"),
            row("travelled", f"{format_number(result['x'], 3)} {m}"),
            row("speed_now", f"{format_number(result['v_now_kmh'], 3)} {pick(UNITS['kmh'])}"),
        ]
    return "<table class='braking-readout'>" + "".join(rows) + "</table>"


def car_marker() -> Any:
    """A car seen from the side, as a matplotlib marker (a path): its shape stays the same whatever the road's scale."""
    from matplotlib.path import Path

    body = Path([(-2.2, 0.35), (-2.2, 0.95), (-1.1, 1.0), (-0.5, 1.55), (0.9, 1.55), (1.5, 1.0), (2.2, 0.85),
                 (2.2, 0.35), (-2.2, 0.35)], closed=True)
    window = Path([(-0.3, 1.05), (0.2, 1.45), (0.8, 1.45), (1.2, 1.05), (-0.3, 1.05)], closed=True)
    wheels = [Path.circle((x, 0.35), 0.42) for x in (-1.3, 1.3)]
    return Path.make_compound_path(body, window, *wheels)


class BrakingPlot(Plot):
    """The test track seen from the side: the car, where the driver saw the obstacle, the reaction and braking
    distances as coloured stretches of road and where the car stops (and, in the design task, the obstacle);
    below, the same two distances stacked against the speed for the chosen surface, the chosen speed marked. The
    same colours in both: what the road shows at one speed, the plot shows at every speed. A Play button drives the
    car along the road (only the car moves on a frame)."""

    size = (7.0, 5.2)
    margins = (0.75, 0.2, 0.55, 0.15)

    def __init__(self, obstacle: float | None = None) -> None:
        self.obstacle = obstacle
        super().__init__()

    def build(self, figure: Any) -> None:
        import numpy as np
        from matplotlib.patches import Rectangle

        from ..i18n import pick
        from ..numbers import format_decimal

        width, height = self.size
        road = self.road = figure.add_axes((0.75 / width, 3.6 / height, 6.05 / width, 1.5 / height))
        road.set_ylim(-1.3, 4.0)
        road.set_yticks([])
        for side in ("left", "right", "top"):
            road.spines[side].set_visible(False)
        road.axhspan(0.0, 2.0, color="#d9d9d9", zorder=0)
        road.axhline(1.0, color="white", linewidth=1.5, dashes=(6, 6), zorder=0.5)
        road.plot([0.0, 0.0], [-0.2, 2.9], color="#333333", linewidth=1.2)
        road.text(0.0, 3.0, pick(LABELS["seen"]), ha="left", va="bottom", fontsize=8, color="#333333")
        road.set_xlabel(pick(LABELS["axis_road"]), fontsize=9, labelpad=2)
        if self.obstacle is not None:
            road.plot([self.obstacle, self.obstacle], [0.1, 1.9], color="#b30000", linewidth=4, solid_capstyle="butt")
            shown = format_decimal(self.obstacle, 1)
            road.text(self.obstacle, 3.0, f"{pick(LABELS['obstacle'])}: {shown} {pick(UNITS['m'])}",
                      ha="center", va="bottom", fontsize=8, color="#b30000")
        self.reaction_band = self.dynamic(road.add_patch(Rectangle((0.0, 0.0), 0.0, 2.0, color=REACTION_COLOUR,
                                                                   alpha=0.8, zorder=1)))
        self.braking_band = self.dynamic(road.add_patch(Rectangle((0.0, 0.0), 0.0, 2.0, color=BRAKING_COLOUR,
                                                                  alpha=0.8, zorder=1)))
        self.stop_line = self.dynamic(road.plot([0.0, 0.0], [-0.2, 2.2], color=STOP_COLOUR, linewidth=2)[0])
        self.reaction_text = self.dynamic(road.text(0.0, -0.35, "", ha="center", va="top", fontsize=8))
        self.braking_text = self.dynamic(road.text(0.0, -0.35, "", ha="center", va="top", fontsize=8))
        self.stop_text = self.dynamic(road.text(0.0, 2.35, "", ha="center", va="bottom", fontsize=8,
                                                color=STOP_COLOUR, fontweight="bold"))
        self.car = self.dynamic(road.plot([0.0], [1.0], marker=car_marker(), markersize=30, color=CAR_COLOUR,
                                          markeredgecolor="black", markeredgewidth=0.6, linestyle="none", zorder=3)[0])

        self.speeds = np.linspace(0.0, SPEED_RANGE[1], 151)
        zero = np.zeros_like(self.speeds)
        ax = self.ax = figure.add_axes((0.75 / width, 0.55 / height, 6.05 / width, 2.55 / height))
        self.reaction = self.dynamic(ax.fill_between(self.speeds, zero, zero, color=REACTION_COLOUR,
                                                     label=pick(LABELS["reaction"])))
        self.braking = self.dynamic(ax.fill_between(self.speeds, zero, zero, color=BRAKING_COLOUR,
                                                    label=pick(LABELS["braking"])))
        self.total = self.dynamic(ax.plot([], [], color=STOP_COLOUR, lw=2, label=pick(LABELS["total"]))[0])
        self.now = self.dynamic(ax.plot([], [], "ko", label=pick(LABELS["chosen"]))[0])
        handles = [self.reaction, self.braking, self.total, self.now]
        if self.obstacle is not None:
            handles.append(ax.axhline(self.obstacle, color="#b30000", ls="--", lw=1, label=pick(LABELS["obstacle"])))
        ax.set_xlabel(pick(LABELS["axis_speed"]))
        ax.set_ylabel(pick(LABELS["axis_distance"]))
        ax.set_xlim(0, SPEED_RANGE[1])
        ax.grid(alpha=0.3)
        legend = self.legend(ax, handles, loc="upper left", fontsize=8)
        self.total_label = legend.get_texts()[2]  # names the surface, which a control changes

    def update(self, result: Mapping[str, Any]) -> None:
        from ..i18n import pick
        from ..numbers import format_number

        m = pick(UNITS["m"])
        situation = (result["v_kmh"], result["t_r"], result["surface"])
        if situation != getattr(self, "situation", None):
            self.situation = situation
            v = self.speeds / 3.6
            reaction = v * result["t_r"]
            total = reaction + v**2 / (2 * result["mu"] * G)
            self.reaction.set_data(self.speeds, 0, reaction)
            self.braking.set_data(self.speeds, reaction, total)
            self.total.set_data(self.speeds, total)
            self.now.set_data([result["v_kmh"]], [result["total"]])
            self.total_label.set_text(f"{pick(LABELS['total'])}: {pick(SURFACE_NAMES[result['surface']])}")
            set_limits(self.ax, y=(0, nice_ceiling(max(float(total[-1]), 1.0) * 1.05)))
            s_r, s_b, s = result["reaction"], result["braking"], result["total"]
            self.reaction_band.set_width(s_r)
            self.braking_band.set_x(s_r)
            self.braking_band.set_width(s_b)
            self.stop_line.set_xdata([s, s])
            self.reaction_text.set_position((s_r / 2, -0.35))
            self.reaction_text.set_text(f"{format_number(s_r, 3)} {m}")
            self.braking_text.set_position((s_r + s_b / 2, -0.35))
            self.braking_text.set_text(f"{format_number(s_b, 3)} {m}")
            self.stop_text.set_position((s, 2.35))
            self.stop_text.set_text(f"{format_number(s, 3)} {m}")
            farthest = max(s, self.obstacle or 0.0)
            set_limits(self.road, x=(-0.04 * nice_ceiling(farthest * 1.08), nice_ceiling(farthest * 1.08)))
        self.car.set_data([result.get("x", 0.0)], [1.0])


# -- the design task: the fastest safe speed on a wet road ------------------------------------

OBSTACLE = 40.0
"""m: how far ahead the obstacle of the design task appears on the wet section of the test track in the lessons
(each student of the assignment has their own distance: ``docs/variants.md``)."""


def design_spec(distance_m: float = OBSTACLE) -> Any:
    """Stop within ``distance_m`` metres on a wet road, at 50 km/h or more, with a reaction time of at least 1 s."""
    from ..check.design import Requirement, Spec
    from ..numbers import format_decimal

    shown = {lang: format_decimal(distance_m, 1, lang) for lang in ("kk", "ru", "en")}
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


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None, distance_m: float = OBSTACLE) -> Any:
    """The lab: speed (km/h), reaction time (s) and road surface; the car on the test track with its reaction and
    braking distances and its stopping point, the three distances, and the distances against the speed.

    A Play button (:class:`~curriculum.labs.core.Animation`, left out of a design) drives the car from where the
    driver saw the obstacle to where it stops. ``task="wet-40"`` poses the design task :func:`design_spec` (the
    surface is then wet and the obstacle ``distance_m`` metres ahead; 40 m is :data:`DESIGN_SPEC`) with a Check
    button; ``start`` sets the controls from a design dictionary. ``lab.set(v_kmh=..., t_r=..., surface=...,
    progress=...)`` moves them from code.
    """
    from ..i18n import pick
    from .core import Animation, Dropdown, Lab, Slider

    controls = [
        Slider("v_kmh", LABELS["speed"], SPEED_RANGE[0], SPEED_RANGE[1], 1.0, 90.0, unit=pick(UNITS["kmh"])),
        Slider("t_r", LABELS["reaction_time"], 0.5, 2.5, 0.1, REACTION_TIME, unit=pick(UNITS["s"])),
    ]
    progress = Animation("progress", LABELS["progress"], min=0, max=100, step=2, value=0, interval_ms=60, unit="%")
    if task is None:
        controls += [Dropdown("surface", LABELS["surface"], SURFACE_NAMES, "wet"), progress]
        return Lab(model=_model, controls=controls, readout_html=_readout_html, plot=BrakingPlot, title=TITLE,
                   start=start)
    if task != "wet-40":
        raise ValueError(f"unknown task {task!r}: the braking lab poses 'wet-40'")
    return Lab(model=lambda v_kmh, t_r, progress: breakdown(float(v_kmh), "wet", float(t_r), progress),
               controls=[*controls, progress], readout_html=_readout_html,
               plot=lambda: BrakingPlot(obstacle=float(distance_m)), title=TITLE, spec=design_spec(distance_m),
               start=start)


__all__ = [
    "DESIGN_SPEC", "G", "OBSTACLE", "R13H_TEST_SPEED", "REACTION_TIME", "design_result", "design_spec", "SURFACES",
    "SURFACE_NAMES",
    "braking_distance", "breakdown", "car_marker", "deceleration", "friction", "kmh_to_ms", "make_lab",
    "max_speed_kmh", "max_speed_ms", "motion", "ms_to_kmh", "r13h_limit", "reaction_distance", "speed_ratio",
    "stopping_distance", "stopping_time",
]
