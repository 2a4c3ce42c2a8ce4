"""The repair engine: decode, run every damage module in order, record the plan.

Each stage sees the text the previous one produced; its findings, changes, removed lines and
metadata are gathered into one :class:`~textfix.models.Result`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import replace
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


def repair(data: bytes | str, config: Config | None = None, *,
           templates: frozenset[str] | None = None) -> Result:
    """Repair ``data`` (bytes are decoded first) and return the clean text and its record.

    ``templates`` are a batch's template lines (see :func:`textfix.templates.find`); the
    boilerplate stage removes them from the head and tail of the page like its own rules' lines.

    >>> repair("8月12日,会议在邹平召开。").text
    '8月12日，会议在邹平召开。'
    >>> repair("Hello, world.").changed
    False
    """
    cfg = config or DEFAULT
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
    from .damage.boilerplate import split_lines

    changes: list[Change] = []
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
            if origin is None:
                findings.extend(outcome.findings)
            else:
                findings.extend(_later(outcome.findings, origin, findings))
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
    return Result(
        text=text,
        encoding=encoding,
        source_text=ctx.source,
        findings=tuple(findings),
        changes=tuple(changes),
        removed=tuple(removed),
        metadata=metadata,
    )


def _later(found: tuple[Finding, ...], origin: list[int], earlier: list[Finding]
           ) -> list[Finding]:
    """Findings made on a text that has lost lines, with their lines in the source's numbers
    (``origin``), less those reported already: a report-only finding (``M103``) is found
    again in every pass, on the same source line."""
    if not found:
        return []
    last = len(origin)
    seen = {(f.code, f.line, f.col, f.message, f.evidence) for f in earlier}
    out = []
    for f in found:
        # a finding at the very end of a text that ends with a line break is on the line after
        line = origin[f.line - 1] + 1 if f.line <= last else f.line - last + origin[-1] + 1 \
            if origin else f.line
        if (f.code, line, f.col, f.message, f.evidence) not in seen:
            out.append(replace(f, line=line) if line != f.line else f)
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
