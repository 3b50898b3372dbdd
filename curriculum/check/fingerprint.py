"""Self-check without giving the answer away: salted answer fingerprints.

The teacher runs :func:`fingerprint` once while writing the assignment and pastes the
token into the public test; the released notebook then holds only the token::

    require(self_check(s_wet, "cm1:eyJr..."))

:func:`self_check` reads the student's answer the same way ``compare`` does, puts each
number into a bucket on a logarithmic grid and compares salted hashes.  A number or a
quantity is right when its bucket is one of the fine buckets (``rtol/8`` wide) whose middle
lies within ``rtol`` of the right answer, so the self-check says what the hidden check will
say except in a band of ``rtol/16`` at the edges of the tolerance: an answer ``0.93·rtol``
away always looks right, one ``1.07·rtol`` away never does.  Anticipated mistakes (rules)
get fingerprints of their own on a coarser grid (buckets ``4·rtol`` wide, the grid shifted
so that the mistake sits in the middle half of its bucket), so a self-check can also say
which mistake it sees.  Expressions are fingerprinted by their values at points chosen
from the salt (a coarse bucket per point: their tolerance is ``1e-6``).

A fingerprint hides the answer from reading, not from a student who tries value after
value: the hidden tests, which run only when the teacher grades, decide the grade.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import secrets
import zlib
from dataclasses import dataclass
from typing import Any

import pint
import sympy

from ..i18n import LANGUAGES, _, in_language
from ..numbers import NumberFormatError
from ..units import Q_, UnitFormatError
from .limits import TimeLimitExceeded, time_limit
from .parse import ParseError
from .quantities import _is_energy_unit, is_torque, labelling_units, mislabelled, torque_in_energy_units, wrong_dimension
from .result import Code, Result
from .rules import Rule, flatten

PREFIX = "cm1:"
DECK_PREFIX = "cmv1:"
"""A self-check of a task with variants: one fingerprint per parameter set of the class's deck."""
_POINTS = 4
_CALLS = [0]  # fingerprints made in this process: the teacher's run salts the n-th from its parameter set and n


@dataclass(frozen=True)
class Fingerprint:
    kind: str  # "number", "quantity", "expression"
    salt: str
    width: float
    grids: tuple[float, ...]
    digest: str
    dimension: str = ""
    symbols: tuple[str, ...] = ()
    mistakes: tuple[tuple[str, str, dict], ...] = ()  # (code, digest, message per language or {})
    fine: float = 0.0  # the width of the fine buckets of a number or quantity (0: a token made before them)
    accepted: tuple[str, ...] = ()  # the digests of the fine buckets within rtol of the answer, sorted
    torque: bool = False  # the teacher's unit is a moment of force (N·m), not energy (J): a kind, not a secret

    def token(self) -> str:
        data = {"k": self.kind, "s": self.salt, "w": self.width, "g": list(self.grids), "d": self.digest,
                "u": self.dimension, "v": list(self.symbols), "m": [list(m) for m in self.mistakes]}
        if self.accepted:
            data.update(f=self.fine, a=list(self.accepted))
        if self.torque:  # only then, so that every other token stays as it was
            data["t"] = 1
        raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
        return PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def from_token(cls, token: str) -> Fingerprint:
        if not isinstance(token, str) or not token.startswith(PREFIX):
            raise ValueError("not a curriculum answer fingerprint (it starts with 'cm1:')")
        body = token[len(PREFIX):]
        data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
        return cls(data["k"], data["s"], float(data["w"]), tuple(data["g"]), data["d"], data["u"], tuple(data["v"]),
                   tuple((c, d, m) for c, d, m in data["m"]), float(data.get("f", 0.0)), tuple(data.get("a", ())),
                   bool(data.get("t", 0)))


def _points(salt: str, symbols: tuple[str, ...]) -> list[dict[str, float]]:
    rng = random.Random(salt)
    return [{name: rng.uniform(0.5, 2.5) for name in symbols} for _ in range(_POINTS)]


def _values(kind: str, value: Any, symbols: tuple[str, ...], salt: str) -> list[float]:
    if kind == "expression":
        expr = sympy.sympify(value)
        subs = {sympy.Symbol(s): None for s in symbols}
        out = []
        for point in _points(salt, symbols):
            plain = expr.xreplace({s: sympy.Symbol(s.name) for s in expr.free_symbols if isinstance(s, sympy.Symbol)})
            number = complex(plain.evalf(15, subs={sympy.Symbol(k): v for k, v in point.items()}))
            if abs(number.imag) > 1e-12 * max(1.0, abs(number.real)):
                raise ValueError("the expression is not real at the check points")
            out.append(number.real)
        del subs
        return out
    if kind == "quantity":
        return [float(value.to_base_units().magnitude)]
    return [float(value)]


def _bucket(value: float, width: float, grid: float) -> str:
    if abs(value) < 1e-12:
        return "0"
    return f"{'-' if value < 0 else '+'}{math.floor(math.log(abs(value)) / width + grid)}"


_FINE = 8
"""Fine buckets per ``rtol``: the self-check of a number disagrees with the hidden check only within ``rtol/(2·_FINE)``
of the tolerance's edges."""


def _fine_digest(salt: str, kind: str, dimension: str, value: float, fine: float) -> str:
    return _digest(salt, f"{kind}/fine", dimension, [_bucket(value, fine, 0.0)])


def _accepted(salt: str, kind: str, dimension: str, value: float, rtol: float, fine: float) -> tuple[str, ...]:
    """The digests of the fine buckets whose middle lies within ``rtol`` of ``value`` (as ``compare`` measures it:
    ``|x - value| <= rtol·|value|``), sorted so that their order says nothing of the grid."""
    if abs(value) < 1e-12:
        return (_fine_digest(salt, kind, dimension, value, fine),)
    low = math.log(abs(value)) + (math.log1p(-rtol) if rtol < 1 else -math.inf)
    high = math.log(abs(value)) + math.log1p(rtol)
    here = math.floor(math.log(abs(value)) / fine)
    sign = -1.0 if value < 0 else 1.0
    found = set()
    for k in range(here - 2 * _FINE - 2, here + 2 * _FINE + 3):
        middle = (k + 0.5) * fine
        if low <= middle <= high:
            found.add(_fine_digest(salt, kind, dimension, sign * math.exp(middle), fine))
    found.add(_fine_digest(salt, kind, dimension, value, fine))  # the answer itself, whatever the rounding
    return tuple(sorted(found))


def dimension_text(quantity: Any) -> str:
    """A quantity's dimension in one spelling: pint's own depends on the order units were first met in the process
    (``N*m`` may print ``[length] ** 2 * [mass] / [time] ** 2`` or ``[mass] * [length] ** 2 / [time] ** 2``)."""
    items = sorted(dict(quantity.dimensionality).items())
    if not items:
        return "dimensionless"
    return " * ".join(f"{name} ** {power:g}" if power != 1 else name for name, power in items)


def _same_dimension(quantity: Any, text: str) -> bool:
    """Whether ``quantity`` measures the dimension a token wrote (in any spelling: tokens made before
    :func:`dimension_text` keep pint's)."""
    from pint.util import ParserHelper

    written = {name: power for name, power in ParserHelper.from_string(text).items()
               if power and name != "dimensionless"}
    return dict(quantity.dimensionality) == written


_BASE = {"length": "m", "mass": "kg", "time": "s", "current": "A", "temperature": "K", "substance": "mol",
         "luminosity": "cd"}


def _quantity_of(text: str) -> Any:
    """One of the base units' quantities of the dimension a token wrote (to name it as the hidden check does)."""
    from pint.util import ParserHelper

    written = {name.strip("[]"): power for name, power in ParserHelper.from_string(text).items()
               if power and name != "dimensionless"}
    return Q_(1, "dimensionless" if not written else " * ".join(f"{_BASE[n]} ** {p:g}" for n, p in written.items()))


def _digest(salt: str, kind: str, dimension: str, buckets: list[str]) -> str:
    text = "|".join([salt, kind, dimension, *buckets])
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def _kind_of(answer: Any) -> str:
    if isinstance(answer, pint.Quantity):
        return "quantity"
    if isinstance(answer, sympy.Basic) and answer.free_symbols:
        return "expression"
    return "number"


def _read(kind: str, value: Any, options: dict[str, Any]) -> Any:
    from .compare import _as_number, _as_quantity, _to_math

    if kind == "quantity":
        return _as_quantity(value, options)
    if kind == "expression":
        return _to_math(value, options)
    return _as_number(value, options)


def _author_value(answer: Any) -> Any:
    """The teacher's answer as written in Python notation: a quantity, a number or an expression."""
    if not isinstance(answer, str):
        return answer
    from ..units import parse_quantity
    from .parse import parse_math

    try:
        q = parse_quantity(answer, "en")
        return q.quantity if q.unit_text else q.number.value
    except (NumberFormatError, UnitFormatError):
        return parse_math(answer, lang="en")


def fingerprint(answer: Any, *, rtol: float | None = None, mistakes: Any = None, salt: str | None = None) -> str:
    """A token for the public test: the answer (number, pint quantity, sympy expression or its text) cannot be read from it.

    ``rtol`` defaults to 1e-2 for numbers and quantities and 1e-6 for expressions;
    ``mistakes`` are rules (:mod:`curriculum.check.rules`) whose wrong answers the self-check will name.
    """
    salt = salt or _teacher_salt() or secrets.token_hex(6)
    answer = _author_value(answer)
    kind = _kind_of(answer)
    rtol = rtol if rtol is not None else (1e-6 if kind == "expression" else 1e-2)
    width = 4 * rtol
    dimension = dimension_text(answer) if kind == "quantity" else ""
    symbols = tuple(sorted(s.name for s in answer.free_symbols)) if kind == "expression" else ()

    def buckets_for(value: Any, grids: tuple[float, ...]) -> list[str]:
        return [_bucket(v, width, g) for v, g in zip(_values(kind, value, symbols, salt), grids)]

    values = _values(kind, answer, symbols, salt)
    grids = tuple(0.0 if abs(v) < 1e-12 or 0.25 <= (math.log(abs(v)) / width) % 1 <= 0.75 else 0.5 for v in values)
    digest = _digest(salt, kind, dimension, buckets_for(answer, grids))
    fine, accepted = 0.0, ()
    if kind != "expression" and 0 < rtol < 0.5:
        fine = rtol / _FINE
        accepted = _accepted(salt, kind, dimension, values[0], rtol, fine)
    found = []
    for rule in flatten(mistakes):
        buggy = _author_value(rule.buggy(answer))
        message = {}
        for lang in LANGUAGES:  # built-in messages come from the catalogue: store all three
            with in_language(lang):
                message[lang] = rule.text()
        found.append((rule.code, _digest(salt, kind, dimension, buckets_for(buggy, grids)), message))
    torque = kind == "quantity" and is_torque(answer)
    token = Fingerprint(kind, salt, width, grids, digest, dimension, symbols, tuple(found), fine, accepted, torque).token()
    from .record import record_teacher

    record_teacher({"fingerprint": token})
    return token


def _teacher_salt() -> str:
    """In the grader's run of the teacher's notebook, a salt that the same run makes again (the release is reproducible)."""
    import os

    from .record import TEACHER_ENV

    _CALLS[0] += 1
    if not os.environ.get(TEACHER_ENV):
        return ""
    from ..variants.draw import active

    variant = active()
    base = (variant.seed or "example") if variant is not None else "plain"
    return hashlib.sha256(f"{base}/{_CALLS[0]}".encode()).hexdigest()[:12]


def variant_key(seed: str | None) -> str:
    """How a deck token names a parameter set: a short hash of its seed (``example`` for the example)."""
    return "example" if seed is None else hashlib.sha256(seed.encode()).hexdigest()[:10]


def fingerprint_deck(tokens: dict[str | None, str]) -> str:
    """One self-check token for every parameter set (seed -> its ``cm1:`` token); none holds an answer."""
    for token in tokens.values():
        Fingerprint.from_token(token)
    data = {variant_key(seed): token[len(PREFIX):] for seed, token in sorted(tokens.items(), key=lambda kv: str(kv[0]))}
    raw = zlib.compress(json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode(), 9)
    return DECK_PREFIX + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def deck_tokens(token: str) -> dict[str, str]:
    """The ``cm1:`` token of each parameter set in a ``cmv1:`` token, by :func:`variant_key`."""
    body = token[len(DECK_PREFIX):]
    data = json.loads(zlib.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))))
    return {key: PREFIX + value for key, value in data.items()}


def _token_for_this_variant(token: str) -> str | None:
    from ..variants.draw import active

    variant = active()
    return deck_tokens(token).get(variant_key(variant.seed if variant is not None else None))


def self_check(student: Any, token: str, **options: Any) -> Result:
    """Right or wrong (and which anticipated mistake), judged from the fingerprint alone.

    A ``cmv1:`` token holds a fingerprint per parameter set: the one of the numbers this notebook
    drew (:mod:`curriculum.variants`) is used."""
    if isinstance(token, str) and token.startswith(DECK_PREFIX):
        own = _token_for_this_variant(token)
        if own is None:
            return Result(False, 0.0, Code.NO_SELF_CHECK, _(
                "There is no self-check for the numbers of this copy: it was not made from this class's release. "
                "Ask your teacher for your own copy."))
        token = own
    if isinstance(token, str) and token.startswith("cq1:"):  # a query's result (curriculum.check.query)
        from .query import query_self_check

        result = query_self_check(student, token)
    else:
        result = _self_check(student, token, **options)
    from .record import record_teacher

    record_teacher({"self_check": result.correct, "code": str(result.code)})
    return result


def _self_check(student: Any, token: str, **options: Any) -> Result:
    fp = Fingerprint.from_token(token)
    try:
        with time_limit(float(options.pop("timeout", 5.0))):
            value = _read(fp.kind, student, options)
            if fp.kind == "quantity":
                if not isinstance(value, pint.Quantity):
                    return Result(False, 0.0, Code.NO_UNITS, _("Give the answer with a unit."))
                if not _same_dimension(value, fp.dimension):
                    return wrong_dimension(value, _quantity_of(fp.dimension))
            if fp.kind == "expression":
                extra = sorted(s.name for s in getattr(value, "free_symbols", ()) if s.name not in fp.symbols)
                if extra:
                    return Result(False, 0.0, Code.WRONG_VARIABLES,
                                  _("Your answer uses {names}, which the answer does not depend on. Check the letters you used.",
                                    names=", ".join(extra)))
            values = _values(fp.kind, value, fp.symbols, fp.salt)
            buckets = [_bucket(v, fp.width, g) for v, g in zip(values, fp.grids)]
    except TimeLimitExceeded:
        return Result(False, 0.0, Code.TIMEOUT, _("Checking your answer took too long. Try writing it in a simpler form."))
    except (ParseError, NumberFormatError, UnitFormatError) as exc:
        from .compare import _invalid

        return _invalid(exc)
    except (TypeError, ValueError, ArithmeticError):
        return Result(False, 0.0, Code.NOT_EQUIVALENT, _("Not right yet."))
    digest = _digest(fp.salt, fp.kind, fp.dimension, buckets)
    if fp.accepted:
        right = _fine_digest(fp.salt, fp.kind, fp.dimension, values[0], fp.fine) in fp.accepted
    else:  # a token made before fine buckets: right within rtol, sometimes up to 3·rtol
        right = digest == fp.digest
    if right and fp.torque and _is_energy_unit(value):
        return torque_in_energy_units(value)  # what the hidden check says (quantities._torque_not_energy)
    if right:
        return Result(True, 1.0, Code.EQUIVALENT, _("Looks right. The hidden tests decide the grade."))
    for code, mistake_digest, message in fp.mistakes:
        if digest == mistake_digest:
            from ..i18n import pick

            text = pick(message) if message else _("Not right yet: this looks like a common mistake ({code}).", code=code)
            return Result(False, 0.0, code, text)
    if fp.kind == "quantity" and fp.accepted:  # a number meant in another unit: the hidden check names it too
        for unit in labelling_units(value.dimensionality, fp.torque):
            meant = float(Q_(value.magnitude, unit).to_base_units().magnitude)
            if unit != value.units and _fine_digest(fp.salt, fp.kind, fp.dimension, meant, fp.fine) in fp.accepted:
                return mislabelled(unit, value.units)
    if fp.kind != "expression" and fp.accepted and abs(values[0]) >= 1e-12 and _fine_digest(
            fp.salt, fp.kind, fp.dimension, -values[0], fp.fine) in fp.accepted:  # as numeric and quantities say
        return Result(False, 0.0, Code.WRONG_SIGN, _("Check the sign of your answer."))
    return Result(False, 0.0, Code.NOT_EQUIVALENT, _("Not right yet."))


__all__ = ["DECK_PREFIX", "Fingerprint", "Rule", "deck_tokens", "fingerprint", "fingerprint_deck", "self_check", "variant_key"]
