"""The battery pack of an electric car: cells in series and in parallel, energy, current, losses and range.

The model of module ``phys-10-ev-battery``.  A pack is built from ``s`` cells in series
(one *string*) and ``p`` such strings in parallel, ``s * p`` cells in all.  Every cell is
modelled as a source of EMF ``emf`` (ℰ) with an internal resistance ``r`` and a capacity ``Q``;
``W`` is an energy (never ``E``, which physics books use for the EMF):

    pack EMF (nominal voltage)  V = s * emf            series: the EMFs add up
    pack capacity               Q_pack = p * Q         parallel: the charges add up (Ah)
    pack energy                 W = V * Q_pack = s * p * emf * Q
    pack internal resistance    R = s * r / p          s in series, then p equal strings in parallel
    terminal voltage on load    U = V - I * R          (Ohm's law for a complete circuit)
    power to the load           P = U * I = (V - I R) I,  so  R I**2 - V I + P = 0
    current at power P          I = (V - sqrt(V**2 - 4 R P)) / (2 R)   (the smaller root)
    first-order estimate        I ~ P / V              (as if U were V: too small by about the loss share)
    loss inside the cells       P_loss = I**2 * R      (Joule-Lenz)
    range                       d = usable energy / consumption

The larger root of the quadratic is a current at which most of the EMF is lost inside the pack; a
pack delivers at most ``V**2 / (4 R)`` (then half the power heats the pack). Because the loss at a given
power works out to ``N (emf - sqrt(emf**2 - 4 r P / N))**2 / (4 r)`` with ``N = s * p``, the cells' own
loss depends only on how many cells there are, not on how they are arranged; a higher pack voltage helps in
the parts whose resistance does not scale with the pack (cables, busbars, contactors, motor windings),
where the same power needs a smaller current.

Units: SI inside the formulas (V, A, ohm, W); capacities in ampere-hours (Ah) and energies in
kilowatt-hours (kWh), as cell datasheets and car makers give them; powers at the lab's sliders
in kW.  The model uses plain floats and no widgets, so hidden tests and the lab compute with
the same code; ``make_lab()`` imports ipywidgets and matplotlib only when called.
"""

from __future__ import annotations

import math
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
CELL_21700: dict[str, float] = {"emf": 3.6, "Q": 4.8, "r": 0.025}
"""A typical 21700 lithium-ion cell: EMF ``emf`` in V, capacity ``Q`` in Ah, internal resistance ``r`` in ohm."""

CONSUMPTION = 17.0
"""Typical energy use of a mid-size electric car in kWh per 100 km (WLTP ratings of mid-size cars: about 14-20)."""

USABLE_FRACTION = 0.9
"""Share of the pack's energy that the battery management lets the driver use (a typical buffer of about 10 %)."""


def pack_voltage(s: float, cell_emf: float) -> float:
    """Nominal pack voltage (the pack's EMF) in V: ``s`` cells in series add their EMFs, ``V = s * emf``."""
    return s * cell_emf


def pack_capacity(p: float, cell_capacity: float) -> float:
    """Pack capacity in Ah: ``p`` strings in parallel share the current, ``Q_pack = p * Q``."""
    return p * cell_capacity


def pack_energy_kwh(s: float, p: float, cell_emf: float, cell_capacity: float) -> float:
    """Energy stored in the pack in kWh: ``W = V * Q_pack = s * p * emf * Q`` (V * Ah = Wh, divided by 1000)."""
    return pack_voltage(s, cell_emf) * pack_capacity(p, cell_capacity) / 1000.0


def cell_energy_wh(cell: Mapping[str, float] = CELL_21700) -> float:
    """Energy of one cell in Wh: ``W = emf * Q`` (about 17.3 Wh for the 21700 cell)."""
    return float(cell["emf"]) * float(cell["Q"])


def pack_resistance(s: float, p: float, cell_r: float) -> float:
    """Internal resistance of the pack in ohm: a string of ``s`` cells has ``s * r``, ``p`` equal strings in parallel ``s * r / p``."""
    return s * cell_r / p


def current_estimate(power_w: float, emf: float) -> float:
    """The first-order estimate of the current in A at ``power_w`` watts: ``I ~ P / emf``, as if no voltage were lost inside."""
    return power_w / emf


def max_power(emf: float, resistance: float) -> float:
    """The most power in W a source of EMF ``emf`` and internal resistance ``resistance`` can deliver: ``emf**2 / (4 R)``."""
    return math.inf if resistance == 0 else emf**2 / (4 * resistance)


def current(power_w: float, emf: float, resistance: float) -> float:
    """Current in A when a source of EMF ``emf`` (V) and internal resistance ``resistance`` (ohm) delivers ``power_w``.

    ``P = (emf - I R) I`` is the quadratic ``R I**2 - emf I + P = 0``; its smaller root is the working current
    (the larger one loses most of the EMF inside). Raises ``ValueError`` above :func:`max_power`.
    """
    if resistance == 0:
        return current_estimate(power_w, emf)
    discriminant = emf**2 - 4 * resistance * power_w
    if discriminant < 0:
        raise ValueError(f"a source of {emf:g} V and {resistance:g} ohm delivers at most "
                         f"{max_power(emf, resistance):g} W, not {power_w:g} W")
    return (emf - math.sqrt(discriminant)) / (2 * resistance)


def loss_power(current_a: float, resistance: float) -> float:
    """Power in W turned into heat inside the pack: ``P_loss = I**2 * R`` (Joule-Lenz law)."""
    return current_a**2 * resistance


def terminal_voltage(emf: float, current_a: float, resistance: float) -> float:
    """Voltage in V at the pack's terminals under load: ``U = emf - I * R``."""
    return emf - current_a * resistance


def range_km(energy_kwh: float, consumption: float = CONSUMPTION, usable: float = USABLE_FRACTION) -> float:
    """Range in km: usable energy (kWh) divided by the consumption (kWh per 100 km), times 100 km."""
    return energy_kwh * usable / consumption * 100.0


def pack(s: int, p: int, cell: Mapping[str, float] = CELL_21700) -> dict[str, float]:
    """A pack of ``s`` cells in series and ``p`` strings in parallel of ``cell`` (keys ``emf`` V, ``Q`` Ah, ``r`` ohm).

    Returns ``{"V": volts, "Q": ampere-hours, "W": kilowatt-hours, "R": ohms, "cells": s * p}``.
    ``pack(2, 3)`` with the 21700 cell: V = 7.2, Q = 14.4, W = 0.10368, R = 0.0166...
    """
    emf, Q, r = float(cell["emf"]), float(cell["Q"]), float(cell["r"])
    return {"V": pack_voltage(s, emf), "Q": pack_capacity(p, Q), "W": pack_energy_kwh(s, p, emf, Q),
            "R": pack_resistance(s, p, r), "cells": s * p}


def at_power(s: float, p: float, power_kw: float, cell: Mapping[str, float] = CELL_21700,
             consumption: float = CONSUMPTION, usable: float = USABLE_FRACTION) -> dict[str, Any]:
    """Everything the lab shows for a pack of ``s`` x ``p`` cells delivering ``power_kw`` kilowatts.

    Keys: ``s``, ``p``, ``cells``, ``V`` (V), ``Q`` (Ah), ``W`` (kWh), ``R`` (ohm), ``P_kW``, ``P_max_kW``,
    ``deliverable`` (the pack can give that power), ``I`` (A, from the quadratic), ``I_estimate`` (A, ``P / V``),
    ``I_cell`` (A per cell), ``loss_W`` (W), ``loss_pct`` (% of the power delivered), ``loss_estimate_pct``
    (% with the estimated current), ``efficiency_pct`` (%), ``U`` (V, terminal voltage), ``range_km`` (km).
    A power the pack cannot deliver gives ``I``, ``loss_W``, ``U`` as NaN and the loss as infinite.
    """
    s, p = int(round(s)), int(round(p))
    data: dict[str, Any] = {"s": s, "p": p, **pack(s, p, cell)}
    power_w = power_kw * 1000.0
    p_max = max_power(data["V"], data["R"])
    deliverable = power_w <= p_max
    i = current(power_w, data["V"], data["R"]) if deliverable else math.nan
    i_estimate = current_estimate(power_w, data["V"])
    loss = loss_power(i, data["R"])
    loss_pct = (100.0 * loss / power_w if power_w > 0 else 0.0) if deliverable else math.inf
    data.update({"P_kW": power_kw, "P_max_kW": p_max / 1000.0, "deliverable": deliverable, "I": i,
                 "I_estimate": i_estimate, "I_cell": i / p, "loss_W": loss, "loss_pct": loss_pct,
                 "loss_estimate_pct": 100.0 * loss_power(i_estimate, data["R"]) / power_w if power_w > 0 else 0.0,
                 "efficiency_pct": 100.0 - loss_pct, "U": terminal_voltage(data["V"], i, data["R"]),
                 "range_km": range_km(data["W"], consumption, usable)})
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
    "W": {"kk": "Энергия", "ru": "Энергия", "en": "Energy"},
    "R": {"kk": "Ішкі кедергі", "ru": "Внутреннее сопротивление", "en": "Internal resistance"},
    "I": {"kk": "Ток", "ru": "Сила тока", "en": "Current"},
    "I_estimate": {"kk": "Бағалау I ≈ P/ℰ", "ru": "Оценка I ≈ P/ℰ", "en": "Estimate I ≈ P/ℰ"},
    "I_cell": {"kk": "Бір элементтің тогы", "ru": "Ток одного элемента", "en": "Current per cell"},
    "loss": {"kk": "Жылуға шығын I²R", "ru": "Потери на нагрев I²R", "en": "Heat loss I²R"},
    "loss_pct": {"kk": "Шығын, қуаттың %", "ru": "Потери, % мощности", "en": "Loss, % of the power"},
    "loss_estimate": {"kk": "Шығын, бағалау бойынша", "ru": "Потери по оценке", "en": "Loss by the estimate"},
    "U": {"kk": "Қысқыштардағы кернеу U", "ru": "Напряжение на зажимах U", "en": "Terminal voltage U"},
    "range": {"kk": "Жүріс қоры", "ru": "Запас хода", "en": "Range"},
    "P_max": {"kk": "Ең үлкен қуат ℰ²/4R", "ru": "Наибольшая мощность ℰ²/4R", "en": "Largest power ℰ²/4R"},
    "too_much": {"kk": "Батарея мұндай қуатты бере алмайды", "ru": "Батарея не может дать такую мощность",
                 "en": "The pack cannot deliver this power"},
    "axis_power": {"kk": "Қуат, кВт", "ru": "Мощность, кВт", "en": "Power, kW"},
    "axis_voltage": {"kk": "Кернеу U, В", "ru": "Напряжение U, В", "en": "Voltage U, V"},
    "axis_loss": {"kk": "Шығын, %", "ru": "Потери, %", "en": "Loss, %"},
    "now": {"kk": "Таңдалған қуат", "ru": "Выбранная мощность", "en": "Chosen power"},
    "limit": {"kk": "Шектеу 4 %", "ru": "Предел 4 %", "en": "Limit 4 %"},
    "pack": {"kk": "Батарея", "ru": "Батарея", "en": "Pack"},
    "motor": {"kk": "Қозғалтқыш", "ru": "Двигатель", "en": "Motor"},
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
GRID_COLUMNS, GRID_ROWS = 8, 5
"""At most this many cells in series (columns) and strings (rows) are drawn; a gap with dots stands for the rest."""
COOL, HOT = (1.0, 0.93, 0.63), (0.84, 0.15, 0.12)
"""Cell colours at no loss and at twice the design task's loss limit (and more)."""


def _readout_html(result: Mapping[str, Any]) -> str:
    from ..i18n import pick
    from ..numbers import format_number

    def row(key: str, value: float, unit: str, digits: int = 3, bold: bool = False) -> str:
        text = f"{format_number(value, digits)} {pick(UNITS[unit])}" if math.isfinite(value) else "—"
        cell = f"<b>{text}</b>" if bold else text
        return f"<tr><td style='padding-right:1em'>{pick(LABELS[key])}</td><td>{cell}</td></tr>"

    rows = [
        row("cells", result["cells"], "pcs", 1),
        row("V", result["V"], "V", 4, bold=True),
        row("Q", result["Q"], "Ah", 4),
        row("W", result["W"], "kWh", 3, bold=True),
        row("R", 1000 * result["R"], "mOhm", 3),
        row("I", result["I"], "A", 4),
        row("I_estimate", result["I_estimate"], "A", 4),
        row("I_cell", result["I_cell"], "A", 3),
        row("U", result["U"], "V", 4),
        row("loss", result["loss_W"], "W", 4),
        row("loss_pct", result["loss_pct"], "pct", 3, bold=True),
        row("P_max", result["P_max_kW"], "kW", 3),
        row("range", result["range_km"], "km", 3),
    ]
    warning = "" if result["deliverable"] else f"<p style='color:#b91c1c'><b>{pick(LABELS['too_much'])}</b></p>"
    return "<table class='battery-readout'>" + "".join(rows) + "</table>" + warning


def _shown(count: int, room: int) -> list[int | None]:
    """Which of ``count`` cells (or strings) to draw in ``room`` places: all, or the first ones, a gap (None), the last."""
    if count <= room:
        return list(range(count))
    return [*range(room - 2), None, count - 1]


def _heat_colour(loss_pct: float, limit_pct: float) -> tuple[float, float, float]:
    share = 1.0 if not math.isfinite(loss_pct) else min(max(loss_pct / (2 * limit_pct), 0.0), 1.0)
    return tuple(c + (h - c) * share for c, h in zip(COOL, HOT))  # type: ignore[return-value]


class BatteryPlot(Plot):
    """The circuit: the pack's cells, ``s`` in series in each of ``p`` parallel strings (as many as fit, dots for the
    rest), coloured by how hot the loss makes them, feeding the motor through its terminals; the current's arrow is as
    wide as the current and the terminal voltage, the EMF and the loss are written beside. Below, the terminal voltage
    and the loss (and the loss the estimate ``I = P/ℰ`` gives) against the power drawn, the chosen power marked."""

    size = (7.0, 5.6)
    margins = (0.75, 0.7, 0.55, 0.15)

    def __init__(self, limit_pct: float | None = None) -> None:
        self.limit_pct = limit_pct
        super().__init__()

    def build(self, figure: Any) -> None:
        import numpy as np
        from matplotlib.collections import LineCollection, PolyCollection
        from matplotlib.patches import Circle, FancyArrow, FancyBboxPatch

        from ..i18n import pick

        width, height = self.size
        circuit = self.circuit = figure.add_axes((0.1 / width, 3.35 / height, 6.8 / width, 2.2 / height))
        circuit.set_xlim(0, 13.6)
        circuit.set_ylim(0, 4.4)
        circuit.set_axis_off()
        circuit.add_patch(FancyBboxPatch((0.2, 0.3), 7.4, 3.8, boxstyle="round,pad=0.05,rounding_size=0.2",
                                         facecolor="#f4f4f4", edgecolor="#555555", linewidth=1.2))
        circuit.text(0.35, 3.95, pick(LABELS["pack"]), ha="left", va="top", fontsize=9, fontweight="bold")
        # the terminals, the wires and the motor
        circuit.plot([7.6, 10.9], [3.3, 3.3], color="#333333", linewidth=1.5)
        circuit.plot([7.6, 10.9], [1.1, 1.1], color="#333333", linewidth=1.5)
        circuit.plot([10.9, 10.9], [3.3, 2.75], color="#333333", linewidth=1.5)
        circuit.plot([10.9, 10.9], [1.65, 1.1], color="#333333", linewidth=1.5)
        circuit.add_patch(Circle((10.9, 2.2), 0.55, facecolor="white", edgecolor="#333333", linewidth=1.5))
        circuit.text(10.9, 2.2, "M", ha="center", va="center", fontsize=12, fontweight="bold")
        circuit.text(11.6, 2.2, pick(LABELS["motor"]), ha="left", va="center", fontsize=8)
        circuit.text(7.75, 3.45, "+", ha="left", va="bottom", fontsize=11, fontweight="bold", color="#b91c1c")
        circuit.text(7.75, 0.95, "−", ha="left", va="top", fontsize=11, fontweight="bold", color="#1d4ed8")
        self.cells = self.dynamic(circuit.add_collection(PolyCollection([], edgecolors="#555555", linewidths=0.6)))
        self.links = self.dynamic(circuit.add_collection(LineCollection([], colors="#333333", linewidths=0.9)))
        self.dots = self.dynamic(circuit.plot([], [], linestyle="none", marker=".", markersize=3, color="#333333")[0])
        self.arrow = self.dynamic(circuit.add_patch(FancyArrow(8.0, 3.3, 1.8, 0.0, width=0.1, length_includes_head=True,
                                                               color="#b91c1c")))
        self.current_text = self.dynamic(circuit.text(8.9, 3.75, "", ha="center", va="bottom", fontsize=9,
                                                      color="#b91c1c", fontweight="bold"))
        self.voltage_text = self.dynamic(circuit.text(9.2, 2.2, "", ha="center", va="center", fontsize=9))
        self.loss_text = self.dynamic(circuit.text(7.45, 0.45, "", ha="right", va="bottom", fontsize=8, color="#b91c1c"))
        # what changes only with the cells (drawn again with the background, seldom)
        self.emf_text = circuit.text(0.35, 0.45, "", ha="left", va="bottom", fontsize=8)
        self.grid_text = circuit.text(4.0, 3.95, "", ha="center", va="top", fontsize=8)

        self.powers = np.linspace(0.0, POWER_MAX, 201)
        ax = self.ax = figure.add_axes((0.75 / width, 0.55 / height, 5.55 / width, 2.45 / height))
        ax2 = self.ax2 = ax.twinx()
        self.voltage = self.dynamic(ax.plot([], [], color="#08519c", lw=2, label=pick(LABELS["U"]))[0])
        self.voltage_now = self.dynamic(ax.plot([], [], "o", color="#08519c")[0])
        ax.set_xlabel(pick(LABELS["axis_power"]))
        ax.set_ylabel(pick(LABELS["axis_voltage"]), color="#08519c")
        ax.set_xlim(0, POWER_MAX)
        ax.grid(alpha=0.3)
        self.loss = self.dynamic(ax2.plot([], [], color="#d94801", lw=2, label=pick(LABELS["loss_pct"]))[0])
        self.loss_estimate = self.dynamic(ax2.plot([], [], color="#d94801", lw=1, ls=":",
                                                   label=pick(LABELS["loss_estimate"]))[0])
        self.loss_now = self.dynamic(ax2.plot([], [], "o", color="#d94801", label=pick(LABELS["now"]))[0])
        handles = [self.voltage, self.loss, self.loss_estimate, self.loss_now]
        if self.limit_pct is not None:
            handles.append(ax2.axhline(self.limit_pct, color="#d94801", ls="--", lw=1, label=pick(LABELS["limit"])))
        ax2.set_ylabel(pick(LABELS["axis_loss"]), color="#d94801")
        self.legend(ax, handles, loc="lower left", fontsize=8)

    def _draw_pack(self, result: Mapping[str, Any]) -> None:
        from ..i18n import pick
        from ..numbers import format_number

        columns, rows = _shown(result["s"], GRID_COLUMNS), _shown(result["p"], GRID_ROWS)
        x0, x1, y0, y1 = 0.9, 7.0, 0.95, 3.45
        dx, dy = (x1 - x0) / GRID_COLUMNS, (y1 - y0) / GRID_ROWS
        left, right = x0 - 0.25, x0 + dx * len(columns) - dx * 0.25
        cells, links, dots_x, dots_y = [], [], [], []
        for j, row in enumerate(rows):
            y = y1 - dy * (j + 0.5)
            if row is None:
                dots_x += [x0 + dx * (len(columns) / 2 - 0.5) + k * 0.15 for k in (-1, 0, 1)]
                dots_y += [y] * 3
                continue
            links.append([(left, y), (right, y)])
            for i, column in enumerate(columns):
                x = x0 + dx * i
                if column is None:
                    dots_x += [x + dx * 0.25 + k * 0.15 for k in (-1, 0, 1)]
                    dots_y += [y] * 3
                    continue
                w, h = dx * 0.5, dy * 0.55
                cells.append([(x, y - h / 2), (x + w, y - h / 2), (x + w, y + h / 2), (x, y + h / 2)])
        top, bottom = y1 - dy * 0.5, y1 - dy * (len(rows) - 0.5)
        links += [[(left, bottom), (left, top)], [(right, bottom), (right, top)],  # the parallel busbars
                  [(right, top), (right, 3.3)], [(right, 3.3), (7.6, 3.3)],    # + to its terminal
                  [(left, bottom), (left, 1.1)], [(left, 1.1), (7.6, 1.1)]]   # - to its terminal
        self.cells.set_verts(cells)
        self.links.set_segments(links)
        self.dots.set_data(dots_x, dots_y)
        self.grid_text.set_text(f"{result['s']}s{result['p']}p = {format_number(result['cells'], 1)} "
                                f"{pick(UNITS['pcs'])}")
        self.emf_text.set_text(f"ℰ = {format_number(result['V'], 4)} {pick(UNITS['V'])},  "
                               f"R = {format_number(1000 * result['R'], 3)} {pick(UNITS['mOhm'])}")

    def update(self, result: Mapping[str, Any]) -> None:
        import numpy as np

        from ..i18n import pick
        from ..numbers import format_number

        shape = (result["s"], result["p"])
        if shape != getattr(self, "shape", None):
            self.shape = shape
            self._draw_pack(result)
            V, R = result["V"], result["R"]
            p_max = max_power(V, R) / 1000.0
            powers = self.powers[self.powers <= p_max]
            currents = (V - np.sqrt(np.maximum(V**2 - 4 * R * powers * 1000.0, 0.0))) / (2 * R)
            with np.errstate(divide="ignore", invalid="ignore"):
                loss_pct = np.where(powers > 0, 100.0 * currents**2 * R / (powers * 1000.0), 0.0)
            self.voltage.set_data(powers, V - currents * R)
            self.loss.set_data(powers, loss_pct)
            self.loss_estimate.set_data(self.powers, 100.0 * self.powers * 1000.0 * R / V**2)
            set_limits(self.ax, y=(0, nice_ceiling(max(float(V) * 1.1, 1.0))))
            top = float(loss_pct[-1]) if len(loss_pct) else 100.0
            set_limits(self.ax2, y=(0, nice_ceiling(max(top * 1.1, 5.0))))
        limit = self.limit_pct or 4.0
        self.cells.set_facecolor(_heat_colour(result["loss_pct"], limit))
        deliverable = result["deliverable"]
        self.arrow.set_visible(deliverable)
        if deliverable:
            share = min(result["I"] / 600.0, 1.0)  # the arrow's width follows the current (600 A: as wide as it gets)
            self.arrow.set_data(width=0.06 + 0.5 * share, head_width=0.2 + 0.7 * share, head_length=0.35)
            self.current_text.set_text(f"I = {format_number(result['I'], 4)} {pick(UNITS['A'])}")
            self.voltage_text.set_text(f"U = {format_number(result['U'], 4)} {pick(UNITS['V'])}")
            self.loss_text.set_text(f"I²R = {format_number(result['loss_W'] / 1000, 3)} {pick(UNITS['kW'])} "
                                    f"({format_number(result['loss_pct'], 3)} %)")
        else:
            self.current_text.set_text(pick(LABELS["too_much"]))
            self.voltage_text.set_text("")
            self.loss_text.set_text("")
        self.voltage_now.set_data([result["P_kW"]], [result["U"]])
        self.loss_now.set_data([result["P_kW"]], [result["loss_pct"] if deliverable else np.nan])


# -- the design task: a pack for the plant's new model ---------------------------------------

DESIGN_POWER_KW = 80.0
"""The power at which the design task judges the loss, in kW (a motorway overtake of a mid-size car)."""
MAX_CELLS = 4500
"""The most cells the pack housing of the design task holds (a mid-size car's pack: about 4400 cells of size 21700)."""
LOSS_LIMIT_PCT = 4.0
"""The largest allowed heat loss at :data:`DESIGN_POWER_KW`, in per cent of the power (the current from the quadratic)."""


def _design_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec(
        (Requirement("V", ">=", 350.0, UNITS["V"], LABELS["V"]),
         Requirement("W", ">=", 60.0, UNITS["kWh"], LABELS["W"]),
         Requirement("loss_pct", "<", LOSS_LIMIT_PCT, "%",
                     {"kk": "80 кВт кезіндегі шығын", "ru": "Потери при 80 кВт", "en": "Loss at 80 kW"}),
         Requirement("cells", "<=", float(MAX_CELLS), "", LABELS["cells"])),
        title={"kk": "Тапсырма: кемінде 350 В және 60 кВт·сағ, 80 кВт кезінде шығын 4 %-дан аз, ең көбі 4500 элемент",
               "ru": "Задание: не меньше 350 В и 60 кВт·ч, потери при 80 кВт меньше 4 %, не больше 4500 элементов",
               "en": "Task: at least 350 V and 60 kWh, loss at 80 kW under 4 %, at most 4500 cells"},
    )


DESIGN_SPEC = _design_spec()
"""At least 350 V nominal and 60 kWh, heat loss at 80 kW under 4 % (the current from the quadratic), no more than
4500 cells."""


def design_result(design: Mapping[str, float]) -> dict[str, Any]:
    """What the model says of a design ``{"s": ..., "p": ...}`` at 80 kW (the lab and the hidden test use this)."""
    return at_power(float(design["s"]), float(design["p"]), DESIGN_POWER_KW)


def make_lab(task: str | None = None, start: Mapping[str, Any] | None = None) -> Any:
    """The lab: cells in series ``s``, strings in parallel ``p`` and the power draw (kW); the circuit with its current,
    the readouts, and the terminal voltage and the loss against the power.

    ``task="pack-80kw"`` poses the design task :data:`DESIGN_SPEC` (the power is then fixed to 80 kW) with a Check
    button; ``start`` sets the controls from a design dictionary. Returns a :class:`curriculum.labs.Lab`;
    ``lab.set(s=..., p=..., P_kW=...)`` moves the controls from code.
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
    "CELL_21700", "CONSUMPTION", "DESIGN_POWER_KW", "DESIGN_SPEC", "LOSS_LIMIT_PCT", "MAX_CELLS", "USABLE_FRACTION",
    "at_power", "cell_energy_wh", "current", "current_estimate", "design_result", "loss_power", "make_lab",
    "max_power", "pack", "pack_capacity", "pack_energy_kwh", "pack_resistance", "pack_voltage", "range_km",
    "terminal_voltage",
]
