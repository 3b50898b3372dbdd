"""Benchmark of curriculum.cad and check_part: the time of each check on a module's parts, and the install size.

The parts are the bracket of ``inf-07-bracket`` as the sample class hands it in (the right part,
a wrong hole size, a missing hole, a wrong thickness, two separate bodies, an open mesh), modelled
with ``curriculum.cad``, and the same right part read back from an STL file. For each part the
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
from curriculum.labs import bracket as lab  # noqa: E402

SECTIONS = list(lab.SECTIONS)
WALLS = list(lab.WALLS)
OPTIONS = {"sections": [[s.axis, s.at] for s in SECTIONS], "walls": [[s.axis, s.at] for s in WALLS], "fits": []}


def bracket(hole=4.5, t=4.0, holes=2):
    """The module's bracket (curriculum.labs.bracket) with one of the sample class's mistakes."""
    part = lab.bracket(hole=hole, thickness=t)
    if holes == 1:
        part = part + box(5, 5, 4).move(x=47.5, y=10.5)  # the second base hole filled in
    return part


def parts(tmp: Path) -> dict[str, TriangleMesh]:
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


def each_check(mesh: TriangleMesh, reference: TriangleMesh) -> dict[str, callable]:
    found = solidity(mesh)
    if not found.closed:
        return {"closed solid": lambda: solidity(mesh)}
    solid = found.solid
    ref_solid = solidity(reference).solid
    return {
        "closed solid": lambda: solidity(mesh),
        "box, volume, pieces, genus": lambda: part_check.measure(solid, ()),
        "holes of 2 sections": lambda: [part_check.cut(solid, s) for s in SECTIONS],
        "thinnest wall of 1 cut": lambda: [part_check.thinnest_wall(part_check.section_of(solid, w)) for w in WALLS],
        "printable (17 cuts)": lambda: part_check._printable(solid, (*SECTIONS, *WALLS), 0.8),
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
    with tempfile.TemporaryDirectory() as tmp:
        meshes = parts(Path(tmp))
    reference = meshes["right"]
    start = time.perf_counter()
    part_check._REFERENCES.clear()
    decide_part(reference, reference, [], OPTIONS)
    first = time.perf_counter() - start
    lines += ["## The whole check, as the grader decides it", "",
              f"The first decision of an assignment also measures the reference: {first * 1000:.0f} ms.", "",
              "| part | result | wall median ms | wall worst ms | CPU median ms |", "|---|---|---:|---:|---:|"]
    worst_whole = 0.0
    for name, mesh in meshes.items():
        result = decide_part(mesh, reference, [], OPTIONS)
        median, worst, cpu = timed(lambda m=mesh: decide_part(m, reference, [], OPTIONS), args.repeat)
        worst_whole = max(worst_whole, median)
        lines.append(f"| {name} | {result.code}, score {result.score:.2f} | {median * 1000:.1f} | {worst * 1000:.1f} | "
                     f"{cpu * 1000:.1f} |")
    verdict = "under" if worst_whole < 0.5 else "OVER"
    lines += ["", f"Slowest median: {worst_whole * 1000:.0f} ms, {verdict} the 0.5 s target.", "",
              "## Each check on its own (the right part, then the wrong thickness)", "",
              "| check | right: median ms | wrong thickness: median ms |", "|---|---:|---:|"]
    right_checks = each_check(meshes["right"], reference)
    thick_checks = each_check(meshes["wrong thickness"], reference)
    for name in right_checks:
        a = timed(right_checks[name], args.repeat)[0]
        b = timed(thick_checks[name], args.repeat)[0]
        lines.append(f"| {name} | {a * 1000:.2f} | {b * 1000:.2f} |")
    sizes = site_size(["manifold3d", "anywidget", "psygnal", "trimesh", "lib3mf"])
    viewer = ROOT / "curriculum" / "cad" / "static" / "viewer.js"
    raw = viewer.read_bytes()
    lines += ["", "## Install size added", "", "| package | MB in site-packages |", "|---|---:|"]
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
