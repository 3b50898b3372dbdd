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


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    """The README's main job, run once into a temporary folder."""
    from curriculum.demo import run_demo

    return run_demo(tmp_path_factory.mktemp("demo") / "course", say=lambda _line: None)


@pytest.fixture(scope="session")
def variant_course(tmp_path_factory):
    """The variants test assignment (tests/variant_course) in a course of its own, released once per session."""
    from .variant_class import make_variant_course

    return make_variant_course(tmp_path_factory.mktemp("variant-course") / "course")


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory, variant_course):
    """One JupyterLab per session (loopback, offline); the folder it serves is a course, so Formgrader works on it."""
    import shutil

    from .headless_lab import HeadlessLab

    tmp = tmp_path_factory.mktemp("jupyterlab")
    shutil.copytree(variant_course.root, tmp / "root")
    with HeadlessLab(tmp) as server:
        yield server
