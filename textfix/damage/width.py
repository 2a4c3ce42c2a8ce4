"""Width folding: fullwidth CJK punctuation turned into ASCII by a normaliser (NFKC, ftfy).

Folding is a property of the whole text, so the evidence is counted over the whole text first:
ASCII ``, ; : ! ?`` written against CJK characters and ASCII parentheses around or after CJK
text, with few or none of their fullwidth forms left (a folded text has none; a clean text that
quotes one ASCII mark has many). Only then is punctuation in CJK context restored:

- ``, ; : ! ?`` with a CJK character (or a mark just restored) before, or a CJK letter after;
- ``( )`` as a pair, when the pair follows CJK text or encloses it (``(2人分)``, ``(套)``);
- ``......`` and ``...`` between CJK characters, which NFKC makes of ``……`` and ``…``.

ASCII stays in Latin words, numbers, times and scores (``7:30``, ``3:1``, ``1,000``, ``3.14``),
calls and indexes (``get_db_session()``, ``f(x)``), URLs and e-mail addresses, and where the
mark has no CJK neighbour. Curly quotes ``“”‘’`` and ``「」`` are never touched: no normaliser
folds them, so there is nothing to restore.
"""

from __future__ import annotations

import re

from ..charclass import CJK_LETTER_CLASS, LineIndex, is_cjk, is_cjk_letter
from ..codes import Code
from ..models import Finding
from ..plan import Edit, apply_edits
from .base import Context, Outcome

STEP = "width"

FULLWIDTH = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_FULL_FORMS = frozenset(FULLWIDTH.values())
_SEPARATORS = frozenset(",;:!?")
#: Fewest marks in CJK context that prove folding when fullwidth forms survive.
MIN_EVIDENCE = 2
#: Folded marks must outnumber surviving fullwidth forms by this factor.
DOMINANCE = 4
#: Closing quotes and brackets: a mark after one takes its context from what they close.
_CLOSERS = frozenset("”’」』》〉】）")
#: URLs and e-mail addresses: ASCII inside them is never punctuation to restore. They end at
#: whitespace, brackets or CJK text.
_PROTECTED = re.compile(
    r"(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)[^\s()（）<>\"\u3000-\u9fff\uff00-\uffef]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.ASCII,
)
#: A Latin word or gloss in parentheses after CJK text (``长(cháng)``, ``公司(Ltd)``): restored
#: in a folded text, but no evidence of folding (a pinyin lesson may write ASCII brackets).
_GLOSS = re.compile(r"[^\W\d_]+(?:[ '-][^\W\d_]+)*")
_DOTS = re.compile(r"(?<!\.)(\.{6}|\.{3})(?!\.)")


def _is_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")


def _left_context(text: str, i: int) -> str:
    """The character that gives position ``i`` its left context, looking through closers.

    ``“十四五”,`` is in CJK context because of 五; ``“hello”,`` is not.
    """
    j = i - 1
    while j >= 0 and text[j] in _CLOSERS and j > 0 and text[j - 1] != "\n":
        j -= 1
    return text[j] if j >= 0 else ""


def _protected(text: str) -> set[int]:
    """Positions inside URLs and e-mail addresses (a URL's trailing ``,.;:!?`` is prose)."""
    out: set[int] = set()
    for m in _PROTECTED.finditer(text):
        out.update(range(m.start(), m.start() + len(m.group().rstrip(",.;:!?"))))
    return out


def _pairs(text: str, protected: set[int]) -> list[tuple[int, int]]:
    """ASCII parenthesis pairs (on one line) that enclose or follow CJK text."""
    out = []
    stack: list[int] = []
    for i, ch in enumerate(text):
        if ch == "\n":
            stack.clear()
        elif i in protected:
            continue
        elif ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            j = stack.pop()
            before = text[j - 1] if j else ""
            after = text[i + 1] if i + 1 < len(text) else ""
            if _is_word(before) or before == ".":
                continue  # a call or an index: f(x), obj.method()
            inner = text[j + 1 : i]
            if (
                (before and is_cjk(before))
                or any(is_cjk_letter(c) for c in inner)
                or (after and is_cjk_letter(after) and not inner.isascii())
            ):
                out.append((j, i))
    return out


def _separator_in_context(text: str, i: int, restored: set[int]) -> bool:
    left = _left_context(text, i)
    right = text[i + 1] if i + 1 < len(text) else ""
    if i - 1 in restored:
        return True
    return bool(left and is_cjk(left)) or bool(right and is_cjk_letter(right))


def count_evidence(text: str) -> tuple[int, int]:
    """(ASCII marks in CJK context, fullwidth marks present).

    In context: a separator (or a run such as ``?!``) with a CJK letter before it and a CJK
    character or the end of the line after it, or between CJK characters; a parenthesis pair
    around CJK letters, or after them unless it holds a Latin word or gloss.
    """
    evidence = 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch in _SEPARATORS and i > 0 and text[i - 1] not in _SEPARATORS:
            k = i
            while k < n and text[k] in _SEPARATORS:
                k += 1  # a run such as ?! takes the context of the run
            left, right = text[i - 1], text[k] if k < n else "\n"
            if (is_cjk_letter(left) and (right == "\n" or is_cjk(right))) or (
                is_cjk(left) and is_cjk_letter(right)
            ):
                evidence += 1
    for j, i in _pairs(text, _protected(text)):
        inner = text[j + 1 : i]
        if any(is_cjk_letter(c) for c in inner) or (
            j and is_cjk_letter(text[j - 1]) and not _GLOSS.fullmatch(inner)
        ):
            evidence += 1
    full = sum(text.count(f) for f in _FULL_FORMS)
    return evidence, full


#: A necessary condition for any evidence (see :func:`count_evidence`), checked at C speed so
#: that text without ASCII punctuation next to CJK letters costs almost nothing.
_MAYBE_FOLDED = re.compile(
    f"[{CJK_LETTER_CLASS}][,;:!?().]|[,;:!?()][{CJK_LETTER_CLASS}]"
    f"|\\([^()\\n]*[{CJK_LETTER_CLASS}]"
)


def is_folded(text: str) -> bool:
    """True when the text as a whole shows width folding."""
    if _MAYBE_FOLDED.search(text) is None:
        return False
    evidence, full = count_evidence(text)
    if full == 0:
        return evidence >= 1
    return evidence >= MIN_EVIDENCE and evidence >= DOMINANCE * full


def _restorable(text: str) -> list[Edit]:
    protected = _protected(text)
    edits: list[Edit] = []
    restored: set[int] = set()
    for j, i in _pairs(text, protected):
        edits.append(Edit(j, j + 1, "（", Code.FOLDED_PUNCTUATION))
        edits.append(Edit(i, i + 1, "）", Code.FOLDED_PUNCTUATION))
        restored.update((j, i))
    for i, ch in enumerate(text):
        if ch in _SEPARATORS and i not in protected and _separator_in_context(text, i, restored):
            edits.append(Edit(i, i + 1, FULLWIDTH[ch], Code.FOLDED_PUNCTUATION))
            restored.add(i)
    for m in _DOTS.finditer(text):
        if m.start() in protected:
            continue
        left = text[m.start() - 1] if m.start() else ""
        right = text[m.end()] if m.end() < len(text) else "\n"
        if left and is_cjk_letter(left) and (right == "\n" or is_cjk(right) or right in "!?"):
            dots = "……" if len(m.group()) == 6 else "…"
            edits.append(Edit(m.start(), m.end(), dots, Code.FOLDED_PUNCTUATION))
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
    evidence, full = count_evidence(text)
    findings = []
    for line, line_edits in sorted(per_line.items()):
        first = min(line_edits, key=lambda e: e.start)
        marks = "".join(sorted({text[e.start : e.end] for e in line_edits}))
        findings.append(
            Finding(
                Code.FOLDED_PUNCTUATION, line, index.line_col(first.start)[1],
                f"{len(line_edits)} ASCII punctuation marks ({marks}) in CJK context",
                evidence=f"{evidence} ASCII marks in CJK context, "
                f"{full} fullwidth marks in the text",
                start=first.start, end=max(e.end for e in line_edits),
            )
        )
    new_text, changes = apply_edits(text, edits, STEP)
    return Outcome(new_text, tuple(findings), tuple(changes))

