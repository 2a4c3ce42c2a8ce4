"""The boilerplate stage on whole pages: which lines go (head and tail chrome only), what is kept
of them (verbatim source, code, line number, metadata), and how configuration changes it."""

from __future__ import annotations

from pathlib import Path

import pytest

import textfix
from textfix import archive
from textfix.codes import Code
from textfix.config import Config
from textfix.errors import ConfigError
from textfix.plan import replay

from .conftest import SAMPLES

SEED = SAMPLES / "binzhou-aluminium.txt"


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# --- the seed page ------------------------------------------------------------------------------

def test_seed_loses_exactly_its_meta_line_and_seven_tail_lines() -> None:
    result = textfix.repair(SEED.read_bytes())
    source = SEED.read_text(encoding="utf-8").split("\n")
    assert [(r.line, r.code) for r in result.removed] == [
        (2, Code.PAGE_META), (10, Code.EDITOR_CREDIT), (11, Code.MORE_INFO), (12, Code.COPYRIGHT),
        (13, Code.REPRINT_TERMS), (14, Code.REPRINT_TERMS), (15, Code.REPRINT_TERMS),
        (16, Code.DISCLAIMER),
    ]
    assert all(r.source == source[r.line - 1] for r in result.removed)
    assert result.removed[5].source.startswith("如需轉(zhuǎn)載")
    assert result.metadata.to_dict() == {
        "title": "滨州市铝产业链高质量发展推进会议召开", "published": "2022-08-14",
        "source": "中国有色金属报", "category": "重点新闻", "author": "张现攀", "editor": "孟庆科",
    }


def test_seed_archive_header_lists_every_removed_line() -> None:
    data = SEED.read_bytes()
    header, _body = archive.parse(archive.render(textfix.repair(data), data, "seed.txt", "x"))
    assert [r["line"] for r in header["removed"]] == [2, 10, 11, 12, 13, 14, 15, 16]
    assert {r["code"] for r in header["removed"]} >= {"B101", "B102", "B103", "B104", "B105"}
    assert header["metadata"]["editor"] == "孟庆科"


# --- position: head and tail blocks only ----------------------------------------------------

BODY_ON_COPYRIGHT = (
    "法院认为，网站在未经许可的情况下转载摄影作品，侵犯了著作权人的合法权益。",
    "版权声明：本网站所有内容，未经授权，禁止转载。",  # chrome-looking line in the middle
    "法官还指出，转载他人作品应当注明出处并支付报酬。",
)


def test_chrome_in_the_middle_of_the_body_stays() -> None:
    text = _page("网站转载摄影作品被判侵权", "来源：新华网", *BODY_ON_COPYRIGHT, "责任编辑：王五")
    result = textfix.repair(text)
    assert [r.line for r in result.removed] == [2, 6]
    assert BODY_ON_COPYRIGHT[1] in result.text


def test_head_block_stops_at_the_first_body_line() -> None:
    text = _page("标题", "正文第一段，会议在济南召开。", "来源：新华网", "正文第二段。")
    assert textfix.repair(text).removed == ()


def test_related_teasers_go_with_their_heading() -> None:
    text = _page("标题", "正文。", "相关阅读：", "· 另一篇新闻的标题", "· 第三篇新闻的标题",
                 "版权所有 © 2023 某网")
    result = textfix.repair(text)
    assert [(r.line, r.code) for r in result.removed] == [
        (3, Code.RELATED_LINKS), (4, Code.RELATED_LINKS), (5, Code.RELATED_LINKS),
        (6, Code.COPYRIGHT)]
    assert result.text == "标题\n正文。\n"


def test_short_last_lines_without_a_related_heading_stay() -> None:
    text = _page("标题", "正文。", "· 列表第一项", "· 列表第二项", "版权所有 © 2023 某网")
    result = textfix.repair(text)
    assert [r.line for r in result.removed] == [5]


def test_blank_lines_around_removed_chrome_go_with_it() -> None:
    text = _page("首页 > 新闻 > 正文", "", "标题", "", "2023-03-05 来源：新华网", "", "正文。", "",
                 "责任编辑：王五", "", "版权所有 © 2023 某网")
    result = textfix.repair(text)
    assert result.text == "标题\n\n正文。\n"
    assert replay(result.source_text, result.changes) == result.text


def test_a_page_of_clean_prose_is_byte_identical() -> None:
    text = "Copyright law is changing.\r\nAuthors, editors and newsletters all feel it.\r\n"
    result = textfix.repair(text)
    assert result.text == text and result.changes == ()


def test_title_metadata_is_the_first_title_like_head_line() -> None:
    text = _page("首页 > 新闻 > 正文", "春耕备耕有序推进", "2023-03-05 14:30 来源：新华网", "正文。")
    assert textfix.repair(text).metadata.title == "春耕备耕有序推进"


def test_findings_say_which_block() -> None:
    result = textfix.repair(_page("标题", "来源：新华网", "正文。", "责任编辑：王五"))
    assert [(f.code, f.line, f.evidence) for f in result.findings] == [
        (Code.PAGE_META, 2, "head block"), (Code.EDITOR_CREDIT, 4, "tail block")]


# --- configuration ------------------------------------------------------------------------

PAGE = _page("标题", "2023-03-05 来源：新华网", "正文。", "如需了解更多信息，请访问本网。",
             "本站广告热线 0543-1234567", "版权所有 © 2023 某网")


def test_keep_boilerplate_turns_the_stage_off_but_keeps_metadata() -> None:
    result = textfix.repair(PAGE, Config(boilerplate=False))
    assert result.text == PAGE and result.removed == () and result.findings == ()
    assert result.metadata.source == "新华网"


def test_disable_a_rule_by_code() -> None:
    result = textfix.repair(PAGE, Config(disable=("B103",)))
    assert "版权所有 © 2023 某网" in result.text
    assert Code.COPYRIGHT not in {r.code for r in result.removed}


def test_extra_patterns_add_rules() -> None:
    plain = textfix.repair(PAGE)
    assert "本站广告热线" in plain.text  # no built-in rule knows it, and it stops the tail scan
    result = textfix.repair(PAGE, Config(extra_patterns=(r"广告热线",)))
    assert [(r.line, r.code) for r in result.removed] == [
        (2, Code.PAGE_META), (4, Code.MORE_INFO), (5, Code.CUSTOM_PATTERN), (6, Code.COPYRIGHT)]
    off = textfix.repair(PAGE, Config(extra_patterns=(r"广告热线",), disable=("B190",)))
    assert "本站广告热线" in off.text


def test_bad_configuration_is_reported() -> None:
    with pytest.raises(ConfigError, match="extra_patterns"):
        textfix.repair(PAGE, Config(extra_patterns=("([",)))
    with pytest.raises(ConfigError, match="B999"):
        textfix.repair(PAGE, Config(disable=("B999",)))


def test_tool_textfix_table_configures_the_stage(tmp_path: Path) -> None:
    settings = pytest.importorskip("textfix.settings")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.textfix]\ndisable = ["B106"]\nextra-patterns = ["广告热线"]\n', encoding="utf-8")
    cfg = settings.resolve({}, start=tmp_path).config
    result = textfix.repair(PAGE, cfg)
    assert [(r.line, r.code) for r in result.removed] == [
        (2, Code.PAGE_META), (5, Code.CUSTOM_PATTERN), (6, Code.COPYRIGHT)]
    assert "如需了解更多信息" in result.text


def test_keep_boilerplate_flag_on_the_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    run = [sys.executable, "-m", "textfix", "repair", str(page)]
    kept = subprocess.run([*run, "--keep-boilerplate"], capture_output=True, check=True)
    assert kept.stdout.decode() == PAGE
    cut = subprocess.run(run, capture_output=True, check=True)
    assert "版权所有" not in cut.stdout.decode()


# --- template lines --------------------------------------------------------------------------

def test_template_lines_are_removed_from_head_and_tail() -> None:
    text = _page("鲁网 · 权威发布 滨州声音 · 0543", "标题", "正文。", "正文，另一段。",
                 "滨州新闻网出品 · 本地生活第一站")
    templates = frozenset({"鲁网 · 权威发布 滨州声音 · 0543", "滨州新闻网出品 · 本地生活第一站"})
    result = textfix.repair(text, templates=templates)
    assert [(r.line, r.code) for r in result.removed] == [(1, Code.TEMPLATE_LINE),
                                                          (5, Code.TEMPLATE_LINE)]
    assert textfix.repair(text).removed == ()
    off = textfix.repair(text, Config(disable=("B120",)), templates=templates)
    assert off.removed == ()


def test_template_lines_never_take_the_whole_page() -> None:
    text = _page("同一篇转载的新闻稿第一段内容 · 2023", "同一篇转载的新闻稿第二段内容 · 2023")
    templates = frozenset(text.splitlines())
    assert textfix.repair(text, templates=templates).text == text


def test_source_code_giving_a_name_a_string_is_no_chrome() -> None:
    """A localisation file's entries hold chrome words (share, subscribe, copyright) as the
    program's own text; none of its lines is removed."""
    for text in ("labels:\n  home: \"Trang chủ\"\n  share: \"Chia sẻ\"\n",
                 "const labels = {\n    title: 'Trang chủ',\n"
                 "    copyright: '© 2024 Bản quyền thuộc về chúng tôi',\n"
                 "    shareButton: 'Chia sẻ',\n"):
        result = textfix.repair(text)
        assert result.text == text and not result.removed


def test_a_log_of_stamped_lines_is_content() -> None:
    """Lines opening with a time stamp are page meta when one stands above an article; three or
    more of one shape in a row are a log (or a directory listing), the text's own content."""
    log = ("2021-06-01 08:00:01 [info] worker started\n"
           "2021-06-01 08:00:02 [info] loaded 12 jobs\n"
           "2021-06-01 08:00:09 [warn] job 7 retried\n"
           "The worker stops after the third retry, as the log above shows.\n")
    result = textfix.repair(log)
    assert result.text == log and not result.removed


# --- notices read on long lines: a paywall, an appeal, a maintenance banner opens with its own
# words, so it is known however long it runs; a paragraph that only mentions them is not.

APPEAL = ("Support our independent journalism. The Riverside Courier depends on readers like you, "
          "and every gift keeps our small newsroom reporting on the valley. Donate today.")
STORY = ("The ferry between the two harbours will run every hour again from Monday, after the "
         "repairs to the eastern landing stage were finished a week earlier than planned.")


def test_a_long_appeal_at_the_tail_goes() -> None:
    page = _page("Ferry runs hourly again", "", STORY, "", APPEAL)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [5]
    assert result.removed[0].code is Code.SHARE_PROMPT
    assert result.text == _page("Ferry runs hourly again", "", STORY)


def test_a_long_maintenance_banner_at_the_head_goes() -> None:
    banner = ("The website is currently undergoing maintenance. Some pages may open slowly until "
              "the work is done tonight, and we thank you for your patience.")
    page = _page(banner, "", "Ferry runs hourly again", "", STORY)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [1]
    assert result.text.startswith("Ferry runs hourly again\n")


def test_a_long_paragraph_that_mentions_an_appeal_stays() -> None:
    # the notice words stand inside the sentence, not at its opening: prose, never chrome
    told = ("Asked how the paper survives, the editor said that many readers now support our "
            "independent journalism with small gifts, and that subscribing to get the weekly "
            "digest had become the most common way to do it.")
    page = _page("How the Courier survives", "", STORY, "", told)
    assert textfix.repair(page).text == page


def test_a_long_notice_opening_in_the_middle_of_the_body_stays() -> None:
    page = _page("Ferry runs hourly again", "", STORY, "", APPEAL, "", STORY)
    assert textfix.repair(page).text == page


def test_notice_patterns_open_at_the_start_of_the_line() -> None:
    from textfix.damage import boilerplate_rules as R

    mask = R.notice_mask()
    flat = [p for r in R.rules() for p in r.patterns]
    marked = [p for k, p in enumerate(flat) if mask >> k & 1]
    assert marked and all(p.startswith(R.NOTICE + "^") for p in marked)


def test_a_long_notice_that_is_the_whole_page_stays() -> None:
    # the only prose of a page is never removed, whatever it opens with
    assert textfix.repair(APPEAL + "\n").text == APPEAL + "\n"
    page = _page("Donate", "", APPEAL)
    assert APPEAL in textfix.repair(page).text


def test_one_row_of_a_console_listing_is_content() -> None:
    """A single line opening with a date and time is page meta above an article, but one whose
    fields a program aligned in columns (a ``dir`` listing's row, a log's line) is the text's
    own output, even alone under a heading; a padded meta line with labelled fields goes."""
    for pasted in ("Contents of the build folder\n\n2019/11/02  09:41    <DIR>          ..\n",
                   "Deploy notes\n\n2022-03-14 17:05:09   WARN   cache   stale\n"):
        result = textfix.repair(pasted)
        assert result.text == pasted and not result.removed
    page = "2024-05-02  10:00   Source:  Valley Courier\n\nFerry runs hourly again\n\n" + STORY
    assert [r.line for r in textfix.repair(page).removed] == [1]
