"""One setting chooses a course's language; nbgrader's release pipeline applies it (ApplyCourseLanguage)."""

from __future__ import annotations

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
    ours = "curriculum.preprocessors.ApplyCourseLanguage"
    assert [p for p in configured if p != ours] == default, "restate nbgrader's whole default list"
    position = configured.index(ours)
    for later in ("LockCells", "ClearSolutions", "ComputeChecksums", "SaveCells"):
        assert position < configured.index(f"nbgrader.preprocessors.{later}")
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
