"""A spur gear's blank from its module and number of teeth, for ``inf-09-gear-blank``.

A gear is cut from a *blank*: a disc turned to the gear's tip diameter, as wide as the gear, with the bore for its
shaft and, in a large gear, lightening holes in its web. The blank's sizes come from grade 8's gear formulas
(:mod:`curriculum.labs.gears`): the pitch diameter ``d = m z``, and with the standard basic rack (ISO 53: addendum
``m``, dedendum ``1.25 m``) the tip diameter ``d_a = m (z + 2)`` and the root diameter ``d_f = m (z - 2.5)``.

The part in the task's frame (the printer's: x right, y away, z up, mm): the disc lies on the bed, its axis the z
axis (centre at the origin), ``width`` tall; the bore goes through the centre; ``holes`` lightening holes of
``hole`` mm lie on the circle of ``circle`` mm (by default half way between the bore and the root circle,
``(d_f + D)/2``), the first on the +x axis, the others counter-clockwise at equal angles.

>>> part = gear_blank()
>>> part.size
(84.0, 84.0, 12.0)
>>> part.holes
7
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from ..cad import Part, cylinder, extrude, polygon
from ..check.design import Requirement, Spec
from ..check.part import Section
from .gears import MIN_TEETH, pitch_diameter, tooth_outline
from .inputs import count, number

VIEW_3D = True
"""The lab's view is the part in 3D (:class:`curriculum.cad.lab.PartLab`), not a plot."""

DRAWING = {"module": 2.0, "teeth": 40, "width": 12.0, "bore": 15.0, "holes": 6, "hole": 10.0}
"""The drawing of the prototype wheel (mm): module 2, 40 teeth, 12 mm wide, a Ø15 bore, six Ø10 lightening holes on the
circle half way between the bore and the root circle (Ø45)."""

SECTIONS = (Section("z", 6.0),)
"""Where the check looks for holes: across the disc at half its width."""
WALLS = (Section("z", 6.0),)
"""Where the check measures the thinnest wall: the same cut (the web between the holes, and the rim)."""

RIM_MODULES = 2.5
"""The rim under the teeth must be at least 2.5 modules thick (machine design handbooks give 2.5-3 m for a cut
gear's rim), or the teeth tear it."""

MODULE_TERM = {"kk": "модуль", "ru": "модуль", "en": "the module"}
TEETH_TERM = {"kk": "тістер саны", "ru": "число зубьев", "en": "the number of teeth"}
WIDTH_TERM = {"kk": "ені", "ru": "ширина", "en": "the width"}
BORE_TERM = {"kk": "білік тесігі", "ru": "отверстие под вал", "en": "the bore"}
HOLE_TERM = {"kk": "жеңілдету тесіктерінің диаметрі", "ru": "диаметр облегчающих отверстий", "en": "the holes' diameter"}
HOLES_TERM = {"kk": "жеңілдету тесіктерінің саны", "ru": "число облегчающих отверстий", "en": "the number of holes"}
"""The sizes a bad value names, in the course language (the glossary's terms)."""


def tip_diameter(m: float, z: float) -> float:
    """The tip (outside) diameter ``d_a = m (z + 2)``: the blank is turned to it."""
    return number(MODULE_TERM, m, positive=True) * (number(TEETH_TERM, z, positive=True) + 2)


def root_diameter(m: float, z: float) -> float:
    """The root diameter ``d_f = m (z - 2.5)``: where the tooth spaces end."""
    return number(MODULE_TERM, m, positive=True) * (number(TEETH_TERM, z, positive=True) - 2.5)


def hole_positions(n: int, circle: float) -> list[tuple[float, float]]:
    """The centres of ``n`` holes equally spaced on a circle of diameter ``circle``, the first on the +x axis, the
    others counter-clockwise: ``(r cos(2πk/n), r sin(2πk/n))`` for k = 0 … n - 1."""
    n, r = count("n", n), number("circle", circle, minimum=0) / 2
    return [(r * math.cos(2 * math.pi * k / n), r * math.sin(2 * math.pi * k / n)) for k in range(n)]


def rim(m: float, z: float, circle: float, hole: float) -> float:
    """The rim's thickness under the teeth: from the holes' outer edge to the root circle (mm)."""
    return root_diameter(m, z) / 2 - (circle / 2 + hole / 2)


def web(bore: float, circle: float, hole: float) -> float:
    """The web's thickness between the bore and the holes' inner edge (mm)."""
    return (circle / 2 - hole / 2) - bore / 2


def bridge(holes: int, circle: float, hole: float) -> float:
    """The narrowest strip of material between two neighbouring holes (mm): their centres' distance less a hole."""
    if holes < 2:
        return math.inf
    return circle * math.sin(math.pi / holes) - hole


def hole_circle(m: float, z: float, bore: float) -> float:
    """The diameter of the circle the lightening holes sit on: half way between the bore and the root circle."""
    return (root_diameter(m, z) + bore) / 2


def gear_blank(module: float = 2.0, teeth: int = 40, width: float = 12.0, bore: float = 15.0, holes: int = 6,
               hole: float = 10.0, circle: float | None = None) -> Part:
    """The blank with these sizes (mm), placed in the task's frame (holes that do not fit cut the web or the rim:
    the part shows it, and the readout's rim and bridge)."""
    d_a = tip_diameter(module, teeth)
    number(WIDTH_TERM, width, positive=True), number(BORE_TERM, bore, positive=True)
    if bore >= root_diameter(module, teeth):
        from ..i18n import _
        from ..numbers import format_trimmed

        raise ValueError(_("a bore of {bore} mm does not fit a gear of root diameter {root} mm",
                           bore=format_trimmed(bore, 6), root=format_trimmed(root_diameter(module, teeth), 6)))
    circle = hole_circle(module, teeth, bore) if circle is None else circle
    cut = cylinder(bore, width + 2, center=True)
    holes = count(HOLES_TERM, holes)
    if holes > 0:
        number(HOLE_TERM, hole, positive=True)
        for x, y in hole_positions(holes, circle):
            cut = cut + cylinder(hole, width + 2, center=True).move(x=x, y=y)
    return cylinder(d_a, width, center=True).move(z=width / 2) - cut.move(z=width / 2)


def gear(module: float = 2.0, teeth: int = 40, width: float = 12.0) -> Part:
    """The gear cut from the blank (its teeth drawn as in :func:`curriculum.labs.gears.tooth_outline`), without bore or
    holes: what the lab shows see-through beside the blank."""
    return extrude(polygon(tooth_outline(int(teeth), float(module))), width)


def reference() -> Part:
    """The drawing's blank."""
    return gear_blank(**DRAWING)


def mass_by_formula(module: float, teeth: int, width: float, bore: float, holes: int, hole: float,
                    density: float = 1.24) -> float:
    """The blank's mass in grams by the formula: (π/4) (d_a² - D² - n h²) b, times the density (g/cm³)."""
    area = math.pi / 4 * (tip_diameter(module, teeth) ** 2 - bore ** 2 - holes * hole ** 2)
    return area * width / 1000 * density


def model(**values: float) -> dict[str, Any]:
    """The lab's model: the blank, the gear it becomes, its diameters and what the readout shows."""
    dims = {**DRAWING, **values}
    dims["teeth"], dims["holes"] = count(TEETH_TERM, dims["teeth"], minimum=1), count(HOLES_TERM, dims["holes"])
    part = gear_blank(**dims)
    m, z, bore = dims["module"], dims["teeth"], dims["bore"]
    circle = hole_circle(m, z, bore)
    thick = rim(m, z, circle, dims["hole"]) if dims["holes"] else root_diameter(m, z) / 2 - bore / 2
    beside = gear(m, z, dims["width"]).move(x=tip_diameter(m, z) + 15)  # beside the blank, not hidden in it
    return {**dims, "part": part, "target": beside, "pitch": pitch_diameter(m, z),
            "tip": tip_diameter(m, z), "root": root_diameter(m, z), "circle": circle, "volume": part.volume,
            "mass": part.mass(), "bodies": part.bodies, "through": part.holes, "rim": thick,
            "rim_needed": RIM_MODULES * m, "rim_margin": thick - RIM_MODULES * m,
            "web": web(bore, circle, dims["hole"]) if dims["holes"] else math.inf,
            "bridge": bridge(dims["holes"], circle, dims["hole"])}


LABELS: Mapping[str, Mapping[str, str]] = {
    "title": {"kk": "Тісті доңғалақтың дайындамасы", "ru": "Заготовка зубчатого колеса", "en": "Gear blank"},
    "module": {"kk": "Модуль m", "ru": "Модуль m", "en": "Module m"},
    "teeth": {"kk": "Тістер саны z", "ru": "Число зубьев z", "en": "Teeth z"},
    "width": {"kk": "Ені b", "ru": "Ширина b", "en": "Width b"},
    "bore": {"kk": "Білік тесігі D", "ru": "Отверстие под вал D", "en": "Bore D"},
    "holes": {"kk": "Жеңілдету тесіктері", "ru": "Облегчающие отверстия", "en": "Lightening holes"},
    "hole": {"kk": "Тесік диаметрі h", "ru": "Диаметр отверстия h", "en": "Hole diameter h"},
    "circle": {"kk": "Тесіктер шеңбері", "ru": "Окружность отверстий", "en": "Hole circle"},
    "pitch": {"kk": "Бөлгіш диаметр d = mz", "ru": "Делительный диаметр d = mz", "en": "Pitch diameter d = mz"},
    "tip": {"kk": "Тіс төбелерінің диаметрі dₐ = m(z + 2)", "ru": "Диаметр вершин зубьев dₐ = m(z + 2)",
            "en": "Tip diameter dₐ = m(z + 2)"},
    "root": {"kk": "Тіс ойыстарының диаметрі d_f = m(z − 2,5)", "ru": "Диаметр впадин d_f = m(z − 2,5)",
             "en": "Root diameter d_f = m(z − 2.5)"},
    "rim": {"kk": "Құрсау қалыңдығы", "ru": "Толщина обода", "en": "Rim thickness"},
    "rim-margin": {"kk": "Құрсаудың қоры (2,5m-ден артығы)", "ru": "Запас обода (сверх 2,5m)",
                   "en": "Rim margin (over 2.5m)"},
    "bridge": {"kk": "Тесіктер арасындағы көпір", "ru": "Перемычка между отверстиями", "en": "Bridge between holes"},
    "mass": {"kk": "PLA массасы", "ru": "Масса из PLA", "en": "Mass in PLA"},
    "through": {"kk": "Өтпелі тесіктер", "ru": "Сквозные отверстия", "en": "Through-holes"},
    "gear": {"kk": "Дайындамадан кесілетін тісті доңғалақ", "ru": "Зубчатое колесо, которое нарежут из заготовки",
             "en": "The gear cut from the blank"},  # shown beside it
    "spec": {"kk": "Жеңіл доңғалақ: техникалық тапсырма", "ru": "Лёгкое колесо: техническое задание",
             "en": "The light wheel: specification"},
}

LIGHT = {"pitch": 80.0, "teeth": float(MIN_TEETH), "width": 10.0, "rim_margin": 0.0, "bridge": 3.0, "mass": 55.0}
"""The light wheel's specification: it meshes where the drawing's did (pitch diameter 80 mm), at least 17 teeth (no
undercut), at least 10 mm wide, a rim of at least 2.5 modules, at least 3 mm between holes, at most 55 g of PLA."""


def _design_spec() -> Spec:
    mm = {"kk": "мм", "ru": "мм", "en": "mm"}
    return Spec(
        (Requirement("pitch", "==", LIGHT["pitch"], mm, LABELS["pitch"], rtol=0.001),
         Requirement("teeth", ">=", LIGHT["teeth"], "", LABELS["teeth"]),
         Requirement("width", ">=", LIGHT["width"], mm, LABELS["width"]),
         Requirement("rim_margin", ">=", LIGHT["rim_margin"], mm, LABELS["rim-margin"]),
         Requirement("bridge", ">=", LIGHT["bridge"], mm, LABELS["bridge"]),
         Requirement("mass", "<=", LIGHT["mass"], {"kk": "г", "ru": "г", "en": "g"}, LABELS["mass"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The light wheel (the design task ``"light"``)."""


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design (the lab's sliders as a dictionary): every size must be given (a missing one
    is named, not taken from the drawing), and the teeth and holes are whole numbers (40 or 40.0, not 40.5)."""
    return model(**{key: design[key] for key in DRAWING})


def readout_html(result: Mapping[str, Any]) -> str:
    from ..i18n import _, pick
    from ..numbers import format_decimal

    def mm(value: float) -> str:
        return _("{value} mm", value=format_decimal(value, 2))

    rows = [(pick(LABELS["pitch"]), mm(result["pitch"])), (pick(LABELS["tip"]), mm(result["tip"])),
            (pick(LABELS["root"]), mm(result["root"])),
            (pick(LABELS["circle"]), mm(result["circle"])),
            (pick(LABELS["rim"]), mm(result["rim"]) + f" (≥ {format_decimal(RIM_MODULES, 1)}m = {format_decimal(result['rim_needed'], 2)})"),
            (pick(LABELS["mass"]), f"{format_decimal(result['mass'], 1)} {pick({'kk': 'г', 'ru': 'г', 'en': 'g'})}"),
            (pick(LABELS["through"]), str(result["through"]))]
    if result["holes"] >= 2:
        rows.insert(4, (pick(LABELS["bridge"]), mm(result["bridge"])))
    return "<table>" + "".join(f"<tr><td>{k}</td><td><b>{v}</b></td></tr>" for k, v in rows) + "</table>"


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """Sliders for the module, the teeth, the width, the bore and the lightening holes; the blank in 3D with the gear
    it becomes see-through beside it. ``task="light"`` poses the design task :data:`DESIGN_SPEC` with a Check
    button; ``start`` sets the sliders from a design dictionary."""
    if task not in (None, "light"):
        raise ValueError(f"unknown design task {task!r}: the gear blank lab has 'light'")
    from ..cad.lab import PartLab
    from ..i18n import pick
    from .core import Slider

    mm = pick({"kk": "мм", "ru": "мм", "en": "mm"})
    controls = [
        Slider("module", LABELS["module"], min=1.5, max=4, step=0.5, value=2, unit=mm),
        Slider("teeth", LABELS["teeth"], min=17, max=60, step=1, value=30, whole=True),
        Slider("width", LABELS["width"], min=6, max=20, step=1, value=12, unit=mm),
        Slider("bore", LABELS["bore"], min=8, max=20, step=1, value=15, unit=mm),
        Slider("holes", LABELS["holes"], min=0, max=10, step=1, value=6, whole=True),
        Slider("hole", LABELS["hole"], min=4, max=20, step=1, value=10, unit=mm),
    ]
    return PartLab(model=model, controls=controls, readout_html=readout_html, plot=None, title=LABELS["title"],
                   spec=DESIGN_SPEC if task else None, start=start, target_label=LABELS["gear"])


__all__ = ["DESIGN_SPEC", "DRAWING", "LIGHT", "RIM_MODULES", "SECTIONS", "WALLS", "bridge", "design_result", "gear",
           "gear_blank", "hole_circle", "hole_positions", "make_lab", "mass_by_formula", "model", "readout_html", "reference", "rim",
           "root_diameter", "tip_diameter", "web"]
