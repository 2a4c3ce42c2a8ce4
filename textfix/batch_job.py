"""The per-file work of a batch, shared by every engine: pure functions of a source's bytes.

:mod:`textfix.batch` drives a run and its local engine; :mod:`textfix.batch_dask` runs the
same functions on Dask workers. Both import them from here, so neither engine module needs
the other (``batch`` knows the Dask engine only by name, see :data:`textfix.batch.ENGINES`).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from . import archive as arc
from . import manifest as mf
from .config import Config
from .errors import BinaryInputError, TextfixError
from .files import make_output_dir, read_bytes

BINARY = "binary file skipped (only text files are archived)"

T = TypeVar("T")


# --- the template-line pass --------------------------------------------------------------------


def templates_available() -> bool:
    """True when this textfix has corpus-level template detection (:mod:`textfix.templates`)."""
    import importlib.util

    return importlib.util.find_spec("textfix.templates") is not None


def template_keys(data: bytes, config: Config) -> frozenset[str]:
    """The distinct template-line candidates of one document (the map half of the pass).

    The document is decoded exactly as :func:`textfix.repair` decodes it and its lines are
    keyed by :class:`textfix.templates.TemplateCounter`, so the pass counts what the
    boilerplate stage will later see.
    """
    from .decoding import decode
    from .templates import TemplateCounter

    counter = TemplateCounter()
    counter.add(decode(data, config).text)
    return frozenset(counter.counts)


def select_templates(counts: Counter[str], documents: int, config: Config) -> frozenset[str]:
    """The batch's template lines from the per-line document counts (the reduce half)."""
    from .templates import TemplateCounter

    total = TemplateCounter()
    total.counts, total.documents = counts, documents
    return total.templates(config.template_min_docs, config.template_min_share)


def _repair(data: bytes, config: Config, templates: frozenset[str]) -> Any:
    from .repair import repair

    return repair(data, config, templates=templates)


# --- the per-file work (pure) ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Scan:
    """What the scan pass learns about one source."""

    sha256: str = ""
    size: int = 0
    binary: bool = False
    keys: frozenset[str] = frozenset()
    error: str = ""


def is_binary(data: bytes, config: Config) -> bool:
    """True when :func:`textfix.decoding.decode` would refuse ``data`` as binary.

    The same questions in the same order as the decoder: a byte-order mark, a forced
    ``--encoding`` or the zero-byte pattern of UTF-16/32 make it text before any binary test
    (UTF-16/32 text is full of zero bytes); then valid UTF-8 is binary only for a format's
    signature or NUL bytes, anything else also for many control bytes.
    """
    from .decoding import _bom, _utf16_32_pattern, looks_binary

    if _bom(data) is not None or config.encoding:
        return False
    if b"\0" in data and _utf16_32_pattern(data):
        try:
            from .decoding import decode

            decode(data, config)
        except BinaryInputError:
            return True
        return False
    if looks_binary(data, controls=False):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return looks_binary(data)
    return False


def scan_bytes(data: bytes, config: Config, count_templates: bool) -> Scan:
    """Hash one source and, for a text file, collect the lines the template pass counts."""
    sha = hashlib.sha256(data).hexdigest()
    if is_binary(data, config):
        return Scan(sha, len(data), binary=True)
    try:
        keys = template_keys(data, config) if count_templates else frozenset()
    except BinaryInputError:
        return Scan(sha, len(data), binary=True)
    return Scan(sha, len(data), keys=keys)


@dataclass(frozen=True, slots=True)
class JobResult:
    """What :func:`job` makes of one source: the document to write (when archived) and the
    facts the manifest records."""

    status: str
    sha256: str
    size: int
    document: bytes | None = None
    encoding: str | None = None
    findings: dict[str, int] = field(default_factory=dict)
    message: str = ""


def job(data: bytes, path: str, config: Config, templates: frozenset[str],
        archived: str) -> JobResult:
    """Repair one source and render its archived document — a pure function of its arguments.

    Nothing here reads the clock, the environment or the file system, so a local process and
    a Dask worker on another machine produce the same bytes. A binary source is ``skipped``; a
    :class:`~textfix.errors.TextfixError` or an unexpected exception makes it ``failed`` (the
    batch goes on).
    """
    sha = hashlib.sha256(data).hexdigest()
    if is_binary(data, config):
        return JobResult("skipped", sha, len(data), message=BINARY)
    try:
        result = _repair(data, config, templates)
        document = arc.render(result, data, path, archived).encode("utf-8")
    except BinaryInputError:
        return JobResult("skipped", sha, len(data), message=BINARY)
    except TextfixError as e:
        return JobResult("failed", sha, len(data), message=str(e))
    except Exception as e:  # noqa: BLE001 - a bug on one file must not stop the batch
        return JobResult("failed", sha, len(data), message=f"{type(e).__name__}: {e}")
    findings = Counter(str(f.code) for f in result.findings)
    return JobResult("archived", sha, len(data), document, result.encoding,
                     dict(sorted(findings.items())))


# --- tasks: the per-file work with its I/O -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Task:
    """One source to archive, as sent to a worker (plain, picklable values only).

    ``path`` is what the header's ``source.path`` and the manifest record: the source's path
    relative to the folder given (a file given by name: its name), the same however the
    folder was typed or wherever the run starts, so ``--resume`` finds it again.
    """

    index: int
    path: str
    read_path: str
    rel: str


@dataclass(frozen=True, slots=True)
class Context:
    """What every task of a run shares."""

    config: Config
    templates: frozenset[str]
    archived: str
    out: str
    fingerprint: str
    templates_fingerprint: str


def scan_file(read_path: str, config: Config, count_templates: bool) -> Scan:
    """:func:`scan_bytes` of a file; a read error becomes the scan's ``error``."""
    try:
        data = read_bytes(Path(read_path))
    except TextfixError as e:
        return Scan(error=e.message)
    return scan_bytes(data, config, count_templates)


def write_output(out: Path, rel: str, document: bytes) -> str:
    """Write ``document`` atomically at ``out/rel`` (never through a link); its sha256."""
    dest = make_output_dir(out, PurePosixPath(rel))
    arc.write_atomic(dest, document)
    return hashlib.sha256(document).hexdigest()


def finish(task: Task, ctx: Context, res: JobResult) -> mf.Entry:
    """Write the job's document (if any) and describe the outcome as a manifest entry."""
    status, message, output, out_sha = res.status, res.message, None, None
    if res.document is not None:
        try:
            out_sha = write_output(Path(ctx.out), task.rel, res.document)
            output = task.rel
        except TextfixError as e:
            status, message = "failed", e.message
    return mf.Entry(path=task.path, outcome=status, sha256=res.sha256, size=res.size,
                    encoding=res.encoding, output=output, output_sha256=out_sha,
                    findings=res.findings if status == "archived" else {},
                    config=ctx.fingerprint, templates=ctx.templates_fingerprint,
                    message=message)


def archive_task(task: Task, ctx: Context) -> mf.Entry:
    """Read, archive and write one source (the local engines' unit of work)."""
    try:
        data = read_bytes(Path(task.read_path))
    except TextfixError as e:
        return mf.Entry(path=task.path, outcome="failed", config=ctx.fingerprint,
                        templates=ctx.templates_fingerprint, message=e.message)
    return finish(task, ctx, job(data, task.path, ctx.config, ctx.templates, ctx.archived))


def _chunks(items: Sequence[T], jobs: int) -> list[list[T]]:
    """Small chunks: few enough to keep inter-process traffic low, many enough to balance."""
    size = max(1, min(16, len(items) // (jobs * 16) or 1))
    return [list(items[i : i + size]) for i in range(0, len(items), size)]
