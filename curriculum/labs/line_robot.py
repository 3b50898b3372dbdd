"""A line-following robot (AGV) on the plant floor: IR sensors, P and PD steering.

The model of module ``inf-08-line-robot``.  An automated guided vehicle (AGV) carries
parts from the warehouse to the assembly line along a dark line painted on the floor.

The robot (seen from above, a "unicycle" model of a differential-drive cart)::

    x' = v cos(theta)        y' = v sin(theta)        theta' = omega

drives at a constant forward speed ``v`` (m/s); its steering is the turn rate ``omega``
(rad/s, positive = turn left).  The painted line is the x axis (``y = 0``); the robot
leaves the docking station ``START_OFFSET`` = 2 cm to the left of it (``y0 = 0.02``),
parallel to it, and drives ``TRACK_LENGTH`` = 3 m.

Sensors.  A bar of 5 infrared (IR) sensors sits ``SENSOR_AHEAD`` = 6 cm in front of the
wheel axle, across the robot, at ``SENSOR_POSITIONS`` (m, positive = left of the robot's
centre line).  A sensor reads 1 when the line is right under it and less the farther the
line is (``sensor_readings``; 0 beyond ``SENSOR_REACH`` = 2 cm).  The weighted average
(``line_error``) says where the line is::

    e = (r1*p1 + r2*p2 + ... + r5*p5) / (r1 + r2 + ... + r5)     (m, positive = line to the left)

and is ``None`` when no sensor sees the line (the robot has lost it and stops).

Steering, computed every ``DT`` = 0.01 s (100 Hz)::

    P:   omega_cmd = Kp * e
    PD:  omega_cmd = Kp * e + Kd * (e - e_prev) / DT

``Kp`` in (rad/s)/m, ``Kd`` in rad/m; the command is limited to +-``OMEGA_MAX`` = 4 rad/s
(the wheel motors' top speed), and the motors follow it with a lag: the turn rate
approaches the command with the time constant ``MOTOR_LAG`` = 0.1 s.  Because of this lag
a P controller keeps turning after the robot has reached the line, crosses it and swings
back and forth; the D term sees that the error shrinks fast and stops the turn early.

The simulation is a fixed-step (explicit Euler) loop and fully deterministic.  All
quantities are SI: metres, seconds, radians.  The numbers are typical of small optical
line-following AGVs and rounded for school use (see module.yml, sources).

The model is plain Python; widgets and matplotlib are imported only inside :func:`make_lab`.

>>> line_error([0, 0, 1, 0, 0])
0.0
>>> round(line_error([0, 0, 0.5, 0.5, 0]), 4)
0.0075
>>> p_steer(0.02, 60)
1.2
>>> pd_steer(0.010, 0.012, 60, 5, 0.01)
-0.4
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping, Sequence
from typing import Any

from .core import Plot, set_limits

SENSOR_POSITIONS: tuple[float, ...] = (-0.03, -0.015, 0.0, 0.015, 0.03)
"""Positions of the 5 IR sensors across the bar, in m (positive = left); 1,5 cm apart."""

SENSOR_REACH = 0.02
"""A sensor's reading falls from 1 (line right under it) to 0 at this distance, in m."""

SENSOR_AHEAD = 0.06
"""Distance from the wheel axle forward to the sensor bar, in m."""

DT = 0.01
"""Control period in s: the controller reads the sensors and steers 100 times a second."""

OMEGA_MAX = 4.0
"""Largest turn rate the wheel motors can give, in rad/s; the steering command is limited to +-OMEGA_MAX."""

MOTOR_LAG = 0.1
"""Time constant of the wheel motors, in s: the turn rate follows the command with this lag."""

START_OFFSET = 0.02
"""The robot starts 2 cm to the left of the line (y0, in m), parallel to it."""

TRACK_LENGTH = 3.0
"""Length of the straight test track, in m."""

ON_LINE_BAND = 0.005
"""The robot counts as "on the line" when its centre is within +-5 mm of it (m)."""

BAND = 0.03
"""The safety band: the robot's centre must never be farther than 3 cm from the line (m)."""


def sensor_readings(line_position: float, positions: Sequence[float] = SENSOR_POSITIONS,
                    reach: float = SENSOR_REACH) -> list[float]:
    """The readings (0..1) of the IR sensors when the line is at ``line_position`` (m) along the bar.

    Each reading is ``max(0, 1 - |p - line_position| / reach)``: 1 right above the line,
    falling linearly to 0 at ``reach`` metres from it (a simplified sensor).
    """
    return [max(0.0, 1.0 - abs(p - line_position) / reach) for p in positions]


def line_error(readings: Sequence[float], positions: Sequence[float] = SENSOR_POSITIONS) -> float | None:
    """Where the line is, in m (positive = to the left): the weighted average of the sensor positions.

    ``e = sum(r_i * p_i) / sum(r_i)``; ``None`` when every reading is 0 (no sensor sees the line).
    """
    total = 0.0
    weighted = 0.0
    for r, p in zip(readings, positions):
        total += r
        weighted += r * p
    if total == 0:
        return None
    return weighted / total


def limit(u: float, u_max: float = OMEGA_MAX) -> float:
    """``u`` clipped to the range ``-u_max .. u_max``."""
    if u > u_max:
        return u_max
    if u < -u_max:
        return -u_max
    return u


def p_steer(e: float, kp: float, u_max: float = OMEGA_MAX) -> float:
    """P steering: turn rate command in rad/s, ``Kp * e`` limited to +-``u_max``.

    ``e``: line error in m; ``kp`` in (rad/s)/m.
    """
    return limit(kp * e, u_max)


def pd_steer(e: float, e_prev: float, kp: float, kd: float, dt: float = DT, u_max: float = OMEGA_MAX) -> float:
    """PD steering: ``Kp * e + Kd * (e - e_prev) / dt`` in rad/s, limited to +-``u_max``.

    ``e``, ``e_prev``: the line error now and one control period ``dt`` (s) earlier, in m;
    ``kp`` in (rad/s)/m, ``kd`` in rad/m.
    """
    return limit(kp * e + kd * (e - e_prev) / dt, u_max)


def overshoot(y: Sequence[float], y0: float = START_OFFSET) -> float:
    """How far (in % of the start offset ``y0``) the robot swings past the line to the other side.

    The line is at ``y = 0`` and the robot starts at ``y0``; 0 if it never crosses.
    """
    if y0 == 0:
        raise ValueError("overshoot needs a start offset y0 different from 0")
    beyond = max(-value / y0 for value in y)
    return max(0.0, beyond) * 100.0


def time_to_line(t: Sequence[float], y: Sequence[float], band: float = ON_LINE_BAND) -> float:
    """The time (s) from which the robot stays within ``+-band`` of the line until the end of the run.

    ``math.inf`` if it is outside the band at the end (it has not settled on the line).
    """
    if abs(y[-1]) > band:
        return math.inf
    for k in range(len(y) - 1, -1, -1):
        if abs(y[k]) > band:
            return t[k + 1]
    return t[0]


def mean_abs_error(y: Sequence[float]) -> float:
    """The mean of ``|y|`` over the run, in m: on average, how far the robot was from the line."""
    return sum(abs(value) for value in y) / len(y)


def simulate(kp: float, kd: float = 0.0, v: float = 0.5, y0: float = START_OFFSET,
             length: float = TRACK_LENGTH, dt: float = DT) -> dict[str, Any]:
    """Drive the robot along the straight track with PD steering (``kd = 0``: P steering).

    ``kp`` in (rad/s)/m, ``kd`` in rad/m, ``v`` in m/s (> 0), ``y0`` in m.  Returns the path
    (``t``, ``x``, ``y`` in s and m, the heading ``theta`` in rad), the line error ``e`` the sensors gave (m), and the metrics:
    ``overshoot`` (%), ``time_to_line`` (s, ``inf`` if not settled), ``mean_abs_error`` and
    ``max_offset`` (m), ``lost`` (the sensors lost the line) and ``finished`` (drove the whole
    track without losing the line).
    """
    if not v > 0:
        raise ValueError("the forward speed v must be positive")
    steps = int(round(length / v / dt))
    x, y, theta, omega = 0.0, y0, 0.0, 0.0
    e_prev = None
    ts, xs, ys, es, thetas = [], [], [], [], []
    lost = False
    for k in range(steps + 1):
        ts.append(k * dt)
        xs.append(x)
        ys.append(y)
        thetas.append(theta)
        # where the line crosses the sensor bar (positive = left of the bar's centre)
        bar_y = y + SENSOR_AHEAD * math.sin(theta)
        readings = sensor_readings(-bar_y / math.cos(theta))
        e = line_error(readings)
        if e is None:
            lost = True
            break
        es.append(e)
        if e_prev is None:
            e_prev = e  # no derivative kick at the start
        command = pd_steer(e, e_prev, kp, kd, dt)
        e_prev = e
        omega += (command - omega) * dt / MOTOR_LAG
        theta += omega * dt
        x += v * math.cos(theta) * dt
        y += v * math.sin(theta) * dt
    return {
        "kp": kp, "kd": kd, "v": v, "y0": y0, "t": ts, "x": xs, "y": ys, "e": es, "theta": thetas,
        "overshoot": overshoot(ys, y0),
        "time_to_line": math.inf if lost else time_to_line(ts, ys),
        "mean_abs_error": mean_abs_error(ys),
        "max_offset": max(abs(value) for value in ys),
        "lost": lost,
        "finished": not lost,
        "lap_time": ts[-1],
    }


def pose_at(result: Mapping[str, Any], along: float) -> dict[str, Any]:
    """Where the robot of a run is when it has driven ``along`` metres down the track (or where it stopped):
    ``at_t`` (s), ``at_x``, ``at_y`` (m), ``at_theta`` (rad), the sensors' ``at_readings`` and ``at_e`` (m, ``None``
    when no sensor sees the line)."""
    xs = result["x"]
    k = next((i for i, x in enumerate(xs) if x >= along), len(xs) - 1)
    x, y, theta = xs[k], result["y"][k], result["theta"][k]
    readings = sensor_readings(-(y + SENSOR_AHEAD * math.sin(theta)) / math.cos(theta))
    return {"at_t": result["t"][k], "at_x": x, "at_y": y, "at_theta": theta, "at_readings": readings,
            "at_e": line_error(readings)}


def lap_time(distance: float, v: float) -> float:
    """Time in s to drive ``distance`` metres at the constant speed ``v`` m/s."""
    return distance / v


# -- the lab --------------------------------------------------------------------------------

TITLE = {"kk": "Сызық бойымен жүретін робот: P және PD басқару",
         "ru": "Робот, следующий по линии: P- и PD-регулятор",
         "en": "Line-following robot (AGV): P and PD steering"}
LABELS = {
    "kp": {"kk": "Kp (пропорционал коэффициент)", "ru": "Kp (пропорциональный коэффициент)", "en": "Kp (proportional gain)"},
    "kd": {"kk": "Kd (дифференциал коэффициент)", "ru": "Kd (дифференциальный коэффициент)", "en": "Kd (derivative gain)"},
    "v": {"kk": "Жылдамдық", "ru": "Скорость", "en": "Speed"},
    "overshoot": {"kk": "Асып кету", "ru": "Перерегулирование", "en": "Overshoot"},
    "time_to_line": {"kk": "Сызыққа шығу уақыты (±5 мм)", "ru": "Время выхода на линию (±5 мм)",
                     "en": "Time to reach the line (±5 mm)"},
    "mean_abs_error": {"kk": "Орташа ауытқу |y|", "ru": "Среднее отклонение |y|", "en": "Mean absolute error |y|"},
    "max_offset": {"kk": "Сызықтан ең үлкен қашықтық", "ru": "Наибольшее удаление от линии", "en": "Largest distance from the line"},
    "status": {"kk": "Нәтиже", "ru": "Итог", "en": "Result"},
    "finished": {"kk": "трассаны толық жүріп өтті", "ru": "проехал весь трек", "en": "drove the whole track"},
    "lost": {"kk": "сызықты жоғалтып, тоқтады", "ru": "потерял линию и остановился", "en": "lost the line and stopped"},
    "never": {"kk": "шықпады", "ru": "не вышел", "en": "never"},
    "axis_x": {"kk": "Трасса бойымен x, м", "ru": "Вдоль трека x, м", "en": "Along the track x, m"},
    "axis_y": {"kk": "Сызықтан қашықтық y, см", "ru": "Отклонение от линии y, см", "en": "Distance from the line y, cm"},
    "axis_t": {"kk": "Уақыт t, с", "ru": "Время t, с", "en": "Time t, s"},
    "axis_e": {"kk": "Датчик қатесі e, см", "ru": "Ошибка датчика e, см", "en": "Sensor error e, cm"},
    "path": {"kk": "Робот жолы", "ru": "Путь робота", "en": "Robot's path"},
    "line": {"kk": "Сызық", "ru": "Линия", "en": "Line"},
    "band": {"kk": "±3 см жолақ", "ru": "Полоса ±3 см", "en": "±3 cm band"},
    "along": {"kk": "Робот трасса бойымен", "ru": "Робот вдоль трека", "en": "Robot along the track"},
    "now": {"kk": "Осы сәтте", "ru": "В этот момент", "en": "At this moment"},
    "robot": {"kk": "AGV (үстінен қарағанда), датчиктер тақтасы алда", "ru": "AGV (вид сверху), линейка датчиков впереди",
              "en": "AGV seen from above, sensor bar in front"},
    "scale": {"kk": "10 см", "ru": "10 см", "en": "10 cm"},
}
UNITS = {
    "ms": {"kk": "м/с", "ru": "м/с", "en": "m/s"},
    "s": {"kk": "с", "ru": "с", "en": "s"},
    "m": {"kk": "м", "ru": "м", "en": "m"},
    "cm": {"kk": "см", "ru": "см", "en": "cm"},
    "kp": {"kk": "(рад/с)/м", "ru": "(рад/с)/м", "en": "(rad/s)/m"},
    "kd": {"kk": "рад/м", "ru": "рад/м", "en": "rad/m"},
}


def _readout_html(result: Mapping[str, Any]) -> str:
    from ..i18n import pick
    from ..numbers import format_number

    cm, s = pick(UNITS["cm"]), pick(UNITS["s"])

    def row(key: str, value: str, bold: bool = False) -> str:
        cell = f"<b>{value}</b>" if bold else value
        return f"<tr><td style='padding-right:1em'>{pick(LABELS[key])}</td><td>{cell}</td></tr>"

    settle = result["time_to_line"]
    rows = [
        row("overshoot", f"{format_number(result['overshoot'], 3)} %", bold=True),
        row("time_to_line", f"{format_number(settle, 3)} {s}" if math.isfinite(settle) else pick(LABELS["never"]), bold=True),
        row("mean_abs_error", f"{format_number(result['mean_abs_error'] * 100, 3)} {cm}"),
        row("max_offset", f"{format_number(result['max_offset'] * 100, 3)} {cm}"),
        row("status", pick(LABELS["finished"] if result["finished"] else LABELS["lost"])),
    ]
    if "at_t" in result:
        e = result["at_e"]
        now = (f"t = {format_number(result['at_t'], 3)} {s}, y = {format_number(result['at_y'] * 100, 2)} {cm}, "
               f"e = {format_number(e * 100, 2) if e is not None else '–'} {cm}")
        rows.append(row("now", now))
    return "<table class='line-robot-readout'>" + "".join(rows) + "</table>"


BODY = ((-0.07, -0.06), (0.08, -0.06), (0.08, 0.06), (-0.07, 0.06))
"""The AGV's outline seen from above, in m in the robot's frame (x forward from the wheel axle, y to the left)."""


class LineRobotPlot(Plot):
    """The robot itself seen from above on the floor (its body, wheels and sensor bar, each sensor shaded by its
    reading, the painted line and the ±3 cm band, the floor moving past), above its path along the track and the
    sensor error in time, each with a marker where the robot is now; all three follow the place along the track."""

    size = (6.4, 6.6)
    margins = (0.75, 0.2, 0.55, 0.15)

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Circle, Polygon, Rectangle

        from ..i18n import pick

        width, height = self.size
        scene = self.scene = figure.add_axes((0.75 / width, 4.95 / height, 5.45 / width, 1.6 / height))
        scene.set_xlim(-0.25, 0.3)
        scene.set_ylim(-0.08, 0.08)
        scene.set_aspect("equal", adjustable="box")
        scene.set_axis_off()
        scene.add_patch(Rectangle((-0.25, -BAND), 0.55, 2 * BAND, facecolor="#fee8c8", edgecolor="none"))
        scene.add_patch(Rectangle((-0.25, -0.0095), 0.55, 0.019, facecolor="#252525", edgecolor="none"))
        scene.plot([0.18, 0.28], [-0.072, -0.072], color="#333333", lw=1.5)
        scene.text(0.23, -0.07, pick(LABELS["scale"]), ha="center", va="bottom", fontsize=7)
        scene.text(-0.25, -0.078, pick(LABELS["robot"]), ha="left", va="bottom", fontsize=8)
        self.marks = [self.dynamic(scene.plot([0, 0], [0.066, 0.08], color="#999999", lw=1)[0]) for _ in range(7)]
        self.trail = self.dynamic(scene.plot([], [], color="#d94801", lw=1.5)[0])
        self.body = self.dynamic(scene.add_patch(Polygon(BODY, closed=True, facecolor="#9ecae1", edgecolor="#08519c",
                                                         alpha=0.85)))
        self.wheels = [self.dynamic(scene.add_patch(Polygon([(0, 0)] * 4, closed=True, facecolor="#333333")))
                       for _ in range(2)]
        self.bar = self.dynamic(scene.plot([], [], color="#08519c", lw=2)[0])
        self.sensors = [self.dynamic(scene.add_patch(Circle((0, 0), 0.0055, edgecolor="#08519c", lw=0.8)))
                        for _ in SENSOR_POSITIONS]

        ax1 = figure.add_axes((0.75 / width, 2.75 / height, 5.45 / width, 1.85 / height))
        ax2 = figure.add_axes((0.75 / width, 0.55 / height, 5.45 / width, 1.6 / height))
        self.axes = (ax1, ax2)
        band = ax1.axhspan(-BAND * 100, BAND * 100, color="#fee8c8", label=pick(LABELS["band"]))
        line = ax1.axhline(0.0, color="#252525", lw=4, label=pick(LABELS["line"]))
        self.path = self.dynamic(ax1.plot([], [], color="#d94801", lw=2, label=pick(LABELS["path"]))[0])
        self.here = self.dynamic(ax1.plot([], [], "o", color="#08519c", ms=7)[0])
        ax1.set_xlim(0, TRACK_LENGTH)
        ax1.set_ylim(-5, 5)
        ax1.set_xlabel(pick(LABELS["axis_x"]))
        ax1.set_ylabel(pick(LABELS["axis_y"]))
        ax1.grid(alpha=0.3)
        self.legend(ax1, [band, line, self.path], loc="upper right", fontsize=8)
        self.error = self.dynamic(ax2.plot([], [], color="#2171b5", lw=2)[0])
        self.now = self.dynamic(ax2.axvline(0.0, color="#08519c", lw=1, ls="--"))
        ax2.axhline(0.0, color="#252525", lw=1)
        ax2.axhspan(-ON_LINE_BAND * 100, ON_LINE_BAND * 100, color="#c7e9c0")
        ax2.set_xlabel(pick(LABELS["axis_t"]))
        ax2.set_ylabel(pick(LABELS["axis_e"]))
        ax2.set_ylim(-5, 5)
        ax2.grid(alpha=0.3)

    def update(self, result: Mapping[str, Any]) -> None:
        run = (result["kp"], result["kd"], result["v"])
        if run != getattr(self, "run", None):
            self.run = run
            self.path.set_data(result["x"], [y * 100 for y in result["y"]])
            self.error.set_data(result["t"][:len(result["e"])], [e * 100 for e in result["e"]])
            set_limits(self.axes[1], x=(0, max(result["t"][-1], DT)))
        if "at_x" not in result:
            result = {**result, **pose_at(result, 0.0)}
        x0, y0, theta = result["at_x"], result["at_y"], result["at_theta"]
        self.here.set_data([x0], [y0 * 100])
        self.now.set_xdata([result["at_t"], result["at_t"]])
        cos, sin = math.cos(theta), math.sin(theta)

        def place(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
            """Robot-frame points on the scene: the robot's axle at x = 0 of the scene, the floor moving past."""
            return [(px * cos - py * sin, y0 + px * sin + py * cos) for px, py in points]

        self.body.set_xy(place(BODY))
        for wheel, side in zip(self.wheels, (1, -1)):
            wheel.set_xy(place([(-0.03, side * 0.055), (0.03, side * 0.055), (0.03, side * 0.068),
                                (-0.03, side * 0.068)]))
        ends = place([(SENSOR_AHEAD, -0.035), (SENSOR_AHEAD, 0.035)])
        self.bar.set_data([p[0] for p in ends], [p[1] for p in ends])
        for sensor, position, reading in zip(self.sensors, SENSOR_POSITIONS, result["at_readings"]):
            sensor.set_center(place([(SENSOR_AHEAD, position)])[0])
            sensor.set_facecolor((1.0, 1.0 - 0.85 * reading, 1.0 - 0.85 * reading))
        for i, mark in enumerate(self.marks):
            along = (math.floor(x0 / 0.1) + i - 2) * 0.1 - x0
            mark.set_xdata([along, along])
        k = next((i for i, x in enumerate(result["x"]) if x >= x0), len(result["x"]) - 1)
        first = next((i for i in range(k, -1, -1) if x0 - result["x"][i] > 0.25), 0)
        self.trail.set_data([x - x0 for x in result["x"][first:k + 1]], result["y"][first:k + 1])


# -- the design task: reach the line fast, without swinging across it --------------------------

def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("time_to_line", "<=", 1.5, UNITS["s"], LABELS["time_to_line"]),
         Requirement("overshoot", "<=", 10.0, "%", LABELS["overshoot"]),
         Requirement("max_offset", "<=", BAND, UNITS["m"], LABELS["max_offset"]),
         Requirement("v", ">=", 0.5, UNITS["ms"], LABELS["v"])),
        title={"kk": "Тапсырма: 1,5 с ішінде сызыққа шығу, асып кету 10 %-дан аз, ±3 см жолақтан шықпау, жылдамдық кемінде 0,5 м/с",
               "ru": "Задание: выйти на линию за 1,5 с, перерегулирование меньше 10 %, не выходить из полосы ±3 см, скорость не ниже 0,5 м/с",
               "en": "Task: reach the line within 1.5 s, overshoot under 10 %, never leave the ±3 cm band, speed at least 0.5 m/s"},
    )


DESIGN_SPEC = _design_spec()
"""Reach the line (±5 mm) within 1,5 s with at most 10 % overshoot, stay within 3 cm, at 0,5 m/s or faster."""
SPEC = DESIGN_SPEC


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"kp": ..., "kd": ..., "v": ...}`` (the lab and the hidden test use this)."""
    return simulate(float(design["kp"]), float(design.get("kd", 0.0)), float(design["v"]))


@functools.lru_cache(maxsize=16)
def _run(kp: float, kd: float, v: float) -> dict[str, Any]:
    """One run of the lab (kept while only the place along the track moves: the animation costs no simulation)."""
    return design_result({"kp": kp, "kd": kd, "v": v})


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The lab: Kp, Kd and speed sliders, and a Play button that drives the robot down the track; the readout shows the metrics, the plot the path and the error.

    ``task="agv-pd"`` poses the design task :data:`DESIGN_SPEC` with a Check button;
    ``start`` sets the controls from a design dictionary.  Returns a :class:`curriculum.labs.Lab`.
    """
    from ..i18n import pick
    from .core import Animation, Lab, Slider

    controls = [
        Slider("kp", LABELS["kp"], 0.0, 200.0, 5.0, 60.0, unit=pick(UNITS["kp"])),
        Slider("kd", LABELS["kd"], 0.0, 20.0, 0.5, 0.0, unit=pick(UNITS["kd"])),
        Slider("v", LABELS["v"], 0.2, 1.0, 0.05, 0.5, unit=pick(UNITS["ms"])),
        Animation("along", LABELS["along"], 0, int(TRACK_LENGTH * 100), 5, 0, interval_ms=80, unit=pick(UNITS["cm"])),
    ]

    def model(kp: float, kd: float, v: float, along: float = 0) -> dict[str, Any]:
        result = _run(float(kp), float(kd), float(v))
        return {**result, **pose_at(result, float(along) / 100)}

    if task is None:
        return Lab(model=model, controls=controls, readout_html=_readout_html, plot=LineRobotPlot, title=TITLE,
                   start=start)
    if task != "agv-pd":
        raise ValueError(f"unknown task {task!r}: the line-robot lab poses 'agv-pd'")
    return Lab(model=model, controls=controls, readout_html=_readout_html, plot=LineRobotPlot, title=TITLE,
               spec=DESIGN_SPEC, start=start)


__all__ = [
    "BAND", "DESIGN_SPEC", "DT", "MOTOR_LAG", "OMEGA_MAX", "ON_LINE_BAND", "SENSOR_AHEAD", "SENSOR_POSITIONS",
    "SENSOR_REACH", "SPEC", "START_OFFSET", "TRACK_LENGTH", "design_result", "lap_time", "limit", "line_error",
    "make_lab", "mean_abs_error", "overshoot", "p_steer", "pd_steer", "pose_at", "sensor_readings", "simulate",
    "time_to_line",
]
