"""A quotation mark or dash at the edge of double-byte garble read through a single-byte code
page is the writer's own mark or the garble's first byte: both readings are weighed (issue
16; sentences written for these tests)."""

from __future__ import annotations

import pytest

from textfix.config import DEFAULT
from textfix.damage import mojibake
from textfix.damage.base import Context
from textfix.damage.mojibake.chains import CHAINS, cells, text_marks


def _run(text: str) -> str:
    return mojibake.run(text, Context(DEFAULT, text)).text


@pytest.mark.parametrize("word", ["御用软件", "北京大学"])
@pytest.mark.parametrize("template", ["Should the tool fix “{}(ABC)” too?", "Name: ‘{}’"])
def test_gbk_read_as_cp1250_between_quotation_marks(word: str, template: str) -> None:
    garbled = template.format(word.encode("gbk").decode("cp1250"))
    assert _run(garbled) == template.format(word)


def test_a_mark_that_is_a_byte_of_the_garble_is_still_read() -> None:
    """cp1252 shows the GBK lead byte 0x93 as “: at the start of the garble it is read with
    it, not as the writer's mark."""
    chain = next(c for c in CHAINS if (c.wrong, c.right) == ("cp1252", "gbk"))
    ch = next(chr(cp) for cp in range(0x4E00, 0x9FA6)
              if chr(cp).encode("gbk", "ignore")[:1] == b"\x93"
              and chr(cp).encode("gbk")[1] >= 0x80
              and "\ufffd" not in chr(cp).encode("gbk").decode("cp1252", "replace"))
    garble = (ch + "车").encode("gbk").decode("cp1252")
    assert garble[0] == "“"
    line = f"see {garble} here"
    assert (4, 4 + len(garble), ch + "车") in _merged(cells(line, chain))


def _merged(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for a, b, reading in found:
        if out and out[-1][1] == a:
            out[-1] = (out[-1][0], b, out[-1][2] + reading)
        else:
            out.append((a, b, reading))
    return out


def test_text_marks_keeps_offsets() -> None:
    line = "“ÓůÓĂ” — ‘x’…"
    assert len(text_marks(line)) == len(line)
    assert text_marks(line).startswith('"ÓůÓĂ"')


@pytest.mark.parametrize("clean", [
    "Píšu o „Příliš žluťoučký kůň“ každý den.",
    "Tak — „čeština“ – ano…",
    "« Ça, c’est l’été » — dit-il…",
    "„Straße“ – „Größe“",
    "Zażółć „gęślą” jaźń — powiedział.",
])
def test_quoted_clean_text_stays(clean: str) -> None:
    assert _run(clean) == clean
