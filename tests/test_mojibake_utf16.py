"""ASCII text read as UTF-16 (issue 16): the runs are found by their structure and read back
as ASCII; clean CJK and kana text is never such a run (texts written for these tests)."""

from __future__ import annotations

import pytest

from textfix.config import DEFAULT
from textfix.damage import mojibake
from textfix.damage.base import Context
from textfix.damage.mojibake import utf16


def _run(text: str) -> str:
    return mojibake.run(text, Context(DEFAULT, text)).text


RECORDS = [
    'user_id|i:42;name|s:7:"example";lang|s:5:"en_GB";',
    "2024-05-01 12:00:03 worker started, queue=default, pid=3141",
    "SELECT name, price FROM products WHERE price > 10 ORDER BY name;",
]


@pytest.mark.parametrize("text", RECORDS)
@pytest.mark.parametrize("order", utf16.ORDERS)
def test_ascii_read_as_utf16_is_read_back(text: str, order: str) -> None:
    if len(text) % 2:
        text += " "
    garbled = text.encode("ascii").decode(order)
    assert garbled.isascii() is False
    assert _run(garbled) == text


def test_beside_clean_text_only_the_run_is_read() -> None:
    record = RECORDS[0] + " "  # an even number of bytes
    garbled = record.encode("ascii").decode("utf_16_le")
    assert _run(f"会话数据：{garbled}") == f"会话数据：{record}"


@pytest.mark.parametrize("clean", [
    "ここではすべてのファイルを読み込みます。さらにこちらで設定できます",
    "中华人民共和国国务院办公厅关于进一步加强城市社区建设工作的意见",
    "社区党员平均年龄为四十五岁，其中女性党员占一半以上比例",
    "数据显示总体平稳，主要指标保持在合理区间内，就业形势稳定",
])
def test_clean_cjk_text_is_no_run(clean: str) -> None:
    assert utf16.cells(clean, "utf_16_le") == [] or _run(clean) == clean
    assert _run(clean) == clean


def test_kana_pairs_are_refused_by_structure() -> None:
    """Kana are U+30xx: read as UTF-16 every pair ends in ``0``."""
    kana = "ただしこのデータはすでにさがしたものです" * 2
    assert not [c for c in utf16.cells(kana, "utf_16_le") if c[1] - c[0] >= len(kana) // 2]


def test_no_run_before_the_first_block() -> None:
    """Every character of the runs' pattern is at or after ``utf16.FIRST``: a line of earlier
    characters (Latin, Greek, Cyrillic) holds no run, as ``cells`` answers without the
    pattern."""
    from textfix.damage.mojibake import utf16

    below = "".join(map(chr, range(0x80, ord(utf16.FIRST))))
    assert not any(utf16._run().finditer(below * 12))
    assert utf16._run().search(utf16.FIRST * utf16.RUN_MIN)
