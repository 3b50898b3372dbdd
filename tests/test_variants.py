"""Variants without kernels: parameter draws, decks, task texts, students' copies, what a submission showed, self-checks."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import zlib
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from curriculum.check import compare
from curriculum.check.fingerprint import DECK_PREFIX, deck_tokens, fingerprint, fingerprint_deck, self_check
from curriculum.units import ureg
from curriculum.variants import Variant, VariantError
from curriculum.variants import draw
from curriculum.variants.deck import DeckError, build_deck, deck_key, parameters_cell, run_parameters, with_deck_key
from curriculum.variants.draw import ENV, Assigned
from curriculum.variants.personalise import DECK, TEMPLATE, personalise, template_texts
from curriculum.variants.settings import AssignmentSettings, SettingsError, load_settings, save_settings
from curriculum.variants.shown import shown_flags
from curriculum.variants.text import render

CELL = """from curriculum.variants import Variant

variant = Variant(count=8)
speed = variant.choice([90, 72, 81, 99, 108, 117, 126, 63])   # km/h
mu_wet = variant.uniform(0.35, 0.6, step=0.05)
gap, limit = variant.pick([(40, 1.0), (35, 1.2), (45, 0.8), (50, 1.5)])
variant.require(speed <= 99 or mu_wet >= 0.5, "fast runs only on a grippy track")
variant.distinct(speed)
speed_ms = speed / 3.6
"""


def deck(key: str = "course/braking/draw-1", source: str = CELL, **kw):
    return build_deck(source, key=key, notebook="braking", **kw)


# -- draws and decks ------------------------------------------------------------------------------

def test_a_deck_holds_as_many_different_parameter_sets_as_the_cell_asks_for_each_meeting_its_constraints():
    d = deck()
    assert d.count == 8 and len({tuple(s.drawn) for s in d.sets}) == 8
    for s in d.sets:
        v = s.values
        assert v["speed"] in (90, 72, 81, 99, 108, 117, 126, 63) and 0.35 <= v["mu_wet"] <= 0.6
        assert round(v["mu_wet"] / 0.05, 9) == round(v["mu_wet"] / 0.05)  # on the step's grid
        assert v["speed"] <= 99 or v["mu_wet"] >= 0.5
        assert (v["gap"], v["limit"]) in [(40, 1.0), (35, 1.2), (45, 0.8), (50, 1.5)]
        assert v["speed_ms"] == pytest.approx(v["speed"] / 3.6)
    assert len({s.values["speed"] for s in d.sets}) == 8, "distinct(speed): no two sets share a speed"


def test_the_example_is_the_first_value_of_every_draw():
    example = deck().example
    assert example.seed is None and example.number == 0
    assert (example.values["speed"], example.values["mu_wet"], example.values["gap"], example.values["limit"]) == (90, 0.35, 40, 1.0)


def test_the_same_course_assignment_and_draw_give_the_same_deck_and_another_course_or_draw_another():
    first, again = deck(), build_deck(CELL, key="course/braking/draw-1", notebook="braking")
    assert [s.values for s in first.sets] == [s.values for s in again.sets]
    for other in ("other-course/braking/draw-1", "course/braking/draw-2"):
        assert [s.values for s in deck(other).sets] != [s.values for s in first.sets]


def test_draws_are_the_same_in_a_fresh_python_process():
    """Seeds go through SHA-256, never Python's random: another interpreter run gives the same numbers."""
    d = deck()
    script = ("import json,sys; from curriculum.variants.deck import build_deck; "
              "d = build_deck(sys.stdin.read(), key='course/braking/draw-1', notebook='braking'); "
              "print(json.dumps([s.values for s in d.sets]))")
    out = subprocess.run([sys.executable, "-c", script], input=CELL, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [dict(s.values) for s in d.sets]


def test_every_student_gets_the_same_set_every_time_and_a_pinned_one_the_teachers_choice():
    d = deck()
    students = [f"student{i}" for i in range(60)]
    numbers = [d.number_for(s) for s in students]
    assert numbers == [deck().number_for(s) for s in students]
    assert set(numbers) == set(range(1, 9)), "sixty students use every set"
    pinned = deck(pins={"student0": 5 if numbers[0] != 5 else 6})
    assert pinned.number_for("student0") != numbers[0] and pinned.number_for("student1") == numbers[1]
    with pytest.raises(DeckError, match="pinned to parameter set 9"):
        deck(pins={"student0": 9})


def test_a_release_carries_pins_without_the_students_names():
    from curriculum.variants.deck import Deck

    pinned = deck(pins={"aigerim": 3})
    doc = pinned.metadata()
    assert "aigerim" not in json.dumps(doc)
    assert Deck.from_metadata(doc).number_for("aigerim") == 3


def test_a_cell_that_cannot_give_enough_different_sets_or_fails_is_named():
    with pytest.raises(DeckError, match="only 2 different parameter sets.*count=5"):
        deck(source="from curriculum.variants import Variant\nv = Variant(count=5)\nx = v.choice([1, 2])\n")
    with pytest.raises(DeckError, match="NameError.*import what it uses"):
        deck(source="v = Variant(count=2)\nx = v.choice([1, 2, 3])\n")
    with pytest.raises(DeckError, match="example numbers break the constraint 'x > 1'"):
        deck(source="from curriculum.variants import Variant\nv = Variant(count=2)\nx = v.choice([1, 2, 3])\n"
                    "v.require(x > 1, 'x > 1')\n")
    with pytest.raises(VariantError, match="step does not divide"):
        run_parameters("from curriculum.variants import Variant\nv = Variant()\nx = v.uniform(0, 1, step=0.3)\n",
                       Assigned("seed", origin="build"))


def test_the_parameters_cell_is_found_and_the_release_names_its_deck():
    nb = new_notebook(cells=[new_code_cell("import curriculum"), new_code_cell(CELL), new_markdown_cell("x")])
    assert parameters_cell(nb) == 1
    released = with_deck_key(CELL, "c/a/draw-1")
    assert "Variant(count=8, deck='c/a/draw-1')" in released
    assert [s.values for s in build_deck(released, key="c/a/draw-1", notebook="n").sets] == \
           [s.values for s in build_deck(CELL, key="c/a/draw-1", notebook="n").sets]
    nb.cells.append(new_code_cell(CELL))
    with pytest.raises(DeckError, match="one parameters cell"):
        parameters_cell(nb)


# -- which numbers a kernel draws -------------------------------------------------------------------

def _record_notebook(path: Path, record: dict | None) -> None:
    nb = new_notebook(cells=[new_code_cell(CELL)])
    if record is not None:
        nb.metadata["curriculum"] = {"variant": record}
    nbformat.write(nb, path)


def _kernel_draw(cwd: Path, env: dict[str, str]) -> dict:
    """Run the parameters cell as a kernel would (a fresh interpreter in the notebook's folder)."""
    script = ("import json\n" + CELL + "\nprint(json.dumps({'speed': speed, 'mu_wet': mu_wet, 'origin': variant.assigned.origin,"
              " 'number': variant.number}))")
    clean = {k: v for k, v in os.environ.items() if k not in (ENV, "JPY_SESSION_NAME", "NBGRADER_EXECUTION")}
    out = subprocess.run([sys.executable, "-c", script], cwd=cwd, env={**clean, **env}, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_a_kernel_draws_the_graders_set_then_its_notebooks_record_then_the_example(tmp_path):
    d = deck()
    mine, other = d.sets[2], d.sets[5]
    record = {"deck": d.key, "student": "aigerim", "number": mine.number, "seed": mine.seed, "values": dict(mine.values)}
    folder = tmp_path / "line"
    folder.mkdir()
    assert _kernel_draw(folder, {})["origin"] == "example"
    _record_notebook(folder / "braking.ipynb", record)
    # nbgrader validate: no session name, the record of the notebooks in the folder
    found = _kernel_draw(folder, {})
    assert (found["speed"], found["mu_wet"], found["number"]) == (mine.values["speed"], mine.values["mu_wet"], mine.number)
    # JupyterLab names the notebook it runs (JPY_SESSION_NAME), even one in another folder
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    assert _kernel_draw(elsewhere, {"JPY_SESSION_NAME": str(folder / "braking.ipynb")})["number"] == mine.number
    # the grader's word wins over whatever the notebook says
    graded = _kernel_draw(folder, {ENV: other.environment("aigerim", d.key)})
    assert (graded["speed"], graded["origin"]) == (other.values["speed"], "grader")


def test_notebooks_that_disagree_about_their_student_give_the_example(tmp_path):
    d = deck()
    for i, s in enumerate(d.sets[:2]):
        _record_notebook(tmp_path / f"n{i}.ipynb", {"deck": d.key, "student": f"x{i}", "number": s.number, "seed": s.seed})
    assert _kernel_draw(tmp_path, {})["origin"] == "example"


def test_a_copy_that_was_not_made_for_a_student_says_so_in_the_course_language(capsys, monkeypatch):
    from curriculum.i18n import in_language

    monkeypatch.delenv(ENV, raising=False)
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    monkeypatch.chdir(Path(__file__).parent)
    with in_language("kk"):
        Variant()
    said = capsys.readouterr().out
    assert said.strip() and "example" not in said, said


# -- task texts ----------------------------------------------------------------------------------------

def test_numbers_are_written_as_each_language_and_each_place_in_the_text_writes_them():
    values = {"mu_wet": 0.45, "speed": 81, "surface": "wet", "v": 25.0}
    text = "Road {surface}: μ = {mu_wet}, $\\mu = {mu_wet}$, `mu = {mu_wet}`, {speed} km/h, $\\frac{v}{2}$ {mu_wet:.3f} {unknown}"
    assert render(text, values, "en") == ("Road wet: μ = 0.45, $\\mu = {0.45}$, `mu = 0.45`, 81 km/h, $\\frac{25}{2}$ 0.450 "
                                          "{unknown}")
    assert render(text, values, "kk") == ("Road wet: μ = 0,45, $\\mu = {0{,}45}$, `mu = 0.45`, 81 km/h, $\\frac{25}{2}$ 0,450 "
                                          "{unknown}")
    assert render("$$s = {v} \\cdot {mu_wet}$$", values, "ru") == "$$s = {25} \\cdot {0{,}45}$$"


def _released(d) -> nbformat.NotebookNode:
    nb = new_notebook(cells=[
        new_markdown_cell("Жылдамдық {speed} км/сағ, $\\mu = {mu_wet}$.", metadata={"tags": ["lang-kk"]}),
        new_markdown_cell("Speed {speed} km/h, $\\mu = {mu_wet}$.", metadata={"tags": ["lang-en"]}),
        new_code_cell(CELL, metadata={"nbgrader": {"grade_id": "parameters", "locked": True, "grade": False,
                                                   "solution": False, "checksum": "abc"}}),
        new_markdown_cell("No numbers here."),
    ])
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"c{i}"
    template_texts(nb, d)
    nb.metadata["curriculum"] = {DECK: d.metadata()}
    return nb


def test_a_release_shows_the_example_and_a_students_copy_their_own_numbers_in_each_cells_language():
    d = deck()
    nb = _released(d)
    assert nb.cells[1].source == "Speed 90 km/h, $\\mu = {0.35}$." and TEMPLATE in nb.cells[1].metadata["curriculum"]
    assert "curriculum" not in nb.cells[3].metadata
    mine = d.for_student("aigerim")
    copy = personalise(nb, "aigerim")
    speed, mu = mine.values["speed"], mine.values["mu_wet"]
    assert copy.cells[0].source == f"Жылдамдық {speed} км/сағ, $\\mu = {{{str(mu).replace('.', '{,}')}}}$."
    assert copy.cells[1].source == f"Speed {speed} km/h, $\\mu = {{{mu}}}$."
    assert copy.metadata["curriculum"]["variant"]["seed"] == mine.seed
    assert copy.metadata["curriculum"]["variant"]["student"] == "aigerim"
    assert copy.cells[2] == nb.cells[2], "locked cells, their checksums and ids stay as released"


def test_what_a_submission_showed_is_compared_with_its_students_true_set():
    d = deck()
    released = _released(d)
    students = [f"s{i}" for i in range(40)]
    a = students[0]
    b = next(s for s in students if d.number_for(s) != d.number_for(a))
    assert shown_flags(personalise(released, a), released, d, a) == ()
    assert [f.code for f in shown_flags(released, released, d, a)] == ["not-personalised"]
    borrowed = shown_flags(personalise(released, a), released, d, b)
    assert [f.code for f in borrowed] == ["made-for-other"] and f"made for {a}" in borrowed[0].describe()
    edited = personalise(released, a)
    edited.metadata["curriculum"]["variant"].update(seed=d.for_student(b).seed, values=dict(d.for_student(b).values))
    assert [f.code for f in shown_flags(edited, released, d, a)] == ["record-changed"]
    text = personalise(released, a)
    text.cells[1].source = text.cells[1].source.replace(str(d.for_student(a).values["speed"]), "1000")
    flags = shown_flags(text, released, d, a)
    assert [f.code for f in flags] == ["text-changed"] and flags[0].params["cells"] == [2]
    assert "text cells 2 show changed numbers" in flags[0].describe()


# -- self-checks per parameter set ----------------------------------------------------------------

def test_a_self_check_per_parameter_set_judges_by_the_kernels_own_set_and_holds_no_answer(monkeypatch):
    d = deck()
    answers = {s.seed: s.values["speed"] / 3.6 * 1.37 * ureg.s for s in d.sets}
    token = fingerprint_deck({seed: fingerprint(answer) for seed, answer in answers.items()})
    assert token.startswith(DECK_PREFIX) and len(deck_tokens(token)) == d.count
    body = token[len(DECK_PREFIX):]
    assert "." not in zlib.decompress(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))).decode()
    for inner in deck_tokens(token).values():
        data = inner[len("cm1:"):]
        text = base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)).decode()
        for answer in answers.values():
            assert f"{answer.magnitude:.3f}"[:-1] not in text, "a fingerprint shows an answer"
    first, second = d.sets[0], d.sets[1]
    monkeypatch.setenv(ENV, first.environment())
    Variant(count=8)
    assert self_check(answers[first.seed], token).correct
    assert not self_check(answers[second.seed], token).correct
    monkeypatch.setenv(ENV, json.dumps({"seed": "not-in-this-deck", "number": 3}))
    Variant(count=8)
    result = self_check(answers[first.seed], token)
    assert not result.correct and result.code == "no-self-check"
    assert compare(answers[first.seed], answers[first.seed], mode="units").correct


# -- the course's settings ----------------------------------------------------------------------------

def test_the_courses_variant_settings_are_read_back_and_bad_ones_named(tmp_path):
    assert load_settings(tmp_path) == {}
    save_settings(tmp_path, "phys-09-braking", AssignmentSettings(2, {"aigerim": 3}))
    save_settings(tmp_path, "math-07-takt", AssignmentSettings(1))
    settings = load_settings(tmp_path)
    assert settings["phys-09-braking"] == AssignmentSettings(2, {"aigerim": 3}) and settings["math-07-takt"].draw == 1
    assert deck_key("c", "phys-09-braking", settings["phys-09-braking"].draw) == "c/phys-09-braking/draw-2"
    (tmp_path / "variants.yml").write_text("phys-09-braking:\n  draw: 0\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="draw must be a whole number"):
        load_settings(tmp_path)


def test_a_kernel_outside_any_deck_draws_nothing_it_should_not(monkeypatch):
    monkeypatch.setenv(ENV, "{not json")
    with pytest.raises(VariantError, match="CURRICULUM_VARIANT"):
        draw.resolve()
