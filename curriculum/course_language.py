"""The one setting that chooses a course's language: ``c.CourseLanguage.language`` in ``nbgrader_config.py``.

nbgrader reads it when releasing (the :class:`~curriculum.preprocessors.ApplyCourseLanguage`
preprocessor keeps that language's text and sets the setup cell's language), and the
package's tools read it from the same file (``Course.language``).  Empty means a
trilingual course: every language is kept, as in the package's own repository.
"""

from __future__ import annotations

from traitlets import TraitError, Unicode, validate
from traitlets.config import Configurable

from .i18n import LANGUAGES, UnknownLanguage, normalize_language


class CourseLanguage(Configurable):
    """Which language a course releases its notebooks in."""

    language = Unicode(
        "",
        help="Course language: kk (Kazakh, kk-Cyrl), ru or en; empty keeps all three (a trilingual course).",
    ).tag(config=True)

    @validate("language")
    def _valid(self, proposal):
        value = proposal["value"].strip()
        if not value:
            return ""
        try:
            return normalize_language(value)
        except UnknownLanguage as exc:
            raise TraitError(f"CourseLanguage.language: {exc}") from None

    @property
    def kept(self) -> tuple[str, ...]:
        """The languages whose text a release keeps."""
        return (self.language,) if self.language else LANGUAGES
