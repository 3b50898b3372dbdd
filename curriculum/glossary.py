"""The shared kk/ru/en glossary (``curriculum/glossary.yml``): one entry per concept, the forms to avoid.

Each term has a stable ``id`` (modules refer to it), the word in each language and, per language,
the forms a text must not use (``звено`` where Kazakh textbooks write ``буын``). An avoided form
is a stem: it matches the words that begin with it (``звено`` finds ``звеносы``, ``звенолары``).
``names`` lists the Latin-script names every language writes as they are (``Python``, ``sympy``).

The English word of a term is the only English a Kazakh or Russian text may add in brackets, once,
at its first use (``тежеу жолы (braking distance)``); ``en_also`` gives other English forms of the
same gloss (a plural, a spelling).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .i18n import LANGUAGES

GLOSSARY_FILE = Path(__file__).with_name("glossary.yml")
TERM_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class GlossaryError(ValueError):
    """A malformed glossary: says which entry and field."""


@dataclass(frozen=True, eq=False)
class Term:
    id: str
    kk: str
    ru: str
    en: str
    avoid: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    en_also: tuple[str, ...] = ()
    note: str = ""

    def get(self, lang: str) -> str:
        return getattr(self, lang)


@dataclass(frozen=True)
class AvoidedTerm:
    """An avoided form found in a text: which form, where in the text, and the term to write."""

    form: str
    found: str
    start: int
    term: Term
    language: str

    @property
    def advice(self) -> str:
        return f"{self.found!r}: write {self.term.get(self.language)!r} (glossary: {self.term.id})"


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...]
    names: frozenset[str]
    path: Path = GLOSSARY_FILE

    def __post_init__(self) -> None:
        glosses = {t.en.lower() for t in self.terms} | {a.lower() for t in self.terms for a in t.en_also}
        object.__setattr__(self, "_glosses", frozenset(glosses))
        object.__setattr__(self, "_by_id", {t.id: t for t in self.terms})
        patterns = {}
        for lang in LANGUAGES:
            forms = sorted(((f, t) for t in self.terms for f in t.avoid.get(lang, ())), key=lambda ft: -len(ft[0]))
            if forms:
                alternatives = "|".join(f"({re.escape(f)})" for f, _t in forms)
                patterns[lang] = (re.compile(rf"(?<![^\W\d_])(?:{alternatives})[\w-]*", re.IGNORECASE), [t for _f, t in forms],
                                  [f for f, _t in forms])
        object.__setattr__(self, "_avoid", patterns)

    def __getitem__(self, term_id: str) -> Term:
        return self._by_id[term_id]  # type: ignore[attr-defined]

    def __contains__(self, term_id: object) -> bool:
        return term_id in self._by_id  # type: ignore[attr-defined]

    def is_gloss(self, english: str) -> bool:
        """Is ``english`` (in brackets after a kk/ru word) the English word of a glossary term?"""
        return " ".join(english.lower().split()) in self._glosses  # type: ignore[attr-defined]

    def is_name(self, word: str) -> bool:
        return word in self.names

    def avoided(self, text: str, language: str) -> Iterator[AvoidedTerm]:
        """Every avoided form of ``language`` in ``text``."""
        found = self._avoid.get(language)  # type: ignore[attr-defined]
        if not found:
            return
        pattern, terms, forms = found
        for match in pattern.finditer(text):
            index = next(i for i, g in enumerate(match.groups()) if g is not None)
            yield AvoidedTerm(forms[index], match.group(0), match.start(), terms[index], language)


def _texts(entry: dict, where: str, errors: list[str]) -> dict[str, str]:
    texts = {}
    for lang in LANGUAGES:
        value = entry.get(lang)
        if not isinstance(value, str) or not value.strip():
            errors.append(f"{where}.{lang}: missing (every term has kk, ru and en)")
        else:
            texts[lang] = value.strip()
    return texts


def parse_glossary(data: object, path: Path = GLOSSARY_FILE) -> Glossary:
    """Check and read the glossary's YAML data; every error names the entry and field."""
    errors: list[str] = []
    if not isinstance(data, dict):
        raise GlossaryError(f"{path}: expected a mapping with 'terms' and 'names'")
    unknown = set(data) - {"terms", "names"}
    if unknown:
        errors.append(f"unknown field(s) {sorted(unknown)}")
    terms, seen = [], set()
    for i, entry in enumerate(data.get("terms") or []):
        where = f"terms[{i}]"
        if not isinstance(entry, dict):
            errors.append(f"{where}: expected a mapping")
            continue
        term_id = entry.get("id")
        if not isinstance(term_id, str) or not TERM_ID.match(term_id):
            errors.append(f"{where}.id: {term_id!r} is not a lowercase, hyphenated id")
        elif term_id in seen:
            errors.append(f"{where}.id: {term_id!r} is used twice")
        seen.add(term_id)
        where = f"terms[{i}] ({term_id})"
        extra = set(entry) - {"id", "kk", "ru", "en", "avoid", "en_also", "note"}
        if extra:
            errors.append(f"{where}: unknown field(s) {sorted(extra)}")
        texts = _texts(entry, where, errors)
        avoid = entry.get("avoid") or {}
        if not isinstance(avoid, dict) or set(avoid) - set(LANGUAGES) or not all(
                isinstance(v, list) and all(isinstance(f, str) and f.strip() for f in v) for v in avoid.values()):
            errors.append(f"{where}.avoid: expected {{kk: [forms], ru: [forms]}}")
            avoid = {}
        en_also = entry.get("en_also") or []
        if not isinstance(en_also, list):
            errors.append(f"{where}.en_also: expected a list")
            en_also = []
        if len(texts) == len(LANGUAGES):
            terms.append(Term(str(term_id), texts["kk"], texts["ru"], texts["en"],
                              {lang: tuple(forms) for lang, forms in avoid.items()}, tuple(en_also), str(entry.get("note", ""))))
    names = data.get("names") or []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        errors.append("names: expected a list of words")
        names = []
    if errors:
        raise GlossaryError("\n".join(f"{path}: {e}" for e in errors))
    return Glossary(tuple(terms), frozenset(names), path)


@lru_cache(maxsize=None)
def load_glossary(path: Path = GLOSSARY_FILE) -> Glossary:
    """The glossary at ``path`` (the package's own by default)."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GlossaryError(f"{path}: not valid YAML: {exc}") from None
    return parse_glossary(data, Path(path))


__all__ = ["AvoidedTerm", "GLOSSARY_FILE", "Glossary", "GlossaryError", "Term", "load_glossary", "parse_glossary"]
