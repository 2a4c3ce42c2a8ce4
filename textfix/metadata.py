"""Metadata from a page's head and tail: title, publication date, source, category, people, URL.

Page-meta lines such as ``2022年08月14日 9:4 5355次浏览 来源：中国有色金属报 分类：重点新闻
作者：张现攀``, bylines such as ``By Jane Doe`` and credits such as ``责任编辑：孟庆科`` are parsed
into :class:`Metadata` fields. Dates become ISO 8601; a time is kept only when it is complete
(``9:4`` is a truncated time and is dropped, ``09:40`` is kept). A date is read only when it is
unambiguous: ``05/03/2023`` could be March or May, so it is left out (precision over recall).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .models import Metadata


class _Lazy:
    """A regular expression compiled on first use: importing this module (every boilerplate
    run does) compiles nothing; the date and label patterns cost only when a page has meta."""

    __slots__ = ("_args", "_rx")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._args = (source, flags)
        self._rx: re.Pattern[str] | None = None

    def _get(self) -> re.Pattern[str]:
        if self._rx is None:
            self._rx = re.compile(*self._args)
        return self._rx

    def search(self, text: str) -> re.Match[str] | None:
        return self._get().search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self._get().finditer(text)

#: Month names (English, German, French, Spanish, Portuguese, Italian, Turkish, Russian and
#: Polish in the nominative and the genitive that dates use) → month number. Matched
#: case-insensitively. The Turkish names holding a dotless ı (mayıs, kasım, aralık) are left
#: out: re folds ı with I and i, which the boilerplate rules' key index cannot follow.
MONTHS: dict[str, int] = {}
for _n, _names in enumerate(
    (
        "january jan januar janvier enero janeiro январь января янв "
        "gennaio stycznia styczeń ocak",
        "february feb februar février fevrier febrero fevereiro февраль февраля фев "
        "febbraio lutego luty şubat",
        "march mar märz maerz mars marzo março марта март мар "
        "marca marzec",
        "april apr avril abril апрель апреля апр "
        "aprile kwietnia kwiecień nisan",
        "may mai mayo maio май мая "
        "maggio maja",
        "june jun juni juin junio junho июнь июня июн "
        "giugno czerwca czerwiec haziran",
        "july jul juli juillet julio julho июль июля июл "
        "luglio lipca lipiec temmuz",
        "august aug août aout agosto август августа авг "
        "sierpnia sierpień ağustos",
        "september sep sept septembre septiembre setiembre setembro сентябрь сентября сен "
        "settembre września wrzesień eylül",
        "october oct oktober octobre octubre outubro октябрь октября окт "
        "ottobre października październik ekim",
        "november nov novembre noviembre novembro ноябрь ноября ноя "
        "listopada listopad",
        "december dec dez décembre decembre diciembre dezembro декабрь декабря дек "
        "dicembre grudnia grudzień",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _n

_MONTH_ALT = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
#: A month name as a regular expression (for the boilerplate rules' date patterns).
MONTH = rf"(?:{_MONTH_ALT})\.?"

_TIME = (
    r"(?:\s*(?:[,|·•]|\bat\b|\bà\b|\bum\b|\ba las\b|\bàs\b|в)?\s*[T\s]?\s*"
    r"(?P<H>\d{1,2})(?::|时|時|시\s*)(?P<M>\d{1,2})(?:(?::|分|분\s*)(?P<S>\d{2}))?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
)
_NUMERIC = _Lazy(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?:年|년|[-/.])\s*(?P<m>\d{1,2})\s*(?:月|월|[-/.])\s*"
    r"(?P<d>\d{1,2})(?!\d)(?:\s*(?:日|일|\.))?" + _TIME
)
_DAY_FIRST = _Lazy(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?!\d)" + _TIME)
_SLASHED = _Lazy(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)(?!\d)" + _TIME)
_MONTH_FIRST = _Lazy(
    rf"(?<!\w)(?P<mon>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"(?P<y>(?:19|20)\d\d)(?!\d)" + _TIME,
    re.IGNORECASE,
)
_DAY_MONTH = _Lazy(
    rf"(?<!\d)(?P<d>\d{{1,2}})(?:\.|er|º)?\s+(?:de\s+)?(?P<mon>{_MONTH_ALT})\.?,?\s+"
    rf"(?:de\s+|del\s+)?(?P<y>(?:19|20)\d\d)(?!\d)(?:\s*г(?:\.|ода)?)?" + _TIME,
    re.IGNORECASE,
)


def _iso(y: int, mo: int, d: int, m: re.Match[str]) -> str | None:
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    date = f"{y:04d}-{mo:02d}-{d:02d}"
    hour, minute = m["H"], m["M"]
    if hour is None or minute is None or len(minute) != 2:
        return date  # no time, or a truncated one (``9:4``)
    h = int(hour)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 23 or int(minute) > 59:
        return date
    seconds = m["S"] or "00"
    return f"{date}T{h:02d}:{minute}:{seconds}"


def parse_date(text: str) -> str | None:
    """The first unambiguous date in ``text`` as ISO 8601 (with the time when complete).

    >>> parse_date("2022年08月14日 9:4 5355次浏览")
    '2022-08-14'
    >>> parse_date("Published March 5, 2023 at 2:30 pm")
    '2023-03-05T14:30:00'
    >>> parse_date("le 5 mars 2023"), parse_date("05/03/2023")
    ('2023-03-05', None)
    """
    found: list[tuple[int, str]] = []
    if (m := _NUMERIC.search(text)) and (iso := _iso(int(m["y"]), int(m["m"]), int(m["d"]), m)):
        found.append((m.start(), iso))
    if (m := _DAY_FIRST.search(text)) and (iso := _iso(int(m["y"]), int(m["m"]), int(m["d"]), m)):
        found.append((m.start(), iso))
    if m := _SLASHED.search(text):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:  # day first
            iso = _iso(int(m["y"]), b, a, m)
        elif b > 12 >= a:  # month first
            iso = _iso(int(m["y"]), a, b, m)
        else:
            iso = None
        if iso:
            found.append((m.start(), iso))
    for rx in (_MONTH_FIRST, _DAY_MONTH):
        if (m := rx.search(text)) and (iso := _iso(int(m["y"]), MONTHS[m["mon"].lower()],
                                                   int(m["d"]), m)):
            found.append((m.start(), iso))
    return min(found)[1] if found else None


#: Field → labels (Simplified, Traditional, English, other languages) that introduce it.
LABELS: dict[str, tuple[str, ...]] = {
    "source": ("来源", "來源", "出处", "出處", "稿源", "文章来源", "文章來源", "信息来源",
               "資料來源", "新闻来源", "Source", "出典", "출처", "Источник", "Quelle", "Fuente",
               "Fonte"),
    "category": ("分类", "分類", "栏目", "欄目", "频道", "頻道", "所属栏目", "Category",
                 "Section", "カテゴリー", "カテゴリ", "분류", "카테고리", "Рубрика", "Категория",
                 "Kategorie", "Rubrik", "Catégorie", "Rubrique", "Categoría", "Sección",
                 "Categoria", "Seção", "Editoria"),
    "author": ("作者", "撰文", "记者", "記者", "撰稿", "文", "Author", "Written by", "By",
               "著者", "筆者", "작성자", "글쓴이", "Автор", "Autor", "Autorin", "Auteur",
               "Autora", "Por", "Von", "Par"),
    "editor": ("责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "小编", "小編",
               "Editor", "Edited by", "Editing by", "編集", "편집", "Редактор", "Redaktion",
               "Rédaction", "Édité par", "Edición", "Editado por", "Edição"),
    "url": ("原文链接", "原文鏈接", "原文地址", "原文網址", "本文链接", "本文鏈接", "本文地址",
            "文章链接", "URL", "Original URL", "Original article", "Permalink", "元記事",
            "원문", "Оригинал", "Originalartikel", "Lien", "Enlace", "Link"),
}

#: Labels that may stand without a colon (``By Jane Doe``, ``Edited by John Smith``).
_BARE = ("By", "Written by", "Edited by", "Editing by", "Von", "Par", "Por", "Édité par",
         "Editado por")
_ALL_LABELS = sorted((lab for labs in LABELS.values() for lab in labs), key=len, reverse=True)
_FIELD_OF = {lab: field for field, labs in LABELS.items() for lab in labs}
_LABEL_RE = _Lazy(
    r"(?:^|(?<=[\s|｜【\[（(·•/]))(?:(?P<label>"
    + "|".join(map(re.escape, _ALL_LABELS))
    + r")\s*[：:／]\s*|(?P<bare>"
    + "|".join(map(re.escape, sorted(_BARE, key=len, reverse=True)))
    + r")\s+(?=\S))"
)
_URL = _Lazy(r"https?://[^\s<>\"'“”‘’（）()【】\[\]]+")
_VALUE_END = _Lazy(r"\s{2,}|\s(?=[|｜·•])|[|｜·•】\]）)]|\s+(?=\d{4}\s*[-/.年])|$")
_NAME_END = _Lazy(r"\s*(?:[,;，；|｜·•]|\s\d|\s(?:on|am|le|el|em|vom|в)\s|$)")
_STRIP = " \t\r\n|｜【】[]（）()<>《》\"'“”.,，;；"


def parse_fields(line: str) -> dict[str, str]:
    """``label：value`` pairs (and bylines) on one meta or credit line, keyed by field.

    >>> parse_fields("来源：中国有色金属报 分类：重点新闻 作者：张现攀")
    {'source': '中国有色金属报', 'category': '重点新闻', 'author': '张现攀'}
    >>> parse_fields("By Jane Doe, Reuters | March 5, 2023")
    {'author': 'Jane Doe'}
    """
    fields: dict[str, str] = {}
    matches = list(_LABEL_RE.finditer(line))
    for i, m in enumerate(matches):
        label = m["label"] or m["bare"]
        field = _FIELD_OF[label]
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = line[m.end() : stop].strip()
        if field == "url":
            url = _URL.search(value)
            value = url.group(0) if url else ""
        elif m["bare"] or (field in ("author", "editor") and not _is_cjk_text(value)):
            end = _NAME_END.search(value)
            value = value[: end.start()] if end else value
        else:
            end = _VALUE_END.search(value)
            value = value[: end.start()] if end else value
            if _is_cjk_text(value):
                value = value.split()[0] if value.split() else ""
        value = value.strip(_STRIP) if field != "url" else value.rstrip(".,;，。；")
        if value and len(value) <= 80:
            fields.setdefault(field, value)
    if "url" not in fields and (m2 := re.search(r"(?:原文|本文|Original|Source)\S{0,6}\s*[：:]?\s*"
                                                 r"(https?://\S+)", line)):
        fields["url"] = m2.group(1).rstrip(".,;，。；")
    return fields


def _is_cjk_text(value: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3" for ch in value[:4])


def from_lines(lines: list[str]) -> Metadata:
    """Metadata from removed meta/credit lines (earlier lines win)."""
    values: dict[str, str] = {}
    for line in lines:
        if "published" not in values and (date := parse_date(line)):
            values["published"] = date
        for k, v in parse_fields(line).items():
            values.setdefault(k, v)
    return Metadata(**values)
