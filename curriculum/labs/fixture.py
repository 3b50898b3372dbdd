"""A welding fixture block with two locating pins for a new bracket, for the project ``inf-col-fixture``.

**Fits (ISO 286).** A size's tolerance class is a letter (the fundamental deviation: ``H`` for a hole, ``e``, ``f``,
``g``, ``h``, ``k``, ``s`` for a shaft) and a grade (the standard tolerance ``IT``). The limit deviations in micrometres, from
ISO 286-1:2010, Table 1 (standard tolerance values) and Table 2 (the shafts' fundamental deviations), the same as the
tables of ISO 286-2:2010 give for each class; sizes "over 3 up to 30 mm" (a size range includes its upper end:
Ø10 mm is in "over 6 up to 10"):

- hole ``H``: EI = 0, ES = EI + IT;
- shafts ``e``, ``f``, ``g``, ``h``: es = the fundamental deviation, ei = es - IT;
- shafts ``k``, ``s``: ei = the fundamental deviation, es = ei + IT.

The clearance of a hole ``(EI, ES)`` and a shaft ``(ei, es)``: the smallest ``EI - es`` and the largest ``ES - ei``.
ISO 286-1 (3.3.2): a **clearance fit** always leaves a clearance (the smallest clearance ≥ 0, zero the extreme
case), an **interference fit** always an interference (the largest clearance ≤ 0), a **transition fit** may do
either.

**Two pins (the 3-2-1 principle).** The bracket rests on the block's top (three points: z), its Ø10 H7 hole goes on
a round pin (two more: x and y) and its Ø8 H7 hole on a diamond (relieved) pin that only stops it turning (the last
one). On two *round* pins a part loads only if the mismatch of the two centre distances (part and fixture) is at
most half the sum of the two smallest clearances: ``|L_part - L_pins| <= (C_min,1 + C_min,2) / 2``. A diamond pin
lets the hole slide along the line of centres only as far as its lands allow (:func:`diamond_float`): with the round
pin's half clearance that must cover the mismatch, which is why the diamond pin here is Ø8 e8 with 1 mm lands.

**The block** in the task's frame (the printer's: x right, y away, z up, mm): it lies on the bed with its corner at
the origin, ``length`` along x, ``width`` along y, ``thickness`` tall; the round pin's hole (Ø ``round_pin``) at
(``edge``, width / 2), the diamond pin's (Ø ``diamond_pin``) ``spacing`` further along x; four Ø9 mounting holes for
M8 bolts (ISO 273, medium series), ``margin`` from the block's edges. All holes go through; the pins are standard
parts pressed into their holes, so the block is graded without them.

>>> block = fixture_block()
>>> block.size, block.holes
((120.0, 60.0, 20.0), 6)
>>> clearance(limits(10, "H7"), limits(10, "g6"))
(5, 29)
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from ..cad import Part, box, cylinder
from ..check.part import Section
from .inputs import number, one_of

VIEW_3D = True
"""The lab's view is the part in 3D (:class:`curriculum.cad.lab.PartLab`), not a plot."""

RANGES = ((3, 6), (6, 10), (10, 18), (18, 30))
"""ISO 286's size ranges, mm: over the first up to and including the second."""
IT = {6: (8, 9, 11, 13), 7: (12, 15, 18, 21), 8: (18, 22, 27, 33), 9: (30, 36, 43, 52)}
"""Standard tolerance values, µm, for each range (ISO 286-1:2010, Table 1)."""
UPPER = {"e": (-20, -25, -32, -40), "f": (-10, -13, -16, -20), "g": (-4, -5, -6, -7), "h": (0, 0, 0, 0)}
"""Shafts whose fundamental deviation is the upper one, es, µm (ISO 286-1:2010, Table 2)."""
LOWER = {"k": (1, 1, 1, 2), "s": (19, 23, 28, 35)}
"""Shafts whose fundamental deviation is the lower one, ei, µm (ISO 286-1:2010, Table 2; k for grades 4 to 7)."""

DRAWING = {"length": 120.0, "width": 60.0, "thickness": 20.0, "edge": 20.0, "spacing": 80.0, "round_pin": 10.0,
           "diamond_pin": 8.0, "mount": 9.0, "margin": 10.0}
"""The fixture block's drawing (mm): 120 × 60 × 20, the pins' holes Ø10 and Ø8 on the block's middle line 80 mm apart,
the round pin's 20 mm from the left edge, four Ø9 mounting holes 10 mm from the edges."""

PART = {"hole_1": (10, "H7"), "hole_2": (8, "H7"), "spacing": 80.0, "spacing_tol": 0.05, "thickness": 3.0}
"""The new bracket's locating holes: Ø10 H7 and Ø8 H7, 80 ± 0.05 mm apart, in a 3 mm steel sheet."""
PINS = {"pin_1": (10, "g6"), "pin_2": (8, "e8"), "spacing_tol": 0.02, "height": 12.0, "land": 1.0}
"""The pins: Ø10 g6 (round) and Ø8 e8 (diamond, its lands 1 mm wide), 80 ± 0.02 mm apart on the block, 12 mm above
it. The diamond pin is looser than the round one and its lands narrow so that it takes up the centre distances'
mismatch (:func:`diamond_float`): as tight as g6 with 3 mm lands it would let the hole slide by 7 µm only."""
FITS = ("H7/g6", "H7/k6", "H7/s6", "H7/f7", "H7/h6")
"""The fits milestone 1 asks about, at Ø10."""
STEEL = 7.85
"""The density of steel, g/cm³ (the block is machined from structural steel)."""

SECTIONS = (Section("z", 10.0),)
"""Where the check looks for holes: across the block at half its thickness."""
CRITICAL = ("holes",)
"""The block's critical feature (:func:`curriculum.check.check_part`'s ``critical``): its holes. The pins are pressed
into the pin holes and locate every bracket welded on it, so a block whose pin holes are swapped, misplaced or of the
wrong size locates nothing and is rejected, whatever its size and mass; it earns at most a quarter of the points. The
block is graded without its pins, so there is no fit to check; the fits are milestone 1's numbers."""
WALLS: tuple[Section, ...] = ()
"""No wall is measured: the block's thinnest wall (between a pin's hole and a mounting hole) is far above printing's."""


def _range(size: float) -> int:
    """The size range of ``size`` mm; a size outside "over 3 up to 30" is refused in the course language."""
    size = number("size", size, minimum=math.nextafter(RANGES[0][0], math.inf), maximum=RANGES[-1][1])
    return next(k for k, (low, high) in enumerate(RANGES) if low < size <= high)


def limits(size: float, tolerance: str) -> tuple[int, int]:
    """The lower and upper limit deviations of ``size`` (mm) in the tolerance class ``tolerance`` (``"H7"``, ``"g6"``),
    µm."""
    k = _range(size)
    letter = one_of("letter", str(tolerance)[:1], ("H", *UPPER, *LOWER))
    grade = one_of("grade", int(str(tolerance)[1:]) if str(tolerance)[1:].isdigit() else tolerance, tuple(IT))
    it = IT[grade][k]
    if letter == "H":
        return 0, it
    if letter in UPPER:
        return UPPER[letter][k] - it, UPPER[letter][k]
    return LOWER[letter][k], LOWER[letter][k] + it


def limits_of_size(size: float, tolerance: str) -> tuple[float, float]:
    """The smallest and the largest size allowed, mm."""
    low, high = limits(size, tolerance)
    return round(size + low / 1000, 6), round(size + high / 1000, 6)


def clearance(hole: tuple[float, float], shaft: tuple[float, float]) -> tuple[float, float]:
    """The smallest and the largest clearance (µm) of a hole with deviations ``(EI, ES)`` and a shaft ``(ei, es)``;
    a negative clearance is an interference."""
    (EI, ES), (ei, es) = hole, shaft
    return EI - es, ES - ei


def fit_kind(hole: tuple[float, float], shaft: tuple[float, float]) -> str:
    """``"clearance"``, ``"transition"`` or ``"interference"`` (ISO 286-1, 3.3.2)."""
    smallest, largest = clearance(hole, shaft)
    if smallest >= 0:
        return "clearance"
    if largest <= 0:
        return "interference"
    return "transition"


def fit(size: float, code: str) -> tuple[float, float]:
    """The clearance range (µm) of a fit such as ``"H7/g6"`` at ``size`` mm."""
    hole, shaft = str(code).split("/")
    return clearance(limits(size, hole), limits(size, shaft))


def worst_shift(size: float, code: str) -> float:
    """How far (mm) the hole's centre can be from the pin's centre at most: half the largest clearance."""
    return fit(size, code)[1] / 2 / 1000


def worst_mismatch(part_tol: float = PART["spacing_tol"], pins_tol: float = PINS["spacing_tol"]) -> float:
    """The largest difference (mm) between the part's centre distance and the pins' (each ± its tolerance)."""
    return round(number("part_tol", part_tol, minimum=0) + number("pins_tol", pins_tol, minimum=0), 9)


def loadable(mismatch: float, c_min_1: float, c_min_2: float) -> bool:
    """Whether a part goes on two round pins: the centre distances' mismatch at most half the sum of the smallest
    clearances (all in the same unit)."""
    return abs(number("mismatch", mismatch)) <= (number("c_min_1", c_min_1) + number("c_min_2", c_min_2)) / 2


def diamond_float(size: float, code: str, land: float) -> float:
    """How far (mm) a hole can slide along the line of centres on a diamond pin of the fit ``code`` (``"H7/e8"``) at
    ``size`` mm whose lands are ``land`` mm wide, in the tightest case (the smallest hole on the largest pin).

    The pin's flats are square to the line of centres (x); what is left of its round outline is two lands, the arcs
    with ``|x| <= land / 2``. The hole (radius R) slides by x until the far corner of a land, at distance
    √(x² + b·x + r²) from its centre, touches it: x² + b·x = R² - r², so x = √(R² - r² + b²/4) - b/2."""
    hole, shaft = str(code).split("/")
    b = number("land", land, positive=True)
    big = size / 2 + limits(size, hole)[0] / 2000
    small = size / 2 + limits(size, shaft)[1] / 2000
    if b >= 2 * small:
        raise ValueError(f"land must be narrower than the pin (Ø{2 * small:g} mm): {b:g}")
    return math.sqrt(big ** 2 - small ** 2 + b ** 2 / 4) - b / 2


def deviation_pairs() -> Any:
    """A hypothesis strategy of (hole, shaft) deviation pairs, µm: any lower deviation from -60 to 60 and a tolerance
    from 1 to 60 (clearance, transition and interference fits, and the edges where a clearance is 0, come up)."""
    from hypothesis import strategies as st

    zone = st.tuples(st.integers(-60, 60), st.integers(1, 60)).map(lambda p: (p[0], p[0] + p[1]))
    return st.tuples(zone, zone)


def pin_cases() -> Any:
    """A hypothesis strategy of (mismatch, c_min_1, c_min_2) in whole micrometres (a mismatch of either sign)."""
    from hypothesis import strategies as st

    return st.tuples(st.integers(-100, 100), st.integers(0, 60), st.integers(0, 60))


def mounting_holes(length: float, width: float, margin: float) -> list[tuple[float, float]]:
    """The four mounting holes' centres, ``margin`` from the block's edges."""
    return [(margin, margin), (length - margin, margin), (margin, width - margin), (length - margin, width - margin)]


def fixture_block(length: float = 120.0, width: float = 60.0, thickness: float = 20.0, edge: float = 20.0,
                  spacing: float = 80.0, round_pin: float = 10.0, diamond_pin: float = 8.0, mount: float = 9.0,
                  margin: float = 10.0) -> Part:
    """The block with these sizes (mm), placed in the task's frame, without its pins."""
    for name, value in (("length", length), ("width", width), ("thickness", thickness), ("spacing", spacing),
                        ("round_pin", round_pin), ("diamond_pin", diamond_pin), ("mount", mount)):
        number(name, value, positive=True)
    cut = cylinder(round_pin, thickness + 2).move(x=edge, y=width / 2, z=-1)
    cut = cut + cylinder(diamond_pin, thickness + 2).move(x=edge + spacing, y=width / 2, z=-1)
    for x, y in mounting_holes(length, width, margin):
        cut = cut + cylinder(mount, thickness + 2).move(x=x, y=y, z=-1)
    return box(length, width, thickness) - cut


def pins(thickness: float = 20.0, width: float = 60.0, edge: float = 20.0, spacing: float = 80.0,
         round_pin: float = 10.0, diamond_pin: float = 8.0, height: float = PINS["height"],
         land: float = PINS["land"]) -> Part:
    """The two pins standing ``height`` above the block: the round one, and the diamond one with its flats square to
    the line of centres (two lands ``land`` mm wide are left), so that it stops the part turning and lets it slide
    along that line (:func:`diamond_float`)."""
    y = width / 2
    round_one = cylinder(round_pin, height).move(x=edge, y=y, z=thickness)
    lands = box(land, diamond_pin + 2, height).move(x=-land / 2, y=-diamond_pin / 2 - 1)
    diamond = (cylinder(diamond_pin, height) & lands).move(x=edge + spacing, y=y, z=thickness)
    return round_one + diamond


def bracket(thickness: float = 20.0, width: float = 60.0, edge: float = 20.0, spacing: float = 80.0) -> Part:
    """The new bracket (a 3 mm sheet 110 × 24 with its two locating holes) lying on the block over the pins, clear
    of the M8 bolts' heads (Ø13) on the mounting holes 10 mm from the block's edges."""
    sheet = box(110.0, 24.0, PART["thickness"]).move(x=edge - 15, y=width / 2 - 12, z=thickness)
    holes = (cylinder(10.0, 5).move(x=edge, y=width / 2, z=thickness - 1)
             + cylinder(8.0, 5).move(x=edge + spacing, y=width / 2, z=thickness - 1))
    return sheet - holes


def reference() -> Part:
    """The drawing's block."""
    return fixture_block(**DRAWING)


def mass_by_formula(length: float, width: float, thickness: float, holes: list[float], density: float = STEEL) -> float:
    """The block's mass in grams: (length × width - the holes' areas π d²/4) × thickness × density (g/cm³)."""
    return (length * width - sum(math.pi / 4 * d ** 2 for d in holes)) * thickness / 1000 * density


def model(**values: float) -> dict[str, Any]:
    """The lab's model: the block, the pins and the bracket over it (see-through), and the readout's numbers."""
    dims = {**DRAWING, **values}
    part = fixture_block(**dims)
    over = pins(dims["thickness"], dims["width"], dims["edge"], dims["spacing"], dims["round_pin"],
                dims["diamond_pin"]) + bracket(dims["thickness"], dims["width"], dims["edge"]).move(z=4)
    return {**dims, "part": part, "target": over, "volume": part.volume, "mass": part.mass(STEEL),
            "bodies": part.bodies, "through": part.holes,
            "mismatch": abs(dims["spacing"] - PART["spacing"])}


LABELS: Mapping[str, Mapping[str, str]] = {
    "title": {"kk": "Дәнекерлеу айлабұйымының плитасы", "ru": "Плита сварочного приспособления",
              "en": "Welding fixture block"},
    "thickness": {"kk": "Қалыңдығы", "ru": "Толщина", "en": "Thickness"},
    "spacing": {"kk": "Саусақтар арақашықтығы", "ru": "Расстояние между пальцами", "en": "Pin spacing"},
    "round_pin": {"kk": "Цилиндрлік саусақ тесігі", "ru": "Отверстие цилиндрического пальца",
                  "en": "Round pin hole"},
    "diamond_pin": {"kk": "Кесілген саусақ тесігі", "ru": "Отверстие срезанного пальца", "en": "Diamond pin hole"},
    "mismatch": {"kk": "Бөлшек тесіктерінен ауытқу", "ru": "Отклонение от отверстий детали",
                 "en": "Off the part's holes by"},
    "mass": {"kk": "Болат плитаның массасы", "ru": "Масса стальной плиты", "en": "Mass in steel"},
    "through": {"kk": "Өтпелі тесіктер", "ru": "Сквозные отверстия", "en": "Through-holes"},
    "over": {"kk": "Саусақтар мен оларға кигізілген кронштейн", "ru": "Пальцы и надетый на них кронштейн",
             "en": "The pins and the bracket loaded on them"},
}


def readout_html(result: Mapping[str, Any]) -> str:
    from ..i18n import _, pick
    from ..numbers import format_decimal

    def mm(value: float) -> str:
        return _("{value} mm", value=format_decimal(value, 2))

    rows = [(pick(LABELS["spacing"]), mm(result["spacing"])), (pick(LABELS["mismatch"]), mm(result["mismatch"])),
            (pick(LABELS["mass"]), f"{format_decimal(result['mass'], 0)} {pick({'kk': 'г', 'ru': 'г', 'en': 'g'})}"),
            (pick(LABELS["through"]), str(result["through"]))]
    return "<table>" + "".join(f"<tr><td>{k}</td><td><b>{v}</b></td></tr>" for k, v in rows) + "</table>"


def make_lab(start: Mapping[str, Any] | None = None) -> Any:
    """Sliders for the block's thickness, the pins' spacing and their holes; the block in 3D with the pins and the
    bracket see-through over it."""
    from ..cad.lab import PartLab
    from ..i18n import pick
    from .core import Slider

    mm = pick({"kk": "мм", "ru": "мм", "en": "mm"})
    controls = [
        Slider("thickness", LABELS["thickness"], min=12, max=30, step=1, value=20, unit=mm),
        Slider("spacing", LABELS["spacing"], min=60, max=90, step=1, value=80, unit=mm),
        Slider("round_pin", LABELS["round_pin"], min=6, max=12, step=1, value=10, unit=mm),
        Slider("diamond_pin", LABELS["diamond_pin"], min=6, max=12, step=1, value=8, unit=mm),
    ]
    return PartLab(model=model, controls=controls, readout_html=readout_html, plot=None, title=LABELS["title"],
                   start=start, target_label=LABELS["over"])


__all__ = ["CRITICAL", "DRAWING", "FITS", "IT", "LOWER", "PART", "PINS", "RANGES", "SECTIONS", "STEEL", "UPPER", "WALLS", "bracket",
           "clearance", "deviation_pairs", "diamond_float", "fit", "fit_kind", "fixture_block", "limits", "limits_of_size", "loadable", "make_lab",
           "mass_by_formula", "model", "mounting_holes", "pin_cases", "pins", "readout_html", "reference", "worst_mismatch",
           "worst_shift"]
