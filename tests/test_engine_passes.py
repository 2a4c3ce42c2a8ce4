"""The engine's later passes report in the source's line numbers, and report nothing twice.

A pass after boilerplate removal runs every stage again on a text that has lost lines; what
it finds must still point at the source line (``check`` prints it, ``explain`` quotes that
line), and report-only damage that every pass sees again is reported once.
"""

from __future__ import annotations

import textfix
from textfix.codes import Code

#: A breadcrumb and a footer around two lines of folded punctuation: the footer's fullwidth
#: comma hides the folding until the footer is removed, so width repairs in the second pass.
PAGE = ("首页 > 新闻 > 国内\n\n会议在北京召开,代表们讨论了发展问题。\n他说:我们要继续努力。\n\n"
        "版权所有，未经授权禁止转载。\n")


def test_a_later_pass_reports_source_line_numbers() -> None:
    result = textfix.repair(PAGE)
    assert result.text == "会议在北京召开，代表们讨论了发展问题。\n他说：我们要继续努力。\n"
    width = [(f.line, f.col) for f in result.findings if f.code == Code.FOLDED_PUNCTUATION]
    assert width == [(3, 8), (4, 3)]
    assert {c.step for c in result.changes if c.code == Code.FOLDED_PUNCTUATION} == {"width#2"}
    lines = PAGE.splitlines()
    for f in result.findings:
        assert lines[f.line - 1][f.col - 1] in ",:首版", f


def test_report_only_damage_is_reported_once() -> None:
    page = "首页 > 新闻 > 国内\n版权所有 © 2020 新华网\n\n价格锟斤拷元，共三件。\n"
    result = textfix.repair(page)
    unrecoverable = [(f.line, f.col) for f in result.findings if f.code == Code.UNRECOVERABLE]
    assert unrecoverable == [(4, 3)]
    assert sum(c.code.startswith("B") for c in result.changes) >= 2  # a second pass ran


def test_every_leading_byte_order_mark_goes_at_once() -> None:
    """A BOM written twice: repairing the repair changes nothing (idempotence)."""
    for data in ("\ufeff\ufeff中文", b"\xef\xbb\xbf\xef\xbb\xbf\xe4\xb8\xad\xe6\x96\x87"):
        result = textfix.repair(data)
        assert result.text == "中文"
        assert any(f.code == Code.BOM for f in result.findings)
        assert textfix.repair(result.text).text == result.text
