"""``textfix explain``: each problem shown in context (CLI presentation, rich).

For each finding: where it is, the source line with the damaged text highlighted, the
evidence, and the repair that is applied (before → after). On a terminal rich colours it; in a
pipe the same text comes out plain.
"""

from __future__ import annotations

from typing import IO

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
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, soft_wrap=True, highlight=False, emoji=False)
    from .lines import split_lines

    # the lines line numbers count (\n only), so U+2028 or a form feed is not a line break
    source_lines = [line.rstrip("\r\n") for line in split_lines(result.source_text)]
    if not result.findings:
        console.print(Text(f"{name}: no problems found (encoding {result.encoding})"))
        return
    console.print(Text(f"{name}: {plural(len(result.findings), 'finding')} "
                       f"(encoding {result.encoding})", style="bold"))
    for f in result.findings:
        info = CODE_INFO[f.code]
        head = Text()
        head.append(f"\n{name}:{f.line}:{f.col} ", style="dim")
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
