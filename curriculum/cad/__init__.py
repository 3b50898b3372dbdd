"""3D parts students model in Python, turn in JupyterLab, print, and have checked like an inspector would.

::

    from curriculum.cad import extrude, rounded_rectangle, circle, cylinder
    plate = extrude(rounded_rectangle(60, 30, radius=5) - circle(5).move(x=-20) - circle(5).move(x=20), 4)
    plate.show()                 # 3D view: drag to turn, wheel to zoom
    plate.save("plate.stl")      # for the slicer (mm)

The frame is the printer's: x right, y away, z up, millimetres, the bed at z = 0 (see
:mod:`curriculum.cad.part`). The kernel is ``manifold3d`` (exact booleans, always a closed solid);
``docs/cad.md`` says why. Parts are graded by :func:`curriculum.check.check_part`.
"""

from __future__ import annotations

from .assembly import Assembly, assembly
from .files import PartFileError, load, load_mesh, save
from .part import (
    DENSITY_PLA,
    Part,
    PartError,
    box,
    circular_pattern,
    cylinder,
    extrude,
    from_mesh,
    grid_pattern,
    linear_pattern,
    merge,
    revolve,
    sphere,
    union,
)
from .sketch import SEGMENTS, Sketch, SketchError, circle, polygon, rectangle, rounded_rectangle, slot

__all__ = [
    "Assembly", "assembly", "DENSITY_PLA", "SEGMENTS", "Part", "PartError", "PartFileError", "Sketch", "SketchError", "box", "circle",
    "circular_pattern", "cylinder", "extrude", "from_mesh", "grid_pattern", "linear_pattern", "load", "load_mesh",
    "merge", "polygon", "rectangle", "revolve", "rounded_rectangle", "save", "slot", "sphere", "union",
]
