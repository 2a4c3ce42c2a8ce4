"""Width folding: fullwidth CJK punctuation turned into ASCII by a normaliser (NFKC, ftfy).

Folding is a property of the whole text, so the evidence is counted over the whole text first:
ASCII ``, ; : ! ? ( )`` squeezed between CJK characters, with few or none of their fullwidth
forms left. Only then is ASCII punctuation beside CJK characters restored, brackets as pairs;
ASCII in Latin, numeric and code context (``7:30``, ``1,000``, ``f(x)``, ``a@b.cn``) stays.
"""

from __future__ import annotations

from ..charclass import LineIndex, is_cjk, is_cjk_letter
from ..codes import Code
from ..models import Finding
from ..plan import Edit, apply_edits
from .base import Context, Outcome

STEP = "width"

FULLWIDTH = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_FULL_FORMS = frozenset(FULLWIDTH.values())
_SEPARATORS = frozenset(",;:!?")
#: Fewest strictly-CJK-context ASCII marks that prove folding.
MIN_EVIDENCE = 2
#: Folded marks must outnumber surviving fullwidth forms by this factor.
DOMINANCE = 4


def _is_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")


def count_evidence(text: str) -> tuple[int, int]:
    """(ASCII separators with CJK letters on both sides, fullwidth marks present)."""
    strict = 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch in _SEPARATORS and 0 < i < n - 1:
            if is_cjk(text[i - 1]) and is_cjk_letter(text[i + 1]):
                strict += 1
    full = sum(text.count(f) for f in _FULL_FORMS)
    return strict, full


def is_folded(text: str) -> bool:
    """True when the text as a whole shows width folding."""
    strict, full = count_evidence(text)
    if full == 0:
        return strict >= 1
    return strict >= MIN_EVIDENCE and strict >= DOMINANCE * full


def _restorable(text: str) -> list[Edit]:
    edits: list[Edit] = []
    n = len(text)
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()
            continue
        left = text[i - 1] if i else ""
        right = text[i + 1] if i + 1 < n else ""
        if ch in _SEPARATORS:
            if (left and is_cjk(left)) or (right and is_cjk_letter(right)):
                edits.append(Edit(i, i + 1, FULLWIDTH[ch], Code.FOLDED_PUNCTUATION))
        elif ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            j = stack.pop()
            before = text[j - 1] if j else ""
            inner = text[j + 1 : i]
            if _is_word(before) or before in ".":
                continue  # a call or an index: f(x), obj.method()
            if (before and is_cjk(before)) or any(is_cjk_letter(c) for c in inner):
                edits.append(Edit(j, j + 1, "（", Code.FOLDED_PUNCTUATION))
                edits.append(Edit(i, i + 1, "）", Code.FOLDED_PUNCTUATION))
    return edits


def run(text: str, ctx: Context) -> Outcome:
    """Restore folded punctuation when the whole text shows folding."""
    if not ctx.config.width or not is_folded(text):
        return Outcome(text)
    edits = _restorable(text)
    if not edits:
        return Outcome(text)
    index = LineIndex(text)
    per_line: dict[int, list[Edit]] = {}
    for e in edits:
        per_line.setdefault(index.line_col(e.start)[0], []).append(e)
    strict, full = count_evidence(text)
    findings = []
    for line, line_edits in sorted(per_line.items()):
        first = min(line_edits, key=lambda e: e.start)
        marks = "".join(sorted({text[e.start] for e in line_edits}))
        findings.append(
            Finding(
                Code.FOLDED_PUNCTUATION, line, index.line_col(first.start)[1],
                f"{len(line_edits)} ASCII punctuation marks ({marks}) in CJK context",
                evidence=f"{strict} ASCII separators between CJK letters, "
                f"{full} fullwidth marks in the text",
                start=first.start, end=max(e.end for e in line_edits),
            )
        )
    new_text, changes = apply_edits(text, edits, STEP)
    return Outcome(new_text, tuple(findings), tuple(changes))
