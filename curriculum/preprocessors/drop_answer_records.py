"""Feedback without the answer records: they are data for the grader, not something to show a student."""

from __future__ import annotations

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode
from traitlets import Bool

from ..check.record import MIME


class DropAnswerRecords(Preprocessor):
    """Remove the ``application/vnd.curriculum.answer+json`` outputs that ``curriculum.check`` writes under nbgrader."""

    enabled = Bool(True, help="nbconvert preprocessors are off unless enabled").tag(config=True)

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int) -> tuple[NotebookNode, dict]:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", []) if MIME not in o.get("data", {})]
        return cell, resources
