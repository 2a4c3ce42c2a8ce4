"""Legacy code pages (issue 16, decoding): every family decodes right, clean text is untouched.

``tests/data/legacy/texts.json`` holds texts written for these tests in 30 languages, each with
the code pages its language is written in (Windows, ISO-8859-x, DOS, Mac, the CJK charsets).
Every encoding of every text must decode back to the text, and its UTF-8 form must come back
byte-identical without a finding. ``bench/detect.py`` measures the same files against chardet.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from textfix.codes import Code
from textfix.config import Config
from textfix.decoding import decode

TEXTS = json.loads((Path(__file__).parent / "data" / "legacy" / "texts.json")
                   .read_text(encoding="utf-8"))
CASES = [pytest.param(c["text"], codec, id=f"{c['lang']}-{codec}")
         for c in TEXTS for codec in c["codecs"]]


@pytest.mark.parametrize("text, codec", CASES)
def test_legacy_file_decodes_to_its_text(text: str, codec: str) -> None:
    result = decode(text.encode(codec))
    assert result.text == text
    # The name reported is the codec used: decoding with it gives the text.
    assert text.encode(codec).decode(result.encoding) == text
    assert [f.code for f in result.findings] == [Code.LEGACY_ENCODING]


@pytest.mark.parametrize("text", [pytest.param(c["text"], id=c["lang"]) for c in TEXTS])
def test_clean_utf8_is_untouched(text: str) -> None:
    for data in (text.encode(), (text * 20).encode()):
        result = decode(data)
        assert result.text == data.decode() and result.encoding == "utf-8"
        assert not result.findings


def test_language_hint_keeps_to_its_code_pages() -> None:
    text = "Dzień dobry, proszę pana."
    assert decode(text.encode("cp852"), Config(lang="pl")).text == text
    assert decode(text.encode("cp1250"), Config(lang="pl")).text == text


@pytest.mark.parametrize("codec", ["gbk", "gb18030"])
def test_gb2312_dash_is_an_em_dash(codec: str) -> None:
    """GBK/GB2312 ``A1AA`` is U+2014 as GB18030 (WHATWG) reads it, not U+2015."""
    text = "他说——这件事明天再谈，价格和数量都已确定。"
    data = text.encode(codec)
    assert b"\xa1\xaa\xa1\xaa" in data
    result = decode(data)
    assert result.text == text
    assert result.encoding == "gb18030" and data.decode(result.encoding) == text


def test_gb2312_file_reports_the_codec_it_was_read_with() -> None:
    data = "北京欢迎你，——祝一切顺利。".encode("gbk")  # every byte is GB2312
    data.decode("gb2312")
    result = decode(data)
    assert result.encoding == "gb18030"
    assert "gb2312" in result.findings[0].evidence  # the narrow label is still said


@pytest.mark.parametrize("text", ["繁體中文", "繁體中文的網站，歡迎光臨。", "這是一個測試頁面\n" * 3])
def test_big5_with_ascii_trail_bytes_is_one_big5_file(text: str) -> None:
    """``繁`` is Big5 ``C1 63``: a trail byte in the ASCII range, and ``E9 A4 A4`` inside the
    text is valid UTF-8; the whole-file Big5 reading still wins."""
    data = text.encode("big5")
    result = decode(data)
    assert result.text == text
    assert result.encoding == "big5"
    assert all(f.code != Code.MIXED_ENCODING for f in result.findings)


UTF8_LINE = "Notes from the meeting — “draft” version, naïve café list.\n"


@pytest.mark.parametrize("paragraph, codec", [
    ("Καλημέρα σας, τι κάνετε σήμερα; Η συνάντηση είναι αύριο.\n", "cp1253"),
    ("Добрый день, как ваши дела сегодня? Встреча будет завтра.\n", "cp1251"),
    ("Добрый день, как ваши дела сегодня? Встреча будет завтра.\n", "koi8_r"),
    ("今日はいい天気ですね。会議は明日の午後に行います。\n", "shift_jis"),
    ("今日はいい天気ですね。会議は明日の午後に行います。\n", "euc_jp"),
    ("오늘은 날씨가 좋네요. 회의는 내일 오후에 있습니다.\n", "euc_kr"),
])
def test_utf8_file_with_one_legacy_paragraph(paragraph: str, codec: str) -> None:
    data = UTF8_LINE.encode() + paragraph.encode(codec) + UTF8_LINE.encode()
    result = decode(data)
    assert result.text == UTF8_LINE + paragraph + UTF8_LINE
    assert result.encoding == "utf-8"
    assert [f.code for f in result.findings] == [Code.MIXED_ENCODING]
    assert result.findings[0].line == 2


@pytest.mark.parametrize("text, codec, stray", [
    ("Это длинный русский текст, в котором много разных предложений.\n", "cp1251", b"\x98"),
    ("Ceci est un texte français assez long, écrit pour le test.\n", "cp1252", b"\x81"),
    ("下面这段是从旧网站复制的文字，编码不同，请注意。\n", "gbk", b"\xff"),
    ("這是一段從舊網站複製的文字，請注意編碼。\n", "big5", b"\xff"),
    ("これは古いサイトからコピーした文章です。\n", "euc_jp", b"\xff"),
])
def test_stray_byte_costs_at_most_its_character(text: str, codec: str, stray: bytes) -> None:
    encoded = text.encode(codec)
    cut = len(text.encode(codec)) // 2
    while True:  # cut between two characters
        try:
            encoded[:cut].decode(codec)
            break
        except UnicodeDecodeError:
            cut += 1
    data = encoded * 2 + encoded[:cut] + stray + encoded[cut:] + encoded
    result = decode(data)
    # Everything but the stray byte's own character (U+FFFD, or what a sibling charset that
    # has the byte makes of it) comes back.
    before = text * 2 + encoded[:cut].decode(codec)
    after = encoded[cut:].decode(codec) + text
    got = result.text
    assert len(got) == len(before) + 1 + len(after)
    assert got.startswith(before) and got.endswith(after)
