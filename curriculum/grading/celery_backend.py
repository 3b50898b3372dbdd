"""Grading on grader hosts: a Celery queue on Redis, each submission one task, acknowledged only once graded.

Why Celery with Redis: it is the task queue Python shops already run, Debian packages Redis, and late
acknowledgement is exactly the guarantee grading needs: a grader host takes a submission, grades it, and only then
tells the queue it is done. A host (or one of its processes) that dies mid-way never acknowledges, so the
submission goes back to the queue (at once when a worker process dies, ``task_reject_on_worker_lost``; after
``c.Grading.visibility_timeout`` when a whole host dies) and another host grades it. Grading a submission twice
changes nothing: nbgrader replaces a student's grades, and a task whose submission is already marked as graded
(same hash of what was handed in) returns at once.

A grader host runs ``python -m curriculum worker --broker redis://...`` as root: each worker process starts a fork
server per course it grades, with that course's sandbox (:mod:`curriculum.grading.sandbox`), exactly as the local
pool does. The course folder must be at the same path on every host (one machine, or a shared file system), and a
gradebook that several hosts write must be PostgreSQL (``c.CourseDirectory.db_url``): never SQLite on a network
file system. The teacher's ``curriculum grade`` makes the reference run, sends the tasks, and collects the results.
"""

from __future__ import annotations

import os
import socket
import time
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

from celery import Celery
from celery.signals import worker_process_shutdown

from .backends import Done, Grading, GradingJob, Outcome

if TYPE_CHECKING:
    from ..course import Course

TASK = "curriculum.grade_submission"
QUEUE = "curriculum-grading"


def make_app(broker_url: str, visibility_timeout: float = 900.0) -> Celery:
    """The Celery application both the teacher's command and the grader hosts use (same settings on both sides)."""
    app = Celery("curriculum", broker=broker_url, backend=broker_url, set_as_current=False)
    transport = {"visibility_timeout": visibility_timeout}
    app.conf.update(
        task_acks_late=True,  # acknowledged once graded: a host that dies mid-way loses nothing
        task_reject_on_worker_lost=True,  # a worker process killed mid-task puts its submission back at once
        worker_prefetch_multiplier=1,  # a host holds only the submission it grades
        broker_transport_options=transport, result_backend_transport_options=transport,
        task_default_queue=QUEUE, task_serializer="json", result_serializer="json", accept_content=["json"],
        result_expires=7 * 24 * 3600, broker_connection_retry_on_startup=True, worker_hijack_root_logger=False,
        task_track_started=True,
    )
    app.task(name=TASK)(grade_submission)
    return app


# -- on a grader host ---------------------------------------------------------------------------

_HOSTED: dict[str, tuple[ExitStack, dict[str, str], Course, bool]] = {}


def _course_here(root: str) -> tuple[dict[str, str], Course, bool]:
    """This worker process's fork server (with the course's sandbox) and its view of the course, made once."""
    if root not in _HOSTED:
        from ..course import Course
        from . import sandbox
        from .run import kernel_environment, sandbox_policy, worker_config
        from .warm import prepare_worker

        course = Course(root)
        course.config.merge(worker_config(course.config))
        isolate = sandbox.available()
        stack = ExitStack()
        env = stack.enter_context(kernel_environment(True, sandbox_policy(course) if isolate else None))
        prepare_worker()
        _HOSTED[root] = (stack, env, course, isolate)
    _stack, env, course, isolate = _HOSTED[root]
    return env, course, isolate


@worker_process_shutdown.connect
def _close_fork_servers(**_kwargs: Any) -> None:
    while _HOSTED:
        _root, (stack, *_rest) = _HOSTED.popitem()
        stack.close()


def grade_submission(course_root: str, assignment: str, student: str, force: bool = False) -> dict:
    """The task: grade one submission here, unless it is already graded as handed in (a task delivered again)."""
    from .run import _already_done, grade_one

    env, course, isolate = _course_here(course_root)
    os.environ.update(env)  # this course's grader kernelspec and fork server
    done = None if force else _already_done(course, assignment, student)
    if done is not None:
        report, feedback_problem, again = done, "", True
    else:
        report, feedback_problem = grade_one(course, assignment, student)
        again = False
    return {"student": student, "graded": report.graded, "reason": report.reason, "max_score": report.max_score,
            "feedback_problem": feedback_problem, "sandboxed": isolate, "host": socket.gethostname(), "pid": os.getpid(),
            "already_graded": again}


def run_worker(broker_url: str, *, concurrency: int = 1, visibility_timeout: float = 900.0, loglevel: str = "INFO",
               hostname: str | None = None) -> None:
    """A grader host's worker (``python -m curriculum worker``): takes submissions until stopped."""
    os.environ.setdefault("C_FORCE_ROOT", "1")  # root builds the sandbox; the queue carries JSON only, never pickle
    app = make_app(broker_url, visibility_timeout)
    argv = ["worker", f"--concurrency={concurrency}", f"--loglevel={loglevel}", f"--queues={QUEUE}",
            "--without-gossip", "--without-mingle", "--pool=prefork"]
    if hostname:
        argv.append(f"--hostname={hostname}")
    app.worker_main(argv)


# -- the teacher's side ---------------------------------------------------------------------------

class NoGraderHost(RuntimeError):
    pass


class CeleryQueue:
    """Sends each submission to the queue and collects the results as grader hosts finish them."""

    name = "celery"

    def __init__(self, settings: Grading):
        self.settings = settings

    def check(self) -> None:
        import redis

        try:
            redis.Redis.from_url(self.settings.broker_url, socket_connect_timeout=3, socket_timeout=3).ping()
        except (redis.RedisError, OSError, ValueError) as exc:
            raise NoGraderHost(f"the grading queue at {self.settings.broker_url} does not answer ({exc}): start Redis "
                               "there, or set c.Grading.broker_url") from None
        app = make_app(self.settings.broker_url, self.settings.visibility_timeout)
        if not app.control.ping(timeout=3.0):
            raise NoGraderHost(f"no grader host answers on {self.settings.broker_url}: start one with "
                               f"`python -m curriculum worker --broker {self.settings.broker_url}` (as root)")

    def run(self, job: GradingJob, done: Done) -> Outcome:
        from ..course import SubmissionReport

        app = make_app(self.settings.broker_url, self.settings.visibility_timeout)
        root = str(job.course.root)
        pending = {student: app.send_task(TASK, args=[root, job.assignment, student, job.force])
                   for student in job.students}
        sandboxed = True
        last = time.monotonic()
        while pending:
            finished = [s for s, result in pending.items() if result.ready()]
            for student in finished:
                result = pending.pop(student)
                value = result.get(propagate=False)
                if result.successful():
                    sandboxed = sandboxed and value["sandboxed"]
                    report = (job.course.report(job.assignment, student) if value["graded"] else
                              SubmissionReport(student, job.assignment, False, 0.0, value["max_score"], reason=value["reason"]))
                    done(report, value["feedback_problem"])
                else:  # the task itself raised: say so; the submission is not marked, so the next run grades it
                    done(self._not_graded(job, student, f"the grader host failed: {value!r}"), "")
                result.forget()
                last = time.monotonic()
            if pending and time.monotonic() - last > self.settings.wait:
                for student, result in pending.items():
                    result.revoke()
                    done(self._not_graded(job, student, f"no grader host finished it in {self.settings.wait:.0f} s; "
                                                        "run again"), "")
                break
            time.sleep(0.1)
        return Outcome(sandboxed=sandboxed)

    @staticmethod
    def _not_graded(job: GradingJob, student: str, reason: str):
        from ..course import SubmissionReport

        return SubmissionReport(student, job.assignment, False, 0.0, job.course.report(job.assignment, student).max_score,
                                reason=reason)
