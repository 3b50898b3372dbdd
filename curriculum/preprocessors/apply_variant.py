"""Grade a notebook with variants on its student's own parameter set, whatever the submission shows.

Runs first in ``Autograde.autograde_preprocessors`` (before ``BlindTests`` and ``Execute``). nbgrader
tells preprocessors whose submission it grades (``resources['nbgrader']['student']``) but not the
kernel, so this step

* finds the student's parameter set in the class's deck (:mod:`curriculum.variants.deck`: the course
  id, the assignment, ``variants.yml`` and the teacher's parameters cell, never the submission);
* compares it with what the submission showed (its record and its task texts,
  :mod:`curriculum.variants.shown`) to say so later, in the feedback and the report;
* sets ``CURRICULUM_VARIANT`` for the kernel ``Execute`` starts next, so the submission's own code
  runs on the student's true numbers; ``DecideTests`` decides the hidden checks against the
  teacher's run with those numbers and removes the setting again.

A notebook without a parameters cell is graded as before.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode
from traitlets import Bool

from ..variants.deck import Deck, ParameterSet
from ..variants.shown import Flag
from .blind_tests import course_root

VARIANT = "curriculum_variant"
"""resources key: the :class:`Applied` parameter set of the notebook being graded."""


@dataclass(frozen=True)
class Applied:
    """The parameter set a submission is graded on, and how what it showed differs from it."""

    deck: Deck
    parameters: ParameterSet
    student: str
    index: int
    """The parameters cell's index."""
    flags: tuple[Flag, ...] = ()


def applied_variant(root: str | Path, course_id: str, info: dict, nb: NotebookNode) -> Applied | None:
    """The student's true parameter set for a submitted notebook (None when the assignment has no variants)."""
    import nbformat

    from ..variants.deck import parameters_cell
    from ..variants.settings import course_deck
    from ..variants.shown import shown_flags

    index = parameters_cell(nb)
    if index is None:
        return None
    source = Path(root) / "source" / info["assignment"] / f"{info['notebook']}.ipynb"
    deck = course_deck(root, course_id, info["assignment"], info["notebook"], nbformat.read(source, as_version=4))
    if deck is None:
        raise ValueError(f"{info['notebook']}: the submission has a parameters cell, the teacher's notebook has none")
    released_path = Path(root) / "release" / info["assignment"] / f"{info['notebook']}.ipynb"
    released = nbformat.read(released_path, as_version=4) if released_path.exists() else None
    student = str(info["student"])
    return Applied(deck, deck.for_student(student), student, index, shown_flags(nb, released, deck, student))


class ApplyVariant(Preprocessor):
    """The student's true parameter set for the kernel that runs the submission."""

    enabled = Bool(True, help="nbconvert preprocessors are off unless enabled").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        from nbgrader.coursedir import CourseDirectory

        from ..variants.draw import ENV

        os.environ.pop(ENV, None)  # never a previous submission's numbers
        applied = applied_variant(course_root(self), CourseDirectory(parent=self).course_id, resources["nbgrader"], nb)
        if applied is None:
            return nb, resources
        resources[VARIANT] = applied
        os.environ[ENV] = applied.parameters.environment(applied.student, applied.deck.key)
        return nb, resources
