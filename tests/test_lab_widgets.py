"""The labs' own widgets (curriculum.labs.widgets): an accessible slider and a plot with a text alternative."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import curriculum
import curriculum.labs
from curriculum.labs import braking
from curriculum.labs.core import Animation, Dropdown, Slider
from curriculum.labs.widgets import STATIC, LabSlider, step_places


@pytest.fixture(autouse=True)
def _english_after():
    yield
    curriculum.setup("en")


def _labs():
    for info in pkgutil.iter_modules(curriculum.labs.__path__):
        module = importlib.import_module(f"curriculum.labs.{info.name}")
        if callable(getattr(module, "make_lab", None)):
            yield info.name, module


def test_a_slider_writes_its_step_s_decimals_in_the_course_language():
    assert [step_places(s) for s in (1, 5.0, 10.0, 0.5, 0.25, 0.05, 0.001)] == [0, 0, 0, 1, 2, 2, 3]
    shift = Slider("shift_h", {"kk": "Ауысым", "ru": "Смена", "en": "Shift"}, 2.0, 12.0, 0.25, 7.5, unit="сағ")
    curriculum.setup("kk")
    assert [shift.readout(v) for v in (7.25, 7.5, 8.0)] == ["7,25\u00a0сағ", "7,5\u00a0сағ", "8\u00a0сағ"]
    curriculum.setup("en")
    assert shift.readout(7.25) == "7.25\u00a0сағ"
    assert Slider("n", {"kk": "n", "ru": "n", "en": "n"}, 0, 3000, 10, 960).readout(1250) == "1,250"


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_every_control_of_every_lab_has_its_label_as_its_name(lang):
    curriculum.setup(lang)
    for name, module in _labs():
        lab = module.make_lab()
        lab.build()
        for control in lab.controls:
            label = curriculum.i18n.pick(control.label)
            if isinstance(control, (Slider, Animation)) or isinstance(control.widget, LabSlider):
                # a lab's own slider (weld_tour's edge chooser) is the same widget, named the same way
                assert isinstance(control.widget, LabSlider) and control.widget.label == label, (name, control.name)
                assert control.widget.decimal == ("," if lang != "en" else ".")
                if isinstance(control, Animation):  # its Play/Pause button is named in the course language
                    assert control.widget.play_interval == control.interval_ms
                    assert control.widget.play_texts == {"play": curriculum.i18n._("Play"),
                                                         "pause": curriculum.i18n._("Pause")}
            elif hasattr(control.widget, "texts"):  # a painted grid or a polygon editor: a group named by its aria-label
                texts = control.widget.texts
                assert texts.get("grid", texts.get("group")) == label, (name, control.name)
            else:  # a drop-down or a text box: ipywidgets links its description to the <select>/<input>
                assert control.widget.description == label, (name, control.name)


def test_a_value_from_the_browser_is_answered_once_the_lab_has_updated():
    lab = braking.make_lab()
    lab.build()
    slider = lab.controls[0].widget
    sent, pictures = [], []
    slider.send = lambda content, buffers=None: sent.append((content, len(pictures)))
    lab.image.observe(lambda change: pictures.append(change["new"]), names="value")
    slider.set_state({"value": 120.0})
    assert slider.value == 120.0 and pictures, "the lab did not update"
    assert sent == [({"type": "done"}, len(pictures))]  # after the new picture, not before
    slider.value = 500  # out of range from code: held to the slider's limits
    assert slider.value == slider.max


@pytest.mark.parametrize("lang", ["kk", "en"])
def test_the_plot_says_what_it_shows_in_the_course_language(lang):
    curriculum.setup(lang)
    lab = braking.make_lab()
    lab.build()
    alt = lab.image.alt
    axis = {"kk": "Жылдамдық, км/сағ", "en": "Speed, km/h"}[lang]
    assert axis in alt and curriculum.i18n.pick(braking.TITLE) in alt
    assert alt.endswith(curriculum.i18n._("The values are written above the picture."))
    surface = next(c for c in lab.controls if isinstance(c, Dropdown))
    names = {key: curriculum.i18n.pick(text) for key, text in surface.options.items()}
    other = next(key for key in names if key != surface.widget.value)
    lab.set(surface=other)
    assert lab.image.alt != alt or names[other] in lab.image.alt


FORMAT_JS = """
async ([source, cases]) => {
  const module = await import('data:text/javascript;charset=utf-8,' + encodeURIComponent(source));
  return cases.map(([value, places, decimal, group]) => module.formatValue(value, places, decimal, group));
}
"""


@pytest.mark.browser
def test_the_browser_writes_every_slider_value_as_python_does(chromium):
    """The slider's front end writes its value itself (no round trip to the kernel): the same text as Python's
    ``Slider.readout`` for every value of every lab's sliders, in a decimal-comma language and in English."""
    cases, expected = [], []
    for lang, decimal, group in (("kk", ",", "\u202f"), ("en", ".", ",")):
        curriculum.setup(lang)
        for _name, module in _labs():
            for control in module.make_lab().controls:
                if not isinstance(control, Slider):
                    continue
                places = step_places(control.step)
                count = int(round((control.max - control.min) / control.step))
                for k in range(0, count + 1, max(1, count // 400)):
                    value = control.min + k * control.step  # what the range input holds, up to rounding
                    value = float(f"{value:.{places + 6}f}")
                    cases.append([value, places, decimal, group])
                    expected.append(control.readout(value).removesuffix(f"\u00a0{control.unit}"))
    page = chromium.new_page()
    try:
        shown = page.evaluate(FORMAT_JS, [(STATIC / "slider.js").read_text(encoding="utf-8"), cases])
    finally:
        page.close()
    wrong = [(case, want, got) for case, want, got in zip(cases, expected, shown) if want != got]
    assert len(cases) > 1000 and not wrong, wrong[:5]


def test_a_labs_widgets_send_the_shipped_front_end_without_reading_a_file_each(monkeypatch):
    """anywidget reads a ``Path`` given as ``_esm``/``_css`` again for every widget; the labs give the text, read once."""
    import pathlib

    from curriculum.labs.widgets import PlotImage

    reads: list[str] = []
    read_text = pathlib.Path.read_text
    monkeypatch.setattr(pathlib.Path, "read_text", lambda self, *a, **k: reads.append(self.name) or read_text(self, *a, **k))
    slider, image = LabSlider(), PlotImage()
    assert reads == []
    assert slider._esm == (STATIC / "slider.js").read_text(encoding="utf-8")  # the very files the package ships
    assert image._esm == (STATIC / "plot.js").read_text(encoding="utf-8")
    assert slider._css == image._css == (STATIC / "labs.css").read_text(encoding="utf-8")
