"""Cell factories for writing course notebooks in Python.

Authors (and tests) build nbgrader notebooks from these instead of typing cell
metadata by hand; the ``.ipynb`` they write is what is committed and what teachers
edit afterwards.  Conventions (see ``docs/authoring.md``):

* prose comes in three markdown cells, one per language, tagged ``lang-kk``,
  ``lang-ru`` and ``lang-en`` (in that order), so a release can keep one language;
* the first code cell is the locked ``setup`` cell;
* an answer is a solution cell (``### BEGIN SOLUTION`` ... ``### END SOLUTION``)
  followed by a locked, graded test cell: public checks first, then
  ``### BEGIN HIDDEN TESTS`` ... ``### END HIDDEN TESTS`` which decide the grade;
* a written answer is a markdown solution cell graded by hand; its rubric sits in
  the locked prompt cells between ``### BEGIN MARK SCHEME`` and ``### END MARK SCHEME``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import nbformat
from nbformat import NotebookNode
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from .i18n import LANGUAGES, LANGUAGE_TAGS
from .localize import tagged_lines

NBGRADER_SCHEMA = 3
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _nbgrader(grade_id: str, *, grade: bool = False, solution: bool = False, locked: bool = False,
              points: float | None = None, task: bool = False) -> dict:
    meta: dict = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": NBGRADER_SCHEMA,
                  "solution": solution, "task": task}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def _check_languages(texts: Mapping[str, str], what: str) -> None:
    missing = [lang for lang in LANGUAGES if not texts.get(lang, "").strip()]
    if missing:
        raise ValueError(f"{what} lacks {', '.join(missing)}")


def text(*, kk: str, ru: str, en: str, locked_id: str | None = None, rubric: Mapping[str, str] | None = None) -> list[NotebookNode]:
    """Prose in three languages: three markdown cells tagged ``lang-<code>``.

    ``locked_id`` makes them locked (ids ``<locked_id>-<lang>``); ``rubric`` adds a
    mark scheme per language, which the release removes.
    """
    texts = {"kk": kk, "ru": ru, "en": en}
    _check_languages(texts, "text")
    if rubric is not None:
        _check_languages(rubric, "rubric")
        if locked_id is None:
            raise ValueError("a rubric belongs in a locked prompt: give locked_id")
    cells = []
    for lang in LANGUAGES:
        source = texts[lang].strip()
        if rubric is not None:
            source += "\n\n### BEGIN MARK SCHEME\n" + rubric[lang].strip() + "\n### END MARK SCHEME"
        cell = new_markdown_cell(source)
        cell.metadata["tags"] = [f"lang-{lang}"]
        cell.metadata["lang"] = LANGUAGE_TAGS[lang]
        if locked_id is not None:
            cell.metadata.update(_nbgrader(f"{locked_id}-{lang}", locked=True))
        cells.append(cell)
    return cells


def formula(source: str) -> NotebookNode:
    """A markdown cell with no words in it (formulas, a table of numbers): shown in every language."""
    return new_markdown_cell(source.strip())


def code(source: str) -> NotebookNode:
    """An ordinary code cell students may edit and run."""
    return new_code_cell(source.strip())


def setup_cell(lang: str = "en", imports: str = "") -> NotebookNode:
    """The locked first code cell: language and common imports."""
    body = f"import curriculum\ncurriculum.setup(lang={lang!r})\n" + imports.strip()
    cell = new_code_cell(body.strip())
    cell.metadata.update(_nbgrader("setup", locked=True))
    return cell


def parameters(source: str, grade_id: str = "parameters") -> NotebookNode:
    """The locked parameters cell of an assignment with variants (``variant = Variant(count=...)`` and its draws;
    see ``docs/variants.md``). It runs on its own: import what it uses."""
    cell = new_code_cell(source.strip())
    cell.metadata.update(_nbgrader(grade_id, locked=True))
    return cell


def answer(grade_id: str, solution: str, *, hint: Mapping[str, str] | None = None, before: str = "",
           after: str = "") -> NotebookNode:
    """A code cell the student completes; ``solution`` is replaced in the release by nbgrader's stub.

    ``hint`` ({kk, ru, en}) says what to write, as one tagged comment line per language
    (``# [kk] takt = ...  (секундпен берілген pint шамасы)``); a one-language release keeps its
    own line, untagged. ``before`` is code without words that stays above the solution.
    """
    hint_lines = tagged_lines(hint) if hint is not None else ""
    parts = [hint_lines, before.strip(), "### BEGIN SOLUTION", solution.strip(), "### END SOLUTION", after.strip()]
    cell = new_code_cell("\n".join(p for p in parts if p))
    cell.metadata.update(_nbgrader(grade_id, solution=True))
    return cell


def tests(grade_id: str, points: float, *, public: str, hidden: str) -> NotebookNode:
    """A locked, graded test cell: ``public`` runs for the student, ``hidden`` decides the grade."""
    if not hidden.strip():
        raise ValueError(f"{grade_id}: a test cell needs hidden tests (they decide the grade)")
    source = public.strip() + "\n### BEGIN HIDDEN TESTS\n" + hidden.strip() + "\n### END HIDDEN TESTS"
    cell = new_code_cell(source.strip())
    cell.metadata.update(_nbgrader(grade_id, grade=True, locked=True, points=points))
    return cell


def written(grade_id: str, points: float, model_answer: str) -> NotebookNode:
    """A markdown cell graded by hand; ``model_answer`` stays in the source only."""
    cell = new_markdown_cell(model_answer.strip())
    cell.metadata.update(_nbgrader(grade_id, grade=True, solution=True, points=points))
    return cell


def notebook(cells: Iterable[NotebookNode | list[NotebookNode]], *, module: str) -> NotebookNode:
    """A notebook with nbgrader-ready metadata; ``cells`` may mix cells and lists of cells."""
    flat: list[NotebookNode] = []
    for item in cells:
        flat.extend(item if isinstance(item, list) else [item])
    nb = new_notebook(cells=flat)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata["curriculum"] = {"module": module, "languages": [LANGUAGE_TAGS[lang] for lang in LANGUAGES]}
    ids = [c.metadata["nbgrader"]["grade_id"] for c in flat if "nbgrader" in c.metadata]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate grade ids: {', '.join(duplicates)}")
    nbformat.validate(nb)
    return nb


def write(nb: NotebookNode, path: str) -> None:
    """Write a notebook without outputs, with stable cell ids derived from position."""
    for i, cell in enumerate(nb.cells):
        cell["id"] = (cell.metadata.get("nbgrader", {}).get("grade_id") or f"cell-{i}")[:64]
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    nbformat.write(nb, path)
