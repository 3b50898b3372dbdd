"""``check_part``: a 3D part checked the way an inspector checks a part against its drawing.

::

    require(check_part(bracket, reference, sections=[Section("z", 2)], walls=[Section("x", 5)]), points=4)

The part (from :mod:`curriculum.cad`, or an STL/3MF file read with ``curriculum.cad.load``) is
measured, and so is the reference (the drawing's part, built by the teacher's model); each check
compares a measurement with the reference's within a tolerance, never files byte for byte:

=================  =======================================================================  ================
check              measured                                                                 code when missed
=================  =======================================================================  ================
closed solid       every edge between two triangles, facing outwards                        ``open-mesh``
one body           separate pieces                                                          ``separate-bodies``
size               the box the part fits in (x × y × z), ``size_tol`` mm                     ``wrong-size``
position           where that box is in the task's frame, ``position_tol`` mm               ``wrong-position``
volume and mass    mm³ (and grams of the material), ``volume_rtol``                         ``wrong-volume``
through-holes      the genus (holes right through the part)                                 ``wrong-hole-count``
holes by slicing   each section's holes: centre and diameter, ``hole_tol`` mm               ``wrong-holes``
walls              the thinnest wall of each cut named in ``walls``, ``wall_tol`` mm           ``wrong-wall``
printable          no wall thinner than ``min_feature`` mm in 14 cuts (what a printer makes)  ``too-thin``
fits               the gap to each mating part (:class:`Fit`): clearance or interference    ``wrong-fit``
(assembly)         the part named ``piece`` and each mate a fit names, in the student's     ``missing-part``
                   own assembly (:func:`curriculum.cad.assembly`)
overlap            volume of the intersection over the union with the reference (IoU)      ``low-overlap``
=================  =======================================================================  ================

Each check counts the same share of the points; a part that is not a closed solid earns nothing
(it cannot be printed or measured). A task may name the checks that are **critical features** of its drawing
(``critical=("holes",)``: the locating holes of a fixture block); when one of them fails, the part would be
rejected at inspection and earns at most :data:`CRITICAL_CAP` of the points (see :func:`critical_checks`); the message
says so first. The message names, in the course language, what was measured and what the drawing wants, for every
check that failed.

A student who models several parts at once (a fixture block and its locating pins) hands them in as one
assembly: ``check_part(fixture, reference, piece="block", fits=[Fit("pin", -0.03, -0.005)])`` checks the block
against the drawing and the fit between the student's own block and pin (the mate named, not given).

Like every hidden check, a hidden ``check_part`` is decided by the grader outside the student's
kernel: the graded kernel captures the student's part as a mesh (:mod:`curriculum.check.capture`);
the grader's own run of the teacher's notebook records the reference, the mating parts and the
options (:func:`record_answer`), and :func:`decide_part` compares them with this same code.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import manifold3d as m3d
import numpy as np

from ..i18n import _, ngettext, pick
from ..numbers import format_decimal
from .mesh import MeshError, TriangleMesh, as_mesh
from .result import Result
from .solid import Solidity, solidity

DENSITY_PLA = 1.24
"""g/cm³: the mass a message shows is for PLA unless the task names another material."""

AXES = ("x", "y", "z")
# the section's plane coordinates (u, v) for a cut across each axis: a cyclic turn of x, y, z
_PLANE = {"x": ("y", "z"), "y": ("z", "x"), "z": ("x", "y")}
_TURN = {"x": [[0, 1, 0, 0], [0, 0, 1, 0], [1, 0, 0, 0]],   # (x, y, z) -> (y, z, x)
         "y": [[0, 0, 1, 0], [1, 0, 0, 0], [0, 1, 0, 0]],   # (x, y, z) -> (z, x, y)
         "z": [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]}


@dataclass(frozen=True)
class Section:
    """A cut across the ``axis`` at ``at`` mm (``Section("z", 2)``: the plane z = 2 mm)."""

    axis: str
    at: float

    def __post_init__(self) -> None:
        if self.axis not in AXES:
            raise ValueError(f"a section is across the x, y or z axis, not {self.axis!r}")
        object.__setattr__(self, "at", float(self.at))

    def name(self) -> str:
        return f"{self.axis} = {_mm_number(self.at)}"


@dataclass(frozen=True)
class Fit:
    """How the part must fit a mating part (a bolt, a pin, the workpiece a fixture holds): the smallest gap
    between them between ``min_gap`` and ``max_gap`` mm (``min_gap=0``: may touch, must not overlap; a negative
    ``min_gap`` allows a press fit of that much interference). The mate is a part the task gives, or the name of
    another part of the student's own assembly (``Fit("pin", ...)``): two parts the student modelled."""

    mate: Any
    min_gap: float = 0.0
    max_gap: float = 1.0
    label: Mapping[str, str] = field(default_factory=dict)
    """The mating part's name as the task calls it, ``{"kk": ..., "ru": ..., "en": ...}``."""


@dataclass(frozen=True)
class Hole:
    """A hole found in a section: its centre (in the section's plane) and diameter, mm."""

    u: float
    v: float
    diameter: float


@dataclass(frozen=True)
class SectionMeasure:
    section: Section
    holes: tuple[Hole, ...] = ()
    thinnest: float = 0.0
    """The thinnest wall in the cut (mm): the narrowest material, 0 when the cut misses the part or walls
    were not measured there."""


@dataclass(frozen=True)
class Measures:
    """Everything measured on one part."""

    solidity: Solidity
    bounds: tuple[float, ...] = ()
    volume: float = 0.0
    bodies: int = 0
    holes: int = 0
    sections: tuple[SectionMeasure, ...] = ()
    walls: tuple[SectionMeasure, ...] = ()


@dataclass(frozen=True)
class Finding:
    """One check's outcome: its code, whether it passed, and what the student reads when it did not."""

    check: str
    passed: bool
    code: str = ""
    message: str = ""
    measured: Any = None
    wanted: Any = None


# -- measuring --------------------------------------------------------------------------------


def measure(solid: m3d.Manifold, sections: Sequence[Section], walls: Sequence[Section] = ()) -> dict[str, Any]:
    """Box, volume, pieces, through-holes, the holes of each of ``sections`` and the thinnest wall of each of ``walls``."""
    bounds = tuple(float(v) for v in solid.bounding_box())
    bodies = len(solid.decompose())
    return {"bounds": bounds, "volume": float(solid.volume()), "bodies": bodies,
            "holes": int(solid.genus()) + max(bodies - 1, 0),
            "sections": tuple(cut(solid, s) for s in sections),
            "walls": tuple(SectionMeasure(w, (), round(thinnest_wall(section_of(solid, w)), 3)) for w in walls)}


def measure_part(part: Any, sections: Sequence[Section] = (), walls: Sequence[Section] = ()) -> Measures:
    """Measure a part (anything :func:`~curriculum.check.mesh.as_mesh` reads)."""
    found = solidity(as_mesh(part))
    if not found.closed:
        return Measures(found)
    return Measures(found, **measure(found.solid, sections, walls))


_REFERENCES: dict[tuple, tuple[m3d.Manifold, dict[str, Any]]] = {}
"""The reference's solid and measures, by its mesh and the cuts: the grader measures it once per assignment."""


def _reference(mesh: TriangleMesh, sections: tuple[Section, ...], walls: tuple[Section, ...]) -> tuple[m3d.Manifold, dict[str, Any]]:
    import hashlib

    key = (hashlib.sha256(mesh.vertices.tobytes() + mesh.triangles.tobytes()).hexdigest(), sections, walls)
    if key not in _REFERENCES:
        found = solidity(mesh)
        if not found.closed:
            raise ValueError("the reference part is not a closed solid: the task's model must be fixed")
        if len(_REFERENCES) > 32:
            _REFERENCES.clear()
        _REFERENCES[key] = (found.solid, measure(found.solid, sections, walls))
    return _REFERENCES[key]


def section_of(solid: m3d.Manifold, section: Section) -> m3d.CrossSection:
    turned = solid if section.axis == "z" else solid.transform(np.array(_TURN[section.axis], dtype=float))
    return turned.slice(section.at)


def cut(solid: m3d.Manifold, section: Section) -> SectionMeasure:
    """The holes of one cut."""
    area = section_of(solid, section)
    holes = []
    for contour in area.to_polygons():
        points = np.asarray(contour, dtype=float)
        signed = _signed_area(points)
        if signed < 0 and len(points) >= 3:
            cu, cv = _centroid(points, signed)
            radius = float(np.max(np.hypot(points[:, 0] - cu, points[:, 1] - cv)))
            holes.append(Hole(round(cu, 4), round(cv, 4), round(2 * radius, 4)))
    holes.sort(key=lambda h: (h.u, h.v))
    return SectionMeasure(section, tuple(holes))


def _signed_area(points: np.ndarray) -> float:
    x, y = points[:, 0], points[:, 1]
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


def _centroid(points: np.ndarray, signed: float) -> tuple[float, float]:
    x, y = points[:, 0], points[:, 1]
    xn, yn = np.roll(x, -1), np.roll(y, -1)
    cross = x * yn - xn * y
    return float(np.sum((x + xn) * cross) / (6 * signed)), float(np.sum((y + yn) * cross) / (6 * signed))


def _shape(area: m3d.CrossSection) -> tuple[int, int]:
    """Pieces and outlines of a cut: a wall that breaks (a neck between a hole and an edge) changes them."""
    return (len(area.decompose()), int(area.num_contour())) if not area.is_empty() else (0, 0)


def _holds(area: m3d.CrossSection, shape: tuple[int, int], total: float, r: float) -> bool:
    """Does every wall of the cut stay when the cut is shrunk by ``r`` and grown back (no wall under ``2r``)?"""
    eroded = area.offset(-r, m3d.JoinType.Round, circular_segments=SEGMENTS_OFFSET)
    if _shape(eroded) != shape:
        return False
    opened = eroded.offset(r * 1.5, m3d.JoinType.Round, circular_segments=SEGMENTS_OFFSET)
    return float((area - opened).area()) <= 1e-6 * total + 1e-9


SEGMENTS_OFFSET = 24
"""Straight pieces per full circle of the rounded corners an offset makes while walls are measured."""


def thinnest_wall(area: m3d.CrossSection, *, resolution: float = 0.002) -> float:
    """The width of the narrowest material in a cut (mm), to ``resolution``.

    Shrinking the cut by ``r`` (an erosion) breaks every wall narrower than ``2r``: a neck between a
    hole and an edge opens (the cut's pieces and outlines change), a rib or a plate vanishes, and a
    thin fin is gone when the cut is grown back (lost beyond ``r/2``; a corner only rounds off, and
    nothing of a right angle lies farther than ``0.41 r``). The thinnest wall is twice the largest
    ``r`` that breaks nothing, found by bisection; a sharp tip (under 84°) counts as thin, as it is
    for a printer's nozzle. :func:`wider_than` asks the same question for one width.
    """
    total = float(area.area())
    if area.is_empty() or total <= 0:
        return 0.0
    shape = _shape(area)
    x0, y0, x1, y1 = area.bounds()
    low, high = 0.0, min(x1 - x0, y1 - y0) / 2 + resolution
    while high - low > resolution / 2:
        r = (low + high) / 2
        if _holds(area, shape, total, r):
            low = r
        else:
            high = r
    return 2 * low


def wider_than(area: m3d.CrossSection, width: float) -> bool:
    """No wall of the cut is narrower than ``width`` mm (one step of :func:`thinnest_wall`'s test)."""
    total = float(area.area())
    if area.is_empty() or total <= 0:
        return True
    return _holds(area, _shape(area), total, width / 2)


# -- deciding -----------------------------------------------------------------------------------


def _mm_number(value: float) -> str:
    return format_decimal(value, 2)


def _mm(value: float) -> str:
    return _("{value} mm", value=_mm_number(value))


def _point(section: Section, hole: Hole) -> str:
    u, v = _PLANE[section.axis]
    return f"({u} = {_mm_number(hole.u)}, {v} = {_mm_number(hole.v)})"


def _size_text(bounds: Sequence[float]) -> str:
    return " × ".join(_mm_number(bounds[i + 3] - bounds[i]) for i in range(3))


def default_sections(reference_bounds: Sequence[float] | None) -> tuple[Section, ...]:
    """Without sections named by the task: one cut across z at the middle of the reference's height."""
    if reference_bounds is None:
        return ()
    return (Section("z", round((reference_bounds[2] + reference_bounds[5]) / 2, 4)),)


def compare_parts(student: TriangleMesh, reference: TriangleMesh | None, *, sections: Sequence[Section] = (),
                  walls: Sequence[Section] = (), fits: Sequence[Fit] = (), size_tol: float = 0.2,
                  position_tol: float = 0.5, volume_rtol: float = 0.02, hole_tol: float = 0.1, wall_tol: float = 0.2,
                  min_feature: float = 0.8, min_iou: float = 0.95, density: float = DENSITY_PLA,
                  check_position: bool = True, piece: str | None = None, critical: Sequence[str] = ()) -> Result:
    """Every check of the part against the reference (see the module's table); the pure decision.

    ``piece`` names the part of the student's assembly to check (the reference's part of that name, when the
    reference is an assembly too); a fit whose mate is a name measures against that part of the assembly.
    ``critical`` names the checks that are critical features of the drawing (:func:`critical_checks`)."""
    critical = critical_checks(critical)
    assembly = student
    if piece is not None:
        if piece not in student.names:
            return _result([_missing(student, piece)], critical)
        student = student.group(piece)
        if reference is not None and piece in reference.names:
            reference = reference.group(piece)
    found = solidity(student)
    if not found.closed:
        return _result([_not_solid(found)], critical)
    solid = found.solid
    ref_solid, theirs = None, None
    walls = tuple(walls)
    if reference is not None:
        reference_bounds = tuple(float(v) for v in (reference.vertices.min(axis=0).tolist() + reference.vertices.max(axis=0).tolist()))
        cuts = tuple(sections) or default_sections(reference_bounds)
        ref_solid, theirs = _reference(reference, cuts, walls)
    else:
        cuts = tuple(sections)
    mine_cuts, mine_walls = cuts, walls
    if theirs is not None and check_position:
        # a misplaced part is cut where the drawing's cuts fall on it, so that its place costs one check only
        start = solid.bounding_box()
        offset = {a: float(start[i]) - theirs["bounds"][i] for i, a in enumerate(AXES)}
        mine_cuts = tuple(Section(c.axis, c.at + offset[c.axis]) for c in cuts)
        mine_walls = tuple(Section(w.axis, w.at + offset[w.axis]) for w in walls)
    mine = measure(solid, mine_cuts, mine_walls)
    findings = [_bodies(mine["bodies"])]
    if theirs is not None:
        findings.append(_size(mine["bounds"], theirs["bounds"], size_tol))
        if check_position:
            findings.append(_position(mine["bounds"], theirs["bounds"], position_tol))
        findings.append(_volume(mine["volume"], theirs["volume"], volume_rtol, density))
        findings.append(_hole_count(mine["holes"], theirs["holes"]))
        shift = [mine["bounds"][i] - theirs["bounds"][i] for i in range(3)]  # a misplaced part costs one check
        if cuts:
            findings.append(_holes(mine["sections"], theirs["sections"], hole_tol, shift))
        if walls:
            findings.append(_walls(mine["walls"], theirs["walls"], wall_tol))
    findings.append(_printable(solid, (*mine_cuts, *mine_walls), min_feature))
    for fit in fits:
        if isinstance(fit.mate, str):
            if fit.mate not in assembly.names:
                findings.append(_missing(assembly, fit.mate))
                continue
            fit = Fit(assembly.group(fit.mate), fit.min_gap, fit.max_gap, fit.label or {"kk": fit.mate, "ru": fit.mate,
                                                                                        "en": fit.mate})
            findings.append(_fit(solid, fit, own=True))
        else:
            findings.append(_fit(solid, fit))
    if ref_solid is not None:
        findings.append(_overlap(solid.translate([-v for v in shift]), ref_solid, min_iou))
    return _result(findings, critical)


CHECKS = ("solid", "bodies", "size", "position", "volume", "through-holes", "holes", "walls", "printable", "assembly",
          "fit", "overlap")
"""The checks' names (:attr:`Finding.check`), in the order the module's table lists them."""

CRITICAL_CAP = 0.25
"""The most a part earns when a critical feature of its drawing fails: a quarter of the points.

An inspector rejects such a part (a fixture block whose locating holes are swapped cannot locate anything), so it must
not earn nearly full marks for its size, volume and walls; but the rest of the work was done and measured right, and
school rubrics give such work some credit while the product is rejected (a quarter, as for a method without the
result). A part that is worse than that (fewer checks passed than a quarter) keeps its lower score."""


def critical_checks(names: str | Sequence[str]) -> tuple[str, ...]:
    """The checks named critical, validated: a name that is not a check's (:data:`CHECKS`) raises ``ValueError``."""
    names = (names,) if isinstance(names, str) else tuple(names)
    unknown = [n for n in names if n not in CHECKS]
    if unknown:
        raise ValueError(f"check_part has no check {', '.join(map(repr, unknown))} to make critical; "
                         f"the checks are {', '.join(CHECKS)}")
    return tuple(dict.fromkeys(names))


def _feature(check: str) -> str:
    """A check's feature as the rejection message names it."""
    return {"solid": _("closed solid"), "bodies": _("one piece"), "size": _("size"), "position": _("position"),
            "volume": _("volume"), "through-holes": _("through-holes"), "holes": _("holes"), "walls": _("walls"),
            "printable": _("printable walls"), "assembly": _("parts of the assembly"), "fit": _("fit"),
            "overlap": _("shape")}[check]


def _result(findings: list[Finding], critical: Sequence[str] = ()) -> Result:
    failed = [f for f in findings if not f.passed]
    details = {"checks": [{"check": f.check, "passed": f.passed, "code": f.code, "measured": f.measured,
                           "wanted": f.wanted} for f in findings]}
    if not failed:
        return Result(True, 1.0, "part-matches", _("The part matches the drawing: every check passed ({n}).",
                                                   n=len(findings)), details)
    gate = any(f.check == "solid" for f in failed)
    score = 0.0 if gate else (len(findings) - len(failed)) / len(findings)
    message = " ".join(f.message for f in failed)
    rejected = [f for f in failed if f.check in critical]
    if not rejected:
        return Result(False, score, failed[0].code, message, details)
    features = ", ".join(dict.fromkeys(_feature(f.check) for f in rejected))
    details["rejected"] = list(dict.fromkeys(f.check for f in rejected))
    # the code stays the first failed check's, as without the option (teacher reports count codes)
    return Result(False, min(score, CRITICAL_CAP), failed[0].code, _(
        "The part would be rejected at inspection: a critical feature of the drawing is not met ({features}). "
        "It earns at most {percent} % of the points.", features=features,
        percent=format_decimal(CRITICAL_CAP * 100, 0)) + " " + message, details)


def _not_solid(found: Solidity) -> Finding:
    if found.problem == "empty":
        text = _("The part is empty: there is nothing to print.")
    elif found.problem == "open":
        text = ngettext("The part is not a closed solid: {n} edge belongs to one triangle only, so the surface has a "
                        "gap and a slicer cannot tell inside from outside.",
                        "The part is not a closed solid: {n} edges belong to one triangle only, so the surface has a "
                        "gap and a slicer cannot tell inside from outside.", found.open_edges)
    elif found.problem == "non-manifold":
        text = ngettext("The part is not a clean solid: {n} edge is shared by more than two triangles.",
                        "The part is not a clean solid: {n} edges are shared by more than two triangles.",
                        found.shared_edges)
    elif found.problem == "inside-out":
        text = _("The part is inside out: its triangles face inwards.")
    else:
        text = _("The part is not a closed solid.")
    return Finding("solid", False, "open-mesh", text, found.problem, "closed")


def _bodies(bodies: int) -> Finding:
    if bodies == 1:
        return Finding("bodies", True, measured=1, wanted=1)
    return Finding("bodies", False, "separate-bodies", ngettext(
        "The part is {n} separate piece; a part to print is one piece.",
        "The part falls apart into {n} separate pieces; a part to print is one piece.", bodies), bodies, 1)


def _size(mine: Sequence[float], theirs: Sequence[float], tol: float) -> Finding:
    sizes = [mine[i + 3] - mine[i] for i in range(3)]
    wanted = [theirs[i + 3] - theirs[i] for i in range(3)]
    ok = all(abs(a - b) <= tol + 1e-9 for a, b in zip(sizes, wanted))
    return Finding("size", ok, "" if ok else "wrong-size", "" if ok else _(
        "The part measures {size} mm (x × y × z); the drawing's part measures {wanted} mm, ± {tol}.",
        size=_size_text(mine), wanted=_size_text(theirs), tol=_mm(tol)), sizes, wanted)


def _position(mine: Sequence[float], theirs: Sequence[float], tol: float) -> Finding:
    """Where the part starts (its smallest x, y and z) in the task's frame: a wrong size does not move it."""
    ok = all(abs(mine[i] - theirs[i]) <= tol + 1e-9 for i in range(3))
    corner = ", ".join(f"{a} = {_mm_number(mine[i])}" for i, a in enumerate(AXES))
    wanted = ", ".join(f"{a} = {_mm_number(theirs[i])}" for i, a in enumerate(AXES))
    return Finding("position", ok, "" if ok else "wrong-position", "" if ok else _(
        "The part is not where the task's frame puts it: it starts at ({corner}); the drawing's part starts at "
        "({wanted}), ± {tol}.", corner=corner, wanted=wanted, tol=_mm(tol)), list(mine[:3]), list(theirs[:3]))


def _volume(mine: float, theirs: float, rtol: float, density: float) -> Finding:
    ok = abs(mine - theirs) <= rtol * abs(theirs)
    return Finding("volume", ok, "" if ok else "wrong-volume", "" if ok else _(
        "The part's volume is {volume} mm³ ({mass} g); the drawing's part has {wanted} mm³ ({wanted_mass} g), "
        "± {percent} %.", volume=format_decimal(mine, 0), mass=format_decimal(mine / 1000 * density, 1),
        wanted=format_decimal(theirs, 0), wanted_mass=format_decimal(theirs / 1000 * density, 1),
        percent=format_decimal(rtol * 100, 1)), round(mine, 3), round(theirs, 3))


def _hole_count(mine: int, theirs: int) -> Finding:
    ok = mine == theirs
    return Finding("through-holes", ok, "" if ok else "wrong-hole-count", "" if ok else ngettext(
        "The part has {n} hole right through it; the drawing has {wanted}.",
        "The part has {n} holes right through it; the drawing has {wanted}.", mine, wanted=theirs), mine, theirs)


def _holes(mine: Sequence[SectionMeasure], theirs: Sequence[SectionMeasure], tol: float,
           shift: Sequence[float] = (0.0, 0.0, 0.0)) -> Finding:
    """Each hole of the drawing's cuts found in the part's, measured from where each part starts (as an
    inspector measures from the part's edges), and shown in the drawing's coordinates."""
    problems, measured, wanted = [], [], []
    for got, want in zip(mine, theirs):
        section = want.section
        du, dv = (shift[AXES.index(a)] for a in _PLANE[section.axis])
        got = SectionMeasure(got.section, tuple(Hole(h.u - du, h.v - dv, h.diameter) for h in got.holes), got.thinnest)
        measured.append([[h.u, h.v, h.diameter] for h in got.holes])
        wanted.append([[h.u, h.v, h.diameter] for h in want.holes])
        free = list(got.holes)
        for hole in want.holes:
            if not free:
                problems.append(_("In the section {section} mm the hole at {point} of Ø{d} is missing.",
                                  section=section.name(), point=_point(section, hole), d=_mm(hole.diameter)))
                continue
            near = min(free, key=lambda h: math.hypot(h.u - hole.u, h.v - hole.v))
            distance = math.hypot(near.u - hole.u, near.v - hole.v)
            if distance > max(hole.diameter / 2, 2 * tol):
                problems.append(_("In the section {section} mm the hole at {point} of Ø{d} is missing.",
                                  section=section.name(), point=_point(section, hole), d=_mm(hole.diameter)))
                continue
            free.remove(near)
            if distance > 2 * tol + 1e-9:
                problems.append(_("In the section {section} mm a hole is at {point}; the drawing puts it at {wanted}, "
                                  "± {tol}.", section=section.name(), point=_point(section, near),
                                  wanted=_point(section, hole), tol=_mm(2 * tol)))
            if abs(near.diameter - hole.diameter) > tol + 1e-9:
                problems.append(_("In the section {section} mm the hole at {point} measures Ø{d}; the drawing says "
                                  "Ø{wanted}, ± {tol}.", section=section.name(), point=_point(section, near),
                                  d=_mm(near.diameter), wanted=_mm(hole.diameter), tol=_mm(tol)))
        for extra in free:
            problems.append(_("In the section {section} mm there is a hole at {point} of Ø{d} that the drawing does "
                              "not have.", section=section.name(), point=_point(section, extra), d=_mm(extra.diameter)))
    ok = not problems
    return Finding("holes", ok, "" if ok else "wrong-holes", " ".join(problems), measured, wanted)


def _walls(mine: Sequence[SectionMeasure], theirs: Sequence[SectionMeasure], tol: float) -> Finding:
    problems = []
    for got, want in zip(mine, theirs):
        if want.thinnest > 0 and abs(got.thinnest - want.thinnest) > tol + 1e-9:
            problems.append(_("In the section {section} mm the thinnest wall is {wall}; the drawing's is {wanted}, "
                              "± {tol}.", section=want.section.name(), wall=_mm(got.thinnest),
                              wanted=_mm(want.thinnest), tol=_mm(tol)))
    ok = not problems
    return Finding("walls", ok, "" if ok else "wrong-wall", " ".join(problems),
                   [s.thinnest for s in mine], [s.thinnest for s in theirs])


def _printable(solid: m3d.Manifold, cuts: Sequence[Section], min_feature: float) -> Finding:
    """No wall thinner than the printer can print: in the task's cuts, in eight layers across z (as a slicer
    cuts the part) and in three cuts across x and across y."""
    box = solid.bounding_box()
    layers = [Section("z", box[2] + (k + 0.5) / 8 * (box[5] - box[2])) for k in range(8)]
    across = [Section(a, box[i] + f * (box[i + 3] - box[i])) for i, a in enumerate(AXES[:2]) for f in (0.25, 0.5, 0.75)]
    for section in (*cuts, *layers, *across):
        area = section_of(solid, section)
        if not wider_than(area, min_feature):
            wall = thinnest_wall(area)
            return Finding("printable", False, "too-thin", _(
                "In the section {section} mm a wall is only {wall} thick; the printer needs at least {wanted}.",
                section=section.name(), wall=_mm(wall), wanted=_mm(min_feature)), round(wall, 3), min_feature)
    return Finding("printable", True, measured=None, wanted=min_feature)


def _missing(assembly: TriangleMesh, name: str) -> Finding:
    """A part the check names that the student's assembly does not have."""
    has = ", ".join(assembly.names) if assembly.names else _("one part without a name")
    return Finding("assembly", False, "missing-part", _(
        "The assembly has no part named {name}; it has {parts}. Hand the parts in as assembly({name}=..., ...).",
        name=name, parts=has), list(assembly.names), name)


def _fit(solid: m3d.Manifold, fit: Fit, *, own: bool = False) -> Finding:
    """The fit with a mate: the task's (an error of the task's model if it is not a closed solid) or, ``own``, a part
    of the student's assembly (then the student's mistake, said so)."""
    mate_found = solidity(as_mesh(fit.mate))
    name = pick(fit.label) if fit.label else _("the mating part")
    if not mate_found.closed:
        if not own:
            raise ValueError("a mating part of the task is not a closed solid: the task's model must be fixed")
        return Finding("fit", False, "wrong-fit", _(
            "Fit ({name}): that part is not a closed solid, so the fit cannot be measured.", name=name), None,
            [fit.min_gap, fit.max_gap])
    mate = mate_found.solid
    overlap = float((solid ^ mate).volume())
    wanted = _("{low} to {high}", low=_mm(fit.min_gap), high=_mm(fit.max_gap))
    if overlap > 1e-6:
        if fit.min_gap < 0:
            gap = -_interference(solid, mate)
        else:
            return Finding("fit", False, "wrong-fit", _(
                "Fit ({name}): the parts overlap by {volume} mm³; the fit needs a gap of {wanted}.",
                name=name, volume=format_decimal(overlap, 2), wanted=wanted), -overlap, [fit.min_gap, fit.max_gap])
    else:
        gap = float(solid.min_gap(mate, max(fit.max_gap, 0.0) * 2 + 1.0))
    ok = fit.min_gap - 1e-6 <= gap <= fit.max_gap + 1e-6
    return Finding("fit", ok, "" if ok else "wrong-fit", "" if ok else _(
        "Fit ({name}): the gap is {gap}; the fit needs {wanted}.", name=name, gap=_mm(gap),
        wanted=wanted), round(gap, 4), [fit.min_gap, fit.max_gap])


def _interference(solid: m3d.Manifold, mate: m3d.Manifold) -> float:
    """How deep the mate reaches into the part (mm), measured in three cuts (across x, y and z) through the
    middle of their overlap: in each, the least inward offset of the mate's cut that clears the part's."""
    common = solid ^ mate
    box = common.bounding_box()
    deepest = 0.0
    for i, axis in enumerate(AXES):
        section = Section(axis, (box[i] + box[i + 3]) / 2)
        mine, theirs = section_of(solid, section), section_of(mate, section)
        if float((mine ^ theirs).area()) <= 1e-9:
            continue
        low, high = 0.0, max(box[3] - box[0], box[4] - box[1], box[5] - box[2])
        while high - low > 0.001:
            middle = (low + high) / 2
            shrunk = theirs.offset(-middle, m3d.JoinType.Round, circular_segments=SEGMENTS_OFFSET)
            if float((mine ^ shrunk).area()) > 1e-9:
                low = middle
            else:
                high = middle
        deepest = max(deepest, high)
    return deepest


def _overlap(solid: m3d.Manifold, reference: m3d.Manifold, min_iou: float) -> Finding:
    common = float((solid ^ reference).volume())
    either = float(solid.volume()) + float(reference.volume()) - common  # the union's volume, without a second boolean
    iou = common / either if either > 0 else 0.0
    ok = iou >= min_iou - 1e-9
    return Finding("overlap", ok, "" if ok else "low-overlap", "" if ok else _(
        "Laid over the drawing's part, the volume they share is {share} % of the volume they fill together; "
        "at least {wanted} % is needed.",
        share=format_decimal(iou * 100, 1), wanted=format_decimal(min_iou * 100, 1)), round(iou, 5), min_iou)


# -- the check ----------------------------------------------------------------------------------


def check_part(part: Any, reference: Any = None, *, sections: Sequence[Section] = (), walls: Sequence[Section] = (),
               fits: Sequence[Fit] = (), piece: str | None = None, **options: Any) -> Result:
    """Check a part against the drawing's part (``reference``) like an inspector; see the module's table.

    ``sections`` (:class:`Section`) are the cuts where holes are measured (default: across z at
    mid-height of the reference), ``walls`` the cuts whose thinnest wall is measured; ``fits`` (:class:`Fit`) the mating parts; ``options`` the
    tolerances of :func:`compare_parts`. Without a reference only the part's own soundness is
    checked (one closed piece, printable, fits): a public test can use that. ``piece`` names the part of the
    student's assembly (:func:`curriculum.cad.assembly`) to check, and a :class:`Fit` whose mate is a name measures
    the fit between two parts of that assembly.
    """
    from .record import record_answer

    sections, walls, fits = tuple(sections), tuple(walls), tuple(fits)
    unknown = set(options) - OPTIONS
    if unknown:
        raise TypeError(f"check_part has no option {', '.join(sorted(unknown))}; the options are {', '.join(sorted(OPTIONS))}")
    if piece is not None:
        options["piece"] = str(piece)
    if "critical" in options:
        critical = critical_checks(options.pop("critical"))
        if critical:
            options["critical"] = list(critical)
    reference_mesh = as_mesh(reference) if reference is not None else None
    mates = [as_mesh(f.mate) for f in fits if not isinstance(f.mate, str)]
    given = iter(mates)
    try:
        mesh = as_mesh(part)
    except MeshError as exc:
        outcome = Result(False, 0.0, "not-a-part", _not_a_part(part, exc))
        record_answer(None, None, mode="part", options={}, result=outcome)
        return outcome
    outcome = compare_parts(mesh, reference_mesh, sections=sections, walls=walls, fits=tuple(
        f if isinstance(f.mate, str) else Fit(next(given), f.min_gap, f.max_gap, f.label) for f in fits), **options)
    record_answer(None, mesh, mode="part", options=part_options(sections, walls, fits, options), result=outcome,
                  teacher=reference_mesh, teacher_extra=lambda: {"mates": [m.to_doc() for m in mates]})
    return outcome


OPTIONS = {"size_tol", "position_tol", "volume_rtol", "hole_tol", "wall_tol", "min_feature", "min_iou", "density",
           "check_position", "piece", "critical"}


def _not_a_part(part: Any, exc: MeshError) -> str:
    if part is None:
        return _("There is no part: the variable holds None.")
    return _("A part was expected (made with curriculum.cad or loaded from an STL file), not {kind}.",
             kind=type(part).__name__)


def part_options(sections: Sequence[Section], walls: Sequence[Section], fits: Sequence[Fit],
                 options: Mapping[str, Any]) -> dict[str, Any]:
    """The check's options as data: what the grader needs to decide the same way."""
    return {**{k: v for k, v in options.items() if k in OPTIONS},
            "sections": [[s.axis, s.at] for s in sections], "walls": [[s.axis, s.at] for s in walls],
            "fits": [{"min_gap": f.min_gap, "max_gap": f.max_gap, "label": dict(f.label),
                      **({"mate": f.mate} if isinstance(f.mate, str) else {})} for f in fits]}


def decide_part(student: TriangleMesh, reference: TriangleMesh | None, mates: Sequence[TriangleMesh],
                options: Mapping[str, Any]) -> Result:
    """The grader's decision from the recorded data (the same code as :func:`check_part`)."""
    sections = tuple(Section(str(axis), float(at)) for axis, at in options.get("sections", []))
    walls = tuple(Section(str(axis), float(at)) for axis, at in options.get("walls", []))
    fit_docs = options.get("fits", [])
    if len([doc for doc in fit_docs if "mate" not in doc]) != len(mates):
        raise ValueError("the recorded fits and mating parts do not match")
    given = iter(mates)
    fits = tuple(Fit(str(doc["mate"]) if "mate" in doc else next(given), float(doc["min_gap"]), float(doc["max_gap"]),
                     doc.get("label") or {}) for doc in fit_docs)
    tolerances = {k: v for k, v in options.items() if k in OPTIONS}
    return compare_parts(student, reference, sections=sections, walls=walls, fits=fits, **tolerances)
