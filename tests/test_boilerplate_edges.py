"""The edges of a page's head block (textfix.damage.boilerplate): a line of marks right below
the head's chrome goes with it, and a section's name printed right above the breadcrumb that
names it is chrome; the title, a rule under it and an entry's own name above its trail stay."""

from __future__ import annotations

import textfix

TITLE = "河湾村荒坡种下三千棵果树"
PARAGRAPH = ("今年春天，河湾村的村民们在荒坡上种下了三千多棵果树，村里还请来农技员手把手教大家"
             "剪枝和施肥，预计三年后就能挂果。")
PARAGRAPH_EN = ("The river path reopened on Monday after a winter of repairs, and the first "
                "cyclists were out before seven to try the new surface along the water.")


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_a_line_of_marks_below_the_head_chrome_goes_with_it() -> None:
    """A page of short entries (no paragraph of prose): the head scan reads it line by line."""
    entries = ["1.二〇一九年三月 河湾乡公布管理办法 全文八条", "2.二〇二一年五月 修正第三条"]
    page = "跳到主要内容\n:::\n\n" + _page("沿革", *entries)
    result = textfix.repair(page)
    assert [r.source for r in result.removed] == ["跳到主要内容", ":::"]
    assert result.text == _page("沿革", *entries)


def test_a_line_of_marks_without_chrome_above_it_stays() -> None:
    """A directive's closing fence under its own text: no rule hit above it."""
    fenced = ":::note\nThe path is closed at night.\n:::\n\n" + PARAGRAPH_EN + "\n"
    assert textfix.repair(fenced).text == fenced


def test_a_section_name_above_the_breadcrumb_that_names_it_goes() -> None:
    """The section's name above the trail is no short title, though the body names it: the
    title is the wide line under the page's meta."""
    title = "河湾乡召开春季防火工作会议部署各村做好山林防火和道路交通安全工作"
    crumb, meta = "您现在的位置：首页 > 河湾乡 > 通知公告", "发布机构：河湾乡 发布日期：2024-03-01"
    page = _page("• 无障碍", "河湾乡", crumb, meta, title, "河湾乡" + PARAGRAPH)
    result = textfix.repair(page)
    assert [r.source for r in result.removed] == ["• 无障碍", "河湾乡", crumb, meta]
    assert result.metadata.title == title


def test_an_entry_name_above_its_own_trail_stays() -> None:
    """The trail's last item is the page itself: an encyclopedia prints the entry's name above
    it, and that name is the title."""
    page = _page("果树", "百科 > 农业 > 果树", "果树是能结出可供食用的果实的多年生植物。" + PARAGRAPH)
    result = textfix.repair(page)
    assert result.text.startswith("果树\n")
    assert all(r.source != "果树" for r in result.removed)


def test_a_markdown_heading_keeps_its_underline() -> None:
    """``=====`` or ``-----`` right under the title is a Setext heading's underline, the text's
    own; a date under it is still the page's meta."""
    for rule in ("=" * 22, "-" * 10):
        page = "The river path reopens\n" + rule + "\n\n" + PARAGRAPH_EN + "\n"
        assert textfix.repair(page).text == page
        zh_page = TITLE + "\n" + rule + "\n\n" + PARAGRAPH + "\n"
        assert textfix.repair(zh_page).text == zh_page
    dated = "The river path reopens\n\n發布時間：2024-03-01 10:00\n\n" + PARAGRAPH_EN + "\n"
    assert [r.line for r in textfix.repair(dated).removed] == [3]
