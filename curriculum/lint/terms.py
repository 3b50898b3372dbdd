"""Kazakh and Russian text uses the glossary's terms, not the forms it says to avoid.

Checked: the ``lang-kk`` and ``lang-ru`` cells of notebooks, the kk and ru values of language
dictionaries in code cells (``pick({...})``, messages) and their tagged comment lines (``# [kk] ...``),
the kk and ru texts of ``module.yml`` and the kk and ru labels of the labs (language dictionaries in
``curriculum/labs/*.py``). Each problem names the file, the cell, line or field, and the term to write.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import nbformat
import yaml

from ..glossary import Glossary, load_glossary
from ..i18n import LANGUAGES
from ..localize import comment_languages
from .problem import cell_label

CHECKED = ("kk", "ru")


def _language_texts(code: str) -> Iterator[tuple[int, str, str]]:
    """(line, language, text) of every language dictionary's values and tagged comment of Python source."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        tree = None
    if tree is not None:
        for node in ast.walk(tree):
            if not isinstance(node, ast.Dict):
                continue
            keys = [k.value if isinstance(k, ast.Constant) else None for k in node.keys]
            if not set(keys) & set(LANGUAGES) or set(keys) - set(LANGUAGES):
                continue
            for lang, value in zip(keys, node.values):
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    yield value.lineno, str(lang), value.value
    lines = code.splitlines()
    for number, lang in comment_languages(code).items():
        yield number, lang, lines[number - 1]


def text_problems(text: str, language: str, glossary: Glossary) -> list[str]:
    """What to write instead of each avoided form in ``text`` of ``language``."""
    return [found.advice for found in glossary.avoided(text, language)] if language in CHECKED else []


def notebook_term_problems(nb: nbformat.NotebookNode, glossary: Glossary | None = None) -> list[tuple[str, str]]:
    """(cell, message) for every avoided form in a notebook's kk and ru text."""
    glossary = glossary or load_glossary()
    found = []
    for index, cell in enumerate(nb.cells):
        label = cell_label(cell, index)
        tags = [t.removeprefix("lang-") for t in cell.metadata.get("tags", []) if t.startswith("lang-")]
        if cell.cell_type == "markdown":
            for lang in tags:
                found += [(label, advice) for advice in text_problems(cell.source, lang, glossary)]
        elif cell.cell_type == "code":
            for line, lang, text in _language_texts(cell.source):
                found += [(f"{label}, line {line}", advice) for advice in text_problems(text, lang, glossary)]
    return found


def _yaml_texts(data: object, where: str = "") -> Iterator[tuple[str, str, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            field = f"{where}.{key}" if where else str(key)
            if key in LANGUAGES and isinstance(value, str):
                yield field, str(key), value
            else:
                yield from _yaml_texts(value, field)
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from _yaml_texts(item, f"{where}[{i}]")


def module_term_problems(path: Path, glossary: Glossary | None = None) -> list[tuple[str, str]]:
    """(field, message) for every avoided form in the kk and ru texts of a ``module.yml``."""
    glossary = glossary or load_glossary()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return []  # the metadata check reports an unreadable file
    return [(field, advice) for field, lang, text in _yaml_texts(data) for advice in text_problems(text, lang, glossary)]


def python_term_problems(path: Path, glossary: Glossary | None = None) -> list[tuple[str, str]]:
    """(line, message) for every avoided form in the language dictionaries of a Python file (a lab's labels)."""
    glossary = glossary or load_glossary()
    return [(f"line {line}", advice) for line, lang, text in _language_texts(path.read_text(encoding="utf-8"))
            for advice in text_problems(text, lang, glossary)]
