"""The graded items of an assignment notebook: an answer and the test cells that grade it, or a written answer.

An *item* is what a student answers once and what ``module.yml``'s ``assessment`` describes
(level, objective, descriptor) under the item's grade id:

* an autograded item is an answer cell (a code cell nbgrader clears, ``solution``) and the
  locked, graded test cells after it, up to the next answer; its grade id is the answer's;
* a written item is a markdown answer graded by hand (``solution`` and ``grade``); its grade id is its own.

The sample class's ``forms`` (right and wrong ways to answer), the descriptor table and
``curriculum lint`` all count items this one way.
"""

from __future__ import annotations

from dataclasses import dataclass

import nbformat


def nbgrader_meta(cell: nbformat.NotebookNode) -> dict:
    return cell.metadata.get("nbgrader", {})


def is_test_cell(cell: nbformat.NotebookNode) -> bool:
    """An autograded test: a graded code cell that is not itself an answer."""
    meta = nbgrader_meta(cell)
    return bool(meta.get("grade")) and not meta.get("solution") and cell.cell_type == "code"


def is_autograded_answer(cell: nbformat.NotebookNode) -> bool:
    """A code cell the student completes, graded by the test cells after it."""
    meta = nbgrader_meta(cell)
    return bool(meta.get("solution")) and not meta.get("grade") and cell.cell_type == "code"


def is_written_answer(cell: nbformat.NotebookNode) -> bool:
    """A markdown answer graded by hand."""
    meta = nbgrader_meta(cell)
    return bool(meta.get("solution")) and bool(meta.get("grade")) and cell.cell_type == "markdown"


@dataclass(frozen=True)
class Item:
    """One graded item of a notebook."""

    grade_id: str
    """The answer cell's grade id (the written answer's own for a written item)."""
    kind: str
    """``auto`` (an answer graded by test cells) or ``written`` (graded by hand)."""
    answer: int
    """Index of the answer cell."""
    tests: tuple[int, ...]
    """Indices of the test cells that grade it (none for a written item)."""
    points: float
    """The points of its graded cells."""

    @property
    def graded_cells(self) -> tuple[int, ...]:
        return self.tests if self.kind == "auto" else (self.answer,)


def graded_items(nb: nbformat.NotebookNode) -> list[Item]:
    """Every graded item of ``nb`` in notebook order (an answer no test cell follows is not graded: lint says so)."""
    items: list[Item] = []
    current: tuple[str, int, list[int]] | None = None

    def close() -> None:
        if current is not None and current[2]:
            gid, answer, tests = current
            items.append(Item(gid, "auto", answer, tuple(tests), sum(_points(nb.cells[i]) for i in tests)))

    for index, cell in enumerate(nb.cells):
        if is_autograded_answer(cell):
            close()
            current = (str(nbgrader_meta(cell).get("grade_id", "")), index, [])
        elif is_test_cell(cell) and current is not None:
            current[2].append(index)
        elif is_written_answer(cell):
            close()
            current = None
            items.append(Item(str(nbgrader_meta(cell).get("grade_id", "")), "written", index, (), _points(cell)))
    close()
    return items


def _points(cell: nbformat.NotebookNode) -> float:
    try:
        return float(nbgrader_meta(cell).get("points") or 0)
    except (TypeError, ValueError):
        return 0.0
