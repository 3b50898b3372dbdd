"""``release/`` is exactly what nbgrader makes from ``source/``, and it gives nothing away."""

from __future__ import annotations

import json
import shutil

import nbformat
import pytest

from curriculum.course import CONFIG_FILE, Course
from curriculum.paths import REPO_ROOT

from .conftest import ASSIGNMENTS, source_notebooks


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    root = tmp_path_factory.mktemp("regen")
    shutil.copy2(REPO_ROOT / CONFIG_FILE, root / CONFIG_FILE)
    shutil.copytree(REPO_ROOT / "source", root / "source")
    course = Course(root)
    for assignment in course.assignments():
        step = course.generate_release(assignment)
        assert step.ok, step.log
    return root / "release"


def _files(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and ".ipynb_checkpoints" not in p.parts)


@pytest.mark.slow
def test_release_is_what_nbgrader_generates_from_source(regenerated):
    committed = REPO_ROOT / "release"
    assert _files(committed) == _files(regenerated), "run `python -m curriculum release` and commit release/"
    for name in _files(committed):
        a, b = committed / name, regenerated / name
        if name.endswith(".ipynb"):
            assert json.loads(a.read_text(encoding="utf-8")) == json.loads(b.read_text(encoding="utf-8")), (
                f"release/{name} differs from what nbgrader generates: run `python -m curriculum release`")
        else:
            assert a.read_bytes() == b.read_bytes(), name


@pytest.mark.parametrize("folder", ["source", "release"])
def test_assignment_folders_hold_only_what_students_should_get(folder):
    stray = [p.relative_to(REPO_ROOT).as_posix() for p in (REPO_ROOT / folder).rglob("*")
             if p.is_file() and (p.suffix != ".ipynb" or any(part.startswith(".") for part in p.relative_to(REPO_ROOT).parts))]
    assert not stray, f"nbgrader would copy these into every student's folder: {stray[:5]}"


def _regions(source, begin, end):
    out = []
    while begin in source:
        _, _, rest = source.partition(begin)
        region, _, source = rest.partition(end)
        out.append(region)
    return out


def _meaningful_lines(text):
    return {ln.strip() for ln in text.splitlines()
            if len(ln.strip()) > 6 and not ln.strip().startswith("#")}


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_released_notebooks_hold_no_solution_hidden_test_or_rubric(assignment):
    for src_path in source_notebooks(assignment):
        source = nbformat.read(src_path, as_version=4)
        released = nbformat.read(REPO_ROOT / "release" / assignment / src_path.name, as_version=4)
        released_text = "\n".join(c.source for c in released.cells)
        for marker in ("BEGIN SOLUTION", "BEGIN HIDDEN TESTS", "BEGIN MARK SCHEME"):
            assert marker not in released_text
        # what the student must write or is never shown, line by line
        secret = set()
        for cell in source.cells:
            meta = cell.metadata.get("nbgrader", {})
            if meta.get("solution") and cell.cell_type == "markdown":
                secret |= _meaningful_lines(cell.source)
            for region in _regions(cell.source, "### BEGIN SOLUTION", "### END SOLUTION"):
                secret |= _meaningful_lines(region)
            for region in _regions(cell.source, "### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"):
                secret |= _meaningful_lines(region)
            for region in _regions(cell.source, "### BEGIN MARK SCHEME", "### END MARK SCHEME"):
                secret |= _meaningful_lines(region)
        # a line the task itself shows (a function's signature, a given example) is no secret
        public = set()
        for cell in source.cells:
            if cell.metadata.get("nbgrader", {}).get("solution") and cell.cell_type == "markdown":
                continue
            text = cell.source
            for begin, end in (("### BEGIN SOLUTION", "### END SOLUTION"), ("### BEGIN HIDDEN TESTS", "### END HIDDEN TESTS"),
                               ("### BEGIN MARK SCHEME", "### END MARK SCHEME")):
                for region in _regions(text, begin, end):
                    text = text.replace(region, "\n")
            public |= {ln.strip() for ln in text.splitlines()} | {ln.strip(" `") for ln in text.splitlines()}
        public |= {line for line in secret if line.startswith("def ") and line.endswith(":")}  # the asked-for signature
        leaked = {line for line in secret - public if line in released_text}
        assert not leaked, f"release/{assignment}/{src_path.name} contains: {sorted(leaked)[:5]}"
        for cell in released.cells:
            assert cell.get("outputs", []) == [], "released notebooks carry no outputs"
