"""inf-col-line-balancing, a project module: its milestone notebooks are what build.py writes, every number they show
is a given of the line's (fictional) data or comes from the model in build.py, and the model is right: the log
measures today's stations, the largest candidate rule keeps every rule and needs four stations where filling the
stations in the listed order needs five. (The forms: tests/test_forms.py; the project's metadata: tests/test_projects.py.)"""

from __future__ import annotations

import math

import pytest

from curriculum import authoring as a
from curriculum.metadata import load_module_meta
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger

MODULE = "inf-col-line-balancing"
FOLDER = REPO_ROOT / "informatics" / MODULE


build = a.load_build_script(FOLDER)


def test_it_is_a_project_of_two_milestones_with_a_report_for_the_mentor():
    meta = load_module_meta(FOLDER / "module.yml")
    assert meta.is_project and meta.track == "college" and meta.project.weeks == 4
    assert [(m.week, m.deliverables) for m in meta.project.milestones] == [(1, ("notebook",)), (4, ("notebook", "report"))]
    assert meta.assessed("proposal").level == "C"


def _plan_breaks(plan, elements, takt):
    placed = [e for station in plan for e in station]
    where = {e: (i, k) for i, station in enumerate(plan) for k, e in enumerate(station)}
    return (sorted(placed) != sorted(elements)
            or any(where[p] >= where[e] for e, (_t, before) in elements.items() for p in before)
            or any(t > takt for t in build.station_times(plan, elements)))


def test_the_model_the_numbers_come_from():
    means = build.station_means(build.LOG)
    assert list(means) == ["S1", "S2", "S3", "S4"] and all(len(c) == 8 for c in build.CYCLES.values())
    assert list(means.values()) == build.station_times(build.TODAY, build.ELEMENTS) == [107, 107, 114, 93]
    assert all(abs(t - means[s]) <= 4 for s, cycles in build.CYCLES.items() for t in cycles)  # "±4 s"
    assert not _plan_breaks(build.TODAY, build.ELEMENTS, math.inf)  # today's line keeps the order of work
    takt = build.takt_seconds()
    assert takt == 112.5 and max(means.values()) > takt and sorted(means.values())[-2] <= takt  # one bottleneck
    assert build.available_seconds() // 114 == 236 < build.DEMAND
    plan = build.largest_candidate(build.ELEMENTS, takt)
    assert not _plan_breaks(plan, build.ELEMENTS, takt) and len(plan) == 4
    assert math.ceil(sum(t for t, _b in build.ELEMENTS.values()) / takt) == 4  # the least number of stations
    # filling the stations in the listed order is valid but needs five: the target of task 3 is a real one
    sequential, used = [[]], 0
    for e, (t, _before) in build.ELEMENTS.items():
        if used + t > takt:
            sequential.append([])
            used = 0
        sequential[-1].append(e)
        used += t
    assert not _plan_breaks(sequential, build.ELEMENTS, takt) and len(sequential) == 5
    # only I and J change stations
    moved = {e for old, new in zip(build.TODAY, plan) for e in set(old) ^ set(new)}
    assert moved == {"I", "J"}
    with pytest.raises(ValueError, match="longer than the takt"):
        build.largest_candidate({"x": (200, [])}, takt)


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    ledger.given(*{t for cycles in build.CYCLES.values() for t in cycles}, note="the shift log")
    ledger.given(*{t for t, _b in build.ELEMENTS.values()}, note="the work elements' times")
    ledger.given(build.SHIFT_MINUTES // 60, build.BREAKS, build.BREAK_MINUTES, build.DEMAND, 60,
                 note="the shift, its breaks, the demand, minutes and seconds")
    ledger.given(0, 1, 0.5, 10, note="the efficiency's range, the tolerance, station_means' example (10 and 20 s)")
    ledger.given(5, 7.5, 12.5, 30, 50, note="small lines of the hidden checks")
    ledger.pin(build.available_seconds())                                          # 27000 s
    ledger.pin(build.takt_seconds())                                               # 112.5 s
    means = build.station_means(build.LOG)
    for value in means.values():
        ledger.pin(value)                                                          # 107, 114, 93
    ledger.pin(build.station_means([("S1", 10), ("S1", 20)])["S1"])                # 15.0
    ledger.pin(sum(means.values())), ledger.pin(4 * max(means.values()))           # 421 / 456
    slowest = max(means, key=means.get)
    ledger.pin(int(slowest[1:]))                                                   # station 3
    ledger.pin(build.available_seconds() // max(means.values()))                   # 236
    ledger.pin(100 * build.line_efficiency(list(means.values())), places=1)        # 92.3 %
    ledger.pin(len(build.ELEMENTS))                                                # 12 work elements
    plan = build.largest_candidate(build.ELEMENTS, build.takt_seconds())
    ledger.pin(len(plan))                                                          # 4 stations
    times = build.station_times(plan, build.ELEMENTS)
    for value in times:
        ledger.pin(value)                                                          # 107, 107, 101, 106
    ledger.pin(build.available_seconds() // max(times))                            # 252
    ledger.pin(100 * build.line_efficiency(times), places=1)                       # 98.4 %
    ledger.pin(build.takt_seconds() - max(times))                                  # 5.5 s
    ledger.pin(build.station_times([["A", "C"], ["B"]], build.ELEMENTS)[0])         # 62 (the example)
    ledger.assert_complete()
