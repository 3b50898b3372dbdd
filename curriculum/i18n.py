"""Languages and the one message catalogue.

Every student-facing string of the package lives in gettext catalogues under
``curriculum/locale/<lang>/LC_MESSAGES/curriculum.po`` (msgids are English).  The
catalogues are compiled in memory with Babel on first use, so the repository holds
only the text ``.po`` files.  Kazakh is tagged ``kk-Cyrl`` so that a later Latin
transliteration is a conversion, not a new language.

The course language is set once per notebook (``curriculum.setup(lang=...)``) or
through the ``CURRICULUM_LANG`` environment variable; it defaults to English.
"""

from __future__ import annotations

import gettext as _gettext
import io
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")
"""The course languages, in the programme's order."""

LANGUAGE_TAGS: dict[str, str] = {"kk": "kk-Cyrl", "ru": "ru", "en": "en"}
"""BCP 47 tags written into notebooks and metadata."""

LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "curriculum"

_current: str | None = None


class UnknownLanguage(ValueError):
    """A language code outside :data:`LANGUAGES`."""


def normalize_language(lang: str) -> str:
    """Map ``"kk-Cyrl"``, ``"ru_RU"``, ``"EN"`` ... to a code in :data:`LANGUAGES`."""
    code = lang.strip().replace("_", "-").split("-")[0].lower()
    if code not in LANGUAGES:
        raise UnknownLanguage(
            f"unknown language {lang!r}: use one of {', '.join(LANGUAGES)}"
        )
    return code


def get_language() -> str:
    """The language in force: the one set last, else ``$CURRICULUM_LANG``, else ``en``."""
    if _current is not None:
        return _current
    return normalize_language(os.environ.get("CURRICULUM_LANG", "en") or "en")


def set_language(lang: str) -> str:
    """Set the course language for this process; returns the normalized code."""
    global _current
    _current = normalize_language(lang)
    return _current


@contextmanager
def in_language(lang: str) -> Iterator[str]:
    """Temporarily switch the course language (for writing texts in all three languages at once)."""
    global _current
    previous = _current
    _current = normalize_language(lang)
    try:
        yield _current
    finally:
        _current = previous


@lru_cache(maxsize=None)
def translations(lang: str) -> _gettext.NullTranslations:
    """The compiled catalogue of one language (English falls back to the msgids)."""
    lang = normalize_language(lang)
    po_path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po_path.exists():
        return _gettext.NullTranslations()
    with po_path.open("rb") as fh:
        catalog = read_po(fh, locale=lang, domain=DOMAIN)
    buf = io.BytesIO()
    write_mo(buf, catalog)
    buf.seek(0)
    return _gettext.GNUTranslations(buf)


def _(message: str, /, lang: str | None = None, **params: object) -> str:
    """Translate ``message`` into ``lang`` (default: the course language) and fill ``{params}``."""
    text = translations(lang or get_language()).gettext(message)
    return text.format(**params) if params else text


def ngettext(
    singular: str, plural: str, n: int, /, lang: str | None = None, **params: object
) -> str:
    """Plural-aware translation; ``{n}`` is always available to the message."""
    text = translations(lang or get_language()).ngettext(singular, plural, n)
    return text.format(n=n, **params)


def pick(texts: Mapping[str, str], lang: str | None = None) -> str:
    """Choose the course language from an inline ``{"kk": ..., "ru": ..., "en": ...}`` mapping.

    Used for content that belongs to one module (lab labels, titles) rather than to the
    shared catalogue.  A missing language is an authoring error and raises ``KeyError``
    naming it, so it is caught by the content tests rather than shown to a student.
    """
    code = normalize_language(lang or get_language())
    try:
        return texts[code]
    except KeyError:
        raise KeyError(f"text has no {code!r} version: {dict(texts)!r}") from None
