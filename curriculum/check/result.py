"""What a check says: a typed, immutable result instead of a bare boolean."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from ..i18n import _


class Code(str, Enum):
    """Stable, machine-readable outcomes.  Teacher reports count these; never rename one."""

    EQUIVALENT = "equivalent"
    NOT_EQUIVALENT = "not-equivalent"
    WRONG_SIGN = "wrong-sign"
    WRONG_FACTOR = "wrong-factor"
    WRONG_VARIABLES = "wrong-variables"
    WRONG_TYPE = "wrong-type"
    WRONG_LENGTH = "wrong-length"
    NOT_CLOSE = "not-close"
    WRONG_FORM = "wrong-form"
    NOT_EXPANDED = "not-expanded"
    NOT_FACTORED = "not-factored"
    NOT_LOWEST_TERMS = "not-lowest-terms"
    WRONG_SIGFIGS = "wrong-sigfigs"
    WRONG_UNITS = "wrong-units"
    NO_UNITS = "no-units"
    WRONG_DIMENSION = "wrong-dimension"
    RIGHT_DIMENSION = "right-dimension"
    INVALID_INPUT = "invalid-input"
    TIMEOUT = "timeout"
    RUNTIME_ERROR = "runtime-error"
    USES_REFERENCE = "uses-reference"
    MEETS_SPEC = "meets-spec"
    MISSES_SPEC = "misses-spec"
    WRONG_OUTPUT = "wrong-output"
    NO_RECORD = "no-record"
    QUERY_RUNS = "query-runs"
    QUERY_ERROR = "query-error"
    NOT_READ_ONLY = "not-read-only"
    MEMORY_LIMIT = "memory-limit"
    TOO_MANY_ROWS = "too-many-rows"
    WRONG_COLUMNS = "wrong-columns"
    WRONG_ROWS = "wrong-rows"
    WRONG_ORDER = "wrong-order"
    HARD_CODED = "hard-coded"
    OTHER_VARIANT = "other-variant"
    """The right answer for another parameter set than the student's own (:mod:`curriculum.variants`)."""
    NO_SELF_CHECK = "no-self-check"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Result:
    """The outcome of comparing a student's answer with the teacher's.

    ``message`` is for the student, in the course language, and never contains the
    expected answer.  ``details`` is for the teacher and tools (failing input, offsets).
    """

    correct: bool
    score: float
    code: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    def __bool__(self) -> bool:  # lets `assert compare(...)` read naturally
        return self.correct

    def __str__(self) -> str:
        return self.message


def correct(details: dict[str, Any] | None = None) -> Result:
    """A right answer (``details`` says what decided)."""
    return Result(True, 1.0, Code.EQUIVALENT, _("Correct."), details or {})


def wrong(code: Code, message: str, details: dict[str, Any] | None = None) -> Result:
    """A wrong answer with its code and the message the student sees."""
    return Result(False, 0.0, code, message, details or {})


def invalid(exc: Exception) -> Result:
    """An answer that cannot be read: says what is wrong and where (``exc`` has ``reason`` and ``position``)."""
    position = getattr(exc, "position", None)
    reason = getattr(exc, "reason", str(exc))
    if position is not None:
        message = _("I cannot read your answer: {reason} at character {position}.", reason=reason, position=position + 1)
    else:
        message = _("I cannot read your answer: {reason}.", reason=reason)
    return Result(False, 0.0, Code.INVALID_INPUT, message, {"reason": reason, "position": position})
