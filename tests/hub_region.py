"""A real region on loopback for tests and the load benchmark: accounts, two courses, a running JupyterHub.

Accounts are named ``<tag>-...`` and ``grader-<tag>-...`` (tag ``mbh`` for the tests) and exist only while the
region does; homes, the hub's data and the exchange live in a fresh folder under /tmp (reachable by every account,
unlike pytest's own folder). The hub's environment is kept between runs under /var/tmp (building it takes minutes;
bringing it up to date seconds).
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import textwrap
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from curriculum.hub import accounts, deploy
from curriculum.hub.client import HubClient
from curriculum.hub.region import Region, load_region

PREFIX = Path("/var/tmp/myn-bala-stem-hub-test")


@dataclass
class RunningRegion:
    region: Region
    setup: deploy.RegionSetup
    passwords: dict[str, str]
    client: HubClient
    folder: Path
    log: Path

    def login(self, name: str):
        return self.client.login(name, self.passwords[name])


def free_ports(n: int) -> list[int]:
    sockets = []
    for _ in range(n):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        sockets.append(s)
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def end_processes_of(uid: int) -> None:
    """End every process running as ``uid`` (a test account's servers and kernels), as that uid."""
    pid = os.fork()
    if pid == 0:
        try:
            os.setgid(uid)
            os.setuid(uid)
            for _ in range(3):
                os.kill(-1, signal.SIGKILL)
                time.sleep(0.05)
        except (ProcessLookupError, PermissionError):
            pass
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def remove_test_accounts(tag: str = "mbh") -> None:
    """Every account and group of regions made with ``tag`` (and nothing else)."""
    for entry in pwd.getpwall():
        if entry.pw_name.startswith((f"{tag}-", f"grader-{tag}-")):
            end_processes_of(entry.pw_uid)
            accounts.remove_account(entry.pw_name)
    for group in grp.getgrall():
        if group.gr_name.startswith(f"course-{tag}-"):
            accounts.remove_group(group.gr_name)


def write_region(folder: Path, students: dict[str, list[str]], teachers: dict[str, list[str]],
                 modules: dict[str, str], languages: dict[str, str], prefix: Path = PREFIX,
                 mentors: dict[str, list[str]] | None = None) -> Path:
    port, hub_port, api_port, services_from = free_ports(4)
    for course in students:
        (folder / f"{course}.yml").write_text(textwrap.dedent(f"""\
            course: {course}
            language: {languages[course]}
            modules: [{modules[course]}]
            students: [{', '.join(students[course])}]
            """), encoding="utf-8")
    mentors = mentors or {}
    courses = "".join(f"  - manifest: {c}.yml\n    teachers: [{', '.join(teachers[c])}]\n"
                      + (f"    mentors: [{', '.join(mentors[c])}]\n" if mentors.get(c) else "") for c in students)
    region = folder / "region.yml"
    region.write_text(textwrap.dedent(f"""\
        name: test region
        prefix: {prefix}
        data: {folder / 'data'}
        home: {folder / 'home'}
        ip: 127.0.0.1
        port: {port}
        hub_port: {hub_port}
        proxy_api_port: {api_port}
        service_ports_from: {services_from}
        idle_minutes: 30
        courses:
        """) + courses, encoding="utf-8")
    return region


@contextmanager
def running_region(students: dict[str, list[str]], teachers: dict[str, list[str]], modules: dict[str, str],
                   languages: dict[str, str], tag: str = "mbh", prefix: Path = PREFIX,
                   mentors: dict[str, list[str]] | None = None):
    """A region whose account names all start with ``tag``-, its environment under ``prefix``."""
    remove_test_accounts(tag)
    folder = Path(tempfile.mkdtemp(prefix="myn-bala-hub-", dir="/tmp"))
    os.chmod(folder, 0o755)
    (folder / "home").mkdir(mode=0o755)
    os.chmod(folder / "home", 0o755)
    proc = None
    try:
        region = load_region(write_region(folder, students, teachers, modules, languages, prefix, mentors))
        setup = deploy.setup_region(region)
        passwords = accounts.read_first_passwords(setup.passwords_file)
        log = folder / "jupyterhub.log"
        proc = deploy.start_hub(region, log)
        status = deploy.wait_until_ready(region, proc)
        assert status.ok, f"{status.problem or status.courses}\n" + log.read_text()[-5000:]
        yield RunningRegion(region, setup, passwords, HubClient(region.url), folder, log)
    finally:
        if proc is not None:
            deploy.stop_hub(proc, timeout=60)
        remove_test_accounts(tag)
        shutil.rmtree(folder, ignore_errors=True)


def hub_supported() -> str:
    """Why a hub cannot run here ('' when it can): it needs root, useradd and npm."""
    if os.geteuid() != 0:
        return "a hub creates Linux accounts and runs servers as them: needs root"
    for tool in ("useradd", "chpasswd", "npm", "node"):
        if shutil.which(tool) is None:
            return f"{tool} is missing (make setup installs it as root)"
    try:
        subprocess.run(["/usr/bin/python3", "-m", "venv", "--help"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        return "Debian's python3-venv is missing (make setup installs it as root)"
    return ""
