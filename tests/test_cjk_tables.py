"""The generated character tables (``textfix/cjk_tables.py``) are what the generator makes
from the codecs today, and the whole-text gate of the CJK stage finds every suspicious line."""

from __future__ import annotations

import sys
from pathlib import Path

from textfix.damage.mojibake import cjk_gate

TESTS = Path(__file__).resolve().parent


def test_generated_tables_are_current() -> None:
    sys.path.insert(0, str(TESTS))
    try:
        import gen_cjk_tables
    finally:
        sys.path.pop(0)
    assert gen_cjk_tables.TARGET.read_text(encoding="utf-8") == gen_cjk_tables.render(), (
        "textfix/cjk_tables.py is stale: run python tests/gen_cjk_tables.py")


def test_generated_word_tables_are_current() -> None:
    """``textfix/word_tables.py`` is what the generator derives from pypinyin and OpenCC, when
    the versions it was generated from are the ones installed (another release may change
    the dictionary: regenerate then)."""
    import pytest

    sys.path.insert(0, str(TESTS))
    try:
        import gen_word_tables
    finally:
        sys.path.pop(0)
    from textfix import word_tables

    if word_tables.SOURCES != gen_word_tables.sources():
        pytest.skip(f"generated from {word_tables.SOURCES}, installed {gen_word_tables.sources()}: "
                    "run python tests/gen_word_tables.py")
    assert gen_word_tables.TARGET.read_text(encoding="utf-8") == gen_word_tables.render(), (
        "textfix/word_tables.py is stale: run python tests/gen_word_tables.py")


def test_gate_finds_every_suspicious_line() -> None:
    """Every line :func:`cjk_gate.suspicious` accepts holds a match of the gate."""
    import json

    texts = [c["damaged"] for c in json.loads(
        (TESTS / "cases" / "mojibake" / "generated.json").read_text(encoding="utf-8"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((TESTS / "data" / "clean").glob("*.txt"))]
    texts += ["·¢Õ¹", "鍙戝睍", "ÇÑ±¹¾î", "ｱｲｳ", "璶ō份", "中文ü中", "üé中", "灃灄灅灆 灇灈灉灊"]
    gate = cjk_gate._gate()
    flagged = 0
    for text in texts:
        for line in text.split("\n"):
            body = line.rstrip("\r")
            if cjk_gate.suspicious(body):
                flagged += 1
                assert gate.search(body), body
    assert flagged > 100
