"""The numbers a notebook shows, read the way each language writes them.

Two uses: ``curriculum lint`` checks that the three languages of every text show the same
numbers, each written the language's way (``0,98`` in kk and ru, ``0.98`` in en); and a module's
numbers test (:mod:`curriculum.pinning`) finds every number a student or a teacher sees and asks
that each one is either a given of a task or recomputed from the module's model.

What counts as a number shown:

* prose: ``362,5`` in kk and ru (thousands grouped by a space: ``1 450``), ``362.5`` in en
  (``1,450``); a minus sign (``-``, ``−``) before a number is its sign;
* maths (``$...$``): the same, with LaTeX's ``{,}`` as a decimal comma; sub- and superscripts
  (``z_1``, ``x^2``, ``10^{-3}``) are not numbers shown, nor are digits in names (``T_2``, ``n1``);
* code (inline ``code`` and code cells): Python numbers (always a decimal point).

What does not count (structure, not content): task, example and part numbers (``Task 6``,
``6-тапсырма``, ``Задача 6``, ``Example 2``), points (``(2 points``), list and heading numbering
(``1.`` at the start of a line), ordinals (``1-саты``, ``2-я``, ``1st``; but ``16-ға``, ``17-ден`` are numbers
with a Kazakh case ending).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

import nbformat

DECIMAL_COMMA = frozenset({"kk", "ru"})

_FENCED = re.compile(r"```.*?```", re.DOTALL)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
_MATH = re.compile(r"\$\$.*?\$\$|\$(?:[^$\\]|\\.)+?\$", re.DOTALL)
_SCRIPTS = re.compile(r"[_^](?:\{[^{}]*\}|\\?[A-Za-z]+|-?\d)")
_KK_CASE = (r"(?:ға|ге|қа|ке|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|"
            r"ты|ті|мен|бен|пен)")
"""Kazakh case endings a number takes after a hyphen (``16-ға``, ``17-ден``): the number is content, not an ordinal."""
_STRUCTURE = re.compile(
    r"(?<!\w)(?:Task|Tasks|Example|Задача|Задачи|Пример|Part|Часть)\s+\d+(?:\s*[-–]\s*\d+)?(?!\w)"
    r"|(?<!\w)\d+(?:\s*[-–]\s*\d+)?-(?:тапсырма|мысал|бөлім)"
    r"|\(\d+(?:[.,]\d+)?\s*(?:points?|ұпай|балл\w*)"
    r"|^\s*#*\s*\d+\.(?=\s)"
    r"|\b\d+-?(?:st|nd|rd|th)\b"
    r"|(?<![\d.,])\d+-(?=[а-яәғқңөұүһіё])(?!" + _KK_CASE + r"(?![а-яәғқңөұүһіё]))",
    re.MULTILINE | re.IGNORECASE)
_NUMBER = {
    "comma": re.compile(r"(?<![\w.,])[-−]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\w])|(?<![\w.,])[-−]?\d+(?:,\d+)?(?![\w]|[.,]\d)"),
    "point": re.compile(r"(?<![\w.,])[-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.,])[-−]?\d+(?:\.\d+)?(?![\w]|[.,]\d)"),
    "python": re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w])"),
}
_THIN_GROUP = re.compile(r"\d+(?:\\[,;: ]\d{3})+(?!\d)")
"""Thousands groups set off by LaTeX spaces (``100\\,000``, ``25\\,200\\,000``), rewritten as the style groups them."""


def _regroup(match: re.Match[str], sep: str) -> str:
    """``25\\,200\\,000`` -> ``'  25 200 000'``: each LaTeX space becomes the group separator, and as many spaces
    lead as were saved, so that every number keeps its place in the text."""
    groups = re.split(r"\\[,;: ]", match.group(0))
    return " " * (len(groups) - 1) + sep.join(groups)
_GROUP = {"comma": " ", "point": ","}
_DIAMETER = re.compile(r"[Øø⌀]")
"""The diameter sign glued to its number (``Ø4,3``) is not part of a name: it reads as a space."""
_OTHER_SEPARATOR = {"comma": re.compile(r"(?<![\w.,])\d+\.\d+(?!\w|[.,]\d)"),
                    "point": re.compile(r"(?<![\w.,])\d+,\d{1,2}(?![\d])|(?<![\w.,])\d+,\d{4,}")}


@dataclass(frozen=True)
class Shown:
    """One number as a notebook shows it."""

    value: Decimal
    text: str
    """As written (``362,5``, ``1 450``, ``-40``)."""
    kind: str
    """``prose``, ``math`` or ``code``."""


def _value(text: str, style: str) -> Decimal:
    plain = text.replace("−", "-")
    for space in (" ", "\u00a0", "\u202f"):
        plain = plain.replace(space, "")
    if style == "comma":
        plain = plain.replace(",", ".")
    elif style == "point":
        plain = plain.replace(",", "")
    return Decimal(plain)


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _numbers(text: str, style: str, kind: str, offset: int = 0) -> Iterator[tuple[int, Shown]]:
    for match in _NUMBER[style].finditer(text):
        yield offset + match.start(), Shown(_value(match.group(0), style), match.group(0), kind)


def markdown_numbers(text: str, lang: str | None) -> list[Shown]:
    """The numbers a markdown text shows in ``lang`` (``None``: a cell shown in every language, read either way), in order."""
    style = "comma" if lang in DECIMAL_COMMA else "point"
    found: list[tuple[int, Shown]] = []
    rest = text
    for pattern, kind in ((_FENCED, "code"), (_INLINE_CODE, "code")):
        for match in pattern.finditer(rest):
            found += _numbers(match.group(0).strip("`"), "python", kind, match.start() + len(match.group(0)) - len(
                match.group(0).lstrip("`")))
        rest = _blank(rest, pattern)
    for match in _MATH.finditer(rest):
        math = _blank(match.group(0), _SCRIPTS).replace("{,}", " ,").replace("{.}", " .")
        math_style = style if lang is not None else ("comma" if re.search(r"\d(?:\{,\}| ,|,)\d", math) else "point")
        math = _THIN_GROUP.sub(lambda m: _regroup(m, _GROUP[math_style]), math)  # 100\,000 -> ' 100 000'
        math = re.sub(r"\\[A-Za-z]+", lambda m: " " * len(m.group(0)), math)
        # 0{,}98 -> ' 0,98', and a sign stays with its number: -0{,}98 -> ' -0,98' (same length, same place)
        math = re.sub(r"((?<![\w)}\]])-)?(\d+) ([.,])(?=\d)", lambda m: f" {m.group(1) or ''}{m.group(2)}{m.group(3)}", math)
        found += _numbers(_blank(math, _STRUCTURE), math_style, "math", match.start())
    rest = _blank(_blank(_blank(rest, _MATH), _STRUCTURE), _DIAMETER)
    found += _numbers(rest, style if lang is not None else "point", "prose")
    return [shown for _start, shown in sorted(found, key=lambda f: f[0])]


def separator_problems(text: str, lang: str) -> list[str]:
    """Numbers written with the other language's decimal separator (``0.98`` in a kk text), outside code."""
    style = "comma" if lang in DECIMAL_COMMA else "point"
    rest = _blank(_blank(_blank(text, _FENCED), _INLINE_CODE), _STRUCTURE)
    rest = _MATH.sub(lambda m: _blank(m.group(0), _SCRIPTS).replace("{,}", ","), rest)
    wrong = [m.group(0) for m in _OTHER_SEPARATOR[style].finditer(rest)]
    if style == "point":
        wrong = [w for w in wrong if not re.fullmatch(r"\d+,\d{3}", w)]
    want = "a decimal comma (0,98)" if style == "comma" else "a decimal point (0.98)"
    return [f"{w!r} is written with the other languages' decimal separator: {lang} writes {want}" for w in wrong]


def code_numbers(source: str) -> list[Shown]:
    """Python numbers of a code cell's text."""
    return [shown for _start, shown in _numbers(source, "python", "code")]


def cell_language(cell: nbformat.NotebookNode) -> str | None:
    tags = [t.removeprefix("lang-") for t in cell.metadata.get("tags", []) if t.startswith("lang-")]
    return tags[0] if tags else None
