"""The VIN lab: the vehicle identification number and its check digit.

A VIN (ISO 3779) has 17 characters: the digits 0-9 and the capital Latin letters
except I, O and Q (they look too much like 1 and 0).  Position 9 holds a check
digit computed by the North American rule (49 CFR 565.15): every character is
transliterated to a number, multiplied by the weight of its position, the products
are added up and the sum is divided by 11; the remainder is the check digit, and a
remainder of 10 is written ``X``.  The rule is mandatory for vehicles sold in North
America and used by many makers elsewhere, but ISO 3779 itself does not require it.

The functions here are **strict**: a VIN is written in capital letters, so ``"a"``
or a space is a character outside the VIN alphabet.  ``transliterate``,
``weighted_sum`` and ``check_digit`` raise ``ValueError`` for such input;
``is_valid_vin`` and ``explain`` never raise (the lab and the hidden tests rely on it).

>>> check_digit("1M8GDM9AXKP042788")
'X'
>>> is_valid_vin("1M8GDM9AXKP042788"), is_valid_vin("1M8GDM9AXKP042789")
(True, False)

The model is plain Python; widgets are imported only inside :func:`make_lab`.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..i18n import pick
from .core import Plot

LENGTH = 17
"""A VIN has 17 characters."""

CHECK_POSITION = 9
"""The check digit stands at position 9 (counting from 1), index 8 in Python."""

FORBIDDEN_LETTERS = "IOQ"
"""Letters never used in a VIN: they are easily confused with 1 and 0."""

ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
"""The 33 characters a VIN may contain: 10 digits and 23 capital letters (no I, O, Q)."""

TRANSLITERATION: dict[str, int] = {
    **{d: int(d) for d in "0123456789"},
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
    "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
    "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
}
"""The number each VIN character stands for in the check digit rule (49 CFR 565.15)."""

WEIGHTS: tuple[int, ...] = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
"""The weight of positions 1 to 17; position 9 (the check digit itself) has weight 0."""

EXAMPLE_VIN = "1M8GDM9AXKP042788"
"""The well-known valid example VIN of 49 CFR 565-style tutorials; its check digit is X."""

assert set(TRANSLITERATION) == set(ALPHABET) and len(ALPHABET) == 33 and len(WEIGHTS) == LENGTH


def transliterate(ch: str) -> int:
    """The number of one VIN character: a digit is itself, a letter follows the table.

    >>> transliterate("7"), transliterate("A"), transliterate("X")
    (7, 1, 7)

    Raises ``ValueError`` for a character outside the VIN alphabet (I, O, Q, lower case, ...).
    """
    if not isinstance(ch, str) or ch not in TRANSLITERATION:
        raise ValueError(f"{ch!r} is not a VIN character")
    return TRANSLITERATION[ch]


def _require_format(vin: str) -> None:
    if not isinstance(vin, str) or len(vin) != LENGTH:
        raise ValueError(f"a VIN has {LENGTH} characters: {vin!r}")
    for ch in vin:
        transliterate(ch)


def weighted_sum(vin: str) -> int:
    """The sum of value x weight over the 17 positions (position 9 counts 0).

    >>> weighted_sum("1M8GDM9AXKP042788")
    351

    Raises ``ValueError`` unless ``vin`` is 17 characters of the VIN alphabet.
    """
    _require_format(vin)
    return sum(transliterate(ch) * w for ch, w in zip(vin, WEIGHTS))


def check_digit(vin: str) -> str:
    """The check digit the 17-character ``vin`` should carry at position 9: ``'0'`` ... ``'9'`` or ``'X'``.

    The character now at position 9 does not matter (its weight is 0).

    >>> check_digit("1M8GDM9AXKP042788"), check_digit("1HGCM82633A004352")
    ('X', '3')
    """
    remainder = weighted_sum(vin) % 11
    return "X" if remainder == 10 else str(remainder)


def is_valid_vin(vin: Any) -> bool:
    """True if ``vin`` is 17 characters of the VIN alphabet with the right check digit at position 9.

    Strict: capital letters only, no spaces; I, O and Q make a VIN invalid.  Never raises.

    >>> is_valid_vin("1M8GDM9AXKP042788"), is_valid_vin("1m8gdm9axkp042788"), is_valid_vin("1M8GDM9AXKP04278")
    (True, False, False)
    """
    if not isinstance(vin, str) or len(vin) != LENGTH or any(ch not in TRANSLITERATION for ch in vin):
        return False
    return vin[CHECK_POSITION - 1] == check_digit(vin)


def bad_vins(log: list[str]) -> list[str]:
    """The entries of a scanner log that are not valid VINs, in log order (repeats kept).

    >>> bad_vins(["1M8GDM9AXKP042788", "1M8GDM9AXKP042789"])
    ['1M8GDM9AXKP042789']
    """
    return [entry for entry in log if not is_valid_vin(entry)]


def with_check_digit(vin: str) -> str:
    """``vin`` with position 9 replaced by its correct check digit (a valid VIN from any 17 VIN characters).

    >>> with_check_digit("1M8GDM9A0KP042788")
    '1M8GDM9AXKP042788'
    """
    i = CHECK_POSITION - 1
    return vin[:i] + check_digit(vin) + vin[i + 1:]


def count_vins(free_positions: int) -> int:
    """How many different VINs there are when ``free_positions`` positions may hold any VIN character."""
    return len(ALPHABET) ** free_positions


@dataclass(frozen=True)
class Row:
    """One position of a VIN in the check digit computation."""

    position: int
    char: str
    value: int | None
    weight: int
    product: int | None

    @property
    def allowed(self) -> bool:
        return self.value is not None


def explain(vin: Any) -> dict[str, Any]:
    """The check digit computation of ``vin`` step by step, for the lab and the lesson; never raises.

    Returns a dict with ``vin`` (the text), ``rows`` (one :class:`Row` per character, at
    most 17), ``status`` and, when the format is right, ``sum``, ``remainder``,
    ``expected`` (the check digit the VIN should have) and ``given`` (the one it has).
    ``status`` is one of ``"valid"``, ``"wrong-check-digit"``, ``"wrong-length"``,
    ``"bad-characters"`` (then ``bad`` lists the positions of the bad characters, 1-based).

    >>> r = explain("1M8GDM9AXKP042788"); r["status"], r["sum"], r["remainder"], r["expected"]
    ('valid', 351, 10, 'X')
    """
    text = vin if isinstance(vin, str) else str(vin)
    rows = []
    for i, ch in enumerate(text[:LENGTH]):
        value = TRANSLITERATION.get(ch)
        weight = WEIGHTS[i]
        rows.append(Row(i + 1, ch, value, weight, None if value is None else value * weight))
    result: dict[str, Any] = {"vin": text, "rows": rows, "length": len(text)}
    bad = [i + 1 for i, ch in enumerate(text) if ch not in TRANSLITERATION]
    if bad:
        result.update(status="bad-characters", bad=bad)
    elif len(text) != LENGTH:
        result.update(status="wrong-length", bad=[])
    else:
        total = sum(r.product for r in rows)
        remainder = total % 11
        expected = "X" if remainder == 10 else str(remainder)
        given = text[CHECK_POSITION - 1]
        result.update(status="valid" if given == expected else "wrong-check-digit", bad=[],
                      sum=total, remainder=remainder, expected=expected, given=given)
    return result


# -- the lab ----------------------------------------------------------------------------------

LABELS: dict[str, Mapping[str, str]] = {
    "title": {"kk": "VIN бақылау таңбасы", "ru": "Контрольный знак VIN",
              "en": "The VIN check digit"},
    "input": {"kk": "Сканер оқыған VIN", "ru": "VIN, считанный сканером", "en": "VIN read by the scanner"},
    "position": {"kk": "Орын", "ru": "Позиция", "en": "Position"},
    "char": {"kk": "Таңба", "ru": "Знак", "en": "Character"},
    "value": {"kk": "Мәні", "ru": "Значение", "en": "Value"},
    "weight": {"kk": "Салмақ", "ru": "Вес", "en": "Weight"},
    "product": {"kk": "Көбейтінді", "ru": "Произведение", "en": "Product"},
    "sum": {"kk": "Салмақталған қосынды", "ru": "Взвешенная сумма", "en": "Weighted sum"},
    "remainder": {"kk": "11-ге бөлгендегі қалдық", "ru": "Остаток от деления на 11", "en": "Remainder on division by 11"},
    "expected": {"kk": "Есептелген бақылау таңбасы", "ru": "Вычисленный контрольный знак", "en": "Computed check digit"},
    "given": {"kk": "9-орындағы таңба", "ru": "Знак на 9-й позиции", "en": "Character at position 9"},
    "valid": {"kk": "✅ VIN дұрыс: көлік зауыттан шыға алады.",
              "ru": "✅ VIN верный: автомобиль может покинуть завод.",
              "en": "✅ The VIN is valid: the car may leave the plant."},
    "wrong-check-digit": {
        "kk": "❌ VIN қате: 9-орындағы таңба ({given}) есептелген бақылау таңбасына ({expected}) сәйкес келмейді. "
              "Бір таңба қате оқылған не қате терілген: көлікті тоқтатыңыз!",
        "ru": "❌ VIN неверный: знак на 9-й позиции ({given}) не совпадает с вычисленным контрольным знаком ({expected}). "
              "Какой-то знак считан или набран с ошибкой: остановите автомобиль!",
        "en": "❌ The VIN is not valid: the character at position 9 ({given}) differs from the computed check digit "
              "({expected}). A character was misread or mistyped: stop the car!"},
    "wrong-length": {
        "kk": "❌ VIN-де 17 таңба болуы керек, ал мұнда {n} таңба.",
        "ru": "❌ В VIN должно быть 17 знаков, а здесь {n}.",
        "en": "❌ A VIN has 17 characters; this one has {n}."},
    "bad-characters": {
        "kk": "❌ VIN-де рұқсат етілмеген таңбалар бар (орындары: {positions}). VIN тек цифрлардан және бас "
              "латын әріптерінен тұрады; I, O, Q әріптері ешқашан қолданылмайды (олар 1 мен 0-ге ұқсас).",
        "ru": "❌ В VIN есть недопустимые знаки (позиции: {positions}). VIN состоит только из цифр и заглавных "
              "латинских букв; буквы I, O, Q никогда не используются (их легко спутать с 1 и 0).",
        "en": "❌ The VIN contains characters that are not allowed (positions: {positions}). A VIN has only digits "
              "and capital Latin letters; the letters I, O and Q are never used (they look like 1 and 0)."},
    "empty": {"kk": "VIN енгізіңіз (17 таңба).", "ru": "Введите VIN (17 знаков).", "en": "Type a VIN (17 characters)."},
    "plot": {"kk": "Әр орынның үлесі (мән × салмақ)", "ru": "Вклад каждой позиции (значение × вес)",
             "en": "Contribution of each position (value × weight)"},
    "scanner": {"kk": "Сканер", "ru": "Сканер", "en": "Scanner"},
    "plate": {"kk": "VIN тақтайшасы", "ru": "Табличка VIN", "en": "VIN plate"},
    "go": {"kk": "Көлік зауыттан шығады", "ru": "Автомобиль покидает завод", "en": "The car leaves the plant"},
    "stop": {"kk": "Көлік тоқтатылды", "ru": "Автомобиль остановлен", "en": "The car is stopped"},
    # the check-rule lab (lesson 2 and task 9)
    "rule-title": {"kk": "Бөлшек затбелгісінің бақылау таңбасы", "ru": "Контрольный знак этикетки детали",
                   "en": "The check digit of a part label"},
    "modulus": {"kk": "Модуль (бөлгіш)", "ru": "Модуль (делитель)", "en": "Modulus (divisor)"},
    "mod-10": {"kk": "10 (таңба 0–9)", "ru": "10 (знак 0–9)", "en": "10 (digit 0–9)"},
    "mod-11": {"kk": "11 (таңба 0–9 немесе X)", "ru": "11 (знак 0–9 или X)", "en": "11 (0–9 or X)"},
    "single": {"kk": "Бір таңба қате", "ru": "Один неверный знак", "en": "One wrong digit"},
    "adjacent": {"kk": "Көрші таңбалар орын ауыстырған", "ru": "Соседние знаки переставлены",
                 "en": "Neighbours swapped"},
    "jump": {"kk": "Бір таңба арқылы орын ауыстыру", "ru": "Перестановка через один знак",
             "en": "Swap across one digit"},
    "caught": {"kk": "ұсталған қателер, %", "ru": "пойманные ошибки, %", "en": "errors caught, %"},
    "label": {"kk": "Затбелгі", "ru": "Этикетка", "en": "Label"},
    "typo": {"kk": "Қатемен терілген", "ru": "Набрано с ошибкой", "en": "Typed with an error"},
    "passes": {"kk": "тексеруден өтеді: қате байқалмайды!", "ru": "проходит проверку: ошибка не замечена!",
               "en": "passes the check: the error is missed!"},
    "fails": {"kk": "тексеруден өтпейді: қате ұсталды", "ru": "не проходит проверку: ошибка поймана",
              "en": "fails the check: the error is caught"},
    "rule-spec": {"kk": "Техникалық тапсырма: бөлшек затбелгісінің ережесі", "ru": "Техническое задание: правило этикетки детали",
                  "en": "Specification: the part label's rule"},
    "weight-n": {"kk": "{n}-орынның салмағы", "ru": "Вес позиции {n}", "en": "Weight of position {n}"},
}

_RED, _GREEN, _GREY = "#f8d0d0", "#d4f0d4", "#eeeeee"


@dataclass
class TextBox:
    """A text control with the interface of :class:`curriculum.labs.Slider`: ``name``, ``build()``, ``widget``."""

    name: str
    label: Mapping[str, str]
    value: str = ""
    placeholder: str = ""
    width: str = "260px"

    def build(self) -> Any:
        import ipywidgets as w

        from .core import LABEL_WIDTH

        # the label is the text box's own description: ipywidgets links it to the <input> (its accessible name)
        self.widget = w.Text(value=self.value, placeholder=self.placeholder, continuous_update=True,
                             description=pick(self.label), style={"description_width": LABEL_WIDTH},
                             layout=w.Layout(width=f"calc({LABEL_WIDTH} + 8px + {self.width})"))
        self.widget.add_class(f"lab-control-{self.name}")
        return self.widget


def lab_model(vin: str) -> dict[str, Any]:
    """The lab's model: :func:`explain` of the text in the box, surrounding spaces removed."""
    return explain(vin.strip() if isinstance(vin, str) else vin)


def _cell(content: Any, background: str | None = None, bold: bool = False) -> str:
    style = "padding:2px 5px;text-align:center;border:1px solid #ccc;font-family:monospace;"
    if background:
        style += f"background:{background};"
    if bold:
        style += "font-weight:bold;"
    return f'<td style="{style}">{html.escape(str(content))}</td>'


def render_html(result: Mapping[str, Any]) -> str:
    """The readout of the lab: the table of positions and the verdict, in the course language."""
    status = result["status"]
    if result["length"] == 0:
        return f"<p>{html.escape(pick(LABELS['empty']))}</p>"
    rows: list[Row] = result["rows"]
    bad = set(result.get("bad", []))
    check_colour = {"valid": _GREEN, "wrong-check-digit": _RED}.get(status)

    def background(r: Row) -> str | None:
        if r.position in bad:
            return _RED
        if r.position == CHECK_POSITION:
            return check_colour or _GREY
        return None

    def line(label_key: str, cells: list[str]) -> str:
        head = f'<th style="padding:2px 6px;text-align:left;border:1px solid #ccc;">{html.escape(pick(LABELS[label_key]))}</th>'
        return "<tr>" + head + "".join(cells) + "</tr>"

    dash = "–"
    table = "".join([
        line("position", [_cell(r.position, background(r)) for r in rows]),
        line("char", [_cell(r.char if r.char.strip() else "␣", background(r), bold=True) for r in rows]),
        line("value", [_cell(dash if r.value is None else r.value, background(r)) for r in rows]),
        line("weight", [_cell(r.weight, background(r)) for r in rows]),
        line("product", [_cell(dash if r.product is None else r.product, background(r)) for r in rows]),
    ])
    parts = [f'<table style="border-collapse:collapse;margin:4px 0;">{table}</table>']
    if status == "bad-characters":
        positions = ", ".join(str(p) for p in result["bad"])
        parts.append(f"<p><b>{html.escape(pick(LABELS['bad-characters']).format(positions=positions))}</b></p>")
        if result["length"] != LENGTH:
            parts.append(f"<p><b>{html.escape(pick(LABELS['wrong-length']).format(n=result['length']))}</b></p>")
    elif status == "wrong-length":
        parts.append(f"<p><b>{html.escape(pick(LABELS['wrong-length']).format(n=result['length']))}</b></p>")
    else:
        facts = [
            (pick(LABELS["sum"]), str(result["sum"])),
            (pick(LABELS["remainder"]), str(result["remainder"])),
            (pick(LABELS["expected"]), result["expected"]),
            (pick(LABELS["given"]), result["given"]),
        ]
        parts.append("<p>" + "<br>".join(f"{html.escape(k)}: <b>{html.escape(v)}</b>" for k, v in facts) + "</p>")
        verdict = pick(LABELS[status]).format(given=result["given"], expected=result["expected"])
        parts.append(f"<p><b>{html.escape(verdict)}</b></p>")
    return "\n".join(parts)


class VinPlot(Plot):
    """The car at the end of the line with its VIN plate, the scanner reading it and the light that lets the car
    go or stops it, above the product (value x weight) of every position as a bar.

    The 17 characters of the plate and the 17 bars keep their places while the VIN is typed (position 9, the
    check digit, stays where it is): a bad character is red on the plate and in the bars, the check position
    grey in the bars and green or red on the plate as the check says; the scanner's beam and the light turn
    green for a valid VIN and red otherwise.
    """

    size = (7.5, 4.4)
    margins = (0.5, 0.2, 0.35, 2.15)

    def build(self, figure: Any) -> None:
        from matplotlib.patches import Circle, FancyBboxPatch, Polygon, Rectangle
        from matplotlib.transforms import offset_copy

        from ..i18n import pick

        width, height = self.size
        scene = self.scene = figure.add_axes((0.05 / width, 2.35 / height, 7.4 / width, 2.0 / height))
        scene.set_xlim(0, 14.8)
        scene.set_ylim(0, 4.0)
        scene.set_axis_off()
        # the line: a belt on rollers
        scene.add_patch(Rectangle((0.1, 0.25), 10.6, 0.25, facecolor="#bbbbbb", edgecolor="#777777"))
        for x in range(1, 11):
            scene.add_patch(Circle((x - 0.4, 0.25), 0.12, facecolor="#777777"))
        # the car: body, cabin, wheels
        scene.add_patch(Polygon([(0.6, 0.75), (0.6, 1.5), (1.4, 1.75), (2.4, 2.6), (5.6, 2.6), (6.8, 1.8), (8.6, 1.6),
                                 (8.8, 0.75)], closed=True, facecolor="#dfe8f3", edgecolor="#4a6b8a", linewidth=1.2))
        scene.add_patch(Polygon([(2.6, 2.45), (3.9, 2.45), (3.9, 1.85), (1.9, 1.85)], closed=True, facecolor="#b9cfe4",
                                edgecolor="#4a6b8a"))
        scene.add_patch(Polygon([(4.1, 2.45), (5.5, 2.45), (6.4, 1.85), (4.1, 1.85)], closed=True, facecolor="#b9cfe4",
                                edgecolor="#4a6b8a"))
        for x in (2.1, 7.1):
            scene.add_patch(Circle((x, 0.8), 0.5, facecolor="#333333"))
            scene.add_patch(Circle((x, 0.8), 0.2, facecolor="#bbbbbb"))
        # the VIN plate with its 17 characters
        scene.add_patch(FancyBboxPatch((1.05, 1.0), 6.3, 0.55, boxstyle="round,pad=0.05", facecolor="white",
                                       edgecolor="#333333"))
        scene.text(1.05, 1.62, pick(LABELS["plate"]), fontsize=7, color="#333333", va="bottom")
        self.plate = [self.dynamic(scene.text(1.25 + 0.37 * i, 1.27, "", ha="center", va="center",
                                              fontfamily="monospace", fontsize=10, fontweight="bold"))
                      for i in range(LENGTH)]
        # the scanner on its post, its beam to the plate, and the light
        scene.add_patch(Rectangle((11.5, 0.25), 0.15, 3.0, facecolor="#777777"))
        scene.add_patch(Rectangle((10.4, 2.9), 1.4, 0.6, facecolor="#444444"))
        scene.text(11.1, 3.6, pick(LABELS["scanner"]), ha="center", va="bottom", fontsize=8)
        self.beam = self.dynamic(scene.add_patch(Polygon([(10.4, 3.1), (7.4, 1.55), (7.4, 1.0), (10.4, 3.0)], closed=True,
                                                         alpha=0.35, facecolor="#999999", edgecolor="none")))
        scene.add_patch(Rectangle((12.6, 1.2), 0.8, 1.7, facecolor="#222222"))
        self.light = self.dynamic(scene.add_patch(Circle((13.0, 2.05), 0.3, facecolor="#999999")))
        self.verdict = self.dynamic(scene.text(13.0, 0.85, "", ha="center", va="top", fontsize=8, wrap=True))

        ax = self.ax = figure.add_subplot()
        positions = range(1, LENGTH + 1)
        self.bars = [self.dynamic(bar) for bar in ax.bar(positions, [0] * LENGTH)]
        below_axis = offset_copy(ax.get_xaxis_transform(), fig=figure, y=-7, units="points")
        self.chars = [self.dynamic(ax.text(p, 0, "", transform=below_axis, ha="center", va="top",
                                           fontfamily="monospace", fontsize="medium")) for p in positions]
        ax.set_xticks(positions, [""] * LENGTH)
        span = LENGTH - 0.2  # bars 0.8 wide at 1 .. 17, and 5 % margins, as autoscaling gives
        ax.set_xlim(0.6 - 0.05 * span, LENGTH + 0.4 + 0.05 * span)
        ax.set_title(pick(LABELS["plot"]), fontsize=10)
        ax.set_ylim(0, 95)

    def update(self, result: Mapping[str, Any]) -> None:
        from ..i18n import pick

        rows: list[Row] = result["rows"]
        self.visible = bool(rows)
        status = result["status"]
        light = {"valid": "#2e9d44"}.get(status, "#d9534f")
        for i, (bar, char, plate) in enumerate(zip(self.bars, self.chars, self.plate)):
            r = rows[i] if i < len(rows) else None
            bar.set_visible(r is not None)
            char.set_text("" if r is None else r.char)
            plate.set_text("" if r is None else (r.char if r.char.strip() else "␣"))
            if r is not None:
                bar.set_height(0 if r.product is None else r.product)
                colour = "#999999" if r.position == CHECK_POSITION else "#4a7dbf"
                bar.set_facecolor(colour if r.allowed else "#d9534f")
                on_plate = "#d9534f" if not r.allowed else (light if r.position == CHECK_POSITION else "#222222")
                plate.set_color(on_plate)
        self.beam.set_facecolor(light)
        self.light.set_facecolor(light)
        self.verdict.set_text(pick(LABELS["go" if status == "valid" else "stop"]))
        self.shown = ("".join(r.char for r in rows), self.verdict.get_text())

    def alt_text(self) -> str:
        """The plate's VIN and what the light says, then the bars' title."""
        from ..i18n import pick
        from .core import sentence_list

        vin, verdict = getattr(self, "shown", ("", ""))
        return sentence_list([f"{pick(LABELS['plate'])}: {vin}. {pick(LABELS['scanner'])}: {verdict}",
                              pick(LABELS["plot"])])


# -- the check rule of a part label: the design task ---------------------------------------------------

PART_DIGITS = 4
"""The plant's part labels carry a 4-digit code and one check character after it."""

EXAMPLE_PART = "4821"
"""The part code the check-rule lab shows on its label."""

EAN_WEIGHTS = (3, 1, 3, 1)
"""The weights of the EAN barcode rule (GS1): 3 and 1 in turn, with modulus 10; the check-rule lab starts there."""


def rule_check_char(code: str, weights: tuple[int, ...], modulus: int) -> str:
    """The check character of a digit ``code`` under a rule: the weighted sum's remainder, ``X`` for 10.

    >>> rule_check_char("4821", (3, 1, 3, 1), 10), rule_check_char("4821", (1, 2, 3, 4), 11)
    ('7', '8')
    """
    remainder = sum(int(d) * w for d, w in zip(code, weights)) % modulus
    return "X" if remainder == 10 else str(remainder)


def _missed(weights: tuple[int, ...], modulus: int, gap: int) -> tuple[int, list[tuple[int, int, int]]]:
    """How many errors of one kind there are, and which of them (position, a, b) the rule misses.

    ``gap`` 0: one digit ``a`` at a position typed as ``b``; ``gap`` 1: neighbours ``a b`` swapped to ``b a``;
    ``gap`` 2: ``a ? b`` swapped to ``b ? a``. The weighted sum changes by ``(w_p - w_(p+gap)) * (b - a)``
    (``w_p * (b - a)`` for one wrong digit): the error is missed when that is a multiple of the modulus.
    """
    missed, total = [], 0
    for p in range(len(weights) - gap):
        factor = weights[p] if gap == 0 else weights[p] - weights[p + gap]
        for a in range(10):
            for b in range(10):
                if a != b:
                    total += 1
                    if factor * (b - a) % modulus == 0:
                        missed.append((p, a, b))
    return total, missed


def check_rule(w1: float, w2: float, w3: float, w4: float, modulus: Any = 11) -> dict[str, Any]:
    """What a check rule for the 4-digit part label catches: the share of each kind of error it finds.

    Returns ``single``, ``adjacent`` and ``jump`` (per cent of the errors of that kind caught), the rule
    (``weights``, ``modulus``), and for the label: ``code`` (:data:`EXAMPLE_PART`) with its ``check``
    character, and ``example``, an error the rule misses (the typed code and its kind), or ``None``.

    >>> r = check_rule(3, 1, 3, 1, 10); round(r["single"], 1), round(r["adjacent"], 1), r["jump"]
    (100.0, 88.9, 0.0)
    >>> r = check_rule(1, 2, 3, 4, 11); (r["single"], r["adjacent"], r["jump"], r["example"])
    (100.0, 100.0, 100.0, None)
    """
    weights = tuple(int(round(float(w))) for w in (w1, w2, w3, w4))
    m = int(modulus)
    if m < 2:
        raise ValueError(f"the modulus must be at least 2: {modulus!r}")
    result: dict[str, Any] = {"weights": weights, "modulus": m, "code": EXAMPLE_PART,
                              "check": rule_check_char(EXAMPLE_PART, weights, m), "example": None}
    for gap, kind in ((0, "single"), (1, "adjacent"), (2, "jump")):
        total, missed = _missed(weights, m, gap)
        result[kind] = 100.0 * (total - len(missed)) / total
        if missed and result["example"] is None:
            p, a, b = missed[0]
            right = list(EXAMPLE_PART)
            typed = list(EXAMPLE_PART)
            if gap == 0:
                right[p], typed[p] = str(a), str(b)
            else:
                right[p], right[p + gap] = str(a), str(b)
                typed[p], typed[p + gap] = str(b), str(a)
            right_code, typed_code = "".join(right), "".join(typed)
            result["example"] = {"kind": kind, "right": right_code, "typed": typed_code,
                                 "check": rule_check_char(right_code, weights, m)}
    return result


def rule_result(design: Mapping[str, Any]) -> dict[str, Any]:
    """What the model says of a design ``{"w1": ..., "w2": ..., "w3": ..., "w4": ..., "modulus": ...}`` (lab and
    hidden test)."""
    return check_rule(design["w1"], design["w2"], design["w3"], design["w4"], design["modulus"])


def _rule_spec() -> Any:
    from ..check.design import Requirement, Spec

    return Spec((Requirement("single", ">=", 100.0, "%", LABELS["single"]),
                 Requirement("adjacent", ">=", 100.0, "%", LABELS["adjacent"]),
                 Requirement("jump", ">=", 100.0, "%", LABELS["jump"])), title=LABELS["rule-spec"])


RULE_SPEC = _rule_spec()
"""The part label's rule must catch every wrong digit, every swap of neighbours and every swap across one digit."""


def rule_readout(result: Mapping[str, Any]) -> str:
    """The check-rule lab's readout: the rule and the share of each kind of error it catches."""
    from ..numbers import format_decimal

    rows = "".join(f"<tr><td>{html.escape(pick(LABELS[k]))}</td><td style='text-align:right'>"
                   f"<b>{format_decimal(result[k], 1)} %</b></td></tr>" for k in ("single", "adjacent", "jump"))
    return f"<table class='lab-vin-rule'>{rows}</table>"


class RulePlot(Plot):
    """The part label with its check character and, when the rule misses an error, the label typed with that
    error which passes all the same; beside it, bars of the share of each kind of error caught."""

    size = (7.5, 2.6)
    margins = (0.1, 0.1, 0.1, 0.1)

    def build(self, figure: Any) -> None:
        from matplotlib.patches import FancyBboxPatch

        from ..i18n import pick

        width, height = self.size
        scene = self.scene = figure.add_axes((0.1 / width, 0.1 / height, 3.9 / width, 2.4 / height))
        scene.set_xlim(0, 4.0)
        scene.set_ylim(0, 2.4)
        scene.set_axis_off()
        self.labels = []
        for y, key in ((1.35, "label"), (0.25, "typo")):
            scene.add_patch(FancyBboxPatch((0.15, y), 3.7, 0.6, boxstyle="round,pad=0.05", facecolor="white",
                                           edgecolor="#333333"))
            scene.text(0.15, y + 0.7, pick(LABELS[key]), fontsize=8, va="bottom")
            code = self.dynamic(scene.text(1.4, y + 0.3, "", ha="center", va="center", fontfamily="monospace",
                                           fontsize=16, fontweight="bold"))
            check = self.dynamic(scene.text(2.9, y + 0.3, "", ha="center", va="center", fontfamily="monospace",
                                            fontsize=16, fontweight="bold", color="#1f5fa8"))
            self.labels.append((code, check))
        self.note = self.dynamic(scene.text(2.0, 0.08, "", ha="center", va="center", fontsize=8))

        bars = self.bars_ax = figure.add_axes((4.6 / width, 0.55 / height, 2.8 / width, 1.75 / height))
        names = [pick(LABELS[k]) for k in ("single", "adjacent", "jump")]
        bars.set_xticks([0, 1, 2], ["\n".join(n.split(" ", 1)) for n in names], fontsize=7)
        bars.set_ylim(0, 110)
        bars.set_xlim(-0.6, 2.6)
        bars.set_ylabel(pick(LABELS["caught"]), fontsize=8)
        bars.axhline(100, color="#2e9d44", linewidth=0.8, linestyle="--")
        self.bars = [self.dynamic(b) for b in bars.bar([0, 1, 2], [0, 0, 0], width=0.6)]
        self.values = [self.dynamic(bars.text(x, 0, "", ha="center", va="bottom", fontsize=8)) for x in range(3)]

    def update(self, result: Mapping[str, Any]) -> None:
        from ..i18n import pick
        from ..numbers import format_decimal

        example = result["example"]
        (code, check), (typo, typo_check) = self.labels
        shown = example["right"] if example else result["code"]
        code.set_text(shown)
        check.set_text("– " + (example["check"] if example else result["check"]))
        if example:
            typo.set_text(example["typed"])
            typo_check.set_text("– " + example["check"])
            self.note.set_text(f"{pick(LABELS[example['kind']])}: {pick(LABELS['passes'])}")
            self.note.set_color("#b42318")
        else:
            typo.set_text("")
            typo_check.set_text("")
            self.note.set_text("")
        for bar, value, key in zip(self.bars, self.values, ("single", "adjacent", "jump")):
            bar.set_height(result[key])
            bar.set_facecolor("#2e9d44" if result[key] >= 100 else "#d9534f")
            value.set_position((value.get_position()[0], result[key] + 1))
            value.set_text(format_decimal(result[key], 1))


def make_rule_lab(start: Mapping[str, Any] | None = None) -> Any:
    """The check-rule lab (lesson 2, task 9): choose four weights and the modulus of the part label's rule and see
    which errors it catches, with the Check button of the design task :data:`RULE_SPEC`.

    It starts at the EAN barcode's rule (3, 1, 3, 1; modulus 10); ``start`` sets the controls from a design.
    """
    from .core import Dropdown, Lab, Slider

    weights = [Slider(f"w{n}", {lang: text.format(n=n) for lang, text in LABELS["weight-n"].items()},
                      min=0, max=10, step=1, value=w) for n, w in zip(range(1, 5), EAN_WEIGHTS)]
    modulus = Dropdown("modulus", LABELS["modulus"], {10: LABELS["mod-10"], 11: LABELS["mod-11"]}, 10)
    return Lab(model=check_rule, controls=[*weights, modulus], readout_html=rule_readout, plot=RulePlot,
               title=LABELS["rule-title"], spec=RULE_SPEC, start=start)


def make_lab(vin: str = EXAMPLE_VIN) -> Any:
    """The VIN lab: type a VIN, see the check digit computation and the verdict."""
    from .core import Lab

    box = TextBox(name="vin", label=LABELS["input"], value=vin, placeholder="1M8GDM9AXKP042788", width="300px")
    return Lab(model=lab_model, controls=[box], readout_html=render_html, plot=VinPlot, title=LABELS["title"])


__all__ = [
    "ALPHABET", "CHECK_POSITION", "EAN_WEIGHTS", "EXAMPLE_PART", "EXAMPLE_VIN", "FORBIDDEN_LETTERS", "LENGTH",
    "PART_DIGITS", "RULE_SPEC", "TRANSLITERATION", "WEIGHTS", "Row", "RulePlot", "TextBox", "VinPlot", "bad_vins",
    "check_digit", "check_rule", "count_vins", "explain", "is_valid_vin", "lab_model", "make_lab", "make_rule_lab",
    "render_html", "rule_check_char", "rule_readout", "rule_result", "transliterate", "weighted_sum",
    "with_check_digit",
]
