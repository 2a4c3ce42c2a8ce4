"""Japanese written as GBK and read as EUC-JP (issue 16): kana survive, kanji become other
kanji, and a character whose GBK bytes EUC-JP cannot read drops a byte (``_J`` for 確認) or
puts the reading out of step. Both readings are legal CJK text, so the decision is the
document's (:mod:`textfix.damage.mojibake.cross`); the texts here are written for these tests
and damaged the way the chain does it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import textfix
from textfix.codes import Code
from textfix.config import DEFAULT
from textfix.damage import mojibake
from textfix.damage.base import Context, Outcome
from textfix.damage.mojibake import cross
from textfix.damage.mojibake.lossy import infer_shifted
from textfix.damage.mojibake.model import model

CASES = json.loads((Path(__file__).parent / "cases" / "mojibake" / "cross.json")
                   .read_text(encoding="utf-8"))

#: Written for this test: Japanese whose kanji GBK writes within GB2312 (read back exactly)
#: but for a few (広, 遊, 美) that it writes outside, which lose a byte as EUC-JP.
MOUNTAIN = """山の上から青い海が広がっています。
空は青く、春には花が咲きます。
子供たちは川で遊び、大人は木の下で休みます。
夏になると、多くの人が山に来て、夜まで星を眺めます。
秋には山の木が赤くなり、とても美しいです。
冬は雪が多いので、山に入る人は少なくなります。"""

#: Written for this test: many kanji GBK writes outside GB2312 (説, 読, 問, 設, 確, 認, 連, 絡).
MANUAL = """新しいプログラムを使う前に、説明書をよく読んでください。
問題があれば、まず設定を確認してから連絡してください。
古いプログラムは、新しいものを入れる前に消してください。
保存したファイルは、別の場所にも入れておくと安心です。
分からないことがあれば、いつでも聞いてください。
このプログラムは毎月新しくなります。
新しくなったら、もう一度説明書を読んでください。"""


def _garble(text: str) -> str:
    """``text`` written as GBK and read as EUC-JP by a decoder that drops what it cannot
    read (Python's ``ignore``)."""
    return text.encode("gbk", "ignore").decode("euc_jp", "ignore")


def _run(text: str) -> Outcome:
    return mojibake.run(text, Context(DEFAULT, text))


def test_a_document_is_read_back() -> None:
    garbled = _garble(MOUNTAIN)
    assert "山" not in garbled and "ﾚ" in garbled  # the damage: every kanji, a lost byte
    out = _run(garbled)
    assert out.text == MOUNTAIN
    fixes = [f for f in out.findings if f.code == Code.CJK_MOJIBAKE]
    assert len(fixes) == MOUNTAIN.count("\n") + 1
    assert all(f.evidence.startswith("gbk read as euc_jp, bytes lost, decided by the document")
               for f in fixes)
    assert textfix.repair(garbled.encode("utf-8")).text == MOUNTAIN


def test_lost_lead_bytes_are_inferred_and_reported() -> None:
    garbled = _garble(MANUAL)
    assert "_J" in garbled  # 確認: both lead bytes dropped, the ASCII trail bytes left
    out = _run(garbled)
    # 問 (GBK 86 96) is lost whole, and so is 書 (95 F8, whose trail byte formed no EUC-JP
    # character with the next byte): what is left around them is read again
    for phrase in ("新しいプログラムを使う前に、説明", "よく読んでください", "設定を確認して"):
        assert phrase in out.text
    inferred = [f for f in out.findings if f.code == Code.INFERRED_CHARACTER]
    assert {"説", "読", "確", "認"} <= {f.message.split("'")[1] for f in inferred}
    for f in inferred:
        assert f.evidence.startswith("alternatives weighed: ")
        assert garbled[f.start : f.end]


def test_a_stretch_out_of_step_is_read_again() -> None:
    # 気 is GBK 9A DD: EUC-JP drops 9A and reads DD with the next byte, out of step, until
    # it drops a byte again (F6, the trail byte of 出, formed no character with the next)
    garbled = _garble("元気を出してください")
    assert garbled.startswith("圷櫃魍")
    reading, cost, inferred = infer_shifted(garbled, model(), "", "")
    assert reading.startswith("元気を") and reading.endswith("してください")
    assert cost > 0 and inferred[0][0] == "気"


def test_an_ascii_trail_byte_is_a_kanji_lost_its_lead() -> None:
    reading, cost, inferred = infer_shifted("、h苧を", model(), "", "")
    assert reading == "、説明を"
    assert [ch for ch, _ in inferred] == ["説"] and cost > 0


@pytest.mark.parametrize("case", CASES["positive"], ids=lambda c: c["label"])
def test_positive_cases(case: dict[str, str]) -> None:
    assert textfix.repair(case["damaged"].encode("utf-8")).text == case["original"]


@pytest.mark.parametrize("case", CASES["negative"], ids=lambda c: c["label"])
def test_negative_cases_are_left_alone(case: dict[str, str]) -> None:
    text = case["text"]
    assert _run(text).text == text
    assert cross.decide(text.split("\n"), set()) == {}
    assert textfix.repair(text.encode("utf-8")).text == text


@pytest.mark.parametrize("text", [MOUNTAIN, MANUAL])
def test_the_clean_texts_are_left_alone(text: str) -> None:
    assert _run(text).text == text


def test_a_short_garbled_text_says_too_little() -> None:
    # two lines: the kanji read better, but not by the margin and the chain's cost
    garbled = _garble(MANUAL.split("\n", 2)[0])
    assert _run(garbled).text == garbled


def test_clean_lines_beside_the_garble_stay() -> None:
    # a page whose header was written in UTF-8 and whose body went through GBK and EUC-JP:
    # the header's reading is less likely than the header, which stays
    header = "お知らせ：今月の予定について"
    text = header + "\n" + _garble(MOUNTAIN) + "\n" + _garble(MANUAL)
    out = _run(text)
    assert out.text.startswith(header + "\n" + MOUNTAIN + "\n新しいプログラムを使う前に")
