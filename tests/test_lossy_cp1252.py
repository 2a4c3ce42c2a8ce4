"""Lossy UTF-8 read as cp1252: the five undefined bytes replaced or dropped, and the soft
hyphen (0xAD), which renders as nothing, stripped by a copy (sentences written for these
tests)."""

from __future__ import annotations

import pytest

import textfix
from textfix.codes import Code
from textfix.damage.mojibake.lossy import DROPPABLE, UNDEFINED, infer
from textfix.damage.mojibake.model import model


def _stripped(text: str) -> str:
    """``text`` as UTF-8 read as cp1252, its undefined bytes and soft hyphens gone."""
    return text.encode("utf-8").decode("cp1252", "ignore").replace("\xad", "")


@pytest.mark.parametrize("real", [
    "我们一起学习，共同进步。",  # 步 is E6 AD A5, 同 E5 90 8C
    "这一步已经完成了，请继续下一步。",
])
def test_soft_hyphens_stripped_from_a_run_are_inferred(real: str) -> None:
    garbled = _stripped(real)
    assert "\xad" in real.encode("utf-8").decode("cp1252", "ignore")  # 0xAD was there
    result = textfix.repair(garbled)
    assert result.text == real
    inferred = {f.message.split("'")[1] for f in result.findings
                if f.code == Code.INFERRED_CHARACTER}
    assert "步" in inferred


def test_a_soft_hyphen_is_dropped_never_replaced() -> None:
    # a decoder writes U+FFFD only for the undefined bytes: 0xAD is a candidate where a byte
    # was dropped, not where U+FFFD stands
    assert 0xAD in DROPPABLE and 0xAD not in UNDEFINED
    got = infer("æ\ufffd¥", model())  # E6 ? A5: the middle byte replaced
    assert got is not None and "步" not in got[0]


@pytest.mark.parametrize("clean", [
    "Ärger im Büro, SÃO PAULO, ÉCOLE, Þingvellir.",
    "Café, crème brûlée — señor Núñez.",
    "Zażółć gęślą jaźń; Čeština; Ελληνικά.",
])
def test_clean_western_text_is_left_alone(clean: str) -> None:
    assert textfix.repair(clean).text == clean
