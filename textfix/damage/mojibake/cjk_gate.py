"""Which lines may hold CJK mojibake: the cheap signatures every mojibake decision starts from.

:func:`suspicious` answers, for one line, whether it shows a signature of CJK mojibake: a
character that a UTF-8 lead byte of CJK forms with a continuation byte under GBK, Big5,
Shift_JIS or EUC-KR and that clean text seldom uses, a cluster of Latin-1/cp1252 high
characters (CJK bytes read as Latin), Latin letters glued to CJK, a pinyin letter between
hanzi, or too few common hanzi among a line's hanzi. It changes nothing and decides no
repair: it decides which lines are worth a repair's cost. :func:`gate_opens` answers the
same for a whole text with one regular-expression search (:func:`_gate`), so clean text
stops there.

Why a module of its own: it is the screen of the model stage (:mod:`textfix.damage.mojibake`
asks it which non-Western lines to score), of the aligned byte search
(:mod:`.cjk_search`), of the Western stage's choice between ftfy and a CJK reading
(:mod:`.western`), and of the boilerplate and unrecoverable-damage stages (a garbled line is
neither chrome nor a lost character). Its character classes are derived from the codecs and
shipped generated (:mod:`textfix.cjk_tables`, written by ``tests/gen_cjk_tables.py``); the
screens before them (:func:`_may_be_suspicious`) only spare small texts the ~25 ms of
compiling the big classes and never change an answer (``tests/test_mojibake_cjk_gate.py``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ...charclass import class_ranges, is_han, lazy
from ...plausibility import derive_tables, range_decode

#: Latin-1 and cp1252 high characters: clusters of them are GBK and kin read as Latin.
_HIGH = "\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc" \
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_SIG_CJK = "\u3041-\u30ff\u4e00-\u9fff\uac00-\ud7a3"
# Latin-1 letters and symbols glued to CJK (a kept byte of a sloppy decode); the symbols
# Chinese text really uses next to hanzi (· × ° ± § ÷) are not signatures. GBK read as Big5
# and back: pinyin letters, bopomofo, box drawing, Greek and Cyrillic (rows A2–A9 of both
# standards) glued to hanzi.
_GLUED = "\u0080-\u00a6\u00a8-\u00af\u00b2-\u00b6\u00b8-\u00d6\u00d8-\u00f6\u00f8-\u00ff" \
    "\u3105-\u312f\u2500-\u257f\u0391-\u03c9\u0401-\u0451"
_SIG_HAN = "\u4e00-\u9fff"
_PINYIN = "\u0100-\u01dc"
_HALFWIDTH_KANA = "\uff61-\uff9f"
#: Four high characters, at most one letter apart: two CJK characters' worth of bytes.
_HIGH_CLUSTER = f"(?:[{_HIGH}][\\x40-\\x7e]?){{3}}[{_HIGH}]"


def derive_signature_chars() -> frozenset[str]:
    """The single characters that are a signature on their own, derived from the codecs.

    Every character a UTF-8 lead byte of CJK (E3–E9) forms with a continuation byte under
    GBK, Big5, Shift_JIS or EUC-KR/CP949 that is not a common hanzi or hangul, and every
    hangul syllable outside KS X 1001 (``tests/gen_cjk_tables.py`` writes the set to
    :mod:`textfix.cjk_tables`; a test checks that it is current).
    """
    chars: set[str] = set()
    for codec in ("gbk", "big5", "shift_jis", "cp949", "euc_jp"):
        chars |= range_decode(codec, range(0xE3, 0xEA), range(0x80, 0xC0))
    t = derive_tables()
    common = t["common_han"] | t["common_hangul"]
    rare_sig = {c for c in chars if c not in common and ord(c) > 0x2000}
    rare_hangul = {chr(o) for o in range(0xAC00, 0xD7A4) if chr(o) not in t["common_hangul"]}
    return frozenset(rare_sig | rare_hangul)


@lru_cache(maxsize=1)
def _signature() -> re.Pattern[str]:
    """Characters typical of UTF-8 read through a CJK codec, and of CJK bytes read as Latin.

    The rare characters of :func:`derive_signature_chars` — plus halfwidth katakana and
    clusters of Latin-1/cp1252 high characters (four, at most one letter apart: two CJK
    characters' worth of bytes; ``ção`` is Portuguese), Latin-1 letters and symbols glued to
    CJK, and a pinyin letter between hanzi (璶ō份).
    """
    from ...cjk_tables import SIGNATURE_CLASS

    global _SIGNATURE_COMPILED
    _SIGNATURE_COMPILED = True
    return re.compile(
        f"[{SIGNATURE_CLASS}{_HALFWIDTH_KANA}]"
        f"|{_HIGH_CLUSTER}"
        f"|[{_GLUED}][{_SIG_CJK}]|[{_SIG_CJK}][{_GLUED}]"
        f"|[{_SIG_HAN}][{_PINYIN}][{_SIG_HAN}]"
    )


def gate_classes() -> tuple[str, str]:
    """The classes of :func:`_gate`, derived: every character that can take part in a
    signature or be a rare hanzi (A ∪ B below), and those that are both A and B.

    A: the signature characters, halfwidth katakana and the hanzi that are not common (a
    line needs one to fail the common-hanzi test of :func:`suspicious`); B: the characters of
    the other signatures (high, glued and pinyin characters).
    """
    either, both = _gate_sets()
    return class_ranges(either), class_ranges(both)


def gate_bounds() -> tuple[int, ...]:
    """The first class of :func:`_gate` as sorted range bounds (a code point is in the class
    when an odd number of bounds are at or below it): :func:`_may_open_gate` tests a small
    text's distinct characters against it without compiling the gate."""
    codes = sorted(map(ord, _gate_sets()[0]))
    out: list[int] = []
    for o in codes:
        if out and out[-1] == o:
            out[-1] = o + 1
        else:
            out += [o, o + 1]
    return tuple(out)


def _gate_sets() -> tuple[set[str], set[str]]:
    """A ∪ B and A ∩ B of :func:`gate_classes`, as sets of characters."""
    a, b = _gate_parts()
    return a | b, a & b


def _gate_parts() -> tuple[set[str], set[str]]:
    """A and B of :func:`gate_classes`, as sets of characters."""
    t = derive_tables()
    a = set(derive_signature_chars()) | set(map(chr, range(0xFF61, 0xFFA0)))
    a |= set(map(chr, range(0x3400, 0x4DC0)))
    a |= {chr(o) for o in range(0x4E00, 0xA000)} - t["common_han"]
    b_re = re.compile(f"[{_HIGH}{_GLUED}{_PINYIN}]")
    b = {chr(o) for o in range(0x10000) if b_re.match(chr(o))}
    return a, b


def gate_punctuation() -> str:
    """The gate characters at which :func:`_gate` can match only as the first of a cluster of
    high characters (“ ” ‘ ’ — … · and kin), derived: high characters in neither A nor the
    glued or pinyin characters. Clean CJK text is full of them; :func:`_screen` lets them
    open the gate only where a cluster of high characters stands."""
    a, _ = _gate_parts()
    other = re.compile(f"[{_GLUED}{_PINYIN}]")
    high = re.compile(f"[{_HIGH}]")
    return "".join(sorted(ch for o in range(0x80, 0x10000)
                          if high.match(ch := chr(o)) and not other.match(ch) and ch not in a))


def gate_signature_han() -> str:
    """The signature characters inside the hanzi ranges (U+3400–4DBF, U+4E00–9FFF), derived:
    every other gate character of those ranges is a hanzi outside the common set, which
    makes a line suspicious only through the common-hanzi test (see :func:`_screen`)."""
    return "".join(sorted(ch for ch in derive_signature_chars() if _HAN_RE.match(ch)))


@lru_cache(maxsize=1)
def _gate() -> re.Pattern[str]:
    """One search over a whole text for the lines :func:`suspicious` may accept.

    Every match of :func:`_signature` holds a character of the big class (a rare character,
    or one of its high, glued or pinyin characters), and so does every line with a hanzi
    outside the common set; the pattern starts with that class, so the regular-expression
    engine skips to such characters at C speed and only there checks the context. A line
    without a match is not suspicious; a line with one is tested with :func:`suspicious`.
    """
    from ...cjk_tables import GATE_BOTH_CLASS, GATE_CLASS

    global _GATE_COMPILED
    _GATE_COMPILED = True
    both = f"|(?<=[{GATE_BOTH_CLASS}])" if GATE_BOTH_CLASS else ""
    return re.compile(
        f"[{GATE_CLASS}](?:(?<![{_HIGH}{_GLUED}{_PINYIN}]){both}"
        f"|(?<=[{_HIGH}])(?:[\\x40-\\x7e]?[{_HIGH}]){{3}}"
        f"|(?<=[{_GLUED}])(?=[{_SIG_CJK}])|(?<=[{_SIG_CJK}][{_GLUED}])"
        f"|(?<=[{_SIG_HAN}][{_PINYIN}])(?=[{_SIG_HAN}]))"
    )


#: Texts up to this many characters are first screened by :func:`_may_be_suspicious`.
SMALL_TEXT = 1 << 16
#: Texts with more distinct rare hanzi than this are not screened line by line.
MAX_RARE = 64
#: Characters the screens read in all before the big classes are compiled anyway: ~20 ms of
#: screening, about what compiling costs (then a C-speed search beats the Python screen).
SCREEN_BUDGET = 1 << 20
_GATE_COMPILED = False
_SCREEN_LEFT = [SCREEN_BUDGET]


def _worth_screening(text: str, compiled: bool) -> bool:
    """Whether to screen ``text`` before the search it stands in for (``compiled``: that
    search is ready). Screening never changes a result, only what it costs: it pays while
    the big classes are not compiled, up to :data:`SCREEN_BUDGET` characters per process."""
    if compiled or _SCREEN_LEFT[0] < len(text):
        return False
    _SCREEN_LEFT[0] -= len(text)
    return True


def _may_open_gate(text: str) -> bool:
    """Whether :func:`_gate` may match in ``text``: it holds a character of the gate's first
    class (every match starts with one) other than the punctuation of
    :func:`gate_punctuation`, or a cluster of high characters. For a small file this costs
    well under a millisecond, where compiling the gate's big class costs ~25 ms."""
    found = _screen(text)
    return found is None or bool(found[1]) or found[0] and _cluster().search(text) is not None


def _may_be_suspicious(text: str) -> bool:
    """Whether a line of ``text`` may be :func:`suspicious` (False only when none can be).

    Beyond :func:`_may_open_gate`: when the only gate characters that do not need a
    cluster are rare hanzi that are no signature characters, no line holds a signature
    (each needs a signature character, a glued, pinyin or non-punctuation high character,
    or a cluster), so a line is suspicious only by the common-hanzi test — which a line
    whose hanzi are common but for ``r`` rare ones fails when ``5r < han``: every other
    hanzi of the line is common (it is no gate character), so ``common >= han - r >
    0.8 * han``. Clean Chinese text with a rare hanzi then compiles no big class either.
    """
    found = _screen(text)
    if found is None:
        return True
    punct, rare = found
    if punct and _cluster().search(text):
        return True
    if not rare:
        return False
    if len(rare) > MAX_RARE:
        return True  # not worth a class of its own: let the gate decide
    rare_re = re.compile(f"[{''.join(rare)}]")  # hanzi only: nothing to escape
    m = rare_re.search(text)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        stop = text.find("\n", m.end())
        stop = len(text) if stop < 0 else stop
        line = text[start:stop]
        han = len(_HAN_RE.findall(line))
        if han >= 4 and 5 * len(rare_re.findall(line)) >= han:
            return True
        m = rare_re.search(text, stop)
    return False


def _screen(text: str) -> tuple[bool, list[str]] | None:
    """The gate characters of ``text`` classified by how :func:`_gate` can match at them.

    None when one may match whatever its neighbours; else whether the text holds
    punctuation of :func:`gate_punctuation`, or, in text without CJK characters, any gate
    character below U+2000 (the gate matches there only as the start of a cluster of high
    characters), and the rare hanzi it holds that are no signature characters (the gate
    matches at each, but only the common-hanzi test can make their line suspicious).
    """
    from ...cjk_tables import GATE_BOUNDS, GATE_PUNCTUATION, GATE_SIGNATURE_HAN

    punct = False
    rare: list[str] = []
    distinct = set(text)
    # Below U+2000 every gate character is high, glued or pinyin and no signature character
    # (those all lie above it): it can match only as the start of a cluster or next to a CJK
    # character (_SIG_CJK). In text without one (Western European text with its accents),
    # such characters count as punctuation: only a cluster opens the gate.
    western = not any("\u3041" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff"
                      or "\uac00" <= ch <= "\ud7a3" for ch in distinct)
    for ch in distinct:
        if ch >= "\x80" and bisect_right(GATE_BOUNDS, ord(ch)) & 1:
            if ch in GATE_PUNCTUATION or western and ch < "\u2000":
                punct = True
            elif ("\u3400" <= ch < "\u4dc0" or "\u4e00" <= ch < "\ua000") \
                    and ch not in GATE_SIGNATURE_HAN:
                rare.append(ch)
            else:
                return None
    return punct, rare


@lru_cache(maxsize=1)
def _cluster() -> re.Pattern[str]:
    """The high-character cluster of :func:`_signature` alone (a small class, quick to
    compile)."""
    return re.compile(_HIGH_CLUSTER)


_HAN_RE = lazy("[\u4e00-\u9fff\u3400-\u4dbf]")


@lru_cache(maxsize=1)
def _common_re() -> re.Pattern[str]:
    from ...cjk_tables import COMMON_HAN_CLASS

    return re.compile(f"[{COMMON_HAN_CLASS}]")


def common_chars() -> re.Pattern[str]:
    """The common hanzi, kanji and hanja (from the legacy codecs' first levels) as a class."""
    return _common_re()


#: Whether :func:`_signature` has been compiled (see :func:`suspicious`).
_SIGNATURE_COMPILED = False
#: Lines up to this many characters are screened by :func:`suspicious` before it compiles.
SMALL_LINE = 4096


def holds_rare_han(text: str) -> bool:
    """Whether ``text`` holds a hanzi (:data:`textfix.charclass.HAN`) outside the common set:
    ``len(common_chars().findall(text)) < len(HAN.findall(text))`` without compiling the
    common class (~10 ms). The common hanzi (all in U+4E00–9FFF) are set aside at C speed, so
    only the text's other characters are looked at one by one: on clean Chinese text, its
    punctuation (tests/test_mojibake_cjk_gate.py and tests/test_boilerplate_speed.py check it
    against the count and against the gate's class of the others, on every code point)."""
    rest = set(text)
    rest.difference_update(_common_han_set())
    if not rest or max(rest) < "\u3400":
        return False
    return any(map(is_han, rest))


@lru_cache(maxsize=1)
def _common_han_set() -> frozenset[str]:
    """The common hanzi of :data:`textfix.cjk_tables.COMMON_HAN` (all single characters of the
    BMP, so its first part)."""
    from ...cjk_tables import COMMON_HAN

    return frozenset(COMMON_HAN[0])


def suspicious(line: str) -> bool:
    """Cheap test: does ``line`` show any CJK mojibake signature?

    Until its big classes are compiled (~25 ms), a short line is first screened by
    :func:`_may_be_suspicious` (sound: it passes every suspicious line; see
    :func:`_worth_screening`): other stages ask about short lines of clean CJK text, which
    then never pay for the compilation.
    """
    if line.isascii():
        return False
    if (len(line) <= SMALL_LINE and _worth_screening(line, _SIGNATURE_COMPILED)
            and not _may_be_suspicious(line)):
        return False
    if _signature().search(line):
        return True
    han = len(_HAN_RE.findall(line))
    if han >= 4:
        common = len(_common_re().findall(line))
        return common < 0.8 * han
    return False


def gate_opens(text: str) -> bool:
    """Whether a line of ``text`` may be :func:`suspicious`: the gate (:func:`_gate`) matches
    somewhere, after the small-text screen (:func:`_may_be_suspicious`) where it pays."""
    if (len(text) <= SMALL_TEXT and _worth_screening(text, _GATE_COMPILED)
            and not _may_be_suspicious(text)):
        return False
    return _gate().search(text) is not None
