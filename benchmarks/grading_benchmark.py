"""Benchmark: ``curriculum grade`` beside plain serial ``nbgrader autograde`` on the same generated class.

Makes a course folder in a temporary directory with N submissions of one assignment (a mix
of correct, partly wrong and empty notebooks built by the sample-class machinery; no
endless loops or broken files, which would only measure the time limit), then times:

* ``nbgrader autograde ASSIGNMENT`` run once from the command line, serially (as a teacher would);
* ``python -m curriculum grade ASSIGNMENT --workers W`` (which also writes feedback and exports CSV).

Each in a fresh copy of the course, in the same run. A timing counts only with its results: the
table says how many submissions each gradebook holds and whether ours holds exactly the grades
serial nbgrader gave, and the benchmark fails if ours graded fewer than were handed in. Prints a
Markdown table.

    .venv/bin/python benchmarks/grading_benchmark.py --sizes 60 120 240 --serial-sizes 60 [--out ...]

``--variants`` measures instead what variants cost (``docs/variants.md``) on an assignment that has them: the
same class graded as the assignment is (every student their own numbers, each copy made for its student)
and as its *twin without variants* (the parameters cell replaced by the example's values: the same cells,
checks and self-checks, one set of numbers). For each: releasing it with an empty cache of the teacher's
reference runs (variants: one run per parameter set and the example), then ``curriculum grade`` with the
runs cached by the release, and for variants once more with the cache emptied before grading (the grader
then makes the runs itself). The machine's load average is recorded beside every timing.

    .venv/bin/python benchmarks/grading_benchmark.py --variants --assignment phys-09-braking --sizes 60 240
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

from curriculum.course import CONFIG_FILE, Course
from curriculum.gradebook import snapshot
from curriculum.paths import REPO_ROOT
from curriculum.sample_class import build_submission, find_spec

KINDS = ("correct", "correct", "partly-wrong", "correct", "empty", "partly-wrong")


def make_class(root: Path, assignment: str, size: int, *, twin: bool = False) -> Path:
    """A course with ``size`` submissions, each made from the copy its student got; ``twin``: the assignment without
    variants (see :func:`frozen_twin`)."""
    root.mkdir(parents=True)
    shutil.copy2(REPO_ROOT / CONFIG_FILE, root / CONFIG_FILE)
    shutil.copytree(REPO_ROOT / "source" / assignment, root / "source" / assignment)
    spec = find_spec(assignment)
    if twin:
        path = root / "source" / assignment / spec.notebook
        nbformat.write(frozen_twin(nbformat.read(path, as_version=4)), path)
    course = Course(root)
    step = course.generate_release(assignment)
    if not step.ok:
        raise RuntimeError(step.log)
    source = nbformat.read(root / "source" / assignment / spec.notebook, as_version=4)
    release = nbformat.read(root / "release" / assignment / spec.notebook, as_version=4)
    for i in range(size):
        student = f"s{i:03d}"
        folder = root / "submitted" / student / assignment
        folder.mkdir(parents=True)
        nbformat.write(build_submission(KINDS[i % len(KINDS)], source, release, spec, student), folder / spec.notebook)
    return root


def frozen_twin(source: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The assignment without variants: its parameters cell assigns the example's values (no deck, one reference run)."""
    from curriculum.variants.deck import build_deck, parameters_cell

    index = parameters_cell(source)
    if index is None:
        raise SystemExit("--variants needs an assignment with a parameters cell (docs/variants.md)")
    example = build_deck(source.cells[index].source, key="twin", notebook="twin").example
    source.cells[index].source = "\n".join(f"{name} = {value!r}" for name, value in example.values.items())
    return source


def load() -> float:
    return float(Path("/proc/loadavg").read_text().split()[0])


def timed_call(step) -> tuple[float, float, float]:
    """(seconds, load average before, after) of one call."""
    before, start = load(), time.perf_counter()
    step()
    return time.perf_counter() - start, before, load()


def variants_main(args: argparse.Namespace) -> None:
    from curriculum.grading.run import grade_assignment
    from curriculum.grading.trust import cache_folder

    spec = find_spec(args.assignment)
    rows = []
    with tempfile.TemporaryDirectory(prefix="variants-bench-") as tmp:
        for size in args.sizes:
            for kind in ("twin", "variants"):
                root = Path(tmp) / f"{kind}-{size}"
                release = timed_call(lambda: make_class(root, args.assignment, size, twin=kind == "twin"))
                runs = len(list(cache_folder(root).glob("*.json")))
                graded = {}
                passes = [("cached", False)] + ([("cold", True)] if kind == "variants" else [])
                for label, cold in passes:
                    copy = Path(tmp) / f"{kind}-{size}-{label}"
                    shutil.copytree(root, copy)
                    if cold:
                        shutil.rmtree(cache_folder(copy))
                    result = {}
                    seconds = timed_call(lambda: result.update(run=grade_assignment(copy, args.assignment,
                                                                                   workers=args.workers)))
                    run = result["run"]
                    graded[label] = (seconds, len(run.graded) + len(run.failed), snapshot(Course(copy).db_url))
                rows.append((size, kind, release, runs, graded))
                print(f"{size} {kind}: release {release[0]:.1f} s ({runs} reference runs), "
                      + ", ".join(f"grade {label} {g[0][0]:.1f} s" for label, g in graded.items()), flush=True)
    lines = [f"Assignment `{args.assignment}` ({spec.notebook}), {args.workers} workers, {os.cpu_count()} cores; "
             "load average (1 min) before → after each timing.", "",
             "| submissions | assignment | release (reference runs) | `curriculum grade`, runs cached by the release "
             "| per submission | `curriculum grade`, cache emptied first | graded |",
             "|---|---|---|---|---|---|---|"]
    for size, kind, release, runs, graded in rows:
        cached = graded["cached"][0]
        cold = graded.get("cold", (None,))[0]
        lines.append(f"| {size} | {'with variants' if kind == 'variants' else 'twin without variants'} | "
                     f"{release[0]:.1f} s ({runs}; load {release[1]:.1f} → {release[2]:.1f}) | "
                     f"{cached[0]:.1f} s (load {cached[1]:.1f} → {cached[2]:.1f}) | {cached[0] / size:.2f} s | "
                     + (f"{cold[0]:.1f} s (load {cold[1]:.1f} → {cold[2]:.1f})" if cold else "-")
                     + f" | {graded['cached'][1]} |")
    table = "\n".join(lines)
    print(table)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("# What variants cost\n\n`python benchmarks/grading_benchmark.py --variants --assignment "
                            f"{args.assignment} --sizes {' '.join(map(str, args.sizes))}`\n\n{table}\n", encoding="utf-8")
    short = [(size, kind) for size, kind, _r, _n, graded in rows for label, g in graded.items() if g[1] != size]
    if short:
        raise SystemExit(f"not every submission was graded: {short}")


def timed(cmd: list[str], cwd: Path) -> tuple[float, float, float]:
    """(seconds, load average before, after) of one command."""
    return timed_call(lambda: subprocess.run(cmd, cwd=cwd, check=False, stdout=subprocess.DEVNULL,
                                             stderr=subprocess.DEVNULL))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assignment", default="math-08-gears")
    parser.add_argument("--sizes", type=int, nargs="+", default=[60])
    parser.add_argument("--serial-sizes", type=int, nargs="*", default=[60], help="sizes to also grade with plain nbgrader")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--variants", action="store_true", help="what variants cost: the assignment against its twin "
                                                                 "without variants")
    args = parser.parse_args()
    if args.variants:
        variants_main(args)
        return
    bindir = Path(sys.executable).parent
    rows = []
    with tempfile.TemporaryDirectory(prefix="grading-bench-") as tmp:
        for size in args.sizes:
            base = make_class(Path(tmp) / f"class-{size}", args.assignment, size)
            serial = serial_book = None
            if size in args.serial_sizes:
                copy = Path(tmp) / f"serial-{size}"
                shutil.copytree(base, copy)
                serial = timed([str(bindir / "nbgrader"), "autograde", args.assignment], copy)
                serial_book = snapshot(Course(copy).db_url)
            copy = Path(tmp) / f"ours-{size}"
            shutil.copytree(base, copy)
            ours = timed([sys.executable, "-m", "curriculum", "grade", args.assignment, "--course", str(copy),
                          "--workers", str(args.workers)], copy)
            book = snapshot(Course(copy).db_url)
            graded = book["counts"]["submissions"]
            same = "-" if serial_book is None else "yes" if book == serial_book else "NO"
            rows.append((size, serial, ours, graded, same))
            print(f"{size}: serial nbgrader {serial and f'{serial[0]:.1f} s'}, curriculum grade {ours[0]:.1f} s "
                  f"({graded} graded, same grades as serial: {same})", flush=True)
    lines = [f"Assignment `{args.assignment}`, {args.workers} workers, on this machine "
             f"({os.cpu_count()} cores); load average (1 min) before → after each timing.", "",
             "| submissions | `nbgrader autograde` (serial) | `curriculum grade` (autograde + feedback + CSV) | speed-up "
             "| per submission | graded by `curriculum grade` | same grades as serial |",
             "|---|---|---|---|---|---|---|"]

    def cell(timing: tuple[float, float, float] | None) -> str:
        return "-" if timing is None else f"{timing[0]:.1f} s (load {timing[1]:.1f} → {timing[2]:.1f})"

    for size, serial, ours, graded, same in rows:
        lines.append(f"| {size} | {cell(serial)} | {cell(ours)} | "
                     f"{f'{serial[0] / ours[0]:.1f}x' if serial else '-'} | {ours[0] / size:.2f} s | {graded} | {same} |")
    table = "\n".join(lines)
    print(table)
    wrong = [size for size, _serial, _ours, graded, same in rows if graded != size or same == "NO"]
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("# Grading benchmark\n\n`python benchmarks/grading_benchmark.py "
                            f"--sizes {' '.join(map(str, args.sizes))} --serial-sizes "
                            f"{' '.join(map(str, args.serial_sizes))}`\n\n{table}\n", encoding="utf-8")
    if wrong:
        raise SystemExit(f"not every submission was graded as serial nbgrader grades it, at sizes {wrong}: "
                         "these timings do not count")


if __name__ == "__main__":
    main()
