"""A task's parameters, drawn for one student: the author's parameters cell runs this in every kernel.

The author marks the parameters once, in a locked code cell of the source notebook, in plain
Python that the task text can show (``{speed} km/h`` in a Markdown cell)::

    from curriculum.variants import Variant

    variant = Variant(count=12)                        # twelve parameter sets per class
    speed = variant.choice([90, 72, 81, 99, 108])      # km/h; the first value is the example
    mu_wet = variant.uniform(0.40, 0.60, step=0.05)
    variant.require(speed / 3.6 < 30, "the test track allows at most 108 km/h")
    variant.distinct(speed)                            # no two students of a class get the same speed

Which numbers a kernel gets depends on where it runs (:func:`resolve`): the grader (its own run of
the teacher's notebook, a student's graded kernel, lint) says so in ``CURRICULUM_VARIANT``; a
student's copy made for them (by nbgrader's fetch or ``curriculum variants handout``) carries its
variant in the notebook's metadata, which the kernel reads from the notebook file; anything else
(the teacher's source, a copy that was not made for anyone) gets the *example*: the first value of
every draw. Every draw is a function of the variant's seed and the draw's position only (SHA-256,
never Python's ``random``, whose algorithms may change between Python versions), so the same seed
gives the same numbers on any machine, now and at grading.

Nothing here is secret: parameters are shown to the student. Answers never come from here.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

ENV = "CURRICULUM_VARIANT"
"""JSON ``{"seed", "number", "student"}``: set by the grader for the kernels it starts."""
RECORD = "variant"
"""Key of a personalised copy's record under the notebook's ``metadata.curriculum``."""

T = TypeVar("T")


class VariantError(ValueError):
    """The parameters cannot be drawn as written (an empty list, a step that does not fit, an example that breaks a constraint)."""


class Rejected(Exception):
    """A draw broke one of the author's constraints: the deck builder tries the next seed (never seen in a kernel)."""


@dataclass(frozen=True)
class Assigned:
    """Whose numbers a kernel draws: the seed of one parameter set, or ``None`` for the example."""

    seed: str | None
    number: int = 0
    """1..count for a parameter set of the class's deck, 0 for the example."""
    student: str = ""
    origin: str = "example"
    """``grader`` (the environment), ``notebook`` (a personalised copy's record), ``build`` (the deck builder) or ``example``."""
    deck: str = ""


_BUILDING: ContextVar[Assigned | None] = ContextVar("curriculum_variant_building", default=None)
"""Set by the deck builder (:mod:`curriculum.variants.deck`) while it runs a parameters cell in-process."""
_ACTIVE: list[Variant] = []


def active() -> Variant | None:
    """The last :class:`Variant` made in this process (the notebook's), if any."""
    return _ACTIVE[-1] if _ACTIVE else None


class Variant:
    """The parameter draws of one notebook: every call draws the next value from the assigned seed.

    ``count`` is how many different parameter sets a class's deck holds (each student gets one of them);
    ``deck`` is filled in by the release (the course's deck), so that a kernel can tell its own copy's
    record from another assignment's.
    """

    def __init__(self, count: int = 8, *, deck: str = "") -> None:
        if not isinstance(count, int) or count < 1:
            raise VariantError(f"count must be a whole number of parameter sets, at least 1 (not {count!r})")
        self.count = count
        self.deck = deck
        building = _BUILDING.get()
        self.assigned = building if building is not None else resolve(deck)
        self.drawn: list[Any] = []
        """Every value drawn, in order (what makes two parameter sets different)."""
        self.distinct_values: list[tuple[tuple, float]] = []
        """What :meth:`distinct` asked for, in order: the values and the relative tolerance."""
        self._position = 0
        _ACTIVE.append(self)
        del _ACTIVE[:-1]
        if self.assigned.origin == "example" and not os.environ.get("NBGRADER_EXECUTION") and building is None:
            from ..i18n import _

            print(_("These are the example numbers: this copy of the notebook was not made for a student. "
                    "Ask your teacher for your own copy; your work is graded with your own numbers."))

    # -- what a kernel shows ----------------------------------------------------------------

    @property
    def number(self) -> int:
        return self.assigned.number

    @property
    def seed(self) -> str | None:
        return self.assigned.seed

    @property
    def is_example(self) -> bool:
        return self.assigned.seed is None

    def __repr__(self) -> str:
        who = "example" if self.is_example else f"variant {self.number}" + (f" of {self.assigned.student}" if self.assigned.student else "")
        return f"Variant({who}, count={self.count})"

    # -- draws -----------------------------------------------------------------------------

    def _unit(self) -> float:
        """The next number in [0, 1) of this seed's stream."""
        digest = hashlib.sha256(f"{self.assigned.seed}/{self._position}".encode()).hexdigest()
        self._position += 1
        return int(digest[:13], 16) / 16 ** 13

    def choice(self, options: Sequence[T], *, example: T | None = None) -> T:
        """One of ``options``; the example is ``example`` or else the first option."""
        options = list(options)
        if not options:
            raise VariantError("choice() needs at least one option")
        if self.is_example:
            self._position += 1
            return self._drew(options[0] if example is None else example)
        return self._drew(options[min(int(self._unit() * len(options)), len(options) - 1)])

    def uniform(self, low: float, high: float, *, step: float, example: float | None = None) -> float:
        """``low``, ``low + step``, ... up to ``high``, each as likely; whole numbers stay ``int`` when all three are."""
        if step <= 0 or high < low:
            raise VariantError(f"uniform({low!r}, {high!r}, step={step!r}) needs low <= high and a positive step")
        exact = [Decimal(repr(x)) for x in (low, high, step)]
        steps = (exact[1] - exact[0]) / exact[2]
        if steps != steps.to_integral_value():
            raise VariantError(f"uniform({low!r}, {high!r}, step={step!r}): the step does not divide the range")
        values = int(steps) + 1
        if self.is_example:
            self._position += 1
            return self._drew(low if example is None else example)
        k = min(int(self._unit() * values), values - 1)
        value = exact[0] + k * exact[2]
        return self._drew(int(value) if all(isinstance(x, int) for x in (low, high, step)) else float(value))

    def _drew(self, value: T) -> T:
        self.drawn.append(value)
        return value

    def pick(self, sets: Sequence[T], *, example: T | None = None) -> T:
        """One of the author's hand-picked parameter sets (tuples or dicts); the example is the first."""
        return self.choice(sets, example=example)

    def distinct(self, *values: Any, rtol: float = 0.0) -> None:
        """No two parameter sets of a class's deck share these values (numbers closer than ``rtol`` count as the same).

        ``variant.distinct(length / speed, rtol=0.02)`` makes the travel time an answer no two students share,
        so an answer handed in from another student's task is told apart (``curriculum lint`` checks every
        answer of every set anyway)."""
        self.distinct_values.append((tuple(values), float(rtol)))

    def require(self, condition: Any, reason: str = "") -> None:
        """A constraint between parameters: a deck keeps only the draws that meet it."""
        if condition:
            return
        if self.assigned.origin == "build":
            raise Rejected(reason)
        what = "the example numbers" if self.is_example else f"the numbers of variant {self.number}"
        raise VariantError(f"{what} break the constraint {reason!r}" if reason else f"{what} break a constraint")


def _assigned_from(doc: Mapping[str, Any], origin: str) -> Assigned:
    seed = doc.get("seed")
    return Assigned(str(seed) if seed else None, int(doc.get("number") or 0), str(doc.get("student") or ""), origin,
                    str(doc.get("deck") or ""))


def resolve(deck: str = "") -> Assigned:
    """Whose numbers this kernel draws: the grader's word, else the notebook's own record, else the example."""
    if os.environ.get(ENV):
        try:
            return _assigned_from(json.loads(os.environ[ENV]), "grader")
        except (ValueError, TypeError, AttributeError) as exc:
            raise VariantError(f"{ENV} is not a variant record: {exc}") from None
    record = notebook_record(deck)
    if record is not None:
        return _assigned_from(record, "notebook")
    return Assigned(None)


def _session_paths() -> list[Path]:
    """The notebook this kernel runs, as the front end told it (JupyterLab, Notebook 7, VS Code)."""
    found = []
    try:
        from IPython import get_ipython

        shell = get_ipython()
    except ImportError:  # pragma: no cover - IPython is always there in a kernel
        shell = None
    names = dict(shell.user_ns) if shell is not None else {}
    for value in (names.get("__session__"), os.environ.get("JPY_SESSION_NAME"), names.get("__vsc_ipynb_file__")):
        if value and str(value).endswith(".ipynb"):
            found += [Path(str(value)), Path.cwd() / Path(str(value)).name]  # a server's path may be relative to its root
    return found


def read_record(path: Path) -> dict | None:
    """A notebook file's personalisation record, if it has one."""
    try:
        with open(path, encoding="utf-8") as fh:
            metadata = json.load(fh).get("metadata", {})
    except (OSError, ValueError, AttributeError):
        return None
    record = metadata.get("curriculum", {}).get(RECORD) if isinstance(metadata, dict) else None
    return record if isinstance(record, dict) and record.get("seed") else None


def notebook_record(deck: str = "") -> dict | None:
    """This notebook's record: from the file the front end names, else the one record the notebooks here agree on.

    ``nbgrader validate`` runs a notebook without telling the kernel its file; the notebooks of one
    assignment's folder were all made for the same student, so their records agree.
    """
    for path in _session_paths():
        if path.is_file():
            record = read_record(path)
            if record is not None and (not deck or record.get("deck") == deck):
                return record
    records = {}
    for path in sorted(Path.cwd().glob("*.ipynb")):
        record = read_record(path)
        if record is not None and (not deck or record.get("deck") == deck):
            records[(record.get("seed"), record.get("student"))] = record
    return next(iter(records.values())) if len(records) == 1 else None


def shown_values(namespace: Mapping[str, Any]) -> dict[str, Any]:
    """The values a parameters cell defines that a task text can show: numbers, text, and lists or dicts of them."""

    def plain(value: Any) -> bool:
        if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
            return True
        if isinstance(value, float):
            return math.isfinite(value)
        if isinstance(value, (list, tuple)):
            return all(plain(v) for v in value)
        if isinstance(value, dict):
            return all(isinstance(k, str) and plain(v) for k, v in value.items())
        return False

    return {name: (list(value) if isinstance(value, tuple) else value) for name, value in namespace.items()
            if not name.startswith("_") and plain(value)}


__all__ = ["ENV", "Assigned", "Rejected", "Variant", "VariantError", "active", "resolve", "shown_values"]
