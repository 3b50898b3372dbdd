"""A car's suspension as a damped oscillator: the quarter-car model, its natural frequency, damping and resonance.

The model of module ``phys-11-suspension`` (physics 11). A quarter of the car's body, the mass ``m`` (kg), rests on
the spring of stiffness ``k`` (N/m) and the damper (shock absorber) of coefficient ``c`` (N·s/m) of one wheel; the
tyre is taken as rigid (below about 3 Hz it hardly deflects) and the body moves only up and down. ``x`` is the
body's displacement from its equilibrium (m, up positive). Conventions (grade-11 physics):

* the equation of motion ``m x'' + c x' + k x = 0``; the angular frequency ``ω₀ = √(k/m)`` (rad/s), the natural
  frequency ``f₀ = ω₀ / (2π)`` (Hz), the period ``T = 1/f₀ = 2π √(m/k)`` (s);
* the static sag ``mg/k``: how far the spring is compressed by the body's weight (``f₀ = √(g/sag) / (2π)``);
* the damping ratio ``ζ = c / (2 √(k m))``: below 1 the body oscillates with the damped frequency
  ``f_d = f₀ √(1 − ζ²)``, at 1 (critical damping) and above it creeps back without swinging past;
* **the bounce test**: the body is pushed down by ``x₀`` and let go at rest. Then (``ζ < 1``)
  ``x(t) = −x₀ e^{−ζω₀t} (cos ω_d t + ζ/√(1−ζ²) sin ω_d t)``: it swings up past its equilibrium by the
  **overshoot** ``e^{−πζ/√(1−ζ²)}`` (a fraction of ``x₀``) half a damped period later, and its swing dies out
  inside the envelope ``x₀ e^{−ζω₀t}/√(1−ζ²)``. This is the same motion as the step response of a damped
  oscillator (a load set on the spring all at once), mirrored;
* the **settling time** (2 %): from it on the body stays within 2 % of ``x₀`` of its equilibrium; the estimate
  ``4/(ζω₀)`` is where the envelope ``e^{−ζω₀t}`` falls to about 2 % (``e^{−4} ≈ 1.8 %``), the exact time is read
  from the response itself (:func:`settling_time`);
* **resonance**: a road with regular waves every ``L`` metres, driven at ``v`` m/s, shakes the wheel ``v/L`` times
  a second; at ``v = f₀ L`` the body's swing is largest. The body's amplitude over the road's amplitude (the
  transmissibility, the wheel following the road) is ``√((1 + (2ζr)²) / ((1 − r²)² + (2ζr)²))`` with
  ``r = f/f₀``; at ``r = 1`` it is ``√(1 + 4ζ²) / (2ζ)``.

Typical values (``module.yml`` gives the sources): a quarter of a passenger car's body 250-450 kg, springs of
15-35 kN/m, natural frequencies of the body about 1-1.5 Hz (comfort), damping ratios of passenger cars about
0.2-0.4. The plant's cars, its test rig and the design's limits are fictional but plausible, and said to be so.

Plain Python and numpy without widgets: the lessons, the lab and the hidden tests compute with these functions.

>>> round(natural_frequency(25000, 350), 3), round(static_sag(350, 25000) * 1000, 1)
(1.345, 137.3)
>>> round(damping_ratio(1800, 25000, 350), 3), round(overshoot(damping_ratio(1800, 25000, 350)) * 100, 1)
(0.304, 36.7)
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from .core import Plot, nice_ceiling, number_text, readout_note, readout_table, set_limits
from .inputs import number

G = 9.81
"""m/s²: the free-fall acceleration as the textbooks take it."""

QUARTER_MASS = 350.0
"""kg: a quarter of the lessons' sedan's body (fictional, typical)."""
STIFFNESS = 25000.0
"""N/m: the lessons' spring (25 kN/m)."""
DAMPING = 1800.0
"""N·s/m: the lessons' damper."""
PUSH = 0.05
"""m: how far the end-of-line rig pushes the body down before it lets go (50 mm; fictional)."""
BAND = 0.02
"""The settling band: within 2 % of the push."""
COMFORT = (1.0, 1.5)
"""Hz: the natural frequencies of a passenger car's body that feel comfortable (Gillespie)."""

# the design task: the spring and the damper of the plant's hatchback, empty and loaded
EMPTY_MASS = 300.0
"""kg: a quarter of the hatchback's body with the driver only (fictional)."""
LOADED_MASS = 400.0
"""kg: a quarter of the loaded hatchback's body (four people and luggage; fictional)."""
F_MAX = 1.5
"""Hz: the design's highest natural frequency (the empty car, the stiffest-feeling case)."""
F_MIN = 1.0
"""Hz: the design's lowest natural frequency (the loaded car: a softer body sways and sags too much)."""
OVERSHOOT_MAX = 35.0
"""%: the design's largest overshoot of the loaded car after the bounce test (its damping is the weakest)."""
ZETA_MAX = 0.5
"""The design's largest damping ratio of the empty car (a harder damper passes the bumps on to the body)."""

TIME_AXIS = 4000
"""ms: the animation's clock runs from the rig letting go to this time."""
SAMPLE_DT = 0.001
"""s: the step of the sampled response from which the exact settling time is read."""
SAMPLE_END = 20.0
"""s: how long the sampled response runs (the slowest settling the lab allows is well inside)."""


# -- the model ---------------------------------------------------------------------------------------------

def angular_frequency(k: float, m: float) -> float:
    """The angular frequency ``ω₀ = √(k/m)`` (rad/s) of ``m`` kg on a spring of ``k`` N/m."""
    return math.sqrt(number("k", k, positive=True) / number("m", m, positive=True))


def natural_frequency(k: float, m: float) -> float:
    """The natural frequency ``f₀ = √(k/m) / (2π)`` (Hz)."""
    return angular_frequency(k, m) / (2 * math.pi)


def period(k: float, m: float) -> float:
    """The period ``T = 2π √(m/k)`` (s) of the undamped oscillation."""
    return 1 / natural_frequency(k, m)


def static_sag(m: float, k: float) -> float:
    """How far (m) the body's weight ``mg`` compresses a spring of ``k`` N/m: ``mg/k``."""
    return number("m", m, minimum=0) * G / number("k", k, positive=True)


def damping_ratio(c: float, k: float, m: float) -> float:
    """The damping ratio ``ζ = c / (2 √(k m))`` of a damper of ``c`` N·s/m (no unit)."""
    return number("c", c, minimum=0) / (2 * math.sqrt(number("k", k, positive=True) * number("m", m, positive=True)))


def damped_frequency(k: float, c: float, m: float) -> float:
    """The frequency (Hz) of the damped swing ``f₀ √(1 − ζ²)``; 0 when ``ζ ≥ 1`` (the body does not swing)."""
    zeta = damping_ratio(c, k, m)
    return natural_frequency(k, m) * math.sqrt(1 - zeta * zeta) if zeta < 1 else 0.0


def overshoot(zeta: float) -> float:
    """The overshoot after the bounce test as a fraction of the push: ``e^{−πζ/√(1−ζ²)}``; 0 when ``ζ ≥ 1``."""
    z = number("zeta", zeta, minimum=0)
    return math.exp(-math.pi * z / math.sqrt(1 - z * z)) if z < 1 else 0.0


def settling_estimate(zeta: float, omega0: float) -> float:
    """The 2 % settling time's estimate ``4 / (ζ ω₀)`` (s), good for ``ζ`` up to about 0.7."""
    return 4 / (number("zeta", zeta, positive=True) * number("omega0", omega0, positive=True))


def response(t: Any, k: float, c: float, m: float, x0: float = PUSH) -> Any:
    """The body's displacement (m, up positive) ``t`` s after the rig let go of it pushed down by ``x0`` m, at rest:
    the exact solution of ``m x'' + c x' + k x = 0`` with ``x(0) = −x0``, ``x'(0) = 0`` (under-, critically or
    over-damped). ``t`` may be a number or a numpy array."""
    w0 = angular_frequency(k, m)
    zeta = damping_ratio(c, k, m)
    start = -number("x0", x0)
    t = np.asarray(t, dtype=float)
    if zeta < 1 - 1e-9:
        wd = w0 * math.sqrt(1 - zeta * zeta)
        x = start * np.exp(-zeta * w0 * t) * (np.cos(wd * t) + zeta / math.sqrt(1 - zeta * zeta) * np.sin(wd * t))
    elif zeta <= 1 + 1e-9:
        x = start * np.exp(-w0 * t) * (1 + w0 * t)
    else:
        root = w0 * math.sqrt(zeta * zeta - 1)
        s1, s2 = -zeta * w0 + root, -zeta * w0 - root      # both negative: the body creeps back
        x = start * (s2 * np.exp(s1 * t) - s1 * np.exp(s2 * t)) / (s2 - s1)
    return float(x) if x.ndim == 0 else x


def settling_time(t: Sequence[float], x: Sequence[float], band: float = BAND) -> float:
    """The settling time read from a sampled response: the first sample time from which ``|x|`` stays within
    ``band`` of the push ``|x[0]|`` to the end of the samples; ``inf`` when the last sample is outside."""
    times = np.asarray([number("t", v) for v in t], dtype=float)
    values = np.asarray([number("x", v) for v in x], dtype=float)
    if len(times) != len(values) or len(times) == 0:
        raise ValueError(f"t and x must be lists of the same length, got {len(times)} and {len(values)}")
    limit = number("band", band, positive=True) * abs(values[0])
    outside = np.flatnonzero(np.abs(values) > limit)
    if len(outside) == 0:
        return float(times[0])
    last = int(outside[-1])
    return math.inf if last == len(values) - 1 else float(times[last + 1])


@lru_cache(maxsize=64)
def _exact_settling(k: float, c: float, m: float) -> float:
    t = np.arange(0, SAMPLE_END + SAMPLE_DT / 2, SAMPLE_DT)
    outside = np.flatnonzero(np.abs(response(t, k, c, m, 1.0)) > BAND)   # as settling_time reads it, in numpy
    last = int(outside[-1])
    return math.inf if last == len(t) - 1 else float(t[last + 1])


def settling_exact(k: float, c: float, m: float) -> float:
    """The 2 % settling time (s) read from the exact response sampled every millisecond; ``inf`` if the body still
    swings after 20 s (no damper)."""
    return _exact_settling(float(number("k", k, positive=True)), float(number("c", c, minimum=0)),
                           float(number("m", m, positive=True)))


def resonance_speed(f: float, wavelength: float) -> float:
    """The speed (m/s) at which waves every ``wavelength`` m shake the wheel ``f`` times a second: ``v = f L``."""
    return number("f", f, positive=True) * number("wavelength", wavelength, positive=True)


def transmissibility(r: float, zeta: float) -> float:
    """The body's amplitude over the road's amplitude at ``r = f / f₀`` (the wheel following the road):
    ``√((1 + (2ζr)²) / ((1 − r²)² + (2ζr)²))``; infinite at ``r = 1`` without damping."""
    r = number("r", r, minimum=0)
    z = number("zeta", zeta, minimum=0)
    below = (1 - r * r) ** 2 + (2 * z * r) ** 2
    return math.inf if below == 0 else math.sqrt((1 + (2 * z * r) ** 2) / below)


def bounce(mass: float = QUARTER_MASS, k: float = STIFFNESS, c: float = DAMPING, time: float = 0.0,
           x0: float = PUSH) -> dict[str, Any]:
    """The bounce test of a quarter car: ``mass`` kg on ``k`` N/m and ``c`` N·s/m, pushed down by ``x0`` m and let
    go; ``time`` ms later.

    Keys: ``w0`` (rad/s), ``f0`` (Hz), ``T`` (s), ``sag`` (m), ``zeta``, ``fd`` (Hz), ``overshoot`` (%),
    ``estimate`` (s, ``4/(ζω₀)``, ``inf`` without damping), ``settling`` (s, exact), ``time`` (s), ``x_now`` (m),
    ``curve`` (the times in s and the displacements in m up to the clock's end).
    """
    m = number("mass", mass, positive=True)
    k = number("k", k, positive=True)
    c = number("c", c, minimum=0)
    t = number("time", time, minimum=0) / 1000
    w0 = angular_frequency(k, m)
    zeta = damping_ratio(c, k, m)
    times = np.linspace(0, TIME_AXIS / 1000, 401)
    return {"mass": m, "k": k, "c": c, "x0": x0, "w0": w0, "f0": w0 / (2 * math.pi), "T": 2 * math.pi / w0,
            "sag": static_sag(m, k), "zeta": zeta, "fd": damped_frequency(k, c, m), "overshoot": overshoot(zeta) * 100,
            "estimate": settling_estimate(zeta, w0) if zeta > 0 else math.inf, "settling": settling_exact(k, c, m),
            "time": t, "x_now": response(t, k, c, m, x0), "curve": (times, response(times, k, c, m, x0))}


# -- the lab ---------------------------------------------------------------------------------------------------

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Аспа зертханасы: серіппе мен амортизатор", "ru": "Лаборатория: пружина и амортизатор подвески",
              "en": "Lab: the suspension's spring and damper"},
    "design-title": {"kk": "Аспаны жобалау зертханасы", "ru": "Лаборатория: проект подвески",
                     "en": "Lab: designing the suspension"},
    "mass": {"kk": "Кузов массасының төрттен бірі m", "ru": "Четверть массы кузова m", "en": "Quarter of the body's mass m"},
    "k": {"kk": "Серіппенің қатаңдығы k", "ru": "Жёсткость пружины k", "en": "Spring stiffness k"},
    "c": {"kk": "Амортизатордың кедергі коэффициенті c", "ru": "Коэффициент сопротивления амортизатора c",
          "en": "Damping coefficient c"},
    "time": {"kk": "Стенд босатқаннан кейінгі уақыт", "ru": "Время после отпускания", "en": "Time after the release"},
    "f0": {"kk": "Меншікті жиілік f₀ = √(k/m)/2π", "ru": "Собственная частота f₀ = √(k/m)/2π",
           "en": "Natural frequency f₀ = √(k/m)/2π"},
    "T": {"kk": "Период T = 1/f₀", "ru": "Период T = 1/f₀", "en": "Period T = 1/f₀"},
    "sag": {"kk": "Статикалық сығылу mg/k", "ru": "Статический прогиб mg/k", "en": "Static sag mg/k"},
    "zeta": {"kk": "Демпфирлеу коэффициенті ζ = c/(2√(k·m))", "ru": "Коэффициент демпфирования ζ = c/(2√(k·m))",
             "en": "Damping ratio ζ = c/(2√(k·m))"},
    "overshoot": {"kk": "Асып кету", "ru": "Перерегулирование", "en": "Overshoot"},
    "settling": {"kk": "Орнығу уақыты (2 %): дәл / 4/(ζω₀)", "ru": "Время установления (2 %): точно / 4/(ζω₀)",
                 "en": "Settling time (2 %): exact / 4/(ζω₀)"},
    "now": {"kk": "Осы сәттегі кузовтың ығысуы x", "ru": "Смещение кузова x сейчас", "en": "Body's displacement x now"},
    "empty": {"kk": "бос", "ru": "пустой", "en": "empty"},
    "loaded": {"kk": "жүктелген", "ru": "гружёный", "en": "loaded"},
    "never": {"kk": "орнықпайды", "ru": "не устанавливается", "en": "never"},
    "comfort": {"kk": "Меншікті жиілік жайлылық аралығында (1–1,5 Гц).",
                "ru": "Собственная частота в полосе комфорта (1–1,5 Гц).",
                "en": "The natural frequency is in the comfort band (1–1.5 Hz)."},
    "too-stiff": {"kk": "Меншікті жиілік 1,5 Гц-тен жоғары: аспа қатаң.",
                  "ru": "Собственная частота выше 1,5 Гц: подвеска жёсткая.",
                  "en": "The natural frequency is above 1.5 Hz: a stiff ride."},
    "too-soft": {"kk": "Меншікті жиілік 1 Гц-тен төмен: кузов қатты тербеледі.",
                 "ru": "Собственная частота ниже 1 Гц: кузов сильно раскачивается.",
                 "en": "The natural frequency is below 1 Hz: the body sways a lot."},
    "axis_t": {"kk": "Уақыт, с", "ru": "Время, с", "en": "Time, s"},
    "axis_x": {"kk": "Кузовтың ығысуы x, мм", "ru": "Смещение кузова x, мм", "en": "Body's displacement x, mm"},
    "curve": {"kk": "кузов x(t)", "ru": "кузов x(t)", "en": "body x(t)"},
    "band": {"kk": "±2 % аралығы", "ru": "полоса ±2 %", "en": "±2 % band"},
    "scale": {"kk": "ығысу 3 есе үлкейтілген", "ru": "смещение увеличено в 3 раза", "en": "displacement drawn 3× larger"},
    "spec": {"kk": "Тапсырма: хэтчбектің серіппесі мен амортизаторын таңдау (бос 300 кг, жүктелген 400 кг)",
             "ru": "Задание: подобрать пружину и амортизатор хэтчбека (пустой 300 кг, гружёный 400 кг)",
             "en": "Task: choose the hatchback's spring and damper (empty 300 kg, loaded 400 kg)"},
    "f-empty": {"kk": "Бос автомобильдің меншікті жиілігі", "ru": "Собственная частота пустого автомобиля",
                "en": "Natural frequency, empty"},
    "f-loaded": {"kk": "Жүктелген автомобильдің меншікті жиілігі", "ru": "Собственная частота гружёного автомобиля",
                 "en": "Natural frequency, loaded"},
    "os-loaded": {"kk": "Жүктелген автомобильдің асып кетуі", "ru": "Перерегулирование гружёного автомобиля",
                  "en": "Overshoot, loaded"},
    "zeta-empty": {"kk": "Бос автомобильдің демпфирлеу коэффициенті", "ru": "Коэффициент демпфирования пустого автомобиля",
                   "en": "Damping ratio, empty"},
}
UNITS: dict[str, Mapping[str, str]] = {
    "kg": {"kk": "кг", "ru": "кг", "en": "kg"},
    "Nm": {"kk": "Н/м", "ru": "Н/м", "en": "N/m"},
    "kNm": {"kk": "кН/м", "ru": "кН/м", "en": "kN/m"},
    "Nsm": {"kk": "Н·с/м", "ru": "Н·с/м", "en": "N·s/m"},
    "Hz": {"kk": "Гц", "ru": "Гц", "en": "Hz"},
    "s": {"kk": "с", "ru": "с", "en": "s"},
    "msec": {"kk": "мс", "ru": "мс", "en": "ms"},
    "mm": {"kk": "мм", "ru": "мм", "en": "mm"},
    "pct": {"kk": "%", "ru": "%", "en": "%"},
}


def _seconds(value: float, lang: str | None, never: str) -> str:
    from ..i18n import pick

    return never if not math.isfinite(value) else f"{number_text(value, lang)} {pick(UNITS['s'], lang)}"


def _rows(result: Mapping[str, Any], lang: str | None) -> list[tuple[str, str]]:
    from ..i18n import pick

    def unit(key: str) -> str:
        return pick(UNITS[key], lang)

    never = pick(LABELS["never"], lang)
    return [(pick(LABELS["f0"], lang), f"{number_text(result['f0'], lang)} {unit('Hz')}"),
            (pick(LABELS["T"], lang), f"{number_text(result['T'], lang)} {unit('s')}"),
            (pick(LABELS["sag"], lang), f"{number_text(result['sag'] * 1000, lang)} {unit('mm')}"),
            (pick(LABELS["zeta"], lang), number_text(result["zeta"], lang)),
            (pick(LABELS["overshoot"], lang), f"{number_text(result['overshoot'], lang)} {unit('pct')}"),
            (pick(LABELS["settling"], lang),
             f"{_seconds(result['settling'], lang, never)} / {_seconds(result['estimate'], lang, never)}")]


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The lab's readout as HTML, numbers written the way the course language writes them."""
    from ..i18n import pick

    if "loaded" in result:      # the design lab: the loaded car beside the empty one
        empty, loaded = result["empty"], result["loaded"]
        head = (f"<tr><td></td><th style='text-align:right'>{pick(LABELS['empty'], lang)}, "
                f"{number_text(empty['mass'], lang)} {pick(UNITS['kg'], lang)}</th>"
                f"<th style='text-align:right'>{pick(LABELS['loaded'], lang)}, "
                f"{number_text(loaded['mass'], lang)} {pick(UNITS['kg'], lang)}</th></tr>")
        body = "".join(f"<tr><td style='padding-right:1em'>{name}</td><td style='text-align:right'><b>{a}</b></td>"
                       f"<td style='text-align:right;padding-left:1em'><b>{b}</b></td></tr>"
                       for (name, a), (_, b) in zip(_rows(empty, lang), _rows(loaded, lang)))
        return f"<table class='lab-suspension'>{head}{body}</table>"
    rows = _rows(result, lang) + [(pick(LABELS["now"], lang),
                                   f"{number_text(result['x_now'] * 1000, lang, 2)} {pick(UNITS['mm'], lang)}")]
    f0 = result["f0"]
    state, colour = (("comfort", "#1a7f37") if COMFORT[0] <= f0 <= COMFORT[1]
                     else ("too-stiff", "#9a6700") if f0 > COMFORT[1] else ("too-soft", "#9a6700"))
    return readout_table(rows, "lab-suspension") + readout_note(pick(LABELS[state], lang), colour)


SCALE = 3.0
"""The drawing shows the body's displacement this many times larger than it is."""
BODY_Y = 0.62
"""m: the drawn body's lower edge at equilibrium, above the rig's plate."""


def _spring_points(bottom: float, top: float, x: float = -0.12, turns: int = 6, width: float = 0.07) -> tuple:
    """A zigzag from ``bottom`` to ``top`` at ``x``: the coil spring, which stretches as the body moves."""
    ys = np.linspace(bottom, top, 2 * turns + 3)
    xs = np.full_like(ys, x)
    xs[1:-1] += np.array([width if i % 2 else -width for i in range(len(ys) - 2)])
    xs[1], xs[-2] = x, x
    return xs, ys


class SuspensionPlot(Plot):
    """The quarter car on the end-of-line rig from the side: the wheel on the rig's plate, the coil spring and the
    damper between the wheel's hub and the body, the body (a quarter of the car, drawn with its displacement three
    times larger) with an arrow of its displacement; beside it the displacement against time with the ±2 % band,
    the overshoot's peak, the settling time and the current moment (in the design lab: the empty and the loaded
    car)."""

    size = (7.8, 3.4)
    margins = (0.1, 0.1, 0.1, 0.1)

    def __init__(self, lang: str | None = None, two: bool = False) -> None:
        self.lang = lang
        self.two = two
        super().__init__()

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Circle, FancyArrow, Rectangle

        from ..i18n import pick

        width, height = self.size
        ax = self.ax = figure.add_axes((0.05 / width, 0.2 / height, 2.7 / width, 3.0 / height))
        ax.set_aspect("equal")
        ax.set_axis_off()
        ax.set_xlim(-0.55, 0.55)
        ax.set_ylim(-0.12, 1.1)
        ax.add_patch(Rectangle((-0.5, -0.1), 1.0, 0.1, facecolor="#9e9e9e", edgecolor="black", hatch="//"))
        ax.add_patch(Circle((0.0, 0.22), 0.22, facecolor="#222222"))                  # the tyre
        ax.add_patch(Circle((0.0, 0.22), 0.1, facecolor="#bdbdbd", edgecolor="black"))  # the rim and hub
        ax.plot([-0.2, 0.2], [0.3, 0.3], color="black", linewidth=3)                 # the lower arm at the hub
        ax.axhline(BODY_Y, xmin=0.05, xmax=0.2, color="#555555", linewidth=0.8, linestyle="--")
        self.spring = self.dynamic(ax.plot([], [], color="#d62728", linewidth=2)[0])
        self.tube = ax.add_patch(Rectangle((0.08, 0.3), 0.08, 0.2, facecolor="#4d4d4d", edgecolor="black"))
        self.rod = self.dynamic(ax.plot([0.12, 0.12], [0.5, BODY_Y], color="#9e9e9e", linewidth=3)[0])
        self.body = self.dynamic(ax.add_patch(Rectangle((-0.45, BODY_Y), 0.9, 0.28, facecolor="#2b5c8a",
                                                        edgecolor="black", linewidth=1.0)))
        self.window = self.dynamic(ax.add_patch(Rectangle((-0.3, BODY_Y + 0.28), 0.5, 0.14, facecolor="#a6cee3",
                                                          edgecolor="black", linewidth=0.8)))
        self.arrow = self.dynamic(ax.add_patch(FancyArrow(0.4, BODY_Y, 0, 0.01, width=0.02, color="#f28e2b")))
        self.x_text = self.dynamic(ax.text(0.5, 1.02, "", fontsize=8, ha="right", va="bottom"))
        self.clock = self.dynamic(ax.text(-0.52, 1.02, "", fontsize=9, ha="left", va="bottom"))
        ax.text(0.0, -0.12, pick(LABELS["scale"], self.lang), fontsize=6.5, ha="center", va="top")

        graph = self.graph = figure.add_axes((3.4 / width, 0.55 / height, 4.25 / width, 2.7 / height))
        graph.set_xlabel(pick(LABELS["axis_t"], self.lang), fontsize=8, labelpad=1)
        graph.set_ylabel(pick(LABELS["axis_x"], self.lang), fontsize=8, labelpad=1)
        graph.tick_params(labelsize=7)
        graph.grid(alpha=0.3)
        graph.set_xlim(0, TIME_AXIS / 1000)
        self.band = self.dynamic(graph.add_patch(Rectangle((0, -1), TIME_AXIS / 1000, 2, facecolor="#2ca02c", alpha=0.2,
                                                           label=pick(LABELS["band"], self.lang))))
        graph.axhline(0, color="black", linewidth=0.8)
        self.curve = self.dynamic(graph.plot([], [], color="#1f77b4", linewidth=2,
                                             label=pick(LABELS["loaded" if self.two else "curve"], self.lang))[0])
        self.curve2 = self.dynamic(graph.plot([], [], color="#9467bd", linewidth=1.5, linestyle="--",
                                              label=pick(LABELS["empty"], self.lang))[0])
        self.peak = self.dynamic(graph.plot([], [], marker="v", color="#d62728", markersize=7, linestyle="none")[0])
        self.settle_line = self.dynamic(graph.axvline(0, color="#2ca02c", linewidth=1.2, linestyle=":"))
        self.now_line = self.dynamic(graph.axvline(0, color="black", linewidth=1, linestyle="--"))
        handles = [self.curve, self.curve2, self.band] if self.two else [self.curve, self.band]
        self.legend(graph, handles, loc="lower right", fontsize=6.5)
        self._mm = pick(UNITS["mm"], self.lang)
        self._ms = pick(UNITS["msec"], self.lang)

    def update(self, result: Mapping[str, Any]) -> None:
        shown = result["loaded"] if "loaded" in result else result
        x_now = shown["x_now"]
        lift = SCALE * x_now
        bottom = BODY_Y + lift
        xs, ys = _spring_points(0.3, bottom)
        self.spring.set_data(xs, ys)
        self.rod.set_data([0.12, 0.12], [0.5, bottom])
        self.body.set_y(bottom)
        self.window.set_y(bottom + 0.28)
        length = lift if abs(lift) > 1e-4 else 1e-4
        self.arrow.set_data(x=0.4, y=BODY_Y, dx=0, dy=length, width=0.02, head_width=0.06,
                            head_length=min(0.04, abs(length)))
        self.arrow.set_visible(abs(lift) > 0.005)
        self.x_text.set_text(f"x = {number_text(x_now * 1000, self.lang, 2)} {self._mm}")
        self.clock.set_text(f"t = {number_text(shown['time'] * 1000, self.lang)} {self._ms}")
        push = shown["x0"] * 1000
        times, xs_curve = shown["curve"]
        self.curve.set_data(times, xs_curve * 1000)
        if "loaded" in result:
            t2, x2 = result["empty"]["curve"]
            self.curve2.set_data(t2, x2 * 1000)
        top = max(nice_ceiling(push * 1.2), 10.0)
        set_limits(self.graph, y=(-top, top))
        band = BAND * push
        self.band.set_bounds(0, -band, TIME_AXIS / 1000, 2 * band)
        peak_fraction = shown["overshoot"] / 100
        t_peak = shown["T"] / math.sqrt(1 - shown["zeta"] ** 2) / 2 if shown["zeta"] < 1 else None
        if t_peak is not None and t_peak <= TIME_AXIS / 1000 and peak_fraction > 0.001:
            self.peak.set_data([t_peak], [peak_fraction * push])
        else:
            self.peak.set_data([], [])
        settle = shown["settling"]
        self.settle_line.set_xdata([settle, settle])
        self.settle_line.set_visible(math.isfinite(settle) and settle <= TIME_AXIS / 1000)
        now = shown["time"]
        self.now_line.set_xdata([now, now])


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("f_empty", "<=", F_MAX, UNITS["Hz"], LABELS["f-empty"]),
         Requirement("f_loaded", ">=", F_MIN, UNITS["Hz"], LABELS["f-loaded"]),
         Requirement("overshoot_loaded", "<=", OVERSHOOT_MAX, UNITS["pct"], LABELS["os-loaded"]),
         Requirement("zeta_empty", "<=", ZETA_MAX, "", LABELS["zeta-empty"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The hatchback's suspension: f₀ ≤ 1.5 Hz empty and ≥ 1 Hz loaded, an overshoot of at most 35 % loaded and a damping
ratio of at most 0.5 empty."""


def design_bounce(k: float, c: float, time: float = 0.0) -> dict[str, Any]:
    """The design task's bounce test: the hatchback's corner with the spring ``k`` N/m and the damper ``c`` N·s/m,
    empty and loaded."""
    empty, loaded = bounce(EMPTY_MASS, k, c, time), bounce(LOADED_MASS, k, c, time)
    return {"empty": empty, "loaded": loaded, "k": empty["k"], "c": empty["c"], "f_empty": empty["f0"],
            "f_loaded": loaded["f0"], "overshoot_loaded": loaded["overshoot"], "zeta_empty": empty["zeta"],
            "zeta_loaded": loaded["zeta"]}


def design_result(design: Mapping[str, Any]) -> dict[str, Any]:
    """What the model says of a design ``{"k": ..., "c": ...}`` (N/m, N·s/m): the numbers the requirements read,
    as :func:`design_bounce` computes them (without the curves the lab draws)."""
    k = number("k", design["k"], positive=True)
    c = number("c", design["c"], minimum=0)
    zeta_loaded = damping_ratio(c, k, LOADED_MASS)
    return {"k": k, "c": c, "f_empty": natural_frequency(k, EMPTY_MASS), "f_loaded": natural_frequency(k, LOADED_MASS),
            "overshoot_loaded": overshoot(zeta_loaded) * 100, "zeta_empty": damping_ratio(c, k, EMPTY_MASS),
            "zeta_loaded": zeta_loaded}


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The suspension lab: the quarter car on the rig, pushed down and let go, beside its displacement against time.

    Without a task: the quarter of the body's mass, the spring, the damper and a Play button that runs the clock
    from the release. ``task="hatchback"`` poses :data:`DESIGN_SPEC` with a Check button (the spring and the damper,
    the car empty and loaded); ``start`` sets the controls from a design dictionary.
    """
    from functools import partial

    from ..i18n import pick
    from .core import Animation, Lab, Slider

    clock = Animation("time", LABELS["time"], min=0, max=TIME_AXIS, step=40, value=0, interval_ms=100,
                      unit=pick(UNITS["msec"]))
    k = Slider("k", LABELS["k"], min=10000, max=40000, step=500, value=STIFFNESS, unit=pick(UNITS["Nm"]), whole=True)
    c = Slider("c", LABELS["c"], min=0, max=6000, step=100, value=DAMPING, unit=pick(UNITS["Nsm"]), whole=True)
    if task is None:
        controls = [Slider("mass", LABELS["mass"], min=250, max=450, step=10, value=QUARTER_MASS,
                           unit=pick(UNITS["kg"])), k, c, clock]
        return Lab(model=bounce, controls=controls, readout_html=readout_html, plot=SuspensionPlot,
                   title=LABELS["title"], start=start)
    if task != "hatchback":
        raise ValueError(f"unknown task {task!r}: the suspension lab poses 'hatchback'")
    k.value, c.value = 30000, 1000
    return Lab(model=design_bounce, controls=[k, c, clock], readout_html=readout_html,
               plot=partial(SuspensionPlot, two=True), title=LABELS["design-title"], spec=DESIGN_SPEC, start=start)


__all__ = [
    "BAND", "COMFORT", "DAMPING", "DESIGN_SPEC", "EMPTY_MASS", "F_MAX", "F_MIN", "G", "LOADED_MASS", "OVERSHOOT_MAX",
    "PUSH", "QUARTER_MASS", "STIFFNESS", "ZETA_MAX", "angular_frequency", "bounce", "damped_frequency",
    "damping_ratio", "design_bounce", "design_result", "make_lab", "natural_frequency", "overshoot", "period",
    "readout_html", "resonance_speed", "response", "settling_estimate", "settling_exact", "settling_time",
    "static_sag", "transmissibility",
]
