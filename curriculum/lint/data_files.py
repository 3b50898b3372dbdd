"""Content kept as data files, not notebooks: thesis topics (``topics/*.yml``) and the plant's professions map.

Checked: the schema (every problem by field), the module ids a file names exist, each language's text is in
that language (no English or Russian prose in kk, no Kazakh letters or English in ru, no Cyrillic in en: the
one-language detector's rules), and kk and ru texts use the glossary's terms.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..i18n import LANGUAGES
from ..metadata import MetadataError
from ..metadata.topic import load_topic
from ..topics import topic_files
from .one_language import Detector
from .terms import _yaml_texts, module_term_problems

Found = tuple[Path, str, str, str]
"""(file, field, message, check)."""


def text_language_problems(texts: Iterable[tuple[str, str, str]]) -> Iterator[tuple[str, str]]:
    """(field, message) for each ``(field, language, text)`` that shows another language's text."""
    detectors = {lang: Detector(lang) for lang in LANGUAGES}
    for where, lang, text in texts:
        if lang not in detectors:
            continue
        for found, fragment in detectors[lang].fragment(text):
            yield where, f"{found} in the {lang} text: {fragment!r}"


def yaml_texts(data: object) -> list[tuple[str, str, str]]:
    """Every ``{kk: ..., ru: ..., en: ...}`` text of a YAML document as (field, language, text)."""
    return list(_yaml_texts(data))


def topic_problems(root: Path, known_modules: set[str]) -> list[Found]:
    """Every problem of the thesis topics under ``root``."""
    import yaml

    found: list[Found] = []
    ids: dict[str, Path] = {}
    for path in topic_files(root):
        try:
            topic = load_topic(path)
        except MetadataError as exc:
            found += [(err.path, err.field, err.message, "metadata") for err in exc.errors]
        else:
            if topic.id in ids:
                found.append((path, "id", f"{topic.id} is also the id of {ids[topic.id].name}", "metadata"))
            ids[topic.id] = path
            for i, module in enumerate(topic.prepared_by):
                if module not in known_modules:
                    found.append((path, f"prepared_by[{i}]", f"unknown module {module!r}", "metadata"))
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            continue  # reported as metadata above
        found += [(path, where, msg, "languages") for where, msg in text_language_problems(yaml_texts(data))]
        found += [(path, where, msg, "terms") for where, msg in module_term_problems(path)]
    return found


def professions_problems(path: Path | None = None) -> list[Found]:
    """Every problem of the professions map: schema, languages, the glossary's terms."""
    import yaml

    from ..professions import PROFESSIONS_FILE, load_professions

    path = Path(path or PROFESSIONS_FILE)
    found: list[Found] = []
    try:
        load_professions.__wrapped__(path)
    except MetadataError as exc:
        found += [(err.path, err.field, err.message, "metadata") for err in exc.errors]
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return found
    found += [(path, where, msg, "languages") for where, msg in text_language_problems(yaml_texts(data))]
    found += [(path, where, msg, "terms") for where, msg in module_term_problems(path)]
    return found
