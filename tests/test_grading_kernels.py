"""The grader's kernels (curriculum.grading.kernels), what a worker changes in the course's config, and what it tries again."""

from __future__ import annotations

import os
import stat

import nbformat.v4 as v4
import pytest
from nbclient import NotebookClient
from nbgrader.converters import Autograde
from traitlets.config import Config

from curriculum.course import Course, StepResult, SubmissionReport
from curriculum.grading import run
from curriculum.grading.kernels import GradingExecute, GradingKernelClient, GradingKernelManager
from curriculum.grading.run import CAPPED_EXECUTE, EXECUTE, MARKER, worker_config
from curriculum.paths import REPO_ROOT

pytestmark = pytest.mark.slow


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as fh:  # a zombie is dead too
        return fh.read().split(")")[-1].split()[0] != "Z"


@pytest.mark.parametrize("shutdown", ["immediate", "graceful"])
def test_a_grading_kernel_runs_a_notebook_on_private_sockets_and_is_gone_after(tmp_path, monkeypatch, shutdown):
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    nb = v4.new_notebook(cells=[
        v4.new_code_cell("print('first output')"),  # lost if the output channel were not connected yet
        v4.new_code_cell("import os, json\nfrom ipykernel.connect import get_connection_file\n"
                         "print(os.getpid()); print(json.load(open(get_connection_file()))['ip'])"),
    ])
    client = NotebookClient(nb, kernel_name="python3", kernel_manager_class=GradingKernelManager,
                            shutdown_kernel=shutdown)
    client.execute()
    assert nb.cells[0].outputs[0].text == "first output\n"
    pid, ip = nb.cells[1].outputs[0].text.split()
    folder = os.path.dirname(ip)
    assert os.path.dirname(folder) == str(tmp_path / "runtime")  # a folder of its own in the runtime folder
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    assert os.listdir(folder) == []  # its sockets are removed with it
    assert not _alive(int(pid))


def test_the_grading_kernel_manager_makes_grading_clients_and_each_kernel_its_own_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path))
    first, second = GradingKernelManager(), GradingKernelManager()
    assert isinstance(first.client(), GradingKernelClient)
    assert first.transport == "ipc" and not first.cache_ports
    assert os.path.dirname(first.ip) != os.path.dirname(second.ip)
    assert GradingKernelManager(transport="tcp").ip == "127.0.0.1"


def test_workers_run_notebooks_with_grading_kernels_and_keep_the_course_s_steps_and_settings():
    course = Course(REPO_ROOT)
    steps = course.config.Autograde.autograde_preprocessors
    assert CAPPED_EXECUTE in steps and EXECUTE not in steps
    changed = worker_config(course.config).Autograde.autograde_preprocessors
    assert changed == [GradingExecute if step == CAPPED_EXECUTE else step for step in steps]
    # a course that leaves the list to nbgrader gets nbgrader's list, with the grading Execute
    default = Autograde.autograde_preprocessors.default()
    changed = worker_config(Config()).Autograde.autograde_preprocessors
    assert [step.__name__ for step in changed] == [
        "GradingExecute" if step.__name__ == "Execute" else step.__name__ for step in default]
    # the course's Execute settings (time limits, shutdown) reach the grading Execute
    execute = GradingExecute(config=course.config)
    assert (execute.timeout, execute.shutdown_kernel) == (course.config.Execute.timeout, "immediate")
    assert execute.kernel_manager_class is GradingKernelManager


class _Worker:
    """A worker's course whose autograde answers as told, one outcome per call."""

    def __init__(self, root, outcomes):
        self.root, self.outcomes, self.calls = root, list(outcomes), 0

    def autograde(self, assignment, student):
        self.calls += 1
        return self.outcomes.pop(0)

    def generate_feedback(self, assignment, student):
        return StepResult(True)


@pytest.mark.parametrize("trouble", ["RuntimeError: Kernel died before replying to kernel_info",
                                     "OperationalError: (sqlite3.OperationalError) database is locked"])
def test_a_passing_trouble_is_tried_again_and_never_remembered(tmp_path, monkeypatch, trouble):
    (tmp_path / "submitted" / "dana" / "a").mkdir(parents=True)
    (tmp_path / "submitted" / "dana" / "a" / "gears.ipynb").write_text("{}")
    marker = tmp_path / "autograded" / "dana" / "a" / MARKER
    monkeypatch.setattr(run.time, "sleep", lambda _seconds: None)
    monkeypatch.setattr(run, "settle", lambda: None)  # no gc.freeze in the test process
    failed = SubmissionReport("dana", "a", False, 0.0, 12.0, reason=trouble)
    graded = SubmissionReport("dana", "a", True, 12.0, 12.0)

    worker = _Worker(tmp_path, [failed, graded])  # passes: graded on the second try, and remembered
    monkeypatch.setattr(run, "_COURSE", worker)
    report, _feedback = run._grade_one("a", "dana")
    assert report.graded and worker.calls == 2 and marker.exists()

    marker.unlink()
    worker = _Worker(tmp_path, [failed] * run.RETRIES)  # lasts: reported, and not remembered, so a new run tries again
    monkeypatch.setattr(run, "_COURSE", worker)
    report, _feedback = run._grade_one("a", "dana")
    assert not report.graded and report.reason == trouble and worker.calls == run.RETRIES
    assert not marker.exists()


def test_a_submission_s_own_failure_is_reported_once_and_remembered(tmp_path, monkeypatch):
    (tmp_path / "submitted" / "dana" / "a").mkdir(parents=True)
    (tmp_path / "submitted" / "dana" / "a" / "gears.ipynb").write_text("{")
    broken = SubmissionReport("dana", "a", False, 0.0, 12.0, reason="gears.ipynb is not a notebook: broken JSON")
    worker = _Worker(tmp_path, [broken])
    monkeypatch.setattr(run, "_COURSE", worker)
    monkeypatch.setattr(run, "settle", lambda: None)
    report, _feedback = run._grade_one("a", "dana")
    assert report == broken and worker.calls == 1
    assert (tmp_path / "autograded" / "dana" / "a" / MARKER).exists()  # a new run skips it until it is handed in again
