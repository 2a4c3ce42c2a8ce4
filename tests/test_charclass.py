"""textfix.charclass.CharClass answers exactly as its compiled class does, on both of its paths
(the distinct-character lookup of small texts, and the pattern), and compiles only when worth it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from textfix import charclass
from textfix.charclass import CJK_LETTER_CLASS, HAN_CLASS, CharClass, is_cjk_letter, is_han

#: Characters on both sides of every bound of the classes below, and some ordinary ones.
_EDGES = [chr(c + d) for c in (0x1100, 0x11FF, 0x3040, 0x30FF, 0x3130, 0x318F, 0x31F0, 0x31FF,
                                0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xAC00, 0xD7A3, 0xF900, 0xFAFF,
                                0xFF66, 0xFF9F, 0x20000, 0x3134F)
          for d in (-1, 0, 1)]
_TEXT = st.text(st.one_of(st.sampled_from(_EDGES + list("a,-]^\\é中")), st.characters()),
                max_size=60)


def _classes() -> list[tuple[CharClass, re.Pattern[str]]]:
    return [
        (CharClass(charclass._ranges(CJK_LETTER_CLASS)), re.compile(f"[{CJK_LETTER_CLASS}]")),
        (CharClass(charclass._ranges(HAN_CLASS)), re.compile(f"[{HAN_CLASS}]")),
        (CharClass.of("-]^\\a中"), re.compile(r"[\-\]\^\\a中]")),
        (CharClass.of(""), re.compile("(?!)")),
    ]


@given(_TEXT)
def test_both_paths_answer_as_the_compiled_class(text: str) -> None:
    for cls, reference in _classes():
        expected = (reference.search(text) is not None, len(reference.findall(text)),
                    set(reference.findall(text)))
        # small: distinct characters; then compiled
        assert (cls.search(text), cls.count(text), cls.found(text)) == expected
        assert [cls.at_least(text, n) for n in range(4)] == [expected[1] >= n for n in range(4)]
        cls.pattern()
        assert (cls.search(text), cls.count(text), cls.found(text)) == expected
        assert [cls.at_least(text, n) for n in range(4)] == [expected[1] >= n for n in range(4)]


def test_membership_follows_the_ranges() -> None:
    letters = charclass.CJK_LETTERS
    for ch in _EDGES:
        assert (ch in letters) == is_cjk_letter(ch)
        assert (ch in charclass.HAN_CHARS) == is_han(ch)


def test_source_is_an_equivalent_class() -> None:
    for cls, reference in _classes()[:3]:
        compiled = re.compile(cls.source)
        for ch in _EDGES + list("-]^\\a中b"):
            assert bool(compiled.fullmatch(ch)) == bool(reference.fullmatch(ch))


def test_small_texts_do_not_compile_until_they_cost_as_much(monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    monkeypatch.setattr(charclass, "COMPILE_AFTER", 100)
    cls = CharClass(charclass._ranges(HAN_CLASS))
    text = "".join(map(chr, range(0x4E00, 0x4E00 + 40)))
    assert cls.search(text) and cls._pattern is None
    assert cls.count(text) == 40 and cls._pattern is None
    assert cls.search(text) and cls._pattern is not None  # 120 distinct characters tested
    long_cls = CharClass(charclass._ranges(HAN_CLASS))
    assert not long_cls.search("a" * (charclass.SMALL_TEXT + 1))
    assert long_cls._pattern is not None  # a long text compiles at once
