"""Shift_JIS read as cp1252 with the bytes cp1252 leaves undefined dropped (0x81, 0x8D, 0x8F,
0x90, 0x9D: a viewer shows them as nothing). The long vowel mark, the full stop and many
kanji lose their lead byte, and the strict reading goes out of step (``ƒ[`` for ``ー``).
Sentences written for these tests."""

from __future__ import annotations

import pytest

import textfix
from textfix.codes import Code
from textfix.damage.mojibake.lossy import infer_dropped
from textfix.damage.mojibake.model import model


def _shown(text: str) -> str:
    """``text`` in Shift_JIS (cp932) shown as cp1252, the undefined bytes gone."""
    return text.encode("cp932").decode("cp1252", "ignore")


@pytest.mark.parametrize("real", [
    "データベースのバックアップを毎週土曜日に取ります。",  # ー is 81 5B, 。 81 42
    "この書類をコピーして、部長に渡してください。",  # 書 is 8F 91
    "サーバーの設定ファイルを書き換えました。",
    "東京駅から新幹線で大阪へ向かいました。",  # 新 is 90 56: only V is left
    "込み入った話なので、会議室で説明します。",  # 込 is 8D 9E
    "国語の授業でレポートを書いた。",  # 国 is 8D 91
])
def test_dropped_bytes_are_inferred(real: str) -> None:
    garbled = _shown(real)
    assert len(garbled.encode("cp1252")) < len(real.encode("cp932"))  # bytes were dropped
    result = textfix.repair(garbled)
    assert result.text == real
    assert any(f.code == Code.INFERRED_CHARACTER for f in result.findings)
    assert any(f.code == Code.CJK_MOJIBAKE and "bytes lost" in f.evidence
               for f in result.findings)


def test_each_inferred_character_is_reported_with_its_alternatives() -> None:
    cells, lost = infer_dropped(_shown("書類のコピー"), model(), "", "", "cp932")
    assert lost == 2  # 書 (8F 91) and ー (81 5B)
    inferred = [(c[2], c[4][0][1]) for c in cells if c[4]]
    assert [ch for ch, _ in inferred] == ["書", "ー"]
    assert all(alts and ch not in alts for ch, alts in inferred)


def test_a_line_that_lost_nothing_is_the_strict_chains() -> None:
    real = "日本語のテキストです"  # no byte cp1252 leaves undefined
    assert _shown(real).encode("cp1252") == real.encode("cp932")
    result = textfix.repair(_shown(real))
    assert result.text == real
    assert not any(f.code == Code.INFERRED_CHARACTER for f in result.findings)


@pytest.mark.parametrize("clean", [
    "The ƒ-number and the ‰ sign: ƒ/2.8 at 5‰ — “quoted” text… ‘fine’.",
    "The shop sold it for 5 € or 7 £ (¥300), see § 4 ¶ 2 of the terms, ±2 °C, 3 µm.",
    "Ærø, Þórður, Ça Va, naïve façade, señor Núñez, Œuvre, Šťastný.",
    "データベースのバックアップを毎週取ります。",
    "Grüße aus Köln — ½ Pfund Käse für 3,50 €.",
])
def test_clean_text_is_left_alone(clean: str) -> None:
    assert textfix.repair(clean).text == clean
