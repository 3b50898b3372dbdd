"""The report's view of variants: who had which parameter set, how each set went, and answers that fit another set.

Read from the graded notebooks (``curriculum grade``, plain ``nbgrader autograde`` and Formgrader write the
same): the parameters cell of each holds the student's set and how the submission's numbers differed
from it (:mod:`curriculum.variants.shown`); a decided check whose answer is right for another set of the
class names that set (``other_set``).

* **Per set**: the students who had it and the share of the autograded points they earned, per item and in
  all. A set whose students earned clearly less than the rest of the class (at least 20 points of 100,
  with three students or more in it) is named: is that variant harder? With fewer students a set says
  nothing yet; a year's classes on the same deck say more.
* **Answers that fit another set**: the student, the item, the answer, the set it is right for and who had
  that set: the answer-sharing signal, with its evidence. Numbers changed in a submission are listed too.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..check.record import MIME, deserialize
from ..variants.shown import Flag
from .data import ClassData

HARDER_BY = 0.2
"""A set this far below the rest of the class (as a share of the points) is named as possibly harder."""
MIN_STUDENTS = 3


@dataclass(frozen=True)
class GradedSet:
    assignment: str
    student: str
    number: int
    values: dict = field(hash=False)
    flags: tuple[Flag, ...] = ()
    """How the submission's numbers differed from the student's own."""


@dataclass(frozen=True)
class OtherSetAnswer:
    assignment: str
    student: str
    item: str
    answer: str
    other_set: int


@dataclass
class VariantData:
    graded: dict[tuple[str, str], GradedSet] = field(default_factory=dict)
    answers: list[OtherSetAnswer] = field(default_factory=list)

    def assignments(self) -> list[str]:
        return sorted({a for a, _s in self.graded})

    def renamed(self, names: dict[str, str]) -> VariantData:
        """The same with student ids replaced (an anonymous report); a flag naming another student names a pseudonym."""
        def flag(f: Flag) -> Flag:
            return Flag(f.code, {**f.params, "student": names.get(f.params["student"], "?")}) if "student" in f.params else f

        return VariantData(
            {(a, names.get(s, s)): GradedSet(g.assignment, names.get(s, s), g.number, g.values, tuple(map(flag, g.flags)))
             for (a, s), g in self.graded.items()},
            [OtherSetAnswer(x.assignment, names.get(x.student, x.student), x.item, x.answer, x.other_set)
             for x in self.answers])


def _readable(doc: dict | None) -> str:
    try:
        return str(deserialize(doc))[:80] if doc else ""
    except (ValueError, KeyError, TypeError, SyntaxError):
        return json.dumps(doc)[:80]


def collect_variants(course_root: Path | str, submitted: set[tuple[str, str]]) -> VariantData:
    """Every graded submission's parameter set and every answer that fits another set."""
    out = VariantData()
    for assignment, student in sorted(submitted):
        for path in sorted((Path(course_root) / "autograded" / student / assignment).glob("*.ipynb")):
            nb = nbformat.read(path, as_version=4)
            for cell in nb.cells:
                for output in cell.get("outputs", []):
                    doc = output.get("data", {}).get(MIME) if output.get("output_type") == "display_data" else None
                    if not isinstance(doc, dict):
                        continue
                    if isinstance(doc.get("variant"), dict):
                        v = doc["variant"]
                        out.graded[(assignment, student)] = GradedSet(
                            assignment, student, int(v.get("number", 0)), dict(v.get("values", {})),
                            tuple(Flag.from_doc(f) for f in v.get("flags", []) if isinstance(f, dict)))
                    elif doc.get("decided") and isinstance(doc.get("other_set"), int):
                        item = cell.metadata.get("nbgrader", {}).get("grade_id", "?")
                        out.answers.append(OtherSetAnswer(assignment, student, item, _readable(doc.get("answer")),
                                                          doc["other_set"]))
    return out


def _share(data: ClassData, assignment: str, students: list[str], cell: str | None = None) -> float | None:
    items = [i for i in data.items_of(assignment, manual=False) if cell is None or i.cell == cell]
    maximum = sum(i.max_score for i in items) * len(students)
    if not maximum:
        return None
    return sum(data.outcomes[(assignment, i.cell, s)].score for i in items for s in students
               if (assignment, i.cell, s) in data.outcomes) / maximum


@dataclass(frozen=True)
class SetRow:
    number: int
    parameters: str
    students: tuple[str, ...]
    share: float | None
    items: tuple[float | None, ...]


def set_rows(data: ClassData, variants: VariantData, assignment: str) -> tuple[list[str], list[SetRow], list[tuple[SetRow, float]]]:
    """The autograded items, one row per parameter set (its students, their share of the points in all and per item),
    and the sets that may be harder, each with the share the rest of the class earned."""
    items = data.items_of(assignment, manual=False)
    by_set: dict[int, list[str]] = {}
    values: dict[int, dict] = {}
    for (a, student), graded in variants.graded.items():
        if a == assignment:
            by_set.setdefault(graded.number, []).append(student)
            values[graded.number] = graded.values
    rows, harder = [], []
    everyone = sorted(s for group in by_set.values() for s in group)
    for number in sorted(by_set):
        students = sorted(by_set[number])
        row = SetRow(number, ", ".join(f"{k}={v}" for k, v in values[number].items()), tuple(students),
                     _share(data, assignment, students), tuple(_share(data, assignment, students, i.cell) for i in items))
        rows.append(row)
        rest = [s for s in everyone if s not in students]
        rest_share = _share(data, assignment, rest) if rest else None
        if len(students) >= MIN_STUDENTS and row.share is not None and rest_share is not None \
                and row.share <= rest_share - HARDER_BY:
            harder.append((row, rest_share))
    return [i.cell for i in items], rows, harder


def _holders(variants: VariantData) -> dict[tuple[str, int], list[str]]:
    holders: dict[tuple[str, int], list[str]] = {}
    for (assignment, student), graded in variants.graded.items():
        holders.setdefault((assignment, graded.number), []).append(student)
    return holders


def sharing_rows(variants: VariantData) -> list[tuple[str, str, str, str, int, str]]:
    """The answer-sharing signal: (assignment, student, item, the answer or a flag's code, the set it fits or the
    student's own set, who had that set or the flag's evidence), in the language in force."""
    from ..i18n import _

    holders = _holders(variants)
    rows = []
    for x in sorted(variants.answers, key=lambda x: (x.assignment, x.student, x.item)):
        who = (_("the example (a copy made for nobody)") if x.other_set == 0
               else ", ".join(sorted(holders.get((x.assignment, x.other_set), []))) or _("nobody in this class"))
        rows.append((x.assignment, x.student, x.item, x.answer, x.other_set, who))
    for (assignment, student), graded in sorted(variants.graded.items()):
        for flag in graded.flags:
            rows.append((assignment, student, _("(the notebook's numbers)"), flag.code, graded.number, flag.describe()))
    return rows


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def variant_csv(data: ClassData, variants: VariantData) -> list[tuple[str, list[str], list[list[object]]]]:
    """(file name, header, rows) of the CSV files: one per assignment with variants, and the answer-sharing signal."""
    if not variants.graded:
        return []
    files = []
    for assignment in variants.assignments():
        items, rows, _harder = set_rows(data, variants, assignment)
        files.append((f"variants-{assignment}.csv", ["set", "parameters", "students", "all items", *items],
                      [[r.number, r.parameters, len(r.students), _percent(r.share), *map(_percent, r.items)] for r in rows]))
    files.append(("variants-sharing.csv", ["assignment", "student", "item", "answer or what changed",
                                           "fits set / graded on set", "who had that set / evidence"],
                  [list(r) for r in sharing_rows(variants)]))
    return files


def variant_sections(data: ClassData, variants: VariantData) -> list[str]:
    """The report's sections on variants (HTML, in the language in force); none for a course without variants."""
    if not variants.graded:
        return []
    from ..i18n import _
    from .html import table
    from .stats import percent

    out = ["<h2>" + html.escape(_("Variants: how each parameter set went")) + "</h2>"]
    for assignment in variants.assignments():
        items, rows, harder = set_rows(data, variants, assignment)
        out.append(table(assignment, [_("set"), _("parameters"), _("students"), _("all items"), *items],
                         [[r.number, r.parameters, len(r.students), percent(r.share), *map(percent, r.items)] for r in rows]))
        if harder:
            named = [_("set {number}: {share} of the points against {rest} for the rest of the class ({n} students)",
                       number=r.number, share=percent(r.share), rest=percent(rest), n=len(r.students)) for r, rest in harder]
            out.append("<p>" + html.escape(_("Possibly harder: {sets}", sets="; ".join(named))) + "</p>")
        else:
            out.append("<p>" + html.escape(_("No set stands out (a set is named when its students, three or more, earned at "
                                             "least 20 points of 100 less than the rest of the class).")) + "</p>")
    sharing = sharing_rows(variants)
    out.append("<h2>" + html.escape(_("Answers that fit another student's numbers")) + "</h2>")
    out.append(table(_("Answers that fit another student's numbers"),
                     [_("assignment"), _("student"), _("item"), _("answer or what changed"), _("fits set / graded on set"),
                      _("who had that set / evidence")], sharing) if sharing else "<p>" + html.escape(_("None.")) + "</p>")
    return out


__all__ = ["GradedSet", "OtherSetAnswer", "VariantData", "collect_variants", "set_rows", "sharing_rows", "variant_csv",
           "variant_sections"]
