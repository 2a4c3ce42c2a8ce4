"""Letters a wrong code page showed as nothing (issue 16): cp866 text read as cp1251 loses
``н`` (0xAD, the soft hyphen a copy strips) and turns ``а`` (0xA0, the no-break space) into
a space; the word lists of the language restore the words they are sure of (cases written for
these tests: tests/cases/invisible/cp866.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import textfix
from textfix import word_model
from textfix.codes import Code
from textfix.damage.mojibake.chains import Chain
from textfix.damage.mojibake.invisible import letters, restore

CASES = json.loads((Path(__file__).parent / "cases" / "invisible" / "cp866.json")
                   .read_text(encoding="utf-8"))
CP866 = Chain("cp1251", "cp866")

needs_words = pytest.mark.skipif(not word_model.available(), reason="wordfreq not installed")


def test_the_letters_are_those_of_the_bytes_shown_as_nothing() -> None:
    assert letters(CP866) == ("н", "а")
    assert letters(Chain("cp1252", "cp1251")) == ("", "")  # both code pages show them so
    assert letters(Chain("cp1252", "utf_8")) == ("", "")  # UTF-8 readings: see .lossy


@needs_words
@pytest.mark.parametrize("case", CASES["positive"], ids=lambda c: c["label"])
def test_lost_letters_of_the_reading_are_restored(case: dict[str, str]) -> None:
    result = textfix.repair(case["damaged"])
    assert result.text == case["original"]
    assert any(f.code == Code.INFERRED_CHARACTER for f in result.findings)


@pytest.mark.parametrize("case", CASES["negative"], ids=lambda c: c["label"])
def test_texts_with_nothing_lost_keep_their_words(case: dict[str, str]) -> None:
    assert textfix.repair(case["text"]).text == case["expected"]


@needs_words
@pytest.mark.parametrize("case", CASES["restore"], ids=lambda c: c["label"])
def test_restore(case: dict[str, str]) -> None:
    line = case["line"]
    fixed, found = restore(line, 0, len(line), CP866)
    assert fixed == case["fixed"]
    assert bool(found) == (fixed != line)
