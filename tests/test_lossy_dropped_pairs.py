"""UTF-8 read as GBK by a decoder that drops the pairs it cannot decode (``errors="ignore"``):
no mark shows the losses. Where most of a line is such damage, its runs of unmarked losses
and its characters standing alone whose bytes start a UTF-8 character cut short (수 read as
GBK with its last byte dropped: ``靾`` and a space) are read by the same chain and the same
rule: the line is not left a patchwork of repaired and garbled words. Clean text with a lone
CJK character or half-width kana is not read so (sentences written for these tests)."""

from __future__ import annotations

import re

import pytest

import textfix
from textfix.codes import Code
from textfix.damage.mojibake.chains import READ_SHARE, _lossy_dbcs

_HAN = re.compile("[\u4e00-\u9fff]")


def _ignored(text: str) -> str:
    return text.encode("utf-8").decode("gbk", "ignore")


@pytest.mark.parametrize("real", [
    "파일을 열 수 없습니다.",
    "이 작업은 취소할 수 없습니다.",
    "설정 파일을 읽을 수 없습니다",
    "서버에 연결할 수 없습니다. 잠시 후 다시 시도하세요.",
])
def test_korean_line_is_read_whole(real: str) -> None:
    shown = _ignored(real)
    assert _HAN.search(shown) and " 靾 " in shown  # 수 lost its last byte
    result = textfix.repair(shown)
    # no garbled hanzi is left beside the repaired Hangul, and the lone loss is read
    assert not _HAN.search(result.text), result.text
    assert " 수 없" in result.text
    assert any(f.code == Code.INFERRED_CHARACTER for f in result.findings)


@pytest.mark.parametrize("real", ["文件已保存到桌面。", "ファイルを開けません。"])
def test_lines_whose_losses_stand_inside_runs(real: str) -> None:
    assert textfix.repair(_ignored(real)).text == real


def test_lone_characters_are_read_only_in_a_damaged_line() -> None:
    line = _ignored("파일을 열 수 없습니다.")
    cells = _lossy_dbcs(line, "gbk")
    lone = [(a, b) for a, b, _ in cells if b - a == 1]
    assert lone  # 鞐 and 靾 standing alone are read
    # the same lone character in a line the chain does not read mostly stays as it is
    assert _lossy_dbcs("Chapter 靾 of the guide", "gbk") == []
    assert 0 < READ_SHARE < 1


@pytest.mark.parametrize("clean", [
    "第 3 章 总结",
    "半角カナ: ｱｲｳｴｵ ｶｷｸｹｺ ﾗﾘﾙﾚﾛ ﾜｦﾝ",
    "価格 ¥ 500 です",
    "姓名: 王 小明",
])
def test_clean_text_with_lone_characters_is_untouched(clean: str) -> None:
    assert textfix.repair(clean).text == clean
