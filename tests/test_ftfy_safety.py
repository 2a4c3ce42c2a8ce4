"""ftfy is used for encoding repair only: its quote straightening and width folding would
damage CJK text, and textfix must never do either."""

from __future__ import annotations

import ftfy
import pytest

import textfix

CJK_TYPOGRAPHY = [
    "按照滨州市“十四五”规划要求，坚持绿色低碳发展。",
    "他说：‘这是我们的目标。’（完）",
    "「閱讀起步走」計畫，今（15）日宣布！",
    "会议指出：要坚持问题导向；要敢于担当？",
]


@pytest.mark.parametrize("text", CJK_TYPOGRAPHY)
def test_ftfy_defaults_would_damage_this(text: str) -> None:
    # The premise of the test below: ftfy's default fix_text does change these texts.
    assert ftfy.fix_text(text) != text


@pytest.mark.parametrize("text", CJK_TYPOGRAPHY)
def test_textfix_keeps_cjk_quotes_and_fullwidth_punctuation(text: str) -> None:
    assert textfix.repair(text).text == text
    assert textfix.repair(text.encode("utf-8")).text == text


def test_western_mojibake_next_to_cjk_quotes_is_fixed_without_uncurling() -> None:
    text = "“十四五”规划 — donâ€™t panic"
    assert textfix.repair(text).text == "“十四五”规划 — don’t panic"
