"""Every lesson in a real browser: headless JupyterLab on loopback, Debian's Chromium driven by Playwright.

For each lesson of each module (as its ``module.yml`` lists them, found when the tests are collected) the test opens a
copy of the lesson, runs all cells, finds every lab (a ``.lab-readout`` and the widgets beside it),
moves a control with the keyboard (a slider and arrow keys; a text box or a
drop-down when a lab has no slider) and asserts the readout changed and the plot (the lab's
``img.lab-plot``) shows a new PNG that the browser has decoded; presses Check on
design labs and asserts the ✓/✗ feedback; asserts that no cell shows an error; and has axe-core check the
lesson's text and labs (no serious or critical violation: every control named, plots with a text
alternative, contrast).  A screenshot of
each lesson goes to ``build/screenshots/<module>.png`` (the test artifacts, not in git).

Chromium is Debian's ``/usr/bin/chromium`` (``make setup`` installs it when run as root); the
test never downloads a browser.  Without it the test is skipped locally and fails under CI.  The
browser and the JupyterLab server are the session's (``chromium`` and ``lab_server`` in
``conftest.py``), shared with the other browser tests.  While one lesson's labs are driven, the next lesson loads
in a page of its own and runs on its own kernel (``LessonsAhead``): the two overlap their waiting.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from curriculum.metadata import load_module_meta
from curriculum.paths import REPO_ROOT, module_dirs

from .browser import (KERNEL_STATUS_JS, OURS_IN_LAB, SCREENSHOTS, VIEWPORT, await_run, axe_available,
                      axe_violations, copy_into, open_notebook, severe, start_notebook)

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LESSONS = [p.relative_to(REPO_ROOT) for m in module_dirs() for p in load_module_meta(m / "module.yml").lesson_paths]


def _lesson_id(lesson: Path) -> str:
    """``math-08-gears`` for a module's only ``lesson.ipynb``, else ``math-08-gears-lesson-2`` (test ids, screenshots)."""
    return lesson.parent.name if lesson.name == "lesson.ipynb" else f"{lesson.parent.name}-{lesson.stem}"


RUN_TIMEOUT_MS = 180_000  # Run All on a cold kernel takes 2-5 s; a busy 2-core CI box gets a wide margin
WAIT_MS = 60_000          # widgets appearing, a readout changing
ERROR_OUTPUTS = ('.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]',
                 '.jp-RenderedText[data-mime-type="application/vnd.jupyter.error"]')


@pytest.fixture(scope="module")
def browser(chromium, lab_server):
    """A browser context of the session's Chromium for this file's tests (the session's JupyterLab serves them)."""
    context = chromium.new_context(viewport=VIEWPORT, locale="en-US")
    try:
        yield context
    finally:
        context.close()


class LessonsAhead:
    """Lesson pages opened ahead in the test file's browser context: while one lesson's labs are driven (mostly
    waiting for the kernel and the page), the next lesson loads JupyterLab in a page of its own, starts its own
    kernel and runs all its cells. Each lesson's test then takes its page, awaits the Run All and asserts everything
    on it as before; its kernel is shut down when it is done (the next lesson's kernel keeps running)."""

    def __init__(self, context, server):
        self.context, self.server = context, server
        self.pending: dict[Path, tuple] = {}
        self.copied: set[Path] = set()

    def _open(self, lesson: Path) -> tuple:
        if lesson.parent not in self.copied:  # once: the module's other lesson may be open from that folder
            copy_into(self.server, lesson.parent)
            self.copied.add(lesson.parent)
        page = self.context.new_page()
        page.set_default_timeout(WAIT_MS)
        console_errors: list[str] = []
        page.on("pageerror", lambda exc: console_errors.append(str(exc)))
        start_notebook(page, self.server, lesson.as_posix(), timeout_ms=RUN_TIMEOUT_MS)
        return page, console_errors

    def take(self, lesson: Path) -> tuple:
        """The lesson's page (opened ahead, or now) and the list its page errors go to."""
        return self.pending.pop(lesson, None) or self._open(lesson)

    def ahead(self, lesson: Path) -> None:
        """Start opening ``lesson``; if that fails, its own test opens it again and fails there, not this one."""
        if lesson not in self.pending:
            try:
                self.pending[lesson] = self._open(lesson)
            except Exception:  # noqa: BLE001 - the next test opens it and fails with its own message
                pass

    def done(self, lesson: Path, page) -> None:
        page.close()
        self.server.shutdown_kernel_of(lesson.as_posix())

    def close(self) -> None:
        for lesson, (page, _errors) in list(self.pending.items()):
            self.done(lesson, page)
        self.pending.clear()


@pytest.fixture(scope="module")
def lessons(browser, lab_server):
    ahead = LessonsAhead(browser, lab_server)
    try:
        yield ahead
    finally:
        ahead.close()


def _next_lesson(request) -> Path | None:
    """The lesson of the test that runs right after this one, if that is a lesson's test too."""
    items = request.session.items
    at = items.index(request.node) + 1
    if at < len(items) and getattr(items[at], "originalname", None) == request.node.originalname:
        return items[at].callspec.params["lesson"]
    return None


def _text(locator) -> str:
    return re.sub(r"\s+", " ", locator.inner_text()).strip()


def _changed(readout, before: str, timeout: float = 10.0) -> bool:
    """Whether the readout's visible text differs from ``before`` within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if _text(readout) != before:
            return True
        time.sleep(0.1)
    return False


def _settle(page, readouts, quiet: float = 1.0, timeout: float = 90.0) -> None:
    """Wait until the kernel is idle and every readout has kept its text for ``quiet`` seconds.

    Arrow keys queue several updates; pressing Check (or taking the screenshot) before the kernel
    has caught up would judge, or show, a state the next update replaces.
    """
    deadline = time.monotonic() + timeout
    last, since = None, time.monotonic()
    while True:
        state = (page.evaluate(KERNEL_STATUS_JS), [_text(readouts.nth(i)) for i in range(readouts.count())])
        now = time.monotonic()
        if state != last:
            last, since = state, now
        elif state[0] == "idle" and now - since >= quiet:
            return
        if now > deadline:
            raise AssertionError(f"the lab never settled (kernel {state[0]}) within {timeout:.0f} s")
        time.sleep(0.1)


PLOT_JS = """
img => ({src: img.getAttribute('src') || '', complete: img.complete, width: img.naturalWidth,
         height: img.naturalHeight, shown: img.getBoundingClientRect().width})
"""


def _plot(box) -> dict:
    """What the lab's plot shows: the ``Image`` widget's blob URL and the decoded PNG's size."""
    plot = box.locator("img.lab-plot")
    assert plot.count() == 1, f"the lab has {plot.count()} plot images (img.lab-plot), not one"
    return plot.first.evaluate(PLOT_JS)


def _plot_changed(box, before: dict, timeout: float = 10.0) -> dict:
    """The plot once its PNG differs from ``before`` and is decoded; fails after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        now = _plot(box)
        if now["src"] != before["src"] and now["complete"] and now["width"] > 0:
            return now
        if time.monotonic() > deadline:
            raise AssertionError(f"the plot did not change after moving a control: {before} -> {now}")
        time.sleep(0.1)


NOTEBOOK_STATE_JS = """
(box) => {
  const notebook = window.jupyterapp.shell.currentWidget.content;
  const shown = [...notebook.node.querySelectorAll('.jp-Cell')].filter(c => c.offsetParent !== null).length;
  return {shown, labsCellActive: notebook.activeCell.node.contains(box)};
}
"""


def _move_a_control(page, box, readout) -> str:
    """Move a control of the lab in ``box`` the way a student would; return what was moved.

    The keys that move a control are the control's: the notebook around it stays as it was (the lab's cell stays
    the active one, no heading is folded by JupyterLab's command-mode arrow keys)."""
    shown = page.evaluate(NOTEBOOK_STATE_JS, box.element_handle())["shown"]
    moved = _move(page, box, readout)
    after = page.evaluate(NOTEBOOK_STATE_JS, box.element_handle())
    assert after == {"shown": shown, "labsCellActive": True}, f"{moved} also moved or folded the notebook's cells"
    return moved


def _move(page, box, readout) -> str:
    before = _text(readout)
    assert before, "the readout is empty"
    handles = box.locator("input[type='range']")
    for i in range(handles.count()):
        handle = handles.nth(i)
        handle.scroll_into_view_if_needed()
        handle.focus()  # as Tab brings a keyboard user to it
        for _ in range(5):
            page.keyboard.press("ArrowRight")
        if _changed(readout, before):
            return f"slider {i + 1}: ArrowRight x5"
        for _ in range(10):  # a slider at its maximum: the other way
            page.keyboard.press("ArrowLeft")
        if _changed(readout, before):
            return f"slider {i + 1}: ArrowLeft x10"
    texts = box.locator("[class*='lab-control-'] input[type='text'], [class*='lab-control-'] textarea")
    for i in range(texts.count()):
        field = texts.nth(i)
        field.scroll_into_view_if_needed()
        field.click()
        field.press("End")
        field.press("Backspace")
        if _changed(readout, before):
            return f"text box {i + 1}: Backspace"
    selects = box.locator("[class*='lab-control-'] select")
    for i in range(selects.count()):
        select = selects.nth(i)
        current = select.input_value()
        other = [v for v in select.locator("option").evaluate_all("os => os.map(o => o.value)") if v != current]
        if other:
            select.select_option(other[0])
            if _changed(readout, before):
                return f"drop-down {i + 1}: {other[0]}"
    vertices = box.locator(".polygon-editor .pe-handle")
    if vertices.count():  # a polygon to drag and nothing else that changes what the lab shows (a design task)
        return _move_a_vertex(page, vertices, readout)
    cells = box.locator(".paint-grid-cell")
    if cells.count():  # a grid to paint and nothing else that changes what the lab shows (a clean test frame)
        return _paint_a_cell(page, cells, readout)
    controls = box.locator("[class*='lab-control-']").count()
    raise AssertionError(f"no control changed the readout (controls found: {controls}, "
                         f"slider handles: {handles.count()}); readout stayed {before[:200]!r}")


def _move_a_vertex(page, vertices, readout) -> str:
    """Move a vertex of a polygon editor (curriculum.labs.polygon_editor) with the keyboard: Tab reaches it, the
    arrow keys move it one step each; the lab's readout follows."""
    before = _text(readout)
    vertex = vertices.nth(vertices.count() // 2)
    vertex.scroll_into_view_if_needed()
    vertex.focus()
    for key in ("ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight"):
        for _ in range(3):
            page.keyboard.press(key)
        if _changed(readout, before):
            return f"polygon: vertex {vertices.count() // 2 + 1} of {vertices.count()}, {key} x3"
    raise AssertionError(f"the arrow keys on a vertex of the polygon did not change the readout {before[:200]!r}")


def _drag_a_vertex(page, vertices, readout) -> str:
    """Drag a vertex of a polygon editor with the mouse, as a student does; the lab's readout follows."""
    before = _text(readout)
    vertex = vertices.nth(vertices.count() // 2).locator("circle")  # the handle's dot, not its letter beside it
    vertex.scroll_into_view_if_needed()
    box = vertex.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x, y - 20, steps=4)
    page.mouse.up()
    assert _changed(readout, before), "dragging a vertex of the polygon did not change the readout"
    return f"polygon: dragged vertex {vertices.count() // 2 + 1} of {vertices.count()} 20 px up"


def _paint_a_cell(page, cells, readout) -> str:
    """Press the middle cell of a painted grid with the mouse, then the next one with the keyboard (arrow, Space):
    each paints or clears a cell, and the lab's readout follows."""
    middle = cells.nth(cells.count() // 2)
    was = middle.get_attribute("aria-pressed")
    before = _text(readout)
    middle.scroll_into_view_if_needed()
    middle.click()
    assert _changed(readout, before), "pressing a cell of the grid did not change the readout"
    page.wait_for_function("([cell, was]) => cell.getAttribute('aria-pressed') !== was", arg=[middle.element_handle(), was])
    before = _text(readout)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Space")
    assert _changed(readout, before), "Space on the next cell of the grid did not change the readout"
    return f"grid: pressed cell {cells.count() // 2 + 1} of {cells.count()}, then ArrowRight and Space"


def _error_outputs(page) -> list[str]:
    found = []
    for selector in ERROR_OUTPUTS:
        outputs = page.locator(f".jp-Notebook {selector}")
        for i in range(outputs.count()):
            text = outputs.nth(i).inner_text()
            if "error" in selector or "Traceback" in text:
                found.append(text[-1500:])
    widget_errors = page.locator(".jp-Notebook").get_by_text(re.compile(r"Error displaying widget|Failed to render"))
    found += [widget_errors.nth(i).inner_text() for i in range(widget_errors.count())]
    return found


def test_there_are_lessons():
    assert LESSONS, "no module lists a lesson"


@pytest.mark.parametrize("lesson", LESSONS, ids=[_lesson_id(p) for p in LESSONS])
def test_lesson_runs_and_its_labs_respond_in_the_browser(lesson, lab_server, lessons, request):
    from playwright.sync_api import expect

    module = _lesson_id(lesson)
    page, console_errors = lessons.take(lesson)
    following = _next_lesson(request)
    if following is not None:  # it loads and runs while this lesson's labs are driven
        lessons.ahead(following)
    timings: dict[str, float] = {}
    t0 = time.monotonic()
    try:
        run = await_run(page)
        timings["run all"] = run["seconds"]
        errors = _error_outputs(page)
        assert run["ok"] is True, f"Run All did not finish cleanly ({run['ok']}): {errors or console_errors}"
        assert all(count is not None for count in run["counts"]), f"cells left unexecuted: {run['counts']}"
        assert not errors, "error output in the lesson:\n" + "\n---\n".join(errors)

        readouts = page.locator(".jp-Notebook .lab-readout")
        expect(readouts.first).to_be_visible()
        expect(readouts.first).not_to_have_text("")
        labs = readouts.count()
        _settle(page, readouts)
        timings["widgets"] = time.monotonic() - t0
        moved, checked = [], []
        for i in range(labs):
            readout = readouts.nth(i)
            box = readout.locator("xpath=..")  # the lab's VBox: controls, readout, plot (or 3D view), task
            viewer = box.locator(".cad-viewer")
            if viewer.count():  # a 3D lab: the part in the viewer changes instead of a plot
                drawn = _wait_view(viewer.first, lambda s: s["renders"] > 0)
                moved.append(_move_a_control(page, box, readout))
                _settle(page, readouts)
                _wait_view(viewer.first, lambda s: s["renders"] > drawn["renders"])
                checked += _press_check(box)
                continue
            plot = _plot(box)
            assert plot["src"].startswith("blob:") and plot["width"] > 0 and plot["shown"] > 0, f"no plot: {plot}"
            moved.append(_move_a_control(page, box, readout))
            _settle(page, readouts)
            after = _plot_changed(box, plot)
            assert (after["width"], after["height"]) == (plot["width"], plot["height"]), "the plot changed size"
            play = box.locator(".lab-slider-play")
            if play.count():  # an animation: Play moves the picture by itself until Pause
                play.first.click()
                _plot_changed(box, _plot_changed(box, after))
                play.first.click()
                expect(play.first).to_have_attribute("aria-pressed", "false")
                _settle(page, readouts)
                moved.append("Play, Pause")
            vertices = box.locator(".polygon-editor .pe-handle")
            if vertices.count() and not moved[-1].startswith("polygon"):  # a polygon to drag: a vertex moves
                moved.append(_drag_a_vertex(page, vertices, readout))
                _settle(page, readouts)
                _plot_changed(box, after)
            cells = box.locator(".paint-grid-cell")
            if cells.count():  # a grid the student paints (curriculum.labs.paint_grid): a press paints a cell
                moved.append(_paint_a_cell(page, cells, readout))
                _settle(page, readouts)
                _plot_changed(box, after)
            checked += _press_check(box)
        _settle(page, readouts)
        feedbacks = page.locator(".jp-Notebook .lab-feedback")
        for i in range(feedbacks.count()):  # no late update has wiped the verdict
            expect(feedbacks.nth(i)).to_contain_text(re.compile("[✓✗]"))
        timings["labs driven"] = time.monotonic() - t0

        errors = _error_outputs(page)
        assert not errors, "error output after moving the controls:\n" + "\n---\n".join(errors)
        if axe_available():  # the lesson's text and its labs, as the student left them: accessible
            found = axe_violations(page, OURS_IN_LAB)
            timings["axe"] = time.monotonic() - t0
            assert not severe(found), f"accessibility of the lesson's text and labs: {severe(found)}"
        last = readouts.nth(labs - 1).locator("xpath=..")
        last.scroll_into_view_if_needed()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{module}.png"))
        timings["total"] = time.monotonic() - t0
        print(f"\n{module}: {labs} lab(s); moved {moved}; checked {checked}; "
              + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()))
    except BaseException:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        try:
            page.screenshot(path=str(SCREENSHOTS / f"{module}-FAILED.png"))
        except Exception:
            pass
        print(f"page errors: {console_errors}\nserver log:\n{lab_server.log_tail()}")
        raise
    finally:
        lessons.done(lesson, page)


def _press_check(box) -> list[str]:
    """Press the lab's Check button, if it has one (a design task, under a plot or a 3D view), and read the verdict."""
    from playwright.sync_api import expect

    check = box.locator(".lab-check")
    if not check.count():
        return []
    feedback = box.locator(".lab-feedback")
    check.first.scroll_into_view_if_needed()
    check.first.click()
    expect(feedback.first).to_contain_text(re.compile("[✓✗]"))
    return [_text(feedback.first)[:120]]


# -- 3D parts: the curriculum.cad viewer, offline -------------------------------------------------

CAD_PARTS = {
    # name -> code that leaves `part` (and maybe `target`) defined; each is shown with `Viewer(part, target=...)`
    "bracket": "from curriculum.cad import box, circle, cylinder, extrude, rounded_rectangle\n"
               "base = extrude(rounded_rectangle(60, 30, radius=5, center=False)"
               " - circle(5).move(x=10, y=15) - circle(5).move(x=50, y=15), 4)\n"
               "part = base + box(60, 4, 30).move(y=26) - cylinder(6, 10).rotate(x=90).move(x=30, y=35, z=20)\n"
               "target = part - cylinder(8, 10).move(x=30, y=15, z=-1)",
    "ring": "from curriculum.cad import rectangle, revolve\n"
            "part = revolve(rectangle(6, 8, center=False).move(x=10))\ntarget = None",
    "pin plate": "from curriculum.cad import box, circular_pattern, cylinder\n"
                 "part = cylinder(50, 5) + circular_pattern(cylinder(6, 12).move(x=18), 6)\ntarget = None",
    "gear blank": "from curriculum.labs import gear_blank\n"
                  "part = gear_blank.reference()\ntarget = gear_blank.gear(2, 40, 12).move(x=99)",
    "fixture block": "from curriculum.labs import fixture\n"
                     "part = fixture.reference()\ntarget = fixture.pins() + fixture.bracket().move(z=4)",
}

# every request the page makes to anything but this machine's loopback is aborted and recorded
def _block_the_network(page) -> list[str]:
    from urllib.parse import urlsplit

    blocked: list[str] = []

    def handle(route):
        host = urlsplit(route.request.url).hostname or ""
        if route.request.url.startswith(("blob:", "data:")) or host in ("127.0.0.1", "localhost", "::1"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", handle)
    return blocked


VIEW_JS = "el => ({renders: Number(el.dataset.renders || 0), view: el.dataset.view || ''})"


def _wait_view(viewer, predicate, timeout: float = 20.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        state = viewer.evaluate(VIEW_JS)
        if predicate(state):
            return state
        if time.monotonic() > deadline:
            raise AssertionError(f"the 3D view did not change as expected: {state}")
        time.sleep(0.1)


def _painted(canvas, timeout: float = 20.0) -> bytes:
    """A screenshot of the canvas once it shows a picture (a canvas just scrolled into view may not be painted yet)."""
    import io

    from PIL import Image

    deadline = time.monotonic() + timeout
    while True:
        shot = canvas.screenshot()
        colours = Image.open(io.BytesIO(shot)).convert("RGB").getcolors(maxcolors=4096)
        if colours is None or len(colours) > 50:
            return shot
        if time.monotonic() > deadline:
            raise AssertionError(f"the 3D view stayed blank ({len(colours)} colours)")
        time.sleep(0.2)


def test_cad_viewer_turns_each_part_with_no_network(lab_server, browser):
    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    cells = [new_code_cell("import curriculum\ncurriculum.setup(lang='kk')\nfrom curriculum.cad.viewer import Viewer")]
    for code in CAD_PARTS.values():
        cells.append(new_code_cell(code + "\nViewer(part, target=target, height=360)"))
    folder = lab_server.root / "cad"
    folder.mkdir(exist_ok=True)
    nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                            "language": "python"}})
    nbformat.write(nb, folder / "viewer.ipynb")
    page = browser.new_page()
    page.set_default_timeout(WAIT_MS)
    blocked = _block_the_network(page)
    console_errors: list[str] = []
    page.on("pageerror", lambda exc: console_errors.append(str(exc)))
    try:
        run = open_notebook(page, lab_server, "cad/viewer.ipynb", timeout_ms=RUN_TIMEOUT_MS)
        errors = _error_outputs(page)
        assert run["ok"] is True and not errors, f"Run All: {run}, errors: {errors or console_errors}"
        viewers = page.locator(".jp-Notebook .cad-viewer")
        deadline = time.monotonic() + WAIT_MS / 1000
        while viewers.count() < len(CAD_PARTS) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert viewers.count() == len(CAD_PARTS), f"{viewers.count()} viewers shown, not {len(CAD_PARTS)}"
        assert not page.locator(".cad-no-webgl").count(), "the browser has no WebGL: " + page.locator(".cad-no-webgl").first.inner_text()
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        turned = []
        for i, name in enumerate(CAD_PARTS):
            viewer = viewers.nth(i)
            viewer.scroll_into_view_if_needed()
            canvas = viewer.locator("canvas.cad-canvas")
            start = _wait_view(viewer, lambda s: s["renders"] > 0)
            before = _painted(canvas)
            box = canvas.bounding_box()
            cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
            page.mouse.move(cx, cy)
            page.mouse.down()
            for step in range(1, 11):  # a student's drag to the right: the view turns about the vertical axis
                page.mouse.move(cx + 16 * step, cy + 3 * step)
            page.mouse.up()
            after_turn = _wait_view(viewer, lambda s: s["view"].split(",")[0] != start["view"].split(",")[0])
            page.mouse.move(cx, cy)
            page.mouse.wheel(0, -400)  # zoom in
            zoomed = _wait_view(viewer, lambda s: s["view"].split(",")[2] != after_turn["view"].split(",")[2])
            assert float(zoomed["view"].split(",")[2]) < float(after_turn["view"].split(",")[2])
            after = _painted(canvas)
            assert after != before, f"{name}: the picture did not change when the part was turned"
            legend = viewer.locator(".cad-legend").inner_text()
            assert "Сіздің бөлшегіңіз" in legend  # the course language (kk) in the viewer
            # a picture for a screen reader too, named in the course language with the part's size
            assert canvas.get_attribute("role") == "img"
            assert re.search(r"Сіздің бөлшегіңіз.*\d+ × \d+ × \d+ мм", canvas.get_attribute("aria-label") or "")
            (SCREENSHOTS / f"cad-{name.replace(' ', '-')}.png").write_bytes(after)
            turned.append(f"{name}: {start['view']} -> {zoomed['view']}")
        page.screenshot(path=str(SCREENSHOTS / "cad-viewer.png"))
        assert not blocked, f"the page asked the network for {blocked[:5]}"
        print("\ncad viewer:", "; ".join(turned))
    except BaseException:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        try:
            page.screenshot(path=str(SCREENSHOTS / "cad-viewer-FAILED.png"))
        except Exception:
            pass
        print(f"page errors: {console_errors}\nblocked: {blocked}\nserver log:\n{lab_server.log_tail()}")
        raise


def test_a_students_own_copy_shows_and_computes_their_numbers_in_jupyterlab(lab_server, browser):
    """A copy made for one student (as nbgrader's fetch makes it): JupyterLab shows the task texts with the student's
    numbers (no extension), and the kernel, told the notebook's file by the server, draws the same numbers."""
    import nbformat
    from nbformat.v4 import new_code_cell

    from curriculum.variants.text import render

    from .variant_class import ASSIGNMENT, NOTEBOOK, VariantClass

    course = VariantClass(lab_server.root)
    student = "aigerim"
    mine = course.deck.for_student(student).values
    assert mine != course.deck.example.values
    nb = course.solved(course.copy_for(student))
    nb.cells.append(new_code_cell("print(f'drawn: belt={belt} speed={speed} target={target}')"))
    folder = lab_server.root / "students" / student / ASSIGNMENT
    folder.mkdir(parents=True)
    nbformat.write(nb, folder / NOTEBOOK)
    path = f"students/{student}/{ASSIGNMENT}/{NOTEBOOK}"
    page = browser.new_page()
    page.set_default_timeout(WAIT_MS)
    try:
        run = open_notebook(page, lab_server, path, timeout_ms=RUN_TIMEOUT_MS)
        assert run["ok"] is True and not _error_outputs(page), _error_outputs(page)
        shown = page.locator(".jp-Notebook .jp-MarkdownOutput").all_inner_texts()
        assert any(render("is {belt} m long and moves at {speed} m/s", mine, "en") in text for text in shown), shown
        outputs = "\n".join(page.locator(".jp-Notebook .jp-OutputArea-output").all_inner_texts())
        assert f"drawn: belt={mine['belt']} speed={mine['speed']} target={mine['target']}" in outputs
        assert "example numbers" not in outputs
    finally:
        page.close()
        lab_server.shutdown_kernels()
