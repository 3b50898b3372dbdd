"""The hub as a person uses it, over HTTP: log in, start a server, the Assignments panel's requests, a kernel.

Each call is the request JupyterLab or Formgrader makes for the person (the same handlers, the same checks of who
may do what), so ``hub check``, the tests and the load benchmark exercise the hub exactly as a class does.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from dataclasses import dataclass, field
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote

import requests


class HubRefused(RuntimeError):
    """The hub (or a server behind it) answered with an error; ``status`` is the HTTP status."""

    def __init__(self, status: int, what: str, body: str = ""):
        self.status = status
        super().__init__(f"{what}: HTTP {status} {body[:300]}")


@dataclass(frozen=True)
class Execution:
    """What a cell printed and whether it raised (the error's name and message)."""

    stdout: str
    error: str = ""
    result: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass
class Person:
    """A logged-in person: their browser session (cookies) and an API token they made, as JupyterLab would."""

    hub: str
    name: str
    session: requests.Session
    token: str
    timings: dict[str, float] = field(default_factory=dict)

    # -- plumbing ------------------------------------------------------------------------------
    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"token {self.token}"}

    def request(self, method: str, path: str, *, ok: tuple[int, ...] = (200, 201, 202, 204), **kwargs) -> requests.Response:
        """``path`` is below the hub's address (``/user/...``, ``/services/...``, ``/hub/api/...``)."""
        response = requests.request(method, self.hub + path, headers=self.headers, timeout=kwargs.pop("timeout", 120),
                                    allow_redirects=False, **kwargs)
        if response.status_code not in ok:
            raise HubRefused(response.status_code, f"{self.name}: {method} {path}", response.text)
        return response

    def status(self, method: str, path: str, **kwargs) -> int:
        """The HTTP status of a request (for checking what is refused)."""
        return requests.request(method, self.hub + path, headers=self.headers, timeout=60, allow_redirects=False,
                                **kwargs).status_code

    @property
    def server(self) -> str:
        return f"/user/{self.name}"

    # -- the person's own server ----------------------------------------------------------------
    def start_server(self, timeout: float = 180.0) -> float:
        """Start this person's server (as the hub's Start button does) and wait until it answers; returns the seconds."""
        start = time.perf_counter()
        self.request("POST", f"/hub/api/users/{self.name}/server", ok=(201, 202, 400))  # 400: already running
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            model = self.request("GET", f"/hub/api/users/{self.name}").json()
            server = (model.get("servers") or {}).get("")
            if server and server.get("ready"):
                seconds = time.perf_counter() - start
                self.timings["spawn"] = seconds
                return seconds
            if not model.get("pending") and not server:
                raise HubRefused(500, f"{self.name}: the server stopped while starting (see the hub's log)")
            time.sleep(0.25)
        raise TimeoutError(f"{self.name}: the server did not start within {timeout:.0f} s")

    def stop_server(self) -> None:
        self.request("DELETE", f"/hub/api/users/{self.name}/server", ok=(202, 204, 400))

    # -- files ------------------------------------------------------------------------------------
    def read(self, path: str) -> dict:
        return self.request("GET", f"{self.server}/api/contents/{quote(path)}", params={"content": 1}).json()

    def write_notebook(self, path: str, notebook: dict) -> None:
        self.request("PUT", f"{self.server}/api/contents/{quote(path)}", json={"type": "notebook", "content": notebook})

    # -- the Assignments panel (nbgrader's assignment_list extension) --------------------------
    def assignments(self, course: str) -> list[dict]:
        answer = self.request("GET", f"{self.server}/assignments", params={"course_id": course}).json()
        if not answer.get("success"):
            raise HubRefused(500, f"{self.name}: listing {course}'s assignments", str(answer.get("value")))
        return answer["value"]

    def _action(self, action: str, course: str, assignment: str) -> list[dict]:
        answer = self.request("POST", f"{self.server}/assignments/{action}",
                              data={"course_id": course, "assignment_id": assignment}).json()
        if not answer.get("success"):
            raise HubRefused(500, f"{self.name}: {action} {course}/{assignment}", str(answer.get("value")))
        return answer.get("value") or []

    def fetch(self, course: str, assignment: str) -> list[dict]:
        return self._action("fetch", course, assignment)

    def submit(self, course: str, assignment: str) -> list[dict]:
        return self._action("submit", course, assignment)

    def fetch_feedback(self, course: str, assignment: str) -> list[dict]:
        return self._action("fetch_feedback", course, assignment)

    def courses(self) -> list[dict]:
        """The course list (nbgrader's course_list extension): the Formgraders this person may open."""
        answer = self.request("GET", f"{self.server}/formgraders").json()
        if not answer.get("success"):
            raise HubRefused(500, f"{self.name}: the course list", str(answer.get("value")))
        return answer["value"]

    # -- a course's Formgrader (a hub service) ----------------------------------------------------
    def formgrader(self, course: str, method: str, api: str, **kwargs) -> dict | list:
        answer = self.request(method, f"/services/{course}/formgrader/api/{api}", **kwargs).json()
        if isinstance(answer, dict) and answer.get("success") is False:
            raise HubRefused(500, f"{self.name}: Formgrader {course} {api}", str(answer.get("log") or answer.get("error")))
        return answer

    # -- a kernel -----------------------------------------------------------------------------------
    def run(self, cells: list[str], timeout: float = 120.0, keep: bool = False) -> list[Execution]:
        """Run ``cells`` one after another in a new kernel of this person's server (as Run All does), then end it
        (unless ``keep``: a student still in the lesson)."""
        kernel = self.request("POST", f"{self.server}/api/kernels", json={"name": "python3"}).json()["id"]
        try:
            return _run_to_end(self._run(kernel, cells, timeout))
        finally:
            if not keep:
                self.request("DELETE", f"{self.server}/api/kernels/{kernel}", ok=(204, 404))

    async def _run(self, kernel: str, cells: list[str], timeout: float) -> list[Execution]:
        from tornado.httpclient import HTTPRequest
        from tornado.websocket import websocket_connect

        url = self.hub.replace("http", "ws", 1) + f"{self.server}/api/kernels/{kernel}/channels"
        conn = await websocket_connect(HTTPRequest(url, headers=self.headers, request_timeout=timeout))
        session = uuid.uuid4().hex
        results = []
        try:
            for code in cells:
                msg_id = uuid.uuid4().hex
                await conn.write_message(json.dumps({
                    "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": session,
                               "username": self.name, "version": "5.3", "date": ""},
                    "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
                    "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                                "allow_stdin": False, "stop_on_error": True}}))
                stdout, error, result = [], "", ""
                while True:
                    raw = await asyncio.wait_for(conn.read_message(), timeout)
                    if raw is None:
                        raise HubRefused(500, f"{self.name}: the kernel's connection closed")
                    if not isinstance(raw, str):
                        continue
                    msg = json.loads(raw)
                    if msg.get("parent_header", {}).get("msg_id") != msg_id:
                        continue
                    kind, content = msg["header"]["msg_type"], msg["content"]
                    if kind == "stream":
                        stdout.append(content["text"])
                    elif kind == "error":
                        error = f"{content['ename']}: {content['evalue']}"
                    elif kind == "execute_result":
                        result = content["data"].get("text/plain", "")
                    elif kind == "status" and content["execution_state"] == "idle":
                        break
                results.append(Execution("".join(stdout), error, result))
        finally:
            conn.close()
        return results


class HubClient:
    """The hub at ``url`` (``http://127.0.0.1:8000``)."""

    def __init__(self, url: str):
        self.url = url.rstrip("/")

    def login(self, name: str, password: str) -> Person:
        """Log in through the hub's login page, then make an API token as the person (JupyterLab's token page does)."""
        start = time.perf_counter()
        session = requests.Session()
        session.get(f"{self.url}/hub/login", timeout=60)
        xsrf = session.cookies.get("_xsrf", "")
        answer = session.post(f"{self.url}/hub/login", data={"username": name, "password": password, "_xsrf": xsrf},
                              allow_redirects=False, timeout=60)
        if answer.status_code != 302:
            raise HubRefused(answer.status_code, f"{name}: logging in", "wrong account or password")
        # logging in sets a new _xsrf cookie for the hub's pages: the token request carries that one
        xsrf = [c.value for c in session.cookies if c.name == "_xsrf"][-1]
        answer = session.post(f"{self.url}/hub/api/users/{name}/tokens", json={"note": "myn-bala-stem client"},
                              headers={"X-XSRFToken": xsrf}, timeout=60)
        if answer.status_code != 201:
            raise HubRefused(answer.status_code, f"{name}: making a token", answer.text)
        person = Person(self.url, name, session, answer.json()["token"])
        person.timings["login"] = time.perf_counter() - start
        return person


def _run_to_end(coroutine):
    """Run ``coroutine`` to its end from synchronous code, also where this thread already runs an event loop (a
    notebook's kernel, Playwright's sync API): there it gets a loop of its own in a worker thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(1) as worker:
        return worker.submit(asyncio.run, coroutine).result()
