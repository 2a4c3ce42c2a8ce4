"""The generated key index of the boilerplate patterns (``tests/gen_boilerplate_rules.py``):
up to date, and sound — a pattern that matches a line always has a key in it, so skipping the
patterns whose keys are absent never changes what the rules find."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from textfix.damage import boilerplate_rules as R
from textfix.damage.boilerplate import strip_annotations

from . import gen_boilerplate_rules as gen

ROOT = Path(__file__).resolve().parents[1]


def test_keys_module_is_up_to_date() -> None:
    """boilerplate_rules_keys.py is what ``python tests/gen_boilerplate_rules.py`` derives."""
    assert gen.MODULE.read_text(encoding="utf-8") == gen.build()


def _lines() -> list[str]:
    out: list[str] = []
    for p in sorted((ROOT / "tests" / "cases" / "boilerplate").glob("B1*.json")):
        fam = json.loads(p.read_text(encoding="utf-8"))
        out += [c["line"] for c in fam["fires"] + fam["silent"]]
    for p in sorted((ROOT / "samples").rglob("*.txt")):
        out += p.read_text(encoding="utf-8", errors="replace").splitlines()
    views = {strip_annotations(line.strip()) for line in out}
    # the same lines upper-cased and title-cased: keys are compared case-insensitively
    return sorted(views | {v.upper() for v in views} | {v.title() for v in views})


def test_every_match_has_a_key() -> None:
    """On every case line and sample line: each pattern that matches is a candidate."""
    n = len(R._flat())
    matched = 0
    for view in _lines():
        if not view:
            continue
        maybe = R.candidates(view)
        for k in range(n):
            if R._pattern(k).search(view):
                matched += 1
                assert maybe is None or maybe >> k & 1, (k, view)
    assert matched > 300


def test_rule_matches_its_joined_pattern() -> None:
    """Searching a rule pattern by pattern finds what its one joined expression finds."""
    for view in _lines():
        for rule in R.rules():
            assert rule.matches(view) == bool(rule.pattern.search(view)), (rule.code, view)


@pytest.mark.parametrize("cls", [r"[\u4e00-\u9fff·]", "[가-힣]"])
def test_caseless_classes_need_no_ignorecase(cls: str) -> None:
    """The classes the rules compile with ``(?-i:…)`` match the same characters either way."""
    with_i, without = re.compile(cls, re.IGNORECASE), re.compile(cls)
    assert all((with_i.fullmatch(c) is None) == (without.fullmatch(c) is None)
               for c in map(chr, range(0x110000)))


def test_risky_lines_are_not_filtered() -> None:
    """A line whose lower case is not what IGNORECASE compares (ſ, İ, Σ…) is searched whole."""
    assert R.candidates("ſhare this article") is None
    assert R.candidates("ΑΣ") is None
    assert R.candidates("版权所有") is not None


def test_turkish_i_folds_as_ignorecase_does() -> None:
    """``fold_lower`` maps exactly the characters ``re.IGNORECASE`` matches with ``i`` to ``i``,
    so a line holding Turkish ``İ`` or ``ı`` is filtered by its keys instead of searched whole."""
    assert gen.folded_class() == {"i", "I", "\u0130", "\u0131"}
    assert {R.fold_lower(c) for c in gen.folded_class()} == {"i"}
    assert not set(R.FOLDED) & R._index().risky  # the generated RISKY (checked current above)
    line = "Bugün Ankara'da hava ılık, akşam İzmir'e yağmur bekleniyor."
    assert R.candidates(line) is not None and R.candidates(line, strict=False) is not None


def _dotted(view: str) -> list[str]:
    """``view`` with its i's written as Turkish ones: every ``i`` dotless, every ``I`` dotted,
    and every ``i`` and ``I`` dotted."""
    return [view.replace("i", "\u0131"), view.replace("I", "\u0130"),
            view.replace("i", "\u0130").replace("I", "\u0130")]


def test_every_match_has_a_key_with_turkish_i() -> None:
    """Soundness where ``İ``/``ı`` stand for ``i``: on every case and sample line holding an
    ``i`` (and Turkish chrome lines of our own), written with dotless and dotted i's, each
    pattern that matches is a candidate."""
    own = ["© 2024 Örnek Gazetesi. Tüm hakları saklıdır.", "İLETİŞİM | KÜNYE | GİZLİLİK | ÇEREZLER",
           "Bu haber sadece abonelere özel", "Arama sonuçları", "Haberi dinle"]
    views = [v for v in _lines() if "i" in v or "I" in v] + own
    n = len(R._flat())
    matched = 0
    for view in [*own, *(d for v in views for d in _dotted(v))]:  # (as they are: above)
        maybe = R.candidates(view, strict=False)
        assert maybe is not None or not R._index().relevant.isdisjoint(view), view
        for k in range(n):
            if R._pattern(k).search(view):
                matched += 1
                assert maybe is None or maybe >> k & 1, (k, view)
    assert matched > 300
