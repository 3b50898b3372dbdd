"""One setting chooses a course's language; nbgrader's release pipeline applies it (ApplyCourseLanguage)."""

from __future__ import annotations

import ast

import nbformat
import pytest
from nbgrader.converters import GenerateAssignment
from traitlets import TraitError
from traitlets.config import Config
from traitlets.config.loader import PyFileConfigLoader

from curriculum.course_language import CourseLanguage
from curriculum.paths import REPO_ROOT
from curriculum.preprocessors import ApplyCourseLanguage

from .conftest import source_notebooks


def _dotted(cls):
    return f"nbgrader.preprocessors.{cls.__name__}"


def test_release_pipeline_is_nbgraders_default_with_the_language_step_before_locking_and_saving():
    configured = PyFileConfigLoader("nbgrader_config.py", path=str(REPO_ROOT)).load_config().GenerateAssignment.preprocessors
    default = [_dotted(p) for p in GenerateAssignment.class_traits()["preprocessors"].default()]
    ours = ("curriculum.preprocessors.ApplyCourseLanguage", "curriculum.preprocessors.ReleaseVariants")
    stubs = {"curriculum.preprocessors.ClearSolutionsInCourseLanguage": "nbgrader.preprocessors.ClearSolutions"}
    assert [stubs.get(p, p) for p in configured if p not in ours] == default, "restate nbgrader's whole default list"
    assert configured.index(ours[0]) < configured.index(ours[1]), "variants fill in texts of the course language only"
    for step in ours:
        position = configured.index(step)
        for later in ("nbgrader.preprocessors.LockCells", "curriculum.preprocessors.ClearSolutionsInCourseLanguage",
                      "nbgrader.preprocessors.ComputeChecksums", "nbgrader.preprocessors.SaveCells"):
            assert position < configured.index(later)
        assert configured.index("nbgrader.preprocessors.InstantiateTests") < position


def test_the_repository_course_is_trilingual():
    from curriculum.course import Course

    assert Course(REPO_ROOT).language == ""


def _apply(nb, language):
    return ApplyCourseLanguage(config=Config({"CourseLanguage": {"language": language}})).preprocess(nb, {})[0]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_release_keeps_one_language_and_every_graded_cell(language):
    (path,) = source_notebooks("phys-09-braking")
    source = nbformat.read(path, as_version=4)
    released = _apply(nbformat.read(path, as_version=4), language)
    tags = {t for c in released.cells for t in c.metadata.get("tags", []) if t.startswith("lang-")}
    assert tags == {f"lang-{language}"}
    setup = next(c for c in released.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "setup")
    assert f"curriculum.setup(lang={language!r})" in setup.source
    graded = [c.metadata.nbgrader.grade_id for c in source.cells if c.metadata.get("nbgrader", {}).get("grade")]
    assert [c.metadata.nbgrader.grade_id for c in released.cells if c.metadata.get("nbgrader", {}).get("grade")] == graded
    assert len(released.cells) == len(source.cells) - 2 * sum(1 for c in source.cells if "lang-kk" in c.metadata.get("tags", []))


def test_an_empty_language_changes_nothing():
    (path,) = source_notebooks("math-08-gears")
    assert _apply(nbformat.read(path, as_version=4), "") == nbformat.read(path, as_version=4)


def test_language_setting_accepts_tags_and_refuses_unknown_languages():
    assert CourseLanguage(config=Config({"CourseLanguage": {"language": "kk-Cyrl"}})).language == "kk"
    with pytest.raises(TraitError, match="CourseLanguage.language"):
        CourseLanguage(config=Config({"CourseLanguage": {"language": "de"}}))


# -- code cells in one language (curriculum.localize) -------------------------------------------------

from curriculum.localize import comment_languages, localize_code, rewrite_picks, tagged_lines  # noqa: E402
from curriculum.preprocessors.clear_solutions import ClearSolutionsInCourseLanguage  # noqa: E402

CELL = '''# [kk] takt = ...  (секундпен берілген pint шамасы)
# [ru] takt = ...  (величина pint в секундах)
# [en] takt = ...  (a pint quantity in s)
note = "# [en] this is a string, not a comment"
assert ok, pick({"kk": "Жауап: {n}", "ru": 'Ответ: {n}', "en": "Answer: {n}"}).format(n=3)
label = "ə" + pick({"en": "two", "kk": "екі", "ru": pick({"kk": "x", "ru": "два", "en": "y"})})
if ok:
    # [kk] шегініспен
    # [ru] с отступом
    # [en] indented
    x = 1  # [kk] a trailing comment is not a tagged line
'''


@pytest.mark.parametrize(("language", "hint", "message", "indented"), [
    ("kk", "# takt = ...  (секундпен берілген pint шамасы)", '"Жауап: {n}"', "    # шегініспен"),
    ("ru", "# takt = ...  (величина pint в секундах)", "'Ответ: {n}'", "    # с отступом"),
    ("en", "# takt = ...  (a pint quantity in s)", '"Answer: {n}"', "    # indented"),
])
def test_a_code_cell_keeps_one_languages_comments_and_texts(language, hint, message, indented):
    out = localize_code(CELL, language)
    lines = out.splitlines()
    assert lines[0] == hint and lines[1] == 'note = "# [en] this is a string, not a comment"'
    assert lines[2] == f"assert ok, {message}.format(n=3)"
    assert indented in lines and "pick(" not in out
    assert "x = 1  # [kk] a trailing comment is not a tagged line" in out
    assert sum(line.lstrip().startswith("# [") for line in lines) == 0
    ast.parse(out)


def test_nested_and_reordered_picks_choose_the_course_language():
    assert 'label = "ə" + "екі"' in rewrite_picks(CELL, "kk")
    assert 'label = "ə" + "два"' in rewrite_picks(CELL, "ru")


def test_cells_that_are_not_python_and_other_dicts_are_left_alone():
    magic = '%matplotlib inline\nprint(pick({"kk": "ә", "ru": "а", "en": "a"}))'
    assert rewrite_picks(magic, "kk") == magic
    other = 'pick({"kk": "ә", "ru": "а"})\npick(TEXTS)\nMSG = {"kk": "ә", "ru": "а", "en": "a"}'
    assert rewrite_picks(other, "kk") == other


def test_tagged_lines_need_every_language_and_are_found_by_the_tokenizer():
    source = tagged_lines({"kk": "ә", "ru": "а", "en": "a  b"}, indent="  ")
    assert source == "  # [kk] ә\n  # [ru] а\n  # [en] a  b"
    assert comment_languages(source) == {1: "kk", 2: "ru", 3: "en"}
    with pytest.raises(ValueError, match="lacks ru"):
        tagged_lines({"kk": "ә", "en": "a"})


@pytest.mark.parametrize(("language", "code", "text"), [
    ("kk", "# КОДЫҢЫЗДЫ ОСЫ ЖЕРГЕ ЖАЗЫҢЫЗ", "ЖАУАБЫҢЫЗДЫ ОСЫ ЖЕРГЕ ЖАЗЫҢЫЗ"),
    ("ru", "# ВАШ КОД ЗДЕСЬ", "ВАШ ОТВЕТ ЗДЕСЬ"),
    ("en", "# YOUR CODE HERE", "YOUR ANSWER HERE"),
])
def test_stubs_speak_the_course_language(language, code, text):
    clear = ClearSolutionsInCourseLanguage(config=Config({"CourseLanguage": {"language": language}}))
    assert clear.code_stub["python"] == f"{code}\nraise NotImplementedError()"
    assert clear.text_stub == text


def test_a_trilingual_course_gets_every_stub_and_a_teachers_stub_wins():
    clear = ClearSolutionsInCourseLanguage(config=Config({"CourseLanguage": {"language": ""}}))
    stub = clear.code_stub["python"]
    assert comment_languages(stub) == {1: "kk", 2: "ru", 3: "en"} and stub.endswith("raise NotImplementedError()")
    assert localize_code(stub, "ru") == "# ВАШ КОД ЗДЕСЬ\nraise NotImplementedError()"
    assert clear.text_stub.split("\n\n") == ["ЖАУАБЫҢЫЗДЫ ОСЫ ЖЕРГЕ ЖАЗЫҢЫЗ", "ВАШ ОТВЕТ ЗДЕСЬ", "YOUR ANSWER HERE"]
    own = ClearSolutionsInCourseLanguage(config=Config({"CourseLanguage": {"language": "kk"},
                                                        "ClearSolutions": {"text_stub": "Жауап:"}}))
    assert own.text_stub == "Жауап:"


def test_an_answer_hint_is_one_tagged_line_per_language_above_the_solution():
    from curriculum.authoring import answer

    cell = answer("takt-time", "takt = 67.5 * ureg.s", hint={"kk": "takt = ...  (секундпен)", "ru": "takt = ...  (в секундах)",
                                                             "en": "takt = ...  (in seconds)"})
    assert cell.source.splitlines()[:4] == ["# [kk] takt = ...  (секундпен)", "# [ru] takt = ...  (в секундах)",
                                            "# [en] takt = ...  (in seconds)", "### BEGIN SOLUTION"]
    assert localize_code(cell.source, "kk").splitlines()[0] == "# takt = ...  (секундпен)"
    with pytest.raises(ValueError, match="lacks en"):
        answer("x", "x = 1", hint={"kk": "x", "ru": "x"})
