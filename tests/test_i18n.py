"""Every student-facing message exists in Kazakh, Russian and English, with the same placeholders."""

from __future__ import annotations

import re
import string

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from curriculum import i18n
from curriculum.i18n import LOCALE_DIR, normalize_language, ngettext, pick

KEYWORDS = {"_": None, "ngettext": (1, 2)}


def _code_messages():
    """Messages in the package's code and in its page templates (the feedback page's Jinja template)."""
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(LOCALE_DIR.parent), keywords=KEYWORDS, method_map=[("**.py", "python"), ("**.j2", "jinja2")]):
        found.add(message if isinstance(message, str) else tuple(message))
    return found


def _fields(text):
    return sorted(f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f)


MESSAGES = sorted(_code_messages(), key=str)


def test_messages_are_found():
    assert len(MESSAGES) > 40


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_catalogue_translates_every_message_with_the_same_placeholders(lang):
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "curriculum.po").open("rb") as fh:
        catalog = read_po(fh, locale=lang)
    for message in MESSAGES:
        key = message[0] if isinstance(message, tuple) else message
        entry = catalog.get(key)
        assert entry is not None and entry.string, f"{lang}: no translation of {key!r}"
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)
        assert len(strings) == (catalog.num_plurals if isinstance(message, tuple) else 1)
        for translated in strings:
            assert translated.strip(), f"{lang}: empty translation of {key!r}"
            assert _fields(translated) == _fields(key), f"{lang}: placeholders differ in {key!r}"
    stale = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id} - {
        m[0] if isinstance(m, tuple) else m for m in MESSAGES}
    assert not stale, f"{lang}: translations of messages no longer used: {sorted(stale)[:5]}"


@pytest.mark.parametrize(("lang", "n", "expected"), [
    ("ru", 1, "должен быть 1 элемент"), ("ru", 3, "должно быть 3 элемента"), ("ru", 5, "должно быть 5 элементов"),
    ("ru", 21, "должен быть 21 элемент"), ("kk", 5, "5 элемент"), ("en", 1, "1 item;"), ("en", 2, "2 items;"),
])
def test_plural_forms_follow_each_language(lang, n, expected):
    text = ngettext("The answer should have {n} item; yours has {m}.", "The answer should have {n} items; yours has {m}.",
                    n, lang=lang, m=0)
    assert expected in text


def test_language_codes_normalize_and_unknown_ones_are_refused():
    assert normalize_language("kk-Cyrl") == "kk" and normalize_language("ru_RU") == "ru"
    with pytest.raises(i18n.UnknownLanguage):
        normalize_language("de")


def test_pick_names_the_missing_language():
    with pytest.raises(KeyError, match="'kk'"):
        pick({"ru": "а", "en": "a"}, lang="kk")
    assert pick({"kk": "ә", "ru": "а", "en": "a"}, lang="kk") == "ә"


def test_kazakh_is_tagged_cyrillic_for_a_later_latin_conversion():
    assert i18n.LANGUAGE_TAGS["kk"] == "kk-Cyrl"
    assert re.search(r"[әғқңөұүһі]", i18n._("Correct: {name} gives the right result on every input tried.", lang="kk", name="f"))
