"""Content-farm spin: tone-marked pinyin pushed in after characters, and machine-Traditional.

Spinners convert Simplified Chinese to Traditional and append the reading of many converted
characters in parentheses: ``產(chǎn)業(yè)鏈`` for ``产业链``. An annotation is only taken for
spin when the syllable is a reading of the character before it (pypinyin's dictionary), and the
text as a whole only when there are several and the annotated characters are ones a
Simplified→Traditional converter produces. Then the annotations are removed and the script is
restored with the OpenCC configuration that best inverts the spinner's, the removed readings
picking the form where one Traditional character has several Simplified ones (乾 qián / gān).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..charclass import LineIndex, is_han
from ..codes import Code
from ..models import Change, Finding
from ..plan import Edit, apply_edits
from .base import Context, Outcome

if TYPE_CHECKING:
    import opencc

STEP_ANNOTATIONS = "spin.annotations"
STEP_SCRIPT = "spin.script"

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêếềńňǹḿ"
# A Han character, then one lower-case syllable in ASCII or fullwidth parentheses.
ANNOTATION = re.compile(
    r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])([(（])([a-z" + _TONED + r"]{1,7})([)）])"
)
#: Fewest validated annotations that make a text spun.
MIN_ANNOTATIONS = 3
#: Share of annotated characters that must be converter output (Traditional ≠ Simplified).
MIN_CONVERTED_SHARE = 0.8

#: Where one Traditional character stands for several Simplified ones, the reading decides.
#: OpenCC picks one form; these pairs restore the other when the removed reading asks for it.
READING_FORMS: dict[tuple[str, str], str] = {
    ("乾", "qian"): "乾",
    ("乾", "gan"): "干",
    ("著", "zhu"): "著",
    ("著", "zhe"): "着",
    ("著", "zhuo"): "着",
    ("著", "zhao"): "着",
    ("藉", "ji"): "藉",
    ("藉", "jie"): "借",
    ("瞭", "liǎo"): "了",
    ("瞭", "liào"): "瞭",
    ("鍾", "zhong"): "钟",
    ("徵", "zhi"): "徵",
    ("徵", "zheng"): "征",
    ("於", "wu"): "於",
    ("於", "yu"): "于",
    ("剋", "ke"): "克",
    ("覆", "fu"): "覆",
    ("夥", "huo"): "伙",
}

#: (Traditional→Simplified, its inverse) OpenCC configurations a spinner may have used.
CONFIGS: tuple[tuple[str, str], ...] = (("t2s", "s2t"), ("tw2s", "s2tw"), ("hk2s", "s2hk"))


@dataclass(frozen=True, slots=True)
class Annotation:
    """One pinyin annotation: ``char`` at ``pos``, the ``(reading)`` spanning ``start:end``."""

    char: str
    pos: int
    start: int
    end: int
    reading: str


def _strip_tone(syllable: str) -> str:
    base = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in base if not unicodedata.combining(c)).replace("ü", "v")


@lru_cache(maxsize=8192)
def readings(char: str) -> frozenset[str]:
    """The tone-marked readings of ``char`` in pypinyin's dictionary (empty if unknown)."""
    from pypinyin.pinyin_dict import pinyin_dict

    value = pinyin_dict.get(ord(char))
    return frozenset(value.split(",")) if value else frozenset()


def is_reading(char: str, syllable: str) -> bool:
    """True when ``syllable`` is a reading of ``char``; a toneless syllable matches any tone."""
    known = readings(char)
    if syllable in known:
        return True
    if any(c in _TONED for c in syllable if c != "ü"):
        return False
    plain = _strip_tone(syllable)
    return any(_strip_tone(r) == plain for r in known)


@lru_cache(maxsize=8)
def converter(config: str) -> opencc.OpenCC:
    import opencc

    return opencc.OpenCC(config)


def find_annotations(text: str) -> list[Annotation]:
    """Every Han character followed by a parenthesised syllable that is one of its readings."""
    found = []
    for m in ANNOTATION.finditer(text):
        char, syllable = m.group(1), m.group(3)
        if is_reading(char, syllable):
            found.append(Annotation(char, m.start(1), m.start(2), m.end(4), syllable))
    return found


def _converted_share(annotations: list[Annotation]) -> float:
    t2s = converter("t2s")
    chars = "".join(a.char for a in annotations)
    simplified = t2s.convert(chars)
    if len(simplified) != len(chars):
        return 0.0
    return sum(a != b for a, b in zip(chars, simplified)) / len(chars)


def choose_config(text: str) -> tuple[str, float]:
    """The Traditional→Simplified configuration whose inverse best reproduces ``text``.

    Returns the configuration and the share of Han characters its round trip reproduces.
    """
    han = [i for i, ch in enumerate(text) if is_han(ch)]
    best, best_score = CONFIGS[0][0], -1.0
    for forward, inverse in CONFIGS:
        back = converter(inverse).convert(converter(forward).convert(text))
        if len(back) != len(text):
            continue
        score = sum(back[i] == text[i] for i in han) / max(len(han), 1)
        if score > best_score:
            best, best_score = forward, score
    return best, best_score


def _diff_edits(before: str, after: str, code: Code) -> list[Edit]:
    """Edits turning ``before`` into ``after`` (per run of changed characters)."""
    if len(before) == len(after):
        edits, i, n = [], 0, len(before)
        while i < n:
            if before[i] == after[i]:
                i += 1
                continue
            j = i
            while j < n and before[j] != after[j]:
                j += 1
            edits.append(Edit(i, j, after[i:j], code))
            i = j
        return edits
    import difflib

    sm = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return [
        Edit(i1, i2, after[j1:j2], code)
        for tag, i1, i2, j1, j2 in sm.get_opcodes()
        if tag != "equal"
    ]


def run(text: str, ctx: Context) -> Outcome:
    """Find spin; when there is evidence, remove the annotations and restore the script."""
    cfg = ctx.config
    annotations = find_annotations(text) if cfg.spin and ("(" in text or "（" in text) else []
    spun = len(annotations) >= MIN_ANNOTATIONS and (
        _converted_share(annotations) >= MIN_CONVERTED_SHARE
    )
    findings: list[Finding] = []
    changes: list[Change] = []
    index = LineIndex(text)
    if spun:
        for a in annotations:
            line, col = index.line_col(a.start)
            findings.append(
                Finding(
                    Code.PINYIN_ANNOTATION, line, col,
                    f"pinyin annotation {text[a.start:a.end]} after {a.char}",
                    evidence=f"{a.reading} is a reading of {a.char}",
                    start=a.start, end=a.end,
                )
            )
        text, removed = apply_edits(
            text, (Edit(a.start, a.end, "", Code.PINYIN_ANNOTATION) for a in annotations),
            STEP_ANNOTATIONS,
        )
        changes.extend(removed)

    target = cfg.script
    if target == "auto":
        target = "simplified" if spun else "keep"
    if target == "keep" or not any(is_han(ch) for ch in text):
        return Outcome(text, tuple(findings), tuple(changes))

    if target == "simplified":
        config, agreement = choose_config(text)
        converted = converter(config).convert(text)
        if spun:
            converted = _apply_readings(text, converted, annotations)
        evidence = (
            f"{len(annotations)} pinyin annotations on converted characters; "
            f"OpenCC {config} round trip reproduces {agreement:.1%} of Han characters"
            if spun else f"--script simplified; OpenCC {config}"
        )
    else:
        config, evidence = "s2t", "--script traditional; OpenCC s2t"
        converted = converter(config).convert(text)
    edits = _diff_edits(text, converted, Code.MACHINE_TRADITIONAL)
    if edits:
        first = LineIndex(text).line_col(edits[0].start)
        findings.append(
            Finding(
                Code.MACHINE_TRADITIONAL, first[0], first[1],
                f"{len(edits)} runs of machine-converted script; restored with OpenCC {config}",
                evidence=evidence, start=edits[0].start, end=edits[-1].end,
            )
        )
        text, script_changes = apply_edits(text, edits, STEP_SCRIPT)
        changes.extend(script_changes)
    return Outcome(text, tuple(findings), tuple(changes))


def _apply_readings(text: str, converted: str, annotations: list[Annotation]) -> str:
    """Use each removed reading to pick the Simplified form of an ambiguous character."""
    if len(converted) != len(text):
        return converted
    out = list(converted)
    shift = 0
    for a in annotations:
        # Positions in ``text`` (annotations removed) = original position minus removed length.
        pos = a.pos - shift
        shift += a.end - a.start
        form = READING_FORMS.get((a.char, a.reading)) or READING_FORMS.get(
            (a.char, _strip_tone(a.reading))
        )
        if form is not None and text[pos] == a.char:
            out[pos] = form
    return "".join(out)
