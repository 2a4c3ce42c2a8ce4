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
import threading
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Chain:
    """Text that was ``right`` bytes, decoded as ``wrong``."""

    wrong: str
    right: str
    #: Bytes were lost on the way (U+FFFD or dropped): see :mod:`.lossy`.
    lossy: bool = False

    @property
    def cross_cjk(self) -> bool:
        """A double-byte CJK code page read as another (Big5 as GBK, GBK as EUC-JP)."""
        return self.wrong in _DBCS and self.right in _DBCS

    @property
    def name(self) -> str:
        return f"{self.right} read as {self.wrong}" + (", bytes lost" if self.lossy else "")


#: A decoder that reads UTF-8 where the bytes form it and Latin-1 elsewhere (not a codec of
#: Python's: :func:`char_bytes` encodes for it).
UTF8_ELSE_LATIN1 = "utf-8-else-latin-1"


def _chains() -> tuple[Chain, ...]:
    utf8_readers = (
        # Western and other single-byte code pages (Windows, ISO, DOS consoles, Mac)
        "cp1252", "latin_1", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "iso8859_2",
        "iso8859_7", "koi8_r", "koi8_u", "mac_roman", "cp437", "cp850", "cp852", "cp866",
        # CJK double-byte code pages
        "gbk", "gb18030", "big5", "cp950", "shift_jis", "cp932", "euc_kr", "cp949", "euc_jp",
    )
    out = [Chain(w, "utf_8") for w in utf8_readers]
    # UTF-8 read as cp1252 by a decoder that replaced or dropped the five undefined bytes
    out.append(Chain("cp1252", "utf_8", lossy=True))
    # UTF-8 read as GBK by a decoder or console that wrote U+FFFD or ? for the pairs it could
    # not decode
    out.append(Chain("gbk", "utf_8", lossy=True))
    # the same through the Japanese and Korean Windows code pages
    out.append(Chain("cp932", "utf_8", lossy=True))
    out.append(Chain("cp949", "utf_8", lossy=True))
    # a vendor's CJK code page read with the standard it extends, its own characters lost
    for wrong, right in (("shift_jis", "cp932"), ("euc_kr", "cp949"), ("gb2312", "gbk"),
                         ("big5", "cp950")):
        out.append(Chain(wrong, right, lossy=True))
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
    # (Japanese stored as GBK and read as EUC-JP is not here: on clean EUC-JP pages the model
    # prefers some GBK readings of kanji and fullwidth marks; see the report of issue 16)
    for wrong, right in (("gbk", "big5"), ("big5", "gbk")):
        out.append(Chain(wrong, right))
    # GBK read byte by byte as UTF-8 where the bytes form it, else as Latin-1 or cp1252
    out.append(Chain(UTF8_ELSE_LATIN1, "gbk"))
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
    o = ord(ch)
    if ch == "\ufffd":
        return None  # a lost character stands for no bytes (GB18030 encodes U+FFFD itself)
    if codec == UTF8_ELSE_LATIN1:
        if o < 0x100:
            return bytes((o,))
        # a character of two or three UTF-8 bytes that GBK bytes can form; a CJK character
        # of the line is more likely text than such bytes
        from .model import script_of

        if o < 0x800 or (o < 0x10000 and script_of(ch) not in ("cjk", "cjkpunct", "space")):
            return ch.encode("utf-8")
        return None
    try:
        return ch.encode(codec)
    except UnicodeEncodeError:
        pass
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
    if chain.lossy:
        if chain.right != "utf_8":
            return _lossy_vendor(line, chain.wrong)
        return _lossy(line) if chain.wrong == "cp1252" else _lossy_dbcs(line, chain.wrong)
    single = chain.wrong in _SINGLE and chain.right not in _DBCS and chain.right != "utf_8"
    if single:
        return _single(line, chain)
    multi = chain.wrong in _SINGLE
    island = (_ISLAND_DBCS if chain.right in _DBCS else _ISLAND_MULTI) if multi else (
        _ISLAND_DBCS if chain.right in _DBCS else _ISLAND)
    found = island.findall(line)
    if not found:
        return out
    if multi:
        # in bulk first: a single-byte reading any of whose islands fails to decode is
        # refused for the line anyway (see segment.choices), so it is not aligned
        joined = " ".join(found)
        try:
            if joined.encode(wrong).decode(chain.right).isascii():
                return out
        except UnicodeEncodeError:
            pass  # a character to undo sloppily: the slow path below
        except UnicodeDecodeError:
            return [(m.start(), m.end(), "\ufffd") for m in island.finditer(line)][:1]
    for m in island.finditer(line):
        for i, n, raw in _encodable(line, m.start(), m.end(), wrong):
            if raw.isascii():
                continue
            if not _worth_aligning(raw.decode(chain.right, "replace")):
                if multi:  # garble this chain cannot read: say so (see segment._runs)
                    out.append((i, n, "\ufffd"))
                continue
            ends: dict[int, int] = {}  # byte offset after a character -> that character's end
            size = 0
            for j in range(i, n):
                size += len(char_bytes(line[j], wrong) or b"")
                ends[size] = j + 1
            _align(line, i, raw, ends, chain.right, out)
    return out


_MARKS: list[tuple[int, int]] = []
_SLOPPY: list[bool] = []  # non-empty while a single-byte code page encodes (under the lock)
_MARK_LOCK = threading.Lock()


def _mark(err: UnicodeError) -> tuple[bytes, int]:
    """Encode C1 controls as their byte in a single-byte code page (a lenient decoder kept
    an undefined byte so); mark any other character that cannot be encoded by a NUL byte
    and note where it was (see :func:`_encodable`)."""
    if not isinstance(err, UnicodeEncodeError):
        raise err
    out = bytearray()
    for k in range(err.start, err.end):
        c = err.object[k]
        if _SLOPPY and "\x80" <= c <= "\x9f":
            out.append(ord(c))
        else:
            _MARKS.append((k, k + 1))
            out.append(0)
    return bytes(out), err.end


codecs.register_error("textfix-mark", _mark)


def _encodable(line: str, i: int, n: int, wrong: str) -> list[tuple[int, int, bytes]]:
    """The stretches of ``line[i:n]`` that ``wrong`` encodes, with their bytes: one bulk
    encoding, split where a character could not be encoded (lines hold no NUL)."""
    out: list[tuple[int, int, bytes]] = []
    k = line.find("\ufffd", i, n)
    if k >= 0:  # a lost character stands for no bytes (GB18030 would encode U+FFFD itself)
        return [*(_encodable(line, i, k, wrong) if k > i else []),
                *(_encodable(line, k + 1, n, wrong) if k + 1 < n else [])]
    if wrong == UTF8_ELSE_LATIN1:
        j = i
        while j < n:
            while j < n and char_bytes(line[j], wrong) is None:
                j += 1
            k = j
            while k < n and char_bytes(line[k], wrong) is not None:
                k += 1
            if k > j:
                out.append((j, k, b"".join(char_bytes(c, wrong) or b"" for c in line[j:k])))
            j = k
        return out
    with _MARK_LOCK:
        _MARKS.clear()
        if wrong in _SINGLE:
            _SLOPPY.append(True)
        try:
            raw = line[i:n].encode(wrong, "textfix-mark")
        finally:
            _SLOPPY.clear()
        marks = list(_MARKS)
    if not marks:
        return [(i, n, raw)]
    pieces = raw.split(b"\x00")
    pos = i
    for piece, (a, b) in zip(pieces, marks):
        if piece:
            out.append((pos, i + a, piece))
        pos = i + b
    if pieces[-1]:
        out.append((pos, n, pieces[-1]))
    return out


#: Where a lossy run can be: two or more non-ASCII characters in a row, U+FFFD among them or
#: not (a dropped byte leaves no mark), with a space where a no-break space was.
_ISLAND_LOSSY = re.compile("[^\x00-\x7f](?:[^\x00-\x7f]| (?=[^\x00-\x7f]))+")


def _lossy(line: str) -> list[tuple[int, int, str]]:
    """Cells of UTF-8 read as cp1252 with bytes lost: an island whose strict reading fails is
    rebuilt by :func:`.lossy.infer`; its reading carries the cost of the inferred bytes in
    :data:`LOSSY_COST` (by cell), so the decision can charge it."""
    from .lossy import infer
    from .model import model

    out: list[tuple[int, int, str]] = []
    m = model()
    LOSSY_COST.clear()  # one line at a time
    lost = False
    for mt in _ISLAND_LOSSY.finditer(line):
        i, n = mt.start(), mt.end()
        island = line[i:n].rstrip(" ")
        n = i + len(island)
        got = infer(island, m, line[i - 1] if i else "", line[n] if n < len(line) else "")
        if got is None:
            continue  # not such a run
        reading, cost, inferred = got
        lost = lost or bool(inferred)
        if reading != island:
            LOSSY_COST[(line, i)] = (cost, inferred)
            out.append((i, n, reading))
    return out if lost else []  # nothing lost in the line: the strict chain reads it


#: Where a lossy double-byte run can be: non-ASCII characters, with the ``?`` a console wrote
#: for a pair it could not decode among or after them.
_ISLAND_LOSSY_DBCS = re.compile("[^\x00-\x7f](?:[^\x00-\x7f]|\\?)+")


def _lossy_dbcs(line: str, wrong: str) -> list[tuple[int, int, str]]:
    """Cells of UTF-8 read as the double-byte code page ``wrong`` with pairs lost (``�`` or
    ``?``): each island holding a loss mark is rebuilt by :func:`.lossy.infer_dbcs`, its cost
    and inferred characters kept in :data:`LOSSY_COST` as for :func:`_lossy`."""
    from .lossy import infer_dbcs
    from .model import model

    out: list[tuple[int, int, str]] = []
    m = model()
    LOSSY_COST.clear()
    lost = False
    for mt in _ISLAND_LOSSY_DBCS.finditer(line):
        i, n = mt.start(), mt.end()
        island = mt.group()
        # the line before the island as this chain reads it (a bracket opened there)
        before, pos = [], 0
        for a, b, reading in out:
            before += [line[pos:a], reading]
            pos = b
        got = infer_dbcs(island, m, "".join([*before, line[pos:i]]),
                         line[n] if n < len(line) else "", wrong)
        if got is None:
            continue
        reading, cost, inferred = got
        lost = lost or bool(inferred)
        if reading != island:
            LOSSY_COST[(line, i)] = (cost, inferred)
            out.append((i, n, reading))
    return out if lost else []


def _lossy_vendor(line: str, std: str) -> list[tuple[int, int, str]]:
    """Cells of a vendor's code page read as the standard ``std`` (:func:`.lossy.infer_vendor`),
    their costs and inferred characters kept in :data:`LOSSY_COST` as for :func:`_lossy`."""
    if "\ufffd" not in line:
        return []
    from .lossy import infer_vendor
    from .model import model

    LOSSY_COST.clear()
    out: list[tuple[int, int, str]] = []
    for i, n, reading, cost, inferred in infer_vendor(line, std, model()):
        LOSSY_COST[(line, i)] = (cost, inferred)
        out.append((i, n, reading))
    return out


#: The cost and inferred characters of the last lossy cells, by (line, start).
LOSSY_COST: dict[tuple[str, int], tuple[float, list]] = {}


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
