"""Labs without a browser: models import without widgets; moving any control changes what the view shows.

The view is a readout (HTML) and a plot: one matplotlib figure per lab, updated in place and shown
as PNG bytes in an ``ipywidgets.Image``.  The tests read both, check that the figure is reused (no
new figures, nothing in pyplot's list, no artists piling up) and that the incremental drawing
(cached background, pasted legend) gives exactly the picture a fresh lab draws from scratch.
"""

from __future__ import annotations

import importlib
import io
import re
import subprocess
import sys

import pytest

import curriculum
from curriculum.paths import REPO_ROOT

# every lab (a module of curriculum/labs with a make_lab); core, widgets and paint_grid are building blocks of labs
LABS = sorted(p.stem for p in (REPO_ROOT / "curriculum" / "labs").glob("*.py")
              if "\ndef make_lab(" in p.read_text(encoding="utf-8"))
# labs whose view is a part in 3D (curriculum.cad.lab.PartLab), tested in tests/test_cad_lab.py
PARTS_3D = {name for name in LABS if getattr(importlib.import_module(f"curriculum.labs.{name}"), "VIEW_3D", False)}
PLOT_LABS = [name for name in LABS if name not in PARTS_3D]


def test_every_module_has_a_lab():
    assert {"braking", "gears", "vin"} <= set(LABS)


@pytest.mark.parametrize("name", LABS)
def test_model_imports_without_widgets(name):
    code = f"import sys; sys.modules['ipywidgets'] = None; import curriculum.labs.{name}"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO_ROOT)


def _other_value(control):
    widget = control.widget
    if hasattr(control, "options"):
        return next(key for key in control.options if key != widget.value)
    if hasattr(control, "min"):  # the widget's own range: a lab may narrow it (the fill steps of a painted frame)
        return widget.max if widget.value != widget.max else widget.min
    if _is_polygon(widget.value):
        # a polygon (curriculum.labs.polygon_editor): its first vertex moved one grid step up and to the right
        return [[x + 10, y + 10] if i == 0 else [x, y] for i, (x, y) in enumerate(widget.value)]
    if isinstance(widget.value, (list, tuple)):  # a painted grid (curriculum.labs.paint_grid): one cell flipped
        return _flipped(widget.value)
    text = str(widget.value)
    return text[:-1] + ("0" if text[-1:] != "0" else "1")


def _is_polygon(value) -> bool:
    """A polygon editor's value (curriculum.labs.polygon_editor): a list of [x, y] vertices."""
    return isinstance(value, (list, tuple)) and bool(value) and isinstance(value[0], (list, tuple))


def _flipped(rows, cell: int = 0):
    """A painted grid (row strings of '#' and '.') with one cell painted or cleared."""
    rows = list(rows)
    r, c = divmod(cell, len(rows[0]))
    rows[r] = rows[r][:c] + (".#"[rows[r][c] == "."]) + rows[r][c + 1:]
    return rows


# Controls the plot does not depend on: the gear drawing shows the teeth and the module, not the
# motor's speed or torque (the readout shows what they change).
PLOT_IGNORES = {"gears": {"n1", "T1"}, "parts_db": {"query"}}  # parts_db: the query shows as a table, the plot is KS-1


def _build(name, **values):
    lab = importlib.import_module(f"curriculum.labs.{name}").make_lab()
    lab.build()
    if values:
        lab.set(**values)
    return lab


def _png_size(data: bytes) -> tuple[int, int]:
    from PIL import Image

    with Image.open(io.BytesIO(bytes(data))) as image:
        image.load()
        return image.size


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("name", PLOT_LABS)
def test_each_control_changes_the_readout_and_the_plot(name, lang):
    curriculum.setup(lang)
    try:
        lab = _build(name)
        assert bytes(lab.image.value).startswith(b"\x89PNG\r\n\x1a\n") and lab.image.alt
        assert _png_size(lab.image.value) == lab.view.pixels
        for control in lab.controls:
            before, picture = lab.readout.value, lab.image.value
            lab.set(**{control.name: _other_value(control)})
            assert lab.readout.value != before, f"{name}: moving {control.name} changed nothing"
            if control.name in PLOT_IGNORES.get(name, set()):
                assert lab.image.value == picture, f"{name}: {control.name} should leave the plot as it is"
            else:
                assert lab.image.value != picture, f"{name}: moving {control.name} left the plot as it was"
                assert _png_size(lab.image.value) == lab.view.pixels
        if lang in ("kk", "ru") and any(hasattr(c, "min") for c in lab.controls):
            shown = re.sub(r"<[^>]+>", " ", lab.readout.value)
            assert re.search(r"\d,\d", shown), f"{name}: no decimal comma in the {lang} readout: {shown[:200]}"
    finally:
        curriculum.setup("en")


def _sweep(lab, steps: int = 4):
    """Values for every control in turn: ``steps`` points across a slider, every option, edits of a text."""
    for control in lab.controls:
        if hasattr(control, "options"):
            values = [key for key in control.options if key != control.widget.value] + [control.widget.value]
        elif hasattr(control, "min"):
            values = [control.min + (control.max - control.min) * i / (steps - 1) for i in range(steps)]
            values = [round(round(v / control.step) * control.step, 10) for v in values] + [control.widget.value]
        elif _is_polygon(control.widget.value):  # a polygon: its first vertex moved about, then as it was
            start = [list(p) for p in control.widget.value]
            values = [[[x + dx, y + dy] if i == 0 else [x, y] for i, (x, y) in enumerate(start)]
                      for dx, dy in ((10, 10), (200, 300), (-50, 40))] + [start]
        elif isinstance(control.widget.value, (list, tuple)):  # a painted grid: cells flipped, then as it was
            grid = list(control.widget.value)
            values = [_flipped(grid), _flipped(grid, 1), _flipped(_flipped(grid, 1), 2), grid]
        else:
            text = str(control.widget.value)
            values = [text[:-1], text[:-1] + "0", "", text[:5], text]
        for value in values:
            yield control.name, value


@pytest.mark.parametrize("name", PLOT_LABS)
def test_the_figure_is_built_once_and_reused(name, monkeypatch):
    import matplotlib.figure
    import matplotlib.pyplot as plt

    open_before = plt.get_fignums()
    lab = _build(name)
    view, figure = lab.view, lab.view.figure
    axes = list(figure.axes)
    artists = {id(ax): len(ax.get_children()) for ax in axes}
    created = []
    init = matplotlib.figure.Figure.__init__

    def counting_init(self, *args, **kwargs):
        created.append(self)
        init(self, *args, **kwargs)

    monkeypatch.setattr(matplotlib.figure.Figure, "__init__", counting_init)
    pictures = set()
    for control, value in _sweep(lab):
        lab.set(**{control: value})
        pictures.add(bytes(lab.image.value))
    assert not created, f"{name}: an update created {len(created)} new figure(s)"
    assert lab.view is view and view.figure is figure and figure.axes == axes
    # the artists are changed, not added: a legend rebuilt for other handles replaces the old one
    assert {id(ax): len(ax.get_children()) for ax in figure.axes} == artists
    assert len(pictures) > 2, f"{name}: the sweep showed only {len(pictures)} different pictures"
    assert plt.get_fignums() == open_before, f"{name}: the lab's figure is in pyplot's list of figures"
    assert view.full_draws <= view.renders


@pytest.mark.parametrize("name", PLOT_LABS)
def test_incremental_drawing_gives_the_picture_drawn_from_scratch(name):
    """After every step of a sweep, the PNG equals that of a fresh lab built at the same values."""
    lab = _build(name)
    blits = 0
    for control, value in _sweep(lab, steps=3):
        full = lab.view.full_draws
        lab.set(**{control: value})
        blits += lab.view.full_draws == full
        fresh = _build(name, **lab.values())
        assert lab.view.visible == fresh.view.visible
        if lab.view.visible:
            assert lab.image.value == fresh.image.value, (
                f"{name}: after {control}={value!r} the updated plot differs from one drawn from scratch")
    assert blits, f"{name}: no update reused the background"


def test_moving_a_marker_draws_only_the_dynamic_artists():
    from curriculum.labs import battery

    lab = battery.make_lab()
    lab.build()
    view = lab.view
    full, renders = view.full_draws, view.renders
    for power in (20.0, 120.0, 200.0):  # the chosen power moves along the curves; axes and labels stay
        lab.set(P_kW=power)
    assert view.renders == renders + 3 and view.full_draws == full
    lab.set(s=20.0)  # a pack of lower voltage: the voltage axis gets a new limit, so new ticks
    assert view.full_draws == full + 1 and lab.view.ax.get_ylim()[1] < 100


def test_a_control_the_plot_ignores_costs_no_render_and_sends_nothing():
    from curriculum.labs import gears

    lab = gears.make_lab()
    lab.build()
    sent = []
    lab.image.observe(sent.append, names="value")
    renders, picture = lab.view.renders, bytes(lab.image.value)
    lab.set(n1=2000.0, T1=150.0)
    assert lab.view.renders == renders and bytes(lab.image.value) == picture and not sent
    lab.set(z2=60.0)
    assert lab.view.renders == renders + 1 and len(sent) == 1


def test_a_lab_with_nothing_to_draw_hides_its_plot():
    from curriculum.labs import vin

    lab = vin.make_lab()
    lab.build()
    assert lab.image.layout.display is None
    lab.set(vin="")
    assert lab.image.layout.display == "none" and "17" in lab.readout.value
    lab.set(vin="1M8GD")
    assert lab.image.layout.display is None and _png_size(lab.image.value) == lab.view.pixels


def test_under_autograde_a_lab_computes_its_readout_but_draws_nothing(monkeypatch):
    """nbgrader's autograde shows a lab to nobody (its feedback page shows a note): no figure is made or drawn,
    while the readout and the lab's result, which a notebook's code may read, are as in a lesson."""
    from curriculum.labs import gears

    shown = gears.make_lab()
    shown.build()
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    graded = gears.make_lab()
    graded.build()
    assert graded.view is None and bytes(graded.image.value) == b"" and graded.image.layout.display == "none"
    assert graded.readout.value == shown.readout.value and graded.result == shown.result
    graded.set(z2=60.0)
    shown.set(z2=60.0)
    assert graded.view is None and graded.readout.value == shown.readout.value
    assert shown.view is not None and _png_size(shown.image.value) == shown.view.pixels


def test_nice_ceiling_keeps_limits_still_with_little_headroom():
    from curriculum.labs.core import nice_ceiling

    assert [nice_ceiling(v) for v in (1680, 380.16, 40, 0.5, 10.01)] == [1800, 400, 40, 0.5, 12]
    for value in (0.013, 1.7, 23.0, 555.5, 9999.0, 123456.0):
        assert value <= nice_ceiling(value) <= 1.25 * value
    assert len({nice_ceiling(v) for v in range(300, 400)}) <= 3  # a slider moving the data keeps the axes


def test_design_task_checks_the_spec_and_shows_the_line_to_grade():
    from curriculum.check import check_design
    from curriculum.labs import braking

    lab = braking.make_lab("wet-40")
    lab.build()
    assert not lab.check().correct and "40" in lab.feedback.value  # 90 km/h does not stop in 40 m
    lab.set(v_kmh=54.0, t_r=1.0)
    assert lab.check().correct and "✓" in lab.feedback.value
    namespace: dict = {}
    exec(lab.design_code(), namespace)  # the line the lab shows is the graded design
    assert namespace["design"] == {"v_kmh": 54.0, "t_r": 1.0}
    assert check_design(braking.design_result(namespace["design"]), braking.DESIGN_SPEC).correct
    lab.set(t_r=0.5, v_kmh=60.0)  # a quick driver is not allowed: the reaction-time requirement is named
    result = lab.check()
    assert not result.correct and result.score == pytest.approx(2 / 3)
    started = braking.make_lab("wet-40", start={"v_kmh": 52.0, "t_r": 1.2})
    started.build()
    assert started.values() == {"v_kmh": 52.0, "t_r": 1.2, "progress": 0}  # the Play button is no part of a design
    assert started.design_code() == "design = {'v_kmh': 52.0, 't_r': 1.2}"


def test_a_requirement_on_a_count_reads_as_a_whole_number():
    """A count (spots, teeth) in a specification and in the Check's message reads 5, not 5.00; other values keep
    three significant figures in the course language's notation."""
    from curriculum.check import check_design
    from curriculum.check.design import Requirement, Spec

    spec = Spec((Requirement("spots", "==", 5.0, "", {"kk": "Дақтар", "ru": "Пятна", "en": "Spots"}, rtol=0.0),
                 Requirement("speed", "<=", 2.5, "m/s", {"kk": "Жылдамдық", "ru": "Скорость", "en": "Speed"})))
    assert spec.describe() == ["Spots = 5", "Speed ≤ 2.50 m/s"]
    message = check_design({"spots": 3, "speed": 1.0}, spec).message
    assert "Spots is 3; the specification needs Spots = 5." in message and ".00" not in message
    curriculum.setup("ru")
    try:
        assert spec.describe() == ["Пятна = 5", "Скорость ≤ 2,50 м/с"]  # a unit symbol as Russian school writes it
    finally:
        curriculum.setup("en")


def test_a_value_just_missing_a_requirement_does_not_read_as_its_limit():
    """A design 1.2544 kg against "at most 1.25 kg" is told 1.254 kg, not "1.25 kg; needs ≤ 1.25 kg" (the turned-part
    lab's light shaft, a Ø20 bore 80 mm deep); a value far from its limit keeps three significant figures."""
    from curriculum.check import check_design
    from curriculum.check.design import Requirement, Spec

    spec = Spec((Requirement("mass", "<=", 1.25, "kg", {"kk": "Масса", "ru": "Масса", "en": "Mass"}),
                 Requirement("wall", ">=", 5.0, "mm", {"kk": "Қабырға", "ru": "Стенка", "en": "Wall"})))
    assert check_design({"mass": 1.2544, "wall": 6}, spec).message == (
        "Mass is 1.254 kg; the specification needs Mass ≤ 1.25 kg.")
    assert check_design({"mass": 1.32, "wall": 4.9996}, spec).message == (
        "Mass is 1.32 kg; the specification needs Mass ≤ 1.25 kg. "
        "Wall is 4.9996 mm; the specification needs Wall ≥ 5 mm.")
    curriculum.setup("ru")
    try:
        assert "Масса is" not in check_design({"mass": 1.2544, "wall": 6}, spec).message
        assert "1,254" in check_design({"mass": 1.2544, "wall": 6}, spec).message
    finally:
        curriculum.setup("en")


def test_a_design_the_model_refuses_reads_in_the_course_language():
    """A lab's model says why it refuses a design in the course language (a ValueError it raised with translated
    text): the message shows that text and no Python error name; a design missing a value names the value."""
    from curriculum.check import check_design
    from curriculum.check.design import Requirement, Spec
    from curriculum.i18n import pick

    spec = Spec((Requirement("p", ">=", 1.0, "", {"kk": "p", "ru": "p", "en": "p"}),))

    def model(design):
        if design["p"] <= 0:
            raise ValueError(pick({"kk": "p оң сан болуы керек", "ru": "p должно быть положительным",
                                   "en": "p must be positive"}))
        return {"p": design["p"]}

    curriculum.setup("kk")
    try:
        refused = check_design({"p": -1}, spec, model=model)
        assert not refused.correct and refused.code == "invalid-input"
        assert "p оң сан болуы керек" in refused.message and "ValueError" not in refused.message
        missing = check_design({"s": 2}, spec, model=model)
        assert "ValueError" not in missing.message and "KeyError" not in missing.message and "p" in missing.message
        assert missing.message == check_design({}, spec, model=model).message
    finally:
        curriculum.setup("en")
    assert check_design({"s": 2}, spec, model=model).message == "The design cannot be evaluated: p is missing."
    assert check_design({"p": 2}, spec, model=model).correct


@pytest.mark.parametrize(("lab", "function", "args", "en", "kk", "ru"), [
    ("gears", "gear_ratio", (True, 40),
     "z1 must be a number, got True", "z1: сан керек, берілгені True", "z1: нужно число, получено True"),
    ("takt", "takt_time", ("27000", 450),
     "available_s must be a number, got '27000'", "available_s: сан керек", "available_s: нужно число"),
    ("gear_blank", "tip_diameter", (-2, 40), "the module must be a positive number, got -2",
     "модуль: оң сан керек, берілгені -2", "модуль: нужно положительное число, получено -2"),
    ("wheel_nuts", "moment", (-5, 0.4), "force must be a number of at least 0, got -5",
     "force: 0 не одан үлкен сан керек", "force: нужно число не меньше 0"),
    ("quality", "probability_none", (10, 1.5), "p is a probability from 0 to 1", "p — ықтималдық", "p — вероятность"),
    ("ramp_up", "arithmetic_term", (12, 6, 2.5), "n (the day's number) must be a whole number of at least 1, got 2.5",
     "n (күннің нөмірі): 1 не одан үлкен бүтін сан", "n (номер дня): нужно целое число не меньше 1"),
    ("circuit", "circuit", ("on", "off", "off", "parallel", 12), "fuse must be one of 1, 2, 3, 4, 5, 7.5, 10, 15",
     "fuse: мыналардың бірі керек: 1; 2; 3; 4; 5; 7,5; 10", "fuse: нужно одно из значений 1; 2; 3; 4; 5; 7,5; 10"),
    ("gearbox", "tractive_force", (200, 3.73, 4.1, 90), "efficiency is a share from 0 to 1 (90 % is 0.9), got 90",
     "efficiency — үлес, 0-ден 1-ге дейінгі сан", "efficiency — доля, число от 0 до 1"),
    ("drive_cycle", "polynomial_distance", ([1, "2"], 0, 15), "coefficients[1] must be a number, got '2'",
     "coefficients[1]: сан керек", "coefficients[1]: нужно число"),
    ("turned_part", "shaft_volume", ([(20, "50", 34)], 0, 0), "segments[0][1] must be a number, got '50'",
     "segments[0][1]: сан керек", "segments[0][1]: нужно число"),
    ("suspension", "natural_frequency", (True, 350), "k must be a number, got True", "k: сан керек, берілгені True",
     "k: нужно число, получено True"),
], ids=["gears", "takt", "gear_blank", "wheel_nuts", "quality", "ramp_up", "circuit", "gearbox", "drive_cycle",
        "turned_part", "suspension"])
def test_a_bad_value_to_a_labs_function_is_refused_in_the_course_language(lab, function, args, en, kk, ru):
    """One check of the values students pass to the labs' functions (curriculum.labs.inputs): a boolean or a number
    typed as text is refused, and the message names the value and says what it must be, in the course language."""
    call = getattr(importlib.import_module(f"curriculum.labs.{lab}"), function)
    for language, text in (("kk", kk), ("ru", ru), ("en", en)):
        curriculum.setup(language)
        try:
            with pytest.raises(ValueError) as refused:
                call(*args)
        finally:
            curriculum.setup("en")
        assert text in str(refused.value), (language, str(refused.value))
