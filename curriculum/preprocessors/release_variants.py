"""Release a notebook with variants: the class's deck, the task texts' example numbers, and self-checks per parameter set.

Runs in ``GenerateAssignment.preprocessors`` right after ``ApplyCourseLanguage``, before nbgrader locks
cells, clears solutions, computes checksums and saves the cells to the gradebook, so the gradebook
records exactly what students get. For a notebook with a parameters cell (``... = Variant(...)``, see
:mod:`curriculum.variants`) it

* builds the class's deck from the course id, the assignment and ``variants.yml``, and writes it into
  ``metadata.curriculum.variants`` (pinned students' ids hashed): nbgrader's fetch makes each
  student's copy from it (:mod:`curriculum.variants.personalise`);
* names the deck in the parameters cell (``Variant(count=12, deck="<key>")``), so a kernel can tell
  its copy's record from another assignment's;
* keeps the template of every text cell with placeholders (``{speed} km/h``) in its metadata and writes
  it with the example's numbers.

In any notebook, a public self-check written as ``self_check(answer, fingerprint(<expected>, ...))``
gets its fingerprint from the teacher's own run (the grader's reference run, cached and used again
when grading): one ``cm1:`` token, or with variants one ``cmv1:`` token holding a fingerprint per
parameter set. The release never holds the expression that computes the answer.
"""

from __future__ import annotations

import ast

from nbconvert.preprocessors import Preprocessor
from nbformat import NotebookNode
from traitlets import Bool

from .blind_tests import course_root

FINGERPRINT = "fingerprint"


def fingerprint_sites(source: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of every ``fingerprint(...)`` call in a test cell's public part, in order."""
    from ..grading.blind import BEGIN, END

    if FINGERPRINT not in source:
        return []
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    hidden, inside = set(), False
    for number, line in enumerate(source.splitlines(), start=1):
        inside = (inside or line.strip() == BEGIN) and line.strip() != END
        if inside:
            hidden.add(number)
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(lineno: int, col: int) -> int:  # ast columns count UTF-8 bytes
        return starts[lineno - 1] + len(lines[lineno - 1].encode()[:col].decode(errors="ignore"))

    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)
             and (node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")) == FINGERPRINT
             and node.lineno not in hidden]
    calls.sort(key=lambda n: (n.lineno, n.col_offset))
    return [(offset(n.lineno, n.col_offset), offset(n.end_lineno, n.end_col_offset)) for n in calls]


class ReleaseVariants(Preprocessor):
    """The class's deck and personal texts' templates, and self-check fingerprints from the teacher's run."""

    enabled = Bool(True, help="nbconvert preprocessors are off unless enabled").tag(config=True)

    def preprocess(self, nb: NotebookNode, resources: dict) -> tuple[NotebookNode, dict]:
        from nbgrader.coursedir import CourseDirectory

        from ..grading.trust import test_cells
        from ..variants.deck import parameters_cell, with_deck_key
        from ..variants.personalise import DECK, template_texts
        from ..variants.settings import course_deck

        info = resources["nbgrader"]
        assignment, notebook = info["assignment"], info["notebook"]
        root = course_root(self)
        index = parameters_cell(nb)
        sites = {gid: found for gid, cell in test_cells(nb).items() if (found := fingerprint_sites(cell.source))}
        if index is None and not sites:
            return nb, resources
        deck = None
        if index is not None:
            deck = course_deck(root, CourseDirectory(parent=self).course_id, assignment, notebook, nb)
            locked = [i for i, c in enumerate(nb.cells) if c.cell_type == "markdown"
                      and (c.metadata.get("nbgrader", {}).get("locked") or c.metadata.get("nbgrader", {}).get("grade"))]
            filled = template_texts(nb, deck)
            wrong = sorted(set(filled) & set(locked))
            if wrong:
                raise ValueError(f"{notebook}: text cell {wrong[0] + 1} is locked or graded but shows parameters: nbgrader "
                                 "checks it against the gradebook, so it must be the same for every student")
            nb.cells[index].source = with_deck_key(nb.cells[index].source, deck.key)
            nb.metadata.setdefault("curriculum", {})[DECK] = deck.metadata()
        if sites:
            self._fingerprints(nb, sites, root, assignment, notebook, deck)
        return nb, resources

    def _fingerprints(self, nb: NotebookNode, sites: dict[str, list[tuple[int, int]]], root: str, assignment: str,
                      notebook: str, deck) -> None:
        from ..check.fingerprint import fingerprint_deck
        from ..grading.trust import test_cells
        from ..grading.references import reference_runs

        sets = [deck.example, *deck.sets] if deck is not None else [None]
        runs = reference_runs(root, assignment, notebook, sets)
        cells = test_cells(nb)
        for gid, found in sites.items():
            tokens_per_set = {(p.seed if p is not None else None): runs[i].fingerprints.get(gid, []) for i, p in enumerate(sets)}
            for seed, tokens in tokens_per_set.items():
                if len(tokens) != len(found):
                    raise ValueError(f"{notebook}, {gid}: the teacher's run made {len(tokens)} fingerprints where the cell "
                                     f"has {len(found)} fingerprint(...) calls (each must run once, at the cell's top level)")
            source = cells[gid].source
            for n, (start, end) in reversed(list(enumerate(found))):
                if deck is None:
                    token = tokens_per_set[None][n]
                else:
                    token = fingerprint_deck({seed: tokens[n] for seed, tokens in tokens_per_set.items()})
                source = source[:start] + repr(token) + source[end:]
            cells[gid].source = source
