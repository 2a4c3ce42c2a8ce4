"""The Western mojibake stage's fast paths skip only work that could not change anything.

* :func:`maybe_utf8_misread` is written for speed (a class of first characters, then
  lookbehinds) and must match exactly where the plain alternation it stands for matches;
* :func:`_changeable`, which picks the lines of a text that are read at all, must hold for
  every line ftfy's encoding repair changes;
* :func:`run` jumps from line to line and keeps the previous call's repairs, and must give
  what reading every line of the text does.
"""

from __future__ import annotations

import random
import re

import pytest

from textfix.config import DEFAULT
from textfix.damage.mojibake import western as mw
from textfix.damage.base import Context, Outcome

ftfy = pytest.importorskip("ftfy")


def _alphabet() -> list[str]:
    chars: set[str] = set(" ?a.\t\r\x1a\ufffd") | set(map(chr, range(0x80, 0xA0)))
    for codec in (*mw._CODE_PAGES, *ftfy.chardata.CHARMAP_ENCODINGS):
        chars |= set(bytes(range(0x80, 0x100)).decode(codec, errors="ignore"))
    return sorted(chars)


def test_gate_matches_like_the_alternation_it_stands_for() -> None:
    def chars(lo: int, hi: int, codecs: tuple[str, ...] = mw._CODE_PAGES) -> str:
        out: set[str] = set()
        for codec in codecs:
            out.update(bytes(range(lo, hi + 1)).decode(codec, errors="ignore"))
        return "".join(re.escape(c) for c in sorted(out))

    plain = re.compile(f"[{chars(0xC2, 0xF4)}][{chars(0x80, 0xBF)}\ufffd]"
                       f"|[{chars(0xC2, 0xDF, ('latin-1', 'cp1252'))}] |[\x80-\x9f]")
    fast = mw.maybe_utf8_misread()
    alphabet = _alphabet()
    for a in alphabet:
        for b in alphabet:
            text = "x" + a + b
            m, n = plain.search(text), fast.search(text)
            assert (m and m.span()) == (n and n.span()), text


def _reference(text: str) -> str:
    """The stage as it was before its fast paths: every line is read."""
    from ftfy.badness import is_bad

    if text.isascii() or mw.maybe_utf8_misread().search(text) is None or not is_bad(text):
        return text
    out = []
    for line in re.findall(r"[^\n]*\n|[^\n]+\Z", text):
        body = line.rstrip("\r\n")
        repair = mw._repair(body) if not body.isascii() and is_bad(body) else None
        out.append(repair[0] + line[len(body):] if repair else line)
    return "".join(out)


def test_changeable_holds_for_every_line_ftfy_changes() -> None:
    from ftfy.badness import is_bad

    lines = mw._changeable()
    cfg = mw.ftfy_config()
    # restore_byte_a0 after a four-byte lead: the whole-text gate misses this one
    assert lines.find("ğ ½©²ªŐ") == 0
    assert ftfy.fix_and_explain("ğ ½©²ªŐ", config=cfg)[0] != "ğ ½©²ªŐ"
    alphabet = _alphabet()
    rng = random.Random(8)
    tried = 0
    for _ in range(60_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8)))
        if lines.find(text) >= 0 or not is_bad(text):
            continue
        tried += 1
        assert ftfy.fix_and_explain(text, config=cfg)[0] == text, text
    assert tried > 1000


def test_quick_pattern_misses_no_place_an_encoding_reads() -> None:
    lines = mw._changeable()

    def slow(text: str) -> int:
        for at, x in enumerate(text):
            if "\x80" <= x <= "\x9f" or any(
                    e.reads(x, text[at + 1 : at + 2], text[at + 2 : at + 3])
                    for e in lines.encodings):
                return at
        return -1

    alphabet = _alphabet()
    rng = random.Random(9)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        assert lines.find(text) == slow(text), text


def test_bad_keys_stand_in_every_bad_stretch() -> None:
    """A line ftfy's badness regex matches holds a key (derive_bad_keys): on random strings
    of code-page characters, Cyrillic, Greek and the regex's own characters, and on ftfy's
    own test cases."""
    from ftfy.badness import BADNESS_RE

    keys = mw._bad_keys()
    assert keys == frozenset(mw.derive_bad_keys())
    alphabet = sorted({*_alphabet(), *keys, *"ВГРСвЂўΒΓΞΟβ€ā√≈‚°µ²³×", "\n", "x", "É"})
    rng = random.Random(18)
    matched = 0
    for _ in range(60_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 6)))
        if BADNESS_RE.search(text):
            matched += 1
            assert not keys.isdisjoint(text), text
    assert matched > 10_000
    # strings built to match each alternative, from random members of each of its positions
    from re import _constants as C
    from re import _parser as P

    (_op, (_none, alternatives)), = P.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    members = {C.CATEGORY_SPACE: " \t", C.CATEGORY_WORD: "aЖ7_"}

    def build(items: object) -> str:
        text = ""
        for op, av in items:  # type: ignore[attr-defined]
            if op is C.LITERAL:
                text += chr(av)
            elif op is C.ANY:
                text += rng.choice("a .")
            elif op is C.IN:
                if av[0][0] is C.NEGATE:
                    text += rng.choice("1 .")
                    continue
                chars = "".join(chr(iav) if iop is C.LITERAL else members[iav] if iop is C.CATEGORY
                                else "".join(map(chr, range(iav[0], iav[1] + 1)))
                                for iop, iav in av)
                text += rng.choice(chars)
            elif op is C.MAX_REPEAT:
                text += "".join(build(av[2]) for _ in range(rng.randint(av[0], min(av[1], 2))))
            elif op is C.SUBPATTERN:
                text += build(av[3])
            elif op is not C.AT:
                raise AssertionError(f"unexpected item {op} in ftfy's badness regex")
        return text

    built = 0
    for alternative in alternatives:
        for _ in range(200):
            text = build(alternative)
            if BADNESS_RE.search(text):
                built += 1
                assert not keys.isdisjoint(text), text
    assert built > 150 * len(alternatives)


def test_clean_cyrillic_lines_need_no_badness() -> None:
    """Clean Russian, Ukrainian and Czech lines that ftfy's encodings could read (``ё``,
    ``ě`` after a lead byte's character) hold no key: ftfy is not asked about them."""
    keys = mw._bad_keys()
    for line in ("Ёжик нашёл гриб, и путём через поле пришёл домой.",
                 "Рівень води в річці піднявся за ніч.",
                 "Vlak přijede rovněž zítra, předběžně v poledne."):
        assert mw._changeable().find(line) >= 0
        assert keys.isdisjoint(line)


@pytest.mark.parametrize("text", [
    "cafÃ© au lait\nplain line\nÃ© lÃ  ok\n",
    "1\nÃ 1\n",  # ^Ã + space: bad as a line, not as a text (ftfy anchors it at the start)
    "Ã 1\nÃ 1\n",  # ... and as a text when the text starts with it
    "Ã  la carte\nclean\n",
    "donâ€™t\r\nwon’t\r\nÐŸÑ€Ð¸Ð²ÐµÑ‚\r\n",
    "中文内容\nÃ©tÃ©\nâ€œquotedâ€\x9d\n",
    "В нашем городе\nёлка\n",
    "no newline at the end: naÃ¯ve",
])
def test_run_reads_the_lines_a_full_scan_would(text: str) -> None:
    ctx = Context(DEFAULT, text)
    assert mw.run(text, ctx).text == _reference(text)
    assert mw.run(text, ctx).text == _reference(text)  # again, from the memo


def test_memo_gives_the_same_outcome() -> None:
    text = "cafÃ© au lait\nÃ©tÃ©\n"
    first = mw.run(text, Context(DEFAULT, text))
    again = mw.run(text, Context(DEFAULT, text))
    assert isinstance(again, Outcome) and again == first


@pytest.mark.parametrize("big", [mw.BIG_MATCH, 0, 40])
def test_changed_stretches_are_difflibs(big: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The faster longest-block search gives difflib's opcodes, ties and all."""
    import difflib

    monkeypatch.setattr(mw, "BIG_MATCH", big)
    rng = random.Random(big)
    pairs = [("ÒÑµÇÂ¼ <b>ok</b> ÒÑµÇÂ¼", "已登录 <b>ok</b> 已登录"), ("aaab", "aaaab"), ("", "x"),
             ("abab" * 9, "baba" * 9), ("x", "")]
    for _ in range(400):
        a = "".join(rng.choice("abcé中 ") for _ in range(rng.randint(0, 40)))
        b = list(a)
        for _ in range(rng.randint(0, 6)):
            at = rng.randint(0, len(b))
            b[at : at + rng.randint(0, 3)] = rng.choice(["", "x", "中文", "ab", "é"])
        pairs.append((a, "".join(b)))
    for a, b in pairs:
        ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        assert mw._changed(a, b) == [(a0, a1) for op, a0, a1, _, _ in ops if op != "equal"]


def test_found_answers_like_a_search() -> None:
    """``utf8_misread_in`` (the screen on small texts, the pattern on others) says whether
    the pattern matches, on random texts of code-page characters."""
    pattern = mw._misread_pattern()
    alphabet = _alphabet() + ["Ж", "ř", "中", "\n"]
    rng = random.Random(19)
    found = 0
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5)))
        expected = pattern.search(text) is not None
        found += expected
        assert mw._Misread().found(text) == expected == mw.utf8_misread_in(text), text
    assert found > 1000
