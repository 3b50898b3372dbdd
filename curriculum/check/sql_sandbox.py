"""Runs SQL queries on fresh in-memory SQLite databases, in a process of its own that may only read and is held to
limits. Standard library only: :mod:`curriculum.check.query` starts it as a script (``python -I -S sql_sandbox.py``,
no site packages, nothing of the course package imported), sends a job on stdin and reads one JSON line per query.

The job (JSON)::

    {"databases": ["CREATE TABLE ...; INSERT ...", ...],   # each built afresh, in memory, from the package's script
     "queries": ["SELECT ...", ...],                         # each run on every database, in order
     "limits": {"seconds": 2.0, "rows": 10000, "heap_mb": 64, "memory_mb": 512, "value_bytes": 1000000}}

For each database and each query, one line::

    {"db": 0, "query": 1, "ok": true, "columns": ["part_no", ...], "rows": [[...], ...]}
    {"db": 0, "query": 1, "ok": false, "kind": "error", "detail": "no such column: prise"}

``kind`` is ``error`` (SQLite refused the text: ``detail`` says why), ``several`` (more than one statement),
``empty`` (no statement), ``write`` (the query tries to change the database: the authorizer refused it before it
ran), ``timeout`` (past ``seconds`` of CPU time), ``memory`` (past ``heap_mb`` of SQLite heap, or a value over
``value_bytes``) or ``rows`` (more than ``rows`` rows). Why a query can change nothing: the database is a copy in
memory made for this run; the connection is ``query_only``; the authorizer allows reading only (SELECT, reading
columns, functions, recursive WITH), so INSERT, UPDATE, DELETE, DROP, CREATE, ALTER, PRAGMA, ATTACH and
transactions are refused before they run; no extension can be loaded. What bounds a runaway query: SQLite's progress
handler stops it after ``seconds`` of the process's CPU time; the process's SQLite heap is capped (``PRAGMA
hard_heap_limit``, this process runs nothing else), its address space too (``RLIMIT_AS``), and a CPU limit
(``RLIMIT_CPU``) ends it should all else fail; the parent kills it after a wall-clock limit. As root it gives up its
rights (uid and gid 65534) before it reads the job.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import sys
import time

READING = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, getattr(sqlite3, "SQLITE_RECURSIVE", 33)}
"""What a query may do: select, read a column, call a function, recurse in a WITH."""

NOBODY = 65534


def _drop_rights() -> None:
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        os.setgroups([])
        os.setgid(NOBODY)
        os.setuid(NOBODY)


def _limit_process(limits: dict) -> None:
    memory = int(limits.get("memory_mb", 512)) * 2 ** 20
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    cpu = int(float(limits.get("seconds", 2.0)) * limits.get("n_runs", 1)) + 5
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _value(v: object) -> object:
    if isinstance(v, bytes):
        return {"blob": v.hex()[:2000]}
    if isinstance(v, float) and v != v:  # NaN
        return {"float": "nan"}
    if isinstance(v, float) and v in (float("inf"), float("-inf")):
        return {"float": "inf" if v > 0 else "-inf"}
    return v


def _connect(script: str, limits: dict) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    conn.executescript(script)  # the package's own script: trusted, built before any limit
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA query_only = ON")
    if hasattr(conn, "setlimit"):  # Python 3.11+
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, int(limits.get("value_bytes", 1_000_000)))
        conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100_000)
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    return conn


def _run(conn: sqlite3.Connection, query: str, limits: dict) -> dict:
    if not _has_statement(query):
        return {"ok": False, "kind": "empty"}
    refused: list[int] = []

    def authorize(action: int, *_args: object) -> int:
        if action in READING:
            return sqlite3.SQLITE_OK
        refused.append(action)
        return sqlite3.SQLITE_DENY

    deadline = time.process_time() + float(limits.get("seconds", 2.0))
    stopped: list[str] = []

    def progress() -> int:
        if time.process_time() > deadline:
            stopped.append("timeout")
            return 1
        return 0

    conn.set_authorizer(authorize)
    conn.set_progress_handler(progress, 1000)
    most = int(limits.get("rows", 10_000))
    try:
        cursor = conn.execute(query)
        if cursor.description is None:
            return {"ok": False, "kind": "empty"}
        columns = [d[0] for d in cursor.description]
        rows: list[list] = []
        while True:
            batch = cursor.fetchmany(500)
            if not batch:
                break
            rows.extend([_value(v) for v in row] for row in batch)
            if len(rows) > most:
                return {"ok": False, "kind": "rows", "rows": most}
        return {"ok": True, "columns": columns, "rows": rows}
    except (sqlite3.ProgrammingError, sqlite3.Warning) as exc:
        if "one statement" in str(exc):
            return {"ok": False, "kind": "several"}
        return {"ok": False, "kind": "error", "detail": str(exc)}
    except MemoryError:
        return {"ok": False, "kind": "memory"}
    except sqlite3.DataError as exc:  # a string or blob too big
        return {"ok": False, "kind": "memory", "detail": str(exc)}
    except sqlite3.DatabaseError as exc:
        text = str(exc)
        if stopped or text == "interrupted":
            return {"ok": False, "kind": "timeout"}
        if refused or "not authorized" in text or "readonly" in text or "read-only" in text:
            return {"ok": False, "kind": "write", "action": refused[0] if refused else None}
        if "out of memory" in text:
            return {"ok": False, "kind": "memory"}
        return {"ok": False, "kind": "error", "detail": text}
    finally:
        conn.set_progress_handler(None, 0)
        conn.set_authorizer(None)


def _has_statement(query: str) -> bool:
    """Whether anything but spaces and comments is in the text."""
    text, i = query, 0
    while i < len(text):
        if text.startswith("--", i):
            end = text.find("\n", i)
            i = len(text) if end < 0 else end + 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = len(text) if end < 0 else end + 2
        elif text[i] in " \t\r\n;":
            i += 1
        else:
            return True
    return False


def main() -> int:
    _drop_rights()
    job = json.loads(sys.stdin.read())
    limits = dict(job.get("limits", {}))
    limits["n_runs"] = max(1, len(job["databases"]) * len(job["queries"]))
    _limit_process(limits)
    connections = [_connect(script, limits) for script in job["databases"]]
    heap = int(limits.get("heap_mb", 64)) * 2 ** 20
    if connections:
        connections[0].execute(f"PRAGMA hard_heap_limit = {heap}")
    out = sys.stdout
    for q, query in enumerate(job["queries"]):
        for d, conn in enumerate(connections):
            try:
                result = _run(conn, query, limits)
            except MemoryError:
                result = {"ok": False, "kind": "memory"}
            out.write(json.dumps({"db": d, "query": q, **result}) + "\n")
            out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
