"""``curriculum grade``: parallel grading gives what serial nbgrader gives, and a killed run resumes cleanly."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from curriculum.course import Course
from curriculum.gradebook import snapshot
from curriculum.grading import sandbox
from curriculum.grading.run import MARKER, grade_assignment
from curriculum.paths import REPO_ROOT

from .course_copy import course_copy

pytestmark = pytest.mark.slow
ASSIGNMENT = "math-08-gears"
KINDS = ("correct", "partly-wrong", "empty", "correct", "partly-wrong", "correct", "corrupt-file", "correct")


@pytest.fixture(scope="module")
def class_folder(tmp_path_factory) -> Path:
    """A course with eight submissions of one assignment (one of them a broken file), not yet graded."""
    course = course_copy(tmp_path_factory.mktemp("class") / "course", ASSIGNMENT)
    for i, kind in enumerate(KINDS):
        course.hand_in(f"s{i}", course.submission(kind))
    return course.root


def _copy(class_folder: Path, tmp_path: Path, name: str) -> Path:
    dest = tmp_path / name
    shutil.copytree(class_folder, dest)
    return dest


@pytest.fixture(scope="module")
def serial_reference(class_folder, tmp_path_factory):
    """Plain nbgrader, one submission after another, each in an ordinary fresh kernel."""
    root = _copy(class_folder, tmp_path_factory.mktemp("serial"), "course")
    course = Course(root)
    for student in sorted(p.name for p in (root / "submitted").iterdir()):
        course.autograde(ASSIGNMENT, student)
    return snapshot(course.db_url)


def test_parallel_grading_equals_serial_grading(class_folder, serial_reference, tmp_path):
    root = _copy(class_folder, tmp_path, "course")
    run = grade_assignment(root, ASSIGNMENT, workers=3)
    assert snapshot(Course(root).db_url) == serial_reference
    assert {r.student for r in run.failed} == {"s6"} and "broken JSON" in run.failed[0].reason
    assert len(run.graded) == 7 and not run.failed_feedback
    assert len(list((root / "feedback").glob(f"*/{ASSIGNMENT}/*.html"))) == 7
    rows = (root / "grades.csv").read_text(encoding="utf-8").strip().splitlines()
    assert len(rows) == 1 + len(KINDS)


def test_regrading_is_idempotent_and_skips_unchanged_work(class_folder, serial_reference, tmp_path):
    root = _copy(class_folder, tmp_path, "course")
    grade_assignment(root, ASSIGNMENT, workers=2)
    again = grade_assignment(root, ASSIGNMENT, workers=2)
    assert set(again.skipped) == {f"s{i}" for i in range(len(KINDS))}
    forced = grade_assignment(root, ASSIGNMENT, workers=2, force=True)
    assert not forced.skipped
    assert snapshot(Course(root).db_url) == serial_reference
    # a resubmission is graded again: make s2 (empty) hand in s0's correct work
    shutil.copy2(root / "submitted" / "s0" / ASSIGNMENT / "gears.ipynb", root / "submitted" / "s2" / ASSIGNMENT / "gears.ipynb")
    third = grade_assignment(root, ASSIGNMENT, workers=2)
    assert "s2" not in third.skipped
    assert next(r for r in third.reports if r.student == "s2").score == next(r for r in third.reports if r.student == "s0").score


def _grader_processes(course: Path) -> list[str]:
    """This course's grader processes (the fork server names the course in its sandbox policy)."""
    out = subprocess.run(["ps", "-eo", "pid,args"], capture_output=True, text=True).stdout
    return [line for line in out.splitlines()
            if ("curriculum.grading" in line or "curriculum grade" in line) and str(course) in line]


def test_a_killed_run_resumes_with_nothing_lost_or_doubled(class_folder, serial_reference, tmp_path):
    root = _copy(class_folder, tmp_path, "course")
    before = set(_grader_processes(root))
    proc = subprocess.Popen([sys.executable, "-m", "curriculum", "grade", ASSIGNMENT, "--course", str(root), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(root.glob(f"autograded/*/{ASSIGNMENT}/{MARKER}"))) < 2:
        time.sleep(0.2)
    assert proc.poll() is None, "the run finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)  # the whole grader: main process and workers, mid-submission
    proc.wait()
    time.sleep(1.0)  # the fork server notices its grader is gone and takes its kernels with it
    assert set(_grader_processes(root)) <= before, "processes of the killed run are still alive"
    done_before = len(list(root.glob(f"autograded/*/{ASSIGNMENT}/{MARKER}")))
    assert 2 <= done_before < len(KINDS)
    resumed = grade_assignment(root, ASSIGNMENT, workers=2)
    assert len(resumed.skipped) >= 2
    assert snapshot(Course(root).db_url) == serial_reference


def test_partial_credit_decided_outside_the_kernel_reaches_the_gradebook_and_the_feedback(tmp_path):
    """robot-arm's elbow-up angle: the elbow-down answer is an anticipated mistake worth half of the cell's 2 points."""
    assignment = "math-10-robot-arm"
    course = course_copy(tmp_path / "course", assignment)
    root = course.root
    answers = {"elbow-down": "theta1_up = -4.6425 * ureg.degree", "radians": "theta1_up = 0.5 * ureg.degree"}
    for student, code in answers.items():
        nb = course.submission("correct")
        next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "elbow-up-angle").source = code
        course.hand_in(student, nb)
    run = grade_assignment(root, assignment, workers=2)
    items = {r.student: {i.grade_id: i for i in r.items} for r in run.reports}
    assert items["elbow-down"]["elbow-up-angle-test"].score == pytest.approx(1.0)
    assert items["radians"]["elbow-up-angle-test"].score == 0
    full = sum(i.max_score for i in items["elbow-down"].values() if not i.needs_manual_grade)
    assert next(r for r in run.reports if r.student == "elbow-down").score == pytest.approx(full - 1.0)
    feedback = next((root / "feedback" / "elbow-down" / assignment).glob("*.html")).read_text(encoding="utf-8")
    assert "elbow-down" in feedback or "elbow down" in feedback.lower()  # the mistake's own message
    assert "◐ Partial credit: 1 of 2 points." in feedback  # how many of the cell's points the answer kept
    assert "-4.6425" not in feedback.split("theta1_up = -4.6425")[-1]  # no expected or buggy answer from the tests


@pytest.mark.skipif(not sandbox.available(), reason="isolation needs root on Linux")
def test_two_gradings_at_once_never_end_each_others_kernels(tmp_path):
    """Each fork server claims its own grading uids: a kernel that ends in one (its uid's processes are killed)
    cannot take a running kernel of the other with it (two teachers grading on one server, or two CI jobs)."""
    import threading

    from nbclient import NotebookClient
    from nbformat.v4 import new_code_cell, new_notebook

    from curriculum.grading.run import kernel_environment

    # Python, the environment and the package stay visible (a CI checkout lives under /tmp, which the sandbox replaces)
    policy = sandbox.Policy(hide=(str(tmp_path / "hidden"),), expose=(sys.base_prefix, sys.prefix, str(REPO_ROOT)))

    def run(cells: list[str], env: dict[str, str]) -> nbformat.NotebookNode:
        nb = new_notebook(cells=[new_code_cell(c) for c in cells])
        saved = dict(os.environ)
        try:
            os.environ.update(env)
            NotebookClient(nb, kernel_name="python3", timeout=30, allow_errors=True,
                           resources={"metadata": {"path": str(tmp_path)}}).execute()
        finally:
            os.environ.clear()
            os.environ.update(saved)
        return nb

    with kernel_environment(True, policy) as env_a, kernel_environment(True, policy) as env_b:
        long = {}
        worker = threading.Thread(target=lambda: long.update(nb=run(["import os, time\nuid = os.getuid()\ntime.sleep(6)",
                                                                      "print('survived', uid)"], env_a)))
        worker.start()
        time.sleep(3)  # the long kernel is running under its uid
        for _ in range(3):  # kernels of the other grading start and end meanwhile
            short = run(["import os\nprint(os.getuid())"], env_b)
            assert short.cells[0].outputs[0]["text"].strip().isdigit()
        worker.join()
    outputs = long["nb"].cells[1].get("outputs", [])
    assert outputs and outputs[0].get("text", "").startswith("survived"), long["nb"].cells


def test_a_feedback_that_cannot_be_written_is_reported_with_nbgraders_reason(tmp_path, monkeypatch):
    """A graded submission whose feedback fails is reported with the reason (the teacher sees why, not only who),
    and is not marked as done, so the next run writes it again."""
    from curriculum.course import StepResult, SubmissionReport
    from curriculum.grading import run as grading_run

    class Course:  # the two nbgrader steps grade_one runs, the second one failing
        root = tmp_path

        def autograde(self, assignment, student):
            return SubmissionReport(student, assignment, True, 3.0, 5.0)

        def generate_feedback(self, assignment, student):
            return StepResult(False, "PermissionError: [Errno 13] feedback/aigerim is not writable")

    (tmp_path / "submitted" / "aigerim" / "math-08-gears").mkdir(parents=True)
    monkeypatch.setattr(grading_run, "settle", lambda: None)
    report, problem = grading_run.grade_one(Course(), "math-08-gears", "aigerim")
    assert report.graded and problem == "PermissionError: [Errno 13] feedback/aigerim is not writable"
    assert not grading_run._marker(Course(), "math-08-gears", "aigerim").exists()


@pytest.mark.skipif(not sandbox.available(), reason="isolation needs root on Linux")
def test_a_fork_server_started_before_the_imports_listens_only_once_it_has_its_sandbox_policy(tmp_path):
    """``curriculum grade`` starts its fork server first thing (it warms up while nbgrader is imported) and gives it
    the sandbox policy later: until then it has no socket, so no kernel can be forked without the policy; the
    grading that takes it hands it the policy, and its kernels are confined by it."""
    from nbclient import NotebookClient
    from nbformat.v4 import new_code_cell, new_notebook

    from curriculum.grading import forkserver
    from curriculum.grading.forkserver import ENV_SOCKET
    from curriculum.grading.run import kernel_environment

    hidden = tmp_path / "hidden"
    hidden.mkdir()
    (hidden / "answers.txt").write_text("42", encoding="utf-8")
    policy = sandbox.Policy(hide=(str(hidden),), expose=(sys.base_prefix, sys.prefix, str(REPO_ROOT)))
    forkserver.prestart()
    _folder, server = forkserver._EARLY
    time.sleep(4)  # long enough to warm up on a quiet machine
    assert server.process.poll() is None and not Path(server.socket).exists()
    with kernel_environment(True, policy, prestarted=True) as env:
        assert forkserver._EARLY is None and env[ENV_SOCKET] == server.socket
        nb = new_notebook(cells=[new_code_cell(f"try:\n    print(open({str(hidden / 'answers.txt')!r}).read())\n"
                                               "except OSError as exc:\n    print('refused', type(exc).__name__)")])
        saved = dict(os.environ)
        try:
            os.environ.update(env)
            NotebookClient(nb, kernel_name="python3", timeout=30, allow_errors=True,
                           resources={"metadata": {"path": str(tmp_path)}}).execute()
        finally:
            os.environ.clear()
            os.environ.update(saved)
    assert nb.cells[0].outputs[0]["text"].startswith("refused"), nb.cells[0].outputs  # without the policy: 42
    assert server.process.poll() is not None  # stopped with the grading
    with kernel_environment(True, policy, prestarted=True) as env:  # none prestarted any more: one of its own
        assert env[ENV_SOCKET] != server.socket


def test_a_fork_server_that_stops_ends_its_running_kernels_and_exits_cleanly(tmp_path, monkeypatch):
    """The server leaves at once when the grading ends (without tearing its big interpreter down): its kernels go
    first, and it exits with 0."""
    from jupyter_client.manager import start_new_kernel

    from curriculum.grading import forkserver
    from curriculum.grading.run import kernel_environment

    stopped = []
    stop = forkserver.ForkServer.stop
    monkeypatch.setattr(forkserver.ForkServer, "stop", lambda self: stopped.append(self) or stop(self))
    saved = dict(os.environ)
    with kernel_environment(True, None) as env:
        try:
            os.environ.update(env)
            manager, client = start_new_kernel(kernel_name="python3", cwd=str(tmp_path))
        finally:
            os.environ.clear()
            os.environ.update(saved)
        said = []
        client.execute_interactive("import os; print(os.getpid())", timeout=30,
                                   output_hook=lambda msg: said.append(msg["content"].get("text", "")))
        kernel = int("".join(said).strip())
        os.kill(kernel, 0)  # still running when the grading ends
    client.stop_channels()
    assert [server.process.returncode for server in stopped] == [0]
    with pytest.raises(ProcessLookupError):
        for _ in range(200):  # the server killed it before it left (its launcher may take a moment to notice)
            os.kill(kernel, 0)
            time.sleep(0.01)
    manager.cleanup_resources()


def test_a_worker_forked_after_the_grader_ran_an_event_loop_waits_on_a_loop_of_its_own():
    """jupyter_client's synchronous calls keep their event loop in a context variable, which a fork copies: a worker
    would share the grader's epoll instance (and its siblings') unless it makes its own."""
    import json

    from jupyter_core.utils import ensure_event_loop

    from curriculum.grading.run import _own_event_loop

    parent = ensure_event_loop()  # what the grader's reference run leaves in its process
    parent_fd = parent._selector.fileno()
    read, write = os.pipe()
    child = os.fork()
    if child == 0:
        try:
            inherited = ensure_event_loop() is parent
            _own_event_loop()
            loop = ensure_event_loop()
            os.write(write, json.dumps([inherited, loop is parent, loop._selector.fileno() != parent_fd,
                                        loop.run_until_complete(asyncio.sleep(0, "ran"))]).encode())
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read) as answer:
        inherited, same, own_epoll, ran = json.loads(answer.read())
    os.waitpid(child, 0)
    assert inherited  # what a fork gives without _own_event_loop
    assert not same and own_epoll and ran == "ran"


def test_a_fork_server_keeps_the_slots_it_cleared_and_clears_only_a_uid_new_to_it(monkeypatch, tmp_path):
    """A slot given back (its kernel's leftovers ended) stays locked for the server's next kernel and is not cleared
    again; a uid the server did not hold may have an earlier, dead grader's processes, so it is cleared first; a
    second server never gets a uid the first holds, whether a kernel runs under it or not."""
    cleared = []
    monkeypatch.setattr(sandbox, "kill_slot", lambda policy, slot: cleared.append(slot))
    policy = sandbox.Policy(uid_base=63000)
    first = sandbox.SlotClaims(policy, lock_dir=str(tmp_path / "locks"))
    assert [first.claim(), first.claim()] == [0, 1] and cleared == [0, 1]
    first.release(0)  # what the server does once kill_slot has ended the kernel's processes
    assert first.claim() == 0 and cleared == [0, 1]  # its own cleared slot again: no second clearing
    first.release(1)
    second = sandbox.SlotClaims(policy, lock_dir=str(tmp_path / "locks"))
    assert second.claim() == 2 and cleared == [0, 1, 2]  # 0 runs a kernel, 1 is ready for the first server's next
    assert first.claim() == 1 and cleared == [0, 1, 2]
    child = os.fork()
    if child == 0:  # a forked kernel drops its copies of the descriptors: the locks stay the server's
        first.close_in_child()
        os._exit(0)
    os.waitpid(child, 0)
    assert second.claim() == 3 and cleared == [0, 1, 2, 3]


def _kernel_in(env: dict[str, str], cwd: Path):
    """A kernel started by jupyter_client from the grader's kernelspec in ``env`` (a kernel_environment's)."""
    from jupyter_client.manager import start_new_kernel

    saved = dict(os.environ)
    try:
        os.environ.update(env)
        return start_new_kernel(kernel_name="python3", cwd=str(cwd))
    finally:
        os.environ.clear()
        os.environ.update(saved)


def _pid_of(client) -> int:
    said = []
    client.execute_interactive("import os; print(os.getpid())", timeout=30,
                               output_hook=lambda msg: said.append(msg["content"].get("text", "")))
    return int("".join(said).strip())


def _gone(pid: int, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.01)
    return False


def test_a_graded_kernel_is_forked_by_the_server_and_ends_when_its_grader_lets_go_of_it(tmp_path):
    """The grader's kernelspec starts no process of its own: its provisioner asks the fork server, whose child the
    kernel is. A worker that dies without shutting its kernel down closes the kernel's handle, and the server ends
    the kernel; one that shuts it down normally leaves nothing running either."""
    from curriculum.grading.provisioner import ForkServerProvisioner
    from curriculum.grading.run import kernel_environment

    with kernel_environment(True, None) as env:
        manager, client = _kernel_in(env, tmp_path)
        assert isinstance(manager.provisioner, ForkServerProvisioner)
        kernel = _pid_of(client)
        assert kernel == manager.provisioner.pid
        with open(f"/proc/{kernel}/stat") as stat:  # a child of the fork server, not of this process
            assert int(stat.read().rsplit(")", 1)[1].split()[1]) != os.getpid()
        client.stop_channels()
        manager.shutdown_kernel(now=False)  # as nbclient ends it: shutdown request, the kernel leaves, handle closed
        assert _gone(kernel)

        read, write = os.pipe()
        worker = os.fork()
        if worker == 0:  # a grading worker that starts a kernel and dies (its descriptors close with it)
            try:
                _manager, child_client = _kernel_in(env, tmp_path)
                os.write(write, str(_pid_of(child_client)).encode())
            finally:
                os._exit(0)
        os.close(write)
        with os.fdopen(read) as answer:
            orphan = int(answer.read())
        os.waitpid(worker, 0)
        assert _gone(orphan)


def test_a_fork_server_that_does_not_answer_is_an_error_never_a_kernel_outside_it(tmp_path):
    from curriculum.grading.forkserver import ENV_SOCKET
    from curriculum.grading.run import kernel_environment

    with kernel_environment(False, None) as env:
        env = {**env, ENV_SOCKET: str(tmp_path / "no-server.sock")}
        with pytest.raises(RuntimeError, match="did not start a kernel"):
            _kernel_in(env, tmp_path)


def test_a_package_installed_without_its_provisioner_is_told_how_to_fix_it(monkeypatch):
    from jupyter_client.provisioning.factory import KernelProvisionerFactory

    from curriculum.grading.provisioner import check_registered

    factory = KernelProvisionerFactory.instance()
    monkeypatch.setattr(factory, "provisioners", {})

    def not_installed(name):
        raise RuntimeError("Was unable to find a provisioner")

    monkeypatch.setattr(factory, "_get_provisioner", not_installed)
    with pytest.raises(RuntimeError, match=r"install the package again \(make setup"):
        check_registered()
