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
from bisect import bisect_right
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


@dataclass(frozen=True, slots=True)
class Layered:
    """Two wrong readings in a row: text damaged by ``inner`` (UTF-8 read as GBK), whose
    characters were then written as ``outer.right`` bytes and read as ``outer.wrong`` (that
    garble saved as UTF-8 and read as cp1252). Undone outer layer first; the reading in
    between need not be text (a lenient decoder's kept byte is a C1 control there), so the
    two are decided as one reading of the line (see :func:`.segment.choices`)."""

    inner: Chain
    outer: Chain

    @property
    def wrong(self) -> str:
        return self.outer.wrong

    @property
    def right(self) -> str:
        return self.inner.right

    @property
    def lossy(self) -> bool:
        return self.inner.lossy or self.outer.lossy

    @property
    def cross_cjk(self) -> bool:
        return False

    @property
    def name(self) -> str:
        return f"{self.inner.name}, then {self.outer.name}"


#: A decoder that reads UTF-8 where the bytes form it and Latin-1 elsewhere (not a codec of
#: Python's: :func:`char_bytes` encodes for it).
UTF8_ELSE_LATIN1 = "utf-8-else-latin-1"
#: ISO-2022-JP: the right reading of ASCII text whose ESC bytes were stripped.
ISO2022_JP = "iso2022_jp"
#: The byte-level alphabet of GPT-2's tokenizer (and many after it): each byte is shown as one
#: character, printable Latin-1 bytes as themselves and the others (controls, space, 0x7F-0xA0,
#: 0xAD) as U+0100 onwards, in byte order. Debug output of language models shows UTF-8 text so
#: (``ä¸įä¼ļ`` for 不会). Not a codec of Python's: :func:`char_bytes` encodes for it.
GPT2_BYTES = "gpt2-byte-level"


@lru_cache(maxsize=1)
def _gpt2_table() -> dict[str, int]:
    shown = [*range(0x21, 0x7F), *range(0xA1, 0xAD), *range(0xAE, 0x100)]
    table = {chr(b): b for b in shown}
    extra = 0
    for b in range(256):
        if b not in table.values():
            table[chr(0x100 + extra)] = b
            extra += 1
    return table


def _chains() -> tuple[Chain, ...]:
    utf8_readers = (
        # Western and other single-byte code pages (Windows, ISO, DOS consoles, Mac)
        "cp1252", "latin_1", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257", "iso8859_2",
        "iso8859_7", "koi8_r", "koi8_u", "mac_roman", "cp437", "cp850", "cp852", "cp866",
        # ISO-8859-15 (ä becomes Ã€): seldom the reader, and it reads cp1252's garble of a
        # quotation mark (â€œ) as the symbol ⤽; a rare chain, with its prior (see RARE)
        "iso8859_15",
        # a tokenizer's byte display
        GPT2_BYTES,
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
    # Shift_JIS read as cp1252 with the five bytes cp1252 leaves undefined dropped (a viewer
    # shows them as nothing): its punctuation's lead byte 0x81 and some frequent kanji's; a
    # refinement of the strict reading above
    out.append(Chain("cp1252", "cp932", lossy=True))
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
    # prefers some GBK readings of kanji and fullwidth marks, line by line; it is decided per
    # document by .cross)
    for wrong, right in (("gbk", "big5"), ("big5", "gbk")):
        out.append(Chain(wrong, right))
    # GBK read byte by byte as UTF-8 where the bytes form it, else as Latin-1 or cp1252
    out.append(Chain(UTF8_ELSE_LATIN1, "gbk"))
    # ASCII text read as UTF-16 (楶湡 for "vian"), found by the structure of its runs
    # (see .utf16: kana, whose UTF-16 bytes are ASCII pairs ending in "0", are not such runs)
    from .utf16 import ORDERS

    out.extend(Chain(order, "ascii") for order in ORDERS)
    # ISO-2022-JP whose ESC bytes a filter stripped, left as ASCII (see .lossy.infer_escapes)
    out.append(Chain("ascii", ISO2022_JP, lossy=True))
    return tuple(out)


#: Every chain tried on a suspicious line.
CHAINS: tuple[Chain, ...] = _chains()

_SINGLE = frozenset(("cp1252", "latin_1", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257",
                     "iso8859_2", "iso8859_7", "koi8_r", "koi8_u", "mac_roman", "cp437",
                     "cp850", "cp852", "cp866", "iso8859_15"))
#: Code pages seldom seen doing the damage their chains undo, whose readings of common
#: garble are plausible symbols (ISO-8859-15 reads cp1252's ``â€œ`` as ``⤽``): their chains
#: carry a higher prior cost (:func:`.segment.prior`).
RARE = frozenset(("iso8859_15",))


@lru_cache(maxsize=1 << 16)
def char_bytes(ch: str, codec: str, sloppy: int = 0) -> bytes | None:
    """The bytes ``codec`` decoded into ``ch``, or None. A Windows code page's undefined byte
    that a lenient decoder kept as the C1 control of the same value is undone too; with
    ``sloppy``, so is a double-byte code page's byte kept as its Latin-1 character (see
    :func:`_sloppy_top`); ``sloppy=KEPT`` takes a Latin-1 character for such a byte even where
    the code page has a pair for it (the line shows that its decoder kept bytes)."""
    o = ord(ch)
    if ch == "\ufffd":
        return None  # a lost character stands for no bytes (GB18030 encodes U+FFFD itself)
    if codec == GPT2_BYTES:
        b = _gpt2_table().get(ch) if o >= 0x80 else (o if ch != " " else None)
        return None if b is None else bytes((b,))
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
        raw = ch.encode(codec)
        if not (sloppy and o <= 0xFF and codec in _DBCS
                and (sloppy == KEPT or (raw[:1] == b"\x8f" and codec == "euc_jp"))):
            return raw
        # EUC-JP writes a few Latin-1 signs in three bytes of JIS X 0212, which text seldom
        # holds; a lenient decoder's kept byte is the likelier source
    except UnicodeEncodeError:
        pass
    if 0x80 <= o <= _sloppy_top(codec, sloppy):
        return bytes((o,))
    return None


def _sloppy_top(codec: str, sloppy: int) -> int:
    """The highest character a lenient decoder of ``codec`` keeps for a byte it cannot map
    (the character of the same value): the C1 controls of a Windows code page's undefined
    bytes; any Latin-1 character for a double-byte code page (a lead or trail byte that
    forms no pair, kept as its Latin-1 reading, as ftfy's sloppy codecs and many tools do),
    asked only where UTF-8 is the right reading (``sloppy``): valid UTF-8 is the evidence that
    the bytes were kept, where a double-byte reading of them would be anything."""
    if codec in _SINGLE:
        return 0x9F
    if codec in _DBCS and sloppy:
        return 0xFF
    return 0


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


def _reading_score(line: str, found: list[tuple[int, int, str]]) -> float:
    """The model's log likelihood of ``line`` with its decodable cells read."""
    from .model import model

    parts = []
    pos = 0
    for a, b, reading in found:
        parts.append(line[pos:a])
        parts.append(line[a:b] if "\ufffd" in reading else reading)
        pos = b
    parts.append(line[pos:])
    return model().score("".join(parts))


def cells(line: str, chain: Chain, nbsp: bool | None = None, kept: bool | None = None,
          marks: bool | None = None) -> list[tuple[int, int, str]]:
    """The stretches ``(start, end, reading)`` of ``line`` that ``chain`` reads differently,
    in order; a reading holding U+FFFD could not be decoded. Time: the line's non-ASCII
    characters (ASCII is skipped by a regular expression). Where UTF-8 is read from a
    double-byte code page's garble, a line with Latin-1 characters is read both with every
    one a byte the decoder kept and with the code page's own pairs for those it has (``§`` is
    GBK ``A1EC`` or a kept ``A7``); the likelier reading is kept (``kept`` chooses one)."""
    out: list[tuple[int, int, str]] = []
    wrong = chain.wrong
    if chain.right == "ascii":
        from . import utf16

        return utf16.cells(line, wrong)
    if chain.lossy:
        if chain.right == ISO2022_JP:
            return _escapeless(line)
        if chain.wrong == "cp1252" and chain.right in _DBCS:
            return _dropped(line, chain.right)
        if chain.right != "utf_8":
            return _lossy_vendor(line, chain.wrong)
        return _lossy(line) if chain.wrong == "cp1252" else _lossy_dbcs(line, chain.wrong)
    single = chain.wrong in _SINGLE and chain.right not in _DBCS and chain.right != "utf_8"
    if single:
        return _single(line, chain)
    multi = chain.wrong in _SINGLE or chain.wrong == GPT2_BYTES
    sloppy = (0 if chain.right != "utf_8" or chain.wrong not in _DBCS
              else KEPT if _C1.search(line) else 1)
    if sloppy and kept is None and _LATIN1.search(line):
        every = cells(line, chain, nbsp, kept=True)
        pairs = cells(line, chain, nbsp, kept=False)
        both = (every, pairs) if sloppy == KEPT else (pairs, every)  # ties: as before
        if every == pairs:
            return both[0]  # one reading: nothing to weigh (max would return the first)
        return max(both, key=lambda found: _reading_score(line, found))
    if kept is not None:
        sloppy = KEPT if kept else 1
    island = (_ISLAND_DBCS if chain.right in _DBCS else _ISLAND_MULTI) if multi else (
        _ISLAND_DBCS if chain.right in _DBCS else _ISLAND)
    if multi and chain.right in _DBCS and marks is None and _EDGE_MARK.search(line):
        # a quotation mark or dash at the edge of the garble may be the writer's own (“ before
        # GBK read as cp1250) or a byte of it (cp1252's “ is the lead byte 0x93): both
        # readings, the likelier kept
        plain = cells(line, chain, nbsp, kept, marks=False)
        bare = cells(line, chain, nbsp, kept, marks=True)
        return max((plain, bare), key=lambda found: _reading_score(line, found))
    if marks:
        line = text_marks(line)
    if multi and chain.right in _DBCS and nbsp is None and _INNER_SPACE.search(line):
        # a space inside the garble may have been a no-break space (0xA0; Mac Roman 0xCA),
        # the lead or trail byte of a character: both readings, the likelier kept
        plain = cells(line, chain, nbsp=False, kept=kept, marks=marks)
        spaced = cells(line, chain, nbsp=True, kept=kept, marks=marks)
        if plain == spaced:
            return plain  # one reading: nothing to weigh (max would return the first)
        return max((plain, spaced), key=lambda found: _reading_score(line, found))
    if nbsp:
        line = _INNER_SPACE.sub("\xa0", line)
    found = island.findall(line)
    if not found:
        return out
    if multi and wrong != GPT2_BYTES:
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
        for i, n, raw in _encodable(line, m.start(), m.end(), wrong, sloppy):
            if raw.isascii():
                continue
            if not _worth_aligning(raw.decode(chain.right, "replace")):
                if multi:  # garble this chain cannot read: say so (see segment._runs)
                    out.append((i, n, "\ufffd"))
                continue
            ends: dict[int, int] = {}  # byte offset after a character -> that character's end
            size = 0
            for j in range(i, n):
                size += len(char_bytes(line[j], wrong, sloppy) or b"")
                ends[size] = j + 1
            _align(line, i, raw, ends, chain.right, out)
    if wrong == UTF8_ELSE_LATIN1 and _LATIN1.search(line):
        out = _else_latin1_again(line, island, out, chain.right)
    return out


class _Pairs:
    """The characters a double-byte code page reads from two bytes, decoded when first asked
    (a full table of a code page takes a third of a second to build; a line asks for a few
    dozen pairs): ``get((lead, trail))`` is the character or None."""

    __slots__ = ("codec", "known", "memo")

    def __init__(self, codec: str, known: object) -> None:
        self.codec = codec
        self.known = known
        self.memo: dict[tuple[int, int], str | None] = {}

    def get(self, pair: tuple[int, int]) -> str | None:
        try:
            return self.memo[pair]
        except KeyError:
            pass
        ch: str | None = None
        if pair[0] >= 0x80 and pair[1] >= 0x40:
            try:
                ch = bytes(pair).decode(self.codec)
            except UnicodeDecodeError:
                ch = None
            if ch is not None and (len(ch) != 1 or not self.known(ch)):  # type: ignore[operator]
                ch = None
        self.memo[pair] = ch
        return ch


@lru_cache(maxsize=None)
def dbcs_pairs(codec: str) -> tuple[dict[int, str], _Pairs]:
    """The characters ``codec`` (a double-byte code page) reads from one byte (ASCII,
    half-width kana) and from two: only characters text holds (no private use, no control)."""
    from .model import model

    m = model()
    one: dict[int, str] = {}
    for a in range(0x100):
        try:
            ch = bytes((a,)).decode(codec)
        except UnicodeDecodeError:
            continue
        if len(ch) == 1 and (a < 0x80 or m.known(ch)) and (a >= 0x20 or ch == "\t"):
            one[a] = ch
    return one, _Pairs(codec, m.known)


def _else_latin1_options(ch: str, between: bool = False) -> tuple[bytes | None, ...]:
    """The bytes a UTF-8-else-Latin-1 decoder read as ``ch`` (None: the character kept as
    the text's own): a Latin-1 character is its byte, or the two-byte UTF-8 sequence of it
    (``C2 A1`` is ``¡`` too, and in GBK ``C2`` is a lead byte: 新 is ``D0 C2``, and
    ``D0 C2 A1 B1`` (新”) is read ``Ð¡±``); a CJK character is text, or, ``between`` two
    Latin-1 characters, the three UTF-8 bytes it is (:func:`_else_latin1_path`)."""
    b = char_bytes(ch, UTF8_ELSE_LATIN1)
    if b is None:
        if between and "\u3000" <= ch <= "\uffff":
            return (None, ch.encode("utf-8"))  # text as it stands, or three bytes read so
        return (None,)
    if "\xa0" <= ch <= "\xff":  # not a C1 control: a display shows none it decoded
        return (b, ch.encode("utf-8"))
    return (b,)


#: Non-ASCII characters an island needs before :func:`_else_latin1_again` weighs its other
#: readings: two double-byte characters' worth (an accented word of Western text has one or
#: two). On the 116 clean texts of tests/data/clean the path is computed 12 times instead of
#: 948 (0.015 s of CPU instead of 0.33 s under a profiler), and no test changes.
GARBLE_RUN = 4
_NON_ASCII = re.compile("[^\x00-\x7f]")

#: Paths kept at each character of :func:`_else_latin1_path` (the likeliest states). Any
#: beam from 4 to 32 gives the same readings of the tests' sentences, of the real pages' GBK
#: lines read so and of the generated CJK set (330 of 344 through the pipeline).
PATH_BEAM = 16


def _else_latin1_path(text: str, right: str, prev: str, following: str
                      ) -> list[tuple[int, int, str]] | None:
    """The cells of ``text`` (``right`` bytes read as UTF-8 where they form it, else as
    Latin-1) on the likeliest reading when each character may be any of its byte strings
    (:func:`_else_latin1_options`), or None where no reading decodes it all. Dynamic
    programming over the characters: the state is the lead byte left open and the last
    character written (the model is a bigram model); time linear in the text."""
    from .model import model

    m = model()
    one, two = dbcs_pairs(right)
    # state (open lead byte or -1, last character) -> (score, back state, index, written)
    layers: list[dict[tuple[int, str], tuple[float, tuple[int, str] | None, str]]] = [
        {(-1, prev): (0.0, None, "")}]
    for k, ch in enumerate(text):
        # a CJK character between two Latin-1 ones: three bytes that formed UTF-8 by chance
        # (五部 CE E5 B2 BF shows as Î岿); beside other CJK text it is text
        between = 0 < k < len(text) - 1 and all(
            "\xa0" <= c <= "\xff" for c in (text[k - 1], text[k + 1]))
        options = _else_latin1_options(ch, between)
        nxt: dict[tuple[int, str], tuple[float, tuple[int, str] | None, str]] = {}
        states = layers[-1]
        if len(states) > PATH_BEAM:
            top = sorted(states, key=lambda s: -states[s][0])[:PATH_BEAM]
            states = {s: states[s] for s in top}
        for state, (score, _, _) in states.items():
            for raw in options:
                lead, last = state
                if raw is None:  # the character kept as it stands: no byte pending
                    if lead < 0:
                        v = score + m.logp(last, ch)
                        if (-1, ch) not in nxt or v > nxt[(-1, ch)][0]:
                            nxt[(-1, ch)] = (v, state, ch)
                    continue
                v = score
                written = []
                ok = True
                for byte in raw:
                    if lead < 0:
                        if byte in one and byte < 0x80:
                            c = one[byte]
                        elif 0x81 <= byte <= 0xFE:
                            lead = byte
                            continue
                        else:
                            ok = False
                            break
                    else:
                        c = two.get((lead, byte))
                        lead = -1
                        if c is None:
                            ok = False
                            break
                    v += m.logp(last, c)
                    written.append(c)
                    last = c
                if not ok:
                    continue
                key = (lead, last)
                if key not in nxt or v > nxt[key][0]:
                    nxt[key] = (v, state, "".join(written))
        if not nxt:
            return None
        layers.append(nxt)
    end = {s: v for s, v in layers[-1].items() if s[0] < 0}
    if not end:
        return None
    state = max(end, key=lambda s: end[s][0] + (m.logp(s[1], following) if following else 0.0))
    written_by: list[str] = []
    for k in range(len(text), 0, -1):
        _, back, w = layers[k][state]
        written_by.append(w)
        state = back  # type: ignore[assignment]
    written_by.reverse()
    # cells: the stretches between the points where no lead byte is open
    cells: list[tuple[int, int, str]] = []
    start, reading = 0, []
    # the open lead byte after each character, from the path
    state_after: list[int] = []
    st = max(end, key=lambda s: end[s][0] + (m.logp(s[1], following) if following else 0.0))
    for k in range(len(text), 0, -1):
        state_after.append(st[0])
        st = layers[k][st][1]  # type: ignore[assignment]
    state_after.reverse()
    for k, w in enumerate(written_by):
        reading.append(w)
        if state_after[k] < 0:
            new = "".join(reading)
            if new != text[start : k + 1]:
                cells.append((start, k + 1, new))
            start, reading = k + 1, []
    return cells


def _else_latin1_again(line: str, island: re.Pattern[str], out: list[tuple[int, int, str]],
                       right: str) -> list[tuple[int, int, str]]:
    """``out`` with each island that holds a Latin-1 character read again by
    :func:`_else_latin1_path` (the character may have been two UTF-8 bytes), where that reads
    the whole island; an island it cannot read keeps its plain cells."""
    new = list(out)
    for mt in island.finditer(line):
        s, e = mt.start(), mt.end()
        if not _LATIN1.search(line, s, e) or len(_NON_ASCII.findall(line, s, e)) < GARBLE_RUN:
            continue  # a word with an accent or two: no double-byte text to weigh
        path = _else_latin1_path(line[s:e], right, line[s - 1] if s else "",
                                 line[e] if e < len(line) else "")
        if path is not None:
            new = [c for c in new if not s <= c[0] < e] + [(s + a, s + b, r) for a, b, r in path]
    return sorted(new)


#: A typographic quotation mark, dash, ellipsis or bullet touching ASCII text or the line's
#: edge on one side: the writer's own mark around a garbled word, or the first or last byte of
#: the garble (see :func:`cells`).
_EDGE_MARK = re.compile("(?:(?<=[\x00-\x7f])|^)[\u2018-\u201e\u2013\u2014\u2022\u2026]"
                        "|[\u2018-\u201e\u2013\u2014\u2022\u2026](?=[\x00-\x7f]|$)")
#: The ASCII mark that stands in for each of them (one character for one: offsets keep).
_STAND_IN = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"',
             "–": "-", "—": "-", "•": "*", "…": "."}


def text_marks(line: str) -> str:
    """``line`` with the marks of :data:`_EDGE_MARK` read as the writer's text: each replaced
    by an ASCII stand-in of one character (no double-byte code page's trail byte), so that a
    double-byte reading starts or ends beside it."""
    return _EDGE_MARK.sub(lambda m: _STAND_IN[m.group()], line)


#: A plain space between two non-ASCII characters: a no-break space of a single-byte code page
#: (the lead or trail byte of a double-byte character) that copying made a space.
_INNER_SPACE = re.compile("(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])")


_MARKS: list[tuple[int, int]] = []
_SLOPPY: list[int] = []  # the sloppy range's top while a code page encodes (under the lock)
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
        if _SLOPPY and 0x80 <= ord(c) <= _SLOPPY[0]:
            out.append(ord(c))
        else:
            _MARKS.append((k, k + 1))
            out.append(0)
    return bytes(out), err.end


codecs.register_error("textfix-mark", _mark)


_LATIN1 = re.compile("[\u00a0-\u00ff]")
#: A C1 control: no strict decoder of a double-byte code page writes one, so a line holding
#: one was read by a lenient decoder that kept the bytes it could not pair.
_C1 = re.compile("[\u0080-\u009f]")
#: ``sloppy`` level of :func:`char_bytes`: every Latin-1 character is a kept byte.
KEPT = 2


def _encodable(line: str, i: int, n: int, wrong: str, sloppy: int = 0
               ) -> list[tuple[int, int, bytes]]:
    """The stretches of ``line[i:n]`` that ``wrong`` encodes, with their bytes: one bulk
    encoding, split where a character could not be encoded (lines hold no NUL)."""
    out: list[tuple[int, int, bytes]] = []
    k = line.find("\ufffd", i, n)
    if k >= 0:  # a lost character stands for no bytes (GB18030 would encode U+FFFD itself)
        return [*(_encodable(line, i, k, wrong, sloppy) if k > i else []),
                *(_encodable(line, k + 1, n, wrong, sloppy) if k + 1 < n else [])]
    if wrong in (UTF8_ELSE_LATIN1, GPT2_BYTES) or (
            (sloppy == KEPT or (sloppy and wrong == "euc_jp")) and _LATIN1.search(line, i, n)):
        j = i
        while j < n:
            while j < n and char_bytes(line[j], wrong, sloppy) is None:
                j += 1
            k = j
            while k < n and char_bytes(line[k], wrong, sloppy) is not None:
                k += 1
            if k > j:
                out.append((j, k, b"".join(char_bytes(c, wrong, sloppy) or b""
                                           for c in line[j:k])))
            j = k
        return out
    with _MARK_LOCK:
        _MARKS.clear()
        if _sloppy_top(wrong, sloppy):
            _SLOPPY.append(_sloppy_top(wrong, sloppy))
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
#: not (a dropped byte leaves no mark), with a space where a no-break space was and an ASCII
#: quote where a copy straightened a curly one (see :data:`.lossy.STRAIGHTENED`).
_ISLAND_LOSSY = re.compile("[^\x00-\x7f](?:[^\x00-\x7f]|[ \"'](?=[^\x00-\x7f]))+")


#: The writer's quotes: where an island read whole fails, its parts between them are read.
_QUOTE = re.compile("[\"']")


def _lossy_islands(line: str, m: object) -> list[tuple[int, int]]:
    """The islands of :func:`_lossy`: each of :data:`_ISLAND_LOSSY`, or, where it holds an
    ASCII quote and cannot be read whole (the quote is the writer's, not a straightened byte:
    ``说"ä½ å¥½"``), its parts between the quotes that are islands themselves."""
    from .lossy import infer

    out: list[tuple[int, int]] = []
    for mt in _ISLAND_LOSSY.finditer(line):
        i, n = mt.start(), mt.end()
        if not _QUOTE.search(line, i, n):
            out.append((i, n))
            continue
        island = line[i:n].rstrip(" ")
        end = i + len(island)
        if infer(island, m, line[i - 1] if i else "", line[end] if end < len(line) else "",
                 "\xa0" not in line) is not None:
            out.append((i, n))
            continue
        pos = i
        for q in [*_QUOTE.finditer(line, i, n), None]:
            stop = q.start() if q is not None else n
            part = _ISLAND_LOSSY.fullmatch(line, pos, stop)
            if part is not None and not _QUOTE.search(line, pos, stop):
                out.append((pos, stop))
            pos = stop + 1
    return out


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
    for i, n in _lossy_islands(line, m):
        island = line[i:n].rstrip(" ")
        n = i + len(island)
        got = infer(island, m, line[i - 1] if i else "", line[n] if n < len(line) else "",
                    "\xa0" not in line)
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
    and inferred characters kept in :data:`LOSSY_COST` as for :func:`_lossy`. Where the line
    shows such a loss, the runs of mostly unmarked losses (a decoder that dropped pairs) are
    read too, and so is a character standing alone whose bytes start a UTF-8 character cut
    short (수 read as GBK with its last byte dropped: ``靾`` and a space): each by the same
    rule, rather than left as garble beside the repaired runs."""
    from .lossy import infer_dbcs
    from .model import model

    out: list[tuple[int, int, str]] = []
    m = model()
    LOSSY_COST.clear()
    lost = False
    unread: list[tuple[int, int]] = []
    for mt in _ISLAND_LOSSY_DBCS.finditer(line):
        got = _read_dbcs(line, mt.start(), mt.end(), out, wrong, m, False)
        if got is None:
            unread.append((mt.start(), mt.end()))
        else:
            lost = lost or bool(got)
    if not lost:
        return []
    if READ_SHARE * sum(1 for ch in line if ch >= "\x80") > sum(b - a for a, b, _ in out):
        return out  # the damage is not the line's: its other text is left as it is
    unread.extend((mt.start(), mt.end()) for mt in _LONE.finditer(line))
    for i, n in sorted(unread):
        if not any(a < n and i < b for a, b, _ in out):
            _read_dbcs(line, i, n, out, wrong, m, True)
    return out


def _read_dbcs(line: str, i: int, n: int, out: list[tuple[int, int, str]], wrong: str,
               m: object, damaged: bool) -> list | None:
    """Read ``line[i:n]`` by :func:`.lossy.infer_dbcs` after the cells ``out`` (kept in
    order); its cell is added to ``out`` and its inferred characters returned, or None when it
    is no such run. A run of mostly unmarked losses is read only in a line known ``damaged``,
    and then only where each loss has a candidate (no U+FFFD is left in such a run)."""
    from .lossy import infer_dbcs

    island = line[i:n]
    # the line before the island as this chain reads it (a bracket opened there)
    before, pos = [], 0
    for a, b, reading in out:
        if b > i:
            break
        before += [line[pos:a], reading]
        pos = b
    got = infer_dbcs(island, m, "".join([*before, line[pos:i]]),  # type: ignore[arg-type]
                     line[n] if n < len(line) else "", wrong, damaged)
    if got is None or (damaged and (not got[2] or "\ufffd" in got[0])):
        return None
    reading, cost, inferred = got
    if reading != island:
        LOSSY_COST[(line, i)] = (cost, inferred)
        out.append((i, n, reading))
        out.sort()
    return inferred


#: The share of a line's non-ASCII characters the marked or mostly whole runs must cover
#: before its runs of unmarked losses are read (see :func:`_lossy_dbcs`): the damage is then
#: the line's, not a run's chance reading (a clean line of half-width kana reads one run of
#: three of its 22 as cp932's reading of UTF-8 with a pair dropped). On the clean zh/ja/ko
#: lines of tests/data/clean read as GBK with undecodable pairs dropped (a /tmp script), 93
#: of 303 lines come back exact with any share from a third to four fifths (89 without this
#: reading), and the summed character error rate falls from 23.2 to 19.4 at a third, 19.6 at
#: a half, 20.9 at four fifths: a half, the middle.
READ_SHARE = 0.5
#: A non-ASCII character standing alone (ASCII or the line's ends on both sides).
_LONE = re.compile("(?<![^\x00-\x7f])[^\x00-\x7f](?![^\x00-\x7f])")


#: Where a double-byte run read as cp1252 can be: a non-ASCII character, then non-ASCII
#: characters and the ASCII ones a double-byte code page uses as trail bytes (0x40-0x7E); one
#: such ASCII character before it may be the trail byte of a dropped lead byte (新 is
#: ``90 56``: ``V``).
_ISLAND_DROPPED = re.compile("[\x40-\x7e]?[^\x00-\x7f][^\x00-\x3f]*")


#: Kana: what Japanese text holds, and what Shift_JIS keeps when cp1252 drops bytes (their
#: lead bytes 0x82 and 0x83 are defined in cp1252: ``‚`` and ``ƒ``, which Western text seldom
#: writes), so that a line is read for dropped bytes only where they show (see
#: :func:`_dropped`).
_KANA = re.compile("[\u3041-\u30ff]")


def _dropped(line: str, right: str) -> list[tuple[int, int, str]]:
    """Cells of ``right`` (a double-byte code page) read as cp1252 with the bytes cp1252
    leaves undefined dropped (:func:`.lossy.infer_dropped`), their costs and inferred
    characters kept in :data:`LOSSY_COST` as for :func:`_lossy`. A line whose runs the strict
    chain reads whole has lost nothing: the strict chain is the one that reads it."""
    from .lossy import infer_dropped
    from .model import model

    LOSSY_COST.clear()
    found = _ISLAND_DROPPED.findall(line)
    if not found:
        return []
    try:
        shown = " ".join(found).encode("cp1252").decode(right, "replace")
    except UnicodeError:
        return []  # a character cp1252 does not write: not such a line
    if len(_KANA.findall(shown)) < 2:
        return []  # the bytes read as no Japanese at all
    m = model()
    out: list[tuple[int, int, str]] = []
    lost = 0
    for mt in _ISLAND_DROPPED.finditer(line):
        i, n = mt.start(), mt.end()
        cells, k = infer_dropped(line[i:n], m, line[i - 1] if i else "",
                                 line[n] if n < len(line) else "", right)
        lost += k
        for a, b, reading, cost, inferred in cells:
            LOSSY_COST[(line, i + a)] = (cost, inferred)
            out.append((i + a, i + b, reading))
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


def _escapeless(line: str) -> list[tuple[int, int, str]]:
    """Cells of ISO-2022-JP whose ESC bytes were stripped (:func:`.lossy.infer_escapes`)."""
    if "$" not in line:
        return []
    from .lossy import infer_escapes

    return infer_escapes(line)


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
    """Cells of ``data`` (the bytes of ``line[start:]`` up to the island's end) read as
    ``right``. Where a byte sequence is invalid, the cell that holds its first byte reads
    U+FFFD up to the next character boundary of the line, and decoding starts again there: a
    run of mojibake beside clean text (whose bytes do not form ``right``) keeps its own
    cells instead of merging with the undecodable text."""
    new_decoder = codecs.getincrementaldecoder(right)
    dec = new_decoder("strict")
    bounds = sorted(ends)
    cell_char = start
    reading: list[str] = []
    k = 0
    n = len(data)
    while k < n:
        pending = len(dec.getstate()[0])
        try:
            piece = dec.decode(data[k : k + 1], final=k + 1 == n)
        except UnicodeDecodeError:
            first = k - pending  # the invalid sequence's first byte
            nxt = bounds[bisect_right(bounds, first)] if first < bounds[-1] else n
            end_char = ends.get(nxt, len(line))
            if reading:  # a cell that decoded up to a boundary the state did not allow
                pass
            out.append((cell_char, end_char, "\ufffd"))
            cell_char, reading, k = end_char, [], nxt
            dec = new_decoder("strict")
            continue
        if piece:
            reading.append(piece)
        k += 1
        end_char = ends.get(k)
        if end_char is not None and dec.getstate()[0] == b"":
            new = "".join(reading)
            if new != line[cell_char:end_char]:
                out.append((cell_char, end_char, new))
            cell_char = end_char
            reading = []
    if reading and cell_char < len(line):
        end_char = ends.get(n, cell_char)
        new = "".join(reading)
        if new != line[cell_char:end_char]:
            out.append((cell_char, end_char, new))
