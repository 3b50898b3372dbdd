"""docs/instructors.md works as written: its files are written and its bash blocks run, in order, in one folder."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from curriculum.paths import REPO_ROOT

GUIDE = REPO_ROOT / "docs" / "instructors.md"
BLOCK = re.compile(r'^```(\w+)([^\n]*)\n(.*?)^```\s*$', re.MULTILINE | re.DOTALL)

pytestmark = pytest.mark.slow


def blocks():
    """(language, title or None, body) of every fenced block, in order."""
    for lang, info, body in BLOCK.findall(GUIDE.read_text(encoding="utf-8")):
        title = re.search(r'title="([^"]+)"', info)
        yield lang, title.group(1) if title else None, body


def test_the_guide_has_the_four_walk_throughs_in_order():
    headings = re.findall(r"^## (\d)\. (.+)$", GUIDE.read_text(encoding="utf-8"), re.MULTILINE)
    assert [h[1].split()[0] for h in headings] == ["Build", "Adapt", "Write", "Translate"]
    assert sum(1 for lang, _t, _b in blocks() if lang == "bash") >= 6


@pytest.fixture(scope="module")
def walked(tmp_path_factory):
    folder = tmp_path_factory.mktemp("guide")
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""),
               PYTHONPATH=str(REPO_ROOT))
    outputs = []
    for lang, title, body in blocks():
        if title:
            (folder / title).parent.mkdir(parents=True, exist_ok=True)
            (folder / title).write_text(body, encoding="utf-8")
        elif lang == "bash":
            run = subprocess.run(["bash", "-euo", "pipefail", "-c", body], cwd=folder, env=env,
                                 capture_output=True, text=True, timeout=300)
            assert run.returncode == 0, f"{body}\n--- stdout\n{run.stdout}\n--- stderr\n{run.stderr}"
            outputs.append(run.stdout)
    return folder, "\n".join(outputs)


def test_every_command_of_the_guide_runs(walked):
    folder, out = walked
    assert "course kostanay-school-8a (kk)" in out and "math-08-gears forked as math-08-gears-8a" in out
    assert out.count("no problems") >= 2
    assert "phys-07-torque: Момент силы" in out


def test_the_guide_builds_a_kazakh_course_and_a_russian_preview(walked):
    folder, _out = walked
    for course, lang in (("kostanay-8a", "kk"), ("preview-ru", "ru")):
        released = sorted((folder / course / "release").rglob("*.ipynb"))
        assert released
        for path in released:
            nb = nbformat.read(path, as_version=4)
            assert {t for c in nb.cells for t in c.metadata.get("tags", [])} == {f"lang-{lang}"}, path
    assert (folder / "preview-ru/release/phys-07-torque/torque.ipynb").is_file()
