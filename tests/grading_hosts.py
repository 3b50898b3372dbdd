"""Grader hosts for tests: Debian's redis-server on a loopback port and worker processes of the celery back-end."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field

import redis

from curriculum.grading.celery_backend import make_app

VISIBILITY_TIMEOUT = 8.0  # seconds before a dead host's submission goes to another (each here takes 1-5 s)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class GraderHosts:
    broker_url: str
    workers: dict[str, subprocess.Popen] = field(default_factory=dict)
    log_dir: str = ""

    def course_settings(self) -> str:
        """The lines a course's nbgrader_config.py gets to grade on these hosts."""
        return (f"\nc.Grading.backend = 'celery'\nc.Grading.broker_url = {self.broker_url!r}\n"
                f"c.Grading.visibility_timeout = {VISIBILITY_TIMEOUT}\n")

    def start_worker(self, name: str) -> None:
        log = open(os.path.join(self.log_dir, f"{name}.log"), "ab")
        self.workers[name] = subprocess.Popen(
            [sys.executable, "-m", "curriculum", "worker", "--broker", self.broker_url, "--concurrency", "1",
             "--visibility-timeout", str(VISIBILITY_TIMEOUT), "--name", f"{name}@test"],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        app = make_app(self.broker_url, VISIBILITY_TIMEOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if any(f"{name}@test" in reply for reply in app.control.ping(timeout=0.5)):
                return
            if self.workers[name].poll() is not None:
                break
        raise RuntimeError(f"grading worker {name} did not start:\n" + self.log(name))

    def kill(self, name: str) -> None:
        """The whole host at once: the worker's main process and its worker processes, with SIGKILL."""
        proc = self.workers.pop(name)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()

    def active(self) -> dict[str, list[dict]]:
        """What each worker is grading now (Celery's inspect)."""
        return make_app(self.broker_url, VISIBILITY_TIMEOUT).control.inspect(timeout=1.0).active() or {}

    def log(self, name: str) -> str:
        with open(os.path.join(self.log_dir, f"{name}.log"), encoding="utf-8", errors="replace") as fh:
            return fh.read()[-4000:]

    def stop(self) -> None:
        for proc in self.workers.values():
            os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.workers.values():
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        self.workers.clear()


def redis_available() -> str:
    return "" if shutil.which("redis-server") else "Debian's redis-server is missing (make setup installs it as root)"


@contextmanager
def grader_hosts(names: tuple[str, ...] = ("w1", "w2")):
    folder = tempfile.mkdtemp(prefix="curriculum-grader-hosts-")
    port = _free_port()
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", folder],
                              stdout=open(os.path.join(folder, "redis.log"), "ab"), stderr=subprocess.STDOUT)
    hosts = GraderHosts(f"redis://127.0.0.1:{port}/0", log_dir=folder)
    try:
        client = redis.Redis(port=port)
        deadline = time.monotonic() + 20
        while True:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.05)
        for name in names:
            hosts.start_worker(name)
        yield hosts
    finally:
        hosts.stop()
        server.terminate()
        server.wait(10)
        shutil.rmtree(folder, ignore_errors=True)
