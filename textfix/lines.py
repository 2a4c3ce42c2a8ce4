r"""How textfix cuts a text into lines: after each ``\n`` only, keeping the line ends.

Every line number textfix reports (findings, removed lines, ``explain``, ``--removed``) counts
these lines, so ``\r\n`` ends one line and U+0085, U+2028, U+2029, form feeds and other
controls, which ``str.splitlines`` would also cut at, stay inside their line.
"""

from __future__ import annotations

import re

_LINE = re.compile(r"[^\n]*\n|[^\n]+$")


def split_lines(text: str) -> list[str]:
    r"""``text`` cut after each ``\n`` only (as line numbers count), keeping the line ends;
    ``str.splitlines`` would also cut at U+0085, U+2028, form feeds and other controls.

    >>> split_lines("a\x85b\r\nc")
    ['a\x85b\r\n', 'c']
    """
    return _LINE.findall(text)


def line_count(text: str) -> int:
    """The number of lines :func:`split_lines` finds, without splitting.

    >>> line_count("a\nb"), line_count("a\n"), line_count("")
    (2, 1, 0)
    """
    return text.count("\n") + (1 if text and not text.endswith("\n") else 0)


__all__ = ["line_count", "split_lines"]
