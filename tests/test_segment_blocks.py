"""The segmentation's patterns that name the CJK blocks match a text without them exactly as
their plain forms do (``segment._ByBlocks``: the plain forms spare start-up the compilation of
the blocks' classes)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from textfix.damage import segment as S

PATTERNS = {"counter": S._COUNTER, "word3": S._WORD3, "unspaced": S._UNSPACED, "word": S._WORD}

#: ASCII, Latin, Cyrillic, Greek, punctuation the patterns name, the blocks' characters and
#: their neighbours just outside them (U+303F, U+3100, U+33FF, U+A000, U+ABFF, U+D7A4), a
#: Yijing hexagram (inside the Han range, not a letter) and a full-width digit.
ALPHABET = ("aZ9 _-.,:/()[]（）\t" + "éßŁżДжΩ" + "第页頁共" + "あア中文한글䷀" + "\u303f\u3100\u33ff"
            "\ua000\uabff\ud7a4" + "１")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=24))
def test_plain_forms_match_like_the_full_ones(text: str) -> None:
    for name, pattern in PATTERNS.items():
        full = pattern.full
        chosen = pattern(text)
        assert chosen.findall(text) == full.findall(text), (name, text)
        assert bool(chosen.search(text)) == bool(full.search(text)), (name, text)
        if not any(0x3040 <= ord(c) <= 0x30FF or 0x3400 <= ord(c) <= 0x9FFF
                   or 0xAC00 <= ord(c) <= 0xD7A3 for c in text):
            assert chosen is pattern.plain, text


def test_examples() -> None:
    assert S._COUNTER("第 3 页 / 共 12 页").search("第 3 页 / 共 12 页")
    assert S._COUNTER("评论 25").search("评论 25")
    assert S._COUNTER("Likes(25)").search("Likes(25)")
    assert S._WORD3("Die Macht 新闻报道").findall("Die Macht 新闻报道") == ["Die", "Macht"]
    assert S._UNSPACED("ab 新闻报道").findall("ab 新闻报道") == ["新闻报道"]
    assert S._UNSPACED("plain words").findall("plain words") == []
