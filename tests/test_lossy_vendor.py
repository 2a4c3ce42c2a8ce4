"""A vendor's CJK code page read with the standard it extends (cp932 as ``shift_jis``, cp949
as ``euc_kr``, GBK as ``gb2312``): the vendor's own characters are lost, each to U+FFFD and
its trail byte read alone. The loss is rebuilt from every lead byte the standard rejects,
the model picks, the character is reported ``M104`` with its alternatives; a loss the model
is not sure of is left for ``M103`` (sentences written for these tests)."""

from __future__ import annotations

import pytest

import textfix
from textfix.codes import Code
from textfix.damage.mojibake.lossy import CONFIDENT, _vendor_readings, infer_vendor
from textfix.damage.mojibake.model import model


def _shown(text: str, vendor: str, std: str) -> str:
    return text.encode(vendor).decode(std, "replace")


@pytest.mark.parametrize("real", [
    "担当者: 山﨑 花子",  # IBM kanji 﨑 (FA B1): U+FFFD and a half-width katakana
    "髙橋さんから電話がありました。",  # 髙 (FB FC): its trail byte joins the next one
])
def test_vendor_characters_are_inferred(real: str) -> None:
    shown = _shown(real.replace("山﨑", "山\ufa11"), "cp932", "shift_jis")
    if "﨑" in real:  # the IBM code of 﨑, as an IBM-extension table writes it
        shown = (real.split("﨑")[0].encode("cp932") + b"\xfa\xb1"
                 + real.split("﨑")[1].encode("cp932")).decode("shift_jis", "replace")
    assert "\ufffd" in shown and shown != real
    result = textfix.repair(shown)
    assert result.text == real
    inferred = [f for f in result.findings if f.code == Code.INFERRED_CHARACTER]
    assert inferred
    for f in inferred:
        assert f.evidence.startswith("alternatives weighed: '")
        assert "\ufffd" in shown[f.start : f.end]
    assert any(f.code == Code.CJK_MOJIBAKE and "cp932 read as shift_jis" in (f.evidence or "")
               for f in result.findings)


def test_candidates_are_every_lead_byte_the_standard_rejects() -> None:
    m = model()
    # ｱ is B1 read alone: 﨑 (FA B1) and the other IBM and NEC-selected kanji with that trail
    got = _vendor_readings("shift_jis", "ｱ", " ", m)
    assert "﨑" in got and 2 <= len(got) <= 8
    for c in got:  # each is a vendor character with trail B1 whose lead shift_jis rejects
        leads = [lead for lead in range(0x81, 0xFF)
                 if bytes((lead, 0xB1)).decode("cp932", "replace") == c]
        assert leads and all(bytes((lead, 0xB1)).decode("shift_jis", "replace") == "\ufffdｱ"
                             for lead in leads)
    # a trail byte that joined the next byte: the reading covers both characters
    assert "髙橋" in _vendor_readings("shift_jis", "煖ｴ", "さ", m)
    # a stretch no rejected lead byte explains has no reading (あ is two bytes of its own)
    assert _vendor_readings("shift_jis", "あ", "", m) == ()


@pytest.mark.parametrize("real,vendor,std", [
    ("똠방각하는 오래된 소설입니다.", "cp949", "euc_kr"),  # a Hangul syllable among many alike
    ("朱镕基总理今天访问了上海。", "gbk", "gb2312"),  # a rare hanzi of a name
    ("手順は①から始めます。", "cp932", "shift_jis"),  # ① or the IBM small numeral ⅰ
])
def test_an_unsure_guess_is_not_written(real: str, vendor: str, std: str) -> None:
    shown = _shown(real, vendor, std)
    assert "\ufffd" in shown
    assert infer_vendor(shown, std, model()) == []  # the model is not sure: no reading
    result = textfix.repair(shown)
    assert result.text == shown
    assert any(f.code == Code.UNRECOVERABLE for f in result.findings)
    assert not any(f.code == Code.INFERRED_CHARACTER for f in result.findings)
    assert 0.5 < CONFIDENT < 1


@pytest.mark.parametrize("clean", [
    "ファイル名に\ufffdが含まれています。",
    "文件名里有\ufffd这个字符，请检查一下。",
    "파일 이름에 \ufffd 문자가 있습니다.",
    "The byte \ufffdA is not valid here.",
    "山﨑さんと髙橋さんは①番の会議室にいます。",
])
def test_text_without_such_a_loss_is_left_alone(clean: str) -> None:
    result = textfix.repair(clean)
    assert result.text == clean
    assert not any(f.code in (Code.INFERRED_CHARACTER, Code.CJK_MOJIBAKE)
                   for f in result.findings)


def test_a_quoted_example_ending_in_a_loss_is_left_alone() -> None:
    # the example ends in U+FFFD before the closing quote; a vendor lead byte would read the
    # quote's bytes again as another character and an ASCII letter: not likelier than 」
    shown = "かきく".encode("utf-8").decode("shift_jis", "replace")
    line = f"「かきく」を Shift_JIS で読むと「{shown}」と表示されます。"
    assert "\ufffd」" in line
    assert textfix.repair(line).text == line

