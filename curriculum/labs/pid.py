"""PID speed control of a conveyor drive motor: a first-order plant, a discrete PID with limits.

The model of module ``inf-col-pid-conveyor``.  A frequency converter (VFD) drives the motor of a
parts conveyor.  The controller (a PLC task every ``DT`` = 0.02 s) sets the converter's input
``u`` in % of full scale (0-100 %); the motor speed ``n`` (rpm) follows it like a first-order
system with gain ``K`` and time constant ``TAU``::

    TAU * dn/dt = -n + K * u          (K = 15 rpm/%, so 100 % gives 1500 rpm; TAU = 0.5 s)

Its step response from rest is ``n(t) = K * u * (1 - exp(-t / TAU))``: after one time constant
the motor has 63.2 % of its final speed.  Between two controller steps ``u`` is constant, so the
simulation uses the exact discrete form (zero-order hold)::

    n[k+1] = a * n[k] + (1 - a) * K * u[k],    a = exp(-DT / TAU)

The controller is a parallel PID in discrete time::

    e = setpoint - n
    u = Kp * e + Ki * (sum of e * DT) + Kd * d,   d = -(n[k] - n[k-1]) / DT

with the derivative taken on the measured speed, ``-Kd*dn/dt`` (for a constant setpoint ``de/dt = -dn/dt``, and at a
setpoint step there is no "derivative kick"; on this first-order plant, while the output is not limited, the term
works like extra inertia: ``(TAU + K*Kd) * dn/dt = -n + K*(Kp*e + I)``, so D slows the loop and raises the overshoot
of PI, in continuous time as well as sampled; and past ``Kd`` of about 0.03 (with ``Kp = 0.2``, ``Ki = 1``) the
derivative taken from two samples 20 ms apart makes the sampled loop unstable: the command chatters), the
output limited to 0-100 % (the actuator limits) and, with ``anti_windup``, conditional
integration (clamping): while the output is saturated the integral stops growing in the
direction that would push it further into saturation.  Without it the integral "winds up"
while the motor is still accelerating at full drive, and the speed overshoots.

With P control alone the loop is ``n[k+1] = (a - (1 - a)*K*Kp) * n[k] + ...``: above
``Kp = (1 + a) / ((1 - a) * K)`` (about 3.33 %/rpm, :func:`stability_limit_p`) the factor is below -1 and the
loop is unstable (only the 0-100 % limits bound it: the command chatters between them every period); above
``a / ((1 - a) * K)`` (about 1.63) it already rings, the speed stepping from one side of its steady value to
the other every period.

Units: speeds in rpm (1 rpm = 2*pi/60 rad/s), the drive command in % of full scale, times in s;
``Kp`` in %/rpm, ``Ki`` in %/(rpm*s), ``Kd`` in %*s/rpm.  The numbers are typical values for a
small conveyor drive, rounded (see module.yml, sources).  The model is plain Python; widgets and
matplotlib are imported only inside :func:`make_lab`.

>>> round(steady_state_p(15, 0.1, 1200), 6)
720.0
>>> overshoot([0, 600, 1250, 1190, 1200], 1200) > 4.16
True
>>> settling_time([0, 1, 2, 3, 4], [0, 900, 1230, 1210, 1195], 1200, 0.02)
3
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from typing import Any

from .core import Plot, nice_ceiling, set_limits

K = 15.0
"""Plant gain in rpm per % of drive command: 100 % gives 1500 rpm (a 4-pole motor at 50 Hz, no load)."""

TAU = 0.5
"""Plant time constant in s (motor, gearbox and loaded belt together)."""

DT = 0.02
"""Controller period in s (a 20 ms PLC task)."""

U_MIN, U_MAX = 0.0, 100.0
"""Actuator limits: the drive command in % of full scale."""

SETPOINT = 1200.0
"""Speed setpoint for the step response, in rpm."""

T_END = 5.0
"""Length of the simulated step response, in s."""

BAND = 0.02
"""Settling band: within 2 % of the setpoint."""

SWING_WINDOW = 1.0
"""The last part of the run (s) over which the drive command's swing is measured."""

SWING_MAX = 5.0
"""The design task's largest command swing in the last second, in % (a settled drive holds its command)."""

GEAR_RATIO = 40.0
"""Gearbox ratio between the motor and the conveyor's drive drum."""

DRUM_DIAMETER = 0.2
"""Diameter of the conveyor's drive drum, in m."""


def first_order_step(t: float, u: float, k: float = K, tau: float = TAU) -> float:
    """Speed (rpm) at time ``t`` (s) after a step of the drive command from 0 to ``u`` (%): ``K*u*(1 - exp(-t/tau))``."""
    return k * u * (1.0 - math.exp(-t / tau))


def time_constant_from_point(t: float, n: float, n_final: float) -> float:
    """The time constant (s) from one point ``(t, n)`` of a first-order step response with final value ``n_final``.

    From ``n = n_final * (1 - exp(-t/tau))``: ``tau = -t / ln(1 - n / n_final)``.
    """
    return -t / math.log(1.0 - n / n_final)


def steady_state_p(k: float, kp: float, setpoint: float) -> float:
    """Steady speed with P control (no saturation): ``n = K*Kp/(1 + K*Kp) * setpoint``.

    In steady state (``dn/dt = 0``) ``n = K*u`` and ``u = Kp*(setpoint - n)``; solving gives the formula, and the error
    ``setpoint - n = setpoint / (1 + K*Kp)`` never vanishes.
    """
    return k * kp / (1.0 + k * kp) * setpoint


def belt_speed(n_rpm: float, ratio: float = GEAR_RATIO, drum_diameter: float = DRUM_DIAMETER) -> float:
    """Conveyor belt speed in m/s for a motor speed ``n_rpm``: ``pi * D * n / (60 * ratio)``."""
    return math.pi * drum_diameter * n_rpm / (60.0 * ratio)


def stability_limit_p(k: float = K, tau: float = TAU, dt: float = DT) -> float:
    """The largest ``Kp`` (%/rpm) of a stable P loop sampled every ``dt``: ``(1 + a) / ((1 - a) * K)``, ``a = exp(-dt/tau)``.

    Above it the factor ``a - (1 - a)*K*Kp`` of ``n[k+1] = ... * n[k] + ...`` is below -1: every deviation grows and
    changes sign every period (in the drive, only the 0-100 % limits stop it).
    """
    a = math.exp(-dt / tau)
    return (1.0 + a) / ((1.0 - a) * k)


def ringing_limit_p(k: float = K, tau: float = TAU, dt: float = DT) -> float:
    """The ``Kp`` (%/rpm) above which a sampled P loop rings (its factor ``a - (1 - a)*K*Kp`` is negative): ``a / ((1 - a) * K)``."""
    a = math.exp(-dt / tau)
    return a / ((1.0 - a) * k)


def overshoot(y: Sequence[float], setpoint: float) -> float:
    """Overshoot in %: how far the largest value goes above the setpoint, ``100*(max(y) - setpoint)/setpoint``; 0 if never above.

    For a step response that starts at 0 and a positive setpoint.
    """
    return max(0.0, (max(y) - setpoint) / setpoint * 100.0)


def settling_time(t: Sequence[float], y: Sequence[float], setpoint: float, band: float = BAND) -> float:
    """The time from which ``y`` stays within the band until the end: ``|y - setpoint| <= band*|setpoint|``.

    Returns ``t[k+1]`` after the last sample ``k`` outside the band, ``t[0]`` if no sample is
    outside, and ``math.inf`` if the last sample is outside (the response has not settled).
    """
    limit = band * abs(setpoint)
    if abs(y[-1] - setpoint) > limit:
        return math.inf
    for k in range(len(y) - 1, -1, -1):
        if abs(y[k] - setpoint) > limit:
            return t[k + 1]
    return t[0]


def calls_the_lab(fn: Any) -> bool:
    """Whether a student's function hands its work to the course package: a global name it uses (in its own code or
    in a function or lambda defined inside it) is a module or a function of ``curriculum``, as in
    ``def settling_time(t, y, setpoint, band): return pid.settling_time(t, y, setpoint, band)``. (Handing in the lab's
    function itself is caught by ``check_function``; a wrapper around it is not, so tasks 1-2 ask this.)"""
    import types

    code = getattr(fn, "__code__", None)
    scope = getattr(fn, "__globals__", None) or {}
    if code is None:
        return False
    names: set[str] = set()
    todo = [code]
    while todo:
        current = todo.pop()
        names.update(current.co_names)
        todo.extend(c for c in current.co_consts if isinstance(c, types.CodeType))

    def ours(value: Any) -> bool:
        where = value.__name__ if isinstance(value, types.ModuleType) else getattr(value, "__module__", None)
        return isinstance(where, str) and where.split(".")[0] == "curriculum"

    return any(name in scope and ours(scope[name]) for name in names)


def rise_time(t: Sequence[float], y: Sequence[float], setpoint: float) -> float:
    """Time (s) from the first sample at or above 10 % of the setpoint to the first at or above 90 %; ``inf`` if never."""
    t10 = next((tk for tk, yk in zip(t, y) if yk >= 0.1 * setpoint), None)
    t90 = next((tk for tk, yk in zip(t, y) if yk >= 0.9 * setpoint), None)
    return math.inf if t10 is None or t90 is None else t90 - t10


def command_swing(t: Sequence[float], u: Sequence[float], last: float = SWING_WINDOW) -> float:
    """How far the drive command moves (max - min, in %) over the ``last`` seconds of the run: near 0 when the
    drive has settled, tens of % when the loop chatters (an unstable loop that only the 0-100 % limits hold)."""
    window = [uk for tk, uk in zip(t, u) if tk >= t[-1] - last - 1e-9]
    return max(window) - min(window)


def steady_state_error(y: Sequence[float], setpoint: float) -> float:
    """The error at the end of the run in % of the setpoint: ``100*(setpoint - y[-1])/setpoint``."""
    return (setpoint - y[-1]) / setpoint * 100.0


def belt_travel(speeds: Sequence[float], dt: float = DT, ratio: float = GEAR_RATIO,
                drum_diameter: float = DRUM_DIAMETER) -> list[float]:
    """How far the belt has moved (m) at each sample of motor ``speeds`` (rpm) taken every ``dt`` s (trapezoids)."""
    travel, x = [0.0], 0.0
    for before, after in zip(speeds, speeds[1:]):
        x += (belt_speed(before, ratio, drum_diameter) + belt_speed(after, ratio, drum_diameter)) / 2 * dt
        travel.append(x)
    return travel


def state_at(result: Mapping[str, Any], at: float) -> dict[str, Any]:
    """The drive at time ``at`` (s) of a run: ``at_t`` (s), ``at_n`` (rpm), ``at_u`` (%), ``at_v`` (belt speed, m/s)
    and ``at_travel`` (m the belt has moved): the sample at or just before ``at``, the last one after the run's end."""
    ts = result["t"]
    k = min(len(ts) - 1, max(0, int(math.floor(at / (ts[1] - ts[0]) + 1e-9)) if len(ts) > 1 else 0))
    n = result["y"][k]
    return {"at_t": ts[k], "at_n": n, "at_u": result["u"][k], "at_v": belt_speed(n), "at_travel": result["travel"][k]}


def simulate(kp: float, ki: float = 0.0, kd: float = 0.0, anti_windup: bool = True, setpoint: float = SETPOINT,
             t_end: float = T_END, dt: float = DT, k: float = K, tau: float = TAU) -> dict[str, Any]:
    """Step response of the speed loop: the motor at rest, the setpoint steps to ``setpoint`` rpm at t = 0.

    Returns ``t`` (s), ``y`` (speed, rpm), ``u`` (drive command, %) and the metrics
    ``overshoot`` (%), ``settling_time`` (s, 2 % band, ``inf`` if not settled), ``rise_time`` (s),
    ``steady_state_error`` (% of the setpoint, at the end), ``command_swing`` (%, the drive command's max - min
    over the last second), ``final_speed`` (rpm) and ``travel`` (m the belt has moved at each sample).
    """
    a = math.exp(-dt / tau)
    n = 0.0
    previous = n
    integral = 0.0  # Ki * (sum of e*dt), in %
    ts, ys, us = [], [], []
    for step in range(int(round(t_end / dt)) + 1):
        e = setpoint - n
        derivative = -(n - previous) / dt
        previous = n
        unlimited = kp * e + integral + kd * derivative
        u = min(U_MAX, max(U_MIN, unlimited))
        pushing_further = (unlimited > U_MAX and e > 0) or (unlimited < U_MIN and e < 0)
        if not (anti_windup and pushing_further):
            integral += ki * e * dt
        ts.append(step * dt)
        ys.append(n)
        us.append(u)
        n = a * n + (1.0 - a) * k * u
    return {
        "kp": kp, "ki": ki, "kd": kd, "anti_windup": anti_windup, "setpoint": setpoint,
        "t": ts, "y": ys, "u": us, "travel": belt_travel(ys, dt),
        "overshoot": overshoot(ys, setpoint),
        "settling_time": settling_time(ts, ys, setpoint),
        "rise_time": rise_time(ts, ys, setpoint),
        "steady_state_error": steady_state_error(ys, setpoint),
        "command_swing": command_swing(ts, us),
        "final_speed": ys[-1],
    }


# -- the lab --------------------------------------------------------------------------------

TITLE = {"kk": "Конвейер жетегінің жылдамдығын PID реттеу", "ru": "PID-регулирование скорости привода конвейера",
         "en": "PID speed control of a conveyor drive"}
LABELS = {
    "kp": {"kk": "Kp (пропорционал)", "ru": "Kp (пропорциональный)", "en": "Kp (proportional)"},
    "ki": {"kk": "Ki (интегралдық)", "ru": "Ki (интегральный)", "en": "Ki (integral)"},
    "kd": {"kk": "Kd (дифференциал)", "ru": "Kd (дифференциальный)", "en": "Kd (derivative)"},
    "anti_windup": {"kk": "Интегратордың қанығуынан қорғаныс",
                    "ru": "Защита от насыщения интегратора", "en": "Anti-windup"},
    "overshoot": {"kk": "Асып кету", "ru": "Перерегулирование", "en": "Overshoot"},
    "settling_time": {"kk": "Орнығу уақыты (2 %)", "ru": "Время установления (2 %)", "en": "Settling time (2 %)"},
    "rise_time": {"kk": "Өсу уақыты (10–90 %)", "ru": "Время нарастания (10–90 %)", "en": "Rise time (10–90 %)"},
    "steady_state_error": {"kk": "Орныққан қате", "ru": "Статическая ошибка", "en": "Steady-state error"},
    "command_swing": {"kk": "u ауқымы (соңғы 1 с)", "ru": "Размах u (последняя 1 с)", "en": "Swing of u (last 1 s)"},
    "final_speed": {"kk": "Соңғы жылдамдық", "ru": "Конечная скорость", "en": "Final speed"},
    "never": {"kk": "орнықпады", "ru": "не установилась", "en": "not settled"},
    "not_reached": {"kk": "90 %-ға жетпеді", "ru": "90 % не достигнуто", "en": "90 % not reached"},
    "axis_t": {"kk": "Уақыт t, с", "ru": "Время t, с", "en": "Time t, s"},
    "axis_n": {"kk": "Жылдамдық n, айн/мин", "ru": "Скорость n, об/мин", "en": "Speed n, rpm"},
    "axis_u": {"kk": "Жетек командасы u, %", "ru": "Команда привода u, %", "en": "Drive command u, %"},
    "speed": {"kk": "Қозғалтқыш жылдамдығы", "ru": "Скорость двигателя", "en": "Motor speed"},
    "setpoint": {"kk": "Берілген мән", "ru": "Уставка", "en": "Setpoint"},
    "band": {"kk": "±2 % жолақ", "ru": "Полоса ±2 %", "en": "±2 % band"},
    "at": {"kk": "Уақыт", "ru": "Время", "en": "Time"},
    "now": {"kk": "Осы сәтте", "ru": "В этот момент", "en": "At this moment"},
    "belt": {"kk": "таспа", "ru": "лента", "en": "belt"},
    "motor": {"kk": "қозғалтқыш", "ru": "двигатель", "en": "motor"},
    "gearbox": {"kk": "редуктор", "ru": "редуктор", "en": "gearbox"},
    "conveyor": {"kk": "Конвейер (бүйірінен): барабан мен таспадағы бөлшектер", "ru": "Конвейер сбоку: барабаны и детали на ленте",
                 "en": "The conveyor from the side: drums and parts on the belt"},
}
UNITS = {
    "rpm": {"kk": "айн/мин", "ru": "об/мин", "en": "rpm"},
    "ms": {"kk": "м/с", "ru": "м/с", "en": "m/s"},
    "s": {"kk": "с", "ru": "с", "en": "s"},
    "kp": {"kk": "%/(айн/мин)", "ru": "%/(об/мин)", "en": "%/rpm"},
    "ki": {"kk": "%/(айн/мин·с)", "ru": "%/(об/мин·с)", "en": "%/(rpm·s)"},
    "kd": {"kk": "%·с/(айн/мин)", "ru": "%·с/(об/мин)", "en": "%·s/rpm"},
}
ON_OFF = {"on": {"kk": "қосулы", "ru": "включена", "en": "on"}, "off": {"kk": "өшірулі", "ru": "выключена", "en": "off"}}


def _readout_html(result: Mapping[str, Any]) -> str:
    from ..i18n import pick
    from ..numbers import format_number

    s, rpm = pick(UNITS["s"]), pick(UNITS["rpm"])

    def row(key: str, value: str, bold: bool = False) -> str:
        cell = f"<b>{value}</b>" if bold else value
        return f"<tr><td style='padding-right:1em'>{pick(LABELS[key])}</td><td>{cell}</td></tr>"

    def seconds(value: float, otherwise: str = "never") -> str:
        return f"{format_number(value, 3)} {s}" if math.isfinite(value) else pick(LABELS[otherwise])

    rows = [
        row("overshoot", f"{format_number(result['overshoot'], 3)} %", bold=True),
        row("settling_time", seconds(result["settling_time"]), bold=True),
        row("rise_time", seconds(result["rise_time"], "not_reached")),
        row("steady_state_error", f"{format_number(result['steady_state_error'] + 0.0, 3)} %"),
        row("command_swing", f"{format_number(result['command_swing'] + 0.0, 3)} %", bold=True),
        row("final_speed", f"{format_number(result['final_speed'], 4)} {rpm}"),
    ]
    if "at_t" in result:
        now = (f"t = {format_number(result['at_t'], 2)} {s}: n = {format_number(result['at_n'], 4)} {rpm}, "
               f"u = {format_number(result['at_u'], 3)} %, {pick(LABELS['belt'])} "
               f"{format_number(result['at_v'], 2)} {pick(UNITS['ms'])}")
        rows.append(row("now", now))
    return "<table class='pid-readout'>" + "".join(rows) + "</table>"


BELT = (0.0, 2.0)
"""The stretch of belt the picture shows, in m: the tail drum at 0, the drive drum at 2 m."""
DRUM_R = DRUM_DIAMETER / 2
PARTS = 5
"""Parts on the belt, spaced evenly around its visible length."""


class PidPlot(Plot):
    """The conveyor itself from the side (the drive drum turning with its gearbox and motor, parts riding the belt),
    above the motor speed's step response with the setpoint and the ±2 % band and the drive command below it; a
    marker on both graphs shows the moment the picture shows."""

    size = (6.4, 6.4)
    margins = (0.8, 0.2, 0.55, 0.15)

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Circle, Rectangle

        from ..i18n import pick

        width, height = self.size
        scene = self.scene = figure.add_axes((0.8 / width, 4.95 / height, 5.4 / width, 1.35 / height))
        scene.set_xlim(-0.2, 2.75)
        scene.set_ylim(-0.32, 0.33)
        scene.set_aspect("equal", adjustable="box")
        scene.set_axis_off()
        low, high = BELT
        scene.plot([low, high], [DRUM_R, DRUM_R], color="#252525", lw=2.5)
        scene.plot([low, high], [-DRUM_R, -DRUM_R], color="#252525", lw=2.5)
        for x in (low, high):
            scene.add_patch(Circle((x, 0.0), DRUM_R, facecolor="#d9d9d9", edgecolor="#252525", lw=1.2))
        scene.add_patch(Rectangle((high + 0.16, -0.09), 0.16, 0.18, facecolor="#bdbdbd", edgecolor="#252525"))
        scene.add_patch(Rectangle((high + 0.32, -0.12), 0.3, 0.24, facecolor="#6baed6", edgecolor="#08519c"))
        scene.plot([high, high + 0.16], [0, 0], color="#252525", lw=3)
        scene.text(high + 0.24, 0.11, pick(LABELS["gearbox"]), ha="center", va="bottom", fontsize=7)
        scene.text(high + 0.47, -0.14, pick(LABELS["motor"]), ha="center", va="top", fontsize=7)
        scene.text(low - 0.1, -0.3, pick(LABELS["conveyor"]), ha="left", va="bottom", fontsize=8)
        self.spokes = [self.dynamic(scene.plot([], [], color="#d94801", lw=1.5)[0]) for _ in (low, high)]
        self.parts = [self.dynamic(scene.add_patch(Rectangle((0, DRUM_R), 0.16, 0.1, facecolor="#fdae6b",
                                                             edgecolor="#a63603"))) for _ in range(PARTS)]
        self.now_text = self.dynamic(scene.text((low + high) / 2, 0.23, "", ha="center", va="bottom", fontsize=8))

        ax1 = figure.add_axes((0.8 / width, 2.25 / height, 5.4 / width, 2.45 / height))
        ax2 = figure.add_axes((0.8 / width, 0.55 / height, 5.4 / width, 1.35 / height), sharex=ax1)
        self.axes = (ax1, ax2)
        self.band = ax1.axhspan(0.0, 1.0, color="#c7e9c0", label=pick(LABELS["band"]))
        self.setpoint = ax1.axhline(0.0, color="#252525", lw=1, ls="--", label=pick(LABELS["setpoint"]))
        self.speed = self.dynamic(ax1.plot([], [], color="#d94801", lw=2, label=pick(LABELS["speed"]))[0])
        self.here = self.dynamic(ax1.plot([], [], "o", color="#08519c", ms=6)[0])
        self.now = [self.dynamic(ax.axvline(0.0, color="#08519c", lw=1, ls=":")) for ax in (ax1, ax2)]
        ax1.set_ylabel(pick(LABELS["axis_n"]))
        ax1.grid(alpha=0.3)
        ax1.tick_params(labelbottom=False)
        self.legend(ax1, [self.band, self.setpoint, self.speed], loc="lower right", fontsize=8)
        self.command = self.dynamic(ax2.plot([], [], color="#2171b5", lw=1.5)[0])
        ax2.set_ylim(-5, 105)
        ax2.set_ylabel(pick(LABELS["axis_u"]))
        ax2.set_xlabel(pick(LABELS["axis_t"]))
        ax2.grid(alpha=0.3)

    def update(self, result: Mapping[str, Any]) -> None:
        from ..i18n import pick
        from ..numbers import format_number

        run = (result["kp"], result["ki"], result["kd"], result["anti_windup"], result["setpoint"])
        if run != getattr(self, "run", None):
            self.run = run
            r = result["setpoint"]
            low, high = r * (1 - BAND), r * (1 + BAND)
            if (self.band.get_y(), self.band.get_height()) != (low, high - low):  # static: redrawn only if it moves
                self.band.set_y(low)
                self.band.set_height(high - low)
                self.setpoint.set_ydata([r, r])
            self.speed.set_data(result["t"], result["y"])
            self.command.set_data(result["t"], result["u"])
            set_limits(self.axes[0], y=(0, nice_ceiling(max(1.4 * r, max(result["y"]) * 1.05))))
            set_limits(self.axes[1], x=(0, result["t"][-1]))
        if "at_t" not in result:
            result = {**result, **state_at(result, 0.0)}
        at = result["at_t"]
        self.here.set_data([at], [result["at_n"]])
        for line in self.now:
            line.set_xdata([at, at])
        travel = result["at_travel"]
        for spoke, x in zip(self.spokes, BELT):
            angle = -travel / DRUM_R  # the belt's top runs towards the drive drum: the drums turn clockwise
            spoke.set_data([x - DRUM_R * math.cos(angle), x + DRUM_R * math.cos(angle)],
                           [-DRUM_R * math.sin(angle), DRUM_R * math.sin(angle)])
        length = BELT[1] - BELT[0] - 0.16
        for i, part in enumerate(self.parts):
            part.set_x(BELT[0] + (i * length / PARTS + travel) % length)
        self.now_text.set_text(f"{pick(LABELS['belt'])} → {format_number(result['at_v'], 2)} {pick(UNITS['ms'])}")


# -- the design task: overshoot under 10 %, settling within 2 s ----------------------------------

def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("overshoot", "<=", 10.0, "%", LABELS["overshoot"]),
         Requirement("settling_time", "<=", 2.0, UNITS["s"], LABELS["settling_time"]),
         Requirement("command_swing", "<=", SWING_MAX, "%", LABELS["command_swing"])),
        title={"kk": "Тапсырма: 1200 айн/мин-қа секіріс: асып кету 10 %-дан аспайды, орнығу уақыты (2 %) 2 с-тан аспайды, "
                     "соңғы 1 с-та u 5 %-дан артық өзгермейді",
               "ru": "Задание: скачок уставки до 1200 об/мин: перерегулирование не больше 10 %, время установления (2 %) "
                     "не больше 2 с, за последнюю 1 с u меняется не больше чем на 5 %",
               "en": "Task: setpoint step to 1200 rpm: overshoot at most 10 %, settling time (2 %) at most 2 s, "
                     "u swings by at most 5 % in the last 1 s"},
    )


DESIGN_SPEC = _design_spec()
"""Step to 1200 rpm: at most 10 % overshoot, settled within 2 % by 2 s, the command steady (swing at most 5 % in the last second)."""
SPEC = DESIGN_SPEC


def design_result(design: Mapping[str, Any]) -> dict[str, Any]:
    """What the model says of a design ``{"kp": ..., "ki": ..., "kd": ..., "anti_windup": "on"}`` (lab and hidden test)."""
    from .inputs import number, one_of

    windup = one_of("anti_windup", design.get("anti_windup", "on"), ("on", "off", True, False))
    return simulate(number("kp", design["kp"], minimum=0), number("ki", design.get("ki", 0.0), minimum=0),
                    number("kd", design.get("kd", 0.0), minimum=0), anti_windup=windup in ("on", True))


@functools.lru_cache(maxsize=16)
def _run(kp: float, ki: float, kd: float, anti_windup: str) -> dict[str, Any]:
    """One run of the lab (kept while only the moment shown moves: playing the animation simulates nothing again)."""
    return design_result({"kp": kp, "ki": ki, "kd": kd, "anti_windup": anti_windup})


KP_MAX = 4.0
"""The Kp slider's end: past :func:`stability_limit_p` (about 3.33), so that students see the loop go unstable."""


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The lab: Kp, Ki, Kd sliders, anti-windup on/off and a Play button that runs the conveyor through the step
    response; the picture shows the belt with its parts and the drum turning, the graphs the speed with the 2 % band
    and the drive command, with a marker at the moment shown.

    ``task="step-1200"`` poses :data:`DESIGN_SPEC` with a Check button (it starts from P control,
    which cannot meet it); ``start`` sets the controls from a design dictionary.
    """
    from ..i18n import pick
    from .core import Animation, Dropdown, Lab, Slider

    ki_start = 0.0 if task else 1.0
    controls = [
        Slider("kp", LABELS["kp"], 0.0, KP_MAX, 0.01, 0.2, unit=pick(UNITS["kp"])),
        Slider("ki", LABELS["ki"], 0.0, 3.0, 0.05, ki_start, unit=pick(UNITS["ki"])),
        Slider("kd", LABELS["kd"], 0.0, 0.05, 0.001, 0.0, unit=pick(UNITS["kd"])),
        Dropdown("anti_windup", LABELS["anti_windup"], ON_OFF, "on"),
        Animation("at", LABELS["at"], 0, T_END, 0.05, 0, interval_ms=80, unit=pick(UNITS["s"])),
    ]

    def model(kp: float, ki: float, kd: float, anti_windup: str, at: float = 0.0) -> dict[str, Any]:
        result = _run(float(kp), float(ki), float(kd), str(anti_windup))
        return {**result, **state_at(result, float(at))}

    if task is None:
        return Lab(model=model, controls=controls, readout_html=_readout_html, plot=PidPlot, title=TITLE, start=start)
    if task != "step-1200":
        raise ValueError(f"unknown task {task!r}: the PID lab poses 'step-1200'")
    return Lab(model=model, controls=controls, readout_html=_readout_html, plot=PidPlot, title=TITLE,
               spec=DESIGN_SPEC, start=start)


__all__ = [
    "BAND", "DESIGN_SPEC", "SWING_MAX", "SWING_WINDOW", "command_swing", "DRUM_DIAMETER", "DT", "GEAR_RATIO", "K", "KP_MAX", "SETPOINT", "SPEC", "TAU", "T_END",
    "U_MAX", "U_MIN", "belt_speed", "belt_travel", "calls_the_lab", "design_result", "first_order_step", "make_lab", "overshoot",
    "ringing_limit_p", "rise_time", "settling_time", "simulate", "stability_limit_p", "state_at",
    "steady_state_error", "steady_state_p", "time_constant_from_point",
]
