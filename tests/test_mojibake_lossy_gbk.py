"""Lossy UTF-8 read as GBK: the pairs a GBK decoder or console could not decode are inferred by
the language model, reported ``M104`` with the alternatives weighed; a loss nothing fits stays
``�`` and the run around it is repaired; clean text with real question marks is left alone
(sentences written for these tests, damaged the way the chain does it)."""

from __future__ import annotations

import pytest

import textfix
from textfix.codes import Code
from textfix.config import DEFAULT
from textfix.damage import mojibake
from textfix.damage.base import Context, Outcome
from textfix.damage.mojibake.lossy import _lost_as, infer_dbcs
from textfix.damage.mojibake.model import model

SENTENCES = [
    "请先安装依赖再运行测试脚本",
    "下载失败，请稍后重试。",
    "今天天气很好，我们去公园散步吧。",
    "这个文件已经被删除了，请重新上传。",
    "这是什么? 为什么要这样做?",
]


def _gbk(text: str) -> str:
    """``text`` as UTF-8 bytes shown by a GBK decoder that writes U+FFFD for what it cannot
    decode (Python's ``replace``)."""
    return text.encode("utf-8").decode("gbk", "replace")


def _run(text: str) -> Outcome:
    return mojibake.run(text, Context(DEFAULT, text))


@pytest.mark.parametrize("real", SENTENCES)
@pytest.mark.parametrize("mark", ["\ufffd", "?"])
def test_lost_pairs_are_inferred(real: str, mark: str) -> None:
    garbled = _gbk(real).replace("\ufffd", mark)
    assert "\ufffd" in _gbk(real)  # the damage really lost bytes
    out = _run(garbled)
    assert out.text == real
    inferred = [f for f in out.findings if f.code == Code.INFERRED_CHARACTER]
    lost = _gbk(real).count("\ufffd")
    assert 1 <= len(inferred) <= lost
    for f in inferred:
        assert f.evidence.startswith("alternatives weighed: ")
        assert 1 <= f.evidence.count("'") // 2 <= 3  # the two or three runners-up
        assert f.message.startswith("inferred ")
        assert garbled[f.start : f.end]  # points at the damaged run
    assert any(f.code == Code.CJK_MOJIBAKE for f in out.findings)


def test_inferred_character_and_alternatives() -> None:
    got = infer_dbcs(_gbk("我们明天上午在会议室开会"), model())
    assert got is not None
    reading, cost, inferred = got
    assert reading == "我们明天上午在会议室开会"
    assert cost > 0
    chars = [ch for ch, _ in inferred]
    assert "议" in chars
    alternatives = dict(inferred)["议"]
    assert 1 <= len(alternatives) <= 3 and "议" not in alternatives


def test_two_losses_side_by_side_are_chosen_together() -> None:
    # 什么 loses a byte of each character; chosen one by one the first would be another word
    got = infer_dbcs(_gbk("这是什么?"), model())
    assert got is not None and got[0] == "这是什么?"


def test_a_loss_nothing_fits_stays_and_the_run_around_it_is_repaired() -> None:
    a = "我们明天上午十点在会议室开会"
    b = "请大家准时参加并带上笔记本电脑"
    garbled = _gbk(a) + "\ufffd" + _gbk(b)  # one more mark than any bytes can explain
    result = textfix.repair(garbled)
    assert result.text == a + "\ufffd" + b
    codes = {f.code for f in result.findings}
    assert {Code.CJK_MOJIBAKE, Code.INFERRED_CHARACTER, Code.UNRECOVERABLE} <= codes


def test_only_pairs_gbk_loses_are_candidates() -> None:
    # A3 85 is no GBK character: Python's decoder replaces A3 and reads on from 85
    assert _lost_as(b"\xa3", "呬".encode("gbk"), "\ufffd", "gbk")
    assert not _lost_as(b"\xb0\xa1", b"", "\ufffd", "gbk")  # 啊: GBK decodes it
    # a console writes one ? for a pair and its lead byte eats the next byte
    assert _lost_as(b"\x97?", b"", "?", "gbk")
    assert not _lost_as(b"\x97?", b"", "\ufffd", "gbk")


@pytest.mark.parametrize("clean", [
    "你确定要删除吗?这个操作不能撤销?",
    "为什么? 因为他没有来。",
    "文件名里有\ufffd这个字符，请检查一下。",
    "中文测试????中文",
    "値段はいくら? 高すぎない?",
    "결과가 왜 이렇게 나왔나요?",
    "价格 ¥100? 太贵了!",
])
def test_clean_text_with_question_marks_is_left_alone(clean: str) -> None:
    out = _run(clean)
    assert out.text == clean
    assert not out.findings


def test_a_short_fragment_is_not_enough_evidence() -> None:
    # two garbled characters with a dropped byte: the reading is right but gains too little
    garbled = "刘备".encode("utf-8").decode("gbk", "ignore")
    assert infer_dbcs(garbled, model())[0] == "刘备"  # type: ignore[index]
    assert _run(f'"name": "{garbled}"').text == f'"name": "{garbled}"'


def test_bytes_lost_through_cp1252_are_reported_too() -> None:
    # the same report for the other lossy chain (UTF-8 read as cp1252, undefined bytes lost)
    real = "部门同步表已经更新完成"
    garbled = real.encode("utf-8").decode("cp1252", "replace")
    out = _run(garbled)
    assert out.text == real
    inferred = [f for f in out.findings if f.code == Code.INFERRED_CHARACTER]
    assert {f.message.split("'")[1] for f in inferred} == {"同", "经", "成"}
    assert all(f.evidence.startswith("alternatives weighed: '") for f in inferred)
