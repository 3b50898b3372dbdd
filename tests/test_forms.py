"""Fair marking: every right form of every autograded item earns its points, no typical wrong one does.

The forms are in each module's ``sample_class.yml`` (``forms``); :func:`curriculum.grading.forms.try_forms`
puts each through the item's test cells as the grader decides them (public part in one kernel, hidden
checks captured and decided outside it), one kernel per notebook.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from curriculum.grading.forms import try_forms
from curriculum.metadata import load_module_meta
from curriculum.paths import REPO_ROOT
from curriculum.sample_class import Forms, SampleSpec, spec_paths

from .conftest import MODULES

pytestmark = pytest.mark.slow

SPECS = [SampleSpec.load(path) for m in MODULES for path in spec_paths(m)]  # a project: one per milestone
WITH_FORMS = [spec for spec in SPECS if spec.forms]


@pytest.mark.parametrize("spec", WITH_FORMS, ids=[s.assignment for s in WITH_FORMS])
def test_right_forms_earn_every_point_and_wrong_ones_do_not(spec):
    report = try_forms(REPO_ROOT, spec)
    assert report.verdicts and report.ok, report.render()
    tried = {(v.grade_id, v.kind) for v in report.verdicts}
    assert tried == {(gid, kind) for gid in spec.forms for kind in ("right", "wrong")}


def test_every_module_written_to_the_standard_has_forms():
    for module_dir in MODULES:
        if load_module_meta(module_dir / "module.yml").written_to_the_standard:
            assert SampleSpec.load(module_dir / "sample_class.yml").forms, module_dir.name


def test_the_harness_reports_a_right_form_refused_and_a_wrong_one_accepted():
    """Forms whose label is false: the report must say so (a harness that says 'ok' to everything would pass)."""
    spec = next(s for s in SPECS if s.assignment == "math-08-gears")
    spec = dataclasses.replace(spec, forms={"n2-formula": Forms(
        right=("n2 = n1 * z1 / z2", "n2 = n1 * z2 / z1"),        # the second is the inverted ratio: wrong
        wrong=("n2 = z1 * n1 / z2", "n2 = n1 + z1 - z2"))})      # the first is right after all
    report = try_forms(REPO_ROOT, spec)
    flagged = {(v.kind, v.number) for v in report.unexpected}
    assert flagged == {("right", 2), ("wrong", 1)}, report.render()
    refused = next(v for v in report.unexpected if v.kind == "right")
    assert refused.score == 0 and "REFUSED" in str(refused) and refused.messages


def test_forms_naming_no_item_are_an_authors_error(tmp_path: Path):
    spec = next(s for s in SPECS if s.assignment == "math-08-gears")
    spec = dataclasses.replace(spec, forms={"no-such-item": Forms(("x = 1",), ("x = 2",))})
    with pytest.raises(ValueError, match="no-such-item"):
        try_forms(REPO_ROOT, spec)


def test_a_form_that_never_ends_is_interrupted_and_scores_nothing():
    """As the grader does (c.Execute.interrupt_on_timeout): a form that loops costs its item, not the whole run."""
    spec = next(s for s in SPECS if s.assignment == "math-08-gears")
    spec = dataclasses.replace(spec, forms={"n2-formula": Forms(
        right=("n2 = n1 * z1 / z2",), wrong=("while True:\n    pass", "n2 = n1 * z2 / z1"))})
    report = try_forms(REPO_ROOT, spec, answer_timeout=3)
    assert report.ok, report.render()
    looping = next(v for v in report.verdicts if v.kind == "wrong" and v.number == 1)
    assert looping.score == 0 and looping.points > 0
    right = next(v for v in report.verdicts if v.kind == "right")
    assert right.score == right.points > 0, report.render()
