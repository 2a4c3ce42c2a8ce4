"""The decision: which runs of a line to replace by which chain's reading, if any.

One rule for every chain, Western or CJK: a reading replaces the text as it is only when the
language model (:mod:`.model`) finds the line more likely by ``MARGIN`` nats per character it
replaces. Per line and chain:

1. :func:`.chains.cells` aligns the line with the chain's reading; touching cells form *runs*.
2. Each run's gain is the log-likelihood of its reading minus that of the text, both between
   the same neighbouring characters; the line's score is read from prefix sums of per-character
   scores computed once per line, so a run costs the length of its reading, and a line the sum
   of its runs (linear).
3. The runs that gain are kept; the chain is a candidate when their total gain covers the
   margin (:meth:`Choice.wins`). A run the chain cannot decode (U+FFFD) anywhere in the line
   means the chain would leave garble beside its repair: the chain is refused for the line.
   Except a *gap*: clean text beside the run that the chain cannot read (CJK text around a
   UTF-8 run read as GBK; a curly quote beside CJK under UTF-8 read as cp1252) stays as it is
   when the model finds it nearer the repaired text than the garble, per character.
4. The best chain wins. The chain's cost is its prior (:func:`prior`, by family: UTF-8,
   lossy, legacy, two layers; a rare code page's reading must also beat the common reading
   of the same bytes by ``COST_RARE``), paid once per document: a chain chosen
   by a confident line, or whose doubtful lines together gain their margins plus its cost,
   needs only the margin in the document's other lines (the stage's document prior).
5. A reading that already stands beside its run (the same line or the two lines either side)
   is an example being explained, not damage: the run is kept as it is.

Layers: a repaired line is looked at again (``MAX_LAYERS``), each layer passing the same rule.
A UTF-8 reading through a single-byte code page (the commonest outer layer: a garbled page
saved as UTF-8 and read as cp1252) is also read once more as a whole (:func:`_layered`): its
reading in between may be no text at all (a lenient decoder's kept byte is a C1 control
there; GBK garble beside Latin-1 garble is not likelier than it), so the two layers are one
candidate, a :class:`.chains.Layered` chain, scored on the line by the same rule with the
prior cost of both layers (:func:`prior`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .chains import _DBCS, _SINGLE, CHAINS, LOSSY_COST, RARE, Chain, Layered, cells
from .model import Model, model, script_of
from .screen import chains_for

#: A chain's reading of a line wins when it gains ``MARGIN`` nats per replaced character plus
#: the chain's prior cost: ``COST_UTF8`` when the reading is UTF-8 (valid multi-byte UTF-8 is
#: itself evidence: other bytes seldom form it), ``COST_LEGACY`` otherwise (any byte string is
#: valid single-byte text, so only the model speaks). Measured by a grid over the real corpus'
#: snippets (82 damaged lines, 1,340 clean or guard lines including the clean corpus of 16
#: languages; margins 2.5–5, costs 0–15 and 10–90) and then the 239 clean pages of chardet's
#: corpus (tests/test_real_pages.py): the smallest costs that change no clean page are
#: 15 and 60 (a rare Hangul pair reads as two-byte UTF-8 with a gain of 36; middle dots in
#: ``spec·ta·tor`` read as Mac Roman ``á`` with 52); they cost 3 damaged snippet lines.
MARGIN = 3.0
COST_UTF8 = 15.0
COST_LEGACY = 45.0
#: A rare code page's reading (:data:`.chains.RARE`) must beat the common one of the same
#: bytes (UTF-8 read as cp1252, every run counted) by this many nats, the log of how much
#: commoner cp1252 is as the wrong reader (see :func:`_rival`). Measured bounds: a German
#: ``Ã€`` (ä read as ISO-8859-15) reads 7.2 nats better as ISO-8859-15 than as cp1252;
#: ``â€œ`` named in prose reads 6.3 nats worse as ISO-8859-15's ``⤽`` than as cp1252's
#: quotation mark; any cost from 0 to 7 separates them, and the real corpus, its guards and
#: the clean texts are unchanged across it: the middle.
COST_RARE = 4.0
#: A reading that wins by this many times the margin and cost ends the search of its line:
#: on the generated sets and the real corpus no later chain ever beat such a reading, and the
#: search costs a third of the time.
STOP = 2.0
#: Layers of damage undone per line (UTF-8 → cp1252 → UTF-8 → GBK is two).
MAX_LAYERS = 3
#: A reading whose longest common stretch with nearby text covers this share of it stands
#: beside its run (an explanation quoting the damage).
BESIDE = 0.6
#: Characters a run must write where the chain's gaps are clean text (see ``_runs``): a
#: character of clean double-byte text reads as a two-byte UTF-8 letter by chance (里 of GBK
#: is ``Σ``), two in a row seldom; found on the spin set and chardet's clean pages.
GAP_RUN = 2
#: Lines either side searched for a run's reading.
NEARBY = 2


def prior(chain: Chain | Layered) -> float:
    """A chain's prior cost in nats, by family: ``COST_UTF8`` for a UTF-8 reading and for a
    lossy chain (a lossy chain reads only where the text shows a loss, U+FFFD or a character
    cut short: structural evidence, as valid UTF-8 is), ``COST_LEGACY`` for a legacy reading
    (any byte string is valid single-byte text: only the model speaks), and for two layers
    the sum of theirs (the damage happened twice; the priors multiply). Double-byte text read
    through a single-byte code page with bytes dropped is a legacy reading (no mark shows the
    loss; each inferred byte is charged on its own)."""
    if isinstance(chain, Layered):
        return prior(chain.inner) + prior(chain.outer)
    if chain.lossy and chain.wrong in _SINGLE and chain.right in _DBCS:
        return COST_LEGACY  # a legacy reading whose dropped bytes show no mark
    return COST_UTF8 if chain.right == "utf_8" or chain.lossy else COST_LEGACY


def _outer(chain: Chain) -> bool:
    """True for a chain that may be the outer layer of two: UTF-8 read through a single-byte
    code page (see :func:`_layered`)."""
    return chain.right == "utf_8" and chain.wrong in _SINGLE and not chain.lossy


@dataclass(frozen=True, slots=True)
class Run:
    """``line[start:end]`` reads ``after`` under ``chain``, gaining ``gain`` nats."""

    start: int
    end: int
    after: str
    chain: Chain
    gain: float
    #: One character standing alone (not inside a word), or a run reading as one mark that
    #: stands as a word: replaced with its line's chain, but no evidence for or against it (a
    #: list of symbols would otherwise read as letters; a mark named in prose is an example).
    alone: bool = False
    #: Characters inferred at lost bytes (lossy chains), each with the alternatives weighed.
    inferred: tuple[tuple[str, tuple[str, ...] | str], ...] = ()


@dataclass(frozen=True, slots=True)
class Choice:
    """The runs one chain would replace in one line and their total gain."""

    chain: Chain
    runs: tuple[Run, ...]
    gain: float
    replaced: int

    @property
    def per_char(self) -> float:
        return self.gain / self.replaced if self.replaced else -math.inf

    @property
    def cost(self) -> float:
        # a lossy chain reads only where the text shows a loss (U+FFFD, a character cut
        # short): structural evidence, as valid UTF-8 is
        return prior(self.chain)

    def wins(self, margin: float = MARGIN, prior: bool = False) -> bool:
        """The decision rule: the gain covers the chain's cost and the per-character margin.
        Where the document's confident lines already chose this chain (``prior``), its cost is
        paid: only the (lower) margin remains."""
        return self.gain >= margin * self.replaced + (0.0 if prior else self.cost)


def _runs(line: str, chain: Chain, m: Model, prefix: list[float], between: bool = False
          ) -> tuple[list[Run], list[tuple[int, int]]] | None:
    found = cells(line, chain)
    if not found:
        return None
    if not prefix:
        prefix.extend(m.prefix(line))  # once per line, for the first chain with a reading
    runs: list[Run] = []
    bad: list[tuple[int, int]] = []
    group: list[tuple[int, int, str]] = []
    gaps = ((chain.wrong in _DBCS or (chain.right == "utf_8" and chain.wrong in _SINGLE))
            and not chain.lossy and not _LOSS_MARK.search(line))

    def cell_gain(c: tuple[int, int, str]) -> float:
        prev = line[c[0] - 1] if c[0] else ""
        nxt = line[c[1]] if c[1] < len(line) else ""
        return m.score(c[2], prev, nxt) - m.score(line[c[0] : c[1]], prev, nxt)

    def close() -> None:
        # clean text beside a run may read as something under the chain (台 of GBK is a
        # combining mark in UTF-8): where gaps are clean text, an edge cell of a run that does
        # not gain on its own is not part of it
        trim = gaps and chain.wrong in _DBCS
        while trim and group and cell_gain(group[-1]) <= 0:
            group.pop()
        while trim and group and cell_gain(group[0]) <= 0:
            group.pop(0)
        if not group:
            return
        if (gaps and chain.wrong in _DBCS and len("".join(c[2] for c in group)) < GAP_RUN
                and not (between and _KEPT.search(line, group[0][0], group[-1][1]))
                and not _LEAD.search(line, group[0][0], group[-1][1])):
            # a character or two of clean text may read as one by chance (in a reading in
            # between two layers, a byte kept as its Latin-1 character is no clean text)
            group.clear()
            return
        a, b = group[0][0], group[-1][1]
        after = "".join(c[2] for c in group)
        if _JAMO.search(after):  # decomposed Hangul (a macOS file name): the syllables
            after = unicodedata.normalize("NFC", after)
        cells_of_run = list(group)
        group.clear()
        # one character standing alone, or a garbled sequence that reads as one punctuation
        # mark standing as a word (``displays as â€™,``): a mark named in prose, or a lone
        # dash, says nothing of the line by itself (an emoji or symbol does)
        alone = (b - a == 1 and len(after) == 1 and not _in_word(line, a, b)) or lone_mark(
            line, a, b, after)
        # a Latin-1 character no text writes (a C1 control, ``ª``) in an outer layer's reading
        # is a byte a lenient decoder kept: the reading is only a layer in between (_layered)
        if not all(m.known(ch) or (_outer(chain) and ch <= "\xff") for ch in after
                   if ch != "\ufffd") or _touches_garble(line, a, b, chain):
            bad.append((a, b))
            return
        prev = line[a - 1] if a else ""
        nxt = line[b] if b < len(line) else ""
        old = prefix[b] - prefix[a] + (m.logp(line[b - 1], nxt) if nxt else 0.0)
        new = m.score(after, prev, nxt) if after else (m.logp(prev, nxt) if nxt else 0.0)
        inferred: list = []
        if chain.lossy:
            for c in cells_of_run:
                cost, found = LOSSY_COST.pop((line, c[0]), (0.0, []))
                new -= cost
                inferred.extend(found)
        runs.append(Run(a, b, after, chain, new - old, alone, tuple(inferred)))

    # a lossy chain may turn a console's ``?`` into the U+FFFD of a loss it cannot rebuild
    marks = "\ufffd?" if chain.lossy else "\ufffd"
    # A double-byte code page's reading of clean CJK text around a run fails to decode as the
    # right codec, and so does a curly quote or dash beside CJK text under UTF-8 read as
    # cp1252 (a lone continuation byte; only such a mark, for a single-byte code page): that
    # text is a gap between runs, not garble left behind, when
    # the model finds it nearer the repaired runs than the garble they replace (per character,
    # nearer the repair's score than the garble's); nearer the garble, it is garble left
    # beside the repair (a character cut short, a loss) and the chain is refused for the
    # line. A line with a loss mark beside non-ASCII text is the lossy chains' (``gaps``).
    gap_cells: list[tuple[int, int]] = []
    for c in found:
        if gaps and (not all(m.known(ch) for ch in c[2]) or "\ufffd" in c[2]) and (
                chain.wrong in _DBCS or (c[1] - c[0] == 1 and script_of(line[c[0]]) == "gpunct")):
            close()  # clean text the chain cannot read: it stays as it is (judged below)
            gap_cells.append((c[0], c[1]))
            continue
        if c[2].count("\ufffd") > sum(line[c[0]:c[1]].count(k) for k in marks):
            close()
            bad.append((c[0], c[1]))
            continue
        if group and group[-1][1] != c[0]:
            close()
        group.append(c)
    close()
    if gap_cells and runs:
        written = sum(len(r.after) for r in runs)
        repaired = sum(m.score(r.after, line[r.start - 1] if r.start else "") for r in runs)
        garbled = sum(prefix[r.end] - prefix[r.start] for r in runs)
        replaced = sum(r.end - r.start for r in runs)
        kept = sum(prefix[b] - prefix[a] for a, b in gap_cells)
        size = sum(b - a for a, b in gap_cells)
        if size and written and replaced and (
                kept / size < (repaired / written + garbled / replaced) / 2):
            bad.extend(gap_cells)
    return runs, bad


#: A Latin-1 letter of UTF-8's lead bytes (0xC3-0xEF) before a double-byte character: a
#: byte a lenient double-byte decoder kept where it formed no pair, then the pair of the
#: continuation bytes; clean text does not write it (see _runs).
_LEAD = re.compile("[\u00c3-\u00ef][^\u0000-\u00ff]")
#: A Latin-1 character, a byte a lenient double-byte decoder may have kept (see _runs).
_KEPT = re.compile("[\u0080-\u00ff]")
#: Conjoining Hangul jamo: a reading in them is decomposed Hangul (NFD, as macOS file systems
#: store names), composed before it is scored and written.
_JAMO = re.compile("[\u1100-\u11ff]")
#: A loss beside non-ASCII text: U+FFFD, or a console's ``?`` touching a non-ASCII character.
_LOSS_MARK = re.compile("\ufffd|[^\x00-\x7f]\\?|\\?[^\x00-\x7f]")


#: UTF-8 read as cp1252 or Latin-1: a lead byte's letter (0xC2-0xF4) and a continuation
#: byte's character (0x80-0xBF) after it. Left beside a strict chain's repair, it is garble the
#: repair did not read (see :func:`choices`); clean text holds it too (``é»`` in French), which
#: only costs that line the early end of the search.
_UTF8_LEFT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]")


def lone_mark(line: str, a: int, b: int, after: str) -> bool:
    """True when the garbled sequence ``line[a:b]`` reads as one quotation mark standing as a
    word (``displays as â€™,``): quotes and apostrophes hold on to words, so one standing
    alone is a mark named in prose, no evidence of damage by itself (a lone dash, bullet,
    emoji or other symbol is used so and is evidence)."""
    core = after.strip()
    return (b - a > 1 and len(core) == 1 and unicodedata.category(core) in ("Pi", "Pf")
            and not _in_word(line, a, b))


def _in_word(line: str, a: int, b: int) -> bool:
    return (a > 0 and line[a - 1].isalpha()) or (b < len(line) and line[b].isalpha())


def _touches_garble(line: str, a: int, b: int, chain: Chain) -> bool:
    """True when the run ``line[a:b]`` touches a symbol its chain cannot read: the repair
    would leave part of a garbled stretch beside it (a table of code page glyphs, a lossy
    run)."""
    from .chains import KEPT, char_bytes

    sloppy = KEPT if chain.right == "utf_8" and chain.wrong in _DBCS else 0

    for k in (a - 1, b):
        if 0 <= k < len(line):
            ch = line[k]
            if (ch >= "\x80" and script_of(ch) in _GARBLE_CLASSES
                    and char_bytes(ch, chain.wrong, sloppy) is None):
                return True
    return False


_GARBLE_CLASSES = frozenset(("symbol", "bad"))


@lru_cache(maxsize=1 << 12)
def choices(line: str, layers: bool = True) -> tuple[Choice, ...]:
    """Every chain's best set of runs for ``line``, best first (with ``layers``, two-layer
    readings too: :func:`_layered`). A pure function of the line: remembered, since the
    engine runs the stages again over lines no stage changed."""
    m = model()
    prefix: list[float] = []
    out: list[Choice] = []
    between: list[Choice] = []
    sure: str | None = None
    garble = ""  # the characters the sure reading replaced
    for chain in chains_for(line, CHAINS):  # those that may read the line (exact screen)
        if sure is not None and _reader(chain) != sure and not _shows(garble, chain):
            continue
        got = _runs(line, chain, m, prefix, not layers)
        if got is None:
            continue
        runs, bad = got
        keep = tuple(r for r in runs if r.gain > 0)
        if not keep:
            continue
        if bad:
            continue  # the repair would leave garble the chain cannot read in the line
        gain = sum(r.gain for r in keep if not r.alone)
        replaced = sum(r.end - r.start for r in keep if not r.alone)
        if not replaced:
            continue
        if chain.wrong in RARE and gain - _rival(line, m, prefix) < COST_RARE:
            continue  # the common code page explains the same bytes nearly as well
        choice = Choice(chain, keep, gain, replaced)
        if _outer(chain) and any(not m.known(ch) for r in keep for ch in r.after
                                 if ch != "\ufffd"):
            between.append(choice)  # a reading in between: only a layer (see _layered)
            continue
        out.append(choice)
        if sure is None and choice.wins(STOP * MARGIN) and (
                gain >= STOP * (MARGIN * replaced + choice.cost)) and (
                chain.lossy or not (_LOSS_MARK.search(line)
                                    or _UTF8_LEFT.search(apply(line, keep)))):
            # A reading this sure ends the search (chains come commonest first), but only
            # after the chains that read the same bytes as another encoding: they share the
            # garble, so the model, not the table's order, chooses between them (EUC-JP and
            # GBK both read kana from Latin-1 garble; the first is right for Japanese). A line
            # that shows a loss a strict chain cannot read goes on to the lossy chains, and so
            # does one whose reading leaves UTF-8 garble beside its runs (a character that
            # lost a byte no mark shows: the strict chain read only the whole ones).
            sure = _reader(chain)
            garble = "".join(sorted({ch for r in keep for ch in line[r.start : r.end]
                                     if ch >= "\x80"}))
    if layers:
        out.extend(_layered(line, out + between, m))
    out.sort(key=lambda c: -c.gain)
    return tuple(out)


def _layered(line: str, found: list[Choice], m: Model) -> list[Choice]:
    """The two-layer readings of ``line``: the best outer-layer choice (UTF-8 read through a
    single-byte code page) among ``found``, read again by the chain that wins on its reading
    in between; and each double-byte outer layer's whole reading in between, read again by
    UTF-8 read through a single-byte code page (:mod:`.layers`: UTF-8 → cp1252 → UTF-8 →
    GBK). The pair is one candidate, a run over the changed stretch, whose gain is the whole
    line's (the reading in between is never scored as text) and whose cost is both layers'
    (:func:`prior`); the inner layer must win on its own reading by the same rule and leave
    no kept byte (C1 control) that the line did not hold."""
    from . import layers

    out: list[Choice] = []
    outer = max((c for c in found if _outer(c.chain)), key=lambda c: c.gain, default=None)
    if outer is not None:
        mid = apply(line, outer.runs)
        inferred = tuple(i for r in outer.runs for i in r.inferred)
        got = _pair(line, mid, outer.chain, outer.replaced, inferred, m)
        out.extend(got)
    if layers.suspicious(line):
        allowed = {c.name for c in chains_for(line, layers.OUTER)}
        for chain, mid, replaced in layers.readings(line, allowed):
            out.extend(_pair(line, mid, chain, replaced, (), m, layers.inner_ok))
            if out:
                break  # the commonest code page that reads it (GBK before its superset)
    return out


def _pair(line: str, mid: str, outer: Chain, replaced: int, inferred: tuple, m: Model,
          inner_ok: object = None) -> list[Choice]:
    """The candidate of two layers: ``mid`` (``line`` with the ``outer`` layer undone) read by
    the inner chain that wins on it (of those ``inner_ok`` accepts), or none."""
    from ...plan import changed_span

    if mid.isascii():
        return []
    inner = next((c for c in choices(mid, layers=False) if c.wins() and (
        inner_ok is None or inner_ok(c.chain))), None)  # type: ignore[operator]
    if inner is None:
        return []
    final = apply(mid, inner.runs)
    chain = Layered(inner.chain, outer)
    a, z = changed_span(line, final)
    if not all(m.known(ch) for ch in final[a : len(final) - z] if ch != "\ufffd"):
        return []  # a kept byte left over: the layers do not account for the line
    gain = m.score(final) - m.score(line)
    inferred = (*inferred, *(i for r in inner.runs for i in r.inferred))
    run = Run(a, len(line) - z, final[a : len(final) - z], chain, gain, False, inferred)
    return [Choice(chain, (run,), gain, replaced)]


def _rival(line: str, m: Model, prefix: list[float]) -> float:
    """The gain of the common reading (UTF-8 read as cp1252) of ``line``, every run counted,
    even one a quotation mark named in prose: a rare code page's reading (:data:`.chains.RARE`)
    of the same bytes must beat it by the difference of their priors (``COST_RARE``)."""
    got = _runs(line, CHAINS[0], m, prefix)
    return sum(r.gain for r in got[0] if r.gain > 0) if got else 0.0


def _shows(garble: str, chain: Chain) -> bool:
    """True when ``chain``'s wrong code page has every character of ``garble`` (the
    characters a sure reading replaced): it may have written the same garble from other
    bytes, and the model, not the table's order, chooses between the two (``ĂĄ`` is ``á``
    read as ISO-8859-2 and ``å`` read as cp1250: both pages show ``Ă`` and ``Ą``)."""
    from .chains import char_bytes

    return bool(garble) and not chain.lossy and all(
        char_bytes(ch, chain.wrong) is not None for ch in garble)


def _reader(chain: Chain) -> str:
    """The bytes a chain starts from: the code page that wrongly decoded them (Latin-1 and
    cp1252 give the same bytes for the same text; UTF-16's two byte orders read the same
    characters, and the model chooses between them)."""
    if chain.wrong.startswith("utf_16"):
        return "utf_16"
    return "cp1252" if chain.wrong == "latin_1" else chain.wrong


def apply(line: str, runs: tuple[Run, ...]) -> str:
    parts = []
    pos = 0
    for r in sorted(runs, key=lambda r: r.start):
        parts.append(line[pos : r.start])
        parts.append(r.after)
        pos = r.end
    parts.append(line[pos:])
    return "".join(parts)


def beside(after: str, nearby: str, before: str = "", document: str = "",
           share: float = BESIDE) -> bool:
    """True when ``share`` of ``after`` (a run's reading) already stands in ``nearby``, or
    when the ``document`` names a character of the run ``before`` by its code point
    (``U+00C3``): the text explains the damage."""
    if "U+" in document or "u+" in document:
        for ch in set(before):
            if ch >= "\x80" and (f"U+{ord(ch):04X}" in document
                                  or f"u+{ord(ch):04x}" in document):
                return True
    core = after.strip()
    if not core or core.isascii() or (share >= 1 and len(core) < 2):
        return False  # one letter standing somewhere in its own line says nothing
    need = max(1, math.ceil(share * len(core)))
    for i in range(len(core) - need + 1):
        if core[i : i + need] in nearby:
            return True
    return False


__all__ = ["MARGIN", "Choice", "Run", "apply", "beside", "choices", "script_of"]
