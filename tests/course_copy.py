"""A fresh course folder holding one assignment of the package, released, for grading tests."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat

from curriculum.course import CONFIG_FILE, Course
from curriculum.paths import REPO_ROOT
from curriculum.sample_class import SampleSpec, build_submission, find_spec


@dataclass
class CourseCopy:
    root: Path
    assignment: str
    spec: SampleSpec
    source: nbformat.NotebookNode
    release: nbformat.NotebookNode

    def submission(self, kind: str = "correct") -> nbformat.NotebookNode | str:
        """What a sample student of that kind hands in (see curriculum.sample_class)."""
        return build_submission(kind, self.source, self.release, self.spec)

    def hand_in(self, student: str, nb: nbformat.NotebookNode | str | bytes) -> Path:
        folder = self.root / "submitted" / student / self.assignment
        folder.mkdir(parents=True)
        data = nb if isinstance(nb, (str, bytes)) else nbformat.writes(nb)
        path = folder / self.spec.notebook
        path.write_bytes(data if isinstance(data, bytes) else data.encode())
        return path


def course_copy(root: Path, assignment: str) -> CourseCopy:
    """``root`` made a course (the package's nbgrader_config.py) with ``assignment``'s source, released."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy2(REPO_ROOT / CONFIG_FILE, root / CONFIG_FILE)
    shutil.copytree(REPO_ROOT / "source" / assignment, root / "source" / assignment)
    assert Course(root).generate_release(assignment, prepare_grading=False).ok  # grading makes the reference run
    spec = find_spec(assignment)
    source = nbformat.read(root / "source" / assignment / spec.notebook, as_version=4)
    release = nbformat.read(root / "release" / assignment / spec.notebook, as_version=4)
    return CourseCopy(root, assignment, spec, source, release)
