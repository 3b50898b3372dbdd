"""check_part: a part checked like an inspector would, in the course language, and decided outside the kernel."""

from __future__ import annotations

import re

import IPython.display
import manifold3d as m3d
import numpy as np
import pytest

from curriculum.cad import Part, box, circle, cylinder, extrude, load, merge, rounded_rectangle
from curriculum.check import Fit, Section, capture, check_part
from curriculum.check.mesh import TriangleMesh, as_mesh
from curriculum.check.part import thinnest_wall, wider_than
from curriculum.check.record import MIME, TEACHER_ENV
from curriculum.grading.blind import HiddenCheck, blind_source, plan
from curriculum.grading.trust import decide
from curriculum.i18n import in_language
from curriculum.lint.notebook_rules import hidden_test_problems


def bracket(hole=5.0, spacing=40.0, t=4.0, holes=2, height=30.0):
    """An L bracket in the task's frame: base on the bed from the origin, upright wall at the back with one hole."""
    base = rounded_rectangle(60, 30, radius=5, center=False)
    for i in range(holes):
        base = base - circle(hole).move(x=10 + i * spacing, y=15)
    part = extrude(base, t) + box(60, t, height).move(y=30 - t)
    return part - cylinder(6, 10).rotate(x=90).move(x=30, y=35, z=20)


REFERENCE = bracket()
CUTS = dict(sections=[Section("z", 2), Section("y", 28)], walls=[Section("x", 5)])


def check(part, **options):
    return check_part(part, REFERENCE, **CUTS, **options)


def open_mesh():
    mesh = as_mesh(REFERENCE)
    return TriangleMesh(mesh.vertices, mesh.triangles[:-3])


# -- the sample class's parts ------------------------------------------------------------------


def test_the_right_part_passes_every_check():
    result = check(bracket())
    assert result.correct and result.score == 1.0 and result.code == "part-matches"
    assert [c["check"] for c in result.details["checks"]] == [
        "bodies", "size", "position", "volume", "through-holes", "holes", "walls", "printable", "overlap"]


def test_the_right_part_built_another_way_passes():
    # the same bracket from a different construction: an L profile extruded along x, holes cut after
    profile = m3d.CrossSection([[[0, 0], [30, 0], [30, 30], [26, 30], [26, 4], [0, 4]]])
    solid = m3d.Manifold.extrude(profile, 60).rotate((90, 0, 90))  # profile (y, z), length along x
    part = Part(solid)
    part = part - cylinder(5, 10).move(x=10, y=15, z=-1) - cylinder(5, 10).move(x=50, y=15, z=-1)
    part = part - cylinder(6, 10).rotate(x=90).move(x=30, y=35, z=20)
    assert part.bounds == pytest.approx(REFERENCE.bounds)
    result = check(part, volume_rtol=0.02)
    # square outer corners instead of rounded ones: 0.3 % more volume, 99.6 % overlap; a right part still
    assert result.correct, result.message


@pytest.mark.parametrize("part, code, lost, words", [
    (bracket(hole=4), "wrong-holes", ["holes"],
     ["the hole at (x = 10, y = 15) measures Ø4 mm; the drawing says Ø5 mm, ± 0.1 mm"]),
    (bracket(holes=1), "wrong-hole-count", ["through-holes", "holes"],
     ["The part has 2 holes right through it; the drawing has 3.", "the hole at (x = 50, y = 15) of Ø5 mm is missing"]),
    (bracket(t=3), "wrong-volume", ["volume", "walls", "overlap"],
     ["In the section x = 5 mm the thinnest wall is 3 mm; the drawing's is 4 mm, ± 0.2 mm."]),
    (merge([bracket(), box(5, 5, 5).move(x=80)]), "separate-bodies", ["bodies", "size"],
     ["The part falls apart into 2 separate pieces"]),
    (bracket().move(x=3), "wrong-position", ["position"], ["it starts at (x = 3, y = 0, z = 0)"]),
])
def test_each_mistake_loses_its_checks_with_what_was_measured_and_wanted(part, code, lost, words):
    result = check(part)
    failed = [c["check"] for c in result.details["checks"] if not c["passed"]]
    assert not result.correct and result.code == code and failed == lost
    assert result.score == pytest.approx(1 - len(lost) / len(result.details["checks"]))
    for text in words:
        assert text in result.message


def test_an_open_mesh_earns_nothing_and_says_why():
    result = check(open_mesh())
    assert result.score == 0 and result.code == "open-mesh"
    assert "not a closed solid: 9 edges belong to one triangle only" in result.message


def test_an_inside_out_mesh_is_named():
    mesh = as_mesh(REFERENCE)
    assert check(TriangleMesh(mesh.vertices, mesh.triangles[:, ::-1])).message.startswith("The part is inside out")


@pytest.mark.parametrize("value, words", [
    (None, "There is no part: the variable holds None."),
    (42, "A part was expected (made with curriculum.cad or loaded from an STL file), not int."),
    (TriangleMesh(np.zeros((0, 3)), np.zeros((0, 3))), "The part is empty"),
])
def test_what_is_not_a_part_is_named(value, words):
    result = check(value)
    assert result.score == 0 and words in result.message


def test_mass_properties_alone_would_pass_a_wrong_plate():
    # the example: Ø4 holes 36 mm apart against Ø5 holes 40 mm apart, in a 60 × 30 × 4 plate
    def plate(d, spacing):
        return extrude(rounded_rectangle(60, 30, radius=5, center=False) - circle(d).move(x=30 - spacing / 2, y=15)
                       - circle(d).move(x=30 + spacing / 2, y=15), 4)

    wrong, right = plate(4, 36), plate(5, 40)
    assert abs(wrong.volume - right.volume) / right.volume < 0.01
    result = check_part(wrong, right)
    by_check = {c["check"]: c["passed"] for c in result.details["checks"]}
    assert by_check["volume"] and by_check["size"] and by_check["through-holes"] and not by_check["holes"]
    assert "the hole at (x = 12, y = 15) measures Ø4 mm" in result.message  # matched to the drawing's hole at x = 10
    assert "a hole is at (x = 12, y = 15); the drawing puts it at (x = 10, y = 15)" in result.message


# -- files from other programs -------------------------------------------------------------------


def test_an_stl_from_another_program_is_graded_the_same_way(tmp_path):
    # Tinkercad draws a Ø5 hole with 20 sides, corners on the circle; and writes each triangle's corners apart
    coarse = m3d.Manifold.cylinder(10, 2.5, 2.5, 20)
    solid = REFERENCE.manifold + m3d.Manifold()  # a copy
    solid = bracket(holes=0).manifold - coarse.translate((10, 15, -1)) - coarse.translate((50, 15, -1))
    path = Part(solid).save(tmp_path / "from-tinkercad.stl")
    result = check(load(path))
    assert result.correct, result.message
    wrong = bracket(hole=4).save(tmp_path / "wrong.3mf")
    assert check(load(wrong)).code == "wrong-holes"


# -- printing and fits ------------------------------------------------------------------------------


def test_a_wall_too_thin_to_print_is_found():
    finned = bracket() + box(0.5, 10, 10).move(x=20, y=5, z=4)
    result = check_part(finned, None)
    assert result.code == "too-thin"
    assert re.search(r"a wall is only 0\.5 mm thick; the printer needs at least 0\.8 mm", result.message)
    assert check_part(finned, None, min_feature=0.4).correct


@pytest.mark.parametrize("width", [0.6, 1.0, 2.5, 4.0, 7.5])
def test_the_thinnest_wall_is_measured_to_a_hundredth(width):
    plate = m3d.CrossSection.square((40, 40)) - m3d.CrossSection.circle(3, 64).translate((3 + width, 20))
    assert thinnest_wall(plate) == pytest.approx(width, abs=0.01)  # the neck between the hole and the edge
    assert wider_than(plate, width - 0.05) and not wider_than(plate, width + 0.05)
    rib = m3d.CrossSection.square((width, 30))
    assert thinnest_wall(rib) == pytest.approx(width, abs=0.01)


def test_fits_with_a_mating_part():
    bolt = cylinder(4.8, 20).move(x=10, y=15, z=-5)
    label = {"kk": "M5 болт", "ru": "болт M5", "en": "the M5 bolt"}
    assert check(bracket(), fits=[Fit(bolt, 0.05, 0.3, label)]).correct
    tight = check(bracket(hole=4.5), fits=[Fit(bolt, 0.05, 0.3, label)], hole_tol=1.0)
    assert tight.code == "wrong-fit"
    assert "Fit (the M5 bolt): the parts overlap by" in tight.message and "a gap of 0.05 mm to 0.3 mm" in tight.message
    loose = check(bracket(hole=6), fits=[Fit(bolt, 0.05, 0.3, label)], hole_tol=1.0)
    assert "Fit (the M5 bolt): the gap is 0.6 mm; the fit needs 0.05 mm to 0.3 mm." in loose.message
    press = check(bracket(hole=4.6), fits=[Fit(bolt, -0.15, -0.05, label)], hole_tol=1.0)
    assert press.correct, press.message  # 0.1 mm of interference, as a press fit wants


# -- languages ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang, words", [
    ("kk", ["z = 2 мм қимасында (x = 10, y = 15) нүктесіндегі тесіктің диаметрі Ø4 мм; сызбада Ø5 мм, ± 0,1 мм."]),
    ("ru", ["В сечении z = 2 мм диаметр отверстия в точке (x = 10, y = 15) равен Ø4 мм; по чертежу Ø5 мм, ± 0,1 мм."]),
])
def test_messages_speak_the_course_language(lang, words):
    with in_language(lang):
        result = check(bracket(hole=4))
        volume = check(bracket(t=3)).message
    for text in words:
        assert text in result.message
    assert not re.search(r"\b(the|hole|section|drawing|volume)\b", result.message + volume)
    assert "мм³" in volume and "г)" in volume and re.search("\\d\u202f\\d{3} мм³", volume)  # 10 024 мм³


def test_options_are_checked():
    with pytest.raises(TypeError, match="check_part has no option hole_tolerance; the options are"):
        check_part(bracket(), REFERENCE, hole_tolerance=0.1)
    with pytest.raises(ValueError, match="across the x, y or z axis"):
        Section("w", 1)


# -- decided outside the student's kernel ----------------------------------------------------------

CELL = '''### BEGIN HIDDEN TESTS
from curriculum.labs import bracket as lab
require(check_part(part, lab.reference(), sections=[Section("z", 2)], walls=[Section("x", 5)]), points=4)
### END HIDDEN TESTS
'''


@pytest.fixture
def record(monkeypatch):
    def run(action, *, teacher: bool = False) -> list[dict]:
        docs: list[dict] = []
        with monkeypatch.context() as m:
            m.setenv("NBGRADER_EXECUTION", "autograde")
            if teacher:
                m.setenv(TEACHER_ENV, "1")
            else:
                m.delenv(TEACHER_ENV, raising=False)
            m.setattr(IPython.display, "display", lambda obj, raw=False: docs.append(obj[MIME]))
            action()
        return docs

    return run


PART = HiddenCheck("part", "part", graded=True, partial=True, line=3)


def test_a_hidden_check_part_is_planned_and_captured_without_the_reference():
    cell = plan(CELL)
    assert [(c.kind, c.student, c.partial) for c in cell.checks] == [("part", "part", True)]
    blind = blind_source(cell, [{"mode": "part"}])
    assert "capture.part(0, lambda: (part))" in blind.replace("_curriculum_capture_", "capture")
    assert "reference" not in blind and "check_part" not in blind
    assert hidden_test_problems(CELL) == []


def test_the_grader_decides_a_captured_part_as_the_kernel_would(record):
    fits = [Fit(cylinder(4.8, 20).move(x=10, y=15, z=-5), 0.05, 0.3, {"kk": "болт", "ru": "болт", "en": "the bolt"})]
    (teacher,) = record(lambda: check_part(bracket(), REFERENCE, fits=fits, **CUTS), teacher=True)
    assert teacher["mode"] == "part" and teacher["teacher"]["type"] == "mesh" and len(teacher["mates"]) == 1
    assert teacher["options"]["sections"] == [["z", 2.0], ["y", 28.0]] and teacher["options"]["walls"] == [["x", 5.0]]
    for part in (bracket(), bracket(hole=4), bracket(t=3), open_mesh()):
        (doc,) = record(lambda: capture.part(0, lambda: part))  # noqa: B023 - run at once
        assert "teacher" not in doc and doc["answer"]["type"] == "mesh"
        decision = decide(PART, teacher, doc)
        expected = check_part(part, REFERENCE, fits=fits, **CUTS)
        assert decision.result.code == expected.code and decision.result.message == expected.message
        assert decision.share == pytest.approx(expected.score)


def test_a_missing_or_forged_part_earns_nothing_and_stops_nothing(record):
    (teacher,) = record(lambda: check_part(bracket(), REFERENCE, **CUTS), teacher=True)
    (missing,) = record(lambda: capture.part(0, lambda: undefined_part))  # noqa: F821 - the point of the test
    decision = decide(PART, teacher, missing)
    assert decision.share == 0 and "NameError" in decision.result.message
    (number,) = record(lambda: capture.part(0, lambda: 7))
    assert decide(PART, teacher, number).share == 0
    forged = {"site": 0, "answer": {**as_mesh(bracket()).to_doc(), "counts": [3, 10]}}
    decision = decide(PART, teacher, forged)
    assert decision.share == 0 and decision.result.code == "invalid-input"
    borrowed = decide(PART, teacher, record(lambda: capture.part(0, lambda: bracket()))[0],
                      borrowed="cell 3, line 1: imports curriculum.labs")
    assert borrowed.share == 0 and borrowed.result.code == "uses-reference"


# -- fits between two parts of the student's own assembly --------------------------------------------------

from curriculum.cad import assembly  # noqa: E402 - the section's own import
from curriculum.check.mesh import MeshError  # noqa: E402


def fixture(hole=10.0, pin=10.02, pin_x=20.0, with_pin=True):
    """A fixture block with a locating hole, and the pin pressed into it (the two parts a student models)."""
    block = box(80, 40, 20) - cylinder(hole, 30).move(x=20, y=20, z=-5) - cylinder(5.5, 30).move(x=60, y=20, z=-5)
    parts = {"block": block}
    if with_pin:
        parts["pin"] = cylinder(pin, 35).move(x=pin_x, y=20, z=-5)
    return assembly(**parts)


PRESS = Fit("pin", -0.03, -0.005, {"kk": "бекіту саусағы", "ru": "установочный палец", "en": "the locating pin"})


def test_an_assemblys_parts_travel_in_one_mesh_and_come_back_by_name():
    parts = fixture()
    mesh = as_mesh(parts)
    assert mesh.names == ("block", "pin") and parts.names == ("block", "pin")
    again = TriangleMesh.from_doc(mesh.to_doc())
    assert again.groups == mesh.groups
    pin = m3d.Mesh(vert_properties=again.group("pin").vertices, tri_verts=again.group("pin").triangles)
    assert m3d.Manifold(pin).volume() == pytest.approx(parts["pin"].volume, rel=1e-6)
    assert "groups" not in as_mesh(box(1, 1, 1)).to_doc(), "a single part is recorded as before"
    with pytest.raises(MeshError, match="no part named 'bolt'"):
        mesh.group("bolt")
    with pytest.raises(KeyError, match="no part named 'bolt'; it has block, pin"):
        parts["bolt"]


@pytest.mark.parametrize(("groups", "words"), [
    ([["block", 10], ["pin", 1]], "each triangle once"),
    ([["block", 12], ["block", 0]], "each part by its own name"),
    ([["import os", 12]], "named like a Python variable"),
    ([["block", -1], ["pin", 13]], "whole number of triangles"),
    ("block", r"a list of \[name, count\]"),
])
def test_a_forged_assembly_record_is_refused_with_what_is_wrong(groups, words):
    doc = {**as_mesh(box(1, 1, 1)).to_doc(), "groups": groups}
    with pytest.raises(MeshError, match=words):
        TriangleMesh.from_doc(doc)


def test_the_fit_between_two_parts_the_student_modelled_is_measured():
    reference = fixture()
    assert check_part(fixture(), reference, piece="block", fits=[PRESS]).correct
    loose = check_part(fixture(pin=9.9), reference, piece="block", fits=[PRESS])
    assert loose.code == "wrong-fit" and "Fit (the locating pin): the gap is" in loose.message
    lost = [c["check"] for c in loose.details["checks"] if not c["passed"]]
    assert lost == ["fit"], "only the fit is lost: the block itself is right"
    off = check_part(fixture(pin_x=20.3), reference, piece="block", fits=[PRESS])
    assert off.code == "wrong-fit", "a pin off its hole's centre is not a press fit"
    no_pin = check_part(fixture(with_pin=False), reference, piece="block", fits=[PRESS])
    assert not no_pin.correct and "The assembly has no part named pin; it has block." in no_pin.message
    wrong_piece = check_part(box(80, 40, 20), reference, piece="block")
    assert wrong_piece.score == 0 and wrong_piece.code == "missing-part" and "one part without a name" in wrong_piece.message


def test_an_open_part_of_the_students_assembly_is_the_students_mistake():
    whole = as_mesh(cylinder(10.02, 35).move(x=20, y=20, z=-5))
    torn = TriangleMesh(whole.vertices, whole.triangles[:-2])
    parts = assembly(block=fixture()["block"], pin=torn)
    result = check_part(parts, fixture(), piece="block", fits=[PRESS])
    assert result.code == "wrong-fit" and "that part is not a closed solid" in result.message


@pytest.mark.parametrize("lang, words", [("kk", "Жинақта pin деген бөлшек жоқ"), ("ru", "В сборке нет детали с именем pin")])
def test_a_missing_part_is_named_in_the_course_language(lang, words):
    with in_language(lang):
        assert words in check_part(fixture(with_pin=False), fixture(), piece="block", fits=[PRESS]).message


def test_the_grader_decides_a_fit_between_the_students_parts_as_the_kernel_would(record):
    bolt = Fit(cylinder(4.8, 40).move(x=60, y=20, z=-5), 0.05, 1.0, {"kk": "болт", "ru": "болт", "en": "the bolt"})
    fits = [PRESS, bolt]
    (teacher,) = record(lambda: check_part(fixture(), fixture(), piece="block", fits=fits), teacher=True)
    assert len(teacher["mates"]) == 1, "only the task's own mate is the teacher's; the pin is the student's"
    assert teacher["options"]["piece"] == "block" and teacher["options"]["fits"][0]["mate"] == "pin"
    for parts in (fixture(), fixture(pin=9.9), fixture(with_pin=False), fixture(hole=11, pin=11.02)):
        (doc,) = record(lambda: capture.part(0, lambda: parts))  # noqa: B023 - run at once
        assert doc["answer"]["groups"][0][0] == "block"
        decision = decide(PART, teacher, doc)
        expected = check_part(parts, fixture(), piece="block", fits=fits)
        assert decision.result.code == expected.code and decision.result.message == expected.message
        assert decision.share == pytest.approx(expected.score)


def test_the_overlap_with_the_drawings_part_is_shared_volume_over_filled_volume():
    # the drawing's 20 × 10 × 10 block, and a student's block of the same box with a 10 × 10 × 5 step cut out of its top:
    # laid over each other they share 1500 mm³ and fill 2000 mm³ together, an overlap of 75 %
    reference = box(20, 10, 10)
    stepped = reference - box(10, 10, 5).move(x=10, z=5)
    result = check_part(stepped, reference)
    overlap = next(c for c in result.details["checks"] if c["check"] == "overlap")
    assert overlap["measured"] == pytest.approx(0.75) and not overlap["passed"]
    assert "75" in result.message
    same = next(c for c in check_part(reference, reference).details["checks"] if c["check"] == "overlap")
    assert same["measured"] == pytest.approx(1.0) and same["passed"]


# -- critical features: a part an inspector rejects earns at most a quarter ---------------------------------

REJECTED = {"kk": "Бақылауда бөлшек жарамсыз деп танылар еді: сызбаның аса маңызды элементі орындалмаған (тесіктер).",
            "ru": "Деталь была бы забракована на контроле: не выполнен критически важный элемент чертежа (отверстия).",
            "en": "The part would be rejected at inspection: a critical feature of the drawing is not met (holes)."}


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_failed_critical_feature_caps_the_score_and_says_so_first(lang):
    from curriculum.check.part import CRITICAL_CAP

    with in_language(lang):
        plain = check(bracket(spacing=36))
        rejected = check(bracket(spacing=36), critical=("holes",))
    assert plain.score == pytest.approx(8 / 9) and plain.code == "wrong-holes"
    assert rejected.score == CRITICAL_CAP == 0.25 and rejected.code == "wrong-holes" and not rejected.correct
    assert rejected.message.startswith(REJECTED[lang]), rejected.message
    assert rejected.message.endswith(plain.message)  # then what was measured and wanted, as without the option
    assert rejected.details["rejected"] == ["holes"]


def test_a_part_failing_only_a_non_critical_check_scores_as_before():
    for part in (bracket(t=3), bracket().move(x=3), bracket()):
        assert check(part, critical=("holes", "fit")) == check(part)
    worse = bracket(hole=4, t=3, height=25)  # a name alone is one check; a score under the cap stays lower
    assert check(worse, critical="holes").score == min(check(worse).score, 0.25)


def test_a_failed_fit_is_critical_when_named():
    capped = check_part(fixture(pin=9.9), fixture(), piece="block", fits=[PRESS], critical=["fit"])
    assert capped.code == "wrong-fit" and capped.score == 0.25
    assert check_part(fixture(pin=9.9), fixture(), piece="block", fits=[PRESS]).score > 0.25


def test_unknown_critical_names_are_refused_with_the_checks_named():
    with pytest.raises(ValueError, match="no check 'fits' to make critical; the checks are solid, .*, fit, overlap"):
        check(bracket(), critical=("holes", "fits"))


def test_the_grader_decides_a_critical_feature_as_the_kernel_would(record):
    (teacher,) = record(lambda: check_part(bracket(), REFERENCE, critical=("holes",), **CUTS), teacher=True)
    assert teacher["options"]["critical"] == ["holes"]
    (old,) = record(lambda: check_part(bracket(), REFERENCE, **CUTS), teacher=True)
    assert "critical" not in old["options"]  # no option: recorded as before, decided as before
    for part in (bracket(), bracket(spacing=36), bracket(t=3), open_mesh()):
        (doc,) = record(lambda: capture.part(0, lambda: part))  # noqa: B023 - run at once
        for recorded, options in ((teacher, {"critical": ("holes",)}), (old, {})):
            decision = decide(PART, recorded, doc)
            expected = check_part(part, REFERENCE, **options, **CUTS)
            assert decision.result.code == expected.code and decision.result.message == expected.message
            assert decision.share == pytest.approx(expected.score)
