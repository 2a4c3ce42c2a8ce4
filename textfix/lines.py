r"""How textfix cuts a text into lines (after each ``\n`` only, keeping the line ends) and how
wide a line is.

Every line number textfix reports (findings, removed lines, ``explain``, ``--removed``) counts
these lines, so ``\r\n`` ends one line and U+0085, U+2028, U+2029, form feeds and other
controls, which ``str.splitlines`` would also cut at, stay inside their line.
"""

from __future__ import annotations

import re

from .charclass import CharClass

_LINE = re.compile(r"[^\n]*\n|[^\n]+$")


def split_lines(text: str) -> list[str]:
    r"""``text`` cut after each ``\n`` only (as line numbers count), keeping the line ends;
    ``str.splitlines`` would also cut at U+0085, U+2028, form feeds and other controls.

    >>> split_lines("a\x85b\r\nc")
    ['a\x85b\r\n', 'c']
    """
    return _LINE.findall(text)


def line_count(text: str) -> int:
    r"""The number of lines :func:`split_lines` finds, without splitting.

    >>> line_count("a\nb"), line_count("a\n"), line_count("")
    (2, 1, 0)
    """
    return text.count("\n") + (1 if text and not text.endswith("\n") else 0)


#: The wide and fullwidth characters (East Asian Width W or F) of the scripts pages are written
#: in: Hangul Jamo, CJK radicals to Yi, Hangul syllables, compatibility ideographs, vertical
#: and small forms, fullwidth forms, and the supplementary ideographic planes. A
#: :class:`~textfix.charclass.CharClass`: compiled as a regular expression it costs 7 ms of
#: start-up (CPython visits every code point of the ranges), which a small file never repays.
_WIDE = CharClass.parse("\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                        "\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60"
                        "\uffe0-\uffe6\U00020000-\U0003fffd")


def width(s: str) -> int:
    """Columns ``s`` takes: two for a wide or fullwidth character, one for the others.

    >>> width("新闻 News")
    9
    """
    if s.isascii():
        return len(s)
    return len(s) + _WIDE.count(s)


__all__ = ["line_count", "split_lines", "width"]
