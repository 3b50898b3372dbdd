"""The student's side of a hidden check, captured as data in a graded kernel.

Graded test cells call these instead of the hidden checks (see :mod:`curriculum.grading.blind`):
they hold no answer, reference or expected output, only the student's own values, which the
grader then decides. Each capture is one display item of type :data:`~curriculum.check.record.MIME`
with the check's ``site`` (its place among the cell's hidden checks).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from .functions import call_with_helpers
from .qualnames import resolve
from .record import MIME, SCHEMA, deserialize, serialize


def _publish(doc: dict[str, Any]) -> None:
    from IPython.display import display

    display({MIME: {"schema": SCHEMA, "capture": True, **doc}}, raw=True)


def _error(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:300]}"


def answer(site: int, value: Callable[[], Any]) -> None:
    """Record the value of the check's first argument (``s_b``, ``stopping_distance(36, "ice")``, ``design``)."""
    try:
        doc = {"site": site, "answer": serialize(value())}
    except Exception as exc:  # noqa: BLE001 - a missing or broken answer is the student's, and is graded as such
        doc = {"site": site, "error": _error(exc)}
    _publish(doc)


def part(site: int, value: Callable[[], Any]) -> None:
    """Record the student's part (``check_part``'s first argument) as its triangle mesh."""
    from .mesh import as_mesh

    try:
        doc = {"site": site, "answer": as_mesh(value()).to_doc()}
    except Exception as exc:  # noqa: BLE001 - no part, or not a part: the student's, graded as such
        doc = {"site": site, "error": _error(exc)}
    _publish(doc)


def outputs(site: int, function: Callable[[], Any], inputs: str, *, timeout: float = 1.0,
            helpers: Mapping[str, str] | None = None) -> None:
    """Call the student's function on the teacher's inputs (JSON of argument lists) and record what each call gave.

    ``helpers`` (global name -> ``module:name`` in the package) stand in for the student's own versions
    while the calls run, so a function is graded on its own (a mistake in an earlier task is not counted twice).
    """
    try:
        fn = function()
        cases = [tuple(deserialize(doc)) for doc in json.loads(inputs)]
        stand_ins = {name: resolve(path) for name, path in (helpers or {}).items()}
    except Exception as exc:  # noqa: BLE001
        _publish({"site": site, "error": _error(exc)})
        return
    if not callable(fn):
        _publish({"site": site, "error": f"TypeError: {type(fn).__name__} is not a function"})
        return
    results = call_with_helpers(fn, cases, stand_ins, timeout)
    _publish({"site": site, "outputs": [serialize(value) if status == "ok" else {"type": status, "error": _error(value)}
                                        if status == "error" else {"type": status} for status, value in results]})
