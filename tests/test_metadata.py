"""Metadata parsing: dates to ISO 8601 (time only when complete, ambiguous dates left out) and
labelled fields in the languages the boilerplate rules know."""

from __future__ import annotations

import pytest

from textfix.metadata import from_lines, parse_date, parse_fields
from textfix.models import Metadata


@pytest.mark.parametrize(("text", "iso"), [
    ("2022年08月14日 9:4 5355次浏览", "2022-08-14"),  # truncated time dropped
    ("2023-03-05 14:30:21　来源：新华网", "2023-03-05T14:30:21"),
    ("2023-03-05 14:30", "2023-03-05T14:30:00"),
    ("發佈時間：2023年03月05日 14:30", "2023-03-05T14:30:00"),
    ("2023/03/05 14:30　記者陳志明／台北報導", "2023-03-05T14:30:00"),
    ("입력 2023.03.05 14:30", "2023-03-05T14:30:00"),
    ("2023년 3월 5일", "2023-03-05"),
    ("Published March 5, 2023 2:30 PM", "2023-03-05T14:30:00"),
    ("Posted on Mar 5, 2023 by Tom Becker", "2023-03-05"),
    ("12:05 am, 5 March 2023", "2023-03-05"),
    ("Von Julia Wagner | 05.03.2023, 14:30 Uhr", "2023-03-05T14:30:00"),
    ("5. März 2023", "2023-03-05"),
    ("Publié le 5 mars 2023 à 14:30", "2023-03-05T14:30:00"),
    ("Publicado el 5 de marzo de 2023", "2023-03-05"),
    ("Publicado em 5 de março de 2023", "2023-03-05"),
    ("Опубликовано: 5 марта 2023, 14:30", "2023-03-05T14:30:00"),
    ("By Jane Doe | 25/03/2023", "2023-03-25"),  # day first: 25 cannot be a month
    ("03/25/2023", "2023-03-25"),  # month first
])
def test_dates(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("text", [
    "05/03/2023",  # March or May: ambiguous, left out
    "2023-13-05", "2023-02-32 10:00", "version 2023.1", "no date here", "1,234 views",
])
def test_no_date(text: str) -> None:
    assert parse_date(text) is None


def test_a_bad_time_keeps_the_date() -> None:
    assert parse_date("2023-03-05 25:61") == "2023-03-05"


@pytest.mark.parametrize(("line", "fields"), [
    ("来源：中国有色金属报 分类：重点新闻 作者：张现攀",
     {"source": "中国有色金属报", "category": "重点新闻", "author": "张现攀"}),
    ("时间：2023-03-05 | 来源：滨州日报 | 编辑：张伟 | 点击：568",
     {"source": "滨州日报", "editor": "张伟"}),
    ("來源： 星島日報", {"source": "星島日報"}),
    ("（责任编辑：李四）", {"editor": "李四"}),
    ("文／王怡君", {"author": "王怡君"}),
    ("原文链接：https://www.example.cn/a/1.html", {"url": "https://www.example.cn/a/1.html"}),
    ("By Sarah Mitchell, Reuters | Updated March 5, 2023", {"author": "Sarah Mitchell"}),
    ("Source: Reuters | Category: Markets", {"source": "Reuters", "category": "Markets"}),
    ("Reporting by Jane Doe; Editing by John Smith", {"editor": "John Smith"}),
    ("Автор: Иван Петров", {"author": "Иван Петров"}),
    ("Quelle: dpa", {"source": "dpa"}),
    ("Par Claire Dubois | Publié le 5 mars 2023", {"author": "Claire Dubois"}),
    ("Fuente: EFE", {"source": "EFE"}),
    ("Original article: https://example.org/x?id=1.", {"url": "https://example.org/x?id=1"}),
])
def test_fields(line: str, fields: dict[str, str]) -> None:
    assert parse_fields(line) == fields


def test_earlier_lines_win() -> None:
    meta = from_lines(["2023-03-05 来源：新华网 作者：张三", "2024-01-01 来源：人民网", "责任编辑：李四"])
    assert meta == Metadata(published="2023-03-05", source="新华网", author="张三", editor="李四")
