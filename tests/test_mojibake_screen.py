"""The mojibake stage's chain screen (textfix/damage/mojibake/screen.py) is exact: it never
drops a chain whose cells could give a line a reading.

Lines are clean text of many scripts and the same text garbled through every chain of the
stage (strict or lenient decoders, whole or between clean words), so the screened kinds of
chains meet lines they do read as well as lines they cannot.
"""

from __future__ import annotations

import codecs

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textfix.damage.mojibake import segment
from textfix.damage.mojibake.chains import _DBCS, _SINGLE, CHAINS, Chain, cells
from textfix.damage.mojibake.screen import _kind, chains_for

LETTERS = (
    list("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 ,.;:!?()-'\"@~\\")
    + list("éèàçüöäßñøåÅÆŒœ€£¥©®™•–—…«»“”‘’°±·§¶ÀÉÍÓÚáíóúâêîôûãõ")
    + list("ąćęłńśźżčďěňřšťžőűĺľŕăâîșțşţğıİ")
    + list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЖЩЯіїєґ")
    + list("αβγδεζηθικλμνξοπρστυφχψωΔΩάέήίόύώ")
    + list("שלוםעבריתمرحبابالعربيةสวัสดีภาษาไทย")
    + list("的一是了我不人在他有这中大来上国个到说们为子和你地出道也時間體產業鏈發展會議")
    + list("，。、；：！？（）「」《》　あいうえおかきくけこアイウエオカタ한국어입니다서울")
    + ["\ufffd", "\xa0", "\u200b", "\x85", "\x81", "\x9d", "\u2026"]
)
TEXT = st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=40)


def _codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False  # a decoder of textfix's own (utf-8-else-latin-1, a byte alphabet)
    return True


#: Every chain whose codecs are Python's, to garble with.
GARBLERS = [c for c in CHAINS if _codec(c.wrong) and _codec(c.right)]


def _garble(text: str, chain: Chain, lenient: bool) -> str:
    """``text`` as ``chain.right`` bytes read as ``chain.wrong``; a lenient single-byte decoder
    keeps an undefined byte as the C1 control of its value."""
    data = text.encode(chain.right, "replace")
    if chain.wrong in _SINGLE:
        out = []
        for b in data:
            try:
                out.append(bytes((b,)).decode(chain.wrong))
            except UnicodeDecodeError:
                out.append(chr(b) if lenient else "\ufffd")
        return "".join(out)
    return data.decode(chain.wrong, "replace")


@st.composite
def lines(draw: st.DrawFn) -> str:
    text = draw(TEXT)
    if draw(st.booleans()):
        return text  # clean text
    chain = draw(st.sampled_from(GARBLERS))
    lenient = draw(st.booleans())
    garbled = _garble(text, chain, lenient)
    if draw(st.booleans()):  # a second layer
        garbled = _garble(garbled, draw(st.sampled_from(GARBLERS)), lenient)
    if chain.lossy:  # the loss: a byte dropped or a pair shown as ?
        k = draw(st.integers(0, len(garbled)))
        garbled = garbled[:k] + draw(st.sampled_from(["", "?", "\ufffd"])) + garbled[k + 1:]
    return draw(TEXT) + " " + garbled + " " + draw(TEXT) if draw(st.booleans()) else garbled


def _lost(line: str, cell: tuple[int, int, str]) -> bool:
    """The cell's reading holds a U+FFFD the line does not: it never joins a run."""
    a, b, reading = cell
    return reading.count("\ufffd") > line[a:b].count("\ufffd")


def _refused(line: str, found: list[tuple[int, int, str]]) -> bool:
    """``segment._runs`` refuses a chain without gaps for the line: a cell is lost."""
    return any(_lost(line, c) for c in found)


def _unusable(line: str, chain: Chain, found: list[tuple[int, int, str]]) -> bool:
    """No cell of ``found`` can join a run: none at all, every one lost, or (the chains the
    screen drops by the double-byte or single-byte argument, which have no gaps) one lost."""
    if _kind(chain) in ("dbcs", "single"):
        return not found or _refused(line, found)
    return all(_lost(line, c) for c in found)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines())
def test_screen_drops_only_chains_without_a_reading(line: str) -> None:
    kept = chains_for(line)
    assert [c for c in CHAINS if c in kept] == list(kept)  # the order is kept
    for chain in CHAINS:
        if chain in kept:
            continue
        found = cells(line, chain)
        assert _unusable(line, chain, found), (chain.name, line, found[:3])


def test_screen_drops_chains_on_clean_text() -> None:
    """The screen does work: clean accented text keeps few of the screened kinds."""
    line = "Le château où l'élève a étudié reste fermé, déclare le maire."
    kept = chains_for(line)
    assert len(kept) < len(CHAINS) - 20
    for chain in CHAINS:
        if chain not in kept:
            assert _unusable(line, chain, cells(line, chain))
    # and keeps the chain that reads damage
    damaged = "Le chÃ¢teau oÃ¹ l'Ã©lÃ¨ve a Ã©tudiÃ© reste fermÃ©."
    assert Chain("cp1252", "utf_8") in chains_for(damaged)
    assert Chain("latin_1", "gbk") in chains_for("中文的".encode("gbk").decode("latin_1"))
    assert Chain("cp1252", "cp1251") in chains_for("Привет".encode("cp1251").decode("cp1252"))


def test_c1_controls_are_not_screened() -> None:
    assert tuple(chains_for("caf\u0081é")) == CHAINS


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines())
def test_choices_are_those_of_every_chain(line: str) -> None:
    """End to end: the stage's choices for a line are the same with and without the screen."""
    screened = segment.choices.__wrapped__(line)
    real = segment.chains_for
    try:
        segment.chains_for = lambda _line, chains: chains
        unscreened = segment.choices.__wrapped__(line)
    finally:
        segment.chains_for = real
    assert screened == unscreened


def test_kinds_cover_the_table() -> None:
    """Every screened chain is of a kind the screen's docstring argues for."""
    for chain in CHAINS:
        kind = _kind(chain)
        if kind == "utf8":
            assert chain.right == "utf_8" and not chain.lossy
        elif kind == "dbcs":
            assert chain.wrong in _SINGLE and chain.right in _DBCS
        elif kind == "single":
            assert chain.wrong in _SINGLE and chain.right not in _DBCS | {"utf_8"}
        elif kind == "cross":
            assert chain.wrong in _DBCS and chain.right in _DBCS and not chain.lossy
    assert sum(_kind(c) is not None for c in CHAINS) > 50
