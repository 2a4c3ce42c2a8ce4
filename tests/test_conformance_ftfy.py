"""ftfy's own test cases through textfix's mojibake stages (CJK-safe encoding repair).

Every ``expect: pass`` case must give ftfy's ``fixed-encoding`` text (``fixed`` where absent),
except for the normalisations textfix deliberately does not do, named below; every negative
case comes back as its ``fixed-encoding`` text (the original, except one case whose only
repair is a C1 control); ftfy's known failures are strict xfails.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest

from textfix.config import Config
from textfix.damage.mojibake import cjk_search, western
from textfix.damage.base import Context

from .conftest import CONFORMANCE, need_shared

FTFY = CONFORMANCE / "ftfy"

#: Differences between ftfy's ``fixed`` and what textfix returns on purpose, by label.
#: (None so far: every case with such a difference has a ``fixed-encoding`` text.)
DELIBERATE: dict[str, str] = {}

#: Cases whose ftfy reading the language model's decision rule refuses, leaving the text as it
#: is: each reason says why (issue 16: a repair that recovers nothing or leaves U+FFFD garble
#: in the line is no repair; the real corpus has a guard quoting ``ï¿½`` on purpose).
REFUSED: dict[str, str] = {
    "Latin-1 / Windows-1252 mixup of the replacement character":
        "the reading is U+FFFD alone: nothing is recovered (real guard s063 quotes ï¿½)",
    "For goodness' sake. We can come close to fixing this, but fail in the last step":
        "ftfy's reading is a patchwork of U+FFFD",
    "Messy language names: Slovak": "the reading is U+FFFD alone (the lost byte of č)",
    "Messy language names: Russian": "ftfy's reading leaves U+FFFD inside the word (Ру��кий)",
    "fancy Unicode crossing-out, but mojibaked":
        "combining strokes over digits gain 2.5 nats a character, below the margin of 3",
}


def _cases(expect: str, negative: bool | None = None) -> list[Any]:
    if not FTFY.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason="../shared is absent"))]
    out = []
    for path in sorted(FTFY.glob("*.json")):
        if negative is not None and (path.stem == "negative") != negative:
            continue
        for case in json.loads(path.read_text(encoding="utf-8")):
            if case["expect"] == expect:
                out.append(pytest.param(case, id=f"{path.stem}:{case['label'][:60]}"))
    return out


def stages(text: str) -> str:
    ctx = Context(Config(), text)
    for stage in (western, cjk_search):
        text = stage.run(text, ctx).text
    return text


@pytest.mark.parametrize("case", _cases("pass", negative=False))
def test_pass_case_gives_fixed_encoding(case: dict[str, str]) -> None:
    need_shared(FTFY)
    expected = case.get("fixed-encoding", case["fixed"])
    got = stages(case["original"])
    if case["label"] in REFUSED:
        assert got == case["original"], REFUSED[case["label"]]
    elif case["label"] in DELIBERATE:
        assert unicodedata.normalize("NFC", got) == unicodedata.normalize("NFC", expected)
    else:
        assert got == expected


@pytest.mark.parametrize("case", _cases("pass", negative=True))
def test_negative_case_unchanged(case: dict[str, str]) -> None:
    need_shared(FTFY)
    assert stages(case["original"]) == case.get("fixed-encoding", case["fixed"])


#: ftfy's known failures that textfix gets right, by label.
SOLVED: dict[str, str] = {
    "Synthetic, false positive: the title of a manga, in weird capitalized romaji, with a "
    "non-breaking space": "the language model finds MISUTÂ more likely than MISUTà (issue 16)",
}


def _known_failures() -> list[Any]:
    return [p if p.values and p.values[0] is not None and p.values[0]["label"] in SOLVED
            else pytest.param(*p.values, id=p.id, marks=[*p.marks, pytest.mark.xfail(
                strict=True, reason="ftfy's known failures: textfix does no better yet")])
            for p in _cases("fail")]


@pytest.mark.parametrize("case", _known_failures())
def test_known_failure(case: dict[str, str]) -> None:
    need_shared(FTFY)
    assert stages(case["original"]) == case.get("fixed-encoding", case["fixed"])


def test_counts() -> None:
    """151 pass cases (120 positive, 31 negative) and 10 known failures, all accounted for."""
    need_shared(FTFY)
    assert len(_cases("pass")) == 151 and len(_cases("fail")) == 10
