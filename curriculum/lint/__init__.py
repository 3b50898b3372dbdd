"""``python -m curriculum lint``: every module and assignment of a course or library root, checked.

One implementation for the command and the tests: metadata schema, nbgrader metadata,
a test after every answer, announced points, all three languages (notebooks, module
texts, lab labels), the glossary's terms in kk and ru text, ``release/`` in sync with
``source/``, nothing given away in a release, in a one-language course no text of the
other languages in its releases and lessons, and the module standard
(:mod:`curriculum.lint.standard`) for every module written in ``module.yml`` schema version 2
or later.  A module written earlier is listed as not yet to the standard; ``standard=True``
(``curriculum lint --standard``) gives its checklist.  Each problem names the file and the
cell (grade id or index) or field.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..catalogue import load_catalogue
from ..metadata import MetadataError, ModuleMeta, load_module_meta
from ..paths import REPO_ROOT, module_dirs
from ..sample_class import SampleClassError, SampleSpec, spec_paths
from .data_files import professions_problems, topic_problems
from .languages import notebook_language_problems, python_file_language_problems
from .leaks import leak_problems
from .notebook_rules import nbgrader_problems, points_problems
from .one_language import leak_lines, notebook_leaks
from .problem import Problem
from .release_sync import release_sync_problems
from .standard import CHECK as STANDARD, standard_problems
from .terms import module_term_problems, notebook_term_problems, python_term_problems
from .variants import variant_problems

CHECKS = ("metadata", "nbgrader", "tests", "points", "languages", "terms", "one-language", "variants", "release-sync",
          "leak", "standard")


@dataclass(frozen=True)
class LintReport:
    root: Path
    problems: tuple[Problem, ...]
    checked_modules: int
    checked_notebooks: int
    not_yet_standard: tuple[str, ...] = ()
    """Modules written before the module standard (``module.yml`` schema version 1 or older)."""
    checklist: tuple[Problem, ...] = ()
    """With ``standard=True``: what those modules still lack, by the standard's checks."""

    @property
    def ok(self) -> bool:
        return not self.problems

    def render(self) -> str:
        lines = [str(p) for p in self.problems]
        summary = (f"{len(self.problems)} problem(s)" if self.problems else "no problems") + (
            f" in {self.checked_modules} module(s) and {self.checked_notebooks} notebook(s) under {self.root}")
        lines.append(summary)
        if self.checklist:
            lines += ["", f"The module standard's checklist for the modules written before it "
                          f"({', '.join(self.not_yet_standard)}): {len(self.checklist)} item(s) open"]
            lines += [f"  {p}" for p in self.checklist]
        elif self.not_yet_standard:
            lines.append(f"note: {len(self.not_yet_standard)} module(s) written before the module standard "
                         f"(module.yml schema version 1): {', '.join(self.not_yet_standard)}; "
                         "`curriculum lint --standard` lists what each still lacks")
        return "\n".join(lines)


class _Collector:
    def __init__(self, root: Path):
        self.root, self.problems, self.notebooks = root, [], 0
        self.language = _course_language(root)

    def rel(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def add(self, path: Path | str, where: str, message: str, check: str) -> None:
        self.problems.append(Problem(self.rel(path) if isinstance(path, Path) else path, where, message, check))

    def read(self, path: Path) -> nbformat.NotebookNode | None:
        try:
            nb = nbformat.read(path, as_version=4)
        except Exception as exc:  # noqa: BLE001 - any unreadable notebook is one problem
            self.add(path, "", f"cannot be read as a notebook: {exc}", "nbgrader")
            return None
        self.notebooks += 1
        return nb


def _course_language(root: Path) -> str:
    """The course language of a course folder ('' for a trilingual course or a library without a config)."""
    from ..course import CONFIG_FILE, Course

    return Course(root).language if (root / CONFIG_FILE).is_file() else ""


def _check_modules(c: _Collector) -> list[ModuleMeta]:
    metas = []
    for folder in module_dirs(c.root):
        try:
            meta = load_module_meta(folder / "module.yml")
        except MetadataError as exc:
            for err in exc.errors:
                c.add(err.path, err.field, err.message, "metadata")
            lessons = sorted(folder.glob("*.ipynb"))
        else:
            metas.append(meta)
            lessons = [p for p in meta.lesson_paths if p.is_file()]
            if meta.written_to_the_standard:  # a module written before lists no lessons: its one lesson.ipynb is optional
                for i, path in enumerate(meta.lesson_paths):
                    if not path.is_file():
                        c.add(meta.path, f"lessons[{i}].notebook", f"no {path.name} in {c.rel(folder)}", "metadata")
                for stray in sorted(set(folder.glob("*.ipynb")) - set(meta.lesson_paths)):
                    c.add(stray, "", "a notebook the module's `lessons` do not list: add it there or remove it", "metadata")
        for where, msg in module_term_problems(folder / "module.yml"):
            c.add(folder / "module.yml", where, msg, "terms")
        for lesson in lessons:
            if (nb := c.read(lesson)) is not None:
                for where, msg in notebook_language_problems(nb):
                    c.add(lesson, where, msg, "languages")
                for where, msg in notebook_term_problems(nb):
                    c.add(lesson, where, msg, "terms")
    known = set(m.id for m in metas)
    try:
        known |= set(load_catalogue((REPO_ROOT,)).ids)
    except MetadataError:
        pass  # reported above when the root is the package itself
    shipped: dict[str, str] = {}
    for meta in metas:
        for i, prereq in enumerate(meta.prerequisites):
            if prereq not in known:
                c.add(meta.path, f"prerequisites[{i}]", f"unknown module {prereq!r}", "metadata")
        for i, assignment in enumerate(meta.assignments):
            if not (c.root / "source" / assignment).is_dir():
                c.add(meta.path, f"assignments[{i}]", f"no source/{assignment}/ in {c.root}", "metadata")
            if assignment in shipped:
                c.add(meta.path, f"assignments[{i}]", f"{assignment} is shipped by {shipped[assignment]} too", "metadata")
            shipped[assignment] = meta.id
        for spec_path in spec_paths(meta.path.parent):
            try:
                spec = SampleSpec.load(spec_path)
            except SampleClassError as exc:
                c.add(spec_path, "", str(exc).split(": ", 1)[-1], "metadata")
            else:
                if spec.assignment not in meta.assignments:
                    c.add(spec_path, "assignment", f"{spec.assignment!r} is not an assignment of {meta.id}", "metadata")
                elif not (c.root / "source" / spec.assignment / spec.notebook).is_file():
                    c.add(spec_path, "notebook", f"no source/{spec.assignment}/{spec.notebook}", "metadata")
    return metas


def _check_assignments(c: _Collector, shipped_by: dict[str, str]) -> None:
    from ..course import CONFIG_FILE
    from ..variants.settings import course_id_of

    source = c.root / "source"
    course_id = course_id_of(c.root) if (c.root / CONFIG_FILE).is_file() else ""
    for folder in sorted(p for p in source.iterdir() if p.is_dir() and not p.name.startswith(".")) if source.is_dir() else []:
        for path in sorted(folder.glob("*.ipynb")):
            nb = c.read(path)
            if nb is None:
                continue
            for where, msg, check in nbgrader_problems(nb) + points_problems(nb):
                c.add(path, where, msg, check)
            for where, msg in notebook_language_problems(nb):
                c.add(path, where, msg, "languages")
            for where, msg in notebook_term_problems(nb):
                c.add(path, where, msg, "terms")
            for where, msg in variant_problems(c.root, folder.name, path, nb, course_id):
                c.add(path, where, msg, "variants")
            declared = nb.metadata.get("curriculum", {}).get("module")
            if folder.name in shipped_by and declared and declared != shipped_by[folder.name]:
                c.add(path, "metadata.curriculum.module",
                      f"says {declared!r} but {shipped_by[folder.name]} ships this assignment", "metadata")
            released_path = c.root / "release" / folder.name / path.name
            if released_path.is_file() and (released := c.read(released_path)) is not None:
                for where, msg in leak_problems(nb, released):
                    c.add(released_path, where, msg, "leak")
                if c.language:
                    for where, msg in leak_lines(notebook_leaks(released, c.language)):
                        c.add(released_path, where, msg, "one-language")


def _check_lessons(c: _Collector) -> None:
    """A one-language course's lessons (``lessons/``, made by ``course new``) show only its language."""
    for path in sorted((c.root / "lessons").glob("*.ipynb")) if c.language else []:
        if (nb := c.read(path)) is not None:
            for where, msg in leak_lines(notebook_leaks(nb, c.language)):
                c.add(path, where, msg, "one-language")


def _check_topics(c: _Collector, modules: set[str]) -> None:
    """The thesis topics (``topics/*.yml``): schema, the modules they name, languages, the glossary's terms."""
    try:
        modules = modules | set(load_catalogue((REPO_ROOT,)).ids)
    except MetadataError:
        pass  # reported with the modules
    for path, where, message, check in topic_problems(c.root, modules):
        c.add(path, where, message, check)


def _check_standard(c: _Collector, metas: list[ModuleMeta], checklist: bool) -> tuple[list[str], list[Problem]]:
    """The standard's problems of modules written to it (into ``c``); of the others, their ids and (if asked) checklist."""
    older, open_items = [], []
    for meta in metas:
        if not meta.written_to_the_standard:
            older.append(meta.id)
            if not checklist:
                continue
        found = [Problem(c.rel(f.path), f.where, f.message, STANDARD) for f in standard_problems(meta, c.root, c.read)]
        if meta.written_to_the_standard:
            c.problems.extend(found)
        else:
            open_items.extend(found)
    return older, open_items


def lint(root: Path | str = REPO_ROOT, *, release_sync: bool = True, standard: bool = False) -> LintReport:
    """Check every module and assignment under ``root`` (a library or course folder).

    ``standard`` also lists what the modules written before the module standard lack (the checklist).
    """
    c = _Collector(Path(root).resolve())
    metas = _check_modules(c)
    _check_assignments(c, {a: m.id for m in metas for a in m.assignments})
    _check_lessons(c)
    _check_topics(c, {m.id for m in metas})
    older, checklist = _check_standard(c, metas, standard)
    if c.root == REPO_ROOT.resolve():
        for path, where, message, check in professions_problems():
            c.add(path, where, message, check)
        for lab in sorted((REPO_ROOT / "curriculum" / "labs").glob("*.py")):
            for where, msg in python_file_language_problems(lab):
                c.add(lab, where, msg, "languages")
            for where, msg in python_term_problems(lab):
                c.add(lab, where, msg, "terms")
    if release_sync and (c.root / "source").is_dir():
        for path, msg in release_sync_problems(c.root):
            c.add(path, "", msg, "release-sync")
    return LintReport(c.root, tuple(c.problems), len(metas), c.notebooks, tuple(older), tuple(checklist))


__all__ = ["CHECKS", "LintReport", "Problem", "lint"]
