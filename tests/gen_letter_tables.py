"""Generate ``textfix/letter_tables.py``: the letter-bigram model of each alphabetic language
that :mod:`textfix.letter_model` reads to tell single-byte code pages apart.

The counts come from wordfreq's word lists (the top :data:`WORDS` words of each language,
each weighted by its frequency): every word, lower-cased and padded with a space on both sides
for its boundaries, adds its frequency to each character and each adjacent pair. Only what a
code page can change is kept: the pairs that involve a non-ASCII letter (ASCII bytes read the
same in every code page textfix considers), and the unigram of every letter for back-off.
Digits are kept, as ``0`` (wordfreq writes every digit so): a letter glued to a number
(``Ł825`` where ``£825`` was meant) is a pair the language rarely writes. So is the
apostrophe (``'``, as wordfreq writes ``’``): a code page that reads a letter as ``’`` must not
escape the model (Greek ``Ά`` is ``’`` in ISO-8859-7).

    python tests/gen_letter_tables.py     # rewrite textfix/letter_tables.py (needs wordfreq)
"""

from __future__ import annotations

import math
import unicodedata
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "textfix" / "letter_tables.py"

#: The alphabetic languages wordfreq covers whose text is written in legacy single-byte code
#: pages (CJK, Indic and the ASCII-only languages are left out: no code page choice to make).
LANGS = ("ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hu",
         "is", "it", "lt", "lv", "mk", "nb", "nl", "pl", "pt", "ro", "ru", "sh", "sk", "sl",
         "sv", "tr", "uk", "ur", "vi")
#: Words per language: enough that every letter and its usual neighbours are seen.
WORDS = 50_000
#: Pairs rarer than this share of a language's pairs are left to the back-off.
MIN_SHARE = 2e-6
#: Unigrams rarer than this are left to the floor.
MIN_UNI = 1e-7
#: One-letter words rarer than this share of all words are not kept: real ones (Portuguese
#: ``é``, Hungarian ``ő``, Russian ``в``) are above 1e-3, abbreviations (Czech ``č``) below 3e-4.
MIN_SINGLE = 5e-4
#: Log-probabilities are stored in steps of 1/STEP nats, one character each.
STEP = 2
BASE = 0x30


def sources() -> dict[str, str]:
    return {"wordfreq": version("wordfreq")}


def _letters(word: str) -> str:
    word = unicodedata.normalize("NFC", word.casefold())
    return "".join(ch if ch.isalpha() or ch == "'" else "0" if ch.isdigit() else " "
                   for ch in word.replace("\u2019", "'"))


def _top_words(lang: str) -> list[tuple[str, float]]:
    """The :data:`WORDS` most frequent words of ``lang`` and their frequencies. wordfreq keeps
    its lists as buckets of words by frequency in centibels: reading them directly is much
    faster than asking word by word."""
    import wordfreq

    out: list[tuple[str, float]] = []
    for centibels, words in enumerate(wordfreq.get_frequency_list(lang)):
        f = 10.0 ** (-centibels / 100)
        out.extend((word, f) for word in words[: WORDS - len(out)])
        if len(out) >= WORDS:
            break
    return out


def counts(lang: str) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """Character, pair and one-letter-word frequencies of ``lang``'s word list."""
    uni: dict[str, float] = {}
    bi: dict[str, float] = {}
    singles: dict[str, float] = {}
    for word, f in _top_words(lang):
        letters = _letters(word)
        if len(letters) == 1:
            singles[letters] = singles.get(letters, 0.0) + f
        padded = f" {letters} "
        for i, ch in enumerate(padded):
            uni[ch] = uni.get(ch, 0.0) + f
            if i:
                pair = padded[i - 1 : i + 1]
                if pair != "  ":
                    bi[pair] = bi.get(pair, 0.0) + f
    return uni, bi, singles


def _q(logp: float) -> str:
    return chr(BASE + min(int(round(-logp * STEP)), 0x7E - BASE))


def table(lang: str) -> tuple[str, str, str, str, float, str]:
    """(unigram chars, their codes, pairs, their codes, reference, one-letter words) of one
    language: the codes are -ln P(char) and -ln P(b | a), in steps of 1/STEP nats; the
    reference is the mean -ln P(b | a) over the kept pairs, weighted by how often each occurs;
    the one-letter words are the non-ASCII letters written as a word of their own at least
    :data:`MIN_SINGLE` of the time (Portuguese ``é``, Polish ``ż`` is not)."""
    uni, bi, singles = counts(lang)
    words = uni[" "] / 2
    total = sum(uni.values())
    total_pairs = sum(bi.values())
    chars = "".join(sorted(ch for ch, n in uni.items() if n / total >= MIN_UNI))
    ucodes = "".join(_q(math.log(uni[ch] / total)) for ch in chars)
    left: dict[str, float] = {}
    for pair, n in bi.items():
        left[pair[0]] = left.get(pair[0], 0.0) + n
    kept = sorted(p for p, n in bi.items()
                  if not p.isascii() and n / total_pairs >= MIN_SHARE)
    pcodes = "".join(_q(math.log(bi[p] / left[p[0]])) for p in kept)
    weight = sum(bi[p] for p in kept) or 1.0
    ref = sum(bi[p] * -math.log(bi[p] / left[p[0]]) for p in kept) / weight
    single = "".join(sorted(ch for ch, n in singles.items()
                            if not ch.isascii() and n / words >= MIN_SINGLE))
    return chars, ucodes, "".join(kept), pcodes, round(ref, 3), single


def render() -> str:
    lines = [
        '"""Letter unigrams and bigrams of alphabetic languages from wordfreq, for',
        ":mod:`textfix.letter_model`.",
        "",
        "Generated by ``tests/gen_letter_tables.py`` — do not edit; ``tests/test_letter_model.py``",
        "checks that it is current.",
        '"""',
        "",
        "#: The library versions the tables were derived from.",
        f"SOURCES = {sources()!r}",
        f"#: Codes are chr({BASE:#x} + round(-ln p * {STEP})).",
        f"STEP = {STEP}",
        f"BASE = {BASE:#x}",
        "#: lang: (letters, their -ln P codes, pairs with a non-ASCII letter, their -ln P(b | a)",
        "#: codes, mean -ln P(b | a) of the language's pairs, non-ASCII one-letter words).",
        "TABLES = {",
    ]
    for lang in LANGS:
        lines.append(f"    {lang!r}: {table(lang)!r},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
