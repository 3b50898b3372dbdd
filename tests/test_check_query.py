"""SQL queries checked by what they return (curriculum.check.query): right rows on the course's database and on a
second one filled differently; a malformed, destructive or runaway query gets its reason and changes nothing."""

from __future__ import annotations

import sys
import types

import pytest

from curriculum.check import Code, check_query, run_query
from curriculum.check.query import decide_query, decide_recorded, run_queries, same_rows
from curriculum.check.record import serialize
from curriculum.grading.blind import HiddenCheck
from curriculum.grading.trust import decide
from curriculum.i18n import in_language

SCHEMA = """
CREATE TABLE suppliers(id INTEGER PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL);
CREATE TABLE parts(part_no TEXT PRIMARY KEY, name TEXT NOT NULL, supplier_id INTEGER REFERENCES suppliers(id),
                   price REAL NOT NULL, local INTEGER NOT NULL);
"""

COURSE = SCHEMA + """
INSERT INTO suppliers VALUES (1, 'Kostanay Metal', 'Kostanay'), (2, 'Almaty Glass', 'Almaty'), (3, 'Ruhr Parts', 'Essen');
INSERT INTO parts VALUES ('P-100', 'door', 1, 120.5, 1), ('P-101', 'hood', 1, 98.0, 1),
                         ('P-200', 'windscreen', 2, 210.0, 1), ('P-300', 'gearbox', 3, 1450.0, 0),
                         ('P-301', 'sensor', 3, 35.25, 0);
"""

OTHER = SCHEMA + """
INSERT INTO suppliers VALUES (1, 'Tobol Plast', 'Kostanay'), (2, 'Steppe Steel', 'Karaganda'), (3, 'Volga Auto', 'Samara');
INSERT INTO parts VALUES ('Q-1', 'bumper', 1, 80.0, 1), ('Q-2', 'seat', 2, 300.0, 1), ('Q-3', 'axle', 3, 700.0, 0),
                         ('Q-4', 'mirror', 1, 25.0, 1);
"""

# check_query takes only functions of the course package (the grader rebuilds the databases by name): a small
# package module made for these tests
_shop = types.ModuleType("curriculum._test_shop")


def _course() -> str:
    return COURSE


def _other() -> str:
    return OTHER


for _f in (_course, _other):
    _f.__module__ = _shop.__name__
    setattr(_shop, _f.__name__, _f)
sys.modules[_shop.__name__] = _shop
DATABASES = (_course, _other)

LOCAL = "SELECT part_no, price FROM parts WHERE local = 1"


def test_a_query_returns_its_columns_and_rows():
    got = run_query("SELECT name, price * 2 AS twice FROM parts WHERE price < 100 ORDER BY price", _course)
    assert got.ok and got.columns == ("name", "twice") and got.rows == (("sensor", 70.5), ("hood", 196.0))
    assert "<table>" in got._repr_html_() and "2 rows" in got._repr_html_()


@pytest.mark.parametrize(("query", "code", "words"), [
    ("SELECT prise FROM parts", Code.QUERY_ERROR, "there is no column prise"),
    ("SELECT * FROM part", Code.QUERY_ERROR, "there is no table part"),
    ("SELEC name FROM parts", Code.QUERY_ERROR, "syntax error near SELEC"),
    ("SELECT name FROM parts WHERE (price > 3", Code.QUERY_ERROR, "ends too soon"),
    ("SELECT id FROM parts JOIN suppliers ON supplier_id = id JOIN suppliers s2 ON s2.id = 1", Code.QUERY_ERROR,
     "more than one table"),
    ("SELECT name FROM parts WHERE price > AVG(price)", Code.QUERY_ERROR, "no group"),
    ("SELECT 1; SELECT 2", Code.QUERY_ERROR, "one query"),
    ("-- only a comment\n", Code.QUERY_ERROR, "no query"),
])
def test_a_malformed_query_is_told_what_is_wrong_in_the_course_language(query, code, words):
    got = run_query(query, _course)
    assert not got.ok and got.code == str(code) and words in got.message, got.message


def test_sqlite_messages_are_translated():
    with in_language("ru"):
        assert "нет столбца prise" in run_query("SELECT prise FROM parts", _course).message
    with in_language("kk"):
        message = run_query("DELETE FROM parts", _course).message
        assert "DELETE" not in message and "өзгертілген жоқ" in message, message


@pytest.mark.parametrize(("query", "action"), [
    ("DELETE FROM parts", "delete rows"), ("DROP TABLE parts", "drop a table"),
    ("UPDATE parts SET price = 0", "change rows"), ("INSERT INTO parts VALUES ('X', 'x', 1, 1, 1)", "add rows"),
    ("CREATE TABLE t(x)", "create a table"), ("PRAGMA writable_schema = 1", "PRAGMA"),
    ("ATTACH DATABASE '/tmp/x.db' AS x", "attach"), ("/* sneaky */ with d as (select 1) delete from parts", "delete"),
    ("BEGIN", "transaction"), ("ALTER TABLE parts ADD COLUMN x", "alter"),
])
def test_a_query_that_would_change_the_database_is_refused_and_changes_nothing(query, action):
    destructive, count = run_queries([_course], [query, "SELECT COUNT(*), SUM(price) FROM parts"])
    assert not destructive[0].ok and destructive[0].code == str(Code.NOT_READ_ONLY)
    assert action in run_query(query, _course).message and "Nothing was changed" in run_query(query, _course).message
    assert count[0].rows == ((5, 1913.75),), "the same database, read after the refused query, is whole"


def test_a_runaway_query_is_stopped_and_costs_only_itself():
    forever = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT COUNT(*) FROM n"
    loop, good = run_queries([_course, _other], [forever, "SELECT COUNT(*) FROM parts"], {"seconds": 0.3})
    assert [r.code for r in loop] == [str(Code.TIMEOUT)] * 2 and "0.3 s" in loop[0].message
    assert [r.rows for r in good] == [((5,),), ((4,),)]


def test_a_query_too_big_is_stopped_with_its_reason():
    huge = run_query("SELECT randomblob(50000000)", _course)
    assert huge.code == str(Code.MEMORY_LIMIT) and "MB" in huge.message
    cross = "SELECT * FROM parts a, parts b, parts c, parts d, parts e, parts f"  # 15 625 rows: a join without ON
    many = run_query(cross, _course, limits={"rows": 1000})
    assert many.code == str(Code.TOO_MANY_ROWS) and "1000 rows" in many.message and "ON" in many.message


def test_the_sandbox_cannot_read_files():
    got = run_query("SELECT readfile('/etc/passwd')", _course)
    assert not got.ok and got.code == str(Code.QUERY_ERROR)
    assert not run_query("SELECT load_extension('/tmp/x')", _course).ok


@pytest.mark.parametrize("query", [
    LOCAL,
    "select p.part_no as number, p.price from parts p where p.local",
    "SELECT part_no, price FROM parts WHERE part_no IN (SELECT part_no FROM parts WHERE local = 1) ORDER BY price DESC",
    "SELECT p.part_no, p.price FROM parts p JOIN suppliers s ON s.id = p.supplier_id WHERE p.local = 1",
])
def test_right_queries_written_differently_are_right_on_both_databases(query):
    result = check_query(query, LOCAL, databases=DATABASES)
    assert result.correct and result.code == Code.EQUIVALENT and "filled differently" in result.message


def test_wrong_queries_are_told_what_differs_without_the_answer():
    too_many = check_query("SELECT part_no, price FROM parts", LOCAL, databases=DATABASES)
    assert too_many.code == Code.WRONG_ROWS and "5 rows, more than" in too_many.message
    too_few = check_query("SELECT part_no, price FROM parts WHERE local = 1 AND price > 100", LOCAL, databases=DATABASES)
    assert too_few.code == Code.WRONG_ROWS and "fewer" in too_few.message
    values = check_query("SELECT part_no, price * 1.12 FROM parts WHERE local = 1", LOCAL, databases=DATABASES)
    assert values.code == Code.WRONG_ROWS and "values differ" in values.message
    columns = check_query("SELECT part_no FROM parts WHERE local = 1", LOCAL, databases=DATABASES)
    assert columns.code == Code.WRONG_COLUMNS and "1 column;" in columns.message and "asks for 2" in columns.message
    for result in (too_many, too_few, values, columns):
        assert not result.correct and "120.5" not in result.message and "P-100" not in result.message


def test_a_hard_coded_answer_is_right_only_on_the_course_database_and_told_so():
    copied = "SELECT part_no, price FROM parts WHERE part_no IN ('P-100', 'P-101', 'P-200')"
    result = check_query(copied, LOCAL, databases=DATABASES)
    assert not result.correct and result.code == Code.HARD_CODED and "another one filled with other data" in result.message
    literal = "SELECT 'P-100', 120.5 UNION ALL SELECT 'P-101', 98.0 UNION ALL SELECT 'P-200', 210.0"
    assert check_query(literal, LOCAL, databases=DATABASES).code == Code.HARD_CODED
    assert check_query(literal, LOCAL, databases=DATABASES[:1]).correct, "one database alone cannot tell"


def test_order_counts_only_when_the_task_asks_for_it():
    teacher = "SELECT name FROM parts ORDER BY price DESC"
    assert check_query("SELECT name FROM parts ORDER BY price", teacher, databases=DATABASES).correct
    wrong = check_query("SELECT name FROM parts ORDER BY price", teacher, databases=DATABASES, ordered=True)
    assert wrong.code == Code.WRONG_ORDER and "ORDER BY" in wrong.message
    assert check_query("SELECT name FROM parts ORDER BY -price", teacher, databases=DATABASES, ordered=True).correct


def test_numbers_match_within_the_tolerance_and_integers_match_floats():
    assert same_rows([(1, 2.0)], [(1.0, 2)], ordered=True, rtol=0)
    assert same_rows([(0.30000000000000004,)], [(0.3,)], ordered=True, rtol=1e-9)
    assert not same_rows([(0.31,)], [(0.3,)], ordered=True, rtol=1e-3)
    assert same_rows([(None, "a"), (2, "b")], [(2.0, "b"), (None, "a")], ordered=False, rtol=0)
    assert not same_rows([(1,), (1,)], [(1,), (2,)], ordered=False, rtol=0), "rows are a multiset"
    rounded = check_query("SELECT ROUND(AVG(price), 2) FROM parts", "SELECT AVG(price) FROM parts",
                          databases=DATABASES, rtol=1e-4)
    assert rounded.correct


def test_a_public_check_says_the_query_runs_and_its_width_without_judging_the_rows():
    runs = check_query("SELECT part_no, price FROM parts", databases=DATABASES[:1], columns=2)
    assert runs.correct and runs.code == Code.QUERY_RUNS and "5 rows" in runs.message
    narrow = check_query("SELECT part_no FROM parts", databases=DATABASES[:1], columns=2)
    assert not narrow.correct and narrow.code == Code.WRONG_COLUMNS


def test_bad_input_and_bad_setup_are_told_clearly():
    not_text = check_query(42, LOCAL, databases=DATABASES, name="q_local")
    assert not_text.code == Code.WRONG_TYPE and "q_local" in not_text.message and "SELECT" in not_text.message
    with pytest.raises(ValueError, match="function of the course package"):
        check_query(LOCAL, LOCAL, databases=(lambda: COURSE,))
    with pytest.raises(ValueError, match="at least one database"):
        check_query(LOCAL, LOCAL, databases=())
    with pytest.raises(ValueError, match="teacher's query does not run"):
        decide_query(LOCAL, "SELECT nothing FROM parts", DATABASES)
    with pytest.raises(ValueError, match="SQL script"):
        run_query(LOCAL, lambda: 7)


def test_the_grader_decides_a_captured_query_again_from_the_teachers_record():
    options = {"databases": ["curriculum._test_shop:_course", "curriculum._test_shop:_other"], "ordered": False,
               "rtol": 1e-9, "columns": None, "limits": None, "name": "q_local"}
    assert decide_recorded("SELECT part_no, price FROM parts WHERE local", LOCAL, options).correct
    with pytest.raises(ValueError, match="not a function of the course package"):
        decide_recorded(LOCAL, LOCAL, {**options, "databases": ["os:getcwd"]})
    check = HiddenCheck(kind="query", student="q_local", graded=True, partial=False, line=1)
    teacher = {"mode": "query", "teacher": serialize(LOCAL), "options": options}
    right = decide(check, teacher, {"answer": serialize("SELECT part_no, price FROM parts WHERE local = 1")})
    assert right.share == 1.0 and right.result.correct
    hard = decide(check, teacher, {"answer": serialize("SELECT 'P-100', 120.5")})
    assert hard.share == 0.0 and hard.result.code == Code.WRONG_ROWS
    destructive = decide(check, teacher, {"answer": serialize("DROP TABLE parts")})
    assert destructive.share == 0.0 and destructive.result.code == Code.NOT_READ_ONLY
    assert decide(check, teacher, {"answer": serialize(LOCAL)}).share == 1.0, "the DROP changed nothing"


def test_a_hidden_query_check_is_planned_as_a_capture_of_the_querys_text():
    from curriculum.grading.blind import blind_source, plan

    source = ("### BEGIN HIDDEN TESTS\n"
              "require(check_query(q_local, 'SELECT part_no, price FROM parts WHERE local = 1', "
              "databases=(parts.course_database, parts.other_database)))\n"
              "### END HIDDEN TESTS\n")
    cell = plan(source)
    assert [(c.kind, c.student, c.graded) for c in cell.checks] == [("query", "q_local", True)]
    blind = blind_source(cell, [{"mode": "query", "options": {}}])
    assert "_curriculum_capture_.answer(0, lambda: (q_local))" in blind and "SELECT part_no" not in blind


def test_the_teachers_run_records_a_query_the_grader_decides_from_data_only(monkeypatch):
    """As nbgrader runs it: the teacher's run records the query and the databases by name; the student's kernel
    records the student's text only; the grader decides from the two records."""
    import IPython.display

    from curriculum.check import capture
    from curriculum.check.record import MIME, TEACHER_ENV

    def record(check, *, teacher):
        docs = []
        with monkeypatch.context() as m:
            m.setenv("NBGRADER_EXECUTION", "autograde")
            if teacher:
                m.setenv(TEACHER_ENV, "1")
            else:
                m.delenv(TEACHER_ENV, raising=False)
            m.setattr(IPython.display, "display", lambda obj, raw=False: docs.append(obj[MIME]))
            check()
        return docs

    (teacher,) = record(lambda: check_query(LOCAL, LOCAL, databases=DATABASES, name="q_local"), teacher=True)
    assert teacher["mode"] == "query" and teacher["options"]["databases"] == [
        "curriculum._test_shop:_course", "curriculum._test_shop:_other"]
    (student,) = record(lambda: check_query("SELECT 1", LOCAL, databases=DATABASES), teacher=False)
    assert "teacher" not in student and LOCAL not in json_text(student)
    check = HiddenCheck(kind="query", student="q_local", graded=True, partial=False, line=1)
    for text, share in (("SELECT part_no, price FROM parts WHERE local <> 0", 1.0), ("SELECT part_no, price FROM parts", 0.0)):
        (captured,) = record(lambda: capture.answer(0, lambda: text), teacher=False)
        assert decide(check, teacher, captured).share == share


def json_text(doc) -> str:
    import json

    return json.dumps(doc)


def test_a_self_check_token_says_right_or_what_differs_without_holding_the_answer():
    from curriculum.check import query_fingerprint, self_check

    token = query_fingerprint(LOCAL, _course)
    assert token.startswith("cq1:") and token == query_fingerprint(LOCAL, _course), "the same token every build"
    import base64

    text = base64.urlsafe_b64decode(token[4:] + "=" * (-len(token[4:]) % 4)).decode()
    assert "P-100" not in text and "120.5" not in text and "SELECT" not in text
    assert self_check("SELECT part_no, price FROM parts WHERE local", token).correct
    assert self_check("SELECT p.part_no, ROUND(p.price, 2) FROM parts p WHERE local = 1 ORDER BY 2", token).correct
    assert self_check("SELECT part_no, price FROM parts", token).code == Code.WRONG_ROWS
    assert self_check("SELECT part_no, price * 1.1 FROM parts WHERE local", token).code == Code.WRONG_ROWS
    assert self_check("SELECT part_no FROM parts WHERE local", token).code == Code.WRONG_COLUMNS
    assert self_check("DROP TABLE parts", token).code == Code.NOT_READ_ONLY
    assert self_check(7, token).code == Code.WRONG_TYPE
    ordered = query_fingerprint("SELECT name FROM parts ORDER BY price", _course, ordered=True)
    assert self_check("SELECT name FROM parts ORDER BY price DESC", ordered).code == Code.WRONG_ORDER
    assert self_check("SELECT name FROM parts ORDER BY price", ordered).correct
    average = query_fingerprint("SELECT AVG(price) FROM parts", _course)
    assert self_check("SELECT ROUND(AVG(price), 2) FROM parts", average).correct, "to four significant digits"
    with pytest.raises(ValueError, match="function of the course package"):
        query_fingerprint(LOCAL, lambda: COURSE)
