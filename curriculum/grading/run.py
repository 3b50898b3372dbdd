"""Grade every submission of an assignment: parallel, resumable, nothing lost or doubled.

Each submission is autograded by nbgrader's own converter (so the gradebook, Formgrader and
``nbgrader export`` keep working), in worker processes that stay alive for the whole run
(no command start-up per student), with kernels forked from a warm server (no interpreter
start and no heavy imports per student). After a submission's autograde and feedback both
succeed, a marker next to its graded copy records a hash of what was submitted: a run that
was killed halfway is simply started again and grades only what is not marked, and a
submission handed in again is graded again. Regrading is idempotent: nbgrader replaces a
student's grades, it never adds a second set.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from nbgrader.converters import Autograde
from nbgrader.preprocessors import Execute
from traitlets.config import Config

from ..course import Course, SubmissionReport
from ..paths import REPO_ROOT
from . import forkserver, sandbox, trust
from .backends import GradingJob, load_backend
from .forkserver import ENV_SOCKET
from ..preprocessors.cap_outputs import CappedExecute
from .kernels import GradingExecute
from .provisioner import NAME as PROVISIONER, check_registered
from .warm import prepare_worker, settle

MARKER = ".curriculum-graded.json"
EXECUTE = "nbgrader.preprocessors.Execute"
CAPPED_EXECUTE = "curriculum.preprocessors.CappedExecute"
RETRIES = 5
# failures that say nothing about the submission, so another try may well succeed: another worker holding
# the SQLite gradebook, or a kernel that ended before it answered its first request (no cell had run yet)
PASSING_TROUBLE = ("database is locked", "Kernel died before replying to kernel_info")


@dataclass(frozen=True)
class FeedbackFailure:
    """A submission that was graded but whose feedback could not be written, and nbgrader's reason."""

    student: str
    reason: str


@dataclass(frozen=True)
class GradingRun:
    """What a run did: a report per submission (graded or with the reason it could not be), and where things are."""

    assignment: str
    reports: tuple[SubmissionReport, ...]
    skipped: tuple[str, ...]
    seconds: float
    grades_csv: Path
    workers: int
    failed_feedback: tuple[FeedbackFailure, ...] = field(default_factory=tuple)
    sandboxed: bool = False
    backend: str = "local"

    @property
    def graded(self) -> list[SubmissionReport]:
        return [r for r in self.reports if r.graded]

    @property
    def failed(self) -> list[SubmissionReport]:
        return [r for r in self.reports if not r.graded]


def submission_digest(folder: Path) -> str:
    """A hash of everything a student handed in for one assignment."""
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        h.update(path.relative_to(folder).as_posix().encode())
        h.update(b"\0")
        h.update(path.read_bytes())
    return h.hexdigest()


def _marker(course: Course, assignment: str, student: str) -> Path:
    return course.root / "autograded" / student / assignment / MARKER


def _already_done(course: Course, assignment: str, student: str) -> SubmissionReport | None:
    marker = _marker(course, assignment, student)
    if not marker.exists():
        return None
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None
    if data.get("digest") != submission_digest(course.root / "submitted" / student / assignment):
        return None
    if data.get("graded"):
        return course.report(assignment, student)
    return SubmissionReport(student, assignment, False, 0.0, float(data.get("max_score", 0.0)), reason=data.get("reason", ""))


def _write_marker(course: Course, report: SubmissionReport, digest: str) -> None:
    marker = _marker(course, report.assignment, report.student)
    marker.parent.mkdir(parents=True, exist_ok=True)
    tmp = marker.with_suffix(".tmp")
    tmp.write_text(json.dumps({"digest": digest, "graded": report.graded, "reason": report.reason,
                               "max_score": report.max_score, "at": time.time()}), encoding="utf-8")
    os.replace(tmp, marker)  # atomic: a marker is either whole or absent


# -- worker processes -------------------------------------------------------------------------

_COURSE: Course | None = None


def worker_config(course_config: Config) -> Config:
    """What the grader's workers change in the course's nbgrader config: notebooks run by
    :class:`~curriculum.grading.kernels.GradingExecute` (kernels on private Unix sockets, without jupyter_client's idle waits)."""
    steps = course_config.Autograde.get("autograde_preprocessors", Autograde.autograde_preprocessors.default())
    config = Config()
    config.Autograde.autograde_preprocessors = [GradingExecute if step in (Execute, EXECUTE, CappedExecute, CAPPED_EXECUTE)
                                                else step for step in steps]
    return config


def _own_event_loop() -> None:
    """Give a forked worker an asyncio event loop of its own. The grader's process may have run one before it forked
    the workers (the teacher's reference run, when no release made it), and jupyter_client's synchronous calls find
    that loop again in the worker (``jupyter_core.utils.ensure_event_loop`` keeps it in a context variable, which a
    fork copies): every worker would then wait on one epoll instance shared with its parent and siblings, where
    a kernel's message can wake another worker (measured: 15 % slower per submission)."""
    import asyncio

    from jupyter_core import utils

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    if isinstance(getattr(utils, "_loop", None), contextvars.ContextVar):
        utils._loop.set(loop)


def _init_worker(root: str, env: dict[str, str]) -> None:
    global _COURSE
    _own_event_loop()
    os.environ.update(env)
    prepare_worker()
    _COURSE = Course(root)
    _COURSE.config.merge(worker_config(_COURSE.config))


def _passing(reason: str) -> bool:
    return any(trouble in reason for trouble in PASSING_TROUBLE)


def _grade_one(assignment: str, student: str) -> tuple[SubmissionReport, str]:
    assert _COURSE is not None
    return grade_one(_COURSE, assignment, student)


def grade_one(course: Course, assignment: str, student: str) -> tuple[SubmissionReport, str]:
    """Autograde one submission and write its feedback; each step is tried again after a passing trouble.
    What every back-end's workers run (:mod:`curriculum.grading.backends`). The second value is why the feedback
    could not be written ("" when it was)."""
    digest = submission_digest(course.root / "submitted" / student / assignment)
    for attempt in range(RETRIES):
        report = course.autograde(assignment, student)
        if report.graded or not _passing(report.reason):
            break
        time.sleep(0.2 * (attempt + 1))
    feedback_problem = ""
    if report.graded:
        for attempt in range(RETRIES):
            step = course.generate_feedback(assignment, student)
            if step.ok or not _passing(step.reason):
                break
            time.sleep(0.2 * (attempt + 1))
        feedback_problem = "" if step.ok else (step.reason or "nbgrader's generate_feedback failed")
    if not feedback_problem and (report.graded or not _passing(report.reason)):
        _write_marker(course, report, digest)  # a passing trouble is not remembered: the next run tries again
    settle()
    return report, feedback_problem


# -- the kernel fork server -------------------------------------------------------------------

SECRET_CHECKOUT_FOLDERS = ("source", ".git", ".curriculum", "demo-course", "autograded", "submitted", "feedback")


def sandbox_policy(course: Course) -> sandbox.Policy:
    """What a graded kernel must not see: the course folder (solutions, hidden tests, gradebook, other students),
    the package's own teacher notebooks, and, in a checkout, the git history (which holds those notebooks too),
    the grader's reference answers and the demo course."""
    hide = {str(course.root)} | {str(REPO_ROOT / name) for name in SECRET_CHECKOUT_FOLDERS}
    db = course.db_url
    if db.startswith("sqlite:///"):
        hide.add(str(Path(db[len("sqlite:///"):]).parent))
    expose = {sys.base_prefix, sys.prefix, str(REPO_ROOT)}
    return sandbox.Policy(hide=tuple(sorted(hide)), expose=tuple(sorted(expose)))


@contextmanager
def kernel_environment(use_fork_server: bool = True, policy: sandbox.Policy | None = None, *,
                       prestarted: bool = False) -> Iterator[dict[str, str]]:
    """A grader-only ``python3`` kernelspec (first on JUPYTER_PATH) and, if asked, a running fork server
    whose kernels enter the sandbox ``policy``. With ``prestarted``, the fork server that
    :func:`curriculum.grading.forkserver.prestart` started is used when there is one (it has been warming up meanwhile)."""
    early = forkserver.take_prestarted() if use_fork_server and prestarted else None
    with (early[0] if early is not None else tempfile.TemporaryDirectory(prefix="curriculum-grading-")) as tmp:
        spec_dir = Path(tmp) / "kernels" / "python3"
        spec_dir.mkdir(parents=True)
        check_registered()
        (spec_dir / "kernel.json").write_text(json.dumps({
            "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "Python 3 (grader)", "language": "python", "interrupt_mode": "signal",
            # where the kernel's environment names a fork server, it forks the kernel (grading/provisioner.py)
            "metadata": {"kernel_provisioner": {"provisioner_name": PROVISIONER}},
            "env": {"MPLBACKEND": "Agg", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"},
        }), encoding="utf-8")
        # connection files and the kernels' socket folders live in this run's folder and go with it
        env = {"JUPYTER_PATH": os.pathsep.join([tmp, os.environ.get("JUPYTER_PATH", "")]).rstrip(os.pathsep),
               "JUPYTER_RUNTIME_DIR": str(Path(tmp) / "runtime")}
        server = None
        if use_fork_server:
            server = early[1] if early is not None else forkserver.ForkServer(tmp)
            server.listen(policy)
            env[ENV_SOCKET] = server.socket
        try:
            yield env
        finally:
            if server is not None:
                server.stop()


GRADER_OUTPUTS = ("autograded", "feedback", ".curriculum", "grades.csv", "gradebook.db")


def give_back(course: Course) -> None:
    """Root grading a course folder that belongs to an account (a course's grader account on a hub) hands what it
    wrote back to that account, so that its Formgrader can go on using the gradebook, the feedback and the grades."""
    owner = course.root.stat()
    if os.geteuid() != 0 or owner.st_uid == 0:
        return
    for name in GRADER_OUTPUTS:
        top = course.root / name
        if not top.exists():
            continue
        for path in [top, *top.rglob("*")] if top.is_dir() else [top]:
            if path.lstat().st_uid != owner.st_uid:
                os.lchown(path, owner.st_uid, owner.st_gid)


def submissions(course_root: Path | str, assignment: str) -> list[str]:
    """The students who handed in ``assignment`` (folders ``submitted/<student>/<assignment>``)."""
    return _students(Course(course_root), assignment)


def _students(course: Course, assignment: str) -> list[str]:
    folder = course.root / "submitted"
    return sorted(p.name for p in folder.iterdir() if (p / assignment).is_dir()) if folder.is_dir() else []


def grade_assignment(course_root: Path | str, assignment: str, *, workers: int | None = None, force: bool = False,
                     fork_server: bool = True, isolate: bool | None = None,
                     progress: Callable[[SubmissionReport], None] | None = None,
                     csv_path: Path | None = None) -> GradingRun:
    """Autograde, give feedback to and export every submission of ``assignment``; see the module docstring.

    ``isolate`` runs every kernel in :mod:`curriculum.grading.sandbox` (the default where the grader can:
    as root on Linux); ``isolate=True`` without the rights raises instead of grading unprotected.
    Hidden checks are decided outside the student's kernel by the course's nbgrader pipeline
    (:mod:`curriculum.grading.trust`); the teacher's run they need is made here once, before the workers start.
    """
    if isolate is None:
        isolate = fork_server and sandbox.available()
    if isolate and not (fork_server and sandbox.available()):
        raise PermissionError("isolated grading needs the fork server and root rights on Linux (see curriculum.grading.sandbox)")
    start = time.perf_counter()
    course = Course(course_root)
    if assignment not in course.assignments():
        raise ValueError(f"no assignment {assignment!r} in {course.root / 'source'}")
    # two per core: a worker waits for its kernel part of the time (three and four workers on two cores
    # measured the same within the noise; benchmarks/results/grading.md)
    workers = max(1, workers or 2 * (os.cpu_count() or 1))
    reports: list[SubmissionReport] = []
    skipped: list[str] = []
    todo = []
    for student in _students(course, assignment):
        done = None if force else _already_done(course, assignment, student)
        if done is not None:
            reports.append(done)
            skipped.append(student)
            if progress is not None:
                progress(done)
        else:
            todo.append(student)
    no_feedback: list[FeedbackFailure] = []
    backend = load_backend(course)
    if todo:
        backend.check()

        def done(report: SubmissionReport, feedback_problem: str) -> None:
            reports.append(report)
            if feedback_problem:
                no_feedback.append(FeedbackFailure(report.student, feedback_problem))
            if progress is not None:
                progress(report)

        with kernel_environment(fork_server, sandbox_policy(course) if isolate else None, prestarted=True) as env:
            trust.reference(course, assignment, env)  # once, here: every back-end's workers read it from the course
            outcome = backend.run(GradingJob(course, assignment, tuple(todo), env, workers, force), done)
        isolate = isolate and outcome.sandboxed
    grades_csv = course.export_csv(csv_path or course.root / "grades.csv")
    give_back(course)
    reports.sort(key=lambda r: r.student)
    return GradingRun(assignment, tuple(reports), tuple(skipped), time.perf_counter() - start, grades_csv,
                      workers, tuple(no_feedback), sandboxed=bool(isolate), backend=backend.name)
