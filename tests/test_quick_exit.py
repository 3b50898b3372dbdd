"""A command's process ends without the interpreter's teardown, and loses nothing of what an ordinary exit keeps."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)


def test_threads_exit_handlers_and_buffered_output_are_kept(tmp_path):
    done = _run("""
        import atexit, sys, tempfile, threading, time, weakref
        from pathlib import Path
        from curriculum.quick_exit import exit_now

        out = Path(sys.argv[1])
        def late():
            time.sleep(0.3)
            (out / "thread.txt").write_text("done")
        threading.Thread(target=late).start()  # not a daemon: an ordinary exit waits for it
        atexit.register(lambda: (out / "atexit.txt").write_text(str(threading.active_count())))
        folder = tempfile.TemporaryDirectory()  # cleaned up by its finalizer, which runs at exit
        (out / "tempdir.txt").write_text(folder.name)
        sys.stdout.write("buffered, never flushed")  # a pipe: block-buffered
        exit_now(3)
    """, str(tmp_path))
    assert done.returncode == 3, done.stderr
    assert done.stdout == "buffered, never flushed"
    assert (tmp_path / "thread.txt").read_text() == "done"
    assert (tmp_path / "atexit.txt").read_text() == "1"  # the thread had ended before the handlers ran
    assert not Path((tmp_path / "tempdir.txt").read_text()).exists()


def test_no_status_is_success_and_an_error_still_exits_the_ordinary_way():
    assert _run("from curriculum.quick_exit import exit_now; exit_now(None)").returncode == 0
    wrong = subprocess.run([sys.executable, "-m", "curriculum", "no-such-command"], capture_output=True, text=True,
                           cwd=ROOT, timeout=60)
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr


def test_the_command_line_ends_with_the_commands_status(tmp_path):
    missing = tmp_path / "no-course"
    done = subprocess.run([sys.executable, "-m", "curriculum", "grade", "math-08-gears", "--course", str(missing)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 2, (done.stdout, done.stderr)  # what main returns for a course folder that is not there
    assert f"{missing}: no such folder" in done.stderr
