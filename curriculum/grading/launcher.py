"""The kernel process jupyter_client starts: asks the fork server for a kernel and stands in for it.

Interrupts and terminations sent to this process go to the forked kernel; when the kernel
exits, so does this process. Without a fork server (``CURRICULUM_FORK_SERVER`` unset) it
simply becomes an ordinary ipykernel. A fork server that is set but does not answer is an
error, never a reason to run a student's notebook outside the sandbox.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
import time


def _connection_file(argv: list[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "-f" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--f="):
            return arg.split("=", 1)[1]
    raise SystemExit("usage: python -m curriculum.grading.launcher -f CONNECTION_FILE")


def _plain_kernel(argv: list[str]) -> None:
    os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher", *argv])


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    connection_file = os.path.abspath(_connection_file(argv))
    path = os.environ.get("CURRICULUM_FORK_SERVER")
    if not path:
        _plain_kernel(argv)
    request = {"connection_file": connection_file, "cwd": os.getcwd(), "env": dict(os.environ), "launcher": os.getpid()}
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.connect(path)
            socket.send_fds(conn, [json.dumps(request).encode()], [0, 1, 2])
            conn.shutdown(socket.SHUT_WR)
            reply = conn.makefile().readline()
        kernel = int(reply)
    except (OSError, ValueError) as exc:
        print(f"curriculum: the kernel fork server at {path} did not start a kernel ({exc!r})", file=sys.stderr)
        raise SystemExit(1) from None

    def relay(signum: int, _frame: object) -> None:
        try:
            os.kill(kernel, signum)
        except ProcessLookupError:
            pass
        if signum != signal.SIGINT:
            os._exit(0)

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT):
        signal.signal(sig, relay)
    while True:
        try:
            os.kill(kernel, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)


if __name__ == "__main__":
    main()
