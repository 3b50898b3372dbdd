"""The typed, versioned schema of ``module.yml``: frozen dataclasses and a validating reader.

Every error names the file and the field (``physics/phys-09-braking/module.yml:
outcomes[1].code: ...``) and all errors of a file are reported together.  The fields and
what the module standard asks of them are in ``docs/authoring.md``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..i18n import LANGUAGES
from .upgraders import CURRENT_VERSION, SchemaVersionError, upgrade, written_version
from .vocabulary import SCHOOL_GRADES, SKILLS, SUBJECTS, TRACKS

MODULE_FILE = "module.yml"
ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$")
"""Module and assignment ids: lowercase words joined by hyphens (``phys-09-braking``)."""
OBJECTIVE_CODE = re.compile(r"^(\d{1,2})\.(\d+)\.(\d+)\.(\d+)$")
"""National curriculum objective codes: ``grade.section.subsection.objective``."""
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
"""Short names (an outcome's ``id``, a glossary entry): lowercase words joined by hyphens (``torque``)."""
LESSON_FILE = re.compile(r"^lesson(?:-([1-9]\d*))?\.ipynb$")
"""Lesson notebooks: ``lesson.ipynb`` for a module of one lesson, else ``lesson-1.ipynb``, ``lesson-2.ipynb``, ..."""
GRADE_ID = re.compile(r"^[a-zA-Z0-9_\-]+$")
LEVELS: dict[str, str] = {"A": "apply a formula", "B": "multi-step", "C": "design or explain"}
"""The levels of graded items (``assessment[...].level``)."""
KINDS: dict[str, str] = {"module": "lessons and a graded assignment", "project": "a multi-week project under a plant mentor"}
"""What a module is (``kind``, schema version 3): a ``project`` is for the college track only."""
DELIVERABLES: dict[str, str] = {
    "notebook": "a notebook with autograded results", "report": "a short report the mentor grades by its rubric",
    "cad": "a 3D part checked by check_part", "data": "a data file the student hands in with the notebook"}
"""What a project's milestone asks the student to hand in (``project.milestones[].deliverables``)."""
MAX_PROJECT_WEEKS = 16


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
    id: str | None = None
    """A short name for an outcome without a national code (college modules); items name it as their objective."""

    @property
    def key(self) -> str | None:
        """What an assessed item names as its objective: the code, else the id."""
        return self.code or self.id


@dataclass(frozen=True)
class Lesson:
    """One lesson notebook of the module, in teaching order."""

    notebook: str
    """File name in the module folder: ``lesson-1.ipynb``."""
    minutes: int
    """How long the lesson takes in class (the standard: 40-45 minutes at most)."""
    title: Texts


@dataclass(frozen=True)
class AssignmentRef:
    """One nbgrader assignment the module ships."""

    id: str
    minutes: int | None = None
    """How long a student works on it (one lesson, or as homework)."""


@dataclass(frozen=True)
class AssessedItem:
    """The assessment of one graded item: its level, the objective it assesses and what a full answer shows."""

    grade_id: str
    """The item's grade id: the answer cell of an autograded item, the written answer of a hand-graded one."""
    level: str
    objective: str
    descriptor: Texts


@dataclass(frozen=True)
class Milestone:
    """One milestone of a project: an nbgrader assignment released in its week and graded when handed in."""

    assignment: str
    """The assignment's id (one of the module's ``assignments``)."""
    week: int
    """The week of the project in which it is due (1 = the first)."""
    title: Texts
    deliverables: tuple[str, ...]
    """What the student hands in: ids of :data:`DELIVERABLES`."""


@dataclass(frozen=True)
class Project:
    """A project module's own fields (``kind: project``): the plant's problem over weeks, under a plant mentor."""

    weeks: int
    mentor: Texts
    """Who mentors at the plant (a role, not a name: "a process engineer of the assembly shop")."""
    brief: Texts
    """The plant's problem as the mentor gives it: what is given, what is asked, what counts as done."""
    milestones: tuple[Milestone, ...]

    def milestone(self, assignment: str) -> Milestone | None:
        return next((m for m in self.milestones if m.assignment == assignment), None)


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
    industry_context: Texts
    lessons: tuple[Lesson, ...]
    assignment_refs: tuple[AssignmentRef, ...]
    assessment: tuple[AssessedItem, ...] = ()
    key_terms: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    forked_from: str | None = None
    kind: str = "module"
    """``module`` or ``project`` (:data:`KINDS`)."""
    project: Project | None = None
    """A project's weeks, mentor, brief and milestones (``kind: project`` only)."""
    schema_version: int = CURRENT_VERSION
    written_version: int = CURRENT_VERSION
    """The ``schema_version`` the file was written in: a module written in version 2 or later is held to the
    module standard by ``curriculum lint``; an older one is upgraded to load and listed by the standard's checklist."""

    @property
    def level(self) -> str:
        """``grade 8`` or ``college``."""
        return f"grade {self.grade}" if self.track == "school" else self.track

    @property
    def is_project(self) -> bool:
        return self.kind == "project"

    @property
    def assignments(self) -> tuple[str, ...]:
        """The ids of the nbgrader assignments the module ships."""
        return tuple(a.id for a in self.assignment_refs)

    @property
    def duration_minutes(self) -> int:
        """The module's time: its lessons and its assignments (what is known of them)."""
        return sum(x.minutes or 0 for x in (*self.lessons, *self.assignment_refs))

    @property
    def folder(self) -> Path:
        """The module's folder (``<subject>/<module-id>/``)."""
        return self.path.parent

    @property
    def lesson_paths(self) -> tuple[Path, ...]:
        """The lesson notebooks, in teaching order (every tool that finds lessons follows this list)."""
        return tuple(self.folder / x.notebook for x in self.lessons)

    @property
    def written_to_the_standard(self) -> bool:
        """Written in schema version 2 or later: every check of the module standard applies (``curriculum lint``)."""
        return self.written_version >= 2

    def assessed(self, grade_id: str) -> AssessedItem | None:
        return next((a for a in self.assessment if a.grade_id == grade_id), None)

    def as_dict(self) -> dict[str, Any]:
        """The metadata as plain data (what ``module.yml`` holds; for JSON and for writing a fork)."""
        data: dict[str, Any] = {"schema_version": self.schema_version, "kind": self.kind, "id": self.id,
                                "subject": self.subject}
        if self.track == "school":
            data["grade"] = self.grade
        else:
            data["track"] = self.track
        data |= {
            "title": self.title.as_dict(), "summary": self.summary.as_dict(),
            "outcomes": [{**({"id": o.id} if o.id else {}),
                          **({"code": o.code, "code_verified": o.code_verified} if o.code else {}),
                          "text": o.text.as_dict()} for o in self.outcomes],
            "skills": list(self.skills), "prerequisites": list(self.prerequisites),
            "industry_context": self.industry_context.as_dict(),
            "lessons": [{"notebook": x.notebook, "minutes": x.minutes, "title": x.title.as_dict()} for x in self.lessons],
            "assignments": [{"id": a.id, **({"minutes": a.minutes} if a.minutes else {})} for a in self.assignment_refs],
        }
        if self.assessment:
            data["assessment"] = {a.grade_id: {"level": a.level, "objective": a.objective,
                                               "descriptor": a.descriptor.as_dict()} for a in self.assessment}
        if self.key_terms:
            data["key_terms"] = list(self.key_terms)
        if self.sources:
            data["sources"] = [{k: v for k, v in vars(s).items() if v} for s in self.sources]
        if self.project:
            data["project"] = {
                "weeks": self.project.weeks, "mentor": self.project.mentor.as_dict(), "brief": self.project.brief.as_dict(),
                "milestones": [{"assignment": m.assignment, "week": m.week, "title": m.title.as_dict(),
                                "deliverables": list(m.deliverables)} for m in self.project.milestones]}
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


KNOWN_KEYS = frozenset({"schema_version", "kind", "project", "id", "subject", "grade", "track", "title", "summary", "outcomes",
                        "skills", "prerequisites", "industry_context", "lessons", "assignments", "assessment",
                        "key_terms", "sources", "forked_from"})


def parse_module_meta(data: Any, path: Path) -> ModuleMeta:
    """Validate ``data`` (a ``module.yml`` read as YAML, any schema version); raises :class:`MetadataError`."""
    r = _Reader(path)
    if not isinstance(data, dict):
        raise MetadataError([FieldError(path, "(file)", "must be a mapping of fields")])
    try:
        version = written_version(data)
        for key in ("kind", "project"):
            if key in data and isinstance(version, int) and version < 3:
                r.error(key, f"is a field of schema_version 3; the file says {version}: write schema_version: 3")
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
            r.error(where, "must be a mapping with text (and code, code_verified, id)")
            continue
        for extra in sorted(set(item) - {"code", "code_verified", "text", "id"}):
            r.error(f"{where}.{extra}", "unknown field; use code, code_verified, id, text")
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
        outcome_id = item.get("id")
        if outcome_id is not None and (not isinstance(outcome_id, str) or not NAME_PATTERN.match(outcome_id)):
            r.error(f"{where}.id", f"{outcome_id!r} is not a short name like 'step-response' (lowercase words joined by '-')")
            outcome_id = None
        outcomes.append(Outcome(r.texts(item, "text", f"{where}.text"), code, bool(verified), outcome_id))
    if not outcomes and "outcomes" in data:
        r.error("outcomes", "name at least one learning outcome")
    keys = [o.key for o in outcomes if o.key]
    for key in sorted({k for k in keys if keys.count(k) > 1}):
        r.error("outcomes", f"two outcomes are named {key!r}")

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

    kind = data.get("kind", "module")
    if kind not in KINDS:
        r.error("kind", f"{kind!r} is not a kind: " + "; ".join(f"{k} ({v})" for k, v in KINDS.items()))
    elif kind == "project" and track != "college":
        r.error("kind", "a project is a college module: write `track: college` (and no grade)")
    refs = _assignments(r, data)
    project = _project(r, data, refs) if kind == "project" else None
    if kind != "project" and "project" in data:
        r.error("project", "only a module of `kind: project` has a project block")

    meta = ModuleMeta(
        path=path, id=module_id, subject=subject, track=str(track), grade=grade,
        title=r.texts(data, "title", "title"), summary=r.texts(data, "summary", "summary"),
        outcomes=tuple(outcomes), skills=skills,
        prerequisites=r.ids(data, "prerequisites", "prerequisites", required=False),
        industry_context=r.texts(data, "industry_context", "industry_context"),
        lessons=_lessons(r, data, required=kind != "project"), assignment_refs=refs,
        assessment=_assessment(r, data, outcomes), key_terms=_key_terms(r, data), sources=tuple(sources),
        forked_from=r.str_(data, "forked_from", "forked_from", required=False) or None,
        kind=str(kind), project=project, written_version=version,
    )
    if module_id in meta.prerequisites:
        r.error("prerequisites", "a module cannot be its own prerequisite")
    if r.errors:
        raise MetadataError(r.errors)
    return meta


def _lessons(r: _Reader, data: dict, *, required: bool = True) -> tuple[Lesson, ...]:
    """A project may have none (its milestones are its work); when it lists lessons (a kick-off), they are lessons."""
    lessons = []
    for i, item in enumerate(r.list_(data, "lessons", "lessons", required=required)):
        where = f"lessons[{i}]"
        if not isinstance(item, dict):
            r.error(where, "must be a mapping with notebook, minutes and title")
            continue
        for extra in sorted(set(item) - {"notebook", "minutes", "title"}):
            r.error(f"{where}.{extra}", "unknown field; use notebook, minutes, title")
        notebook = r.str_(item, "notebook", f"{where}.notebook")
        if notebook and not LESSON_FILE.match(notebook):
            r.error(f"{where}.notebook", f"{notebook!r} is not a lesson file: lesson.ipynb, or lesson-1.ipynb, lesson-2.ipynb, ...")
        lessons.append(Lesson(notebook, r.int_(item, "minutes", f"{where}.minutes") or 0,
                              r.texts(item, "title", f"{where}.title")))
    if "lessons" in data and not lessons and required:
        r.error("lessons", "name at least one lesson notebook")
    names = [x.notebook for x in lessons if x.notebook]
    if len(set(names)) < len(names):
        r.error("lessons", "lists a notebook twice")
    numbered = [LESSON_FILE.match(n) for n in names]
    if len(names) > 1 and [m.group(1) if m else None for m in numbered] != [str(k) for k in range(1, len(names) + 1)]:
        r.error("lessons", "several lessons are lesson-1.ipynb, lesson-2.ipynb, ... in teaching order")
    return tuple(lessons)


def _assignments(r: _Reader, data: dict) -> tuple[AssignmentRef, ...]:
    refs = []
    for i, item in enumerate(r.list_(data, "assignments", "assignments")):
        where = f"assignments[{i}]"
        if not isinstance(item, dict):
            r.error(where, "must be a mapping with id (and minutes)")
            continue
        for extra in sorted(set(item) - {"id", "minutes"}):
            r.error(f"{where}.{extra}", "unknown field; use id, minutes")
        assignment = item.get("id")
        if not isinstance(assignment, str) or not ID_PATTERN.match(assignment):
            r.error(f"{where}.id", f"{assignment!r} is not an id like 'phys-09-braking'")
            continue
        refs.append(AssignmentRef(assignment, r.int_(item, "minutes", f"{where}.minutes", required=False)))
    ids = [a.id for a in refs]
    if len(set(ids)) < len(ids):
        r.error("assignments", "lists an id twice")
    if "assignments" in data and not refs:
        r.error("assignments", "name at least one nbgrader assignment id")
    return tuple(refs)


def _project(r: _Reader, data: dict, refs: tuple[AssignmentRef, ...]) -> Project | None:
    value = data.get("project")
    if not isinstance(value, dict):
        r.error("project", "missing: a project's weeks, mentor, brief and milestones" if value is None
                else "must be a mapping with weeks, mentor, brief and milestones")
        return None
    for extra in sorted(set(value) - {"weeks", "mentor", "brief", "milestones"}, key=str):
        r.error(f"project.{extra}", "unknown field; use weeks, mentor, brief, milestones")
    weeks = r.int_(value, "weeks", "project.weeks")
    if weeks and weeks > MAX_PROJECT_WEEKS:
        r.error("project.weeks", f"{weeks} weeks: a project of the college year runs {MAX_PROJECT_WEEKS} weeks at most")
    milestones = []
    for i, item in enumerate(r.list_(value, "milestones", "project.milestones")):
        where = f"project.milestones[{i}]"
        if not isinstance(item, dict):
            r.error(where, "must be a mapping with assignment, week, title and deliverables")
            continue
        for extra in sorted(set(item) - {"assignment", "week", "title", "deliverables"}, key=str):
            r.error(f"{where}.{extra}", "unknown field; use assignment, week, title, deliverables")
        assignment = item.get("assignment")
        if not isinstance(assignment, str) or not ID_PATTERN.match(assignment):
            r.error(f"{where}.assignment", f"{assignment!r} is not an assignment id like 'inf-col-line-balancing-1'")
            assignment = ""
        elif assignment not in {a.id for a in refs}:
            r.error(f"{where}.assignment", f"{assignment!r} is not one of the module's assignments")
        week = r.int_(item, "week", f"{where}.week")
        if week and weeks and week > weeks:
            r.error(f"{where}.week", f"week {week} is after the project's last week ({weeks})")
        deliverables = r.list_(item, "deliverables", f"{where}.deliverables")
        for j, d in enumerate(deliverables):
            if d not in DELIVERABLES:
                r.error(f"{where}.deliverables[{j}]", f"{d!r} is not a deliverable: "
                        + "; ".join(f"{k} ({v})" for k, v in DELIVERABLES.items()))
        if "deliverables" in item and not deliverables:
            r.error(f"{where}.deliverables", "name what the student hands in")
        milestones.append(Milestone(assignment, week or 0, r.texts(item, "title", f"{where}.title"),
                                    tuple(str(d) for d in deliverables)))
    if "milestones" in value and not milestones:
        r.error("project.milestones", "name at least one milestone")
    named = [m.assignment for m in milestones if m.assignment]
    if len(set(named)) < len(named):
        r.error("project.milestones", "two milestones name the same assignment")
    for ref in refs:
        if named and ref.id not in named:
            r.error("assignments", f"{ref.id} is no milestone's: every assignment of a project is a milestone")
    order = [m.week for m in milestones if m.week]
    if order != sorted(order):
        r.error("project.milestones", "list the milestones in the order of their weeks")
    if not any("report" in m.deliverables for m in milestones) and milestones:
        r.error("project.milestones", "no milestone has a report: the mentor grades a project's report by its rubric")
    return Project(weeks or 0, r.texts(value, "mentor", "project.mentor"), r.texts(value, "brief", "project.brief"),
                   tuple(milestones))


def _assessment(r: _Reader, data: dict, outcomes: list[Outcome]) -> tuple[AssessedItem, ...]:
    value = data.get("assessment")
    if value is None:
        return ()
    if not isinstance(value, dict):
        r.error("assessment", "must map each graded item's grade id to its level, objective and descriptor")
        return ()
    objectives = [o.key for o in outcomes if o.key]
    items = []
    for grade_id, item in value.items():
        where = f"assessment.{grade_id}"
        if not isinstance(grade_id, str) or not GRADE_ID.match(grade_id):
            r.error(where, "is not a grade id (letters, digits, '-' and '_')")
            continue
        if not isinstance(item, dict):
            r.error(where, "must be a mapping with level, objective and descriptor")
            continue
        for extra in sorted(set(item) - {"level", "objective", "descriptor"}):
            r.error(f"{where}.{extra}", "unknown field; use level, objective, descriptor")
        level = item.get("level")
        if level not in LEVELS:
            r.error(f"{where}.level", "missing" if level is None else
                    f"{level!r} is not a level: " + "; ".join(f"{k} ({v})" for k, v in LEVELS.items()))
        objective = item.get("objective")
        if objective is None:
            r.error(f"{where}.objective", "missing: the code (or id) of the outcome the item assesses")
        elif str(objective) not in objectives:
            r.error(f"{where}.objective", f"{objective!r} is not one of the module's outcomes: "
                    + (", ".join(objectives) or "(no outcome has a code or an id)") + " (quote a code)")
        items.append(AssessedItem(grade_id, str(level), str(objective), r.texts(item, "descriptor", f"{where}.descriptor")))
    return tuple(items)


def _key_terms(r: _Reader, data: dict) -> tuple[str, ...]:
    terms = []
    for i, term in enumerate(r.list_(data, "key_terms", "key_terms", required=False)):
        if not isinstance(term, str) or not NAME_PATTERN.match(term):
            r.error(f"key_terms[{i}]", f"{term!r} is not a glossary id like 'gear-ratio'")
        else:
            terms.append(term)
    if len(set(terms)) < len(terms):
        r.error("key_terms", "lists a term twice")
    return tuple(terms)


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
