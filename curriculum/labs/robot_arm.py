"""A two-link planar welding robot arm: forward and inverse kinematics, and the reachable ring.

The model of module ``math-10-robot-arm``.  The robot's base (shoulder joint) stands at the
origin; link 1 (length ``L1``) turns about the base by the angle ``theta1`` measured from the
x-axis, link 2 (length ``L2``) turns about the elbow by ``theta2`` measured from the direction of
link 1 (counter-clockwise positive).  The welding tool sits at the end of link 2.

Forward kinematics (angles -> tool position)::

    x = L1*cos(theta1) + L2*cos(theta1 + theta2)
    y = L1*sin(theta1) + L2*sin(theta1 + theta2)

Reachable targets: the tool reaches exactly the points whose distance ``r = sqrt(x**2 + y**2)``
from the base satisfies ``|L1 - L2| <= r <= L1 + L2`` (a ring, the "annulus").

Inverse kinematics (tool position -> angles) by the law of cosines in the triangle base-elbow-tool
with sides ``L1``, ``L2`` and ``r``::

    cos(theta2) = (x**2 + y**2 - L1**2 - L2**2) / (2*L1*L2)
    cos(alpha)  = (L1**2 + r**2 - L2**2) / (2*L1*r)        (alpha: angle at the base)
    phi = atan2(y, x)                                       (direction of the target)
    elbow up:   theta1 = phi + alpha,  theta2 = -acos(cos(theta2))
    elbow down: theta1 = phi - alpha,  theta2 = +acos(cos(theta2))

"Elbow up" here means ``theta2 <= 0``: link 2 bends clockwise, so for a tool in front of the robot
(x > 0) the elbow lies above the line from the base to the tool.  The two solutions are mirror
images of the triangle in that line; they coincide on the boundary of the ring (arm stretched,
``theta2 = 0``, or folded, ``theta2 = 180°``).

Units: lengths in millimetres (mm, as in robot drawings; 1 mm = 0.001 m, the SI metre's
thousandth), though the formulas work in any one length unit; angles in degrees unless a
function's name ends in ``_rad``.  Angles returned are in the range (-180°, 180°].

The model uses plain floats and no widgets, so hidden tests and the lab compute with the same
code; ``make_lab()`` imports ipywidgets and matplotlib only when called.

>>> [round(v, 2) for v in forward(30, 45, 800, 600)]
[848.11, 979.56]
>>> reachable(1000, 500, 800, 600)
True
>>> [round(a, 2) for a in ik(1000, 500, 800, 600)]
[57.77, -74.91]
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from .core import Plot, nice_ceiling, set_limits

L1_DEFAULT = 800.0
"""Length of link 1 (upper arm) in mm used by the tasks and the lab."""
L2_DEFAULT = 600.0
"""Length of link 2 (forearm with the welding gun) in mm.

A planar simplification of a compact welding robot: 800 + 600 = 1400 mm of reach, about the
horizontal reach of typical arc-welding robots (for example FANUC ARC Mate 100iD, 1441 mm;
Yaskawa Motoman AR1440, 1440 mm).  Large spot-welding robots reach about 2.5-2.7 m.
"""

WELD_SPOT = (900.0, 700.0)
"""The design task's weld spot (x, y) in mm, in the plane of the arm."""
TOLERANCE_MM = 2.0
"""The design task's tolerance: the tool must be within 2 mm of the weld spot (a school tolerance)."""
BODY_PART = (500.0, 200.0, 1300.0, 700.0)
"""The car body part of the design task, ``(x_min, y_min, x_max, y_max)`` in mm: it lies below the arm, the weld
spot on its upper edge. The elbow-up pose reaches the spot clear of it; the elbow-down pose runs link 2 through it."""

_EPS = 1e-9


def wrap_deg(angle: float) -> float:
    """The same direction as ``angle`` (degrees), written in the range (-180°, 180°]: ``wrap_deg(200) == -160``."""
    return 180.0 - (180.0 - float(angle)) % 360.0


def forward_rad(theta1: float, theta2: float, L1: float, L2: float) -> tuple[float, float]:
    """Tool position ``(x, y)`` (same length unit as ``L1``, ``L2``) for joint angles in radians."""
    return (L1 * math.cos(theta1) + L2 * math.cos(theta1 + theta2),
            L1 * math.sin(theta1) + L2 * math.sin(theta1 + theta2))


def forward(theta1: float, theta2: float, L1: float, L2: float) -> tuple[float, float]:
    """Tool position ``(x, y)`` in mm for joint angles in degrees and link lengths in mm.

    ``forward(30, 45, 800, 600)`` is about ``(848.1, 979.6)``.
    """
    return forward_rad(math.radians(theta1), math.radians(theta2), L1, L2)


def elbow(theta1: float, L1: float) -> tuple[float, float]:
    """Position of the elbow joint ``(x, y)`` in mm for ``theta1`` in degrees."""
    return L1 * math.cos(math.radians(theta1)), L1 * math.sin(math.radians(theta1))


def reach_limits(L1: float, L2: float) -> tuple[float, float]:
    """Inner and outer radius (mm) of the ring the tool can reach: ``(|L1 - L2|, L1 + L2)``."""
    return abs(L1 - L2), L1 + L2


def reachable(x: float, y: float, L1: float, L2: float) -> bool:
    """Whether the tool can reach the point ``(x, y)``: ``|L1 - L2| <= r <= L1 + L2`` with ``r = sqrt(x² + y²)``.

    Points on both boundary circles count as reachable (the arm folded or stretched).
    """
    r = math.hypot(x, y)
    r_min, r_max = reach_limits(L1, L2)
    slack = _EPS * max(1.0, r_max)
    return bool(r_min - slack <= r <= r_max + slack)


def cos_theta2(x: float, y: float, L1: float, L2: float) -> float:
    """``cos(theta2) = (x² + y² - L1² - L2²) / (2·L1·L2)``: from the law of cosines in the triangle base-elbow-tool."""
    return (x * x + y * y - L1 * L1 - L2 * L2) / (2.0 * L1 * L2)


def _clamp(c: float) -> float:
    return max(-1.0, min(1.0, c))


def ik_rad(x: float, y: float, L1: float, L2: float, elbow: str = "up") -> tuple[float, float]:
    """Joint angles ``(theta1, theta2)`` in radians that put the tool at ``(x, y)``.

    ``elbow="up"`` gives the solution with ``theta2 <= 0``, ``elbow="down"`` the one with
    ``theta2 >= 0``.  Raises ``ValueError`` if the point is out of reach, or if it is the base
    itself (``r = 0`` when ``L1 = L2``: then every ``theta1`` works).
    """
    if elbow not in ("up", "down"):
        raise ValueError(f"elbow must be 'up' or 'down', got {elbow!r}")
    if not reachable(x, y, L1, L2):
        raise ValueError(f"the point ({x}, {y}) is out of reach of links {L1} and {L2}")
    r = math.hypot(x, y)
    if r <= _EPS * max(1.0, L1 + L2):
        raise ValueError("the target is the base itself: every theta1 works")
    gamma2 = math.acos(_clamp(cos_theta2(x, y, L1, L2)))  # |theta2|
    alpha = math.acos(_clamp((L1 * L1 + r * r - L2 * L2) / (2.0 * L1 * r)))  # angle at the base
    phi = math.atan2(y, x)
    if elbow == "up":
        theta1, theta2 = phi + alpha, -gamma2
    else:
        theta1, theta2 = phi - alpha, gamma2
    return (math.radians(wrap_deg(math.degrees(theta1))), math.radians(wrap_deg(math.degrees(theta2))))


def ik(x: float, y: float, L1: float, L2: float, elbow: str = "up") -> tuple[float, float]:
    """Joint angles ``(theta1, theta2)`` in degrees, each in (-180°, 180°], that put the tool at ``(x, y)``.

    By default the elbow-up solution (``theta2 <= 0``); ``elbow="down"`` gives the other one.
    ``ik(1000, 500, 800, 600)`` is about ``(57.77, -74.90)``; raises ``ValueError`` out of reach.
    """
    t1, t2 = ik_rad(x, y, L1, L2, elbow)
    return wrap_deg(math.degrees(t1)), wrap_deg(math.degrees(t2))


def arm_hits(theta1: float, theta2: float, L1: float, L2: float,
             box: tuple[float, float, float, float] = BODY_PART, margin: float = TOLERANCE_MM) -> bool:
    """Whether a link of the arm at these angles (degrees) passes through the inside of ``box`` (mm).

    The tool may touch the box's surface (that is where it welds): points within ``margin`` of the edge count as
    outside. The links are checked at every millimetre along them.
    """
    x0, y0, x1, y1 = box
    ex, ey = elbow(theta1, L1)
    tx, ty = forward(theta1, theta2, L1, L2)
    for (ax, ay), (bx, by), length in (((0.0, 0.0), (ex, ey), L1), ((ex, ey), (tx, ty), L2)):
        steps = max(1, int(math.ceil(abs(length))))
        for i in range(steps + 1):
            px, py = ax + (bx - ax) * i / steps, ay + (by - ay) * i / steps
            if x0 + margin < px < x1 - margin and y0 + margin < py < y1 - margin:
                return True
    return False


def pose(theta1: float, theta2: float, L1: float, L2: float, target_x: float, target_y: float) -> dict[str, Any]:
    """Everything the lab shows for one setting: positions in mm, distances in mm, angles in degrees."""
    ex, ey = elbow(theta1, L1)
    x, y = forward(theta1, theta2, L1, L2)
    r_min, r_max = reach_limits(L1, L2)
    ok = reachable(target_x, target_y, L1, L2)
    solutions = {}
    if ok:
        try:
            solutions = {e: ik(target_x, target_y, L1, L2, e) for e in ("up", "down")}
        except ValueError:
            solutions = {}
    return {"theta1": float(theta1), "theta2": float(theta2), "L1": float(L1), "L2": float(L2),
            "elbow_x": ex, "elbow_y": ey, "x": x, "y": y, "target_x": float(target_x), "target_y": float(target_y),
            "error": math.hypot(x - target_x, y - target_y), "r_target": math.hypot(target_x, target_y),
            "r_min": r_min, "r_max": r_max, "reachable": ok, "solutions": solutions,
            "elbow_up": 1.0 if wrap_deg(theta2) <= 0 else 0.0}


# -- the lab --------------------------------------------------------------------------------

TITLE = {"kk": "Дәнекерлеу роботы: құралды дәнекерлеу нүктесіне жеткізу",
         "ru": "Сварочный робот: привести инструмент в сварочную точку",
         "en": "Welding robot: bring the tool to the weld spot"}
LABELS = {
    "theta1": {"kk": "Иық бұрышы θ1", "ru": "Угол плеча θ1", "en": "Shoulder angle θ1"},
    "theta2": {"kk": "Шынтақ бұрышы θ2", "ru": "Угол локтя θ2", "en": "Elbow angle θ2"},
    "L1": {"kk": "1-буын ұзындығы L1", "ru": "Длина звена 1, L1", "en": "Link 1 length L1"},
    "L2": {"kk": "2-буын ұзындығы L2", "ru": "Длина звена 2, L2", "en": "Link 2 length L2"},
    "target_x": {"kk": "Дәнекерлеу нүктесі x", "ru": "Сварочная точка x", "en": "Weld spot x"},
    "target_y": {"kk": "Дәнекерлеу нүктесі y", "ru": "Сварочная точка y", "en": "Weld spot y"},
    "tool": {"kk": "Құрал орны (x; y)", "ru": "Положение инструмента (x; y)", "en": "Tool position (x, y)"},
    "error": {"kk": "Құралдан дәнекерлеу нүктесіне дейінгі қашықтық", "ru": "Расстояние от инструмента до сварочной точки",
              "en": "Distance from the tool to the weld spot"},
    "r_target": {"kk": "Нүктенің негізден қашықтығы r", "ru": "Расстояние точки от основания r",
                 "en": "Distance of the spot from the base r"},
    "ring": {"kk": "Жұмыс аймағы: r_min ≤ r ≤ r_max", "ru": "Рабочая зона: r_min ≤ r ≤ r_max",
             "en": "Workspace: r_min ≤ r ≤ r_max"},
    "reach_yes": {"kk": "Нүктеге жетуге болады", "ru": "Точка достижима", "en": "The spot is reachable"},
    "reach_no": {"kk": "Нүктеге жету мүмкін емес", "ru": "Точка недостижима", "en": "The spot is out of reach"},
    "elbow_state": {"kk": "Шынтақ", "ru": "Локоть", "en": "Elbow"},
    "up": {"kk": "жоғары (θ2 ≤ 0)", "ru": "вверх (θ2 ≤ 0)", "en": "up (θ2 ≤ 0)"},
    "down": {"kk": "төмен (θ2 > 0)", "ru": "вниз (θ2 > 0)", "en": "down (θ2 > 0)"},
    "ghost_up": {"kk": "Шешім: шынтақ жоғары", "ru": "Решение: локоть вверх", "en": "Solution: elbow up"},
    "ghost_down": {"kk": "Шешім: шынтақ төмен", "ru": "Решение: локоть вниз", "en": "Solution: elbow down"},
    "arm": {"kk": "Робот қолы", "ru": "Рука робота", "en": "Robot arm"},
    "spot": {"kk": "Дәнекерлеу нүктесі", "ru": "Сварочная точка", "en": "Weld spot"},
    "part": {"kk": "Кузов бөлшегі", "ru": "Деталь кузова", "en": "Car body part"},
    "clearance": {"kk": "Қол мен кузов бөлшегі", "ru": "Рука и деталь кузова", "en": "Arm and body part"},
    "clear": {"kk": "соғылмайды", "ru": "не задевает", "en": "clear"},
    "hits": {"kk": "буын бөлшекке соғылады", "ru": "звено задевает деталь", "en": "a link hits the part"},
    "workspace": {"kk": "Жұмыс аймағы", "ru": "Рабочая зона", "en": "Workspace"},
    "axis_x": {"kk": "x, мм", "ru": "x, мм", "en": "x, mm"},
    "axis_y": {"kk": "y, мм", "ru": "y, мм", "en": "y, mm"},
    "theta2_req": {"kk": "Шынтақ бұрышы θ2 (шынтақ жоғары: θ2 < 0)", "ru": "Угол локтя θ2 (локоть вверх: θ2 < 0)",
                   "en": "Elbow angle θ2 (elbow up: θ2 < 0)"},
}
UNITS = {
    "mm": {"kk": "мм", "ru": "мм", "en": "mm"},
    "deg": {"kk": "°", "ru": "°", "en": "°"},
}


def _readout_html(result: Mapping[str, Any]) -> str:
    from ..i18n import pick
    from ..numbers import format_number

    mm = pick(UNITS["mm"])
    sep = pick({"kk": "; ", "ru": "; ", "en": ", "})  # kk/ru write coordinates (x; y): the comma is decimal

    def row(key: str, value: str, bold: bool = False) -> str:
        cell = f"<b>{value}</b>" if bold else value
        return f"<tr><td style='padding-right:1em'>{pick(LABELS[key])}</td><td>{cell}</td></tr>"

    reach = pick(LABELS["reach_yes" if result["reachable"] else "reach_no"])
    colour = "#1a7f37" if result["reachable"] else "#cf222e"
    rows = [
        row("tool", f"({format_number(result['x'], 4)}{sep}{format_number(result['y'], 4)}) {mm}", bold=True),
        row("error", f"{format_number(result['error'], 3)} {mm}", bold=True),
        row("elbow_state", pick(LABELS["up" if result["elbow_up"] else "down"])),
        row("r_target", f"{format_number(result['r_target'], 4)} {mm}"),
        row("ring", f"{format_number(result['r_min'], 3)} {mm} ≤ r ≤ {format_number(result['r_max'], 3)} {mm}"),
    ]
    if "hits_part" in result:  # the design task: does the arm clear the car body part?
        hit = result["hits_part"]
        state = f"<span style='color:{'#cf222e' if hit else '#1a7f37'}'>{pick(LABELS['hits' if hit else 'clear'])}</span>"
        rows.append(row("clearance", state, bold=True))
    status = f"<tr><td colspan='2' style='color:{colour}'>{reach}</td></tr>"
    return "<table class='robot-arm-readout'>" + "".join(rows) + status + "</table>"


class RobotArmPlot(Plot):
    """The workspace ring, the arm (links, joints, tool), the weld spot and the inverse-kinematics solutions."""

    size = (5.6, 5.0)
    margins = (0.85, 0.2, 0.55, 0.15)
    ticks = 8  # a tick every 500 mm at the usual reach

    def __init__(self, show_solutions: bool = True, part: tuple[float, float, float, float] | None = None) -> None:
        self.show_solutions = show_solutions
        self.part = part
        super().__init__()

    def build(self, figure: Any) -> None:
        import numpy as np

        from ..i18n import pick

        ax = self.ax = figure.add_subplot()
        t = np.linspace(0.0, 2 * np.pi, 241)
        self.circle = np.cos(t), np.sin(t)
        self.ring = ax.fill([0.0], [0.0], color="#c6dbef", alpha=0.6, label=pick(LABELS["workspace"]))[0]
        self.body = None
        if self.part is not None:  # the car body part below the weld spot (static)
            from matplotlib.patches import Rectangle

            x0, y0, x1, y1 = self.part
            self.body = ax.add_patch(Rectangle((x0, y0), x1 - x0, y1 - y0, facecolor="#bdbdbd", edgecolor="#525252",
                                               hatch="//", lw=1, label=pick(LABELS["part"])))
        self.outer = ax.plot([], [], color="#6baed6", lw=1)[0]
        self.inner = ax.plot([], [], color="#6baed6", lw=1)[0]
        self.ghosts = {}
        if self.show_solutions:
            for key, style in (("up", "--"), ("down", ":")):
                self.ghosts[key] = self.dynamic(ax.plot([], [], style, color="#756bb1", lw=1.5,
                                                        label=pick(LABELS["ghost_" + key]))[0])
        self.arm = self.dynamic(ax.plot([], [], "-", color="#e6550d", lw=5, solid_capstyle="round",
                                        label=pick(LABELS["arm"]))[0])
        self.joints = self.dynamic(ax.plot([], [], "o", color="#252525", ms=9)[0])
        self.tool = self.dynamic(ax.plot([], [], "s", color="#252525", ms=6)[0])
        self.spot = self.dynamic(ax.plot([], [], "x", color="#cf222e", ms=12, mew=3, label=pick(LABELS["spot"]))[0])
        ax.set_aspect("equal")
        ax.set_xlabel(pick(LABELS["axis_x"]))
        ax.set_ylabel(pick(LABELS["axis_y"]))
        ax.grid(alpha=0.3)
        self.shown: tuple[str, ...] | None = None

    def update(self, result: Mapping[str, Any]) -> None:
        import numpy as np

        r_min, r_max = result["r_min"], result["r_max"]
        if tuple(self.outer.get_xdata()[:1]) != (r_max,) or tuple(self.inner.get_xdata()[:1]) != (r_min,):
            cos, sin = self.circle  # static: drawn again only when a link length changes
            self.ring.set_xy(np.column_stack([np.concatenate([r_max * cos, r_min * cos[::-1]]),
                                              np.concatenate([r_max * sin, r_min * sin[::-1]])]))
            self.outer.set_data(r_max * cos, r_max * sin)
            self.inner.set_data(r_min * cos, r_min * sin)
        for key, ghost in self.ghosts.items():
            solution = result["solutions"].get(key)
            ghost.set_visible(solution is not None)
            if solution is not None:
                a1, a2 = solution
                ex, ey = elbow(a1, result["L1"])
                tx, ty = forward(a1, a2, result["L1"], result["L2"])
                ghost.set_data([0, ex, tx], [0, ey, ty])
        self.arm.set_data([0, result["elbow_x"], result["x"]], [0, result["elbow_y"], result["y"]])
        self.joints.set_data([0, result["elbow_x"]], [0, result["elbow_y"]])
        self.tool.set_data([result["x"]], [result["y"]])
        self.spot.set_data([result["target_x"]], [result["target_y"]])
        shown = tuple(key for key in self.ghosts if key in result["solutions"])
        if shown != self.shown:  # the legend names only the solutions drawn
            self.shown = shown
            handles = [self.ring, *(self.ghosts[key] for key in shown), self.arm, self.spot,
                       *([self.body] if self.body is not None else [])]
            self.legend(self.ax, handles, loc="lower left", fontsize=7)
        lim = nice_ceiling(max(r_max, abs(result["target_x"]), abs(result["target_y"])) * 1.1)
        set_limits(self.ax, x=(-lim, lim), y=(-lim, lim))


# -- the design task: reach the weld spot within 2 mm with the elbow up ------------------------

def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    x, y = WELD_SPOT
    return Spec(
        (Requirement("error", "<=", TOLERANCE_MM, UNITS["mm"], LABELS["error"]),
         Requirement("theta2", "<", 0.0, "°", LABELS["theta2_req"])),
        title={"kk": f"Тапсырма: құралды ({x:.0f}; {y:.0f}) мм дәнекерлеу нүктесіне 2 мм-ден жақын әкеліңіз, шынтақ жоғары",
               "ru": f"Задание: подведите инструмент к сварочной точке ({x:.0f}; {y:.0f}) мм ближе чем на 2 мм, локоть вверх",
               "en": f"Task: bring the tool within 2 mm of the weld spot ({x:.0f}, {y:.0f}) mm with the elbow up"},
    )


DESIGN_SPEC = _design_spec()
"""Tool within 2 mm of :data:`WELD_SPOT`, elbow up (``theta2 < 0``), links 800 mm and 600 mm."""
SPEC = DESIGN_SPEC


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"theta1": ..., "theta2": ...}`` (degrees) for the task's arm and weld spot,
    with ``hits_part``: whether a link passes through the car body part :data:`BODY_PART` (shown, not a requirement:
    the elbow-up requirement keeps the arm clear of it).

    The lab's Check button and the hidden test both use this.
    """
    theta1, theta2 = float(design["theta1"]), float(design["theta2"])
    result = pose(theta1, theta2, L1_DEFAULT, L2_DEFAULT, *WELD_SPOT)
    result["hits_part"] = arm_hits(theta1, theta2, L1_DEFAULT, L2_DEFAULT)
    return result


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The lab: joint angles θ1, θ2 (degrees), link lengths and the weld spot (mm); a drawing of the arm.

    ``task="weld-2mm"`` poses the design task :data:`DESIGN_SPEC` (links 800 mm and 600 mm, the weld
    spot :data:`WELD_SPOT` fixed on the car body part :data:`BODY_PART`, drawn below the arm; only the angles
    move, in steps of 0.1°) with a Check button;
    ``start`` sets the controls from a design dictionary.  Returns a :class:`curriculum.labs.Lab`.
    """
    from ..i18n import pick
    from .core import Lab, Slider

    deg, mm = pick(UNITS["deg"]), pick(UNITS["mm"])
    if task is None:
        controls = [
            Slider("theta1", LABELS["theta1"], -180.0, 180.0, 1.0, 20.0, unit=deg),
            Slider("theta2", LABELS["theta2"], -180.0, 180.0, 1.0, 90.0, unit=deg),
            Slider("L1", LABELS["L1"], 200.0, 1200.0, 10.0, L1_DEFAULT, unit=mm),
            Slider("L2", LABELS["L2"], 200.0, 1200.0, 10.0, L2_DEFAULT, unit=mm),
            Slider("target_x", LABELS["target_x"], -2000.0, 2000.0, 10.0, 1200.0, unit=mm),
            Slider("target_y", LABELS["target_y"], -2000.0, 2000.0, 10.0, 300.0, unit=mm),
        ]
        return Lab(model=pose, controls=controls, readout_html=_readout_html, plot=RobotArmPlot, title=TITLE,
                   start=start)
    if task != "weld-2mm":
        raise ValueError(f"unknown task {task!r}: the robot-arm lab poses 'weld-2mm'")
    controls = [
        Slider("theta1", LABELS["theta1"], -180.0, 180.0, 0.1, 0.0, unit=deg),
        Slider("theta2", LABELS["theta2"], -180.0, 180.0, 0.1, 0.0, unit=deg),
    ]
    return Lab(model=lambda theta1, theta2: design_result({"theta1": theta1, "theta2": theta2}), controls=controls,
               readout_html=_readout_html, plot=lambda: RobotArmPlot(show_solutions=False, part=BODY_PART), title=TITLE,
               spec=DESIGN_SPEC, start=start)


__all__ = [
    "BODY_PART", "DESIGN_SPEC", "L1_DEFAULT", "L2_DEFAULT", "SPEC", "TOLERANCE_MM", "WELD_SPOT", "cos_theta2", "design_result",
    "arm_hits", "elbow", "forward", "forward_rad", "ik", "ik_rad", "make_lab", "pose", "reach_limits", "reachable", "wrap_deg",
]
