"""Every notebook in git: no outputs, all three languages, and it runs; solutions pass their own tests."""

from __future__ import annotations

import nbformat
import pytest
from nbclient import NotebookClient

from curriculum.lint.languages import notebook_language_problems
from curriculum.metadata import load_module_meta
from curriculum.paths import REPO_ROOT, throwaway_copy

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
    """Run ``nb`` in a throw-away copy of its folder: what a notebook writes (a solution's exported STL) never lands
    in source/, where nbgrader would hand it to every student."""
    with throwaway_copy(path.parent) as folder:
        client = NotebookClient(nb, timeout=120, kernel_name="python3", allow_errors=True,
                                resources={"metadata": {"path": str(folder)}})
        client.execute()
    return nb


def _run_file(path):
    return _run(path, nbformat.read(path, as_version=4))


class RunsAhead:
    """The notebooks this file's tests run, executed ahead two at a time (each in a kernel of its own, from a thread
    here) in the order the tests ask for them; a test waits for its notebook and asserts on it as before (an error
    in the run is raised in that test)."""

    WORKERS = 2

    def __init__(self, paths):
        from concurrent.futures import ThreadPoolExecutor

        self.pool = ThreadPoolExecutor(max_workers=self.WORKERS, thread_name_prefix="notebook")
        self.runs = {path: self.pool.submit(_run_file, path) for path in dict.fromkeys(paths)}

    def result(self, path):
        return (self.runs.pop(path, None) or self.pool.submit(_run_file, path)).result()

    def close(self):
        self.pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(scope="module")
def executed(request):
    """The notebooks of the selected tests below that run one, started at once (see :class:`RunsAhead`)."""
    paths = []
    for item in request.session.items:
        if item.module is not request.module or not hasattr(item, "callspec"):
            continue
        params = item.callspec.params
        if item.originalname == "test_solution_notebook_passes_all_its_tests_hidden_included":
            paths += source_notebooks(params["assignment"])
        elif item.originalname == "test_lesson_runs_top_to_bottom":
            paths.append(params["path"])
    runs = RunsAhead(paths)
    try:
        yield runs
    finally:
        runs.close()


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
def test_solution_notebook_passes_all_its_tests_hidden_included(assignment, executed):
    for path in source_notebooks(assignment):
        nb = executed.result(path)
        assert _errors(nb) == []


@pytest.mark.slow
@pytest.mark.parametrize("path", LESSONS, ids=_id)
def test_lesson_runs_top_to_bottom(path, executed):
    nb = executed.result(path)
    assert _errors(nb) == []
    widgets = [o for c in nb.cells for o in c.get("outputs", [])
               if "application/vnd.jupyter.widget-view+json" in o.get("data", {})]
    assert widgets, f"{_id(path)} shows no lab"
