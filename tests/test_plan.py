"""The change record is a faithful, replayable plan."""

from __future__ import annotations

import pytest

from textfix.codes import Code
from textfix.plan import Edit, apply_edits, replay


def test_apply_and_replay() -> None:
    text = "a,b\nc(d)"
    new, changes = apply_edits(
        text, [Edit(1, 2, "，", Code.FOLDED_PUNCTUATION), Edit(5, 6, "（", Code.FOLDED_PUNCTUATION)],
        "width",
    )
    assert new == "a，b\nc（d)"
    assert [(c.line, c.col, c.before, c.after) for c in changes] == [
        (1, 2, ",", "，"), (2, 2, "(", "（")]
    assert replay(text, changes) == new


def test_overlapping_edits_are_refused() -> None:
    with pytest.raises(ValueError):
        apply_edits("abcdef", [Edit(0, 3, "x", Code.BOM), Edit(2, 4, "y", Code.BOM)], "s")


def test_replay_detects_a_wrong_plan() -> None:
    _, changes = apply_edits("abc", [Edit(0, 1, "x", Code.BOM)], "s")
    with pytest.raises(ValueError):
        replay("zbc", changes)
