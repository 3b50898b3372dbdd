"""Where the package's own content lives: the repository that holds ``curriculum/``."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SUBJECTS = ("math", "physics", "informatics")


def module_dirs(root: Path = REPO_ROOT) -> list[Path]:
    """Every module folder (``<subject>/<module-id>/`` with a ``module.yml``), sorted by id."""
    found = [p.parent for subject in SUBJECTS for p in (root / subject).glob("*/module.yml")]
    return sorted(found, key=lambda p: p.name)


@contextmanager
def throwaway_copy(folder: Path) -> Iterator[Path]:
    """A copy of ``folder`` (hidden files left out) in a temporary directory, removed on exit: run a teacher's
    notebook there, and what it writes (a solution's exported STL, a saved CSV) never lands in ``source/``, where
    nbgrader would hand it to every student with the next release."""
    with tempfile.TemporaryDirectory(prefix="notebook-run-") as tmp:
        copy = Path(tmp) / folder.name
        shutil.copytree(folder, copy, ignore=shutil.ignore_patterns(".*", "__pycache__"))
        yield copy
