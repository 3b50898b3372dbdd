"""Distance and energy over a drive cycle: the definite integral of a speed-time graph.

The model of module ``math-11-drive-cycle`` (the definite integral, algebra and analysis 11). A car follows a speed
profile ``v(t)``; the distance it covers from ``a`` to ``b`` is the area under the graph, the definite integral

    s = ∫ₐᵇ v(t) dt = S(b) − S(a),      S' = v (an antiderivative: the Newton–Leibniz formula).

* **The real cycle.** :data:`ECE15` is the elementary urban cycle of the NEDC (UNECE Regulation No. 83, the ECE-15
  cycle, run four times in the NEDC's urban part): 195 s of idling, accelerations, steady speeds and decelerations,
  read here as straight lines between the table's points (km/h against s). Its area is a sum of trapezoids:
  1014.6 m; the regulation states a theoretical 1.013 km (its gear changes are not quite straight lines).
* **Polynomial segments.** A smooth acceleration measured on the test track, ``v(t) = c₀ + c₁t + c₂t² + …`` m/s: its
  distance is exact from the antiderivative (:func:`polynomial_distance`), and the data logger's samples every Δt
  seconds give the **trapezoid rule** (:func:`trapezoid`), whose error for ``v'' = const`` is exactly
  ``(b − a)·Δt²·|v''| / 12``. On a piecewise-linear cycle sampled at its corners the rule is exact.
* **Energy.** The work at the wheels while the car speeds up is ``∫ P dt`` with ``P = (m·v' + F_r)·v``:
  ``∫ m v v' dt = ½ m v²`` (the kinetic energy gained) and ``∫ F_r v dt = F_r·s`` (the rolling resistance
  ``F_r = c_r m g`` over the distance). The lab adds the air's drag ``½ ρ c_d A v²`` to ``F_r``.
* **The profile the student shapes** (:func:`profile`): speed up to ``v_top`` in ``t_acc`` seconds (a straight line,
  or the quadratic ``v = v_top(2u − u²)``, ``u = t/t_acc``, that starts briskly), keep it ``t_cruise`` seconds,
  brake evenly to a stop in ``t_brake`` seconds.

Plain Python without widgets: the lessons, the lab and the hidden tests compute with these functions.

>>> round(piecewise_distance(ECE15), 2), round(piecewise_distance(THIRD_HILL), 2)
(1014.58, 646.25)
>>> polynomial_distance(LESSON_RAMP, 0, 20), trapezoid(lambda t: 0.6 * t - 0.015 * t**2, 0, 20, 4)
(80.0, 78.75)
>>> p = profile(60, 12, 21, 7)
>>> round(p["distance"], 1), p["time"], round(p["accel"], 3)
(508.3, 40.0, 1.389)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .core import Plot
from .inputs import number, one_of

G = 9.81
"""m/s², the acceleration of free fall."""
AIR_DENSITY = 1.2
"""kg/m³ at about 20 °C."""

# -- the real cycle: the NEDC's elementary urban cycle (ECE-15) ---------------------------------------------------

ECE15: tuple[tuple[float, float], ...] = (
    (0, 0), (11, 0), (15, 15), (23, 15), (25, 10), (28, 0),            # idle, up to 15 km/h, steady, stop
    (49, 0), (54, 15), (56, 15), (61, 32), (85, 32), (93, 10), (96, 0),  # idle, up to 32 km/h (a gear change), stop
    (117, 0), (122, 15), (124, 15), (133, 35), (135, 35), (143, 50),    # idle, up to 50 km/h (two gear changes)
    (155, 50), (163, 35), (176, 35), (178, 32), (185, 10), (188, 0),    # steady, down to 35, steady, stop
    (195, 0),
)
"""The ECE-15 cycle's corners, (time s, speed km/h): UNECE Regulation No. 83, annex 4a, table 1 (195 s)."""
ECE15_STATED_KM = 1.013
"""The theoretical distance of one elementary urban cycle that the regulation states, km."""
THIRD_HILL: tuple[tuple[float, float], ...] = tuple((t - 117, v) for t, v in ECE15 if 117 <= t <= 188)
"""The cycle's third and longest hill, 117 s to 188 s, shifted to start at 0 s (it reaches 50 km/h)."""

# -- the polynomial segments of the lessons and the assignment --------------------------------------------------

LESSON_RAMP = (0.0, 0.6, -0.015)
"""Lesson's smooth acceleration on the test track: v(t) = 0.6t − 0.015t² m/s for 0 ≤ t ≤ 20 s (6 m/s at 20 s)."""
LESSON_CAR = {"mass": 1200.0, "c_r": 0.012}
"""The lessons' hatchback with its driver: 1200 kg, rolling resistance coefficient 0.012 (fictional, typical)."""
TASK_RAMP = (0.0, 1.2, -0.04)
"""The assignment's acceleration: v(t) = 1.2t − 0.04t² m/s for 0 ≤ t ≤ 15 s (9 m/s at 15 s)."""
TASK_CAR = {"mass": 1400.0, "c_r": 0.012}
"""The assignment's crossover with its driver: 1400 kg, c_r = 0.012 (fictional, typical)."""

# -- the lab's car and the design task --------------------------------------------------------------------------

LAB_CAR = {"mass": 1400.0, "c_r": 0.012, "cd_area": 0.7}
"""The lab's crossover: 1400 kg, c_r = 0.012, drag area c_d·A = 0.7 m² (about 0.32 · 2.2 m²; fictional, typical)."""
SHAPES = ("linear", "quadratic")
"""How the profile speeds up: a straight line, or v_top(2u − u²), which starts at twice the mean acceleration."""
SHAPE_SHARE = {"linear": 0.5, "quadratic": 2 / 3}
"""The speed-up's distance as a share of v_top·t_acc: ∫₀¹ u du = 1/2 and ∫₀¹ (2u − u²) du = 2/3."""
SHAPE_PEAK = {"linear": 1.0, "quadratic": 2.0}
"""The speed-up's greatest acceleration as a multiple of v_top / t_acc (v' at the start)."""
SHAPE_CUBE = {"linear": 0.25, "quadratic": 16 / 35}
"""∫₀¹ w(u)³ du for the shape w: the air's work while speeding up is ½ρc_dA·v_top³·t_acc times this."""

TRACK = 500.0
"""The design task: one hill of the plant's test-track cycle ends at the 500 m mark (fictional track)."""
TRACK_SLACK = 20.0
"""… and the car stops at most 20 m past the mark (the end of the straight)."""
TIME_LIMIT = 45.0
"""Seconds the hill may take at most."""
SPEED_LIMIT = 60.0
"""km/h: the test track's speed limit."""
ACCEL_LIMIT = 1.5
"""m/s²: the greatest acceleration of the hill (a brisk but ordinary start)."""
BRAKE_LIMIT = 2.5
"""m/s²: the greatest deceleration (an even, comfortable stop)."""


# -- the model ----------------------------------------------------------------------------------------------


def _tidy(value: float) -> float:
    """``value`` rounded to 12 significant digits, so 79.99999999999 prints as the 80.0 it is."""
    return float(f"{value:.12g}")


def kmh(v: float) -> float:
    """km/h as m/s: ``v / 3.6``."""
    return number("v", v) / 3.6


def _points(points: Sequence[Sequence[float]]) -> list[tuple[float, float]]:
    """The points of a speed-time graph as ``(t, v)`` floats, times increasing, speeds at least 0."""
    if isinstance(points, (str, bytes)) or len(points) < 2:
        raise ValueError(_text("few-points"))
    checked = []
    for k, point in enumerate(points):
        if isinstance(point, (str, bytes)) or len(point) != 2:
            raise ValueError(_text("pair").format(k=k, point=repr(point)))
        t, v = number(f"points[{k}][0]", point[0]), number(f"points[{k}][1]", point[1], minimum=0)
        if checked and t <= checked[-1][0]:
            raise ValueError(_text("grow").format(k=k, t=_number(t, 6), before=_number(checked[-1][0], 6)))
        checked.append((t, v))
    return checked


def piecewise_distance(points: Sequence[Sequence[float]], unit: str = "km/h") -> float:
    """The area under a speed-time graph of straight lines between ``points`` ``(t s, v)``: the sum of the
    trapezoids ``(t₁ − t₀)(v₀ + v₁)/2``, in metres (``unit`` of the speeds: ``"km/h"`` or ``"m/s"``)."""
    unit = one_of("unit", unit, ("km/h", "m/s"))
    pts = _points(points)
    area = sum((t1 - t0) * (v0 + v1) / 2 for (t0, v0), (t1, v1) in zip(pts, pts[1:]))
    return _tidy(area / 3.6 if unit == "km/h" else area)


def speed_on_cycle(points: Sequence[Sequence[float]], t: float) -> float:
    """The speed at time ``t`` on the straight lines between ``points`` (0 outside them)."""
    pts, t = _points(points), number("t", t)
    for (t0, v0), (t1, v1) in zip(pts, pts[1:]):
        if t0 <= t <= t1:
            return _tidy(v0 + (v1 - v0) * (t - t0) / (t1 - t0))
    return 0.0


def _coefficients(coefficients: Sequence[float]) -> list[float]:
    if isinstance(coefficients, (str, bytes)) or len(coefficients) == 0:
        raise ValueError(_text("no-coefficients"))
    return [number(f"coefficients[{k}]", c) for k, c in enumerate(coefficients)]


def polynomial(coefficients: Sequence[float], t: float) -> float:
    """``c₀ + c₁t + c₂t² + …`` at ``t``."""
    t = number("t", t)
    return _tidy(sum(c * t**k for k, c in enumerate(_coefficients(coefficients))))


def antiderivative(coefficients: Sequence[float]) -> tuple[float, ...]:
    """The coefficients of the antiderivative with ``S(0) = 0``: ``c_k t^k`` becomes ``c_k t^(k+1) / (k + 1)``."""
    return (0.0, *(_tidy(c / (k + 1)) for k, c in enumerate(_coefficients(coefficients))))


def polynomial_distance(coefficients: Sequence[float], a: float, b: float) -> float:
    """``∫ₐᵇ v(t) dt = S(b) − S(a)`` for the polynomial speed ``v`` (m/s, s: metres)."""
    S = antiderivative(coefficients)
    return _tidy(polynomial(S, b) - polynomial(S, a))


def trapezoid(f: Callable[[float], float], a: float, b: float, n: int) -> float:
    """The trapezoid rule with ``n`` equal steps ``h = (b − a)/n``: ``h·(f(a)/2 + f(a+h) + … + f(b)/2)``."""
    from .inputs import count

    a, b, n = number("a", a), number("b", b), count("n", n, minimum=1)
    h = (b - a) / n
    inner = sum(f(a + k * h) for k in range(1, n))
    return _tidy(h * ((f(a) + f(b)) / 2 + inner))


def logger_distance(speeds: Sequence[float], h: float) -> float:
    """The trapezoid rule on a data logger's speeds (m/s) taken every ``h`` seconds: metres."""
    if isinstance(speeds, (str, bytes)) or len(speeds) < 2:
        raise ValueError(_text("few-points"))
    v = [number(f"speeds[{k}]", x) for k, x in enumerate(speeds)]
    h = number("h", h, positive=True)
    return _tidy(h * ((v[0] + v[-1]) / 2 + sum(v[1:-1])))


def trapezoid_error(coefficients: Sequence[float], a: float, b: float, n: int) -> float:
    """The trapezoid rule's error (exact − estimate) for a polynomial of degree at most 2: ``−(b − a)h²v''/12``
    (``v''`` is constant); a concave ``v`` (``v'' < 0``) is underestimated."""
    c = _coefficients(coefficients)
    if len(c) > 3 and any(c[3:]):
        raise ValueError(_text("degree"))
    second = 2 * (c[2] if len(c) > 2 else 0.0)
    h = (number("b", b) - number("a", a)) / n
    return _tidy(-(b - a) * h * h * second / 12)


def rolling_force(mass: float, c_r: float) -> float:
    """``F_r = c_r·m·g``, newtons."""
    return _tidy(number("c_r", c_r, minimum=0) * number("mass", mass, positive=True) * G)


def speed_up_energy(coefficients: Sequence[float], a: float, b: float, mass: float, c_r: float) -> float:
    """The work at the wheels, joules, from ``a`` to ``b`` of a polynomial speed-up without drag:
    ``∫ (m v' + F_r) v dt = ½ m (v(b)² − v(a)²) + F_r·s`` (the power is positive while ``v' ≥ 0``)."""
    mass = number("mass", mass, positive=True)
    kinetic = mass * (polynomial(coefficients, b) ** 2 - polynomial(coefficients, a) ** 2) / 2
    return _tidy(kinetic + rolling_force(mass, c_r) * polynomial_distance(coefficients, a, b))


def profile(v_top: float, t_acc: float, t_cruise: float, t_brake: float, shape: str = "linear",
            car: Mapping[str, float] = LAB_CAR) -> dict[str, Any]:
    """One hill of a cycle: speed up to ``v_top`` km/h in ``t_acc`` s (``shape``), keep it ``t_cruise`` s, brake
    evenly to a stop in ``t_brake`` s.

    Returns the speeds and times that define it, its ``time`` (s), ``distance`` (m, the exact integral), its mean
    speed ``mean`` (km/h), the greatest acceleration ``accel`` and deceleration ``brake`` (m/s²) and the work at the
    wheels ``energy`` (kJ) split into ``kinetic``, ``rolling`` and ``air`` (kJ): the engine works while the car
    speeds up and cruises; while it brakes the brakes and the resistances take its kinetic energy (the model checks
    that the braking is harder than the resistances, so the engine has nothing to do then).
    """
    v_top = number("v_top", v_top, positive=True)
    t_acc, t_brake = number("t_acc", t_acc, positive=True), number("t_brake", t_brake, positive=True)
    t_cruise = number("t_cruise", t_cruise, minimum=0)
    shape = one_of("shape", shape, SHAPES)
    V = v_top / 3.6
    mass, c_r, cd_area = car["mass"], car["c_r"], car.get("cd_area", 0.0)
    s_acc, s_cruise, s_brake = SHAPE_SHARE[shape] * V * t_acc, V * t_cruise, V * t_brake / 2
    drag = AIR_DENSITY * cd_area / 2
    resist = rolling_force(mass, c_r) / mass + drag * V * V / mass  # the resistances' deceleration at v_top
    if V / t_brake < resist:
        raise ValueError(_text("gentle").format(t=_number(t_brake, 6), resist=_number(resist, 2)))
    kinetic = mass * V * V / 2
    rolling = rolling_force(mass, c_r) * (s_acc + s_cruise)
    air = drag * V**3 * (SHAPE_CUBE[shape] * t_acc + t_cruise)
    distance = s_acc + s_cruise + s_brake
    time = t_acc + t_cruise + t_brake
    return {"v_top": v_top, "t_acc": t_acc, "t_cruise": t_cruise, "t_brake": t_brake, "shape": shape,
            "time": _tidy(time), "distance": _tidy(distance), "mean": _tidy(distance / time * 3.6),
            "accel": _tidy(SHAPE_PEAK[shape] * V / t_acc), "brake": _tidy(V / t_brake),
            "kinetic": _tidy(kinetic / 1000), "rolling": _tidy(rolling / 1000), "air": _tidy(air / 1000),
            "energy": _tidy((kinetic + rolling + air) / 1000)}


def at_time(p: Mapping[str, Any], t: float) -> tuple[float, float]:
    """Where the profile ``p`` is at time ``t`` s: ``(speed km/h, distance covered m)``, exact."""
    t = number("t", t, minimum=0)
    V, ta, tc, tb = p["v_top"] / 3.6, p["t_acc"], p["t_cruise"], p["t_brake"]
    s_acc = SHAPE_SHARE[p["shape"]] * V * ta
    if t <= ta:
        u = t / ta
        if p["shape"] == "linear":
            v, s = V * u, V * ta * u * u / 2
        else:
            v, s = V * (2 * u - u * u), V * ta * (u * u - u**3 / 3)
    elif t <= ta + tc:
        v, s = V, s_acc + V * (t - ta)
    elif t <= ta + tc + tb:
        w = (t - ta - tc) / tb
        v, s = V * (1 - w), s_acc + V * tc + V * tb * (w - w * w / 2)
    else:
        v, s = 0.0, p["distance"]
    return _tidy(v * 3.6), _tidy(s)


def explore(t: float, v_top: float, t_acc: float, t_cruise: float, t_brake: float, shape: str) -> dict[str, Any]:
    """The explore lab's model: the profile, and the car at time ``t``."""
    p = profile(v_top, t_acc, t_cruise, t_brake, shape)
    v, s = at_time(p, t)
    return {**p, "t": number("t", t), "v": v, "s": s}


def design_result(design: Mapping[str, Any]) -> dict[str, Any]:
    """What the model says of a design ``{"v_top": ..., "t_acc": ..., "t_cruise": ..., "t_brake": ...,
    "shape": ...}`` (the lab and the hidden test); ``shape`` is ``"linear"`` when it is left out."""
    return profile(design["v_top"], design["t_acc"], design["t_cruise"], design["t_brake"],
                   design.get("shape", "linear"))


def hill(t: float, v_top: float, t_acc: float, t_cruise: float, t_brake: float, shape: str) -> dict[str, Any]:
    """What the design lab shows: the hill and the car at time ``t``."""
    return explore(t, v_top, t_acc, t_cruise, t_brake, shape)


# -- the lab's words ------------------------------------------------------------------------------------------

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Жүріс циклі зертханасы: жол — жылдамдық графигінің астындағы аудан",
              "ru": "Лаборатория ездового цикла: путь — площадь под графиком скорости",
              "en": "Drive-cycle lab: the distance is the area under the speed graph"},
    "design-title": {"kk": "Сынақ жолының циклі: 500 м белгісіне дейінгі бір «төбе»",
                     "ru": "Цикл испытательного трека: одна «горка» до отметки 500 м",
                     "en": "The test-track cycle: one hill to the 500 m mark"},
    "t": {"kk": "Уақыт t", "ru": "Время t", "en": "Time t"},
    "v_top": {"kk": "Ең жоғары жылдамдық", "ru": "Наибольшая скорость", "en": "Top speed"},
    "t_acc": {"kk": "Үдеу уақыты", "ru": "Время разгона", "en": "Speeding-up time"},
    "t_cruise": {"kk": "Тұрақты жылдамдық уақыты", "ru": "Время с постоянной скоростью", "en": "Steady-speed time"},
    "t_brake": {"kk": "Тежелу уақыты", "ru": "Время торможения", "en": "Braking time"},
    "shape": {"kk": "Үдеу түрі", "ru": "Вид разгона", "en": "Speeding-up shape"},
    "linear": {"kk": "түзу сызық бойымен", "ru": "по прямой", "en": "along a straight line"},
    "quadratic": {"kk": "парабола бойымен: басында жылдамырақ", "ru": "по параболе: быстрее в начале",
                  "en": "along a parabola: brisker at first"},
    "few-points": {"kk": "points: жылдамдық графигіне кемінде екі (t, v) нүктесі керек",
                   "ru": "points: для графика скорости нужны хотя бы две точки (t, v)",
                   "en": "points: a speed-time graph needs at least two points (t, v)"},
    "pair": {"kk": "points[{k}] — (t, v) жұбы болуы керек, берілгені: {point}",
             "ru": "points[{k}] должна быть парой (t, v), получено: {point}",
             "en": "points[{k}] must be a pair (t, v), got {point}"},
    "grow": {"kk": "points[{k}]: уақыт өсуі керек, ал {t} с уақыты {before} с-тан кейін тұр",
             "ru": "points[{k}]: время должно расти, а {t} с идёт после {before} с",
             "en": "points[{k}]: the times must grow, but {t} s comes after {before} s"},
    "no-coefficients": {"kk": "coefficients: көпмүшенің c0, c1, c2, ... коэффициенттерін беріңіз (кемінде біреуін)",
                        "ru": "coefficients: дайте коэффициенты многочлена c0, c1, c2, ... (хотя бы один)",
                        "en": "coefficients: give the polynomial's coefficients c0, c1, c2, ... (at least one)"},
    "degree": {"kk": "trapezoid_error: формула дәрежесі 2-ден аспайтын көпмүше үшін орындалады",
               "ru": "trapezoid_error: формула верна для многочлена степени не выше 2",
               "en": "trapezoid_error: the formula holds for a polynomial of degree at most 2"},
    "gentle": {"kk": "t_brake = {t} с: тежелу тым баяу, қозғалтқыш әлі итеруі керек болар еді (кедергілердің өзі "
                     "автомобильді {resist} м/с²-қа баяулатады)",
               "ru": "t_brake = {t} с: торможение так плавно, что двигателю пришлось бы ещё толкать (одни "
                     "сопротивления замедляют автомобиль на {resist} м/с²)",
               "en": "t_brake = {t} s: braking this gently the engine would still have to push (the resistances "
                     "alone slow the car by {resist} m/s²)"},
    "kmh": {"kk": "км/сағ", "ru": "км/ч", "en": "km/h"},
    "s-unit": {"kk": "с", "ru": "с", "en": "s"},
    "m": {"kk": "м", "ru": "м", "en": "m"},
    "ms2": {"kk": "м/с²", "ru": "м/с²", "en": "m/s²"},
    "kJ": {"kk": "кДж", "ru": "кДж", "en": "kJ"},
    "now": {"kk": "t уақытында: жылдамдық / жүрілген жол", "ru": "В момент t: скорость / пройденный путь",
            "en": "At time t: speed / distance covered"},
    "distance": {"kk": "Толық жол (аудан)", "ru": "Весь путь (площадь)", "en": "Whole distance (the area)"},
    "time": {"kk": "Толық уақыт", "ru": "Всё время", "en": "Whole time"},
    "mean": {"kk": "Орташа жылдамдық", "ru": "Средняя скорость", "en": "Mean speed"},
    "accel": {"kk": "Ең үлкен үдеу", "ru": "Наибольшее ускорение", "en": "Greatest acceleration"},
    "brake": {"kk": "Тежелу кезіндегі баяулау", "ru": "Замедление при торможении", "en": "Braking deceleration"},
    "energy": {"kk": "Дөңгелектердегі жұмыс", "ru": "Работа на колёсах", "en": "Work at the wheels"},
    "parts": {"kk": "оның ішінде ½mv², домалау, ауа", "ru": "из них ½mv², качение, воздух",
              "en": "of it ½mv², rolling, air"},
    "reference": {"kk": "ECE-15 циклінің үшінші төбесі", "ru": "Третья горка цикла ECE-15",
                  "en": "The ECE-15 cycle's third hill"},
    "axis-t": {"kk": "уақыт t, с", "ru": "время t, с", "en": "time t, s"},
    "axis-v": {"kk": "v, км/сағ", "ru": "v, км/ч", "en": "v, km/h"},
    "profile": {"kk": "жылдамдық v(t)", "ru": "скорость v(t)", "en": "speed v(t)"},
    "area": {"kk": "аудан = жүрілген жол", "ru": "площадь = пройденный путь", "en": "area = distance covered"},
    "road": {"kk": "жол, м", "ru": "дорога, м", "en": "road, m"},
    "speed-limit": {"kk": "жылдамдық шегі", "ru": "ограничение скорости", "en": "speed limit"},
    "time-limit": {"kk": "уақыт шегі", "ru": "предел времени", "en": "time limit"},
    "mark": {"kk": "500 м белгісі", "ru": "отметка 500 м", "en": "500 m mark"},
    "alt": {"kk": "Автомобиль жолда {s} м жүрді, t = {t} с уақытта жылдамдығы {v} км/сағ. Төменде жылдамдықтың "
                  "уақытқа тәуелділік графигі: {v_top} км/сағ-қа дейін {t_acc} с үдейді, {t_cruise} с тұрақты "
                  "жылдамдықпен жүреді, {t_brake} с тежеледі. Графиктің астындағы 0-ден t-ға дейінгі аудан "
                  "боялған: ол жүрілген жолға тең. Толық жол {distance} м, толық уақыт {time} с.",
            "ru": "Автомобиль проехал по дороге {s} м, в момент t = {t} с его скорость {v} км/ч. Ниже график "
                  "скорости от времени: разгон до {v_top} км/ч за {t_acc} с, {t_cruise} с с постоянной скоростью, "
                  "торможение {t_brake} с. Площадь под графиком от 0 до t закрашена: она равна пройденному пути. "
                  "Весь путь {distance} м, всё время {time} с.",
            "en": "The car has covered {s} m of the road; at t = {t} s its speed is {v} km/h. Below, the speed "
                  "against time: up to {v_top} km/h in {t_acc} s, {t_cruise} s at a steady speed, {t_brake} s of "
                  "braking. The area under the graph from 0 to t is shaded: it equals the distance covered. The "
                  "whole distance is {distance} m, the whole time {time} s."},
    "spec": {"kk": "Тапсырма: сынақ жолындағы 500 м белгісіне дейінгі бір «төбе»",
             "ru": "Задание: одна «горка» до отметки 500 м на испытательном треке",
             "en": "Task: one hill to the 500 m mark on the test track"},
}


def _text(key: str, lang: str | None = None) -> str:
    from ..i18n import pick

    return pick(LABELS[key], lang)


def _number(value: float, places: int, lang: str | None = None) -> str:
    from ..numbers import format_decimal

    return format_decimal(value, places, lang)


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    m, s, kmh_, ms2 = LABELS["m"], LABELS["s-unit"], LABELS["kmh"], LABELS["ms2"]
    return Spec(
        (Requirement("distance", ">=", TRACK, m, LABELS["distance"]),
         Requirement("distance", "<=", TRACK + TRACK_SLACK, m, LABELS["distance"]),
         Requirement("time", "<=", TIME_LIMIT, s, LABELS["time"]),
         Requirement("v_top", "<=", SPEED_LIMIT, kmh_, LABELS["v_top"]),
         Requirement("accel", "<=", ACCEL_LIMIT, ms2, LABELS["accel"]),
         Requirement("brake", "<=", BRAKE_LIMIT, ms2, LABELS["brake"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The hill: 500 to 520 m, at most 45 s, at most 60 km/h, accelerating at most 1.5 and braking at most 2.5 m/s²."""


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The readout: the car now (speed, distance covered), then the whole hill (distance, time, mean speed, the
    greatest acceleration and deceleration, the work at the wheels and its parts)."""
    kmh_, m, ms2, kj = (_text(k, lang) for k in ("kmh", "m", "ms2", "kJ"))
    rows = [(_text("now", lang), f"{_number(result['v'], 1, lang)} {kmh_} / {_number(result['s'], 1, lang)} {m}"),
            (_text("distance", lang), f"{_number(result['distance'], 1, lang)} {m}"),
            (_text("time", lang), f"{_number(result['time'], 0, lang)} {_text('s-unit', lang)}"),
            (_text("mean", lang), f"{_number(result['mean'], 1, lang)} {kmh_}"),
            (_text("accel", lang), f"{_number(result['accel'], 2, lang)} {ms2}"),
            (_text("brake", lang), f"{_number(result['brake'], 2, lang)} {ms2}"),
            (_text("energy", lang), f"{_number(result['energy'], 1, lang)} {kj}"),
            (_text("parts", lang), " + ".join(_number(result[k], 1, lang) for k in ("kinetic", "rolling", "air"))
             + f" {kj}")]
    body = "".join(f"<tr><td>{name}</td><td style='text-align:right'><b>{value}</b></td></tr>" for name, value in rows)
    return f"<table class='lab-drive-cycle'>{body}</table>"


# -- the picture: the car on the road above the speed-time graph with the area covered so far -------------------

COLOURS = {"profile": "#08519c", "area": "#9ecae1", "reference": "#7f7f7f", "car": "#d62728", "limit": "#d62728"}


class DrivePlot(Plot):
    """Top: the road with its metre marks and the car at the distance it has covered by time ``t`` (a blue band
    behind it, as long as the shaded area below). Bottom: the speed-time graph of the profile, the area under it from
    0 to ``t`` shaded and written in metres, the point (t, v(t)). The explore lab draws the ECE-15 cycle's third hill
    in grey to compare; the design lab draws the 500 m mark, the speed limit and the time limit."""

    size = (7.6, 4.6)
    margins = (0.1, 0.1, 0.1, 0.1)

    def __init__(self, design: bool = False, lang: str | None = None) -> None:
        self.design, self.lang = design, lang
        self.shown: Mapping[str, Any] | None = None
        self.road_length = 600.0 if design else 1800.0
        self.t_max = 60.0 if design else 90.0
        self.v_max = 80.0 if design else 100.0
        super().__init__()

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Polygon, Rectangle

        width, height = self.size
        road = self.road = figure.add_axes((0.75 / width, 3.55 / height, 6.6 / width, 0.85 / height))
        road.set_xlim(-0.02 * self.road_length, self.road_length * 1.02)
        road.set_ylim(-0.6, 1.4)
        road.set_yticks([])
        for side in ("left", "right", "top"):
            road.spines[side].set_visible(False)
        road.set_xlabel(_text("road", self.lang), fontsize=8, labelpad=1)
        road.tick_params(labelsize=7)
        road.add_patch(Rectangle((0, -0.35), self.road_length, 0.3, color="#555555"))
        self.covered = self.dynamic(road.add_patch(Rectangle((0, -0.35), 0, 0.3, color=COLOURS["profile"])))
        self.car_length = 0.07 * self.road_length
        self.car = self.dynamic(road.add_patch(Polygon(self._car_shape(0.0), closed=True, facecolor=COLOURS["car"],
                                                       edgecolor="#67000d", linewidth=0.8)))
        self.car_text = self.dynamic(road.text(0, 0.75, "", fontsize=8, ha="center", va="bottom",
                                               fontweight="bold"))
        if self.design:
            road.axvline(TRACK, color=COLOURS["limit"], linewidth=1.2)
            road.text(TRACK + 4, 1.05, _text("mark", self.lang), fontsize=8, color=COLOURS["limit"], ha="left",
                      va="bottom")

        ax = self.ax = figure.add_axes((0.75 / width, 0.5 / height, 6.6 / width, 2.55 / height))
        ax.set_xlim(0, self.t_max)
        ax.set_ylim(0, self.v_max)
        ax.set_xlabel(_text("axis-t", self.lang), fontsize=9)
        ax.set_ylabel(_text("axis-v", self.lang), fontsize=9)
        ax.tick_params(labelsize=8)
        ax.grid(alpha=0.25)
        handles = []
        if not self.design:
            times, speeds = zip(*THIRD_HILL)
            handles.append(ax.plot(times, speeds, color=COLOURS["reference"], linewidth=1.2, linestyle="--",
                                   label=_text("reference", self.lang))[0])
        else:
            ax.axhline(SPEED_LIMIT, color=COLOURS["limit"], linewidth=1.0)
            ax.text(1, SPEED_LIMIT + 1, _text("speed-limit", self.lang), fontsize=8, color=COLOURS["limit"],
                    va="bottom")
            ax.axvline(TIME_LIMIT, color=COLOURS["limit"], linewidth=1.0)
            ax.text(TIME_LIMIT + 0.5, 3, _text("time-limit", self.lang), fontsize=8,
                    color=COLOURS["limit"], ha="left", va="bottom")
        self.area = self.dynamic(ax.add_patch(Polygon([(0, 0), (0, 0), (0, 0)], closed=True,
                                                      facecolor=COLOURS["area"], edgecolor="none",
                                                      label=_text("area", self.lang))))
        self.curve = self.dynamic(ax.plot([], [], color=COLOURS["profile"], linewidth=1.8,
                                          label=_text("profile", self.lang))[0])
        self.point = self.dynamic(ax.plot([], [], "o", color=COLOURS["car"], markersize=6)[0])
        self.area_text = self.dynamic(ax.text(0, 0, "", fontsize=9, ha="center", va="center", color="#08306b",
                                              fontweight="bold"))
        self.legend(ax, [self.curve, self.area, *handles], loc="upper right", fontsize=8)

    def _car_shape(self, x: float) -> list[tuple[float, float]]:
        """The car seen from the side, its front at ``x`` metres, driving to the right."""
        L = self.car_length
        return [(x - L, -0.05), (x - L, 0.3), (x - 0.8 * L, 0.35), (x - 0.65 * L, 0.65), (x - 0.3 * L, 0.65),
                (x - 0.15 * L, 0.35), (x, 0.3), (x, -0.05)]

    def alt_text(self) -> str:
        """What the picture shows now, in the course language."""
        r = self.shown
        if r is None:
            return super().alt_text()
        numbers = {key: _number(r[key], places, self.lang) for key, places in
                   (("s", 1), ("t", 0), ("v", 1), ("v_top", 0), ("t_acc", 0), ("t_cruise", 0), ("t_brake", 0),
                    ("distance", 1), ("time", 0))}
        return _text("alt", self.lang).format(**numbers)

    def update(self, result: Mapping[str, Any]) -> None:
        import numpy as np

        self.shown = result
        times = np.linspace(0, result["time"], 181)
        speeds = np.array([at_time(result, t)[0] for t in times])
        self.curve.set_data(np.append(times, self.t_max), np.append(speeds, 0.0))
        t = min(result["t"], result["time"])
        shaded = times[times < t]
        edge = np.append(shaded, t)
        top = np.append(speeds[times < t], at_time(result, t)[0])
        self.area.set_xy(np.column_stack([np.concatenate([edge, [t, 0.0]]),
                                          np.concatenate([top, [0.0, 0.0]])]))
        self.point.set_data([result["t"]], [result["v"]])
        s = result["s"]
        self.area_text.set_position((max(t / 2, 3.0), max(min(result["v_top"], self.v_max) / 3, 4.0)))
        self.area_text.set_text(f"{_number(s, 1, self.lang)} {_text('m', self.lang)}" if s > 0 else "")
        shown_s = min(s, self.road_length * 1.02)
        self.covered.set_width(shown_s)
        self.car.set_xy(self._car_shape(shown_s))
        self.car_text.set_position((shown_s - self.car_length / 2, 0.75))
        self.car_text.set_text(f"{_number(result['v'], 0, self.lang)} {_text('kmh', self.lang)}")


# -- the labs -------------------------------------------------------------------------------------------------


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The drive-cycle lab: the car on the road and its speed-time graph with the area covered so far (a Play
    button runs the time).

    Without a task: the top speed, the times of speeding up, steady driving and braking, and the shape of the
    speed-up are controls, beside the ECE-15 cycle's third hill. ``task="track"`` poses the design task
    :data:`DESIGN_SPEC` with a Check button; ``start`` sets the controls from a design dictionary.
    """
    from ..i18n import pick
    from .core import Animation, Dropdown, Lab, Slider

    kmh_, sec = pick(LABELS["kmh"]), pick(LABELS["s-unit"])
    shapes = {shape: LABELS[shape] for shape in SHAPES}
    if task is None:
        controls = [Animation("t", LABELS["t"], min=0, max=90, step=1, value=0, interval_ms=150, unit=sec),
                    Slider("v_top", LABELS["v_top"], min=10, max=90, step=1, value=50, unit=kmh_),
                    Slider("t_acc", LABELS["t_acc"], min=3, max=30, step=1, value=26, unit=sec),
                    Slider("t_cruise", LABELS["t_cruise"], min=0, max=40, step=1, value=12, unit=sec),
                    Slider("t_brake", LABELS["t_brake"], min=3, max=20, step=1, value=10, unit=sec),
                    Dropdown("shape", LABELS["shape"], shapes, "linear")]
        return Lab(model=explore, controls=controls, readout_html=readout_html, plot=DrivePlot, title=LABELS["title"],
                   start=start)
    if task != "track":
        raise ValueError(f"unknown task {task!r}: the drive-cycle lab poses 'track'")
    controls = [Animation("t", LABELS["t"], min=0, max=60, step=1, value=0, interval_ms=150, unit=sec),
                Slider("v_top", LABELS["v_top"], min=10, max=80, step=1, value=40, unit=kmh_),
                Slider("t_acc", LABELS["t_acc"], min=3, max=30, step=1, value=10, unit=sec),
                Slider("t_cruise", LABELS["t_cruise"], min=0, max=40, step=1, value=20, unit=sec),
                Slider("t_brake", LABELS["t_brake"], min=3, max=20, step=1, value=6, unit=sec),
                Dropdown("shape", LABELS["shape"], shapes, "linear")]
    return Lab(model=hill, controls=controls, readout_html=readout_html, plot=lambda: DrivePlot(design=True),
               title=LABELS["design-title"], spec=DESIGN_SPEC, start=start)


__all__ = [
    "ACCEL_LIMIT", "BRAKE_LIMIT", "DESIGN_SPEC", "ECE15", "ECE15_STATED_KM", "LAB_CAR", "LESSON_CAR", "LESSON_RAMP",
    "SPEED_LIMIT", "TASK_CAR", "TASK_RAMP", "THIRD_HILL", "TIME_LIMIT", "TRACK", "antiderivative", "at_time",
    "design_result", "explore", "hill", "kmh", "logger_distance", "make_lab", "piecewise_distance", "polynomial", "polynomial_distance",
    "profile", "readout_html", "rolling_force", "speed_on_cycle", "speed_up_energy", "trapezoid", "trapezoid_error",
]
