"""Imports the grader makes cheaper without changing what they do.

``jsonschema`` (which nbformat and nbgrader import) looks for optional format checkers when it is imported. One of
them, ``rfc3987_syntax`` (installed with Jupyter's ``jsonschema[format-nongpl]``), builds a Lark grammar for IRIs on
import: about 0.9 s of CPU, a third of what ``curriculum grade`` spends importing before it grades anything
(measured here; ``benchmarks/results/grading.md``). Neither nbformat nor nbgrader checks formats, so the grammar is
never used while grading. :func:`defer_iri_grammar` imports jsonschema with a stand-in for that module whose
``is_valid_syntax`` imports the real one the first time it is called: jsonschema registers the same ``iri`` and
``iri-reference`` checkers and they give the same answers, only the grammar is built when, if ever, one runs.
The stand-in is in ``sys.modules`` only while jsonschema is imported; whoever imports ``rfc3987_syntax`` later gets
the real module.

``nbgrader.utils`` imports three archive functions from ``setuptools.archive_util`` for one use: unpacking a zip
file of submissions (``nbgrader zip_collect``). Importing them imports setuptools, and with it ``pkg_resources``,
which goes through every installed distribution: about 0.14 s of the grader's start (measured here), before its
workers can be forked. :func:`defer_archive_tools` imports ``nbgrader.utils`` with a stand-in for that module whose
functions import the real ones the first time one is called, with the same arguments, the same answers.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from typing import Any

IRI_MODULE = "rfc3987_syntax"


def _real() -> types.ModuleType:
    module = sys.modules.get(IRI_MODULE)
    if module is not None and getattr(module, "_curriculum_stand_in", False):
        del sys.modules[IRI_MODULE]
    return importlib.import_module(IRI_MODULE)


def _stand_in() -> types.ModuleType:
    module = types.ModuleType(IRI_MODULE, "Stand-in for rfc3987_syntax: imports the real module when first used.")

    def is_valid_syntax(*args: Any, **kwargs: Any) -> bool:
        return _real().is_valid_syntax(*args, **kwargs)

    def __getattr__(name: str) -> Any:  # anything else: the real module's (not what the import system asks about)
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(_real(), name)

    module.is_valid_syntax = is_valid_syntax  # type: ignore[attr-defined]
    module.__getattr__ = __getattr__  # type: ignore[attr-defined]
    module._curriculum_stand_in = True  # type: ignore[attr-defined]
    return module


def _import_with_stand_in(importing: str, name: str, stand_in: types.ModuleType) -> None:
    """Import ``importing`` while ``stand_in`` answers for the module ``name``; whoever imports ``name`` later gets the
    real module."""
    sys.modules[name] = stand_in
    try:
        importlib.import_module(importing)
    finally:
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]


def defer_iri_grammar() -> None:
    """Import jsonschema now, with ``rfc3987_syntax`` imported only when one of its checkers first runs (see above).
    Does nothing when jsonschema is already imported or the module is not installed."""
    if "jsonschema" in sys.modules or IRI_MODULE in sys.modules or importlib.util.find_spec(IRI_MODULE) is None:
        return
    _import_with_stand_in("jsonschema", IRI_MODULE, _stand_in())  # its format checkers call the stand-in's function


ARCHIVE_MODULE = "setuptools.archive_util"
ARCHIVE_TOOLS = ("unpack_archive", "unpack_tarfile", "unpack_zipfile")


def _archive_stand_in() -> types.ModuleType:
    module = types.ModuleType(ARCHIVE_MODULE, "Stand-in for setuptools.archive_util: imports the real one when used.")

    def forward(name: str) -> Any:
        def tool(*args: Any, **kwargs: Any) -> Any:
            return getattr(importlib.import_module(ARCHIVE_MODULE), name)(*args, **kwargs)

        tool.__name__ = tool.__qualname__ = name
        return tool

    for name in ARCHIVE_TOOLS:
        setattr(module, name, forward(name))
    module._curriculum_stand_in = True  # type: ignore[attr-defined]
    return module


def defer_archive_tools() -> None:
    """Import ``nbgrader.utils`` now, with setuptools imported only when one of its archive functions is first called
    (see above). Does nothing when either is already imported."""
    if "nbgrader.utils" in sys.modules or ARCHIVE_MODULE in sys.modules or importlib.util.find_spec("nbgrader") is None:
        return
    _import_with_stand_in("nbgrader.utils", ARCHIVE_MODULE, _archive_stand_in())  # its archive names: the stand-in's


def cheaper_imports() -> None:
    """Both deferrals, as the grader's commands make them before they import nbgrader."""
    defer_iri_grammar()
    defer_archive_tools()
