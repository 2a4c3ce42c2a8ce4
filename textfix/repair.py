"""The repair engine: decode, run every damage module in order, record the plan.

Each stage sees the text the previous one produced; its findings, changes, removed lines and
metadata are gathered into one :class:`~textfix.models.Result`.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from .config import DEFAULT, Config
from .damage import ORDER
from .damage.base import Context
from .decoding import decode
from .models import Change, Finding, Metadata, RemovedLine, Result


def _stage(name: str) -> ModuleType:
    return importlib.import_module(f"textfix.damage.{name}")


def repair(data: bytes | str, config: Config | None = None, *,
           templates: frozenset[str] | None = None) -> Result:
    """Repair ``data`` (bytes are decoded first) and return the clean text and its record.

    ``templates`` are a batch's template lines (see :func:`textfix.templates.find`); the
    boilerplate stage removes them from the head and tail of the page like its own rules' lines.

    >>> repair("8月12日,会议在邹平召开。").text
    '8月12日，会议在邹平召开。'
    >>> repair("Hello, world.").changed
    False
    """
    cfg = config or DEFAULT
    if isinstance(data, str):
        text, encoding = data, "unicode"
        findings: list[Finding] = []
        if text.startswith("\ufeff"):
            from .codes import Code

            findings.append(Finding(Code.BOM, 1, 1, "byte-order mark U+FEFF", evidence="U+FEFF"))
            text = text[1:]
    else:
        decoded = decode(data, cfg)
        text, encoding, findings = decoded.text, decoded.encoding, list(decoded.findings)
    source = text
    ctx = Context(cfg, source, templates or frozenset())
    changes: list[Change] = []
    removed: list[RemovedLine] = []
    metadata = Metadata()
    for name in ORDER:
        outcome = _stage(name).run(text, ctx)
        text = outcome.text
        findings.extend(outcome.findings)
        changes.extend(outcome.changes)
        removed.extend(outcome.removed)
        metadata = metadata.merged(outcome.metadata)
    return Result(
        text=text,
        encoding=encoding,
        source_text=source,
        findings=tuple(findings),
        changes=tuple(changes),
        removed=tuple(removed),
        metadata=metadata,
    )
