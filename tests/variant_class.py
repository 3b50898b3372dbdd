"""A course with the variants test assignment (``tests/variant_course``): released, with students' own copies.

The assignment is the engine's own, not the catalogue's: a conveyor belt of ``belt`` metres at
``speed`` m/s and a cycle-time design for ``target`` cars, eight parameter sets per class. Its items are
an answer with units, a plain number, a function and a design, each depending on the parameters.
"""

from __future__ import annotations

import copy
import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat

from curriculum.course import CONFIG_FILE, Course
from curriculum.paths import REPO_ROOT
from curriculum.sample_class import solution_text
from curriculum.variants.deck import Deck, ParameterSet
from curriculum.variants.personalise import personalise, release_deck

HERE = Path(__file__).parent / "variant_course"
ASSIGNMENT = "line-variants"
NOTEBOOK = "line.ipynb"


@dataclass
class VariantClass:
    root: Path

    @property
    def course(self) -> Course:
        return Course(self.root)

    def source(self) -> nbformat.NotebookNode:
        return nbformat.read(self.root / "source" / ASSIGNMENT / NOTEBOOK, as_version=4)

    def released(self) -> nbformat.NotebookNode:
        return nbformat.read(self.root / "release" / ASSIGNMENT / NOTEBOOK, as_version=4)

    @property
    def deck(self) -> Deck:
        deck = release_deck(self.released())
        assert deck is not None
        return deck

    def copy_for(self, student: str) -> nbformat.NotebookNode:
        """The copy a student gets (as nbgrader's fetch makes it)."""
        return personalise(self.released(), student)

    def solutions(self) -> dict[str, str]:
        """The teacher's solutions, which use the parameters' names (right for every parameter set)."""
        return {c.metadata["nbgrader"]["grade_id"]: solution_text(c) for c in self.source().cells
                if c.metadata.get("nbgrader", {}).get("solution") and c.cell_type == "code"}

    @staticmethod
    def answers_for(parameters: ParameterSet) -> dict[str, str]:
        """Right answers of one parameter set written as numbers, as a student copying them would."""
        v = parameters.values
        return {"belt-time": f"t_belt = {v['belt'] / v['speed']!r} * ureg.s",
                "bodies": f"bodies = {v['belt'] / 2.5!r}",
                "design": f"design = {{'cycle_s': {27000 / (v['target'] + 5)!r}}}"}

    def solved(self, nb: nbformat.NotebookNode, answers: dict[str, str] | None = None) -> nbformat.NotebookNode:
        """``nb`` with every answer cell filled: the solutions, then ``answers`` over them."""
        nb = copy.deepcopy(nb)
        chosen = {**self.solutions(), **(answers or {})}
        for cell in nb.cells:
            gid = cell.metadata.get("nbgrader", {}).get("grade_id")
            if gid in chosen and cell.metadata["nbgrader"].get("solution"):
                cell.source = chosen[gid]
        return nb

    def hand_in(self, student: str, nb: nbformat.NotebookNode) -> Path:
        folder = self.root / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, folder / NOTEBOOK)
        return folder / NOTEBOOK

    def students_with_different_sets(self, count: int = 2, prefix: str = "s") -> list[str]:
        """The first ``count`` student ids whose parameter sets differ in every value."""
        found: list[str] = []
        for i in range(200):
            name = f"{prefix}{i:02d}"
            values = self.deck.for_student(name).values
            if all(values[k] != self.deck.for_student(other).values[k] for other in found for k in values):
                found.append(name)
                if len(found) == count:
                    return found
        raise AssertionError("no such students")


def make_variant_course(root: Path, language: str = "") -> VariantClass:
    """A course at ``root`` (the package's config; ``language`` its course language) with the test assignment released."""
    root.mkdir(parents=True, exist_ok=True)
    config = (REPO_ROOT / CONFIG_FILE).read_text(encoding="utf-8")
    if language:
        config = config.replace('c.CourseLanguage.language = ""', f'c.CourseLanguage.language = "{language}"')
    (root / CONFIG_FILE).write_text(config, encoding="utf-8")
    shutil.copytree(HERE / "source", root / "source")
    step = Course(root).generate_release(ASSIGNMENT)
    assert step.ok, step.log
    return VariantClass(root)


def copy_course(template: VariantClass, dest: Path) -> VariantClass:
    """A copy of a released course (with its gradebook and the reference runs' cache)."""
    shutil.copytree(template.root, dest)
    return VariantClass(dest)
