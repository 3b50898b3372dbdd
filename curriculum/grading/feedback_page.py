"""The feedback page a student reads: nbconvert's HTML export with our template, in the course language.

nbgrader's own feedback template is English ("Score", "Student's answer", "Test cell", "Comments"), loads
MathJax from a CDN (so a school server without the internet shows ``$k$`` as it was typed), writes no page
language and colours its links below the contrast a reader needs. :class:`FeedbackExporter` puts our template
(``templates/curriculum_feedback``) in its place, for ``curriculum grade`` and ``nbgrader generate_feedback``
alike (the course's ``nbgrader_config.py`` makes it the feedback's exporter):

- every text is from the gettext catalogue in the course language (``c.CourseLanguage.language``, else the
  language the notebook's setup cell sets), scores are written the language's way (``2,5``), and ``<html lang>``
  says the language;
- the summary at the top names each graded item by the task it belongs to (the heading above it), with its points
  and a link to it and to the teacher's comment;
- maths is MathML made here with ``latex2mathml`` (in markdown cells, comments and LaTeX outputs): browsers draw it
  themselves and screen readers read it, with no script and no network;
- plots carry a text alternative in the course language, code and output wrap instead of scrolling sideways, links
  are underlined, colours keep a contrast of at least 4.5:1 (axe-core checks the page in the test suite).

nbconvert reads every rendered page again with BeautifulSoup's pure-Python parser for an accessibility pass (an
image without alternative text gets an English one; cells of JupyterLab-style templates become focusable). Our
template leaves that pass nothing to do, and it costs about 0.05 s of CPU per submission here, close to half of
making the feedback: the pass, nbconvert's own code, runs only on a page that still has an image without ``alt``
or a JupyterLab cell, and any other page is written as rendered.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbconvert.exporters.html as nbconvert_html
from nbconvert.exporters import HTMLExporter
from nbconvert.filters.markdown_mistune import IPythonRenderer, MarkdownWithMath
from traitlets import default

TEMPLATES = Path(__file__).with_name("templates")
TEMPLATE = "curriculum_feedback"
"""Our template's folder under :data:`TEMPLATES`."""

# what nbconvert's pass selects: img:not([alt]), .jp-Notebook div.jp-Cell-inputWrapper, ... div.jp-OutputArea-output
NEEDS_PASS = re.compile(r"<img\b(?![^>]*\balt=)|jp-Cell-inputWrapper|jp-OutputArea-output", re.IGNORECASE)
_BeautifulSoup = nbconvert_html.BeautifulSoup  # nbconvert's own, put back after every export


# -- maths ---------------------------------------------------------------------------------------------------------


def mathml(tex: str, display: str = "inline") -> str:
    """LaTeX maths as MathML (``display`` is ``inline`` or ``block``); LaTeX that cannot be read is shown as code."""
    import latex2mathml.converter

    source = tex.strip()
    try:
        return latex2mathml.converter.convert(source, display=display)
    except Exception:  # noqa: BLE001 - latex2mathml raises many kinds; a page must never fail for one formula
        return f'<code class="math-source">{html.escape(source)}</code>'


def with_maths(text: str) -> str:
    """Plain text (a heading) as HTML, its ``$...$`` maths as MathML."""
    parts = re.split(r"(?<!\\)\$(.+?)(?<!\\)\$", text)
    return "".join(mathml(part) if i % 2 else html.escape(part) for i, part in enumerate(parts))


_DELIMITED = re.compile(r"^\s*(\$\$|\$|\\\[|\\\()(.*?)(\$\$|\$|\\\]|\\\))\s*$", re.DOTALL)


def latex_output(text: str) -> str:
    """A ``text/latex`` output (sympy's ``$\\displaystyle ...$``) as block MathML."""
    match = _DELIMITED.match(text)
    return mathml(match.group(2) if match else text, display="block")


class MathMLRenderer(IPythonRenderer):
    """nbconvert's markdown renderer with the maths written as MathML instead of left for MathJax."""

    def block_math(self, body: str) -> str:
        return mathml(body, display="block")

    def inline_math(self, body: str) -> str:
        return mathml(body)

    def latex_environment(self, name: str, body: str) -> str:
        return mathml(f"\\begin{{{name}}}{body}\\end{{{name}}}", display="block")

    def multiline_math(self, text: str) -> str:  # older mistune versions only
        return latex_output(text)


# -- what the summary lists ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One graded item of the page, as its summary lists it."""

    anchor: str
    kind: str
    """``check`` (a test cell), ``code`` (graded code written by the student), ``written`` (a written answer) or
    ``task``."""
    title: str
    """The heading the item sits under (the task), as plain text; empty when there is none."""
    score: float | None
    points: float
    comment: bool
    """Whether the teacher wrote a comment on it."""


_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
_MARKUP = re.compile(r"\*\*|__|\*|`|<[^>]+>")


def heading_text(markdown: str) -> str | None:
    """The last heading of a markdown cell as plain text (maths kept as typed), or None."""
    found = _HEADING.findall(markdown)
    return _MARKUP.sub("", found[-1]).strip() if found else None


def kind_of(cell: Any) -> str | None:
    info = cell.metadata.get("nbgrader", {})
    if info.get("task"):
        return "task"
    if not info.get("grade"):
        return None
    if not info.get("solution"):
        return "check"
    return "written" if cell.cell_type == "markdown" else "code"


def items(nb: Any) -> list[Item]:
    """The graded items of ``nb`` (after nbgrader's ``GetGrades``), each under the heading above it."""
    found, title = [], ""
    for cell in nb.cells:
        if cell.cell_type == "markdown" and (heading := heading_text(cell.source)):
            title = heading
        kind = kind_of(cell)
        if kind is None:
            continue
        info = cell.metadata.nbgrader
        score = info.get("score")
        found.append(Item(anchor=str(info.get("grade_id", "")), kind=kind, title=title,
                          score=None if score is None else float(score), points=float(info.get("points", 0) or 0),
                          comment=bool(info.get("comment"))))
    return found


# -- the exporter ---------------------------------------------------------------------------------------------------


class _Unchanged(str):
    """A page the pass would not change, standing in for its parse: nothing to select, written as it is."""

    def select(self, _selector: str) -> list[Any]:
        return []


def _parse_when_needed(markup: str, *args: Any, **kwargs: Any) -> Any:
    if NEEDS_PASS.search(markup):
        return _BeautifulSoup(markup, *args, **kwargs)
    return _Unchanged(markup)


@contextmanager
def _pass_only_when_needed() -> Iterator[None]:
    nbconvert_html.BeautifulSoup = _parse_when_needed
    try:
        yield
    finally:
        nbconvert_html.BeautifulSoup = _BeautifulSoup


RENDERED_MARKDOWN: dict[tuple[Any, ...], str] = {}
"""Markdown cells already rendered by this process (:meth:`FeedbackExporter.markdown2html`)."""
RENDERED_MARKDOWN_LIMIT = 4096


class FeedbackExporter(HTMLExporter):
    """``HTMLExporter`` with the feedback template in the course language, MathML maths, and nbconvert's accessibility
    pass only where it has something to do."""

    skip_needless_pass = True
    """Whether a page the accessibility pass would not change is written as rendered (tests compare both ways)."""

    @default("template_name")
    def _default_template_name(self) -> str:
        return TEMPLATE

    @default("extra_template_basedirs")
    def _our_templates(self) -> list[str]:
        return [str(TEMPLATES)]

    @default("exclude_input_prompt")
    def _no_input_prompts(self) -> bool:
        return True

    @default("exclude_output_prompt")
    def _no_output_prompts(self) -> bool:
        return True

    @default("exclude_anchor_links")
    def _no_anchor_links(self) -> bool:
        return True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        changed = False
        if str(TEMPLATES) not in self.extra_template_basedirs:
            self.extra_template_basedirs = [str(TEMPLATES), *self.extra_template_basedirs]
            changed = True
        if self.template_name == "feedback":  # nbgrader's GenerateFeedback asks for its own English template
            self.template_name = TEMPLATE
            changed = True
        if changed:  # the search path was worked out (and kept) for nbgrader's template while the traits were set
            self.template_paths = self._template_paths()

    def language(self, nb: Any) -> str:
        """The page's language: the course's, else the one the notebook's setup cell sets, else the process's."""
        from ..course_language import CourseLanguage
        from ..i18n import get_language
        from ..preprocessors.decide_tests import notebook_language

        return CourseLanguage(parent=self).language or notebook_language(nb) or get_language()

    @nbconvert_html.contextfilter
    def markdown2html(self, context: Any, source: str) -> str:
        """nbconvert's markdown filter (attachments, embedded images, code highlighting) with MathML maths.

        A cell's HTML depends only on its text and the exporter's settings (a new renderer each time, with no state
        from other cells; the student's folder is read only to embed images), unless it has attachments or images
        are embedded from files: the others are rendered once
        per process and then taken from :data:`RENDERED_MARKDOWN` (a class's feedback pages share the teacher's
        text; parsing it again for every student was a sixth of a grading worker's CPU for feedback)."""
        cell = context.get("cell", {})
        path = context.get("resources", {}).get("metadata", {}).get("path", "")
        key = None
        if not cell.get("attachments") and not self.embed_images:  # the path is read only to embed images
            key = (type(self), source, self.anchor_link_text, self.exclude_anchor_links,
                   repr(sorted(self.lexer_options.items())))
            rendered = RENDERED_MARKDOWN.get(key)
            if rendered is not None:
                return rendered
        rendered = self._render_markdown(cell, source, path)
        if key is not None:
            if len(RENDERED_MARKDOWN) >= RENDERED_MARKDOWN_LIMIT:
                RENDERED_MARKDOWN.clear()
            RENDERED_MARKDOWN[key] = rendered
        return rendered

    def _render_markdown(self, cell: Any, source: str, path: str) -> str:
        renderer = MathMLRenderer(escape=False, attachments=cell.get("attachments", {}), embed_images=self.embed_images,
                                  path=path, anchor_link_text=self.anchor_link_text, exclude_anchor_links=self.exclude_anchor_links,
                                  **self.lexer_options)
        return MarkdownWithMath(renderer=renderer).render(source)

    def default_filters(self) -> Iterator[tuple[str, Any]]:
        yield from super().default_filters()
        yield ("markdown2html", self.markdown2html)
        yield ("latex_output", latex_output)
        yield ("with_maths", with_maths)

    def from_notebook_node(self, nb: Any, resources: dict[str, Any] | None = None, **kw: Any) -> tuple[str, dict[str, Any]]:
        from ..i18n import in_language, normalize_language

        lang = normalize_language(self.language(nb))
        with in_language(lang), (_pass_only_when_needed() if self.skip_needless_pass else nullcontext()):
            self._install_texts(lang)
            return super().from_notebook_node(nb, resources, **kw)

    def _install_texts(self, lang: str) -> None:
        from ..i18n import LANGUAGE_TAGS, _, ngettext
        from ..numbers import format_decimal

        def number(value: Any) -> str:
            return "–" if value is None else format_decimal(float(value), 2, lang)

        self.environment.globals.update(
            _=lambda message, **params: _(message, lang=lang, **params),
            ngettext=lambda singular, plural, n, **params: ngettext(singular, plural, n, lang=lang, **params),
            number=number, feedback_items=items, page_lang=LANGUAGE_TAGS[lang])
