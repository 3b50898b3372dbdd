"""Load test of a region's hub on loopback: N students log in, start servers, fetch, run a notebook and submit.

Starts a real region (as the hub test does, with Linux accounts ``mbl-...``, a course with N students, JupyterHub with the
course's Formgrader, everything on 127.0.0.1), releases one assignment, then lets the students in, at most C at a
time, each doing what a student does at the start of a lesson:

1. log in through the login page and make a token;
2. start their server (the hub's Start button) and wait until it answers;
3. fetch the assignment from the Assignments panel;
4. save their answers and run the notebook's first code cells (the setup cell imports the package, then the first
   answers and their checks) in a kernel of their own, and keep the kernel, as a student in the lesson does;
5. submit.

Bounded: at most 60 students, every request with a timeout, and the whole run stops after ``--budget`` seconds.
Measured: the time of each step (median, 95th percentile, worst), requests that failed, and the memory (PSS, from
/proc) of each student's processes with the server idle and with the kernel, of the hub and of the proxy; what
that means for an 8-core/32 GB school server. Needs root (accounts), npm and Debian's python3-venv, as the hub test.

    sudo .venv/bin/python benchmarks/hub_load.py --students 24 --concurrency 8 --out benchmarks/results/hub.md
"""

from __future__ import annotations

import argparse
import os
import pwd
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from curriculum.sample_class import build_submission, find_spec  # noqa: E402
from tests.hub_region import running_region  # noqa: E402

TAG = "mbl"  # accounts mbl-...: never the hub test's
COURSE = "mbl-load"
MODULE = ASSIGNMENT = "inf-08-vin"
CELLS = 4  # code cells run per student: the setup cell and the first tasks
MAX_STUDENTS = 60


def pss_by_uid() -> dict[int, int]:
    """Proportional set size (bytes) of every process, summed per uid."""
    totals: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            uid = os.stat(entry.path).st_uid
            with open(os.path.join(entry.path, "smaps_rollup"), encoding="ascii") as fh:
                pss = next(int(line.split()[1]) for line in fh if line.startswith("Pss:"))
        except (OSError, StopIteration, ValueError):
            continue
        totals[uid] = totals.get(uid, 0) + pss * 1024
    return totals


def pss_of(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
                total += next(int(line.split()[1]) for line in fh if line.startswith("Pss:")) * 1024
        except (OSError, StopIteration):
            pass
    return total


def pids_matching(word: str) -> list[int]:
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                with open(os.path.join(entry.path, "cmdline"), "rb") as fh:
                    if word.encode() in fh.read():
                        found.append(int(entry.name))
            except OSError:
                pass
    return found


def student_session(region, name: str, source: nbformat.NotebookNode, spec, deadline: float) -> dict:
    timings: dict[str, float] = {}
    failures: list[str] = []

    def step(label: str, call):
        if time.monotonic() > deadline:
            raise TimeoutError("the run's time budget is spent")
        start = time.perf_counter()
        try:
            return call()
        except Exception as exc:  # noqa: BLE001 - a failed request is a measurement here
            failures.append(f"{label}: {str(exc)[:160]}")
            raise
        finally:
            timings[label] = time.perf_counter() - start

    try:
        person = step("login", lambda: region.login(name))
        step("spawn", person.start_server)
        step("fetch", lambda: person.fetch(COURSE, ASSIGNMENT))
        path = f"{COURSE}/{ASSIGNMENT}/{spec.notebook}"
        fetched = nbformat.from_dict(person.read(path)["content"])
        answered = build_submission("correct", source, fetched, spec)
        person.write_notebook(path, answered)  # the student's work, saved
        cells = [c.source for c in answered.cells if c.cell_type == "code"][:CELLS]
        ran = step("run", lambda: person.run(cells, keep=True))
        if not all(r.ok for r in ran):
            failures.append("run: " + "; ".join(r.error for r in ran if not r.ok)[:160])
        step("submit", lambda: person.submit(COURSE, ASSIGNMENT))
    except Exception:  # noqa: BLE001 - recorded above
        pass
    return {"name": name, "timings": timings, "failures": failures}


def quantiles(values: list[float]) -> str:
    if not values:
        return "-"
    values = sorted(values)
    p95 = values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]
    return f"{statistics.median(values):.2f} / {p95:.2f} / {values[-1]:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--students", type=int, default=16)
    parser.add_argument("--concurrency", type=int, default=8, help="students arriving at once")
    parser.add_argument("--budget", type=float, default=900.0, help="seconds for the whole run, at most")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    n = min(args.students, MAX_STUDENTS)
    students = [f"{TAG}-s{i:02d}" for i in range(n)]
    load_before = os.getloadavg()
    with running_region({COURSE: students}, {COURSE: [f"{TAG}-teacher"]}, {COURSE: MODULE}, {COURSE: "kk"}, tag=TAG,
                        prefix=Path("/var/tmp/myn-bala-stem-hub-bench")) as region:
        teacher = region.login(f"{TAG}-teacher")
        teacher.formgrader(COURSE, "POST", f"assignment/{ASSIGNMENT}/release")
        spec = find_spec(ASSIGNMENT)
        root = region.region.course_root(region.region.course(COURSE))
        source = nbformat.read(root / "source" / ASSIGNMENT / spec.notebook, as_version=4)
        baseline = pss_by_uid()
        deadline = time.monotonic() + args.budget
        start = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            futures = [pool.submit(student_session, region, s, source, spec, deadline) for s in students]
            sessions = [f.result() for f in as_completed(futures)]
        wall = time.perf_counter() - start
        load_during = os.getloadavg()
        pss = pss_by_uid()
        per_student = [pss.get(pwd.getpwnam(s).pw_uid, 0) - baseline.get(pwd.getpwnam(s).pw_uid, 0) for s in students]
        hub_pss = pss_of(pids_matching("jupyterhub_config.py"))
        proxy_pss = pss_of(pids_matching("configurable-http-proxy"))
        service_pss = pss.get(pwd.getpwnam(f"grader-{COURSE}").pw_uid, 0)
        submitted = len(list((region.region.exchange / COURSE / "inbound").iterdir()))
    failures = [f for s in sessions for f in s["failures"]]
    done = [s for s in sessions if "submit" in s["timings"] and not s["failures"]]
    mib = 1024 * 1024
    user_mib = statistics.median(per_student) / mib if per_student else 0.0
    lines = [
        "# Hub load test (loopback)", "",
        f"`benchmarks/hub_load.py --students {n} --concurrency {args.concurrency}`: {n} students of one course, "
        f"{args.concurrency} arriving at once; load average {load_before[0]:.1f} before, {load_during[0]:.1f} after "
        f"(2 cores shared with other work). Wall time {wall:.0f} s; {len(done)} of {n} students went through every "
        f"step; {submitted} submissions in the exchange; {len(failures)} failures (failed requests or cells that raised).", "",
        "| step | median / p95 / worst (s) |", "|---|---|",
    ]
    for label in ("login", "spawn", "fetch", "run", "submit"):
        lines.append(f"| {label} | {quantiles([s['timings'][label] for s in sessions if label in s['timings']])} |")
    lines += ["", "| memory (PSS) | MiB |", "|---|---|",
              f"| one student: server + kernel that ran the setup cell (median) | {user_mib:.0f} |",
              f"| hub | {hub_pss / mib:.0f} |", f"| proxy | {proxy_pss / mib:.0f} |",
              f"| the course's Formgrader service | {service_pss / mib:.0f} |", ""]
    if failures:
        lines += ["Failures:", ""] + [f"- {f}" for f in failures[:20]] + [""]
    if user_mib:
        fits = int((32 * 1024 - 4 * 1024 - (hub_pss + proxy_pss) / mib - 4 * service_pss / mib) // user_mib)
        lines += [
            "## What it means for an 8-core/32 GB school server", "",
            f"- Memory: with 4 GiB left to the system and four courses' Formgraders, about **{fits} students** can "
            f"have a server and a kernel at once ({user_mib:.0f} MiB each); memory, not CPU, bounds a class at rest.",
            f"- Arrival: a class arriving at once queues on the CPU. Here {args.concurrency} spawns at a time on 2 "
            f"shared cores took a median {quantiles([s['timings']['spawn'] for s in sessions if 'spawn' in s['timings']]).split(' / ')[0]} s; "
            "spawning is mostly CPU (Python start-up and imports), so 8 cores should start about four times as many "
            "per second (an estimate: only 2 shared cores were measured here).",
            "- Idle servers are stopped by the culler (`idle_minutes`), which gives their memory back between lessons.",
            "",
        ]
    text = "\n".join(lines)
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0 if len(done) == n else 1


if __name__ == "__main__":
    sys.exit(main())
