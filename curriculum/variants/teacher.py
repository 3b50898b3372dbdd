"""What a teacher does with a class's variants: look at the deck, pin a student, draw again, hand out copies.

Each is a library call that returns typed results; ``python -m curriculum variants ...`` prints them.
Pinning and drawing again change ``variants.yml`` and release the assignment again, so the release
(and nbgrader's fetch, which makes each copy from it) carries the new deck. Both are meant for before
the copies are handed out: a student who already has a copy keeps its numbers, and the grader, which
grades on the deck, would then say the copy's numbers were not the student's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from ..course import Course, StepResult
from .deck import Deck, DeckError, ParameterSet
from .personalise import handout
from .settings import AssignmentSettings, course_deck, course_id_of, save_settings, settings_for


@dataclass(frozen=True)
class DeckView:
    """One notebook's deck in a class: its sets, and which of the class's students have each."""

    assignment: str
    notebook: str
    deck: Deck
    students: dict[int, tuple[str, ...]] = field(default_factory=dict, hash=False)

    @property
    def sets(self) -> tuple[ParameterSet, ...]:
        return self.deck.sets


def class_students(course_root: Path | str, assignment: str) -> list[str]:
    """The class: the gradebook's students and whoever handed in the assignment."""
    from nbgrader.api import Gradebook

    course = Course(course_root)
    found = set()
    try:
        with Gradebook(course.db_url) as gb:
            found |= {s.id for s in gb.students}
    except Exception:  # noqa: BLE001 - a course without a gradebook yet has no roster
        pass
    submitted = course.root / "submitted"
    if submitted.is_dir():
        found |= {p.name for p in submitted.iterdir() if (p / assignment).is_dir()}
    return sorted(found)


def decks(course_root: Path | str, assignment: str) -> list[DeckView]:
    """The deck of every notebook of ``assignment`` that has variants, with the class's students on each set."""
    course = Course(course_root)
    if assignment not in course.assignments():
        raise ValueError(f"no assignment {assignment!r} in {course.root / 'source'}")
    course_id = course_id_of(course.root)
    students = class_students(course.root, assignment)
    views = []
    for path in course.source_notebooks(assignment):
        deck = course_deck(course.root, course_id, assignment, path.stem, nbformat.read(path, as_version=4))
        if deck is None:
            continue
        by_set: dict[int, list[str]] = {}
        for student in students:
            by_set.setdefault(deck.number_for(student), []).append(student)
        views.append(DeckView(assignment, path.stem, deck, {n: tuple(s) for n, s in by_set.items()}))
    if not views:
        raise ValueError(f"{assignment} has no variants (no notebook of it has a parameters cell)")
    return views


def _release(course_root: Path | str, assignment: str) -> StepResult:
    return Course(course_root).generate_release(assignment)


def pin(course_root: Path | str, assignment: str, student: str, number: int | None) -> StepResult:
    """Give ``student`` parameter set ``number`` of ``assignment`` (``None`` unpins), then release it again."""
    views = decks(course_root, assignment)
    if number is not None and not all(1 <= number <= v.deck.count for v in views):
        raise DeckError(f"{assignment} has parameter sets 1 to {min(v.deck.count for v in views)}, not {number}")
    settings = settings_for(course_root, assignment)
    pins = dict(settings.pins)
    if number is None:
        pins.pop(student, None)
    else:
        pins[student] = number
    save_settings(course_root, assignment, AssignmentSettings(settings.draw, pins))
    return _release(course_root, assignment)


def redraw(course_root: Path | str, assignment: str, *, force: bool = False) -> StepResult:
    """A new deck for ``assignment`` (the next draw number), released. Refused once students handed it in."""
    decks(course_root, assignment)
    handed = [p.parent.name for p in (Path(course_root) / "submitted").glob(f"*/{assignment}") if p.is_dir()]
    if handed and not force:
        raise ValueError(f"{len(handed)} student(s) already handed in {assignment} with the numbers of the current draw; "
                         "drawing again would grade them on numbers they never saw (use --force to draw anyway)")
    settings = settings_for(course_root, assignment)
    save_settings(course_root, assignment, AssignmentSettings(settings.draw + 1, settings.pins))
    return _release(course_root, assignment)


def hand_out(course_root: Path | str, assignment: str, students: list[str] | None = None,
             dest: Path | str | None = None) -> dict[str, list[Path]]:
    """Each student's own copy of the released assignment, in ``dest/<student>/<assignment>/`` (default
    ``<course>/handout/``), for a class without nbgrader's exchange. Students default to the class's."""
    course = Course(course_root)
    release = course.root / "release" / assignment
    if not release.is_dir():
        raise FileNotFoundError(f"{assignment} is not released: no {release}")
    chosen = students or class_students(course.root, assignment)
    if not chosen:
        raise ValueError("no students: name them, or add them to the gradebook (nbgrader db student add)")
    return handout(release, chosen, Path(dest) if dest else course.root / "handout")


__all__ = ["DeckView", "class_students", "decks", "hand_out", "pin", "redraw"]
