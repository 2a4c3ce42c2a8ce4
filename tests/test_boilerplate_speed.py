"""The boilerplate stage's cheap paths give the answers of the slow ones they stand in for:
the rare-hanzi test, the script classes, the annotation screen and the key index's count
conditions; and a short clean page compiles none of the big classes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from textfix.charclass import CharClass
from textfix.damage import boilerplate as B
from textfix.damage import boilerplate_rules as R
from textfix.damage.mojibake import cjk_gate

ROOT = Path(__file__).resolve().parents[1]


def _rare_han_by_gate(text: str) -> bool:
    """The earlier definition: the gate's class of the uncommon hanzi in U+4E00–9FFF."""
    from bisect import bisect_right

    from textfix.cjk_tables import GATE_BOUNDS

    for ch in set(text):
        if "\u4e00" <= ch < "\ua000":
            if bisect_right(GATE_BOUNDS, ord(ch)) & 1:
                return True
        elif ("\u3400" <= ch < "\u4dc0" or "\uf900" <= ch < "\ufb00"
              or "\U00020000" <= ch < "\U00031350"):
            return True
    return False


def test_rare_han_is_the_gates_class() -> None:
    """Both tests ask whether any character is a rare hanzi, so agreeing on every code point
    is agreeing on every text."""
    for code in range(0x110000):
        ch = chr(code)
        assert cjk_gate.holds_rare_han(ch) == _rare_han_by_gate(ch), hex(code)
    line = "版权所有 渚靛垹 Copyright"
    assert cjk_gate.holds_rare_han(line) == _rare_han_by_gate(line)


_CLASSES = {
    "latin": "[A-Za-z" + "".join(chr(o) for o in range(0x80, 0x250) if chr(o).isalpha()) + "]",
    "han": "[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]",
    "kana": "[\u3040-\u30ff]",
    "hangul": "[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]",
    "cyrillic": "[\u0400-\u04ff]",
}


def test_scripts_are_the_regex_classes() -> None:
    """``scripts_of`` (the classes' ranges, until lines have cost about as much as compiling
    the classes) says what the five regular-expression classes say, character by character
    and on mixed lines, both before and after it compiles them."""
    classes = {name: re.compile(source) for name, source in _CLASSES.items()}

    def expected(text: str) -> frozenset[str]:
        return frozenset(name for name, rx in classes.items() if rx.search(text))

    codes = [*range(0x10000), *range(0x10000, 0x110000, 97)]
    for code in codes:
        ch = chr(code)
        assert R.scripts_of(ch) == expected(ch), hex(code)
    assert all(cls._pattern is not None for _, cls in R._SCRIPTS)  # past the budget
    for line in ("Daily 新闻 Ñ", "123 ---", "Привет, 世界", "ニュース 뉴스", "", "ÀÉ", "ǅ ɐ"):
        assert R.scripts_of(line) == expected(line), line
        fresh = [(name, CharClass.parse(body)) for name, body in R._SCRIPT_CLASSES]
        assert frozenset(name for name, cls in fresh if cls.search(line)) == expected(line)


def test_annotation_screen_changes_nothing() -> None:
    """Lines the screen passes over are the lines the pattern leaves as they are."""
    pattern = re.compile(B._ANNOTATION_SOURCE)
    befores = ["", "a", "(", "\u33ff", "\u3400", "產", "\u9fff", "\ua000", "版權"]
    inners = ["chǎn", "quan", "x", "toolongpinyin", "", "1"]
    for before in befores:
        for open_, close in ("()", "（）", "(）", "（)"):
            for inner in inners:
                for after in ("", "所有", ")"):
                    line = f"{before}{open_}{inner}{close}{after}"
                    assert B.strip_annotations(line) == pattern.sub("", line), line


def test_count_conditions() -> None:
    """A breadcrumb pattern needs its separator twice, a menu its bar three times."""
    index = R._index()
    crumb = next(k for k, (chars, _n) in index.counts.items() if ">" in chars)
    assert not (R.candidates("Home > News") or 0) >> crumb & 1
    assert (R.candidates("Home > News > World") or 0) >> crumb & 1


def test_short_clean_page_compiles_no_big_class() -> None:
    """A short clean Chinese page runs the stage without compiling the script classes, the
    key index's scan or the annotation pattern (each costs milliseconds at start-up)."""
    code = """if True:
        import textfix
        from textfix.damage import boilerplate as B, boilerplate_rules as R
        textfix.repair(open("samples/clean/zh-hans-news.txt", "rb").read())
        print(R._index().anchor_chars._pattern is None,
              B._annotation.cache_info().currsize == 0,
              all(cls._pattern is None for _, cls in R._SCRIPTS))
    """
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out == ["True", "True", "True"]


def test_every_match_has_a_key_in_greek_and_ligatures() -> None:
    """``candidates(line, strict=False)`` filters lines holding risky characters that cannot
    stand in a key's place (Greek, ligatures, µ, ß): still, every pattern that matches such a
    line is a candidate. Sample and case lines are mixed with those characters."""
    from . import test_boilerplate_rules_keys as keys_test

    n = len(R._flat())
    harmless = [ch for ch in R._index().risky if ch not in R._index().relevant]
    assert "ς" in harmless and "ſ" not in harmless
    extra = "".join(harmless[:: max(1, len(harmless) // 40)])
    matched = 0
    for view in keys_test._lines():
        if not view:
            continue
        for line in (view, f"{extra} {view}", f"{view} ΑΣ", view.replace("ss", "ß")):
            maybe = R.candidates(line, strict=False)
            for k in range(n):
                if R._pattern(k).search(line):
                    matched += 1
                    assert maybe is None or maybe >> k & 1, (k, line)
    assert matched > 300
    assert R.candidates("ΑΣ", strict=False) == 0
    assert R.candidates("ſhare this article", strict=False) is None
