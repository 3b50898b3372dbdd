"""The plant's parts database: parts, their suppliers and the bill of materials of each car model, as SQLite.

The assembly line in Kostanay buys parts from suppliers in Kazakhstan and abroad; the share of a car's parts value
made in Kazakhstan is its **local content** (fictional plant data, as plausible as we can make them: no real
company, part number or price). Three tables (identifiers in English, values in the course language)::

    suppliers(supplier_id INTEGER PRIMARY KEY, name TEXT, city TEXT, country TEXT, distance_km INTEGER)
    parts(part_no TEXT PRIMARY KEY, name TEXT, supplier_id INTEGER REFERENCES suppliers, price_kzt INTEGER,
          local_pct INTEGER)                       -- the share of the part's value made in Kazakhstan, per cent
    bom(model TEXT, part_no TEXT REFERENCES parts, qty INTEGER)   -- how many of a part one car of a model takes

``country`` is the ISO 3166 code (``KZ``, ``RU``, ``CN``, ...), ``distance_km`` the road distance to the plant.
The local content of a model is ``SUM(qty * price_kzt * local_pct) / SUM(qty * price_kzt)`` per cent over its bill
of materials (:func:`local_content`).

:func:`course_database` is the database the lessons and the assignment show; :func:`other_database` holds the same
tables filled with other rows (other suppliers, parts, prices and counts, drawn once from a fixed seed), so a query
that repeats values read off the course's tables is right on one and wrong on the other
(:func:`curriculum.check.check_query`). Both have what a fair check needs: a supplier with no parts (an inner join
drops it, a LEFT JOIN keeps it), parts of a model and parts of no model, several suppliers in one city, and no two
equal prices or distances (so an ORDER BY has one right order). Each returns the SQL script that builds it, in the
course language; :func:`connect` opens it in memory for a lesson's Python and the tests.

>>> db = connect()
>>> db.execute("SELECT COUNT(*) FROM parts").fetchone()[0], db.execute("SELECT COUNT(*) FROM suppliers").fetchone()[0]
(16, 7)
>>> round(local_content(course_tables(), "KS-1"), 1)
16.8
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .core import Plot

SCHEMA = """\
CREATE TABLE suppliers (
    supplier_id INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    city        TEXT    NOT NULL,
    country     TEXT    NOT NULL,
    distance_km INTEGER NOT NULL
);
CREATE TABLE parts (
    part_no     TEXT    PRIMARY KEY,
    name        TEXT    NOT NULL,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(supplier_id),
    price_kzt   INTEGER NOT NULL CHECK (price_kzt > 0),
    local_pct   INTEGER NOT NULL CHECK (local_pct BETWEEN 0 AND 100)
);
CREATE TABLE bom (
    model   TEXT    NOT NULL,
    part_no TEXT    NOT NULL REFERENCES parts(part_no),
    qty     INTEGER NOT NULL CHECK (qty > 0),
    PRIMARY KEY (model, part_no)
);
"""

Texts = Mapping[str, str]

CITIES: Mapping[str, Texts] = {
    "kostanay": {"kk": "Қостанай", "ru": "Костанай", "en": "Kostanay"},
    "almaty": {"kk": "Алматы", "ru": "Алматы", "en": "Almaty"},
    "karaganda": {"kk": "Қарағанды", "ru": "Караганда", "en": "Karaganda"},
    "astana": {"kk": "Астана", "ru": "Астана", "en": "Astana"},
    "shymkent": {"kk": "Шымкент", "ru": "Шымкент", "en": "Shymkent"},
    "chelyabinsk": {"kk": "Челябі", "ru": "Челябинск", "en": "Chelyabinsk"},
    "togliatti": {"kk": "Тольятти", "ru": "Тольятти", "en": "Togliatti"},
    "wuhu": {"kk": "Уху", "ru": "Уху", "en": "Wuhu"},
    "ulsan": {"kk": "Ульсан", "ru": "Ульсан", "en": "Ulsan"},
}
"""Cities of suppliers, by key: (city, country) in :data:`CITY_COUNTRY`."""

CITY_COUNTRY: Mapping[str, str] = {"kostanay": "KZ", "almaty": "KZ", "karaganda": "KZ", "astana": "KZ",
                                   "shymkent": "KZ", "chelyabinsk": "RU", "togliatti": "RU", "wuhu": "CN",
                                   "ulsan": "KR"}

PART_NAMES: Mapping[str, Texts] = {
    "seat": {"kk": "алдыңғы орындық", "ru": "переднее сиденье", "en": "front seat"},
    "rear-seat": {"kk": "артқы орындық", "ru": "заднее сиденье", "en": "rear seat"},
    "battery": {"kk": "аккумулятор", "ru": "аккумулятор", "en": "battery"},
    "tyre": {"kk": "шина", "ru": "шина", "en": "tyre"},
    "wheel": {"kk": "диск", "ru": "колёсный диск", "en": "wheel rim"},
    "glass": {"kk": "алдыңғы әйнек", "ru": "лобовое стекло", "en": "windscreen"},
    "bumper": {"kk": "бампер", "ru": "бампер", "en": "bumper"},
    "harness": {"kk": "сым жгуті", "ru": "жгут проводов", "en": "wiring harness"},
    "engine": {"kk": "қозғалтқыш", "ru": "двигатель", "en": "engine"},
    "gearbox": {"kk": "беріліс қорабы", "ru": "коробка передач", "en": "gearbox"},
    "radiator": {"kk": "радиатор", "ru": "радиатор", "en": "radiator"},
    "carpet": {"kk": "еден кілемі", "ru": "ковёр пола", "en": "floor carpet"},
    "lamp": {"kk": "фара", "ru": "фара", "en": "headlamp"},
    "mirror": {"kk": "бүйір айна", "ru": "боковое зеркало", "en": "side mirror"},
    "dashboard": {"kk": "аспаптар панелі", "ru": "приборная панель", "en": "dashboard"},
    "brake": {"kk": "тежегіш механизмі", "ru": "тормозной механизм", "en": "brake unit"},
    "filter": {"kk": "ауа сүзгісі", "ru": "воздушный фильтр", "en": "air filter"},
    "muffler": {"kk": "бәсеңдеткіш", "ru": "глушитель", "en": "muffler"},
    "shock": {"kk": "амортизатор", "ru": "амортизатор", "en": "shock absorber"},
    "paint": {"kk": "бояу (бір көлікке)", "ru": "краска (на один автомобиль)", "en": "paint (per car)"},
}
"""Part names by key, in the three languages (the ``name`` a student's query returns is in the course's)."""


@dataclass(frozen=True)
class Supplier:
    supplier_id: int
    name: str
    """A fictional company's name (a proper name: the same in every language)."""
    city: str
    """A key of :data:`CITIES`."""
    distance_km: int

    @property
    def country(self) -> str:
        return CITY_COUNTRY[self.city]


@dataclass(frozen=True)
class Part:
    part_no: str
    name: str
    """A key of :data:`PART_NAMES`."""
    supplier_id: int
    price_kzt: int
    local_pct: int


@dataclass(frozen=True)
class Tables:
    """One database's rows (language-free: cities and part names by key)."""

    suppliers: tuple[Supplier, ...]
    parts: tuple[Part, ...]
    bom: tuple[tuple[str, str, int], ...]
    """(model, part_no, qty)."""

    def models(self) -> tuple[str, ...]:
        return tuple(sorted({model for model, _p, _q in self.bom}))


COURSE = Tables(
    suppliers=(
        Supplier(1, "Tobyl Plast", "kostanay", 12),
        Supplier(2, "Steppe Seats", "kostanay", 7),
        Supplier(3, "Qaragandy Metal", "karaganda", 830),
        Supplier(4, "Alatau Glass", "almaty", 1960),
        Supplier(5, "Ural Motors", "chelyabinsk", 320),
        Supplier(6, "Yangtze Drive", "wuhu", 5140),
        Supplier(7, "Astana Cable", "astana", 690),
    ),
    parts=(
        Part("BD-101", "bumper", 1, 48_500, 65),
        Part("BD-102", "carpet", 1, 21_300, 80),
        Part("IN-201", "seat", 2, 187_000, 55),
        Part("IN-202", "rear-seat", 2, 164_000, 55),
        Part("IN-203", "dashboard", 1, 132_500, 40),
        Part("CH-301", "wheel", 3, 36_800, 70),
        Part("CH-302", "brake", 3, 58_900, 35),
        Part("CH-303", "shock", 5, 27_400, 0),
        Part("GL-401", "glass", 4, 96_700, 60),
        Part("GL-402", "mirror", 4, 18_600, 45),
        Part("PT-501", "engine", 6, 1_450_000, 0),
        Part("PT-502", "gearbox", 6, 980_000, 0),
        Part("PT-503", "radiator", 5, 74_200, 0),
        Part("EL-601", "battery", 5, 61_500, 0),
        Part("EL-602", "lamp", 6, 55_300, 0),
        Part("EL-603", "filter", 5, 9_800, 0),
    ),
    bom=(
        ("KS-1", "BD-101", 2), ("KS-1", "BD-102", 1), ("KS-1", "IN-201", 2), ("KS-1", "IN-202", 1),
        ("KS-1", "IN-203", 1), ("KS-1", "CH-301", 4), ("KS-1", "CH-302", 4), ("KS-1", "CH-303", 4),
        ("KS-1", "GL-401", 1), ("KS-1", "GL-402", 2), ("KS-1", "PT-501", 1), ("KS-1", "PT-502", 1),
        ("KS-1", "PT-503", 1), ("KS-1", "EL-601", 1), ("KS-1", "EL-602", 2),
        ("KS-2", "BD-101", 2), ("KS-2", "IN-201", 2), ("KS-2", "IN-203", 1), ("KS-2", "CH-301", 4),
        ("KS-2", "CH-302", 4), ("KS-2", "GL-401", 1), ("KS-2", "GL-402", 2), ("KS-2", "PT-501", 1),
        ("KS-2", "PT-502", 1), ("KS-2", "EL-601", 1), ("KS-2", "EL-602", 2),
    ),
)
"""The course's database: seven suppliers (Astana Cable has no part yet), sixteen parts (EL-603 is in no model's
bill of materials), two models."""

OTHER_SEED = 2027


def generated_tables(seed: int) -> Tables:
    """Another database with the same tables and the same kinds of rows, drawn from ``seed``: other suppliers, other
    parts and prices, other bills of materials. Like the course's: one supplier with no parts, one part in no model,
    no two equal prices or distances, local and foreign suppliers, two models."""
    rng = random.Random(seed)
    firms = ["Irtysh Polymer", "Saryarka Steel", "Ertis Glass", "Tengri Trim", "Volga Parts", "Han River Electric",
             "Zhaiyk Rubber", "Burabay Light", "Kama Drive", "Pearl Delta Auto"]
    rng.shuffle(firms)
    cities = list(CITIES)
    rng.shuffle(cities)
    n_suppliers = rng.randint(6, 8)
    chosen = cities[:n_suppliers]
    if not any(CITY_COUNTRY[c] == "KZ" for c in chosen[:-1]) or not any(CITY_COUNTRY[c] != "KZ" for c in chosen[:-1]):
        chosen[0], chosen[1] = "kostanay", "wuhu"
    chosen.append(chosen[0])  # two suppliers in one city
    distances = rng.sample(range(5, 6000), len(chosen))
    suppliers = tuple(Supplier(10 + i, firms[i], city, distances[i]) for i, city in enumerate(chosen))
    with_parts = suppliers[:-2] + suppliers[-1:]  # the last but one has no part
    names = list(PART_NAMES)
    rng.shuffle(names)
    n_parts = rng.randint(13, 18)
    prices = rng.sample(range(80, 16_000), n_parts)
    parts = []
    for i, name in enumerate(names[:n_parts]):
        supplier = with_parts[i % len(with_parts)]
        local = CITY_COUNTRY[supplier.city] == "KZ"
        parts.append(Part(f"{'AB'[i % 2]}{i + 1:02d}-{rng.randint(100, 999)}", name, supplier.supplier_id,
                          prices[i] * 100, rng.choice((30, 45, 50, 75, 90)) if local else rng.choice((0, 0, 10))))
    bom = []
    for model in ("KS-1", "KS-2"):  # the same models, other bills of materials
        for part in parts[:-1]:  # the last part is in no model
            if model == "KS-1" or rng.random() < 0.6:
                bom.append((model, part.part_no, rng.choice((1, 1, 2, 4))))
    return Tables(tuple(suppliers), tuple(parts), tuple(bom))


# -- the SQL scripts --------------------------------------------------------------------------------------------

def _literal(value: object) -> str:
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def script(tables: Tables, lang: str | None = None) -> str:
    """The SQL script that builds ``tables`` (schema and rows) with names in ``lang`` (the course language)."""
    from ..i18n import pick

    lines = [SCHEMA]
    for s in tables.suppliers:
        lines.append("INSERT INTO suppliers VALUES (" + ", ".join(_literal(v) for v in (
            s.supplier_id, s.name, pick(CITIES[s.city], lang), s.country, s.distance_km)) + ");")
    for p in tables.parts:
        lines.append("INSERT INTO parts VALUES (" + ", ".join(_literal(v) for v in (
            p.part_no, pick(PART_NAMES[p.name], lang), p.supplier_id, p.price_kzt, p.local_pct)) + ");")
    for model, part_no, qty in tables.bom:
        lines.append(f"INSERT INTO bom VALUES ({_literal(model)}, {_literal(part_no)}, {qty});")
    return "\n".join(lines) + "\n"


def course_tables() -> Tables:
    return COURSE


def other_tables() -> Tables:
    return generated_tables(OTHER_SEED)


def course_database() -> str:
    """The course's database as the SQL script that builds it (the course language's names)."""
    return script(COURSE)


def other_database() -> str:
    """The second database (same tables, other rows) as the SQL script that builds it."""
    return script(other_tables())


def connect(database: str | None = None) -> sqlite3.Connection:
    """A connection to a fresh in-memory copy of a database (the course's by default) for a lesson's Python."""
    conn = sqlite3.connect(":memory:")
    conn.executescript(database if database is not None else course_database())
    return conn


# -- what the queries should find, computed in Python (the tests compare the two) ---------------------------------

def model_cost(tables: Tables, model: str) -> int:
    """The parts cost of one car of ``model`` in tenge: the sum of quantity × price over its bill of materials."""
    prices = {p.part_no: p.price_kzt for p in tables.parts}
    rows = [(part_no, qty) for m, part_no, qty in tables.bom if m == model]
    if not rows:
        raise ValueError(f"there is no model {model!r} in the bill of materials (models: {', '.join(tables.models())})")
    return sum(prices[part_no] * qty for part_no, qty in rows)


def local_content(tables: Tables, model: str) -> float:
    """The local content of ``model`` in per cent: the share of its parts value made in Kazakhstan."""
    parts = {p.part_no: p for p in tables.parts}
    local = sum(parts[n].price_kzt * q * parts[n].local_pct for m, n, q in tables.bom if m == model)
    return local / model_cost(tables, model)


def parts_per_supplier(tables: Tables) -> dict[int, int]:
    """How many parts each supplier delivers (0 for a supplier with none)."""
    counts = {s.supplier_id: 0 for s in tables.suppliers}
    for p in tables.parts:
        counts[p.supplier_id] += 1
    return counts


def local_suppliers(tables: Tables) -> tuple[Supplier, ...]:
    """The suppliers in Kazakhstan, nearest first."""
    return tuple(sorted((s for s in tables.suppliers if s.country == "KZ"), key=lambda s: s.distance_km))


def check_tables(tables: Tables) -> list[str]:
    """What makes a database unfit for fair checking (empty when it is fit): see the module's documentation."""
    problems = []
    ids = {s.supplier_id for s in tables.suppliers}
    numbers = [p.part_no for p in tables.parts]
    if len(set(numbers)) != len(numbers):
        problems.append("two parts with one number")
    if any(p.supplier_id not in ids for p in tables.parts):
        problems.append("a part whose supplier is not in suppliers")
    if any(n not in numbers for _m, n, _q in tables.bom):
        problems.append("a bill of materials names a part not in parts")
    if len({p.price_kzt for p in tables.parts}) != len(tables.parts):
        problems.append("two parts at one price (ORDER BY price would have two right orders)")
    if len({s.distance_km for s in tables.suppliers}) != len(tables.suppliers):
        problems.append("two suppliers at one distance")
    if 0 not in parts_per_supplier(tables).values():
        problems.append("no supplier without parts (a LEFT JOIN could not be told from a JOIN)")
    if not set(numbers) - {n for _m, n, _q in tables.bom}:
        problems.append("no part outside every bill of materials")
    if len(tables.models()) < 2:
        problems.append("fewer than two models")
    cities = [s.city for s in tables.suppliers]
    if len(set(cities)) == len(cities):
        problems.append("no city with two suppliers (GROUP BY city would group nothing)")
    countries = {s.country for s in tables.suppliers}
    if "KZ" not in countries or countries == {"KZ"}:
        problems.append("local and foreign suppliers are both needed")
    return problems


# -- a lesson's query and the lab ----------------------------------------------------------------------------

def run(query: str, database: str | None = None) -> Any:
    """Run a query on a fresh read-only copy of the course's database (or ``database``, a script) and return its
    result, which a notebook shows as a table; a malformed or destructive query gets its reason and changes nothing
    (:func:`curriculum.check.run_query`)."""
    from ..check.query import run_query

    return run_query(query, database if database is not None else course_database)


PLAN_MODEL = "KS-1"
"""The model whose local content the localisation plan raises."""

GOAL_PCT = 50
"""The local content the plant has agreed to reach by 2027, per cent (the module's sources)."""

PLANS: dict[str, tuple[int, int]] = {"plan-20": (20, 4_110_000), "plan-22": (22, 4_150_000)}
"""The design tasks: KS-1's local content at least (per cent) at a parts cost of one car at most (tenge), with two
offers at most. The lesson's ``plan-20`` needs small parts only (the gearbox costs too much); the assignment's
``plan-22`` needs the gearbox and one small part (fictional steps on the way to :data:`GOAL_PCT`)."""

@dataclass(frozen=True)
class Offer:
    """A Kazakh supplier's offer to make a part of KS-1 (fictional): its new price and its new local share."""

    part_no: str
    price_kzt: int
    local_pct: int


OFFERS: tuple[Offer, ...] = (
    Offer("PT-501", 1_560_000, 14),   # the engine: assembled in Kazakhstan from imported units
    Offer("PT-502", 1_030_000, 20),   # the gearbox
    Offer("CH-302", 61_200, 65),      # the brake unit: more of it machined in Karaganda
    Offer("CH-303", 29_500, 60),      # the shock absorber
    Offer("IN-201", 191_000, 75),     # the front seat: local foam and fabric
    Offer("PT-503", 78_000, 55),      # the radiator
    Offer("EL-601", 64_900, 45),      # the battery
    Offer("EL-602", 57_900, 50),      # the headlamp
)
"""The localisation offers the plan chooses from (fictional but plausible: a local part costs a little more)."""

NONE = "none"
"""The drop-down's choice of no part."""


def localised(tables: Tables, part_nos: Any) -> Tables:
    """``tables`` with the offers for ``part_nos`` taken: those parts get the offer's price and local share."""
    offers = {o.part_no: o for o in OFFERS}
    chosen = set()
    for part_no in part_nos:
        if part_no in (None, "", NONE):
            continue
        if part_no not in offers:
            raise ValueError(f"there is no localisation offer for {part_no!r} (offers: {', '.join(offers)})")
        chosen.add(part_no)
    parts = tuple(Part(p.part_no, p.name, p.supplier_id, offers[p.part_no].price_kzt, offers[p.part_no].local_pct)
                  if p.part_no in chosen else p for p in tables.parts)
    return Tables(tables.suppliers, parts, tables.bom)


def plan_result(first: str = NONE, second: str = NONE) -> dict[str, Any]:
    """KS-1 after the plan that takes the offers for ``first`` and ``second``: its local content (per cent), its parts
    cost (tenge), how many parts were localised, and per line of its bill of materials the value and the local
    value (tenge)."""
    chosen = [p for p in dict.fromkeys((first, second)) if p not in (None, "", NONE)]
    tables = localised(COURSE, chosen)
    parts = {p.part_no: p for p in tables.parts}
    lines = [(n, q * parts[n].price_kzt, q * parts[n].price_kzt * parts[n].local_pct / 100)
             for m, n, q in tables.bom if m == PLAN_MODEL]
    return {"local_pct": local_content(tables, PLAN_MODEL), "cost_kzt": model_cost(tables, PLAN_MODEL),
            "localised": len(chosen), "chosen": tuple(chosen), "choices": (first, second), "lines": tuple(lines)}


def design_result(design: Mapping[str, Any]) -> dict[str, Any]:
    """What the plan ``{"first": part_no, "second": part_no}`` gives (the lab and the hidden test use this)."""
    if not isinstance(design, Mapping):
        raise ValueError("a plan is a dictionary such as {'first': 'CH-303', 'second': 'EL-602'}")
    return plan_result(design.get("first", NONE), design.get("second", NONE))


LABELS: dict[str, Texts] = {
    "title": {"kk": "Бөлшектер деректер қоры және қазақстандық қамту", "ru": "База данных деталей и казахстанское содержание",
              "en": "The parts database and local content"},
    "query": {"kk": "SQL сұраныс (Enter басыңыз)", "ru": "SQL-запрос (нажмите Enter)", "en": "SQL query (press Enter)"},
    "first": {"kk": "Бірінші ұсыныс", "ru": "Первое предложение", "en": "First offer"},
    "second": {"kk": "Екінші ұсыныс", "ru": "Второе предложение", "en": "Second offer"},
    "none": {"kk": "ешқандай", "ru": "никакая", "en": "none"},
    "value": {"kk": "Бір көліктегі құны, мың теңге", "ru": "Стоимость в одном автомобиле, тыс. тенге",
              "en": "Value in one car, thousand tenge"},
    "local": {"kk": "Қазақстанда жасалған бөлігі", "ru": "Сделано в Казахстане", "en": "Made in Kazakhstan"},
    "foreign": {"kk": "Шетелден әкелінген бөлігі", "ru": "Ввезено из-за рубежа", "en": "Imported"},
    "content": {"kk": "KS-1 қазақстандық қамтуы", "ru": "Казахстанское содержание KS-1", "en": "Local content of KS-1"},
    "target": {"kk": "жоспар", "ru": "план", "en": "plan"},
    "cost": {"kk": "KS-1 бөлшектерінің құны", "ru": "Стоимость деталей KS-1", "en": "Parts cost of KS-1"},
    "spec": {"kk": "Техникалық тапсырма: KS-1 жергіліктендіру жоспары",
             "ru": "Техническое задание: план локализации KS-1", "en": "Specification: the localisation plan of KS-1"},
    "local_req": {"kk": "KS-1 қазақстандық қамтуы", "ru": "Казахстанское содержание KS-1", "en": "Local content of KS-1"},
    "cost_req": {"kk": "Бір KS-1 бөлшектерінің құны", "ru": "Стоимость деталей одного KS-1",
                 "en": "Parts cost of one KS-1"},
    "result": {"kk": "Сұраныстың нәтижесі", "ru": "Результат запроса", "en": "The query's result"},
    "taken": {"kk": "Қабылданған ұсыныстар", "ru": "Принятые предложения", "en": "Offers taken"},
}

UNITS: dict[str, Texts] = {"pct": {"kk": "%", "ru": "%", "en": "%"},
                           "kzt": {"kk": "теңге", "ru": "тенге", "en": "tenge"}}

LAB_QUERY = "SELECT * FROM suppliers"
"""The query the lab's SQL box starts with."""


def _name(part_no: str) -> str:
    from ..i18n import pick

    part = next(p for p in COURSE.parts if p.part_no == part_no)
    return pick(PART_NAMES[part.name])


def _money(value: float) -> str:
    from ..numbers import format_decimal

    return format_decimal(round(value), 0)


def _percent(value: float) -> str:
    from ..numbers import format_decimal

    return format_decimal(value, 1)


def lab_model(query: str = LAB_QUERY, first: str = NONE, second: str = NONE) -> dict[str, Any]:
    """The lab's model: the query's result on the course's database and the plan's figures."""
    result = plan_result(first, second)
    result["query"] = _run_cached(query if isinstance(query, str) else "", _language())
    return result


def _language() -> str:
    from ..i18n import get_language

    return str(get_language())


_CACHE: dict[tuple[str, str], Any] = {}


def _run_cached(query: str, lang: str) -> Any:
    """The query's result, run once per text and language (choosing a part in the lab does not run it again)."""
    key = (query, lang)
    if key not in _CACHE:
        if len(_CACHE) > 64:
            _CACHE.clear()
        _CACHE[key] = run(query)
    return _CACHE[key]


def readout_html(result: Mapping[str, Any]) -> str:
    """The query's result as a table, then the plan's local content and cost."""
    import html

    from ..i18n import pick

    query = result.get("query")
    table = query._repr_html_() if query is not None else ""
    colour = "#444"
    taken = [f"{c} {html.escape(_name(c))}" for c in result["choices"] if c not in (None, "", NONE)]
    offers = f"<p>{html.escape(pick(LABELS['taken']))}: {' + '.join(taken) if taken else '—'}</p>"
    figures = (f"<p style='color:{colour}'>{html.escape(pick(LABELS['content']))}: <b>{_percent(result['local_pct'])} %</b>"
               f" &nbsp;·&nbsp; {html.escape(pick(LABELS['cost']))}: <b>{_money(result['cost_kzt'])} "
               f"{html.escape(pick(UNITS['kzt']))}</b></p>")
    label = html.escape(pick(LABELS["result"]))
    # a long result scrolls: the region takes the keyboard's focus (Tab, then the arrow keys) and is named
    return (f"<div style='max-height:260px;overflow:auto' tabindex='0' role='region' aria-label='{label}'>"
            f"<b>{label}</b>{table}</div>" + offers + figures)


class PartsPlot(Plot):
    """KS-1's bill of materials as bars (each line's value in one car, its made-in-Kazakhstan part green) beside a
    gauge of its local content with the plan's line; a localised part's bar is outlined."""

    size = (7.2, 4.2)
    margins = (1.75, 0.2, 0.55, 0.35)

    def __init__(self, target: float | None = None) -> None:
        self.target = target
        super().__init__()

    def build(self, figure: Any) -> None:
        from ..i18n import pick

        grid = figure.add_gridspec(1, 2, width_ratios=(5, 1), wspace=0.45)
        self.ax = figure.add_subplot(grid[0, 0])
        self.gauge = figure.add_subplot(grid[0, 1])
        lines = [(n, q) for m, n, q in COURSE.bom if m == PLAN_MODEL]
        self.order = [n for n, _q in lines]
        y = list(range(len(lines)))
        self.ax.set_yticks(y, [f"{n} {_name(n)}" for n in self.order], fontsize=7.5)
        self.ax.invert_yaxis()
        self.ax.set_xlabel(pick(LABELS["value"]))
        self.ax.set_xlim(0, 1700)
        self.ax.grid(axis="x", alpha=0.3)
        # a part without an offer never changes: its bars are drawn once, with the axes; the others follow the plan
        offered = {o.part_no for o in OFFERS}
        start = plan_result()
        values = {n: (v, local) for n, v, local in start["lines"]}
        self.local_bars = list(self.ax.barh(y, [values[n][1] / 1000 for n in self.order], color="#2e9e5b",
                                            label=pick(LABELS["local"])))
        self.foreign_bars = list(self.ax.barh(y, [(values[n][0] - values[n][1]) / 1000 for n in self.order],
                                              left=[values[n][1] / 1000 for n in self.order], color="#b8b8b8",
                                              label=pick(LABELS["foreign"])))
        self.moving = [(n, local, foreign) for n, local, foreign in zip(self.order, self.local_bars, self.foreign_bars)
                       if n in offered]
        for _n, local, foreign in self.moving:
            self.dynamic(local), self.dynamic(foreign)
        self.ax.legend(loc="lower right", fontsize=8, framealpha=1.0)
        self.taken = self.dynamic(self.ax.text(0.0, 1.02, "", transform=self.ax.transAxes, fontsize=9,
                                               color="#0b5394", va="bottom"))
        self.gauge.set_ylim(0, 55)
        self.gauge.set_xlim(0, 1)
        self.gauge.set_xticks([])
        self.gauge.set_ylabel(pick(LABELS["content"]) + ", %")
        self.gauge.axhline(GOAL_PCT, color="#0b5394", linestyle=":", linewidth=1.5)
        self.gauge.text(0.5, GOAL_PCT + 0.8, f"2027: {GOAL_PCT} %", color="#0b5394", fontsize=8, ha="center",
                        va="bottom")
        if self.target is not None:
            self.gauge.axhline(self.target, color="#cf222e", linestyle="--", linewidth=1.5)
            self.dynamic(self.gauge.text(0.5, self.target - 1, f"{pick(LABELS['target'])} {self.target:g} %",
                                         color="#cf222e", fontsize=8, ha="center", va="top", zorder=5,
                                         bbox={"facecolor": "white", "edgecolor": "none", "pad": 1}))
        (self.level,) = self.gauge.bar([0.5], [0], width=0.7, color="#2e9e5b")
        self.dynamic(self.level)
        self.level_text = self.dynamic(self.gauge.text(0.5, 1, "", ha="center", va="bottom", fontsize=9))

    def update(self, result: Mapping[str, Any]) -> None:
        values = {n: (v, local) for n, v, local in result["lines"]}
        chosen = set(result["chosen"])
        for n, local_bar, foreign_bar in self.moving:
            value, local = values[n]
            local_bar.set_width(local / 1000)
            foreign_bar.set_x(local / 1000)
            foreign_bar.set_width((value - local) / 1000)
            edge = ("#0b5394", 2.0) if n in chosen else ("none", 0.0)
            for bar in (local_bar, foreign_bar):
                bar.set_edgecolor(edge[0])
                bar.set_linewidth(edge[1])
        taken = [c for c in result["choices"] if c not in (None, "", NONE)]
        self.taken.set_text(f"{PLAN_MODEL}: " + (" + ".join(taken) if taken else "—"))
        level = result["local_pct"]
        self.level.set_height(level)
        self.level.set_color("#e0a000" if self.target is not None and level < self.target else "#2e9e5b")
        self.level_text.set_position((0.5, level + 0.8))
        self.level_text.set_text(f"{_percent(level)} %")

    def alt_text(self) -> str:
        from ..i18n import pick

        target = f" ({pick(LABELS['target'])} {self.target:g} %)" if self.target is not None else ""
        return (f"{pick(LABELS['value'])}: {pick(LABELS['local'])}, {pick(LABELS['foreign'])}. "
                f"{pick(LABELS['content'])}: {self.level_text.get_text()}{target}.")


def _options() -> dict[str, Texts]:
    options: dict[str, Texts] = {NONE: LABELS["none"]}
    for offer in OFFERS:
        part = next(p for p in COURSE.parts if p.part_no == offer.part_no)
        options[offer.part_no] = {lang: f"{offer.part_no} {PART_NAMES[part.name][lang]}: {offer.local_pct} %, "
                                        f"{offer.price_kzt:,} {UNITS['kzt'][lang]}".replace(",", " " if lang != "en" else ",")
                                  for lang in ("kk", "ru", "en")}
    return options


@dataclass
class SqlBox:
    """The lab's SQL box: a text field whose query runs when Enter is pressed (not at every key)."""

    name: str
    label: Texts
    value: str = ""
    design: bool = False
    """The query is not part of a design: :meth:`Lab.design_code` leaves it out."""

    def build(self) -> Any:
        import ipywidgets as w

        from ..i18n import pick
        from .core import LABEL_WIDTH

        self.widget = w.Text(value=self.value, continuous_update=False, description=pick(self.label),
                             style={"description_width": LABEL_WIDTH},
                             layout=w.Layout(width=f"calc({LABEL_WIDTH} + 8px + 560px)"))
        self.widget.add_class(f"lab-control-{self.name}")
        return self.widget


def design_spec(task: str) -> Any:
    """The specification of a design task of :data:`PLANS`."""
    from ..check.design import Requirement, Spec

    if task not in PLANS:
        raise ValueError(f"unknown task {task!r}: the parts database lab poses {', '.join(PLANS)}")
    target, cost = PLANS[task]
    return Spec((Requirement("local_pct", ">=", target, UNITS["pct"], LABELS["local_req"]),
                 Requirement("cost_kzt", "<=", cost, UNITS["kzt"], LABELS["cost_req"])),
                title=LABELS["spec"])


LESSON_SPEC = design_spec("plan-20")
"""The lesson's plan: KS-1's local content at least 20 % at a parts cost of at most 4,110,000 tenge."""

DESIGN_SPEC = design_spec("plan-22")
"""The assignment's plan: KS-1's local content at least 22 % at a parts cost of at most 4,150,000 tenge."""


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The parts database lab: an SQL box whose query's result shows as a table, and KS-1's bill of materials as
    bars (made in Kazakhstan green, imported grey) beside its local content. Two drop-downs take Kazakh suppliers'
    offers for two parts; ``task`` (``"plan-20"``, ``"plan-22"``) poses that design task with a Check button;
    ``start`` sets the drop-downs from a design."""
    from .core import Dropdown, Lab

    spec = design_spec(task) if task is not None else None
    target = PLANS[task][0] if task is not None else None
    options = _options()
    controls = [SqlBox("query", LABELS["query"], LAB_QUERY),
                Dropdown("first", LABELS["first"], options, NONE),
                Dropdown("second", LABELS["second"], options, NONE)]
    return Lab(model=lab_model, controls=controls, readout_html=readout_html, plot=lambda: PartsPlot(target),
               title=LABELS["title"], spec=spec, start=start)


__all__ = [
    "CITIES", "CITY_COUNTRY", "COURSE", "DESIGN_SPEC", "GOAL_PCT", "LAB_QUERY", "LESSON_SPEC", "NONE", "OFFERS",
    "OTHER_SEED", "Offer", "PART_NAMES", "PLANS", "PLAN_MODEL", "Part", "PartsPlot", "SCHEMA", "SqlBox", "Supplier",
    "Tables", "check_tables", "connect", "course_database", "course_tables", "design_result", "design_spec", "generated_tables",
    "lab_model", "local_content", "local_suppliers", "localised", "make_lab", "model_cost", "other_database",
    "other_tables", "parts_per_supplier", "plan_result", "readout_html", "run", "script",
]
