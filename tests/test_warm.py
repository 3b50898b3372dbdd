"""What a grading worker pays for once: compiled feedback templates (curriculum.grading.warm)."""

from __future__ import annotations

import pytest
import jinja2
import nbformat.v4 as v4
from nbconvert import HTMLExporter

from curriculum.grading.warm import TEMPLATE_CACHE, share_compiled_templates


def test_feedback_templates_are_compiled_once_per_worker_and_render_the_same(monkeypatch):
    share_compiled_templates()
    share_compiled_templates()  # twice is the same as once
    TEMPLATE_CACHE.clear()
    compiled: list[str] = []
    compile_ = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):
        compiled.append(name or "")
        return compile_(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    nb = v4.new_notebook(cells=[v4.new_code_cell("x = 1"), v4.new_markdown_cell("*feedback*")])
    first, _ = HTMLExporter().from_notebook_node(nb)  # a new exporter per notebook, as nbgrader makes them
    after_first = len(compiled)
    second, _ = HTMLExporter().from_notebook_node(nb)
    assert after_first > 0 and len(compiled) == after_first, compiled[after_first:]
    assert first == second


def test_gradebooks_of_a_worker_share_one_engine_and_still_see_each_others_writes(monkeypatch, tmp_path):
    import os
    import sys

    import nbgrader.api
    from nbgrader.api import Gradebook

    from curriculum.grading.warm import reuse_gradebook_engines

    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])  # nbgrader's alembic
    monkeypatch.setattr(nbgrader.api, "create_engine", nbgrader.api.create_engine)  # undone after the test
    reuse_gradebook_engines()
    reuse_gradebook_engines()  # twice is the same as once
    url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    with Gradebook(url) as first:
        first.add_student("aigerim")
        engine = first.engine
    with Gradebook(url) as second:
        assert second.engine is engine
        assert [s.id for s in second.students] == ["aigerim"]
        second.add_student("bolat")
    other = f"sqlite:///{tmp_path / 'other.db'}"
    with Gradebook(other) as third:
        assert third.engine is not engine
        assert third.students == []
    read, write = os.pipe()
    child = os.fork()
    if child == 0:  # a forked worker never uses its parent's engine (nor its connections)
        try:
            with Gradebook(url) as gb:
                ok = gb.engine is not engine and sorted(s.id for s in gb.students) == ["aigerim", "bolat"]
            os.write(write, b"ok" if ok else b"no")
        finally:
            os._exit(0)
    os.close(write)
    os.waitpid(child, 0)
    assert os.read(read, 2) == b"ok"


def test_a_worker_settles_once_after_its_first_submission(monkeypatch):
    import gc

    from curriculum.grading import warm

    monkeypatch.setattr(warm, "_settled", False)
    try:
        warm.settle()
        frozen = gc.get_freeze_count()
        assert frozen > 0
        kept = [object() for _ in range(10)]  # made after settling: the collector still sees them
        warm.settle()
        assert gc.get_freeze_count() == frozen and kept
    finally:
        gc.unfreeze()


def test_jsonschema_imported_for_the_grader_checks_iris_as_before_and_builds_their_grammar_only_when_asked():
    """curriculum.grading.imports: jsonschema is imported without building rfc3987_syntax's grammar; its iri checkers
    still exist and answer as jsonschema's own do, and the module is the real one once a checker has run."""
    import subprocess
    import sys
    import textwrap

    probe = textwrap.dedent('''
        import json, sys
        if sys.argv[1] == "deferred":
            from curriculum.grading.imports import defer_iri_grammar
            defer_iri_grammar()
        import jsonschema
        loaded = "rfc3987_syntax" in sys.modules
        checker = jsonschema.Draft7Validator.FORMAT_CHECKER
        answers = [checker.conforms(value, fmt) for fmt in ("iri", "iri-reference")
                   for value in ("http://ex.org/ä?q=1", "not an iri ::", "a b", "/relative/ü", 7)]
        import rfc3987_syntax
        print(json.dumps({"loaded_on_import": loaded, "answers": answers, "checkers": sorted(checker.checkers),
                          "real": hasattr(rfc3987_syntax, "RFC3987_SYNTAX_TERMS")}))
    ''')
    import json

    runs = {how: json.loads(subprocess.run([sys.executable, "-c", probe, how], capture_output=True, text=True,
                                           check=True).stdout) for how in ("deferred", "plain")}
    assert runs["plain"]["loaded_on_import"] and not runs["deferred"]["loaded_on_import"]
    assert runs["deferred"]["answers"] == runs["plain"]["answers"]
    assert True in runs["plain"]["answers"] and False in runs["plain"]["answers"]
    assert runs["deferred"]["checkers"] == runs["plain"]["checkers"] and "iri" in runs["plain"]["checkers"]
    assert runs["deferred"]["real"] and runs["plain"]["real"]


def test_nbgrader_imported_for_the_grader_unpacks_archives_as_before_and_imports_setuptools_only_when_asked(tmp_path):
    """curriculum.grading.imports: nbgrader.utils is imported without setuptools (and pkg_resources); unpacking an
    archive, a zip of zips too, gives the same files as nbgrader's own, and setuptools is the real one after it."""
    import json
    import subprocess
    import sys
    import textwrap
    import zipfile

    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("aigerim/gears.ipynb", "{}")
    outer = tmp_path / "class.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.write(inner, "inner.zip")
        archive.writestr("notes/readme.txt", "сәлем")
    probe = textwrap.dedent('''
        import json, os, sys
        if sys.argv[1] == "deferred":
            from curriculum.grading.imports import cheaper_imports
            cheaper_imports()
        import nbgrader.utils
        loaded = "setuptools" in sys.modules
        dest = sys.argv[3]
        os.makedirs(dest)
        nbgrader.utils.unzip(sys.argv[2], dest, create_own_folder=True, tree=True)
        files = sorted(os.path.relpath(os.path.join(d, f), dest) for d, _, fs in os.walk(dest) for f in fs)
        import setuptools.archive_util
        print(json.dumps({"loaded_on_import": loaded, "files": files,
                          "real": not getattr(setuptools.archive_util, "_curriculum_stand_in", False)}))
    ''')
    runs = {how: json.loads(subprocess.run([sys.executable, "-c", probe, how, str(outer), str(tmp_path / how)],
                                           capture_output=True, text=True, check=True).stdout)
            for how in ("deferred", "plain")}
    assert runs["plain"]["loaded_on_import"] and not runs["deferred"]["loaded_on_import"]
    assert runs["deferred"]["files"] == runs["plain"]["files"]
    assert "class/notes/readme.txt" in runs["plain"]["files"] and any("gears.ipynb" in f for f in runs["plain"]["files"])
    assert runs["deferred"]["real"] and runs["plain"]["real"]


def test_cell_metadata_is_validated_against_a_schema_checked_once_with_the_same_errors(monkeypatch):
    """curriculum.grading.warm.check_metadata_schemas_once: nbgrader's schema is checked against the meta-schema
    once per worker, not for every cell; every cell is still validated and a bad one raises what it raised before."""
    import copy

    import jsonschema
    import pytest
    from nbgrader.nbgraderformat import MetadataValidator, ValidationError
    from nbgrader.nbgraderformat.common import BaseMetadataValidator, SchemaTooNewError, SchemaTooOldError

    from curriculum.grading.warm import check_metadata_schemas_once

    good = v4.new_code_cell("x = 1", metadata={"nbgrader": {
        "schema_version": 3, "grade": True, "solution": False, "locked": True, "points": 2, "grade_id": "test-x",
        "task": False}})
    bad_points = copy.deepcopy(good)
    bad_points.metadata.nbgrader["points"] = "two"
    missing_id = copy.deepcopy(good)
    del missing_id.metadata.nbgrader["grade_id"]
    old, new = copy.deepcopy(good), copy.deepcopy(good)
    old.metadata.nbgrader["schema_version"] = 1
    new.metadata.nbgrader["schema_version"] = 9
    cells = [good, bad_points, missing_id, old, new, v4.new_markdown_cell("no metadata")]

    def outcomes() -> list[str]:
        out = []
        for cell in cells:
            try:
                MetadataValidator().validate_cell(cell)
                out.append("ok")
            except (ValidationError, SchemaTooOldError, SchemaTooNewError) as exc:
                out.append(f"{type(exc).__name__}: {exc}")
        return out

    before = outcomes()
    monkeypatch.setattr(BaseMetadataValidator, "validate_cell", BaseMetadataValidator.validate_cell)  # undone after
    check_metadata_schemas_once()
    check_metadata_schemas_once()  # twice is the same as once
    checks = []
    check_schema = jsonschema.Draft4Validator.check_schema.__func__

    def counting(cls, schema, *args, **kwargs):
        checks.append(schema.get("title", ""))
        return check_schema(cls, schema, *args, **kwargs)

    for cls in (jsonschema.Draft4Validator, jsonschema.Draft7Validator, jsonschema.Draft202012Validator):
        monkeypatch.setattr(cls, "check_schema", classmethod(counting))
    after = outcomes() + outcomes()
    assert after == before + before
    assert before[0] == "ok" and before[-1] == "ok" and all(o != "ok" for o in before[1:5]), before
    assert len(checks) <= 1, checks


def test_preload_imports_what_a_workers_feedback_page_needs_before_the_workers_are_forked():
    """curriculum.grading.warm.preload: after it, making a feedback page (maths, markdown, highlighted code) imports
    nothing more from the maths converter, the markdown parser or the highlighter; each worker would otherwise."""
    import json
    import subprocess
    import sys
    import textwrap

    probe = textwrap.dedent('''
        import json, sys
        if sys.argv[1] == "preloaded":
            from curriculum.grading.warm import preload
            preload()
        import nbformat.v4 as v4
        from curriculum.grading.feedback_page import FeedbackExporter
        before = set(sys.modules)
        nb = v4.new_notebook(cells=[v4.new_markdown_cell("## Gears\\n\\n- ratio $i = z_2/z_1$\\n- [x] done, https://x.org"),
                                    v4.new_code_cell("i = 40 / 20\\nprint(i)", outputs=[v4.new_output("stream", text="2.0")])])
        nb.metadata["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
        FeedbackExporter().from_notebook_node(nb, resources={"nbgrader": {"notebook": "gears", "score": 1.0,
                                                                          "max_score": 2.0, "late_penalty": 0.0}})
        print(json.dumps(sorted(set(sys.modules) - before)))
    ''')
    new = {how: json.loads(subprocess.run([sys.executable, "-c", probe, how], capture_output=True, text=True,
                                          check=True).stdout.splitlines()[-1]) for how in ("preloaded", "plain")}
    watched = ("latex2mathml", "pygments", "mistune", "IPython.lib.lexers", "ipython_pygments_lexers")
    assert any(m.startswith(watched) for m in new["plain"]), new["plain"]  # what a worker imported for itself
    assert not [m for m in new["preloaded"] if m.startswith(watched)], new["preloaded"]


def test_a_worker_sets_up_each_gradebook_database_once_and_later_gradebooks_still_read_and_write(monkeypatch, tmp_path):
    import os
    import sys

    import nbgrader.api
    from nbgrader.api import Gradebook

    from curriculum.grading.warm import open_gradebooks_once

    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])  # nbgrader's alembic
    monkeypatch.setattr(Gradebook, "__init__", Gradebook.__init__)  # undone after the test
    open_gradebooks_once()
    open_gradebooks_once()  # twice is the same as once
    inspected: list[str] = []
    inspect = nbgrader.api.inspect

    def counting(engine):
        inspected.append(str(engine.url))
        return inspect(engine)

    monkeypatch.setattr(nbgrader.api, "inspect", counting)
    url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    with Gradebook(url, course_id="math") as first:
        first.add_student("aigerim")
    assert len(inspected) == 1
    with Gradebook(url, course_id="math") as second:  # no tables asked for, none created, the course not looked up
        assert [s.id for s in second.students] == ["aigerim"]
        second.add_student("bolat")
        assert second.course_id == "math"
    assert len(inspected) == 1
    with Gradebook(url, course_id="physics") as third:  # another course: set up as nbgrader does
        assert {s.id for s in third.students} == {"aigerim", "bolat"}
    other = f"sqlite:///{tmp_path / 'other.db'}"
    with Gradebook(other, course_id="math") as fourth:  # another database: its tables are created
        assert fourth.students == []
        fourth.add_student("dana")
    assert len(inspected) == 3
    with Gradebook(url, course_id="physics") as check:
        assert {c.id for c in check.db.query(nbgrader.api.Course)} == {"math", "physics"}


def _recording_exporter(seen: list):
    from nbconvert.exporters import NotebookExporter
    from nbconvert.preprocessors import Preprocessor

    class Record(Preprocessor):
        def preprocess(self, nb, resources):
            seen.append(nb)
            nb.cells[0].source = "changed by a preprocessor"
            nb.cells[0].metadata["touched"] = True
            return nb, resources

    exporter = NotebookExporter()
    exporter.register_preprocessor(Record(), enabled=True)
    return exporter


def test_an_exporter_copies_a_notebook_once_and_gives_what_nbconverts_own_copies_give(monkeypatch):
    import copy

    import nbformat
    import nbformat.validator
    from nbconvert.exporters.exporter import Exporter

    from curriculum.grading.warm import copy_notebooks_once

    def notebook():
        return v4.new_notebook(cells=[v4.new_code_cell("x = 1", outputs=[v4.new_output("stream", text="1\n")]),
                                      v4.new_markdown_cell("*text*")], metadata={"language_info": {"name": "python"}})

    base = notebook()

    def copies_made() -> tuple[str, int, list]:
        made = []
        deepcopy = copy.deepcopy

        def counting(x, memo=None, _nil=[]):  # noqa: B006 - copy.deepcopy's own signature
            if isinstance(x, nbformat.NotebookNode) and "cells" in x:
                made.append(x)
            return deepcopy(x, memo, _nil)

        nb, seen = copy.deepcopy(base), []
        with monkeypatch.context() as m:
            m.setattr(copy, "deepcopy", counting)
            m.setattr(nbformat.validator, "deepcopy", counting)
            output, _ = _recording_exporter(seen).from_notebook_node(nb)
        assert nb == base  # the caller's notebook is never changed
        return output, len(made), seen

    nbconverts, nbconverts_copies, _ = copies_made()
    monkeypatch.setattr(Exporter, "_preprocess", Exporter._preprocess)  # undone after the test
    copy_notebooks_once()
    copy_notebooks_once()  # twice is the same as once
    ours, our_copies, seen = copies_made()
    assert ours == nbconverts and "changed by a preprocessor" in ours
    assert len(seen) == 1
    assert our_copies == nbconverts_copies - 2  # nbconvert: the exporter's, _preprocess's, normalize's (and writes')


def test_the_feedback_highlighter_makes_each_cells_html_once_and_the_same_as_nbconvert(monkeypatch):
    import pygments
    from nbconvert.filters.highlight import Highlight2HTML

    from curriculum.grading.warm import highlight_once

    cases = [("x = 1\nprint(x)", None, None), ("x = 1\nprint(x)", "python", {"execution": {"t": "1"}}),
             ("%%bash\necho hi", "ipython3", {"magics_language": "bash"}), ("", None, {}),
             ("SELECT 1;", "sql", {"tags": ["x"]})]
    filters = [Highlight2HTML(), Highlight2HTML(pygments_lexer="python", extra_formatter_options={"linenos": "inline"})]
    expected = [[f(*case) for case in cases] for f in filters]
    monkeypatch.setattr(Highlight2HTML, "__call__", Highlight2HTML.__call__)  # undone after the test
    highlight_once()
    highlight_once()  # twice is the same as once
    calls: list[str] = []
    highlight = pygments.highlight

    def counting(code, lexer, formatter, outfile=None):
        calls.append(code)
        return highlight(code, lexer, formatter, outfile)

    monkeypatch.setattr(pygments, "highlight", counting)  # what nbconvert's highlighter imports when it runs
    for _round in range(2):
        got = [[Highlight2HTML(pygments_lexer=f.pygments_lexer, extra_formatter_options=dict(f.extra_formatter_options))
                (*case) for case in cases] for f in filters]
        assert got == expected
    assert len(calls) == len(cases) * len(filters)  # the second round, on new filters, highlighted nothing again
    other = {"execution": {"t": "2"}}  # metadata the highlighter does not read: the same HTML, from the cache
    assert Highlight2HTML()("x = 1\nprint(x)", "python", other) == expected[0][1]
    assert len(calls) == len(cases) * len(filters)


def test_the_released_notebook_is_read_once_per_version_of_its_file(tmp_path):
    import os

    import nbformat

    from curriculum.preprocessors.released import read_released

    path = tmp_path / "release" / "task.ipynb"
    path.parent.mkdir()
    nbformat.write(v4.new_notebook(cells=[v4.new_code_cell("x = 1")]), path)
    first = read_released(path)
    assert read_released(path) is first  # every submission of the class shares one copy
    assert read_released(str(path)) is first
    nbformat.write(v4.new_notebook(cells=[v4.new_code_cell("x = 2")]), path)  # the teacher released again
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # even within the file system's clock tick
    second = read_released(path)
    assert second is not first and second.cells[0].source == "x = 2"


def test_the_grader_renders_the_releases_feedback_once_before_forking_so_workers_start_warm(monkeypatch, tmp_path):
    import nbformat
    import pygments
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML

    from curriculum.grading.feedback_page import FeedbackExporter
    from curriculum.grading.warm import render_feedback_once

    monkeypatch.setattr(TemplateExporter, "_create_environment", TemplateExporter._create_environment)
    monkeypatch.setattr(Highlight2HTML, "__call__", Highlight2HTML.__call__)  # all undone after the test
    TEMPLATE_CACHE.clear()
    release = v4.new_notebook(cells=[v4.new_markdown_cell("## Gears $i = z_2/z_1$"),
                                     v4.new_code_cell("import math\nratio = 40 / 20"), v4.new_code_cell("ratio = ...")])
    release.metadata["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
    path = tmp_path / "gears.ipynb"
    nbformat.write(release, path)
    render_feedback_once(None, [path, tmp_path / "missing.ipynb"])  # a notebook it cannot read is left to the worker
    compiled, highlighted = [], []
    compile_, highlight = jinja2.Environment.compile, pygments.highlight
    monkeypatch.setattr(jinja2.Environment, "compile", lambda self, *a, **k: compiled.append(a) or compile_(self, *a, **k))
    monkeypatch.setattr(pygments, "highlight", lambda code, *a, **k: highlighted.append(code) or highlight(code, *a, **k))
    submission = nbformat.read(path, as_version=4)
    submission.cells[2].source = "ratio = 40 / 20"  # the student's answer: new code
    FeedbackExporter().from_notebook_node(submission, resources={"nbgrader": {
        "notebook": "gears", "score": 1.0, "max_score": 1.0, "late_penalty": 0.0}})
    assert compiled == []  # every template was compiled before the workers were forked
    assert highlighted == ["ratio = 40 / 20"]  # only what the student wrote is highlighted anew


def _one_task_course(root, answer: str):
    """A course with one released assignment (two graded answers) and one student's submission."""
    import shutil

    import nbformat
    from nbformat.v4 import new_code_cell, new_notebook

    from curriculum.course import CONFIG_FILE, Course
    from curriculum.paths import REPO_ROOT

    def cell(source: str, **nbgrader):
        return new_code_cell(source, metadata={"nbgrader": {"schema_version": 3, "task": False, **nbgrader}})

    cells = []
    for name in ("x", "y"):
        cells += [cell(f"### BEGIN SOLUTION\n{name} = 3\n### END SOLUTION", grade=False, grade_id=name, locked=False,
                       solution=True),
                  cell(f"assert {name} == 3", grade=True, grade_id=f"{name}-test", locked=True, points=1, solution=False)]
    nb = new_notebook(cells=cells)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    root.mkdir(parents=True)
    shutil.copy2(REPO_ROOT / CONFIG_FILE, root / CONFIG_FILE)
    (root / "source" / "a1").mkdir(parents=True)
    nbformat.write(nb, root / "source" / "a1" / "task.ipynb")
    course = Course(root)
    assert course.generate_release("a1", prepare_grading=False).ok
    handed = nbformat.read(root / "release" / "a1" / "task.ipynb", as_version=4)
    handed.cells[0].source, handed.cells[2].source = "x = 3", f"y = {answer}"
    (root / "submitted" / "aigerim" / "a1").mkdir(parents=True)
    nbformat.write(handed, root / "submitted" / "aigerim" / "a1" / "task.ipynb")
    return course


@pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")
def test_a_submissions_grades_are_saved_in_one_transaction_all_or_none(monkeypatch, tmp_path):
    import os
    import sys

    import sqlalchemy
    from nbgrader.preprocessors import SaveAutoGrades

    from curriculum.grading.warm import save_grades_in_one_transaction

    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])  # nbgrader's alembic
    monkeypatch.setattr(SaveAutoGrades, "preprocess", SaveAutoGrades.preprocess)  # undone after the test
    commits = []
    preprocess = SaveAutoGrades.preprocess

    def counted(self, nb, resources):
        def count(_connection):
            commits.append(1)

        sqlalchemy.event.listen(sqlalchemy.engine.Engine, "commit", count)
        try:
            return preprocess(self, nb, resources)
        finally:
            sqlalchemy.event.remove(sqlalchemy.engine.Engine, "commit", count)

    def graded(course) -> dict[str, float]:
        report = course.autograde("a1", "aigerim")
        assert report.graded, report.reason
        return {item.grade_id: item.score for item in report.items}

    nbgraders_own = _one_task_course(tmp_path / "nbgrader", "4")
    monkeypatch.setattr(SaveAutoGrades, "preprocess", counted)
    expected = graded(nbgraders_own)
    nbgraders_commits = len(commits)
    save_grades_in_one_transaction()
    save_grades_in_one_transaction()  # twice is the same as once
    preprocess = SaveAutoGrades.preprocess
    monkeypatch.setattr(SaveAutoGrades, "preprocess", counted)
    ours = _one_task_course(tmp_path / "ours", "4")
    commits.clear()
    assert graded(ours) == expected == {"x-test": 1.0, "y-test": 0.0}
    assert nbgraders_commits - len(commits) == 3  # two grades and two comments: four commits became one

    def fails_on_the_second(self, cell, resources, calls=[]):  # noqa: B006 - counts across calls
        calls.append(cell)
        if len(calls) == 2:
            raise RuntimeError("the disk is full")
        return add_score(self, cell, resources)

    add_score = SaveAutoGrades._add_score
    (ours.root / "submitted" / "aigerim" / "a1" / "task.ipynb").write_text(
        (ours.root / "submitted" / "aigerim" / "a1" / "task.ipynb").read_text().replace("y = 4", "y = 3")
        .replace("x = 3", "x = 4"))  # handed in again: the first grade saved would change
    monkeypatch.setattr(SaveAutoGrades, "_add_score", fails_on_the_second)
    assert not ours.autograde("a1", "aigerim").graded
    assert {i.grade_id: i.score for i in ours.report("a1", "aigerim").items} == expected  # the first grades, kept whole


def test_the_graders_own_process_gets_its_classes_back_once_the_workers_are_forked(monkeypatch):
    """The warm-up patches nbconvert for the workers it forks; a teacher's or a hub's process that grades keeps its own."""
    import os

    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML

    from curriculum.grading.warm import for_workers

    monkeypatch.setattr(TemplateExporter, "_create_environment", TemplateExporter._create_environment)
    monkeypatch.setattr(Highlight2HTML, "__call__", Highlight2HTML.__call__)  # undone after the test, whatever happens
    before = TemplateExporter._create_environment, Highlight2HTML.__call__
    with for_workers(None, []):
        read, write = os.pipe()
        child = os.fork()
        if child == 0:  # a worker forked here
            os.write(write, b"1" if getattr(Highlight2HTML.__call__, "_keeps_html", False)
                     and getattr(TemplateExporter._create_environment, "_shares_templates", False) else b"0")
            os._exit(0)
        os.close(write)
        with os.fdopen(read, "rb") as answer:
            assert answer.read() == b"1"  # the worker has the shared caches
        os.waitpid(child, 0)
    assert (TemplateExporter._create_environment, Highlight2HTML.__call__) == before


@pytest.mark.filterwarnings("ignore::sqlalchemy.exc.SAWarning")
def test_a_gradebook_finds_a_notebooks_rows_in_bulk_and_the_same_ones_nbgrader_finds(monkeypatch, tmp_path):
    """One query per kind of row and notebook instead of one per cell; every answer nbgrader's own, MissingEntry too."""
    import os
    import sys

    import sqlalchemy
    from nbgrader.api import Gradebook, MissingEntry

    from curriculum.grading.warm import look_up_in_bulk

    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + os.environ["PATH"])  # nbgrader's alembic
    methods = ("find_grade", "find_comment", "find_graded_cell", "find_source_cell", "close")
    for method in methods:
        monkeypatch.setattr(Gradebook, method, getattr(Gradebook, method))  # undone after the test
    url = f"sqlite:///{tmp_path / 'gradebook.db'}"
    with Gradebook(url) as gb:
        gb.add_assignment("a1")
        gb.add_notebook("nb", "a1")
        gb.add_grade_cell("g1", "nb", "a1", max_score=2, cell_type="code")
        gb.add_solution_cell("g1", "nb", "a1")
        gb.add_solution_cell("s1", "nb", "a1")
        gb.add_task_cell("t1", "nb", "a1", max_score=3, cell_type="markdown")
        gb.add_task_cell("g1", "nb", "a1", max_score=5, cell_type="markdown")  # a grade cell's name on a task cell: nbgrader takes the grade cell
        for name in ("g1", "s1", "t1"):
            gb.add_source_cell(name, "nb", "a1", cell_type="code", source=f"# {name}", checksum=name)
        gb.add_student("aigerim")
        gb.add_student("dias")
        gb.add_submission("a1", "aigerim")
        gb.add_submission("a1", "dias")
    questions = ([("find_grade", name, "nb", "a1", student) for name in ("g1", "t1") for student in ("aigerim", "dias")]
                 + [("find_comment", name, "nb", "a1", "aigerim") for name in ("g1", "s1", "t1")]
                 + [("find_graded_cell", name, "nb", "a1") for name in ("g1", "t1")]
                 + [("find_source_cell", name, "nb", "a1") for name in ("g1", "s1", "t1")])
    with Gradebook(url) as gb:
        nbgraders = {q: getattr(gb, q[0])(*q[1:]).id for q in questions}
    assert len(set(nbgraders.values())) == len(questions)  # every question a row of its own

    look_up_in_bulk()
    look_up_in_bulk()  # twice is the same as once
    statements = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    sqlalchemy.event.listen(sqlalchemy.engine.Engine, "before_cursor_execute", count)
    try:
        with Gradebook(url) as gb:
            statements.clear()  # nbgrader's setting up of the database
            found = {q: getattr(gb, q[0])(*q[1:]) for q in questions}
            looked_up = len(statements)
            assert {q: row.id for q, row in found.items()} == nbgraders
            assert all(gb.db.get(type(row), row.id) is row for row in found.values())  # the session's own objects
            assert found[("find_grade", "g1", "nb", "a1", "aigerim")].max_score == 2  # loaded with the rows
            assert found[("find_graded_cell", "g1", "nb", "a1")].max_score == 2
            # grades of two students, comments, grade and task cells (two tables), source cells
            assert looked_up == 2 + 1 + 2 + 1, "\n".join(s[:90] for s in statements)
            assert gb.find_grade("g1", notebook="nb", assignment="a1", student="dias") is \
                found[("find_grade", "g1", "nb", "a1", "dias")]  # named arguments: nbgrader's own query, the same row
            with pytest.raises(MissingEntry, match="No such grade: a1/nb/s1 for aigerim"):
                gb.find_grade("s1", "nb", "a1", "aigerim")  # a solution cell has no grade
            gb.add_source_cell("s2", "nb", "a1", cell_type="markdown", source="added later", checksum="s2")
            assert gb.find_source_cell("s2", "nb", "a1").source == "added later"
            gb.db.delete(found[("find_source_cell", "s1", "nb", "a1")])
            gb.db.commit()
            with pytest.raises(MissingEntry, match="No such source cell"):
                gb.find_source_cell("s1", "nb", "a1")  # deleted since it was loaded
            assert gb.find_source_cell("t1", "nb", "a1").checksum == "t1"
    finally:
        sqlalchemy.event.remove(sqlalchemy.engine.Engine, "before_cursor_execute", count)
    with Gradebook(url) as gb:  # a gradebook of its own: rows of its own session
        assert gb.find_grade("g1", "nb", "a1", "dias").id == nbgraders[("find_grade", "g1", "nb", "a1", "dias")]
        assert "_curriculum_rows" in gb.__dict__
    assert "_curriculum_rows" not in gb.__dict__  # forgotten when it is closed


def test_a_worker_does_not_print_nbgraders_warning_about_a_new_submission_and_still_prints_others():
    import warnings

    from sqlalchemy.exc import SAWarning

    from curriculum.grading.warm import quiet_nbgraders_session_warnings

    nbgraders = ("Object of type <SubmittedAssignment> not in session, add operation along 'Student.submissions' "
                 "will not proceed (This warning originated from the Session 'autoflush' process)")
    with warnings.catch_warnings(record=True) as caught:  # the filter goes with the block
        warnings.simplefilter("always")
        warnings.warn(SAWarning(nbgraders))
        quiet_nbgraders_session_warnings()
        warnings.warn(SAWarning(nbgraders))
        warnings.warn(SAWarning(nbgraders.replace("SubmittedAssignment", "SubmittedNotebook")))
        warnings.warn(SAWarning("Object of type <Grade> is something else"))
    assert [str(w.message)[:30] for w in caught] == [nbgraders[:30], "Object of type <Grade> is some"]


def test_the_courses_configuration_quiets_it_for_formgrader_and_plain_nbgrader_too(tmp_path):
    import warnings

    from sqlalchemy.exc import SAWarning
    from traitlets.config.loader import PyFileConfigLoader

    from curriculum.new_course import render_course_config
    from curriculum.paths import REPO_ROOT

    nbgraders = "Object of type <SubmittedAssignment> not in session, add operation along 'Student.submissions'"
    (tmp_path / "nbgrader_config.py").write_text(render_course_config("8a", "kk"), encoding="utf-8")  # `course new`'s
    for folder in (REPO_ROOT, tmp_path):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            PyFileConfigLoader("nbgrader_config.py", path=str(folder)).load_config()
            warnings.warn(SAWarning(nbgraders))
            warnings.warn(SAWarning("Object of type <Grade> is something else"))
        assert [str(w.message)[:30] for w in caught] == ["Object of type <Grade> is some"], folder

