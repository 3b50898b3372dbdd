"""A throw-away JupyterLab server for the browser test: loopback only, offline, everything in a temp dir.

``HeadlessLab(tmp)`` starts ``jupyter lab`` from the project's environment on 127.0.0.1 with a
random token, a fresh HOME and fresh Jupyter/IPython/matplotlib dirs under ``tmp``, and a
configuration that never reaches the network (no news, no update check, read-only extension
manager).  The served folder is ``tmp/root`` (or ``root=``, such as a course folder for
Formgrader): the test copies lessons there, so nothing is written into the repository.
``nbgrader_config`` is written to the server's own Jupyter config folder (where nbgrader's
extensions look, besides the served folder): the exchange, the student's id.  ``stop()`` deletes every kernel, asks the server to shut down,
kills it if it does not, and finally kills any kernel still using this server's runtime dir.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

# Settings a user would otherwise change in the Settings editor; JupyterLab reads them from
# ``<app_settings_dir>/overrides.json``.  The news/update toast persists even with news_url None.
OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    # every cell stays in the DOM, so the error-output checks see the whole notebook
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
}


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HeadlessLab:
    def __init__(self, tmp: Path, startup_timeout: float = 90.0, *, root: Path | None = None,
                 nbgrader_config: str = "", env: dict[str, str] | None = None):
        self.tmp = Path(tmp)
        self.root = Path(root) if root is not None else self.tmp / "root"
        self.nbgrader_config = nbgrader_config
        self.extra_env = dict(env or {})
        self.home = self.tmp / "home"
        self.runtime_dir = self.tmp / "runtime"
        self.log_path = self.tmp / "jupyter-lab.log"
        self.token = secrets.token_hex(24)
        self.startup_timeout = startup_timeout
        self.proc: subprocess.Popen | None = None
        self.url = ""

    # -- environment ---------------------------------------------------------------------------

    def env(self) -> dict[str, str]:
        """The environment for the server (and the kernels it starts): all state under ``tmp``."""
        env = dict(os.environ)
        env.update(
            HOME=str(self.home),
            JUPYTER_CONFIG_DIR=str(self.tmp / "jupyter-config"),
            JUPYTER_DATA_DIR=str(self.tmp / "jupyter-data"),
            JUPYTER_RUNTIME_DIR=str(self.runtime_dir),
            IPYTHONDIR=str(self.tmp / "ipython"),
            MPLCONFIGDIR=str(self.tmp / "matplotlib"),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_DATA_HOME=str(self.home / ".local" / "share"),
            PYTHONDONTWRITEBYTECODE="1",
        )
        for key in ("JUPYTER_TOKEN", "JUPYTER_PORT", "MPLBACKEND"):
            env.pop(key, None)
        env.update(self.extra_env)
        return env

    def _write_config(self) -> None:
        for d in (self.root, self.home, self.runtime_dir, self.tmp / "jupyter-config", self.tmp / "jupyter-data",
                  self.tmp / "ipython", self.tmp / "matplotlib", self.tmp / "lab-settings"):
            d.mkdir(parents=True, exist_ok=True)
        config = {
            "ServerApp": {
                "ip": "127.0.0.1",
                "port": _free_port(),
                "port_retries": 50,
                "open_browser": False,
                "root_dir": str(self.root),
                "terminals_enabled": False,
                "allow_root": os.geteuid() == 0,  # CI runs `make test` as root
            },
            "IdentityProvider": {"token": self.token},
            "LabApp": {
                "news_url": None,
                "check_for_updates_class": "jupyterlab.NeverCheckForUpdate",
                "extension_manager": "readonly",
                "expose_app_in_browser": True,
                # a private settings dir for overrides.json, so the shared environment is not touched
                "app_settings_dir": str(self.tmp / "lab-settings"),
            },
        }
        (self.tmp / "jupyter-config" / "jupyter_lab_config.json").write_text(json.dumps(config, indent=1))
        (self.tmp / "lab-settings" / "overrides.json").write_text(json.dumps(OVERRIDES, indent=1))
        if self.nbgrader_config:
            (self.tmp / "jupyter-config" / "nbgrader_config.py").write_text(self.nbgrader_config)

    # -- life cycle -----------------------------------------------------------------------------

    def start(self) -> HeadlessLab:
        self._write_config()
        log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "jupyterlab"], cwd=self.root, env=self.env(),
                                     stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        log.close()
        deadline = time.monotonic() + self.startup_timeout
        info = self.runtime_dir / f"jpserver-{self.proc.pid}.json"
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {self.proc.returncode}:\n{self.log_tail()}")
            if info.exists():
                try:
                    port = json.loads(info.read_text())["port"]
                except (ValueError, KeyError):
                    port = None
                if port:
                    self.url = f"http://127.0.0.1:{port}"
                    try:
                        self.api("GET", "/api/status")
                        return self
                    except (OSError, urllib.error.URLError):
                        pass
            time.sleep(0.2)
        raise RuntimeError(f"jupyter lab was not ready after {self.startup_timeout:.0f} s:\n{self.log_tail()}")

    def api(self, method: str, path: str, timeout: float = 10.0):
        request = urllib.request.Request(self.url + path, method=method,
                                         headers={"Authorization": f"token {self.token}"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
        return json.loads(body) if body else None

    def lab_url(self, path: str) -> str:
        """The URL that opens ``path`` (relative to the served root) in a fresh workspace."""
        return f"{self.url}/lab/tree/{path}?reset&token={self.token}"

    def shutdown_kernels(self) -> None:
        try:
            for kernel in self.api("GET", "/api/kernels") or []:
                try:
                    self.api("DELETE", f"/api/kernels/{kernel['id']}", timeout=30)
                except (OSError, urllib.error.URLError):
                    pass
        except (OSError, urllib.error.URLError, ValueError):
            pass

    def shutdown_kernel_of(self, path: str) -> None:
        """Shut down the kernel of the notebook at ``path`` (relative to the served folder; its sessions), leaving the
        kernels of other notebooks open in the server running."""
        try:
            for session in self.api("GET", "/api/sessions") or []:
                if session.get("path") == path:
                    try:
                        self.api("DELETE", f"/api/sessions/{session['id']}", timeout=30)
                    except (OSError, urllib.error.URLError):
                        pass
        except (OSError, urllib.error.URLError, ValueError):
            pass

    def stop(self) -> None:
        """Kernels first, then the server; whatever still runs from this server is killed."""
        if self.proc is None:
            return
        if self.proc.poll() is None and self.url:
            self.shutdown_kernels()
            try:
                self.api("POST", "/api/shutdown")
            except (OSError, urllib.error.URLError, ValueError):
                pass
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._kill_leftover_kernels()
        self.proc = None

    def _kill_leftover_kernels(self) -> None:
        """Kernels run in their own session; find ours by the connection file in our runtime dir."""
        marker = str(self.runtime_dir).encode()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit() or int(entry.name) == os.getpid():
                continue
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if marker in cmdline:
                try:
                    os.kill(int(entry.name), signal.SIGKILL)
                except OSError:
                    pass

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no server log)"

    def __enter__(self) -> HeadlessLab:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc) -> None:
        self.stop()
