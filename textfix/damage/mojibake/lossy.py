"""Lossy runs: UTF-8 read as cp1252 where bytes were lost.

cp1252 leaves five bytes undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). A decoder meeting one either
writes U+FFFD or drops it; either way the byte is gone, but UTF-8's structure says where one is
missing (a lead byte announces how many continuation bytes follow) and the code page says which
it can have been (one of those five). :func:`infer` rebuilds each damaged character from every
byte the structure allows there and lets the language model pick; a lead byte that is itself
lost cannot be rebuilt and stays U+FFFD (the run around it is still repaired).
"""

from __future__ import annotations

import math
from itertools import combinations, product

from .chains import char_bytes
from .model import Model

#: The bytes cp1252 cannot decode: the only ones its decoders replace or drop.
UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
#: A byte inferred where U+FFFD stands: one of five, chosen by the model (log 5).
REPLACED_COST = math.log(len(UNDEFINED))
#: A byte inferred where nothing stands (dropped): one of five, and the loss itself is only
#: supposed (no U+FFFD says so): twice the cost of a replaced byte.
DROPPED_COST = 2 * REPLACED_COST
#: At most this many bytes are inferred in one character (a 4-byte character missing three).
MAX_MISSING = 3


def _length(lead: int) -> int:
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def infer(text: str, m: Model, prev: str = "", following: str = ""
          ) -> tuple[str, float, list[tuple[str, str]]] | None:
    """The reading of ``text`` (UTF-8 read as cp1252, bytes lost) between ``prev`` and
    ``following``, the cost of its inferred bytes, and each inferred character with its
    alternatives; None when ``text`` is not such a run (a byte no UTF-8 structure explains).
    Each damaged character is chosen by its likelihood between its neighbours."""
    slots: list[int | None] = []
    for ch in text:
        if ch == "\ufffd":
            slots.append(None)
            continue
        b = char_bytes(ch, "cp1252")
        if b is None:
            return None
        slots.extend(b)
    out: list[str] = []
    cost = 0.0
    inferred: list[tuple[str, str]] = []
    choices: dict[int, list[str]] = {}  # position in out -> its candidates, best first
    first = prev
    i = 0
    while i < len(slots):
        s = slots[i]
        if s is None:
            out.append("\ufffd")  # a lost lead byte: nothing says what it was
            i += 1
            continue
        if s < 0x80:
            out.append(chr(s))
            prev = chr(s)
            i += 1
            continue
        n = _length(s)
        if not n:
            return None
        # the continuation bytes present (U+FFFD for a replaced one; a space after a lead
        # byte may be a no-break space A0 that a copy turned into a space)
        j = i + 1
        present: list[int | None] = []
        while len(present) < n - 1 and j < len(slots):
            t = slots[j]
            if t is None or 0x80 <= t <= 0xBF or t == 0x20:
                present.append(0xA0 if t == 0x20 else t)
                j += 1
            else:
                break
        dropped = n - 1 - len(present)
        nxt = slots[j] if j < len(slots) else None
        after = (chr(nxt) if nxt is not None and nxt < 0x80 else "") if j < len(slots) \
            else following
        options: list[tuple[float, str]] = []
        for places in combinations(range(n - 1), dropped):
            it = iter(present)
            seq = [s, *(None if k in places else next(it) for k in range(n - 1))]
            missing = [k for k, b in enumerate(seq) if b is None]
            if len(missing) > MAX_MISSING:
                continue
            for fill in product(UNDEFINED, repeat=len(missing)):
                raw = list(seq)
                for k, b in zip(missing, fill):
                    raw[k] = b
                try:
                    ch = bytes(raw).decode("utf-8")  # type: ignore[arg-type]
                except UnicodeDecodeError:
                    continue
                lp = m.logp(prev, ch) + (m.logp(ch, after) if after else 0.0)
                options.append((lp, ch))
        if not options:
            return None
        options.sort(reverse=True)
        ch = options[0][1]
        if len(options) > 1:
            choices[len(out)] = [c for _, c in options]
        out.append(ch)
        replaced = sum(1 for b in present if b is None)
        spaced = any(slots[k] == 0x20 for k in range(i + 1, j))
        if dropped or replaced or spaced:
            inferred.append((ch, "".join(dict.fromkeys(c for _, c in options[1:] if c != ch))[:3]))
            cost += dropped * DROPPED_COST + replaced * REPLACED_COST
        prev = ch
        i = j
    # a second look at each inferred character, now that both its neighbours are chosen
    # (two lost bytes in a row were each first chosen without the other)
    for k, cands in choices.items():
        left = out[k - 1] if k else first
        right = out[k + 1] if k + 1 < len(out) else following
        out[k] = max(cands, key=lambda c: m.logp(left, c) + (m.logp(c, right) if right else 0.0))
    return "".join(out), cost, inferred
