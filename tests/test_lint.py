"""``curriculum lint`` passes on the repository and finds seeded problems, each with its file and cell."""

from __future__ import annotations

import shutil

import nbformat
import pytest
import yaml

from curriculum.cli import main
from curriculum.course import CONFIG_FILE
from curriculum.lint import lint
from curriculum.lint.leaks import secret_lines
from curriculum.paths import REPO_ROOT, module_dirs


def test_the_repository_passes_lint(library_lint):
    report = library_lint  # release sync: tests/test_release.py, same library code
    assert report.ok, report.render()
    assert report.checked_modules == len(module_dirs()) >= 3 and report.checked_notebooks >= 3 * report.checked_modules


def _cell(nb, grade_id):
    return next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A copy of two modules with one problem of each kind."""
    root = tmp_path_factory.mktemp("seeded")
    shutil.copy2(REPO_ROOT / CONFIG_FILE, root / CONFIG_FILE)
    for folder in ("math/math-08-gears", "informatics/inf-08-vin"):
        shutil.copytree(REPO_ROOT / folder, root / folder)
    for assignment in ("math-08-gears", "inf-08-vin"):
        for tree in ("source", "release"):
            shutil.copytree(REPO_ROOT / tree / assignment, root / tree / assignment)

    meta_path = root / "math/math-08-gears/module.yml"
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    del meta["summary"]["kk"]
    meta_path.write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")

    gears = root / "source/math-08-gears/gears.ipynb"
    nb = nbformat.read(gears, as_version=4)
    ru_task_1 = next(i for i, c in enumerate(nb.cells) if "lang-ru" in c.metadata.get("tags", []) and "(1 балл" in c.source)
    missing_language_at = nb.cells[ru_task_1 - 1]  # the kk cell that opens the text
    del nb.cells[ru_task_1]
    nb.cells[_cell(nb, "output-speed-test")].metadata.nbgrader.grade_id = "n2-formula-test"   # duplicate id
    nb.cells[_cell(nb, "teeth-counts-test")].metadata.nbgrader.points = 3                     # text says 1 point
    nbformat.write(nb, gears)

    vin = root / "source/inf-08-vin/vin.ipynb"
    nb = nbformat.read(vin, as_version=4)
    del nb.cells[_cell(nb, "check-digit-test")]                                                # answer left untested
    nb.cells[_cell(nb, "vin-count-test")].source = nb.cells[_cell(nb, "vin-count-test")].source.replace(
        "### BEGIN HIDDEN TESTS\n", "### BEGIN HIDDEN TESTS\nfor _k in (1, 2):\n    require(compare(N, N))\n")   # check in a loop
    nbformat.write(nb, vin)

    released = root / "release/inf-08-vin/vin.ipynb"
    rnb = nbformat.read(released, as_version=4)
    secret = sorted(line for line in secret_lines(nbformat.read(REPO_ROOT / "source/inf-08-vin/vin.ipynb", as_version=4))
                    if line.startswith("return"))[0]
    rnb.cells[_cell(rnb, "is-valid-vin")].source += "\n" + secret                              # leaked solution
    nbformat.write(rnb, released)
    return root, lint(root), missing_language_at.metadata.get("nbgrader", {}).get("grade_id") or f"cell {ru_task_1 - 1}"


@pytest.mark.slow
@pytest.mark.parametrize(("path", "where", "check", "words"), [
    ("math/math-08-gears/module.yml", "summary.kk", "metadata", "missing"),
    ("source/math-08-gears/gears.ipynb", "n2-formula-test", "nbgrader", "duplicate grade_id"),
    ("source/math-08-gears/gears.ipynb", "teeth-counts-test", "points", "announces 1 point(s), its graded cells give 3"),
    ("source/inf-08-vin/vin.ipynb", "check-digit", "tests", "no test cell after this answer"),
    ("source/inf-08-vin/vin.ipynb", "vin-count-test", "tests", "inside a for cannot be graded outside the student's kernel"),
    ("release/inf-08-vin/vin.ipynb", "is-valid-vin", "leak", "shows what only the source may hold"),
    ("release/inf-08-vin/vin.ipynb", "", "release-sync", "differs from what nbgrader generates"),
    ("source/math-08-gears", "", "release-sync", "nbgrader cannot release it"),  # the duplicate id stops it
])
def test_lint_finds_each_seeded_problem_with_file_and_cell(seeded, path, where, check, words):
    _root, report, _ = seeded
    assert any(p.path == path and p.where == where and p.check == check and words in p.message
               for p in report.problems), report.render()


@pytest.mark.slow
def test_lint_names_the_text_that_lacks_a_language(seeded):
    _root, report, where = seeded
    [problem] = [p for p in report.problems if p.check == "languages"]
    assert (problem.path, problem.where) == ("source/math-08-gears/gears.ipynb", where)
    assert "lacks ru" in problem.message


@pytest.mark.slow
def test_lint_command_exits_non_zero_and_lists_the_problems(seeded, capsys):
    root, report, _ = seeded
    assert main(["lint", "--course", str(root), "--no-release-sync"]) == 1
    out = capsys.readouterr().out
    assert "source/inf-08-vin/vin.ipynb [check-digit]: no test cell after this answer" in out
    assert f"{len([p for p in report.problems if p.check != 'release-sync'])} problem(s)" in out
