"""nbgrader's ``ClearSolutions`` with its stubs in the course language.

A released answer cell reads ``# YOUR CODE HERE`` and a written answer ``YOUR ANSWER HERE`` in
nbgrader; a Kazakh or Russian course gets them from the message catalogue in its own language
(``c.CourseLanguage.language``). A trilingual course (the library's own repository, whose every
text is in all three languages) gets all three: the code stub as tagged comment lines
(``# [kk] ...``, the convention of answer hints, see :mod:`curriculum.localize`), the text stub as
three lines. ``c.ClearSolutions.code_stub`` and ``text_stub`` in a course's config still win.
"""

from __future__ import annotations

from nbgrader.preprocessors import ClearSolutions
from traitlets import default

from ..course_language import CourseLanguage
from ..i18n import LANGUAGES, _
from ..localize import tagged_lines

RAISE = "raise NotImplementedError()"


def code_stub(language: str) -> str:
    """The Python stub of an answer cell in ``language`` ('' for all three, tagged)."""
    if language:
        return f"# {_('YOUR CODE HERE', lang=language)}\n{RAISE}"
    return tagged_lines({lang: _("YOUR CODE HERE", lang=lang) for lang in LANGUAGES}) + f"\n{RAISE}"


def text_stub(language: str) -> str:
    """The stub of a written answer in ``language`` ('' for all three, one line each)."""
    if language:
        return _("YOUR ANSWER HERE", lang=language)
    return "\n\n".join(_("YOUR ANSWER HERE", lang=lang) for lang in LANGUAGES)


class ClearSolutionsInCourseLanguage(ClearSolutions):
    """``ClearSolutions`` whose stubs default to the course language."""

    @default("code_stub")
    def _code_stub_default(self) -> dict[str, str]:
        stubs = dict(ClearSolutions.class_traits()["code_stub"].default())
        return {**stubs, "python": code_stub(CourseLanguage(parent=self).language)}

    @default("text_stub")
    def _text_stub_default(self) -> str:
        return text_stub(CourseLanguage(parent=self).language)
