"""The labs' own widgets, where ipywidgets 8 leaves a student with a screen reader or a keyboard behind.

- :class:`LabSlider`: ipywidgets' slider (noUiSlider) gives its handle no accessible name and its value only as a
  bare number; this one is a native ``<input type="range">`` whose visible label is its name (``<label for>``) and
  whose value a screen reader reads as the readout shows it (``aria-valuetext``: "90 км/сағ"); the browser's own
  keys move it. While a value is on its way to the kernel, newer ones wait and only the latest is sent once the
  kernel has handled it (a fast drag never queues pictures). With ``play_interval`` it has a Play/Pause button
  (a named ``<button>``, which ipywidgets' ``Play`` is not) that moves it one step at a time, the same way.
- :class:`PlotImage`: ipywidgets' ``Image`` has no text alternative; this one shows the same PNG bytes in an
  ``<img>`` whose ``alt`` says what the picture shows, in the course language.

Both are anywidgets (the front end is a small ES module in ``static/``, shipped with the package: nothing is
fetched), the same kind of widget as the 3D viewer of :mod:`curriculum.cad`.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import anywidget
import traitlets

STATIC = Path(__file__).with_name("static")


def static_text(name: str) -> str:
    """A front-end file of ``static/``, read once when the module is imported: anywidget reads a ``Path`` given as
    ``_esm``/``_css`` again for every widget it makes (four files per lab, a few milliseconds each in a sandboxed
    graded kernel); the text is the same either way."""
    return (STATIC / name).read_text(encoding="utf-8")


SLIDER_JS, PLOT_JS, LABS_CSS = static_text("slider.js"), static_text("plot.js"), static_text("labs.css")


def step_places(step: float) -> int:
    """How many decimals a slider with this step shows: ``1`` → 0, ``0.25`` → 2, ``0.001`` → 3."""
    exponent = Decimal(repr(float(step))).normalize().as_tuple().exponent
    return max(0, -int(exponent))


class LabSlider(anywidget.AnyWidget):
    """A slider with an accessible name, its value written the course language's way, and drags that never queue."""

    _esm = SLIDER_JS
    _css = LABS_CSS

    value = traitlets.Float(0.0).tag(sync=True)
    min = traitlets.Float(0.0).tag(sync=True)
    max = traitlets.Float(1.0).tag(sync=True)
    step = traitlets.Float(0.1).tag(sync=True)
    label = traitlets.Unicode("", help="The visible label, which is also the slider's accessible name").tag(sync=True)
    unit = traitlets.Unicode("").tag(sync=True)
    places = traitlets.Int(1, help="Decimals the value is written with (the step's)").tag(sync=True)
    decimal = traitlets.Unicode(".", help="The decimal separator of the course language").tag(sync=True)
    group = traitlets.Unicode(",", help="The thousands separator of the course language").tag(sync=True)
    play_interval = traitlets.Int(0, help="Milliseconds between two steps when playing; 0: no Play button").tag(sync=True)
    play_texts = traitlets.Dict(help="The Play and Pause button's names in the course language").tag(sync=True)

    @traitlets.validate("value")
    def _within_limits(self, proposal: dict[str, Any]) -> float:
        return min(max(float(proposal["value"]), self.min), self.max)

    def set_state(self, sync_data: dict[str, Any]) -> None:
        """A value from the browser: every observer (the lab's update) has run when this returns; say so, so the
        browser sends the next value it holds."""
        super().set_state(sync_data)
        if "value" in sync_data:
            self.send({"type": "done"})


class PlotImage(anywidget.AnyWidget):
    """A PNG shown in an ``<img class="lab-plot">`` with a text alternative (``alt``)."""

    _esm = PLOT_JS
    _css = LABS_CSS

    value = traitlets.Bytes(b"").tag(sync=True)
    alt = traitlets.Unicode("", help="What the picture shows, in the course language").tag(sync=True)
