"""Answers recorded as data: what a check saw, for reports and for the grader.

When a cell runs under nbgrader (``NBGRADER_EXECUTION`` is set), every check writes a display
item of type :data:`MIME` into the cell's output: a JSON document with the question, the mode and
options, the outcome and the answer in a form that can be read back without running anything
(:func:`deserialize`). Nothing is shown in JupyterLab (no renderer knows the type).

In the grader's own run of the teacher's notebook (``CURRICULUM_RECORD_TEACHER``) the records
also hold what the check compares with (the teacher's answer, the anticipated mistakes, a
function's inputs and expected outputs, a design's model and specification): that is what the
grader decides hidden checks with (:mod:`curriculum.grading.trust`). A student's kernel never
runs a hidden check while graded, and never records a teacher's answer.
"""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import pint
import sympy

from .mesh import TriangleMesh
from .srepr import read_srepr

MIME = "application/vnd.curriculum.answer+json"
SCHEMA = 1


def serialize(value: Any) -> dict[str, Any]:
    """A JSON document for an answer; :func:`deserialize` reads it back."""
    if isinstance(value, bool) or value is None:
        return {"type": "const", "value": value}
    if isinstance(value, int):
        return {"type": "int", "value": str(value)}
    if isinstance(value, float):  # numpy's float64 is a float whose repr (numpy 2) is 'np.float64(...)'
        return {"type": "float", "value": repr(float(value))}
    if isinstance(value, str):
        return {"type": "text", "value": value}
    if isinstance(value, pint.Quantity):
        magnitude = value.magnitude
        return {"type": "quantity", "magnitude": serialize(magnitude if not hasattr(magnitude, "tolist") else magnitude.tolist()),
                "units": str(value.units)}
    if isinstance(value, dict):
        return {"type": "dict", "items": {str(k): serialize(v) for k, v in value.items()}}
    if isinstance(value, (list, tuple, set, frozenset)):
        kind = {list: "list", tuple: "tuple"}.get(type(value), "set")
        items = [serialize(v) for v in value]
        if kind == "set":
            items.sort(key=lambda d: json.dumps(d, sort_keys=True))
        return {"type": kind, "items": items}
    if isinstance(value, sympy.Basic) or isinstance(value, sympy.MatrixBase):
        return {"type": "sympy", "srepr": sympy.srepr(value)}
    if isinstance(value, TriangleMesh):
        return value.to_doc()
    if callable(value):
        return {"type": "function", "name": getattr(value, "__name__", "?")}
    try:
        number = float(value)
    except (TypeError, ValueError):
        return {"type": "unreadable", "repr": repr(value)[:200]}
    return {"type": "float", "value": repr(number) if math.isfinite(number) else str(number)}


def deserialize(doc: dict[str, Any]) -> Any:
    """The answer a :func:`serialize` document holds; nothing in it is run (sympy text is read by :func:`read_srepr`)."""
    if not isinstance(doc, dict):
        raise ValueError("a recorded answer must be a JSON object")
    kind = doc.get("type")
    if kind == "const":
        return doc["value"]
    if kind == "int":
        return int(doc["value"])
    if kind == "float":
        return float(doc["value"])
    if kind == "text":
        return doc["value"]
    if kind == "quantity":
        from ..units import Q_

        return Q_(deserialize(doc["magnitude"]), doc["units"])
    if kind in ("list", "tuple", "set"):
        items = [deserialize(d) for d in doc["items"]]
        return {"list": list, "tuple": tuple, "set": set}[kind](items) if kind != "set" else set(items)
    if kind == "sympy":
        return read_srepr(doc["srepr"])
    if kind == "dict":
        return {str(k): deserialize(v) for k, v in doc["items"].items()}
    if kind == "mesh":
        return TriangleMesh.from_doc(doc)
    raise ValueError(f"cannot read back a recorded answer of type {kind!r}")


def _jsonable(options: dict[str, Any]) -> dict[str, Any]:
    """Options that survive JSON (tolerances, units, languages); others (sympy symbols) are left out."""
    out = {}
    for key, value in options.items():
        try:
            json.dumps(value)
        except TypeError:
            continue
        out[key] = value
    return out


def _cell_line() -> int | None:
    """The line of the notebook cell being run (its top-level frame), where the check was called from."""
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_name != "<module>":
        frame = frame.f_back
    return frame.f_lineno if frame is not None else None


_RECORDING: ContextVar[bool] = ContextVar("recording", default=True)


@contextmanager
def not_recorded() -> Iterator[None]:
    """Checks made inside record nothing: the grader deciding outside the kernel uses the same checker."""
    token = _RECORDING.set(False)
    try:
        yield
    finally:
        _RECORDING.reset(token)


TEACHER_ENV = "CURRICULUM_RECORD_TEACHER"
"""Set only by the grader when it runs the teacher's source notebook to learn what each test compares with."""


def record_answer(question: str | None, student: Any, *, mode: str, options: dict[str, Any], result: Any,
                  teacher: Any = None, mistakes: Callable[[], list[dict[str, Any]]] | None = None,
                  teacher_extra: Callable[[], dict[str, Any]] | None = None) -> None:
    """Publish the student's answer to the cell output when nbgrader is executing the notebook.

    The teacher's answer, the answers the anticipated mistakes give (``mistakes``: code, partial
    credit, answer, message), ``teacher_extra`` and the line of the cell the check was called from
    are added only in the grader's own run of the source notebook (``CURRICULUM_RECORD_TEACHER``).
    """
    if not os.environ.get("NBGRADER_EXECUTION") or not _RECORDING.get():
        return
    try:
        from IPython.display import display
    except ImportError:  # pragma: no cover - outside IPython there is no cell to record into
        return
    doc = {"schema": SCHEMA, "question": question, "mode": mode, "options": _jsonable(options),
           "answer": serialize(student), "code": str(result.code), "score": result.score}
    if os.environ.get(TEACHER_ENV):
        doc["line"] = _cell_line()
        if teacher is not None:
            doc["teacher"] = serialize(teacher)
        if mistakes is not None:
            doc["mistakes"] = mistakes()
        if teacher_extra is not None:
            doc.update(teacher_extra())
    display({MIME: doc}, raw=True)


def record_teacher(doc: dict[str, Any]) -> None:
    """Publish a record only in the grader's own run of the teacher's notebook (a public self-check's fingerprint,
    or how the teacher's answer fared against it), with the line of the cell it was made on."""
    if not os.environ.get(TEACHER_ENV) or not os.environ.get("NBGRADER_EXECUTION") or not _RECORDING.get():
        return
    from IPython.display import display

    display({MIME: {"schema": SCHEMA, **doc, "line": _cell_line()}}, raw=True)
