"""``textfix check`` reports: findings of many files rendered as text, JSON, GitHub workflow
annotations, statistics or a unified diff.

The JSON form is documented by ``textfix/schemas/check.schema.json`` (shipped in the package).
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ._version import __version__
from .codes import CODE_INFO, Code
from .config import Config
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
        return "".join(
            f"{r.path}:{f.line}:{f.col}: {f.code} {_one_line(f.message)}\n"
            for r in self.files for f in r.findings
        )

    def render_statistics(self) -> str:
        counts = self.counts()
        if not counts:
            return ""
        width = len(str(max(counts.values())))
        return "".join(
            f"{n:>{width}}  {code}  {CODE_INFO[code].name}\n" for code, n in sorted(counts.items())
        )

    def render_github(self) -> str:
        lines = []
        for r in self.files:
            for f in r.findings:
                level = "error" if f.fixable else "warning"
                props = ",".join(
                    f"{k}={_escape_property(str(v))}"
                    for k, v in (("file", r.path), ("line", f.line), ("col", f.col),
                                 ("title", f"{f.code} {f.name}"))
                )
                lines.append(f"::{level} {props}::{_escape_data(f.message)}\n")
        return "".join(lines)

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
            parts.extend(hunks)
            if parts and not parts[-1].endswith("\n"):
                parts.append("\n\\ No newline at end of file\n")
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
