"""The lab building blocks: localized controls, a plot drawn once and updated, and a lab linking them.

A lab is a model (plain Python), controls (:class:`Slider`, :class:`Dropdown`, ...) and a view:
a readout (HTML) and a :class:`Plot`, one matplotlib figure per lab whose artists each update
changes, shown as PNG bytes with a text alternative (:class:`~curriculum.labs.widgets.PlotImage`).
ipywidgets 8, anywidget (the slider and the plot, :mod:`curriculum.labs.widgets`, whose front ends
come with the package) and matplotlib's Agg: no front-end extension to install, so the labs work
alike in JupyterLab 4 and Notebook 7, and every control has an accessible name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..i18n import _, get_language, pick
from ..numbers import DECIMAL_COMMA_LANGUAGES, format_decimal, format_trimmed

DPI = 100
"""Pixels per inch of a lab's plot: a 6-inch figure is a 600-pixel PNG, shown at its own size."""

PNG_COMPRESSION = 1
"""zlib level of the plot's PNG: level 1 is the quickest that still compresses (a plot is mostly flat
colour): a few tens of kB per update to the browser instead of most of a megabyte."""


class Plot:
    """The plot of a lab: one matplotlib figure, built once, whose artists each update changes.

    A lab's plot is a subclass: ``build(figure)`` creates the axes and the artists (lines,
    patches, texts, the legend) once, and ``update(result)`` changes them for a new result of
    the model (``set_data``, ``set_text``, patch geometry, axis limits through :func:`set_limits`);
    it never creates a figure or calls ``tight_layout``.  The layout is fixed by ``size`` and
    ``margins`` (inches), the same for every update, so labels never move while a slider is
    dragged.

    :meth:`render` rasterizes the figure with Agg and returns it as PNG bytes, which the lab puts
    into an ``ipywidgets.Image``.  Artists registered with :meth:`dynamic` (the curves, markers and
    texts that follow the controls) are drawn over a cached background: the axes, ticks, grid,
    labels and the other static artists are drawn again only when one of them has changed (the
    figure is *stale*, for example after new axis limits); otherwise the background is restored
    and only the dynamic artists are drawn over it.  A legend (:meth:`legend`) is opaque and is laid
    out once on a blank canvas; its pixels are pasted over the dynamic artists on every render until
    its texts or its axes' place change (laying out a legend costs more than drawing all the curves).
    When nothing has changed at all, the PNG of the previous render is returned as it is.

    No pyplot: the figure belongs to the plot (a plain :class:`matplotlib.figure.Figure` on an Agg
    canvas), nothing piles up in pyplot's list of figures, and the figure goes away with the lab.
    ``visible`` set to ``False`` by ``update`` hides the plot (the lab has nothing to draw).
    """

    size: tuple[float, float] = (6.0, 3.6)
    """Width and height of the figure in inches (``DPI`` pixels each)."""
    margins: tuple[float, float, float, float] = (0.8, 0.25, 0.55, 0.15)
    """Space around the axes in inches: left, right, bottom, top (tick labels and axis labels live there)."""
    hspace: float = 0.2
    """Space between axes stacked one above the other, as a fraction of their mean height."""
    ticks: int = 6
    """At most this many intervals between numbered ticks on an axis left to matplotlib's automatic ticks
    (matplotlib's own choice goes up to 9 on a 6-inch axis): tick labels are most of the time a full
    draw takes, and six intervals are plenty to read a value off a lab's plot."""

    def __init__(self) -> None:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        width, height = self.size
        left, right, bottom, top = self.margins
        self.figure = Figure(figsize=self.size, dpi=DPI, facecolor="white")
        self.figure.subplots_adjust(left=left / width, right=1 - right / width, bottom=bottom / height,
                                    top=1 - top / height, hspace=self.hspace)
        self.canvas = FigureCanvasAgg(self.figure)
        self.dynamic_artists: list[Any] = []
        self.visible = True
        self.full_draws = 0
        """How many times the whole figure was drawn (the rest of the renders drew only the dynamic artists)."""
        self.renders = 0
        """How many times a PNG was made (a render with nothing changed returns the last one)."""
        self._background: Any = None
        self._blank: Any = None  # the canvas with nothing but the figure's white background
        self._legends: dict[Any, Any] = {}  # legend -> (what it shows and where, its pixels) or None
        self._png: bytes | None = None
        self.build(self.figure)
        self._fewer_ticks()

    # -- what a lab's plot defines ------------------------------------------------------------

    def build(self, figure: Any) -> None:
        """Create the axes and every artist of the plot, once."""
        raise NotImplementedError

    def update(self, result: Any) -> None:
        """Change the artists to show ``result`` (the model's output)."""
        raise NotImplementedError

    # -- helpers for build and update ---------------------------------------------------------

    def dynamic(self, artist: Any) -> Any:
        """Mark ``artist`` as one that follows the controls: drawn over the cached background."""
        artist.set_animated(True)
        self.dynamic_artists.append(artist)
        return artist

    def legend(self, ax: Any, handles: list[Any], **kwargs: Any) -> Any:
        """A legend on ``ax`` for ``handles`` (their labels), drawn with the dynamic artists, above them.

        Called again (for example when some handles are hidden), it replaces the axes' legend.
        """
        old = ax.get_legend()
        if old is not None:
            if old in self.dynamic_artists:
                self.dynamic_artists.remove(old)
            self._legends.pop(old, None)
            old.remove()
        legend = ax.legend(handles=handles, labels=[h.get_label() for h in handles], framealpha=1.0, **kwargs)
        self._legends[legend] = None
        return self.dynamic(legend)

    def _fewer_ticks(self) -> None:
        from matplotlib.ticker import AutoLocator, MaxNLocator

        for ax in self.figure.axes:
            for axis in (ax.xaxis, ax.yaxis):
                if type(axis.get_major_locator()) is AutoLocator:
                    axis.set_major_locator(MaxNLocator(nbins=self.ticks, steps=[1, 2, 2.5, 5, 10]))

    # -- drawing ------------------------------------------------------------------------------

    @property
    def pixels(self) -> tuple[int, int]:
        """Width and height of the PNG in pixels."""
        width, height = self.canvas.get_width_height()
        return int(width), int(height)

    def render(self) -> bytes:
        """The figure as it is now, as PNG bytes (see the class documentation for what is redrawn)."""
        dynamic = sorted(self.dynamic_artists, key=lambda artist: artist.get_zorder())
        if self.figure.stale or self._png is None:
            self.canvas.draw()  # Agg leaves animated artists out: this is the background
            self._background = self.canvas.copy_from_bbox(self.figure.bbox) if dynamic else None
            if self._legends and self._blank is None:
                self._blank = self._blank_canvas()
            self.full_draws += 1
        elif not any(artist.stale for artist in dynamic):
            return self._png
        else:
            self.canvas.restore_region(self._background)
        for legend, kept in self._legends.items():
            shows = (tuple(text.get_text() for text in legend.get_texts()), tuple(legend.axes.bbox.bounds))
            if legend.get_visible() and (kept is None or kept[0] != shows):
                self._legends[legend] = (shows, self._draw_on_blank(legend))
        for artist in dynamic:
            kept = self._legends.get(artist)
            if kept is not None and artist.get_visible():
                self.canvas.restore_region(kept[1])
            else:
                self.figure.draw_artist(artist)
            artist.stale = False  # an invisible artist does not draw, and so would stay stale
        # Drawing a dynamic artist marks parts of the figure stale on the way (a legend lays out its
        # entries): that is no change to the background, so it must not force the next full draw.
        self.figure.stale = False
        self._png = encode_png(self.canvas)
        self.renders += 1
        return self._png

    def _blank_canvas(self) -> Any:
        """The canvas holding only the figure's background colour (then the background is put back)."""
        renderer = self.canvas.get_renderer()
        renderer.clear()
        self.figure.patch.draw(renderer)
        blank = self.canvas.copy_from_bbox(self.figure.bbox)
        self.canvas.restore_region(self._background)
        return blank

    def _draw_on_blank(self, legend: Any) -> Any:
        """Draw ``legend`` on the blank canvas and return its pixels (its frame and one pixel round it).

        Drawn on blank rather than over the axes, the pixels do not depend on the grid or the curves
        under the legend, so they stay right however the axes change; the frame is opaque, and only
        its rounded corners and its outermost pixel show white instead of what lies under them.
        """
        from matplotlib.transforms import Bbox

        self.canvas.restore_region(self._blank)
        self.figure.draw_artist(legend)
        box = legend.get_frame().get_window_extent(self.canvas.get_renderer()).padded(1)
        box = Bbox.intersection(box, self.figure.bbox) or self.figure.bbox
        pixels = self.canvas.copy_from_bbox(box)
        self.canvas.restore_region(self._background)
        return pixels

    def alt_text(self) -> str:
        """What the picture shows, in the course language, for its text alternative: per visible axes its
        title, its axes' labels and what its legend names (else its labelled lines and areas); a subclass may say more."""
        sentences = []
        for ax in self.figure.axes:
            if not ax.get_visible():
                continue
            title, x, y = ax.get_title().strip(), ax.get_xlabel().strip(), ax.get_ylabel().strip()
            legend = ax.get_legend()
            if legend is not None and legend.get_visible():  # what the legend says (an update may rename an entry)
                labels = [text.get_text() for text in legend.get_texts()]
            else:
                labels = [str(artist.get_label() or "") for artist in (*ax.lines, *ax.patches, *ax.collections)
                          if artist.get_visible()]
            if not ax.axison:  # a drawing: what is written on it (the gears' names and teeth, a distance) says most
                labels += [text.get_text() for text in ax.texts if text.get_visible()]
            shown = list(dict.fromkeys(" ".join(label.split()) for label in labels
                                       if label.strip() and not label.startswith("_")))
            parts = [title] if title else []
            if x and y:
                parts.append(_("Graph: vertical axis — {y}; horizontal axis — {x}", y=y, x=x))
            elif y:
                parts.append(_("Graph: vertical axis — {y}", y=y))
            elif x:
                parts.append(_("Drawing ({unit})", unit=x))
            if shown:
                parts.append(_("Shown: {items}", items=", ".join(shown)))
            sentences += parts
        return sentence_list(sentences)

    def show(self, result: Any) -> bytes | None:
        """Update the artists for ``result`` and return the PNG, or ``None`` if the plot is hidden."""
        self.update(result)
        return self.render() if self.visible else None


def number_text(value: float, lang: str | None = None, digits: int = 3) -> str:
    """``value`` as a lab writes it: ``digits`` significant figures in the course language, no trailing zeros
    (``17,5``, ``60``), ``∞`` for an infinite value."""
    return format_trimmed(value, digits, lang)


@dataclass(frozen=True)
class Readout:
    """A lab's words in one course language, as its readout writes them: labels, units and numbers.

    ``labels`` and ``units`` map a key to its text per language (``{"kk": ..., "ru": ..., "en": ...}``)."""

    labels: Mapping[str, Mapping[str, str]]
    units: Mapping[str, Mapping[str, str]]
    lang: str | None = None

    def label(self, key: str) -> str:
        return pick(self.labels[key], self.lang)

    def unit(self, key: str) -> str:
        return pick(self.units[key], self.lang)

    def num(self, value: float, digits: int = 3) -> str:
        """``value`` to ``digits`` significant figures, the course language's way, no trailing zeros (``17,5``)."""
        return number_text(value, self.lang, digits)


def readout_table(rows: list[tuple[str, str]], css_class: str) -> str:
    """A readout's rows (name, value) as an HTML table: names on the left, values right-aligned in bold."""
    body = "".join(f"<tr><td style='padding-right:1em'>{name}</td><td style='text-align:right'><b>{value}</b></td></tr>"
                   for name, value in rows)
    return f"<table class='{css_class}'>{body}</table>"


def readout_note(text: str, colour: str | None = None) -> str:
    """A line under a readout's table (a state, a warning), in ``colour`` if given."""
    return f"<p style='color:{colour}'>{text}</p>" if colour else f"<p>{text}</p>"


def sentence_list(parts: list[str]) -> str:
    """Texts as sentences one after another: a full stop after each that does not end in one (or in ? or !)."""
    return " ".join(part if part.endswith((".", "?", "!")) else f"{part}." for part in (p.strip() for p in parts) if part)


def encode_png(canvas: Any) -> bytes:
    """The Agg canvas's pixels as a PNG: 8-bit RGB (the figure is opaque), rows unfiltered, zlib level 1.

    Written here rather than by Pillow, whose per-row filtering doubles the time for a plot's flat
    colours; the file is a plain PNG that every browser shows.
    """
    import struct
    import zlib

    import numpy as np

    rgb = np.asarray(canvas.buffer_rgba())[:, :, :3]
    height, width = rgb.shape[:2]
    rows = np.zeros((height, 1 + 3 * width), dtype=np.uint8)  # each row: filter type 0, then the pixels
    rows[:, 1:] = rgb.reshape(height, -1)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8 bits, RGB, deflate, no filter, no interlace
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows.tobytes(), PNG_COMPRESSION)) + chunk(b"IEND", b""))


def set_limits(ax: Any, x: tuple[float, float] | None = None, y: tuple[float, float] | None = None) -> None:
    """Set the axis limits of ``ax``, but only those that differ from what it has now.

    New limits mean new ticks, so the whole figure is drawn again; setting the same limits
    would mark the figure stale for nothing.
    """
    if x is not None and tuple(ax.get_xlim()) != (float(x[0]), float(x[1])):
        ax.set_xlim(*x)
    if y is not None and tuple(ax.get_ylim()) != (float(y[0]), float(y[1])):
        ax.set_ylim(*y)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.2, 1.4, ..., 2, 2.5, 3, ..., 5, 6, ..., 9 times a power of ten at least ``value`` (> 0).

    An axis limit taken from this ladder stays the same while a slider moves the data a little,
    so the axes (the expensive part of a plot) need not be drawn again on every step; the
    headroom above ``value`` is at most a quarter of it.
    """
    import math

    if not value > 0:
        return 1.0
    scale = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0):
        if step * scale >= value * (1 - 1e-12):
            return step * scale
    return 10.0 * scale


def _lab_slider(control: Any, play_interval: int = 0) -> Any:
    """The :class:`~curriculum.labs.widgets.LabSlider` of a :class:`Slider` or an :class:`Animation`, in the course
    language."""
    from .widgets import LabSlider, step_places

    comma = get_language() in DECIMAL_COMMA_LANGUAGES
    slider = LabSlider(min=control.min, max=control.max, step=control.step, value=control.value,
                       label=pick(control.label), unit=control.unit, places=step_places(control.step),
                       decimal="," if comma else ".", group="\u202f" if comma else ",", play_interval=play_interval,
                       play_texts={"play": _("Play"), "pause": _("Pause")} if play_interval else {})
    slider.add_class(f"lab-control-{control.name}")
    return slider


LABEL_WIDTH = "220px"
"""The width of a control's label: the labels of a lab's controls line up."""
CONTROL_WIDTH = "488px"
"""A labelled control's width: the label, a gap and 260 pixels for the control itself."""


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
    whole: bool = False
    """A count (a gear, a number of teeth): the model and the design line get a whole number, ``2`` and not
    ``2.0`` (the slider's widget holds floats)."""

    def build(self) -> Any:
        self.widget = _lab_slider(self)
        return self.widget

    def readout(self, value: float) -> str:
        """The value as the slider writes it beside itself and for a screen reader: the step's decimals, the
        course language's separators (decimal comma in kk and ru), the unit after a no-break space."""
        from .widgets import step_places

        number = format_decimal(value, step_places(self.step))
        return f"{number}\u00a0{self.unit}" if self.unit else number


@dataclass
class Animation:
    """A control that can move by itself: a slider of its value with a Play/Pause button in front of it.

    For a lab that shows motion (gears turning, a robot driving): the model gets the value like any
    other control's (``turn`` in degrees, a time in seconds). The button is the slider's own
    (:class:`~curriculum.labs.widgets.LabSlider`): while it plays, the browser moves the slider one step
    every ``interval_ms`` and, like a drag, sends the kernel only the latest value once it has drawn the
    last, so a slow kernel skips frames instead of falling behind; it never starts by itself. An animation
    is not part of a design: :meth:`Lab.design_code` leaves it out.
    """

    name: str
    label: Mapping[str, str]
    min: int
    max: int
    step: int
    value: int = 0
    interval_ms: int = 100
    """Milliseconds between two steps while playing."""
    unit: str = ""
    design: bool = field(default=False, init=False)

    def build(self) -> Any:
        self.widget = _lab_slider(self, play_interval=self.interval_ms)
        return self.widget

    def readout(self, value: float) -> str:
        """The value as the slider writes it (see :meth:`Slider.readout`)."""
        return Slider.readout(self, value)  # type: ignore[arg-type]


@dataclass
class Dropdown:
    """A choice among named options; ``options`` maps a value to its label in three languages."""

    name: str
    label: Mapping[str, str]
    options: Mapping[str, Mapping[str, str]]
    value: str

    def build(self) -> Any:
        import ipywidgets as w

        # the label is the drop-down's own description: ipywidgets links it to the <select> (its accessible name)
        self.widget = w.Dropdown(options=[(pick(text), key) for key, text in self.options.items()],
                                 value=self.value, description=pick(self.label), style={"description_width": LABEL_WIDTH},
                                 layout=w.Layout(width=CONTROL_WIDTH))
        self.widget.add_class(f"lab-control-{self.name}")
        return self.widget


@dataclass
class Lab:
    """Controls feed ``model(**values)``; the view shows the result: a readout and a plot.

    ``readout_html(result)`` gives the readout's HTML (an ``HTML`` widget, ``lab.readout``);
    ``plot`` makes the lab's :class:`Plot` (a ``Plot`` subclass, or any callable returning one),
    built once per :meth:`build` (``lab.view``) and shown as a PNG in an ``Image`` widget
    (``lab.image``) whose bytes each update replaces.  A lab without a plot passes ``plot=None``.
    ``set(**values)`` moves controls from code, which is how tests drive a lab without a browser.

    With a ``spec`` the lab poses a design task: a Check button judges the current design
    with :func:`curriculum.check.check_design`, and the lab shows the line of code that
    records the design (``design = {...}``) for the answer cell, since grading re-runs the
    notebook without anyone moving a slider.  ``start`` sets the controls from such a design.
    """

    model: Callable[..., Any]
    controls: list[Any]
    readout_html: Callable[[Any], str]
    plot: Callable[[], Plot] | None = None
    title: Mapping[str, str] = field(default_factory=dict)
    spec: Any = None
    design_name: str = "design"
    start: Mapping[str, Any] | None = None
    result: Any = None

    def build(self) -> Any:
        import ipywidgets as w

        from ..check import autograding
        from .widgets import PlotImage

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
        # autograde draws nothing: its notebook is never looked at live, and its feedback page shows a lab as a note
        self.view = self.plot() if self.plot is not None and not autograding() else None
        width = f"{self.view.pixels[0]}px" if self.view is not None else "auto"
        self.image = PlotImage(layout=w.Layout(width=width, max_width="100%", height="auto"))
        for control in self.controls:
            control.widget.observe(lambda _change: self.update(), names="value")
        header = [w.HTML(f"<h4>{pick(self.title)}</h4>")] if self.title else []
        parts = [*header, *rows, self.readout, self.image]
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
        self.widget = self._frame(parts)
        self.update()
        return self.widget

    @property
    def name(self) -> str:
        """The lab's name: the module of ``curriculum.labs`` its model comes from (``braking``), else the model's."""
        module = getattr(self.model, "__module__", "") or ""
        if module.startswith("curriculum.labs."):
            return module.rsplit(".", 1)[-1]
        return getattr(self.model, "__name__", "lab").strip("<>")

    def _frame(self, parts: list[Any]) -> Any:
        """The lab's box: ``parts`` one under the other, marked ``lab`` and ``lab-<name>`` for styles and tests."""
        import ipywidgets as w

        box = w.VBox(parts)
        box.add_class("lab")
        box.add_class(f"lab-{self.name}")
        return box

    def values(self) -> dict[str, Any]:
        return {c.name: round(c.widget.value) if getattr(c, "whole", False) else c.widget.value for c in self.controls}

    def alt_text(self) -> str:
        """The plot's text alternative: the lab's title, what the plot shows, and where the numbers are."""
        parts = [pick(self.title)] if self.title else []
        if self.view is not None and (shown := self.view.alt_text()):
            parts.append(shown)
        parts.append(_("The values are written above the picture."))
        return sentence_list(parts)

    def design_code(self) -> str:
        """The answer-cell line that records the current design, in Python notation (controls that are not part
        of a design, such as an :class:`Animation`, are left out)."""
        designed = {c.name for c in self.controls if getattr(c, "design", True)}
        items = ", ".join(f"{k!r}: {round(v, 6) if isinstance(v, float) else v!r}" for k, v in self.values().items()
                          if k in designed)
        return f"{self.design_name} = {{{items}}}"

    def update(self) -> None:
        """Run the model on the controls' values and show the result: readout, then plot."""
        self.result = self.model(**self.values())
        self.readout.value = self.readout_html(self.result)
        png = self.view.show(self.result) if self.view is not None else None
        if png is not None:
            with self.image.hold_sync():  # one message: the picture and what it shows
                self.image.value = png  # the same bytes again send nothing to the browser
                self.image.alt = self.alt_text()
        self.image.layout.display = None if png is not None else "none"
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
