"""The volume and mass of a turned steel shaft from its profile: a solid of revolution, for ``math-11-turned-part``.

A turned part is a *solid of revolution*: the lathe turns the bar about its axis, and the tool leaves a profile
``r(x)``, the radius at the distance ``x`` along the axis. Cut across at ``x``, the part is a disc of area
``π r(x)²`` (a ring, ``π (r(x)² − r_b²)``, where a bore of radius ``r_b`` runs); its volume is the sum of thin discs,
the definite integral

    V = π ∫₀ᴸ (r(x)² − r_b(x)²) dx.

A shaft's profile is made of straight pieces (:data:`DRAWING`): a step is a cylinder (``r`` constant), a chamfer or
a taper a frustum (``r`` linear in ``x``), for which the integral gives ``V = π h (R² + R r + r²) / 3``
(:func:`frustum_volume`). The bore here is a blind hole of diameter ``bore`` drilled ``depth`` mm from the right end
(x = L) along the axis. Sizes are diameters in mm as a drawing gives them (Ø30), volumes in mm³, masses in kg with
steel's density :data:`DENSITY` (7850 kg/m³ = 7.85 g/cm³).

The lab's 3D part is :func:`curriculum.cad.revolve` of the same profile: its circles are regular polygons of
:data:`curriculum.cad.SEGMENTS` sides, so the mesh's volume is the integral times :data:`MESH_FACTOR` (0.16 % less).

Plain Python without widgets: the lessons, the lab and the hidden tests compute with these functions.

>>> round(frustum_volume(20, 50, 34), 1)
28044.0
>>> round(shaft_volume(DRAWING), 1), round(mass(shaft_volume(DRAWING)), 3)
(184926.7, 1.452)
>>> round(mass(shaft_volume(DRAWING, 16, 90)), 4)
1.3096
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from .core import Plot
from .inputs import number

DENSITY = 7850.0
"""kg/m³ of steel (40Kh as any structural steel: EN 1993-1-2's unit mass; the grade's handbook gives 7820)."""

DRAWING: tuple[tuple[float, float, float], ...] = (
    (2, 26, 30),     # chamfer 2 × 45° at the left end
    (58, 30, 30),    # the bearing journal Ø30
    (40, 50, 50),    # the gear seat Ø50
    (20, 50, 34),    # the taper Ø50 → Ø34
    (38, 34, 34),    # the clutch end Ø34
    (2, 34, 30),     # chamfer 2 × 45° at the right end
)
"""The drawing of the gearbox input shaft (simplified: no splines, keyways or teeth), segments from the left end
(x = 0): ``(length, diameter at its start, diameter at its end)`` in mm; 160 mm long."""

TASK_BORE = (16.0, 90.0)
"""The assignment's bore: Ø16, 90 mm deep from the right end."""
TASK_MASS = 1.30
"""kg: the mass the bore must bring the shaft to (task 5)."""

LESSON_TAPER = (30.0, 60.0, 40.0)
"""Lesson 1's misconception: an axle stub's taper, 30 mm long, Ø60 → Ø40."""

LIGHT = {"mass": 1.25, "wall": 5.0, "depth": 150.0}
"""The design task: the shaft lightened by a bore to at most 1.25 kg, the wall at least 5 mm thick along the bore
(the plant's rule for this shaft), the bore at most 150 mm deep (the left end stays closed for the lathe's centre)."""

SEGMENTS = 64
"""Straight pieces per full circle of the 3D part (:data:`curriculum.cad.SEGMENTS`)."""
MESH_FACTOR = SEGMENTS / (2 * math.pi) * math.sin(2 * math.pi / SEGMENTS)
"""The 3D part's volume over the integral's: a circle of radius r is drawn as a regular 64-gon of area
``(64/2) r² sin(2π/64)``, ``MESH_FACTOR`` times ``π r²`` (0.99839), at every x alike."""

LABELS: Mapping[str, Mapping[str, str]] = {
    "title": {"kk": "Сатылы білік: профиль, айналу денесі, көлем және масса",
              "ru": "Ступенчатый вал: профиль, тело вращения, объём и масса",
              "en": "A stepped shaft: the profile, the solid of revolution, volume and mass"},
    "design-title": {"kk": "Білікті жеңілдету: осьтік тесік", "ru": "Облегчение вала: осевое отверстие",
                     "en": "Lightening the shaft: a bore"},
    "x": {"kk": "Қима орны x", "ru": "Положение сечения x", "en": "Slice at x"},
    "bore": {"kk": "Осьтік тесіктің диаметрі", "ru": "Диаметр осевого отверстия", "en": "Bore diameter"},
    "depth": {"kk": "Тесіктің тереңдігі", "ru": "Глубина отверстия", "en": "Bore depth"},
    "radius": {"kk": "x-тегі радиус r(x)", "ru": "Радиус r(x) в точке x", "en": "Radius r(x) at x"},
    "slice": {"kk": "Қиманың ауданы A(x)", "ru": "Площадь сечения A(x)", "en": "Slice area A(x)"},
    "so-far": {"kk": "0-ден x-ке дейінгі көлем", "ru": "Объём от 0 до x", "en": "Volume from 0 to x"},
    "volume": {"kk": "Көлем (интеграл)", "ru": "Объём (интеграл)", "en": "Volume (integral)"},
    "mesh": {"kk": "3D модельдің көлемі", "ru": "Объём 3D-модели", "en": "Volume of the 3D model"},
    "mass": {"kk": "Масса (болат, 7850 кг/м³)", "ru": "Масса (сталь, 7850 кг/м³)",
             "en": "Mass (steel, 7850 kg/m³)"},
    "mass-short": {"kk": "Масса", "ru": "Масса", "en": "Mass"},
    "wall": {"kk": "Ең жұқа қабырға", "ru": "Самая тонкая стенка", "en": "Thinnest wall"},
    "no-bore": {"kk": "тесік жоқ", "ru": "отверстия нет", "en": "no bore"},
    "mm": {"kk": "мм", "ru": "мм", "en": "mm"},
    "mm2": {"kk": "мм²", "ru": "мм²", "en": "mm²"},
    "cm3": {"kk": "см³", "ru": "см³", "en": "cm³"},
    "mm3": {"kk": "мм³", "ru": "мм³", "en": "mm³"},
    "kg": {"kk": "кг", "ru": "кг", "en": "kg"},
    "axis-x": {"kk": "x, мм (біліктің осі бойымен)", "ru": "x, мм (вдоль оси вала)", "en": "x, mm (along the axis)"},
    "axis-r": {"kk": "r, мм", "ru": "r, мм", "en": "r, mm"},
    "axis-a": {"kk": "A(x), мм²", "ru": "A(x), мм²", "en": "A(x), mm²"},
    "section": {"kk": "Жарты қима: білік материалы штрихталған", "ru": "Полуразрез: материал вала заштрихован",
                "en": "Half-section: the shaft's material hatched"},
    "area-curve": {"kk": "Қиманың ауданы A(x) = π(r² − r_b²)", "ru": "Площадь сечения A(x) = π(r² − r_b²)",
                   "en": "Slice area A(x) = π(r² − r_b²)"},
    "area-filled": {"kk": "0-ден x-ке дейінгі интеграл", "ru": "Интеграл от 0 до x", "en": "Integral from 0 to x"},
    "slice-part": {"kk": "x-тегі жұқа қима (бөлек көрсетілген)", "ru": "Тонкий срез в точке x (показан отдельно)",
                   "en": "The thin slice at x (shown apart)"},
    "spec": {"kk": "Жеңіл білік: техникалық тапсырма", "ru": "Лёгкий вал: техническое задание",
             "en": "The light shaft: specification"},
    "alt": {"kk": "Жоғарыда біліктің жарты қимасы: ұзындығы {length} мм, x = {x} мм жердегі қима қызылмен белгіленген, "
                  "онда радиус {r} мм; {bore_text}. Төменде қиманың ауданы A(x), мм²: 0-ден x-ке дейінгі аудан "
                  "боялған, ол {so_far} см³ көлемге тең. Бүкіл көлем {volume} см³, масса {mass} кг.",
            "ru": "Вверху полуразрез вала длиной {length} мм, сечение в точке x = {x} мм отмечено красным, радиус там "
                  "{r} мм; {bore_text}. Внизу площадь сечения A(x), мм²: площадь под графиком от 0 до x закрашена, "
                  "она равна объёму {so_far} см³. Весь объём {volume} см³, масса {mass} кг.",
            "en": "Above, the half-section of the shaft, {length} mm long, with the slice at x = {x} mm marked in red, "
                  "where the radius is {r} mm; {bore_text}. Below, the slice area A(x) in mm²: the area under it "
                  "from 0 to x is shaded and equals a volume of {so_far} cm³. The whole volume is {volume} cm³, the "
                  "mass {mass} kg."},
    "alt-bore": {"kk": "оң жақ шетінен Ø{bore} мм, {depth} мм терең осьтік тесік",
                 "ru": "осевое отверстие Ø{bore} мм глубиной {depth} мм с правого торца",
                 "en": "a bore Ø{bore} mm, {depth} mm deep from the right end"},
    "alt-no-bore": {"kk": "тесік жоқ", "ru": "отверстия нет", "en": "no bore"},
    # the reasons a function refuses its input
    "no-segments": {"kk": "профильде кемінде бір кесінді болуы керек: [(ұзындық, бастағы диаметр, соңғы диаметр), ...]",
                    "ru": "в профиле должен быть хотя бы один отрезок: [(длина, диаметр в начале, диаметр в конце), ...]",
                    "en": "a profile needs at least one segment: [(length, diameter at its start, diameter at its end), ...]"},
    "triple": {"kk": "segments[{k}] үш саннан тұруы керек (ұзындық, бастағы диаметр, соңғы диаметр), берілгені {seg}",
               "ru": "segments[{k}] должен состоять из трёх чисел (длина, диаметр в начале, диаметр в конце), получено {seg}",
               "en": "segments[{k}] must be three numbers (length, diameter at its start, diameter at its end), got {seg}"},
    "too-deep": {"kk": "тесіктің тереңдігі {depth} мм біліктің ұзындығынан ({length} мм) артық",
                 "ru": "глубина отверстия {depth} мм больше длины вала ({length} мм)",
                 "en": "a bore {depth} mm deep is longer than the shaft ({length} mm)"},
    "too-wide": {"kk": "Ø{bore} мм тесік біліктен шығып кетеді: x = {x} мм жерде біліктің диаметрі тек {d} мм",
                 "ru": "отверстие Ø{bore} мм выходит из вала: в точке x = {x} мм диаметр вала всего {d} мм",
                 "en": "a bore Ø{bore} mm breaks through the shaft: at x = {x} mm its diameter is only {d} mm"},
    "outside": {"kk": "x = {x} мм біліктің сыртында (0-ден {length} мм-ге дейін)",
                "ru": "x = {x} мм вне вала (от 0 до {length} мм)",
                "en": "x = {x} mm is outside the shaft (0 to {length} mm)"},
}


def _text(key: str, lang: str | None = None) -> str:
    from ..i18n import pick

    return pick(LABELS[key], lang)


def _number(value: float, places: int, lang: str | None = None) -> str:
    from ..numbers import format_decimal

    return format_decimal(value, places, lang)


def _trimmed(value: float) -> str:
    from ..numbers import format_trimmed

    return format_trimmed(value, 6)


# -- the model --------------------------------------------------------------------------------------------------


def frustum_volume(h: float, d_start: float, d_end: float) -> float:
    """The volume (mm³) of a frustum ``h`` mm long between the diameters ``d_start`` and ``d_end`` (mm):
    ``π h (R² + R r + r²) / 3`` with the radii R, r (a cylinder when they are equal, a cone when one is 0)."""
    h = number("h", h, minimum=0)
    R, r = number("d_start", d_start, minimum=0) / 2, number("d_end", d_end, minimum=0) / 2
    return math.pi * h * (R * R + R * r + r * r) / 3


def checked_segments(segments: Sequence[Sequence[float]]) -> list[tuple[float, float, float]]:
    """The segments as ``(length, d_start, d_end)`` floats, each checked: lengths positive, diameters at least 0."""
    if isinstance(segments, (str, bytes)) or len(segments) == 0:
        raise ValueError(_text("no-segments"))
    out = []
    for k, seg in enumerate(segments):
        if isinstance(seg, (str, bytes)) or not hasattr(seg, "__len__") or len(seg) != 3:
            raise ValueError(_text("triple").format(k=k, seg=repr(seg)))
        out.append((number(f"segments[{k}][0]", seg[0], positive=True),
                    number(f"segments[{k}][1]", seg[1], minimum=0), number(f"segments[{k}][2]", seg[2], minimum=0)))
    return out


def length(segments: Sequence[Sequence[float]]) -> float:
    """The shaft's length L (mm): the sum of its segments' lengths."""
    return sum(seg[0] for seg in checked_segments(segments))


def corners(segments: Sequence[Sequence[float]]) -> list[tuple[float, float]]:
    """The profile's corners ``(x, r)`` from the left end, as a drawing's outline (a step gives two at one x)."""
    points, x = [], 0.0
    for h, d0, d1 in checked_segments(segments):
        points.append((x, d0 / 2))
        x += h
        points.append((x, d1 / 2))
    return points


def radius_at(segments: Sequence[Sequence[float]], x: float) -> float:
    """The radius r(x) (mm) at ``x`` mm from the left end (at a step, the larger of the two)."""
    segs = checked_segments(segments)
    total = sum(s[0] for s in segs)
    x = number("x", x)
    if not -1e-9 <= x <= total + 1e-9:
        raise ValueError(_text("outside").format(x=_trimmed(x), length=_trimmed(total)))
    best, start = 0.0, 0.0
    for h, d0, d1 in segs:
        if start - 1e-9 <= x <= start + h + 1e-9:
            u = min(max((x - start) / h, 0.0), 1.0)
            best = max(best, (d0 + (d1 - d0) * u) / 2)
        start += h
    return best


def profile_volume(segments: Sequence[Sequence[float]]) -> float:
    """The solid's volume (mm³) without a bore: the sum of its frustums, π ∫ r(x)² dx."""
    return sum(frustum_volume(*seg) for seg in checked_segments(segments))


def _bore(segments: Sequence[Sequence[float]], bore: float, depth: float) -> tuple[float, float]:
    bore, depth = number("bore", bore, minimum=0), number("depth", depth, minimum=0)
    total = length(segments)
    if depth > total + 1e-9:
        raise ValueError(_text("too-deep").format(depth=_trimmed(depth), length=_trimmed(total)))
    if bore > 0 and depth > 0:
        x, r = thinnest(segments, depth)
        if r * 2 <= bore + 1e-9:
            raise ValueError(_text("too-wide").format(bore=_trimmed(bore), x=_trimmed(x), d=_trimmed(2 * r)))
    return bore, depth


def thinnest(segments: Sequence[Sequence[float]], depth: float) -> tuple[float, float]:
    """Where the shaft is thinnest over the last ``depth`` mm (where a bore from the right end runs): ``(x, r)``;
    the profile is straight between its corners, so the least radius is at a corner or at the bore's bottom."""
    total = length(segments)
    start = total - depth
    candidates = [(start, radius_at(segments, start))] if depth > 0 else [(total, radius_at(segments, total))]
    candidates += [(x, r) for x, r in corners(segments) if x >= start - 1e-9]
    return min(candidates, key=lambda c: (c[1], -c[0]))


def wall(segments: Sequence[Sequence[float]], bore: float, depth: float) -> float:
    """The thinnest wall (mm) around a bore of diameter ``bore`` drilled ``depth`` mm from the right end: the least
    radius over the bore's length, less the bore's radius (chamfers included). With no bore, the radius there."""
    bore, depth = _bore(segments, bore, depth)
    return thinnest(segments, depth)[1] - (bore / 2 if depth > 0 else 0.0)


def shaft_volume(segments: Sequence[Sequence[float]], bore: float = 0.0, depth: float = 0.0) -> float:
    """The shaft's volume (mm³): its profile's solid less the bore's cylinder, π ∫ (r² − r_b²) dx."""
    bore, depth = _bore(segments, bore, depth)
    return profile_volume(segments) - math.pi * (bore / 2) ** 2 * depth


def volume_up_to(segments: Sequence[Sequence[float]], x: float, bore: float = 0.0, depth: float = 0.0) -> float:
    """π ∫₀ˣ (r² − r_b²) dx (mm³): the volume of the shaft's part from its left end to ``x``."""
    segs = checked_segments(segments)
    bore, depth = _bore(segs, bore, depth)
    total = sum(s[0] for s in segs)
    x = min(max(number("x", x), 0.0), total)
    volume, start = 0.0, 0.0
    for h, d0, d1 in segs:
        if x <= start:
            break
        part = min(x - start, h)
        volume += frustum_volume(part, d0, d0 + (d1 - d0) * part / h)
        start += h
    return volume - math.pi * (bore / 2) ** 2 * max(0.0, x - (total - depth))


def mass(volume_mm3: float, density: float = DENSITY) -> float:
    """The mass (kg) of ``volume_mm3`` mm³ of a material of ``density`` kg/m³ (1 m³ = 10⁹ mm³)."""
    return number("volume_mm3", volume_mm3, minimum=0) * 1e-9 * number("density", density, positive=True)


def least_depth(segments: Sequence[Sequence[float]], bore: float, target_kg: float) -> float:
    """The least depth (mm) of a bore of diameter ``bore`` that brings the shaft's mass to ``target_kg``."""
    extra = shaft_volume(segments) - number("target_kg", target_kg, positive=True) / (DENSITY * 1e-9)
    return max(0.0, extra / (math.pi * (number("bore", bore, positive=True) / 2) ** 2))


# -- the 3D part: the same profile revolved -----------------------------------------------------------------------


def profile_sketch(segments: Sequence[Sequence[float]], bore: float = 0.0, depth: float = 0.0) -> Any:
    """The half-section as a sketch for :func:`curriculum.cad.revolve`: x the radius, y the distance along the axis
    (the bore cut out of it)."""
    from ..cad import polygon, rectangle

    bore, depth = _bore(segments, bore, depth)
    total = length(segments)
    outline = [(0.0, 0.0)] + [(r, x) for x, r in corners(segments)] + [(0.0, total)]
    points = [p for k, p in enumerate(outline) if k == 0 or p != outline[k - 1]]
    sketch = polygon(points)
    if bore > 0 and depth > 0:
        sketch = sketch - rectangle(bore / 2, depth + 1, center=False).move(y=total - depth)
    return sketch


def part(segments: Sequence[Sequence[float]] = DRAWING, bore: float = 0.0, depth: float = 0.0) -> Any:
    """The shaft as a 3D part: the profile revolved, lying along the x axis from x = 0 to L on the bed."""
    from ..cad import revolve

    return revolve(profile_sketch(segments, bore, depth)).rotate(y=90).on_bed()


def slice_part(segments: Sequence[Sequence[float]], x: float, bore: float = 0.0, depth: float = 0.0,
               thickness: float = 3.0, apart: float = 70.0) -> Any:
    """The thin slice of the shaft at ``x`` (a disc, a ring where the bore runs), set ``apart`` mm beside it."""
    from ..cad import cylinder

    total = length(segments)
    x0 = min(max(x - thickness / 2, 0.0), total - thickness)
    r = radius_at(segments, x0 + thickness / 2)
    disc = cylinder(2 * r, thickness)
    if bore > 0 and depth > 0 and x0 + thickness / 2 >= total - depth:
        disc = disc - cylinder(bore, thickness + 2).move(z=-1)
    top = max(d for _, a, b in checked_segments(segments) for d in (a, b)) / 2
    return disc.rotate(y=90).move(x=x0, y=apart, z=top)


def model(x: float = 80.0, bore: float = 0.0, depth: float = 0.0, segments: Sequence[Sequence[float]] = DRAWING
          ) -> dict[str, Any]:
    """The lab's model: the shaft (its part, volume by the integral and by the mesh, mass, thinnest wall) and the slice
    at ``x`` (its radius, area and the volume from 0 to x)."""
    segs = checked_segments(segments)
    bore, depth = _bore(segs, bore, depth)
    bored = bore > 0 and depth > 0
    total = sum(s[0] for s in segs)
    x = min(max(number("x", x), 0.0), total)
    volume = shaft_volume(segs, bore, depth)
    shaft = part(segs, bore, depth)
    r = radius_at(segs, x)
    r_b = bore / 2 if bored and x >= total - depth else 0.0
    return {"x": x, "bore": bore, "depth": depth, "segments": segs, "length": total, "bored": bored,
            "part": shaft, "target": slice_part(segs, x, bore, depth), "r": r, "r_b": r_b,
            "area": math.pi * (r * r - r_b * r_b), "so_far": volume_up_to(segs, x, bore, depth),
            "volume": volume, "mesh": shaft.volume, "mass": mass(volume), "mesh_mass": mass(shaft.volume),
            "wall": wall(segs, bore, depth)}


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design (the lab's sliders as a dictionary: ``bore`` and ``depth``, both needed)."""
    return model(bore=design["bore"], depth=design["depth"])


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("mass", "<=", LIGHT["mass"], LABELS["kg"], LABELS["mass-short"]),
         Requirement("wall", ">=", LIGHT["wall"], LABELS["mm"], LABELS["wall"]),
         Requirement("depth", "<=", LIGHT["depth"], LABELS["mm"], LABELS["depth"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The light shaft: at most 1.25 kg, a wall of at least 5 mm, a bore at most 150 mm deep."""


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The readout: the slice at x (radius, area, the volume up to x), then the shaft (volume by the integral and by
    the 3D model, mass, the thinnest wall)."""
    mm, mm2, cm3, kg = (_text(k, lang) for k in ("mm", "mm2", "cm3", "kg"))
    ratio = result["mesh"] / result["volume"]
    rows = [(_text("radius", lang), f"{_number(result['r'], 1, lang)} {mm}"),
            (_text("slice", lang), f"{_number(result['area'], 1, lang)} {mm2}"),
            (_text("so-far", lang), f"{_number(result['so_far'] / 1000, 2, lang)} {cm3}"),
            (_text("volume", lang), f"{_number(result['volume'] / 1000, 2, lang)} {cm3}"),
            (_text("mesh", lang), f"{_number(result['mesh'] / 1000, 2, lang)} {cm3} (× {_number(ratio, 4, lang)})"),
            (_text("mass", lang), f"{_number(result['mass'], 3, lang)} {kg}"),
            (_text("wall", lang), f"{_number(result['wall'], 1, lang)} {mm}" if result["bored"]
             else _text("no-bore", lang))]
    body = "".join(f"<tr><td>{name}</td><td style='text-align:right'><b>{value}</b></td></tr>" for name, value in rows)
    return f"<table class='lab-turned-part'>{body}</table>"


# -- the picture: the half-section above the slice area A(x) with the integral so far -------------------------------

COLOURS = {"steel": "#c6dbef", "edge": "#08306b", "slice": "#d62728", "area": "#9ecae1", "curve": "#08519c",
           "axis": "#555555"}


class SectionPlot(Plot):
    """Top: the shaft as a machinist's drawing shows it, the upper half in section (hatched), the lower half in
    outline, the axis dash-dotted, the bore white; the slice at x in red. Bottom: the slice's area A(x) along the
    axis, the area under it from 0 to x shaded: that area is the volume of the shaft from its left end to x."""

    size = (7.6, 4.8)
    margins = (0.1, 0.1, 0.1, 0.1)

    def __init__(self, segments: Sequence[Sequence[float]] = DRAWING, lang: str | None = None) -> None:
        self.segments, self.lang = checked_segments(segments), lang
        self.total = sum(s[0] for s in self.segments)
        self.r_max = max(d for _, a, b in self.segments for d in (a, b)) / 2
        self.shown: Mapping[str, Any] | None = None
        super().__init__()

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Polygon, Rectangle

        width, height = self.size
        pts = corners(self.segments)
        upper = [(0.0, 0.0)] + pts + [(self.total, 0.0)]
        lower = [(x, -r) for x, r in upper]
        ax = self.section = figure.add_axes((0.75 / width, 2.75 / height, 6.6 / width, 1.85 / height))
        ax.set_xlim(-5, self.total + 5)
        ax.set_ylim(-self.r_max * 1.25, self.r_max * 1.25)
        ax.set_aspect("auto")
        ax.set_ylabel(_text("axis-r", self.lang), fontsize=9)
        ax.tick_params(labelsize=8)
        ax.set_title(_text("section", self.lang), fontsize=9, loc="left")
        ax.add_patch(Polygon(upper, closed=True, facecolor=COLOURS["steel"], edgecolor=COLOURS["edge"],
                             hatch="///", linewidth=1.2))
        ax.add_patch(Polygon(lower, closed=True, facecolor="white", edgecolor=COLOURS["edge"], linewidth=1.2))
        for x, r in pts:  # the steps' edges seen in the lower half
            ax.plot([x, x], [0, -r], color=COLOURS["edge"], linewidth=0.6)
        ax.axhline(0, color=COLOURS["axis"], linewidth=0.8, linestyle=(0, (8, 3, 1, 3)))
        self.bore_patch = self.dynamic(ax.add_patch(Rectangle((self.total, 0), 0, 0, facecolor="white",
                                                              edgecolor=COLOURS["edge"], linewidth=1.0)))
        self.bore_lower = self.dynamic(ax.add_patch(Rectangle((self.total, 0), 0, 0, facecolor="none",
                                                              edgecolor=COLOURS["edge"], linewidth=0.8,
                                                              linestyle="--")))
        self.cut = self.dynamic(ax.plot([], [], color=COLOURS["slice"], linewidth=2.5)[0])
        self.cut_text = self.dynamic(ax.text(0, 0, "", fontsize=8, color=COLOURS["slice"], ha="left", va="bottom",
                                             fontweight="bold"))

        a = self.area_ax = figure.add_axes((0.75 / width, 0.5 / height, 6.6 / width, 1.85 / height))
        a.set_xlim(-5, self.total + 5)
        a.set_ylim(0, math.pi * self.r_max ** 2 * 1.2)
        a.set_xlabel(_text("axis-x", self.lang), fontsize=9)
        a.set_ylabel(_text("axis-a", self.lang), fontsize=9)
        a.tick_params(labelsize=8)
        a.grid(alpha=0.25)
        self.fill = self.dynamic(a.add_patch(Polygon([(0, 0), (0, 0), (0, 0)], closed=True, facecolor=COLOURS["area"],
                                                     edgecolor="none", label=_text("area-filled", self.lang))))
        self.curve = self.dynamic(a.plot([], [], color=COLOURS["curve"], linewidth=1.8,
                                         label=_text("area-curve", self.lang))[0])
        self.point = self.dynamic(a.plot([], [], "o", color=COLOURS["slice"], markersize=6)[0])
        self.fill_text = self.dynamic(a.text(0, 0, "", fontsize=9, ha="center", va="center", color="#08306b",
                                             fontweight="bold"))
        self.legend(a, [self.curve, self.fill], loc="upper right", fontsize=8)

    def _area_line(self, result: Mapping[str, Any]) -> tuple[list[float], list[float]]:
        """A(x) segment by segment (a step or the bore's bottom is a jump; on a taper r is straight and A a parabola,
        sampled finely)."""
        import numpy as np

        cut = self.total - result["depth"] if result["bored"] else self.total + 1
        r_b2 = (result["bore"] / 2) ** 2
        grid: list[float] = []
        ys: list[float] = []
        start = 0.0
        for h, d0, d1 in self.segments:
            pieces = [start, start + h]
            if start < cut < start + h:
                pieces.insert(1, cut)
            for x0, x1 in zip(pieces, pieces[1:]):
                for x in np.linspace(x0, x1, 9):
                    r = (d0 + (d1 - d0) * (x - start) / h) / 2
                    grid.append(float(x))
                    ys.append(math.pi * (r * r - r_b2 * ((x0 + x1) / 2 > cut)))
            start += h
        return grid, ys

    def alt_text(self) -> str:
        r = self.shown
        if r is None:
            return super().alt_text()
        bore_text = (_text("alt-bore", self.lang).format(bore=_number(r["bore"], 0, self.lang),
                                                         depth=_number(r["depth"], 0, self.lang))
                     if r["bored"] else _text("alt-no-bore", self.lang))
        return _text("alt", self.lang).format(length=_number(self.total, 0, self.lang), x=_number(r["x"], 0, self.lang),
                                              r=_number(r["r"], 1, self.lang), bore_text=bore_text,
                                              so_far=_number(r["so_far"] / 1000, 2, self.lang),
                                              volume=_number(r["volume"] / 1000, 2, self.lang),
                                              mass=_number(r["mass"], 3, self.lang))

    def update(self, result: Mapping[str, Any]) -> None:
        import numpy as np

        self.shown = result
        if result["bored"]:
            start, rb = self.total - result["depth"], result["bore"] / 2
            self.bore_patch.set_bounds(start, 0, result["depth"], rb)
            self.bore_lower.set_bounds(start, -rb, result["depth"], rb)
        else:
            self.bore_patch.set_bounds(self.total, 0, 0, 0)
            self.bore_lower.set_bounds(self.total, 0, 0, 0)
        x, r, r_b = result["x"], result["r"], result["r_b"]
        self.cut.set_data([x, x], [r_b, r])
        self.cut_text.set_position((min(x + 2, self.total - 40), r + 1.5))
        self.cut_text.set_text(f"r = {_number(r, 1, self.lang)}")
        grid, ys = self._area_line(result)
        self.curve.set_data(grid, ys)
        gx = np.array(grid)
        inside = gx < x
        edge = np.append(gx[inside], x)
        top = np.append(np.array(ys)[inside], result["area"])
        self.fill.set_xy(np.column_stack([np.concatenate([edge, [x, 0.0]]), np.concatenate([top, [0.0, 0.0]])]))
        self.point.set_data([x], [result["area"]])
        self.fill_text.set_position((max(x / 2, 12.0), math.pi * self.r_max ** 2 * 0.25))
        self.fill_text.set_text(f"{_number(result['so_far'] / 1000, 1, self.lang)} {_text('cm3', self.lang)}"
                                if result["so_far"] > 0 else "")


# -- the lab ----------------------------------------------------------------------------------------------------


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The turned-part lab: the shaft in 3D (the thin slice at x beside it) above its half-section and the slice area
    A(x) with the integral from 0 to x; the slice's place runs with a Play button. Without a task the bore's
    diameter and depth are free; ``task="light"`` poses :data:`DESIGN_SPEC` with a Check button."""
    from ..cad.lab import PartLab
    from ..i18n import pick
    from .core import Animation, Slider

    if task not in (None, "light"):
        raise ValueError(f"unknown design task {task!r}: the turned-part lab has 'light'")
    mm = pick(LABELS["mm"])
    controls = [Animation("x", LABELS["x"], min=0, max=160, step=2, value=80, interval_ms=150, unit=mm),
                Slider("bore", LABELS["bore"], min=0, max=24, step=1, value=0 if task is None else 12, unit=mm),
                Slider("depth", LABELS["depth"], min=0, max=160, step=5, value=90 if task is None else 60, unit=mm)]
    return PartLab(model=model, controls=controls, readout_html=readout_html, plot=SectionPlot,
                   title=LABELS["design-title" if task else "title"], spec=DESIGN_SPEC if task else None, start=start,
                   target_label=LABELS["slice-part"], height=320)


__all__ = [
    "DENSITY", "DESIGN_SPEC", "DRAWING", "LESSON_TAPER", "LIGHT", "MESH_FACTOR", "TASK_BORE", "TASK_MASS",
    "checked_segments", "corners", "design_result", "frustum_volume", "least_depth", "length", "make_lab", "mass",
    "model", "part", "profile_sketch", "profile_volume", "radius_at", "readout_html", "shaft_volume", "slice_part",
    "thinnest", "volume_up_to", "wall",
]
