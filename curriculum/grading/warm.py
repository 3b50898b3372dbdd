"""What a grading worker pays for once instead of once per submission.

- nbgrader builds a new exporter for every notebook it converts, and with it a new Jinja
  environment that compiles the feedback's HTML templates again (about a sixth of a second per
  submission here). A worker installs one in-memory Jinja bytecode cache for all of them: the
  templates are compiled once; a changed template has another checksum, so it is compiled again.
- nbgrader opens the gradebook about ten times per submission, each time with a new SQLAlchemy
  engine that sets up its SQL dialect and compiles every statement afresh (about 0.14 s of CPU per
  submission here). A worker keeps one engine per database instead. nbgrader still closes every
  gradebook it opens, and closing disposes of the engine's connections, so each gradebook still
  gets a connection of its own; only the compiled statements outlive it.
- A worker holds about 400,000 objects once it has graded a submission (nbgrader, nbconvert,
  SQLAlchemy, sympy), and Python's garbage collector walks all of them on every full collection:
  a quarter of a second, every few submissions. After its first submission a worker moves what it
  holds then out of the collector's sight (``gc.freeze``); what later submissions make is still
  collected. The first submission's own garbage is frozen with the rest rather than collected first
  (that would be one more full walk per worker): one submission's garbage, kept while the worker lives.
- nbgrader's ``CheckCellMetadata`` (twice per submission) validates every graded cell's metadata with
  ``jsonschema.validate``, which first checks nbgrader's schema itself against JSON Schema's meta-schema, every
  time: about 40 checks of the same constant schema per submission, a tenth of a worker's CPU here. A worker
  checks each schema once and keeps its validator; every cell's metadata is still validated, and a cell that does
  not conform raises the same error (``jsonschema.validate``'s own: the best match of the validator's errors).
- What a worker's first submission imported for itself (the feedback page's maths and markdown plugins, the
  code highlighter's lexers, SQLite's SQLAlchemy dialect: 0.15 s of CPU per worker here) the grader imports once
  before it forks the workers (:func:`preload`), so they share it.
- Each of those ten gradebooks also asks the database which tables it has, creates the missing ones (none, after
  the first), and looks up or adds the course (about 5 % of a worker's CPU). A worker does this once per database
  and course; every later gradebook of the process opens its session on tables known to exist
  (:func:`open_gradebooks_once`).
- nbgrader's ``SaveAutoGrades`` commits after every grade and comment it writes: about twenty transactions per
  submission, each written to disk and each expiring everything the session has loaded, so the next cell loads it
  again. A worker writes a submission's grades and comments in one transaction (:func:`save_grades_in_one_transaction`):
  the same rows; and a submission whose saving fails half-way leaves its earlier grades as they were, not half
  replaced.
- nbconvert copies a notebook three times before its first preprocessor runs: the exporter copies it, its
  ``_preprocess`` copies that copy, and nbformat's ``normalize`` copies it once more; nbgrader converts three
  times per submission (sanitise, autograde, feedback). A worker makes the first copy only, which nothing else
  holds, and normalises it in place (:func:`copy_notebooks_once`): the same notebook reaches the same preprocessors.
- nbgrader looks up a notebook's cells, and a submitted notebook's grades and comments, one cell at a time, each
  with a query joining up to seven tables: the release's cells to check the submission against them, the grades
  and comments to save the scores and again to write the feedback (about 70 queries per submission here, a sixth of
  a worker's CPU). A worker's gradebook loads all the rows of one kind for that notebook with one query the first
  time one of them is asked for, and answers the rest from what it loaded (:func:`look_up_in_bulk`): the same rows,
  the same objects of the same session.
- The feedback page highlights every code cell with a new pygments formatter and stylesheet, and almost every cell
  is the same on every student's page. A worker keeps the HTML of each highlighted source (per highlighter
  settings, language and the cell's ``magics_language``, the one piece of metadata the highlighter reads;
  :func:`highlight_once`).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

import jinja2


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates kept in this process, keyed by template name and source checksum (Jinja's own keys)."""

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self._store.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._store.clear()


TEMPLATE_CACHE = MemoryBytecodeCache()


def share_compiled_templates() -> None:
    """Every nbconvert template environment made in this process from now on uses :data:`TEMPLATE_CACHE`."""
    from nbconvert.exporters.templateexporter import TemplateExporter

    if getattr(TemplateExporter._create_environment, "_shares_templates", False):
        return
    create = TemplateExporter._create_environment

    def _create_environment(self: Any) -> jinja2.Environment:
        environment = create(self)
        environment.bytecode_cache = TEMPLATE_CACHE
        return environment

    _create_environment._shares_templates = True  # type: ignore[attr-defined]
    TemplateExporter._create_environment = _create_environment


def reuse_gradebook_engines() -> None:
    """nbgrader's gradebooks made in this process from now on share one SQLAlchemy engine per database URL.

    Engines are keyed by process too: a forked process never uses its parent's (SQLAlchemy's rule for
    engines and ``fork``)."""
    import nbgrader.api

    if getattr(nbgrader.api.create_engine, "_reuses_engines", False):
        return
    create = nbgrader.api.create_engine
    engines: dict[tuple[int, str, tuple[tuple[str, Any], ...]], Any] = {}

    def create_engine(url: str, **kwargs: Any) -> Any:
        key = (os.getpid(), str(url), tuple(sorted(kwargs.items())))
        if key not in engines:
            engines[key] = create(url, **kwargs)
        return engines[key]

    create_engine._reuses_engines = True  # type: ignore[attr-defined]
    nbgrader.api.create_engine = create_engine


def check_metadata_schemas_once() -> None:
    """nbgrader's cell metadata validators made in this process from now on check their schema once (see above)."""
    import jsonschema
    from nbgrader.nbgraderformat import common

    base = common.BaseMetadataValidator
    if getattr(base.validate_cell, "_checks_schema_once", False):
        return
    validators: dict[str, Any] = {}

    def schema_validator(self: Any) -> Any:
        key = json.dumps(self.schema, sort_keys=True)  # the schema as nbgrader loaded it (each validator reads its file)
        if key not in validators:
            cls = jsonschema.validators.validator_for(self.schema)
            cls.check_schema(self.schema)
            validators[key] = cls(self.schema)
        return validators[key]

    def validate_cell(self: Any, cell: Any) -> None:  # nbgrader's BaseMetadataValidator.validate_cell, restated
        if "nbgrader" not in cell.metadata:
            return
        schema = cell.metadata["nbgrader"].get("schema_version", 0)
        if schema < self.schema_version:
            raise common.SchemaTooOldError(
                "Outdated schema version: {} (expected {})".format(schema, self.schema_version),
                schema, self.schema_version)
        elif schema > self.schema_version:
            raise common.SchemaTooNewError(
                "Schema version is too new: {} (expected {})".format(schema, self.schema_version),
                schema, self.schema_version)
        validator = self.__dict__.get("_curriculum_validator")
        if validator is None:
            validator = self.__dict__["_curriculum_validator"] = schema_validator(self)
        error = jsonschema.exceptions.best_match(validator.iter_errors(cell.metadata["nbgrader"]))
        if error is not None:  # what jsonschema.validate raises
            raise error

    validate_cell._checks_schema_once = True  # type: ignore[attr-defined]
    base.validate_cell = validate_cell


def open_gradebooks_once() -> None:
    """nbgrader's gradebooks opened in this process from now on set up their database once (see above).

    The first gradebook of a database URL and course in a process is nbgrader's own ``__init__`` (tables created,
    alembic's version stamped, the course added); the later ones bind their session to the same engine and skip it.
    """
    from nbgrader import api

    gradebook = api.Gradebook
    if getattr(gradebook.__init__, "_sets_up_once", False):
        return
    original = gradebook.__init__
    ready: set[tuple[int, str, str]] = set()

    @functools.wraps(original)
    def __init__(self: Any, db_url: str, course_id: str = "default_course", authenticator: Any = None) -> None:
        key = (os.getpid(), str(db_url), course_id)
        if key not in ready:
            original(self, db_url, course_id=course_id, authenticator=authenticator)
            ready.add(key)
            return
        # nbgrader's Gradebook.__init__ once the tables and the course exist, restated
        self.engine = api.create_engine(db_url, echo=False, future=True)
        self.db = api.scoped_session(api.sessionmaker(autoflush=True, bind=self.engine, future=True))
        self.course_id = course_id
        self.authenticator = authenticator

    __init__._sets_up_once = True  # type: ignore[attr-defined]
    gradebook.__init__ = __init__


def save_grades_in_one_transaction() -> None:
    """nbgrader's ``SaveAutoGrades`` in this process from now on writes a submission's grades and comments in one
    transaction (see above)."""
    from nbgrader.preprocessors import NbGraderPreprocessor, SaveAutoGrades

    if getattr(SaveAutoGrades.preprocess, "_one_transaction", False):
        return

    def preprocess(self: Any, nb: Any, resources: Any) -> tuple[Any, Any]:
        # nbgrader's SaveAutoGrades.preprocess, restated
        from nbgrader.api import Gradebook

        self.notebook_id = resources["nbgrader"]["notebook"]
        self.assignment_id = resources["nbgrader"]["assignment"]
        self.student_id = resources["nbgrader"]["student"]
        self.db_url = resources["nbgrader"]["db_url"]
        self.gradebook = Gradebook(self.db_url)
        with self.gradebook:
            session = self.gradebook.db
            # nbgrader commits after each cell: nothing to do until the end (the session flushes what changed before
            # any query that might read it, autoflush); the scoped session's own commit stays on its class
            session.commit = lambda: None
            try:
                nb, resources = NbGraderPreprocessor.preprocess(self, nb, resources)
            finally:
                del session.commit
            session.commit()  # all of them, or (an error above: closing the gradebook rolls back) none
        return nb, resources

    preprocess._one_transaction = True  # type: ignore[attr-defined]
    SaveAutoGrades.preprocess = preprocess


def look_up_in_bulk() -> None:
    """nbgrader's gradebooks in this process from now on find a notebook's cells, and a submitted notebook's grades and
    comments, in bulk (see above).

    Each lookup answers as nbgrader's own method would: ``find_grade`` takes the grade of a grade cell of that name,
    else of a task cell; ``find_comment`` the comment of a solution cell, else of a task cell; ``find_graded_cell`` a
    grade cell, else a task cell; ``find_source_cell`` the source cell. A name not among the rows loaded (one added
    after the load), or a row deleted since, is nbgrader's own query again, which also raises ``MissingEntry`` as
    before. What was loaded belongs to the gradebook that loaded it (its session) and goes when it is closed."""
    from nbgrader import api
    from sqlalchemy import inspect
    from sqlalchemy.orm import undefer

    gradebook = api.Gradebook
    if getattr(gradebook.find_grade, "_in_bulk", False):
        return

    def submitted(model: Any, *options: Any) -> Any:  # a submitted notebook's grades or comments, with their cells' names and types
        def rows(self: Any, notebook: str, assignment: str, student: str) -> Any:
            return (self.db.query(model, api.BaseCell.name, api.BaseCell.type).options(*options)
                    .join(api.BaseCell, api.BaseCell.id == model.cell_id)
                    .join(api.SubmittedNotebook, api.SubmittedNotebook.id == model.notebook_id)
                    .join(api.Notebook, api.Notebook.id == api.SubmittedNotebook.notebook_id)
                    .join(api.SubmittedAssignment, api.SubmittedAssignment.id == api.SubmittedNotebook.assignment_id)
                    .join(api.Assignment, api.Assignment.id == api.SubmittedAssignment.assignment_id)
                    .join(api.Student, api.Student.id == api.SubmittedAssignment.student_id)
                    .filter(api.Notebook.name == notebook, api.Assignment.name == assignment, api.Student.id == student))
        return rows

    def released(*models: Any) -> Any:  # a notebook's cells of these kinds, each with its name and kind
        def rows(self: Any, notebook: str, assignment: str) -> Any:
            for model in models:
                query = (self.db.query(model).join(api.Notebook, api.Notebook.id == model.notebook_id)
                         .join(api.Assignment, api.Assignment.id == api.Notebook.assignment_id)
                         .filter(api.Notebook.name == notebook, api.Assignment.name == assignment))
                yield from ((cell, cell.name, model.__name__) for cell in query)
        return rows

    lookups = {  # nbgrader's method: how its rows are loaded, and which kinds of cell it takes first
        "find_grade": (submitted(api.Grade, undefer(api.Grade.max_score)), ("GradeCell", "TaskCell")),  # the feedback reads it
        "find_comment": (submitted(api.Comment), ("SolutionCell", "TaskCell")),
        "find_graded_cell": (released(api.GradeCell, api.TaskCell), ("GradeCell", "TaskCell")),
        "find_source_cell": (released(api.SourceCell), ("SourceCell",)),
    }

    def bulk(method: str) -> Any:
        original = getattr(gradebook, method)
        load, preference = lookups[method]

        @functools.wraps(original)
        def find(self: Any, name: str, *where: str, **named: str) -> Any:
            if named:  # nbgrader itself names no argument: whoever does gets nbgrader's own lookup
                return original(self, name, *where, **named)
            cache = self.__dict__.setdefault("_curriculum_rows", {})
            key = (method, *where)
            if key not in cache:
                loaded: dict[str, dict[str, Any]] = {}
                for row, row_name, kind in load(self, *where):
                    loaded.setdefault(row_name, {})[kind] = row
                cache[key] = loaded
            by_kind = cache[key].get(name, {})
            row = next((by_kind[kind] for kind in preference if kind in by_kind), None)
            if row is not None and inspect(row).persistent:
                return row
            del cache[key]  # added or deleted since it was loaded: nbgrader's own query, and a new load next time
            return original(self, name, *where)

        find._in_bulk = True  # type: ignore[attr-defined]
        return find

    close = gradebook.close

    @functools.wraps(close)
    def close_and_forget(self: Any) -> None:
        self.__dict__.pop("_curriculum_rows", None)
        close(self)

    for method in lookups:
        setattr(gradebook, method, bulk(method))
    gradebook.close = close_and_forget


def copy_notebooks_once() -> None:
    """nbconvert's exporters in this process from now on copy a notebook once before preprocessing it (see above)."""
    from nbconvert.exporters.exporter import Exporter
    from nbformat import validator

    if getattr(Exporter._preprocess, "_copies_once", False) or not hasattr(validator, "_normalize"):
        return  # an nbformat without the in-place normalisation: nbconvert's own copies stay

    def _preprocess(self: Any, nb: Any, resources: Any) -> tuple[Any, Any]:
        # nbconvert's Exporter._preprocess, restated: ``nb`` is the copy from_notebook_node made, held by nothing else
        import copy

        resc = copy.deepcopy(resources)
        version, version_minor = validator.get_version(nb)
        _, nbc = validator._normalize(nb, version, version_minor, True, relax_add_props=False,
                                      strip_invalid_metadata=False)
        preprocessor = None
        for preprocessor in self._preprocessors:
            nbc, resc = preprocessor(nbc, resc)
            if not self.optimistic_validation:
                self._validate_preprocessor(nbc, preprocessor)
        if self.optimistic_validation:
            self._validate_preprocessor(nbc, preprocessor)
        return nbc, resc

    _preprocess._copies_once = True  # type: ignore[attr-defined]
    Exporter._preprocess = _preprocess


def highlight_once(size: int = 4096) -> None:
    """The feedback page's code highlighter in this process from now on keeps the HTML it made (see above)."""
    from nbconvert.filters.highlight import Highlight2HTML

    if getattr(Highlight2HTML.__call__, "_keeps_html", False):
        return
    original = Highlight2HTML.__call__

    @functools.lru_cache(maxsize=size)
    def highlighted(settings: str, source: str, language: str | None, magics: str | None) -> str:
        lexer, formatter_options = json.loads(settings)
        filter_ = Highlight2HTML(pygments_lexer=lexer, extra_formatter_options=formatter_options)
        return original(filter_, source, language, {"magics_language": magics} if magics is not None else None)

    def __call__(self: Any, source: str, language: str | None = None, metadata: Any = None) -> str:
        # of a cell's metadata, nbconvert's highlighter reads "magics_language" only (the rest, such as nbclient's
        # execution times, differs on every page)
        magics = metadata.get("magics_language") if metadata else None
        try:
            settings = json.dumps([self.pygments_lexer, dict(self.extra_formatter_options)], sort_keys=True)
        except (TypeError, ValueError):  # options that are not plain data: highlighted as they are
            return original(self, source, language, metadata)
        if magics is not None and not isinstance(magics, str):
            return original(self, source, language, metadata)
        return highlighted(settings, source, language, magics)

    __call__._keeps_html = True  # type: ignore[attr-defined]
    Highlight2HTML.__call__ = __call__


def quiet_nbgraders_session_warnings() -> None:
    """nbgrader's ``add_submission`` builds a new student's submission before adding it to its session, and SQLAlchemy
    2 warns about it (``SAWarning: Object of type <SubmittedAssignment> not in session, add operation along
    'Student.submissions' will not proceed``): serial ``nbgrader autograde`` prints it for every new student, and a
    teacher reads it as an error. The rows are added right after (the grades are nbgrader's own: the tests compare
    them). This process does not print that warning from now on; any other still shows. A grading worker calls this
    (``prepare_worker``), and so does the course's ``nbgrader_config.py`` for every nbgrader that reads it."""
    import warnings

    from sqlalchemy.exc import SAWarning

    warnings.filterwarnings("ignore", message=r"Object of type <Submitted\w+> not in session, add operation along",
                            category=SAWarning)


def prepare_worker() -> None:
    """Everything above that a grading worker process installs for itself, once (a local pool's worker, a Celery
    grader host's worker process): both grade with the same nbgrader, so with the same savings."""
    share_compiled_templates()
    reuse_gradebook_engines()
    open_gradebooks_once()
    save_grades_in_one_transaction()
    look_up_in_bulk()
    check_metadata_schemas_once()
    copy_notebooks_once()
    highlight_once()
    quiet_nbgraders_session_warnings()


PRELOAD = ("curriculum.grading.feedback_page", "curriculum.grading.borrowing", "curriculum.variants.exchange",
           "latex2mathml.converter", "sqlalchemy.dialects.sqlite", "sqlite3", "jinja2.ext", "IPython.lib.lexers",
           "mistune.plugins.def_list", "mistune.plugins.task_lists", "mistune.plugins.url")


def preload() -> None:
    """Import what every worker would import on its first submission (see above), in the process that forks them."""
    import importlib

    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:  # an optional part missing: the worker does without it, as it would have
            pass
    try:
        from pygments.lexers import get_lexer_by_name
        from pygments.util import ClassNotFound

        for language in ("ipython3", "python"):  # what the feedback page highlights its code cells with
            get_lexer_by_name(language)
    except (ImportError, ClassNotFound):
        pass


@contextlib.contextmanager
def for_workers(config: Any = None, notebooks: Iterable[str | os.PathLike[str]] = ()) -> Iterator[None]:
    """In the process that forks the workers, while it does: what they would each import (:func:`preload`) and the
    release's feedback page (:func:`render_feedback_once`), made once for all of them. The feedback page's template
    cache and highlighter are the workers' own (:func:`share_compiled_templates`, :func:`highlight_once`): this
    process, which may be a teacher's or a hub's, gets its own classes back when the block ends."""
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML

    saved = TemplateExporter._create_environment, Highlight2HTML.__call__
    try:
        preload()
        render_feedback_once(config, notebooks)
        yield
    finally:
        TemplateExporter._create_environment, Highlight2HTML.__call__ = saved


def render_feedback_once(config: Any = None, notebooks: Iterable[str | os.PathLike[str]] = ()) -> None:
    """Make the feedback page of a small notebook and of each of ``notebooks`` (the assignment's released ones) with the
    course's configuration, in the process that forks the workers: the page's templates are compiled into the shared
    cache (:func:`share_compiled_templates`), the release's markdown and code are rendered and highlighted into the
    caches every page uses (:meth:`FeedbackExporter.markdown2html`, :func:`highlight_once`), nbformat's schema
    validator is built and SQLAlchemy's mappers are configured, once there instead of in every worker's first
    submission (a worker's first submission: 0.39 -> 0.29 s of CPU here)."""
    import nbformat
    import nbformat.v4 as v4
    import nbgrader.api  # noqa: F401 - the gradebook's tables, mapped below
    from sqlalchemy.orm import configure_mappers

    from .feedback_page import FeedbackExporter

    share_compiled_templates()
    highlight_once()
    configure_mappers()
    small = v4.new_notebook(cells=[v4.new_markdown_cell("## $i = z_2/z_1$"),
                                   v4.new_code_cell("i = 2\nprint(i)", outputs=[v4.new_output("stream", text="2")])])
    small.metadata["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
    nbformat.validate(small)
    pages = [("warm-up", small)]
    for path in notebooks:
        try:
            pages.append((os.path.basename(os.fspath(path)), nbformat.read(path, as_version=4)))
        except (OSError, ValueError):  # nbformat's errors are ValueErrors: a worker meets and reports it itself
            continue
    for name, nb in pages:
        try:
            FeedbackExporter(config=config).from_notebook_node(nb, resources={"nbgrader": {
                "notebook": name, "score": 0.0, "max_score": 1.0, "late_penalty": 0.0}})
        except Exception:  # noqa: BLE001 - a warm-up only: what fails here fails (and is reported) in the worker
            continue


_settled = False


def settle() -> None:
    """Once per process, after its first submission: freeze what the process holds (see the module's docstring)."""
    global _settled
    if not _settled:
        gc.freeze()
        _settled = True
