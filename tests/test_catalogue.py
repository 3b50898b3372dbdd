"""The catalogue: ``list`` and ``show`` for teachers, ``--json`` for scripts."""

from __future__ import annotations

import json

from curriculum.catalogue import load_catalogue
from curriculum.cli import main


def test_list_is_a_table_filtered_by_subject_and_grade(capsys):
    assert main(["list", "--grade", "8"]) == 0
    out = capsys.readouterr().out
    assert "math-08-gears" in out and "inf-08-vin" in out and "phys-09-braking" not in out
    assert out.splitlines()[0].split() == ["id", "subject", "level", "time", "title"]
    assert main(["list", "--subject", "physics", "--lang", "kk"]) == 0
    out = capsys.readouterr().out
    assert "Тоқтау жолы" in out and "math-08-gears" not in out


def test_list_json_holds_the_full_metadata(capsys):
    assert main(["list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [m["id"] for m in data] == list(load_catalogue().ids)
    assert all(set(m["title"]) == {"kk", "ru", "en"} and m["assignments"] for m in data)


def test_show_gives_one_module_in_the_chosen_language(capsys):
    assert main(["show", "phys-09-braking", "--lang", "ru"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("phys-09-braking: Остановочный путь") and "9.2.1.4" in out and "программирование" in out


def test_show_an_unknown_module_lists_the_known_ones(capsys):
    assert main(["show", "phys-99-warp"]) == 2
    err = capsys.readouterr().err
    known = err.split("known modules: ", 1)[1].strip().split(", ")
    assert known == sorted(known) and {"inf-08-vin", "math-08-gears", "phys-09-braking"} <= set(known)
