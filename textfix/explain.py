"""``textfix explain``: each problem shown in context (CLI presentation, rich).

For each finding: where it is, the source line with the damaged text highlighted, the
evidence, and the repair that is applied (before → after). On a terminal rich colours it; in a
pipe the same text comes out plain.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain
from typing import IO, Any

from .codes import CODE_INFO
from .models import Change, Finding, Result
from .report import plural

#: How many changes to show under one finding before summarising the rest.
MAX_CHANGES = 5
CONTEXT = 40


def _changes_for(finding: Finding, changes: tuple[Change, ...]) -> list[Change]:
    if finding.start == finding.end == 0:
        return []
    return [c for c in changes
            if c.code == finding.code and finding.start <= c.start <= max(finding.end - 1,
                                                                          finding.start)]


def _excerpt(line: str, needle: str, col: int) -> tuple[str, int, int]:
    """A window of ``line`` around the finding at column ``col``: (text, hl_start, hl_end).

    The highlight starts at the finding's column: ``needle`` (the damaged text a change
    replaced) where it stands at or nearest after that column, else the one character there;
    an earlier copy of the same text on the line is not the finding's.
    """
    at = max(min(col - 1, len(line)), 0)
    if needle and not line.startswith(needle, at):
        found = line.find(needle, at)
        if found < 0:
            needle = ""
        else:
            at = found
    width = len(needle) if needle else min(1, len(line) - at)
    lo = max(at - CONTEXT, 0)
    hi = min(at + width + CONTEXT, len(line))
    prefix = "…" if lo else ""
    suffix = "…" if hi < len(line) else ""
    text = prefix + line[lo:hi] + suffix
    start = len(prefix) + at - lo
    return text, start, start + width


def render(name: str, result: Result, out: IO[str]) -> None:
    """Write the explanation of ``result`` (of the file ``name``) to ``out``."""
    render_stream(name, iter((result,)), out)


def render_stream(name: str, results: Iterator[Result], out: IO[str]) -> bool:
    """Write the explanation of the file ``name`` from its ``results`` (the pieces of
    :func:`textfix.repair.repair_stream`, in order) to ``out``, each piece's findings as it
    comes, in the whole file's line numbers; whether any finding is fixable.

    One piece is explained under a heading that counts its findings; the findings of many
    pieces cannot be counted before they are shown, so the count comes after them.
    """
    from rich.console import Console
    from rich.text import Text

    from .lines import line_count

    console = Console(file=out, soft_wrap=True, highlight=False, emoji=False)
    first = next(results)
    second = next(results, None)
    if second is None:
        if not first.findings:
            console.print(Text(f"{name}: no problems found (encoding {first.encoding})"))
            return False
        console.print(Text(f"{name}: {plural(len(first.findings), 'finding')} "
                           f"(encoding {first.encoding})", style="bold"))
        _findings(console, name, first, 0)
        return any(f.fixable for f in first.findings)
    count, fixable, offset = 0, False, 0
    for result in chain((first, second), results):
        _findings(console, name, result, offset)
        count += len(result.findings)
        fixable = fixable or any(f.fixable for f in result.findings)
        offset += line_count(result.source_text)
    found = plural(count, "finding") if count else "no problems found"
    if count:
        console.print()
    console.print(Text(f"{name}: {found} (encoding {first.encoding})",
                       style="bold" if count else ""))
    return fixable


def _findings(console: Any, name: str, result: Result, offset: int) -> None:
    """Each finding of ``result`` in context; its lines shown ``offset`` lines further on
    (the lines of the input's earlier pieces)."""
    from rich.text import Text

    from .lines import split_lines

    # the lines line numbers count (\n only), so U+2028 or a form feed is not a line break
    source_lines = [line.rstrip("\r\n") for line in split_lines(result.source_text)]
    for f in result.findings:
        info = CODE_INFO[f.code]
        head = Text()
        shown = f.line + offset if f.line > 0 else f.line
        head.append(f"\n{name}:{shown}:{f.col} ", style="dim")
        head.append(f"{f.code} {info.name}", style="bold red" if f.fixable else "bold yellow")
        head.append(f"  {f.message}")
        console.print(head)
        matched = _changes_for(f, result.changes)
        if 1 <= f.line <= len(source_lines):
            needle = matched[0].before.rstrip("\r\n") if matched else ""
            text, a, b = _excerpt(source_lines[f.line - 1], needle, f.col)
            line = Text("    │ ", style="dim")
            line.append(text[:a])
            line.append(text[a:b], style="reverse")
            line.append(text[b:])
            console.print(line)
        if f.evidence:
            console.print(Text(f"    evidence: {f.evidence}", style="cyan"))
        for c in matched[:MAX_CHANGES]:
            change = Text("    repair:   ", style="green")
            change.append(repr(c.before.rstrip("\r\n")))
            change.append(" → ")
            change.append(repr(c.after) if c.after else "(deleted)")
            console.print(change)
        if len(matched) > MAX_CHANGES:
            console.print(Text(f"    … and {plural(len(matched) - MAX_CHANGES, 'more change')}",
                               style="green"))
        if not f.fixable:
            console.print(Text("    not repaired: reported only", style="yellow"))
