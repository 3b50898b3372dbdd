"""The lab building blocks: localized sliders and a lab that links controls to a model and a view."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..i18n import pick
from ..numbers import format_number


def show_figure(fig: Any) -> None:
    """Show a finished matplotlib figure (in the Output widget being drawn into), then close it.

    Closing after showing keeps figures from piling up where nothing displays them (tests, the grader).
    """
    import matplotlib.pyplot as plt

    fig.tight_layout()
    plt.show()
    plt.close(fig)


def redraw(plot: Any, draw: Callable[..., None], *args: Any) -> None:
    """Replace what the ``plot`` Output widget shows with what ``draw(*args)`` draws."""
    with plot:
        plot.clear_output(wait=True)
        draw(*args)


def renderer(readout_html: Callable[[Any], str], draw: Callable[[Any], None]) -> Callable[[Any, Any, Any], None]:
    """The usual ``render`` of a lab: the readout from ``readout_html(result)``, the plot from ``draw(result)``."""

    def render(result: Any, readout: Any, plot: Any) -> None:
        readout.value = readout_html(result)
        redraw(plot, draw, result)

    return render


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

    With a ``spec`` the lab poses a design task: a Check button judges the current design
    with :func:`curriculum.check.check_design`, and the lab shows the line of code that
    records the design (``design = {...}``) for the answer cell, since grading re-runs the
    notebook without anyone moving a slider.  ``start`` sets the controls from such a design.
    """

    model: Callable[..., Any]
    controls: list[Any]
    render: Callable[[Any, Any, Any], None]
    title: Mapping[str, str] = field(default_factory=dict)
    spec: Any = None
    design_name: str = "design"
    start: Mapping[str, Any] | None = None
    result: Any = None

    def build(self) -> Any:
        import ipywidgets as w

        rows = [c.build() for c in self.controls]
        if self.start:
            unknown = set(self.start) - {c.name for c in self.controls}
            if unknown:
                raise KeyError(f"the design names controls this lab does not have: {sorted(unknown)}")
            for control in self.controls:
                if control.name in self.start:
                    control.widget.value = self.start[control.name]
        self.readout = w.HTML()
        self.readout.add_class("lab-readout")
        self.plot = w.Output()
        for control in self.controls:
            control.widget.observe(lambda _change: self.update(), names="value")
        header = [w.HTML(f"<h4>{pick(self.title)}</h4>")] if self.title else []
        parts = [*header, *rows, self.readout, self.plot]
        if self.spec is not None:
            from ..i18n import _

            task = "".join(f"<li>{line}</li>" for line in self.spec.describe())
            heading = pick(self.spec.title) if self.spec.title else _("Specification")
            self.task = w.HTML(f"<b>{heading}</b><ul>{task}</ul>")
            self.check_button = w.Button(description=_("Check the design"), button_style="primary", icon="check",
                                         layout=w.Layout(width="auto", min_width="180px"))
            self.check_button.add_class("lab-check")
            self.feedback = w.HTML()
            self.feedback.add_class("lab-feedback")
            self.code_line = w.HTML()
            self.code_line.add_class("lab-design")
            self.check_button.on_click(lambda _button: self.check())
            parts += [self.task, w.HBox([self.check_button, self.feedback]), self.code_line]
        self.widget = w.VBox(parts)
        self.update()
        return self.widget

    def values(self) -> dict[str, Any]:
        return {c.name: c.widget.value for c in self.controls}

    def design_code(self) -> str:
        """The answer-cell line that records the current design, in Python notation."""
        items = ", ".join(f"{k!r}: {round(v, 6) if isinstance(v, float) else v!r}" for k, v in self.values().items())
        return f"{self.design_name} = {{{items}}}"

    def update(self) -> None:
        self.result = self.model(**self.values())
        self.render(self.result, self.readout, self.plot)
        if self.spec is not None:
            import html

            from ..i18n import _

            self.feedback.value = ""
            prompt = _("Put this line in your answer cell:")
            self.code_line.value = f"{prompt} <code>{html.escape(self.design_code())}</code>"

    def check(self) -> Any:
        """Judge the current design against the specification (what the Check button does)."""
        from ..check import check_design

        result = check_design(self.result, self.spec)
        mark = "✓" if result.correct else "✗"
        colour = "#1a7f37" if result.correct else "#cf222e"
        self.feedback.value = f"<span style='color:{colour}'>{mark} {result.message}</span>"
        return result

    def set(self, **values: Any) -> None:
        by_name = {c.name: c for c in self.controls}
        for name, value in values.items():
            by_name[name].widget.value = value

    def _ipython_display_(self) -> None:  # display(lab) shows the widgets
        from IPython.display import display

        display(self.widget if hasattr(self, "widget") else self.build())
