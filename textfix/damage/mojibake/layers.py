"""Two layers whose outer one is a double-byte code page: garble garbled again as CJK.

Text garbled once as UTF-8 read as cp1252 (``café`` → ``cafÃ©``), saved as UTF-8 and then
read as GBK (``caf脙漏``), is the chain UTF-8 → cp1252 → UTF-8 → GBK of issue 16. Undoing the
outer layer alone gives the Latin-1 garble in between (``cafÃ©``), which the model rightly
finds no likelier than the CJK garble it replaces (a capital inside a word, a sign), so
:func:`.segment.choices` keeps no run of it, and :func:`.segment._layered` (whose outer layers
are single-byte code pages, read from the choices found) never sees it. Here the reading in
between is taken whole, every cell the outer chain decodes, and read again: the pair is one
candidate, a :class:`.chains.Layered` chain, scored on the line by the one rule of
:mod:`.segment` with the prior cost of both layers.

The reading in between is looked for only where it can hold such garble: the line's bytes
under the double-byte code page must hold ``C3`` and a continuation byte (the UTF-8 of
``Ã``, ``Â``, ``Ä``, ``Å``, ``Æ``…, which a single-byte code page's reading of UTF-8 writes
for every Latin-1 letter, and for the lead bytes of Cyrillic, Greek and CJK text) followed by
another such character (the continuation byte's: ``Ã§``); one bulk encoding per code page
dismisses every other line, and the stage's screen lets a line of CJK characters through on
the same test (:func:`suspicious`).
"""

from __future__ import annotations

import re
from functools import cache

from .chains import _DBCS, _SINGLE, CHAINS, Chain, cells

#: The outer chains: UTF-8 read as a double-byte code page, strict.
OUTER = tuple(c for c in CHAINS if c.right == "utf_8" and c.wrong in _DBCS and not c.lossy)
#: Two Latin-1 garble characters in a row in UTF-8 (``Ã§``: C3 83 C2 A7): the signature by
#: which the stage's screen lets a line of CJK characters through to this reading (a line of
#: clean Chinese seldom holds two GBK characters whose bytes form it: 脙 is rare).
_GARBLE_PAIR = re.compile(rb"\xc3[\x80-\xbf][\xc2-\xc6\xcb\xe2][\x80-\xbf]")
@cache
def _c3_reading() -> re.Pattern[str]:
    """The characters a double-byte code page of :data:`_FAMILIES` writes for ``C3`` and a
    byte ``80``–``BF`` (a Han character, a Hangul syllable), or for ``C3`` alone (cp932's
    half-width ``ﾃ``): a line without one holds no :data:`_GARBLE_PAIR` under any of them.
    A few dozen characters per code page, so most lines of clean CJK text are dismissed by
    one search instead of five encodings."""
    chars = {"\uff83"}
    for codec in _FAMILIES:
        for trail in range(0x80, 0xC0):
            try:
                chars.add(bytes((0xC3, trail)).decode(codec))
            except UnicodeDecodeError:
                continue
    return re.compile("[" + re.escape("".join(sorted(c for c in chars if len(c) == 1))) + "]")


#: A stretch of non-ASCII characters: each is one piece of the reading in between.
_STRETCH = re.compile("[^\x00-\x7f]+")


def suspicious(line: str) -> bool:
    """True when ``line`` may be Latin-1 garble read again as a double-byte code page: a
    stretch of its non-ASCII characters whose bytes under one of them hold
    :data:`_GARBLE_PAIR` and are UTF-8 throughout, as the garble's bytes were before the
    outer layer read them. Clean Korean and Traditional Chinese hold the pair by chance (a
    syllable or character with lead byte ``C3``, another with ``C2``–``C6``), but a word of
    them is seldom UTF-8 from end to end: without this test, chardet's clean pages sent
    lines to the two-layer search and the model stage took 75 s on them instead of 11 s
    (``bench/stages.py clean-pages``, a loaded machine)."""
    c3 = _c3_reading()
    if not c3.search(line):
        return False
    for stretch in _STRETCH.findall(line):
        if not c3.search(stretch):
            continue
        for codec in _FAMILIES:
            raw = stretch.encode(codec, "replace")
            if _GARBLE_PAIR.search(raw):
                try:
                    raw.decode("utf-8")
                except UnicodeDecodeError:
                    continue
                return True
    return False


#: One code page of each family of :data:`OUTER` (a superset encodes its standard's
#: characters with the same bytes): the bytes :func:`suspicious` looks at.
_FAMILIES = ("gbk", "cp950", "cp932", "cp949", "euc_jp")


def between(line: str, chain: Chain) -> tuple[str, int] | None:
    """The reading in between of ``line`` under the outer ``chain`` (every cell it decodes
    applied) and the number of the line's characters it replaces, or None where the line's
    bytes hold no Latin-1 garble."""
    try:
        raw = line.encode(chain.wrong, "replace")
    except (UnicodeError, LookupError):
        return None
    if not _GARBLE_PAIR.search(raw):
        return None
    parts: list[str] = []
    pos = replaced = 0
    for a, b, reading in cells(line, chain):
        if "\ufffd" in reading:
            continue  # a stretch the outer layer cannot read stays as it is
        parts += [line[pos:a], reading]
        replaced += b - a
        pos = b
    parts.append(line[pos:])
    mid = "".join(parts)
    return (mid, replaced) if replaced and mid != line else None


def inner_ok(chain: Chain) -> bool:
    """The inner layers read here: UTF-8 read through a single-byte code page (the garble
    that a double-byte outer layer's reading in between shows)."""
    return chain.right == "utf_8" and chain.wrong in _SINGLE and not chain.lossy


def readings(line: str, allowed: set[str]) -> list[tuple[Chain, str, int]]:
    """Each outer chain of ``allowed`` (the names the screen left for the line) with its
    reading in between and the characters it replaces (see :func:`between`); which of them
    to undo is :mod:`.segment`'s decision."""
    out = []
    for chain in OUTER:
        if chain.name not in allowed:
            continue
        got = between(line, chain)
        if got is not None:
            out.append((chain, *got))
    return out
