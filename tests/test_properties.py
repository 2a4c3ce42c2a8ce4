"""Properties that hold for any input (hypothesis).

Profiles: ``ci`` (default, 2,000 examples per property on small inputs) and ``long`` for
local runs: ``HYPOTHESIS_PROFILE=long python -m pytest tests/test_properties.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import textfix
from textfix.errors import BinaryInputError
from textfix.plan import replay

settings.register_profile(
    "ci", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "long", max_examples=50_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Text drawn from the scripts textfix meets, plus the punctuation its stages care about.
ALPHABET = st.sampled_from(
    list("abcxyzABC019 ,.;:!?()[]\"'-_/@%\n\r\t")
    + list("的一是了我不人在他有这中大来上国个到说们为子和你地出道也时年")
    + list("產業鏈發展會議們為與這個說")
    + list("，。、；：！？（）“”‘’「」《》…—")
    + list("あいうえおアイウエオカタ한국어입니다")
    + list("éèàçüöäßñøåÅÆŒœ€£¥©®™•–ÃÂâ€™")
    + list("АБВабвгдежзиЖЩЯ αβγΔΩ ¢¹·Õ")
    + ["\ufffd", "\u200b", "\u202e", "\x00", "\x85", "\u3000", "\ufeff"]
)
TEXT = st.text(alphabet=ALPHABET, max_size=200)
PINYIN_SPUN = st.lists(
    st.sampled_from(["產(chǎn)", "業(yè)", "發(fā)", "展", "會(huì)", "議(yì)", ",", "。", "的"]),
    max_size=60,
).map("".join)


def _repair_bytes(data: bytes) -> textfix.Result | None:
    try:
        return textfix.repair(data)
    except BinaryInputError:
        return None


@given(st.binary(max_size=300))
def test_any_bytes_never_crash_and_give_valid_utf8(data: bytes) -> None:
    result = _repair_bytes(data)
    if result is not None:
        result.text.encode("utf-8")  # no lone surrogates
        assert replay(result.source_text, result.changes) == result.text


@given(st.one_of(TEXT, PINYIN_SPUN))
def test_any_string_repairs_to_valid_utf8_and_replays(text: str) -> None:
    result = textfix.repair(text)
    result.text.encode("utf-8")
    assert replay(result.source_text, result.changes) == result.text


@given(st.one_of(TEXT, PINYIN_SPUN))
def test_repair_is_idempotent(text: str) -> None:
    once = textfix.repair(text).text
    assert textfix.repair(once).text == once


@given(st.one_of(TEXT, PINYIN_SPUN))
def test_nothing_fixable_remains_after_repair(text: str) -> None:
    once = textfix.repair(text).text
    assert not [f for f in textfix.detect(once) if f.fixable]


@given(st.binary(max_size=300))
def test_repair_of_bytes_is_idempotent(data: bytes) -> None:
    result = _repair_bytes(data)
    if result is not None:
        once = result.text.encode("utf-8")
        assert textfix.repair(once).text.encode("utf-8") == once


CLEAN_SENTENCES = st.sampled_from([
    "The committee met on Tuesday, and agreed to publish the report.\n",
    "Die Straßenbahn fährt wieder; Müller und Ångström sind zufrieden.\n",
    "São Paulo e Đặng: a façade à la française — “naïve” café.\n",
    "Москва — столица России. Это большой город.\n",
    "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.\n",
    "会议指出，要坚持问题导向；推动高质量发展。\n",
    "臺北市立圖書館今（15）日宣布「閱讀起步走」計畫。\n",
    "東京都心では三月十九日ごろ、平年より五日早い見込みだ。\n",
    "서울시는 오는 6월부터 한강공원에서 도서관을 운영한다.\n",
    "Version 1,000 costs 3.14 at 7:30 (see f(x) and a@b.cn).\n",
])


@given(st.lists(CLEAN_SENTENCES, min_size=1, max_size=8).map("".join))
def test_generated_clean_text_in_many_scripts_is_unchanged(text: str) -> None:
    assert textfix.repair(text).text == text
    assert textfix.repair(text.encode("utf-8")).text == text


FUZZ_FINDS = sorted((Path(__file__).parent / "data" / "fuzz").glob("*.bin"))


@pytest.mark.parametrize("path", FUZZ_FINDS, ids=lambda p: p.name)
def test_fuzzer_finds(path: Path) -> None:
    result = _repair_bytes(path.read_bytes())
    assert result is not None
    assert replay(result.source_text, result.changes) == result.text
    assert textfix.repair(result.text).text == result.text
