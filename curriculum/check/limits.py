"""Bounded time for checks and student code.

Inside a Jupyter kernel the cell runs on the main thread, so an interval timer can
interrupt pure-Python work (sympy, a student's loop). The timer counts the process's
CPU time (``ITIMER_PROF``), not the wall clock: a grading server busy with other
kernels must not turn a correct, merely slowed-down answer into a timeout. Code that
sleeps or waits uses no CPU; nbgrader's per-cell wall-clock limit stops that.  The exception
derives from ``BaseException`` and the timer keeps firing, so a student's
``except Exception`` (or even a bare ``except``) around a loop cannot swallow it
for good.  Off the main thread, or without an interval timer, the limit is not enforced and
the caller's own timeout (nbgrader's per-cell ``Execute.timeout``) still applies.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class TimeLimitExceeded(BaseException):
    """Raised inside code that ran past its limit."""


def _can_use_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


_TIMER, _SIGNAL = (getattr(signal, "ITIMER_PROF", None), getattr(signal, "SIGPROF", None))


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the block if it runs longer than ``seconds``."""
    if seconds is None or seconds <= 0 or not _can_use_alarm() or _TIMER is None:
        yield
        return

    def _handler(signum, frame):  # noqa: ARG001 - signal handler signature
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(_SIGNAL, _handler)
    old_timer = signal.setitimer(_TIMER, seconds, 0.05)
    try:
        yield
    finally:
        signal.setitimer(_TIMER, 0)
        signal.signal(_SIGNAL, previous)
        if old_timer[0] > 0:  # an outer limit was running: give it back what is left
            signal.setitimer(_TIMER, *old_timer)
