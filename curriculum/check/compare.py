"""``compare(student, teacher, mode)``: the one entry point every test cell uses."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pint
import sympy

from ..i18n import _
from ..numbers import NumberFormatError
from ..units import UnitFormatError
from .answers import AuthorError
from .answers import to_math as _to_math
from .equivalence import equiv
from .forms import expanded_mode, factored_mode, lowest_terms_mode, same_form_mode
from .limits import TimeLimitExceeded, time_limit
from .numeric import as_number as _as_number
from .numeric import numeric, sigfigs
from .parse import ParseError
from .quantities import as_quantity as _as_quantity
from .quantities import dimension, units
from .record import record_answer
from .result import Code, Result
from .result import invalid as _invalid
from .rules import Rule, flatten

MODES = ("equiv", "same_form", "expanded", "factored", "lowest_terms", "numeric", "sigfigs", "units", "dimension")
DEFAULT_TIMEOUT = 5.0


def compare(student: Any, teacher: Any, mode: str = "equiv", **options: Any) -> Result:
    """Compare a student's answer with the teacher's and say how they differ.

    ``student`` and ``teacher`` are Python objects (numbers, sympy expressions and
    equations, tuples, sets, matrices, pint quantities) or text in school notation.

    Modes:
      * ``equiv``: algebraic equivalence of expressions; equations, inequalities and their
        combinations (``1 < x < 3``, ``x = 2 or x = -2``) by their solution sets; lists, sets, matrices.
        Options ``symbols`` (names to sympy symbols), ``lang``.
      * ``same_form``: equivalent and written the same way up to the order and grouping of terms and factors.
      * ``expanded``, ``factored``, ``lowest_terms``: equivalent and written in that form
        (read the student's text without evaluation; a sympy object keeps only the form sympy gave it).
      * ``numeric``: a number within ``rtol`` (default 1e-2) or ``atol`` (default 0).
      * ``sigfigs``: a number typed as text, right to ``sigfigs`` significant figures and written with exactly
        that many (``sigfigs=(2, 4)`` allows a range).
      * ``units``: a quantity of the right dimension and value (``rtol``, ``atol`` in the
        teacher's unit); ``unit`` is the unit a bare number is read in, when the task states one;
        ``sigfigs`` also checks the figures written.
      * ``dimension``: only the dimension (``teacher`` is a unit such as ``"m/s"``): safe for public tests.

    ``rules`` lists anticipated mistakes (:mod:`curriculum.check.rules`): a wrong answer that
    matches one gets the rule's code, message and partial credit.  While nbgrader executes the
    notebook, the student's answer and the outcome are recorded as data in the cell's output
    (``question`` names the item; by default the cell is the item), so the decision can be
    taken again outside the student's kernel and reports can count the mistakes.

    Never raises for a bad student answer: that is ``invalid-input``; a check that runs
    past ``timeout`` seconds is ``timeout``.
    """
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
    timeout = float(options.pop("timeout", DEFAULT_TIMEOUT))
    rules = flatten(options.pop("rules", None))
    question = options.pop("question", None)
    try:
        with time_limit(timeout):
            result = _COMPARERS[mode](student, teacher, **options)
            if not result.correct and rules and result.code not in (Code.INVALID_INPUT, Code.TIMEOUT):
                mistake = _match_rules(student, teacher, mode, rules, options)
                result = mistake if mistake is not None else result
    except TimeLimitExceeded:
        result = Result(False, 0.0, Code.TIMEOUT, _("Checking your answer took too long. Try writing it in a simpler form."))
    except (ParseError, NumberFormatError, UnitFormatError) as exc:
        result = _invalid(exc)
    except AuthorError:
        raise
    except (ArithmeticError, AttributeError, LookupError, RecursionError, TypeError, ValueError,
            pint.errors.PintError, sympy.SympifyError) as exc:
        # the engine could not decide this answer: the student's work must not stop the class
        result = Result(False, 0.0, Code.INVALID_INPUT,
                        _("I could not check this answer automatically. Write it more simply, or ask your teacher."),
                        {"error": f"{type(exc).__name__}: {str(exc)[:200]}"})
    record_answer(question, student, mode=mode, options=options, result=result, teacher=teacher,
                  mistakes=lambda: _mistake_answers(teacher, mode, rules, options))
    return result


def _teacher_value(mode: str, teacher: Any, options: Mapping[str, Any]) -> Any:
    if mode in ("units",):
        return _as_quantity(teacher, options)
    if mode in ("numeric", "sigfigs"):
        return _as_number(teacher, {**options, "lang": "en"})
    return _to_math(teacher, {**options, "lang": "en"}, options.get("symbols"))


def rule_mode(mode: str, options: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """How an answer is matched against a mistake's answer: by value, whatever form the mode asks for."""
    base_mode = "equiv" if mode in ("same_form", "expanded", "factored", "lowest_terms") else mode
    base_mode = "numeric" if mode == "sigfigs" else base_mode
    return base_mode, {k: v for k, v in options.items() if k not in ("sigfigs", "accuracy", "strict", "decimals")}


def _buggy_answers(teacher: Any, mode: str, rules: list[Rule], options: Mapping[str, Any]) -> Iterator[tuple[Rule, Any]]:
    value = _teacher_value(mode, teacher, options)
    for rule in rules:
        try:
            yield rule, rule.buggy(value)
        except (TypeError, ValueError, ArithmeticError, pint.errors.PintError):
            continue


def _match_rules(student: Any, teacher: Any, mode: str, rules: list[Rule], options: Mapping[str, Any]) -> Result | None:
    """The first anticipated mistake the student's answer matches, as a result with its code and credit."""
    base_mode, plain = rule_mode(mode, options)
    for rule, buggy in _buggy_answers(teacher, mode, rules, options):
        if _COMPARERS[base_mode](student, buggy, **plain).correct:
            return Result(False, rule.score, rule.code, rule.text(), {"rule": rule.code})
    return None


def _mistake_answers(teacher: Any, mode: str, rules: list[Rule], options: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Code, partial credit, the answer the mistake gives and its message in each language, for each rule:
    recorded in the grader's run of the teacher's notebook."""
    from ..i18n import LANGUAGES, in_language
    from .record import serialize

    def messages(rule: Rule) -> dict[str, str]:
        out = {}
        for lang in LANGUAGES:
            with in_language(lang):
                out[lang] = rule.text()
        return out

    try:
        return [{"code": rule.code, "score": rule.score, "answer": serialize(buggy), "message": messages(rule)}
                for rule, buggy in _buggy_answers(teacher, mode, rules, options)]
    except (ParseError, NumberFormatError, UnitFormatError):
        return []


_COMPARERS: dict[str, Callable[..., Result]] = {
    "equiv": equiv,
    "same_form": same_form_mode,
    "expanded": expanded_mode,
    "factored": factored_mode,
    "lowest_terms": lowest_terms_mode,
    "sigfigs": sigfigs,
    "numeric": numeric,
    "units": units,
    "dimension": dimension,
}
