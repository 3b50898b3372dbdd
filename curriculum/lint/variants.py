"""Every parameter set of a notebook with variants, verified: the teacher's solution earns every point on each.

For a source notebook with a parameters cell (:mod:`curriculum.variants`), with the course's deck
(its course id, the assignment and ``variants.yml``), this runs the teacher's notebook once per
parameter set and the example (the grader's reference runs, cached and used again when grading) and
names, with the parameter set's values:

* a parameters cell that cannot give its deck, is not locked, or a locked or graded text that shows parameters;
* a set on which the solution fails a test or its own public self-check, or earns less than every point
  of a hidden check;
* two sets that give the same answer to a check whose answer depends on the parameters (an answer
  handed in from one student's task would earn points on the other's);
* a value of the parameters cell that is the expected answer of a check in every set (the release shows it).
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import nbformat

from ..check import compare
from ..check.record import deserialize, not_recorded


def _same_answer(kind: str, first: dict, second: dict) -> bool:
    """Whether one set's right answer to a check is right for another set too."""
    if kind == "function":
        return first.get("inputs") == second.get("inputs") and first.get("expected") == second.get("expected")
    if kind == "design":
        return first.get("spec") == second.get("spec")
    if kind == "part":
        return all(first.get(k) == second.get(k) for k in ("teacher", "mates", "options"))
    try:
        with not_recorded():
            return compare(deserialize(first["teacher"]), deserialize(second["teacher"]), mode=first["mode"],
                           **first.get("options", {})).correct
    except (ValueError, KeyError, TypeError, SyntaxError):
        return first.get("teacher") == second.get("teacher")


def _numbers(doc: dict) -> list[float]:
    try:
        value = deserialize(doc)
    except (ValueError, KeyError, TypeError, SyntaxError):
        return []
    out = []
    for candidate in (value, getattr(value, "magnitude", None)):
        if isinstance(candidate, (int, float)) and not isinstance(candidate, bool):
            out.append(float(candidate))
    if hasattr(value, "to_base_units"):
        try:
            out.append(float(value.to_base_units().magnitude))
        except (TypeError, ValueError):
            pass
    return out


def variant_problems(root: Path, assignment: str, source: Path, nb: nbformat.NotebookNode,
                     course_id: str) -> list[tuple[str, str]]:
    """(where, message) for one source notebook (nothing when it has no parameters cell)."""
    from ..grading.blind import PlanError, plan
    from ..grading.references import reference_runs
    from ..grading.trust import test_cells
    from ..variants.deck import DeckError, parameters_cell
    from ..variants.settings import SettingsError, course_deck
    from ..variants.text import placeholders

    try:
        index = parameters_cell(nb)
    except DeckError as exc:
        return [("", str(exc))]
    if index is None:
        return []
    found: list[tuple[str, str]] = []
    if not nb.cells[index].metadata.get("nbgrader", {}).get("locked"):
        found.append((f"cell {index}", "the parameters cell is not locked: a student could change the draws"))
    try:
        deck = course_deck(root, course_id, assignment, source.stem, nb)
    except (DeckError, SettingsError) as exc:
        return found + [("parameters", str(exc))]
    names = set(deck.example.values).union(*(s.values for s in deck.sets))
    for i, cell in enumerate(nb.cells):
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "markdown" and (meta.get("locked") or meta.get("grade")) and placeholders(cell.source, names):
            found.append((meta.get("grade_id", f"cell {i}"), "a locked or graded text shows parameters "
                                                             f"({', '.join(placeholders(cell.source, names))}): nbgrader "
                                                             "checks it against the gradebook, so it must be the same for everyone"))
    sets = [deck.example, *deck.sets]
    try:
        runs = reference_runs(root, assignment, source.stem, sets, keep_going=True)
    except Exception as exc:  # noqa: BLE001 - runs that cannot even start are one problem, said plainly
        return found + [("", f"the teacher's notebook cannot be run for its parameter sets: {type(exc).__name__}: {exc}")]
    failed = [(p, r) for p, r in zip(sets, runs) if isinstance(r, PlanError)]
    found += [("", str(error)) for _p, error in failed]
    if failed:
        return found
    try:
        plans = {gid: plan(cell.source) for gid, cell in test_cells(nb).items()}
    except PlanError as exc:
        return found + [("", str(exc))]
    for parameters, run in zip(sets, runs):
        for gid, outcomes in run.self_checks.items():
            for outcome in outcomes:
                if not outcome.get("self_check"):
                    found.append((gid, f"{parameters.label()}: the solution fails its own public self-check "
                                       f"(line {outcome.get('line')}: {outcome.get('code')})"))
        for gid, records in run.checks.items():
            for record, check in zip(records, plans[gid].checks):
                if check.graded and float(record.get("score", 0)) < 1:
                    found.append((gid, f"{parameters.label()}: the solution earns {record.get('score')} of the check on "
                                       f"line {check.line} ({record.get('code')})"))
    deck_runs = list(zip(deck.sets, runs[1:]))
    for gid, cell_plan in plans.items():
        for site, check in enumerate(cell_plan.checks):
            records = [(p, run.checks[gid][site]) for p, run in deck_runs if len(run.checks.get(gid, [])) > site]
            if len(records) < 2 or all(_same_answer(check.kind, records[0][1], r) for _p, r in records[1:]):
                continue  # the answer does not depend on the parameters
            group: dict[int, int] = {p.number: p.number for p, _r in records}

            def root(n: int) -> int:
                while group[n] != n:
                    n = group[n]
                return n

            for (p1, r1), (p2, r2) in combinations(records, 2):
                if _same_answer(check.kind, r1, r2):
                    group[root(p2.number)] = root(p1.number)
            clusters: dict[int, list] = {}
            for p, _r in records:
                clusters.setdefault(root(p.number), []).append(p)
            for members in clusters.values():
                if len(members) > 1:
                    found.append((gid, f"{' and '.join(p.label() for p in members)} give the same answer to the check on "
                                       f"line {check.line}: an answer copied between them would earn points"))
            if check.kind == "answer":
                for name in sorted(names):
                    if all(isinstance(p.values.get(name), (int, float)) and any(
                            abs(float(p.values[name]) - n) <= 1e-9 * max(1.0, abs(n)) for n in _numbers(r["teacher"]))
                           for p, r in records):
                        found.append((gid, f"the parameters cell defines {name}, which is the expected answer of the check "
                                           f"on line {check.line} in every parameter set: the release shows it"))
    return found


__all__ = ["variant_problems"]
