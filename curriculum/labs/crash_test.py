"""A frontal crash test into a rigid barrier: momentum, the impulse of a force, kinetic energy and the crumple zone.

The model of module ``phys-09-crash-test`` (physics 9). A car of mass ``m`` drives at ``v`` into a rigid barrier
and stops; its front, the **crumple zone**, folds up over the length ``s`` while the passenger cell stays whole.
Conventions (grade-9 physics):

* momentum ``p = m v`` (kg·m/s); the car stops, so the change of momentum is ``Δp = 0 - m v = -m v``: its size is
  ``m v`` and it does not depend on how the car stops (the model has no rebound);
* the impulse of a force ``F Δt = Δp`` (Newton's second law, ``F = m a``, written for momentum): the same ``Δp``
  over a longer time ``Δt`` asks a smaller force;
* kinetic energy ``E_k = m v² / 2``: the crumple zone does the work ``F s = E_k`` while it folds;
* **the simplification** (said so in the lessons): the deceleration is constant while the zone folds, so
  ``a = v² / (2 s)``, ``Δt = 2 s / v`` (the average speed is ``v / 2``) and ``F = m v² / (2 s)``; in a real test the
  deceleration rises and falls (a crash pulse), and its peak is higher than this average (twice it for a pulse
  shaped as a triangle with the same ``Δv`` and ``Δt``);
* the deceleration in g: ``a / g`` with ``g = 9.81 m/s²``.

Test speeds are those of real frontal tests: 50 km/h (Euro NCAP's full-width rigid barrier, UN Regulation No. 137)
and 56 km/h (UN Regulation No. 94's offset test, the US NCAP's full-width one); ``module.yml`` gives the sources. The
cars, the crumple lengths and the design's limits are fictional but plausible, and said to be so.

Plain Python without widgets: the lessons, the lab and the hidden tests compute with these functions.

>>> round(speed_ms(50), 4), round(momentum(1300, speed_ms(50)), 1)
(13.8889, 18055.6)
>>> round(deceleration_g(speed_ms(50), 0.6), 2), round(crash_time(speed_ms(50), 0.6) * 1000, 1)
(16.38, 86.4)
>>> round(min_crumple(56, 20), 3)
0.617
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .core import Plot, Readout, nice_ceiling, number_text, readout_note, readout_table, set_limits
from .inputs import number

G = 9.81
"""m/s²: the free-fall acceleration as grade-9 textbooks take it; a deceleration "in g" is ``a / G``."""

EURO_NCAP_SPEED = 50.0
"""km/h: Euro NCAP's frontal test into a full-width rigid barrier (and UN Regulation No. 137's)."""
R94_SPEED = 56.0
"""km/h: UN Regulation No. 94's frontal offset test (40 % of the front into a deformable barrier) and the US NCAP's
full-width rigid-barrier test (35 mph)."""

CAR_MASS = 1300.0
"""kg: the lessons' compact sedan with its test load (fictional, typical)."""
CRUMPLE = 0.6
"""m: the lessons' crumple zone (fictional, typical of a compact car's front)."""

# the design task: the crumple zone of the plant's crossover for the 56 km/h test
DESIGN_MASS = 1500.0
"""kg: the crossover of the assignment and the design task (fictional)."""
DESIGN_SPEED = R94_SPEED
"""km/h: the design task's test speed."""
LIMIT_G = 20.0
"""The design task's limit on the car's average deceleration, in g (fictional: room is left for the pulse's peak,
which is higher, and for the seat belt and the airbag)."""
MAX_CRUMPLE = 0.7
"""m: the most the front of the crossover leaves for the crumple zone (the engine and the cabin take the rest)."""

TIME_AXIS = 250
"""ms: the animation's clock runs from the first touch of the barrier to this time."""


# -- the model ---------------------------------------------------------------------------------------------

def speed_ms(speed_kmh: float) -> float:
    """``speed_kmh`` km/h in m/s: ``v = speed / 3.6``."""
    return number("speed_kmh", speed_kmh, minimum=0) / 3.6


def momentum(m: float, v: float) -> float:
    """The momentum (kg·m/s) of a body of ``m`` kg at ``v`` m/s: ``p = m v``."""
    return number("m", m, minimum=0) * number("v", v)


def impulse(F: float, dt: float) -> float:
    """The impulse (N·s) of a force of ``F`` N acting for ``dt`` s: ``F Δt`` (it equals the change of momentum)."""
    return number("F", F) * number("dt", dt, minimum=0)


def kinetic_energy(m: float, v: float) -> float:
    """The kinetic energy (J) of ``m`` kg at ``v`` m/s: ``E_k = m v² / 2``."""
    return number("m", m, minimum=0) * number("v", v) ** 2 / 2


def deceleration(v: float, s: float) -> float:
    """The constant deceleration (m/s²) that stops a car from ``v`` m/s over ``s`` m of crumple zone:
    ``a = v² / (2 s)``."""
    return number("v", v, minimum=0) ** 2 / (2 * number("s", s, positive=True))


def deceleration_g(v: float, s: float) -> float:
    """:func:`deceleration` in g: ``a / g``."""
    return deceleration(v, s) / G


def crash_time(v: float, s: float) -> float:
    """The time (s) the car takes to stop over ``s`` m at constant deceleration from ``v`` m/s: ``Δt = 2 s / v``."""
    return 2 * number("s", s, minimum=0) / number("v", v, positive=True)


def average_force(m: float, v: float, s: float) -> float:
    """The barrier's average force (N) on the car: ``F = m a = m v² / (2 s)`` (also ``Δp / Δt`` and ``E_k / s``)."""
    return number("m", m, minimum=0) * deceleration(v, s)


def min_crumple(speed_kmh: float, limit_g: float) -> float:
    """The shortest crumple zone (m) that keeps the average deceleration at ``limit_g`` g or less at ``speed_kmh``
    km/h: ``s = v² / (2 · limit_g · g)``."""
    v = speed_ms(speed_kmh)
    return v * v / (2 * number("limit_g", limit_g, positive=True) * G)


def crash(mass: float = CAR_MASS, speed: float = EURO_NCAP_SPEED, crumple: float = CRUMPLE,
          time: float = 0.0) -> dict[str, Any]:
    """The car of ``mass`` kg at ``speed`` km/h hits the barrier; its crumple zone of ``crumple`` m folds at constant
    deceleration. ``time`` ms after the first touch:

    Keys: ``v`` (m/s), ``p`` (kg·m/s), ``dp`` (kg·m/s, the size of the change), ``Ek`` (J), ``a`` (m/s²), ``a_g``,
    ``dt`` (s), ``F`` (N), and at ``time``: ``v_now`` (m/s), ``crush`` (m folded so far), ``impulse_now`` (N·s so
    far), ``done`` (the car has stopped).
    """
    m = number("mass", mass, positive=True)
    v = speed_ms(number("speed", speed, positive=True))
    s = number("crumple", crumple, positive=True)
    t = number("time", time, minimum=0) / 1000
    a, dt = deceleration(v, s), crash_time(v, s)
    running = min(t, dt)
    done = t >= dt
    v_now = 0.0 if done else v - a * running
    crush = s if done else min(v * running - a * running * running / 2, s)
    F = m * a
    return {"mass": m, "speed": float(speed), "crumple": s, "v": v, "p": m * v, "dp": m * v, "Ek": m * v * v / 2,
            "a": a, "a_g": a / G, "dt": dt, "F": F, "time": t, "v_now": v_now, "crush": crush,
            "impulse_now": F * running, "done": done}


# -- the lab ---------------------------------------------------------------------------------------------------

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Соқтығысу сынағының зертханасы", "ru": "Лаборатория: краш-тест", "en": "Lab: the crash test"},
    "design-title": {"kk": "Деформация аймағын жобалау зертханасы", "ru": "Лаборатория: проект зоны деформации",
                     "en": "Lab: designing the crumple zone"},
    "mass": {"kk": "Автомобильдің массасы m", "ru": "Масса автомобиля m", "en": "Car's mass m"},
    "speed": {"kk": "Сынақ жылдамдығы v", "ru": "Скорость испытания v", "en": "Test speed v"},
    "crumple": {"kk": "Деформация аймағының ұзындығы s", "ru": "Длина зоны деформации s",
                "en": "Crumple zone's length s"},
    "time": {"kk": "Соқтығысудан кейінгі уақыт", "ru": "Время после удара", "en": "Time after the impact"},
    "v": {"kk": "Жылдамдық", "ru": "Скорость", "en": "Speed"},
    "p": {"kk": "Дене импульсі p = mv", "ru": "Импульс тела p = mv", "en": "Momentum p = mv"},
    "Ek": {"kk": "Кинетикалық энергия E = mv²/2", "ru": "Кинетическая энергия E = mv²/2",
           "en": "Kinetic energy E = mv²/2"},
    "dt": {"kk": "Соқтығысу уақыты Δt = 2s/v", "ru": "Время удара Δt = 2s/v", "en": "Crash time Δt = 2s/v"},
    "a": {"kk": "Орташа баяулау a = v²/(2s)", "ru": "Среднее замедление a = v²/(2s)",
          "en": "Average deceleration a = v²/(2s)"},
    "F": {"kk": "Орташа күш F = Δp/Δt", "ru": "Средняя сила F = Δp/Δt", "en": "Average force F = Δp/Δt"},
    "now": {"kk": "Осы сәтте: жылдамдық / мыжылған ұзындық", "ru": "В этот момент: скорость / смято",
            "en": "Now: speed / crushed so far"},
    "done": {"kk": "Автомобиль тоқтады.", "ru": "Автомобиль остановился.", "en": "The car has stopped."},
    "moving": {"kk": "Деформация аймағы мыжылып жатыр.", "ru": "Зона деформации сминается.",
               "en": "The crumple zone is folding."},
    "before": {"kk": "Автомобиль тосқауылға жетті.", "ru": "Автомобиль коснулся барьера.",
               "en": "The car touches the barrier."},
    "axis_t": {"kk": "Уақыт, мс", "ru": "Время, мс", "en": "Time, ms"},
    "axis_F": {"kk": "Күш, кН", "ru": "Сила, кН", "en": "Force, kN"},
    "axis_g": {"kk": "Баяулау, g", "ru": "Замедление, g", "en": "Deceleration, g"},
    "force": {"kk": "тосқауылдың күші", "ru": "сила барьера", "en": "barrier's force"},
    "area": {"kk": "аудан = FΔt = Δp", "ru": "площадь = FΔt = Δp", "en": "area = FΔt = Δp"},
    "limit": {"kk": "шек", "ru": "предел", "en": "limit"},
    "barrier": {"kk": "тосқауыл", "ru": "барьер", "en": "barrier"},
    "zone": {"kk": "деформация аймағы", "ru": "зона деформации", "en": "crumple zone"},
    "spec": {"kk": "Тапсырма: 1500 кг кроссоверге 56 км/сағ сынағы үшін деформация аймағын таңдау",
             "ru": "Задание: подобрать зону деформации кроссовера 1500 кг для испытания на 56 км/ч",
             "en": "Task: choose the crumple zone of the 1500 kg crossover for the 56 km/h test"},
    "a-spec": {"kk": "Орташа баяулау", "ru": "Среднее замедление", "en": "Average deceleration"},
    "s-spec": {"kk": "Деформация аймағының ұзындығы", "ru": "Длина зоны деформации", "en": "Crumple zone's length"},
}
UNITS: dict[str, Mapping[str, str]] = {
    "kg": {"kk": "кг", "ru": "кг", "en": "kg"},
    "kmh": {"kk": "км/сағ", "ru": "км/ч", "en": "km/h"},
    "ms": {"kk": "м/с", "ru": "м/с", "en": "m/s"},
    "m": {"kk": "м", "ru": "м", "en": "m"},
    "msec": {"kk": "мс", "ru": "мс", "en": "ms"},
    "p": {"kk": "кг·м/с", "ru": "кг·м/с", "en": "kg·m/s"},
    "kJ": {"kk": "кДж", "ru": "кДж", "en": "kJ"},
    "kN": {"kk": "кН", "ru": "кН", "en": "kN"},
    "a": {"kk": "м/с²", "ru": "м/с²", "en": "m/s²"},
    "g": {"kk": "g", "ru": "g", "en": "g"},
}


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The lab's readout as HTML, numbers written the way the course language writes them."""
    words = Readout(LABELS, UNITS, lang)
    label, unit, num = words.label, words.unit, words.num
    rows = [(label("v"), f"{num(result['speed'])} {unit('kmh')} = {num(result['v'])} {unit('ms')}"),
            (label("p"), f"{num(result['p'])} {unit('p')}"),
            (label("Ek"), f"{num(result['Ek'] / 1000)} {unit('kJ')}"),
            (label("dt"), f"{num(result['dt'] * 1000)} {unit('msec')}"),
            (label("a"), f"{num(result['a'])} {unit('a')} = {num(result['a_g'])} {unit('g')}"),
            (label("F"), f"{num(result['F'] / 1000)} {unit('kN')}"),
            (label("now"), f"{num(result['v_now'])} {unit('ms')} / {num(result['crush'], 2)} {unit('m')}")]
    state = "done" if result["done"] else ("before" if result["time"] == 0 else "moving")
    colour = "#1a7f37" if result["done"] else "#9a6700"
    return readout_table(rows, "lab-crash-test") + readout_note(label(state), colour)


CAR_LENGTH = 4.4
"""m: the drawn car's length, its crumple zone included."""
CABIN_X = [0.0, 0.0, 0.35, 1.3, 2.9, 3.4, 3.4]
CABIN_Y = [0.25, 1.0, 1.05, 1.5, 1.5, 1.0, 0.25]
"""The rigid part of the car (the passenger cell and the rear) in metres, from its back at x = 0 to its front."""


class CrashPlot(Plot):
    """The test hall from the side: the car (its rigid passenger cell in blue with a dummy, its crumple zone in
    orange, folding up against the grey barrier), the barrier's force on the car as an arrow as long as the force,
    the speed as an arrow; beside it the force against time, a rectangle whose area is the impulse ``F Δt = Δp``
    with the current moment marked, and a bar of the deceleration in g (with the design task's limit)."""

    size = (7.8, 3.4)
    margins = (0.1, 0.1, 0.1, 0.1)

    def __init__(self, lang: str | None = None, limit_g: float | None = None) -> None:
        self.lang = lang
        self.limit_g = limit_g
        super().__init__()

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Circle, FancyArrow, Polygon, Rectangle

        from ..i18n import pick

        width, height = self.size
        ax = self.ax = figure.add_axes((0.05 / width, 0.3 / height, 3.5 / width, 2.8 / height))
        ax.set_aspect("equal")
        ax.set_axis_off()
        ax.set_xlim(-5.4, 0.8)
        ax.set_ylim(-0.6, 4.4)
        ax.plot([-5.4, 0.0], [0.0, 0.0], color="#555555", linewidth=1.5)                      # the floor
        ax.add_patch(Rectangle((0.0, 0.0), 0.6, 2.2, facecolor="#9e9e9e", edgecolor="black", hatch="//"))
        ax.text(0.3, 2.35, pick(LABELS["barrier"], self.lang), fontsize=7, ha="center", va="bottom")
        self.cabin = self.dynamic(ax.add_patch(Polygon(list(zip(CABIN_X, CABIN_Y)), closed=True, facecolor="#2b5c8a",
                                                       edgecolor="black", linewidth=1.0)))
        self.zone = self.dynamic(ax.add_patch(Rectangle((0, 0.3), 0, 0.65, facecolor="#f28e2b", edgecolor="black",
                                                        linewidth=0.8, hatch="\\\\")))
        self.wheels = [self.dynamic(ax.add_patch(Circle((0, 0.3), 0.3, facecolor="#222222"))) for _ in range(2)]
        self.head = self.dynamic(ax.add_patch(Circle((0, 1.15), 0.13, facecolor="#ffd54f", edgecolor="black")))
        self.force_arrow = self.dynamic(ax.add_patch(FancyArrow(0, 2.9, -1, 0, width=0.12, color="#d62728")))
        self.force_text = self.dynamic(ax.text(-0.1, 3.15, "", fontsize=7, ha="right", va="bottom", color="#d62728"))
        self.speed_arrow = self.dynamic(ax.add_patch(FancyArrow(-5, 1.9, 1, 0, width=0.08, color="#1f77b4")))
        self.speed_text = self.dynamic(ax.text(-5.2, 2.15, "", fontsize=7, ha="left", va="bottom", color="#1f77b4"))
        self.zone_text = self.dynamic(ax.text(-0.2, -0.45, "", fontsize=7, ha="right", va="bottom"))
        self.clock = self.dynamic(ax.text(-5.3, 4.0, "", fontsize=9, ha="left", va="bottom"))

        graph = self.graph = figure.add_axes((4.25 / width, 0.5 / height, 2.3 / width, 2.75 / height))
        graph.set_xlabel(pick(LABELS["axis_t"], self.lang), fontsize=8, labelpad=1)
        graph.set_ylabel(pick(LABELS["axis_F"], self.lang), fontsize=8, labelpad=1)
        graph.tick_params(labelsize=7)
        graph.grid(alpha=0.3)
        self.area = self.dynamic(graph.add_patch(Rectangle((0, 0), 0, 0, facecolor="#f28e2b", alpha=0.35,
                                                           label=pick(LABELS["area"], self.lang))))
        self.curve = self.dynamic(graph.plot([], [], color="#d62728", linewidth=2,
                                             label=pick(LABELS["force"], self.lang))[0])
        self.now_line = self.dynamic(graph.axvline(0, color="black", linewidth=1, linestyle="--"))
        self.legend(graph, [self.curve, self.area], loc="upper right", fontsize=6.5)

        bar = self.bar = figure.add_axes((7.05 / width, 0.5 / height, 0.5 / width, 2.3 / height))
        bar.set_xlim(-0.6, 0.6)
        bar.set_xticks([])
        bar.set_ylabel(pick(LABELS["axis_g"], self.lang), fontsize=8, labelpad=1)
        bar.tick_params(labelsize=7)
        self.g_bar = self.dynamic(bar.add_patch(Rectangle((-0.4, 0), 0.8, 0, facecolor="#d62728")))
        if self.limit_g is not None:
            self.limit_line = bar.axhline(self.limit_g, color="black", linewidth=1.2, linestyle="--")
            bar.text(0.0, self.limit_g, pick(LABELS["limit"], self.lang), fontsize=6, ha="center", va="bottom")
        self._units = {k: pick(UNITS[k], self.lang) for k in UNITS}

    def update(self, result: Mapping[str, Any]) -> None:
        s, crush = result["crumple"], result["crush"]
        rigid = CAR_LENGTH - s                  # the cabin's length is what the crumple zone leaves of the car
        zone = s - crush                        # what is left of the crumple zone
        back = -(zone + rigid)                  # the car's back, the front of what is left touching the barrier
        scale_x = rigid / CABIN_X[-1]
        self.cabin.set_xy([(back + x * scale_x, y) for x, y in zip(CABIN_X, CABIN_Y)])
        self.zone.set_bounds(-zone, 0.3, zone, 0.65)
        self.wheels[0].set_center((back + 0.8, 0.3))
        self.wheels[1].set_center((min(back + rigid + 0.1, -0.35), 0.3))
        self.head.set_center((back + 0.5 * rigid, 1.15))
        running = 0 < result["time"] and not result["done"]
        length = min(result["F"] / 1e6, 3.0) + 0.3     # 1 m of arrow per MN, at most 3.3 m
        self.force_arrow.set_data(x=-0.05, y=2.9, dx=-length, dy=0, width=0.12, head_width=0.3, head_length=0.25)
        self.force_arrow.set_visible(running)
        self.force_text.set_text(f"F = {number_text(result['F'] / 1000, self.lang)} {self._units['kN']}"
                                 if running else "")
        v_arrow = 0.08 * result["v_now"]
        self.speed_arrow.set_data(x=back, y=1.9, dx=max(v_arrow, 1e-3), dy=0, width=0.08, head_width=0.22,
                                  head_length=min(0.2, max(v_arrow, 1e-3)))
        self.speed_arrow.set_visible(result["v_now"] > 1e-9)
        self.speed_text.set_text(f"v = {number_text(result['v_now'], self.lang)} {self._units['ms']}")
        self.zone_text.set_text(f"s = {number_text(s, self.lang, 2)} {self._units['m']}")
        self.clock.set_text(f"t = {number_text(result['time'] * 1000, self.lang)} {self._units['msec']}")
        dt_ms, F_kN = result["dt"] * 1000, result["F"] / 1000
        end = max(float(TIME_AXIS), nice_ceiling(dt_ms))
        set_limits(self.graph, x=(0, end), y=(0, max(nice_ceiling(F_kN * 1.25), 100.0)))
        self.curve.set_data([0, 0, dt_ms, dt_ms, end], [0, F_kN, F_kN, 0, 0])
        self.area.set_bounds(0, 0, dt_ms, F_kN)
        now = min(result["time"] * 1000, end)
        self.now_line.set_xdata([now, now])
        top = max(nice_ceiling(result["a_g"] * 1.2), (self.limit_g or 0) * 1.5, 10.0)
        set_limits(self.bar, y=(0, top))
        self.g_bar.set_height(result["a_g"])
        self.g_bar.set_facecolor("#d62728" if self.limit_g is not None and result["a_g"] > self.limit_g
                                 else "#2ca02c" if self.limit_g is not None else "#d62728")


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("a_g", "<=", LIMIT_G, UNITS["g"], LABELS["a-spec"]),
         Requirement("crumple", "<=", MAX_CRUMPLE, UNITS["m"], LABELS["s-spec"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The 1500 kg crossover at 56 km/h: an average deceleration of at most 20 g with a crumple zone of at most 0.7 m."""


def design_crash(crumple: float, time: float = 0.0) -> dict[str, Any]:
    """The design task's test: the 1500 kg crossover at 56 km/h with a crumple zone of ``crumple`` m."""
    return crash(DESIGN_MASS, DESIGN_SPEED, crumple, time)


def design_result(design: Mapping[str, Any]) -> dict[str, Any]:
    """What the model says of a design ``{"crumple": ...}`` (m)."""
    return design_crash(design["crumple"])


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The crash-test lab: the car hitting the barrier with its crumple zone folding, beside the force against time
    (its area the impulse) and the deceleration in g.

    Without a task: the car's mass, the test speed, the crumple zone's length and a Play button that runs the
    clock from the first touch. ``task="crumple"`` poses :data:`DESIGN_SPEC` with a Check button; ``start`` sets the
    controls from a design dictionary.
    """
    from functools import partial

    from ..i18n import pick
    from .core import Animation, Lab, Slider

    clock = Animation("time", LABELS["time"], min=0, max=TIME_AXIS, step=5, value=0, interval_ms=150,
                      unit=pick(UNITS["msec"]))
    crumple = Slider("crumple", LABELS["crumple"], min=0.2, max=1.0, step=0.05, value=CRUMPLE, unit=pick(UNITS["m"]))
    if task is None:
        controls = [Slider("mass", LABELS["mass"], min=800, max=2500, step=50, value=CAR_MASS, unit=pick(UNITS["kg"])),
                    Slider("speed", LABELS["speed"], min=30, max=80, step=1, value=EURO_NCAP_SPEED,
                           unit=pick(UNITS["kmh"])),
                    crumple, clock]
        return Lab(model=crash, controls=controls, readout_html=readout_html, plot=CrashPlot, title=LABELS["title"],
                   start=start)
    if task != "crumple":
        raise ValueError(f"unknown task {task!r}: the crash test lab poses 'crumple'")
    crumple.value = 0.4
    return Lab(model=design_crash, controls=[crumple, clock], readout_html=readout_html,
               plot=partial(CrashPlot, limit_g=LIMIT_G), title=LABELS["design-title"], spec=DESIGN_SPEC, start=start)


__all__ = [
    "CAR_MASS", "CRUMPLE", "DESIGN_MASS", "DESIGN_SPEC", "DESIGN_SPEED", "EURO_NCAP_SPEED", "G", "LIMIT_G",
    "MAX_CRUMPLE", "R94_SPEED", "average_force", "crash", "crash_time", "deceleration", "deceleration_g",
    "design_crash", "design_result", "impulse", "kinetic_energy", "make_lab", "min_crumple", "momentum",
    "readout_html", "speed_ms",
]
