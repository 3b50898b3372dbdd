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
    """The product (value x weight) of every position as a bar: the check position grey, bad characters red.

    The 17 positions keep their place while the VIN is typed (position 9, the check digit, stays where
    it is); each bar is labelled with its character.
    """

    size = (7.5, 2.4)
    margins = (0.5, 0.2, 0.35, 0.3)

    def build(self, figure: Any) -> None:
        from matplotlib.transforms import offset_copy

        from ..i18n import pick

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
        rows: list[Row] = result["rows"]
        self.visible = bool(rows)
        for i, (bar, char) in enumerate(zip(self.bars, self.chars)):
            r = rows[i] if i < len(rows) else None
            bar.set_visible(r is not None)
            char.set_text("" if r is None else r.char)
            if r is not None:
                bar.set_height(0 if r.product is None else r.product)
                colour = "#999999" if r.position == CHECK_POSITION else "#4a7dbf"
                bar.set_facecolor(colour if r.allowed else "#d9534f")


def make_lab(vin: str = EXAMPLE_VIN) -> Any:
    """The VIN lab: type a VIN, see the check digit computation and the verdict."""
    from .core import Lab

    box = TextBox(name="vin", label=LABELS["input"], value=vin, placeholder="1M8GDM9AXKP042788", width="300px")
    return Lab(model=lab_model, controls=[box], readout_html=render_html, plot=VinPlot, title=LABELS["title"])


__all__ = [
    "ALPHABET", "CHECK_POSITION", "EXAMPLE_VIN", "FORBIDDEN_LETTERS", "LENGTH", "TRANSLITERATION", "WEIGHTS",
    "Row", "TextBox", "VinPlot", "bad_vins", "check_digit", "count_vins", "explain", "is_valid_vin", "lab_model",
    "make_lab", "render_html", "transliterate", "weighted_sum", "with_check_digit",
]
