"""Generate the width-folding test set from clean Chinese and Japanese texts.

A later normaliser folds fullwidth punctuation to ASCII: NFKC (``，`` → ``,``, ``（）`` →
``()``, ``……`` → ``......``) or ftfy's ``fix_character_width`` (the fullwidth forms only).
Every clean text — the Simplified sources in ``tests/data/simplified``, the genuine Taiwan and
Hong Kong texts in ``tests/data/traditional`` and the Japanese texts in
``tests/cases/width/ja`` — is folded both ways; the expected repair of each case is the clean
text itself, never the output of the code under test. The folds are deterministic (no
randomness), so the set is the same on every run.

    python tests/gen_width.py           # summary of the generated cases
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

TESTS = Path(__file__).resolve().parent
SOURCES: tuple[Path, ...] = (
    TESTS / "data" / "simplified",
    TESTS / "data" / "traditional",
    TESTS / "cases" / "width" / "ja",
)
FOLDS: tuple[str, ...] = ("nfkc", "ftfy")
#: ASCII marks the width stage may restore; an original ASCII mark must never change.
ASCII_MARKS = frozenset(",;:!?()")


@dataclass(frozen=True, slots=True)
class WidthCase:
    """One generated case: ``folded`` must repair to ``original``."""

    name: str
    original: str
    folded: str
    fold: str


def fold(text: str, how: str) -> str:
    """``text`` after NFKC or after ftfy's ``fix_character_width``."""
    if how == "nfkc":
        return unicodedata.normalize("NFKC", text)
    from ftfy.fixes import fix_character_width

    return fix_character_width(text)


def sources() -> list[tuple[str, str]]:
    """(name, text) of every clean source text."""
    return [
        (f"{folder.name}/{p.stem}", p.read_text(encoding="utf-8"))
        for folder in SOURCES
        for p in sorted(folder.glob("*.txt"))
    ]


def cases() -> list[WidthCase]:
    """Every source folded each way; sources the fold does not change are left out."""
    out = []
    for name, text in sources():
        for how in FOLDS:
            folded = fold(text, how)
            if folded != text:
                out.append(WidthCase(f"{name}:{how}", text, folded, how))
    return out


def ascii_changed(original: str, repaired: str) -> list[str]:
    """ASCII marks of ``original`` (Latin, numeric, code context) that ``repaired`` changed."""
    import difflib

    sm = difflib.SequenceMatcher(None, original, repaired, autojunk=False)
    return [
        f"{original[max(0, i1 - 8):i2 + 8]!r} -> {repaired[max(0, j1 - 8):j2 + 8]!r}"
        for tag, i1, i2, j1, j2 in sm.get_opcodes()
        if tag != "equal" and any(c in ASCII_MARKS for c in original[i1:i2])
    ]


def main() -> int:
    generated = cases()
    for c in generated:
        print(f"{c.name}\t{sum(a != b for a, b in zip(c.original, c.folded))} marks folded")
    print(f"{len(generated)} cases from {len(sources())} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
