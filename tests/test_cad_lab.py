"""The 3D lab (curriculum.cad.lab.PartLab) and the bracket's model, without a browser."""

from __future__ import annotations

import re

import pytest

import curriculum
from curriculum.check import check_part
from curriculum.labs import bracket


def test_the_drawing_is_the_bracket_the_module_describes():
    part = bracket.reference()
    assert part.size == (60, 30, 30) and part.holes == 3 and part.bodies == 1
    assert part.bounds[:3] == (0, 0, 0)  # base on the bed, outer corner at the origin
    assert check_part(part, bracket.bracket(), sections=bracket.SECTIONS, walls=bracket.WALLS).correct


def test_the_drawing_numbers_are_the_models():
    part = bracket.reference()
    assert bracket.hole_centres(60, 40) == [10.0, 50.0]
    assert bracket.mass_grams(part.volume, 1.24) == pytest.approx(part.mass())
    # lesson 1's worked example: the base alone, by the formula with its two rounded front corners, against the model
    import math

    from curriculum.cad import circle, extrude, rectangle, rounded_rectangle

    base = extrude(rounded_rectangle(60, 30, 5, center=False) + rectangle(60, 25, center=False).move(y=5)
                   - circle(4.5).move(x=10, y=13) - circle(4.5).move(x=50, y=13), 4)
    by_formula = 60 * 30 * 4 - 2 * math.pi * (4.5 / 2) ** 2 * 4 - 2 * (5 ** 2 - math.pi * 5 ** 2 / 4) * 4
    assert base.volume == pytest.approx(by_formula, rel=2e-3)
    # the assignment's numbers: 7.2 cm³, 15.5 g, and the drawing's holes
    assert 60 * 30 * 4 / 1000 == pytest.approx(7.2) and 12.5 * 1.24 == pytest.approx(15.5)
    assert bracket.DRAWING["hole"] == 4.5 and bracket.DRAWING["wall_hole"] == 5.5


def test_holes_that_do_not_fit_are_refused():
    with pytest.raises(ValueError, match="do not fit a base 60 mm long"):
        bracket.bracket(spacing=56, hole=5)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_each_slider_changes_the_part_in_the_viewer_and_the_readout(lang):
    curriculum.setup(lang)
    try:
        lab = bracket.make_lab()
        lab.build()
        assert [m["role"] for m in lab.viewer.meshes] == ["part", "target"]
        for control in lab.controls:
            before, mesh = lab.readout.value, lab.viewer.meshes[0]["vertices"]
            lab.set(**{control.name: control.max})
            assert lab.readout.value != before, f"moving {control.name} changed nothing"
            assert lab.viewer.meshes[0]["vertices"] != mesh, f"moving {control.name} left the part as it was"
        # the 3D view's name for a screen reader: what it shows and the part's size, in the course language
        x0, y0, z0, x1, y1, z1 = lab.result["part"].bounds
        assert f"{x1 - x0:g} × {y1 - y0:g} × " in lab.viewer.description.replace(",", ".")
        assert curriculum.i18n._("Your part") in lab.viewer.description
        target = lab.viewer.meshes[1]["vertices"]
        lab.set(thickness=4)
        assert lab.viewer.meshes[1]["vertices"] == target  # the drawing's part stays as it is
        shown = re.sub(r"<[^>]+>", " ", lab.readout.value)
        if lang in ("kk", "ru"):
            assert "мм" in shown and "mm" not in shown
    finally:
        curriculum.setup("en")

