"""End-of-line inspection: the chance of defects in a batch of cars, exact (the binomial distribution) and simulated.

The model of module ``math-09-quality`` (combinatorics, probability and the binomial distribution, algebra 9-10).
At the end of the line every car is checked; a car fails the check (has a **defect**) with probability ``p``, each
car independently of the others (the module's fictional line: ``p`` = 2 %). In a batch of ``n`` cars the number of
defective cars ``X`` then has the **binomial distribution**:

* ``P(X = k) = C(n, k) p^k (1 - p)^(n - k)``, where ``C(n, k) = n! / (k! (n - k)!)`` counts the ways to choose
  which ``k`` of the ``n`` cars are the defective ones;
* ``P(X <= k)`` is the sum of those for ``0, 1, ..., k``; ``P(X = 0) = (1 - p)^n``, and a batch has at least one
  defective car with probability ``1 - (1 - p)^n``.

A **simulation** draws a random number for every car of every shift (numpy, a fixed seed, so a lesson shows the same
shifts to every pupil): a car is defective when its number is below ``p``. The relative frequency of shifts with at
most ``k`` defects approaches ``P(X <= k)`` as the shifts add up. The same random numbers serve every ``n`` and ``p``
(the first ``n`` cars of a shift; a car defective at 2 % is defective at 3 % too), so a slider moves the picture
smoothly instead of drawing new luck.

Plain Python without widgets: the lessons, the lab and the hidden tests compute with these functions.

>>> combinations(50, 2)
1225
>>> round(probability_exactly(50, 2, 0.02), 4), round(probability_at_most(50, 1, 0.02), 4)
(0.1858, 0.7358)
>>> sample_size(0.02, 0.95)
149
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from .core import Plot, set_limits
from .inputs import count, number, probability

DEFECT_RATE = 0.02
"""Share of cars that fail the end-of-line check on the module's line (fictional but plausible)."""
CARS_PER_DAY = 120
"""Cars the line makes a day (two shifts, as in math-09-ramp-up)."""
REWORK_MINUTES = 35
"""Minutes of rework for one defective car (fictional): find the fault, repair it, check again."""
SEED = 2026
"""The simulation's seed: every pupil's lab shows the same shifts."""
MAX_SHIFTS = 500
"""Shifts the lab simulates."""
MAX_CARS = 200
"""The most cars a batch of the lab holds (20 icons a row, 10 rows)."""
KMAX = 12
"""The largest number of defects the lab's bar chart shows."""

# -- the model ------------------------------------------------------------------------------------------


def combinations(n: int, k: int) -> int:
    """``C(n, k)``: the ways to choose ``k`` cars of ``n`` (which ones are defective), ``0`` when ``k > n``."""
    return math.comb(count("n", n), count("k", k))


def probability_exactly(n: int, k: int, p: float) -> float:
    """``P(X = k) = C(n, k) p^k (1 - p)^(n - k)``: exactly ``k`` defective cars of ``n``."""
    n, k, p = count("n", n), count("k", k), probability("p", p)
    if k > n:
        return 0.0
    return math.comb(n, k) * p**k * (1 - p) ** (n - k)


def probability_at_most(n: int, k: int, p: float) -> float:
    """``P(X <= k)``: at most ``k`` defective cars of ``n`` (1 when ``k >= n``)."""
    n, k, p = count("n", n), count("k", k), probability("p", p)
    return min(1.0, math.fsum(probability_exactly(n, i, p) for i in range(min(k, n) + 1)))


def probability_none(n: int, p: float) -> float:
    """``P(X = 0) = (1 - p)^n``: no defective car in ``n``."""
    return (1 - probability("p", p)) ** count("n", n)


def probability_at_least_one(n: int, p: float) -> float:
    """``1 - (1 - p)^n``: at least one defective car in ``n`` (the complement of none)."""
    return 1 - probability_none(n, p)


def sample_size(p: float, confidence: float) -> int:
    """The fewest cars to check so that, with a defect rate ``p``, at least one defective car is among them with
    probability ``confidence`` or more: the smallest ``n`` with ``1 - (1 - p)^n >= confidence``.

    From ``(1 - p)^n <= 1 - confidence``: ``n >= ln(1 - confidence) / ln(1 - p)``, rounded **up** (then checked
    against the probability itself, so a rounding of the logarithms never gives one car too few or too many).
    """
    p, confidence = probability("p", p), probability("confidence", confidence)
    if confidence == 0:
        return 0
    if p == 0 or (confidence == 1 and p < 1):
        raise ValueError("with this defect rate no sample is ever sure to hold a defective car")
    if p == 1:
        return 1
    n = max(0, math.ceil(math.log(1 - confidence) / math.log(1 - p)))
    while n > 0 and probability_at_least_one(n - 1, p) >= confidence:
        n -= 1
    while probability_at_least_one(n, p) < confidence:
        n += 1
    return n


def expected_defects(n: int, p: float) -> float:
    """``n p``: the defective cars in ``n`` on average over many batches (the mean of the binomial distribution)."""
    return count("n", n) * probability("p", p)


def rework_minutes(n: int, p: float, minutes: float = REWORK_MINUTES) -> float:
    """Rework time that ``n`` cars need on average: ``n p`` defective cars, ``minutes`` each."""
    return expected_defects(n, p) * number("minutes", minutes)


@lru_cache(maxsize=4)
def _uniforms(seed: int) -> Any:
    import numpy as np

    return np.random.default_rng(seed).random((MAX_SHIFTS, MAX_CARS))


def batch(n: int, p: float, shift: int, seed: int = SEED) -> Any:
    """Which of the ``n`` cars of shift ``shift`` (1, 2, ...) fail the check in the simulation: a bool array."""
    n, p, shift = count("n", n), probability("p", p), count("shift", shift)
    if not 1 <= shift <= MAX_SHIFTS or n > MAX_CARS:
        raise ValueError(f"the simulation holds shifts 1 to {MAX_SHIFTS} of at most {MAX_CARS} cars")
    return _uniforms(seed)[shift - 1, :n] < p


def simulate(n: int, p: float, shifts: int, seed: int = SEED) -> Any:
    """The number of defective cars in each of the first ``shifts`` simulated shifts of ``n`` cars (an int array)."""
    n, p, shifts = count("n", n), probability("p", p), count("shifts", shifts)
    if shifts > MAX_SHIFTS or n > MAX_CARS:
        raise ValueError(f"the simulation holds at most {MAX_SHIFTS} shifts of at most {MAX_CARS} cars")
    return (_uniforms(seed)[:shifts, :n] < p).sum(axis=1)


def frequency_at_most(n: int, k: int, p: float, shifts: int, seed: int = SEED) -> float:
    """The share of the first ``shifts`` simulated shifts with at most ``k`` defective cars of ``n``."""
    counts = simulate(n, p, shifts, seed)
    return float((counts <= count("k", k)).mean()) if len(counts) else 0.0


def inspection(n: int, p_percent: float, k: int, shift: int) -> dict[str, Any]:
    """What the explore lab shows: a batch of ``n`` cars at ``p_percent`` % defects, the exact distribution of the
    defects, the first ``shift`` simulated shifts and the cars of the last one, and ``P(X <= k)`` both ways."""
    p = number("p_percent", p_percent) / 100
    n, k, shift = count("n", n), count("k", k), count("shift", shift)
    counts = simulate(n, p, shift)
    return {"n": n, "p": p, "k": k, "shift": shift, "limit": k,
            "pmf": [probability_exactly(n, i, p) for i in range(KMAX + 1)],
            "counts": counts, "cars": batch(n, p, shift),
            "exact": probability_at_most(n, k, p), "frequency": float((counts <= k).mean()),
            "mean": expected_defects(n, p)}


# -- the design task: a sampling plan for the audit --------------------------------------------------------

GOOD_RATE = 0.01
"""A good batch: 1 % of its cars defective."""
BAD_RATE = 0.08
"""A bad batch: 8 % of its cars defective (a fault in a supplier's part, say)."""
ACCEPT_GOOD_MIN = 0.90
"""A good batch is accepted with probability 0.90 or more (the plant's risk of holding a good batch: 10 %)."""
ACCEPT_BAD_MAX = 0.10
"""A bad batch is accepted with probability 0.10 or less (the risk of shipping a bad one: 10 %)."""
SAMPLE_MAX = 80
"""The audit team checks at most 80 cars of a batch."""
BATCH_CARS = 1000
"""Cars in a batch the audit samples: a month's shipment to the dealers (fictional). The sample is small against
it, so the binomial distribution models the defective cars of a sample (the exact law of drawing without
replacement, the hypergeometric, differs by less than 0.01 for the plans of the design task)."""


def acceptance(n: int, c: int, p: float) -> float:
    """The chance that a sampling plan (check ``n`` cars, accept the batch when at most ``c`` are defective) accepts a
    batch with defect rate ``p``: ``P(X <= c)``."""
    return probability_at_most(n, c, p)


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a plan ``{"n": ..., "c": ...}``: the chance it accepts a good and a bad batch."""
    n, c = count("n", design["n"]), count("c", design["c"])
    return {"n": n, "c": c, "accept_good": acceptance(n, c, GOOD_RATE), "accept_bad": acceptance(n, c, BAD_RATE)}


def sampling_plan(n: int, c: int, batch_kind: str, shift: int) -> dict[str, Any]:
    """What the design lab shows: the plan ``n``, ``c`` on a good or a bad batch (``batch_kind``), the distribution of
    the defects in the sample, ``shift`` simulated audits and the sample of the last one, and the plan's two chances."""
    if batch_kind not in ("good", "bad"):
        raise ValueError(f"the batch is 'good' or 'bad', got {batch_kind!r}")
    p = GOOD_RATE if batch_kind == "good" else BAD_RATE
    result = inspection(n, p * 100, c, shift)
    return {**result, **design_result({"n": n, "c": c}), "batch": batch_kind}


# -- the lab's words ----------------------------------------------------------------------------------------

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Конвейер соңындағы бақылау зертханасы", "ru": "Лаборатория: контроль в конце линии",
              "en": "Lab: end-of-line inspection"},
    "design-title": {"kk": "Партияны іріктеп тексеру жоспары", "ru": "План выборочного контроля партии",
                     "en": "A sampling plan for the batch"},
    "n": {"kk": "Автомобильдер саны n", "ru": "Число автомобилей n", "en": "Cars n"},
    "p": {"kk": "Ақау ықтималдығы p", "ru": "Вероятность дефекта p", "en": "Defect probability p"},
    "k": {"kk": "Ең көбі k ақау", "ru": "Не больше k дефектов", "en": "At most k defects"},
    "c": {"kk": "Қабылдау саны c", "ru": "Приёмочное число c", "en": "Acceptance number c"},
    "shift": {"kk": "Ауысымдар саны", "ru": "Число смен", "en": "Shifts"},
    "batch": {"kk": "Партия", "ru": "Партия", "en": "Batch"},
    "good": {"kk": "жақсы: 1 % ақау", "ru": "хорошая: 1 % дефектов", "en": "good: 1 % defective"},
    "bad": {"kk": "нашар: 8 % ақау", "ru": "плохая: 8 % дефектов", "en": "bad: 8 % defective"},
    "cars-of-shift": {"kk": "{s}-ауысымның автомобильдері: қызылы — ақаулы",
                      "ru": "Автомобили смены {s}: красные — с дефектом",
                      "en": "The cars of shift {s}: red ones are defective"},
    "defects-now": {"kk": "Осы ауысымдағы ақаулы автомобильдер", "ru": "Автомобилей с дефектом в этой смене",
                    "en": "Defective cars in this shift"},
    "exact": {"kk": "Ықтималдық P(X ≤ {k}), формула бойынша", "ru": "Вероятность P(X ≤ {k}) по формуле",
              "en": "Probability P(X ≤ {k}) by the formula"},
    "frequency": {"kk": "Салыстырмалы жиілік, {s} ауысымда", "ru": "Относительная частота за {s} смен",
                  "en": "Relative frequency in {s} shifts"},
    "mean": {"kk": "Орта есеппен ақаулы автомобиль, np", "ru": "В среднем автомобилей с дефектом, np",
             "en": "Defective cars on average, np"},
    "axis-k": {"kk": "ақаулы автомобильдер саны k", "ru": "число автомобилей с дефектом k",
               "en": "number of defective cars k"},
    "axis-p": {"kk": "ықтималдық, жиілік", "ru": "вероятность, частота", "en": "probability, frequency"},
    "legend-exact": {"kk": "P(X = k), формула", "ru": "P(X = k), формула", "en": "P(X = k), formula"},
    "legend-sim": {"kk": "жиілік, симуляция", "ru": "частота, моделирование", "en": "frequency, simulation"},
    "accepted": {"kk": "қабылданады", "ru": "принимается", "en": "accepted"},
    "rejected": {"kk": "қабылданбайды", "ru": "не принимается", "en": "rejected"},
    "accept-good": {"kk": "Жақсы партияны қабылдау ықтималдығы", "ru": "Вероятность принять хорошую партию",
                    "en": "Probability of accepting a good batch"},
    "accept-bad": {"kk": "Нашар партияны қабылдау ықтималдығы", "ru": "Вероятность принять плохую партию",
                   "en": "Probability of accepting a bad batch"},
    "sample": {"kk": "Тексерілетін автомобильдер n", "ru": "Проверяемых автомобилей n", "en": "Cars checked n"},
    "accepted-share": {"kk": "Қабылданған партиялардың үлесі, {s} ауысымда",
                       "ru": "Доля принятых партий за {s} смен", "en": "Share of batches accepted in {s} shifts"},
    "spec": {"kk": "Тапсырма: партияны іріктеп тексеру жоспары", "ru": "Задание: план выборочного контроля партии",
             "en": "Task: a sampling plan for the batch"},
}


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("accept_good", ">=", ACCEPT_GOOD_MIN, "", LABELS["accept-good"]),
         Requirement("accept_bad", "<=", ACCEPT_BAD_MAX, "", LABELS["accept-bad"]),
         Requirement("n", "<=", float(SAMPLE_MAX), "", LABELS["sample"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The sampling plan: a good batch (1 % defective) accepted with probability at least 0.90, a bad batch (8 %)
accepted with probability at most 0.10, at most 80 cars checked."""


def _text(key: str, lang: str | None) -> str:
    from ..i18n import pick

    return pick(LABELS[key], lang)


def _decimal(value: float, places: int, lang: str | None = None) -> str:
    from ..numbers import format_decimal

    return format_decimal(value, places, lang)


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The explore lab's readout: this shift's defects, the exact ``P(X <= k)``, the simulated frequency, ``np``."""
    k, s = result["k"], result["shift"]
    rows = [(_text("defects-now", lang), str(int(result["cars"].sum()))),
            (_text("exact", lang).replace("{k}", str(k)), _decimal(result["exact"], 3, lang)),
            (_text("frequency", lang).replace("{s}", str(s)), _decimal(result["frequency"], 3, lang)),
            (_text("mean", lang), _decimal(result["mean"], 2, lang))]
    body = "".join(f"<tr><td>{name}</td><td style='text-align:right'><b>{value}</b></td></tr>" for name, value in rows)
    return f"<table class='lab-quality'>{body}</table>"


def design_readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The design lab's readout: this audit's verdict, the share accepted in the simulation, the plan's two chances."""
    s, defects = result["shift"], int(result["cars"].sum())
    verdict = _text("accepted" if defects <= result["c"] else "rejected", lang)
    rows = [(_text("defects-now", lang), f"{defects}: {verdict}"),
            (_text("accepted-share", lang).replace("{s}", str(s)), _decimal(result["frequency"], 3, lang)),
            (_text("accept-good", lang), _decimal(result["accept_good"], 3, lang)),
            (_text("accept-bad", lang), _decimal(result["accept_bad"], 3, lang))]
    body = "".join(f"<tr><td>{name}</td><td style='text-align:right'><b>{value}</b></td></tr>" for name, value in rows)
    return f"<table class='lab-quality'>{body}</table>"


# -- the picture: the batch of cars beside the distribution of the defects ------------------------------------

GOOD, DEFECT, PASSED, LIMIT = "#9ecae1", "#d62728", "#2ca02c", "#bbbbbb"
ROW = 20
"""Icons in a row of the batch's picture."""
ROW_HEIGHT = 0.62
"""Height of a row of icons (an icon is one unit wide)."""
Y_LIMITS = (0.25, 0.5, 1.0)
"""The bar chart's scales: the smallest that holds the tallest bar of the formula."""


class InspectionPlot(Plot):
    """The batch of the last simulated shift (one icon a car, defective ones red) beside the distribution of the
    number of defective cars: the formula's bars (those up to ``k`` green) and the simulation's frequencies (dots)."""

    size = (7.6, 3.6)
    margins = (0.1, 0.1, 0.1, 0.1)

    def __init__(self, design: bool = False, lang: str | None = None) -> None:
        self.design, self.lang = design, lang
        super().__init__()

    def build(self, figure: Any) -> None:
        import numpy as np
        from matplotlib.patches import Rectangle

        from .ramp_up import car_marker

        width, height = self.size
        yard = self.yard = figure.add_axes((0.1 / width, 0.15 / height, 3.2 / width, 3.0 / height))
        yard.set_aspect("equal")
        yard.set_axis_off()
        rows = MAX_CARS // ROW
        yard.set_xlim(-0.6, ROW - 0.4)
        yard.set_ylim(-rows * ROW_HEIGHT - 0.3, 0.9)
        yard.set_anchor("N")
        yard.add_patch(Rectangle((-0.6, -rows * ROW_HEIGHT - 0.2), ROW, rows * ROW_HEIGHT + 0.3, facecolor="#f2f2f2",
                                 edgecolor="#bbbbbb", linewidth=0.8))
        self.title = self.dynamic(yard.text(-0.5, 0.55, "", fontsize=8, ha="left", va="center", color="#333333"))
        index = np.arange(MAX_CARS)
        self.slots = np.c_[index % ROW, -(index // ROW) * ROW_HEIGHT - ROW_HEIGHT / 2]
        self.icons = self.dynamic(yard.scatter(np.zeros(0), np.zeros(0), marker=car_marker(), linewidths=0))
        (x0, x1), (y0, y1) = yard.get_xlim(), yard.get_ylim()
        scale = min(3.2 / (x1 - x0), 3.0 / (y1 - y0)) * 72  # points per unit (equal aspect: the tighter of the two)
        self.icons.set_sizes([(0.9 * scale) ** 2])

        ax = self.ax = figure.add_axes((4.15 / width, 0.6 / height, 3.3 / width, 2.75 / height))
        ks = np.arange(KMAX + 1)
        ax.set_xlim(-0.6, KMAX + 0.6)
        ax.set_ylim(0, 1)
        ax.set_xticks(range(0, KMAX + 1, 2))
        ax.set_xlabel(_text("axis-k", self.lang), fontsize=9)
        ax.set_ylabel(_text("axis-p", self.lang), fontsize=9)
        ax.tick_params(labelsize=8)
        ax.grid(alpha=0.25, axis="y")
        self.bars = ax.bar(ks, np.zeros(KMAX + 1), width=0.7, color=LIMIT, label=_text("legend-exact", self.lang))
        for bar in self.bars:
            self.dynamic(bar)
        self.dots = self.dynamic(ax.plot(ks, np.zeros(KMAX + 1), "o", color="#222222", markersize=4,
                                         label=_text("legend-sim", self.lang))[0])
        self.edge = self.dynamic(ax.axvline(0.5, color=PASSED, linewidth=1.2, linestyle="--"))
        self.legend(ax, [self.bars, self.dots], fontsize=7, loc="upper right")

    def update(self, result: Mapping[str, Any]) -> None:
        import numpy as np

        cars, n, limit = result["cars"], result["n"], result["limit"]
        self.icons.set_offsets(self.slots[:n])
        self.icons.set_facecolor([DEFECT if bad else GOOD for bad in cars])
        self.title.set_text(_text("cars-of-shift", self.lang).replace("{s}", str(result["shift"])))
        counts = np.bincount(np.minimum(result["counts"], KMAX + 1), minlength=KMAX + 2)[:KMAX + 1]
        frequencies = counts / max(len(result["counts"]), 1)
        for k, (bar, height) in enumerate(zip(self.bars, result["pmf"])):
            bar.set_height(height)
            bar.set_color(PASSED if k <= limit else LIMIT)
        self.dots.set_ydata(frequencies)
        self.edge.set_xdata([limit + 0.5, limit + 0.5])
        # the formula's tallest bar picks one of three scales: playing the shifts never redraws the axes, and a drag
        # of n or p seldom does
        top = next(limit for limit in Y_LIMITS if max(result["pmf"]) * 1.15 <= limit or limit == Y_LIMITS[-1])
        set_limits(self.ax, y=(0, top))


# -- the labs ---------------------------------------------------------------------------------------------


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The inspection lab: a batch of cars with its defective ones beside the distribution of the defects, exact and
    simulated over more and more shifts (a Play button).

    Without a task: the batch size ``n``, the defect probability ``p`` (in %) and ``k`` of ``P(X <= k)``.
    ``task="sampling-plan"`` poses the design task :data:`DESIGN_SPEC`: the sample size ``n`` and the acceptance
    number ``c``, tried on a good or a bad batch, with a Check button; ``start`` sets the controls from a design.
    """
    from .core import Animation, Dropdown, Lab, Slider

    shifts = Animation("shift", LABELS["shift"], min=1, max=MAX_SHIFTS, step=1, value=20, interval_ms=150)
    if task is None:
        controls = [Slider("n", LABELS["n"], min=10, max=MAX_CARS, step=1, value=50),
                    Slider("p_percent", LABELS["p"], min=0.5, max=10, step=0.5, value=2, unit="%"),
                    Slider("k", LABELS["k"], min=0, max=KMAX, step=1, value=1), shifts]
        return Lab(model=inspection, controls=controls, readout_html=readout_html, plot=InspectionPlot,
                   title=LABELS["title"], start=start)
    if task != "sampling-plan":
        raise ValueError(f"unknown task {task!r}: the inspection lab poses 'sampling-plan'")
    kind = Dropdown("batch_kind", LABELS["batch"], {"good": LABELS["good"], "bad": LABELS["bad"]}, "bad")
    kind.design = False  # type: ignore[attr-defined]  # which batch the lab tries the plan on is not part of the plan
    controls = [Slider("n", LABELS["sample"], min=5, max=MAX_CARS, step=1, value=30),
                Slider("c", LABELS["c"], min=0, max=KMAX, step=1, value=0), kind, shifts]
    return Lab(model=sampling_plan, controls=controls, readout_html=design_readout_html,
               plot=lambda: InspectionPlot(design=True), title=LABELS["design-title"], spec=DESIGN_SPEC, start=start)


__all__ = [
    "ACCEPT_BAD_MAX", "ACCEPT_GOOD_MIN", "BAD_RATE", "BATCH_CARS", "CARS_PER_DAY", "DEFECT_RATE", "DESIGN_SPEC", "GOOD_RATE",
    "KMAX", "MAX_CARS", "MAX_SHIFTS", "REWORK_MINUTES", "SAMPLE_MAX", "SEED", "acceptance", "batch", "combinations",
    "design_result", "expected_defects", "frequency_at_most", "inspection", "make_lab", "probability_at_least_one",
    "probability_at_most", "probability_exactly", "probability_none", "readout_html", "rework_minutes",
    "sample_size", "sampling_plan", "simulate",
]
