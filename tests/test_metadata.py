"""module.yml: the typed, versioned schema, its messages (file and field), upgraders, and complete texts."""

from __future__ import annotations

import copy

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


def test_metadata_round_trips_through_its_plain_form():
    meta = load_module_meta(MODULES[0] / "module.yml")
    assert parse_module_meta(meta.as_dict(), meta.path) == meta


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
    (("duration_minutes",), "ninety", "duration_minutes", "positive whole number"),
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
    for outcome in data["outcomes"]:
        del outcome["code"]
    assert parse_module_meta(data, module_dir / "module.yml").level == "college"


def test_bad_yaml_names_the_line(tmp_path):
    path = tmp_path / "module.yml"
    path.write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(MetadataError, match=r"module.yml: line \d+: is not valid YAML"):
        load_module_meta(path)


def test_upgraders_are_stepwise_and_bring_an_unversioned_draft_to_the_current_version():
    assert sorted(UPGRADERS) == list(range(CURRENT_VERSION))
    module_dir = next(m for m in MODULES if m.name == "inf-08-vin")
    draft = _data(module_dir)
    for key in ("schema_version", "assignments", "prerequisites"):
        del draft[key]
    draft["grade"] = "8"
    draft["duration"] = draft.pop("duration_minutes")
    upgraded = upgrade(draft)
    assert upgraded["schema_version"] == CURRENT_VERSION and upgraded["assignments"] == ["inf-08-vin"]
    assert parse_module_meta(draft, module_dir / "module.yml") == load_module_meta(module_dir / "module.yml")
    assert "schema_version" not in draft, "upgrading leaves the input alone"


@pytest.mark.parametrize("lab", LABS, ids=lambda p: p.name)
def test_every_lab_label_exists_in_kazakh_russian_and_english(lab):
    assert python_file_language_problems(lab) == []


def test_a_label_without_one_language_is_found():
    code = 'LABEL = {"kk": "Жылдамдық", "en": "Speed"}\nOK = {"kk": "а", "ru": "б", "en": "c"}\n'
    assert inline_text_problems(code) == [(1, "text lacks ru")]
