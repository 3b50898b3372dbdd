"""What a student's evidence points to: next modules, plant professions (and the specialties that teach them),
thesis topics at university.  Pure functions of the evidence and the package's maps; no wording.

A profession is pointed to when the student's strengths are among the skills it uses most
(``curriculum/professions.yml``); professions are ordered by how many of the student's strengths they use,
then by the student's mean share on all the skills they use.  Nothing here says what a child is "suited" for:
the page lists work that uses skills the student has shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogue import Catalogue, CatalogueEntry
from ..metadata.topic import ThesisTopic
from ..professions import Profession, ProfessionMap, Specialty
from .evidence import STRONG, StudentEvidence

PROFESSIONS_SHOWN = 3
MODULES_SHOWN = 3
TOPICS_SHOWN = 2


@dataclass(frozen=True)
class ProfessionPointer:
    profession: Profession
    uses: tuple[str, ...]
    """The student's strengths the profession uses."""
    share: float
    """The student's mean share on the skills the profession uses (skills without evidence left out)."""


@dataclass(frozen=True)
class ModulePointer:
    entry: CatalogueEntry
    skills: tuple[str, ...]
    """The student's strengths (or skills to practise) the module trains."""


@dataclass(frozen=True)
class Guidance:
    grow: tuple[ModulePointer, ...]
    """Modules not yet done that train the student's strengths, in the order a programme reaches them."""
    practise: tuple[ModulePointer, ...]
    """Modules not yet done, or done earlier, that train the skills to practise next."""
    professions: tuple[ProfessionPointer, ...]
    specialties: tuple[Specialty, ...]
    topics: tuple[ThesisTopic, ...]


def _level(entry: CatalogueEntry) -> int:
    return entry.meta.grade or 12


def _done(evidence: StudentEvidence, catalogue: Catalogue) -> set[str]:
    handed = {r.assignment for r in evidence.handed_in}
    return {e.id for e in catalogue.entries if set(e.meta.assignments) & handed}


def point_professions(evidence: StudentEvidence, professions: ProfessionMap,
                      limit: int = PROFESSIONS_SHOWN) -> tuple[ProfessionPointer, ...]:
    found = []
    for profession in professions.professions:
        uses = tuple(s for s in evidence.strengths if s in profession.skills)
        if not uses:
            continue
        known = [evidence.skill(s).share for s in profession.skills if evidence.skill(s) is not None]
        found.append(ProfessionPointer(profession, uses, sum(known) / len(known)))
    found.sort(key=lambda p: (-len(p.uses), -p.share, p.profession.id))
    return tuple(found[:limit])


def guide(evidence: StudentEvidence, catalogue: Catalogue, professions: ProfessionMap,
          topics: tuple[ThesisTopic, ...] = ()) -> Guidance:
    done = _done(evidence, catalogue)
    highest = max((_level(e) for e in catalogue.entries if e.id in done), default=0)
    strengths = set(evidence.strengths)
    grow = [ModulePointer(e, tuple(s for s in evidence.strengths if s in e.meta.skills))
            for e in catalogue.entries if e.id not in done and strengths & set(e.meta.skills)]
    grow.sort(key=lambda m: (_level(m.entry) < highest, _level(m.entry), -len(m.skills), m.entry.id))
    practise = [ModulePointer(e, tuple(s for s in evidence.practise if s in e.meta.skills))
                for e in catalogue.entries if set(evidence.practise) & set(e.meta.skills)]
    practise.sort(key=lambda m: (m.entry.id in done, _level(m.entry), -len(m.skills), m.entry.id))
    pointers = point_professions(evidence, professions)
    specialties: list[Specialty] = []
    for pointer in pointers:
        specialties += [s for s in pointer.profession.specialties if s not in specialties]
    strong_modules = {e.id for e in catalogue.entries
                      if any(r.share is not None and r.share >= STRONG - 1e-9 and r.assignment in e.meta.assignments
                             for r in evidence.handed_in)}
    chosen = [t for t in topics if strong_modules & set(t.prepared_by) and strengths & set(t.skills)]
    chosen.sort(key=lambda t: (-len(strengths & set(t.skills)), t.id))
    return Guidance(tuple(grow[:MODULES_SHOWN]), tuple(practise[:MODULES_SHOWN]), pointers,
                    tuple(sorted(specialties, key=lambda s: (s.level != "college", s.id))), tuple(chosen[:TOPICS_SHOWN]))
