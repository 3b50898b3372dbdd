"""Translate STACK's answer-test fixture table into ``answertests.json`` (run by ``tests/test_stack_answertests.py``).

STACK (https://github.com/maths/moodle-qtype_stack, GPL-3.0) documents each answer test with a table of
rows ``[test, option, student, teacher, expected score, answer note, comment]`` in
``tests/fixtures/answertestfixtures.class.php``.  This script reads that PHP array, keeps the tests that
have a counterpart among ``compare``'s modes, and rewrites each row's Maxima into the notation our
engine reads (``%pi`` -> ``pi``, ``matrix([1,2],[3,4])`` -> ``Matrix([[1,2],[3,4]])``, ``x#1`` -> ``x != 1``,
``oo(1,2)`` -> ``Interval(1, 2, True, True)``, ...).  A row that uses something our notation has no
counterpart for (Maxima's own functions such as ``ev`` or ``radcan``, ``#pm#``, undefined functions ``f(x)``,
strings) is kept with the reason it was not translated, so nothing is dropped silently.

Every row cites the line of the PHP file it comes from.  The expected outcome is STACK's mathematical truth:
score 1 and -3 ("STACK fails, should be 1") are ``true``; 0 and -2 are ``false``; -1 (the test itself fails)
is ``"invalid"`` when the student's answer is at fault and ``"author-error"`` when the teacher's answer or
the option is.  Rows where this project decides differently on purpose carry ``"ours"`` and ``"why"``
(``DIFFERENCES`` below; ``docs/checking.md`` lists them).

    python tests/data/stack/import_stack.py answertestfixtures.class.php > tests/data/stack/answertests.json
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

SOURCE_COMMIT = "a14f3034a0e45aab27dcae96c526a6095dbf6ef7"

MODES = {
    "AlgEquiv": "equiv", "Sets": "equiv", "SysEquiv": "equiv", "EqualComAss": "same_form",
    "FacForm": "factored", "Expanded": "expanded", "LowestTerms": "lowest_terms",
    "NumRelative": "numeric", "NumAbsolute": "numeric", "NumSigFigs": "sigfigs", "SigFigsStrict": "sigfigs",
    "NumDecPlaces": "sigfigs", "Units": "units", "UnitsStrict": "units", "UnitsRelative": "units",
    "UnitsStrictRelative": "units", "UnitsAbsolute": "units", "UnitsStrictAbsolute": "units",
}
NOT_IMPORTED = {
    "CasEqual": "identity of Maxima's parse trees: no counterpart (same_form is EqualComAss)",
    "EqualComAssRules": "rule sets of Maxima's simplifier (ID_TRANS, ...): no counterpart",
    "AlgEquivNouns": "Maxima noun forms beyond derivatives: no counterpart",
    "SubstEquiv": "equivalence up to renaming variables: no counterpart", "SameType": "type test: no counterpart",
    "Int": "integration with a constant: no counterpart", "Antidiff": "no counterpart", "AddConst": "no counterpart",
    "Diff": "no counterpart", "PartFrac": "no partial-fraction mode", "SingleFrac": "no single-fraction mode",
    "CompSquare": "no completed-square mode", "NumDecPlacesWrong": "a mistake detector, not a mode (rules do this)",
    "GT": "no order mode", "GTE": "no order mode", "PropLogic": "no propositional-logic mode",
    "Equiv": "line-by-line reasoning: no counterpart", "EquivFirst": "line-by-line reasoning: no counterpart",
    "String": "strings", "StringSloppy": "strings", "SRegExp": "strings", "Levenshtein": "strings",
    "Validator": "Maxima validators",
}
# Functions the engine reads (after the renames below); a call to any other name is not translated.
KNOWN_FUNCTIONS = {
    "sin", "cos", "tan", "cot", "sec", "csc", "asin", "acos", "atan", "acot", "sinh", "cosh", "tanh", "coth",
    "sech", "csch", "asinh", "acosh", "atanh", "exp", "log", "ln", "lg", "sqrt", "root", "abs", "sign",
    "floor", "ceiling", "binomial", "factorial", "gamma", "sum", "product", "Matrix", "Interval", "Union",
    "Intersection", "Derivative", "diff", "not",
}
RENAMES = {"cosec": "csc", "cosech": "csch", "signum": "sign", "noundiff": "Derivative", "%union": "Union",
           "%intersection": "Intersection"}
TEACHER_DISPLAY = ("displaydp", "dispdp", "displaysf", "dispsf", "remove_numerical_inert", "stackunits")

# Rows where this project decides differently from STACK on purpose: line -> (our outcome, why).
_EXACT = "typed decimals are exact numbers here (Maxima's binary floats differ in the last bit)"
_REAL = ("letters stand for real numbers: sample points where a side is not real say nothing, so the two agree "
         "wherever both are real at the points sampled (a known limit of sampling: a = -8, b = 2, c = 1/2 is missed)")
_ROOTS = ("equations are equivalent when they have the same solutions; a repeated root adds no solution "
          "(issue #21 dispute: root multiplicity)")
_SETS = "elements of a set are compared by equivalence, not as written"
_KJ = "Kj is not a unit (the kilojoule is kJ): the teacher's answer is the author's error"
DIFFERENCES: dict[int, tuple[object, str]] = {
    107: (True, "452 and 4.52*10^2 are the same number: " + _EXACT),
    113: (False, "0.99999999 is exactly 99999999/10^8, not 99999998/99999999: " + _EXACT),
    120: (True, "100.4 - 80.0 is exactly 20.4: " + _EXACT),
    151: (True, "2*oo = oo in the extended real numbers"),
    152: ("invalid", "0*oo is undefined, so the student's answer cannot be read (issue #21 dispute: 0 times infinity)"),
    173: (True, _REAL), 370: (True, _REAL), 372: (True, _REAL),
    227: (False, "(-1)^n*cos(x)^n = (-cos(x))^n only for whole n; letters stand for real numbers"),
    293: (True, "log|x^2-9| = log|x-3| + log|x+3| wherever both sides are defined"),
    296: (False, "lg(a^x, a) = x only for a > 0: declare a positive (Symbol('a', positive=True)) to accept it"),
    378: (True, _SETS), 380: (True, _SETS), 669: (True, _SETS), 1499: (True, _SETS),
    443: (True, _ROOTS), 444: (True, _ROOTS), 457: (True, _ROOTS), 458: (True, _ROOTS), 460: (True, _ROOTS),
    588: (False, "sigma > 1 and x > 1 are about different letters: the letter is part of the answer"),
    589: (False, "a > 1 and x > 1 are about different letters: the letter is part of the answer"),
    633: (True, "for a real x, both -oo < x and -oo <= x hold for every x"),
    637: (True, "2*oo = oo in the extended real numbers"), 642: (True, "2*oo = oo in the extended real numbers"),
    643: (True, "-inf and minf are one value, -oo, in our notation"), 713: (True, "-inf and minf are one value, -oo"),
    735: (False, "b*(sqrt(2)-1)/3 is not b/(1+sqrt(2)) = b*(sqrt(2)-1): the table's teacher answer is not the solution"),
    1017: (True, "not(True) is read as False: conditions are evaluated when read"),
    1023: (True, "a set has no repeated elements: {4, 4} is {4}"), 1025: (True, "a set has no repeated elements"),
    1040: (True, "sums and products are evaluated when read"), 1044: (True, "sums and products are evaluated when read"),
    1080: (True, "A and A is read as A"),
    1480: (True, "the student's auxiliary unknown d is eliminated (issue #21: systems where an auxiliary variable is eliminated)"),
    1588: (True, "i is a unit: i*x - 2*i has no common factor to take out over the Gaussian integers"),
    2470: ("author-error", "the teacher's answer x = 1.5 is not a number: the author's error is a ValueError"),
    2505: ("author-error", "numeric compares real numbers: a complex teacher's answer is the author's error"),
    2723: (False, "0.145 is exactly half a unit from 0.14, on the boundary; STACK passes it through binary rounding"),
    2874: ("invalid", "sigfigs reads a number; a quantity with a unit is checked by mode='units' with sigfigs="),
    2876: ("author-error", "the teacher's answer 1 has no unit (mode='units' needs one): the author's error comes first"),
    2879: ("author-error", "the teacher's answer (x-1)^2 has no unit: the author's error comes first"),
    2972: (False, "dpt is not the dioptre here (pint reads it as a deci-pint); write 1/m"),
    2980: (False, "C is the coulomb; degrees Celsius are written degC or °C"),
    3029: ("author-error", _KJ), 3030: ("author-error", _KJ), 3031: ("author-error", _KJ),
    3032: ("author-error", _KJ), 3033: ("author-error", _KJ), 3034: ("author-error", _KJ),
    3071: (True, "a tolerance given in J is converted to the teacher's kJ"),
    3254: (False, "x^2/x can be reduced: lowest_terms looks at letters too, not only at numbers"),
    3255: (False, "2*x/(4*t) can be reduced by 2: lowest_terms looks at every written fraction"),
}


def read_rows(php: str) -> list[dict]:
    """The rows of ``$rawdata`` with the line each starts on."""
    start = php.index("protected static $rawdata = [")
    i = php.index("[", start + len("protected static $rawdata = ")) + 1
    n, rows = len(php), []

    def skip(i: int) -> int:
        while i < n:
            if php[i].isspace() or php[i] == ",":
                i += 1
            elif php.startswith("//", i):
                i = php.index("\n", i)
            elif php.startswith("/*", i):
                i = php.index("*/", i) + 2
            else:
                return i
        return i

    def string(i: int) -> tuple[str, int]:
        out, i = [], i + 1
        while php[i] != "'":
            if php[i] == "\\" and php[i + 1] in "'\\":
                out.append(php[i + 1])
                i += 2
            else:
                out.append(php[i])
                i += 1
        return "".join(out), i + 1

    def value(i: int) -> tuple[object, int]:
        i = skip(i)
        if php[i] == "'":
            s, i = string(i)
            while True:  # 'a' . 'b'
                j = skip(i)
                if php[j] != ".":
                    return s, i
                t, i = string(skip(j + 1))
                s += t
        m = re.compile(r"-?\d+(\.\d+)?").match(php, i)
        if m:
            return (float(m.group()) if "." in m.group() else int(m.group())), m.end()
        m = re.compile(r"[A-Za-z_:]+").match(php, i)
        return m.group(), m.end()

    while True:
        i = skip(i)
        if php[i] == "]":
            return rows
        line = php.count("\n", 0, i) + 1
        i, values = i + 1, []
        while True:
            i = skip(i)
            if php[i] == "]":
                i += 1
                break
            v, i = value(i)
            values.append(v)
        values += [""] * (7 - len(values))
        rows.append({"line": line, "stack": values[:7]})


class Untranslatable(Exception):
    pass


def _balanced_args(text: str, open_at: int) -> tuple[list[str], int]:
    """Arguments of the call whose '(' is at ``open_at``, and the index after its ')'."""
    depth, args, start = 0, [], open_at + 1
    for k in range(open_at, len(text)):
        ch = text[k]
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                args.append(text[start:k])
                return [a.strip() for a in args], k + 1
        elif ch == "," and depth == 1:
            args.append(text[start:k])
            start = k + 1
    raise Untranslatable("unbalanced brackets")


def _rewrite_calls(text: str, name: str, fn) -> str:
    pattern = re.compile(r"(?<![\w%])" + re.escape(name) + r"\s*\(")
    while True:
        m = pattern.search(text)
        if not m:
            return text
        args, end = _balanced_args(text, m.end() - 1)
        text = text[:m.start()] + fn(args) + text[end:]


_SIGFIGS_ROW = [False]


def translate(expr: str, side: str) -> tuple[str, dict]:
    """Maxima text -> our notation, and options the row needs (imaginary unit, positive symbols)."""
    options: dict = {}
    s = expr.strip()
    if not s:
        raise Untranslatable("empty answer")
    if '"' in s:
        raise Untranslatable("strings")
    if "#pm#" in s:
        raise Untranslatable("the ± operator #pm#")
    if ":=" in s:
        raise Untranslatable("function definitions")
    m = re.fullmatch(r"\((algebraic_equivalence_\w+:false),(.*)\)", s)
    if m:
        s = m.group(2)
    m = re.fullmatch(r"\(assume\((\w+)>0\),(.*)\)", s)
    if m:
        options["positive"] = [m.group(1)]
        s = m.group(2)
    s = s.replace("'", "")  # noun forms: 'diff, 'root
    if side == "teacher":
        for name in TEACHER_DISPLAY:
            s = _rewrite_calls(s, name, lambda a: "(" + ")*(".join(a[:2] if name == "stackunits" else a[:1]) + ")")
    s = _rewrite_calls(s, "matrix", lambda a: "Matrix([" + ", ".join(a) + "])")
    for name, (lo, hi) in {"oo": ("True", "True"), "cc": ("False", "False"), "co": ("False", "True"),
                           "oc": ("True", "False")}.items():
        s = _rewrite_calls(s, name, lambda a, lo=lo, hi=hi: f"Interval({a[0]}, {a[1]}, {lo}, {hi})")
    for old, new in RENAMES.items():
        s = re.sub(r"(?<![\w])" + re.escape(old) + r"(?=\s*\()", new, s)
    if "%i" in s or re.search(r"(?<![\w])i(?![\w])", s):
        options["imaginary"] = "i"
        s = s.replace("%i", "i")
    s = s.replace("%pi", "pi").replace("%e", "e")
    s = re.sub(r"(?<![\w])minf(?![\w])", "-oo", s)
    s = re.sub(r"(?<![\w])inf(?![\w])", "oo", s)
    s = re.sub(r"(?<![\w])nounand(?![\w])", "and", s)
    s = re.sub(r"(?<![\w])nounor(?![\w])", "or", s)
    s = re.sub(r"(?<![\w])true(?![\w])|(?<![\w])all(?![\w])", "True", s)
    s = re.sub(r"(?<![\w])false(?![\w])|(?<![\w])none(?![\w])", "False", s)
    s = re.sub(r"([A-Za-z]\w*)\[(\w+)\]", r"\1_\2", s)  # epsilon[0] -> epsilon_0
    s = s.replace("#", " != ")
    for call in re.finditer(r"(?<![\w.])([A-Za-z_%][\w%]*)\s*\(", s):
        name = call.group(1)
        if name not in KNOWN_FUNCTIONS and name not in ("and", "or"):
            raise Untranslatable(f"{'undefined function' if len(name) == 1 else 'Maxima function'} {name}( )")
    if "%" in s:
        raise Untranslatable("Maxima constant " + re.search(r"%\w+", s).group())
    for word in ("implies", "xor", "xnor", "nand", "nor"):
        if re.search(r"(?<![\w])" + word + r"(?![\w])", s):
            raise Untranslatable(f"the logic word {word!r}")
    if re.search(r"(?<![\w])(binomial|sin|cos)\([^()]*\[", s) or re.search(r"\]\s*\*", s):
        raise Untranslatable("a function applied to a list")
    if s.startswith("Matrix(") and re.search(r"[<>{]", s):
        raise Untranslatable("a matrix of conditions and sets")
    if re.search(r"Matrix\(", s) and side == "student" and _SIGFIGS_ROW[0]:
        raise Untranslatable("significant figures of a matrix")
    if re.search(r"\[\s*\]|\(\s*\)", s):
        raise Untranslatable("empty list")
    return s, options


def _number(opt: str) -> float:
    if not opt:
        return 0.05  # STACK's default tolerance
    if not re.fullmatch(r"[0-9.eE+-]+", opt):
        raise Untranslatable(f"option {opt!r}")
    return float(opt)


def _numbers_option(test: str, opt: str) -> dict:
    if test in ("NumRelative", "UnitsRelative", "UnitsStrictRelative"):
        return {"rtol": _number(opt), "atol": 0.0}
    if test == "NumAbsolute":
        return {"atol": _number(opt), "rtol": 0.0}
    if test in ("UnitsAbsolute", "UnitsStrictAbsolute"):
        if re.fullmatch(r"[0-9.eE+-]+", opt):
            return {"atol": float(opt), "rtol": 0.0}
        return {"atol": opt.replace("^", "**"), "rtol": 0.0}
    m = re.fullmatch(r"\[\s*(-?\d+)\s*,\s*(-?\d+)\s*\]", opt)
    if test in ("NumSigFigs", "Units", "UnitsStrict") and m:
        n, acc = int(m.group(1)), int(m.group(2))
        if acc == -1:
            return {"sigfigs": [n, None]}
        return {"sigfigs": n, "accuracy": acc}
    if test in ("NumSigFigs", "Units", "UnitsStrict") and re.fullmatch(r"\d+", opt):
        return {"sigfigs": int(opt), "accuracy": int(opt)}
    if test == "SigFigsStrict" and re.fullmatch(r"\d+", opt):
        return {"sigfigs": int(opt), "accuracy": 0, "strict": True}
    if test == "NumDecPlaces" and re.fullmatch(r"\d+", opt):
        return {"decimals": int(opt)}
    raise Untranslatable(f"option {opt!r}")


_AUTHOR_NOTES = ("TAns", "Empty TA", "_Opt", "OPTION", "_tol", "not_integer", "list_wrong_length", "OptNotInt",
                 "SB_no_units", "TA_not_expression")


def convert(row: dict) -> dict:
    test, opt, sans, tans, score, note, comment = row["stack"]
    out = {"line": row["line"], "stack": row["stack"]}
    if test not in MODES:
        out["skip"] = NOT_IMPORTED.get(test, "no counterpart")
        return out
    mode = MODES[test]
    if re.search(r"\w\[\w+\]", sans + tans) and re.search(r"[A-Za-z]_\w", sans + tans):
        out["skip"] = "x_1 and x[1] are one name in our notation"
        return out
    if mode == "same_form" and ("diff" in sans + tans):
        out["skip"] = "noun and verb forms of diff: our notation evaluates derivatives when read"
        return out
    if mode == "sigfigs" and "matrix" in sans + tans:
        out["skip"] = "significant figures of a matrix"
        return out
    if score == -1 and mode == "factored" and "_Opt" in note:
        out["skip"] = "the option is STACK's variable: our factored mode takes none"
        return out
    if score == -1:
        expect: object = "author-error" if any(k in note for k in _AUTHOR_NOTES) else "invalid"
    else:
        expect = score in (1, -3)
    _SIGFIGS_ROW[0] = mode == "sigfigs"
    try:
        options: dict = {}
        if mode in ("numeric", "sigfigs", "units"):
            if score == -1 and expect == "author-error" and ("_Opt" in note or "OPTION" in note or "not_integer" in note
                                                             or "list_wrong" in note or "OptNotInt" in note or "_tol" in note):
                options["raw_option"] = opt
            else:
                options.update(_numbers_option(test, opt))
            if test.startswith("UnitsStrict"):
                options["same_unit"] = True
        student, s_opts = translate(sans, "student") if sans else ("", {})
        if tans in ("null", "0") and mode in ("expanded", "lowest_terms", "sigfigs"):
            # the test ignores the teacher's answer; ours checks equivalence first, so the teacher's is the student's
            teacher, t_opts = (student, s_opts) if expect != "invalid" else ("0", {})
        else:
            teacher, t_opts = translate(tans, "teacher") if tans else ("", {})
        options.update({k: v for k, v in {**t_opts, **s_opts}.items() if k != "positive"})
        positive = s_opts.get("positive", []) + t_opts.get("positive", [])
        if positive:
            options["positive"] = positive
        if test == "LowestTerms":
            options["rationalized"] = True  # STACK's LowestTerms also asks for a denominator free of roots and i
        if test == "SysEquiv":
            options["system"] = True
            if score in (0, 1) and not (student.startswith("[") and teacher.startswith("[")):
                expect = False
    except Untranslatable as exc:
        out["skip"] = str(exc)
        return out
    if score == -1 and not sans.strip():
        student = ""
    out.update({"mode": mode, "student": student, "teacher": teacher, "options": options, "expect": expect})
    if row["line"] in DIFFERENCES:
        out["ours"], out["why"] = DIFFERENCES[row["line"]]
    return out


def main() -> None:
    php = Path(sys.argv[1]).read_text(encoding="utf-8")
    rows = [convert(r) for r in read_rows(php)]
    doc = {"source": "https://github.com/maths/moodle-qtype_stack/blob/" + SOURCE_COMMIT
                     + "/tests/fixtures/answertestfixtures.class.php",
           "license": "GPL-3.0-or-later (STACK)", "rows": rows}
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=0)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
