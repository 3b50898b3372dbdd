"""The numbers of a class report, computed from :class:`~curriculum.report.data.ClassData` alone (no I/O).

* difficulty of an item: the mean fraction of its points the class earned (1 = everyone right);
* discrimination: the corrected item-total correlation, Pearson's r between the item's score
  and the rest of the assignment's autograded score (how well the item separates strong
  from weak work; below 0.2 is worth a look);
* a skill profile: for each skill of the shared vocabulary, the mean fraction of autograded
  points a student earned on the assignments whose module trains that skill, in time order;
* aptitude: strong work (at least 80 % on average) on the engineering skills in at least two
  subjects; needs help: under 50 % on average, or an assignment not handed in or left empty.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..i18n import _, get_language, pick
from ..metadata.vocabulary import SKILLS
from .data import ENGINEERING_SKILLS, ClassData, Item

APTITUDE_LEVEL = 0.8
HELP_LEVEL = 0.5


@dataclass(frozen=True)
class ItemStats:
    item: Item
    difficulty: float
    discrimination: float | None
    mistakes: tuple[tuple[str, int, tuple[str, ...]], ...]  # code, count, up to three example answers


@dataclass(frozen=True)
class StudentProfile:
    student: str
    scores: dict[str, float | None]  # assignment -> fraction of autograded points (None: not handed in)
    skills: dict[str, float]
    timeline: tuple[tuple[str, float | None], ...]
    flags: tuple[str, ...] = field(default_factory=tuple)  # "aptitude", "needs-help"
    evidence: tuple[str, ...] = field(default_factory=tuple)


def percent(value: float | None) -> str:
    """``75 %`` in kk and ru (a space before the sign, as their textbooks write it), ``75%`` in en; ``-`` for none."""
    if value is None:
        return "-"
    return f"{value:.0%}".replace("%", "\u00a0%") if get_language() in ("kk", "ru") else f"{value:.0%}"


def skill_name(skill: str) -> str:
    return pick(SKILLS[skill]) if skill in SKILLS else skill


def subject_name(subject: str) -> str:
    names = {"math": _("mathematics"), "physics": _("physics"), "informatics": _("informatics")}
    return names.get(subject, subject)


def pearson(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 3:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / math.sqrt(sxx * syy)


def assignment_totals(data: ClassData, assignment: str) -> dict[str, float]:
    """Autograded points per student who handed the assignment in."""
    items = data.items_of(assignment, manual=False)
    return {s: sum(data.outcomes[(assignment, i.cell, s)].score for i in items)
            for s in data.students if (assignment, s) in data.submitted}


def item_stats(data: ClassData, assignment: str) -> list[ItemStats]:
    totals = assignment_totals(data, assignment)
    students = sorted(totals)
    out = []
    for item in data.items_of(assignment, manual=False):
        scores = [data.outcomes[(assignment, item.cell, s)].score for s in students]
        difficulty = sum(scores) / (len(scores) * item.max_score) if scores and item.max_score else 0.0
        rest = [totals[s] - x for s, x in zip(students, scores)]
        codes = Counter()
        examples: dict[str, list[str]] = defaultdict(list)
        for s in students:
            outcome = data.outcomes[(assignment, item.cell, s)]
            if outcome.code:
                codes[outcome.code] += 1
                if outcome.example and outcome.example not in examples[outcome.code] and len(examples[outcome.code]) < 3:
                    examples[outcome.code].append(outcome.example)
        mistakes = tuple((code, n, tuple(examples[code])) for code, n in codes.most_common())
        out.append(ItemStats(item, difficulty, pearson(scores, rest), mistakes))
    return out


def fractions(data: ClassData) -> dict[str, dict[str, float | None]]:
    """Student -> assignment -> fraction of autograded points (None when not handed in)."""
    result: dict[str, dict[str, float | None]] = {s: {} for s in data.students}
    for assignment in data.assignments:
        maximum = sum(i.max_score for i in data.items_of(assignment, manual=False))
        totals = assignment_totals(data, assignment)
        for s in data.students:
            result[s][assignment] = (totals[s] / maximum if maximum else None) if s in totals else None
    return result


def profiles(data: ClassData) -> list[StudentProfile]:
    per_student = fractions(data)
    ordered = sorted(data.assignments, key=lambda a: data.order.get(a, 0.0))
    out = []
    for s in data.students:
        scores = per_student[s]
        by_skill: dict[str, list[float]] = defaultdict(list)
        for assignment, value in scores.items():
            for skill in data.skills.get(assignment, ()):
                by_skill[skill].append(value or 0.0)
        skills = {k: sum(v) / len(v) for k, v in sorted(by_skill.items())}
        timeline = tuple((a, scores[a]) for a in ordered)
        flags, evidence = [], []
        engineering_subjects = {data.subjects.get(a) for a, v in scores.items()
                                if v is not None and v >= APTITUDE_LEVEL
                                and ENGINEERING_SKILLS & set(data.skills.get(a, ()))}
        engineering = [skills[k] for k in skills if k in ENGINEERING_SKILLS]
        if engineering and sum(engineering) / len(engineering) >= APTITUDE_LEVEL and len(engineering_subjects - {None}) >= 2:
            flags.append("aptitude")
            evidence.append(_("{share} on engineering skills across {subjects}", share=percent(sum(engineering) / len(engineering)),
                              subjects=", ".join(subject_name(x) for x in sorted(engineering_subjects - {None}))))
            evidence += [f"{a}: {percent(v)}" for a, v in timeline if v is not None and v >= APTITUDE_LEVEL]
        handed = [v for v in scores.values() if v is not None]
        missing = [a for a, v in scores.items() if v is None]
        broken = [a for a in scores if (a, s) in data.ungraded]
        empty = [a for a, v in scores.items() if v == 0.0 and a not in broken]
        mean = sum(handed) / len(handed) if handed else 0.0
        if mean < HELP_LEVEL or missing or empty or broken:
            flags.append("needs-help")
            if handed and mean < HELP_LEVEL:
                evidence.append(_("{share} of the autograded points on average", share=percent(mean)))
            evidence += ([_("{assignment}: not handed in", assignment=a) for a in missing]
                         + [_("{assignment}: no points", assignment=a) for a in empty]
                         + [_("{assignment}: the file handed in could not be graded", assignment=a) for a in broken])
            weak = sorted((v, k) for k, v in skills.items() if v < HELP_LEVEL)
            if weak:
                evidence.append(_("weakest skills: {skills}",
                                  skills=", ".join(f"{skill_name(k)} {percent(v)}" for v, k in weak[:3])))
        out.append(StudentProfile(s, scores, skills, timeline, tuple(flags), tuple(evidence)))
    return out
