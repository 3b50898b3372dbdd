"""Checking a function a student wrote against the teacher's reference."""

from __future__ import annotations

import math
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from typing import Any

from ..i18n import _
from .limits import TimeLimitExceeded, time_limit
from .result import Code, Result



def _keep_hypothesis_files_out_of_the_notebook_folder() -> None:
    """Hypothesis caches data in ``./.hypothesis``; in a notebook that is the student's (or the release's) folder."""
    where = os.path.join(tempfile.gettempdir(), "curriculum-hypothesis")
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", where)
    if "hypothesis.configuration" in sys.modules:
        sys.modules["hypothesis.configuration"].set_hypothesis_home_dir(os.environ["HYPOTHESIS_STORAGE_DIRECTORY"])


_keep_hypothesis_files_out_of_the_notebook_folder()


def _same(a: Any, b: Any, rtol: float, atol: float) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, int) and isinstance(b, int):
            return a == b
        return math.isclose(a, b, rel_tol=rtol, abs_tol=atol)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(_same(x, y, rtol, atol) for x, y in zip(a, b))
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001 - a student's object may define a broken __eq__
        return False


def _borrowed(student_fn: Any, reference_fn: Any) -> bool:
    """The reference itself, or any function of the installed package, handed in as the student's own.

    (A function of the student's that merely calls the package is not caught here; the hidden tests
    and the teacher's review are.)"""
    if student_fn is reference_fn or getattr(student_fn, "__wrapped__", None) is reference_fn:
        return True
    module = getattr(student_fn, "__module__", "") or ""
    return module.split(".")[0] == "curriculum"


def _call(fn: Callable[..., Any], args: tuple, timeout: float) -> tuple[str, Any]:
    """Run one call; return ('ok', value), ('error', exception) or ('timeout', None)."""
    try:
        with time_limit(timeout):
            return "ok", fn(*args)
    except TimeLimitExceeded:
        return "timeout", None
    except Exception as exc:  # noqa: BLE001 - any error in student code is feedback, not a crash
        return "error", exc


def _show_call(name: str, args: tuple) -> str:
    return f"{name}({', '.join(repr(a) for a in args)})"


def check_function(
    student_fn: Any,
    reference_fn: Callable[..., Any],
    inputs: Iterable[Any] | None = None,
    *,
    strategy: Any = None,
    max_examples: int = 200,
    rtol: float = 1e-9,
    atol: float = 0.0,
    timeout: float = 1.0,
    name: str | None = None,
    reveal_expected: bool = False,
) -> Result:
    """Run the student's function and the reference on many inputs and report the smallest disagreement.

    ``inputs`` is an iterable of argument tuples (a non-tuple is one argument);
    ``strategy`` is a hypothesis strategy of argument tuples, whose failing example
    hypothesis shrinks to the smallest one.  Each call has ``timeout`` seconds.  The
    expected output is shown only when ``reveal_expected`` is set (never in public
    tests: the released notebook holds no reference).
    """
    name = name or getattr(student_fn, "__name__", "function")
    result = _check_function(student_fn, reference_fn, inputs, strategy=strategy, max_examples=max_examples, rtol=rtol,
                             atol=atol, timeout=timeout, name=name, reveal_expected=reveal_expected)
    from .record import record_answer

    record_answer(None, result.details.get("input", name), mode="function", options={"name": name}, result=result)
    return result


def _check_function(student_fn: Any, reference_fn: Callable[..., Any], inputs: Iterable[Any] | None, *, strategy: Any,
                    max_examples: int, rtol: float, atol: float, timeout: float, name: str,
                    reveal_expected: bool) -> Result:
    if not callable(student_fn):
        return Result(False, 0.0, Code.WRONG_TYPE, _("{name} should be a function (def {name}(...):).", name=name))
    if _borrowed(student_fn, reference_fn):
        return Result(False, 0.0, Code.USES_REFERENCE,
                      _("{name} must be your own function, not one imported from the course package.", name=name))

    failures: list[tuple[tuple, Result]] = []

    def disagreement(args: tuple) -> Result | None:
        try:
            expected = reference_fn(*args)
        except Exception:  # noqa: BLE001 - the reference defines the domain: skip inputs it refuses
            return None
        status, got = _call(student_fn, args, timeout)
        call = _show_call(name, args)
        if status == "timeout":
            return Result(False, 0.0, Code.TIMEOUT, _("{call} did not finish within {seconds} s: is there an endless loop?",
                                                      call=call, seconds=timeout), {"input": args})
        if status == "error":
            return Result(False, 0.0, Code.RUNTIME_ERROR, _("{call} raised {error}: {detail}", call=call,
                                                            error=type(got).__name__, detail=got), {"input": args})
        if not _same(got, expected, rtol, atol):
            if reveal_expected:
                message = _("{call} returned {got!r}, but it should return {expected!r}.", call=call, got=got, expected=expected)
            else:
                message = _("{call} returned {got!r}, which is not correct.", call=call, got=got)
            return Result(False, 0.0, Code.WRONG_OUTPUT, message, {"input": args, "got": repr(got)})
        return None

    tried = 0
    for item in inputs or ():
        args = item if isinstance(item, tuple) else (item,)
        tried += 1
        problem = disagreement(args)
        if problem is not None:
            failures.append((args, problem))
    if failures:
        args, problem = min(failures, key=lambda f: (len(repr(f[0])), repr(f[0])))
        return problem

    if strategy is not None:
        from hypothesis import HealthCheck, Phase, find, settings
        from hypothesis.errors import NoSuchExample

        def fails(args: Any) -> bool:
            args = args if isinstance(args, tuple) else (args,)
            return disagreement(args) is not None

        try:
            smallest = find(strategy, fails, settings=settings(
                max_examples=max_examples, deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink]))
        except NoSuchExample:
            tried += max_examples
        else:
            smallest = smallest if isinstance(smallest, tuple) else (smallest,)
            problem = disagreement(smallest)
            if problem is not None:
                return problem
    return Result(True, 1.0, Code.EQUIVALENT, _("Correct: {name} gives the right result on every input tried.", name=name),
                  {"tried": tried})
