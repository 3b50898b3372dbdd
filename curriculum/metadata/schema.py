"""The typed, versioned schema of ``module.yml``: frozen dataclasses and a validating reader.

Every error names the file and the field (``physics/phys-09-braking/module.yml:
outcomes[1].code: ...``) and all errors of a file are reported together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..i18n import LANGUAGES
from .upgraders import CURRENT_VERSION, SchemaVersionError, upgrade
from .vocabulary import SCHOOL_GRADES, SKILLS, SUBJECTS, TRACKS

MODULE_FILE = "module.yml"
ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$")
"""Module and assignment ids: lowercase words joined by hyphens (``phys-09-braking``)."""
OBJECTIVE_CODE = re.compile(r"^(\d{1,2})\.(\d+)\.(\d+)\.(\d+)$")
"""National curriculum objective codes: ``grade.section.subsection.objective``."""


@dataclass(frozen=True)
class Texts:
    """One text in the three course languages."""

    kk: str
    ru: str
    en: str

    def get(self, lang: str) -> str:
        return getattr(self, lang)

    def as_dict(self) -> dict[str, str]:
        return {lang: self.get(lang) for lang in LANGUAGES}


@dataclass(frozen=True)
class Outcome:
    text: Texts
    code: str | None = None
    code_verified: bool = False


@dataclass(frozen=True)
class Source:
    title: str
    note: str = ""
    url: str = ""


@dataclass(frozen=True)
class ModuleMeta:
    """The contents of one ``module.yml`` at :data:`CURRENT_VERSION`."""

    path: Path
    id: str
    subject: str
    track: str
    grade: int | None
    title: Texts
    summary: Texts
    outcomes: tuple[Outcome, ...]
    skills: tuple[str, ...]
    prerequisites: tuple[str, ...]
    duration_minutes: int
    industry_context: Texts
    assignments: tuple[str, ...]
    sources: tuple[Source, ...] = ()
    forked_from: str | None = None
    schema_version: int = CURRENT_VERSION

    @property
    def level(self) -> str:
        """``grade 8`` or ``college``."""
        return f"grade {self.grade}" if self.track == "school" else self.track

    def as_dict(self) -> dict[str, Any]:
        """The metadata as plain data (what ``module.yml`` holds; for JSON and for writing a fork)."""
        data: dict[str, Any] = {"schema_version": self.schema_version, "id": self.id, "subject": self.subject}
        if self.track == "school":
            data["grade"] = self.grade
        else:
            data["track"] = self.track
        data |= {
            "title": self.title.as_dict(), "summary": self.summary.as_dict(),
            "outcomes": [{**({"code": o.code, "code_verified": o.code_verified} if o.code else {}),
                          "text": o.text.as_dict()} for o in self.outcomes],
            "skills": list(self.skills), "prerequisites": list(self.prerequisites),
            "duration_minutes": self.duration_minutes, "industry_context": self.industry_context.as_dict(),
            "assignments": list(self.assignments),
        }
        if self.sources:
            data["sources"] = [{k: v for k, v in vars(s).items() if v} for s in self.sources]
        if self.forked_from:
            data["forked_from"] = self.forked_from
        return data


@dataclass(frozen=True)
class FieldError:
    """One problem of one field of one file."""

    path: Path
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.field}: {self.message}"


class MetadataError(ValueError):
    """A ``module.yml`` that does not fit the schema; ``errors`` lists every problem."""

    def __init__(self, errors: list[FieldError]):
        self.errors = tuple(errors)
        super().__init__("\n".join(str(e) for e in errors))


@dataclass
class _Reader:
    path: Path
    errors: list[FieldError] = field(default_factory=list)

    def error(self, where: str, message: str) -> None:
        self.errors.append(FieldError(self.path, where, message))

    def str_(self, data: dict, key: str, where: str, *, required: bool = True) -> str:
        value = data.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or not value.strip():
            self.error(where, "missing" if value is None else f"must be non-empty text, got {value!r}")
            return ""
        return value.strip()

    def texts(self, data: dict, key: str, where: str) -> Texts:
        value = data.get(key)
        if not isinstance(value, dict):
            self.error(where, "missing" if value is None else "must map kk, ru and en to text")
            return Texts("", "", "")
        for extra in sorted(set(value) - set(LANGUAGES)):
            self.error(f"{where}.{extra}", f"unknown language; use {', '.join(LANGUAGES)}")
        return Texts(*(self.str_(value, lang, f"{where}.{lang}") for lang in LANGUAGES))

    def list_(self, data: dict, key: str, where: str, *, required: bool = True) -> list:
        value = data.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, list):
            self.error(where, "missing" if value is None else f"must be a list, got {type(value).__name__}")
            return []
        return value

    def int_(self, data: dict, key: str, where: str, *, required: bool = True) -> int | None:
        value = data.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            self.error(where, "missing" if value is None else f"must be a positive whole number, got {value!r}")
            return None
        return value

    def ids(self, data: dict, key: str, where: str, *, required: bool = True) -> tuple[str, ...]:
        out = []
        for i, item in enumerate(self.list_(data, key, where, required=required)):
            if not isinstance(item, str) or not ID_PATTERN.match(item):
                self.error(f"{where}[{i}]", f"{item!r} is not an id like 'phys-09-braking'")
            else:
                out.append(item)
        if len(set(out)) < len(out):
            self.error(where, "lists an id twice")
        return tuple(out)


KNOWN_KEYS = frozenset({"schema_version", "id", "subject", "grade", "track", "title", "summary", "outcomes",
                        "skills", "prerequisites", "duration_minutes", "industry_context", "assignments",
                        "sources", "forked_from"})


def parse_module_meta(data: Any, path: Path) -> ModuleMeta:
    """Validate ``data`` (a ``module.yml`` read as YAML, any schema version); raises :class:`MetadataError`."""
    r = _Reader(path)
    if not isinstance(data, dict):
        raise MetadataError([FieldError(path, "(file)", "must be a mapping of fields")])
    try:
        data = upgrade(data)
    except SchemaVersionError as exc:
        raise MetadataError([FieldError(path, "schema_version", str(exc))]) from None
    for key in sorted(set(data) - KNOWN_KEYS, key=str):
        r.error(str(key), f"unknown field; known fields: {', '.join(sorted(KNOWN_KEYS))}")

    module_id = r.str_(data, "id", "id")
    if module_id and not ID_PATTERN.match(module_id):
        r.error("id", f"{module_id!r} is not an id like 'phys-09-braking' (lowercase words joined by '-')")
    elif module_id and path.name == MODULE_FILE and path.parent.name != module_id:
        r.error("id", f"{module_id!r} differs from the folder name {path.parent.name!r}")
    subject = r.str_(data, "subject", "subject")
    if subject and subject not in SUBJECTS:
        r.error("subject", f"{subject!r} is not one of {', '.join(SUBJECTS)}")
    elif subject and path.name == MODULE_FILE and path.parent.parent.name != subject:
        r.error("subject", f"{subject!r} but the module sits in {path.parent.parent.name}/")

    track = data.get("track", "school")
    grade = data.get("grade")
    if track not in TRACKS:
        r.error("track", f"{track!r} is not one of {', '.join(TRACKS)}")
    elif track == "school":
        if grade not in SCHOOL_GRADES or isinstance(grade, bool):
            r.error("grade", "missing (a school module needs a grade 7-11, or `track: college`)"
                    if grade is None else f"{grade!r} is not a school grade 7-11")
            grade = None
    elif grade is not None:
        r.error("grade", "a college module has no school grade: remove it")
        grade = None

    outcomes = []
    for i, item in enumerate(r.list_(data, "outcomes", "outcomes")):
        where = f"outcomes[{i}]"
        if not isinstance(item, dict):
            r.error(where, "must be a mapping with text (and code, code_verified)")
            continue
        for extra in sorted(set(item) - {"code", "code_verified", "text"}):
            r.error(f"{where}.{extra}", "unknown field; use code, code_verified, text")
        code = item.get("code")
        if code is not None:
            m = OBJECTIVE_CODE.match(str(code))
            if not isinstance(code, str) or not m:
                r.error(f"{where}.code", f"{code!r} is not an objective code 'grade.section.subsection.objective' (quote it)")
            elif grade is not None and int(m.group(1)) > grade:
                r.error(f"{where}.code", f"{code} is an objective of grade {m.group(1)}, above the module's grade {grade}")
        verified = item.get("code_verified", False)
        if not isinstance(verified, bool):
            r.error(f"{where}.code_verified", f"must be true or false, got {verified!r}")
        outcomes.append(Outcome(r.texts(item, "text", f"{where}.text"), code, bool(verified)))
    if not outcomes and "outcomes" in data:
        r.error("outcomes", "name at least one learning outcome")

    skills = tuple(r.list_(data, "skills", "skills"))
    for i, skill in enumerate(skills):
        if skill not in SKILLS:
            r.error(f"skills[{i}]", f"{skill!r} is not in the skill vocabulary: {', '.join(SKILLS)}")
    if len(set(skills)) < len(skills):
        r.error("skills", "lists a skill twice")

    sources = []
    for i, item in enumerate(r.list_(data, "sources", "sources", required=False)):
        if not isinstance(item, dict):
            r.error(f"sources[{i}]", "must be a mapping with title (and note, url)")
            continue
        for extra in sorted(set(item) - {"title", "note", "url"}):
            r.error(f"sources[{i}].{extra}", "unknown field; use title, note, url")
        sources.append(Source(r.str_(item, "title", f"sources[{i}].title"),
                              r.str_(item, "note", f"sources[{i}].note", required=False),
                              r.str_(item, "url", f"sources[{i}].url", required=False)))

    meta = ModuleMeta(
        path=path, id=module_id, subject=subject, track=str(track), grade=grade,
        title=r.texts(data, "title", "title"), summary=r.texts(data, "summary", "summary"),
        outcomes=tuple(outcomes), skills=skills,
        prerequisites=r.ids(data, "prerequisites", "prerequisites", required=False),
        duration_minutes=r.int_(data, "duration_minutes", "duration_minutes") or 0,
        industry_context=r.texts(data, "industry_context", "industry_context"),
        assignments=r.ids(data, "assignments", "assignments"), sources=tuple(sources),
        forked_from=r.str_(data, "forked_from", "forked_from", required=False) or None,
    )
    if "assignments" in data and not meta.assignments:
        r.error("assignments", "name at least one nbgrader assignment id")
    if module_id in meta.prerequisites:
        r.error("prerequisites", "a module cannot be its own prerequisite")
    if r.errors:
        raise MetadataError(r.errors)
    return meta


def load_module_meta(path: Path) -> ModuleMeta:
    """Read and validate one ``module.yml``; raises :class:`MetadataError` naming file and fields."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "(file)"
        raise MetadataError([FieldError(path, where, f"is not valid YAML: {getattr(exc, 'problem', exc)}")]) from None
    except OSError as exc:
        raise MetadataError([FieldError(path, "(file)", f"cannot be read: {exc.strerror}")]) from None
    return parse_module_meta(data, path)
