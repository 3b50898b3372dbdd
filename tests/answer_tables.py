"""Published answer-test tables run through ``compare``: STACK's fixtures (``tests/data/stack``) and the held-out
suites of other systems (``benchmarks/heldout``).  Shared by ``tests/test_stack_answertests.py`` and
``benchmarks/check_benchmark.py``.

A row is ``{"mode", "student", "teacher", "options", "expect"}``; ``expect`` is ``true`` (a right answer),
``false`` (a wrong one), ``"invalid"`` (the student's text cannot be read: ``invalid-input``) or
``"author-error"`` (the teacher's answer or an option is wrong: ``compare`` raises ``ValueError``).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sympy

from curriculum.check import compare

ROOT = Path(__file__).resolve().parent.parent
STACK_TABLE = ROOT / "tests" / "data" / "stack" / "answertests.json"
HELDOUT = ROOT / "benchmarks" / "heldout"


@dataclass(frozen=True)
class Outcome:
    row: dict
    got: Any  # True, False, "invalid", "author-error", "crash: ...", "timeout"
    seconds: float
    code: str = ""
    details: dict = field(default_factory=dict)

    @property
    def wanted(self) -> Any:
        return self.row.get("ours", self.row["expect"])

    @property
    def agrees(self) -> bool:
        return _same(self.got, self.row["expect"])

    @property
    def as_documented(self) -> bool:
        return _same(self.got, self.wanted)

    @property
    def false_credit(self) -> bool:
        return self.got is True and self.row["expect"] is not True

    @property
    def refused_right(self) -> bool:
        return self.row["expect"] is True and self.got is not True

    @property
    def crashed(self) -> bool:
        return isinstance(self.got, str) and self.got.startswith("crash")


def _same(got: Any, expect: Any) -> bool:
    if expect == "invalid":
        return got == "invalid"
    if expect is False:
        return got is False or got == "invalid"
    return got == expect


def load(path: Path) -> list[dict]:
    rows = json.loads(path.read_text(encoding="utf-8"))["rows"]
    return [r for r in rows if "skip" not in r]


def options_of(row: dict) -> dict:
    options = dict(row.get("options", {}))
    positive = options.pop("positive", None)
    if positive:
        options["symbols"] = {name: sympy.Symbol(name, positive=True) for name in positive}
    raw = options.pop("raw_option", None)
    if raw is not None:
        key = {"sigfigs": "sigfigs", "units": "sigfigs", "numeric": "rtol"}.get(row["mode"], "rtol")
        options[key] = raw
    if isinstance(options.get("sigfigs"), list):
        options["sigfigs"] = tuple(options["sigfigs"])
    return options


def run_row(row: dict) -> Outcome:
    start = time.perf_counter()
    try:
        result = compare(row["student"], row["teacher"], mode=row["mode"], **options_of(row))
    except ValueError as exc:
        return Outcome(row, "author-error", time.perf_counter() - start, details={"error": str(exc)})
    except Exception as exc:  # noqa: BLE001 - a crash is what the table is looking for
        return Outcome(row, f"crash: {type(exc).__name__}: {exc}", time.perf_counter() - start)
    seconds = time.perf_counter() - start
    if result.code == "invalid-input":
        got: Any = "invalid"
    elif result.code == "timeout":
        got = "timeout"
    else:
        got = result.correct
    return Outcome(row, got, seconds, result.code, dict(result.details))


def run(rows: list[dict]) -> list[Outcome]:
    return [run_row(r) for r in rows]
