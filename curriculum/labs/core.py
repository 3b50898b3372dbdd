"""The lab building blocks: localized sliders and a lab that links controls to a model and a view."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..i18n import pick
from ..numbers import format_number


@dataclass
class Slider:
    """A numeric control: a name the model knows, a label in three languages, limits and a unit."""

    name: str
    label: Mapping[str, str]
    min: float
    max: float
    step: float
    value: float
    unit: str = ""
    digits: int = 3

    def build(self) -> Any:
        import ipywidgets as w

        slider = w.FloatSlider(value=self.value, min=self.min, max=self.max, step=self.step,
                               readout=False, continuous_update=True, description="",
                               layout=w.Layout(width="260px"))
        slider.add_class(f"lab-control-{self.name}")
        readout = w.HTML(self.readout(self.value))
        slider.observe(lambda change: setattr(readout, "value", self.readout(change["new"])), names="value")
        label = w.HTML(f"<b>{pick(self.label)}</b>", layout=w.Layout(width="220px"))
        self.widget, self.readout_widget = slider, readout
        return w.HBox([label, slider, readout])

    def readout(self, value: float) -> str:
        """The value as the course language writes it (decimal comma in kk and ru)."""
        return f"{format_number(value, self.digits)} {self.unit}".strip()


@dataclass
class Dropdown:
    """A choice among named options; ``options`` maps a value to its label in three languages."""

    name: str
    label: Mapping[str, str]
    options: Mapping[str, Mapping[str, str]]
    value: str

    def build(self) -> Any:
        import ipywidgets as w

        self.widget = w.Dropdown(options=[(pick(text), key) for key, text in self.options.items()],
                                 value=self.value, layout=w.Layout(width="260px"))
        self.widget.add_class(f"lab-control-{self.name}")
        return w.HBox([w.HTML(f"<b>{pick(self.label)}</b>", layout=w.Layout(width="220px")), self.widget])


@dataclass
class Lab:
    """Controls feed ``model(**values)``; ``render(result, readout, plot)`` shows the result.

    ``render`` writes HTML to ``readout`` (an ``HTML`` widget) and may draw into
    ``plot`` (an ``Output`` widget); it never prints.  ``set(**values)`` moves controls
    from code, which is how tests drive a lab without a browser.
    """

    model: Callable[..., Any]
    controls: list[Any]
    render: Callable[[Any, Any, Any], None]
    title: Mapping[str, str] = field(default_factory=dict)
    result: Any = None

    def build(self) -> Any:
        import ipywidgets as w

        rows = [c.build() for c in self.controls]
        self.readout = w.HTML()
        self.readout.add_class("lab-readout")
        self.plot = w.Output()
        for control in self.controls:
            control.widget.observe(lambda _change: self.update(), names="value")
        header = [w.HTML(f"<h4>{pick(self.title)}</h4>")] if self.title else []
        self.widget = w.VBox([*header, *rows, self.readout, self.plot])
        self.update()
        return self.widget

    def values(self) -> dict[str, Any]:
        return {c.name: c.widget.value for c in self.controls}

    def update(self) -> None:
        self.result = self.model(**self.values())
        self.render(self.result, self.readout, self.plot)

    def set(self, **values: Any) -> None:
        by_name = {c.name: c for c in self.controls}
        for name, value in values.items():
            by_name[name].widget.value = value

    def _ipython_display_(self) -> None:  # display(lab) shows the widgets
        from IPython.display import display

        display(self.widget if hasattr(self, "widget") else self.build())
