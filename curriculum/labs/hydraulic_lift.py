"""The service bay's hydraulic lift: pressure, Pascal's law and the force a small piston gains on a large one.

The model is plain Python (no widgets): the lessons, the lab and the hidden tests of
``phys-07-hydraulic-lift`` all compute with these functions.  Conventions:

* pressure is ``p = F / S`` (Pa = N/m²); 1 kPa = 1000 Pa, 1 bar = 100 kPa;
* a piston of diameter ``d`` has the area ``S = pi d² / 4``;
* by Pascal's law the oil presses on both pistons with the same pressure, so ``F2 / F1 = S2 / S1 = (D / d)²``;
* the oil does not shrink: the volume the small piston pushes out, ``S1 s1``, lifts the large one by ``s2`` with
  ``S1 s1 = S2 s2``, so the small piston travels ``s1 = s2 (D / d)²`` (the golden rule: ``F1 s1 = F2 s2``);
* the hand pump moves the small piston ``stroke`` metres per stroke: lifting the car takes ``ceil(s1 / stroke)``
  strokes.

>>> round(pressure(14700, 0.02))
735000
>>> force_gain(20, 160)
64.0
>>> round(small_force(1500, 20, 160), 1)
229.7
>>> small_travel(0.1, 20, 160)
6.4
>>> strokes_needed(0.1, 20, 150, 0.2)
29
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from .core import Plot, Readout, number_text, readout_note, readout_table
from .inputs import number

G = 9.8
"""N/kg: the weight of 1 kg, as grade-7 textbooks take it."""

CAR_MASS = 1500.0
"""kg: the car on the lift in the design task (fictional; passenger cars are about 1000-2000 kg)."""

MAX_FORCE = 250.0
"""N: the largest force the plant's ergonomic rule lets a worker apply again and again to a hand tool (fictional;
the same rule as in phys-07-wheel-nuts)."""

MAX_PRESSURE_BAR = 10.0
"""bar: the pressure the old mobile lift's hose and seals are rated to (fictional; real lifts work at far higher
pressures with narrower cylinders)."""

LIFT_HEIGHT = 0.1
"""m: how high the car is lifted for a wheel change: its wheels clear the floor (fictional)."""

STROKE = 0.2
"""m: how far the pump's handle moves the small piston in one stroke (fictional)."""

MAX_STROKES = 40
"""The most strokes the design task allows for one lift (fictional: about a minute of pumping)."""

PA_PER_BAR = 100_000.0
"""Pa in one bar."""


def weight(mass: float, g: float = G) -> float:
    """The weight (N) of a mass ``mass`` (kg): ``P = m g``."""
    return number("mass", mass, minimum=0) * g


def piston_area(diameter: float) -> float:
    """The area of a piston of diameter ``diameter``: ``S = pi d² / 4`` (in the square of the diameter's unit)."""
    return math.pi * number("diameter", diameter, positive=True) ** 2 / 4


def pressure(force: float, area: float) -> float:
    """The pressure ``p = F / S`` (Pa) of a force ``force`` (N) spread over ``area`` (m²)."""
    return number("force", force, minimum=0) / number("area", area, positive=True)


def lifted_force(force: float, small_area: float, large_area: float) -> float:
    """The force (N) on the large piston when ``force`` (N) pushes the small one (Pascal's law: the same pressure)."""
    return pressure(force, small_area) * number("large_area", large_area, positive=True)


def force_gain(d_small: float, d_large: float) -> float:
    """How many times the large piston's force exceeds the small one's: ``S2 / S1 = (D / d)²`` (any one unit)."""
    return (number("d_large", d_large, positive=True) / number("d_small", d_small, positive=True)) ** 2


def small_force(mass: float, d_small: float, d_large: float) -> float:
    """The force (N) on the small piston that holds a mass ``mass`` (kg) on the large one: ``F1 = m g (d / D)²``."""
    return weight(mass) / force_gain(d_small, d_large)


def small_travel(height: float, d_small: float, d_large: float) -> float:
    """How far (m) the small piston travels while the large one rises ``height`` (m): ``s1 = s2 (D / d)²``."""
    return number("height", height, minimum=0) * force_gain(d_small, d_large)


def strokes_needed(height: float, d_small: float, d_large: float, stroke: float) -> int:
    """How many strokes of ``stroke`` m each lift the large piston by ``height`` m: the travel over the stroke,
    rounded up (a part of a stroke is a stroke). A travel within 1e-9 of a whole number of strokes is that number."""
    strokes = small_travel(height, d_small, d_large) / number("stroke", stroke, positive=True)
    return max(math.ceil(strokes - 1e-9), 0)


def lift(d: float, D: float, mass: float = CAR_MASS, pump: float = 100.0, height: float = LIFT_HEIGHT,
         stroke: float = STROKE) -> dict[str, Any]:
    """The lift with a small piston ``d`` mm and a large one ``D`` mm across, a car of ``mass`` kg on it; ``pump``
    (0-100 %) is how far the pumping has lifted the car towards ``height`` (m), with strokes of ``stroke`` m.

    ``S1``, ``S2`` are the areas in m², ``W`` the car's weight (N), ``p`` the oil's pressure (Pa, ``p_bar`` in bar),
    ``F1`` the force on the small piston that holds the car, ``gain`` = ``S2 / S1``, ``travel`` the small piston's
    whole travel (m), ``strokes`` the strokes it takes, ``rise`` how high the car is now (m) and ``done`` the
    strokes made so far.
    """
    d = number("d", d, positive=True)
    D = number("D", D, positive=True)
    share = number("pump", pump, minimum=0) / 100
    if share > 1:
        raise ValueError(f"pump must be between 0 and 100 %, got {pump!r}")
    S1, S2 = piston_area(d / 1000), piston_area(D / 1000)
    W = weight(mass)
    p = pressure(W, S2)
    travel = small_travel(height, d, D)
    strokes = strokes_needed(height, d, D, stroke)
    return {"d": d, "D": D, "mass": float(mass), "S1": S1, "S2": S2, "W": W, "p": p, "p_bar": p / PA_PER_BAR,
            "F1": p * S1, "gain": force_gain(d, D), "travel": travel, "strokes": strokes, "height": float(height),
            "pump": share * 100, "rise": share * height, "done": math.ceil(share * strokes - 1e-9)}


# -- the lab -------------------------------------------------------------------------------

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Гидравликалық көтергіш зертханасы", "ru": "Лаборатория: гидравлический подъёмник",
              "en": "Lab: a hydraulic lift"},
    "d": {"kk": "Кіші поршеньнің диаметрі d", "ru": "Диаметр малого поршня d", "en": "Small piston's diameter d"},
    "D": {"kk": "Үлкен поршеньнің диаметрі D", "ru": "Диаметр большого поршня D", "en": "Large piston's diameter D"},
    "mass": {"kk": "Көліктің массасы m", "ru": "Масса машины m", "en": "Car's mass m"},
    "pump": {"kk": "Сорғымен көтеру", "ru": "Поднимать насосом", "en": "Pump the car up"},
    "areas": {"kk": "Поршеньдердің аудандары S₁; S₂", "ru": "Площади поршней S₁; S₂", "en": "Pistons' areas S₁; S₂"},
    "W": {"kk": "Көліктің салмағы P = mg", "ru": "Вес машины P = mg", "en": "Car's weight P = mg"},
    "p": {"kk": "Майдың қысымы p", "ru": "Давление масла p", "en": "Oil pressure p"},
    "F1": {"kk": "Кіші поршеньге күш F₁", "ru": "Сила на малый поршень F₁", "en": "Force on the small piston F₁"},
    "gain": {"kk": "Күштен ұтыс S₂/S₁", "ru": "Выигрыш в силе S₂/S₁", "en": "Gain in force S₂/S₁"},
    "travel": {"kk": "Кіші поршеньнің жолы (көлік 0,1 м көтерілгенше)",
               "ru": "Путь малого поршня (пока машина поднимается на 0,1 м)",
               "en": "Small piston's travel (to lift the car 0.1 m)"},
    "strokes": {"kk": "Сорғы жүрістері (бір жүріс 0,2 м): жасалғаны / барлығы",
                "ru": "Ходы насоса (ход 0,2 м): сделано / всего", "en": "Pump strokes (0.2 m each): done / all"},
    "rise": {"kk": "Көлік көтерілді", "ru": "Машина поднята на", "en": "The car is up by"},
    "over-force": {"kk": "Кіші поршеньге 250 Н-нан артық күш керек: жұмысшы мұндай күшпен баспауы керек.",
                   "ru": "На малый поршень нужно больше 250 Н: рабочий не должен давить так сильно.",
                   "en": "The small piston needs more than 250 N: a worker should not push that hard."},
    "over-pressure": {"kk": "Қысым 10 бардан асады: көтергіштің шлангісі мен тығыздағыштары оған шыдамайды.",
                      "ru": "Давление выше 10 бар: шланг и уплотнения подъёмника на него не рассчитаны.",
                      "en": "The pressure is above 10 bar: the lift's hose and seals are not rated for it."},
    "limit": {"kk": "жұмысшының шегі 250 Н", "ru": "предел рабочего 250 Н", "en": "worker's limit 250 N"},
    "curve": {"kk": "керек күш F₁", "ru": "нужная сила F₁", "en": "force needed F₁"},
    "you": {"kk": "сіздің d", "ru": "ваш d", "en": "your d"},
    "axis_d": {"kk": "Кіші поршеньнің диаметрі d, мм", "ru": "Диаметр малого поршня d, мм",
               "en": "Small piston's diameter d, mm"},
    "axis_F": {"kk": "Күш F₁, Н", "ru": "Сила F₁, Н", "en": "Force F₁, N"},
    "oil": {"kk": "май", "ru": "масло", "en": "oil"},
    "spec": {"kk": "Тапсырма: 1500 кг көлікті қол сорғысымен 0,1 м көтеретін поршеньдерді таңдау",
             "ru": "Задание: подобрать поршни, чтобы ручным насосом поднять машину 1500 кг на 0,1 м",
             "en": "Task: choose the pistons to lift a 1500 kg car 0.1 m with a hand pump"},
    "F1-spec": {"kk": "Кіші поршеньге күш F₁", "ru": "Сила на малый поршень F₁", "en": "Force on the small piston F₁"},
    "p-spec": {"kk": "Майдың қысымы p (шланг пен тығыздағыштар)", "ru": "Давление масла p (шланг и уплотнения)",
               "en": "Oil pressure p (hose and seals)"},
    "strokes-spec": {"kk": "Сорғы жүрістерінің саны", "ru": "Число ходов насоса", "en": "Number of pump strokes"},
}
UNITS: dict[str, Mapping[str, str]] = {
    "mm": {"kk": "мм", "ru": "мм", "en": "mm"},
    "m": {"kk": "м", "ru": "м", "en": "m"},
    "kg": {"kk": "кг", "ru": "кг", "en": "kg"},
    "N": {"kk": "Н", "ru": "Н", "en": "N"},
    "cm2": {"kk": "см²", "ru": "см²", "en": "cm²"},
    "kPa": {"kk": "кПа", "ru": "кПа", "en": "kPa"},
    "bar": {"kk": "бар", "ru": "бар", "en": "bar"},
    "times": {"kk": "есе", "ru": "раз", "en": "times"},
    "strokes": {"kk": "жүріс", "ru": "ходов", "en": "strokes"},
}


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The lab's readout as HTML, numbers written the way the course language writes them."""
    words = Readout(LABELS, UNITS, lang)
    label, unit, num = words.label, words.unit, words.num
    rows = [
        (label("areas"), f"{num(result['S1'] * 1e4)} {unit('cm2')}; {num(result['S2'] * 1e4)} {unit('cm2')}"),
        (label("W"), f"{num(result['W'], 5)} {unit('N')}"),
        (label("p"), f"{num(result['p'] / 1000)} {unit('kPa')} = {num(result['p_bar'])} {unit('bar')}"),
        (label("F1"), f"{num(result['F1'])} {unit('N')}"),
        (label("gain"), f"{num(result['gain'])} {unit('times')}"),
        (label("travel"), f"{num(result['travel'])} {unit('m')}"),
        (label("strokes"), f"{result['done']} / {result['strokes']}"),
        (label("rise"), f"{num(result['rise'] * 1000)} {unit('mm')}"),
    ]
    html = readout_table(rows, "lab-hydraulic-lift")
    if result["F1"] > MAX_FORCE:
        html += readout_note(label("over-force"), "#cf222e")
    if result["p_bar"] > MAX_PRESSURE_BAR:
        html += readout_note(label("over-pressure"), "#cf222e")
    return html


OIL, STEEL, FORCE, LIFTED, CAR = "#f2c14e", "#8c8c8c", "#d62728", "#2ca02c", "#1f77b4"
SCALE = 1.4
"""Drawing units per mm of a piston's diameter: both pistons are drawn to the same scale, so their areas compare."""
FORCE_SCALE = 0.25
"""Drawing units per N of the small piston's force (250 N is an arrow 62 units long; drawn up to 800 N)."""


class LiftPlot(Plot):
    """The lift cut open: the small cylinder with the pump's push as an arrow, the oil pipe with the pressure
    gauge, the large cylinder with the platform and the car rising; beside it, the force the small piston needs
    against its diameter, the worker's limit and the student's piston."""

    size = (7.8, 3.7)
    margins = (0.1, 0.1, 0.1, 0.1)
    D_RANGE = (10.0, 40.0)
    F_MAX = 800.0

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        super().__init__()

    def build(self, figure: Any) -> None:
        import numpy as np
        from matplotlib.patches import FancyArrowPatch, Polygon, Rectangle

        from ..i18n import pick

        width, height = self.size
        ax = self.ax = figure.add_axes((0.05 / width, 0.05 / height, 4.3 / width, 3.6 / height))
        ax.set_aspect("equal")
        ax.set_axis_off()
        ax.set_xlim(0, 700)
        ax.set_ylim(0, 585)
        ax.add_patch(Rectangle((0, 0), 700, 18, facecolor="#cccccc", edgecolor="none"))          # the floor
        self.pipe = ax.add_patch(Rectangle((90, 30), 430, 30, facecolor=OIL, edgecolor=STEEL, linewidth=2))
        ax.text(270, 45, pick(LABELS["oil"], self.lang), fontsize=8, ha="center", va="center", color="#7a5c00")
        # what follows the controls: the cylinders' oil, walls and pistons, the car, the arrows, the texts
        self.small_oil = self.dynamic(ax.add_patch(Rectangle((0, 30), 1, 1, facecolor=OIL, edgecolor="none")))
        self.small_walls = self.dynamic(ax.plot([], [], color=STEEL, linewidth=2.5)[0])
        self.small_piston = self.dynamic(ax.add_patch(Rectangle((0, 0), 1, 14, facecolor="#555555", edgecolor="black")))
        self.large_oil = self.dynamic(ax.add_patch(Rectangle((0, 30), 1, 1, facecolor=OIL, edgecolor="none")))
        self.large_walls = self.dynamic(ax.plot([], [], color=STEEL, linewidth=2.5)[0])
        self.large_piston = self.dynamic(ax.add_patch(Rectangle((0, 0), 1, 18, facecolor="#555555", edgecolor="black")))
        self.rod = self.dynamic(ax.add_patch(Rectangle((0, 0), 1, 1, facecolor="#777777", edgecolor="black")))
        self.platform = self.dynamic(ax.add_patch(Rectangle((0, 0), 300, 12, facecolor="#444444", edgecolor="black")))
        self.body = self.dynamic(ax.add_patch(Polygon([[0, 0]] * 8, closed=True, facecolor=CAR, edgecolor="black")))
        self.wheels = [self.dynamic(ax.plot([], [], "o", markersize=13, color="#222222")[0]) for _ in range(2)]
        self.push = self.dynamic(ax.add_patch(FancyArrowPatch((0, 0), (0, -1), arrowstyle="-|>", mutation_scale=16,
                                                              color=FORCE, linewidth=2.5)))
        self.push_text = self.dynamic(ax.text(0, 0, "", color=FORCE, fontsize=9, ha="left", va="bottom"))
        self.lifted = self.dynamic(ax.add_patch(FancyArrowPatch((0, 0), (0, 1), arrowstyle="-|>", mutation_scale=16,
                                                                color=LIFTED, linewidth=2.5)))
        self.lifted_text = self.dynamic(ax.text(0, 0, "", color=LIFTED, fontsize=9, ha="left", va="center"))
        self.gauge_text = self.dynamic(ax.text(270, 75, "", color="black", fontsize=9, ha="center", va="bottom",
                                               bbox={"boxstyle": "round", "facecolor": "white", "edgecolor": STEEL}))
        self.rise_text = self.dynamic(ax.text(690, 570, "", color=CAR, fontsize=9, ha="right", va="top"))
        self._units = {k: pick(UNITS[k], self.lang) for k in ("N", "bar", "mm")}

        graph = self.graph = figure.add_axes((5.0 / width, 0.55 / height, 2.65 / width, 2.95 / height))
        graph.set_xlim(*self.D_RANGE)
        graph.set_ylim(0, self.F_MAX)
        graph.set_xlabel(pick(LABELS["axis_d"], self.lang), fontsize=9)
        graph.set_ylabel(pick(LABELS["axis_F"], self.lang), fontsize=9, labelpad=1)
        graph.tick_params(labelsize=8)
        graph.grid(alpha=0.3)
        graph.axhline(MAX_FORCE, color="#cf222e", linewidth=1, linestyle=":")
        graph.text(self.D_RANGE[0] + 0.5, MAX_FORCE + 10, pick(LABELS["limit"], self.lang), color="#cf222e",
                   fontsize=8, ha="left", va="bottom")
        self.diameters = np.linspace(*self.D_RANGE, 121)
        self.curve = self.dynamic(graph.plot([], [], color=LIFTED, linewidth=2, label=pick(LABELS["curve"], self.lang))[0])
        self.you = self.dynamic(graph.plot([], [], "o", color=FORCE, label=pick(LABELS["you"], self.lang))[0])
        self.legend(graph, [self.curve, self.you], loc="upper left", fontsize=8)

    def update(self, result: Mapping[str, Any]) -> None:
        small_w, large_w = result["d"] * SCALE, result["D"] * SCALE
        small_x, large_x = 90.0, 520.0   # the cylinders' axes
        bottom, small_top, large_top = 30.0, 300.0, 260.0
        rise = result["rise"] * 1000 * 1.2   # 0.1 m of lift is 120 units of the drawing
        # the small cylinder: its piston stays near the top (the pump refills it between strokes)
        piston_y = small_top - 40
        self.small_oil.set_bounds(small_x - small_w / 2, bottom, small_w, piston_y - bottom)
        self.small_walls.set_data([small_x - small_w / 2 - 2, small_x - small_w / 2 - 2, None, small_x + small_w / 2 + 2,
                                   small_x + small_w / 2 + 2], [small_top, bottom, None, bottom + 30, small_top])
        self.small_piston.set_bounds(small_x - small_w / 2, piston_y, small_w, 14)
        arrow = max(FORCE_SCALE * min(result["F1"], 800), 1e-6)
        self.push.set_positions((small_x, piston_y + 14 + arrow), (small_x, piston_y + 14))
        self.push_text.set_position((12, piston_y + 18 + arrow))
        self.push_text.set_text(f"F₁ = {number_text(result['F1'], self.lang)} {self._units['N']}")
        # the large cylinder: the oil under its piston rises with the car
        top = bottom + 80 + rise
        self.large_oil.set_bounds(large_x - large_w / 2, bottom, large_w, top - bottom)
        self.large_walls.set_data([large_x - large_w / 2 - 2, large_x - large_w / 2 - 2, None, large_x + large_w / 2 + 2,
                                   large_x + large_w / 2 + 2], [large_top, bottom + 30, None, bottom, large_top])
        self.large_piston.set_bounds(large_x - large_w / 2, top, large_w, 18)
        deck = top + 18 + 110
        self.rod.set_bounds(large_x - 12, top + 18, 24, 110)
        self.platform.set_bounds(large_x - 150, deck, 300, 12)
        base = deck + 12 + 14
        body = [(-140, 0), (140, 0), (140, 38), (70, 42), (35, 80), (-60, 80), (-95, 42), (-140, 36)]
        self.body.set_xy([(large_x + x, base + y) for x, y in body])
        for wheel, x in zip(self.wheels, (-85, 85)):
            wheel.set_data([large_x + x], [base])
        self.lifted.set_positions((large_x, top - 60), (large_x, top + 10))
        self.lifted_text.set_position((large_x + 8, top - 30))
        self.lifted_text.set_text(f"F₂ = {number_text(result['W'], self.lang, 5)} {self._units['N']}")
        self.gauge_text.set_text(f"p = {number_text(result['p_bar'], self.lang)} {self._units['bar']}")
        self.rise_text.set_text(f"↑ {number_text(result['rise'] * 1000, self.lang)} {self._units['mm']}")
        needed = result["W"] * (self.diameters / result["D"]) ** 2
        self.curve.set_data(self.diameters, needed)
        self.you.set_data([result["d"]], [min(result["F1"], self.F_MAX * 2)])


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("F1", "<=", MAX_FORCE, UNITS["N"], LABELS["F1-spec"]),
         Requirement("p_bar", "<=", MAX_PRESSURE_BAR, UNITS["bar"], LABELS["p-spec"]),
         Requirement("strokes", "<=", MAX_STROKES, UNITS["strokes"], LABELS["strokes-spec"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""A 1500 kg car lifted 0.1 m: at most 250 N on the small piston, at most 10 bar in the oil, at most 40 strokes."""


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"d": ..., "D": ...}`` (mm; the lab and the hidden test use this): the
    design task's 1500 kg car lifted the whole 0.1 m."""
    return lift(design["d"], design["D"], CAR_MASS, 100.0)


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The hydraulic-lift lab: the lift cut open (the pump's push on the small piston, the oil and its pressure, the
    large piston with the car on its platform) beside the force the small piston needs for each of its diameters.

    Sliders for the two pistons' diameters and the car's mass, and a Play button that pumps the car up.
    ``task="lift"`` poses the design task :data:`DESIGN_SPEC` (the car is then the task's 1500 kg) with a Check
    button; ``start`` sets the controls from a design dictionary.
    """
    from ..i18n import pick
    from .core import Animation, Lab, Slider

    controls = [
        Slider("d", LABELS["d"], min=10, max=40, step=1, value=30, unit=pick(UNITS["mm"])),
        Slider("D", LABELS["D"], min=60, max=250, step=5, value=120, unit=pick(UNITS["mm"])),
    ]
    pump = Animation("pump", LABELS["pump"], min=0, max=100, step=5, value=0, interval_ms=150, unit="%")
    if task is None:
        controls.append(Slider("mass", LABELS["mass"], min=500, max=3000, step=50, value=CAR_MASS,
                               unit=pick(UNITS["kg"])))
        return Lab(model=lift, controls=[*controls, pump], readout_html=readout_html, plot=LiftPlot,
                   title=LABELS["title"], start=start)
    if task != "lift":
        raise ValueError(f"unknown task {task!r}: the hydraulic-lift lab poses 'lift'")
    return Lab(model=lambda d, D, pump: lift(d, D, CAR_MASS, pump), controls=[*controls, pump],
               readout_html=readout_html, plot=LiftPlot, title=LABELS["title"], spec=DESIGN_SPEC, start=start)


__all__ = [
    "CAR_MASS", "DESIGN_SPEC", "G", "LIFT_HEIGHT", "MAX_FORCE", "MAX_PRESSURE_BAR", "MAX_STROKES", "STROKE",
    "design_result", "force_gain", "lift", "lifted_force", "make_lab", "piston_area", "pressure", "readout_html",
    "small_force", "small_travel", "strokes_needed", "weight",
]
