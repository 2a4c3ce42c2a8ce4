"""How plausible a piece of text is as something a person wrote: the evidence for every repair.

A candidate decoding or mojibake repair is accepted only when it reads as clearly more plausible
text than what it replaces, never merely because it decodes. This module gives that judgement a
number, :func:`score`: the sum of a weight per character plus penalties for neighbours that do
not belong together.

The character tables are not hand-written lists: they are derived (once, lazily, then cached)
from the legacy codecs themselves, whose standards grade characters by how common they are:

* GB2312 level 1 (bytes ``B0A1``–``D7FE``): the 3,755 most common Simplified hanzi;
* Big5 ``A440``–``C67E``: the 5,401 common Traditional hanzi;
* Shift_JIS ``889F``–``9872``: the 2,965 JIS level-1 kanji;
* KS X 1001 (EUC-KR ``B0A1``–``C8FE``): the 2,350 common hangul syllables.

Level-2 sets (GB2312 ``D8A1``–``F7FE``, Big5 ``C940``–``F9D5``, JIS level 2) are "known but
uncommon"; other ideographs (GBK's extension, CJK Extension A and beyond) are rare in running
text but typical of mojibake, which lands on arbitrary code points. Controls, private-use and
unassigned code points and U+FFFD are strong evidence of damage.

Neighbour penalties capture what mojibake looks like beside what text looks like: Latin-1
symbols and accented letters glued to hanzi or to each other (``·¢Õ¹``, ``ÇÑ±¹``), Greek or
Cyrillic letters inside CJK runs (GBK rows A6/A7 reached by UTF-8 bytes), Simplified-only and
Traditional-only characters mixed in one run (Big5 read as GBK), lowercase-then-uppercase inside
a Cyrillic or Greek word (KOI8-R read as cp1251).
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

# Character kinds used for neighbour penalties.
ASCII_LETTER = "a"
LATIN = "L"  # accented / extended Latin letters
SYMBOL = "S"  # Latin-1 and cp1252 symbols (¢ ¹ ± ¤ …)
HAN = "H"
KANA = "K"
HANGUL = "G"
CJK_PUNCT = "P"
CYRILLIC = "C"
GREEK = "E"
OTHER_LETTER = "O"
BAD = "X"
BOX = "B"
NEUTRAL = "-"  # ASCII digits, spaces and punctuation, quotes and dashes

_CJK = frozenset((HAN, KANA, HANGUL))
_FOREIGN_TO_CJK = frozenset((LATIN, SYMBOL, CYRILLIC, GREEK, OTHER_LETTER, BOX))

#: Neighbour penalties for unordered pairs of kinds.
_PAIR: dict[frozenset[str], float] = {}


def _pair(a: str, b: str, w: float) -> None:
    _PAIR[frozenset((a, b))] = w


for _k in _CJK:
    for _f in _FOREIGN_TO_CJK:
        _pair(_k, _f, -1.5 if _f != BOX else -0.7)
    _pair(_k, CJK_PUNCT, 0.0)
    _pair(_k, ASCII_LETTER, -0.5)
_pair(LATIN, SYMBOL, -0.7)
_pair(SYMBOL, SYMBOL, -1.0)
_pair(SYMBOL, CJK_PUNCT, -1.0)
_pair(LATIN, CJK_PUNCT, -1.0)
_pair(CYRILLIC, CJK_PUNCT, -1.0)
_pair(GREEK, CJK_PUNCT, -1.0)
_pair(CYRILLIC, LATIN, -1.0)
_pair(CYRILLIC, ASCII_LETTER, -1.0)
_pair(CYRILLIC, SYMBOL, -1.0)
_pair(CYRILLIC, GREEK, -1.0)
_pair(GREEK, LATIN, -1.0)
_pair(GREEK, ASCII_LETTER, -1.0)
_pair(GREEK, SYMBOL, -1.0)
_pair(HAN, HANGUL, -0.5)
_pair(OTHER_LETTER, ASCII_LETTER, -1.0)
_pair(OTHER_LETTER, LATIN, -1.0)
_pair(OTHER_LETTER, CYRILLIC, -1.0)
_pair(OTHER_LETTER, GREEK, -1.0)
_pair(KANA, HANGUL, -1.5)
_pair(BOX, SYMBOL, -0.7)
_pair(BOX, LATIN, -0.7)

_COMMON_CJK_PUNCT = frozenset(
    "、。〈〉《》「」『』【】〔〕・ー々〃〆〇〜\u3000"
    "，．：；！？（）［］｛｝～＂＇％＆＊＋－／＝＜＞＃＠＄｜・"
)
_COMMON_SYMBOLS = frozenset("°£©®±·«»§¿¡€¥¢µ×÷")
_NEUTRAL_PUNCT = frozenset("“”‘’–—…•‹›„‚\u00a0\u2009\u200b\u2002\u2003\u3000″′‰™№")
_CASED = frozenset((LATIN, CYRILLIC, GREEK))
#: Accented letters common in Western European text (the rest of Latin-1 is rarer).
_COMMON_ACCENTED = frozenset("éèàçüöäñáíóúêâôûëïãõåøæßìòùÉÀÇÜÖÄÑÁÍÓÚ")
_RARE_KANA = frozenset("ゎゐゑゕゖゔヮヰヱヵヶヷヸヹヺ")


def range_decode(codec: str, leads: range, trails: range | list[int]) -> set[str]:
    """The single characters ``codec`` gives for every (lead, trail) byte pair."""
    out: set[str] = set()
    for a in leads:
        for b in trails:
            try:
                ch = bytes((a, b)).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(ch) == 1:
                out.add(ch)
    return out


_BIG5_TRAILS = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
_SJIS_TRAILS = [*range(0x40, 0x7F), *range(0x80, 0xFD)]


@lru_cache(maxsize=1)
def tables() -> dict[str, frozenset[str]]:
    """The character tables (see :func:`derive_tables`), loaded from the generated module
    :mod:`textfix.cjk_tables` on first use: deriving them from the codecs takes ~50 ms."""
    from . import cjk_tables as g

    def members(table: tuple[str, tuple[str, ...]]) -> frozenset[str]:
        chars, longer = table
        return frozenset(chars).union(longer)

    return {
        "common_han": members(g.COMMON_HAN),
        "uncommon_han": members(g.UNCOMMON_HAN),
        "common_hangul": members(g.COMMON_HANGUL),
        "simplified_only": members(g.SIMPLIFIED_ONLY),
        "traditional_only": members(g.TRADITIONAL_ONLY),
    }


def derive_tables() -> dict[str, frozenset[str]]:
    """The character tables, derived from the legacy codecs (``tests/gen_cjk_tables.py``
    writes them to :mod:`textfix.cjk_tables`; a test checks that they are current)."""
    gb1 = range_decode("gb2312", range(0xB0, 0xD8), range(0xA1, 0xFF))
    gb2 = range_decode("gb2312", range(0xD8, 0xF8), range(0xA1, 0xFF))
    big5_common: set[str] = set()
    for a in range(0xA4, 0xC7):
        trails = [b for b in _BIG5_TRAILS if (a, b) <= (0xC6, 0x7E)]
        big5_common |= range_decode("big5", range(a, a + 1), trails)
    big5_rare = range_decode("big5", range(0xC9, 0xFA), _BIG5_TRAILS)
    jis1: set[str] = set()
    jis2: set[str] = set()
    for a in range(0x88, 0xEB):
        for b in _SJIS_TRAILS:
            if (a, b) < (0x88, 0x9F):
                continue
            try:
                ch = bytes((a, b)).decode("shift_jis")
            except UnicodeDecodeError:
                continue
            (jis1 if (a, b) <= (0x98, 0x72) else jis2).add(ch)
    hangul = range_decode("euc_kr", range(0xB0, 0xC9), range(0xA1, 0xFF))
    hanja = range_decode("euc_kr", range(0xCA, 0xFE), range(0xA1, 0xFF))
    common = frozenset(gb1 | big5_common | jis1)
    uncommon = frozenset((gb2 | big5_rare | jis2 | hanja) - common)
    return {
        "common_han": common,
        "uncommon_han": uncommon,
        "common_hangul": frozenset(hangul),
        "simplified_only": frozenset(gb1 - big5_common - big5_rare - jis1 - jis2),
        "traditional_only": frozenset(big5_common - gb1 - gb2),
    }


def _kind_weight(ch: str) -> tuple[str, float]:
    o = ord(ch)
    if o < 0x80:
        if ch.isalpha():
            return ASCII_LETTER, 0.0
        if o < 0x20 and ch not in "\t\n\r\f\v" or o == 0x7F:
            return BAD, -5.0
        return NEUTRAL, 0.0
    t = tables()
    if 0x4E00 <= o <= 0x9FFF:
        if ch in t["common_han"]:
            return HAN, 1.0
        if ch in t["uncommon_han"]:
            return HAN, -0.3
        return HAN, -1.2
    if 0x3400 <= o <= 0x4DBF or 0x20000 <= o <= 0x3FFFF or 0xF900 <= o <= 0xFAFF:
        return HAN, -2.0
    if 0x2E80 <= o <= 0x2FDF or 0x31C0 <= o <= 0x31EF:
        return HAN, -2.0  # radicals and strokes
    if 0x3041 <= o <= 0x30FF:
        if ch in _RARE_KANA:
            return KANA, -0.5
        if ch == "・":
            return CJK_PUNCT, 0.5
        return KANA, 1.0
    if 0xFF61 <= o <= 0xFF9F:
        return KANA, -1.5  # halfwidth katakana: Shift_JIS single bytes in mojibake
    if 0x31F0 <= o <= 0x31FF:
        return KANA, -2.0
    if 0xAC00 <= o <= 0xD7A3:
        return (HANGUL, 1.2) if ch in t["common_hangul"] else (HANGUL, -1.2)
    if 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return HANGUL, -1.5
    if ch in _COMMON_CJK_PUNCT:
        return CJK_PUNCT, 0.5
    if 0xFF10 <= o <= 0xFF5A:
        return CJK_PUNCT, -0.2  # fullwidth digits and letters
    if 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF:
        return CJK_PUNCT, -0.5
    if 0x3100 <= o <= 0x312F or 0x31A0 <= o <= 0x31BF:
        return BOX, -1.0  # bopomofo: rare in running text, common in Big5-as-GBK mojibake
    if ch == "\ufffd":
        return BAD, -2.0
    if 0x80 <= o <= 0x9F:
        return BAD, -5.0
    if ch in _NEUTRAL_PUNCT:
        return NEUTRAL, 0.1
    cat = unicodedata.category(ch)
    if cat in ("Co", "Cn", "Cs", "Cc"):
        return BAD, -4.0
    if cat == "Cf":
        return NEUTRAL, -0.5
    if 0xA0 <= o <= 0xFF:
        if cat[0] == "L":
            return LATIN, 0.3 if ch in _COMMON_ACCENTED else -0.1
        if ch in "«»":
            return SYMBOL, 0.1
        return SYMBOL, -0.2 if ch in _COMMON_SYMBOLS else -0.6
    if 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF or 0xFE10 <= o <= 0xFE4F:
        return BOX, -1.0  # presentation forms and vertical forms: never typed, only decoded
    if cat[0] == "L" or cat == "Mn":
        if 0x100 <= o <= 0x24F or 0x1E00 <= o <= 0x1EFF or 0x300 <= o <= 0x36F:
            return LATIN, 0.2  # with the combining accents of Latin letters (U+0300–U+036F)
        if 0x370 <= o <= 0x3FF:
            return GREEK, 0.3
        if 0x400 <= o <= 0x52F:
            return CYRILLIC, 0.3
        # Devanagari, Thai, Arabic, Hebrew…: letters of a script, and their vowel signs and
        # tone marks (Mn), which are part of the word, not Latin accents beside it.
        return OTHER_LETTER, 0.4
    if 0x2500 <= o <= 0x27BF or 0x2190 <= o <= 0x23FF or 0x2460 <= o <= 0x24FF:
        return BOX, -0.7
    if cat[0] in "PZ":
        return NEUTRAL, 0.0
    return BOX, -0.4


_CACHE: dict[str, tuple[str, float]] = {}


def kind(ch: str) -> tuple[str, float]:
    """(kind, weight) of one character, memoised."""
    r = _CACHE.get(ch)
    if r is None:
        r = _CACHE[ch] = _kind_weight(ch)
    return r


@lru_cache(maxsize=1)
def word_tables() -> tuple[dict[str, float], frozenset[str]]:
    """Hanzi frequency (0–1) and two-character words, from pypinyin's phrase dictionary.

    pypinyin ships ~47,000 Chinese words; how many of them a character appears in is a usable
    frequency rank, and their adjacent pairs are real words. OpenCC converts the list to
    Traditional so that Traditional text is judged alike. Read from the generated
    :mod:`textfix.word_tables` (deriving them, :func:`derive_word_counts`, takes about half a
    second); loaded only when a mojibake candidate has to be judged.
    """
    from . import word_tables as W

    freq = {ch: _frequency(n) for ch, n in zip(W.CHARS, W.COUNTS)}
    pairs = W.PAIRS
    return freq, frozenset(pairs[i : i + 2] for i in range(0, len(pairs), 2))


def _frequency(count: int) -> float:
    """A character's frequency (0–1) from the number of words it appears in."""
    return min(math.log1p(count), 6.0) / 6.0


def derive_word_counts() -> tuple[dict[str, int], frozenset[str]]:
    """How many of pypinyin's words (and their OpenCC Traditional forms) each character is in,
    and the words' adjacent character pairs: what ``tests/gen_word_tables.py`` ships."""
    import opencc
    from pypinyin import phrases_dict

    simplified = list(phrases_dict.phrases_dict)
    traditional = opencc.OpenCC("s2t").convert("\n".join(simplified)).split("\n")
    counts: dict[str, int] = {}
    pairs: set[str] = set()
    for phrase in (*simplified, *traditional):
        for i, ch in enumerate(phrase):
            counts[ch] = counts.get(ch, 0) + 1
            if i:
                pairs.add(phrase[i - 1 : i + 1])
    return counts, frozenset(pairs)


def word_score(text: str) -> float:
    """:func:`score` plus word evidence: frequent hanzi and known two-character words.

    Tells apart readings that character classes alone cannot (GBK read as Big5 lands on
    common Traditional characters; EUC-KR read as GBK on common Simplified ones).

    >>> word_score("发展中国家") > word_score("楷桯笢弊模")
    True
    """
    # Memoised: a mojibake search scores the same slices of a line under many codec chains
    # (and again in the next layer); the value is a pure function of the text.
    cached = _WORD_SCORES.get(text)
    if cached is None:
        if len(_WORD_SCORES) >= _WORD_SCORES_MAX:
            _WORD_SCORES.clear()
        cached = _WORD_SCORES[text] = _word_score(text)
    return cached


#: Memo of :func:`word_score`, cleared whole when it reaches its size limit.
_WORD_SCORES: dict[str, float] = {}
_WORD_SCORES_MAX = 200_000


def _word_score(text: str) -> float:
    pairs = word_tables()[1]
    total = score(text)
    records = _WORD_RECORDS
    prev = ""
    for ch in text:
        r = records.get(ch)
        if r is None:
            r = _word_record(ch)
        if r[0] == 1:
            total += r[1]
            if prev and prev + ch in pairs:
                total += 0.6
        elif r[0] == 2:
            total += 0.3  # as much as a frequent hanzi: kana and hangul have no word list here
        prev = ch
    return total


#: Per character, what :func:`_word_score` adds for it: (1, its frequency weight) for a common
#: hanzi, which also counts in words; (2, 0.3) for kana and common hangul; (0, 0.0) else.
_WORD_RECORDS: dict[str, tuple[int, float]] = {}


def _word_record(ch: str) -> tuple[int, float]:
    t = tables()
    if ch in t["common_han"]:
        r = (1, 0.8 * word_tables()[0].get(ch, 0.0) - 0.4)
    elif "\u3041" <= ch <= "\u30fa" or ch in t["common_hangul"]:
        r = (2, 0.3)
    else:
        r = (0, 0.0)
    _WORD_RECORDS[ch] = r
    return r


def score(text: str) -> float:
    """The plausibility of ``text``: higher is more like real writing.

    ASCII contributes nothing, so texts that differ only in a damaged run can be compared by
    scoring the runs alone (with a character of context on each side).

    >>> score("发展") > score("鍙戝睍") and score("发展") > score("·¢Õ¹")
    True
    >>> score("Müller") > score("M黮ler")
    True
    """
    if not _PAIR_ROWS:
        _init_pairs()
    total = 0.0
    prev_kind = before = NEUTRAL
    prev_lower = False
    simp = trad = kana = 0
    records = _RECORDS
    rows = _PAIR_ROWS
    for ch in text:
        r = records.get(ch)
        if r is None:
            r = _record(ch)
        k, w, lower, upper, script = r
        total += w
        if k is not prev_kind or k is SYMBOL:
            total += rows[k].get(prev_kind, 0.0)
            if k is ASCII_LETTER and prev_kind in _CJK and before is ASCII_LETTER:
                total -= 1.0  # "fa軋de": one CJK character inside a Latin word
        if prev_lower and upper and (k in _CASED or prev_kind in _CASED):
            total -= 0.7  # "cafÈ", "пРИВЕТ": case flips inside a word mark a wrong code page
        if script:
            if script == 1:
                simp += 1
            elif script == 2:
                trad += 1
            else:
                kana += 1
        before = prev_kind
        prev_kind = k
        prev_lower = lower
    if simp and trad:
        total -= 1.5 * min(simp, trad)
    if simp and kana:
        total -= 1.0 * simp  # Simplified-only hanzi do not occur in Japanese
    return total


#: Per character: its kind and weight, whether it is lower or upper case, and whether it is a
#: Simplified-only (1) or Traditional-only (2) hanzi or kana (3) — all that :func:`score` asks
#: about a character, looked up once.
_RECORDS: dict[str, tuple[str, float, bool, bool, int]] = {}


def _record(ch: str) -> tuple[str, float, bool, bool, int]:
    k, w = kind(ch)
    script = 0
    if k is HAN:
        t = tables()
        script = 1 if ch in t["simplified_only"] else 2 if ch in t["traditional_only"] else 0
    elif k is KANA:
        script = 3
    r = _RECORDS[ch] = (k, w, ch.islower(), ch.isupper(), script)
    return r


#: Neighbour penalties by kind, then by the kind before (:data:`_PAIR` both ways round).
_PAIR_ROWS: dict[str, dict[str, float]] = {}


def _init_pairs() -> None:
    rows: dict[str, dict[str, float]] = {k: {} for k in _KINDS}
    for key, w in _PAIR.items():
        a, *rest = tuple(key)
        b = rest[0] if rest else a
        rows[a][b] = rows[b][a] = w
    _PAIR_ROWS.update(rows)


_KINDS = (ASCII_LETTER, LATIN, SYMBOL, HAN, KANA, HANGUL, CJK_PUNCT, CYRILLIC, GREEK,
          OTHER_LETTER, BAD, BOX, NEUTRAL)


_NON_ASCII_RUN = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+[\x00-\x7f]?")
_CONTROL_BYTES = bytes(range(0x09)) + bytes(range(0x0E, 0x20)) + b"\x7f"


#: Every byte but ``?`` to ``a``.
_ONLY_QMARK = bytes(b if b == 0x3F else 0x61 for b in range(256))


def _stretches(text: str) -> int:
    """How many maximal stretches of non-ASCII characters ``text`` holds, counted in C
    without making a string of each: each becomes ``?`` and all else ``a``, and a stretch
    starts at the text's start or after an ``a``."""
    data = text.replace("?", "a").encode("ascii", "replace").translate(_ONLY_QMARK)
    return data.count(b"a?") + data.startswith(b"?")


def sampled_score(text: str, budget: int = 2500, memo: dict[str, float] | None = None
                  ) -> float:
    """:func:`score` of the non-ASCII runs of ``text`` (with one character of context each),
    up to about ``budget`` characters, scaled to the whole text.

    ASCII scores nothing, so skipping it changes nothing but the time taken; the budget keeps
    comparing many candidate decodings of a large file cheap. ``memo`` keeps each run's score
    (a pure function of the run): the candidate decodings of one file share most of their
    runs (a word repeated, a letter two code pages write alike), and a run met again adds the
    same number as scoring it would.
    """
    ascii_part = text.encode("ascii", "ignore")  # controls are ASCII: count them as bytes
    total = -5.0 * (len(ascii_part) - len(ascii_part.translate(None, _CONTROL_BYTES)))
    seen = 0
    runs = 0
    rest = 0  # the runs after the budget, counted at C speed
    scores = {} if memo is None else memo
    for m in _NON_ASCII_RUN.finditer(text):
        run = m.group()
        value = scores.get(run)
        if value is None:
            value = scores[run] = score(run)
        total += value
        seen += m.end() - m.start()
        runs += 1
        if seen >= budget:
            # Each run holds one maximal stretch of non-ASCII characters: count those.
            rest = _stretches(text[m.end() :])
            break
    if runs and rest:
        total *= (runs + rest) / runs
    return total


def badness(text: str) -> float:
    """Sum of the negative evidence only (damage signs), as a positive number."""
    total = 0.0
    prev = NEUTRAL
    for ch in text:
        k, w = kind(ch)
        if w < 0:
            total -= w
        p = _PAIR.get(frozenset((k, prev)), 0.0) if k != prev or k == SYMBOL else 0.0
        if p < 0:
            total -= p
        prev = k
    return total
