"""Cell factories for writing course notebooks in Python.

Authors (and tests) build nbgrader notebooks from these instead of typing cell
metadata by hand; the ``.ipynb`` they write is what is committed and what teachers
edit afterwards.  Conventions (see ``docs/authoring.md``):

* prose comes in three markdown cells, one per language, tagged ``lang-kk``,
  ``lang-ru`` and ``lang-en`` (in that order), so a release can keep one language;
* the first code cell is the locked ``setup`` cell;
* an answer is a solution cell (``### BEGIN SOLUTION`` ... ``### END SOLUTION``)
  followed by a locked, graded test cell: public checks first, then
  ``### BEGIN HIDDEN TESTS`` ... ``### END HIDDEN TESTS`` which decide the grade;
* a written answer is a markdown solution cell graded by hand; its rubric sits in
  the locked prompt cells between ``### BEGIN MARK SCHEME`` and ``### END MARK SCHEME``;
* the parts of a lesson and an assignment the module standard names carry a role
  (:mod:`curriculum.roles`): :func:`hook`, :func:`example`, :func:`predict`, :func:`lab`,
  :func:`design_lab`, :func:`misconception`, :func:`summary`, :func:`reflection`, :func:`task`
  and the generated :func:`descriptor_table`.
"""

from __future__ import annotations

import importlib.util
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import nbformat
from nbformat import NotebookNode
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from .i18n import LANGUAGES, LANGUAGE_TAGS
from .items import graded_items
from .localize import tagged_lines
from .roles import DESCRIPTOR_TABLE, LEVEL_NAMES, role_of, task_heading, task_number, with_role

NBGRADER_SCHEMA = 3
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def _nbgrader(grade_id: str, *, grade: bool = False, solution: bool = False, locked: bool = False,
              points: float | None = None, task: bool = False) -> dict:
    meta: dict = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": NBGRADER_SCHEMA,
                  "solution": solution, "task": task}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def _check_languages(texts: Mapping[str, str], what: str) -> None:
    missing = [lang for lang in LANGUAGES if not texts.get(lang, "").strip()]
    if missing:
        raise ValueError(f"{what} lacks {', '.join(missing)}")


def text(*, kk: str, ru: str, en: str, locked_id: str | None = None, rubric: Mapping[str, str] | None = None,
         role: str | None = None) -> list[NotebookNode]:
    """Prose in three languages: three markdown cells tagged ``lang-<code>``.

    ``locked_id`` makes them locked (ids ``<locked_id>-<lang>``); ``rubric`` adds a
    mark scheme per language, which the release removes; ``role`` names the part of the
    lesson or assignment it is (:mod:`curriculum.roles`).
    """
    texts = {"kk": kk, "ru": ru, "en": en}
    _check_languages(texts, "text")
    if rubric is not None:
        _check_languages(rubric, "rubric")
        if locked_id is None:
            raise ValueError("a rubric belongs in a locked prompt: give locked_id")
    cells = []
    for lang in LANGUAGES:
        source = texts[lang].strip()
        if rubric is not None:
            source += "\n\n### BEGIN MARK SCHEME\n" + rubric[lang].strip() + "\n### END MARK SCHEME"
        cell = new_markdown_cell(source)
        cell.metadata["tags"] = [f"lang-{lang}"]
        cell.metadata["lang"] = LANGUAGE_TAGS[lang]
        if locked_id is not None:
            cell.metadata.update(_nbgrader(f"{locked_id}-{lang}", locked=True))
        cells.append(with_role(cell, role))
    return cells


def hook(*, kk: str, ru: str, en: str) -> list[NotebookNode]:
    """The problem from the plant that opens a lesson."""
    return text(kk=kk, ru=ru, en=en, role="hook")


def example(*, kk: str, ru: str, en: str) -> list[NotebookNode]:
    """A worked example's text (its code: ``code(..., role="example")``)."""
    return text(kk=kk, ru=ru, en=en, role="example")


def predict(*, kk: str, ru: str, en: str) -> list[NotebookNode]:
    """A question students answer (predict, estimate) before the lab after it shows the result."""
    return text(kk=kk, ru=ru, en=en, role="predict")


def misconception(*, kk: str, ru: str, en: str) -> list[NotebookNode]:
    """A check of one of the topic's known misconceptions (a claim to test, a question whose trap is common)."""
    return text(kk=kk, ru=ru, en=en, role="misconception")


def summary(*, kk: str, ru: str, en: str) -> list[NotebookNode]:
    """The lesson's summary; it names each of the module's key terms in its language (lint checks)."""
    return text(kk=kk, ru=ru, en=en, role="summary")


def reflection(*, kk: str, ru: str, en: str) -> list[NotebookNode]:
    """The reflection prompt (рефлексия) that ends a lesson."""
    return text(kk=kk, ru=ru, en=en, role="reflection")


def task(number: int, points: float, level: str, *, kk: str, ru: str, en: str, locked_id: str | None = None,
         rubric: Mapping[str, str] | None = None) -> list[NotebookNode]:
    """A graded task's text, opening with its heading in each language: ``**Task 6 (2 points, level B).**``.

    A task with a ``rubric`` is marked by the teacher (its heading says so; give ``locked_id`` as for
    :func:`text`). ``points`` are the points of the task's graded cells and ``level`` the level its
    items have in ``module.yml`` (lint checks both).
    """
    texts = {lang: f"{task_heading(number, points, level, lang, by_teacher=rubric is not None)} {body.strip()}"
             for lang, body in (("kk", kk), ("ru", ru), ("en", en))}
    return text(**texts, locked_id=locked_id, rubric=rubric, role="task")


TIME_PLAN_WORDS: dict[str, dict[str, str]] = {
    "kk": {"title": "Уақыт жоспары", "stage": "Кезең", "minutes": "Минут", "total": "Сабақта барлығы",
           "home": "Үйде"},
    "ru": {"title": "План по времени", "stage": "Этап", "minutes": "Минут", "total": "Всего на уроке",
           "home": "Дома"},
    "en": {"title": "The time plan", "stage": "Stage", "minutes": "Minutes", "total": "Total in class",
           "home": "At home"},
}
"""The words of a time plan's table in each language (:func:`time_plan`)."""

Stage = tuple[Mapping[str, str], int]
"""One stage of a time plan: what the class does ({kk, ru, en}) and its minutes."""


def stage(kk: str, ru: str, en: str, minutes: int) -> Stage:
    """A stage of a time plan (:func:`time_plan`): what the class does in each language, and its minutes."""
    return {"kk": kk, "ru": ru, "en": en}, minutes


def saving_stage(minutes: int = 2) -> Stage:
    """The stage that ends an assignment in class: running the test cells and saving the work."""
    return stage("Тест ұяшықтарын іске қосу және жұмысты сақтау", "Запуск тестовых ячеек и сохранение работы",
                 "Running the test cells and saving the work", minutes)


def time_plan(stages: Iterable[Stage], *, home: Iterable[Stage] = (), note: Mapping[str, str] | None = None
              ) -> list[NotebookNode]:
    """The minute-by-minute plan of a lesson or an assignment, which the class and its teacher both read: a table of
    ``stages`` in class with their total, then what is done at home (``home``), and a ``note`` under it; three
    markdown cells as :func:`text` makes.

    The minutes are in the cells' metadata (``curriculum.time_plan``: ``class`` and ``home``, :func:`plan_minutes`),
    so lint holds the total in class to the lesson's or assignment's minutes in ``module.yml``; being structure, not
    content, the numbers ledger does not count them.
    """
    stages, home = list(stages), list(home)
    if not stages:
        raise ValueError("a time plan needs at least one stage in class")
    for what, minutes in [*stages, *home]:
        _check_languages(what, "a time plan's stage")
        if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes <= 0:
            raise ValueError(f"a stage's minutes are a positive whole number, not {minutes!r}")
    if note is not None:
        _check_languages(note, "a time plan's note")
    texts = {}
    for lang in LANGUAGES:
        words = TIME_PLAN_WORDS[lang]
        rows = [f"| {what[lang].strip()} | {minutes} |" for what, minutes in stages]
        rows.append(f"| **{words['total']}** | **{sum(m for _w, m in stages)}** |")
        rows += [f"| *{words['home']}.* {what[lang].strip()} | {minutes} |" for what, minutes in home]
        texts[lang] = (f"### {words['title']}\n\n| {words['stage']} | {words['minutes']} |\n|---|---:|\n"
                       + "\n".join(rows) + (f"\n\n{note[lang].strip()}" if note is not None else ""))
    cells = text(**texts)
    for cell in cells:
        cell.metadata.setdefault("curriculum", {})["time_plan"] = {
            "class": [m for _w, m in stages], "home": [m for _w, m in home]}
    return cells


def plan_minutes(nb: NotebookNode) -> tuple[int, int] | None:
    """(minutes in class, minutes at home) of ``nb``'s time plan (:func:`time_plan`), or ``None`` without one."""
    for cell in nb.cells:
        plan = cell.metadata.get("curriculum", {}).get("time_plan")
        if plan is not None:
            return sum(plan["class"]), sum(plan.get("home", []))
    return None


def formula(source: str) -> NotebookNode:
    """A markdown cell with no words in it (formulas, a table of numbers): shown in every language."""
    return new_markdown_cell(source.strip())


def code(source: str, *, role: str | None = None) -> NotebookNode:
    """An ordinary code cell students may edit and run (``role``: e.g. ``example`` for a worked example's code)."""
    return with_role(new_code_cell(source.strip()), role)


def lab(source: str) -> NotebookNode:
    """The code cell that shows a lab to explore (``make_lab()``); a :func:`predict` question comes before it."""
    return code(source, role="lab")


def design_lab(source: str) -> NotebookNode:
    """The code cell that shows a lab with its design task (``make_lab(task=...)``), after the lab was explored."""
    return code(source, role="design")


def setup_cell(lang: str = "en", imports: str = "") -> NotebookNode:
    """The locked first code cell: language and common imports."""
    body = f"import curriculum\ncurriculum.setup(lang={lang!r})\n" + imports.strip()
    cell = new_code_cell(body.strip())
    cell.metadata.update(_nbgrader("setup", locked=True))
    return cell


def parameters(source: str, grade_id: str = "parameters") -> NotebookNode:
    """The locked parameters cell of an assignment with variants (``variant = Variant(count=...)`` and its draws;
    see ``docs/variants.md``). It runs on its own: import what it uses."""
    cell = new_code_cell(source.strip())
    cell.metadata.update(_nbgrader(grade_id, locked=True))
    return cell


def answer(grade_id: str, solution: str, *, hint: Mapping[str, str] | None = None, before: str = "",
           after: str = "") -> NotebookNode:
    """A code cell the student completes; ``solution`` is replaced in the release by nbgrader's stub.

    ``hint`` ({kk, ru, en}) says what to write, as one tagged comment line per language
    (``# [kk] takt = ...  (секундпен берілген pint шамасы)``); a one-language release keeps its
    own line, untagged. ``before`` is code without words that stays above the solution.
    """
    hint_lines = tagged_lines(hint) if hint is not None else ""
    parts = [hint_lines, before.strip(), "### BEGIN SOLUTION", solution.strip(), "### END SOLUTION", after.strip()]
    cell = new_code_cell("\n".join(p for p in parts if p))
    cell.metadata.update(_nbgrader(grade_id, solution=True))
    return cell


def tests(grade_id: str, points: float, *, public: str, hidden: str) -> NotebookNode:
    """A locked, graded test cell: ``public`` runs for the student, ``hidden`` decides the grade."""
    if not hidden.strip():
        raise ValueError(f"{grade_id}: a test cell needs hidden tests (they decide the grade)")
    source = public.strip() + "\n### BEGIN HIDDEN TESTS\n" + hidden.strip() + "\n### END HIDDEN TESTS"
    cell = new_code_cell(source.strip())
    cell.metadata.update(_nbgrader(grade_id, grade=True, locked=True, points=points))
    return cell


def written(grade_id: str, points: float, model_answer: str) -> NotebookNode:
    """A markdown cell graded by hand; ``model_answer`` stays in the source only."""
    cell = new_markdown_cell(model_answer.strip())
    cell.metadata.update(_nbgrader(grade_id, grade=True, solution=True, points=points))
    return cell


def notebook(cells: Iterable[NotebookNode | list[NotebookNode]], *, module: str) -> NotebookNode:
    """A notebook with nbgrader-ready metadata; ``cells`` may mix cells and lists of cells."""
    flat: list[NotebookNode] = []
    for item in cells:
        flat.extend(item if isinstance(item, list) else [item])
    nb = new_notebook(cells=flat)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python"}
    nb.metadata["curriculum"] = {"module": module, "languages": [LANGUAGE_TAGS[lang] for lang in LANGUAGES]}
    ids = [c.metadata["nbgrader"]["grade_id"] for c in flat if "nbgrader" in c.metadata]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise ValueError(f"duplicate grade ids: {', '.join(duplicates)}")
    nbformat.validate(nb)
    return nb


def write(nb: NotebookNode, path: str) -> None:
    """Write a notebook without outputs, with stable cell ids derived from position."""
    for i, cell in enumerate(nb.cells):
        cell["id"] = (cell.metadata.get("nbgrader", {}).get("grade_id") or f"cell-{i}")[:64]
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    nbformat.write(nb, path)


# -- the descriptor table ---------------------------------------------------------------------

def descriptor_rows(meta: object, nb: NotebookNode) -> list[tuple[int | None, str, str, dict[str, str], float]]:
    """(task number, level, objective, descriptor per language, points) of each graded item of ``nb``, in order.

    ``meta`` is the module's :class:`~curriculum.metadata.ModuleMeta`; an item it does not assess is left out
    (lint names it).
    """
    rows = []
    for item in graded_items(nb):
        assessed = meta.assessed(item.grade_id)  # type: ignore[attr-defined]
        if assessed is None:
            continue
        number = next((task_number(c.source, "en") for c in reversed(nb.cells[:item.answer + 1])
                       if "lang-en" in c.metadata.get("tags", []) and task_number(c.source, "en") is not None), None)
        rows.append((number, assessed.level, assessed.objective, assessed.descriptor.as_dict(), item.points))
    return rows


def descriptor_table(meta: object, nb: NotebookNode) -> list[NotebookNode]:
    """The assignment's table of levels, objectives and descriptors, made from ``module.yml`` (role ``descriptors``).

    One row per graded item of ``nb`` (its task, level, objective, what a full answer shows, its points),
    then what each level asks. An objective that is an outcome's short name rather than a programme code
    (``arithmetic-term``) is written as a name (in backticks) and explained under the table by the outcome's
    text in the table's language. Regenerate it with :func:`refresh_descriptors` (or ``python -m curriculum
    module refresh``) whenever ``module.yml`` or the tasks change: lint says when it is out of date.
    """
    from .roles import points_text

    rows = descriptor_rows(meta, nb)
    named = {o.id: o.text.as_dict() for o in getattr(meta, "outcomes", ()) if o.id and not o.code}
    used = list(dict.fromkeys(objective for _n, _l, objective, _d, _p in rows if objective in named))
    texts = {}
    for lang in LANGUAGES:
        words = DESCRIPTOR_TABLE[lang]
        lines = [f"### {words['title']}", "",
                 f"| {words['task']} | {words['level']} | {words['objective']} | {words['descriptor']} | {words['points']} |",
                 "|---|---|---|---|---|"]
        for number, level, objective, descriptor, points in rows:
            shown = points_text(points, lang).split(" ")[0]
            written = f"`{objective}`" if objective in named else objective
            lines.append(f"| {number if number is not None else ''} | {level} | {written} | "
                         f"{descriptor[lang].replace('|', '/').strip()} | {shown} |")
        levels = "; ".join(f"{level}: {names[lang]}" for level, names in LEVEL_NAMES.items())
        lines += ["", f"{words['levels']}: {levels}."]
        if used:
            lines += ["", f"{words['objectives']}: " + "; ".join(f"`{o}` — {named[o][lang].strip().rstrip('.')}" for o in used) + "."]
        texts[lang] = "\n".join(lines)
    return text(**texts, role="descriptors")


def refresh_descriptors(nb: NotebookNode, meta: object, *, at: int | None = None) -> bool:
    """Put the current :func:`descriptor_table` in place of ``nb``'s (in place); ``True`` when something changed.

    A notebook without a table gets one at cell ``at``, by default before its first task.
    """
    fresh = descriptor_table(meta, nb)
    places = [i for i, c in enumerate(nb.cells) if role_of(c) == "descriptors"]
    if places:
        if [nb.cells[i].source for i in places] == [c.source for c in fresh]:
            return False
        start = places[0]
        nb.cells[start:places[-1] + 1] = fresh
        return True
    if at is None:
        at = next((i for i, c in enumerate(nb.cells) if role_of(c) == "task"), len(nb.cells))
    nb.cells[at:at] = fresh
    return True


# -- build.py: a module's notebooks written from its texts ---------------------------------------

def load_build_script(folder: Path):
    """A module's ``build.py`` as a Python module (its ``main(root)`` writes the notebooks under ``root``)."""
    script = folder / "build.py"
    spec = importlib.util.spec_from_file_location(f"{folder.name.replace('-', '_')}_build", script)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(f"{script}: no build script")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def stale_notebooks(folder: Path, root: Path) -> list[str]:
    """The notebooks a module's ``build.py`` writes that differ from the committed ones under ``root`` (or are
    missing there), relative to ``root``: an empty list when the committed notebooks are what ``build.py`` writes."""
    with tempfile.TemporaryDirectory() as scratch:
        written = Path(scratch)
        load_build_script(folder).main(written)
        stale = []
        for path in sorted(written.rglob("*.ipynb")):
            relative = path.relative_to(written)
            committed = root / relative
            if not committed.is_file() or committed.read_bytes() != path.read_bytes():
                stale.append(str(relative))
        return stale
