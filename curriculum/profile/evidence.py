"""What one student's graded work shows, computed from the class data alone (no I/O, no wording).

* an assignment's share: the fraction of its autograded points the student earned (as the class report counts);
  a written answer counts apart, once the teacher or mentor has graded it;
* a skill's share: the mean share of the graded assignments whose module trains the skill, with the assignments
  behind it in time order (the class report, looking for who needs help, counts work not handed in as 0; a
  profile reads only the evidence there is);
* strengths: the skills at :data:`STRONG` or above; when there are none yet, the student's best skills so far;
* evidence: the items the student earned every point of, design tasks among them;
* growth: a skill whose latest assignment's share is at least :data:`GROWTH` above its first;
* next to practise: skills below :data:`PRACTISE` (never called weaknesses on the page);
* the engineering aptitude signal: exactly the class report's (:func:`curriculum.report.stats.profiles`), with what it
  reads: the mean share of the engineering skills and the subjects of the strong engineering work.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..report.data import ENGINEERING_SKILLS, ClassData
from ..report.stats import APTITUDE_LEVEL, HELP_LEVEL, fractions, profiles

STRONG = APTITUDE_LEVEL
"""A skill at or above this share is a strength (the class report's level for strong work)."""
PRACTISE = HELP_LEVEL
"""A skill below this share is what to practise next."""
GROWTH = 0.1
"""A rise of a skill's share from its first assignment to its latest of at least this much is growth."""


@dataclass(frozen=True)
class ItemResult:
    """One graded item of one assignment: its place, points and whether it is a design task."""

    cell: str
    number: int
    """The item's place among the assignment's graded items (1, 2, ...): how the page names it."""
    score: float
    max_score: float
    manual: bool
    design: bool
    graded: bool = True
    """False for a written answer nobody has graded yet."""

    @property
    def full(self) -> bool:
        return self.graded and self.max_score > 0 and self.score >= self.max_score


@dataclass(frozen=True)
class AssignmentResult:
    assignment: str
    order: float
    """Position in time: the due date or first submission (a timestamp), else the course's order."""
    handed_in: bool
    graded: bool
    """False when the file handed in could not be graded (not a notebook, broken in transit)."""
    share: float | None
    """Fraction of the autograded points (None when not handed in or not graded)."""
    items: tuple[ItemResult, ...] = ()

    @property
    def auto_points(self) -> tuple[float, float]:
        auto = [i for i in self.items if not i.manual]
        return sum(i.score for i in auto), sum(i.max_score for i in auto)

    @property
    def written(self) -> tuple[ItemResult, ...]:
        return tuple(i for i in self.items if i.manual)

    @property
    def full_items(self) -> tuple[ItemResult, ...]:
        return tuple(i for i in self.items if i.full)


@dataclass(frozen=True)
class SkillResult:
    skill: str
    share: float
    timeline: tuple[tuple[str, float], ...]
    """(assignment, share) of the assignments that train the skill and were graded, in time order."""

    @property
    def first(self) -> float:
        return self.timeline[0][1]

    @property
    def latest(self) -> float:
        return self.timeline[-1][1]

    @property
    def grew(self) -> bool:
        return len(self.timeline) >= 2 and self.latest - self.first >= GROWTH - 1e-9


@dataclass(frozen=True)
class StudentEvidence:
    student: str
    results: tuple[AssignmentResult, ...]
    """Every assignment of the class, in time order."""
    skills: tuple[SkillResult, ...]
    strengths: tuple[str, ...]
    """Skill ids at :data:`STRONG` or above, strongest first; else the best so far (see ``strengths_so_far``)."""
    strengths_so_far: bool
    """True when no skill reached :data:`STRONG` yet and ``strengths`` holds the best ones so far."""
    practise: tuple[str, ...]
    aptitude: bool
    """The class report's engineering aptitude signal (:func:`curriculum.report.stats.profiles`)."""
    engineering_share: float | None
    """The mean share of the engineering skills as the class report reads it for the signal, None without such work."""
    engineering_subjects: tuple[str, ...]
    """Subjects with an assignment at the signal's level that trains an engineering skill."""

    @property
    def handed_in(self) -> tuple[AssignmentResult, ...]:
        return tuple(r for r in self.results if r.handed_in and r.graded)

    def skill(self, skill: str) -> SkillResult | None:
        return next((s for s in self.skills if s.skill == skill), None)

    @property
    def growth(self) -> tuple[SkillResult, ...]:
        return tuple(s for s in self.skills if s.grew)

    def evidence_for(self, skill: str, trains: dict[str, tuple[str, ...]]) -> tuple[AssignmentResult, ...]:
        """The graded assignments that train ``skill`` and hold at least one item with every point."""
        return tuple(r for r in self.handed_in if skill in trains.get(r.assignment, ()) and r.full_items)


def _items(data: ClassData, assignment: str, student: str, manual_graded: dict[tuple[str, str, str], bool]) -> tuple[ItemResult, ...]:
    out = []
    for number, item in enumerate(data.items_of(assignment), start=1):
        outcome = data.outcomes.get((assignment, item.cell, student))
        if outcome is None:
            continue
        graded = manual_graded.get((assignment, item.cell, student), True) if item.manual else True
        out.append(ItemResult(item.cell, number, outcome.score, item.max_score, item.manual,
                              "design" in item.cell, graded))
    return tuple(out)


def student_evidence(data: ClassData, student: str, *,
                     manual_graded: dict[tuple[str, str, str], bool] | None = None) -> StudentEvidence:
    """The evidence of one student of ``data``; ``manual_graded`` says which written answers have a grade
    ((assignment, cell, student) -> graded); the aptitude signal is the class report's."""
    if student not in data.students:
        raise KeyError(student)
    manual_graded = manual_graded or {}
    shares = fractions(data)[student]
    ordered = sorted(data.assignments, key=lambda a: (data.order.get(a, 0.0), a))
    results = []
    for assignment in ordered:
        handed = (assignment, student) in data.submitted
        graded = handed and (assignment, student) not in data.ungraded
        results.append(AssignmentResult(assignment, data.order.get(assignment, 0.0), handed, graded,
                                        shares.get(assignment) if graded else None,
                                        _items(data, assignment, student, manual_graded) if graded else ()))
    timelines: dict[str, list[tuple[str, float]]] = {}
    for result in results:
        if result.share is None:
            continue
        for skill in data.skills.get(result.assignment, ()):
            timelines.setdefault(skill, []).append((result.assignment, result.share))
    skills = tuple(SkillResult(k, sum(v for _a, v in line) / len(line), tuple(line)) for k, line in sorted(timelines.items()))
    ranked = sorted(skills, key=lambda s: (-s.share, s.skill))
    strong = tuple(s.skill for s in ranked if s.share >= STRONG - 1e-9)
    so_far = not strong
    if so_far:
        strong = tuple(s.skill for s in ranked[:2] if s.share > 0)
    practise = tuple(s.skill for s in sorted(skills, key=lambda s: (s.share, s.skill)) if s.share < PRACTISE)
    in_report = next(p for p in profiles(data) if p.student == student)
    aptitude = "aptitude" in in_report.flags
    engineering = [v for k, v in in_report.skills.items() if k in ENGINEERING_SKILLS]
    subjects = sorted({data.subjects[r.assignment] for r in results
                       if r.share is not None and r.share >= APTITUDE_LEVEL and r.assignment in data.subjects
                       and ENGINEERING_SKILLS & set(data.skills.get(r.assignment, ()))})
    return StudentEvidence(student, tuple(results), skills, strong, so_far and bool(strong), practise, aptitude,
                           sum(engineering) / len(engineering) if engineering else None, tuple(subjects))
