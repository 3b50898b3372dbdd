"""A fork server for kernels: the heavy imports happen once, every submission still gets a fresh process.

Starting a kernel costs about a second here (the interpreter, ipykernel, then sympy, numpy,
pint and the package on the first cell). The server imports all of that once and then, for
each kernel the grader asks for, forks a child that becomes an ordinary IPython kernel on
the connection file jupyter_client wrote. A child never runs anything but one notebook and
is never reused, so no student's changes (to sympy, to our checker, to builtins) can reach
another: it starts from the server's pristine memory, copy-on-write.

Requests come from :mod:`curriculum.grading.provisioner`, the provisioner of a grader-only
kernelspec, in the grader's worker: one line of JSON (the connection file, the working folder,
the environment) with the kernel's standard streams passed over the Unix socket. The server
answers with the kernel's process id and keeps the connection as the kernel's handle: when the
worker closes it (or dies), the server kills the kernel; when the kernel ends, the server
closes it.
"""

from __future__ import annotations

import atexit
import json
import os
import selectors
import signal
import socket
import subprocess
import sys
import tempfile

from curriculum.grading import sandbox
from curriculum.grading.sandbox import Policy

WARM_MODULES = (
    "ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.debugger", "IPython", "zmq", "numpy", "sympy", "pint",
    "matplotlib", "matplotlib.font_manager", "matplotlib.figure", "matplotlib.backends.backend_agg", "hypothesis",
    "ipywidgets",  # the labs' controls: 0.15 s per kernel that shows a lab
    "curriculum.check", "curriculum.check.capture", "curriculum.units", "curriculum.labs.core",
    "curriculum.variants",  # a notebook's parameters cell
    # what every kernel's IPKernelApp.initialize imported for itself (0.02 s of CPU per kernel, measured here)
    "IPython.core.completerlib", "IPython.core.debugger", "IPython.core.oinspect", "IPython.extensions.storemagic",
    "IPython.utils.wildcard", "pdb", "tornado.platform.asyncio", "curriculum.grading.kernel_caps",
    "curriculum.grading.output_caps",
    # what a kernel imported while it ran a graded sympy notebook (math-08-gears): 0.07 s of CPU per kernel
    "sympy.combinatorics", "sympy.tensor.tensor", "sympy.sets.setexpr", "sympy.assumptions.wrapper",
    "IPython.core.logger", "runpy",
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
    _warm_tracebacks()


def _warm_tracebacks() -> None:
    """Format one error the way a kernel shows it (IPython's ``Context`` traceback): a process's first costs about
    50 ms (inspect's table of every loaded module's file, stack_data's first use), the next about 5 ms. Done here,
    every forked kernel starts with it done; a wrong or empty answer's error costs each student's kernel the 5 ms."""
    import linecache
    import sys

    from IPython.core.ultratb import AutoFormattedTB

    name = "/curriculum-warm-up/cell.py"
    source = "def answer():\n    raise NotImplementedError\nanswer()\n"
    linecache.cache[name] = (len(source), None, source.splitlines(True), name)  # a cell, as ipykernel registers it
    try:
        exec(compile(source, name, "exec"), {})
    except NotImplementedError:
        AutoFormattedTB(mode="Context").structured_traceback(*sys.exc_info())
    finally:
        linecache.cache.pop(name, None)


def alive(pid: int) -> bool:
    """Whether a process ``pid`` exists (one under another uid too)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _configure(app: object, **kernel: object) -> None:
    """Give the kernel app its settings as the configuration its command line would become (``-f CONNECTION_FILE
    --IPKernelApp.parent_handle=... --IPKernelApp.log_level=ERROR --HistoryManager.enabled=False``), without parsing
    one: traitlets builds a parser of every flag and option of every configurable class first, about 7 ms of each
    kernel's start (measured here). ``initialize`` applies it where it would apply the command line's: before the
    profile's configuration files are read, and again after them, so that it wins."""
    import copy

    from traitlets.config import Config

    config = Config()
    for name, value in kernel.items():
        setattr(config.IPKernelApp, name, value)
    config.IPKernelApp.log_level = "ERROR"
    config.HistoryManager.enabled = False

    def parse_command_line(argv: object = None) -> None:  # traitlets' Application.parse_command_line, for no arguments
        app.argv = []
        app.cli_config = copy.deepcopy(config)
        app.update_config(app.cli_config)
        app.extra_args = []

    app.parse_command_line = parse_command_line


def _become_kernel(request: dict, fds: list[int], policy: Policy | None, slot: int) -> None:
    """In the forked child: take the requested streams and environment, enter the sandbox, run a kernel."""
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
        from ipykernel.kernelapp import IPKernelApp

        app = IPKernelApp.instance()
        # parent_handle: the server (a quiet start, and ipykernel's parent poller ends the kernel if the server dies;
        # the server ends it when the grader closes its handle)
        _configure(app, connection_file=connection_file, parent_handle=os.getppid())
        app.initialize([])
        from curriculum.grading import kernel_caps

        kernel_caps.install(app.shell)  # a flood of print is cut in the kernel, before it crosses the wire
        kernel_caps.format_errors_once(app.shell)
        kernel_caps.find_cell_modules_at_once()
        if policy is not None:
            sandbox.confine(policy, slot)  # the sockets to the grader exist: now no network, limits, no root
        app.start()
    except BaseException:  # noqa: BLE001 - a kernel that cannot start says why on the grader's stderr
        import traceback

        traceback.print_exc()
    finally:
        os._exit(0)


def _read_request(conn: socket.socket) -> tuple[dict, list[int]]:
    """A kernel request: one line of JSON and up to three descriptors (the kernel's standard streams)."""
    conn.settimeout(10)  # a request is sent at once, whole: never wait long for one
    message, fds, _flags, _addr = socket.recv_fds(conn, 1 << 16, 3)
    while not message.endswith(b"\n"):
        chunk = conn.recv(1 << 16)
        if not chunk:
            break
        message += chunk
    conn.settimeout(None)
    try:
        return json.loads(message.decode()), fds
    except ValueError:
        for fd in fds:
            os.close(fd)
        raise


def serve(path: str, ready_fd: int | None = None, policy: Policy | None = None, *, policy_from_stdin: bool = False) -> None:
    """Listen on the Unix socket ``path`` until stdin closes (the grader that started us is gone).

    With ``policy_from_stdin`` the server warms up first and then reads its sandbox policy as one line of stdin (an
    empty line: no sandbox); it listens only once it has it, so no kernel is ever forked before the policy is known."""
    _warm_up()
    if policy_from_stdin:
        line = sys.stdin.buffer.readline()
        if not line:  # the grader went away before it needed us
            return
        policy = Policy.from_json(line.decode()) if line.strip() else None
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(64)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel, never become zombies
    children: dict[int, tuple[socket.socket, int]] = {}  # child pid -> (its handle, the grader's connection; its slot)
    selector = selectors.DefaultSelector()
    selector.register(server, selectors.EVENT_READ)
    selector.register(sys.stdin, selectors.EVENT_READ)
    if ready_fd is not None:
        os.write(ready_fd, b"ready\n")
        os.close(ready_fd)

    claims = sandbox.SlotClaims(policy) if policy is not None else None

    def finished(child: int) -> None:
        handle, slot = children.pop(child)
        selector.unregister(handle)
        handle.close()  # the grader's provisioner sees the kernel has ended
        _kill(child)
        if claims is not None:
            sandbox.kill_slot(policy, slot)  # whatever the kernel left running under its uid goes too
            claims.release(slot)

    def start_kernel(conn: socket.socket) -> None:
        try:
            request, fds = _read_request(conn)
        except (OSError, ValueError):  # not a kernel request: nothing was forked
            conn.close()
            return
        used = {slot for _handle, slot in children.values()}
        slot = claims.claim() if claims is not None else next(i for i in range(len(used) + 1) if i not in used)
        pid = os.fork()
        if pid == 0:
            selector.close()
            server.close()
            for handle, _slot in children.values():  # other kernels' handles are not this kernel's business
                handle.close()
            conn.close()
            if claims is not None:
                claims.close_in_child()
            _become_kernel(request, fds, policy, slot)
        for fd in fds:
            os.close(fd)
        children[pid] = (conn, slot)
        selector.register(conn, selectors.EVENT_READ, pid)
        try:
            conn.sendall(f"{pid}\n".encode())
        except OSError:  # the grader is gone already
            finished(pid)

    while True:
        for key, _mask in selector.select(timeout=0.2):
            if key.fileobj is sys.stdin:
                if not sys.stdin.buffer.read1(1024):
                    for child in list(children):
                        finished(child)
                    return
            elif key.fileobj is server:
                conn, _addr = server.accept()
                start_kernel(conn)
            elif key.data in children:  # a kernel's handle: the grader closed it (or went away)
                try:
                    more = key.fileobj.recv(1024)
                except OSError:
                    more = b""
                if not more:
                    finished(key.data)
        for child in [c for c in children if not alive(c)]:  # ended
            finished(child)


def _kill(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)  # the child leads its own session: take its processes with it
    except (ProcessLookupError, PermissionError):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


class ForkServer:
    """A fork server process, started at once and warming up; :meth:`listen` tells it its sandbox policy and waits
    until it is ready. The grader starts one before it imports nbgrader, so the two warm up at the same time."""

    def __init__(self, folder: str):
        self.folder = folder
        self.socket = os.path.join(folder, "fork.sock")
        ready_r, ready_w = os.pipe()
        self.process = subprocess.Popen([sys.executable, "-m", "curriculum.grading.forkserver", self.socket, str(ready_w), "-"],
                                        stdin=subprocess.PIPE, pass_fds=(ready_w,), env={**os.environ, "MPLBACKEND": "Agg"})
        os.close(ready_w)
        self._ready: int | None = ready_r

    def listen(self, policy: Policy | None) -> None:
        """Give the server its policy (None: no sandbox) and wait until it listens; raise if it does not."""
        ready_fd, self._ready = self._ready, None
        try:
            with os.fdopen(ready_fd) as ready:
                self.process.stdin.write((policy.to_json() if policy is not None else "").encode() + b"\n")
                self.process.stdin.flush()
                answer = ready.readline().strip()
        except (OSError, TypeError):  # it died (a broken pipe), or listen was called twice
            answer = ""
        if answer != "ready":
            self.process.kill()
            raise RuntimeError("the kernel fork server did not start")

    def stop(self) -> None:
        """The server stops (and kills its kernels) when its stdin closes."""
        if self._ready is not None:
            os.close(self._ready)
            self._ready = None
        if self.process.stdin is not None and not self.process.stdin.closed:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


_EARLY: tuple[tempfile.TemporaryDirectory, ForkServer] | None = None


def prestart() -> None:
    """Start a fork server now, in a run folder of its own, for the next :func:`take_prestarted` (the teacher's
    ``curriculum grade`` calls this first thing). One that is never taken stops when this process exits."""
    global _EARLY
    if _EARLY is not None:
        return
    folder = tempfile.TemporaryDirectory(prefix="curriculum-grading-")
    server = ForkServer(folder.name)
    _EARLY = (folder, server)

    def _unused() -> None:  # never given a policy, so it never forked a kernel: nothing to wait for
        if _EARLY is not None and _EARLY[1] is server:
            server.process.kill()
            server.stop()
            folder.cleanup()

    atexit.register(_unused)


def take_prestarted() -> tuple[tempfile.TemporaryDirectory, ForkServer] | None:
    """The fork server :func:`prestart` started (and its folder), once; None if there is none."""
    global _EARLY
    early, _EARLY = _EARLY, None
    if early is not None and early[1].process.poll() is not None:  # it died: the caller starts its own
        early[0].cleanup()
        return None
    return early


def _main(argv: list[str]) -> None:
    if len(argv) > 3 and argv[3] == "-":
        serve(argv[1], int(argv[2]), policy_from_stdin=True)
    else:
        serve(argv[1], int(argv[2]), Policy.from_json(argv[3]) if len(argv) > 3 and argv[3] else None)


if __name__ == "__main__":
    _main(sys.argv)
    # its kernels are gone (serve kills them before it returns) and it owns no files: an interpreter that imported
    # sympy, matplotlib and every lab takes about 0.3 s to tear its modules down, which the grader would wait for
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
