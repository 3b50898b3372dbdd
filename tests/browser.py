"""Debian's Chromium for the browser tests: where it is, how it starts headless, and skipping (or failing in CI)
without it; and what the tests do in JupyterLab through its application object (open a notebook, Run All, wait for
its kernel). Playwright drives the browser; the tests never download one.

The session's one Chromium and one JupyterLab are fixtures in ``conftest.py`` (``chromium``, ``lab_server``):
every browser test opens its own context or page in them. The benchmark ``benchmarks/browser_latency.py`` uses the
same helpers.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from curriculum.paths import REPO_ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = REPO_ROOT / "build" / "screenshots"
VIEWPORT = {"width": 1280, "height": 1000}
AXE = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
SEVERE = ("serious", "critical")


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def require_browser() -> None:
    """Skip (locally) or fail (CI) when the browser or Playwright is missing."""
    problems = []
    if not CHROMIUM.exists():
        problems.append(f"{CHROMIUM} is missing: install Debian's Chromium with "
                        "`apt-get install -y --no-install-recommends chromium fonts-dejavu-core` "
                        "(`make setup` does it when run as root)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problems.append("Playwright for Python is missing: `pip install -e '.[test]'` (never `playwright install`)")
    if problems:
        message = "; ".join(problems)
        if _in_ci():
            pytest.fail(f"the browser test must run in CI: {message}", pytrace=False)
        pytest.skip(message)


def require_axe() -> None:
    """Skip (locally) or fail (CI) when axe-core (npm, ``make setup``) is missing."""
    if AXE.exists():
        return
    message = f"{AXE.relative_to(REPO_ROOT)} is missing: `make setup` installs axe-core with npm"
    if _in_ci():
        pytest.fail(f"the accessibility test must run in CI: {message}", pytrace=False)
    pytest.skip(message)


def axe_available() -> bool:
    """Whether axe-core is there to check a page with; in CI it must be (the test fails without it)."""
    if not AXE.exists() and _in_ci():
        require_axe()
    return AXE.exists()


OURS_IN_LAB = [".jp-Notebook .jp-MarkdownOutput", ".jp-Notebook .jp-OutputArea-output"]
"""Our part of a notebook in JupyterLab: the rendered text and the outputs of the cells (labs, readouts, plots)."""


def launch(playwright, home: Path):
    """A headless Chromium whose profile and caches live under ``home``."""
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache")}
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS, env=env)


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def copy_into(server, folder: Path) -> None:
    """Copy a folder of the repository (a module, a released assignment) into the folder ``server`` serves."""
    shutil.copytree(REPO_ROOT / folder, server.root / folder, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", ".hypothesis"))


# The notebook panel of ``path`` once its kernel is idle; then Run All, awaited in the page.
RUN_ALL_JS = """
async ([path, timeoutMs]) => {
  const sleep = ms => new Promise(r => setTimeout(r, ms));
  const deadline = Date.now() + timeoutMs;
  const app = window.jupyterapp;
  await app.started;
  await app.restored;
  let panel = null;
  while (!panel) {
    for (const w of app.shell.widgets('main')) {
      if (w.context && w.context.path === path && w.content && w.sessionContext) { panel = w; }
    }
    if (!panel) {
      if (Date.now() > deadline) throw new Error('the notebook never opened: ' + path);
      await sleep(100);
    }
  }
  app.shell.activateById(panel.id);
  await panel.context.ready;
  await panel.sessionContext.ready;
  while (!(panel.sessionContext.session && panel.sessionContext.session.kernel
           && panel.sessionContext.session.kernel.status === 'idle')) {
    if (Date.now() > deadline) throw new Error('the kernel never became idle: ' + panel.sessionContext.kernelDisplayStatus);
    await sleep(100);
  }
  const started = Date.now();
  const timer = sleep(Math.max(deadline - Date.now(), 1000)).then(() => 'timeout');
  const ok = await Promise.race([app.commands.execute('notebook:run-all-cells'), timer]);
  const cells = panel.content.widgets.filter(c => c.model.type === 'code');
  return {ok: ok, seconds: (Date.now() - started) / 1000,
          kernel: panel.sessionContext.session.kernel.name,
          counts: cells.map(c => c.model.executionCount)};
}
"""

KERNEL_STATUS_JS = """
() => {
  const w = window.jupyterapp.shell.currentWidget;
  const kernel = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;
  return kernel ? kernel.status : 'none';
}
"""


def open_notebook(page, server, path: str, *, run: bool = True, timeout_ms: int = 180_000) -> dict | None:
    """Open ``path`` (relative to the served folder) in a fresh workspace; with ``run``, Run All and return how it
    went (``ok``: True when every cell ran, ``seconds``, ``counts``: the execution counts of the code cells)."""
    page.goto(server.lab_url(path))
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", state="attached")
    return page.evaluate(RUN_ALL_JS, [path, timeout_ms]) if run else None


# Run All as soon as JupyterLab has started in the page and the notebook's kernel is idle, without anyone waiting:
# an init script of the page (its top frame), so it starts with the page's own scripts; ``window.__runAll`` holds
# the promise of how it went (RUN_ALL_JS's answer, or its error).
START_RUN_JS = """
([path, timeoutMs]) => {
  if (window.top !== window) return;
  const deadline = Date.now() + timeoutMs;
  const run = (async () => {
    while (!window.jupyterapp) {
      if (Date.now() > deadline) throw new Error('JupyterLab never started in the page: ' + path);
      await new Promise(r => setTimeout(r, 100));
    }
    return await (%s)([path, deadline - Date.now()]);
  })();
  run.catch(() => {});
  window.__runAll = run;
}
""" % RUN_ALL_JS.strip()


def start_notebook(page, server, path: str, *, timeout_ms: int = 180_000) -> None:
    """Open ``path`` as :func:`open_notebook` does and have the page Run All by itself once the kernel is idle; the
    call returns at once (the page loads JupyterLab, starts the kernel and runs the cells while the caller does
    something else). :func:`await_run` waits for the result."""
    page.add_init_script(f"({START_RUN_JS})({json.dumps([path, timeout_ms])})")
    page.goto(server.lab_url(path), wait_until="commit")


def await_run(page) -> dict:
    """How the Run All that :func:`start_notebook` started went (as :func:`open_notebook` answers), once it is over;
    a failure raises the page's error (the notebook never opened, the kernel never became idle)."""
    page.wait_for_selector(".jp-NotebookPanel .jp-Cell", state="attached")
    return page.evaluate("() => window.__runAll")


AXE_JS = """
async ([include]) => {
  const context = include ? {include: include.map(s => [s])} : document;
  const result = await axe.run(context, {resultTypes: ['violations']});
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                      nodes: v.nodes.slice(0, 5).map(n => n.target.join(' '))}));
}
"""


def axe_violations(page, include: list[str] | None = None) -> list[dict]:
    """What axe-core finds on the page (or only inside the elements ``include`` selects)."""
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(AXE_JS, [include])


def severe(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in SEVERE]
