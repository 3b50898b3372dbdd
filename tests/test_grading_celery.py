"""The celery back-end: grader hosts on a Redis queue grade exactly as local grading does, and a host killed
mid-submission loses and doubles nothing."""

from __future__ import annotations

import os
import threading
import time

import pytest

from curriculum.course import Course
from curriculum.gradebook import snapshot
from curriculum.grading import sandbox
from curriculum.grading.celery_backend import NoGraderHost
from curriculum.grading.run import MARKER, grade_assignment

from .grading_hosts import grader_hosts, redis_available
from .test_grading import ASSIGNMENT, KINDS, _copy, class_folder, serial_reference  # noqa: F401 - shared fixtures

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def hosts():
    why = redis_available()
    if why:
        if os.environ.get("CI"):
            pytest.fail(f"the grader hosts' test must run in CI: {why}")
        pytest.skip(why)
    with grader_hosts(("w1", "w2")) as running:
        yield running


def _on_celery(root, hosts) -> None:
    with open(root / "nbgrader_config.py", "a", encoding="utf-8") as fh:
        fh.write(hosts.course_settings())


def test_a_host_killed_mid_submission_loses_and_doubles_nothing(class_folder, serial_reference, hosts, tmp_path):
    root = _copy(class_folder, tmp_path, "course")
    _on_celery(root, hosts)
    seen = []
    result = {}
    grading = threading.Thread(target=lambda: result.update(run=grade_assignment(root, ASSIGNMENT, progress=seen.append)))
    grading.start()
    victim = None
    deadline = time.monotonic() + 180
    while victim is None and time.monotonic() < deadline and grading.is_alive():
        for task in hosts.active().get("w1@test", []):
            victim = task["args"][2]
    assert victim is not None, "w1 never took a submission"
    hosts.kill("w1")  # the host dies mid-submission: its main process and its worker process, at once
    grading.join(timeout=300)
    assert not grading.is_alive()
    run = result["run"]
    hosts.start_worker("w1")  # for the next test

    assert run.backend == "celery" and run.sandboxed == sandbox.available()
    assert sorted(r.student for r in run.reports) == sorted(f"s{i}" for i in range(len(KINDS)))  # each exactly once
    assert len(seen) == len(KINDS)
    assert {r.student for r in run.failed} == {"s6"} and "broken JSON" in run.failed[0].reason
    assert victim != "s6" and any(r.student == victim and r.graded for r in run.reports)
    # exactly what serial nbgrader writes: one set of grades per student, the same scores
    assert snapshot(Course(root).db_url) == serial_reference
    assert len(list((root / "feedback").glob(f"*/{ASSIGNMENT}/*.html"))) == 7
    assert len(list(root.glob(f"autograded/*/{ASSIGNMENT}/{MARKER}"))) == len(KINDS)
    # and run again: nothing is graded twice
    again = grade_assignment(root, ASSIGNMENT)
    assert set(again.skipped) == {f"s{i}" for i in range(len(KINDS))}
    assert snapshot(Course(root).db_url) == serial_reference


def test_without_a_grader_host_the_teacher_is_told_how_to_start_one(class_folder, hosts, tmp_path):
    root = _copy(class_folder, tmp_path, "course")
    with open(root / "nbgrader_config.py", "a", encoding="utf-8") as fh:
        fh.write("\nc.Grading.backend = 'celery'\nc.Grading.broker_url = 'redis://127.0.0.1:9/0'\n")  # nothing listens
    with pytest.raises(NoGraderHost, match="curriculum worker|does not answer"):
        grade_assignment(root, ASSIGNMENT)
    assert not list(root.glob(f"autograded/*/{ASSIGNMENT}/{MARKER}"))


def test_an_unknown_back_end_is_named_with_the_config_file(class_folder, tmp_path):
    root = _copy(class_folder, tmp_path, "course")
    with open(root / "nbgrader_config.py", "a", encoding="utf-8") as fh:
        fh.write("\nc.Grading.backend = 'kubernetes-magic'\n")
    with pytest.raises(ValueError, match=r"nbgrader_config.py: c.Grading.backend = 'kubernetes-magic' is not a grading back-end"):
        grade_assignment(root, ASSIGNMENT)
