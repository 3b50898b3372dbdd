"""The module form: roles and task headings from the factories, the descriptor table, numbers in three languages,
and lint holding a module written to the standard to every check while the first modules are converted."""

from __future__ import annotations

from decimal import Decimal

import nbformat
import pytest

from curriculum import authoring as a
from curriculum.items import graded_items
from curriculum.lint import lint
from curriculum.lint.numbers import markdown_numbers, separator_problems
from curriculum.lint.standard import number_problems
from curriculum.metadata import load_module_meta
from curriculum.paths import REPO_ROOT
from curriculum.roles import points_text, role_of, task_heading, task_level, task_number

from .conftest import MODULES

NOT_YET_TO_THE_STANDARD: set[str] = set()
"""The modules written before the module standard (schema v1). A conversion removes its module from this set;
nothing is ever added: a new module is written to the standard (schema v2) and lint holds it to every check."""


def test_only_the_first_modules_are_not_yet_written_to_the_standard():
    older = {m.name for m in MODULES if not load_module_meta(m / "module.yml").written_to_the_standard}
    assert older <= NOT_YET_TO_THE_STANDARD, f"{sorted(older - NOT_YET_TO_THE_STANDARD)}: write new modules in schema v2"
    assert older == NOT_YET_TO_THE_STANDARD, f"converted: take {sorted(NOT_YET_TO_THE_STANDARD - older)} off the list"


BUILT = [m for m in MODULES if (m / "build.py").is_file()]


@pytest.mark.parametrize("folder", BUILT, ids=[m.name for m in BUILT])
def test_the_committed_notebooks_are_what_build_py_writes(folder):
    stale = a.stale_notebooks(folder, REPO_ROOT)
    assert not stale, f"{stale} differ from what {folder.name}/build.py writes: edit build.py and run it"


def test_every_module_written_to_the_standard_has_a_build_py():
    standard = {m.name for m in MODULES if load_module_meta(m / "module.yml").written_to_the_standard}
    assert standard <= {m.name for m in BUILT}, sorted(standard - {m.name for m in BUILT})


def test_lint_says_which_modules_are_not_yet_to_the_standard_without_failing_for_them(library_lint):
    report = library_lint
    assert report.ok, report.render()
    assert set(report.not_yet_standard) == NOT_YET_TO_THE_STANDARD and not report.checklist
    # the note that points to the checklist is there while a module is not yet converted, and gone after the last
    assert ("curriculum lint --standard" in report.render()) is bool(NOT_YET_TO_THE_STANDARD)


@pytest.mark.parametrize(("points", "lang", "text"), [
    (1, "en", "1 point"), (2, "en", "2 points"), (1, "ru", "1 балл"), (3, "ru", "3 балла"), (5, "ru", "5 баллов"),
    (11, "ru", "11 баллов"), (21, "ru", "21 балл"), (1.5, "ru", "1,5 балла"), (2, "kk", "2 ұпай"), (0.5, "kk", "0,5 ұпай"),
])
def test_points_are_written_the_way_each_language_writes_them(points, lang, text):
    assert points_text(points, lang) == text


def test_a_task_heading_shows_number_points_and_level_in_each_language_and_lint_reads_them_back():
    headings = {lang: task_heading(6, 2, "B", lang) for lang in ("kk", "ru", "en")}
    assert headings == {"kk": "**6-тапсырма (2 ұпай, B деңгейі).**", "ru": "**Задача 6 (2 балла, уровень B).**",
                        "en": "**Task 6 (2 points, level B).**"}
    for lang, heading in headings.items():
        assert (task_number(heading, lang), task_level(heading, lang)) == (6, "B")
    written = task_heading(8, 3, "C", "kk", by_teacher=True)
    assert written == "**8-тапсырма (3 ұпай, C деңгейі, мұғалім тексереді).**" and task_level(written, "kk") == "C"
    with pytest.raises(ValueError, match="level"):
        task_heading(1, 1, "D", "en")


def test_factories_give_each_part_its_role_in_every_language():
    cells = [*a.hook(kk="а", ru="б", en="c"), *a.predict(kk="а", ru="б", en="c"), a.lab("make_lab()"),
             a.design_lab("make_lab('x')"), *a.summary(kk="а", ru="б", en="c"), *a.reflection(kk="а", ru="б", en="c"),
             *a.task(1, 1, "A", kk="а", ru="б", en="c")]
    assert [role_of(c) for c in cells] == ["hook"] * 3 + ["predict"] * 3 + ["lab", "design"] + ["summary"] * 3 + [
        "reflection"] * 3 + ["task"] * 3
    with pytest.raises(ValueError, match="unknown role"):
        a.text(kk="а", ru="б", en="c", role="intro")


def _assignment():
    return a.notebook([
        a.setup_cell(),
        *a.task(1, 1, "A", kk="т", ru="з", en="t"), a.answer("one", "x = 1"), a.tests("one-test", 1, public="", hidden="require(compare(x, 1))"),
        *a.task(2, 3, "C", kk="т", ru="з", en="t", locked_id="two-prompt", rubric={"kk": "r", "ru": "r", "en": "r"}),
        a.written("two", 3, "because"),
    ], module="math-08-gears")


class _Meta:
    """Enough of a ModuleMeta for the descriptor table: the assessment of two items."""

    def __init__(self, levels):
        from curriculum.metadata import AssessedItem, Texts

        self.items = {gid: AssessedItem(gid, level, "8.2.2.3", Texts(f"{gid} kk", f"{gid} ru", f"{gid} en"))
                      for gid, level in levels.items()}

    def assessed(self, grade_id):
        return self.items.get(grade_id)


def test_the_descriptor_table_lists_each_item_with_its_task_level_objective_descriptor_and_points():
    nb = _assignment()
    assert [(i.grade_id, i.kind, i.points) for i in graded_items(nb)] == [("one", "auto", 1.0), ("two", "written", 3.0)]
    kk, ru, en = a.descriptor_table(_Meta({"one": "A", "two": "C"}), nb)
    assert "| 1 | A | 8.2.2.3 | one en | 1 |" in en.source and "| 2 | C | 8.2.2.3 | two en | 3 |" in en.source
    assert "| 2 | C | 8.2.2.3 | two kk | 3 |" in kk.source and ru.source.startswith("### Критерии оценивания")
    assert all(role_of(c) == "descriptors" for c in (kk, ru, en))


def test_an_objective_named_by_an_outcome_id_is_a_name_explained_under_the_table_in_its_language():
    """An outcome without a programme code has a short English name; a one-language table shows it as a name
    (code, not prose) and says under the table what it means, in the table's language. Codes stay as they are."""
    from curriculum.lint.one_language import notebook_leaks
    from curriculum.metadata import AssessedItem, Outcome, Texts

    meta = _Meta({"one": "A", "two": "C"})
    meta.items["two"] = AssessedItem("two", "C", "arithmetic-sum", Texts("екі", "два", "two"))
    meta.outcomes = (Outcome(Texts("Қосындыны табу", "Находить сумму", "Find the sum"), id="arithmetic-sum"),
                     Outcome(Texts("Квадрат теңдеу", "Квадратное уравнение", "Quadratic"), code="8.2.2.3"))
    nb = _assignment()
    kk, ru, en = a.descriptor_table(meta, nb)
    assert "| 1 | A | 8.2.2.3 | one en | 1 |" in en.source and "| 2 | C | `arithmetic-sum` | two | 3 |" in en.source
    assert kk.source.endswith("Оқу мақсаттары: `arithmetic-sum` — Қосындыны табу.")
    assert ru.source.endswith("Цели обучения: `arithmetic-sum` — Находить сумму.")
    assert "8.2.2.3 —" not in en.source, "a programme code needs no explanation"
    kk_only = nbformat.v4.new_notebook(cells=[kk])
    assert not [leak for leak in notebook_leaks(kk_only, "kk") if "arithmetic" in leak.text]
    # an outcome's text written as a sentence (its own full stop) ends the line once, not with ".." or ".;"
    meta.outcomes = (Outcome(Texts("Қосындыны табады.", "Находит сумму.", "Finds the sum."), id="arithmetic-sum"),)
    _kk, _ru, en = a.descriptor_table(meta, nb)
    assert en.source.endswith("Objectives: `arithmetic-sum` — Finds the sum.") and ".." not in en.source


def test_refreshing_puts_the_table_before_the_first_task_then_keeps_it_current():
    nb = _assignment()
    assert a.refresh_descriptors(nb, _Meta({"one": "A", "two": "C"}))
    first = next(i for i, c in enumerate(nb.cells) if role_of(c) == "descriptors")
    assert role_of(nb.cells[first + 3]) == "task" and len([c for c in nb.cells if role_of(c) == "descriptors"]) == 3
    assert not a.refresh_descriptors(nb, _Meta({"one": "A", "two": "C"})), "nothing changed"
    assert a.refresh_descriptors(nb, _Meta({"one": "B", "two": "C"}))
    assert "| 1 | B |" in nb.cells[first + 2].source and len(nb.cells) == len(_assignment().cells) + 3


@pytest.mark.parametrize(("text", "lang", "numbers"), [
    ("**6-тапсырма (2 ұпай, B деңгейі).** $a = 120$ мм, $m = 2{,}5$ мм, 1450 айн/мин, 362,5; $z_1 + z_2$", "kk",
     ["120", "2.5", "1450", "362.5"]),
    ("**Task 6 (2 points, level B).** 1,450 rpm, $0.98$, `overall_ratio([(19, 76)])` gives `10.0`; $x^2$, T_2, 2-stage", "en",
     ["1450", "0.98", "19", "76", "10.0", "2"]),
    ("1. Оставьте $z_1 = 18$; 2-я ступень, $\\eta \\approx 0{,}98$, $\\frac{n_1 z_1}{z_2}$, 1 450 об/мин, −40", "ru",
     ["18", "0.98", "1450", "-40"]),
    ("$s_b = \\dfrac{25^2}{2 \\cdot 0{,}5 \\cdot 9{,}81} \\approx\n63,7$ м", "kk", ["25", "2", "0.5", "9.81", "63.7"]),
    ("$I \\approx 100\\,000 / 396 \\approx 252{,}5$ А, тесік Ø4,3 мм", "kk", ["100000", "396", "252.5", "4.3"]),
    ("$I \\approx 100\\,000 / 396 \\approx 252.5$ A, a Ø4.3 mm hole", "en", ["100000", "396", "252.5", "4.3"]),
    ("$Q = 25\\,200\\,000$ Дж $= 25{,}2$ МДж, $3\\,600\\,000$", "kk", ["25200000", "25.2", "3600000"]),
    ("$E = 60\\,000 \\cdot 1050 = 63\\,000\\,000$ J", "en", ["60000", "1050", "63000000"]),
    ("$\\theta_2 \\approx -56{,}5°$, $-0{,}952$, $x - 0{,}5$ и $m(z-2{,}5)$", "ru", ["-56.5", "-0.952", "0.5", "2.5"]),
])
def test_numbers_are_read_the_way_each_language_writes_them(text, lang, numbers):
    assert [s.value for s in markdown_numbers(text, lang)] == [Decimal(n) for n in numbers]


def test_a_number_in_the_other_languages_notation_is_found():
    assert separator_problems("ПӘК 0.98, ал 0,5 дұрыс", "kk") and not separator_problems("ПӘК 0,98", "kk")
    assert separator_problems("efficiency 0,98", "en") and not separator_problems("1,450 rpm and (19, 76)", "en")


def test_texts_whose_languages_show_different_numbers_are_found():
    nb = a.notebook([*a.text(kk="362,5 айн/мин, 4 есе", ru="362,5 об/мин, в 4 раза", en="362.5 rpm, 4 times"),
                     *a.text(kk="49 Н·м", ru="49 Н·м", en="94 N·m")], module="math-08-gears")
    [(where, message)] = number_problems(nb)
    assert where == "cell 3" and "has 94" in message and "lacks 49" in message


def test_a_written_answers_model_answers_are_read_each_in_its_languages_notation():
    """The numbers ledger reads ``0,393`` of the kk and ru model answers as one number, as it reads the en 0.393."""
    from curriculum.pinning import notebook_numbers, written_answer_parts

    model = ("**Model answer (en).** The hand travels 0.393 m.\n\n**Үлгі жауап (kk).** Қол $0{,}393$ м жүреді.\n\n"
             "**Образец ответа (ru).** Рука проходит 0,393 м.")
    assert [lang for lang, _text in written_answer_parts(model)] == ["en", "kk", "ru"]
    nb = a.notebook([a.written("why", 3, model)], module="phys-07-wheel-nuts")
    assert [(o.value, o.where.rsplit(" ", 1)[1]) for o in notebook_numbers(nb, "x.ipynb")] == [
        (Decimal("0.393"), "en"), (Decimal("0.393"), "kk"), (Decimal("0.393"), "ru")]
    assert [o.value for o in notebook_numbers(a.notebook([a.written("why", 3, "About 1.5 m.")], module="m-x"), "x")] == [
        Decimal("1.5")]


def test_a_time_plan_shows_each_stage_and_the_total_in_class_and_the_ledger_leaves_its_minutes_alone():
    from curriculum.pinning import notebook_numbers

    stage = lambda kk, ru, en, m: ({"kk": kk, "ru": ru, "en": en}, m)  # noqa: E731
    cells = a.time_plan([stage("Кіріспе", "Вступление", "The hook", 3), stage("Зертхана", "Лаборатория", "The lab", 12)],
                        home=[stage("Жоба", "Проект", "The design", 10)])
    assert [c.metadata["tags"] for c in cells] == [["lang-kk"], ["lang-ru"], ["lang-en"]]
    assert "| **Сабақта барлығы** | **15** |" in cells[0].source and "| *Үйде.* Жоба | 10 |" in cells[0].source
    assert "| **Всего на уроке** | **15** |" in cells[1].source and "| *At home.* The design | 10 |" in cells[2].source
    nb = a.notebook([a.text(kk="3 мин", ru="3 мин", en="3 min"), cells], module="m-x")
    assert a.plan_minutes(nb) == (15, 10) and a.plan_minutes(a.notebook([], module="m-x")) is None
    assert [o.value for o in notebook_numbers(nb, "x")] == [3, 3, 3]  # the plan's minutes are not content
    with pytest.raises(ValueError, match="positive whole number"):
        a.time_plan([stage("а", "б", "c", 0)])


def test_lint_finds_a_time_plan_that_takes_longer_in_class_than_module_yml_gives(tmp_path):
    import shutil

    from curriculum.lint.standard import standard_problems

    module = "math-11-drive-cycle"
    folder = tmp_path / "math" / module
    shutil.copytree(REPO_ROOT / "math" / module, folder)
    (tmp_path / "source").mkdir()
    meta = load_module_meta(folder / "module.yml")
    path = folder / meta.lessons[0].notebook
    nb = nbformat.read(path, as_version=4)
    nb.cells = [c for c in nb.cells if "time_plan" not in c.metadata.get("curriculum", {})]
    over = ({"kk": "Зертхана", "ru": "Лаборатория", "en": "The lab"}, meta.lessons[0].minutes + 1)
    nb.cells[1:1] = a.time_plan([over])
    nbformat.write(nb, path)
    read = lambda p: nbformat.read(p, as_version=4)  # noqa: E731
    found = [f for f in standard_problems(meta, tmp_path, read) if "time plan" in f.message]
    assert [(f.path.name, f.where) for f in found] == [(path.name, "lessons[0].minutes")]
    assert f"takes {meta.lessons[0].minutes + 1} minutes in class" in found[0].message


OLDER = "inf-col-pid-conveyor"
"""The module the tests of what lint and refresh say of a module written before the standard rewrite as it was."""


@pytest.fixture(scope="module")
def older_library(tmp_path_factory):
    """A library with one module as the first modules were written (``module.yml`` schema version 1, one
    ``lesson.ipynb``, no lessons, assessment or key terms): :data:`OLDER` with its schema-2 fields taken out, now that
    every module of the library is converted."""
    import shutil

    import yaml

    root = tmp_path_factory.mktemp("older")
    written = REPO_ROOT / "informatics" / OLDER
    folder = root / "informatics" / OLDER
    folder.mkdir(parents=True)
    shutil.copy(written / "lesson-1.ipynb", folder / "lesson.ipynb")
    shutil.copytree(REPO_ROOT / "source" / OLDER, root / "source" / OLDER)
    meta = yaml.safe_load((written / "module.yml").read_text(encoding="utf-8"))
    for key in ("lessons", "assessment", "key_terms"):
        meta.pop(key)
    meta |= {"schema_version": 1, "assignments": [item["id"] for item in meta["assignments"]], "duration_minutes": 90,
             "outcomes": [{"text": outcome["text"]} for outcome in meta["outcomes"]]}
    (folder / "module.yml").write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert not load_module_meta(folder / "module.yml").written_to_the_standard
    return root


def _older_assignment(root):
    (path,) = sorted((root / "source" / OLDER).glob("*.ipynb"))
    return path


def test_lint_names_a_module_written_before_the_standard_without_failing_for_it(older_library):
    report = lint(older_library, release_sync=False)
    assert list(report.not_yet_standard) == [OLDER] and "curriculum lint --standard" in report.render()


def test_the_standards_checklist_lists_what_a_module_written_before_it_lacks(older_library, capsys):
    from curriculum.cli import main

    assert main(["lint", "--course", str(older_library), "--no-release-sync", "--standard"]) == 1
    out = capsys.readouterr().out
    assert "The module standard's checklist" in out
    meta = load_module_meta(older_library / "informatics" / OLDER / "module.yml")
    assert f"{meta.path.relative_to(older_library).as_posix()} [assignments[0].minutes]: missing" in out
    first = graded_items(nbformat.read(_older_assignment(older_library), as_version=4))[0].grade_id
    assert f"{_older_assignment(older_library).relative_to(older_library).as_posix()} [{first}]: graded item without an entry" in out


def test_refreshing_a_module_without_an_assessment_is_refused_and_writes_nothing(older_library):
    from curriculum.refresh import refresh_module

    before = _older_assignment(older_library).read_bytes()
    with pytest.raises(ValueError, match="no assessment"):
        refresh_module(OLDER, library=(older_library,))
    assert _older_assignment(older_library).read_bytes() == before
