"""The provenance header round-trips any value and can never end the front matter early."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import textfix
from textfix import archive
from textfix.codes import Code
from textfix.models import Metadata, RemovedLine, Result

NASTY = [
    "line one\nline two", "---", "\n---\n", "--- \n...", "!!python/object:os.system",
    "&anchor *anchor", "key: value", "- item", "# comment", "'quoted'", '"dq"', "null", "~",
    "yes", "1e3", "2022-08-14", "\x00\x07\x1b[31m", "\u2028\u2029\x85", "\ufeffbom", "\ud7ff",
    "标题：“十四五”", "x" * 5000, "\t tabs \t", " trailing ", "%TAG ! tag:x,2000:",
]
VALUES = st.one_of(st.sampled_from(NASTY), st.text(max_size=300))


def _result(title: str, other: str, removed: str) -> Result:
    meta = Metadata(title=title, source=other, author=other[:50] or None, url=removed or None)
    lines = (RemovedLine(3, Code.COPYRIGHT, removed, removed),)
    return Result(text="body\n---\nmore body\n", encoding="utf-8", source_text="x",
                  removed=lines, metadata=meta)


@settings(max_examples=2000, deadline=None)
@given(VALUES, VALUES, VALUES)
def test_header_round_trips_any_value(title: str, other: str, removed: str) -> None:
    result = _result(title, other, removed)
    document = archive.render(result, b"raw bytes", "dir/\nname---.txt", "2026-01-01T00:00:00Z")
    header, body = archive.parse(document)
    assert body == result.text
    assert header["metadata"] == result.metadata.to_dict()
    assert header["removed"][0]["text"] == removed
    assert header["source"]["path"] == "dir/\nname---.txt"


def test_header_is_closed_by_the_first_fence_line_only() -> None:
    result = _result("---", "\n---\n", "---")
    document = archive.render(result, b"", "p", "t")
    lines = document.splitlines()
    assert lines[0] == "---" and lines.count("---") == 3  # open, close, and the body's own
    header, body = archive.parse(document)
    assert body == "body\n---\nmore body\n"


def test_empty_body_and_empty_metadata() -> None:
    result = textfix.repair(b"")
    header, body = archive.parse(archive.render(result, b"", "empty.txt", "t"))
    assert body == "" and header["metadata"] == {} and header["source"]["size"] == 0
