"""Showing a batch's progress: a rich progress bar on a terminal, plain lines otherwise.

This is the CLI's side of :class:`textfix.batch.Listener` (the library never prints), so it is
the one place besides the CLI that imports rich. On a terminal the bar shows files, bytes,
rate, time left and problems found; when standard error is a pipe or a log file a plain line
says the same every few seconds, so CI logs stay short and readable. Skipped and failed files
are always named, one line each.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import IO, Any

from .batch import Outcome, Summary
from .codes import CODE_INFO, Code
from .report import plural

#: Seconds between plain progress lines.
INTERVAL = 5.0


def _size(n: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000
    return f"{n:.1f} GB"  # pragma: no cover


def _eta(seconds: float) -> str:
    s = int(seconds + 0.5)
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def _problem(outcome: Outcome) -> str:
    return f"textfix: {outcome.status}: {outcome.source}: {outcome.message}\n"


class PlainProgress:
    """Periodic one-line reports on a stream that is not a terminal.

    ``clock`` is injectable so tests can drive time; a line is written when a pass starts,
    every ``interval`` seconds while it runs, and when it ends.
    """

    def __init__(self, stream: IO[str], interval: float = INTERVAL,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream, self.interval, self.clock = stream, interval, clock
        self.name, self.total_files, self.total_size = "", 0, 0
        self.files = self.size = self.findings = 0
        self.started = self.last = 0.0

    def phase(self, name: str, files: int, size: int) -> None:
        self.name, self.total_files, self.total_size = name, files, size
        self.files = self.size = self.findings = 0
        self.started = self.last = self.clock()
        self.stream.write(f"textfix: {name}: {plural(files, 'file')}, {_size(size)}\n")
        self.stream.flush()

    def advance(self, files: int, size: int, findings: int = 0) -> None:
        self.files += files
        self.size += size
        self.findings += findings
        now = self.clock()
        if now - self.last >= self.interval or self.files == self.total_files:
            self.last = now
            self.stream.write(self.line(now) + "\n")
            self.stream.flush()

    def line(self, now: float) -> str:
        """``textfix: archive 1200/2000 files, 3.4/5.6 MB, 410 files/s, ETA 0:02, 5321 findings``."""
        elapsed = max(now - self.started, 1e-9)
        rate = self.files / elapsed
        left = (self.total_files - self.files) / rate if rate > 0 else 0.0
        text = (f"textfix: {self.name} {self.files}/{plural(self.total_files, 'file')}, "
                f"{_size(self.size)}/{_size(self.total_size)}, {rate:.0f} files/s, "
                f"ETA {_eta(left)}")
        if self.name == "archive":
            text += f", {plural(self.findings, 'finding')}"
        return text

    def done(self, outcome: Outcome) -> None:
        if outcome.status in ("skipped", "failed"):
            self.stream.write(_problem(outcome))

    def close(self) -> None:
        self.stream.flush()


class RichProgress:
    """A rich progress bar (files, bytes, rate, time left, findings) on a terminal."""

    def __init__(self, stream: IO[str]) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = Console(file=stream)
        self.progress = Progress(
            TextColumn("[bold]{task.description:>7}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[size]}"),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[findings]}"),
            console=self.console,
            transient=False,
        )
        self.progress.start()
        self.task: Any = None
        self.size = self.total_size = self.findings = 0
        self.started = time.monotonic()
        self.name = ""

    def phase(self, name: str, files: int, size: int) -> None:
        if self.task is not None:
            self.progress.update(self.task, completed=self.progress.tasks[-1].total)
        self.name = name
        self.size, self.total_size, self.findings = 0, size, 0
        self.started = time.monotonic()
        self.task = self.progress.add_task(name, total=files, size="", rate="", findings="")

    def advance(self, files: int, size: int, findings: int = 0) -> None:
        self.size += size
        self.findings += findings
        done = self.progress.tasks[-1].completed + files
        rate = done / max(time.monotonic() - self.started, 1e-9)
        self.progress.update(
            self.task, advance=files,
            size=f"{_size(self.size)}/{_size(self.total_size)}",
            rate=f"{rate:.0f} files/s",
            findings=plural(self.findings, "finding") if self.name == "archive" else "")

    def done(self, outcome: Outcome) -> None:
        if outcome.status in ("skipped", "failed"):
            colour = "yellow" if outcome.status == "skipped" else "red"
            self.console.print(f"[{colour}]{outcome.status}[/]: {outcome.source}: "
                               f"{outcome.message}", markup=True, highlight=False)

    def close(self) -> None:
        self.progress.stop()


def listener(stream: IO[str], interval: float = INTERVAL) -> PlainProgress | RichProgress:
    """A rich bar when ``stream`` is a terminal, plain periodic lines otherwise."""
    isatty = getattr(stream, "isatty", None)
    if isatty is not None and isatty():
        return RichProgress(stream)
    return PlainProgress(stream, interval)


def render_summary(summary: Summary) -> str:
    """The end-of-run summary: files by outcome, then findings by code, in plain text."""
    counts = ", ".join(f"{summary.outcomes[s]} {s}" for s in
                       ("archived", "up-to-date", "skipped", "failed"))
    rate = summary.files / summary.seconds if summary.seconds > 0 else 0.0
    lines = [(f"textfix: {counts} -> {summary.out} "
              f"({summary.seconds:.1f} s, {rate:.0f} files/s, {summary.jobs} "
              f"{'job' if summary.jobs == 1 else 'jobs'}, {summary.engine})")]
    if summary.templates:
        lines.append(f"textfix: {plural(summary.templates, 'template line')} found across the "
                     "batch")
    for code, n in sorted(summary.findings.items()):
        name = CODE_INFO[Code(code)].name if code in Code._value2member_map_ else ""
        lines.append(f"  {code} {name:<22} {n}")
    return "\n".join(lines) + "\n"
