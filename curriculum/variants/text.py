"""A task text's numbers: ``{speed} km/h`` in a Markdown cell, filled in with a parameter set's values.

A placeholder is ``{name}`` or ``{name:format}`` (Python's format mini-language, e.g. ``{mu_wet:.2f}``)
where ``name`` is a value the parameters cell defines; any other braces (LaTeX's ``\\frac{v}{2}``)
are left alone. A number is written the way its place in the text needs:

* in prose, with the cell's language's decimal separator: ``0,45`` in a Kazakh or Russian cell,
  ``0.45`` in English;
* in a formula (``$...$``, ``$$...$$``), as the notebooks' formulas write it, in a group of its own so
  that ``\\frac{speed}{2}`` stays a fraction: ``{0{,}45}`` / ``{0.45}``;
* in code (```` `...` ````), as Python reads it: ``0.45``.

JupyterLab shows Markdown as it is in the file, so the numbers are written into the file: the
release writes the example's, and a student's copy is written with the student's
(:mod:`curriculum.variants.personalise`); the cell's template stays in its metadata.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..i18n import LANGUAGES

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)(?::([^{}\n]*))?\}")
_SPANS = re.compile(r"(```.*?```|`[^`\n]*`|\$\$.*?\$\$|\$[^$\n]*\$)", re.DOTALL)
DECIMAL_COMMA = frozenset({"kk", "ru"})


class TemplateError(ValueError):
    """A placeholder whose value cannot be written with its format."""


def placeholders(text: str, names: Mapping[str, Any] | set[str]) -> list[str]:
    """The parameter names the text uses as placeholders, in order of first use."""
    found: list[str] = []
    for match in PLACEHOLDER.finditer(text):
        if match.group(1) in names and match.group(1) not in found:
            found.append(match.group(1))
    return found


def format_value(value: Any, spec: str | None, lang: str, context: str) -> str:
    """One value as ``context`` (``text``, ``math`` or ``code``) in language ``lang`` writes it."""
    if isinstance(value, float) and not spec and value.is_integer():
        value = int(value)
    try:
        text = format(value, spec) if spec else (format(value, ".12g") if isinstance(value, float) else str(value))
    except (ValueError, TypeError) as exc:
        raise TemplateError(f"cannot write {value!r} with the format {spec!r}: {exc}") from None
    if context == "code" or not isinstance(value, (int, float)) or isinstance(value, bool):
        return text
    if lang in DECIMAL_COMMA:
        text = text.replace(".", "{,}" if context == "math" else ",")
    return "{" + text + "}" if context == "math" else text


def render(text: str, values: Mapping[str, Any], lang: str = "en") -> str:
    """The text with every placeholder of a known name replaced by its value, in language ``lang``."""
    if lang not in LANGUAGES:
        lang = "en"

    def fill(segment: str, context: str) -> str:
        def one(match: re.Match) -> str:
            name, spec = match.group(1), match.group(2)
            if name not in values:
                return match.group(0)
            return format_value(values[name], spec, lang, context)

        return PLACEHOLDER.sub(one, segment)

    out, position = [], 0
    for span in _SPANS.finditer(text):
        out.append(fill(text[position:span.start()], "text"))
        piece = span.group(0)
        out.append(fill(piece, "code" if piece.startswith("`") else "math"))
        position = span.end()
    out.append(fill(text[position:], "text"))
    return "".join(out)


def cell_language(cell: Any, default: str) -> str:
    """A text cell's language: its ``lang-..`` tag, else the notebook's."""
    for tag in cell.get("metadata", {}).get("tags", []):
        if tag.startswith("lang-") and tag[5:] in LANGUAGES:
            return tag[5:]
    return default


__all__ = ["PLACEHOLDER", "TemplateError", "cell_language", "format_value", "placeholders", "render"]
