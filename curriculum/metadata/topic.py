"""The typed, versioned schema of a thesis topic file (``topics/<id>.yml``): a problem the plant proposes for a
university thesis, in kk, ru and en.

::

    schema_version: 1
    id: paint-defect-map              # lowercase words joined by '-', the file's name
    area: painting                    # where the problem lies: the plant's areas (vocabulary.PLANT_AREAS)
    degree: bachelor                  # bachelor or master
    status: fictional                 # fictional (a plausible proposal, not yet approved by the plant) or approved
    approval: ""                      # with status approved: who approved it and when
    title: {kk: ..., ru: ..., en: ...}
    problem: {kk: ..., ru: ..., en: ...}
    data:                             # the data the plant can give the student, each in three languages
      - {kk: ..., ru: ..., en: ...}
    skills: [data, programming]       # from the skill vocabulary (vocabulary.SKILLS)
    prepared_by: [math-07-takt]       # the modules that prepare a student for it (ids in the catalogue)
    sources: [{title: ..., note: ..., url: ...}]

Every error names the file and the field, all errors of a file together, as ``module.yml`` does.
A change of format is a new ``schema_version`` and one upgrader in :data:`TOPIC_UPGRADERS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .schema import ID_PATTERN, FieldError, MetadataError, Source, Texts, _Reader
from .vocabulary import PLANT_AREAS, SKILLS

TOPIC_VERSION = 1
TOPIC_UPGRADERS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
"""``TOPIC_UPGRADERS[n]`` turns a version-``n`` topic into a version ``n + 1`` one (none yet: version 1 is the first)."""
DEGREES = ("bachelor", "master")
STATUSES = ("fictional", "approved")
KNOWN_KEYS = frozenset({"schema_version", "id", "area", "degree", "status", "approval", "title", "problem", "data",
                        "skills", "prepared_by", "sources"})


@dataclass(frozen=True)
class ThesisTopic:
    """One thesis topic at :data:`TOPIC_VERSION`."""

    path: Path
    id: str
    area: str
    degree: str
    status: str
    title: Texts
    problem: Texts
    data: tuple[Texts, ...]
    skills: tuple[str, ...]
    prepared_by: tuple[str, ...]
    approval: str = ""
    sources: tuple[Source, ...] = ()
    schema_version: int = TOPIC_VERSION

    @property
    def fictional(self) -> bool:
        """A plausible proposal the plant has not approved yet (said so wherever the topic is shown)."""
        return self.status == "fictional"

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "schema_version": self.schema_version, "id": self.id, "area": self.area, "degree": self.degree,
            "status": self.status, "title": self.title.as_dict(), "problem": self.problem.as_dict(),
            "data": [d.as_dict() for d in self.data], "skills": list(self.skills), "prepared_by": list(self.prepared_by),
        }
        if self.approval:
            data["approval"] = self.approval
        if self.sources:
            data["sources"] = [{k: v for k, v in vars(s).items() if v} for s in self.sources]
        return data


def upgrade_topic(data: dict[str, Any], path: Path) -> dict[str, Any]:
    version = data.get("schema_version", TOPIC_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise MetadataError([FieldError(path, "schema_version", f"must be a whole number from 1, got {version!r}")])
    if version > TOPIC_VERSION:
        raise MetadataError([FieldError(path, "schema_version", f"{version} is newer than this package reads "
                                                                f"({TOPIC_VERSION}): update myn-bala-stem")])
    while version < TOPIC_VERSION:
        data = TOPIC_UPGRADERS[version](data)
        version += 1
    return data


def _choice(r: _Reader, data: dict, key: str, choices: tuple[str, ...] | dict) -> str:
    value = r.str_(data, key, key)
    if value and value not in choices:
        r.error(key, f"{value!r} is not one of {', '.join(choices)}")
    return value


def parse_topic(data: Any, path: Path) -> ThesisTopic:
    """Validate ``data`` (a topic file read as YAML); raises :class:`MetadataError` naming every problem."""
    path = Path(path)
    if not isinstance(data, dict):
        raise MetadataError([FieldError(path, "(file)", "must be a mapping of fields")])
    data = upgrade_topic(data, path)
    r = _Reader(path)
    for key in sorted(set(data) - KNOWN_KEYS, key=str):
        r.error(str(key), f"unknown field; known fields: {', '.join(sorted(KNOWN_KEYS))}")
    topic_id = r.str_(data, "id", "id")
    if topic_id and not ID_PATTERN.match(topic_id):
        r.error("id", f"{topic_id!r} is not an id like 'paint-defect-map' (lowercase words joined by '-')")
    elif topic_id and path.suffix in (".yml", ".yaml") and path.stem != topic_id:
        r.error("id", f"{topic_id!r} differs from the file name {path.name!r}")
    status = _choice(r, data, "status", STATUSES)
    approval = r.str_(data, "approval", "approval", required=False)
    if status == "approved" and not approval:
        r.error("approval", "an approved topic says who at the plant approved it and when")
    if status == "fictional" and approval:
        r.error("approval", "a fictional topic has no approval: set status: approved")
    data_items = []
    for i, item in enumerate(r.list_(data, "data", "data")):
        data_items.append(r.texts({"x": item}, "x", f"data[{i}]"))
    if "data" in data and not data_items:
        r.error("data", "say what data the plant can give (at least one item)")
    skills = tuple(r.list_(data, "skills", "skills"))
    for i, skill in enumerate(skills):
        if skill not in SKILLS:
            r.error(f"skills[{i}]", f"{skill!r} is not in the skill vocabulary: {', '.join(SKILLS)}")
    if "skills" in data and not skills:
        r.error("skills", "name at least one skill the thesis needs")
    prepared_by = r.ids(data, "prepared_by", "prepared_by")
    if "prepared_by" in data and not prepared_by:
        r.error("prepared_by", "name at least one module that prepares for the topic")
    sources = []
    for i, item in enumerate(r.list_(data, "sources", "sources", required=False)):
        if not isinstance(item, dict):
            r.error(f"sources[{i}]", "must be a mapping with title (and note, url)")
            continue
        sources.append(Source(r.str_(item, "title", f"sources[{i}].title"),
                              r.str_(item, "note", f"sources[{i}].note", required=False),
                              r.str_(item, "url", f"sources[{i}].url", required=False)))
    topic = ThesisTopic(
        path=path, id=topic_id, area=_choice(r, data, "area", PLANT_AREAS), degree=_choice(r, data, "degree", DEGREES),
        status=status, title=r.texts(data, "title", "title"), problem=r.texts(data, "problem", "problem"),
        data=tuple(data_items), skills=skills, prepared_by=prepared_by, approval=approval, sources=tuple(sources),
    )
    if r.errors:
        raise MetadataError(r.errors)
    return topic


def load_topic(path: Path) -> ThesisTopic:
    """Read and validate one topic file; raises :class:`MetadataError` naming the file and the fields."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else "(file)"
        raise MetadataError([FieldError(path, where, f"is not valid YAML: {getattr(exc, 'problem', exc)}")]) from None
    except OSError as exc:
        raise MetadataError([FieldError(path, "(file)", f"cannot be read: {exc.strerror}")]) from None
    return parse_topic(data, path)
