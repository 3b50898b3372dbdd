"""Anonymised statistics of a class for the programme: no names, no pseudonyms, no row per student.

Only counts and quartiles.  A cohort of fewer than :data:`MIN_COHORT` students gets no statistics, quartiles are
given only over at least :data:`MIN_COHORT` students, and a count below :data:`MIN_COUNT` (how many showed the
aptitude signal, how many were pointed to a profession) is shown as "fewer than 3", so that no child can be picked
out of a small class.
"""

from __future__ import annotations

import csv
import html
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..i18n import LANGUAGE_TAGS, _, get_language
from ..metadata.vocabulary import SKILLS
from ..report.stats import percent
from .evidence import StudentEvidence
from .guidance import Guidance
from .page import CSS

MIN_COHORT = 5
MIN_COUNT = 3


@dataclass(frozen=True)
class Spread:
    n: int
    q1: float
    median: float
    q3: float


@dataclass(frozen=True)
class Cohort:
    students: int
    assignments: tuple[tuple[str, int, Spread | None], ...]
    """(assignment, how many handed in graded work, spread of their shares)."""
    skills: tuple[tuple[str, Spread], ...]
    aptitude: int
    grew: int
    """Students with growth on at least one skill."""
    professions: tuple[tuple[str, int], ...]
    """(profession id, how many profiles point to it), most first."""

    @property
    def enough(self) -> bool:
        return self.students >= MIN_COHORT


def spread(values: list[float]) -> Spread | None:
    if not values:
        return None
    if len(values) == 1:
        return Spread(1, values[0], values[0], values[0])
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return Spread(len(values), q1, median, q3)


def cohort(profiles: list[tuple[StudentEvidence, Guidance]]) -> Cohort:
    evidence = [e for e, _g in profiles]
    assignments = [r.assignment for r in evidence[0].results] if evidence else []
    per_assignment = []
    for assignment in assignments:
        shares = [r.share for e in evidence for r in e.results if r.assignment == assignment and r.share is not None]
        per_assignment.append((assignment, len(shares), spread(shares)))
    skills = []
    for skill in SKILLS:
        values = [s.share for e in evidence if (s := e.skill(skill)) is not None]
        if (found := spread(values)) is not None:
            skills.append((skill, found))
    professions = Counter(p.profession.id for _e, g in profiles for p in g.professions)
    return Cohort(len(evidence), tuple(per_assignment), tuple(skills), sum(e.aptitude for e in evidence),
                  sum(bool(e.growth) for e in evidence), tuple(sorted(professions.items(), key=lambda kv: (-kv[1], kv[0]))))


def count_text(n: int) -> str:
    return _("fewer than {n}", n=MIN_COUNT) if 0 < n < MIN_COUNT else str(n)


def write_cohort(result: Cohort, folder: Path, *, course: str, titles: dict[str, str], profession_names: dict[str, str]) -> tuple[Path, Path]:
    """``cohort.html`` (in the language in force) and ``cohort.csv`` (skills and assignments, for spreadsheets)."""
    folder.mkdir(parents=True, exist_ok=True)
    e = html.escape
    lang = get_language()
    title = _("Cohort statistics: {course}", course=course)
    body = [f"<h1>{e(title)}</h1>",
            f"<p>" + e(_("Anonymised: counts and quartiles only, no names and no row per student.")) + f"</p>"]
    rows: list[list[object]] = []
    if not result.enough:
        body.append(f"<p class='signal pending'>" + e(_("Fewer than {n} students: no statistics, so that no one can be recognised.", n=MIN_COHORT)) + f"</p>")
    else:
        head = (f"<tr><th scope='col'></th><th scope='col'>" + e(_("students")) + f"</th><th scope='col'>" + e(_("lower quartile")) + f"</th>"
                f"<th scope='col'>" + e(_("median")) + f"</th><th scope='col'>" + e(_("upper quartile")) + f"</th></tr>")

        def row(name: str, n: int, s: Spread | None) -> str:
            cells = [count_text(n)] + ([percent(s.q1), percent(s.median), percent(s.q3)] if s and n >= MIN_COHORT else ["", "", ""])
            return f"<tr><th scope='row'>{e(name)}</th>" + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>"

        body.append(f"<p>" + e(_("Students: {n}", n=result.students)) + f"</p>")
        body.append(f"<h2>" + e(_("Work handed in and graded")) + f"</h2><table>{head}"
                    + "".join(row(titles.get(a, a), n, s) for a, n, s in result.assignments) + "</table>")
        body.append(f"<h2>" + e(_("Skills")) + f"</h2><table>{head}"
                    + "".join(row(SKILLS[k][lang], s.n, s) for k, s in result.skills) + "</table>")
        body.append(f"<h2>" + e(_("Engineering aptitude signal")) + f"</h2><p>" + e(_("Shown in {n} profiles.", n=count_text(result.aptitude))) + f"</p>")
        body.append(f"<p>" + e(_("Growth on at least one skill: {n} profiles.", n=count_text(result.grew))) + f"</p>")
        if result.professions:
            body.append(f"<h2>" + e(_("Professions the profiles point to")) + f"</h2><ul>"
                        + "".join(f"<li>{e(profession_names.get(p, p))}: {e(count_text(n))}</li>" for p, n in result.professions)
                        + "</ul>")
        def quartiles(s: Spread | None, n: int) -> tuple:
            return (round(s.q1, 3), round(s.median, 3), round(s.q3, 3)) if s and n >= MIN_COHORT else ("", "", "")

        rows = ([["assignment", a, n, *quartiles(s, n)] for a, n, s in result.assignments]
                + [["skill", k, s.n, *quartiles(s, s.n)] for k, s in result.skills])
    page = folder / "cohort.html"
    page.write_text(f"<!DOCTYPE html><html lang='{LANGUAGE_TAGS[lang]}'><head><meta charset='utf-8'><title>{e(title)}</title>"
                    f"<style>{CSS}</style></head><body><main>{''.join(body)}</main></body></html>", encoding="utf-8")
    table = folder / "cohort.csv"
    with table.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["kind", "name", "students", "lower_quartile", "median", "upper_quartile"])
        writer.writerows(rows)
    return page, table
