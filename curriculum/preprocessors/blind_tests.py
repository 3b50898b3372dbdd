"""Graded kernels run test cells without their hidden tests (see :mod:`curriculum.grading.blind`).

Runs in ``Autograde.autograde_preprocessors`` right before ``Execute``: each test cell's hidden
part becomes captures of the student's side of its checks; the cell's own text is kept in the
resources and put back by :class:`~curriculum.preprocessors.DecideTests` after execution.
"""

from __future__ import annotations

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode
from traitlets import Bool

ORIGINALS = "curriculum_test_cells"
"""resources key: cell index -> the test cell's own source."""


def graded_set(nb: NotebookNode, resources: dict):
    """The parameter set this notebook is graded on (None without variants); a notebook with variants whose course
    config lacks :class:`~curriculum.preprocessors.ApplyVariant` is refused rather than graded on the wrong numbers."""
    from ..variants.deck import parameters_cell
    from .apply_variant import VARIANT

    applied = resources.get(VARIANT)
    if applied is None and parameters_cell(nb) is not None:
        raise ValueError("this notebook has variants, but the course's nbgrader_config.py does not run "
                         "curriculum.preprocessors.ApplyVariant first in Autograde.autograde_preprocessors "
                         "(see docs/variants.md)")
    return applied.parameters if applied is not None else None


def course_root(preprocessor: Preprocessor) -> str:
    from nbgrader.coursedir import CourseDirectory

    return CourseDirectory(parent=preprocessor).root


class BlindTests(Preprocessor):
    """Replace every test cell's hidden tests by captures of the student's side."""

    enabled = Bool(True, help="nbconvert preprocessors are off unless enabled").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        from ..grading.blind import BEGIN, blind_source, plan
        from ..grading.trust import reference_for, test_cells

        info = resources.get("nbgrader", {})
        cells = {id(c): gid for gid, c in test_cells(nb).items() if BEGIN in c.source}
        if not cells:
            return nb, resources
        teacher = reference_for(course_root(self), info["assignment"], info["notebook"], parameters=graded_set(nb, resources))
        originals: dict[int, str] = {}
        for index, cell in enumerate(nb.cells):
            gid = cells.get(id(cell))
            if gid is None:
                continue
            if gid not in teacher:
                raise ValueError(f"{info['notebook']}: test cell {gid} is not in the teacher's notebook")
            originals[index] = cell.source
            cell.source = blind_source(plan(cell.source), teacher[gid])
        resources[ORIGINALS] = originals
        return nb, resources
