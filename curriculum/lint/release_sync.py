"""``release/`` is exactly what nbgrader generates from ``source/`` with the course's own config."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from ..course import CONFIG_FILE, Course, StepResult


def regenerate(course_root: Path, into: Path) -> tuple[Path, dict[str, StepResult]]:
    """Release every assignment of ``course_root`` in a copy at ``into`` (its config, its source, its variant settings,
    a fresh gradebook). The teacher's reference runs a release needs are taken from the course's cache, and the ones
    made here are kept there (a cache entry is named by the source's content and the parameter set)."""
    from ..grading.trust import cache_folder
    from ..variants.settings import FILE as VARIANTS_FILE

    into.mkdir(parents=True, exist_ok=True)
    shutil.copy2(course_root / CONFIG_FILE, into / CONFIG_FILE)
    if (course_root / VARIANTS_FILE).is_file():
        shutil.copy2(course_root / VARIANTS_FILE, into / VARIANTS_FILE)
    shutil.copytree(course_root / "source", into / "source", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    cache, copy = cache_folder(course_root), cache_folder(into)
    if cache.is_dir():
        shutil.copytree(cache, copy)
    course = Course(into)
    steps = {a: course.generate_release(a, prepare_grading=False) for a in course.assignments()}  # compared, not graded
    if copy.is_dir():
        cache.mkdir(parents=True, exist_ok=True)
        for entry in copy.glob("*.json"):
            if not (cache / entry.name).exists():
                shutil.copy2(entry, cache / entry.name)
    return into / "release", steps


def _files(folder: Path) -> set[str]:
    if not folder.is_dir():
        return set()
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")
            if p.is_file() and ".ipynb_checkpoints" not in p.parts}


def compare_trees(committed: Path, regenerated: Path) -> list[tuple[str, str]]:
    """(file, message) for every file that is missing, extra or different."""
    found = []
    ours, theirs = _files(committed), _files(regenerated)
    found += [(name, "missing: nbgrader generates it from source/") for name in sorted(theirs - ours)]
    found += [(name, "extra: nothing in source/ generates it") for name in sorted(ours - theirs)]
    for name in sorted(ours & theirs):
        a, b = committed / name, regenerated / name
        if name.endswith(".ipynb"):
            same = json.loads(a.read_text(encoding="utf-8")) == json.loads(b.read_text(encoding="utf-8"))
        else:
            same = a.read_bytes() == b.read_bytes()
        if not same:
            found.append((name, "differs from what nbgrader generates from source/"))
    return found


def release_sync_problems(course_root: Path) -> list[tuple[str, str]]:
    """(file, message): regenerate in a temporary folder and compare with ``release/``."""
    with tempfile.TemporaryDirectory(prefix="curriculum-lint-") as tmp:
        regenerated, steps = regenerate(course_root, Path(tmp) / "course")
        failed = [(f"source/{a}", f"nbgrader cannot release it: {s.reason}") for a, s in steps.items() if not s.ok]
        return failed + [(f"release/{name}", msg) for name, msg in compare_trees(course_root / "release", regenerated)
                         if name.split("/")[0] not in {a for a, s in steps.items() if not s.ok}]
