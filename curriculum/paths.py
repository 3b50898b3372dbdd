"""Where the package's own content lives: the repository that holds ``curriculum/``."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SUBJECTS = ("math", "physics", "informatics")


def module_dirs(root: Path = REPO_ROOT) -> list[Path]:
    """Every module folder (``<subject>/<module-id>/`` with a ``module.yml``), sorted by id."""
    found = [p.parent for subject in SUBJECTS for p in (root / subject).glob("*/module.yml")]
    return sorted(found, key=lambda p: p.name)
