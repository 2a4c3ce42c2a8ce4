"""Boilerplate and page chrome in plain-text pages: find it at the head and tail, remove it,
keep it.

Rules (:mod:`textfix.damage.boilerplate_rules`) read the *repaired* text, after mojibake, spin
and width repair. So that a chrome line an earlier stage could not repair is still known, each
line is also read with pinyin annotations stripped and, when no rule matches it, as it would
read undone from the common mis-decodings (UTF-8 read as GBK, Big5, Shift_JIS…): the line is
removed verbatim all the same.

Precision comes from position: rules apply only to the head block (chrome above and around the
title, before the body starts) and the tail block (the lines after the last body line), so a
body paragraph that merely talks about copyright or reprints stays. Removed lines are returned
verbatim as they stand in the source, with their rule code and line number; meta and credit
lines also become metadata. Lines that a batch's counting pass found on many pages
(:mod:`textfix.templates`) are chrome too, in the same two blocks, unless they end like a
sentence (a paragraph that syndicated pages share is still body text).

A long line of prose is body text however many notice words it holds: only the rules' NOTICE
patterns read it (a paywall, an appeal, a maintenance banner that opens with its own words,
:data:`~.boilerplate_rules.NOTICE`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .. import metadata as meta
from ..codes import Code, code_name
from ..errors import ConfigError
from ..lines import split_lines  # noqa: F401  (its home is textfix.lines; re-exported)
from ..models import Finding, Metadata, RemovedLine
from ..plan import Edit, apply_edits
from . import credits
from . import segment as seg
from .base import Context, Outcome
from .boilerplate_rules import (Rule, aside, candidates, notice_mask, rule_of_pattern, rules,
                                 scripts_of)

STEP = "boilerplate"

#: A chrome line is short; a longer line is body text even when it mentions a keyword.
MAX_CHROME_CHARS = 300
#: How many content lines from the top may be head chrome (title included).
HEAD_WINDOW = 12
#: How many title-like lines (title, subtitle, site name) the head block may step over.
HEAD_TITLES = 2
#: A title is a short line without sentence-ending punctuation.
MAX_TITLE_CHARS = 80
#: Teaser titles listed under a related-news heading: at most this many, this long.
MAX_TEASERS = 12
MAX_TEASER_CHARS = 70

_SENTENCE_END = "。．.！!？?；;，,：:"
# A Han character's pinyin annotation, as spin leaves it: 產(chǎn).
_ANNOTATION_SOURCE = r"(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[)）]"
# Undo the common mis-decodings of a line: (encoding the line was read as, its real encoding).
_MISDECODINGS: tuple[tuple[str, str], ...] = (
    ("gbk", "utf-8"), ("gb18030", "utf-8"), ("big5", "utf-8"), ("shift_jis", "utf-8"),
    ("euc-kr", "utf-8"), ("latin-1", "gbk"), ("cp1252", "gbk"), ("latin-1", "big5"),
    ("cp1252", "big5"), ("gbk", "big5"), ("big5", "gbk"), ("latin-1", "utf-8"),
    ("cp1252", "utf-8"), ("latin-1", "shift_jis"), ("latin-1", "euc-kr"),
)
#: A quoted span: a notice inside quotation marks is what a sentence talks about.
_QUOTED = re.compile(r"“[^”\n]{1,80}”|「[^」\n]{1,80}」|『[^』\n]{1,80}』|«[^»\n]{1,80}»|„[^“”\n]{1,80}[“”]"
                     r"|(?<!\w)\"[^\"\n]{1,80}\"(?!\w)")
#: How much text (characters) a line must hold outside its quotes to be read without them.
MIN_OUTSIDE_QUOTES = 6
#: A label opening a notice: 免责声明： 【声明】 Disclaimer: (a long notice still opens so).
_LABEL_OPENER = re.compile(r"^[【\[（(<]?\s*[^\s:：】\]）)>]{1,16}\s*[:：】\]）)>]")
_TEASER_BULLET = re.compile(r"^\s*(?:[·•▪▸►\-*>]|\d{1,2}[.、)）]|[（(]\d{1,2}[)）])")


@dataclass(frozen=True, slots=True)
class Match:
    """A chrome line: its ``code``, and ``text`` — the form the rule read (for metadata)."""

    code: Code
    text: str


@lru_cache(maxsize=32)
def _extra(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for p in patterns:
        try:
            compiled.append(re.compile(p))
        except re.error as e:
            raise ConfigError(
                f"extra_patterns: {p!r} is not a valid regular expression ({e})",
                "fix or remove the pattern in [tool.textfix] extra_patterns",
            ) from None
    return tuple(compiled)


@lru_cache(maxsize=32)
def _disabled(codes: tuple[str, ...]) -> frozenset[Code]:
    known = {str(c) for c in Code}
    for c in codes:
        if c not in known:
            raise ConfigError(
                f"disable: unknown code {c!r}",
                "name boilerplate codes such as B103 (see the README's table of codes)",
            )
    return frozenset(Code(c) for c in codes)


class _Lines:
    r"""The lines of a text as :func:`split_lines` cuts them, found on demand from whichever end
    is nearer: the stage reads a page's head and tail, so a long page is never split whole.

    >>> lines = _Lines("a\n\nb")
    >>> len(lines), lines[2], lines[1], lines.start(2)
    (3, 'b', '\n', 3)
    """

    __slots__ = ("_bwd", "_fwd", "count", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.count = text.count("\n") + (1 if text and not text.endswith("\n") else 0)
        self._fwd = [0]  # where lines 0, 1, 2… start
        self._bwd = [len(text)]  # where lines count, count-1, count-2… start (count: the end)

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, i: int) -> str:
        fwd = self._fwd
        if i + 1 < len(fwd):  # both ends already found from the top
            return self.text[fwd[i]:fwd[i + 1]]
        bwd, back = self._bwd, self.count - i
        if 0 < back < len(bwd):  # or from the bottom
            return self.text[bwd[back]:bwd[back - 1]]
        return self.text[self.start(i):self.start(i + 1)]

    def start(self, k: int) -> int:
        """Where line ``k`` starts (``len(text)`` for ``k == len(self)``)."""
        fwd, bwd, text = self._fwd, self._bwd, self.text
        back = self.count - k
        if k < len(fwd):
            return fwd[k]
        if back < len(bwd):
            return bwd[back]
        if k - len(fwd) <= back - len(bwd):
            while len(fwd) <= k:
                fwd.append(text.index("\n", fwd[-1]) + 1)
            return fwd[k]
        while len(bwd) <= back:
            end = bwd[-1]
            bwd.append(text.rfind("\n", 0, end - 1 if text[end - 1] == "\n" else end) + 1)
        return bwd[back]


def strip_annotations(line: str) -> str:
    """``line`` without pinyin annotations (``版權(quán)所有`` → ``版權所有``).

    An annotation opens right after a hanzi, so a line with no parenthesis there is returned
    as it is without compiling the pattern (its class of the CJK block costs a millisecond).
    """
    if ("(" not in line and "（" not in line) or not _paren_after_han(line):
        return line
    return _annotation().sub("", line)


def _paren_after_han(line: str) -> bool:
    """Whether a parenthesis in ``line`` follows a character of U+3400–9FFF (the pattern's
    lookbehind): without one, :func:`strip_annotations` changes nothing."""
    for paren in "(（":
        at = line.find(paren, 1)
        while at > 0:
            if "\u3400" <= line[at - 1] <= "\u9fff":
                return True
            at = line.find(paren, at + 1)
    return False


@lru_cache(maxsize=1)
def _annotation() -> re.Pattern[str]:
    return re.compile(_ANNOTATION_SOURCE)


def classify(line: str, disabled: frozenset[Code] = frozenset(),
             extra: Sequence[re.Pattern[str]] = ()) -> Code | None:
    """The code of the first rule that matches ``line`` (stripped), or None.

    >>> classify("责任编辑：孟庆科")
    <Code.EDITOR_CREDIT: 'B102'>
    >>> classify("Copyright law protects authors for seventy years after their death.") is None
    True
    """
    found = _match(line, disabled, extra)
    return found.code if found else None


def _match(line: str, disabled: frozenset[Code], extra: Sequence[re.Pattern[str]]) -> Match | None:
    view = strip_annotations(line.strip())
    if not view or len(view) > MAX_CHROME_CHARS:
        return None
    # a long line of prose is read only by the patterns of a notice's own opening words
    only = notice_mask() if _discursive(view) else None
    if _CODE_STRING.match(view):  # the program's own text: only the user's patterns apply
        return None if only is not None else _match_view(view, disabled, extra, rules=False)
    if _QUOTED.search(view):
        # a notice quoted in a sentence is the sentence's subject: match what is outside
        outside = _QUOTED.sub("“”", view)
        if len(outside.strip("“” ")) >= MIN_OUTSIDE_QUOTES:
            found = _match_view(outside, disabled, extra, only=only)
            return Match(found.code, view) if found else None
    return _match_view(view, disabled, extra, only=only)


def _discursive(view: str) -> bool:
    """A long line of prose (:data:`segment.PROSE_LONG` columns) that does not open with a
    label (``免责声明：``, ``【声明】``, ``Disclaimer:``): body text, however many notice words it
    holds, unless it opens with a notice's own words (the :data:`~.boilerplate_rules.NOTICE`
    patterns, the only ones that read it)."""
    return len(view) * 2 >= seg.PROSE_LONG and seg.width(view) >= seg.PROSE_LONG and not (
        _LABEL_OPENER.match(view))


#: A line of source code giving a name a string literal (``share: 'Chia sẻ',``,
#: ``"title": "Share this",``, ``label = "Subscribe";``): a localisation file's or a program's
#: own text, which page chrome never is, whatever words the string holds.
_CODE_STRING = re.compile(r"""^["']?[A-Za-z_$][\w$.\-]*["']?\s*[:=]\s*(["'`]).*\1\s*[,;]?$""")


def _match_view(view: str, disabled: frozenset[Code], extra: Sequence[re.Pattern[str]],
                rules: bool = True, only: int | None = None) -> Match | None:
    """The first rule (or user pattern) matching ``view``; with ``only`` (a long line: the
    :data:`~.boilerplate_rules.NOTICE` patterns' mask), only those patterns, and no user
    pattern."""
    # Only rules with a pattern whose keys stand in the line can match it (see candidates).
    maybe = candidates(view, strict=False) if rules else 0
    if only is not None:
        maybe = only if maybe is None else maybe & only
    if maybe != 0:
        scripts: frozenset[str] | None = None
        for rule in _in_order(maybe):
            if len(view) > rule.max_chars or rule.code in disabled:
                continue
            if scripts is None:
                scripts = scripts_of(view)
            if rule.applies(scripts) and rule.matches(view, maybe):
                return Match(rule.code, view)
    if extra and only is None and Code.CUSTOM_PATTERN not in disabled:
        for pattern in extra:
            if pattern.search(view):
                return Match(Code.CUSTOM_PATTERN, view)
    return None


def _in_order(maybe: int | None) -> Iterator[Rule]:
    """The rules with a pattern in the :func:`candidates` mask ``maybe`` (all rules when None),
    in library order, without visiting the others."""
    every = rules()
    if maybe is None:
        yield from every
        return
    owner = rule_of_pattern()
    while maybe:
        rule = every[owner[(maybe & -maybe).bit_length() - 1]]
        yield rule
        maybe &= ~rule.mask


def _looks_misdecoded(view: str) -> bool:
    """The mojibake stages' own cheap signatures (CJK, and UTF-8 through a code page).

    The tests are pure and joined by *or*, so the cheap scans come first; on a clean line
    every one runs."""
    from .mojibake import cjk_gate, western

    if western.utf8_misread_in(view):
        return True
    dense = len(_HIGH_LATIN1.findall(view))
    if dense * 2 >= len(view.replace(" ", "")):
        return True  # °æÈ¨ËùÓÐ: GBK bytes read as Latin-1
    if cjk_gate.holds_rare_han(view):
        return True  # a short line with a rare hanzi: 渚靛垹 is 侵删 read as GBK
    return cjk_gate.suspicious(view)


_HIGH_LATIN1 = re.compile("[\u00a1-\u00ff]")


def _undo_misdecoding(line: str, disabled: frozenset[Code]) -> Match | None:
    """A rule match on ``line`` read back from a mis-decoding, when the line has non-ASCII."""
    view = line.strip()
    if view.isascii() or len(view) > MAX_CHROME_CHARS or not _looks_misdecoded(view):
        return None
    # Seven encodings read the line back in fifteen ways: each is tried once (a failed one
    # raises once), and a reading that an earlier way already gave (and did not match) is not
    # matched again: Latin-1 and cp1252 encode most lines alike.
    encoded: dict[str, bytes | None] = {}
    tried = {view}
    for wrong, right in _MISDECODINGS:
        if wrong in encoded:
            raw = encoded[wrong]
        else:
            try:
                raw = view.encode(wrong)
            except UnicodeEncodeError:
                raw = None
            encoded[wrong] = raw
        if raw is None:
            continue
        candidate = raw.decode(right, errors="replace")
        if candidate in tried or candidate.count("\ufffd") * 4 > len(candidate):
            continue
        tried.add(candidate)
        found = _match(candidate, disabled, ())
        if found is not None:
            return found
    raw = _bytewise(view)
    if raw is not None:
        candidate = raw.decode("gbk", errors="replace")
        if candidate not in tried and candidate.count("\ufffd") * 4 <= len(candidate):
            return _match(candidate, disabled, ())
    return None


def _bytewise(view: str) -> bytes | None:
    """The bytes of a GBK line that was read byte-wise, valid UTF-8 sequences as UTF-8 and
    every other byte as Latin-1 (``ÓÑÇéÌáʾ£º`` is 友情提示：): each character up to U+00FF
    back to its byte, each other one to its UTF-8 bytes. None unless the line holds both kinds
    (with one kind alone, the Latin-1 and UTF-8 readings above are the same reading)."""
    high = low = False
    for ch in view:
        o = ord(ch)
        if o > 0xFF:
            high = True
        elif o > 0x7F:
            low = True
    if not (high and low):
        return None
    return b"".join(bytes((ord(ch),)) if ord(ch) <= 0xFF else ch.encode("utf-8", "surrogatepass")
                    for ch in view)


def _is_sentence(line: str) -> bool:
    """A line ending like a sentence: a body paragraph, even when many pages share it
    (syndicated text), so never a template line."""
    s = line.rstrip()
    return bool(s) and s[-1] in "。！？!?.…"


def looks_like_title(line: str) -> bool:
    """A short line without sentence-ending punctuation."""
    s = line.strip()
    return 0 < len(s) <= MAX_TITLE_CHARS and s[-1] not in _SENTENCE_END


def _teaser_like(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= MAX_TEASER_CHARS and (
        bool(_TEASER_BULLET.match(s)) or s[-1] not in _SENTENCE_END
    )


def _blocks(lines: _Lines, match: Callable[[int], Match | None]) -> tuple[
        dict[int, Match], dict[int, Match], int | None]:
    """Head marks, tail marks and the title's index, scanning from both ends."""
    head: dict[int, Match] = {}
    title: int | None = None
    titles = content = 0
    for i in range(len(lines)):
        line = lines[i]
        if not line.strip():
            continue
        content += 1
        if content > HEAD_WINDOW:
            break
        found = match(i)
        if found is not None:
            head[i] = found
        elif head and not titles and seg._marks_only(line.strip()):
            # a line of marks right below the chrome (an accesskey anchor ``:::``, a rule) is
            # the block's own edge
            head[i] = Match(Code.NAVIGATION, line.strip())
        elif titles < HEAD_TITLES and looks_like_title(line):
            titles += 1
            title = i if title is None else title
        else:
            break
    # Tail: chrome from the end up, stepping over teaser titles under a related-news heading.
    tail: dict[int, Match] = {}
    held: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        if not line.strip():
            continue
        if i in head or i == title:
            break
        found = match(i)
        if found is None:
            if len(held) < MAX_TEASERS and _teaser_like(line):
                held.append(i)
                continue
            break
        if held:
            if found.code is not Code.RELATED_LINKS:
                break
            for j in held:
                tail[j] = Match(Code.RELATED_LINKS, lines[j].strip())
            held.clear()
        tail[i] = found
    return head, tail, title


def run(text: str, ctx: Context) -> Outcome:
    """Remove head and tail chrome; return removed lines and the metadata they carried."""
    cfg = ctx.config
    if not text or not (ctx.head or ctx.tail):
        return Outcome(text)
    lines = _Lines(text)
    source_lines = _Lines(ctx.source)
    if len(source_lines) != len(lines):  # an earlier stage broke the line mapping
        source_lines = lines
    disabled = _disabled(tuple(cfg.disable))
    extra = _extra(tuple(cfg.extra_patterns))
    templates = ctx.templates if Code.TEMPLATE_LINE not in disabled else frozenset()

    seen: dict[int, Match | None] = {}

    def match(i: int) -> Match | None:
        # The tail scan may read lines the head scan read (a short page of title-like lines):
        # a line's answer depends on nothing else, so it is worked out once.
        if i in seen:
            return seen[i]
        found = seen[i] = _match_line(i)
        return found

    def _match_line(i: int) -> Match | None:
        line = lines[i]
        found = _match(line, disabled, extra)
        if found is None and templates and not _is_sentence(line) and (
            line.strip() in templates or source_lines[i].strip() in templates
        ):
            found = Match(Code.TEMPLATE_LINE, line.strip())
        if found is None and not line.isascii():
            found = _undo_misdecoding(line, disabled)
            if found is None and (source := source_lines[i]) != line:
                found = _undo_misdecoding(source, disabled)
        return found

    head, tail, title_i = _blocks(lines, match)
    shared_titles: set[int] = set()
    appended: set[int] = set()
    seg_inner: dict[int, Code] = {}
    seg_head, seg_tail, seg_title = (_segments(lines, match, shared_titles, appended, seg_inner)
                                     if ctx.segment else (set(), set(), None))
    for i in shared_titles:
        head.pop(i, None)
    for i in seg_head:
        head.setdefault(i, match(i) or Match(Code.NAVIGATION, lines[i].strip()))
    tail_code = next((m.code for i in sorted(seg_tail - appended) if (m := match(i)) is not None),
                     Code.NAVIGATION)
    for i in seg_tail:
        if i in appended:  # another article: its meta lines are not the page's
            tail[i] = Match(Code.RELATED_LINKS, lines[i].strip())
            continue
        tail.setdefault(i, match(i) or Match(tail_code, lines[i].strip()))
    if seg_title is not None or title_i in head:
        title_i = seg_title  # the segmentation weighs the body's words; the scan only position
    if not ctx.head:  # a later piece of a streamed document: its start is body text
        head, title_i = {}, None
    if not ctx.tail:  # an earlier piece: its end is body text
        tail = {}
    # a related list's lines (a teaser row's too) are other articles' (their dates are not the
    # page's)
    inner = {i: Match(code, lines[i].strip()) if code is Code.RELATED_LINKS
             else match(i) or Match(code, lines[i].strip()) for i, code in seg_inner.items()
             if i not in head and i not in tail}
    marks = {**head, **tail, **inner}
    listing = _listing(lines, marks)
    if listing:  # a log or a directory listing is the text's content, not page meta
        marks = {i: m for i, m in marks.items() if i not in listing}
        head = {i: m for i, m in head.items() if i in marks}
        tail = {i: m for i, m in tail.items() if i in marks}
    if templates and marks and _nothing_else(lines, marks, title_i):
        # Template lines may not take a whole page: keep them when nothing else would remain.
        marks = {i: m for i, m in marks.items() if m.code is not Code.TEMPLATE_LINE}
        head = {i: m for i, m in head.items() if i in marks}

    if marks and any(_discursive(m.text) for m in marks.values()) and _nothing_else(
            lines, marks, title_i):
        # A long notice may not take a whole page either: its prose is the page's only text.
        marks = {i: m for i, m in marks.items() if not _discursive(m.text)}
        head = {i: m for i, m in head.items() if i in marks}
        tail = {i: m for i, m in tail.items() if i in marks}

    if marks and sum(1 for i in range(len(lines)) if lines[i].strip()) == 1:
        # A text of one line has no head or tail around a body: the line is the text itself
        # (a title, a crumb trail or a snippet given alone), never its chrome.
        marks, head, tail = {}, {}, {}

    title = lines[title_i].strip() if title_i is not None and title_i not in marks else None
    fields = _metadata([marks[i] for i in sorted(marks)])
    metadata = Metadata(title=strip_annotations(title) if title else None).merged(fields)
    if not cfg.boilerplate:
        return Outcome(text, metadata=metadata)

    findings: list[Finding] = []
    removed: list[RemovedLine] = []
    edits: list[Edit] = []
    cuts = (_credits(text, lines, marks, disabled)
            if Code.EDITOR_CREDIT not in disabled and ctx.segment else {})
    if cuts and ctx.tail:
        for i in _credit_repeats(lines, marks, cuts):
            tail[i] = marks[i] = Match(Code.EDITOR_CREDIT, lines[i].strip())
    for i, code in _with_blank_lines(lines, marks):
        start, end = lines.start(i), lines.start(i + 1)
        edits.append(Edit(start, end, "", code))
        if i not in marks:
            continue
        repaired = lines[i].rstrip("\r\n")
        removed.append(RemovedLine(i + 1, code, source_lines[i].rstrip("\r\n"), repaired))
        block = "head block" if i in head else "tail block" if i in tail else "inner block"
        findings.append(Finding(code, i + 1, 1, f"{code_name(code)}: {repaired.strip()[:60]}",
                                evidence=block, start=start, end=end))
    if cuts:
        _cut_credits(cuts, lines, source_lines, edits, removed, findings)
        edits.sort(key=lambda e: e.start)
    new_text, changes = apply_edits(text, edits, STEP)
    return Outcome(new_text, tuple(findings), tuple(changes), tuple(removed), metadata)


#: A line opening with a time stamp or a date (``2017-03-24 15:51:10``, ``2016/06/06  13:55``).
_STAMPED = re.compile(r"^\s*\d{2,4}[-/.]\d{1,2}[-/.]\d{1,4}[ T]+\d{1,2}:\d{2}")
#: How many consecutive stamped lines of one shape make a log or a listing.
LISTING_MIN = 3


def _listing(lines: _Lines, marks: dict[int, Match]) -> set[int]:
    """The marked lines that belong to a log or a directory listing: at least
    :data:`LISTING_MIN` consecutive lines opening with a time stamp of the same shape and going
    on past it (a page's meta line stands once; a log writes one line per event).

    A dated list of related articles is a listing too and stays: a missed chrome list costs
    less than a deleted log.
    """
    found: set[int] = set()
    run: list[int] = []
    shape = None
    for i in range(len(lines) + 1):
        line = lines[i] if i < len(lines) else ""
        m = _STAMPED.match(line)
        key = re.sub(r"\d", "0", m.group()) if m and line[m.end():].strip() else None
        if key is not None and key == shape:
            run.append(i)
            continue
        if len(run) >= LISTING_MIN:
            found.update(j for j in run if j in marks)
        run, shape = ([i], key) if key is not None else ([], None)
    found.update(i for i in marks if _console_row(lines[i]))
    return found | _field_table(lines, marks)


#: Padding between a console row's fields: two spaces or more, or a tab.
_PADDING = re.compile(r"(?<=\S)(?: {2,}|\t+)(?=\S)")
#: How many padded gaps make a row of columns (date, time, size or type, name: three).
ROW_GAPS = 3


def _console_row(line: str) -> bool:
    """Whether ``line`` is one row of a program's columns that opens with a time stamp
    (``2016/06/06  13:55    <DIR>          docs``, a ``dir`` listing's or a log's line): its
    fields are aligned by padding, :data:`ROW_GAPS` gaps of two spaces or more, and none of
    them is a labelled field (``来源:``, ``Source:``). A page's meta line is rendered from HTML,
    which collapses spaces: on the real-text corpus the 8 meta lines padded so (a government
    site's ``日期:…   来源:…``) all hold a labelled field, and none opens with a stamp and
    three gaps.

    >>> _console_row("2016/06/06  13:55    <DIR>          docs")
    True
    >>> _console_row("2016-06-06  13:55   来源:  新华网"), _console_row("2016-06-06 13:55")
    (False, False)
    """
    s = line.strip()
    if not _STAMPED.match(s) or len(_PADDING.findall(s)) < ROW_GAPS:
        return False
    return not any(_LABELLED.search(field) for field in _PADDING.split(s))


#: A labelled field (``来源:``, ``Source: AP``): a word, then a colon that no digit follows
#: (a time's colon is not a label's).
_LABELLED = re.compile(r"[^\W\d_]\s*[:：](?!\d)")


#: A line of a printed record: a short label padded with spaces up to its colon, and a value
#: (``Updated by  : Jane``); the colon's column is the group's.
_FIELD = re.compile(r"^(?=\S)[^:]{1,30}? +: +\S")


def _field_table(lines: _Lines, marks: dict[int, Match]) -> set[int]:
    """The marked lines of a printed record: at least :data:`LISTING_MIN` consecutive lines
    whose labels are padded to one colon column, one of them by two spaces or more (a tool's
    or a program's output aligns its fields so; a page's meta lines are not padded), however
    meta-like their labels."""
    found: set[int] = set()
    run: list[int] = []
    column = None
    for i in range(len(lines) + 1):
        line = lines[i] if i < len(lines) else ""
        col = line.index(":") if _FIELD.match(line) else None
        if col is not None and col == column:
            run.append(i)
            continue
        if len(run) >= LISTING_MIN and any("  :" in lines[j] for j in run):
            found.update(j for j in run if j in marks)
        run, column = ([i], col) if col is not None else ([], None)
    return found


#: The separators between a breadcrumb's items.
_CRUMBS = re.compile(r"\s*[>»›/|｜→＞:：]\s*")


def _crumb_of(label: str, i: int, match: Callable[[int], Match | None]) -> bool:
    """Whether ``label`` is one of the items of line ``i``, a breadcrumb (``您现在的位置：首页 >
    乡镇 > 河湾乡 > 通知``), but its last: the name of a section above the page, printed as a
    heading right above the trail. The trail's last item is the page itself, whose title a
    page may print above it (an encyclopedia's entry)."""
    found = match(i)
    if found is None or found.code is not Code.BREADCRUMB:
        return False
    items = [item.strip() for item in _CRUMBS.split(found.text.strip())]
    return label.strip() in items[:-1]


def _credits(text: str, lines: _Lines, marks: dict[int, Match],
             disabled: frozenset[Code]) -> dict[int, credits.Credit]:
    """The inline credits (:mod:`.credits`) at the ends of the lines that stay, by line."""
    split = text.split("\n")
    found: dict[int, credits.Credit] = {}
    for i in credits.lines_with_credits(split):
        if i in marks:
            continue
        credit = credits.find(lines[i].rstrip("\r\n"),
                              ends_paragraph=credits.ends_paragraph(split, i))
        if credit is not None and credit.code not in disabled:
            found[i] = credit
    return found


def _credit_repeats(lines: _Lines, marks: dict[int, Match],
                    cuts: dict[int, credits.Credit]) -> list[int]:
    """The lines at the foot of the page (below them only blank or marked lines) that repeat a
    credit cut from a line above, alone: a site that glues its name or a photo's source to a
    paragraph prints it at the foot too. They are read from the last line up, and the first
    line that is neither stops the reading."""
    cut = {c.text for c in cuts.values()}
    out: list[int] = []
    for i in range(len(lines) - 1, -1, -1):
        s = lines[i].strip()
        if not s or i in marks:
            continue
        if s not in cut or i in cuts:
            break
        out.append(i)
    return out


def _cut_credits(cuts: dict[int, credits.Credit], lines: _Lines, source_lines: _Lines,
                 edits: list[Edit], removed: list[RemovedLine], findings: list[Finding]) -> None:
    """Cut the inline credits ``cuts`` from the ends of their lines, and record each cut like a
    removed line (its source line number, its code, the text cut)."""
    for i, found in sorted(cuts.items()):
        line = lines[i].rstrip("\r\n")
        start = lines.start(i)
        cut_from = len(line[:found.start].rstrip())
        edits.append(Edit(start + cut_from, start + len(line.rstrip()), "", found.code))
        # the cut as it stands in the source (an earlier stage may have changed its characters
        # one for one: folded punctuation restored)
        source = source_lines[i].rstrip("\r\n")
        cut = source[found.start:].rstrip() if len(source) == len(line) else found.text
        removed.append(RemovedLine(i + 1, found.code, cut, found.text))
        findings.append(Finding(found.code, i + 1, found.start + 1,
                                f"{code_name(found.code)}: {found.text[:60]}", evidence="inline credit",
                                start=start + found.start, end=start + len(line.rstrip())))


def _content(lines: _Lines, order: range) -> Iterator[tuple[int, str]]:
    """The content lines (index, stripped text) of ``lines`` in ``order``."""
    for i in order:
        s = lines[i].strip()
        if s:
            yield i, s


def _segments(lines: _Lines, match: Callable[[int], Match | None], titles: set[int],
              appended: set[int] | None = None, inner: dict[int, Code] | None = None
              ) -> tuple[set[int], set[int], int | None]:
    """The head and tail blocks :mod:`.segment` finds around the body (its first and last
    prose lines), and the title: only the lines from the top down to the first prose line and
    from the end up to the last are read, and the page's last :data:`APPEND_WINDOW` lines for
    another article appended below it (its lines go in the tail block and are added to
    ``appended``). Template lines taken for a shared title are added to ``titles``; the inner
    blocks between the body's prose lines (:func:`_inner`), with their codes, to ``inner``."""
    appended = set() if appended is None else appended
    inner = {} if inner is None else inner
    n = len(lines)
    known = lambda i: match(i) is not None  # noqa: E731
    meta = lambda i: (m := match(i)) is not None and m.code in _META  # noqa: E731
    above: list[seg.Line] = []
    first: int | None = None
    ahead = _content(lines, range(n))
    cur = next(ahead, None)
    while cur is not None and len(above) <= seg.HEAD_MAX:
        nxt = next(ahead, None)
        line = seg.classify(cur[0], cur[1], seg.width(nxt[1]) if nxt else 0, known(cur[0]))
        if line.cls == "P" and nxt is not None and seg.list_entry(cur[1], nxt[1]):
            line = seg.Line(line.index, line.text, line.width, "T")  # a sidebar's entry
        if line.cls == "P":
            first = cur[0]
            break
        above.append(line)
        cur = nxt
    if first is None:
        return set(), set(), None
    opening = _opening(lines, first, n)
    # A batch's template line that the opening echoes is a title many copies of one article
    # share, not chrome: it is read as the rules alone would read it.
    for k, line in enumerate(above):
        found = match(line.index)
        if found is not None and found.code is Code.TEMPLATE_LINE and seg.echoes(line.text, opening):
            titles.add(line.index)
            above[k] = seg.Line(line.index, line.text, line.width, "T")
    for k in range(len(above) - 1):
        line, below = above[k], above[k + 1]
        if line.cls in "WT" and _crumb_of(line.text, below.index, match):
            above[k] = seg.Line(line.index, line.text, line.width, "S")
    head, title = seg.head_block(above, meta, opening, first)
    below = _foot(lines, n, first, known)
    tail = seg.tail_block(below)
    inner.update(_inner(lines, match, first, below[0].index if below else n, below))
    again = _printed_again(lines, first, n)
    if again is not None:
        # the page's text printed twice (a photo page's template): the first copy's foot, of
        # short lines (credits, buttons; a long notice between the copies is the text's), is
        # a tail block of its own
        foot = _foot(lines, again, first, known)
        if all(line.width < seg.PROSE_LONG for line in foot):
            tail |= seg.tail_block(foot)
    if below and below[-1].index not in tail and _cut_repeat(lines, below[-1], match):
        tail.add(below[-1].index)
    # another article appended below the page's own (its last lines only are read)
    window = list(_content(lines, range(max(first + 1, n - APPEND_WINDOW), n)))
    start = seg.appended(window, meta)
    if start is not None:
        more = {i for i, _s in window if i >= start}
        appended.update(more)
        tail |= more
    return head, tail, title


#: The rule hits that make a stretch between a body's paragraphs a widget
#: (:func:`.segment.inner_blocks`): prompts addressed to the reader; so do an advertisement's
#: label, an image's placeholder and a date's label left open (:func:`.boilerplate_rules.aside`),
#: which no text prints of itself. A credit makes one beside another rule hit. A date, a
#: keywords field or a section name may be the text's own (a document's date line, a paper's
#: keywords, a heading a rule mistakes for a menu's label): they go with a widget only.
_WIDGETS = frozenset({Code.SHARE_PROMPT, Code.MORE_INFO, Code.COOKIE_NOTICE})
#: A year in a line: a rule's meta line without one is no teaser row's date
#: (:func:`.segment.byline_rows`).
_YEAR = re.compile(r"(?:19|20)\d\d")


def _inner(lines: _Lines, match: Callable[[int], Match | None], first: int,
           end: int, foot: list[seg.Line] | None = None) -> dict[int, Code]:
    """The lines of the inner blocks between the body's first prose line ``first`` and line
    ``end`` (the tail's first line), with their codes: each run of lines that are not prose
    between two prose lines is read as :func:`.segment.inner_blocks` says; its lines take their
    rules' codes, and a mark or a label the code of the block's first widget. Also:

    - the teaser rows of a list of articles (a byline and a date under each headline:
      :func:`.segment.byline_rows`), as the list's lines, and the same rows in ``foot`` (the
      classified content lines below the body's last prose line);
    - a related-links header with the headlines it announces (:func:`.segment.related_lists`);
    - a table printed in two layouts (a site's attribute table of a document:
      :func:`.segment.two_layouts`);
    - the meta lines under a headline that opens the body (:func:`.segment.heading_meta`).

    Only the short lines are matched against the rules, and only a run holding a widget, a
    credit, a related-links header or a date is classified further."""
    widget = lambda j: (m := match(j)) is not None and (  # noqa: E731
        m.code in _WIDGETS or aside(m.text))
    credit = lambda j: (m := match(j)) is not None and m.code is Code.EDITOR_CREDIT  # noqa: E731
    related = lambda j: (m := match(j)) is not None and m.code is Code.RELATED_LINKS  # noqa: E731
    meta = lambda j: (m := match(j)) is not None and m.code in _META  # noqa: E731
    dated = lambda j: (  # noqa: E731
        (m := match(j)) is not None and m.code is Code.PAGE_META and bool(_YEAR.search(m.text)))
    found: dict[int, Code] = {}
    content = [(i, s, seg.width(s)) for i, s in _content(lines, range(first, end))]
    run: list[tuple[int, str, int, int]] = []
    dated_runs: list[list[seg.Line]] = []  # each with the prose line above it first
    opener: seg.Line | None = None  # the prose line above the run
    for k, (i, s, w) in enumerate(content):
        next_width = content[k + 1][2] if k + 1 < len(content) else 0
        if not seg.prose(s, w, next_width) or seg.classify(i, s, next_width, False).cls != "P":
            run.append((i, s, w, next_width))
            continue
        prompted = run and any(widget(j) or credit(j) for j, *_ in run)
        listed = run and any(related(j) for j, *_ in run)
        if prompted or listed or (run and any(dated(j) or seg.numeric_date(t)
                                              for j, t, *_ in run)):
            classified = [seg.classify(j, t, nw, match(j) is not None) for j, t, _w, nw in run]
            if opener is not None:
                dated_runs.append([opener, *classified])
        if len(run) > seg.TABLE_FIELDS:
            for p in seg.two_layouts([t for _j, t, *_ in run]):
                j = run[p][0]
                found[j] = m.code if (m := match(j)) is not None else Code.PAGE_META
        if prompted:
            for block in seg.inner_blocks(classified, widget, credit):
                code = next(m.code for j in block
                            if (m := match(j)) is not None and (widget(j) or credit(j)))
                for j in block:
                    found[j] = m.code if (m := match(j)) is not None else code
        if run and opener is not None and opener.index == first and _opens_with_headline(
                lines, first):
            for j in seg.heading_meta(
                    [seg.classify(j, t, nw, match(j) is not None) for j, t, _w, nw in run], meta):
                found[j] = m.code if (m := match(j)) is not None else Code.PAGE_META
        if listed:
            for block in seg.related_lists(classified, related):
                for j in block:
                    found[j] = Code.RELATED_LINKS
        run = []
        opener = seg.Line(i, s, w, "P")
    foot = [opener, *foot] if foot and opener is not None else None
    for row in seg.byline_rows(dated_runs, dated, foot):
        for j in row:
            found.setdefault(j, Code.RELATED_LINKS)
    return found


def _opens_with_headline(lines: _Lines, first: int) -> bool:
    """Whether the body's first prose line ``first`` is a headline: shaped like a headline
    (:func:`.segment._headline`: it may ask or exclaim, not end with a full stop) and standing
    alone, a blank line below it (a paragraph's first line runs on into the next)."""
    s = lines[first].strip()
    return (first + 1 < len(lines) and not lines[first + 1].strip()
            and seg._headline(seg.Line(first, s, seg.width(s), "P")))


def _foot(lines: _Lines, end: int, first: int, known: Callable[[int], bool]) -> list[seg.Line]:
    """The classified content lines above line ``end`` up to the last prose line (below the
    body's first line ``first``), in page order."""
    below: list[seg.Line] = []
    next_width = 0
    for i, s in _content(lines, range(end - 1, first, -1)):
        line = seg.classify(i, s, next_width, known(i))
        if line.cls == "P":
            break
        below.append(line)
        next_width = line.width
    below.reverse()
    return below


def _printed_again(lines: _Lines, first: int, n: int) -> int | None:
    """Where the body's first line ``first`` (a paragraph) stands again, alone on a line lower
    on the page, with other lines between: the text printed twice. None when it does not."""
    line = lines[first].strip()
    text = lines.text
    if first + 1 >= n:
        return None
    i, counted = first, lines.start(first + 1) - 1  # the newline ending line ``first``
    at = text.find("\n" + line, counted)
    while at >= 0:
        i += text.count("\n", counted, at + 1)  # counted on from the previous find: one pass
        counted = at + 1
        if i > first + 1 and lines[i].strip() == line:
            return i
        at = text.find("\n" + line, at + 1)
    return None


def _cut_repeat(lines: _Lines, last: seg.Line, match: Callable[[int], Match | None]) -> bool:
    """Whether the page's last content line ``last`` is a chrome line of the page printed
    again and cut off where the excerpt ends: a short line (a link label's width) that does not
    end like a sentence, whose words open a longer line that a rule knows (a newsletter
    prompt printed between the items of a page and again at its foot, cut after a word).

    A line that another chrome line merely shares a first word with elsewhere is not enough
    when it is not the text's last line: a cut happens once, at the end."""
    if last.cls not in "TW" or last.width > seg.LABEL_MAX or seg._ends_sentence(last.text):
        return False
    text = lines.text
    i = at = 0
    for m in re.finditer(r"(?m)^[ \t]*" + re.escape(last.text) + r"[ \t]+\S", text):
        i += text.count("\n", at, m.start())  # counted on from the previous match: one pass
        at = m.start()
        if i != last.index and match(i) is not None:
            return True
    return False


#: How many lines at a page's end are read for an appended article (:func:`segment.appended`):
#: infinite scroll appends one or two stories, a few dozen lines; the bound keeps the scan of a
#: long page's body short.
APPEND_WINDOW = 400


_META = frozenset({Code.PAGE_META, Code.EDITOR_CREDIT})
#: How much of the body's opening (characters, from its first prose line) a title's words are
#: looked for in.
OPENING_CHARS = 1200


def _opening(lines: _Lines, first: int, n: int) -> str:
    """The body's opening: its lines from the first prose line, up to :data:`OPENING_CHARS`."""
    out: list[str] = []
    size = 0
    for i in range(first, n):
        out.append(lines[i])
        size += len(lines[i])
        if size >= OPENING_CHARS:
            break
    return "".join(out)


def _nothing_else(lines: _Lines, marks: dict[int, Match], title: int | None) -> bool:
    """True when every content line is marked or the title (stops at the first other one)."""
    return all(i in marks or i == title or not lines[i].strip() for i in range(len(lines)))


def _with_blank_lines(lines: _Lines, marks: dict[int, Match]) -> list[tuple[int, Code]]:
    """Marked lines with their codes, and the blank lines that go with them: a blank line goes
    when the content line above it is removed, or when everything below it is removed (the
    blank lines before a tail block), so no stray blank lines are left where chrome was.

    Only the lines next to marked ones are read: the blank lines below a marked line, and
    those above it back to the previous content line.
    """
    n = len(lines)
    last_kept: int | None = None  # the last content line that stays
    for i in range(n - 1, -1, -1):
        if i not in marks and lines[i].strip():
            last_kept = i
            break
    remove: dict[int, Code] = {}
    for m in sorted(marks):
        code = marks[m].code
        remove[m] = code
        j = m + 1
        while j < n and not lines[j].strip():  # blank lines whose content line above is m
            remove[j] = code
            j += 1
        j = m - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        if j >= 0 and j in marks:
            continue  # the blank lines above m went with the marked line j
        if j < 0 or last_kept is None or last_kept < m:  # at the top, or all below m goes
            for k in range(j + 1, m):
                remove[k] = code
    return sorted(remove.items())


def _metadata(found: list[Match]) -> Metadata:
    """Fields from meta and credit lines first, then an original URL from any removed line."""
    credits = [m.text for m in found if m.code in (Code.PAGE_META, Code.EDITOR_CREDIT)]
    fields = meta.from_lines(credits)
    if fields.url is None:
        for m in found:
            url = meta.parse_fields(m.text).get("url")
            if url:
                return fields.merged(Metadata(url=url))
    return fields
