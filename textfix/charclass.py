"""Character classes and text positions shared by every stage.

Cheap, table-free tests on code points (no ``unicodedata`` lookups on the hot path).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import Any, cast

#: Ranges of :func:`is_cjk_letter` and :func:`is_han` as regular-expression classes, for scans
#: that must run at C speed over whole texts (the fast path of clean text).
CJK_LETTER_CLASS = (
    "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\U00020000-\U0003134f"
)
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"


class LazyPattern:
    """A regular expression compiled on first use, used like the compiled pattern.

    CPython compiles a character class by visiting every code point of its ranges below
    U+10000, so a class of the CJK blocks costs a few milliseconds: start-up pays it only for
    the scans a text really needs.
    """

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return getattr(compiled, name)


def lazy(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, deferred to the pattern's first use."""
    return cast("re.Pattern[str]", LazyPattern(source, flags))


#: While a :class:`CharClass` is not compiled, texts up to this many characters are tested
#: through the set of their distinct characters instead.
SMALL_TEXT = 4096
#: Distinct characters a :class:`CharClass` tests one by one before it compiles its pattern
#: (about the cost of compiling a class of the CJK blocks): a long run of small texts then
#: pays at most about twice what compiling up front would have cost.
COMPILE_AFTER = 20_000


class CharClass:
    """A character class that answers "any of these in the text?" and "how many?" at C speed
    without paying for its compilation on the small texts of a short run.

    Its pattern is compiled on the first long text, or once small texts have cost about as
    much as the compilation (:data:`COMPILE_AFTER`); until then, a small text is tested by
    looking up each of its distinct characters in the class's code-point ranges (or its set
    of characters). Both ways give the same answers: the pattern is the class itself.
    """

    __slots__ = ("_bounds", "_chars", "_pattern", "_runs", "_source", "_spent")

    def __init__(self, ranges: Iterable[tuple[str, str]] = (),
                 chars: frozenset[str] | None = None) -> None:
        bounds: list[int] = []
        for lo, hi in sorted((ord(a), ord(b)) for a, b in ranges):
            if bounds and lo <= bounds[-1]:
                bounds[-1] = max(bounds[-1], hi + 1)
            else:
                bounds += (lo, hi + 1)
        self._bounds = bounds  # [start, stop) pairs, flat: inside iff an odd insertion point
        self._chars = chars
        self._source: str | None = None
        self._pattern: re.Pattern[str] | None = None
        self._runs: re.Pattern[str] | None = None
        self._spent = 0

    @classmethod
    def of(cls, chars: Iterable[str]) -> CharClass:
        """The class of exactly ``chars``."""
        return cls(chars=frozenset(chars))

    @classmethod
    def parse(cls, body: str) -> CharClass:
        """The class of a regular-expression class body written as characters and ``a-b``
        ranges, without escapes (``"A-Za-z\u00e9"``)."""
        return cls(_ranges(body))

    @property
    def source(self) -> str:
        """The class as a regular-expression class, ``[...]`` (``(?!)`` when empty)."""
        if self._source is None:
            body = (class_ranges(self._chars) if self._chars is not None
                    else _class_body(self._bounds))
            self._source = f"[{body}]" if body else "(?!)"
        return self._source

    def __contains__(self, ch: str) -> bool:
        if self._chars is not None:
            return ch in self._chars
        return bisect_right(self._bounds, ord(ch)) & 1 == 1

    def _small(self, text: str) -> set[str] | None:
        """The distinct characters of ``text`` when it is to be tested by them, else None."""
        if self._pattern is not None or len(text) > SMALL_TEXT:
            return None
        distinct = set(text)
        self._spent += len(distinct)
        if self._spent > COMPILE_AFTER:
            return None
        return distinct

    def pattern(self) -> re.Pattern[str]:
        """The compiled class."""
        if self._pattern is None:
            self._pattern = re.compile(self.source)
        return self._pattern

    def search(self, text: str) -> bool:
        """Whether ``text`` holds a character of the class."""
        distinct = self._small(text)
        if distinct is None:
            return self.pattern().search(text) is not None
        if self._chars is not None:
            return not self._chars.isdisjoint(distinct)
        return any(map(self.__contains__, distinct))

    def found(self, text: str) -> AbstractSet[str]:
        """The distinct characters of ``text`` in the class."""
        distinct = self._small(text)
        if distinct is None:
            return set(self.pattern().findall(text))
        if self._chars is not None:
            return self._chars.intersection(distinct)
        return set(filter(self.__contains__, distinct))

    def count(self, text: str) -> int:
        """How many characters of ``text`` are in the class."""
        distinct = self._small(text)
        if distinct is None:
            return sum(map(len, self._run_pattern().findall(text)))
        inside = (self._chars.intersection(distinct) if self._chars is not None
                  else filter(self.__contains__, distinct))
        return sum(map(text.count, inside))

    def at_least(self, text: str, n: int) -> bool:
        """Whether ``text`` holds ``n`` or more characters of the class (``count(text) >= n``,
        stopping once it is settled)."""
        distinct = self._small(text)
        total = 0
        if distinct is None:
            for m in self._run_pattern().finditer(text):
                total += m.end() - m.start()
                if total >= n:
                    return True
            return total >= n
        inside = (self._chars.intersection(distinct) if self._chars is not None
                  else filter(self.__contains__, distinct))
        for ch in inside:
            total += text.count(ch)
            if total >= n:
                return True
        return total >= n

    def _run_pattern(self) -> re.Pattern[str]:
        """Runs of the class, so that a long run costs one match; spelt ``[..](?:[..])*`` so
        that a search skips to the class's characters at C speed (a repeat hides the class)."""
        if self._runs is None:
            source = self.pattern().pattern
            self._runs = re.compile(f"{source}(?:{source})*")
        return self._runs


def _ranges(body: str) -> list[tuple[str, str]]:
    """The ranges of a class body written as single characters and ``a-b`` ranges."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(body):
        if i + 2 < len(body) and body[i + 1] == "-":
            out.append((body[i], body[i + 2]))
            i += 3
        else:
            out.append((body[i], body[i]))
            i += 1
    return out


CJK_LETTERS = CharClass.parse(CJK_LETTER_CLASS)
HAN_CHARS = CharClass.parse(HAN_CLASS)
CJK_LETTER = lazy(f"[{CJK_LETTER_CLASS}]")
HAN = lazy(f"[{HAN_CLASS}]")


def is_han(ch: str) -> bool:
    """A CJK ideograph (unified, extension A–G, compatibility)."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x3134F
    )


def is_kana(ch: str) -> bool:
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F


def is_hangul(ch: str) -> bool:
    o = ord(ch)
    return 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F


def is_cjk_punct(ch: str) -> bool:
    """CJK and fullwidth punctuation, and the curly quotes CJK text uses (“”‘’)."""
    o = ord(ch)
    return (
        0x3000 <= o <= 0x303F
        or 0xFF01 <= o <= 0xFF0F
        or 0xFF1A <= o <= 0xFF20
        or 0xFF3B <= o <= 0xFF40
        or 0xFF5B <= o <= 0xFF65
        or o in (0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026, 0x00B7)
    )


def is_cjk_letter(ch: str) -> bool:
    """Han, kana or hangul: a character that makes the context East Asian."""
    return is_han(ch) or is_kana(ch) or is_hangul(ch)


def is_cjk(ch: str) -> bool:
    """A CJK letter or CJK punctuation."""
    return is_cjk_letter(ch) or is_cjk_punct(ch)


def has_cjk(text: str) -> bool:
    """True when ``text`` holds any CJK letter (a fast scan for the fast path)."""
    return CJK_LETTERS.search(text)


class LineIndex:
    """Maps character offsets of one text to 1-based (line, column).

    Lines are counted on demand, at C speed (``str.count`` from the last offset asked), not
    indexed up front: stages ask about a few offsets, usually in increasing order, and a
    clean page's thousands of lines need no index at all.
    """

    __slots__ = ("_line", "_offset", "_start", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._offset = 0  # the last offset asked about, its line and where that line starts
        self._line = 1
        self._start = 0

    def line_col(self, offset: int) -> tuple[int, int]:
        text = self._text
        if offset >= self._offset:
            breaks = text.count("\n", self._offset, offset)
            line = self._line + breaks
            start = text.rfind("\n", self._offset, offset) + 1 if breaks else self._start
        else:
            line = 1 + text.count("\n", 0, offset)
            start = text.rfind("\n", 0, offset) + 1
        self._offset, self._line, self._start = offset, line, start
        return line, offset - start + 1


def class_ranges(chars: set[str] | frozenset[str] | str) -> str:
    """The body of a regular-expression class matching exactly ``chars``, written as ranges
    of consecutive code points (shorter to parse, and faster to compile, than a list).

    >>> class_ranges("cabe")
    'a-ce'
    """
    bounds: list[int] = []
    for o in sorted(set(map(ord, chars))):
        if bounds and bounds[-1] == o:
            bounds[-1] = o + 1
        else:
            bounds += (o, o + 1)
    return _class_body(bounds)


def _class_body(bounds: list[int]) -> str:
    """A class body for flat ``[start, stop)`` code-point bounds: a range, or its one or two
    characters written out."""
    out: list[str] = []
    for a, b in zip(bounds[::2], bounds[1::2]):
        first, last = re.escape(chr(a)), re.escape(chr(b - 1))
        out.append(first if b - a == 1 else first + last if b - a == 2 else f"{first}-{last}")
    return "".join(out)
