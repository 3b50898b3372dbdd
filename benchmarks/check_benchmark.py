"""Benchmark of ``curriculum.check.compare`` beside naive ``sympy.simplify(a - b) == 0``.

Four tables, each reported on its own:

* our own 309 labelled cases (classic answer tests, generated rewrites and perturbations, equations
  and inequalities, numbers with a decimal comma, units in Latin and Cyrillic);
* STACK's published answer-test table, translated in ``tests/data/stack`` (per mode);
* our school-notation cases (``tests/data/school_cases.json``);
* held-out published cases of other systems (``benchmarks/heldout``), never tuned on and not run by
  ``make test``: the engine is measured on them, not fitted to them.

For each: agreement with the expected outcome, false credit (a wrong answer accepted), refused right
answers, exceptions escaping ``compare``, and the median, 95th-percentile and largest time per call
(wall clock and CPU time: the machine may be shared).  The naive test gets the same text, read by
sympy's own parser with ``^`` and implicit multiplication allowed, and the same 10 s limit per call.

    .venv/bin/python benchmarks/check_benchmark.py [--out benchmarks/results/check.md]
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import statistics
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import sympy
from sympy.parsing.sympy_parser import (
    convert_xor,
    implicit_multiplication_application,
    parse_expr,
    standard_transformations,
)

from curriculum.check import compare
from curriculum.check.limits import TimeLimitExceeded, time_limit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.answer_tables import HELDOUT, STACK_TABLE, load, options_of  # noqa: E402


@dataclass(frozen=True)
class Case:
    student: str
    teacher: str
    mode: str
    truth: bool
    family: str
    options: tuple = ()


HAND = [  # classic answer-test cases: (student, teacher, equivalent?)
    ("(x-1)^2", "x^2-2*x+1", True), ("(x+1)*(x-1)", "x^2-1", True), ("sin(x)^2+cos(x)^2", "1", True),
    ("2*sin(x)*cos(x)", "sin(2*x)", True), ("cos(x)^2-sin(x)^2", "cos(2*x)", True), ("tan(x)", "sin(x)/cos(x)", True),
    ("exp(2*x)", "exp(x)^2", True), ("log(x^2)", "2*log(x)", False), ("sqrt(x^2)", "x", False), ("sqrt(x^2)", "abs(x)", True),
    ("(x^2-1)/(x-1)", "x+1", True), ("1/(x-1)-1/(x+1)", "2/(x^2-1)", True), ("1/x+1/y", "(x+y)/(x*y)", True),
    ("x^(1/2)*x^(3/2)", "x^2", True), ("(a+b)^3", "a^3+3*a^2*b+3*a*b^2+b^3", True), ("(a+b)^3", "a^3+b^3", False),
    ("x/2+x/3", "5*x/6", True), ("x/2+x/3", "2*x/5", False), ("0.5*x", "x/2", True), ("2^(x+1)", "2*2^x", True),
    ("e^(ln(x))", "x", True), ("ln(e^x)", "x", True), ("sin(x+pi)", "-sin(x)", True), ("cos(pi/2-x)", "sin(x)", True),
    ("(1+tan(x)^2)", "1/cos(x)^2", True), ("x^2+2*x+2", "(x+1)^2", False), ("abs(x)^2", "x^2", True),
    ("(x^3-8)/(x-2)", "x^2+2*x+4", True), ("(x^3+8)/(x+2)", "x^2+2*x+4", False), ("sqrt(8)", "2*sqrt(2)", True),
    ("1/sqrt(2)", "sqrt(2)/2", True), ("sqrt(2)+sqrt(3)", "sqrt(5)", False), ("log(6)", "log(2)+log(3)", True),
    ("sin(x)/x", "1", False), ("(2*x+2)/2", "x+1", True), ("x*(x+1)*(x+2)", "x^3+3*x^2+2*x", True),
    ("cosh(x)^2-sinh(x)^2", "1", True), ("asin(sin(x))", "x", False), ("10^(2*log(x)/log(10))", "x^2", True),
    ("v*t_r+v^2/(2*mu*g)", "v*(2*g*mu*t_r+v)/(2*g*mu)", True), ("v*t_r+v^2/(mu*g)", "v*t_r+v^2/(2*mu*g)", False),
]

_T = standard_transformations + (convert_xor, implicit_multiplication_application)


def _random_expr(rng: random.Random, depth: int = 0) -> sympy.Expr:
    x, y = sympy.symbols("x y")
    leaves = [x, y, sympy.Integer(rng.randint(1, 9)), sympy.Rational(rng.randint(1, 5), rng.randint(2, 7))]
    if depth >= 2 or rng.random() < 0.3:
        return rng.choice(leaves)
    a, b = _random_expr(rng, depth + 1), _random_expr(rng, depth + 1)
    op = rng.choice(["add", "mul", "pow", "sub", "div", "sin", "exp"])
    if op == "add":
        return a + b
    if op == "sub":
        return a - b
    if op == "mul":
        return a * b
    if op == "div":
        return a / (b + rng.randint(1, 4)) if b.free_symbols else a / (b + 1)
    if op == "pow":
        return a ** rng.randint(2, 3)
    if op == "sin":
        return sympy.sin(a)
    return sympy.exp(a)


def _text(e: sympy.Expr) -> str:
    return str(e).replace("**", "^")


def generated(n: int, seed: int = 20261126) -> list[Case]:
    rng = random.Random(seed)
    cases: list[Case] = []
    rewrites = [sympy.expand, sympy.factor, sympy.together, lambda e: sympy.expand_trig(sympy.expand(e)),
                sympy.cancel, lambda e: e.rewrite(sympy.cos), lambda e: sympy.expand(e).rewrite(sympy.tan),
                lambda e: sympy.expand_power_exp(sympy.expand(e))]
    while len(cases) < n:
        a = _random_expr(rng)
        if not a.free_symbols:
            continue
        if rng.random() < 0.5:
            b = rng.choice(rewrites)(a)
            truth = True
        else:
            kind = rng.choice(["plus", "sign", "coef", "pow"])
            x = sorted(a.free_symbols, key=str)[0]
            b = {"plus": a + sympy.Rational(1, rng.randint(2, 9)), "sign": -a if a != 0 else a + 1,
                 "coef": a * rng.choice([2, 3, sympy.Rational(1, 2)]), "pow": a.subs(x, x**2) if a.subs(x, x**2) != a else a + x}[kind]
            b = rng.choice([sympy.expand, lambda e: e])(b)
            truth = _equal_numerically(a, b)
        cases.append(Case(_text(b), _text(a), "equiv", truth, "generated"))
    return cases


def _equal_numerically(a: sympy.Expr, b: sympy.Expr) -> bool:
    """Ground truth for generated non-equivalent pairs: they differ at a random point, checked with 50 digits."""
    rng = random.Random(1)
    symbols = sorted(a.free_symbols | b.free_symbols, key=str)
    for _ in range(5):
        point = {s: sympy.Rational(rng.randint(3, 29), rng.randint(2, 11)) for s in symbols}
        try:
            if abs(sympy.N(a.subs(point) - b.subs(point), 50)) > 1e-30:
                return False
        except (TypeError, ValueError):
            continue
    return True


UNITS = [("72 км/ч", "20 m/s", True), ("20 m/s", "72 km/h", True), ("72 m/s", "20 m/s", False), ("1,5 кВт·ч", "5.4 MJ", True),
         ("3 сағ", "10800 s", True), ("3 ч", "180 min", True), ("5 kg", "5000 g", True), ("5 kg", "5 N", False),
         ("9,81 м/с²", "9.81 m/s^2", True), ("12 Ом", "12 ohm", True), ("100 кПа", "1 bar", True), ("350 мм", "0.35 m", True),
         ("0,5 т", "500 kg", True), ("2,5 Н·м", "2.5 J", True), ("88,7 м", "88.71 m", True), ("86 м", "88.71 m", False),
         ("25 m/s", "90 km/h", True), ("25 km/h", "90 km/h", False), ("1 кВт", "1000 W", True), ("60 Вт", "0.06 kW", True)]
NUMERIC = [("3,14", "3.14159", True), ("3.2", "3.14159", False), ("1 250,5", "1250.5", True), ("2,0·10^-3", "0.002", True),
           ("-4", "4", False), ("1,5e3", "1500", True), ("0.333", "1/3", True), ("0.3", "1/3", False)]
CONDITIONS = [("2x+1=3", "x=1", True), ("x^2=4", "x=2", False), ("x = 2 or x = -2", "x^2=4", True), ("1<x<3", "x>1 and x<3", True),
              ("x>=2", "x>2", False), ("x<0 or x>2", "x^2-2*x>0", True), ("y=2x+1", "2*x-y+1=0", True), ("x>3", "3<x", True),
              ("2x>4", "x>2", True), ("-2x>4", "x>-2", False)]


def all_cases() -> list[Case]:
    cases = [Case(s, t, "equiv", truth, "classic") for s, t, truth in HAND]
    cases += generated(230)
    cases += [Case(s, t, "units", truth, "units") for s, t, truth in UNITS]
    cases += [Case(s, t, "numeric", truth, "numeric") for s, t, truth in NUMERIC]
    cases += [Case(s, t, "equiv", truth, "conditions") for s, t, truth in CONDITIONS]
    return cases


def naive(student: str, teacher: str) -> bool:
    try:
        with time_limit(10):
            a = parse_expr(student.replace(",", "."), transformations=_T)
            b = parse_expr(teacher, transformations=_T)
            if isinstance(a, sympy.Rel) or isinstance(b, sympy.Rel):
                return bool(sympy.simplify((a.lhs - a.rhs) - (b.lhs - b.rhs)) == 0)
            return bool(sympy.simplify(a - b) == 0)
    except (TimeLimitExceeded, Exception):  # noqa: BLE001 - whatever the naive test cannot read, it gets wrong
        return False


def ours(case: Case) -> bool:
    options = {"lang": "ru"} if case.mode != "equiv" else {}
    if case.mode == "numeric":
        options["rtol"] = 0.005
    return compare(case.student, case.teacher, mode=case.mode, **options).correct


@dataclass
class Tally:
    """What one checker did on one table (or one part of it)."""

    n: int = 0
    agree: int = 0
    false_credit: int = 0
    refused: int = 0
    right: int = 0
    crashes: int = 0
    wall: list = None  # type: ignore[assignment]
    cpu: list = None  # type: ignore[assignment]

    def add(self, got: object, expect: object, wall: float, cpu: float) -> None:
        self.wall = self.wall or []
        self.cpu = self.cpu or []
        self.n += 1
        self.right += expect is True
        agreed = got == expect if expect in (True, "author-error") else (
            got == "invalid" if expect == "invalid" else got in (False, "invalid", "timeout"))
        self.agree += agreed
        self.false_credit += got is True and expect is not True
        self.refused += expect is True and got is not True
        self.crashes += isinstance(got, str) and got.startswith("crash")
        self.wall.append(wall)
        self.cpu.append(cpu)

    def row(self, name: str) -> str:
        wall, cpu = sorted(self.wall), sorted(self.cpu)
        p95 = lambda v: v[int(0.95 * (len(v) - 1))]  # noqa: E731
        return (f"| {name} | {self.n} | {self.agree / self.n:.1%} | {self.false_credit} | {self.refused} of {self.right} | "
                f"{self.crashes} | {statistics.median(wall) * 1e3:.1f} | {p95(wall) * 1e3:.1f} | {wall[-1] * 1e3:.0f} | "
                f"{statistics.median(cpu) * 1e3:.1f} | {p95(cpu) * 1e3:.1f} | {cpu[-1] * 1e3:.0f} |")


def _ours_row(row: dict) -> object:
    try:
        result = compare(row["student"], row["teacher"], mode=row["mode"], **options_of(row))
    except ValueError:
        return "author-error"
    except Exception as exc:  # noqa: BLE001 - an escaping exception is what this counts
        return f"crash: {type(exc).__name__}"
    if result.code == "invalid-input":
        return "invalid"
    if result.code == "timeout":
        return "timeout"
    return result.correct


def _naive_row(row: dict) -> object:
    if not row["student"] or not row["teacher"]:
        return "invalid"
    return naive(row["student"], row["teacher"])


def _timed(fn, row: dict) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    got = fn(row)
    return got, time.perf_counter() - wall, time.process_time() - cpu


def run_table(rows: list[dict], key) -> dict[str, dict[str, Tally]]:
    """Per checker, per part (``key(row)``) and in all: the tallies."""
    out: dict[str, dict[str, Tally]] = {}
    for name, fn in (("ours", _ours_row), ("naive", _naive_row)):
        parts: dict[str, Tally] = collections.defaultdict(Tally)
        for row in rows:
            got, wall, cpu = _timed(fn, row)
            for part in ("all", key(row)):
                parts[part].add(got, row["expect"], wall, cpu)
        out[name] = dict(parts)
    return out


HEAD = ("| table / part | cases | agree | false credit | refused right | exceptions | median ms | p95 ms | max ms "
        "| median CPU ms | p95 CPU ms | max CPU ms |\n|" + "---|" * 12)


def report_table(title: str, tallies: dict[str, dict[str, Tally]], note: str = "") -> str:
    lines = [f"### {title}", "", note, "", HEAD] if note else [f"### {title}", "", HEAD]
    for part, tally in sorted(tallies["ours"].items(), key=lambda kv: (kv[0] != "all", kv[0])):
        lines.append(tally.row(f"curriculum.check: {part}"))
    lines.append(tallies["naive"]["all"].row("naive simplify(a - b) == 0: all"))
    return "\n".join(lines)


def run() -> dict[str, dict[str, float]]:
    cases = all_cases()
    stats: dict[str, dict[str, float]] = {}
    for name, fn in (("curriculum.check.compare", ours), ("sympy.simplify(a - b) == 0", lambda c: naive(c.student, c.teacher))):
        times, agree, by_family = [], 0, {}
        for case in cases:
            start = time.perf_counter()
            answer = fn(case)
            times.append(time.perf_counter() - start)
            agree += answer == case.truth
            fam = by_family.setdefault(case.family, [0, 0])
            fam[0] += answer == case.truth
            fam[1] += 1
        times.sort()
        stats[name] = {"cases": len(cases), "median_ms": statistics.median(times) * 1e3,
                       "p95_ms": times[int(0.95 * (len(times) - 1))] * 1e3, "max_ms": times[-1] * 1e3,
                       "agreement": agree / len(cases),
                       **{f"agree_{f}": a / n for f, (a, n) in by_family.items()}}
    return stats


def report(stats: dict[str, dict[str, float]]) -> str:
    families = sorted({k[6:] for s in stats.values() for k in s if k.startswith("agree_")})
    head = "| checker | cases | median ms | p95 ms | max ms | agrees with truth | " + " | ".join(families) + " |"
    lines = [head, "|" + "---|" * (6 + len(families))]
    for name, s in stats.items():
        lines.append(f"| {name} | {s['cases']:.0f} | {s['median_ms']:.1f} | {s['p95_ms']:.1f} | {s['max_ms']:.0f} | "
                     f"{s['agreement']:.1%} | " + " | ".join(f"{s['agree_' + f]:.0%}" for f in families) + " |")
    return "\n".join(lines)


def main() -> None:
    warnings.simplefilter("ignore")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="also write the tables to this Markdown file")
    args = parser.parse_args()
    sections = [f"1-minute load average at the start: {os.getloadavg()[0]:.1f} (wall-clock times grow with it; CPU times "
                "much less).", "", "### Our own cases", "", report(run())]
    stack = load(STACK_TABLE)
    documented = sum(1 for r in stack if "ours" in r)
    sections += ["", report_table("STACK's answer-test table (tests/data/stack), per mode", run_table(stack, lambda r: r["mode"]),
                                  f"Agreement with STACK's expected outcome; {documented} rows are documented differences "
                                  "(docs/checking.md), counted here as disagreements.")]
    school = load(ROOT / "tests" / "data" / "school_cases.json")
    sections += ["", report_table("School notation (tests/data/school_cases.json)", run_table(school, lambda r: r["mode"]))]
    heldout = load(HELDOUT / "cases.json")
    sections += ["", report_table("Held-out cases of other systems (benchmarks/heldout), no row tuned on",
                                  run_table(heldout, lambda r: r["source"]))]
    text = "\n".join(sections)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        body = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        marker = "<!-- measured -->"
        before = body.split(marker)[0] if marker in body else "# Answer-checking benchmark\n\n`python benchmarks/check_benchmark.py`\n\n"
        args.out.write_text(f"{before}{marker}\n{text}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
