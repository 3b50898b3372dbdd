"""The one environment every account of the hub uses: a Python venv with the package and JupyterHub, and the proxy.

It lives under the region's ``prefix`` (``/opt/myn-bala-stem``), built from a system Python that every account can
run: a venv whose Python sits under ``/root`` (pyenv, as on a developer's machine) makes every spawned server fail
with "bad interpreter: Permission denied". The package is installed from this checkout as a wheel (not editable),
so nothing of the checkout needs to be readable by students. Running setup again after ``git pull`` upgrades it:
the dependencies are installed again only when ``pyproject.toml`` changed, the package whenever its files did.
configurable-http-proxy comes from npm, as JupyterHub documents.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..paths import REPO_ROOT

PROXY_PACKAGE = "configurable-http-proxy@^5"
STAMP = ".myn-bala-stem.json"
PACKAGE_FILES = ("pyproject.toml", "curriculum")
SYSTEM_PYTHONS = ("/usr/bin/python3", "/usr/local/bin/python3")


class HubEnvironmentError(RuntimeError):
    """The hub's environment could not be built; the message says which step and what it printed."""


@dataclass(frozen=True)
class Environment:
    prefix: Path
    python: Path
    installed: tuple[str, ...]  # what this call installed: "dependencies", "package", "proxy" (empty: all current)

    @property
    def bin(self) -> Path:
        return self.prefix / "venv" / "bin"

    @property
    def proxy(self) -> Path:
        return self.prefix / "proxy" / "node_modules" / ".bin" / "configurable-http-proxy"

    @property
    def etc_jupyter(self) -> Path:
        """Jupyter's configuration folder of this environment: every server started from it reads it."""
        return self.prefix / "venv" / "etc" / "jupyter"


def _readable_by_all(path: Path) -> bool:
    """Whether every account can reach ``path`` (no folder above it closed to others)."""
    current = Path("/")
    for part in path.resolve().parts[1:]:
        current = current / part
        if current.is_dir() and not os.stat(current).st_mode & 0o001:
            return False
    return True


def system_python() -> Path:
    """A Python 3.10+ that every account can run (not under /root)."""
    for candidate in SYSTEM_PYTHONS:
        path = Path(candidate)
        if path.exists() and _readable_by_all(path):
            return path
    raise HubEnvironmentError("no system Python that every account can run (looked for " + ", ".join(SYSTEM_PYTHONS) +
                            "): install Debian's python3 and python3-venv")


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for root in paths:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in files:
            h.update(str(path.relative_to(REPO_ROOT)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _dependencies_digest(pyproject: Path) -> str:
    """What the environment's dependencies depend on: the package's and the hub extra's requirements only."""
    try:
        import tomllib
    except ImportError:  # Python 3.10: any change of pyproject.toml counts
        return _digest([pyproject])
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted = {"dependencies": project.get("dependencies", []),
              "hub": project.get("optional-dependencies", {}).get("hub", []), "python": project.get("requires-python")}
    return hashlib.sha256(json.dumps(wanted, sort_keys=True).encode()).hexdigest()


def _run(cmd: list[str], what: str, **kwargs) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise HubEnvironmentError(f"{what} failed ({' '.join(cmd[:4])} ...):\n{tail}")


def ensure_environment(prefix: Path | str, *, source: Path = REPO_ROOT, python: Path | None = None,
                       say: Callable[[str], None] = lambda _line: None) -> Environment:
    """Create or bring up to date the environment under ``prefix`` (see the module docstring). Safe to run twice at once:
    a lock file serialises builders."""
    prefix = Path(prefix)
    prefix.mkdir(parents=True, exist_ok=True)
    os.chmod(prefix, 0o755)
    if not _readable_by_all(prefix):
        raise HubEnvironmentError(f"{prefix} is inside a folder other accounts cannot enter: choose another prefix")
    venv = prefix / "venv"
    installed: list[str] = []
    with open(prefix / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        python = python or system_python()
        if not (venv / "bin" / "python").exists():
            say(f"creating the environment {venv} from {python}")
            _run([str(python), "-m", "venv", str(venv)], "creating the venv (is python3-venv installed?)")
        stamp_path = venv / STAMP
        try:
            stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            stamp = {}
        pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        deps = _dependencies_digest(source / "pyproject.toml")
        package = _digest([source / name for name in PACKAGE_FILES])
        if stamp.get("dependencies") != deps:
            say("installing the package with JupyterHub, nbgrader and their dependencies (a minute)")
            # setuptools in the environment too: later upgrades of the package alone build it without a build environment
            _run([*pip, "setuptools>=69", f"{source}[hub]"], "installing the package and its dependencies")
            installed += ["dependencies", "package"]
        elif stamp.get("package") != package:
            say("installing this checkout's package")
            _run([*pip, "--no-deps", "--force-reinstall", "--no-build-isolation", str(source)], "installing the package")
            installed.append("package")
        stamp_path.write_text(json.dumps({"dependencies": deps, "package": package}), encoding="utf-8")
        env = Environment(prefix, python, tuple(installed))
        if not env.proxy.exists():
            npm = shutil.which("npm")
            if npm is None:
                raise HubEnvironmentError("npm is missing: install Debian's nodejs and npm (make setup does as root)")
            say(f"installing {PROXY_PACKAGE} from npm")
            _run([npm, "install", "--prefix", str(prefix / "proxy"), "--no-audit", "--no-fund", "--loglevel=error",
                  PROXY_PACKAGE], "installing configurable-http-proxy")
            installed.append("proxy")
        for folder in (venv, prefix / "proxy"):
            _run(["chmod", "-R", "a+rX", str(folder)], "opening the environment to every account")
    return Environment(prefix, python, tuple(installed))
