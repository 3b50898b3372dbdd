"""Wheel nuts and a torque wrench: the moment of a force, its lever arm, and the shortest arm a worker can use.

The model is plain Python (no widgets): the lessons, the lab and the hidden tests of
``phys-07-wheel-nuts`` all compute with these functions.  Conventions:

* the moment of a force about the nut's axis is ``M = F * d`` (N·m), where the lever arm ``d``
  is the distance from the axis to the force's line of action (m);
* a force on the end of a handle of length ``L`` at an angle ``angle`` (degrees) to the handle
  has the lever arm ``d = L * sin(angle)``: ``d = L`` when the force is perpendicular to the handle,
  ``d = 0`` when it pushes along the handle;
* a click-type torque wrench set to ``M_set`` clicks when the moment reaches ``M_set``; the force
  this takes is ``F = M_set / d``; no force above ``F_max`` gives the shortest arm ``M_set / F_max``.

>>> moment(220, 0.5)
110.0
>>> force_needed(110, 0.5)
220.0
>>> shortest_arm(110, 250)
0.44
>>> shortest_wrench(110, 250, [0.6, 0.3, 0.45, 0.5])
0.45
>>> round(lever_arm(0.5, 30), 6)
0.25
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from .core import Plot, Readout, number_text, readout_note, readout_table
from .inputs import number

G = 9.8
"""N/kg: the weight of 1 kg, as grade-7 textbooks take it."""

SPEC_TORQUE = 110.0
"""N·m: the wheel nuts' tightening torque on the plant's service sheet (fictional; passenger cars 90-135 N·m)."""

MAX_FORCE = 250.0
"""N: the largest force the plant's ergonomic rule lets a worker apply again and again to a hand tool (fictional)."""

WRENCH_ACCURACY = 0.04
"""A click-type torque wrench of ISO 6789 type II class A clicks within ±4 % of its setting."""

MAX_LENGTH = 0.5
"""m: the longest wrench that fits between the wheel arch and the next car on the line (the design task; fictional)."""


def moment(force: float, arm: float) -> float:
    """The moment ``M = F * d`` (N·m) of a force ``force`` (N) with the lever arm ``arm`` (m)."""
    return number("force", force, minimum=0) * number("arm", arm, minimum=0)


def lever_arm(length: float, angle: float) -> float:
    """The lever arm (m) of a force on the end of a handle ``length`` m long, at ``angle`` degrees to the handle."""
    length = number("length", length, minimum=0)
    angle = number("angle", angle, minimum=0)
    if angle > 180:
        raise ValueError(f"angle must be between 0 and 180 degrees, got {angle!r}")
    if angle == 90:
        return length  # exactly: sin(90°) is 1, and a perpendicular push uses the whole handle
    if angle in (0, 180):
        return 0.0  # exactly: a push along the handle passes through the axis (sin(180°) is not 0 in floats)
    return length * math.sin(math.radians(angle))


def force_needed(torque: float, arm: float) -> float:
    """The force (N) that gives the moment ``torque`` (N·m) with the lever arm ``arm`` (m): ``F = M / d``."""
    return number("torque", torque, minimum=0) / number("arm", arm, positive=True)


def shortest_arm(torque: float, max_force: float) -> float:
    """The shortest lever arm (m) that gives ``torque`` (N·m) with a force of at most ``max_force`` (N)."""
    return number("torque", torque, minimum=0) / number("max_force", max_force, positive=True)


def shortest_wrench(torque: float, max_force: float, lengths: Iterable[float]) -> float | None:
    """The shortest of the wrenches ``lengths`` (m) on which a perpendicular force of at most ``max_force`` (N)
    gives ``torque`` (N·m), or ``None`` when none is long enough. A wrench that needs exactly ``max_force`` will do."""
    torque = number("torque", torque, minimum=0)
    max_force = number("max_force", max_force, minimum=0)
    fits = [float(length) for length in lengths if length * max_force >= torque * (1 - 1e-12)]
    return min(fits) if fits else None


def weight(mass: float, g: float = G) -> float:
    """The weight (N) of a mass ``mass`` (kg): ``P = m g``."""
    return number("mass", mass, minimum=0) * g


def hand_path(length: float, turn: float) -> float:
    """How far (m) the hand on the end of a handle ``length`` m long travels while the nut turns by ``turn`` degrees."""
    return 2 * math.pi * number("length", length, minimum=0) * number("turn", turn, minimum=0) / 360


def work(force: float, path: float) -> float:
    """The work ``A = F s`` (J) of a force ``force`` (N) along a path ``path`` (m) in its direction."""
    return number("force", force, minimum=0) * number("path", path, minimum=0)


def wrench(L: float, F: float, angle: float = 90.0, M_set: float = SPEC_TORQUE, pull: float = 100.0) -> dict[str, Any]:
    """What a worker does with a torque wrench: the handle ``L`` m, the full force ``F`` N at ``angle`` degrees to the
    handle, the wrench set to ``M_set`` N·m; ``pull`` (0-100 %) is how far the push has grown towards ``F``.

    ``M`` is the moment of the full force; ``F_now`` and ``M_now`` those of the push so far; the wrench has
    ``clicked`` once ``M_now`` reaches ``M_set``; ``F_click`` is the force at which it clicks (``inf`` for a push
    along the handle, which turns nothing).
    """
    d = lever_arm(L, angle)
    force = number("F", F, minimum=0)
    share = number("pull", pull, minimum=0) / 100
    if share > 1:
        raise ValueError(f"pull must be between 0 and 100 %, got {pull!r}")
    M = moment(force, d)
    F_now = force * share
    M_now = moment(F_now, d)
    M_set = number("M_set", M_set, positive=True)
    return {"L": float(L), "F": force, "angle": float(angle), "d": d, "M": M, "M_set": M_set, "pull": share * 100,
            "F_now": F_now, "M_now": M_now, "clicked": M_now >= M_set * (1 - 1e-12),
            "F_click": M_set / d if d > 0 else math.inf}


# -- the lab -------------------------------------------------------------------------------

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Динамометрлік кілт зертханасы", "ru": "Лаборатория: динамометрический ключ",
              "en": "Lab: a torque wrench"},
    "L": {"kk": "Кілттің ұзындығы L", "ru": "Длина ключа L", "en": "Wrench length L"},
    "F": {"kk": "Қолдың күші F", "ru": "Сила руки F", "en": "Hand force F"},
    "angle": {"kk": "Күш пен тұтқа арасындағы бұрыш", "ru": "Угол между силой и рукояткой",
              "en": "Angle between force and handle"},
    "M_set": {"kk": "Кілтте қойылған момент", "ru": "Момент, установленный на ключе", "en": "Torque set on the wrench"},
    "pull": {"kk": "Қолды біртіндеп басу", "ru": "Нажимать постепенно", "en": "Push harder and harder"},
    "d": {"kk": "Күш иіні d", "ru": "Плечо силы d", "en": "Lever arm d"},
    "M": {"kk": "Күш моменті M = F·d", "ru": "Момент силы M = F·d", "en": "Moment of force M = F·d"},
    "now": {"kk": "Қазір: күш; момент", "ru": "Сейчас: сила; момент", "en": "Now: force; moment"},
    "F_click": {"kk": "Кілт шырт ететін күш", "ru": "Сила, при которой ключ щёлкает", "en": "Force at which it clicks"},
    "clicked": {"kk": "Шырт! Кілт қойылған моментке жетті.", "ru": "Щёлк! Ключ дошёл до установленного момента.",
                "en": "Click! The wrench has reached its set torque."},
    "not-yet": {"kk": "Кілт әлі шырт еткен жоқ.", "ru": "Ключ ещё не щёлкнул.", "en": "The wrench has not clicked yet."},
    "never": {"kk": "Тұтқаның бойымен басқан күш сомынды бұрамайды.", "ru": "Сила вдоль рукоятки гайку не поворачивает.",
              "en": "A push along the handle does not turn the nut."},
    "over": {"kk": "Шектен асты: жұмысшы 250 Н-нан артық күшпен баспауы керек.",
             "ru": "Больше предела: рабочий не должен давить сильнее 250 Н.",
             "en": "Over the limit: a worker should not push harder than 250 N."},
    "limit": {"kk": "жұмысшының шегі 250 Н", "ru": "предел рабочего 250 Н", "en": "worker's limit 250 N"},
    "needed": {"kk": "шырт етуге керек күш", "ru": "сила до щелчка", "en": "force to the click"},
    "you": {"kk": "сіздің F", "ru": "ваша F", "en": "your F"},
    "axis_L": {"kk": "Кілттің ұзындығы L, м", "ru": "Длина ключа L, м", "en": "Wrench length L, m"},
    "axis_F": {"kk": "Күш, Н", "ru": "Сила, Н", "en": "Force, N"},
    "click-word": {"kk": "шырт!", "ru": "щёлк!", "en": "click!"},
    "spec": {"kk": "Тапсырма: дөңгелек сомынын 110 Н·м моментпен тарту (кілттің дәлдігі ±4 %)",
             "ru": "Задание: затянуть колёсную гайку моментом 110 Н·м (точность ключа ±4 %)",
             "en": "Task: tighten a wheel nut to 110 N·m (the wrench is accurate to ±4 %)"},
    "M-spec": {"kk": "Күш моменті M (±4 %)", "ru": "Момент силы M (±4 %)", "en": "Moment of force M (±4 %)"},
    "F-spec": {"kk": "Қолдың күші F", "ru": "Сила руки F", "en": "Hand force F"},
    "L-spec": {"kk": "Кілттің ұзындығы L (дөңгелек қуысына сыяды)", "ru": "Длина ключа L (помещается у колёсной арки)",
               "en": "Wrench length L (fits by the wheel arch)"},
}
UNITS: dict[str, Mapping[str, str]] = {
    "m": {"kk": "м", "ru": "м", "en": "m"},
    "N": {"kk": "Н", "ru": "Н", "en": "N"},
    "Nm": {"kk": "Н·м", "ru": "Н·м", "en": "N·m"},
    "deg": {"kk": "°", "ru": "°", "en": "°"},
    "percent": {"kk": "%", "ru": "%", "en": "%"},
}


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The lab's readout as HTML, numbers written the way the course language writes them."""
    words = Readout(LABELS, UNITS, lang)
    label, unit, num = words.label, words.unit, words.num
    rows = [
        (label("d"), f"{num(result['d'])} {unit('m')} (L = {num(result['L'])} {unit('m')})"),
        (label("M"), f"{num(result['M'])} {unit('Nm')}"),
        (label("M_set"), f"{num(result['M_set'])} {unit('Nm')}"),
        (label("F_click"), f"{num(result['F_click'])} {unit('N')}"),
        (label("now"), f"{num(result['F_now'])} {unit('N')}; {num(result['M_now'])} {unit('Nm')}"),
    ]
    html = readout_table(rows, "lab-wheel-nuts")
    if result["d"] == 0:
        html += readout_note(label("never"), "#b45309")
    elif result["clicked"]:
        html += readout_note(label("clicked"), "#1a7f37")
    else:
        html += readout_note(label("not-yet"))
    if result["F_now"] > MAX_FORCE:
        html += readout_note(label("over"), "#cf222e")
    return html


HANDLE, FORCE, ARM, MOMENT = "#444444", "#d62728", "#1f77b4", "#2ca02c"
ARROW_SCALE = 0.0008
"""m of the drawing per N of force: a 250 N push is an arrow 0.2 m long beside a 0.5 m wrench."""
PCD = 0.1143
"""m: the bolt circle of five wheel studs (5 x 114.3 mm, a common passenger-car pattern; the drawing only)."""


class WrenchPlot(Plot):
    """The wheel seen from the side with the wrench on its top nut, the push as an arrow and its lever arm; beside
    it, the force the set torque needs against the wrench's length, the worker's limit and the student's push."""

    size = (7.6, 3.6)
    margins = (0.1, 0.1, 0.1, 0.1)
    L_MAX, F_MAX = 0.8, 400.0

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        super().__init__()

    def build(self, figure: Any) -> None:
        import numpy as np
        from matplotlib.patches import Circle, FancyArrowPatch, RegularPolygon

        from ..i18n import pick

        width, height = self.size
        ax = self.ax = figure.add_axes((0.05 / width, 0.05 / height, 4.1 / width, 3.5 / height))
        ax.set_aspect("equal")
        ax.set_axis_off()
        ax.set_xlim(-0.36, 0.86)
        ax.set_ylim(-0.46, 0.58)
        hub = (0.0, -PCD / 2)  # the top nut sits at the origin, on the nut's axis
        ax.add_patch(Circle(hub, 0.31, facecolor="#333333", edgecolor="none", alpha=0.85))   # the tyre
        ax.add_patch(Circle(hub, 0.2, facecolor="#d9d9d9", edgecolor="#888888"))            # the rim
        ax.add_patch(Circle(hub, 0.035, facecolor="#f0f0f0", edgecolor="#888888"))          # the centre bore
        for k in range(5):
            a = math.pi / 2 + 2 * math.pi * k / 5
            ax.add_patch(RegularPolygon((hub[0] + PCD / 2 * math.cos(a), hub[1] + PCD / 2 * math.sin(a)), 6,
                                        radius=0.013, facecolor="#bbbbbb", edgecolor="#555555"))
        # what follows the controls
        self.handle = self.dynamic(ax.plot([0, 0.5], [0, 0], color=HANDLE, linewidth=7, solid_capstyle="round")[0])
        self.grip = self.dynamic(ax.plot([0.4, 0.5], [0, 0], color="#b22222", linewidth=9, solid_capstyle="round")[0])
        self.head = self.dynamic(ax.add_patch(Circle((0, 0), 0.028, facecolor=HANDLE, edgecolor="black", zorder=4)))
        self.setting = self.dynamic(ax.text(0.25, -0.035, "", color="black", fontsize=8, ha="center", va="top"))
        self.action = self.dynamic(ax.plot([], [], color=FORCE, linewidth=0.8, linestyle="--")[0])
        self.arm = self.dynamic(ax.plot([], [], color=ARM, linewidth=2, zorder=5)[0])
        self.square = self.dynamic(ax.plot([], [], color=ARM, linewidth=1)[0])
        self.arm_text = self.dynamic(ax.text(0, 0, "", color=ARM, fontsize=9, ha="center", va="center"))
        self.arrow = self.dynamic(ax.add_patch(FancyArrowPatch((0.5, 0), (0.5, -0.2), arrowstyle="-|>",
                                                               mutation_scale=16, color=FORCE, linewidth=2.5)))
        self.force_text = self.dynamic(ax.text(0, 0, "", color=FORCE, fontsize=9, ha="left", va="center"))
        self.turn = self.dynamic(ax.add_patch(FancyArrowPatch((-0.07, 0.02), (0.07, 0.02), arrowstyle="-|>",
                                                              connectionstyle="arc3,rad=-0.9", mutation_scale=12,
                                                              color=MOMENT, linewidth=2)))
        self.moment_text = self.dynamic(ax.text(-0.34, 0.55, "", color=MOMENT, fontsize=10, ha="left", va="top"))
        self.click_text = self.dynamic(ax.text(0.0, 0.14, "", color=MOMENT, fontsize=13, fontweight="bold",
                                               ha="center", va="center"))
        self._unit_m, self._unit_N, self._unit_Nm = (pick(UNITS[k], self.lang) for k in ("m", "N", "Nm"))
        self._click_word = pick(LABELS["click-word"], self.lang)

        graph = self.graph = figure.add_axes((4.85 / width, 0.55 / height, 2.6 / width, 2.9 / height))
        graph.set_xlim(0, self.L_MAX)
        graph.set_ylim(0, self.F_MAX)
        graph.set_xlabel(pick(LABELS["axis_L"], self.lang), fontsize=9)
        graph.set_ylabel(pick(LABELS["axis_F"], self.lang), fontsize=9, labelpad=1)
        graph.tick_params(labelsize=8)
        graph.grid(alpha=0.3)
        graph.axhline(MAX_FORCE, color="#cf222e", linewidth=1, linestyle=":")
        graph.text(self.L_MAX * 0.02, MAX_FORCE - 6, pick(LABELS["limit"], self.lang), color="#cf222e", fontsize=8,
                   ha="left", va="top")
        self.lengths = np.linspace(0.05, self.L_MAX, 160)
        self.curve = self.dynamic(graph.plot([], [], color=MOMENT, linewidth=2, label=pick(LABELS["needed"], self.lang))[0])
        self.click_point = self.dynamic(graph.plot([], [], "o", color=MOMENT, markerfacecolor="white")[0])
        self.you = self.dynamic(graph.plot([], [], "o", color=FORCE, label=pick(LABELS["you"], self.lang))[0])
        self.legend(graph, [self.curve, self.you], loc="upper right", fontsize=8, bbox_to_anchor=(1.0, 0.93))

    def update(self, result: Mapping[str, Any]) -> None:
        import numpy as np

        L, angle, d = result["L"], math.radians(result["angle"]), result["d"]
        grip = max(L - 0.1, 0.04)
        self.handle.set_data([0, L], [0, 0])
        self.grip.set_data([grip, L], [0, 0])
        self.setting.set_position((grip / 2 + 0.02, -0.035))
        self.setting.set_text(f"{number_text(result['M_set'], self.lang)} {self._unit_Nm}")
        # the push, clockwise (tightening): the handle's direction turned clockwise by the angle
        ux, uy = math.cos(angle), -math.sin(angle)
        length = ARROW_SCALE * result["F_now"]
        self.arrow.set_positions((L, 0.0), (L + ux * max(length, 1e-6), uy * max(length, 1e-6)))
        self.arrow.set_visible(length > 0.002)
        self.force_text.set_position((L + ux * length + 0.02, uy * length))
        self.force_text.set_text(f"F = {number_text(result['F_now'], self.lang)} {self._unit_N}")
        reach = 1.2
        self.action.set_data([L - ux * reach, L + ux * reach], [-uy * reach, uy * reach])
        foot = (L * math.sin(angle) ** 2, L * math.sin(angle) * math.cos(angle))  # nearest point of the line to the axis
        self.arm.set_data([0, foot[0]], [0, foot[1]])
        if d > 0.02:
            s = 0.025  # the right angle's mark, in the corner at the foot
            back, along = (-foot[0] / d * s, -foot[1] / d * s), (-ux * s, -uy * s)
            self.square.set_data([foot[0] + back[0], foot[0] + back[0] + along[0], foot[0] + along[0]],
                                 [foot[1] + back[1], foot[1] + back[1] + along[1], foot[1] + along[1]])
        else:
            self.square.set_data([], [])
        normal = (-math.cos(angle), math.sin(angle))  # away from the line of action, on the axis's side
        self.arm_text.set_position((foot[0] / 2 + 0.06 * normal[0], foot[1] / 2 + 0.06 * normal[1]))
        self.arm_text.set_horizontalalignment("right" if normal[0] < -0.3 else "left" if normal[0] > 0.3 else "center")
        self.arm_text.set_text(f"d = {number_text(d, self.lang)} {self._unit_m}")
        share = min(result["M_now"] / result["M_set"], 1.0)
        self.turn.set_linewidth(1 + 3 * share)
        self.turn.set_alpha(0.25 + 0.75 * share)
        self.moment_text.set_text(f"M = {number_text(result['M_now'], self.lang)} {self._unit_Nm}")
        self.click_text.set_text(self._click_word if result["clicked"] and d > 0 else "")
        needed = result["M_set"] / (self.lengths * math.sin(angle)) if angle > 0 else np.full_like(self.lengths, np.inf)
        self.curve.set_data(self.lengths, np.minimum(needed, self.F_MAX * 2))
        self.click_point.set_data([L], [min(result["F_click"], self.F_MAX * 2)])
        self.you.set_data([L], [result["F_now"]])


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("M", "==", SPEC_TORQUE, UNITS["Nm"], LABELS["M-spec"], rtol=WRENCH_ACCURACY),
         Requirement("F", "<=", MAX_FORCE, UNITS["N"], LABELS["F-spec"]),
         Requirement("L", "<=", MAX_LENGTH, UNITS["m"], LABELS["L-spec"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""A wheel nut tightened to 110 N·m (±4 %, the wrench's accuracy) with a push of at most 250 N on a wrench at most
0.5 m long."""


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"L": ..., "F": ..., "angle": ...}`` (the lab and the hidden test use this):
    the wrench set to the service sheet's 110 N·m and the whole push applied."""
    return wrench(design["L"], design["F"], design.get("angle", 90.0), SPEC_TORQUE, 100.0)


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The torque-wrench lab: the wheel with the wrench on a nut, the push as an arrow with its lever arm and the
    moment, beside the force the set torque needs for each length of wrench.

    Sliders for the wrench's length, the push, its angle to the handle and the torque set on the wrench, and a Play
    button that makes the push grow until the wrench clicks. ``task="wheel-nuts"`` poses the design task
    :data:`DESIGN_SPEC` (the wrench is then set to 110 N·m) with a Check button; ``start`` sets the controls from a
    design dictionary.
    """
    from ..i18n import pick
    from .core import Animation, Lab, Slider

    controls = [
        Slider("L", LABELS["L"], min=0.15, max=0.8, step=0.01, value=0.3, unit=pick(UNITS["m"])),
        Slider("F", LABELS["F"], min=0, max=400, step=5, value=200, unit=pick(UNITS["N"])),
        Slider("angle", LABELS["angle"], min=0, max=180, step=5, value=90, unit="°"),
    ]
    pull = Animation("pull", LABELS["pull"], min=0, max=100, step=5, value=100, interval_ms=120, unit="%")
    if task is None:
        controls.append(Slider("M_set", LABELS["M_set"], min=40, max=200, step=5, value=SPEC_TORQUE,
                               unit=pick(UNITS["Nm"])))
        return Lab(model=wrench, controls=[*controls, pull], readout_html=readout_html, plot=WrenchPlot,
                   title=LABELS["title"], start=start)
    if task != "wheel-nuts":
        raise ValueError(f"unknown task {task!r}: the wheel-nuts lab poses 'wheel-nuts'")
    return Lab(model=lambda L, F, angle, pull: wrench(L, F, angle, SPEC_TORQUE, pull), controls=[*controls, pull],
               readout_html=readout_html, plot=WrenchPlot, title=LABELS["title"], spec=DESIGN_SPEC, start=start)


__all__ = [
    "DESIGN_SPEC", "G", "MAX_FORCE", "MAX_LENGTH", "SPEC_TORQUE", "WRENCH_ACCURACY", "design_result", "force_needed",
    "hand_path", "lever_arm", "make_lab", "moment", "readout_html", "shortest_arm", "shortest_wrench", "weight",
    "work", "wrench",
]
