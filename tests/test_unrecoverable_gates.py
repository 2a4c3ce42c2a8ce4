"""The unrecoverable-damage scan finds exactly what the plain patterns find.

:mod:`textfix.damage.unrecoverable` writes its patterns to start with a literal or a class
(so that a search skips ahead at C speed), gates them with a literal scan, and looks only at
the lines that hold a ``?`` beside CJK text. The straightforward forms are kept here as the
reference and compared on random text built from the characters they look at.
"""

from __future__ import annotations

import random
import re

import pytest

from textfix.damage import unrecoverable

CJK = unrecoverable._CJK
PATTERN = re.compile(
    "(?P<fffd>\ufffd+)"
    "|(?P<kunkin>(?:锟斤拷)+锟?斤?)"
    "|(?P<tang>烫烫+)"
    "|(?P<tun>屯屯+)"
    f"|(?P<qmark>(?<=[{CJK}])\\?{{2,}}|\\?{{2,}}(?=[{CJK}]))"
)
NEAR = unrecoverable._NEAR
LONE = re.compile(f"(?<=[{NEAR}])\\?|\\?(?=[{NEAR}])")


def ref_lone_marks(text: str) -> list[tuple[int, int]]:
    from textfix.damage.mojibake.cjk_gate import suspicious
    from textfix.plausibility import kind

    out = []
    for line in re.finditer(r"[^\n]*", text):
        body = line.group()
        if "?" not in body:
            continue
        marks = [m for m in LONE.finditer(text, line.start(), line.end())
                 if text[m.start() - 1 : m.start()] != "?" and text[m.end() : m.end() + 1] != "?"]
        if marks and suspicious(body):
            out.extend(m.span() for m in marks)
            continue
        if ref_asks(body):
            marks = [m for m in marks if not ref_question(text, *m.span())]
        if len(marks) >= 2:
            out.extend(m.span() for m in marks)
            continue
        for m in marks:
            near = text[max(0, m.start() - 1) : m.start()] + text[m.end() : m.end() + 1]
            if any(ch >= "\x80" and kind(ch)[1] < 0.5 for ch in near):
                out.append(m.span())
    return out


def ref_question(text: str, start: int, end: int) -> bool:
    """A letter before, and a space, the end of the line, markup or a closer after; or a
    letter ending a clause with an interrogative in it."""
    after = text[end : end + 1]
    if end - start <= 3 and text[start - 1 : start] in tuple("吗呢吧啊呀嘛么嗎麼"):
        return True
    clause = re.split("[,，;；:：。!！?？.\n]", text[max(0, start - 40) : start])[-1]
    asking = any(w in clause for w in unrecoverable.INTERROGATIVES)
    return end - start <= 3 and text[start - 1 : start].isalpha() and (
        after in ("", *" \t\r\n<&\"'”’)）」』!！.。~…") or asking)


def ref_asks(line: str) -> bool:
    """No run of ``?`` in the line touches a letter without possibly ending a question."""
    return all(ref_question(line, *m.span()) or not (line[m.start() - 1 : m.start()].isalpha()
                                                    or line[m.end() : m.end() + 1].isalpha())
               for m in re.finditer(r"\?+", line))


def ref_runs(text: str) -> list[tuple[int, int]]:
    """The plain pattern's runs, less question-mark runs ending a question outside mojibake."""
    from textfix.damage.mojibake.cjk_gate import suspicious

    out = []
    for m in PATTERN.finditer(text):
        if m.lastgroup == "qmark" and ref_question(text, *m.span()):
            line = next(x.group() for x in re.finditer(r"[^\n]*", text)
                        if x.start() <= m.start() <= x.end())
            if ref_asks(line) and not suspicious(line):
                continue
        out.append(m.span())
    return out


PIECES = list("??????\n\n 中文你好吗锟斤拷烫屯\ufffd─ㄅabc。，é한丂亐\x80<」!么") + ["什么", "是否", "哪"]


@pytest.mark.parametrize("seed", range(4))
def test_scans_match_the_plain_patterns(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        expected = [(m.span(), m.lastgroup) for m in PATTERN.finditer(text)]
        found = [(m.span(), m.lastgroup) for m in unrecoverable.pattern().finditer(text)]
        assert found == expected, text
        assert (unrecoverable._MAYBE.search(text) is None) <= (not expected), text
        assert bool(unrecoverable._lone().search(text)) == bool(LONE.search(text)), text
        if "?" in text and LONE.search(text):
            assert [m.span() for m in unrecoverable._lone_marks(text)] == ref_lone_marks(text)
        spans = sorted(ref_runs(text) + (ref_lone_marks(text) if "?" in text else []))
        assert [(f.start, f.end) for f in unrecoverable.find(text)] == spans, text


@pytest.mark.parametrize("text, reported", [
    ("어떤 일이 벌어질까? 그냥 템플릿 등만 조용히 구경하고 나갈까? 아니면", []),
    ("<title>끝났다!! 끝났나??</title>", []),
    ("你会想做哪国人?&lt;br /&gt;", []),
    ("您5年来最大的遗憾是什么?最大的希望是什么?", []),
    ("这条新路到底能带来哪些改变?居民的生活又会怎样变化?", []),
    ("他们为何选择这里?交通方便是一个原因", []),
    ("我们明天去?里买东西?后来又回家了", ["?", "?"]),
    ("到底是什么原因,让大家都去?里买东西?后来又回家了", ["?", "?"]),
    ("与中国最具实力的认证机构??CQC开展合作。", ["??"]),
    ("《理解媒介??论人的延伸》", ["??"]),
    ("「なし」に???????????? -1 を使用します。", ["????????????"]),
    ("项目 지??? ??? ??????니다", ["???", "??????"]),
])
def test_questions_are_not_lost_characters(text: str, reported: list[str]) -> None:
    assert [f.evidence for f in unrecoverable.find(text)] == reported
