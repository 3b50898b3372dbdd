"""A mounting bracket (an L-shaped angle bracket) from a sketch with dimensions, for ``inf-07-bracket``.

The part in the task's frame (the printer's: x right, y away, z up, mm): the base plate lies on
the bed with its outer corner at the origin, ``length`` along x and ``width`` along y, its two front
corners rounded with ``radius`` (the back ones stay square under the wall); the upright wall stands at the back edge (from ``y = width - thickness`` to
``y = width``), ``height`` tall; two holes of ``hole`` mm go through the base on its middle line,
``spacing`` mm apart and centred; one hole of ``wall_hole`` mm goes through the wall, centred
across it, ``wall_hole_height`` mm above the bed.

>>> part = bracket()
>>> part.size
(60.0, 30.0, 30.0)
>>> part.holes
3
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..cad import Part, box, circle, cylinder, extrude, rectangle, rounded_rectangle
from ..check.design import Requirement, Spec
from ..check.part import Section

VIEW_3D = True
"""The lab's view is the part in 3D (:class:`curriculum.cad.lab.PartLab`), not a plot."""

DRAWING = {"length": 60.0, "width": 30.0, "thickness": 4.0, "height": 30.0, "hole": 4.5, "spacing": 40.0,
           "radius": 5.0, "wall_hole": 5.5, "wall_hole_height": 20.0}
"""The dimensions of the drawing (mm): clearance holes for M4 bolts in the base (Ø4.5, ISO 273 medium) and for an
M5 bolt in the wall (Ø5.5)."""

SECTIONS = (Section("z", 2.0), Section("y", 28.0))
"""Where the check looks for holes: across the base (z = 2 mm) and across the wall (y = 28 mm)."""
WALLS = (Section("x", 5.0),)
"""Where the check measures the thinnest wall: across x, through the base and the wall (the L profile)."""
CRITICAL = ("holes",)
"""The bracket's critical feature (:func:`curriculum.check.check_part`'s ``critical``): its mounting holes, the base's
for the M4 bolts and the wall's for the sensor. A bracket whose bolts do not go in, or go in where the rail has no
holes, cannot be mounted and is rejected at inspection; it earns at most a quarter of the points."""


def hole_centres(length: float, spacing: float) -> list[float]:
    """The x of the two base holes' centres: ``spacing`` apart, symmetric about the middle of a base ``length`` long."""
    first = (length - spacing) / 2
    return [first, first + spacing]


def bracket(length: float = 60.0, width: float = 30.0, thickness: float = 4.0, height: float = 30.0,
            hole: float = 4.5, spacing: float = 40.0, radius: float = 5.0, wall_hole: float = 5.5,
            wall_hole_height: float = 20.0) -> Part:
    """The bracket with these dimensions (mm), placed in the task's frame."""
    if spacing + hole >= length:
        raise ValueError(f"two holes of {hole:g} mm, {spacing:g} mm apart, do not fit a base {length:g} mm long")
    outline = rounded_rectangle(length, width, radius, center=False)
    outline = outline + rectangle(length, width - radius, center=False).move(y=radius)  # the back corners square
    middle = width - thickness  # the base's free part, in front of the wall
    for x in hole_centres(length, spacing):
        outline = outline - circle(hole).move(x=x, y=middle / 2)
    part = extrude(outline, thickness) + box(length, thickness, height).move(y=width - thickness)
    through_wall = cylinder(wall_hole, thickness + 2).rotate(x=-90).move(x=length / 2, y=width - thickness - 1,
                                                                         z=wall_hole_height)
    return part - through_wall


def reference() -> Part:
    """The drawing's bracket."""
    return bracket(**DRAWING)


def mass_grams(volume_mm3: float, density: float) -> float:
    """The mass in grams of ``volume_mm3`` mm³ of a material of ``density`` g/cm³ (1 cm³ = 1000 mm³)."""
    return volume_mm3 / 1000 * density


def model(**values: float) -> dict[str, Any]:
    """The lab's model: the part, its dimensions and what the readout shows."""
    dims = {**DRAWING, **values}
    part = bracket(**dims)
    return {**dims, "part": part, "size": part.size, "volume": part.volume, "mass": part.mass(), "holes": part.holes,
            "centres": hole_centres(dims["length"], dims["spacing"])}


LABELS: Mapping[str, Mapping[str, str]] = {
    "title": {"kk": "Бекіту кронштейні", "ru": "Крепёжный кронштейн", "en": "Mounting bracket"},
    "thickness": {"kk": "Қалыңдығы", "ru": "Толщина", "en": "Thickness"},
    "hole": {"kk": "Тесік диаметрі", "ru": "Диаметр отверстия", "en": "Hole diameter"},
    "spacing": {"kk": "Тесіктер арақашықтығы", "ru": "Расстояние между отверстиями", "en": "Hole spacing"},
    "height": {"kk": "Биіктігі", "ru": "Высота", "en": "Height"},
    "size": {"kk": "Өлшемдері", "ru": "Размеры", "en": "Size"},
    "volume": {"kk": "Көлемі", "ru": "Объём", "en": "Volume"},
    "mass": {"kk": "PLA массасы", "ru": "Масса из PLA", "en": "Mass in PLA"},
    "holes": {"kk": "Өтпелі тесіктер", "ru": "Сквозные отверстия", "en": "Through-holes"},
    "mm3": {"kk": "мм³", "ru": "мм³", "en": "mm³"},
    "centres": {"kk": "Табан тесіктерінің центрлері", "ru": "Центры отверстий основания", "en": "Base hole centres"},
    "spec": {"kk": "Жеңіл кронштейн: техникалық тапсырма", "ru": "Лёгкий кронштейн: техническое задание",
             "en": "The light bracket: specification"},
}


BOLT = 4.0
"""The bolts that fix the bracket to the conveyor's rail: M4, 4 mm across."""
CLEARANCE_HOLES = (4.3, 4.5, 4.8)
"""ISO 273's clearance holes for M4: fine, medium and coarse (mm)."""
LIGHT = {"spacing": 40.0, "hole_min": 4.3, "hole_max": 4.8, "thickness": 3.0, "height": 26.0, "mass": 15.0}
"""The light bracket's specification: the rail's holes 40 mm apart, a clearance hole for M4 (ISO 273 fine to
coarse), walls at least 3 mm thick, a wall at least 26 mm tall for the sensor, at most 15 g of PLA."""


def _design_spec() -> Spec:
    mm = {"kk": "мм", "ru": "мм", "en": "mm"}
    return Spec(
        (Requirement("spacing", "==", LIGHT["spacing"], mm, LABELS["spacing"], rtol=0.001),
         Requirement("hole", ">=", LIGHT["hole_min"], mm, LABELS["hole"]),
         Requirement("hole", "<=", LIGHT["hole_max"], mm, LABELS["hole"]),
         Requirement("thickness", ">=", LIGHT["thickness"], mm, LABELS["thickness"]),
         Requirement("height", ">=", LIGHT["height"], mm, LABELS["height"]),
         Requirement("mass", "<=", LIGHT["mass"], {"kk": "г", "ru": "г", "en": "g"}, LABELS["mass"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The light bracket (the design task ``"light"``): the drawing's bracket weighs 16.3 g; the plant wants one of at
most 15 g that still takes the rail's M4 bolts and holds the sensor."""


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"thickness": ..., "hole": ..., "spacing": ..., "height": ...}``."""
    return model(**{k: float(v) for k, v in design.items()})




def readout_html(result: Mapping[str, Any]) -> str:
    from ..i18n import _, pick
    from ..numbers import format_decimal

    size = " × ".join(format_decimal(v, 2) for v in result["size"])
    rows = [(pick(LABELS["size"]), _("{value} mm", value=size)),
            (pick(LABELS["volume"]), f"{format_decimal(result['volume'], 0)} {pick(LABELS['mm3'])}"),
            (pick(LABELS["mass"]), f"{format_decimal(result['mass'], 1)} {pick({'kk': 'г', 'ru': 'г', 'en': 'g'})}"),
            (pick(LABELS["holes"]), str(result["holes"])),
            (pick(LABELS["centres"]), _("{value} mm", value=", ".join(f"x = {format_decimal(x, 2)}" for x in result["centres"])))]
    return "<table>" + "".join(f"<tr><td>{k}</td><td><b>{v}</b></td></tr>" for k, v in rows) + "</table>"


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """Sliders for the bracket's thickness, hole diameter, hole spacing and height; the part in 3D beside the drawing's.

    ``task="light"`` poses the design task :data:`DESIGN_SPEC` with a Check button; ``start`` sets the sliders from a
    design dictionary.
    """
    if task not in (None, "light"):
        raise ValueError(f"unknown design task {task!r}: the bracket lab has 'light'")
    from ..cad.lab import PartLab
    from ..i18n import pick
    from .core import Slider

    mm = pick({"kk": "мм", "ru": "мм", "en": "mm"})
    controls = [
        Slider("thickness", LABELS["thickness"], min=2, max=8, step=0.5, value=3, unit=mm),
        Slider("hole", LABELS["hole"], min=3, max=9, step=0.5, value=4, unit=mm),
        Slider("spacing", LABELS["spacing"], min=20, max=50, step=1, value=36, unit=mm),
        Slider("height", LABELS["height"], min=15, max=45, step=1, value=25, unit=mm),
    ]
    return PartLab(model=model, controls=controls, readout_html=readout_html, plot=None, title=LABELS["title"],
                   target=reference(), spec=DESIGN_SPEC if task else None, start=start)


__all__ = ["BOLT", "CLEARANCE_HOLES", "CRITICAL", "DESIGN_SPEC", "DRAWING", "LIGHT", "design_result", "SECTIONS", "WALLS", "bracket", "hole_centres", "make_lab", "model", "readout_html", "reference",
           "mass_grams"]
