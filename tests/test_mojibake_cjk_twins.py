"""The twin-chain skip of the CJK stage (:class:`cjk_search._Twins`) is sound: where it says
two codecs act alike on some bytes, they do, and skipping a twin chain changes no repair."""

from __future__ import annotations

import codecs
import random

import pytest

from textfix.damage.mojibake import cjk_search as m


def _readings(data: bytes, codec: str) -> list[str | None]:
    """Every way :mod:`cjk_search` decodes ``data``: whole, and each prefix incrementally
    (finally or not), from every offset."""
    out: list[str | None] = []
    for start in range(len(data)):
        for end in range(start + 1, len(data) + 1):
            for final in (True, False):
                try:
                    out.append(codecs.getincrementaldecoder(codec)().decode(
                        data[start:end], final))
                except UnicodeDecodeError:
                    out.append(None)
    return out


@pytest.mark.parametrize("base,twin", m.TWIN_CODECS)
def test_bytes_without_differences_decode_alike(base: str, twin: str) -> None:
    differ = m._decode_differences(base)
    assert differ is m._decode_differences(twin)
    rng = random.Random(base)
    # Byte strings made of both codecs' characters and random high bytes.
    pool = [bytes((b,)) for b in range(0x20, 0x7F)] + [bytes((b,)) for b in range(0x80, 0x100)]
    for codec in (base, twin):
        for _ in range(400):
            ch = chr(rng.randrange(0x3000, 0xA000))
            try:
                pool.append(ch.encode(codec))
            except UnicodeEncodeError:
                pass
    checked = 0
    for _ in range(3000):
        data = b"".join(rng.choice(pool) for _ in range(rng.randrange(1, 5)))
        if differ.search(data):
            continue
        checked += 1
        assert _readings(data, base) == _readings(data, twin), (base, twin, data)
    assert checked > 300


def test_make_up_and_four_byte_forms_differ() -> None:
    """EUC-KR's make-up sequences and GB18030's four-byte characters are always flagged."""
    assert m._decode_differences("euc_kr").search(b"\xa4\xd4")
    assert m._decode_differences("gb18030").search(b"\x81\x30\x81\x30")


def test_replace_is_the_sloppy_encoding_without_latin1() -> None:
    rng = random.Random(8)
    for codec in (*m.LEGACY, *m.LATIN):
        for _ in range(500):
            s = "".join(chr(rng.choice((rng.randrange(0x20, 0x7F), rng.randrange(0x100, 0xD800),
                                        rng.randrange(0x3000, 0xA000)))) for _ in range(8))
            assert s.encode(codec, errors="replace") == s.encode(
                codec, errors="textfix-mojibake-sloppy")


@pytest.mark.parametrize("line", [
    "鍙戝睍", "·¢Õ¹", "ÇÑ±¹¾î", "伺服竟惠璶ō份", "縺ゅ≠", "¤Ï mstype ¤ò»ØÄê¤·¤Æいない",
    "ƒf?[ƒ^ƒx?[ƒXƒVƒXƒeƒ€", "翰 ?捞 促", "ªº¤å³¹", "中文ü中 Müller", "ﾃｽﾄ ¿¡¼­",
    "涓枃缃戦〉", "¹ú¼Ò·¢Õ¹", "¥Æ¥¹¥È", "°í°´ ¼¾ÅÍ", "ÅxÅ@¥»",
])
def test_twin_chains_give_the_same_candidates(line: str) -> None:
    """Wherever :class:`cjk_search._Twins` lets a chain stand for its twin, the two chains
    give the same candidates (bar the codec names) and the same quoted runs."""
    twins = m._Twins(line)
    compared = 0
    for chain in m.CHAINS:
        for other in m.CHAINS:
            if other == chain or not twins.tried(*chain, {other}):
                continue
            got = []
            for wrong, right in (chain, other):
                m._LOCAL.quoted = []
                found = m._candidates(line, wrong, right)
                got.append(([(c.start, c.end, c.after, c.gain, c.before_score, c.after_score)
                             for c in found], list(m._LOCAL.quoted)))
            assert got[0] == got[1], (chain, other)
            compared += 1
    assert compared > 0
