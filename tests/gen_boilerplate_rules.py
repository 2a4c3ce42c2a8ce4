"""Generate ``textfix/damage/boilerplate_rules_keys.py``: the key strings of each boilerplate pattern.

A pattern's *keys* are strings one of which stands in every line the pattern matches (in lower
case): ``版权所有`` and ``版權所有`` for ``版[权權]所有(?![者人权方的])``, ``cookie`` for
``^cookie (?:settings|preferences)``. They are cut out of the pattern's parse tree by :func:`keys`
(a run of literals and small classes, or the union of an alternation's keys), so they are
necessary by construction: the boilerplate stage looks for keys in a line with plain substring
tests and searches (and compiles) only the patterns whose keys it found. Deriving keys needs the
regex parser, which costs as much as compiling the rules, hence a generated module.

Case: keys are compared with the line in lower case. That is exact for every character but the
few whose case mapping is not one simple character or that ``re`` folds specially (``ſ``, ``K``,
``İ``, final ``Σ``…): :data:`RISKY` lists them, and a line holding one is searched by every rule.

    python tests/gen_boilerplate_rules.py           # rewrite the module
    python tests/gen_boilerplate_rules.py --show    # each pattern's keys

``tests/test_boilerplate_rules_keys.py`` fails when the module is stale.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import math
import re
import sys
import unicodedata
from pathlib import Path
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from textfix.damage import boilerplate_rules as R

MODULE = ROOT / "textfix" / "damage" / "boilerplate_rules_keys.py"
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)


def _char_weight(code: int) -> float:
    """Roughly how rarely a character stands at a given place in a line."""
    ch = chr(code)
    if code >= 0x80:
        return 3.0
    if ch.isalpha():
        return 1.5
    if ch.isdigit():
        return 1.2
    if ch.isspace():
        return 0.3
    return 1.0


# --- key literals ---------------------------------------------------------------------------

#: Most strings a key may stand for (a class multiplies them: 版[权權] is two).
MAX_KEYS = 24


def _lit_set(op, av) -> set[str] | None:  # type: ignore[no-untyped-def]
    """The strings one piece matches exactly, when it matches only a few fixed strings."""
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        out: set[str] = set()
        for iop, iav in av:
            if iop is C.LITERAL:
                out.add(chr(iav))
            elif iop is C.RANGE and iav[1] - iav[0] < 8:
                out.update(chr(c) for c in range(iav[0], iav[1] + 1))
            else:
                return None
        return out
    if op is C.BRANCH:
        out = set()
        for alt in av[1]:
            got = _seq_lits(list(alt))
            if got is None:
                return None
            out |= got
        return out if len(out) <= MAX_KEYS else None
    if op is C.SUBPATTERN:
        return _seq_lits(list(av[3]))
    if op in _REPEATS and av[0] == av[1] and av[0] <= 4:
        got = _seq_lits(list(av[2]))
        if got is None:
            return None
        out = {""}
        for _ in range(av[0]):
            out = {a + b for a in out for b in got}
        return out if len(out) <= MAX_KEYS else None
    return None


def _seq_lits(items: list) -> set[str] | None:  # type: ignore[type-arg]
    out = {""}
    for op, av in items:
        got = _lit_set(op, av)
        if got is None or len(out) * len(got) > MAX_KEYS:
            return None
        out = {a + b for a in out for b in got}
    return out


def _key_score(keys: set[str]) -> float:
    return min(sum(_char_weight(ord(ch)) for ch in k) for k in keys) - 0.5 * math.log2(len(keys))


def keys(items: list) -> set[str] | None:  # type: ignore[type-arg]
    """Strings one of which every match of the sequence contains (the best such set)."""
    found = offers(items)
    return max(found, key=_key_score) if found else None


def offers(items: list) -> list[set[str]]:  # type: ignore[type-arg]
    """Every key set found in the sequence: each is necessary on its own (one of its strings
    stands in every match), so a line must hold a key of each."""
    found: list[set[str]] = []
    run: set[str] = {""}

    def offer(cand: set[str] | None) -> None:
        if cand and all(cand):
            found.append(cand)

    for op, av in items:
        got = _lit_set(op, av)
        if got is not None and len(run) * len(got) <= MAX_KEYS:
            run = {a + b for a in run for b in got}
            offer(run)
            continue
        if got is not None:
            offer(run)
            run = set(got)
            offer(run)
            continue
        if op is C.AT or (op in _REPEATS and av[0] == 0):
            # zero-width, or may match nothing: the strings around it are not adjacent
            run = {""}
            continue
        run = {""}
        if op in _REPEATS:
            offer(keys(list(av[2])))
        elif op is C.SUBPATTERN:
            offer(keys(list(av[3])))
        elif op is C.BRANCH:
            alts = [keys(list(alt)) for alt in av[1]]
            if all(a for a in alts):
                union = minimal(set().union(*alts))  # type: ignore[arg-type]
                if len(union) <= 8 * MAX_KEYS:
                    offer(union)
    return found


def minimal(strings: set[str]) -> set[str]:
    """``strings`` without those that contain another (finding the shorter is enough)."""
    return {s for s in strings if not any(o != s and o in s for o in strings)}


def risky() -> str:
    """Characters for which lower-casing a line is not what ``re.IGNORECASE`` does: a lower
    case that is not one simple character, an upper case that does not come back, the final
    sigma (context-dependent), and the non-ASCII characters ``re`` folds specially (ı, ſ, µ…)."""
    out = {"\u03a3"}  # Σ lowers to σ or ς by context
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        low, up = ch.lower(), ch.upper()
        if (len(low) != 1 or ord(low) != _sre.unicode_tolower(code) or len(up) != 1
                or up.lower() != low):
            out.add(ch)
    # ``re`` also folds together characters whose lower cases differ (i ı, s ſ, в ᲀ, μ µ):
    # in each such group one character is compared as itself, the others make a line risky.
    for low, extra in _casefix._EXTRA_CASES.items():
        group = sorted({low, *extra})
        plain = [c for c in group if chr(c) not in out and unicodedata.category(chr(c)) == "Ll"]
        keep = plain[0] if plain else None
        out.update(chr(c) for c in group if c != keep)
    return "".join(sorted(out))


def patterns() -> list[tuple[str, str, int]]:
    """Every pattern of the library in order: (code, expanded source, flags)."""
    return [(str(code), R.expand(lang, p), 0 if case else re.IGNORECASE)
            for code, lang, _max, case, pats in R._SPEC for p in pats]


def pattern_keys(source: str, flags: int, unsafe: str) -> tuple[str, ...] | None:
    """A pattern's keys in lower case, or None when it has none (it is searched always)."""
    found = keys(list(P.parse(source, flags)))
    if not found:
        return None
    lowered = minimal({k.lower() for k in found})
    if any(ch in unsafe for k in lowered for ch in k):
        raise ValueError(f"a key of {source!r} holds a specially folded character")
    return tuple(sorted(lowered))


def second_keys(source: str, flags: int, unsafe: str) -> tuple[str, ...] | None:
    """A second key set of a pattern, not implied by its first (:func:`pattern_keys`): a line
    must hold a key of both. Comma and slash keys let share menus and dates through on ordinary
    lines; the names of the menu, or a date's separators, are a second condition."""
    first = pattern_keys(source, flags, unsafe)
    if first is None:
        return None
    best: tuple[str, ...] | None = None
    for cand in offers(list(P.parse(source, flags))):
        lowered = tuple(sorted(minimal({k.lower() for k in cand})))
        if any(ch in unsafe for k in lowered for ch in k):
            continue
        # implied: every first key holds one of these, so finding a first key finds one
        if all(any(c in f for c in lowered) for f in first):
            continue
        if best is None or _key_score(set(lowered)) > _key_score(set(best)):
            best = lowered
    return best


#: ASCII letters from the most to the least frequent (in English): a key is looked up by its
#: rarest pair of characters, so that few lines hold the pair.
_LETTERS = "etaoinshrdlcumwfgypbvkjxqz"


def _rarity(ch: str) -> float:
    if not ch.isascii():
        return 10.0
    if ch in _LETTERS:
        return 1.0 + _LETTERS.index(ch) / 4
    return 0.0 if ch == " " else 3.0


def index(all_keys: list[tuple[str, ...] | None], seconds: list[tuple[str, ...] | None]
          ) -> tuple[int, dict[str, int], dict[str, list[tuple[str, int]]]]:
    """The patterns without keys (a mask); one-character keys → mask of their patterns;
    longer keys by their rarest pair → (key, mask of its patterns). A second key set of
    pattern ``k`` (:func:`second_keys`) sets bit ``PATTERNS + k``."""
    masks: dict[str, int] = {}
    always = 0
    for k, ks in enumerate(all_keys):
        if ks is None:
            always |= 1 << k
            continue
        for key in ks:
            masks[key] = masks.get(key, 0) | 1 << k
    for k, ks in enumerate(seconds):
        for key in ks or ():
            masks[key] = masks.get(key, 0) | 1 << (len(all_keys) + k)
    singles: dict[str, int] = {}
    pairs: dict[str, list[tuple[str, int]]] = {}
    for key in sorted(masks):
        if len(key) == 1:
            singles[key] = masks[key]
            continue
        pair = max((key[i:i + 2] for i in range(len(key) - 1)),
                   key=lambda p: _rarity(p[0]) + _rarity(p[1]))
        pairs.setdefault(pair, []).append((key, masks[key]))
    return always, singles, pairs


def build() -> str:
    """The source of the generated module."""
    unsafe = risky()
    all_keys = [pattern_keys(source, flags, unsafe) for _code, source, flags in patterns()]
    seconds = [second_keys(source, flags, unsafe) for _code, source, flags in patterns()]
    always, singles, pairs = index(all_keys, seconds)
    both = sum(1 << k for k, ks in enumerate(seconds) if ks)
    def bits(mask: int) -> str:
        return ",".join(str(k) for k in range(mask.bit_length()) if mask >> k & 1)

    rows = [f"{key}\t{bits(mask)}" for key, mask in singles.items()]
    rows += [f"{pair}\t{key}\t{bits(mask)}" for pair, entries in sorted(pairs.items())
             for key, mask in entries]
    assert not any(ch in "\t\n\\\"" for row in rows for ch in row.replace("\t", ""))
    lines = [
        '"""Key strings of the boilerplate patterns (generated; do not edit).',
        "",
        "Regenerate with ``python tests/gen_boilerplate_rules.py`` (``--show`` lists each pattern's",
        "keys); a test checks this file against the rules. Patterns are numbered in the order of",
        "``boilerplate_rules._SPEC``. A key is a string (lower case) one of which stands in every",
        "line a pattern matches (lowered). A line holding a ``RISKY`` character is not lowered",
        "faithfully, so every pattern is searched in it.",
        "",
        "``INDEX`` has one row per key, tab-separated: a one-character key and the patterns it",
        "stands for, or a longer key's rarest pair of characters, the key and its patterns (one",
        "string: a module of literals this size would cost milliseconds to compile).",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "#: How many patterns the library has (a guard against a stale module).",
        f"PATTERNS = {len(all_keys)}",
        f"RISKY = {unsafe!r}",
        "#: Patterns without keys (searched in every line).",
        f"ALWAYS: tuple[int, ...] = ({bits(always)}{',' if always.bit_count() == 1 else ''})",
        "#: Patterns with a second key set (bit ``PATTERNS + k`` in ``INDEX``): a line must hold both.",
        f"SECOND: tuple[int, ...] = ({bits(both)}{',' if both.bit_count() == 1 else ''})",
        'INDEX = """\\',
        *rows,
        '"""',
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if "--show" in argv:
        unsafe = risky()
        for k, (code, source, flags) in enumerate(patterns()):
            print(k, code, pattern_keys(source, flags, unsafe), second_keys(source, flags, unsafe))
        return 0
    MODULE.write_text(build(), encoding="utf-8")
    print(f"wrote {MODULE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
