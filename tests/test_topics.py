"""Thesis topics: the schema, ``topics list|show``, and what lint finds in a topic file."""

from __future__ import annotations

import json
import shutil

import pytest
import yaml

from curriculum.catalogue import load_catalogue
from curriculum.cli import main
from curriculum.lint import lint
from curriculum.metadata import SKILLS, MetadataError
from curriculum.metadata.topic import TOPIC_VERSION, load_topic, parse_topic
from curriculum.metadata.vocabulary import PLANT_AREAS
from curriculum.paths import REPO_ROOT
from curriculum.topics import load_topics, topic_files

TOPIC = REPO_ROOT / "topics" / "paint-defect-causes.yml"


def test_at_least_eight_topics_across_the_plants_areas_each_said_to_be_fictional_until_approved():
    topics = load_topics().topics
    assert len(topics) >= 8 and len({t.area for t in topics}) >= 7
    modules = set(load_catalogue().ids)
    for topic in topics:
        assert topic.schema_version == TOPIC_VERSION and set(topic.skills) <= set(SKILLS) and topic.area in PLANT_AREAS
        assert set(topic.prepared_by) <= modules, topic.id
        assert topic.fictional or topic.approval
        for text in (topic.title, topic.problem, *topic.data):
            assert all(text.get(lang) for lang in ("kk", "ru", "en"))


def test_list_filters_by_skill_area_module_and_says_the_topics_are_fictional(capsys):
    assert main(["topics", "list", "--skill", "geometry"]) == 0
    out = capsys.readouterr().out
    assert "spot-welding-robot-path" in out and "battery-bracket-weight" in out and "paint-defect-causes" not in out
    assert out.splitlines()[0].split() == ["id", "area", "degree", "status", "title"]
    assert "fictional until the plant approves" in out
    assert main(["topics", "list", "--area", "painting", "--lang", "kk"]) == 0
    out = capsys.readouterr().out
    assert "Бояу ақауларының" in out and "ойдан құрастырылған" in out and "assembly-line" not in out
    assert main(["topics", "list", "--module", "phys-09-braking", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["id"] for t in data] == ["brake-tester-gauge-study"] and data[0]["status"] == "fictional"


def test_show_gives_one_topic_in_the_chosen_language(capsys):
    assert main(["topics", "show", "paint-defect-causes", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("paint-defect-causes: Причины дефектов окраски")
    assert "вымышленная" in out and "данные, программирование" in out and "inf-08-vin" in out


@pytest.mark.parametrize("argv, words", [
    (["topics", "show", "warp-drive"], "known topics: "),
    (["topics", "list", "--skill", "dancing"], "unknown skill 'dancing'"),
    (["topics", "list", "--area", "canteen"], "unknown area 'canteen'"),
    (["topics", "list", "--lang", "de"], "unknown language 'de'"),
])
def test_a_wrong_name_is_refused_with_the_known_ones(capsys, argv, words):
    assert main(argv) == 2
    assert words in capsys.readouterr().err


@pytest.mark.parametrize("change, field, words", [
    ({"area": "canteen"}, "area", "is not one of assembly"),
    ({"degree": "phd"}, "degree", "bachelor, master"),
    ({"skills": ["data", "juggling"]}, "skills[1]", "not in the skill vocabulary"),
    ({"status": "approved"}, "approval", "who at the plant approved it"),
    ({"data": []}, "data", "at least one item"),
    ({"title": {"kk": "Бояу", "ru": "Окраска"}}, "title.en", "missing"),
    ({"prepared_by": ["Math 7"]}, "prepared_by[0]", "is not an id"),
    ({"schema_version": TOPIC_VERSION + 1}, "schema_version", "newer than this package reads"),
    ({"colour": "red"}, "colour", "unknown field"),
])
def test_schema_errors_name_the_file_and_the_field(change, field, words):
    data = yaml.safe_load(TOPIC.read_text(encoding="utf-8")) | change
    with pytest.raises(MetadataError) as caught:
        parse_topic(data, TOPIC)
    assert any(e.field == field and words in e.message and e.path == TOPIC for e in caught.value.errors), caught.value


def test_a_topic_round_trips_through_its_plain_form():
    topic = load_topic(TOPIC)
    assert parse_topic(topic.as_dict(), TOPIC) == topic


def test_lint_finds_unknown_modules_other_languages_and_avoided_terms_in_a_topic(tmp_path):
    (tmp_path / "topics").mkdir()
    data = yaml.safe_load(TOPIC.read_text(encoding="utf-8"))
    data["prepared_by"] = ["inf-08-vin", "math-12-warp"]
    data["problem"]["kk"] = "Бақылаушылар ақауларды тіркейді, это нужно для статистики."
    data["problem"]["ru"] = "Контролёры записывают дефекты and the booth climate."
    data["problem"]["en"] = "Inspectors record defects в журнале."
    data["data"][0]["kk"] = "ақаулар журналы стеллаж бойынша"
    (tmp_path / "topics" / "paint-defect-causes.yml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    shutil.copy(REPO_ROOT / "topics" / "line-side-kitting.yml", tmp_path / "topics" / "line-side-kitting.yml")
    report = lint(tmp_path, release_sync=False)
    found = {(p.path, p.where, p.check) for p in report.problems}
    name = "topics/paint-defect-causes.yml"
    assert (name, "prepared_by[1]", "metadata") in found
    assert {(name, "problem.kk", "languages"), (name, "problem.ru", "languages"), (name, "problem.en", "languages"),
            (name, "data[0].kk", "terms")} <= found
    assert not [p for p in report.problems if "line-side-kitting" in p.path]
    assert "'стеллаж': write 'сөре'" in report.render()


def test_every_topic_file_of_the_package_passes_lint(library_lint):
    assert topic_files() and not [p for p in library_lint.problems if p.path.startswith("topics/")]
