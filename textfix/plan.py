"""The repair plan: every change as a replayable edit.

A stage proposes edits on the text it was given; :func:`apply_edits` applies them and records
each as a :class:`~textfix.models.Change`. :func:`replay` reproduces a repair from the decoded
source and its changes alone, which the tests use to prove the record is complete.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import groupby
from typing import NamedTuple

from .charclass import LineIndex
from .codes import Code
from .models import Change


class Edit(NamedTuple):
    """Replace ``text[start:end]`` by ``after``; ``code`` says why."""

    start: int
    end: int
    after: str
    code: Code


def changed_span(before: str, after: str) -> tuple[int, int]:
    """How many characters ``before`` and ``after`` share at their start and, after that, at
    their end: the edit that turns one into the other is ``before[a:len(before) - z]`` →
    ``after[a:len(after) - z]``.

    >>> changed_span("abcXYdef", "abcZdef")
    (3, 3)
    >>> changed_span("aaa", "aa")
    (2, 0)
    """
    short = min(len(before), len(after))
    a = 0
    while a < short and before[a] == after[a]:
        a += 1
    z = 0
    while z < short - a and before[len(before) - 1 - z] == after[len(after) - 1 - z]:
        z += 1
    return a, z


def changed_pieces(before: str, after: str) -> list[tuple[int, int, str]]:
    """The stretches ``(start, end, replacement)`` of ``before`` that difflib's matcher (no
    junk heuristic) says ``after`` changed; quadratic in the worst case, so callers bound the
    length.

    >>> changed_pieces("caf\u00c3\u00a9 cr\u00c3\u00a8me", "caf\u00e9 cr\u00e8me")
    [(3, 5, 'é'), (8, 10, 'è')]
    """
    from difflib import SequenceMatcher

    ops = SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    return [(i1, i2, after[j1:j2]) for tag, i1, i2, j1, j2 in ops if tag != "equal"]

def apply_edits(text: str, edits: Iterable[Edit], step: str) -> tuple[str, list[Change]]:
    """Apply non-overlapping ``edits`` to ``text``; return the new text and the changes.

    Overlapping edits are a programming error in the stage and raise ``ValueError``.
    """
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    if not ordered:
        return text, []
    index = LineIndex(text)
    parts: list[str] = []
    changes: list[Change] = []
    pos = 0
    for e in ordered:
        if e.start < pos:
            raise ValueError(f"overlapping edits in step {step!r} at {e.start}")
        before = text[e.start : e.end]
        if before == e.after:
            continue
        parts.append(text[pos : e.start])
        parts.append(e.after)
        pos = e.end
        line, col = index.line_col(e.start)
        changes.append(Change(e.code, step, e.start, e.end, before, e.after, line, col))
    parts.append(text[pos:])
    return "".join(parts), changes


def replay(source: str, changes: Sequence[Change]) -> str:
    """Re-apply ``changes`` (as recorded by a repair, in order) to the decoded ``source``.

    Raises ``ValueError`` when a change's ``before`` does not match the text it edits, which
    means the plan is not a faithful record of the repair.
    """
    text = source
    for step, group in groupby(changes, key=lambda c: c.step):
        edits = []
        for c in group:
            if text[c.start : c.end] != c.before:
                raise ValueError(f"step {step!r}: expected {c.before!r} at {c.start}")
            edits.append(Edit(c.start, c.end, c.after, c.code))
        text, _ = apply_edits(text, edits, step)
    return text


def undo_offsets(offsets: Sequence[int], changes: Sequence[Change]) -> list[int]:
    """Offsets in the text after one step's ``changes`` (sorted, non-overlapping, as
    :func:`apply_edits` records them) mapped back to the text before the step.

    An offset outside every change moves by the length the changes before it added or took
    away; one inside a change's new text goes to the same place in its old text (clipped to
    it), so a finding on repaired characters points at the damaged ones.

    >>> c = [Change(Code.PINYIN_ANNOTATION, "spin", 1, 7, "(chǎn)", "")]
    >>> undo_offsets([0, 1, 2, 3], c)
    [0, 7, 8, 9]
    >>> c = [Change(Code.WESTERN_MOJIBAKE, "w", 0, 9, "donâ€™t ?", "don’t ?")]
    >>> undo_offsets([6], c)
    [8]
    """
    if not changes or not offsets:
        return list(offsets)
    order = sorted(range(len(offsets)), key=offsets.__getitem__)
    out = [0] * len(offsets)
    delta = 0  # what the changes passed so far added to the text's length
    j = 0
    for i in order:
        o = offsets[i]
        while j < len(changes):
            c = changes[j]
            new_end = c.start + delta + len(c.after)
            if o < new_end or (o == c.start + delta and not c.after):
                break
            delta += len(c.after) - (c.end - c.start)
            j += 1
        if j < len(changes):
            c = changes[j]
            new_start = c.start + delta
            if o >= new_start and c.after and o < new_start + len(c.after):
                out[i] = c.start + _inside(o - new_start, c.before, c.after)
                continue
            if o == new_start and not c.after:
                out[i] = c.end  # after a deletion: the character that followed it
                continue
        out[i] = o - delta
    return out


def _inside(k: int, before: str, after: str) -> int:
    """Where the ``k``-th character of a change's ``after`` was in its ``before``: the same
    place in a prefix or suffix both share (a whole line re-decoded keeps most of its
    characters), else the start of the part that differs."""
    prefix = 0
    most = min(len(before), len(after))
    while prefix < most and before[prefix] == after[prefix]:
        prefix += 1
    if k < prefix:
        return k
    suffix = 0
    while (suffix < most - prefix
           and before[len(before) - 1 - suffix] == after[len(after) - 1 - suffix]):
        suffix += 1
    if k >= len(after) - suffix:
        return len(before) - (len(after) - k)
    return min(prefix, max(len(before) - 1, 0))
