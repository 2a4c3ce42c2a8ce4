"""What a damage module receives and returns."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Config
from ..models import NO_METADATA, Change, Finding, Metadata, RemovedLine


@dataclass(frozen=True, slots=True)
class Context:
    """What a stage may know besides its input text.

    ``source`` is the decoded source text; stages before boilerplate keep its line count, so
    its lines correspond one to one with the lines of the text a stage sees. ``templates`` are
    the lines a batch's counting pass found on many pages (:mod:`textfix.templates`); the
    boilerplate stage treats them as chrome. ``head`` and ``tail`` say whether the text starts
    and ends where the document does; a piece of a streamed document (see
    :func:`textfix.repair.repair_stream`) has only the head, only the tail, or neither.
    ``segment`` is False in the later passes of a repair (see the field).
    """

    config: Config
    source: str
    templates: frozenset[str] = frozenset()
    head: bool = True
    tail: bool = True
    #: Whether the boilerplate stage segments the page into blocks (:mod:`.segment`): only in
    #: the first pass of a repair. A later pass sees the page without the chrome blocks the
    #: first one removed, so a title would look like a label above the body (segmenting is
    #: not idempotent, the rules are).
    segment: bool = True


@dataclass(frozen=True, slots=True)
class Outcome:
    """A stage's result: the text after it, what it found, and what it changed."""

    text: str
    findings: tuple[Finding, ...] = ()
    changes: tuple[Change, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    metadata: Metadata = NO_METADATA
