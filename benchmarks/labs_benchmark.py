"""Benchmark of the labs: kernel-side time from a control change to the updated view.

Every module of ``curriculum/labs`` with a ``make_lab`` is built (ipywidgets work without a
browser or kernel) and each of its controls is moved many times with ``lab.set(name=value)``,
which runs the model and the render synchronously, as the widget's observer does in a kernel.
Matplotlib uses the non-interactive Agg backend.  Two timings per update:

* **view built**: ``lab.set`` as it is; ``plt.show()`` does nothing under Agg, so the figure
  is built and laid out but never rasterized;
* **with PNG**: ``plt.show()`` rasterizes the figure to PNG the way IPython's inline backend
  does in a real kernel (``print_figure(..., "png", bbox_inches="tight")``), so this is closer
  to what a student waits for.

The time spent inside the lab's plot ``Output`` (``with plot: ...``) is measured too, to say
whether plotting dominates.  A few warm-up updates per control are not counted.  Times exclude
sending the comm messages and the browser drawing the result.

    .venv/bin/python benchmarks/labs_benchmark.py [--repeat 30] [--out benchmarks/results/labs.md]
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import pkgutil
import platform
import statistics
import sys
import time
import warnings
from pathlib import Path

os.environ["MPLBACKEND"] = "Agg"
import matplotlib  # noqa: E402

matplotlib.use("Agg")
import ipywidgets  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

import curriculum  # noqa: E402
import curriculum.labs  # noqa: E402

WARMUP = 3

# -- instrumentation ----------------------------------------------------------------------------

_plot_time = [0.0]
_entered: list[float] = []
_enter, _exit = ipywidgets.Output.__enter__, ipywidgets.Output.__exit__


def _timed_enter(self):
    _entered.append(time.perf_counter())
    return _enter(self)


def _timed_exit(self, *exc):
    result = _exit(self, *exc)
    _plot_time[0] += time.perf_counter() - _entered.pop()
    return result


ipywidgets.Output.__enter__, ipywidgets.Output.__exit__ = _timed_enter, _timed_exit

_original_show = plt.show


def _show_as_inline_backend(*_args, **_kwargs):
    """What ``plt.show()`` costs in a kernel with the inline backend: every open figure to PNG."""
    for number in plt.get_fignums():
        fig = plt.figure(number)
        fig.canvas.print_figure(io.BytesIO(), format="png", bbox_inches="tight",
                                facecolor=fig.get_facecolor(), edgecolor=fig.get_edgecolor())


# -- the labs -----------------------------------------------------------------------------------

def discover() -> list[str]:
    """Every module of ``curriculum.labs`` that has a ``make_lab``."""
    names = []
    for info in pkgutil.iter_modules(curriculum.labs.__path__):
        module = importlib.import_module(f"curriculum.labs.{info.name}")
        if callable(getattr(module, "make_lab", None)):
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
        step = control.step or (control.max - control.min) / 20
        points = max(2, min(21, int(round((control.max - control.min) / step)) + 1))
        grid = [control.min + round(i * (control.max - control.min) / (points - 1) / step) * step
                for i in range(points)]
        grid = [min(max(v, control.min), control.max) for v in grid]
        cycle = [v for v in dict.fromkeys(grid) if v != current] + [current]
    else:  # a text box: drop, change and restore the last character, as typing does
        text = str(current)
        last = text[-1:] or "0"
        other = "0" if last != "0" else "1"
        cycle = [text[:-1], text[:-1] + other, text]
    out = []
    while len(out) < n:
        out.extend(cycle)
    return out[:n]


def time_lab(name: str, repeat: int, png: bool) -> dict:
    plt.show = _show_as_inline_backend if png else _original_show
    module = importlib.import_module(f"curriculum.labs.{name}")
    lab = module.make_lab()
    totals, cpus, plots = [], [], []
    # clear_output() outside a kernel writes terminal escapes to stdout: keep them out of the report
    with contextlib.redirect_stdout(io.StringIO()):
        lab.build()
        for control in lab.controls:
            for i, value in enumerate(values_for(control, WARMUP + repeat)):
                _plot_time[0] = 0.0
                c0, t0 = time.process_time(), time.perf_counter()
                lab.set(**{control.name: value})
                elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
                if i >= WARMUP:
                    totals.append(elapsed * 1000)
                    cpus.append(cpu * 1000)
                    plots.append(_plot_time[0] * 1000)
    plt.close("all")
    return {"lab": name, "controls": len(lab.controls), "updates": len(totals),
            "median": statistics.median(totals), "p95": _percentile(totals, 95), "worst": max(totals),
            "cpu_median": statistics.median(cpus),
            "rest_median": statistics.median(t - p for t, p in zip(totals, plots)),
            "plot_share": sum(plots) / sum(totals) if sum(totals) else 0.0}


def _percentile(data: list[float], q: float) -> float:
    ordered = sorted(data)
    return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))]


def cold_build_ms(name: str) -> float:
    """The first ``build()`` in a fresh interpreter, after importing the lab module: pyplot's import,
    the font cache and the first figure, which is what the cell that shows the lab costs."""
    import re
    import subprocess

    code = ("import time, matplotlib; matplotlib.use('Agg'); import importlib; "
            f"m = importlib.import_module('curriculum.labs.{name}'); lab = m.make_lab(); "
            "t0 = time.perf_counter(); lab.build(); print('BUILD_MS', (time.perf_counter() - t0) * 1000)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "MPLBACKEND": "Agg"})
    return float(re.search(r"BUILD_MS (\S+)", out.stdout).group(1))


# -- report -------------------------------------------------------------------------------------

def report(rows: list[tuple[dict, dict, float]], repeat: int, load: tuple[float, float]) -> str:
    lines = [
        "# Lab update benchmark",
        "",
        "`python benchmarks/labs_benchmark.py`: kernel-side time from a control change to the updated view "
        "(`lab.set(name=value)`: model, readout HTML and plot, synchronously), matplotlib Agg backend, "
        f"{repeat} updates per control after {WARMUP} warm-up updates, every lab in `curriculum/labs` with a "
        f"`make_lab` (default task). Python {platform.python_version()}, matplotlib {matplotlib.__version__}, "
        f"ipywidgets {ipywidgets.__version__}, {os.cpu_count()} CPU cores; 1-minute load average "
        f"{load[0]:.1f} at the start and {load[1]:.1f} at the end (other jobs shared the machine, so wall "
        "times are inflated; the CPU column is this process's own CPU time).",
        "",
        "- *Agg*: `plt.show()` is a no-op under Agg, so the figure is built and laid out (`tight_layout` draws "
        "it once) but never rasterized.",
        "- *with PNG*: `plt.show()` also rasterizes the figure to PNG as IPython's inline backend does in a "
        "real kernel: the closer estimate of what a student waits for.",
        "- *model + readout*: the update minus the time inside the lab's plot `Output`; *plot share*: the "
        "part of the update (with PNG) spent inside the plot `Output`.",
        "- *cold build*: the first `build()` in a fresh interpreter after importing the lab module (pyplot's "
        "import, font cache, first figure): what the cell that shows the lab costs once.",
        "",
        "| lab | controls | updates | Agg: median ms | Agg: worst ms | with PNG: median ms | p95 ms | worst ms "
        "| CPU median ms | model + readout median ms | plot share | cold build ms |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for agg, png, cold in rows:
        lines.append(
            f"| `{agg['lab']}` | {agg['controls']} | {agg['updates']} | {agg['median']:.1f} | {agg['worst']:.1f} | "
            f"{png['median']:.1f} | {png['p95']:.1f} | {png['worst']:.1f} | {png['cpu_median']:.1f} | "
            f"{png['rest_median']:.2f} | {png['plot_share']:.0%} | {cold:.0f} |")
    slowest_agg = max(agg["median"] for agg, _, _ in rows)
    slowest_png = max(png["median"] for _, png, _ in rows)
    slowest_cpu = max(png["cpu_median"] for _, png, _ in rows)
    fastest_png = min(png["median"] for _, png, _ in rows)
    worst_png = max(png["worst"] for _, png, _ in rows)
    rest = max(png["rest_median"] for _, png, _ in rows)
    share = min(png["plot_share"] for _, png, _ in rows)
    under = [png["lab"] for _, png, _ in rows if png["median"] < 50]
    lines += [
        "",
        "## Verdict",
        "",
        f"- Median with PNG per lab: {fastest_png:.0f} to {slowest_png:.0f} ms wall ({slowest_cpu:.0f} ms CPU at most); "
        f"Agg only, at most {slowest_agg:.0f} ms. Worst single update with PNG: {worst_png:.0f} ms. "
        + (f"Under the 50 ms aim with PNG: {', '.join(under)}." if under else
           "**No lab meets the 50 ms aim** once the figure is rasterized as in a kernel."),
        f"- **Plotting dominates**: at least {share:.0%} of every update is spent inside the plot `Output` "
        f"(new figure, `tight_layout`, PNG); the model and the readout take at most {rest:.2f} ms."
        if share >= 0.5 else
        f"- Plotting takes at least {share:.0%} of an update; the model and the readout at most {rest:.2f} ms.",
        "- Where the time would go down: reuse one figure per lab and update its artists (`set_data`) instead of "
        "`plt.subplots()` on every change, drop `tight_layout` per update (fixed layout), or redraw the plot only "
        "when the slider is released (`continuous_update=False`) while the readout stays live.",
        "- Not included: comm messages to the browser and the browser decoding and drawing the PNG.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="timed updates per control (default 30)")
    parser.add_argument("--out", type=Path, help="write the Markdown table here")
    args = parser.parse_args(argv)
    warnings.filterwarnings("ignore", message=".*non-interactive.*")
    curriculum.setup("en")
    rows = []
    load_start = os.getloadavg()[0]
    for name in discover():
        built = time_lab(name, args.repeat, png=False)
        png = time_lab(name, args.repeat, png=True)
        cold = cold_build_ms(name)
        rows.append((built, png, cold))
        print(f"{name:12} median {built['median']:6.1f} ms (with PNG {png['median']:6.1f}, CPU {png['cpu_median']:6.1f}), "
              f"worst {built['worst']:6.1f} ms (with PNG {png['worst']:6.1f}), plot share {png['plot_share']:.0%}",
              file=sys.stderr)
    text = report(rows, args.repeat, (load_start, os.getloadavg()[0]))
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
