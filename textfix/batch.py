"""Archiving many sources into one output folder, mirroring their relative paths."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import archive as arc
from .config import DEFAULT, Config
from .decoding import looks_binary
from .errors import BinaryInputError, TextfixError
from .files import read_bytes, sources
from .repair import repair


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one source: ``archived``, ``skipped`` (binary) or ``failed``."""

    source: Path
    status: str
    output: Path | None = None
    message: str = ""
    findings: int = 0


def archive_one(src: Path, dest: Path, config: Config = DEFAULT,
                archived: str | None = None) -> Outcome:
    """Repair ``src`` and write it with its provenance header to ``dest``."""
    try:
        data = read_bytes(src)
        if looks_binary(data):
            raise BinaryInputError(f"{src}: binary file skipped", "only text files are archived")
        result = repair(data, config)
        doc = arc.render(result, data, str(src), archived)
        arc.write_atomic(dest, doc.encode("utf-8"))
    except BinaryInputError as e:
        return Outcome(src, "skipped", message=e.message)
    except TextfixError as e:
        return Outcome(src, "failed", message=str(e))
    return Outcome(src, "archived", dest, findings=len(result.findings))


def archive(paths: list[Path], out: Path, config: Config = DEFAULT,
            archived: str | None = None) -> Iterator[Outcome]:
    """Archive every file in ``paths`` (folders recursively) under ``out``."""
    stamp = archived or arc.timestamp()
    out_resolved = out.resolve()
    for src, rel in sources(paths, skip=out):
        if src.resolve() == out_resolved or out_resolved in src.resolve().parents:
            continue
        yield archive_one(src, out / rel, config, stamp)
