"""The polygon editor (curriculum.labs.polygon_editor): a lab control whose value is the polygon's vertices, moved by
a drag or the arrow keys in the browser (tests/test_browser.py drives it there); here, headless: the value reaches
the model, the model's words reach the sides, the kernel says when it has handled a value, bad starts are refused."""

from __future__ import annotations

import pytest

from curriculum.labs.core import Lab
from curriculum.labs.polygon_editor import PolygonEditor, PolygonLab

WORDS = {"kk": "Көпбұрыш", "ru": "Многоугольник", "en": "Polygon"}


def _lab():
    def model(points):
        return {"n": len(points), "points": points, "side_labels": [f"{i}" for i in range(len(points))]}

    editor = PolygonEditor("points", WORDS, [[0, 0], [40, 0], [40, 30]], frame=(0, 0, 100, 50), step=5, grid=10,
                           unit="mm", width_px=400)
    lab = PolygonLab(model=model, controls=[editor], readout_html=lambda r: f"<b>{r['n']}</b>")
    lab.build()
    return lab, editor


def test_a_moved_vertex_reaches_the_model_and_the_models_words_reach_the_sides():
    lab, editor = _lab()
    assert editor.widget.side_labels == ["0", "1", "2"]
    assert editor.widget.px_per_unit == 4.0 and editor.widget.frame == [0, 0, 100, 50]
    lab.set(points=[[0, 0], [40, 0], [40, 30], [0, 30]])
    assert lab.result["n"] == 4 and editor.widget.side_labels == ["0", "1", "2", "3"]
    assert lab.design_code() == "design = {'points': [[0, 0], [40, 0], [40, 30], [0, 30]]}"


def test_the_kernel_says_done_after_a_value_from_the_browser():
    lab, editor = _lab()
    sent = []
    editor.widget.send = lambda content, buffers=None: sent.append(content)
    editor.widget.set_state({"value": [[0, 0], [45, 0], [40, 30]]})
    assert lab.result["points"] == [[0, 0], [45, 0], [40, 30]]
    assert sent == [{"type": "done"}]


def test_the_names_and_the_accessible_words_are_the_course_languages():
    import curriculum

    curriculum.setup("kk")
    try:
        _lab_, editor = _lab()
        assert editor.widget.names == ["A", "B", "C"]
        assert editor.widget.texts["group"] == "Көпбұрыш" and "пернелер" in editor.widget.texts["hint"]
        assert editor.widget.decimal == ","
    finally:
        curriculum.setup("en")


@pytest.mark.parametrize(("value", "frame", "says"), [
    ([[0, 0], [1, 0]], (0, 0, 10, 10), "at least three vertices"),
    ([[0, 0], [1, "a"], [2, 2]], (0, 0, 10, 10), "pairs of numbers"),
    ([[0, 0], [20, 0], [2, 2]], (0, 0, 10, 10), "inside its frame"),
    ([[0, 0], [1, 0], [2, 2]], (0, 0, 0, 10), "x_max > x_min"),
])
def test_a_bad_start_is_refused_with_a_clear_message(value, frame, says):
    with pytest.raises(ValueError, match=says):
        PolygonEditor("points", WORDS, value, frame=frame)


def test_a_plain_lab_works_with_the_editor_too():
    """Without PolygonLab the editor is an ordinary control: the model runs, the sides stay unlabelled."""
    editor = PolygonEditor("points", WORDS, [[0, 0], [4, 0], [4, 3]], frame=(0, 0, 10, 10))
    lab = Lab(model=lambda points: {"n": len(points)}, controls=[editor], readout_html=lambda r: str(r["n"]))
    lab.build()
    lab.set(points=[[0, 0], [4, 0], [4, 3], [0, 3]])
    assert lab.readout.value == "4" and editor.widget.side_labels == []
