"""Functions named as data (``module:qualified.name``), so a record can say which function a check used."""

from __future__ import annotations

import importlib
from typing import Any


def qualified_name(obj: Any) -> str:
    """``module:qualified.name`` of a function or object defined at a module's top level (or in a class)."""
    return f"{getattr(obj, '__module__', '?')}:{getattr(obj, '__qualname__', '?')}"


def resolve(name: str) -> Any:
    """The object :func:`qualified_name` named; ImportError or AttributeError when there is none."""
    module_name, _sep, qualname = name.partition(":")
    if not qualname:
        raise ImportError(f"{name!r} is not written module:name")
    obj: Any = importlib.import_module(module_name)
    for part in qualname.split("."):
        obj = getattr(obj, part)
    return obj
