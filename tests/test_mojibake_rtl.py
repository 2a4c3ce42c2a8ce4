"""Arabic, Persian and Hebrew legacy text read as Western code pages (issue 16): with class
transitions counted on real text in these scripts, the model reads them back; clean text stays
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from textfix.config import DEFAULT
from textfix.damage import mojibake
from textfix.damage.base import Context
from textfix.damage.mojibake.model import fold

SENTENCES = [
    ("مرحبا بكم في الموقع الرسمي", "cp1256"),
    ("الرجاء حفظ الملف قبل الخروج", "cp1256"),
    # Persian as Windows-1256 writes it: Arabic yeh (ي), which the code page has
    ("اين برنامه عدد را از ورودي مي خواند", "cp1256"),
    ("שלום לכולם, מה שלומכם היום", "cp1255"),
    ("הקובץ נשמר בהצלחה בתיקייה", "cp1255"),
]


def _run(text: str) -> str:
    return mojibake.run(text, Context(DEFAULT, text)).text


@pytest.mark.parametrize("text, codec", SENTENCES)
@pytest.mark.parametrize("shown_as", ["cp1252", "latin-1"])
def test_legacy_text_read_as_western_is_read_back(text: str, codec: str, shown_as: str) -> None:
    garbled = text.encode(codec).decode(shown_as)
    assert _run(garbled) == text


@pytest.mark.parametrize("text, codec", SENTENCES)
def test_clean_text_stays(text: str, codec: str) -> None:
    assert _run(text) == text


def test_one_letter_two_code_points() -> None:
    assert fold("ي") == fold("ی") and fold("ك") == fold("ک")
    assert fold("ا") == "ا"
