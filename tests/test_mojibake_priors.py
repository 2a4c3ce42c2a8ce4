"""Chain priors (issue 16): a chain's prior cost by family (segment.prior), and a rare code
page's reading (ISO-8859-15 reading UTF-8) weighed against the common reading of the same
bytes (cp1252) by the difference of their priors (sentences written for these tests,
damaged here by Python's codecs)."""

from __future__ import annotations

import pytest

import textfix
from textfix.damage.mojibake.chains import CHAINS, Chain, Layered
from textfix.damage.mojibake.segment import COST_LEGACY, COST_UTF8, prior


def test_prior_by_family() -> None:
    assert prior(Chain("cp1252", "utf_8")) == COST_UTF8
    assert prior(Chain("gbk", "utf_8", lossy=True)) == COST_UTF8
    assert prior(Chain("latin_1", "gbk")) == COST_LEGACY
    two = Layered(Chain("latin_1", "gbk"), Chain("latin_1", "utf_8"))
    assert prior(two) == COST_LEGACY + COST_UTF8
    assert two.name == "gbk read as latin_1, then utf_8 read as latin_1"
    assert CHAINS[0] == Chain("cp1252", "utf_8")  # the common reading rare ones are weighed by


@pytest.mark.parametrize("text", [
    "Die Lösung wäre einfach, aber niemand hat sie ausprobiert.",
    "Wir müssen die Änderungen noch prüfen.",
    "Sjøen var rolig, og været var fint hele dagen.",
])
def test_utf8_read_as_iso8859_15_is_undone(text: str) -> None:
    damaged = text.encode("utf-8").decode("iso8859_15")
    assert damaged != text.encode("utf-8").decode("cp1252", "replace")  # not cp1252's garble
    assert textfix.repair(damaged).text == text


@pytest.mark.parametrize("line", [
    # a quotation mark's cp1252 garble named in prose: ISO-8859-15 reads it as the symbol ⤽,
    # which the common reading (a lone quotation mark, no evidence) outweighs
    "The page shows â€œ instead of an opening quote.",
    "Œuvres complètes, tome 2 : 35 € chez le libraire.",
    "Größe: 10 € pro Stück, Gewicht 2 kg",
])
def test_rare_reading_leaves_these_alone(line: str) -> None:
    assert textfix.repair(line).text == line


def test_common_reading_keeps_its_bytes() -> None:
    """``Ãœ`` is cp1252's garble of Ü and ISO-8859-15's of ü: the model and the priors pick."""
    text = "Übersicht der Änderungen"
    damaged = text.encode("utf-8").decode("cp1252")
    assert textfix.repair(damaged).text == text
