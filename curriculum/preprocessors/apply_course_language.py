"""Release a notebook in the course language (``c.CourseLanguage.language``).

Runs in ``GenerateAssignment.preprocessors`` right after nbgrader's ``InstantiateTests``,
before ``LockCells``, ``ClearSolutions``, ``ComputeChecksums`` and ``SaveCells``: the
gradebook then records exactly the cells students get, with the checksums of the
rewritten cells, and grade ids are the same in every language (only text cells,
which are never graded, are dropped).  It

* keeps the cells tagged ``lang-<course language>`` and drops those of the other
  languages (untagged cells, such as formulas and answers, stay);
* in code cells, replaces ``pick({"kk": ..., "ru": ..., "en": ...})`` by the course
  language's text and keeps only that language's tagged comment lines (``# [kk] ...``:
  answer hints, comments of locked cells), see :mod:`curriculum.localize`;
* rewrites ``curriculum.setup(lang=...)`` to the course language, so checker
  messages, number formats and labs follow the course;
* records the language in the notebook's ``curriculum.languages`` metadata.

The same step makes the lessons of a one-language course (``course new``). With an empty
course language (a trilingual course) it changes nothing.
"""

from __future__ import annotations

import re

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode
from traitlets import Bool

from ..course_language import CourseLanguage
from ..i18n import LANGUAGE_TAGS
from ..localize import localize_code

SETUP_CALL = re.compile(r"""(curriculum\.setup\(\s*(?:lang\s*=\s*)?)(["'])[\w-]+\2""")


def cell_languages(cell: NotebookNode) -> list[str]:
    """The language codes a cell is tagged with (``lang-kk`` -> ``kk``)."""
    return [t.removeprefix("lang-") for t in cell.metadata.get("tags", []) if t.startswith("lang-")]


def localize_notebook(nb: NotebookNode, language: str) -> NotebookNode:
    """The notebook in ``language`` only (in place): its text cells, code texts and comments, its setup cell."""
    nb.cells = [cell for cell in nb.cells if not cell_languages(cell) or language in cell_languages(cell)]
    for cell in nb.cells:
        if cell.cell_type == "code":
            source = localize_code(cell.source, language)
            cell.source = SETUP_CALL.sub(lambda m: f"{m.group(1)}{language!r}", source)
    nb.metadata.setdefault("curriculum", {})["languages"] = [LANGUAGE_TAGS[language]]
    return nb


class ApplyCourseLanguage(Preprocessor):
    """Keep the course language's text, code texts and comments, and set the setup cell to that language."""

    enabled = Bool(True, help="nbconvert preprocessors are off unless enabled").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        language = CourseLanguage(parent=self).language
        if not language:
            return nb, resources
        return localize_notebook(nb, language), resources
