"""plausibility.score, which looks each character up once in a record, gives exactly the
floats of the plain per-character definition kept here (same additions in the same order)."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from textfix import plausibility as P
from textfix.plausibility import (
    _CASED,
    _CJK,
    ASCII_LETTER,
    HAN,
    KANA,
    NEUTRAL,
    SYMBOL,
    kind,
    score,
    tables,
)

_PAIRS: dict[tuple[str, str], float] = {}
for _key, _w in P._PAIR.items():
    _a, *_rest = tuple(_key)
    _b = _rest[0] if _rest else _a
    _PAIRS[(_a, _b)] = _PAIRS[(_b, _a)] = _w


def ref_score(text: str) -> float:
    total = 0.0
    prev_kind = before = NEUTRAL
    prev_lower = False
    simp = trad = kana = 0
    t = tables()
    for ch in text:
        k, w = kind(ch)
        total += w
        if k is not prev_kind or k is SYMBOL:
            total += _PAIRS.get((k, prev_kind), 0.0)
            if k is ASCII_LETTER and prev_kind in _CJK and before is ASCII_LETTER:
                total -= 1.0
        if prev_lower and ch.isupper() and (k in _CASED or prev_kind in _CASED):
            total -= 0.7
        if k is HAN:
            if ch in t["simplified_only"]:
                simp += 1
            elif ch in t["traditional_only"]:
                trad += 1
        elif k is KANA:
            kana += 1
        before = prev_kind
        prev_kind = k
        prev_lower = ch.islower()
    if simp and trad:
        total -= 1.5 * min(simp, trad)
    if simp and kana:
        total -= 1.0 * simp
    return total


#: Characters of every kind: ASCII, accented Latin, Latin-1 symbols, Greek, Cyrillic, common,
#: Simplified-only and Traditional-only hanzi, kana, hangul, CJK punctuation, bopomofo, box
#: drawing, controls, U+FFFD.
_POOL = list("aZ 1,.éÈÃ¢·±ΑωДж发展們這学習かなカナ한국，。「ㄅ─\x01\x85\ufffd\ue000") + ["丂", "𠀀"]


@given(st.text(st.one_of(st.sampled_from(_POOL), st.characters()), max_size=40))
def test_score_is_the_plain_definition(text: str) -> None:
    assert repr(score(text)) == repr(ref_score(text))


def test_score_on_the_test_texts() -> None:
    rng = random.Random(1)
    root = Path(__file__).parent / "data"
    for path in sorted(root.rglob("*.txt"))[:200]:
        text = path.read_text(encoding="utf-8", errors="replace")
        for _ in range(5):
            at = rng.randrange(max(1, len(text)))
            piece = text[at : at + rng.randint(1, 300)]
            assert repr(score(piece)) == repr(ref_score(piece))


@given(st.text(st.sampled_from(list("a?中é \n\udc80😀")), max_size=30))
def test_stretches_are_the_non_ascii_runs(text: str) -> None:
    import re

    assert P._stretches(text) == len(re.findall("[^\x00-\x7f]+", text))


def ref_word_score(text: str) -> float:
    freq, pairs = P.word_tables()
    total = score(text)
    t = tables()
    common, hangul = t["common_han"], t["common_hangul"]
    prev = ""
    for ch in text:
        if ch in common:
            total += 0.8 * freq.get(ch, 0.0) - 0.4
            if prev and prev + ch in pairs:
                total += 0.6
        elif "\u3041" <= ch <= "\u30fa" or ch in hangul:
            total += 0.3
        prev = ch
    return total


@given(st.text(st.one_of(st.sampled_from(_POOL + list("发展中国家经济的一是了")), st.characters()),
               max_size=40))
def test_word_score_is_the_plain_definition(text: str) -> None:
    assert repr(P._word_score(text)) == repr(ref_word_score(text))


_SHARED_MEMO: dict[str, float] = {}


@given(st.text(st.sampled_from(_POOL + list("发展中国家 \n")), max_size=120),
       st.integers(min_value=1, max_value=60))
def test_sampled_score_with_a_memo_is_the_same_number(text: str, budget: int) -> None:
    """The memo of run scores that the readings of one file share (decoding.rank) gives the
    very floats of scoring every run, also when it holds runs of other texts."""
    assert repr(P.sampled_score(text, budget, _SHARED_MEMO)) == repr(P.sampled_score(text, budget))
