"""The grader's kernel manager and client: jupyter_client's own, on Unix sockets and without two fixed waits.

Each kernel talks to its worker over Unix sockets in a folder of its own (``ipc`` transport),
not over TCP ports on localhost. With TCP, a worker picks five free ports, closes them and
writes them down; before the kernel can bind them, another worker's connection may take one
as its local port, and the kernel dies ("Address already in use"; measured here twice in about
360 submissions with four workers). A socket folder cannot be taken by anyone else, needs
no network at all, and the sandbox shows a kernel its own folder and no other
(``sandbox.prepare``).

jupyter_client is written for people at a keyboard, where a tenth of a second is nothing:

- after a new kernel's first ``kernel_info`` reply, the client listens to the kernel's output
  channel until it has been silent for 0.2 s, only to throw away what arrives;
- after killing a kernel, the manager checks every 0.1 s whether the process is gone.

A grader starts one kernel per submission, so those waits are a third of a second of idle time
per student (measured here; ``benchmarks/results/grading.md``). This client stops listening as
soon as nothing more is waiting, which is safe because nbclient reads only the output that
answers its own requests (the loop before it, which makes sure the output channel is connected
before any cell runs, is jupyter_client's, restated); the manager checks for the killed process
every 5 ms. The rest is jupyter_client's own code. The grader's workers run notebooks with :class:`GradingExecute`
(``run.worker_config``), and so does a teacher's own ``nbgrader autograde`` through the course's ``CappedExecute``.
"""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from queue import Empty

from jupyter_client.asynchronous import AsyncKernelClient
from jupyter_client.manager import AsyncKernelManager
from jupyter_core.paths import jupyter_runtime_dir
from traitlets import CaselessStrEnum, DottedObjectName, Type

from ..preprocessors.cap_outputs import CappedExecute

EXIT_POLL_SECONDS = 0.005


class GradingKernelClient(AsyncKernelClient):
    async def wait_for_ready(self, timeout: float | None = None) -> None:
        """Wait until the kernel answers ``kernel_info`` and its output channel is connected (jupyter_client's
        loop), then take only the output that is already waiting instead of listening for 0.2 s more."""
        deadline = time.monotonic() + (float("inf") if timeout is None else timeout)
        while True:
            self.kernel_info()
            try:
                reply = await self.shell_channel.get_msg(timeout=1)
            except Empty:
                pass
            else:
                if reply["msg_type"] == "kernel_info_reply":
                    try:  # any output at all proves the output channel is connected
                        await self.iopub_channel.get_msg(timeout=0.2)
                    except Empty:
                        pass  # connected too late to see this request's output: ask again
                    else:
                        self._handle_kernel_info_reply(reply)
                        break
            if not await self.is_alive():
                raise RuntimeError("Kernel died before replying to kernel_info")
            if time.monotonic() > deadline:
                raise RuntimeError(f"Kernel didn't respond in {timeout:.0f} seconds")
        while True:
            try:
                await self.iopub_channel.get_msg(timeout=0)
            except Empty:
                return


class GradingKernelManager(AsyncKernelManager):
    client_class = DottedObjectName("curriculum.grading.kernels.GradingKernelClient")
    client_factory = Type(GradingKernelClient, klass=AsyncKernelClient)
    transport = CaselessStrEnum(["tcp", "ipc"], default_value="ipc", config=True)

    def _ip_default(self) -> str:
        """For ``ipc``: the sockets' path prefix, in a new folder only this kernel uses (mode 0700, in the
        runtime folder, which the grader makes per run)."""
        if self.transport != "ipc":
            return super()._ip_default()
        runtime = jupyter_runtime_dir()
        os.makedirs(runtime, mode=0o700, exist_ok=True)
        return os.path.join(tempfile.mkdtemp(prefix="kernel-", dir=runtime), "ipc")

    async def _async_wait(self, pollinterval: float = 0.1) -> None:
        """Wait for the kernel's process to end, checking every 5 ms whatever ``pollinterval`` jupyter_client asks for."""
        while await self.is_alive():
            await asyncio.sleep(EXIT_POLL_SECONDS)


class GradingExecute(CappedExecute):
    """The course's ``Execute`` (nbgrader's, capping output as it arrives) with the grader's kernel manager.

    nbgrader passes its kernel manager class as an argument, which no configuration overrides; the course's
    ``CappedExecute`` sets this manager itself, and the workers name this class so that a course whose list
    still names nbgrader's own ``Execute`` is graded the same way."""
