"""Project modules (``kind: project``, module.yml schema version 3): the schema, its messages, the catalogue, and
what lint asks of each milestone's notebook by its deliverables (docs/projects.md)."""

from __future__ import annotations

import copy
import dataclasses
import re

import pytest
import yaml

from curriculum import authoring as a
from curriculum.catalogue import load_catalogue, render_module, render_table
from curriculum.lint.project import project_problems
from curriculum.metadata import CURRENT_VERSION, MetadataError, parse_module_meta, upgrade

T = {"kk": "мәтін", "ru": "текст", "en": "text"}
ID = "inf-col-station-cycle"


def _project() -> dict:
    """A project's module.yml: three milestones over four weeks (a notebook, a CAD part, a report)."""
    return {
        "schema_version": 3, "kind": "project", "id": ID, "subject": "informatics", "track": "college",
        "title": T, "summary": T, "industry_context": T, "skills": ["data", "programming"], "prerequisites": [],
        "outcomes": [{"id": "cycle-time", "text": T}],
        "assignments": [{"id": f"{ID}-1"}, {"id": f"{ID}-2"}, {"id": f"{ID}-3"}],
        "assessment": {"m1-mean": {"level": "A", "objective": "cycle-time", "descriptor": T}},
        "project": {"weeks": 4, "mentor": T, "brief": T, "milestones": [
            {"assignment": f"{ID}-1", "week": 1, "title": T, "deliverables": ["notebook", "data"]},
            {"assignment": f"{ID}-2", "week": 3, "title": T, "deliverables": ["cad"]},
            {"assignment": f"{ID}-3", "week": 4, "title": T, "deliverables": ["report"]}]},
    }


def _library(tmp_path, data=None):
    folder = tmp_path / "informatics" / ID
    folder.mkdir(parents=True)
    (folder / "module.yml").write_text(yaml.safe_dump(data or _project(), allow_unicode=True), encoding="utf-8")
    return folder / "module.yml"


def test_a_project_reads_its_weeks_mentor_brief_and_milestones(tmp_path):
    meta = parse_module_meta(_project(), _library(tmp_path))
    assert meta.is_project and meta.lessons == () and meta.project.weeks == 4
    assert [(m.assignment, m.week, m.deliverables) for m in meta.project.milestones] == [
        (f"{ID}-1", 1, ("notebook", "data")), (f"{ID}-2", 3, ("cad",)), (f"{ID}-3", 4, ("report",))]
    assert meta.project.milestone(f"{ID}-2").week == 3 and meta.project.milestone("other") is None
    again = parse_module_meta(meta.as_dict(), meta.path)
    assert again == meta and again.as_dict()["kind"] == "project"


def test_the_catalogue_lists_a_project_by_its_weeks_and_shows_its_milestones(tmp_path):
    _library(tmp_path)
    catalogue = load_catalogue((tmp_path,))
    assert [e.id for e in catalogue.select(kind="project")] == [ID] and catalogue.select(kind="module") == ()
    assert f"{ID}  informatics  college  4 wk" in render_table(catalogue.entries)
    shown = render_module(catalogue.get(ID))
    assert "Project (4 weeks), mentor: text" in shown and f"week 3: {ID}-2 (cad)" in shown
    assert re.search(r"^lessons +\(none: the milestones below\)$", shown, re.MULTILINE), shown


def test_a_version_2_file_is_a_module_and_may_not_say_project(tmp_path):
    data = {"schema_version": 2, "id": "x-y"}
    assert upgrade(data)["kind"] == "module" and upgrade(data)["schema_version"] == CURRENT_VERSION == 3
    older = _project() | {"schema_version": 2}
    with pytest.raises(MetadataError) as info:
        parse_module_meta(older, _library(tmp_path))
    assert {e.field for e in info.value.errors} == {"kind", "project"}
    assert "write schema_version: 3" in str(info.value)


def _edit(data, path, value):
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
    (("kind",), "course", "kind", "not a kind"),
    (("track",), "school", "kind", "a project is a college module"),
    (("project",), KeyError, "project", "missing"),
    (("project", "weeks"), 40, "project.weeks", "16 weeks at most"),
    (("project", "mentor"), KeyError, "project.mentor", "missing"),
    (("project", "milestones", 0, "assignment"), "inf-col-other", "project.milestones[0].assignment",
     "not one of the module's assignments"),
    (("project", "milestones", 1, "week"), 5, "project.milestones[1].week", "after the project's last week"),
    (("project", "milestones", 2, "week"), 2, "project.milestones", "in the order of their weeks"),
    (("project", "milestones", 1, "deliverables"), ["drawing"], "project.milestones[1].deliverables[0]",
     "not a deliverable"),
    (("project", "milestones", 2, "deliverables"), ["notebook"], "project.milestones", "no milestone has a report"),
    (("project", "milestones", 2), KeyError, "assignments", f"{ID}-3 is no milestone's"),
    (("project", "milestones", 0, "due"), "Monday", "project.milestones[0].due", "unknown field"),
])
def test_project_errors_name_the_file_and_the_field(tmp_path, path, value, field, words):
    data = _edit(copy.deepcopy(_project()), path, value)
    if path == ("track",):
        data["grade"] = 11
    with pytest.raises(MetadataError) as info:
        parse_module_meta(data, _library(tmp_path, _project()))
    found = [e for e in info.value.errors if e.field == field]
    assert found and words in found[0].message, info.value


def test_a_module_has_no_project_block(tmp_path):
    data = _project() | {"kind": "module"}
    with pytest.raises(MetadataError, match=r"project: only a module of `kind: project` has a project block"):
        parse_module_meta(data, _library(tmp_path))


# -- the milestones' notebooks --------------------------------------------------------------------

def _auto(grade_id: str, hidden: str = "assert x == 1") -> list:
    return [a.answer(grade_id, "x = 1"), a.tests(f"{grade_id}-test", 1, public="", hidden=hidden)]


def _report(grade_id: str, rubric: bool = True) -> list:
    prompt = a.task(1, 3, "C", kk="Есеп.", ru="Отчёт.", en="Report.", locked_id=f"{grade_id}-prompt",
                    rubric={"kk": "критерий", "ru": "критерий", "en": "criterion"} if rubric else None)
    if not rubric:  # a locked prompt without its mark scheme
        prompt = a.text(kk="Есеп.", ru="Отчёт.", en="Report.", locked_id=f"{grade_id}-prompt")
    return [prompt, a.written(grade_id, 3, "A model report.")]


def _notebooks(tmp_path, cells: dict[int, list]):
    for k, content in cells.items():
        folder = tmp_path / "source" / f"{ID}-{k}"
        folder.mkdir(parents=True, exist_ok=True)
        a.write(a.notebook(content, module=ID), str(folder / f"m{k}.ipynb"))


def _read(path):
    import nbformat

    return nbformat.read(path, as_version=4)


def test_milestones_hold_what_their_deliverables_ask(tmp_path):
    meta = parse_module_meta(_project(), _library(tmp_path))
    _notebooks(tmp_path, {1: _auto("m1-mean"), 2: _auto("m2-part", "require(check_part(part, ref))"),
                          3: _report("m3-report")})
    assert project_problems(meta, tmp_path, _read) == []


def test_a_milestone_short_of_its_deliverables_is_named(tmp_path):
    meta = parse_module_meta(_project(), _library(tmp_path))
    _notebooks(tmp_path, {1: _report("m1-report"), 2: _auto("m2-part"), 3: _report("m3-report", rubric=False)})
    found = project_problems(meta, tmp_path, _read)
    messages = [(where, message.split(":")[0]) for _path, where, message in found]
    assert messages == [
        ("project.milestones[0]", f"{ID}-1 hands in a notebook but has no autograded item"),
        ("project.milestones[1]", f"{ID}-2 hands in a 3D part but no hidden test checks one with check_part (docs/cad.md)"),
        ("m3-report", "a report item without its rubric"),
    ], found
    _notebooks(tmp_path, {3: _auto("m3-number")})
    assert any("hands in a report but has no written item" in m for _p, _w, m in project_problems(meta, tmp_path, _read))


def test_a_module_without_project_has_no_project_problems(tmp_path):
    meta = dataclasses.replace(parse_module_meta(_project(), _library(tmp_path)), kind="module", project=None)
    assert project_problems(meta, tmp_path, _read) == []


# -- the mentor's grade in the demo -----------------------------------------------------------------------------

MILESTONE = "inf-col-line-balancing-2"


@pytest.mark.slow
@pytest.mark.parametrize("milestone, item, notebook", [(MILESTONE, "proposal", "rebalance"),
                                                       ("inf-col-fixture-2", "report", "fixture_block")])
def test_the_demo_enters_the_mentors_grade_and_comment_and_they_reach_the_feedback(demo, milestone, item, notebook):
    from nbgrader.api import Gradebook

    from curriculum.sample_class import find_spec

    grade = find_spec(milestone).mentor[item]
    with Gradebook(f"sqlite:///{demo.course_root / 'gradebook.db'}") as gb:
        entered = gb.find_grade(item, notebook, milestone, "aigerim")
        comment = gb.find_comment(item, notebook, milestone, "aigerim")
        assert (entered.manual_score, entered.needs_manual_grade, comment.manual_comment) == (
            grade.points, False, grade.comment["en"])
        waiting = gb.find_grade(item, notebook, milestone, "bolat")
        assert waiting.manual_score is None and waiting.needs_manual_grade  # the others wait for the mentor
    page = (demo.course_root / "feedback" / "aigerim" / milestone / f"{notebook}.html").read_text(encoding="utf-8")
    assert grade.comment["en"] in page
    other = (demo.course_root / "feedback" / "bolat" / milestone / f"{notebook}.html").read_text(encoding="utf-8")
    assert grade.comment["en"] not in other


@pytest.mark.slow
@pytest.mark.parametrize("milestone", [MILESTONE])  # named, so that --demo-only of another assignment deselects it
def test_a_hand_grade_that_cannot_be_entered_says_what_and_where(demo, milestone):
    from curriculum.gradebook import ManualGradeError, enter_manual_grade

    db = f"sqlite:///{demo.course_root / 'gradebook.db'}"
    for args, words in [(("balance-test", 1), "an autograded item"), (("proposal", 5), "5 points, but the item has 0 to 4"),
                        (("proposal", -1), "-1 points"), (("no-such-item", 1), "no such graded item")]:
        with pytest.raises(ManualGradeError, match=words) as failed:
            enter_manual_grade(db, milestone, "bolat", "rebalance", args[0], args[1], "x")
        assert f"{milestone}/bolat/rebalance [{args[0]}]" in str(failed.value)
    with pytest.raises(ManualGradeError, match="no such graded item"):
        enter_manual_grade(db, milestone, "nobody", "rebalance", "proposal", 1)
