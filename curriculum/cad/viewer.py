"""The part in 3D in JupyterLab 4 and Notebook 7: an anywidget whose front end bundles three.js.

Nothing is fetched at run time: the front end (``static/viewer.js``, built from ``js/viewer.js``
with three.js by ``npm run build``, and committed with three.js's MIT licence) comes with the
package, and the meshes go to the browser as binary buffers. The student's part is drawn solid, the
target (the part of the drawing) see-through in another colour, both in the printer's frame on a
grid of the bed, with the part's overall dimensions in millimetres written the course language's
way. Left drag turns, the wheel zooms, right drag moves.

``Viewer(part, target=...)`` shows; ``viewer.update(part)`` changes what is shown (a lab's sliders
call it) without moving the camera; ``viewer.turn(30)`` turns the view from code.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import anywidget
import numpy as np
import traitlets

from ..check.mesh import as_mesh
from ..i18n import _
from ..numbers import format_decimal

STATIC = Path(__file__).with_name("static")


def _mesh_doc(part: Any, role: str, legend: str, color: str | None = None) -> dict[str, Any]:
    mesh = as_mesh(part)
    return {"role": role, "legend": legend, "color": color,
            "vertices": np.ascontiguousarray(mesh.vertices, dtype=np.float32).tobytes(),
            "triangles": np.ascontiguousarray(mesh.triangles, dtype=np.uint32).tobytes()}


def _bounds(parts: list[Any]) -> list[float]:
    boxes = [as_mesh(p).vertices for p in parts if len(as_mesh(p).vertices)]
    if not boxes:
        return [-10.0, -10.0, 0.0, 10.0, 10.0, 10.0]
    points = np.concatenate(boxes)
    low, high = points.min(axis=0), points.max(axis=0)
    return [float(v) for v in (*low, *high)]


def millimetres(value: float) -> str:
    """A length as the course language writes it: ``60 mm``, ``12,5 мм``."""
    return _("{value} mm", value=format_decimal(value, 2))


def dimension_lines(bounds: list[float]) -> list[dict[str, Any]]:
    """Overall length (x), width (y) and height (z), drawn just outside the part's box."""
    x0, y0, z0, x1, y1, z1 = bounds
    gap = 0.08 * max(x1 - x0, y1 - y0, z1 - z0, 1.0)
    lines = []
    if x1 - x0 > 1e-6:
        lines.append({"start": [x0, y0 - gap, z0], "end": [x1, y0 - gap, z0], "label": millimetres(x1 - x0),
                      "offset": [0, -gap * 0.6, 0]})
    if y1 - y0 > 1e-6:
        lines.append({"start": [x1 + gap, y0, z0], "end": [x1 + gap, y1, z0], "label": millimetres(y1 - y0),
                      "offset": [gap * 0.9, 0, 0]})
    if z1 - z0 > 1e-6:
        lines.append({"start": [x0 - gap, y0 - gap, z0], "end": [x0 - gap, y0 - gap, z1], "label": millimetres(z1 - z0),
                      "offset": [-gap * 0.9, 0, 0]})
    return lines


def bed_grid(bounds: list[float]) -> dict[str, Any]:
    """A square grid on the bed under the part: lines every 1, 2, 5, 10, 20 ... mm, about ten across."""
    x0, y0, _z0, x1, y1, _z1 = bounds
    extent = max(x1 - x0, y1 - y0, 1.0) * 1.6
    step = 10 ** math.floor(math.log10(extent / 10))
    for factor in (1, 2, 5, 10):
        if extent / (step * factor) <= 12:
            step *= factor
            break
    size = math.ceil(extent / step / 2) * 2 * step
    centre = [round((x0 + x1) / 2 / step) * step, round((y0 + y1) / 2 / step) * step]
    return {"size": float(size), "step": float(step), "center": [float(c) for c in centre]}


def describe(docs: list[dict[str, Any]], bounds: list[float] | None) -> str:
    """The view in words for a screen reader: what is shown, and the overall size of the student's part."""
    shown = ", ".join(doc["legend"] for doc in docs if doc.get("legend"))
    if bounds is None:
        return _("3D view: {shown}", shown=shown)
    x0, y0, z0, x1, y1, z1 = bounds
    size = f"{format_decimal(x1 - x0, 2)} × {format_decimal(y1 - y0, 2)} × {millimetres(z1 - z0)}"
    return _("3D view: {shown}; overall size of your part {size}", shown=shown, size=size)


class Viewer(anywidget.AnyWidget):
    """The 3D view of a part, with the target part and mating parts if given."""

    _esm = (STATIC / "viewer.js").read_text(encoding="utf-8")  # once: anywidget reads a Path again for every view

    meshes = traitlets.List(traitlets.Dict()).tag(sync=True)
    bounds = traitlets.List(traitlets.Float(), default_value=[-10.0, -10.0, 0.0, 10.0, 10.0, 10.0]).tag(sync=True)
    dimensions = traitlets.List(traitlets.Dict()).tag(sync=True)
    grid = traitlets.Dict().tag(sync=True)
    view = traitlets.Unicode("iso", help="Where the camera starts: iso, front, top or right").tag(sync=True)
    keep_view = traitlets.Bool(True, help="Keep the camera where the user turned it when the part changes").tag(sync=True)
    width = traitlets.Int(640).tag(sync=True)
    height = traitlets.Int(420).tag(sync=True)
    texts = traitlets.Dict().tag(sync=True)
    status = traitlets.Unicode("", help="What the browser reports: rendered, or no-webgl").tag(sync=True)
    description = traitlets.Unicode("", help="What the view shows, in the course language: the 3D canvas's accessible "
                                             "name").tag(sync=True)

    def __init__(self, part: Any = None, *, target: Any = None, mates: tuple[Any, ...] = (), dimensions: bool = True,
                 grid: bool = True, view: str = "iso", width: int = 640, height: int = 420, **kwargs: Any):
        super().__init__(view=view, width=width, height=height, **kwargs)
        self._show_dimensions, self._show_grid = dimensions, grid
        self.texts = {"hint": _("Drag to turn, scroll to zoom, right-drag to move"),
                      "no_webgl": _("This browser has WebGL turned off, so the 3D view cannot be drawn.")}
        self.add_class("cad-viewer-widget")
        self.update(part, target=target, mates=mates)

    def update(self, part: Any = None, *, target: Any = None, mates: tuple[Any, ...] = (),
               target_label: str | None = None) -> None:
        """Show ``part`` (and ``target``, ``mates``) instead of what is shown now; the camera stays. ``target_label``
        names the see-through part (the drawing's part unless said)."""
        shown, docs = [], []
        if part is not None:
            docs.append(_mesh_doc(part, "part", _("Your part")))
            shown.append(part)
        if target is not None:
            docs.append(_mesh_doc(target, "target", target_label or _("The drawing's part")))
            shown.append(target)
        for mate in mates:
            docs.append(_mesh_doc(mate, "mate", _("Mating part")))
            shown.append(mate)
        bounds = _bounds(shown)
        own = _bounds([part]) if part is not None else bounds
        with self.hold_sync():
            self.bounds = bounds
            self.dimensions = dimension_lines(own) if self._show_dimensions and part is not None else []
            self.grid = bed_grid(bounds) if self._show_grid else {}
            self.meshes = docs
            self.description = describe(docs, own if part is not None else None)

    def turn(self, degrees: float) -> None:
        """Turn the view about the vertical axis by ``degrees`` (as dragging the mouse sideways does)."""
        self.send({"type": "turn", "degrees": float(degrees)})
