"""Answer checking: one engine for every public and hidden test.

>>> from curriculum.check import compare
>>> compare("(x-1)^2", "x**2 - 2*x + 1").code
'equivalent'
>>> compare("72 км/ч", "20 m/s", mode="units").correct
True
"""

from __future__ import annotations

from .compare import MODES, compare
from .functions import check_function
from .limits import TimeLimitExceeded, time_limit
from .parse import ParseError, parse_math
from .result import Code, Result


class AnswerError(AssertionError):
    """Raised by :func:`require` in a test cell; nbgrader counts the cell as failed."""

    def __init__(self, result: Result):
        self.result = result
        super().__init__(result.message)


def require(result: Result, *, quiet: bool = False) -> None:
    """Fail the test cell with the result's message unless the answer is correct.

    The traceback a student sees ends in ``AnswerError: <message>``, in the course
    language and without the expected answer.  Returns nothing, so that a
    ``require(...)`` on the last line of a cell leaves no output for nbgrader to
    read as a partial score.
    """
    if not result.correct:
        raise AnswerError(result)
    if not quiet:
        print("✓", result.message)


__all__ = [
    "MODES",
    "AnswerError",
    "Code",
    "ParseError",
    "Result",
    "TimeLimitExceeded",
    "check_function",
    "compare",
    "parse_math",
    "require",
    "time_limit",
]
