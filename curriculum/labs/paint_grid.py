"""A lab control you paint on: a grid of cells that the student clicks or drags over, which also shows the result.

:class:`PaintGrid` is a control like :class:`~curriculum.labs.core.Slider`: its ``widget.value`` is the grid as
row strings (``"#"`` a marked cell, ``"."`` an empty one), and every change runs the lab's model. It is also a
picture: the lab hands it the model's result (:meth:`PaintGrid.show`), and the cells take the colours, marks and
outlines the result gives them, so the grid a student paints is the grid that shows what the model found (the
defect spots of a camera frame, each in its own colour, the largest outlined). :class:`GridLab` is the lab that
does the handing over.

The front end is an anywidget (plain JavaScript and CSS, written here, no build step and nothing fetched): one
``<button>`` per cell in a CSS grid, so a cell is reached by the keyboard (arrow keys move, Space or Enter paints)
and read by a screen reader (``aria-pressed`` and a label in the course language). Pressing a cell paints it or
clears it; dragging paints the cells passed over the same way. Not a building block a lab's model needs:
``import curriculum.labs.paint_grid`` works without ipywidgets, the widget classes are made when first asked for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .core import Lab

MARKED, EMPTY = "#", "."

ESM = r"""
function render({ model, el }) {
  const root = document.createElement("div");
  root.className = "paint-grid";
  // a group of toggle buttons (one tab stop, arrow keys between cells), named by the control's label: a cell says
  // its row, column and state; role="grid" would ask for row and gridcell children, which toggle buttons are not
  root.setAttribute("role", "group");
  el.appendChild(root);
  let painting = null;   // while a pointer is down: true paints, false clears
  let focused = 0;

  const shape = () => { const rows = model.get("value"); return [rows.length, rows.length ? rows[0].length : 0]; };
  const marked = (i) => { const [, nc] = shape(); const rows = model.get("value"); return rows[Math.floor(i / nc)][i % nc] === "#"; };

  function set(i, on) {
    const rows = model.get("value").slice();
    const [nr, nc] = shape();
    if (i < 0 || i >= nr * nc) return;
    const r = Math.floor(i / nc), c = i % nc, ch = on ? "#" : ".";
    if (rows[r][c] === ch) return;
    rows[r] = rows[r].slice(0, c) + ch + rows[r].slice(c + 1);
    model.set("value", rows);
    model.save_changes();
  }

  function draw() {
    const [nr, nc] = shape();
    const colors = model.get("colors"), marks = model.get("marks"), texts = model.get("texts");
    const outlined = new Set(model.get("outlined")), current = model.get("current");
    const px = model.get("cell_px");
    if (texts.grid) root.setAttribute("aria-label", texts.grid);
    root.style.gridTemplateColumns = `repeat(${nc}, ${px}px)`;
    root.style.gridAutoRows = `${px}px`;
    while (root.children.length > nr * nc) root.lastChild.remove();
    while (root.children.length < nr * nc) {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "paint-grid-cell";
      b.tabIndex = -1;
      root.appendChild(b);
    }
    const fits = colors.length === nr * nc;
    for (let i = 0; i < nr * nc; i++) {
      const b = root.children[i], on = marked(i), r = Math.floor(i / nc), c = i % nc;
      b.dataset.index = String(i);
      b.setAttribute("aria-pressed", on ? "true" : "false");
      // a marked cell takes the colour the model gave it; an empty one is always the empty colour, so a colour
      // computed for an older grid never paints a cell the student has just cleared
      b.style.background = on ? ((fits && colors[i]) || model.get("marked_color")) : model.get("empty_color");
      b.textContent = fits && on ? (marks[i] || "") : "";
      b.classList.toggle("outlined", fits && outlined.has(i));
      b.classList.toggle("current", fits && i === current);
      b.setAttribute("aria-label", `${texts.row || "row"} ${r + 1}, ${texts.column || "column"} ${c + 1}: ` +
                     (on ? (texts.marked || "#") : (texts.empty || ".")));
      b.tabIndex = i === focused ? 0 : -1;
    }
  }

  const index = (event) => { const b = event.target.closest(".paint-grid-cell"); return b ? Number(b.dataset.index) : -1; };
  root.addEventListener("pointerdown", (event) => {
    const i = index(event);
    if (i < 0) return;
    event.preventDefault();
    focused = i;
    painting = !marked(i);
    set(i, painting);
    root.children[i].focus();
  });
  root.addEventListener("pointerover", (event) => {
    if (painting === null || event.buttons === 0) { painting = null; return; }
    const i = index(event);
    if (i >= 0) set(i, painting);
  });
  const stop = () => { painting = null; };
  window.addEventListener("pointerup", stop);
  root.addEventListener("click", (event) => {   // Space or Enter on a focused cell (a pointer paints on pointerdown)
    if (event.detail !== 0) return;
    const i = index(event);
    if (i >= 0) set(i, !marked(i));
  });
  root.addEventListener("keydown", (event) => {
    const [nr, nc] = shape();
    const moves = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -nc, ArrowDown: nc };
    if (!(event.key in moves)) return;
    const next = focused + moves[event.key];
    const sameRow = Math.floor(next / nc) === Math.floor(focused / nc);
    if (next < 0 || next >= nr * nc || (Math.abs(moves[event.key]) === 1 && !sameRow)) return;
    event.preventDefault();
    focused = next;
    draw();
    root.children[focused].focus();
  });
  for (const name of ["value", "colors", "marks", "outlined", "current", "texts", "cell_px"]) model.on(`change:${name}`, draw);
  draw();
  return () => window.removeEventListener("pointerup", stop);
}
export default { render };
"""

CSS = """
.paint-grid { display: grid; gap: 1px; background: #9aa4ad; border: 1px solid #9aa4ad; width: max-content;
              touch-action: none; user-select: none; }
.paint-grid-cell { border: 0; margin: 0; padding: 0; font: 10px/1 sans-serif; color: #111; cursor: crosshair;
                   position: relative; }
.paint-grid-cell:focus-visible { outline: 2px solid #0b57d0; outline-offset: -2px; }
.paint-grid-cell.outlined { box-shadow: inset 0 0 0 2px #c62828; }
.paint-grid-cell.current { box-shadow: inset 0 0 0 3px #111; }
"""

_WIDGET: Any = None


def grid_widget_class() -> Any:
    """The anywidget class of the grid (made on first use, so the module imports without widgets)."""
    global _WIDGET
    if _WIDGET is None:
        import anywidget
        import traitlets

        class GridCanvas(anywidget.AnyWidget):
            """The painted grid in the browser: one button per cell."""

            _esm = ESM
            _css = CSS
            value = traitlets.List(traitlets.Unicode(), help="The grid: one string per row, '#' marked, '.' empty").tag(sync=True)
            colors = traitlets.List(traitlets.Unicode(), help="A CSS colour per cell, row by row ('' for the default)").tag(sync=True)
            marks = traitlets.List(traitlets.Unicode(), help="A short text per cell (an order number)").tag(sync=True)
            outlined = traitlets.List(traitlets.Int(), help="Cells drawn with a red border, by index").tag(sync=True)
            current = traitlets.Int(-1, help="The cell drawn with a thick border (-1: none)").tag(sync=True)
            texts = traitlets.Dict(help="Words of the cells' labels for screen readers, in the course language").tag(sync=True)
            cell_px = traitlets.Int(26).tag(sync=True)
            marked_color = traitlets.Unicode("#37474f").tag(sync=True)
            empty_color = traitlets.Unicode("#eef2f5").tag(sync=True)

        _WIDGET = GridCanvas
    return _WIDGET


def _rows(value: Sequence[str]) -> list[str]:
    rows = [str(row) for row in value]
    if not rows or not rows[0] or any(len(row) != len(rows[0]) for row in rows):
        raise ValueError("a painted grid needs rows of the same length, at least one cell")
    if any(ch not in MARKED + EMPTY for row in rows for ch in row):
        raise ValueError(f"a painted grid holds only {MARKED!r} and {EMPTY!r}")
    return rows


@dataclass
class PaintGrid:
    """A grid control: ``value`` is the starting picture (row strings of ``#`` and ``.``).

    The lab's model gets the rows as a list of strings under ``name``. ``label`` is the control's label in three
    languages; ``buttons`` adds *Clear* and *Original picture* buttons (their words in three languages) under the grid.
    """

    name: str
    label: Mapping[str, str]
    value: Sequence[str]
    cell_px: int = 26
    texts: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: dict(CELL_WORDS))
    buttons: bool = True

    def __post_init__(self) -> None:
        self.value = tuple(_rows(self.value))

    def build(self) -> Any:
        import ipywidgets as w

        from ..i18n import pick

        self.widget = grid_widget_class()(value=list(self.value), cell_px=self.cell_px,
                                          texts={"grid": pick(self.label),
                                                 **{key: pick(words) for key, words in self.texts.items()}})
        self.widget.add_class(f"lab-control-{self.name}")
        label = w.HTML(f"<b>{pick(self.label)}</b>")
        parts = [label, self.widget]
        if self.buttons:
            clear = w.Button(description=pick(BUTTONS["clear"]), icon="eraser", layout=w.Layout(width="auto"))
            again = w.Button(description=pick(BUTTONS["again"]), icon="undo", layout=w.Layout(width="auto"))
            clear.add_class("lab-grid-clear")
            again.add_class("lab-grid-again")
            columns = len(self.value[0])
            clear.on_click(lambda _b: setattr(self.widget, "value", [EMPTY * columns] * len(self.value)))
            again.on_click(lambda _b: setattr(self.widget, "value", list(self.value)))
            parts.append(w.HBox([clear, again]))
        return w.VBox(parts)

    def show(self, result: Mapping[str, Any]) -> None:
        """Colour, mark and outline the cells as ``result`` says (``cell_colors``, ``cell_marks``, ``outlined``,
        ``current``; each optional)."""
        widget = self.widget
        with widget.hold_sync():
            widget.colors = list(result.get("cell_colors", []))
            widget.marks = list(result.get("cell_marks", []))
            widget.outlined = [int(i) for i in result.get("outlined", [])]
            widget.current = int(result.get("current", -1))


CELL_WORDS: Mapping[str, Mapping[str, str]] = {
    "row": {"kk": "жол", "ru": "строка", "en": "row"},
    "column": {"kk": "баған", "ru": "столбец", "en": "column"},
    "marked": {"kk": "белгіленген", "ru": "отмечена", "en": "marked"},
    "empty": {"kk": "бос", "ru": "пусто", "en": "empty"},
}
"""What a cell's label says to a screen reader ("row 2, column 5: marked"); a lab may give its own words."""

BUTTONS: Mapping[str, Mapping[str, str]] = {
    "clear": {"kk": "Тазарту", "ru": "Очистить", "en": "Clear"},
    "again": {"kk": "Бастапқы сурет", "ru": "Исходная картинка", "en": "Original picture"},
}


@dataclass
class GridLab(Lab):
    """A lab whose controls may include :class:`PaintGrid`: each update also shows the result on the grid."""

    def update(self) -> None:
        super().update()
        for control in self.controls:
            if isinstance(control, PaintGrid) and hasattr(control, "widget"):
                control.show(self.result)


__all__ = ["BUTTONS", "CELL_WORDS", "EMPTY", "GridLab", "MARKED", "PaintGrid", "grid_widget_class"]
