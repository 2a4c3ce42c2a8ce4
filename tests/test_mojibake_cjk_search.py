"""Gates of the CJK search skip only chains that could not have won.

:func:`cjk_search._two_uncommon` lets the GBK/Big5 cross chains be skipped on lines where no
stretch between characters below U+0040 holds two uncommon characters; with every chain tried
the answer of :func:`cjk_search._best_repairs` must be the same, on clean text with rare
hanzi (the common case) and on mojibake.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from textfix.damage.mojibake import cjk_search as m

TESTS = Path(__file__).resolve().parent


def _lines() -> list[str]:
    out: list[str] = []
    for path in sorted((TESTS / "data").glob("*/*.txt")):
        out += [line for line in path.read_text("utf-8").split("\n") if m.suspicious(line)][:20]
    for case in json.loads((TESTS / "cases" / "mojibake" / "generated.json").read_text("utf-8")):
        out += case["damaged"].split("\n")
    rng = random.Random(6)
    rare = "丌丏丨丬亍亓仂仉佤侉俦倜偌傥兀冫冖凵刂劢厶叵吣呋呓哞唳啁嗍嗾囝圪坜垌埤"
    common = "中国经济发展很快的是在了我们"
    for _ in range(300):
        out.append("".join(rng.choice(rare + common * 2 + "，。 ,.、()「」\"") for _ in range(24)))
    out += ["伺服竟惠璶ō份", "楷桯笢弊模腔冪撳崝酗厒僅竭辦", "丌丏 丨丬", "丌,丏 中文"]
    return [line for line in out if line and not line.isascii()]


def test_cross_chains_are_skipped_only_where_they_cannot_win(monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    lines = _lines()
    gated = [m._best_repairs(line) for line in lines]
    monkeypatch.setattr(m, "_two_uncommon", lambda line: True)
    assert [m._best_repairs(line) for line in lines] == gated


def test_two_uncommon_looks_within_pieces() -> None:
    assert m._two_uncommon("丌丏")
    assert not m._two_uncommon("丌,丏")  # a piece ends at the comma
    assert m._two_uncommon("丌，丏")  # fullwidth punctuation is no byte below 0x40
    assert not m._two_uncommon("中国丌")
