"""What a submission showed its student, against the student's true parameter set.

The grader never takes a submission's word for its numbers: it grades on the set the course's deck
gives the student (:mod:`curriculum.variants.deck`). What the notebook showed is compared with that
only to say so, for the teacher (report) and the student (feedback):

* ``not-personalised``: the copy was not made for anyone (no record): it showed the example's numbers;
* ``made-for-other``: the copy was made for another student (the record names them);
* ``record-changed``: the record was made for this student, but its numbers are not the student's;
* ``text-changed``: a task text shows other numbers than the student's (it is named, and so is the
  parameter set whose numbers it shows, when it shows one).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import nbformat

from .deck import Deck, ParameterSet
from .draw import RECORD
from .personalise import notebook_language, templated_cells
from .text import cell_language, render


@dataclass(frozen=True)
class Flag:
    """One way a submission's numbers differ from its student's, with the evidence (said in the language in force)."""

    code: str
    params: dict = field(default_factory=dict, hash=False)

    def doc(self) -> dict:
        return {"code": self.code, "params": dict(self.params)}

    @classmethod
    def from_doc(cls, doc: dict) -> Flag:
        return cls(str(doc.get("code", "")), dict(doc.get("params") or {}))

    def describe(self) -> str:
        """The evidence for the teacher, in the language in force."""
        from ..i18n import _

        p = self.params
        if self.code == "not-personalised":
            return _("the notebook carries no record of whom it was made for")
        if self.code == "made-for-other":
            return _("made for {student} (parameter set {number})", student=p.get("student"), number=p.get("number"))
        if self.code == "record-changed":
            if p.get("holds") is None:
                return _("its record holds numbers of no parameter set of this class, not set {truth}", truth=p.get("truth"))
            return _("its record holds parameter set {holds}, not set {truth}", holds=p.get("holds"), truth=p.get("truth"))
        cells = ", ".join(str(c) for c in p.get("cells", []))
        shows = p.get("shows")
        if shows == 0:
            return _("text cells {cells} show the example's numbers", cells=cells)
        if shows is None:
            return _("text cells {cells} show changed numbers", cells=cells)
        return _("text cells {cells} show the numbers of parameter set {number}", cells=cells, number=shows)


def _set_showing(text: str, template: str, lang: str, deck: Deck) -> ParameterSet | None:
    for parameters in (deck.example, *deck.sets):
        if render(template, parameters.values, lang) == text:
            return parameters
    return None


def shown_flags(submitted: nbformat.NotebookNode, released: nbformat.NotebookNode | None, deck: Deck,
                student: str) -> tuple[Flag, ...]:
    """How the numbers ``submitted`` showed differ from ``student``'s set of ``deck`` (none when they do not)."""
    truth = deck.for_student(student)
    flags: list[Flag] = []
    record = submitted.metadata.get("curriculum", {}).get(RECORD)
    if not isinstance(record, dict) or not record.get("seed"):
        flags.append(Flag("not-personalised"))
    elif str(record.get("student", "")) != student:
        flags.append(Flag("made-for-other", {"student": str(record.get("student")), "number": record.get("number")}))
    elif record.get("seed") != truth.seed or record.get("deck") != deck.key or record.get("values") != dict(truth.values):
        other = deck.by_seed(record.get("seed"))
        flags.append(Flag("record-changed", {"holds": other.number if other is not None else None, "truth": truth.number}))
    if released is not None:
        by_id = {c.get("id"): c for c in submitted.cells if c.get("id")}
        default = notebook_language(released)
        changed: dict[int | None, list[int]] = {}
        for index, template in templated_cells(released).items():
            cell = released.cells[index]
            mine = by_id.get(cell.get("id"))
            lang = cell_language(cell, default)
            if mine is None or mine.source == render(template, truth.values, lang):
                continue
            showing = _set_showing(mine.source, template, lang, deck)
            explained = showing is not None and (
                (showing.is_example and flags and flags[0].code == "not-personalised")
                or (isinstance(record, dict) and showing.seed == record.get("seed")))
            if explained:  # the text shows what the record already said
                continue
            changed.setdefault(showing.number if showing is not None else None, []).append(index + 1)
        for shows, cells in changed.items():
            flags.append(Flag("text-changed", {"cells": cells, "shows": shows}))
    return tuple(flags)


__all__ = ["Flag", "shown_flags"]
