"""The region file: one JupyterHub for several schools' courses, read from YAML.

::

    name: kostanay-region             # shown on the hub's pages
    prefix: /opt/myn-bala-stem        # the environment everyone uses (Python venv, proxy); not under /root
    data: /srv/myn-bala-stem          # the hub's database and secrets, the exchange, the rendered configuration
    ip: ""                            # "" = every interface; 127.0.0.1 for a trial
    port: 8000
    admins: [it-admin]                # hub administrators (accounts, servers)
    idle_minutes: 60                  # idle single-user servers are stopped after this long
    authenticator: pam                # Linux accounts and passwords (the pilot); or {class: ..., config: {...}}
    courses:
      - manifest: courses/school-8a.yml   # a `course new` manifest: course id, language, modules, students
        teachers: [aliya]
      - manifest: courses/college-pid.yml
        teachers: [nurlan]
        mentors: [ermek]                  # plant mentors: this course's Formgrader only (grading, feedback)

Relative paths are relative to the region file. Every error names the file and the field.
Students come from each manifest's ``students``; a course's grader account is ``grader-<course>``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..catalogue import load_catalogue
from ..manifest import CourseManifest, ManifestError, load_manifest
from ..metadata import FieldError
from ..paths import REPO_ROOT

KEYS = ("name", "prefix", "data", "home", "ip", "port", "hub_port", "proxy_api_port", "service_ports_from", "admins",
        "idle_minutes", "authenticator", "courses")
COURSE_KEYS = ("manifest", "teachers", "mentors")
# a Linux account name that JupyterHub keeps as it is (it lowercases names)
ACCOUNT = re.compile(r"^[a-z_][a-z0-9_-]{0,31}$")
GRADER_PREFIX = "grader-"
GROUP_PREFIX = "course-"


class RegionError(ValueError):
    """A region file that cannot make a hub; ``errors`` lists every problem by field."""

    def __init__(self, errors: Sequence[FieldError]):
        self.errors = tuple(errors)
        super().__init__("\n".join(str(e) for e in errors))


@dataclass(frozen=True)
class Authenticator:
    """Who may log in: ``pam`` (the server's Linux accounts) or any JupyterHub authenticator class and its config."""

    kind: str = "pam"
    class_name: str = "jupyterhub.auth.PAMAuthenticator"
    config: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RegionCourse:
    manifest: CourseManifest
    teachers: tuple[str, ...]
    port: int
    mentors: tuple[str, ...] = ()
    """The plant's mentors of the course: its Formgrader (submissions, rubric grades, written feedback) and nothing
    else of the hub, not even the course in the Assignments panel or its exchange folder."""

    @property
    def id(self) -> str:
        return self.manifest.course

    @property
    def grader(self) -> str:
        """The course's own account: it owns the course folder and runs its Formgrader."""
        return GRADER_PREFIX + self.id

    @property
    def group(self) -> str:
        """The course's Linux group (students and teachers): only they may enter the course's folder of the exchange."""
        return GROUP_PREFIX + self.id

    @property
    def students(self) -> tuple[str, ...]:
        return self.manifest.students


@dataclass(frozen=True)
class Region:
    path: Path
    name: str
    prefix: Path
    data: Path
    home: Path
    ip: str
    port: int
    hub_port: int
    proxy_api_port: int
    admins: tuple[str, ...]
    idle_minutes: int
    authenticator: Authenticator
    courses: tuple[RegionCourse, ...]

    @property
    def venv(self) -> Path:
        return self.prefix / "venv"

    @property
    def exchange(self) -> Path:
        return self.data / "exchange"

    @property
    def url(self) -> str:
        """Where the hub answers on this machine."""
        return f"http://{self.ip or '127.0.0.1'}:{self.port}"

    @property
    def students(self) -> tuple[str, ...]:
        return tuple(sorted({s for c in self.courses for s in c.students}))

    @property
    def teachers(self) -> tuple[str, ...]:
        return tuple(sorted({t for c in self.courses for t in c.teachers}))

    @property
    def mentors(self) -> tuple[str, ...]:
        return tuple(sorted({m for c in self.courses for m in c.mentors}))

    @property
    def graders(self) -> tuple[str, ...]:
        return tuple(c.grader for c in self.courses)

    def course(self, course_id: str) -> RegionCourse:
        for course in self.courses:
            if course.id == course_id:
                return course
        raise KeyError(f"no course {course_id!r} in {self.path}; courses: {', '.join(c.id for c in self.courses)}")

    def course_root(self, course: RegionCourse) -> Path:
        """The course folder (made by ``course new``) in the grader account's home."""
        return self.home / course.grader / course.id


def _names(value: Any, where: str, error: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        error(where, "must be a list of account names")
        return ()
    bad = [v for v in value if not ACCOUNT.match(v)]
    if bad:
        error(where, f"{', '.join(map(repr, bad))}: not Linux account names (lowercase letters, digits, '-', '_'; "
                     "at most 32 characters, starting with a letter)")
    return tuple(v for v in value if ACCOUNT.match(v))


def _port(data: dict, key: str, default: int, error: Any) -> int:
    value = data.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 65535:
        error(key, f"{value!r} is not a port number (1-65535)")
        return default
    return value


def _authenticator(value: Any, error: Any) -> Authenticator:
    if value is None or value == "pam":
        return Authenticator()
    if isinstance(value, dict) and isinstance(value.get("class"), str):
        extra = sorted(set(value) - {"class", "config"})
        if extra:
            error(f"authenticator.{extra[0]}", "unknown field; use class and config")
        config = value.get("config") or {}
        if not isinstance(config, dict):
            error("authenticator.config", "must be a mapping of the authenticator's settings")
            config = {}
        bad = [k for k in config if not isinstance(k, str) or k.count(".") < 1]
        if bad:
            error("authenticator.config", f"{bad[0]!r}: write each setting as Section.setting, as in a config file")
        return Authenticator(kind="custom", class_name=value["class"], config=dict(config))
    error("authenticator", "must be pam or a mapping with class (and config): see docs/deploy.md")
    return Authenticator()


def parse_region(data: Any, path: Path, *, library: Sequence[Path] = (REPO_ROOT,)) -> Region:
    """Validate a region read as YAML; the courses' manifests are read and validated too. Raises :class:`RegionError`."""
    path = Path(path)
    errors: list[FieldError] = []

    def error(where: str, message: str, file: Path = path) -> None:
        errors.append(FieldError(file, where, message))

    if not isinstance(data, dict):
        raise RegionError([FieldError(path, "(file)", "must be a mapping with name, prefix, data and courses")])
    for key in sorted(set(data) - set(KEYS), key=str):
        error(str(key), f"unknown field; known fields: {', '.join(KEYS)}")
    here = path.resolve().parent

    def folder(key: str, default: str) -> Path:
        value = Path(str(data.get(key, default)))
        value = value if value.is_absolute() else here / value
        if str(value.resolve()).startswith("/root/"):
            error(key, f"{value} is under /root, which other accounts cannot enter: spawned servers would fail")
        return value.resolve()

    name = str(data.get("name", "myn-bala-stem"))
    prefix, data_dir, home = folder("prefix", "/opt/myn-bala-stem"), folder("data", "/srv/myn-bala-stem"), folder("home", "/home")
    ip = str(data.get("ip", ""))
    port = _port(data, "port", 8000, error)
    hub_port = _port(data, "hub_port", 8081, error)
    proxy_api_port = _port(data, "proxy_api_port", 8001, error)
    ports_from = _port(data, "service_ports_from", 9100, error)
    admins = _names(data.get("admins"), "admins", error)
    idle = data.get("idle_minutes", 60)
    if not isinstance(idle, int) or isinstance(idle, bool) or idle < 1:
        error("idle_minutes", f"{idle!r} is not a whole number of minutes (at least 1)")
        idle = 60
    authenticator = _authenticator(data.get("authenticator"), error)

    catalogue = load_catalogue(library)
    courses: list[RegionCourse] = []
    raw = data.get("courses")
    if not isinstance(raw, list) or not raw:
        error("courses", "missing: list each course's manifest and teachers")
        raw = []
    for i, item in enumerate(raw):
        where = f"courses[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("manifest"), str):
            error(where, "must be a mapping with manifest (a `course new` manifest) and teachers")
            continue
        for extra in sorted(set(item) - set(COURSE_KEYS), key=str):
            error(f"{where}.{extra}", f"unknown field; use {', '.join(COURSE_KEYS)}")
        manifest_path = Path(item["manifest"])
        manifest_path = manifest_path if manifest_path.is_absolute() else here / manifest_path
        try:
            manifest = load_manifest(manifest_path, catalogue)
        except ManifestError as exc:
            errors.extend(exc.errors)
            continue
        teachers = _names(item.get("teachers"), f"{where}.teachers", error)
        if not teachers:
            error(f"{where}.teachers", "list at least one teacher of the course")
        mentors = _names(item.get("mentors"), f"{where}.mentors", error)
        both = sorted(set(mentors) & {*teachers, *manifest.students})
        if both:
            error(f"{where}.mentors", f"{', '.join(both)}: a mentor is neither a teacher nor a student of the course")
        bad_students = [s for s in manifest.students if not ACCOUNT.match(s)]
        if bad_students:
            error("students", f"{', '.join(map(repr, bad_students))}: not Linux account names (lowercase letters, digits, "
                              "'-', '_'), which the hub needs as its users", manifest_path)
        if len(GRADER_PREFIX + manifest.course) > 32 or not ACCOUNT.match(GRADER_PREFIX + manifest.course.lower()):
            error("course", f"{manifest.course!r}: the grader account {GRADER_PREFIX + manifest.course!r} must be a Linux "
                            "account name of at most 32 characters", manifest_path)
        elif manifest.course != manifest.course.lower():
            error("course", f"{manifest.course!r}: on a hub a course id is lowercase (it names a group and an account)",
                  manifest_path)
        if manifest.course in {c.id for c in courses}:
            error(f"{where}.manifest", f"course {manifest.course} is listed twice")
            continue
        courses.append(RegionCourse(manifest, teachers, ports_from + len(courses), mentors))
    roles: dict[str, set[str]] = {}
    for course in courses:
        for who, role in [*((s, "student") for s in course.students), *((t, "teacher") for t in course.teachers),
                          *((m, "mentor") for m in course.mentors)]:
            roles.setdefault(who, set()).add(role)
    for who in sorted(set(roles) & {c.grader for c in courses}):
        error("courses", f"{who} is a course's grader account and cannot also be a student, a teacher or a mentor")
    for who in sorted(w for w, r in roles.items() if "mentor" in r and r - {"mentor"}):
        error("courses", f"{who} is a mentor and also a {' and a '.join(sorted(roles[who] - {'mentor'}))}: a mentor's "
                         "account is for mentoring only (a separate account keeps a course's Formgrader to its course)")
    if errors:
        raise RegionError(errors)
    return Region(path, name, prefix, data_dir, home, ip, port, hub_port, proxy_api_port, admins, idle, authenticator,
                  tuple(courses))


def load_region(path: Path | str, *, library: Sequence[Path] = (REPO_ROOT,)) -> Region:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise RegionError([FieldError(path, "(file)", f"cannot be read: {exc.strerror}")]) from None
    except yaml.YAMLError as exc:
        raise RegionError([FieldError(path, "(file)", f"is not valid YAML: {exc}")]) from None
    return parse_region(data, path, library=library)
