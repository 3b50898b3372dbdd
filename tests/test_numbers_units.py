"""The one number parser and the one unit registry."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from curriculum.numbers import NumberFormatError, format_number, format_trimmed, parse_number, read_number
from curriculum.units import UnitFormatError, parse_quantity, ureg


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("3,5", "kk", 3.5), ("3.5", "kk", 3.5), ("3,5", "en", 3.5), ("1 250,5", "ru", 1250.5),
        ("1\u202f250,5", "ru", 1250.5), ("1,250.5", "en", 1250.5), ("1.250,5", "ru", 1250.5),
        ("1,250", "en", 1250.0), ("1,250", "ru", 1.25), ("−4", "en", -4.0), ("-1,5e3", "ru", -1500.0),
        ("2,0·10^-3", "kk", 0.002), ("2.0×10⁻³", "en", 0.002), (".5", "en", 0.5), ("1,250,000", "en", 1250000.0),
    ],
)
def test_reads_numbers_as_schools_write_them(text, lang, value):
    assert parse_number(text, lang) == pytest.approx(value)


@pytest.mark.parametrize(("text", "sigfigs", "decimals"),
                         [("3.150", 4, 3), ("0.0030", 2, 4), ("1200", 2, 0), ("3,150", 4, 3), ("0", 1, 0), ("10.", 2, 0)])
def test_counts_significant_figures_as_written(text, sigfigs, decimals):
    number = read_number(text, "ru")
    assert (number.sigfigs, number.decimals) == (sigfigs, decimals)


@pytest.mark.parametrize(("text", "position"), [("abc", 0), ("1,2,3", 3), ("", None), ("3..5", None), ("12a", 2)])
def test_says_where_a_number_goes_wrong(text, position):
    with pytest.raises(NumberFormatError) as info:
        parse_number(text, "ru")
    if position is not None:
        assert info.value.position == position


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).filter(lambda x: abs(x) > 1e-3 or x == 0),
       st.sampled_from(["kk", "ru", "en"]))
def test_formatted_numbers_read_back(value, lang):
    text = format_number(value, 6, lang)
    assert parse_number(text, lang) == pytest.approx(value, rel=1e-5, abs=1e-3)


def test_formats_with_the_languages_separators():
    assert format_number(1234.5, 3, "ru") == "1\u202f234"
    assert format_number(3.14159, 3, "kk") == "3,14"
    assert format_number(3.14159, 3, "en") == "3.14"


def test_a_readout_drops_trailing_zeros_but_never_whole_digits():
    assert [format_trimmed(v, 4, "kk") for v in (67.5, 60.0, 1200.0, 0.4400)] == ["67,5", "60", "1\u202f200", "0,44"]
    assert [format_trimmed(v, 3, "en") for v in (67.5, 60.0, 1200.0, 10.0)] == ["67.5", "60", "1,200", "10"]
    assert format_trimmed(float("inf"), 3, "ru") == "∞"


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False), st.sampled_from(["kk", "ru", "en"]))
def test_a_trimmed_number_reads_back_as_the_rounded_one(value, lang):
    assert parse_number(format_trimmed(value, 4, lang), lang) == parse_number(format_number(value, 4, lang), lang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("72 км/ч", "20 m/s"), ("3 сағ", "10800 s"), ("1,5 кВт·ч", "5.4e6 J"), ("12 Ом", "12 ohm"), ("100 кПа", "1e5 Pa"),
     ("9,81 м/с²", "9.81 m/s^2"), ("5 мА", "0.005 A"), ("2,5 Н·м", "2.5 N*m"), ("1 250 кг", "1250 kg"), ("20 m/s", "20 m/s"),
     ("350 мм", "0.35 m"), ("3 мин", "180 s"), ("0,5 т", "500 kg")],
)
def test_reads_latin_and_cyrillic_units(text, expected):
    got = parse_quantity(text, "ru").quantity
    want = ureg.Quantity(expected)
    assert got.dimensionality == want.dimensionality
    assert got.to_base_units().magnitude == pytest.approx(want.to_base_units().magnitude)


def test_unknown_unit_is_named():
    with pytest.raises(UnitFormatError, match="жыл"):
        parse_quantity("5 жыл", "kk")


def test_there_is_one_registry():
    import pint

    from curriculum import units

    assert pint.get_application_registry().get() is units.ureg or pint.get_application_registry() is units.ureg


def test_a_sympy_number_or_letter_times_a_unit_is_a_quantity_in_either_order():
    """``sp.solve`` gives sympy numbers: ``root * ureg.hour`` is the time in hours, as ``ureg.hour * root`` is
    (sympy used to call float() on the unit and fail); a unit that does not fit still fails."""
    import pint
    import sympy as sp

    root, t = sp.Rational(37, 5), sp.Symbol("t")
    assert root * ureg.hour == ureg.hour * root == ureg.Quantity(root, "hour")
    assert float((root * ureg.hour).to("minute").magnitude) == pytest.approx(444)
    assert (root * ureg.Quantity(60, "minute")).to("hour").magnitude == pytest.approx(7.4)
    assert t * ureg.hour == ureg.Quantity(t, "hour") and (t * ureg.hour).to("minute").magnitude == 60 * t
    cars = 50 / ureg.hour * t * ureg.hour + 30  # cars per hour times hours, plus cars: cars
    assert cars.dimensionless and cars.to("").magnitude == 50 * t + 30
    with pytest.raises(pint.DimensionalityError):
        50 / ureg.hour * t + 30
