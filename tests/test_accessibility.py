"""axe-core (from npm, ``make setup``) finds no serious or critical accessibility violation in the HTML the package
makes: a lesson with its lab in JupyterLab, a released assignment and the class report.

In JupyterLab only our part of the page is checked (the rendered text of the notebook and the outputs of its cells:
labs, readouts, plots); what axe finds in JupyterLab's own interface is printed, as belonging to JupyterLab.

Known and not yet fixed (:data:`NOT_YET`): the labs' slider handles and drop-downs have no accessible name, because
ipywidgets 8 gives a slider's handle (noUiSlider) and a Dropdown's select no label or ARIA attribute to set (the
visible label beside each control is a separate HTML widget), and the lab's plot (an ipywidgets ``Image``) has no
alternative text. Those rules are reported for the labs' outputs, not asserted, until the controls and the plot are
built so that a screen reader can name them; every other rule is asserted there.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from curriculum.paths import REPO_ROOT

from .browser import launch, require_browser, screenshot
from .headless_lab import HeadlessLab

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AXE = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
LESSON = Path("physics/phys-09-braking/lesson.ipynb")
RELEASED = Path("release/phys-09-braking/braking.ipynb")
SEVERE = ("serious", "critical")
NOT_YET = {"aria-input-field-name": "the labs' slider handles (ipywidgets gives them no label)",
           "select-name": "the labs' drop-downs (ipywidgets gives them no label)",
           "image-alt": "the labs' plots (ipywidgets' Image has no alt; its tooltip stopped the plot rendering here)"}
OURS_IN_LAB = [".jp-Notebook .jp-MarkdownOutput", ".jp-Notebook .jp-OutputArea-output"]

RUN_ALL_JS = """
async (path) => {
  const app = window.jupyterapp;
  await app.started; await app.restored;
  const sleep = ms => new Promise(r => setTimeout(r, ms));
  let panel = null;
  while (!panel) {
    for (const w of app.shell.widgets('main')) { if (w.context && w.context.path === path && w.sessionContext) panel = w; }
    if (!panel) await sleep(100);
  }
  app.shell.activateById(panel.id);
  await panel.context.ready; await panel.sessionContext.ready;
  while (!(panel.sessionContext.session && panel.sessionContext.session.kernel
           && panel.sessionContext.session.kernel.status === 'idle')) { await sleep(100); }
  await app.commands.execute('notebook:run-all-cells');
}
"""

AXE_JS = """
async ([include]) => {
  const context = include ? {include: include.map(s => [s])} : document;
  const result = await axe.run(context, {resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
}
"""


def _require_axe() -> None:
    if AXE.exists():
        return
    message = f"{AXE.relative_to(REPO_ROOT)} is missing: `make setup` installs axe-core with npm"
    if os.environ.get("CI", "").lower() not in ("", "0", "false", "no"):
        pytest.fail(f"the accessibility test must run in CI: {message}", pytrace=False)
    pytest.skip(message)


def _violations(page, include: list[str] | None = None) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate(AXE_JS, [include])


def _severe(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in SEVERE]


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    require_browser()
    _require_axe()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = launch(pw, tmp_path_factory.mktemp("chromium-home"))
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory, chromium):
    server = HeadlessLab(tmp_path_factory.mktemp("a11y-lab"))
    with server:
        for path in (LESSON, RELEASED):
            shutil.copytree(REPO_ROOT / path.parent, server.root / path.parent, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
        yield server


def _open(chromium, lab: HeadlessLab, path: Path, run: bool):
    page = chromium.new_page(viewport={"width": 1280, "height": 1000})
    page.set_default_timeout(120_000)
    page.goto(lab.lab_url(path.as_posix()))
    page.wait_for_selector(".jp-NotebookPanel .jp-MarkdownOutput")
    if run:
        try:
            page.evaluate(RUN_ALL_JS, path.as_posix())
            page.wait_for_selector(".jp-Notebook .lab-readout")
            page.wait_for_selector(".jp-Notebook img.lab-plot", state="attached")
        except Exception:
            screenshot(page, f"a11y-{path.stem}-FAILED")
            raise
    return page


@pytest.mark.parametrize(("path", "run"), [(LESSON, True), (RELEASED, False)], ids=["lesson", "released-assignment"])
def test_our_part_of_a_notebook_in_jupyterlab_has_no_serious_violation(chromium, lab, path, run):
    page = _open(chromium, lab, path, run)
    try:
        ours = _violations(page, OURS_IN_LAB)
        theirs = [v for v in _violations(page) if v["id"] not in {o["id"] for o in ours}]
        screenshot(page, f"a11y-{path.stem}")
        print(f"\n{path}: JupyterLab's own interface: " + "; ".join(f"{v['id']} ({v['impact']})" for v in theirs))
        known = [v for v in ours if v["id"] in NOT_YET]
        if known:
            print(f"{path}: not yet fixed: " + "; ".join(f"{v['id']}: {NOT_YET[v['id']]}" for v in known))
        assert not _severe([v for v in ours if v["id"] not in NOT_YET]), _severe(ours)
    finally:
        page.close()
        lab.shutdown_kernels()


def test_the_class_report_has_no_serious_violation(chromium, demo, tmp_path):
    """The class report is ours alone. A feedback page is nbgrader's template around our cells: what axe finds there
    is printed (in this run: its colours, links and code boxes, and no page language), not yet asserted."""
    from curriculum.report.build import build_report

    report = build_report(demo.course_root, None, out=tmp_path / "report")
    feedback = sorted(demo.course_root.glob("feedback/*/*/*.html"))
    page = chromium.new_page(viewport={"width": 1280, "height": 1000})
    try:
        page.goto(report.html.as_uri())
        found = _violations(page)
        print(f"\n{report.html.name}: " + "; ".join(f"{v['id']} ({v['impact']})" for v in found))
        assert not _severe(found), _severe(found)
        if feedback:
            page.goto(feedback[0].as_uri())
            print(f"{feedback[0].name} (nbgrader's feedback template): "
                  + "; ".join(f"{v['id']} ({v['impact']})" for v in _violations(page)))
    finally:
        page.close()
