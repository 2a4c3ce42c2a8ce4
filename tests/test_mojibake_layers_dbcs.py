"""Two layers whose outer one is a double-byte code page (issue 16): UTF-8 → cp1252 → UTF-8 →
GBK, text garbled as cp1252 (``reçu`` → ``reÃ§u``), saved as UTF-8 and read as GBK
(``re脙搂u``). The reading in between is no likelier than the CJK garble, so only the two
layers read as one candidate repair the line (cases written for these tests:
tests/cases/layers/dbcs_outer.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import textfix
from textfix.damage.mojibake.chains import Layered
from textfix.damage.mojibake.layers import between, suspicious
from textfix.damage.mojibake.segment import apply, choices, prior

CASES = json.loads((Path(__file__).parent / "cases" / "layers" / "dbcs_outer.json")
                   .read_text(encoding="utf-8"))


def _twice(text: str, outer: str = "gbk") -> str:
    return text.encode("utf-8").decode("cp1252").encode("utf-8").decode(outer)


@pytest.mark.parametrize("case", CASES["positive"], ids=lambda c: c["label"])
def test_both_layers_are_undone(case: dict[str, str]) -> None:
    result = textfix.repair(case["damaged"])
    assert result.text == case["original"]
    assert result.findings[0].evidence.startswith("utf_8 read as cp1252, then utf_8 read as")


@pytest.mark.parametrize("case", CASES["negative"], ids=lambda c: c["label"])
def test_clean_text_and_examples_are_left_alone(case: dict[str, str]) -> None:
    assert textfix.repair(case["text"]).text == case["text"]


def test_the_pair_is_one_candidate_with_both_priors() -> None:
    line = "Bitte an " + _twice("Jürgen Müller") + " schicken."
    best = choices(line)[0]
    assert isinstance(best.chain, Layered)
    assert best.chain.outer.wrong == "gbk" and best.chain.inner.wrong == "cp1252"
    assert apply(line, best.runs) == "Bitte an Jürgen Müller schicken."
    assert best.cost == prior(best.chain.inner) + prior(best.chain.outer)


def test_the_reading_in_between_alone_is_not_a_repair() -> None:
    """Undoing the GBK layer alone leaves Latin-1 garble (``reÃ§u``): no candidate writes it."""
    line = "Wir haben " + _twice("Grüße") + " erhalten."
    mid = between(line, next(c for c in choices(line) if isinstance(c.chain, Layered)).chain.outer)
    assert mid is not None and "Ã" in mid[0]
    for c in choices(line):
        assert "Ã" not in "".join(r.after for r in c.runs), c.chain.name


def test_the_screen_needs_two_garble_characters_in_a_row() -> None:
    assert suspicious(_twice("ça va"))
    assert not suspicious("他每天都很忙，猫的毛很软。")  # GBK C3 xx characters, one at a time
    assert not suspicious("Café crème")  # Latin-1 only: the single-byte chains' line
