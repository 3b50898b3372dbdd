"""Labs without a browser: models import without widgets; moving any control changes what the view shows."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys

import pytest

import curriculum
from curriculum.paths import REPO_ROOT

LABS = sorted(p.stem for p in (REPO_ROOT / "curriculum" / "labs").glob("*.py") if p.stem not in {"__init__", "core"})


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
    if hasattr(control, "min"):
        return control.max if widget.value != control.max else control.min
    text = str(widget.value)
    return text[:-1] + ("0" if text[-1:] != "0" else "1")


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("name", LABS)
def test_each_control_changes_the_readout(name, lang):
    curriculum.setup(lang)
    try:
        lab = importlib.import_module(f"curriculum.labs.{name}").make_lab()
        lab.build()
        for control in lab.controls:
            before = lab.readout.value
            lab.set(**{control.name: _other_value(control)})
            assert lab.readout.value != before, f"{name}: moving {control.name} changed nothing"
        if lang in ("kk", "ru") and any(hasattr(c, "min") for c in lab.controls):
            shown = re.sub(r"<[^>]+>", " ", lab.readout.value)
            assert re.search(r"\d,\d", shown), f"{name}: no decimal comma in the {lang} readout: {shown[:200]}"
    finally:
        curriculum.setup("en")


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
    assert started.values() == {"v_kmh": 52.0, "t_r": 1.2}
