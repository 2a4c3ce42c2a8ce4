"""Letters lost inside words, restored by the word-frequency model of the text's language.

Text that passed through a code page lacking some of its letters, or was decoded with one
that does not fit, keeps its words but loses letters to marks:

* ``?`` — an encoder's stand-in for a character the target code page lacks (``cria??o`` for
  ``criação``, Vietnamese ``B?n`` for ``Bạn``): one per character, or one per byte where the
  bytes of UTF-8 were read as ASCII;
* U+FFFD — a decoder's stand-in for bytes it could not read (``D�n`` for ``Dün``, a Latin-1
  ``ü`` read as UTF-8), one per character or one per byte;
* a folded lead byte — UTF-8 read as cp1252 and then folded to ASCII, so that the lead byte's
  ``Ã`` (or ``Â``, ``Ä``, ``Å``) lost its mark and became ``A`` while the continuation byte
  survives as a symbol (``geA¯nspireerde`` for ``geïnspireerde``): the letter is one of the
  four that UTF-8 lead bytes C2–C5 make with that continuation byte.

Each damaged word is a pattern: its surviving letters in place, a slot for each lost one. The
candidates are the words that fit it — a slot is any non-ASCII character (what a code page
lacks or a decoder cannot read is never ASCII: a letter, or the apostrophe ``’`` of
``don’t``, which wordfreq writes ``'``), of two or three UTF-8 bytes where one mark stands for
each byte, and one of the four letters where a lead byte was folded — among the
words of the languages of the word's script (:mod:`textfix.word_model`, wordfreq's lists) and
the text's own intact words. Each candidate is scored by how often the text's languages use it
(each language weighted by its share of the text's intact words,
:func:`textfix.word_model.languages_of`)
interpolated with how often the text itself uses it (a word written intact elsewhere in the
same text is strong evidence: the cache model of speech recognition). A candidate replaces the
damaged word only when its share of all the candidates' scores is at least
:data:`POSTERIOR`; otherwise the word is left as it is, and where words fit but none clearly,
the loss is reported (``M103``, with the words that fit; a U+FFFD is the ``unrecoverable``
stage's to report). A word the lists do not know is restored only from the text itself: where
a folded lead byte was read one way in a confident word, the same residue is read the same
way in the text's other words (``LegaA¯a`` beside ``geA¯nspireerde``).

A ``?`` is never read unless letters stand on both sides of it inside one word: ``why?``,
``¿qué??``, ``???`` are questions and placeholders, and chunks of text that look like URLs,
paths or code (``/``, ``=``, ``&``, ``_``…) are never touched; nor is a text about encodings
(one that names a character it holds by its code point, or the replacement character), whose
damaged words are examples; nor a U+FFFD in a text where most U+FFFD stand outside words
(another script's bytes lost wholesale, not letters lost from words); nor a word in a line
with CJK text (pinyin, whose lost tone marks are the spin stage's). Restorations are reported
``M105`` with the alternatives weighed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache
from typing import NamedTuple

from ..charclass import LineIndex
from ..codes import Code
from ..models import Finding
from ..plan import Edit, apply_edits
from .base import Context, Outcome

STEP = "lost_letters"

#: A candidate replaces a damaged word when its share of every candidate's score is at least
#: this. Measured by tests/measure_lost_letters.py (seed 16, 150 words drawn by frequency from
#: each of the 32 languages' lists, the large ones where wordfreq has them, so that rare
#: words the small lists lack are among them; one non-ASCII letter of each made ``?``; 2,887
#: of them readable): with no evidence of the language, 82.0% are restored, 99.70% of them
#: rightly (0.8: 84.7%, 99.18%; 0.95: 79.5%, 99.78%); with four other words of the language
#: intact in the text, 87.2%, 99.72% (0.8: 90.5%, 99.39%). Most wrong ones are Vietnamese,
#: whose syllables differ by their marks alone.
POSTERIOR = 0.9
#: The weight of the text's own word counts against the languages' frequencies (the cache
#: model's interpolation weight): a word written intact once in a text of a hundred words has
#: the score of a word used once in 2,000 — more than all but the commonest words.
CACHE_WEIGHT = 0.05
#: The fewest surviving letters a damaged word needs: with fewer, too many words fit.
MIN_LETTERS = 2
#: ... and where a ``?`` stands in it: ``?`` is also code's and regular expressions' operator
#: (``a?a``, ``x?y:z``), around which two letters often make a word of some language
#: (Romanian ``așa``); three rarely do (a scan of the Python files of this project's
#: virtual environment, 20,000 files, found ``a?a`` in a regex test as the only change with
#: two letters, none with three).
MIN_LETTERS_QMARK = 3
#: The most slots in one word: more, and the word's letters are too few to say which it was.
MAX_SLOTS = 4
#: Rounds of reading a text's damaged words: the words restored in one round are evidence of
#: the text's languages in the next (two suffice for every case in tests/test_lost_letters.py;
#: the third is a margin).
ROUNDS = 3
#: Runners-up shown in a restoration's evidence.
RUNNERS_UP = 3

#: UTF-8 lead bytes whose cp1252 (and Latin-1) reading folds to ASCII ``A``: Â Ã Ä Å.
FOLDED_LEADS = (0xC2, 0xC3, 0xC4, 0xC5)
_MARKS = "?\ufffd"


def _continuation_chars() -> dict[str, int]:
    """The characters a continuation byte (0x80–0xBF) reads as in cp1252 or Latin-1."""
    out: dict[str, int] = {}
    for b in range(0x80, 0xC0):
        for codec in ("cp1252", "latin-1"):
            try:
                out.setdefault(bytes([b]).decode(codec), b)
            except UnicodeDecodeError:
                pass
    return out


#: The characters a continuation byte reads as, and the byte (computed on first use).
_CONT: dict[str, int] = {}


@cache
def _cont_class() -> str:
    """A regular-expression class of :data:`_CONT`'s characters (filling it)."""
    _CONT.update(_continuation_chars())
    return "".join(re.escape(c) for c in _CONT)


@cache
def _trigger() -> re.Pattern[str]:
    """Where a damaged word may be: ``?`` between letters, U+FFFD touching a letter, or ``A``
    before a continuation byte's character. Compiled on first use; clean text stops at one
    search."""
    return re.compile(f"[^\\W\\d_](?:\\?+[^\\W\\d_]|\ufffd)|\ufffd[^\\W\\d_]|A[{_cont_class()}]")


@cache
def _token() -> re.Pattern[str]:
    """A word with its marks and residues: letters, marks, and continuation characters after an
    ``A``."""
    return re.compile(f"(?:[^\\W\\d_]|[{_MARKS}]|(?<=A)[{_cont_class()}])+")


@cache
def _unit() -> re.Pattern[str]:
    """One character of a damaged word (see :func:`_token`)."""
    return re.compile(f"[^\\W\\d_]|[{_MARKS}]|(?<=A)[{_cont_class()}]")


@cache
def _word_re() -> re.Pattern[str]:
    """A run of letters: a word of the text."""
    return re.compile(r"[^\W\d_]+")
#: A whitespace-delimited chunk holding one of these is a URL, a path, markup or code (a call
#: ``f(``, a dotted name ``re.match`` or ``index.php``).
@cache
def _code_re() -> re.Pattern[str]:
    """What marks a chunk as code (see above)."""
    return re.compile(r"[/\\=&@#%_<>|~^*+$]|://|\w\(|[a-z]\.[a-z]")


class _Slot(NamedTuple):
    """A lost letter's place in a damaged word: ``start:end`` of the word's text, ``marks``
    (how many marks stand there; 0 for a folded lead), ``letters`` (for a folded lead, the
    letters it can have been)."""

    start: int
    end: int
    marks: int
    letters: str = ""


def _slots(word: str) -> list[_Slot] | None:
    """The damage in ``word``, or None where it is not read (a ``?`` at the word's edge, too
    few letters, too many slots)."""
    slots: list[_Slot] = []
    _cont_class()  # fills _CONT
    for m in re.finditer(f"[{_MARKS}]+", word):
        a, b = m.span()
        if "?" in m.group() and (a == 0 or b == len(word)):
            return None  # a question mark or a placeholder, not a letter
        slots.append(_Slot(a, b, b - a))
    for i in range(1, len(word)):
        ch = word[i]
        if word[i - 1] == "A" and ch in _CONT and not ch.isalpha():
            byte = _CONT[ch]
            letters = "".join(
                c for lead in FOLDED_LEADS
                if (c := bytes([lead, byte]).decode("utf-8")).isalpha())
            if letters:
                slots.append(_Slot(i - 1, i + 1, 0, letters))
    slots.sort(key=lambda s: s.start)
    letters = sum(ch.isalpha() for ch in word) - sum(1 for s in slots if not s.marks)
    least = MIN_LETTERS_QMARK if "?" in word else MIN_LETTERS
    if not slots or len(slots) > MAX_SLOTS or letters < least:
        return None
    return slots


_WIDTH = {1: "[^\\x00-\\x7f\\t\\n]", 2: "[\\u0080-\\u07ff]", 3: "[\\u0800-\\uffff]"}


def _pattern(word: str, slots: list[_Slot], per_char: int) -> str | None:
    """A regular expression (lower case, one group per slot) for the words ``word`` can have
    been, where each lost character left ``per_char`` marks; None when the marks do not
    divide."""
    parts: list[str] = []
    pos = 0
    for s in slots:
        parts.append(re.escape(word[pos : s.start].lower()))
        if s.marks == 1 and per_char == 1:  # a letter, or the apostrophe ’ (wordfreq's ')
            parts.append(f"({_WIDTH[1]}|')")
        elif s.marks:
            if s.marks % per_char:
                return None
            parts.append(f"({_WIDTH[per_char]}{{{s.marks // per_char}}})")
        else:
            parts.append(f"([{s.letters.lower()}])")
        pos = s.end
    parts.append(re.escape(word[pos:].lower()))
    return "".join(parts)


def _fills(word: str, slots: list[_Slot], pattern: str, chosen: str,
           before: str) -> tuple[str, ...]:
    """What fills each slot of ``word``, from ``chosen`` (a lower-case word ``pattern`` fits),
    in the case the word's surviving letters say (upper case in an upper-case word)."""
    m = re.fullmatch(pattern, chosen)
    assert m is not None
    kept, pos = [], 0
    for s in slots:
        kept.append(word[pos : s.start])
        pos = s.end
    kept.append(word[pos:])
    cased = [c for c in "".join(kept) if c.isalpha() and c.lower() != c.upper()]
    upper = len(cased) >= 2 and all(c.isupper() for c in cased)
    fills: list[str] = []
    for k, s in enumerate(slots):
        fill = m.group(k + 1).replace("'", "\u2019")
        if upper:
            fill = fill.upper()
        elif s.marks and s.start == 0 and _starts_sentence(before):
            fill = fill[:1].upper() + fill[1:]
        fills.append(fill)
    return tuple(fills)


def _starts_sentence(before: str) -> bool:
    """Whether a word after ``before`` (the line up to it) starts a sentence."""
    stripped = before.rstrip()
    return not stripped or stripped[-1] in ".!?:\"“«(["


class _Reading(NamedTuple):
    """A damaged word's restoration (no fills: undecided), its share of the candidates'
    scores, and the runners-up."""

    fills: tuple[str, ...]
    share: float
    others: tuple[str, ...]


def _decide(word: str, slots: list[_Slot], before: str, doc: Counter[str], total: int,
            priors: dict[str, dict[str, float]]) -> _Reading | None:
    """The reading of the damaged ``word`` the word model is sure of; a reading without fills
    (and the likeliest words as its alternatives) when words fit but none clearly; None when
    no word fits."""
    from .. import word_model

    script = word_model.script_of(word)
    if script is None:  # another script (CJK, Arabic…) or a mix: no word model for it
        return None
    prior = priors.get(script)
    if prior is None:
        prior = priors[script] = word_model.languages_of(
            (w for w, _ in doc.most_common()), script)
    scores: dict[tuple[str, str], float] = defaultdict(float)
    widths = (1, 2, 3) if any(s.marks for s in slots) else (1,)
    for per_char in widths:
        pattern = _pattern(word, slots, per_char)
        if pattern is None:
            continue
        plain = re.sub(r"\((?!\?:)", "(?:", pattern)
        for lang, weight in prior.items():
            for w, f in word_model.matches(plain, lang).items():
                scores[(pattern, w)] += weight * f
        for w, n in doc.items():
            if re.fullmatch(plain, w):
                scores[(pattern, w)] += CACHE_WEIGHT * n / total
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    (pattern, best), score = ranked[0]
    share = score / sum(scores.values())
    if share < POSTERIOR:  # words fit, none clearly: the loss is certain, the reading not
        return _Reading((), share, tuple(w for (_, w), _ in ranked[: 1 + RUNNERS_UP]))
    fills = _fills(word, slots, pattern, best, before)
    return _Reading(fills, share, tuple(w for (_, w), _ in ranked[1 : 1 + RUNNERS_UP]))


def run(text: str, ctx: Context) -> Outcome:
    """Restore letters lost inside words where the word model is sure (see the module
    docstring)."""
    if not ctx.config.mojibake or not _trigger().search(text):
        return Outcome(text)
    damaged: list[tuple[int, int, str, list[_Slot]]] = []
    wholesale = "\ufffd" in text and _lost_wholesale(text)
    token, done = _token(), -1
    for hit in _trigger().finditer(text):
        if hit.start() < done:
            continue  # in the word read already
        start = hit.start()
        unit = _unit()
        while start > 0 and unit.match(text, start - 1):
            start -= 1  # back to the word's start (letters, marks, residues)
        m = token.match(text, start)
        if m is None:
            continue
        done = m.end()
        word = m.group()
        slots = _slots(word)
        if slots is None or _in_code(text, m.start(), m.end()) or (
                "\ufffd" in word and wholesale) or _in_cjk_line(text, m.start(), m.end()):
            continue
        damaged.append((m.start(), m.end(), word, slots))
    if not damaged:
        return Outcome(text)
    from .. import word_model
    from .mojibake import names_its_characters

    if names_its_characters(text) or _names_marks(text) or not word_model.available():
        return Outcome(text)
    intact = Counter(w.lower() for w in _word_re().findall(text) if w.isalpha())
    for _, _, word, _ in damaged:  # a damaged word's pieces are not the text's words
        for piece in _word_re().findall(word):
            intact[piece.lower()] -= 1
    readings: dict[int, _Reading] = {}
    undecided: dict[int, _Reading] = {}
    for _ in range(ROUNDS):
        # the words restored so far are the text's words too: criação read, gen?tica is
        # Portuguese genética, not Catalan genètica
        doc = intact.copy()
        for k, got in readings.items():
            doc[_filled(damaged[k][2], damaged[k][3], got.fills).lower()] += 1
        doc = +doc
        total = max(sum(doc.values()), 1)
        priors: dict[str, dict[str, float]] = {}
        memo: dict[tuple[str, bool], _Reading | None] = {}
        grew = False
        for k, (start, end, word, slots) in enumerate(damaged):
            if k in readings:
                continue
            before = text[text.rfind("\n", 0, start) + 1 : start]
            key = (word, _starts_sentence(before))
            if key not in memo:  # a word damaged alike is read alike
                memo[key] = _decide(word, slots, before, doc, total, priors)
            got = memo[key]
            if got is None:
                continue
            if not got.fills:
                undecided[k] = got
                continue
            readings[k] = got
            undecided.pop(k, None)
            grew = True
        if not grew:
            break
    residues: dict[str, set[str]] = defaultdict(set)
    for k, got in readings.items():
        word, slots = damaged[k][2], damaged[k][3]
        for s, fill in zip(slots, got.fills):
            if not s.marks:
                residues[word[s.start : s.end]].add(fill)
    for k, (start, end, word, slots) in enumerate(damaged):
        if k in readings or any(s.marks for s in slots):
            continue
        known = [residues.get(word[s.start : s.end], set()) for s in slots]
        if all(len(f) == 1 for f in known):  # read so in the text's confident words
            readings[k] = _Reading(tuple(next(iter(f)) for f in known), 1.0,
                                   ("as read elsewhere in the text",))
    if not readings and not undecided:
        return Outcome(text)
    index = LineIndex(text)
    edits: list[Edit] = []
    findings: list[Finding] = []
    for k, got in sorted(undecided.items()):
        start, end, word, _ = damaged[k]
        if k in readings or "\ufffd" in word:  # U+FFFD: the unrecoverable stage reports it
            continue
        line, col = index.line_col(start)
        findings.append(Finding(
            Code.UNRECOVERABLE, line, col,
            f"letters lost in {word!r}: several words fit and none clearly",
            evidence="words that fit: " + ", ".join(got.others), fixable=False,
            start=start, end=end))
    for k, got in sorted(readings.items()):
        start, end, word, slots = damaged[k]
        after = _filled(word, slots, got.fills)
        edits.append(Edit(start, end, after, Code.LOST_LETTER))
        line, col = index.line_col(start)
        findings.append(Finding(
            Code.LOST_LETTER, line, col, f"lost letters {word!r} → {after!r}",
            evidence=f"share {got.share:.2f}; alternatives weighed: "
            + (", ".join(got.others) or "none"),
            start=start, end=end))
    new_text, changes = apply_edits(text, edits, STEP)
    findings.sort(key=lambda f: f.start)
    return Outcome(new_text, tuple(findings), tuple(changes))




def _names_marks(text: str) -> bool:
    """Whether ``text`` speaks of the marks themselves (``U+FFFD``, "replacement character"):
    a text about encodings, whose damaged words are examples."""
    return re.search(r"U\+FFFD|U\+003F|replacement char", text, re.IGNORECASE) is not None


def _lost_wholesale(text: str) -> bool:
    """Whether ``text`` lost more than letters: most of its U+FFFD stand outside words of one
    alphabetic script (another script's bytes lost wholesale, as in GBK read as UTF-8, where
    a pinyin syllable's ``gu��`` is no word with a lost letter)."""
    from ..word_model import script_of

    inside = sum(w.count("\ufffd") for w in _token().findall(text)
                 if "\ufffd" in w and any(c.isalpha() for c in w) and script_of(w) is not None)
    return 2 * inside < text.count("\ufffd")


def _filled(word: str, slots: list[_Slot], fills: tuple[str, ...]) -> str:
    """``word`` with each slot replaced by its fill."""
    out, pos = [], 0
    for s, fill in zip(slots, fills):
        out += [word[pos : s.start], fill]
        pos = s.end
    out.append(word[pos:])
    return "".join(out)


def _in_cjk_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in a line with CJK letters: a Latin word there is
    mostly pinyin, whose lost tone marks (``產(ch?n)``) are the spin and unrecoverable stages'
    business."""
    from ..charclass import has_cjk

    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return bool(has_cjk(text[a : b if b >= 0 else len(text)]))


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands in a whitespace-delimited chunk that looks like a
    URL, a path, markup or code."""
    a = start
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = end
    while b < len(text) and not text[b].isspace():
        b += 1
    return _code_re().search(text, a, b) is not None
