"""Width folding: fullwidth CJK punctuation turned into ASCII by a normaliser (NFKC, ftfy).

Folding is a property of the whole text, so the evidence is weighed over the whole text first
(:func:`is_folded`): ASCII ``, ; : ! ?`` written against CJK characters, no fullwidth form of
ASCII and no ideographic space left (a normaliser folds them all; a clean text that quotes one
ASCII mark has many), and not Korean, which writes ASCII punctuation itself
(:func:`native_ascii`). What writers type themselves is no evidence: ASCII parentheses alone
(Chinese and Japanese authors type ``( )``), marks mostly followed by a space (ASCII-style
Chinese: ``首先, Python…; 其次, Go``), and in Japanese, whose ``、`` no normaliser folds, anything
but a folded comma. Only then is the text's punctuation restored, all of it alike:

- ``, ; : ! ?`` with a CJK character (or a mark just restored) before, or a CJK letter after;
- ``( )`` as a pair around CJK letters, or around digits between CJK letters (``今(1)日``);
- ``.`` after a CJK letter that ends a sentence (``召开.会议``, at a line's end) as ``。``;
- ``......`` and ``...`` inside a CJK sentence, which NFKC makes of ``……`` and ``…``; ``°C``
  after a number in one, which NFKC makes of ``℃``.

ASCII stays in Latin words, numbers, times and scores (``7:30``, ``3:1``, ``1,000``, ``3.14``),
calls and indexes (``get_db_session()``, ``f(x)``), URLs and e-mail addresses, parentheses
around Latin, pinyin or digits (``长(cháng)``, ``(1)``), loss markers (``???``, and whatever
:mod:`~textfix.damage.unrecoverable` reports), and where the mark has no CJK neighbour. No mark
is restored beside an ASCII mark that stays (:func:`_consistent`). Curly quotes ``“”‘’`` and
``「」`` are never touched: no normaliser folds them, so there is nothing to restore.
"""

from __future__ import annotations

import re
from collections import deque
from functools import cache
from itertools import islice

from ..charclass import (
    CJK_LETTER,
    CJK_LETTER_CLASS,
    CharClass,
    has_cjk,
    is_cjk,
    is_cjk_letter,
    lazy,
)
from ..codes import Code
from ..models import Finding
from ..plan import Edit, apply_edits
from .base import Context, Outcome

STEP = "width"

FULLWIDTH = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
_FULL_FORMS = frozenset(FULLWIDTH.values())
#: Closing quotes and brackets: a mark after one takes its context from what they close.
_CLOSERS = frozenset("”’」』》〉】）")


@cache
def _protected_re() -> re.Pattern[str]:
    """URLs and e-mail addresses: ASCII inside them is never punctuation to restore. They end
    at whitespace, brackets or CJK text. Compiled on first use (only text with ``://``,
    ``www.`` or ``@`` needs it)."""
    return re.compile(
        r"(?:[a-zA-Z][a-zA-Z0-9+.-]*://|www\.)[^\s()（）<>\"\u3000-\u9fff\uff00-\uffef]+"
        r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
        re.ASCII,
    )


#: ``......`` and ``...``: NFKC's folds of ``……`` and ``…``.
_DOTS = re.compile(r"(?<!\.)(\.{6}|\.{3})(?!\.)")


def _is_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")


def _left_context(text: str, i: int) -> str:
    """The character that gives position ``i`` its left context, looking through closers.

    ``“十四五”,`` is in CJK context because of 五; ``“hello”,`` is not.
    """
    j = i - 1
    while j >= 0 and text[j] in _CLOSERS and j > 0 and text[j - 1] != "\n":
        j -= 1
    return text[j] if j >= 0 else ""


#: What every match of :func:`_protected_re` holds.
_PROTECTED_TRIGGER = re.compile(r"://|www\.|@")
#: The whitespace ``\s`` stands for in :func:`_protected_re` (an ASCII pattern); no match of it
#: holds any, so each match lies within one run of other characters (a token).
_ASCII_SPACE = " \t\n\r\f\v"
_ASCII_SPACE_RE = re.compile(f"[{_ASCII_SPACE}]")


def _protected(text: str) -> set[int]:
    """Positions inside URLs and e-mail addresses (a URL's trailing ``,.;:!?`` is prose).

    :func:`_protected_re` tries a Latin word at each of its letters, which is slow on long
    texts; it is run only over the tokens (runs without whitespace) that hold ``://``,
    ``www.`` or ``@``. With no look-around in the pattern, matching token by token finds the
    same matches as matching the whole text.
    """
    out: set[int] = set()
    spaces = [c for c in _ASCII_SPACE if c in text]
    end = 0  # the end of the last token scanned: a whitespace character, or 0
    for trigger in _PROTECTED_TRIGGER.finditer(text):
        at = trigger.start()
        if at < end:
            continue  # in the token just scanned
        start = 0
        for c in spaces:
            start = max(start, text.rfind(c, end, at) + 1)
        space = _ASCII_SPACE_RE.search(text, trigger.end())
        end = space.start() if space else len(text)
        for m in _protected_re().finditer(text, start, end):
            out.update(range(m.start(), m.start() + len(m.group().rstrip(",.;:!?"))))
    return out


#: What prose in parentheses does not hold and code does: brackets, quotes, ``=``.
_CODE_INSIDE = re.compile("[\\[\\]{}<>=\"'`]")
#: Parentheses (on one line) holding code.
_CODE_PAIR = re.compile("\\([^()\\n]*[\\[\\]{}<>=\"'`][^()\\n]*\\)")


def _code_pairs(text: str) -> set[int]:
    """Positions inside parentheses that hold code (``名称([,参数])``): nothing there is prose
    punctuation to restore."""
    if "(" not in text:
        return set()
    return {k for m in _CODE_PAIR.finditer(text) for k in range(m.start(), m.end())}


#: Quotes inside parentheses after a word make them a call's (``print("你好")``), not prose's.
_QUOTES = re.compile("[\"'`]")
#: The parentheses; :func:`_pairs` visits only these, not every character.
_PARENS = re.compile(r"[()]")


def _pairs(text: str, protected: set[int]) -> list[tuple[int, int]]:
    """ASCII parenthesis pairs (on one line) that enclose CJK letters (``Context(上下文)``), or stand between CJK
    letters with no letter inside (``今(1)日``, ``年报(2022)已发布``).

    A pair around Latin or pinyin (``长(cháng)``, ``(Decorator)``, a spinner's ``(yè)``), or
    around digits beside Latin or at a line's start (``(1)``), may be the writer's own ASCII:
    it is never restored. Nor is a pair
    that is part of a call or an index (``f(中)``, ``obj.method()``), or that holds a protected
    position (a URL, a loss marker).
    """
    out = []
    stack: list[int] = []
    last = 0  # the previous parenthesis: a line break since then empties the stack
    for m in _PARENS.finditer(text):
        i = m.start()
        if stack and text.find("\n", last, i) >= 0:
            stack.clear()
        last = i
        if i in protected:
            continue
        if text[i] == "(":
            stack.append(i)
        elif stack:
            j = stack.pop()
            before = text[j - 1] if j else ""
            cjk_inside = CJK_LETTER.search(text, j + 1, i) is not None
            if (_is_word(before) or before == ".") and (
                    not cjk_inside or _QUOTES.search(text, j + 1, i) is not None):
                continue  # a call or an index: f(x), obj.method(), print("你好")
            if protected and any(k in protected for k in range(j, i)):
                continue
            if _CODE_INSIDE.search(text, j + 1, i) is not None:
                continue  # brackets, quotes or = inside: code (名称([,参数])), not prose
            if cjk_inside or (
                before and is_cjk_letter(before) and i + 1 < len(text) and is_cjk_letter(text[i + 1])
                and not any(ch.isalpha() for ch in text[j + 1 : i])
            ):
                out.append((j, i))
    return out


def _fullwidth_count(text: str) -> int:
    """The fullwidth forms of the marks in ``text``: they weigh against folding."""
    return sum(text.count(form) for form in _FULL_FORMS)


#: What :func:`~textfix.charclass.is_cjk` accepts besides CJK letters (checked exhaustively
#: against it by tests/test_width_gates.py).
_CJK_PUNCT_CLASS = (
    "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
    "\u201c\u201d\u2018\u2019\u2014\u2026\u00b7"
)
_CJK_CLASS = CJK_LETTER_CLASS + _CJK_PUNCT_CLASS


@cache
def _separator_evidence_re() -> re.Pattern[str]:
    """A run of separators in CJK context (see :func:`count_evidence`), one match per run.

    It starts with the separator itself (not with a look-behind) so that the engine skips to
    each separator at C speed; the look-behinds then check the character before the run.
    Compiled on first use: CJK character classes take milliseconds to compile, which text
    that the cheap counts of :func:`is_folded` settle never pays.
    """
    return re.compile(
        "[,;:!?](?<![,;:!?][,;:!?])(?:"
        f"(?<=[{CJK_LETTER_CLASS}][,;:!?])[,;:!?]*+(?=[{_CJK_CLASS}\n]|\\Z)"
        f"|(?<=[{_CJK_CLASS}][,;:!?])[,;:!?]*+(?=[{CJK_LETTER_CLASS}])"
        ")"
    )


_CLOSER_CLASS = "".join(sorted(_CLOSERS))


@cache
def _separator_candidate_re() -> re.Pattern[str]:
    """The separators a folded text may restore (see :func:`_restorable`), at C speed.

    ``context`` when a CJK letter follows or a CJK character other than a closer precedes;
    ``chain`` after a mark that may have been restored itself; ``closer`` after a closing
    quote or bracket, whose left context is looked for before it (:func:`_left_context`).
    Every other separator has neither CJK context nor a restored mark before it. Compiled on
    first use (only folded text needs it).
    """
    return re.compile(
        "[,;:!?](?:"
        f"(?P<context>(?=[{CJK_LETTER_CLASS}])"
        f"|(?<=[{_CJK_CLASS}][,;:!?])(?<![{_CLOSER_CLASS}][,;:!?]))"
        "|(?P<chain>(?<=[(),;:!?][,;:!?]))"
        f"|(?P<closer>(?<=[{_CLOSER_CLASS}][,;:!?]))"
        ")"
    )


def _separator_evidence(text: str) -> int:
    """Separator runs in CJK context: the first part of :func:`count_evidence`, at C speed."""
    return len(_separator_evidence_re().findall(text))


def count_evidence(text: str) -> tuple[int, int]:
    """(ASCII separators in CJK context, fullwidth marks present).

    In context: a separator (or a run such as ``?!``) with a CJK letter before it and a CJK
    character or the end of the line after it, or between CJK characters. Parentheses are no
    evidence: Chinese and Japanese writers type ASCII ``( )`` themselves.
    """
    return _separator_evidence(text), _fullwidth_count(text)


@cache
def _maybe_folded() -> re.Pattern[str]:
    """A necessary condition for any evidence (see :func:`count_evidence`), checked at C speed
    so that text without ASCII punctuation next to CJK letters costs almost nothing.

    A mark with a CJK letter before it, or a mark (not ``.``) with one after it (after a
    ``(``, anywhere later in its line before any other parenthesis). The pattern starts with
    the mark itself, so that the engine skips to the marks, which are rarer than CJK letters
    in CJK text. Compiled on first use: text without CJK letters never needs it, and its CJK
    classes take milliseconds to compile.
    """
    return re.compile(
        f"[,;:!?().](?:(?<=[{CJK_LETTER_CLASS}][,;:!?().])"
        f"|(?<!\\.)(?=(?:(?<=\\()[^()\\n]*)?[{CJK_LETTER_CLASS}]))"
    )


def is_folded(text: str) -> bool:
    """True when the text as a whole shows width folding (HTML character references aside).

    Cheap scans come first: a CJK letter with an ASCII mark beside it, then
    :func:`native_ascii` (a surviving fullwidth form rejects most clean CJK text). One mark in
    CJK context then proves folding: a separator run (one regex), else a parenthesis pair.
    """
    return _folded(_without_entities(text))[0]


#: An HTML character reference (``&lt;``, ``&#39;``) up to its ``;``, which is markup, not
#: punctuation.
_ENTITY = re.compile(r"(&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}));")
#: Stands in for an entity's ``;`` (same length, so offsets hold): no mark, letter or space.
_MASK = "\x00"


def _without_entities(text: str) -> str:
    """``text`` with the ``;`` of each HTML character reference masked (scraped feeds write
    ``&lt;br /&gt;`` between Chinese sentences)."""
    if "&" not in text or ";" not in text:
        return text
    return _ENTITY.sub(r"\1" + _MASK, text)


_HANGUL = CharClass((("\uac00", "\ud7a3"),))
_HAN_KANA = CharClass((("\u3040", "\u30ff"), ("\u3400", "\u4dbf"), ("\u4e00", "\u9fff")))
#: Fullwidth forms of ASCII (U+FF01–U+FF5E: marks, digits, letters) and the ideographic space.
#: NFKC and ftfy's width fix fold every one of them, so one that survives shows that no such
#: normaliser ran over the text.
_FULLWIDTH_FORM = re.compile("[\u3000\uff01-\uff5e]")


def native_ascii(text: str) -> bool:
    """True when ``text`` shows that its ASCII punctuation is its writers' own, not folding.

    - A fullwidth form (``，``, ``２``, ``Ｐ``) or an ideographic space survives: every
      normaliser that folds ``，`` folds all of them, so none ran over this text.
    - Korean writes ``, . ( ) ?`` in ASCII between Hangul: a text with more Hangul than Han
      and kana is never restored.

    A Japanese text that types ``( ) ! ?`` in ASCII and holds no fullwidth form at all cannot
    be told from a folded one; it is restored (tests/test_real_pages.py names such a page).
    """
    if _FULLWIDTH_FORM.search(text) is not None:
        return True
    # Hangul outnumbers Han and kana: counted until it does (a Korean page, where it soon
    # does, is not counted to its end).
    return _HANGUL.search(text) and _HANGUL.at_least(text, _HAN_KANA.count(text) + 1)


def _cleared(text: str) -> bool:
    """Cheap scans that show ``text`` is not folded (a sufficient condition, in C).

    A surviving fullwidth form (:func:`native_ascii`; most clean CJK text) settles it with one
    scan of a small class. Every kind of evidence needs a CJK letter: text without one (most
    non-CJK text) is settled by one scan for them, cheaper than the search for marks beside
    them, whose CJK classes take milliseconds to compile; and so is the rest of
    :func:`native_ascii` (Korean). Masking HTML entities (:func:`_without_entities`) turns some
    ``;`` into a character that is neither a mark nor a letter, which changes no count of
    :func:`native_ascii` and can only take matches away: a text cleared before masking is
    cleared after.
    """
    return (text.isascii() or _FULLWIDTH_FORM.search(text) is not None or not has_cjk(text)
            or native_ascii(text) or _maybe_folded().search(text) is None)


_KANA = re.compile("[\u3040-\u30ff]")
#: Kana that make a text Japanese for :func:`_folded` (as many as :mod:`textfix.damage.spin`
#: asks before it calls furigana Japanese).
MIN_KANA = 5


def _japanese(text: str) -> bool:
    return next(islice(_KANA.finditer(text), MIN_KANA - 1, None), None) is not None


def _separator_runs(text: str) -> list[re.Match[str]]:
    """The separator runs in CJK context (see :func:`count_evidence`)."""
    return list(_separator_evidence_re().finditer(text))


#: A separator after a CJK letter, and the character after it (group ``after``).
_AFTER_CJK_SEPARATOR: re.Pattern[str] | None = None


def _spaced_style(text: str) -> bool:
    """True when the text writes ASCII marks after CJK letters with a space after them, as
    ASCII-style Chinese does (``首先, Python…; 其次, Go``), at least as often as without one:
    a normaliser leaves no space after ``，``, so such a text was written that way."""
    global _AFTER_CJK_SEPARATOR
    if _AFTER_CJK_SEPARATOR is None:
        _AFTER_CJK_SEPARATOR = re.compile(
            f"[,;:!?](?<=[{CJK_LETTER_CLASS}][,;:!?])(?P<after>.|\\Z)", re.DOTALL)
    spaced = unspaced = 0
    for m in _AFTER_CJK_SEPARATOR.finditer(text):
        after = m["after"]
        if after == " ":
            spaced += 1
        elif after not in ("\n", "\r", ""):
            unspaced += 1
    return spaced >= unspaced


def _folded(text: str) -> tuple[bool, tuple[set[int], list[tuple[int, int]]] | None]:
    """:func:`is_folded`, and the protected positions and pairs when it needed them.

    The whole text's pattern decides. No fullwidth form survives (:func:`native_ascii`), a
    separator stands in CJK context (parentheses alone prove nothing: writers type ASCII
    ``( )`` themselves), the marks after CJK letters are mostly not followed by a space
    (:func:`_spaced_style`), and in Japanese text, whose writers type ``( ) ! ? :`` in ASCII and
    whose comma ``、`` no normaliser folds, a ``,`` or ``;`` in CJK context (a folded ``，``).
    """
    if _cleared(text):
        return False, None
    runs = _separator_runs(text)
    if not runs or _spaced_style(text):
        return False, None
    if _japanese(text) and not any(m.group()[0] in ",;" for m in runs):
        return False, None
    return True, None


def _losses(text: str) -> set[int]:
    """Positions of loss markers (``???``, U+FFFD, and what :mod:`~textfix.damage.unrecoverable`
    reports): never punctuation to restore, and no pair around them is restored."""
    if "?" not in text and "\ufffd" not in text:
        return set()
    from .unrecoverable import find

    out: set[int] = set()
    for f in find(text):
        if f.start is not None and f.end is not None:
            out.update(range(f.start, f.end))
    for m in _LOSS_RUN.finditer(text):
        out.update(range(m.start(), m.end()))
    for m in _LOST_BEFORE_MARK.finditer(text):
        out.add(m.start())
    return out


#: Below this plausibility weight a character is garble, not writing: the uncommon hanzi of
#: names (珺, 晖: level-2 tables, -0.3) stay above it, ideographs outside every legacy
#: standard's tables (-1.2, where GBK read out of step lands: 颙), controls and private use
#: (-2 and below) fall under it.
GARBLE_WEIGHT = -1.0
#: Marks that could be restored (and ``?`` as a loss marker), looked at by :func:`_in_garble`.
_ANY_MARK = re.compile(r"[,;:!?().]")


def _in_garble(text: str) -> set[int]:
    """Marks right beside a character :func:`textfix.plausibility.kind` weighs below
    :data:`GARBLE_WEIGHT` (an ideograph in no legacy standard's tables, a control, a private-use
    or unassigned code point): part of garble no stage repaired (``摩?;颙悠``), not
    punctuation to restore."""
    from ..plausibility import kind

    bad = [ch for ch in set(text) if ch >= "\x80" and kind(ch)[1] < GARBLE_WEIGHT]
    if not bad:
        return set()
    chars = "".join(map(re.escape, bad))
    beside = re.compile(f"[,;:!?().](?:(?<=[{chars}].)|(?=[{chars}]))", re.DOTALL)
    return {m.start() for m in beside.finditer(text)}


#: Two or more ``?`` (or U+FFFD) together: a loss marker, never a question.
_LOSS_RUN = re.compile("[?\ufffd]{2,}")
#: A ``?`` after a non-ASCII character and before ``, ; :``: a question ends its sentence, and
#: no comma, semicolon or colon follows it; a lost character does (GBK read out of step,
#: ``學?;巨k學``, where the ``;`` is garble too), and so never punctuation to restore.
_LOST_BEFORE_MARK = re.compile("(?<=[^\x00-\x7f])[?](?=[,;:])")
#: A period NFKC leaves as is but a writer or normaliser may have typed for ``。``: one ``.``
#: after a CJK letter, before a CJK letter or the end of the line.
_PERIOD = re.compile(r"(?<!\.)\.(?!\.)")
#: ``°C``, NFKC's fold of ``℃``, after a number.
_CELSIUS = re.compile(r"(?<=\d)\s?°C(?![A-Za-z])")


def _cjk_sentence(text: str, start: int, end: int, marks: str = "") -> bool:
    """``text[start:end]`` sits inside a CJK sentence: a CJK character before it (numbers and
    spaces skipped), and after it a CJK character or one of ``marks``."""
    j = start - 1
    while j >= 0 and (text[j].isdigit() or text[j] in " .-~"):
        j -= 1
    right = text[end] if end < len(text) else ""
    return j >= 0 and is_cjk(text[j]) and bool(right) and (is_cjk(right) or right in marks)


def _restorable(text: str, protected: set[int], pairs: list[tuple[int, int]]) -> list[Edit]:
    """The edits that restore a folded text: the ``pairs``, then the separators in CJK context
    or right after a restored mark, then ``.`` ending a CJK sentence, ``...`` and ``......``
    inside CJK sentences and ``°C`` after a number in one (never in ``protected``).
    :func:`run` then makes them consistent (:func:`_consistent`)."""
    code = Code.FOLDED_PUNCTUATION
    edits: list[Edit] = []
    paired: set[int] = set()
    for j, i in pairs:
        edits.append(Edit(j, j + 1, "（", code))
        edits.append(Edit(i, i + 1, "）", code))
        paired.update((j, i))
    last = -2  # the last separator restored: the only one that can be right before the next
    for m in _separator_candidate_re().finditer(text):
        i = m.start()
        if protected and i in protected:
            continue
        kind = m.lastgroup
        if (
            kind == "context"
            or i - 1 == last
            or i - 1 in paired
            or (kind == "closer" and is_cjk(_left_context(text, i)))
        ):
            edits.append(Edit(i, i + 1, FULLWIDTH[m.group()], code))
            last = i
    for m in _PERIOD.finditer(text):
        i = m.start()
        if i in protected or not i:
            continue
        right = text[i + 1] if i + 1 < len(text) else "\n"
        if is_cjk_letter(text[i - 1]) and (right in "\r\n" or is_cjk_letter(right)):
            edits.append(Edit(i, i + 1, "。", code))
    for m in _DOTS.finditer(text):
        if m.start() in protected or not _cjk_sentence(text, m.start(), m.end()):
            continue
        if not is_cjk_letter(text[m.start() - 1]):
            continue
        dots = "……" if len(m.group()) == 6 else "…"
        edits.append(Edit(m.start(), m.end(), dots, code))
    if "°" in text:
        for m in _CELSIUS.finditer(text):
            if m.start() not in protected and _cjk_sentence(text, m.start(), m.end(), ",;:!?.\n"):
                edits.append(Edit(m.start(), m.end(), m.group()[:-2] + "℃", code))
    return edits


#: A call or an index: a word character or ``.``, then a parenthesised run without breaks.
#: Compiled on first use (its CJK class costs about 1.5 ms to compile): a text whose marks
#: are never side by side never needs it.
_CALL = lazy(r"[A-Za-z0-9_.]\((?:[^()\n]*[\"'`][^()\n]*|[^()\n" + CJK_LETTER_CLASS + r"]*)\)")
#: Two marks side by side: without them, :func:`_consistent` has nothing to do.
_ADJACENT_MARKS = re.compile(r"[,;:!?()][,;:!?()]")
#: The separators a restoration carries on to a neighbour.
_SEPARATORS = frozenset(",;:!?")


def _consistent(text: str, edits: list[Edit], protected: set[int],
                pairs: list[tuple[int, int]]) -> list[Edit]:
    """``edits`` made consistent, so that no fullwidth mark sits next to an ASCII one.

    A separator right beside a restored mark (``)，``, ``?!``) is restored too; a restored
    mark right beside an ASCII mark that stays (a parenthesis not restored, one in a URL or a
    loss marker) is given up, a pair's two halves together (``(1),`` stays as written).
    """
    if _ADJACENT_MARKS.search(text) is None:
        return edits  # no mark has another beside it: nothing to make consistent
    partner = {j: i for j, i in pairs} | {i: j for j, i in pairs}
    # Parentheses of calls and indexes (``f(x)``) are code: a mark after them is prose.
    code = {k for m in _CALL.finditer(text) for k in (m.start() + 1, m.end() - 1)}
    at = {e.start: e for e in edits if e.end == e.start + 1}
    banned: set[int] = set()
    queue = deque(sorted(at))  # each position is added and given up at most once: linear
    while queue:
        i = queue.popleft()
        if i not in at:
            continue
        for k in (i - 1, i + 1):
            if k < 0 or k >= len(text) or k in at or text[k] not in FULLWIDTH or k in code:
                continue
            if text[k] in _SEPARATORS and k not in protected and k not in banned:
                at[k] = Edit(k, k + 1, FULLWIDTH[text[k]], Code.FOLDED_PUNCTUATION)
                queue.append(k)
                continue
            for gone in (i, partner.get(i)):
                if gone is not None and gone in at:
                    del at[gone]
                    banned.add(gone)
                    queue.extend(n for n in (gone - 1, gone + 1) if n in at)
            break
    return sorted([e for e in edits if e.end != e.start + 1] + list(at.values()),
                  key=lambda e: e.start)


def _by_line(text: str, edits: list[Edit]) -> list[tuple[int, int, list[Edit]]]:
    """(line, column of its first edit, its edits in order) for each line with edits.

    One pass over the text: looking each edit up from the start of its line would rescan a
    long line once per edit.
    """
    out: list[tuple[int, int, list[Edit]]] = []
    line, pos, end = 1, 0, -1
    for e in sorted(edits, key=lambda e: e.start):
        if e.start > end:  # past the end of the current line: a line of its own
            line += text.count("\n", pos, e.start)
            start = text.rfind("\n", pos, e.start) + 1  # the break ending the previous line
            end = text.find("\n", e.start)
            if end < 0:
                end = len(text)
            out.append((line, e.start - start + 1, []))
        out[-1][2].append(e)
        pos = e.start
    return out


def _without_repaired_forms(text: str, source: str) -> str:
    """``text`` with the fullwidth forms that its source lacks masked: an earlier stage made
    them (a GBK run re-aligned gives back the ``：`` a normaliser never saw inside the garble),
    so they say nothing about whether the source was folded."""
    if text is source or _FULLWIDTH_FORM.search(text) is None:
        return text
    made = {ch for ch in set(_FULLWIDTH_FORM.findall(text)) if ch not in source}
    if not made:
        return text
    return text.translate({ord(ch): _MASK for ch in made})


def run(text: str, ctx: Context) -> Outcome:
    """Restore folded punctuation when the whole text shows folding."""
    if not ctx.config.width:
        return Outcome(text)
    source = text
    text = _without_repaired_forms(text, ctx.source)
    # Masking only turns marks into non-marks, so a text the cheap scans clear needs no mask.
    if _cleared(text):
        return Outcome(source)
    text = _without_entities(text)  # the same offsets; edits apply to source
    folded, _ = _folded(text)
    if not folded:
        return Outcome(source)
    protected = _protected(text) | _losses(text) | _in_garble(text) | _code_pairs(text)
    pairs = _pairs(text, protected) if "(" in text and ")" in text else []
    edits = _consistent(text, _restorable(text, protected, pairs), protected, pairs)
    if not edits:
        return Outcome(source)
    evidence = _separator_evidence(text)
    findings = []
    for line, col, line_edits in _by_line(text, edits):
        marks = "".join(sorted({text[e.start : e.end] for e in line_edits}))
        findings.append(
            Finding(
                Code.FOLDED_PUNCTUATION, line, col,
                f"{len(line_edits)} ASCII punctuation marks ({marks}) in CJK context",
                evidence=f"{evidence} ASCII separators in CJK context, mostly without a space "
                "after them; 0 fullwidth forms in the text",
                start=line_edits[0].start, end=max(e.end for e in line_edits),
            )
        )
    new_text, changes = apply_edits(source, edits, STEP)
    return Outcome(new_text, tuple(findings), tuple(changes))
