"""The session's demo (the README's main job over the sample classes), graded in a process of its own while the
other tests run; the ``demo`` fixture in ``conftest.py`` waits for it.

``python -m tests.demo_job COURSE RESULT [ASSIGNMENT ...]`` runs :func:`curriculum.demo.run_demo` into ``COURSE``
(every assignment, or those named) and pickles its :class:`~curriculum.demo.DemoResult` to ``RESULT``; what it
prints goes where its caller sends it (a log beside the course), and a failure is its traceback and exit status 1.
"""

from __future__ import annotations

import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

from curriculum.paths import REPO_ROOT


class DemoJob:
    """The demo running in the background: started at once, :meth:`result` waits for it."""

    def __init__(self, folder: Path, assignments: list[str]):
        self.folder = Path(folder)
        self.course, self.out, self.log = folder / "course", folder / "result.pickle", folder / "demo.log"
        self.started = time.monotonic()
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen([sys.executable, "-m", "tests.demo_job", str(self.course), str(self.out),
                                          *assignments], cwd=REPO_ROOT, stdin=subprocess.DEVNULL, stdout=log,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        self._result = None

    def result(self):
        """The demo's :class:`~curriculum.demo.DemoResult` once it is done; a failed demo raises with its log."""
        if self._result is None:
            waited = time.monotonic()
            code = self.proc.wait()
            if code != 0 or not self.out.exists():
                tail = "\n".join(self.log.read_text(errors="replace").splitlines()[-60:])
                raise RuntimeError(f"the demo failed (exit status {code}); the end of {self.log}:\n{tail}")
            with open(self.out, "rb") as fh:
                self._result = pickle.load(fh)
            print(f"\n(the demo took {time.monotonic() - self.started:.0f} s in the background; "
                  f"its first test waited {time.monotonic() - waited:.0f} s for it)")
        return self._result

    def stop(self) -> None:
        """End the demo if it still runs (an interrupted session): its grading workers and kernels too."""
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=20)
            except (OSError, subprocess.TimeoutExpired):
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except OSError:
                    pass
                self.proc.wait()


NICENESS = 5
"""The demo gives way to the tests in the foreground (its graders and kernels inherit it); once a test waits for it,
it has the machine to itself anyway."""


def main(argv: list[str]) -> int:
    from curriculum.demo import run_demo

    os.nice(NICENESS)
    course, out, *assignments = argv
    result = run_demo(Path(course), say=print, assignments=assignments or None)
    with open(out + ".part", "wb") as fh:
        pickle.dump(result, fh)
    os.replace(out + ".part", out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
