"""The module standard's checks (``docs/authoring.md``; ``/work/shared/notes/module-standard.md``).

``curriculum lint`` holds every module written in ``module.yml`` schema version 2 or later to
all of them; a module written earlier is upgraded to load and these checks become its
*checklist* (``curriculum lint --standard``), so the first modules can be brought to the form
one at a time while a new module must pass from its first commit.

What is checked, each problem naming the file and the cell or field:

* **time**: every lesson fits 45 minutes; each assignment says its minutes and fits 45; a time plan
  (``authoring.time_plan``) in a lesson or an assignment takes in class no more than the minutes it is given;
* **assessment**: every graded item of the module's assignments has one entry in ``assessment``
  (level, objective, descriptor) and every entry an item; all three levels appear; each task's
  heading shows its level (``**Task 6 (2 points, level B).**``); the notebook's descriptor table
  is the one :func:`curriculum.authoring.descriptor_table` makes from ``module.yml`` now;
* **key terms**: ``key_terms`` name glossary entries, and the lessons' summaries name each term
  in each language;
* **lessons**: each opens with a hook and ends with its summary and then its reflection; every
  cell that shows a lab has the role ``lab`` or ``design`` and a ``predict`` question comes before
  it (after the lab before); the module has a worked example, a misconception check, and a lab to
  explore before its design task;
* **forms**: ``sample_class.yml`` gives every autograded item at least three right forms and three
  wrong ones, all different;
* **numbers**: the three languages of every text show the same numbers, each in its language's
  notation (``0,98`` in kk and ru, ``0.98`` in en);
* **projects** (``kind: project``): each milestone's notebook holds what its deliverables ask
  (:mod:`curriculum.lint.project`); a milestone takes the weeks it says, not one lesson's minutes; the
  lesson checks apply to the lessons a project lists (a kick-off), and the key terms are named in their
  summaries or, without lessons, in the project's brief.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import nbformat

from ..i18n import LANGUAGES
from ..items import graded_items
from ..metadata import LEVELS, ModuleMeta
from ..roles import LAB_ROLES, SHOWS_A_LAB, role_of, task_level, task_number
from ..sample_class import SampleClassError, SampleSpec, spec_paths
from .numbers import cell_language, markdown_numbers, separator_problems
from .problem import cell_label
from .project import project_problems

MAX_LESSON_MINUTES = 45
MAX_ASSIGNMENT_MINUTES = 45
FORMS_NEEDED = 3
CHECK = "standard"


@dataclass(frozen=True)
class Finding:
    path: Path
    where: str
    message: str


Reader = Callable[[Path], "nbformat.NotebookNode | None"]


def standard_problems(meta: ModuleMeta, root: Path, read: Reader) -> list[Finding]:
    """Every way ``meta``'s module (in the library or course ``root``) falls short of the module standard."""
    found: list[Finding] = []
    found += _time(meta)
    lessons = [(path, nb) for path in meta.lesson_paths if path.is_file() and (nb := read(path)) is not None]
    notebooks = [(path, nb) for a in meta.assignments for path in sorted((root / "source" / a).glob("*.ipynb"))
                 if (nb := read(path)) is not None]
    found += _plans(meta, lessons, notebooks)
    found += _assessment(meta, notebooks)
    found += _key_terms(meta, lessons)
    found += _lessons(meta, lessons)
    found += _forms(meta, notebooks)
    found += [Finding(path, where, message) for path, where, message in project_problems(meta, root, read)]
    for path, nb in [*lessons, *notebooks]:
        found += [Finding(path, where, message) for where, message in number_problems(nb)]
    return found


# -- time ---------------------------------------------------------------------------------------

def _time(meta: ModuleMeta) -> list[Finding]:
    found = []
    for i, lesson in enumerate(meta.lessons):
        if lesson.minutes > MAX_LESSON_MINUTES:
            found.append(Finding(meta.path, f"lessons[{i}].minutes",
                                 f"{lesson.notebook} takes {lesson.minutes} minutes: a lesson fits {MAX_LESSON_MINUTES}; "
                                 "split it into lesson-1.ipynb, lesson-2.ipynb, ..."))
    for i, ref in enumerate(meta.assignment_refs):
        if meta.is_project:
            continue  # a milestone takes the weeks project.milestones gives it
        if ref.minutes is None:
            found.append(Finding(meta.path, f"assignments[{i}].minutes", "missing: how long a student works on it"))
        elif ref.minutes > MAX_ASSIGNMENT_MINUTES:
            found.append(Finding(meta.path, f"assignments[{i}].minutes",
                                 f"{ref.minutes} minutes: an assignment is finished in one lesson or as homework "
                                 f"({MAX_ASSIGNMENT_MINUTES} minutes at most)"))
    return found


def _plans(meta: ModuleMeta, lessons: list[tuple[Path, nbformat.NotebookNode]],
           notebooks: list[tuple[Path, nbformat.NotebookNode]]) -> list[Finding]:
    """A time plan (authoring.time_plan) fits the minutes module.yml gives its lesson or assignment."""
    from ..authoring import plan_minutes

    minutes = {lesson.notebook: (f"lessons[{i}].minutes", lesson.minutes) for i, lesson in enumerate(meta.lessons)}
    minutes |= {ref.id: (f"assignments[{i}].minutes", ref.minutes) for i, ref in enumerate(meta.assignment_refs)}
    found = []
    for path, nb in [*lessons, *notebooks]:
        plan = plan_minutes(nb)
        where, given = minutes.get(path.name) or minutes.get(path.parent.name) or ("", None)
        if plan is not None and given is not None and plan[0] > given:
            found.append(Finding(path, where, f"its time plan takes {plan[0]} minutes in class, {meta.path.name} gives "
                                              f"{given}: shorten the plan or move a stage home"))
    return found


# -- assessment, task headings and the descriptor table --------------------------------------------

def _assessment(meta: ModuleMeta, notebooks: list[tuple[Path, nbformat.NotebookNode]]) -> list[Finding]:
    from ..authoring import descriptor_table

    found = []
    seen: Counter[str] = Counter()
    for path, nb in notebooks:
        items = graded_items(nb)
        seen.update(item.grade_id for item in items)
        for item in items:
            label = item.grade_id
            assessed = meta.assessed(item.grade_id)
            if assessed is None:
                found.append(Finding(path, label, f"graded item without an entry in {meta.path.name}'s assessment "
                                                  "(level, objective, descriptor)"))
                continue
            for lang in LANGUAGES:
                heading = _task_text(nb, item.answer, lang)
                if heading is None:
                    found.append(Finding(path, label, f"no {lang} task text with its number before this item "
                                                      "(authoring.task(...) writes the heading)"))
                    continue
                shown = task_level(heading, lang)
                if shown != assessed.level:
                    said = f"shows level {shown}" if shown else "does not show its level"
                    found.append(Finding(path, label, f"the {lang} task text {said}; {meta.path.name} says {assessed.level} "
                                                      "(authoring.task(...) writes the heading)"))
        tables = [i for i, c in enumerate(nb.cells) if role_of(c) == "descriptors"]
        fresh = [c.source for c in descriptor_table(meta, nb)]
        if not tables:
            found.append(Finding(path, "", "no descriptor table: run `python -m curriculum module refresh "
                                           f"{meta.id}` (it is made from {meta.path.name})"))
        elif [nb.cells[i].source for i in tables] != fresh:
            found.append(Finding(path, cell_label(nb.cells[tables[0]], tables[0]),
                                 f"the descriptor table is out of date with {meta.path.name}: run "
                                 f"`python -m curriculum module refresh {meta.id}`"))
    for grade_id, count in seen.items():
        if count > 1:
            found.append(Finding(meta.path, f"assessment.{grade_id}", f"{count} graded items have this grade id"))
    for item in meta.assessment:
        if item.grade_id not in seen:
            found.append(Finding(meta.path, f"assessment.{item.grade_id}",
                                 "no graded item has this grade id (an answer cell's id, or a written answer's)"))
    levels = {item.level for item in meta.assessment}
    missing = [level for level in LEVELS if level not in levels]
    if missing:
        found.append(Finding(meta.path, "assessment", f"no item of level {', '.join(missing)}: the graded items "
                                                      "cover levels A (apply a formula), B (multi-step) and C (design or explain)"))
    return found


def _task_text(nb: nbformat.NotebookNode, before: int, lang: str) -> str | None:
    """The nearest text in ``lang`` before cell ``before`` that names a task's number (its heading)."""
    for cell in reversed(nb.cells[:before]):
        if cell_language(cell) == lang and task_number(cell.source, lang) is not None:
            return cell.source
    return None


# -- key terms ------------------------------------------------------------------------------------

def _key_terms(meta: ModuleMeta, lessons: list[tuple[Path, nbformat.NotebookNode]]) -> list[Finding]:
    if not meta.key_terms:
        return [Finding(meta.path, "key_terms", "missing: the module's key terms, as ids of curriculum/glossary.yml")]
    try:
        from ..glossary import load_glossary

        glossary = load_glossary()
    except (ImportError, ValueError) as exc:  # ValueError: GlossaryError, a malformed glossary
        return [Finding(meta.path, "key_terms", f"the shared glossary (curriculum/glossary.yml) cannot be read: {exc}")]
    found = []
    summaries = {lang: "\n".join(c.source for _p, nb in lessons for c in nb.cells
                                 if role_of(c) == "summary" and cell_language(c) == lang).lower()
                 for lang in LANGUAGES}
    if meta.project is not None and not lessons:
        summaries = {lang: meta.project.brief.get(lang).lower() for lang in LANGUAGES}
    for i, term_id in enumerate(meta.key_terms):
        if term_id not in glossary:
            found.append(Finding(meta.path, f"key_terms[{i}]", f"{term_id!r} is not in curriculum/glossary.yml: add it there"))
            continue
        term = glossary[term_id]
        for lang in LANGUAGES:
            if term.get(lang).lower() not in summaries[lang]:
                where = "the project's brief" if meta.project is not None and not lessons else "lesson summary"
                found.append(Finding(meta.path, f"key_terms[{i}]", f"no {where} names {term.get(lang)!r} ({lang})"))
    return found


# -- the parts of a lesson ------------------------------------------------------------------------

def _groups(nb: nbformat.NotebookNode) -> list[tuple[int, str | None, str]]:
    """(first cell, role, kind) of each text (its three language cells) and each code cell, in order."""
    out: list[tuple[int, str | None, str]] = []
    for index, cell in enumerate(nb.cells):
        lang = cell_language(cell)
        if lang is not None:
            if lang == "kk" or not out or out[-1][2] != "text":
                out.append((index, role_of(cell), "text"))
        elif cell.cell_type == "code":
            out.append((index, role_of(cell), "code"))
        else:
            out.append((index, role_of(cell), "formula"))
    return out


def _lessons(meta: ModuleMeta, lessons: list[tuple[Path, nbformat.NotebookNode]]) -> list[Finding]:
    found: list[Finding] = []
    roles_seen: list[str] = []
    for path, nb in lessons:
        groups = _groups(nb)
        texts = [(i, role) for i, role, kind in groups if kind == "text"]
        label = lambda i: cell_label(nb.cells[i], i)  # noqa: E731
        if not texts or texts[0][1] != "hook":
            found.append(Finding(path, label(texts[0][0]) if texts else "",
                                 "a lesson opens with a hook from the plant (authoring.hook): the first text has no role 'hook'"))
        if not texts or texts[-1][1] != "reflection":
            found.append(Finding(path, label(texts[-1][0]) if texts else "",
                                 "a lesson ends with its reflection prompt (authoring.reflection): the last text has another role"))
        summaries = [i for i, role in texts if role == "summary"]
        if not summaries:
            found.append(Finding(path, "", "no summary with the key terms (authoring.summary)"))
        elif texts and texts[-1][1] == "reflection" and summaries[-1] > texts[-1][0]:
            found.append(Finding(path, label(summaries[-1]), "the summary comes before the reflection"))
        predicted = False
        for index, role, kind in groups:
            cell = nb.cells[index]
            roles_seen.append(role or "")
            if role == "predict":
                predicted = True
            if kind != "code":
                continue
            shows_lab = bool(SHOWS_A_LAB.search(cell.source))
            if shows_lab and role not in LAB_ROLES:
                found.append(Finding(path, label(index), "this cell shows a lab: give it the role 'lab' (authoring.lab) "
                                                         "or 'design' (authoring.design_lab)"))
            if role in LAB_ROLES or shows_lab:
                if not predicted:
                    found.append(Finding(path, label(index), "no predict-first question before this lab "
                                                             "(authoring.predict, after the lab before it)"))
                predicted = False
    if meta.is_project:
        return found  # a project's milestones are its work: its kick-off lessons need no lab of their own
    for role, what in (("example", "a worked example (authoring.example)"),
                       ("misconception", "a misconception check (authoring.misconception)"),
                       ("lab", "a lab to explore (authoring.lab)"), ("design", "a design task in a lab (authoring.design_lab)")):
        if role not in roles_seen:
            found.append(Finding(meta.path, "lessons", f"no lesson has {what}"))
    if "lab" in roles_seen and "design" in roles_seen and roles_seen.index("design") < roles_seen.index("lab"):
        found.append(Finding(meta.path, "lessons", "the design task comes before any lab to explore: explore first"))
    return found


# -- forms ------------------------------------------------------------------------------------------

def _forms(meta: ModuleMeta, notebooks: list[tuple[Path, nbformat.NotebookNode]]) -> list[Finding]:
    paths = spec_paths(meta.folder)
    if not paths:
        return [Finding(meta.folder / "sample_class.yml", "", "missing: the sample class, with the right and wrong forms "
                                                               "of every item")]
    found, specs = [], {}
    for path in paths:
        try:
            spec = SampleSpec.load(path)
        except SampleClassError as exc:
            found.append(Finding(path, "", str(exc).split(": ", 1)[-1]))
        else:
            specs[spec.assignment] = (path, spec)
    for assignment in meta.assignments:
        if assignment not in specs and not any(f.path.name.startswith("sample_class") for f in found):
            found.append(Finding(meta.folder / "sample_class.yml", "", f"no sample class names {assignment}: a project "
                                 "gives each further milestone its sample_class-<n>.yml"))
    for nb_path, nb in notebooks:
        if nb_path.parent.name not in specs:
            continue
        path, spec = specs[nb_path.parent.name]
        if nb_path.name != spec.notebook:
            continue
        auto = [item.grade_id for item in graded_items(nb) if item.kind == "auto"]
        for grade_id in auto:
            forms = spec.forms.get(grade_id)
            right, wrong = (forms.right, forms.wrong) if forms else ((), ())
            for kind, given in (("right", right), ("wrong", wrong)):
                distinct = {" ".join(code.split()) for code in given}
                if len(distinct) < FORMS_NEEDED:
                    found.append(Finding(path, f"forms.{grade_id}.{kind}",
                                         f"{len(distinct)} different {kind} form(s): give at least {FORMS_NEEDED}"))
            both = {" ".join(c.split()) for c in right} & {" ".join(c.split()) for c in wrong}
            if both:
                found.append(Finding(path, f"forms.{grade_id}", f"a form is both right and wrong: {sorted(both)[0]!r}"))
        for grade_id in sorted(set(spec.forms) - set(auto)):
            found.append(Finding(path, f"forms.{grade_id}", f"not an autograded answer of {spec.notebook}"))
    return found


# -- numbers ------------------------------------------------------------------------------------------

def number_problems(nb: nbformat.NotebookNode) -> list[tuple[str, str]]:
    """(cell, message): texts whose languages show different numbers, or a number in another language's notation."""
    found = []
    group: dict[str, tuple[int, list]] = {}

    def close() -> None:
        if len(group) == len(LANGUAGES):
            shown = {lang: Counter(s.value for s in numbers if _counts(s.value)) for lang, (_i, numbers) in group.items()}
            first = next(iter(group.values()))[0]
            for lang in LANGUAGES[1:]:
                if shown[lang] != shown[LANGUAGES[0]]:
                    extra = sorted((shown[lang] - shown[LANGUAGES[0]]).elements())
                    lacking = sorted((shown[LANGUAGES[0]] - shown[lang]).elements())
                    found.append((cell_label(nb.cells[first], first),
                                  f"the {lang} text shows other numbers than the {LANGUAGES[0]} one: "
                                  f"{'has ' + ', '.join(map(str, extra)) if extra else ''}"
                                  f"{'; ' if extra and lacking else ''}{'lacks ' + ', '.join(map(str, lacking)) if lacking else ''}"))
        group.clear()

    for index, cell in enumerate(nb.cells):
        lang = cell_language(cell)
        if lang is None or lang in group:
            close()
        if lang is None:
            continue
        group[lang] = (index, markdown_numbers(cell.source, lang))
        found += [(cell_label(cell, index), message) for message in separator_problems(cell.source, lang)]
    close()
    return found


def _counts(value: object) -> bool:
    """Whole numbers up to 10 are left out of the comparison: ordinals and counting words differ between languages."""
    try:
        return not (value == int(value) and abs(value) <= 10)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return True
