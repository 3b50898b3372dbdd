"""``module fork``: a module copied under a new id for an instructor to edit.

The copy is a module of its own in the target folder (a course folder or a library
root): ``<subject>/<new-id>/`` with valid metadata (``forked_from`` records the
original) and ``source/<new-assignment>/`` whose tests still pass, since grade ids and
hidden tests are unchanged.  When the target is a course folder the fork is released
there at once, so it is registered in the gradebook and ready for Formgrader.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import nbformat
import yaml

from .catalogue import load_catalogue
from .course import CONFIG_FILE, Course, StepResult
from .metadata import ID_PATTERN, MODULE_FILE, ModuleMeta, parse_module_meta
from .paths import REPO_ROOT
from .sample_class import spec_paths


@dataclass(frozen=True)
class ForkResult:
    original: str
    meta: ModuleMeta
    module_dir: Path
    assignments: dict[str, str]
    """Original assignment id -> the fork's."""
    steps: dict[str, StepResult]
    """Releases made when the target is a course folder (else empty)."""


def _renamed(assignment: str, original: str, new_id: str) -> str:
    return new_id + assignment[len(original):] if assignment.startswith(original) else f"{new_id}-{assignment}"


def _renamed_entry(entry: object, renamed: dict[str, str]) -> object:
    """An assignment entry of ``module.yml`` under its new id, in the form the file wrote it (an id or a mapping)."""
    if isinstance(entry, dict) and isinstance(entry.get("id"), str):
        return {**entry, "id": renamed.get(entry["id"], entry["id"])}
    return renamed.get(entry, entry) if isinstance(entry, str) else entry


def _retag_notebook(path: Path, module_id: str) -> None:
    nb = nbformat.read(path, as_version=4)
    nb.metadata.setdefault("curriculum", {})["module"] = module_id
    nbformat.write(nb, path)


def fork_module(module_id: str, into: Path | str, *, new_id: str | None = None,
                library: Sequence[Path] = (REPO_ROOT,)) -> ForkResult:
    """Copy ``module_id`` into ``into`` as ``new_id`` (default ``<module-id>-fork``)."""
    into = Path(into).resolve()
    entry = load_catalogue(library).get(module_id)
    new_id = new_id or f"{module_id}-fork"
    if not ID_PATTERN.match(new_id):
        raise ValueError(f"--id {new_id!r} is not an id like 'phys-09-braking-8a' (lowercase words joined by '-')")
    module_dir = into / entry.meta.subject / new_id
    renamed = {a: _renamed(a, module_id, new_id) for a in entry.meta.assignments}
    taken = [p for p in [module_dir, *(into / "source" / a for a in renamed.values())] if p.exists()]
    if taken:
        raise FileExistsError(f"{taken[0]} exists already: choose another --id")

    data = yaml.safe_load((entry.folder / MODULE_FILE).read_text(encoding="utf-8"))
    data |= {"id": new_id, "assignments": [_renamed_entry(a, renamed) for a in data.get("assignments") or [module_id]],
             "forked_from": module_id}
    meta = parse_module_meta(data, module_dir / MODULE_FILE)  # validate before writing anything

    shutil.copytree(entry.folder, module_dir, ignore=shutil.ignore_patterns(".ipynb_checkpoints", MODULE_FILE))
    (module_dir / MODULE_FILE).write_text(
        f"# Forked from {module_id} by `python -m curriculum module fork`; edit freely, then run"
        " `python -m curriculum lint --course <the folder holding it>`.\n"
        + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110), encoding="utf-8")
    for spec in spec_paths(module_dir):
        text = spec.read_text(encoding="utf-8")
        text = re.sub(r"^assignment:\s*(\S+)", lambda m: f"assignment: {renamed.get(m.group(1), m.group(1))}",
                      text, count=1, flags=re.MULTILINE)
        spec.write_text(text.replace(f"of {module_id} ", f"of {new_id} "), encoding="utf-8")
    for lesson in meta.lesson_paths:
        if lesson.is_file():
            _retag_notebook(lesson, new_id)
    for old, new in renamed.items():
        shutil.copytree(entry.source_dir(old), into / "source" / new, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
        for notebook in (into / "source" / new).glob("*.ipynb"):
            _retag_notebook(notebook, new_id)

    steps = {}
    if (into / CONFIG_FILE).is_file():
        course = Course(into)
        steps = {new: course.generate_release(new) for new in renamed.values()}
    return ForkResult(module_id, meta, module_dir, renamed, steps)
