"""UTF-8 read as cp1252 with bytes lost that no mark shows: the five undefined bytes dropped,
and no-break spaces (A0, a continuation byte of many Korean and Chinese characters) made
spaces. A space inside such a run is either a lost A0 or a space after a character that lost
a byte (``ì„`` and a space is 을 and a space, or 선); both readings are weighed, with the
same cost for either supposed loss. A strict chain that reads only the whole characters of
such a line does not end the search: the lossy chain reads all of it (sentences written for
these tests)."""

from __future__ import annotations

import pytest

import textfix
from textfix.codes import Code
from textfix.damage.mojibake.lossy import DROPPED_COST, infer
SPACED_COST = DROPPED_COST
from textfix.damage.mojibake.model import model

_UNDEFINED = bytes((0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _dropped(text: str, spaces: bool) -> str:
    """``text`` as UTF-8 read as cp1252, the undefined bytes dropped; with ``spaces``, no-break
    spaces made spaces and soft hyphens dropped, as copying does."""
    shown = bytes(b for b in text.encode("utf-8") if b not in _UNDEFINED).decode("cp1252")
    return shown.replace("\xa0", " ").replace("\xad", "") if spaces else shown


@pytest.mark.parametrize("real", [
    "문서를 저장하고 파일을 닫습니다.",
    "새 이름을 입력한 다음 확인을 누르세요.",
    "이 폴더를 다른 드라이브로 옮길 수 없습니다.",
    "사용자 이름 또는 암호가 올바르지 않습니다.",
])
def test_space_after_a_character_that_lost_a_byte(real: str) -> None:
    shown = _dropped(real, spaces=False)
    assert shown != real and " " in shown
    result = textfix.repair(shown)
    assert result.text == real
    assert any(f.code == Code.INFERRED_CHARACTER for f in result.findings)


@pytest.mark.parametrize("real", [
    "이 폴더를 다른 드라이브로 옮길 수 없습니다.",
    "사용자 이름 또는 암호가 올바르지 않습니다.",
    "请先关闭程序再删除文件。",
    "服务器正在维护，请稍后再试。",
])
def test_no_break_spaces_made_spaces(real: str) -> None:
    shown = _dropped(real, spaces=True)
    assert "\xa0" not in shown
    assert textfix.repair(shown).text == real


def test_a_line_that_keeps_its_no_break_spaces_has_spaces_as_spaces() -> None:
    m = model()
    # 을 (EC 9D 84) lost 9D: ì„; with a space after it, or read as 선 (EC 84 A0)
    assert infer("ì„ ë‹«", m, spaced=False)[0] == "을 닫"
    got = infer("ì„ ë‹«", m, spaced=True)
    assert got is not None and got[0] in ("을 닫", "선닫")
    assert SPACED_COST == DROPPED_COST > 0


def test_a_partial_strict_reading_does_not_end_the_search() -> None:
    # a strict chain (UTF-8 read as GBK, every Latin-1 character a kept byte) reads the
    # whole characters of this line with a large gain; the lossy chain reads all of it
    real = "설정을 바꾸려면 관리자 권한이 필요합니다."
    shown = _dropped(real, spaces=False)
    result = textfix.repair(shown)
    assert result.text == real
    found = [f for f in result.findings if f.code == Code.WESTERN_MOJIBAKE]
    assert found and "bytes lost" in (found[0].evidence or "")


def test_inferred_characters_are_reported_as_finally_chosen() -> None:
    m = model()
    # 또 (EB 98 90) lost 90: its first choice between its neighbours is made again once the
    # character after it is read; the report names the character written
    reading, _, inferred = infer("ë˜ëŠ”", m)
    assert reading == "또는"
    assert inferred and inferred[0][0] == reading[0]
    assert reading[0] not in inferred[0][1]


@pytest.mark.parametrize("clean", [
    "Le menu « spécial » du café coûte 12 €.",
    "Ils ont dit « été » et « déjà » sans hésiter.",
    "문서를 저장하고 파일을 닫습니다.",
    "Der Preis beträgt 5 € – inklusive Mehrwertsteuer.",
])
def test_clean_text_is_untouched(clean: str) -> None:
    assert textfix.repair(clean).text == clean
