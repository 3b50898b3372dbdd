"""inf-09-parts-db's database (curriculum.labs.parts_db): the course's and the second database are fit for fair
checking, the SQL answers equal what Python computes from the same rows, in every course language, and the query
checker tells the topic's typical mistakes (an inner join that drops a supplier, a cartesian join, a hard-coded
answer, WHERE for HAVING) from right queries written differently."""

from __future__ import annotations

import sqlite3

import pytest

from curriculum.check import Code, check_query, run_query
from curriculum.i18n import in_language
from curriculum.labs import parts_db as db

BOTH = (db.course_database, db.other_database)
TABLES = {"course": db.course_tables, "other": db.other_tables}


@pytest.mark.parametrize("which", sorted(TABLES))
def test_each_database_is_fit_for_fair_checking(which):
    assert db.check_tables(TABLES[which]()) == []


@pytest.mark.parametrize("seed", range(40))
def test_every_generated_database_is_fit(seed):
    tables = db.generated_tables(seed)
    assert db.check_tables(tables) == [], seed
    assert {p.part_no for p in tables.parts}.isdisjoint(p.part_no for p in db.COURSE.parts)


def test_an_unfit_database_is_named_what_is_wrong():
    course = db.COURSE
    tied = db.Tables(course.suppliers, course.parts + (db.Part("X-1", "paint", 1, course.parts[0].price_kzt, 0),),
                     course.bom)
    assert any("one price" in p for p in db.check_tables(tied))
    all_used = db.Tables(course.suppliers[:-1], course.parts, course.bom)
    assert any("LEFT JOIN" in p for p in db.check_tables(all_used))
    dangling = db.Tables(course.suppliers, course.parts, course.bom + (("KS-1", "NO-1", 1),))
    assert any("not in parts" in p for p in db.check_tables(dangling))


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
@pytest.mark.parametrize("which", sorted(TABLES))
def test_sql_and_python_agree_on_every_figure(lang, which):
    tables = TABLES[which]()
    with in_language(lang):
        conn = sqlite3.connect(":memory:")
        conn.executescript(db.script(tables))
    for model in tables.models():
        cost, local = conn.execute(
            "SELECT SUM(b.qty * p.price_kzt), 1.0 * SUM(b.qty * p.price_kzt * p.local_pct) / SUM(b.qty * p.price_kzt) "
            "FROM bom b JOIN parts p ON p.part_no = b.part_no WHERE b.model = ?", (model,)).fetchone()
        assert cost == db.model_cost(tables, model) and local == pytest.approx(db.local_content(tables, model))
    counts = dict(conn.execute("SELECT s.supplier_id, COUNT(p.part_no) FROM suppliers s "
                               "LEFT JOIN parts p ON p.supplier_id = s.supplier_id GROUP BY s.supplier_id"))
    assert counts == db.parts_per_supplier(tables)
    near = [row[0] for row in conn.execute("SELECT supplier_id FROM suppliers WHERE country = 'KZ' ORDER BY distance_km")]
    assert near == [s.supplier_id for s in db.local_suppliers(tables)]


def test_the_course_database_figures_the_lessons_use():
    course = db.COURSE
    assert db.model_cost(course, "KS-1") == 4_091_400 and db.model_cost(course, "KS-2") == 3_722_300
    assert round(db.local_content(course, "KS-1"), 1) == 16.8 and round(db.local_content(course, "KS-2"), 1) == 15.6
    assert db.parts_per_supplier(course)[7] == 0 and len(course.parts) == 16 and len(course.suppliers) == 7
    with pytest.raises(ValueError, match="no model 'KS-3'.*KS-1, KS-2"):
        db.model_cost(course, "KS-3")


def test_names_are_in_the_course_language_and_quotes_are_escaped():
    with in_language("kk"):
        names = {r[0] for r in db.connect().execute("SELECT city FROM suppliers")}
    assert "Қостанай" in names and "Kostanay" not in names
    tricky = db.Tables((db.Supplier(1, "O'Brien & Sons", "kostanay", 3),), (), ())
    conn = sqlite3.connect(":memory:")
    conn.executescript(db.script(tricky, "en"))
    assert conn.execute("SELECT name FROM suppliers").fetchone() == ("O'Brien & Sons",)


PARTS_PER_SUPPLIER = ("SELECT s.name, COUNT(p.part_no) FROM suppliers s LEFT JOIN parts p "
                      "ON p.supplier_id = s.supplier_id GROUP BY s.supplier_id")


@pytest.mark.parametrize("query", [
    PARTS_PER_SUPPLIER,
    "SELECT name, (SELECT COUNT(*) FROM parts WHERE parts.supplier_id = suppliers.supplier_id) FROM suppliers",
    "select s.name as supplier, count(p.part_no) as n from suppliers as s left outer join parts as p "
    "using (supplier_id) group by s.name order by n desc",
])
def test_right_queries_written_differently_pass_on_both_databases(query):
    assert check_query(query, PARTS_PER_SUPPLIER, databases=BOTH).correct


@pytest.mark.parametrize(("query", "code"), [
    # an inner join drops the supplier with no parts
    ("SELECT s.name, COUNT(*) FROM suppliers s JOIN parts p ON p.supplier_id = s.supplier_id GROUP BY s.name",
     Code.WRONG_ROWS),
    # COUNT(*) counts the LEFT JOIN's empty row as a part
    ("SELECT s.name, COUNT(*) FROM suppliers s LEFT JOIN parts p ON p.supplier_id = s.supplier_id GROUP BY s.name",
     Code.WRONG_ROWS),
    # a cartesian join: every supplier with every part
    ("SELECT s.name, COUNT(p.part_no) FROM suppliers s, parts p GROUP BY s.name", Code.WRONG_ROWS),
    # WHERE where HAVING belongs
    ("SELECT s.name, COUNT(p.part_no) FROM suppliers s LEFT JOIN parts p ON p.supplier_id = s.supplier_id "
     "WHERE COUNT(p.part_no) > 0 GROUP BY s.name", Code.QUERY_ERROR),
    ("DELETE FROM parts", Code.NOT_READ_ONLY),
])
def test_the_topics_typical_mistakes_are_told_apart(query, code):
    result = check_query(query, PARTS_PER_SUPPLIER, databases=BOTH)
    assert not result.correct and result.code == code, result.message


def test_a_hard_coded_answer_passes_the_course_database_only():
    with in_language("en"):
        rows = run_query("SELECT part_no FROM parts WHERE local_pct >= 50", db.course_database).rows
    copied = "SELECT part_no FROM parts WHERE part_no IN (" + ", ".join(f"'{r[0]}'" for r in rows) + ")"
    teacher = "SELECT part_no FROM parts WHERE local_pct >= 50"
    assert check_query(copied, teacher, databases=BOTH[:1]).correct
    assert check_query(copied, teacher, databases=BOTH).code == Code.HARD_CODED
