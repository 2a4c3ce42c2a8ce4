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
from dataclasses import dataclass

from ..charclass import HAN, LineIndex, is_han
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
    if HAN.search(text) is None:
        return False
    trad = len(_traditional_only().findall(text))
    if trad < MIN_TRADITIONAL:
        return False
    han = len(HAN.findall(text))
    other = len(_KANA_HANGUL.findall(text))
    return other < 5 and trad >= MIN_TRADITIONAL_SHARE * han


_KANA_HANGUL = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\uac00-\ud7a3"
                          "\u1100-\u11ff\u3130-\u318f]")


@functools.cache
def _traditional_only() -> re.Pattern[str]:
    """OpenCC's Traditional-only characters as one character class (a C-speed count)."""
    from .opencc_tables import TRADITIONAL_ONLY

    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(TRADITIONAL_ONLY)) + "]")


def examine(text: str) -> ScriptEvidence | None:
    """The evidence of machine conversion in ``text``; ``None`` when it is not Traditional.

    Table lookups first; OpenCC is loaded (to find ambiguous characters a converter left
    alone, such as 后 in 以后) only when those already found a hint of conversion.
    """
    if not is_traditional(text):
        return None
    from .opencc_tables import HK_FORMS, SIMPLIFIED_ONLY, STD_ONLY, TRADITIONAL_ONLY, TW_FORMS
    from .opencc_tables import TW_VARIANTS

    han = sum(is_han(ch) for ch in text)
    trad = sum(ch in TRADITIONAL_ONLY for ch in text)
    std = "".join(ch for ch in text if ch in STD_ONLY)
    present = set(text)
    mixed = "、".join(
        f"{k}/{TW_VARIANTS[k]}" for k in sorted(set(std)) if TW_VARIANTS.get(k, k) in present
    )
    leftovers = {i for i, ch in enumerate(text) if ch in SIMPLIFIED_ONLY}
    regional = TW_FORMS | HK_FORMS | set(TW_VARIANTS.values())
    mainland = tuple(term for term in MAINLAND_TERMS if term in text)
    taiwan = sum(ch in TW_FORMS and ch not in HK_FORMS for ch in text)
    if std or leftovers or mainland:
        from .spin import converter

        outs = [converter(c).convert(text) for c in ("s2t", "s2tw", "s2hk")]
        if all(len(o) == len(text) for o in outs):
            leftovers.update(
                i for i, ch in enumerate(text)
                if is_han(ch) and ch not in regional and all(o[i] != ch for o in outs)
            )
    chars = "".join(sorted({text[i] for i in leftovers}))
    return ScriptEvidence(
        han, trad, std, mixed, tuple(sorted(leftovers)), mainland, taiwan, chars
    )


def report(text: str) -> Finding | None:
    """An ``S102`` finding (not fixable by default) when ``text`` looks machine-converted."""
    evidence = examine(text)
    if evidence is None or not evidence.machine:
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
