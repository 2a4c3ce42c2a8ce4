"""Block segmentation of a page's head and tail: where the article starts and ends, and which
lines around it are chrome.

The rules (:mod:`.boilerplate_rules`) know chrome by its words; most chrome on real pages is
site-specific (a site's name, its menu one link label a line, a count under a widget) and no
rule can know it. What it has in common is its *form* and its *place*: it is short, it sits
above the article's title or below its last paragraph, and it comes in blocks with chrome the
rules do know. This module weighs that evidence together, line by line and block by block:

- every content line gets a class: ``K`` (a rule or the batch's template lines know it),
  ``P`` (prose: a long line, or a sentence-ending line of some length, or one of a hard-wrapped
  paragraph's lines), ``S`` (strong chrome marks: only punctuation, a bare number, a counter such
  as ``全部博文(25)`` or ``第1页 / 共28页``, a menu of short labels joined by ``|`` ``·`` ``>``
  ``::`` or, in scripts written without spaces, by spaces, a bullet before a short label),
  ``W`` (a short link label, no longer than :data:`LABEL_MAX` columns) or ``T`` (title-like:
  anything else);
- the body starts at the first prose line and ends at the last (a page without prose is not
  segmented: only rule hits are removed there);
- the head: walking up from the first prose line through the *article head* (title-like lines
  and meta lines such as a date or a byline, at most :data:`TITLE_STACK` title-like lines), the
  topmost title-like line is the title. When the line above it is chrome (a rule hit or a
  chrome mark), it and everything above it is the page's head chrome. Below the title, rule
  hits and marked runs go, title-like lines (subtitles, standfirsts, datelines) stay, unless
  two rule hits enclose one the body does not echo (a journal's name between meta lines). Without a
  title, rule hits and strongly marked lines go, and a short label only in a run of marked
  lines (a one-link-a-line menu): a lone short line may be the article's short title;
- the tail: below the last prose line, the first chrome line (a rule hit or a strong mark)
  starts the tail block and everything below it goes with it; the short lines between the last
  paragraph and that block (a signature, a closing line) stay;
- inside the body: between two prose lines, a short stretch of rule hits and marks that holds
  a widget (a share or subscribe prompt, a read-more link, an ad's label; a credit beside
  another hit) is an inner block and goes (:func:`inner_blocks`); so do the rows of a list of
  articles (a byline and a date under each headline, repeated: :func:`byline_rows`), a
  related-links header with the headlines it announces (:func:`related_lists`), a site's
  table printed in two layouts (:func:`two_layouts`), and the meta lines under a headline that
  opens the body shaped like prose (:func:`heading_meta`). The text's own short lines there
  (subheadings, captions, a list, a table printed once, a signature) stay.

Both blocks are also decided as one optimal split (:func:`head_split`, :func:`tail_split`):
every line weighs its evidence (:data:`EVIDENCE`), and the prefix of the head above the title
block (or the suffix of the tail) with the most evidence goes, so unknown lines between and
below known chrome go with it while title-like lines with no chrome below them stay. A title
printed twice, and a title right above its date line, are barriers no head block crosses.

A short label right above a heading (a title-like line, or a body that opens with a headline
standing alone) is the title's site or section name unless the body's first paragraph repeats
its words (:func:`head_block`). Below the body, another article that a page appended (infinite
scroll: the next story's headline in a teaser, its date line, the headline again, its text)
goes from its teaser down (:func:`appended`).

Prose lines are never chrome, so the only paragraph of a page is never removed. Widths are in
columns (a CJK character counts two), so one threshold serves every script.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..charclass import CharClass, lazy
from ..lines import width

#: A link label: a menu item, a section name, a site name of a word or two (在线地图, FAQ,
#: Opinion, 본문 바로가기). Titles of real articles are longer: on the real-text corpus 1 of
#: 134 page titles is this short.
LABEL_MAX = 14
#: The share of a title-like line's words (or character pairs) that the body's first
#: paragraphs must repeat for it to be taken for the title over title-like lines above it.
TITLE_ECHO = 0.5
#: How many title-like lines the head may hold when the first paragraph is taken for a wide
#: title (more are the text's own contents: a table of contents, a list of articles).
TITLE_STACK = 2
#: A bulleted line this short is a menu item (``• Mitología de Grecia``), not a list's point.
BULLET_MAX = 40
#: A line this wide that a line as wide follows (a hard-wrapped paragraph) is prose.
PROSE_MIN = 60
#: A line this wide that ends like a sentence is prose (15 CJK characters, five or six words).
SENTENCE_MIN = 30
#: A line this wide is prose however it ends (no menu, counter or notice line is).
PROSE_LONG = 120
#: The share of a tail block's lines that must be known or marked chrome for its unknown
#: lines to go with it (a feed's markup below a dated line is not a footer).
TAIL_SHARE = 0.5
#: How many content lines above the body's first paragraph the head block may hold.
HEAD_MAX = 160

_SENTENCE_END = "。．.！!？?…」』”\"'"
#: Menu separators: bars anywhere, the others between spaces (» and · also stand in text that
#: a code page mis-decoded, and > in code).
_SEPARATORS = re.compile(r"\s*[|｜]\s*|\s+(?:[·•»›>＞→/]|::)\s+|\s*::\s*")
#: A line of marks alone: punctuation (Unicode's P categories) and the symbols pages draw
#: separators, bullets and arrows with. Mathematical and other symbols are text (a table of
#: ``≠ ≤ ≥``), and a Markdown code fence (```` ``` ````, ``~~~``) is the text's own structure.
_SEPARATOR_SYMBOLS = frozenset("|｜=＝~～*＊+＋-_#＃·•◆◇■□▲△▼▽►◄▶◀★☆○●◎※→←↑↓»«<>＜＞/\\^`")
_FENCE = re.compile(r"^(?:`{3,}|~{3,})")
#: A Setext heading's underline (Markdown), right under its heading.
_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})\s*$")
_NUMBER = re.compile(r"^[\W_]*[\d][\d,.:/\- ]*[\W_]*$")

#: The CJK blocks the patterns below name: kana, Han (with Extension A) and Hangul syllables.
_CJK_BLOCKS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3"
_IN_CJK_BLOCKS = CharClass.parse(_CJK_BLOCKS)


class _ByBlocks:
    """A pattern that names :data:`_CJK_BLOCKS`, and its *plain* form for a text holding no
    character of them, where it matches exactly as the full one does (the blocks' parts are
    left out: a class without them, an alternative that needs one of them dropped, a pattern
    that needs one never matching). Both are compiled on first use; the plain forms compile
    in microseconds, while CPython visits every code point of the blocks to compile a class
    naming them (about 1.5 ms each, which every small clean file paid at start-up).
    ``tests/test_segment_blocks.py`` compares the two on texts without the blocks."""

    __slots__ = ("full", "plain")

    def __init__(self, full: str, plain: str) -> None:
        self.full, self.plain = lazy(full), lazy(plain)

    def __call__(self, text: str) -> re.Pattern[str]:
        """The pattern to search ``text`` with."""
        return self.full if _IN_CJK_BLOCKS.search(text) else self.plain


_COUNTER = _ByBlocks(
    r"^(?:[^\d\s(（\[]{1,6}[(（\[]\s*\d[\d,.]*\s*[)）\]]|"
    rf"[{_CJK_BLOCKS}]{{1,6}}\s*\d[\d,.]*|"
    r"\d[\d,.]*\s*[^\d\s]{1,3}|"
    # an archive's month or year with its count of posts: 2009年(4), 2010年3月(2), May 2024 (3)
    r"(?:(?:19|20)\d\d\s*[年년](?:\s*\d{1,2}\s*[月월])?|[^\W\d_]{3,9}\.?\s+(?:19|20)\d\d)"
    r"\s*[(（]\s*\d[\d,]*\s*[)）]"
    r")$|第\s*\d+\s*[页頁]\s*/\s*共\s*\d+\s*[页頁]",
    r"^(?:[^\d\s(（\[]{1,6}[(（\[]\s*\d[\d,.]*\s*[)）\]]|\d[\d,.]*\s*[^\d\s]{1,3}|"
    r"[^\W\d_]{3,9}\.?\s+(?:19|20)\d\d\s*[(（]\s*\d[\d,]*\s*[)）])$")
#: Words of three letters or more in spaced scripts, and runs of unspaced scripts.
_WORD3 = _ByBlocks(rf"[^\W\d_{_CJK_BLOCKS}]{{3,}}", r"[^\W\d_]{3,}")
_UNSPACED = _ByBlocks(rf"[{_CJK_BLOCKS}]{{2,}}", "(?!)")
#: A word of four letters or more in a spaced script (a label's word that a paragraph repeats).
_WORD = _ByBlocks(rf"[^\W\d_{_CJK_BLOCKS}]{{4,}}", r"[^\W\d_]{4,}")
#: A site's address standing alone on a line (``www.example.ru``).
_URL_ONLY = re.compile(r"^(?:https?://\S+|www\.[\w.-]+|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|"
                       r"gov|edu|ru|cn|de|fr|es|it|pt|pl|tr|vn|jp|kr|tw|hk|uk|br|ua|by|kz|eu))/?$",
                       re.IGNORECASE)
#: A field with its value (``学位类别:硕士``): a row of the text's own table, not a link.
_FIELD = re.compile(r"[:：]\s*\S")
_LIST_MARKER = re.compile(r"^\(?\d{1,3}[.)、]$")
_MD_HEADING = re.compile(r"^#{1,6}\s+\S")
_BULLET = re.compile(r"^(?:[•·▪●◦■□►▶‣*]\s*|-\s+)\S")
#: Kana and Han: scripts written without spaces.
_NO_SPACE_SCRIPT = CharClass.parse("\u3040-\u30ff\u3400-\u9fff")


@dataclass(frozen=True, slots=True)
class Line:
    """A content line: its index, stripped text, width and class (see the module docstring)."""

    index: int
    text: str
    width: int
    cls: str


def mark(s: str, w: int | None = None) -> str:
    """``S``, ``W`` or ``T`` for a stripped line no rule knows (``P`` is decided with the
    lines around it).

    >>> mark("全部博文(25)"), mark("首页 | 新闻 | 视频"), mark("FAQ"), mark("Die Macht des Geldes")
    ('S', 'S', 'W', 'T')
    """
    w = width(s) if w is None else w
    if "?" in s or "\ufffd" in s or "§" in s or _LIST_MARKER.match(s) or _MD_HEADING.match(s):
        return "T"  # lost text, a section sign, a list marker, a Markdown heading: no evidence
        # of chrome (the text's own structure)
    if _marks_only(s) or (w <= 16 and (_NUMBER.match(s) or _COUNTER(s).search(s))):
        return "S"
    if _menu(s) or _URL_ONLY.match(s):
        return "S"  # a menu, or a site's address alone
    if _BULLET.match(s) and w <= BULLET_MAX and s[-1] not in _SENTENCE_END:
        return "S"
    if (w <= LABEL_MAX and s[-1] not in _SENTENCE_END and not _FIELD.search(s)
            and any(ch.isalpha() for ch in s)):
        return "W"  # a link label names something: it holds a letter (not ``≠ ≤ ≥``)
    return "T"


def _marks_only(s: str) -> bool:
    """True when ``s`` is made of punctuation and separator symbols alone (``-----``, ``:::``,
    ``【】``), not of mathematical symbols and not a Markdown code fence.

    >>> _marks_only("------"), _marks_only(":::"), _marks_only("≠ ≤ ≥ ≈"), _marks_only("```")
    (True, True, False, False)
    """
    if _FENCE.match(s):
        return False
    return all(ch.isspace() or ch in _SEPARATOR_SYMBOLS or unicodedata.category(ch)[0] == "P"
               for ch in s)


def _menu(s: str) -> bool:
    """Short labels joined by separators (``首页 | 新闻``, ``A :: B :: C``), or, in a script
    written without spaces, three or more short items joined by spaces (``关于我们 客户服务
    在线地图``)."""
    if any(ch in s for ch in "。！？!?="):
        return False  # a sentence, or an equation (``y = |x|``): no menu's labels
    parts = [p for p in _SEPARATORS.split(s) if p.strip()]
    seps = len(_SEPARATORS.findall(s))
    if seps >= 2 or (seps == 1 and (s[0] in "|｜" or s[-1] in "|｜")):
        return all(width(p) <= 30 for p in parts)
    if _NO_SPACE_SCRIPT.search(s):
        items = s.split()
        ascii_items = sum(any(c.isascii() and c.isalnum() for c in p) for p in items)
        if len(items) >= 3 and ascii_items <= 1 and all(width(p) <= 16 for p in items) and not any(
                ch in s for ch in "，、；："):
            return True
    return False


def _ends_sentence(s: str) -> bool:
    return s[-1] in _SENTENCE_END


def classify(index: int, s: str, next_width: int, known: bool) -> Line:
    """Line ``index``, a stripped content line ``s``, with its class (``next_width``: the next content line's
    width, 0 at the end: a wide last line is a paragraph the text ends with, or was cut in; ``known``: whether a rule knows the line)."""
    w = width(s)
    if known:
        cls = "K"
    elif _ticker(s):
        cls = "S"
    elif prose(s, w, next_width):
        cls = "P"
    else:
        cls = mark(s, w)
    return Line(index, s, w, cls)


def prose(s: str, w: int, next_width: int) -> bool:
    """Whether a stripped content line ``s`` of width ``w`` is shaped like prose: long, or a
    sentence of some length, or one of a hard-wrapped paragraph's wide lines (``next_width``:
    the next content line's, 0 at the end). A news ticker's line (:func:`_ticker`) is not,
    though shaped so: :func:`classify` asks first."""
    return (w >= PROSE_LONG or (w >= SENTENCE_MIN and _ends_sentence(s))
            or (w >= PROSE_MIN and (next_width >= PROSE_MIN or next_width == 0)))


def _ticker(s: str) -> bool:
    """Whether ``s`` is one headline printed twice on one line, a space between: a news
    ticker (a marquee) repeats its items so that it scrolls without a gap; no title or
    sentence of an article's own is printed twice on its line. The headline is headline
    shaped, as wide as an appended article's (:data:`APPEND_MIN` to :data:`APPEND_MAX`).

    >>> _ticker("Ferry fares rise in June! Ferry fares rise in June!"), _ticker("Ha ha")
    (True, False)
    """
    # the two copies are as long, so the space between them holds the line's middle
    mid = len(s) // 2
    if not s[mid:mid + 1].isspace():
        return False
    left, right = s[:mid].rstrip(), s[mid:].lstrip()
    return left == right and APPEND_MIN <= width(left) <= APPEND_MAX


#: A sentence's end anywhere in a line: a full stop, a question or an exclamation mark before
#: a space or at the end, or an ideographic one anywhere.
_ANY_SENTENCE = re.compile(r"[。！？]|[.!?](?:\s|$)")


def list_entry(s: str, after: str) -> bool:
    """Whether a wide line ``s`` is an entry of a list of links rather than a paragraph: it
    opens with a bullet, holds no sentence (a profile's or a tag cloud's run of phrases), and
    the next content line ``after`` is a short item of the same list (the same bullet, no wider
    than :data:`BULLET_MAX`). A list's items are alike: a sidebar's author profile stands
    among the sidebar's links, where a body's list runs on in sentences.

    >>> list_entry("• Retired teacher Editor of the village bulletin 1990-2004 Choir", "• Home")
    True
    >>> list_entry("• The ferry runs hourly. It stops at the landing.", "• Home")
    False
    """
    m = _BULLET.match(s)
    if m is None or _ANY_SENTENCE.search(s):
        return False
    bullet = s[0]
    return after.startswith(bullet) and bool(_BULLET.match(after)) and width(after) <= BULLET_MAX


#: How many lost characters (``?``, U+FFFD) alone on a page's first line are an icon's glyph.
LOST_ICON = 2


def head_block(above: list[Line], meta: Callable[[int], bool], body: str = "",
               start: int | None = None) -> tuple[set[int], int | None]:
    """The head block's chrome among ``above``, the classified content lines above the body's
    first prose line (in page order); ``meta`` says whether a known line is a meta line (date,
    byline, source) that may sit between the title and the body. Returns the chrome lines'
    indices and the title's index (None when the head holds no title-like line).

    A short label whose words the body's opening repeats may be a short title and is read as
    title-like. Right above a heading (a title-like line, or the body's first line when that
    is a heading: :func:`_heading`), only the body's first paragraph counts: there a site's or
    a section's name that the rest of the body names is above the title (``start``, the body's
    first line, joins the title-like lines running on into it to that paragraph)."""
    above = [Line(line.index, line.text, line.width, "S")
             if line.cls in "WT" and _NAME_BYLINE.match(line.text) else line for line in above]
    # a rule or a scene break weighs nothing: it goes with the chrome it stands beside
    page = above
    above = [line for line in above if not _rule(line.text)]
    heading = _heading(body)
    # the first paragraph, with the title-like lines running on into it (a hard-wrapped
    # paragraph's first lines; ``start``: the body's first line)
    run: list[str] = []
    for line in reversed(above):
        if start is None or line.index != start - 1 or line.cls != "T":
            break
        run.insert(0, line.text)
        start = line.index
    paragraph = "\n".join([*run, _first_paragraph(body, heading)])
    above = [Line(line.index, line.text, line.width, "T") if line.cls == "W" and _recurs(
                line.text, paragraph if _above_heading(
                    above[k + 1] if k + 1 < len(above) else None, heading) else body)
             else line for k, line in enumerate(above)]
    above = _link_lists(above)
    if above and len(above[0].text) <= LOST_ICON and all(ch in "?\ufffd" for ch in above[0].text):
        # the page's first line, a character or two lost in copying: an icon's glyph (a logo's,
        # a menu button's), which the head's chrome opens with
        above[0] = Line(above[0].index, above[0].text, above[0].width, "S")
    words = _tokens(body)
    first = body.split("\n", 1)[0].strip() or "."
    echo = lambda s: _echo(s, words)  # noqa: E731
    out, title = _head(above, len(above), meta, echo, first, heading)
    split = head_split(above, echo, meta)
    if title is not None and title in split:
        # the topmost title-like line was chrome amid chrome: the title is below the block
        title = next((line.index for line in above
                      if line.index not in split | out and line.cls in "TW"), None)
    out |= split
    # the line right above the title (or above a first paragraph that is a wide title): the
    # title printed again with a kicker or with the site's name
    kept = [(line.index, line.text) for line in above if line.index not in out]
    if not _ends_sentence(first):
        kept.append((None, first))
    for (i, text), (j, heading) in zip(kept, kept[1:]):
        if i is not None and (title is None or i <= title) and _title_copy(text, heading):
            out.add(i)
            if i == title:
                title = j
            break
    return _lone_rules_kept(page, out | {line.index for line in page if _rule(line.text)}), title


#: The marks a text sets alone on a line as a scene break (``*``, ``#``, ``⁂``); any other
#: mark makes a rule only written two or more times (``---``, ``* * *``, ``——``, ``· · ·``):
#: a lone ``|`` or ``-`` is a menu's separator, a lone ``?`` an icon lost in copying.
_BREAK_MARKS = frozenset("*＊#＃⁂❧※")


def _rule(s: str) -> bool:
    """Whether ``s`` is a rule or a scene break: a line of marks alone (:func:`_marks_only`)
    that a text may print of itself.

    >>> [_rule(s) for s in ("* * *", "---", "——", "*", "|", "-", "?", "Home")]
    [True, True, True, True, False, False, False, False]
    """
    marks = s.replace(" ", "").replace("\u3000", "")
    return bool(marks) and _marks_only(s) and (len(marks) >= 2 or marks in _BREAK_MARKS)


def _lone_rules_kept(above: list[Line], out: set[int]) -> set[int]:
    """``out`` without its rules and scene breaks (:func:`_rule`) that stand beside no
    chrome: the first line above and below them that is no rule is neither a chrome line of
    ``out`` (the page's top and the body count as no chrome). A scene break opening a story,
    a Markdown rule above a poem's title, a rule under a title are the text's own; a rule
    inside a menu, or between a site's chrome and the title, goes with the chrome.

    >>> page = [("* * *", "S"), ("The Ferry", "T")]
    >>> lines = [Line(k, s, width(s), c) for k, (s, c) in enumerate(page)]
    >>> sorted(_lone_rules_kept(lines, {0}))
    []
    >>> page = [("Home | News", "S"), ("-----", "S"), ("The Ferry", "T")]
    >>> lines = [Line(k, s, width(s), c) for k, (s, c) in enumerate(page)]
    >>> sorted(_lone_rules_kept(lines, {0, 1}))
    [0, 1]
    """
    def beside(k: int, step: int) -> bool:
        k += step
        while 0 <= k < len(above) and _rule(above[k].text):
            k += step
        return 0 <= k < len(above) and above[k].index in out
    return {line.index for k, line in enumerate(above) if line.index in out and (
        not _rule(line.text) or beside(k, -1) or beside(k, 1))}


def _link_lists(above: list[Line]) -> list[Line]:
    """``above`` with its link lists marked: a run of more title-like lines than a title block
    holds (:data:`TITLE_STACK`), none ending a sentence, all made of words, right above a rule hit or a strong
    mark, with a title-like line still below that (the article's title): a list of links (a
    sidebar of other articles' titles, an archive's index), which the page's chrome continues.
    Its lines become strong marks. A title block right above the body is never such a run: the
    chrome must stand between the run and the title.

    >>> page = [("Archive", "T"), ("Harbour news in brief", "T"), ("The mayor on the budget", "T"),
    ...         ("Bridge works start in May", "T"), ("Home | News | Sport", "S"),
    ...         ("Ferry returns to the landing", "T")]
    >>> [line.cls for line in _link_lists([Line(k, s, width(s), c)
    ...                                     for k, (s, c) in enumerate(page)])]
    ['S', 'S', 'S', 'S', 'S', 'T']
    >>> [line.cls for line in _link_lists([Line(k, s, width(s), c)
    ...                                     for k, (s, c) in enumerate(page[1:5])])]
    ['T', 'T', 'T', 'S']
    """
    out = list(above)
    for k, end in _runs(out, _list_item):
        after = out[end] if end < len(out) else None
        if (end - k > TITLE_STACK and after is not None and _strong(after)
                and any(line.cls == "T" for line in out[end + 1:])):
            out[k:end] = [Line(line.index, line.text, line.width, "S") for line in out[k:end]]
    return out


def _runs(lines: list[Line], keep: Callable[[Line], bool]) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each longest run of ``lines`` that ``keep`` accepts, in order
    (``lines`` may be rewritten in place, length kept, inside a run already given).

    >>> list(_runs([Line(k, s, 1, c) for k, (s, c) in enumerate(zip("abcde", "TTSTT"))],
    ...            lambda line: line.cls == "T"))
    [(0, 2), (3, 5)]
    """
    k = 0
    while k < len(lines):
        if not keep(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and keep(lines[end]):
            end += 1
        yield k, end
        k = end


def _list_item(line: Line) -> bool:
    """A link list's item: a title-like line (wider than a label) that does not end a
    sentence, made of words (letters are two thirds of its characters: not a row of symbols,
    not a field's value)."""
    if line.cls != "T" or _ends_sentence(line.text):
        return False
    chars = [ch for ch in line.text if not ch.isspace()]
    return 3 * sum(ch.isalpha() for ch in chars) >= 2 * len(chars)


def _strong(line: Line) -> bool:
    """A rule hit, or a strong mark that is more than a separator."""
    return line.cls == "K" or (line.cls == "S" and not _marks_only(line.text))


#: How wide a kicker before a title (``Energy`` above ``Energy: the Senate votes…``) or a
#: site's name after it (``… - Valley Courier``) may be.
KICKER_MAX = 40
_JOINERS = ":：-–—|｜_·"


#: A columnist's byline: a given name (or two) and a surname in capitals (``Jean DUPONT``,
#: ``Ayşe YILMAZ``), as news sites print it above the text. Read in the head only (a strong
#: mark there): below the text the same line is a letter's signature, which stays. Compiled on
#: first use (its classes beyond Latin-1 cost about 1 ms to compile).
_NAME_BYLINE = lazy(
    r"^[A-ZÀ-ÖØ-ÞÇĞİŞ][a-zß-öø-ÿçğış]+(?:[ -][A-ZÀ-ÖØ-ÞÇĞİŞ][a-zß-öø-ÿçğış]+)?\s+"
    r"[A-ZÀ-ÖØ-ÞÇĞİŞ]{2,}(?:[-'’][A-ZÀ-ÖØ-ÞÇĞİŞ]{2,})?$")
#: Closing quotes and brackets, which a headline may end with after its last word.
_CLOSERS = "”’」』\"')）]»›"


def _heading(body: str) -> bool:
    r"""Whether the body's first line is a heading (the article's title) rather than the
    opening of a paragraph: it does not end a sentence (looked for before any closing quote:
    ``Mayor: “We will rebuild”`` is a headline), is narrower than a long line
    (:data:`PROSE_LONG`) and stands alone, a blank line below it, where a hard-wrapped
    paragraph's first line runs on into the next.

    >>> _heading("Mayor: “We will rebuild”\n\nThe mayor said…")
    True
    >>> _heading("The river path, as it\nran…"), _heading("The path is open.\n\nIt ran…")
    (False, False)
    """
    lines = body.split("\n", 2)
    first = lines[0].strip()
    core = first.rstrip(_CLOSERS)
    if not core or core[-1] in "。．.！!？?…" or width(first) >= PROSE_LONG:
        return False
    return len(lines) > 1 and not lines[1].strip()


def _above_heading(below: Line | None, heading: bool) -> bool:
    """Whether a line with ``below`` under it (None: the body's first line, ``heading`` saying
    whether that is a heading) stands right above a heading."""
    return below.cls == "T" if below is not None else heading


def _first_paragraph(body: str, heading: bool) -> str:
    r"""The body's first paragraph: its first line, and the lines running on from it up to a
    blank line; when the first line is a heading (:func:`_heading`), the heading and the
    paragraph below it.

    >>> _first_paragraph("Ferry returns\n\nThe ferry runs.\nAgain.\n\nMore.", True)
    'Ferry returns\n\nThe ferry runs.\nAgain.'
    """
    lines = body.split("\n")
    out: list[str] = []
    k = 0
    if heading and lines:
        out.append(lines[0])
        k = 1
        while k < len(lines) and not lines[k].strip():
            out.append(lines[k])
            k += 1
    while k < len(lines) and lines[k].strip():
        out.append(lines[k])
        k += 1
    return "\n".join(out)


def _title_copy(line: str, title: str) -> bool:
    """Whether ``line`` is ``title``'s kicker (the title opens with it, then a joiner), or the
    title with the site's name joined after it (a page's ``<title>`` printed above its
    heading).

    >>> _title_copy("Harbour", "Harbour: the ferry returns"), _title_copy("Harbour", "Harbour life")
    (True, False)
    >>> _title_copy("The ferry returns - Valley Courier", "The ferry returns")
    True
    """
    if len(line) < len(title):
        rest = title[len(line):].lstrip()
        return (title.startswith(line) and width(line) <= KICKER_MAX and rest[:1] in _JOINERS)
    if len(line) > len(title):
        rest = line[len(title):].lstrip()
        return (line.startswith(title) and rest[:1] in _JOINERS
                and 0 < width(rest[1:].strip()) <= KICKER_MAX)
    return False


def echoes(line: str, body: str) -> bool:
    """Whether the body's opening repeats enough of ``line``'s words to take it for the title
    (:data:`TITLE_ECHO`)."""
    return _echo(line, _tokens(body)) >= TITLE_ECHO


def _tokens(s: str) -> set[str]:
    """Words of three letters or more in spaced scripts, and character pairs in the others
    (Han, kana, Hangul: a Korean word carries its particle)."""
    s = s.casefold()
    out = {w for w in _WORD3(s).findall(s)}
    for run in _UNSPACED(s).findall(s):
        out.update(run[i:i + 2] for i in range(len(run) - 1))
    return out


def _echo(line: str, body: set[str]) -> float:
    """The share of a line's tokens (:func:`_tokens`) that the body's first paragraphs repeat."""
    mine = _tokens(line)
    return len(mine & body) / len(mine) if mine else 0.0


def _recurs(label: str, body: str) -> bool:
    """Whether a short line's text, or one of its words of four letters or more, recurs in
    the body's first paragraph: a short title's words do (产业链 above a paragraph on 产业链,
    ``Spring notes`` above one on Spring), a menu's labels and a site's name seldom do."""
    core = label.strip(" :：-–—|·•#*[]【】()（）").casefold()
    body = body.casefold()
    if width(core) >= 4 and core in body:
        return True
    words = set(_WORD(body).findall(body))
    return any(word in words for word in _WORD(core).findall(core))


def tail_block(below: list[Line]) -> set[int]:
    """The tail block's chrome among ``below``, the classified content lines below the body's
    last prose line (in page order)."""
    return _tail(below, -1) | tail_split(below)


#: Chrome evidence of a content line, by class, for the one-split decisions
#: (:func:`head_split`, :func:`tail_split`): a rule hit or a strong mark weighs most, a short
#: link label less, and a title-like line counts against (it may be the text's own heading).
#: Measured on the real-text corpus (parts ``chrome`` and ``pages``), among the lines above
#: the title block: all 184 rule hits and strong marks are labelled chrome, 54 of 67 short
#: labels (81%) and 61 of 143 title-like lines (43%): a title-like line goes only with half a
#: link label's evidence more than it below it, inside the block.
EVIDENCE = {"K": 2.0, "S": 2.0, "W": 1.0, "T": -0.5}
#: A title-like line whose words the body repeats is the title or its subtitle: it weighs as
#: much against a split as a rule hit weighs for it.
ECHOED = -2.0
#: How many lines a tail block of marks and labels alone needs without a rule hit (three
#: link labels: a menu; one mark or a table's row under the text is the text's own).
TAIL_RUN = 3


def _best_split(lines: list[Line], weight: Callable[[int], float]) -> int:
    """How many of ``lines`` (from the first) form the chrome block: the split that maximises
    the block's summed evidence (``weight``), the later one on a tie; 0 when no split has
    positive evidence with a rule hit or a strong mark in the block.

    One split, found by a pass over the prefix sums, is the whole segmentation: a line goes
    with the chrome when the evidence below it in the block outweighs it, so unknown short
    lines between known chrome go with it and the title-like lines right above the title stay.
    """
    best, cut, total, strong = 0.0, 0, 0.0, False
    for k, line in enumerate(lines):
        total += weight(k)
        strong = strong or line.cls == "K" or (line.cls == "S" and not _marks_only(line.text))
        if strong and total > 0 and total >= best:
            best, cut = total, k + 1
    return cut


def head_split(above: list[Line], echo: Callable[[str], float] = lambda s: 0.0,
               meta: Callable[[int], bool] = lambda i: False) -> set[int]:
    """The head's chrome block among ``above`` (the content lines above the body's first
    prose line) as one split: the title block at the bottom (walking up from the body over
    rule hits and marked lines, the first title-like or label line) stays; above it, the
    prefix with the most evidence (:data:`EVIDENCE`) goes.

    >>> page = [("Skip to content", "K"), ("Weather", "W"), ("The Valley Courier", "T"),
    ...         ("Sport", "W"), ("Opinion", "W"), ("Bridge reopens on Monday", "T")]
    >>> lines = [Line(k, s, width(s), c) for k, (s, c) in enumerate(page)]
    >>> sorted(head_split(lines))
    [0, 1, 2, 3, 4]
    >>> sorted(head_split([lines[2], lines[0], lines[3], lines[4], lines[5]]))
    [0, 3, 4]
    >>> sorted(head_split(lines[:3] + lines[5:]))  # a title-like line above the title stays
    [0, 1]

    A title-like line at the very top weighs in the split, but is the title rules' call:
    """
    # the title block: walking up from the body over rule hits, marks and labels, the lowest
    # run of title-like lines (at most TITLE_STACK: a title and its subtitle)
    k = len(above) - 1
    while k >= 0 and above[k].cls != "T":
        k -= 1
    run = 1
    while k > 0 and above[k - 1].cls == "T" and run < TITLE_STACK:
        k -= 1
        run += 1
    if k <= 0:
        return set()
    texts = [line.text for line in above]

    def weight(j: int) -> float:
        line = above[j]
        if line.cls == "W" and _above_meta(above, j, meta):
            return float("-inf")  # a short title above its date line
        if line.cls != "T":
            return _evidence(line)
        if (texts.count(line.text) > 1 or _repeated(line.text, texts[k:])
                or _above_meta(above, j, meta)):
            return float("-inf")  # the title printed twice (the title block repeats it), or
            # a title above its meta line (its date, its byline): no block reaches past it
        if echo(line.text) >= TITLE_ECHO:
            return ECHOED
        return EVIDENCE["W"] if _lower_label(line) else EVIDENCE["T"]

    cut = _best_split(above[:k], weight)
    # title-like lines at the very top, with no chrome above them, weigh in the split but are
    # left to the title rules (a thread's title above a notice)
    top = next((j for j in range(cut) if above[j].cls != "T"), cut)
    if 0 < top < cut and above[top].cls in "KS" and _menu(above[top].text):
        top = 0  # a site's name or slogan above its menu bar
    return {line.index for line in above[top:cut]}


#: How long (characters) a title's text must be for a line holding it to be the title printed
#: twice (``Topic: A title`` above ``A title``).
REPEAT_MIN = 8


def _repeated(text: str, block: list[str]) -> bool:
    """Whether ``text``, or what follows its label (``Topic: …``), stands in a line of the
    title block: the title printed twice."""
    core = re.split(r"[:：]\s*", text)[-1].strip()
    return len(core) >= REPEAT_MIN and any(core in other for other in block)


#: A short line opening with a small letter is a link's text or a fragment of an address
#: (``ul. Rybacka 7``, ``tel. 25 641``, ``sesja rady``), not a heading: headings and titles
#: open with a capital in the scripts that have one. It weighs as a link label in the head's
#: split. Measured on the real-text corpus (parts ``chrome`` and ``pages``): of the 15 such
#: title-like lines above the body, 10 are chrome; the other 5 are a pinyin table on a guard
#: page, which holds no rule hit or mark and so is never split.
LOWER_MAX = 40


def _lower_label(line: Line) -> bool:
    """Whether a title-like line is a short line opening with a small letter (in a script
    with capitals), without a sentence's end."""
    first = next((ch for ch in line.text if ch.isalnum()), "")
    return (line.width <= LOWER_MAX and first.islower() and first.upper() != first
            and "\ufffd" not in line.text and not _ends_sentence(line.text))


def _above_meta(lines: list[Line], j: int, meta: Callable[[int], bool]) -> bool:
    """Whether the first line below ``lines[j]`` that is not a mark is a meta line. A menu bar
    between them parts them: a site's name stands above its menu, a title not."""
    for line in lines[j + 1:]:
        if line.cls != "S":
            return line.cls == "K" and meta(line.index)
        if _menu(line.text):
            return False
    return False


#: A list's item: a number opening it (``2,``, ``3.``, ``(4)``) or a colon closing it (the
#: item introduces what follows): the text's own structure, not a link label.
_ITEM = re.compile(r"^\(?\d{1,3}\s*[,.、)）]|[:：]$")


def _evidence(line: Line) -> float:
    """A line's chrome evidence (:data:`EVIDENCE`); a list's item weighs as a title-like line,
    a separator (marks alone) nothing: it belongs to the block it stands in."""
    if line.cls == "S" and _marks_only(line.text):
        return 0.0
    if line.cls in "SW" and _ITEM.search(line.text):
        return EVIDENCE["T"]
    return EVIDENCE.get(line.cls, float("-inf"))


def tail_split(below: list[Line]) -> set[int]:
    """The tail's chrome block among ``below`` (the content lines below the body's last prose
    line) as one split from the end: the suffix with the most evidence goes, when it holds a
    rule hit or :data:`TAIL_RUN` evidence. A wide unknown line (a caption, a cut paragraph)
    is text: the block starts below it.

    >>> page = [("Mary Smith, Riverside", "T"), ("Contact", "W"), ("Site map", "W"),
    ...         ("Jobs", "W")]
    >>> lines = [Line(k, s, width(s), c) for k, (s, c) in enumerate(page)]
    >>> sorted(tail_split(lines)), sorted(tail_split(lines[:3]))
    ([1, 2, 3], [])
    """
    rev = below[::-1]

    def weight(j: int) -> float:
        line = rev[j]
        if line.cls == "T" and line.width >= PROSE_MIN:
            return float("-inf")
        return _evidence(line)

    cut = _best_split(rev, weight)
    if not any(line.cls == "K" for line in rev[:cut]):
        # without a rule hit, only a run of marks and labels (a menu) at the very end goes
        cut = next((j for j in range(len(rev)) if rev[j].cls not in "SW" or weight(j) <= 0),
                   len(rev))
        if cut < TAIL_RUN or len({line.text for line in rev[:cut]}) < cut:
            return set()  # a menu names each link once: repeated short lines are the text's
    return {line.index for line in rev[:cut]}


#: How many content lines an inner block may hold: a row of buttons (font size, share, save),
#: a credit and its source, a read-more link with the next teaser's date. On the real-text
#: corpus (parts ``chrome``, ``pages``, ``snippets``) the stretches of rule hits and marks
#: between two of a body's prose lines that hold a widget hold 1 to 4 lines; a longer one is a
#: table or a list of the text's own.
INNER_MAX = 4


def _stretchable(line: Line) -> bool:
    """Whether ``line`` may stand in an inner block: a rule hit, a strong mark or a short
    label, not a list's item (the text's own structure)."""
    return line.cls == "K" or (line.cls in "SW" and not _ITEM.search(line.text))


def inner_blocks(run: list[Line], widget: Callable[[int], bool],
                 credit: Callable[[int], bool] = lambda i: False) -> list[list[int]]:
    """The chrome blocks among ``run``, the content lines between two prose lines of the body
    (in page order; a long line is prose even when a rule knows it, so it is never in a run).

    A block is a stretch of rule hits and strong marks, with the short labels they enclose,
    that holds a *widget*: a rule hit that ``widget`` says addresses the reader (a share or
    subscribe prompt, a read-more link), not a fact the text may state about itself (a date, a
    keywords field); or a credit (``credit``) beside another rule hit (a photo's credit and the
    editor's, a writer and a source): a credit-shaped line alone may be the text's citation
    (``Text: John 3:16``, a table's source). A page's widgets stand between its
    paragraphs as they stand around them; the text's own short lines (subheadings, captions,
    a list) are title-like or items and part no block. Labels at a stretch's ends stay (a
    signature, a short heading), and so does a stretch longer than :data:`INNER_MAX`.

    >>> page = [("Share", "K"), ("Mai", "W"), ("25", "S"), ("Our plans", "T"),
    ...         ("Anna", "W"), ("12", "S")]
    >>> lines = [Line(k, s, width(s), c) for k, (s, c) in enumerate(page)]
    >>> inner_blocks(lines, lambda i: i == 0)
    [[0, 1, 2]]
    >>> inner_blocks(lines, lambda i: False), inner_blocks(lines, lambda i: False, lambda i: True)
    ([], [])
    """
    blocks: list[list[int]] = []
    for k, j in _runs(run, _stretchable):
        stretch = run[k:j]
        while stretch and stretch[0].cls == "W":
            stretch = stretch[1:]
        while stretch and stretch[-1].cls == "W":
            stretch = stretch[:-1]
        hits = [line.index for line in stretch if line.cls == "K"]
        if 0 < len(stretch) <= INNER_MAX and (any(widget(i) for i in hits) or (
                len(hits) >= 2 and any(credit(i) for i in hits))):
            blocks.append([line.index for line in stretch])
    return blocks


def heading_meta(run: list[Line], meta: Callable[[int], bool]) -> list[int]:
    """The meta block under a headline that opens the body shaped like prose (thirty columns
    or more that ask or exclaim, or a long one: :func:`_headline`): ``run`` is the content lines
    between it and the next prose line. As under a title-like title (:func:`head_block`), the
    rule hits that are meta lines (``meta``: a date, a byline, a source) go, and the strong
    marks next to them (a counter beside the date); title-like lines (a subtitle, a standfirst,
    a dateline the rules do not know) stay.

    >>> page = [("14:09, 31.12.2025", "K"), ("1,204", "S"), ("A year on the river", "T")]
    >>> heading_meta([Line(k, s, width(s), c) for k, (s, c) in enumerate(page)], lambda i: True)
    [0, 1]
    """
    out = {line.index for line in run if line.cls == "K" and meta(line.index)}
    for order in (run, run[::-1]):
        for k, line in enumerate(order):
            if (line.cls == "S" and not _marks_only(line.text) and k > 0
                    and order[k - 1].index in out):
                out.add(line.index)
    return sorted(out)


#: How many headlines below a related-links header (``Related articles``, ``相关阅读``) make
#: its list: one title-like line below it may be the text's next subheading.
RELATED_MIN = 2


def related_lists(run: list[Line], related: Callable[[int], bool]) -> list[list[int]]:
    """The related-links blocks among ``run`` (content lines between two prose lines of the
    body, in page order): a rule hit that ``related`` says heads a list of other articles, and
    the list right below it, at least :data:`RELATED_MIN` headlines (title-like lines, wider
    than a label, that end no sentence: :func:`_list_item`) with the rule hits among them (the
    items' dates). A reader skips the header and the headlines it announces; the text resumes
    at the next paragraph. A header with fewer headlines below it stays, and so does one above
    a list of short items (``Recommended`` above a packing list's ``- Tent``, ``- Stove``): a
    header's word alone (``Popular``, ``Recommended``) may be the text's own heading.

    >>> page = [("Related articles", "K"), ("Ferry fares rise in June", "T"),
    ...         ("Bridge works start in May", "T"), ("- Tent", "S"), ("- Stove", "S")]
    >>> lines = [Line(k, s, width(s), c) for k, (s, c) in enumerate(page)]
    >>> related_lists(lines[:3], lambda i: i == 0), related_lists(lines[:2], lambda i: i == 0)
    ([[0, 1, 2]], [])
    >>> related_lists([lines[0], *lines[3:]], lambda i: i == 0)
    []
    """
    blocks: list[list[int]] = []
    k = 0
    while k < len(run):
        line = run[k]
        if line.cls != "K" or not related(line.index):
            k += 1
            continue
        end = k + 1
        while end < len(run) and (_list_item(run[end]) or run[end].cls == "K"):
            end += 1
        headlines = sum(_list_item(item) for item in run[k + 1:end])
        if headlines >= RELATED_MIN:
            blocks.append([item.index for item in run[k:end]])
            k = end
        else:
            k += 1
    return blocks


#: How many teaser rows (:func:`byline_rows`) a body must hold for them to be read as a list's
#: rows: one name above one date is a letter's signature or the text's own dateline; the same
#: row printed under several headlines is the shape of a list of other articles.
ROWS_MIN = 2
#: How many name lines a row may hold above its date (an author; a column's or a blog's name
#: and its author: on the real-text corpus the rows of a teaser list hold one or two).
ROW_NAMES = 2
#: How wide a byline's name may be (four words of a spaced script; five Han characters).
BYLINE_MAX = 30
#: A date alone on its line in figures (``9-3-2021``, ``2021/03/09``, ``2021年3月9日``); dates
#: with month names are left to the rules (the caller's ``dated``).
_NUMERIC_DATE = re.compile(r"^(?:\d{1,2}([-/.])\d{1,2}\1(?:19|20)\d\d|(?:19|20)\d\d([-/.])\d{1,2}\2"
                           r"\d{1,2}|(?:19|20)\d\d\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]?)$")


def numeric_date(s: str) -> bool:
    """Whether a stripped line is a date in figures alone (:data:`_NUMERIC_DATE`)."""
    return bool(_NUMERIC_DATE.match(s))


def _byline_name(line: Line) -> bool:
    """Whether a title-like line or a label is shaped like a byline's name: no wider than
    :data:`BYLINE_MAX`, no digit, no sentence's end; in a spaced script two to four words, each
    opening with a capital (``Nguyễn Đình Cống``, ``Blog VOA``: a headline's or a sentence's
    words open with small letters, a weekday is one word); in the others two to five letters
    and nothing else (``王小明``).

    >>> [_byline_name(Line(0, s, width(s), "T")) for s in ("Anna Berg", "Monday", "The ferry",
    ...                                                      "王小明", "一、背景")]
    [True, False, False, True, False]
    """
    s = line.text
    if (line.cls not in "TW" or line.width > BYLINE_MAX or _ends_sentence(s)
            or any(ch.isdigit() for ch in s)):
        return False
    words = s.split()
    if len(words) == 1 and not _IN_CJK_BLOCKS.search(s):
        return False
    if _IN_CJK_BLOCKS.search(s) and not any(ch.isascii() for ch in s):
        return len(words) == 1 and 2 <= len(s) <= 5 and s.isalpha()
    return 2 <= len(words) <= 4 and all(w[0].isupper() for w in words)


def byline_rows(runs: list[list[Line]], dated: Callable[[int], bool],
                foot: list[Line] | None = None) -> list[list[int]]:
    """The teaser rows among ``runs`` (the runs of content lines between a body's prose lines,
    each in page order, each opening with the prose line above it): a date line (a rule's date,
    ``dated``; or a date in figures alone) with one or two byline names right above it
    (:func:`_byline_name`) and a headline above them (:func:`_headline`), in at least
    :data:`ROWS_MIN` rows. A list of other articles (a blog's or a portal's index, the stories
    an aggregator gathers) prints each headline with its author and date, then its lead: a
    reader skips the rows, and their repetition is what shows them to be the list's, not the
    text's (a letter's signature and date stand once; an events list's titles stand under the
    last event's text, not under a headline). The headlines and leads stay. When the runs hold
    such rows, the rows of the list's last entries below the body's last paragraph (``foot``:
    the last prose line and the content lines below it, in page order) go with them.

    >>> def run(*rows):
    ...     return [Line(k, s, width(s), c) for k, (s, c) in enumerate(rows)]
    >>> runs = [run(("Ferry fares rise", "P"), ("Anna Berg", "T"), ("9-3-2021", "S")),
    ...         run(("It ran.", "P"), ("Where next", "T"), ("Tom Lee", "W"), ("8-3-2021", "S"))]
    >>> byline_rows(runs, lambda i: False)
    [[1, 2], [2, 3]]
    >>> byline_rows(runs[:1], lambda i: False)
    []
    """
    rows = [row for run in runs for row in _rows(run, dated)]
    if len(rows) < ROWS_MIN:
        return []
    return rows + (_rows(foot, dated) if foot else [])


def _rows(run: list[Line], dated: Callable[[int], bool]) -> list[list[int]]:
    """The teaser rows of one run (:func:`byline_rows`)."""
    rows: list[list[int]] = []
    for k, line in enumerate(run):
        if not (line.cls == "K" and dated(line.index)
                or line.cls == "S" and numeric_date(line.text)):
            continue
        top = k
        while top > 0 and k - top < ROW_NAMES and _byline_name(run[top - 1]):
            top -= 1
        if 0 < top < k and _headline(run[top - 1]):
            rows.append([line.index for line in run[top:k + 1]])
    return rows


def _headline(line: Line) -> bool:
    """Whether a line may be a headline above a byline: narrower than a long line, not ending
    with a full stop (a lead or a description does; a headline may ask or exclaim).

    >>> [_headline(Line(0, s, width(s), "P")) for s in ("Who pays for the ferry?", "It ran.")]
    [True, False]
    """
    core = line.text.rstrip(_CLOSERS)
    return line.width < PROSE_LONG and bool(core) and core[-1] not in "。．."


#: How many fields a table printed in two layouts (:func:`two_layouts`) holds at least: a
#: row or two of the text's own that happen to repeat are no table.
TABLE_FIELDS = 3
#: A field: a label, a colon, and its value or nothing (``文号:``).
_FIELD_ROW = re.compile(r"^[^:：]{1,30}[:：]")


def two_layouts(texts: list[str]) -> list[int]:
    """The positions among ``texts`` (consecutive stripped content lines) of a table printed in
    two layouts: rows holding two fields or more each (``Số hiệu: 42 Loại: Nghị định``), right
    below them the same fields one to a line, in the same order (``Số hiệu: 42``,
    ``Loại: Nghị định``), at least :data:`TABLE_FIELDS` of them. A site prints the attribute
    table of its documents so (a wide layout and a narrow one, one of which the screen hides);
    a text's own table is printed once, so both copies are the page's.

    >>> two_layouts(["Intro", "No: 42 Kind: Decree", "Signed: A. Lee", "No: 42", "Kind: Decree",
    ...              "Signed: A. Lee", "Article 1"])
    [1, 2, 3, 4, 5]
    >>> two_layouts(["No: 42", "Kind: Decree", "Signed: A. Lee"])
    []
    """
    norm = [" ".join(t.split()) if _FIELD_ROW.match(t) else None for t in texts]
    out: list[int] = []
    a = 0
    while a < len(norm):
        found = _layouts_at(norm, a)
        if found is None:
            a += 1
            continue
        out.extend(range(a, found))
        a = found
    return out


def _layouts_at(norm: list[str | None], a: int) -> int | None:
    """Where the second layout of a table whose first layout starts at ``a`` ends (one past its
    last line), or None (:func:`two_layouts`)."""
    wide = ""
    for b in range(a + 1, len(norm)):
        if norm[b - 1] is None:
            return None
        wide = f"{wide} {norm[b - 1]}" if wide else norm[b - 1]
        # the narrow layout below: lines whose text, joined, runs on as ``wide`` does
        narrow, c = "", b
        while c < len(norm) and norm[c] is not None and len(narrow) < len(wide):
            narrow = f"{narrow} {norm[c]}" if narrow else norm[c]
            if not wide.startswith(narrow):
                break
            c += 1
        if narrow == wide and c - b > b - a and c - b >= TABLE_FIELDS:
            return c
    return None


#: How many content lines apart the two copies of an appended article's headline may stand:
#: its teaser, its lead, its date and source, then the headline again (on the real-text corpus
#: the one appended article, c107, holds them 4 content lines apart). How wide the headline
#: may be: at least a short sentence's width (buttons and labels repeat on a page, ``Reply``
#: under every comment), at most a long headline's (on the corpus the repeated lines wider
#: than that, with a credit between the copies, are a photo's caption printed again, p066).
APPEND_SPAN = 8
APPEND_MIN = 20
APPEND_MAX = 80
#: A reply's subject repeats by design (``Re: …`` above every post of a forum thread).
_REPLY = re.compile(r"^(?:re|aw|sv|antw|rép|res|回复|回覆|答复)\s*[:：]", re.IGNORECASE)


def appended(body: list[tuple[int, str]], meta: Callable[[int], bool]) -> int | None:
    """Where another article appended below the page's own starts (infinite scroll prints the
    next story's headline in a teaser, then its date line and source, then the headline again
    as its heading), among ``body``, the content lines (index, stripped text) below the body's
    first prose line: the first copy of a headline-shaped line (:data:`APPEND_MIN` to
    :data:`APPEND_MAX` columns, no sentence end) that stands again within :data:`APPEND_SPAN`
    content lines, with a meta line (``meta``: a date, a source) between the copies and the
    story's text (a sentence) below the second. None when there is none. A reply's repeated
    subject (``Re: …``) is no headline, nor a caption printed again under its photo credit.

    >>> lines = list(enumerate(["Ferry returns to the eastern landing", "The ferry runs.",
    ...     "2024-05-02 10:00", "Ferry returns to the eastern landing",
    ...     "It ran at dawn for the first time since the storm."]))
    >>> appended(lines, lambda i: i == 2), appended(lines, lambda i: False)
    (0, None)
    """
    seen: dict[str, int] = {}
    for k, (_i, text) in enumerate(body):
        w = width(text)
        if w < APPEND_MIN or w > APPEND_MAX or _ends_sentence(text) or _REPLY.match(text):
            continue
        j = seen.get(text)
        after = body[k + 1][1] if k + 1 < len(body) else ""
        prose = width(after) >= PROSE_MIN or (width(after) >= SENTENCE_MIN
                                              and _ends_sentence(after))
        if (j is not None and k - j <= APPEND_SPAN and prose
                and any(meta(body[m][0]) for m in range(j + 1, k))):
            return body[j][0]
        seen.setdefault(text, k)
    return None


def _head(content: list[Line], body: int, meta: Callable[[int], bool],
          echo: Callable[[str], float] = lambda s: 0.0, body_first: str = ".",
          heading: bool = False) -> tuple[set[int], int | None]:
    if body == 0 or body > HEAD_MAX:
        return set(), None
    above = content[:body]
    # the title: the first title-like line (not ending with a full stop) whose words the
    # first paragraphs repeat; else the first title-like line from the top, unless the first
    # paragraph is itself a wide title (it does not end like a sentence)
    titles = [k for k, line in enumerate(above) if line.cls == "T" and line.text[-1] not in "。．."]
    title = next((k for k in titles if echo(above[k].text) >= TITLE_ECHO), None)
    if title is None and titles and (_ends_sentence(body_first) or len(titles) > TITLE_STACK):
        title = titles[0]  # else the first paragraph, a wide line, is the title
    out: set[int] = set()
    top = above[:title] if title is not None else above
    evidence = any(line.cls in "KS" for line in top)
    first_t = next((k for k, line in enumerate(top) if line.cls == "T"), len(top))
    for k, line in enumerate(top):
        after = top[k + 1] if k + 1 < len(top) else None  # None: the title (or the body) is next
        # chrome next to the line: above it (the page's top counts), and below it (not a meta
        # line: a line right above its date or byline may be a title)
        chrome_above = k == 0 or top[k - 1].index in out
        chrome_below = after is not None and (
            after.cls in "SW" or (after.cls == "K" and not meta(after.index)))
        if line.cls in "KS":
            out.add(line.index)
        elif line.cls == "T":
            # a title-like line amid known or marked chrome above the title, whose words the
            # paragraphs do not repeat: a site's name, a slogan, another article's title
            if evidence and chrome_above and chrome_below:
                out.add(line.index)
        elif k > first_t:
            # a short label between title-like lines: only one in a menu or next to chrome
            if chrome_below or (k > 0 and top[k - 1].cls in "KSW"):
                out.add(line.index)
        elif title is not None or (
                after is None and (heading or not _ends_sentence(body_first))) or (
                after is not None and not (after.cls == "K" and meta(after.index))):
            # above the title (or the body), a short label whose words the first paragraph does
            # not repeat is a site's name or a section's, even above a date line when a title
            # follows (a second repair, without the date, must agree). Without a title, not one
            # right above a date or a byline, nor one right above a paragraph that ends like a
            # sentence (a headword over its entry): it may be the short title; one right above
            # a wide line that does not (a long title), or above a heading, goes
            out.add(line.index)
    if title is None:
        return out, None
    # below the title: the meta block right under it and the one right above the body (not a
    # Markdown heading's underline: ``=====`` or ``-----`` right under it is the text's own)
    below = above[title + 1:]
    for k, line in enumerate(below):
        if line.cls not in "KS" or (k == 0 and _UNDERLINE.match(line.text)):
            break
        out.add(line.index)
    # further down, between a subtitle and the body: the rule hits (meta lines, credits), and
    # a title-like line that two of them enclose (a journal's name between the date and the
    # keywords) whose words the body does not repeat
    for k, line in enumerate(below):
        if line.cls == "K":
            out.add(line.index)
        elif (line.cls in "TW" and 0 < k < len(below) - 1 and below[k - 1].cls == "K"
              and below[k + 1].cls == "K" and echo(line.text) < TITLE_ECHO):
            out.add(line.index)
    # and the strong marks next to them (a page counter under each page's thumbnail, a row of
    # buttons above them), run by run
    for run in (below, below[::-1]):
        for k, line in enumerate(run):
            if (line.cls == "S" and line.index not in out and not _marks_only(line.text)
                    and k > 0 and run[k - 1].index in out and run[k - 1].cls in "KS"):
                out.add(line.index)
    return out, above[title].index


def _tail(content: list[Line], last: int) -> set[int]:
    below = content[last + 1:]
    # a long unknown line is text (a paragraph cut short, a caption): the block starts below
    for k in range(len(below) - 1, -1, -1):
        if below[k].cls == "T" and below[k].width >= PROSE_MIN:
            below = below[k + 1:]
            break
    for k, line in enumerate(below):
        if line.cls == "K":
            block = below[k:]
            marked = sum(line.cls in "KSW" for line in block)
            if marked >= TAIL_SHARE * len(block):
                return {line.index for line in block}
            return set()
    return set()
