"""Damage that cannot be undone: reported with its own code (``M103``) and left in place.

Some mojibake has already lost its bytes, and no decoding brings them back:

* runs of U+FFFD, the replacement character a decoder wrote for bytes it could not read;
* ``锟斤拷``: UTF-8's U+FFFD (``EF BF BD``) read back as GBK — the replacement was itself
  mis-decoded, often several times over;
* ``烫烫烫`` and ``屯屯屯``: bytes 0xCC / 0xCD, with which debug builds fill uninitialised stack
  and heap memory, shown as GBK;
* ``?`` runs where CJK characters were (a transcoder that wrote ``?`` for what it could not
  map), recognised by two or more ``?`` touching CJK text, or one ``?`` between CJK characters
  in a line that still shows mojibake.

This stage runs after the mojibake repairs, so it reports only what they could not undo. It
changes nothing: guessing lost characters would be inventing text.
"""

from __future__ import annotations

import re

from ..charclass import LineIndex
from ..codes import Code
from ..models import Finding
from .base import Context, Outcome

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\u3000-\u303f\uff01-\uff5e"
PATTERN = re.compile(
    "(?P<fffd>\ufffd+)"
    "|(?P<kunkin>(?:锟斤拷)+锟?斤?)"
    "|(?P<tang>烫烫+)"
    "|(?P<tun>屯屯+)"
    f"|(?P<qmark>(?<=[{_CJK}])\\?{{2,}}|\\?{{2,}}(?=[{_CJK}]))"
)
WHAT = {
    "fffd": "U+FFFD replacement characters: the bytes were lost before this text was written",
    "kunkin": "锟斤拷: UTF-8 replacement characters (EF BF BD) read back as GBK",
    "tang": "烫烫: bytes 0xCC (uninitialised stack memory) shown as GBK",
    "tun": "屯屯: bytes 0xCD (uninitialised heap memory) shown as GBK",
    "qmark": "question marks where CJK characters were lost in transcoding",
}


_NEAR = _CJK + "\u2500-\u257f\u3100-\u312f"  # with box drawing and bopomofo (GBK/Big5 rows)
_LONE = re.compile(f"(?<=[{_NEAR}])\\?|\\?(?=[{_NEAR}])")
_LINE = re.compile(r"[^\n]*")


def _lone_marks(text: str) -> list[re.Match[str]]:
    """Single ``?`` touching CJK characters where they stand for lost characters, not for a
    question: in a line that still shows mojibake, next to a rare character, or two or more
    in one line (``인?些?侃``); ``你好吗?我很好`` is a question."""
    from ..plausibility import kind
    from .mojibake_cjk import suspicious

    out: list[re.Match[str]] = []
    for line in _LINE.finditer(text):
        body = line.group()
        if "?" not in body:
            continue
        marks = [m for m in _LONE.finditer(text, line.start(), line.end())
                 if text[m.start() - 1 : m.start()] != "?" and text[m.end() : m.end() + 1] != "?"]
        if not marks:
            continue
        if len(marks) >= 2 or suspicious(body):
            out.extend(marks)
            continue
        for m in marks:
            near = text[max(0, m.start() - 1) : m.start()] + text[m.end() : m.end() + 1]
            if any(ch >= "\x80" and kind(ch)[1] < 0.5 for ch in near):
                out.append(m)
    return out


def find(text: str) -> list[Finding]:
    """Every run of unrecoverable damage in ``text``.

    >>> [f.evidence for f in find("价格锟斤拷元，共\\ufffd\\ufffd件")]
    ['锟斤拷', '2 × U+FFFD']
    """
    if text.isascii() and "?" not in text:
        return []
    findings: list[Finding] = []
    index: LineIndex | None = None
    matches = list(PATTERN.finditer(text))
    if "?" in text and _LONE.search(text):  # a question mark touching CJK text at all
        matches += _lone_marks(text)
    for m in sorted(matches, key=lambda m: m.start()):
        kind = m.lastgroup or ("qmark" if m.group() == "?" else "fffd")
        index = index or LineIndex(text)
        line, col = index.line_col(m.start())
        run = m.group()
        evidence = f"{len(run)} × U+FFFD" if kind == "fffd" else run[:24]
        findings.append(Finding(Code.UNRECOVERABLE, line, col, WHAT[kind], evidence=evidence,
                                fixable=False, start=m.start(), end=m.end()))
    return findings


def run(text: str, ctx: Context) -> Outcome:
    """Report unrecoverable damage; the text is returned unchanged."""
    if not ctx.config.mojibake:
        return Outcome(text)
    return Outcome(text, tuple(find(text)))
