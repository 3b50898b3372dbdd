"""What a student sees in the released notebook: self-checks that judge without holding the answer."""

from __future__ import annotations

import os

import nbformat
import pytest
from nbclient import NotebookClient

from curriculum.paths import REPO_ROOT
from curriculum.sample_class import build_submission, find_spec

from .conftest import ASSIGNMENTS

pytestmark = pytest.mark.slow


def _run_as_student(assignment: str, kind: str) -> dict[str, str]:
    """Execute a sample student's notebook as the student would (no nbgrader); return grade id -> error text."""
    spec = find_spec(assignment)
    source = nbformat.read(REPO_ROOT / "source" / assignment / spec.notebook, as_version=4)
    release = nbformat.read(REPO_ROOT / "release" / assignment / spec.notebook, as_version=4)
    nb = build_submission(kind, source, release, spec)
    assert "NBGRADER_EXECUTION" not in os.environ
    NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(REPO_ROOT / "release" / assignment)}}).execute()
    errors = {}
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                errors[cell.metadata.get("nbgrader", {}).get("grade_id", "?")] = f"{out.ename}: {out.evalue}"
    return errors


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_correct_answers_pass_every_public_check_of_the_release(assignment):
    assert _run_as_student(assignment, "correct") == {}


def test_a_known_mistake_is_named_by_the_public_self_check():
    errors = _run_as_student("phys-09-braking", "partly-wrong")
    assert "Convert the speed from km/h to m/s first" in errors["wet-stopping-test"]
    assert "A factor 1/2 is missing" in errors["braking-distance-test"]
    assert "88.71" not in (REPO_ROOT / "release" / "phys-09-braking" / "braking.ipynb").read_text(encoding="utf-8")
