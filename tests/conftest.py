"""Shared fixtures: the repository's modules and assignments, and one run of the demo job per session."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from curriculum.paths import REPO_ROOT, module_dirs

ASSIGNMENTS = sorted(p.name for p in (REPO_ROOT / "source").iterdir() if p.is_dir())
MODULES = module_dirs()


def grade_cells(nb: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]


def auto_points(nb: nbformat.NotebookNode) -> dict[str, float]:
    """Points of the autograded (test) cells by grade id."""
    return {c.metadata.nbgrader.grade_id: float(c.metadata.nbgrader.points)
            for c in grade_cells(nb) if not c.metadata.nbgrader.get("solution")}


def source_notebooks(assignment: str) -> list[Path]:
    return sorted((REPO_ROOT / "source" / assignment).glob("*.ipynb"))


def pytest_addoption(parser):
    parser.addoption("--demo-only", action="append", default=[], metavar="ASSIGNMENT",
                     help="the demo fixture grades only this assignment's sample class (repeatable), and the demo's "
                          "tests of other assignments are deselected: for working on one module, e.g. "
                          "--demo-only math-08-gears; CI grades every one")


def _uses_demo(item) -> bool:
    return "demo" in getattr(item, "fixturenames", ())


AFTER_THE_DEMO = {"demo", "regenerated"}
"""Fixtures that wait for the demo (``regenerated``, tests/test_release.py: the demo's releases)."""


def pytest_collection_modifyitems(config, items):
    """With ``--demo-only``, the tests of the demo's other assignments are deselected (the demo did not grade them).

    The files whose tests read the demo's course run last (each file's tests stay together, in their order), so
    the demo, started in the background once the tests are collected, grades while the other tests run."""
    only = set(config.getoption("demo_only"))
    if only:
        kept, dropped = [], []
        for item in items:
            params = getattr(item, "callspec", None)
            # a test of one assignment names it "assignment" (the sample class's tests) or "milestone" (a project's)
            assignment = (params.params.get("assignment") or params.params.get("milestone")) if params else None
            (dropped if _uses_demo(item) and assignment is not None and assignment not in only else kept).append(item)
        if dropped:
            config.hook.pytest_deselected(items=dropped)
            items[:] = kept
    demo_files = {item.path for item in items if AFTER_THE_DEMO & set(getattr(item, "fixturenames", ()))}
    items.sort(key=lambda item: item.path in demo_files)  # stable: the order within each part is kept


DEMO_JOB = pytest.StashKey["DemoJob"]()


def pytest_collection_finish(session):
    """Start the demo in a process of its own as soon as a selected test needs it (``demo`` awaits it)."""
    if session.config.option.collectonly or not any(_uses_demo(item) for item in session.items):
        return
    from .demo_job import DemoJob

    folder = session.config._tmp_path_factory.mktemp("demo")
    session.config.stash[DEMO_JOB] = DemoJob(folder, sorted(session.config.getoption("demo_only")))


def demo_release(config) -> Path | None:
    """The ``release/`` of the session's demo, once it is done, if it released every assignment (no ``--demo-only``);
    else None. The demo releases each assignment of ``source/`` with the package's config, variant settings and
    cached reference runs (:func:`curriculum.demo.prepare_course`), as :func:`curriculum.lint.release_sync.regenerate`
    does."""
    job = config.stash.get(DEMO_JOB, None)
    if job is None or config.getoption("demo_only"):
        return None
    return job.result().course_root / "release"


def pytest_sessionfinish(session):
    job = session.config.stash.get(DEMO_JOB, None)
    if job is not None:
        job.stop()


@pytest.fixture(scope="session")
def demo_assignments(request) -> list[str]:
    """The assignments the demo fixture grades: every one, or those named with ``--demo-only``."""
    return sorted(request.config.getoption("demo_only")) or ASSIGNMENTS


@pytest.fixture(scope="session")
def demo(tmp_path_factory, request):
    """The README's main job, run once into a temporary folder (over ``--demo-only`` assignments if given): started
    in the background when the tests were collected (``tests/demo_job.py``), awaited here."""
    from .demo_job import DemoJob

    job = request.config.stash.get(DEMO_JOB, None)
    if job is None:  # not started at collection (a test that asks for the demo itself)
        job = request.config.stash[DEMO_JOB] = DemoJob(tmp_path_factory.mktemp("demo"),
                                                      sorted(request.config.getoption("demo_only")))
    return job.result()


@pytest.fixture(scope="session")
def library_lint():
    """``curriculum lint`` of the repository (without the release sync: tests/test_release.py), once per session for
    the tests that each read their part of its report."""
    from curriculum.lint import lint

    return lint(REPO_ROOT, release_sync=False)


@pytest.fixture(scope="session")
def variant_course(tmp_path_factory):
    """The variants test assignment (tests/variant_course) in a course of its own, released once per session."""
    from .variant_class import make_variant_course

    return make_variant_course(tmp_path_factory.mktemp("variant-course") / "course")


# -- one browser and one JupyterLab for every browser test ----------------------------------------------------


@pytest.fixture(scope="session")
def chromium(tmp_path_factory):
    """The session's one headless Chromium (Debian's, driven by Playwright); each test opens its own context or page."""
    from .browser import launch, require_browser

    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = launch(pw, tmp_path_factory.mktemp("chromium-home"))
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory, variant_course):
    """The session's one JupyterLab (loopback, offline, everything in a temporary folder); the folder it serves is a
    course, so Formgrader works on it. Tests copy what they open into ``lab_server.root`` and shut their kernels down
    when done; a test that needs a server of its own (a class's course and a student's exchange) starts a
    :class:`~tests.headless_lab.HeadlessLab` itself."""
    import shutil

    from .headless_lab import HeadlessLab

    tmp = tmp_path_factory.mktemp("jupyterlab")
    shutil.copytree(variant_course.root, tmp / "root")
    with HeadlessLab(tmp) as server:
        yield server
