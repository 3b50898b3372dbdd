"""Import Doenet math-expressions' equality tests into ``benchmarks/heldout/cases.json`` (held out, never tuned on).

Source: the ``equivalences`` and ``nonequivalences`` lists of
``packages/math-expressions-js-compat/spec/slow_math-expressions.spec.ts`` in https://github.com/Doenet/math-expressions
at commit ``COMMIT``: each pair is ``Expression.fromText(lhs).equals(Expression.fromText(rhs))``, expected true in
the first list and false in the second.  math-expressions is released under the GPL v3 and the Apache License 2.0
(its LICENSE.md); this spec file says it is GPL v3+ and that some of its cases come from STACK (GPL v3+).

Every pair becomes one row in mode ``equiv``, the left side as the student's text and the right side as the
teacher's, each row citing its line.  Doenet's own defaults that this engine has as options are carried in
``options`` (its parser reads ``f`` and ``g`` before a bracket as functions, and ``%`` as a percent).  Rows whose
notation a school student does not type are kept with a ``skip`` reason (``load`` leaves them out), so the count
of skipped rows and their kinds stay visible.

    python benchmarks/heldout/import_doenet.py path/to/slow_math-expressions.spec.ts
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

COMMIT = "2fb64028713c7a0f141f5e7e165d7b5e499c728d"
PATH = "packages/math-expressions-js-compat/spec/slow_math-expressions.spec.ts"
SOURCE = "Doenet math-expressions"
LICENCE = ("GPL v3 or Apache License 2.0 (math-expressions LICENSE.md); the spec file is GPL v3+ and "
           "says some cases are adopted from STACK (GPL v3+)")
CASES = Path(__file__).resolve().parent / "cases.json"

SKIPS = [  # (pattern in either side, kind): notation no school student types
    (r"∠|linesegment", "geometric objects (∠ABC, linesegment(A,B))"),
    (r"\$", "currency signs ($5)"),
    (r"∫", "integrals as objects (∫_a^b x dx)"),
    (r"[∈∋∉∌⊂⊃⊆⊇⊄⊅⊈⊉]|elementof", "statements about named sets (x ∈ A, A ⊂ B)"),
    (r"vec\(", "vectors written vec(x)"),
    (r"C[\^_]\(4\+\)", "chemical charges (C^(4+))"),
    (r"^\s*/|\+\s*$", "incomplete input with a blank (2+, /4)"),
    (r"\)'", "a prime after an application (f(x)')"),
]
FUNCTIONS = re.compile(r"\b[fg](_\d+)?(\^\d+)?\(")
PAIR = re.compile(r'\[\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*,?\s*\]', re.S)


def pairs(text: str, name: str) -> list[tuple[int, str, str]]:
    start = text.index(f"var {name} = [")
    end = text.index("\n  ];", start)
    region = text[start:end]
    base = text[:start].count("\n") + 1
    out = []
    for m in PAIR.finditer(region, region.index("[") + 1):
        line = base + region[: m.start()].count("\n")
        line_text = text.splitlines()[line - 1]
        if line_text.strip().startswith("//"):
            continue
        out.append((line, json.loads(f'"{m.group(1)}"'), json.loads(f'"{m.group(2)}"')))
    return out


def row(line: int, lhs: str, rhs: str, expect: bool, name: str) -> dict:
    options: dict = {}
    if FUNCTIONS.search(lhs) or FUNCTIONS.search(rhs):
        options["functions"] = ["f", "g"]
    if "%" in lhs or "%" in rhs:
        options["percent"] = True
    out = {"source": SOURCE, "where": f"https://github.com/Doenet/math-expressions/blob/{COMMIT}/{PATH}#L{line} "
           f"({name}, Expression.fromText(lhs).equals(Expression.fromText(rhs)))",
           "mode": "equiv", "student": lhs.strip(), "teacher": rhs.strip(), "options": options, "expect": expect}
    for pattern, kind in SKIPS:
        if re.search(pattern, lhs) or re.search(pattern, rhs):
            out["skip"] = kind
            break
    return out


def main(spec: Path) -> None:
    text = spec.read_text(encoding="utf-8")
    rows = [row(line, a, b, True, "equivalences") for line, a, b in pairs(text, "equivalences")]
    rows += [row(line, a, b, False, "nonequivalences") for line, a, b in pairs(text, "nonequivalences")]
    table = json.loads(CASES.read_text(encoding="utf-8"))
    table["rows"] = [r for r in table["rows"] if r["source"] != SOURCE] + rows
    table.setdefault("licences", {})[SOURCE] = LICENCE
    CASES.write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    kept = [r for r in rows if "skip" not in r]
    print(f"{len(rows)} pairs, {len(kept)} kept ({sum(r['expect'] for r in kept)} equivalent), "
          f"{len(rows) - len(kept)} skipped")
    kinds: dict[str, int] = {}
    for r in rows:
        if "skip" in r:
            kinds[r["skip"]] = kinds.get(r["skip"], 0) + 1
    for kind, n in kinds.items():
        print(f"  skipped {n}: {kind}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
