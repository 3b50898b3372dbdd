"""Statistical process control of the wheel nuts' tightening torque: mean, spread, the X̄-R chart and its rules.

The model of module ``inf-10-spc`` (informatics 10: data from files, lists, functions, statistics). At the plant's
wheel station a nutrunner tightens the five nuts of each wheel to 110 N·m (the service sheet of phys-07-wheel-nuts);
every 30 minutes a quality technician checks the five nuts of one wheel with a digital torque wrench. Those five
values are a **subgroup**; the quality department keeps them in a CSV file, one row per check. The numbers are
fictional but plausible (drawn once from a normal distribution with a fixed seed and frozen below, so every
lesson, test and student sees the same data).

* the mean of a subgroup ``x̄ = Σx / n``; its range ``R = max - min``; the sample standard deviation
  ``s = √(Σ(x - x̄)² / (n - 1))`` (Python's ``statistics.stdev``), the population one divides by ``n``
  (``statistics.pstdev``, ``numpy.std`` by default);
* the X̄ chart's centre line is the grand mean ``x̄̄`` of the subgroup means, its control limits
  ``x̄̄ ± A₂·R̄``; the R chart's ``D₃·R̄`` and ``D₄·R̄``; the process's standard deviation is estimated as
  ``σ̂ = R̄ / d₂``. The constants ``A₂, D₃, D₄, d₂`` for subgroups of 2 to 10 are those of Montgomery,
  *Introduction to Statistical Quality Control*, Appendix VI, and of ISO 7870-2:2023, Table 2;
* the Western Electric rules (Western Electric *Statistical Quality Control Handbook*, 1956; Montgomery §5.3.6)
  flag a point (1) beyond a control limit, (2) two of three consecutive points beyond 2σ on one side,
  (3) four of five beyond 1σ on one side, (4) eight consecutive points on one side of the centre line;
* the capability indices ``Cp = (USL - LSL) / 6σ`` and ``Cpk = min(USL - μ, μ - LSL) / 3σ``;
* the chart's speed: a shift of ``k`` standard deviations is caught by one subgroup of ``n`` with probability
  ``Φ(-3 + k√n) + Φ(-3 - k√n)``; the average run length is its inverse, and one subgroup every ``h`` minutes
  makes it a time (Montgomery §6.2.3).

Plain Python without widgets: the lessons, the lab and the hidden tests compute with these functions.

>>> xbar_limits([[1, 3], [2, 6]])
(-2.64, 3.0, 8.64)
>>> out_of_control([5, 1, 12, 6, 6, 6, 6, 6, 6, 6, 6], 0, 5, 10)
[2, 9, 10]
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from statistics import NormalDist
from typing import Any

from .core import Plot, set_limits

TARGET = 110.0
"""N·m: the wheel nuts' tightening torque (the service sheet of phys-07-wheel-nuts; fictional but plausible)."""
LSL, USL = 100.0, 120.0
"""N·m: the specification limits of a nut's torque, 110 ± 10 N·m (fictional; passenger cars 90-135 N·m)."""
SUBGROUP = 5
"""Nuts a check measures: the five nuts of one wheel."""
INTERVAL = 30
"""Minutes between two checks."""
BASE = 20
"""Checks of the reference day (phase I): the control limits are computed from them."""
TODAY = 12
"""Checks of today (phase II), judged against the reference day's limits."""
SHIFT_AT = BASE + 4
"""The first check after the nutrunner's tool change at 10:00 today (checks from 08:00, every 30 minutes)."""
LESSON_MU, LESSON_SIGMA = 110.0, 2.0
"""N·m: the lessons' process (front wheels): its mean and standard deviation."""
ASSIGNMENT_MU, ASSIGNMENT_SIGMA, ASSIGNMENT_SHIFT = 109.6, 1.8, 2.0
"""N·m: the assignment's process (rear wheels): its mean, standard deviation and today's shift after 10:00."""
FILE_NAME = "torque.csv"
"""The lessons' file of checks."""
START_MINUTE = 8 * 60
"""The first check of a day, 08:00."""

CONSTANTS: dict[int, tuple[float, float, float, float]] = {
    # n: (A2, D3, D4, d2)  Montgomery, Appendix VI; ISO 7870-2:2023, Table 2
    2: (1.880, 0.0, 3.267, 1.128),
    3: (1.023, 0.0, 2.574, 1.693),
    4: (0.729, 0.0, 2.282, 2.059),
    5: (0.577, 0.0, 2.114, 2.326),
    6: (0.483, 0.0, 2.004, 2.534),
    7: (0.419, 0.076, 1.924, 2.704),
    8: (0.373, 0.136, 1.864, 2.847),
    9: (0.337, 0.184, 1.816, 2.970),
    10: (0.308, 0.223, 1.777, 3.078),
}
"""The X̄-R chart's constants by subgroup size."""
A2 = {n: c[0] for n, c in CONSTANTS.items()}
D3 = {n: c[1] for n, c in CONSTANTS.items()}
D4 = {n: c[2] for n, c in CONSTANTS.items()}
D2 = {n: c[3] for n, c in CONSTANTS.items()}


def _table(text: str) -> tuple[tuple[float, ...], ...]:
    return tuple(tuple(float(v) for v in line.split()) for line in text.strip().splitlines())


# standard normal values drawn once (numpy default_rng(1001) and (86), rounded to 0.01) and frozen here
LESSON_Z = _table("""
 0.93 -0.13 -1.10  1.21 -1.52
-0.37  0.09 -0.67 -0.31  0.65
 0.10  2.12 -0.17 -0.05  1.18
 1.03  1.36 -0.26  0.66 -1.05
-0.30 -0.60  0.43  1.16 -0.18
-0.07  0.97 -0.62  1.31 -1.81
-0.25  0.05 -0.17 -0.43 -0.86
-1.88 -0.84  0.49  0.45  1.86
 0.74  1.66 -0.74 -0.87 -0.14
 0.49 -0.24 -0.23  1.02 -0.40
 1.59  0.78  0.61 -0.77  0.51
 0.30  1.03 -0.39  1.19 -2.39
-0.23  1.78  0.05 -0.29  1.57
-0.34 -0.59  0.40  0.42  0.37
-0.64 -0.41 -0.39  0.93 -0.59
-0.13  0.01  0.12  0.23  0.12
 0.70 -1.10 -0.21  1.06  0.43
 0.52 -0.13  0.00  0.33  1.57
-0.50  1.17 -1.13 -0.51  0.37
 0.12 -0.71  0.16  1.38 -0.85
-0.99 -0.62  0.36  0.73  0.70
 0.86  1.10 -0.54  0.49  1.93
 0.61  2.55  0.84 -0.50 -0.66
 0.15 -1.24 -1.59 -1.36  0.50
-1.53  0.02  1.51 -1.04  0.64
 1.42  0.49 -1.19 -0.60  0.55
-1.28 -2.08  2.06 -0.55  0.51
-1.36 -0.20  1.14  0.63 -0.06
-0.86  1.98 -0.07 -1.95  1.05
-1.61 -0.17 -0.02 -0.98  0.19
-0.49  0.51  0.87  0.43  0.20
-0.53  1.08 -0.64  1.72  0.09
""")
ASSIGNMENT_Z = _table("""
-1.65 -0.25  0.67  0.72 -0.81
 0.51  0.40  0.11  0.22 -1.34
-0.14 -0.22  1.60  0.09 -2.45
 1.19  1.69 -0.04  1.73  0.91
 0.11 -1.62 -1.05  0.02  0.23
 0.03 -0.96 -1.10  0.40  1.43
 0.60 -0.58  0.71  0.35 -0.24
 0.82 -0.92 -0.36  0.51 -0.23
 2.78  1.34  1.41  0.80  0.02
-0.94 -0.32 -0.38 -1.66  1.50
 0.70 -1.45  0.27  0.71  0.40
-0.24  0.23  0.31 -0.45 -0.16
-0.54 -1.53  1.42 -0.26 -0.72
-1.32 -1.65  0.20  0.26 -0.53
 0.56  0.76 -1.09  0.38  1.32
-0.30  1.24 -1.55  1.40 -0.30
 1.62 -0.63 -0.76 -1.09 -0.25
-0.83  1.92 -0.55 -0.27 -0.48
-0.15 -1.48  2.40 -1.48  0.31
 0.05 -0.55  2.56 -0.53 -0.12
-2.32 -0.10 -0.09 -1.27 -0.86
-0.06  0.39 -0.32  0.33  0.30
-1.12 -0.94  1.90 -0.19  1.82
 0.35  1.70 -0.33 -1.08  0.23
-1.51  0.29  0.23  0.85 -1.21
-0.03  1.75 -0.84 -0.64 -0.88
 0.04  0.75 -0.64 -0.08  0.73
 0.60 -0.76 -1.44 -1.50  0.58
-0.34 -0.53 -1.41  1.09 -0.67
-1.43 -0.15 -0.16 -0.90  0.22
-1.08 -0.37  2.48  1.28 -1.57
-0.97 -0.98 -1.03  0.19 -0.68
""")


# -- the data ------------------------------------------------------------------------------------------------


def torques(mu: float, sigma: float, shift: float = 0.0, z: Sequence[Sequence[float]] = LESSON_Z,
            at: int = SHIFT_AT) -> list[list[float]]:
    """The checks of a day and the next: ``mu + sigma·z`` for each nut, ``shift`` added from check ``at`` (0-based)
    on, rounded to 0.1 N·m as the torque wrench shows it."""
    mu, sigma, shift = _real("mu", mu), _real("sigma", sigma), _real("shift", shift)
    if sigma < 0:
        raise ValueError(f"sigma is a standard deviation, not negative, got {sigma!r}")
    return [[round(mu + sigma * v + (shift if i >= at else 0.0), 1) for v in row] for i, row in enumerate(z)]


def lesson_data(shift: float = 0.0) -> list[list[float]]:
    """The lessons' 32 checks of the front wheels: 20 of the reference day, then 12 of today."""
    return torques(LESSON_MU, LESSON_SIGMA, shift)


def assignment_data() -> tuple[list[list[float]], list[list[float]]]:
    """The assignment's checks of the rear wheels: the reference day's 20 and today's 12 (shifted after 10:00)."""
    rows = torques(ASSIGNMENT_MU, ASSIGNMENT_SIGMA, ASSIGNMENT_SHIFT, ASSIGNMENT_Z)
    return rows[:BASE], rows[BASE:]


def clock(index: int) -> str:
    """The time of check ``index`` (0-based) of a day: ``08:00``, ``08:30``, ..."""
    minutes = START_MINUTE + INTERVAL * _count("index", index)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def csv_text(subgroups: Sequence[Sequence[float]]) -> str:
    """The checks as the quality department's CSV file: a header, then ``time,nut_1,...,nut_5`` per check."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["time", *(f"nut_{j + 1}" for j in range(SUBGROUP))])
    for i, row in enumerate(subgroups):
        writer.writerow([clock(i), *(f"{v:.1f}" for v in row)])
    return out.getvalue()


def write_lesson_file(path: str | Path = FILE_NAME) -> Path:
    """Write the reference day's checks (the lessons' data) to ``path``; returns the path."""
    path = Path(path)
    path.write_text(csv_text(lesson_data()[:BASE]), encoding="utf-8")
    return path


def read_csv(path: str | Path) -> list[list[float]]:
    """The checks of a CSV file of the department's form: one list of floats per row, the time left out."""
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0][:1] != ["time"]:
        raise ValueError(f"{path}: the first line should be the header time,nut_1,...")
    out = []
    for number, row in enumerate(rows[1:], start=2):
        try:
            out.append([float(v) for v in row[1:]])
        except ValueError:
            raise ValueError(f"{path}, line {number}: a torque is not a number: {row!r}") from None
    return out


# -- the statistics --------------------------------------------------------------------------------------------


def _real(name: str, value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a number, got {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {value!r}") from None
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return number


def _count(name: str, value: Any) -> int:
    number = _real(name, value)
    if number < 0 or not number.is_integer():
        raise ValueError(f"{name} is a count 0, 1, 2, ..., got {value!r}")
    return int(number)


def _values(values: Any, least: int = 1) -> list[float]:
    try:
        numbers = [_real("a value", v) for v in values]
    except TypeError:
        raise ValueError(f"the values must be a list of numbers, got {values!r}") from None
    if len(numbers) < least:
        raise ValueError(f"this needs at least {least} value(s), got {len(numbers)}")
    return numbers


def mean(values: Sequence[float]) -> float:
    """``Σx / n``."""
    numbers = _values(values)
    return math.fsum(numbers) / len(numbers)


def sample_std(values: Sequence[float]) -> float:
    """The sample standard deviation ``√(Σ(x - x̄)² / (n - 1))`` (``statistics.stdev``): at least two values."""
    numbers = _values(values, 2)
    m = mean(numbers)
    return math.sqrt(math.fsum((x - m) ** 2 for x in numbers) / (len(numbers) - 1))


def population_std(values: Sequence[float]) -> float:
    """The population standard deviation ``√(Σ(x - x̄)² / n)`` (``statistics.pstdev``, ``numpy.std``)."""
    numbers = _values(values)
    m = mean(numbers)
    return math.sqrt(math.fsum((x - m) ** 2 for x in numbers) / len(numbers))


def data_range(values: Sequence[float]) -> float:
    """``max - min``."""
    numbers = _values(values)
    return max(numbers) - min(numbers)


def _subgroups(subgroups: Any) -> tuple[list[list[float]], int]:
    try:
        groups = [_values(g, 2) for g in subgroups]
    except TypeError:
        raise ValueError("the subgroups must be a list of lists of numbers") from None
    if not groups:
        raise ValueError("there are no subgroups")
    sizes = {len(g) for g in groups}
    if len(sizes) != 1 or (n := sizes.pop()) not in CONSTANTS:
        raise ValueError(f"the subgroups must all have the same size, 2 to 10, got sizes {sorted({len(g) for g in groups})}")
    return groups, n


def subgroup_means(subgroups: Sequence[Sequence[float]]) -> list[float]:
    return [mean(g) for g in _subgroups(subgroups)[0]]


def subgroup_ranges(subgroups: Sequence[Sequence[float]]) -> list[float]:
    return [data_range(g) for g in _subgroups(subgroups)[0]]


def xbar_limits(subgroups: Sequence[Sequence[float]]) -> tuple[float, float, float]:
    """The X̄ chart's ``(LCL, CL, UCL)``: ``x̄̄ ∓ A₂·R̄`` around the mean of the subgroup means."""
    groups, n = _subgroups(subgroups)
    cl = mean([mean(g) for g in groups])
    rbar = mean([data_range(g) for g in groups])
    return round(cl - A2[n] * rbar, 10), round(cl, 10), round(cl + A2[n] * rbar, 10)


def r_limits(subgroups: Sequence[Sequence[float]]) -> tuple[float, float, float]:
    """The R chart's ``(LCL, CL, UCL)``: ``D₃·R̄, R̄, D₄·R̄``."""
    groups, n = _subgroups(subgroups)
    rbar = mean([data_range(g) for g in groups])
    return D3[n] * rbar, rbar, D4[n] * rbar


def sigma_within(subgroups: Sequence[Sequence[float]]) -> float:
    """The process's standard deviation estimated from the ranges: ``σ̂ = R̄ / d₂``."""
    groups, n = _subgroups(subgroups)
    return mean([data_range(g) for g in groups]) / D2[n]


def cp(sigma: float, lsl: float = LSL, usl: float = USL) -> float:
    """``(USL - LSL) / 6σ``: how many times the process's spread fits in the tolerance."""
    sigma, lsl, usl = _real("sigma", sigma), _real("lsl", lsl), _real("usl", usl)
    if sigma <= 0 or usl <= lsl:
        raise ValueError("sigma must be positive and USL above LSL")
    return (usl - lsl) / (6 * sigma)


def cpk(mu: float, sigma: float, lsl: float = LSL, usl: float = USL) -> float:
    """``min(USL - μ, μ - LSL) / 3σ``: the capability of the nearer side (negative when μ is outside)."""
    mu = _real("mu", mu)
    cp(sigma, lsl, usl)  # the same checks
    return min(usl - mu, mu - lsl) / (3 * sigma)


# -- the rules ------------------------------------------------------------------------------------------------


def _side(value: float, cl: float) -> int:
    return 1 if value > cl else -1 if value < cl else 0


def beyond_limits(means: Sequence[float], lcl: float, ucl: float) -> list[int]:
    """Rule 1: the points strictly above UCL or below LCL (0-based indices)."""
    return [i for i, m in enumerate(_values(means, 0)) if m > ucl or m < lcl]


def run_of_eight(means: Sequence[float], cl: float, length: int = 8) -> list[int]:
    """Rule 4: the 8th and every further point of a run of points strictly on one side of the centre line (a
    point on the line ends a run)."""
    flagged, run, side = [], 0, 0
    for i, m in enumerate(_values(means, 0)):
        s = _side(m, cl)
        run = run + 1 if s != 0 and s == side else (1 if s != 0 else 0)
        side = s
        if run >= length:
            flagged.append(i)
    return flagged


def out_of_control(means: Sequence[float], lcl: float, cl: float, ucl: float) -> list[int]:
    """The points rule 1 or rule 4 flags, sorted, each once (the assignment's function)."""
    return sorted(set(beyond_limits(means, lcl, ucl)) | set(run_of_eight(means, cl)))


def _zone_rule(means: list[float], cl: float, sigma: float, zone: float, window: int, needed: int) -> list[int]:
    flagged = []
    for i, m in enumerate(means):
        for side in (1, -1):
            beyond = lambda v: side * (v - cl) > zone * sigma  # noqa: E731
            last = means[max(0, i - window + 1):i + 1]
            if beyond(m) and len(last) == window and sum(beyond(v) for v in last) >= needed:
                flagged.append(i)
    return flagged


def signals(means: Sequence[float], lcl: float, cl: float, ucl: float) -> dict[int, list[int]]:
    """Every point some Western Electric rule flags, with the rules (1-4) that flag it; σ of a mean is
    ``(UCL - CL) / 3``. Rule 2 flags the point that makes two of three beyond 2σ, rule 3 four of five beyond 1σ."""
    values = _values(means, 0)
    s = (ucl - cl) / 3
    found: dict[int, list[int]] = {}
    for rule, points in ((1, beyond_limits(values, lcl, ucl)), (2, _zone_rule(values, cl, s, 2, 3, 2)),
                         (3, _zone_rule(values, cl, s, 1, 5, 4)), (4, run_of_eight(values, cl))):
        for i in points:
            found.setdefault(i, []).append(rule)
    return dict(sorted(found.items()))


def first_signal(means: Sequence[float], lcl: float, cl: float, ucl: float, start: int = 0) -> int | None:
    """The first point from ``start`` on that rule 1 or rule 4 flags: when to stop the line, or ``None``."""
    return next((i for i in out_of_control(means, lcl, cl, ucl) if i >= start), None)


# -- the chart's speed: how often and how many to check -----------------------------------------------------------

SHIFT_SIGMAS = 1.5
"""The shift the chart must catch: 1.5 standard deviations of one nut (3 N·m at σ = 2 N·m)."""
DETECT_MAX = 60.0
"""Minutes: a shift of 1.5σ is caught within an hour on average (about 70 cars at a takt of 52 s)."""
FALSE_ALARM_MIN = 40.0
"""Hours: on a process in control a false alarm comes at most once in 40 working hours (a week) on average."""
CHECKS_MAX = 30.0
"""Nuts the technician can check with the torque wrench in an hour, besides the other stations."""
SIMULATED_MINUTES = 600
"""The design lab's day: 10 hours; the shift comes at minute 240."""
SHIFT_MINUTE = 240


def detection_probability(n: int, shift_sigmas: float = SHIFT_SIGMAS) -> float:
    """The chance that one subgroup of ``n`` falls outside the 3σ limits of the X̄ chart after the mean has moved by
    ``shift_sigmas`` standard deviations of one value: ``Φ(-3 + k√n) + Φ(-3 - k√n)``."""
    n, k = _count("n", n), _real("shift_sigmas", shift_sigmas)
    if n < 1:
        raise ValueError("a subgroup holds at least one value")
    phi = NormalDist().cdf
    return phi(-3 + k * math.sqrt(n)) + phi(-3 - k * math.sqrt(n))


def average_run_length(n: int, shift_sigmas: float = SHIFT_SIGMAS) -> float:
    """Subgroups until the first point outside the limits, on average: ``1 / p`` (370.4 with no shift)."""
    return 1 / detection_probability(n, shift_sigmas)


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a sampling ``{"n": nuts per check, "h": minutes between checks}``."""
    n, h = _count("n", design["n"]), _real("h", design["h"])
    if n < 1 or h <= 0:
        raise ValueError("a check measures at least one nut and the checks are some minutes apart")
    return {"n": n, "h": h, "detect_minutes": h * average_run_length(n),
            "false_alarm_hours": h * average_run_length(n, 0.0) / 60, "checks_per_hour": 60 * n / h}


_STREAM: list[Any] = []


def _stream() -> Any:
    if not _STREAM:
        import numpy as np

        _STREAM.append(np.random.default_rng(2026).standard_normal((SIMULATED_MINUTES + 1, 10)))
    return _STREAM[0]


def sampling(n: int, h: float, minute: float) -> dict[str, Any]:
    """The design lab: checks of ``n`` nuts every ``h`` minutes up to ``minute`` on the lessons' process, whose mean
    moves by 1.5σ at minute 240; the X̄ chart with the known σ, the first signal after the move, the design's
    numbers."""
    result = design_result({"n": n, "h": h})
    n, h, minute = result["n"], result["h"], _real("minute", minute)
    times = [h * (i + 1) for i in range(int(SIMULATED_MINUTES // h))]
    z = _stream()
    means = [LESSON_MU + (SHIFT_SIGMAS * LESSON_SIGMA if t > SHIFT_MINUTE else 0.0)
             + LESSON_SIGMA * float(z[i, :n].mean()) for i, t in enumerate(times)]
    half = 3 * LESSON_SIGMA / math.sqrt(n)
    lcl, ucl = LESSON_MU - half, LESSON_MU + half
    caught = next((t for t, m in zip(times, means) if t > SHIFT_MINUTE and (m > ucl or m < lcl)), None)
    return {**result, "times": times, "means": means, "lcl": lcl, "cl": LESSON_MU, "ucl": ucl,
            "minute": minute, "caught": caught}


# -- the explore lab's model ----------------------------------------------------------------------------------------


def chart(mu: float, sigma: float, shift: float, lsl: float, usl: float, check: int) -> dict[str, Any]:
    """The explore lab: the front wheels' checks at mean ``mu`` and spread ``sigma`` with today's ``shift`` after
    10:00, the X̄ chart with the reference day's limits, the rules' signals up to check ``check`` (1-based), the
    spec limits and the capability."""
    data = torques(mu, sigma, shift)
    check = min(max(_count("check", check), 1), len(data))
    lcl, cl, ucl = xbar_limits(data[:BASE])
    means = subgroup_means(data)
    sig = {i: rules for i, rules in signals(means[:check], lcl, cl, ucl).items()}
    s_hat = sigma_within(data[:BASE])
    stop = next(iter(sig), None)
    out_of_spec = sum(1 for row in data[:check] for v in row if v < lsl or v > usl)
    return {"data": data, "means": means, "lcl": lcl, "cl": cl, "ucl": ucl, "signals": sig, "check": check,
            "lsl": lsl, "usl": usl, "sigma_hat": s_hat,
            "cp": cp(s_hat, lsl, usl) if usl > lsl else float("nan"),
            "cpk": cpk(cl, s_hat, lsl, usl) if usl > lsl else float("nan"),
            "stop": stop, "out_of_spec": out_of_spec, "nuts": data[check - 1]}


# -- strategies for the hidden tests (hypothesis) --------------------------------------------------------------------


def value_lists(least: int = 2, most: int = 12) -> Any:
    """Lists of torques (one argument)."""
    from hypothesis import strategies as st

    return st.tuples(st.lists(st.floats(80, 140, allow_nan=False).map(lambda v: round(v, 1)),
                              min_size=least, max_size=most))


def subgroup_sets() -> Any:
    """Lists of 1 to 25 subgroups of one size 2 to 10 (one argument)."""
    from hypothesis import strategies as st

    torque = st.integers(800, 1400).map(lambda v: v / 10)
    return st.integers(2, 10).flatmap(
        lambda n: st.tuples(st.lists(st.lists(torque, min_size=n, max_size=n), min_size=1, max_size=25)))


def chart_cases() -> Any:
    """``(means, lcl, cl, ucl)``: sequences of subgroup means around a centre line, some beyond the limits, some on
    the line, long runs on one side."""
    from hypothesis import strategies as st

    point = st.sampled_from([-4, -3.5, -2.5, -1, -0.5, 0, 0.5, 1, 2.5, 3, 3.5, 4])
    return st.tuples(st.lists(point, max_size=30).map(lambda ps: [round(110 + p, 1) for p in ps]),
                     st.just(107.0), st.just(110.0), st.just(113.0))


# -- the lab's words ----------------------------------------------------------------------------------------------------

UNITS = {"Nm": {"kk": "Н·м", "ru": "Н·м", "en": "N·m"}, "min": {"kk": "мин", "ru": "мин", "en": "min"},
         "h": {"kk": "сағ", "ru": "ч", "en": "h"}}

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Бақылау картасының зертханасы: дөңгелек сомындарының тарту моменті",
              "ru": "Лаборатория контрольной карты: момент затяжки колёсных гаек",
              "en": "Lab: the control chart of the wheel nuts' torque"},
    "design-title": {"kk": "Тексеру жоспары: неше сомын және қаншалықты жиі",
                     "ru": "План проверок: сколько гаек и как часто", "en": "The checks: how many nuts and how often"},
    "mu": {"kk": "Процестің орташа моменті μ", "ru": "Средний момент процесса μ", "en": "The process's mean μ"},
    "sigma": {"kk": "Процестің шашырауы σ", "ru": "Разброс процесса σ", "en": "The process's spread σ"},
    "shift": {"kk": "Бүгін 10:00-ден кейінгі ығысу", "ru": "Сдвиг сегодня после 10:00", "en": "Today's shift after 10:00"},
    "lsl": {"kk": "Төменгі шақтама шегі LSL", "ru": "Нижняя граница допуска LSL", "en": "Lower specification limit LSL"},
    "usl": {"kk": "Жоғарғы шақтама шегі USL", "ru": "Верхняя граница допуска USL", "en": "Upper specification limit USL"},
    "check": {"kk": "Тексеру нөмірі", "ru": "Номер проверки", "en": "Check number"},
    "n": {"kk": "Бір тексерудегі сомындар n", "ru": "Гаек в одной проверке n", "en": "Nuts per check n"},
    "h": {"kk": "Тексерулер аралығы h", "ru": "Интервал между проверками h", "en": "Minutes between checks h"},
    "minute": {"kk": "Уақыт", "ru": "Время", "en": "Time"},
    "limits": {"kk": "Бақылау шекаралары LCL; CL; UCL", "ru": "Контрольные границы LCL; CL; UCL",
               "en": "Control limits LCL; CL; UCL"},
    "sigma-hat": {"kk": "σ̂ = R̄ / d₂", "ru": "σ̂ = R̄ / d₂", "en": "σ̂ = R̄ / d₂"},
    "capability": {"kk": "Cp; Cpk", "ru": "Cp; Cpk", "en": "Cp; Cpk"},
    "out-of-spec": {"kk": "Шақтамадан тыс сомындар", "ru": "Гаек вне допуска", "en": "Nuts outside the specification"},
    "verdict": {"kk": "Шешім", "ru": "Решение", "en": "Decision"},
    "go-on": {"kk": "процесс басқарылады: жұмысты жалғастыру", "ru": "процесс управляем: работать дальше",
              "en": "the process is in control: carry on"},
    "stop": {"kk": "{t} тексеруінде желіні тоқтатып, себебін іздеу ({r}-ереже)",
             "ru": "остановить линию на проверке {t} и искать причину (правило {r})",
             "en": "stop the line at the check of {t} and look for the cause (rule {r})"},
    "axis-check": {"kk": "тексеру уақыты", "ru": "время проверки", "en": "time of the check"},
    "axis-torque": {"kk": "момент, Н·м", "ru": "момент, Н·м", "en": "torque, N·m"},
    "axis-minute": {"kk": "уақыт, мин", "ru": "время, мин", "en": "time, min"},
    "legend-nut": {"kk": "сомын", "ru": "гайка", "en": "a nut"},
    "legend-mean": {"kk": "тексерудің орташасы x̄", "ru": "среднее проверки x̄", "en": "a check's mean x̄"},
    "legend-limits": {"kk": "бақылау шекаралары", "ru": "контрольные границы", "en": "control limits"},
    "legend-spec": {"kk": "шақтама шектері", "ru": "границы допуска", "en": "specification limits"},
    "legend-signal": {"kk": "ереже белгілеген нүкте", "ru": "точка, отмеченная правилом", "en": "a point a rule flags"},
    "today": {"kk": "бүгін", "ru": "сегодня", "en": "today"},
    "reference": {"kk": "тірек күн", "ru": "опорный день", "en": "reference day"},
    "wheel": {"kk": "{t} тексеруі: дөңгелектің 5 сомыны", "ru": "Проверка {t}: 5 гаек колеса",
              "en": "The check of {t}: the wheel's 5 nuts"},
    "moved": {"kk": "орташа осы жерде ығысады", "ru": "здесь среднее сдвигается", "en": "the mean moves here"},
    "caught": {"kk": "Ығысу ұсталған уақыт", "ru": "Сдвиг пойман в", "en": "The shift caught at"},
    "not-caught": {"kk": "әлі ұсталған жоқ", "ru": "ещё не пойман", "en": "not caught yet"},
    "detect": {"kk": "1,5σ ығысуды ұстау уақыты, орта есеппен", "ru": "Время до обнаружения сдвига 1,5σ, в среднем",
               "en": "Time to catch a 1.5σ shift, on average"},
    "false-alarm": {"kk": "Жалған дабылдар аралығы, орта есеппен", "ru": "Время между ложными тревогами, в среднем",
                    "en": "Time between false alarms, on average"},
    "checks": {"kk": "Сағатына тексерілетін сомындар", "ru": "Проверяемых гаек в час", "en": "Nuts checked an hour"},
    "spec": {"kk": "Тапсырма: тексеру жоспары", "ru": "Задание: план проверок", "en": "Task: the plan of the checks"},
}


def _text(key: str, lang: str | None = None) -> str:
    from ..i18n import pick

    return pick(LABELS[key], lang)


def _unit(key: str, lang: str | None = None) -> str:
    from ..i18n import pick

    return pick(UNITS[key], lang)


def _decimal(value: float, places: int, lang: str | None = None) -> str:
    from ..numbers import format_decimal

    return format_decimal(value, places, lang)


def _table_html(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><td>{name}</td><td style='text-align:right'><b>{value}</b></td></tr>" for name, value in rows)
    return f"<table class='lab-spc'>{body}</table>"


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The explore lab's readout: the limits, σ̂, Cp and Cpk, the nuts outside the spec and the decision."""
    nm = _unit("Nm", lang)
    limits = "; ".join(_decimal(result[k], 2, lang) for k in ("lcl", "cl", "ucl"))
    stop = result["stop"]
    verdict = _text("go-on", lang) if stop is None else _text("stop", lang).replace(
        "{t}", clock(stop - BASE if stop >= BASE else stop)).replace("{r}", str(result["signals"][stop][0]))
    rows = [(_text("limits", lang), f"{limits} {nm}"),
            (_text("sigma-hat", lang), f"{_decimal(result['sigma_hat'], 2, lang)} {nm}"),
            (_text("capability", lang), f"{_decimal(result['cp'], 2, lang)}; {_decimal(result['cpk'], 2, lang)}"),
            (_text("out-of-spec", lang), str(result["out_of_spec"])),
            (_text("verdict", lang), verdict)]
    return _table_html(rows)


def design_readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The design lab's readout: the three numbers the task limits, and when this day's shift was caught."""
    mins = _unit("min", lang)
    caught = result["caught"]
    shown = _text("not-caught", lang) if caught is None or caught > result["minute"] else f"{caught:g} {mins}"
    rows = [(_text("detect", lang), f"{_decimal(result['detect_minutes'], 1, lang)} {mins}"),
            (_text("false-alarm", lang), f"{_decimal(result['false_alarm_hours'], 1, lang)} {_unit('h', lang)}"),
            (_text("checks", lang), _decimal(result["checks_per_hour"], 1, lang)),
            (_text("caught", lang), shown)]
    return _table_html(rows)


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("detect_minutes", "<=", DETECT_MAX, UNITS["min"], LABELS["detect"]),
         Requirement("false_alarm_hours", ">=", FALSE_ALARM_MIN, UNITS["h"], LABELS["false-alarm"]),
         Requirement("checks_per_hour", "<=", CHECKS_MAX, "", LABELS["checks"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The checks: a 1.5σ shift caught within 60 minutes on average, a false alarm at most once in 40 hours, at most
30 nuts checked an hour."""


# -- the pictures --------------------------------------------------------------------------------------------------

OK, BAD, MEAN, LIMIT, SPEC, NUT = "#2ca02c", "#d62728", "#1f4e79", "#555555", "#d62728", "#bbbbbb"


class ChartPlot(Plot):
    """The wheel's five nuts of the current check, each with its torque (red outside the spec), beside the X̄ chart:
    every nut as a grey dot, each check's mean, the control limits (solid), the spec limits (dashed, red), the points
    a rule flags (red, with the rule's number)."""

    size = (8.4, 3.6)
    margins = (0.1, 0.1, 0.1, 0.1)

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        super().__init__()

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Circle, RegularPolygon

        width, height = self.size
        hub = self.hub = figure.add_axes((0.05 / width, 0.3 / height, 2.2 / width, 2.9 / height))
        hub.set_aspect("equal")
        hub.set_axis_off()
        hub.set_xlim(-1.55, 1.55)
        hub.set_ylim(-1.45, 1.75)
        hub.add_patch(Circle((0, 0), 1.2, facecolor="#e8e8e8", edgecolor="#888888"))
        hub.add_patch(Circle((0, 0), 0.35, facecolor="#cfcfcf", edgecolor="#888888"))
        self.title = self.dynamic(hub.text(0, 1.6, "", ha="center", va="center", fontsize=7))
        self.nuts, self.values = [], []
        for j in range(SUBGROUP):
            angle = math.pi / 2 + 2 * math.pi * j / SUBGROUP
            x, y = 0.75 * math.cos(angle), 0.75 * math.sin(angle)
            self.nuts.append(self.dynamic(hub.add_patch(RegularPolygon((x, y), 6, radius=0.2, facecolor=OK,
                                                                       edgecolor="#333333"))))
            self.values.append(self.dynamic(hub.text(x * 1.55, y * 1.5 - 0.02, "", ha="center", va="center",
                                                     fontsize=7)))
        ax = self.ax = figure.add_axes((2.95 / width, 0.65 / height, 5.3 / width, 2.8 / height))
        count = BASE + TODAY
        ax.set_xlim(-0.8, count - 0.2)
        ax.set_ylim(94, 126)
        ax.set_xticks([0, 4, 8, 12, 16, BASE, BASE + 4, BASE + 8])
        ax.set_xticklabels([clock(0), clock(4), clock(8), clock(12), clock(16), clock(0), clock(4), clock(8)])
        ax.set_xlabel(_text("axis-check", self.lang), fontsize=9)
        ax.set_ylabel(_text("axis-torque", self.lang), fontsize=9)
        ax.tick_params(labelsize=7)
        ax.axvline(BASE - 0.5, color="#999999", linewidth=0.8, linestyle=":")
        ax.text(BASE / 2, 125, _text("reference", self.lang), ha="center", va="top", fontsize=7, color="#666666")
        ax.text(BASE + TODAY / 2 - 0.5, 125, _text("today", self.lang), ha="center", va="top", fontsize=7,
                color="#666666")
        self.dots = self.dynamic(ax.plot([], [], ".", color=NUT, markersize=3, label=_text("legend-nut", self.lang))[0])
        self.line = self.dynamic(ax.plot([], [], "-o", color=MEAN, markersize=3, linewidth=1,
                                         label=_text("legend-mean", self.lang))[0])
        self.limits = [self.dynamic(ax.axhline(0, color=LIMIT, linewidth=1, linestyle=style))
                       for style in ("-", "--", "-")]
        self.limits[0].set_label(_text("legend-limits", self.lang))
        self.specs = [self.dynamic(ax.axhline(0, color=SPEC, linewidth=1.2, linestyle=(0, (5, 3))))
                      for _ in range(2)]
        self.specs[0].set_label(_text("legend-spec", self.lang))
        self.flags = self.dynamic(ax.plot([], [], "o", color=BAD, markersize=6, fillstyle="none", markeredgewidth=1.5,
                                          label=_text("legend-signal", self.lang))[0])
        self.flag_texts = [self.dynamic(ax.text(0, 0, "", fontsize=6, color=BAD, ha="center", va="bottom"))
                           for _ in range(count)]
        self.legend(ax, [self.dots, self.line, self.limits[0], self.specs[0], self.flags], fontsize=6,
                    loc="lower left", ncol=3)

    def update(self, result: Mapping[str, Any]) -> None:
        check, data, means = result["check"], result["data"], result["means"]
        xs = [i for i in range(check) for _ in data[i]]
        self.dots.set_data(xs, [v for row in data[:check] for v in row])
        self.line.set_data(range(check), means[:check])
        for artist, key in zip(self.limits, ("lcl", "cl", "ucl")):
            artist.set_ydata([result[key], result[key]])
        for artist, key in zip(self.specs, ("lsl", "usl")):
            artist.set_ydata([result[key], result[key]])
        flagged = result["signals"]
        self.flags.set_data(list(flagged), [means[i] for i in flagged])
        for i, text in enumerate(self.flag_texts):
            if i in flagged:
                text.set_position((i, means[i] + 0.6))
                text.set_text(",".join(str(r) for r in flagged[i]))
            else:
                text.set_text("")
        index = check - 1
        self.title.set_text(_text("wheel", self.lang).replace("{t}", clock(index - BASE if index >= BASE else index)))
        for nut, label, value in zip(self.nuts, self.values, result["nuts"]):
            nut.set_facecolor(OK if result["lsl"] <= value <= result["usl"] else BAD)
            label.set_text(_decimal(value, 1, self.lang))


class SamplingPlot(Plot):
    """The X̄ chart of a day checked ``n`` nuts every ``h`` minutes: the means, the limits (narrower for a larger
    ``n``), the moment the mean moves and the first point outside the limits after it."""

    size = (7.6, 3.0)
    margins = (0.75, 0.25, 0.55, 0.15)

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        super().__init__()

    def build(self, figure: Any) -> None:
        ax = self.ax = figure.add_subplot(1, 1, 1)
        ax.set_xlim(0, SIMULATED_MINUTES)
        ax.set_ylim(100, 120)
        ax.set_xlabel(_text("axis-minute", self.lang), fontsize=9)
        ax.set_ylabel(_text("axis-torque", self.lang), fontsize=9)
        ax.tick_params(labelsize=8)
        ax.axvline(SHIFT_MINUTE, color="#999999", linewidth=0.8, linestyle=":")
        ax.text(SHIFT_MINUTE + 5, 119.5, _text("moved", self.lang), fontsize=7, va="top", color="#666666")
        self.line = self.dynamic(ax.plot([], [], "-o", color=MEAN, markersize=3, linewidth=1,
                                         label=_text("legend-mean", self.lang))[0])
        self.limits = [self.dynamic(ax.axhline(0, color=LIMIT, linewidth=1, linestyle=style))
                       for style in ("-", "--", "-")]
        self.limits[0].set_label(_text("legend-limits", self.lang))
        self.caught = self.dynamic(ax.plot([], [], "o", color=BAD, markersize=8, fillstyle="none", markeredgewidth=1.5,
                                           label=_text("legend-signal", self.lang))[0])
        self.legend(ax, [self.line, self.limits[0], self.caught], fontsize=7, loc="lower left")

    def update(self, result: Mapping[str, Any]) -> None:
        shown = [(t, m) for t, m in zip(result["times"], result["means"]) if t <= result["minute"]]
        self.line.set_data([t for t, _ in shown], [m for _, m in shown])
        for artist, key in zip(self.limits, ("lcl", "cl", "ucl")):
            artist.set_ydata([result[key], result[key]])
        caught = result["caught"]
        if caught is not None and caught <= result["minute"]:
            self.caught.set_data([caught], [result["means"][result["times"].index(caught)]])
        else:
            self.caught.set_data([], [])


# -- the labs -------------------------------------------------------------------------------------------------------


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The control chart lab: the wheel's nuts beside the X̄ chart, the process's mean, spread and today's shift, the
    spec limits, the checks played one after another.

    ``task="checks"`` poses the design task :data:`DESIGN_SPEC`: the nuts per check ``n`` and the minutes between
    checks ``h``, on a day whose mean moves at minute 240, with a Check button; ``start`` sets the controls."""
    from ..i18n import pick
    from .core import Animation, Lab, Slider

    nm = pick(UNITS["Nm"])
    if task is None:
        controls = [Slider("mu", LABELS["mu"], min=104, max=116, step=0.5, value=LESSON_MU, unit=nm),
                    Slider("sigma", LABELS["sigma"], min=0.5, max=4, step=0.1, value=LESSON_SIGMA, unit=nm),
                    Slider("shift", LABELS["shift"], min=-6, max=6, step=0.5, value=0, unit=nm),
                    Slider("lsl", LABELS["lsl"], min=95, max=109, step=1, value=LSL, unit=nm),
                    Slider("usl", LABELS["usl"], min=111, max=125, step=1, value=USL, unit=nm),
                    Animation("check", LABELS["check"], min=1, max=BASE + TODAY, step=1, value=BASE + TODAY,
                              interval_ms=300)]
        return Lab(model=chart, controls=controls, readout_html=readout_html, plot=ChartPlot, title=LABELS["title"],
                   start=start)
    if task != "checks":
        raise ValueError(f"unknown task {task!r}: the control chart lab poses 'checks'")
    controls = [Slider("n", LABELS["n"], min=1, max=10, step=1, value=1),
                Slider("h", LABELS["h"], min=5, max=60, step=5, value=30, unit=pick(UNITS["min"])),
                Animation("minute", LABELS["minute"], min=0, max=SIMULATED_MINUTES, step=10, value=SIMULATED_MINUTES,
                          interval_ms=100, unit=pick(UNITS["min"]))]
    return Lab(model=sampling, controls=controls, readout_html=design_readout_html, plot=SamplingPlot,
               title=LABELS["design-title"], spec=DESIGN_SPEC, start=start)


__all__ = [
    "A2", "ASSIGNMENT_MU", "ASSIGNMENT_SHIFT", "ASSIGNMENT_SIGMA", "BASE", "CHECKS_MAX", "CONSTANTS", "D2", "D3", "D4",
    "DESIGN_SPEC", "DETECT_MAX", "FALSE_ALARM_MIN", "INTERVAL", "LESSON_MU", "LESSON_SIGMA", "LSL", "SHIFT_AT",
    "SHIFT_SIGMAS", "SUBGROUP", "TARGET", "TODAY", "USL", "assignment_data", "average_run_length", "beyond_limits",
    "chart", "chart_cases", "clock", "cp", "cpk", "csv_text", "data_range", "design_result", "detection_probability",
    "first_signal", "lesson_data", "make_lab", "mean", "out_of_control", "population_std", "r_limits", "read_csv",
    "run_of_eight", "sample_std", "sampling", "sigma_within", "signals", "subgroup_means", "subgroup_ranges",
    "subgroup_sets", "torques", "value_lists", "write_lesson_file", "xbar_limits",
]
