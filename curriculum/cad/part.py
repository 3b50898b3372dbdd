"""Solid parts in millimetres: primitives, extrusions, revolutions, booleans and patterns.

The coordinate frame is the 3D printer's: **x** to the right, **y** away from you, **z** up,
millimetres, and the print bed is the plane z = 0. A part is *placed* in that frame as the task's
drawing says (for instance "the bracket's base lies on the bed, its outer corner at the origin"),
because the check measures sizes *and* positions. Each task states its frame; :func:`box` with
``center=False``, :func:`extrude` and :func:`cylinder` start on the bed.

Parts are exact solids (``manifold3d``): ``a + b`` joins, ``a - b`` cuts, ``a & b`` keeps what both
fill, and every result is again one closed solid (or several, if the pieces do not touch).

>>> plate = extrude(rounded_rectangle(60, 30, radius=5), 4)
>>> bracket = plate - cylinder(5, 4).move(x=-20) - cylinder(5, 4).move(x=20)
>>> bracket.size
(60.0, 30.0, 4.0)
>>> bracket.holes
2
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import reduce
from typing import Any

import manifold3d as m3d
import numpy as np

from ..check.mesh import TriangleMesh
from .sketch import SEGMENTS, Sketch, SketchError, _positive, segments

DENSITY_PLA = 1.24
"""g/cm³ of PLA, the usual school printer filament (PETG 1.27, ABS 1.04)."""


class PartError(ValueError):
    """A part that cannot be made; the message says which value is wrong."""


class Part:
    """A solid in millimetres. Immutable: every operation returns a new part.

    Measures: :attr:`size`, :attr:`bounds`, :attr:`volume` (mm³), :meth:`mass`, :attr:`holes`
    (through-holes, the genus), :attr:`bodies` (separate pieces). Shows itself in 3D in a
    notebook (:meth:`show`) and saves itself for a slicer (:meth:`save`).
    """

    __slots__ = ("_solid", "_mesh", "name")

    def __init__(self, solid: m3d.Manifold, name: str = ""):
        if solid.status() != m3d.Error.NoError:
            raise PartError(f"the kernel could not make this part ({solid.status().name})")
        self._solid = solid
        self._mesh: TriangleMesh | None = None
        self.name = name

    # -- combining -------------------------------------------------------------------------------

    def __add__(self, other: Part) -> Part:
        return Part(self._solid + _part(other)._solid)

    def __sub__(self, other: Part) -> Part:
        return Part(self._solid - _part(other)._solid)

    def __and__(self, other: Part) -> Part:
        return Part(self._solid ^ _part(other)._solid)

    def __radd__(self, other: Any) -> Part:  # sum([a, b, c]) starts from 0
        if other == 0:
            return self
        return _part(other) + self

    # -- placing ---------------------------------------------------------------------------------

    def move(self, x: float = 0.0, y: float = 0.0, z: float = 0.0) -> Part:
        """The part moved by ``x``, ``y``, ``z`` mm."""
        return Part(self._solid.translate((float(x), float(y), float(z))), self.name)

    def rotate(self, x: float = 0.0, y: float = 0.0, z: float = 0.0) -> Part:
        """The part turned about the x, then the y, then the z axis through the origin, in degrees
        (anticlockwise looking from the axis's positive end)."""
        return Part(self._solid.rotate((float(x), float(y), float(z))), self.name)

    def mirror(self, plane: str = "yz") -> Part:
        """The mirror image in the ``"yz"`` (x → −x), ``"xz"`` (y → −y) or ``"xy"`` (z → −z) plane."""
        normals = {"yz": (1.0, 0.0, 0.0), "xz": (0.0, 1.0, 0.0), "xy": (0.0, 0.0, 1.0)}
        if plane not in normals:
            raise PartError(f"mirror in the 'yz', 'xz' or 'xy' plane, not {plane!r}")
        return Part(self._solid.mirror(normals[plane]), self.name)

    def scale(self, factor: float) -> Part:
        """The part made ``factor`` times larger about the origin (a unit change: 25.4 turns inches into mm)."""
        return Part(self._solid.scale((_positive("factor", factor),) * 3), self.name)

    def on_bed(self) -> Part:
        """The part moved up or down so that its lowest point lies on the bed (z = 0)."""
        return self.move(z=-self.bounds[2])

    # -- measuring ---------------------------------------------------------------------------

    @property
    def bounds(self) -> tuple[float, float, float, float, float, float]:
        """``(x_min, y_min, z_min, x_max, y_max, z_max)`` in mm."""
        return tuple(round(float(v), 6) for v in self._solid.bounding_box())  # type: ignore[return-value]

    @property
    def size(self) -> tuple[float, float, float]:
        """Length along x, y and z of the box the part fits in, in mm."""
        b = self.bounds
        return (round(b[3] - b[0], 6), round(b[4] - b[1], 6), round(b[5] - b[2], 6))

    @property
    def volume(self) -> float:
        """Volume in mm³ (1 cm³ = 1000 mm³)."""
        return float(self._solid.volume())

    def mass(self, density: float = DENSITY_PLA) -> float:
        """Mass in grams for a material of ``density`` g/cm³ (PLA by default), printed solid."""
        return self.volume / 1000.0 * float(density)

    @property
    def holes(self) -> int:
        """How many holes go right through the part (its genus: a ring has 1, a plate with two holes 2),
        counted over all its pieces."""
        return int(self._solid.genus()) + max(self.bodies - 1, 0)

    @property
    def bodies(self) -> int:
        """How many separate pieces the part is made of (a part to print is one)."""
        return len(self._solid.decompose()) if not self._solid.is_empty() else 0

    @property
    def is_empty(self) -> bool:
        return bool(self._solid.is_empty())

    def section(self, z: float) -> Sketch:
        """The cut through the part at height ``z`` mm, as a sketch."""
        return Sketch(self._solid.slice(float(z)))

    # -- as data -----------------------------------------------------------------------------

    def __mesh__(self) -> TriangleMesh:
        """The part's triangles (what the check and the viewer receive)."""
        if self._mesh is None:
            mesh = self._solid.to_mesh()
            self._mesh = TriangleMesh(np.asarray(mesh.vert_properties)[:, :3], np.asarray(mesh.tri_verts))
        return self._mesh

    @property
    def manifold(self) -> m3d.Manifold:
        """The ``manifold3d`` solid, for what this API does not cover."""
        return self._solid

    def save(self, path: Any) -> Any:
        """Save for a slicer: ``.stl`` or ``.3mf`` (units: mm); returns the path."""
        from .files import save

        return save(self, path)

    def show(self, target: Part | None = None, **options: Any) -> Any:
        """A 3D view of the part (and of ``target``, the part to match, shown see-through)."""
        from .viewer import Viewer

        return Viewer(self, target=target, **options)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.show())

    def __repr__(self) -> str:
        if self.is_empty:
            return "Part(empty)"
        x, y, z = self.size
        return f"Part({x:g} × {y:g} × {z:g} mm, {self.volume:.6g} mm³, holes {self.holes}, bodies {self.bodies})"


def _part(value: object) -> Part:
    if isinstance(value, Sketch):
        raise TypeError("a sketch is flat: extrude(sketch, height) makes a part of it")
    if not isinstance(value, Part):
        raise TypeError(f"a part can be combined only with a part, not {type(value).__name__}")
    return value


def from_mesh(mesh: Any, name: str = "") -> Part:
    """A part from a closed triangle mesh (a :class:`TriangleMesh`, or anything ``as_mesh`` reads);
    vertices repeated at the same place (as an STL file repeats them) are merged first."""
    from ..check.mesh import as_mesh
    from ..check.solid import to_manifold  # noqa: I001

    solid, problem = to_manifold(as_mesh(mesh))
    if solid is None:
        raise PartError(problem)
    return Part(solid, name)


# -- primitives ------------------------------------------------------------------------------


def box(x: float, y: float, z: float, *, center: bool = False) -> Part:
    """A block ``x × y × z`` mm: by default with one corner at the origin, on the bed; ``center=True`` centres it."""
    size = (_positive("x", x), _positive("y", y), _positive("z", z))
    return Part(m3d.Manifold.cube(size, center=center))


def cylinder(diameter: float, height: float, *, center: bool = False, top_diameter: float | None = None) -> Part:
    """An upright cylinder of ``diameter`` and ``height`` mm, its axis the z axis, standing on the bed
    (``center=True`` centres it in height too); with ``top_diameter``, a cone or a truncated cone."""
    radius = _positive("diameter", diameter) / 2
    top = radius if top_diameter is None else float(top_diameter) / 2
    if top < 0:
        raise PartError(f"top_diameter must not be negative, not {top_diameter:g}")
    return Part(m3d.Manifold.cylinder(_positive("height", height), radius, top, SEGMENTS, center))


def sphere(diameter: float) -> Part:
    """A ball of ``diameter`` mm centred on the origin."""
    return Part(m3d.Manifold.sphere(_positive("diameter", diameter) / 2, SEGMENTS))


def extrude(sketch: Sketch, height: float) -> Part:
    """The sketch pulled straight up from the bed to ``height`` mm."""
    if not isinstance(sketch, Sketch):
        raise TypeError(f"extrude needs a sketch (rectangle, circle, polygon, ...), not {type(sketch).__name__}")
    if sketch.is_empty:
        raise SketchError("the sketch is empty: nothing to extrude")
    return Part(m3d.Manifold.extrude(sketch._section, _positive("height", height)))


def revolve(sketch: Sketch, angle: float = 360.0) -> Part:
    """The sketch turned about the z axis: its x is the distance from the axis, its y the height
    (a profile drawn right of the y axis becomes a ring, a shaft, a knob)."""
    if not isinstance(sketch, Sketch):
        raise TypeError(f"revolve needs a sketch, not {type(sketch).__name__}")
    angle = float(angle)
    if not 0 < angle <= 360:
        raise PartError(f"revolve by an angle between 0 and 360 degrees, not {angle:g}")
    if sketch.bounds[0] < -1e-9:
        raise SketchError("the profile must lie to the right of the axis (x ≥ 0); it reaches x = "
                          f"{sketch.bounds[0]:g} mm")
    return Part(m3d.Manifold.revolve(sketch._section, segments(angle), angle))


# -- patterns ----------------------------------------------------------------------------------


def union(parts: Iterable[Part]) -> Part:
    """All the parts joined into one."""
    items = [_part(p) for p in parts]
    if not items:
        raise PartError("union of no parts")
    return Part(m3d.Manifold.batch_boolean([p._solid for p in items], m3d.OpType.Add))


def linear_pattern(part: Part, count: int, x: float = 0.0, y: float = 0.0, z: float = 0.0) -> Part:
    """``count`` copies of the part in a row, each moved ``x``, ``y``, ``z`` mm from the one before."""
    count = _count(count)
    return union(part.move(i * x, i * y, i * z) for i in range(count))


def grid_pattern(part: Part, columns: int, rows: int, x: float, y: float) -> Part:
    """``columns × rows`` copies, ``x`` mm apart along x and ``y`` mm apart along y."""
    columns, rows = _count(columns), _count(rows)
    return union(part.move(i * x, j * y) for i in range(columns) for j in range(rows))


def circular_pattern(part: Part, count: int, angle: float = 360.0) -> Part:
    """``count`` copies turned about the z axis, spread evenly over ``angle`` degrees (a full turn by default)."""
    count = _count(count)
    step = float(angle) / count if math.isclose(float(angle) % 360.0, 0.0) else float(angle) / max(count - 1, 1)
    return union(part.rotate(z=i * step) for i in range(count))


def _count(count: int) -> int:
    if int(count) != count or count < 1:
        raise PartError(f"a pattern needs a whole number of copies (1 or more), not {count!r}")
    return int(count)


def merge(parts: Iterable[Part]) -> Part:
    """The parts kept as they are, side by side, as one part (no joining: pieces that do not touch stay separate)."""
    return reduce(lambda a, b: Part(m3d.Manifold.compose([a._solid, b._solid])), [_part(p) for p in parts])


__all__ = ["DENSITY_PLA", "SEGMENTS", "Part", "PartError", "box", "circular_pattern", "cylinder", "extrude",
           "from_mesh", "grid_pattern", "linear_pattern", "merge", "revolve", "sphere", "union"]
