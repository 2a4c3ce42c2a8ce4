"""GBK text decoded one byte out of step, re-aligned.

When one byte of a GBK text is lost or added (a lead byte dropped by a copy path, a lone byte
written as ``?``), a decoder that keeps reading pairs reads every character from the trail
byte of one and the lead byte of the next: ``膶W`` for ``學`` (bytes ``C4 8C 57``: ``8C 57`` is
學, ``C4`` the end of the lost character). The run stays out of step until an ASCII byte falls
on a lead position; then decoding is aligned again. Content farms spin such text afterwards,
so the run is often anchored by the lost character's ``?`` and an orphaned annotation
(``?shù)膶W科``), and an annotation of a re-aligned character sits after an ASCII byte that was
a trail byte (``楝F(xiàn)`` for ``現(xiàn)``).

The stage finds each ``?`` (or U+FFFD), optionally followed by an orphaned annotation, that is
followed by non-ASCII text. Re-encoding that text as GBK and dropping its first byte gives the
aligned reading, up to the first byte where both readings start a character again. The
re-alignment is kept only when :func:`textfix.plausibility.word_score` prefers it to the
run it replaces by at least :data:`MIN_GAIN`; the first byte is the remains of the lost
character and goes with it. A bare ``?`` before the run becomes U+FFFD (reported ``M103`` by
:mod:`~textfix.damage.unrecoverable`, never read as a question mark by the width stage); one
followed by an orphaned annotation is removed with it by :mod:`~textfix.damage.spin`, which
reports the loss.

It runs after the other mojibake stages and before spin removal (an annotation after a
re-aligned character is then recognised as one).
"""

from __future__ import annotations

import re

from ..codes import Code
from ..models import Finding
from ..plan import Edit, apply_edits
from .base import Context, Outcome

STEP = "misalign"

#: What must precede a run for it to be tried: a lost character (``?`` or U+FFFD) and,
#: optionally, its orphaned pinyin annotation (``shù)``).
_ANCHOR = re.compile(r"[?\ufffd](?:[a-z\u00e0-\u01dc]{1,6}\))?(?=[^\x00-\x7f])")
#: The longest run tried after one anchor (characters); real runs are a few characters long,
#: as an ASCII byte on a lead position soon re-aligns the decoder.
MAX_RUN = 40
#: Least :func:`~textfix.plausibility.word_score` gain for a re-alignment: the weight of one
#: frequent hanzi in a known word (0.4 + 0.6) — one real character more than the garble.
MIN_GAIN = 1.0


#: A parenthesised pinyin-like run right after a re-aligned character.
_ANNOTATION = re.compile(r"[(（][a-z\u00e0-\u01dc?]{1,6} ?[)）]")
#: What a bare ``?`` before a re-aligned run becomes.
LOST = "\ufffd"
#: Characters after a run scored with it.
CONTEXT = 2


def realign(text: str, start: int) -> tuple[int, str] | None:
    """The aligned reading of the run at ``start``: (end of the run it replaces, the text
    replacing it), or None when no re-alignment decodes cleanly up to a common boundary.

    The run is encoded character by character and decoded from its second byte as it grows,
    so that the work stops at the first common boundary (a few characters in) or the first
    byte pair GBK cannot read.
    """
    line_end = text.find("\n", start, start + MAX_RUN)  # bounded: no rescan of a long line
    if line_end < 0:
        line_end = len(text) if len(text) <= start + MAX_RUN else -1
    stop = line_end if line_end >= 0 else start + MAX_RUN
    data = bytearray()
    starts: dict[int, int] = {}  # byte offset where a character of the run starts → its index
    pos = 1  # the first byte belonged to the lost character
    out: list[str] = []
    k = start
    while True:
        while pos < len(data):
            if pos in starts and out:
                return starts[pos], "".join(out)
            width = 1 if data[pos] < 0x80 else 2
            if pos + width > len(data):
                break
            try:
                out.append(bytes(data[pos : pos + width]).decode("gbk"))
            except UnicodeDecodeError:
                return None
            pos += width
        if k >= stop:
            # Aligned again where the line ends (not where the run was cut short).
            return (k, "".join(out)) if k == line_end and pos == len(data) and out else None
        try:
            encoded = text[k].encode("gbk")
        except UnicodeEncodeError:
            return None
        starts[len(data)] = k
        data += encoded
        k += 1


def find(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of every run to re-align."""
    from ..plausibility import word_score

    out: list[tuple[int, int, str]] = []
    last = 0
    for m in _ANCHOR.finditer(text):
        start = m.end()
        if start < last:
            continue
        found = realign(text, start)
        if found is None:
            continue
        end, aligned = found
        # Judged with the characters after the run, which the aligned reading may form a
        # word with (現 + 在): the garble is scored in the same company.
        rest = end
        annotation = _ANNOTATION.match(text, end)  # a spinner's (xiàn) after 現 is no context
        if annotation:
            rest = annotation.end()
        after = text[rest : rest + CONTEXT].partition("\n")[0]
        if word_score(aligned + after) >= word_score(text[start:end] + after) + MIN_GAIN:
            if m.group() == "?":
                # The lost character's bare ``?`` becomes U+FFFD, the mark of a lost
                # character, which no later stage reads as a question mark.
                start, aligned = m.start(), LOST + aligned
            out.append((start, end, aligned))
            last = end
    return out


def run(text: str, ctx: Context) -> Outcome:
    """Re-align GBK runs read one byte out of step."""
    if not ctx.config.mojibake or ("?" not in text and "\ufffd" not in text) or text.isascii():
        return Outcome(text)
    runs = find(text)
    if not runs:
        return Outcome(text)
    from ..charclass import LineIndex

    index = LineIndex(text)
    findings = []
    for start, end, aligned in runs:
        line, col = index.line_col(start)
        findings.append(Finding(
            Code.CJK_MOJIBAKE, line, col,
            f"GBK read one byte out of step after a lost character: {text[start:end]} → {aligned}",
            evidence="re-encoded as GBK without the lost character's last byte; "
            "more plausible (word_score)", start=start, end=end))
    new, changes = apply_edits(text, (Edit(s, e, a, Code.CJK_MOJIBAKE) for s, e, a in runs), STEP)
    return Outcome(new, tuple(findings), tuple(changes))
