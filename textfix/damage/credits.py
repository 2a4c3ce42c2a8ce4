"""Inline credits: chrome glued to the end of a body line, cut from it while the line stays.

A paragraph may end with its editor's credit (``…。（责任编辑：王五）``, ``(Reporting by Ann Lee;
Editing by Bo Chan)``), a caption with its photographer's (``(Foto: W. Berg)``, ``（摄影/李四）``),
a teaser with a "read more" link (``… Weiterlesen``). The credit is a parenthesis that opens with
a credit label (or a name and a label), at the very end of the line, after text of the line's
own; the link follows a sentence's end. Only that tail is cut; a credit in the middle of a
line, or a parenthesis that does not open with a label (``（见附件）``), stays.

A credit may also stand bare after the line's last sentence (:func:`_bare`): a photo credit
(``… 李四 摄``, ``… Photo: K. Berg``, ``… Photo DR.``, ``… Ảnh chụp màn hình``), a byline
written as a sentence of its own (``… Il servizio di Anna Neri.``), a "read more" link with
the next teaser glued to it (``… Leer más »Otro titular``). A Chinese paragraph may end with
its source or its writer's unit and name, bare and unpunctuated (``…。河湾日报社``,
``…。河湾县东坡镇王五``): a sentence cut off by a hard wrap or a truncated page ends so too,
so that form is read only at a paragraph's end with more text after it (``ends_paragraph``),
and its name must open with a common surname.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..codes import Code
from ..lines import width

#: Labels that open a credit in Chinese (written in Simplified; Traditional forms match too).
_LABELS_ZH = (
    "责任编辑|责编|编辑|作者|记者|通讯员|审稿人|审稿|审核|发稿人|撰稿|摄影|供稿|校对|终审|编审|"
    "实习生|来源|图/文|文/图|图|文"
)
_LABELS_XX = (
    "Reporting|Additional reporting|Writing|Editing|Edited|Photos?|Fotos?|Foto/Text|Courtesy|"
    "Credit|Crédit|Source|Quelle|Fuente|Fonte|Источник|Фото|Zdjęcie|Fotoğraf|Ảnh"
)
_MORE = (
    "Weiterlesen|Read more|Continue reading|Lire la suite|Leer más|Leia mais|Leggi tutto|"
    "Czytaj dalej|Devamını oku|Xem thêm|Читать далее|続きを読む|더보기|阅读全文|查看全文"
)
#: The longest credit cut (characters inside the parenthesis).
MAX_CREDIT = 80

#: Photo labels that open a bare caption credit (``Photo: K. Berg``, ``Ảnh: Lan Anh``).
_PHOTO = (
    "Photos?|Fotos?|Foto/Text|Photo credit|Crédit photo|Bild|Ảnh|Фото|Zdjęcie|Fot\\.|Fotoğraf|"
    "写真|사진"
)
#: What a photo credit says in place of a name: rights reserved, a screenshot, an illustration,
#: an archive picture (``Photo DR.``, ``Ảnh chụp màn hình``, ``Foto d'archivio``).
_PHOTO_NAMELESS = (
    "DR|D\\.R\\.|droits réservés|d'illustration|illustration|d'archive|d'archivio|de archivo|"
    "Archiv|Screenshot|capture d'écran|captura de pantalla|chụp màn hình|minh họa|tư liệu|"
    "из архива|архив"
)
#: Labels of a byline written as a sentence of its own, without a verb (``Il servizio di Anna
#: Neri.``): each of several words, so that a sentence opening with a bare "by" or "di" is never
#: one; not "Foto di", "Photos de", "Fotos von", which also say what a photo shows (``Foto di
#: Porta Nuova.``).
_BYLINE = (
    "Reporting by|Additional reporting by|Report by|Story by|Text by|Words by|Photos? by|"
    "Video by|Il servizio di|Servizio di|A cura di|Testo di|Reportage de|Texte de|"
    "Reportaje de|Texto de|Reportagem de|Text von|Bericht von"
)
#: A personal name of two to four capitalised words (a first name and a surname at least).
_FULL_NAME = (r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.\-]+(?:\s+(?:de |di |da |van |von |del |le |la )?"
              r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.\-]+){1,3}")
#: The commonest Chinese surnames (about 100; together they are most people's): a bare
#: writer's name after their unit must open with one.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫"
    "孔向汤"
)
#: Suffixes of a place (a writer's unit: ``东坡镇``) and of an organisation (a source:
#: ``河湾日报社``, ``政府新闻处``).
_PLACE = "省|市|县|区|镇|乡|街道|村|社区"
_ORG = "社|处|局|网|台|报|中心|办|委|厅|站|馆|集团|公司|协会"
#: Characters that open a sentence, never a unit's name (``该院``, ``我们``, ``其他``).
_NOT_A_UNIT = "该此这那我你他她它其各每全在对从"


@dataclass(frozen=True, slots=True)
class Credit:
    """A credit found at the end of a line: where it starts in the line, and its code."""

    start: int
    text: str
    code: Code


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    from .boilerplate_rules import zh

    zh_labels = zh(_LABELS_ZH)
    credit_zh = (rf"[（(]\s*(?:[^()（）\n]{{0,20}}?\s)?(?:{zh_labels})\s*[:：/／|｜]\s*"
                 rf"[^()（）\n]{{1,{MAX_CREDIT}}}[)）]")
    credit_xx = (rf"\((?:[^()\n]{{0,30}}/\s*)?(?:{_LABELS_XX})\b[^()\n]{{1,{MAX_CREDIT}}}\)")
    more = rf"(?<=[.…!?。！？»\"”])\s*(?:…\s*)?(?:{_MORE})\s*[»›>→…]*|…\s*Continued"
    return re.compile(rf"\s*(?P<credit>{credit_zh}|{credit_xx}|{more})[ \t]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _bare() -> re.Pattern[str]:
    """Credits written without a parenthesis, after the line's last sentence (its end mark
    and the spaces after it are not part of the match; a lookbehind checks them). Groups:
    ``strong`` (a label or a photo word says what it is) and ``unit`` (a Chinese source or a
    writer's unit and name, read only at a paragraph's end)."""
    from .boilerplate_rules import zh

    han = r"\u4e00-\u9fff"
    zh_photo = zh(rf"(?:[{han}·][{han}·、 \t\u3000]{{0,30}}?(?:[ \t\u3000]+|[/／])(?:摄影?|供图)"
                  rf"|(?:本报)?(?:记者|通讯员)[{han}· \t\u3000]{{1,30}}?摄影报道)")
    xx_photo = (rf"(?i:{_PHOTO})(?:\s*[:：=]\s*[^!?…。\n]{{1,40}}?|\s+(?i:{_PHOTO_NAMELESS}))\.?")
    byline = rf"(?i:{_BYLINE})\s+{_FULL_NAME}\.?"
    more = rf"…\s*(?i:{_MORE})\s*[»›>→]+\s*\S[^\n]{{0,150}}"

    def unit(ends: str) -> str:  # a place's or an organisation's name, from its first letter
        return rf"[{han}](?<![{_NOT_A_UNIT}])[{han}]{{1,10}}?(?:{ends})"

    named = zh(rf"(?:{unit(_PLACE + '|' + _ORG)}){{1,3}}[ \t\u3000]*[{_SURNAMES}][{han}]{{1,2}}")
    source = zh(rf"(?:{unit(_PLACE + '|' + _ORG)}){{0,2}}{unit(_ORG)}")
    after = r"(?:(?<=[.!?。！？])|(?<=[.!?。！？][”\"」』）)]))[ \t\u3000]*"
    return re.compile(rf"{after}(?:(?P<strong>{zh_photo}|{xx_photo}|{byline})"
                      rf"|(?P<unit>{named}|{source}))[ \t]*$|(?P<more>{more})$")


#: How far back from a line's end a bare credit may start (characters).
BARE_MAX = 160


def find(line: str, *, ends_paragraph: bool = False) -> Credit | None:
    """The credit at the end of ``line`` (a line without its line end), when text of the
    line's own stands before it. A Chinese source or unit and name standing bare after the
    last sentence (:func:`_bare`'s ``unit``) is one only when ``ends_paragraph`` says the line
    ends a paragraph and more text follows it.

    >>> find("会议于昨日闭幕。（责任编辑：王五）")
    Credit(start=8, text='（责任编辑：王五）', code=<Code.EDITOR_CREDIT: 'B102'>)
    >>> find("（责任编辑：王五）") is None
    True
    >>> find("会议于昨日闭幕。 河湾日报社", ends_paragraph=True).text
    '河湾日报社'
    >>> find("会议于昨日闭幕。 河湾日报社") is None
    True
    """
    s = line.rstrip()
    if not s or s[-1] not in ")）»›>→…." and not s[-1].isalpha() and not s[-1].isdigit():
        return None
    m = _pattern().search(s)
    if m is None or not s[:m.start()].strip():
        return _find_bare(s, ends_paragraph)
    text = m["credit"]
    start = m.start("credit") + len(text) - len(text.lstrip())
    text = text.strip()
    code = Code.EDITOR_CREDIT if text[0] in "(（" else Code.MORE_INFO
    return Credit(start, text, code)


def _find_bare(s: str, ends_paragraph: bool) -> Credit | None:
    """A bare credit (:func:`_bare`) at the end of ``s`` (a line without trailing spaces)."""
    pattern = _bare()
    pos = max(0, len(s) - BARE_MAX)
    while (m := pattern.search(s, pos)) is not None:
        pos = m.start() + 1
        if m["unit"] is not None and not ends_paragraph:
            continue
        if not s[:m.start()].strip():
            return None
        text = s[m.start():].strip()
        start = len(s) - len(s[m.start():].lstrip())
        return Credit(start, text, Code.MORE_INFO if m["more"] else Code.EDITOR_CREDIT)
    return None


#: The "read more" words, case-folded, for a line's end (str.endswith takes them at once).
_MORE_WORDS = tuple(w.casefold() for w in (*_MORE.split("|"), "Continued"))


#: A line wider than this (columns, a CJK character counting two) is a paragraph of its own:
#: hard-wrapped text is set at about 80 columns (72 to 80 in mail and plain-text files, 40 CJK
#: characters), so the text after its last sentence is not a sentence the next line goes on.
#: On the real-text corpus (all parts), the 93 lines that end in a word the next line goes on
#: in lower case are 96 columns wide at most, all but one 85 or less.
WRAP_MAX = 100


def lines_with_credits(lines: list[str]) -> list[int]:
    """The indices of the lines (without line ends) where a credit may stand: those ending
    with a closing parenthesis or a "read more" word, and those with a sentence's end in
    their last :data:`BARE_MAX` characters before the last one (a bare credit may follow it).
    A look at each line's last characters (a few string tests a line): :func:`find` reads
    only these."""
    out = []
    for i, line in enumerate(lines):
        tail = line[-40:].rstrip()
        if not tail:
            continue
        last = tail[-1]
        if last in ")）" or ((last.isalpha() or last in "»›>→…") and
                             tail.rstrip(" \t»›>→…").casefold().endswith(_MORE_WORDS)):
            out.append(i)
        elif _SENTENCE_ENDS.search(line.rstrip(), max(0, len(line.rstrip()) - BARE_MAX)):
            out.append(i)
    return out


#: A sentence's end with something after it (where a bare credit may start).
_SENTENCE_ENDS = re.compile(r"[.!?。！？…].")


def ends_paragraph(lines: list[str], i: int) -> bool:
    """Whether line ``i`` of ``lines`` (without line ends) ends a paragraph with more text
    after it: a blank line follows it, or it is wider than :data:`WRAP_MAX` (no hard wrap cut
    it), and some line below holds text (a page cut off in its last sentence ends in a
    fragment too)."""
    if not any(line.strip() for line in lines[i + 1:]):
        return False
    return not lines[i + 1].strip() or width(lines[i]) > WRAP_MAX
