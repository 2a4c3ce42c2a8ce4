"""Decoding: BOMs, UTF-8 fast path, UTF-16/32, legacy charsets by evidence, mixed files.

The chardet corpus and CPython's CJK codec samples are the external yardsticks (issue 3):
``textfix.decode`` must return the true charset's text for every chardet document and every
``cjkencodings`` pair. GB2312 files are decoded as GB18030, as the WHATWG Encoding Standard
says (issue 16), so a document is right when its text is the expected label's, or that of the
decoder WHATWG uses for the label (``bench/detect.py`` scores both ways, against chardet).
"""

from __future__ import annotations

import codecs
import csv
import random
import sysconfig
from pathlib import Path

import pytest

from textfix.codes import Code
from textfix.config import Config
from textfix.decoding import decode
from textfix.errors import BinaryInputError, ConfigError

from .conftest import CONFORMANCE, need_shared

CHARDET = CONFORMANCE / "chardet"
CJK_DIR = Path(sysconfig.get_paths()["stdlib"]) / "test" / "cjkencodings"
#: Mostly NUL bytes ("NOT UTF-16!"); the corpus README allows calling it binary.
MAY_BE_BINARY = {"ascii/_mozilla_bug638318_text.html"}


def _strip(text: str) -> str:
    return text.removeprefix("\ufeff")


def _manifest() -> list[tuple[str, str]]:
    path = CHARDET / "manifest.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [(r["path"], r["expected_encoding"])
                for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]


#: The decoder the WHATWG Encoding Standard uses for a label, where Python's differs.
WHATWG = {"gb2312": "gb18030", "gbk": "gb18030"}


def _same_text(rel: str, expected: str) -> bool:
    data = (CHARDET / rel).read_bytes()
    try:
        got = _strip(decode(data).text)
    except BinaryInputError:
        return False
    return got in (_strip(data.decode(expected)), _strip(data.decode(WHATWG.get(expected, expected))))


@pytest.mark.parametrize("rel, expected", _manifest() or [pytest.param("", "", marks=pytest.mark.skip)])
def test_chardet_corpus_document(rel: str, expected: str) -> None:
    need_shared(CHARDET)
    if rel in MAY_BE_BINARY:
        data = (CHARDET / rel).read_bytes()
        with pytest.raises(BinaryInputError):
            decode(data)
        return
    assert _same_text(rel, expected)


def test_chardet_corpus_score() -> None:
    """Every one of the 239 documents (text equality, GB2312 also read as WHATWG reads it)."""
    need_shared(CHARDET)
    rows = _manifest()
    right = sum(_same_text(rel, exp) for rel, exp in rows)
    assert len(rows) == 239 and right >= 238, right  # the NUL-byte file may be called binary


def _cjk_pairs() -> list[str]:
    if not CJK_DIR.exists():
        return []
    return sorted(p.stem for p in CJK_DIR.glob("*.txt") if not p.stem.endswith("-utf8"))


#: The big5hkscs sample is 23 bytes of deliberately odd HKSCS characters (an Extension B
#: ideograph, Latin letters with combining macrons); read without a hint, Shift_JISX0213
#: makes more plausible text of the same bytes. The regional hint names the charset.
HINTS = {"big5hkscs": "zh-hk"}


@pytest.mark.parametrize("codec", _cjk_pairs() or [pytest.param("", marks=pytest.mark.skip)])
def test_cpython_cjkencodings_decode_right(codec: str) -> None:
    if not CJK_DIR.exists():
        pytest.skip("CPython's test/cjkencodings is not installed")
    data = (CJK_DIR / f"{codec}.txt").read_bytes()
    expected = (CJK_DIR / f"{codec}-utf8.txt").read_bytes().decode("utf-8")
    assert decode(data, Config(lang=HINTS.get(codec))).text == expected


@pytest.mark.parametrize("bom, codec", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
])
def test_bom_is_dropped_and_reported(bom: bytes, codec: str) -> None:
    text = "会议在邹平召开。Müller\n"
    result = decode(bom + text.encode(codec))
    assert result.text == text and result.bom
    assert result.findings[0].code == Code.BOM


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_32_without_bom(codec: str) -> None:
    text = "Plain text, mostly ASCII, with 中文 and é.\n" * 3
    assert decode(text.encode(codec)).text == text


# Short legacy texts: chardet alone is unsure or wrong on several of these.
SHORT = [
    ("中文很短", "gbk"), ("北京欢迎你", "gb2312"), ("發展", "big5"), ("臺灣大學", "big5"),
    ("日本語", "shift_jis"), ("こんにちは", "euc_jp"), ("東京", "shift_jis"),
    ("한국어", "euc_kr"), ("서울특별시", "cp949"),
    ("Müller", "cp1252"), ("Ångström", "latin-1"), ("São Paulo", "cp1252"),
    ("façade", "cp1252"), ("naïve café", "latin-1"), ("¿Qué?", "cp1252"),
    ("Привет, мир", "cp1251"), ("Привет, мир", "koi8_r"), ("Καλημέρα", "cp1253"),
    ("Zażółć gęślą jaźń", "cp1250"), ("Python的开发", "gbk"),
]


@pytest.mark.parametrize("text, codec", SHORT)
def test_short_legacy_text(text: str, codec: str) -> None:
    result = decode(text.encode(codec))
    assert result.text == text
    assert result.findings and result.findings[0].code == Code.LEGACY_ENCODING


def test_lang_hint_decides_ambiguous_short_input() -> None:
    data = "中文".encode("big5")  # the same four bytes are hiragana in EUC-JP and GBK
    assert decode(data, Config(lang="zh")).text == "中文"


def test_forced_encoding_and_unknown_name() -> None:
    assert decode("發展".encode("big5"), Config(encoding="big5")).text == "發展"
    with pytest.raises(ConfigError):
        decode(b"x", Config(encoding="no-such-codec"))


def test_utf8_page_with_pasted_gbk_paragraph_is_decoded_run_by_run() -> None:
    utf8 = "这是一个UTF-8页面，包含中文内容。\n第二行也是UTF-8。\n"
    gbk = "下面这段是从旧网站复制的GBK文字，编码不同。\n"
    result = decode(utf8.encode() + gbk.encode("gbk") + utf8.encode())
    assert result.text == utf8 + gbk + utf8
    assert result.encoding == "utf-8"
    assert [f.code for f in result.findings] == [Code.MIXED_ENCODING]
    assert result.findings[0].line == 3


def test_gbk_and_big5_runs_inside_a_utf8_line() -> None:
    for run, codec in (("粘贴的GBK", "gbk"), ("發展", "big5")):
        data = "中文在这里，".encode() + run.encode(codec) + "，后面UTF-8".encode()
        assert decode(data).text == f"中文在这里，{run}，后面UTF-8"


def test_stray_byte_never_flips_a_utf8_file() -> None:
    page = "这是一个UTF-8页面，包含中文内容。\n" * 5
    result = decode(page.encode() + b"caf\xe9\n" + page.encode())
    assert result.text == page + "café\n" + page and result.encoding == "utf-8"
    # Two lone bytes are too little to know a charset by: they cost their two characters
    # (U+FFFD, or cp1251's "яю", a pair Russian writes), never the page around them.
    result = decode(page.encode() + b"\xff\xfe odd\n" + page.encode())
    assert result.encoding == "utf-8"
    assert result.text[:len(page)] == page and result.text[len(page) + 2:] == " odd\n" + page
    assert [f.line for f in result.findings] == [6]
    result = decode(page.encode() + b"\x81\x8d\x81 odd\n" + page.encode())
    assert result.text == page + "\ufffd\ufffd\ufffd odd\n" + page
    bad = [f for f in result.findings if f.code == Code.UNDECODABLE_BYTES]
    assert len(bad) == 1 and f"offset {len(page.encode())}" in bad[0].evidence
    assert not bad[0].fixable


def test_stray_byte_in_a_gbk_file_keeps_gbk() -> None:
    text = "下面这段是从旧网站复制的GBK文字，编码不同。\n"
    data = text.encode("gbk") * 3 + b"\x80" + text.encode("gbk")
    result = decode(data)
    assert result.text == text * 3 + "\ufffd" + text
    assert result.encoding.startswith("gb")
    assert any(f.code == Code.UNDECODABLE_BYTES and "offset" in f.evidence
               for f in result.findings)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    b"PK\x03\x04" + bytes(range(256)),
    b"text\x00\x00\x00\x00" * 50,
])
def test_binary_raises(data: bytes) -> None:
    with pytest.raises(BinaryInputError):
        decode(data)


def test_clean_utf8_never_calls_chardet(monkeypatch: pytest.MonkeyPatch) -> None:
    import chardet

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("chardet called on clean UTF-8")

    monkeypatch.setattr(chardet, "detect_all", boom)
    monkeypatch.setattr(chardet, "detect", boom)
    text = "会议在邹平召开。Müller, São Paulo, Привет.\n" * 100
    assert decode(text.encode()).text == text


def test_random_bytes_never_crash() -> None:
    rng = random.Random(7)
    for _ in range(300):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200)))
        try:
            result = decode(data)
        except BinaryInputError:
            continue
        result.text.encode("utf-8")
