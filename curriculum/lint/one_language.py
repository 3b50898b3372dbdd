"""A notebook released in one language shows no text of the other two.

What a student can see of a released notebook or a course lesson: markdown (prose, the words of
formulas), code comments (answer hints, nbgrader's stubs), string literals (assert messages, what
``print`` shows), and what the labs draw (labels, readouts, the Check button's feedback, plot
texts; :func:`lab_leaks` runs them). The rules, per course language:

* **en** shows no Cyrillic letter;
* **ru** shows no Kazakh letter (әғқңөұүһі) and no English prose;
* **kk** shows no Russian prose and no English prose.

English prose is a Latin word that is not code: inline code, maths, identifiers (``takt_s``),
unit symbols, acronyms (``VIN``) and the names the glossary lists (``Python``, ``sympy``) are not
prose. An English gloss of a technical term in brackets is allowed once per notebook, and only
for a term of the glossary (``тежеу жолы (braking distance)``); "(lab)", "(try this)" are not.
Russian prose in Kazakh text is a clause without Kazakh letters that reads as Russian (its small
words and endings). The lab's Check button is named in the text as the button itself reads.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import nbformat

from ..glossary import Glossary, load_glossary
from ..i18n import _
from .problem import cell_label

KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN_WORD = re.compile(r"(?<![\w`])[A-Za-z][A-Za-z0-9_]*(?:['’-][A-Za-z]+)*")
CYRILLIC_WORD = re.compile(r"(?<![-\w])[\u0400-\u04FF]+(?:-[\u0400-\u04FF]+)*")
"""A Cyrillic word; a Kazakh ending after a hyphen (``%-на``, ``60 с-тан``) is not a word of its own."""
ATTRIBUTE_HEAD = re.compile(r"[A-Za-z_]\w*\.$")
"""The ``name.`` before an attribute (``ureg.degree``): the word after it is code."""
GLOSS = re.compile(r"\((?P<own>[^()]*?,\s*)?([A-Za-z][A-Za-z\s'’-]*[A-Za-z])\)")
"""A gloss in brackets: ``(braking distance)``, or after the text's own words: ``(ПӘК, efficiency)``."""

ENGLISH_SMALL_WORDS = frozenset(
    "the a an and or of to in on at by for with from as is are be it its this that these your you not no if "
    "then than into per each use only should must".split())
"""Short English words that make a fragment English even next to symbols."""

UNIT_SYMBOLS = frozenset(
    "m mm cm km s ms h min kg g t N Nm W kW MW Wh kWh MWh V mV A mA Ah mAh Hz J kJ MJ Pa kPa MPa bar rad deg "
    "rpm ohm Ω km/h m/s".split())
"""Unit symbols as pint and the SI write them (code values in English and in every language's code)."""

RUSSIAN_WORDS = frozenset(
    "и в во на что это для со по из от ко об при или но же как так если когда где чтобы только уже ещё еще под "
    "над между через после без вы мы он она они вас вам ваш ваша ваши нам нужно нужна нужен нужны можно должен должна должно "
    "должны который которая которое которые чем тем был была было были будет будут есть нет быть все всё его её "
    "их также тоже очень более менее почему сколько каждый каждые такой такая такое".split())
"""Russian small words that Kazakh does not use."""

RUSSIAN_ENDINGS = ("ение", "ения", "ость", "ости", "ться", "тся", "ого", "его", "ому", "ыми", "ими", "ый", "ий",
                   "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю")
"""Russian endings that native Kazakh words do not have (a loanword keeps its own: энергия, функция)."""

BUTTON_WORDS = {
    "kk": re.compile(r"\*\*([^*]+)\*\*\s+батырма"),
    "ru": re.compile(r"(?:[Кк]нопк\w*|[Нн]ажмите)\s+\*\*([^*]+)\*\*"),
    "en": re.compile(r"(?:\*\*([^*]+)\*\*\s+button|[Pp]ress\s+\*\*([^*]+)\*\*)"),
}


@dataclass(frozen=True)
class Leak:
    """Text of another language (or the wrong button name) where a one-language student looks."""

    where: str
    """The cell (grade id or index), with the line for code; or the lab and the part of it."""
    kind: str
    """``markdown``, ``formula``, ``comment``, ``string``, ``button`` or ``lab``."""
    found: str
    """What is there: ``English prose``, ``Russian prose``, ``Kazakh letters``, ``Cyrillic``, ..."""
    text: str
    """The fragment, shortened."""

    def __str__(self) -> str:
        return f"{self.kind}: {self.found}: {self.text!r}"


# -- fragments of text -----------------------------------------------------------------------------

MATH_BLOCK = re.compile(r"\$\$.+?\$\$", re.S)
MATH_INLINE = re.compile(r"(?<![\\$])\$(?!\$).+?(?<!\\)\$", re.S)
MATH_WORDS = re.compile(r"\\(?:text|mathrm|textrm|operatorname|textit|textbf)\s*\{([^{}]*)\}")
CODE_FENCE = re.compile(r"```.*?```", re.S)
CODE_INLINE = re.compile(r"`[^`]*`")
HTML_TAG = re.compile(r"<[^>]+>")
HTML_CODE = re.compile(r"<code\b[^>]*>.*?</code>", re.S | re.I)
"""Code in a lab's HTML (a query's result table, a design line): not prose."""
IDENTIFIER_TAIL = re.compile(r"-\d")
"""What follows letters of an identifier such as a part number (``IN-201``): a hyphen and a digit."""
URL = re.compile(r"https?://\S+|\]\([^)]*\)")


def markdown_prose(source: str) -> tuple[str, list[str]]:
    """The prose of a markdown cell without code, maths, tags and links; and the words written inside formulas."""
    text = CODE_FENCE.sub(" ", source)
    words_in_math: list[str] = []
    for pattern in (MATH_BLOCK, MATH_INLINE):
        for match in pattern.finditer(text):
            words_in_math += [w.replace("\\_", "_") for w in MATH_WORDS.findall(match.group(0)) if w.strip()]
        text = pattern.sub(" ", text)
    text = CODE_INLINE.sub(" ", text)
    text = URL.sub(" ", text)
    text = HTML_TAG.sub(" ", text)
    return text, words_in_math


def code_texts(source: str) -> Iterator[tuple[int, str, str]]:
    """(line, ``comment`` or ``string``, text) of a code cell, from Python's tokenizer."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        yield from ((n, "comment", line.split("#", 1)[1]) for n, line in enumerate(source.splitlines(), 1) if "#" in line)
        return
    for token in tokens:
        if token.type == tokenize.COMMENT:
            yield token.start[0], "comment", CODE_INLINE.sub(" ", token.string.lstrip("#"))
        elif token.type == tokenize.STRING or token.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
            body = re.sub(r"^[rbufRBUF]*('''|\"\"\"|'|\")", "", token.string)
            body = re.sub(r"('''|\"\"\"|'|\")$", "", body)
            yield token.start[0], "string", body


FORMAT_FIELD = re.compile(r"\{[^{}]*\}")
DECIMAL_POINT = re.compile(r"(?<![\w.])\d+\.\d")
CODE_PARTS = re.compile(r"\b[A-Za-z_][\w.]*\([^()]*\)|\b[A-Za-z_][\w.]*\s*=(?!=)|^\s*[A-Za-z_]\w*:(?=\s)")


class _CodeInText:
    """Code inside a comment or a message: a call or signature whose arguments are Python (``f(1, 60)``,
    ``def f(x, y)``), an assignment, a leading ``name:``. ``bad_vins(example log)`` is not code."""

    @staticmethod
    def _code(match: re.Match[str]) -> str:
        import ast

        part = match.group(0)
        if part.endswith(")"):
            try:
                ast.parse("_" + part[part.index("("):].replace("...", "_"), mode="eval")
            except SyntaxError:
                return part
        return " "

    def sub(self, _repl: str, text: str) -> str:
        return CODE_PARTS.sub(self._code, text)


CODE_IN_TEXT = _CodeInText()


def is_code(text: str) -> bool:
    """A comment or string that is Python itself (``n_out = ... * ureg.rpm``, ``f(1) is True``) or an SQL statement
    (a query's text, ``"SELECT name FROM parts WHERE ..."``)."""
    import ast

    if CYRILLIC.search(text) or not text.strip():
        return False  # Python allows Cyrillic names, but a Cyrillic word is text
    try:
        ast.parse(text.strip())
    except (SyntaxError, ValueError):
        return is_sql(text)
    return True


SQL_VERB = re.compile(r"^\s*(SELECT|WITH|INSERT|UPDATE|DELETE|REPLACE|DROP|CREATE|ALTER|PRAGMA|ATTACH|DETACH|VACUUM)\b",
                      re.IGNORECASE)


def is_sql(text: str) -> bool:
    """An SQL statement: it starts with a statement's verb and SQLite's parser reads it (its tables need not exist;
    the statement is only explained, never run, on an empty database in memory)."""
    import sqlite3

    if not SQL_VERB.match(text) or CYRILLIC.search(text):
        return False
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("EXPLAIN " + text.strip().rstrip(";"))
    except sqlite3.Error as exc:  # no such table, no such column, more than one statement: SQL all the same
        reason = str(exc)
        return not any(bad in reason for bad in ("syntax error", "incomplete input", "unrecognized token"))
    finally:
        connection.close()
    return True


def code_names(nb: nbformat.NotebookNode) -> frozenset[str]:
    """The names a notebook's code uses (variables, functions, parameters, attributes): code, not prose."""
    import ast

    names: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                names.add(node.id)
            elif isinstance(node, ast.Attribute):
                names.add(node.attr)
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
            elif isinstance(node, ast.keyword) and node.arg:
                names.add(node.arg)
    return frozenset(names)


def _is_prose_string(text: str) -> bool:
    """A string a student reads: words separated by spaces (a single word is a code value), or Cyrillic."""
    words = [w for w in FORMAT_FIELD.sub(" ", text).split() if len(re.findall(r"[^\W\d_]", w)) >= 2]
    return len(words) >= 2 or bool(CYRILLIC.search(text))


# -- the rules -------------------------------------------------------------------------------------

class Detector:
    """Finds the other languages' text in fragments of one notebook (glosses are counted per notebook)."""

    def __init__(self, language: str, glossary: Glossary | None = None, names: frozenset[str] = frozenset(),
                 units: bool = True):
        self.language = language
        self.glossary = glossary if glossary is not None else load_glossary()
        self.glosses_seen: set[str] = set()
        self.names = names
        """Identifiers of the notebook's code: in a comment or a message they are code, not English."""
        self.units = units
        """Latin unit symbols are allowed (in code: ``"72 km/h"``); prose and labs write км/сағ, км/ч."""

    def fragment(self, text: str, *, glosses: bool = False) -> list[tuple[str, str]]:
        """(what was found, the fragment) for one piece of visible text."""
        found: list[tuple[str, str]] = []
        if self.language == "en":
            if CYRILLIC.search(text):
                found.append(("Cyrillic in an English release", _around(text, CYRILLIC.search(text).start())))
            return found
        if self.language == "ru" and (letters := [c for c in text if c in KAZAKH_LETTERS]):
            found.append((f"Kazakh letters ({''.join(sorted(set(letters)))}) in a Russian release", _short(text)))
        if glosses:
            text = self._glosses(text, found)
        english = self.english_words(text)
        if english:
            found.append(("English prose", " ".join(english[:6])))
        if self.language == "kk":
            found += [("Russian prose", clause) for clause in russian_clauses(text)]
        return found

    def _glosses(self, text: str, found: list[tuple[str, str]]) -> str:
        def judge(match: re.Match[str]) -> str:
            gloss = " ".join(match.group(2).split())
            if self.english_words(gloss) == []:
                return match.group(0)  # a name or a symbol in brackets
            key = gloss.lower()
            if not self.glossary.is_gloss(key):
                found.append(("English gloss of no glossary term", f"({gloss})"))
            elif key in self.glosses_seen:
                found.append(("English gloss repeated (gloss a term once, at its first use)", f"({gloss})"))
            self.glosses_seen.add(key)
            return f" ({match.group('own')})" if match.group("own") else " "
        return GLOSS.sub(judge, text)

    def english_words(self, text: str) -> list[str]:
        """The Latin words of ``text`` that are English prose (not code, units, acronyms or names)."""
        words = []
        for match in LATIN_WORD.finditer(text):
            word = match.group(0)
            if IDENTIFIER_TAIL.match(text, match.end()):
                continue  # a part or model number: IN-201, KS-1
            if ATTRIBUTE_HEAD.search(text, 0, match.start()):
                continue  # an attribute in code a message quotes: ureg.degree, math.pi
            if word.lower() in ENGLISH_SMALL_WORDS and len(word) > 1:
                words.append(word)
                continue
            if not self.units and word in UNIT_SYMBOLS and len(word) > 1:
                words.append(word)
                continue
            if ("_" in word or any(ch.isdigit() for ch in word) or len(word) <= 2 or word in UNIT_SYMBOLS
                    or word.isupper() or self.glossary.is_name(word) or word in self.names):
                continue
            words.append(word)
        return words


def russian_clauses(text: str) -> list[str]:
    """Clauses of Kazakh text that read as Russian."""
    found = []
    for clause in re.split(r"[.!?;:\n/«»\"()]|\s[-–—]\s", text):
        words = CYRILLIC_WORD.findall(clause)
        if len(words) < 2:
            continue
        small = sum(1 for w in words if (w if len(w) == 1 else w.lower()) in RUSSIAN_WORDS)  # В is a volt, в is not
        endings = sum(1 for w in words if len(w) > 3 and w.lower().endswith(RUSSIAN_ENDINGS))
        kazakh = any(c in KAZAKH_LETTERS for c in clause)
        if (not kazakh and small + endings >= 1) or small >= 2:
            found.append(_short(clause.strip()))
    return found


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _around(text: str, index: int) -> str:
    return _short(text[max(0, index - 30):index + 50])


# -- notebooks ---------------------------------------------------------------------------------------

def button_problems(source: str, language: str) -> list[str]:
    """Names of the Check button in a text that are not what the button reads in ``language``."""
    label = _("Check the design", lang=language)
    names = [" ".join(next(g for g in m.groups() if g).split()) for m in BUTTON_WORDS[language].finditer(source)]
    return [name for name in names if name != label]


def notebook_leaks(nb: nbformat.NotebookNode, language: str, glossary: Glossary | None = None) -> list[Leak]:
    """Every text of another language in a notebook released in ``language``."""
    detector = Detector(language, glossary, units=False)
    code = Detector(language, detector.glossary, code_names(nb))
    leaks: list[Leak] = []
    for index, cell in enumerate(nb.cells):
        label = cell_label(cell, index)
        tags = [t.removeprefix("lang-") for t in cell.metadata.get("tags", []) if t.startswith("lang-")]
        if tags and language not in tags:
            leaks.append(Leak(label, "markdown", f"a lang-{tags[0]} cell", _short(cell.source)))
            continue
        if cell.cell_type == "markdown":
            prose, math_words = markdown_prose(cell.source)
            if not tags:  # shown in every language: a formula or a written answer's stub
                words = [w for w in [*LATIN_WORD.findall(prose), *CYRILLIC_WORD.findall(prose)]
                         if len(w) > 1 and w not in UNIT_SYMBOLS and not detector.glossary.is_name(w)]
                for word in math_words:  # \text{km/h} is written км/сағ in Kazakh, км/ч in Russian
                    words += re.findall(r"[^\W\d_]+", word)
                stub = cell.metadata.get("nbgrader", {}).get("solution")
                if stub:
                    leaks += [Leak(label, "markdown", what, text) for what, text in detector.fragment(prose)]
                elif words:
                    leaks.append(Leak(label, "formula", "words in a cell every language shows (tag it lang-*)",
                                      _short(cell.source)))
                elif DECIMAL_POINT.search(cell.source) and language != "en":
                    leaks.append(Leak(label, "formula", "a decimal point in a cell every language shows (kk and ru "
                                      "write a decimal comma: tag it lang-*)", _short(cell.source)))
                continue
            leaks += [Leak(label, "markdown", what, text) for what, text in detector.fragment(prose, glosses=True)]
            for word in math_words:
                leaks += [Leak(label, "formula", what, text) for what, text in detector.fragment(word)]
            leaks += [Leak(label, "button", f"the button reads {_('Check the design', lang=language)!r}", name)
                      for name in button_problems(cell.source, language)]
        elif cell.cell_type == "code":
            for line, kind, text in code_texts(cell.source):
                if kind == "string" and not _is_prose_string(text) or is_code(text):
                    continue
                text = CODE_IN_TEXT.sub(" ", FORMAT_FIELD.sub(" ", text) if kind == "string" else text)
                leaks += [Leak(f"{label}, line {line}", kind, what, fragment) for what, fragment in code.fragment(text)]
    return leaks


# -- labs ---------------------------------------------------------------------------------------------

def widget_texts(widget) -> Iterator[str]:  # noqa: ANN001 - any ipywidgets widget
    """Every text an ipywidgets tree shows: HTML and labels, descriptions, options, tooltips."""
    for name in ("value", "description", "tooltip", "placeholder", "label", "alt"):
        value = getattr(widget, name, None)
        if isinstance(value, str) and name != "value" or (name == "value" and type(widget).__name__ in ("HTML", "Label", "HTMLMath")):
            if value:
                yield HTML_TAG.sub(" ", HTML_CODE.sub(" ", value))
    texts = getattr(widget, "play_texts", None)  # LabSlider's Play and Pause names
    if isinstance(texts, dict):
        yield from (str(text) for text in texts.values() if text)
    options = getattr(widget, "options", None)
    if options:
        for option in options:
            yield str(option[0] if isinstance(option, tuple) else option)
    for child in getattr(widget, "children", ()):
        yield from widget_texts(child)


def lab_texts(lab) -> Iterator[str]:  # noqa: ANN001 - a curriculum.labs.Lab
    """What a built lab shows: its widgets' texts, its plot's texts and, with a design task, the Check's answer."""
    if getattr(lab, "spec", None) is not None:
        lab.check()
    yield from widget_texts(lab.widget)
    if lab.view is not None:
        from matplotlib.text import Text

        yield from (t.get_text() for t in lab.view.figure.findobj(Text) if t.get_text().strip())


def lab_leaks(name: str, lab, language: str, glossary: Glossary | None = None) -> list[Leak]:  # noqa: ANN001
    """Other languages' text in a built lab (build it with ``curriculum.setup(lang=language)`` in force)."""
    import html

    detector = Detector(language, glossary, units=False)
    shown = (CODE_IN_TEXT.sub(" ", FORMAT_FIELD.sub(" ", html.unescape(text))) for text in lab_texts(lab))
    return [Leak(name, "lab", what, fragment) for text in shown
            for what, fragment in detector.fragment(MATH_INLINE.sub(" ", text), glosses=True)]


def leak_lines(leaks: Iterable[Leak]) -> list[tuple[str, str]]:
    """(where, message) for lint."""
    return [(leak.where, f"{leak.kind}: {leak.found}: {leak.text!r}") for leak in leaks]
