"""math-10-cruise: every number it shows is a given of its cars or comes from the lab's model, the model is right
(its derivative against sympy's, its economical speed against a fine search, its tangent touching the curve) and
refuses bad input with a clear message, the lab's picture shows the model's numbers, and the statements the texts
make about the cars hold. (The forms of every item: tests/test_forms.py; the lessons in a browser:
tests/test_browser.py; the notebooks against build.py: tests/test_standard.py.)"""

from __future__ import annotations

import math

import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from curriculum.check import check_design
from curriculum.labs import cruise
from curriculum.pinning import NumberLedger

MODULE = "math-10-cruise"

# the lessons' crossover (c, a, b) and the assignment's sedan: Q(v) = 2 + 256/v + v²/4000
CROSSOVER = (cruise.ROLLING, cruise.ENGINE, cruise.DRAG)
SEDAN_A, SEDAN_B, SEDAN_C = 256, 1 / 4000, 2


def sedan(v: float) -> float:
    return cruise.consumption(v, SEDAN_A, SEDAN_B, SEDAN_C)


def sedan_slope(v: float) -> float:
    return cruise.derivative(v, SEDAN_A, SEDAN_B)


def test_every_number_shown_is_a_given_or_comes_from_the_model():
    c = cruise
    Q, dQ = c.consumption, c.derivative
    ledger = NumberLedger.of_module(MODULE)
    ledger.given(0, 1, 2, 3, 4, 5, 10, 12, 20, 45, 100, -1, 0.1, 0.5, 0.000001,
                 note="the derivative rules' numbers, 100 km, examples of answers' forms, tolerances, the function's "
                      "example inputs, time")
    # the crossover: c = 1.5, a = 216 (2.16 L an hour), b = 0.0005, and its derivative's 2b = 0.001
    ledger.pin(c.ROLLING), ledger.pin(c.ENGINE), ledger.pin(c.ENGINE / 100), ledger.pin(c.DRAG)
    ledger.pin(2 * c.DRAG)
    ledger.given(30, 40, 50, 60, 70, 85, 90, 95, 120, 130, note="the speeds the lessons look at, the lab's top speed")
    assert c.SPEED_RANGE[1] == 130
    ledger.pin(Q(60)), ledger.pin(Q(90)), ledger.pin(Q(120))                         # 6.9, 7.95, 10.5
    # lesson 1: the secant over [85; 95], the derivative at 90 and 40, the tangent at 90
    ledger.pin(Q(85), places=2), ledger.pin(Q(95), places=2)                          # 7.65, 8.29
    ledger.pin(Q(95) - Q(85), places=2), ledger.pin((Q(95) - Q(85)) / 10, places=3)   # 0.63, 0.063
    assert round(dQ(90), 3) == round((Q(95) - Q(85)) / 10, 3)                          # the secant is close
    ledger.pin(90**2), ledger.pin(2 * c.DRAG * 90)                                    # 8100, 0.09
    ledger.pin(-c.ENGINE / 90**2, places=4), ledger.pin(dQ(90), places=4)             # -0.0267, 0.0633
    ledger.pin(-c.ENGINE / 40**2), ledger.pin(2 * c.DRAG * 40), ledger.pin(dQ(40))    # -0.135, 0.04, -0.095
    slope, intercept = c.tangent(90)
    ledger.pin(slope * 95 + intercept, places=2), ledger.pin(Q(95) - (slope * 95 + intercept), places=2)  # 8.27, 0.02
    assert round(Q(90) + 5 * round(dQ(90), 4), 2) == round(slope * 95 + intercept, 2)
    # lesson 2: the critical point, the signs around it, the least value, the 150 km delivery
    ledger.pin(c.ENGINE / (2 * c.DRAG)), ledger.pin(c.economical_speed())             # 216 000, 60
    ledger.pin(dQ(50), places=4), ledger.pin(dQ(70), places=4)                         # -0.0364, 0.0259
    ledger.pin(c.ENGINE / 60), ledger.pin(c.DRAG * 60**2)                             # 3.6, 1.8
    ledger.given(150, note="the dealer of example 4")
    ledger.pin(150 / 2)                                                               # 75 km/h
    ledger.pin(c.ENGINE / 75), ledger.pin(c.DRAG * 75**2), ledger.pin(Q(75)), ledger.pin(Q(75), places=2)
    ledger.pin(150 / 100)                                                             # 1.5 (hundreds of km)
    ledger.pin(c.trip(75, 150)["litres"], places=1), ledger.pin(c.trip(90, 150)["litres"], places=1)  # 10.8, 11.9
    ledger.pin(c.trip(60, 150)["hours"])                                              # 2.5 hours at 60
    ledger.pin(c.DISTANCE), ledger.pin(c.DEADLINE), ledger.pin(c.FUEL_LIMIT)          # 200 km, 2.5 h, 15 L
    # the assignment: the sedan
    ledger.pin(SEDAN_A), ledger.pin(1 / SEDAN_B), ledger.pin(SEDAN_C)                 # 256, 4000, 2
    ledger.pin(1 / (2 * SEDAN_B)), ledger.pin(-SEDAN_A)                                # 2000, -256
    ledger.pin(sedan(100)), ledger.pin(sedan_slope(100))                              # 7.06, 0.0244
    s_slope, s_intercept = c.tangent(100, SEDAN_A, SEDAN_B, SEDAN_C)
    assert (s_slope, s_intercept) == (pytest.approx(0.0244), pytest.approx(4.62))
    ledger.pin(706), ledger.pin(244), ledger.pin(10000)                               # 7.06 and 0.0244 as fractions
    ledger.pin(SEDAN_A / (2 * SEDAN_B))                                               # 512 000
    ledger.pin(c.economical_speed(SEDAN_A, SEDAN_B))                                  # 80 km/h
    ledger.pin(SEDAN_A / SEDAN_B)                                                     # 1 024 000: the factor 2 forgotten
    ledger.pin(sedan(80)), ledger.pin(sedan(80) / 100), ledger.pin(sedan(100) / 100)   # 6.8; 0.068 and 0.0706 L/km
    ledger.given(350, 110, note="the highway drive of task 5, the driver's delivery of task 7")
    ledger.pin(350 / 100), ledger.pin(sedan(80) * 3.5)                                # 3.5; 23.8 L at 80 km/h
    ledger.pin(sedan(110) * 3.5, places=1)                                            # 25.7 L
    assert c.trip(110, 350, SEDAN_A, SEDAN_B, SEDAN_C)["litres"] == pytest.approx(sedan(110) * 3.5)
    # task 6's examples: best_speed(2000, 1, 5, 20) = 10.0, best_speed(2000, 1, 12, 20) = 12
    assert c.economical_speed(2000, 1, 5, 20) == 10.0 and c.economical_speed(2000, 1, 12, 20) == 12
    ledger.pin(c.economical_speed(2000, 1, 5, 20))
    # the driver's claim: Q(40) and its parts, the fuel an hour, the deadline's least speed, the fuel then
    ledger.pin(SEDAN_A / 40), ledger.pin(SEDAN_B * 40**2), ledger.pin(sedan(40))      # 6.4, 0.4, 8.8
    ledger.pin(SEDAN_A / 80), ledger.pin(SEDAN_B * 80**2)                              # 3.2, 1.6
    ledger.pin(40 / 100), ledger.pin(80 / 100)                                        # 0.4, 0.8
    ledger.pin(c.hourly(40, SEDAN_A, SEDAN_B, SEDAN_C)), ledger.pin(c.hourly(80, SEDAN_A, SEDAN_B, SEDAN_C))
    ledger.pin(350 / 4)                                                               # 87.5 km/h
    ledger.pin(sedan(87.5), places=2), ledger.pin(sedan(87.5) * 3.5, places=1)        # 6.84, 23.9
    # the design: a speed that meets the delivery (the sample answer)
    assert check_design({"v": 81}, c.DESIGN_SPEC, model=c.design_result).correct
    ledger.pin(81)
    ledger.assert_complete()


# -- the statements the texts make -----------------------------------------------------------------------


def test_what_the_texts_say_of_the_cars_holds():
    c = cruise
    # lesson 1: Yerlan's claim: slower burns less an hour at every speed, but not less per 100 km below 60
    speeds = range(20, 131)
    hourly = [c.hourly(v) for v in speeds]
    assert all(x < y for x, y in zip(hourly, hourly[1:]))
    assert c.consumption(30) > c.consumption(60) < c.consumption(90) and c.derivative(30) < 0
    # lesson 2: Q' changes from - to + at 60 only; on [75; 130] Q grows, so the least fuel is at 75
    assert all(c.derivative(v) < 0 for v in range(20, 60)) and all(c.derivative(v) > 0 for v in range(61, 131))
    assert c.derivative(60) == 0
    assert min(range(75, 131), key=c.consumption) == 75 == c.economical_speed(v_min=75, v_max=130)
    # example 4: at 60 km/h the 150 km take longer than the 2 hours allowed
    assert c.trip(60, 150)["hours"] > 2
    # the sedan: its economical speed is 80 km/h; the driver's deadline forces 87.5 km/h, where Q grows
    assert sedan_slope(80) == 0 and all(sedan_slope(v) > 0 for v in (87.5, 100, 130))
    assert all(sedan_slope(v) < 0 for v in (20, 40, 79))
    assert sedan(87.5) * 3.5 < sedan(110) * 3.5
    # the delivery: the speeds that meet it are 80 to about 82.4 km/h, above the economical 60 km/h
    meets = [v for v in range(40, 121) if check_design({"v": v}, c.DESIGN_SPEC, model=c.design_result).correct]
    assert meets == [80, 81, 82]
    top = sp.nsolve(c.ROLLING + c.ENGINE / sp.Symbol("x") + c.DRAG * sp.Symbol("x") ** 2
                    - c.FUEL_LIMIT / c.DISTANCE * 100, sp.Symbol("x"), 82)
    assert 82 < float(top) < 83


def test_the_design_task_states_the_numbers_the_texts_give_and_each_requirement_can_fail_alone():
    limits = [(req.key, req.op, req.limit) for req in cruise.DESIGN_SPEC.requirements]
    assert limits == [("hours", "<=", 2.5), ("litres", "<=", 15)]
    late = cruise.design_result({"v": 75})
    thirsty = cruise.design_result({"v": 85})
    assert late["hours"] > 2.5 and late["litres"] <= 15
    assert thirsty["hours"] <= 2.5 and thirsty["litres"] > 15


# -- the model ---------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.floats(10, 200), st.floats(20, 500), st.floats(0.0001, 0.002), st.floats(0, 5))
def test_the_derivative_is_sympys_and_the_tangent_touches_the_curve(v0, a, b, c):
    v = sp.Symbol("v", positive=True)
    Q = c + a / v + b * v**2
    assert cruise.derivative(v0, a, b) == pytest.approx(float(sp.diff(Q, v).subs(v, v0)), rel=1e-9, abs=1e-12)
    slope, intercept = cruise.tangent(v0, a, b, c)
    assert slope * v0 + intercept == pytest.approx(cruise.consumption(v0, a, b, c), rel=1e-9)
    # Q is convex (Q'' = 2a/v³ + 2b > 0): the tangent never lies above the curve
    for v1 in (v0 * 0.5, v0 * 0.9, v0 * 1.1, v0 * 2):
        assert slope * v1 + intercept <= cruise.consumption(v1, a, b, c) + 1e-9


@settings(max_examples=200, deadline=None)
@given(st.floats(20, 500), st.floats(0.0001, 0.002), st.floats(5, 80), st.floats(0, 100))
def test_the_economical_speed_is_the_least_on_the_interval(a, b, low, width):
    high = low + width
    best = cruise.economical_speed(a, b, low, high)
    assert low <= best <= high
    grid = [low + width * k / 400 for k in range(401)]
    assert cruise.consumption(best, a, b) <= min(cruise.consumption(x, a, b) for x in grid) + 1e-9
    free = cruise.economical_speed(a, b)
    assert cruise.derivative(free, a, b) == pytest.approx(0, abs=1e-9)


def test_a_trip_is_its_hours_and_its_litres():
    drive = cruise.trip(80)
    assert drive == {"v": 80, "hours": 2.5, "litres": pytest.approx(14.8)}
    assert cruise.trip(90, 0)["litres"] == 0


@pytest.mark.parametrize(("call", "says"), [
    (lambda: cruise.consumption(0), "v must be a positive number"),
    (lambda: cruise.consumption(-30), "v must be a positive number"),
    (lambda: cruise.consumption("60"), "v must be a number"),
    (lambda: cruise.derivative(float("nan")), "v must be a number"),
    (lambda: cruise.consumption(60, a=True), "a must be a number"),
    (lambda: cruise.economical_speed(216, 0), "b must be a positive number"),
    (lambda: cruise.economical_speed(-1, 0.0005), "a must be a positive number"),
    (lambda: cruise.economical_speed(216, 0.0005, 90, 80), "empty"),
    (lambda: cruise.trip(80, -5), "distance must be a number of at least 0"),
    (lambda: cruise.make_lab("race"), "delivery"),
])
def test_bad_input_gets_a_clear_message(call, says):
    with pytest.raises(ValueError, match=says):
        call()


@pytest.mark.parametrize(("lang", "says"), [("kk", "Аралық бос: v_min = 90 мәні v_max = 80 мәнінен үлкен"),
                                            ("ru", "Промежуток пуст: v_min = 90 больше, чем v_max = 80")])
def test_an_empty_range_is_refused_in_the_course_language(lang, says):
    import curriculum

    curriculum.setup(lang)
    try:
        with pytest.raises(ValueError) as refused:
            cruise.economical_speed(216, 0.0005, 90, 80)
        assert str(refused.value) == says
    finally:
        curriculum.setup("en")


# -- the lab ------------------------------------------------------------------------------------------------


def test_the_picture_shows_the_models_numbers():
    """The column is Q split into its three parts, the point sits on the curve and the tangent has Q' as slope."""
    lab = cruise.make_lab()
    lab.build()
    for v, engine_hour, b_10k in ((30, 2.16, 5), (60, 2.16, 5), (90, 3.0, 8), (120, 1.5, 2)):
        lab.set(v=v, engine_hour=engine_hour, b_10k=b_10k)
        result = lab.result
        view = lab.view
        heights = {part: view.parts[part].get_height() / view.column_scale for part in ("rolling", "engine", "air")}
        assert heights["engine"] == pytest.approx(100 * engine_hour / v)
        assert heights["air"] == pytest.approx(b_10k / 10_000 * v**2)
        assert sum(heights.values()) == pytest.approx(result["Q"])
        assert list(view.point.get_xdata()) == [v] and view.point.get_ydata()[0] == pytest.approx(result["Q"])
        xs, ys = view.tangent.get_data()
        assert (ys[1] - ys[0]) / (xs[1] - xs[0]) == pytest.approx(result["slope"])
        assert view.best_line.get_xdata()[0] == pytest.approx(cruise.economical_speed(100 * engine_hour, b_10k / 1e4))


def test_playing_the_speed_draws_only_what_moves():
    lab = cruise.make_lab()
    lab.build()
    full = lab.view.full_draws
    for v in range(cruise.SPEED_RANGE[0], cruise.SPEED_RANGE[1] + 1, 5):
        lab.set(v=v)
    assert lab.view.full_draws == full


def test_the_design_line_and_the_check_agree_with_the_grader():
    lab = cruise.make_lab("delivery")
    lab.build()
    lab.set(v=81)
    assert lab.design_code() == "design = {'v': 81.0}"
    assert lab.check().correct
    lab.set(v=60)
    assert not lab.check().correct
    assert check_design({"v": 60.0}, cruise.DESIGN_SPEC, model=cruise.design_result).correct is False


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_the_readout_writes_numbers_and_units_the_course_languages_way(lang):
    import curriculum

    curriculum.setup(lang)
    try:
        lab = cruise.make_lab()
        lab.build()
        lab.set(v=90)
        decimal = "7,95" if lang in ("kk", "ru") else "7.95"
        assert decimal in lab.readout.value
        assert {"kk": "л/100 км", "ru": "л/100 км", "en": "L/100 km"}[lang] in lab.readout.value
        assert math.isclose(lab.result["Q"], 7.95)
    finally:
        curriculum.setup("en")
