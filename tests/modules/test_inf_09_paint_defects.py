"""inf-09-paint-defects: its notebooks are what build.py writes, every number it shows is a given of its tasks or comes
from the lab's model, the model and the lab are right (edges, bad input, the statements the lessons make), and the
painted grid shows what the model found. (The forms of every item: tests/test_forms.py; the lessons in a browser:
tests/test_browser.py.)"""

from __future__ import annotations

import subprocess
import sys

import pytest

from curriculum import authoring as a
from curriculum.labs import paint_defects as pd
from curriculum.paths import REPO_ROOT
from curriculum.pinning import NumberLedger

MODULE = "inf-09-paint-defects"
FOLDER = REPO_ROOT / "informatics" / MODULE


BUILD = a.load_build_script(FOLDER)
LAB_FRAME = pd.grid_from_text(pd.LAB_FRAME)
PANEL = pd.grid_from_text(BUILD.PANEL_ROWS)


def test_the_frames_the_notebooks_write_are_the_models():
    namespace: dict = {"grid_from_text": pd.grid_from_text}
    exec(BUILD.FRAME, namespace)
    assert namespace["frame"] == LAB_FRAME
    setup = BUILD.ASSIGNMENT_SETUP.split("PANEL = ", 1)[1]
    assert eval(setup, {"grid_from_text": pd.grid_from_text}) == PANEL  # noqa: S307 - our own build script
    assert (len(PANEL), len(PANEL[0])) == (10, 14) and (len(LAB_FRAME), len(LAB_FRAME[0])) == (8, 12)


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    ledger = NumberLedger.of_module(MODULE)
    ledger.given(pd.CELL_MM, pd.MAX_SPOTS, pd.MAX_SPOT_CELLS, note="the camera's cell and the plant's rule")
    ledger.given(0, 1, -1, 2, 9, note="cell values, indices, the misconception's cell (0, 9) and grid[-1]")
    ledger.given(4, 8, note="four or eight neighbours")
    ledger.given(10, 14, 40, 60, 45, 100, 6, note="frame sizes of the texts, minutes, the forms' example, the test frame")
    ledger.given(1000, note="CPython's default recursion limit (checked below)")
    ledger.given(5, 2, 16, note="the design task: 5 spots, 2 with corners, at most 16 cells")
    assert ledger.pin(pd.CELL_MM * pd.CELL_MM) == 25
    assert ledger.pin(pd.defect_cells(LAB_FRAME)) == 19
    ledger.pin(pd.defect_area_mm2(LAB_FRAME))                                      # 475 mm²
    ledger.pin(pd.defect_area_mm2(LAB_FRAME) / 100)                                # 4.75 cm²
    assert ledger.pin(pd.defect_area_mm2(PANEL)) == 625                           # task 1
    ledger.pin(40 * 40), ledger.pin(60 * 60), ledger.pin(12 * 12)                   # 1600, 3600 and 144 cells
    assert ledger.pin(40 * pd.CELL_MM / 10) == 20                                  # 40 cells of 5 mm: 20 cm
    assert pd.spot_size(LAB_FRAME, 4, 5) == 5                                      # example 2: a spot of 5 cells
    # the tasks' examples
    assert ledger.pin(pd.defective_neighbours([[1, 1], [0, 1]], 0, 1)) == 2
    assert ledger.pin(pd.spot_size([[1, 1, 0], [0, 1, 0]], 0, 0)) == 3
    assert pd.count_spots([[1, 0, 1], [0, 1, 1]]) == 2
    assert pd.inspect_panel([[1, 1, 0], [0, 0, 1]]) == (2, 2, "pass")
    ledger.assert_complete()
    # the anticipated mistakes of task 1's hidden check (rules' answers are not shown, so not on the ledger)
    assert sum(row.count(0) for row in PANEL) * pd.CELL_MM ** 2 == 2875             # the clean cells counted
    assert pd.defect_cells(PANEL) * pd.CELL_MM == 125                               # 5 mm taken as an area


def test_the_recursion_limit_the_lessons_quote_is_pythons():
    out = subprocess.run([sys.executable, "-c", "import sys; print(sys.getrecursionlimit())"], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "1000"


def test_the_lessons_statements_hold():
    # lesson 1: the misconception's cell (0, 9) has no row above, yet frame[-1][9] reads a defect of the last row
    assert LAB_FRAME[-1][9] == 1 and pd.neighbours(LAB_FRAME, 0, 9) == [(1, 9), (0, 8), (0, 10)]
    # lesson 1's frame fails the rule both ways; corners join some spots
    assert pd.inspect_panel(LAB_FRAME) == (7, 5, "repair") and pd.count_spots(LAB_FRAME, 8) == 6
    # lesson 2's prediction: after (1, 1) the fill goes to (2, 1) by recursion and by queue, to (1, 2) by stack,
    # and all three find the spots in the same (scan) order
    orders = {m: pd.fill_order(LAB_FRAME, m) for m in pd.METHODS}
    assert [o[1][:2] for o in orders.values()] == [(2, 1), (1, 2), (2, 1)]
    assert len({tuple(label for *_cell, label, _w in o) for o in orders.values()}) == 1
    # a solid 40 x 40 spot sends the recursion 1600 calls deep; the queue holds far fewer cells at once
    solid = pd.one_spot(40, 40)
    assert max(w for *_, w in pd.fill_order(solid, "recursion")) == 1600
    assert max(w for *_, w in pd.fill_order(solid, "queue")) < 100
    # task 4's big frames go past the limit; task 3's stay well within it
    assert max(w for *_, w in pd.fill_order(pd.snake(45, 45), "recursion")) == pd.defect_cells(pd.snake(45, 45)) > 1000
    assert pd.defect_cells(pd.one_spot(12, 12)) == 144 < 900


def test_the_lesson_fills_run_as_the_lessons_say():
    """The recursive fill of lesson 2 counts example 2's spot and stops with RecursionError on the solid 40 x 40
    spot; the queue of example 3 finds all 1600 cells."""
    namespace: dict = {"grid_from_text": pd.grid_from_text}
    exec(BUILD.FRAME + "\n" + BUILD.MARK_SPOT, namespace)
    seen: set = set()
    namespace["mark_spot"](namespace["frame"], 4, 5, seen)
    assert len(seen) == 5
    script = BUILD.MARK_SPOT + "\nimport sys\nsys.setrecursionlimit(1000)\nseen = set()\ntry:\n" \
        "    mark_spot([[1] * 40 for _ in range(40)], 0, 0, seen)\nexcept RecursionError:\n    print('stopped', len(seen))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.startswith("stopped") and 900 < int(out.split()[1]) < 1000


@pytest.mark.parametrize(("rows", "spots4", "spots8", "largest"), [
    (["#"], 1, 1, 1), (["."], 0, 0, 0), (["#.#", ".#."], 3, 1, 1), (["##", "##"], 1, 1, 4),
    (["#..#", "....", "#..#"], 4, 4, 1), (["#" * 30], 1, 1, 30),
])
def test_spots_on_small_frames(rows, spots4, spots8, largest):
    grid = pd.grid_from_text(rows)
    assert (pd.count_spots(grid), pd.count_spots(grid, 8), pd.largest_spot(grid)) == (spots4, spots8, largest)
    assert sum(pd.label_spots(grid)[1]) == pd.defect_cells(grid)
    assert grid == pd.grid_from_text(rows)  # nothing changed the frame


def test_every_fill_finds_the_same_spots_of_any_frame():
    from hypothesis import given, settings

    @settings(max_examples=120, deadline=None, derandomize=True)
    @given(pd.grids(9, 9))
    def check(grid):
        labels, sizes = pd.label_spots(grid)
        for method in pd.METHODS:
            order = pd.fill_order(grid, method)
            assert sorted((r, c) for r, c, *_ in order) == sorted(
                (r, c) for r in range(len(grid)) for c in range(len(grid[0])) if grid[r][c])
            assert all(labels[r][c] == label for r, c, label, _w in order)
        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                assert pd.spot_size(grid, r, c) == (sizes[labels[r][c] - 1] if cell else 0)
                assert pd.defective_neighbours(grid, r, c) == sum(grid[i][j] for i, j in pd.neighbours(grid, r, c))
        assert pd.count_spots(grid, 8) <= pd.count_spots(grid)
        rows, cols = len(grid), len(grid[0])
        pairs = sum(1 for r in range(rows) for c in range(cols) for i, j in pd.neighbours(grid, r, c)) // 2
        assert pd.adjacent_pairs(rows, cols) == pairs

    check()


@pytest.mark.parametrize(("call", "message"), [
    (lambda: pd.grid_from_text("#.\n#x"), "row 2, column 2"),
    (lambda: pd.grid_from_text("#.\n#"), "different lengths"),
    (lambda: pd.grid_from_text("\n \n"), "no rows"),
    (lambda: pd.count_spots([[1, 0], [1]]), "rectangular"),
    (lambda: pd.count_spots([[1, 2]]), r"grid\[0\]\[1\] is 2: a cell is 0 \(clean\) or 1"),
    (lambda: pd.count_spots("#."), "list of rows"),
    (lambda: pd.spot_size([[1]], 1, 0), "outside the grid"),
    (lambda: pd.defective_neighbours([[1]], -1, 0), "outside the grid"),
    (lambda: pd.spot_size([[1]], 0.0, 0), "two whole numbers"),
    (lambda: pd.count_spots([[1]], connectivity=6), "connectivity is 4"),
    (lambda: pd.fill_order([[1]], "bucket"), "method is one of"),
    (lambda: pd.adjacent_pairs(-1, 3), "negative"),
])
def test_bad_input_gets_a_clear_message(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_an_empty_frame_has_no_spots():
    assert pd.count_spots([]) == 0 and pd.largest_spot([]) == 0 and pd.inspect_panel([]) == (0, 0, "pass")
    assert pd.adjacent_pairs(0, 5) == 0 and pd.adjacent_pairs(1, 1) == 0 and pd.adjacent_pairs(10, 14) == 256


@pytest.mark.parametrize(("rows", "meets"), [
    (["#.......", ".#......", "..#.....", "........", "....#...", ".....#.."], True),
    (["##......", "..#.....", "...##...", "........", ".....#..", "......#."], True),
    (["#.#.#...", "........", "#...#...", "........", "........", "........"], False),
    (["#####...", ".....#..", "......#.", ".......#", "........", "#......."], False),
    ([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0], [1, 0, 0, 0], [0, 1, 0, 0]], True),  # PANEL's way
])
def test_the_design_task_accepts_the_frames_that_meet_it_and_no_other(rows, meets):
    from curriculum.check import check_design

    assert check_design({"grid": rows}, pd.DESIGN_SPEC, model=pd.design_result).correct is meets


def test_the_design_tasks_fewest_cells_is_five():
    """The lesson's estimate: 5 spots that become 2 need at least 5 cells (each spot has a cell)."""
    limits = {r.key: r.limit for r in pd.DESIGN_SPEC.requirements}
    assert limits == {"spots4": 5.0, "spots8": 2.0, "largest4": 4.0, "cells": 16.0}
    assert pd.design_result({"grid": ["#.......", ".#......", "..#.....", "........", "....#...", ".....#.."]})["cells"] == 5


def test_the_painted_grid_shows_the_spots_and_the_fill():
    lab = pd.make_lab()
    lab.build()
    grid = lab.controls[0]
    canvas = grid.widget
    assert canvas.value == list(pd.LAB_FRAME) and len(canvas.colors) == 8 * 12
    labels, sizes = pd.label_spots(LAB_FRAME)
    # every defect cell wears its spot's colour, the largest spot is outlined, no cell is numbered
    for r in range(8):
        for c in range(12):
            i = r * 12 + c
            assert canvas.colors[i] == (pd.colour(labels[r][c]) if labels[r][c] else "")
            assert (i in canvas.outlined) == (labels[r][c] == sizes.index(max(sizes)) + 1)
    assert not any(canvas.marks) and canvas.current == -1
    # painting a cell in the browser sets the value: the lab's model runs and the picture follows
    before = lab.readout.value
    lab.set(grid=["#" + row[1:] if i == 0 else row for i, row in enumerate(pd.LAB_FRAME)])
    assert lab.readout.value != before and canvas.colors[0] == pd.colour(1)
    # while the fill runs, visited cells carry their step number, the current one is framed, the rest wait
    lab.set(step=3)  # recursion: (0, 0) is a spot of its own, then (1, 1) and the cell below it, (2, 1)
    assert [canvas.marks[i] for i in (0, 13, 25)] == ["1", "2", "3"] and canvas.current == 25
    assert canvas.colors[14] == pd.WAITING_COLOUR and "3" in lab.readout.value
    # Clear and the original picture
    lab.set(grid=["." * 12] * 8)
    assert not any(canvas.colors) and lab.result["spots"] == 0 and lab.result["verdict"] == "pass"


def test_the_fill_animation_draws_only_what_moves():
    lab = pd.make_lab()
    lab.build()
    full = lab.view.full_draws
    for step in range(0, 20):
        lab.set(step=step)
    assert lab.view.full_draws <= full + 1  # the axes were drawn at most once more (a new limit)


def test_the_design_line_is_the_painted_grid():
    lab = pd.make_lab("test-frame")
    lab.build()
    rows = ["#.......", ".#......", "..#.....", "........", "....#...", ".....#.."]
    lab.set(grid=rows, step=5)
    assert lab.design_code() == f"design = {{'grid': {rows!r}}}"
    assert lab.check().correct


def test_a_grid_that_is_not_rows_of_marks_is_refused():
    from curriculum.labs.paint_grid import PaintGrid

    for bad in ([], ["#.", "#"], ["#x"]):
        with pytest.raises(ValueError):
            PaintGrid("grid", {"kk": "", "ru": "", "en": ""}, bad)


def test_a_frame_written_as_rows_of_0_and_1_reads_as_its_picture():
    """A pupil copies a frame the way the assignment writes PANEL (lists of 0 and 1): it reads as its picture."""
    assert pd.grid_from_text([[0, 1], [1, 0]]) == pd.grid_from_text([".#", "#."]) == [[0, 1], [1, 0]]
    assert pd.grid_from_text([(True, False)]) == [[1, 0]]


@pytest.mark.parametrize(("lang", "picture", "message"), [
    ("kk", ["#x"], "1-жол, 2-баған: 'x' — не '#' \\(ақау\\)"),
    ("ru", [[1, 2]], "строка 1, столбец 2: 2 — не 1 \\(дефект\\)"),
    ("en", [[1, 0.0]], r"row 1, column 2: 0.0 is neither 1 \(defect\)"),
    ("ru", ["#.", "#"], "у строк разная длина: \\[2, 1\\]"),
    ("kk", ["", " "], "суретте бірде-бір жол жоқ"),
])
def test_a_picture_that_is_not_a_frame_is_refused_in_the_course_language(lang, picture, message):
    from curriculum.i18n import in_language

    with in_language(lang), pytest.raises(ValueError, match=message):
        pd.grid_from_text(picture)
