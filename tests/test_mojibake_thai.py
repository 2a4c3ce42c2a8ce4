"""Thai has a character model (issue 16): Thai text garbled through the code pages that carry
it is read back, clean Thai is left alone (sentences written for these tests)."""

from __future__ import annotations

import pytest

from textfix import repair
from textfix.config import DEFAULT
from textfix.damage import mojibake
from textfix.damage.base import Context
from textfix.damage.mojibake.model import model, script_of

THAI = [
    "สวัสดีครับ วันนี้อากาศดีมาก",
    "กรุณาบันทึกไฟล์ก่อนปิดโปรแกรม",
    "ข้อมูลผู้ใช้ถูกลบแล้ว",
    "ดาวน์โหลดไฟล์ไม่สำเร็จ โปรดลองอีกครั้ง",
]


def _run(text: str) -> str:
    return mojibake.run(text, Context(DEFAULT, text)).text


def test_thai_letters_and_marks_are_one_script() -> None:
    assert {script_of(c) for c in "ต้องไม่"} == {"thai"}
    assert script_of("๕") == "digit" and script_of("฿") == "symbol"


@pytest.mark.parametrize("text", THAI)
@pytest.mark.parametrize("right, wrong", [
    ("utf-8", "latin-1"),   # UTF-8 shown as Latin-1 (C1 controls kept)
    ("cp874", "cp1250"),    # Windows-874 shown as Central European Windows
    ("cp874", "latin-1"),   # TIS-620 shown as Latin-1
])
def test_garbled_thai_is_read_back(text: str, right: str, wrong: str) -> None:
    garbled = text.encode(right).decode(wrong)
    assert model().score(text) > model().score(garbled) + 50
    assert _run(garbled) == text


@pytest.mark.parametrize("text", [
    *THAI,
    "ราคา ๑๒๐ บาท (฿120) รวมภาษีแล้ว",
    "Thai: ภาษาไทย, English: Thai language",
])
def test_clean_thai_stays(text: str) -> None:
    assert _run(text) == text
    assert repair(text).text == text
