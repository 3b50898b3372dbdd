"""Thesis topics the plant proposes: every ``topics/<id>.yml`` of one or more library roots, filtered and shown.

A library root is laid out like this repository (the package's own root, or a course folder with its own
topics).  ``python -m curriculum topics list|show`` is a thin command over :func:`load_topics`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .i18n import _, in_language, ngettext, normalize_language
from .metadata import SKILLS, MetadataError
from .metadata.topic import ThesisTopic, load_topic
from .metadata.vocabulary import PLANT_AREAS
from .paths import REPO_ROOT

TOPICS_FOLDER = "topics"


class UnknownTopic(KeyError):
    """A topic id no library root holds; the message lists the known ids."""

    def __init__(self, topic_id: str, known: Iterable[str]):
        self.topic_id, self.known = topic_id, tuple(known)
        super().__init__(f"unknown thesis topic {topic_id!r}; known topics: {', '.join(self.known) or '(none)'}")

    def __str__(self) -> str:
        return str(self.args[0])


def topic_files(root: Path = REPO_ROOT) -> list[Path]:
    """Every topic file of a library root, sorted by name."""
    return sorted((Path(root) / TOPICS_FOLDER).glob("*.yml"))


@dataclass(frozen=True)
class Topics:
    topics: tuple[ThesisTopic, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.topics)

    def get(self, topic_id: str) -> ThesisTopic:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise UnknownTopic(topic_id, self.ids)

    def select(self, *, skill: str | None = None, area: str | None = None, module: str | None = None,
               lang: str | None = None) -> tuple[ThesisTopic, ...]:
        """Topics that need ``skill``, lie in ``area``, that ``module`` prepares for, written in ``lang``."""
        if skill and skill not in SKILLS:
            raise ValueError(f"unknown skill {skill!r}; skills: {', '.join(SKILLS)}")
        if area and area not in PLANT_AREAS:
            raise ValueError(f"unknown area {area!r}; areas: {', '.join(PLANT_AREAS)}")
        lang = normalize_language(lang) if lang else None
        return tuple(t for t in self.topics
                     if (not skill or skill in t.skills) and (not area or t.area == area)
                     and (not module or module in t.prepared_by) and (not lang or t.title.get(lang)))


def load_topics(roots: Sequence[Path] = (REPO_ROOT,)) -> Topics:
    """Every topic under ``roots`` (the first root wins when an id repeats); raises :class:`MetadataError`."""
    found: dict[str, ThesisTopic] = {}
    errors = []
    for root in roots:
        for path in topic_files(Path(root).resolve()):
            try:
                topic = load_topic(path)
            except MetadataError as exc:
                errors.extend(exc.errors)
                continue
            found.setdefault(topic.id, topic)
    if errors:
        raise MetadataError(errors)
    return Topics(tuple(sorted(found.values(), key=lambda t: (list(PLANT_AREAS).index(t.area), t.id))))


def as_json(topics: Iterable[ThesisTopic]) -> str:
    return json.dumps([t.as_dict() | {"file": str(t.path)} for t in topics], ensure_ascii=False, indent=2)


def status_text(topic: ThesisTopic, lang: str) -> str:
    """What a reader is told of the topic's standing: a fictional proposal, or who approved it."""
    with in_language(lang):
        if topic.fictional:
            return _("fictional: a plausible proposal the plant has not approved yet")
        return _("approved by the plant: {approval}", approval=topic.approval)


def render_table(topics: Sequence[ThesisTopic], lang: str = "en") -> str:
    """The topics as a plain-text table, titles in ``lang``."""
    lang = normalize_language(lang)
    rows = [("id", "area", "degree", "status", "title")]
    rows += [(t.id, t.area, t.degree, t.status, t.title.get(lang)) for t in topics]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r[:4], widths)) + "  " + r[4] for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths) + "  " + "-" * 5)
    fictional = sum(t.fictional for t in topics)
    with in_language(lang):
        note = ngettext("{n} of them is fictional until the plant approves it",
                        "{n} of them are fictional until the plant approves them", fictional) if fictional else ""
    return "\n".join(lines) + f"\n\n{len(topics)} topic(s)" + (f"; {note}" if note else "")


def render_topic(topic: ThesisTopic, lang: str = "en") -> str:
    """One topic in full, texts in ``lang``."""
    lang = normalize_language(lang)
    with in_language(lang):
        facts = {
            _("area"): PLANT_AREAS[topic.area][lang], _("degree"): {"bachelor": _("bachelor"), "master": _("master")}[topic.degree],
            _("status"): status_text(topic, lang),
            _("skills"): ", ".join(SKILLS[s][lang] for s in topic.skills),
            _("prepared by"): ", ".join(topic.prepared_by),
        }
        width = max(len(k) for k in facts) + 2
        lines = [f"{topic.id}: {topic.title.get(lang)}", ""] + [f"{k + ':':<{width}}{v}" for k, v in facts.items()]
        lines += ["", _("Problem") + ":", "  " + topic.problem.get(lang), "", _("Data the plant can give") + ":"]
        lines += [f"  - {d.get(lang)}" for d in topic.data]
        if topic.sources:
            lines += ["", _("Sources") + ":"] + [f"  - {s.title}" + (f" ({s.url})" if s.url else "") for s in topic.sources]
    return "\n".join(lines)
