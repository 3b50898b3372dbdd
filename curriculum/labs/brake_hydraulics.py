"""A car's hydraulic brakes: from the driver's foot to the pads' clamping force, the braking torque, the car's
deceleration and the disc's temperature rise.

The model of module ``phys-col-brake-hydraulics`` (college, vehicle maintenance). The chain, stage by stage:

    pedal lever         F_rod   = F_p * i                  (the pedal ratio i: the lever's arms)
    vacuum booster      F_mc    = B * F_rod                (the booster's ratio B)
    master cylinder     p       = F_mc / A_mc              (A = pi d^2 / 4; Pascal's law: the same p everywhere)
    caliper             F_cl    = eta * p * A_c            (eta: the seals' and pistons' friction)
    two pads            F_fr    = 2 * mu * F_cl            (a floating caliper presses both pads with F_cl)
    disc                T       = F_fr * r                 (r: the pads' effective radius on the disc)
    road                F_x     = 2 * (T_front + T_rear) / R_tyre,  a = F_x / m

The pressure is the same at every caliper (Pascal's law), the forces are not: a caliper of twice the diameter
clamps four times as hard. The front brakes' share of the braking is their share of the torque,
A_front r_front / (A_front r_front + A_rear r_rear), the same at every pressure (no proportioning valve).

A stop from speed v turns the car's kinetic energy m v^2 / 2 into heat in the discs, each front disc taking half
of the front share; a short stop leaves no time for cooling, so a disc of mass m_d warms by
dT = E_disc / (m_d * c). Repeated stops add up: the pads fade when they get too hot.

The brake system is fictional but plausible (module.yml's sources give the typical values). Plain floats and no
widgets: ``make_lab()`` imports ipywidgets and matplotlib only when called. Diameters are in millimetres, the
unit of a parts catalogue; every other quantity is in SI units (N, Pa, m, kg, m/s^2).

>>> round(line_pressure(150) / 1e5, 1)
67.8
>>> round(front_share(), 3)
0.734
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from .core import Plot
from .inputs import number, share

G = 9.81
"""Free-fall acceleration in m/s^2."""
MASS = 1500.0
"""kg: the crossover with the driver and a passenger (the car of phys-col-gearbox)."""
LOADED_MASS = 1700.0
"""kg: the crossover fully loaded, the mass of the design task."""
TYRE_RADIUS = 0.31
"""m: the tyre's dynamic rolling radius (205/60 R16)."""
PEDAL_RATIO = 3.5
"""The pedal lever's ratio: the foot pad's arm over the pushrod's arm (typical about 3-6)."""
BOOST = 5.0
"""The vacuum booster's ratio: its output force over the pushrod's force (typically 4-8; a typical value)."""
EFFICIENCY = 0.95
"""The hydraulics' efficiency: what the seals' and pistons' friction leaves of p * A at the caliper (a typical
value, not a norm's)."""
MU = 0.40
"""The friction coefficient of pad on disc (passenger car pads about 0.3-0.45; a typical value)."""
MASTER_D = 22.2
"""mm: the master cylinder's bore (7/8 inch, 22.2 mm)."""
FRONT_D = 54.0
"""mm: the piston of a front floating caliper (typical 48-57 mm)."""
REAR_D = 34.0
"""mm: the piston of a rear caliper."""
FRONT_R = 0.115
"""m: the pads' effective radius on a front disc (a ventilated disc of 280 mm diameter)."""
REAR_R = 0.105
"""m: the pads' effective radius on a rear disc (a solid disc of 260 mm diameter)."""
DISC_MASS = 6.0
"""kg: a front disc's mass (ventilated, 280 x 24 mm)."""
IRON_HEAT = 460.0
"""J/(kg K): the specific heat capacity of grey cast iron at room temperature (about 460-540, more when hot; school
tables give 540 for cast iron)."""
STOP_SPEED = 100.0
"""km/h: the speed of UN R13-H's type-0 test and of the stops in the lessons."""
R13H_DECELERATION = 6.43
"""m/s^2: the mean fully developed deceleration UN R13-H's type-0 test asks of a passenger car's service brake
(Annex 3; quoted from memory, see module.yml's sources)."""
R13H_MAX_FORCE = 500.0
"""N: the largest force on the pedal UN R13-H allows in that test."""
FOOT_FORCE = 150.0
"""N: the driver's push on the pedal in the lessons' examples (a firm stop)."""


def _diameter(name: str, value: Any) -> float:
    return number(name, value, positive=True)


def piston_area(diameter_mm: float) -> float:
    """The area in m^2 of a piston of diameter ``diameter_mm`` millimetres: ``pi d^2 / 4``."""
    d = _diameter("diameter_mm", diameter_mm) / 1000
    return math.pi * d * d / 4


def master_force(foot_force: float, pedal_ratio: float = PEDAL_RATIO, boost: float = BOOST) -> float:
    """The force in N on the master cylinder's piston: the foot's push times the pedal ratio and the booster's."""
    return (number("foot_force", foot_force, minimum=0) * number("pedal_ratio", pedal_ratio, positive=True)
            * number("boost", boost, minimum=1))


def line_pressure(foot_force: float, d_mc: float = MASTER_D, pedal_ratio: float = PEDAL_RATIO,
                  boost: float = BOOST) -> float:
    """The line pressure in Pa: ``p = F_mc / A_mc``."""
    return master_force(foot_force, pedal_ratio, boost) / piston_area(_diameter("d_mc", d_mc))


def clamp_force(pressure: float, d_caliper: float, efficiency: float = EFFICIENCY) -> float:
    """The force in N with which a caliper presses each pad on the disc: ``eta * p * A_c``."""
    return (share("efficiency", efficiency, positive=True) * number("pressure", pressure, minimum=0)
            * piston_area(_diameter("d_caliper", d_caliper)))


def friction_force(clamp: float, mu: float = MU) -> float:
    """The friction force in N of both pads on the disc: ``2 * mu * F_cl`` (a pad on each face)."""
    return 2 * number("mu", mu, positive=True) * number("clamp", clamp, minimum=0)


def disc_torque(foot_force: float, d_caliper: float = FRONT_D, radius: float = FRONT_R, d_mc: float = MASTER_D,
                mu: float = MU, pedal_ratio: float = PEDAL_RATIO, boost: float = BOOST,
                efficiency: float = EFFICIENCY) -> float:
    """The braking torque in N m of one disc: ``2 mu eta F_p i B (d_c / d_mc)^2 r``."""
    pressure = line_pressure(foot_force, d_mc, pedal_ratio, boost)
    return friction_force(clamp_force(pressure, d_caliper, efficiency), mu) * number("radius", radius, positive=True)


def torque_per_pressure(d_front: float = FRONT_D, d_rear: float = REAR_D, mu: float = MU,
                        efficiency: float = EFFICIENCY) -> float:
    """N m per Pa: the braking torque of all four discs for each pascal of line pressure."""
    front = piston_area(_diameter("d_front", d_front)) * FRONT_R
    rear = piston_area(_diameter("d_rear", d_rear)) * REAR_R
    return 2 * 2 * number("mu", mu, positive=True) * share("efficiency", efficiency, positive=True) * (front + rear)


def front_share(d_front: float = FRONT_D, d_rear: float = REAR_D) -> float:
    """The front brakes' share of the braking torque (the same at every line pressure)."""
    front = piston_area(_diameter("d_front", d_front)) * FRONT_R
    rear = piston_area(_diameter("d_rear", d_rear)) * REAR_R
    return front / (front + rear)


def deceleration(foot_force: float, mass: float = MASS, d_mc: float = MASTER_D, d_front: float = FRONT_D,
                 d_rear: float = REAR_D, mu: float = MU, pedal_ratio: float = PEDAL_RATIO) -> float:
    """The car's deceleration in m/s^2 for a push of ``foot_force`` N on the pedal (the tyres' grip left out:
    above about 0.9 g the wheels lock, or the ABS holds them)."""
    pressure = line_pressure(foot_force, d_mc, pedal_ratio)
    return pressure * torque_per_pressure(d_front, d_rear, mu) / TYRE_RADIUS / number("mass", mass, positive=True)


def pressure_for(decel: float, mass: float = MASS, d_front: float = FRONT_D, d_rear: float = REAR_D,
                 mu: float = MU) -> float:
    """The line pressure in Pa that brakes the car with ``decel`` m/s^2."""
    force = number("mass", mass, positive=True) * number("decel", decel, minimum=0)
    return force * TYRE_RADIUS / torque_per_pressure(d_front, d_rear, mu)


def pedal_force(decel: float, mass: float, d_mc: float, d_front: float, d_rear: float) -> float:
    """The push on the pedal in N that brakes a car of ``mass`` kg with ``decel`` m/s^2, with the cylinders'
    diameters in mm and the crossover's other data (pedal ratio, booster, efficiency, mu, radii)."""
    pressure = pressure_for(decel, mass, d_front, d_rear)
    return pressure * piston_area(_diameter("d_mc", d_mc)) / (PEDAL_RATIO * BOOST)


def stop_energy(mass: float = MASS, v_kmh: float = STOP_SPEED) -> float:
    """The kinetic energy in J of a car of ``mass`` kg at ``v_kmh`` km/h: ``m v^2 / 2`` with v in m/s."""
    v = number("v_kmh", v_kmh, minimum=0) / 3.6
    return number("mass", mass, positive=True) * v * v / 2


def disc_warming(mass: float = MASS, v_kmh: float = STOP_SPEED, front: float | None = None,
                 disc_mass: float = DISC_MASS, heat: float = IRON_HEAT) -> float:
    """The temperature rise in K of one front disc in a stop from ``v_kmh`` to rest: half the front share of the
    car's kinetic energy, all of it kept in the disc (a stop of a few seconds leaves no time for cooling)."""
    part = front_share() if front is None else share("front", front)
    return (stop_energy(mass, v_kmh) * part / 2
            / (number("disc_mass", disc_mass, positive=True) * number("heat", heat, positive=True)))


def state(foot_force: float = FOOT_FORCE, pedal_ratio: float = PEDAL_RATIO, d_mc: float = MASTER_D,
          d_front: float = FRONT_D, mu: float = MU, mass: float = MASS) -> dict[str, Any]:
    """Everything the lab shows, stage by stage, for a push of ``foot_force`` N on the pedal."""
    rod = number("foot_force", foot_force, minimum=0) * number("pedal_ratio", pedal_ratio, positive=True)
    push = master_force(foot_force, pedal_ratio)
    pressure = line_pressure(foot_force, d_mc, pedal_ratio)
    clamp = clamp_force(pressure, d_front)
    friction = friction_force(clamp, mu)
    torque = friction * FRONT_R
    decel = deceleration(foot_force, mass, d_mc, d_front, REAR_D, mu, pedal_ratio)
    return {"foot_force": float(foot_force), "pedal_ratio": float(pedal_ratio), "d_mc": float(d_mc),
            "d_front": float(d_front), "mu": float(mu), "mass": float(mass), "rod_force": rod, "master_force": push,
            "pressure": pressure, "pressure_bar": pressure / 1e5, "clamp": clamp, "friction": friction,
            "torque": torque, "front_share": front_share(d_front), "deceleration": decel, "g_units": decel / G,
            "slope": decel / foot_force if foot_force else deceleration(1, mass, d_mc, d_front, REAR_D, mu, pedal_ratio)}


# -- the design task: the cylinders of the loaded car ---------------------------------------------------

DESIGN_MIN_FORCE = 100.0
"""N: the least push on the pedal for the type-0 stop (a lighter pedal is too touchy to dose)."""
DESIGN_MAX_FORCE = 150.0
"""N: the most push on the pedal for the type-0 stop (the plant's pedal-feel target, fictional)."""
DESIGN_MAX_PRESSURE = 60.0
"""bar: the most line pressure for the type-0 stop (fictional: the rest of the range is kept for harder stops)."""
DESIGN_START = {"d_mc": MASTER_D, "d_front": FRONT_D}


def design_result(design: Mapping[str, Any]) -> dict[str, Any]:
    """What the model says of a design ``{"d_mc": ..., "d_front": ...}`` (mm) for the loaded car's stop with
    R13-H's deceleration (the lab and the hidden test use this)."""
    d_mc = _diameter("d_mc", design["d_mc"])
    d_front = _diameter("d_front", design["d_front"])
    force = pedal_force(R13H_DECELERATION, LOADED_MASS, d_mc, d_front, REAR_D)
    pressure = pressure_for(R13H_DECELERATION, LOADED_MASS, d_front, REAR_D)
    return {"d_mc": d_mc, "d_front": d_front, "design_force": force, "design_pressure_bar": pressure / 1e5,
            **state(force, PEDAL_RATIO, d_mc, d_front, MU, LOADED_MASS)}


# -- the lab --------------------------------------------------------------------------------

TITLE = {"kk": "Тежеу жетегі: педальдан дискіге дейін",
         "ru": "Тормозной привод: от педали до диска",
         "en": "The brake system: from the pedal to the disc"}
LABELS = {
    "foot_force": {"kk": "Педальға басу күші", "ru": "Сила нажатия на педаль", "en": "Push on the pedal"},
    "pedal_ratio": {"kk": "Педальдың беріліс саны", "ru": "Передаточное число педали", "en": "Pedal ratio"},
    "d_mc": {"kk": "Бас цилиндрдің диаметрі", "ru": "Диаметр главного цилиндра", "en": "Master cylinder bore"},
    "d_front": {"kk": "Алдыңғы суппорт поршенінің диаметрі", "ru": "Диаметр поршня переднего суппорта",
                "en": "Front caliper piston"},
    "mu": {"kk": "Колодка мен дискінің үйкеліс коэффициенті", "ru": "Коэффициент трения колодки о диск",
           "en": "Pad-disc friction coefficient"},
    "rod_force": {"kk": "Итергіштегі күш (педальдан кейін)", "ru": "Сила на штоке (после педали)",
                  "en": "Pushrod force (after the pedal)"},
    "master_force": {"kk": "Бас цилиндр поршеніне түсетін күш (күшейткіштен кейін)",
                     "ru": "Сила на поршне главного цилиндра (после усилителя)",
                     "en": "Force on the master piston (after the booster)"},
    "pressure": {"kk": "Жетектегі қысым", "ru": "Давление в приводе", "en": "Line pressure"},
    "clamp": {"kk": "Суппорттың қысу күші", "ru": "Сила прижатия суппорта", "en": "Caliper clamping force"},
    "friction": {"kk": "Екі колодканың үйкеліс күші", "ru": "Сила трения двух колодок",
                 "en": "Friction force of both pads"},
    "torque": {"kk": "Алдыңғы дискінің тежеу моменті", "ru": "Тормозной момент переднего диска",
               "en": "Braking torque of a front disc"},
    "front_share": {"kk": "Алдыңғы тежегіштердің үлесі", "ru": "Доля передних тормозов", "en": "Front brakes' share"},
    "deceleration": {"kk": "Автомобильдің баяулауы", "ru": "Замедление автомобиля", "en": "The car's deceleration"},
    "design_force": {"kk": "Сынақтағы тежеуге педаль күші", "ru": "Сила на педали для испытательного торможения",
                     "en": "Push on the pedal for the test stop"},
    "design_pressure": {"kk": "Сынақтағы тежеудегі қысым", "ru": "Давление при испытательном торможении",
                        "en": "Line pressure in the test stop"},
    "axis_force": {"kk": "Педальға басу күші, Н", "ru": "Сила нажатия на педаль, Н", "en": "Push on the pedal, N"},
    "axis_decel": {"kk": "Баяулау, м/с²", "ru": "Замедление, м/с²", "en": "Deceleration, m/s²"},
    "line": {"kk": "Осы тежегіштермен", "ru": "С этими тормозами", "en": "With these brakes"},
    "r13h": {"kk": "R13-H талабы, 6,43 м/с²", "ru": "Требование R13-H, 6,43 м/с²",
             "en": "R13-H requirement, 6.43 m/s²"},
    "grip": {"kk": "Шиналардың жолмен ілінісу шегі (≈ 0,9 g)", "ru": "Предел сцепления шин с дорогой (≈ 0,9 g)",
             "en": "Tyres' grip on the road (≈ 0.9 g)"},
    "now": {"kk": "Қазіргі нүкте", "ru": "Текущая точка", "en": "Now"},
    "pedal": {"kk": "педаль", "ru": "педаль", "en": "pedal"},
    "booster": {"kk": "күшейткіш", "ru": "усилитель", "en": "booster"},
    "master": {"kk": "бас цилиндр", "ru": "главный цилиндр", "en": "master cylinder"},
    "caliper": {"kk": "суппорт", "ru": "суппорт", "en": "caliper"},
    "disc": {"kk": "диск", "ru": "диск", "en": "disc"},
}
UNITS = {
    "n": {"kk": "Н", "ru": "Н", "en": "N"},
    "kn": {"kk": "кН", "ru": "кН", "en": "kN"},
    "bar": {"kk": "бар", "ru": "бар", "en": "bar"},
    "mpa": {"kk": "МПа", "ru": "МПа", "en": "MPa"},
    "knm": {"kk": "кН·м", "ru": "кН·м", "en": "kN·m"},
    "ms2": {"kk": "м/с²", "ru": "м/с²", "en": "m/s²"},
    "mm": {"kk": "мм", "ru": "мм", "en": "mm"},
    "kg": {"kk": "кг", "ru": "кг", "en": "kg"},
}
GRIP = 0.9 * G
"""m/s^2: about the most a car's tyres give on dry asphalt (phys-09-braking: mu of dry asphalt up to about 0.9)."""
FORCE_COLOUR, FLUID_COLOUR, METAL_COLOUR, PAD_COLOUR = "#1a7f37", "#c0392b", "#7f8c8d", "#6e4b2a"
MAX_FOOT_FORCE = 500.0
DECEL_AXIS = 15.0
"""m/s^2: the graph's top, well above the tyres' grip (a steeper line leaves the graph where no tyre could follow)."""


def _readout_html(result: Mapping[str, Any]) -> str:
    from ..i18n import pick
    from ..numbers import format_decimal

    def row(key: str, value: str, bold: bool = False) -> str:
        cell = f"<b>{value}</b>" if bold else value
        return f"<tr><td style='padding-right:1em'>{pick(LABELS[key])}</td><td>{cell}</td></tr>"

    n, kn = pick(UNITS["n"]), pick(UNITS["kn"])
    rows = [
        row("rod_force", f"{format_decimal(result['rod_force'], 0)} {n}"),
        row("master_force", f"{format_decimal(result['master_force'] / 1000, 2)} {kn}"),
        row("pressure", f"{format_decimal(result['pressure_bar'], 1)} {pick(UNITS['bar'])} = "
                        f"{format_decimal(result['pressure'] / 1e6, 2)} {pick(UNITS['mpa'])}", bold=True),
        row("clamp", f"{format_decimal(result['clamp'] / 1000, 2)} {kn}"),
        row("friction", f"{format_decimal(result['friction'] / 1000, 2)} {kn}"),
        row("torque", f"{format_decimal(result['torque'] / 1000, 2)} {pick(UNITS['knm'])}"),
        row("front_share", f"{format_decimal(result['front_share'] * 100, 1)} %"),
        row("deceleration", f"{format_decimal(result['deceleration'], 2)} {pick(UNITS['ms2'])} = "
                            f"{format_decimal(result['g_units'], 2)} g", bold=True),
    ]
    if "design_force" in result:
        rows += [row("design_force", f"{format_decimal(result['design_force'], 0)} {n}", bold=True),
                 row("design_pressure", f"{format_decimal(result['design_pressure_bar'], 1)} {pick(UNITS['bar'])}",
                     bold=True)]
    return "<table class='brake-readout'>" + "".join(rows) + "</table>"


MM = 0.045
"""Units of the picture per millimetre of a piston's diameter."""
FORCE_SCALE = 2.0 / 500
"""Units of the picture per newton of the foot's push (500 N is 2 units long)."""


class BrakePlot(Plot):
    """Above: the brake system drawn from the side: the pedal lever with its pivot (the pushrod's arm is the lever's
    length over the pedal ratio), the foot's push as an arrow, the booster, the master cylinder and a front caliper
    whose bores follow their diameters, the brake line between them filled with fluid whose colour deepens with
    the pressure, the pads clamping the disc, and the number at each stage. Below: the car's deceleration against
    the push on the pedal for these brakes, with UN R13-H's 6.43 m/s^2 and the tyres' grip, and the point where
    the foot is now."""

    size = (7.0, 6.0)
    margins = (0.75, 0.2, 0.55, 0.15)

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Circle, Rectangle

        from ..i18n import pick

        width, height = self.size
        scene = self.scene = figure.add_axes((0.1 / width, 3.3 / height, 6.8 / width, 2.6 / height))
        scene.set_xlim(-0.5, 15.5)
        scene.set_ylim(-0.3, 5.8)
        scene.set_aspect("equal", adjustable="box")
        scene.axis("off")
        # the fixed parts: the pedal's pivot, the booster, the disc
        scene.add_patch(Circle((2.0, 5.0), 0.12, color="black", zorder=5))
        scene.add_patch(Circle((4.3, 3.6), 0.85, facecolor="#d6dbdf", edgecolor="black", zorder=1))
        scene.text(4.3, 2.6, pick(LABELS["booster"]) + f" ×{BOOST:g}", ha="center", va="top", fontsize=8)
        scene.add_patch(Rectangle((12.45, 0.2), 0.3, 5.0, facecolor=METAL_COLOUR, edgecolor="black", zorder=2))
        scene.text(12.6, 5.3, pick(LABELS["disc"]), ha="center", va="bottom", fontsize=8)
        scene.text(2.0, 5.3, pick(LABELS["pedal"]), ha="center", va="bottom", fontsize=8)
        self.lever = self.dynamic(scene.plot([], [], color="black", lw=3, zorder=4)[0])
        self.rod = self.dynamic(scene.plot([], [], color="black", lw=1.5, zorder=3)[0])
        self.foot = self.dynamic(scene.annotate("", xy=(0, 0), xytext=(0, 0), zorder=6,
                                                arrowprops={"arrowstyle": "-|>", "color": FORCE_COLOUR, "lw": 2.5}))
        self.master = self.dynamic(scene.add_patch(Rectangle((5.5, 3.0), 2.0, 1.0, facecolor=FLUID_COLOUR,
                                                             edgecolor="black", zorder=2)))
        self.master_text = self.dynamic(scene.text(6.5, 4.4, "", ha="center", va="bottom", fontsize=8))
        self.pipe = self.dynamic(scene.plot([7.5, 9.8, 9.8, 11.3], [3.5, 3.5, 2.7, 2.7], color=FLUID_COLOUR, lw=3,
                                            zorder=1)[0])
        self.pressure_text = self.dynamic(scene.text(8.7, 3.7, "", ha="center", va="bottom", fontsize=8,
                                                     color=FLUID_COLOUR))
        self.caliper = self.dynamic(scene.add_patch(Rectangle((11.3, 1.5), 0.9, 2.4, facecolor=FLUID_COLOUR,
                                                              edgecolor="black", zorder=2)))
        self.pads = [self.dynamic(scene.add_patch(Rectangle((12.2, 1.5), 0.25, 2.4, color=PAD_COLOUR, zorder=3))),
                     self.dynamic(scene.add_patch(Rectangle((12.75, 1.5), 0.25, 2.4, color=PAD_COLOUR, zorder=3)))]
        self.clamps = [self.dynamic(scene.annotate("", xy=(0, 0), xytext=(0, 0), zorder=6,
                                                   arrowprops={"arrowstyle": "-|>", "color": FORCE_COLOUR, "lw": 2}))
                       for _ in range(2)]
        self.caliper_text = self.dynamic(scene.text(12.0, 0.0, "", ha="right", va="bottom", fontsize=8))
        self.disc_text = self.dynamic(scene.text(13.3, 4.2, "", ha="left", va="center", fontsize=8))
        self.foot_text = self.dynamic(scene.text(0.0, 0.0, "", ha="left", va="top", fontsize=8, color=FORCE_COLOUR))

        ax = self.ax = figure.add_axes((0.75 / width, 0.55 / height, 6.05 / width, 2.5 / height))
        self.curve = self.dynamic(ax.plot([], [], color="#08519c", lw=2, label=pick(LABELS["line"]))[0])
        self.r13h = ax.axhline(R13H_DECELERATION, color="#e6842a", ls="--", lw=1.2, label=pick(LABELS["r13h"]))
        self.grip = ax.axhline(GRIP, color="#cf222e", ls=":", lw=1.2, label=pick(LABELS["grip"]))
        self.now = self.dynamic(ax.plot([], [], "o", color="black", label=pick(LABELS["now"]))[0])
        ax.set_xlim(0, MAX_FOOT_FORCE)
        ax.set_ylim(0, DECEL_AXIS)
        ax.set_xlabel(pick(LABELS["axis_force"]))
        ax.set_ylabel(pick(LABELS["axis_decel"]))
        ax.grid(alpha=0.3)
        self.legend(ax, [self.curve, self.r13h, self.grip, self.now], loc="lower right", fontsize=7)

    def update(self, result: Mapping[str, Any]) -> None:
        from ..i18n import pick
        from ..numbers import format_decimal

        n, kn = pick(UNITS["n"]), pick(UNITS["kn"])
        # the pedal: a lever 4.2 units long from its pivot, the pushrod's arm 4.2 / i from the pivot
        pivot, length = (2.0, 5.0), 4.2
        rod_y = pivot[1] - length / result["pedal_ratio"]
        pad = (pivot[0], pivot[1] - length)
        self.lever.set_data([pivot[0], pad[0]], [pivot[1], pad[1]])
        self.rod.set_data([pivot[0], 4.3, 4.3, 5.5], [rod_y, rod_y, 3.5, 3.5])
        arrow = max(result["foot_force"], 1e-6) * FORCE_SCALE
        self.foot.xy, self.foot.xyann = pad, (pad[0] - arrow, pad[1])
        self.foot_text.set_position((0.0, pad[1] - 0.25))
        self.foot_text.set_text(f"{format_decimal(result['foot_force'], 0)} {n}")
        # the master cylinder's bore and the caliper's follow their diameters; the fluid deepens with the pressure
        bore = result["d_mc"] * MM
        self.master.set_bounds(5.5, 3.5 - bore / 2, 2.0, bore)
        self.master_text.set_text(f"{pick(LABELS['master'])} ⌀{format_decimal(result['d_mc'], 1)}\n"
                                  f"{format_decimal(result['master_force'] / 1000, 2)} {kn}")
        strength = min(result["pressure_bar"] / 150, 1.0)
        fluid = (0.95 - 0.2 * strength, 0.75 - 0.6 * strength, 0.7 - 0.55 * strength)
        self.master.set_facecolor(fluid)
        self.pipe.set_color(fluid)
        self.pressure_text.set_text(f"p = {format_decimal(result['pressure_bar'], 1)} {pick(UNITS['bar'])}")
        piston = result["d_front"] * MM
        self.caliper.set_bounds(11.3, 2.7 - piston / 2, 0.9, piston)
        self.caliper.set_facecolor(fluid)
        for pad_patch in self.pads:
            pad_patch.set_y(2.7 - piston / 2)
            pad_patch.set_height(piston)
        clamp_len = min(result["clamp"] / 20000, 1.2) + 0.05
        self.clamps[0].xy, self.clamps[0].xyann = (12.2, 2.7), (12.2 - clamp_len, 2.7)
        self.clamps[1].xy, self.clamps[1].xyann = (13.0, 2.7), (13.0 + clamp_len, 2.7)
        self.caliper_text.set_text(f"{pick(LABELS['caliper'])} ⌀{format_decimal(result['d_front'], 0)}: "
                                   f"{format_decimal(result['clamp'] / 1000, 2)} {kn}")
        self.disc_text.set_text(f"2μF = {format_decimal(result['friction'] / 1000, 2)} {kn}\n"
                                f"T = {format_decimal(result['torque'] / 1000, 2)} {pick(UNITS['knm'])}")
        # the graph: the deceleration grows in proportion to the push
        slope = result["slope"]
        self.curve.set_data([0, MAX_FOOT_FORCE], [0, slope * MAX_FOOT_FORCE])
        self.now.set_data([result["foot_force"]], [result["deceleration"]])


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The lab: the push on the pedal, the pedal ratio, the master cylinder's and the front caliper's bores and the
    pads' friction coefficient; the brake system drawn with the number at each stage, and the car's deceleration
    against the push. ``task="type-0"`` poses the design task (the loaded car, R13-H's deceleration; the controls
    are the two bores) with a Check button. ``lab.set(foot_force=..., ...)`` moves the controls from code."""
    from ..i18n import pick
    from .core import Lab, Slider

    master = Slider("d_mc", LABELS["d_mc"], 19.0, 26.0, 0.1, MASTER_D, unit=pick(UNITS["mm"]))
    front = Slider("d_front", LABELS["d_front"], 44.0, 62.0, 1.0, FRONT_D, unit=pick(UNITS["mm"]))
    if task is None:
        controls = [Slider("foot_force", LABELS["foot_force"], 0, MAX_FOOT_FORCE, 10, FOOT_FORCE,
                           unit=pick(UNITS["n"])),
                    Slider("pedal_ratio", LABELS["pedal_ratio"], 2.5, 6.0, 0.5, PEDAL_RATIO), master, front,
                    Slider("mu", LABELS["mu"], 0.2, 0.5, 0.05, MU)]
        return Lab(model=lambda foot_force, pedal_ratio, d_mc, d_front, mu: state(foot_force, pedal_ratio, d_mc,
                                                                                  d_front, mu),
                   controls=controls, readout_html=_readout_html, plot=BrakePlot, title=TITLE, start=start)
    if task != "type-0":
        raise ValueError(f"unknown task {task!r}: the brake lab poses 'type-0'")
    return Lab(model=lambda d_mc, d_front: design_result({"d_mc": d_mc, "d_front": d_front}),
               controls=[master, front], readout_html=_readout_html, plot=BrakePlot, title=TITLE,
               spec=DESIGN_SPEC, start=start)


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("design_force", ">=", DESIGN_MIN_FORCE, UNITS["n"], LABELS["design_force"]),
         Requirement("design_force", "<=", DESIGN_MAX_FORCE, UNITS["n"], LABELS["design_force"]),
         Requirement("design_pressure_bar", "<=", DESIGN_MAX_PRESSURE, UNITS["bar"], LABELS["design_pressure"])),
        title={"kk": "Тапсырма: толық жүктелген автомобиль (1700 кг) 6,43 м/с² баяулаумен тежелсін: педальға басу "
                     "күші 100–150 Н, жетектегі қысым 60 бардан аспасын",
               "ru": "Задание: полностью загруженный автомобиль (1700 кг) тормозит с замедлением 6,43 м/с²: сила на "
                     "педали 100–150 Н, давление в приводе не больше 60 бар",
               "en": "Task: the fully loaded car (1700 kg) brakes at 6.43 m/s² with a push of 100-150 N on the pedal "
                     "and a line pressure of at most 60 bar"},
    )


DESIGN_SPEC = _design_spec()
"""The loaded car's R13-H stop with a push of 100-150 N and a line pressure of at most 60 bar."""


__all__ = [
    "BOOST", "DESIGN_MAX_FORCE", "DESIGN_MAX_PRESSURE", "DESIGN_MIN_FORCE", "DESIGN_SPEC", "DISC_MASS",
    "EFFICIENCY", "FOOT_FORCE", "FRONT_D", "FRONT_R", "G", "IRON_HEAT", "LOADED_MASS", "MASS", "MASTER_D", "MU",
    "PEDAL_RATIO", "R13H_DECELERATION", "R13H_MAX_FORCE", "REAR_D", "REAR_R", "STOP_SPEED", "TYRE_RADIUS",
    "clamp_force", "deceleration", "design_result", "disc_torque", "disc_warming", "friction_force", "front_share",
    "line_pressure", "make_lab", "master_force", "pedal_force", "piston_area", "pressure_for", "state",
    "stop_energy", "torque_per_pressure",
]
