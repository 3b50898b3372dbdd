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

from dataclasses import dataclass

import nbformat

from .deck import Deck, ParameterSet
from .draw import RECORD
from .personalise import notebook_language, templated_cells
from .text import cell_language, render


@dataclass(frozen=True)
class Flag:
    """One way a submission's numbers differ from its student's, with the evidence."""

    code: str
    evidence: str

    def doc(self) -> dict[str, str]:
        return {"code": self.code, "evidence": self.evidence}


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
        flags.append(Flag("not-personalised", "the notebook carries no record of whom it was made for"))
    elif str(record.get("student", "")) != student:
        flags.append(Flag("made-for-other", f"made for {record.get('student')!s} (parameter set {record.get('number')})"))
    elif record.get("seed") != truth.seed or record.get("deck") != deck.key or record.get("values") != dict(truth.values):
        other = deck.by_seed(record.get("seed"))
        where = f"parameter set {other.number}" if other is not None else "numbers of no parameter set of this class"
        flags.append(Flag("record-changed", f"its record holds {where}, not set {truth.number}"))
    if released is not None:
        by_id = {c.get("id"): c for c in submitted.cells if c.get("id")}
        default = notebook_language(released)
        changed: dict[str, list[int]] = {}
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
            what = ("the example's numbers" if showing is not None and showing.is_example
                    else f"the numbers of parameter set {showing.number}" if showing is not None else "changed numbers")
            changed.setdefault(what, []).append(index + 1)
        for what, cells in changed.items():
            flags.append(Flag("text-changed", f"text cell{'s' if len(cells) > 1 else ''} "
                                              f"{', '.join(map(str, cells))} show{'' if len(cells) > 1 else 's'} {what}"))
    return tuple(flags)


__all__ = ["Flag", "shown_flags"]
