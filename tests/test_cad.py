"""curriculum.cad: sketches, parts, files and the viewer's data (the browser test draws the viewer)."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from curriculum.cad import (
    PartError,
    PartFileError,
    SketchError,
    box,
    circle,
    circular_pattern,
    cylinder,
    extrude,
    grid_pattern,
    linear_pattern,
    load,
    load_mesh,
    merge,
    polygon,
    rectangle,
    revolve,
    rounded_rectangle,
    slot,
    sphere,
    union,
)
from curriculum.cad.sketch import SEGMENTS
from curriculum.check.mesh import MeshError, TriangleMesh, as_mesh
from curriculum.i18n import in_language

# a regular polygon of SEGMENTS sides inscribed in a circle has this share of the circle's area
POLYGON_SHARE = SEGMENTS / (2 * math.pi) * math.sin(2 * math.pi / SEGMENTS)


def plate_with_holes(hole=5.0, spacing=40.0, thickness=4.0):
    return extrude(rounded_rectangle(60, 30, radius=5) - circle(hole).move(x=-spacing / 2) - circle(hole).move(x=spacing / 2),
                   thickness)


# -- sketches ---------------------------------------------------------------------------------


def test_sketch_areas_follow_the_formulas():
    assert rectangle(60, 30).area == pytest.approx(1800)
    assert circle(10).area == pytest.approx(math.pi * 25 * POLYGON_SHARE, rel=1e-9)
    # four quarter circles replace four corner squares: w·h − (4 − π)·r²
    assert rounded_rectangle(60, 30, radius=5).area == pytest.approx(1800 - (4 - math.pi) * 25, rel=2e-3)
    assert slot(20, 6).area == pytest.approx(14 * 6 + math.pi * 9, rel=2e-3)
    assert polygon([(0, 0), (10, 0), (0, 10)]).area == pytest.approx(50)
    assert polygon([(0, 0), (0, 10), (10, 0)]).area == pytest.approx(50)  # clockwise is fine too


def test_sketch_booleans_and_placement():
    ring = circle(20) - circle(10)
    assert ring.area == pytest.approx(math.pi * (100 - 25) * POLYGON_SHARE, rel=1e-6)
    assert (rectangle(10, 10) & rectangle(10, 10).move(x=5)).area == pytest.approx(50)
    assert rectangle(10, 4, center=False).bounds == (0, 0, 10, 4)
    assert rectangle(10, 4).rotate(90).bounds == pytest.approx((-2, -5, 2, 5))
    assert rectangle(10, 4).move(x=3, y=-1).bounds == pytest.approx((-2, -3, 8, 1))
    assert len([o for o in ring.outlines() if _signed_area(o) < 0]) == 1  # one hole


def _signed_area(points):
    x, y = points[:, 0], points[:, 1]
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


@pytest.mark.parametrize("make, words", [
    (lambda: rectangle(-5, 3), "width must be a positive number of millimetres, not -5"),
    (lambda: circle(0), "diameter must be a positive"),
    (lambda: rounded_rectangle(10, 6, radius=4), "a corner radius of 4 mm does not fit a 10 × 6 mm rectangle"),
    (lambda: polygon([(0, 0), (1, 1)]), "at least three points"),
    (lambda: polygon([(0, 0), (1, 1), (2, 2)]), "enclose no area"),
    (lambda: slot(4, 6), "a slot 4 mm long cannot be 6 mm wide"),
    (lambda: box(10, 10, float("nan")), "z must be a positive number"),
    (lambda: revolve(rectangle(4, 4)), "right of the axis (x ≥ 0); it reaches x = -2 mm"),
    (lambda: linear_pattern(box(1, 1, 1), 2.5, x=3), "whole number of copies"),
])
def test_bad_sizes_say_which_value_is_wrong(make, words):
    with pytest.raises((SketchError, PartError)) as err:
        make()
    assert words in str(err.value)


def test_a_sketch_and_a_part_do_not_mix():
    with pytest.raises(TypeError, match="extrude"):
        box(1, 1, 1) + rectangle(1, 1)
    with pytest.raises(TypeError, match="extrude needs a sketch"):
        extrude(box(1, 1, 1), 3)


# -- parts ------------------------------------------------------------------------------------


def test_plate_measures():
    plate = plate_with_holes()
    assert plate.size == (60, 30, 4)
    assert plate.bounds == (-30, -15, 0, 30, 15, 4)
    area = 1800 - (4 - math.pi) * 25 - 2 * math.pi * 6.25
    assert plate.volume == pytest.approx(area * 4, rel=2e-3)
    assert plate.mass() == pytest.approx(plate.volume / 1000 * 1.24)
    assert plate.mass(density=7.85) == pytest.approx(plate.volume / 1000 * 7.85)
    assert plate.holes == 2 and plate.bodies == 1
    assert plate.section(2).area == pytest.approx(plate.volume / 4, rel=1e-9)


def test_primitives_and_revolve_follow_the_formulas():
    assert box(10, 20, 30).volume == pytest.approx(6000)
    assert box(10, 20, 30, center=True).bounds == (-5, -10, -15, 5, 10, 15)
    assert cylinder(10, 5).volume == pytest.approx(math.pi * 25 * 5 * POLYGON_SHARE, rel=1e-6)
    assert cylinder(10, 6, top_diameter=0).volume == pytest.approx(math.pi * 25 * 2 * POLYGON_SHARE, rel=1e-6)
    assert sphere(10).volume == pytest.approx(4 / 3 * math.pi * 125, rel=0.01)
    ring = revolve(rectangle(5, 10, center=False).move(x=3))  # a tube: 3 to 8 mm from the axis, 10 mm high
    assert ring.size == pytest.approx((16, 16, 10))
    assert ring.volume == pytest.approx(math.pi * (64 - 9) * 10 * POLYGON_SHARE, rel=1e-6)
    assert ring.holes == 1
    half = revolve(rectangle(5, 10, center=False).move(x=3), angle=180)
    assert half.volume == pytest.approx(ring.volume / 2, rel=1e-6) and half.holes == 0


def test_booleans_patterns_and_bodies():
    plate = box(60, 30, 4)
    holes = linear_pattern(cylinder(5, 10).move(x=10, y=15, z=-1), 3, x=20)
    assert (plate - holes).holes == 3
    assert holes.bodies == 3 and holes.holes == 0
    assert grid_pattern(cylinder(3, 2), 4, 2, x=10, y=10).bodies == 8
    ring_of_pins = circular_pattern(cylinder(3, 5).move(x=10), 6)
    assert ring_of_pins.bodies == 6
    assert ring_of_pins.volume == pytest.approx(6 * cylinder(3, 5).volume)
    apart = merge([box(10, 10, 10), box(10, 10, 10).move(x=20)])
    assert apart.bodies == 2 and apart.volume == pytest.approx(2000)
    touching = union([box(10, 10, 10), box(10, 10, 10).move(x=5)])
    assert touching.bodies == 1 and touching.volume == pytest.approx(1500)
    assert sum([box(1, 1, 1), box(1, 1, 1).move(x=1)]).volume == pytest.approx(2)
    assert (box(10, 10, 10) & box(10, 10, 10).move(5, 5, 5)).volume == pytest.approx(125)


def test_moves_turns_and_mirrors():
    part = box(10, 20, 4)
    assert part.move(1, 2, 3).bounds == (1, 2, 3, 11, 22, 7)
    assert part.rotate(z=90).bounds == pytest.approx((-20, 0, 0, 0, 10, 4))
    assert part.rotate(x=90).bounds == pytest.approx((0, -4, 0, 10, 0, 20))
    assert part.mirror("yz").bounds == pytest.approx((-10, 0, 0, 0, 20, 4))
    assert part.move(z=-7).on_bed().bounds[2] == pytest.approx(0)
    assert part.scale(25.4).size == pytest.approx((254, 508, 101.6))
    with pytest.raises(PartError, match="'yz', 'xz' or 'xy'"):
        part.mirror("q")


def test_a_part_is_a_mesh_for_the_checks():
    mesh = as_mesh(plate_with_holes())
    assert isinstance(mesh, TriangleMesh) and len(mesh) > 100
    assert mesh.vertices.dtype == np.float32 and mesh.triangles.dtype == np.uint32
    with pytest.raises(MeshError, match="not str"):
        as_mesh("bracket.stl")


# -- files ------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".stl", ".3mf"])
def test_save_and_load_give_the_same_part(tmp_path, suffix):
    part = plate_with_holes() + box(60, 4, 20).move(-30, 11, 0)
    path = part.save(tmp_path / f"bracket{suffix}")
    back = load(path)
    assert back.size == pytest.approx(part.size)
    assert back.bounds == pytest.approx(part.bounds)
    assert back.volume == pytest.approx(part.volume, rel=1e-6)
    assert back.holes == part.holes and back.bodies == 1


def test_a_3mf_says_its_unit_and_is_read_in_millimetres(tmp_path):
    import lib3mf

    from curriculum.cad.files import threemf_bytes

    data = threemf_bytes(as_mesh(box(1, 2, 0.5)))
    wrapper = lib3mf.get_wrapper()
    model = wrapper.CreateModel()
    model.QueryReader("3mf").ReadFromBuffer(bytearray(data))
    assert lib3mf.ModelUnit(model.GetUnit()) == lib3mf.ModelUnit.MilliMeter
    model.SetUnit(lib3mf.ModelUnit.Inch)  # the same numbers, now inches (as an inch-based CAD writes them)
    (tmp_path / "inch.3mf").write_bytes(bytes(model.QueryWriter("3mf").WriteToBuffer()))
    assert load(tmp_path / "inch.3mf").size == pytest.approx((25.4, 50.8, 12.7))


def test_an_stl_in_inches_is_read_with_units(tmp_path):
    path = box(1, 2, 0.5).save(tmp_path / "inch.stl")
    assert load(path, units="in").size == pytest.approx((25.4, 50.8, 12.7))
    with pytest.raises(PartFileError, match="units must be one of"):
        load(path, units="furlong")


def test_an_ascii_stl_like_onshape_writes_is_read(tmp_path):
    mesh = as_mesh(box(10, 10, 10))
    lines = ["solid cube"]
    for tri in mesh.triangles:
        lines += ["  facet normal 0 0 0", "    outer loop"]
        lines += [f"      vertex {x:.6e} {y:.6e} {z:.6e}" for x, y, z in mesh.vertices[tri]]
        lines += ["    endloop", "  endfacet"]
    lines.append("endsolid cube")
    (tmp_path / "cube.stl").write_text("\n".join(lines))
    assert load(tmp_path / "cube.stl").volume == pytest.approx(1000)


def test_an_open_mesh_is_read_but_is_not_a_part(tmp_path):
    mesh = as_mesh(box(10, 10, 10))
    opened = TriangleMesh(mesh.vertices, mesh.triangles[:-1])
    from curriculum.cad.files import stl_bytes

    (tmp_path / "open.stl").write_bytes(stl_bytes(opened))
    assert len(load_mesh(tmp_path / "open.stl")) == len(mesh) - 1
    with pytest.raises(PartFileError, match=r"open.stl: the mesh is not closed: 3 edges belong to one triangle only"):
        load(tmp_path / "open.stl")


@pytest.mark.parametrize("name, content, words", [
    ("broken.stl", b"\x00" * 3, "too short"),
    ("broken.3mf", b"PK not really a zip", "not a readable 3MF file"),
    ("part.obj", b"v 0 0 0", "ends in .stl or .3mf"),
])
def test_files_that_are_not_parts_are_named(tmp_path, name, content, words):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(PartFileError) as err:
        load(tmp_path / name)
    assert name in str(err.value) and words in str(err.value)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(PartFileError, match="nothing.stl: cannot be read"):
        load(tmp_path / "nothing.stl")


# -- the mesh as data ---------------------------------------------------------------------------


def test_a_mesh_document_reads_back_exactly():
    mesh = as_mesh(plate_with_holes())
    back = TriangleMesh.from_doc(mesh.to_doc())
    assert np.array_equal(back.vertices, mesh.vertices) and np.array_equal(back.triangles, mesh.triangles)


@pytest.mark.parametrize("change, words", [
    (lambda d: d.update(counts=[3, 10**9]), "at most"),
    (lambda d: d.update(counts=[5, 1]), "does not hold the number of values"),
    (lambda d: d.update(vertices="@@not base64@@"), "cannot be read"),
    (lambda d: d.update(type="text"), "not a recorded mesh"),
    (lambda d: d.pop("counts"), "without its counts"),
    (lambda d: d.update(vertices=12), "must be text"),
])
def test_a_broken_mesh_document_is_refused(change, words):
    doc = as_mesh(box(1, 1, 1)).to_doc()
    change(doc)
    with pytest.raises(MeshError, match=words):
        TriangleMesh.from_doc(doc)


def test_a_zlib_bomb_is_refused_before_it_is_unpacked():
    import base64
    import zlib

    doc = as_mesh(box(1, 1, 1)).to_doc()
    doc["vertices"] = base64.b64encode(zlib.compress(b"\x00" * (80 * 1024 * 1024))).decode()
    with pytest.raises(MeshError):
        TriangleMesh.from_doc(doc)


def test_triangles_must_name_existing_vertices():
    with pytest.raises(MeshError, match="names a vertex the mesh does not have"):
        TriangleMesh(np.zeros((3, 3)), np.array([[0, 1, 3]]))
    with pytest.raises(MeshError, match="not a finite number"):
        TriangleMesh(np.array([[0, 0, 0], [1, 0, 0], [0, np.inf, 0]]), np.array([[0, 1, 2]]))


# -- the viewer's data ------------------------------------------------------------------------


def test_viewer_sends_binary_meshes_dimensions_and_grid():
    from curriculum.cad.viewer import Viewer

    part, target = plate_with_holes(), plate_with_holes(hole=4)
    with in_language("kk"):
        viewer = Viewer(part, target=target)
    roles = [m["role"] for m in viewer.meshes]
    assert roles == ["part", "target"]
    mesh = as_mesh(part)
    assert len(viewer.meshes[0]["vertices"]) == mesh.vertices.size * 4
    assert len(viewer.meshes[0]["triangles"]) == mesh.triangles.size * 4
    assert [d["label"] for d in viewer.dimensions] == ["60 мм", "30 мм", "4 мм"]
    assert viewer.meshes[0]["legend"] != "Your part"  # Kazakh, from the catalogue
    assert viewer.grid["step"] in (5.0, 10.0) and viewer.grid["size"] >= 60 * 1.6
    viewer.update(box(12.5, 10, 3))
    assert [m["role"] for m in viewer.meshes] == ["part"]
    assert viewer.dimensions[0]["label"] == "12.5 mm"  # the language in force when updated


def test_viewer_front_end_is_bundled_and_fetches_nothing():
    from curriculum.cad.viewer import STATIC, Viewer

    code = (STATIC / "viewer.js").read_text(encoding="utf-8")
    assert str(Viewer._esm) == code  # the widget sends this very file to the browser
    assert code.startswith("// curriculum.cad viewer, built by 'npm run build'")
    assert "three.js 0.187.0" in code.splitlines()[0] and (STATIC / "LICENSE-three.txt").exists()
    assert "MIT License" in (STATIC / "LICENSE-three.txt").read_text()
    urls = set(re.findall(r"https?://[^\s\"'`)]+", code))
    assert urls <= {"http://www.w3.org/1999/xhtml"}, urls  # an XML namespace, never fetched
    assert "import(" not in code and not re.search(r"\bfetch\(", code)
    assert "export default" in code or "export{" in code.replace(" ", "")
