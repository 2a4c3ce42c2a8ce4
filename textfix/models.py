"""The values textfix returns: findings, changes, removed lines, metadata and results.

All are small frozen dataclasses so they can be hashed, compared in tests and serialised with
:func:`dataclasses.asdict` (codes are :class:`~textfix.codes.Code` ``StrEnum`` members, which
serialise as their string value).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .codes import CODE_INFO, Code


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a text.

    ``line`` and ``col`` are 1-based and always the source's: the engine maps the place a
    stage found in its text (after earlier repairs inserted, removed or replaced characters,
    or a later pass ran on a text that has lost lines) back to the decoded source's line and
    column. ``start``/``end`` are character offsets in the text the owning stage saw (where
    its own changes' offsets point).
    """

    code: Code
    line: int
    col: int
    message: str
    evidence: str = ""
    fixable: bool = True
    start: int = 0
    end: int = 0

    @property
    def name(self) -> str:
        return CODE_INFO[self.code].name

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": str(self.code),
            "name": self.name,
            "line": self.line,
            "col": self.col,
            "message": self.message,
            "evidence": self.evidence,
            "fixable": self.fixable,
        }


@dataclass(frozen=True, slots=True)
class Change:
    """One edit of the repair plan: ``text[start:end]`` was ``before`` and became ``after``.

    Offsets refer to the text as it stood when ``step`` began, so replaying the steps in order
    (see :func:`textfix.plan.replay`) reproduces the repair from the decoded source.
    """

    code: Code
    step: str
    start: int
    end: int
    before: str
    after: str
    line: int = 0
    col: int = 0

    @property
    def name(self) -> str:
        return CODE_INFO[self.code].name


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line taken out of the text (boilerplate), kept verbatim so nothing is lost.

    ``source`` is the line as it stands in the decoded source, ``repaired`` the same line after
    the earlier repairs (the form the rules matched). ``line`` is its 1-based source line number.
    """

    line: int
    code: Code
    source: str
    repaired: str

    @property
    def name(self) -> str:
        return CODE_INFO[self.code].name


@dataclass(frozen=True, slots=True)
class Metadata:
    """Fields recovered from a page's head and tail (``published`` is ISO 8601)."""

    title: str | None = None
    published: str | None = None
    source: str | None = None
    category: str | None = None
    author: str | None = None
    editor: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, str]:
        """The fields that are set, in a stable order."""
        return {k: v for k in self.__slots__ if (v := getattr(self, k)) is not None}

    def merged(self, other: Metadata) -> Metadata:
        """Fields of ``self`` with the gaps filled from ``other``."""
        if other is NO_METADATA or other == NO_METADATA:
            return self  # what almost every stage gives: nothing to fill the gaps with
        if self is NO_METADATA or self == NO_METADATA:
            return other
        return Metadata(
            **{k: getattr(self, k) if getattr(self, k) is not None else getattr(other, k)
               for k in self.__slots__}
        )


#: No fields at all (shared: a stage that recovers none returns this one).
NO_METADATA = Metadata()


@dataclass(frozen=True, slots=True)
class Decoded:
    """The character-set stage's answer: the text, the encoding, and what it noticed."""

    text: str
    encoding: str
    findings: tuple[Finding, ...] = ()
    changes: tuple[Change, ...] = ()
    bom: bool = False


@dataclass(frozen=True, slots=True)
class Result:
    """What :func:`textfix.repair` returns."""

    text: str
    encoding: str
    source_text: str
    findings: tuple[Finding, ...] = ()
    changes: tuple[Change, ...] = ()
    removed: tuple[RemovedLine, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)

    @property
    def changed(self) -> bool:
        """True when repairing changes the input: the repaired text differs from the decoded
        source, or the source's bytes are not what the UTF-8 output will be (a transcoding from
        a legacy charset or UTF-16/32, a byte-order mark dropped, runs decoded or replaced:
        every ``D`` finding).

        >>> import textfix
        >>> textfix.repair("Hello.".encode("utf-16")).changed
        True
        >>> textfix.repair(b"Hello.").changed
        False
        """
        return self.text != self.source_text or self.transcoded

    @property
    def transcoded(self) -> bool:
        """True when the output's bytes differ from the source's even where the text does not
        (see :attr:`changed`)."""
        return any(str(f.code).startswith("D") for f in self.findings)

    def repair_counts(self) -> list[tuple[Code, int]]:
        """(code, count) of the changes applied (removed lines included), in code order."""
        counts: dict[Code, int] = {}
        for c in self.changes:
            counts[c.code] = counts.get(c.code, 0) + 1
        return sorted(counts.items())
