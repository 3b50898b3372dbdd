"""The release's notebook of an assignment, as the grading steps that compare a submission with it read it.

Grading reads the same released notebook for every submission of a class (to put back stripped grading marks, to
tell the student's own code from the release's): a process reads each file once per version (its size, time and
inode) and every step shares that one copy, which no step changes.
"""

from __future__ import annotations

import os

import nbformat

_READ: dict[str, tuple[tuple[int, int, int], nbformat.NotebookNode]] = {}


def read_released(path: str | os.PathLike[str]) -> nbformat.NotebookNode:
    """The notebook at ``path`` (read-only: callers copy what they change), read again only when the file changed."""
    key = os.fspath(path)
    info = os.stat(key)
    version = (info.st_mtime_ns, info.st_size, info.st_ino)
    held = _READ.get(key)
    if held is None or held[0] != version:
        held = _READ[key] = (version, nbformat.read(key, as_version=4))
    return held[1]
