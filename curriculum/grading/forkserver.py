"""A fork server for kernels: the heavy imports happen once, every submission still gets a fresh process.

Starting a kernel costs about a second here (the interpreter, ipykernel, then sympy, numpy,
pint and the package on the first cell). The server imports all of that once and then, for
each kernel the grader asks for, forks a child that becomes an ordinary IPython kernel on
the connection file jupyter_client wrote. A child never runs anything but one notebook and
is never reused, so no student's changes (to sympy, to our checker, to builtins) can reach
another: it starts from the server's pristine memory, copy-on-write.

Requests come from :mod:`curriculum.grading.launcher`, which jupyter_client starts as the
kernel process (through a grader-only kernelspec); the launcher passes its standard streams
over the Unix socket, relays interrupts to the child and, when it dies, the server kills
the child.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import socket
import sys
import time

from curriculum.grading import sandbox
from curriculum.grading.sandbox import Policy

WARM_MODULES = (
    "ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.debugger", "IPython", "zmq", "numpy", "sympy", "pint",
    "matplotlib", "matplotlib.font_manager", "matplotlib.figure", "matplotlib.backends.backend_agg", "hypothesis",
    "ipywidgets",  # the labs' controls: 0.15 s per kernel that shows a lab
    "curriculum.check", "curriculum.check.capture", "curriculum.units", "curriculum.labs.core",
    "curriculum.variants",  # a notebook's parameters cell
)
ENV_SOCKET = "CURRICULUM_FORK_SERVER"


def _warm_up() -> None:
    import importlib

    os.environ.setdefault("MPLBACKEND", "Agg")
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # debugpy (imported by ipykernel) stays quiet
    import pkgutil

    import curriculum.labs

    labs = [f"curriculum.labs.{m.name}" for m in pkgutil.iter_modules(curriculum.labs.__path__)]
    for name in (*WARM_MODULES, *labs):  # the labs too: an assignment's lab cell builds one
        try:
            importlib.import_module(name)
        except ImportError:  # a lab's optional dependency missing: the kernel imports it itself
            pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _become_kernel(request: dict, fds: list[int], policy: Policy | None, slot: int) -> None:
    """In the forked child: take over the launcher's streams and environment, enter the sandbox, run a kernel."""
    try:
        os.setsid()
        for sig in (signal.SIGCHLD, signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
            signal.signal(sig, signal.SIG_DFL)
        for target, fd in zip((0, 1, 2), fds):
            os.dup2(fd, target)
        for fd in fds:
            os.close(fd)
        os.environ.clear()
        os.environ.update(request["env"])
        connection_file = request["connection_file"]
        if policy is not None:
            connection_file = sandbox.prepare(policy, request["cwd"], connection_file)  # must run single-threaded
        else:
            os.chdir(request["cwd"])
        launcher = int(request["launcher"])

        import threading

        def watch_launcher() -> None:  # the launcher is this kernel's handle for jupyter_client
            while _alive(launcher):
                time.sleep(0.2)
            os._exit(1)

        threading.Thread(target=watch_launcher, daemon=True).start()
        from ipykernel.kernelapp import IPKernelApp

        app = IPKernelApp.instance()
        # parent_handle: the kernel's parent is the launcher (quiet start, and ipykernel's own parent poller,
        # which compares it with our real parent, the server, stands aside for watch_launcher above)
        app.initialize(["-f", connection_file, f"--IPKernelApp.parent_handle={launcher}",
                        "--IPKernelApp.log_level=ERROR", "--HistoryManager.enabled=False"])
        from curriculum.grading import kernel_caps

        kernel_caps.install(app.shell)  # a flood of print is cut in the kernel, before it crosses the wire
        if policy is not None:
            sandbox.confine(policy, slot)  # the sockets to the grader exist: now no network, limits, no root
        app.start()
    except BaseException:  # noqa: BLE001 - a kernel that cannot start says why on the launcher's stderr
        import traceback

        traceback.print_exc()
    finally:
        os._exit(0)


def serve(path: str, ready_fd: int | None = None, policy: Policy | None = None) -> None:
    """Listen on the Unix socket ``path`` until stdin closes (the grader that started us is gone)."""
    _warm_up()
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(64)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel, never become zombies
    children: dict[int, tuple[int, int]] = {}  # child pid -> (launcher pid, sandbox slot)
    selector = selectors.DefaultSelector()
    selector.register(server, selectors.EVENT_READ)
    selector.register(sys.stdin, selectors.EVENT_READ)
    if ready_fd is not None:
        os.write(ready_fd, b"ready\n")
        os.close(ready_fd)

    claims = sandbox.SlotClaims(policy) if policy is not None else None

    def finished(child: int, slot: int) -> None:
        _kill(child)
        if claims is not None:
            sandbox.kill_slot(policy, slot)  # whatever the kernel left running under its uid goes too
            claims.release(slot)

    while True:
        for key, _mask in selector.select(timeout=0.2):
            if key.fileobj is sys.stdin:
                if not sys.stdin.buffer.read1(1024):
                    for child, (_launcher, slot) in children.items():
                        finished(child, slot)
                    return
                continue
            conn, _addr = server.accept()
            with conn:
                message, fds, _flags, _addr = socket.recv_fds(conn, 1 << 16, 3)
                while chunk := conn.recv(1 << 16):  # the launcher closes its side after the request
                    message += chunk
                request = json.loads(message.decode())
                used = {slot for _launcher, slot in children.values()}
                slot = claims.claim() if claims is not None else next(i for i in range(len(used) + 1) if i not in used)
                pid = os.fork()
                if pid == 0:
                    selector.close()
                    server.close()
                    if claims is not None:
                        claims.close_in_child()
                    _become_kernel(request, fds, policy, slot)
                for fd in fds:
                    os.close(fd)
                children[pid] = (int(request["launcher"]), slot)
                conn.sendall(f"{pid}\n".encode())
        for child, (launcher, slot) in list(children.items()):
            if not _alive(child) or not _alive(launcher):  # done, or jupyter_client killed the launcher
                finished(child, slot)
                del children[child]


def _kill(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)  # the child leads its own session: take its processes with it
    except (ProcessLookupError, PermissionError):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


if __name__ == "__main__":
    serve(sys.argv[1], int(sys.argv[2]), Policy.from_json(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] else None)
