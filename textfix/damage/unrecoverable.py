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
from functools import cache

from ..charclass import LineIndex
from ..codes import Code
from ..models import Finding
from .base import Context, Outcome

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\u3000-\u303f\uff01-\uff5e"


@cache
def pattern() -> re.Pattern[str]:
    """Runs of unrecoverable damage; the empty group after the first character names the kind
    (``m.lastgroup``, a key of :data:`WHAT`).

    The pattern starts with the one character class every run starts with, so that a scan
    skips at C speed to the few characters that can start one (with a group or a look-behind
    first, the engine would try every position). After it, a look-behind tells the kinds
    apart: ``\\ufffd+``, ``(?:锟斤拷)+锟?斤?``, ``烫烫+``, ``屯屯+``, and two or more ``?``
    after or before a CJK character. Compiled on first use: its CJK classes take milliseconds
    to compile, and text without any of :data:`_MAYBE` never needs it.
    """
    return re.compile(
        "[\ufffd锟烫屯?](?:"
        "(?<=\ufffd)(?P<fffd>)\ufffd*"
        "|(?<=锟)(?P<kunkin>)斤拷(?:锟斤拷)*锟?斤?"
        "|(?<=烫)(?P<tang>)烫+"
        "|(?<=屯)(?P<tun>)屯+"
        f"|(?<=\\?)(?P<qmark>)(?:(?<=[{_CJK}]\\?)\\?+|\\?+(?=[{_CJK}]))"
        ")"
    )


WHAT = {
    "fffd": "U+FFFD replacement characters: the bytes were lost before this text was written",
    "kunkin": "锟斤拷: UTF-8 replacement characters (EF BF BD) read back as GBK",
    "tang": "烫烫: bytes 0xCC (uninitialised stack memory) shown as GBK",
    "tun": "屯屯: bytes 0xCD (uninitialised heap memory) shown as GBK",
    "qmark": "question marks where CJK characters were lost in transcoding",
}


#: A necessary condition for any match of :func:`pattern`: each of its branches holds one of
#: these literals.
_MAYBE = re.compile("\ufffd|锟斤拷|烫烫|屯屯|\\?\\?")

_NEAR = _CJK + "\u2500-\u257f\u3100-\u312f"  # with box drawing and bopomofo (GBK/Big5 rows)


@cache
def _lone() -> re.Pattern[str]:
    """A ``?`` with a CJK character after or before it.

    Written to start with the literal ``?`` (not with a look-behind), so that a search skips
    to each ``?`` at C speed; compiled on first use (text without ``?`` never needs it).
    """
    return re.compile(f"\\?(?:(?=[{_NEAR}])|(?<=[{_NEAR}]\\?))")


def _lone_marks(text: str) -> list[re.Match[str]]:
    """Single ``?`` touching CJK characters where they stand for lost characters, not for a
    question: in a line that still shows mojibake, next to a rare character, or two or more
    in one line (``인?些?侃``); ``你好吗?我很好`` is a question.

    Only the lines that hold such a ``?`` are looked at (a mark's neighbours decide whether it
    matches, so matching the whole text finds the same marks as matching line by line).
    """
    out: list[re.Match[str]] = []
    line_end = -1
    marks: list[re.Match[str]] = []
    body = ""
    for m in _lone().finditer(text):
        at = m.start()
        if text[at - 1 : at] == "?" or text[m.end() : m.end() + 1] == "?":
            continue  # part of a run of ``?``: pattern()'s business
        if at > line_end:  # the first mark of a new line: settle the previous one
            _settle(marks, body, out)
            start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            if line_end < 0:
                line_end = len(text)
            body, marks = text[start:line_end], []
        marks.append(m)
    _settle(marks, body, out)
    return out


def _settle(marks: list[re.Match[str]], body: str, out: list[re.Match[str]]) -> None:
    """Add the marks of one line (``body``) that stand for lost characters to ``out``."""
    if not marks:
        return
    from ..plausibility import kind
    from .mojibake.cjk_gate import suspicious

    if suspicious(body):
        out.extend(marks)
        return
    text = marks[0].string
    if _asks(body):
        marks = [m for m in marks if not is_question(text, m.start(), m.end())]
    if len(marks) >= 2:
        out.extend(marks)
        return
    for m in marks:
        near = text[max(0, m.start() - 1) : m.start()] + text[m.end() : m.end() + 1]
        if any(ch >= "\x80" and kind(ch)[1] < 0.5 for ch in near):
            out.append(m)


#: The most question marks that end a question (``???``); a longer run stands for characters.
MAX_QUESTION = 3
#: Chinese sentence-final particles (and the 么 of 什么, 怎么): a ``?`` after one ends a
#: question whatever follows it.
_ASKING = frozenset("吗呢吧啊呀嘛么嗎麼")
#: What may follow the ``?`` of a question: a space or the end of the line, markup, or
#: closing punctuation.
_AFTER_QUESTION = frozenset(" \t\r\n<&\"'”’)）」』!！.。~…")
#: Chinese interrogatives (both scripts): a ``?`` that ends a clause holding one ends a
#: question whatever follows it (``付出什麼代價?TOD模式``, ``是否本末倒置了點?身為``). Only
#: words that ask (not 几, which is also "a few", nor 多少, also "somewhat").
INTERROGATIVES: tuple[str, ...] = (
    "什么", "什麼", "怎么", "怎麼", "怎样", "怎樣", "为何", "為何", "如何", "哪", "谁", "誰",
    "是否", "是不是", "有没有", "有沒有", "难道", "難道", "能否", "可否",
)
_INTERROGATIVE = re.compile("|".join(INTERROGATIVES))
#: Marks that end the clause an interrogative must be in.
_CLAUSE_END = re.compile("[,，;；:：。!！?？.\n]")
#: The longest clause searched back for an interrogative (characters).
MAX_CLAUSE = 40


def is_question(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` (up to three question marks) may end a question: it follows a
    letter and comes before a space, the end of the line, markup or closing punctuation
    (``벌어질까? 그냥``, ``끝났나??</title>``, ``哪國人?&lt;``), or follows a Chinese
    sentence-final particle (``是什么?最大的``) or a letter ending a clause that holds a
    Chinese interrogative (``付出什麼代價?捷運``), where characters lost inside a word are
    followed by more of the word (``家?給``, ``媒介??論``) and longer runs stand for several
    characters (``に???????????? -1``)."""
    if end - start > MAX_QUESTION:
        return False
    before, after = text[start - 1 : start], text[end : end + 1]
    if before and before in _ASKING:
        return True  # folded Chinese runs on into the next sentence: 是什么?最大的
    if not before.isalpha():
        return False
    return not after or after in _AFTER_QUESTION or _asking_clause(text, start)


def _asking_clause(text: str, at: int) -> bool:
    """The clause ending at ``at`` (back to the previous clause mark, at most
    :data:`MAX_CLAUSE` characters) holds a Chinese interrogative (:data:`INTERROGATIVES`)."""
    clause = text[max(0, at - MAX_CLAUSE) : at]
    clause = clause[max((m.end() for m in _CLAUSE_END.finditer(clause)), default=0) :]
    return _INTERROGATIVE.search(clause) is not None


_QUESTION_RUN = re.compile(r"\?+")


def _asks(body: str) -> bool:
    """Every run of ``?`` in the line ``body`` that may end a question, or touches no letter
    at all, leaves the line's questions unreported: Korean, and folded Chinese or Japanese
    text, ask questions with ASCII ``?``. One run that cannot (``지??? ??? ??????니다``) shows
    that the line lost characters, and then its question-like runs are damage too."""
    for m in _QUESTION_RUN.finditer(body):
        a, b = m.span()
        if not is_question(body, a, b) and (
                body[a - 1 : a].isalpha() or body[b : b + 1].isalpha()):
            return False
    return True


def _questions_left(text: str, matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """``matches`` less the runs of ``?`` that end a question in a line without mojibake."""
    from .mojibake.cjk_gate import suspicious

    out = []
    for m in matches:
        if m.lastgroup == "qmark" and is_question(text, m.start(), m.end()):
            stop = text.find("\n", m.end())
            body = text[text.rfind("\n", 0, m.start()) + 1 : stop if stop >= 0 else len(text)]
            if _asks(body) and not suspicious(body):
                continue
        out.append(m)
    return out


def find(text: str) -> list[Finding]:
    """Every run of unrecoverable damage in ``text``.

    >>> [f.evidence for f in find("价格锟斤拷元，共\\ufffd\\ufffd件")]
    ['锟斤拷', '2 × U+FFFD']
    """
    if text.isascii():
        return []  # every kind of damage involves a non-ASCII character
    findings: list[Finding] = []
    index: LineIndex | None = None
    first = _MAYBE.search(text)  # every run starts with one of these literals: scan from it
    matches = _questions_left(text, list(pattern().finditer(text, first.start()))) if first else []
    if "?" in text and _lone().search(text):  # a question mark touching CJK text at all
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
