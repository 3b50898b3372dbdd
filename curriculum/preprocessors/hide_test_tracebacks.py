"""Feedback that says why a hidden test failed without showing the test.

nbgrader's ``ClearHiddenTests`` removes hidden test source from feedback, but the
traceback of a failing hidden test still prints its lines.  This preprocessor runs
first and reduces the error output of every cell that holds hidden tests to its
last line (``AnswerError: <message>``): the checker's message, which never contains
the expected answer.
"""

from __future__ import annotations

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode
from traitlets import Bool, Unicode


class HideTestTracebacks(Preprocessor):
    """Replace tracebacks of cells with hidden tests by ``ename: evalue``."""

    enabled = Bool(True, help="nbconvert preprocessors are off unless enabled").tag(config=True)
    begin_marker = Unicode("BEGIN HIDDEN TESTS", help="Marker that opens a hidden test region").tag(config=True)

    def preprocess_cell(self, cell: NotebookNode, resources: dict, index: int) -> tuple[NotebookNode, dict]:
        if cell.cell_type != "code" or self.begin_marker not in cell.source:
            return cell, resources
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                summary = f"{output.get('ename', 'Error')}: {output.get('evalue', '')}".rstrip(": ")
                output["traceback"] = [summary]
        return cell, resources
