"""The legacy single-byte code pages textfix considers, the languages written in each, and a
cheap screen that picks the few worth decoding in full.

Every single-byte code page of Python's that was used for text on the web, in e-mail or on
DOS, Windows and the classic Mac OS is here (EBCDIC and the symbol fonts are not: they do not
keep ASCII). A code page is a candidate for the languages it was made for: cp852 for Polish,
Czech or Hungarian text, ISO-8859-13 for Lithuanian or Latvian. Many of them read a given file
without an error, so the choice is the language model's (:mod:`textfix.letter_model`); the
order within each group is how common the code page is, which decides between code pages that
give the same text (the first is reported).

:func:`screen` ranks them all from the file's byte histogram: a single-byte code page maps each
byte to one character, so the unigram log-likelihood of a reading under a language is a sum
over the (at most 256) distinct bytes, not over the text. Only the best few are then
decoded and scored in full.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from operator import itemgetter, mul
from functools import lru_cache

_WEST = ("en", "fr", "de", "es", "pt", "it", "nl", "ca", "da", "sv", "nb", "fi", "is")
_CENTRAL = ("pl", "cs", "sk", "hu", "sl", "sh", "ro")
_BALTIC = ("lt", "lv")
_CYRILLIC = ("ru", "uk", "bg", "mk")

#: code page (as :mod:`codecs` names it, ``-`` written ``_``): the languages (of
#: :mod:`textfix.letter_model`) written in it; most common first within each script.
CODEPAGES: dict[str, tuple[str, ...]] = {
    # Western European
    "cp1252": _WEST, "iso8859_1": _WEST, "iso8859_15": _WEST, "mac_roman": _WEST,
    "cp850": _WEST, "cp437": _WEST, "cp858": _WEST, "cp860": ("pt",), "cp863": ("fr",),
    "cp865": ("da", "nb"), "cp861": ("is",), "mac_iceland": ("is",),
    "iso8859_14": ("en", "fr", "de"),
    # Central European
    "cp1250": _CENTRAL, "iso8859_2": _CENTRAL, "cp852": _CENTRAL, "mac_latin2": _CENTRAL,
    "iso8859_16": ("ro", "pl", "hu", "sl", "sh", "de", "fr", "it"),
    "mac_croatian": ("sh", "sl"), "mac_romanian": ("ro",),
    # Baltic and Nordic
    "cp1257": _BALTIC, "iso8859_13": _BALTIC, "iso8859_4": (*_BALTIC, "da", "nb", "sv", "de"),
    "cp775": _BALTIC, "iso8859_10": (*_BALTIC, "da", "nb", "sv", "is", "fi"),
    # South European, Turkish
    "cp1254": ("tr",), "iso8859_9": ("tr",), "cp857": ("tr",), "mac_turkish": ("tr",),
    "iso8859_3": ("tr",),
    # Cyrillic
    "cp1251": _CYRILLIC, "koi8_r": ("ru", "bg"), "koi8_u": ("uk", "ru"), "cp866": _CYRILLIC,
    "iso8859_5": _CYRILLIC, "mac_cyrillic": _CYRILLIC, "cp855": _CYRILLIC, "cp1125": ("uk",),
    # Greek
    "cp1253": ("el",), "iso8859_7": ("el",), "cp737": ("el",), "cp869": ("el",),
    "mac_greek": ("el",),
    # Hebrew, Arabic, Persian, Urdu
    "cp1255": ("he",), "iso8859_8": ("he",), "cp862": ("he",),
    "cp1256": ("ar", "fa", "ur"), "iso8859_6": ("ar",), "cp720": ("ar",), "cp864": ("ar",),
    "mac_arabic": ("ar", "fa", "ur"), "mac_farsi": ("fa",),
    # Vietnamese, Thai (no model for Thai: the Thai code pages differ only in a few symbols)
    "cp1258": ("vi",), "cp874": (), "tis_620": (), "iso8859_11": (),
}

#: How many code pages the screen keeps for full scoring: the right one is in the first four
#: for 161 of the 168 single-byte files of chardet's corpus and tests/data/legacy; the others
#: are cp1252 and Mac Roman texts (always candidates) and Thai (no model; chardet names it).
KEEP = 4
_ASCII = bytes(range(0x80))
#: An ASCII letter next to a high byte: in a Western text accented letters sit among ASCII
#: ones, in a Cyrillic or Greek one they do not (its markup and English words are elsewhere).
_NEXT_TO_HIGH = re.compile(rb"[A-Za-z](?=[\x80-\xff])|(?<=[\x80-\xff])[A-Za-z]")
#: Bytes of the sample the screen counts.
SCREEN_BYTES = 16384
#: ln P of a non-letter character by kind: typography a text uses, symbols it rarely does,
#: and controls or unassigned bytes, which text does not hold.
_PUNCT = math.log(1e-3)
_SYMBOL = math.log(1e-5)
_CONTROL = math.log(1e-9)
_TYPOGRAPHY = frozenset("“”‘’„‚–—…•«»‹›°£€¥©®§·¡¿\u00a0×±²³½¼¾µ¶™†‰")


@lru_cache(maxsize=None)
def high_half(codec: str) -> tuple[str, ...]:
    """What ``codec`` makes of each byte 0x80–0xFF (U+FFFD where it has no character)."""
    return tuple(bytes((b,)).decode(codec, "replace") for b in range(0x80, 0x100))


@lru_cache(maxsize=None)
def _unigrams(codec: str) -> tuple[float, ...]:
    """For each byte, ln P of what ``codec`` makes of it under the one of the code page's
    languages that writes it most (an optimistic bound, cheap to sum). ASCII letters next to
    high bytes count too (see :data:`_NEXT_TO_HIGH`)."""
    from .letter_model import UNSEEN, _tables

    unis = [_tables()[lang][0] for lang in CODEPAGES[codec] or ("en",)]
    out: list[float] = []
    for b in range(256):
        if b < 0x80:
            ch = chr(b)
            out.append(max(uni.get(ch.lower(), UNSEEN) for uni in unis) if ch.isalpha()
                       else 0.0)
            continue
        ch = high_half(codec)[b - 0x80]
        if ch.isalpha():
            folded = ch.casefold()[0]
            out.append(max(uni.get(folded, UNSEEN) for uni in unis))
        elif ch in _TYPOGRAPHY:
            out.append(_PUNCT)
        elif ch == "\ufffd" or ch < "\xa0" or not ch.isprintable():
            out.append(_CONTROL)
        else:
            out.append(_SYMBOL)
    return tuple(out)


def screen(sample: bytes, hint: str | None = None, keep: int = KEEP) -> list[str]:
    """The ``keep`` code pages whose reading of ``sample`` is likeliest under their languages
    (only ``hint``'s code pages when the hint is a modelled language)."""
    if sample.isascii():
        return []
    head = sample[:SCREEN_BYTES]
    counts = Counter(head.translate(None, _ASCII))
    counts.update(b"".join(_NEXT_TO_HIGH.findall(head)))
    present = tuple(counts)
    ns = [counts[b] for b in present]
    pick = itemgetter(*present, 0)  # one more key (weight none): always a tuple
    scored: list[tuple[float, str]] = []
    for codec, langs in CODEPAGES.items():
        if hint and langs and hint not in langs:
            continue
        scored.append((sum(map(mul, ns, pick(_unigrams(codec)))), codec))
    scored.sort(key=lambda x: -x[0])
    return [codec for _, codec in scored[:keep]]
