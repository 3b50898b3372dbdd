"""The catalogue: every module of one or more library roots, filtered and shown for teachers.

A library root is a folder laid out like this repository: ``<subject>/<module-id>/module.yml``
plus ``source/<assignment>/`` for the assignments the modules ship.  The package's own
repository is one; an instructor's course folder holding forked or new modules is another.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .i18n import LANGUAGES, normalize_language
from .metadata import SKILLS, MetadataError, ModuleMeta, load_module_meta
from .paths import REPO_ROOT, module_dirs


class UnknownModule(KeyError):
    """A module id that no library root holds; the message lists the known ids."""

    def __init__(self, module_id: str, known: Iterable[str]):
        self.module_id, self.known = module_id, tuple(known)
        super().__init__(f"unknown module {module_id!r}; known modules: {', '.join(self.known) or '(none)'}")

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class CatalogueEntry:
    """One module: its metadata and where it lives."""

    meta: ModuleMeta
    root: Path

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def folder(self) -> Path:
        return self.meta.path.parent

    def source_dir(self, assignment: str) -> Path:
        return self.root / "source" / assignment


@dataclass(frozen=True)
class Catalogue:
    entries: tuple[CatalogueEntry, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.entries)

    def get(self, module_id: str) -> CatalogueEntry:
        for entry in self.entries:
            if entry.id == module_id:
                return entry
        raise UnknownModule(module_id, self.ids)

    def select(self, *, subject: str | None = None, grade: int | str | None = None,
               lang: str | None = None, kind: str | None = None) -> tuple[CatalogueEntry, ...]:
        """Modules of a subject, of a grade (``8``) or track (``college``), of a kind (``project``), complete in ``lang``."""
        out = []
        for entry in self.entries:
            meta = entry.meta
            if subject and meta.subject != subject:
                continue
            if kind and meta.kind != kind:
                continue
            if grade is not None and str(grade) not in {str(meta.grade), meta.track}:
                continue
            if lang and not meta.title.get(normalize_language(lang)):
                continue
            out.append(entry)
        return tuple(out)


def load_catalogue(roots: Sequence[Path] = (REPO_ROOT,)) -> Catalogue:
    """Every module under ``roots`` (the first root wins when an id repeats); raises :class:`MetadataError`."""
    entries: dict[str, CatalogueEntry] = {}
    errors = []
    for root in roots:
        root = Path(root).resolve()
        for folder in module_dirs(root):
            try:
                meta = load_module_meta(folder / "module.yml")
            except MetadataError as exc:
                errors.extend(exc.errors)
                continue
            entries.setdefault(meta.id, CatalogueEntry(meta, root))
    if errors:
        raise MetadataError(errors)
    return Catalogue(tuple(sorted(entries.values(), key=lambda e: (e.meta.subject, e.meta.grade or 99, e.id))))


def entry_as_dict(entry: CatalogueEntry) -> dict:
    """A module for scripts (``--json``): the metadata plus where it lives."""
    return entry.meta.as_dict() | {"folder": str(entry.folder), "root": str(entry.root)}


def as_json(entries: Iterable[CatalogueEntry]) -> str:
    return json.dumps([entry_as_dict(e) for e in entries], ensure_ascii=False, indent=2)


def render_table(entries: Sequence[CatalogueEntry], lang: str = "en") -> str:
    """The catalogue as a plain-text table, titles in ``lang``."""
    lang = normalize_language(lang)
    rows = [("id", "subject", "level", "time", "title")]
    rows += [(e.id, e.meta.subject, e.meta.level, _time(e.meta), e.meta.title.get(lang)) for e in entries]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r[:4], widths)) + "  " + r[4] for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths) + "  " + "-" * 5)
    return "\n".join(lines) + f"\n\n{len(entries)} module(s)"


def _time(meta: ModuleMeta) -> str:
    """A module's time in the table: its minutes, or a project's weeks."""
    if meta.project is not None:
        return f"{meta.project.weeks} wk"
    return f"{meta.duration_minutes} min"


def render_module(entry: CatalogueEntry, lang: str = "en") -> str:
    """One module in full, texts in ``lang``."""
    lang = normalize_language(lang)
    m = entry.meta
    facts = {"subject": f"{m.subject}, {m.level}, {_time(m)}" + (", project" if m.is_project else ""),
             "lessons": "; ".join(f"{x.notebook} ({x.minutes} min) {x.title.get(lang)}" for x in m.lessons)
             or ("(none: the milestones below)" if m.is_project else "(none)"),
             "assignments": ", ".join(a.id + (f" ({a.minutes} min)" if a.minutes else "") for a in m.assignment_refs),
             "skills": ", ".join(SKILLS[s][lang] for s in m.skills),
             "prerequisites": ", ".join(m.prerequisites) or "(none)",
             "languages": ", ".join(LANGUAGES), "folder": str(entry.folder)}
    if m.forked_from:
        facts["forked from"] = m.forked_from
    lines = [f"{m.id}: {m.title.get(lang)}", ""] + [f"{k:<14}{v}" for k, v in facts.items()]
    lines += ["", m.summary.get(lang)]
    if m.project is not None:
        lines += ["", f"Project ({m.project.weeks} weeks), mentor: {m.project.mentor.get(lang)}",
                  "  " + m.project.brief.get(lang), "", "Milestones (week, assignment, deliverables):"]
        lines += [f"  - week {x.week}: {x.assignment} ({', '.join(x.deliverables)}) {x.title.get(lang)}"
                  for x in m.project.milestones]
    lines += ["", "Outcomes:"]
    for o in m.outcomes:
        code = f"[{o.code}{'' if o.code_verified else ', unverified'}] " if o.code else ""
        lines.append(f"  - {code}{o.text.get(lang)}")
    if m.assessment:
        lines += ["", "Assessment (level, objective, descriptor):"]
        lines += [f"  - {a.grade_id}: {a.level}, {a.objective}: {a.descriptor.get(lang)}" for a in m.assessment]
    if m.key_terms:
        lines += ["", "Key terms: " + ", ".join(m.key_terms)]
    lines += ["", "Industry context:", "  " + m.industry_context.get(lang)]
    if m.sources:
        lines += ["", "Sources:"] + [f"  - {s.title}" for s in m.sources]
    return "\n".join(lines)
