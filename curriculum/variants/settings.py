"""A course's variant settings, ``variants.yml`` in the course folder: the draw number and the pins of each assignment.

::

    phys-09-braking:
      draw: 2            # `curriculum variants redraw phys-09-braking` made a new deck
      pins:
        aigerim: 3       # `curriculum variants pin phys-09-braking aigerim 3`

An assignment that is not listed has draw 1 and no pins. The file is the teacher's: the
``curriculum variants`` commands change it and release the assignment again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from pathlib import Path

import yaml

if TYPE_CHECKING:
    from .deck import Deck

FILE = "variants.yml"


class SettingsError(ValueError):
    """A ``variants.yml`` that cannot be read; says where."""


@dataclass(frozen=True)
class AssignmentSettings:
    draw: int = 1
    pins: dict[str, int] = field(default_factory=dict, hash=False)


def load_settings(course_root: Path | str) -> dict[str, AssignmentSettings]:
    path = Path(course_root) / FILE
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise SettingsError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: expected assignment ids with their draw and pins")
    out = {}
    for assignment, entry in data.items():
        entry = entry or {}
        if not isinstance(entry, dict) or set(entry) - {"draw", "pins"}:
            raise SettingsError(f"{path}: {assignment}: only 'draw' and 'pins' may be set")
        draw, pins = entry.get("draw", 1), entry.get("pins") or {}
        if not isinstance(draw, int) or draw < 1:
            raise SettingsError(f"{path}: {assignment}.draw must be a whole number from 1 (not {draw!r})")
        if not isinstance(pins, dict) or not all(isinstance(n, int) for n in pins.values()):
            raise SettingsError(f"{path}: {assignment}.pins must map student ids to parameter set numbers")
        out[str(assignment)] = AssignmentSettings(draw, {str(k): int(v) for k, v in pins.items()})
    return out


def settings_for(course_root: Path | str, assignment: str) -> AssignmentSettings:
    return load_settings(course_root).get(assignment, AssignmentSettings())


def save_settings(course_root: Path | str, assignment: str, settings: AssignmentSettings) -> Path:
    path = Path(course_root) / FILE
    data = {a: {"draw": s.draw, **({"pins": dict(sorted(s.pins.items()))} if s.pins else {})}
            for a, s in load_settings(course_root).items()}
    data[assignment] = {"draw": settings.draw, **({"pins": dict(sorted(settings.pins.items()))} if settings.pins else {})}
    header = "# Variants of this course's assignments: draw number and pinned students (curriculum variants ...)\n"
    path.write_text(header + yaml.safe_dump(dict(sorted(data.items())), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def course_id_of(course_root: Path | str) -> str:
    """The course id in the course's ``nbgrader_config.py`` (``c.CourseDirectory.course_id``)."""
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(course_root)).load_config()
    return str(config.CourseDirectory.get("course_id", "") or "")


def course_deck(course_root: Path | str, course_id: str, assignment: str, notebook: str, nb) -> Deck | None:
    """The class's deck of one notebook (``nb``: the source, or anything holding its parameters cell), or None."""
    from .deck import build_deck, deck_key, parameters_cell

    index = parameters_cell(nb)
    if index is None:
        return None
    settings = settings_for(course_root, assignment)
    return build_deck(nb.cells[index].source, key=deck_key(course_id, assignment, settings.draw), notebook=notebook,
                      pins=settings.pins)
