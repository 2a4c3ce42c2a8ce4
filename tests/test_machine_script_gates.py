"""The machine-Traditional scan gives exactly what the plain per-character definitions give.

:mod:`textfix.damage.machine_script` counts with character classes, skips the evidence when
no table lookup hints at a converter, and converts with OpenCC one configuration at a time,
stopping when no position is left. The straightforward forms are kept here as the reference
and compared on the machine-converted cases, the genuine Traditional texts, and random text
built from the tables' characters.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the generators beside the tests

import gen_spin

from textfix.charclass import is_han
from textfix.damage import machine_script as ms
from textfix.damage import opencc_tables as tables
from textfix.damage.spin import converter

TRADITIONAL = Path(__file__).parent / "data" / "traditional"
KANA_HANGUL = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\uac00-\ud7a3"
                         "\u1100-\u11ff\u3130-\u318f]")


def ref_is_traditional(text: str) -> bool:
    if not any(is_han(ch) for ch in text):
        return False
    trad = sum(ch in tables.TRADITIONAL_ONLY for ch in text)
    if trad < ms.MIN_TRADITIONAL:
        return False
    han = sum(is_han(ch) for ch in text)
    other = len(KANA_HANGUL.findall(text))
    return other < 5 and trad >= ms.MIN_TRADITIONAL_SHARE * han


def ref_examine(text: str) -> ms.ScriptEvidence | None:
    if not ref_is_traditional(text):
        return None
    han = sum(is_han(ch) for ch in text)
    trad = sum(ch in tables.TRADITIONAL_ONLY for ch in text)
    std = "".join(ch for ch in text if ch in tables.STD_ONLY)
    present = set(text)
    mixed = "、".join(
        f"{k}/{tables.TW_VARIANTS[k]}" for k in sorted(set(std))
        if tables.TW_VARIANTS.get(k, k) in present
    )
    leftovers = {i for i, ch in enumerate(text) if ch in tables.SIMPLIFIED_ONLY}
    regional = tables.TW_FORMS | tables.HK_FORMS | set(tables.TW_VARIANTS.values())
    mainland = tuple(term for term in ms.MAINLAND_TERMS if term in text)
    taiwan = sum(ch in tables.TW_FORMS and ch not in tables.HK_FORMS for ch in text)
    if std or leftovers or mainland:
        outs = [converter(c).convert(text) for c in ("s2t", "s2tw", "s2hk")]
        if all(len(o) == len(text) for o in outs):
            leftovers.update(
                i for i, ch in enumerate(text)
                if is_han(ch) and ch not in regional and all(o[i] != ch for o in outs)
            )
    chars = "".join(sorted({text[i] for i in leftovers}))
    return ms.ScriptEvidence(
        han, trad, std, mixed, tuple(sorted(leftovers)), mainland, taiwan, chars
    )


def corpus() -> list[str]:
    out = [case.spun for case in gen_spin.machine_cases()]
    out += [p.read_text(encoding="utf-8") for p in sorted(TRADITIONAL.glob("*.txt"))]
    return out + [text for _, text in gen_spin.sources()]


def test_examine_on_the_test_texts() -> None:
    for text in corpus():
        assert ms.is_traditional(text) == ref_is_traditional(text)
        expected = ref_examine(text)
        assert ms.examine(text) == expected
        machine = expected is not None and expected.machine
        assert (ms.report(text) is not None) == machine


@pytest.mark.parametrize("seed", range(2))
def test_examine_on_random_mixtures(seed: int) -> None:
    rng = random.Random(seed)
    pool = (
        list("的一是了我不人在他有中大来上个到说们和你地出道也时年后以并于干里")
        + sorted(tables.TRADITIONAL_ONLY)[:80] + sorted(tables.STD_ONLY)
        + sorted(tables.TW_FORMS) + sorted(tables.HK_FORMS) + sorted(tables.SIMPLIFIED_ONLY)[:40]
        + list("かな한국 \n，。()") + list(tables.TW_VARIANTS.values()) + list(tables.TW_VARIANTS)
        + ["視頻", "質量", "網絡", "軟件"]
    )
    sources = corpus()
    for k in range(600):
        if k % 3 == 0:
            text = rng.choice(sources)
            at = rng.randrange(len(text))
            text = "".join(
                c if rng.random() > 0.05 else rng.choice(pool)
                for c in text[at : at + rng.randint(5, 400)]
            )
        else:
            text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 80)))
        assert ms.is_traditional(text) == ref_is_traditional(text), text
        expected = ref_examine(text)
        assert ms.examine(text) == expected, text
        assert (ms.report(text) is not None) == (expected is not None and expected.machine), text
