"""Class reports: the numbers match a hand computation; the real pipeline's report names mistakes and keeps names inside."""

from __future__ import annotations

import csv

import pytest

from curriculum.report.build import anonymise, build_report
from curriculum.report.data import ClassData, Item, Outcome
from curriculum.report.stats import item_stats, profiles


def _small_class() -> ClassData:
    # a1 (mathematics: modelling, algebra), items i1 (1 point) and i2 (2 points); a2 (informatics: programming), item j (2)
    a1 = {"s1": (1, 2), "s2": (1, 2), "s3": (1, 0), "s4": (0, 0), "s5": (0, 0)}
    a2 = {"s1": 2, "s2": 1, "s3": 2, "s4": 0}  # s5 did not hand a2 in
    outcomes = {}
    for s, (x, y) in a1.items():
        outcomes[("a1", "i1", s)] = Outcome(x, "" if x else "wrong-sign", "" if x else "-x")
        outcomes[("a1", "i2", s)] = Outcome(y, "" if y else "not-answered")
    for s, z in a2.items():
        outcomes[("a2", "j", s)] = Outcome(z)
    return ClassData(
        assignments=["a1", "a2"], students=["s1", "s2", "s3", "s4", "s5"],
        items=[Item("a1", "i1", 1.0, False), Item("a1", "i2", 2.0, False), Item("a2", "j", 2.0, False)],
        outcomes=outcomes, skills={"a1": ("modelling", "algebra"), "a2": ("programming",)},
        subjects={"a1": "math", "a2": "informatics"}, order={"a1": 1.0, "a2": 2.0},
        submitted={("a1", s) for s in a1} | {("a2", s) for s in a2},
    )


def test_difficulty_and_discrimination_match_a_hand_computation():
    i1, i2 = item_stats(_small_class(), "a1")
    assert i1.difficulty == pytest.approx(3 / 5) and i2.difficulty == pytest.approx(4 / 10)
    # i1 = [1,1,1,0,0] against the rest of a1 = [2,2,0,0,0]: r = 1.6 / sqrt(1.2 * 4.8) = 2/3
    assert i1.discrimination == pytest.approx(2 / 3)
    assert i1.mistakes == (("wrong-sign", 2, ("-x",)),)
    assert i2.mistakes == (("not-answered", 3, ()),)


def test_skill_profiles_aptitude_and_needs_help_match_a_hand_computation():
    by_student = {p.student: p for p in profiles(_small_class())}
    s1, s3, s5 = by_student["s1"], by_student["s3"], by_student["s5"]
    assert s1.skills == {"algebra": 1.0, "modelling": 1.0, "programming": 1.0}
    assert s3.skills["modelling"] == pytest.approx(1 / 3) and s3.skills["programming"] == pytest.approx(1.0)
    assert s1.flags == ("aptitude",) and "math" in s1.evidence[0] and "informatics" in s1.evidence[0]
    assert "aptitude" not in by_student["s2"].flags  # 100 % and 50 %: strong, but not in two subjects
    assert s5.flags == ("needs-help",) and "a2: not handed in" in s5.evidence
    assert [a for a, _v in s1.timeline] == ["a1", "a2"]


def test_anonymised_data_keeps_the_numbers_and_drops_the_names():
    data = _small_class()
    hidden = anonymise(data, salt="x")
    assert not set(hidden.students) & set(data.students)
    assert sorted(p.skills["modelling"] for p in profiles(hidden)) == sorted(p.skills["modelling"] for p in profiles(data))


@pytest.mark.slow
def test_report_of_the_sample_class_counts_the_checkers_codes(demo, tmp_path):
    report = build_report(demo.course_root, ["phys-09-braking"], out=tmp_path / "named")
    html = report.html.read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") >= 3  # distribution, items, skills
    with (report.folder / "mistakes.csv").open(encoding="utf-8") as fh:
        mistakes = {(r["item"], r["code"]): r for r in csv.DictReader(fh)}
    assert ("braking-distance-test", "wrong-factor") in mistakes  # bolat forgot the 2 in 2*mu*g
    assert "v**2/(g*mu)" in mistakes[("braking-distance-test", "wrong-factor")]["examples"]
    assert ("reaction-distance-test", "not-answered") in mistakes  # dana handed in the release
    with (report.folder / "students.csv").open(encoding="utf-8") as fh:
        rows = {r["student"]: r for r in csv.DictReader(fh)}
    assert rows["aigerim"]["phys-09-braking"] == "100%" and "needs-help" in rows["dana"]["flags"]
    assert "could not be graded" in rows["zarina"]["evidence"]
    anonymous = build_report(demo.course_root, ["phys-09-braking"], out=tmp_path / "anon", anonymous=True)
    for path in (anonymous.html, *anonymous.csv_files):
        text = path.read_text(encoding="utf-8")
        assert not any(name in text for name in ("aigerim", "bolat", "dana", "yerlan", "zarina")), path


def _big_class(n_assignments: int = 10, n_items: int = 8, n_students: int = 30) -> ClassData:
    """Ten assignments of eight items; item 4 of every assignment misleads most of the class with one mistake."""
    import random

    rnd = random.Random(7)
    assignments = [f"mod-{i:02d}" for i in range(1, n_assignments + 1)]
    students = [f"s{j:02d}" for j in range(n_students)]
    ability = {s: rnd.random() for s in students}
    items, outcomes = [], {}
    for a in assignments:
        for k in range(1, n_items + 1):
            items.append(Item(a, f"task-{k}-test", 2.0, False))
            for s in students:
                right = rnd.random() < 0.3 + 0.7 * ability[s] - (0.5 if k == 4 else 0.0)
                code = "" if right else ("wrong-sign" if k == 4 else rnd.choice(["wrong-factor", "units", "not-answered"]))
                outcomes[(a, f"task-{k}-test", s)] = Outcome(2.0 if right else 0.0, code)
    return ClassData(assignments, students, items, outcomes,
                     skills={a: ("modelling", "algebra") if i % 2 else ("programming", "units") for i, a in enumerate(assignments)},
                     subjects={a: ("math", "physics", "informatics")[i % 3] for i, a in enumerate(assignments)},
                     order={a: float(i) for i, a in enumerate(assignments)},
                     submitted={(a, s) for a in assignments for s in students})


@pytest.mark.parametrize(("lang", "tag", "summary", "english"), [
    ("kk", "kk-Cyrl", "Қысқаша қорытынды", "Who needs help"), ("ru", "ru", "Сводка", "Who needs help"),
    ("en", "en", "Summary", "Сводка")])
def test_a_report_of_ten_assignments_and_eighty_items_stays_readable_in_the_course_language(lang, tag, summary, english):
    from curriculum.i18n import in_language
    from curriculum.report.html import MAX_LABELS, page

    data = _big_class()
    with in_language(lang):
        items = [st for a in data.assignments for st in item_stats(data, a)]
        document, labelled = page(data, items, profiles(data), anonymous=False)
    assert f"<html lang='{tag}'>" in document and summary in document and english not in document
    # the one-page summary comes first: before any plot or table
    assert document.index("id='summary'") < document.index("<img") < document.index("<details")
    summary_part = document[document.index("id='summary'"):document.index("</section>")]
    assert summary_part.count("<li>") <= 10 + 30 + 8 + 30 and "<img" not in summary_part
    # the items every assignment's fourth item misled the class with are the ones named and labelled
    assert len(labelled) <= MAX_LABELS and {f"{i}.4" for i in range(1, 11)} <= set(labelled)
    assert sum(f"<strong>{i}.4</strong>" in summary_part for i in range(1, 11)) == 8  # the eight most telling
    assert document.count("<details>") + document.count("<details open>") == 10 + 1  # items by assignment, students
    assert document.count("alt=''") == 0 and document.count(" alt='") == 3


def test_the_report_speaks_the_course_language_unless_told_otherwise(tmp_path):
    from curriculum.report.build import report_language

    course = tmp_path / "course"
    course.mkdir()
    (course / "nbgrader_config.py").write_text("c = get_config()\nc.CourseLanguage.language = 'kk'\n", encoding="utf-8")
    assert report_language(course) == "kk"
    assert report_language(course, "ru-RU") == "ru"
    (course / "nbgrader_config.py").write_text("c = get_config()\n", encoding="utf-8")
    assert report_language(course) == "en"
