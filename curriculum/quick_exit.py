"""Ending a command's process without tearing the interpreter down.

When ``python -m curriculum ...`` returns, CPython waits for the process's threads, runs its ``atexit`` handlers,
and then takes every module apart and frees every object one by one. A grader that has imported nbgrader, sympy,
SQLAlchemy and the rest spends about a third of a second on that last part (measured here after grading a class:
0.32-0.37 s from the last ``atexit`` handler to the process's end), while the teacher waits and nothing is left
to save: files are closed and the gradebook committed by then.

:func:`exit_now` does the first two steps as the interpreter would (its own ``threading._shutdown`` and
``atexit._run_exitfuncs``), flushes the standard streams, and ends the process with the command's status. Where
either function is missing (another Python), it exits the ordinary way. The kernel fork server ends the same way
for the same reason (``grading/forkserver.py``).
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn


def exit_now(status: int | None) -> NoReturn:
    """End this process with ``status`` (None: 0, as ``sys.exit``) once its threads are done and its ``atexit``
    handlers have run."""
    status = status or 0
    shutdown = getattr(threading, "_shutdown", None)
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if shutdown is None or run_exit_handlers is None or threading.current_thread() is not threading.main_thread():
        sys.exit(status)
    shutdown()  # joins the threads that are not daemons, and runs threading's own exit hooks (executors')
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be written to it anyway
            pass
    os._exit(status)
