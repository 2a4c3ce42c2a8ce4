"""Inline credits: chrome glued to the end of a body line, cut from it while the line stays.

A paragraph may end with its editor's credit (``…。（责任编辑：王五）``, ``(Reporting by Ann Lee;
Editing by Bo Chan)``), a caption with its photographer's (``(Foto: W. Berg)``, ``（摄影/李四）``),
a teaser with a "read more" link (``… Weiterlesen``). The credit is a parenthesis that opens with
a credit label (or a name and a label), at the very end of the line, after text of the line's
own; the link follows a sentence's end. Only that tail is cut; a credit in the middle of a
line, or a parenthesis that does not open with a label (``（见附件）``), stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..codes import Code

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


def find(line: str) -> Credit | None:
    """The credit at the end of ``line`` (a line without its line end), when text of the
    line's own stands before it.

    >>> find("会议于昨日闭幕。（责任编辑：王五）")
    Credit(start=8, text='（责任编辑：王五）', code=<Code.EDITOR_CREDIT: 'B102'>)
    >>> find("（责任编辑：王五）") is None
    True
    """
    s = line.rstrip()
    if not s or s[-1] not in ")）»›>→…" and not s[-1].isalpha() and not s[-1].isdigit():
        return None
    m = _pattern().search(s)
    if m is None or not s[:m.start()].strip():
        return None
    text = m["credit"]
    start = m.start("credit") + len(text) - len(text.lstrip())
    text = text.strip()
    code = Code.EDITOR_CREDIT if text[0] in "(（" else Code.MORE_INFO
    return Credit(start, text, code)


#: The "read more" words, case-folded, for a line's end (str.endswith takes them at once).
_MORE_WORDS = tuple(w.casefold() for w in (*_MORE.split("|"), "Continued"))


def lines_with_credits(lines: list[str]) -> list[int]:
    """The indices of the lines (without line ends) where a credit may stand: those ending
    with a closing parenthesis or a "read more" word. A look at each line's last characters
    (a few string tests a line): :func:`find` reads only these."""
    out = []
    for i, line in enumerate(lines):
        tail = line[-40:].rstrip()
        if not tail:
            continue
        last = tail[-1]
        if last in ")）" or ((last.isalpha() or last in "»›>→…") and
                             tail.rstrip(" \t»›>→…").casefold().endswith(_MORE_WORDS)):
            out.append(i)
    return out
