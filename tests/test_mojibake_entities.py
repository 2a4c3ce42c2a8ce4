"""Garble written as HTML character references (issue 16): UTF-8 read as Latin-1 or cp1252 and
then escaped is read back; references that are no garble keep their form (texts written for
these tests)."""

from __future__ import annotations

import html

import pytest

from textfix import repair
from textfix.config import DEFAULT
from textfix.damage import mojibake
from textfix.damage.base import Context


def _run(text: str) -> str:
    return mojibake.run(text, Context(DEFAULT, text)).text


def _escape_numeric(text: str) -> str:
    return "".join(c if c < "\x80" else f"&#{ord(c)};" for c in text)


def _escape_named(text: str) -> str:
    """PHP's htmlentities: a named reference where HTML has one, else a numeric one."""
    return "".join(c if c < "\x80" else html.escape(c) if c in "<>&\"'" else
                   next((f"&{name}" for name, ch in html.entities.html5.items()
                         if ch == c and name.endswith(";") and name[:-1].isalnum()
                         and name[:-1].islower()), f"&#{ord(c)};") for c in text)


WORDS = ["中文字幕", "ดาวน์โหลดเกม", "Привет, мир", "日本語の説明書"]


@pytest.mark.parametrize("word", WORDS)
@pytest.mark.parametrize("escape", [_escape_numeric, _escape_named])
def test_escaped_garble_is_read_back(word: str, escape) -> None:
    garbled = escape(word.encode("utf-8").decode("latin-1"))
    assert garbled.isascii()
    text = f"<p class=\"title\">{garbled}</p>"
    assert _run(text) == f"<p class=\"title\">{word}</p>"


@pytest.mark.parametrize("clean", [
    "<p>&copy;&nbsp;2024 Example Ltd.</p>",
    "Caf&eacute;&nbsp;&amp;&nbsp;Cr&egrave;me br&ucirc;l&eacute;e",
    "<q>&laquo;&nbsp;Bonjour&nbsp;&raquo;</q>",
    "Accents: &eacute;&egrave;&agrave;&ccedil; and &Auml;&ouml;&uuml;",
    "&#8220;Quoted&#8221;&nbsp;&mdash;&nbsp;said she",
    "<span>&#20013;&#25991;&#23383;&#24149;</span>",
    "&lt;&gt;&amp;&quot; are escaped",
])
def test_references_that_are_no_garble_stay(clean: str) -> None:
    assert _run(clean) == clean
    assert repair(clean).text == clean
