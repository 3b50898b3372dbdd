"""Gear pairs in a gearbox: ratio, output speed and torque, centre distance, and teeth from a quadratic.

The model is plain Python (no widgets): the lesson, the lab and the hidden tests of
``math-08-gears`` all compute with these functions.  Conventions:

* ``z1`` is the number of teeth of the driving gear (the pinion, on the motor side),
  ``z2`` of the driven gear (the wheel);
* the gear ratio is ``i = z2 / z1``; the output turns ``i`` times slower and, apart
  from friction losses, gives ``i`` times more torque;
* spur gears of module ``m`` have pitch diameter ``d = m * z`` and mesh at centre
  distance ``a = m * (z1 + z2) / 2``;
* one stage of good spur gears loses about 2 % of the power (efficiency 0.98).

>>> gear_ratio(19, 76)
4.0
>>> output_speed(1450, 19, 76)
362.5
>>> centre_distance(2.5, 19, 76)
118.75
>>> teeth_for(118.75, 2.5, 4)
(19, 76)
>>> teeth_for_identical_stages(120, 2, 16)
(24, 96)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from ..numbers import format_trimmed
from .core import Plot, set_limits
from .inputs import number

EFFICIENCY = 0.98
"""Typical efficiency of one stage of spur gears (a 2 % loss)."""

MIN_TEETH = 17
"""The fewest teeth a standard 20° involute gear has without undercut (2 / sin²20° ≈ 17,1)."""

_TOLERANCE = 1e-9


def gear_ratio(z1: float, z2: float) -> float:
    """Gear ratio ``i = z2 / z1`` of a driving gear with ``z1`` teeth and a driven gear with ``z2`` teeth."""
    return number("z2", z2, positive=True) / number("z1", z1, positive=True)


def output_speed(n1: float, z1: float, z2: float) -> float:
    """Speed of the driven gear, ``n2 = n1 / i = n1 * z1 / z2`` (same unit as ``n1``, e.g. rpm)."""
    return n1 / gear_ratio(z1, z2)


def output_torque(T1: float, z1: float, z2: float, efficiency: float = EFFICIENCY) -> float:
    """Torque on the driven shaft, ``T2 = T1 * i * efficiency`` (same unit as ``T1``, e.g. N·m)."""
    if not 0 < efficiency <= 1:
        raise ValueError(f"efficiency must be in (0, 1], got {efficiency!r}")
    return T1 * gear_ratio(z1, z2) * efficiency


def pitch_diameter(m: float, z: float) -> float:
    """Pitch diameter ``d = m * z`` of a spur gear of module ``m`` (same unit as ``m``, e.g. mm)."""
    return number("m", m, positive=True) * number("z", z, positive=True)


def centre_distance(m: float, z1: float, z2: float) -> float:
    """Distance between the shafts of two meshing spur gears, ``a = m * (z1 + z2) / 2``."""
    return (pitch_diameter(m, z1) + pitch_diameter(m, z2)) / 2


def overall_ratio(stages: Iterable[tuple[float, float]]) -> float:
    """Ratio of gear stages in series: the product of ``z2 / z1`` over the ``(z1, z2)`` pairs (1.0 for none)."""
    ratio = 1.0
    for z1, z2 in stages:
        ratio *= gear_ratio(z1, z2)
    return ratio


def quadratic_roots(a: float, b: float, c: float) -> tuple[float, ...]:
    """Real roots of ``a*x**2 + b*x + c = 0``, smallest first (one root if the discriminant is 0)."""
    if a == 0:
        raise ValueError("not a quadratic: the coefficient of x**2 is 0")
    disc = b * b - 4 * a * c
    if disc < 0:
        return ()
    if disc == 0:
        return (-b / (2 * a),)
    root = math.sqrt(disc)
    return tuple(sorted(((-b - root) / (2 * a), (-b + root) / (2 * a))))


def _whole(value: float, what: str) -> int:
    nearest = round(value)
    if abs(value - nearest) > _TOLERANCE * max(1.0, abs(value)):
        raise ValueError(f"{what} is {value:.4g}, not a whole number of teeth")
    return int(nearest)


def teeth_sum(a: float, m: float) -> int:
    """``z1 + z2 = 2a / m``: how many teeth two gears of module ``m`` have together at centre distance ``a``."""
    return _whole(2 * number("a", a, positive=True) / number("m", m, positive=True), "2a/m (the total number of teeth)")


def teeth_for(a: float, m: float, ratio: float, min_teeth: int = MIN_TEETH) -> tuple[int, int]:
    """Teeth ``(z1, z2)`` of one stage with centre distance ``a``, module ``m`` and ratio ``z2 / z1``.

    From ``z1 + z2 = 2a/m`` and ``z2 = ratio * z1``: ``z1 = (2a/m) / (1 + ratio)``.
    Raises ``ValueError`` when a count is not whole or the pinion has fewer than
    ``min_teeth`` teeth (it would be undercut).
    """
    total = teeth_sum(a, m)
    z1 = _whole(total / (1 + number("ratio", ratio, positive=True)), "z1")
    z2 = total - z1
    if z1 < min_teeth:
        raise ValueError(f"the pinion would have {z1} teeth, fewer than {min_teeth}: choose a smaller module or ratio")
    return z1, z2


def identical_stages_equation(total: float, ratio: float) -> tuple[float, float, float]:
    """Coefficients ``(A, B, C)`` of ``A z**2 + B z + C = 0`` for two identical coaxial stages.

    Both stages have ``z1 + z2 = total`` teeth and ``(z2 / z1)**2 = ratio``; with ``z = z1``:
    ``(total - z)**2 = ratio * z**2``, that is ``(ratio - 1) z**2 + 2 total z - total**2 = 0``.
    """
    return ratio - 1, 2 * total, -total * total


def teeth_for_identical_stages(a: float, m: float, ratio: float, min_teeth: int = MIN_TEETH) -> tuple[int, int]:
    """Teeth ``(z1, z2)`` of each of two identical stages of a coaxial gearbox with overall ratio ``ratio``.

    Solves the quadratic of :func:`identical_stages_equation` and keeps the root that
    is a number of teeth: positive, whole and at least ``min_teeth``.
    """
    total = teeth_sum(a, m)
    if number("ratio", ratio, positive=True) == 1:
        raise ValueError("an overall ratio of 1 needs no gears of different size")
    roots = quadratic_roots(*identical_stages_equation(total, ratio))
    fitting = [r for r in roots if 0 < r < total]
    if not fitting:
        raise ValueError("no root of the equation is a possible number of teeth")
    z1 = _whole(fitting[0], "z1")
    if z1 < min_teeth:
        raise ValueError(f"the pinion would have {z1} teeth, fewer than {min_teeth}: choose a smaller module or ratio")
    return z1, total - z1


def gear_pair(z1: float, z2: float, n1: float, m: float, T1: float, efficiency: float = EFFICIENCY,
              turn: float = 0.0) -> dict[str, Any]:
    """Everything the lab shows about one gear pair (teeth are rounded to whole numbers).

    ``turn`` is how far the pinion has turned (degrees, counter-clockwise); the wheel turns the other
    way by ``turn * z1 / z2`` (``wheel_turn``, negative: clockwise), as many teeth passing the pitch point.
    """
    z1, z2 = int(round(z1)), int(round(z2))
    return {
        "z1": z1, "z2": z2, "n1": n1, "m": m, "T1": T1,
        "ratio": gear_ratio(z1, z2),
        "n2": output_speed(n1, z1, z2),
        "T2": output_torque(T1, z1, z2, efficiency),
        "a": centre_distance(m, z1, z2),
        "d1": pitch_diameter(m, z1),
        "d2": pitch_diameter(m, z2),
        "undercut": min(z1, z2) < MIN_TEETH,
        "turn": float(turn),
        "wheel_turn": -float(turn) * z1 / z2,
    }


def tooth_outline(z: int, m: float) -> list[tuple[float, float]]:
    """The outline of a gear of ``z`` teeth and module ``m`` around its centre, tooth 0 pointing along +x.

    A drawing, not an involute: straight flanks at the standard 20° pressure angle, as on the basic rack,
    from the root circle (``d/2 - 1.25 m``) through the pitch circle, where a tooth takes half the pitch
    (less a little play), to the tip circle (``d/2 + m``). Two such gears mesh without overlapping.
    """
    r = m * z / 2
    slope = math.tan(math.radians(20))
    play = 0.88  # the teeth are a little thinner than half the pitch: backlash, so that they never overlap
    flank = []  # (radius, half the tooth's thickness there), root to tip
    for depth in (-1.25, 0.0, 1.0):
        thickness = (math.pi * m / 2) * play - 2 * depth * m * slope
        flank.append((r + depth * m, max(thickness, 0.05 * m) / 2))
    points = []
    for k in range(z):
        c = 2 * math.pi * k / z
        side = [(radius, half / radius) for radius, half in flank]
        outline = [(radius, c - angle) for radius, angle in side] + [(radius, c + angle) for radius, angle in reversed(side)]
        points += [(radius * math.cos(angle), radius * math.sin(angle)) for radius, angle in outline]
    return points


# -- the lab -------------------------------------------------------------------------------

MOTOR_SPEED = 1450.0
"""rpm of the conveyor's four-pole induction motor (the design task's input)."""
MOTOR_TORQUE = 49.0
"""N·m of the 7.5 kW motor at 1450 rpm (T = 9550 P / n)."""

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Тісті беріліс зертханасы", "ru": "Лаборатория: зубчатая передача", "en": "Lab: a gear pair"},
    "z1": {"kk": "Шестерня тістері z₁", "ru": "Зубья шестерни z₁", "en": "Pinion teeth z₁"},
    "z2": {"kk": "Доңғалақ тістері z₂", "ru": "Зубья колеса z₂", "en": "Wheel teeth z₂"},
    "n1": {"kk": "Қозғалтқыш жылдамдығы n₁", "ru": "Частота вращения двигателя n₁", "en": "Motor speed n₁"},
    "m": {"kk": "Модуль m", "ru": "Модуль m", "en": "Module m"},
    "T1": {"kk": "Қозғалтқыштың айналдыру моменті T₁", "ru": "Крутящий момент двигателя T₁", "en": "Motor torque T₁"},
    "turn": {"kk": "Шестерняны бұру", "ru": "Повернуть шестерню", "en": "Turn the pinion"},
    "ratio": {"kk": "Беріліс саны i = z₂/z₁", "ru": "Передаточное число i = z₂/z₁", "en": "Gear ratio i = z₂/z₁"},
    "n2": {"kk": "Шығыс жылдамдығы n₂", "ru": "Выходная частота вращения n₂", "en": "Output speed n₂"},
    "T2": {"kk": "Шығыс моменті T₂ (η = 0,98)", "ru": "Выходной момент T₂ (η = 0,98)", "en": "Output torque T₂ (η = 0.98)"},
    "a": {"kk": "Осьаралық қашықтық a", "ru": "Межосевое расстояние a", "en": "Centre distance a"},
    "d": {"kk": "Бөлгіш диаметрлер d = m·z", "ru": "Делительные диаметры d = m·z", "en": "Pitch diameters d = m·z"},
    "turned": {"kk": "Бұрылу бұрышы: шестерня; доңғалақ", "ru": "Угол поворота: шестерня; колесо",
               "en": "Turned by: pinion; wheel"},
    "undercut": {"kk": "Назар аударыңыз: 17-ден аз тісті доңғалақтың тіс түбі кесіліп қалады.",
                 "ru": "Внимание: у колеса, у которого меньше 17 зубьев, подрезается ножка зуба.",
                 "en": "Careful: a gear with fewer than 17 teeth gets undercut."},
    "pinion": {"kk": "шестерня", "ru": "шестерня", "en": "pinion"},
    "wheel": {"kk": "доңғалақ", "ru": "колесо", "en": "wheel"},
    "in": {"kk": "кіріс", "ru": "вход", "en": "in"},
    "out": {"kk": "шығыс", "ru": "выход", "en": "out"},
    "speed": {"kk": "жылдамдық", "ru": "скорость", "en": "speed"},
    "torque": {"kk": "момент", "ru": "момент", "en": "torque"},
    "rpm": {"kk": "айн/мин", "ru": "об/мин", "en": "rpm"},
    "Nm": {"kk": "Н·м", "ru": "Н·м", "en": "N·m"},
    "mm": {"kk": "мм", "ru": "мм", "en": "mm"},
    "deg": {"kk": "°", "ru": "°", "en": "°"},
    "spec": {"kk": "Тапсырма: конвейер редукторының бірінші сатысы (қозғалтқыш 1450 айн/мин, 49 Н·м)",
             "ru": "Задание: первая ступень редуктора конвейера (двигатель 1450 об/мин, 49 Н·м)",
             "en": "Task: the first stage of the conveyor gearbox (motor 1450 rpm, 49 N·m)"},
    "n2-spec": {"kk": "Шығыс жылдамдығы n₂ (±2 %)", "ru": "Выходная частота вращения n₂ (±2 %)",
                "en": "Output speed n₂ (±2 %)"},
    "pinion-teeth": {"kk": "Шестерня тістері (тіс түбі кесілмеуі үшін)", "ru": "Зубья шестерни (без подрезания)",
                     "en": "Pinion teeth (no undercut)"},
}


def _shown(value: float, lang: str | None = None, digits: int = 5) -> str:
    """``value`` as the readout writes it: 5 significant figures in the course language, no trailing zeros."""
    return format_trimmed(value, digits, lang)


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The lab's readout as HTML, numbers written the way the course language writes them."""
    from ..i18n import pick

    def label(key: str) -> str:
        return pick(LABELS[key], lang)

    def num(value: float) -> str:
        return _shown(value, lang)

    rows = [
        (label("ratio"), num(result["ratio"])),
        (label("n2"), f"{num(result['n2'])} {label('rpm')}"),
        (label("T2"), f"{num(result['T2'])} {label('Nm')}"),
        (label("a"), f"{num(result['a'])} {label('mm')}"),
        (label("d"), f"{num(result['d1'])} {label('mm')}; {num(result['d2'])} {label('mm')}"),
        (label("turned"), f"{num(result['turn'])}°; {num(abs(result['wheel_turn']))}°"),
    ]
    body = "".join(f"<tr><td>{name}</td><td style='text-align:right'><b>{value}</b></td></tr>" for name, value in rows)
    html = f"<table class='lab-gears'>{body}</table>"
    if result.get("undercut"):
        html += f"<p style='color:#b45309'>{label('undercut')}</p>"
    return html


PINION_COLOUR, WHEEL_COLOUR = "#1f77b4", "#ff7f0e"


class GearsPlot(Plot):
    """The two gears meshing and turning (teeth, a mark on each, centres ``a`` apart), beside bars of what
    the pair does to speed and torque (input and output, each pair scaled to its larger value)."""

    size = (7.2, 3.4)
    margins = (0.1, 0.1, 0.1, 0.1)

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        super().__init__()

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Circle, Polygon

        from ..i18n import pick

        width, height = self.size
        ax = self.ax = figure.add_axes((0.1 / width, 0.1 / height, 4.7 / width, 3.2 / height))
        ax.set_aspect("equal")
        ax.set_axis_off()
        # Only what turns is drawn on every frame (the teeth and the marks); what changes with the teeth or the
        # module (circles, labels, the dimension line, the bars) is the background, drawn again when they change.
        self.gears = []
        for key, colour in (("pinion", PINION_COLOUR), ("wheel", WHEEL_COLOUR)):
            body = self.dynamic(ax.add_patch(Polygon([(0.0, 0.0)] * 3, closed=True, facecolor=colour, alpha=0.35,
                                                     edgecolor=colour, linewidth=1.2)))
            mark = self.dynamic(ax.plot([0.0, 1.0], [0.0, 0.0], color=colour, linewidth=2.5, solid_capstyle="round")[0])
            pitch = ax.add_patch(Circle((0.0, 0.0), 1.0, fill=False, edgecolor=colour, linewidth=0.8, linestyle=":"))
            hub = ax.add_patch(Circle((0.0, 0.0), 1.0, facecolor="white", edgecolor=colour, linewidth=1.2, zorder=3))
            label = ax.text(0.0, 1.0 - 0.07 * len(self.gears), "", ha="left", va="top", fontsize=9, color=colour,
                            transform=ax.transAxes)
            self.gears.append((pick(LABELS[key], self.lang), body, pitch, mark, hub, label))
        self.dimension = ax.annotate("", xy=(1.0, 0.0), xytext=(0.0, 0.0),
                                     arrowprops={"arrowstyle": "<->", "color": "grey", "linewidth": 0.8})
        self.distance = ax.text(0.5, 0.0, "", ha="center", va="top", fontsize=9, color="#333333")
        self.centres = ax.plot([0.0, 1.0], [0.0, 0.0], color="grey", linewidth=0.8, linestyle="--")[0]

        bars = self.bars = figure.add_axes((5.35 / width, 0.4 / height, 1.75 / width, 2.4 / height))
        words = {k: pick(LABELS[k], self.lang) for k in ("speed", "torque", "in", "out")}
        bars.set_xticks([0.5, 2.0], [words["speed"], words["torque"]], fontsize=9)
        bars.tick_params(axis="x", length=0)
        bars.set_yticks([])
        bars.set_xlim(-0.4, 2.9)
        bars.set_ylim(0, 1.3)
        for side in ("top", "right", "left"):
            bars.spines[side].set_visible(False)
        self.bar_patches = [bars.bar(x, 1.0, width=0.6, color="#555555", alpha=shade)[0]
                            for x, shade in ((0.15, 0.45), (0.85, 0.9), (1.65, 0.45), (2.35, 0.9))]
        bars.legend(self.bar_patches[:2], [words["in"], words["out"]], loc="lower center", bbox_to_anchor=(0.5, 1.08),
                    ncol=2, fontsize=8, frameon=False, handlelength=1.0, columnspacing=1.0)
        self.factors = [bars.text(x, 1.05, "", ha="center", va="bottom", fontsize=9) for x in (0.5, 2.0)]

    def update(self, result: Mapping[str, Any]) -> None:
        from matplotlib.transforms import Affine2D

        from ..i18n import pick

        z1, z2, m, a = result["z1"], result["z2"], result["m"], result["a"]
        shape = (z1, z2, m)
        if shape != getattr(self, "shape", None):
            self.shape = shape
            # the wheel's tooth 0 points along -x at no turn, turned half a pitch on: a pinion tooth sits in its gap
            self.phase = 180.0 + 180.0 / z2
            tips = (m * z1 / 2 + m, m * z2 / 2 + m)
            for (name, body, pitch, mark, hub, label), x, z, tip in zip(self.gears, (0.0, a), (z1, z2), tips):
                body.set_xy(tooth_outline(z, m))
                pitch.set_center((x, 0.0))
                pitch.set_radius(m * z / 2)
                hub.set_center((x, 0.0))
                hub.set_radius(max(m * 1.5, m * z * 0.08))
                mark.set_data([0.0, tip], [0.0, 0.0])
                label.set_text(f"{name}: z = {z}")
            self.centres.set_data([0.0, a], [0.0, 0.0])
            below = -max(tips) * 1.12
            self.dimension.xy, self.dimension.xyann = (a, below), (0.0, below)
            self.distance.set_position((a / 2, below * 1.03))
            self.distance.set_text(f"a = {_shown(a, self.lang)} {pick(LABELS['mm'], self.lang)}")
            reach = max(tips)
            set_limits(self.ax, x=(-tips[0] * 1.05, a + tips[1] * 1.05), y=(-reach * 1.35, reach * 1.3))
            i = result["ratio"]
            gain = result["T2"] / result["T1"] if result["T1"] else i * EFFICIENCY
            speed, torque = (1.0, 1.0 / i), ((1.0 / gain, 1.0) if gain >= 1 else (1.0, gain))
            for patch, h in zip(self.bar_patches, (*speed, *torque)):
                patch.set_height(h)
            self.factors[0].set_text(f"÷{_shown(i, self.lang, 3)}")
            self.factors[1].set_text(f"×{_shown(gain, self.lang, 3)}")
        turns = (result["turn"], self.phase + result["wheel_turn"])
        placed = tuple(round(t, 6) for t in turns)
        if placed == getattr(self, "placed", None):
            return
        self.placed = placed
        for (_name, body, _pitch, mark, _hub, _label), x, angle in zip(self.gears, (0.0, a), turns):
            moved = Affine2D().rotate_deg(angle).translate(x, 0.0) + self.ax.transData
            body.set_transform(moved)
            mark.set_transform(moved)


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("n2", "==", 290.0, LABELS["rpm"], LABELS["n2-spec"], rtol=0.02),
         Requirement("T2", ">=", 235.0, LABELS["Nm"], LABELS["T2"]),
         Requirement("a", "<=", 150.0, LABELS["mm"], LABELS["a"]),
         Requirement("z1", ">=", float(MIN_TEETH), "", LABELS["pinion-teeth"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The first stage of the conveyor gearbox: 290 rpm (±2 %) from the 1450 rpm, 49 N·m motor, at least 235 N·m,
shafts at most 150 mm apart, a pinion of at least 17 teeth."""


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"z1": ..., "z2": ..., "m": ...}`` on the conveyor's motor (lab and hidden test)."""
    return gear_pair(design["z1"], design["z2"], MOTOR_SPEED, design["m"], MOTOR_TORQUE)


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The gear-pair lab: the two gears meshing and turning beside what they do to speed and torque.

    Sliders for the teeth, the motor's speed and torque and the module, and a Play button that turns the
    pinion (the wheel turns with it). ``task="first-stage"`` poses the design task :data:`DESIGN_SPEC`
    (the motor is then the conveyor's: 1450 rpm, 49 N·m) with a Check button; ``start`` sets the controls
    from a design dictionary.
    """
    from ..i18n import pick
    from .core import Animation, Lab, Slider

    teeth = [Slider("z1", LABELS["z1"], min=12, max=40, step=1, value=18),
             Slider("z2", LABELS["z2"], min=12, max=120, step=1, value=54)]
    module = Slider("m", LABELS["m"], min=1, max=5, step=0.5, value=3, unit=pick(LABELS["mm"]))
    turn = Animation("turn", LABELS["turn"], min=0, max=1440, step=10, value=0, interval_ms=80, unit="°")
    if task is None:
        controls = [*teeth,
                    Slider("n1", LABELS["n1"], min=500, max=3000, step=10, value=960, unit=pick(LABELS["rpm"])),
                    module,
                    Slider("T1", LABELS["T1"], min=10, max=200, step=1, value=30, unit=pick(LABELS["Nm"])),
                    turn]
        return Lab(model=gear_pair, controls=controls, readout_html=readout_html, plot=GearsPlot, title=LABELS["title"],
                   start=start)
    if task != "first-stage":
        raise ValueError(f"unknown task {task!r}: the gears lab poses 'first-stage'")
    return Lab(model=lambda z1, z2, m, turn: {**design_result({"z1": z1, "z2": z2, "m": m}), "turn": float(turn),
                                              "wheel_turn": -float(turn) * round(z1) / round(z2)},
               controls=[*teeth, module, turn], readout_html=readout_html, plot=GearsPlot, title=LABELS["title"],
               spec=DESIGN_SPEC, start=start)


__all__ = [
    "DESIGN_SPEC", "EFFICIENCY", "MIN_TEETH", "MOTOR_SPEED", "MOTOR_TORQUE", "centre_distance", "design_result",
    "gear_pair", "gear_ratio", "identical_stages_equation", "make_lab", "output_speed", "output_torque",
    "overall_ratio", "pitch_diameter", "quadratic_roots", "readout_html", "teeth_for", "teeth_for_identical_stages",
    "teeth_sum", "tooth_outline",
]
