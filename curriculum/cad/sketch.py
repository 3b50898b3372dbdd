"""Flat outlines (sketches) in millimetres, to extrude or revolve into parts.

A :class:`Sketch` is a set of closed outlines in the XY plane: rectangles, rounded rectangles,
circles, slots and polygons, combined with ``+`` (join), ``-`` (cut) and ``&`` (keep what both
cover), and moved with :meth:`Sketch.move` and :meth:`Sketch.rotate`. Edges cannot be rounded in
3D (the kernel has no fillets), so rounded corners are drawn in the outline and then extruded, the
way a sheet-metal or laser-cut part is drawn.

>>> plate = rounded_rectangle(60, 30, radius=5) - circle(5).move(x=-20) - circle(5).move(x=20)
>>> round(plate.area, 1)
1729.0
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import manifold3d as m3d
import numpy as np

SEGMENTS = 64
"""Straight pieces per full circle, always the same (so every machine builds the same part; a circle's area
is then 0.16 % under the true one)."""


def segments(angle: float = 360.0) -> int:
    """How many straight pieces an arc of ``angle`` degrees is drawn with (at least 1)."""
    return max(1, round(SEGMENTS * abs(angle) / 360.0))


class SketchError(ValueError):
    """A sketch that cannot be drawn (a negative size, too few points); the message says which value."""


def _positive(name: str, value: float) -> float:
    value = float(value)
    if not (math.isfinite(value) and value > 0):
        raise SketchError(f"{name} must be a positive number of millimetres, not {value:g}")
    return value


class Sketch:
    """Closed outlines in the XY plane (mm). Immutable: every operation returns a new sketch."""

    __slots__ = ("_section",)

    def __init__(self, section: m3d.CrossSection):
        self._section = section

    # -- combining -----------------------------------------------------------------------------

    def __add__(self, other: Sketch) -> Sketch:
        return Sketch(self._section + _sketch(other)._section)

    def __sub__(self, other: Sketch) -> Sketch:
        return Sketch(self._section - _sketch(other)._section)

    def __and__(self, other: Sketch) -> Sketch:
        return Sketch(self._section ^ _sketch(other)._section)

    # -- placing ---------------------------------------------------------------------------------

    def move(self, x: float = 0.0, y: float = 0.0) -> Sketch:
        """The sketch moved ``x`` mm to the right and ``y`` mm up."""
        return Sketch(self._section.translate((float(x), float(y))))

    def rotate(self, angle: float) -> Sketch:
        """The sketch turned ``angle`` degrees anticlockwise about the origin."""
        return Sketch(self._section.rotate(float(angle)))

    def mirror(self, axis: str = "x") -> Sketch:
        """The mirror image across the ``"x"`` axis (y → −y) or the ``"y"`` axis (x → −x)."""
        normal = {"x": (0.0, 1.0), "y": (1.0, 0.0)}[axis]
        return Sketch(self._section.mirror(normal))

    def offset(self, distance: float) -> Sketch:
        """Every outline moved outwards by ``distance`` mm (inwards when negative), corners rounded."""
        return Sketch(self._section.offset(float(distance), m3d.JoinType.Round, circular_segments=SEGMENTS))

    # -- measuring ---------------------------------------------------------------------------

    @property
    def area(self) -> float:
        """Area in mm²."""
        return float(self._section.area())

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """``(x_min, y_min, x_max, y_max)`` in mm."""
        return tuple(float(v) for v in self._section.bounds())  # type: ignore[return-value]

    def outlines(self) -> list[np.ndarray]:
        """Each outline as an ``n × 2`` array of points (anticlockwise around material, clockwise around holes)."""
        return [np.asarray(p, dtype=float) for p in self._section.to_polygons()]

    @property
    def is_empty(self) -> bool:
        return bool(self._section.is_empty())

    def __repr__(self) -> str:
        x0, y0, x1, y1 = self.bounds if not self.is_empty else (0, 0, 0, 0)
        return f"Sketch({x1 - x0:g} × {y1 - y0:g} mm, area {self.area:.6g} mm²)"


def _sketch(value: object) -> Sketch:
    if not isinstance(value, Sketch):
        raise TypeError(f"a sketch can be combined only with a sketch, not {type(value).__name__}")
    return value


def rectangle(width: float, height: float, *, center: bool = True) -> Sketch:
    """A ``width × height`` mm rectangle, centred on the origin (or with its lower-left corner there)."""
    section = m3d.CrossSection.square((_positive("width", width), _positive("height", height)), center=center)
    return Sketch(section)


def circle(diameter: float) -> Sketch:
    """A circle of ``diameter`` mm centred on the origin (drawn with :data:`SEGMENTS` pieces)."""
    return Sketch(m3d.CrossSection.circle(_positive("diameter", diameter) / 2, SEGMENTS))


def rounded_rectangle(width: float, height: float, radius: float, *, center: bool = True) -> Sketch:
    """A rectangle whose four corners are rounded with ``radius`` mm (at most half the shorter side)."""
    width, height = _positive("width", width), _positive("height", height)
    radius = float(radius)
    if radius <= 0:
        return rectangle(width, height, center=center)
    if radius > min(width, height) / 2 + 1e-9:
        raise SketchError(f"a corner radius of {radius:g} mm does not fit a {width:g} × {height:g} mm rectangle "
                          f"(at most {min(width, height) / 2:g} mm)")
    core = m3d.CrossSection.square((max(width - 2 * radius, 1e-9), max(height - 2 * radius, 1e-9)), center=True)
    section = core.offset(radius, m3d.JoinType.Round, circular_segments=SEGMENTS)
    if not center:
        section = section.translate((width / 2, height / 2))
    return Sketch(section)


def slot(length: float, width: float) -> Sketch:
    """An oblong hole shape: ``length`` mm from end to end along x, ``width`` mm across, round ends, centred."""
    length, width = _positive("length", length), _positive("width", width)
    if length < width:
        raise SketchError(f"a slot {length:g} mm long cannot be {width:g} mm wide")
    return rounded_rectangle(length, width, width / 2)


def polygon(points: Iterable[Sequence[float]]) -> Sketch:
    """A closed outline through ``points`` ``[(x, y), ...]`` in order (the last joins the first)."""
    array = np.asarray([tuple(map(float, p)) for p in points], dtype=float)
    if array.ndim != 2 or array.shape[1] != 2 or len(array) < 3:
        raise SketchError("a polygon needs at least three points (x, y)")
    if not np.isfinite(array).all():
        raise SketchError("a polygon's points must be finite numbers")
    x, y = array[:, 0], array[:, 1]
    if 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y)) < 0:
        array = array[::-1]  # either direction is fine for a pupil
    section = m3d.CrossSection([array.tolist()], m3d.FillRule.NonZero)
    if section.is_empty():
        raise SketchError("the polygon's points enclose no area")
    return Sketch(section)
