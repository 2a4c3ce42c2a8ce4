"""CJK mojibake: the generated set, hand-written positive and negative cases, and the
unrecoverable-damage report.

The generated set (``tests/gen_mojibake_cjk.py``) damages clean sentences through every chain
of issue 3; the recoverable cases must come back exactly in at least 98 % of cases, the
unrecoverable ones must be reported and never made worse.
"""

from __future__ import annotations

import difflib
import json
from collections import Counter
from pathlib import Path

import pytest

import textfix
from textfix.codes import Code
from textfix.config import Config
from textfix.damage import unrecoverable
from textfix.damage.mojibake import cjk_search, western
from textfix.damage.base import Context
from textfix.models import Finding
from textfix.plan import replay

CASES = Path(__file__).resolve().parent / "cases" / "mojibake"
GENERATED = json.loads((CASES / "generated.json").read_text(encoding="utf-8"))
NEGATIVE = json.loads((CASES / "negative.json").read_text(encoding="utf-8"))
POSITIVE = json.loads((CASES / "positive.json").read_text(encoding="utf-8"))


def stages(text: str) -> tuple[str, list[Finding]]:
    """The mojibake stages in their pipeline order (decoding aside)."""
    ctx = Context(Config(), text)
    findings: list[Finding] = []
    for stage in (western, cjk_search, unrecoverable):
        out = stage.run(text, ctx)
        text = out.text
        findings.extend(out.findings)
    return text, findings


def test_generated_set_is_what_the_generator_makes() -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        import gen_mojibake_cjk
    finally:
        sys.path.pop(0)
    assert gen_mojibake_cjk.build() == GENERATED


def test_generated_set_covers_the_issue() -> None:
    texts = {(c["lang"], c["source"]) for c in GENERATED}
    assert len(GENERATED) >= 200 and len(texts) >= 30
    assert {c["lang"] for c in GENERATED} == {"zh-Hans", "zh-Hant", "ja", "ko"}
    chains = Counter(c["chain"] for c in GENERATED)
    for needed in ("utf8>gbk", "utf8>gb18030", "utf8>big5", "utf8>shift_jis", "utf8>euc_kr",
                   "gbk>latin_1", "gbk>cp1252", "big5>cp1252", "shift_jis>cp1252",
                   "euc_jp>latin_1", "euc_kr>cp1252", "big5>gbk", "gbk>big5",
                   "utf8>gbk>utf8>cp1252", "gbk>latin1>utf8>latin1", "gbk-out-of-step"):
        assert chains[needed] > 0, needed
    assert {c["placement"] for c in GENERATED} == {"whole", "run"}
    assert {c["mode"] for c in GENERATED} == {"sloppy", "replace", "question"}


def test_recoverable_cases_are_restored() -> None:
    """Issue 3: at least 98 % of the recoverable cases restored exactly."""
    cases = [c for c in GENERATED if c["recoverable"]]
    failed = [c["id"] for c in cases if stages(c["damaged"])[0] != c["original"]]
    rate = 1 - len(failed) / len(cases)
    assert rate >= 0.98, (f"{rate:.1%} restored", failed)


def test_pipeline_restores_recoverable_cases() -> None:
    """What a user gets: the whole repair (the model stage first, these stages after it) on
    the same cases. Below the stages' own rate because the model stage reads some cases first
    and differently (EUC-KR and Big5 readings it does not have); a floor, raised as that gap
    closes (89.8% when written: 309 of 344; 94.2% with two layers read as one and kept lead
    bytes: 324)."""
    config = Config(spin=False, width=False, boilerplate=False)
    cases = [c for c in GENERATED if c["recoverable"]]
    failed = [c["id"] for c in cases
              if textfix.repair(c["damaged"], config).text != c["original"]]
    rate = 1 - len(failed) / len(cases)
    assert rate >= 0.94, (f"{rate:.1%} restored", failed)


def test_unrecoverable_cases_are_reported_and_not_worsened() -> None:
    for case in (c for c in GENERATED if not c["recoverable"]):
        text, findings = stages(case["damaged"])
        before = difflib.SequenceMatcher(None, case["original"], case["damaged"]).ratio()
        after = difflib.SequenceMatcher(None, case["original"], text).ratio()
        assert after >= before, case["id"]
        assert {Code.CJK_MOJIBAKE, Code.UNRECOVERABLE} & {f.code for f in findings}, case["id"]


def test_lines_are_never_added_or_removed() -> None:
    for case in GENERATED:
        text, _ = stages(case["damaged"])
        assert text.count("\n") == case["damaged"].count("\n"), case["id"]


@pytest.mark.parametrize("case", POSITIVE, ids=[c["label"] for c in POSITIVE])
def test_positive_case(case: dict[str, str]) -> None:
    text, findings = stages(case["damaged"])
    assert text == case["original"]
    assert any(f.code == Code.CJK_MOJIBAKE and "encode" in f.evidence for f in findings)


@pytest.mark.parametrize("case", NEGATIVE, ids=[c["label"] for c in NEGATIVE])
def test_negative_case_unchanged(case: dict[str, str]) -> None:
    text, findings = stages(case["text"])
    assert text == case["text"]
    assert not [f for f in findings if f.fixable]


def test_repair_records_a_replayable_plan() -> None:
    case = next(c for c in POSITIVE if c["label"].startswith("Two runs"))
    result = textfix.repair(case["damaged"], Config(spin=False, width=False, boilerplate=False))
    assert result.text == case["original"]
    assert replay(result.source_text, result.changes) == result.text
    assert {f.line for f in result.findings if f.code == Code.CJK_MOJIBAKE} == {2, 3}


@pytest.mark.parametrize("text, evidence", [
    ("价格锟斤拷元", "锟斤拷"),
    ("内存里全是烫烫烫烫", "烫烫烫烫"),
    ("堆上是屯屯屯屯", "屯屯屯屯"),
    ("标题是\ufffd\ufffd\ufffd的文章", "3 × U+FFFD"),
    ("邮件主题变成了???了", "???"),
])
def test_unrecoverable_damage_is_reported_and_left(text: str, evidence: str) -> None:
    out, findings = stages(text)
    assert out == text
    found = [f for f in findings if f.code == Code.UNRECOVERABLE]
    assert [f.evidence for f in found] == [evidence] and not found[0].fixable


def test_question_mark_in_chinese_is_not_damage() -> None:
    assert unrecoverable.find("你好吗?我很好。") == []
