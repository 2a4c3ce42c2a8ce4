"""The unrecoverable-damage scan finds exactly what the plain patterns find.

:mod:`textfix.damage.unrecoverable` writes its patterns to start with a literal or a class
(so that a search skips ahead at C speed), gates them with a literal scan, and looks only at
the lines that hold a ``?`` beside CJK text. The straightforward forms are kept here as the
reference and compared on random text built from the characters they look at.
"""

from __future__ import annotations

import random
import re

import pytest

from textfix.damage import unrecoverable

CJK = unrecoverable._CJK
PATTERN = re.compile(
    "(?P<fffd>\ufffd+)"
    "|(?P<kunkin>(?:锟斤拷)+锟?斤?)"
    "|(?P<tang>烫烫+)"
    "|(?P<tun>屯屯+)"
    f"|(?P<qmark>(?<=[{CJK}])\\?{{2,}}|\\?{{2,}}(?=[{CJK}]))"
)
NEAR = unrecoverable._NEAR
LONE = re.compile(f"(?<=[{NEAR}])\\?|\\?(?=[{NEAR}])")


def ref_lone_marks(text: str) -> list[tuple[int, int]]:
    from textfix.damage.mojibake_cjk import suspicious
    from textfix.plausibility import kind

    out = []
    for line in re.finditer(r"[^\n]*", text):
        body = line.group()
        if "?" not in body:
            continue
        marks = [m for m in LONE.finditer(text, line.start(), line.end())
                 if text[m.start() - 1 : m.start()] != "?" and text[m.end() : m.end() + 1] != "?"]
        if len(marks) >= 2 or (marks and suspicious(body)):
            out.extend(m.span() for m in marks)
            continue
        for m in marks:
            near = text[max(0, m.start() - 1) : m.start()] + text[m.end() : m.end() + 1]
            if any(ch >= "\x80" and kind(ch)[1] < 0.5 for ch in near):
                out.append(m.span())
    return out


PIECES = list("??????\n\n 中文你好吗锟斤拷烫屯\ufffd─ㄅabc。，é한丂亐\x80")


@pytest.mark.parametrize("seed", range(4))
def test_scans_match_the_plain_patterns(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        expected = [(m.span(), m.lastgroup) for m in PATTERN.finditer(text)]
        found = [(m.span(), m.lastgroup) for m in unrecoverable.pattern().finditer(text)]
        assert found == expected, text
        assert (unrecoverable._MAYBE.search(text) is None) <= (not expected), text
        assert bool(unrecoverable._lone().search(text)) == bool(LONE.search(text)), text
        if "?" in text and LONE.search(text):
            assert [m.span() for m in unrecoverable._lone_marks(text)] == ref_lone_marks(text)
        spans = sorted([span for span, _ in expected] + (ref_lone_marks(text) if "?" in text else []))
        assert [(f.start, f.end) for f in unrecoverable.find(text)] == spans, text
