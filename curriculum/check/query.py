"""SQL queries a student writes, checked by what they return: ``check_query`` and ``run_query``.

A query is right when it returns the teacher's query's rows (the same number of columns, the same rows; in the same
order when the task asks for one) on the course's database **and** on every other database given, each filled with
other data: a query that repeats values read off the course's tables (a hard-coded answer) returns the course's rows
on the others too and is told so. Column names do not matter (an alias is the student's choice), numbers match
within ``rtol``, an integer matches the same float.

Every query runs in a process of its own (:mod:`curriculum.check.sql_sandbox`), on a fresh copy in memory of each
database, read-only and within limits (CPU seconds, SQLite heap, rows), so a query that loops for ever, eats memory
or tries to change the database is stopped with a clear reason and changes nothing; it costs only the item it
answers. A database is a function of the course package that returns the SQL script building it (a lab's
``course_database``), named in records by its qualified name, so the grader builds the same databases outside the
student's kernel::

    require(check_query(q_local, "SELECT p.part_no ... JOIN suppliers ...",
                        databases=(parts_db.course_database, parts_db.other_database)))
    advise(check_query(q_local, columns=3, databases=(parts_db.course_database,)))   # public: runs, 3 columns

>>> def shop():
...     return "CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1), (2), (3);"
>>> run_query("SELECT x * 2 FROM t WHERE x > 1", shop).rows
((4,), (6,))
>>> run_query("DELETE FROM t", shop).code
'not-read-only'
"""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..i18n import _, ngettext
from .qualnames import qualified_name, resolve
from .result import Code, Result

SANDBOX = Path(__file__).with_name("sql_sandbox.py")

LIMITS = {"seconds": 1.0, "rows": 10_000, "heap_mb": 64, "memory_mb": 512, "value_bytes": 1_000_000}
"""Each query's limits: CPU seconds, rows returned, SQLite heap (MB), the process's address space (MB), one value's size."""

Database = Callable[[], str]
"""A function of the course package that returns the SQL script that builds a database (tables and rows)."""


@dataclass(frozen=True)
class QueryResult:
    """What a query returned on one database, or why it did not (``code`` and the student's ``message``)."""

    ok: bool
    columns: tuple[str, ...] = ()
    rows: tuple[tuple[Any, ...], ...] = ()
    code: str = str(Code.EQUIVALENT)
    message: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    def _repr_html_(self) -> str:
        """The result as a table in a notebook (the error message when the query did not run)."""
        import html

        if not self.ok:
            return f"<p style='color:#cf222e'>✗ {html.escape(self.message)}</p>"
        head = "".join(f"<th><code>{html.escape(str(c))}</code></th>" for c in self.columns)
        shown = self.rows[:50]  # the database's names and values, as code: a column's name, a supplier's name
        body = "".join("<tr>" + "".join(f"<td><code>{html.escape(_shown(v))}</code></td>" for v in row) + "</tr>"
                       for row in shown)
        more = (f"<p>{html.escape(_('... and {n} more rows', n=len(self.rows) - len(shown)))}</p>"
                if len(self.rows) > len(shown) else "")
        count = ngettext("{n} row", "{n} rows", len(self.rows))
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}<p><i>{count}</i></p>"


def _shown(value: Any) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


# -- running queries in the sandbox -------------------------------------------------------------------------

class SandboxError(RuntimeError):
    """The sandbox process could not be started or said nothing readable (not the query's fault)."""


def _script(database: Database | str) -> str:
    script = database() if callable(database) else database
    if not isinstance(script, str) or not script.strip():
        raise ValueError(f"a database is a function returning the SQL script that builds it, got {type(script).__name__}")
    return script


def run_queries(databases: Sequence[Database | str], queries: Sequence[str], limits: dict[str, Any] | None = None,
                ) -> list[list[QueryResult]]:
    """Run every query on every database (a fresh copy each) in one sandbox process: ``[query][database]``.

    A query whose run ended the process (past its CPU time, out of memory) gets that reason; the queries after it
    are tried again in a new process, so one runaway query costs only itself."""
    limits = {**LIMITS, **(limits or {})}
    scripts = [_script(db) for db in databases]
    results: list[list[QueryResult | None]] = [[None] * len(scripts) for _q in queries]
    pending = list(range(len(queries)))
    while pending:
        done = _sandbox(scripts, [queries[i] for i in pending], limits)
        end = done.pop("__end__", {})
        for (q, d), outcome in done.items():
            results[pending[q]][d] = _outcome(outcome, limits)
        missing = [(q, d) for q in range(len(pending)) for d in range(len(scripts)) if (q, d) not in done]
        if not missing:
            break
        q, d = missing[0]  # the run that ended the process: the query in hand on that database
        results[pending[q]][d] = _outcome({"ok": False, "kind": end.get("kind", "timeout")}, limits)
        for dd in range(d + 1, len(scripts)):
            results[pending[q]][dd] = _outcome({"ok": False, "kind": "not-run"}, limits)
        pending = pending[q + 1:]
    return [[r if r is not None else _outcome({"ok": False, "kind": "not-run"}, limits) for r in row] for row in results]


def _sandbox(scripts: list[str], queries: list[str], limits: dict[str, Any]) -> dict:
    """One sandbox process: ``{(query, database): outcome}`` for each line it wrote, and ``"__end__"`` how it ended
    when it did not finish."""
    job = json.dumps({"databases": scripts, "queries": queries, "limits": limits})
    wall = float(limits["seconds"]) * max(1, len(scripts) * len(queries)) * 4 + 10
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8"}
    try:
        run = subprocess.run([sys.executable, "-I", "-S", str(SANDBOX)], input=job, capture_output=True, text=True,
                             timeout=wall, env=env, cwd="/")
        stdout, code = run.stdout, run.returncode
    except subprocess.TimeoutExpired as exc:
        stdout, code = (exc.stdout.decode() if isinstance(exc.stdout, bytes) else exc.stdout or ""), None
    except OSError as exc:
        raise SandboxError(f"the SQL sandbox could not be started: {exc}") from None
    done: dict = {}
    for line in stdout.splitlines():
        try:
            doc = json.loads(line)
            done[(int(doc.pop("query")), int(doc.pop("db")))] = doc
        except (ValueError, KeyError, TypeError):
            continue
    expected = len(scripts) * len(queries)
    if len(done) < expected:
        if code is None:
            kind = "timeout"
        elif code < 0 and -code in (9, 24):  # SIGKILL (the wall limit, the system's memory killer), SIGXCPU
            kind = "timeout" if -code == 24 else "memory"
        elif not done and code != 0 and "MemoryError" not in (run.stderr if code is not None else ""):
            raise SandboxError(f"the SQL sandbox ended with code {code}: {run.stderr.strip()[-500:]}")
        else:
            kind = "memory"
        done["__end__"] = {"kind": kind}
    return done


_ACTIONS = {"DELETE": "delete rows", "INSERT": "add rows", "REPLACE": "add rows", "UPDATE": "change rows",
            "DROP": "drop a table", "CREATE": "create a table or an index", "ALTER": "alter a table",
            "PRAGMA": "run a PRAGMA (the database's settings are not open here)", "ATTACH": "attach another database file",
            "DETACH": "attach another database file", "VACUUM": "change the database",
            "BEGIN": "run a transaction", "COMMIT": "run a transaction", "ROLLBACK": "run a transaction",
            "SAVEPOINT": "run a transaction", "RELEASE": "run a transaction", "REINDEX": "change the database",
            "ANALYZE": "change the database"}


def _verb(query: str) -> str:
    """The statement's own verb (after comments and a WITH clause): DELETE, DROP, ..."""
    text = re.sub(r"--[^\n]*|/\*.*?\*/", " ", query, flags=re.S)
    words = re.findall(r"[A-Za-z_]+", text)
    if not words:
        return ""
    first = words[0].upper()
    if first == "WITH":
        return next((w.upper() for w in words if w.upper() in ("DELETE", "INSERT", "UPDATE", "REPLACE")), "")
    return first


def _action_text(query: str) -> str:
    key = _ACTIONS.get(_verb(query), "change the database")
    return {
        "delete rows": _("delete rows"), "add rows": _("add rows"), "change rows": _("change rows"),
        "drop a table": _("drop a table"), "create a table or an index": _("create a table or an index"),
        "alter a table": _("alter a table"),
        "run a PRAGMA (the database's settings are not open here)":
            _("run a PRAGMA (the database's settings are not open here)"),
        "attach another database file": _("attach another database file"),
        "run a transaction": _("run a transaction"), "change the database": _("change the database"),
    }[key]


_SQLITE_MESSAGES = (
    (re.compile(r"^no such column: (.+)$"), lambda m: _("there is no column {name}", name=m[1])),
    (re.compile(r"^no such table: (.+)$"), lambda m: _("there is no table {name}", name=m[1])),
    (re.compile(r'^near "(.*)": syntax error$', re.S), lambda m: _("a syntax error near {near}", near=m[1])),
    (re.compile(r"^ambiguous column name: (.+)$"),
     lambda m: _("the column {name} is in more than one table: write table.{name}", name=m[1])),
    (re.compile(r"^misuse of aggregate(?: function)?:? (\w+)\(\)$"),
     lambda m: _("{name}() is used where there is no group: use it after SELECT or in HAVING, not in WHERE",
                 name=m[1])),
    (re.compile(r"^incomplete input$"), lambda m: _("the query ends too soon (a bracket or a quote not closed?)")),
    (re.compile(r'^unrecognized token: "?(.*?)"?$', re.S),
     lambda m: _("{token} cannot be read (a quote not closed?)", token=m[1])),
    (re.compile(r"^no such function: (\w+)$"), lambda m: _("there is no function {name} in SQLite", name=m[1])),
)


def _sqlite_message(detail: str) -> str:
    """SQLite's (English) reason in the course language where we know it; else SQLite's own words."""
    for pattern, say in _SQLITE_MESSAGES:
        matched = pattern.match(detail.strip())
        if matched:
            return say(matched)
    return f"«{detail.strip()}»"


def _outcome(doc: dict, limits: dict[str, Any], query: str = "") -> QueryResult:
    if doc.get("ok"):
        rows = tuple(tuple(_read(v) for v in row) for row in doc["rows"])
        return QueryResult(True, tuple(doc["columns"]), rows)
    kind = doc.get("kind")
    if kind == "error":
        detail = str(doc.get("detail", ""))
        return QueryResult(False, code=str(Code.QUERY_ERROR), details={"sqlite": detail},
                           message=_("The query cannot run: {reason}.", reason=_sqlite_message(detail)))
    if kind == "several":
        return QueryResult(False, code=str(Code.QUERY_ERROR), details={"kind": kind},
                           message=_("Write one query: the text holds more than one statement (a ';' in the middle?)."))
    if kind == "empty":
        return QueryResult(False, code=str(Code.QUERY_ERROR), details={"kind": kind},
                           message=_("The text holds no query, only spaces or comments."))
    if kind == "write":
        return QueryResult(False, code=str(Code.NOT_READ_ONLY), details={"kind": kind},
                           message=_("A query here may only read the database, but this one tries to {action}. "
                                     "Nothing was changed.", action=_action_text(query)))
    if kind == "timeout":
        return QueryResult(False, code=str(Code.TIMEOUT), details={"kind": kind},
                           message=_("The query was stopped after {seconds} s of work: does it go on without end "
                                     "(a recursive WITH that never stops)?", seconds=_plain(limits["seconds"])))
    if kind == "memory":
        return QueryResult(False, code=str(Code.MEMORY_LIMIT), details={"kind": kind},
                           message=_("The query was stopped: it needed more than {megabytes} MB of memory.",
                                     megabytes=limits["heap_mb"]))
    if kind == "rows":
        return QueryResult(False, code=str(Code.TOO_MANY_ROWS), details={"kind": kind},
                           message=_("The query was stopped after {rows} rows: does a join lack its condition (ON)?",
                                     rows=limits["rows"]))
    return QueryResult(False, code=str(Code.NO_RECORD), details={"kind": kind},
                       message=_("The query was not run: an earlier one stopped the database."))


def _plain(x: float) -> str:
    return f"{x:g}"


def _read(value: Any) -> Any:
    if isinstance(value, dict):
        if "blob" in value:
            return bytes.fromhex(value["blob"])
        if "float" in value:
            return float(value["float"])
    return value


def run_query(query: Any, database: Database | str, *, limits: dict[str, Any] | None = None) -> QueryResult:
    """Run one query on a fresh copy of ``database`` (read-only, within limits): its columns and rows, or why not.

    What a lab's SQL box and a lesson's ``parts_db.run(...)`` use; shown in a notebook as a table."""
    if not isinstance(query, str):
        return QueryResult(False, code=str(Code.WRONG_TYPE),
                           message=_("The query should be text in quotes, for example \"SELECT ...\"."))
    outcome = run_queries([database], [query], limits)[0][0]
    return _with_query(outcome, query, limits)


def _with_query(outcome: QueryResult, query: str, limits: dict[str, Any] | None) -> QueryResult:
    if outcome.code == str(Code.NOT_READ_ONLY):  # the message names what the query tried to do
        return _outcome({"ok": False, "kind": "write"}, {**LIMITS, **(limits or {})}, query)
    return outcome


# -- comparing results ------------------------------------------------------------------------------------

def _same_value(a: Any, b: Any, rtol: float) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if isinstance(a, int) and isinstance(b, int):
            return a == b
        if math.isnan(a) or math.isnan(b):
            return math.isnan(a) and math.isnan(b)
        return math.isclose(a, b, rel_tol=rtol, abs_tol=1e-12)
    return a == b


def _same_row(a: tuple, b: tuple, rtol: float) -> bool:
    return len(a) == len(b) and all(_same_value(x, y, rtol) for x, y in zip(a, b))


def _sort_key(row: tuple) -> tuple:
    def key(v: Any) -> tuple:
        if v is None:
            return (0, 0.0, "")
        if isinstance(v, (int, float)):
            return (1, float(f"{float(v):.6g}") if math.isfinite(v) else float(v), "")
        return (2, 0.0, repr(v))

    return tuple(key(v) for v in row)


def same_rows(got: Sequence[tuple], expected: Sequence[tuple], *, ordered: bool, rtol: float) -> bool:
    """The same rows (values within ``rtol``): in the same order, or as a multiset when ``ordered`` is false."""
    if len(got) != len(expected):
        return False
    if ordered:
        return all(_same_row(a, b, rtol) for a, b in zip(got, expected))
    left, right = sorted(got, key=_sort_key), sorted(expected, key=_sort_key)
    if all(_same_row(a, b, rtol) for a, b in zip(left, right)):
        return True
    unmatched = list(right)  # sorting rounded numbers can part rows that match within rtol: match them one by one
    for row in left:
        index = next((i for i, other in enumerate(unmatched) if _same_row(row, other, rtol)), None)
        if index is None:
            return False
        unmatched.pop(index)
    return True


def _compare(got: QueryResult, expected: QueryResult, *, ordered: bool, rtol: float) -> Result | None:
    """None when ``got`` has ``expected``'s rows, else what differs (no expected value is shown)."""
    if same_rows(got.rows, expected.rows, ordered=ordered, rtol=rtol) and len(got.columns) == len(expected.columns):
        return None
    in_order = ordered and same_rows(got.rows, expected.rows, ordered=False, rtol=rtol)
    return _difference(len(got.columns), len(expected.columns), len(got.rows), len(expected.rows), in_order)


def _difference(width: int, want: int, n: int, m: int, only_order: bool) -> Result:
    """What differs between a result of ``width`` columns and ``n`` rows and the right one (``want``, ``m``), told
    without any of the right values; ``only_order``: the rows are right, their order is not."""
    if width != want:
        return Result(False, 0.0, Code.WRONG_COLUMNS, ngettext(
            "Your query returns {got} column; the task asks for {expected}.",
            "Your query returns {got} columns; the task asks for {expected}.", width, got=width, expected=want),
            {"columns": width})
    if only_order:
        return Result(False, 0.0, Code.WRONG_ORDER, _(
            "The rows are right, but not in the order the task asks for (ORDER BY)."), {"rows": n})
    if n > m:
        message = ngettext("Your query returns {n} row, more than the right answer has: check the join's condition "
                           "(ON) and the filter (WHERE).",
                           "Your query returns {n} rows, more than the right answer has: check the join's condition "
                           "(ON) and the filter (WHERE).", n)
    elif n < m:
        message = ngettext("Your query returns {n} row, fewer than the right answer has: check the filter (WHERE) "
                           "and the join.",
                           "Your query returns {n} rows, fewer than the right answer has: check the filter (WHERE) "
                           "and the join.", n)
    else:
        message = _("Your query returns as many rows as the right answer, but some values differ: check the columns "
                    "you chose and how they are computed.")
    return Result(False, 0.0, Code.WRONG_ROWS, message, {"rows": n})


# -- a self-check without the answer: a fingerprint of the right result -------------------------------------------

PREFIX = "cq1:"
"""How a query's self-check token starts (``self_check(q, "cq1:...")``)."""

DIGITS = 4
"""Significant digits a number of the result is compared to in a self-check (the hidden check uses ``rtol``)."""


def _canonical(value: Any, shift: float) -> str:
    if value is None:
        return "N"
    if isinstance(value, bool):
        value = int(value)
    if isinstance(value, float) and math.isfinite(value) and value == int(value) and abs(value) < 2 ** 53:
        value = int(value)
    if isinstance(value, int):
        return f"i{value}"
    if isinstance(value, float):
        if not math.isfinite(value):
            return f"f{value}"
        if value == 0:
            return "f0"
        unit = 10.0 ** (math.floor(math.log10(abs(value))) - DIGITS + 1)
        return f"f{math.floor(value / unit + shift)}e{math.floor(math.log10(unit))}"
    if isinstance(value, bytes):
        return "b" + value.hex()
    return "s" + str(value)


def _digest(salt: str, rows: Sequence[tuple], ordered: bool, shift: float) -> str:
    import hashlib

    lines = ["\x1f".join(_canonical(v, shift) for v in row) for row in rows]
    if not ordered:
        lines.sort()
    return hashlib.sha256(("\x1e".join([salt, *lines])).encode()).hexdigest()[:24]


def query_fingerprint(teacher: str, database: Callable[[], str], *, ordered: bool = False) -> str:
    """A self-check token of the teacher's query's result on ``database`` (a function of the course package): the
    number of columns and rows and a salted digest of the rows (numbers to :data:`DIGITS` significant digits, on two
    grids half a step apart), never a value. The same query and database give the same token (build.py writes it
    again); ``self_check(q, token)`` runs the student's query on the same database and compares."""
    import base64
    import hashlib

    (db,) = _databases((database,))
    got = run_query(teacher, db)
    if not got.ok:
        raise ValueError(f"the teacher's query does not run: {got.message} ({got.details})")
    name = qualified_name(db)
    salt = hashlib.sha256(f"{name}\n{teacher}".encode()).hexdigest()[:12]
    data = {"s": salt, "db": name, "o": ordered, "c": len(got.columns), "n": len(got.rows),
            "d": [_digest(salt, got.rows, ordered, shift) for shift in (0.0, 0.5)],
            "u": _digest(salt, got.rows, False, 0.0) if ordered else ""}
    return PREFIX + base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def query_self_check(student: Any, token: str) -> Result:
    """Right or what differs, judged from a :func:`query_fingerprint` token alone (``self_check`` calls this)."""
    import base64

    body = token[len(PREFIX):]
    data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    if not str(data["db"]).startswith("curriculum."):
        raise ValueError(f"a self-check's database {data['db']!r} is not a function of the course package")
    if not isinstance(student, str):
        return Result(False, 0.0, Code.WRONG_TYPE, _("The query should be text in quotes, for example \"SELECT ...\"."))
    got = run_query(student, resolve(data["db"]))
    if not got.ok:
        return Result(False, 0.0, got.code, got.message, got.details)
    width, n = len(got.columns), len(got.rows)
    if width == data["c"] and n == data["n"]:
        if any(_digest(data["s"], got.rows, data["o"], shift) in data["d"] for shift in (0.0, 0.5)):
            return Result(True, 1.0, Code.EQUIVALENT, _(
                "Looks right on the course's database. The hidden tests also run your query on a database filled "
                "differently and decide the grade."), {"rows": n})
        in_order = bool(data["o"]) and _digest(data["s"], got.rows, False, 0.0) == data["u"]
        return _difference(width, data["c"], n, data["n"], in_order)
    return _difference(width, data["c"], n, data["n"], False)


def _databases(databases: Any) -> tuple[Callable[[], str], ...]:
    found = tuple(databases) if isinstance(databases, (list, tuple)) else (databases,)
    if not found:
        raise ValueError("check_query needs at least one database (a function of the course package)")
    for db in found:
        if not callable(db) or not qualified_name(db).startswith("curriculum."):
            raise ValueError(f"a database must be a function of the course package (the grader rebuilds it), "
                             f"got {db!r}")
    return found


def decide_query(student: Any, teacher: str | None, databases: Sequence[Callable[[], str]], *, ordered: bool = False,
                 rtol: float = 1e-9, columns: int | None = None, limits: dict[str, Any] | None = None,
                 name: str = "") -> Result:
    """The verdict on a student's query against the teacher's (or, with no teacher, that it runs and returns
    ``columns`` columns): the same rows on every database, the course's first."""
    what = name or "query"
    if not isinstance(student, str):
        return Result(False, 0.0, Code.WRONG_TYPE, _(
            "{name} should be the query as text in quotes, for example \"SELECT ...\".", name=what))
    queries = [teacher, student] if teacher is not None else [student]
    runs = run_queries(list(databases), queries, limits)
    if teacher is not None:
        failed = next((r for r in runs[0] if not r.ok), None)
        if failed is not None:
            raise ValueError(f"the teacher's query does not run: {failed.message} ({failed.details})")
    own = [_with_query(r, student, limits) for r in runs[-1]]
    for outcome in own:
        if not outcome.ok:
            return Result(False, 0.0, outcome.code, outcome.message, outcome.details)
    if teacher is None:
        if columns is not None and len(own[0].columns) != columns:
            return Result(False, 0.0, Code.WRONG_COLUMNS, ngettext(
                "Your query returns {got} column; the task asks for {expected}.",
                "Your query returns {got} columns; the task asks for {expected}.", len(own[0].columns),
                got=len(own[0].columns), expected=columns), {"columns": len(own[0].columns)})
        return Result(True, 1.0, Code.QUERY_RUNS, ngettext(
            "The query runs and returns {n} row; whether they are the right ones is checked when your work is graded.",
            "The query runs and returns {n} rows; whether they are the right ones is checked when your work is graded.",
            len(own[0].rows)), {"rows": len(own[0].rows)})
    first = _compare(own[0], runs[0][0], ordered=ordered, rtol=rtol)
    if first is not None:
        return first
    for got, expected in zip(own[1:], runs[0][1:]):
        if _compare(got, expected, ordered=ordered, rtol=rtol) is not None:
            return Result(False, 0.0, Code.HARD_CODED, _(
                "Right on the course's database, but not on another one filled with other data: the query must "
                "compute its answer from the tables, not repeat values read off them."), {"databases": len(own)})
    return Result(True, 1.0, Code.EQUIVALENT, _(
        "Correct: the query returns the right rows on the course's database and on another one filled differently.")
        if len(own) > 1 else _("Correct: the query returns the right rows."), {"rows": len(own[0].rows)})


def check_query(student: Any, teacher: str | None = None, *, databases: Any, ordered: bool = False, rtol: float = 1e-9,
                columns: int | None = None, limits: dict[str, Any] | None = None, name: str | None = None) -> Result:
    """Check a student's SQL query by what it returns (see the module's documentation).

    ``teacher`` is the teacher's query (hidden tests); without it (a public check) the query must run read-only and,
    given ``columns``, return that many columns. ``databases`` are functions of the course package returning the SQL
    script of each database, the course's first; ``ordered`` asks for the teacher's order of rows; ``rtol`` is the
    tolerance on numbers. A query that cannot run, changes the database, runs too long or too big gets its reason.
    Records the query as data while nbgrader executes the notebook; the grader decides it again outside the kernel.
    """
    found = _databases(databases)
    limits = {**LIMITS, **(limits or {})}
    result = decide_query(student, teacher, found, ordered=ordered, rtol=rtol, columns=columns, limits=limits,
                          name=name or "")
    from .record import record_answer

    options = {"databases": [qualified_name(db) for db in found], "ordered": ordered, "rtol": rtol,
               "columns": columns, "limits": limits, "name": name or ""}
    record_answer(None, student if isinstance(student, str) else repr(student)[:200], mode="query", options=options,
                  result=result, teacher=teacher)
    return result


def decide_recorded(student: Any, teacher: Any, options: dict[str, Any]) -> Result:
    """The grader's decision on a captured query, from the teacher's record: the same databases (rebuilt from the
    package), the same tolerance and order."""
    databases = []
    for path in options.get("databases", []):
        if not str(path).startswith("curriculum."):
            raise ValueError(f"a recorded database {path!r} is not a function of the course package")
        databases.append(resolve(path))
    if not databases:
        raise ValueError("the teacher's record names no database")
    return decide_query(student, teacher, databases, ordered=bool(options.get("ordered")),
                        rtol=float(options.get("rtol", 1e-9)), columns=options.get("columns"),
                        limits=options.get("limits"), name=str(options.get("name") or ""))


__all__ = ["DIGITS", "LIMITS", "PREFIX", "QueryResult", "SandboxError", "check_query", "decide_query", "decide_recorded",
           "query_fingerprint", "query_self_check", "run_queries", "run_query", "same_rows"]
