"""A car's gearbox: tractive force and speed in each gear, and the gear that climbs a 30 % slope.

The model of module ``phys-col-gearbox`` (college, vehicle maintenance). The engine's torque ``T`` reaches the
driving wheels through the gearbox (gear ratio ``i_g``) and the final drive (``i_0``), losing a share ``1 - eta``
in the drivetrain; at the wheel of radius ``r`` it pushes the car with the tractive force

    F = T * i_g * i_0 * eta / r                     (N, with T in N*m and r in m)

and the engine's speed ``n`` (rpm) gives the car's speed

    v = 2 * pi * r * n / (60 * i_g * i_0)          (m/s)

On a road rising by ``p`` per cent (``p`` metres up for 100 metres along the horizontal: tan(alpha) = p / 100,
not ``alpha = p`` degrees, nor sin(alpha) = p / 100) the car is held back by

    grade resistance    F_grade = m * g * sin(alpha)
    rolling resistance  F_roll  = f * m * g * cos(alpha)

A gear climbs the slope when its largest tractive force (at the engine's peak torque) is at least the sum. Air
resistance is left out: on a 30 % slope a car crawls, and at 50 km/h it is about 0.1 kN, a few per cent of the
resistance on the slope.

The vehicle is fictional but plausible: a compact crossover of the plant with a 2.0-litre petrol engine and a
five-speed manual gearbox (module.yml's sources give the typical values). Plain floats and no widgets:
``make_lab()`` imports ipywidgets and matplotlib only when called.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from .core import Plot, nice_ceiling, set_limits
from .inputs import number, one_of, share

G = 9.81
"""Free-fall acceleration in m/s^2."""

ENGINE_CURVE: tuple[tuple[float, float], ...] = (
    (1000, 140.0), (2000, 175.0), (3000, 195.0), (4000, 200.0), (5000, 190.0), (6000, 165.0))
"""The engine's full-load torque curve: (speed in rpm, torque in N*m), joined by straight lines (fictional, shaped
like a 2.0-litre naturally aspirated petrol engine's: peak torque at mid speed, falling towards the cut-off)."""

PEAK_TORQUE = 200.0
"""N*m: the largest torque of :data:`ENGINE_CURVE`."""
PEAK_TORQUE_SPEED = 4000.0
"""rpm: where the engine gives its peak torque."""
IDLE_SPEED = 1000.0
"""rpm: the lowest speed of the torque curve (pulling away below it stalls the engine)."""
MAX_SPEED = 6000.0
"""rpm: the engine's maximum speed (the cut-off)."""
RATIOS: tuple[float, ...] = (3.73, 2.05, 1.32, 0.97, 0.78)
"""The gear ratios of the five forward gears (typical of a five-speed manual gearbox)."""
FINAL_DRIVE = 4.1
"""The final drive's ratio i_0."""
WHEEL_RADIUS = 0.31
"""m: the wheel's dynamic (rolling) radius, a 205/60 R16 tyre."""
MASS = 1500.0
"""kg: the car's mass with the driver and a passenger."""
ROLLING = 0.015
"""The rolling resistance coefficient f of a car tyre on asphalt (typical 0.010-0.015)."""
EFFICIENCY = 0.90
"""The drivetrain's efficiency (a manual gearbox and final drive: typical 0.88-0.92)."""
GRADE = 30.0
"""%: the steepest slope of the plant's test track, which every car must climb."""


def _positive(name: str, value: float) -> float:
    """``value`` as a float above 0, else a ``ValueError`` naming it in the course language."""
    return number(name, value, positive=True)


def engine_torque(n_rpm: float) -> float:
    """The engine's full-load torque in N*m at ``n_rpm`` (between :data:`IDLE_SPEED` and :data:`MAX_SPEED`),
    read off :data:`ENGINE_CURVE` by straight lines: ``engine_torque(4000) == 200``."""
    n = number("n_rpm", n_rpm, minimum=IDLE_SPEED, maximum=MAX_SPEED)
    for (n0, t0), (n1, t1) in zip(ENGINE_CURVE, ENGINE_CURVE[1:]):
        if n <= n1:
            return t0 + (t1 - t0) * (n - n0) / (n1 - n0)
    return ENGINE_CURVE[-1][1]


def total_ratio(gear_ratio: float, final_drive: float = FINAL_DRIVE) -> float:
    """The drivetrain's total ratio, gearbox times final drive: ``i = i_g * i_0``."""
    return _positive("gear_ratio", gear_ratio) * _positive("final_drive", final_drive)


def tractive_force(torque: float, gear_ratio: float, final_drive: float = FINAL_DRIVE,
                   efficiency: float = EFFICIENCY, radius: float = WHEEL_RADIUS) -> float:
    """The tractive force in N at the driving wheels: ``F = T * i_g * i_0 * eta / r`` (T in N*m, r in m)."""
    eta = share("efficiency", efficiency, positive=True)
    return number("torque", torque) * total_ratio(gear_ratio, final_drive) * eta / _positive("radius", radius)


def road_speed(n_rpm: float, gear_ratio: float, final_drive: float = FINAL_DRIVE,
               radius: float = WHEEL_RADIUS) -> float:
    """The car's speed in m/s at engine speed ``n_rpm``: ``v = 2 pi r n / (60 i_g i_0)``."""
    return (2 * math.pi * _positive("radius", radius) * number("n_rpm", n_rpm, minimum=0)
            / (60 * total_ratio(gear_ratio, final_drive)))


def ms_to_kmh(v_ms: float) -> float:
    """m/s to km/h: multiply by 3.6."""
    return number("v_ms", v_ms) * 3.6


def grade_angle(grade_percent: float) -> float:
    """The slope's angle in radians for a grade in per cent: ``tan(alpha) = p / 100``."""
    return math.atan(number("grade_percent", grade_percent) / 100)


def grade_resistance(mass: float, grade_percent: float, g: float = G) -> float:
    """The grade resistance in N: the weight's component down the slope, ``m g sin(alpha)``."""
    return _positive("mass", mass) * g * math.sin(grade_angle(grade_percent))


def rolling_resistance(mass: float, grade_percent: float, rolling: float = ROLLING, g: float = G) -> float:
    """The rolling resistance in N: ``f m g cos(alpha)`` (the tyres press on the road with ``m g cos(alpha)``)."""
    return number("rolling", rolling, minimum=0) * _positive("mass", mass) * g * math.cos(grade_angle(grade_percent))


def resistance(mass: float, grade_percent: float, rolling: float = ROLLING, g: float = G) -> float:
    """Grade and rolling resistance together, in N (air resistance left out: the car crawls up the slope)."""
    return grade_resistance(mass, grade_percent, g) + rolling_resistance(mass, grade_percent, rolling, g)


def climbing_gear(torque: float, ratios: Sequence[float], final_drive: float, efficiency: float, radius: float,
                  resistance: float) -> int:
    """The highest gear (1 for the first) whose tractive force at ``torque`` is at least ``resistance`` (N), or 0
    when not even the first gear climbs: ``climbing_gear(200, [3.73, 2.05, 1.32], 4.1, 0.9, 0.31, 4439) == 2``."""
    best = 0
    for gear, ratio in enumerate(ratios, start=1):
        if tractive_force(torque, ratio, final_drive, efficiency, radius) >= resistance:
            best = gear
    return best


def power_kw(torque: float, n_rpm: float) -> float:
    """The engine's power in kW: ``P = T * 2 pi n / 60``."""
    return number("torque", torque) * 2 * math.pi * number("n_rpm", n_rpm) / 60 / 1000


def state(gear: int, grade: float = GRADE, mass: float = MASS, n: float = PEAK_TORQUE_SPEED,
          final_drive: float = FINAL_DRIVE) -> dict[str, Any]:
    """Everything the lab shows: the car in ``gear`` (1-5) with the engine at ``n`` rpm at full load, on a slope of
    ``grade`` per cent. Forces in N, speeds in m/s and km/h."""
    gear = one_of("gear", gear, range(1, len(RATIOS) + 1))
    ratio = RATIOS[gear - 1]
    torque = engine_torque(n)
    force = tractive_force(torque, ratio, final_drive)
    peak = tractive_force(PEAK_TORQUE, ratio, final_drive)
    grade_part, rolling_part = grade_resistance(mass, grade), rolling_resistance(mass, grade)
    total = grade_part + rolling_part
    v = road_speed(n, ratio, final_drive)
    return {"gear": gear, "ratio": ratio, "final_drive": float(final_drive), "total_ratio": ratio * final_drive,
            "grade": float(grade), "angle_deg": math.degrees(grade_angle(grade)), "mass": float(mass),
            "n": float(n), "torque": torque, "force": force, "peak_force": peak, "v_ms": v, "v_kmh": ms_to_kmh(v),
            "v_max_kmh": ms_to_kmh(road_speed(MAX_SPEED, ratio, final_drive)),
            "grade_resistance": grade_part, "rolling_resistance": rolling_part, "resistance": total,
            "margin": peak - total, "excess": force - total, "climbs": peak >= total}


# -- the lab --------------------------------------------------------------------------------

TITLE = {"kk": "Сынақ трассасының еңісі: қай берілісте көтеріледі?",
         "ru": "Подъём испытательного трека: на какой передаче автомобиль въедет?",
         "en": "The test track's hill: in which gear does the car climb?"}
LABELS = {
    "gear": {"kk": "Беріліс", "ru": "Передача", "en": "Gear"},
    "grade": {"kk": "Жол еңісі", "ru": "Уклон дороги", "en": "Road grade"},
    "mass": {"kk": "Автомобильдің массасы", "ru": "Масса автомобиля", "en": "Mass of the car"},
    "n": {"kk": "Қозғалтқыштың айналу жиілігі", "ru": "Частота вращения двигателя", "en": "Engine speed"},
    "final_drive": {"kk": "Басты берілістің беріліс саны i₀", "ru": "Передаточное число главной передачи i₀",
                    "en": "Final drive ratio i₀"},
    "ratio": {"kk": "Беріліс саны i", "ru": "Передаточное число i", "en": "Gear ratio i"},
    "total_ratio": {"kk": "Жалпы беріліс саны i·i₀", "ru": "Общее передаточное число i·i₀",
                    "en": "Total ratio i·i₀"},
    "torque": {"kk": "Қозғалтқыштың айналдыру моменті", "ru": "Крутящий момент двигателя", "en": "Engine torque"},
    "speed": {"kk": "Жылдамдық", "ru": "Скорость", "en": "Speed"},
    "force": {"kk": "Тарту күші", "ru": "Сила тяги", "en": "Tractive force"},
    "peak_force": {"kk": "Осы берілістегі ең үлкен тарту күші", "ru": "Наибольшая сила тяги на этой передаче",
                   "en": "Largest tractive force in this gear"},
    "grade_resistance": {"kk": "Көтерілу кедергісі", "ru": "Сопротивление подъёму", "en": "Grade resistance"},
    "rolling_resistance": {"kk": "Домалау кедергісі", "ru": "Сопротивление качению", "en": "Rolling resistance"},
    "resistance": {"kk": "Жалпы кедергі", "ru": "Суммарное сопротивление", "en": "Total resistance"},
    "margin": {"kk": "Тарту күшінің қоры", "ru": "Запас силы тяги", "en": "Reserve of tractive force"},
    "v_max": {"kk": "Берілістегі ең үлкен жылдамдық", "ru": "Наибольшая скорость на передаче",
              "en": "Top speed in the gear"},
    "climbs": {"kk": "Көтеріледі", "ru": "Въезжает", "en": "Climbs"},
    "stalls": {"kk": "Көтеріле алмайды", "ru": "Не въезжает", "en": "Does not climb"},
    "axis_speed": {"kk": "Жылдамдық, км/сағ", "ru": "Скорость, км/ч", "en": "Speed, km/h"},
    "axis_force": {"kk": "Күш, кН", "ru": "Сила, кН", "en": "Force, kN"},
    "gear_n": {"kk": "{}-беріліс", "ru": "{}-я передача", "en": "gear {}"},
    "now": {"kk": "Қазіргі нүкте", "ru": "Текущая точка", "en": "Now"},
}
UNITS = {
    "rpm": {"kk": "айн/мин", "ru": "об/мин", "en": "rpm"},
    "kmh": {"kk": "км/сағ", "ru": "км/ч", "en": "km/h"},
    "ms": {"kk": "м/с", "ru": "м/с", "en": "m/s"},
    "kn": {"kk": "кН", "ru": "кН", "en": "kN"},
    "n": {"kk": "Н", "ru": "Н", "en": "N"},
    "nm": {"kk": "Н·м", "ru": "Н·м", "en": "N·m"},
    "kg": {"kk": "кг", "ru": "кг", "en": "kg"},
}
GEAR_COLOURS = ("#08519c", "#3182bd", "#6baed6", "#9ecae1", "#c6dbef")
FORCE_COLOUR, GRADE_COLOUR, ROLLING_COLOUR, CAR_COLOUR = "#1a7f37", "#cf222e", "#e6842a", "#2b5c8a"
FORCE_SCALE = 2000.0
"""N per unit of length of a force arrow in the picture (the slope is 12 units long)."""


def _readout_html(result: Mapping[str, Any]) -> str:
    from ..i18n import pick
    from ..numbers import format_decimal, format_number

    kn = pick(UNITS["kn"])

    def row(key: str, value: str, bold: bool = False) -> str:
        cell = f"<b>{value}</b>" if bold else value
        return f"<tr><td style='padding-right:1em'>{pick(LABELS[key])}</td><td>{cell}</td></tr>"

    verdict = pick(LABELS["climbs" if result["climbs"] else "stalls"])
    colour = FORCE_COLOUR if result["climbs"] else GRADE_COLOUR
    rows = [
        row("ratio", format_decimal(result["ratio"], 2)),
        row("total_ratio", format_decimal(result["total_ratio"], 2)),
        row("torque", f"{format_number(result['torque'], 3)} {pick(UNITS['nm'])} "
                      f"({format_decimal(result['n'], 0)} {pick(UNITS['rpm'])})"),
        row("speed", f"{format_decimal(result['v_kmh'], 1)} {pick(UNITS['kmh'])} = "
                     f"{format_decimal(result['v_ms'], 1)} {pick(UNITS['ms'])}"),
        row("force", f"{format_decimal(result['force'] / 1000, 2)} {kn}", bold=True),
        row("peak_force", f"{format_decimal(result['peak_force'] / 1000, 2)} {kn}"),
        row("grade_resistance", f"{format_decimal(result['grade_resistance'] / 1000, 2)} {kn}"),
        row("rolling_resistance", f"{format_decimal(result['rolling_resistance'] / 1000, 2)} {kn}"),
        row("resistance", f"{format_decimal(result['resistance'] / 1000, 2)} {kn}", bold=True),
        row("v_max", f"{format_decimal(result['v_max_kmh'], 1)} {pick(UNITS['kmh'])}"),
    ]
    return ("<table class='gearbox-readout'>" + "".join(rows) + "</table>"
            f"<p style='color:{colour}'><b>{verdict}</b></p>")


def _rotate(points: Sequence[tuple[float, float]], angle: float, origin: tuple[float, float]) -> list[tuple[float, float]]:
    c, s = math.cos(angle), math.sin(angle)
    return [(origin[0] + x * c - y * s, origin[1] + x * s + y * c) for x, y in points]


CAR_BODY = ((-2.0, 0.35), (-2.0, 0.95), (-1.0, 1.0), (-0.45, 1.5), (0.8, 1.5), (1.35, 1.0), (2.0, 0.85), (2.0, 0.35))
"""The car's outline seen from the side, in units of the picture, its wheels' contact line at y = 0."""
WHEELS = (-1.25, 1.25)
WHEEL_R = 0.38


class GearboxPlot(Plot):
    """Above: the car on the slope drawn at its true angle (the grade triangle 100 : p with the angle written on it),
    the tractive force pushing it up the slope and the grade and rolling resistances holding it back, as arrows
    whose lengths are the forces, and whether it climbs; the wheels turn with the engine speed. Below: the traction
    diagram: the tractive force of each gear against the speed over the engine's whole speed range, the chosen
    gear drawn bold, the resistance of the slope as a line, and the point where the engine runs now. A gear
    whose curve reaches above the line climbs the slope."""

    size = (7.0, 6.0)
    margins = (0.75, 0.2, 0.55, 0.15)

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Circle, Polygon

        from ..i18n import pick

        width, height = self.size
        scene = self.scene = figure.add_axes((0.1 / width, 3.45 / height, 6.8 / width, 2.45 / height))
        scene.set_xlim(-1.0, 15.0)
        scene.set_ylim(-0.5, 5.3)
        scene.set_aspect("equal", adjustable="box")
        scene.axis("off")
        self.ground = self.dynamic(scene.add_patch(Polygon([(0, 0), (12, 0), (12, 0)], closed=True,
                                                           color="#d9d9d9", zorder=0)))
        self.run_text = self.dynamic(scene.text(6.0, -0.35, "100", ha="center", va="top", fontsize=8))
        self.rise_text = self.dynamic(scene.text(12.15, 0.5, "", ha="left", va="center", fontsize=8))
        self.angle_text = self.dynamic(scene.text(1.6, 0.08, "", ha="left", va="bottom", fontsize=8))
        self.body = self.dynamic(scene.add_patch(Polygon(CAR_BODY, closed=True, color=CAR_COLOUR, zorder=3)))
        self.wheels = [self.dynamic(scene.add_patch(Circle((0, 0), WHEEL_R, color="#222222", zorder=4)))
                       for _ in WHEELS]
        self.spokes = [self.dynamic(scene.plot([], [], color="white", lw=1.5, zorder=5)[0]) for _ in WHEELS]
        self.arrows = {key: self.dynamic(scene.annotate("", xy=(0, 0), xytext=(0, 0), zorder=6,
                                                         arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2.5}))
                       for key, colour in (("force", FORCE_COLOUR), ("grade_resistance", GRADE_COLOUR),
                                           ("rolling_resistance", ROLLING_COLOUR))}
        self.arrow_texts = {key: self.dynamic(scene.text(0, 0, "", fontsize=8, color=colour, ha="center",
                                                         va="bottom", zorder=6))
                            for key, colour in (("force", FORCE_COLOUR), ("grade_resistance", GRADE_COLOUR),
                                                ("rolling_resistance", ROLLING_COLOUR))}
        self.verdict = self.dynamic(scene.text(-0.8, 5.0, "", fontsize=10, fontweight="bold", ha="left", va="top"))

        ax = self.ax = figure.add_axes((0.75 / width, 0.55 / height, 6.05 / width, 2.6 / height))
        self.curves = [self.dynamic(ax.plot([], [], color=colour, lw=1.5, label=pick(LABELS["gear_n"]).format(k))[0])
                       for k, colour in enumerate(GEAR_COLOURS, start=1)]
        self.resistance_line = self.dynamic(ax.plot([], [], color=GRADE_COLOUR, ls="--", lw=1.5,
                                                    label=pick(LABELS["resistance"]))[0])
        self.now = self.dynamic(ax.plot([], [], "o", color="black", label=pick(LABELS["now"]))[0])
        ax.set_xlabel(pick(LABELS["axis_speed"]))
        ax.set_ylabel(pick(LABELS["axis_force"]))
        ax.grid(alpha=0.3)
        self.legend(ax, [*self.curves, self.resistance_line, self.now], loc="upper right", fontsize=7, ncol=2)

    def update(self, result: Mapping[str, Any]) -> None:
        from ..i18n import pick
        from ..numbers import format_decimal

        kn = pick(UNITS["kn"])
        situation = (result["grade"], result["mass"], result["final_drive"], result["gear"])
        alpha = math.radians(result["angle_deg"])
        if situation != getattr(self, "situation", None):
            self.situation = situation
            top = 12 * result["grade"] / 100
            self.ground.set_xy([(0, 0), (12, 0), (12, top)])
            self.rise_text.set_position((12.15, top / 2))
            self.rise_text.set_text(format_decimal(result["grade"], 0))
            self.angle_text.set_text(f"α = {format_decimal(result['angle_deg'], 1)}°")
            speeds_max = 0.0
            for k, (curve, ratio) in enumerate(zip(self.curves, RATIOS), start=1):
                ns = [IDLE_SPEED + (MAX_SPEED - IDLE_SPEED) * j / 50 for j in range(51)]
                vs = [ms_to_kmh(road_speed(n, ratio, result["final_drive"])) for n in ns]
                fs = [tractive_force(engine_torque(n), ratio, result["final_drive"]) / 1000 for n in ns]
                curve.set_data(vs, fs)
                curve.set_linewidth(3.0 if k == result["gear"] else 1.2)
                speeds_max = max(speeds_max, vs[-1])
            self.resistance_line.set_data([0, speeds_max], [result["resistance"] / 1000] * 2)
            highest = max(tractive_force(PEAK_TORQUE, RATIOS[0], result["final_drive"]), result["resistance"])
            set_limits(self.ax, x=(0, nice_ceiling(speeds_max)), y=(0, nice_ceiling(highest / 1000 * 1.1)))
        self.now.set_data([result["v_kmh"]], [result["force"] / 1000])
        # the car halfway up the slope, turned by the slope's angle; its wheels turn with the engine speed
        base = (4.5, 4.5 * result["grade"] / 100)
        self.body.set_xy(_rotate(CAR_BODY, alpha, base))
        turn = result["n"] / result["total_ratio"] / 60
        for wheel, spoke, x in zip(self.wheels, self.spokes, WHEELS):
            centre = _rotate([(x, WHEEL_R)], alpha, base)[0]
            wheel.center = centre
            a = -turn
            spoke.set_data([centre[0] - WHEEL_R * math.cos(a), centre[0] + WHEEL_R * math.cos(a)],
                           [centre[1] - WHEEL_R * math.sin(a), centre[1] + WHEEL_R * math.sin(a)])
        up = (math.cos(alpha), math.sin(alpha))
        front = _rotate([(2.0, 0.8)], alpha, base)[0]
        rear = _rotate([(-2.0, 0.8)], alpha, base)[0]
        lower = _rotate([(-2.0, 0.15)], alpha, base)[0]
        for key, start, sign, lift in (("force", front, 1, 0.25), ("grade_resistance", rear, -1, 0.25),
                                       ("rolling_resistance", lower, -1, -0.55)):
            length = result[key] / FORCE_SCALE
            end = (start[0] + sign * up[0] * length, start[1] + sign * up[1] * length)
            arrow = self.arrows[key]
            arrow.xy, arrow.xyann = end, start
            label = self.arrow_texts[key]
            label.set_position(((start[0] + end[0]) / 2 - up[1] * lift, (start[1] + end[1]) / 2 + up[0] * lift))
            label.set_text(f"{pick(LABELS[key])}: {format_decimal(result[key] / 1000, 2)} {kn}")
        climbs = result["excess"] >= 0
        self.verdict.set_text(pick(LABELS["climbs" if climbs else "stalls"]))
        self.verdict.set_color(FORCE_COLOUR if climbs else GRADE_COLOUR)


# -- the design task: the final drive of the loaded car -------------------------------------------

LOADED_MASS = 1700.0
"""kg: the car fully loaded (five people and luggage), the mass of the design task."""
DESIGN_MIN_GEAR = 2
DESIGN_MIN_SPEED = 75.0
"""km/h: the top speed the climbing gear must still reach at the engine's maximum speed."""
DESIGN_START = {"gear": 2, "final_drive": FINAL_DRIVE}


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("margin", ">=", 0.0, UNITS["n"], LABELS["margin"]),
         Requirement("gear", ">=", float(DESIGN_MIN_GEAR), "", LABELS["gear"]),
         Requirement("v_max_kmh", ">=", DESIGN_MIN_SPEED, UNITS["kmh"], LABELS["v_max"])),
        title={"kk": "Тапсырма: толық жүктелген автомобиль (1700 кг) 30 % еңіске кемінде 2-берілісте көтерілсін, ал "
                     "сол берілісте 75 км/сағ-қа дейін үдей алсын",
               "ru": "Задание: полностью загруженный автомобиль (1700 кг) въезжает на подъём 30 % не ниже чем на 2-й "
                     "передаче и на этой передаче разгоняется до 75 км/ч",
               "en": "Task: the fully loaded car (1700 kg) climbs the 30 % slope in 2nd gear or higher and still "
                     "reaches 75 km/h in that gear"},
    )


DESIGN_SPEC = _design_spec()
"""The loaded car climbs 30 % in gear 2 or higher, and that gear reaches 75 km/h at the engine's maximum speed."""


def design_result(design: Mapping[str, Any]) -> dict[str, Any]:
    """What the model says of a design ``{"gear": ..., "final_drive": ...}`` on the 30 % slope, fully loaded (the
    lab and the hidden test use this)."""
    return state(design["gear"], GRADE, LOADED_MASS, PEAK_TORQUE_SPEED, design["final_drive"])


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The lab: gear, road grade (%), mass (kg) and the engine speed (a Play button sweeps it from idle to the
    cut-off); the car on the slope with its forces, and the traction diagram of all five gears with the slope's
    resistance. ``task="loaded-30"`` poses the design task (grade 30 %, the loaded car; the controls are the gear
    and the final drive ratio) with a Check button. ``lab.set(gear=..., grade=..., mass=..., n=...)`` moves the
    controls from code."""
    from ..i18n import pick
    from .core import Animation, Lab, Slider

    gear = Slider("gear", LABELS["gear"], 1, len(RATIOS), 1, 1, whole=True)
    engine = Animation("n", LABELS["n"], min=int(IDLE_SPEED), max=int(MAX_SPEED), step=100,
                       value=int(PEAK_TORQUE_SPEED), interval_ms=80, unit=pick(UNITS["rpm"]))
    if task is None:
        controls = [gear, Slider("grade", LABELS["grade"], 0, 40, 1, GRADE, unit="%"),
                    Slider("mass", LABELS["mass"], 1200, 2200, 50, MASS, unit=pick(UNITS["kg"])), engine]
        return Lab(model=lambda gear, grade, mass, n: state(gear, grade, mass, n), controls=controls,
                   readout_html=_readout_html, plot=GearboxPlot, title=TITLE, start=start)
    if task != "loaded-30":
        raise ValueError(f"unknown task {task!r}: the gearbox lab poses 'loaded-30'")
    controls = [gear, Slider("final_drive", LABELS["final_drive"], 3.0, 5.0, 0.05, FINAL_DRIVE), engine]
    return Lab(model=lambda gear, final_drive, n: state(gear, GRADE, LOADED_MASS, n, final_drive),
               controls=controls, readout_html=_readout_html, plot=GearboxPlot, title=TITLE, spec=DESIGN_SPEC,
               start=start)


__all__ = [
    "DESIGN_SPEC", "EFFICIENCY", "ENGINE_CURVE", "FINAL_DRIVE", "G", "GRADE", "IDLE_SPEED", "LOADED_MASS", "MASS",
    "MAX_SPEED", "PEAK_TORQUE", "PEAK_TORQUE_SPEED", "RATIOS", "ROLLING", "WHEEL_RADIUS", "climbing_gear",
    "design_result", "engine_torque", "grade_angle", "grade_resistance", "make_lab", "ms_to_kmh", "power_kw",
    "resistance", "road_speed", "rolling_resistance", "state", "total_ratio", "tractive_force",
]
