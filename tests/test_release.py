"""``release/`` is exactly what nbgrader makes from ``source/``, and it gives nothing away.

The checks are the library's (``curriculum.lint``), so ``python -m curriculum lint`` and
these tests share one implementation.
"""

from __future__ import annotations

import nbformat
import pytest

from curriculum.lint.leaks import leak_problems
from curriculum.lint.release_sync import compare_trees, regenerate
from curriculum.paths import REPO_ROOT

from .conftest import ASSIGNMENTS, demo_release, source_notebooks


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory, request):
    """Every assignment released by nbgrader from ``source/`` in a copy of the course: the session's demo's releases
    when it made every one (it is graded in the background anyway), else releases made here."""
    release = demo_release(request.config)
    if release is not None:
        return release
    release, steps = regenerate(REPO_ROOT, tmp_path_factory.mktemp("regen") / "course")
    for step in steps.values():
        assert step.ok, step.log
    return release


@pytest.mark.slow
def test_release_is_what_nbgrader_generates_from_source(regenerated):
    assert compare_trees(REPO_ROOT / "release", regenerated) == [], "run `python -m curriculum release` and commit release/"


@pytest.mark.parametrize("folder", ["source", "release"])
def test_assignment_folders_hold_only_what_students_should_get(folder):
    stray = [p.relative_to(REPO_ROOT).as_posix() for p in (REPO_ROOT / folder).rglob("*")
             if p.is_file() and (p.suffix != ".ipynb" or any(part.startswith(".") for part in p.relative_to(REPO_ROOT).parts))]
    assert not stray, f"nbgrader would copy these into every student's folder: {stray[:5]}"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_released_notebooks_hold_no_solution_hidden_test_rubric_or_expected_answer(assignment):
    for src_path in source_notebooks(assignment):
        source = nbformat.read(src_path, as_version=4)
        released = nbformat.read(REPO_ROOT / "release" / assignment / src_path.name, as_version=4)
        assert leak_problems(source, released) == [], f"release/{assignment}/{src_path.name}"


@pytest.mark.slow
def test_a_part_a_teacher_exported_in_source_is_not_released(tmp_path):
    """Running the fixture block's solution in source/ exports fixture_block.stl beside it; the course's
    configuration keeps it (and .3mf) out of what nbgrader releases."""
    import shutil

    from curriculum.course import CONFIG_FILE, Course
    from curriculum.grading.trust import cache_folder

    assignment = "inf-col-fixture-2"
    shutil.copy2(REPO_ROOT / CONFIG_FILE, tmp_path / CONFIG_FILE)
    shutil.copytree(REPO_ROOT / "source" / assignment, tmp_path / "source" / assignment)
    if cache_folder(REPO_ROOT).is_dir():
        shutil.copytree(cache_folder(REPO_ROOT), cache_folder(tmp_path))
    for name in ("fixture_block.stl", "fixture_block.3mf"):
        (tmp_path / "source" / assignment / name).write_text("solid block", encoding="utf-8")
    step = Course(tmp_path).generate_release(assignment)
    assert step.ok, step.log
    assert sorted(p.name for p in (tmp_path / "release" / assignment).iterdir()) == ["fixture_block.ipynb"]
