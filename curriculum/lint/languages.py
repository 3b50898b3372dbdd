"""Every text in kk, ru and en: notebook cells tagged ``lang-*`` and inline ``{"kk", "ru", "en"}`` texts."""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat

from ..i18n import LANGUAGES
from .problem import cell_label


def notebook_language_problems(nb: nbformat.NotebookNode) -> list[tuple[str, str]]:
    """(cell, message) for every text that lacks a language, is out of order, empty, or untagged prose."""
    found: list[tuple[str, str]] = []
    run: list[tuple[int, str]] = []

    def close_run() -> None:
        for start in range(0, len(run), len(LANGUAGES)):
            chunk = run[start:start + len(LANGUAGES)]
            langs = [lang for _i, lang in chunk]
            if langs != list(LANGUAGES):
                missing = [lang for lang in LANGUAGES if lang not in langs]
                what = f"lacks {', '.join(missing)}" if missing else "is out of order"
                found.append((cell_label(nb.cells[chunk[0][0]], chunk[0][0]),
                              f"text {what}: has {', '.join(langs)}, expected {', '.join(LANGUAGES)} in turn"))
                return  # the rest of the run is shifted: one message per run
        run.clear()

    tagged = 0
    for index, cell in enumerate(nb.cells):
        tags = [t.removeprefix("lang-") for t in cell.metadata.get("tags", []) if t.startswith("lang-")]
        if tags:
            tagged += 1
            run.append((index, tags[0]))
            if not cell.source.strip():
                found.append((cell_label(cell, index), f"empty lang-{tags[0]} cell"))
        else:
            close_run()
            run.clear()
            meta = cell.metadata.get("nbgrader", {})
            if cell.cell_type == "markdown" and not meta.get("solution"):
                words = [w for w in cell.source.replace("$", " ").split() if w.isalpha() and len(w) > 3]
                if len(words) > 3:
                    found.append((cell_label(cell, index), f"untagged prose would reach every class untranslated: {cell.source[:50]!r}"))
            if cell.cell_type == "code":
                found += [(cell_label(cell, index), f"line {line}: {msg}") for line, msg in inline_text_problems(cell.source)]
    close_run()
    if not tagged:
        found.append(("", "has no language-tagged text"))
    return found


def inline_text_problems(code: str) -> list[tuple[int, str]]:
    """(line, message) for each dict literal keyed by languages that lacks one or has an empty text."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Dict):
            continue
        keys = {k.value: v for k, v in zip(node.keys, node.values) if isinstance(k, ast.Constant)}
        if not set(keys) & set(LANGUAGES) or set(keys) - set(LANGUAGES):
            continue
        missing = [lang for lang in LANGUAGES if lang not in keys]
        empty = [lang for lang, v in keys.items() if isinstance(v, ast.Constant) and not str(v.value).strip()]
        if missing or empty:
            found.append((node.lineno, f"text lacks {', '.join(missing + empty)}"))
    return found


def python_file_language_problems(path: Path) -> list[tuple[str, str]]:
    """Inline texts of a Python file (lab labels, titles, readouts)."""
    return [(f"line {line}", msg) for line, msg in inline_text_problems(path.read_text(encoding="utf-8"))]
