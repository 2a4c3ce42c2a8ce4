"""Mojibake, decided by one language model for every chain (issue 16).

The stage reads each line that may hold mojibake, asks every chain for its reading, and keeps
the reading the character model finds more likely by a calibrated margin, or none. Lines are
never added or removed; each changed line is one edit, reported as ``M101`` (a Western
reading) or ``M102`` (a CJK reading) with its chain and gain as evidence; each character
rebuilt where bytes were lost is reported ``M104`` with the alternatives the model weighed.

The package, one module per decision:

* :mod:`.model` — how likely a line is, character by character (what "plausible" means);
* :mod:`.chains` — which wrong readings exist and how a line aligns with each (what can be
  undone);
* :mod:`.screen` — which chains cannot read a line at all (decided in bulk, before aligning);
* :mod:`.lossy` — where bytes were lost, which ones they can have been (what was lost);
* :mod:`.segment` — which runs of a line to replace, by one rule for every chain (whether to
  undo it);
* :mod:`.cross` — Japanese written as GBK and read as EUC-JP, both readings legal text: the
  same rule with the document as the run;
* :mod:`.layers` — the reading in between of two layers whose outer one is a double-byte
  code page (UTF-8 → cp1252 → UTF-8 → GBK), which no run of the outer chain alone writes;
* :mod:`.invisible` — letters a wrong single-byte code page showed as nothing (cp866's ``н``
  and ``а`` are cp1251's soft hyphen and no-break space), restored by the word lists;
* :mod:`.entities`, :mod:`.utf16` — garble that no chain sees as it stands (written as HTML
  references; ASCII read as UTF-16);
* :mod:`.cjk_gate` — which lines may hold CJK mojibake at all (the cheap signatures this
  stage, the two below, boilerplate and the unrecoverable-damage stage screen lines with);
* :mod:`.western` — the older Western stage: ftfy's encoding repair, line by line;
* :mod:`.cjk_search` — the older CJK stage: the aligned byte search with its own evidence;
* this module — the stage: lines, the document prior, examples explained in the text, and
  :func:`accepts`, the same rule applied to the older stages' repairs.

The older stages run after this one on what it leaves (``ORDER`` in :mod:`textfix.damage`:
``mojibake``, ``mojibake.western``, ``mojibake.cjk_search``), and a repair of theirs is taken
only when :func:`accepts` takes it. What each still adds was measured at fb6e3be by leaving it
out of ``ORDER``:

=========================================  ===========  ==========  =============
set (what is counted)                      all stages   no Western  no CJK search
=========================================  ===========  ==========  =============
real corpus: snippets exact                46 of 76     45          46
real corpus: pages and chrome (all)        as shipped   unchanged   unchanged
generated CJK set: exact                   330 of 344   330         311
ftfy's cases: exact (``fixed-encoding``)   125 of 161   102         125
=========================================  ===========  ==========  =============

The generated set is ``tests/cases/mojibake/generated.json`` run through the pipeline with
spin, width and boilerplate off; ftfy's cases are ``../shared/conformance/ftfy`` through the
whole pipeline; the real corpus is scored by ``eval/real.py``. Over tests/data, tests/cases
and the conformance data, leaving out the Western stage changes the output text of 34 inputs
(33 of them ftfy's cases), leaving out the CJK search that of 30 (all in the generated set)
and drops one lost-bytes report (``M103``) from 19 more; on the real corpus the CJK search
changes no text and reports ``M103`` on four records. Each module's docstring says what it
repairs. Neither stage is retired: each is the only one that repairs some case of a set. Two
parts of them that changed no output of any of these sets when disabled are: the Western
stage's own quoted-example test (this stage's rule refuses such lines) and the CJK search's
own loop over layers (the engine's next pass reads a second layer).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ...charclass import LineIndex
from ...codes import Code
from ...models import Finding
from ...plan import Edit, apply_edits, changed_span
from ..base import Context, Outcome
from .chains import CHAINS
from .segment import Run, apply, lone_mark

STEP = "mojibake.model"

_CJK_CODECS = frozenset(("gbk", "gb18030", "big5", "cp950", "shift_jis", "cp932", "euc_kr",
                         "cp949", "euc_jp", "iso2022_jp"))


@cache
def _screen() -> re.Pattern[str]:
    """Characters some chain of the table writes when it garbles text, outside CJK (whose
    runs the CJK stage's gate finds): Latin-1 and Latin Extended letters and symbols (not the
    middle dot of Chinese names), the Windows code pages' rarer punctuation (not the quotes,
    dashes and ellipsis clean text is full of), box drawing of the DOS code pages, half-width
    kana, and ``Р``/``С`` before a character that UTF-8 continuation bytes become in cp1251."""
    soup = bytes(range(0x80, 0xC0)).decode("cp1251", "replace").replace("\ufffd", "")
    return re.compile("[\u0080-\u00b6\u00b8-\u024f\u0192\u02c6\u02dc\u2020\u2021\u2030"
                      "\u2039\u203a\u20ac\u2122\u2500-\u259f\u2320\u2321\u221a\u2248"
                      "\u2260\u2264\u2265\uff61-\uff9f]"
                      f"|[РС][{re.escape(soup)}]")


def _cjk_suspicious(line: str) -> bool:
    from .cjk_gate import suspicious

    return suspicious(line)


def _layered_suspicious(line: str) -> bool:
    from .layers import suspicious

    return suspicious(line)


#: Chains that read one CJK code page as another: never a document's chain (see run).
_CROSS_CJK = frozenset(c.name for c in CHAINS if c.cross_cjk)


def _code(chains: list[str]) -> Code:
    cjk = any(c.split(" read as ")[0] in _CJK_CODECS
              or c.split(" read as ")[1].split(",")[0] in _CJK_CODECS
              for c in chains if " read as " in c)
    return Code.CJK_MOJIBAKE if cjk else Code.WESTERN_MOJIBAKE


_QUOTES = "\"'`“”‘’«»「」『』|"


def _nearby(lines: list[str], i: int, start: int, end: int) -> tuple[str, float]:
    """Where a run's reading would stand if the text explains the run, and how much of it
    must stand there: when the run is quoted (inside a pair of quote marks, backticks or
    table bars), most of it (``BESIDE``) in its line or the lines either side; an unquoted
    run is not an example (a damaged page repeats its words beside their garbled forms)."""
    from .segment import BESIDE, NEARBY

    here = lines[i]
    rest = here[:start] + "\n" + here[end:]
    left = here[max(0, start - 40) : start]
    right = here[end : end + 40]
    if not (any(q in left for q in _QUOTES) and any(q in right for q in _QUOTES)):
        return "", 1.0  # an unquoted run is damage, even when its reading occurs nearby
    lo, hi = max(0, i - NEARBY), min(len(lines), i + NEARBY + 1)
    return "\n".join([*lines[lo:i], rest, *lines[i + 1 : hi]]), BESIDE


def _stands_in_line(line: str, runs: tuple[Run, ...]) -> bool:
    """True when the whole repaired stretch of a line (two characters or more) already stands
    elsewhere in the line: ``the text was 你好, it became ä½ å¥½``."""
    a, b = min(r.start for r in runs), max(r.end for r in runs)
    reading = apply(line, runs)[a : b + len(apply(line, runs)) - len(line)]
    return _reading_stands(reading, line[:a] + "\n" + line[b:])


def _reading_stands(reading: str, rest: str) -> bool:
    reading = reading.strip()
    return len(reading) >= 2 and reading in rest


def _a_run_stands(line: str, runs: tuple[Run, ...]) -> bool:
    """True when one of a line's runs is an example explained in the line (see
    :func:`_example`)."""
    return any(_example(line, r.start, r.end, r.after) for r in runs)


def _example(line: str, a: int, b: int, reading: str) -> bool:
    """True when the garbled ``line[a:b]`` is given with its ``reading`` (two characters or
    more) elsewhere in the line, and stands apart from text of the reading's script:
    ``ÇÑ±¹ = Korean > 한국``, a glossary of garbled words and their readings (even where its
    guesses for some are wrong). A damaged stretch sits inside text of its own language
    (``함수 ÇÔ¼ö``, a sentence repeating a word clean and garbled): it is not an example."""
    if not _reading_stands(reading, line[:a] + "\n" + line[b:]):
        return False
    from .model import script_of

    core = reading.strip()
    own = {script_of(core[0]), script_of(core[-1])}
    left = line[:a].rstrip()
    right = line[b:].lstrip()
    return not ((left and script_of(left[-1]) in own) or (right and script_of(right[0]) in own))


def _explained(lines: list[str], i: int, r: Run, document: str) -> bool:
    from .segment import beside

    near, share = _nearby(lines, i, r.start, r.end)
    return beside(r.after, near, lines[i][r.start : r.end], document, share)


#: A character inferred at lost bytes: its run's span in the line, the character and the
#: alternatives the model weighed (reported ``M104``).
Inferred = tuple[int, int, str, "tuple[str, ...] | str"]


def _decide(lines: list[str], i: int, line: str, prior: frozenset[str], margin_doc: bool,
            document: str) -> tuple[str, list[str], list[Inferred]] | None:
    """The repaired line, its chains and the characters inferred at lost bytes, or None. A
    chain of ``prior`` (the document's) has had its cost paid by the document: only the margin
    remains (first layer)."""
    from .segment import MARGIN, MAX_LAYERS, choices

    chains: list[str] = []
    inferred: list[Inferred] = []
    current = line
    for layer in range(MAX_LAYERS):
        found = choices(current)
        winners = [c for c in found if c.wins() or (
            margin_doc and not layer and c.chain.name in prior and c.wins(MARGIN, prior=True))]
        if not winners:
            break
        pick = winners[0]
        if not layer and _a_run_stands(current, pick.runs):
            break  # a garbled word given with its reading in the line: an example
        if not layer and any(_stands_in_line(current, c.runs) or any(
                _explained(lines, i, r, document) for r in c.runs) for c in winners[1:]):
            break  # another chain's reading is explained beside it: the line is an example
        runs = tuple(r for r in pick.runs if layer or not _explained(lines, i, r, document))
        if len(runs) != len(pick.runs) or (not layer and _stands_in_line(current, runs)):
            break  # an example explained beside its reading: the line is about mojibake
        for r in runs:  # a later layer's offsets are its own: the line's span stands for them
            a, b = (r.start, r.end) if not layer else (0, len(line))
            inferred.extend((a, b, ch, alts) for ch, alts in r.inferred)
        before, current = current, apply(current, runs)
        current = _invisible(before, current, pick.chain, inferred, len(line))
        chains.append(f"{pick.chain.name} (+{pick.per_char:.1f}/char)")
    if current == line:
        return None
    return current, chains, inferred


def _invisible(before: str, after: str, chain: object, inferred: list[Inferred],
               size: int) -> str:
    """``after`` (``before`` read by ``chain``) with the letters the wrong code page showed as
    nothing restored (:mod:`.invisible`), each reported over the line's changed stretch."""
    from .invisible import letters, restore

    if not any(letters(chain)):  # type: ignore[arg-type]
        return after
    a, z = changed_span(before, after)
    fixed, found = restore(after, a, len(after) - z, chain)  # type: ignore[arg-type]
    inferred.extend((0, size, word, alts) for word, alts in found)
    return fixed


#: A line longer than this is decided window by window (a page pasted as one line): each
#: window ends after a space or other ASCII character where there is one, else after
#: ``WINDOW`` characters (divisible by 2, 3, 4 and 5: the lengths of garbled characters).
WINDOW = 1980


def _windows(line: str) -> list[str]:
    out = []
    pos = 0
    while pos < len(line):
        end = min(len(line), pos + WINDOW)
        if end < len(line):
            cut = max(line.rfind(" ", pos + WINDOW // 2, end), line.rfind("\t", pos, end))
            if cut < 0:
                k = end - 1
                while k > pos + WINDOW // 2 and line[k] >= "\x80":
                    k -= 1
                cut = k if k > pos + WINDOW // 2 else end - 1
            end = cut + 1
        out.append(line[pos:end])
        pos = end
    return out


def _decide_any(lines: list[str], i: int, line: str, prior: frozenset[str], margin_doc: bool,
                document: str) -> tuple[str, list[str], list[Inferred]] | None:
    """:func:`_decide` for a line of any length: a long line window by window, each window
    a line of its own (time and memory linear in the line)."""
    if len(line) <= WINDOW:
        return _decide(lines, i, line, prior, margin_doc, document)
    fixed: list[str] = []
    chains: list[str] = []
    inferred: list[Inferred] = []
    pos = 0
    for piece in _windows(line):
        got = _decide([piece], 0, piece, prior, margin_doc, "")
        fixed.append(piece if got is None else got[0])
        chains.extend(c for c in (got[1] if got else ()) if c not in chains)
        inferred.extend((pos + a, pos + b, ch, alts) for a, b, ch, alts in (got[2] if got else ()))
        pos += len(piece)
    out = "".join(fixed)
    return None if out == line else (out, chains, inferred)


#: A code point written out: ``U+00C3``.
_CODE_POINT = re.compile(r"\b[Uu]\+([0-9A-Fa-f]{4,6})\b")


def names_its_characters(text: str) -> bool:
    """True when ``text`` names by code point a non-ASCII character that stands in it
    (``Ã`` beside ``U+00C3``): a text about characters and encodings, whose garbled forms
    are examples (a damaged page does not spell out the code points of its garble)."""
    if "+" not in text:
        return False
    for m in _CODE_POINT.finditer(text):
        cp = int(m.group(1), 16)
        if 0x80 <= cp <= 0x10FFFF and cp != 0xFFFD and chr(cp) in text:
            return True
    return False


def _escapeless(text: str) -> bool:
    """True when ``text`` may hold ISO-2022-JP whose ESC bytes were stripped (ASCII text that
    no other chain reads): a substring test first, the module only then."""
    if "$B" not in text and "$@" not in text:
        return False
    from .lossy import ESCAPELESS_JIS

    return ESCAPELESS_JIS.search(text) is not None


def run(text: str, ctx: Context) -> Outcome:
    """Repair mojibake line by line where the language model is sure."""
    from . import entities

    if not ctx.config.mojibake or names_its_characters(text) or (
            text.isascii() and not entities.maybe(text) and not _escapeless(text)):
        return Outcome(text)
    lines = text.split("\n")
    decided: dict[int, tuple[str, list[str], list[Inferred]]] = {}
    doubtful: list[int] = []
    screen = _screen()
    for i, line in enumerate(lines):
        if line.isascii():
            if "&" in line and len(line) <= WINDOW:  # garble written as HTML references
                got = entities.decide(line, lambda cand, i=i: _decide(
                    [*lines[:i], cand, *lines[i + 1 :]], i, cand, frozenset(), False, text))
                if got is not None:
                    decided[i] = got
                    continue
            if not _escapeless(line):  # ISO-2022-JP whose ESC bytes were stripped
                continue
        elif not (screen.search(line) or _cjk_suspicious(line) or _layered_suspicious(line)):
            continue
        got = _decide_any(lines, i, line, frozenset(), False, text)
        if got is not None:
            decided[i] = got
        elif len(line) <= WINDOW:
            doubtful.append(i)
    # the document prior: a chain that confident lines chose, or whose lines together pay its
    # cost, needs only the margin in every other line of the document
    from .segment import MARGIN, choices

    prior = {c[0].split(" (+")[0] for _, c, _ in decided.values()} - _CROSS_CJK
    surplus: Counter[str] = Counter()
    cost: dict[str, float] = {}
    for i in doubtful:
        best = next((c for c in choices(lines[i]) if c.wins(MARGIN, prior=True)), None)
        # a line of one-character substitutions (spec·ta·tor read as Mac Roman) says little
        # and a CJK code page read as another swaps real characters for real characters:
        # only a line sure on its own vouches for it
        if (best is not None and max(r.end - r.start for r in best.runs) >= 2
                and not best.chain.cross_cjk and not _a_run_stands(lines[i], best.runs)):
            surplus[best.chain.name] += best.gain - MARGIN * best.replaced
            cost[best.chain.name] = best.cost
    prior |= {name for name, v in surplus.items() if v >= cost[name]}
    if prior:
        for i in doubtful:
            got = _decide_any(lines, i, lines[i], frozenset(prior), True, text)
            if got is not None:
                decided[i] = got
    if not text.isascii():  # Japanese read through a Chinese code page, per document
        from . import cross

        for i, (fixed, evidence, inferred) in cross.decide(lines, set(decided)).items():
            decided[i] = (fixed, [evidence], inferred)
    if not decided:
        return Outcome(text)
    edits: list[Edit] = []
    findings: list[Finding] = []
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    index = LineIndex(text)
    for i, (fixed, chains, inferred) in sorted(decided.items()):
        body = lines[i]
        a, z = changed_span(body, fixed)
        start, end = starts[i] + a, starts[i] + len(body) - z
        code = _code([c.split(" (+")[0] for c in chains])
        edits.append(Edit(start, end, fixed[a : len(fixed) - z], code))
        ln, col = index.line_col(start)
        findings.append(Finding(code, ln, col,
                                f"mojibake {text[start:end][:40]!r} → "
                                f"{fixed[a : len(fixed) - z][:40]!r}",
                                evidence="; ".join(chains), start=start, end=end))
        for a, b, ch, alts in inferred:
            if (a, b) == (0, len(body)):  # found in a later layer: the line's changed stretch
                a, b = start - starts[i], end - starts[i]
            ln, col = index.line_col(starts[i] + a)
            findings.append(Finding(
                Code.INFERRED_CHARACTER, ln, col,
                f"inferred {ch!r} where bytes were lost in {lines[i][a:b][:40]!r}",
                evidence="alternatives weighed: " + (", ".join(repr(x) for x in alts) or "none"),
                start=starts[i] + a, end=starts[i] + b))
    new_text, changes = apply_edits(text, edits, STEP)
    return Outcome(new_text, tuple(findings), tuple(changes))


def accepts(text: str, start: int, end: int, after: str) -> bool:
    """The decision rule of :mod:`.segment`, for a repair proposed by another stage: replacing
    ``text[start:end]`` (within one line) by ``after`` must raise the line's likelihood by the
    margin, and must not be an example explained beside its reading. The chain's prior cost is
    not asked again: those stages accept a reading only on structural evidence of their own
    (valid multi-byte sequences, byte-aligned runs)."""
    from .model import model
    from .segment import MARGIN, beside

    if names_its_characters(text):
        return False
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    a, b = start - ls, end - ls
    new_line = line[:a] + after + line[b:]
    # the changed stretch only (another stage's edit may cover its whole line)
    a, z = changed_span(line, new_line)
    b, reading = len(line) - z, new_line[a : len(new_line) - z]
    m = model()
    lost = reading.replace("\ufffd", "")
    # a no-break space is a character recovered (``Â `` is U+00A0 read as cp1252, its second
    # byte shown as a space), not nothing: only ASCII white space is stripped
    if not lost.strip(" \t\r") or not all(m.known(ch) for ch in lost):
        return False  # nothing recovered, or characters nobody writes (private use, C1)
    gain = m.score(new_line) - m.score(line)
    pieces = _pieces(line, new_line, a, b, reading)
    # the characters replaced: the non-ASCII ones of the changed pieces (neither the ASCII
    # nor the clean letters between two repaired runs of a line are replaced)
    replaced = sum(1 for ra, rb, _ in pieces for ch in line[ra:rb] if ch >= "\x80")
    if gain < MARGIN * max(1, replaced):
        return False
    lines = text.split("\n") if len(text) < 1 << 16 else [line]
    i = text.count("\n", 0, ls) if len(lines) > 1 else 0
    if _reading_stands(reading, line[:a] + "\n" + line[b:]):
        return False  # the repair already stands in the line: an explanation
    if all(lone_mark(line, ra, rb, rafter) for ra, rb, rafter in pieces):
        return False  # marks named in prose (``displays as â€™,``): no evidence of damage
    if any(_example(line, ra, rb, rafter) for ra, rb, rafter in pieces):
        return False  # a garbled word given with its reading in the line: an example
    for ra, rb, rafter in pieces:
        near, share = _nearby(lines, i, ra, rb)
        if beside(rafter, near, line[ra:rb], text, share):
            return False
    return True


#: Longest line whose changed pieces are told apart (difflib is quadratic in the worst case).
PIECES_MAX = 4000


def _pieces(line: str, new_line: str, a: int, b: int, reading: str
            ) -> list[tuple[int, int, str]]:
    """The changed pieces ``(start, end, reading)`` of a line, each judged on its own."""
    if len(line) > PIECES_MAX:
        return [(a, b, reading)]
    from ...plan import changed_pieces

    return changed_pieces(line, new_line)
