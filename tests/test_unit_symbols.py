"""Units written as school writes them in the course language: Cyrillic in Kazakh and Russian, pint's symbols in English.

The reading side (:func:`curriculum.units.parse_unit`) understands every symbol the writing side prints, so a student
who copies a unit from a message is understood.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Mapping

import pytest

import curriculum
from curriculum.check import compare, fingerprint, rules, self_check
from curriculum.check.design import Requirement, Spec, check_design
from curriculum.i18n import in_language
from curriculum.units import _CYRILLIC_PREFIXES, _WRITTEN, parse_unit, unit_text, ureg

_LATIN = re.compile(r"[A-Za-z]")


def _same_unit(written: str, unit) -> bool:
    return (1 * parse_unit(written)).to(unit).magnitude == pytest.approx(1.0, rel=1e-12)


@pytest.mark.parametrize(("unit", "en", "ru", "kk"), [
    ("km/h", "km/h", "км/ч", "км/сағ"),
    ("m/s**2", "m/s²", "м/с²", "м/с²"),
    ("N*m", "N·m", "Н·м", "Н·м"),  # a torque force first, as school writes it (pint sorts by name: m·N)
    ("kN*m", "kN·m", "кН·м", "кН·м"),
    ("kW", "kW", "кВт", "кВт"),
    ("kWh", "kWh", "кВт·ч", "кВт·сағ"),
    ("rpm", "rpm", "об/мин", "айн/мин"),
    ("MPa", "MPa", "МПа", "МПа"),
    ("ohm", "Ω", "Ом", "Ом"),
    ("mL", "ml", "мл", "мл"),
    ("kg*m/s**2", "kg·m/s²", "кг·м/с²", "кг·м/с²"),
    ("W/(m*K)", "W/K/m", "Вт/К/м", "Вт/К/м"),
    ("1/min", "1/min", "1/мин", "1/мин"),
    ("W/rpm", "W/rpm", "Вт/(об/мин)", "Вт/(айн/мин)"),
])
def test_a_unit_is_written_as_school_writes_it_in_each_language(unit, en, ru, kk):
    u = ureg.parse_units(unit)
    assert (unit_text(u, "en"), unit_text(u, "ru"), unit_text(u, "kk")) == (en, ru, kk)
    assert _same_unit(ru, u) and _same_unit(kk, u)
    assert en == format(u, "~P") or unit in ("N*m",)  # English as pint wrote it before, but a torque force first


def test_english_stays_as_pint_writes_it_and_a_unit_without_a_school_symbol_stays_as_it_is():
    for unit in ("km/h", "m/s", "m/s**2", "kg", "t", "min", "h", "W", "kWh", "kN", "kPa", "rpm", "rad/s", "deg",
                 "mm**2", "cm**3", "A*s", "kg*m**2/s**3/A", "1/s", "degC", "l", "mL", "dimensionless"):
        u = ureg.parse_units(unit)
        assert unit_text(u, "en") == format(u, "~P"), unit
    assert [unit_text(ureg.parse_units(u), "kk") for u in ("degC", "percent", "deg", "m/s")] == ["°C", "%", "deg", "м/с"]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_symbol_of_the_table_is_cyrillic_and_reads_back_as_the_same_unit(lang):
    """The whole table, with every prefix, alone and in a ratio, a product and a power."""
    checked = 0
    for name in _WRITTEN[lang]:
        for prefix in ("", *_CYRILLIC_PREFIXES.values()):
            try:
                u = ureg.parse_units(prefix + name)
            except Exception:  # noqa: BLE001 - pint has no such prefixed unit
                continue
            written = unit_text(u, lang)
            assert not _LATIN.search(written), (u, written)
            assert _same_unit(written, u), (u, written)
            for compound in (u / ureg.second, ureg.newton / u, u * ureg.kilogram, u ** 2, u ** -1):
                assert _same_unit(unit_text(compound, lang), compound), (compound, unit_text(compound, lang))
            checked += 1
    assert checked > 200


_MESSAGES = [  # (student, teacher, en, ru, kk)
    ("72 m/s", "72 km/h",
     "Your number fits km/h, but you labelled it m/s: convert it.",
     "Ваше число подходит для км/ч, но вы указали м/с: переведите единицы.",
     "Сіздің саныңыз км/сағ үшін сәйкес келеді, бірақ сіз м/с деп көрсеттіңіз: бірліктерді түрлендіріңіз."),
    ("45 kN*m", "45 N*m",  # a torque: the message's own translation says Н·м, and so does the unit it names
     "Your number fits N·m, but you labelled it kN·m: convert it.",
     "Ваше число подходит для Н·м, но вы указали кН·м: переведите единицы.",
     "Сіздің саныңыз Н·м үшін сәйкес келеді, бірақ сіз кН·м деп көрсеттіңіз: бірліктерді түрлендіріңіз."),
    ("72", "72 km/h",
     "Give the answer with a unit, for example km/h.",
     "Запишите ответ с единицей измерения, например км/ч.",
     "Жауапты өлшем бірлігімен жазыңыз, мысалы км/сағ."),
    ("5 kg", "72 km/h",  # another quantity: named by its dimensions, in words of the course language
     "The unit of your answer measures a different quantity: mass instead of length / time.",
     "Единица в ответе измеряет другую величину: масса вместо длина / время.",
     "Жауабыңыздағы бірлік басқа шаманы өлшейді: ұзындық / уақыт орнына масса."),
    ("45 J", "45 N*m",
     "The value is right, but a moment of force is measured in newton-metres (N·m); the joule is the unit of work "
     "and energy.",
     "Значение верное, но момент силы измеряется в ньютон-метрах (Н·м); джоуль — единица работы и энергии.",
     "Мәні дұрыс, бірақ күш моменті ньютон-метрмен (Н·м) өлшенеді; джоуль — жұмыс пен энергияның бірлігі."),
]


def test_a_quantitys_messages_write_units_in_the_course_language():
    """Russian and Kazakh show Cyrillic units, English exactly what it showed before: a number labelled wrongly (a
    torque too), a missing unit, another quantity, a torque in joules."""
    for student, teacher, en, ru, kk in _MESSAGES:
        for lang, expected in (("en", en), ("ru", ru), ("kk", kk)):
            with in_language(lang):
                assert compare(student, teacher, mode="units").message == expected, (student, lang)


def test_give_the_answer_in_names_the_unit_in_the_course_language():
    with in_language("kk"):
        assert compare("20 m/s", "72 km/h", mode="units", same_unit=True).message == "Жауапты км/сағ өлшем бірлігінде жазыңыз."
    with in_language("ru"):
        assert "км/ч" in compare("20 m/s", "72 km/h", mode="units", same_unit=True).message


def test_the_kernel_and_the_grader_pick_the_same_symbols():
    """The kernel sets the course language once (curriculum.setup), the grader re-renders inside in_language: the same
    decision picks the catalogue's translation and the units."""
    curriculum.setup("kk")
    try:
        in_kernel = compare("72 m/s", "72 km/h", mode="units").message
    finally:
        curriculum.setup("en")
    with in_language("kk"):
        assert compare("72 m/s", "72 km/h", mode="units").message == in_kernel
    assert "км/сағ" in in_kernel


def test_the_self_check_and_the_hidden_check_say_the_same_in_kazakh():
    """A number labelled wrongly, an anticipated mistake whose message names a unit, another quantity: the same words
    and the same Cyrillic units from the released token and from the grader."""
    token = fingerprint("72 km/h", salt="units-kk", mistakes=[rules.unit_not_converted("m/s")])
    for typed in ("72 m/s", "20 km/h", "5 kg", "72 км/ч"):
        with in_language("kk"):
            public = self_check(typed, token)
            hidden = compare(typed, "72 km/h", mode="units", rules=[rules.unit_not_converted("m/s")])
        assert (public.correct, public.code) == (hidden.correct, hidden.code), typed
        if not public.correct:
            assert public.message == hidden.message and not _LATIN.search(public.message), public.message
    with in_language("kk"):
        assert "км/сағ" in self_check("72 m/s", token).message and "м/с" in self_check("20 km/h", token).message


def test_a_unit_an_author_wrote_keeps_its_layout_and_english_its_spelling():
    assert [unit_text("W*h", lang) for lang in ("en", "ru", "kk")] == ["W*h", "Вт·ч", "Вт·сағ"]
    assert [unit_text("mm^3", lang) for lang in ("en", "ru", "kk")] == ["mm^3", "мм³", "мм³"]
    assert [unit_text("km/h", lang) for lang in ("en", "ru", "kk")] == ["km/h", "км/ч", "км/сағ"]
    assert unit_text("км/ч", "kk") == "км/сағ" and unit_text("pcs", "ru") == "pcs" and unit_text("m/s²", "kk") == "м/с²"
    for text in ("W*h", "mm^3", "km/h", "1/s", "hour", "kg*m**2", "m/s²"):
        for lang in ("ru", "kk"):
            assert _same_unit(unit_text(text, lang), parse_unit(text)), (text, lang)
    rule = rules.unit_not_converted("W*h")
    with in_language("ru"):
        assert rule.text() == "Значение верно в единицах Вт·ч: переведите его, прежде чем указать единицу."
    with in_language("en"):
        assert rule.text() == "The value is right in W*h: convert it before you write the unit."


def test_a_design_requirements_unit_symbol_is_written_in_the_course_language():
    spec = Spec((Requirement("speed", "<=", 2.5, "m/s", {"kk": "Жылдамдық", "ru": "Скорость", "en": "Speed"}),))
    with in_language("ru"):
        assert check_design({"speed": 3.0}, spec).message == (
            "Скорость: 3 м/с, а требование: Скорость ≤ 2,50 м/с.")
    with in_language("kk"):
        assert "м/с" in check_design({"speed": 3.0}, spec).message
    assert check_design({"speed": 3.0}, spec).message == "Speed is 3 m/s; the specification needs Speed ≤ 2.50 m/s."


def _lab_units() -> list[tuple[str, str, Mapping[str, str]]]:
    import curriculum.labs as labs

    out = []
    for info in pkgutil.iter_modules(labs.__path__):
        table = getattr(importlib.import_module(f"curriculum.labs.{info.name}"), "UNITS", None)
        if isinstance(table, Mapping):
            out += [(info.name, key, texts) for key, texts in table.items() if isinstance(texts, Mapping)]
    return out


def test_a_labs_units_read_back_as_the_unit_the_central_table_writes():
    """The labs keep their words inline; each unit among them that the table writes in Cyrillic is read back, in
    Kazakh and Russian, as the unit its English names (a student copies it from the readout)."""
    checked = 0
    for lab, key, texts in _lab_units():
        try:
            unit = parse_unit(texts["en"])
        except Exception:  # noqa: BLE001 - a count (cars, doors, spots), a currency: pint may even fail an assert
            continue
        for lang in ("kk", "ru"):
            if unit_text(texts["en"], lang) != texts["en"]:
                assert _same_unit(texts[lang], unit), (lab, key, lang, texts[lang])
                checked += 1
    assert checked > 100

