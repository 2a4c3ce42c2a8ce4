"""Chrome of Chinese document-sharing sites and of news graphics, on whole pages.

A document-sharing site prints the document's title once per preview page (``…_第2页``), a
preview counter with its paywall prompt, reader buttons and an upload notice above the text;
a news graphic ends in one-name-a-line credits (design, production, photo) and an empty tag
label. These tests build such pages from text written for them and check that the chrome goes
whole, also when the page was spun (Traditional with pinyin) or the notice is cut off, while
body sentences that mention downloads, pages or credits stay.
"""

from __future__ import annotations

import textfix
from textfix.codes import Code
from textfix.damage.boilerplate import classify

BODY = (
    "一、工程概况。本标段道路全长三点二公里，基层采用水泥稳定碎石，设计厚度二十厘米，"
    "分两层摊铺，每层压实后检测一次。\n"
    "二、施工准备。开工前应完成原材料检验、配合比设计和试验段铺筑，确认压实遍数与松铺系数后"
    "方可大面积施工。\n"
)

DOCSITE_HEAD = (
    "水泥稳定碎石基层施工方案_第1页\n"
    "水泥稳定碎石基层施工方案_第2页\n"
    "已阅读2页，还剩11页未读，继续免费阅读\n"
    "\n"
    "下载本文档\n"
    "\n"
    "版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存在侵权，请进行举报或\ufffd\n"
    "\n"
    "文档简介\n"
    "\n"
)


def _repair(text: str) -> textfix.Result:
    return textfix.repair(text.encode("utf-8"))


def test_document_site_head_goes_whole() -> None:
    result = _repair(DOCSITE_HEAD + BODY)
    assert result.text == BODY
    assert [r.line for r in result.removed] == [1, 2, 3, 5, 7, 9]
    codes = {r.line: r.code for r in result.removed}
    assert codes[1] == codes[2] == codes[5] == Code.NAVIGATION
    assert codes[3] == Code.SHARE_PROMPT


def test_document_site_head_goes_when_spun() -> None:
    """The same head machine-converted to Traditional with pinyin after some characters: the
    spin stage repairs it first, and what it leaves is still known."""
    spun = (
        "水泥穩定碎石基層施工方案_第1頁(yè)\n"
        "水泥穩定碎石基層施工方案_第2頁(yè)\n"
        "已閱(yuè)讀5頁,還剩11頁未讀, 繼續(xù)免費(fèi)閱讀\n"
        "\n"
        "下載(zài)本文檔\n"
        "\n"
    )
    result = _repair(spun + BODY)
    assert result.text == BODY


def test_truncated_upload_notice_is_known_by_its_opening() -> None:
    for cut in ("版权说明：本文档由用户提供并上传，收益归属内容提供方，若内容存",
                "版权说明：本文档由用户提供并上传，收益归\ufffd"):
        assert classify(cut) == Code.COPYRIGHT


def test_news_graphic_tail_credits_go() -> None:
    body = "".join(f"{line}\n" for line in (
        "省气象台昨日发布寒潮预警", "全省大部将降温八到十度", "北部山区有中到大雪",
        "请注意防寒保暖", "出行前关注路况信息"))
    tail = ("记者：周敏、高翔\n编辑：韩雪\n设计：罗青\n江城日报新媒体出品\n"
            "关于我们 | 联系我们 | 免责声明\n标签：\n")
    result = _repair(body + tail)
    assert result.text == body
    assert len(result.removed) == 6


def test_photo_credit_and_captcha_prompt_below_the_last_paragraph_go() -> None:
    text = BODY + "本报记者 刘洋 摄\n\n请输入验证码\n"
    assert _repair(text).text == BODY


def test_body_sentences_about_downloads_and_pages_stay() -> None:
    """Negative cases: sentences (and short lines) of the text that mention the same words."""
    for line in ("请到官网下载本文档的英文版，全书共二十页。",
                 "这本书我已阅读了一半，还剩不少内容。",
                 "他在报告的第5页指出了这个问题",
                 "这部纪录片由三家机构联合出品。",
                 "记者注意到，设计：这两个字被印在每页的页脚。",
                 "时间：如果能倒流，我会怎么选？",
                 "关键词：创新是这次会议上被提及最多的词语。",
                 "3天前我们还在讨论这个问题。"):
        assert classify(line) is None, line


def test_a_page_whose_last_paragraph_mentions_downloads_is_unchanged() -> None:
    text = BODY + "三、资料获取。需要完整施工图的单位，可在业主单位官网下载本文档及附件，共计第1页至第40页。\n"
    result = _repair(text)
    assert result.text == text
    assert result.removed == ()


def test_a_short_title_ending_with_pages_stays() -> None:
    """A title that merely ends in 页 (no preview page number after an underscore) stays."""
    text = "城市记忆的第一页\n\n" + BODY
    result = _repair(text)
    assert result.text == text


def _bytewise_misread(text: str) -> str:
    """``text`` encoded in GBK and read byte by byte: a valid UTF-8 sequence as UTF-8, any
    other byte as Latin-1 (how some readers show a GBK page)."""
    raw, out, i = text.encode("gbk"), [], 0
    while i < len(raw):
        for n in (3, 2):
            if raw[i] >= 0xC2 and i + n <= len(raw):
                try:
                    out.append(raw[i:i + n].decode("utf-8"))
                except UnicodeDecodeError:
                    continue
                i += n
                break
        else:
            out.append(chr(raw[i]))
            i += 1
    return "".join(out)


def test_book_reader_chrome_read_bytewise_is_known() -> None:
    """A GBK line read byte-wise holds both Latin-1 letters and other characters; read back,
    the reader's tip, menu and keyboard hints are known."""
    from textfix.damage.boilerplate import _undo_misdecoding

    tried = 0
    for line in ("温馨提示：若页面显示不全，请按F5刷新", "章节目录 | 加入书签 | 我的书架",
                 "快捷操作：按键盘方向键 ← → 可以翻页"):
        bad = _bytewise_misread(line)
        if max(map(ord, bad)) <= 0xFF:
            continue  # no valid UTF-8 sequence came out: the plain Latin-1 reading covers it
        assert classify(bad) is None
        found = _undo_misdecoding(bad, frozenset())
        assert found is not None and found.code == Code.NAVIGATION, bad
        tried += 1
    assert tried >= 1


def test_body_sentences_read_bytewise_invent_no_chrome() -> None:
    from textfix.damage.boilerplate import _undo_misdecoding

    for line in ("按键盘上的方向键可以移动光标，再按回车键确认。",
                 "她把书签夹在第三章，合上书去做饭了。"):
        assert _undo_misdecoding(_bytewise_misread(line), frozenset()) is None
