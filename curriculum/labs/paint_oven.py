"""The paint shop's curing oven: heating a car body, specific heat capacity, the heater's energy, the heat of a
fuel's combustion, efficiency and the heat balance.

The model is plain Python (no widgets): the lessons, the lab and the hidden tests of ``phys-08-paint-oven`` all
compute with these functions.  Conventions (grade-8 physics):

* the heat to warm a body ``Q = c m (t2 - t1)`` (J), with ``c`` in J/(kg·°C) = J/(kg·K): a difference of 1 °C is a
  difference of 1 K, so ``t2 - t1`` is the same number in °C and in K (``T = t + 273.15``);
* the energy a heater of power ``P`` (W) gives in ``t`` seconds ``E = P t`` (J; 1 kWh = 3.6 MJ);
* the heat of burning a fuel's mass ``m`` (kg) ``Q = q m`` with its heat of combustion ``q`` (J/kg);
* the efficiency ``eta = Q_useful / Q_total``; the heat balance ``Q_total = Q_useful + Q_losses``;
* the time to heat a body ``t = c m (t2 - t1) / (eta P)``.

Simplifications the lessons state: ``c`` is one constant value (a steel's grows a little with temperature), the
body heats evenly (thin sheet: inside and outside at one temperature), the efficiency is one number for the oven
(what does not reach the body heats the air that is exhausted, the walls and the conveyor's skid), and the model
ends when the body reaches the curing temperature (holding it there is left out).

>>> heat(500, 360, 20, 160)
25200000.0
>>> round(heating_time(360, 20, 160, 60_000, 0.4))
1050
>>> round(cost_per_car(360, 20, 160, 0.4, 30), 6)
525.0
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .core import Plot, Readout, nice_ceiling, number_text, readout_note, readout_table, set_limits
from .inputs import number, one_of, share

C_STEEL = 500.0
"""J/(kg·K): the specific heat capacity of steel as grade-8 textbooks' tables give it (handbooks: 460-500 for
carbon steels near room temperature)."""

C_ALUMINIUM = 920.0
"""J/(kg·K): aluminium, as grade-8 textbooks give it."""

MATERIALS: dict[str, float] = {"steel": C_STEEL, "aluminium": C_ALUMINIUM}

Q_GAS = 44e6
"""J/kg: the heat of combustion of natural gas as grade-8 textbooks' tables give it (4.4·10⁷ J/kg)."""

J_PER_KWH = 3.6e6
"""1 kWh = 1000 W × 3600 s."""

ZERO_CELSIUS = 273.15
"""K: T = t + 273.15 (textbooks round it to 273)."""

BODY_MASS = 360.0
"""kg: the body-in-white of the lessons and the design task (fictional, typical of a compact car)."""

START, CURE = 20.0, 160.0
"""°C: the body enters at the shop's temperature and is cured at 160 °C (paints cure at about 140-180 °C)."""

INSULATION: dict[str, float] = {"50": 0.30, "100": 0.40, "150": 0.50}
"""mm of the oven walls' insulation -> the oven's efficiency (the share of the heaters' energy that reaches the body;
fictional values, said so)."""

TARIFF = 30.0
"""₸ per kWh: the plant's electricity price in the lessons (fictional)."""

MAX_TIME = 15 * 60.0
"""s: the body spends 15 minutes in the oven's heat-up zone (the design task)."""

MAX_ENERGY_KWH = 20.0
"""kWh: at most this much electricity per body (the design task)."""

MAX_POWER_KW = 100.0
"""kW: the most the oven's supply line allows (the design task)."""


def _number(name: str, value: Any, *, positive: bool = False) -> float:
    """``value`` as a finite float, at least 0 (above 0 with ``positive``), or a ``ValueError`` that names it in the
    course language (:mod:`curriculum.labs.inputs`)."""
    return number(name, value, positive=True) if positive else number(name, value, minimum=0)


def _refuse(message: Mapping[str, str], name: str = "", **values: Any) -> ValueError:
    """A ``ValueError`` with ``message`` in the course language: ``{name}`` is the parameter's name as the student's
    code writes it, the other fields the values given (as their reprs)."""
    from ..i18n import pick

    return ValueError(pick(message).format(name=name, **{key: repr(value) for key, value in values.items()}))


HEATS = {"kk": "t_end мәні t_start мәнінен төмен болмауы керек: пеш қыздырады (t_start = {t_start}, t_end = {t_end})",
         "ru": "t_end не может быть ниже t_start: печь нагревает (t_start = {t_start}, t_end = {t_end})",
         "en": "t_end must not be below t_start: an oven heats (t_start = {t_start}, t_end = {t_end})"}
NOT_FROM_NOTHING = {"kk": "useful ({useful}) мәні total ({total}) мәнінен үлкен бола алмайды: энергия жоқтан пайда "
                          "болмайды",
                    "ru": "useful ({useful}) не может быть больше total ({total}): энергия не берётся из ничего",
                    "en": "useful ({useful}) cannot exceed total ({total}): energy is not made from nothing"}


def _temperature(name: str, value: Any) -> float:
    """A temperature in °C: not below absolute zero."""
    return number(name, value, minimum=-ZERO_CELSIUS)


def _efficiency(value: Any, name: str = "eta") -> float:
    """The oven's efficiency as a share above 0 and at most 1 (40 % is 0.4)."""
    return share(name, value, positive=True)


def kelvin(celsius: float) -> float:
    """The temperature ``celsius`` (°C) on the kelvin scale: ``T = t + 273.15``."""
    return _temperature("celsius", celsius) + ZERO_CELSIUS


def heat(c: float, mass: float, t_start: float, t_end: float) -> float:
    """The heat (J) that warms ``mass`` kg of specific heat capacity ``c`` J/(kg·K) from ``t_start`` to ``t_end``
    (°C or K alike: only the difference counts): ``Q = c m (t2 - t1)``; negative when the body cools."""
    return (_number("c", c, positive=True) * _number("mass", mass)
            * (_temperature("t_end", t_end) - _temperature("t_start", t_start)))


def heater_energy(power: float, seconds: float) -> float:
    """The energy (J) a heater of ``power`` W gives in ``seconds``: ``E = P t``."""
    return _number("power", power) * _number("seconds", seconds)


def fuel_heat(q: float, mass: float) -> float:
    """The heat (J) of burning ``mass`` kg of a fuel of heat of combustion ``q`` J/kg: ``Q = q m``."""
    return _number("q", q, positive=True) * _number("mass", mass)


def efficiency(useful: float, total: float) -> float:
    """The share of ``total`` energy that is ``useful`` (0..1): ``eta = Q_useful / Q_total``."""
    share = _number("useful", useful) / _number("total", total, positive=True)
    if share > 1 + 1e-12:
        raise _refuse(NOT_FROM_NOTHING, useful=useful, total=total)
    return share


def heating_time(mass: float, t_start: float, t_end: float, power: float, eta: float, c: float = C_STEEL) -> float:
    """The time (s) a heater of ``power`` W with the oven's efficiency ``eta`` takes to warm the body:
    ``t = c m (t2 - t1) / (eta P)``."""
    useful = heat(c, mass, t_start, t_end)
    if useful < 0:
        raise _refuse(HEATS, t_start=t_start, t_end=t_end)
    return useful / (_efficiency(eta) * _number("power", power, positive=True))


def energy_per_car(mass: float, t_start: float, t_end: float, eta: float, c: float = C_STEEL) -> float:
    """The energy (J) the heaters give to warm one body: ``E = Q / eta`` (the same at any power)."""
    useful = heat(c, mass, t_start, t_end)
    if useful < 0:
        raise _refuse(HEATS, t_start=t_start, t_end=t_end)
    return useful / _efficiency(eta)


def cost_per_car(mass: float, t_start: float, t_end: float, eta: float, tariff: float, c: float = C_STEEL) -> float:
    """What the electricity for one body costs (₸): the energy in kWh times ``tariff`` ₸/kWh."""
    return energy_per_car(mass, t_start, t_end, eta, c) / J_PER_KWH * _number("tariff", tariff)


def gas_mass(useful: float, eta: float, q: float = Q_GAS) -> float:
    """The mass (kg) of fuel a burner of efficiency ``eta`` burns to give the body ``useful`` J: ``m = Q / (eta q)``."""
    return _number("useful", useful) / (_efficiency(eta) * _number("q", q, positive=True))


def oven(power: float = 60.0, insulation: str = "100", time: float = 0.0, mass: float = BODY_MASS,
         material: str = "steel", t_start: float = START, t_cure: float = CURE) -> dict[str, Any]:
    """The oven heating one body: ``power`` kW of heaters, walls with ``insulation`` mm (``"50"``, ``"100"``,
    ``"150"``), ``time`` minutes after the body came in; the body of ``mass`` kg of ``material`` warms evenly from
    ``t_start`` to ``t_cure`` °C and the model stops there.

    Keys: ``eta``, ``c``, ``Q`` (J, the heat the body needs), ``t_heat`` (s, to reach ``t_cure``), ``E`` (J, the
    heaters' energy for it), ``losses`` (J), ``kwh``, ``cost`` (₸ at :data:`TARIFF`), and at ``time``: ``temp``
    (°C), ``useful_now`` / ``spent_now`` / ``lost_now`` (J so far), ``done`` (the body is at ``t_cure``).
    """
    insulation = one_of("insulation", insulation, list(INSULATION))
    material = one_of("material", material, list(MATERIALS))
    eta, c = INSULATION[insulation], MATERIALS[material]
    watts = _number("power", power, positive=True) * 1000
    seconds = _number("time", time) * 60
    Q = heat(c, _number("mass", mass, positive=True), t_start, t_cure)
    t_heat = heating_time(mass, t_start, t_cure, watts, eta, c)
    running = min(seconds, t_heat)
    useful_now = eta * watts * running
    temp = t_start + useful_now / (c * mass)
    E = watts * t_heat
    return {"power": watts / 1000, "insulation": insulation, "material": material, "mass": float(mass), "eta": eta,
            "c": c, "t_start": float(t_start), "t_cure": float(t_cure), "Q": Q, "t_heat": t_heat, "E": E,
            "losses": E - Q, "kwh": E / J_PER_KWH, "cost": E / J_PER_KWH * TARIFF, "time": seconds, "temp": temp,
            "useful_now": useful_now, "spent_now": watts * running, "lost_now": watts * running - useful_now,
            "done": seconds >= t_heat, "minutes": t_heat / 60}


# -- the lab ---------------------------------------------------------------------------------------------------

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "Бояу кептіру пешінің зертханасы", "ru": "Лаборатория: печь сушки краски",
              "en": "Lab: the paint curing oven"},
    "design-title": {"kk": "Пешті жобалау зертханасы", "ru": "Лаборатория: проект печи",
                     "en": "Lab: designing the oven"},
    "power": {"kk": "Жылытқыштардың қуаты P", "ru": "Мощность нагревателей P", "en": "Heaters' power P"},
    "insulation": {"kk": "Қабырғаның жылу оқшаулауы", "ru": "Теплоизоляция стен", "en": "Walls' insulation"},
    "mass": {"kk": "Кузовтың массасы m", "ru": "Масса кузова m", "en": "Body's mass m"},
    "material": {"kk": "Кузовтың материалы", "ru": "Материал кузова", "en": "Body's material"},
    "steel": {"kk": "болат (c = 500 Дж/(кг·°C))", "ru": "сталь (c = 500 Дж/(кг·°C))", "en": "steel (c = 500 J/(kg·°C))"},
    "aluminium": {"kk": "алюминий (c = 920 Дж/(кг·°C))", "ru": "алюминий (c = 920 Дж/(кг·°C))",
                  "en": "aluminium (c = 920 J/(kg·°C))"},
    "time": {"kk": "Уақыт", "ru": "Время", "en": "Time"},
    "temp": {"kk": "Кузовтың температурасы t", "ru": "Температура кузова t", "en": "Body's temperature t"},
    "Q": {"kk": "Кузовқа қажет жылу мөлшері Q = c·m·(t₂ − t₁)", "ru": "Количество теплоты для кузова Q = c·m·(t₂ − t₁)",
          "en": "Quantity of heat the body needs Q = c·m·(t₂ − t₁)"},
    "eta": {"kk": "Пештің ПӘК-і η", "ru": "КПД печи η", "en": "Oven's efficiency η"},
    "t_heat": {"kk": "Кептіру температурасына дейін қыздыру уақыты", "ru": "Время нагрева до температуры сушки",
               "en": "Time to reach the curing temperature"},
    "E": {"kk": "Жылытқыштардың энергиясы E = Pt", "ru": "Энергия нагревателей E = Pt",
          "en": "Heaters' energy E = Pt"},
    "losses": {"kk": "Шығындар", "ru": "Потери", "en": "Losses"},
    "cost": {"kk": "Бір кузовқа электр энергиясының құны", "ru": "Стоимость электроэнергии на один кузов",
             "en": "Cost of electricity per body"},
    "now": {"kk": "Осы сәтке дейін: пайдалы / жұмсалған", "ru": "К этому моменту: полезно / затрачено",
            "en": "So far: useful / spent"},
    "done": {"kk": "Кузов кептіру температурасына жетті.", "ru": "Кузов нагрет до температуры сушки.",
             "en": "The body has reached the curing temperature."},
    "heating": {"kk": "Кузов қызып жатыр.", "ru": "Кузов нагревается.", "en": "The body is heating up."},
    "axis_t": {"kk": "Уақыт, мин", "ru": "Время, мин", "en": "Time, min"},
    "axis_T": {"kk": "Температура, °C", "ru": "Температура, °C", "en": "Temperature, °C"},
    "axis_E": {"kk": "Энергия, МДж", "ru": "Энергия, МДж", "en": "Energy, MJ"},
    "curve": {"kk": "кузовтың температурасы", "ru": "температура кузова", "en": "body's temperature"},
    "cure": {"kk": "кептіру температурасы", "ru": "температура сушки", "en": "curing temperature"},
    "useful": {"kk": "пайдалы", "ru": "полезно", "en": "useful"},
    "lost": {"kk": "шығын", "ru": "потери", "en": "lost"},
    "heaters": {"kk": "жылытқыштар", "ru": "нагреватели", "en": "heaters"},
    "exhaust": {"kk": "шығарылатын ауа", "ru": "вытяжка", "en": "exhaust"},
    "spec": {"kk": "Тапсырма: 360 кг кузовты 20 °C-тан 160 °C-қа дейін қыздыратын пешті таңдау",
             "ru": "Задание: подобрать печь, нагревающую кузов 360 кг от 20 °C до 160 °C",
             "en": "Task: choose an oven that heats a 360 kg body from 20 °C to 160 °C"},
    "time-spec": {"kk": "Қыздыру уақыты", "ru": "Время нагрева", "en": "Heating time"},
    "energy-spec": {"kk": "Бір кузовқа электр энергиясы", "ru": "Электроэнергия на один кузов",
                    "en": "Electricity per body"},
    "power-spec": {"kk": "Жылытқыштардың қуаты", "ru": "Мощность нагревателей", "en": "Heaters' power"},
}
UNITS: dict[str, Mapping[str, str]] = {
    "kW": {"kk": "кВт", "ru": "кВт", "en": "kW"},
    "kg": {"kk": "кг", "ru": "кг", "en": "kg"},
    "min": {"kk": "мин", "ru": "мин", "en": "min"},
    "s": {"kk": "с", "ru": "с", "en": "s"},
    "C": {"kk": "°C", "ru": "°C", "en": "°C"},
    "MJ": {"kk": "МДж", "ru": "МДж", "en": "MJ"},
    "kWh": {"kk": "кВт·сағ", "ru": "кВт·ч", "en": "kWh"},
    "mm": {"kk": "мм", "ru": "мм", "en": "mm"},
    "%": {"kk": "%", "ru": "%", "en": "%"},
    "tg": {"kk": "₸", "ru": "₸", "en": "₸"},
}


def _insulation_options() -> dict[str, dict[str, str]]:
    return {key: {lang: f"{key} {UNITS['mm'][lang]} (η = {number_text(eta * 100, lang)} %)"
                  for lang in ("kk", "ru", "en")} for key, eta in INSULATION.items()}


def readout_html(result: Mapping[str, Any], lang: str | None = None) -> str:
    """The lab's readout as HTML, numbers written the way the course language writes them."""
    words = Readout(LABELS, UNITS, lang)
    label, unit, num = words.label, words.unit, words.num
    rows = [(label("temp"), f"{num(result['temp'])} {unit('C')}"),
            (label("Q"), f"{num(result['Q'] / 1e6)} {unit('MJ')}"),
            (label("eta"), f"{num(result['eta'] * 100)} {unit('%')}"),
            (label("t_heat"), f"{num(result['t_heat'] / 60)} {unit('min')} ({num(result['t_heat'], 4)} {unit('s')})"),
            (label("E"), f"{num(result['E'] / 1e6)} {unit('MJ')} = {num(result['kwh'])} {unit('kWh')}"),
            (label("losses"), f"{num(result['losses'] / 1e6)} {unit('MJ')}"),
            (label("cost"), f"{num(result['cost'])} {unit('tg')}"),
            (label("now"), f"{num(result['useful_now'] / 1e6)} / {num(result['spent_now'] / 1e6)} {unit('MJ')}")]
    state = "done" if result["done"] else "heating"
    colour = "#1a7f37" if result["done"] else "#9a6700"
    return readout_table(rows, "lab-paint-oven") + readout_note(label(state), colour)


TIME_AXIS = 40.0
"""min: the graph's time axis, as long as the clock's slider runs."""
COLD, HOT = (0.23, 0.42, 0.80), (0.85, 0.15, 0.10)
BODY_X = [95, 105, 135, 165, 235, 265, 300, 305, 95]
BODY_Y = [85, 120, 122, 150, 150, 122, 115, 85, 85]
"""The body's side view inside the oven (drawing units)."""


def _colour(temp: float, top: float = 200.0) -> tuple[float, float, float]:
    """Blue when cold, red at ``top`` °C and above."""
    share = min(max((temp - START) / (top - START), 0.0), 1.0)
    return tuple(a + share * (b - a) for a, b in zip(COLD, HOT))  # type: ignore[return-value]


class OvenPlot(Plot):
    """The oven cut open (its insulated walls as thick as chosen, the heaters glowing, the body on its skid turning
    from blue to red as it warms, a thermometer, arrows of the heat into the body and out through the walls and the
    exhaust as wide as the shares), beside the body's temperature against time with the curing temperature, and the
    heat balance so far: the useful heat and the losses."""

    size = (7.8, 3.4)
    margins = (0.1, 0.1, 0.1, 0.1)

    def __init__(self, lang: str | None = None) -> None:
        self.lang = lang
        super().__init__()

    def build(self, figure: Any) -> None:
        from matplotlib.patches import FancyArrow, Polygon, Rectangle

        from ..i18n import pick

        width, height = self.size
        ax = self.ax = figure.add_axes((0.05 / width, 0.05 / height, 3.3 / width, 3.3 / height))
        ax.set_aspect("equal")
        ax.set_axis_off()
        ax.set_xlim(0, 400)
        ax.set_ylim(0, 400)
        # the oven's shell (static) and its insulation (follows the control)
        ax.add_patch(Rectangle((20, 40), 340, 260, facecolor="none", edgecolor="black", linewidth=1.5))
        self.walls = [self.dynamic(ax.add_patch(Rectangle((20, 40), 0, 0, facecolor="#e8d9a8", edgecolor="none")))
                      for _ in range(3)]
        ax.plot([40, 340], [70, 70], color="#555555", linewidth=3)      # the conveyor's skid
        self.heaters = [self.dynamic(ax.add_patch(Rectangle((70 + 60 * i, 240), 40, 8, facecolor="#ff8c00",
                                                            edgecolor="black", linewidth=0.8))) for i in range(4)]
        ax.text(190, 256, pick(LABELS["heaters"], self.lang), fontsize=7, ha="center", va="bottom")
        self.body = self.dynamic(ax.add_patch(Polygon(list(zip(BODY_X, BODY_Y)), closed=True, facecolor=COLD,
                                                      edgecolor="black", linewidth=1.2)))
        # the heat's paths: into the body (useful), out through the walls and the exhaust (lost)
        self.in_arrow = self.dynamic(ax.add_patch(FancyArrow(200, 232, 0, -60, width=10, color="#d62728")))
        self.out_arrow = self.dynamic(ax.add_patch(FancyArrow(300, 262, 0, 60, width=10, color="#888888")))
        ax.text(318, 330, pick(LABELS["exhaust"], self.lang), fontsize=7, ha="left", va="center")
        # the thermometer
        ax.add_patch(Rectangle((375, 60), 12, 220, facecolor="white", edgecolor="black", linewidth=1))
        self.mercury = self.dynamic(ax.add_patch(Rectangle((377, 60), 8, 0, facecolor="#d62728", edgecolor="none")))
        self.cure_mark = self.dynamic(ax.plot([368, 392], [0, 0], color="black", linewidth=1.5)[0])
        self.temp_text = self.dynamic(ax.text(381, 36, "", fontsize=8, ha="center", va="top"))
        self.clock = self.dynamic(ax.text(20, 370, "", fontsize=9, ha="left", va="bottom"))

        graph = self.graph = figure.add_axes((4.15 / width, 0.5 / height, 2.2 / width, 2.75 / height))
        graph.set_xlabel(pick(LABELS["axis_t"], self.lang), fontsize=8, labelpad=1)
        graph.set_ylabel(pick(LABELS["axis_T"], self.lang), fontsize=8, labelpad=1)
        graph.tick_params(labelsize=7)
        graph.grid(alpha=0.3)
        graph.set_ylim(0, 200)
        self.curve = self.dynamic(graph.plot([], [], color="#d62728", linewidth=2,
                                             label=pick(LABELS["curve"], self.lang))[0])
        self.cure_line = self.dynamic(graph.plot([], [], color="black", linewidth=1, linestyle="--",
                                                 label=pick(LABELS["cure"], self.lang))[0])
        self.point = self.dynamic(graph.plot([], [], "o", color="#d62728", markersize=6)[0])
        self.legend(graph, [self.curve, self.cure_line], loc="lower right", fontsize=6.5)

        balance = self.balance = figure.add_axes((7.0 / width, 0.5 / height, 0.55 / width, 2.3 / height))
        balance.set_xlim(-0.6, 0.6)
        balance.set_xticks([])
        balance.set_ylabel(pick(LABELS["axis_E"], self.lang), fontsize=8, labelpad=1)
        balance.tick_params(labelsize=7)
        self.useful_bar = self.dynamic(balance.add_patch(Rectangle((-0.4, 0), 0.8, 0, facecolor="#d62728",
                                                                   label=pick(LABELS["useful"], self.lang))))
        self.lost_bar = self.dynamic(balance.add_patch(Rectangle((-0.4, 0), 0.8, 0, facecolor="#aaaaaa",
                                                                 label=pick(LABELS["lost"], self.lang))))
        self.legend(balance, [self.useful_bar, self.lost_bar], loc="lower center", fontsize=6,
                    bbox_to_anchor=(0.5, 1.01))
        self._units = {k: pick(UNITS[k], self.lang) for k in UNITS}

    def update(self, result: Mapping[str, Any]) -> None:
        thick = {"50": 6.0, "100": 12.0, "150": 18.0}[result["insulation"]]
        left, right, top = self.walls
        left.set_bounds(20, 40, thick, 260)
        right.set_bounds(360 - thick, 40, thick, 260)
        top.set_bounds(20, 300 - thick, 340, thick)
        glow = min(result["power"] / 120.0, 1.0)
        heating = not result["done"] or result["time"] == 0
        for heater in self.heaters:
            heater.set_facecolor((1.0, 0.55 * (1 - glow) + 0.2, 0.0) if heating else "#bbbbbb")
        self.body.set_facecolor(_colour(result["temp"]))
        # the arrows: as wide as the useful share and the lost share of the heaters' power
        self.in_arrow.set_data(width=4 + 20 * result["eta"], head_width=10 + 30 * result["eta"])
        self.out_arrow.set_data(width=4 + 20 * (1 - result["eta"]), head_width=10 + 30 * (1 - result["eta"]))
        self.in_arrow.set_visible(heating)
        self.out_arrow.set_visible(heating)
        scale = 220 / 200.0
        self.mercury.set_height(max(result["temp"], 0) * scale)
        self.cure_mark.set_ydata([60 + result["t_cure"] * scale] * 2)
        self.temp_text.set_text(f"{number_text(result['temp'], self.lang)} {self._units['C']}")
        self.clock.set_text(f"{number_text(result['time'] / 60, self.lang)} {self._units['min']}")
        # the temperature against time: straight up to the curing temperature, then held
        end = max(TIME_AXIS, nice_ceiling(result["t_heat"] / 60))   # the clock's 40 minutes, unless heating is slower
        t_heat = result["t_heat"] / 60
        xs = [0.0, t_heat, end] if t_heat < end else [0.0, end]
        ys = [result["t_start"], result["t_cure"], result["t_cure"]] if t_heat < end else \
            [result["t_start"], result["t_start"] + (result["t_cure"] - result["t_start"]) * end / t_heat]
        set_limits(self.graph, x=(0, end), y=(0, 200))
        self.curve.set_data(xs, ys)
        self.cure_line.set_data([0, end], [result["t_cure"]] * 2)
        now = min(result["time"] / 60, end)
        self.point.set_data([now], [result["temp"]])
        top_energy = max(nice_ceiling(result["E"] / 1e6), 10.0)
        set_limits(self.balance, y=(0, top_energy))
        self.useful_bar.set_height(result["useful_now"] / 1e6)
        self.lost_bar.set_y(result["useful_now"] / 1e6)
        self.lost_bar.set_height(result["lost_now"] / 1e6)


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("t_heat", "<=", MAX_TIME, UNITS["s"], LABELS["time-spec"]),
         Requirement("kwh", "<=", MAX_ENERGY_KWH, UNITS["kWh"], LABELS["energy-spec"]),
         Requirement("power", "<=", MAX_POWER_KW, UNITS["kW"], LABELS["power-spec"])),
        title=LABELS["spec"],
    )


DESIGN_SPEC = _design_spec()
"""The oven for the 360 kg body (20 °C to 160 °C): heated within 15 minutes (900 s), at most 20 kWh per body, at
most 100 kW of heaters."""


def design_oven(power: float, insulation: str, time: float = 0.0) -> dict[str, Any]:
    """The design task's oven: the lessons' steel body of 360 kg from 20 °C to 160 °C."""
    return oven(power, insulation, time)


def design_result(design: Mapping[str, Any]) -> dict[str, Any]:
    """What the model says of a design ``{"power": ..., "insulation": ...}`` (kW, mm as a string)."""
    insulation = design["insulation"]
    if isinstance(insulation, (int, float)) and not isinstance(insulation, bool):
        insulation = f"{insulation:g}"   # 100 or 100.0 written for "100"
    return design_oven(design["power"], insulation)


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The oven lab: the oven cut open with the body warming in it, beside its temperature against time and the
    heat balance.

    Without a task: the body's material and mass, the heaters' power, the walls' insulation, and a Play button that
    runs the time. ``task="oven"`` poses :data:`DESIGN_SPEC` (the power and the insulation for the lessons' body)
    with a Check button; ``start`` sets the controls from a design dictionary.
    """
    from ..i18n import pick
    from .core import Animation, Dropdown, Lab, Slider

    clock = Animation("time", LABELS["time"], min=0, max=40, step=1, value=0, interval_ms=200,
                      unit=pick(UNITS["min"]))
    power = Slider("power", LABELS["power"], min=20, max=120, step=5, value=60, unit=pick(UNITS["kW"]))
    insulation = Dropdown("insulation", LABELS["insulation"], _insulation_options(), "100")
    if task is None:
        controls = [Dropdown("material", LABELS["material"], {k: LABELS[k] for k in MATERIALS}, "steel"),
                    Slider("mass", LABELS["mass"], min=200, max=600, step=10, value=BODY_MASS, unit=pick(UNITS["kg"])),
                    power, insulation, clock]
        return Lab(model=oven, controls=controls, readout_html=readout_html, plot=OvenPlot, title=LABELS["title"],
                   start=start)
    if task != "oven":
        raise ValueError(f"unknown task {task!r}: the paint oven lab poses 'oven'")
    power.value = 40
    insulation.value = "50"
    return Lab(model=design_oven, controls=[power, insulation, clock], readout_html=readout_html, plot=OvenPlot,
               title=LABELS["design-title"], spec=DESIGN_SPEC, start=start)


__all__ = [
    "BODY_MASS", "CURE", "C_ALUMINIUM", "C_STEEL", "DESIGN_SPEC", "INSULATION", "J_PER_KWH", "MATERIALS",
    "MAX_ENERGY_KWH", "MAX_POWER_KW", "MAX_TIME", "Q_GAS", "START", "TARIFF", "ZERO_CELSIUS", "cost_per_car",
    "design_oven", "design_result", "efficiency", "energy_per_car", "fuel_heat", "gas_mass", "heat",
    "heater_energy", "heating_time", "kelvin", "make_lab", "oven", "readout_html",
]
