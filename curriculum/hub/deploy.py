"""Set up, start and check a region's hub: the environment, the accounts, the courses, the exchange, the configuration.

``setup_region`` can run again at any time (after a new class list, a new course, ``git pull``): it adds what is
missing and never replaces a course folder that exists (a class's submissions and gradebook live there).
The hub's configuration is ``deploy/hub/jupyterhub_config.py`` (copied) reading ``hub.json`` (rendered here from
the region and its manifests); nbgrader's and Jupyter's settings for everyone go into the environment's
``etc/jupyter``, so that they reach every server started from it and nothing else on the machine.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import requests

from ..course import CONFIG_FILE
from ..paths import REPO_ROOT
from . import accounts
from .environment import Environment, ensure_environment
from .region import Region, RegionCourse

DEPLOY = REPO_ROOT / "deploy" / "hub"
PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
# students' and teachers' own servers: no Formgrader or assignment creator of their own (each course's Formgrader
# is the hub service); the Assignments panel, Validate and the course list stay
PEOPLE_SERVER = {"ServerApp": {"jpserver_extensions": {"nbgrader.server_extensions.formgrader": False}}}
PEOPLE_LAB = {"disabledExtensions": {"@jupyter/nbgrader:formgrader": True, "@jupyter/nbgrader:create-assignment": True}}
# no requests to the internet from JupyterLab: a school network may have none, and the news would only confuse
OFFLINE_LAB = {"LabApp": {"news_url": None, "check_for_updates_class": "jupyterlab.NeverCheckForUpdate",
                          "extension_manager": "readonly"}}


class NotRoot(PermissionError):
    pass


@dataclass(frozen=True)
class CourseSetup:
    course: str
    root: Path
    created: bool
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class RegionSetup:
    region: Region
    environment: Environment
    accounts: tuple[accounts.Account, ...]
    courses: tuple[CourseSetup, ...]
    passwords_file: Path
    config: Path

    @property
    def ok(self) -> bool:
        return all(not c.problems for c in self.courses)


def _require_root() -> None:
    if os.geteuid() != 0:
        raise NotRoot("setting up the hub creates Linux accounts and runs servers as them: run it as root (sudo)")


def secrets_dir(region: Region) -> Path:
    return region.data / "secrets"


def operator_token(region: Region) -> str:
    """The token with which ``hub check`` reads the hub (made once, kept in the root-only secrets folder)."""
    path = secrets_dir(region) / "operator-token"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    return path.read_text().strip()


def _write_json(path: Path, data: object, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def people_config_dir(region: Region) -> Path:
    return region.data / "jupyter" / "people"


def hub_settings(region: Region, env: Environment) -> dict:
    """What ``deploy/hub/jupyterhub_config.py`` reads: the region as plain data."""
    groups: dict[str, list[str]] = {}
    for course in region.courses:
        # a mentor grades in the course's Formgrader and is no member of nbgrader-<course> (no Assignments panel)
        groups[f"formgrade-{course.id}"] = sorted({*course.teachers, *course.mentors, course.grader})
        groups[f"nbgrader-{course.id}"] = sorted({*course.students, *course.teachers})
    return {
        "name": region.name, "prefix": str(region.prefix), "data": str(region.data), "ip": region.ip,
        "port": region.port, "hub_port": region.hub_port, "proxy_api_port": region.proxy_api_port,
        "proxy": str(env.proxy),
        "authenticator": {"class": region.authenticator.class_name, "config": region.authenticator.config},
        "people": sorted({*region.students, *region.teachers, *region.mentors, *region.admins}),
        "admins": sorted(region.admins),
        "groups": groups,
        "courses": [{"id": c.id, "grader": c.grader, "port": c.port, "root": str(region.course_root(c)),
                     "language": c.manifest.language} for c in region.courses],
        "idle_seconds": region.idle_minutes * 60,
        "operator_token": operator_token(region),
        "people_config": str(people_config_dir(region)),
    }


def global_nbgrader_config(region: Region) -> str:
    return (
        '"""nbgrader settings of every server of the hub, written by `python -m curriculum hub setup`."""\n\n'
        "from nbgrader.auth import JupyterHubAuthPlugin\n\n"
        "c = get_config()  # noqa: F821\n\n"
        "# one exchange for every course of the hub, a folder per course (nbgrader's multi-course setup)\n"
        f"c.Exchange.root = {str(region.exchange)!r}\n"
        "c.Exchange.path_includes_course = True\n"
        "# who is in which course: the hub's groups nbgrader-<course> and formgrade-<course>\n"
        "c.Authenticator.plugin_class = JupyterHubAuthPlugin\n"
        "# a student's fetch makes their own copy of an assignment with variants (docs/variants.md)\n"
        "c.ExchangeFactory.fetch_assignment = 'curriculum.variants.exchange.PersonalisingFetch'\n"
    )


def render(region: Region, env: Environment) -> Path:
    """Write the hub's configuration and Jupyter's settings for everyone; returns the hub's config file."""
    region.data.mkdir(parents=True, exist_ok=True)
    os.chmod(region.data, 0o755)
    secrets_dir(region).mkdir(exist_ok=True)
    os.chmod(secrets_dir(region), 0o700)
    config = region.data / "jupyterhub_config.py"
    shutil.copy2(DEPLOY / "jupyterhub_config.py", config)
    os.chmod(config, 0o644)
    _write_json(region.data / "hub.json", hub_settings(region, env), mode=0o600)  # holds the operator's token
    etc = env.etc_jupyter
    (etc / "nbgrader_config.py").write_text(global_nbgrader_config(region), encoding="utf-8")
    os.chmod(etc / "nbgrader_config.py", 0o644)
    _write_json(etc / "jupyter_server_config.d" / "myn-bala-stem.json", OFFLINE_LAB)
    people = people_config_dir(region)
    _write_json(people / "jupyter_server_config.json", PEOPLE_SERVER)
    _write_json(people / "labconfig" / "page_config.json", PEOPLE_LAB)
    for folder in (region.data / "jupyter", people, people / "labconfig"):
        os.chmod(folder, 0o755)
    return config


def ensure_exchange(region: Region) -> Path:
    """nbgrader's exchange: its root world-writable with the sticky bit, as nbgrader documents (nbgrader#1225); each
    course's folder belongs to its grader account and is open to the course's group only. nbgrader's own checks stop
    at listing (its Assignments panel hides other courses, but a student could fetch another course's release and
    write into its inbound); the operating system refuses them."""
    import grp
    import pwd

    region.exchange.mkdir(parents=True, exist_ok=True)
    os.chmod(region.exchange, 0o1777)
    for course in region.courses:
        folder = region.exchange / course.id
        folder.mkdir(exist_ok=True)
        os.chown(folder, pwd.getpwnam(course.grader).pw_uid, grp.getgrnam(course.group).gr_gid)
        os.chmod(folder, 0o750)
    return region.exchange


def ensure_course(region: Region, course: RegionCourse, *, library: tuple[Path, ...] = (REPO_ROOT,)) -> CourseSetup:
    """The course folder in its grader account's home (``course new``), owned by that account; an existing one is kept
    and only learns new students of the manifest."""
    from nbgrader.api import Gradebook

    from ..course import Course
    from ..new_course import new_course

    root = region.course_root(course)
    created = not (root / CONFIG_FILE).exists()
    problems: tuple[str, ...] = ()
    if created:
        result = new_course(course.manifest.path, root, library=library)
        problems = tuple(f"{a}: {s.reason}" for a, s in result.steps.items() if not s.ok)
    else:
        with Gradebook(Course(root).db_url) as gb:
            for student in course.students:
                gb.update_or_create_student(student)
    accounts.chown_tree(root, course.grader)
    return CourseSetup(course.id, root, created, problems)


def setup_region(region: Region, *, library: tuple[Path, ...] = (REPO_ROOT,),
                 say: Callable[[str], None] = lambda _line: None) -> RegionSetup:
    """Everything the hub needs on this server (see the module docstring); run as root."""
    _require_root()
    env = ensure_environment(region.prefix, say=say)
    region.data.mkdir(parents=True, exist_ok=True)
    os.chmod(region.data, 0o755)
    made = [*accounts.ensure_accounts([*region.students, *region.teachers, *region.mentors, *region.admins], region.home),
            *accounts.ensure_accounts(region.graders, region.home, login=False)]
    passwords = secrets_dir(region) / "first-passwords.csv"
    secrets_dir(region).mkdir(exist_ok=True)
    os.chmod(secrets_dir(region), 0o700)
    accounts.write_first_passwords(made, passwords)
    for course in region.courses:
        accounts.ensure_group(course.group, [*course.students, *course.teachers])
    say(f"accounts: {sum(a.created for a in made)} created, {sum(not a.created for a in made)} already there")
    ensure_exchange(region)
    courses = []
    for course in region.courses:
        done = ensure_course(region, course, library=library)
        say(f"course {course.id}: {'created' if done.created else 'kept'} in {done.root}")
        courses.append(done)
    config = render(region, env)
    return RegionSetup(region, env, tuple(made), tuple(courses), passwords, config)


# -- running ------------------------------------------------------------------------------------

def hub_command(region: Region) -> tuple[list[str], dict[str, str]]:
    """The command that runs the hub in the foreground (what ``hub start`` and a systemd unit run) and its environment."""
    venv_bin = region.venv / "bin"
    env = {"PATH": f"{venv_bin}:{PATH}", "LANG": "C.UTF-8", "HOME": "/root" if os.geteuid() == 0 else os.environ["HOME"]}
    return [str(venv_bin / "jupyterhub"), "-f", str(region.data / "jupyterhub_config.py")], env


def start_hub(region: Region, log: Path | None = None) -> subprocess.Popen:
    """Start the hub in the background, its output in ``log`` (default ``<data>/jupyterhub.log``)."""
    _require_root()
    cmd, env = hub_command(region)
    log = log or region.data / "jupyterhub.log"
    with open(log, "ab") as out:
        return subprocess.Popen(cmd, cwd=region.data, env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True)


@dataclass(frozen=True)
class HubStatus:
    """What ``hub check`` found: whether the hub answers, and each course's Formgrader service."""

    url: str
    version: str = ""
    problem: str = ""
    courses: dict[str, str] = field(default_factory=dict)  # course -> "" when its Formgrader answers, else why not
    users: int = 0
    running_servers: int = 0

    @property
    def ok(self) -> bool:
        return bool(self.version) and not self.problem and all(not why for why in self.courses.values())


def check_hub(region: Region, token: str | None = None, timeout: float = 5.0) -> HubStatus:
    """Ask the running hub how it is: its version, its users and servers, and whether each Formgrader answers."""
    url = region.url
    try:
        version = requests.get(f"{url}/hub/api/", timeout=timeout).json()["version"]
    except (requests.RequestException, ValueError, KeyError) as exc:
        return HubStatus(url, problem=f"the hub does not answer at {url}: {exc}")
    headers = {"Authorization": f"token {token or operator_token(region)}"}
    try:
        users = requests.get(f"{url}/hub/api/users", headers=headers, timeout=timeout)
        users.raise_for_status()
        listed = users.json()
        services = requests.get(f"{url}/hub/api/services", headers=headers, timeout=timeout).json()
    except (requests.RequestException, ValueError) as exc:
        return HubStatus(url, version, problem=f"the hub refused the operator's token: {exc}")
    running = sum(1 for u in listed for s in (u.get("servers") or {}).values() if s.get("ready"))
    courses = {}
    for course in region.courses:
        if course.id not in services:
            courses[course.id] = "not a service of the hub: run `hub setup` again and restart the hub"
            continue
        try:
            answer = requests.get(f"{url}/services/{course.id}/api/status", headers=headers, timeout=timeout)
            courses[course.id] = "" if answer.status_code == 200 else f"its Formgrader answered {answer.status_code}"
        except requests.RequestException as exc:
            courses[course.id] = f"its Formgrader does not answer: {exc}"
    return HubStatus(url, version, "", courses, len(listed), running)


def wait_until_ready(region: Region, proc: subprocess.Popen | None = None, timeout: float = 180.0) -> HubStatus:
    """Wait until the hub and every Formgrader answer (or ``proc`` ends, or ``timeout`` passes)."""
    deadline = time.monotonic() + timeout
    status = HubStatus(region.url, problem="not checked yet")
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return HubStatus(region.url, problem=f"the hub exited with {proc.returncode}: see {region.data / 'jupyterhub.log'}")
        status = check_hub(region, timeout=2.0)
        if status.ok:
            return status
        time.sleep(0.5)
    return status


def stop_hub(proc: subprocess.Popen, timeout: float = 90.0) -> int:
    """Stop a hub started by :func:`start_hub`: it stops its servers, services and proxy first."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return proc.returncode
