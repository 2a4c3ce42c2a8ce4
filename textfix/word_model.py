"""How likely a word is in a language: wordfreq's word frequencies, searched by pattern.

A letter lost inside a word (``cria??o``, ``D�n``) leaves a pattern: the letters that survive,
in place, and a slot for each lost one. The words a language has that fit the pattern, and how
often each is used, say what the word was; when one fits far better than every other, the
letter is known again. This module answers the two questions that needs:

* :func:`matches` — the words of one language that fit a pattern, with their frequencies;
* :func:`languages_of` — how much a text's own intact words speak for each language (the
  document's prior: a Turkish text's ``d?n`` is ``dün``, a Vietnamese one's ``dân``).

The frequencies are wordfreq's (Robyn Speer; code Apache-2.0, data CC BY-SA 4.0, installed
from PyPI, never copied here): its "small" list of each alphabetic language, every word used at
least once per million words (Zipf ≥ 3). wordfreq is imported only when a text has a lost
letter inside a word, and each language's list is read once per process, only when a word of
its script needs it. A letter lost to a mark is never ASCII (ASCII is encoded and decoded the
same way by every code page concerned), so only the words that hold a non-ASCII letter are kept,
each language's as one string searched by a regular expression (a few MB for every Latin
language together, against 120 MB for wordfreq's dictionaries); so are the words with an
apostrophe (the lost character can be ``’``: ``don?t``); and each language's
:data:`COMMON` commonest words, in a dictionary, tell the text's languages apart.

CJK is not covered: wordfreq needs extra tokenizers for it (jieba, MeCab), and CJK losses are
the character model's business (:mod:`textfix.damage.mojibake.lossy`). German ``ß`` is not
either: wordfreq case-folds it to ``ss``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

#: The languages of wordfreq written in each alphabetic script textfix restores letters of.
#: (``sh`` is written in Latin letters in wordfreq.)
SCRIPTS: dict[str, tuple[str, ...]] = {
    "latin": ("ca", "cs", "da", "de", "en", "es", "fi", "fil", "fr", "hu", "id", "is", "it",
              "lt", "lv", "ms", "nb", "nl", "pl", "pt", "ro", "sh", "sk", "sl", "sv", "tr",
              "vi"),
    "cyrillic": ("bg", "mk", "ru", "uk"),
    "greek": ("el",),
}


def script_of(word: str) -> str | None:
    """The script of ``word``'s letters (``latin``, ``cyrillic``, ``greek``), or None for
    another script or a mix of them."""
    found = None
    for ch in word:
        if not ch.isalpha():
            continue
        o = ord(ch)
        if o < 0x250 or 0x1E00 <= o < 0x1F00:
            s = "latin"
        elif 0x400 <= o < 0x530:
            s = "cyrillic"
        elif 0x370 <= o < 0x400 or 0x1F00 <= o < 0x2000:
            s = "greek"
        else:
            return None
        if found not in (None, s):
            return None
        found = s
    return found


@lru_cache(maxsize=None)
def available() -> bool:
    """Whether wordfreq is installed (the word model is an optional part of textfix)."""
    try:
        import wordfreq  # noqa: F401
    except ImportError:
        return False
    return True


#: The commonest words of each language that :func:`languages_of` knows it by: its function
#: words and everyday vocabulary, which tell the languages of a text apart (``die``, ``ist``;
#: ``the``, ``and``; ``của``, ``được``). A text's commonest words are among them.
COMMON = 5000


@lru_cache(maxsize=None)
def _lists(lang: str) -> tuple[str, dict[str, float]]:
    """``lang``'s words that hold a non-ASCII character or an apostrophe (wordfreq writes
    ``’`` as ``'``), one a line as ``word<TAB>centibels`` (the frequency is
    ``10 ** (-centibels / 100)``), with a newline before the first and after the last (so
    every word is ``\\nword\\t``); and its :data:`COMMON` commonest words with their
    frequencies.

    Read with wordfreq's own reader from its file, not through its frequency dictionaries,
    which it caches for the life of the process (120 MB for the Latin languages)."""
    import wordfreq

    buckets = wordfreq.read_cBpack(wordfreq.available_languages("small")[lang])
    lines: list[str] = []
    common: dict[str, float] = {}
    for centibels, bucket in enumerate(buckets):  # commonest first
        for w in bucket:
            if len(common) < COMMON:
                common[w] = _frequency(str(centibels))
            if not w.isascii() or "'" in w:
                lines.append(f"{w}\t{centibels}")
    return "\n" + "\n".join(lines) + "\n", common


def _words(lang: str) -> str:
    return _lists(lang)[0]


def _frequency(centibels: str) -> float:
    return float(10 ** (-int(centibels) / 100))


def matches(pattern: str, lang: str) -> dict[str, float]:
    """The words of ``lang`` that fit ``pattern`` (a regular expression for one lower-case word,
    without anchors) and their frequencies (a share of all words used: ``0.001`` is once in a
    thousand words). Only words with a non-ASCII character are known here.

    >>> matches("cria[^\\x00-\\x7f]{2}o", "pt")   # doctest: +SKIP
    {'criação': 0.000126}
    """
    found = re.findall(f"\n({pattern})\t([^\n]+)", _words(lang))
    return {w: _frequency(f) for w, f in found}


def frequency(word: str, lang: str) -> float:
    """How often ``lang`` uses ``word`` (lower-case; 0.0 when unknown, or all ASCII and not
    among the commonest)."""
    return matches(re.escape(word), lang).get(word, 0.0)


#: The most distinct words of a text that :func:`languages_of` weighs (the first given: a
#: caller gives the text's commonest first).
MAX_EVIDENCE = 400


def languages_of(words: Iterable[str], script: str) -> dict[str, float]:
    """How much of a text each language of ``script`` wrote, from ``words`` (lower-case words
    intact in the text, its commonest first; the first :data:`MAX_EVIDENCE` distinct ones are
    weighed): a text may mix languages (an English interface's strings and their Vietnamese
    translations), so each word some language has among its :data:`COMMON` commonest is
    shared among the languages that use it, in proportion to how often each does, and a
    language's weight is its share of the words (one step of EM for the mixture's weights
    from a uniform start), plus one pseudo-word spread evenly so that no language is ruled
    out. Uniform when no word is known."""
    wanted = list(dict.fromkeys(w for w in words if len(w) > 1))[:MAX_EVIDENCE]
    langs = SCRIPTS[script]
    share = dict.fromkeys(langs, 1 / len(langs))
    freqs: dict[str, dict[str, float]] = {}
    for lang in langs if wanted else ():
        common = _lists(lang)[1]
        for w in wanted:
            f = common.get(w)
            if f:
                freqs.setdefault(w, {})[lang] = f
    for by_lang in freqs.values():
        total = sum(by_lang.values())
        for lang, f in by_lang.items():
            share[lang] += f / total
    total = sum(share.values())
    return {lang: v / total for lang, v in share.items()}
