"""Generate the pinyin-spin test set from the clean Simplified texts in ``tests/data/simplified``.

A content farm takes a Simplified article, converts it to Traditional with OpenCC (``s2t``,
or ``s2tw`` for Taiwan forms such as 為), and pushes the tone-marked reading of many converted
characters in after them: ``產(chǎn)業(yè)鏈`` for ``产业链``. This script does the same, with a fixed
random seed, so the test set is reproducible and its expected output is simply the clean
source text — never the output of the code under test.

Readings come from pypinyin over the *Simplified* sentence (its phrase dictionary picks the
reading in context, as a spinner working from the source would). Each case varies the
converter, the share of converted characters annotated (40–100 %), the parentheses (ASCII,
fullwidth or mixed), later width folding (NFKC or ftfy's ``fix_character_width``) and later
damage to the annotations themselves (tone letters lost to ``?`` by a lossy re-encoding, or
decomposed into combining marks).

    python tests/gen_spin.py            # summary of the generated cases
    python tests/gen_spin.py --show 3   # print the third case's spun text
    python tests/gen_spin.py --tables   # regenerate textfix/damage/opencc_tables.py

``--tables`` derives the character tables the spin stage needs from OpenCC's own dictionaries
(dumped with the ``opencc_dict`` tool the opencc wheel ships), so they are never hand-written:
which Simplified characters a Traditional (or Taiwan/Hong Kong variant) form can stand for, and
which variant forms belong to the Taiwan, the Hong Kong and the OpenCC standard.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import tempfile
import unicodedata
from functools import lru_cache
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "simplified"
TABLES = ROOT / "textfix" / "damage" / "opencc_tables.py"
SEED = 20220812

#: (converter, parentheses, fold, damage) for the variants made from every source text.
VARIANTS: tuple[tuple[str, str, str, str], ...] = (
    ("s2t", "ascii", "", ""),
    ("s2tw", "ascii", "", ""),
    ("s2tw", "fullwidth", "", ""),
    ("s2t", "mixed", "nfkc", ""),
    ("s2tw", "fullwidth", "ftfy", ""),
    ("s2tw", "ascii", "nfkc", "qmark"),
    ("s2t", "fullwidth", "", "nfd"),
)

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"


@dataclass(frozen=True, slots=True)
class SpinCase:
    """One generated case: ``spun`` must repair to ``original``."""

    name: str
    original: str
    spun: str
    config: str
    coverage: float
    annotations: int


def sources() -> list[tuple[str, str]]:
    """(name, text) of every clean Simplified source text, in name order."""
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*.txt"))]


def readings(text: str) -> list[str]:
    """The tone-marked reading of every character of ``text`` (non-Han: the character)."""
    from pypinyin import Style, lazy_pinyin

    out = lazy_pinyin(text, style=Style.TONE, errors=lambda s: list(s))
    if len(out) != len(text):  # pragma: no cover - pypinyin returns one item per character
        raise ValueError("pypinyin did not return one reading per character")
    return out


@lru_cache(maxsize=8)
def _opencc(config: str) -> object:
    import opencc

    return opencc.OpenCC(config)


def spin(text: str, config: str, coverage: float, parens: str, rng: random.Random) -> str:
    """``text`` converted with OpenCC ``config`` and annotated like a content farm."""
    trad = _opencc(config).convert(text)  # type: ignore[attr-defined]
    if len(trad) != len(text):  # pragma: no cover - s2t/s2tw keep the length
        raise ValueError("OpenCC changed the length")
    pinyin = readings(text)
    converted = [i for i, (a, b) in enumerate(zip(text, trad)) if a != b]
    chosen = set(rng.sample(converted, round(coverage * len(converted))))
    out: list[str] = []
    for i, ch in enumerate(trad):
        out.append(ch)
        if i in chosen and pinyin[i].isalpha():
            full = parens == "fullwidth" or (parens == "mixed" and rng.random() < 0.5)
            out.append(f"（{pinyin[i]}）" if full else f"({pinyin[i]})")
    return "".join(out)


def fold(text: str, how: str) -> str:
    """Width folding by a later normaliser: NFKC or ftfy's ``fix_character_width``."""
    if how == "nfkc":
        return unicodedata.normalize("NFKC", text)
    if how == "ftfy":
        from ftfy.fixes import fix_character_width

        return fix_character_width(text)
    return text


def damage(text: str, how: str) -> str:
    """Damage to the annotations from a later mis-decoding or normalisation."""
    if how == "qmark":  # re-encoded to a legacy charset without pinyin letters, errors=replace
        return "".join("?" if ch in _TONED else ch for ch in text)
    if how == "nfd":  # tone marks decomposed into combining characters
        return "".join(unicodedata.normalize("NFD", ch) if ch in _TONED else ch for ch in text)
    return text


def cases() -> list[SpinCase]:
    """Every case, deterministically (one seeded generator for the whole set)."""
    rng = random.Random(SEED)
    out: list[SpinCase] = []
    for name, text in sources():
        for config, parens, how_fold, how_damage in VARIANTS:
            coverage = round(rng.uniform(0.4, 1.0), 2)
            spun = spin(text, config, coverage, parens, rng)
            count = spun.count("(") + spun.count("（") - text.count("（")
            spun = damage(fold(spun, how_fold), how_damage)
            label = "-".join(x for x in (config, parens, how_fold, how_damage) if x)
            out.append(SpinCase(f"{name}:{label}", text, spun, config, coverage, count))
    return out


#: Characters a careless spinner leaves unconverted because they are ambiguous.
LEFT_ALONE = "并后了于"


def machine_cases() -> list[SpinCase]:
    """Machine-Traditional text without pinyin: ``s2t``, ``s2tw``, and ``s2tw`` that leaves
    the ambiguous characters of :data:`LEFT_ALONE` unconverted (as the sample page's spinner)."""
    out = []
    for name, text in sources():
        for config, naive in (("s2t", False), ("s2tw", False), ("s2tw", True)):
            trad = _opencc(config).convert(text)  # type: ignore[attr-defined]
            if naive:
                trad = "".join(s if s in LEFT_ALONE else t for s, t in zip(text, trad))
            label = f"{config}-naive" if naive else config
            out.append(SpinCase(f"{name}:{label}", text, trad, config, 0.0, 0))
    return out


def opencc_dictionary(name: str) -> dict[str, list[str]]:
    """One of OpenCC's character dictionaries (``TSCharacters``…) as ``{key: [values]}``."""
    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"{name}.txt"
        subprocess.run(
            [str(clib / "bin" / "opencc_dict"), "-i", str(clib / "share" / "opencc" / f"{name}.ocd2"),
             "-o", str(out), "-f", "ocd2", "-t", "text"],
            check=True, capture_output=True,
        )
        lines = out.read_text(encoding="utf-8").splitlines()
    return {k: v.split() for k, v in (line.split("\t") for line in lines)}


def _is_common_han(ch: str) -> bool:
    return len(ch) == 1 and 0x4E00 <= ord(ch) <= 0x9FFF


def build_tables() -> str:
    """The source of ``textfix/damage/opencc_tables.py``, derived from OpenCC's dictionaries."""
    st, ts = opencc_dictionary("STCharacters"), opencc_dictionary("TSCharacters")
    tw, hk = opencc_dictionary("TWVariants"), opencc_dictionary("HKVariants")

    def forms(simplified: str) -> set[str]:
        out: set[str] = set()
        for t in st.get(simplified, [simplified]):
            out |= {t, *tw.get(t, ()), *hk.get(t, ())}
        return out

    sources: dict[str, list[str]] = {}
    for t, ss in ts.items():
        sources.setdefault(t, []).extend(s for s in ss if s not in sources.get(t, []))
    every = set(st) | set(tw) | set(hk) | {s for ss in ts.values() for s in ss}
    for s in sorted(every):
        if s in ts and s not in ts[s]:
            continue  # a Traditional-only character is nobody's Simplified source
        for f in sorted(forms(s)):
            got = sources.setdefault(f, [] if f in ts else [f])
            if s not in got:
                got.append(s)
    ambiguous = {
        t: "".join(s for s in ss if _is_common_han(s))
        for t, ss in sorted(sources.items())
        if _is_common_han(t)
    }
    ambiguous = {t: ss for t, ss in ambiguous.items() if len(ss) >= 2}

    def variant_forms(table: dict[str, list[str]]) -> set[str]:
        return {v for k, vs in table.items() for v in vs if v != k and _is_common_han(v)}

    standard = {t for ts_ in st.values() for t in ts_}  # OpenCC-standard Traditional (參)
    plain = {c for c in every if _is_common_han(c) and c not in ts}  # valid Simplified too
    tw_forms, hk_forms = variant_forms(tw) - standard, variant_forms(hk) - standard
    std_only = {
        k for k in set(tw) & set(hk)
        if _is_common_han(k) and k not in tw[k] and k not in hk[k]
    }
    all_traditional = (
        {t for ts_ in st.values() for t in ts_} | set(ts)
        | {v for table in (tw, hk) for vs in table.values() for v in vs}
    )
    simplified_only = {
        s for s, ts_ in st.items()
        if _is_common_han(s) and s not in ts_ and s not in all_traditional
    }
    traditional_only = {
        t for t, ss in ts.items() if _is_common_han(t) and t not in ss and t not in tw_forms
    }
    lines = [
        '"""Character tables derived from OpenCC\'s dictionaries (generated; do not edit).',
        "",
        "Regenerate with ``python tests/gen_spin.py --tables``; a test checks this file against the",
        "installed OpenCC. Only characters of the CJK Unified Ideographs block are listed.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "#: Traditional (or Taiwan/Hong Kong variant) form -> every Simplified character it can stand",
        "#: for, OpenCC's preferred first. Only forms with two or more candidates are listed.",
        "SOURCES: dict[str, str] = {",
        *(f'    "{t}": "{ss}",' for t, ss in ambiguous.items()),
        "}",
        "",
        "#: Variant forms the Taiwan standard uses where OpenCC's standard differs (為 for 爲).",
        f'TW_FORMS = frozenset("{"".join(sorted(tw_forms - plain))}")',
        "",
        "#: Variant forms the Hong Kong standard uses where OpenCC's standard differs.",
        f'HK_FORMS = frozenset("{"".join(sorted(hk_forms - plain))}")',
        "",
        "#: OpenCC-standard forms that both the Taiwan and the Hong Kong standard replace (爲, 僞…):",
        "#: text written in Taiwan or Hong Kong rarely has them, ``s2t`` output always does.",
        f'STD_ONLY = frozenset("{"".join(sorted(std_only))}")',
        "",
        "#: Traditional characters that are never Simplified (OpenCC's t2s always changes them):",
        "#: the cheap scan for Traditional text, before OpenCC is loaded.",
        f'TRADITIONAL_ONLY = frozenset("{"".join(sorted(traditional_only))}")',
        "",
        "#: Simplified characters that are never Traditional (OpenCC's s2t always changes them).",
        f'SIMPLIFIED_ONLY = frozenset("{"".join(sorted(simplified_only))}")',
        "",
        "#: OpenCC-standard form -> its Taiwan form, where they differ (爲 -> 為).",
        "TW_VARIANTS: dict[str, str] = {",
        *(
            f'    "{k}": "{vs[0]}",'
            for k, vs in sorted(tw.items())
            if _is_common_han(k) and _is_common_han(vs[0]) and vs[0] != k
        ),
        "}",
        "",
    ]
    return "\n".join(lines)


def iter_names() -> Iterator[str]:
    """The case names (for pytest ids without generating twice)."""
    for name, _ in sources():
        for variant in VARIANTS:
            yield f"{name}:" + "-".join(x for x in variant if x)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, help="print the spun text of case N (1-based)")
    parser.add_argument("--tables", action="store_true", help=f"regenerate {TABLES.name}")
    args = parser.parse_args()
    if args.tables:
        TABLES.write_text(build_tables(), encoding="utf-8")
        print(f"wrote {TABLES}")
        return 0
    generated = cases()
    if args.show:
        print(generated[args.show - 1].spun)
        return 0
    for c in generated:
        print(f"{c.name}\t{c.config}\tcoverage {c.coverage:.2f}\t{c.annotations} annotations")
    print(f"{len(generated)} cases from {len(sources())} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
