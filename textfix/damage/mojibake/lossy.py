"""Lossy runs: where bytes were lost, which ones they can have been.

A decoder that meets bytes it cannot decode writes U+FFFD or ``?`` for them, or drops them. The
bytes are gone, but two structures say much about them: the encoding the bytes really were
(UTF-8: a lead byte announces how many continuation bytes follow; a vendor's code page: which
lead bytes extend the standard) says where bytes are missing and of which kind, and the code
page that lost them says which values it cannot decode. Every byte string that fits both is a
candidate; the character model (:mod:`.model`) picks one, and :mod:`.segment`'s one rule
decides whether the repaired run replaces the text, charging the candidates' number (a
uniform prior over them). Each inferred character is reported (``M104``) with the runners-up.
A loss no candidate fits stays U+FFFD and the run around it is still repaired (``M103``).

* :func:`infer` — UTF-8 read as cp1252, whose five undefined bytes were replaced or dropped,
  and whose curly quotes a copy may have straightened (``â"¢`` for ``â„¢``, ™);
* :func:`infer_dbcs` — UTF-8 read as a double-byte code page (GBK, cp932, cp949) that wrote
  U+FFFD or ``?`` for pairs it could not decode, or dropped them; losses on both sides of
  surviving continuation bytes are one character (``？`` read as cp932 is ``�ｼ�``), and a
  bracket the text opened is closed where a loss can be its closing mark;
* :func:`infer_dropped` — Shift_JIS read as cp1252, the five bytes cp1252 leaves undefined
  dropped (a viewer shows them as nothing): the best path through the bytes, each dropped
  byte inserted where the code page needs one;
* :func:`infer_vendor` — a vendor's code page (cp932, cp949, GBK, cp950) read with the
  standard it extends, its own characters lost; written only where the model is sure;
* :func:`infer_escapes` — ISO-2022-JP whose escape bytes (ESC) a filter stripped: the
  designations that remain (``$B`` … ``(B``) say where each lost ESC stood, so nothing is
  left to choose.
* :func:`infer_shifted` — Japanese written as GBK and read as EUC-JP, the bytes EUC-JP could
  not read dropped: a dropped lead byte inserted before the byte it led (an ASCII letter left
  of a kanji, a stretch read out of step), the best path through the bytes; asked only of a
  document :mod:`.cross` decided is garbled so.

A run of loss marks with no surviving byte beside them is never read: any reading would be
invented.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from itertools import combinations, product
from typing import Any, TypeVar

from .chains import char_bytes, dbcs_pairs
from .model import Model, script_of

#: The bytes cp1252 cannot decode: the only ones its decoders replace or drop.
UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
#: A byte inferred where U+FFFD stands: one of five, chosen by the model (log 5).
REPLACED_COST = math.log(len(UNDEFINED))
#: The bytes a copy drops without a mark: the undefined ones, and 0xAD, the soft hyphen, which
#: renders as nothing and is stripped by editors and scrapers (步 E6 AD A5 reads ``æ¥``,
#: í C3 AD reads ``Ã``). A decoder never writes U+FFFD for it: it is defined.
DROPPABLE = (*UNDEFINED, 0xAD)
#: A byte inferred where nothing stands (dropped): one of six, and the loss itself is only
#: supposed (no U+FFFD says so): twice the log of the candidates.
DROPPED_COST = 2 * math.log(len(DROPPABLE))
#: A byte supposed where a space stands (a no-break space, A0, that a copy turned into a
#: space): as costly as a dropped one, since the two explain the same garble (``ì„`` and a
#: space is 을 and a space, or 선) and neither loss shows. On clean Korean, Chinese and
#: Japanese lines of tests/data/clean read as cp1252 with the undefined bytes dropped and
#: no-break spaces made spaces (a /tmp script), 199 of 303 lines come back exact with no
#: cost, 205 with this one (and 204 with twice it).
SPACED_COST = DROPPED_COST
#: At most this many bytes are inferred in one character (a 4-byte character missing three).
MAX_MISSING = 3
#: Curly quotation marks a copy straightened to ASCII (an editor's "smart quotes" undone, a
#: form that keeps ASCII only): cp1252 writes continuation bytes 0x84, 0x93, 0x94 as ``„“”``
#: and 0x91, 0x92 as ``‘’``, so ™ (E2 84 A2) read as cp1252 is ``â„¢`` and, straightened,
#: ``â"¢``. Where an ASCII quote stands between a lead byte's letter and a continuation byte's
#: character, it is read as one of these bytes or as itself.
STRAIGHTENED = {0x22: (0x84, 0x93, 0x94), 0x27: (0x91, 0x92)}
#: A byte inferred where an ASCII quote stands: one of two or three, and the straightening only
#: supposed (no mark says so): twice the log of the candidates, as for a dropped byte
#: (:data:`DROPPED_COST`). On the non-ASCII lines of tests/data/clean (first 8 of each file)
#: read as cp1252 with U+FFFD for the undefined bytes and the curly quotes straightened (a /tmp
#: script), 203 of 472 damaged lines come back exact (26 without this reading) and none of
#: 1,120 clean lines changes, with any multiple of the log from 0 to 8: twice, as its kin.
STRAIGHTENED_COST = {q: 2 * math.log(len(b)) for q, b in STRAIGHTENED.items()}


def _length(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def infer(text: str, m: Model, prev: str = "", following: str = "", spaced: bool = True
          ) -> tuple[str, float, list[tuple[str, str]]] | None:
    """The reading of ``text`` (UTF-8 read as cp1252, bytes lost) between ``prev`` and
    ``following``, the cost of its inferred bytes, and each inferred character with its
    alternatives; None when ``text`` is not such a run (a byte no UTF-8 structure explains).
    Each damaged character is chosen by its likelihood between its neighbours. A space inside
    the run is a no-break space (A0) a copy turned into a space, or a space after a character
    that lost a byte (``ì„ `` is 을 and a space, ``ì„\xa0`` is 선): the run is read both
    ways where it holds one, and the likelier reading, less the cost of its inferred bytes,
    is kept; only as spaces where the copy kept its no-break spaces (``spaced`` false: the
    line holds one)."""
    got = _infer(text, m, prev, following, spaces=spaced)
    if " " not in text or not spaced:
        return got
    plain = _infer(text, m, prev, following, spaces=False)
    if got is None or plain is None:
        return got or plain
    return max((got, plain), key=lambda r: m.score(r[0], prev, following) - r[1])


def _infer(text: str, m: Model, prev: str, following: str, spaces: bool
           ) -> tuple[str, float, list[tuple[str, str]]] | None:
    """:func:`infer`, with every space after a lead byte a no-break space (``spaces``) or
    none."""
    slots: list[int | None] = []
    for ch in text:
        if ch == "\ufffd":
            slots.append(None)
            continue
        b = char_bytes(ch, "cp1252")
        if b is None:
            return None
        slots.extend(b)
    out: list[str] = []
    cost = 0.0
    inferred_at: list[tuple[int, list[str]]] = []  # position in out, candidates best first
    choices: dict[int, list[str]] = {}  # position in out -> its candidates, best first
    first = prev
    i = 0
    while i < len(slots):
        s = slots[i]
        if s is None:
            out.append("\ufffd")  # a lost lead byte: nothing says what it was
            i += 1
            continue
        if s < 0x80:
            if s in STRAIGHTENED:
                return None  # a quote no lead byte needs is the writer's: two runs, not one
            out.append(chr(s))
            prev = chr(s)
            i += 1
            continue
        n = _length(s)
        if not n:
            return None
        # the continuation bytes present (U+FFFD for a replaced one; a space after a lead
        # byte may be a no-break space A0 that a copy turned into a space)
        j = i + 1
        present: list[int | None] = []
        while len(present) < n - 1 and j < len(slots):
            t = slots[j]
            if t is None or 0x80 <= t <= 0xBF or (t == 0x20 and spaces) or (
                    t in STRAIGHTENED and j + 1 < len(slots)):
                present.append(0xA0 if t == 0x20 else t)
                j += 1
            else:
                break
        dropped = n - 1 - len(present)
        nxt = slots[j] if j < len(slots) else None
        after = (chr(nxt) if nxt is not None and nxt < 0x80 else "") if j < len(slots) \
            else following
        options: list[tuple[float, str]] = []
        for places in combinations(range(n - 1), dropped):
            it = iter(present)
            seq = [s, *(None if k in places else next(it) for k in range(n - 1))]
            missing = [k for k, b in enumerate(seq) if b is None]
            if len(missing) > MAX_MISSING:
                continue
            dropped_at = {p + 1 for p in places}
            # a straightened quote is one of the curly ones' bytes (filled as a lost one)
            missing += [k for k, b in enumerate(seq) if b in STRAIGHTENED]
            if len(missing) > MAX_MISSING:
                continue
            for fill in product(*(DROPPABLE if k in dropped_at else STRAIGHTENED.get(
                    seq[k], UNDEFINED) for k in missing)):  # type: ignore[arg-type]
                raw = list(seq)
                for k, b in zip(missing, fill):
                    raw[k] = b
                try:
                    ch = bytes(raw).decode("utf-8")  # type: ignore[arg-type]
                except UnicodeDecodeError:
                    continue
                lp = m.logp(prev, ch) + (m.logp(ch, after) if after else 0.0)
                options.append((lp, ch))
        if not options:
            return None
        options.sort(reverse=True)
        ch = options[0][1]
        if len(options) > 1:
            choices[len(out)] = [c for _, c in options]
        out.append(ch)
        replaced = sum(1 for b in present if b is None)
        spaced = any(slots[k] == 0x20 for k in range(i + 1, j))
        quotes = [b for b in present if b in STRAIGHTENED]
        if dropped or replaced or spaced or quotes:
            inferred_at.append((len(out) - 1, [c for _, c in options]))
            cost += (dropped * DROPPED_COST + replaced * REPLACED_COST
                     + sum(1 for k in range(i + 1, j) if slots[k] == 0x20) * SPACED_COST
                     + sum(STRAIGHTENED_COST[b] for b in quotes))  # type: ignore[index]
        prev = ch
        i = j
    # a second look at each inferred character, now that both its neighbours are chosen
    # (two lost bytes in a row were each first chosen without the other)
    for k, cands in choices.items():
        left = out[k - 1] if k else first
        right = out[k + 1] if k + 1 < len(out) else following
        out[k] = max(cands, key=lambda c: m.logp(left, c) + (m.logp(c, right) if right else 0.0))
    # each inferred character as finally chosen, with its runners-up
    inferred = [(out[k], "".join(dict.fromkeys(c for c in cands if c != out[k]))[:3])
                for k, cands in inferred_at]
    return "".join(out), cost, inferred


# --- UTF-8 read as a double-byte code page (GBK), bytes lost ---------------------------------
#
# A GBK console or decoder meeting a byte pair it cannot decode writes one ``�`` (Python's
# ``replace``) or ``?`` (the Windows console) for the pair, or for a lone byte when the next one
# cannot trail it (an ASCII byte, the end of the text). So one or two bytes were lost at each
# mark; UTF-8's structure says which kinds they were (the continuation bytes the character
# before still needs, the lead byte of a character whose continuation bytes follow), and the
# code page says which values they can have had (only pairs it cannot decode are lost). Every
# byte string that fits both is a candidate; the model picks one, and the inferred character is
# reported with its alternatives. A loss no candidate fits stays ``�`` (reported ``M103``), and
# the run around it is still repaired.

#: The marks a double-byte decoder leaves for lost bytes.
LOSS_MARKS = "\ufffd?"
#: The lead bytes tried where a lost pair held the start of a character, by its length.
_LEADS = {2: range(0xC2, 0xE0), 3: range(0xE0, 0xF0), 4: range(0xF0, 0xF5)}
_CONT = range(0x80, 0xC0)


def _lost_as(g: bytes, nb: bytes, mark: str, codec: str) -> bool:
    """True when ``codec`` turns the bytes ``g`` (followed by ``nb``) into one loss mark:
    Python's ``replace`` (``�``, or ``?`` written for it), or a console that writes ``?`` and
    lets a lead byte eat the byte after it whatever it is; for no mark (``""``), a decoder
    that drops what it cannot decode."""
    if not mark:
        return (g + nb).decode(codec, "ignore") == nb.decode(codec, "ignore")
    if (g + nb).decode(codec, "replace") == "\ufffd" + nb.decode(codec, "replace"):
        return True
    if mark != "?":
        return False
    if len(g) == 2:
        return 0x81 <= g[0] <= 0xFE and "\ufffd" in g.decode(codec, "replace")
    return g[0] in (0x80, 0xFF) or not nb


@lru_cache(maxsize=None)
def _cont_leads(codec: str) -> tuple[int, ...]:
    """The UTF-8 continuation bytes that are lead bytes of ``codec`` (alone, they decode to
    nothing): the last byte of a character that can make a console eat the byte after it."""
    return tuple(b for b in _CONT if bytes((b,)).decode(codec, "replace") == "\ufffd"
                 and any(len(bytes((b, t)).decode(codec, "replace")) == 1
                         for t in range(0x40, 0x100)))


@lru_cache(maxsize=None)
def _eaten(codec: str) -> tuple[int, ...]:
    """The ASCII bytes that no lead byte of :func:`_cont_leads` takes as its trail byte in
    ``codec``: the ones a console's lead byte eats with it into one ``?`` (digits, space, most
    punctuation); a byte it can trail forms a character instead of a loss. Only printable
    ones: a line holds no control character."""
    return tuple(x for x in range(0x20, 0x7F)
                 if all(bytes((lead, x)).decode(codec, "replace")[:1] == "\ufffd"
                        for lead in _cont_leads(codec)))


#: The eaten bytes (:func:`_eaten`) a reading restores: the space. A digit or punctuation
#: mark eaten so cannot be told from another of its kind (the model scores them by their
#: class and frequency: it would always restore the commonest), so a reading that restored
#: one would invent it. On the clean zh/ja/ko lines of tests/data/clean shown by a GBK
#: console (a /tmp script), lines exact rise from 110 to 122 of 303 with every eaten byte
#: and to 123 with the space alone (three such sets of 303 lines took 18 s, against 21 s
#: before either; one run each on a loaded machine).
RESTORED = frozenset(b" ")


def _fills(need: int, orphans: int, lo: int, hi: int, codec: str = ""
           ) -> list[list[range] | list[range | tuple[int, ...]]]:
    """The shapes of ``lo`` to ``hi`` lost bytes, as a range of values per byte. The character
    before the loss lacks ``need`` continuation bytes and ``orphans`` continuation bytes follow
    it: either the loss held the ones the orphans do not supply, or it completed the character
    before and started the next one (its lead byte, and the continuation bytes the orphans do
    not supply), maybe with an ASCII byte between them that a console's lead byte ate. A
    console's ``?`` may also be the character's last byte, a lead byte of ``codec`` too, with
    the ASCII byte after it that it ate (:func:`_eaten`; restored only where it is a space,
    :data:`RESTORED`); that shape is tried where ``codec`` is given (text follows the loss)."""
    out: list[list[range]] = []
    if 0 < need - orphans:
        out.append([_CONT] * (need - orphans))
    if need and not orphans:
        # the ASCII byte after the character, eaten by its last byte (a lead byte too) into
        # the console's ``?``: only a byte no such lead takes as a trail
        out.append([*[_CONT] * (need - 1), _cont_leads(codec),
                    tuple(x for x in _eaten(codec) if x in RESTORED)] if codec
                   else [*[_CONT] * need, range(0x00, 0x80)])
    for n in (2, 3, 4):
        if n - 1 >= orphans:
            for middle in ([], [range(0x00, 0x80)]):
                out.append([*[_CONT] * need, *middle, _LEADS[n], *[_CONT] * (n - 1 - orphans)])
            # a whole character lost between them, one byte per mark (은 then 입's lead)
            for w in (2, 3):
                shape = [*[_CONT] * need, _LEADS[w], *[_CONT] * (w - 1), _LEADS[n],
                         *[_CONT] * (n - 1 - orphans)]
                if len(shape) == lo:
                    out.append(shape)
    # one byte per mark is enumerated with pruning (see _lost_fills), whatever its number
    return [s for s in out if lo <= len(s) <= hi
            and (math.prod(map(len, s)) <= MAX_CANDIDATES
                 or (len(s) == lo <= MAX_SINGLES and all(min(r) >= 0x80 for r in s)))]


#: Most bytes lost one per mark that are enumerated (a character of three, or two bytes of a
#: character and the next one's lead byte): longer runs of marks hold too little to read.
MAX_SINGLES = 4
#: Most steps of one enumeration of lost bytes (:func:`_lost_fills`); a shape that needs more
#: has too many readings to choose from and is given up.
MAX_STEPS = 1 << 15


@lru_cache(maxsize=None)
def _loss_tables(codec: str) -> tuple[dict[str, dict[int, frozenset[int]]],
                                      dict[str, dict[int, frozenset[int]]]]:
    """For each loss mark, which bytes ``codec`` loses alone before which next bytes (-1: the
    end), and which pairs it loses together: the conditions :func:`_lost_as` checks, byte by
    byte, so that :func:`_lost_fills` can prune as it goes."""
    alone: dict[str, dict[int, set[int]]] = {"\ufffd": {}, "?": {}}
    both: dict[str, dict[int, set[int]]] = {"\ufffd": {}, "?": {}}
    for x in range(0x80):  # an ASCII byte decodes: only a console's last ? can hide it
        alone["?"][x] = {-1}
    for x in range(0x80, 0x100):
        lone = bytes((x,)).decode(codec, "replace")
        for mark in ("\ufffd", "?"):
            if lone == "\ufffd" or (mark == "?"):
                alone[mark].setdefault(x, set()).add(-1)
        for z in range(0x100):
            d = bytes((x, z)).decode(codec, "replace")
            if d == "\ufffd":
                both["\ufffd"].setdefault(x, set()).add(z)
                both["?"].setdefault(x, set()).add(z)
            elif d[:1] == "\ufffd":
                alone["\ufffd"].setdefault(x, set()).add(z)
                alone["?"].setdefault(x, set()).add(z)
            if mark_console(x, z, d):
                both["?"].setdefault(x, set()).add(z)
            if x in (0x80, 0xFF):
                alone["?"].setdefault(x, set()).add(z)
    freeze = lambda t: {k: {x: frozenset(v) for x, v in row.items()} for k, row in t.items()}
    return freeze(alone), freeze(both)


def mark_console(x: int, z: int, shown: str) -> bool:
    """A console that writes ``?`` for a pair it cannot decode, its lead byte eating the next
    byte whatever it is (see :func:`_lost_as`)."""
    return 0x81 <= x <= 0xFE and "\ufffd" in shown


def _lost_fills(shape: list[range], marks: list[str], nb: bytes, codec: str
                ) -> Iterator[tuple[int, ...]]:
    """The byte strings of ``shape`` that may split into one piece of one or two bytes per
    mark, each lost as its mark (a necessary condition, checked byte by byte: the exact one is
    :func:`_lost_run`). A loss of three bytes has 2^18 strings; a few dozen pass."""
    alone, both = _loss_tables(codec)
    n, k = len(shape), len(marks)
    end = nb[0] if nb else -1
    buf: list[int] = []

    def fits(pending: tuple[int, str] | None, nxt: int) -> bool:
        return pending is None or nxt in alone[pending[1]].get(pending[0], ())

    def walk(i: int, mi: int, pending: tuple[int, str] | None) -> Iterator[tuple[int, ...]]:
        if mi == k:
            if i == n and fits(pending, end):
                yield tuple(buf)
            return
        mark = marks[mi]
        for size in (1, 2):
            rest = n - i - size
            if rest < k - mi - 1 or rest > 2 * (k - mi - 1):
                continue
            for x in shape[i]:
                if not fits(pending, x):
                    continue
                if size == 1:
                    if x in alone[mark]:
                        buf.append(x)
                        yield from walk(i + 1, mi + 1, (x, mark))
                        buf.pop()
                    continue
                ys = both[mark].get(x)
                if ys:
                    for y in shape[i + 1]:
                        if y in ys:
                            buf.extend((x, y))
                            yield from walk(i + 2, mi + 1, None)
                            del buf[-2:]

    out: list[tuple[int, ...]] = []
    for steps, fill in enumerate(walk(0, 0, None)):
        if steps >= MAX_STEPS:
            return iter(())
        out.append(fill)
    return iter(out)


#: Most byte strings tried at one loss (two lost continuation bytes: 64 × 64).
MAX_CANDIDATES = 1 << 12


def _lost_run(g: bytes, marks: list[str], nb: bytes, codec: str) -> bool:
    """True when ``g`` splits into one piece of one or two bytes per loss mark, each lost as
    its mark (:func:`_lost_as`) before the bytes that follow it."""
    if not marks:
        return not g
    for size in (1, 2):
        if size <= len(g) and len(g) - size >= len(marks) - 1:
            rest = g[size:]
            if (_lost_as(g[:size], rest[:2] if len(marks) > 1 else nb, marks[0], codec)
                    and _lost_run(rest, marks[1:], nb, codec)):
                return True
    return False


def _candidates(left: list[int], need: int, marks: list[str], right: bytes, nb: bytes,
                codec: str, m: Model) -> list[str]:
    """:func:`_candidates_of`, remembered (a document loses the same bytes again and again)."""
    return list(_candidates_of(bytes(left), need, tuple(marks), right, nb, codec, m))


@lru_cache(maxsize=1 << 12)
def _candidates_of(left: bytes, need: int, marks: tuple[str, ...], right: bytes, nb: bytes,
                   codec: str, m: Model) -> tuple[str, ...]:
    """Every reading of a loss: the character(s) that the bytes ``left`` of it, one to two
    lost bytes per mark in ``marks`` and the continuation bytes ``right`` of it decode to as
    UTF-8, where ``codec`` loses those bytes as the marks show; a last ``?`` may also be a
    question mark after the losses before it."""
    options: dict[str, None] = {}
    seen: set[str] = set()
    readings = [(list(marks), right, nb, "")]
    if len(marks) > 1 and marks[-1] == "?" and not right:
        readings.append((list(marks[:-1]), b"", b"?", "?"))
    for lost, rest, follow, literal in readings:
        # a byte eaten after the loss only where text follows it (at a line's end the reading
        # would end in an invented byte)
        for shape in _fills(need, len(rest), len(lost), 2 * len(lost), codec if follow else ""):
            fills = (_lost_fills(shape, lost, follow, codec) if all(lost) else product(*shape))
            for fill in fills:
                g = bytes(fill)
                try:
                    chars = (left + g + rest).decode("utf-8") + literal
                except UnicodeDecodeError:
                    continue
                if chars in seen or not all(_real(c, m) for c in chars):
                    continue
                if _lost_run(g, lost, follow, codec):
                    seen.add(chars)
                    options[chars] = None
    return tuple(options)


def _next_char(items: list[int | str], k: int, following: str) -> str:
    """The character that starts at item ``k`` (bytes of whole UTF-8 characters, or a ``?``
    mark), or ``following`` at the end."""
    if k >= len(items):
        return following
    lead = items[k]
    if isinstance(lead, str):
        return "?" if lead == "?" else ""
    size = 1 if lead < 0x80 else _length(lead)
    chunk = items[k : k + size]
    if size and all(isinstance(v, int) for v in chunk):
        return bytes(chunk).decode("utf-8", "replace")  # type: ignore[arg-type]
    return ""


def _split(items: list[int | str], after: dict[int, bytes], k: int, left: list[int], need: int,
           marks: list[str], right: bytes, following: str, codec: str, m: Model, left_ch: str,
           options: list[str], nxt: str) -> tuple[list[str], int, str] | None:
    """Losses on both sides of continuation bytes that survived (``？`` = EF BC 9F read as
    cp932: EF lost, BC read alone as ``ｼ``, 9F lost) as one character: its candidates, where
    they end and the character after them, when they are likelier than the two losses read
    apart (each with the uniform prior over its candidates); None otherwise."""
    k2 = k
    while k2 < len(items) and isinstance(items[k2], str):
        k2 += 1
    marks2 = tuple(x for x in items[k:k2] if isinstance(x, str))
    nxt_item = items[k2] if k2 < len(items) else None
    if isinstance(nxt_item, int) and 0x80 <= nxt_item <= 0xBF:
        return None  # continuation bytes follow: the second loss starts the next character
    nb2 = after[k2 - 1]
    joined = _split_candidates(bytes(left), need, tuple(marks), right, marks2, nb2, codec, m)
    if not joined:
        return None
    nxt2 = _next_char(items, k2, following)
    best_joined = max(m.score(c, left_ch, nxt2[:1]) for c in joined) - math.log(len(joined))
    if options:
        second = _candidates([], 0, list(marks2), b"", nb2, codec, m)
        if second:
            first = max(options, key=lambda c: m.score(c, left_ch, nxt[:1]))
            apart = (m.score(first, left_ch) - math.log(len(options))
                     + max(m.score(c, first[-1:], nxt2[:1]) for c in second)
                     - math.log(len(second)))
            if apart > best_joined:
                return None
    return list(joined), k2, nxt2


@lru_cache(maxsize=1 << 12)
def _split_candidates(left: bytes, need: int, marks1: tuple[str, ...], mid: bytes,
                      marks2: tuple[str, ...], nb: bytes, codec: str, m: Model
                      ) -> tuple[str, ...]:
    """Every character made of the bytes ``left``, bytes lost as ``marks1``, the surviving
    continuation bytes ``mid`` and bytes lost as ``marks2`` (before ``nb``)."""
    options: list[str] = []
    for n in (2, 3, 4):
        if left and n != len(left) + need:
            continue
        lost = n - len(left) - len(mid)
        for s1 in range(1, lost):
            shape1 = [*([] if left else [_LEADS[n]]), *[_CONT] * (s1 - (0 if left else 1))]
            shape2 = [_CONT] * (lost - s1)
            if (not shape1 or math.prod(map(len, shape1)) * math.prod(map(len, shape2))
                    > MAX_CANDIDATES):
                continue
            firsts = [g for g in map(bytes, product(*shape1))
                      if _lost_run(g, list(marks1), mid, codec)]
            if not firsts:
                continue
            seconds = [g for g in map(bytes, product(*shape2))
                       if _lost_run(g, list(marks2), nb, codec)]
            for g1 in firsts:
                for g2 in seconds:
                    try:
                        ch = (left + g1 + mid + g2).decode("utf-8")
                    except UnicodeDecodeError:
                        continue
                    if ch not in options and _real(ch, m):
                        options.append(ch)
    return tuple(options)


def _real(ch: str, m: Model) -> bool:
    """:func:`_judged`, remembered (candidates repeat across losses and documents)."""
    got = _REAL.get(ch)
    if got is None:
        got = _REAL[ch] = _judged(ch, m)
    return got


_REAL: dict[str, bool] = {}


def _judged(ch: str, m: Model) -> bool:
    """A character someone writes and the model can judge: known to it, assigned (the model
    does not judge the code points Unicode leaves unassigned, as in the planes above the CJK
    ones), and of a script it models (a letter or digit of another script, such as an
    Ethiopic digit, would be chosen for its class alone)."""
    return (m.known(ch) and unicodedata.category(ch) not in ("Cn", "Co", "Cs")
            and (ch < "\x80" or script_of(ch) not in ("letter", "digit")))


#: Opening brackets and quotation marks, and their closing ones.
BRACKETS = dict(zip("([{（［｛【「『《〈〔〖“‘", ")]}）］｝】」』》〉〕〗”’"))
_CLOSERS = frozenset(BRACKETS.values())


def _closer(before: str) -> str:
    """The closing mark of the innermost bracket ``before`` leaves open, or ""."""
    stack: list[str] = []
    for ch in before:
        if ch in BRACKETS:
            stack.append(BRACKETS[ch])
        elif ch in _CLOSERS:
            if stack and stack[-1] == ch:
                stack.pop()
            elif ch in stack:  # an unbalanced text: forget what it left open inside
                while stack and stack.pop() != ch:
                    pass
    return stack[-1] if stack else ""


#: Candidates per loss carried into the joint choice of losses side by side.
PATH_WIDTH = 16
#: Runners-up reported beside an inferred character (``M104``'s evidence).
ALTERNATIVES = 3


def _only_supposed(items: list[int | str], codec: str, m: Model) -> bool:
    """True when :func:`infer_dbcs` returns None for a run with no loss mark (``items`` its
    bytes): a lead byte UTF-8 never starts a character with, or more characters cut short
    that have a candidate (losses no mark shows: only supposed) than whole characters. With
    no mark the walk's steps depend on the bytes alone, so this follows them without scoring
    a candidate; it stops as soon as the count is settled. Exact: the walk returns None in
    the same cases (``tests/test_mojibake_shortcuts.py`` checks it on clean and garbled
    text). Clean CJK text read so is nearly all such runs (on the first 40 of the benchmark's
    spun pages, 5,080 of the 5,244 runs asked about; choosing candidates the walk then threw
    away took half the mojibake stage's time)."""
    whole = 0
    losses: list[tuple[list[int], int, bytes]] = []
    i = 0
    while i < len(items):
        s = items[i]
        assert isinstance(s, int)
        if s < 0x80:
            i += 1
            continue
        n = _length(s)
        if not n:
            return True
        j = i + 1
        while j - i < n and j < len(items) and 0x80 <= items[j] <= 0xBF:  # type: ignore[operator]
            j += 1
        if j - i == n:
            whole += 1
        else:
            nxt = items[j] if j < len(items) else None
            nb = bytes((nxt,)) if isinstance(nxt, int) and nxt < 0x80 else b""
            losses.append((items[i:j], n - (j - i), nb))  # type: ignore[arg-type]
        i = j
    unmarked = 0
    for k, (left, need, nb) in enumerate(losses):
        if unmarked + len(losses) - k <= whole:
            return False  # even if every loss left has a candidate
        if _candidates(left, need, [""], b"", nb, codec, m):
            unmarked += 1
            if unmarked > whole:
                return True
    return False


def infer_dbcs(text: str, m: Model, prev: str = "", following: str = "", codec: str = "gbk",
               damaged: bool = False
               ) -> tuple[str, float, list[tuple[str, tuple[str, ...]]]] | None:
    """The reading of ``text`` (UTF-8 read as the double-byte ``codec``, with ``�`` or ``?``
    where a pair was lost) after the text ``prev`` (its last character is the run's neighbour;
    a bracket it leaves open is closed by a loss that can be its closing mark) and before
    ``following``, the cost of its inferred bytes
    (the log of each loss's number of candidates: a uniform prior over them), and each inferred
    character with its two or three runners-up; None when ``text`` is not such a run. A loss no
    candidate fits reads ``�``. A run of mostly supposed losses (no mark shows them) is read
    only where the line is known ``damaged`` so elsewhere (:func:`.chains._lossy_dbcs`)."""
    if all(ch in LOSS_MARKS for ch in text):
        return None  # no byte of the run survived: any reading would be invented
    items: list[int | str] = []  # bytes, and loss marks
    after: dict[int, bytes] = {}  # item index of a mark -> the bytes of the character after it
    pending: list[int] = []
    for ch in text:
        if ch in LOSS_MARKS:
            after[len(items)] = b""
            pending = [len(items)]
            items.append(ch)
            continue
        b = char_bytes(ch, codec)
        if b is None:
            return None
        for k in pending:
            after[k] = b
        pending = []
        items.extend(b)
    for k in pending:
        after[k] = (char_bytes(following[:1], codec) or b"") if following else b""
    if not after and not damaged and _only_supposed(items, codec, m):
        return None  # what the walk below concludes, before it weighs any candidate
    out: list[str] = []
    cost = 0.0
    inferred: list[tuple[str, tuple[str, ...]]] = []
    whole = unmarked = 0  # characters read from bytes all there; losses no mark shows
    slots: list[tuple[int, list[str], str]] = []  # each loss: its place in out, candidates

    def is_cont(k: int) -> bool:
        v = items[k] if k < len(items) else None
        return isinstance(v, int) and 0x80 <= v <= 0xBF

    i = 0
    while i < len(items):
        s = items[i]
        if isinstance(s, int) and s < 0x80:
            out.append(chr(s))
            i += 1
            continue
        left: list[int] = []
        need = 0
        j = i
        if isinstance(s, int):
            n = _length(s)
            if not n:
                return None
            j = i + 1
            while len(left) < n - 1 and is_cont(j):
                left.append(items[j])  # type: ignore[arg-type]
                j += 1
            left.insert(0, s)
            if len(left) == n:
                out.append(bytes(left).decode("utf-8", "replace"))
                whole += 1
                i = j
                continue
            need = n - len(left)
        dropped = need > 0 and (j >= len(items) or isinstance(items[j], int))
        marks: list[str] = []
        k = j
        if dropped:  # a character cut short with no mark: a decoder dropped the bytes
            marks = [""]
            nxt_item = items[j] if j < len(items) else None
            nb = bytes((nxt_item,)) if isinstance(nxt_item, int) and nxt_item < 0x80 else b""
        while k < len(items) and isinstance(items[k], str):
            marks.append(items[k])
            k += 1
        if not dropped:
            nb = after[j + len(marks) - 1]
        start_right = k
        while is_cont(k):
            k += 1
        right = bytes(items[start_right:k])  # type: ignore[arg-type]
        nxt = ""
        if k < len(items) and isinstance(items[k], int):
            lead = items[k]
            size = 1 if lead < 0x80 else _length(lead)  # type: ignore[operator]
            chunk = items[k : k + size]
            if size and all(isinstance(v, int) for v in chunk):
                nxt = bytes(chunk).decode("utf-8", "replace")  # type: ignore[arg-type]
        elif k < len(items):
            nxt = "?" if items[k] == "?" else ""
        else:
            nxt = following
        options = _candidates(left, need, marks, right, nb, codec, m)
        if right and not dropped and k < len(items) and isinstance(items[k], str):
            split = _split(items, after, k, left, need, marks, right, following, codec, m,
                           out[-1][-1:] if out else prev[-1:], options, nxt)
            if split is not None:
                options, k, nxt = split
                marks = [*marks, *(x for x in items[start_right:k] if isinstance(x, str))]
        if not options and len(marks) > 1 and not dropped:
            # the first mark alone as this character's loss; the others are looked at next
            marks, right, nb, nxt, k = marks[:1], b"", b"", "", j + 1
            options = _candidates(left, need, marks, right, nb, codec, m)
        if not options and marks == ["?"] and not need and not right:
            out.append("?")  # a question mark between whole characters: no loss
            i = k
            continue
        if not options:
            out.append("\ufffd")  # nothing fits: the loss stays, the run around it is repaired
            i = k
            continue
        slots.append((len(out), options, nxt))
        left_ch = out[-1][-1:] if out else prev[-1:]
        out.append(max(options, key=lambda c: m.score(c, left_ch, nxt[:1])))
        # a uniform prior over the candidates; a loss no mark shows is only supposed: twice
        cost += (2 if dropped else 1) * math.log(len(options))
        unmarked += dropped
        i = k
    # a second look, now that the characters around each loss are chosen: losses side by
    # side (什么 read as 浠�涔�) are chosen together, by the best path through their
    # candidates (the model is a bigram model, so the path is exact)
    groups: list[list[tuple[int, list[str], str]]] = []
    for slot in slots:
        if groups and groups[-1][-1][0] + 1 == slot[0]:
            groups[-1].append(slot)
        else:
            groups.append([slot])
    for group in groups:
        first, last = group[0][0], group[-1][0]
        left_ch = out[first - 1][-1:] if first else prev[-1:]
        nxt = group[-1][2]
        right_ch = out[last + 1][:1] if last + 1 < len(out) else (
            nxt if nxt == "?" else following[:1])
        # each position's likeliest candidates between its first-pass neighbours
        cands = [sorted(options, key=lambda c, p=pos: -m.score(
            c, out[p - 1][-1:] if p else prev[-1:],
            out[p + 1][:1] if p + 1 < len(out) else right_ch))[:PATH_WIDTH]
            for pos, options, _ in group]
        best: dict[str, tuple[float, list[str]]] = {
            c: (m.score(c, left_ch), [c]) for c in cands[0]}
        for row in cands[1:]:
            best = {c: max(((v + m.score(c, p[-1]), [*path, c]) for p, (v, path) in
                            best.items()), key=lambda t: t[0]) for c in row}
        total = {c: v + (m.logp(c[-1], right_ch) if right_ch else 0.0)
                 for c, (v, _) in best.items()}
        path = best[max(total, key=total.__getitem__)][1]
        for (pos, options, _), ch, row in zip(group, path, cands):
            # a bracket the text opened is closed: where the loss can be its closing mark,
            # it is (the bigram model does not see the opening one)
            closer = _closer(prev + "".join(out[:pos]))
            ch = next((c for c in options if c.rstrip("?") == closer), ch) if closer else ch
            if ch not in row:
                row = [ch, *row]
            out[pos] = ch
            # reported without a question mark read as itself after the loss
            shown = [c[:-1] if len(c) > 1 and c.endswith("?") else c for c in row]
            inferred.append((shown[row.index(ch)],
                             tuple(c for c in shown if c != shown[row.index(ch)])[:ALTERNATIVES]))
    if unmarked > whole and not damaged:
        return None  # mostly supposed losses: clean text of other bytes (half-width kana)
    return "".join(out), cost, inferred


# --- Double-byte text read as cp1252, the undefined bytes dropped -----------------------------
#
# Shift_JIS text shown as cp1252 loses the bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F,
# 0x90, 0x9D): a viewer shows them as nothing and a copy drops them. They are common in
# Shift_JIS: 0x81 is the lead byte of its punctuation and long vowel mark (ー is ``81 5B``,
# shown as ``[``), 0x8D-0x90 lead frequent kanji (書 ``8F 91``, 込 ``8D 9E``). A dropped lead
# byte puts the reading out of step: its trail byte is read as a lead byte or as ASCII, and the
# strict chain reads the rest as nonsense or leaves it. The bytes left say where a byte is
# missing (a trail byte with no lead, a lead byte with no trail) and the code page which bytes
# it can have been (five): the best path through the bytes, each dropped byte one of the five
# inserted where the code page needs it, is found by dynamic programming over the bytes with
# the model's bigram (the last character is the state, so the path is exact), each inserted
# byte charged ``INSERTED_COST``. Time linear in the run.

#: A byte inferred where the reading needs one: one of the five. Unlike a UTF-8 byte dropped
#: now and then (``DROPPED_COST``), the loss itself is no supposition here: cp1252 shows every
#: undefined byte as nothing, so wherever the code page's structure needs one it was there.
#: With twice this cost, a sentence's last ``。`` (``81 42``) stays ``B`` (the model
#: prefers ``。`` by 3 nats after a kana).
INSERTED_COST = math.log(len(UNDEFINED))

#: A byte kept as the character it stands for, where no reading of it fits (a byte the code
#: page does not define, or garble the path steps over): about as unlikely as a character the
#: model never saw, so that the path keeps a byte only where it cannot read it. Any value from
#: -5 to -40 gives the same readings of tests/test_lossy_dropped_sjis.py's sentences and of
#: the real corpus' Shift_JIS snippet.
KEEP_COST = -20.0
#: Paths kept at each byte (the likeliest last characters): the bigram's context is one
#: character, and a dropped byte offers at most ten readings of the byte after it. A beam of
#: 4 or 16 gives the same readings of tests/test_lossy_dropped_sjis.py's sentences and of
#: the real corpus' Shift_JIS snippet.
BEAM = 8

_K = TypeVar("_K")
_V = TypeVar("_V", bound=tuple[Any, ...])


def _beam(states: dict[_K, _V]) -> dict[_K, _V]:
    """The :data:`BEAM` best of a position's states (each state's score first in its value),
    as the best-path searches below keep them."""
    if len(states) <= BEAM:
        return states
    kept = sorted(states, key=lambda c: -states[c][0])[:BEAM]
    return {c: states[c] for c in kept}


def infer_dropped(text: str, m: Model, prev: str, following: str, codec: str
                  ) -> tuple[list[tuple[int, int, str, float, list]], int]:
    """The reading of ``text`` (``codec`` bytes read as cp1252, its undefined bytes dropped)
    between ``prev`` and ``following``: cells ``(start, end, reading, cost, inferred)`` where
    the reading differs from the text, and the number of bytes inferred. Each character of
    ``text`` is one cp1252 byte (a C1 control kept as the byte of its value)."""
    raw: list[int] = []
    for ch in text:
        b = char_bytes(ch, "cp1252")
        if b is None:
            return [], 0
        raw.append(b[0])
    one, two = dbcs_pairs(codec)
    n = len(raw)
    # best[i]: last character -> (score, previous state (i, char), emitted, bytes used, cost)
    best: list[dict[str, tuple[float, tuple[int, str] | None, str, int, float]]] = [
        {} for _ in range(n + 1)]
    best[0][prev] = (0.0, None, "", 0, 0.0)
    lp = m.logp

    def push(i: int, j: int, last: str, score: float, ch: str, cost: float, keep: bool
             ) -> None:
        v = score + (KEEP_COST if keep else 0.0) + lp(last, ch) - cost
        cur = best[j].get(ch)
        if cur is None or v > cur[0]:
            best[j][ch] = (v, (i, last), ch if not keep else "", j - i, cost)

    for i in range(n):
        states = best[i] = _beam(best[i])
        if not states:
            continue
        b = raw[i]
        nb = raw[i + 1] if i + 1 < n else None
        for last, (score, *_rest) in list(states.items()):
            if b in one:
                push(i, i + 1, last, score, one[b], 0.0, False)
            pair = two.get((b, nb)) if nb is not None else None
            if pair is not None:
                push(i, i + 2, last, score, pair, 0.0, False)
            for x in UNDEFINED:
                ch = two.get((x, b))  # a lead byte dropped before this one
                if ch is not None:
                    push(i, i + 1, last, score, ch, INSERTED_COST, False)
                ch = two.get((b, x))  # a trail byte dropped after this one
                if ch is not None:
                    push(i, i + 1, last, score, ch, INSERTED_COST, False)
            if b >= 0x80:
                push(i, i + 1, last, score, text[i], 0.0, True)
    end = best[n]
    if not end:
        return [], 0
    last = max(end, key=lambda c: end[c][0] + (lp(c, following) if following else 0.0))
    # walk back: the characters of the path with their byte spans
    path: list[tuple[int, int, str, float]] = []
    j, ch = n, last
    while j > 0:
        score, back, emitted, used, cost = best[j][ch]
        assert back is not None
        i, before = back
        path.append((i, j, emitted, cost))
        j, ch = i, before
    path.reverse()
    cells: list[tuple[int, int, str, float, list]] = []
    lost = 0
    for k, (i, j, emitted, cost) in enumerate(path):
        if not emitted or emitted == text[i:j]:
            continue
        inferred: list = []
        if cost:
            lost += 1
            left = path[k - 1][2][-1:] if k else prev
            right = path[k + 1][2][:1] if k + 1 < len(path) else following
            b = raw[i]
            alts = {c for x in UNDEFINED for c in (two.get((x, b)), two.get((b, x)))
                    if c and c != emitted}
            ranked = sorted(alts, key=lambda c: -(lp(left, c) + (lp(c, right) if right
                                                                   else 0.0)))
            inferred.append((emitted, tuple(ranked[:ALTERNATIVES])))
        cells.append((i, j, emitted, cost, inferred))
    return cells, lost


# --- A vendor's code page read with the standard one, its extension characters lost ---------
#
# Windows wrote Japanese, Korean and Chinese in its own code pages (cp932, cp949, GBK, cp950),
# which extend the standards they are named after (Shift_JIS, EUC-KR, GB2312, Big5) with
# characters of their own: NEC and IBM kanji and circled digits (﨑, 髙, ①), the 8,822 Hangul
# syllables KS X 1001 lacks (똠, 햏), the 14,000 GBK hanzi outside GB2312 (镕, 堃), the euro
# sign. A decoder asked for the standard (Python's ``shift_jis``, ``euc_kr``, ``gb2312``,
# ``big5``) writes U+FFFD for such a character's lead byte and reads its trail byte on its own
# (an ASCII letter, a half-width katakana, or a second U+FFFD). The rest of the text is right,
# so each loss is a short stand-in (``山�ｱ`` for 山﨑, ``�c방`` for 똠방): its candidates are
# every character of the vendor's code page whose bytes the standard decoder turns into that
# stand-in before the character that follows it; the model picks one.

#: The share of the candidates' likelihood (between the loss's neighbours) the likeliest one
#: must hold to be written: a character the model is not this sure of would hide a loss that
#: U+FFFD shows. On the sentences of tests/test_lossy_vendor.py the right character holds 0.97
#: or more (山﨑, 髙橋); a rare Hangul syllable or GBK hanzi among a hundred alike holds a few
#: hundredths, and a traditional form the bigram table knows better than the rare simplified
#: name character it stands for holds about two thirds (朱镕基 read as 朱現基).
CONFIDENT = 0.9

#: The standard codecs and the vendor code pages that extend them.
VENDORS = {"shift_jis": "cp932", "euc_kr": "cp949", "gb2312": "gbk", "big5": "cp950"}


@lru_cache(maxsize=None)
def _vendor_table(std: str) -> dict[str, tuple[bytes, ...]]:
    """Every stand-in the standard codec ``std`` writes for a two-byte character of its
    vendor's code page that it cannot decode, with the byte pairs that make it."""
    vendor = VENDORS[std]
    table: dict[str, list[bytes]] = {}
    for lead in range(0x81, 0xFF):
        for trail in range(0x40, 0xFF):
            pair = bytes((lead, trail))
            try:
                ch = pair.decode(vendor)
            except UnicodeDecodeError:
                continue
            if len(ch) != 1 or ch < "\x80":
                continue
            shown = pair.decode(std, "replace")
            if shown == ch or "\ufffd" not in shown or not shown.startswith("\ufffd"):
                continue  # the standard reads it (maybe as another character): nothing lost
            table.setdefault(shown, []).append(pair)
    return {k: tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1 << 12)
def _vendor_candidates(std: str, shown: str, nxt: str, m: Model) -> tuple[str, ...]:
    """The characters of ``std``'s vendor code page that ``std`` shows as ``shown`` before
    ``nxt`` (the next character of the line, "" at its end): decoded again in context, so a
    trail byte that would have joined the next byte is no candidate."""
    vendor = VENDORS[std]
    try:
        nb = nxt.encode(std) if nxt else b""
    except UnicodeEncodeError:
        nb = b""
        nxt = ""
    pairs = _vendor_table(std).get(shown, ())
    if len(pairs) > MAX_VENDOR:
        return ()  # too many to choose from (see MAX_VENDOR)
    out: dict[str, None] = {}
    for pair in pairs:
        ch = pair.decode(vendor)
        if ch in out or (pair + nb).decode(std, "replace") != shown + nxt:
            continue
        if _real(ch, m):
            out[ch] = None
    return tuple(out)


#: Most candidates of one vendor loss weighed: where both bytes were lost (``��``) the GBK and
#: cp949 extensions offer thousands of characters alike, among which the model is never sure
#: (:data:`CONFIDENT`); a Shift_JIS loss has at most a few hundred.
MAX_VENDOR = 512
#: Characters after a loss read again with it: a trail byte that is itself a lead byte of the
#: standard joins the next byte, and the decoder is back in step a character or two later
#: (髙橋 shown as ``�煖ｴ``); three covers every case of the four code pages.
MAX_STRETCH = 3


@lru_cache(maxsize=1 << 12)
def _vendor_readings(std: str, stretch: str, nxt: str, m: Model) -> tuple[str, ...]:
    """Every reading of a loss followed by ``stretch`` (then ``nxt``) in a vendor's code page
    read as the standard ``std``: a lead byte the standard rejects, then the bytes the
    standard read as ``stretch``, decoded by the vendor into text whose first character is
    the vendor's own. A second U+FFFD as ``stretch`` is a trail byte the standard rejected
    too (:func:`_vendor_candidates`)."""
    if stretch == "\ufffd":
        return _vendor_candidates(std, "\ufffd\ufffd", nxt, m)
    vendor = VENDORS[std]
    try:
        tail = stretch.encode(std)
    except UnicodeEncodeError:
        return ()
    out: list[str] = []
    for lead in range(0x81, 0xFF):
        raw = bytes((lead,)) + tail
        try:
            reading = raw.decode(vendor)
        except UnicodeDecodeError:
            continue
        if (reading[0] >= "\x80" and reading not in out
                and raw.decode(std, "replace") == "\ufffd" + stretch
                and all(_real(c, m) for c in reading)):
            out.append(reading)
    return tuple(out)


def infer_vendor(line: str, std: str, m: Model
                 ) -> list[tuple[int, int, str, float, list[tuple[str, tuple[str, ...]]]]]:
    """The losses of ``line`` (a vendor's code page read as the standard ``std``) that a
    vendor character explains: ``(start, end, reading, cost, inferred)`` each, where the
    cost is the log of the number of candidates (a uniform prior over them) and ``inferred``
    the character with its runners-up. The shortest stretch after the loss that some reading
    explains is taken; losses side by side are chosen left to right, each after the line's
    characters as already chosen. A loss the model is not sure of (:data:`CONFIDENT`) is
    left as it is."""
    out: list[tuple[int, int, str, float, list[tuple[str, tuple[str, ...]]]]] = []
    i = line.find("\ufffd")
    prev_end, prev_ch = 0, ""
    while i >= 0:
        got = None
        for k in range(1, MAX_STRETCH + 1):
            stretch = line[i + 1 : i + 1 + k]
            if len(stretch) < k or ("\ufffd" in stretch and stretch != "\ufffd"):
                break
            nxt = line[i + 1 + k : i + 2 + k]
            cands = _vendor_readings(std, stretch, nxt, m)
            if len(cands) > MAX_VENDOR:
                break  # too many to choose from: the loss stays
            if cands:
                got = i + 1 + k, cands, nxt
                break
        if got is None:
            i = line.find("\ufffd", i + 1)
            continue
        end, cands, nxt = got
        left = prev_ch if prev_end == i and prev_ch else (line[i - 1] if i else "")
        # a reading that reads the characters after the loss again (a trail byte that joined
        # the next byte) is a candidate only where they are likelier so than as they stand
        stretch = line[i + 1 : end]
        cands = tuple(c for c in cands if len(c) == 1 or stretch == "\ufffd"
                      or m.score(c[1:], c[0], nxt) > m.score(stretch, c[0], nxt))
        if not cands:
            i = line.find("\ufffd", i + 1)
            continue
        scored = sorted(((m.score(c, left, nxt), c) for c in cands), reverse=True)
        top = scored[0][0]
        share = 1 / sum(math.exp(v - top) for v, _ in scored)
        if share < CONFIDENT:  # a guess: the stand-in stays, reported as a loss (M103)
            i = line.find("\ufffd", i + 1)
            continue
        reading = scored[0][1]
        alts = tuple(dict.fromkeys(c[0] for _, c in scored[1:] if c[0] != reading[0]))
        out.append((i, end, reading, math.log(len(scored)),
                    [(reading[0], alts[:ALTERNATIVES])]))
        prev_end, prev_ch = end, reading[-1]
        i = line.find("\ufffd", end)
    return out


# --- ISO-2022-JP with its escape bytes stripped --------------------------------------------
#
# ISO-2022-JP (the encoding of Japanese mail and of many old pages) is 7-bit: it switches to
# JIS X 0208 with ``ESC $ B`` (``ESC $ @`` for its 1978 edition), writes each character as two
# printable ASCII bytes, and switches back with ``ESC ( B`` (``ESC ( J`` for JIS-Roman) before
# the line ends. A filter that strips control characters (a web form, a log viewer, a mail
# gateway) leaves ASCII text such as ``$B$3$s$K$A$O(B``: the designations that remain say
# exactly where each ESC stood, so the bytes are rebuilt without a choice; the model, by the
# one rule of :mod:`.segment`, decides whether the reading replaces the text (random ASCII
# between ``$B`` and ``(B`` reads as unrelated kanji, less likely than the ASCII).

#: A run of the two-byte mode with its ESC bytes lost: ``$B`` or ``$@``, pairs of printable
#: ASCII bytes (JIS X 0208 writes no space or control inside a run: its space is ``!!``), and
#: the switch back, ``(B`` or ``(J``, at the first even offset where it stands.
ESCAPELESS_JIS = re.compile(r"\$([B@])((?:[\x21-\x7e]{2})+?)\(([BJ])")


def infer_escapes(line: str) -> list[tuple[int, int, str]]:
    """The runs of ``line`` that are ISO-2022-JP with their ESC bytes stripped, as
    ``(start, end, reading)``: each run with its two ESC bytes put back, decoded. A run whose
    pairs are no JIS X 0208 characters (an undefined pair) is not such a run."""
    out: list[tuple[int, int, str]] = []
    for mt in ESCAPELESS_JIS.finditer(line):
        raw = f"\x1b${mt.group(1)}{mt.group(2)}\x1b({mt.group(3)}".encode("ascii")
        try:
            reading = raw.decode("iso2022_jp")
        except UnicodeDecodeError:
            continue
        out.append((mt.start(), mt.end(), reading))
    return out


# --- Japanese written as GBK, read as EUC-JP with the bytes it could not read dropped --------
#
# GBK writes the traditional and Japanese forms of many kanji outside GB2312 (組 is ``BD 4D``,
# ー is ``A9 60``): a lead byte with an ASCII trail byte, or a lead byte below 0xA1. An EUC-JP
# decoder that drops what it cannot read keeps the ASCII trail byte as a letter (``Mみ`` for
# 組み) and drops a low lead byte alone, so that its trail byte pairs with the next character's
# lead byte and the reading runs one byte out of step (``櫃魃蹐后`` for ``…を表す``) until an
# ASCII byte or another dropped byte brings it back. The bytes the line holds are the GBK
# bytes less the dropped ones, so the reading is the best path through them, each dropped lead
# byte inserted before the byte it led, found as :func:`infer_dropped` finds its path. Every
# kanji and kana of the line that GBK reads is read (this is the reading of a document already
# garbled so, see :mod:`.cross`; one GBK does not read is kept at ``KEEP_COST``); a mark may be
# kept as the writer's own character at no cost (the code page lacks ``・``, so a page holds
# it only as it was).

#: The lead bytes an EUC-JP decoder drops alone, before a byte of 0xA1 or above: GBK's leads
#: below EUC-JP's (0x8E and 0x8F start EUC-JP's other sets and take the next byte with them).
_LOW_LEADS = tuple(b for b in range(0x81, 0xA1) if b not in (0x8E, 0x8F))
#: The lead bytes it drops before an ASCII byte (GBK's trail bytes 0x40-0x7E): any.
_ANY_LEADS = tuple(range(0x81, 0xFF))


@lru_cache(maxsize=4096)
def _shifted_candidates(b: int) -> tuple[tuple[str, ...], float]:
    """The GBK characters whose lead byte an EUC-JP decoder dropped before ``b``, and the cost
    of inferring one: the log of the number of lead bytes it can have been (a uniform prior
    over them). Unlike ``DROPPED_COST`` the loss itself is not charged again: this reading is
    asked only of a document decided to be garbled so (:mod:`.cross`), where every kanji GBK
    writes outside GB2312 lost a byte. Twice the log (the loss supposed) leaves ASCII trail
    bytes unread on the texts of tests/test_mojibake_cross.py (読 after を and before ん gains
    8.5 nats over ``i``; twice the log of 126 lead bytes is 9.7)."""
    from .model import model

    leads = _LOW_LEADS if b >= 0xA1 else _ANY_LEADS if 0x40 <= b <= 0x7E else ()
    _, two = dbcs_pairs("gbk")
    found = tuple(dict.fromkeys(c for x in leads if (c := two.get((x, b))) is not None
                                and model().known(c) and script_of(c) == "cjk"))
    return found, math.log(len(leads)) if leads else 0.0


@lru_cache(maxsize=4096)
def _cut_candidates(b: int) -> tuple[tuple[str, ...], float]:
    """The GBK characters of lead byte ``b`` whose trail byte an EUC-JP decoder out of step
    dropped (it read the trail as a lead byte before an ASCII byte or the line's end: ``。``
    after a stretch out of step), and the cost of inferring one (the log of the number of
    trail bytes it can have been)."""
    from .model import model

    if b < 0x81:
        return (), 0.0
    _, two = dbcs_pairs("gbk")
    found = tuple(dict.fromkeys(c for x in range(0xA1, 0xFF) if (c := two.get((b, x)))
                                is not None and model().known(c)))
    return found, math.log(0xFF - 0xA1)


def infer_shifted(text: str, m: Model, prev: str, following: str
                  ) -> tuple[str, float, list[tuple[str, tuple[str, ...]]]] | None:
    """The reading of ``text`` (GBK bytes read as EUC-JP, undecodable bytes dropped) between
    ``prev`` and ``following``, the cost of its inferred bytes and each inferred character
    with its alternatives; None when a character of ``text`` is no EUC-JP character."""
    raw: list[int] = []
    keep: dict[int, tuple[str, int]] = {}  # byte offset -> (a mark kept as it is, its bytes)
    for ch in text:
        try:
            b = ch.encode("euc_jp")
        except UnicodeEncodeError:
            return None
        if ch >= "\x80" and (script_of(ch) != "cjk" or len(b) != 2
                              or dbcs_pairs("gbk")[1].get((b[0], b[1])) is None):
            keep[len(raw)] = (ch, len(b))  # a mark; Han or kana only where GBK reads none
        raw.extend(b)
    _, two = dbcs_pairs("gbk")
    n = len(raw)
    # best[i]: (last character, whether it was inferred) -> (score, back pointer (i, state),
    # emitted, inferred cost). Two dropped lead bytes are never inferred in a row before bytes
    # of 0xA1 and above: the decoder that dropped the first read the byte after it with the
    # next one, so a second drop there would have taken that byte with it (after an ASCII
    # trail byte it is back in step: ``確認`` shows as ``_J``).
    State = tuple[str, bool]
    best: list[dict[State, tuple[float, State | None, str, float]]] = [
        {} for _ in range(n + 1)]
    best[0][(prev, False)] = (0.0, None, "", 0.0)
    lp = m.logp

    def push(i: int, j: int, state: State, score: float, ch: str, cost: float) -> None:
        v = score + lp(state[0], ch) - cost
        key = (ch, bool(cost))
        cur = best[j].get(key)
        if cur is None or v > cur[0]:
            best[j][key] = (v, (i, state), ch, cost)  # type: ignore[assignment]

    for i in range(n):
        states = best[i] = _beam(best[i])
        if not states:
            continue
        b = raw[i]
        nb = raw[i + 1] if i + 1 < n else None
        cands, cost = _shifted_candidates(b)
        for state, (score, *_rest) in list(states.items()):
            if b < 0x80:
                push(i, i + 1, state, score, chr(b), 0.0)
            pair = two.get((b, nb)) if nb is not None else None
            if pair is not None:
                push(i, i + 2, state, score, pair, 0.0)
            for ch in cands if b < 0x80 or not state[1] else ():  # a lead dropped before it
                push(i, i + 1, state, score, ch, cost)
            if i == n - 1 and not state[1]:  # a lead byte whose trail the decoder dropped
                ends, end_cost = _cut_candidates(b)
                for ch in ends:
                    push(i, i + 1, state, score, ch, end_cost)
            if i in keep:  # a mark the writer's page held as it is; garble no path reads
                ch, size = keep[i]
                push(i, i + size, state,
                     score + (KEEP_COST if script_of(ch) == "cjk" else 0.0), ch, 0.0)
    end = best[n]
    if not end:
        return None
    last = max(end, key=lambda c: end[c][0] + (lp(c[0], following) if following else 0.0))
    path: list[tuple[int, int, str, float]] = []
    j, st = n, last
    while j > 0:
        _score, back, emitted, cost = best[j][st]
        assert back is not None
        i, st = back
        path.append((i, j, emitted, cost))
        j = i
    path.reverse()
    total = 0.0
    inferred: list[tuple[str, tuple[str, ...]]] = []
    for k, (i, j, emitted, cost) in enumerate(path):
        if cost:
            total += cost
            left = path[k - 1][2] if k else prev
            right = path[k + 1][2] if k + 1 < len(path) else following
            pool = _shifted_candidates(raw[i])[0]
            if emitted not in pool:  # a lead byte whose trail was dropped
                pool = _cut_candidates(raw[i])[0]
            alts = sorted((c for c in pool if c != emitted),
                          key=lambda c: -(lp(left, c) + (lp(c, right) if right else 0.0)))
            inferred.append((emitted, tuple(alts[:ALTERNATIVES])))
    return "".join(p[2] for p in path), total, inferred
