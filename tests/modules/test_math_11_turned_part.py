"""math-11-turned-part: every number it shows is a size of the shaft's drawing, a given of its tasks or comes from the
lab's model; the model is right (its frustums against sympy's integral, its shaft volumes against a fine numerical
integral of π(r² − r_b²) and against manifold3d's mesh of the revolved profile, the mesh's 0.16 % accounted for) and
refuses bad input with a clear message; the design task accepts exactly the designs that meet it; the lab's picture
shows the model's numbers; and the statements the texts make hold. (The forms of every item: tests/test_forms.py; the
lessons in a browser: tests/test_browser.py; the notebooks against build.py: tests/test_standard.py.)"""

from __future__ import annotations

import math

import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from curriculum.check import check_design
from curriculum.labs import turned_part as tp
from curriculum.pinning import NumberLedger

MODULE = "math-11-turned-part"


def _numeric_volume(segments, bore=0.0, depth=0.0, n=4000):
    """π ∫ (r² − r_b²) dx by the midpoint rule on a fine grid that has the bore's bottom among its points, r read off
    the corners by linear interpolation (independent of the model's frustum formula)."""
    total_length = sum(s[0] for s in segments)
    cut = total_length - depth
    total, x = 0.0, 0.0
    for h, d0, d1 in segments:
        grid = np.linspace(x, x + h, n + 1)
        if x < cut < x + h:
            grid = np.sort(np.append(grid, cut))
        mid_x = (grid[:-1] + grid[1:]) / 2
        mid_r = np.interp(mid_x, [x, x + h], [d0 / 2, d1 / 2])
        r_b = np.where(mid_x > cut, bore / 2, 0.0)
        total += float(np.sum(np.pi * (mid_r**2 - r_b**2) * np.diff(grid)))
        x += h
    return total


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    ledger.given(0, 1, 2, 3, 4, 5, 6, 10, 12, 45, 0.5,
                 note="examples of answers' forms, tolerances, list and table numbering, 45 minutes, 2 × 45°")
    # the drawing (the table, the lessons' and tasks' texts)
    for h, d0, d1 in tp.DRAWING:
        ledger.given(h, d0, d1)
        ledger.pin(d0 / 2), ledger.pin(d1 / 2)
    ledger.pin(tp.length(tp.DRAWING))                                              # 160 mm
    ledger.given(tp.DENSITY, 7820, 20, note="steel's density; the 40Kh handbook's, at 20 °C")
    ledger.pin((tp.DENSITY - 7820) / tp.DENSITY * 100, places=1)                   # 0.4 %
    ledger.pin(tp.DENSITY / 1000)                                                  # 7.85 g/cm³
    ledger.given(1000, 10, 1e9, 100, note="unit conversions, the misconception's ÷ 100")
    # lesson 1: the journal, the frustum formula, the chamfer, the axle stub's taper
    journal = tp.DRAWING[1]
    ledger.pin(15**2), ledger.pin(15**2 * 58)                                      # 225, 13 050
    ledger.pin(tp.frustum_volume(*journal), places=1), ledger.pin(tp.frustum_volume(*journal) / 1000, places=1)
    ledger.pin(15**2 + 15 * 13 + 13**2)                                            # 589
    chamfer = tp.DRAWING[0]
    ledger.pin(tp.frustum_volume(*chamfer), places=1)                              # 1233.6
    h_t, d_big, d_small = tp.LESSON_TAPER
    ledger.given(h_t, d_big, d_small)
    ledger.pin((d_big + d_small) / 2), ledger.pin((d_big + d_small) / 4)           # Ø50, r = 25
    ledger.given(12, note="the difference's denominator")
    # lesson 2: the pieces, the shaft's volume and mass; the bar; Arman's ÷ 100; the mesh
    for piece in tp.DRAWING:
        ledger.pin(tp.frustum_volume(*piece), places=1)
    V = tp.shaft_volume(tp.DRAWING)
    ledger.pin(V, places=1), ledger.pin(V / 1000, places=2)                        # 184 926.7, 184.93
    ledger.pin(V / 1000 * 7.85, places=1), ledger.pin(tp.mass(V), places=3)       # 1451.7 g, 1.452 kg
    ledger.pin(V / 100, places=1), ledger.pin(V / 100 * 7.85 / 1000, places=1)     # 1849.3 cm³, 14.5 kg
    ledger.pin(tp.MESH_FACTOR, places=5)                                           # 0.99839
    ledger.pin((1 - tp.MESH_FACTOR) * 100, places=2)                               # 0.16 %
    ledger.pin(tp.part(tp.DRAWING).volume / 1000, places=2)                        # 184.63
    ledger.pin(tp.SEGMENTS), ledger.pin(tp.SEGMENTS / 2)                           # 64 pieces, 64/2
    # the design task
    ledger.pin(tp.LIGHT["mass"]), ledger.pin(tp.LIGHT["wall"]), ledger.pin(tp.LIGHT["depth"])
    # the assignment: task 2's axle stub, task 4's bore, task 5's target
    ledger.given(25, 56, 40, 28, 20, 24, note="task 2's taper, its radii and the mean radius of a mistake")
    ledger.given(*tp.TASK_BORE, 8, tp.TASK_MASS, note="task 4's bore (its radius 8), task 5's mass")
    ledger.given(3141.59, note="task 3's example: π · 10² · 10")
    assert tp.shaft_volume([(10, 20, 20)], 0, 0) == pytest.approx(3141.59, abs=0.01)
    ledger.given(0.01, note="the public check's tolerance on the example")
    ledger.pin(56 * 2), ledger.pin(40 * 2)                                         # the taper's diameters as radii
    # task 6: the taper of the drawing by Pappus's theorem
    h4, D4, d4 = tp.DRAWING[3]
    R4, r4 = D4 / 2, d4 / 2
    area = (R4 + r4) * h4 / 2
    ledger.pin(R4 + r4), ledger.pin(area)                                          # 42, 420 mm²
    ledger.pin(area * 2 * math.pi * R4, places=0)                                  # 65 973
    ledger.pin(R4**2), ledger.pin(R4 * r4), ledger.pin(r4**2), ledger.pin(R4**2 + R4 * r4 + r4**2)
    ledger.pin(3 * (R4 + r4))                                                      # 126
    centroid = (R4**2 + R4 * r4 + r4**2) / (3 * (R4 + r4))
    ledger.pin(centroid, places=2)                                                 # 10.63
    ledger.pin(2 * math.pi * centroid * area, places=0)                            # 28 044
    ledger.pin(tp.frustum_volume(h4, D4, d4) / 1000, places=2)                     # 28.04
    # the sample answer of the design
    ledger.given(90)
    assert check_design({"bore": 20, "depth": 90}, tp.DESIGN_SPEC, model=tp.design_result).correct
    ledger.assert_complete()


# -- the statements the texts make -----------------------------------------------------------------------------------


def test_what_the_texts_say_holds():
    x, h, R, r = sp.symbols("x h R r", positive=True)
    # the frustum formula is the integral, the cylinder and the cone are its cases
    frustum = sp.pi * sp.integrate((R + (r - R) * x / h) ** 2, (x, 0, h))
    assert sp.simplify(frustum - sp.pi * h * (R**2 + R * r + r**2) / 3) == 0
    assert sp.simplify(frustum.subs(r, R) - sp.pi * R**2 * h) == 0
    assert sp.simplify(frustum.subs(r, 0) - sp.pi * R**2 * h / 3) == 0
    # Dauren's mean-radius cylinder misses exactly πh(R − r)²/12
    mean = sp.pi * h * ((R + r) / 2) ** 2
    assert sp.simplify(frustum - mean - sp.pi * h * (R - r) ** 2 / 12) == 0
    h_t, d_big, d_small = tp.LESSON_TAPER
    mean_value = math.pi * ((d_big + d_small) / 4) ** 2 * h_t
    assert tp.frustum_volume(*tp.LESSON_TAPER) - mean_value == pytest.approx(
        math.pi * h_t * (d_big / 2 - d_small / 2) ** 2 / 12)
    # the 40Kh handbook's density is 0.4 % under the module's: within every tolerance of the assignment
    assert abs(7820 - tp.DENSITY) / tp.DENSITY < 0.005
    # Arman's 14.5 kg is impossible: a solid bar Ø50 × 160 (the shaft fits in it) weighs under 2.5 kg
    bar = tp.mass(tp.frustum_volume(160, 50, 50))
    assert tp.mass(tp.shaft_volume(tp.DRAWING)) < bar < 2.5 < 14.5
    # the prediction: on the taper A(x) is a parabola, not a line (its second derivative is 2π(R − r)²/h²)
    A = sp.pi * (25 + (17 - 25) * x / 20) ** 2
    assert sp.diff(A, x, 2) == 2 * sp.pi * 8**2 / 400
    # the 64-gon's area is MESH_FACTOR of the circle's; the chamfers are 2 × 45° (the diameter changes by 4 over 2 mm)
    assert 64 / 2 * math.sin(2 * math.pi / 64) == pytest.approx(math.pi * tp.MESH_FACTOR)
    for h_c, a, b in (tp.DRAWING[0], tp.DRAWING[-1]):
        assert h_c == 2 and abs(a - b) / 2 == h_c
    # task 5: the drawing's 90 mm bore leaves the shaft over 1.30 kg (the mistake's message), the least depth meets it
    depth = tp.least_depth(tp.DRAWING, 16, tp.TASK_MASS)
    assert tp.mass(tp.shaft_volume(tp.DRAWING, 16, 90)) > tp.TASK_MASS
    assert tp.mass(tp.shaft_volume(tp.DRAWING, 16, depth)) == pytest.approx(tp.TASK_MASS)
    # the design: the wall's limit is set by the right chamfer's Ø30 (so Ø20 at most), and by the left chamfer's Ø26
    # for a bore right through (Ø16 at most)
    assert tp.wall(tp.DRAWING, 20, 90) == 5 and tp.wall(tp.DRAWING, 21, 20) < 5
    assert tp.wall(tp.DRAWING, 16, 160) == 5 and tp.wall(tp.DRAWING, 17, 160) < 5
    # the lesson's estimate: the bore takes out about 25.7 cm³; a Ø20 bore about 82 mm deep
    out = (tp.mass(tp.shaft_volume(tp.DRAWING)) - tp.LIGHT["mass"]) / (tp.DENSITY * 1e-9) / 1000
    assert 25 < out < 26.5 and 80 < out * 1000 / (math.pi * 100) < 83
    # the written task: Bekzat's way gives three times the cone (πR²h against πR²h/3), and over twice the taper
    h4, D4, d4 = tp.DRAWING[3]
    area = (D4 / 2 + d4 / 2) * h4 / 2
    assert area * 2 * math.pi * D4 / 2 > 2 * tp.frustum_volume(h4, D4, d4)
    centroid = ((D4 / 2) ** 2 + D4 * d4 / 4 + (d4 / 2) ** 2) / (3 * (D4 / 2 + d4 / 2))
    assert 2 * math.pi * centroid * area == pytest.approx(tp.frustum_volume(h4, D4, d4))
    # a trapezoid's centroid really is there: its first moment ∫∫ ρ dA over the area, by sympy
    rho, z = sp.symbols("rho z", nonnegative=True)
    edge = sp.Rational(int(D4), 2) + (sp.Rational(int(d4), 2) - sp.Rational(int(D4), 2)) * z / int(h4)
    moment = sp.integrate(sp.integrate(rho, (rho, 0, edge)), (z, 0, int(h4)))
    assert float(moment / sp.integrate(edge, (z, 0, int(h4)))) == pytest.approx(centroid)


def test_the_design_task_has_answers_and_each_requirement_can_fail_alone():
    spec = tp.DESIGN_SPEC
    assert [(q.key, q.op, q.limit) for q in spec.requirements] == [("mass", "<=", 1.25), ("wall", ">=", 5.0),
                                                                    ("depth", "<=", 150.0)]
    meets = [(b, d) for b in range(1, 25) for d in range(5, 161, 5)
             if all(q.met_by(tp.design_result({"bore": b, "depth": d})[q.key]) for q in spec.requirements)]
    assert len(meets) > 20 and {b for b, _ in meets} == set(range(15, 21))  # Ø14 at 150 mm: 1.27 kg
    for design in ({"bore": 20, "depth": 70}, {"bore": 22, "depth": 80}, {"bore": 16, "depth": 160},
                   {"bore": 12, "depth": 150}):
        result = tp.design_result(design)
        assert len([q for q in spec.requirements if not q.met_by(result[q.key])]) == 1, design
    for b, d in meets[::7]:
        assert check_design({"bore": b, "depth": d}, spec, model=tp.design_result).correct


# -- the model against independent computations ---------------------------------------------------------------------

segments = st.lists(st.tuples(st.floats(1, 60), st.floats(10, 60), st.floats(10, 60)), min_size=1, max_size=6)


@settings(max_examples=40, deadline=None)
@given(st.floats(0.5, 80), st.floats(0, 60), st.floats(0, 60))
def test_the_frustum_is_sympys_integral(h, d0, d1):
    x = sp.Symbol("x")
    exact = sp.pi * sp.integrate((sp.Float(d0) / 2 + (sp.Float(d1) - sp.Float(d0)) / 2 * x / sp.Float(h)) ** 2,
                                 (x, 0, sp.Float(h)))
    assert tp.frustum_volume(h, d0, d1) == pytest.approx(float(exact), rel=1e-9, abs=1e-9)


@settings(max_examples=40, deadline=None)
@given(segments, st.floats(0, 9.5), st.floats(0, 1))
def test_the_shaft_volume_is_a_fine_numerical_integral(segs, bore, share):
    depth = share * sum(s[0] for s in segs)
    assert tp.shaft_volume(segs, bore, depth) == pytest.approx(_numeric_volume(segs, bore, depth), rel=1e-6)
    # the volume from 0 to x grows to the whole volume and its derivative is the slice area A(x)
    total = sum(s[0] for s in segs)
    assert tp.volume_up_to(segs, total, bore, depth) == pytest.approx(tp.shaft_volume(segs, bore, depth))
    assert tp.volume_up_to(segs, 0, bore, depth) == 0
    x = total * 0.37
    r = tp.radius_at(segs, x)
    dx = 1e-4
    slope = (tp.volume_up_to(segs, x + dx, bore, depth) - tp.volume_up_to(segs, x - dx, bore, depth)) / (2 * dx)
    corners = {c for c, _ in tp.corners(segs)} | {total - depth}
    if min(abs(x - c) for c in corners) > 1e-3:
        inside = x > total - depth
        assert slope == pytest.approx(math.pi * (r * r - (bore / 2) ** 2 * inside), rel=1e-5)


@settings(max_examples=15, deadline=None)
@given(segments, st.floats(0, 9.5), st.floats(0, 1))
def test_the_mesh_of_the_revolved_profile_is_the_integral_times_the_polygons_share(segs, bore, share):
    depth = share * sum(s[0] for s in segs)
    solid = tp.part(segs, bore, depth)
    assert solid.volume == pytest.approx(tp.shaft_volume(segs, bore, depth) * tp.MESH_FACTOR, rel=1e-6)
    assert solid.size[0] == pytest.approx(sum(s[0] for s in segs), abs=1e-6)
    assert solid.bodies == 1


def test_the_drawings_shaft_in_3d():
    solid = tp.part(tp.DRAWING, 16, 90)
    assert solid.size[0] == pytest.approx(160) and solid.bounds[2] == pytest.approx(0)
    assert max(solid.size[1:]) == pytest.approx(50, rel=1e-3)
    assert solid.holes == 0 and solid.bodies == 1  # a blind bore: no hole right through
    assert tp.part(tp.DRAWING, 16, 160).holes == 1
    assert solid.volume / tp.shaft_volume(tp.DRAWING, 16, 90) == pytest.approx(tp.MESH_FACTOR)


@pytest.mark.parametrize(("call", "says"), [
    (lambda: tp.shaft_volume([]), "at least one segment"),
    (lambda: tp.shaft_volume([(10, 20)]), "must be three numbers"),
    (lambda: tp.shaft_volume([(0, 20, 20)]), "must be a positive number"),
    (lambda: tp.shaft_volume([(10, -20, 20)]), "must be a number of at least 0"),
    (lambda: tp.shaft_volume([(10, "20", 20)]), "must be a number"),
    (lambda: tp.shaft_volume(tp.DRAWING, 16, 170), "longer than the shaft"),
    (lambda: tp.shaft_volume(tp.DRAWING, 30, 10), "breaks through the shaft"),
    (lambda: tp.shaft_volume(tp.DRAWING, -4, 10), "bore must be a number of at least 0"),
    (lambda: tp.radius_at(tp.DRAWING, 200), "outside the shaft"),
    (lambda: tp.frustum_volume(True, 20, 20), "h must be a number"),
    (lambda: tp.mass(1000, 0), "density must be a positive number"),
    (lambda: tp.design_result({"bore": 16}), "depth"),
    (lambda: tp.make_lab("heavy"), "light"),
])
def test_bad_input_gets_a_clear_message(call, says):
    with pytest.raises((ValueError, KeyError), match=says):
        call()


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_reasons_come_in_the_course_language(lang):
    import curriculum

    curriculum.setup(lang)
    try:
        with pytest.raises(ValueError) as refused:
            tp.shaft_volume(tp.DRAWING, 30, 10)
        assert {"kk": "біліктен шығып кетеді", "ru": "выходит из вала"}[lang] in str(refused.value)
        with pytest.raises(ValueError) as refused:
            tp.shaft_volume([(10, 20)])
        assert "segments[0]" in str(refused.value) and "must" not in str(refused.value)
    finally:
        curriculum.setup("en")


def test_a_design_the_model_refuses_is_a_clear_fail_not_a_crash():
    result = check_design({"bore": 40, "depth": 50}, tp.DESIGN_SPEC, model=tp.design_result)
    assert not result.correct and "breaks through" in result.message


# -- the lab ------------------------------------------------------------------------------------------------------


def test_the_picture_shows_the_models_numbers():
    """The red slice stands at x from the bore's wall to the profile, the shaded area ends at x and its text says the
    volume up to x, the point sits on the area curve, the bore's white rectangle is as deep and wide as the bore, the
    3D part is the revolved profile and the slice beside it is as wide as the shaft at x."""
    lab = tp.make_lab()
    lab.build()
    for x, bore, depth in ((0, 0, 0), (80, 16, 90), (110, 20, 120), (150, 24, 160), (160, 10, 5)):
        lab.set(x=x, bore=bore, depth=depth)
        r, view = lab.result, lab.view
        assert r["r"] == tp.radius_at(tp.DRAWING, x)
        xs, ys = view.cut.get_data()
        assert list(xs) == [x, x] and ys[1] == pytest.approx(r["r"])
        assert ys[0] == pytest.approx(bore / 2 if bore and depth and x >= 160 - depth else 0)
        assert view.fill.get_xy()[:, 0].max() == pytest.approx(x)
        assert view.point.get_ydata()[0] == pytest.approx(r["area"])
        if r["so_far"] > 0:
            assert view.fill_text.get_text().startswith(f"{r['so_far'] / 1000:.1f}".rstrip("0").rstrip("."))
        grid, curve = view.curve.get_data()
        assert np.trapezoid(curve, grid) == pytest.approx(r["volume"], rel=2e-3)
        if bore and depth:
            assert view.bore_patch.get_width() == depth and view.bore_patch.get_height() == bore / 2
        else:
            assert view.bore_patch.get_width() == 0
        assert r["mesh"] == pytest.approx(r["volume"] * tp.MESH_FACTOR, rel=1e-6)
        assert r["target"].size[1] == pytest.approx(2 * tp.radius_at(tp.DRAWING, min(max(x, 1.5), 158.5)), rel=2e-3)


def test_moving_the_slice_draws_only_what_moves():
    lab = tp.make_lab()
    lab.build()
    lab.view.render()
    full = lab.view.full_draws
    for x in range(0, 161, 8):
        lab.set(x=x)
        lab.view.render()
    assert lab.view.full_draws == full


def test_the_design_line_and_the_check_agree_with_the_grader():
    lab = tp.make_lab("light")
    lab.build()
    lab.set(bore=20, depth=90, x=40)
    line = lab.design_code()
    assert line == "design = {'bore': 20.0, 'depth': 90.0}"
    assert lab.check().correct
    design = eval(line.split("=", 1)[1])  # noqa: S307 - the line the lab shows
    assert check_design(design, tp.DESIGN_SPEC, model=tp.design_result).correct
    lab.set(bore=22)
    assert not lab.check().correct


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_readout_writes_numbers_and_units_the_course_languages_way(lang):
    import curriculum

    curriculum.setup(lang)
    try:
        lab = tp.make_lab("light")
        lab.build()
        lab.set(bore=16, depth=90, x=100)
        decimal = "1,31" if lang in ("kk", "ru") else "1.31"
        assert decimal in lab.readout.value and decimal in lab.alt_text()
        assert {"kk": "см³", "ru": "см³", "en": "cm³"}[lang] in lab.readout.value
        assert {"kk": "кг", "ru": "кг", "en": "kg"}[lang] in lab.readout.value
    finally:
        curriculum.setup("en")
