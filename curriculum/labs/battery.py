"""The battery pack of an electric car: cells in series and in parallel, energy, losses and range.

The model of module ``phys-10-ev-battery``.  A pack is built from ``s`` cells in series
(one *string*) and ``p`` such strings in parallel, ``s * p`` cells in all.  Every cell is
modelled as a source of EMF ``E`` with an internal resistance ``r`` and a capacity ``Q``:

    pack EMF (nominal voltage)  V = s * E            series: the EMFs add up
    pack capacity               Q_pack = p * Q       parallel: the charges add up (Ah)
    pack energy                 W = V * Q_pack = s * p * E * Q
    pack internal resistance    R = s * r / p        s in series, then p equal strings in parallel
    current at power P          I = P / V            (first order: the loss is a few per cent)
    loss inside the cells       P_loss = I**2 * R    (Joule-Lenz)
    terminal voltage on load    U = V - I * R = V - P * R / V
    range                       d = usable energy / consumption

Because ``I**2 * R = P**2 * r / (s * p * E**2)``, the cells' own loss at a given power depends
only on how many cells there are, not on how they are arranged; a higher pack voltage helps
in the parts whose resistance does not scale with the pack (cables, busbars, contactors,
motor windings), where the same power needs a smaller current.

Units: SI inside the formulas (V, A, ohm, W); capacities in ampere-hours (Ah) and energies in
kilowatt-hours (kWh), as cell datasheets and car makers give them; powers at the lab's sliders
in kW.  The model uses plain floats and no widgets, so hidden tests and the lab compute with
the same code; ``make_lab()`` imports ipywidgets and matplotlib only when called.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .core import Plot, nice_ceiling, set_limits

# A cylindrical lithium-ion cell of size 21700 (21 mm across, 70 mm long), as used in many
# electric cars.  TYPICAL datasheet-level values, rounded for school use:
#   * nominal voltage 3.6 V (datasheets of NMC/NCA 21700 cells: 3.6-3.7 V; the voltage falls
#     from 4.2 V when full to 2.5-3.0 V when empty, 3.6 V is the average during a discharge);
#     the model uses it as the cell's EMF;
#   * capacity 4.8 Ah (energy-type 21700 cells: rated minimum about 4.8 Ah, typical 5.0 Ah,
#     for example Samsung SDI INR21700-50E/50S and LG INR21700-M50 datasheets);
#   * internal resistance 25 mOhm: datasheets quote the AC impedance at 1 kHz, about
#     10-25 mOhm for such cells; the DC resistance that sets the voltage drop under a steady
#     load is larger, typically 20-40 mOhm, and grows in the cold and as the cell ages.
CELL_21700: dict[str, float] = {"E": 3.6, "Q": 4.8, "r": 0.025}
"""A typical 21700 lithium-ion cell: EMF ``E`` in V, capacity ``Q`` in Ah, internal resistance ``r`` in ohm."""

CONSUMPTION = 17.0
"""Typical energy use of a mid-size electric car in kWh per 100 km (WLTP ratings of mid-size cars: about 14-20)."""

USABLE_FRACTION = 0.9
"""Share of the pack's energy that the battery management lets the driver use (a typical buffer of about 10 %)."""


def pack_voltage(s: float, cell_emf: float) -> float:
    """Nominal pack voltage (the pack's EMF) in V: ``s`` cells in series add their EMFs, ``V = s * E``."""
    return s * cell_emf


def pack_capacity(p: float, cell_capacity: float) -> float:
    """Pack capacity in Ah: ``p`` strings in parallel share the current, ``Q_pack = p * Q``."""
    return p * cell_capacity


def pack_energy_kwh(s: float, p: float, cell_emf: float, cell_capacity: float) -> float:
    """Energy stored in the pack in kWh: ``W = V * Q_pack = s * p * E * Q`` (V * Ah = Wh, divided by 1000)."""
    return pack_voltage(s, cell_emf) * pack_capacity(p, cell_capacity) / 1000.0


def pack_resistance(s: float, p: float, cell_r: float) -> float:
    """Internal resistance of the pack in ohm: a string of ``s`` cells has ``s * r``, ``p`` equal strings in parallel ``s * r / p``."""
    return s * cell_r / p


def current(power_w: float, voltage: float) -> float:
    """Current in A drawn at ``power_w`` watts from a pack of ``voltage`` volts: ``I = P / V`` (first order)."""
    return power_w / voltage


def loss_power(current_a: float, resistance: float) -> float:
    """Power in W turned into heat inside the pack: ``P_loss = I**2 * R`` (Joule-Lenz law)."""
    return current_a**2 * resistance


def terminal_voltage(emf: float, current_a: float, resistance: float) -> float:
    """Voltage in V at the pack's terminals under load: ``U = E - I * R``."""
    return emf - current_a * resistance


def range_km(energy_kwh: float, consumption: float = CONSUMPTION, usable: float = USABLE_FRACTION) -> float:
    """Range in km: usable energy (kWh) divided by the consumption (kWh per 100 km), times 100 km."""
    return energy_kwh * usable / consumption * 100.0


def pack(s: int, p: int, cell: Mapping[str, float] = CELL_21700) -> dict[str, float]:
    """A pack of ``s`` cells in series and ``p`` strings in parallel of ``cell`` (keys ``E`` V, ``Q`` Ah, ``r`` ohm).

    Returns ``{"V": volts, "Q": ampere-hours, "E": kilowatt-hours, "R": ohms, "cells": s * p}``.
    ``pack(2, 3)`` with the 21700 cell: V = 7.2, Q = 14.4, E = 0.10368, R = 0.0166...
    """
    E, Q, r = float(cell["E"]), float(cell["Q"]), float(cell["r"])
    return {"V": pack_voltage(s, E), "Q": pack_capacity(p, Q), "E": pack_energy_kwh(s, p, E, Q),
            "R": pack_resistance(s, p, r), "cells": s * p}


def at_power(s: float, p: float, power_kw: float, cell: Mapping[str, float] = CELL_21700,
             consumption: float = CONSUMPTION, usable: float = USABLE_FRACTION) -> dict[str, Any]:
    """Everything the lab shows for a pack of ``s`` x ``p`` cells delivering ``power_kw`` kilowatts.

    Keys: ``s``, ``p``, ``cells``, ``V`` (V), ``Q`` (Ah), ``E`` (kWh), ``R`` (ohm), ``P_kW``,
    ``I`` (A), ``I_cell`` (A per cell), ``loss_W`` (W), ``loss_pct`` (% of the power),
    ``efficiency_pct`` (%), ``U`` (V, terminal voltage), ``range_km`` (km).
    """
    s, p = int(round(s)), int(round(p))
    data: dict[str, Any] = {"s": s, "p": p, **pack(s, p, cell)}
    power_w = power_kw * 1000.0
    i = current(power_w, data["V"])
    loss = loss_power(i, data["R"])
    loss_pct = 100.0 * loss / power_w if power_w > 0 else 0.0
    data.update({"P_kW": power_kw, "I": i, "I_cell": i / p, "loss_W": loss, "loss_pct": loss_pct,
                 "efficiency_pct": 100.0 - loss_pct, "U": terminal_voltage(data["V"], i, data["R"]),
                 "range_km": range_km(data["E"], consumption, usable)})
    return data


# -- the lab --------------------------------------------------------------------------------

TITLE = {"kk": "Батарея цехы: электромобиль батареясын жинаймыз",
         "ru": "Цех батарей: собираем батарею электромобиля",
         "en": "Battery shop: assembling an electric car's pack"}
LABELS = {
    "s": {"kk": "Тізбектей элементтер s", "ru": "Элементов последовательно s", "en": "Cells in series s"},
    "p": {"kk": "Параллель тізбектер p", "ru": "Параллельных цепочек p", "en": "Strings in parallel p"},
    "power": {"kk": "Қуат", "ru": "Мощность", "en": "Power draw"},
    "cells": {"kk": "Элементтер саны", "ru": "Число элементов", "en": "Number of cells"},
    "V": {"kk": "Номинал кернеу (ЭҚК)", "ru": "Номинальное напряжение (ЭДС)", "en": "Nominal voltage (EMF)"},
    "Q": {"kk": "Сыйымдылық", "ru": "Ёмкость", "en": "Capacity"},
    "E": {"kk": "Энергия", "ru": "Энергия", "en": "Energy"},
    "R": {"kk": "Ішкі кедергі", "ru": "Внутреннее сопротивление", "en": "Internal resistance"},
    "I": {"kk": "Ток", "ru": "Сила тока", "en": "Current"},
    "I_cell": {"kk": "Бір элементтің тогы", "ru": "Ток одного элемента", "en": "Current per cell"},
    "loss": {"kk": "Жылуға шығын I²R", "ru": "Потери на нагрев I²R", "en": "Heat loss I²R"},
    "loss_pct": {"kk": "Шығын, қуаттың %", "ru": "Потери, % мощности", "en": "Loss, % of the power"},
    "U": {"kk": "Жүктемедегі кернеу U", "ru": "Напряжение под нагрузкой U", "en": "Terminal voltage on load U"},
    "range": {"kk": "Жүріс қоры", "ru": "Запас хода", "en": "Range"},
    "axis_power": {"kk": "Қуат, кВт", "ru": "Мощность, кВт", "en": "Power, kW"},
    "axis_voltage": {"kk": "Кернеу U, В", "ru": "Напряжение U, В", "en": "Voltage U, V"},
    "axis_loss": {"kk": "Шығын, %", "ru": "Потери, %", "en": "Loss, %"},
    "now": {"kk": "Таңдалған қуат", "ru": "Выбранная мощность", "en": "Chosen power"},
    "limit": {"kk": "Шектеу 4 %", "ru": "Предел 4 %", "en": "Limit 4 %"},
}
UNITS = {
    "V": {"kk": "В", "ru": "В", "en": "V"},
    "A": {"kk": "А", "ru": "А", "en": "A"},
    "Ah": {"kk": "А·сағ", "ru": "А·ч", "en": "Ah"},
    "kWh": {"kk": "кВт·сағ", "ru": "кВт·ч", "en": "kWh"},
    "kW": {"kk": "кВт", "ru": "кВт", "en": "kW"},
    "W": {"kk": "Вт", "ru": "Вт", "en": "W"},
    "mOhm": {"kk": "мОм", "ru": "мОм", "en": "mΩ"},
    "km": {"kk": "км", "ru": "км", "en": "km"},
    "pcs": {"kk": "дана", "ru": "шт.", "en": "cells"},
    "pct": {"kk": "%", "ru": "%", "en": "%"},
}
POWER_MAX = 200.0
"""The upper end of the power slider and the plot, in kW (peak power of a mid-size electric car)."""


def _readout_html(result: Mapping[str, Any]) -> str:
    from ..i18n import pick
    from ..numbers import format_number

    def row(key: str, value: float, unit: str, digits: int = 3, bold: bool = False) -> str:
        text = f"{format_number(value, digits)} {pick(UNITS[unit])}"
        cell = f"<b>{text}</b>" if bold else text
        return f"<tr><td style='padding-right:1em'>{pick(LABELS[key])}</td><td>{cell}</td></tr>"

    rows = [
        row("cells", result["cells"], "pcs", 1),
        row("V", result["V"], "V", 4, bold=True),
        row("Q", result["Q"], "Ah", 4),
        row("E", result["E"], "kWh", 3, bold=True),
        row("R", 1000 * result["R"], "mOhm", 3),
        row("I", result["I"], "A", 4),
        row("I_cell", result["I_cell"], "A", 3),
        row("loss", result["loss_W"], "W", 4),
        row("loss_pct", result["loss_pct"], "pct", 3, bold=True),
        row("U", result["U"], "V", 4),
        row("range", result["range_km"], "km", 3),
    ]
    return "<table class='battery-readout'>" + "".join(rows) + "</table>"


class BatteryPlot(Plot):
    """Terminal voltage (left axis) and heat loss in % (right axis) against the power drawn; the chosen power marked."""

    size = (6.0, 3.6)
    margins = (0.75, 0.7, 0.55, 0.15)

    def __init__(self, limit_pct: float | None = None) -> None:
        self.limit_pct = limit_pct
        super().__init__()

    def build(self, figure: Any) -> None:
        import numpy as np

        from ..i18n import pick

        self.powers = np.linspace(0.0, POWER_MAX, 201)
        ax = self.ax = figure.add_subplot()
        ax2 = self.ax2 = ax.twinx()
        self.voltage = self.dynamic(ax.plot([], [], color="#08519c", lw=2, label=pick(LABELS["U"]))[0])
        self.voltage_now = self.dynamic(ax.plot([], [], "o", color="#08519c")[0])
        ax.set_xlabel(pick(LABELS["axis_power"]))
        ax.set_ylabel(pick(LABELS["axis_voltage"]), color="#08519c")
        ax.set_xlim(0, POWER_MAX)
        ax.grid(alpha=0.3)
        self.loss = self.dynamic(ax2.plot([], [], color="#d94801", lw=2, label=pick(LABELS["loss_pct"]))[0])
        self.loss_now = self.dynamic(ax2.plot([], [], "o", color="#d94801", label=pick(LABELS["now"]))[0])
        handles = [self.voltage, self.loss, self.loss_now]
        if self.limit_pct is not None:
            handles.append(ax2.axhline(self.limit_pct, color="#d94801", ls="--", lw=1, label=pick(LABELS["limit"])))
        ax2.set_ylabel(pick(LABELS["axis_loss"]), color="#d94801")
        self.legend(ax, handles, loc="lower left", fontsize=8)

    def update(self, result: Mapping[str, Any]) -> None:
        currents = self.powers * 1000.0 / result["V"]
        voltage = result["V"] - currents * result["R"]
        loss_pct = 100.0 * currents * result["R"] / result["V"]  # I**2 R / P with I = P / V
        self.voltage.set_data(self.powers, voltage)
        self.voltage_now.set_data([result["P_kW"]], [result["U"]])
        self.loss.set_data(self.powers, loss_pct)
        self.loss_now.set_data([result["P_kW"]], [result["loss_pct"]])
        set_limits(self.ax, y=(0, nice_ceiling(max(float(result["V"]) * 1.1, 1.0))))
        set_limits(self.ax2, y=(0, nice_ceiling(max(float(loss_pct[-1]) * 1.1, 5.0))))


# -- the design task: a pack for the plant's new model ---------------------------------------

DESIGN_POWER_KW = 80.0
"""The power at which the design task judges the loss, in kW (a motorway overtake of a mid-size car)."""
MAX_CELLS = 4000
"""The most cells the pack housing of the design task holds."""
LOSS_LIMIT_PCT = 4.0
"""The largest allowed heat loss at :data:`DESIGN_POWER_KW`, in per cent of the power."""


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("V", ">=", 350.0, UNITS["V"], LABELS["V"]),
         Requirement("E", ">=", 60.0, UNITS["kWh"], LABELS["E"]),
         Requirement("loss_pct", "<", LOSS_LIMIT_PCT, "%",
                     {"kk": "80 кВт кезіндегі шығын", "ru": "Потери при 80 кВт", "en": "Loss at 80 kW"}),
         Requirement("cells", "<=", float(MAX_CELLS), "", LABELS["cells"])),
        title={"kk": "Тапсырма: кемінде 350 В және 60 кВт·сағ, 80 кВт кезінде шығын 4 %-дан аз, ең көбі 4000 элемент",
               "ru": "Задание: не меньше 350 В и 60 кВт·ч, потери при 80 кВт меньше 4 %, не больше 4000 элементов",
               "en": "Task: at least 350 V and 60 kWh, loss at 80 kW under 4 %, at most 4000 cells"},
    )


DESIGN_SPEC = _design_spec()
"""At least 350 V nominal and 60 kWh, heat loss at 80 kW under 4 %, no more than 4000 cells."""
SPEC = DESIGN_SPEC


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"s": ..., "p": ...}`` at 80 kW (the lab and the hidden test use this)."""
    return at_power(float(design["s"]), float(design["p"]), DESIGN_POWER_KW)


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The lab: cells in series ``s``, strings in parallel ``p`` and the power draw (kW); readouts and a plot.

    The plot shows the terminal voltage and the heat loss (per cent) against the power drawn.
    ``task="pack-80kw"`` poses the design task :data:`DESIGN_SPEC` (the power is then fixed to
    80 kW) with a Check button; ``start`` sets the controls from a design dictionary.
    Returns a :class:`curriculum.labs.Lab`; ``lab.set(s=..., p=..., P_kW=...)`` moves the controls from code.
    """
    from ..i18n import pick
    from .core import Lab, Slider

    controls = [
        Slider("s", LABELS["s"], 10.0, 200.0, 1.0, 96.0),
        Slider("p", LABELS["p"], 1.0, 80.0, 1.0, 40.0),
    ]
    if task is None:
        controls.append(Slider("P_kW", LABELS["power"], 5.0, POWER_MAX, 5.0, 80.0, unit=pick(UNITS["kW"])))
        return Lab(model=lambda s, p, P_kW: at_power(s, p, P_kW), controls=controls, readout_html=_readout_html,
                   plot=BatteryPlot, title=TITLE, start=start)
    if task != "pack-80kw":
        raise ValueError(f"unknown task {task!r}: the battery lab poses 'pack-80kw'")
    return Lab(model=lambda s, p: design_result({"s": s, "p": p}), controls=controls, readout_html=_readout_html,
               plot=lambda: BatteryPlot(limit_pct=LOSS_LIMIT_PCT), title=TITLE, spec=DESIGN_SPEC, start=start)


__all__ = [
    "CELL_21700", "CONSUMPTION", "DESIGN_POWER_KW", "DESIGN_SPEC", "LOSS_LIMIT_PCT", "MAX_CELLS", "SPEC",
    "USABLE_FRACTION", "at_power", "current", "design_result", "loss_power", "make_lab", "pack", "pack_capacity",
    "pack_energy_kwh", "pack_resistance", "pack_voltage", "range_km", "terminal_voltage",
]
