"""One language out of a trilingual code cell: ``pick({...})`` texts and language-tagged comment lines.

A code cell of the library speaks all three languages in two ways, and a release in one
language keeps only that language's words (:class:`~curriculum.preprocessors.ApplyCourseLanguage`):

* ``pick({"kk": "...", "ru": "...", "en": "..."})``: a text chosen when the cell runs (assert
  messages, printed labels). The release replaces the whole call by the course language's string
  literal, as the author wrote it, found with the AST at its exact source position;
* a comment line tagged with its language, ``# [kk] ...``, ``# [ru] ...``, ``# [en] ...`` (answer
  hints, comments of locked cells): the release keeps the course language's line without its tag
  and drops the other two, found with Python's tokenizer, so a ``# [kk]`` inside a string is text.

Everything else in the cell stays as it is. A cell that is not valid Python (a magic, a cell the
author left broken) keeps its ``pick`` calls; ``curriculum lint`` then reports the other languages.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Mapping

from .i18n import LANGUAGES

TAGGED_COMMENT = re.compile(r"^#\s?\[(?P<lang>kk|ru|en)\]\s?")
"""A comment that belongs to one language: ``# [kk] ...``."""


def tagged_lines(texts: Mapping[str, str], *, indent: str = "") -> str:
    """Comment lines per language, in the programme's order: ``# [kk] ...`` / ``# [ru] ...`` / ``# [en] ...``.

    A text of several lines gives several tagged lines."""
    missing = [lang for lang in LANGUAGES if not str(texts.get(lang, "")).strip()]
    if missing:
        raise ValueError(f"comment lacks {', '.join(missing)}: {dict(texts)!r}")
    lines = []
    for lang in LANGUAGES:
        for line in str(texts[lang]).strip().splitlines():
            lines.append(f"{indent}# [{lang}] {line.strip()}")
    return "\n".join(lines)


def comment_languages(source: str) -> dict[int, str]:
    """Line number (1-based) -> language, for every line that is only a tagged comment."""
    found: dict[int, str] = {}
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return found
    lines = source.splitlines()
    for token in tokens:
        if token.type != tokenize.COMMENT:
            continue
        row, col = token.start
        if lines[row - 1][:col].strip():
            continue  # a comment after code on the same line is not a line of its own
        if match := TAGGED_COMMENT.match(token.string):
            found[row] = match.group("lang")
    return found


def keep_comment_language(source: str, language: str) -> str:
    """Keep the tagged comment lines of ``language`` (without their tag) and drop the other languages' lines."""
    tagged = comment_languages(source)
    if not tagged:
        return source
    out = []
    for number, line in enumerate(source.splitlines(keepends=True), start=1):
        lang = tagged.get(number)
        if lang is None:
            out.append(line)
        elif lang == language:
            indent = line[:len(line) - len(line.lstrip())]
            out.append(indent + "# " + TAGGED_COMMENT.sub("", line.strip(), count=1) + ("\n" if line.endswith("\n") else ""))
    return "".join(out)


def _is_pick(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call) or node.keywords or len(node.args) != 1:
        return False
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    texts = node.args[0]
    return (name == "pick" and isinstance(texts, ast.Dict) and None not in texts.keys
            and all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in texts.keys)
            and sorted(k.value for k in texts.keys) == sorted(LANGUAGES))  # type: ignore[union-attr]


def _offset(line_starts: list[int], source_lines: list[str], lineno: int, col_bytes: int) -> int:
    """Character offset in the source of an AST position (ast columns count UTF-8 bytes)."""
    line = source_lines[lineno - 1]
    return line_starts[lineno - 1] + len(line.encode("utf-8")[:col_bytes].decode("utf-8"))


def rewrite_picks(source: str, language: str) -> str:
    """Replace every ``pick({"kk": ..., "ru": ..., "en": ...})`` by the source of its ``language`` text."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    calls = [node for node in ast.walk(tree) if _is_pick(node)]
    if not calls:
        return source
    lines = source.splitlines(keepends=True)
    starts, total = [], 0
    for line in lines:
        starts.append(total)
        total += len(line)
    spans = []
    for call in calls:
        texts = call.args[0]
        assert isinstance(texts, ast.Dict)
        chosen = next(v for k, v in zip(texts.keys, texts.values) if isinstance(k, ast.Constant) and k.value == language)
        text = ast.get_source_segment(source, chosen)
        start = _offset(starts, lines, call.lineno, call.col_offset)
        end = _offset(starts, lines, call.end_lineno or call.lineno, call.end_col_offset or 0)
        spans.append((start, end, rewrite_picks(text or "", language)))
    outermost = [s for s in spans if not any(o[0] <= s[0] and s[1] <= o[1] and o != s for o in spans)]
    for start, end, text in sorted(outermost, reverse=True):
        source = source[:start] + text + source[end:]
    return source


def localize_code(source: str, language: str) -> str:
    """A code cell in one language: its ``pick`` texts and its tagged comments."""
    return keep_comment_language(rewrite_picks(source, language), language)


__all__ = ["TAGGED_COMMENT", "comment_languages", "keep_comment_language", "localize_code", "rewrite_picks", "tagged_lines"]
