"""Every notebook in git: no outputs, all three languages, and it runs; solutions pass their own tests."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from curriculum.lint.languages import notebook_language_problems
from curriculum.metadata import load_module_meta
from curriculum.paths import REPO_ROOT

from .conftest import ASSIGNMENTS, MODULES, auto_points, grade_cells, source_notebooks

ALL_NOTEBOOKS = sorted(
    [p for folder in ("source", "release") for p in (REPO_ROOT / folder).rglob("*.ipynb")]
    + [p for m in MODULES for p in m.glob("*.ipynb")]
)
LESSONS = [p for m in MODULES for p in load_module_meta(m / "module.yml").lesson_paths]  # as each module.yml lists them
SOURCE_AND_LESSONS = sorted([p for p in (REPO_ROOT / "source").rglob("*.ipynb")] + LESSONS)


def _id(path):
    return path.relative_to(REPO_ROOT).as_posix()


@pytest.mark.parametrize("path", ALL_NOTEBOOKS, ids=_id)
def test_notebook_in_git_has_no_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{_id(path)}: clear the outputs"


@pytest.mark.parametrize("path", SOURCE_AND_LESSONS, ids=_id)
def test_every_text_exists_in_kazakh_russian_and_english(path):
    """Cells tagged lang-kk, lang-ru, lang-en in turn; inline texts ({"kk": ..., ...}) complete; no untagged prose."""
    assert notebook_language_problems(nbformat.read(path, as_version=4)) == [], _id(path)


def test_release_of_the_trilingual_repository_keeps_every_language():
    for path in sorted((REPO_ROOT / "release").rglob("*.ipynb")):
        assert notebook_language_problems(nbformat.read(path, as_version=4)) == [], _id(path)


PROJECTS = {a: meta for meta in (load_module_meta(m / "module.yml") for m in MODULES) if meta.is_project
            for a in meta.assignments}


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_assignment_has_six_autograded_items_and_a_written_answer(assignment):
    if assignment in PROJECTS:  # a project's milestones share the items out: six in all, a written report for each
        meta = PROJECTS[assignment]
        notebooks = [nbformat.read(p, as_version=4) for a in meta.assignments for p in source_notebooks(a)]
        assert sum(len(auto_points(nb)) for nb in notebooks) >= 6
        for nb in (nbformat.read(p, as_version=4) for p in source_notebooks(assignment)):
            written = [c for c in grade_cells(nb) if c.metadata.nbgrader.get("solution") and c.cell_type == "markdown"]
            assert len(written) == ("report" in meta.project.milestone(assignment).deliverables)
            assert bool(written) == any("### BEGIN MARK SCHEME" in c.source for c in nb.cells)
    for path in source_notebooks(assignment):
        nb = nbformat.read(path, as_version=4)
        if assignment not in PROJECTS:
            assert len(auto_points(nb)) >= 6
            written = [c for c in grade_cells(nb) if c.metadata.nbgrader.get("solution") and c.cell_type == "markdown"]
            assert len(written) == 1, "exactly one hand-graded written answer"
            assert any("### BEGIN MARK SCHEME" in c.source for c in nb.cells), "the written answer needs a rubric"
        for cell in grade_cells(nb):
            if not cell.metadata.nbgrader.get("solution"):
                assert "### BEGIN HIDDEN TESTS" in cell.source, f"{cell.metadata.nbgrader.grade_id}: hidden tests decide the grade"


def _run(path, nb):
    client = NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return nb


def _errors(nb):
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "error" or (out.output_type == "stream" and out.name == "stderr"):
                gid = cell.metadata.get("nbgrader", {}).get("grade_id", cell.get("id"))
                found.append(f"{gid}: {out.get('ename', 'stderr')}: {out.get('evalue', out.get('text', ''))[:200]}")
    return found


@pytest.mark.slow
@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_solution_notebook_passes_all_its_tests_hidden_included(assignment):
    for path in source_notebooks(assignment):
        nb = _run(path, nbformat.read(path, as_version=4))
        assert _errors(nb) == []


@pytest.mark.slow
@pytest.mark.parametrize("path", LESSONS, ids=_id)
def test_lesson_runs_top_to_bottom(path):
    nb = _run(path, nbformat.read(path, as_version=4))
    assert _errors(nb) == []
    widgets = [o for c in nb.cells for o in c.get("outputs", [])
               if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert widgets, f"{_id(path)} shows no lab"
