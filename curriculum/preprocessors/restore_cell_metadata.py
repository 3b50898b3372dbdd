"""Put back the grading marks of cells whose nbgrader metadata a student (or an editor) stripped.

nbgrader matches cells by ``grade_id``, which lives in the cell metadata: a notebook whose
metadata was removed cannot be graded at all. Cells still carry their nbformat ``id``, which
the release gave them; this step, the first of autograde's sanitising, copies the released
cell's nbgrader metadata back onto a cell with the same id that lost it. nbgrader's own
``OverwriteCells`` then restores the locked and test cells' contents from the gradebook.
"""

from __future__ import annotations

import os

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode
from traitlets import Bool

from .released import read_released


class RestoreCellMetadata(Preprocessor):
    enabled = Bool(True, help="nbconvert preprocessors are off unless enabled").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        info = resources.get("nbgrader", {})
        release = os.path.join("release", info.get("assignment", ""), f"{info.get('notebook', '')}.ipynb")
        if not os.path.exists(release):  # nbgrader runs in the course folder; no release, nothing to restore from
            return nb, resources
        marks = {c.get("id"): c.metadata["nbgrader"] for c in read_released(release).cells
                 if "nbgrader" in c.metadata and c.get("id")}
        restored = 0
        for cell in nb.cells:
            if "nbgrader" not in cell.metadata and cell.get("id") in marks:
                cell.metadata["nbgrader"] = dict(marks[cell["id"]])
                restored += 1
        if restored:
            self.log.warning("Restored the grading marks of %d cell(s) whose metadata had been removed", restored)
        return nb, resources
