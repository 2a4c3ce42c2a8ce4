"""The width stage's C-speed scans find exactly what the plain per-character rules find.

:mod:`textfix.damage.width` counts evidence with regular expressions, visits only the
parentheses, scans for URLs only in the tokens that can hold one, and rejects text by counts
before counting evidence. Each of these must be exact, so the straightforward definitions are
kept here as references and compared on random text built from the characters the rules look
at, and on the clean and folded test texts.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the generators beside the tests

import gen_width

from textfix.charclass import CJK_LETTER_CLASS, is_cjk, is_cjk_letter
from textfix.config import DEFAULT
from textfix.damage import width
from textfix.damage.base import Context

SEPARATORS = frozenset(",;:!?")
PROTECTED = re.compile(
    r"(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)[^\s()（）<>\"\u3000-\u9fff\uff00-\uffef]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.ASCII,
)
MAYBE_FOLDED = re.compile(
    f"[{CJK_LETTER_CLASS}][,;:!?().]|[,;:!?()][{CJK_LETTER_CLASS}]"
    f"|\\([^()\\n]*[{CJK_LETTER_CLASS}]"
)


def ref_protected(text: str) -> set[int]:
    out: set[int] = set()
    for m in PROTECTED.finditer(text):
        out.update(range(m.start(), m.start() + len(m.group().rstrip(",.;:!?"))))
    return out


def ref_pairs(text: str, protected: set[int]) -> list[tuple[int, int]]:
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
            inner = text[j + 1 : i]
            cjk_inside = any(is_cjk_letter(c) for c in inner)
            if ((before.isascii() and (before.isalnum() or before == "_")) or before == ".") and (
                    not cjk_inside or any(q in inner for q in "\"'`")):
                continue
            if any(k in protected for k in range(j, i)):
                continue
            if any(c in "[]{}<>=\"'`" for c in inner):
                continue
            if any(is_cjk_letter(c) for c in inner) or (
                before and after and is_cjk_letter(before) and is_cjk_letter(after)
                and not any(c.isalpha() for c in inner)
            ):
                out.append((j, i))
    return out


def ref_count_evidence(text: str) -> tuple[int, int]:
    evidence = 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch in SEPARATORS and i > 0 and text[i - 1] not in SEPARATORS:
            k = i
            while k < n and text[k] in SEPARATORS:
                k += 1
            left, right = text[i - 1], text[k] if k < n else "\n"
            if (is_cjk_letter(left) and (right == "\n" or is_cjk(right))) or (
                is_cjk(left) and is_cjk_letter(right)
            ):
                evidence += 1
    return evidence, sum(text.count(f) for f in FULL_FORMS)


#: The per-character rule's constants: fullwidth marks, and how much evidence they demand.
#: (textfix now refuses any text with a surviving fullwidth form, see ``_ref_verdict``.)
FULL_FORMS = "，；：！？（）"
MIN_EVIDENCE = 2
DOMINANCE = 4


def ref_is_folded(text: str) -> bool:
    if MAYBE_FOLDED.search(text) is None:
        return False
    evidence, full = ref_count_evidence(text)
    if full == 0:
        return evidence >= 1
    return evidence >= MIN_EVIDENCE and evidence >= DOMINANCE * full


def ref_separators(text: str, protected: set[int], restored: set[int]) -> list[int]:
    """Separators :func:`width._restorable` restores, by the per-character rule."""
    out = []
    for i, ch in enumerate(text):
        if ch not in SEPARATORS or i in protected:
            continue
        left = width._left_context(text, i)
        right = text[i + 1] if i + 1 < len(text) else ""
        if i - 1 in restored or (left and is_cjk(left)) or (right and is_cjk_letter(right)):
            out.append(i)
            restored.add(i)
    return out


PIECES = (
    list(",,;:!?((()))..... \n\t\r中文日本。，（）」』”’a1_Bx@:/w")
    + ["http://a.b", "www.", "x@y.cn", "@", "://", "\xa0", "カナ", "한국", "“", "……", "—", "ĉ",
       "&lt;", "&#39;", "２", "Ｐ"]
)


def random_texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 40))) for _ in range(count)
    ]


def sample_texts() -> list[str]:
    texts = [text for _, text in gen_width.sources()]
    return texts + [case.folded for case in gen_width.cases()]


def test_cjk_class_is_is_cjk() -> None:
    pattern = re.compile(f"[{width._CJK_CLASS}]")
    for code in range(0x110000):
        ch = chr(code)
        assert (pattern.fullmatch(ch) is not None) == is_cjk(ch), hex(code)


@pytest.mark.parametrize("seed", range(4))
def test_scans_match_the_per_character_rules(seed: int) -> None:
    for text in random_texts(seed, 4000):
        protected = ref_protected(text)
        assert width._protected(text) == protected, text
        pairs = ref_pairs(text, protected)
        assert width._pairs(text, protected) == pairs, text
        assert width.count_evidence(text) == ref_count_evidence(text), text
        assert width.is_folded(text) == _ref_verdict(text), text
        assert bool(width._maybe_folded().search(text)) == bool(MAYBE_FOLDED.search(text)), text
        restored = {k for pair in pairs for k in pair}
        edits = width._restorable(text, protected, pairs)
        separators = [e.start for e in edits if text[e.start] in SEPARATORS]
        assert separators == ref_separators(text, protected, restored), text


def test_scans_match_on_the_test_texts() -> None:
    for text in sample_texts():
        protected = ref_protected(text)
        assert width._protected(text) == protected
        assert width._pairs(text, protected) == ref_pairs(text, protected)
        assert width.count_evidence(text) == ref_count_evidence(text)
        assert width.is_folded(text) == _ref_verdict(text)


def _ref_verdict(text: str) -> bool:
    """The per-character verdict, on the text with HTML character references masked, vetoed
    where the text's ASCII punctuation is its own (Korean, surviving fullwidth letters)."""
    masked = width._without_entities(text)
    return (ref_is_folded(masked) and not width.native_ascii(masked)
            and not _ref_spaced(masked) and not _ref_japanese_unfolded(masked))


def _ref_spaced(text: str) -> bool:
    """Marks after CJK letters followed by a space at least as often as by anything else but
    a line break."""
    spaced = unspaced = 0
    for i, ch in enumerate(text):
        if ch in SEPARATORS and i and is_cjk_letter(text[i - 1]):
            after = text[i + 1] if i + 1 < len(text) else ""
            spaced += after == " "
            unspaced += after not in (" ", "\n", "\r", "")
    return spaced >= unspaced


def _ref_japanese_unfolded(text: str) -> bool:
    """Five kana or more, and no separator run in CJK context starts with ``,`` or ``;``."""
    if sum("\u3040" <= ch <= "\u30ff" for ch in text) < 5:
        return False
    n = len(text)
    for i, ch in enumerate(text):
        if ch in ",;" and i > 0 and text[i - 1] not in SEPARATORS:
            k = i
            while k < n and text[k] in SEPARATORS:
                k += 1
            left, right = text[i - 1], text[k] if k < n else "\n"
            if (is_cjk_letter(left) and (right == "\n" or is_cjk(right))) or (
                is_cjk(left) and is_cjk_letter(right)
            ):
                return False
    return True


def test_parentheses_alone_prove_no_folding() -> None:
    """Writers type ASCII ``( )`` themselves: pairs are restored only in a text whose
    separators show folding, and then exactly those :func:`width._pairs` finds."""
    text = "它(猫)和它(狗)都很可爱\n见 http://a.cn/(x) 或 (备注)"
    assert not width.is_folded(text)
    assert width.run(text, Context(DEFAULT, text)).text == text
    text = "它(猫)和它(狗)都很可爱,对吧\n见 http://a.cn/(x) 或 (备注)"
    assert width.is_folded(text)
    outcome = width.run(text, Context(DEFAULT, text))
    protected = ref_protected(text)
    edits = width._restorable(text, protected, ref_pairs(text, protected))
    assert edits and [(c.start, c.after) for c in outcome.changes] == sorted(
        (e.start, e.after) for e in edits
    )




def _ref_native_ascii(text: str) -> bool:
    """A fullwidth form or ideographic space survives, or Hangul outnumbers Han and kana."""
    if any(ch == "\u3000" or "\uff01" <= ch <= "\uff5e" for ch in text):
        return True
    hangul = sum("\uac00" <= ch <= "\ud7a3" for ch in text)
    other = sum("\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u4dbf"
                or "\u4e00" <= ch <= "\u9fff" for ch in text)
    return hangul > other


@pytest.mark.parametrize("seed", range(3))
def test_native_ascii_counts_as_the_plain_rule(seed: int) -> None:
    rng = random.Random(seed)
    pool = list("한국어가나中文字かなカ，Ｐ２\u3000 ,.a\n") + ["\uac00", "\ud7a3", "\u3400", "\u9fff"]
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 30)))
        assert width.native_ascii(text) == _ref_native_ascii(text), text


@pytest.mark.parametrize("seed", range(2))
def test_text_cleared_before_masking_entities_is_cleared_after(seed: int) -> None:
    """``run`` skips the entity mask on text the cheap scans clear: masking only takes marks
    away, so the masked text would have been cleared too."""
    rng = random.Random(seed)
    pool = ["&lt;", "&#39;", "&amp;", "&x", ";", ":", "(", ")", ",", "中", "文", "，", "a", " ",
            "\n", "한"]
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 20)))
        if width._cleared(text):
            assert width._cleared(width._without_entities(text)), text
            assert width.run(text, Context(DEFAULT, text)).text == text
