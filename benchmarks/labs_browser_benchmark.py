"""Benchmark of the labs as a student feels them: from a key press on a control to the new picture on screen.

Every lesson (``<subject>/<module>/lesson*.ipynb``) is opened in JupyterLab (a headless server on loopback, as the
browser test starts it) in Debian's Chromium driven by Playwright, and run. For each lab on the page (a
``.lab-readout`` and the widgets beside it), a slider is focused and moved one step with the arrow keys, one press at
a time, as a student does; a lab whose only control is a text box (the VIN lab) gets a character deleted and typed
back. Each press is timed in the page, on the browser's own clock (``performance.now()``):

- *key*: the ``keydown`` event;
- *sent*: the widget's ``comm_msg`` leaving for the kernel (``kernel.anyMessage``);
- *back*: the kernel's message with the new picture (a binary buffer: the PNG, or the part's mesh) arriving;
- *shown*: the new picture in the page (the plot's ``img`` gets its new ``src``; the 3D viewer counts a render);
- *decoded*: ``img.decode()`` resolved (the PNG decoded; a 3D render has nothing to decode);
- *painted*: the first frame after that (``requestAnimationFrame``, then a task: the frame has been painted).

The latency is *key* to *painted*; a press whose picture did not change (the same PNG: nothing is sent) is timed to
the readout's new text instead, and counted apart. The kernel finishing the update (its ``idle`` status for the
message) ends each press before the next starts: presses never queue. A few presses per lab are warm-up.

Beside it, the kernel-side figure of ``benchmarks/labs_benchmark.py`` for the same lab and the same kind of move (one
slider step at a time): ``lab.set(...)`` timed in this process (for a 3D lab, the same call: model, part, mesh).

The machine's 1-minute load average is recorded per lab: on a shared machine, wall times grow with the load.

    .venv/bin/python benchmarks/labs_browser_benchmark.py [--presses 40] [--out benchmarks/results/labs-browser.md]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("MPLBACKEND", "Agg")

import labs_benchmark  # noqa: E402

import curriculum  # noqa: E402
from curriculum.paths import SUBJECTS  # noqa: E402
from tests.browser import CHROMIUM, VIEWPORT, copy_into, launch, open_notebook  # noqa: E402
from tests.headless_lab import HeadlessLab  # noqa: E402

AIM_MS = 100.0
WARMUP = 3
PRESSES_PER_CONTROL = 5

# Installed once per page: timestamps of every press, from the page's own clock.
PROBE_JS = """
() => {
  if (window.__lat) return true;
  const app = window.jupyterapp;
  const panel = app.shell.currentWidget;
  const kernel = panel.sessionContext.session.kernel;
  const L = window.__lat = {rec: null};
  const now = () => performance.now();
  const painted = (key) => {  // the first frame after now, once painted
    const r = L.rec;
    requestAnimationFrame(() => setTimeout(() => { if (r && r[key] == null) r[key] = now(); }, 0));
  };
  kernel.anyMessage.connect((_, args) => {
    const r = L.rec;
    if (!r) return;
    const m = args.msg, t = now();
    if (args.direction === 'send') {
      if (m.header.msg_type === 'comm_msg') {
        r.ids.push(m.header.msg_id);
        r.idle = null;
        if (r.sent == null) r.sent = t;
      }
      return;
    }
    const parent = m.parent_header && m.parent_header.msg_id;
    if (!parent || !r.ids.includes(parent)) return;
    if (m.header.msg_type === 'comm_msg' && m.buffers && m.buffers.length && r.back == null) r.back = t;
    if (m.header.msg_type === 'status' && m.content.execution_state === 'idle' && parent === r.ids[r.ids.length - 1]) {
      r.idle = t;
    }
  });
  document.addEventListener('keydown', () => { if (L.rec && L.rec.key == null) L.rec.key = now(); }, true);
  document.addEventListener('mouseup', () => { if (L.rec) L.rec.up = now(); }, true);
  const observer = new MutationObserver(records => {
    const r = L.rec;
    if (!r) return;
    for (const rec of records) {
      const el = rec.target.nodeType === 1 ? rec.target : rec.target.parentElement;
      if (!el || !r.box.contains(el)) continue;
      const picture = (el.matches('img.lab-plot') && rec.attributeName === 'src')
        || (el.matches('.cad-viewer') && rec.attributeName === 'data-renders');
      if (picture) {
        const t = now(), first = r.shown == null;
        r.shownLast = t; r.pictures += 1;
        if (first) r.shown = t;
        const decoded = el.matches('img') ? el.decode().catch(() => null) : Promise.resolve();
        decoded.then(() => {
          if (first) { r.decoded = now(); painted('painted'); }
          requestAnimationFrame(() => setTimeout(() => { if (r.shownLast === t) r.paintedLast = now(); }, 0));
        });
      } else if (el.closest('.lab-readout') && r.readout == null) {
        r.readout = now(); painted('readoutPainted');
      }
    }
  });
  observer.observe(document.querySelector('.jp-Notebook'), {subtree: true, attributes: true,
    attributeFilter: ['src', 'data-renders'], childList: true, characterData: true});
  return true;
}
"""

ARM_JS = """
(box) => { window.__lat.rec = {box, ids: [], key: null, sent: null, back: null, idle: null, shown: null,
                                decoded: null, painted: null, readout: null, readoutPainted: null, up: null,
                                shownLast: null, paintedLast: null, pictures: 0}; }
"""

# A drag is done when the kernel has been idle after the last value sent and the last picture is painted.
DRAG_DONE_JS = """
(quietMs) => {
  const r = window.__lat.rec;
  if (!r || r.idle == null || performance.now() - r.idle < quietMs) return false;
  return r.shownLast == null || (r.paintedLast != null && r.paintedLast >= r.shownLast);
}
"""

# Done: the kernel is idle after the last message sent, and the picture (if one came back) is painted.
DONE_JS = """
(quietMs) => {
  const r = window.__lat.rec;
  if (!r || r.idle == null) return false;
  if (r.back != null) return r.painted != null;
  return performance.now() - r.idle > quietMs && (r.readout == null || r.readoutPainted != null);
}
"""

TAKE_JS = "() => { const r = window.__lat.rec; window.__lat.rec = null; const {box, ...rest} = r; return rest; }"

CONTROL_JS = """
el => el.matches('input[type=range]')
  ? {value: Number(el.value), min: Number(el.min), max: Number(el.max)}
  : {value: Number(el.getAttribute('aria-valuenow')), min: Number(el.getAttribute('aria-valuemin')),
     max: Number(el.getAttribute('aria-valuemax'))}
"""

LABS_JS = """
() => Array.from(document.querySelectorAll('.jp-Notebook .lab-readout')).map(readout => {
  const box = readout.parentElement;
  const named = Array.from(box.classList).find(c => c.startsWith('lab-') && c !== 'lab-readout' && c !== 'lab');
  return named ? named.slice(4) : '';
})
"""


def lessons() -> list[Path]:
    return sorted(p.relative_to(ROOT) for subject in SUBJECTS for p in (ROOT / subject).glob("*/lesson*.ipynb"))


def _percentile(data: list[float], q: float) -> float:
    return labs_benchmark._percentile(data, q)


def _press(page, box, key: str, timeout: float = 30.0) -> dict:
    page.evaluate(ARM_JS, box.element_handle())
    page.keyboard.press(key)
    page.wait_for_function(DONE_JS, arg=150, timeout=timeout * 1000, polling=5)
    return page.evaluate(TAKE_JS)


def _settle(page, quiet: float = 0.5, timeout: float = 60.0) -> None:
    """Wait until the kernel has been idle for ``quiet`` seconds (the lab's first picture, earlier presses)."""
    from tests.browser import KERNEL_STATUS_JS

    deadline, since = time.monotonic() + timeout, None
    while time.monotonic() < deadline:
        if page.evaluate(KERNEL_STATUS_JS) == "idle":
            since = since or time.monotonic()
            if time.monotonic() - since >= quiet:
                return
        else:
            since = None
        time.sleep(0.05)


def drive_lab(page, box, presses: int) -> list[dict]:
    """Press keys on the lab's controls, one press at a time, and return each press's timestamps."""
    records: list[dict] = []
    sliders = box.locator("input[type=range], .noUi-handle")
    texts = box.locator("[class*='lab-control-'] input[type='text']")
    if sliders.count():
        turn = 0
        while len(records) < presses + WARMUP:
            handle = sliders.nth(turn % sliders.count())
            turn += 1
            handle.scroll_into_view_if_needed()
            handle.focus()
            state = handle.evaluate(CONTROL_JS)
            key = "ArrowLeft" if state["value"] >= state["max"] else "ArrowRight"
            for _ in range(PRESSES_PER_CONTROL):
                state = handle.evaluate(CONTROL_JS)
                if key == "ArrowRight" and state["value"] >= state["max"]:
                    key = "ArrowLeft"
                elif key == "ArrowLeft" and state["value"] <= state["min"]:
                    key = "ArrowRight"
                records.append(_press(page, box, key))
    elif texts.count():
        field = texts.first
        field.scroll_into_view_if_needed()
        field.click()
        field.press("End")
        while len(records) < presses + WARMUP:
            last = field.input_value()[-1:]
            records.append(_press(page, box, "Backspace"))
            records.append(_press(page, box, last))
    else:
        raise RuntimeError("the lab has no slider or text box to press keys on")
    return records[WARMUP:WARMUP + presses]


def drag(page, box, steps: int = 24, interval_ms: int = 16, timeout: float = 60.0) -> dict | None:
    """A quick drag of the lab's first slider: mouse down on its thumb, ``steps`` moves ``interval_ms`` apart (a
    60 Hz mouse) over 200 pixels, mouse up. Returns how many values went to the kernel and how many pictures were
    shown, and the time from the mouse going up to the last picture painted (the picture catching up)."""
    slider = box.locator("input[type=range], .noUi-handle").first
    if not slider.count():
        return None
    slider.scroll_into_view_if_needed()
    _settle(page)
    rect = slider.bounding_box()
    state = slider.evaluate(CONTROL_JS)
    share = (state["value"] - state["min"]) / ((state["max"] - state["min"]) or 1)
    if slider.evaluate("e => e.tagName") == "INPUT":  # the thumb (16 px wide) where the value puts it
        x = rect["x"] + 8 + share * (rect["width"] - 16)
        track = rect["width"]
    else:  # noUiSlider's handle is an element of its own
        x = rect["x"] + rect["width"] / 2
        track = slider.evaluate("e => e.closest('.noUi-target').getBoundingClientRect().width")
    y = rect["y"] + rect["height"] / 2
    distance = min(200.0, 0.8 * track) * (-1 if share > 0.5 else 1)
    page.evaluate(ARM_JS, box.element_handle())
    page.mouse.move(x, y)
    page.mouse.down()
    t0 = time.perf_counter()
    for step in range(1, steps + 1):
        page.mouse.move(x + distance * step / steps, y)
        page.wait_for_timeout(interval_ms)
    page.mouse.up()
    dragged = (time.perf_counter() - t0) * 1000
    page.wait_for_function(DRAG_DONE_JS, arg=150, timeout=timeout * 1000, polling=5)
    r = page.evaluate(TAKE_JS)
    # the last picture may be painted before the mouse goes up (the kernel kept up with the hand): no wait at all
    catch_up = max(0.0, r["paintedLast"] - r["up"]) if r["paintedLast"] is not None and r["up"] is not None else None
    return {"sent": len(r["ids"]), "pictures": r["pictures"], "drag_ms": dragged, "catch_up": catch_up}


def summarize(records: list[dict]) -> dict:
    pictures = [r for r in records if r["back"] is not None and r["painted"] is not None]
    texts = [r for r in records if r["back"] is None and r["readoutPainted"] is not None]
    total = [r["painted"] - r["key"] for r in pictures]

    def median(pairs: list[tuple[str, str]]) -> dict:
        out = {}
        for a, b in pairs:
            values = [r[b] - r[a] for r in pictures if r[a] is not None and r[b] is not None]
            out[f"{a}-{b}"] = statistics.median(values) if values else None
        return out

    return {"presses": len(records), "pictures": len(pictures), "texts": len(texts),
            "p50": statistics.median(total) if total else None, "p95": _percentile(total, 95) if total else None,
            "worst": max(total) if total else None,
            "text_p50": statistics.median([r["readoutPainted"] - r["key"] for r in texts]) if texts else None,
            **median([("key", "sent"), ("sent", "back"), ("back", "shown"), ("shown", "decoded"),
                      ("decoded", "painted")])}


def kernel_side(name: str, presses: int) -> dict:
    """``labs_benchmark``'s kernel-side figure for one slider step at a time (for a 3D lab: ``lab.set`` timed alike)."""
    module = importlib.import_module(f"curriculum.labs.{name}")
    if not getattr(module, "VIEW_3D", False):
        return labs_benchmark.time_lab(name, max(presses // 3, 10), labs_benchmark.steps_for)
    lab = module.make_lab()
    lab.build()
    walls, cpus = [], []
    for control in lab.controls:
        for i, value in enumerate(labs_benchmark.steps_for(control, WARMUP + max(presses // 3, 10))):
            c0, t0 = time.process_time(), time.perf_counter()
            lab.set(**{control.name: value})
            if i >= WARMUP:
                walls.append((time.perf_counter() - t0) * 1000)
                cpus.append((time.process_time() - c0) * 1000)
    return {"median": statistics.median(walls), "p95": _percentile(walls, 95), "worst": max(walls),
            "cpu_median": statistics.median(cpus), "updates": len(walls)}


def picture_bytes(page, box) -> str:
    """The size of what one update sends: the PNG's pixels and bytes, or the 3D part's triangles."""
    img = box.locator("img.lab-plot")
    if img.count() and img.first.is_visible():
        info = img.first.evaluate("""async img => { const b = await (await fetch(img.src)).blob();
                                      return [img.naturalWidth, img.naturalHeight, b.size]; }""")
        return f"PNG {info[0]}x{info[1]}, {info[2] / 1024:.0f} kB"
    return "3D mesh"


def measure(presses: int, only: list[str] | None, say) -> list[dict]:
    from playwright.sync_api import sync_playwright

    rows = []
    with tempfile.TemporaryDirectory(prefix="labs-browser-") as tmp, HeadlessLab(Path(tmp) / "lab") as server, \
            sync_playwright() as pw:
        browser = launch(pw, Path(tmp) / "chromium-home")
        context = browser.new_context(viewport=VIEWPORT, locale="en-US")
        for lesson in lessons():
            module = lesson.parent.name
            if only and module not in only:
                continue
            if lesson.name != "lesson.ipynb":  # a module with several lessons: lesson-1, lesson-2, ...
                module = f"{module}-{lesson.stem}"
            copy_into(server, lesson.parent)
            page = context.new_page()
            page.set_default_timeout(120_000)
            try:
                run = open_notebook(page, server, lesson.as_posix())
                if run["ok"] is not True:
                    raise RuntimeError(f"{lesson}: Run All did not finish: {run}")
                page.wait_for_selector(".jp-Notebook .lab-readout")
                _settle(page)
                page.evaluate(PROBE_JS)
                names = page.evaluate(LABS_JS)
                for index, name in enumerate(names):
                    box = page.locator(".jp-Notebook .lab-readout").nth(index).locator("xpath=..")
                    _settle(page)
                    load = os.getloadavg()[0]
                    records = drive_lab(page, box, presses)
                    row = {"lesson": module, "index": index + 1, "lab": name, **summarize(records),
                           "size": picture_bytes(page, box), "load": (load, os.getloadavg()[0]),
                           "drag": drag(page, box)}
                    rows.append(row)
                    say(f"{module} lab {index + 1} ({name}): p50 {_ms(row['p50'])} ms, p95 {_ms(row['p95'])} ms "
                        f"over {row['pictures']} pictures, text only p50 {_ms(row['text_p50'])} ms over "
                        f"{row['texts']}; load {row['load'][0]:.1f}-{row['load'][1]:.1f}")
            finally:
                page.close()
                server.shutdown_kernels()
        context.close()
        browser.close()
    curriculum.setup("en")
    for row in rows:
        if row["lab"]:
            row["kernel"] = kernel_side(row["lab"], presses)
    return rows


def _ms(value: float | None, digits: int = 0) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def report(rows: list[dict], presses: int, load: tuple[float, float], versions: dict[str, str],
           before: dict | None = None) -> str:
    lines = [
        "# Labs in the browser: key press to new picture",
        "",
        "`python benchmarks/labs_browser_benchmark.py`: every lesson opened and run in JupyterLab "
        f"{versions['jupyterlab']} (headless server on loopback) in Debian's Chromium {versions['chromium']} "
        "driven by Playwright; on each lab a slider focused and moved one step per arrow key, one press at a time "
        f"({presses} timed presses per lab after {WARMUP} warm-up presses, {PRESSES_PER_CONTROL} on each slider in "
        "turn; the VIN lab: a character deleted and typed back). Timed in the page on the browser's clock, from the "
        "`keydown` event to the first frame painted after the new PNG is decoded (the 3D viewer: after it renders "
        "the new part). Presses whose picture did not change (the same PNG is not sent again) are timed to the "
        "readout's new text and counted apart. The kernel column is `labs_benchmark.py`'s figure for the same lab "
        f"and the same move (one slider step), in this process. Python {platform.python_version()}, ipywidgets "
        f"{versions['ipywidgets']}, {os.cpu_count()} CPU cores.",
        "",
        f"**Machine load**: 1-minute load average {load[0]:.1f} at the start and {load[1]:.1f} at the end (per lab in "
        "the last column); the machine is shared with other engineers' work, so the wall times grow with the load.",
        "",
        "| lesson | lab | presses: picture / text only | key → painted p50 ms | p95 ms | worst ms "
        "| text only p50 ms | kernel-side p50 ms | p95 ms | CPU p50 ms | what one update sends | load |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        k = r.get("kernel") or {}
        lines.append(
            f"| `{r['lesson']}` | {r['index']}: `{r['lab']}` | {r['pictures']} / {r['texts']} | {_ms(r['p50'])} | "
            f"{_ms(r['p95'])} | {_ms(r['worst'])} | {_ms(r['text_p50'])} | {_ms(k.get('median'), 1)} | "
            f"{_ms(k.get('p95'), 1)} | {_ms(k.get('cpu_median'), 1)} | {r['size']} | "
            f"{r['load'][0]:.1f}-{r['load'][1]:.1f} |")
    lines += [
        "",
        "## Where the time goes",
        "",
        "Medians per lab of the steps of a press whose picture changed: *key → sent* the front end (the slider's "
        "key handler, the widget model, the comm message); *sent → back* the round trip through the kernel (the "
        "websocket, the server, the kernel's update: model, readout, plot, PNG, and the messages back); *back → "
        "shown* the widget manager (reading the message, the new `src`); *shown → decoded* the PNG's decoding; "
        "*decoded → painted* the next frame.",
        "",
        "| lesson | lab | key → sent | sent → back | back → shown | shown → decoded | decoded → painted |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(f"| `{r['lesson']}` | {r['index']}: `{r['lab']}` | {_ms(r['key-sent'], 1)} | "
                     f"{_ms(r['sent-back'], 1)} | {_ms(r['back-shown'], 1)} | {_ms(r['shown-decoded'], 1)} | "
                     f"{_ms(r['decoded-painted'], 1)} |")
    lines += [
        "",
        "## A quick drag",
        "",
        "The lab's first slider dragged with the mouse over 200 pixels in 24 moves 16 ms apart (a 60 Hz mouse, about "
        "0.4 s; Playwright's own round trips stretch it on a loaded machine, the *drag ms* column): how many values went "
        "to the kernel, how many pictures the page showed, and how long after the mouse went up the last picture was "
        "painted (the picture catching up with the hand; 0 when it was painted before the mouse went up).",
        "",
        "| lesson | lab | drag ms | values sent | pictures shown | mouse up → last picture painted ms |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        d = r.get("drag")
        if d:
            lines.append(f"| `{r['lesson']}` | {r['index']}: `{r['lab']}` | {d['drag_ms']:.0f} | {d['sent']} | "
                         f"{d['pictures']} | {_ms(d['catch_up'])} |")
    if before:
        earlier = {(r["lesson"], r["index"]): r for r in before["rows"]}
        lines += [
            "",
            "## Before and after",
            "",
            f"Before: {before['what']}, measured the same way (load {before['load'][0]:.1f} at the start, "
            f"{before['load'][1]:.1f} at the end).",
            "",
            "| lesson | lab | before: p50 ms | before: p95 ms | before: shown → decoded | after: p50 ms | after: p95 ms "
            "| after: shown → decoded | drag before: values sent, catch-up ms | drag after: values sent, catch-up ms |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]

        def dragged(row: dict) -> str:
            d = row.get("drag")
            return f"{d['sent']}, {_ms(d['catch_up'])}" if d else "–"

        for r in rows:
            b = earlier.get((r["lesson"], r["index"]))
            if b:
                lines.append(f"| `{r['lesson']}` | {r['index']}: `{r['lab']}` | {_ms(b['p50'])} | {_ms(b['p95'])} | "
                             f"{_ms(b['shown-decoded'], 1)} | {_ms(r['p50'])} | {_ms(r['p95'])} | "
                             f"{_ms(r['shown-decoded'], 1)} | {dragged(b)} | {dragged(r)} |")
    met = [r for r in rows if r["p95"] is not None and r["p95"] < AIM_MS]
    lines += [
        "",
        f"## Against the aim (p95 under {AIM_MS:.0f} ms)",
        "",
        f"- {len(met)} of {len(rows)} labs have p95 under {AIM_MS:.0f} ms on this run"
        + (": missed by " + ", ".join(f"`{r['lesson']}` lab {r['index']} ({_ms(r['p95'])} ms)" for r in rows
                                       if r not in met) if len(met) < len(rows) else "") + ".",
        "",
    ]
    return "\n".join(lines)


def versions() -> dict[str, str]:
    import subprocess

    import ipywidgets
    import jupyterlab

    chromium = subprocess.run([str(CHROMIUM), "--version"], capture_output=True, text=True).stdout.split()
    return {"jupyterlab": jupyterlab.__version__, "ipywidgets": ipywidgets.__version__,
            "chromium": chromium[1] if len(chromium) > 1 else "?"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=40, help="timed key presses per lab (default 40)")
    parser.add_argument("--lessons", nargs="*", help="only these modules' lessons (default: all)")
    parser.add_argument("--out", type=Path, help="write the Markdown report here")
    parser.add_argument("--json", type=Path, help="also write the measurements as JSON here")
    parser.add_argument("--before", type=Path, help="a JSON of an earlier run (--json) to compare with")
    parser.add_argument("--before-what", default="the previous version",
                        help="what the earlier run measured, for the report")
    args = parser.parse_args(argv)
    load_start = os.getloadavg()[0]
    rows = measure(args.presses, args.lessons, lambda line: print(line, file=sys.stderr, flush=True))
    load = (load_start, os.getloadavg()[0])
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "load": load}, indent=1), encoding="utf-8")
    before = None
    if args.before:
        before = {**json.loads(args.before.read_text(encoding="utf-8")), "what": args.before_what}
    text = report(rows, args.presses, load, versions(), before)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
