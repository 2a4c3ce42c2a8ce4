"""Spin evidence that scales with the text (issue 17): which rule made a text spun is shown in
every S101 finding's evidence, and so in ``explain``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import textfix
from textfix.config import Config
from textfix.damage import spin

CASES = Path(__file__).parent / "cases" / "spin"
STAGES = Config(boilerplate=False)


def _case(name: str) -> dict[str, str]:
    return json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name, rule", [
    ("sparse-many-annotations", "many"),
    ("sparse-mechanical-annotations", "mechanical"),
    ("fullwidth-parentheses", "dense"),
    ("few-conclusive-annotations", "few"),
    ("one-conclusive-annotation", "few"),
    ("unconverted-table-readings", "unconverted"),
])
def test_rule_in_the_evidence(name: str, rule: str) -> None:
    text = _case(name)["input"]
    evidence = spin.weigh(text, spin.find_annotations(text))
    assert evidence.rule == rule
    found = [f for f in textfix.repair(text, STAGES).findings if str(f.code) == "S101"]
    assert found and all(f"(spun: {rule})" in f.evidence for f in found)


def test_rare_glosses_are_not_spin() -> None:
    text = _case("traditional-lesson-rare-glosses")["input"]
    evidence = spin.weigh(text, spin.find_annotations(text))
    assert evidence.annotations == 4 and evidence.rule == ""
    assert str(evidence).endswith("(not spin)")


def test_space_before_the_closing_parenthesis() -> None:
    found = spin.find_annotations("發(fā )展")
    assert [(a.char, a.reading) for a in found] == [("發", "fā")]


def test_explain_shows_the_rule(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(_case("sparse-many-annotations")["input"], encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "textfix", "explain", str(page)],
                         capture_output=True, text=True, timeout=120)
    assert "(spun: many)" in out.stdout


@pytest.mark.parametrize("name", [
    "few-polyphone-gloss", "few-gloss-before-punctuation", "few-gloss-unconverted-character",
    "traditional-lesson-rare-glosses", "simplified-polyphone-lesson",
])
def test_few_glosses_are_not_conclusive(name: str) -> None:
    text = _case(name)["input"]
    evidence = spin.weigh(text, spin.find_annotations(text))
    assert evidence.annotations and evidence.rule == ""


def test_unambiguous_reading_shares() -> None:
    """The polyphones a lesson teaches fall below the share, what spinners annotate does not."""
    assert spin.reading_share("發", "fā") >= spin.MIN_UNAMBIGUOUS_SHARE  # 髮 took fà
    assert spin.reading_share("鄉", "xiāng") == 1.0
    for char, reading in [("長", "cháng"), ("重", "zhòng"), ("樂", "lè"), ("數", "shù")]:
        assert spin.reading_share(char, reading) < spin.MIN_UNAMBIGUOUS_SHARE, char
    assert spin.reading_share("\U00020000", "hē") == 0.0


def test_reading_the_word_contradicts_is_mechanical() -> None:
    """A table writes 重(chóng) in 重要; a gloss of 重(chóng) in 重新 is right in context."""
    table = "会议很重(chóng)要"
    gloss = "我们重(chóng)新开始"
    [a] = spin.find_annotations(table)
    [b] = spin.find_annotations(gloss)
    assert not spin.is_mechanical(a) and spin.is_mechanical(a, table)
    assert not spin.is_mechanical(b, gloss)
