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
    for model in ("TX-7", "TX-9"):
        for part in parts[:-1]:  # the last part is in no model
            if model == "TX-7" or rng.random() < 0.6:
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


__all__ = [
    "CITIES", "CITY_COUNTRY", "COURSE", "OTHER_SEED", "PART_NAMES", "Part", "SCHEMA", "Supplier", "Tables",
    "check_tables", "connect", "course_database", "course_tables", "generated_tables", "local_content",
    "local_suppliers", "model_cost", "other_database", "other_tables", "parts_per_supplier", "script",
]
