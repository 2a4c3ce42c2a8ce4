"""The chains table: which wrong readings of bytes the mojibake stage knows how to undo.

A chain is a pair (*wrong*, *right*): the text's characters are encoded back to bytes with the
codec that wrongly decoded them, and those bytes are decoded with the right one. Nothing here
decides whether a reading is better: :mod:`.segment` scores every chain's reading with the
language model and keeps one.

:func:`cells` aligns a line with its reading under one chain: the right decoder is fed the
bytes one at a time, so each character it produces is known to come from a byte range, and
wherever that range starts and ends on the boundaries of the line's own characters the two
readings are in step. Between two such points lies a *cell*: a stretch of the line and the
stretch of the reading that replaces it. A cell the right decoder could not decode holds
U+FFFD and is never applied (a lost byte is not invented here).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Chain:
    """Text that was ``right`` bytes, decoded as ``wrong``."""

    wrong: str
    right: str

    @property
    def name(self) -> str:
        return f"{self.right} read as {self.wrong}"


def _chains() -> tuple[Chain, ...]:
    utf8_readers = (
        # Western and other single-byte code pages (Windows, ISO, DOS consoles, Mac)
        "cp1252", "latin_1", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "iso8859_2",
        "iso8859_7", "koi8_r", "koi8_u", "mac_roman", "cp437", "cp850", "cp852", "cp866",
        # CJK double-byte code pages
        "gbk", "gb18030", "big5", "cp950", "shift_jis", "cp932", "euc_kr", "cp949", "euc_jp",
    )
    out = [Chain(w, "utf_8") for w in utf8_readers]
    # legacy CJK bytes read through a single-byte code page: Latin-1 and cp1252 for every
    # one, and the consoles and code pages seen doing it (Central European Windows, DOS)
    for right in ("gbk", "big5", "shift_jis", "cp932", "euc_kr", "cp949", "euc_jp"):
        for wrong in ("latin_1", "cp1252"):
            out.append(Chain(wrong, right))
    for wrong, right in (("cp1250", "gbk"), ("mac_roman", "gbk"), ("cp437", "cp949"),
                         ("cp437", "gbk"), ("cp850", "shift_jis"), ("cp850", "cp932")):
        out.append(Chain(wrong, right))
    # legacy single-byte text read through another single-byte code page
    for wrong, right in (
        ("latin_1", "cp1251"), ("cp1252", "cp1251"), ("cp1252", "mac_roman"),
        ("mac_roman", "cp1252"), ("latin_1", "iso8859_7"), ("cp1252", "cp1253"),
        ("cp1252", "cp1256"), ("cp1252", "cp1255"), ("cp1250", "cp874"), ("latin_1", "cp874"),
        ("cp1251", "cp866"), ("koi8_r", "cp1251"), ("cp1252", "cp1250"), ("latin_1", "cp1250"),
        ("cp1252", "iso8859_2"), ("latin_1", "cp1257"),
    ):
        out.append(Chain(wrong, right))
    # CJK double-byte code pages read as one another
    for wrong, right in (("gbk", "big5"), ("big5", "gbk"), ("gbk", "euc_jp")):
        out.append(Chain(wrong, right))
    return tuple(out)


#: Every chain tried on a suspicious line.
CHAINS: tuple[Chain, ...] = _chains()

_SINGLE = frozenset(("cp1252", "latin_1", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257",
                     "iso8859_2", "iso8859_7", "koi8_r", "koi8_u", "mac_roman", "cp437",
                     "cp850", "cp852", "cp866"))


@lru_cache(maxsize=1 << 16)
def char_bytes(ch: str, codec: str) -> bytes | None:
    """The bytes ``codec`` decoded into ``ch``, or None. A Windows code page's undefined byte
    that a lenient decoder kept as the C1 control of the same value is undone too."""
    try:
        return ch.encode(codec)
    except UnicodeEncodeError:
        pass
    o = ord(ch)
    if codec in _SINGLE and 0x80 <= o <= 0x9F:
        return bytes((o,))
    return None


#: Decoded non-ASCII characters and undecodable bytes of an island's bulk decoding.
_VALID = re.compile("[^\x00-\x7f\ufffd]")
#: An island is aligned only when at most this many bytes fail per character decoded: bytes of
#: another encoding read as UTF-8 (or a double-byte code page) mostly fail, so a clean line is
#: dismissed by one bulk decode per chain instead of a byte-by-byte alignment.
FAILS_PER_CHAR = 4


def _worth_aligning(reading: str) -> bool:
    valid = len(_VALID.findall(reading))
    return valid > 0 and reading.count("\ufffd") <= FAILS_PER_CHAR * valid


#: Where a chain can read a line differently: runs of non-ASCII characters (ASCII bytes stand
#: for themselves in every code page here), with one ASCII character after a run where the
#: right codec is double-byte (its trail bytes include 0x40-0x7E).
_ISLAND = re.compile("[^\x00-\x7f]+")
#: A multi-byte character read byte by byte through a single-byte code page is two or more
#: non-ASCII characters in a row: for UTF-8 and double-byte readings only such runs are
#: islands (a lone ``é`` between ASCII letters is no multi-byte character's bytes).
_ISLAND_MULTI = re.compile("[^\x00-\x7f]{2,}")
_ISLAND_DBCS = re.compile("(?:[^\x00-\x7f][\x40-\x7e]?){2,}|[^\x00-\x7f][\x40-\x7e]")
_DBCS = frozenset(("gbk", "gb18030", "big5", "cp950", "shift_jis", "cp932", "euc_kr", "cp949",
                   "euc_jp"))


def cells(line: str, chain: Chain) -> list[tuple[int, int, str]]:
    """The stretches ``(start, end, reading)`` of ``line`` that ``chain`` reads differently,
    in order; a reading holding U+FFFD could not be decoded. Time: the line's non-ASCII
    characters (ASCII is skipped by a regular expression)."""
    out: list[tuple[int, int, str]] = []
    wrong = chain.wrong
    single = chain.wrong in _SINGLE and chain.right not in _DBCS and chain.right != "utf_8"
    if single:
        return _single(line, chain)
    multi = chain.wrong in _SINGLE
    island = (_ISLAND_DBCS if chain.right in _DBCS else _ISLAND_MULTI) if multi else (
        _ISLAND_DBCS if chain.right in _DBCS else _ISLAND)
    for m in island.finditer(line):
        i, n = m.start(), m.end()
        try:  # the common case, in bulk: the whole island encodes
            raw = line[i:n].encode(wrong)
        except UnicodeEncodeError:
            raw = b""
        if raw:
            if raw.isascii():
                continue
            if not _worth_aligning(raw.decode(chain.right, "replace")):
                if multi:  # garble this chain cannot read: say so (see segment._runs)
                    out.append((i, n, "\ufffd"))
                continue
        while i < n:
            if char_bytes(line[i], wrong) is None:
                i += 1
                continue
            j = i
            data = bytearray()
            ends: dict[int, int] = {}  # byte offset after a character -> that character's end
            while j < n:
                b = char_bytes(line[j], wrong)
                if b is None:
                    break
                data += b
                j += 1
                ends[len(data)] = j
            raw = bytes(data)
            if not raw.isascii() and _worth_aligning(raw.decode(chain.right, "replace")):
                _align(line, i, raw, ends, chain.right, out)
            i = j
    return out


def _single(line: str, chain: Chain) -> list[tuple[int, int, str]]:
    """Cells of a single-byte code page read as another: one character is one byte, so the
    reading is aligned position by position (in bulk)."""
    out: list[tuple[int, int, str]] = []
    for m in _ISLAND.finditer(line):
        i, n = m.start(), m.end()
        try:
            reading = line[i:n].encode(chain.wrong).decode(chain.right, "replace")
        except UnicodeEncodeError:
            reading = "".join(
                c if (b := char_bytes(c, chain.wrong)) is None else b.decode(chain.right,
                                                                               "replace")
                for c in line[i:n])
        k = 0
        while k < n - i:
            if reading[k] == line[i + k]:
                k += 1
                continue
            start = k
            while k < n - i and reading[k] != line[i + k]:
                k += 1
            out.append((i + start, i + k, reading[start:k]))
    return out


def _align(line: str, start: int, data: bytes, ends: dict[int, int], right: str,
           out: list[tuple[int, int, str]]) -> None:
    dec = codecs.getincrementaldecoder(right)("replace")
    cell_start_char = start
    cell_start_byte = 0
    reading: list[str] = []
    pos = 0
    for k in range(len(data)):
        piece = dec.decode(data[k : k + 1])
        if piece:
            reading.append(piece)
        pos = k + 1
        end_char = ends.get(pos)
        if end_char is not None and dec.getstate()[0] == b"":
            new = "".join(reading)
            old = line[cell_start_char:end_char]
            if new != old:
                out.append((cell_start_char, end_char, new))
            cell_start_char, cell_start_byte = end_char, pos
            reading = []
    tail = dec.decode(b"", final=True)
    if tail:
        reading.append(tail)
    if reading and cell_start_char < len(line):
        end_char = ends.get(len(data), cell_start_char)
        new = "".join(reading)
        if new != line[cell_start_char:end_char]:
            out.append((cell_start_char, end_char, new))
