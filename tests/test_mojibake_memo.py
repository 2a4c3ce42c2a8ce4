"""The memos of the CJK search (:func:`cjk_search._memoised`) change no answer.

A memo entry is reused only where every question it asked about the document gets the same
answer. Here the same lines are repaired in documents that answer differently (other
languages, the repaired characters elsewhere in the text, no document at all, as the Western
stage asks), in one thread whose memos stay warm; each answer must be the one a fresh thread
(empty memos) gives.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

import textfix
from textfix.config import DEFAULT
from textfix.damage.mojibake import cjk_search as m
from textfix.damage.base import Context

CASES = Path(__file__).resolve().parent / "cases" / "mojibake"
T = TypeVar("T")

LINES = [c["damaged"] for c in json.loads((CASES / "positive.json").read_text("utf-8"))
         if "\n" not in c["damaged"]] + [
    "伺服竟惠璶ō份", "¤Ï mstype ¤ò»ØÄê¤·¤Æいない", "縺ゅ≠", "°í°´ ¼¾ÅÍ",
    "“ÖÐ¹ú” 是 中国", "ÍíÉÏ£¬ÎÒ´òµç»°¸øËû¡£<br>Ëû°´µôºóÔÙ´ò¸øÎÒ¡£",
]
CONTEXTS = ["", "한국어 문서입니다", "日本語のテキストです", "经济发展很快，中国", "經濟發展很快，中國",
            "发展中国家的经济", "標準"]


def _fresh(fn: Callable[[], T]) -> T:
    """``fn()`` in a new thread: the memos of the search are per thread, so empty there."""
    out: list[T] = []
    thread = threading.Thread(target=lambda: out.append(fn()))
    thread.start()
    thread.join()
    return out[0]


def _documents() -> list[str]:
    return [f"{context}\n{line}\n" if context else f"{line}\n"
            for line in LINES for context in CONTEXTS]


def test_stage_answers_as_with_empty_memos() -> None:
    docs = _documents()
    warm = []
    for doc in docs + docs[::-1]:  # every line met again in other documents, both ways
        m.repair_line(doc.rstrip("\n").rsplit("\n", 1)[-1])  # the Western stage's question
        warm.append(m.run(doc, Context(DEFAULT, doc)))
    cold = [_fresh(lambda doc=doc: m.run(doc, Context(DEFAULT, doc))) for doc in docs + docs[::-1]]
    assert warm == cold


def test_lines_answer_as_with_empty_memos_with_and_without_a_document() -> None:
    for line in LINES:
        alone = _fresh(lambda line=line: m.repair_line(line))
        assert m.repair_line(line) == alone
        for context in CONTEXTS:
            doc = f"{context}\n{line}\n"

            def in_document(doc: str = doc, line: str = line) -> object:
                m._LOCAL.text, m._LOCAL.context, m._LOCAL.languages = doc, None, None
                try:
                    return m.repair_line(line)
                finally:
                    m._LOCAL.text = m._LOCAL.context = m._LOCAL.languages = None

            assert in_document() == _fresh(in_document), (line, context)
            assert m.repair_line(line) == alone  # and again without a document


def test_small_memos_answer_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """Generations that end every few lines (entries moved, dropped, met again)."""
    monkeypatch.setattr(m, "MEMO_KEYS", {"lines": 3, "pending": 5})
    monkeypatch.setattr(m, "MEMO_PER_KEY", 1)
    docs = _documents()

    def repair_all() -> list[object]:
        out = [m.run(doc, Context(DEFAULT, doc)) for doc in docs + docs]
        assert len(m._LOCAL.pending.current) <= 5 and len(m._LOCAL.lines.current) <= 3
        return out

    assert _fresh(repair_all) == [_fresh(lambda doc=doc: m.run(doc, Context(DEFAULT, doc)))
                                  for doc in docs + docs]


def test_whole_repairs_answer_as_in_fresh_threads() -> None:
    """The engine's passes and the Western stage's questions, through :func:`textfix.repair`."""
    docs = ["标题\n这是一个测试：ÖÐ¹ú¾­¼Ã·¢Õ¹。\n缁忔祹鍙戝睍寰堝揩\n",
            "Ã©tÃ© ÒÑµÇÂ¼ 已登录\n经济发展\n", *_documents()[:20]]
    warm = [textfix.repair(doc) for doc in docs + docs]
    cold = [_fresh(lambda doc=doc: textfix.repair(doc)) for doc in docs + docs]
    assert warm == cold
