"""Benchmark of curriculum.cad and check_part: the time of each check on a module's parts, and the install size.

The parts are those of the modules' sample classes, the bracket of ``inf-07-bracket``, the gear blank of
``inf-09-gear-blank`` and the fixture block of ``inf-col-fixture`` (the right part, a wrong hole size, a missing
hole, a wrong thickness, two separate bodies, an open mesh), modelled with ``curriculum.cad``, and the same right part read back from an STL file. For each part the
whole ``check_part`` is timed as the grader runs it (:func:`curriculum.check.part.decide_part` on
the recorded meshes, the reference measured once per assignment and kept), and each check on its
own (closed solid, measures of the box, volume, pieces and genus, the holes of the sections, the
thinnest wall, printability, the overlap); also the first check of an assignment, which measures
the reference too. Median and worst of ``--repeat`` runs, CPU time beside wall time (the machine is
shared: the load average is recorded).

Install size: the site-packages folders the four new dependencies add (manifold3d, anywidget with
psygnal, trimesh, lib3mf) and the viewer's bundled front end.

    .venv/bin/python benchmarks/cad_benchmark.py [--repeat 20] [--out benchmarks/results/cad.md]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from curriculum.cad import box, load, merge  # noqa: E402
from curriculum.check import part as part_check  # noqa: E402
from curriculum.check.mesh import TriangleMesh, as_mesh  # noqa: E402
from curriculum.check.part import Section, decide_part  # noqa: E402
from curriculum.check.solid import solidity  # noqa: E402
from curriculum.cad import cylinder  # noqa: E402
from curriculum.labs import bracket as bracket_lab  # noqa: E402
from curriculum.labs import fixture as fixture_lab  # noqa: E402
from curriculum.labs import gear_blank as gear_lab  # noqa: E402


def options(lab) -> dict:
    return {"sections": [[s.axis, s.at] for s in lab.SECTIONS], "walls": [[s.axis, s.at] for s in lab.WALLS],
            "fits": []}


def bracket(hole=4.5, t=4.0, holes=2):
    """The module's bracket (curriculum.labs.bracket) with one of the sample class's mistakes."""
    part = bracket_lab.bracket(hole=hole, thickness=t)
    if holes == 1:
        part = part + box(5, 5, 4).move(x=47.5, y=10.5)  # the second base hole filled in
    return part


def bracket_parts(tmp: Path) -> dict[str, TriangleMesh]:
    right = bracket()
    mesh = as_mesh(right)
    return {
        "right": mesh,
        "right, from an STL file": as_mesh(load(right.save(tmp / "bracket.stl"))),
        "wrong hole size (Ø4)": as_mesh(bracket(hole=4)),
        "missing hole": as_mesh(bracket(holes=1)),
        "wrong thickness": as_mesh(bracket(t=3)),
        "two separate bodies": as_mesh(merge([right, box(5, 5, 5).move(x=80)])),
        "open mesh": TriangleMesh(mesh.vertices, mesh.triangles[:-3]),
    }


def gear_parts(tmp: Path) -> dict[str, TriangleMesh]:
    right = gear_lab.reference()
    mesh = as_mesh(right)
    rim_cut = (cylinder(58, 14) - cylinder(54, 14)).move(z=-1)
    return {
        "right": mesh,
        "right, from an STL file": as_mesh(load(right.save(tmp / "gear_blank.stl"))),
        "wrong hole size (bore Ø16)": as_mesh(gear_lab.gear_blank(bore=16)),
        "missing hole": as_mesh(gear_lab.gear_blank(holes=5)),
        "wrong thickness": as_mesh(gear_lab.gear_blank(width=10)),
        "two separate bodies": as_mesh(right - rim_cut),
        "open mesh": TriangleMesh(mesh.vertices, mesh.triangles[:-2]),
    }


def fixture_parts(tmp: Path) -> dict[str, TriangleMesh]:
    right = fixture_lab.reference()
    mesh = as_mesh(right)
    return {
        "right": mesh,
        "right, from an STL file": as_mesh(load(right.save(tmp / "fixture_block.stl"))),
        "wrong hole size (round pin's Ø10.5)": as_mesh(fixture_lab.fixture_block(round_pin=10.5)),
        "missing hole": as_mesh(right + cylinder(8.4, 20).move(x=100, y=30)),
        "wrong thickness": as_mesh(fixture_lab.fixture_block(thickness=16)),
        "two separate bodies": as_mesh(right - box(2, 62, 22).move(x=59, y=-1, z=-1)),
        "open mesh": TriangleMesh(mesh.vertices, mesh.triangles[:-2]),
    }


MODULES = {"inf-07-bracket (the bracket)": (bracket_lab, bracket_parts),
           "inf-09-gear-blank (the gear blank)": (gear_lab, gear_parts),
           "inf-col-fixture (the fixture block)": (fixture_lab, fixture_parts)}


def timed(fn, repeat: int) -> tuple[float, float, float]:
    """Median wall, worst wall and median CPU seconds of ``fn`` over ``repeat`` runs (after one warm-up)."""
    fn()
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), max(walls), statistics.median(cpus)


def each_check(mesh: TriangleMesh, reference: TriangleMesh, lab) -> dict[str, callable]:
    sections, walls = list(lab.SECTIONS), list(lab.WALLS)
    found = solidity(mesh)
    if not found.closed:
        return {"closed solid": lambda: solidity(mesh)}
    solid = found.solid
    ref_solid = solidity(reference).solid
    return {
        "closed solid": lambda: solidity(mesh),
        "box, volume, pieces, genus": lambda: part_check.measure(solid, ()),
        f"holes of {len(sections)} section(s)": lambda: [part_check.cut(solid, s) for s in sections],
        f"thinnest wall of {len(walls)} cut(s)": lambda: [part_check.thinnest_wall(part_check.section_of(solid, w))
                                                       for w in walls],
        f"printable ({len(sections) + len(walls) + 14} cuts)": lambda: part_check._printable(solid, (*sections, *walls),
                                                                                            0.8),
        "overlap (IoU)": lambda: part_check._overlap(solid, ref_solid, 0.95),
    }


def site_size(names: list[str]) -> dict[str, float]:
    sizes = {}
    for name in names:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            continue
        folder = Path(spec.origin).parent if spec.submodule_search_locations else Path(spec.origin)
        paths = [folder] if folder.is_file() else list(folder.rglob("*"))
        sizes[name] = sum(p.stat().st_size for p in paths if p.is_file()) / 1e6
    return sizes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    load_start = os.getloadavg()[0]
    lines = ["# curriculum.cad and check_part", "",
             f"Python {platform.python_version()}, {os.cpu_count()} cores, median of {args.repeat} runs after a "
             f"warm-up; 1-minute load average {load_start:.1f} at the start.", ""]
    worst_whole = 0.0
    for title, (lab, make_parts) in MODULES.items():
        with tempfile.TemporaryDirectory() as tmp:
            meshes = make_parts(Path(tmp))
        reference, opts = meshes["right"], options(lab)
        start = time.perf_counter()
        part_check._REFERENCES.clear()
        decide_part(reference, reference, [], opts)
        first = time.perf_counter() - start
        lines += [f"## {title}: the whole check, as the grader decides it", "",
                  f"The first decision of an assignment also measures the reference: {first * 1000:.0f} ms.", "",
                  "| part | result | wall median ms | wall worst ms | CPU median ms |", "|---|---|---:|---:|---:|"]
        for name, mesh in meshes.items():
            result = decide_part(mesh, reference, [], opts)
            median, worst, cpu = timed(lambda m=mesh: decide_part(m, reference, [], opts), args.repeat)  # noqa: B023
            worst_whole = max(worst_whole, median)
            lines.append(f"| {name} | {result.code}, score {result.score:.2f} | {median * 1000:.1f} | "
                         f"{worst * 1000:.1f} | {cpu * 1000:.1f} |")
        lines += ["", f"### {title}: each check on its own (the right part, then the wrong thickness)", "",
                  "| check | right: median ms | wrong thickness: median ms |", "|---|---:|---:|"]
        right_checks = each_check(meshes["right"], reference, lab)
        thick_checks = each_check(meshes["wrong thickness"], reference, lab)
        for name in right_checks:
            a = timed(right_checks[name], args.repeat)[0]
            b = timed(thick_checks[name], args.repeat)[0]
            lines.append(f"| {name} | {a * 1000:.2f} | {b * 1000:.2f} |")
        lines.append("")
    verdict = "under" if worst_whole < 0.5 else "OVER"
    lines += [f"Slowest median of a whole check: {worst_whole * 1000:.0f} ms, {verdict} the 0.5 s target.", ""]
    sizes = site_size(["manifold3d", "anywidget", "psygnal", "trimesh", "lib3mf"])
    viewer = ROOT / "curriculum" / "cad" / "static" / "viewer.js"
    raw = viewer.read_bytes()
    lines += ["## Install size added", "", "| package | MB in site-packages |", "|---|---:|"]
    lines += [f"| {name} | {size:.1f} |" for name, size in sizes.items()]
    lines += [f"| **total** | **{sum(sizes.values()):.1f}** |", "",
              f"The viewer's front end (three.js bundled): {len(raw) / 1000:.0f} KB, {len(gzip.compress(raw)) / 1000:.0f} KB "
              "gzipped, sent once per notebook.", "",
              f"1-minute load average at the end: {os.getloadavg()[0]:.1f}."]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
