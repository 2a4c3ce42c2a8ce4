"""GBK read one byte out of step after a lost character is re-aligned (issue 17).

The damage is made here from sentences written for this test: each sentence is encoded as GBK,
one character's lead byte is replaced by ``?`` (what a copy path writes for a byte it lost) and
the bytes are decoded again. The expected repair is the sentence with that character as ``?``:
it is derived from the sentence, never from the code under test.
"""

from __future__ import annotations

import pytest

import textfix
from textfix.config import Config
from textfix.damage import misalign

STAGES = Config(boilerplate=False, script="keep")

SENTENCES = (
    "我們的圖書館週末開放時間調整為上午九點",
    "這個專案的經費來源是地方政府與企業共同出資",
    "颱風過後，農民們開始清理田裡的積水",
    "學生們在實驗室裡觀察種子發芽的過程",
)


def _lose_lead_byte(text: str, index: int) -> str:
    data = text.encode("gbk")
    start = len(text[:index].encode("gbk"))
    return (data[:start] + b"?" + data[start + 1 :]).decode("gbk", errors="replace")


def _fixed(text: str) -> str:
    for start, end, aligned in reversed(misalign.find(text)):
        text = text[:start] + aligned + text[end:]
    return text


def test_realigned_runs_are_exactly_the_lost_characters_text() -> None:
    repaired = 0
    for sentence in SENTENCES:
        for index in range(1, len(sentence) - 3):
            garbled = _lose_lead_byte(sentence, index)
            if garbled == sentence[:index] + "?" + sentence[index + 1 :]:
                continue  # the lost character took no neighbour with it
            expected = sentence[:index] + "\ufffd" + sentence[index + 1 :]
            out = _fixed(garbled)
            assert out in (garbled, expected), (garbled, out)
            repaired += out == expected
    assert repaired >= 20


def test_orphaned_annotation_anchors_a_run() -> None:
    # 們 (82 43) lost its lead byte; a spinner then annotated what it saw, and the text it
    # annotated was lost too: only the syllable and ')' are left before the run.
    garbled = _lose_lead_byte("我們的圖書館", 1)
    spun = garbled[:2] + "men)" + garbled[2:]
    assert _fixed(spun) == "我?men)的圖書館"


@pytest.mark.parametrize("text", [
    "你今天去嗎?我們明天一起去圖書館",
    "這是什麼?請再說一遍",
    "價格?元,共五件",
    "問題一:為什麼?答案在第三頁",
])
def test_questions_and_plain_losses_stay(text: str) -> None:
    assert misalign.find(text) == []
    assert textfix.repair(text, STAGES).text == textfix.repair(
        text, Config(boilerplate=False, script="keep", mojibake=False)).text


def test_repair_reports_the_realignment_and_the_loss() -> None:
    garbled = _lose_lead_byte(SENTENCES[2], 9)
    result = textfix.repair(garbled, STAGES)
    assert "清理田裡的積水" in result.text
    assert {"M102", "M103"} <= {str(f.code) for f in result.findings}


def test_a_realigned_fullwidth_mark_does_not_hide_folding() -> None:
    """The ``：`` a re-aligned run gives back was never seen by the normaliser that folded the
    rest of the text: the text's folded comma is still restored, and the lost character's mark
    is no question mark."""
    garbled = _lose_lead_byte("本週的會議議程如下：陵園整修與經費", 7)
    result = textfix.repair("今天下午開會,請準時出席。\n" + garbled + "\n", STAGES)
    assert result.text == "今天下午開會，請準時出席。\n本週的會議議程\ufffd下：陵園整修與經費\n"
