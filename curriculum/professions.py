"""The professions of an automotive plant and the specialties that lead to them (``curriculum/professions.yml``).

A small, sourced map: each profession has its area of the plant, its ISCO-08 unit group, what the work is (kk,
ru, en), the skills of the vocabulary it uses most, the college and university specialties that teach it and
the sources that say so.  A student's profile (:mod:`curriculum.profile`) points to the professions that use
the student's strongest skills.  Every error names the file and the field.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .metadata import SKILLS, FieldError, MetadataError, Texts
from .glossary import TERM_ID
from .metadata.schema import _Reader
from .metadata.vocabulary import PLANT_AREAS

PROFESSIONS_FILE = Path(__file__).with_name("professions.yml")
PROFESSIONS_VERSION = 1
LEVELS = ("college", "university")


@dataclass(frozen=True)
class SourceRef:
    id: str
    title: Texts
    """The document's title in each language (its official title where it has one in that language)."""
    url: str = ""
    note: str = ""


@dataclass(frozen=True)
class Specialty:
    id: str
    level: str
    """``college`` (technical and vocational education) or ``university``."""
    name: Texts


@dataclass(frozen=True)
class Isco:
    code: str
    group: str
    verified: bool


@dataclass(frozen=True)
class Profession:
    id: str
    area: str
    isco: Isco
    name: Texts
    work: Texts
    skills: tuple[str, ...]
    specialties: tuple[Specialty, ...]
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class ProfessionMap:
    professions: tuple[Profession, ...]
    specialties: tuple[Specialty, ...]
    sources: tuple[SourceRef, ...]
    path: Path = PROFESSIONS_FILE

    def get(self, profession_id: str) -> Profession:
        for profession in self.professions:
            if profession.id == profession_id:
                return profession
        raise KeyError(f"no profession {profession_id!r} in {self.path}")


def _key(r: _Reader, item: dict, where: str) -> str:
    value = r.str_(item, "id", f"{where}.id")
    if value and not TERM_ID.match(value):
        r.error(f"{where}.id", f"{value!r} is not an id like 'welder' or 'vehicle-assembler'")
    return value


def parse_professions(data: Any, path: Path = PROFESSIONS_FILE) -> ProfessionMap:
    """Validate the map read as YAML; raises :class:`MetadataError` naming every problem."""
    if not isinstance(data, dict):
        raise MetadataError([FieldError(path, "(file)", "must be a mapping with sources, specialties, professions")])
    r = _Reader(path)
    if data.get("schema_version") != PROFESSIONS_VERSION:
        r.error("schema_version", f"must be {PROFESSIONS_VERSION}, got {data.get('schema_version')!r}")
    for key in sorted(set(data) - {"schema_version", "sources", "specialties", "professions"}, key=str):
        r.error(str(key), "unknown field; use schema_version, sources, specialties, professions")
    sources: dict[str, SourceRef] = {}
    for i, item in enumerate(r.list_(data, "sources", "sources")):
        where = f"sources[{i}]"
        if not isinstance(item, dict):
            r.error(where, "must be a mapping with id, title (and url, note)")
            continue
        key = _key(r, item, where)
        sources[key] = SourceRef(key, r.texts(item, "title", f"{where}.title"),
                                 r.str_(item, "url", f"{where}.url", required=False),
                                 r.str_(item, "note", f"{where}.note", required=False))
    specialties: dict[str, Specialty] = {}
    for i, item in enumerate(r.list_(data, "specialties", "specialties")):
        where = f"specialties[{i}]"
        if not isinstance(item, dict):
            r.error(where, "must be a mapping with id, level and name")
            continue
        key = _key(r, item, where)
        level = r.str_(item, "level", f"{where}.level")
        if level and level not in LEVELS:
            r.error(f"{where}.level", f"{level!r} is not one of {', '.join(LEVELS)}")
        if key in specialties:
            r.error(f"{where}.id", f"{key!r} is listed twice")
        specialties[key] = Specialty(key, level, r.texts(item, "name", f"{where}.name"))
    professions: list[Profession] = []
    for i, item in enumerate(r.list_(data, "professions", "professions")):
        where = f"professions[{i}]"
        if not isinstance(item, dict):
            r.error(where, "must be a mapping with id, area, isco, name, work, skills, specialties, sources")
            continue
        key = _key(r, item, where)
        area = r.str_(item, "area", f"{where}.area")
        if area and area not in PLANT_AREAS:
            r.error(f"{where}.area", f"{area!r} is not one of {', '.join(PLANT_AREAS)}")
        isco = item.get("isco") if isinstance(item.get("isco"), dict) else {}
        code = str(isco.get("code", ""))
        if not (len(code) == 4 and code.isdigit()):
            r.error(f"{where}.isco.code", f"{code!r} is not a four-digit ISCO-08 unit group (quote it)")
        if not isinstance(isco.get("verified"), bool):
            r.error(f"{where}.isco.verified", "say true or false: does the group's title name this work?")
        skills = tuple(r.list_(item, "skills", f"{where}.skills"))
        for j, skill in enumerate(skills):
            if skill not in SKILLS:
                r.error(f"{where}.skills[{j}]", f"{skill!r} is not in the skill vocabulary: {', '.join(SKILLS)}")
        chosen = []
        for field, known, out in (("specialties", specialties, chosen), ("sources", sources, None)):
            names = r.list_(item, field, f"{where}.{field}")
            if not names:
                r.error(f"{where}.{field}", f"name at least one of the file's {field}")
            for j, name in enumerate(names):
                if name not in known:
                    r.error(f"{where}.{field}[{j}]", f"{name!r} is not one of the file's {field}: {', '.join(known)}")
        professions.append(Profession(
            key, area, Isco(code, r.str_(isco, "group", f"{where}.isco.group"), bool(isco.get("verified"))),
            r.texts(item, "name", f"{where}.name"), r.texts(item, "work", f"{where}.work"), skills,
            tuple(specialties[s] for s in item.get("specialties") or () if s in specialties),
            tuple(sources[s] for s in item.get("sources") or () if s in sources)))
    missing = {"assembly", "welding", "painting", "quality", "maintenance", "automation", "design"} - {p.area for p in professions}
    if professions and missing:
        r.error("professions", f"no profession in {', '.join(sorted(missing))}")
    if r.errors:
        raise MetadataError(r.errors)
    return ProfessionMap(tuple(professions), tuple(specialties.values()), tuple(sources.values()), path)


@lru_cache(maxsize=4)
def load_professions(path: Path = PROFESSIONS_FILE) -> ProfessionMap:
    """The map (cached); raises :class:`MetadataError` naming the file and the field."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise MetadataError([FieldError(Path(path), "(file)", f"cannot be read as YAML: {exc}")]) from None
    return parse_professions(data, Path(path))
