"""The Western stage's start-up screen and its anchored diff are exact.

* :func:`western._may_misread` (small texts, before the pattern of
  :func:`maybe_utf8_misread` is compiled) says whether that pattern matches, for every text;
* the screened pattern searches like the compiled one, with positions;
* the anchored longest-block search of the diff (``_by_anchors``) finds what the search by
  length finds whenever it answers.
"""

from __future__ import annotations

import random

import pytest

from textfix.damage.mojibake import western as mw


def _alphabet() -> list[str]:
    lead, cont, lead_a0 = mw.misread_chars()
    return sorted(lead | cont | lead_a0 | set(map(chr, range(0x80, 0xA0)))
                  | set(" a中文…“”—\ufffd"))


def test_generated_sets_are_the_derived_ones() -> None:
    from textfix.cjk_tables import MISREAD_CONT, MISREAD_LEAD, MISREAD_LEAD_A0

    lead, cont, lead_a0 = mw.misread_chars()
    assert (set(MISREAD_LEAD), set(MISREAD_CONT), set(MISREAD_LEAD_A0)) == (lead, cont, lead_a0)


def test_screen_answers_whether_the_pattern_matches() -> None:
    pattern = mw._misread_pattern()
    alphabet = _alphabet()
    rng = random.Random(3)
    texts = ["", "发展中国家", "“引号”……", "café", "Ã©", "Ã ", "x\x85", "Â", "……"]
    texts += [a + b for a in alphabet[::7] for b in alphabet[::5]]
    for _ in range(3000):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))))
    for text in texts:
        assert mw._may_misread(text) == (pattern.search(text) is not None), repr(text)


def test_screened_search_is_the_compiled_search(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = mw._misread_pattern()
    screened = mw._Misread()
    rng = random.Random(4)
    alphabet = _alphabet()
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        m, n = pattern.search(text, pos, end), screened.search(text, pos, end)
        assert (m and m.span()) == (n and n.span()), repr(text)
    assert screened.pattern == pattern.pattern  # other attributes: the compiled pattern's


@pytest.mark.parametrize("anchor", [1, 2, 3, 5])
def test_anchored_longest_block_is_the_one_found_by_length(anchor: int,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    import difflib

    monkeypatch.setattr(mw, "ANCHOR", anchor)
    matcher = mw._matcher()
    rng = random.Random(anchor)
    answered = 0
    for _ in range(1500):
        alphabet = rng.choice(["ab", "abc", "abcé中 ", "abcdefghij"])
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        edited = list(a)
        for _ in range(rng.randint(0, 8)):
            at = rng.randint(0, len(edited))
            edited[at : at + rng.randint(0, 5)] = rng.choice(["", "x", "中文", "ab", "é", "aaaa"])
        b = "".join(edited)
        if rng.random() < 0.3:
            a, b = b, a
        m = matcher(None, a, b, autojunk=False)
        alo, ahi = sorted(rng.randint(0, len(a)) for _ in range(2))
        blo, bhi = sorted(rng.randint(0, len(b)) for _ in range(2))
        if rng.random() < 0.5:
            alo, ahi, blo, bhi = 0, len(a), 0, len(b)
        found = m._by_anchors(alo, ahi, blo, bhi)
        if found is not None:
            answered += 1
            assert found == m._by_length(alo, ahi, blo, bhi), (a, b, alo, ahi, blo, bhi)
            plain = difflib.SequenceMatcher(None, a, b, autojunk=False)
            assert found == plain.find_longest_match(alo, ahi, blo, bhi)
    assert answered > 100


def test_anchored_diff_of_long_lines_is_difflibs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long line of mojibake and two readings of it, diffed through the anchored search,
    give difflib's opcodes; a budget too small for the line falls back to the search by
    length with the same answer."""
    import difflib

    rng = random.Random(5)
    words = ["ÍíÉÏ£¬", "ÎÒ´òµç»°", "<br>", "晚上，", "我打电话", " <a href='x'>", "¡£", "ok"]
    body = "".join(rng.choice(words) for _ in range(400))
    readings = [body.replace("ÍíÉÏ£¬", "晚上，"), body.replace("<br>", "<br/>").replace("¡£", "。")]
    for reading in readings:
        ops = difflib.SequenceMatcher(None, body, reading, autojunk=False).get_opcodes()
        want = [(a0, a1) for op, a0, a1, _, _ in ops if op != "equal"]
        assert mw._changed(body, reading) == want
        monkeypatch.setattr(mw, "BIG_MATCH", 0)
        assert mw._changed(body, reading) == want
        monkeypatch.setattr(mw, "ANCHOR_BUDGET", 3)
        assert mw._changed(body, reading) == want
        monkeypatch.undo()
