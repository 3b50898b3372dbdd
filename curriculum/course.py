"""A course directory and the teacher's nbgrader steps on it, run in-process through nbgrader's own API.

Library first: each step returns a typed result; the CLI and the demo only print them.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

import nbformat
from nbgrader.apps import NbGraderAPI
from nbgrader.api import Assignment, Grade, Gradebook, MissingEntry, Student, SubmittedAssignment, SubmittedNotebook
from nbgrader.plugins import CsvExportPlugin
from sqlalchemy.exc import NoResultFound
from sqlalchemy.orm import joinedload, selectinload, undefer
from traitlets.config.loader import PyFileConfigLoader

CONFIG_FILE = "nbgrader_config.py"


def _ensure_scripts_on_path() -> None:
    """nbgrader runs the ``alembic`` command of its environment: put this interpreter's scripts first on PATH."""
    scripts = str(Path(sys.executable).parent)
    if scripts not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = scripts + os.pathsep + os.environ.get("PATH", "")


@dataclass(frozen=True)
class StepResult:
    """What one nbgrader step did: ``ok`` and, when it failed, a one-line ``reason`` and the full log."""

    ok: bool
    reason: str = ""
    log: str = ""
    warning: str = ""
    """Done, but with something the teacher should know (a release whose hidden checks the grader cannot run yet)."""

    def not_prepared(self, problem: str) -> StepResult:
        """This release, with the reason its grading could not be prepared (see :meth:`Course.generate_release`)."""
        return replace(self, warning=f"the grader cannot run the hidden checks yet: {problem}")


@dataclass(frozen=True)
class ItemOutcome:
    """One graded cell of a graded submission."""

    grade_id: str
    score: float | None
    max_score: float
    problem: str = ""
    needs_manual_grade: bool = False


@dataclass(frozen=True)
class SubmissionReport:
    """How one student's submission of one assignment went."""

    student: str
    assignment: str
    graded: bool
    score: float
    max_score: float
    reason: str = ""
    items: tuple[ItemOutcome, ...] = field(default_factory=tuple)

    @property
    def auto_max_score(self) -> float:
        """Points that the autograder decides (everything but hand-graded answers)."""
        return sum(i.max_score for i in self.items if not i.needs_manual_grade)

    @property
    def problems(self) -> list[str]:
        """One line per problem; unanswered cells are listed together."""
        unanswered = [i.grade_id for i in self.items if i.problem == NOT_ANSWERED]
        lines = [f"{i.grade_id}: {i.problem}" for i in self.items if i.problem and i.problem != NOT_ANSWERED]
        return ([f"{NOT_ANSWERED}: {', '.join(unanswered)}"] if unanswered else []) + lines


def _last_line(text: str) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    return lines[-1] if lines else ""


_EXCEPTION_LINE = re.compile(r"^\s*([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Timeout))\b:?(.*)$")


def reason_from_log(log: str) -> str:
    """The most specific error in an nbgrader log: the last exception that is not nbgrader's own wrapper."""
    found = ""
    for line in log.splitlines():
        m = _EXCEPTION_LINE.match(line)
        if m and not m.group(1).endswith("NbGraderException"):
            found = f"{m.group(1).rsplit('.', 1)[-1]}:{m.group(2)}".strip().rstrip(":")
    if found:
        return found
    errors = [ln.split("]", 1)[-1].strip() for ln in log.splitlines() if ln.startswith("[ERROR]")]
    return errors[0] if errors else _last_line(log)


def diagnose_notebook_file(path: Path) -> str:
    """Why a submitted file cannot be graded, in words a teacher understands ('' if it is a valid notebook)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return f"cannot be read: {exc.strerror}"
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return f"is not UTF-8 text (bad byte at position {exc.start})"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return f"is not a notebook: broken JSON ({exc.msg}) at line {exc.lineno}, column {exc.colno}"
    if not isinstance(data, dict) or "cells" not in data:
        return "is not a notebook: it has no cells"
    try:
        nb = nbformat.reads(text, as_version=4)
        nbformat.validate(nb)
    except Exception as exc:  # noqa: BLE001 - nbformat raises several kinds of validation errors
        return f"is not a valid notebook: {_last_line(str(exc))[:200]}"
    return ""


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _cell_problem(cell: nbformat.NotebookNode) -> str:
    partial = ""
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            ename, evalue = output.get("ename", ""), _ANSI.sub("", str(output.get("evalue", "")))
            if ename in {"CellTimeoutError", "KeyboardInterrupt", "DeadKernelError"} or "timeout" in evalue.lower():
                return "stopped: the cell ran past the time limit (an endless loop?)"
            return f"{ename}: {evalue}".strip().rstrip(":")
        if output.get("output_type") == "stream" and output.get("name") == "stderr":
            return "wrote to stderr: " + _ANSI.sub("", "".join(output.get("text", "")))[:120].strip()
        if output.get("output_type") == "stream" and output.get("name") == "stdout" and not partial:
            # a check that kept partial credit says why the rest was lost ("◐ message", curriculum.check.require)
            lines = [ln[1:].strip() for ln in "".join(output.get("text", "")).splitlines() if ln.startswith("◐")]
            partial = f"partial credit: {' '.join(lines)}" if lines else ""
    return partial


NOT_ANSWERED = "not answered"


def _cell_problems(nb: nbformat.NotebookNode) -> dict[str, str]:
    """Problem per graded or answer cell, in notebook order.

    An answer cell left as released (``NotImplementedError``) is "not answered", and the
    ``NameError`` of the tests below it says nothing more, so it is dropped.
    """
    problems: dict[str, str] = {}
    unanswered = False
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        grade_id = meta.get("grade_id")
        if not grade_id:
            continue
        problem = _cell_problem(cell)
        if meta.get("solution") and cell.cell_type == "code":
            unanswered = problem.startswith("NotImplementedError")
            problem = NOT_ANSWERED if unanswered else problem
        elif meta.get("grade") and unanswered and problem.startswith("NameError"):
            problem = ""
        problems[grade_id] = problem
    return problems


def _submission_with_grades(gb: Gradebook, assignment: str, student: str) -> SubmittedAssignment:
    """nbgrader's ``find_submission``, with everything :meth:`Course.report` reads loaded by three queries, not one per
    grade: the submission's score and maximum, its notebooks, their grades with their cells and maximum scores
    (loaded one at a time, a class's report asked the database about thirty times per student)."""
    try:
        return (gb.db.query(SubmittedAssignment)
                .join(Assignment, Assignment.id == SubmittedAssignment.assignment_id)
                .join(Student, Student.id == SubmittedAssignment.student_id)
                .filter(Assignment.name == assignment, Student.id == student)
                .options(undefer(SubmittedAssignment.score), undefer(SubmittedAssignment.max_score),
                         selectinload(SubmittedAssignment.notebooks).selectinload(SubmittedNotebook.grades)
                         .options(joinedload(Grade.cell), undefer(Grade.max_score)))
                .one())
    except NoResultFound:
        raise MissingEntry(f"No such submission: {assignment} for {student}") from None


class Course:
    """An nbgrader course directory: ``nbgrader_config.py``, ``source/``, ``release/`` and the class's data."""

    def __init__(self, root: Path | str):
        self.root = Path(root).resolve()
        _ensure_scripts_on_path()
        if not (self.root / CONFIG_FILE).is_file():
            raise FileNotFoundError(f"{self.root} is not a course directory: it has no {CONFIG_FILE}")

    @cached_property
    def config(self):
        return PyFileConfigLoader(CONFIG_FILE, path=str(self.root)).load_config()

    @cached_property
    def api(self) -> NbGraderAPI:
        return NbGraderAPI(config=self.config)

    @property
    def language(self) -> str:
        """The course language (``c.CourseLanguage.language``): kk, ru or en; '' for a trilingual course."""
        from .course_language import CourseLanguage

        return CourseLanguage(config=self.config).language

    @property
    def db_url(self) -> str:
        return self.api.coursedir.db_url

    def assignments(self) -> list[str]:
        """Assignment ids: the folders of ``source/``."""
        return sorted(p.name for p in (self.root / "source").iterdir() if p.is_dir() and not p.name.startswith("."))

    def source_notebooks(self, assignment: str) -> list[Path]:
        return sorted((self.root / "source" / assignment).glob("*.ipynb"))

    # -- steps -----------------------------------------------------------------------------

    @staticmethod
    def _step(result: dict) -> StepResult:
        if result.get("success"):
            return StepResult(True, log=result.get("log", ""))
        log = f"{result.get('log', '')}\n{result.get('error', '')}"
        return StepResult(False, reason=reason_from_log(log), log=log)

    def generate_release(self, assignment: str, *, prepare_grading: bool = True) -> StepResult:
        """``nbgrader generate_assignment``: write ``release/<assignment>/`` and register it in the gradebook; then the
        teacher's reference runs its grading needs are made and cached in the course
        (:func:`curriculum.grading.references.prepare_grading`), so that grading starts with the first submission
        (``prepare_grading=False``: left to the first grading, for a release graded at once or only looked at)."""
        from .grading.references import prepare_grading as prepare

        step = self._step(self.api.generate_assignment(assignment, force=True, create=True))
        if not step.ok or not prepare_grading:
            return step
        problem = prepare(self, [assignment]).get(assignment)
        return step.not_prepared(problem) if problem else step

    def autograde(self, assignment: str, student: str) -> SubmissionReport:
        """Autograde one submission; a broken one is reported with its reason, never raised."""
        submitted = self.root / "submitted" / student / assignment
        expected = {p.name for p in self.source_notebooks(assignment)}
        handed = {p.name for p in submitted.glob("*.ipynb")}
        missing = ""
        if expected - handed:  # nbgrader grades a missing notebook as empty or not at all: say why
            found = ", ".join(sorted(handed - expected)) or "nothing"
            missing = f"{', '.join(sorted(expected - handed))} was not handed in (found {found}; was it renamed?)"
        step = self._step(self.api.autograde(assignment, student, force=True, create=True))
        report = self.report(assignment, student)
        if step.ok:
            return replace(report, reason=missing) if missing else report
        # nbgrader could not grade it: a file that is not a notebook says why best (looked for only now, when needed)
        unreadable = {nb.name: why for nb in sorted(submitted.glob("*.ipynb")) if (why := diagnose_notebook_file(nb))}
        reason = ("; ".join(f"{name} {why}" for name, why in unreadable.items()) or missing or step.reason
                  or "autograding failed")
        return SubmissionReport(student, assignment, graded=False, score=0.0, max_score=report.max_score, reason=reason)

    def report(self, assignment: str, student: str) -> SubmissionReport:
        """Scores from the gradebook plus the problem of each failed cell from the autograded notebook."""
        with Gradebook(self.db_url) as gb:
            try:
                submission = _submission_with_grades(gb, assignment, student)
            except MissingEntry:
                max_score = gb.find_assignment(assignment).max_score
                return SubmissionReport(student, assignment, False, 0.0, max_score, reason="no submission graded")
            items = []
            for notebook in submission.notebooks:
                graded = self.root / "autograded" / student / assignment / f"{notebook.name}.ipynb"
                # nbgrader wrote and validated it a moment ago: its cells are read without validating them again
                problems = _cell_problems(nbformat.from_dict(json.loads(graded.read_text(encoding="utf-8")))) \
                    if graded.exists() else {}
                for grade in notebook.grades:
                    items.append(ItemOutcome(grade.name, grade.score, grade.max_score,
                                             problems.get(grade.name, ""), bool(grade.needs_manual_grade)))
                # a failing answer cell (not graded itself) explains the failures of its tests
                for gid, problem in problems.items():
                    if problem and gid not in {i.grade_id for i in items}:
                        items.append(ItemOutcome(gid, None, 0.0, problem))
            return SubmissionReport(student, assignment, True, float(submission.score), float(submission.max_score),
                                    items=tuple(items))

    def generate_feedback(self, assignment: str, student: str) -> StepResult:
        return self._step(self.api.generate_feedback(assignment, student, force=True))

    def export_csv(self, path: Path | str) -> Path:
        """nbgrader's own CSV export of every grade in the gradebook."""
        path = Path(path)
        plugin = CsvExportPlugin()
        plugin.to = str(path)
        with Gradebook(self.db_url) as gb:
            plugin.export(gb)
        return path
