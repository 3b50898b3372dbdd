"""One vocabulary across the commands: ``--course DIR`` for the course folder, ``ASSIGNMENT ...`` or ``--all``,
old spellings accepted with a note, and an example in every command's ``--help``."""

from __future__ import annotations

import argparse

import pytest

from curriculum.cli import build_parser, main
from curriculum.demo import MARKER


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):
    """(words, parser) of every leaf command, e.g. (("course", "new"), <parser>)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from _commands(child, (*prefix, name))
            return
    yield prefix, parser


COMMANDS = dict(_commands(build_parser()))


def _options(parser: argparse.ArgumentParser) -> dict[str, argparse.Action]:
    return {o: a for a in parser._actions for o in a.option_strings}


def test_every_command_is_found():
    assert {" ".join(w) for w in COMMANDS} >= {"demo", "release", "grade", "report", "list", "show", "lint",
                                                "course new", "module fork"}


@pytest.mark.parametrize("words", list(COMMANDS), ids=[" ".join(w) for w in COMMANDS])
def test_help_ends_with_an_example(words, capsys):
    with pytest.raises(SystemExit) as done:
        main([*words, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    example = out.split("example:", 1)
    assert len(example) == 2, f"`{' '.join(words)} --help` shows no example"
    assert example[1].strip().startswith(f"python -m curriculum {' '.join(words)}")


def test_the_course_folder_has_one_name_everywhere():
    for words, parser in COMMANDS.items():
        dests = {a.dest for a in parser._actions}
        options = _options(parser)
        # no command names a course folder any other way than --course
        for old in ("--root", "--dest", "--into"):
            if old in options:
                assert options[old].dest == "course" and options[old].help == argparse.SUPPRESS, (words, old)
        if words[0] in ("demo", "release", "grade", "report", "lint", "course", "module"):
            assert "--course" in options and options["--course"].dest == "course", words
        if words[0] in ("release", "grade", "report"):
            assert {"assignments", "all"} <= dests, words


def test_old_spellings_still_work_and_say_the_new_one(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["lint", "--root", str(tmp_path / "empty"), "--no-release-sync"]) == 0
    err = capsys.readouterr().err
    assert "--root is now --course" in err
    assert main(["lint", "--course", str(tmp_path / "empty"), "--no-release-sync"]) == 0
    assert "now" not in capsys.readouterr().err
    args = build_parser().parse_args(["course", "new", "m.yml", "--dest", "somewhere"])
    assert args.course == "somewhere"
    assert "--dest is now --course" in capsys.readouterr().err
    args = build_parser().parse_args(["module", "fork", "math-08-gears", "--into", "there"])
    assert args.course == "there"


def test_a_missing_folder_or_assignment_is_named(tmp_path, capsys):
    assert main(["grade", "phys-09-braking", "--course", str(tmp_path / "nowhere")]) == 2
    assert f"--course {tmp_path / 'nowhere'}: no such folder" in capsys.readouterr().err
    assert main(["grade", "--course", str(tmp_path)]) == 2
    assert "name one or more ASSIGNMENTs, or --all" in capsys.readouterr().err
    assert main(["grade", "phys-09-braking", "--all", "--course", str(tmp_path)]) == 2
    with pytest.raises(SystemExit):
        main(["course", "new", "m.yml"])
    assert "name the folder with --course DIR" in capsys.readouterr().err


def test_demo_of_an_unknown_assignment_names_the_known_ones_and_keeps_the_old_demo(tmp_path, capsys):
    course = tmp_path / "demo-course"
    course.mkdir()
    (course / MARKER).write_text("a demo course\n")
    (course / "earlier.txt").write_text("last week's demo")
    assert main(["demo", "math-08-gear", "--course", str(course)]) == 2
    err = capsys.readouterr().err
    assert "no assignment math-08-gear" in err and "math-08-gears" in err
    assert (course / "earlier.txt").read_text() == "last week's demo"
