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

from .core import Plot, set_limits

EFFICIENCY = 0.98
"""Typical efficiency of one stage of spur gears (a 2 % loss)."""

MIN_TEETH = 17
"""The fewest teeth a standard 20° involute gear has without undercut (2 / sin²20° ≈ 17,1)."""

_TOLERANCE = 1e-9


def _positive(name: str, value: float) -> float:
    """``value`` as a float, if it is a positive finite number (an int, a float, a numpy or sympy number)."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if isinstance(value, bool) or not math.isfinite(number) or number <= 0:
        raise ValueError(f"{name} must be a positive number, got {value!r}")
    return number


def gear_ratio(z1: float, z2: float) -> float:
    """Gear ratio ``i = z2 / z1`` of a driving gear with ``z1`` teeth and a driven gear with ``z2`` teeth."""
    return _positive("z2", z2) / _positive("z1", z1)


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
    return _positive("m", m) * _positive("z", z)


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
    return _whole(2 * _positive("a", a) / _positive("m", m), "2a/m (the total number of teeth)")


def teeth_for(a: float, m: float, ratio: float, min_teeth: int = MIN_TEETH) -> tuple[int, int]:
    """Teeth ``(z1, z2)`` of one stage with centre distance ``a``, module ``m`` and ratio ``z2 / z1``.

    From ``z1 + z2 = 2a/m`` and ``z2 = ratio * z1``: ``z1 = (2a/m) / (1 + ratio)``.
    Raises ``ValueError`` when a count is not whole or the pinion has fewer than
    ``min_teeth`` teeth (it would be undercut).
    """
    total = teeth_sum(a, m)
    z1 = _whole(total / (1 + _positive("ratio", ratio)), "z1")
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
    if _positive("ratio", ratio) == 1:
        raise ValueError("an overall ratio of 1 needs no gears of different size")
    roots = quadratic_roots(*identical_stages_equation(total, ratio))
    fitting = [r for r in roots if 0 < r < total]
    if not fitting:
        raise ValueError("no root of the equation is a possible number of teeth")
    z1 = _whole(fitting[0], "z1")
    if z1 < min_teeth:
        raise ValueError(f"the pinion would have {z1} teeth, fewer than {min_teeth}: choose a smaller module or ratio")
    return z1, total - z1


def gear_pair(z1: float, z2: float, n1: float, m: float, T1: float, efficiency: float = EFFICIENCY) -> dict[str, Any]:
    """Everything the lab shows about one gear pair (teeth are rounded to whole numbers)."""
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
    }


# -- the lab -------------------------------------------------------------------------------

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Тісті беріліс зертханасы", "ru": "Лаборатория: зубчатая передача",
              "en": "Lab: a gear pair"},
    "z1": {"kk": "Жетекші тісті доңғалақ тістері z₁", "ru": "Зубья ведущего колеса z₁", "en": "Driving gear teeth z₁"},
    "z2": {"kk": "Жетектегі тісті доңғалақ тістері z₂", "ru": "Зубья ведомого колеса z₂", "en": "Driven gear teeth z₂"},
    "n1": {"kk": "Қозғалтқыш жылдамдығы n₁", "ru": "Частота вращения двигателя n₁", "en": "Motor speed n₁"},
    "m": {"kk": "Модуль m", "ru": "Модуль m", "en": "Module m"},
    "T1": {"kk": "Қозғалтқыш айналдыру моменті T₁", "ru": "Крутящий момент двигателя T₁", "en": "Motor torque T₁"},
    "ratio": {"kk": "Беріліс саны i = z₂/z₁", "ru": "Передаточное число i = z₂/z₁", "en": "Gear ratio i = z₂/z₁"},
    "n2": {"kk": "Шығыс жылдамдығы n₂", "ru": "Выходная частота вращения n₂", "en": "Output speed n₂"},
    "T2": {"kk": "Шығыс моменті T₂ (η = 0,98)", "ru": "Выходной момент T₂ (η = 0,98)", "en": "Output torque T₂ (η = 0.98)"},
    "a": {"kk": "Осьаралық қашықтық a", "ru": "Межосевое расстояние a", "en": "Centre distance a"},
    "d": {"kk": "Бөлгіш диаметрлер d = m·z", "ru": "Делительные диаметры d = m·z", "en": "Pitch diameters d = m·z"},
    "undercut": {"kk": "Назар аударыңыз: 17-ден аз тісті доңғалақтың тіс түбі кесіліп қалады.",
                 "ru": "Внимание: у колеса, у которого меньше 17 зубьев, подрезается ножка зуба.",
                 "en": "Careful: a gear with fewer than 17 teeth gets undercut."},
    "driving": {"kk": "жетекші", "ru": "ведущее", "en": "driving"},
    "driven": {"kk": "жетектегі", "ru": "ведомое", "en": "driven"},
    "rpm": {"kk": "айн/мин", "ru": "об/мин", "en": "rpm"},
    "Nm": {"kk": "Н·м", "ru": "Н·м", "en": "N·m"},
    "mm": {"kk": "мм", "ru": "мм", "en": "mm"},
}


def _number(value: float, lang: str | None = None, digits: int = 5) -> str:
    """``value`` to ``digits`` significant figures in the course language, without trailing zeros (``4``, ``362,5``)."""
    from ..i18n import get_language, normalize_language
    from ..numbers import DECIMAL_COMMA_LANGUAGES, format_number

    text = format_number(value, digits, lang)
    point = "," if normalize_language(lang or get_language()) in DECIMAL_COMMA_LANGUAGES else "."
    if point in text:
        text = text.rstrip("0").rstrip(point)
    return text


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The lab's readout as HTML, numbers written the way the course language writes them."""
    from ..i18n import pick

    def label(key: str) -> str:
        return pick(LABELS[key], lang)

    def num(value: float) -> str:
        return _number(value, lang)

    rows = [
        (label("ratio"), num(result["ratio"])),
        (label("n2"), f"{num(result['n2'])} {label('rpm')}"),
        (label("T2"), f"{num(result['T2'])} {label('Nm')}"),
        (label("a"), f"{num(result['a'])} {label('mm')}"),
        (label("d"), f"{num(result['d1'])} {label('mm')}; {num(result['d2'])} {label('mm')}"),
    ]
    body = "".join(f"<tr><td>{name}</td><td style='text-align:right'><b>{value}</b></td></tr>" for name, value in rows)
    html = f"<table class='lab-gears'>{body}</table>"
    if result.get("undercut"):
        html += f"<p style='color:#b45309'>{label('undercut')}</p>"
    return html


class GearsPlot(Plot):
    """The two pitch circles touching at the pitch point, centres ``a`` apart, each named with its teeth."""

    size = (6.0, 3.2)
    margins = (0.6, 0.2, 0.5, 0.1)

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        super().__init__()

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Circle

        from ..i18n import pick

        ax = self.ax = figure.add_subplot()
        self.gears = []
        for name, colour in (("driving", "#1f77b4"), ("driven", "#ff7f0e")):
            circle = self.dynamic(ax.add_patch(Circle((0.0, 0.0), 1.0, fill=True, facecolor=colour, alpha=0.18,
                                                      edgecolor=colour, linewidth=2)))
            centre = self.dynamic(ax.plot([0.0], [0.0], marker="+", color=colour)[0])
            label = self.dynamic(ax.annotate("", (0.0, 0.0), textcoords="offset points", xytext=(0, -28),
                                             ha="center", fontsize=9, color=colour))
            self.gears.append((pick(LABELS[name], self.lang), circle, centre, label))
        self.centres = self.dynamic(ax.plot([0.0, 1.0], [0.0, 0.0], color="grey", linewidth=0.8, linestyle="--")[0])
        self.distance = self.dynamic(ax.annotate("", (0.5, 0.0), textcoords="offset points", xytext=(0, 6),
                                                 ha="center", fontsize=9))
        ax.set_aspect("equal")
        ax.set_xlabel(pick(LABELS["mm"], self.lang))

    def update(self, result: Mapping[str, Any]) -> None:
        from ..i18n import pick

        r1, r2, a = result["d1"] / 2, result["d2"] / 2, result["a"]
        drawing = (result["z1"], result["z2"], r1, r2, a)
        if drawing == getattr(self, "drawing", None):  # motor speed and torque change no line of the drawing:
            return  # leaving the artists untouched keeps the last PNG
        self.drawing = drawing
        for (name, circle, centre, label), x, r, z in zip(self.gears, (0.0, a), (r1, r2), (result["z1"], result["z2"])):
            circle.set_center((x, 0.0))
            circle.set_radius(r)
            centre.set_data([x], [0.0])
            label.xy = (x, 0.0)
            label.set_text(f"{name}\nz = {z}")
        self.centres.set_data([0.0, a], [0.0, 0.0])
        self.distance.xy = (a / 2, 0.0)
        self.distance.set_text(f"a = {_number(a, self.lang)} {pick(LABELS['mm'], self.lang)}")
        set_limits(self.ax, x=(-r1 * 1.15, a + r2 * 1.15), y=(-max(r1, r2) * 1.15, max(r1, r2) * 1.15))


def make_lab() -> Any:
    """The gear-pair lab: sliders for teeth, motor speed, module and torque; a readout and a drawing."""
    from ..i18n import pick
    from .core import Lab, Slider

    controls = [
        Slider("z1", LABELS["z1"], min=12, max=40, step=1, value=18, digits=2),
        Slider("z2", LABELS["z2"], min=12, max=120, step=1, value=54, digits=2),
        Slider("n1", LABELS["n1"], min=500, max=3000, step=10, value=960, unit=pick(LABELS["rpm"]), digits=3),
        Slider("m", LABELS["m"], min=1, max=5, step=0.5, value=3, unit=pick(LABELS["mm"]), digits=2),
        Slider("T1", LABELS["T1"], min=10, max=200, step=1, value=30, unit=pick(LABELS["Nm"]), digits=2),
    ]
    return Lab(model=gear_pair, controls=controls, readout_html=readout_html, plot=GearsPlot, title=LABELS["title"])


__all__ = [
    "EFFICIENCY", "MIN_TEETH", "centre_distance", "gear_pair", "gear_ratio", "identical_stages_equation",
    "make_lab", "output_speed", "output_torque", "overall_ratio", "pitch_diameter", "quadratic_roots",
    "readout_html", "teeth_for", "teeth_for_identical_stages", "teeth_sum",
]
