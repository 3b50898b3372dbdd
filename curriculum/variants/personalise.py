"""A student's own copy of a released notebook: the task texts with their numbers, and a record of whose they are.

nbgrader makes one release per course. A copy for one student is made from it when it is handed
out: by nbgrader's fetch (:mod:`curriculum.variants.exchange`) or by ``curriculum variants handout``
for a class without an exchange. Making a copy changes only what nbgrader never checks:

* Markdown cells that hold placeholders (their template is in ``metadata.curriculum.template``) are
  written with the student's values (:mod:`curriculum.variants.text`);
* ``metadata.curriculum.variant`` records the deck, the student, the parameter set's number, seed and
  values: the student's kernel reads it to draw the same numbers (:func:`curriculum.variants.draw.resolve`),
  and the grader compares it with the truth.

Locked and graded cells, their checksums and the cell ids stay as released, so Validate, nbgrader's
``OverwriteCells`` and Formgrader work on a copy as on the release.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import nbformat

from ..i18n import normalize_language
from .deck import Deck, ParameterSet
from .draw import RECORD
from .text import cell_language, placeholders, render

DECK = "variants"
"""Key of a release's deck under ``metadata.curriculum``."""
TEMPLATE = "template"
"""Key of a text cell's template under ``cell.metadata.curriculum``."""


def notebook_language(nb: nbformat.NotebookNode) -> str:
    """The language of the notebook's untagged text: the course language the release recorded, else English."""
    for tag in nb.metadata.get("curriculum", {}).get("languages", []) or []:
        try:
            return normalize_language(tag)
        except ValueError:
            continue
    return "en"


def release_deck(nb: nbformat.NotebookNode) -> Deck | None:
    """The deck a released notebook carries, if it has variants."""
    doc = nb.metadata.get("curriculum", {}).get(DECK)
    return Deck.from_metadata(doc) if doc else None


def templated_cells(nb: nbformat.NotebookNode) -> dict[int, str]:
    """Index -> template of every text cell the release filled in."""
    return {i: c.metadata["curriculum"][TEMPLATE] for i, c in enumerate(nb.cells)
            if c.cell_type == "markdown" and isinstance(c.metadata.get("curriculum", {}).get(TEMPLATE), str)}


def fill_texts(nb: nbformat.NotebookNode, values: dict[str, Any]) -> None:
    """Write every templated text cell with ``values`` (in each cell's language)."""
    default = notebook_language(nb)
    for index, template in templated_cells(nb).items():
        cell = nb.cells[index]
        cell.source = render(template, values, cell_language(cell, default))


def template_texts(nb: nbformat.NotebookNode, deck: Deck) -> list[int]:
    """In a notebook being released: keep the template of every text cell that uses a parameter and write it with the
    example's values. Returns the indices of those cells."""
    names = set(deck.example.values)
    for s in deck.sets:
        names |= set(s.values)
    found = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown" and placeholders(cell.source, names):
            cell.metadata.setdefault("curriculum", {})[TEMPLATE] = cell.source
            found.append(index)
    fill_texts(nb, dict(deck.example.values))
    return found


def record_for(deck: Deck, parameters: ParameterSet, student: str) -> dict[str, Any]:
    return {"deck": deck.key, "notebook": deck.notebook, "student": student, "number": parameters.number,
            "seed": parameters.seed, "values": dict(parameters.values)}


def personalise(released: nbformat.NotebookNode, student: str) -> nbformat.NotebookNode:
    """The copy of a released notebook made for ``student`` (the released notebook itself when it has no variants)."""
    deck = release_deck(released)
    nb = copy.deepcopy(released)
    if deck is None:
        return nb
    parameters = deck.for_student(student)
    fill_texts(nb, dict(parameters.values))
    nb.metadata.setdefault("curriculum", {})[RECORD] = record_for(deck, parameters, student)
    return nb


def personalise_file(path: Path, student: str) -> bool:
    """Make the notebook file at ``path`` the copy for ``student``; False when it has no variants (left as it is)."""
    released = nbformat.read(path, as_version=4)
    if release_deck(released) is None:
        return False
    nbformat.write(personalise(released, student), path)
    return True


def handout(release_folder: Path, students: list[str], dest: Path) -> dict[str, list[Path]]:
    """Each student's copy of a released assignment folder, as nbgrader's fetch lays it out in their home:
    ``dest/<student>/<assignment>/``. Files other than notebooks are copied as they are; a student's earlier copy
    is replaced. Returns student -> the notebooks written."""
    import shutil

    written: dict[str, list[Path]] = {}
    for student in students:
        folder = dest / student / release_folder.name
        if folder.exists():
            shutil.rmtree(folder)
        shutil.copytree(release_folder, folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        written[student] = sorted(folder.rglob("*.ipynb"))
        for path in written[student]:
            personalise_file(path, student)
    return written


__all__ = ["DECK", "TEMPLATE", "fill_texts", "handout", "notebook_language", "personalise", "personalise_file",
           "record_for", "release_deck", "template_texts", "templated_cells"]
