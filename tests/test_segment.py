"""Block segmentation of a page's head and tail (textfix.damage.segment): unknown short chrome
goes with the chrome around it, the title and the body stay."""

from __future__ import annotations

import pytest

import textfix
from textfix.codes import Code
from textfix.damage import segment as S


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


PARAGRAPH_ZH = ("今年春天，河湾村的村民们在荒坡上种下了三千多棵果树，村里还请来农技员手把手教大家"
                "剪枝和施肥，预计三年后就能挂果。")
PARAGRAPH_EN = ("The river path reopened on Monday after a winter of repairs, and the first "
                "cyclists were out before seven to try the new surface along the water.")


@pytest.mark.parametrize(("line", "cls"), [
    ("全部文章(37)", "S"),            # a counter
    ("第2页 / 共9页", "S"),
    ("1,204", "S"),                     # a bare number under a date
    (":::", "S"),                       # punctuation only
    ("------", "S"),                    # a separator
    ("≠ ≤ ≥ ≈", "T"),                   # mathematical symbols: no mark, no label
    ("```", "T"),                       # nor is a Markdown code fence
    ("主页 | 动态 | 图片 | 联系", "S"),   # a menu joined by bars
    ("Home :: Archive :: Contact", "S"),
    ("乡镇动态 通知公告 办事指南 互动交流", "S"),  # spaces join labels in unspaced scripts
    ("• 访客: 2918", "S"),              # a bullet before a short label
    ("- 联系电话", "S"),
    ("——河湾村扶贫带来的新变化", "T"),    # a dash opens a subtitle, not a menu item
    ("Weather", "W"),                   # a link label
    ("www.riverside-gazette.com", "S"),  # a site's address alone
    ("河湾村年度报告.docx", "T"),          # a file's name is no address
    ("评论 12", "S"),                    # a count after a label
    ("2009年(4)", "S"),                  # an archive's year with its count of posts
    ("2010年3月(12)", "S"),
    ("Chapter 3", "W"),                 # a heading, not a count
    ("村务公开", "W"),
    ("A title about the river path", "T"),
    ("6.0 Python 里的闭包", "T"),        # one spaced CJK title is no menu
    ("适法引用的条件(2)", "T"),          # a numbered title is no counter
    ("§ 3", "T"),                       # a section sign is the text's own
    ("2.", "T"),                        # a list marker
    ("## Symbols", "T"),                # a Markdown heading is the text's own
    ("Total: y = |x|", "T"),             # an equation is no menu
    ("?? ???", "T"),                # text lost to '?' is no mark
    ("»ªÌ©°ØÈð½õÀûÁé»îÅä", "T"),              # mis-decoded text holding » is no menu
])
def test_marks(line: str, cls: str) -> None:
    assert S.mark(line) == cls


def test_head_chrome_goes_as_a_block_and_the_title_stays() -> None:
    page = _page("河湾村信息网", "主页 | 动态 | 图片 | 联系", "乡镇动态", "村务公开",
                 "当前位置：首页 > 乡镇动态", "河湾村荒坡种下三千棵果树", "发布时间：2024-04-02  浏览次数：318",
                 "", PARAGRAPH_ZH)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [1, 2, 3, 4, 5, 7]
    assert result.text.startswith("河湾村荒坡种下三千棵果树\n")
    assert result.metadata.title == "河湾村荒坡种下三千棵果树"


def test_a_short_title_above_its_meta_line_stays() -> None:
    page = _page("春耕", "2024-04-02 来源：河湾日报", PARAGRAPH_ZH)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [2]
    assert result.text.startswith("春耕\n")


def test_a_short_line_above_the_title_goes_unless_the_paragraph_repeats_it() -> None:
    """A section label or a site's name above the title goes; a short title above a longer
    subtitle stays: the first paragraph repeats its words."""
    label = _page("Local", "The river path reopens after the winter", PARAGRAPH_EN)
    assert textfix.repair(label).text == _page("The river path reopens after the winter",
                                               PARAGRAPH_EN)
    short_title = _page("Cyclists", "The river path reopens after the winter", PARAGRAPH_EN)
    assert textfix.repair(short_title).text == short_title


def test_a_page_is_segmented_once() -> None:
    """The later passes of a repair do not segment the page again: without its chrome blocks,
    its title would look like a label above the body."""
    for page in (
        _page("首页 | 动态 | 图片", "春耕", "2024-04-02 来源：河湾日报", "河湾村的春天来得早", PARAGRAPH_ZH),
        _page("春耕", "2024-04-02 来源：河湾日报", PARAGRAPH_ZH),
        _page("Local", "Weather", "Cyclists", "Posted on April 2, 2024 by Ann Lee",
              "The river path reopens after the winter", PARAGRAPH_EN),
    ):
        result = textfix.repair(page)
        assert result.removed
        assert textfix.repair(result.text).text == result.text


def test_unknown_widgets_below_a_notice_go_with_it() -> None:
    page = _page("The river path reopens", PARAGRAPH_EN, "",
                 "© 2024 Riverside Gazette. All rights reserved.", "Weather", "Traffic", "12")
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [4, 5, 6, 7]
    assert result.text == _page("The river path reopens", PARAGRAPH_EN)


def test_short_lines_between_the_last_paragraph_and_the_footer_stay() -> None:
    page = _page("河湾村荒坡种下三千棵果树", PARAGRAPH_ZH, "河湾村村民委员会", "二〇二四年四月二日",
                 "版权所有 © 2024 河湾村信息网")
    result = textfix.repair(page)
    assert "河湾村村民委员会" in result.text
    assert [r.line for r in result.removed][-1] == 5


def test_markup_below_a_dated_line_is_no_footer() -> None:
    """A tail block's unknown lines go only when most of the block is known or marked chrome."""
    items = [f"    <title>第{k}期：河湾村的春天</title>\n    <link>http://example.cn/{k}</link>"
             for k in range(6)]
    page = _page("河湾村荒坡种下三千棵果树", PARAGRAPH_ZH, "  <pubDate>2024-04-02 10:00:00</pubDate>",
                 *items, "</channel>")
    result = textfix.repair(page)
    assert all("<title>" not in r.source for r in result.removed)


def test_the_only_paragraph_is_never_removed() -> None:
    page = _page("法院认为，网站在首页写明“未经授权不得转载”，并不能替代与作者签订的许可合同，"
                 "转载者仍须取得授权并支付报酬，这一点在本案判决中得到了明确。")
    assert textfix.repair(page).text == page


def test_a_page_without_prose_is_not_segmented() -> None:
    """Short lines only (a word list): no body start is known, so no unknown line goes."""
    page = _page("b p m f", "d t n l", "Simple finals:", "a o e i u", "ai ei ui")
    assert textfix.repair(page).text == page


def test_width_counts_wide_characters_twice() -> None:
    assert S.width("河湾 ok") == 7


# --- inline credits (textfix.damage.credits) ---------------------------------------------------

@pytest.mark.parametrize(("line", "credit"), [
    ("河湾村的果树今年第一次挂果。（责任编辑：赵六）", "（责任编辑：赵六）"),
    ("河灣村的果樹今年第一次掛果。（責任編輯：趙六）", "（責任編輯：趙六）"),
    ("村民在河边清理垃圾(河湾镇 审稿人:钱七 发稿人:孙八)", "(河湾镇 审稿人:钱七 发稿人:孙八)"),
    ("The bridge opens in May. (Reporting by Ann Lee; Editing by Bo Chan)",
     "(Reporting by Ann Lee; Editing by Bo Chan)"),
    ("Radfahrer auf dem neuen Weg (Foto: K. Berg)", "(Foto: K. Berg)"),
    ("Der Weg ist wieder offen. Weiterlesen", "Weiterlesen"),
])
def test_an_inline_credit_is_cut_and_recorded(line: str, credit: str) -> None:
    page = _page("The river path reopens", PARAGRAPH_EN, line)
    result = textfix.repair(page)
    kept = line[: line.rindex(credit)].rstrip()
    assert result.text.endswith(kept + "\n")
    cut = [r for r in result.removed if r.line == 3]
    assert [r.source for r in cut] == [credit]  # as it stands in the source


@pytest.mark.parametrize("line", [
    "河湾村的果树今年第一次挂果（见附件）",            # a parenthesis without a credit label
    "（责任编辑：赵六）",                          # a whole credit line is the rules' business
    "The rain continued",                          # no link after a sentence's end
    "Die Stadt (Foto-Wettbewerb 2024) lädt ein",   # not at the end of the line
])
def test_no_credit_is_cut_without_its_form(line: str) -> None:
    from textfix.damage import credits

    assert credits.find(line) is None


# --- precision: notices talked about in the body stay --------------------------------------------

def test_a_quoted_notice_in_the_last_sentence_stays() -> None:
    last = "记者注意到，这个网站在每篇文章下面都写着“转载请注明出处，侵删”，但法院认为这种声明不能代替授权。"
    page = _page("河湾村荒坡种下三千棵果树", PARAGRAPH_ZH, last)
    assert textfix.repair(page).text == page


def test_a_long_line_of_prose_is_never_chrome() -> None:
    long_line = ("The court said that a line reading all rights reserved at the foot of a page does "
                 "not by itself stop anyone from quoting it, and that reprinted with permission means "
                 "what the parties agreed, nothing more.")
    page = _page("The river path reopens", PARAGRAPH_EN, long_line)
    assert textfix.repair(page).text == page


def test_a_tail_of_notices_tags_and_counters_goes() -> None:
    page = _page("河湾村荒坡种下三千棵果树", PARAGRAPH_ZH, "免责声明：本文仅代表作者观点，与本网无关。",
                 "标签：果树 春耕 河湾村", "1,024人浏览 2024-04-02 河湾在线")
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [3, 4, 5]


def test_a_wide_last_line_is_the_body_a_cut_text_ends_with() -> None:
    """An excerpt cut in its first paragraph: the menu above the title still goes."""
    page = _page(*[f"• {w}" for w in ("Noticias", "Viajes", "Ocio", "Historia")],
                 "El puente del río abre de nuevo tras el invierno",
                 "Los ciclistas volvieron el lunes al camino del río, que estuvo cerrado durante")
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [1, 2, 3, 4]


def test_the_title_is_the_line_the_paragraphs_echo() -> None:
    """Title-like lines amid the chrome above the title (a site's name, a portal's slogan) go;
    the title is the first title-like line whose words the opening paragraphs repeat."""
    page = _page("河湾镇公共服务平台", "主页 | 动态 | 图片 | 联系", "便民服务一网通办", "欢迎访问河湾镇政府网站！",
                 "河湾村村民荒坡种果树", "发布时间：2024-04-02", PARAGRAPH_ZH)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [1, 2, 3, 4, 6]


def test_a_title_printed_twice_around_its_date_stays() -> None:
    page = _page("Cyclists return", "Posted on April 2, 2024 by Ann Lee", "Cyclists return",
                 "The river path reopens: what riders need to know about the new surface", PARAGRAPH_EN)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [2]


def test_a_label_above_a_wide_title_goes_a_headword_above_its_entry_stays() -> None:
    """Without a title-like line, a short line right above the first paragraph goes when that
    paragraph is a wide title (it does not end like a sentence), and stays above a paragraph
    that does (a dictionary's headword, a short title whose words the text does not repeat)."""
    wide_title = "Cyclists return to the river path as the repaired surface opens for the season"
    assert textfix.repair(_page("Local", wide_title, PARAGRAPH_EN)).text == _page(wide_title, PARAGRAPH_EN)
    entry = _page("ebb", PARAGRAPH_EN)
    assert textfix.repair(entry).text == entry


def test_lines_above_a_wide_title_amid_chrome_go() -> None:
    """No title-like line echoes the paragraphs and the first paragraph is a wide title: the
    site's name above a tag-archive heading goes with it."""
    wide_title = "Cyclists return to the river path as the repaired surface opens for the season"
    page = _page("Riverside Gazette online edition", "Tag Archive | cycling", wide_title, PARAGRAPH_EN)
    assert textfix.repair(page).text == _page(wide_title, PARAGRAPH_EN)


def test_a_symbol_table_and_a_code_fence_above_the_prose_stay() -> None:
    """Lines of symbols or a code fence are the text's own content, not separators: a note
    with a row of relations and a fenced sample keeps every line."""
    text = _page("  ≠ ≤ ≥ ≈", "  ∈ ∉ ⊂ ⊃", "", "```", "x ≤ y", "```", "",
                 "Each relation above takes two operands and gives a truth value, which the "
                 "checker prints next to the line it came from.")
    assert textfix.repair(text).text == text


# --- the one-split decision (head_split, tail_split) ---------------------------------------------

PARAGRAPH_PL = ("Regulamin określa zasady korzystania z przystani przez mieszkańców gminy oraz "
                "gości, a także obowiązki osób, które cumują łodzie przy nabrzeżu.")


def test_unknown_lines_amid_a_head_of_labels_go_with_it() -> None:
    """A council's site: an address block and a column of links above the document's heading.
    The title-like lines among them (an address, a service's name) go with the labels around
    them; the heading and its section line right above the body stay."""
    page = _page("Przejdź do treści", "Urząd Gminy Przystań", "ul. Rybacka 7, Przystań",
                 "Aktualności", "Godziny pracy urzędu", "Elektroniczna skrzynka podawcza",
                 "Ogłoszenia", "Przetargi", "Kontakt",
                 "Regulamin przystani gminnej", "Rozdział pierwszy", PARAGRAPH_PL)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [1, 2, 3, 4, 5, 6, 7, 8, 9]
    assert result.text == _page("Regulamin przystani gminnej", "Rozdział pierwszy", PARAGRAPH_PL)


def test_title_like_lines_with_no_chrome_below_them_stay() -> None:
    """Title-like lines between a rule hit and the title block stay when no chrome follows
    them: a title-like line goes only with evidence below it in the block."""
    page = _page("Przejdź do treści", "Regulamin przystani gminnej", "Zasady ogólne",
                 "Rozdział pierwszy", "Przepisy wstępne", PARAGRAPH_PL)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [1]


def test_a_title_above_its_date_line_is_never_in_the_head_block() -> None:
    """The title at the top, its date line under it, then widgets: the title stays however
    much chrome lies below it; a title printed twice (with a label before it) is a barrier
    the head block does not cross either."""
    page = _page("Jak zimują łodzie na przystani", "2024-03-02 10:15", "Udostępnij",
                 "Drukuj", "Polub", "Wersja dla słabowidzących", "Przystań zimą", PARAGRAPH_PL)
    result = textfix.repair(page)
    assert result.text.startswith("Jak zimują łodzie na przystani\n")
    twice = [("Przejdź do treści", "K"), ("Polub", "W"), ("Temat: Jak zimują łodzie na przystani", "T"),
             ("Polub", "W"), ("Drukuj", "W"), ("Jak zimują łodzie na przystani", "T")]
    lines = [S.Line(k, s, S.width(s), c) for k, (s, c) in enumerate(twice)]
    assert S.head_split(lines) == {0, 1}  # no block reaches past the title printed twice


def test_a_run_of_link_labels_at_the_end_goes() -> None:
    """Below the last paragraph, a column of distinct link labels is a menu, even without a
    rule hit; a single short line (a signature) stays."""
    page = _page("Przystań zimą", PARAGRAPH_PL, "Mapa strony", "Kontakt",
                 "Archiwum", "Przetargi")
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [3, 4, 5, 6]
    signed = _page("Przystań zimą", PARAGRAPH_PL, "Wójt gminy")
    assert textfix.repair(signed).text == signed


def test_short_lines_at_the_end_that_repeat_are_the_texts_own() -> None:
    """A text ending with examples (the same short line more than once), a numbered list or a
    table's rows keeps them: a menu names each link once, and lists are the text's structure."""
    examples = _page("Przystań zimą", PARAGRAPH_PL, "łódź", "albo", "łodzie", "albo", "łódka")
    assert textfix.repair(examples).text == examples
    listing = _page("Przystań zimą", PARAGRAPH_PL, "1, nabrzeże:", "2, slip:", "3, pomost:")
    assert textfix.repair(listing).text == listing


def test_short_lines_opening_with_a_small_letter_weigh_as_link_labels() -> None:
    """Link texts and address fragments written in small letters count as chrome in the
    head's split; the same lines written as headings (capitals) count against it."""
    lines = ["tel. 25 641 00 00, fax 25 641 00 01", "godziny pracy urzędu i kasy",
             "harmonogram wywozu odpadów", "sesja rady gminy na żywo"]
    page = _page("Przejdź do treści", "Gmina Przystań nad Wisłą", *lines,
                 "Regulamin przystani gminnej", "Rozdział pierwszy", PARAGRAPH_PL)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [1, 2, 3, 4, 5, 6]
    headings = [line[0].upper() + line[1:] for line in lines]
    page = _page("Przejdź do treści", "Gmina Przystań nad Wisłą", *headings,
                 "Regulamin przystani gminnej", "Rozdział pierwszy", PARAGRAPH_PL)
    assert [r.line for r in textfix.repair(page).removed] == [1]


def test_the_title_printed_again_with_a_kicker_or_the_sites_name_goes() -> None:
    """A section's name above a title that opens with it (``Harbour`` / ``Harbour: …``) and
    the page's title with the site's name after it go; the plain title stays."""
    wide_title = "Przystań: gmina przyjmuje regulamin korzystania z nabrzeża i slipu"
    page = _page("Przystań", wide_title, PARAGRAPH_PL)
    assert textfix.repair(page).text == _page(wide_title, PARAGRAPH_PL)
    page = _page("Regulamin przystani gminnej - Gazeta Nadwiślańska", "Regulamin przystani gminnej",
                 "2024-03-02 10:15", PARAGRAPH_PL)
    result = textfix.repair(page)
    assert result.text == _page("Regulamin przystani gminnej", PARAGRAPH_PL)
    assert result.metadata.title == "Regulamin przystani gminnej"


def test_a_short_title_above_a_line_that_merely_opens_like_it_stays() -> None:
    """A short line that the paragraph repeats stays above a subtitle that merely opens like
    it; with a joiner after it (``Przystań: …``) it is the subtitle's kicker and goes."""
    body = "Przystań nad rzeką jest otwarta od świtu do zmroku. " + PARAGRAPH_PL
    subtitle = "Przystań zimą wygląda zupełnie inaczej niż latem nad rzeką"
    page = _page("Przystań", subtitle, body)
    assert textfix.repair(page).text == page
    kicked = _page("Przystań", "Przystań: zimą wygląda zupełnie inaczej niż latem nad rzeką", body)
    assert textfix.repair(kicked).text == _page(
        "Przystań: zimą wygląda zupełnie inaczej niż latem nad rzeką", body)


# --- a short name above the title: a site's or a section's name goes even when the body names
# it further down; a short line the first paragraph repeats is a short title and stays.

FIRST = ("The ferry between the two harbours will run every hour again from Monday, after the "
         "repairs to the eastern landing stage were finished a week earlier than planned.")
LATER = ("Readers of the Tidewater Post asked for the timetable, and the Tidewater Post will "
         "print it in full on Saturday.")


@pytest.mark.parametrize("heading", [
    "Ferry returns to the eastern landing",         # a title-like line
    "Skipper: “We are back on the water”",          # a headline ending with a quote
])
def test_a_site_name_above_the_title_goes_though_the_body_names_it_later(heading: str) -> None:
    page = _page("Tidewater Post", "", heading, "", FIRST, "", LATER)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [1]
    assert result.text == _page(heading, "", FIRST, "", LATER)


def test_a_short_title_that_the_first_paragraph_repeats_stays() -> None:
    page = _page("Ferry", "", "Skipper: “We are back on the water”", "", FIRST, "", LATER)
    assert textfix.repair(page).text == page


def test_a_short_heading_above_its_paragraph_stays() -> None:
    # the body's first line ends a sentence: the short line above it is the text's title
    page = _page("Harbours", "", FIRST)
    assert textfix.repair(page).text == page


def test_a_hard_wrapped_paragraph_is_no_heading_and_its_lines_are_its_first_paragraph() -> None:
    wrapped = ("The ferry between the Tidewater harbours runs every hour again,\n"
               "after the repairs to the landing stage were finished early.\n")
    assert not S._heading(wrapped)
    assert S._heading("Ferry returns\n\n" + FIRST)
    assert S._heading("Skipper: “We are back”\n\n" + FIRST)
    assert not S._heading("Skipper: “We are back.”\n\n" + FIRST)
    # the label's word stands in the paragraph's first, title-like line: a short title
    page = "Tidewater\n\n" + wrapped
    assert textfix.repair(page).text == page


# --- another article appended below the page's own (infinite scroll): its headline printed in a
# teaser, then its date line and source, then again as its heading.

OWN = ("The council approved the new timetable for the river ferry on Tuesday evening, and "
       "the first boats will follow it from the start of next month.")
NEXT_HEADLINE = "Lighthouse keeper retires after forty years"
NEXT_LEAD = "The last keeper of the northern light hands over the keys this week"
NEXT_TEXT = ("She climbed the hundred and twelve steps every evening, in storms and in calm "
             "weather, and kept a logbook that now fills eleven shelves.")


def test_an_appended_article_goes_from_its_teaser_down() -> None:
    page = _page("Ferry timetable approved", "", OWN, "", NEXT_HEADLINE, "", NEXT_LEAD, "",
                 "2024-05-02 10:15", "Coast Agency", NEXT_HEADLINE, NEXT_TEXT, "", NEXT_TEXT)
    result = textfix.repair(page)
    assert result.text == _page("Ferry timetable approved", "", OWN)
    assert {r.code for r in result.removed} == {Code.RELATED_LINKS}
    assert result.metadata.published is None  # the other story's date is not the page's


def test_a_headline_printed_twice_without_a_date_between_stays() -> None:
    page = _page("Ferry timetable approved", "", OWN, "", NEXT_HEADLINE, "", NEXT_LEAD, "",
                 NEXT_HEADLINE, NEXT_TEXT)
    assert textfix.repair(page).text == page


def test_repeated_reply_subjects_of_a_thread_stay() -> None:
    subject = "Re: ferry timetable for the summer months"
    page = _page("Ferry timetable for the summer months", "", OWN, "", subject,
                 "Posted on May 2, 2024 by Ann Lee", NEXT_TEXT, "", subject,
                 "Posted on May 3, 2024 by Bo Park", NEXT_TEXT)
    assert textfix.repair(page).text == page


def test_the_title_printed_twice_above_the_body_is_no_appended_article() -> None:
    page = _page("Ferry timetable approved", "2024-05-02 10:15", "Ferry timetable approved",
                 OWN, "", OWN)
    result = textfix.repair(page)
    assert OWN in result.text and result.text.count(OWN) == 2


# --- a columnist's byline above the text: a given name and a surname in capitals; below the
# text the same line is a signature and stays.

COLUMN = ("Every winter the harbour freezes for a week or two, and every winter someone walks "
          "across it to the island and back, against the advice of the coastguard.")


@pytest.mark.parametrize("name", ["Marta KOWALSKA", "Ayşe YILMAZ", "Jean-Luc DUPONT"])
def test_a_byline_name_above_the_text_goes(name: str) -> None:
    result = textfix.repair(_page(name, COLUMN, "", COLUMN))
    assert [r.line for r in result.removed] == [1]


@pytest.mark.parametrize("line", ["Marta Kowalska", "Harbour NEWS today", "MARTA KOWALSKA",
                                  "Marta", "the KOWALSKI"])
def test_other_short_lines_are_no_byline_name(line: str) -> None:
    assert not S._NAME_BYLINE.match(line)


def test_a_signature_below_the_text_stays() -> None:
    page = _page("Winter on the ice", "", COLUMN, "", COLUMN, "", "Marta KOWALSKA")
    assert textfix.repair(page).text == page


def test_a_list_of_other_articles_above_the_chrome_goes() -> None:
    """An archive's index of headlines (one of them the article's own) above a menu, then a
    section link, the title and the text: the index goes with the menu below it; the same
    headlines stay where no chrome follows them (a title block, a text's own contents)."""
    index = ["Przystań zimą zamknięta dla łodzi", "Nowy slip przy nabrzeżu",
             "Regulamin przystani gminnej", "Wybory do rady sołeckiej"]
    page = _page("Aktualności (archiwum 2023)", *index, "Archiwum 2024 | Archiwum 2023 | Archiwum 2022",
                 "Regulamin przystani gminnej", PARAGRAPH_PL)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [1, 2, 3, 4, 5, 6]
    assert result.text == _page("Regulamin przystani gminnej", PARAGRAPH_PL)
    contents = _page(*index, "Regulamin przystani gminnej", PARAGRAPH_PL)
    assert textfix.repair(contents).text == contents


def test_rows_of_symbols_are_no_list_of_links() -> None:
    """Headings and rows of symbols above a line that looks like a menu are a note's own
    content: only lines made of words make a list of links."""
    note = _page("## Relations", "  ≠ ≤ ≥ ≈", "  ∃ ∀ ∈ ∉", "Absolute: y = |x|", "Factorial: x = n!",
                 "", "Each relation above takes two operands, and the checker prints its value.")
    assert textfix.repair(note).text == note


BIO = ("• Retired teacher Parish councillor 1990-2004 Editor of the village bulletin 2004-2012 "
       "Choir member since 1985 and keeper of the orchard records")


def test_a_profile_among_a_sidebars_links_is_no_paragraph() -> None:
    """A blog's head: its name printed three times, the author's profile as a wide bulleted
    entry (phrases, no sentence) above the sidebar's short links, the post's date: the
    profile is one of the list's entries, not the first paragraph, and goes with the head."""
    page = _page("Skip to content", "Notes from the valley", "Notes from the valley",
                 "Notes from the valley", BIO, "• Home", "• Archive", "12 May 2024",
                 "The river path reopens", PARAGRAPH_EN)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [1, 2, 3, 4, 5, 6, 7, 8]
    assert result.text == _page("The river path reopens", PARAGRAPH_EN)


def test_a_bulleted_list_opening_the_text_stays() -> None:
    """A wide bulleted line above short ones with no chrome around them, or one that holds
    sentences, is the text's own list."""
    assert S.list_entry(BIO, "• Home")
    assert not S.list_entry("• Bells rang. Lamps were lit along the path.", "• Home")
    assert not S.list_entry(BIO, "- Home")  # another list's item
    text = _page("The river path reopens", BIO, "• Bells", "• Lamps", PARAGRAPH_EN)
    assert textfix.repair(text).text == text


def test_a_ticker_printing_a_headline_twice_above_the_text_goes() -> None:
    """A news ticker prints another story's headline twice on one line (so that it scrolls
    without a gap): above the article it goes; a short doubled phrase is no ticker."""
    ticker = "Ferry fares rise in June for the first time! Ferry fares rise in June for the first time!"
    result = textfix.repair(_page(ticker, PARAGRAPH_EN, "", PARAGRAPH_EN))
    assert [r.line for r in result.removed] == [1]
    assert S.mark("Bravo bravo") != "S" and S.classify(0, "Ha ha", 0, False).cls != "S"
    text = _page("Encore encore", PARAGRAPH_EN)
    assert textfix.repair(text).text == text


PROMPT = "Our stories are free to read. Sign up for our daily newsletter to get them in your inbox."
PARAGRAPH_EN2 = ("The council said the lamps along the mill stretch would be replaced in the autumn, "
                 "once the new cables are laid under the path.")


def test_a_prompt_printed_again_and_cut_at_the_end_goes() -> None:
    """A prompt printed between a page's items and again at its foot, where the excerpt cuts
    it after its first word: the cut copy goes; the same short line stays when no chrome line
    of the page opens with it, or when it is not the text's last line."""
    page = "\n".join(["River path reopens", PARAGRAPH_EN, "", PROMPT, "", "Lamps to follow",
                      PARAGRAPH_EN2, "", "Our "])
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [9]
    assert result.text.rstrip().endswith("under the path.")
    plain = "\n".join(["River path reopens", PARAGRAPH_EN, "", "Lamps to follow", PARAGRAPH_EN2,
                       "", "Our "])
    assert textfix.repair(plain).text == plain
    inside = _page("River path reopens", PARAGRAPH_EN, PROMPT, "Our", PARAGRAPH_EN2)
    assert textfix.repair(inside).text == inside


def test_meta_lines_below_a_subtitle_go_and_the_subtitle_stays() -> None:
    """Below a title and its subtitle, the date line, the keywords line and a journal's name
    between them go; the subtitle stays. A title-like line between meta lines that the text
    repeats stays too."""
    page = _page("河湾村荒坡种下三千棵果树", "——三个村的实地走访", "2024-01-10 11:30 张三",
                 "乡村发展研究 2023年6期", "关键词:果树 荒坡", "", PARAGRAPH_ZH)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [3, 4, 5]
    assert result.text.startswith("河湾村荒坡种下三千棵果树\n——三个村的实地走访\n")
    echoed = _page("河湾村荒坡种下三千棵果树", "——三个村的实地走访", "2024-01-10 11:30 张三",
                   "村民种下三千多棵果树", "关键词:果树 荒坡", "", PARAGRAPH_ZH)
    assert [r.line for r in textfix.repair(echoed).removed] == [3, 5]


def test_a_lost_icon_opening_the_page_goes_a_question_mark_below_a_line_stays() -> None:
    """A character lost in copying alone on the page's first line is an icon's glyph and goes
    with the head; a question mark alone under a line of the text is that line's end."""
    title = "Why does the river path close in winter"
    result = textfix.repair(_page("?", "", title, "", PARAGRAPH_EN))
    assert result.text == _page(title, "", PARAGRAPH_EN)
    asked = _page(title, "?", PARAGRAPH_EN)
    assert textfix.repair(asked).text == asked


def test_the_foot_of_a_text_printed_twice_goes_with_both_copies_kept() -> None:
    """A photo page's template prints the caption text twice, each copy with its credits and
    buttons below it: the first copy's foot goes like the page's tail, both copies stay."""
    page = _page(PARAGRAPH_ZH, "新华社记者 李明 摄", "【纠错】", "【责任编辑:王芳】", "", PARAGRAPH_ZH,
                 "新华社记者 李明 摄")
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [2, 3, 4, 7]
    assert result.text == _page(PARAGRAPH_ZH, PARAGRAPH_ZH)
    once = _page(PARAGRAPH_ZH, "新华社记者 李明 摄", "【纠错】", "【责任编辑:王芳】", "", PARAGRAPH_EN,
                 "新华社记者 李明 摄")
    # without the second copy the credits between the paragraphs are an inner block (a credit
    # is a widget: segment.inner_blocks), found without the printed-twice search
    result = textfix.repair(once)
    assert [r.line for r in result.removed] == [2, 3, 4, 7]
    assert [f.evidence for f in result.findings if f.line in (2, 3, 4)] == ["inner block"] * 3


def test_counters_next_to_rule_hits_below_the_title_go_a_bulleted_list_stays() -> None:
    """Below a document's title, a row of buttons and page counters next to the page
    thumbnails that a rule knows go with them; a bulleted list below the subtitle, with no
    rule hit next to it, is the text's own."""
    page = _page("河湾村年度报告.docx", "上传人:张三 上传时间:2024-01-25", "下载 相关 举报",
                 "河湾村年度报告.docx_第1页", "第1页 / 共3页", "河湾村年度报告.docx_第2页", "第2页 / 共3页",
                 "", PARAGRAPH_ZH)
    result = textfix.repair(page)
    # the uploader's line is a rule hit too (the upload meta family)
    assert [r.line for r in result.removed] == [2, 3, 4, 5, 6, 7]
    listed = _page("河湾村荒坡种下三千棵果树", "发布时间：2024-04-02", "——三个村的实地走访", "• 果树三千棵",
                   "• 农技员两名", "", PARAGRAPH_ZH)
    assert [r.line for r in textfix.repair(listed).removed] == [2]


def test_a_sites_slogan_above_its_menu_bar_goes() -> None:
    """A blog's slogan at the top, its menu bar, its counters, the post's date and source, the
    title: the slogan goes with the menu (a menu bar parts it from the date below); a title
    right above its date line stays."""
    page = _page("潜心读书 健身强体", "首页 :: 新随笔 :: 联系 :: 管理 ::", "14 随笔 :: 0 文章 :: 8 评论",
                 "2024年5月2日 #", "转自:http://example.org/rivers/2024/05/02.html", "一:要说的事",
                 PARAGRAPH_ZH)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [1, 2, 3, 4, 5]
    assert result.text == _page("一:要说的事", PARAGRAPH_ZH)
    dated = _page("The river path reopens", "------", "2024年5月2日 #", "Home :: Archive :: Contact",
                  "Share", PARAGRAPH_EN)
    assert textfix.repair(dated).text.startswith("The river path reopens\n")


def test_a_widget_between_paragraphs_goes_as_an_inner_block() -> None:
    """A row of buttons, a read-more link with the next teaser's date, a photo credit: a short
    stretch of rule hits and marks between two paragraphs that holds a prompt or a credit goes,
    with the short label it encloses; the paragraphs around it stay."""
    share = _page(PARAGRAPH_EN, "", "Share this story", "Print", "", PARAGRAPH_EN2)
    result = textfix.repair(share)
    assert result.text == _page(PARAGRAPH_EN, "", PARAGRAPH_EN2)
    assert {f.evidence for f in result.findings} == {"inner block"}
    teaser = _page(PARAGRAPH_EN, "Continue reading", "June", "14", PARAGRAPH_EN2)
    assert textfix.repair(teaser).text == _page(PARAGRAPH_EN, PARAGRAPH_EN2)
    zh = _page(PARAGRAPH_ZH, "", "分享到微信", "", "阅读全文", "", PARAGRAPH_ZH)
    assert textfix.repair(zh).text == _page(PARAGRAPH_ZH, "", PARAGRAPH_ZH)


def test_the_texts_own_short_lines_between_paragraphs_stay() -> None:
    """Between paragraphs, rule hits without a prompt or a credit (a section name a rule
    mistakes for a menu's label), a subheading beside a prompt, labels at a stretch's end (a
    signature), a credit-shaped line alone (a citation), a long line however prompt-like, and a
    stretch longer than a widget's stay; two credits together go."""
    for middle, gone in ((["Print"], []),                       # a hit, no widget
                         (["Continue reading", "Where the path goes next"], [2]),  # subheading
                         (["Continue reading", "Anna"], [2]),    # the label at the end stays
                         (["Text: John 3:16"], []),              # a lone credit-shaped line
                         (["Photo: Anna Berg", "Editing by Tom Lee"], [2, 3]),  # a credit block
                         (["Follow us on Twitter for more news from the valley and beyond, "
                           "every day of the week"], []),        # prose-shaped: never a block
                         (["Share this story"] * 5, [])):        # longer than a row of buttons
        page = _page(PARAGRAPH_EN, *middle, PARAGRAPH_EN2)
        assert [r.line for r in textfix.repair(page).removed] == gone, middle
    kept = _page(PARAGRAPH_EN, "Where the path goes next", PARAGRAPH_EN2)
    assert textfix.repair(kept).text == kept


LEAD_1 = ("The ferry company said on Tuesday that a single crossing would cost a little more from "
          "June, the first rise in four years, to pay for the new landing.")
LEAD_2 = ("Workers began fitting the new lamps along the mill stretch this week; the council "
          "expects the last of them to be lit before the evenings draw in.")
LEAD_3 = ("The footbridge by the old weir will close for eight weeks while its deck is replaced, "
          "and a signed detour will take walkers over the road bridge.")


def test_the_rows_of_a_list_of_articles_go() -> None:
    """A list of other articles: each headline with its author (and a column's name) and its
    date on rows of their own, then its lead. The rows repeat under every headline, so they are
    the list's: they go (also below the last lead), the headlines and the leads stay."""
    page = _page(PARAGRAPH_EN, "", "Ferry fares to rise in June", "Anna Berg", "9-3-2021", LEAD_1,
                 "Lamps return to the mill stretch", "Harbour Desk", "Tom Lee", "8-3-2021", LEAD_2,
                 "Footbridge closes for repairs", "Mia Stone", "7-3-2021", LEAD_3,
                 "Tide tables for the spring", "Ola Nord", "6-3-2021")
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [4, 5, 8, 9, 10, 13, 14, 17, 18]
    assert {r.code for r in result.removed} == {Code.RELATED_LINKS}
    assert result.metadata.author is None and result.metadata.published is None
    assert result.text == _page(PARAGRAPH_EN, "", "Ferry fares to rise in June", LEAD_1,
                                "Lamps return to the mill stretch", LEAD_2,
                                "Footbridge closes for repairs", LEAD_3, "Tide tables for the spring")
    zh = _page(PARAGRAPH_ZH, "河湾村果树挂果了", "王小明", "2021-03-09", PARAGRAPH_ZH,
               "新农技员进村", "李红", "2021年3月8日", PARAGRAPH_ZH)
    assert [r.line for r in textfix.repair(zh).removed] == [3, 4, 7, 8]


def test_a_name_above_a_date_in_the_text_stays() -> None:
    """One name above one date is a letter's signature; a weekday above each date is a diary's
    heading, a version above each date a changelog's, a subheading in small letters is no
    byline, and an event's title under the last event's text (no headline above it) is an
    events list's: the text's own lines stay."""
    for rows in ((("Anna Berg", "9-3-2021"),),                           # a signature, once
                 (("Monday", "9-3-2021"), ("Tuesday", "10-3-2021")),     # a diary
                 (("Version 2.1", "2021-03-04"), ("Version 2.2", "2021-04-01")),  # a changelog
                 (("On the water", "9-3-2021"), ("By the weir", "10-3-2021")),
                 (("Spring Fair", "12-4-2024"), ("Summer Concert", "2-7-2024"))):  # events
        page = _page(PARAGRAPH_EN, *rows[0], LEAD_1, *(rows[1] if len(rows) > 1 else ()), LEAD_2)
        assert textfix.repair(page).text == page, rows


def test_an_advertisements_label_between_paragraphs_goes() -> None:
    """An advertisement's label (with the date of the next item below it) or an image's
    placeholder between two paragraphs is no text's own: it goes as an inner block. A line that
    only speaks of advertising stays."""
    for middle, gone in ((["Publicité", "28 mai 2014"], [2, 3]), (["Anzeige"], [2]),
                         (["广告"], [2]), (["사용자 삽입 이미지"], [2]),
                         (["Advertising and the press"], []), (["None"], [])):
        page = _page(PARAGRAPH_EN, *middle, PARAGRAPH_EN2)
        assert [r.line for r in textfix.repair(page).removed] == gone, middle


def test_a_table_printed_in_two_layouts_goes() -> None:
    """A site's attribute table of a document, printed wide (two fields a row) and narrow (one
    a line) between the document's title and its text: both copies go, the document stays. The
    same table printed once is the text's own and stays, and so do fields one a line that merely
    repeat a line of the text above them."""
    wide = ["Number: 17/RB Kind: By-law", "Issued by: Harbour Board Signed: Ann Holt",
            "In force: Yes"]
    narrow = ["Number: 17/RB", "Kind: By-law", "Issued by: Harbour Board", "Signed: Ann Holt",
              "In force: Yes"]
    page = _page(PARAGRAPH_EN, "", *wide, *narrow, "", PARAGRAPH_EN2)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == list(range(3, 11))
    assert result.text == _page(PARAGRAPH_EN, "", PARAGRAPH_EN2)
    zh = _page(PARAGRAPH_ZH, "索引号: 0042/2024-01 分类: 农业", "发布机构: 河湾村 文号:", "索引号: 0042/2024-01",
               "分类: 农业", "发布机构: 河湾村", "文号:", PARAGRAPH_ZH)
    assert [r.line for r in textfix.repair(zh).removed] == [2, 3, 4, 5, 6, 7]
    for kept in (narrow, wide, ["Berths: 40 Moorings: 12", "Berths: 40", "Moorings: 12"]):
        page = _page(PARAGRAPH_EN, "", *kept, "", PARAGRAPH_EN2)
        assert textfix.repair(page).text == page, kept


def test_a_dates_label_left_open_between_paragraphs_goes() -> None:
    """A date's label whose date the page did not render (``Publié le``, ``Published on``) is a
    widget wherever it stands; the bare word (a list's heading, ``Published``) is not, nor is a
    sentence about publishing."""
    for middle, gone in ((["Publié le"], [2]), (["Published on"], [2]),
                         (["Veröffentlicht am:"], [2]), (["Published"], []),
                         (["Published on the first of the month"], [])):
        page = _page(PARAGRAPH_EN, *middle, PARAGRAPH_EN2)
        assert [r.line for r in textfix.repair(page).removed] == gone, middle
    dated = _page("河湾村的春天", "登録日:2019年2月21日", PARAGRAPH_ZH)
    assert [r.line for r in textfix.repair(dated).removed] == [2]


def test_a_related_list_between_paragraphs_goes() -> None:
    """A related-links header between two paragraphs, with the headlines it announces (and
    their dates): the header and its list go, the paragraphs stay. With one title-like line
    below it (the text's next subheading), or above a list of short items (a packing list under
    'Recommended'), the header stays too; a 'See also' of the text's own is no rule's header and
    stays."""
    page = _page(PARAGRAPH_EN, "", "Related articles", "Ferry fares to rise in June",
                 "Bridge works start in May", "2 May 2024", "Tide tables for the spring", "",
                 PARAGRAPH_EN2)
    result = textfix.repair(page)
    assert result.text == _page(PARAGRAPH_EN, "", PARAGRAPH_EN2)
    assert {r.code for r in result.removed} == {Code.RELATED_LINKS}
    assert result.metadata.published is None  # the listed article's date is not the page's
    zh = _page(PARAGRAPH_ZH, "相关阅读", "河湾村果树挂果了", "新农技员进村", PARAGRAPH_ZH)
    assert [r.line for r in textfix.repair(zh).removed] == [2, 3, 4]
    for kept in (["Related articles", "Where the path goes next"],
                 ["Recommended", "- Tent", "- Stove", "- Map of the valley"]):
        page = _page(PARAGRAPH_EN, *kept, PARAGRAPH_EN2)
        assert textfix.repair(page).text == page, kept
    see = _page(PARAGRAPH_EN, "See also", "Ferry fares to rise in June",
                "Bridge works start in May", PARAGRAPH_EN2)
    assert textfix.repair(see).text == see


def test_the_meta_line_under_a_headline_shaped_like_prose_goes() -> None:
    """A headline that asks (or is long) is shaped like prose and opens the body; the date and
    byline line under it goes as under any title, its standfirst stays. Under a paragraph that
    ends with a full stop, the same line is the text's and stays."""
    headline = "Who will pay for the new ferry landing on the east bank?"
    meta = "Harbour Desk 14:09, 31.12.2025 Updated: 14:10, 31.12.2025"
    page = _page(headline, "", meta, "", "The council has three answers", "", PARAGRAPH_EN)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [3]
    assert result.text == _page(headline, "", "The council has three answers", "", PARAGRAPH_EN)
    opening = _page(PARAGRAPH_EN, "", meta, "", PARAGRAPH_EN2)
    assert textfix.repair(opening).text == opening


@pytest.mark.parametrize("text", [
    # a story opening with a scene break, with or without a heading around it
    _page("* * *", "", PARAGRAPH_EN, "", PARAGRAPH_EN),
    _page("***", "", "The Lantern", "", PARAGRAPH_EN),
    _page("The Lantern", "", "* * *", "", PARAGRAPH_EN),
    _page("Chapter 4", "***", PARAGRAPH_EN, "", "***", "", PARAGRAPH_EN),
    _page("＊＊＊", "", PARAGRAPH_ZH),
    _page("——", "果园", PARAGRAPH_ZH),
    _page("#", "", PARAGRAPH_EN),
    # a poem under a Markdown rule (its title the verse repeats)
    _page("---", "", "Low Tide", "", "At low tide the water slips away",
          "and leaves the crabs to rule the stones,", "the gulls to argue over bones."),
    _page("---", "", "At low tide the water slips away",
          "and leaves the crabs to rule the stones,", "the gulls to argue over bones."),
    _page("· · ·", "Morning", "", PARAGRAPH_EN),
    _page("---", "---", "The Lantern", PARAGRAPH_EN),
])
def test_a_rule_at_the_top_of_a_clean_text_stays(text: str) -> None:
    result = textfix.repair(text)
    assert result.text == text
    assert result.removed == ()


def test_a_rule_beside_the_heads_chrome_goes_with_it() -> None:
    page = _page("Home | Harbour | Ferries | Contact", "-----", "Skip to content", "* * *",
                 "The ferry returns to the landing", "", PARAGRAPH_EN)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [1, 2, 3, 4]
    assert result.text.startswith("The ferry returns to the landing\n")
    # a lone bar or hyphen is a menu's separator, not a rule: at the top it goes as before
    result = textfix.repair(_page("|", "河湾村荒坡种下三千棵果树", "发布时间：2024-04-02", PARAGRAPH_ZH))
    assert [r.line for r in result.removed] == [1, 3]


def test_meta_between_the_title_and_the_first_paragraph_goes_the_texts_own_lines_stay() -> None:
    """Under a title: a topic line, a document's counters (a label printed twice by its icon's
    text, an empty one), an uploader's line and a byline in small letters go; a subtitle, an
    abstract's label and a short line that merely opens with ``by`` stay."""
    topics = _page("河湾村果树调查报告", "", "浏览：1204 更新时间：2024-04-02", "", "进入专题：果树 乡村振兴",
                   "", PARAGRAPH_ZH)
    assert [r.line for r in textfix.repair(topics).removed] == [3, 5]
    counters = _page("河湾村果树调查报告", "——三个村的实地走访", "相关次数：", "• 被引用被引用：2",
                     "• 点阅点阅：530", "• 下载下载：0", "摘要", PARAGRAPH_ZH)
    result = textfix.repair(counters)
    assert [r.line for r in result.removed] == [3, 4, 5, 6]
    assert result.text == _page("河湾村果树调查报告", "——三个村的实地走访", "摘要", PARAGRAPH_ZH)
    uploaded = _page("Harbour bylaws 2024.pdf", "Uploaded by: quay_archive", "", PARAGRAPH_EN)
    assert [r.line for r in textfix.repair(uploaded).removed] == [2]
    byline = _page("The ferry returns", "", "by Rosalind Perrault", "March 3, 2024", "", PARAGRAPH_EN)
    assert [r.line for r in textfix.repair(byline).removed] == [3, 4]
    for own in (_page("The ferry returns", "", "by the old mill", "", PARAGRAPH_EN),
                _page("河湾村果树调查报告", "我的收藏：一本旧书", PARAGRAPH_ZH)):
        assert textfix.repair(own).text == own


def test_a_forum_posters_join_date_under_the_threads_title_goes() -> None:
    """A forum thread: the poster's join date (its label on a line of its own, the date on the
    next) between the thread's title and the post goes; the post stays."""
    page = _page("Topic: mending the old ferry ropes", "", "Join Date", "03 2011", "Posts: 412", "",
                 PARAGRAPH_EN)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [3, 4, 5]
    assert result.text.endswith(PARAGRAPH_EN + "\n")
    own = _page("Harbour diary", "", "Joined the rowing club in 2011 after the flood.", "", PARAGRAPH_EN)
    assert textfix.repair(own).text == own


def test_a_document_sharing_sites_tabs_and_notice_under_the_title_go() -> None:
    """A shared document's page: the site's tabs and its notice about the shared file go; the
    document's own text stays."""
    page = _page("河湾村年度报告.docx", "", "下载资源", "资源描述", "",
                 "《河湾村年度报告.docx》由会员分享，可在线阅读，更多相关《河湾村年度报告.docx（12页）》请在本站搜索。",
                 "", PARAGRAPH_ZH)
    result = textfix.repair(page)
    assert [r.line for r in result.removed] == [3, 4, 6]
    assert result.text.endswith(PARAGRAPH_ZH + "\n")


# --- known precision bug (left open): a short heading above a text whose opening lines are
# short (verse, a hard-wrapped first sentence) is taken for a section's name above a title.
# The opening lines run on into the first prose line, so they are the first paragraph, not a
# title; the head block still weighs them as title-like lines. Strict: a fix turns these green.

@pytest.mark.xfail(strict=True, reason="short heading above short opening lines is removed")
@pytest.mark.parametrize("text", [
    "Low Tide\n\nThe water slips away from stones,\nthe gulls walk out on shining sand,\n"
    "and every shell the sea once owned\nlies open in the evening light.\n",
    "Chapter One\n\nThe train was late again.\nNobody on the platform seemed to mind.\n",
])
def test_a_short_heading_above_short_opening_lines_stays(text: str) -> None:
    assert textfix.repair(text).text == text
