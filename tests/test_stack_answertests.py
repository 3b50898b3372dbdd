"""STACK's published answer-test table (translated in tests/data/stack) and our school-notation cases.

Every row must decide as STACK's table says, or as the row's documented difference says (``ours`` with
``why``; docs/checking.md lists them).  The table as a whole must agree with STACK on at least 95 % of its
rows and 90 % in every mode, give no credit to a row STACK marks wrong outside the documented differences,
and never let an exception escape for a student's answer.
"""

from __future__ import annotations

import collections
from functools import lru_cache

import pytest

from tests.answer_tables import ROOT, STACK_TABLE, Outcome, load, run

SCHOOL = ROOT / "tests" / "data" / "school_cases.json"


@lru_cache(maxsize=None)
def _outcomes(path: str) -> tuple[Outcome, ...]:
    return tuple(run(load(ROOT / path)))


def _stack() -> tuple[Outcome, ...]:
    return _outcomes(str(STACK_TABLE.relative_to(ROOT)))


STACK_ROWS = load(STACK_TABLE)
SCHOOL_ROWS = load(SCHOOL)


@pytest.mark.parametrize("index", range(len(STACK_ROWS)), ids=[f"line{r['line']}-{r['mode']}" for r in STACK_ROWS])
def test_stack_row_decides_as_documented(index):
    outcome = _stack()[index]
    row = outcome.row
    assert outcome.as_documented, (
        f"STACK line {row['line']} ({row['stack'][0]}): compare({row['student']!r}, {row['teacher']!r}, "
        f"mode={row['mode']!r}, **{row['options']}) gave {outcome.got!r} [{outcome.code}], "
        f"expected {outcome.wanted!r}" + (f" ({row['why']})" if "why" in row else ""))


def test_stack_table_agreement_per_mode():
    outcomes = _stack()
    by_mode = collections.defaultdict(list)
    for o in outcomes:
        by_mode[o.row["mode"]].append(o.agrees)
    overall = sum(o.agrees for o in outcomes) / len(outcomes)
    assert overall >= 0.95, f"{overall:.1%} of STACK's rows agree"
    for mode, agrees in by_mode.items():
        assert sum(agrees) / len(agrees) >= 0.90, f"{mode}: {sum(agrees)}/{len(agrees)} agree"
    assert {o.row["mode"] for o in outcomes} >= {"equiv", "same_form", "expanded", "factored", "lowest_terms",
                                                 "numeric", "sigfigs", "units"}


def test_no_false_credit_and_no_crash_outside_documented_differences():
    outcomes = _stack()
    credit = [o.row["line"] for o in outcomes if o.false_credit and "ours" not in o.row]
    crashes = [(o.row["line"], o.got) for o in outcomes if o.crashed]
    assert not credit, f"credit for answers STACK marks wrong: lines {credit}"
    assert not crashes


def test_every_documented_difference_gives_its_reason():
    rows = [r for r in STACK_ROWS if "ours" in r]
    assert rows and all(r["why"].strip() for r in rows)
    assert all(r["ours"] != r["expect"] for r in rows)


def test_untranslated_rows_say_why():
    import json

    rows = json.loads(STACK_TABLE.read_text(encoding="utf-8"))["rows"]
    skipped = [r for r in rows if "skip" in r]
    assert skipped and all(r["skip"].strip() for r in skipped)
    assert all(isinstance(r["line"], int) and r["line"] > 0 for r in rows)


@pytest.mark.parametrize("row", SCHOOL_ROWS, ids=[f"{r['mode']}-{r['student']}" for r in SCHOOL_ROWS])
def test_school_notation(row):
    outcome = _outcomes(str(SCHOOL.relative_to(ROOT)))[SCHOOL_ROWS.index(row)]
    assert outcome.agrees, f"{row['why']}: got {outcome.got!r} [{outcome.code}] {outcome.details}"
