"""What a grading worker pays for once instead of once per submission.

nbgrader builds a new exporter for every notebook it converts, and with it a new Jinja
environment that compiles the feedback's HTML templates again (about a sixth of a second per
submission here). A worker installs one in-memory Jinja bytecode cache for all of them: the
templates are compiled once; a changed template has another checksum, so it is compiled again.
"""

from __future__ import annotations

from typing import Any

import jinja2


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates kept in this process, keyed by template name and source checksum (Jinja's own keys)."""

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self._store.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._store.clear()


TEMPLATE_CACHE = MemoryBytecodeCache()


def share_compiled_templates() -> None:
    """Every nbconvert template environment made in this process from now on uses :data:`TEMPLATE_CACHE`."""
    from nbconvert.exporters.templateexporter import TemplateExporter

    if getattr(TemplateExporter._create_environment, "_shares_templates", False):
        return
    create = TemplateExporter._create_environment

    def _create_environment(self: Any) -> jinja2.Environment:
        environment = create(self)
        environment.bytecode_cache = TEMPLATE_CACHE
        return environment

    _create_environment._shares_templates = True  # type: ignore[attr-defined]
    TemplateExporter._create_environment = _create_environment
