"""module.yml: the typed, versioned schema, its messages (file and field), upgraders, and complete texts."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest
import yaml

from curriculum.i18n import LANGUAGES
from curriculum.lint.languages import inline_text_problems, python_file_language_problems
from curriculum.metadata import (
    CURRENT_VERSION, SKILLS, UPGRADERS, MetadataError, load_module_meta, parse_module_meta, upgrade,
)
from curriculum.paths import REPO_ROOT

from .conftest import MODULES

LABS = sorted((REPO_ROOT / "curriculum" / "labs").glob("*.py"))


def _data(module_dir):
    return yaml.safe_load((module_dir / "module.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("module_dir", MODULES, ids=lambda p: p.name)
def test_every_module_has_valid_metadata_with_its_texts_in_three_languages(module_dir):
    meta = load_module_meta(module_dir / "module.yml")
    assert meta.id == module_dir.name and meta.schema_version == CURRENT_VERSION
    for texts in [meta.title, meta.summary, meta.industry_context, *(o.text for o in meta.outcomes)]:
        assert all(texts.get(lang).strip() for lang in LANGUAGES)
    assert set(meta.skills) <= set(SKILLS) and meta.assignments
    assert all((REPO_ROOT / "source" / a).is_dir() for a in meta.assignments)


@pytest.mark.parametrize("module_dir", MODULES, ids=lambda p: p.name)
def test_metadata_round_trips_through_its_plain_form(module_dir):
    """``as_dict`` writes the current version: read back, it is the same module (now written in that version)."""
    meta = load_module_meta(module_dir / "module.yml")
    again = parse_module_meta(meta.as_dict(), meta.path)
    assert again == dataclasses.replace(meta, written_version=CURRENT_VERSION)
    assert again.as_dict() == meta.as_dict()


def test_every_skill_has_a_name_in_each_language():
    assert all(set(names) == set(LANGUAGES) and all(names.values()) for names in SKILLS.values())


def _break(data, path, value):
    *parents, last = path
    target = data
    for key in parents:
        target = target[key]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return data


@pytest.mark.parametrize(("path", "value", "field", "words"), [
    (("title", "kk"), KeyError, "title.kk", "missing"),
    (("summary", "ru"), "  ", "summary.ru", "non-empty"),
    (("skills",), ["algebra", "juggling"], "skills[1]", "vocabulary"),
    (("grade",), 12, "grade", "7-11"),
    (("subject",), "chemistry", "subject", "one of"),
    (("outcomes", 0, "code"), "8.2", "outcomes[0].code", "grade.section.subsection.objective"),
    (("outcomes", 0, "code"), "11.1.1.1", "outcomes[0].code", "above the module's grade"),
    (("lessons", 0, "minutes"), "ninety", "lessons[0].minutes", "positive whole number"),
    (("assignments",), [], "assignments", "at least one"),
    (("id",), "Math 8", "id", "not an id"),
    (("colour",), "red", "colour", "unknown field"),
    (("schema_version",), 99, "schema_version", "newer"),
])
def test_schema_errors_name_the_file_and_the_field(path, value, field, words):
    module_dir = next(m for m in MODULES if m.name == "math-08-gears")
    data = _break(copy.deepcopy(_data(module_dir)), path, value)
    with pytest.raises(MetadataError) as info:
        parse_module_meta(data, module_dir / "module.yml")
    [error] = [e for e in info.value.errors if e.field == field]
    assert words in error.message
    assert str(error).startswith(f"{module_dir / 'module.yml'}: {field}: ")


def test_a_college_module_has_a_track_and_no_grade():
    module_dir = next(m for m in MODULES if m.name == "phys-09-braking")
    data = _data(module_dir)
    del data["grade"]
    data["track"] = "college"
    ids = {}  # a college module names its outcomes by id (there is no national code), its assessment quotes them
    for i, outcome in enumerate(data["outcomes"]):
        ids[outcome.pop("code")] = outcome["id"] = f"outcome-{i + 1}"
        outcome.pop("code_verified", None)
    for item in data.get("assessment", {}).values():
        item["objective"] = ids[item["objective"]]
    assert parse_module_meta(data, module_dir / "module.yml").level == "college"


def test_bad_yaml_names_the_line(tmp_path):
    path = tmp_path / "module.yml"
    path.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(MetadataError, match=r"module.yml: line \d+: is not valid YAML"):
        load_module_meta(path)


def test_upgraders_are_stepwise_and_bring_an_unversioned_draft_to_the_current_version():
    assert sorted(UPGRADERS) == list(range(CURRENT_VERSION))
    module_dir = Path(__file__).parent / "data" / "module-v1" / "informatics" / "inf-08-vin"  # as it was written in version 1
    draft = _data(module_dir)
    for key in ("schema_version", "assignments", "prerequisites"):
        del draft[key]
    draft["grade"] = "8"
    draft["duration"] = draft.pop("duration_minutes")
    upgraded = upgrade(draft)
    assert upgraded["schema_version"] == CURRENT_VERSION and upgraded["assignments"] == [{"id": "inf-08-vin"}]
    from_draft = parse_module_meta(draft, module_dir / "module.yml")
    assert from_draft == dataclasses.replace(load_module_meta(module_dir / "module.yml"), written_version=0)
    assert "schema_version" not in draft, "upgrading leaves the input alone"


def test_a_version_1_file_gets_its_one_lesson_with_all_its_minutes_and_nothing_it_did_not_say():
    data = {"schema_version": 1, "id": "math-08-gears", "subject": "math", "grade": 8,
            **{k: {"kk": "а", "ru": "б", "en": "c"} for k in ("title", "summary", "industry_context")},
            "outcomes": [{"code": "8.2.2.3", "text": {"kk": "а", "ru": "б", "en": "c"}}], "skills": ["algebra"],
            "duration_minutes": 90, "assignments": ["math-08-gears"]}
    meta = parse_module_meta(data, next(m for m in MODULES if m.name == "math-08-gears") / "module.yml")
    assert [(x.notebook, x.minutes, x.title.en) for x in meta.lessons] == [("lesson.ipynb", 90, "c")]
    assert meta.assignment_refs[0].minutes is None and meta.duration_minutes == 90
    assert (meta.assessment, meta.key_terms, meta.written_version) == ((), (), 1)
    assert not meta.written_to_the_standard


@pytest.mark.parametrize("lab", LABS, ids=lambda p: p.name)
def test_every_lab_label_exists_in_kazakh_russian_and_english(lab):
    assert python_file_language_problems(lab) == []


def test_a_label_without_one_language_is_found():
    code = 'LABEL = {"kk": "Жылдамдық", "en": "Speed"}\nOK = {"kk": "а", "ru": "б", "en": "c"}\n'
    assert inline_text_problems(code) == [(1, "text lacks ru")]


def _v2(module_dir):
    """A module.yml in schema version 2, with lessons, assessment and key terms (from a module's own data)."""
    data = _data(module_dir)
    minutes = data.pop("duration_minutes", 90)
    texts = {"kk": "а", "ru": "б", "en": "c"}
    data |= {"schema_version": 2,
             "lessons": [{"notebook": "lesson-1.ipynb", "minutes": 45, "title": texts},
                         {"notebook": "lesson-2.ipynb", "minutes": minutes - 45, "title": texts}],
             "assignments": [{"id": module_dir.name, "minutes": 40}],
             "assessment": {"item-a": {"level": "A", "objective": data["outcomes"][0]["code"], "descriptor": texts}},
             "key_terms": ["gear-ratio", "torque"]}
    return data


def test_a_version_2_file_reads_lessons_assignment_minutes_assessment_and_key_terms():
    module_dir = next(m for m in MODULES if m.name == "math-08-gears")
    meta = parse_module_meta(_v2(module_dir), module_dir / "module.yml")
    assert meta.lesson_paths == (module_dir / "lesson-1.ipynb", module_dir / "lesson-2.ipynb")
    assert meta.duration_minutes == 90 + 40 and meta.written_to_the_standard
    assert meta.assessed("item-a").level == "A" and meta.key_terms == ("gear-ratio", "torque")


@pytest.mark.parametrize(("path", "value", "field", "words"), [
    (("lessons", 1, "notebook"), "lesson-3.ipynb", "lessons", "in teaching order"),
    (("lessons", 0, "notebook"), "intro.ipynb", "lessons[0].notebook", "not a lesson file"),
    (("lessons", 0, "minutes"), KeyError, "lessons[0].minutes", "missing"),
    (("lessons",), [], "lessons", "at least one"),
    (("assignments", 0, "minutes"), 0, "assignments[0].minutes", "positive whole number"),
    (("assignments", 0), "math-08-gears", "assignments[0]", "mapping with id"),
    (("assessment", "item-a", "level"), "D", "assessment.item-a.level", "not a level"),
    (("assessment", "item-a", "objective"), "9.9.9.9", "assessment.item-a.objective", "not one of the module's outcomes"),
    (("assessment", "item-a", "descriptor", "kk"), KeyError, "assessment.item-a.descriptor.kk", "missing"),
    (("key_terms", 1), "Torque", "key_terms[1]", "not a glossary id"),
    (("outcomes", 0, "id"), "Vieta Theorem", "outcomes[0].id", "short name"),
])
def test_version_2_errors_name_the_file_and_the_field(path, value, field, words):
    module_dir = next(m for m in MODULES if m.name == "math-08-gears")
    data = _break(_v2(module_dir), path, value)
    with pytest.raises(MetadataError) as info:
        parse_module_meta(data, module_dir / "module.yml")
    [error] = [e for e in info.value.errors if e.field == field]
    assert words in error.message, error


def test_fork_keeps_the_version_the_module_was_written_in(tmp_path):
    from curriculum.fork import fork_module

    result = fork_module("math-07-takt", tmp_path, new_id="math-07-takt-7b")
    text = (result.module_dir / "module.yml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["schema_version"] == load_module_meta(
        next(m for m in MODULES if m.name == "math-07-takt") / "module.yml").written_version
    assert result.meta.lesson_paths[0].is_file() and result.meta.assignments == ("math-07-takt-7b",)
