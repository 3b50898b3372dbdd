"""nbgrader configuration of the Myn Bala STEM course.

The folder holding this file is the course directory: ``source/`` (teacher notebooks
with solutions and hidden tests), ``release/`` (what students get, generated),
``submitted/``, ``autograded/``, ``feedback/`` and ``gradebook.db`` (a class's data,
never committed).  Every path is relative to this folder, so a copy of it is a
working course of its own (``python -m curriculum demo`` relies on that).
"""

import os

c = get_config()  # noqa: F821 - provided by traitlets when nbgrader loads this file

HERE = os.path.dirname(os.path.abspath(__file__))

c.CourseDirectory.course_id = "myn-bala-stem"
c.CourseDirectory.root = HERE
c.CourseDirectory.db_url = "sqlite:///" + os.path.join(HERE, "gradebook.db")

# --- the course language ----------------------------------------------------------------
# kk (Kazakh, kk-Cyrl), ru or en: releases keep that language's text and set the setup cell's
# `curriculum.setup(lang=...)` to it.  Empty keeps all three: this repository is trilingual.
c.CourseLanguage.language = ""

# --- what a release leaves out ----------------------------------------------------------
# nbgrader's own list, plus the parts a CAD solution exports (the fixture block saves fixture_block.stl): a teacher
# who runs a solution in source/ must not hand the finished part to every student with the next release.
c.CourseDirectory.ignore = [".ipynb_checkpoints", "*.pyc", "__pycache__", "feedback", "*.stl", "*.3mf"]

# --- executing a student's notebook ----------------------------------------------------
# Every cell of our notebooks finishes in well under a second; 15 s per cell stops an
# endless loop quickly while leaving a slow school server plenty of room.
c.Execute.timeout = 15
c.Execute.interrupt_on_timeout = True
# A kernel that ignores the interrupt is killed after this many seconds of silence.
c.Execute.iopub_timeout = 10
# Every output is collected before the kernel is shut down: no need to wait for a polite exit.
c.Execute.shutdown_kernel = "immediate"
# nbgrader counts any stderr output as a failed test; warnings from numpy must not cost points.
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r".*(RuntimeWarning|DeprecationWarning|UserWarning|FutureWarning).*"
# A deleted or un-marked test cell is put back from the gradebook and graded, not silently skipped;
# cells whose grading marks were stripped get them back from the release (matched by cell id) first.
c.OverwriteCells.add_missing_cells = True
c.Autograde.sanitize_preprocessors = [
    "curriculum.preprocessors.RestoreCellMetadata",
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.DeduplicateIds",
    "nbgrader.preprocessors.OverwriteKernelspec",
    "nbgrader.preprocessors.OverwriteCells",
    "nbgrader.preprocessors.CheckCellMetadata",
]
# Hidden tests never run in a student's kernel: it runs each test cell's public part and captures the
# student's side of the hidden checks; the grader decides them from data, against its own run of the
# teacher's notebook (curriculum.grading.blind / trust). A notebook with variants is graded on its
# student's own parameter set, whatever the submission shows (ApplyVariant first; docs/variants.md).
# nbgrader's default list otherwise, restated.
c.Autograde.autograde_preprocessors = [
    "curriculum.preprocessors.ApplyVariant",
    "curriculum.preprocessors.BlindTests",
    "curriculum.preprocessors.CappedExecute",
    "nbgrader.preprocessors.IgnorePattern",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "curriculum.preprocessors.DecideTests",
    "curriculum.preprocessors.CapOutputs",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]
# nbconvert validates the whole notebook after each of the ~20 preprocessors of a grading run; once,
# after the last, still refuses a malformed notebook (reading one validates it too) at a fraction of the cost.
c.Exporter.optimistic_validation = True
# Output is capped by bytes and lines, per cell and per notebook, with a note in the course language where it
# was cut (curriculum.grading.output_caps): a 200 MB line, a million prints or a huge figure from one student
# cannot fill the server's disk or slow every page that shows the notebook. CappedExecute (above, nbgrader's
# Execute) counts rather than keeps what is over a cell's cap while it arrives; CapOutputs caps the notebook
# after the checks are decided, before the grades are saved. The same caps apply to feedback (below).
c.OutputLimits.cell_bytes = 256 * 1024
c.OutputLimits.cell_lines = 400
c.OutputLimits.notebook_bytes = 2 * 1024 * 1024
c.OutputLimits.traceback_lines = 50

# --- releasing --------------------------------------------------------------------------
# nbgrader's default list, restated (#1918), with the course language applied right after
# InstantiateTests: before LockCells, ClearSolutions, ComputeChecksums and SaveCells, so the
# gradebook records exactly the cells students get and grade ids are the same in every language;
# ClearSolutions is nbgrader's own with its stubs ("# YOUR CODE HERE") in the course language.
# Then the class's deck of parameter sets and the self-checks' fingerprints (docs/variants.md).
c.GenerateAssignment.preprocessors = [
    "nbgrader.preprocessors.IncludeHeaderFooter",
    "nbgrader.preprocessors.InstantiateTests",
    "curriculum.preprocessors.ApplyCourseLanguage",
    "curriculum.preprocessors.ReleaseVariants",
    "nbgrader.preprocessors.LockCells",
    "curriculum.preprocessors.ClearSolutionsInCourseLanguage",
    "nbgrader.preprocessors.ClearOutput",
    "nbgrader.preprocessors.CheckCellMetadata",
    "nbgrader.preprocessors.ComputeChecksums",
    "nbgrader.preprocessors.SaveCells",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbgrader.preprocessors.ClearMarkScheme",
    "nbgrader.preprocessors.ComputeChecksums",
    "nbgrader.preprocessors.CheckCellMetadata",
]
# Rubrics for written answers sit between "### BEGIN MARK SCHEME" and "### END MARK SCHEME"
# in the locked prompt cell: removed from the release, restored for the teacher by autograde.
c.ClearMarkScheme.enforce_metadata = False

# --- handing out -----------------------------------------------------------------------
# A student's fetch makes their own copy of an assignment with variants: the task texts with their
# numbers and a record their kernel draws the same numbers from (docs/variants.md). On a hub the students'
# servers read it from the hub's nbgrader config (`curriculum hub setup` writes it there).
c.ExchangeFactory.fetch_assignment = "curriculum.variants.exchange.PersonalisingFetch"

# --- feedback for students --------------------------------------------------------------
# nbgrader shows hidden tests and rubrics in feedback by default; we remove both, and cut
# the tracebacks of hidden tests down to the checker's message.
c.GenerateFeedback.preprocessors = [
    "curriculum.preprocessors.CapOutputs",
    "nbgrader.preprocessors.GetGrades",
    "curriculum.preprocessors.HideTestTracebacks",
    "curriculum.preprocessors.DropAnswerRecords",
    "nbgrader.preprocessors.ClearHiddenTests",
    "nbgrader.preprocessors.ClearMarkScheme",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]
# nbconvert's HTML export, except that a page with no image and no JupyterLab cell is not parsed a second
# time for an accessibility pass that would find nothing to change (curriculum.grading.feedback_page).
c.GenerateFeedback.exporter_class = "curriculum.grading.feedback_page.FeedbackExporter"

# --- where `curriculum grade` grades ---------------------------------------------------------
# "local": worker processes on this machine; "celery": grader hosts taking submissions from a Redis queue
# (c.Grading.broker_url; docs/grading.md, "Grading on several machines").
c.Grading.backend = "local"

# --- nbgrader's warning about a new student's submission ------------------------------------
# nbgrader adds a new student's submission in a way SQLAlchemy 2 warns about ("SAWarning: Object of type
# <SubmittedAssignment> not in session ..."), once per new student: a teacher reads it as an error. The rows are
# added all the same. Quiet in every nbgrader that reads this file (Formgrader, `nbgrader autograde`); other
# warnings still show. (Where the package cannot be imported, nbgrader reads the rest of this file as before.)
try:
    from curriculum.grading.warm import quiet_nbgraders_session_warnings
except ImportError:
    pass
else:
    quiet_nbgraders_session_warnings()
