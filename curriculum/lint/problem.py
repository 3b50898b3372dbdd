"""One problem lint found: the file, the cell (grade id or index) or field, and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass

import nbformat


@dataclass(frozen=True)
class Problem:
    path: str
    """The file, relative to the checked root."""
    where: str
    """A grade id (``n2-formula-test``), ``cell 12``, or a metadata field."""
    message: str
    check: str
    """Which rule: ``metadata``, ``nbgrader``, ``tests``, ``points``, ``languages``, ``terms``, ``one-language``,
    ``variants``, ``release-sync``, ``leak``, ``standard`` (the module standard, :mod:`curriculum.lint.standard`)."""

    def __str__(self) -> str:
        where = f" [{self.where}]" if self.where else ""
        return f"{self.path}{where}: {self.message}"


def cell_label(cell: nbformat.NotebookNode, index: int) -> str:
    """How a problem names a cell: its grade id, else its position."""
    grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
    return grade_id if grade_id else f"cell {index}"
