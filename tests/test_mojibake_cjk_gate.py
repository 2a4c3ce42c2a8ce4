"""The small-text screen of the CJK stage (:func:`cjk_gate._may_open_gate`) is sound: it
passes every text in which the whole-text gate can match."""

from __future__ import annotations

import json
import random
import re
from bisect import bisect_right
from pathlib import Path

from textfix.cjk_tables import (
    COMMON_HAN_CLASS,
    GATE_BOUNDS,
    GATE_CLASS,
    GATE_PUNCTUATION,
    GATE_SIGNATURE_HAN,
    SIGNATURE_CLASS,
)
from textfix.damage.mojibake import cjk_gate


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
        if cjk_gate._gate().search(text):
            assert cjk_gate._may_open_gate(text), text
    assert not cjk_gate._may_open_gate("发展中国家")


# --- the sharper screen: punctuation and rare hanzi ----------------------------------------

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent


def _class_chars(cls: str, stop: int = 0x10000) -> list[str]:
    pattern = re.compile(f"[{cls}]")
    return [chr(o) for o in range(0x80, stop) if pattern.match(chr(o))]


def test_screen_premises() -> None:
    """What :func:`cjk_gate._screen` relies on, checked against the gate's own parts:
    its punctuation is high and in no other part of the gate; no glued, pinyin or high
    character is a hanzi; a hanzi outside the gate class is common."""
    a, b = cjk_gate._gate_parts()
    other = re.compile(f"[{cjk_gate._GLUED}{cjk_gate._PINYIN}]")
    high = re.compile(f"[{cjk_gate._HIGH}]")
    assert GATE_PUNCTUATION and "“" in GATE_PUNCTUATION and "·" in GATE_PUNCTUATION
    for ch in GATE_PUNCTUATION:
        assert high.match(ch) and not other.match(ch) and ch not in a, ch
    assert not any(cjk_gate._HAN_RE.match(ch) for ch in b)
    common = re.compile(f"[{COMMON_HAN_CLASS}]")
    for o in range(0x4E00, 0xA000):
        if not bisect_right(GATE_BOUNDS, o) & 1:
            assert common.match(chr(o)), hex(o)
    for o in range(0x3400, 0x4DC0):
        assert bisect_right(GATE_BOUNDS, o) & 1, hex(o)
    sig = re.compile(f"[{SIGNATURE_CLASS}]")
    assert {ch for ch in GATE_SIGNATURE_HAN} == {
        ch for ch in _class_chars(SIGNATURE_CLASS, 0xA000) if cjk_gate._HAN_RE.match(ch)}
    assert all(sig.match(ch) for ch in GATE_SIGNATURE_HAN)


def _assert_sound(text: str) -> None:
    """The screens pass ``text`` wherever the gate matches or a line is suspicious, and
    :func:`cjk_gate.suspicious` answers the same with its pre-screen as without."""
    gate = cjk_gate._gate()
    if gate.search(text):
        assert cjk_gate._may_open_gate(text), text
    lines = [line.rstrip("\r") for line in text.split("\n")]
    flags = [cjk_gate.suspicious(line) for line in lines]  # compiled: no pre-screen
    if any(flags):
        assert cjk_gate._may_be_suspicious(text), text
    for line, flag in zip(lines, flags):
        if not line.isascii():
            assert (len(line) <= cjk_gate.SMALL_LINE
                    and not cjk_gate._may_be_suspicious(line)) <= (not flag), line


def _alphabet() -> list[str]:
    rng = random.Random(8)
    a, b = cjk_gate._gate_parts()
    common = _class_chars(COMMON_HAN_CLASS, 0xA000)
    rare = sorted(ch for ch in a if cjk_gate._HAN_RE.match(ch))
    return (list(GATE_PUNCTUATION) * 4 + rng.sample(sorted(b), 80) + rng.sample(rare, 40)
            + list(GATE_SIGNATURE_HAN[:40]) + ["ｱ", "ō", "ü", "é", "Ã", "©"]
            + rng.sample(common, 200) + list("ab Z@~19,.\n\n") + list("。、，「」あア한"))


def test_screen_sound_on_random_texts() -> None:
    """Random texts of punctuation, signature, glued, pinyin, rare and common characters."""
    rng = random.Random(20261127)
    alphabet = _alphabet()
    common = _class_chars(COMMON_HAN_CLASS, 0xA000)
    for n in range(4000):
        size = rng.choice((2, 4, 8, 16, 40))
        if n % 2:
            # mostly common hanzi with a few odd characters: the common-hanzi ratio's edge
            text = "".join(rng.choice(alphabet) if rng.random() < 0.2 else rng.choice(common)
                           for _ in range(size))
        else:
            text = "".join(rng.choice(alphabet) for _ in range(size))
        _assert_sound(text)


def test_screen_sound_on_corpora() -> None:
    texts = [c["damaged"] for c in json.loads(
        (TESTS / "cases" / "mojibake" / "generated.json").read_text(encoding="utf-8"))]
    for folder in (TESTS / "data", ROOT / "samples"):
        for p in sorted(folder.rglob("*.txt")):
            texts.append(p.read_bytes().decode("utf-8", errors="replace"))
    texts += ["“发展”", "“·¢Õ¹”", "鞑靼人", "鞑靼鞑靼人", "中中中中鞑", "他说：“好……”·"]
    for text in texts:
        _assert_sound(text)


def test_clean_chinese_compiles_no_big_class() -> None:
    """The screens settle clean Chinese with curly quotes and a rare hanzi by themselves."""
    for text in ("他说：“我们明天去北京。”", "鞑靼人的历史很长，他们住在草原上。",
                 (ROOT / "samples" / "clean" / "zh-hans-news.txt").read_text(encoding="utf-8")):
        assert not cjk_gate._may_be_suspicious(text)
        assert not cjk_gate._may_open_gate(text) or "鞑" in text


def test_holds_rare_han_is_the_common_count() -> None:
    """:func:`cjk_gate.holds_rare_han` answers what counting common hanzi answers."""
    from textfix.charclass import HAN

    common_re = cjk_gate.common_chars()
    common = _class_chars(COMMON_HAN_CLASS, 0x10000)
    assert all("\u4e00" <= ch < "\ua000" for ch in common)
    for o in range(0x4E00, 0xA000):
        assert bool(bisect_right(GATE_BOUNDS, o) & 1) != bool(common_re.match(chr(o))), hex(o)
    rng = random.Random(5)
    alphabet = _alphabet() + ["\u3400", "\uf900", "\U00020000", "\U0003134f", "\U00031350"]
    texts = ["".join(rng.choice(alphabet) if rng.random() < 0.1 else rng.choice(common)
                     for _ in range(rng.choice((1, 3, 10)))) for _ in range(3000)]
    texts += [p.read_text(encoding="utf-8") for p in sorted((TESTS / "data" / "clean").glob("*.txt"))]
    for text in texts:
        expected = len(common_re.findall(text)) < len(HAN.findall(text))
        assert cjk_gate.holds_rare_han(text) == expected, text


def test_suspicious_answers_the_same_before_compiling(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """:func:`cjk_gate.suspicious` with its pre-screen (big classes not yet compiled)
    answers what it answers with them compiled."""
    texts = [c["damaged"] for c in json.loads(
        (TESTS / "cases" / "mojibake" / "generated.json").read_text(encoding="utf-8"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((TESTS / "data" / "clean").glob("*.txt"))]
    rng = random.Random(3)
    alphabet = _alphabet()
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.choice((3, 8, 20))))
              for _ in range(2000)]
    lines = [line.rstrip("\r") for text in texts for line in text.split("\n")]
    expected = [cjk_gate.suspicious(line) for line in lines]
    monkeypatch.setattr(cjk_gate, "_SIGNATURE_COMPILED", False)
    monkeypatch.setattr(cjk_gate, "_SCREEN_LEFT", [1 << 40])
    assert [cjk_gate.suspicious(line) for line in lines] == expected
    assert sum(expected) > 100


def test_screen_sound_on_western_texts() -> None:
    """Text without CJK characters: accented letters, pinyin, Greek, Cyrillic, Latin-1
    symbols and clusters of them, where only a cluster can open the gate."""
    rng = random.Random(5)
    b = cjk_gate._gate_parts()[1]
    below = sorted(ch for ch in b if ch < "\u2000")
    alphabet = below + list("éèàçüöäñßÃÂ©®°·“”…") + list("abcXYZ @~19,.\n")
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.choice((2, 4, 8, 16, 40))))
        _assert_sound(text)
    for text in ("Tous droits réservés. Ça coûte déjà très cher.", "Größe über Maß",
                 "ÒÑµÇÂ¼", "·¢Õ¹ Müller", "Привет, мир"):
        _assert_sound(text)
    french = (ROOT / "samples" / "clean" / "fr-article.txt").read_text(encoding="utf-8")
    assert not cjk_gate._may_be_suspicious(french)
    assert not cjk_gate._may_open_gate(french)
