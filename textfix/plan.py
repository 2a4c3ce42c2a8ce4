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
