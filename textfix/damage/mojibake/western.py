"""Western mojibake by ftfy: which lines ftfy's encoding repair may put right (``donâ€™t``).

The stage decides, line by line, whether ftfy's reading of a line (UTF-8 read through a
single-byte Western code page, its "sloppy" variants, CESU-8, C1 controls left by cp1252) is
proposed, and :func:`textfix.damage.mojibake.accepts` (the model stage's rule) decides whether
it is taken. ftfy does the decoding work, with CJK-safe settings: only its encoding fixes run
(no quote uncurling, no width folding, no NFC/NFKC, no HTML unescaping, no line-break changes),
one line at a time so that a damaged run inside good CJK text is still found. ftfy's
explanation (its replayable plan) goes into the change's evidence. Where a line may also hold
CJK mojibake (:mod:`.cjk_gate`), ftfy's reading competes with the readings the CJK search
(:mod:`.cjk_search`) makes of it and of the shorter prefixes of ftfy's plan (:func:`_choose`).

Why it still exists beside the model stage, which runs first (``ORDER`` in
:mod:`textfix.damage`): ftfy knows mixed and inconsistent damage the chains table does not
(a line garbled through two code pages at once, CESU-8 emoji, ``Ã`` before a lost no-break
space, C1 controls), and the model stage leaves what it is not sure of. Measured at fb6e3be
with this stage left out of ``ORDER`` (everything else as shipped):

* ftfy's own cases (``../shared/conformance/ftfy``, 161, full pipeline compared with
  ``fixed-encoding``): 125 exact with it, 102 without (in-the-wild 51 → 38 of 70, synthetic
  29 → 22 of 30, language names 14 → 12 of 20, negative 29 → 28 of 31);
* the real-text corpus (``eval/real.py``): snippets exact 46 → 45 of 76 with an expected
  text (one lossless Western record), snippets CER 0.0724 → 0.0733; pages and chrome
  unchanged;
* the generated CJK set (``tests/cases/mojibake/generated.json``): 330 of 344 recoverable
  cases either way; of the other case files, one spin case (mojibake annotations) changes.

Retired: its own test for quoted examples (a line was left alone when a quoted segment's ftfy
reading stood elsewhere in it, ``“cafÃ©” for café``). The model stage's rule, which every
repair here must pass, refuses such a line already: with the test disabled, every output of
``repair()`` over tests/data, tests/cases, ``../shared/conformance`` and the real corpus (text,
findings and changes) was the same, and so were the generated set and ftfy's cases run through
this stage and the CJK search alone (``tests/test_mojibake_cjk.py``,
``tests/test_conformance_ftfy.py``); ``tests/test_mojibake_western_examples.py`` keeps it so.

Lines end at "\n" only: str.splitlines would also split at U+0085 and U+2028, which mojibake
is full of (and the line numbers of the source would no longer match). Clean text stops at one
regex search (:func:`maybe_utf8_misread`); in other text only the lines ftfy could change are
read (:func:`_changeable`).
"""

from __future__ import annotations

import functools
import re
import sys
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from ...charclass import LineIndex, has_cjk
from ...codes import Code
from ...models import Finding
from ...plan import Edit, apply_edits
from ..base import Context, Outcome
from .cjk_gate import suspicious

if TYPE_CHECKING:
    import ftfy

STEP = "mojibake.western"
_C1 = re.compile("[\x80-\x9f]")


@lru_cache(maxsize=1)
def ftfy_config() -> ftfy.TextFixerConfig:
    """ftfy's encoding repair and nothing else."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=True,
    )


def _plan_text(steps: Any) -> str:
    return "; ".join(f"{s.action} {s.parameter}" for s in steps or ())


def _layers(body: str, fixed: str, steps: Any) -> list[tuple[str, Any]]:
    """ftfy's fix and every shorter prefix of its plan that ends with a decode step."""
    import ftfy

    out: list[tuple[str, Any]] = []
    plan = list(steps or ())
    for i, step in enumerate(plan[:-1]):
        if step.action == "decode":
            try:
                out.append((ftfy.apply_plan(body, plan[: i + 1]), plan[: i + 1]))
            except (UnicodeError, ValueError):
                continue
    out.append((fixed, plan))
    return out


#: Above this many character pairs, a longest common block is found by its length.
BIG_MATCH = 1 << 20


@functools.cache
def _matcher() -> type:
    """difflib's SequenceMatcher (without junk) with a faster, identical find_longest_match.

    difflib looks at every pair of equal characters in the range: on a page-long line of
    mojibake and its reading that is tens of millions of pairs, again at every level of its
    recursion. Its answer is the longest common block, the leftmost in ``a`` and then in
    ``b`` among the longest; for big ranges that block is found by binary search on its
    length (is there a common block of length L: one set of ``b``'s slices) and one scan.
    For small ranges difflib's own search is kept, only starting where ``blo`` is.
    """
    import difflib
    from bisect import bisect_left

    class Matcher(difflib.SequenceMatcher[str]):
        a: str
        b: str
        b2j: dict[str, list[int]]

        def find_longest_match(self, alo: int = 0, ahi: int | None = None, blo: int = 0,
                               bhi: int | None = None) -> difflib.Match:
            a, b = self.a, self.b
            ahi = len(a) if ahi is None else ahi
            bhi = len(b) if bhi is None else bhi
            if (ahi - alo) * (bhi - blo) > BIG_MATCH:
                found = self._by_anchors(alo, ahi, blo, bhi)
                return found if found is not None else self._by_length(alo, ahi, blo, bhi)
            # difflib's search (no junk: its extension loops have nothing to add)
            besti, bestj, bestsize = alo, blo, 0
            j2len: dict[int, int] = {}
            for i in range(alo, ahi):
                j2lenget = j2len.get
                newj2len: dict[int, int] = {}
                js = self.b2j.get(a[i], ())
                for j in js[bisect_left(js, blo):] if js and js[0] < blo else js:
                    if j >= bhi:
                        break
                    k = newj2len[j] = j2lenget(j - 1, 0) + 1
                    if k > bestsize:
                        besti, bestj, bestsize = i - k + 1, j - k + 1, k
                j2len = newj2len
            return difflib.Match(besti, bestj, bestsize)

        def _by_anchors(self, alo: int, ahi: int, blo: int, bhi: int) -> difflib.Match | None:
            """The longest common block when it is at least ``2 * ANCHOR - 1`` long (else
            None), found from anchors: ``b``'s grams of ``ANCHOR`` characters at every
            ``ANCHOR``-th offset, looked up among all of ``a``'s grams, each hit extended to
            the maximal block on its diagonal.

            Such a block holds a whole anchor gram, and it cannot be extended (it would not
            be the longest), so the extension of any hit inside it is the block itself: every
            longest block is found, and the first in ``a`` then in ``b`` is kept, as difflib
            does. Repetitive text (too many hits) gives None too: the caller then searches by
            length, which is exact whatever the text, only slower on long blocks.
            """
            a, b, k = self.a, self.b, ANCHOR
            if ahi - alo < 2 * k - 1 or bhi - blo < 2 * k - 1:
                return None
            grams: dict[str, list[int]] = {}
            for p in range(alo, ahi - k + 1):
                gram = a[p : p + k]
                at = grams.get(gram)
                if at is None:
                    grams[gram] = [p]
                else:
                    at.append(p)
            reach: dict[int, int] = {}  # diagonal (j - i) -> end in b of the last block on it
            budget = ANCHOR_BUDGET
            best = (0, 0, 0)  # (-size, i, j): the smallest is difflib's answer
            for q in range(blo, bhi - k + 1, k):
                at = grams.get(b[q : q + k])
                if at is None:
                    continue
                budget -= len(at)
                if budget < 0:
                    return None
                for p in at:
                    d = q - p
                    if reach.get(d, -1) > q:
                        continue  # inside the block already found on this diagonal
                    left = _common_suffix(a, alo, p, b, blo, q)
                    right = _common_prefix(a, p, ahi, b, q, bhi, k)
                    reach[d] = q + right
                    found = (-left - right, p - left, q - left)
                    best = min(best, found)
            if -best[0] < 2 * k - 1:
                return None
            return difflib.Match(best[1], best[2], -best[0])

        def _by_length(self, alo: int, ahi: int, blo: int, bhi: int) -> difflib.Match:
            a, b = self.a, self.b

            def common(n: int) -> bool:
                grams = set(map(b.__getitem__, map(slice, range(blo, bhi - n + 1),
                                                   range(blo + n, bhi + 1))))
                return any(a[i : i + n] in grams for i in range(alo, ahi - n + 1))

            lo, hi, top = 0, 1, min(ahi - alo, bhi - blo)
            while hi <= top and common(hi):
                lo, hi = hi, hi * 2
            hi = min(hi, top + 1)
            while hi - lo > 1:  # common(lo) and not common(hi)
                mid = (lo + hi) // 2
                lo, hi = (mid, hi) if common(mid) else (lo, mid)
            if lo == 0:
                return difflib.Match(alo, blo, 0)
            first = {b[j : j + lo]: j for j in range(bhi - lo, blo - 1, -1)}
            for i in range(alo, ahi - lo + 1):
                j = first.get(a[i : i + lo])
                if j is not None:
                    return difflib.Match(i, j, lo)
            raise AssertionError("a common block of the length just found")

    return Matcher


#: Gram length and lookup budget of the anchored longest-block search (``_by_anchors``).
ANCHOR = 16
ANCHOR_BUDGET = 1 << 16


def _common_prefix(a: str, i: int, ahi: int, b: str, j: int, bhi: int, known: int = 0) -> int:
    """The length of the common prefix of ``a[i:ahi]`` and ``b[j:bhi]``, whose first
    ``known`` characters agree: slices compared in C, by doubling then bisection."""
    top = min(ahi - i, bhi - j)
    lo, hi = known, 2 * known or 1
    while hi <= top and a[i + lo : i + hi] == b[j + lo : j + hi]:
        lo, hi = hi, hi * 2
    hi = min(hi, top + 1)
    while hi - lo > 1:  # the first lo characters agree, the first hi do not
        mid = (lo + hi) // 2
        if a[i + lo : i + mid] == b[j + lo : j + mid]:
            lo = mid
        else:
            hi = mid
    return lo


def _common_suffix(a: str, alo: int, i: int, b: str, blo: int, j: int) -> int:
    """The length of the common suffix of ``a[alo:i]`` and ``b[blo:j]`` (see
    :func:`_common_prefix`)."""
    top = min(i - alo, j - blo)
    lo, hi = 0, 1
    while hi <= top and a[i - hi : i - lo] == b[j - hi : j - lo]:
        lo, hi = hi, hi * 2
    hi = min(hi, top + 1)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[i - mid : i - lo] == b[j - mid : j - lo]:
            lo = mid
        else:
            hi = mid
    return lo


def _changed(a: str, b: str) -> list[tuple[int, int]]:
    """The stretches of ``a`` that difflib's SequenceMatcher (no junk) says ``b`` changed."""
    ops = _matcher()(None, a, b, autojunk=False).get_opcodes()
    return [(a0, a1) for op, a0, a1, _, _ in ops if op != "equal"]


def _covers(body: str, cjk: str, ftfy_fixed: str) -> bool:
    """Every stretch ftfy would change is also changed by the CJK reading."""
    mine = _changed(body, cjk)
    return all(any(a0 < m1 and m0 < max(a1, a0 + 1) for m0, m1 in mine)
               for a0, a1 in _changed(body, ftfy_fixed))


def _choose(body: str, fixed: str, steps: Any) -> tuple[str, Any]:
    """ftfy's fix, or a shorter prefix of it, or nothing: whichever reads best once the CJK
    stage has run after it.

    GBK or EUC-KR bytes read as Latin-1 (``ÒÑµÇÂ¼``) contain pairs that happen to be UTF-8
    (``Ñµ`` → ``ѵ``); ftfy would decode those and leave the rest unrepairable. Under two
    layers (GBK → Latin-1 → UTF-8 → Latin-1) only ftfy's first layer is Western mojibake.
    Lines with no CJK mojibake signature take ftfy's fix as it is.
    """

    options = _layers(body, fixed, steps)
    if not any(suspicious(text) for text, _ in [(body, None), *options]):
        return fixed, steps
    from ...plausibility import word_score
    from . import cjk_search

    # ftfy's full fix competes with the readings the CJK stage can repair further. Its own
    # score is worked out only once some reading differs (the CJK search is the cost here),
    # and the diff of _covers only for a reading that would win: the outcome is the same as
    # scoring everything up front.
    best: tuple[float, str, Any] | None = None
    for text, plan in [(body, []), *options[:-1]]:
        repaired = cjk_search.repair_line(text)[0]
        if repaired == text:
            continue
        if best is None:
            best = (word_score(cjk_search.repair_line(fixed)[0]), fixed, steps)
        s = word_score(repaired)
        if s > best[0] + 1e-9 and (plan or _covers(body, repaired, fixed)):
            # without a plan, ftfy must not fix anything the CJK reading leaves: both kinds
            # of damage are present then
            best = (s, text, plan)
    return (best[1], best[2]) if best else (fixed, steps)


#: The single-byte code pages ftfy's encoding repair reads UTF-8 through (its "sloppy" ones
#: are these with the undefined bytes kept as Latin-1, hence latin-1 in the list).
_CODE_PAGES = ("latin-1", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257",
               "iso-8859-2", "mac-roman", "cp437")


def _code_page_chars(lo: int, hi: int, codecs: tuple[str, ...] = _CODE_PAGES) -> set[str]:
    """What the bytes ``lo``–``hi`` become under any of ``codecs``."""
    out: set[str] = set()
    for codec in codecs:
        out.update(bytes(range(lo, hi + 1)).decode(codec, errors="ignore"))
    return out


def _class(chars: set[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def misread_chars() -> tuple[set[str], set[str], set[str]]:
    """The characters of :func:`maybe_utf8_misread`, derived from the code pages: a lead
    byte's (0xC2–0xF4), a continuation byte's (0x80–0xBF, and U+FFFD), and a two-byte lead
    ftfy restores a lost 0xA0 after (``tests/gen_cjk_tables.py`` ships them for the screen
    of :class:`_Misread`; a test checks that they are current)."""
    lead, cont = _code_page_chars(0xC2, 0xF4), _code_page_chars(0x80, 0xBF) | {"\ufffd"}
    # ftfy puts back a 0xA0 continuation that became a space only after cp1252's two-byte leads.
    lead_a0 = _code_page_chars(0xC2, 0xDF, ("latin-1", "cp1252"))
    return lead, cont, lead_a0


def _misread_pattern() -> re.Pattern[str]:
    """The pattern of :func:`maybe_utf8_misread`."""
    lead, cont, lead_a0 = misread_chars()
    c1 = set(map(chr, range(0x80, 0xA0)))
    return re.compile(f"{_class(lead | lead_a0 | c1)}"
                      f"(?:(?<={_class(lead)}){_class(cont)}|(?<={_class(lead_a0)}) |(?<=[\x80-\x9f]))")


@functools.cache
def maybe_utf8_misread() -> re.Pattern[str]:
    """A necessary condition for any repair here, derived from the code pages themselves.

    UTF-8 misread through a single-byte code page always leaves a lead byte's character
    (0xC2–0xF4) right before a continuation byte's (0x80–0xBF) or before U+FFFD, or a
    two-byte lead before the space a lost 0xA0 became; cp1252 text read as Latin-1 leaves C1
    controls. Text with none of these is not touched.

    The pattern is ``[lead][cont]|[lead_a0] |[\x80-\x9f]`` (same matches, same spans),
    written as one class of every possible first character followed by lookbehinds on it:
    a pattern that starts with a class is searched with the regex engine's fast skip to the
    next character of that class, ten times the speed of trying the alternation at every
    position of a clean page. It is compiled on first need (:class:`_Misread`): small clean
    texts are screened without it.
    """
    return cast("re.Pattern[str]", _Misread())


#: Texts up to this many characters are screened by :func:`_may_misread` while the pattern of
#: :func:`maybe_utf8_misread` is not compiled, up to :data:`MISREAD_SCREEN_BUDGET` characters
#: in all (about what compiling it costs: then a C-speed search beats the Python screen).
MISREAD_SMALL_TEXT = 1 << 14
MISREAD_SCREEN_BUDGET = 1 << 17


class _Misread:
    """The pattern of :func:`maybe_utf8_misread`, compiled on first need (~4 ms with the code
    pages it derives from). Until then a small text is screened by :func:`_may_misread`, which
    answers exactly whether the pattern can match in it: ``search`` answers None for it
    without compiling."""

    __slots__ = ("_compiled", "_left")

    def __init__(self) -> None:
        self._compiled: re.Pattern[str] | None = None
        self._left = MISREAD_SCREEN_BUDGET

    def _pattern(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _misread_pattern()
        return compiled

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._compiled is None and len(text) <= MISREAD_SMALL_TEXT <= self._left:
            self._left -= len(text)
            if not _may_misread(text):
                return None  # no match in the whole text, so none in text[pos:endpos]
        return self._pattern().search(text, pos, endpos)

    def found(self, text: str) -> bool:
        """Whether the pattern matches somewhere in ``text``: ``search(text) is not None``,
        answered by :func:`_may_misread` on a small text (the screen is exact) instead of
        compiling the pattern to find where."""
        if self._compiled is None and len(text) <= MISREAD_SMALL_TEXT <= self._left:
            self._left -= len(text)
            return _may_misread(text)
        return self._pattern().search(text) is not None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern(), name)


def utf8_misread_in(text: str) -> bool:
    """Whether :func:`maybe_utf8_misread` matches somewhere in ``text`` (without compiling it
    for a small text)."""
    return cast(_Misread, maybe_utf8_misread()).found(text)


@functools.cache
def _misread_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The characters of :func:`misread_chars` as shipped generated (leads, continuations,
    leads a space may follow), and first the characters a match can start with."""
    from ...cjk_tables import MISREAD_CONT, MISREAD_LEAD, MISREAD_LEAD_A0

    c1 = "".join(map(chr, range(0x80, 0xA0)))
    return (frozenset(MISREAD_LEAD + MISREAD_LEAD_A0 + c1), frozenset(MISREAD_LEAD),
            frozenset(MISREAD_CONT), frozenset(MISREAD_LEAD_A0))


def _may_misread(text: str) -> bool:
    """Whether the pattern of :func:`maybe_utf8_misread` matches somewhere in ``text``: a C1
    control, a lead before a continuation, or a two-byte lead before a space. Only the
    distinct characters that can start a match are looked at, where they stand."""
    firsts, leads, cont, lead_a0 = _misread_sets()
    for ch in firsts.intersection(text):
        if ch <= "\x9f":
            return True  # a C1 control
        lead, spaced = ch in leads, ch in lead_a0
        at = text.find(ch)
        while at >= 0:
            after = text[at + 1 : at + 2]
            if lead and after in cont or spaced and after == " ":
                return True
            at = text.find(ch, at + 1)
    return False


@dataclass(frozen=True)
class _Encoding:
    """What UTF-8 looks like in one of ftfy's single-byte encodings (see :func:`_changeable`).

    ``mids`` maps the character of a byte ftfy may put right: a lost byte (``?``, 0x1A) or a
    space that was 0xA0, to (leads it may follow alone, leads it may follow when a certain
    character comes next, those characters).
    """

    leads: frozenset[str]
    conts: frozenset[str]
    mids: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]

    def reads(self, x: str, y: str, z: str) -> bool:
        """Whether ``x y`` (then ``z``) starts a sequence this encoding may decode as UTF-8."""
        if x in self.leads and y in self.conts:
            return True
        rule = self.mids.get(y)
        return rule is not None and (x in rule[0] or x in rule[1] and z in rule[2])


@dataclass(frozen=True)
class _Changeable:
    """What :func:`_changeable` derives: a quick pattern and the encodings it stands for.

    ``quick`` finds every place where some encoding reads UTF-8 (or a C1 control) and a few
    more: it tests characters against the union of the encodings, in the regex engine. A
    place counts only if one encoding reads it (a Chinese ``……`` is a MacRoman lead before a
    cp1252 continuation: no encoding reads both).
    """

    quick: re.Pattern[str]
    encodings: tuple[_Encoding, ...]

    def find(self, text: str, pos: int = 0) -> int:
        """Where the first place at or after ``pos`` is (-1 if there is none)."""
        while (m := self.quick.search(text, pos)) is not None:
            at = m.start()
            if m.end() - at == 1:
                return at  # a C1 control
            x, y, z = text[at], text[at + 1], text[at + 2 : at + 3]
            if any(e.reads(x, y, z) for e in self.encodings):
                return at
            pos = at + 1
        return -1


#: One encoding of :func:`derive_changeable`: its leads, its continuations, and for each byte
#: it may put right, (that byte's character, the leads it follows alone, the leads it follows
#: when one of the last characters comes next, those characters); characters sorted.
EncodingTable = tuple[str, str, tuple[tuple[str, str, str, str], ...]]


@functools.cache
def _changeable() -> _Changeable:
    """The condition of :func:`derive_changeable`, from its generated tables
    (``textfix/cjk_tables.py``): deriving it imports ftfy (about 40 ms), which a clean Greek,
    Russian or Czech text, whose letters :func:`maybe_utf8_misread` matches but no line of
    which ftfy could change, never needs."""
    from ...cjk_tables import CHANGEABLE_ENCODINGS, CHANGEABLE_QUICK

    return _built(CHANGEABLE_QUICK, CHANGEABLE_ENCODINGS)


def _built(quick: str, encodings: tuple[EncodingTable, ...]) -> _Changeable:
    return _Changeable(re.compile(quick), tuple(
        _Encoding(frozenset(leads), frozenset(conts), {
            mid: (frozenset(alone), frozenset(more), frozenset(then))
            for mid, alone, more, then in mids})
        for leads, conts, mids in encodings))


def derive_changeable() -> tuple[str, tuple[EncodingTable, ...]]:
    """A necessary condition for ftfy's encoding repair to change a line, derived from ftfy:
    the source of the quick pattern of :class:`_Changeable` and its encodings
    (``tests/gen_cjk_tables.py`` ships them; a test checks that they are current).

    Every change it can make decodes UTF-8 from the bytes of the line, or of a stretch of it
    (decode_inconsistent_utf8), under one of its single-byte encodings: so, in one encoding,
    the line holds a lead byte's character (0xC0, 0xC2–0xF4) followed by a continuation
    byte's (0x80–0xBF), or by what its lossy-sequence repair reads as a lost byte (``?`` and
    0x1A in its sloppy encodings, where LOSSY_UTF8_RE says), or by a space that its
    restore_byte_a0 turns back into 0xA0 (not in MacRoman, where ALTERED_UTF8_RE says); or
    else it reads Latin-1 C1 controls as cp1252. Unlike :func:`maybe_utf8_misread`, which
    decides whether a text is looked at at all, this one decides which of its lines are, so
    it must cover every one of those cases; and it is as tight as they allow, so that few
    lines of clean Cyrillic or Chinese text are read.
    """
    from ftfy.chardata import ALTERED_UTF8_RE, CHARMAP_ENCODINGS, LOSSY_UTF8_RE

    leads = [0xC0, *range(0xC2, 0xF5)]
    conts = list(range(0x80, 0xC0))

    def after(pattern: re.Pattern[bytes], mid: int, ends: list[int]
              ) -> tuple[list[int], list[int], list[int]]:
        """Leads that ``pattern`` takes before ``mid`` alone; leads it takes before ``mid``
        and one of ``ends``; and those ends (a fourth byte, where the pattern wants one, is
        of the same class as the third)."""
        alone = [b for b in leads if pattern.match(bytes((b, mid)))]
        more = [b for b in leads if b not in alone
                and any(pattern.match(bytes((b, mid, e, e))) for e in ends)]
        then = [e for e in ends if any(pattern.match(bytes((b, mid, e, e))) for b in more)]
        return alone, more, then

    # what may follow a lost byte in LOSSY_UTF8_RE: a continuation or another lost byte
    lossy = {mid: after(LOSSY_UTF8_RE, mid, [*conts, 0x1A, 0x3F]) for mid in (0x3F, 0x1A)}
    altered = {0x20: after(ALTERED_UTF8_RE, 0x20, conts)}
    encodings: list[_Encoding] = []
    tables: list[EncodingTable] = []
    for codec in CHARMAP_ENCODINGS:
        # (a byte the encoding leaves undefined becomes U+FFFD: a superset, and harmless)
        char = bytes(range(256)).decode(codec, errors="replace")

        def chars(values: list[int], char: str = char) -> frozenset[str]:
            return frozenset(char[b] for b in values)

        # the lossy-sequence repair runs in the sloppy encodings, restore_byte_a0 not in MacRoman
        fixes = {**(lossy if codec.startswith("sloppy") else {}),
                 **(altered if codec != "macroman" else {})}
        encodings.append(_Encoding(chars(leads), chars(conts), {
            char[mid]: (chars(alone), chars(more), chars(then))
            for mid, (alone, more, then) in fixes.items()}))
        text = lambda values, chars=chars: "".join(sorted(chars(values)))  # noqa: E731
        tables.append((text(leads), text(conts), tuple(
            (char[mid], text(alone), text(more), text(then))
            for mid, (alone, more, then) in fixes.items())))
    firsts = set().union(*(e.leads for e in encodings))
    seconds = set().union(*(e.conts for e in encodings))
    # a lost byte or a space: after some leads alone, after others only before certain bytes
    rules: dict[str, tuple[set[str], set[str], set[str]]] = {}
    for e in encodings:
        for mid, parts in e.mids.items():
            for into, part in zip(rules.setdefault(mid, (set(), set(), set())), parts):
                into |= part
    alternatives = [f"(?<={_class(firsts)}){_class(seconds)}"]
    for mid, (alone, more, then) in rules.items():
        if alone:
            alternatives.append(f"(?<={_class(alone)}){re.escape(mid)}")
        if more:
            alternatives.append(f"(?<={_class(more)}){re.escape(mid)}{_class(then)}")
    c1 = set(map(chr, range(0x80, 0xA0)))
    quick = f"{_class(firsts | c1)}(?:{'|'.join(alternatives)}|(?<=[\\x80-\\x9f]))"
    return quick, tuple(tables)


#: Letters of the alphabets much text is written in besides ASCII (Russian and Ukrainian
#: Cyrillic, basic Greek): :func:`derive_bad_keys` picks, in each alternative of ftfy's
#: badness regex, the position these and ASCII stand in least, so that few clean lines hold a
#: key. The choice only decides how many lines are ruled out; whichever position is picked,
#: the condition holds.
_COMMON_LETTERS = frozenset(
    "ЁЄІЇҐёєіїґ" + "".join(map(chr, range(0x410, 0x450))) + "".join(map(chr, range(0x391, 0x3CA))))


def derive_bad_keys() -> str:
    """Characters one of which stands in every stretch ftfy's badness regex matches
    (``ftfy.badness.BADNESS_RE``, which :func:`run` asks of each line :func:`_changeable`
    finds): a line holding none of them is not bad, and ftfy need not be imported to say so.
    Derived from the regex's parse tree (``tests/gen_cjk_tables.py`` ships them as
    ``BAD_KEYS``; a test checks they are current): every match of an alternative holds one
    character of each of its positions that is a literal or a class of literals and ranges,
    so any one such position's characters are a key set, and the union over the alternatives
    is necessary. Of each alternative the position :data:`_COMMON_LETTERS` stand in least is
    taken (a Cyrillic ``вЂ`` is keyed by ``Ђ``, a three-letter ``[ВГРС]…[ВГРС]`` by its middle,
    ``[ÃÂ][ ]`` by its letters):
    clean Russian, Ukrainian and Czech lines that :func:`_changeable` lets through (``ё``,
    ``ř`` before a continuation byte's character) hold none.
    """
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]

    from ftfy.badness import BADNESS_RE

    def members(op: object, av: Any) -> set[str] | None:
        if op is C.LITERAL:
            return {chr(av)}
        if op is not C.IN:
            return None
        out: set[str] = set()
        for iop, iav in av:
            if iop is C.LITERAL:
                out.add(chr(iav))
            elif iop is C.RANGE:
                out.update(map(chr, range(iav[0], iav[1] + 1)))
            else:
                return None  # a category or a negated class: any character may stand there
        return out

    def weight(chars: set[str]) -> int:
        return sum(50 if ch.isascii() or ch in _COMMON_LETTERS else 5 if ch.isalpha() else 1
                   for ch in chars)

    if BADNESS_RE.flags & re.IGNORECASE:
        raise ValueError("ftfy's badness regex ignores case: its keys would need folding")
    (op, av), = P.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    if op is not C.BRANCH:
        raise ValueError("ftfy's badness regex is not an alternation")
    keys: set[str] = set()
    for alternative in av[1]:
        positions = [m for item in alternative if (m := members(*item))]
        if not positions:
            raise ValueError("an alternative of ftfy's badness regex has no key position")
        keys |= min(positions, key=weight)
    return "".join(sorted(keys))


@functools.cache
def _bad_keys() -> frozenset[str]:
    """:func:`derive_bad_keys` as shipped generated."""
    from ...cjk_tables import BAD_KEYS

    return frozenset(BAD_KEYS)


def _is_bad(body: str) -> bool:
    """ftfy's badness of a line (ftfy imported on first need)."""
    from ftfy.badness import is_bad

    return is_bad(body)


def _repair(body: str) -> tuple[str, str] | None:
    """The repair of one line and ftfy's plan for it, or None: a pure function of the line."""
    import ftfy

    fixed, steps = ftfy.fix_and_explain(body, config=ftfy_config())
    if fixed != body:
        fixed, steps = _choose(body, fixed, steps)
    if fixed != body and _C1.search(fixed) and not has_cjk(fixed):
        # C1 controls left in a line just shown to be cp1252-mangled are cp1252 too
        # (ftfy's fix_encoding does the same); elsewhere they are left alone.
        fixed = ftfy.fixes.fix_c1_controls(fixed)
        steps = [*(steps or ()), ftfy.ExplanationStep("transcode", "fix_c1_controls")]
    if fixed != body and "\n" not in fixed:
        return fixed, _plan_text(steps)
    return None


#: The repairs decided by the previous call in this thread (see :func:`run`).
_LOCAL = threading.local()


def _accepts(text: str, start: int, end: int, after: str) -> bool:
    """The language model's decision rule (:func:`textfix.damage.mojibake.accepts`), for
    the line's final reading: a first layer (UTF-8 read as cp1252 over UTF-8 read as GBK) is
    judged by what the CJK stage makes of it. A final reading ftfy still finds bad is a
    repair that leaves garble in the line: refused."""
    from ftfy.badness import is_bad

    from . import accepts, cjk_search

    final = after
    if suspicious(after):
        final = cjk_search.repair_line(after)[0]
    return not is_bad(final) and accepts(text, start, end, final)


def run(text: str, ctx: Context) -> Outcome:
    """Fix Western mojibake line by line with ftfy's encoding repair."""
    if not ctx.config.mojibake or text.isascii():
        return Outcome(text)
    if not utf8_misread_in(text):
        return Outcome(text)  # clean text stops here, without importing ftfy
    # Only lines that ftfy could change are read (its condition is one of a line: no match
    # holds a line break), so the scan jumps from match to match instead of walking every
    # line, and ftfy's badness regex (about 6 MB/s) reads only those lines; a text with no
    # such line stops here, without importing ftfy.
    changeable = _changeable()
    found = changeable.find(text)
    if found < 0:
        return Outcome(text)
    # A line holding none of the badness regex's keys is not bad (derive_bad_keys): ftfy is
    # imported only for a line that holds one.
    bad_keys = _bad_keys()

    # The engine runs every stage again while a pass changed the text, and a line no stage
    # changed comes back as it was: its repair, a pure function of the line, is taken from the
    # previous call instead of costing ftfy and the CJK search again. Only the previous call's
    # lines are kept, so the memo stays as small as one text and no document pays for another.
    previous: dict[str, tuple[str, str] | None] = _LOCAL.__dict__.get("memo") or {}
    memo: dict[str, tuple[str, str] | None] = {}
    _LOCAL.memo = memo
    edits: list[Edit] = []
    evidence: dict[int, str] = {}
    while found >= 0:
        start = text.rfind("\n", 0, found) + 1
        end = text.find("\n", found)
        if end < 0:
            end = len(text)
        body = text[start:end].rstrip("\r")
        if not bad_keys.isdisjoint(body) and _is_bad(body):
            if body in memo:
                repair = memo[body]
            else:
                repair = memo[body] = previous[body] if body in previous else _repair(body)
            if repair is not None and _accepts(text, start, start + len(body), repair[0]):
                edits.append(Edit(start, start + len(body), repair[0], Code.WESTERN_MOJIBAKE))
                evidence[start] = repair[1]
        found = changeable.find(text, end)
    # ftfy's badness of the whole text is the stage's own gate: a line is bad only if the text
    # is, except through its one anchored pattern (^Ã followed by a space), which matches at
    # the start of a line alone but only at the start of the text. A bad stretch found in an
    # edited line, searched in place, settles it; otherwise the whole text is searched.
    if not edits:
        return Outcome(text)
    from ftfy.badness import BADNESS_RE, is_bad

    if not (any(BADNESS_RE.search(text, e.start, e.end) for e in edits) or is_bad(text)):
        return Outcome(text)
    index = LineIndex(text)
    findings = []
    for e in edits:
        line, col = index.line_col(e.start)
        findings.append(
            Finding(Code.WESTERN_MOJIBAKE, line, col,
                    f"mojibake {text[e.start:e.end][:40]!r} → {e.after[:40]!r}",
                    evidence=f"ftfy plan: {evidence[e.start]}", start=e.start, end=e.end)
        )
    new_text, changes = apply_edits(text, edits, STEP)
    return Outcome(new_text, tuple(findings), tuple(changes))
