"""inf-09-gear-blank: its notebooks are what build.py writes, every number it shows is a dimension of the drawing, a
given of its tasks or comes from the lab's model (grade 8's formulas from the gears lab), the lab's model is right
(its edge cases and bad input), the light wheel's design task accepts exactly the designs that meet it, and the
part check grades the drawing's blank and its typical mistakes. (The forms of every item: tests/test_forms.py; the
lessons in a browser: tests/test_browser.py.)"""

from __future__ import annotations

import inspect
import math

import pytest

from curriculum.cad import circle, cylinder, extrude
from curriculum.check import check_design, check_part
from curriculum.check.part import compare_parts
from curriculum.labs import gear_blank as g
from curriculum.labs import gears
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger

MODULE = "inf-09-gear-blank"
FOLDER = REPO_ROOT / "informatics" / MODULE
TOLERANCES = {name: p.default for name, p in inspect.signature(compare_parts).parameters.items()
              if p.default is not inspect.Parameter.empty}


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    d = g.DRAWING
    m, z, b, bore, n, h = d["module"], d["teeth"], d["width"], d["bore"], d["holes"], d["hole"]
    ledger.given(m, z, b, bore, n, h, note="the drawing")
    ledger.given(0, 1, 2, 3, 4, 45, 360, 180, note="counts, 45 minutes, degrees")
    ledger.given(1.24, note="PLA's density (sources)")
    ledger.given(1000, note="mm³ in a cm³ (the hidden check's mistake of the units, and its message)")
    ledger.given(2.5, 30, 50, 20, note="task 1's pinion (m = 2.5, z = 30), the forms' examples, hole_positions(4, 20)")
    ledger.given(80, 12, 17, 10.0, 55, note="the light wheel: pitch 80 mm, teeth, width, bridges, mass (with 14 and 10 holes)")
    ledger.given(14, 6e-16, note="Saule's Ø14 holes, a float's 'zero'")
    ledger.given(8, 53, -1, 16, note="grade 8, ISO 53, cutters started 1 mm below the bed, the model design's Ø16 holes")
    # lesson 1: three diameters of the drawing's wheel, the blank's volume and mass
    assert gears.pitch_diameter(m, z) == 80
    ledger.pin(g.tip_diameter(m, z)), ledger.pin(g.root_diameter(m, z))            # 84 and 75 mm
    volume = math.pi / 4 * (g.tip_diameter(m, z) ** 2 - bore ** 2) * b
    ledger.pin(volume, places=0)                                                    # 64381 mm³
    ledger.pin(volume / 1000 * 1.24, places=1)                                      # 79.8 g
    assert (cylinder(84, 12) - cylinder(15, 14).move(z=-1)).volume == pytest.approx(volume, rel=2e-3)
    ledger.pin(2 * z)                                                               # the prediction: 80 teeth
    ledger.pin(2 * m)                                                               # ... and module 4
    # lesson 2: the holes' circle, the rim and the drawing's wheel
    c = g.hole_circle(m, z, bore)
    ledger.pin(c), ledger.pin(c / 2)                                                # 45 mm, 22.5
    ledger.pin(g.root_diameter(m, z) / 2), ledger.pin(h / 2)                        # 37.5, 5
    ledger.pin(g.rim(m, z, c, h)), ledger.pin(g.RIM_MODULES * m)                    # 10 and 5 mm
    ledger.pin(g.RIM_MODULES)                                                       # 2.5m
    ledger.pin(g.reference().mass(), places=1)                                      # 72.7 g
    ledger.pin((g.tip_diameter(m, z) - g.root_diameter(m, z)) / 2)                  # a full tooth: 4.5 mm
    ledger.pin((gears.pitch_diameter(m, z) - g.root_diameter(m, z)) / 2)            # Daulet's: 2.5 mm
    # the assignment: task 1 and its mistake, task 3's mass, the example of task 4
    ledger.pin(g.tip_diameter(2.5, 30))                                             # 80 mm
    ledger.pin(gears.pitch_diameter(2.5, 30))                                       # 75 mm (the mistake's rule)
    ledger.pin(g.mass_by_formula(m, z, b, bore, n, h), places=2)                    # 72.82 g
    for x, y in g.hole_positions(4, 20):
        ledger.pin(round(x, 9)), ledger.pin(round(y, 9))
    ledger.pin(-10)
    # the check's tolerances and cut, as task 5 states them
    for name in ("size_tol", "position_tol", "hole_tol"):
        ledger.pin(TOLERANCES[name])
    ledger.pin(TOLERANCES["volume_rtol"] * 100)                                     # ± 2 %
    ledger.pin(g.SECTIONS[0].at)                                                    # z = 6 mm
    ledger.assert_complete()


def test_the_diameters_are_grade_8s_formulas_with_the_standard_rack():
    for m, z in [(2, 40), (2.5, 30), (1.5, 17), (4, 60)]:
        assert g.tip_diameter(m, z) == pytest.approx(gears.pitch_diameter(m, z) + 2 * m)
        assert g.root_diameter(m, z) == pytest.approx(gears.pitch_diameter(m, z) - 2 * 1.25 * m)
    outline = gears.tooth_outline(40, 2.0)
    radii = [math.hypot(x, y) for x, y in outline]
    assert max(radii) == pytest.approx(g.tip_diameter(2, 40) / 2) and min(radii) == pytest.approx(g.root_diameter(2, 40) / 2)


@pytest.mark.parametrize(("call", "message"), [
    (lambda: g.tip_diameter(0, 40), "the module must be a positive number"),
    (lambda: g.root_diameter(2, -3), "the number of teeth must be a positive number"),
    (lambda: g.tip_diameter("two", 40), "the module must be a number"),
    (lambda: g.gear_blank(bore=80), "does not fit a gear of root diameter 75"),
    (lambda: g.gear_blank(hole=0), "the holes' diameter must be a positive number"),
    (lambda: g.gear_blank(holes=2.5), "the number of holes must be a whole number of at least 0, got 2.5"),
    (lambda: g.hole_positions(2.5, 45), "n must be a whole number of at least 0, got 2.5"),
    (lambda: g.hole_positions(6, "45"), "circle must be a number, got '45'"),
    (lambda: g.design_result({"module": 2, "teeth": 40.5, "width": 10, "bore": 15, "holes": 6, "hole": 16}),
     "the number of teeth must be a whole number of at least 1, got 40.5"),
])
def test_bad_sizes_are_refused_with_a_message_that_names_them(call, message):
    with pytest.raises(ValueError, match=message):
        call()


@pytest.mark.parametrize(("lang", "bore", "teeth"), [
    ("kk", "Ø80 мм білік тесігі тіс ойыстарының диаметрі 75 мм доңғалаққа сыймайды",
     "тістер саны: 1 не одан үлкен бүтін сан керек, берілгені 40.5"),
    ("ru", "отверстие под вал Ø80 мм не помещается в колесо с диаметром впадин 75 мм",
     "число зубьев: нужно целое число не меньше 1, получено 40.5"),
], ids=["kk", "ru"])
def test_a_kazakh_or_russian_pupil_reads_why_a_size_is_refused(lang, bore, teeth):
    import curriculum

    curriculum.setup(lang)
    try:
        with pytest.raises(ValueError) as refused:
            g.gear_blank(bore=80)
        assert str(refused.value) == bore
        half_tooth = {"module": 2, "teeth": 40.5, "width": 10, "bore": 15, "holes": 6, "hole": 16}
        result = check_design(half_tooth, g.DESIGN_SPEC, model=g.design_result)
        assert not result.correct and teeth in result.message
        result = check_design({"module": 2, "teeth": 40, "width": 10, "bore": 15, "hole": 16}, g.DESIGN_SPEC,
                              model=g.design_result)                 # the holes' count left out: named, not the drawing's
        assert not result.correct and "holes" in result.message and "KeyError" not in result.message
    finally:
        curriculum.setup("en")


def test_hole_positions_go_counter_clockwise_from_the_x_axis_at_equal_angles():
    points = g.hole_positions(6, 45)
    assert points[0] == pytest.approx((22.5, 0.0))
    assert points[1][1] > 0, "counter-clockwise: the second hole is above the x axis"
    assert all(math.hypot(x, y) == pytest.approx(22.5) for x, y in points)
    gaps = {round(math.dist(points[k], points[(k + 1) % 6]), 9) for k in range(6)}
    assert len(gaps) == 1
    assert g.hole_positions(0, 45) == []


def test_the_drawing_blank_is_what_the_task_describes():
    part = g.reference()
    assert part.size == (84, 84, 12) and part.bounds[:3] == (-42, -42, 0) and part.holes == 7 and part.bodies == 1
    result = check_part(part, g.reference(), sections=g.SECTIONS, walls=g.WALLS)
    assert result.correct
    sketched = extrude(circle(84) - circle(15) - sum_holes(), 12)
    assert check_part(sketched, part, sections=g.SECTIONS, walls=g.WALLS).correct


def sum_holes():
    outline = circle(10).move(x=22.5)
    for x, y in g.hole_positions(6, 45)[1:]:
        outline = outline + circle(10).move(x=x, y=y)
    return outline


@pytest.mark.parametrize(("wrong", "code"), [
    (lambda: g.gear_blank(bore=16), "wrong-holes"),
    (lambda: g.gear_blank(width=10), "wrong-size"),
    (lambda: g.gear_blank(holes=5), "wrong-hole-count"),
    (lambda: cylinder(80, 12) - cylinder(15, 14).move(z=-1), "wrong-size"),
])
def test_the_check_finds_the_typical_mistakes(wrong, code):
    result = check_part(wrong(), g.reference(), sections=g.SECTIONS, walls=g.WALLS)
    assert not result.correct and code in {c["code"] for c in result.details["checks"]}


def test_more_holes_can_split_the_wheel_as_the_misconception_shows():
    saule = g.model(holes=10, hole=14)
    assert saule["bridge"] < 0 and saule["bodies"] == 2
    assert check_part(saule["part"]).code == "separate-bodies"


@pytest.mark.parametrize(("design", "meets"), [
    ({"module": 2, "teeth": 40, "width": 10, "bore": 15, "holes": 6, "hole": 16}, True),
    ({"module": 2.5, "teeth": 32, "width": 10, "bore": 15, "holes": 6, "hole": 16}, True),
    ({"module": 2, "teeth": 40, "width": 11, "bore": 15, "holes": 6, "hole": 18}, True),
    ({"module": 2, "teeth": 40, "width": 12, "bore": 15, "holes": 6, "hole": 10}, False),   # the drawing's: 72.7 g
    ({"module": 2, "teeth": 40, "width": 10, "bore": 15, "holes": 10, "hole": 14}, False),  # no bridges
    ({"module": 2, "teeth": 42, "width": 10, "bore": 15, "holes": 6, "hole": 16}, False),   # pitch 84 mm
    ({"module": 2, "teeth": 40, "width": 9, "bore": 15, "holes": 6, "hole": 14}, False),    # too narrow
    ({"module": 2, "teeth": 40, "width": 10, "bore": 20, "holes": 5, "hole": 18}, False),   # the rim too thin
    ({"module": 4, "teeth": 20, "width": 10, "bore": 15, "holes": 6, "hole": 12}, False),   # rim, and too heavy
])
def test_the_light_wheel_task_accepts_the_designs_that_meet_it_and_no_other(design, meets):
    assert check_design(design, g.DESIGN_SPEC, model=g.design_result).correct is meets


def test_the_lab_shows_the_blank_and_the_gear_beside_it_and_checks_the_design():
    lab = g.make_lab("light")
    lab.build()
    assert [mesh["role"] for mesh in lab.viewer.meshes] == ["part", "target"]
    assert "The gear cut from the blank" in lab.viewer.description
    lab.set(module=2, teeth=40, width=10, bore=15, holes=6, hole=16)
    assert lab.check().correct
    # the teeth and the holes are counts: 40 and 6, not 40.0 and 6.0
    assert lab.design_code() == "design = {'module': 2.0, 'teeth': 40, 'width': 10.0, 'bore': 15.0, 'holes': 6, 'hole': 16.0}"
    target = lab.viewer.meshes[1]["vertices"]
    lab.set(teeth=45)
    assert lab.viewer.meshes[1]["vertices"] != target, "the see-through gear follows the sliders"
    with pytest.raises(ValueError, match="unknown design task"):
        g.make_lab("heavy")
