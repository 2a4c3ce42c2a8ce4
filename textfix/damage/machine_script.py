"""Machine-Traditional text without pinyin: Simplified Chinese a converter made Traditional.

Genuine Traditional text (Taiwan, Hong Kong, Macau) is never converted by default, so this
module only *reports* (``S102``, not fixable); the text is converted when the user asks for it
(``--script simplified``) or when pinyin spin proves the conversion (:mod:`textfix.damage.spin`).

What gives a converter away, none of which genuine Taiwan or Hong Kong text shows:

- **OpenCC-standard forms** that both regional standards replace (爲 僞 衆 祕…): ``s2t`` output
  has them in every other sentence (爲 for 為), text written in Taiwan or Hong Kong hardly ever;
- **mixed forms**: the same character in its OpenCC-standard and its regional form (爲 and 為)
  in one text, as when converted and genuine text are pasted together;
- **unconverted Simplified characters** in Traditional text: positions that every
  Simplified→Traditional configuration (``s2t``, ``s2tw``, ``s2hk``) would still change (以后,
  并且, 关于 left alone by a converter that skips ambiguous characters);
- **mainland vocabulary in Taiwan forms**: several mainland-only terms (視頻, 質量, 市委常委…)
  in a text written with Taiwan-only variant forms (裡, 著) — a Taiwanese writer would say 影片,
  品質.

The scan is cheap: a text must first hold enough Traditional-only characters, then show one of
these signs by table lookup (tables derived from OpenCC's dictionaries), before OpenCC itself is
loaded; Simplified text, Japanese and genuine Traditional text stop before that.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..charclass import HAN_CHARS, CharClass, LineIndex, is_han
from ..codes import Code
from ..models import Finding

#: Fewest Traditional-only characters, and their least share of Han characters, before the
#: text is examined at all.
MIN_TRADITIONAL = 10
MIN_TRADITIONAL_SHARE = 0.05
#: OpenCC-standard forms (爲…) that alone make a text machine-converted.
MIN_STD_FORMS = 2
#: Unconverted Simplified characters (positions, and distinct characters: one variant such as
#: Hong Kong's 恒 may recur) that alone make a text machine-converted.
MIN_LEFTOVERS = 2
#: Signs (see :attr:`ScriptEvidence.points`) that together make a text machine-converted
#: when at least one of them is a character form.
MIN_POINTS = 2
#: Distinct mainland terms that, in a text using Taiwan forms, make it machine-converted.
MIN_MAINLAND_TERMS = 2

#: Mainland-only terms as a converter writes them in Traditional characters; Taiwan usage
#: differs (視頻/影片, 質量/品質, 軟件/軟體). Only a supporting signal, counted in text with
#: Taiwan-only forms (Hong Kong shares much of this vocabulary), since Taiwan news quoting
#: Beijing uses some of them.
MAINLAND_TERMS: tuple[str, ...] = (
    "視頻", "質量", "網絡", "軟件", "硬件", "信息化", "互聯網", "數據庫", "服務器", "鼠標",
    "短信", "博客", "激光", "出租車", "土豆", "默認", "程序員", "市委", "省委", "縣委",
    "常委", "黨支部", "黨委", "黨組", "抓手", "賦能", "高質量發展", "十四五", "鄉村振興",
    "供給側", "國務院", "發改委", "工信部", "人社局", "營商環境", "招商引資", "民營經濟",
)


@dataclass(frozen=True, slots=True)
class ScriptEvidence:
    """What the scan found in a Traditional text."""

    han: int
    traditional: int
    std_forms: str
    mixed: str
    leftovers: tuple[int, ...]
    mainland: tuple[str, ...]
    taiwan_forms: int
    left_chars: str = ""

    @property
    def points(self) -> int:
        """Signs of a converter: OpenCC-standard forms (up to 3), distinct unconverted
        characters, and mainland terms when the text's forms are Taiwan's or OpenCC's."""
        terms = len(self.mainland) if (self.taiwan_forms or self.std_forms) else 0
        return min(len(self.std_forms), 3) + len(self.left_chars) + terms

    @property
    def machine(self) -> bool:
        forms = len(self.std_forms) + len(self.left_chars)
        return (
            len(self.std_forms) >= MIN_STD_FORMS
            or bool(self.mixed)
            or (len(self.leftovers) >= MIN_LEFTOVERS and len(self.left_chars) >= MIN_LEFTOVERS)
            or (forms >= 1 and self.points >= MIN_POINTS)
            or (len(self.mainland) >= MIN_MAINLAND_TERMS and self.taiwan_forms > 0)
        )

    def __str__(self) -> str:
        parts = [f"{self.traditional} of {self.han} Han characters are Traditional-only"]
        if self.std_forms:
            parts.append(f"{len(self.std_forms)} OpenCC-standard forms ({_sample(self.std_forms)})")
        if self.mixed:
            parts.append(f"mixed standard/regional forms ({self.mixed})")
        if self.leftovers:
            parts.append(
                f"{len(self.leftovers)} unconverted Simplified characters ({self.left_chars[:8]})"
            )
        if self.mainland:
            parts.append(f"mainland terms {'、'.join(self.mainland[:5])}")
        return "; ".join(parts)


def _sample(chars: str) -> str:
    return "".join(sorted(set(chars)))[:8]


def is_traditional(text: str) -> bool:
    """The cheap scan: enough Traditional-only characters, and no kana or hangul."""
    return _traditional_count(text) is not None


def _traditional_count(text: str) -> int | None:
    """The Traditional-only characters of ``text`` when it is Traditional, else ``None``."""
    if not HAN_CHARS.search(text):
        return None
    trad = _traditional_only().count(text)
    if trad < MIN_TRADITIONAL:
        return None
    if _KANA_HANGUL.at_least(text, 5):
        return None  # five or more kana or hangul
    # The Han characters are never more than the characters: count them only when that bound
    # does not settle the share.
    if trad < MIN_TRADITIONAL_SHARE * len(text) and trad < MIN_TRADITIONAL_SHARE * _han(text):
        return None
    return trad


#: Kana and hangul.
_KANA_HANGUL = CharClass((("\u3040", "\u30ff"), ("\u31f0", "\u31ff"), ("\uff66", "\uff9f"),
                          ("\uac00", "\ud7a3"), ("\u1100", "\u11ff"), ("\u3130", "\u318f")))


def _han(text: str) -> int:
    """The Han characters of ``text``."""
    return HAN_CHARS.count(text)


@functools.cache
def _traditional_only() -> CharClass:
    """OpenCC's Traditional-only characters as one character class (a C-speed count)."""
    from .opencc_tables import TRADITIONAL_ONLY

    return CharClass.of(TRADITIONAL_ONLY)


@functools.cache
def _tables() -> dict[str, CharClass]:
    """The other tables :func:`examine` scans for, as character classes."""
    from .opencc_tables import HK_FORMS, SIMPLIFIED_ONLY, STD_ONLY, TW_FORMS

    return {
        "std": CharClass.of(STD_ONLY),
        "simplified": CharClass.of(SIMPLIFIED_ONLY),
        "taiwan": CharClass.of(TW_FORMS - HK_FORMS),
    }


@functools.cache
def _mainland() -> re.Pattern[str]:
    """Any of :data:`MAINLAND_TERMS` (one scan instead of one per term)."""
    return re.compile("|".join(map(re.escape, MAINLAND_TERMS)))


def examine(text: str) -> ScriptEvidence | None:
    """The evidence of machine conversion in ``text``; ``None`` when it is not Traditional.

    Table lookups first; OpenCC is loaded (to find ambiguous characters a converter left
    alone, such as 后 in 以后) only when those already found a hint of conversion.
    """
    trad = _traditional_count(text)
    if trad is None:
        return None
    return _examine(text, trad)


def _examine(text: str, trad: int) -> ScriptEvidence:
    """:func:`examine` of a Traditional ``text`` holding ``trad`` Traditional-only characters."""
    from .opencc_tables import HK_FORMS, TW_FORMS, TW_VARIANTS

    tables = _tables()
    han = _han(text)
    std = "".join(tables["std"].pattern().findall(text))
    mixed = "、".join(
        f"{k}/{TW_VARIANTS[k]}" for k in sorted(set(std)) if TW_VARIANTS.get(k, k) in text
    )
    leftovers = {m.start() for m in tables["simplified"].pattern().finditer(text)}
    mainland: tuple[str, ...] = ()
    if _mainland().search(text) is not None:  # one scan, then one per term only if needed
        mainland = tuple(term for term in MAINLAND_TERMS if term in text)
    taiwan = tables["taiwan"].count(text)
    if std or leftovers or mainland:
        leftovers.update(_left_alone(text, TW_FORMS | HK_FORMS | set(TW_VARIANTS.values())))
    chars = "".join(sorted({text[i] for i in leftovers}))
    return ScriptEvidence(
        han, trad, std, mixed, tuple(sorted(leftovers)), mainland, taiwan, chars
    )


def _left_alone(text: str, regional: frozenset[str]) -> list[int]:
    """Han characters (not ``regional`` forms) that every Simplified→Traditional configuration
    would change: Simplified characters a converter left alone. Nothing when a conversion
    changes the length (positions would not correspond).

    The configurations are applied one at a time to the positions the previous ones kept, so
    that one that keeps none spares the conversions after it.
    """
    from .converters import converter

    found: list[int] | None = None
    for config in ("s2t", "s2tw", "s2hk"):
        out = converter(config).convert(text)
        if len(out) != len(text):
            return []
        if found is None:
            found = [
                i for i in _changed(text, out) if is_han(text[i]) and text[i] not in regional
            ]
        else:
            found = [i for i in found if out[i] != text[i]]
        if not found:
            return []
    return found or []


#: Characters compared at once by :func:`_changed` (a C-speed slice comparison).
_BLOCK = 64


def _changed(text: str, other: str) -> Iterator[int]:
    """Positions where ``other`` (as long as ``text``) differs from it, block by block: a
    converter changes few characters of Traditional text."""
    for k in range(0, len(text), _BLOCK):
        if text[k : k + _BLOCK] != other[k : k + _BLOCK]:
            yield from (
                i for i in range(k, min(k + _BLOCK, len(text))) if text[i] != other[i]
            )


def _hinted(text: str) -> bool:
    """A necessary condition for :attr:`ScriptEvidence.machine`, by table lookups alone.

    Without an OpenCC-standard form, an unconverted Simplified character or a mainland term,
    OpenCC is not consulted and every sign of :attr:`ScriptEvidence.machine` is missing.
    """
    tables = _tables()
    return (tables["std"].search(text) or tables["simplified"].search(text)
            or _mainland().search(text) is not None)


def report(text: str) -> Finding | None:
    """An ``S102`` finding (not fixable by default) when ``text`` looks machine-converted."""
    trad = _traditional_count(text)
    if trad is None or not _hinted(text):
        return None
    evidence = _examine(text, trad)
    if not evidence.machine:
        return None
    if evidence.leftovers:
        at = evidence.leftovers[0]
    else:
        marks = evidence.std_forms[:1] or next(iter(evidence.mainland), "")
        at = max(text.find(marks), 0) if marks else 0
    line, col = LineIndex(text).line_col(at)
    return Finding(
        Code.MACHINE_TRADITIONAL, line, col,
        "Traditional text that looks machine-converted from Simplified; "
        "use --script simplified to restore it",
        evidence=str(evidence), fixable=False, start=at, end=at + 1,
    )
