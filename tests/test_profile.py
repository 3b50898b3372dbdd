"""Students' profiles: one sample student's figures recomputed by hand, the page's wording, the PDF, the cohort."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess

import nbformat
import pytest
from nbgrader.api import Gradebook

from curriculum.catalogue import load_catalogue
from curriculum.cli import main
from curriculum.metadata.vocabulary import SKILLS
from curriculum.profile.build import build_profiles, item_descriptors
from curriculum.profile.cohort import MIN_COHORT, cohort
from curriculum.profile.evidence import student_evidence
from curriculum.profile.guidance import guide
from curriculum.professions import load_professions
from curriculum.report.data import ClassData, Item, Outcome
from curriculum.sample_class import find_spec

from .conftest import ASSIGNMENTS, auto_points, source_notebooks

# words a page for a child and the parents never uses (it lists strengths and growth, never a verdict)
LABELS = ("not suited", "unsuited", "weak", "poor", "fail", "bad at", "below average", "lazy", "talent", "gifted")


def _class(shares: dict[str, dict[str, float]], skills: dict[str, tuple[str, ...]], subjects: dict[str, str]) -> ClassData:
    """One 10-point item per assignment; ``shares[assignment][student]`` is the fraction earned."""
    outcomes = {(a, "t", s): Outcome(10 * v) for a, by in shares.items() for s, v in by.items()}
    students = sorted({s for by in shares.values() for s in by})
    return ClassData(assignments=list(shares), students=students,
                     items=[Item(a, "t", 10.0, False) for a in shares], outcomes=outcomes, skills=skills,
                     subjects=subjects, order={a: float(i) for i, a in enumerate(shares)},
                     submitted={(a, s) for a, by in shares.items() for s in by})


def test_strengths_growth_and_what_to_practise_follow_their_definitions():
    data = _class({"a1": {"s": 0.4, "t": 0.1}, "a2": {"s": 0.7, "t": 0.2}, "a3": {"s": 0.95, "t": 0.3}},
                  {"a1": ("units", "algebra"), "a2": ("units",), "a3": ("units", "programming")},
                  {"a1": "math", "a2": "physics", "a3": "informatics"})
    s = student_evidence(data, "s")
    # units: (0.4 + 0.7 + 0.95) / 3; algebra: 0.4; programming: 0.95
    assert s.skill("units").share == pytest.approx(2.05 / 3) and s.skill("algebra").share == pytest.approx(0.4)
    assert s.strengths == ("programming",) and not s.strengths_so_far
    assert [g.skill for g in s.growth] == ["units"] and (s.skill("units").first, s.skill("units").latest) == (0.4, 0.95)
    assert s.practise == ("algebra",)
    t = student_evidence(data, "t")
    assert t.strengths_so_far and t.strengths == ("programming", "units")  # the best so far: 30 % and 20 %
    assert not t.aptitude and t.practise == ("algebra", "units", "programming")
    # the professions a strength points to use it; none is pointed to without a strength it uses
    guidance = guide(s, load_catalogue(), load_professions())
    assert guidance.professions and all("programming" in p.profession.skills for p in guidance.professions)


def _gradebook_scores(db_url: str, assignment: str, student: str, tests: set[str]) -> dict[str, tuple[float, float]]:
    """The autograded items' (score, max score) straight from nbgrader's gradebook."""
    with Gradebook(db_url) as gb:
        notebook = gb.find_submission(assignment, student).notebooks[0]
        return {g.name: (g.score, g.max_score) for g in notebook.grades if g.name in tests}


@pytest.mark.slow
def test_one_sample_students_figures_recomputed_by_hand(demo, tmp_path):
    run = build_profiles(demo.course_root, ["bolat"], lang="en", out=tmp_path, pdf=False)
    (page,) = run.pages
    evidence = page.evidence
    db_url = f"sqlite:///{demo.course_root / 'gradebook.db'}"
    by_assignment = {r.assignment: r for r in evidence.results}
    expected: dict[str, float] = {}
    for assignment in ASSIGNMENTS:
        points = auto_points(nbformat.read(source_notebooks(assignment)[0], as_version=4))
        failing = {t for wrong in find_spec(assignment).partly_wrong.values() for t in wrong.fails}
        scores = _gradebook_scores(db_url, assignment, "bolat", set(points))
        assert set(scores) == set(points), assignment
        # every item the sample class answers right earns its points; a wrong one earns nothing, or partial credit
        # when its check keeps some (a design meeting part of its requirements, inf-07-bracket's part check)
        for item, (score, max_score) in scores.items():
            assert max_score == pytest.approx(points[item]), (assignment, item)
            assert (score < max_score) if item in failing else (score == pytest.approx(max_score)), (assignment, item)
        in_gradebook = sum(s for s, _ in scores.values()) / sum(points.values())
        expected[assignment] = in_gradebook
        assert by_assignment[assignment].share == pytest.approx(in_gradebook)
    # each skill: the mean over the assignments whose module trains it (module.yml skills)
    trains = {a: e.meta.skills for e in load_catalogue().entries for a in e.meta.assignments}
    for skill in SKILLS:
        shares = [expected[a] for a in ASSIGNMENTS if skill in trains[a]]
        if shares:
            assert evidence.skill(skill).share == pytest.approx(sum(shares) / len(shares)), skill
    # the hand-in dates the demo gives put the grade-7 modules first and the college ones last
    college = {a for e in load_catalogue().entries if e.meta.track == "college" for a in e.meta.assignments}
    assert evidence.results[0].assignment in ("inf-07-bracket", "math-07-takt")
    assert evidence.results[-1].assignment in college, [r.assignment for r in evidence.results]
    html = page.html.read_text(encoding="utf-8")
    for assignment, share in expected.items():
        assert f"({share:.0%})" in html
    for skill in evidence.strengths[:3]:
        assert f"{SKILLS[skill]['en']}: {evidence.skill(skill).share:.0%}" in html
    assert not [w for w in LABELS if w in html.lower()]


@pytest.mark.slow
def test_the_evidence_says_what_the_work_shows_by_the_items_descriptors(demo, tmp_path):
    import html as html_module

    catalogue = load_catalogue()
    gears = catalogue.get("math-08-gears")
    descriptors = item_descriptors(gears, demo.course_root)
    # each graded cell of an item carries the item's descriptor (an autograded item's test cells, a written answer)
    assert descriptors["math-08-gears", "output-speed-test"] == gears.meta.assessed("output-speed").descriptor
    assert descriptors["math-08-gears", "choose-root"] == gears.meta.assessed("choose-root").descriptor
    every = {k: v for e in catalogue.entries for k, v in item_descriptors(e, demo.course_root).items()}
    trains = {a: tuple(e.meta.skills) for e in catalogue.entries for a in e.meta.assignments}
    for student in ("aigerim", "bolat"):
        run = build_profiles(demo.course_root, [student], lang="ru", out=tmp_path, pdf=False)
        (page,) = run.pages
        text = page.html.read_text(encoding="utf-8")
        shown = said = 0
        for skill in page.evidence.strengths[:3]:
            for result in page.evidence.evidence_for(skill, trains)[-3:]:
                for item in result.full_items:
                    if (result.assignment, item.cell) in every:
                        said += 1
                        shown += html_module.escape(every[result.assignment, item.cell].ru) in text
        assert said and shown == said, (student, shown, said)
    # an item bolat lost the points of (math-08-gears task 1, the ratio upside down) is not said to be shown
    lost = gears.meta.assessed("n2-formula").descriptor.ru
    assert sum(d.ru == lost for d in every.values()) == 1 and html_module.escape(lost) not in text


@pytest.mark.slow
def test_the_page_encourages_each_kind_of_student_in_the_course_language(demo, tmp_path):
    run = build_profiles(demo.course_root, ["aigerim", "dana", "zarina"], lang="kk", out=tmp_path, pdf=False)
    pages = {p.student: p for p in run.pages}
    aigerim, dana, zarina = pages["aigerim"], pages["dana"], pages["zarina"]
    assert aigerim.evidence.aptitude and all(s.share == 1 for s in aigerim.evidence.skills)
    text = aigerim.html.read_text(encoding="utf-8")
    assert "Оқу бейіні: aigerim" in text and "Инженерлік бейімділік белгісі" in text and "lang='kk-Cyrl'" in text
    assert aigerim.guidance.professions and aigerim.guidance.topics
    assert all(t.fictional for t in aigerim.guidance.topics) and "ойдан құрастырылған" in text
    # an empty hand-in: no strength yet, everything to practise, the signal "not shown yet", no verdict
    assert not dana.evidence.strengths and not dana.evidence.aptitude and dana.evidence.practise
    assert "Әзірге көрсетілмейді" in dana.html.read_text(encoding="utf-8")
    # every file broken in transit: no graded work, and the page says how it fills in
    assert not zarina.evidence.handed_in
    assert "Бағаланған жұмыс әзірге жоқ" in zarina.html.read_text(encoding="utf-8")
    english = build_profiles(demo.course_root, ["dana"], lang="en", out=tmp_path / "en", pdf=False).pages[0]
    assert not [w for w in LABELS if w in english.html.read_text(encoding="utf-8").lower()]


@pytest.mark.slow
def test_the_pdf_renders_with_its_fonts_embedded(demo, tmp_path):
    if not shutil.which("pdftoppm"):
        if os.environ.get("CI"):
            pytest.fail("pdftoppm is missing: make setup installs Debian's poppler-utils")
        pytest.skip("pdftoppm (Debian's poppler-utils) is missing")
    (page,) = build_profiles(demo.course_root, ["bolat"], lang="kk", out=tmp_path).pages
    assert page.pdf.read_bytes().startswith(b"%PDF")
    fonts = subprocess.run(["pdffonts", str(page.pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows and all("DejaVu" in r[0] and r[-5] == "yes" for r in rows), fonts  # emb = yes
    text = subprocess.run(["pdftotext", "-layout", str(page.pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Оқу бейіні: bolat" in text and "Күшті жақтар" in text  # Kazakh letters come out as text
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(page.pdf), str(tmp_path / "page")], check=True)
    from PIL import Image

    image = Image.open(tmp_path / "page-1.png").convert("L")
    assert image.size[1] > image.size[0] > 350  # A4 upright
    dark = sum(1 for value in image.getdata() if value < 128)
    assert 0.01 < dark / (image.size[0] * image.size[1]) < 0.3  # text on the page, not blank, not black


@pytest.mark.slow
def test_the_cohort_statistics_name_no_one(demo, tmp_path, capsys):
    assert main(["profile", "--all", "--course", str(demo.course_root), "--out", str(tmp_path), "--no-pdf"]) == 0
    out = capsys.readouterr().out
    assert "Cohort (anonymised)" in out and "bolat:" in out
    students = {p.stem for p in tmp_path.glob("*.html")} - {"cohort"}
    assert {"aigerim", "bolat", "dana", "yerlan", "zarina"} <= students
    written = (tmp_path / "cohort.html").read_text(encoding="utf-8") + (tmp_path / "cohort.csv").read_text(encoding="utf-8")
    assert not [s for s in students if s in written]
    rows = list(csv.DictReader((tmp_path / "cohort.csv").open(encoding="utf-8")))
    assert {r["name"] for r in rows if r["kind"] == "assignment"} == set(ASSIGNMENTS)
    assert "fewer than 3" in written  # a count of one or two is never printed


def test_a_small_cohort_gets_no_statistics_and_small_counts_are_hidden():
    data = _class({"a1": {f"s{i}": 0.9 for i in range(MIN_COHORT - 1)}}, {"a1": ("units",)}, {"a1": "math"})
    few = [(student_evidence(data, s), guide(student_evidence(data, s), load_catalogue(), load_professions()))
           for s in data.students]
    assert not cohort(few).enough


def test_profile_asks_for_students_and_names_the_known_ones(demo_free_course, capsys):
    assert main(["profile", "--course", str(demo_free_course)]) == 2
    assert "name one or more STUDENTs, or --all" in capsys.readouterr().err
    assert main(["profile", "nobody", "--course", str(demo_free_course)]) == 2
    assert "no graded work of 'nobody'" in capsys.readouterr().err


@pytest.fixture
def demo_free_course(tmp_path):
    """A course folder with a gradebook and no student."""
    from curriculum.demo import prepare_course

    course = prepare_course(tmp_path / "course")
    return course.root


def test_the_professions_map_covers_the_plant_with_sources_and_lint_checks_it(tmp_path):
    import yaml

    from curriculum.lint.data_files import professions_problems
    from curriculum.metadata import MetadataError
    from curriculum.professions import PROFESSIONS_FILE, parse_professions

    professions = load_professions()
    assert {p.area for p in professions.professions} >= {"assembly", "welding", "painting", "quality", "maintenance",
                                                         "automation", "design"}
    assert all(p.sources and p.specialties and set(p.skills) <= set(SKILLS) for p in professions.professions)
    assert {"isco-08"} <= {s.id for p in professions.professions for s in p.sources}
    assert not professions_problems()
    data = yaml.safe_load(PROFESSIONS_FILE.read_text(encoding="utf-8"))
    data["professions"][0]["skills"].append("juggling")
    data["professions"][1]["specialties"] = ["ballet"]
    data["professions"][2]["isco"]["code"] = "72"
    with pytest.raises(MetadataError) as caught:
        parse_professions(data, PROFESSIONS_FILE)
    fields = {e.field for e in caught.value.errors}
    assert {"professions[0].skills[3]", "professions[1].specialties[0]", "professions[2].isco.code"} <= fields
    data = yaml.safe_load(PROFESSIONS_FILE.read_text(encoding="utf-8"))
    data["professions"][0]["work"]["kk"] = "Бекетте бөлшектерді орнатады. Это нужно для работы на линии."
    broken = tmp_path / "professions.yml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert ("professions[0].work.kk", "languages") in {(f[1], f[3]) for f in professions_problems(broken)}
