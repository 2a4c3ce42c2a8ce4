"""The letter model (:mod:`textfix.letter_model`) and its generated tables, and the detection
benchmark's verdict: textfix decodes at least as many files right as chardet alone."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from textfix import letter_model as L
from textfix.codepages import CODEPAGES, high_half, screen

from .conftest import CONFORMANCE, ROOT, need_shared

sys.path.insert(0, str(ROOT / "bench"))
import detect  # noqa: E402


def test_generated_letter_tables_are_current() -> None:
    """``textfix/letter_tables.py`` is what the generator derives, when the same wordfreq is
    installed (it is not a runtime dependency: skip otherwise)."""
    pytest.importorskip("wordfreq")
    sys.path.insert(0, str(Path(__file__).parent))
    try:
        import gen_letter_tables
    finally:
        sys.path.pop(0)
    from textfix import letter_tables

    if letter_tables.SOURCES != gen_letter_tables.sources():
        pytest.skip(f"generated from {letter_tables.SOURCES}, installed "
                    f"{gen_letter_tables.sources()}: run python tests/gen_letter_tables.py")
    assert gen_letter_tables.TARGET.read_text(encoding="utf-8") == gen_letter_tables.render(), (
        "textfix/letter_tables.py is stale: run python tests/gen_letter_tables.py")


@pytest.mark.parametrize("right, wrong, lang", [
    ("Zażółć gęślą jaźń", "ZaŸó g©lą ja«ä", "pl"),               # cp1250 read as ISO-8859-2
    ("Привет из Москвы", "Џривет из Њосквы", "ru"),               # Mac Cyrillic as cp1251
    ("Lietuvių kalba", "Lietuvił kalba", "lt"),                    # ISO-8859-4 as -13
    ("Grüße aus Köln", "GrĂźĂ\x9fe aus KĂ¶ln", "de"),             # UTF-8 as cp1250
    ("Καλημέρα κόσμε", "Êáëçìİñá êüóìå", "el"),                  # cp1253 as cp1254
])
def test_the_language_prefers_the_right_letters(right: str, wrong: str, lang: str) -> None:
    best, score = L.evidence(right)
    assert best == lang
    assert score > L.evidence(wrong, (lang,))[1] + 5


def test_one_letter_words_and_letters_glued_to_numbers() -> None:
    """``£825`` read as ``Ł825``: a Polish letter glued to a number is no Polish word."""
    assert L.evidence("Ł825", ("pl",))[1] < -5
    assert L.evidence("é bonito", ("pt",))[1] > L.evidence("ę bonito", ("pt",))[1]


def test_no_letters_no_evidence() -> None:
    assert L.evidence("plain ASCII 123") == (None, 0.0)
    assert L.evidence("中文和日本語") == (None, 0.0)


def test_every_code_page_is_a_single_byte_codec_keeping_ascii() -> None:
    assert set(L.languages()) >= {lang for langs in CODEPAGES.values() for lang in langs}
    for codec in CODEPAGES:
        ascii_half = bytes(range(128)).decode(codec)
        if codec == "cp864":  # DOS Arabic writes the Arabic percent sign at 0x25
            ascii_half = ascii_half.replace("\u066a", "%")
        assert ascii_half == bytes(range(128)).decode("ascii")
        assert len(high_half(codec)) == 128


def test_screen_keeps_the_right_code_page() -> None:
    text = "Pchnąć w tę łódź jeża lub ośm skrzyń fig, gdy pada deszcz."
    for codec in ("cp852", "cp1250", "iso8859_2", "mac_latin2", "iso8859_16"):
        assert codec in screen(text.encode(codec), "pl")


def test_textfix_never_worse_than_chardet_on_its_own_texts() -> None:
    t = detect.measure(detect.legacy_cases())["legacy"]
    assert t.files == 113
    assert t.textfix == t.files and t.textfix >= t.chardet
    short = detect.measure(detect.legacy_cases(short=True))["legacy-short"]
    assert short.files == 113
    assert short.textfix >= short.chardet and short.textfix >= 105, vars(short)


def test_textfix_never_worse_than_chardet_on_chardets_corpus() -> None:
    need_shared(CONFORMANCE / "chardet")
    t = detect.measure(detect.chardet_cases())["chardet"]
    assert t.files == 239
    assert t.textfix >= t.chardet and t.textfix_whatwg >= t.chardet_whatwg, vars(t)
