"""A course in one language shows only that language (issue #12): every assignment and lesson, the labs.

The releases are made through the real path (``course new``: nbgrader's release pipeline with the course's
config, lessons through ``ApplyCourseLanguage``), once per language for the whole module; the detector
(:mod:`curriculum.lint.one_language`) is the one ``curriculum lint`` uses, and each kind of leak it must
catch is seeded into a notebook below.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import nbformat
import pytest

from curriculum import authoring
from curriculum.authoring import answer, code, formula, notebook, setup_cell, text, written
from curriculum.catalogue import load_catalogue
from curriculum.glossary import GlossaryError, load_glossary, parse_glossary
from curriculum.i18n import _, in_language
from curriculum.lint import lint
from curriculum.lint.one_language import button_problems, lab_leaks, notebook_leaks
from curriculum.lint.terms import module_term_problems, notebook_term_problems, python_term_problems
from curriculum.metadata import load_module_meta
from curriculum.paths import REPO_ROOT, module_dirs
from curriculum.preprocessors.apply_course_language import localize_notebook
from curriculum.preprocessors.clear_solutions import code_stub, text_stub

LANGUAGE_PICK = re.compile(r"(?<![\w.])pick\(")  # curriculum.localize.pick, not variant.pick

LANGUAGES = ("kk", "ru", "en")
MODULES = tuple(load_catalogue((REPO_ROOT,)).ids)

pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")


def _course_in(folder: Path, language: str):
    """``course new`` in ``folder``: a course in ``language`` with every module of the library."""
    from curriculum.new_course import new_course

    (folder / "m.yml").write_text(f"course: all-{language}\nlanguage: {language}\nmodules: [{', '.join(MODULES)}]\n",
                                  encoding="utf-8")
    return new_course(folder / "m.yml", folder / "course", prepare_grading=False)  # read, not graded


@pytest.fixture(scope="module")
def courses(tmp_path_factory):
    """One course per language with every module of the library, made by ``course new``: the three at once, each in
    a process of its own (nbgrader releases one assignment after another in a course)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    folders = {language: tmp_path_factory.mktemp(f"course-{language}") for language in LANGUAGES}
    with ProcessPoolExecutor(max_workers=len(LANGUAGES), mp_context=multiprocessing.get_context("spawn")) as pool:
        made = {language: pool.submit(_course_in, folders[language], language) for language in LANGUAGES}
        made = {language: future.result() for language, future in made.items()}
    for language in LANGUAGES:
        assert made[language].ok, made[language].steps
    return made


def _shown(course) -> list[Path]:
    return sorted((course.root / "release").rglob("*.ipynb")) + sorted(course.lessons)


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_assignment_and_lesson_released_in_one_language_shows_only_it(courses, language):
    course = courses[language]
    shown = _shown(course)
    metas = [load_catalogue().get(m).meta for m in MODULES]
    every = sum(len(m.assignments) + len(m.lesson_paths) for m in metas)  # each assignment, each lesson (lesson-1, ...)
    assert len(shown) == every >= 2 * len(MODULES), [p.name for p in shown]
    leaks = [f"{p.relative_to(course.root)} [{leak.where}] {leak}" for p in shown
             for leak in notebook_leaks(nbformat.read(p, as_version=4), language)]
    assert not leaks, "\n".join(leaks)


@pytest.mark.slow
@pytest.mark.parametrize("language", ["kk", "ru"])
def test_released_hints_stubs_and_messages_are_in_the_course_language(courses, language):
    release = nbformat.read(courses[language].root / "release/math-07-takt/takt.ipynb", as_version=4)
    answer_cell = next(c for c in release.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "takt-time")
    hint = {"kk": "# takt = ...  (pint шамасы, секундпен)", "ru": "# takt = ...  (величина pint в секундах)"}[language]
    assert answer_cell.source.splitlines() == [hint, *code_stub(language).splitlines()]
    test_cell = next(c for c in release.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "y-expr-test")
    assert not LANGUAGE_PICK.search(test_cell.source) and "[kk]" not in test_cell.source
    assert {"kk": "y_expr — t арқылы жазылған sympy өрнегі болуы керек.",
            "ru": "y_expr должно быть выражением sympy от t."}[language] in test_cell.source
    prompt = next(c for c in release.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "slope-intercept")
    assert prompt.source == text_stub(language)
    assert courses[language].root.joinpath("nbgrader_config.py").read_text(encoding="utf-8").count(
        "curriculum.preprocessors.ClearSolutionsInCourseLanguage") == 1


@pytest.mark.slow
def test_the_one_language_courses_pass_lint(courses):
    for language in ("kk", "en"):
        report = lint(courses[language].root, release_sync=False)
        assert report.ok, report.render()


def _notebooks() -> list[Path]:
    """Every assignment notebook and every lesson (as each module's ``module.yml`` lists them)."""
    lessons = [p for m in module_dirs() for p in load_module_meta(m / "module.yml").lesson_paths]
    return [*REPO_ROOT.glob("source/*/*.ipynb"), *lessons]


def _lab_calls() -> set[tuple[str, tuple]]:
    """Every ``make_lab(...)`` the notebooks call, with the lab module it comes from: ``make_lab`` imported from
    ``curriculum.labs.<lab>``, or ``<lab>.make_lab`` after ``from curriculum.labs import <lab>`` (``as <name>``)."""
    calls = set()
    for path in _notebooks():
        imported: dict[str, str] = {}  # a name the notebook calls -> its lab module
        for cell in nbformat.read(path, as_version=4).cells:
            imported |= {"make_lab": m for m in re.findall(r"from curriculum\.labs\.(\w+) import make_lab", cell.source)}
            imported |= {alias or m: m for m, alias in re.findall(r"from curriculum\.labs import (\w+)(?: as (\w+))?",
                                                                  cell.source)}
            for node in ast.walk(ast.parse(cell.source)) if "make_lab" in cell.source else ():
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else (
                    func.value.id if isinstance(func, ast.Attribute) and func.attr == "make_lab"
                    and isinstance(func.value, ast.Name) else "")
                if name in imported:
                    calls.add((imported[name], tuple(ast.literal_eval(a) for a in node.args)))
    return calls


@pytest.mark.parametrize("language", LANGUAGES)
def test_labs_show_only_the_course_language(language):
    calls = _lab_calls()
    assert {module for module, _args in calls} >= {"takt", "gears", "robot_arm", "braking", "battery", "vin", "line_robot",
                                                   "pid"}
    leaks = []
    with in_language(language):
        for module, args in sorted(calls):
            lab = importlib.import_module(f"curriculum.labs.{module}").make_lab(*args)
            lab.build()
            leaks += [f"{module}{args}: {leak}" for leak in lab_leaks(module, lab, language)]
    assert not leaks, "\n".join(leaks)


@pytest.mark.parametrize("language", LANGUAGES)
def test_texts_name_the_check_button_as_it_reads(language):
    label = _("Check the design", lang=language)
    with in_language(language):
        from curriculum.labs.takt import make_lab

        lab = make_lab("shift-400")
        lab.build()
    assert lab.check_button.description == label
    mentions = 0
    for path in _notebooks():
        for cell in nbformat.read(path, as_version=4).cells:
            if f"lang-{language}" in cell.metadata.get("tags", []):
                assert not button_problems(cell.source, language), (path, cell.source)
                mentions += cell.source.count(f"**{label}**") + cell.source.count(f"**{label.replace(' ', chr(10))}**")
    assert mentions >= 8, "every design task tells students which button to press"


# -- seeded leaks: each kind is caught ----------------------------------------------------------------

def _seeded(language: str, **leak: str):
    """A released-looking notebook in ``language``: clean text, plus one leak of the given kind."""
    clean = {
        "kk": ("Тежеу жолы (braking distance) жылдамдықтың квадратына тәуелді. Жобаны **Жобаны тексеру** батырмасымен тексеріңіз.",
               "v = ...  (pint шамасы, км/сағ бірлігімен)", "v: pint шамасы керек"),
        "ru": ("Тормозной путь (braking distance) зависит от квадрата скорости. Нажмите **Проверить проект**.",
               "v = ...  (величина pint в км/ч)", "v: нужна величина pint"),
        "en": ("The braking distance grows with the square of the speed. Press **Check the design**.",
               "v = ...  (a pint quantity in km/h)", "v should be a pint quantity"),
    }[language]
    prose, hint, message = clean
    cells = [setup_cell(lang="en", imports="from curriculum.i18n import pick"),
             *text(kk=prose if language == "kk" else "ә", ru=prose if language == "ru" else "а", en=prose if language == "en" else "a"),
             formula(leak.get("formula", r"$$s = v t_r + \frac{v^2}{2 \mu g}$$")),
             answer("speed", "v = 1", hint={"kk": hint, "ru": hint, "en": hint} if "hint" not in leak else
                    {"kk": leak["hint"], "ru": leak["hint"], "en": leak["hint"]}),
             authoring.tests("speed-test", 1, public=f"assert v, {leak.get('message', repr(message))}", hidden="require(True)"),
             code(leak.get("code", "x = 1")), written("explain", 1, "model")]
    if "markdown" in leak:
        cells[1:1] = text(kk=leak["markdown"], ru=leak["markdown"], en=leak["markdown"])
    nb = localize_notebook(notebook(cells, module="seed"), language)
    next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "explain").source = text_stub(language)
    if "stub" in leak:
        next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "speed").source += "\n" + leak["stub"]
    return nb


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_clean_notebook_has_no_leak(language):
    assert notebook_leaks(_seeded(language), language) == []


SEEDS = [
    ("kk", {"markdown": "Тежеу жолы жылдамдыққа тәуелді. The braking distance grows fast."}, "markdown", "English prose"),
    ("kk", {"markdown": "Жылдамдық 90 km/h болғанда тежеу жолы ұзарады."}, "markdown", "English prose"),
    ("kk", {"markdown": "Тормозной путь зависит от скорости и от покрытия дороги."}, "markdown", "Russian prose"),
    ("kk", {"markdown": "Зертханада (lab) жылдамдықты өзгертіңіз."}, "markdown", "English gloss of no glossary term"),
    ("kk", {"markdown": "Жаттығу (try this): тежеу жолын есептеңіз."}, "markdown", "English gloss of no glossary term"),
    ("kk", {"markdown": "Тоқтау жолы тежеу жолынан (braking distance) ұзын."}, "markdown", "English gloss repeated"),
    ("kk", {"markdown": "Жобаны **Тексеру** батырмасымен тексеріңіз."}, "button", "the button reads"),
    ("ru", {"markdown": "Нажмите **Проверить**, и лаборатория скажет, что не так."}, "button", "the button reads"),
    ("en", {"markdown": "Press **Check** to see what is missing."}, "button", "the button reads"),
    ("kk", {"hint": "v = ...  (a pint quantity in km/h)"}, "comment", "English prose"),
    ("kk", {"code": "# the same number from the lab's model\nx = 1"}, "comment", "English prose"),
    ("kk", {"message": '"v: pint шамасы керек / нужна величина pint / v should be a pint quantity"'}, "string", "English prose"),
    ("kk", {"message": '"v: pint шамасы керек / нужна величина pint"'}, "string", "Russian prose"),
    ("ru", {"message": '"v: pint шамасы қажет"'}, "string", "Kazakh letters"),
    ("en", {"message": '"v: нужна величина pint"'}, "string", "Cyrillic"),
    ("kk", {"code": 'print("target reached after", 7.4, "h")'}, "string", "English prose"),
    ("kk", {"stub": "# YOUR CODE HERE"}, "comment", "English prose"),
    ("ru", {"stub": "# КОДЫҢЫЗДЫ ОСЫ ЖЕРГЕ ЖАЗЫҢЫЗ"}, "comment", "Kazakh letters"),
    ("kk", {"formula": r"$$\text{takt} = \frac{\text{available working time}}{\text{demand}}$$"}, "formula", "words in a cell"),
    ("en", {"formula": r"$$P_\text{шығын} = I^2 R$$"}, "formula", "words in a cell"),
    ("ru", {"markdown": r"Потери $P_\text{loss} = I^2 R$ растут с током."}, "formula", "English prose"),
    ("kk", {"formula": r"$$90\ \tfrac{\text{km}}{\text{h}} = 25\ \tfrac{\text{m}}{\text{s}}$$"}, "formula", "words in a cell"),
    ("ru", {"formula": "| $p_i$, м | −0.03 | 0.015 |\n|---|---|---|"}, "formula", "a decimal point"),
]


@pytest.mark.parametrize(("language", "leak", "kind", "found"), SEEDS, ids=[f"{s[0]}-{s[2]}-{i}" for i, s in enumerate(SEEDS)])
def test_each_kind_of_leak_is_caught(language, leak, kind, found):
    leaks = notebook_leaks(_seeded(language, **leak), language)
    assert (kind, found) in [(x.kind, x.found[:len(found)]) for x in leaks], leaks


def test_code_in_comments_and_messages_is_not_prose():
    nb = _seeded("kk", code='# [kk] def cars_after(t_hours, takt_s): ...  бүтін сан қайтарады\n'
                           '# [ru] x\n# [en] x\nassert cars_after(1, 60) == 60, "cars_after(1, 60) == 60"\n'
                           'ratio = 1  # n_out = ... * ureg.rpm\n'
                           'assert ok, "theta1_up — бұрыш бірлігі бар шама: ... * ureg.degree"')
    assert notebook_leaks(nb, "kk") == []
    # the attribute is code; the same word on its own is English
    nb = _seeded("kk", code='assert ok, "theta1_up — бұрыш бірлігі бар шама: ... degree"')
    assert [(leak.kind, leak.found) for leak in notebook_leaks(nb, "kk")] == [("string", "English prose")]


def test_sql_and_part_numbers_are_code_not_prose():
    from curriculum.lint.one_language import is_code, is_sql

    nb = _seeded("ru", code='run("SELECT name FROM parts WHERE country = \'KZ\' ORDER BY price_kzt DESC LIMIT 3")\n'
                           'q = """SELECT s.name, COUNT(p.part_no) AS n FROM suppliers s\n'
                           '       LEFT JOIN parts p ON p.supplier_id = s.supplier_id GROUP BY s.name"""\n'
                           'print("DELETE FROM parts")')
    assert notebook_leaks(nb, "ru") == []
    assert is_sql("select 7 / 2.0") and is_code("DROP TABLE parts") and is_sql("WITH t AS (SELECT 1) SELECT * FROM t")
    # English that starts like a statement is prose; so is a statement with a syntax error
    assert not is_sql("Select the parts you need from the list") and not is_sql("SELECT name FROM WHERE")
    assert not is_code("Delete the rows by hand") and is_sql("SELECT 1; SELECT 2")
    text = _seeded("kk", markdown="Бөлшек IN-201 және KS-1 моделі: in the table")
    assert [leak.text for leak in notebook_leaks(text, "kk")] == ["in the table"]


def test_a_query_result_in_a_lab_is_code_but_its_labels_are_prose():
    from curriculum.labs.core import Lab, Slider
    from curriculum.check import run_query

    def table():
        return "CREATE TABLE t(name TEXT, city TEXT); INSERT INTO t VALUES ('Steppe Seats', 'Kostanay');"

    with in_language("kk"):
        lab = Lab(model=lambda v: {"v": v}, controls=[Slider("v", {"kk": "Жылдамдық", "ru": "Скорость", "en": "Speed"},
                                                                  0, 1, 0.1, 0.5)],
                  readout_html=lambda result: run_query("SELECT name, city FROM t", table)._repr_html_())
        lab.build()
        assert "Steppe Seats" in lab.readout.value and lab_leaks("seed", lab, "kk") == []
        lab.readout_html = lambda result: "<p>the table of the suppliers</p>"
        lab.update()
        assert [leak.found for leak in lab_leaks("seed", lab, "kk")] == ["English prose"]


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_a_lab_label_in_another_language_is_caught(language):
    from curriculum.labs.core import Lab, Slider

    with in_language(language):
        lab = Lab(model=lambda v: {"v": v}, controls=[Slider("v", {"kk": "Speed", "ru": "Speed", "en": "Speed"}, 0, 1, 0.1, 0.5)],
                  readout_html=lambda result: f"<b>{result['v']}</b> v")
        lab.build()
        assert [(leak.kind, leak.found) for leak in lab_leaks("seed", lab, language)] == [("lab", "English prose")]


# -- the glossary and the terms check -------------------------------------------------------------------

def test_glossary_has_stable_ids_each_term_in_three_languages_and_the_issue_terms():
    glossary = load_glossary()
    ids = [t.id for t in glossary.terms]
    assert len(ids) == len(set(ids)) >= 60
    for term_id, kk in [("link", "буын"), ("coaxial", "осьтес"), ("efficiency", "пайдалы әсер коэффициенті"), ("section", "бөлік"),
                        ("rack", "сөре"), ("integrator-windup", "интегратордың қанығуы"), ("slider", "жүгірткі")]:
        assert glossary[term_id].kk == kk


@pytest.mark.parametrize(("kk_text", "expected"), [
    ("1-звеноның ұзындығы", "'звеноның': write 'буын' (glossary: link)"),
    ("Екі соосты білік", "'соосты': write 'осьтес' (glossary: coaxial)"),
    ("Пайдалы әрекет коэффициенті 0,98", "'Пайдалы әрекет коэффициенті': write 'пайдалы әсер коэффициенті' (glossary: efficiency)"),
    ("Трассаның ылғал учаскесінде", "'учаскесінде': write 'бөлік' (glossary: section)"),
    ("өтпе жолдағы стеллаждар", "'стеллаждар': write 'сөре' (glossary: rack)"),
    ("интегралдың толып кетуі", "'интегралдың толып кетуі': write 'интегратордың қанығуы' (glossary: integrator-windup)"),
    ("элемент разрядталғанда", "'разрядталғанда': write 'заряды таусылған' (glossary: discharged)"),
    ("сырғытпаны жылжытыңыз", "'сырғытпаны': write 'жүгірткі' (glossary: slider)"),
])
def test_lint_names_each_avoided_kazakh_term_and_the_term_to_write(kk_text, expected, tmp_path):
    nb = notebook([setup_cell(), *text(kk=kk_text, ru="звено", en="link"),
                   code('print(pick({"kk": "' + kk_text + '", "ru": "звено", "en": "link"}))')], module="seed")
    assert notebook_term_problems(nb) == [("cell 1", expected), ("cell 4, line 1", expected)]
    module = tmp_path / "module.yml"
    module.write_text(f"title:\n  kk: '{kk_text}'\n  ru: звено\n  en: link\n", encoding="utf-8")
    assert module_term_problems(module) == [("title.kk", expected)]
    lab = tmp_path / "lab.py"
    lab.write_text(f'LABELS = {{"v": {{"kk": "{kk_text}", "ru": "звено", "en": "link"}}}}\n', encoding="utf-8")
    assert python_term_problems(lab) == [("line 1", expected)]


def test_russian_avoided_form_and_a_clean_russian_text():
    nb = notebook([setup_cell(), *text(kk="секіріске реакция", ru="Ответ на скачок", en="Step response")], module="seed")
    assert notebook_term_problems(nb) == [
        ("cell 2", "'Ответ на скачок': write 'реакция на скачок (переходная характеристика)' (glossary: step-response)")]
    assert notebook_term_problems(notebook([setup_cell(), *text(kk="буын", ru="звено", en="link")], module="seed")) == []


def test_the_library_uses_the_glossary_terms(library_lint):
    report = library_lint
    assert not [p for p in report.problems if p.check == "terms"], report.render()


def test_a_malformed_glossary_names_the_entry_and_field():
    with pytest.raises(GlossaryError) as error:
        parse_glossary({"terms": [{"id": "link", "kk": "буын", "ru": "звено", "en": "link"},
                                  {"id": "link", "kk": "буын", "en": "link", "avoid": {"de": ["x"]}}], "names": []})
    message = str(error.value)
    assert "terms[1].id: 'link' is used twice" in message and "terms[1] (link).ru: missing" in message
    assert "terms[1] (link).avoid: expected" in message


# -- grading a Kazakh course end to end -------------------------------------------------------------------

@pytest.mark.slow
def test_a_kazakh_course_grades_a_correct_submission_fully_and_a_wrong_one_in_kazakh(courses):
    from curriculum.course import Course
    from curriculum.lint.notebook_rules import is_test_cell
    from curriculum.sample_class import SampleSpec, build_submission

    course = Course(courses["kk"].root)
    spec = SampleSpec.load(REPO_ROOT / "math/math-07-takt/sample_class.yml")
    source = nbformat.read(course.root / "source" / spec.assignment / spec.notebook, as_version=4)
    release = nbformat.read(course.root / "release" / spec.assignment / spec.notebook, as_version=4)
    # the course-language pick(kk=..., ru=..., en=...) is rewritten away; a variant's variant.pick([...]) stays
    assert not LANGUAGE_PICK.search("".join(c.source for c in release.cells)), "the release holds the kk texts themselves"
    reports = {}
    for student, kind in (("aigerim", "correct"), ("bolat", "partly-wrong")):
        target = course.root / "submitted" / student / spec.assignment / spec.notebook
        target.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(build_submission(kind, source, release, spec), target)
        reports[kind] = course.autograde(spec.assignment, student)
    points = sum(c.metadata.nbgrader.points for c in source.cells if is_test_cell(c))
    assert reports["correct"].graded and reports["correct"].score == pytest.approx(points), reports["correct"].problems
    wrong = reports["partly-wrong"]
    assert wrong.graded and wrong.score < points and wrong.problems
    messages = [p.split(": ", 2)[-1] for p in wrong.problems]
    assert all(re.search(r"[әғқңөұүһі]", m) for m in messages), messages
    assert not any(re.search(r"\b(the|is|should|not|your)\b", m) for m in messages), messages


def test_words_inside_brackets_that_are_not_arguments_are_prose():
    nb = _seeded("kk", code='assert True, "bad_vins(example log)"')
    assert [(x.kind, x.found) for x in notebook_leaks(nb, "kk")] == [("string", "English prose")]
