"""What the module standard asks of a project module (``kind: project``, ``docs/projects.md``).

Each milestone is an nbgrader assignment; its deliverables say what its notebook must hold:

* ``notebook``: at least one autograded item (a result the grader computes);
* ``report``: at least one written item with its rubric (the locked prompt's mark scheme) that the plant
  mentor grades in Formgrader, and whose comment reaches the student's feedback;
* ``cad``: an autograded item whose hidden test checks a 3D part (``check_part``);
* ``data``: nothing more to check here (the notebook reads the file the student hands in).

Every problem names the file and the field or the milestone's assignment.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import nbformat

from ..items import graded_items, nbgrader_meta
from ..metadata import ModuleMeta

MARK_SCHEME = "### BEGIN MARK SCHEME"

Reader = Callable[[Path], "nbformat.NotebookNode | None"]


def project_problems(meta: ModuleMeta, root: Path, read: Reader) -> list[tuple[Path, str, str]]:
    """(file, where, message) for every way a project's milestones fall short of their deliverables."""
    if meta.project is None:
        return []
    found: list[tuple[Path, str, str]] = []
    for i, milestone in enumerate(meta.project.milestones):
        where = f"project.milestones[{i}]"
        paths = sorted((root / "source" / milestone.assignment).glob("*.ipynb"))
        notebooks = [(p, nb) for p in paths if (nb := read(p)) is not None]
        if not notebooks:
            continue  # the missing source folder is a metadata problem, reported with the assignments
        items = [(p, nb, item) for p, nb in notebooks for item in graded_items(nb)]
        auto = [(p, nb, item) for p, nb, item in items if item.kind == "auto"]
        written = [(p, nb, item) for p, nb, item in items if item.kind == "written"]
        if "notebook" in milestone.deliverables and not auto:
            found.append((meta.path, where, f"{milestone.assignment} hands in a notebook but has no autograded item: "
                                            "a milestone's computable result is checked by the grader"))
        if "report" in milestone.deliverables:
            if not written:
                found.append((meta.path, where, f"{milestone.assignment} hands in a report but has no written item "
                                                "for the mentor to grade (authoring.task(..., rubric=...) and written(...))"))
            for p, nb, item in written:
                if not any(MARK_SCHEME in c.source for c in nb.cells[:item.answer]
                           if nbgrader_meta(c).get("locked") and c.cell_type == "markdown"):
                    found.append((p, item.grade_id, "a report item without its rubric: the mentor grades by the "
                                                    "rubric of the locked prompt before it (task(..., rubric=...))"))
        if "cad" in milestone.deliverables and not any(
                "check_part(" in nb.cells[t].source for _p, nb, item in auto for t in item.tests):
            found.append((meta.path, where, f"{milestone.assignment} hands in a 3D part but no hidden test checks one "
                                            "with check_part (docs/cad.md)"))
    return found
