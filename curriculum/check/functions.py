"""Checking a function a student wrote against the teacher's reference."""

from __future__ import annotations

import copy
import json
import math
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..i18n import _
from .limits import TimeLimitExceeded, time_limit
from .qualnames import qualified_name
from .result import Code, Result



def _keep_hypothesis_files_out_of_the_notebook_folder() -> None:
    """Hypothesis caches data in ``./.hypothesis``; in a notebook that is the student's (or the release's) folder."""
    where = os.path.join(tempfile.gettempdir(), "curriculum-hypothesis")
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", where)
    if "hypothesis.configuration" in sys.modules:
        sys.modules["hypothesis.configuration"].set_hypothesis_home_dir(os.environ["HYPOTHESIS_STORAGE_DIRECTORY"])


_keep_hypothesis_files_out_of_the_notebook_folder()


def same_output(a: Any, b: Any, rtol: float, atol: float) -> bool:
    """Whether a function's output is the expected one: numbers within tolerance, sequences item by item."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b or a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, int) and isinstance(b, int):
            return a == b
        return math.isclose(a, b, rel_tol=rtol, abs_tol=atol)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same_output(x, y, rtol, atol) for x, y in zip(a, b))
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


SHOWN_CALL_CHARS = 240
"""A call shown in a message longer than this is abbreviated (a 60 × 60 grid would be 11,000 characters)."""


def _show_call(name: str, args: tuple) -> str:
    """``name(arg, ...)`` as the student would write the call; long arguments are abbreviated with ``...`` (the
    first items of each list, a few levels deep), so a failing call on a big input stays readable."""
    call = f"{name}({', '.join(repr(a) for a in args)})"
    if len(call) <= SHOWN_CALL_CHARS:
        return call
    import reprlib

    short = reprlib.Repr()
    short.maxlist = short.maxtuple = short.maxset = short.maxdict = 6
    short.maxlevel, short.maxstring, short.maxother, short.maxlong = 3, 40, 40, 40
    return f"{name}({', '.join(short.repr(a) for a in args)})"


def _own_code(filename: str) -> bool:
    """Whether a code object's file is the student's (a notebook cell, a script), not Python's or a library's."""
    import sysconfig

    if filename.startswith("<frozen") or filename.startswith("<built-in"):
        return False
    library = {os.path.realpath(p) for key in ("stdlib", "platstdlib", "purelib", "platlib")
               if (p := sysconfig.get_paths().get(key))}
    library.add(os.path.realpath(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))  # this package
    real = os.path.realpath(filename) if os.path.isabs(filename) else filename
    return not any(real == lib or real.startswith(lib + os.sep) for lib in library)


def recursion_depth(fn: Callable[..., Any], *args: Any, timeout: float = 2.0) -> int:
    """How many times at most one function of the student's own code is running at once while ``fn(*args)`` runs:
    1 for a function that never calls itself, 2 or more for a recursive one (directly, or through another function
    of the student's). Library functions (``copy.deepcopy`` recurses too) are not counted. Each call gets a copy of
    the arguments; an error or a call that runs past ``timeout`` seconds is raised (a capture records it)."""
    running: dict[Any, int] = {}
    deepest = 0
    own: dict[str, bool] = {}

    def profile(frame: Any, event: str, _arg: Any) -> None:
        nonlocal deepest
        code = frame.f_code
        if event not in ("call", "return"):
            return
        if code.co_filename not in own:
            own[code.co_filename] = _own_code(code.co_filename)
        if not own[code.co_filename]:
            return
        if event == "call":
            running[code] = running.get(code, 0) + 1
            deepest = max(deepest, running[code])
        elif running.get(code):
            running[code] -= 1

    previous = sys.getprofile()
    try:
        with time_limit(timeout):
            sys.setprofile(profile)
            try:
                fn(*_copy(args))
            finally:
                sys.setprofile(previous)
    finally:
        sys.setprofile(previous)
    return deepest


def is_recursive(fn: Callable[..., Any], *args: Any, timeout: float = 2.0) -> bool:
    """Whether ``fn(*args)`` recurses: some function of the student's code calls itself while it runs (see
    :func:`recursion_depth`). For an item that asks for a recursive function, as
    ``require(compare(is_recursive(spot_size, grid, 0, 0), True, rules=[...]))``."""
    return recursion_depth(fn, *args, timeout=timeout) >= 2


def leaves_arguments_unchanged(fn: Callable[..., Any], *args: Any, timeout: float = 2.0) -> bool:
    """Whether ``fn(*args)`` leaves its arguments as they were (it is given copies, compared after the call): a
    function that marks the cells it has counted in the camera's own grid changes data the rest of the program
    still needs. An error or a call that runs past ``timeout`` seconds is raised (a capture records it)."""
    given = _copy(args)
    with time_limit(timeout):
        fn(*given)
    try:
        return bool(given == args)
    except Exception:  # noqa: BLE001 - an argument whose == fails cannot be compared: say it changed
        return False


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
    helpers: Mapping[str, Callable[..., Any]] | None = None,
) -> Result:
    """Run the student's function and the reference on many inputs and report the smallest disagreement.

    ``inputs`` is an iterable of argument tuples (a non-tuple is one argument);
    ``strategy`` is a hypothesis strategy of argument tuples, whose failing example
    hypothesis shrinks to the smallest one.  Each call has ``timeout`` seconds.  The
    expected output is shown only when ``reveal_expected`` is set (never in public
    tests: the released notebook holds no reference).  ``helpers`` (global name -> the
    reference version) stand in for the student's own functions of those names while the
    student's function runs, so that it is graded on its own.

    In the grader's run of the teacher's notebook, the inputs tried (the explicit ones and
    those hypothesis generated) and the reference's outputs on them are recorded: a graded
    kernel only calls the student's function on those inputs (:mod:`curriculum.grading.blind`).
    """
    name = name or getattr(student_fn, "__name__", "function")
    cases = [item if isinstance(item, tuple) else (item,) for item in inputs or ()]
    run = _Run(student_fn, reference_fn, rtol=rtol, atol=atol, timeout=timeout, name=name,
               reveal_expected=reveal_expected, helpers=helpers or {})
    result = run.check(cases, strategy, max_examples)
    from .record import record_answer

    options = {"name": name, "rtol": rtol, "atol": atol, "timeout": timeout, "reveal_expected": reveal_expected,
               "helpers": {k: qualified_name(v) for k, v in (helpers or {}).items()}}
    record_answer(None, result.details.get("input", name), mode="function", options=options, result=result,
                  teacher_extra=run.teacher_data)
    return result


def call_with_helpers(fn: Callable[..., Any], cases: list[tuple], helpers: Mapping[str, Any],
                      timeout: float) -> list[tuple[str, Any]]:
    """Call ``fn`` on every case, each with its own time limit and copy of the inputs, the ``helpers`` standing in
    for the globals of those names meanwhile; after a call runs out of time the rest are ``not-run``."""
    namespace = getattr(fn, "__globals__", None)
    saved = {k: namespace[k] for k in helpers if namespace is not None and k in namespace}
    if namespace is not None:
        namespace.update(helpers)
    out: list[tuple[str, Any]] = []
    try:
        for args in cases:
            out.append(("not-run", None) if out and out[-1][0] in ("timeout", "not-run") else _call(fn, _copy(args), timeout))
    finally:
        if namespace is not None:
            for k in helpers:
                if k in saved:
                    namespace[k] = saved[k]
                else:
                    namespace.pop(k, None)
    return out


def _copy(args: tuple) -> tuple:
    """A call gets its own copy of the inputs, so a function that changes its argument changes nothing else."""
    try:
        return copy.deepcopy(args)
    except Exception:  # noqa: BLE001 - an input that cannot be copied is passed as it is
        return args


class _Run:
    """One check of a function: every call made once, its outcome kept for the verdict and for the record."""

    def __init__(self, student_fn: Any, reference_fn: Callable[..., Any], *, rtol: float, atol: float, timeout: float,
                 name: str, reveal_expected: bool, helpers: Mapping[str, Any]):
        self.student_fn, self.reference_fn, self.helpers = student_fn, reference_fn, helpers
        self.searched: list[tuple] = []  # inputs hypothesis generated, in order
        self._cases: list[tuple] = []
        self.rtol, self.atol, self.timeout, self.name, self.reveal_expected = rtol, atol, timeout, name, reveal_expected
        self.expected: dict[int, tuple[str, Any]] = {}
        self.got: dict[int, tuple[str, Any]] = {}
        self.gave_up = False  # after a call that ran out of time, the rest are not run (the cell has a time limit too)

    def _outcomes(self, i: int, args: tuple) -> tuple[tuple[str, Any], tuple[str, Any]]:
        if i not in self.expected:
            try:
                self.expected[i] = ("ok", self.reference_fn(*_copy(args)))
            except Exception as exc:  # noqa: BLE001 - the reference defines the domain: skip inputs it refuses
                self.expected[i] = ("skipped", exc)
        if i not in self.got and self.expected[i][0] == "ok":
            self.got[i] = ("not-run", None) if self.gave_up else self._student(args)
            self.gave_up = self.gave_up or self.got[i][0] == "timeout"
        return self.expected[i], self.got.get(i, ("skipped", None))

    def _student(self, args: tuple) -> tuple[str, Any]:
        return call_with_helpers(self.student_fn, [args], self.helpers, self.timeout)[0]

    def disagreement(self, args: tuple, i: int | None = None) -> Result | None:
        if i is None:
            try:
                expected = ("ok", self.reference_fn(*_copy(args)))
            except Exception as exc:  # noqa: BLE001
                expected = ("skipped", exc)
            got = self._student(args) if expected[0] == "ok" else ("skipped", None)
        else:
            expected, got = self._outcomes(i, args)
        if expected[0] != "ok":
            return None
        return verdict(self.name, args, got, expected[1], rtol=self.rtol, atol=self.atol, timeout=self.timeout,
                       reveal_expected=self.reveal_expected)

    def check(self, cases: list[tuple], strategy: Any, max_examples: int) -> Result:
        self._cases = cases
        name = self.name
        if not callable(self.student_fn):
            return Result(False, 0.0, Code.WRONG_TYPE, _("{name} should be a function (def {name}(...):).", name=name))
        if _borrowed(self.student_fn, self.reference_fn):
            return Result(False, 0.0, Code.USES_REFERENCE,
                          _("{name} must be your own function, not one imported from the course package.", name=name))
        failures = [(args, problem) for i, args in enumerate(cases) if (problem := self.disagreement(args, i)) is not None]
        if failures:
            args, problem = min(failures, key=lambda f: (len(repr(f[0])), repr(f[0])))
            return problem
        tried = len(cases)
        if strategy is not None:
            problem = self._search(strategy, max_examples)
            if problem is not None:
                return problem
            tried += max_examples
        return Result(True, 1.0, Code.EQUIVALENT, _("Correct: {name} gives the right result on every input tried.", name=name),
                      {"tried": tried})

    def _search(self, strategy: Any, max_examples: int) -> Result | None:
        """Hypothesis looks for inputs where the two disagree and shrinks the first it finds (decided in the kernel only)."""
        from hypothesis import HealthCheck, Phase, find, settings
        from hypothesis.errors import NoSuchExample

        def fails(args: Any) -> bool:
            args = args if isinstance(args, tuple) else (args,)
            self.searched.append(_copy(args))
            return self.disagreement(args) is not None

        try:
            smallest = find(strategy, fails, settings=settings(
                max_examples=max_examples, deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck), phases=[Phase.generate, Phase.shrink]))
        except NoSuchExample:
            return None
        return self.disagreement(smallest if isinstance(smallest, tuple) else (smallest,))

    def teacher_data(self) -> dict[str, Any]:
        """For the grader's run of the teacher's notebook: every input tried and the reference's output on it."""
        from .record import serialize

        cases, seen = [], set()
        for args in [*self._cases, *self.searched]:
            doc = serialize(list(args))
            key = json.dumps(doc, sort_keys=True)
            if key not in seen:
                seen.add(key)
                cases.append((args, doc))
        expected = []
        for args, _doc in cases:
            try:
                expected.append(serialize(self.reference_fn(*_copy(args))))
            except Exception:  # noqa: BLE001 - outside the reference's domain: not graded
                expected.append({"type": "skipped"})
        return {"inputs": [doc for _args, doc in cases], "expected": expected}


def verdict(name: str, args: tuple, got: tuple[str, Any], expected: Any, *, rtol: float, atol: float, timeout: float,
            reveal_expected: bool = False) -> Result | None:
    """What one call's outcome (``('ok', value)``, ``('error', exc)``, ``('timeout', None)``...) says; None when right.

    The kernel and the grader (on recorded outputs) use this same rule."""
    status, value = got
    call = _show_call(name, args)
    if status in ("timeout", "not-run"):  # not run: an earlier call ran out of time
        return Result(False, 0.0, Code.TIMEOUT, _("{call} did not finish within {seconds} s: is there an endless loop?",
                                                  call=call, seconds=timeout), {"input": args})
    if status == "error":
        return Result(False, 0.0, Code.RUNTIME_ERROR, _("{call} raised {error}: {detail}", call=call,
                                                        error=type(value).__name__, detail=value), {"input": args})
    if status != "ok" or not same_output(value, expected, rtol, atol):
        if reveal_expected:
            message = _("{call} returned {got!r}, but it should return {expected!r}.", call=call, got=value, expected=expected)
        else:
            message = _("{call} returned {got!r}, which is not correct.", call=call, got=value)
        return Result(False, 0.0, Code.WRONG_OUTPUT, message, {"input": args, "got": repr(value)})
    return None
