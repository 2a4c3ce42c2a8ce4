"""Generate ``textfix/damage/boilerplate_rules_keys.py``: the key strings of each boilerplate pattern.

A pattern's *keys* are strings one of which stands in every line the pattern matches (in lower
case): ``版权所有`` and ``版權所有`` for ``版[权權]所有(?![者人权方的])``, ``cookie`` for
``^cookie (?:settings|preferences)``. They are cut out of the pattern's parse tree by :func:`keys`
(a run of literals and small classes, or the union of an alternation's keys), so they are
necessary by construction: the boilerplate stage looks for keys in a line with plain substring
tests and searches (and compiles) only the patterns whose keys it found. Deriving keys needs the
regex parser, which costs as much as compiling the rules, hence a generated module.

Case: keys are compared with the line in lower case, Turkish ``İ`` and ``ı`` folded to ``i``
first (``boilerplate_rules.fold_lower``: ``re.IGNORECASE`` treats ``i I İ ı`` as one letter, which
lower-casing alone does not). That is exact for every character but the few whose case mapping is
not one simple character or that ``re`` folds specially (``ſ``, final ``Σ``…): :data:`RISKY` lists
them, and a line holding one is searched by every rule.

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


def folded_class() -> set[str]:
    """The characters ``re.IGNORECASE`` matches with ``i``; :data:`R.FOLDED` (with ``i`` and
    ``I``) must be exactly these, for ``fold_lower`` to compare them as ``re`` does."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    return set(re.findall("i", every, re.IGNORECASE))


def risky() -> str:
    """Characters for which lower-casing a line (:func:`R.fold_lower`) is not what
    ``re.IGNORECASE`` does: a lower case that is not one simple character, an upper case that
    does not come back, the final sigma (context-dependent), and the non-ASCII characters ``re``
    folds specially (ſ, µ…) but the Turkish ``İ`` and ``ı``, which ``fold_lower`` maps to ``i``
    with ``I`` (the four are exactly the class of ``(?i)i``)."""
    if folded_class() != {"i", "I", *R.FOLDED}:
        raise ValueError("re.IGNORECASE's class of 'i' is not i I İ ı: fold_lower is not exact")
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
    return "".join(sorted(out - set(R.FOLDED)))


def patterns() -> list[tuple[str, str, int]]:
    """Every pattern of the library in order: (code, expanded source, flags)."""
    return [(str(code), R.expand(lang, p), 0 if case else re.IGNORECASE)
            for code, lang, _max, case, pats in R._SPEC for p in pats]


def pattern_keys(source: str, flags: int, unsafe: str) -> tuple[str, ...] | None:
    """A pattern's keys in lower case, or None when it has none (it is searched always)."""
    found = keys(list(P.parse(source, flags)))
    if not found:
        return None
    lowered = minimal({R.fold_lower(k) for k in found})
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
        lowered = tuple(sorted(minimal({R.fold_lower(k) for k in cand})))
        if any(ch in unsafe for k in lowered for ch in k):
            continue
        # implied: every first key holds one of these, so finding a first key finds one
        if all(any(c in f for c in lowered) for f in first):
            continue
        if best is None or _key_score(set(lowered)) > _key_score(set(best)):
            best = lowered
    return best


def min_count(items: list, chars: frozenset[str]) -> int:  # type: ignore[type-arg]
    """The fewest characters of ``chars`` (lower case) every match of the sequence holds, each
    at its own place: literals and small classes inside ``chars`` count one, a repeat counts its
    minimum times, an alternation its poorest branch; lookarounds and anything wider count
    nothing (so the count is a lower bound)."""
    total = 0
    for op, av in items:
        if op is C.LITERAL or op is C.IN:
            members = _lit_set(op, av)
            total += bool(members) and all(R.fold_lower(m) in chars for m in members)  # type: ignore[union-attr]
        elif op is C.SUBPATTERN:
            total += min_count(list(av[3]), chars)
        elif op is C.BRANCH:
            total += min(min_count(list(alt), chars) for alt in av[1])
        elif op in _REPEATS or op is getattr(C, "POSSESSIVE_REPEAT", None):
            total += av[0] * min_count(list(av[2]), chars)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            total += min_count(list(av), chars)
    return total


def count_condition(source: str, flags: int, unsafe: str) -> tuple[str, int] | None:
    """Characters of which every match holds at least two, and how many: a breadcrumb needs
    its separator twice, a menu three bars. Found among the pattern's one-character key sets
    (:func:`offers`); the most demanding wins."""
    best: tuple[str, int] | None = None
    for cand in offers(list(P.parse(source, flags))):
        chars = frozenset(R.fold_lower(k) for k in cand)
        if not all(len(c) == 1 and c not in unsafe for c in chars):
            continue
        n = min_count(list(P.parse(source, flags)), chars)
        if n >= 2 and (best is None or n > best[1]):
            best = ("".join(sorted(chars)), n)
    return best


# --- the last character of a line a pattern ending with ``$`` matches ---------------------------

_LastChars = tuple[set[int], set[str], bool]  # code points, categories, may match nothing


def _upper(code: int) -> int:
    up = chr(code).upper()
    return ord(up) if len(up) == 1 else code


def _cased_groups() -> dict[int, set[int]]:
    """Code points by their lower case as ``re`` folds them (``_sre.unicode_tolower``), and by
    the upper case of that (``re`` also tries it against a range)."""
    groups: dict[int, set[int]] = {}
    for code in range(0x110000):
        low = _sre.unicode_tolower(code)
        groups.setdefault(low, set()).add(code)
        groups.setdefault(_upper(low), set()).add(code)
    return groups


_GROUPS: dict[int, set[int]] = {}


def _fold(codes: set[int]) -> set[int]:
    """``codes`` with every character ``re.IGNORECASE`` may match with one of them (a superset:
    the characters with the same lower case or its upper case, and the extra cases ``re``
    folds)."""
    if not _GROUPS:
        _GROUPS.update(_cased_groups())
    out = set(codes)
    for code in codes:
        low = _sre.unicode_tolower(code)
        for key in (low, code, _upper(low), *_casefix._EXTRA_CASES.get(low, ())):
            out |= _GROUPS.get(key, set())
            out.add(key)
    return out


def _last_of(items: list, ignore: bool) -> _LastChars | None:  # type: ignore[type-arg]
    """The characters that can end a match of the sequence (None when any can)."""
    codes: set[int] = set()
    cats: set[str] = set()
    for op, av in reversed(items):
        got = _last_item(op, av, ignore)
        if got is None:
            return None
        codes |= got[0]
        cats |= got[1]
        if not got[2]:
            return codes, cats, False
    return codes, cats, True


def _last_item(op, av, ignore: bool) -> _LastChars | None:  # type: ignore[no-untyped-def]
    if op is C.LITERAL:
        return (_fold({av}) if ignore else {av}), set(), False
    if op is C.IN:
        codes: set[int] = set()
        cats: set[str] = set()
        for iop, iav in av:
            if iop is C.LITERAL:
                codes.add(iav)
            elif iop is C.RANGE:
                codes.update(range(iav[0], iav[1] + 1))
            elif iop is C.CATEGORY and iav in (C.CATEGORY_SPACE, C.CATEGORY_DIGIT):
                cats.add("space" if iav is C.CATEGORY_SPACE else "digit")
            else:
                return None  # a negated class, \w…: too wide to be worth it
        return (_fold(codes) if ignore else codes), cats, False
    if op is C.SUBPATTERN:
        _group, add, remove, body = av
        inner = (ignore or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _last_of(list(body), inner)
    if op is C.BRANCH:
        codes, cats, nullable = set(), set(), False
        for alt in av[1]:
            got = _last_of(list(alt), ignore)
            if got is None:
                return None
            codes |= got[0]
            cats |= got[1]
            nullable = nullable or got[2]
        return codes, cats, nullable
    if op in _REPEATS or op is getattr(C, "POSSESSIVE_REPEAT", None):
        low, high, body = av
        if high == 0:
            return set(), set(), True
        got = _last_of(list(body), ignore)
        return None if got is None else (got[0], got[1], got[2] or low == 0)
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _last_of(list(av), ignore)
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), set(), True  # zero width: the character before it ends the match
    return None


def last_condition(source: str, flags: int) -> tuple[list[tuple[int, int]], str] | None:
    """For a pattern that ends with ``$``: the ranges of code points, and the categories
    (``space``, ``digit``), that the last character of a line it matches belongs to (the line
    stripped, so ``$`` is its very end). None when any character may end a match."""
    parsed = P.parse(source, flags)
    items = list(parsed)
    if not items or items[-1] != (C.AT, C.AT_END):
        return None
    got = _last_of(items[:-1], bool(parsed.state.flags & re.IGNORECASE))
    if got is None or got[2]:
        return None
    ranges: list[tuple[int, int]] = []
    for code in sorted(got[0]):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return ranges, ",".join(sorted(got[1]))


#: ASCII letters from the most to the least frequent (in English), and the same for Russian:
#: a key is looked up by its rarest pair of ASCII characters, or its rarest other character,
#: so that few lines hold it.
_LETTERS = "etaoinshrdlcumwfgypbvkjxqz"
_CYRILLIC = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё"


def _rarity(ch: str) -> float:
    if ch in _LETTERS:
        return 1.0 + _LETTERS.index(ch) / 4
    return 0.0 if ch == " " else 3.0


def _ascii_pairs(key: str) -> list[str]:
    """The key's pairs of adjacent ASCII characters (they stand in an ASCII run of a line)."""
    return [key[i:i + 2] for i in range(len(key) - 1) if key[i:i + 2].isascii()]


def _anchor(key: str, load: dict[str, int]) -> str:
    """The character a key without an ASCII pair is looked up by: itself when it is one
    character, else its rarest Cyrillic letter, or the character the fewest keys hold."""
    if len(key) == 1:
        return key

    def cost(ch: str) -> tuple[int, int]:
        rank = _CYRILLIC.index(ch) if ch in _CYRILLIC else len(_CYRILLIC)
        return (-rank, load[ch])

    return min((ch for ch in key if not ch.isascii()), key=cost)


def index(all_keys: list[tuple[str, ...] | None], seconds: list[tuple[str, ...] | None]
          ) -> tuple[int, dict[str, list[tuple[str, int]]], dict[str, list[tuple[str, int]]]]:
    """The patterns without keys (a mask); pairs → [(key, mask)] for the keys with two adjacent
    ASCII characters, by their rarest such pair; anchors → [(key, mask)] for the others
    (:func:`_anchor`). A second key set of pattern ``k`` (:func:`second_keys`) sets bit
    ``PATTERNS + k``."""
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
    load: dict[str, int] = {}
    for key in masks:
        for ch in set(key):
            load[ch] = load.get(ch, 0) + 1
    anchors: dict[str, list[tuple[str, int]]] = {}
    pairs: dict[str, list[tuple[str, int]]] = {}
    for key in sorted(masks):
        found = _ascii_pairs(key)
        if not found:
            anchors.setdefault(_anchor(key, load), []).append((key, masks[key]))
            continue
        pair = max(found, key=lambda p: _rarity(p[0]) + _rarity(p[1]))
        pairs.setdefault(pair, []).append((key, masks[key]))
    return always, anchors, pairs


def relevant(unsafe: str, key_chars: set[str]) -> str:
    """The risky characters that can stand where a key character does: those ``re.IGNORECASE``
    matches with a key character, or whose lower case is not one character or holds one. The
    others (Greek ς, Σ, µ; ligatures…) never stand in a key's place nor make one, so a line
    holding only those is still filtered by its keys (``candidates(line, strict=False)``)."""
    out = []
    for ch in unsafe:
        low = R.fold_lower(ch)
        if (len(low) != 1 or any(k in low for k in key_chars)
                or any(re.fullmatch(re.escape(k), ch, re.IGNORECASE) for k in key_chars)):
            out.append(ch)
    return "".join(out)


def variants(chars: set[str], unsafe: str) -> str:
    """Every character that is not ``unsafe`` and lowers (:func:`R.fold_lower`) to one of
    ``chars`` (so a line's characters are looked up before the line is lowered)."""
    out = []
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        if ch not in unsafe and R.fold_lower(ch) in chars:
            out.append(ch)
    return "".join(out)


def build() -> str:
    """The source of the generated module."""
    unsafe = risky()
    pats = patterns()
    all_keys = [pattern_keys(source, flags, unsafe) for _code, source, flags in pats]
    seconds = [second_keys(source, flags, unsafe) for _code, source, flags in pats]
    counts = [(k, *c) for k, (_code, source, flags) in enumerate(pats)
              if (c := count_condition(source, flags, unsafe))]
    lasts = [(k, *c) for k, (_code, source, flags) in enumerate(pats)
             if (c := last_condition(source, flags))]
    always, anchors, pairs = index(all_keys, seconds)
    both = sum(1 << k for k, ks in enumerate(seconds) if ks)
    key_chars = {ch for ks in (*all_keys, *seconds) for key in ks or () for ch in key}
    key_chars |= {ch for _k, chars, _n in counts for ch in chars}

    def bits(mask: int) -> str:
        return ",".join(str(k) for k in range(mask.bit_length()) if mask >> k & 1)

    def rows(table: dict[str, list[tuple[str, int]]]) -> list[str]:
        return [f"{lookup}\t{key}\t{bits(mask)}" for lookup in sorted(table)
                for key, mask in table[lookup]]

    rows_ = rows(anchors) + rows(pairs)
    assert not any(ch in "\n\\\"" for row in rows_ for ch in row)
    assert all(row.count("\t") == 2 for row in rows_)
    lines = [
        '"""Key strings of the boilerplate patterns (generated; do not edit).',
        "",
        "Regenerate with ``python tests/gen_boilerplate_rules.py`` (``--show`` lists each pattern's",
        "keys); a test checks this file against the rules. Patterns are numbered in the order of",
        "``boilerplate_rules._SPEC``; a mask has bit ``k`` for pattern ``k``. A key is a string",
        "(lower case) one of which stands in every line a pattern matches (lowered, Turkish ``İ``",
        "and ``ı`` folded to ``i``: ``boilerplate_rules.fold_lower``). A line holding a ``RISKY``",
        "character is not lowered faithfully, so every pattern is searched in it.",
        "",
        "A key with two adjacent ASCII characters is found by its rarest such pair (the pairs of a",
        "line's ASCII runs are few); any other key by one of its characters, its anchor",
        "(``ANCHOR_CHARS`` holds every character that lowers to an anchor, so one scan of the line",
        "finds them).",
        "",
        "``ANCHORS`` and ``PAIRS`` have one row per key, tab-separated: the anchor or pair, the key,",
        "and its patterns (bits); a lookup's rows are consecutive, so a line's lookups are parsed",
        "when first met (strings: a module of literals this size costs milliseconds to compile when",
        "no bytecode cache is written, and so would parsing every row at once).",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "#: How many patterns the library has (a guard against a stale module).",
        f"PATTERNS = {len(all_keys)}",
        f"RISKY = {unsafe!r}",
        "#: The risky characters that can stand in a key's place (the others cannot: Greek, ligatures).",
        f"RELEVANT = {relevant(unsafe, key_chars)!r}",
        "#: Patterns without keys (searched in every line), as a mask.",
        f"ALWAYS = {hex(always)}",
        "#: Patterns with a second key set (bit ``PATTERNS + k`` in the tables): a line must hold a",
        "#: key of both.",
        f"SECOND = {hex(both)}",
        "#: (pattern, characters, n): every match holds n of these characters (lower case).",
        f"COUNTS: tuple[tuple[int, str, int], ...] = {tuple(counts)!r}",
        "#: Patterns ending with ``$``: the last character of a stripped line they match is in these",
        "#: ranges of code points (\"lo-hi\" in hexadecimal, space-separated) or categories.",
        "LASTS: tuple[tuple[int, str, str], ...] = (",
        *(f"    ({k}, {' '.join(f'{a:x}-{b:x}' for a, b in ranges)!r}, {cats!r}),"
          for k, ranges, cats in lasts),
        ")",
        f"ANCHOR_CHARS = {variants(set(anchors), unsafe)!r}",
        "#: The pairs of ``PAIRS``, tab-separated.",
        f"PAIR_KEYS = {chr(9).join(sorted(pairs))!r}",
        'ANCHORS = """\\',
        *rows(anchors),
        '"""',
        'PAIRS = """\\',
        *rows(pairs),
        '"""',
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if "--show" in argv:
        unsafe = risky()
        for k, (code, source, flags) in enumerate(patterns()):
            print(k, code, pattern_keys(source, flags, unsafe), second_keys(source, flags, unsafe),
                  count_condition(source, flags, unsafe))
        return 0
    MODULE.write_text(build(), encoding="utf-8")
    print(f"wrote {MODULE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
