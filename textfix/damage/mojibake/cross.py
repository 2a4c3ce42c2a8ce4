"""Japanese text written in a Chinese code page and read as a Japanese one, decided per document.

Japanese written as GBK and read as EUC-JP keeps its kana (both code pages put them at the
same bytes) and turns every kanji into another kanji (``十干`` becomes ``噴孤``); a kanji GBK
writes outside GB2312 loses a byte to the EUC-JP decoder, which leaves an ASCII letter
(``_J`` for 確認) or puts the reading out of step for a stretch. Both readings are legal CJK
text, so nothing in the bytes says which one is right: only the character model
(:mod:`.model`) does, over the text and with the kana around each kanji as context. A reading
of one line that keeps only the kanji that happen to read better is no evidence (on clean
Japanese pages a few kanji of each page read better as some GBK hanzi, and a run of ``ー``
reads as a run of brackets). The damage is a whole file decoded wrongly, so the decision is
the document's, by :mod:`.segment`'s one rule with the document as the run:

1. **Screen** — the document holds kana, and its stretches of Han and kana read strictly in
   bulk (Python's codecs) gain the chain's prior cost (:func:`_screen`): clean pages lose
   tens of nats a line and are dismissed after a few lines.
2. **Reading** — every line is read with its lost bytes inferred
   (:func:`.lossy.infer_shifted`): every kanji and kana GBK reads is read, none left out
   (no cherry-picking); a mark GBK lacks (``・``, the writer's own, or ``´``, GBK's ``…`` read
   so) is read on its own or kept, as the model finds likelier.
3. **Decision** — the gain of those readings over the lines, less the inferred bytes' costs
   and ``MARGIN`` per replaced character, summed over the document, must cover the chain's
   prior cost (``COST_LEGACY``: any byte string is valid in both code pages); then every
   line's reading that is likelier than the line replaces it (``M102``, and ``M104`` for each
   inferred character): the margins are paid by the document, and a clean line the page
   held beside the garble (a header, a quotation) reads less likely and stays.

Measured (``/tmp`` scripts; the same figures are the tests' grounds): the bulk screen's sum
over a whole document is at most +0.5 nats on chardet's 239 clean pages
(``../shared/conformance/chardet``, 20 charsets), the clean corpus of tests/data/clean and the
real corpus' guard, negative and meta snippets, and +80 or more on the Japanese texts of
tests/data/clean garbled so (GBK written, EUC-JP read, undecodable bytes dropped), on the
real corpus' two such pages and on the texts of tests/test_mojibake_cross.py. The decision's
sum (every line read, whatever the screen says) is -11 or lower on every clean document that
holds kana, and +77 to +475 on the garbled ones (the real pages +153 and +161, the tests'
texts +77 and +105, tests/data/clean's +275 to +475): the chain's cost of 45 lies between.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .chains import Chain
from .model import Model, model, script_of

#: Japanese text written as GBK and read as EUC-JP.
GBK_AS_EUC_JP = Chain("euc_jp", "gbk")
#: Where the reading can differ: non-ASCII characters, with the ASCII letters and signs that
#: are GBK trail bytes (0x40-0x7E) standing among them, one or two, not in an ASCII word (the
#: trail bytes of characters whose lead bytes the decoder dropped: ``_J`` for 確認).
_ISLAND = re.compile("(?:(?<![\x21-\x7e])[\x40-\x7e]{1,2})?"
                     "(?:[^\x00-\x7f](?:[\x40-\x7e]{1,2}(?=[^\x00-\x7f]))?)+"
                     "(?:[\x40-\x7e](?![\x21-\x7e]))?")
#: Kana: what Japanese text holds and such a reading keeps (a document without any is not
#: Japanese read so).
_KANA = re.compile("[\u3041-\u309f\u30a1-\u30fa]")


@lru_cache(maxsize=1 << 12)
def _lacks(ch: str) -> bool:
    """True for a mark (not Han or kana) that GBK cannot write: the writer's own character
    (a page written as GBK holds ``・`` only as it was) or a mark of GBK read as EUC-JP."""
    if ch < "\x80" or script_of(ch) == "cjk":
        return False
    try:
        ch.encode("gbk")
    except UnicodeEncodeError:
        return True
    return False


def _pieces(line: str, a: int, b: int) -> list[tuple[int, int]]:
    """The stretches of ``line[a:b]`` between the marks GBK lacks (:func:`_lacks`), and each
    such mark, read on their own: the mark may be the writer's own (``・`` between kanji) or
    a mark of GBK read so (``…`` shows as ``´``), which the model tells apart, but a stretch
    out of step never runs through it (a lost byte inferred at ``・`` is a guess the model
    may like better than a rare kanji after it)."""
    out: list[tuple[int, int]] = []
    start = a
    for k in range(a, b):
        if _lacks(line[k]):
            if k > start:
                out.append((start, k))
            out.append((k, k + 1))
            start = k + 1
    if b > start:
        out.append((start, b))
    return out


def reading(line: str, m: Model) -> tuple[str, float, int, list] | None:
    """The line read under :data:`GBK_AS_EUC_JP` with its dropped bytes inferred
    (:func:`.lossy.infer_shifted`, island by island), the gain of that reading over the line
    (less the cost of the inferred bytes), the characters it replaces and the inferred ones
    ``(start, end, character, alternatives)``; None where it reads nothing."""
    from ...plan import changed_pieces
    from .lossy import infer_shifted

    parts: list[str] = []
    pos = replaced = 0
    cost = 0.0
    inferred: list = []
    for mt in _ISLAND.finditer(line):
        for a, b in _pieces(line, mt.start(), mt.end()):
            island = line[a:b]
            got = infer_shifted(island, m, line[a - 1] if a else "",
                                line[b] if b < len(line) else "")
            if got is None or got[0] == island:
                continue
            new, c, found = got
            parts += [line[pos:a], new]
            pos = b
            cost += c
            inferred.extend((a, b, ch, alts) for ch, alts in found)
            replaced += sum(i2 - i1 for i1, i2, _ in changed_pieces(island, new))
    if not parts:
        return None
    parts.append(line[pos:])
    new_line = "".join(parts)
    return new_line, m.score(new_line) - m.score(line) - cost, replaced, inferred


#: A stretch of Han and kana (and the long vowel mark): what the strict reading of the screen
#: reads, each stretch as a whole.
_HAN_KANA = re.compile("[\u3041-\u309f\u30a1-\u30fa\u30fc\u3400-\u4dbf\u4e00-\u9fff"
                       "\uf900-\ufaff]+")


def _strict(mt: re.Match[str]) -> str:
    s = mt.group()
    try:
        return s.encode("euc_jp").decode("gbk")
    except UnicodeError:
        return s


def _screen(lines: list[str], skip: set[int], cost: float, m: Model) -> bool:
    """True when the document may be read so: its stretches of Han and kana read strictly
    (in bulk, by Python's codecs; a stretch that does not decode is left as it is) gain the
    chain's ``cost``. Lines are read in order until the summed gain reaches ``cost`` or falls
    to ``-cost``: a clean page loses tens of nats a line, a page garbled so gains as much.
    Measured as the whole documents' sums: at most +0.5 on the clean pages and texts named in
    the module docstring, +80 or more on the garbled ones."""
    total = 0.0
    for i, line in enumerate(lines):
        if i in skip or line.isascii():
            continue
        new = _HAN_KANA.sub(_strict, line)
        if new == line:
            continue
        total += m.score(new) - m.score(line)
        if total >= cost:
            return True
        if total <= -cost:
            return False
    return False


def decide(lines: list[str], skip: set[int]) -> dict[int, tuple[str, str, list]]:
    """The lines of a document to read under :data:`GBK_AS_EUC_JP`: line index -> (reading,
    evidence of the finding, inferred characters), or nothing when the document's reading
    does not gain :data:`.segment.MARGIN` per replaced character plus the chain's prior cost.
    A document is read line by line (:func:`reading`) only where the bulk screen
    (:func:`_screen`) passes. Lines of ``skip``, decided otherwise, are left out."""
    from .segment import MARGIN, prior

    chain = GBK_AS_EUC_JP
    cost = prior(chain)
    if not any(_KANA.search(line) for line in lines):
        return {}
    m = model()
    if not _screen(lines, skip, cost, m):
        return {}
    found: dict[int, tuple[str, float, int, list]] = {}
    total = 0.0
    replaced = 0
    for i, line in enumerate(lines):
        if i in skip or line.isascii():
            continue
        got = reading(line, m)
        if got is None:
            continue
        found[i] = got
        total += got[1] - MARGIN * got[2]
        replaced += got[2]
    if not replaced or total < cost:
        return {}
    per_char = (total + MARGIN * replaced) / replaced
    evidence = f"{chain.name}, bytes lost, decided by the document (+{per_char:.1f}/char)"
    # never worse: a line whose reading is less likely than the line (clean text the page
    # held beside the garble: a header, a quotation) stays as it is
    return {i: (got[0], evidence, got[3]) for i, got in found.items()
            if got[0] != lines[i] and got[1] > 0}
