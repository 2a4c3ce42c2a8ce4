"""``textfix check`` reports: findings of many files rendered as text, JSON, GitHub workflow
annotations, statistics or a unified diff.

:class:`Writer` writes findings as they are found, piece by piece of a streamed input (memory
stays flat whatever the input's size), :func:`write_diff` its ``--diff`` hunks;
:class:`Report` gathers whole results.
The JSON form is documented by ``textfix/schemas/check.schema.json`` (shipped in the package).
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import IO, Any

from . import _json
from ._version import __version__
from .codes import CODE_INFO, Code
from .config import Config
from .lines import line_count
from .models import Finding, Result

FORMATS = ("text", "json", "github")
JSON_VERSION = 1


@dataclass
class FileReport:
    path: str
    encoding: str
    findings: list[Finding]
    before: str
    after: str
    transcoded: str = ""  # why the bytes change where the text may not (``D`` findings)


@dataclass
class Report:
    """Findings gathered over the files of one ``check`` run."""

    files: list[FileReport] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def add(self, path: str, result: Result, config: Config) -> None:
        shown = [f for f in result.findings if config.reports(str(f.code))]
        self.files.append(FileReport(path, result.encoding, shown, result.source_text,
                                     result.text, _transcoding(result)))

    def fixable_count(self) -> int:
        return sum(f.fixable for r in self.files for f in r.findings)

    def changes_pending(self) -> bool:
        """True when ``repair`` would rewrite any file (a transcoding is a change)."""
        return any(r.before != r.after or r.transcoded for r in self.files)

    def counts(self) -> Counter[Code]:
        return Counter(f.code for r in self.files for f in r.findings)

    def render_text(self) -> str:
        return "".join(_text_line(r.path, f) for r in self.files for f in r.findings)

    def render_statistics(self) -> str:
        return _statistics(self.counts())

    def render_github(self) -> str:
        return "".join(_github_line(r.path, f) for r in self.files for f in r.findings)

    def render_diff(self) -> str:
        parts = []
        for r in self.files:
            if r.before == r.after and not r.transcoded:
                continue
            # A transcoding changes every byte but no character: the labels say so (after a
            # tab, where diff puts a file's date and patch ignores it).
            old = f"a/{r.path}\t({r.transcoded})" if r.transcoded else f"a/{r.path}"
            hunks = list(difflib.unified_diff(
                r.before.splitlines(keepends=True), r.after.splitlines(keepends=True),
                fromfile=old, tofile=f"b/{r.path}"))
            if not hunks:
                hunks = [f"--- {old}\n", f"+++ b/{r.path}\n"]
            parts.extend(map(_terminated, hunks))
        return "".join(parts)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": JSON_VERSION,
            "textfix": __version__,
            "files": [
                {"path": r.path, "encoding": r.encoding,
                 "findings": [f.to_dict() for f in r.findings]}
                for r in self.files
            ],
            "errors": [{"path": p, "message": m} for p, m in self.errors],
            "statistics": {str(code): n for code, n in sorted(self.counts().items())},
        }


class Writer:
    """The findings of one ``check`` run, written to ``out`` as they are found.

    For each input: :meth:`open`, then :meth:`add` for each of its results (the pieces of a
    streamed input, in order; their line numbers are moved to the whole input's), then
    :meth:`close`; :meth:`error` for an input that failed, then :meth:`finish` once. Only
    counts are kept (by code, and of fixable findings), so memory stays flat: the JSON
    document is written piece by piece, with the same text as ``json.dumps(Report.to_json(),
    indent=2)``, its errors and statistics at the end.
    """

    def __init__(self, out: IO[str], output_format: str, config: Config, *,
                 statistics: bool = False) -> None:
        self.out, self.format, self.config, self.statistics = out, output_format, config, statistics
        self.counts: Counter[Code] = Counter()
        self.fixable = 0
        self.errors: list[tuple[str, str]] = []
        self._path = ""
        self._offset = 0  # source lines of the input's earlier pieces
        self._files = 0  # inputs written into the JSON "files" array
        self._findings = -1  # findings written for the open input; -1 before its first piece
        if output_format == "json":
            out.write(f'{{\n  "version": {JSON_VERSION},\n  "textfix": '
                      f'{_json.dumps(__version__)},\n  "files": [')

    def open(self, path: str) -> None:
        self._path, self._offset, self._findings = path, 0, -1

    def add(self, result: Result) -> None:
        """Write the findings of the next piece of the open input."""
        if self._findings < 0:
            self._findings = 0
            if self.format == "json":
                self.out.write(f'{"," if self._files else ""}\n    {{\n      "path": '
                               f'{_json.dumps(self._path)},\n      "encoding": '
                               f'{_json.dumps(result.encoding)},\n      "findings": [')
                self._files += 1
        offset, parts = self._offset, []
        for f in result.findings:
            if not self.config.reports(str(f.code)):
                continue
            if offset and f.line > 0:
                f = replace(f, line=f.line + offset)
            self.counts[f.code] += 1
            self.fixable += f.fixable
            if self.format == "json":
                body = _json.dumps(f.to_dict(), indent=2).replace("\n", "\n        ")
                parts.append(f'{"," if self._findings else ""}\n        {body}')
                self._findings += 1
            elif self.format == "github":
                parts.append(_github_line(self._path, f))
            else:
                parts.append(_text_line(self._path, f))
        self.out.write("".join(parts))
        self._offset += line_count(result.source_text)

    def close(self) -> None:
        """End the open input (its JSON entry, if a piece of it was written)."""
        if self.format == "json" and self._findings >= 0:
            self.out.write(("\n      ]" if self._findings else "]") + "\n    }")
        self._findings = -1

    def error(self, path: str, message: str) -> None:
        self.errors.append((path, message))

    def finish(self) -> None:
        if self.format == "json":
            self.out.write(("\n  " if self._files else "") + "],\n  \"errors\": ")
            errors = [{"path": p, "message": m} for p, m in self.errors]
            stats = {str(code): n for code, n in sorted(self.counts.items())}
            self.out.write(_json.dumps(errors, indent=2).replace("\n", "\n  ")
                           + ',\n  "statistics": '
                           + _json.dumps(stats, indent=2).replace("\n", "\n  ") + "\n}\n")
        elif self.format == "text" and self.statistics:
            self.out.write(_statistics(self.counts))


def write_diff(path: str, results: Iterable[Result], out: IO[str]) -> bool:
    """Write to ``out`` the unified diff of what ``repair`` changes in the file ``path``, from
    its ``results`` (the pieces of :func:`textfix.repair.repair_stream`, in order), each
    piece's hunks as it comes, numbered in the whole file's lines; whether it changes.

    One piece gives exactly :meth:`Report.render_diff`'s text. Hunks stay inside their piece
    (pieces end at line breaks), so a change near a piece's end has its context on that side
    only; the patch applies the same.
    """
    old, new = "", f"b/{path}"
    old_at = new_at = 0  # lines of the earlier pieces, before and after
    started = changed = False
    for r in results:
        if not old:  # the first piece decides the encoding
            transcoded = _transcoding(r)
            old = f"a/{path}\t({transcoded})" if transcoded else f"a/{path}"
        changed = changed or r.changed
        before = r.source_text.splitlines(keepends=True)
        after = r.text.splitlines(keepends=True)
        hunks = difflib.unified_diff(before, after, fromfile=old, tofile=new)
        labelled = started
        for i, line in enumerate(hunks):
            if i < 2:  # the file's labels, once
                if labelled:
                    continue
                started = True
            elif line.startswith("@@") and (old_at or new_at):
                line = _HUNK.sub(lambda m: f"@@ -{int(m[1]) + old_at}{m[2] or ''} "
                                 f"+{int(m[3]) + new_at}{m[4] or ''} @@", line, count=1)
            out.write(_terminated(line))
        old_at, new_at = old_at + len(before), new_at + len(after)
    if changed and not started:  # a transcoding alone: the labels say so
        out.write(f"--- {old}\n+++ {new}\n")
    return changed


def _terminated(line: str) -> str:
    """A diff line, with patch's marker after a last line that has no line break."""
    return line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"


_HUNK = re.compile(r"^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@")


def _text_line(path: str, f: Finding) -> str:
    return f"{path}:{f.line}:{f.col}: {f.code} {_one_line(f.message)}\n"


def _github_line(path: str, f: Finding) -> str:
    level = "error" if f.fixable else "warning"
    props = ",".join(
        f"{k}={_escape_property(str(v))}"
        for k, v in (("file", path), ("line", f.line), ("col", f.col),
                     ("title", f"{f.code} {f.name}"))
    )
    return f"::{level} {props}::{_escape_data(f.message)}\n"


def _statistics(counts: Counter[Code]) -> str:
    if not counts:
        return ""
    width = len(str(max(counts.values())))
    return "".join(
        f"{n:>{width}}  {code}  {CODE_INFO[code].name}\n" for code, n in sorted(counts.items())
    )


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 finding``, ``2 findings``.

    >>> plural(1, "finding"), plural(0, "finding"), plural(3, "match", "matches")
    ('1 finding', '0 findings', '3 matches')
    """
    return f"{n} {word if n == 1 else (words or word + 's')}"


def _transcoding(result: Result) -> str:
    """Why ``repair`` rewrites the bytes of ``result``'s file even where its text stays: the
    names of its decoding findings and the source encoding; empty when it does not."""
    if not result.transcoded:
        return ""
    names = dict.fromkeys(CODE_INFO[f.code].name for f in result.findings
                          if str(f.code).startswith("D"))
    return f"{', '.join(names)}: {result.encoding}, written as UTF-8"


def _one_line(text: str) -> str:
    return text.replace("\r", "\\r").replace("\n", "\\n")


def _escape_data(text: str) -> str:
    """GitHub workflow-command data escaping."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """GitHub workflow-command property escaping (also ``:`` and ``,``)."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
