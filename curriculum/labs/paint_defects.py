"""Defect spots on a painted panel: a camera frame as a 2D list, spots found by flood fill, and the panel's verdict.

The paint shop's inspection tunnel photographs every panel after the clear coat (fictional plant data, as plausible
as we can make them). The inspection software splits each camera frame into square cells ``CELL_MM`` millimetres
across and marks a cell in which it finds a defect (a dust inclusion, a crater, a run): the frame becomes a
**two-dimensional list** ``grid`` of 0 (clean) and 1 (defect), ``grid[r][c]`` the cell in row ``r``, column ``c``.
Marked cells that share a side form one **spot** (a connected region; with ``connectivity=8`` cells that touch at a
corner count too). The plant's rule: a frame passes when it has at most ``MAX_SPOTS`` spots and none larger than
``MAX_SPOT_CELLS`` cells; otherwise the panel goes to spot repair (sanding and polishing).

Every function here is the reference the lessons show and the hidden tests compare with. They never change the
grid they are given and never recurse, so a frame of any size is fine (a recursive fill of a 40 × 40 spot would
go 1600 calls deep, past Python's recursion limit of 1000: the lesson shows it).

>>> frame = grid_from_text('''
... ##..#
... #...#
... ..#..
... ''')
>>> count_spots(frame), largest_spot(frame), count_spots(frame, connectivity=8)
(3, 3, 2)
>>> spot_size(frame, 0, 0), spot_size(frame, 0, 2)
(3, 0)
>>> inspect_panel(frame)
(3, 3, 'pass')
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ..i18n import pick
from .core import Plot, set_limits

CLEAN, DEFECT = 0, 1

CELL_MM = 5
"""The side of one camera cell in millimetres (a cell covers 5 mm × 5 mm = 25 mm² of the panel)."""

MAX_SPOTS = 3
"""The plant's rule (fictional): a frame with more spots than this goes to spot repair."""

MAX_SPOT_CELLS = 4
"""The plant's rule (fictional): a spot of more cells than this (over 1 cm²) sends the panel to spot repair."""

PASS, REPAIR = "pass", "repair"

METHODS = ("recursion", "stack", "queue")
"""How a fill keeps the cells it has still to look at: the call stack of a recursive function, a list used as a
stack (``append``/``pop``) or a queue (``collections.deque``, ``append``/``popleft``)."""

# -- the grid --------------------------------------------------------------------------------------


def grid_from_text(picture: str | Sequence[str] | Sequence[Sequence[int]]) -> list[list[int]]:
    """The 2D list of a picture: ``#`` (or ``1``) a defect, ``.`` (or ``0``) a clean cell; one text line per row.
    A row may also be a list of 0 and 1 (as the assignment's ``PANEL`` is written), so a frame copied from a
    2D list reads the same as its picture.

    Blank lines and spaces are left out. Raises ``ValueError`` naming the row and column of any other character,
    and for rows of different lengths, in the course language.
    """
    if isinstance(picture, str):
        lines: list[str] = picture.splitlines()
    else:
        lines = [_row_text(r, line) for r, line in enumerate(picture)]
    rows = [line.replace(" ", "") for line in lines if line.strip()]
    grid = []
    for r, line in enumerate(rows):
        row = []
        for c, ch in enumerate(line):
            if ch in "#1":
                row.append(DEFECT)
            elif ch in ".0":
                row.append(CLEAN)
            else:
                raise ValueError(pick(_PICTURE_ERRORS["character"]).format(row=r + 1, column=c + 1, char=repr(ch)))
        grid.append(row)
    if not grid:
        raise ValueError(pick(_PICTURE_ERRORS["empty"]))
    if any(len(row) != len(grid[0]) for row in grid):
        raise ValueError(pick(_PICTURE_ERRORS["lengths"]).format(lengths=[len(row) for row in grid]))
    return grid


_PICTURE_ERRORS: Mapping[str, Mapping[str, str]] = {
    "character": {"kk": "{row}-жол, {column}-баған: {char} — не '#' (ақау), не '.' (таза ұяшық) емес",
                  "ru": "строка {row}, столбец {column}: {char} — не '#' (дефект) и не '.' (чистая клетка)",
                  "en": "row {row}, column {column}: {char} is neither '#' (defect) nor '.' (clean)"},
    "cell": {"kk": "{row}-жол, {column}-баған: {char} — не 1 (ақау), не 0 (таза ұяшық) емес",
             "ru": "строка {row}, столбец {column}: {char} — не 1 (дефект) и не 0 (чистая клетка)",
             "en": "row {row}, column {column}: {char} is neither 1 (defect) nor 0 (clean)"},
    "empty": {"kk": "суретте бірде-бір жол жоқ", "ru": "в картинке нет ни одной строки",
              "en": "the picture has no rows"},
    "lengths": {"kk": "жолдардың ұзындықтары әртүрлі: {lengths}", "ru": "у строк разная длина: {lengths}",
                "en": "the rows have different lengths: {lengths}"},
}


def _row_text(r: int, line: Any) -> str:
    """One row of a picture as text: a string as it is, a list of 0 and 1 (or False and True) as ``#`` and ``.``."""
    if isinstance(line, str):
        return line
    if isinstance(line, Sequence):
        text = []
        for c, cell in enumerate(line):
            if cell in (CLEAN, DEFECT) and not isinstance(cell, float):
                text.append("#" if cell else ".")
            else:
                raise ValueError(pick(_PICTURE_ERRORS["cell"]).format(row=r + 1, column=c + 1, char=repr(cell)))
        return "".join(text)
    return str(line)


def grid_to_text(grid: Sequence[Sequence[int]]) -> str:
    """The picture of a grid: one line per row, ``#`` a defect, ``.`` a clean cell."""
    return "\n".join("".join("#" if cell else "." for cell in row) for row in grid)


def shape(grid: Sequence[Sequence[int]]) -> tuple[int, int]:
    """``(rows, columns)`` of a rectangular grid of 0 and 1; ``ValueError`` says what is wrong with any other."""
    if isinstance(grid, (str, bytes)) or not isinstance(grid, Sequence):
        raise ValueError(f"a grid is a list of rows, got {type(grid).__name__}")
    if not grid:
        return 0, 0
    width = None
    for r, row in enumerate(grid):
        if isinstance(row, (str, bytes)) or not isinstance(row, Sequence):
            raise ValueError(f"row {r} of the grid is a {type(row).__name__}, not a list")
        if width is None:
            width = len(row)
        elif len(row) != width:
            raise ValueError(f"row {r} has {len(row)} cells, row 0 has {width}: a grid is rectangular")
        for c, cell in enumerate(row):
            if cell not in (CLEAN, DEFECT) or isinstance(cell, float):
                raise ValueError(f"grid[{r}][{c}] is {cell!r}: a cell is 0 (clean) or 1 (defect)")
    return len(grid), width or 0


def defect_cells(grid: Sequence[Sequence[int]]) -> int:
    """How many cells of the grid are marked as defects."""
    shape(grid)
    return sum(sum(row) for row in grid)


def defect_area_mm2(grid: Sequence[Sequence[int]], cell_mm: float = CELL_MM) -> float:
    """The panel area the defective cells cover, in mm² (each cell ``cell_mm`` × ``cell_mm``)."""
    return defect_cells(grid) * cell_mm * cell_mm


def _offsets(connectivity: int) -> tuple[tuple[int, int], ...]:
    if connectivity == 4:
        return ((-1, 0), (1, 0), (0, -1), (0, 1))
    if connectivity == 8:
        return ((-1, 0), (1, 0), (0, -1), (0, 1), (-1, -1), (-1, 1), (1, -1), (1, 1))
    raise ValueError(f"connectivity is 4 (cells sharing a side) or 8 (also a corner), got {connectivity!r}")


def neighbours(grid: Sequence[Sequence[int]], r: int, c: int, connectivity: int = 4) -> list[tuple[int, int]]:
    """The cells next to ``(r, c)`` that lie inside the grid: up, down, left, right (then the four corners for
    ``connectivity=8``). Never ``grid[-1]``: a cell on the border has fewer neighbours."""
    rows, cols = shape(grid)
    _inside(rows, cols, r, c)
    return [(r + dr, c + dc) for dr, dc in _offsets(connectivity) if 0 <= r + dr < rows and 0 <= c + dc < cols]


def _inside(rows: int, cols: int, r: Any, c: Any) -> None:
    if not (isinstance(r, int) and isinstance(c, int)) or isinstance(r, bool) or isinstance(c, bool):
        raise ValueError(f"a cell is two whole numbers (row, column), got ({r!r}, {c!r})")
    if not (0 <= r < rows and 0 <= c < cols):
        raise ValueError(f"cell ({r}, {c}) is outside the grid of {rows} rows and {cols} columns")


def defective_neighbours(grid: Sequence[Sequence[int]], r: int, c: int) -> int:
    """How many of the (up to four) cells sharing a side with ``(r, c)`` are defects."""
    return sum(grid[nr][nc] for nr, nc in neighbours(grid, r, c))


# -- spots -------------------------------------------------------------------------------------------


def spot_cells(grid: Sequence[Sequence[int]], r: int, c: int, connectivity: int = 4) -> list[tuple[int, int]]:
    """The cells of the spot that holds ``(r, c)``, in the order a stack-based fill finds them (``[]`` for a
    clean cell)."""
    rows, cols = shape(grid)
    _inside(rows, cols, r, c)
    if grid[r][c] != DEFECT:
        return []
    return [cell for cell, _label, _waiting in _fill(grid, [(r, c)], "stack", connectivity)]


def spot_size(grid: Sequence[Sequence[int]], r: int, c: int, connectivity: int = 4) -> int:
    """How many cells the spot holding ``(r, c)`` has (0 when the cell is clean)."""
    return len(spot_cells(grid, r, c, connectivity))


def label_spots(grid: Sequence[Sequence[int]], connectivity: int = 4) -> tuple[list[list[int]], list[int]]:
    """Every spot numbered 1, 2, ... in the order a row-by-row scan meets them: the grid of numbers (0 for a clean
    cell) and the size of each spot."""
    rows, cols = shape(grid)
    labels = [[0] * cols for _ in range(rows)]
    sizes: list[int] = []
    for (r, c), label, _waiting in _fill(grid, _scan(rows, cols), "stack", connectivity):
        if label > len(sizes):
            sizes.append(0)
        labels[r][c] = label
        sizes[label - 1] += 1
    return labels, sizes


def count_spots(grid: Sequence[Sequence[int]], connectivity: int = 4) -> int:
    """How many spots the frame has."""
    return len(label_spots(grid, connectivity)[1])


def largest_spot(grid: Sequence[Sequence[int]], connectivity: int = 4) -> int:
    """How many cells the largest spot has (0 for a clean frame)."""
    return max(label_spots(grid, connectivity)[1], default=0)


def inspect_panel(grid: Sequence[Sequence[int]], max_spots: int = MAX_SPOTS,
                  max_cells: int = MAX_SPOT_CELLS) -> tuple[int, int, str]:
    """``(spots, cells of the largest spot, "pass" or "repair")`` by the plant's rule (4-connectivity)."""
    sizes = label_spots(grid)[1]
    largest = max(sizes, default=0)
    return len(sizes), largest, PASS if len(sizes) <= max_spots and largest <= max_cells else REPAIR


def adjacent_pairs(rows: int, cols: int) -> int:
    """How many pairs of cells share a side in a grid of ``rows`` × ``cols``: ``rows·(cols − 1)`` side by side in the
    rows plus ``cols·(rows − 1)`` one above the other. A fill of a frame that is one big spot looks at each pair
    twice, once from each cell."""
    if rows < 0 or cols < 0:
        raise ValueError("a grid has no negative number of rows or columns")
    if rows == 0 or cols == 0:
        return 0
    return rows * (cols - 1) + cols * (rows - 1)


def _scan(rows: int, cols: int) -> Iterator[tuple[int, int]]:
    return ((r, c) for r in range(rows) for c in range(cols))


def _fill(grid: Sequence[Sequence[int]], starts: Any, method: str,
          connectivity: int) -> Iterator[tuple[tuple[int, int], int, int]]:
    """Fill from each start cell not yet seen: ``(cell, spot number, cells waiting)`` in the order the cells are
    visited, ``waiting`` being how many cells the stack or queue (or the recursion's calls) hold just after.

    ``recursion`` gives the order of the recursive fill the lesson writes (a cell is visited when its call starts,
    its neighbours are tried up, down, left, right), computed with an explicit stack of calls, so no frame is too
    big; ``stack`` and ``queue`` give the order of the lesson's iterative fills.
    """
    if method not in METHODS:
        raise ValueError(f"method is one of {', '.join(METHODS)}, got {method!r}")
    rows, cols = shape(grid)
    offsets = _offsets(connectivity)
    seen = [[False] * cols for _ in range(rows)]
    label = 0

    def around(r: int, c: int) -> Iterator[tuple[int, int]]:
        for dr, dc in offsets:
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == DEFECT:
                yield nr, nc

    for r0, c0 in starts:
        if grid[r0][c0] != DEFECT or seen[r0][c0]:
            continue
        label += 1
        if method == "recursion":
            seen[r0][c0] = True
            calls = [around(r0, c0)]
            yield (r0, c0), label, len(calls)
            while calls:
                for nr, nc in calls[-1]:
                    if not seen[nr][nc]:
                        seen[nr][nc] = True
                        calls.append(around(nr, nc))
                        yield (nr, nc), label, len(calls)
                        break
                else:
                    calls.pop()
            continue
        waiting: deque[tuple[int, int]] = deque([(r0, c0)])
        seen[r0][c0] = True
        while waiting:
            r, c = waiting.pop() if method == "stack" else waiting.popleft()
            for nr, nc in around(r, c):
                if not seen[nr][nc]:
                    seen[nr][nc] = True
                    waiting.append((nr, nc))
            yield (r, c), label, len(waiting)


def fill_order(grid: Sequence[Sequence[int]], method: str = "stack",
               connectivity: int = 4) -> list[tuple[int, int, int, int]]:
    """The whole frame's spots found one by one, as ``count_spots`` scans it: ``(row, column, spot, waiting)`` for
    every defect cell in the order the fill visits it."""
    rows, cols = shape(grid)
    return [(r, c, label, waiting) for (r, c), label, waiting in _fill(grid, _scan(rows, cols), method, connectivity)]


# -- frames to test functions on ------------------------------------------------------------------------


def one_spot(rows: int, cols: int) -> list[list[int]]:
    """A frame that is all defect: one spot of ``rows * cols`` cells (a camera fault, a run over a whole panel)."""
    return [[DEFECT] * cols for _ in range(rows)]


def snake(rows: int, cols: int) -> list[list[int]]:
    """One spot a cell wide winding through the frame: full rows joined at alternate ends. A recursive fill goes as
    deep as the spot is long (every cell waits for the next)."""
    grid = [[CLEAN] * cols for _ in range(rows)]
    for r in range(0, rows, 2):
        grid[r] = [DEFECT] * cols
        if r + 1 < rows:
            grid[r + 1][cols - 1 if r % 4 == 0 else 0] = DEFECT
    return grid


def grids(max_rows: int = 8, max_cols: int = 8) -> Any:
    """A hypothesis strategy of frames: rectangular 2D lists of 0 and 1, 1 to ``max_rows`` rows of 1 to ``max_cols``
    cells. A hidden test gives it to ``check_function``, and hypothesis shrinks a failing frame to the smallest."""
    from hypothesis import strategies as st

    return st.integers(1, max_cols).flatmap(
        lambda cols: st.lists(st.lists(st.integers(CLEAN, DEFECT), min_size=cols, max_size=cols), min_size=1,
                              max_size=max_rows))


def grid_cells(max_rows: int = 8, max_cols: int = 8) -> Any:
    """A hypothesis strategy of ``(grid, r, c)``: a frame of :func:`grids` and one of its cells."""
    from hypothesis import strategies as st

    return grids(max_rows, max_cols).flatmap(
        lambda grid: st.tuples(st.just(grid), st.integers(0, len(grid) - 1), st.integers(0, len(grid[0]) - 1)))


# -- the design task: a test frame for the inspection software ----------------------------------------


def design_result(design: Mapping[str, Any]) -> dict[str, float]:
    """What the inspection software finds on a test frame ``{"grid": [row strings]}``: spots with 4- and with
    8-connectivity, the largest spot (4-connectivity) and the defective cells."""
    grid = grid_from_text(design["grid"])
    return {"spots4": count_spots(grid, 4), "spots8": count_spots(grid, 8), "largest4": largest_spot(grid, 4),
            "cells": defect_cells(grid), "rows": len(grid), "columns": len(grid[0])}


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("spots4", "==", 5.0, "", LABELS["spots4"], rtol=0.0),
         Requirement("spots8", "==", 2.0, "", LABELS["spots8"], rtol=0.0),
         Requirement("largest4", "<=", float(MAX_SPOT_CELLS), LABELS["cells-unit"], LABELS["largest4"]),
         Requirement("cells", "<=", 16.0, LABELS["cells-unit"], LABELS["cells"])),
        title=LABELS["spec"],
    )


# -- the lab -------------------------------------------------------------------------------------------

LABELS: Mapping[str, Mapping[str, str]] = {
    "title": {"kk": "Камера кадры: ақау дақтары", "ru": "Кадр камеры: пятна дефектов", "en": "A camera frame: defect spots"},
    "grid": {"kk": "Кадрды бояңыз: ұяшықты басыңыз немесе тышқанмен жүргізіңіз",
             "ru": "Раскрасьте кадр: нажмите на клетку или проведите мышью",
             "en": "Paint the frame: press a cell or drag over cells"},
    "connectivity": {"kk": "Көршілер", "ru": "Соседи", "en": "Neighbours"},
    "side": {"kk": "қабырғасы ортақ (4)", "ru": "общая сторона (4)", "en": "sharing a side (4)"},
    "corner": {"kk": "бұрышы да ортақ (8)", "ru": "и общий угол (8)", "en": "also a corner (8)"},
    "method": {"kk": "Толтыру тәсілі", "ru": "Способ заливки", "en": "How the fill goes"},
    "recursion": {"kk": "рекурсия", "ru": "рекурсия", "en": "recursion"},
    "stack": {"kk": "стек (тізім, pop)", "ru": "стек (список, pop)", "en": "stack (list, pop)"},
    "queue": {"kk": "кезек (deque, popleft)", "ru": "очередь (deque, popleft)", "en": "queue (deque, popleft)"},
    "step": {"kk": "Толтыру қадамы", "ru": "Шаг заливки", "en": "Fill step"},
    "defects": {"kk": "Ақаулы ұяшықтар", "ru": "Клетки с дефектом", "en": "Defective cells"},
    "spots": {"kk": "Дақтар", "ru": "Пятна", "en": "Spots"},
    "largest": {"kk": "Ең үлкен дақ", "ru": "Самое большое пятно", "en": "Largest spot"},
    "verdict": {"kk": "Шешім", "ru": "Решение", "en": "Verdict"},
    PASS: {"kk": "өтті", "ru": "годна", "en": "passes"},
    REPAIR: {"kk": "жергілікті жөндеуге", "ru": "на локальный ремонт", "en": "to spot repair"},
    "too-many": {"kk": "дақ тым көп", "ru": "слишком много пятен", "en": "too many spots"},
    "too-big": {"kk": "тым үлкен дақ бар", "ru": "есть слишком большое пятно", "en": "a spot is too big"},
    "cells-unit": {"kk": "ұяшық", "ru": "клет.", "en": "cells"},
    "cm2": {"kk": "см²", "ru": "см²", "en": "cm²"},
    "filling": {"kk": "Толтыру: {shown}-қадам, барлығы {total}", "ru": "Заливка: шаг {shown} из {total}",
                "en": "Fill: step {shown} of {total}"},
    "waiting-recursion": {"kk": "рекурсия тереңдігі", "ru": "глубина рекурсии", "en": "recursion depth"},
    "waiting-stack": {"kk": "стекте күтіп тұр", "ru": "ждут в стеке", "en": "waiting in the stack"},
    "waiting-queue": {"kk": "кезекте күтіп тұр", "ru": "ждут в очереди", "en": "waiting in the queue"},
    "most-recursion": {"kk": "Рекурсияның ең үлкен тереңдігі", "ru": "Наибольшая глубина рекурсии",
                       "en": "Deepest recursion"},
    "most-stack": {"kk": "Стекте бір мезгілде ең көбі", "ru": "Наибольшее число клеток в стеке",
                   "en": "Most cells in the stack at once"},
    "most-queue": {"kk": "Кезекте бір мезгілде ең көбі", "ru": "Наибольшее число клеток в очереди",
                   "en": "Most cells in the queue at once"},
    "spot-sizes": {"kk": "Дақтың өлшемі, ұяшық", "ru": "Размер пятна, клеток", "en": "Spot size, cells"},
    "spot-number": {"kk": "Дақ", "ru": "Пятно", "en": "Spot"},
    "limit": {"kk": "шек: {cells} ұяшық", "ru": "предел: {cells} клетки", "en": "limit: {cells} cells"},
    "no-spots": {"kk": "дақ жоқ", "ru": "пятен нет", "en": "no spots"},
    "spec": {"kk": "Бағдарламаны тексеретін сынақ кадры", "ru": "Тестовый кадр для проверки программы",
             "en": "A test frame for the inspection software"},
    "spots4": {"kk": "Дақтар (қабырғасы ортақ көршілер)", "ru": "Пятна (соседи по стороне)",
               "en": "Spots (neighbours sharing a side)"},
    "spots8": {"kk": "Дақтар (бұрышы ортақ көршілер де)", "ru": "Пятна (и соседи по углу)",
               "en": "Spots (corner neighbours too)"},
    "largest4": {"kk": "Ең үлкен дақ", "ru": "Самое большое пятно", "en": "Largest spot"},
    "cells": {"kk": "Ақаулы ұяшықтар", "ru": "Клетки с дефектом", "en": "Defective cells"},
    "marked": {"kk": "ақау", "ru": "дефект", "en": "defect"},
    "empty": {"kk": "таза", "ru": "чисто", "en": "clean"},
}

DESIGN_SPEC = _design_spec()
"""The test frame: 5 spots when only cells sharing a side are neighbours, 2 when corners count too, none larger than
4 cells, at most 16 defective cells."""

COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22")
"""A spot's colour, by its number (the eighth spot's colour comes round again for the ninth)."""

WAITING_COLOUR = "#37474f"
"""A defect cell the fill has not reached yet."""

LAB_FRAME = (
    "............",
    ".##......#..",
    ".##.......#.",
    ".....#......",
    "....###...#.",
    ".....#....##",
    "..#.........",
    "..#.....###.",
)
"""The frame the lab starts with (8 rows of 12 cells, 40 mm × 60 mm of the panel)."""

TEST_FRAME = (
    "........",
    "........",
    "........",
    "........",
    "........",
    "........",
)
"""The design task starts from a clean frame."""


def colour(label: int) -> str:
    """The colour of spot ``label`` (1, 2, ...) in the picture and on the bar chart."""
    return COLOURS[(label - 1) % len(COLOURS)]


def frame(grid: Sequence[str], connectivity: str = "4", method: str = "stack", step: int = 10_000) -> dict[str, Any]:
    """The lab's model: the painted frame, its spots as the fill has found them after ``step`` visits, the counts,
    the verdict and what each cell shows."""
    cells = grid_from_text(grid)
    rows, cols = len(cells), len(cells[0])
    links = int(connectivity)
    order = fill_order(cells, method, links)
    labels, sizes = label_spots(cells, links)
    total = len(order)
    shown = max(0, min(int(step), total))
    so_far: list[int] = []
    colours, marks = [""] * (rows * cols), [""] * (rows * cols)
    for n, (r, c, label, _waiting) in enumerate(order[:shown], start=1):
        if label > len(so_far):
            so_far.append(0)
        so_far[label - 1] += 1
        colours[r * cols + c] = colour(label)
        if shown < total:
            marks[r * cols + c] = str(n)
    for r, c, _label, _waiting in order[shown:]:
        colours[r * cols + c] = WAITING_COLOUR
    complete = shown == total
    largest = max(sizes, default=0)
    outlined: list[int] = []
    if complete and largest:
        big = sizes.index(largest) + 1
        outlined = [r * cols + c for r in range(rows) for c in range(cols) if labels[r][c] == big]
    reasons = ([] if len(sizes) <= MAX_SPOTS else ["too-many"]) + ([] if largest <= MAX_SPOT_CELLS else ["too-big"])
    current = order[shown - 1] if 0 < shown < total else None
    waiting = [w for _r, _c, _label, w in order]
    return {
        "rows": rows, "columns": cols, "connectivity": links, "method": method, "defects": total,
        "area": total * CELL_MM * CELL_MM, "spots": len(sizes), "sizes": sizes, "largest": largest,
        "verdict": REPAIR if reasons else PASS, "reasons": reasons, "shown": shown, "total": total,
        "complete": complete, "sizes_so_far": so_far, "waiting": current[3] if current else 0,
        "waiting_by_step": waiting, "most_waiting": max(waiting, default=0),
        "cell_colors": colours, "cell_marks": marks, "outlined": outlined,
        "current": current[0] * cols + current[1] if current else -1,
    }


def readout_html(result: Mapping[str, Any]) -> str:
    from ..i18n import pick
    from ..numbers import format_number

    unit, cm2 = pick(LABELS["cells-unit"]), pick(LABELS["cm2"])
    area = f"{format_number(result['area'] / 100, 3)} {cm2}"
    largest_area = format_number(result["largest"] * CELL_MM * CELL_MM / 100, 3)
    verdict = pick(LABELS[result["verdict"]])
    if result["reasons"]:
        verdict += ": " + ", ".join(pick(LABELS[r]) for r in result["reasons"])
    colour_of = "#1a7f37" if result["verdict"] == PASS else "#cf222e"
    rows = [(pick(LABELS["defects"]), f"{result['defects']} ({area})"),
            (pick(LABELS["spots"]), f"{result['spots']} (≤ {MAX_SPOTS})"),
            (pick(LABELS["largest"]), f"{result['largest']} {unit}, {largest_area} {cm2} (≤ {MAX_SPOT_CELLS} {unit})"),
            (pick(LABELS["verdict"]), f"<span style='color:{colour_of}'>{verdict}</span>")]
    waiting = pick(LABELS[f"waiting-{result['method']}"])
    if result["complete"]:
        rows.append((pick(LABELS[f"most-{result['method']}"]), str(result["most_waiting"])))
    else:
        rows.insert(0, (pick(LABELS["filling"]).format(shown=result["shown"], total=result["total"]),
                        f"{waiting}: {result['waiting']}"))
    return "<table>" + "".join(f"<tr><td>{k}</td><td><b>{v}</b></td></tr>" for k, v in rows) + "</table>"


class SpotsPlot(Plot):
    """Left: the size of each spot as a bar in the spot's own colour (growing while the fill runs) and the plant's
    limit on a spot as a dashed line, so a bar over the line is a spot too big to polish away. Right: how many cells
    wait in the stack or the queue (or how deep the recursion is) at each step of the fill, with the step shown now:
    the memory a fill needs."""

    size = (7.4, 2.7)
    margins = (0.55, 0.15, 0.5, 0.3)
    SLOTS = 10

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        super().__init__()

    def build(self, figure: Any) -> None:
        from ..i18n import pick

        width, height = self.size
        left, right, bottom, top = self.margins
        plot_h = (height - bottom - top) / height
        ax = self.ax = figure.add_axes((left / width, bottom / height, 3.0 / width, plot_h))
        ax.set_ylabel(pick(LABELS["spot-sizes"], self.lang), fontsize=9)
        ax.set_xlim(0.4, self.SLOTS + 0.6)
        ax.set_xticks(range(1, self.SLOTS + 1))
        ax.tick_params(labelsize=8)
        ax.set_xlabel(pick(LABELS["spot-number"], self.lang), fontsize=9)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        self.bars = [self.dynamic(ax.bar(x, 0.0, width=0.7, color=colour(x))[0]) for x in range(1, self.SLOTS + 1)]
        ax.axhline(MAX_SPOT_CELLS, color="#c62828", linestyle="--", linewidth=1.0)
        ax.text(self.SLOTS + 0.5, MAX_SPOT_CELLS, pick(LABELS["limit"], self.lang).format(cells=MAX_SPOT_CELLS),
                ha="right", va="bottom", fontsize=8, color="#c62828")
        self.note = self.dynamic(ax.text(0.5, 0.5, "", ha="center", va="center", fontsize=10, color="#555555",
                                         transform=ax.transAxes))
        self.more = self.dynamic(ax.text(1.0, 1.02, "", ha="right", va="bottom", fontsize=8, transform=ax.transAxes))

        memory = self.memory = figure.add_axes(((left + 3.0 + 0.75) / width, bottom / height,
                                                (width - left - 3.0 - 0.75 - right) / width, plot_h))
        memory.set_xlabel(pick(LABELS["step"], self.lang), fontsize=9)
        memory.tick_params(labelsize=8)
        for side in ("top", "right"):
            memory.spines[side].set_visible(False)
        self.memory_title = self.dynamic(memory.text(0.5, 1.03, "", ha="center", va="bottom", fontsize=9,
                                                     transform=memory.transAxes))
        self.waiting_line = self.dynamic(memory.plot([], [], color="#37474f", linewidth=1.2, drawstyle="steps-post")[0])
        self.now = self.dynamic(memory.plot([], [], "o", color="#111111", markersize=5)[0])

    def update(self, result: Mapping[str, Any]) -> None:
        from ..i18n import pick

        sizes = result["sizes_so_far"]
        for x, bar in enumerate(self.bars, start=1):
            height = float(sizes[x - 1]) if x <= len(sizes) else 0.0
            if bar.get_height() != height:
                bar.set_height(height)
        set_limits(self.ax, y=(0, _nice_cells(max([MAX_SPOT_CELLS + 1, *result["sizes"]]))))
        self.note.set_text("" if result["spots"] else pick(LABELS["no-spots"], self.lang))
        self.more.set_text(f"+{len(sizes) - self.SLOTS}" if len(sizes) > self.SLOTS else "")

        waiting = result["waiting_by_step"]
        title = pick(LABELS[f"waiting-{result['method']}"], self.lang)
        title = title[:1].upper() + title[1:]
        if self.memory_title.get_text() != title:
            self.memory_title.set_text(title)
        steps = list(range(1, len(waiting) + 1))
        self.waiting_line.set_data(steps, waiting)
        shown = result["shown"]
        self.now.set_data([shown], [waiting[shown - 1]] if 0 < shown <= len(waiting) else [0])
        self.now.set_visible(0 < shown <= len(waiting))
        # the step axis spans half the frame's cells (all of them once more than half are defects): painting a cell
        # moves the curve, not the axes, so only the curve is drawn again
        cells = result["rows"] * result["columns"]
        steps_shown = cells // 2 if len(waiting) <= cells // 2 else cells
        set_limits(self.memory, x=(0, max(steps_shown, 5)), y=(0, _nice_cells(max([6, *waiting]))))


def _nice_cells(top: int) -> int:
    """A whole-cell axis limit that changes seldom: 6, 8, 12, 16, 24, 32, ..."""
    limit = 6
    while limit < top * 1.15:
        limit = limit * 4 // 3 if limit % 3 == 0 else limit * 3 // 2
    return limit


def _frame_lab() -> Any:
    """The lab class: a :class:`~curriculum.labs.paint_grid.GridLab` whose fill-step slider (and its Play button)
    runs from 0 to the number of defective cells, so Play shows the whole fill and starts again at once."""
    from dataclasses import dataclass

    from .paint_grid import GridLab

    @dataclass
    class FrameLab(GridLab):
        def update(self) -> None:
            super().update()
            step = next((c for c in self.controls if c.name == "step" and hasattr(c, "widget")), None)
            total = max(int(self.result["total"]), 1)
            if step is None or step.widget.max == total:
                return
            at_end = step.widget.value >= step.widget.max
            step.widget.max = total  # the slider's own Play button runs to the new end
            if at_end or step.widget.value > total:  # a value beyond the new end is pulled back to it (the lab updates)
                step.widget.value = total

    return FrameLab


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The camera-frame lab: paint a frame, see its spots in colour (the largest outlined in red), the bar of each
    spot against the plant's limit, the counts and the verdict; watch the fill find the spots step by step (Play),
    by recursion, with a stack or with a queue; choose which cells count as neighbours.

    ``task="test-frame"`` poses the design task :data:`DESIGN_SPEC` (a clean frame to paint, a Check button and the
    ``design = {...}`` line); ``start`` sets the controls from a design dictionary.
    """
    from .core import Animation, Dropdown
    from .paint_grid import CELL_WORDS, PaintGrid

    FrameLab = _frame_lab()

    words = {**CELL_WORDS, "marked": LABELS["marked"], "empty": LABELS["empty"]}
    step = Animation("step", LABELS["step"], min=0, max=200, step=1, value=200, interval_ms=250)
    method = Dropdown("method", LABELS["method"], {m: LABELS[m] for m in METHODS}, "recursion")
    if task is None:
        controls = [PaintGrid("grid", LABELS["grid"], LAB_FRAME, texts=words),
                    Dropdown("connectivity", LABELS["connectivity"], {"4": LABELS["side"], "8": LABELS["corner"]}, "4"),
                    method, step]
        return FrameLab(model=frame, controls=controls, readout_html=readout_html, plot=SpotsPlot, title=LABELS["title"],
                       start=start)
    if task != "test-frame":
        raise ValueError(f"unknown task {task!r}: the paint-defects lab poses 'test-frame'")

    def test_frame(grid: Sequence[str], step: int) -> dict[str, Any]:
        return {**frame(grid, "4", "stack", step), **design_result({"grid": grid})}

    return FrameLab(model=test_frame, controls=[PaintGrid("grid", LABELS["grid"], TEST_FRAME, texts=words), step],
                   readout_html=readout_html, plot=SpotsPlot, title=LABELS["spec"], spec=DESIGN_SPEC, start=start)


__all__ = [
    "CELL_MM", "CLEAN", "DEFECT", "DESIGN_SPEC", "LAB_FRAME", "MAX_SPOTS", "MAX_SPOT_CELLS", "METHODS", "PASS",
    "REPAIR", "adjacent_pairs", "grid_cells", "grids", "one_spot", "snake", "count_spots", "defect_area_mm2", "defect_cells", "defective_neighbours",
    "design_result", "fill_order", "frame", "grid_from_text", "grid_to_text", "inspect_panel", "label_spots",
    "largest_spot", "make_lab", "neighbours", "readout_html", "shape", "spot_cells", "spot_size",
]
