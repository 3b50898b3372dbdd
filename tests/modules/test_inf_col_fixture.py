"""inf-col-fixture, a project module: every number its milestones show is a given or comes from the model
(curriculum.labs.fixture), the model's ISO 286 values agree with the standard's formulas, the two-pin condition
agrees with a brute-force search, and the part check grades the drawing's block and its typical mistakes. (The
notebooks being what build.py writes and the forms: tests/test_forms.py and the suite-wide tests; the project's
metadata: tests/test_projects.py.)"""

from __future__ import annotations

import math
import random

import nbformat
import pytest

from curriculum import authoring as a
from curriculum.cad import box, cylinder, merge
from curriculum.check import check_part
from curriculum.check.mesh import TriangleMesh
from curriculum.labs import fixture as f
from curriculum.metadata import load_module_meta
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger

MODULE = "inf-col-fixture"
FOLDER = REPO_ROOT / "informatics" / MODULE

build = a.load_build_script(FOLDER)


def test_it_is_a_project_of_two_milestones_with_a_part_and_a_report_for_the_mentor():
    meta = load_module_meta(FOLDER / "module.yml")
    assert meta.is_project and meta.track == "college" and meta.project.weeks == 4
    assert [(m.week, m.deliverables) for m in meta.project.milestones] == [
        (1, ("notebook",)), (4, ("notebook", "cad", "report"))]
    assert meta.assessed("report").level == "C" and meta.assessed("block").level == "C"


# -- ISO 286 ------------------------------------------------------------------------------------------------------

def _mean(k):
    low, high = f.RANGES[k]
    return math.sqrt(low * high)


def test_the_standard_tolerances_follow_iso_286s_tolerance_unit():
    """IT = k i, i = 0.45 ∛D + 0.001 D (D the range's geometric mean, µm), k = 10, 16, 25, 40 for IT6 to IT9: the
    tables round these, so each is within 10 %."""
    factor = {6: 10, 7: 16, 8: 25, 9: 40}
    for grade, values in f.IT.items():
        for k, value in enumerate(values):
            i = 0.45 * _mean(k) ** (1 / 3) + 0.001 * _mean(k)
            assert value == pytest.approx(factor[grade] * i, rel=0.10), (grade, f.RANGES[k])


def test_the_fundamental_deviations_follow_iso_286s_formulas():
    """e: es = -11 D^0.41, f: es = -5.5 D^0.41, g: es = -2.5 D^0.34, k (IT4 to IT7): ei = +0.6 ∛D, s (D ≤ 50 mm):
    ei = IT8 + 1 to 4."""
    for k in range(len(f.RANGES)):
        D = _mean(k)
        assert f.UPPER["e"][k] == round(-11 * D ** 0.41)
        assert f.UPPER["f"][k] == round(-5.5 * D ** 0.41)
        assert f.UPPER["g"][k] == round(-2.5 * D ** 0.34)
        assert f.LOWER["k"][k] == round(0.6 * D ** (1 / 3))
        assert 1 <= f.LOWER["s"][k] - f.IT[8][k] <= 4


def test_the_limit_deviations_are_iso_286_2s():
    # the values module.yml's sources quote for sizes over 6 up to 10 mm
    expected = {"H7": (0, 15), "H9": (0, 36), "e8": (-47, -25), "g6": (-14, -5), "f7": (-28, -13), "h6": (-9, 0), "k6": (1, 10),
                "s6": (23, 32)}
    for size in (8, 10, 6.5):
        for code, deviations in expected.items():
            assert f.limits(size, code) == deviations
    assert f.limits(6, "g6") == (-12, -4) and f.limits(10.5, "H7") == (0, 18)  # 6 is in "3 to 6", 10.5 is not in "6 to 10"
    assert f.limits_of_size(10, "g6") == (9.986, 9.995)
    for size in (40, 3, 2.5, "10"):  # the tables here: over 3 up to 30 mm
        with pytest.raises(ValueError, match="size must be a number"):
            f.limits(size, "H7")
    assert f.limits(30, "H7") == (0, 21) and f.limits(3.01, "H7") == (0, 12)
    with pytest.raises(ValueError):
        f.limits(10, "x7")
    with pytest.raises(ValueError):
        f.limits(10, "H5")


def test_the_kinds_of_fit_by_iso_286s_definitions():
    kinds = {code: f.fit_kind(*(f.limits(10, c) for c in code.split("/"))) for code in f.FITS}
    assert kinds == {"H7/g6": "clearance", "H7/k6": "transition", "H7/s6": "interference", "H7/f7": "clearance",
                     "H7/h6": "clearance"}
    # brute force over the sizes each part may have (µm steps): a clearance fit never interferes, an interference
    # fit always does, a transition fit may do either
    for code, kind in kinds.items():
        (EI, ES), (ei, es) = (f.limits(10, c) for c in code.split("/"))
        gaps = {hole - shaft for hole in range(EI, ES + 1) for shaft in range(ei, es + 1)}
        assert (min(gaps), max(gaps)) == f.fit(10, code)
        assert kind == ("clearance" if min(gaps) >= 0 else "interference" if max(gaps) <= 0 else "transition")


def test_the_two_pin_condition_agrees_with_a_search_over_placements():
    """On two round pins the part slides along the line of centres: it loads if some offset x of the first hole on
    its pin keeps both holes round their pins; searched in 0.1 µm steps."""
    rng = random.Random(286)
    for _ in range(300):
        c1, c2 = rng.randint(0, 30), rng.randint(0, 30)
        mismatch = rng.randint(-40, 40)
        fits = any(abs(x / 10) <= c1 / 2 and abs(x / 10 + mismatch) <= c2 / 2 for x in range(-200, 201))
        assert f.loadable(mismatch, c1, c2) == fits, (mismatch, c1, c2)
    assert not f.loadable(f.worst_mismatch(), 0.005, 0.005)
    assert f.worst_mismatch() == 0.07 and f.worst_shift(10, "H7/g6") == 0.0145


def _slides(size, code, land, step=1e-4):
    """How far a hole slides along x on a diamond pin, by brute force: the pin's outline (the lands' arcs and the
    flats, sampled) is moved in 0.1 µm steps until a point of it leaves the hole (the smallest hole, the largest pin)."""
    hole, shaft = code.split("/")
    big = size / 2 + f.limits(size, hole)[0] / 2000
    small = size / 2 + f.limits(size, shaft)[1] / 2000
    t = [i / 400 for i in range(401)]
    half = math.asin(land / 2 / small)                   # the lands span ±half about ±y
    outline = [(small * math.sin(a), small * math.cos(a)) for a in (half * (2 * u - 1) for u in t)]
    outline += [(x, -y) for x, y in outline]
    h = small * math.cos(half)
    outline += [(s * land / 2, h * (2 * u - 1)) for s in (-1, 1) for u in t]   # the flats
    x = 0.0
    while all((px - x) ** 2 + py ** 2 <= big ** 2 for px, py in outline):
        x += step
    return x - step


@pytest.mark.parametrize("code, land", [("H7/e8", 1.0), ("H7/g6", 3.0), ("H7/e8", 1.4), ("H7/f7", 0.5)])
def test_how_far_the_hole_slides_on_a_diamond_pin_agrees_with_a_brute_force_search(code, land):
    assert f.diamond_float(8, code, land) == pytest.approx(_slides(8, code, land), abs=2e-4)


def test_the_diamond_pin_takes_up_the_mismatch_and_one_as_tight_as_the_round_pin_would_not():
    need = f.worst_mismatch() - f.fit(10, "H7/g6")[0] / 2000          # 67.5 µm more than the round pin allows
    size, grade = f.PINS["pin_2"]
    assert f.diamond_float(size, f"H7/{grade}", f.PINS["land"]) >= need
    assert f.diamond_float(8, "H7/g6", 3.0) < need / 5                  # as tight as g6 with 3 mm lands: 7 µm
    # the widest land Ø8 e8 allows: x² + b x = R² - r² at x = need
    widest = ((4 ** 2 - (4 - 0.0125) ** 2) - need ** 2) / need
    assert f.diamond_float(8, "H7/e8", widest) == pytest.approx(need) and f.PINS["land"] < widest
    with pytest.raises(ValueError, match="land"):
        f.diamond_float(8, "H7/e8", 9)


# -- the block and the part check --------------------------------------------------------------------------------

def _block(**changes):
    dims = {**f.DRAWING, **changes}
    return f.fixture_block(**dims)


def test_the_drawings_block_and_its_mass():
    block = f.reference()
    assert block.size == (120.0, 60.0, 20.0) and block.bodies == 1 and block.holes == 6
    holes = [10, 8, 9, 9, 9, 9]
    formula = f.mass_by_formula(120, 60, 20, holes)
    assert block.mass(f.STEEL) == pytest.approx(formula, rel=2e-3)  # 64-sided circles
    assert formula == pytest.approx((120 * 60 - sum(math.pi * d ** 2 / 4 for d in holes)) * 20 * 7.85e-3)
    assert f.mounting_holes(120, 60, 10) == [(10, 10), (110, 10), (10, 50), (110, 50)]
    # the pins stand over the block's holes; the diamond pin's lands are PINS['land'] wide along the line of centres
    pins = f.pins()
    assert pins.bodies == 2 and pins.bounds[2] == 20 and pins.bounds[5] == 20 + f.PINS["height"]
    diamond = pins & box(20, 60, 40).move(x=90)
    assert diamond.size[0] == pytest.approx(f.PINS["land"]) and diamond.size[1] == pytest.approx(8.0, abs=0.01)
    # the bracket lies clear of the M8 bolts' heads (Ø13) on the mounting holes,
    heads = sum(cylinder(13, 10).move(x=x, y=y, z=20) for x, y in f.mounting_holes(120, 60, 10))
    bracket = f.bracket()
    assert (bracket & heads).is_empty and bracket.bounds[2] == 20
    assert bracket.holes == 2 and bracket.bodies == 1
    assert check_part(block, f.reference(), sections=f.SECTIONS).correct


@pytest.mark.parametrize("part, code", [
    (_block(round_pin=10.5), "wrong-holes"),                                       # bolat: a wrong hole size
    (box(120, 60, 20) - cylinder(10, 22).move(x=20, y=30, z=-1)
     - cylinder(9, 22).move(x=10, y=10, z=-1) - cylinder(9, 22).move(x=110, y=10, z=-1)
     - cylinder(9, 22).move(x=10, y=50, z=-1) - cylinder(9, 22).move(x=110, y=50, z=-1), "wrong-hole-count"),
    (_block(round_pin=8, diamond_pin=10), "wrong-holes"),                          # the pins swapped
    (_block(spacing=60), "wrong-holes"),                                           # the wrong spacing
    (_block(thickness=16), "wrong-size"),                                          # the wrong thickness
    (_block() - box(2, 62, 22).move(x=59, y=-1, z=-1), "separate-bodies"),         # two bodies
    (merge([_block(), box(10, 10, 10).move(x=140)]), "separate-bodies"),
], ids=["hole-size", "missing-hole", "pins-swapped", "spacing", "thickness", "cut-in-two", "clamp-beside"])
def test_the_part_check_finds_each_typical_mistake(part, code):
    result = check_part(part, f.reference(), sections=f.SECTIONS)
    failed = [c["check"] for c in result.details["checks"] if not c["passed"]]
    assert not result.correct and result.code == code, (result.code, failed, result.message)
    assert 0 < result.score < 1 and result.message  # each lost check says what was measured


@pytest.mark.parametrize("lang, words", [
    ("kk", "Бақылауда бөлшек жарамсыз деп танылар еді"), ("ru", "Деталь была бы забракована на контроле"),
    ("en", "The part would be rejected at inspection")])
def test_a_block_with_its_pin_holes_swapped_is_rejected_and_earns_at_most_a_quarter(lang, words):
    """The hidden check of milestone 2 names the holes critical: swapped pins locate nothing (3.5 of 4 points before)."""
    from curriculum.i18n import in_language

    swapped = _block(round_pin=8, diamond_pin=10)
    assert check_part(swapped, f.reference(), sections=f.SECTIONS, density=f.STEEL).score == pytest.approx(7 / 8)
    with in_language(lang):
        result = check_part(swapped, f.reference(), sections=f.SECTIONS, density=f.STEEL, critical=f.CRITICAL)
    assert result.code == "wrong-holes" and result.score == 0.25 and result.message.startswith(words), result.message
    nb = nbformat.read(REPO_ROOT / "source" / "inf-col-fixture-2" / "fixture_block.ipynb", as_version=4)
    (cell,) = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "block-test"]
    assert "critical=lab.CRITICAL" in cell.source.split("### BEGIN HIDDEN TESTS")[1]


@pytest.mark.parametrize("suffix", [".stl", ".3mf"])
def test_the_block_saved_for_the_printer_and_loaded_back_earns_every_check(tmp_path, suffix):
    from curriculum.cad import load

    path = tmp_path / f"fixture_block{suffix}"
    f.reference().save(path)
    result = check_part(load(path), f.reference(), sections=f.SECTIONS)
    assert result.correct and result.score == 1, result.message


def test_the_block_built_in_other_ways_earns_every_check():
    holes = [(10, 20, 30), (8, 100, 30)] + [(9, x, y) for x, y in f.mounting_holes(120, 60, 10)]
    cutters = sum(cylinder(d, 22).move(x=x, y=y, z=-1) for d, x, y in holes)
    flush = box(120, 60, 20)
    for d, x, y in reversed(holes):                     # cutters exactly as tall as the block, flush with its faces
        flush = flush - cylinder(d, 20).move(x=x, y=y)
    halves = box(120, 60, 20) - sum(cylinder(d, 11).move(x=x, y=y, z=z) for d, x, y in holes for z in (-1, 10))
    stacked = box(120, 60, 10) + box(120, 60, 10).move(z=10) - cutters
    for part in (box(120, 60, 20) - cutters, flush, halves, stacked):
        result = check_part(part, f.reference(), sections=f.SECTIONS)
        assert result.correct, result.message


def test_an_open_mesh_earns_nothing():
    mesh = f.reference().__mesh__()
    result = check_part(TriangleMesh(mesh.vertices, mesh.triangles[:-2]), f.reference(), sections=f.SECTIONS)
    assert result.score == 0 and result.code == "open-mesh"


def test_the_predict_first_question_is_answered_by_the_labs_thickness_slider():
    """A block with through-holes is a prism: 25 mm against 20 mm is 1.25 times the mass, read off the lab."""
    lab = f.make_lab()
    slider = next(c for c in lab.controls if c.name == "thickness")
    assert slider.min <= build.THICKER <= slider.max and (build.THICKER - slider.min) % slider.step == 0
    thick, thin = f.model(thickness=build.THICKER)["mass"], f.model()["mass"]
    assert thick / thin == pytest.approx(build.THICKER / f.DRAWING["thickness"])


def test_the_labs_model_and_bad_input():
    result = f.model(spacing=70, thickness=25)
    assert result["part"].size == (120.0, 60.0, 25.0) and result["mismatch"] == 10 and result["through"] == 6
    assert result["mass"] == pytest.approx(result["part"].mass(f.STEEL))
    assert "<table>" in f.readout_html(result)
    with pytest.raises(ValueError, match="thickness"):
        f.fixture_block(thickness=-5)
    with pytest.raises(ValueError, match="mismatch"):
        f.loadable("a lot", 5, 5)


# -- every number shown -------------------------------------------------------------------------------------------

def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    d = f.DRAWING
    ledger.given(d["length"], d["width"], d["thickness"], d["edge"], d["spacing"], d["round_pin"], d["diamond_pin"],
                 d["mount"], d["margin"], note="the block's drawing")
    ledger.given(f.PART["spacing_tol"], f.PINS["spacing_tol"], f.PART["thickness"], note="the bracket and the pins")
    ledger.given(f.STEEL, note="steel's density")
    ledger.given(3, 6, 1, 2, 0, 4, note="3-2-1, counts of holes, degrees of freedom, the fits' grades, a clearance of 0")
    ledger.given(50, 30, 5, 45, 25, note="mounting_holes' example")
    ledger.given(286, note="ISO 286")
    ledger.given(build.THICKER, note="the predict-first question's thickness")
    k = 1  # over 6 up to 10 mm
    for grade in (6, 7, 9):
        ledger.pin(f.IT[grade][k])                                                # 9, 15, 36
    for letter in ("f", "g"):
        ledger.pin(f.UPPER[letter][k])                                            # -13, -5
    for letter in ("k", "s"):
        ledger.pin(f.LOWER[letter][k])                                            # +1, +23
    d_min, d_max = f.limits_of_size(10, "g6")
    ledger.pin(d_min), ledger.pin(d_max)
    c_min, c_max = f.fit(10, "H7/g6")
    ledger.pin(c_min), ledger.pin(c_max)                                          # 5 and 29 µm
    assert f.fit(8, "H7/g6") == (c_min, c_max)                                    # Ø8 "too"
    ledger.pin(f.limits(10, "g6")[0])                                             # -14 (clearance's example)
    ledger.pin(f.worst_shift(10, "H7/g6") * 1000)                                 # 14.5 µm
    ledger.pin(f.worst_mismatch() * 1000)                                         # 70 µm
    ledger.pin((c_min + c_min) / 2)                                               # 5 µm the two pins allow
    ledger.pin(len(f.FITS))                                                        # item 6: after the 5 fits
    # the diamond pin: Ø8 e8 (es = -25 µm, smallest clearance 25, largest 62 µm in H7) with lands b = 1 mm lets the
    # hole slide 91 µm; as tight as g6 with b = 3 mm only 7 µm; with the round pin's 2.5 µm
    ledger.pin(f.limits(8, "e8")[1]), ledger.pin(f.fit(8, "H7/e8")[0]), ledger.pin(f.fit(8, "H7/e8")[1])
    ledger.pin(f.PINS["land"])
    ledger.pin(round(f.diamond_float(8, "H7/e8", f.PINS["land"]) * 1000))
    ledger.pin(round(f.diamond_float(8, "H7/g6", 3.0) * 1000))
    ledger.pin(c_min / 2)
    holes = [d["round_pin"], d["diamond_pin"]] + [d["mount"]] * 4
    mass = f.mass_by_formula(d["length"], d["width"], d["thickness"], holes)
    ledger.pin(mass / 1000, places=2)                                             # 1.07 kg
    ledger.pin(f.SECTIONS[0].at)                                                   # z = 10 mm
    ledger.pin(d["width"] / 2)                                                     # y = 30
    ledger.pin(d["edge"] + d["spacing"])                                           # x = 100 (the diamond's hole)
    ledger.given(22, -1, note="the cutters of the block's solution: 2 mm longer, from 1 mm below the bed")
    ledger.pin(c_min / 1000), ledger.pin(f.IT[6][k] / 1000)                       # 0.005 and 0.009 mm
    ledger.pin(10 - f.UPPER["g"][k] / 1000)                                       # 10.005: the sign's mistake
    ledger.pin(f.worst_shift(10, "H7/g6")), ledger.pin(2 * f.worst_shift(10, "H7/g6"))   # 0.0145, 0.029 mm
    ledger.pin(f.worst_mismatch())                                                # 0.07 mm
    ledger.pin(mass, places=1)                                                    # 1070.2 g
    ledger.pin(d["length"] * d["width"] * d["thickness"] / 1000 * f.STEEL, places=1)   # 1130.4 g: no holes
    ledger.assert_complete()


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_each_slider_changes_the_block_in_the_viewer_and_the_readout(lang):
    import re

    import curriculum

    curriculum.setup(lang)
    try:
        lab = f.make_lab()
        lab.build()
        assert [m["role"] for m in lab.viewer.meshes] == ["part", "target"]
        for control in lab.controls:
            before, mesh = lab.readout.value, lab.viewer.meshes[0]["vertices"]
            lab.set(**{control.name: control.max})
            assert lab.readout.value != before, f"moving {control.name} changed nothing"
            assert lab.viewer.meshes[0]["vertices"] != mesh, f"moving {control.name} left the block as it was"
        shown = re.sub(r"<[^>]+>", " ", lab.readout.value)
        if lang in ("kk", "ru"):
            assert "мм" in shown and "mm" not in shown
    finally:
        curriculum.setup("en")
