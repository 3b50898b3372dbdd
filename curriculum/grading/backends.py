"""Where a class's submissions are graded: one interface, back-ends chosen by the course's configuration.

``grade_assignment`` makes the teacher's reference run, then hands the submissions still to grade to a back-end
and hears about each one as it finishes; it does not know which back-end runs. Every back-end's workers grade a
submission with the same function (:func:`curriculum.grading.run.grade_one`: nbgrader's autograde and feedback, in
the sandbox, a marker once done), so the gradebook, the feedback and ``grades.csv`` come out the same.

- ``local`` (the default): worker processes on this machine (:class:`LocalPool`).
- ``celery``: a queue on Redis that grader hosts take submissions from (:mod:`curriculum.grading.celery_backend`).
- any other value: the dotted name of a class with the same ``name``/``run`` interface.

In the course's ``nbgrader_config.py``::

    c.Grading.backend = "celery"
    c.Grading.broker_url = "redis://grading.school.lan:6379/0"
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from traitlets import Float, Unicode
from traitlets.config import Configurable

if TYPE_CHECKING:
    from ..course import Course, SubmissionReport


class Grading(Configurable):
    """The course's choice of grading back-end (``c.Grading.*`` in ``nbgrader_config.py``)."""

    backend = Unicode("local", help="local (worker processes here), celery (grader hosts on a Redis queue), "
                                    "or the dotted name of a back-end class").tag(config=True)
    broker_url = Unicode("redis://127.0.0.1:6379/0", help="the Redis of the celery back-end").tag(config=True)
    visibility_timeout = Float(900.0, help="seconds after which a submission taken by a grader host that died is "
                                           "handed to another; longer than any one submission takes").tag(config=True)
    wait = Float(3600.0, help="seconds the teacher's command waits without any submission finishing before it "
                              "reports the rest as not graded (they stay unmarked: the next run grades them)").tag(config=True)


@dataclass(frozen=True)
class GradingJob:
    """The submissions of one assignment still to grade, and this host's kernel environment (the fork server)."""

    course: Course
    assignment: str
    students: tuple[str, ...]
    env: dict[str, str]
    workers: int
    force: bool = False


@dataclass(frozen=True)
class Outcome:
    sandboxed: bool  # whether every submission ran in the sandbox (as far as the back-end knows)


Done = Callable[["SubmissionReport", bool], None]


class Backend(Protocol):
    name: str

    def check(self) -> None:
        """Raise, saying what to do, when the back-end cannot grade now (before the teacher's reference run)."""

    def run(self, job: GradingJob, done: Done) -> Outcome:
        """Grade every submission of ``job``; call ``done(report, feedback_problem)`` as each finishes (``""`` when its feedback was written)."""


class LocalPool:
    """Worker processes on this machine, forked once per run, sharing this host's fork server."""

    name = "local"

    def __init__(self, settings: Grading | None = None):
        self.settings = settings

    def check(self) -> None:
        pass

    def run(self, job: GradingJob, done: Done) -> Outcome:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        from . import run
        from .warm import for_workers

        context = multiprocessing.get_context("fork")
        released = sorted((job.course.root / "release" / job.assignment).glob("*.ipynb"))
        with (for_workers(job.course.config, released),  # once here rather than in every worker
              ProcessPoolExecutor(max_workers=min(job.workers, len(job.students)), mp_context=context,
                                  initializer=run._init_worker, initargs=(str(job.course.root), job.env)) as pool):
            futures = {pool.submit(run._grade_one, job.assignment, s): s for s in job.students}
            for future in as_completed(futures):
                done(*future.result())
        return Outcome(sandboxed=True)  # this host's kernels: as sandboxed as the fork server grade_assignment started


BACKENDS = {"local": "curriculum.grading.backends.LocalPool",
            "celery": "curriculum.grading.celery_backend.CeleryQueue"}


def load_backend(course: Course) -> Backend:
    """The back-end the course's configuration names (``c.Grading.backend``)."""
    settings = Grading(config=course.config)
    dotted = BACKENDS.get(settings.backend, settings.backend)
    module, _, name = dotted.rpartition(".")
    try:
        cls = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError, ValueError) as exc:
        raise ValueError(f"{course.root / 'nbgrader_config.py'}: c.Grading.backend = {settings.backend!r} is not a grading "
                         f"back-end ({', '.join(BACKENDS)}, or a dotted class name): {exc}") from None
    return cls(settings)
