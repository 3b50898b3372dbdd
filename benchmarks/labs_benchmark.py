"""Benchmark of the labs: kernel-side time from a control change to the updated view.

Every module of ``curriculum/labs`` with a ``make_lab`` is built (ipywidgets work without a
browser or kernel) and each of its controls is moved many times with ``lab.set(name=value)``.
That is the real path of a slider drag in a kernel, synchronously: the widget's observer runs
the model, writes the readout HTML, updates the plot's artists and renders the figure with Agg
to the PNG bytes that become the ``Image`` widget's new value.  Nothing is left out or faked: the
time ends when ``lab.image.value`` holds the new PNG.

Per update the wall time and this process's CPU time are measured, and the part spent in the
plot (``lab.view.show``: artists and PNG); per lab the number of full figure draws, of renders
that only drew the dynamic artists over the cached background, and of updates whose picture did
not change.  A control's values sweep its range in about 20 steps (a quick drag end to end) and
come back; a second run moves each slider one step at a time (a slow drag, or arrow keys).  A few
warm-up updates per control are not counted.  Times exclude sending the comm
messages and the browser decoding and drawing the PNG.

The machine's 1-minute load average is recorded at the start and the end of each lab: on a
shared machine the wall times grow with the load, the CPU times much less.

    .venv/bin/python benchmarks/labs_benchmark.py [--repeat 30] [--out benchmarks/results/labs.md]
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import platform
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

os.environ["MPLBACKEND"] = "Agg"
import ipywidgets  # noqa: E402
import matplotlib  # noqa: E402

import curriculum  # noqa: E402
import curriculum.labs  # noqa: E402
from curriculum.labs import core  # noqa: E402

WARMUP = 3
AIM_MS = 50.0

# What makes a lab draw its whole figure (everything else only moves the dynamic artists).
FULL_DRAW_CAUSES = {
    "battery": "cells in series or in parallel: new voltage and loss limits (a 1-1.2-1.4-...-9 ladder)",
    "braking": "reaction time or surface: a new distance limit (ladder); the surface renames the legend",
    "gears": "teeth or module: the drawing's scale (centre distance, radii); speed and torque change nothing",
    "line_robot": "speed: the time axis spans the run (3 m / v)",
    "pid": "never in practice: the speed axis goes to 1.4 x the setpoint, above the motor's top speed",
    "robot_arm": "link lengths or weld spot: the reach ring and the view (ladder); the angles never",
    "takt": "the working time (time axis), the demand, cycle time or buffer (the graph's lines and its limit); the shift's clock never",
    "vin": "never: the characters and bars are dynamic, the 17 positions fixed",
    "hydraulic_lift": "never: the pistons, the oil, the car, the arrows and the force curve are dynamic; the axes are fixed",
    "wheel_nuts": "never: the wrench, the push, its arm and the force curve are dynamic; the axes are fixed",
    "circuit": "never: the wires, charges, loads, fuse, ammeter, bars and rating lines are dynamic; the axes are fixed",
}

# The previous view (a new pyplot figure per update, tight_layout, PNG with bbox_inches="tight" in an
# Output widget, as IPython's inline backend makes it), measured with this benchmark's predecessor at
# commit 7ec7f7f on a quiet machine (load average 0.1 at the start, 1.1 at the end), the same control
# sweeps: wall median, p95, worst, CPU median and cold build in ms.
BEFORE = {
    "battery": (120.5, 239.3, 269.3, 120.5, 323),
    "braking": (96.7, 183.8, 201.4, 96.7, 315),
    "gears": (68.1, 82.9, 184.1, 68.1, 329),
    "line_robot": (136.5, 258.3, 283.4, 136.5, 316),
    "pid": (123.5, 238.0, 312.7, 123.5, 317),
    "robot_arm": (105.6, 198.5, 238.9, 105.5, 318),
    "takt": (91.6, 107.3, 234.6, 91.6, 345),
    "vin": (92.6, 109.1, 197.5, 92.6, 334),
}


def discover() -> list[str]:
    """Every module of ``curriculum.labs`` that has a ``make_lab``."""
    names = []
    for info in pkgutil.iter_modules(curriculum.labs.__path__):
        module = importlib.import_module(f"curriculum.labs.{info.name}")
        if callable(getattr(module, "make_lab", None)) and not getattr(module, "VIEW_3D", False):  # 3D: no plot
            names.append(info.name)
    return sorted(names)


def values_for(control, n: int) -> list:
    """``n`` successive values for ``control``, each different from the one before."""
    current = control.widget.value
    if hasattr(control, "options"):
        keys = list(control.options)
        start = keys.index(current) if current in keys else 0
        cycle = keys[start + 1:] + keys[:start + 1]
    elif hasattr(control, "min") and hasattr(control, "max"):
        low, high = control.widget.min, control.widget.max  # the widget's range (a lab may narrow it)
        step = control.step or (high - low) / 20
        points = max(2, min(21, int(round((high - low) / step)) + 1))
        grid = [low + round(i * (high - low) / (points - 1) / step) * step for i in range(points)]
        grid = [min(max(v, low), high) for v in grid]
        cycle = [v for v in dict.fromkeys(grid) if v != current] + [current]
    elif isinstance(current, (list, tuple)):  # a painted grid: paint a stroke of cells one by one, then clear it
        rows, cycle = list(current), []
        width = len(rows[0])
        for cell in (*range(0, len(rows) * width, max(1, len(rows) * width // 10)),):
            r, c = divmod(cell, width)
            rows = rows[:r] + [rows[r][:c] + ".#"[rows[r][c] == "."] + rows[r][c + 1:]] + rows[r + 1:]
            cycle.append(list(rows))
        cycle += cycle[-2::-1] + [list(current)]
    else:  # a text box: drop, change and restore the last character, as typing does
        text = str(current)
        last = text[-1:] or "0"
        other = "0" if last != "0" else "1"
        cycle = [text[:-1], text[:-1] + other, text]
    out = []
    while len(out) < n:
        out.extend(cycle)
    return out[:n]


def steps_for(control, n: int) -> list:
    """``n`` successive values one slider step apart (a slow drag), turning back at the ends;
    drop-downs and text boxes change as in :func:`values_for`."""
    if not (hasattr(control, "min") and hasattr(control, "step")) or hasattr(control, "options"):
        return values_for(control, n)
    value, direction, out = control.widget.value, 1, []
    low, high = control.widget.min, control.widget.max
    while len(out) < n:
        if not low <= value + direction * control.step <= high:
            direction = -direction
        value = round(value + direction * control.step, 10)
        out.append(value)
    return out


def _percentile(data: list[float], q: float) -> float:
    ordered = sorted(data)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def time_lab(name: str, repeat: int, values=values_for) -> dict:
    module = importlib.import_module(f"curriculum.labs.{name}")
    lab = module.make_lab()
    lab.build()
    view = lab.view
    plot_time = [0.0]
    show = view.show

    def timed_show(result):
        t0 = time.perf_counter()
        try:
            return show(result)
        finally:
            plot_time[0] += time.perf_counter() - t0

    view.show = timed_show
    parts: dict[str, list[float]] = {"axes": [], "legend": [], "png": []}

    def timed(function, part):
        def wrapper(*args, **kwargs):
            t0 = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                parts[part].append((time.process_time() - t0) * 1000)
        return wrapper

    view.canvas.draw = timed(view.canvas.draw, "axes")  # the full draw: everything but the dynamic artists
    view._draw_on_blank = timed(view._draw_on_blank, "legend")  # a legend laid out anew for pasting
    encode = core.encode_png
    core.encode_png = timed(encode, "png")
    walls, cpus, plots = [], [], []
    kinds: dict[str, list[float]] = {"full": [], "blit": [], "same": []}
    order: list[str] = []  # the kind of each update, in the order of walls
    load_start = os.getloadavg()[0]
    for control in lab.controls:
        for i, value in enumerate(values(control, WARMUP + repeat)):
            plot_time[0] = 0.0
            full, renders, before = view.full_draws, view.renders, lab.image.value
            c0, t0 = time.process_time(), time.perf_counter()
            lab.set(**{control.name: value})
            wall, cpu = time.perf_counter() - t0, time.process_time() - c0
            if i < WARMUP:
                continue
            assert lab.image.value, f"{name}: no PNG in the Image widget"
            walls.append(wall * 1000)
            cpus.append(cpu * 1000)
            plots.append(plot_time[0] * 1000)
            kind = "full" if view.full_draws > full else "blit" if view.renders > renders else "same"
            kinds[kind].append(cpu * 1000)
            order.append(kind)
            if kind == "same":
                assert lab.image.value == before
    core.encode_png = encode
    return {"lab": name, "controls": len(lab.controls), "updates": len(walls),
            "median": statistics.median(walls), "p95": _percentile(walls, 95), "worst": max(walls),
            "cpu_median": statistics.median(cpus), "cpu_p95": _percentile(cpus, 95), "cpu_worst": max(cpus),
            "worst_kind": order[walls.index(max(walls))],
            "rest_median": statistics.median(w - p for w, p in zip(walls, plots)),
            "plot_share": sum(plots) / sum(walls) if sum(walls) else 0.0,
            "png_kb": len(lab.image.value) / 1024, "pixels": view.pixels,
            **{f"{part}_cpu": statistics.median(times) if times else None for part, times in parts.items()},
            **{kind: len(times) for kind, times in kinds.items()},
            **{f"{kind}_cpu": statistics.median(times) if times else None for kind, times in kinds.items()},
            "load": (load_start, os.getloadavg()[0])}


def cold_build_ms(name: str) -> float:
    """The first ``build()`` in a fresh interpreter, after importing the lab module: matplotlib's
    import, the font cache, the figure and its first PNG, which is what the cell that shows the lab costs."""
    code = ("import time, importlib; "
            f"m = importlib.import_module('curriculum.labs.{name}'); lab = m.make_lab(); "
            "t0 = time.perf_counter(); lab.build(); print('BUILD_MS', (time.perf_counter() - t0) * 1000)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "MPLBACKEND": "Agg"})
    return float(re.search(r"BUILD_MS (\S+)", out.stdout).group(1))


# -- report -------------------------------------------------------------------------------------

def _ms(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def report(rows: list[tuple[dict, float]], repeat: int, load: tuple[float, float]) -> str:
    lines = [
        "# Lab update benchmark",
        "",
        "`python benchmarks/labs_benchmark.py`: kernel-side time from a control change to the updated view: "
        "`lab.set(name=value)` runs the model, writes the readout HTML, updates the plot's artists and renders "
        "the figure with Agg to the PNG bytes that become the `Image` widget's value, synchronously, as the "
        f"widget's observer does in a kernel. {repeat} updates per control after {WARMUP} warm-up updates (each "
        "control sweeps its range in about 20 steps and comes back: a quick drag, coarser than a slow one), every "
        f"lab in `curriculum/labs` with a `make_lab` (default task). Python {platform.python_version()}, "
        f"matplotlib {matplotlib.__version__}, ipywidgets {ipywidgets.__version__}, {os.cpu_count()} CPU cores.",
        "",
        f"**Machine load**: 1-minute load average {load[0]:.1f} at the start and {load[1]:.1f} at the end "
        "(per lab in the last column). Another engineer's tests shared this 2-core machine, so the wall times "
        "are inflated when the load is high; the CPU times (this process's own) are much less affected.",
        "",
        "- *full / blit / same*: how many updates drew the whole figure (new axis limits or another static "
        "change), drew only the dynamic artists (curves, markers, texts; the legend pasted) over the cached "
        "background, or left the picture as it was (no render, nothing sent); then the CPU median of each kind.",
        "- *model + readout*: the update minus the time in the plot (artists and PNG); *plot share*: the part of "
        "the update spent in the plot.",
        "- *cold build*: the first `build()` in a fresh interpreter after importing the lab module (matplotlib's "
        "import, font cache, the figure and its first PNG): what the cell that shows the lab costs once.",
        "",
        "| lab | updates | median ms | p95 ms | worst ms | CPU median ms | CPU p95 ms | CPU worst ms "
        "| full / blit / same | CPU median ms: full / blit / same | model + readout median ms | plot share | PNG "
        "| cold build ms | load |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r, cold in rows:
        w, h = r["pixels"]
        lines.append(
            f"| `{r['lab']}` | {r['updates']} | {r['median']:.1f} | {r['p95']:.1f} | {r['worst']:.1f} | "
            f"{r['cpu_median']:.1f} | {r['cpu_p95']:.1f} | {r['cpu_worst']:.1f} | "
            f"{r['full']} / {r['blit']} / {r['same']} | "
            f"{_ms(r['full_cpu'])} / {_ms(r['blit_cpu'])} / {_ms(r['same_cpu'])} | "
            f"{r['rest_median']:.2f} | {r['plot_share']:.0%} | "
            f"{w}x{h}, {r['png_kb']:.0f} kB | {cold:.0f} | {r['load'][0]:.1f}-{r['load'][1]:.1f} |")
    lines += [
        "",
        "### A slow drag",
        "",
        f"The same, but each control moves one slider step at a time ({repeat} steps, turning back at the ends; "
        "drop-downs and text boxes change as above): what a student dragging a handle slowly, or pressing an "
        "arrow key, sends.",
        "",
        "| lab | updates | median ms | p95 ms | worst ms | CPU median ms | CPU p95 ms | CPU worst ms "
        "| full / blit / same | load |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r, _cold in rows:
        q = r["slow"]
        lines.append(
            f"| `{q['lab']}` | {q['updates']} | {q['median']:.1f} | {q['p95']:.1f} | {q['worst']:.1f} | "
            f"{q['cpu_median']:.1f} | {q['cpu_p95']:.1f} | {q['cpu_worst']:.1f} | "
            f"{q['full']} / {q['blit']} / {q['same']} | {q['load'][0]:.1f}-{q['load'][1]:.1f} |")
    lines += [
        "",
        "## Before and after",
        "",
        "Before: the previous view at commit 7ec7f7f (a new pyplot figure per update, `tight_layout`, PNG with "
        "`bbox_inches='tight'` in an `Output` widget, as IPython's inline backend makes it), measured with the "
        "previous version of this benchmark on a quiet machine (load average 0.1 to 1.1), the same control sweeps "
        "(its CPU medians equalled its wall medians). Its cold build left the PNG out (`plt.show()` did nothing "
        "under Agg); the new one includes the first render.",
        "",
        "| lab | before: median ms | before: p95 ms | before: worst ms | before: cold build ms | after: median ms "
        "| after: p95 ms | after: worst ms | after: CPU median ms | after: cold build ms | median speed-up |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r, cold in rows:
        before = BEFORE.get(r["lab"])
        if before is None:
            continue
        lines.append(f"| `{r['lab']}` | {before[0]:.1f} | {before[1]:.1f} | {before[2]:.1f} | {before[4]:.0f} | "
                     f"{r['median']:.1f} | {r['p95']:.1f} | {r['worst']:.1f} | {r['cpu_median']:.1f} | {cold:.0f} | "
                     f"{before[0] / r['median']:.0f}x |")
    lines += [
        "",
        "## Where the time goes",
        "",
        "CPU medians per lab (quick sweep) of the parts of a render: *axes* is the full draw (`canvas.draw()`: "
        "axes, ticks, tick labels, grid, static artists), *legend* laying out a legend anew on a blank canvas (its "
        "texts or its axes changed) for pasting, *PNG* the encoding (RGB, unfiltered rows, zlib level 1). A render that keeps the background "
        "costs the dynamic artists (about 0.1-0.4 ms each), the pasted legend (under 0.1 ms) and the PNG.",
        "",
        "| lab | axes ms | legend ms | PNG ms | what draws the whole figure |",
        "|---|---|---|---|---|",
    ]
    for r, _cold in rows:
        lines.append(f"| `{r['lab']}` | {_ms(r['axes_cpu'])} | {_ms(r['legend_cpu'])} | {_ms(r['png_cpu'])} | "
                     f"{FULL_DRAW_CAUSES.get(r['lab'], '')} |")
    n = len(rows)

    def names(labs: list[str]) -> str:
        return f" ({', '.join(labs)})" if 0 < len(labs) < n else ""

    median_ok = [r["lab"] for r, _ in rows if r["median"] < AIM_MS]
    p95_ok = [r["lab"] for r, _ in rows if r["p95"] < AIM_MS]
    worst_ok = [r["lab"] for r, _ in rows if r["worst"] < AIM_MS]
    cpu_worst_ok = [r["lab"] for r, _ in rows if r["cpu_worst"] < AIM_MS]
    fulls = [r["full_cpu"] for r, _ in rows if r["full_cpu"] is not None]
    blits = [r["blit_cpu"] for r, _ in rows if r["blit_cpu"] is not None]
    lines += [
        "",
        "## Measured against the 50 ms aim",
        "",
        f"- Quick sweep: median under 50 ms in {len(median_ok)} of {n} labs{names(median_ok)}; p95 under 50 ms: "
        f"{len(p95_ok)} of {n}{names(p95_ok)}; worst under 50 ms: {len(worst_ok)} of {n}{names(worst_ok)} wall, "
        f"{len(cpu_worst_ok)} of {n}{names(cpu_worst_ok)} in CPU time.",
        f"- Medians {min(r['median'] for r, _ in rows):.1f} to {max(r['median'] for r, _ in rows):.1f} ms wall, "
        f"{min(r['cpu_median'] for r, _ in rows):.1f} to {max(r['cpu_median'] for r, _ in rows):.1f} ms CPU; "
        f"worst single update {max(r['worst'] for r, _ in rows):.1f} ms wall, "
        f"{max(r['cpu_worst'] for r, _ in rows):.1f} ms CPU.",
        f"- An update that draws only the dynamic artists costs {min(blits):.1f} to {max(blits):.1f} ms CPU (median "
        f"per lab); one that draws the whole figure (the axes got new limits or tick labels) "
        f"{min(fulls):.1f} to {max(fulls):.1f} ms." if fulls and blits else "",
        f"- A slow drag (one step at a time): medians {min(r['slow']['median'] for r, _ in rows):.1f} to "
        f"{max(r['slow']['median'] for r, _ in rows):.1f} ms wall, worst "
        f"{max(r['slow']['worst'] for r, _ in rows):.1f} ms wall and "
        f"{max(r['slow']['cpu_worst'] for r, _ in rows):.1f} ms CPU; "
        f"{sum(r['slow']['full'] for r, _ in rows)} of {sum(r['slow']['updates'] for r, _ in rows)} updates drew "
        "the whole figure.",
    ]
    over = []
    for r, _cold in rows:
        for run, q in (("quick", r), ("slow", r["slow"])):
            if q["worst"] >= AIM_MS:
                kind = "" if q["worst_kind"] == "full" else ", not a full draw"
                over.append(f"`{r['lab']}` {run} {q['worst']:.0f} ms wall / {q['cpu_worst']:.0f} ms CPU{kind}")
    if over:
        lines.append(
            "- Over 50 ms at worst (wall / CPU worst of the run): " + "; ".join(over) + ". Unless marked, the slowest "
            "update drew the whole figure (the last table says what makes each lab do so); where the wall time is "
            "well above the CPU time, the update was waiting for a core of the shared machine.")
    lines += [
        "- Not measured: the comm message to the browser (the PNG is tens of kB) and the browser decoding and "
        "drawing it; `tests/test_browser.py` checks in Chromium that a moved slider brings a new, decoded PNG.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="timed updates per control (default 30)")
    parser.add_argument("--labs", nargs="*", help="only these labs (default: all)")
    parser.add_argument("--out", type=Path, help="write the Markdown table here")
    args = parser.parse_args(argv)
    curriculum.setup("en")
    rows = []
    load_start = os.getloadavg()[0]
    for name in args.labs or discover():
        timed = time_lab(name, args.repeat)
        timed["slow"] = time_lab(name, args.repeat, steps_for)
        cold = cold_build_ms(name)
        rows.append((timed, cold))
        print(f"{name:12} median {timed['median']:6.1f} ms (CPU {timed['cpu_median']:6.1f}), p95 {timed['p95']:6.1f}, "
              f"worst {timed['worst']:6.1f} ms (CPU {timed['cpu_worst']:6.1f}); full/blit/same "
              f"{timed['full']}/{timed['blit']}/{timed['same']}; cold {cold:.0f} ms; "
              f"load {timed['load'][0]:.1f}-{timed['load'][1]:.1f}", file=sys.stderr)
    text = report(rows, args.repeat, (load_start, os.getloadavg()[0]))
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
