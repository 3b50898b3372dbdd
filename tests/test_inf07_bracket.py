"""inf-07-bracket: every graded item's check tried on right answers written differently and on typical wrong ones.

The checks are the ones of ``source/inf-07-bracket/bracket.ipynb`` (read from its hidden tests, so a change there
is tried here too); the answers are what pupils write.
"""

from __future__ import annotations

import math
import re

import manifold3d as m3d
import nbformat
import pytest
import sympy as sp

from curriculum.cad import Part, box, circle, cylinder, extrude, polygon, rectangle, rounded_rectangle
from curriculum.check import Section, check_function, check_part, compare, rules  # noqa: F401 - used by the checks
from curriculum.check.mesh import TriangleMesh
from curriculum.labs import bracket as lab
from curriculum.paths import REPO_ROOT
from curriculum.units import ureg

SOURCE = REPO_ROOT / "source" / "inf-07-bracket" / "bracket.ipynb"
L, W, t, d = sp.symbols("L W t d", positive=True)
_L, _W, _t, _d = L, W, t, d  # the hidden check of task 3 makes its own letters


def hidden_check(grade_id: str) -> str:
    """The expression inside ``require(...)`` of a test cell's hidden block."""
    nb = nbformat.read(SOURCE, as_version=4)
    (cell,) = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id]
    hidden = cell.source.split("### BEGIN HIDDEN TESTS")[1].split("### END HIDDEN TESTS")[0]
    line = [ln for ln in hidden.strip().splitlines() if ln.startswith("require(")][-1]
    return re.sub(r", points=\d+$", "", line[len("require("):-1])


def run(grade_id: str, **names):
    return eval(hidden_check(grade_id), {**globals(), "_lab": lab, **names})  # noqa: S307 - the teacher's own check


@pytest.mark.parametrize("value", [7.2 * ureg.centimeter**3, 7200 * ureg.millimeter**3, 7.2e-6 * ureg.meter**3,
                                   (60 * 30 * 4 * ureg.mm**3).to("cm^3"), 7.2 * ureg.milliliter])
def test_plate_volume_right_answers(value):
    assert run("plate-volume-test", plate_volume=value).correct


@pytest.mark.parametrize("value, code", [(7200 * ureg.centimeter**3, "unit-not-converted-mm^3"),
                                         (72 * ureg.centimeter**3, "not-close"), (28.8 * ureg.centimeter**3, "not-close"),
                                         (7.2 * ureg.centimeter**2, "wrong-dimension")])
def test_plate_volume_wrong_answers(value, code):
    result = run("plate-volume-test", plate_volume=value)
    assert not result.correct and result.code == code


@pytest.mark.parametrize("value", [15.5 * ureg.gram, 0.0155 * ureg.kilogram, 15500 * ureg.milligram,
                                   (12.5 * ureg.cm**3 * 1.24 * ureg.g / ureg.cm**3)])
def test_cover_mass_right_answers(value):
    assert run("cover-mass-test", cover_mass=value).correct


@pytest.mark.parametrize("value", [10.08 * ureg.gram, 15.5 * ureg.kilogram, 1.55 * ureg.gram, 15.5 * ureg.cm**3])
def test_cover_mass_wrong_answers(value):
    assert not run("cover-mass-test", cover_mass=value).correct


@pytest.mark.parametrize("expr", [L * W * t - 2 * sp.pi * (d / 2) ** 2 * t, t * (L * W - sp.pi * d**2 / 2),
                                  L * W * t - sp.pi * d**2 * t / 2, (2 * L * W - sp.pi * d**2) * t / 2])
def test_base_volume_right_answers(expr):
    assert run("base-volume-test", V=expr, L=L, W=W, t=t, d=d).correct


@pytest.mark.parametrize("expr, code", [(L * W * t - 2 * sp.pi * d**2 * t, "diameter-as-radius"),
                                        (L * W * t - sp.pi * (d / 2) ** 2 * t, "not-equivalent"),
                                        (L * W * t - 2 * sp.pi * d * t, "not-equivalent"),
                                        (L * W * t, "not-equivalent")])
def test_base_volume_wrong_answers(expr, code):
    result = run("base-volume-test", V=expr, L=L, W=W, t=t, d=d)
    assert not result.correct and result.code == code


def _centres_a(length, spacing):
    return [(length - spacing) / 2, (length + spacing) / 2]


def _centres_b(length, spacing):
    middle = length / 2
    return [middle - spacing / 2, middle + spacing / 2]


def _centres_c(length, spacing):
    first = length / 2 - spacing / 2
    return (first, first + spacing)


def _centres_wrong_edge(length, spacing):  # measured from the edge, not centred
    return [0, spacing]


def _centres_wrong_half(length, spacing):
    return [(length - spacing), (length + spacing)]


def _centres_wrong_order(length, spacing):
    return [(length + spacing) / 2, (length - spacing) / 2]


@pytest.mark.parametrize("fn", [_centres_a, _centres_b, _centres_c])
def test_hole_centres_right_functions(fn):
    assert run("hole-centres-test", hole_centres=fn).correct


@pytest.mark.parametrize("fn", [_centres_wrong_edge, _centres_wrong_half, _centres_wrong_order])
def test_hole_centres_wrong_functions(fn):
    assert not run("hole-centres-test", hole_centres=fn).correct


def _mass_a(volume_mm3, density):
    return volume_mm3 / 1000 * density


def _mass_b(volume_mm3, density):
    return density * volume_mm3 * 0.001


def _mass_c(volume_mm3, density):
    return (volume_mm3 * ureg.mm**3 * density * ureg.g / ureg.cm**3).to("g").magnitude


@pytest.mark.parametrize("fn", [_mass_a, _mass_b, _mass_c])
def test_mass_right_functions(fn):
    assert run("mass-grams-test", mass_grams=fn).correct


@pytest.mark.parametrize("fn", [lambda v, rho: v * rho, lambda v, rho: v / 100 * rho, lambda v, rho: v / 1000 / rho])
def test_mass_wrong_functions(fn):
    assert not run("mass-grams-test", mass_grams=fn).correct


def _l_profile():
    """The bracket as a pupil who thinks in profiles builds it: the L extruded along x, then the holes."""
    profile = polygon([(0, 0), (30, 0), (30, 30), (26, 30), (26, 4), (0, 4)])
    # the sketch's (x, y) become (y, z) and the extrusion's z becomes x: a cyclic turn of the axes
    solid = Part(m3d.Manifold.extrude(profile._section, 60).transform([[0, 0, 1, 0], [1, 0, 0, 0], [0, 1, 0, 0]]))
    solid = solid & extrude(rounded_rectangle(60, 60, 5, center=False), 40)  # rounds the front corners only
    for x in (10, 50):
        solid = solid - cylinder(4.5, 10).move(x=x, y=13, z=-1)
    return solid - cylinder(5.5, 10).rotate(x=-90).move(x=30, y=20, z=20)


def _from_boxes():
    base = extrude(rounded_rectangle(60, 30, 5, center=False) - circle(4.5).move(x=10, y=13) - circle(4.5).move(x=50, y=13), 4)
    wall = box(60, 4, 26).move(y=26, z=4)  # on the base, not through it
    return base + wall - cylinder(5.5, 4).rotate(x=-90).move(x=30, y=26, z=20)


def _stl_copy(tmp_path):
    from curriculum.cad import load

    return load(lab.reference().save(tmp_path / "bracket.stl"))


def _drilled_after_joining():
    """Base and wall joined first, every hole drilled afterwards by a cylinder exactly as long as the wall is thick."""
    base = extrude(rounded_rectangle(60, 30, 5, center=False) + rectangle(60, 25, center=False).move(y=5), 4)
    solid = base + box(60, 4, 30).move(y=26)
    for x in lab.hole_centres(60, 40):
        solid = solid - cylinder(4.5, 4).move(x=x, y=13)
    return solid - cylinder(5.5, 4).rotate(x=-90).move(x=30, y=26, z=20)


def _wall_drilled_first():
    """The wall's hole cut from the wall alone, the base's from the base alone, the two joined last; turned by +90°."""
    wall = box(60, 4, 30).move(y=26) - cylinder(5.5, 6).rotate(x=90).move(x=30, y=31, z=20)
    base = extrude(rounded_rectangle(60, 30, 5, center=False) + rectangle(60, 25, center=False).move(y=5), 4)
    base = base - cylinder(4.5, 6).move(x=10, y=13, z=-1) - cylinder(4.5, 6).move(x=50, y=13, z=-1)
    return wall + base


@pytest.mark.parametrize("make", [lambda tmp: lab.bracket(), lambda tmp: _l_profile(), lambda tmp: _from_boxes(),
                                  _stl_copy, lambda tmp: _drilled_after_joining(), lambda tmp: _wall_drilled_first()])
def test_bracket_right_parts(make, tmp_path):
    result = run("bracket-test", bracket=make(tmp_path))
    assert result.correct, result.message


@pytest.mark.parametrize("part, code", [
    (lab.bracket(hole=4), "wrong-holes"), (lab.bracket(spacing=36), "wrong-holes"),
    (lab.bracket(thickness=3), "wrong-volume"), (lab.bracket(height=25), "wrong-size"),
    (lab.bracket().move(x=-30, y=-15), "wrong-position"), (lab.bracket(wall_hole=4.5), "wrong-holes"),
    (lab.bracket(hole=2.25, wall_hole=2.75), "wrong-holes"),                       # the radius given as the diameter
    (lab.bracket(wall_hole_height=10), "wrong-holes"),                             # the wall's hole at h = 10
    (lab.bracket(height=34), "wrong-size"),                                        # the wall H above the base: H + t
    (lab.bracket(length=6, width=3, thickness=0.4, height=3, hole=0.45, spacing=4, radius=0.5, wall_hole=0.55,
                 wall_hole_height=2), "wrong-size"),                               # drawn in centimetres
    (_drilled_after_joining() + cylinder(5, 1).move(x=10, y=13, z=1.5), "wrong-hole-count"),  # a hole not through
])
def test_bracket_wrong_parts(part, code):
    result = run("bracket-test", bracket=part)
    assert not result.correct and result.code == code and 0 < result.score < 1, result.message


def test_bracket_holes_on_the_whole_base_s_middle_line_are_named_where_they_are():
    """The base's holes at y = W / 2 = 15 (the middle of the whole base, not of its free part in front of the wall)."""
    base = extrude(rounded_rectangle(60, 30, 5, center=False) + rectangle(60, 25, center=False).move(y=5), 4)
    part = base + box(60, 4, 30).move(y=26) - cylinder(5.5, 6).rotate(x=-90).move(x=30, y=25, z=20)
    for x in (10, 50):
        part = part - cylinder(4.5, 6).move(x=x, y=15, z=-1)
    result = run("bracket-test", bracket=part)
    # the mounting holes are the drawing's critical feature: misplaced, the bracket is rejected (at most a quarter)
    assert result.code == "wrong-holes" and result.score == 0.25 and result.details["rejected"] == ["holes"]
    assert "y = 15" in result.message and "y = 13" in result.message, result.message
    assert result.message.startswith("The part would be rejected at inspection"), result.message


@pytest.mark.parametrize("lang, words", [
    ("kk", "Бақылауда бөлшек жарамсыз деп танылар еді"), ("ru", "Деталь была бы забракована на контроле"),
    ("en", "The part would be rejected at inspection")])
def test_a_bracket_with_misplaced_holes_earns_at_most_a_quarter_in_every_language(lang, words):
    from curriculum.i18n import in_language

    with in_language(lang):
        result = run("bracket-test", bracket=lab.bracket(spacing=36))
    assert result.score == 0.25 and result.message.startswith(words), result.message


@pytest.mark.parametrize("shift", [{"x": -30, "y": -15}, {"y": 5}, {"x": 2, "y": -3, "z": 1}])
def test_a_misplaced_bracket_loses_the_position_check_only(shift):
    """Centred on the origin, or pushed along y: the cuts fall where the drawing's cuts fall on the part."""
    result = run("bracket-test", bracket=lab.reference().move(**shift))
    failed = [c["check"] for c in result.details["checks"] if not c["passed"]]
    assert failed == ["position"] and result.score == pytest.approx(8 / 9), result.message


def test_bracket_not_a_solid_earns_nothing():
    mesh = lab.reference().__mesh__()
    assert run("bracket-test", bracket=TriangleMesh(mesh.vertices, mesh.triangles[:-2])).score == 0
    assert run("bracket-test", bracket=None).score == 0


def test_the_numbers_in_the_texts():
    text = SOURCE.read_text(encoding="utf-8")
    assert "60 × 30 × 4" in text and "12,5 см³" in text and "1,24 г/см³" in text
    assert math.isclose(60 * 30 * 4 / 1000, 7.2) and math.isclose(12.5 * 1.24, 15.5)
    assert _mass_a(2000, 1.5) == 3.0 and lab.hole_centres(100, 60) == [20.0, 80.0]  # the examples in the tasks
    wrong, right = lab.bracket(hole=4, spacing=36), lab.reference()
    assert abs(wrong.volume - right.volume) / right.volume < 0.01  # task 7: "the masses differ by less than 1 %"
