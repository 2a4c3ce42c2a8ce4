"""Lossy UTF-8 read as the Japanese and Korean Windows code pages (cp932, cp949), losses on
both sides of a surviving continuation byte, brackets closed, and runs with nothing left to
read (sentences written for these tests, damaged with Python's codecs the way the chains do
it)."""

from __future__ import annotations

import pytest

import textfix
from textfix.codes import Code
from textfix.damage.mojibake.lossy import _closer, infer_dbcs
from textfix.damage.mojibake.model import model


def _read(text: str, codec: str, mark: str = "\ufffd") -> str:
    return text.encode("utf-8").decode(codec, "replace").replace("\ufffd", mark)


@pytest.mark.parametrize("real,codec,mark", [
    ("設定ファイルを読み込みます。", "cp932", "\ufffd"),
    ("設定ファイルを読み込みます。", "cp932", "?"),
    ("明日の会議は午後三時からです。", "cp932", "\ufffd"),
    ("ネットワークに接続できません。再試行してください。", "cp932", "\ufffd"),
    ("ネットワークに接続できません。再試行してください。", "cp932", "?"),
    ("설정 파일을 읽어 옵니다.", "cp949", "\ufffd"),
    ("오늘 회의는 오후 세 시에 시작합니다.", "cp949", "\ufffd"),
])
def test_japanese_and_korean_losses_are_inferred(real: str, codec: str, mark: str) -> None:
    garbled = _read(real, codec, mark)
    assert "\ufffd" in _read(real, codec)
    result = textfix.repair(garbled)
    assert result.text == real
    assert any(f.code == Code.INFERRED_CHARACTER for f in result.findings)
    assert any(f"read as {codec}, bytes lost" in (f.evidence or "") for f in result.findings)


def test_losses_on_both_sides_of_a_surviving_byte_are_one_character() -> None:
    # ？ is EF BC 9F: cp932 loses EF, reads BC alone as ｼ and loses 9F at the end of the line
    real = "保存したデータを削除しますか？"
    garbled = _read(real, "cp932")
    assert garbled.endswith("\ufffdｼ\ufffd")
    got = infer_dbcs(garbled, model(), codec="cp932")
    assert got is not None
    # one character of the fullwidth forms (EF BC xx); which one, the bigram model cannot tell
    # at the end of a line (？ or ，)
    assert got[0][:-1] == real[:-1]
    assert got[0][-1].encode("utf-8")[:2] == b"\xef\xbc"
    # in the middle of a line the next character decides
    got = infer_dbcs(_read("本当に削除しますか？（元に戻せません）", "cp932"), model(),
                     codec="cp932")
    assert got is not None and got[0].startswith("本当に削除しますか？（")
    assert got[0].endswith("に戻せません）")  # and the bracket opened is closed


def test_a_bracket_opened_is_closed_where_a_loss_can_close_it() -> None:
    # the bigram model alone prefers 。 after a Latin letter; 【 is open earlier in the line
    real = "/* 【note for the next release】 */"
    garbled = _read(real, "gbk", "?")
    assert "?" in garbled
    assert textfix.repair(garbled).text == real
    assert _closer("a【b（c）d") == "】" and _closer("（a）") == "" and _closer("「a") == "」"
    # quotation marks pair too: ” (E2 80 9D) and ’ (E2 80 99) differ in the lost byte only
    real = "请先运行“make install”"  # without the pairing: “make install’
    garbled = _read(real, "gbk")
    assert textfix.repair(garbled).text == real


def test_a_strict_reading_does_not_end_the_search_before_a_lost_byte_is_read() -> None:
    # a strict chain reads all but the first character; the lossy chain reads the whole line
    real = "本当に削除しますか？（元に戻せません）"
    garbled = _read(real, "gbk", "?")
    assert garbled.startswith("鏈?")
    assert textfix.repair(garbled).text == real


def test_a_lost_character_is_never_encoded_as_bytes() -> None:
    # GB18030 can encode U+FFFD itself: a strict GB18030 reading must not turn it into text
    real = "本当に削除しますか？（元に戻せません）"
    garbled = _read(real, "gbk")
    out = textfix.repair(garbled).text
    assert out == real
    assert "1\ufffd7" not in out


@pytest.mark.parametrize("clean", [
    "A, \ufffd?, B, C, \ufffd?, D",  # nothing of the run survived: no reading is written
    "中文测试\ufffd\ufffd\ufffd中文测试",
    "値段はいくら? 高すぎない?",
    "결과가 왜 이렇게 나왔나요?",
    "오늘? 내일? 언제든지 좋아요.",
    "ファイル（設定）を開きます。",
    "第1章（はじめに）",
    "半角カナ: ｱｲｳｴｵ ｶｷｸｹｺ ﾗﾘﾙﾚﾛ ﾜｦﾝ",  # single bytes of cp932: no loss is shown
    "ﾃﾞｰﾀﾍﾞｰｽ ｻｰﾊﾞｰ",
])
def test_text_with_nothing_to_infer_is_left_alone(clean: str) -> None:
    result = textfix.repair(clean)
    assert result.text == clean
    assert not any(f.code in (Code.INFERRED_CHARACTER, Code.CJK_MOJIBAKE)
                   for f in result.findings)
