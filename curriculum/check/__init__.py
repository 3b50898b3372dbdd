"""Answer checking: one engine for every public and hidden test.

>>> from curriculum.check import compare
>>> compare("(x-1)^2", "x**2 - 2*x + 1").code
'equivalent'
>>> compare("72 км/ч", "20 m/s", mode="units").correct
True
"""

from __future__ import annotations

import os

from . import rules
from .compare import MODES, compare
from .design import Requirement, Spec, check_design
from .fingerprint import fingerprint, self_check
from .functions import check_function, is_recursive, leaves_arguments_unchanged, recursion_depth
from .limits import TimeLimitExceeded, time_limit
from .part import Fit, Section, check_part
from .query import check_query, query_fingerprint, run_query
from .parse import ParseError, parse_math
from .result import Code, Result


class AnswerError(AssertionError):
    """Raised by :func:`require` in a test cell; nbgrader counts the cell as failed."""

    def __init__(self, result: Result):
        self.result = result
        super().__init__(result.message)

    def _render_traceback_(self) -> list[str]:
        """What IPython shows for it: the checker's message alone, in the course language. A student reads why the
        answer is not right yet, not the frames of the package's own (English) code that raised it."""
        return [f"{type(self).__name__}: {self.result.message}"]


def require(result: Result, *, points: float | None = None, quiet: bool = False) -> float | None:
    """Fail the test cell with the result's message unless the answer is correct.

    A student sees ``AnswerError: <message>`` alone, in the course language and without
    the expected answer (no traceback through the package's code).  A correct answer returns nothing, so
    nbgrader gives the cell full marks.  With ``points`` (the cell's points), an answer
    that earns partial credit through a rule returns ``score * points``: written as the
    cell's last line, nbgrader takes that value as the cell's grade.
    """
    if result.correct:
        if not quiet:
            print("✓", result.message)
        return None
    if points is not None and result.score > 0:
        print("◐", result.message)
        print("◐", partial_credit_note(result.score * float(points), float(points)))
        return round(result.score * float(points), 6)
    raise AnswerError(result)


def partial_credit_note(earned: float, points: float) -> str:
    """``Partial credit: 1 of 2 points.`` in the course language (the line under a ◐ verdict, also in feedback)."""
    from ..i18n import get_language, ngettext
    from ..numbers import format_number

    def plain(x: float) -> str:
        text = format_number(x, 3, lang=get_language())
        return text.rstrip("0").rstrip(".,") if any(sep in text for sep in ".,") else text

    return ngettext("Partial credit: {earned} of {points} point.", "Partial credit: {earned} of {points} points.",
                    max(round(points), 1), earned=plain(earned), points=plain(points))


def autograding() -> bool:
    """Whether this kernel runs under nbgrader's autograde (the grader, or the teacher's reference run): nobody
    looks at it, so nothing is drawn for a person to see."""
    return os.environ.get("NBGRADER_EXECUTION") == "autograde"


def advise(result: Result, *, quiet: bool = False) -> None:
    """A public self-check: fails the cell for the student (and on Validate) when the answer is not right yet.

    While nbgrader autogrades, it only prints its verdict: the hidden tests below it decide
    the grade and give the specific reason.
    """
    if autograding():
        if not quiet:
            print("✓" if result.correct else "✗", result.message)
        return None
    require(result, quiet=quiet)
    return None


__all__ = [
    "MODES",
    "Requirement",
    "Spec",
    "autograding",
    "check_design",
    "check_part",
    "check_query",
    "query_fingerprint",
    "run_query",
    "Fit",
    "Section",
    "advise",
    "fingerprint",
    "rules",
    "self_check",
    "AnswerError",
    "Code",
    "ParseError",
    "Result",
    "TimeLimitExceeded",
    "check_function",
    "is_recursive",
    "leaves_arguments_unchanged",
    "recursion_depth",
    "compare",
    "parse_math",
    "require",
    "time_limit",
]
