"""Stepwise upgraders of ``module.yml``, keyed by the ``schema_version`` they read.

``UPGRADERS[n]`` turns a version-``n`` mapping into a version ``n + 1`` mapping; the
loader applies them in turn until :data:`CURRENT_VERSION`, so a file written years ago
still loads and a change of format is one small function here (with a test), never a
silent reinterpretation.  Version 0 is the unversioned draft format of the first
modules: no ``schema_version``, ``grade`` possibly written as text, the shipped
assignments implied by the id, ``duration`` instead of ``duration_minutes``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_VERSION = 1

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


UPGRADERS: dict[int, Callable[[Mapping], Mapping]] = {0: _v0_to_v1}


class SchemaVersionError(ValueError):
    """A ``schema_version`` this package cannot read."""


def upgrade(data: Mapping) -> Mapping:
    """``data`` brought to :data:`CURRENT_VERSION` (a copy; ``data`` is not changed)."""
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise SchemaVersionError(f"must be a whole number, got {version!r}")
    if version > CURRENT_VERSION:
        raise SchemaVersionError(
            f"{version} is newer than this package reads ({CURRENT_VERSION}): update myn-bala-stem")
    while version < CURRENT_VERSION:
        data = UPGRADERS[version](data)
        version += 1
    return data
