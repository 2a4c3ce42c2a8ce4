"""The aligned byte search: which runs of a CJK line a wrong codec garbled, and their reading.

The older CJK stage (before the model stage of :mod:`textfix.damage.mojibake`). It undoes the
chains CJK pages suffer, each a pair (*wrong*, *right*): the text's characters are encoded
back to bytes with the codec that wrongly decoded them, and those bytes decoded with the right
one.

* UTF-8 read as GBK, GB18030, Big5, Shift_JIS, EUC-KR/CP949 or EUC-JP (``鍙戝睍``, ``縺ゅ≠``);
* GBK, GB18030, Big5, Shift_JIS, EUC-JP or EUC-KR bytes read as Latin-1 or cp1252
  (``·¢Õ¹``, ``ÇÑ±¹¾î``), including the bytes cp1252 leaves undefined;
* Big5 read as GBK, and GBK read as Big5;
* two layers of these (ftfy's stage peels a Western layer first; the engine's next pass reads
  a second layer);
* bytes the wrong decoder could not map, kept as Latin-1 characters by a "sloppy" decoder.

The work is byte-level and aligned: the wrong codec's characters and the right codec's
characters are matched at the byte offsets where both have a boundary, so a repair replaces
exactly the damaged run and ASCII between runs is never touched. A candidate is accepted only
with evidence: it decodes cleanly and scores as far more plausible text
(:mod:`textfix.plausibility`) than the run it replaces. Accented Western words (``Müller``,
``São Paulo``) fail that test; so do runs whose repair already stands beside them in the same
line (an article *quoting* mojibake next to its meaning).

Speed: the cheap signatures of :mod:`.cjk_gate` pick the lines that show CJK mojibake; clean
text never reaches the byte-level work. The search of a line is memoised with the
questions it asked about the document (:func:`_memoised`): the engine's later passes and the
Western stage's questions about the same lines are not searched again. Lines are never added
or removed.

Why it still exists beside the model stage, which runs first and whose rule
(:func:`textfix.damage.mojibake.accepts`) every repair here must also pass: its own evidence
(plausibility and context scores, the twin and cross chains) still finds readings the model
stage leaves. Measured at fb6e3be with this stage left out of ``ORDER``
(everything else as shipped):

* the generated CJK set (``tests/cases/mojibake/generated.json``, 344 recoverable cases with
  spin, width and boilerplate off): 330 exact with it, 311 without (UTF-8 read as GB18030,
  CP949, EUC-KR or Big5; Big5 read as GBK; GBK, GB18030, Big5, EUC-KR and CP949 bytes read as
  Latin-1 or cp1252; two layers);
* the real-text corpus (``eval/real.py``): no figure changes; it repairs no record there, and
  reports lost bytes (``M103``, a repair that would leave garble in the line) on four;
* ftfy's cases (``../shared/conformance/ftfy``): 125 of 161 either way (one ``M103`` report).

The Western stage (:mod:`.western`) asks it for the CJK readings ftfy's reading competes
with (``western._choose``); without that competition the generated set has 329 exact, not 330.
"""

from __future__ import annotations

import codecs
import re
import threading
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from operator import itemgetter
from typing import TypeVar

from ...charclass import LineIndex, lazy
from ...codes import Code
from ...models import Finding
from ...plan import Edit, apply_edits, changed_span
from ...plausibility import (
    CJK_PUNCT,
    CYRILLIC,
    GREEK,
    HAN,
    HANGUL,
    KANA,
    kind,
    tables,
    word_score,
    word_tables,
)
from ..base import Context, Outcome
from .cjk_gate import _gate, _signature, gate_opens, suspicious

# Lines end at "\n" only (see _scan): str.splitlines would also split at U+0085 and U+2028,
# which mojibake is full of (and the line numbers of the source would no longer match).
STEP = "mojibake.cjk"

UTF8_READERS = ("gbk", "gb18030", "big5", "cp950", "shift_jis", "cp932", "euc_kr", "cp949",
                "euc_jp")
LEGACY = ("gbk", "gb18030", "big5", "cp950", "shift_jis", "cp932", "euc_jp", "euc_kr", "cp949")
LATIN = ("latin_1", "cp1252")

#: (wrong, right) pairs tried on a suspicious line, in order.
CHAINS: tuple[tuple[str, str], ...] = (
    *((w, "utf_8") for w in UTF8_READERS),
    *((w, r) for r in LEGACY for w in LATIN),
    ("gbk", "big5"),
    ("big5", "gbk"),
    ("gbk", "cp950"),
    ("cp950", "gbk"),
)

#: A repair must gain this much plausibility, plus GAIN_PER_CHAR per character it writes.
#: Valid multi-byte UTF-8 is itself evidence (random bytes seldom form it), so repairs that
#: decode as UTF-8 need less.
MIN_GAIN = 2.5
MIN_GAIN_UTF8 = 1.5
GAIN_PER_CHAR = 0.2
#: Mean weight per character of an accepted repair (mostly common characters).
MIN_QUALITY = 0.45
#: Plausibility per distinct CJK character a repair shares with its line and document.
CONTEXT_BONUS = 0.3

_ALPHABETS = frozenset((CYRILLIC, GREEK))
_CJK_KINDS = frozenset((HAN, KANA, HANGUL, CJK_PUNCT))
_HAN = lazy("[\u4e00-\u9fff]")


# --- the wrong codec: characters back to bytes ----------------------------------------------


@lru_cache(maxsize=4096)
def _char_bytes(ch: str, codec: str) -> bytes | None:
    """The bytes ``codec`` decoded into ``ch`` — sloppily: a decoder that kept an unmappable
    byte as the Latin-1 character of that byte (or as a C1 control) is undone too."""
    o = ord(ch)
    if codec == "latin_1":
        return bytes((o,)) if o < 256 else None
    try:
        return ch.encode(codec)
    except UnicodeEncodeError:
        pass
    if 0x80 <= o <= 0xFF:
        return bytes((o,))
    return None


def _options(ch: str, codec: str) -> tuple[bytes, ...]:
    """Every byte string ``codec`` (sloppily) can have turned into ``ch``.

    A Latin-1 character may be a byte the wrong decoder kept as it was *or* a character of the
    codec itself (GBK's ``·`` is A1A4, EUC-JP's ``æ`` is 8FA9C1): both are candidates.
    """
    table = _OPTIONS.get(codec)
    if table is None:
        table = _OPTIONS[codec] = {}
    opts = table.get(ch)
    if opts is None:
        opts = table[ch] = _derive_options(ch, codec)
    return opts


#: Memo of :func:`_options` per codec (a dict lookup instead of two calls per character).
_OPTIONS: dict[str, dict[str, tuple[bytes, ...]]] = {}


def _derive_options(ch: str, codec: str) -> tuple[bytes, ...]:
    first = _char_bytes(ch, codec)
    if first is None:
        return ()
    o = ord(ch)
    if codec not in _SINGLE_BYTE and 0x80 <= o <= 0xFF and first != bytes((o,)):
        return (first, bytes((o,)))
    return (first,)


def _encode(text: str, codec: str, sloppy_first: bool = False
            ) -> tuple[bytes, list[int]] | None:
    """``text`` encoded with ``codec`` and the byte offset where each character ends.

    The options of each character come from the memo of :func:`_options` (ASCII stands for
    itself), picked and measured by C-level maps: a Python step per character costs more
    than the rest of a chain on a clean line.
    """
    table = _OPTIONS.get(codec)
    if table is None:
        table = _OPTIONS[codec] = {}
    pick = _LAST if sloppy_first else _FIRST
    try:
        parts = list(map(pick, map(table.__getitem__, text)))
    except KeyError:
        for ch in set(text).difference(table):
            table[ch] = _options(ch, codec) if ch >= "\x80" else (ch.encode("ascii"),)
        return _encode(text, codec, sloppy_first)
    except IndexError:
        return None  # a character with no byte string
    return b"".join(parts), list(accumulate(map(len, parts)))


_FIRST = itemgetter(0)
_LAST = itemgetter(-1)


#: Decoding attempts one search for a valid byte string may make, and readings it collects.
SEARCH_BUDGET = 400
MAX_SOLUTIONS = 4


def _encode_valid(text: str, wrong: str, right: str) -> tuple[bytes, list[int]] | None:
    """A byte string ``wrong`` can have turned into ``text`` that ``right`` decodes strictly.

    Depth-first over the characters with two candidate byte strings (see :func:`_options`),
    pruning as soon as a prefix fails to decode; None when none is found within the budget.
    """
    parts: list[tuple[bytes, ...]] = []
    for ch in text:
        opts = (bytes((ord(ch),)),) if ch < "\x80" else _options(ch, wrong)
        if not opts:
            return None
        parts.append(opts)
    if all(len(o) == 1 for o in parts):
        return None
    budget = [SEARCH_BUDGET]
    decoder = codecs.getincrementaldecoder(right)

    def ok(prefix: bytes, final: bool) -> bool:
        budget[0] -= 1
        try:
            decoder().decode(prefix, final)
        except UnicodeDecodeError:
            return False
        return True

    solutions: list[tuple[bytes, list[int]]] = []

    def search(i: int, prefix: bytes, ends: list[int]) -> None:
        while i < len(parts) and len(parts[i]) == 1:
            prefix += parts[i][0]
            ends = [*ends, len(prefix)]
            i += 1
        if i == len(parts):
            if ok(prefix, True):
                solutions.append((prefix, ends))
            return
        for opt in parts[i]:
            if budget[0] <= 0 or len(solutions) >= MAX_SOLUTIONS:
                return
            if ok(prefix + opt, False):
                search(i + 1, prefix + opt, [*ends, len(prefix) + len(opt)])

    if len(text) <= MAX_ALIGNED:
        search(0, b"", [])
    if not solutions:
        return None
    # Several byte strings may decode (GBK's ü is A8B9, a kept byte is FC): the one that
    # reads best wins.
    return max(solutions, key=lambda sol: word_score(sol[0].decode(right)))


# --- the right codec: bytes to characters, with boundaries ----------------------------------


def _char_len(data: bytes, i: int, codec: str) -> int:
    b = data[i]
    if b < 0x80:
        return 1
    if codec == "utf_8":
        from .lossy import _length  # the length a UTF-8 lead byte announces (0: no lead)

        return _length(b) or 1
    if codec in ("shift_jis", "cp932") and 0xA1 <= b <= 0xDF:
        return 1
    if codec == "euc_jp" and b == 0x8F:
        return 3
    if codec == "gb18030" and i + 1 < len(data) and 0x30 <= data[i + 1] <= 0x39:
        return 4
    return 2


def _decode_cells(data: bytes, codec: str) -> list[tuple[int, int, str | None]]:
    """(start, end, char) for each character of ``data`` in ``codec``; None where invalid.

    Cell lengths are those of :func:`_char_len`, read from a per-codec table of lead bytes
    (only GB18030's four-byte form depends on the next byte).
    """
    out: list[tuple[int, int, str | None]] = []
    append = out.append
    memo = _DECODED.get(codec)
    if memo is None:
        memo = _DECODED[codec] = {}
    lens = _lead_lengths(codec)
    four = codec == "gb18030"
    ascii_chars = _ASCII
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            append((i, i + 1, ascii_chars[b]))
            i += 1
            continue
        k = 4 if four and i + 1 < n and 0x30 <= data[i + 1] <= 0x39 else lens[b]
        piece = data[i : i + k]
        ch = memo.get(piece, _MISSING)
        if ch is _MISSING:
            try:
                ch = piece.decode(codec) if len(piece) == k else None
            except UnicodeDecodeError:
                ch = None
            if ch is not None and len(ch) != 1:
                ch = None
            memo[piece] = ch
        if ch is None:
            append((i, i + 1, None))
            i += 1
        else:
            append((i, i + k, ch))
            i += k
    return out


@cache
def _lead_lengths(codec: str) -> tuple[int, ...]:
    """:func:`_char_len` of each lead byte (GB18030's four-byte form aside), as a table."""
    return tuple(_char_len(bytes((b, 0)), 0, codec) for b in range(256))


#: Memo of the single characters each codec decodes byte strings into (None: invalid).
_DECODED: dict[str, dict[bytes, str | None]] = {}
_MISSING = object()
_ASCII = [chr(b) for b in range(0x80)]


# --- candidate repairs of one line ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Repair:
    """``line[start:end]`` read back through ``wrong`` → ``right`` gives ``after``."""

    start: int
    end: int
    after: str
    wrong: str
    right: str
    gain: float
    before_score: float
    after_score: float


_LOCAL = threading.local()


def _barrier(err: UnicodeError) -> tuple[bytes, int]:
    """Encode error handler: Latin-1 bytes back sloppily, anything else marks a barrier."""
    assert isinstance(err, UnicodeEncodeError)
    out = bytearray()
    for i in range(err.start, err.end):
        o = ord(err.object[i])
        if 0x80 <= o <= 0xFF:
            out.append(o)
        else:
            _LOCAL.barriers.append(i)
            out.append(0x3F)
    return bytes(out), err.end


codecs.register_error("textfix-mojibake-barrier", _barrier)


def _spans(line: str, codec: str) -> list[tuple[int, int]]:
    """Maximal spans of ``line`` that ``codec`` can have produced, holding non-ASCII.

    Multi-byte codecs must have produced at least one character beyond Latin-1: a run of
    Latin-1 letters alone is Latin-1 mojibake (or text), never GBK's output.
    """
    _LOCAL.barriers = []
    if codec == "latin_1":
        if len(_NOT_LATIN1.findall(line)) > MAX_BARRIERS:
            return []
        barriers = [m.start() for m in _NOT_LATIN1.finditer(line)]
    else:
        # Count what the codec cannot encode in C first: a codec that cannot have produced
        # most of the line is not worth the character-level pass.
        lost = line.encode(codec, errors="replace").count(b"?") - line.count("?")
        if lost > MAX_BARRIERS:
            return []
        line.encode(codec, errors="textfix-mojibake-barrier")
        barriers = _LOCAL.barriers
    out: list[tuple[int, int]] = []
    prev = 0
    for b in [*barriers, len(line)]:
        if b > prev:
            seg = line[prev:b]
            if not seg.isascii() and (codec in _SINGLE_BYTE or _BEYOND_LATIN1.search(seg)):
                out.append((prev, b))
        prev = b + 1
    return out


_NOT_LATIN1 = re.compile("[^\x00-\xff]")
#: A chain whose wrong codec cannot encode more characters of a line than this is skipped.
MAX_BARRIERS = 64
_BEYOND_LATIN1 = re.compile("[^\x00-\xff]")
_SINGLE_BYTE = frozenset(("latin_1", "cp1252"))
#: Bytes below 0x40 are never part of a multi-byte character in any codec here: both readings
#: have a character boundary at them, so a span can be cut there and each piece read alone.
_SYNC = re.compile("[\x00-\x3f]+")
#: Pieces longer than this are judged on a sample (the plausibility of a prefix, scaled).
SAMPLE_CHARS = 200


def _context_score(line: str, start: int, end: int, middle: str) -> float:
    left = line[start - 1 : start] if start else ""
    right = line[end : end + 1]
    if len(middle) > SAMPLE_CHARS:
        return word_score(left + middle[:SAMPLE_CHARS]) * len(middle) / SAMPLE_CHARS
    return word_score(left + middle + right)


def _pieces(line: str, s0: int, e0: int) -> list[tuple[int, int]]:
    """``line[s0:e0]`` cut at runs of bytes below 0x40, keeping the non-ASCII pieces."""
    out: list[tuple[int, int]] = []
    prev = s0
    for m in _SYNC.finditer(line, s0, e0):
        if m.start() > prev and not line[prev : m.start()].isascii():
            out.append((prev, m.start()))
        prev = m.end()
    if e0 > prev and not line[prev:e0].isascii():
        out.append((prev, e0))
    return out


def _candidates(line: str, wrong: str, right: str) -> list[Repair]:
    """Every run of ``line`` that reads as better text through ``wrong`` → ``right``.

    The search (:func:`_pending`) does not depend on the document: it is memoised per line
    and chain (:data:`_LOCAL` ``.pending``), and only its runs' scores in context
    (:func:`_finish`) are worked out for each document: the Western stage asks about lines
    (without a document) that this stage then repairs, and the engine repeats the stages.
    """
    (pending, quoted), hit = _memoised("pending", (line, wrong, right), _pending_quoted,
                                       line, wrong, right)
    if hit and quoted:
        _LOCAL.quoted.extend(quoted)
    return _disjoint(_finish(line, pending)) if pending else []


def _pending_quoted(line: str, wrong: str, right: str
                    ) -> tuple[tuple[_Pending, ...], tuple[tuple[int, int], ...]]:
    """:func:`_pending` and the quoted runs it found (:func:`_quoted`)."""
    mark = len(_LOCAL.quoted)
    pending = tuple(_pending(line, wrong, right))
    return pending, tuple(_LOCAL.quoted[mark:]) if len(_LOCAL.quoted) > mark else ()


#: A run :func:`_judge` keeps before its score in context is known: (start, end, after,
#: wrong, right, score, score of the run it replaces, whether it must fit the document).
_Pending = tuple[int, int, str, str, str, float, float, bool]


def _finish(line: str, pending: tuple[_Pending, ...] | list[_Pending]) -> list[Repair]:
    """The runs of ``pending`` that read better than what they replace in this document."""
    found: list[Repair] = []
    for start, end, after, wrong, right, a, b, fit in pending:
        if fit and not _ask(_fits_document, after):
            continue  # what GBK and its kin produced must look damaged before it is re-read
        scored = _ask(_with_context, line, start, end, after, right, a, b)
        if scored is not None:
            found.append(Repair(start, end, after, wrong, right, scored - b, b, scored))
    return found


def _finishes(line: str, pending: tuple[_Pending, ...]) -> bool:
    """Some run of ``pending`` is kept by :func:`_finish` (asked through :func:`_ask`)."""
    return bool(_finish(line, pending))


def _pending(line: str, wrong: str, right: str) -> list[_Pending]:
    """The runs of ``line`` that :func:`_judge` keeps under ``wrong`` → ``right``, before
    their scores in context (see :func:`_finish`)."""
    found: list[_Pending] = []
    for s0, e0 in _spans(line, wrong):
        if wrong in _SINGLE_BYTE and _utf8_reading(line[s0:e0], wrong):
            continue  # a line of UTF-8 read as Latin-1 ("ã†â€™"): ftfy's, even where hopeless
        for a, b in _pieces(line, s0, e0):
            piece = line[a:b]
            if b - a > MAX_ALIGNED:
                try:
                    after = piece.encode(wrong, errors="textfix-mojibake-barrier").decode(right)
                except UnicodeDecodeError:
                    pass
                else:
                    if after != piece:
                        _judge(line, a, b, piece, after, wrong, right, found)
                    continue
                # Long pieces are aligned chunk by chunk while the chunks keep yielding repairs.
                for c in range(a, b, MAX_ALIGNED):
                    before = len(found)
                    _aligned(line, c, min(b, c + MAX_ALIGNED), wrong, right, found,
                             _encode(line[c : min(b, c + MAX_ALIGNED)], wrong))
                    if not _ask(_finishes, line, tuple(found[before:])):
                        break
                continue
            enc = _encode(piece, wrong)
            if enc is None:
                continue
            try:
                enc[0].decode(right)
                if _AMBIGUOUS.search(piece) and wrong not in _SINGLE_BYTE:
                    raise UnicodeDecodeError(right, b"", 0, 1, "ambiguous")  # weigh both
            except UnicodeDecodeError:
                if not _two_options(piece, wrong):
                    # Every character has one byte string: no other valid one to search
                    # for, and both orders of options give ``enc`` (a second reading of it
                    # would only add the same candidates again).
                    _aligned(line, a, b, wrong, right, found, enc)
                    continue
                valid = _encode_valid(piece, wrong, right)
                if valid is not None:
                    _aligned(line, a, b, wrong, right, found, valid)
                    continue
                for sloppy_first in (False, True):
                    _aligned(line, a, b, wrong, right, found, _encode(piece, wrong, sloppy_first))
                continue
            _aligned(line, a, b, wrong, right, found, enc)
    return found


def _two_options(piece: str, codec: str) -> bool:
    """Some character of ``piece`` has two byte strings under ``codec`` (:func:`_options`:
    only Latin-1 characters can)."""
    if codec in _SINGLE_BYTE or not _AMBIGUOUS.search(piece):
        return False
    return any(len(_options(ch, codec)) > 1 for ch in set(piece) if "\x80" <= ch <= "\xff")


_CLEAN_PUNCT = lazy("[，。、；：？！（）「」『』《》]")
_AMBIGUOUS = re.compile("[\u0080-\u00ff]")
#: Pieces up to this length are aligned character by character; longer ones are read whole.
MAX_ALIGNED = 600


def _common_cjk(text: str) -> bool:
    """Every character of ``text`` is a common CJK letter or CJK punctuation."""
    memo = _COMMON_CJK_CHAR
    for ch in text:
        ok = memo.get(ch)
        if ok is None:
            k, w = kind(ch)
            ok = memo[ch] = k in _CJK_KINDS and w >= 0.5
        if not ok:
            return False
    return True


#: Memo of :func:`_common_cjk` per character.
_COMMON_CJK_CHAR: dict[str, bool] = {}


_CROSS = frozenset(("gbk", "big5", "cp950", "gb18030"))
SLICE_TOLERANCE = 0.3
#: Aligned runs up to this many cells are trimmed to their most plausible slice.
MAX_SLICED = 40


def _best_slice(line: str, s0: int, span: str, run: list[tuple[int, int, str]]
                ) -> tuple[int, int]:
    """The slice of a run of aligned cells whose re-reading gains most.

    Under GBK read as Big5 (and back) every character re-reads as *some* character, so a
    damaged run reaches into the good text around it (``伺服竟惠璶ō份`` for ``伺服器需要身份``):
    the slice keeps only the cells whose re-reading helps.
    """
    n = len(run)
    if n < 3 or n > MAX_SLICED:
        return 0, n
    gains: list[tuple[float, int, int]] = []
    news = [r[2] for r in run]
    for i in range(n):
        a = s0 + run[i][0]
        left = line[a - 1 : a] if a else ""
        after = ""
        for j in range(i + 1, n + 1):
            b = s0 + run[j - 1][1]
            after += news[j - 1]
            # _context_score of both readings, inlined for short slices (the common case).
            if len(after) <= SAMPLE_CHARS and b - a <= SAMPLE_CHARS:
                right = line[b : b + 1]
                before = word_score(line[a - 1 if a else 0 : b + 1])
                gain = word_score(left + after + right) - before
            else:
                gain = _context_score(line, a, b, after) - _context_score(line, a, b, line[a:b])
            gains.append((gain, i, j))
    top, i, j = max(gains, key=lambda g: (g[0], g[2] - g[1]))
    # Grow the best slice over cells that cost (almost) nothing: the tail of a damaged run
    # ("竭辦" for "很快") re-reads as common characters either way and must not be cut off —
    # but never over a very frequent character (a clean "的" before the run).
    freq = word_tables()[0]
    by_span = {(a, b): g for g, a, b in gains}

    def cheap(k: int) -> bool:
        return all(freq.get(ch, 0.0) < 0.75 for ch in span[run[k][0] : run[k][1]])

    def grow(i: int, j: int) -> tuple[int, int] | None:
        for step in (1, 2):  # a two-character word may only pay off whole ("很快")
            if j + step <= n and all(cheap(k) for k in range(j, j + step)) \
                    and by_span[(i, j + step)] >= top - SLICE_TOLERANCE:
                return i, j + step
            if i - step >= 0 and all(cheap(k) for k in range(i - step, i)) \
                    and by_span[(i - step, j)] >= top - SLICE_TOLERANCE:
                return i - step, j
        return None

    while (grown := grow(i, j)) is not None:
        i, j = grown
    return i, j


def _aligned(line: str, s0: int, e0: int, wrong: str, right: str, found: list[_Pending],
             enc: tuple[bytes, list[int]] | None) -> None:
    """Repair the parts of ``line[s0:e0]`` (encoded as ``enc``) that decode, where the two
    readings align. A common CJK character is never turned into something that is not one:
    runs stop at such characters (a clean ``址`` before ``瀹氫`` stays ``址``)."""
    if enc is None:
        return
    span = line[s0:e0]
    data, ends = enc
    if right == "utf_8" and not _UTF8_SEQ.search(data):
        # No multi-byte UTF-8 sequence: every non-ASCII byte is an invalid cell and every
        # group of valid cells is ASCII read as itself, so no run can form.
        return
    if right == "utf_8" and (not _has_quotes(line) or not _ascii_bytes_char(line, wrong)):
        cells: list[tuple[int, int, str | None]] = _utf8_stretch_cells(data)
    else:
        cells = _decode_cells(data, right)
    # Sync points: byte offsets that end a character in both readings.
    char_start = dict(zip(ends, range(1, len(ends) + 1)))
    char_start[0] = 0
    run: list[tuple[int, int, str]] = []  # (char_from, char_to, new text) of cells

    def flush() -> None:
        if not run:
            return
        i, j = _best_slice(line, s0, span, run) if right in _CROSS else (0, len(run))
        a, b = run[i][0], run[j - 1][1]
        after = "".join(r[2] for r in run[i:j])
        before = span[a:b]
        run.clear()
        if after != before:
            _judge(line, s0 + a, s0 + b, before, after, wrong, right, found)

    cross = right in _CROSS
    # the compiled pattern's own method (the lazy one is looked up once, where needed)
    han = _HAN.search if cross else None
    g_start = 0  # byte offset where the current group (cells between sync points) starts
    g_chars: list[str] = []
    g_bad = False
    for _, b, ch in cells:
        if ch is None:
            g_bad = True
        else:
            g_chars.append(ch)
        c1 = char_start.get(b)
        if c1 is None:
            continue  # inside a character of one reading: the group goes on
        c0 = char_start[g_start]
        g_start = b
        if g_bad:
            g_bad = False
            g_chars = []
            if run:
                flush()
            continue
        new = g_chars[0] if len(g_chars) == 1 else "".join(g_chars)
        g_chars = []
        old = span[c0:c1]
        if new == old:
            if old.isascii():
                if run:
                    flush()
                continue
        elif _common_cjk(old) and (not _common_cjk(new) or han is not None and not han(new)):
            if run:
                flush()
            continue
        run.append((c0, c1, new))
    # A group cut off by the end of the data (no sync point) is never part of a run.
    flush()


#: A multi-byte character of strict UTF-8 (what ``bytes.decode("utf_8")`` accepts).
_UTF8_MB = (rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
            rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
            rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
            rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_ASCII_BYTES = re.compile(rb"[\x00-\x7f]*")


@lru_cache(maxsize=1)
def _utf8_patterns() -> tuple[re.Pattern[bytes], re.Pattern[bytes], re.Pattern[bytes]]:
    """A multi-byte character of strict UTF-8; one valid UTF-8 cell (an ASCII byte or a
    multi-byte character); a run of them. Compiled on first need (clean text never needs
    them)."""
    return (re.compile(_UTF8_MB), re.compile(rb"[\x00-\x7f]|" + _UTF8_MB),
            re.compile(rb"(?:[\x00-\x7f]|" + _UTF8_MB + rb")*"))


@lru_cache(maxsize=256)
def _ascii_bytes_char(line: str, wrong: str) -> bool:
    """``line`` holds a non-ASCII character that ``wrong`` may have made from ASCII bytes
    alone (Shift_JIS's ``¥`` is 5C): the only way a group of ASCII bytes re-reads as
    something else (memoised: asked once per piece and chain of the same line)."""
    table = _OPTIONS.get(wrong, {})
    for ch in set(line):
        if ch >= "\x80" and any(o.isascii() for o in table.get(ch) or _options(ch, wrong)):
            return True
    return False


def _utf8_stretch_cells(data: bytes) -> list[tuple[int, int, str | None]]:
    """:func:`_decode_cells` of ``data`` as UTF-8, with every stretch that holds no valid
    multi-byte character folded into one invalid cell.

    Used by :func:`_aligned` where a run without a multi-byte character cannot matter. A run
    is made of groups without an invalid cell; one without a multi-byte character is all ASCII
    bytes, which re-read as themselves (a group equal to its reading ends any run) unless a
    character such as Shift_JIS's ``¥`` made them (:func:`_ascii_bytes_char`); and even then
    it writes only ASCII, which :func:`_judge` rejects without a trace unless the line has
    quotation marks (:func:`_quoted`). So only the maximal stretches of valid cells that hold
    a multi-byte character can yield anything. Between them, every group holds an
    invalid cell: one invalid cell ending where the next stretch starts closes (or keeps open)
    a group exactly where the invalid cells it stands for would, and flushes the same run.
    The UTF-8 walk of :func:`_decode_cells` (a valid character where one starts, else one
    invalid byte) is the left-to-right scan of the regular expressions, so cells agree.
    """
    n = len(data)
    memo = _DECODED.get("utf_8")
    if memo is None:
        memo = _DECODED["utf_8"] = {}
    out: list[tuple[int, int, str | None]] = []
    append = out.append
    ascii_chars = _ASCII
    rev = b""
    done = 0  # end of the last stretch (or of the synthetic invalid cell before it)
    mb_re, cell_re, valid_run = _utf8_patterns()
    for m in mb_re.finditer(data):
        p = m.start()
        if p < done:
            continue  # inside the stretch already emitted
        if not rev:
            rev = data[::-1]
        # The stretch starts after the ASCII bytes just before p (an invalid byte precedes).
        r = n - p
        start = p - (_ASCII_BYTES.match(rev, r).end() - r)
        stop = valid_run.match(data, m.end()).end()
        if start > done:
            append((done, start, None))
        for c in cell_re.finditer(data, start, stop):
            a, b = c.span()
            if b - a == 1:
                append((a, b, ascii_chars[data[a]]))
            else:
                piece = c.group()
                ch = memo.get(piece, _MISSING)
                if ch is _MISSING:
                    ch = memo[piece] = piece.decode("utf_8")
                append((a, b, ch))
        done = stop
    if done < n:
        append((done, n, None))
    return out


def _judge(line: str, start: int, end: int, before: str, after: str, wrong: str, right: str,
           found: list[_Pending]) -> None:
    """Keep the repair of ``line[start:end]`` when it may read as better text at all.

    Whether it does is settled in the document (:func:`_finish`); whether it is good *enough*
    is decided per chain over the whole line (:func:`_best_repairs`): one strong run
    establishes the chain, then its weaker runs in the same line (a lone ``¼ö`` for ``수``)
    are accepted too.
    """
    if _quoted(line, start, end, after):
        _LOCAL.quoted.append((start, end))
        return
    if _mixed_scripts(after):
        return  # "캅嘯": a short run that is half hangul, half hanzi is noise, not a reading
    if wrong in _SINGLE_BYTE and (_latin_high(line[start - 1 : start], wrong)
                                  or _latin_high(line[end : end + 1], wrong)):
        return  # part of a longer Latin-1 cluster: a fragment of something else
    non_ascii = [ch for ch in after[:SAMPLE_CHARS] if ch >= "\x80"]
    if not non_ascii:
        return
    weights = [kind(ch)[1] for ch in non_ascii]
    quality = sum(weights) / len(weights)
    if quality < MIN_QUALITY or min(weights) <= -2.0:
        return
    # What GBK and its kin produced must look damaged before it is re-read, unless it fits the
    # document (asked in _finish: every other test here depends on the line alone).
    fit = wrong not in _SINGLE_BYTE and right not in _CROSS and _looks_clean(before)
    if right in _CROSS and wrong not in _SINGLE_BYTE and not all(
            "\u4e00" <= ch <= "\u9fff" or kind(ch)[0] == CJK_PUNCT and kind(ch)[1] > 0
            for ch in after if ch >= "\x80"):
        return  # Big5 and GBK text re-read give hanzi and punctuation, nothing else
    if right in _CROSS and wrong not in _SINGLE_BYTE and _CLEAN_PUNCT.search(before):
        return  # "，" and "。" re-read as Big5 are bopomofo: they were punctuation all along
    if wrong not in _SINGLE_BYTE and _alphabetic(before):
        return  # Cyrillic or Greek words are text GBK can encode, not GBK's mojibake
    if right not in ("utf_8", *_SINGLE_BYTE) and wrong not in _SINGLE_BYTE and \
            not _HAN.search(before):
        return  # Big5 read as GBK (and back) always leaves hanzi; kana alone is Japanese
    if len(after) >= 6 and len(set(after)) < 0.3 * len(after):
        return  # "藤藤藤藤": a repeated byte pattern, not text
    b = _context_score(line, start, end, before)
    a = _context_score(line, start, end, after)
    if wrong in _SINGLE_BYTE and _utf8_reading(before, wrong):
        # UTF-8 read as Latin-1 ("Ã©") is Western mojibake, ftfy's to repair: the CJK reading
        # must read better than the UTF-8 one.
        as_utf8 = before.encode(wrong, errors="textfix-mojibake-barrier").decode(
            "utf-8", errors="replace")
        if _context_score(line, start, end, as_utf8) >= a:
            return
    found.append((start, end, after, wrong, right, a, b, fit))


def _with_context(line: str, start: int, end: int, after: str, right: str, a: float, b: float
                  ) -> float | None:
    """The score ``a`` of the repair of ``line[start:end]`` into ``after`` with the bonuses of
    its context, or None when it does not then beat ``b``, the score of the run it replaces.

    Vocabulary shared with the rest of the line and document: of two readings that score alike
    (GBK and EUC-JP share their kana rows), the one using the text's own characters. Read
    through :func:`_ask`: the answer depends on the document.
    """
    doc = _doc_context()
    if doc:
        a += CONTEXT_BONUS * sum(1 for ch in set(after) if ch >= "\u3000" and ch in doc)
    else:
        # the rest of the line, searched in place: its set is needed only for a language
        a += CONTEXT_BONUS * sum(1 for ch in set(after) if ch >= "\u3000" and (
            line.find(ch, 0, start) >= 0 or line.find(ch, end) >= 0))
    a += _language_bonus(right, doc or None, line, start, end)
    return a if a - b > 0 else None


_FAMILY = {"euc_jp": "ja", "shift_jis": "ja", "cp932": "ja", "euc_kr": "ko", "cp949": "ko",
           "gbk": "zh-Hans", "gb18030": "zh-Hans", "big5": "zh-Hant", "cp950": "zh-Hant"}


def _languages(context: set[str]) -> frozenset[str]:
    """The languages a set of characters shows: kana → Japanese, hangul → Korean, more
    Simplified-only or Traditional-only hanzi → Simplified or Traditional Chinese."""
    t = tables()
    out = set()
    if not _KANA_SET.isdisjoint(context):
        out.add("ja")
    if not _hangul_set().isdisjoint(context):
        out.add("ko")
    simp = len(context & t["simplified_only"])
    trad = len(context & t["traditional_only"])
    if simp != trad:
        out.add("zh-Hans" if simp > trad else "zh-Hant")
    return frozenset(out)


_KANA_SET = frozenset(map(chr, range(0x3041, 0x30FB)))


@lru_cache(maxsize=1)
def _hangul_set() -> frozenset[str]:
    return frozenset(map(chr, range(0xAC00, 0xD7A4)))


def _language_bonus(right: str, doc: set[str] | None, line: str, start: int, end: int
                    ) -> float:
    """A tie-breaker for the right codec: the language the rest of the text is written in
    (the document's, else that of the rest of the line around ``line[start:end]``)."""
    lang = _FAMILY.get(right)
    if lang is None:
        return 0.0
    langs = _doc_languages() if _LOCAL.__dict__.get("text") is not None else None
    if langs is None:
        langs = _languages(doc or set(line[:start] + line[end:]))
    return 0.5 if lang in langs else 0.0


def _doc_languages() -> frozenset[str]:
    """The languages of the text being repaired, worked out on first need (clean text never
    needs them, and they cost the plausibility tables)."""
    langs = _LOCAL.__dict__.get("languages")
    if langs is None:
        context = _doc_context()
        if context is None:
            return frozenset()
        langs = _LOCAL.languages = _languages(context)
    return langs


def _doc_context() -> set[str] | None:
    """The CJK characters of the text being repaired (None outside :func:`run`), collected on
    first need: clean text never needs them. The search reads them (and :data:`_LOCAL`
    ``.text``, and :func:`_doc_languages`) only inside questions asked through :func:`_ask`,
    which the memos of :func:`_memoised` check."""
    context = _LOCAL.__dict__.get("context")
    if context is None:
        text = _LOCAL.__dict__.get("text")
        if text is None:
            return None
        context = _LOCAL.context = {ch for ch in set(text) if ch >= "\u3000"}
    return context


def _latin_high(ch: str, wrong: str = "cp1252") -> bool:
    """A non-ASCII character of the repertoire of ``wrong`` (Latin-1 or cp1252). Latin-1
    writes no cp1252 symbol: under Latin-1, a curly quote beside a run (``“ÁcÅé¤¤¤å”``, Big5
    read as Latin-1 and quoted) is the writer's mark, not a byte of the garble."""
    return bool(ch) and ch >= "\x80" and (
        ch <= "\xff" or (wrong != "latin_1" and ch in _cp1252_extra()))


@lru_cache(maxsize=1)
def _cp1252_extra() -> frozenset[str]:
    """What cp1252 makes of the bytes 80–9F beyond Latin-1 (its symbols)."""
    return frozenset(bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore"))


def _mixed_scripts(after: str) -> bool:
    """Three letters or fewer mixing hangul with hanzi or kana."""
    letters = [ch for ch in after if ch >= "\u3040"]
    if len(letters) > 3:
        return False
    hangul = sum(1 for ch in letters if "\uac00" <= ch <= "\ud7a3")
    return 0 < hangul < len(letters)


def _has_word(text: str) -> bool:
    """``text`` holds a two-character word of pypinyin's list."""
    pairs = word_tables()[1]
    return any(text[i : i + 2] in pairs for i in range(len(text) - 1))


def _damaged(text: str) -> bool:
    """At least two characters that are not common CJK (rare hanzi, kana or pinyin amid
    hanzi, kept Latin-1 bytes…) — in a run that is still mostly hanzi, as Big5 read as GBK
    (and back) always is."""
    high = [ch for ch in text if ch >= "\x80"]
    han = sum(1 for ch in high if "\u4e00" <= ch <= "\u9fff")
    return han * 3 >= len(high) and sum(1 for ch in high if not _common_cjk(ch)) >= 2


def _fits_document(after: str) -> bool:
    """``after`` is mostly hangul in a Korean document, or kana in a Japanese one: then
    common hanzi in its place (UTF-8 Korean read as GB18030) are foreign, not clean."""
    langs = _doc_languages()
    letters = [ch for ch in after if ch >= "\u3000"]
    if not letters:
        return False
    hangul = sum(1 for ch in letters if "\uac00" <= ch <= "\ud7a3")
    kana = sum(1 for ch in letters if "\u3041" <= ch <= "\u30fa")
    return ("ko" in langs and hangul * 2 > len(letters)
            or "ja" in langs and kana * 2 > len(letters))


def _looks_clean(text: str) -> bool:
    """Mean weight of the non-ASCII characters at least 0.6: mostly common characters."""
    weights = [kind(ch)[1] for ch in text[:SAMPLE_CHARS] if ch >= "\x80"]
    return bool(weights) and sum(weights) / len(weights) >= 0.6


def _alphabetic(text: str) -> bool:
    """At least half of the non-ASCII characters of ``text`` are Cyrillic or Greek letters."""
    n = abc = 0
    for ch in text[:SAMPLE_CHARS]:
        if ch >= "\x80":
            n += 1
            abc += kind(ch)[0] in _ALPHABETS
    return abc * 2 >= n > 0


_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8_reading(before: str, wrong: str) -> bool:
    """True when most of ``before``'s high bytes form UTF-8 sequences (Western mojibake)."""
    try:
        data = before.encode(wrong, errors="textfix-mojibake-barrier")
    except UnicodeError:
        return False
    high = sum(1 for b in data if b >= 0x80)
    seq = sum(len(m) for m in _UTF8_SEQ.findall(data))
    return high >= 2 and seq >= 0.8 * high


_OPENING = frozenset("“‘\"'「『《〈（(［[`«‹")
_CLOSING = frozenset("”’\"'」』》〉）)］]`»›")


def _quoted(line: str, start: int, end: int, after: str) -> bool:
    """Mojibake quoted on purpose: inside quotes, with its repaired form elsewhere in the line
    (an article about encoding bugs showing the damage beside the text it came from)."""
    if not _has_quotes(line):
        return False  # the scans below need an opening and a closing mark in the line
    # The nearest mark within 60 characters on each side must open (left) and close (right);
    # a mark that is both (" ' `) counts as the one wanted.
    lo, hi = max(0, start - 60), min(len(line), end + 60)
    q0 = -1
    for m in _QUOTE_MARKS.finditer(line, lo, start):
        q0 = m.start()
    if q0 < 0 or line[q0] not in _OPENING:
        return False
    m1 = _QUOTE_MARKS.search(line, end, hi)
    if m1 is None or line[m1.start()] not in _CLOSING:
        return False
    q1 = m1.start()
    rest = line[:q0] + "\0" + line[q1 + 1 :]
    fixed = (line[q0 + 1 : start] + after + line[end:q1]).replace("\ufffd", "")
    return bool(fixed) and (fixed in rest or len(after) >= 2 and after.replace("\ufffd", "") in rest)


_QUOTE_MARKS = lazy("[" + re.escape("".join(sorted(_OPENING | _CLOSING))) + "]")


@lru_cache(maxsize=64)
def _has_quotes(line: str) -> bool:
    """``line`` holds both an opening and a closing mark of :func:`_quoted` (memoised: the
    judge asks once per candidate run of the same line)."""
    marks = set(_QUOTE_MARKS.findall(line))
    return not _OPENING.isdisjoint(marks) and not _CLOSING.isdisjoint(marks)


def _strong(r: Repair) -> bool:
    """Enough evidence on its own: two or more characters written, and a large gain."""
    n = sum(1 for ch in r.after if ch >= "\x80")
    if n < 2:
        return False
    need = (MIN_GAIN_UTF8 if r.right == "utf_8" else MIN_GAIN) + GAIN_PER_CHAR * n
    return r.gain >= need


@lru_cache(maxsize=1)
def _cp1252_only() -> re.Pattern[str]:
    """Characters cp1252 reads differently from Latin-1 (its symbols at 80–9F, and the C1
    controls it cannot encode), compiled on first need. A line without them gets the same
    candidates from cp1252 as from Latin-1, which comes first among the chains and so wins
    every tie: cp1252 is not tried."""
    return re.compile("[\x80-\x9f" + "".join(sorted(_cp1252_extra())) + "]")

#: Big5 read as GBK and back: chains whose runs must each show damage (:func:`_damaged`).
_CROSS_CHAINS = frozenset((("gbk", "big5"), ("big5", "gbk"), ("gbk", "cp950"), ("cp950", "gbk")))


def _two_uncommon(line: str) -> bool:
    """``line`` holds two non-ASCII characters that are not common CJK, in one stretch
    without a character below U+0040.

    A cross chain (:data:`_CROSS_CHAINS`) counts only with a strong run (two characters
    written) that :func:`_damaged` accepts, which needs two such characters in the run; and
    a run lies inside one piece of :func:`_pieces`, which never holds a character below
    U+0040. A line without two in one stretch gets nothing from those chains (bar the quoted
    runs they find, so lines with quotation marks are tried in full).
    """
    n = 0
    for ch in line:
        if ch < "\x40":
            n = 0  # a piece ends here
        elif ch >= "\x80" and not _common_cjk(ch):
            n += 1
            if n >= 2:
                return True
    return False


def _disjoint(found: list[Repair]) -> list[Repair]:
    """The best non-overlapping repairs (two encodings of one run can both be candidates)."""
    chosen: list[Repair] = []
    # The chosen runs are disjoint, so sorted by start they are sorted by end too: a run
    # overlaps one of them exactly when it overlaps the last one starting before its end.
    starts: list[int] = []
    chosen_ends: list[int] = []
    for r in sorted(found, key=lambda r: -r.gain):
        k = bisect_left(starts, r.end)
        if k and chosen_ends[k - 1] > r.start:
            continue
        starts.insert(k, r.start)
        chosen_ends.insert(k, r.end)
        chosen.append(r)
    return chosen


#: Codecs that encode (as the wrong codec) or decode (as the right one) almost alike: the
#: second of each pair extends the first. A chain whose codec's twin was tried before it, on a
#: line where the two provably act alike, is not tried (:class:`_Twins`).
TWIN_CODECS: tuple[tuple[str, str], ...] = (
    ("gbk", "gb18030"), ("big5", "cp950"), ("shift_jis", "cp932"), ("euc_kr", "cp949"))
_TWIN = {**dict(TWIN_CODECS), **{b: a for a, b in TWIN_CODECS}}


def derive_decode_differences(base: str, twin: str) -> str:
    """A bytes regular expression (as text) matching every place where ``base`` and ``twin``
    may decode a byte string differently, derived from the codecs.

    These decoders read one character at a time, each of one or two bytes (GB18030's
    four-byte form aside), so what they do at a character boundary depends on that byte and
    the next alone. The pattern matches a byte that either decodes differently alone (at the
    end of the data, finally or not), and a pair of bytes that decodes differently (finally or
    not: GB18030's four-byte form and EUC-KR's eight-byte make-up sequences start with a
    pair that one codec keeps waiting on and the other rejects). Data without a match decodes
    alike in both, at every offset, whole, by cells and incrementally (checked by
    ``tests/test_mojibake_cjk_twins.py``).
    """
    def reading(data: bytes, codec: str) -> tuple[str | None, str | None]:
        out: list[str | None] = []
        for final in (True, False):
            try:
                out.append(codecs.getincrementaldecoder(codec)().decode(data, final))
            except UnicodeDecodeError:
                out.append(None)
        return out[0], out[1]

    singles = [x for x in range(256)
               if reading(bytes((x,)), base) != reading(bytes((x,)), twin)]
    by_lead: dict[tuple[int, ...], list[int]] = {}
    for x in range(0x80, 0x100):
        trails = tuple(y for y in range(256) if reading(bytes((x, y)), base)
                       != reading(bytes((x, y)), twin))
        if trails:
            by_lead.setdefault(trails, []).append(x)
    parts = [f"[{_byte_class(singles)}]"] if singles else []
    parts += [f"[{_byte_class(leads)}][{_byte_class(trails)}]"
              for trails, leads in sorted(by_lead.items(), key=lambda kv: kv[1])]
    return "|".join(parts)


def _byte_class(values: list[int] | tuple[int, ...]) -> str:
    """Byte values as the ranges of a regular-expression class, every byte escaped."""
    out: list[str] = []
    vals = sorted(values)
    i = 0
    while i < len(vals):
        j = i
        while j + 1 < len(vals) and vals[j + 1] == vals[j] + 1:
            j += 1
        out.append(f"\\x{vals[i]:02x}" if i == j else f"\\x{vals[i]:02x}-\\x{vals[j]:02x}")
        i = j + 1
    return "".join(out)


def _decode_differences(codec: str) -> re.Pattern[bytes]:
    """:func:`derive_decode_differences` of ``codec`` and its twin, as shipped generated: one
    pattern object for both (not left to the regular-expression module's own cache, which
    other compilations may have emptied since)."""
    return _differences_of(codec if codec in dict(TWIN_CODECS) else _TWIN[codec])


@cache
def _differences_of(base: str) -> re.Pattern[bytes]:
    from ...cjk_tables import DECODE_DIFFERENCES

    return re.compile(DECODE_DIFFERENCES[base].encode("ascii"))


def _sloppy(err: UnicodeError) -> tuple[bytes, int]:
    """Encode error handler: the bytes :func:`_char_bytes` gives (a Latin-1 character kept as
    its byte), "?" for a character no byte string stands for (a barrier: never in a piece)."""
    assert isinstance(err, UnicodeEncodeError)
    run = err.object[err.start : err.end]
    if min(run) >= "\x80":
        # no ASCII in the run: Latin-1's own replacement gives the same bytes, in C
        return run.encode("latin_1", errors="replace"), err.end
    return bytes(o if 0x80 <= o <= 0xFF else 0x3F for o in map(ord, run)), err.end


codecs.register_error("textfix-mojibake-sloppy", _sloppy)


class _Twins:
    """Which chains give a line exactly the candidates of a twin chain tried before them.

    * (wrong, right) and (twin of wrong, right): when every character of the line encodes to
      the same bytes under both wrong codecs (or under neither), the byte options, spans,
      pieces and encodings of :func:`_candidates` are the same, so are its candidates.
    * (wrong, right) and (wrong, twin of right): the same bytes are decoded. When the wrong
      codec gives each character one byte string only (:func:`_options`), every byte string
      :func:`_candidates` decodes is part of the line's encoding; when that holds no place
      where the two decoders differ (:func:`derive_decode_differences`), every decoding,
      cell and verdict is the same. The twins count alike wherever ``right`` matters
      (:data:`_CROSS`, :data:`_FAMILY`, UTF-8 or not).
    """

    def __init__(self, line: str) -> None:
        self.line = line
        self._chars: frozenset[str] | None = None
        # the line's bytes per wrong codec and error handler: several chains decode them
        self._encoded: dict[tuple[str, str], bytes] = {}

    def chars(self) -> frozenset[str]:
        if self._chars is None:
            self._chars = frozenset(self.line)
        return self._chars

    def tried(self, wrong: str, right: str, tried: set[tuple[str, str]]) -> bool:
        """A twin of (wrong, right) that gives the same candidates is in ``tried``."""
        twin = _TWIN.get(wrong)
        if twin is not None and (twin, right) in tried and self._same_encoding(wrong, twin):
            return True
        twin = _TWIN.get(right)
        return twin is not None and (wrong, twin) in tried and self._same_decoding(wrong, right)

    def _same_encoding(self, a: str, b: str) -> bool:
        memo = _SAME_ENCODING.setdefault((a, b) if a < b else (b, a), {})
        for ch in self.chars():
            if ch >= "\x80":
                same = memo.get(ch)
                if same is None:
                    same = memo[ch] = _strict_bytes(ch, a) == _strict_bytes(ch, b)
                if not same:
                    return False
        return True

    def _same_decoding(self, wrong: str, right: str) -> bool:
        # Where every Latin-1 character of the line encodes strictly, each character the
        # codec cannot encode is a "?" either way, and "replace" spares a call of the error
        # handler per character.
        sloppy = "replace"
        if wrong != "latin_1" and _AMBIGUOUS.search(self.line):
            for ch in self.chars():
                if "\x80" <= ch <= "\xff":
                    if wrong not in _SINGLE_BYTE and len(_options(ch, wrong)) > 1:
                        return False
                    if _strict_bytes(ch, wrong) is None:
                        sloppy = "textfix-mojibake-sloppy"
        data = self._encoded.get((wrong, sloppy))
        if data is None:
            data = self._encoded[(wrong, sloppy)] = self.line.encode(wrong, errors=sloppy)
        return _decode_differences(right).search(data) is None


@lru_cache(maxsize=8192)
def _strict_bytes(ch: str, codec: str) -> bytes | None:
    try:
        return ch.encode(codec)
    except UnicodeEncodeError:
        return None


#: Memo of :meth:`_Twins._same_encoding` per pair of codecs and character.
_SAME_ENCODING: dict[tuple[str, str], dict[str, bool]] = {}


def _best_repairs(line: str, chains: tuple[tuple[str, str], ...] = CHAINS,
                  memo: dict[tuple[str, str], tuple[list[Repair], list[tuple[int, int]]]]
                  | None = None) -> list[Repair]:
    """The repairs of ``line`` by the one chain with the most evidence (none if no chain has
    a run strong enough on its own). A run that some chain shows to be quoted on purpose is
    left alone by every chain.

    ``memo`` keeps each chain's candidates (and the quoted runs it found) for another call on
    the same line and document.
    """
    best: tuple[float, list[Repair]] | None = None
    _LOCAL.quoted = []
    results = []
    skip_cp1252 = not _cp1252_only().search(line)
    skip_cross = not _has_quotes(line) and not _two_uncommon(line)
    tried: set[tuple[str, str]] = set()
    twins = _Twins(line)
    for wrong, right in chains:
        if skip_cp1252 and wrong == "cp1252" and ("latin_1", right) in tried \
                or skip_cross and (wrong, right) in _CROSS_CHAINS:
            continue
        # A chain that gives exactly the candidates of one tried before it (bar the codec
        # names) cannot win: ties go to the earlier chain. It counts as tried (the chains it
        # stands for are equal to an earlier one too).
        skip = twins.tried(wrong, right, tried)
        tried.add((wrong, right))
        if skip:
            continue
        hit = memo.get((wrong, right)) if memo is not None else None
        if hit is None:
            mark = len(_LOCAL.quoted)
            hit = (_candidates(line, wrong, right), _LOCAL.quoted[mark:])
            if memo is not None:
                memo[(wrong, right)] = hit
        else:
            _LOCAL.quoted.extend(hit[1])
        results.append(hit[0])
    quoted = list(_LOCAL.quoted)
    for found in results:
        if quoted:
            found = [r for r in found
                     if not any(r.start < e and s < r.end for s, e in quoted)]
        found = _disjoint(found)
        if found and found[0].right in _CROSS and found[0].wrong not in _SINGLE_BYTE:
            # Every hanzi re-reads as some hanzi: each run must show damage of its own.
            found = [r for r in found if _damaged(line[r.start : r.end])
                     or len(line[r.start : r.end]) == 1 and not _common_cjk(line[r.start])]
            # ... and the chain needs a strong run holding a known word: random bytes read
            # as Big5 or GBK give common characters, seldom words.
            if not any(_strong(r) and _has_word(r.after) for r in found):
                continue
        if not found or not any(_strong(r) for r in found):
            continue
        total = sum(r.gain for r in found)
        if best is None or total > best[0]:
            best = (total, found)
    return sorted(best[1], key=lambda r: r.start) if best else []


#: Longer lines are repaired in windows of about this many characters, cut at ASCII below 0x40
#: where possible (a line of a megabyte costs the same per character as a short one).
WINDOW = 2000
#: After this many suspicious windows of one line without a repair, the rest is left alone:
#: its signatures are a pattern of the text, not damage (and the work stays linear).
MAX_FRUITLESS = 8


def repair_line(line: str) -> tuple[str, list[Repair]]:
    """Repair one line (no line break inside), window by window; see :func:`_repair_window`.

    The answer is a function of the line and of what the search asked about the document
    (:func:`_ask`): it is memoised with those questions and their answers, and a memo entry
    is reused only when every question gets the same answer again. The engine repeats the
    stages while a pass changed the text, and the Western stage asks about lines (without a
    document) that this stage then repairs: the same search is not run twice.

    >>> repair_line("鍙戝睍")[0]
    '发展'
    >>> repair_line("Müller und Ångström")[0]
    'Müller und Ångström'
    """
    fixed, repairs = _memoised("lines", line, _repair_line, line)[0]
    return fixed, list(repairs)


_T = TypeVar("_T")


def _ask(question: Callable[..., _T], *args: object) -> _T:
    """``question(*args)``, a question about the document being repaired, recorded with its
    answer for the memos of :func:`_memoised`.

    Every read of the document (:data:`_LOCAL` ``.text``, :func:`_doc_context`,
    :func:`_doc_languages`) during a line's search goes through here: the search is
    otherwise a function of the line, so the same line gets the same answer wherever every
    recorded question gets the same answer.
    """
    answer = question(*args)
    asked = _LOCAL.__dict__.get("asked")
    if asked is not None:
        asked[(question, *args)] = answer
    return answer


def _memoised(name: str, key: object, compute: Callable[..., _T], *args: object
              ) -> tuple[_T, bool]:
    """``compute(*args)`` (a function of ``key`` and of the document questions it asks through
    :func:`_ask`) from the memo ``name``, and whether it came from there.

    An entry is reused only where every question it asked gets the answer it got (checked by
    asking again); the questions are passed on to a caller that records its own.
    """
    local = _LOCAL.__dict__
    memo = local.get(name)
    if memo is None:
        memo = local[name] = _Memo(MEMO_KEYS[name])
    outer = local.get("asked")
    entry = memo.get(key)
    if entry is not None:
        if outer is not None and entry[0]:  # the caller's answer depends on them too
            outer.update(entry[0])
        return entry[1], True  # type: ignore[return-value]
    asked: dict[tuple[object, ...], object] = {}
    local["asked"] = asked
    try:
        value = compute(*args)
    finally:
        local["asked"] = outer
    memo.put(key, (tuple(asked.items()) if asked else (), value))
    if outer is not None and asked:
        outer.update(asked)
    return value, False


#: Keys the memos of :func:`_memoised` keep per generation (see :class:`_Memo`): lines, and
#: (line, chain) pairs; and entries (documents that answered differently) per key.
MEMO_KEYS = {"lines": 1 << 12, "pending": 1 << 16}
MEMO_PER_KEY = 4

_Entry = tuple[tuple[tuple[tuple[object, ...], object], ...], object]


class _Memo:
    """A memo of :func:`_memoised` in one thread: two generations of keys.

    A generation ends when this stage starts on a text (:func:`run`) or holds ``limit`` keys;
    entries used in the current generation move into it. So a memo holds the lines of about
    one document (its passes, and the Western stage's questions before them), and no
    document pays for another.
    """

    __slots__ = ("current", "limit", "previous")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.current: dict[object, list[_Entry]] = {}
        self.previous: dict[object, list[_Entry]] = {}

    def rotate(self) -> None:
        self.previous, self.current = self.current, {}

    def get(self, key: object) -> _Entry | None:
        """The entry for ``key`` whose questions all get their recorded answers again."""
        entries = self.current.get(key)
        if entries is None:
            entries = self.previous.get(key)
            if entries is None:
                return None
            self._keep(key, entries)
        for entry in entries:
            if not entry[0] or all(question[0](*question[1:]) == answer  # type: ignore[operator]
                                   for question, answer in entry[0]):
                return entry
        return None

    def put(self, key: object, entry: _Entry) -> None:
        entries = self.current.get(key)
        if entries is None:
            entries = self.previous.get(key)
            if entries is None:
                self._keep(key, [entry])
                return
            self._keep(key, entries)
        entries.insert(0, entry)
        del entries[MEMO_PER_KEY:]

    def _keep(self, key: object, entries: list[_Entry]) -> None:
        if len(self.current) >= self.limit:
            self.rotate()
        self.current[key] = entries


def _repair_line(line: str) -> tuple[str, list[Repair]]:
    """:func:`repair_line` without its memo."""
    if len(line) <= WINDOW:
        return _repair_window(line, [])
    parts: list[str] = []
    applied: list[Repair] = []
    seen: list[tuple[str, str]] = []
    pos = 0
    fruitless = 0
    while pos < len(line):
        end = min(len(line), pos + WINDOW)
        if end < len(line):
            m = None
            for m in _SYNC.finditer(line, pos + WINDOW // 2, end):
                pass
            end = m.end() if m else end
        window = line[pos:end]
        if fruitless < MAX_FRUITLESS or not suspicious(window):
            fixed, repairs = _repair_window(window, seen)
        else:
            fixed, repairs = window, []  # a long line that only looks like mojibake
        if repairs:
            fruitless = 0
        elif fixed == window and suspicious(window):
            fruitless += 1
        parts.append(fixed)
        applied.extend(repairs)
        pos = end
    return "".join(parts), applied


def _apply(line: str, repairs: list[Repair]) -> str:
    parts: list[str] = []
    pos = 0
    for r in repairs:
        parts.append(line[pos : r.start])
        parts.append(r.after)
        pos = r.end
    parts.append(line[pos:])
    return "".join(parts)


#: Lines longer than this are repaired only around their signatures (see :func:`_regions`).
REGION_MIN = 200
#: Characters of context kept on each side of a signature.
REGION_PAD = 80


def _regions(line: str) -> list[tuple[int, int]] | None:
    """Stretches of a long line around its mojibake signatures (None: the whole line).

    Mojibake runs are local; a page-long line of good text with one damaged phrase is read
    again only around that phrase. Stretches end at a byte below 0x40 where one is near.
    """
    if len(line) <= REGION_MIN:
        return None
    spans: list[list[int]] = []
    for m in _signature().finditer(line):
        a, b = max(0, m.start() - REGION_PAD), min(len(line), m.end() + REGION_PAD)
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    if not spans:
        return None
    out: list[tuple[int, int]] = []
    for a, b in spans:
        left = max((m.end() for m in _SYNC.finditer(line, max(0, a - 20), a)), default=a)
        right = next((m.start() for m in _SYNC.finditer(line, b, min(len(line), b + 20))), b)
        if out and left < out[-1][1]:
            left = out[-1][1]
        out.append((left, right))
    if sum(b - a for a, b in out) > 0.7 * len(line):
        return None
    return out


def _repair_window(line: str, seen: list[tuple[str, str]]) -> tuple[str, list[Repair]]:
    """Repair a piece of a line, around its signatures when it is long."""
    regions = _regions(line)
    if regions is None:
        return _repair_layer(line, seen)
    parts: list[str] = []
    applied: list[Repair] = []
    pos = 0
    for a, b in regions:
        fixed, repairs = _repair_layer(line[a:b], seen)
        parts.append(line[pos:a])
        parts.append(fixed)
        applied.extend(repairs)
        pos = b
    parts.append(line[pos:])
    return "".join(parts), applied


def _repair_layer(line: str, seen: list[tuple[str, str]]) -> tuple[str, list[Repair]]:
    """Repair one layer of mojibake in a piece of a line.

    ``seen`` holds the chains established earlier in the same line: they are tried first, and
    when they leave nothing suspicious the other chains are not tried at all. A second layer
    is read by the engine's next pass (:data:`textfix.repair.MAX_PASSES`), which runs the
    stages again over a text a pass changed. (This search used to loop over up to four layers
    itself; with one, every output of ``repair()`` over tests/data, tests/cases,
    ``../shared/conformance`` and the real corpus was the same, and the generated set run
    through the older stages alone gave 339 of 344 either way.)
    """
    if not suspicious(line):
        return line, []
    memo: dict[tuple[str, str], tuple[list[Repair], list[tuple[int, int]]]] = {}
    repairs = _best_repairs(line, tuple(seen), memo) if seen else []
    if not repairs or suspicious(_apply(line, repairs)):
        repairs = _best_repairs(line, CHAINS, memo)
    if not repairs:
        return line, []
    chain = (repairs[0].wrong, repairs[0].right)
    if chain not in seen:
        seen.insert(0, chain)
    return _apply(line, repairs), list(repairs)


# --- the stage ------------------------------------------------------------------------------


def run(text: str, ctx: Context) -> Outcome:
    """Repair CJK mojibake line by line; report each repaired run with its chain."""
    for name in ("lines", "pending"):
        memo = _LOCAL.__dict__.get(name)
        if memo is not None:
            memo.rotate()  # a new generation of the memos of the search (see _Memo)
    if not ctx.config.mojibake or text.isascii():
        return Outcome(text)
    if not gate_opens(text):
        return Outcome(text)
    edits: list[Edit] = []
    notes: list[tuple[int, int, str, str]] = []
    lost: list[tuple[int, int]] = []
    _LOCAL.text, _LOCAL.context, _LOCAL.languages = text, None, None
    try:
        _scan(text, edits, notes, lost)
    finally:
        _LOCAL.text = _LOCAL.context = _LOCAL.languages = None
    if not edits and not lost:
        return Outcome(text)
    index = LineIndex(text)
    findings = []
    for start, end in lost:
        ln, col = index.line_col(start)
        findings.append(Finding(
            Code.UNRECOVERABLE, ln, col,
            f"CJK mojibake with lost bytes {text[start:end][:40]!r}: no repair leaves the line "
            "clean, left as it is", fixable=False, start=start, end=end))
    for start, end, chain, after in notes:
        ln, col = index.line_col(start)
        findings.append(Finding(
            Code.CJK_MOJIBAKE, ln, col,
            f"CJK mojibake {text[start:end][:40]!r} → {after[:40]!r}",
            evidence=chain, start=start, end=end))
    new_text, changes = apply_edits(text, edits, STEP)
    return Outcome(new_text, tuple(findings), tuple(changes))


def _accepts(text: str, start: int, end: int, fixed: str) -> bool:
    """The language model's decision rule (:func:`textfix.damage.mojibake.accepts`)."""
    from . import accepts

    return accepts(text, start, end, fixed)


def _scan(text: str, edits: list[Edit], notes: list[tuple[int, int, str, str]],
          lost: list[tuple[int, int]]) -> None:
    """Repair every suspicious line of ``text``; one edit per changed line.

    Only the lines where :func:`_gate` matches are looked at: the others are not suspicious.
    """
    gate = _gate().search
    m = gate(text)
    while m is not None:
        pos = text.rfind("\n", 0, m.start()) + 1
        stop = text.find("\n", m.end())
        stop = len(text) if stop < 0 else stop + 1
        m = gate(text, stop)
        body = text[pos:stop].rstrip("\r\n")
        if suspicious(body):
            fixed, repairs = repair_line(body)
            if (fixed != body and "\n" not in fixed and "\r" not in fixed
                    and suspicious(fixed) and repairs):
                # a repair that leaves garble in the line (bytes were lost): refused, and
                # the damage is reported as it is
                lost.append((pos, pos + len(body)))
                continue
            if (fixed != body and "\n" not in fixed and "\r" not in fixed
                    and _accepts(text, pos, pos + len(body), fixed)):
                # One edit per line keeps multi-layer repairs replayable.
                a, z = changed_span(body, fixed)
                edits.append(Edit(pos + a, pos + len(body) - z, fixed[a : len(fixed) - z],
                                  Code.CJK_MOJIBAKE))
                chain = "; ".join(
                    f"encode {r.wrong}, decode {r.right} ({r.before_score:.1f} → "
                    f"{r.after_score:.1f})" for r in repairs[:4])
                notes.append((pos + a, pos + len(body) - z, chain, fixed[a : len(fixed) - z]))
