"""Metadata from a page's head and tail: title, publication date, source, category, people.

Page-meta lines such as ``2022年08月14日 9:4 5355次浏览 来源：中国有色金属报 分类：重点新闻
作者：张现攀`` and credits such as ``责任编辑：孟庆科`` are parsed into :class:`Metadata` fields.
Dates become ISO 8601; a time is kept only when it is complete (``9:4`` is a truncated time and
is dropped, ``09:40`` is kept).
"""

from __future__ import annotations

import re

from .models import Metadata

_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?:年|[-/.])\s*(?P<m>\d{1,2})\s*(?:月|[-/.])\s*(?P<d>\d{1,2})"
    r"(?:\s*日)?(?:[\sT]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?(?!\d)"
)

#: Field → labels (Simplified, Traditional, English…) that introduce it on a meta line.
LABELS: dict[str, tuple[str, ...]] = {
    "source": ("来源", "來源", "出处", "出處", "稿源", "Source", "出典", "출처", "Источник",
               "Quelle", "Fuente", "Fonte"),
    "category": ("分类", "分類", "栏目", "欄目", "频道", "頻道", "Category", "カテゴリー"),
    "author": ("作者", "撰文", "记者", "記者", "Author", "By", "著者", "기자", "Автор",
               "Autor", "Auteur"),
    "editor": ("责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "小编", "小編",
               "Editor", "Edited by", "編集", "편집", "Редактор"),
    "url": ("原文链接", "原文鏈接", "原文地址", "原文網址", "URL", "Original URL"),
}

_ALL_LABELS = sorted((lab for labs in LABELS.values() for lab in labs), key=len, reverse=True)
_LABEL_RE = re.compile(
    r"(?:^|(?<=[\s|｜【\[（(]))(?P<label>" + "|".join(map(re.escape, _ALL_LABELS)) + r")\s*[：:]\s*"
)
_FIELD_OF = {lab: field for field, labs in LABELS.items() for lab in labs}
_VALUE_END = re.compile(r"\s{1,}|[|｜】\]）)]")


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO 8601 (with the time when it is complete)."""
    m = _DATE.search(text)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    date = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["H"] is not None and len(m["M"]) == 2 and int(m["H"]) < 24 and int(m["M"]) < 60:
        seconds = f":{m['S']}" if m["S"] else ":00"
        return f"{date}T{int(m['H']):02d}:{m['M']}{seconds}"
    return date


def parse_fields(line: str) -> dict[str, str]:
    """``label：value`` pairs on one meta or credit line, keyed by metadata field."""
    fields: dict[str, str] = {}
    matches = list(_LABEL_RE.finditer(line))
    for i, m in enumerate(matches):
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = line[m.end() : stop].strip()
        if m["label"] not in ("Edited by",):
            end = _VALUE_END.search(value)
            if end and _FIELD_OF[m["label"]] != "url":
                value = value[: end.start()]
        value = value.strip(" \t\r\n|｜【】[]（）()")
        if value:
            fields.setdefault(_FIELD_OF[m["label"]], value)
    return fields


def from_lines(lines: list[str]) -> Metadata:
    """Metadata from removed meta/credit lines (earlier lines win)."""
    values: dict[str, str] = {}
    for line in lines:
        if "published" not in values and (date := parse_date(line)):
            values["published"] = date
        for k, v in parse_fields(line).items():
            values.setdefault(k, v)
    return Metadata(**values)
