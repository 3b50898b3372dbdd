"""inf-09-parts-db's database (curriculum.labs.parts_db): the course's and the second database are fit for fair
checking, the SQL answers equal what Python computes from the same rows, in every course language, and the query
checker tells the topic's typical mistakes (an inner join that drops a supplier, a cartesian join, a hard-coded
answer, WHERE for HAVING) from right queries written differently."""

from __future__ import annotations

import sqlite3

import sympy as sp

import pytest

from curriculum.check import Code, check_design, check_query, run_query
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


# -- the module: its notebooks, every number it shows, the lab and its design tasks ------------------------------

import importlib.util  # noqa: E402

from curriculum.paths import REPO_ROOT  # noqa: E402
from curriculum.pinning import NumberLedger  # noqa: E402

MODULE = "inf-09-parts-db"
FOLDER = REPO_ROOT / "informatics" / MODULE


def _build_script():
    spec = importlib.util.spec_from_file_location("parts_db_build", FOLDER / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _build_script()


def _rows(query, database=None):
    with in_language("en"):
        return db.connect(database).execute(query).fetchall()


def test_the_committed_notebooks_are_what_build_py_writes(tmp_path):
    BUILD.main(tmp_path)
    for written in sorted(tmp_path.rglob("*.ipynb")):
        committed = REPO_ROOT / written.relative_to(tmp_path)
        assert committed.read_text(encoding="utf-8") == written.read_text(encoding="utf-8"), (
            f"{committed.relative_to(REPO_ROOT)} differs from what build.py writes: edit build.py and run it")


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    course = db.COURSE
    ledger = NumberLedger.of_module(MODULE)
    ledger.given(db.GOAL_PCT, 2027, note="the plant's local content goal and its year (module.yml's sources)")
    ledger.given(*db.PLANS["plan-20"], *db.PLANS["plan-22"], note="the two plans: local content and cost")
    ledger.given(1, 2, 3, 4, 45, note="KS-1/KS-2, LIMIT 3 and 2, '>= 4', minutes")
    ledger.given(100, 100.0, 0, 0.5, 2.0, note="per cent, the local share 0 %, the tolerance (0.5 %), 7 / 2.0")
    ledger.given(7, 3.5, note="SQLite's 7 / 2 = 3 and 7 / 2.0 = 3.5 (checked below)")
    ledger.given(50, note="'at least 50 %' in example 1")
    ledger.given(300_000, note="task 5's threshold")
    ledger.given(102, 603, 501, note="the part numbers BD-102, EL-603 and PT-501 the texts name (identifiers)")
    ledger.given(16, 10, note="task 7's form 16 + x / 10 (not the answer)")
    engine = next(p for p in course.parts if p.name == "engine")
    ledger.given(engine.price_kzt, note="task 7: the engine's price")
    assert ledger.pin(len(course.parts)) == 16 and ledger.pin(len(course.bom)) == 26
    assert ledger.pin(len(course.bom) * len(course.parts)) == 416                    # the cartesian join
    ledger.pin(sum(1 for p in course.parts if p.local_pct >= 50))                    # example 1: 6 parts
    carpet = next(p for p in course.parts if p.part_no == "BD-102")
    assert ledger.pin(carpet.price_kzt) == min(p.price_kzt for p in course.parts if p.local_pct >= 50)
    for model, lines, pieces in _rows(BUILD.GROUP_EXAMPLE):                          # example 1 of lesson 2
        ledger.pin(lines), ledger.pin(pieces)
    for _country, parts in _rows(BUILD.HAVING_EXAMPLE):                              # KZ 9, RU 4
        ledger.pin(parts)
    seats = [p for p in course.parts if p.supplier_id == 2]
    assert {p.local_pct for p in seats} == {55} and ledger.pin(55)
    cn = dict(_rows(BUILD.COUNTRY_VALUE))["CN"]
    assert ledger.pin(cn) == 2_540_600                                               # example 2
    cost = ledger.pin(db.model_cost(course, "KS-1"))                                 # task 7
    local_value = ledger.pin(db.model_cost(course, "KS-1") * db.local_content(course, "KS-1") / 100)
    assert (cost, local_value) == (4_091_400, 689_250)
    ledger.pin(engine.price_kzt // 100), ledger.pin(cost // 100)                     # 14500 and 40914 of the answer
    ledger.pin(db.local_content(course, "KS-1"), places=1)                           # 16.8 in the model answer
    engine_plan = db.plan_result("PT-501")
    ledger.pin(engine_plan["local_pct"], places=1), ledger.pin(engine_plan["cost_kzt"])   # 21.6 %, 4,201,400
    offer = {o.part_no: o for o in db.OFFERS}
    ledger.pin(offer["PT-501"].price_kzt - engine.price_kzt)                          # 110,000 more
    plan = db.plan_result("PT-502", "CH-303")
    ledger.pin(plan["local_pct"], places=1), ledger.pin(plan["cost_kzt"])            # 23.3 %, 4,149,800
    gearbox = next(p for p in course.parts if p.part_no == "PT-502")
    shock = next(p for p in course.parts if p.part_no == "CH-303")
    ledger.pin(offer["PT-502"].price_kzt - gearbox.price_kzt), ledger.pin(offer["PT-502"].local_pct)  # 50,000, 20 %
    ledger.pin(4 * (offer["CH-303"].price_kzt - shock.price_kzt))                     # 8,400 (four per car)
    ledger.assert_complete()


def test_the_lessons_and_tasks_statements_hold():
    assert _rows("SELECT 7 / 2, 7 / 2.0") == [(3, 3.5)]
    assert len(_rows("SELECT name FROM suppliers WHERE country <> 'KZ'")) == 2
    assert _rows(BUILD.EXAMPLE_1)[0][0] == "BD-102" and len(_rows(BUILD.EXAMPLE_1)) == 6
    # Aliya's LIMIT 3 without ORDER BY is not the three most expensive parts
    assert _rows("SELECT part_no FROM parts LIMIT 3") != _rows("SELECT part_no FROM parts ORDER BY price_kzt DESC LIMIT 3")
    assert _rows(BUILD.GROUP_EXAMPLE) == [("KS-1", 15, 28), ("KS-2", 11, 21)]
    assert _rows(BUILD.HAVING_EXAMPLE) == [("KZ", 9), ("RU", 4)]
    assert _rows(BUILD.UNUSED_EXAMPLE) == [("EL-603", "air filter")]
    assert len(_rows(BUILD.JOIN_EXAMPLE)) == 11
    # example 2: China's parts of KS-2 are the engine and the gearbox, with no local share
    chinese = _rows("SELECT p.part_no, p.local_pct FROM bom b JOIN parts p ON p.part_no = b.part_no JOIN suppliers s "
                    "ON s.supplier_id = p.supplier_id WHERE b.model = 'KS-2' AND s.country = 'CN'")
    assert {n for n, _l in chinese} >= {"PT-501", "PT-502"} and {pct for _n, pct in chinese} == {0}
    # task 7's answer at x = 0 is today's local content, and the engine offer gives less than the plan
    x = sp.symbols("x", nonnegative=True)
    answer = sp.sympify(BUILD.ENGINE_SHARE, locals={"x": x})
    assert float(answer.subs(x, 0)) == pytest.approx(db.local_content(db.COURSE, "KS-1"))
    assert float(answer.subs(x, 100)) == pytest.approx(
        db.local_content(db.localised(db.COURSE, []), "KS-1") + 100 * 1_450_000 / 4_091_400)
    # the rubric's plan is the model answer's and the assignment's solution
    assert BUILD.SOLUTIONS and "'PT-502', 'second': 'CH-303'" in FOLDER.joinpath("..", "..", "source", MODULE,
                                                                                  "parts_db.ipynb").read_text()


@pytest.mark.parametrize("gid", sorted(BUILD.TEACHER))
def test_each_solution_is_its_teachers_query_on_both_databases(gid):
    solution = BUILD.SOLUTIONS[gid]
    result = check_query(solution, BUILD.TEACHER[gid], databases=BOTH, ordered=BUILD.ORDERED.get(gid, False))
    assert result.correct, result.message


def test_the_teachers_queries_give_what_python_computes():
    for which, tables in TABLES.items():
        tables = tables()
        database = db.course_database if which == "course" else db.other_database
        with in_language("en"):
            costs = dict(run_query(BUILD.TEACHER["model-cost"], database).rows)
            shares = dict(run_query(BUILD.TEACHER["local-content"], database).rows)
            counts = dict(run_query(BUILD.TEACHER["parts-per-supplier"], database).rows)
        assert costs == {m: db.model_cost(tables, m) for m in tables.models()}
        assert shares == pytest.approx({m: db.local_content(tables, m) for m in tables.models()})
        names = {s.supplier_id: s.name for s in tables.suppliers}
        assert counts == {names[i]: n for i, n in db.parts_per_supplier(tables).items()}
    with in_language("en"):
        assert run_query(BUILD.TEACHER["big-suppliers"], db.course_database).rows == (
            ("Steppe Seats", 538_000), ("Qaragandy Metal", 382_800), ("Yangtze Drive", 2_540_600))


def test_the_task_6_tolerance_accepts_one_decimal_and_not_a_whole_number():
    teacher = BUILD.TEACHER["local-content"]
    rounded = teacher.replace("100.0 * SUM(b.qty * p.price_kzt * p.local_pct) / SUM(b.qty * p.price_kzt * 100)",
                              "ROUND(100.0 * SUM(b.qty * p.price_kzt * p.local_pct) / SUM(b.qty * p.price_kzt * 100), {d})")
    assert rounded != teacher
    assert check_query(rounded.format(d=1), teacher, databases=BOTH, rtol=BUILD.LOCAL_RTOL).correct
    assert not check_query(rounded.format(d=0), teacher, databases=BOTH, rtol=BUILD.LOCAL_RTOL).correct


# -- the lab: offers, plans, design tasks, the view --------------------------------------------------------------

def test_the_offers_are_of_ks1_parts_and_raise_their_local_share_at_a_higher_price():
    parts = {p.part_no: p for p in db.COURSE.parts}
    in_ks1 = {n for m, n, _q in db.COURSE.bom if m == "KS-1"}
    for offer in db.OFFERS:
        part = parts[offer.part_no]
        assert offer.part_no in in_ks1 and offer.local_pct > part.local_pct and offer.price_kzt > part.price_kzt


def _meets(spec, first, second):
    return check_design({"first": first, "second": second}, spec, model=db.design_result).correct


def test_the_lesson_plan_needs_small_parts_and_the_assignment_plan_the_gearbox():
    offers = [db.NONE] + [o.part_no for o in db.OFFERS]
    pairs = [(a, b) for i, a in enumerate(offers) for b in offers[i + 1:]]
    lesson = {pair for pair in pairs if _meets(db.LESSON_SPEC, *pair)}
    task = {pair for pair in pairs if _meets(db.DESIGN_SPEC, *pair)}
    assert len(lesson) >= 4 and all("PT-502" not in pair and "PT-501" not in pair for pair in lesson)
    assert len(task) >= 4 and all("PT-502" in pair for pair in task)
    assert not lesson & task
    # neither plan is met by the engine alone, nor by no offer at all
    for spec in (db.LESSON_SPEC, db.DESIGN_SPEC):
        assert not _meets(spec, "PT-501", db.NONE) and not _meets(spec, db.NONE, db.NONE)


def test_a_plan_of_one_part_twice_localises_it_once():
    twice, once = db.plan_result("PT-502", "PT-502"), db.plan_result("PT-502", db.NONE)
    assert twice.pop("choices") == ("PT-502", "PT-502") and once.pop("choices") == ("PT-502", db.NONE)
    assert twice == once
    assert db.plan_result()["local_pct"] == db.local_content(db.COURSE, "KS-1")


@pytest.mark.parametrize(("call", "message"), [
    (lambda: db.plan_result("XX-1"), "no localisation offer for 'XX-1'"),
    (lambda: db.plan_result("BD-102"), "no localisation offer"),
    (lambda: db.design_result(["PT-502"]), "a plan is a dictionary"),
    (lambda: db.make_lab("plan-99"), "unknown task 'plan-99'"),
    (lambda: db.design_spec("fast"), "unknown task"),
])
def test_bad_input_gets_a_clear_message(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_run_refuses_a_destructive_query_and_says_a_malformed_one_is_malformed():
    with in_language("en"):
        refused = db.run("DROP TABLE parts")
        broken = db.run("SELEC name FROM parts")
        after = db.run("SELECT COUNT(*) FROM parts")
    assert refused.code == "not-read-only" and "Nothing was changed" in refused.message
    assert not broken.ok and "syntax error" in broken.message
    assert after.rows == ((16,),)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_lab_shows_the_query_the_plan_and_the_design_line(lang):
    with in_language(lang):
        lab = db.make_lab("plan-22")
        lab.build()
        assert "<table>" in lab.readout.value and "Astana Cable" in lab.readout.value
        before = lab.image.value
        lab.set(first="PT-502", second="CH-303")
        assert lab.image.value != before and lab.check().correct
        assert lab.design_code() == "design = {'first': 'PT-502', 'second': 'CH-303'}"  # the query is no part of it
        lab.set(query="DELETE FROM parts")
        assert "✗" in lab.readout.value and lab.result["query"].code == "not-read-only"
        lab.set(query="SELECT COUNT(*) FROM parts")
        assert "16" in lab.readout.value
        assert "%" in lab.image.alt and ("23,3" if lang != "en" else "23.3") in lab.image.alt


def test_choosing_offers_does_not_run_the_query_again():
    lab = db.make_lab()
    lab.build()
    first = lab.result["query"]
    lab.set(first="CH-303")
    assert lab.result["query"] is first


# -- the review of 2026-12-03 (r-circuit): /work/reviews/inf-09-parts-db.md ---------------------------------------

def _texts(notebook, lang):
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    return " ".join(" ".join(cell.source for cell in nb.cells if f"lang-{lang}" in cell.metadata.get("tags", []))
                    .split())


NOTEBOOKS = (FOLDER / "lesson-1.ipynb", FOLDER / "lesson-2.ipynb",
             REPO_ROOT / "source" / MODULE / "parts_db.ipynb")


def test_the_kazakh_primary_key_is_the_ministrys_bastapqy_kilt():
    """L1: the ministry's informatics assessment tasks write "бастапқы кілт" (first key), not "негізгі кілт"."""
    from curriculum.glossary import load_glossary

    term = load_glossary()["primary-key"]
    assert term.kk == "бастапқы кілт" and term.ru == "первичный ключ"
    kk = " ".join(_texts(n, "kk") for n in NOTEBOOKS)
    assert "бастапқы кілт" in kk.lower() and "негізгі кілт" not in kk.lower()


def test_the_textbooks_field_and_record_are_named_once():
    """L4: school textbooks call a column a field and a row a record; lesson 1 says so in each language."""
    wanted = {"kk": ("**өріс**", "**жазба**"), "ru": ("**полем**", "**записью**"), "en": ("**field**", "**record**")}
    for lang, words in wanted.items():
        text = _texts(FOLDER / "lesson-1.ipynb", lang)
        assert all(w in text for w in words), lang


def test_the_lab_names_its_choices_offers_as_the_lessons_do():
    """L3: the drop-downs are the first and the second offer (the lessons: "choose two offers")."""
    assert db.LABELS["first"] == {"kk": "Бірінші ұсыныс", "ru": "Первое предложение", "en": "First offer"}
    assert db.LABELS["second"]["kk"] == "Екінші ұсыныс"
    assert "Екі ұсынысты таңдап" in _texts(FOLDER / "lesson-2.ipynb", "kk")


def test_the_grouping_rule_allows_a_column_fixed_by_the_grouped_key():
    """S1: the teacher's queries select s.name grouped by s.supplier_id, which the lesson's rule allows (standard SQL:
    a column functionally dependent on the grouped key); on both databases each supplier_id has one name."""
    phrases = {"kk": "топталған кілтпен анықталуы", "ru": "определяться сгруппированным ключом",
               "en": "fixed by a grouped key"}
    for lang, phrase in phrases.items():
        assert _texts(FOLDER / "lesson-2.ipynb", lang).count(phrase) == 2, lang  # the rule and the summary
    assert "s.name" in BUILD.TEACHER["parts-per-supplier"] and "GROUP BY s.supplier_id" in BUILD.TEACHER["big-suppliers"]
    for database in BOTH:
        names = _rows("SELECT supplier_id, COUNT(DISTINCT name) FROM suppliers GROUP BY supplier_id", database())
        assert all(n == 1 for _i, n in names)


def test_task_7_says_that_rounded_coefficients_are_not_the_exact_expression():
    """M1: the check is exact (a float computed by Python passes to 1e-9, a coefficient rounded by hand does not), and
    the task says so in each language."""
    from curriculum.check import compare

    said = {"kk": "дөңгелектемей", "ru": "без округления", "en": "without rounding"}
    for lang, word in said.items():
        assert word in _texts(NOTEBOOKS[2], lang), lang
    x = sp.symbols("x", nonnegative=True)
    assert compare(689250 / 4091400 * 100 + 1450000 / 4091400 * x, BUILD.ENGINE_SHARE).correct
    assert not compare(sp.Float("16.846") + sp.Float("0.3544") * x, BUILD.ENGINE_SHARE).correct
