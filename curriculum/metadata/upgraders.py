"""Stepwise upgraders of ``module.yml``, keyed by the ``schema_version`` they read.

``UPGRADERS[n]`` turns a version-``n`` mapping into a version ``n + 1`` mapping; the
loader applies them in turn until :data:`CURRENT_VERSION`, so a file written years ago
still loads and a change of format is one small function here (with a test), never a
silent reinterpretation.

* Version 0 is the unversioned draft format of the first modules: no ``schema_version``,
  ``grade`` possibly written as text, the shipped assignments implied by the id,
  ``duration`` instead of ``duration_minutes``.
* Version 1 gives the module's whole time as ``duration_minutes`` and lists its assignments by id;
  its one lesson is ``lesson.ipynb``.
* Version 2 (the module standard, ``docs/authoring.md``) lists the ``lessons`` with their minutes,
  each assignment with its minutes, the ``assessment`` of every graded item (level, objective,
  descriptor) and the module's ``key_terms``. An upgraded version-1 file gets its one lesson with
  all of the old ``duration_minutes`` and nothing it did not say (no assessment, no key terms):
  it loads, and the standard's checklist (``curriculum lint --standard``) says what it lacks.
* Version 3 names the module's ``kind``: ``module`` (lessons and an assignment, as before) or ``project`` (a
  multi-week college project on the plant's problem under a plant mentor, with its ``project`` block: weeks,
  mentor, brief, milestones). An upgraded version-2 file is a ``module``; ``kind`` and ``project`` in a file
  that says version 2 or older are refused (an older package would not know them either).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_VERSION = 3

Mapping = dict[str, Any]


def _v0_to_v1(data: Mapping) -> Mapping:
    out = dict(data)
    if isinstance(out.get("grade"), str) and out["grade"].strip().isdigit():
        out["grade"] = int(out["grade"])
    if "duration" in out and "duration_minutes" not in out:
        out["duration_minutes"] = out.pop("duration")
    out.setdefault("assignments", [out.get("id")])
    out.setdefault("prerequisites", [])
    out["schema_version"] = 1
    return out


def _v1_to_v2(data: Mapping) -> Mapping:
    out = dict(data)
    lesson: Mapping = {"notebook": "lesson.ipynb", "title": out.get("title")}
    if "duration_minutes" in out:
        lesson["minutes"] = out.pop("duration_minutes")
    out.setdefault("lessons", [lesson])
    assignments = out.get("assignments")
    if isinstance(assignments, list):
        out["assignments"] = [{"id": a} if isinstance(a, str) else a for a in assignments]
    out["schema_version"] = 2
    return out


def _v2_to_v3(data: Mapping) -> Mapping:
    out = dict(data)
    out.setdefault("kind", "module")
    out["schema_version"] = 3
    return out


UPGRADERS: dict[int, Callable[[Mapping], Mapping]] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3}


class SchemaVersionError(ValueError):
    """A ``schema_version`` this package cannot read."""


def written_version(data: Mapping) -> int:
    """The ``schema_version`` a ``module.yml`` was written in (0 when it has none)."""
    return data.get("schema_version", 0)


def upgrade(data: Mapping) -> Mapping:
    """``data`` brought to :data:`CURRENT_VERSION` (a copy; ``data`` is not changed)."""
    version = written_version(data)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise SchemaVersionError(f"must be a whole number, got {version!r}")
    if version > CURRENT_VERSION:
        raise SchemaVersionError(
            f"{version} is newer than this package reads ({CURRENT_VERSION}): update myn-bala-stem")
    while version < CURRENT_VERSION:
        data = UPGRADERS[version](data)
        version += 1
    return data
