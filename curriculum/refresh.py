"""``module refresh``: rewrite what a module's notebooks take from its ``module.yml``.

Today that is the descriptor table of each assignment notebook
(:func:`curriculum.authoring.descriptor_table`: every graded item's task, level, objective,
descriptor and points). ``curriculum lint`` says when a table is out of date; this puts the
current one in place (before the first task when a notebook has none) and leaves every other
cell as it is. ``release/`` is then regenerated with ``python -m curriculum release``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import nbformat

from .authoring import refresh_descriptors, write
from .catalogue import load_catalogue
from .paths import REPO_ROOT


def refresh_module(module_id: str, *, library: Sequence[Path] = (REPO_ROOT,)) -> dict[Path, bool]:
    """Each assignment notebook of ``module_id`` -> whether its descriptor table was rewritten."""
    entry = load_catalogue(library).get(module_id)
    if not entry.meta.assessment:
        raise ValueError(f"{entry.meta.path}: no assessment to make the descriptor table from "
                         "(give each graded item its level, objective and descriptor first)")
    changed = {}
    for assignment in entry.meta.assignments:
        for path in sorted(entry.source_dir(assignment).glob("*.ipynb")):
            nb = nbformat.read(path, as_version=4)
            changed[path] = refresh_descriptors(nb, entry.meta)
            if changed[path]:
                write(nb, str(path))
    return changed
