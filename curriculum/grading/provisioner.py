"""The kernel provisioner of the grader's kernelspec: a graded kernel is forked by the fork server, no process started.

jupyter_client starts a kernel through its kernelspec's provisioner (``metadata.kernel_provisioner``, registered
under ``jupyter_client.kernel_provisioners`` in ``pyproject.toml``). The grader's kernelspec
(:func:`curriculum.grading.run.kernel_environment`) names this one. Where the kernel's environment names a fork
server (``CURRICULUM_FORK_SERVER``), it asks that server for a kernel on the connection file jupyter_client wrote,
and the server forks one, already warm, into the sandbox (:mod:`curriculum.grading.forkserver`). Without a fork
server it is jupyter_client's own ``LocalProvisioner``: the kernelspec's command, an ordinary kernel.

The connection to the server is the kernel's handle, both ways: the server ends the kernel (and whatever it left
running under its uid) when the connection closes (this provisioner's ``cleanup``, or the grader's worker dying),
and closes the connection when the kernel has ended. Signals (an interrupt, a kill) go to the kernel's process
group, as jupyter_client sends them to any local kernel. A fork server that is named but does not answer is an
error, never a reason to run a student's notebook outside the sandbox.

Before this, jupyter_client started a small launcher process per kernel that asked the server for it and stood in
for it; that process cost about 18 ms of CPU per kernel (an interpreter's start, ``json`` and ``socket``).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
from typing import Any

from jupyter_client.connect import KernelConnectionInfo
from jupyter_client.provisioning import LocalProvisioner

from .forkserver import ENV_SOCKET, alive

NAME = "curriculum-fork-server"
"""The provisioner's name in the kernelspec and among jupyter_client's entry points."""
EXIT_POLL_SECONDS = 0.005
CONNECT_TIMEOUT_SECONDS = 60.0


class ForkServerProvisioner(LocalProvisioner):
    """jupyter_client's local provisioner, whose kernels the fork server forks when the kernel's environment names
    one (see the module's docstring)."""

    _server: socket.socket | None = None
    _kernel: int | None = None

    @property
    def has_process(self) -> bool:
        return self._kernel is not None or super().has_process

    async def launch_kernel(self, cmd: list[str], **kwargs: Any) -> KernelConnectionInfo:
        path = (kwargs.get("env") or {}).get(ENV_SOCKET)
        if not path:
            return await super().launch_kernel(cmd, **kwargs)
        km = self.parent
        request = {"connection_file": os.path.abspath(km.connection_file),
                   "cwd": os.path.abspath(kwargs.get("cwd") or os.getcwd()), "env": dict(kwargs["env"])}
        self._server, self._kernel = _ask_for_kernel(path, request)
        self.pid = self.pgid = self._kernel  # the kernel leads its own process group
        self.cwd = request["cwd"]
        return self.connection_info

    async def poll(self) -> int | None:
        if self._kernel is None:
            return await super().poll()
        return None if alive(self._kernel) else 0  # the server reaps it at once: no exit status to read

    async def wait(self) -> int | None:
        if self._kernel is None:
            return await super().wait()
        while await self.poll() is None:
            await asyncio.sleep(EXIT_POLL_SECONDS)
        self._kernel = None
        return 0

    async def send_signal(self, signum: int) -> None:
        if self._kernel is None:
            return await super().send_signal(signum)
        try:
            os.killpg(self._kernel, signum)
        except ProcessLookupError:
            pass  # ended already (the server reaped it, or killed it as its connection closed)

    async def kill(self, restart: bool = False) -> None:
        if self._kernel is None:
            return await super().kill(restart)
        await self.send_signal(signal.SIGKILL)

    async def terminate(self, restart: bool = False) -> None:
        if self._kernel is None:
            return await super().terminate(restart)
        await self.send_signal(signal.SIGTERM)

    async def cleanup(self, restart: bool = False) -> None:
        """Close the kernel's handle: the server ends the kernel if it is still running, and whatever it left."""
        if self._server is not None:
            self._server.close()
            self._server = None
        self._kernel = None
        await super().cleanup(restart)


def check_registered() -> None:
    """Raise, saying what to do, where jupyter_client cannot find this provisioner (the package was installed
    without its entry points, or before they existed); jupyter_client keeps what it found for the next kernels."""
    from jupyter_client.kernelspec import KernelSpec
    from jupyter_client.provisioning.factory import KernelProvisionerFactory

    spec = KernelSpec(display_name="Python 3 (grader)", metadata={"kernel_provisioner": {"provisioner_name": NAME}})
    if not KernelProvisionerFactory.instance().is_provisioner_available(spec):
        raise RuntimeError(f"jupyter_client does not know the grader's kernel provisioner {NAME!r}: install the "
                           "package again (make setup, or pip install -e .) so that its entry points are registered")


def _ask_for_kernel(path: str, request: dict[str, Any]) -> tuple[socket.socket, int]:
    """Send the fork server at ``path`` a request (one line of JSON, with the kernel's standard streams: nothing
    to read, and the grader's own output and errors) and read back the new kernel's process id."""
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.settimeout(CONNECT_TIMEOUT_SECONDS)
        conn.connect(path)
        with open(os.devnull, "rb") as nothing, open(os.devnull, "wb") as nowhere:
            streams = [nothing.fileno(), *(fd if _is_open(fd) else nowhere.fileno() for fd in (1, 2))]
            socket.send_fds(conn, [json.dumps(request).encode() + b"\n"], streams)
        reply = b""
        while not reply.endswith(b"\n"):
            chunk = conn.recv(64)
            if not chunk:
                break
            reply += chunk
        kernel = int(reply)
    except (OSError, ValueError) as exc:
        conn.close()
        raise RuntimeError(f"the kernel fork server at {path} did not start a kernel ({exc!r})") from None
    conn.settimeout(None)
    return conn, kernel


def _is_open(fd: int) -> bool:
    """Whether this process has ``fd`` open (a daemon's output may be closed: its kernel then writes nowhere)."""
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True
