"""The small-text screen of the CJK stage (:func:`mojibake_cjk._may_open_gate`) is sound: it
passes every text in which the whole-text gate can match."""

from __future__ import annotations

import re
from bisect import bisect_right

from textfix.cjk_tables import GATE_BOUNDS, GATE_CLASS
from textfix.damage import mojibake_cjk


def test_bounds_are_the_gate_class() -> None:
    """A code point is inside GATE_BOUNDS exactly when it is in the gate's first class."""
    cls = re.compile(f"[{GATE_CLASS}]")
    for o in range(0x80, 0x10000):
        ch = chr(o)
        assert bool(bisect_right(GATE_BOUNDS, o) & 1) == bool(cls.match(ch)), hex(o)


def test_screen_passes_every_gate_match() -> None:
    texts = ["·¢Õ¹", "鍙戝睍", "ÇÑ±¹¾î", "ｱｲｳ", "璶ō份", "中文ü中", "üé中", "灃灄灅灆 灇灈灉灊",
             "发展中国家", "Müller und Ångström", "鞑靼"]
    for text in texts:
        if mojibake_cjk._gate().search(text):
            assert mojibake_cjk._may_open_gate(text), text
    assert not mojibake_cjk._may_open_gate("发展中国家")
