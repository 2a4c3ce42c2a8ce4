"""``textfix explain``: each problem shown in context (CLI presentation, rich).

For each finding: where it is, the source line with the damaged text highlighted, the
evidence, and the repair that is applied (before → after). On a terminal rich colours it; in a
pipe the same text comes out plain.
"""

from __future__ import annotations

from typing import IO

from .codes import CODE_INFO
from .models import Change, Finding, Result

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
    """A window of ``line`` around ``needle`` (or column ``col``): (text, hl_start, hl_end)."""
    at = line.find(needle) if needle else -1
    if at < 0:
        at, needle = max(col - 1, 0), ""
    lo = max(at - CONTEXT, 0)
    hi = min(at + len(needle) + CONTEXT, len(line))
    prefix = "…" if lo else ""
    suffix = "…" if hi < len(line) else ""
    text = prefix + line[lo:hi] + suffix
    start = len(prefix) + at - lo
    return text, start, start + len(needle)


def render(name: str, result: Result, out: IO[str]) -> None:
    """Write the explanation of ``result`` (of the file ``name``) to ``out``."""
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, soft_wrap=True, highlight=False, emoji=False)
    source_lines = result.source_text.splitlines()
    if not result.findings:
        console.print(Text(f"{name}: no problems found (encoding {result.encoding})"))
        return
    console.print(Text(f"{name}: {len(result.findings)} findings (encoding {result.encoding})",
                       style="bold"))
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
            console.print(Text(f"    … and {len(matched) - MAX_CHANGES} more changes",
                               style="green"))
        if not f.fixable:
            console.print(Text("    not repaired: reported only", style="yellow"))
