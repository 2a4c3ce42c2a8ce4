"""A printed record (fields padded to one colon column) is content, however meta-like its
labels; a page's unpadded meta lines are still chrome (texts written for these tests)."""

from __future__ import annotations

from textfix import repair

BODY = "The nightly build failed on the linker step; the log below shows the missing symbol."


def test_a_printed_record_at_the_head_stays() -> None:
    text = ("Updated at    : 2021-04-02 09:15:00\nUpdated by    : Maria Lopez\n"
            f"Build number  : 4711\n{BODY}")
    assert repair(text).text == text


def test_unpadded_meta_lines_are_still_removed() -> None:
    text = f"Updated at: 2021-04-02 09:15:00\nUpdated by: Maria Lopez\n{BODY}"
    assert "Updated at" not in repair(text).text
    assert repair(text).text.endswith(BODY)


def test_two_padded_lines_are_no_record() -> None:
    text = f"Updated at    : 2021-04-02 09:15:00\nAuthor        : Maria Lopez\n{BODY}"
    assert "Updated at" not in repair(text).text
