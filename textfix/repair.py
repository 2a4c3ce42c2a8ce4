"""The repair engine: decode, run every damage module in order, record the plan.

Each stage sees the text the previous one produced; its findings, changes, removed lines and
metadata are gathered into one :class:`~textfix.models.Result`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import BinaryIO

from .charclass import LineIndex
from .config import DEFAULT, Config
from .damage import ORDER
from .damage.base import Context
from .decoding import decode
from .models import NO_METADATA, Change, Finding, RemovedLine, Result

#: The stage that removes lines; the others only edit within lines.
BOILERPLATE = "boilerplate"
#: Most passes of the text stages over one text (see :func:`_run`).
MAX_PASSES = 4


_STAGES: dict[str, ModuleType] = {}


def _stage(name: str) -> ModuleType:
    """The damage module ``name``, imported on first use (clean text never needs some)."""
    module = _STAGES.get(name)
    if module is None:
        module = _STAGES[name] = importlib.import_module(f"textfix.damage.{name}")
    return module


def repair(data: bytes | str | os.PathLike[str], config: Config | None = None, *,
           templates: frozenset[str] | None = None) -> Result:
    """Repair ``data`` and return the clean text and its record.

    ``bytes`` are decoded first (the character-set stage); a ``str`` is the text itself,
    never a file name; a path (``pathlib.Path`` or any ``os.PathLike``) is read as a file's
    bytes (:class:`~textfix.errors.InputError` when it cannot be read).

    ``templates`` are a batch's template lines (see :func:`textfix.templates.find`); the
    boilerplate stage removes them from the head and tail of the page like its own rules' lines.

    >>> repair("8月12日,会议在邹平召开。").text
    '8月12日，会议在邹平召开。'
    >>> repair("Hello, world.").changed
    False
    """
    cfg = config or DEFAULT
    if isinstance(data, os.PathLike):
        from .files import read_bytes

        data = read_bytes(Path(data))
    elif isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    elif not isinstance(data, (bytes, str)):
        raise TypeError(f"repair() takes bytes, str or a path, not {type(data).__name__}")
    if isinstance(data, str):
        text, encoding = data, "unicode"
        findings: list[Finding] = []
    else:
        decoded = decode(data, cfg)
        text, encoding, findings = decoded.text, decoded.encoding, list(decoded.findings)
    text = _without_boms(text, findings)
    return _run(text, encoding, findings, Context(cfg, text, templates or frozenset()))


def _without_boms(text: str, findings: list[Finding]) -> str:
    """``text`` less the byte-order marks left at its start (a text given as str, or a BOM
    written twice), each run of them reported: all of them go, so that repairing the result
    finds none."""
    if not text.startswith("\ufeff"):
        return text
    from .codes import Code

    count = len(text) - len(text.lstrip("\ufeff"))
    findings.append(Finding(Code.BOM, 1, 1, "byte-order mark U+FEFF"
                            + (f" × {count}" if count > 1 else ""), evidence="U+FEFF"))
    return text[count:]


def _run(text: str, encoding: str, findings: list[Finding], ctx: Context) -> Result:
    """Run every damage module over ``text`` (the decoded ``ctx.source``), to a fixed point.

    Stages weigh evidence over the whole text (is punctuation folded? is it spun? which runs
    are mojibake? where does the body start?), and one repair can reveal the next: a layer of
    mojibake peeled off shows another, a fullwidth ``！`` in a removed footer is no evidence
    about the article, a line repaired is recognised as chrome. So while a pass changed the
    text, every stage runs again over what is left, at most :data:`MAX_PASSES` times in all;
    repairing a repaired text then changes nothing. Later passes see, as their source, the
    surviving source lines, so removed lines are still recorded verbatim with their source
    line numbers.
    """
    from .lines import split_lines

    changes: list[Change] = []
    # Every step's changes so far, with the offsets they were recorded with: the way back
    # from any stage's text to the source, for the findings' lines and columns.
    steps: list[tuple[Change, ...]] = []
    removed: list[RemovedLine] = []
    metadata = NO_METADATA
    # The source line of each line of ``text``, once a stage has removed lines (None before).
    origin: list[int] | None = None
    pass_ctx, passes, before = ctx, 0, None
    while text != before and passes < MAX_PASSES:
        before, passes = text, passes + 1
        if passes > 1:
            # The script is converted once, in the first pass: OpenCC's t2s is not idempotent
            # on Simplified text (显著 would become 显着).
            source = ctx.source
            if origin is not None:
                source_lines = split_lines(ctx.source)
                source = "".join(source_lines[k] for k in origin)
            pass_ctx = replace(ctx, source=source, config=ctx.config.with_changes(script="keep"),
                               segment=False)
        for name in ORDER:
            outcome = _stage(name).run(text, pass_ctx)
            if steps or passes > 1:
                findings.extend(_in_source(outcome.findings, text, steps, ctx.source,
                                           findings))
            else:
                findings.extend(outcome.findings)
            if outcome.changes:
                steps.append(outcome.changes)
            step_changes = outcome.changes
            if passes > 1:  # a pass of its own in the plan: offsets refer to its own text
                step_changes = tuple(replace(c, step=f"{c.step}#{passes}") for c in step_changes)
            changes.extend(step_changes)
            if outcome.removed or name == BOILERPLATE and outcome.changes:
                if origin is None:
                    origin = list(range(len(split_lines(ctx.source))))
                index = LineIndex(text)
                gone = {index.line_col(c.start)[0] - 1 for c in outcome.changes}
                removed.extend(replace(r, line=origin[r.line - 1] + 1) for r in outcome.removed)
                origin = [k for i, k in enumerate(origin) if i not in gone]
            text = outcome.text
            metadata = metadata.merged(outcome.metadata)
    if removed:
        findings = _quoting_source(findings, removed)
    return Result(
        text=text,
        encoding=encoding,
        source_text=ctx.source,
        findings=tuple(findings),
        changes=tuple(changes),
        removed=tuple(removed),
        metadata=metadata,
    )


def _offsets(text: str, found: tuple[Finding, ...]) -> list[int]:
    """The offsets in ``text`` of the findings' (line, col)."""
    out = [0] * len(found)
    line, start = 1, 0
    for i in sorted(range(len(found)), key=lambda k: found[k].line):
        f = found[i]
        while line < f.line:
            nl = text.find("\n", start)
            if nl < 0:
                break
            start, line = nl + 1, line + 1
        out[i] = min(start + max(f.col, 1) - 1, len(text))
    return out


def _in_source(found: tuple[Finding, ...], text: str, steps: list[tuple[Change, ...]],
               source: str, earlier: list[Finding]) -> list[Finding]:
    """Findings a stage made on ``text`` (the source after ``steps``), located in the source:
    the line and column of the source character they are about, whatever earlier steps
    inserted, removed or replaced before it (a column on a de-spun line would otherwise be
    the de-spun text's). A report-only finding reported already at the same place (a later
    pass finds ``M103`` again) is dropped."""
    if not found:
        return []
    from .plan import undo_offsets

    offsets = _offsets(text, found)
    for step in reversed(steps):
        offsets = undo_offsets(offsets, step)
    index = LineIndex(source)
    located = sorted(range(len(found)), key=offsets.__getitem__)
    places = [(0, 0)] * len(found)
    for i in located:
        places[i] = index.line_col(offsets[i])
    seen = {(f.code, f.line, f.col, f.evidence) for f in earlier if not f.fixable}
    out = []
    for i, f in enumerate(found):
        line, col = places[i]
        if not f.fixable and (f.code, line, col, f.evidence) in seen:
            continue
        out.append(replace(f, line=line, col=col) if (line, col) != (f.line, f.col) else f)
    return out


def _quoting_source(findings: list[Finding], removed: list[RemovedLine]) -> list[Finding]:
    """Findings about removed lines quote the line as it stands in the source, not as the
    earlier repairs left it (which the rules matched)."""
    by_line = {r.line: r for r in removed if r.source.strip() != r.repaired.strip()}
    if not by_line:
        return findings
    out = []
    for f in findings:
        r = by_line.get(f.line)
        if r is not None and str(f.code).startswith("B"):
            repaired, source = r.repaired.strip(), r.source.strip()
            at = f.message.find(repaired[:8]) if repaired else -1
            quote = f.message[at:] if at >= 0 else ""
            if quote and repaired.startswith(quote):  # the whole line, or its first part
                size = len(source) if quote == repaired else len(quote)
                f = replace(f, message=f.message[:at] + source[:size])
            elif repaired in f.message:
                f = replace(f, message=f.message.replace(repaired, source))
        out.append(f)
    return out


#: Pieces of a streamed document are about this large (bytes).
CHUNK_BYTES = 128 << 10
#: Each piece keeps at least this much after it unread, so that the last piece, which holds
#: the document's tail block, is never a sliver (tail chrome is far shorter than this).
TAIL_WINDOW = 32 << 10


def _cut(buffer: bytes, keep: int) -> int:
    """Where to end a piece of ``buffer``: after a paragraph break, else a line break, leaving
    at least ``keep`` bytes; 0 when there is no such place."""
    limit = len(buffer) - keep
    if limit <= 0:
        return 0
    at = buffer.rfind(b"\n\n", 0, limit)
    if at >= limit // 2:
        return at + 2
    at = buffer.rfind(b"\n", 0, limit)
    return at + 1 if at >= 0 else 0


def repair_stream(stream: BinaryIO, config: Config | None = None, *,
                  chunk_bytes: int = CHUNK_BYTES) -> Iterator[Result]:
    """Repair a large input piece by piece, so memory stays flat whatever its size.

    Pieces end at paragraph (else line) breaks. The first piece decides the encoding (UTF-8
    pieces are still decoded run by run); only the first piece may lose head chrome and only
    the last tail chrome. An input smaller than ``chunk_bytes`` gives exactly one result,
    identical to :func:`repair`. Each result's line numbers count from its own piece.
    UTF-16/32 input (whose line breaks are two or four bytes) is read whole.
    """
    cfg = config or DEFAULT
    buffer = stream.read(chunk_bytes + TAIL_WINDOW)
    more = stream.read(1)
    if not more:
        yield repair(buffer, cfg)
        return
    buffer += more
    if buffer.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\0" in buffer[:4096]:
        yield repair(buffer + stream.read(), cfg)  # UTF-16/32, or binary (refused by decode)
        return
    piece_cfg, head = cfg, True
    while True:
        block = stream.read(chunk_bytes)
        buffer += block
        at_end = not block
        cut = len(buffer) if at_end else _cut(buffer, TAIL_WINDOW)
        if not cut:
            continue
        piece, buffer = buffer[:cut], buffer[cut:]
        decoded = decode(piece, piece_cfg)
        if head and decoded.encoding not in ("utf-8", "ascii"):
            # The first piece decided the encoding; later pieces are decoded with it.
            piece_cfg = cfg.with_changes(encoding=decoded.encoding.removesuffix("-sig"))
        findings = list(decoded.findings)
        text = _without_boms(decoded.text, findings) if head else decoded.text
        ctx = Context(cfg, text, head=head, tail=at_end)
        yield _run(text, decoded.encoding, findings, ctx)
        head = False
        if at_end:
            return
