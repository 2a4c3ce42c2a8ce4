"""Speed-ups of the costly date patterns that must not change what they match: the month names
as a trie (:func:`boilerplate_rules._longest_first`), the look-ahead at the start of a date
(``_DATE_START``) and the gates searched before a pattern (``_GATES``)."""

from __future__ import annotations

import random
import re
import sys
from functools import cache
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

from textfix import metadata
from textfix.damage import boilerplate_rules as R

from . import gen_boilerplate_rules as gen

# every character but the line break, for checking classes against every code point at once
_ALL = "".join(map(chr, range(sys.maxunicode + 1))).replace("\n", "")


def _matched(source: str, flags: int) -> set[str]:
    """The characters (any code point) that ``source`` matches alone."""
    return set(re.findall(source, _ALL, flags))


def _sig(m: re.Match[str] | None) -> tuple[tuple[int, int], tuple[str | None, ...]] | None:
    return None if m is None else (m.span(), m.groups())


def _old(source: str) -> str:
    """A pattern as it was written before the speed-ups: the month alternation of
    :mod:`textfix.metadata`, no look-ahead at the start of a date."""
    return source.replace(R._DATE_START, "").replace(R.MONTH, metadata.MONTH)


@cache
def _strings() -> tuple[str, ...]:
    """Lines around dates, counters and labels: near misses and matches of every date form."""
    rnd = random.Random(8)
    names = list(metadata.MONTHS)
    noise = ["2023", "19", "20", "05", "5", " ", "-", "/", ".", ",", "年", "月", "日", "년", "일",
             "st", "er", "º", "de ", "г.", "12:30", "pm", ":", "：", "|", "。", "!", "ſ", "K",
             "İ", "ı", "x", "\t", "星期一 ", "Monday, "]

    def case(w: str) -> str:
        return rnd.choice([w, w.upper(), w.title()])

    def date() -> str:
        y = rnd.choice(["19", "20", "21"]) + f"{rnd.randint(0, 99):02d}"
        d, m = str(rnd.randint(0, 39)), str(rnd.randint(0, 13))
        month = case(rnd.choice(names)) + rnd.choice(["", "."])
        return rnd.choice([
            (f"{y}{rnd.choice('年년-/.')}{m}{rnd.choice(['月', '월', '-', ' - '])}{d}"
             + rnd.choice(["", "日", "일", "."])),
            f"{d}.{m}.{y}", f"{d}/{m}/{y}",
            (f"{month}{rnd.choice(['', ' ', '  '])}{d}{rnd.choice(['', 'st', 'th'])}"
             f"{rnd.choice(['', ','])} {y}"),
            (f"{d}{rnd.choice(['', '.', 'er', 'º'])} {rnd.choice(['', 'de '])}{month}"
             f"{rnd.choice(['', ','])} {rnd.choice(['', 'de ', 'del '])}{y}"
             f"{rnd.choice(['', ' г.'])}"),
        ])

    def tail() -> str:
        views = ["浏览", "閱讀", "views", "view", "reads", "hits", "просмотров", "aufrufe", "vues",
                 "조회"]
        labels = ["来源", "作者", "發布時間", "source", "author", "date", "tags", "publié le",
                  "mis à jour", "입력", "수정", "カテゴリー", "autorin", "дата"]
        return rnd.choice([
            f"{rnd.randint(0, 9999)}{rnd.choice(['', ' '])}{rnd.choice(['', '次', '人'])}"
            + case(rnd.choice(views)),
            case(rnd.choice(labels)) + rnd.choice(["", " "]) + rnd.choice([":", "：", "", ";"]),
        ])

    def junk(n: int) -> str:
        return "".join(rnd.choice(noise) for _ in range(rnd.randint(0, n)))

    out = set()
    for _ in range(3000):
        parts = [junk(2), date(), rnd.choice(["", " 8:05", " 12:30:05 pm"]), junk(8),
                 "x" * rnd.choice([0, 0, 70, 90]), tail(), junk(2)]
        if rnd.random() < 0.3:
            parts.pop(rnd.randrange(len(parts)))
        line = "".join(parts)
        if rnd.random() < 0.3:
            i = rnd.randrange(len(line))
            line = line[:i] + rnd.choice(noise) + line[i + 1:]
        out.add(line)
    return tuple(sorted(out))


def test_month_trie_is_up_to_date() -> None:
    """The trie written out in the rules is the one :func:`_longest_first` derives today."""
    assert R._MONTH_TRIE == R._longest_first(metadata.MONTHS)


def test_month_trie_tries_the_names_in_the_same_order() -> None:
    """At every position of every string, the trie and the length-sorted alternation can end
    at the same places, and end first at the same one."""
    old, new = (re.compile(f"({m})", re.IGNORECASE) for m in (metadata.MONTH, R.MONTH))
    texts = set()
    for name in metadata.MONTHS:
        for form in (name, name.upper(), name.title(), name[:-1], name + ".", name + "er"):
            texts.add(form + " 5")
    for text in sorted(texts):
        for start in range(len(text)):
            assert _sig(old.match(text, start)) == _sig(new.match(text, start)), (text, start)
            for end in range(start, len(text) + 1):
                assert (old.fullmatch(text, start, end) is None) == (
                    new.fullmatch(text, start, end) is None), (text, start, end)


def test_date_start_admits_every_first_character() -> None:
    """The look-ahead admits each character a date's first item can match (a digit, or any
    character that a month's first letter matches case-insensitively)."""
    admitted = _matched(R._DATE_START + ".", re.IGNORECASE)
    firsts = {name[0] for name in metadata.MONTHS}
    for first in sorted(firsts):
        assert _matched(re.escape(first), re.IGNORECASE) <= admitted, first
    assert _matched(r"\d", re.IGNORECASE) <= admitted


def test_changed_patterns_match_the_same_spans() -> None:
    """Each pattern holding a date matches the same spans and groups, as the old form."""
    changed = 0
    for lang, flags, pattern in R._flat():
        source = R.expand(lang, pattern)
        if _old(source) == source:
            continue
        changed += 1
        old, new = re.compile(_old(source), flags), re.compile(source, flags)
        for line in _strings():
            assert _sig(old.search(line)) == _sig(new.search(line)), (pattern[:40], line)
    assert changed >= 5


def test_gates_are_patterns_of_the_library() -> None:
    patterns = {p for _lang, _flags, p in R._flat()}
    assert set(R._GATES) <= patterns


def test_gated_search_finds_what_the_pattern_finds() -> None:
    """On the generated lines (many of which match), a gated search is truthy exactly when the
    pattern matches."""
    hits = 0
    for k, (_lang, _flags, pattern) in enumerate(R._flat()):
        if pattern not in R._GATES:
            continue
        for line in _strings():
            found = R._pattern(k).search(line)
            hits += found is not None
            assert (R._search(k)(line) is None) == (found is None), line
    assert hits > 300


def _gate_class(gate: str, at: int) -> set[str]:
    """The characters of the ``at``-th character class of a gate (expanded, case-folded by
    ``re`` as the gate is compiled)."""
    classes = re.findall(r"\[[^\]]*\]", R.expand("any", gate))
    return _matched(classes[at], re.IGNORECASE)


def _firsts(source: str) -> set[str]:
    """The first characters of a flat alternation of words (each opens with a literal or a
    class of literals), as ``re.IGNORECASE`` folds them."""
    ((op, av),) = list(P.parse(source, re.IGNORECASE))
    assert op is C.BRANCH
    out: set[str] = set()
    for alt in av[1]:
        first_op, first = alt[0]
        if first_op is C.LITERAL:
            chars = [first]
        else:
            assert first_op is C.IN and all(iop is C.LITERAL for iop, _ in first)
            chars = [c for _, c in first]
        for c in chars:
            out |= _matched(re.escape(chr(c)), re.IGNORECASE)
    return out


def test_dated_meta_gate_holds_the_labels_last_and_view_words_first_characters() -> None:
    """The gate of the dated-meta pattern: every label ends with a character of its first
    class, and every view word starts with one of its last class (as ``re`` folds case)."""
    gate = R._GATES[R._DATED_META]
    for labels in (R._LABELS_ZH, R._LABELS_XX):
        got = gen._last_of(list(P.parse(R.expand("any", labels), 0)), True)
        assert got is not None and not got[1] and not got[2]
        assert {chr(c) for c in got[0]} <= _gate_class(gate, 0), labels[:30]
    assert _firsts(R.expand("any", R.VIEWS)) <= _gate_class(gate, 2)
