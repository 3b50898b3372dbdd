"""A lab control you drag points on: a polygon whose vertices the student moves with the mouse or the arrow keys.

:class:`PolygonEditor` is a control like :class:`~curriculum.labs.core.Slider`: its ``widget.value`` is the list of
the vertices' coordinates ``[[x, y], ...]`` in the task's units (millimetres of a door panel), in order, and every
move runs the lab's model. It is also the picture of the situation: a grid in the task's units, the polygon filled,
each vertex a handle with its name, and on each side the text the model gives it (its length, say), so the shape
a student drags is the shape whose numbers the lab shows. :class:`PolygonLab` is the lab that hands the model's
result to it (:meth:`PolygonEditor.show`).

The front end is an anywidget (plain JavaScript and CSS written here, an inline SVG, nothing fetched). A handle is
dragged with a pointer (mouse, pen or finger) and snaps to ``step``; it is also a focusable button named by its
vertex and coordinates ("B: x = 1000 mm, y = 0 mm"), moved one step by an arrow key (ten with Shift), so a keyboard
or a screen reader reaches every vertex. The vertices stay inside ``frame``. While a value is on its way to the
kernel, newer ones wait and only the latest is sent once the kernel has handled it (as a lab's slider does), so a
fast drag never queues pictures. ``import curriculum.labs.polygon_editor`` works without ipywidgets: the widget
class is made when first asked for.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .core import Lab

ESM = r"""
const NS = "http://www.w3.org/2000/svg";
const KEYS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

function number(value, decimal) {
  const text = String(Math.round(value * 1000) / 1000);
  return decimal === "." ? text : text.replace(".", decimal);
}

function render({ model, el }) {
  const root = document.createElement("div");
  root.className = "polygon-editor";
  root.setAttribute("role", "group");
  const svg = document.createElementNS(NS, "svg");
  root.appendChild(svg);
  el.appendChild(root);
  const layer = (name) => { const g = document.createElementNS(NS, "g"); g.setAttribute("class", name); svg.appendChild(g); return g; };
  const grid = layer("pe-grid"), shape = document.createElementNS(NS, "polygon");
  shape.setAttribute("class", "pe-shape");
  svg.appendChild(shape);
  const sides = layer("pe-sides"), handles = layer("pe-handles");
  let points = model.get("value").map((p) => [Number(p[0]), Number(p[1])]);
  let dragging = null, inflight = false, pending = false, timer = null;
  const PAD = 28;

  const geometry = () => {
    const [x0, y0, x1, y1] = model.get("frame");
    return { x0, y0, x1, y1, s: model.get("px_per_unit") };
  };
  const X = (x) => { const g = geometry(); return PAD + (x - g.x0) * g.s; };
  const Y = (y) => { const g = geometry(); return PAD + (g.y1 - y) * g.s; };
  const words = () => model.get("texts") || {};
  const say = (i) => {
    const t = words(), unit = model.get("unit"), d = model.get("decimal");
    const name = model.get("names")[i] || String(i + 1);
    return `${name}: x = ${number(points[i][0], d)} ${unit}, y = ${number(points[i][1], d)} ${unit}` +
           (t.hint ? `. ${t.hint}` : "");
  };

  function drawGrid() {
    const g = geometry(), every = model.get("grid"), d = model.get("decimal");
    const w = (g.x1 - g.x0) * g.s + 2 * PAD, h = (g.y1 - g.y0) * g.s + 2 * PAD;
    svg.setAttribute("width", w);
    svg.setAttribute("height", h);
    svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
    grid.replaceChildren();
    const line = (xa, ya, xb, yb, cls) => {
      const l = document.createElementNS(NS, "line");
      l.setAttribute("x1", xa); l.setAttribute("y1", ya); l.setAttribute("x2", xb); l.setAttribute("y2", yb);
      l.setAttribute("class", cls);
      grid.appendChild(l);
    };
    const label = (x, y, text, anchor) => {
      const t = document.createElementNS(NS, "text");
      t.setAttribute("x", x); t.setAttribute("y", y); t.setAttribute("text-anchor", anchor);
      t.setAttribute("class", "pe-tick");
      t.textContent = text;
      grid.appendChild(t);
    };
    if (every > 0) {
      for (let x = Math.ceil(g.x0 / every) * every; x <= g.x1 + 1e-9; x += every) {
        line(X(x), Y(g.y0), X(x), Y(g.y1), x === 0 ? "pe-axis" : "pe-line");
        label(X(x), Y(g.y0) + 16, number(x, d), "middle");
      }
      for (let y = Math.ceil(g.y0 / every) * every; y <= g.y1 + 1e-9; y += every) {
        line(X(g.x0), Y(y), X(g.x1), Y(y), y === 0 ? "pe-axis" : "pe-line");
        label(X(g.x0) - 4, Y(y) + 4, number(y, d), "end");
      }
    }
  }

  function draw() {
    shape.setAttribute("points", points.map(([x, y]) => `${X(x)},${Y(y)}`).join(" "));
    const labels = model.get("side_labels") || [];
    sides.replaceChildren();
    if (labels.length === points.length && !pending && dragging === null) {
      points.forEach((p, i) => {
        const q = points[(i + 1) % points.length];
        const t = document.createElementNS(NS, "text");
        t.setAttribute("x", (X(p[0]) + X(q[0])) / 2);
        t.setAttribute("y", (Y(p[1]) + Y(q[1])) / 2 - 4);
        t.setAttribute("text-anchor", "middle");
        t.setAttribute("class", "pe-side");
        t.textContent = labels[i];
        sides.appendChild(t);
      });
    }
    while (handles.children.length > points.length) handles.lastChild.remove();
    while (handles.children.length < points.length) {
      const i = handles.children.length;
      const g = document.createElementNS(NS, "g");
      g.setAttribute("class", "pe-handle");
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "button");
      g.dataset.index = String(i);
      const c = document.createElementNS(NS, "circle");
      c.setAttribute("r", "9");
      const t = document.createElementNS(NS, "text");
      t.setAttribute("class", "pe-name");
      t.setAttribute("aria-hidden", "true");
      g.append(c, t);
      handles.appendChild(g);
    }
    points.forEach((p, i) => {
      const g = handles.children[i];
      g.setAttribute("transform", `translate(${X(p[0])},${Y(p[1])})`);
      g.setAttribute("aria-label", say(i));
      const t = g.lastChild;
      t.textContent = model.get("names")[i] || String(i + 1);
      t.setAttribute("x", "12");
      t.setAttribute("y", "-10");
    });
  }

  const send = () => {
    inflight = true;
    pending = false;
    model.set("value", points.map((p) => p.slice()));
    model.save_changes();
    clearTimeout(timer);
    timer = setTimeout(release, 2000);  // a kernel that never answers does not freeze the editor
  };
  const release = () => {
    inflight = false;
    clearTimeout(timer);
    if (pending) send();
    else draw();
  };
  const snap = (value, low, high) => {
    const step = model.get("step");
    return Math.min(high, Math.max(low, Math.round(value / step) * step));
  };
  const moveTo = (i, x, y) => {
    const g = geometry();
    const [nx, ny] = [snap(x, g.x0, g.x1), snap(y, g.y0, g.y1)];
    if (nx === points[i][0] && ny === points[i][1]) return;
    points[i] = [nx, ny];
    if (inflight) pending = true;
    else send();
    draw();
  };
  const at = (event) => {
    const g = geometry(), m = svg.getScreenCTM().inverse();
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(m);
    return [g.x0 + (p.x - PAD) / g.s, g.y1 - (p.y - PAD) / g.s];
  };
  const handleOf = (event) => { const h = event.target.closest(".pe-handle"); return h ? Number(h.dataset.index) : null; };

  svg.addEventListener("pointerdown", (event) => {
    const i = handleOf(event);
    if (i === null) return;
    event.preventDefault();
    dragging = i;
    handles.children[i].focus();
    svg.setPointerCapture(event.pointerId);
  });
  svg.addEventListener("pointermove", (event) => {
    if (dragging === null) return;
    const [x, y] = at(event);
    moveTo(dragging, x, y);
  });
  const stop = () => { if (dragging !== null) { dragging = null; draw(); } };
  svg.addEventListener("pointerup", stop);
  svg.addEventListener("pointercancel", stop);
  svg.addEventListener("keydown", (event) => {
    const i = handleOf(event);
    if (i === null || !(event.key in KEYS)) return;
    // the arrow keys are the handle's: not JupyterLab's shortcuts (in command mode they move the selection)
    event.preventDefault();
    event.stopPropagation();
    const [dx, dy] = KEYS[event.key], step = model.get("step") * (event.shiftKey ? 10 : 1);
    moveTo(i, points[i][0] + dx * step, points[i][1] + dy * step);
  });
  model.on("msg:custom", (msg) => { if (msg && msg.type === "done") release(); });
  model.on("change:value", () => {
    if (dragging !== null || inflight || pending) return;  // ours on its way; the kernel's own moves come when idle
    points = model.get("value").map((p) => [Number(p[0]), Number(p[1])]);
    draw();
  });
  model.on("change:side_labels", draw);
  model.on("change:texts", () => { root.setAttribute("aria-label", words().group || ""); draw(); });
  for (const name of ["frame", "px_per_unit", "grid"]) model.on(`change:${name}`, () => { drawGrid(); draw(); });
  root.setAttribute("aria-label", words().group || "");
  drawGrid();
  draw();
}
export default { render };
"""

CSS = """
.polygon-editor { width: max-content; max-width: 100%; overflow-x: auto; touch-action: none; user-select: none; }
.polygon-editor svg { display: block; background: #fbfcfd; border: 1px solid #9aa4ad; }
.polygon-editor .pe-line { stroke: #dde3e8; stroke-width: 1; }
.polygon-editor .pe-axis { stroke: #6b7780; stroke-width: 1.2; }
.polygon-editor .pe-tick { font: 10px sans-serif; fill: #3d4852; }
.polygon-editor .pe-shape { fill: rgba(31, 119, 180, 0.22); stroke: #1f5f8f; stroke-width: 2; stroke-linejoin: round; }
.polygon-editor .pe-side { font: bold 11px sans-serif; fill: #1b1f24; paint-order: stroke; stroke: #fbfcfd; stroke-width: 3px; }
.polygon-editor .pe-handle { cursor: grab; outline: none; }
.polygon-editor .pe-handle circle { fill: #d95f02; stroke: #ffffff; stroke-width: 2; }
.polygon-editor .pe-handle:focus-visible circle { stroke: #0b57d0; stroke-width: 4; }
.polygon-editor .pe-name { font: bold 13px sans-serif; fill: #7a2e00; paint-order: stroke; stroke: #fbfcfd; stroke-width: 3px; }
"""

_WIDGET: Any = None


def editor_widget_class() -> Any:
    """The anywidget class of the editor (made on first use, so the module imports without widgets)."""
    global _WIDGET
    if _WIDGET is None:
        import anywidget
        import traitlets

        class PolygonCanvas(anywidget.AnyWidget):
            """The polygon in the browser: an SVG with a draggable, focusable handle per vertex."""

            _esm = ESM
            _css = CSS
            value = traitlets.List(help="The vertices in order, [[x, y], ...], in the task's units").tag(sync=True)
            names = traitlets.List(traitlets.Unicode(), help="The vertices' names (A, B, ...)").tag(sync=True)
            frame = traitlets.List(help="[x_min, y_min, x_max, y_max]: where the vertices may go").tag(sync=True)
            step = traitlets.Float(1.0, help="A drag snaps to multiples of this; an arrow key moves by it").tag(sync=True)
            grid = traitlets.Float(0.0, help="The grid's spacing in the task's units (0: no grid)").tag(sync=True)
            px_per_unit = traitlets.Float(1.0, help="Screen pixels per unit of the task").tag(sync=True)
            unit = traitlets.Unicode("").tag(sync=True)
            decimal = traitlets.Unicode(".", help="The decimal separator of the course language").tag(sync=True)
            side_labels = traitlets.List(traitlets.Unicode(), help="A text on each side, from the model").tag(sync=True)
            texts = traitlets.Dict(help="The group's name and the handles' hint for screen readers").tag(sync=True)

            def set_state(self, sync_data: dict[str, Any]) -> None:
                """A value from the browser: every observer (the lab's update) has run when this returns; say so,
                so the browser sends the next value it holds."""
                super().set_state(sync_data)
                if "value" in sync_data:
                    self.send({"type": "done"})

        _WIDGET = PolygonCanvas
    return _WIDGET


def _points(value: Sequence[Sequence[float]]) -> tuple[tuple[float, float], ...]:
    try:
        points = tuple((float(x), float(y)) for x, y in value)
    except (TypeError, ValueError):
        raise ValueError("a polygon's vertices are pairs of numbers [[x, y], ...]") from None
    if len(points) < 3 or not all(math.isfinite(c) for p in points for c in p):
        raise ValueError("a polygon needs at least three vertices, each a pair of finite numbers")
    return points


@dataclass
class PolygonEditor:
    """A polygon control: ``value`` is the starting polygon ``[[x, y], ...]`` inside ``frame`` (x_min, y_min, x_max,
    y_max), a drag snaps to ``step``; the model gets the vertices as a list of ``[x, y]`` lists under ``name``.

    ``label`` names the control (three languages), ``unit`` is the task's unit as the course language writes it (a
    string, or the three languages: ``{"kk": "мм", "ru": "мм", "en": "mm"}``), ``names`` the vertices, ``hint`` (three
    languages) tells a screen reader how to move a handle; ``width_px`` is the drawing's width on the screen (its height follows the frame).
    """

    name: str
    label: Mapping[str, str]
    value: Sequence[Sequence[float]]
    frame: tuple[float, float, float, float]
    step: float = 1.0
    grid: float = 0.0
    unit: str | Mapping[str, str] = ""
    names: Sequence[str] = ()
    hint: Mapping[str, str] = field(default_factory=lambda: dict(HINT))
    width_px: int = 600

    def __post_init__(self) -> None:
        self.value = [[_whole(x), _whole(y)] for x, y in _points(self.value)]
        x0, y0, x1, y1 = self.frame
        if not (x1 > x0 and y1 > y0):
            raise ValueError("a polygon editor's frame is (x_min, y_min, x_max, y_max) with x_max > x_min, y_max > y_min")
        if any(not (x0 <= x <= x1 and y0 <= y <= y1) for x, y in self.value):
            raise ValueError("a polygon editor's starting vertices lie inside its frame")
        self.names = list(self.names) or [chr(ord("A") + i) for i in range(len(self.value))]

    def build(self) -> Any:
        import ipywidgets as w

        from ..i18n import get_language, pick
        from ..numbers import DECIMAL_COMMA_LANGUAGES

        x0, _y0, x1, _y1 = self.frame
        self.widget = editor_widget_class()(
            value=[list(p) for p in self.value], names=list(self.names), frame=list(self.frame), step=self.step,
            grid=self.grid, px_per_unit=self.width_px / (x1 - x0),
            unit=pick(self.unit) if isinstance(self.unit, Mapping) else self.unit,
            decimal="," if get_language() in DECIMAL_COMMA_LANGUAGES else ".",
            texts={"group": pick(self.label), "hint": pick(self.hint)})
        self.widget.add_class(f"lab-control-{self.name}")
        return w.VBox([w.HTML(f"<b>{pick(self.label)}</b>"), self.widget])

    def show(self, result: Mapping[str, Any]) -> None:
        """Write the model's text on each side (``side_labels``, one per side, optional)."""
        self.widget.side_labels = [str(text) for text in result.get("side_labels", [])]


def _whole(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


HINT: Mapping[str, str] = {
    "kk": "көрсеткі пернелер төбені жылжытады",
    "ru": "клавиши со стрелками двигают вершину",
    "en": "the arrow keys move the vertex",
}
"""What a handle's name adds for a screen reader; a lab may give its own words."""


@dataclass
class PolygonLab(Lab):
    """A lab whose controls may include :class:`PolygonEditor`: each update also writes the result on its sides."""

    def update(self) -> None:
        super().update()
        for control in self.controls:
            if isinstance(control, PolygonEditor) and hasattr(control, "widget"):
                control.show(self.result)


__all__ = ["HINT", "PolygonEditor", "PolygonLab", "editor_widget_class"]
