"""The archiver: clean UTF-8 with a YAML provenance header, written atomically.

An archived document is YAML front matter between two ``---`` lines, then the repaired body::

    ---
    textfix: 0.1.0
    archived: '2026-11-26T12:00:00Z'
    source: {path: ..., sha256: ..., size: ..., encoding: ...}
    metadata: {title: ..., published: ..., source: ..., ...}
    findings: [{code, name, count, fixed}, ...]
    repairs: [{code, name, count}, ...]
    removed: [{line, code, name, text}, ...]
    ---
    body

The header is written with PyYAML's safe dumper, so any value (newlines, ``---``, control
characters) round-trips through :func:`parse` and can never end the front matter early.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import tempfile
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ._version import __version__
from .codes import CODE_INFO
from .errors import OutputError
from .models import Result

FENCE = "---\n"


def timestamp(now: float | None = None) -> str:
    """UTC time as ISO 8601; ``SOURCE_DATE_EPOCH`` fixes it for reproducible archives."""
    if now is None:
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        now = float(epoch) if epoch and epoch.isdigit() else time.time()
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))


def header_fields(result: Result, data: bytes, path: str, archived: str) -> dict[str, Any]:
    """The provenance header of ``result`` as plain data (see the module docstring)."""
    finding_counts = Counter((f.code, f.fixable) for f in result.findings)
    return {
        "textfix": __version__,
        "archived": archived,
        "source": {
            "path": path,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
            "encoding": result.encoding,
        },
        "metadata": result.metadata.to_dict(),
        "findings": [
            {"code": str(code), "name": CODE_INFO[code].name, "count": n, "fixed": fixable}
            for (code, fixable), n in sorted(finding_counts.items())
        ],
        "repairs": [
            {"code": str(code), "name": CODE_INFO[code].name, "count": n}
            for code, n in result.repair_counts()
        ],
        "removed": [
            {"line": r.line, "code": str(r.code), "name": r.name, "text": r.source}
            for r in result.removed
        ],
    }


_LINE_BREAKS = frozenset("\n\r\x85\u2028\u2029")


def _needs_double_quotes(value: str) -> bool:
    """Strings YAML would fold or mangle unless escaped: line breaks, controls, format chars."""
    import unicodedata

    return any(
        ch in _LINE_BREAKS or (not ch.isprintable() and ch != " ")
        or unicodedata.category(ch) in ("Cf", "Co", "Cs")
        for ch in value
    )


@functools.cache
def _dumper() -> type:
    """PyYAML's safe dumper, double-quoting strings that plain or single quotes would mangle."""
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = '"' if _needs_double_quotes(value) else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, represent_str)
    return Dumper


def _dump(fields: dict[str, Any]) -> str:
    import yaml

    return yaml.dump(fields, Dumper=_dumper(), allow_unicode=True, sort_keys=False,
                     default_flow_style=None, width=10**9)


def line_ending(text: str) -> str:
    r"""The line ending a text uses: that of its first line break (``\n`` when it has none).

    >>> line_ending("a\r\nb\r\n"), line_ending("a\rb"), line_ending("a")
    ('\r\n', '\r', '\n')
    """
    for i, ch in enumerate(text):
        if ch == "\n":
            return "\n"
        if ch == "\r":
            return "\r\n" if text.startswith("\n", i + 1) else "\r"
    return "\n"


def render(result: Result, data: bytes, path: str, archived: str | None = None) -> str:
    r"""The archived document: YAML front matter, then the repaired body.

    The header's lines end as the body's do (one file, one line ending): the dumped header
    holds no line break inside a value (those are escaped in double quotes), so its ``\n``
    can be swapped for ``\r\n`` or ``\r`` safely.
    """
    header = FENCE + _dump(header_fields(result, data, path, archived or timestamp())) + FENCE
    eol = line_ending(result.text)
    if eol != "\n":
        header = header.replace("\n", eol)
    return header + result.text


def parse(document: str) -> tuple[dict[str, Any], str]:
    """Split an archived document into its header (as data) and its body."""
    import yaml

    eol = next((e for e in ("\r\n", "\n", "\r") if document.startswith("---" + e)), None)
    if eol is None:
        raise ValueError("not a textfix archive: no front matter")
    fence = "---" + eol
    end = document.find(eol + fence, len(fence) - len(eol))
    if end < 0:
        raise ValueError("not a textfix archive: front matter is not closed")
    header = yaml.safe_load(document[len(fence) : end + len(eol)])
    if not isinstance(header, dict):
        raise ValueError("not a textfix archive: front matter is not a mapping")
    return header, document[end + len(eol) + len(fence) :]


def write_atomic(path: Path, data: bytes | Iterable[bytes], mode: int | None = None) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new, never a part.

    The bytes (or the chunks of an iterable, written as they come) go to a temporary file in
    the same folder, are flushed to disk, and the file is renamed over ``path``; if anything
    fails on the way the temporary file is removed. ``mode`` sets the permissions (an existing
    file's are kept).
    """
    path = Path(path)
    if mode is None:
        with contextlib.suppress(FileNotFoundError):
            mode = path.stat().st_mode & 0o7777
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".textfix-tmp",
                                   dir=path.parent)
    except OSError as e:
        raise OutputError(f"cannot write {path}: {e.strerror or e}",
                          "check that the output folder exists and is writable") from e
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in (data,) if isinstance(data, bytes) else data:
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(e, OSError):
            raise OutputError(f"cannot write {path}: {e.strerror or e}",
                              "check free disk space and permissions") from e
        raise
