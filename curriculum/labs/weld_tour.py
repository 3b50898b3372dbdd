"""The welding robot's tour over the weld spots of a side panel: tour length, a valid tour, nearest neighbour and
2-opt.

The model of module ``inf-11-weld-tour``. A spot-welding robot of the body shop welds ``len(SPOTS) - 1`` weld spots
on a side panel (coordinates in millimetres in the panel's frame; fictional but plausible numbers). It starts at its
**home position** ``SPOTS[0]``, visits every weld spot once and comes back home: its **tour** is a list of spot
numbers that starts with 0 and holds every number from 0 to ``n - 1`` once (``n = len(spots)``). The tour's
**length** is that of the closed path: from each spot to the next and from the last back home.

* **Nearest neighbour** (a greedy algorithm): from home, always go to the nearest spot not visited yet; of equally
  near spots, the one with the lower number.
* **A 2-opt move** ``(i, j)``, ``0 <= i < j <= n - 1``, removes the edges ``a-b`` and ``c-d`` with ``a = tour[i]``,
  ``b = tour[i + 1]``, ``c = tour[j]``, ``d = tour[(j + 1) % n]`` and joins ``a-c`` and ``b-d``: the part
  ``tour[i + 1 : j + 1]`` is driven backwards. The length changes by ``d(a, c) + d(b, d) - d(a, b) - d(c, d)``
  (negative: the tour gets shorter). Home stays first.
* **2-opt**: make moves that shorten the tour until none does. The tour it stops at is a **local optimum**: no one
  move improves it, but a shorter tour may still exist (the panel here has one: see ``BEST_LENGTH``).

>>> square = [(0, 0), (0, 10), (10, 0), (10, 10)]
>>> round(tour_length(square, [0, 1, 2, 3]), 2), tour_length(square, [0, 1, 3, 2])
(48.28, 40.0)
>>> nearest_neighbour(square), is_valid_tour([0, 2, 2, 1], 4)
([0, 1, 3, 2], False)
>>> round(move_change(square, [0, 1, 2, 3], 0, 2), 2), two_opt(square, [0, 1, 2, 3])
(-8.28, [0, 2, 1, 3])
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..i18n import pick
from ..numbers import format_trimmed
from .core import Plot
from .inputs import count, number

SPOTS: tuple[tuple[int, int], ...] = (
    (0, 0),
    (700, 620), (820, 390), (1090, 230), (1250, 550), (760, 310), (1370, 470),
    (380, 680), (640, 150), (210, 100), (110, 640), (1320, 300), (1080, 640),
)
"""The home position (spot 0) and the 12 weld spots of the side panel, (x, y) in mm (fictional, plausible)."""

WELD_SPOTS = len(SPOTS) - 1
"""The weld spots of one panel (home is not welded)."""

TAUGHT = tuple(range(len(SPOTS)))
"""The order in which the spots were taught to the robot (spot by spot, as the drawing numbers them): the tour it
drives before anyone optimises it."""

SPEED_MM_S = 500
"""The robot's average speed between two spots, mm/s (with its accelerations; fictional, plausible)."""

WELD_S = 1.5
"""The time at one spot, s: the gun closes, welds and opens (fictional, plausible)."""

PANELS_PER_CAR = 2
"""The robot welds the left and the right side panel of every car (mirror images: the same tour length)."""

TAKT_S = 67.5
"""The line's takt time, s (module math-07-takt: 27 000 s of working time for a demand of 400 cars)."""

BEST_LENGTH = 3661.96
"""The shortest tour of ``SPOTS``, mm, to 2 decimals (the module's test finds it by an exact search over every
tour, the Held-Karp method)."""

TARGET_MM = 3700
"""The design task's target: a tour of at most this length (the shortest tour plus about 1 %)."""

_EPS = 1e-9
"""A move counts as shortening the tour when it changes the length by less than ``-_EPS`` (rounding errors of a
change that is really 0 must not count)."""


_ERRORS: Mapping[str, Mapping[str, str]] = {
    "spots": {"kk": "spots — нүктелердің (x, y) координаталарының бос емес тізімі болуы керек, берілгені: {value}",
              "ru": "spots должен быть непустым списком координат (x, y) точек, получено: {value}",
              "en": "spots should be a non-empty list of the spots' (x, y) coordinates, got {value}"},
    "spot": {"kk": "spots[{k}] — екі саннан тұратын (x, y) жұбы болуы керек, берілгені: {value}",
             "ru": "spots[{k}] должен быть парой из двух чисел (x, y), получено: {value}",
             "en": "spots[{k}] should be a pair of two numbers (x, y), got {value}"},
    "tour": {"kk": "tour — нүктелер нөмірлерінің тізімі болуы керек, берілгені: {value}",
             "ru": "tour должен быть списком номеров точек, получено: {value}",
             "en": "tour should be a list of spot numbers, got {value}"},
    "unknown": {"kk": "tour ішінде {value} нөмірлі нүкте жоқ: нөмірлер 0-ден {last}-ге дейін",
                "ru": "в tour нет точки с номером {value}: номера от 0 до {last}",
                "en": "tour names spot {value}, which does not exist: the numbers go from 0 to {last}"},
    "move": {"kk": "2-opt қадамы үшін 0 <= i < j <= {last} болуы керек, берілгені: i = {i}, j = {j}",
             "ru": "для хода 2-opt нужно 0 <= i < j <= {last}, получено: i = {i}, j = {j}",
             "en": "a 2-opt move needs 0 <= i < j <= {last}, got i = {i}, j = {j}"},
    "invalid": {"kk": "Маршрут дұрыс емес: {problem}", "ru": "Маршрут неверен: {problem}",
                "en": "The tour is not valid: {problem}"},
}

PROBLEMS: Mapping[str, Mapping[str, str]] = {
    "empty": {"kk": "онда бірде-бір нүкте жоқ", "ru": "в нём нет ни одной точки", "en": "it has no spots"},
    "not-a-number": {"kk": "«{value}» нүктенің нөмірі емес", "ru": "«{value}» — не номер точки",
                     "en": "'{value}' is not a spot number"},
    "unknown": {"kk": "{value} нөмірлі нүкте жоқ (нөмірлер 0-ден {last}-ге дейін)",
                "ru": "точки с номером {value} нет (номера от 0 до {last})",
                "en": "there is no spot {value} (the numbers go from 0 to {last})"},
    "start": {"kk": "ол бастапқы позициядан (0) емес, {value} нүктесінен басталады",
              "ru": "он начинается не с исходной позиции (0), а с точки {value}",
              "en": "it starts at spot {value}, not at the home position (0)"},
    "closed": {"kk": "соңында 0 қайта жазылған: маршрут соңғы нүктеден бастапқы позицияға өзі қайтады, 0 тек басында "
                     "жазылады",
               "ru": "в конце снова записан 0: из последней точки маршрут сам возвращается в исходную позицию, 0 "
                     "пишется только в начале",
               "en": "0 is written again at the end: the tour returns home from its last spot by itself, so 0 is "
                     "written only at the start"},
    "twice": {"kk": "{value} нүктесі екі рет кездеседі", "ru": "точка {value} встречается дважды",
              "en": "spot {value} comes twice"},
    "missing": {"kk": "{value} нүктесі жоқ", "ru": "нет точки {value}", "en": "spot {value} is missing"},
}


def _is_list(value: Any) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes))


def _spots(spots: Any) -> list[tuple[float, float]]:
    if not _is_list(spots) or not spots:
        raise ValueError(pick(_ERRORS["spots"]).format(value=repr(spots)))
    out = []
    for k, spot in enumerate(spots):
        if not _is_list(spot) or len(spot) != 2:
            raise ValueError(pick(_ERRORS["spot"]).format(k=k, value=repr(spot)))
        out.append((number(f"spots[{k}][0]", spot[0]), number(f"spots[{k}][1]", spot[1])))
    return out


def _tour(tour: Any, n: int | None = None) -> list[int]:
    if not _is_list(tour):
        raise ValueError(pick(_ERRORS["tour"]).format(value=repr(tour)))
    out = [count(f"tour[{k}]", t) for k, t in enumerate(tour)]
    if n is not None:
        for t in out:
            if t >= n:
                raise ValueError(pick(_ERRORS["unknown"]).format(value=t, last=n - 1))
    return out


# -- the model -------------------------------------------------------------------------------------------


def distance(p: Any, q: Any) -> float:
    """The straight distance between two spots ``(x, y)``, in their unit (mm)."""
    (x1, y1), (x2, y2) = _spots([p, q])
    return math.hypot(x2 - x1, y2 - y1)


def tour_length(spots: Any, tour: Any) -> float:
    """The length of the closed tour: spot to spot in the tour's order, then from the last back to the first (home).
    A tour of one spot has length 0. Neither argument is changed."""
    points = _spots(spots)
    order = _tour(tour, len(points))
    return sum(math.dist(points[order[k]], points[order[(k + 1) % len(order)]]) for k in range(len(order)))


def tour_problem(tour: Any, n: Any) -> tuple[str, Any] | None:
    """What is wrong with ``tour`` as a tour of ``n`` spots (``None``: nothing): ``("empty", None)``,
    ``("not-a-number", value)``, ``("unknown", spot)``, ``("start", first)``, ``("closed", 0)`` (a tour with the
    return home written as a last 0), ``("twice", spot)`` or ``("missing", spot)``, the first problem met in that
    order."""
    n = count("n", n, minimum=1)
    if not _is_list(tour) or not tour:
        return ("empty", None)
    for t in tour:
        if isinstance(t, bool) or not isinstance(t, int):
            return ("not-a-number", t)
    for t in tour:
        if not 0 <= t < n:
            return ("unknown", t)
    if tour[0] != 0:
        return ("start", tour[0])
    if len(tour) > 1 and tour[-1] == 0 and tour_problem(tour[:-1], n) is None:
        return ("closed", 0)
    seen: set[int] = set()
    for t in tour:
        if t in seen:
            return ("twice", t)
        seen.add(t)
    missing = [k for k in range(n) if k not in seen]
    return ("missing", missing[0]) if missing else None


def is_valid_tour(tour: Any, n: Any) -> bool:
    """A tour of ``n`` spots: a list that starts at home (0) and holds every spot number from 0 to ``n - 1`` once."""
    return tour_problem(tour, n) is None


def describe_problem(problem: tuple[str, Any], n: int, lang: str | None = None) -> str:
    """A problem of :func:`tour_problem` in words, in the course language."""
    code, value = problem
    return pick(PROBLEMS[code], lang).format(value=value, last=n - 1)


def nearest_neighbour(spots: Any) -> list[int]:
    """The nearest neighbour tour: from home (0), always to the nearest spot not visited yet; of equally near spots,
    the one with the lower number. ``spots`` is not changed."""
    points = _spots(spots)
    tour = [0]
    left = list(range(1, len(points)))
    while left:
        here = points[tour[-1]]
        nearest = min(left, key=lambda k: (math.dist(here, points[k]), k))
        tour.append(nearest)
        left.remove(nearest)
    return tour


def _move(spots: Any, tour: Any, i: Any, j: Any) -> tuple[list[tuple[float, float]], list[int], int, int]:
    points = _spots(spots)
    order = _tour(tour, len(points))
    i, j = count("i", i), count("j", j)
    if not i < j <= len(order) - 1:
        raise ValueError(pick(_ERRORS["move"]).format(last=len(order) - 1, i=i, j=j))
    return points, order, i, j


def move_change(spots: Any, tour: Any, i: Any, j: Any) -> float:
    """How much the 2-opt move ``(i, j)`` changes the tour's length: ``d(a, c) + d(b, d) - d(a, b) - d(c, d)`` with
    ``a, b = tour[i], tour[i + 1]`` and ``c, d = tour[j], tour[(j + 1) % n]`` (negative: shorter)."""
    points, order, i, j = _move(spots, tour, i, j)
    n = len(order)
    a, b, c, d = (points[order[k]] for k in (i, i + 1, j, (j + 1) % n))
    return math.dist(a, c) + math.dist(b, d) - math.dist(a, b) - math.dist(c, d)


def apply_move(tour: Any, i: Any, j: Any) -> list[int]:
    """The tour after the 2-opt move ``(i, j)``: ``tour[i + 1 : j + 1]`` reversed. A new list: ``tour`` is not
    changed."""
    order = _tour(tour)
    i, j = count("i", i), count("j", j)
    if not i < j <= len(order) - 1:
        raise ValueError(pick(_ERRORS["move"]).format(last=len(order) - 1, i=i, j=j))
    return order[:i + 1] + order[i + 1:j + 1][::-1] + order[j + 1:]


def improving_moves(spots: Any, tour: Any) -> list[tuple[int, int, float]]:
    """Every 2-opt move ``(i, j, change)`` that shortens the tour by more than rounding errors, in the order
    ``i = 0, 1, ...``, then ``j``."""
    points = _spots(spots)
    order = _tour(tour, len(points))
    n = len(order)
    return [(i, j, change) for i in range(n - 1) for j in range(i + 1, n)
            if (change := move_change(points, order, i, j)) < -_EPS]


def two_opt(spots: Any, tour: Any) -> list[int]:
    """2-opt: the first move (in the order of :func:`improving_moves`) that shortens the tour is made, and the search
    starts again, until no move shortens it. Returns a new list (``tour`` is not changed); it ends, since every move
    shortens the tour and there are finitely many tours."""
    points = _spots(spots)
    order = _tour(tour, len(points))
    n = len(order)
    improved = True
    while improved:
        improved = False
        for i in range(n - 1):
            for j in range(i + 1, n):
                if move_change(points, order, i, j) < -_EPS:
                    order = order[:i + 1] + order[i + 1:j + 1][::-1] + order[j + 1:]
                    improved = True
                    break
            if improved:
                break
    return order


def is_local_optimum(spots: Any, tour: Any) -> bool:
    """No 2-opt move shortens the tour by more than 1e-6 mm (a student's loop may stop at a change of -1e-12)."""
    points = _spots(spots)
    order = _tour(tour, len(points))
    n = len(order)
    return all(move_change(points, order, i, j) >= -1e-6 for i in range(n - 1) for j in range(i + 1, n))


def tour_count(n: Any) -> int:
    """Different tours of ``n`` spots with home fixed, a tour and its reverse counted once: ``(n - 1)! / 2`` (one
    for ``n`` of 1 to 3)."""
    n = count("n", n, minimum=1)
    return max(math.factorial(n - 1) // 2, 1)


def robot_time(length_mm: Any, spots: Any = WELD_SPOTS, speed: Any = SPEED_MM_S, weld_s: Any = WELD_S) -> float:
    """The robot's time for one panel, s: driving the tour at ``speed`` mm/s plus ``weld_s`` at each weld spot."""
    length_mm = number("length_mm", length_mm, minimum=0)
    spots = count("spots", spots)
    speed = number("speed", speed, positive=True)
    weld_s = number("weld_s", weld_s, minimum=0)
    return length_mm / speed + spots * weld_s


def car_time(length_mm: Any) -> float:
    """The robot's time for one car, s: both side panels (the same tour length)."""
    return PANELS_PER_CAR * robot_time(length_mm)


# -- what the lab shows and the design task --------------------------------------------------------------


def parse_order(text: Any) -> list[Any]:
    """The spot numbers of an order as the lab's box holds it: ``"0 9 8"``, ``"0, 9, 8"`` or ``"[0, 9, 8]"``; a list
    is taken as it is. A word that is not a whole number stays a string (:func:`tour_problem` names it)."""
    if _is_list(text):
        return list(text)
    if not isinstance(text, str):
        return [text]
    words = [w for w in re.split(r"[\s,;\[\]()]+", text) if w]
    return [int(w) if re.fullmatch(r"\d+", w) else w for w in words]


def order_text(tour: Sequence[int]) -> str:
    """An order as the lab's box writes it: the spot numbers with a space between."""
    return " ".join(str(t) for t in tour)


def tour_state(order: Any, i: Any = 0, j: Any = 2) -> dict[str, Any]:
    """Everything the lab shows for the order in its box and the 2-opt move ``(i, j)``: whether the order is a tour
    (else what is wrong), its length, the robot's times, the move's change and the tour after it."""
    n = len(SPOTS)
    tour = parse_order(order)
    problem = tour_problem(tour, n)
    known = [t for t in tour if isinstance(t, int) and not isinstance(t, bool) and 0 <= t < n]
    valid = problem is None
    length = tour_length(SPOTS, known) if known else 0.0
    welded = sum(1 for k in range(1, n) if known.count(k) == 1) if known and known[0] == 0 else 0
    i, j = count("i", i), count("j", j)
    m = len(known)
    chosen = tuple((known[k], known[(k + 1) % m]) for k in (i, j) if k < m)   # the edges the sliders point at
    move = None
    if valid and i < j <= n - 1:
        move = {"i": i, "j": j, "change": move_change(SPOTS, tour, i, j), "after": apply_move(tour, i, j),
                "edges": ((tour[i], tour[i + 1]), (tour[j], tour[(j + 1) % n]))}
        move["length_after"] = length + move["change"]
    nn = nearest_neighbour(SPOTS)
    # the robot's times belong to a tour: an order that is not one (a spot twice, one missing) has none
    return {"order": known, "valid": valid, "problem": problem, "length": length, "welded": welded,
            "robot_s": robot_time(length) if valid else None, "car_s": car_time(length) if valid else None,
            "move": move, "i": i, "j": j, "chosen": chosen,
            "local_optimum": valid and is_local_optimum(SPOTS, tour),
            "nn_length": tour_length(SPOTS, nn), "target": TARGET_MM}


def design_result(design: Mapping[str, Any]) -> dict[str, float]:
    """The tour of a design ``{"order": "0 9 8 ..."}`` (a text or a list): the weld spots it visits once and its
    length. An order that is not a tour is refused with what is wrong with it."""
    n = len(SPOTS)
    tour = parse_order(design["order"])
    problem = tour_problem(tour, n)
    if problem is not None:
        raise ValueError(pick(_ERRORS["invalid"]).format(problem=describe_problem(problem, n)))
    length = tour_length(SPOTS, tour)
    return {"welded": float(n - 1), "length": length, "car_s": car_time(length)}


# -- generated inputs for the hidden tests ----------------------------------------------------------------


def spot_lists(min_spots: int = 1, max_spots: int = 8, size: int = 6) -> Any:
    """A hypothesis strategy of ``(spots,)``: 1 to ``max_spots`` spots at whole coordinates from 0 to ``size``, so
    equal distances (ties) and even spots at one place come up often."""
    from hypothesis import strategies as st

    point = st.tuples(st.integers(0, size), st.integers(0, size))
    return st.lists(point, min_size=min_spots, max_size=max_spots).map(lambda s: (s,))


def spot_tours(min_spots: int = 1, max_spots: int = 8, size: int = 6) -> Any:
    """A hypothesis strategy of ``(spots, tour)``: spots of :func:`spot_lists` and a valid tour of them (home first,
    the rest shuffled)."""
    from hypothesis import strategies as st

    def with_tour(args: tuple) -> Any:
        spots = args[0]
        return st.permutations(list(range(1, len(spots)))).map(lambda rest: (spots, [0, *rest]))

    return spot_lists(min_spots, max_spots, size).flatmap(with_tour)


def candidate_tours(max_spots: int = 7) -> Any:
    """A hypothesis strategy of ``(tour, n)``: a tour of ``n`` spots, or one spoilt the ways tours go wrong (a spot
    twice, one missing, a wrong start, one too many or too few, an unknown number)."""
    from hypothesis import strategies as st

    def spoil(args: tuple) -> Any:
        n, tour, how, k, v = args
        tour = list(tour)
        if how == "twice" and n > 1:
            tour[k % n] = tour[(k + 1) % n]
        elif how == "drop" and n > 1:          # a tour is never empty: the tasks say so
            del tour[k % n]
        elif how == "extra":
            tour.insert(k % (n + 1), v % (n + 1))
        elif how == "rotate":
            tour = tour[k % n:] + tour[:k % n]
        elif how == "replace":
            tour[k % n] = v % (n + 2)
        return (tour, n)

    def shuffled(n: int) -> Any:
        return st.tuples(st.just(n), st.permutations(list(range(1, n))).map(lambda rest: [0, *rest]),
                         st.sampled_from(["none", "none", "twice", "drop", "extra", "rotate", "replace"]),
                         st.integers(0, 20), st.integers(0, 20))

    return st.integers(1, max_spots).flatmap(shuffled).map(spoil)


def judge_two_opt(spots: Sequence[Any], tour: Sequence[int], result: Any, changed: bool = False,
                  lang: str | None = None) -> str:
    """What a student's ``two_opt(spots, tour)`` gave, in words: ``"ok"`` for a tour of the same spots, home first,
    not longer than ``tour``, that no 2-opt move shortens, with the arguments unchanged; else what is wrong, in the
    course language (the hidden test shows it with the smallest input where it happens)."""
    n = len(spots)
    if changed:
        return pick({"kk": "функция аргументтің өзін өзгертті (tour тізімі басқа болып қалды)",
                     "ru": "функция изменила сам аргумент (список tour стал другим)",
                     "en": "the function changed its argument (the list tour is different afterwards)"}, lang)
    if result is None:
        return pick({"kk": "функция ештеңе қайтармады (None): жаңа маршрутты return арқылы қайтарыңыз",
                     "ru": "функция ничего не вернула (None): верните новый маршрут через return",
                     "en": "the function returned nothing (None): return the new tour with return"}, lang)
    problem = tour_problem(list(result) if _is_list(result) else result, n)
    if problem is not None:
        return pick({"kk": "{got} маршрут емес: {problem}", "ru": "{got} — не маршрут: {problem}",
                     "en": "{got} is not a tour: {problem}"}, lang).format(
            got=repr(result), problem=describe_problem(problem, n, lang))
    result = list(result)
    if tour_length(spots, result) > tour_length(spots, tour) + 1e-6:
        return pick({"kk": "{got} маршруты берілген маршруттан ұзынырақ", "ru": "маршрут {got} длиннее данного",
                     "en": "the tour {got} is longer than the one given"}, lang).format(got=repr(result))
    if not is_local_optimum(spots, result):
        i, j, change = improving_moves(spots, result)[0]
        return pick({"kk": "{got} маршрутын әлі де қысқартуға болады: (i, j) = ({i}, {j}) қадамы оны {change} "
                           "қысқартады",
                     "ru": "маршрут {got} ещё можно сократить: ход (i, j) = ({i}, {j}) сокращает его на {change}",
                     "en": "the tour {got} can still be shortened: the move (i, j) = ({i}, {j}) shortens it by "
                           "{change}"}, lang).format(got=repr(result), i=i, j=j,
                                                     change=format_trimmed(-change, 4, lang))
    return "ok"


# -- the lab -----------------------------------------------------------------------------------------------

TITLE = {"kk": "Дәнекерлеу роботының маршруты: бүйір панельдегі 12 нүкте",
         "ru": "Маршрут сварочного робота: 12 точек на боковине",
         "en": "The welding robot's tour: 12 spots on a side panel"}
LABELS: dict[str, Mapping[str, str]] = {
    "order": {"kk": "Маршрут (нүктелер реті)", "ru": "Маршрут (порядок точек)", "en": "Tour (order of the spots)"},
    "i": {"kk": "1-қыр: i → i + 1", "ru": "Ребро 1: i → i + 1", "en": "Edge 1: i → i + 1"},
    "j": {"kk": "2-қыр: j → j + 1", "ru": "Ребро 2: j → j + 1", "en": "Edge 2: j → j + 1"},
    "apply": {"kk": "2-opt қадамын жасау", "ru": "Сделать ход 2-opt", "en": "Make the 2-opt move"},
    "nn": {"kk": "Ең жақын көрші маршруты", "ru": "Маршрут ближайшего соседа", "en": "Nearest neighbour tour"},
    "length": {"kk": "Маршрут ұзындығы", "ru": "Длина маршрута", "en": "Tour length"},
    "valid": {"kk": "Маршрут дұрыс", "ru": "Маршрут верен", "en": "The tour is valid"},
    "robot": {"kk": "Роботтың бір панельге уақыты", "ru": "Время робота на одну панель",
              "en": "Robot's time for one panel"},
    "car": {"kk": "Бір автомобильге (2 панель) / такт", "ru": "На автомобиль (2 панели) / такт",
            "en": "For one car (2 panels) / takt"},
    "move": {"kk": "Қадам: {a}–{b} және {c}–{d} орнына {a}–{c} және {b}–{d}",
             "ru": "Ход: вместо {a}–{b} и {c}–{d} — {a}–{c} и {b}–{d}",
             "en": "Move: {a}–{c} and {b}–{d} instead of {a}–{b} and {c}–{d}"},
    "chosen": {"kk": "Таңдалған қырлар", "ru": "Выбранные рёбра", "en": "Edges chosen"},
    "change": {"kk": "Ұзындықтың өзгерісі Δ", "ru": "Изменение длины Δ", "en": "Change of length Δ"},
    "no-move": {"kk": "i < j болатындай қырларды таңдаңыз", "ru": "Выберите рёбра так, чтобы i < j",
                "en": "Choose the edges so that i < j"},
    "local": {"kk": "Бірде-бір 2-opt қадамы маршрутты қысқартпайды: жергілікті оптимум",
              "ru": "Ни один ход 2-opt не сокращает маршрут: локальный оптимум",
              "en": "No 2-opt move shortens the tour: a local optimum"},
    "target": {"kk": "Тапсырманың мақсаты", "ru": "Цель задания", "en": "The task's target"},
    "home": {"kk": "бастапқы позиция", "ru": "исходная позиция", "en": "home"},
    "tour-line": {"kk": "маршрут", "ru": "маршрут", "en": "tour"},
    "removed": {"kk": "алынатын қырлар", "ru": "удаляемые рёбра", "en": "edges removed"},
    "added": {"kk": "жаңа қырлар", "ru": "новые рёбра", "en": "new edges"},
    "axis_x": {"kk": "x, мм", "ru": "x, мм", "en": "x, mm"},
    "axis_y": {"kk": "y, мм", "ru": "y, мм", "en": "y, mm"},
    "invalid": {"kk": "Маршрут дұрыс емес: {problem}", "ru": "Маршрут неверен: {problem}",
                "en": "The tour is not valid: {problem}"},
    "spec": {"kk": "Тапсырма: 12 нүктенің әрқайсысын бір рет дәнекерлейтін, ұзындығы 3700 мм-ден аспайтын маршрут",
             "ru": "Задание: маршрут, который сваривает каждую из 12 точек один раз, длиной не больше 3700 мм",
             "en": "Task: a tour that welds each of the 12 spots once, of at most 3700 mm"},
    "welded_req": {"kk": "Бір рет дәнекерленген нүктелер", "ru": "Точек, сваренных один раз",
                   "en": "Spots welded once"},
    "length_req": {"kk": "Маршрут ұзындығы", "ru": "Длина маршрута", "en": "Tour length"},
}
UNITS: dict[str, Mapping[str, str]] = {
    "mm": {"kk": "мм", "ru": "мм", "en": "mm"},
    "s": {"kk": "с", "ru": "с", "en": "s"},
    "spots": {"kk": "нүкте", "ru": "точек", "en": "spots"},
}
BLUE, RED, GREEN, GREY, DARK = "#2166ac", "#cb181d", "#1a9850", "#bdbdbd", "#252525"
PANEL_OUTLINE = ((60, 40), (1460, 40), (1460, 720), (1000, 760), (300, 760), (60, 720))
"""The side panel's outline drawn around the spots, mm (a sketch, not a drawing)."""


def _shown(value: float, lang: str | None = None, digits: int = 5) -> str:
    return format_trimmed(round(value, 1), digits, lang)


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The lab's readout as HTML, numbers written the way the course language writes them."""

    def label(key: str, **kw: Any) -> str:
        return pick(LABELS[key], lang).format(**kw)

    mm, s = pick(UNITS["mm"], lang), pick(UNITS["s"], lang)

    def row(name: str, value: str, bold: bool = False) -> str:
        # every text is escaped: the labels hold '<' ("i < j") and a problem quotes what the student typed
        value = html.escape(value)
        cell = f"<b>{value}</b>" if bold else value
        return (f"<tr><td style='padding-right:1em'>{html.escape(name)}</td>"
                f"<td style='text-align:right'>{cell}</td></tr>")

    def seconds(value: float | None) -> str:
        return "—" if value is None else f"{_shown(value, lang)} {s}"

    rows = []
    if result["valid"]:
        rows.append(row(label("valid"), "✓"))
    else:
        problem = describe_problem(result["problem"], len(SPOTS), lang)
        rows.append(row(label("invalid", problem=problem), "✗", bold=True))
    rows += [
        row(label("length"), f"{_shown(result['length'], lang)} {mm}", bold=True),
        row(label("target"), f"{TARGET_MM} {mm}"),
        row(label("nn"), f"{_shown(result['nn_length'], lang)} {mm}"),
        row(label("robot"), seconds(result["robot_s"])),
        row(label("car"), f"{seconds(result['car_s'])} / {_shown(TAKT_S, lang)} {s}"),
    ]
    rows.append(row(label("chosen"), f"i = {result['i']}, j = {result['j']}"))
    move = result["move"]
    if move is not None:
        (a, b), (c, d) = move["edges"]
        rows.append(row(label("move", a=a, b=b, c=c, d=d), ""))
        rows.append(row(label("change"), f"{_shown(move['change'], lang)} {mm}", bold=True))
    elif result["valid"] or result["i"] >= result["j"]:
        rows.append(row(label("no-move"), ""))
    if result["local_optimum"]:
        rows.append(row(label("local"), ""))
    return "<table class='lab-weld-tour'>" + "".join(rows) + "</table>"


class TourPlot(Plot):
    """The side panel with its weld spots (numbered) and the robot's home, the tour drawn as a closed path with
    arrows along it, and the chosen 2-opt move: the two edges it removes in red, the two it adds dashed in green."""

    size = (7.4, 4.1)
    margins = (0.7, 0.2, 0.5, 0.1)

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        super().__init__()

    def _word(self, key: str) -> str:
        return pick(LABELS[key], self.lang)

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Polygon

        ax = self.ax = figure.add_subplot(1, 1, 1)
        ax.set_xlim(-80, 1560)
        ax.set_ylim(-60, 900)
        ax.set_aspect("equal", adjustable="box")
        ax.set_xlabel(self._word("axis_x"))
        ax.set_ylabel(self._word("axis_y"))
        ax.add_patch(Polygon(PANEL_OUTLINE, closed=True, facecolor="#f0f0f0", edgecolor="#969696", linewidth=1.0))
        xs, ys = zip(*SPOTS[1:])
        ax.plot(xs, ys, "o", color=DARK, markersize=6, zorder=4)
        ax.plot([SPOTS[0][0]], [SPOTS[0][1]], "s", color=BLUE, markersize=9, zorder=4)
        ax.text(SPOTS[0][0] + 30, SPOTS[0][1] - 45, f"0 ({self._word('home')})", fontsize=8, color=BLUE)
        for k, (x, y) in enumerate(SPOTS[1:], start=1):
            ax.text(x + 18, y + 18, str(k), fontsize=9, fontweight="bold", zorder=5)
        self.tour = self.dynamic(ax.plot([], [], color=BLUE, linewidth=1.6, zorder=2,
                                         label=self._word("tour-line"))[0])
        self.arrows = self.dynamic(ax.quiver([0.0] * len(SPOTS), [0.0] * len(SPOTS), [0.0] * len(SPOTS),
                                             [0.0] * len(SPOTS), color=BLUE, angles="xy", scale_units="xy", scale=1,
                                             width=0.004, headwidth=5, zorder=3))
        self.removed = self.dynamic(ax.plot([], [], color=RED, linewidth=3.2, alpha=0.75, zorder=2,
                                            label=self._word("removed"))[0])
        self.added = self.dynamic(ax.plot([], [], color=GREEN, linewidth=2.0, linestyle="--", zorder=3,
                                          label=self._word("added"))[0])
        self.caption = self.dynamic(ax.text(0.99, 0.985, "", ha="right", va="top", fontsize=9, fontweight="bold",
                                            transform=ax.transAxes))
        self.legend(ax, [self.tour, self.removed, self.added], loc="upper left", fontsize=7.5, ncol=3)

    def update(self, result: Mapping[str, Any]) -> None:
        import numpy as np

        order = result["order"]
        path = [SPOTS[k] for k in order] + ([SPOTS[order[0]]] if order else [])
        if path:
            xs, ys = zip(*path)
            self.tour.set_data(xs, ys)
        else:
            self.tour.set_data([], [])
        # an arrow in the middle of each edge shows the direction of travel
        n = len(SPOTS)
        u = np.zeros((n, 2))
        v = np.zeros((n, 2))
        for k in range(min(len(path) - 1, n)):
            (x1, y1), (x2, y2) = path[k], path[k + 1]
            u[k] = ((x1 + x2) / 2 - (x2 - x1) * 0.04, (y1 + y2) / 2 - (y2 - y1) * 0.04)
            v[k] = ((x2 - x1) * 0.08, (y2 - y1) * 0.08)
        self.arrows.set_offsets(u)
        self.arrows.set_UVC(v[:, 0], v[:, 1])
        move = result["move"]
        removed: list[Any] = []
        for a, b in result["chosen"]:
            removed += [SPOTS[a], SPOTS[b], (np.nan, np.nan)]
        if removed:
            self.removed.set_data(*zip(*removed))
        else:
            self.removed.set_data([], [])
        if move is not None:
            (a, b), (c, d) = move["edges"]
            added = [SPOTS[a], SPOTS[c], (np.nan, np.nan), SPOTS[b], SPOTS[d]]
            self.added.set_data(*zip(*added))
        else:
            self.added.set_data([], [])
        mm = pick(UNITS["mm"], self.lang)
        text = f"L = {_shown(result['length'], self.lang)} {mm}"
        if move is not None:
            text += f"   Δ = {_shown(move['change'], self.lang)} {mm}"
        if not result["valid"]:
            text += "   ✗"
        self.caption.set_text(text)
        self.caption.set_color(DARK if result["valid"] else RED)



@dataclass
class MoveSlider:
    """A slider that chooses an edge of the tour for a 2-opt move: not part of a design."""

    name: str
    label: Mapping[str, str]
    min: int
    max: int
    step: int
    value: int
    unit: str = ""
    whole: bool = True
    design: bool = field(default=False, init=False)

    def build(self) -> Any:
        from .core import _lab_slider

        self.widget = _lab_slider(self)
        return self.widget

    def readout(self, value: float) -> str:
        from .core import Slider

        return Slider.readout(self, value)  # type: ignore[arg-type]


def _tour_lab() -> Any:
    """The lab class: a :class:`~curriculum.labs.core.Lab` with a button that makes the chosen 2-opt move (the box
    then holds the new order) and one that puts the nearest neighbour tour in the box."""
    from .core import Lab

    @dataclass
    class TourLab(Lab):
        def build(self) -> Any:
            import ipywidgets as w

            widget = super().build()
            self.move_button = w.Button(description=pick(LABELS["apply"]), icon="exchange",
                                        layout=w.Layout(width="auto", min_width="180px"))
            self.move_button.add_class("lab-move")
            self.move_button.on_click(lambda _button: self.make_move())
            self.nn_button = w.Button(description=pick(LABELS["nn"]), layout=w.Layout(width="auto", min_width="180px"))
            self.nn_button.add_class("lab-nearest")
            self.nn_button.on_click(lambda _button: self.set(order=order_text(nearest_neighbour(SPOTS))))
            children = list(widget.children)
            at = next(k for k, child in enumerate(children) if child is self.readout)
            widget.children = (*children[:at], w.HBox([self.move_button, self.nn_button]), *children[at:])
            return widget

        def make_move(self) -> None:
            """What the move button does: the box gets the order after the chosen move (nothing for no move)."""
            move = self.result["move"] if self.result else None
            if move is not None:
                self.set(order=order_text(move["after"]))

    return TourLab


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The weld-tour lab: the panel with the spots and the tour, a box with the order, two sliders that choose the
    edges of a 2-opt move, a button that makes it and one that puts in the nearest neighbour tour.
    ``task="short-tour"`` poses the design task :data:`DESIGN_SPEC`; ``start`` sets the controls from a design."""
    from .vin import TextBox

    if task not in (None, "short-tour"):
        raise ValueError(f"unknown task {task!r}: the weld-tour lab poses 'short-tour'")
    n = len(SPOTS)
    controls = [TextBox("order", LABELS["order"], order_text(TAUGHT), width="360px"),
                MoveSlider("i", LABELS["i"], 0, n - 2, 1, 2),
                MoveSlider("j", LABELS["j"], 1, n - 1, 1, 9)]
    return _tour_lab()(model=tour_state, controls=controls, readout_html=readout_html, plot=TourPlot, title=TITLE,
                       spec=DESIGN_SPEC if task else None, start=start)


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("welded", "==", float(WELD_SPOTS), UNITS["spots"], LABELS["welded_req"], rtol=0.0),
         Requirement("length", "<=", float(TARGET_MM), UNITS["mm"], LABELS["length_req"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""A tour of the side panel that welds each of the 12 spots once, of at most 3700 mm."""


__all__ = [
    "BEST_LENGTH", "DESIGN_SPEC", "PANELS_PER_CAR", "SPEED_MM_S", "SPOTS", "TAKT_S", "TARGET_MM", "TAUGHT",
    "WELD_S", "WELD_SPOTS", "apply_move", "car_time", "design_result", "distance", "improving_moves",
    "is_local_optimum", "is_valid_tour", "make_lab", "move_change", "nearest_neighbour", "robot_time",
    "tour_count", "tour_length", "tour_problem", "tour_state", "two_opt",
]
