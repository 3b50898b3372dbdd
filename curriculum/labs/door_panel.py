"""Paint for a door panel: the area of a polygon of measured points and the length of its sides.

The model of module ``math-08-door-panel`` (areas of polygons and the Pythagorean theorem on coordinates, geometry
8). An inspector measures the corner points of a door's outer panel in millimetres, in order around the panel. The
model gives

* the length of a side from its ends' coordinates by the Pythagorean theorem, ``sqrt((x2 - x1)² + (y2 - y1)²)``,
  and the panel's perimeter (the length of its hemmed edge);
* the panel's area by the **shoelace formula** ``S = |Σ (x_i y_(i+1) - x_(i+1) y_i)| / 2`` (the last point joined
  to the first), which is also the sum of the signed trapezoids between each side and the x-axis
  (:func:`trapezoids`: the sides along the top add, the sides along the bottom take away);
* the paint: a wet film ``t`` micrometres thick on ``S`` square metres holds ``S · t`` millilitres
  (1 m² · 1 µm = 1 cm³ = 1 mL), and a robot that lands a share ``η`` of what it sprays on the panel (its transfer
  efficiency) sprays ``S · t / η``.

The panels' points, the film and the transfer efficiency are fictional but plausible (``module.yml`` gives the
sources of the typical values). Plain Python without widgets: the lessons, the lab and the hidden tests compute
with these functions.

>>> polygon_area(FRONT_DOOR)
598200.0
>>> [distance(p, q) for p, q in sides(FRONT_DOOR)]
[900.0, 170.0, 440.0, 960.0, 370.0, 260.0]
>>> round(film_ml(598200 / 1e6, 80), 3), round(sprayed_ml(598200 / 1e6, 80, 0.7), 2)
(47.856, 68.37)
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from ..i18n import _
from . import inputs
from .core import Plot, nice_ceiling, set_limits

Point = tuple[float, float]

FRONT_DOOR: tuple[Point, ...] = ((100, 0), (1000, 0), (1080, 150), (1080, 590), (120, 590), (0, 240))
"""The lessons' panel: the outer panel of a front door below the window, measured points A-F in mm (fictional)."""
REAR_DOOR: tuple[Point, ...] = ((0, 0), (700, 0), (900, 210), (900, 480), (780, 640), (0, 640))
"""The assignment's panel: the outer panel of a rear door, its rear edge cut for the wheel arch (fictional)."""
PLATE: tuple[Point, ...] = ((0, 0), (400, 0), (300, 200), (0, 200))
"""Lesson 2's first example: a reinforcement plate, a trapezoid P, Q, R, S in mm."""

FRAME = (0, 0, 1200, 700)
"""Where the lab's vertices may go (mm): x from 0 to 1200, y from 0 to 700."""
STEP = 10
"""A dragged vertex snaps to 10 mm; an arrow key moves it 10 mm."""

# -- the model ---------------------------------------------------------------------------------------------


def point(value: Any, name: str | None = None) -> Point:
    """``value`` as a point ``(x, y)`` of two finite numbers, else a ``ValueError`` that names it (in the course
    language: students call these functions)."""
    name = name or _("a point")
    try:
        x, y = value
    except (TypeError, ValueError):
        raise ValueError(_("{name} must be a pair of numbers (x, y), got {value}", name=name, value=repr(value))) from None
    return (inputs.number(_("the x of {name}", name=name), x), inputs.number(_("the y of {name}", name=name), y))


def polygon(points: Any) -> list[Point]:
    """``points`` as a polygon: at least three points ``(x, y)`` in order around it, else a clear ``ValueError``."""
    if isinstance(points, (str, bytes)) or not isinstance(points, Sequence):
        raise ValueError(_("a polygon is a list of points [(x, y), ...] in order around it, got {value}",
                           value=repr(points)))
    if len(points) < 3:
        raise ValueError(_("a polygon needs at least three points, got {count}", count=len(points)))
    return [point(p, _("point {number}", number=i + 1)) for i, p in enumerate(points)]


def distance(p: Any, q: Any) -> float:
    """The distance between two points by the Pythagorean theorem: ``sqrt((x2 - x1)² + (y2 - y1)²)``."""
    (x1, y1), (x2, y2) = point(p, _("the first point")), point(q, _("the second point"))
    return math.hypot(x2 - x1, y2 - y1)


def sides(points: Any) -> list[tuple[Point, Point]]:
    """The sides of the polygon as pairs of points, the last point joined to the first."""
    ps = polygon(points)
    return [(ps[i], ps[(i + 1) % len(ps)]) for i in range(len(ps))]


def side_lengths(points: Any) -> list[float]:
    """The length of each side (AB, BC, ..., and the closing side back to the first point)."""
    return [distance(p, q) for p, q in sides(points)]


def perimeter(points: Any) -> float:
    """The sum of the sides' lengths."""
    return math.fsum(side_lengths(points))


def shoelace_terms(points: Any) -> list[float]:
    """The shoelace formula's terms ``x_i y_(i+1) - x_(i+1) y_i``, one per side (twice a signed triangle's area)."""
    return [p[0] * q[1] - q[0] * p[1] for p, q in sides(points)]


def signed_area(points: Any) -> float:
    """Half the sum of the shoelace terms: positive when the points go anticlockwise, negative when clockwise."""
    return math.fsum(shoelace_terms(points)) / 2


def polygon_area(points: Any) -> float:
    """The area of a polygon whose sides do not cross, from its vertices in order (either way round): the shoelace
    formula ``|Σ (x_i y_(i+1) - x_(i+1) y_i)| / 2``."""
    return abs(signed_area(points))


def trapezoids(points: Any) -> list[float]:
    """The signed area of the trapezoid between each side and the x-axis, ``(x_i - x_(i+1)) (y_i + y_(i+1)) / 2``.

    Their sum is :func:`signed_area`: with the points anticlockwise, a side going left (along the top) adds the
    area under it, a side going right (along the bottom) takes the area under it away.
    """
    return [(p[0] - q[0]) * (p[1] + q[1]) / 2 for p, q in sides(points)]


def _orientation(a: Point, b: Point, c: Point) -> float:
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def _on_segment(a: Point, b: Point, c: Point) -> bool:
    """``c`` (collinear with ``a``, ``b``) lies on the segment ``ab``."""
    return min(a[0], b[0]) <= c[0] <= max(a[0], b[0]) and min(a[1], b[1]) <= c[1] <= max(a[1], b[1])


def segments_meet(a: Point, b: Point, c: Point, d: Point) -> bool:
    """The segments ``ab`` and ``cd`` cross or touch."""
    o1, o2, o3, o4 = _orientation(a, b, c), _orientation(a, b, d), _orientation(c, d, a), _orientation(c, d, b)
    if o1 * o2 < 0 and o3 * o4 < 0:
        return True
    return ((o1 == 0 and _on_segment(a, b, c)) or (o2 == 0 and _on_segment(a, b, d))
            or (o3 == 0 and _on_segment(c, d, a)) or (o4 == 0 and _on_segment(c, d, b)))


def crossings(points: Any) -> int:
    """How many pairs of sides cross or touch where they should not: sides that are not neighbours meeting anywhere,
    or neighbours folding back over each other, or a side of no length. 0 for a panel's outline."""
    edges = sides(points)
    n, count = len(edges), 0
    for i in range(n):
        a, b = edges[i]
        if a == b:
            count += 1
            continue
        for j in range(i + 1, n):
            c, d = edges[j]
            if j == i + 1 or (i == 0 and j == n - 1):  # neighbours share a vertex: they meet only there
                shared, other = (b, d) if j == i + 1 else (a, c)
                far = a if j == i + 1 else b
                if _orientation(far, shared, other) == 0 and (
                        _on_segment(far, shared, other) or _on_segment(shared, other, far)):
                    count += 1  # folded back along the same line
                continue
            if segments_meet(a, b, c, d):
                count += 1
    return count


def film_ml(area_m2: float, film_um: float) -> float:
    """Millilitres of paint in a film ``film_um`` micrometres thick on ``area_m2`` square metres (1 m² · 1 µm = 1 mL)."""
    return inputs.number("area_m2", area_m2, minimum=0) * inputs.number("film_um", film_um, minimum=0)


def sprayed_ml(area_m2: float, film_um: float, efficiency: float) -> float:
    """Millilitres a robot sprays to lay that film when a share ``efficiency`` (0 < η ≤ 1) of it lands on the panel."""
    eta = inputs.number("efficiency", efficiency)
    if not 0 < eta <= 1:
        raise ValueError(_("the transfer efficiency is a share between 0 and 1 (0.7 for 70 %), got {value}",
                           value=repr(efficiency)))
    return film_ml(area_m2, film_um) / eta


def panel(points: Any, film: float = 80, efficiency: float = 70) -> dict[str, Any]:
    """What the lab shows of a panel (points in mm, the film in µm, the transfer efficiency in %): its sides, their
    lengths, perimeter, area, shoelace terms, trapezoids, the paint in the film and the paint sprayed."""
    ps = polygon(points)
    lengths = side_lengths(ps)
    area_mm2 = polygon_area(ps)
    area_m2 = area_mm2 / 1e6
    return {"points": ps, "sides": sides(ps), "lengths": lengths, "perimeter_mm": math.fsum(lengths),
            "area_mm2": area_mm2, "area_m2": area_m2, "signed_mm2": signed_area(ps), "terms": shoelace_terms(ps),
            "trapezoids": trapezoids(ps), "crossings": crossings(ps), "film_um": float(film),
            "efficiency": float(efficiency), "film_ml": film_ml(area_m2, film),
            "sprayed_ml": sprayed_ml(area_m2, film, efficiency / 100)}


# -- the design task: the front door of the compact model ----------------------------------------------------

DESIGN_FILM = 80
"""The design's wet film of clearcoat, µm."""
DESIGN_EFFICIENCY = 70
"""The design's transfer efficiency, % (an electrostatic rotary bell)."""
MIN_AREA = 0.62
"""The styling studio: the panel covers at least 0.62 m²."""
MAX_SPRAYED = 75
"""The paint shop: at most 75 mL sprayed per panel."""
MAX_EDGE = 3.3
"""The body shop's hemming robot: at most 3.3 m of edge per panel in its cycle."""


def design_result(design: Mapping[str, Any]) -> dict[str, Any]:
    """What the model says of a design ``{"points": [[x, y], ...]}`` (mm): its area (m²), the paint sprayed at the
    design's film and transfer efficiency (mL), its edge (m), crossing sides, and whether it fits the frame."""
    ps = polygon(design["points"])
    result = panel(ps, DESIGN_FILM, DESIGN_EFFICIENCY)
    x0, y0, x1, y1 = FRAME
    outside = sum(1 for x, y in ps if not (x0 <= x <= x1 and y0 <= y <= y1))
    return {"area_m2": result["area_m2"], "sprayed_ml": result["sprayed_ml"], "edge_m": result["perimeter_mm"] / 1000,
            "crossings": result["crossings"], "outside": outside}


# -- the lab's words ----------------------------------------------------------------------------------------

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Есік панелі зертханасы: аудан және бояу", "ru": "Лаборатория: площадь и краска панели двери",
              "en": "Lab: a door panel's area and paint"},
    "design-title": {"kk": "Шағын модельдің алдыңғы есігінің панелі", "ru": "Панель передней двери компактной модели",
                     "en": "The compact model's front door panel"},
    "points": {"kk": "Панельдің өлшенген нүктелері (мм): төбелерді сүйреңіз",
               "ru": "Измеренные точки панели (мм): перетаскивайте вершины",
               "en": "The panel's measured points (mm): drag the vertices"},
    "film": {"kk": "Бояу қабатының қалыңдығы", "ru": "Толщина слоя краски", "en": "Film thickness"},
    "efficiency": {"kk": "Тасымалдау коэффициенті", "ru": "Коэффициент переноса", "en": "Transfer efficiency"},
    "sides": {"kk": "Қабырғалар", "ru": "Стороны", "en": "Sides"},
    "perimeter": {"kk": "Периметр (жиек)", "ru": "Периметр (кромка)", "en": "Perimeter (edge)"},
    "area": {"kk": "Аудан", "ru": "Площадь", "en": "Area"},
    "film-ml": {"kk": "Панельдегі бояу", "ru": "Краска на панели", "en": "Paint on the panel"},
    "sprayed-ml": {"kk": "Робот шашатын бояу", "ru": "Робот распыляет краски", "en": "Paint the robot sprays"},
    "crossed": {"kk": "Қабырғалар қиылысады: бұл панель емес, аудан мағынасыз",
                "ru": "Стороны пересекаются: это не панель, площадь не имеет смысла",
                "en": "Sides cross: this is not a panel, and its area means nothing"},
    "adds": {"kk": "трапеция қосылады", "ru": "трапеция прибавляется", "en": "trapezoid added"},
    "takes": {"kk": "трапеция алынады", "ru": "трапеция вычитается", "en": "trapezoid taken away"},
    "outline": {"kk": "панель", "ru": "панель", "en": "panel"},
    "axis-x": {"kk": "x, мм", "ru": "x, мм", "en": "x, mm"},
    "axis-y": {"kk": "y, мм", "ru": "y, мм", "en": "y, mm"},
    "shoelace": {"kk": "Гаусс формуласы: трапециялар", "ru": "Формула Гаусса: трапеции",
                 "en": "The shoelace formula: trapezoids"},
    "cup": {"kk": "Бояу, мл", "ru": "Краска, мл", "en": "Paint, mL"},
    "on-panel": {"kk": "панельде", "ru": "на панели", "en": "on the panel"},
    "overspray": {"kk": "шашырап кеткені", "ru": "перераспыл", "en": "overspray"},
    "spec": {"kk": "Тапсырма: шағын модельдің алдыңғы есігінің панелі (қабат 80 мкм, тасымалдау 70 %)",
             "ru": "Задание: панель передней двери компактной модели (слой 80 мкм, перенос 70 %)",
             "en": "Task: the compact model's front door panel (film 80 µm, transfer 70 %)"},
    "req-area": {"kk": "Панель ауданы", "ru": "Площадь панели", "en": "Panel area"},
    "req-sprayed": {"kk": "Бір панельге шашылатын бояу", "ru": "Краски распыляется на панель",
                    "en": "Paint sprayed per panel"},
    "req-edge": {"kk": "Жиектің ұзындығы (периметр)", "ru": "Длина кромки (периметр)", "en": "Edge length (perimeter)"},
    "req-crossings": {"kk": "Қиылысатын қабырғалар жұбы", "ru": "Пар пересекающихся сторон",
                      "en": "Pairs of crossing sides"},
    "req-outside": {"kk": "Жақтаудан тыс нүктелер", "ru": "Точек вне рамки", "en": "Points outside the frame"},
}
UNITS: dict[str, Mapping[str, str]] = {
    "mm": {"kk": "мм", "ru": "мм", "en": "mm"},
    "m": {"kk": "м", "ru": "м", "en": "m"},
    "mm2": {"kk": "мм²", "ru": "мм²", "en": "mm²"},
    "m2": {"kk": "м²", "ru": "м²", "en": "m²"},
    "ml": {"kk": "мл", "ru": "мл", "en": "mL"},
    "um": {"kk": "мкм", "ru": "мкм", "en": "µm"},
}


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("area_m2", ">=", MIN_AREA, UNITS["m2"], LABELS["req-area"]),
         Requirement("sprayed_ml", "<=", float(MAX_SPRAYED), UNITS["ml"], LABELS["req-sprayed"]),
         Requirement("edge_m", "<=", MAX_EDGE, UNITS["m"], LABELS["req-edge"]),
         Requirement("crossings", "<=", 0.0, "", LABELS["req-crossings"]),
         Requirement("outside", "<=", 0.0, "", LABELS["req-outside"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The compact model's front door panel: at least 0.62 m²; at most 75 mL sprayed (80 µm film, 70 % transfer); at
most 3.3 m of hemmed edge; no sides crossing; every point inside the frame."""


def _text(key: str, lang: str | None = None) -> str:
    from ..i18n import pick

    return pick(LABELS[key], lang)


def _unit(key: str, lang: str | None = None) -> str:
    from ..i18n import pick

    return pick(UNITS[key], lang)


def _num(value: float, places: int, lang: str | None = None) -> str:
    from ..numbers import format_decimal

    return format_decimal(value, places, lang)


def side_label(length: float, lang: str | None = None) -> str:
    """A side's length as the editor writes it on the side: whole millimetres, ``371 мм``."""
    return f"{_num(length, 0, lang)}\u00a0{_unit('mm', lang)}"


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The lab's readout: each side's length, the perimeter, the area in mm² and m², the paint in the film and the
    paint sprayed (or, when sides cross, that the outline is no panel)."""
    names = [chr(ord("A") + i) for i in range(len(result["points"]))]
    sides_text = ", ".join(f"{names[i]}{names[(i + 1) % len(names)]} = {_num(length, 1, lang)}"
                           for i, length in enumerate(result["lengths"]))
    rows = [(_text("sides", lang) + f", {_unit('mm', lang)}", sides_text),
            (_text("perimeter", lang), f"{_num(result['perimeter_mm'], 1, lang)} {_unit('mm', lang)} = "
                                       f"{_num(result['perimeter_mm'] / 1000, 3, lang)} {_unit('m', lang)}"),
            (_text("area", lang), f"{_num(result['area_mm2'], 0, lang)} {_unit('mm2', lang)} = "
                                  f"{_num(result['area_m2'], 4, lang)} {_unit('m2', lang)}"),
            (_text("film-ml", lang) + f" ({_num(result['film_um'], 0, lang)} {_unit('um', lang)})",
             f"{_num(result['film_ml'], 1, lang)} {_unit('ml', lang)}"),
            (_text("sprayed-ml", lang) + f" ({_text('efficiency', lang).lower()} {_num(result['efficiency'], 0, lang)} %)",
             f"{_num(result['sprayed_ml'], 1, lang)} {_unit('ml', lang)}")]
    body = "".join(f"<tr><td>{name}</td><td><b>{value}</b></td></tr>" for name, value in rows)
    warning = (f"<p style='color:#b00020'><b>{_text('crossed', lang)}</b></p>" if result["crossings"] else "")
    return f"{warning}<table class='lab-door-panel'>{body}</table>"


def design_readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    return readout_html(result, lang)


# -- the picture: the shoelace formula's trapezoids beside the paint cup --------------------------------------

ADD, TAKE = "#4c9bd6", "#e4572e"


class PanelPlot(Plot):
    """The panel drawn again with the trapezoid between each side and the x-axis (blue: added, red: taken away, so
    the panel's area is blue minus red), beside a cup of the paint the robot sprays: the part that lands on the
    panel and the overspray."""

    size = (7.6, 3.3)
    margins = (0.1, 0.1, 0.1, 0.1)

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        super().__init__()

    def build(self, figure: Any) -> None:
        from matplotlib.collections import PolyCollection
        from matplotlib.patches import Patch, Rectangle

        width, height = self.size
        ax = self.ax = figure.add_axes((0.75 / width, 0.55 / height, 4.9 / width, 2.45 / height))
        ax.set_xlim(FRAME[0] - 20, FRAME[2] + 20)
        ax.set_ylim(-20, FRAME[3] + 200)
        ax.set_xlabel(_text("axis-x", self.lang), fontsize=9)
        ax.set_ylabel(_text("axis-y", self.lang), fontsize=9)
        ax.set_title(_text("shoelace", self.lang), fontsize=9)
        ax.tick_params(labelsize=8)
        ax.grid(alpha=0.25)
        self.traps = self.dynamic(ax.add_collection(PolyCollection([], linewidths=0.6, edgecolors="#555555",
                                                                   alpha=0.45)))
        self.outline = self.dynamic(ax.plot([], [], color="#1f3b57", linewidth=2.0, label=_text("outline", self.lang))[0])
        self.area_text = self.dynamic(ax.text(0.99, 0.84, "", transform=ax.transAxes, ha="right", va="top", fontsize=9,
                                              color="#1b1f24", bbox={"facecolor": "white", "edgecolor": "none",
                                                                     "alpha": 0.85}))
        self.legend(ax, [Patch(facecolor=ADD, alpha=0.6, label=_text("adds", self.lang)),
                         Patch(facecolor=TAKE, alpha=0.6, label=_text("takes", self.lang)), self.outline],
                    loc="upper left", fontsize=7, ncol=3)
        cup = self.cup = figure.add_axes((6.35 / width, 0.55 / height, 0.8 / width, 2.45 / height))
        cup.set_xlim(0, 1)
        cup.set_xticks([])
        cup.set_title(_text("cup", self.lang), fontsize=9)
        cup.tick_params(labelsize=8)
        cup.set_ylim(0, 100)
        self.overspray = self.dynamic(cup.add_patch(Rectangle((0.1, 0), 0.8, 0, facecolor="#c7d9ea", edgecolor="#555555",
                                                              label=_text("overspray", self.lang))))
        self.on_panel = self.dynamic(cup.add_patch(Rectangle((0.1, 0), 0.8, 0, facecolor="#1f77b4", edgecolor="#555555",
                                                             label=_text("on-panel", self.lang))))

    def update(self, result: Mapping[str, Any]) -> None:
        ps = result["points"]
        total = result["signed_mm2"]
        verts, colours = [], []
        for (p, q), t in zip(result["sides"], result["trapezoids"]):
            verts.append([(p[0], 0), p, q, (q[0], 0)])
            colours.append(ADD if t * (1 if total >= 0 else -1) > 0 else TAKE)
        self.traps.set_verts(verts)
        self.traps.set_facecolor(colours)
        xs, ys = [p[0] for p in ps] + [ps[0][0]], [p[1] for p in ps] + [ps[0][1]]
        self.outline.set_data(xs, ys)
        self.area_text.set_text(f"S = {_num(result['area_mm2'], 0, self.lang)} {_unit('mm2', self.lang)}")
        top = nice_ceiling(max(result["sprayed_ml"], 1.0) * 1.1)
        set_limits(self.cup, y=(0, max(top, 100.0)))
        self.overspray.set_height(result["sprayed_ml"])
        self.on_panel.set_height(result["film_ml"])


# -- the labs ---------------------------------------------------------------------------------------------


def _editor(value: Sequence[Point]) -> Any:
    from .polygon_editor import PolygonEditor

    return PolygonEditor("points", LABELS["points"], [list(p) for p in value], frame=FRAME, step=STEP, grid=100,
                         unit=UNITS["mm"], width_px=600)


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The door-panel lab: the panel's measured points to drag (or move with the arrow keys), its sides' lengths,
    area and paint, and the shoelace formula's trapezoids beside the paint cup.

    Without a task: the front door of the lessons, the film thickness and the transfer efficiency on sliders.
    ``task="compact-door"`` poses the design task :data:`DESIGN_SPEC` with a Check button (film 80 µm, transfer 70 %);
    ``start`` sets the points from a design dictionary.
    """
    from ..i18n import pick
    from .core import Slider
    from .polygon_editor import PolygonLab

    if task is None:
        controls = [_editor(FRONT_DOOR),
                    Slider("film", LABELS["film"], min=20, max=150, step=5, value=DESIGN_FILM,
                           unit=pick(UNITS["um"])),
                    Slider("efficiency", LABELS["efficiency"], min=30, max=95, step=5, value=DESIGN_EFFICIENCY, unit="%")]
        return PolygonLab(model=_explore_model, controls=controls, readout_html=readout_html, plot=PanelPlot,
                          title=LABELS["title"], start=start)
    if task != "compact-door":
        raise ValueError(f"unknown task {task!r}: the door-panel lab poses 'compact-door'")
    return PolygonLab(model=_design_model, controls=[_editor(FRONT_DOOR)], readout_html=design_readout_html,
                      plot=PanelPlot, title=LABELS["design-title"], spec=DESIGN_SPEC, start=start)


def _explore_model(points: Any, film: float, efficiency: float) -> dict[str, Any]:
    return _with_labels(panel(points, film, efficiency))


def _design_model(points: Any) -> dict[str, Any]:
    result = panel(points, DESIGN_FILM, DESIGN_EFFICIENCY)
    return _with_labels({**result, **design_result({"points": points})})


def _with_labels(result: dict[str, Any]) -> dict[str, Any]:
    return {**result, "side_labels": [side_label(length) for length in result["lengths"]]}


__all__ = [
    "DESIGN_EFFICIENCY", "DESIGN_FILM", "DESIGN_SPEC", "FRAME", "FRONT_DOOR", "MAX_EDGE", "MAX_SPRAYED", "MIN_AREA",
    "PLATE", "REAR_DOOR", "STEP", "crossings", "design_result", "distance", "film_ml", "make_lab", "panel", "perimeter",
    "point", "polygon", "polygon_area", "readout_html", "segments_meet", "shoelace_terms", "side_lengths", "sides",
    "signed_area", "sprayed_ml", "trapezoids",
]
