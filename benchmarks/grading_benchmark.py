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
"""

from __future__ import annotations

import argparse
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


def make_class(root: Path, assignment: str, size: int) -> Path:
    root.mkdir(parents=True)
    shutil.copy2(REPO_ROOT / CONFIG_FILE, root / CONFIG_FILE)
    shutil.copytree(REPO_ROOT / "source" / assignment, root / "source" / assignment)
    course = Course(root)
    step = course.generate_release(assignment)
    if not step.ok:
        raise RuntimeError(step.log)
    spec = find_spec(assignment)
    source = nbformat.read(root / "source" / assignment / spec.notebook, as_version=4)
    release = nbformat.read(root / "release" / assignment / spec.notebook, as_version=4)
    for i in range(size):
        folder = root / "submitted" / f"s{i:03d}" / assignment
        folder.mkdir(parents=True)
        nbformat.write(build_submission(KINDS[i % len(KINDS)], source, release, spec), folder / spec.notebook)
    return root


def timed(cmd: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=cwd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assignment", default="math-08-gears")
    parser.add_argument("--sizes", type=int, nargs="+", default=[60])
    parser.add_argument("--serial-sizes", type=int, nargs="*", default=[60], help="sizes to also grade with plain nbgrader")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
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
            print(f"{size}: serial nbgrader {serial and f'{serial:.1f} s'}, curriculum grade {ours:.1f} s "
                  f"({graded} graded, same grades as serial: {same})", flush=True)
    lines = [f"Assignment `{args.assignment}`, {args.workers} workers, on this machine "
             f"({__import__('os').cpu_count()} cores).", "",
             "| submissions | `nbgrader autograde` (serial) | `curriculum grade` (autograde + feedback + CSV) | speed-up "
             "| per submission | graded by `curriculum grade` | same grades as serial |",
             "|---|---|---|---|---|---|---|"]
    for size, serial, ours, graded, same in rows:
        lines.append(f"| {size} | {f'{serial:.1f} s' if serial else '-'} | {ours:.1f} s | "
                     f"{f'{serial / ours:.1f}x' if serial else '-'} | {ours / size:.2f} s | {graded} | {same} |")
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
