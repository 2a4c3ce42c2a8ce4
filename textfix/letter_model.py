"""Which alphabetic language a reading is written in, and how well: a letter-bigram model.

Single-byte code pages differ only in their upper half, and most of them map it to letters, so
character classes cannot tell ``Zażółć`` (cp852 read as cp852) from ``Za╛ˇ│Ų`` — or, worse,
from the letters another code page of the same script makes of the same bytes (cp1250 and
ISO-8859-2, Mac Cyrillic and cp1251, ISO-8859-4 and -13 differ in a few letters each). What
decides is the language: which letters it uses, and next to which.

:func:`evidence` scores the letters of a text under each candidate language's model
(:mod:`textfix.letter_tables`, generated from wordfreq's word frequencies by
``tests/gen_letter_tables.py``). Only the pairs that touch a non-ASCII letter are scored —
ASCII reads the same in every code page considered — each as ``ln P(b | a)`` against the
language's own mean (a pair as likely as the language's average one scores :data:`BONUS`;
an unseen one falls back to the letter's unigram; pairs at least as likely as usual cost
nothing). The best language's sum is the evidence: about zero for text written in one of the
languages, strongly negative for letters no language puts together.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache

#: A pair no less likely than e^-BONUS times its language's average pair costs nothing (the
#: model only speaks against a reading: rewarding likely pairs lets four random bytes read as
#: Slovak beat the two hanzi they are); rarer pairs cost their log-ratio, down to FLOOR.
BONUS = 1.0
#: A pair never scores below this (one foreign name in a text must not sink a reading).
FLOOR = -8.0
#: P(b | a) of an unseen pair is this share of P(b): rare pairs of common letters exist.
BACKOFF = math.log(0.05)
#: Languages scored pair by pair, of those a unigram test finds likeliest.
LANG_KEEP = 3
#: ln P of a letter the language's word list never has.
UNSEEN = math.log(1e-7)

#: What is not a letter of the modelled scripts (Latin, Greek, Cyrillic, Hebrew, Arabic) or a
#: digit or apostrophe: hanzi, kana and symbols end a word as a space does. Digits are all
#: ``0`` and apostrophes ``'`` (as in wordfreq's lists).
_NON_WORD = re.compile("[^'0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
                   "\u1e00-\u1eff\u0386\u0388-\u03ff\u1f00-\u1fff\u0400-\u0481"
                   "\u048a-\u052f\u05d0-\u05ea\u0620-\u064a\u066e-\u06d3]+")
_ZERO = str.maketrans("123456789\u2019\u02bc", "000000000''")
#: A one-letter non-ASCII word, with its spaces.
_SINGLE = re.compile("(?= [^ -\x7f] )...")

#: The scripts a language's letters are written in (Latin languages are "latin").
SCRIPT_OF = {
    "ar": "arabic", "fa": "arabic", "ur": "arabic", "he": "hebrew", "el": "greek",
    "bg": "cyrillic", "mk": "cyrillic", "ru": "cyrillic", "uk": "cyrillic",
}


@lru_cache(maxsize=1)
def _tables() -> dict[str, tuple[dict[str, float], dict[str, float], float]]:
    """lang: (ln P(letter), {pair: ln P(b | a)} and {" x ": 0.0} for its one-letter words,
    the mean -ln P(b | a))."""
    from . import letter_tables as T

    step, base = T.STEP, T.BASE
    out = {}
    for lang, (chars, ucodes, pairs, pcodes, ref, singles) in T.TABLES.items():
        uni = {ch: -(ord(c) - base) / step for ch, c in zip(chars, ucodes)}
        bi = {pairs[2 * i : 2 * i + 2]: -(ord(c) - base) / step for i, c in enumerate(pcodes)}
        for ch in singles:
            bi[f" {ch} "] = 0.0  # a one-letter word the language has: no penalty
        out[lang] = (uni, bi, ref)
    return out


def languages() -> tuple[str, ...]:
    """The languages the model knows."""
    from . import letter_tables as T

    return tuple(T.TABLES)


def pairs(text: str) -> Counter[str]:
    """The letter pairs of ``text`` that touch a non-ASCII letter (a space marks a word's
    boundary), case-folded as wordfreq folds them (``ß`` is ``ss``) and NFC-normalised, with
    their counts; a non-ASCII one-letter word ``x`` also counts as `` x ``."""
    words = _NON_WORD.sub(" ", unicodedata.normalize("NFC", text).casefold().translate(_ZERO))
    stream = f" {words} "
    every = Counter(map(str.__add__, stream[:-1], stream[1:]))
    out = Counter({pair: n for pair, n in every.items() if not pair.isascii()})
    out.pop("  ", None)
    for single in _SINGLE.findall(stream):
        out[single] += 1  # a one-letter word: does the language write it alone?
    return out


def score(counts: Counter[str], lang: str) -> float:
    """The evidence that pairs ``counts`` are ``lang`` text (see the module docstring)."""
    uni, bi, ref = _tables()[lang]
    total = 0.0
    for pair, n in counts.items():
        lp = bi.get(pair)
        if len(pair) == 3:
            total += n * (0.0 if lp is not None else FLOOR)  # "£5" read as "Ł5"
            continue
        if lp is None:
            lp = BACKOFF + uni.get(pair[1], UNSEEN)
        total += n * max(lp + ref + BONUS, FLOOR)
    return total


def evidence(text: str, langs: tuple[str, ...] | None = None) -> tuple[str | None, float]:
    """(best language, its score) of ``text``'s non-ASCII letters among ``langs`` (default:
    every language of the script most of those letters are in); ``(None, 0.0)`` when the text
    has no such letters or no modelled language writes them.

    >>> evidence("Zażółć gęślą jaźń")[0]
    'pl'
    >>> evidence("Zażółć gęślą jaźń")[1] > evidence("ZaŸó g©lą ja«ä")[1] + 10
    True
    """
    counts = pairs(text)
    if not counts:
        return None, 0.0
    if langs is None:
        langs = _script_languages(counts)
    if len(langs) > LANG_KEEP:
        langs = _likeliest(counts, langs)
    best: tuple[str | None, float] = (None, 0.0)
    for lang in langs:
        s = score(counts, lang)
        if best[0] is None or s > best[1]:
            best = (lang, s)
    return best


def _likeliest(counts: Counter[str], langs: tuple[str, ...]) -> tuple[str, ...]:
    """The :data:`LANG_KEEP` of ``langs`` whose letter frequencies fit ``counts``' non-ASCII
    letters best (a unigram test, a tenth of the pairs' cost)."""
    letters: Counter[str] = Counter()
    for pair, n in counts.items():
        if len(pair) == 2 and not pair[1].isascii() and pair[1] != " ":
            letters[pair[1]] += n
    tables = _tables()
    fit = sorted(langs, key=lambda lang: -sum(
        n * tables[lang][0].get(ch, UNSEEN) for ch, n in letters.items()))
    return tuple(fit[:LANG_KEEP])


def _script(ch: str) -> str | None:
    o = ord(ch)
    if o < 0x250 or 0x1E00 <= o <= 0x1EFF:
        return "latin"
    if 0x370 <= o <= 0x3FF or 0x1F00 <= o <= 0x1FFF:
        return "greek"
    if 0x400 <= o <= 0x52F:
        return "cyrillic"
    if 0x590 <= o <= 0x5FF:
        return "hebrew"
    if 0x600 <= o <= 0x6FF or 0xFB50 <= o <= 0xFEFF:
        return "arabic"
    return None


def _script_languages(counts: Counter[str]) -> tuple[str, ...]:
    tally: Counter[str] = Counter()
    for pair, n in counts.items():
        for ch in pair:
            if ch != " " and not ch.isascii():
                s = _script(ch)
                if s:
                    tally[s] += n
    if not tally:
        return ()
    script = tally.most_common(1)[0][0]
    return tuple(lang for lang in languages() if SCRIPT_OF.get(lang, "latin") == script)
