"""A class's deck: the parameter sets of one notebook, drawn once from the course, the assignment and a draw number.

As in STACK's deployed variants, a class works with a fixed, verified list rather than a fresh
draw per student: every parameter set is run through the teacher's solution (``curriculum lint``,
the grader's reference runs, one per set), and item statistics per set can tell an unfair one.

* The deck's key is ``<course id>/<assignment>/draw-<n>``: another class, or the same class after
  ``curriculum variants redraw``, gets other numbers.
* Parameter set ``i`` of the deck is the ``i``-th draw of the author's parameters cell, over the seeds
  ``sha256(key/notebook/0)``, ``.../1``, ..., that meets the author's constraints and differs from
  the sets before it in at least one drawn value.
* A student's set is the one the teacher pinned, else ``1 + sha256(key/student/<id>) mod count``: the
  same in every notebook of the assignment and whenever the notebook is opened again, whatever
  the class roster is.

The parameters cell is run here in-process, on its own: it imports what it uses.
"""

from __future__ import annotations

import ast
import contextlib
import hashlib
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import nbformat

from .draw import ENV, Assigned, Rejected, Variant, VariantError, _BUILDING, shown_values

CLASS_NAME = "Variant"
MIN_TRIES = 200


class DeckError(ValueError):
    """The parameters cell cannot give a deck (it fails, or has fewer different parameter sets than it asks for)."""


@dataclass(frozen=True)
class ParameterSet:
    """One set of a deck: its number (0 for the example), its seed and the values a task text can show."""

    number: int
    seed: str | None
    values: Mapping[str, Any] = field(default_factory=dict, hash=False)
    drawn: tuple = field(default=(), hash=False)

    @property
    def is_example(self) -> bool:
        return self.seed is None

    def describe(self) -> str:
        """``speed=81, mu_wet=0.45``: the values of the parameters cell by name."""
        return ", ".join(f"{name}={format(value, '.6g') if isinstance(value, float) else repr(value)}"
                         for name, value in self.values.items())

    def label(self) -> str:
        """How a message names the set: ``parameter set 3 (speed=81, mu_wet=0.45)`` or ``the example (...)``."""
        return f"{'the example' if self.is_example else f'parameter set {self.number}'} ({self.describe()})"

    def environment(self, student: str = "", deck: str = "") -> str:
        """The value of ``CURRICULUM_VARIANT`` that makes a kernel draw this set."""
        return json.dumps({"seed": self.seed, "number": self.number, "student": student, "deck": deck})

    def doc(self) -> dict[str, Any]:
        return {"number": self.number, "seed": self.seed, "values": dict(self.values)}


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True)
class Deck:
    """The parameter sets of one notebook for one class."""

    key: str
    notebook: str
    sets: tuple[ParameterSet, ...]
    example: ParameterSet
    pins: Mapping[str, int] = field(default_factory=dict, hash=False)
    hashed_pins: Mapping[str, int] = field(default_factory=dict, hash=False)
    """Pins by a hash of the student id (what a release may carry without naming students)."""

    @property
    def count(self) -> int:
        return len(self.sets)

    def _pin_hash(self, student: str) -> str:
        return _digest(f"{self.key}/pin/{student}")[:16]

    def number_for(self, student: str) -> int:
        """The student's parameter set: pinned by the teacher, else from the key and the student's id."""
        if student in self.pins:
            return int(self.pins[student])
        hashed = self.hashed_pins.get(self._pin_hash(student))
        if hashed is not None:
            return int(hashed)
        return 1 + int(_digest(f"{self.key}/student/{student}"), 16) % self.count

    def for_student(self, student: str) -> ParameterSet:
        return self.by_number(self.number_for(student))

    def by_number(self, number: int) -> ParameterSet:
        if number == 0:
            return self.example
        if not 1 <= number <= self.count:
            raise DeckError(f"{self.notebook}: there is no parameter set {number} (the deck has 1 to {self.count})")
        return self.sets[number - 1]

    def by_seed(self, seed: str | None) -> ParameterSet | None:
        return next((s for s in (self.example, *self.sets) if s.seed == seed), None)

    def metadata(self) -> dict[str, Any]:
        """What a release carries: enough to personalise a copy at fetch time, with pinned students' ids hashed."""
        pins = {**self.hashed_pins, **{self._pin_hash(s): n for s, n in self.pins.items()}}
        return {"key": self.key, "notebook": self.notebook, "example": self.example.doc(),
                "sets": [s.doc() for s in self.sets], "pins": pins}

    @classmethod
    def from_metadata(cls, doc: Mapping[str, Any]) -> Deck:
        def one(d: Mapping[str, Any]) -> ParameterSet:
            return ParameterSet(int(d["number"]), d.get("seed"), dict(d.get("values", {})))

        return cls(str(doc["key"]), str(doc["notebook"]), tuple(one(d) for d in doc["sets"]), one(doc["example"]),
                   {}, {str(k): int(v) for k, v in dict(doc.get("pins", {})).items()})


# -- the parameters cell ---------------------------------------------------------------------------

@lru_cache(maxsize=1024)  # every graded copy of a class has the same cells
def _creates_variant(cell_source: str) -> bool:
    try:
        tree = ast.parse(cell_source)
    except SyntaxError:
        return False
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call):
            func = stmt.value.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name == CLASS_NAME:
                return True
    return False


def parameters_cell(nb: nbformat.NotebookNode) -> int | None:
    """Index of the notebook's parameters cell (the code cell that makes ``... = Variant(...)``), if it has one."""
    found = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and _creates_variant(c.source)]
    if len(found) > 1:
        raise DeckError(f"cells {found[0]} and {found[1]} both make a Variant: a notebook has one parameters cell")
    return found[0] if found else None


def with_deck_key(cell_source: str, key: str) -> str:
    """The parameters cell as released: ``Variant(count=12)`` becomes ``Variant(count=12, deck="<key>")``."""
    tree = ast.parse(cell_source)
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Call):
            call = stmt.value
            func = call.func
            if (func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")) != CLASS_NAME:
                continue
            if any(k.arg == "deck" for k in call.keywords):
                raise DeckError("the parameters cell sets deck= itself; the release sets it")
            lines = cell_source.splitlines(keepends=True)
            paren = sum(len(line) for line in lines[:call.end_lineno - 1]) + call.end_col_offset - 1  # the closing ")"
            before = cell_source[:paren].rstrip()
            sep = "" if before.endswith(("(", ",")) else ", "
            return cell_source[:paren] + f"{sep}deck={key!r}" + cell_source[paren:]
    raise DeckError("no Variant(...) in the parameters cell")


def run_parameters(source: str, assigned: Assigned) -> tuple[Variant, dict[str, Any]]:
    """Run a parameters cell in-process for ``assigned``: its Variant and the values a text can show."""
    namespace: dict[str, Any] = {"__name__": "__curriculum_parameters__"}
    token = _BUILDING.set(assigned)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(source, "<parameters cell>", "exec"), namespace)  # noqa: S102 - the teacher's own cell
    except (Rejected, VariantError):
        raise
    except Exception as exc:  # noqa: BLE001 - any failure of the cell is the author's, said with its cause
        raise DeckError(f"the parameters cell fails on its own ({type(exc).__name__}: {exc}); "
                        "it must import what it uses") from None
    finally:
        _BUILDING.reset(token)
    variants = [v for v in namespace.values() if isinstance(v, Variant)]
    if len(variants) != 1:
        raise DeckError("the parameters cell must make exactly one Variant")
    return variants[0], shown_values(namespace)


def _close(a: Any, b: Any, rtol: float) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) <= rtol * max(abs(a), abs(b)) if rtol else a == b
    return a == b


def _same(mine: list[tuple[tuple, float]], other: list[tuple[tuple, float]]) -> bool:
    """Whether a candidate shares the values of one of its ``distinct(...)`` calls with a set already in the deck."""
    return any(len(a) == len(b) and all(_close(x, y, rtol) for x, y in zip(a, b))
               for (a, rtol), (b, _r) in zip(mine, other))


@lru_cache(maxsize=64)
def _build(source: str, key: str, notebook: str) -> tuple[tuple[ParameterSet, ...], ParameterSet]:
    try:
        variant, values = run_parameters(source, Assigned(None, origin="example"))
    except VariantError as exc:
        raise DeckError(str(exc)) from None
    example = ParameterSet(0, None, values, tuple(variant.drawn))
    count, sets, seen, tries = variant.count, [], set(), 0
    kept: list[list[tuple[tuple, float]]] = []
    limit = max(MIN_TRIES, 50 * count)
    while len(sets) < count and tries < limit:
        seed = _digest(f"{key}/{notebook}/{tries}")[:16]
        tries += 1
        try:
            variant, values = run_parameters(source, Assigned(seed, origin="build"))
        except Rejected:
            continue
        signature = json.dumps([repr(v) for v in variant.drawn])
        if signature in seen or any(_same(variant.distinct_values, other) for other in kept):
            continue
        seen.add(signature)
        kept.append(variant.distinct_values)
        sets.append(ParameterSet(len(sets) + 1, seed, values, tuple(variant.drawn)))
    if len(sets) < count:
        raise DeckError(f"the parameters cell gives only {len(sets)} different parameter sets that meet its constraints "
                        f"(require, distinct) in {tries} draws, but asks for Variant(count={count})")
    return tuple(sets), example


def build_deck(source: str, *, key: str, notebook: str, pins: Mapping[str, int] | None = None) -> Deck:
    """The deck of a parameters cell (its source) for a key; ``pins`` (student -> set number) are checked."""
    sets, example = _build(source, key, notebook)
    pins = dict(pins or {})
    for student, number in pins.items():
        if not isinstance(number, int) or not 1 <= number <= len(sets):
            raise DeckError(f"{student} is pinned to parameter set {number!r}, but the deck has 1 to {len(sets)}")
    return Deck(key, notebook, sets, example, pins)


def deck_key(course_id: str, assignment: str, draw: int) -> str:
    return f"{course_id}/{assignment}/draw-{draw}"


__all__ = ["Deck", "DeckError", "ENV", "ParameterSet", "build_deck", "deck_key", "parameters_cell", "run_parameters",
           "with_deck_key"]
