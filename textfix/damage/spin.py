"""Content-farm spin: tone-marked pinyin pushed in after characters, and machine-Traditional.

Spinners convert Simplified Chinese to Traditional and append the reading of many converted
characters in parentheses: ``產(chǎn)業(yè)鏈`` for ``产业链``. An annotation is only taken for
spin when the syllable is a reading of the character before it (pypinyin's dictionary, for the
character or the Simplified characters it stands for), and the text as a whole only when there
are several, nearly all on characters a Simplified→Traditional converter produces and most of
them inside running text, and they are dense (a fair share of the converted characters), many
(:data:`MANY_ANNOTATIONS`, however long the article), or mechanical (nearly all the first
dictionary reading of a frequent character, what a spinner's table lookup writes, or a
reading the character's word contradicts, which a table writes and a gloss never does); see
:attr:`SpinEvidence.rule`, which every finding's evidence names. One or two annotations are
enough only when each is conclusive: the only reading (in its script's words) of a frequent
converter-made character, tone-marked, in the middle of running text, which no reader needs
glossed (``發(fā)展``). A legitimate gloss (``媽(mā,1,即陰平…)``, ``内卷（nèijuǎn）``) is
not one syllable that is a reading of the character before it, and a handful of glosses of
rare characters or of a polyphone's reading in a long article is none of these.

In a spun text, an annotation whose character and ``(`` were lost to ``?`` (``嚴謹?shù)學科``,
often left by GBK decoded one byte out of step, which :mod:`~textfix.damage.misalign`
re-aligns first) is removed too, and the loss reported (``M103``).

Then the annotations are removed and the script is restored with the OpenCC configuration that
best inverts the spinner's (its round trip reproduces the text; ties go to the configuration
whose regional variant forms the text uses — 為 and 著 are Taiwan forms, so ``tw2s``). Where one
Traditional character stands for several Simplified ones (乾 → 干/乾, 著 → 着/著, tables derived
from OpenCC's own dictionaries), the removed reading overrides OpenCC's choice when that choice
cannot be read that way (乾 qián stays 乾; 著 zhù stays 著).

Annotations damaged later are still recognised: tone letters lost to ``?`` or U+FFFD by a lossy
re-encoding (``ch?n``), decomposed into combining marks, or read as cp1252 (``chÇŽn``).

Detection is a cheap regular-expression scan; pypinyin and OpenCC are only loaded when it finds
enough pinyin-shaped annotations (one or two only when they are tone-marked).
Machine-Traditional text without pinyin is reported by :mod:`textfix.damage.machine_script`
and converted only on request.
"""

from __future__ import annotations

import operator
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from ..charclass import HAN, HAN_CLASS, LineIndex, is_han
from ..codes import Code
from ..models import Change, Finding
from ..plan import Edit, apply_edits
from .base import Context, Outcome
from .converters import converter

STEP_ANNOTATIONS = "spin.annotations"
STEP_SCRIPT = "spin.script"

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêếềńňǹḿ"
#: A short parenthesised run without spaces or brackets (ASCII or fullwidth parentheses, in
#: any combination) after a Han character: the candidates; their content is checked after.
#: A spinner's template may leave one space before the closing parenthesis (``創(chuàng )``).
#: One pattern per opening parenthesis, which it starts with, so that a scan skips to that
#: literal at C speed. The content cannot hold a parenthesis, so each match holds exactly one
#: opening parenthesis, at its start: the character before it is checked on each match
#: (:func:`_annotatable`) and the matches kept are those of one pattern starting at that
#: character, while no CJK class has to be compiled (milliseconds at start-up). Group:
#: ``reading``.
ANNOTATIONS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (opening, re.compile(f"{re.escape(opening)}(?P<reading>[^\\s()（）]{{1,14}}) ?[)）]"))
    for opening in "(（"
)


def _annotatable(ch: str) -> bool:
    """A Han character of the blocks a spinner annotates (the BMP's)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


class Candidate(NamedTuple):
    """A pinyin-shaped annotation found by the cheap scan: the character at ``pos``, the raw
    ``reading`` in the parentheses spanning ``start:end``."""

    pos: int
    start: int
    end: int
    reading: str


#: What a cleaned candidate must look like: one syllable of lower-case pinyin letters, tone
#: marks, and at most a few ``?`` where a lossy re-encoding dropped a tone letter.
_SYLLABLE = re.compile(r"[a-z" + _TONED + r"?]{1,6}")
_VOWEL = re.compile(r"[aeiouvü" + _TONED + r"?]")

#: Fewest validated annotations that make a text spun.
MIN_ANNOTATIONS = 3
#: Share of annotated characters that must be converter output (Traditional ≠ Simplified).
MIN_CONVERTED_SHARE = 0.8
#: Share of annotations that must sit inside running text (a Han character follows), which a
#: list of dictionary head-words (``長(cháng)：…``) does not.
MIN_INLINE_SHARE = 0.5
#: Share of the converted characters of the text that carry an annotation ("dense" spin).
MIN_COVERAGE = 0.15
#: Validated annotations that make a text spun however long it is ("many" spin): a long article
#: with a few dozen annotations falls below :data:`MIN_COVERAGE` but is no gloss. On the real
#: corpus's spun pages the sparse ones carry 7-12 annotations in 300-950 characters; genuine
#: glossed texts seen (a Taiwan article, dictionary entries, lessons) carry 1-5 and fail the
#: converted or inline shares anyway.
MANY_ANNOTATIONS = 8
#: Share of the annotations that must be "mechanical" (:func:`is_mechanical`) for a sparse
#: text under :data:`MANY_ANNOTATIONS` to be spun, and for text whose annotated characters were
#: never converted (pinyin pushed into Simplified text). Measured on the real corpus: of ~1,700
#: validated annotations on 54 spun pages, one is not the character's first dictionary reading
#: (重 chóng); a lesson glosses a polyphone's other reading or a rare character.
MIN_MECHANICAL_SHARE = 0.9
#: Frequency (:func:`textfix.plausibility.word_tables`, 0-1) a character needs for its
#: annotation to be mechanical: textbooks gloss rare characters (惬, 谧, 踽: 0.12-0.43), spinners
#: annotate whatever comes (98.7% of the corpus's annotated characters are at 0.45 or more).
MIN_MECHANICAL_FREQUENCY = 0.45
#: Share of the words (pypinyin's phrase dictionary, in the annotated character's own script)
#: in which a character has the annotated reading for that annotation to be unambiguous
#: (:func:`is_unambiguous`). The polyphones lessons teach sit well below it (長 0.74, 重 0.60,
#: 樂 0.71, 行 0.85, 還 0.87, 數 0.83, 場 0.90, 乾 0.83, 著 0.80); the characters the real
#: corpus's one- and two-annotation spun pages annotate sit at 0.97-1.0 (發 fā 0.97: its
#: other reading went to 髮 in Traditional, 鄉, 規 1.0).
MIN_UNAMBIGUOUS_SHARE = 0.95

#: (Traditional→Simplified, its inverse) OpenCC configurations a spinner may have used.
CONFIGS: tuple[tuple[str, str], ...] = (("t2s", "s2t"), ("tw2s", "s2tw"), ("hk2s", "s2hk"))


@dataclass(frozen=True, slots=True)
class Annotation:
    """One pinyin annotation: ``char`` at ``pos``, the ``(reading)`` spanning ``start:end``.

    ``reading`` is the syllable after cleaning (NFC, mojibake undone); it may hold ``?`` for a
    tone letter a lossy re-encoding dropped.
    """

    char: str
    pos: int
    start: int
    end: int
    reading: str


def _strip_tone(syllable: str) -> str:
    base = unicodedata.normalize("NFD", syllable)
    return "".join(c for c in base if not unicodedata.combining(c)).replace("ü", "v")


def _unmojibake(raw: str) -> str:
    """Undo UTF-8 read as cp1252/Latin-1 (``chÇŽn`` → ``chǎn``); ``raw`` if that fails."""
    if all(ord(c) < 0x80 for c in raw):
        return raw
    data = bytearray()
    for c in raw:
        try:
            data += c.encode("cp1252")
        except UnicodeEncodeError:
            if ord(c) > 0xFF:
                return raw
            data.append(ord(c))  # the five bytes cp1252 leaves undefined decode as C1 controls
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return raw


@lru_cache(maxsize=65536)
def clean_syllable(raw: str) -> str | None:
    """The pinyin syllable in an annotation's parentheses, or ``None`` if it is not one.

    >>> clean_syllable("chǎn"), clean_syllable("cha\\u030cn"), clean_syllable("chÇŽn")
    ('chǎn', 'chǎn', 'chǎn')
    >>> clean_syllable("ch?n"), clean_syllable("?"), clean_syllable("nèijuǎn"), clean_syllable("CPI")
    ('ch?n', '?', None, None)
    """
    text = unicodedata.normalize("NFC", _unmojibake(raw))
    text = text.replace("\ufffd", "?").replace("ɑ", "a").replace("ɡ", "g")
    if not _SYLLABLE.fullmatch(text) or not _VOWEL.search(text):
        return None
    if text.count("?") > 1:
        return None  # a lone ``?`` stands for a one-letter reading (額 é) whose letter was lost
    if sum(c in _TONED and c != "ü" for c in text) > 1:
        return None  # two tone marks: several syllables (a gloss like nèijuǎn)
    return text


def candidates(text: str) -> list[Candidate]:
    """The pinyin-shaped annotations of ``text``, in order; no dictionary is loaded (the cheap
    scan)."""
    found: list[Candidate] = []
    for opening, pattern in ANNOTATIONS:
        if opening in text:
            for m in pattern.finditer(text):
                start = m.start()
                if start and _annotatable(text[start - 1]) \
                        and clean_syllable(raw := m["reading"]) is not None:
                    found.append(Candidate(start - 1, start, m.end(), raw))
    if "(" in text and "（" in text:
        found.sort(key=lambda c: c.start)
    return found


@lru_cache(maxsize=8192)
def readings(char: str) -> frozenset[str]:
    """The tone-marked readings of ``char`` in pypinyin's dictionary (empty if unknown)."""
    from pypinyin.pinyin_dict import pinyin_dict

    value = pinyin_dict.get(ord(char))
    return frozenset(value.split(",")) if value else frozenset()


@lru_cache(maxsize=8192)
def simplified_forms(char: str) -> str:
    """Every Simplified character ``char`` can stand for (OpenCC's first), ``char`` if none."""
    from .opencc_tables import SOURCES

    forms = SOURCES.get(char, "")
    for config, _ in CONFIGS:
        out = converter(config).convert(char)
        if len(out) == 1 and out not in forms:
            forms += out
    return forms or char


def _matches(known: frozenset[str], syllable: str) -> bool:
    if syllable in known:
        return True
    if "?" in syllable:  # a tone letter lost: any letter there, any tone
        pattern = re.compile(syllable.replace("?", "."))
        return any(pattern.fullmatch(r) for r in known)
    if any(c in _TONED for c in syllable if c != "ü"):
        return False
    plain = _strip_tone(syllable)
    return any(_strip_tone(r) == plain for r in known)


@lru_cache(maxsize=65536)
def is_reading(char: str, syllable: str) -> bool:
    """True when ``syllable`` is a reading of ``char`` or of a Simplified form of it.

    The spinner annotates the source character, so 揹(bèi) is valid: 揹 stands for 背.
    A toneless syllable matches any tone; ``?`` stands for one lost letter.
    """
    if _matches(readings(char), syllable):
        return True
    return any(_matches(readings(s), syllable) for s in simplified_forms(char) if s != char)


def find_annotations(text: str, cheap: list[Candidate] | None = None) -> list[Annotation]:
    """Every Han character followed by a parenthesised syllable that is one of its readings.

    ``cheap`` is :func:`candidates` of ``text`` when the caller has it already.
    """
    found = []
    for c in candidates(text) if cheap is None else cheap:
        char, syllable = text[c.pos], clean_syllable(c.reading)
        if syllable is not None and is_reading(char, syllable):
            found.append(Annotation(char, c.pos, c.start, c.end, syllable))
    return found


#: An orphaned annotation: the host character and the opening parenthesis were lost (to a
#: ``?`` or U+FFFD, or to a fullwidth ``？`` a later width pass made of it), the syllable and
#: the closing parenthesis survive (``嚴謹?shù)學科``).
_ORPHAN = re.compile(r"(?<![(（])[?\ufffd？](?P<reading>[a-z" + _TONED + r"]{1,6})[)）]")


def find_orphans(text: str, annotations: list[Annotation]) -> list[Annotation]:
    """The orphaned annotations of a spun ``text`` (``annotations`` are its validated ones).

    A candidate must be one syllable with a tone mark (``?id)`` in a URL has none), and not
    overlap a validated annotation. ``char`` is the loss marker, ``reading`` the syllable.
    """
    taken = {(a.start, a.end) for a in annotations}
    out = []
    for m in _ORPHAN.finditer(text):
        syllable = clean_syllable(m["reading"])
        if syllable is None or not any(c in _TONED and c != "ü" for c in syllable):
            continue
        if any(a <= m.start() < b or a < m.end() <= b for a, b in taken):
            continue
        out.append(Annotation(text[m.start()], m.start(), m.start(), m.end(), syllable))
    return out


def is_converted(char: str) -> bool:
    """True when ``char`` is converter output: some Traditional→Simplified config changes it."""
    return simplified_forms(char) != char


@lru_cache(maxsize=65536)
def _is_converted_han(char: str) -> bool:
    """A Han character that is converter output (memoised: asked for every distinct character
    of a text)."""
    return is_han(char) and is_converted(char)


@dataclass(frozen=True, slots=True)
class SpinEvidence:
    """Why a text is (or is not) taken for spin."""

    annotations: int
    converted_share: float
    inline_share: float
    coverage: float
    mechanical_share: float = 0.0
    #: Annotations that alone betray a spinner (:func:`is_conclusive`); only counted when
    #: there are fewer than :data:`MIN_ANNOTATIONS`.
    conclusive: int = 0

    @property
    def rule(self) -> str:
        """Which rule makes the text spun: ``dense``, ``many``, ``mechanical``,
        ``unconverted`` (pinyin pushed into text no converter touched), ``few``, or ``""``
        (not spun).

        Every rule but ``few`` needs :data:`MIN_ANNOTATIONS` inside running text. On converter
        output: dense (:data:`MIN_COVERAGE` of the converted characters annotated), many
        (:data:`MANY_ANNOTATIONS`) or mechanical (nearly all the first reading of a frequent
        character, what a spinner's table lookup writes and a lesson's gloss rarely is).
        Without conversion, only many annotations that are nearly all mechanical. Fewer
        annotations make a text spun only when every one is conclusive (``few``: the only
        reading of a frequent converter-made character, inside a word, which no gloss needs).
        """
        if 0 < self.annotations < MIN_ANNOTATIONS and self.conclusive == self.annotations:
            return "few"
        if self.annotations < MIN_ANNOTATIONS or self.inline_share < MIN_INLINE_SHARE:
            return ""
        mechanical = self.mechanical_share >= MIN_MECHANICAL_SHARE
        if self.converted_share >= MIN_CONVERTED_SHARE:
            if self.coverage >= MIN_COVERAGE:
                return "dense"
            if self.annotations >= MANY_ANNOTATIONS:
                return "many"
            return "mechanical" if mechanical else ""
        if self.annotations >= MANY_ANNOTATIONS and mechanical:
            return "unconverted"
        return ""

    @property
    def spun(self) -> bool:
        return bool(self.rule)

    def __str__(self) -> str:
        rule = self.rule
        return (
            f"{self.annotations} annotations are readings of the character before them; "
            f"{self.converted_share:.0%} on converter-made characters, "
            f"{self.inline_share:.0%} inside running text, "
            f"{self.coverage:.0%} of the converted characters annotated, "
            f"{self.mechanical_share:.0%} the first reading of a frequent character"
            + (f", {self.conclusive} conclusive" if self.annotations < MIN_ANNOTATIONS else "")
            + (f" (spun: {rule})" if rule else " (not spin)")
        )


def weigh(text: str, annotations: list[Annotation]) -> SpinEvidence:
    """Density and validity of ``annotations`` in ``text``."""
    if not annotations:
        return SpinEvidence(0, 0.0, 0.0, 0.0)
    n = len(annotations)
    converted = sum(is_converted(a.char) for a in annotations)
    inline = sum(a.end < len(text) and is_han(text[a.end]) for a in annotations)
    # The Han characters that are converter-made or annotated. The annotations' parentheses
    # hold no Han character (a syllable is Latin letters, or cp1252 mojibake of them), so
    # every Han character of the text counts, each distinct one weighed once.
    counts = Counter(text)
    total = sum(map(counts.__getitem__, filter(_is_converted_han, counts)))
    total += n - converted  # annotated characters that are not converter-made
    mechanical = sum(is_mechanical(a, text) for a in annotations)
    conclusive = sum(is_conclusive(a, text) for a in annotations) if n < MIN_ANNOTATIONS else 0
    return SpinEvidence(n, converted / n, inline / n, converted / max(total, 1), mechanical / n,
                        conclusive)


@lru_cache(maxsize=8192)
def _first_readings(char: str) -> frozenset[str]:
    """The first (most usual) dictionary reading of ``char`` and of each Simplified form of it."""
    from pypinyin.pinyin_dict import pinyin_dict

    out = set()
    for form in dict.fromkeys(char + simplified_forms(char)):
        value = pinyin_dict.get(ord(form))
        if value:
            out.add(value.split(",")[0])
    return frozenset(out)


def _frequent(char: str) -> bool:
    from ..plausibility import word_tables

    freq = word_tables()[0]
    return max(freq.get(form, 0.0) for form in char + simplified_forms(char)) \
        >= MIN_MECHANICAL_FREQUENCY


def is_mechanical(a: Annotation, text: str = "") -> bool:
    """The annotation is what a spinner's table lookup writes on a frequent character: its
    first dictionary reading, or a reading the word it stands in contradicts (重(chóng)點:
    a gloss is right in context, a table is not). A lesson glosses rare characters and
    polyphones' other readings, as read in their word. ``text`` (the annotated text) gives
    the word; without it only the first reading counts."""
    if not _frequent(a.char):
        return False
    if _matches(_first_readings(a.char), a.reading):
        return True
    return bool(text) and _contradicted(a, text)


def _neighbours(a: Annotation, text: str) -> tuple[str, str]:
    """The characters just before ``a``'s character and just after its annotation, each ''
    unless Han (the one before is a ``)`` when it carries an annotation itself)."""
    left = text[a.pos - 1] if a.pos and is_han(text[a.pos - 1]) else ""
    right = text[a.end] if a.end < len(text) and is_han(text[a.end]) else ""
    return left, right


def _word_readings(a: Annotation, text: str) -> list[str]:
    """pypinyin's readings of ``a``'s character in each two-character word (word_tables'
    pairs) it forms with a neighbour, in Simplified forms."""
    from ..plausibility import word_tables

    pairs = word_tables()[1]
    left, right = _neighbours(a, text)
    form = simplified_forms(a.char)[0]
    out = []
    if right and (a.char + right in pairs or form + simplified_forms(right)[0] in pairs):
        out.append(reading_in_context("", form, simplified_forms(right)[0]))
    if left and (left + a.char in pairs or simplified_forms(left)[0] + form in pairs):
        out.append(reading_in_context(simplified_forms(left)[0], form, ""))
    return [r for r in out if r]


def _contradicted(a: Annotation, text: str) -> bool:
    """Every word ``a``'s character forms with a neighbour reads it otherwise (and it forms
    at least one)."""
    found = _word_readings(a, text)
    return bool(found) and not any(_matches(frozenset({r}), a.reading) for r in found)


@lru_cache(maxsize=4096)
def reading_share(char: str, reading: str) -> float:
    """Share of pypinyin's words holding ``char`` (in ``char``'s own script: the words are
    converted with OpenCC ``s2t`` for a Traditional character) that read it ``reading``; 0.0
    when no word holds it. Scans the phrase dictionary (~30 ms): only asked for the few
    annotations of a text with fewer than :data:`MIN_ANNOTATIONS`."""
    from pypinyin.phrases_dict import phrases_dict

    forms = set(simplified_forms(char)) | {char}
    to_traditional = converter("s2t")
    hits = total = 0
    for phrase, values in phrases_dict.items():
        if len(phrase) != len(values) or not any(f in phrase for f in forms):
            continue
        own = phrase if char in phrase else to_traditional.convert(phrase)
        if len(own) != len(phrase):
            continue
        for k, ch in enumerate(own):
            if ch == char and phrase[k] in forms:
                total += 1
                hits += _matches(frozenset({values[k][0]}), reading)
    return hits / total if total else 0.0


def is_unambiguous(a: Annotation) -> bool:
    """Nearly every word holding ``a``'s character reads it as annotated
    (:data:`MIN_UNAMBIGUOUS_SHARE`): no reader needs the gloss to choose a reading."""
    return reading_share(a.char, a.reading) >= MIN_UNAMBIGUOUS_SHARE


def _toned(c: Candidate) -> bool:
    """The candidate's syllable carries a tone mark (as a spinner writes it): one or two
    toneless ones (``函数(func)``) are no evidence, and load no dictionary."""
    syllable = clean_syllable(c.reading)
    return syllable is not None and any(ch in _TONED and ch != "ü" for ch in syllable)


def is_conclusive(a: Annotation, text: str) -> bool:
    """One annotation that alone betrays a spinner: tone-marked, on a frequent converter-made
    character in the middle of a run of Han text (Han on both sides), its first and
    unambiguous reading. A gloss is for a rare character or a polyphone's reading, or spans a
    whole word (several syllables); what every reader knows is glossed only by a table."""
    if not any(ch in _TONED and ch != "ü" for ch in a.reading):
        return False
    if not is_converted(a.char) or not is_mechanical(a):
        return False
    left, right = _neighbours(a, text)
    return bool(left and right) and is_unambiguous(a)


@lru_cache(maxsize=1)
def _variant_classes() -> dict[str, re.Pattern[str]]:
    """Each regional variant table as a character class (a C-speed count)."""
    from .opencc_tables import HK_FORMS, STD_ONLY, TW_FORMS

    tables = {"t2s": STD_ONLY, "tw2s": TW_FORMS, "hk2s": HK_FORMS}
    return {
        k: re.compile("[" + "".join(map(re.escape, sorted(v))) + "]") for k, v in tables.items()
    }


def _variant_votes(text: str) -> dict[str, int]:
    return {k: len(pattern.findall(text)) for k, pattern in _variant_classes().items()}


def choose_config(text: str) -> tuple[str, float]:
    """The Traditional→Simplified configuration whose inverse best reproduces ``text``.

    Returns the configuration and the share of Han characters its round trip reproduces.
    Round trips often tie (著 survives both ``t2s``/``s2t`` and ``tw2s``/``s2tw``); a tie goes
    to the configuration whose regional variant forms the text uses most.
    """
    return _choose(text)[:2]


def _choose(text: str) -> tuple[str, float, str]:
    """:func:`choose_config`, and ``text`` converted with the chosen configuration.

    Configurations are tried most-voted first. One whose key could at best (a perfect round
    trip, with its votes) not beat the best so far, or only tie it from later in
    :data:`CONFIGS` (ties go to the earlier), cannot win: its two conversions are skipped.
    The winner is the one a full search in :data:`CONFIGS` order picks.
    """
    han = _han_count(text)
    votes = _variant_votes(text)
    rank = {forward: k for k, (forward, _) in enumerate(CONFIGS)}
    best, best_key, best_score = CONFIGS[0][0], (-1.0, -1), -1.0
    best_out: str | None = None
    for forward, inverse in sorted(CONFIGS, key=lambda c: -votes[c[0]]):
        bound = (1.0, votes[forward])
        if bound < best_key or (bound == best_key and rank[forward] > rank[best]):
            continue
        out = converter(forward).convert(text)
        back = converter(inverse).convert(out)
        if len(back) != len(text):
            continue
        score = (han - _han_differences(text, back)) / max(han, 1)
        key = (round(score, 9), votes[forward])
        if key > best_key or (key == best_key and rank[forward] < rank[best]):
            best, best_key, best_score, best_out = forward, key, score, out
    if best_out is None:  # no round trip kept the length: the first configuration
        best_out = converter(best).convert(text)
    return best, best_score, best_out


#: Characters compared at once by :func:`_differences` (a C-speed slice comparison).
_BLOCK = 64


def _han_count(text: str) -> int:
    """The Han characters of ``text``, counted run by run (no object per character)."""
    return sum(map(len, _han_runs().findall(text)))


@lru_cache(maxsize=1)
def _han_runs() -> re.Pattern[str]:
    """Runs of Han characters (compiled on first use: the class takes a millisecond)."""
    # Not [...]+: a pattern that starts with a bare class lets a search skip to it at C speed.
    return re.compile(f"[{HAN_CLASS}](?:[{HAN_CLASS}])*")


def _han_differences(text: str, other: str) -> int:
    """Positions where ``other`` (as long as ``text``) differs from ``text`` at a Han character."""
    return sum(is_han(text[i]) for i in _differences(text, other))


def _differences(text: str, other: str) -> Iterator[int]:
    """Positions where ``other`` (as long as ``text``) differs from ``text``, in order.

    Round trips change few characters: blocks are compared whole (a C-speed comparison), and
    characters only in the blocks that differ.
    """
    for k in range(0, len(text), _BLOCK):
        a, b = text[k : k + _BLOCK], other[k : k + _BLOCK]
        if a != b:
            yield from (k + i for i, (x, y) in enumerate(zip(a, b)) if x != y)


_DIFFERENT_RUNS = re.compile(rb"\x01+")


def _diff_edits(before: str, after: str, code: Code) -> list[Edit]:
    """Edits turning ``before`` into ``after`` (per run of changed characters)."""
    if len(before) == len(after):
        # One byte per position, 1 where the characters differ (built at C speed); the runs
        # of 1 are the edits. A converted text differs almost everywhere, so no block skipping.
        mask = bytes(map(operator.ne, before, after))
        return [
            Edit(m.start(), m.end(), after[m.start() : m.end()], code)
            for m in _DIFFERENT_RUNS.finditer(mask)
        ]
    import difflib

    sm = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return [
        Edit(i1, i2, after[j1:j2], code)
        for tag, i1, i2, j1, j2 in sm.get_opcodes()
        if tag != "equal"
    ]


@lru_cache(maxsize=65536)
def reading_in_context(left: str, form: str, right: str) -> str:
    """pypinyin's reading of ``form`` between ``left`` and ``right`` (its phrase dictionary)."""
    from pypinyin import Style, lazy_pinyin

    out = lazy_pinyin(left + form + right, style=Style.TONE, errors=lambda s: list(s))
    return out[len(left)] if len(out) == len(left) + 1 + len(right) else ""


def pick_form(char: str, chosen: str, reading: str, left: str = "", right: str = "") -> str:
    """The Simplified form of ``char`` its removed ``reading`` asks for.

    OpenCC's ``chosen`` form stands when the restored word is read that way in context
    (pypinyin's phrase dictionary: 慰藉 jiè keeps 藉). Otherwise the first other form that is,
    in context (写著作业 with zhe → 写着作业, where 著作 made OpenCC keep 著), or failing that by
    the character dictionary (乾 qián → 乾, where OpenCC alone gives 干).
    """
    forms = [chosen] + [f for f in simplified_forms(char) if f != chosen]
    for form in forms:
        if _matches(frozenset({reading_in_context(left, form, right)}), reading):
            return form
    if _matches(readings(chosen), reading):
        return chosen
    for form in forms[1:]:
        if _matches(readings(form), reading):
            return form
    return chosen


#: Characters of context on each side when a removed reading is checked against pypinyin.
_CONTEXT = 3


def _apply_readings(text: str, converted: str, annotations: list[Annotation],
                    orphans: list[Annotation] = ()) -> str:  # type: ignore[assignment]
    """Use each removed reading to pick the Simplified form of an ambiguous character
    (``orphans`` were removed too: they shift the positions but pick nothing)."""
    if len(converted) != len(text):
        return converted
    from .opencc_tables import SOURCES

    out = list(converted)
    gone = sorted((o.start, o.end) for o in orphans)
    shift = k = 0
    for a in annotations:
        while k < len(gone) and gone[k][1] <= a.pos:
            shift += gone[k][1] - gone[k][0]
            k += 1
        # Positions in ``text`` (annotations removed) = original position minus removed length.
        pos = a.pos - shift
        shift += a.end - a.start
        if text[pos] == a.char and a.char in SOURCES:
            left = "".join(out[max(0, pos - _CONTEXT) : pos]).rpartition("\n")[2]
            right = "".join(out[pos + 1 : pos + 1 + _CONTEXT]).partition("\n")[0]
            out[pos] = pick_form(a.char, converted[pos], a.reading, left, right)
    return "".join(out)


def _target_script(text: str, config: str) -> str:
    """Simplified→Traditional configuration for ``--script traditional``: the text's region."""
    votes = _variant_votes(text)
    if votes["tw2s"] > max(votes["hk2s"], votes["t2s"]):
        return "s2tw"
    if votes["hk2s"] > max(votes["tw2s"], votes["t2s"]):
        return "s2hk"
    return config


def run(text: str, ctx: Context) -> Outcome:
    """Find spin; when there is evidence, remove the annotations and restore the script."""
    cfg = ctx.config
    cheap = candidates(text) if cfg.spin else []
    annotations: list[Annotation] = []
    evidence = SpinEvidence(0, 0.0, 0.0, 0.0)
    if (len(cheap) >= MIN_ANNOTATIONS or cheap and all(map(_toned, cheap))) \
            and not _is_japanese(text):
        annotations = find_annotations(text, cheap)
        evidence = weigh(text, annotations)
    spun = evidence.spun
    orphans: list[Annotation] = []
    findings: list[Finding] = []
    changes: list[Change] = []
    if spun:
        why = str(evidence)
        for a, (line, col) in zip(annotations, _line_cols(text, (a.start for a in annotations))):
            findings.append(
                Finding(
                    Code.PINYIN_ANNOTATION, line, col,
                    f"pinyin annotation {text[a.start:a.end]} after {a.char}",
                    evidence=f"{a.reading} is a reading of {a.char}; {why}",
                    start=a.start, end=a.end,
                )
            )
        orphans = find_orphans(text, annotations)
        for o, (line, col) in zip(orphans, _line_cols(text, (o.start for o in orphans))):
            findings.append(
                Finding(
                    Code.UNRECOVERABLE, line, col,
                    f"a character lost before its pinyin annotation {text[o.start:o.end]}",
                    evidence=f"{o.reading} is a pinyin syllable after a lost character's "
                    f"{text[o.start]!r} and no opening parenthesis, in a spun text; "
                    "the annotation is removed, the character cannot be restored",
                    fixable=False, start=o.start, end=o.end,
                )
            )
        edits = [Edit(a.start, a.end, "", Code.PINYIN_ANNOTATION) for a in annotations]
        edits += [Edit(o.start, o.end, "", Code.PINYIN_ANNOTATION) for o in orphans]
        text, removed = apply_edits(text, edits, STEP_ANNOTATIONS)
        changes.extend(removed)
    else:
        annotations = []

    target = cfg.script
    if target == "auto":
        if not spun:
            from .machine_script import report

            finding = report(text)
            return Outcome(text, (finding,) if finding else ())
        target = "simplified"
    if target == "keep" or HAN.search(text) is None:
        return Outcome(text, tuple(findings), tuple(changes))

    if target == "simplified":
        config, agreement, converted = _choose(text)
        if spun:
            converted = _apply_readings(text, converted, annotations, orphans)
        why = (
            f"{len(annotations)} pinyin annotations on converted characters; "
            f"OpenCC {config} round trip reproduces {agreement:.1%} of Han characters"
            if spun else f"--script simplified; OpenCC {config}"
        )
    else:
        config = _target_script(text, "s2t")
        why = f"--script traditional; OpenCC {config}"
        converted = converter(config).convert(text)
    edits = _diff_edits(text, converted, Code.MACHINE_TRADITIONAL)
    if edits:
        first = LineIndex(text).line_col(edits[0].start)
        findings.append(
            Finding(
                Code.MACHINE_TRADITIONAL, first[0], first[1],
                f"{len(edits)} runs of machine-converted script; restored with OpenCC {config}"
                if target == "simplified"
                else f"{len(edits)} runs converted to Traditional with OpenCC {config}",
                evidence=why, start=edits[0].start, end=edits[-1].end,
            )
        )
        text, script_changes = apply_edits(text, edits, STEP_SCRIPT)
        changes.extend(script_changes)
    return Outcome(text, tuple(findings), tuple(changes))


def _line_cols(text: str, offsets: Iterable[int]) -> Iterator[tuple[int, int]]:
    """(line, column) of each of the increasing ``offsets``, in one pass over ``text``:
    looking each up from the start of its line would rescan a long line once per offset."""
    line, pos, start = 1, 0, 0
    for offset in offsets:
        breaks = text.count("\n", pos, offset)
        if breaks:
            line += breaks
            start = text.rfind("\n", pos, offset) + 1
        pos = offset
        yield line, offset - start + 1


_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")


def _is_japanese(text: str) -> bool:
    """Kana make a text Japanese: furigana in parentheses there is not Chinese spin."""
    return next(islice(_KANA.finditer(text), 4, None), None) is not None
