"""Bounded time for checks and student code.

Inside a Jupyter kernel the cell runs on the main thread, so a SIGALRM interval
timer can interrupt pure-Python work (sympy, a student's loop).  The exception
derives from ``BaseException`` and the timer keeps firing, so a student's
``except Exception`` (or even a bare ``except``) around a loop cannot swallow it
for good.  Off the main thread, or without SIGALRM, the limit is not enforced and
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


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the block if it runs longer than ``seconds``."""
    if seconds is None or seconds <= 0 or not _can_use_alarm():
        yield
        return

    def _handler(signum, frame):  # noqa: ARG001 - signal handler signature
        raise TimeLimitExceeded(seconds)

    previous = signal.signal(signal.SIGALRM, _handler)
    old_timer = signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if old_timer[0] > 0:  # an outer limit was running: give it back what is left
            signal.setitimer(signal.ITIMER_REAL, *old_timer)
