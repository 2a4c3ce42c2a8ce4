"""ISO-2022-JP whose escape bytes were stripped: a filter that drops control characters turns
Japanese mail text into ASCII such as ``$B$3$s$K$A$O(B``. The designations that remain say
where each ESC stood, so the reading is rebuilt without a choice and the model decides, by
the stage's one rule, whether it replaces the text (sentences written for these tests)."""

from __future__ import annotations

import pytest

import textfix
from textfix.codes import Code
from textfix.damage.mojibake.lossy import infer_escapes


def _stripped(text: str) -> str:
    """``text`` written as ISO-2022-JP, its ESC bytes dropped, read as ASCII."""
    return text.encode("iso2022_jp").replace(b"\x1b", b"").decode("ascii")


@pytest.mark.parametrize("real", [
    "明日の会議は午後三時からです。",
    "件名: 来週の出張について",
    "お世話になります。資料を添付しましたので、ご確認ください。",
    "サーバーの再起動は夜十時に行います。\n作業中はログインできません。",
    "Version 2.1 の変更点: 検索が速くなりました。",
])
def test_stripped_escapes_are_restored(real: str) -> None:
    shown = _stripped(real)
    assert shown.isascii() and shown != real
    result = textfix.repair(shown)
    assert result.text == real
    found = [f for f in result.findings if f.code == Code.CJK_MOJIBAKE]
    assert found and all("iso2022_jp read as ascii" in (f.evidence or "") for f in found)
    assert not any(f.code == Code.INFERRED_CHARACTER for f in result.findings)


def test_runs_are_found_where_the_designations_stand() -> None:
    line = "id=7 " + _stripped("確認済み") + " ok " + _stripped("未完了")
    got = infer_escapes(line)
    assert [r for _, _, r in got] == ["確認済み", "未完了"]
    for a, b, _ in got:
        assert line[a : a + 2] == "$B" and line[b - 2 : b] == "(B"
    # JIS-Roman as the switch back, and the 1978 designation
    assert [r for _, _, r in infer_escapes("$B$\"$j$,$H$&(J")] == ["ありがとう"]
    assert [r for _, _, r in infer_escapes("$@F|K\\(B")] == ["日本"]


@pytest.mark.parametrize("clean", [
    "echo $BAR(B) and $BIN(B",  # shell variables beside parentheses
    "price $B10(B, total $B20(B",
    "pattern: \\$B(?:xx)+(B",
    "use $BODYTEXT(B in the template",
    "a $BHello_World(B b",
    "set $B%%(B now",
    "$B with a space inside (B",  # a space never stands inside a two-byte run
    "the run $B\x7f\x7f(B",  # no pair of printable bytes
])
def test_ascii_that_only_looks_stripped_is_kept(clean: str) -> None:
    result = textfix.repair(clean)
    assert result.text == clean
    assert not any(f.code == Code.CJK_MOJIBAKE for f in result.findings)


def test_undefined_pairs_are_no_run() -> None:
    # 0x29 0x21 is a row JIS X 0208 leaves empty: no reading, nothing changed
    assert infer_escapes("x $B)!)\"(B y") == []
    assert textfix.repair("x $B)!)\"(B y").text == "x $B)!)\"(B y"


def test_clean_japanese_and_real_escapes_are_untouched() -> None:
    clean = "今日は晴れです。$Bは変数名です(B"
    assert textfix.repair(clean).text == clean
    kept = "本文 \x1b$B$3$s$K$A$O\x1b(B 終わり"  # ESC still there: not this damage
    assert infer_escapes(kept) == []
