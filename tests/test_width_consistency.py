"""No mixed punctuation (issue 17): the width stage never leaves a restored fullwidth mark next
to an ASCII mark, nor an ASCII separator between CJK letters in a sentence it restored.

Checked on every folded text of the generated width set (NFKC and ftfy folds of the clean
Chinese, Taiwan/Hong Kong and Japanese texts), on the width case folder, and on folded texts
written here that mix in what must stay ASCII (calls, list markers, parentheses around Latin,
loss markers, URLs, times, pinyin glosses). The texts here are folded, so every fullwidth
``，；：！？（）`` of an output is a restored one.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the generators beside the tests

import gen_width
import textfix
from textfix.charclass import is_cjk_letter
from textfix.config import Config
from textfix.damage import unrecoverable, width

STAGES = Config(boilerplate=False)
RESTORED = frozenset("，；：！？（）")
ASCII_MARKS = frozenset(",;:!?()")
SEPARATORS = frozenset(",;:!?")
#: Where a sentence ends (the check looks at one sentence at a time).
SENTENCE = re.compile("[^。！？\n]*[。！？\n]?")

#: Folded texts written for this check, each with something that must stay ASCII.
OWN = [
    "会议由主任主持,讨论了三件事:预算,人员和场地.大家同意用f(x)表示收入,下次再议!",
    "本次更新包括:(1)修复登录问题;(2)优化加载速度.详情见https://example.com/a?b=1,c=2",
    "这个函数叫做回调(callback),它在事件发生时被调用;另一个概念是闭包(closure).",
    "早上7:30集合,比分是3:1,价格为1,000元,圆周率约3.14!",
    "系统显示了一些乱码??,原来的文字已经丢失,只好重新输入.",
    "长(cháng)江和长(zhǎng)大里的长读音不同,请注意!",
    "他问:你们什么时候出发?我们说:明天早上.",
    "配置文件(config.yaml)里写着:port: 8080,host: localhost;改完要重启服务.",
    "第一,准备材料;第二,填写表格(一式两份);第三,交给窗口(2号窗口)办理!",
    "使用print(\"你好\")可以输出文字,使用input()可以读取输入.",
]


def _case_inputs() -> list[tuple[str, str]]:
    folder = Path(__file__).parent / "cases" / "width"
    out = []
    for p in sorted(folder.glob("*.json")):
        case = json.loads(p.read_text(encoding="utf-8"))
        if case.get("expect") != "unchanged":
            out.append((p.stem, case["input"]))
    return out


def mixed(source: str, output: str) -> list[str]:
    """The places in ``output`` where a restored fullwidth mark touches an ASCII mark, or
    where, in a sentence with a restored mark, an ASCII separator touching a CJK letter stays
    (loss markers, garble and URLs aside, which are never punctuation)."""
    assert not RESTORED & set(source), "only folded texts: every fullwidth mark is restored"
    return mixed_at(output, {i for i, ch in enumerate(output) if ch in RESTORED})


def mixed_at(output: str, restored: set[int]) -> list[str]:
    """:func:`mixed` for an output whose restored marks are at the offsets ``restored`` (the
    real-corpus scorer, ``eval/real.py``, finds them by comparing with a run without the width
    stage, as real texts may hold fullwidth marks of their own)."""
    restored = {i for i in restored if output[i] in RESTORED}
    bad = []
    for i in sorted(restored):
        if any(output[k] in ASCII_MARKS for k in (i - 1, i + 1) if 0 <= k < len(output)):
            bad.append(output[max(0, i - 8) : i + 8])
    kept = width._protected(output) | width._in_garble(output)
    for f in unrecoverable.find(output):
        kept.update(range(f.start or 0, f.end or 0))
    for m in SENTENCE.finditer(output):
        if not restored.intersection(range(m.start(), m.end())):
            continue
        for i in range(m.start(), m.end()):
            if output[i] not in SEPARATORS or i in kept:
                continue
            left = output[i - 1] if i else ""
            right = output[i + 1] if i + 1 < len(output) else ""
            if (left and is_cjk_letter(left)) and (right and is_cjk_letter(right)):
                bad.append(output[max(0, i - 8) : i + 8])
    return bad


def test_the_check_finds_mixed_marks() -> None:
    """The check itself fails on the mixes it is there to catch."""
    assert mixed("首先,(然后", "首先，(然后")
    assert mixed("首先,然后,最后", "首先，然后,最后")
    assert mixed("看(x),再说", "看(x)，再说")
    assert not mixed("首先,然后,最后", "首先，然后，最后")


def test_generated_width_set_is_never_mixed() -> None:
    for case in gen_width.cases():
        result = textfix.repair(case.folded, STAGES)
        assert mixed(case.folded, result.text) == [], case.name


@pytest.mark.parametrize("name, text", _case_inputs() + [(f"own-{k}", t) for k, t in
                                                          enumerate(OWN)])
def test_folded_texts_are_never_mixed(name: str, text: str) -> None:
    result = textfix.repair(text, STAGES)
    assert mixed(text, result.text) == [], name


def test_own_texts_are_restored() -> None:
    """The texts above are restored where they are folded, not left alone wholesale."""
    restored = sum(textfix.repair(t, STAGES).text != t for t in OWN)
    assert restored >= len(OWN) - 2
