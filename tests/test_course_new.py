"""``course new`` builds a class's course in its language; ``module fork`` keeps a module's tests working."""

from __future__ import annotations

import datetime as dt

import nbformat
import pytest
from nbgrader.api import Gradebook

from curriculum.cli import main
from curriculum.course import Course
from curriculum.fork import fork_module
from curriculum.lint import lint
from curriculum.lint.notebook_rules import is_test_cell
from curriculum.metadata import load_module_meta
from curriculum.new_course import new_course
from curriculum.paths import REPO_ROOT
from curriculum.sample_class import SampleSpec, build_submission

# nbgrader's gradebook code trips SQLAlchemy autoflush warnings on every new submission (harmless; the demo ignores them too)
pytestmark = pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")

MANIFEST = """\
course: kostanay-school-8a
language: kk
modules:
  - phys-09-braking
  - id: inf-08-vin
    due: 2026-03-02 18:00
students: [aigerim, bolat]
"""


@pytest.fixture(scope="module")
def kk_course(tmp_path_factory):
    """A Kazakh-medium class with two modules, plus a fork of math-08-gears made inside its course folder."""
    folder = tmp_path_factory.mktemp("kk")
    (folder / "8a.yml").write_text(MANIFEST, encoding="utf-8")
    before = {p: p.stat().st_mtime for p in (REPO_ROOT / "source").rglob("*.ipynb")}
    result = new_course(folder / "8a.yml", folder / "course")
    fork = fork_module("math-08-gears", result.root, new_id="math-08-gears-8a")
    assert before == {p: p.stat().st_mtime for p in (REPO_ROOT / "source").rglob("*.ipynb")}, "package untouched"
    return result, fork


def _autograde_correct(course: Course, assignment: str, spec: SampleSpec):
    source = nbformat.read(course.root / "source" / assignment / spec.notebook, as_version=4)
    release = nbformat.read(course.root / "release" / assignment / spec.notebook, as_version=4)
    target = course.root / "submitted" / "aigerim" / assignment / spec.notebook
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(build_submission("correct", source, release, spec), target)
    report = course.autograde(assignment, "aigerim")
    points = sum(c.metadata.nbgrader.points for c in source.cells if is_test_cell(c))
    return report, points


@pytest.mark.slow
def test_kk_course_releases_only_kazakh_text_and_sets_the_setup_cell_to_kk(kk_course):
    result, _fork = kk_course
    assert result.ok and result.language == "kk" and Course(result.root).language == "kk"
    assert result.assignments == ("phys-09-braking", "inf-08-vin"), "teaching order"
    for path in [*(result.root / "release").rglob("*.ipynb"), *result.lessons]:
        nb = nbformat.read(path, as_version=4)
        tags = {t for c in nb.cells for t in c.metadata.get("tags", []) if t.startswith("lang-")}
        assert tags == {"lang-kk"}, path
        setup = [c.source for c in nb.cells if "curriculum.setup(" in c.source]
        assert setup and all("curriculum.setup(lang='kk')" in s for s in setup), path
    assert [p.name for p in result.lessons] == ["01-phys-09-braking-lesson-1.ipynb", "01-phys-09-braking-lesson-2.ipynb",
                                               "02-inf-08-vin-lesson-1.ipynb", "02-inf-08-vin-lesson-2.ipynb"]


@pytest.mark.slow
def test_kk_course_gradebook_has_assignments_due_dates_and_students(kk_course):
    result, _fork = kk_course
    with Gradebook(Course(result.root).db_url) as gb:
        assert {a.name for a in gb.assignments} == {"phys-09-braking", "inf-08-vin", "math-08-gears-8a"}
        assert gb.find_assignment("inf-08-vin").duedate == dt.datetime(2026, 3, 2, 13, 0)  # 18:00 in Kostanay (UTC+5)
        assert {s.id for s in gb.students} >= {"aigerim", "bolat"}
        source_cells = {c.name for c in gb.find_notebook("braking", "phys-09-braking").source_cells}
        assert not any(name.endswith(("-ru", "-en")) for name in source_cells), "only kk prompts are recorded"


@pytest.mark.slow
def test_correct_submission_gets_full_marks_in_the_kk_course(kk_course):
    result, _fork = kk_course
    course = Course(result.root)
    spec = SampleSpec.load(REPO_ROOT / "physics/phys-09-braking/sample_class.yml")
    report, points = _autograde_correct(course, "phys-09-braking", spec)
    assert report.graded and report.score == pytest.approx(points) and not report.problems, report.problems


@pytest.mark.slow
def test_fork_keeps_metadata_valid_and_its_tests_working(kk_course):
    result, fork = kk_course
    meta = load_module_meta(fork.module_dir / "module.yml")
    assert (meta.id, meta.assignments, meta.forked_from) == ("math-08-gears-8a", ("math-08-gears-8a",), "math-08-gears")
    assert fork.steps["math-08-gears-8a"].ok
    spec = SampleSpec.load(fork.module_dir / "sample_class.yml")
    assert spec.assignment == "math-08-gears-8a"
    report, points = _autograde_correct(Course(result.root), "math-08-gears-8a", spec)
    assert report.graded and report.score == pytest.approx(points), report.problems
    released = nbformat.read(result.root / "release/math-08-gears-8a/gears.ipynb", as_version=4)
    assert {t for c in released.cells for t in c.metadata.get("tags", [])} == {"lang-kk"}


@pytest.mark.slow
def test_the_built_course_passes_lint(kk_course):
    result, _fork = kk_course
    report = lint(result.root)
    assert report.ok, report.render()


def test_bad_manifest_names_each_field_and_lists_known_modules(tmp_path, capsys):
    manifest = tmp_path / "bad.yml"
    manifest.write_text("course: 8a\nlanguage: de\nmodules: [phys-09-braking, {id: chem-08-acids}]\nteacher: me\n",
                        encoding="utf-8")
    assert main(["course", "new", str(manifest), "--course", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert f"{manifest}: language: 'de' is not one of kk, ru, en" in err
    assert f"{manifest}: modules[1].id: unknown module 'chem-08-acids'; known modules: " in err
    assert all(m in err for m in ("inf-08-vin", "math-08-gears", "phys-09-braking"))
    assert f"{manifest}: teacher: unknown field" in err
    assert not (tmp_path / "out").exists()


def test_fork_refuses_an_unknown_module_and_a_taken_id(tmp_path, capsys):
    assert main(["module", "fork", "chem-08-acids", "--course", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "known modules: " in err and "inf-08-vin" in err
    (tmp_path / "source" / "math-08-gears-fork").mkdir(parents=True)
    assert main(["module", "fork", "math-08-gears", "--course", str(tmp_path)]) == 2
    assert "exists already" in capsys.readouterr().err
