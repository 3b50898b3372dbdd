"""A course manifest: the small YAML file from which ``course new`` builds a class's course.

::

    course: kostanay-school-8a        # nbgrader course id
    language: kk                      # kk, ru or en: the one language of the class
    timezone: Asia/Qostanay           # optional, for due dates written without an offset
    modules:                          # module ids, in teaching order
      - phys-09-braking
      - id: math-08-gears
        due: 2026-03-01 18:00         # optional nbgrader due date of the module's assignments
    students: [aigerim, bolat]        # optional: registered in the gradebook

Every error names the file and the field; an unknown module lists the known ones.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .catalogue import Catalogue
from .i18n import LANGUAGES, UnknownLanguage, normalize_language
from .metadata import FieldError

COURSE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]*$")
KEYS = ("course", "language", "timezone", "modules", "students")
DEFAULT_TIMEZONE = "Asia/Qostanay"


class ManifestError(ValueError):
    """A manifest that cannot build a course; ``errors`` lists every problem by field."""

    def __init__(self, errors: list[FieldError]):
        self.errors = tuple(errors)
        super().__init__("\n".join(str(e) for e in errors))


@dataclass(frozen=True)
class ModuleChoice:
    """One module of the course, in teaching order, with its due date (UTC, as nbgrader stores it)."""

    id: str
    due_utc: dt.datetime | None = None


@dataclass(frozen=True)
class CourseManifest:
    path: Path
    course: str
    language: str
    modules: tuple[ModuleChoice, ...]
    students: tuple[str, ...] = ()
    timezone: str = DEFAULT_TIMEZONE


def _due(value: Any, tz: dt.tzinfo) -> dt.datetime:
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time(23, 59))
    elif isinstance(value, str):
        moment = dt.datetime.fromisoformat(value.strip())
    else:
        raise ValueError(f"{value!r} is not a date")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None)


def parse_manifest(data: Any, path: Path, catalogue: Catalogue) -> CourseManifest:
    """Validate a manifest read as YAML against the modules of ``catalogue``; raises :class:`ManifestError`."""
    errors: list[FieldError] = []

    def error(where: str, message: str) -> None:
        errors.append(FieldError(path, where, message))

    if not isinstance(data, dict):
        raise ManifestError([FieldError(path, "(file)", "must be a mapping with course, language and modules")])
    for key in sorted(set(data) - set(KEYS), key=str):
        error(str(key), f"unknown field; known fields: {', '.join(KEYS)}")
    course = data.get("course")
    if not isinstance(course, str) or not COURSE_ID.match(course):
        error("course", "missing" if course is None else f"{course!r} is not a course id (letters, digits, '-', '_')")
    language = data.get("language")
    try:
        language = normalize_language(str(language)) if language is not None else None
    except UnknownLanguage:
        error("language", f"{language!r} is not one of {', '.join(LANGUAGES)}")
        language = None
    if data.get("language") is None:
        error("language", f"missing: {', '.join(LANGUAGES)}")
    timezone = str(data.get("timezone", DEFAULT_TIMEZONE))
    try:
        tz: dt.tzinfo = zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        error("timezone", f"{timezone!r} is not a time zone name like {DEFAULT_TIMEZONE}")
        tz = dt.timezone.utc

    modules: list[ModuleChoice] = []
    raw_modules = data.get("modules")
    if not isinstance(raw_modules, list) or not raw_modules:
        error("modules", "missing: list module ids in teaching order" if raw_modules is None
              else "must be a non-empty list of module ids")
        raw_modules = []
    for i, item in enumerate(raw_modules):
        where = f"modules[{i}]"
        entry = {"id": item} if isinstance(item, str) else item
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            error(where, "must be a module id or a mapping with id (and due)")
            continue
        for extra in sorted(set(entry) - {"id", "due"}, key=str):
            error(f"{where}.{extra}", "unknown field; use id, due")
        if entry["id"] not in catalogue.ids:
            error(f"{where}" + ("" if isinstance(item, str) else ".id"),
                  f"unknown module {entry['id']!r}; known modules: {', '.join(catalogue.ids)}")
            continue
        if entry["id"] in {m.id for m in modules}:
            error(where, f"{entry['id']} is listed twice")
            continue
        due = None
        if entry.get("due") is not None:
            try:
                due = _due(entry["due"], tz)
            except ValueError:
                error(f"{where}.due", f"{entry['due']!r} is not a date like 2026-03-01 18:00")
        modules.append(ModuleChoice(entry["id"], due))

    students = data.get("students", [])
    if not isinstance(students, list) or not all(isinstance(s, str) and COURSE_ID.match(s) for s in students):
        error("students", "must be a list of student ids (letters, digits, '-', '_')")
        students = []
    if errors:
        raise ManifestError(errors)
    return CourseManifest(path, course, language, tuple(modules), tuple(students), timezone)


def load_manifest(path: Path, catalogue: Catalogue) -> CourseManifest:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ManifestError([FieldError(path, "(file)", f"cannot be read: {exc.strerror}")]) from None
    except yaml.YAMLError as exc:
        raise ManifestError([FieldError(path, "(file)", f"is not valid YAML: {exc}")]) from None
    return parse_manifest(data, path, catalogue)
