"""Generate ``textfix/cjk_tables.py``: the character tables and regular-expression classes the
plausibility judgement and the mojibake stages derive from the legacy codecs and code pages.

Deriving them (decoding every byte pair of GB2312, Big5, Shift_JIS, EUC-KR…) takes ~70 ms,
which every run on CJK text would pay at start-up; the generated module is read in well under
a millisecond. ``tests/test_cjk_tables.py`` regenerates the module and compares, so it can
never drift from the codecs or from the derivation code.

    python tests/gen_cjk_tables.py      # rewrite textfix/cjk_tables.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "textfix" / "cjk_tables.py"


def _members(table: frozenset[str]) -> tuple[str, tuple[str, ...]]:
    """A table as (its single characters as one string, its longer members): a Shift_JIS
    byte pair can decode to two characters, and the derivation keeps those as they are."""
    return ("".join(sorted(m for m in table if len(m) == 1)),
            tuple(sorted(m for m in table if len(m) != 1)))


def render() -> str:
    """The source text of the generated module."""
    sys.path.insert(0, str(ROOT))
    try:
        from textfix.charclass import class_ranges
        from textfix.damage.mojibake.cjk_gate import (
            derive_signature_chars,
            gate_bounds,
            gate_classes,
            gate_punctuation,
            gate_signature_han,
        )
        from textfix.damage.mojibake.cjk_search import TWIN_CODECS, derive_decode_differences
        from textfix.damage.mojibake.western import (
            derive_bad_keys,
            derive_changeable,
            misread_chars,
        )
        from textfix.plausibility import derive_tables
    finally:
        sys.path.pop(0)
    t = derive_tables()
    gate, both = gate_classes()
    lead, cont, lead_a0 = misread_chars()
    quick, encodings = derive_changeable()
    values: dict[str, object] = {
        "COMMON_HAN": _members(t["common_han"]),
        "UNCOMMON_HAN": _members(t["uncommon_han"]),
        "COMMON_HANGUL": _members(t["common_hangul"]),
        "SIMPLIFIED_ONLY": _members(t["simplified_only"]),
        "TRADITIONAL_ONLY": _members(t["traditional_only"]),
        "COMMON_HAN_CLASS": class_ranges(t["common_han"]),
        "SIGNATURE_CLASS": class_ranges(derive_signature_chars()),
        "GATE_CLASS": gate,
        "GATE_BOTH_CLASS": both,
        "GATE_BOUNDS": gate_bounds(),
        "GATE_PUNCTUATION": gate_punctuation(),
        "GATE_SIGNATURE_HAN": gate_signature_han(),
        "DECODE_DIFFERENCES": {base: derive_decode_differences(base, twin)
                               for base, twin in TWIN_CODECS},
        "MISREAD_LEAD": "".join(sorted(lead)),
        "MISREAD_CONT": "".join(sorted(cont)),
        "MISREAD_LEAD_A0": "".join(sorted(lead_a0)),
        "CHANGEABLE_QUICK": quick,
        "CHANGEABLE_ENCODINGS": encodings,
        "BAD_KEYS": derive_bad_keys(),
    }
    docs = {
        "COMMON_HAN": "plausibility.derive_tables()['common_han'] as (characters, longer members)",
        "UNCOMMON_HAN": "plausibility.derive_tables()['uncommon_han']",
        "COMMON_HANGUL": "plausibility.derive_tables()['common_hangul']",
        "SIMPLIFIED_ONLY": "plausibility.derive_tables()['simplified_only']",
        "TRADITIONAL_ONLY": "plausibility.derive_tables()['traditional_only']",
        "COMMON_HAN_CLASS": "COMMON_HAN as a regular-expression class "
                            "(mojibake.cjk_gate.common_chars)",
        "SIGNATURE_CLASS": "mojibake.cjk_gate.derive_signature_chars() as a class",
        "GATE_CLASS": "mojibake.cjk_gate.gate_classes()[0]",
        "GATE_BOTH_CLASS": "mojibake.cjk_gate.gate_classes()[1]",
        "GATE_BOUNDS": "mojibake.cjk_gate.gate_bounds(): GATE_CLASS as sorted range bounds",
        "GATE_PUNCTUATION": "mojibake.cjk_gate.gate_punctuation(): gate characters that "
                            "match only in a cluster",
        "GATE_SIGNATURE_HAN": "mojibake.cjk_gate.gate_signature_han(): signature characters "
                              "among the hanzi",
        "DECODE_DIFFERENCES": "mojibake.cjk_search.derive_decode_differences(base, twin) per "
                              "base codec",
        "MISREAD_LEAD": "mojibake.western.misread_chars()[0]: UTF-8 lead bytes' characters",
        "MISREAD_CONT": "mojibake.western.misread_chars()[1]: continuation bytes' characters",
        "MISREAD_LEAD_A0": "mojibake.western.misread_chars()[2]: leads a lost 0xA0 follows",
        "CHANGEABLE_QUICK": "mojibake.western.derive_changeable()[0]: lines ftfy could change "
                            "(derived from ftfy)",
        "CHANGEABLE_ENCODINGS": "mojibake.western.derive_changeable()[1]: ftfy's single-byte "
                                "encodings, as (leads, continuations, bytes put right)",
        "BAD_KEYS": "mojibake.western.derive_bad_keys(): one of these stands in every stretch "
                    "ftfy's badness regex matches",
    }
    lines = [
        '"""Character tables and classes derived from the legacy codecs.',
        "",
        "Generated by ``tests/gen_cjk_tables.py`` — do not edit; ``tests/test_cjk_tables.py``",
        "checks that it is current.",
        '"""',
        "",
    ]
    for name, value in values.items():
        lines.append(f"#: {docs[name]}")
        lines.append(f"{name} = {value!r}")
    return "\n".join(lines) + "\n"


def main() -> int:
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
