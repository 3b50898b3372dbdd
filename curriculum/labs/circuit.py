"""A car's 12 V circuits: current, voltage and resistance, Ohm's law, loads in series and in parallel, power, the
heat of a current, and the fuse that protects a wire.

The model is plain Python (no widgets): the lessons, the lab and the hidden tests of ``phys-08-circuit`` all
compute with these functions.  Conventions:

* Ohm's law for a section of a circuit: ``I = U / R`` (A = V/Ω);
* in series the current is the same and the resistances add: ``R = R1 + R2 + ...``, ``U = U1 + U2 + ...``;
* in parallel the voltage is the same and the currents add: ``I = I1 + I2 + ...``, ``1/R = 1/R1 + 1/R2 + ...``;
* the power of a current ``P = U I = I² R = U² / R`` (W); its heat by the Joule-Lenz law ``Q = I² R t`` (J);
* a copper wire of length ``l`` (m) and cross-section ``S`` (mm²) has ``R = rho l / S`` with
  ``rho = 0.017`` Ω·mm²/m;
* a load is taken as the resistance it has at its working point on 12 V, ``R = U² / P``: a lamp's filament and a
  fan's motor are not constant resistances, but the picture of series and parallel holds;
* the plant's rule for a fuse (after the makers' advice, said so in the lessons): the working current at most 80 %
  of the fuse's rating; a car's blade fuse (ISO 8820-3) carries its rating, holds even 110 % for 100 hours, and
  blows above that the sooner the larger the current (at 135 % within half an hour at most, at 200 % within about
  5 s); the lab takes over 135 % as blown.

>>> current(12, 0.96)
12.5
>>> round(load_current(110), 3)
9.167
>>> round(parallel_resistance(2, 3), 2)
1.2
>>> smallest_fuse(3)
4
>>> smallest_fuse(35) is None
True
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from .core import Plot, Readout, number_text, readout_note, readout_table
from .inputs import number, one_of

VOLTAGE = 12.0
"""V: the car's on-board voltage, as the lessons take it (the battery's is 12.6 V at rest, 13.8-14.4 V while the
alternator charges it)."""

RHO_COPPER = 0.017
"""Ω·mm²/m: the resistivity of copper, as grade-8 textbooks give it."""

LOADS: dict[str, float] = {"headlights": 110.0, "window": 150.0, "fan": 120.0}
"""W at 12 V: two 55 W dipped-beam headlamps, the heated rear window, the cabin fan at its top speed (fictional
values, typical of passenger cars)."""

FUSES: tuple[float, ...] = (1, 2, 3, 4, 5, 7.5, 10, 15, 20, 25, 30, 35, 40)
"""A: the standard ratings of blade fuses."""

FUSE_RULE = 0.8
"""The working current may be at most this share of a fuse's rating (the plant's rule, after the makers' advice)."""

OVERLOAD = 1.35
"""A blade fuse blows within half an hour at most at 135 % of its rating (the lab shows it blown above this)."""

WIRES: dict[float, float] = {0.5: 7.0, 0.75: 10.0, 1.0: 13.0, 1.5: 16.0, 2.5: 22.0, 4.0: 30.0}
"""mm² -> A: the largest current the plant's table allows in a wire of that cross-section inside the car's harness
(fictional, on the safe side of makers' tables)."""

DESIGN_LENGTH = 5.0
"""m: the length of the headlights' wire in the design task, from the fuse box to the lamps and back to the body
(fictional)."""

MAX_DROP = 0.03 * VOLTAGE
"""V: at most 3 % of 12 V may be lost in the headlights' wire, else the lamps dim (0.36 V)."""


def current(voltage: float, resistance: float) -> float:
    """Ohm's law: the current (A) through a resistance ``resistance`` (Ω) at the voltage ``voltage`` (V)."""
    return number("voltage", voltage, minimum=0) / number("resistance", resistance, positive=True)


def load_current(power: float, voltage: float = VOLTAGE) -> float:
    """The current (A) a load of ``power`` W draws at ``voltage`` V: ``I = P / U``."""
    return number("power", power, minimum=0) / number("voltage", voltage, positive=True)


def load_resistance(power: float, voltage: float = VOLTAGE) -> float:
    """The resistance (Ω) of a load of ``power`` W at its working voltage ``voltage`` V: ``R = U² / P``."""
    return number("voltage", voltage, positive=True) ** 2 / number("power", power, positive=True)


def series_resistance(*resistances: float) -> float:
    """The resistance (Ω) of resistances in series: their sum."""
    return sum(number("resistance", r, minimum=0) for r in resistances)


def parallel_resistance(*resistances: float) -> float:
    """The resistance (Ω) of resistances in parallel: ``1 / (1/R1 + 1/R2 + ...)``."""
    if not resistances:
        raise ValueError("parallel_resistance needs at least one resistance")
    return 1 / sum(1 / number("resistance", r, positive=True) for r in resistances)


def power(voltage: float, current_: float) -> float:
    """The power (W) of a current ``current_`` (A) at the voltage ``voltage`` (V): ``P = U I``."""
    return number("voltage", voltage, minimum=0) * number("current", current_, minimum=0)


def joule_heat(current_: float, resistance: float, seconds: float) -> float:
    """The heat (J) a current ``current_`` (A) gives off in a resistance (Ω) in ``seconds``: ``Q = I² R t``."""
    return number("current", current_, minimum=0) ** 2 * number("resistance", resistance, minimum=0) * number("seconds", seconds, minimum=0)


def wire_resistance(length: float, area: float, rho: float = RHO_COPPER) -> float:
    """The resistance (Ω) of a wire ``length`` m long of cross-section ``area`` mm²: ``R = rho l / S``."""
    return number("rho", rho, minimum=0) * number("length", length, minimum=0) / number("area", area, positive=True)


def smallest_fuse(current_: float, rule: float = FUSE_RULE) -> float | None:
    """The smallest standard fuse (A) whose rating keeps ``current_`` (A) within ``rule`` of it (the plant's rule:
    at most 80 %), or ``None`` when even the largest (40 A) is too small. A current within 1e-9 of the limit counts
    as within it."""
    need = number("current", current_, minimum=0)
    for rating in FUSES:
        if need <= rule * rating + 1e-9:
            return rating
    return None


def fuse_state(current_: float, rating: float) -> str:
    """``"ok"`` within the plant's 80 %, ``"warm"`` within the rating, ``"overloaded"`` up to 135 % (over its rating:
    it heats up and may blow at any time, or hold for hours near 110 %), ``"blows"`` above (within half an hour at
    most, the sooner the larger the current)."""
    share = number("current", current_, minimum=0) / number("rating", rating, positive=True)
    if share <= FUSE_RULE + 1e-12:
        return "ok"
    if share <= 1 + 1e-12:
        return "warm"
    if share <= OVERLOAD + 1e-12:
        return "overloaded"
    return "blows"


def _on(name: str, value: Any) -> bool:
    return one_of(name, value, ("on", "off", True, False)) in ("on", True)


def circuit(headlights: Any = "on", window: Any = "off", fan: Any = "off", connection: str = "parallel",
            fuse: float = 40.0, wire: float | None = None, length: float = 0.0, time: float = 0) -> dict[str, Any]:
    """The 12 V circuit: the loads switched ``"on"`` fed through one ``fuse`` (A) and a copper ``wire`` (mm², ``None``
    for the bench's thick short cables) ``length`` m long, connected ``"parallel"`` (as in a car) or ``"series"``.

    ``time`` (s) is how long the current has flowed: the picture's charges move with it, and ``charge`` (C) is
    what has passed the ammeter, ``q = I t``. Keys: ``on`` (the loads switched on), ``R`` (each load's
    resistance, Ω), ``I`` / ``U`` / ``P`` (each load's current, voltage and power, 0 when off or when the fuse has
    blown), ``bright`` (each load's power over its power at 12 V), ``demand`` (the current the loads draw, A),
    ``total`` (the current through the fuse and the ammeter: ``demand``, or 0 once the fuse has blown),
    ``state`` (:func:`fuse_state`), ``blown``, ``load`` (the current as a share of the fuse's rating, %), ``R_wire``,
    ``drop`` (the voltage lost in the wire, V), ``allowed`` (the wire's allowed current, A, infinite for the bench)
    and ``wire_share`` (the fuse's rating as a share of the wire's allowed current, %).
    """
    switched = {"headlights": _on("headlights", headlights), "window": _on("window", window), "fan": _on("fan", fan)}
    connection = one_of("connection", connection, ("parallel", "series"))
    fuse = float(one_of("fuse", fuse, tuple(FUSES)))
    if wire is None:
        wire_R, allowed, area = 0.0, math.inf, None
    else:
        area = float(one_of("wire", wire, tuple(WIRES)))
        wire_R, allowed = wire_resistance(length, area), WIRES[area]
    seconds = number("time", time, minimum=0)
    on = [name for name in LOADS if switched[name]]
    R = {name: load_resistance(LOADS[name]) for name in LOADS}
    if not on:
        R_loads = math.inf
    elif connection == "parallel":
        R_loads = parallel_resistance(*(R[n] for n in on))
    else:
        R_loads = series_resistance(*(R[n] for n in on))
    demand = 0.0 if not on else VOLTAGE / (R_loads + wire_R)
    state = fuse_state(demand, fuse)
    blown = state == "blows"
    total = 0.0 if blown else demand
    U_loads = VOLTAGE - total * wire_R if on else 0.0
    I, U, P = {}, {}, {}
    for name in LOADS:
        if name not in on or blown:
            I[name] = U[name] = P[name] = 0.0
        elif connection == "parallel":
            U[name], I[name] = U_loads, U_loads / R[name]
            P[name] = U[name] * I[name]
        else:
            I[name] = total
            U[name] = total * R[name]
            P[name] = U[name] * I[name]
    return {"on": on, "connection": connection, "fuse": fuse, "wire": area, "length": float(length), "R": R,
            "R_loads": R_loads, "I": I, "U": U, "P": P, "bright": {n: P[n] / LOADS[n] for n in LOADS},
            "demand": demand, "total": total, "state": state, "blown": blown, "load": demand / fuse * 100,
            "R_wire": wire_R, "drop": total * wire_R, "allowed": allowed, "wire_share": fuse / allowed * 100,
            "power": total * VOLTAGE, "time": seconds, "charge": total * seconds}


# -- the lab -------------------------------------------------------------------------------

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Көліктің 12 В тізбектері зертханасы", "ru": "Лаборатория: цепи автомобиля на 12 В",
              "en": "Lab: a car's 12 V circuits"},
    "design-title": {"kk": "Фаралар тізбегінің зертханасы", "ru": "Лаборатория: цепь фар",
                     "en": "Lab: the headlights' circuit"},
    "headlights": {"kk": "Фаралар (2 × 55 Вт)", "ru": "Фары (2 × 55 Вт)", "en": "Headlights (2 × 55 W)"},
    "window": {"kk": "Артқы әйнекті жылытқыш (150 Вт)", "ru": "Обогрев заднего стекла (150 Вт)",
               "en": "Heated rear window (150 W)"},
    "fan": {"kk": "Салон желдеткіші (120 Вт)", "ru": "Вентилятор салона (120 Вт)", "en": "Cabin fan (120 W)"},
    "connection": {"kk": "Жалғау", "ru": "Соединение", "en": "Connection"},
    "parallel": {"kk": "параллель (көліктегідей)", "ru": "параллельно (как в машине)", "en": "in parallel (as in a car)"},
    "series": {"kk": "тізбектей", "ru": "последовательно", "en": "in series"},
    "fuse": {"kk": "Сақтандырғыш", "ru": "Предохранитель", "en": "Fuse"},
    "wire": {"kk": "Сымның қимасы", "ru": "Сечение провода", "en": "Wire's cross-section"},
    "time": {"kk": "Уақыт t", "ru": "Время t", "en": "Time t"},
    "charge": {"kk": "Амперметр арқылы өткен заряд q = I·t", "ru": "Заряд, прошедший через амперметр, q = I·t",
               "en": "Charge through the ammeter q = I·t"},
    "connection-now": {"kk": "Жалғау", "ru": "Соединение", "en": "Connection"},
    "on": {"kk": "қосулы", "ru": "включено", "en": "on"},
    "off": {"kk": "ажыратулы", "ru": "выключено", "en": "off"},
    "total": {"kk": "Амперметр: ток күші I", "ru": "Амперметр: сила тока I", "en": "Ammeter: current I"},
    "R_loads": {"kk": "Тұтынушылардың кедергісі R", "ru": "Сопротивление потребителей R",
                "en": "Resistance of the loads R"},
    "power": {"kk": "Қуат P = UI", "ru": "Мощность P = UI", "en": "Power P = UI"},
    "load": {"kk": "Ток сақтандырғыштың номиналынан", "ru": "Ток от номинала предохранителя",
             "en": "Current as a share of the fuse's rating"},
    "each": {"kk": "Әр тұтынушыда: I; U; P", "ru": "На каждом потребителе: I; U; P", "en": "In each load: I; U; P"},
    "drop": {"kk": "Сымдағы кернеудің түсуі", "ru": "Падение напряжения в проводе", "en": "Voltage drop in the wire"},
    "allowed": {"kk": "Сымға рұқсат етілген ток", "ru": "Допустимый ток провода", "en": "Wire's allowed current"},
    "ok": {"kk": "Сақтандырғыш: қалыпты (номиналдың 80 %-ынан аспайды).",
           "ru": "Предохранитель: норма (не больше 80 % номинала).",
           "en": "Fuse: fine (at most 80 % of its rating)."},
    "warm": {"kk": "Сақтандырғыш: номиналдан аспайды, бірақ зауыттың 80 % ережесін бұзады.",
             "ru": "Предохранитель: в пределах номинала, но нарушает правило завода 80 %.",
             "en": "Fuse: within its rating, but over the plant's 80 % rule."},
    "overloaded": {"kk": "Сақтандырғыш номиналынан асып жүктелген: ол қызады және кез келген сәтте күйіп кетуі мүмкін.",
                   "ru": "Предохранитель нагружен сверх номинала: он греется и может перегореть в любой момент.",
                   "en": "Fuse over its rating: it heats up and may blow at any time."},
    "blows": {"kk": "Сақтандырғыш күйді: ток номиналдан 135 %-дан артық. Тізбек ажыратылды.",
              "ru": "Предохранитель перегорел: ток больше 135 % номинала. Цепь разорвана.",
              "en": "The fuse has blown: the current is over 135 % of its rating. The circuit is broken."},
    "unprotected": {"kk": "Сақтандырғыш сымнан үлкен: сым сақтандырғыштан бұрын қызып кетеді.",
                    "ru": "Предохранитель больше, чем выдерживает провод: провод перегреется раньше.",
                    "en": "The fuse is larger than the wire allows: the wire would overheat first."},
    "battery": {"kk": "аккумулятор 12 В", "ru": "аккумулятор 12 В", "en": "battery 12 V"},
    "axis_I": {"kk": "Ток күші I, А", "ru": "Сила тока I, А", "en": "Current I, A"},
    "bar-headlights": {"kk": "фаралар", "ru": "фары", "en": "headlights"},
    "bar-window": {"kk": "әйнек", "ru": "стекло", "en": "window"},
    "bar-fan": {"kk": "желдеткіш", "ru": "вентилятор", "en": "fan"},
    "bar-total": {"kk": "жалпы", "ru": "общий", "en": "total"},
    "rating": {"kk": "сақтандырғыштың номиналы", "ru": "номинал предохранителя", "en": "fuse's rating"},
    "rule": {"kk": "номиналдың 80 %-ы", "ru": "80 % номинала", "en": "80 % of the rating"},
    "spec": {"kk": "Тапсырма: фаралар тізбегіне (5 м сым) сақтандырғыш пен сымды таңдау",
             "ru": "Задание: подобрать предохранитель и провод для цепи фар (провод 5 м)",
             "en": "Task: choose the fuse and the wire for the headlights' circuit (5 m of wire)"},
    "load-spec": {"kk": "Ток сақтандырғыштың номиналынан", "ru": "Ток от номинала предохранителя",
                  "en": "Current as a share of the fuse's rating"},
    "wire-spec": {"kk": "Сақтандырғыштың номиналы сымға рұқсат етілген токтан",
                  "ru": "Номинал предохранителя от допустимого тока провода",
                  "en": "Fuse's rating as a share of the wire's allowed current"},
    "drop-spec": {"kk": "Сымдағы кернеудің түсуі", "ru": "Падение напряжения в проводе", "en": "Voltage drop in the wire"},
}
UNITS: dict[str, Mapping[str, str]] = {
    "A": {"kk": "А", "ru": "А", "en": "A"},
    "V": {"kk": "В", "ru": "В", "en": "V"},
    "W": {"kk": "Вт", "ru": "Вт", "en": "W"},
    "ohm": {"kk": "Ом", "ru": "Ом", "en": "Ω"},
    "mm2": {"kk": "мм²", "ru": "мм²", "en": "mm²"},
    "%": {"kk": "%", "ru": "%", "en": "%"},
    "s": {"kk": "с", "ru": "с", "en": "s"},
    "C": {"kk": "Кл", "ru": "Кл", "en": "C"},
}
ON_OFF = {"on": LABELS["on"], "off": LABELS["off"]}


def _options(values: Any, unit: str) -> dict[float, dict[str, str]]:
    """Drop-down options for standard values: ``{15: {"kk": "15 А", ...}}`` (a decimal comma in kk and ru)."""
    return {float(v): {lang: f"{number_text(float(v), lang)} {UNITS[unit][lang]}" for lang in ("kk", "ru", "en")}
            for v in values}


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The lab's readout as HTML, numbers written the way the course language writes them."""
    words = Readout(LABELS, UNITS, lang)
    label, unit, num = words.label, words.unit, words.num
    rows = [(label("total"), f"{num(result['total'])} {unit('A')}"),
            (label("R_loads"), f"{num(result['R_loads'])} {unit('ohm')}"),
            (label("power"), f"{num(result['power'])} {unit('W')}"),
            (label("load"), f"{num(result['load'])} {unit('%')}"),
            (label("connection-now"), label(result["connection"])),
            (label("charge"), f"{num(result['charge'])} {unit('C')} ({label('time')} = {num(result['time'])} {unit('s')})")]
    for name in result["on"]:
        rows.append((f"{label('each')} — {label('bar-' + name)}",
                     f"{num(result['I'][name])} {unit('A')}; {num(result['U'][name])} {unit('V')}; "
                     f"{num(result['P'][name])} {unit('W')}"))
    if result["wire"] is not None:
        rows += [(label("drop"), f"{num(result['drop'], 2)} {unit('V')}"),
                 (label("allowed"), f"{num(result['allowed'])} {unit('A')}")]
    colour = {"ok": "#1a7f37", "warm": "#9a6700", "overloaded": "#cf222e", "blows": "#cf222e"}[result["state"]]
    html = readout_table(rows, "lab-circuit") + readout_note(label(result['state']), colour)
    if result["wire_share"] > 100:
        html += readout_note(label("unprotected"), "#cf222e")
    return html


WIRE, CHARGE, FUSE_COLOUR, GLOW, DARK = "#444444", "#1f77b4", "#d62728", "#ffd23f", "#dddddd"
X = {"headlights": 250.0, "window": 400.0, "fan": 550.0}
"""Where each load stands in the drawing."""
TOP, BOTTOM, MID, LEFT = 300.0, 40.0, 170.0, 60.0
AMMETER = 185.0
"""Where the ammeter sits on the wire, after the fuse."""
SPACING = 28.0
"""Drawing units between two charges on a wire."""


def _paths(result: Mapping[str, Any]) -> tuple[list[list[tuple[float, float]]], list[float]]:
    """The wires the current flows in, as polylines, and the current (A) in each."""
    on = result["on"]
    if not on:
        return [], []
    if result["connection"] == "series":
        points, rail = [(LEFT, MID), (LEFT, TOP)], TOP
        for name in on:   # down through one load, up through the next: one path through them all
            other = BOTTOM if rail == TOP else TOP
            points += [(X[name], rail), (X[name], other)]
            rail = other
        end = X[on[-1]] + 40
        points += [(end, rail), (end, BOTTOM - 20), (LEFT, BOTTOM - 20), (LEFT, MID)]
        return [points], [result["total"]]
    last = X[on[-1]]
    paths = [[(LEFT, MID), (LEFT, TOP), (last, TOP)], [(last, BOTTOM), (LEFT, BOTTOM), (LEFT, MID)]]
    currents = [result["total"], result["total"]]
    for name in on:
        paths.append([(X[name], TOP), (X[name], BOTTOM)])
        currents.append(result["I"][name])
    return paths, currents


def _along(path: list[tuple[float, float]], offset: float) -> tuple[list[float], list[float]]:
    """Points every :data:`SPACING` units along ``path``, shifted by ``offset``."""
    lengths = [math.dist(a, b) for a, b in zip(path, path[1:])]
    total = sum(lengths)
    xs: list[float] = []
    ys: list[float] = []
    if total == 0:
        return xs, ys
    s = offset % SPACING
    while s < total:
        rest = s
        for (a, b), length in zip(zip(path, path[1:]), lengths):
            if rest <= length and length > 0:
                t = rest / length
                xs.append(a[0] + t * (b[0] - a[0]))
                ys.append(a[1] + t * (b[1] - a[1]))
                break
            rest -= length
        s += SPACING
    return xs, ys


class CircuitPlot(Plot):
    """The circuit: the battery, the fuse, the ammeter with its needle, the loads (lamps glowing as bright as their
    power, the heated window, the fan) joined in parallel or in series, the charges moving along the wires as fast as
    the current; beside it, each load's current and the fuse's against its rating and the plant's 80 %."""

    size = (7.8, 3.7)
    margins = (0.1, 0.1, 0.1, 0.1)
    I_MAX = 50.0

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        super().__init__()

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Circle, Rectangle, Wedge

        from ..i18n import pick

        width, height = self.size
        ax = self.ax = figure.add_axes((0.05 / width, 0.05 / height, 4.5 / width, 3.6 / height))
        ax.set_aspect("equal")
        ax.set_axis_off()
        ax.set_xlim(0, 640)
        ax.set_ylim(0, 510)
        # the battery (static): two plates on the left wire
        ax.plot([LEFT - 22, LEFT + 22], [MID + 8, MID + 8], color="black", linewidth=3)
        ax.plot([LEFT - 12, LEFT + 12], [MID - 8, MID - 8], color="black", linewidth=6)
        ax.text(LEFT - 26, MID + 14, "+", fontsize=10, ha="right")
        ax.text(LEFT + 30, MID - 30, pick(LABELS["battery"], self.lang), fontsize=8, ha="left", va="top")
        # what follows the controls: the wires, the charges, the fuse, the loads and their glow, the ammeter
        self.wires = self.dynamic(ax.plot([], [], color=WIRE, linewidth=2, solid_capstyle="round", zorder=1)[0])
        self.charges = self.dynamic(ax.plot([], [], "o", color=CHARGE, markersize=3.5, zorder=2)[0])
        self.fuse_box = self.dynamic(ax.add_patch(Rectangle((110, TOP - 9), 44, 18, facecolor="white",
                                                            edgecolor=FUSE_COLOUR, linewidth=2, zorder=3)))
        self.fuse_link = self.dynamic(ax.plot([], [], color=FUSE_COLOUR, linewidth=2, zorder=4)[0])
        self.fuse_text = self.dynamic(ax.text(132, TOP + 16, "", fontsize=8, ha="center", va="bottom",
                                              color=FUSE_COLOUR))
        self.glows: dict[str, Any] = {}
        self.switch_texts: dict[str, Any] = {}
        for name, x in X.items():
            if name == "headlights":
                shape = Circle((x, MID), 26, facecolor=DARK, edgecolor="black", linewidth=1.5, zorder=3)
            elif name == "window":
                shape = Rectangle((x - 18, MID - 34), 36, 68, facecolor=DARK, edgecolor="black", linewidth=1.5,
                                  zorder=3)
            else:
                shape = Circle((x, MID), 26, facecolor=DARK, edgecolor="black", linewidth=1.5, zorder=3)
            self.glows[name] = self.dynamic(ax.add_patch(shape))
            self.switch_texts[name] = self.dynamic(ax.text(x, MID - 44, "", fontsize=7.5, ha="center", va="top",
                                                           zorder=5))
        # the symbols drawn on the loads, over their glow: a lamp's cross, the heater's zigzag, the motor's M, and
        # the ammeter's circle on the wire
        for sign in (1, -1):
            self.dynamic(ax.plot([X["headlights"] - 18, X["headlights"] + 18], [MID - 18 * sign, MID + 18 * sign],
                                 color="black", linewidth=1.2, zorder=4)[0])
        self.dynamic(ax.plot([X["window"] + dx for dx in (0, -10, 10, -10, 10, -10, 10, 0)],
                             [MID - 28 + 8 * i for i in range(8)], color="black", linewidth=1.2, zorder=4)[0])
        # the motor's M and the ammeter's A are drawn as strokes (the same letters in every script, and lines cost a
        # render far less than texts)
        mx, ax_ = X["fan"], AMMETER
        self.dynamic(ax.plot([mx - 10, mx - 10, mx, mx + 10, mx + 10], [MID - 10, MID + 10, MID - 2, MID + 10, MID - 10],
                             color="black", linewidth=1.6, zorder=4)[0])
        self.dynamic(ax.add_patch(Circle((AMMETER, TOP), 14, facecolor="white", edgecolor="black", linewidth=1.5,
                                         zorder=3)))
        self.dynamic(ax.plot([ax_ - 6, ax_, ax_ + 6, None, ax_ - 3.5, ax_ + 3.5],
                             [TOP - 7, TOP + 7, TOP - 7, None, TOP - 1.5, TOP - 1.5], color="black", linewidth=1.6,
                             zorder=4)[0])
        # the ammeter: a dial with its scale and needle
        cx, cy, r = 180.0, 420.0, 70.0
        ax.add_patch(Wedge((cx, cy), r, 0, 180, facecolor="white", edgecolor="black", linewidth=1.5))
        for amps in range(0, 41, 5):
            angle = math.radians(180 - amps / 40 * 180)
            ax.plot([cx + 0.85 * r * math.cos(angle), cx + r * math.cos(angle)],
                    [cy + 0.85 * r * math.sin(angle), cy + r * math.sin(angle)], color="black", linewidth=1)
            if amps % 10 == 0:
                ax.text(cx + 0.68 * r * math.cos(angle), cy + 0.68 * r * math.sin(angle), str(amps), fontsize=6.5,
                        ha="center", va="center")
        ax.text(cx, cy + 12, pick(UNITS["A"], self.lang), fontsize=11, ha="center", va="bottom", weight="bold")
        ax.plot([cx, AMMETER], [cy - 10, TOP + 14], color=WIRE, linewidth=1, linestyle=":")
        self.needle = self.dynamic(ax.plot([], [], color=FUSE_COLOUR, linewidth=2)[0])
        self.ammeter_text = self.dynamic(ax.text(cx, cy - 14, "", fontsize=9, ha="center", va="top"))
        self.drop_text = self.dynamic(ax.text(400, TOP + 40, "", fontsize=8, ha="center", va="bottom"))
        self.clock = self.dynamic(ax.text(630, 500, "", fontsize=9, ha="right", va="top"))
        self._units = {k: pick(UNITS[k], self.lang) for k in UNITS}

        graph = self.graph = figure.add_axes((5.2 / width, 0.55 / height, 2.45 / width, 2.95 / height))
        graph.set_ylim(0, self.I_MAX)
        graph.set_xlim(-0.6, 3.6)
        names = ["headlights", "window", "fan", "total"]
        graph.set_xticks(range(4), [pick(LABELS["bar-" + n], self.lang) for n in names], fontsize=7, rotation=20)
        graph.set_ylabel(pick(LABELS["axis_I"], self.lang), fontsize=9, labelpad=1)
        graph.tick_params(axis="y", labelsize=8)
        graph.grid(axis="y", alpha=0.3)
        self.bars = [self.dynamic(graph.add_patch(Rectangle((i - 0.35, 0), 0.7, 0,
                                                            facecolor=FUSE_COLOUR if i == 3 else CHARGE)))
                     for i in range(4)]
        self.rating = self.dynamic(graph.plot([-0.6, 3.6], [0, 0], color=FUSE_COLOUR, linewidth=1.5,
                                              label=pick(LABELS["rating"], self.lang))[0])
        self.rule = self.dynamic(graph.plot([-0.6, 3.6], [0, 0], color="#9a6700", linewidth=1.2, linestyle="--",
                                            label=pick(LABELS["rule"], self.lang))[0])
        self.legend(graph, [self.rating, self.rule], loc="upper left", fontsize=7)

    def update(self, result: Mapping[str, Any]) -> None:
        from ..i18n import pick

        paths, currents = _paths(result)
        xs: list[float | None] = []
        ys: list[float | None] = []
        dots_x: list[float] = []
        dots_y: list[float] = []
        for path, amps in zip(paths, currents):
            xs += [p[0] for p in path] + [None]
            ys += [p[1] for p in path] + [None]
            # a charge moves 0.2 units per frame for each ampere: a larger current, faster charges
            px, py = _along(path, result["time"] * amps * 0.5 if amps > 0 else 0.0)
            if amps > 0:
                dots_x += px
                dots_y += py
        off = [n for n in LOADS if n not in result["on"]]
        for name in off:   # a load switched off: its wire stops at an open switch
            x = X[name]
            xs += [x, x, None, x, x, None]
            ys += [TOP - 50, TOP - 25, None, MID - 62, BOTTOM + 20, None]
        self.wires.set_data(xs, ys)
        self.charges.set_data(dots_x, dots_y)
        blown = result["blown"]
        self.fuse_link.set_data([114, 130, None, 136, 150] if blown else [114, 150],
                                [TOP - 2, TOP + 4, None, TOP - 4, TOP + 2] if blown else [TOP, TOP])
        self.fuse_text.set_text(f"{number_text(result['fuse'], self.lang)} {self._units['A']}")
        for name, patch in self.glows.items():
            bright = min(result["bright"][name], 1.0)
            patch.set_facecolor(GLOW if bright > 0 else DARK)
            patch.set_alpha(0.25 + 0.75 * bright if bright > 0 else 1.0)
            self.switch_texts[name].set_text(
                f"{number_text(result['I'][name], self.lang)} {self._units['A']}" if name in result["on"] else
                pick(LABELS["off"], self.lang))
        angle = math.radians(180 - min(result["total"], 40) / 40 * 180)
        cx, cy, r = 180.0, 420.0, 62.0
        self.needle.set_data([cx, cx + r * math.cos(angle)], [cy, cy + r * math.sin(angle)])
        self.ammeter_text.set_text(f"I = {number_text(result['total'], self.lang)} {self._units['A']}")
        self.clock.set_text(f"t = {number_text(result['time'], self.lang)} {self._units['s']}\n"
                            f"q = {number_text(result['charge'], self.lang)} {self._units['C']}")
        if result["wire"] is not None:
            self.drop_text.set_text(f"{number_text(result['wire'], self.lang)} {self._units['mm2']}: ΔU = "
                                    f"{number_text(result['drop'], self.lang)} {self._units['V']}")
            self.drop_text.set_visible(True)
            self.wires.set_linewidth(0.8 + 1.2 * result["wire"])
        else:
            self.drop_text.set_visible(False)   # the bench's thick cables: nothing to say, nothing to draw
        for i, name in enumerate(LOADS):
            self.bars[i].set_height(min(result["I"][name], self.I_MAX))
        self.bars[3].set_height(min(result["total"], self.I_MAX))
        self.rating.set_ydata([result["fuse"]] * 2)
        self.rule.set_ydata([result["fuse"] * FUSE_RULE] * 2)


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("load", "<=", FUSE_RULE * 100, UNITS["%"], LABELS["load-spec"]),
         Requirement("wire_share", "<=", 100, UNITS["%"], LABELS["wire-spec"]),
         Requirement("drop", "<=", MAX_DROP, UNITS["V"], LABELS["drop-spec"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The headlights' circuit (2 × 55 W, 5 m of copper wire): the current at most 80 % of the fuse's rating, the fuse
no larger than the wire allows, at most 0.36 V lost in the wire."""


def headlights_circuit(fuse: float, wire: float, time: float = 0) -> dict[str, Any]:
    """The design task's circuit: the two headlamps alone, fed through ``fuse`` (A) and ``wire`` (mm²) 5 m long."""
    return circuit("on", "off", "off", "parallel", fuse, wire, DESIGN_LENGTH, time)


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"fuse": ..., "wire": ...}`` (A, mm²; the lab and the hidden test use it)."""
    return headlights_circuit(design["fuse"], design["wire"])


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The circuit lab: the battery, a fuse, an ammeter and the loads, drawn as a circuit diagram with the charges
    moving, beside each load's current and the fuse's.

    Without a task: the plant's test bench (the headlights and the heated rear window on, a 30 A fuse), drop-downs
    that switch the headlights, the heated rear window and the cabin fan on and off, join them in parallel or in
    series and choose the fuse, and a Play button that moves the charges. ``task="headlights"`` poses the design
    task :data:`DESIGN_SPEC` (the wire and the fuse of the headlights' circuit) with a Check button; ``start`` sets
    the controls from a design dictionary.
    """
    from ..i18n import pick
    from .core import Animation, Dropdown, Lab

    flow = Animation("time", LABELS["time"], min=0, max=60, step=1, value=0, interval_ms=150, unit=pick(UNITS["s"]))
    if task is None:
        controls = [Dropdown("headlights", LABELS["headlights"], ON_OFF, "on"),
                    Dropdown("window", LABELS["window"], ON_OFF, "on"),
                    Dropdown("fan", LABELS["fan"], ON_OFF, "off"),
                    Dropdown("connection", LABELS["connection"],
                             {"parallel": LABELS["parallel"], "series": LABELS["series"]}, "parallel"),
                    Dropdown("fuse", LABELS["fuse"], _options(FUSES, "A"), 30.0), flow]
        return Lab(model=circuit, controls=controls, readout_html=readout_html, plot=CircuitPlot,
                   title=LABELS["title"], start=start)
    if task != "headlights":
        raise ValueError(f"unknown task {task!r}: the circuit lab poses 'headlights'")
    controls = [Dropdown("wire", LABELS["wire"], _options(WIRES, "mm2"), 1.0),
                Dropdown("fuse", LABELS["fuse"], _options(FUSES, "A"), 10.0), flow]
    return Lab(model=headlights_circuit, controls=controls, readout_html=readout_html, plot=CircuitPlot,
               title=LABELS["design-title"], spec=DESIGN_SPEC, start=start)


__all__ = [
    "DESIGN_LENGTH", "DESIGN_SPEC", "FUSES", "FUSE_RULE", "LOADS", "MAX_DROP", "OVERLOAD", "RHO_COPPER", "VOLTAGE",
    "WIRES", "circuit", "current", "design_result", "fuse_state", "headlights_circuit", "joule_heat", "load_current",
    "load_resistance", "make_lab", "parallel_resistance", "power", "readout_html", "series_resistance",
    "smallest_fuse", "wire_resistance",
]
