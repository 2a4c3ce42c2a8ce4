"""The batch manifest ``OUT/textfix-manifest.jsonl``: one JSON line per source.

Each line records what happened to one source — its path, sha256, size, encoding, outcome,
output path, finding counts and the fingerprints of the configuration and template lines it
was archived with. Lines are appended (one ``write`` each, on a file opened for appending) as
each file completes, so a run killed at any moment leaves a manifest that describes every
output that was finished; a torn last line is ignored when read. At the end of a run the
manifest is rewritten atomically with exactly one line per source.

``--resume`` reads it back: a source whose sha256, configuration and template fingerprints
match, and whose output is still there with the recorded hash, is not archived again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self

from . import _json
from ._version import __version__
from .config import Config

NAME = "textfix-manifest.jsonl"
#: Outcomes a manifest line can record (``up-to-date`` is only ever a run's report of a
#: line kept from an earlier run, so it is never written).
OUTCOMES = ("archived", "skipped", "failed")


def config_fingerprint(config: Config) -> str:
    """A short stable hash of everything that decides an output: version and configuration."""
    fields = {f.name: getattr(config, f.name) for f in dataclasses.fields(config)}
    blob = json.dumps({"textfix": __version__, "config": fields}, sort_keys=True, default=repr,
                      ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def templates_fingerprint(templates: Iterable[str]) -> str:
    """A short stable hash of a batch's template lines (empty string hashes too)."""
    h = hashlib.sha256()
    for line in sorted(templates):
        h.update(line.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Entry:
    """One manifest line. ``output`` is relative to the archive folder, POSIX style."""

    path: str
    outcome: str
    sha256: str | None = None
    size: int = 0
    encoding: str | None = None
    output: str | None = None
    output_sha256: str | None = None
    findings: dict[str, int] = field(default_factory=dict)
    config: str = ""
    templates: str = ""
    message: str = ""

    def to_json(self) -> str:
        """The entry as one JSON line (no newline inside, ever)."""
        return _json.dumps(dataclasses.asdict(self), sort_keys=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entry:
        """An entry from a parsed line; unknown keys (a newer textfix) are ignored."""
        names = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        if not isinstance(values.get("path"), str) or values.get("outcome") not in OUTCOMES:
            raise ValueError("not a manifest entry")
        values["findings"] = {str(k): int(v) for k, v in dict(values.get("findings") or {}).items()}
        return cls(**values)


def load(path: Path) -> dict[str, Entry]:
    """The manifest's entries by source path; later lines win, unreadable lines are skipped.

    A missing manifest is empty. A line torn by a killed run does not parse and is ignored,
    so its source is simply archived again.
    """
    entries: dict[str, Entry] = {}
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return entries
    for line in raw.split(b"\n"):
        if not line.strip():
            continue
        try:
            entry = Entry.from_dict(json.loads(line))
        except (ValueError, TypeError, UnicodeDecodeError):
            continue
        entries[entry.path] = entry
    return entries


class Writer:
    """Appends entries to the manifest, one ``write`` per line, as files complete.

    ``fresh`` starts an empty manifest (a run without ``--resume``); otherwise lines are added
    after the existing ones, first ending a torn last line so the next line stays readable.
    """

    def __init__(self, path: Path, *, fresh: bool) -> None:
        self.path = path
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (os.O_TRUNC if fresh else 0)
        self._fd = os.open(path, flags, 0o666)
        if not fresh:
            size = os.fstat(self._fd).st_size
            if size:
                with open(path, "rb") as fh:
                    fh.seek(size - 1)
                    if fh.read(1) != b"\n":
                        os.write(self._fd, b"\n")

    def append(self, entry: Entry) -> None:
        """Write ``entry`` as one line now (the OS has it even if this process is killed)."""
        os.write(self._fd, (entry.to_json() + "\n").encode("utf-8"))

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def rewrite(path: Path, entries: Iterable[Entry]) -> None:
    """Replace the manifest atomically with exactly ``entries``, one line each."""
    from .archive import write_atomic

    text = "".join(e.to_json() + "\n" for e in entries)
    write_atomic(path, text.encode("utf-8"))


def reusable(entry: Entry | None, sha256: str, config: str, templates: str, out: Path) -> bool:
    """True when ``entry`` shows this exact source was archived with this configuration and
    its output is still there, unchanged (so ``--resume`` can keep it)."""
    if entry is None or entry.outcome != "archived" or entry.output is None:
        return False
    if (entry.sha256, entry.config, entry.templates) != (sha256, config, templates):
        return False
    try:
        data = out.joinpath(*entry.output.split("/")).read_bytes()
    except OSError:
        return False
    return hashlib.sha256(data).hexdigest() == entry.output_sha256
