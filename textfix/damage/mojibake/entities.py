"""Garble written as HTML character references: which runs of an ASCII line are such garble.

A page or a program that reads UTF-8 as Latin-1 or cp1252 and then escapes every non-ASCII
character (PHP's ``htmlentities``, an HTML minifier, a template engine) writes a Thai or
Chinese word as a run of references: ``&agrave;&cedil;&#129;`` for ``ก``. The line is ASCII, so
no chain reads it as it stands; its references read (``html.unescape``, which maps ``&#128;``
to ``&#159;`` as the cp1252 characters browsers show) are ordinary garble.

A run is two references or more, touching or one space apart. Each run is read, and the line
with that run read is decided by the stage's own rule (:func:`..._decide`): it is repaired only
where a chain's reading of the run wins by the margin and the repair stays inside the run, so a
run that is no garble (``&nbsp;&nbsp;``, ``&copy;&nbsp;``, ``&lt;&gt;``) keeps its references.
The repair replaces the references by the text they garbled.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

#: One character reference: numeric (decimal or hexadecimal) or named.
_REF = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
#: A run of two references or more, touching or one space apart.
RUN = re.compile(f"{_REF}(?: ?{_REF})+")

Decided = tuple[str, list[str], list]


def maybe(text: str) -> bool:
    """True when ``text`` holds a run of references (cheap: one search)."""
    return "&" in text and RUN.search(text) is not None


def decide(line: str, decide_line: Callable[[str], Decided | None]) -> Decided | None:
    """The repaired ``line`` (ASCII, with runs of references), its chains and inferred
    characters, or None. ``decide_line`` is the stage's decision for one line."""
    from ...plan import changed_span

    out = line
    chains: list[str] = []
    inferred: list = []
    for m in reversed(list(RUN.finditer(line))):
        read = html.unescape(m.group())
        if read.isascii():
            continue
        a, b = m.start(), m.start() + len(read)
        candidate = out[:a] + read + out[m.end() :]
        got = decide_line(candidate)
        if got is None:
            continue
        fixed, found, lost = got
        start, z = changed_span(candidate, fixed)
        end = len(candidate) - z
        if start < a or end > b or candidate[a:start].strip() or candidate[end:b].strip():
            continue  # the repair reaches outside the run, or leaves part of it as it was
        out = fixed
        chains.extend(["HTML character references", *(c for c in found if c not in chains)])
        # the offsets of a character inferred are the candidate's: the line's span stands
        inferred.extend((0, len(line), ch, alts) for _, _, ch, alts in lost)
    return None if out == line else (out, chains, inferred)


__all__ = ["RUN", "decide", "maybe"]
