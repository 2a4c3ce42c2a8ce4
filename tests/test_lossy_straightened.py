"""Lossy UTF-8 read as cp1252 whose curly quotation marks a copy straightened to ASCII: ``™``
(E2 84 A2) reads ``â„¢`` and, straightened, ``â"¢`` (issue 16). The quote is one of the curly
ones' bytes or itself; the model and the one decision rule choose (cases written for these
tests: tests/cases/western_lossy/straightened.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import textfix
from textfix.codes import Code
from textfix.damage.mojibake.lossy import STRAIGHTENED, STRAIGHTENED_COST, infer
from textfix.damage.mojibake.model import model

CASES = json.loads((Path(__file__).parent / "cases" / "western_lossy" / "straightened.json")
                   .read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["positive"], ids=lambda c: c["label"])
def test_straightened_quotes_are_read_as_their_bytes(case: dict[str, str]) -> None:
    result = textfix.repair(case["damaged"])
    assert result.text == case["original"]
    assert any(f.code == Code.INFERRED_CHARACTER for f in result.findings)


@pytest.mark.parametrize("case", CASES["negative"], ids=lambda c: c["label"])
def test_quotes_of_clean_text_are_left_alone(case: dict[str, str]) -> None:
    assert textfix.repair(case["text"]).text == case["text"]


def test_a_straightened_quote_costs_its_candidates_twice() -> None:
    assert STRAIGHTENED[0x22] == (0x84, 0x93, 0x94) and STRAIGHTENED[0x27] == (0x91, 0x92)
    got = infer('â"¢', model())
    assert got is not None
    reading, cost, inferred = got
    assert reading == "™"
    assert cost == pytest.approx(STRAIGHTENED_COST[0x22])
    assert inferred and inferred[0][0] == "™" and inferred[0][1]  # alternatives reported


def test_a_quote_is_a_byte_only_between_garbled_characters() -> None:
    # only a quote with a non-ASCII character on both sides may stand for a continuation
    # byte: one that opens or closes a quotation (``"été"``) is the writer's
    from textfix.damage.mojibake.chains import _ISLAND_LOSSY

    assert _ISLAND_LOSSY.findall('Zapâ"¢ now') == ['â"¢']
    assert _ISLAND_LOSSY.findall('puis "ñé", et "àè"') == ["ñé", "àè"]


@pytest.mark.parametrize(("garbled", "fixed"), [
    # the writer's ASCII quotes between CJK text and a garbled run: two runs, read apart
    ('他们说"å¼€ä¼š"，然后走了。', '他们说"开会"，然后走了。'),
    ("Sie schrieb 'ä¸\xadæ–‡' auf die Tafel.", "Sie schrieb '中文' auf die Tafel."),
])
def test_the_writers_quotes_split_the_runs(garbled: str, fixed: str) -> None:
    assert textfix.repair(garbled).text == fixed


def test_a_frequent_symbol_is_likelier_than_an_unlisted_one() -> None:
    """The symbol class's frequencies come from wordfreq's one-symbol tokens as well as the
    clean corpus (tests/gen_charmodel.py): ™ beats the box-drawing piece of the same lead
    bytes (E2 94 A2), which no frequency list holds."""
    m = model()
    assert m.logp("e", "™") > m.logp("e", "┢")
    assert m.logp(" ", "©") > m.logp(" ", "⒜")
