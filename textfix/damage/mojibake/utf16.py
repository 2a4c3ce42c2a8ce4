"""ASCII text read as UTF-16: which runs of a line are such a reading, and what they read.

A program that takes single-byte text for UTF-16 (a serialised PHP session, a log, a CSV read
by a Windows API) turns every two ASCII bytes into one character: ``vi`` becomes ``楶``
(U+6976, little-endian), so English reads as a run of rare ideographs and signs. Such a run
has a structure clean text has no reason to have, found here before any model is asked:

* every character's two bytes are printable ASCII (0x20–0x7E): the characters fall in 95
  blocks of 95 code points (U+2020–U+7E7E), which Hangul, most kana pairs' second byte and
  CJK punctuation's first byte avoid;
* the run is ``RUN_MIN`` characters long or more (shorter runs occur in clean CJK text);
* its characters' high bytes (the second letter of each pair, or the first big-endian) are
  spread as letters in text are: no one value takes more than ``SHARE_MAX`` of them. Kana,
  whose code points are U+30xx, read as ASCII pairs all ending in ``0``: a run of them is
  refused by this, not by the model.

The reading of a run is its bytes as ASCII; whether it replaces the run is decided by
:mod:`.segment` like any other chain's reading (the language model and the chain's prior).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

#: Shortest run read as ASCII text (24 letters: a short line of a log or a record). Clean
#: CJK text holds such runs by chance (an ideograph's two bytes are both printable ASCII about
#: one time in five): in the clean texts of tests/data and the real corpus' pages, 216 runs
#: of four characters or more pass the share test below, the longest of them ten characters.
RUN_MIN = 12
#: The largest share of a run's characters with one high byte. In English text the commonest
#: letter (space) is about 1 in 6 characters and ``e`` about 1 in 8; kana read so are all
#: ``0`` (U+30xx): one half separates them with room on both sides.
SHARE_MAX = 0.5
#: The byte orders read, as Python names their codecs.
ORDERS = ("utf_16_le", "utf_16_be")


#: The first character of the runs' blocks (U+2020, two spaces): a line whose characters
#: all come before it (Latin, Greek, Cyrillic text) holds no run.
FIRST = "\u2020"


@lru_cache(maxsize=1)
def _run() -> re.Pattern[str]:
    ranges = "".join(f"\\u{hi:02x}20-\\u{hi:02x}7e" for hi in range(0x20, 0x7F))
    return re.compile(f"[{ranges}]{{{RUN_MIN},}}")


def cells(line: str, order: str) -> list[tuple[int, int, str]]:
    """The runs ``(start, end, reading)`` of ``line`` that are ASCII text read as UTF-16 in
    the byte order ``order`` (see the module docstring), in order."""
    out: list[tuple[int, int, str]] = []
    if line.isascii() or max(line) < FIRST:
        return out  # no character of the runs' blocks (its pattern not even compiled)
    for m in _run().finditer(line):
        run = m.group()
        high = Counter(ord(c) >> 8 for c in run)
        if max(high.values()) > SHARE_MAX * len(run):
            continue
        out.append((m.start(), m.end(), run.encode(order).decode("ascii")))
    return out


__all__ = ["ORDERS", "RUN_MIN", "SHARE_MAX", "cells"]
