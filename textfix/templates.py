"""Template lines: chrome that no rule knows, found because a site repeats it on every page.

In batch mode a first pass counts, for every distinct line, on how many documents it stands
(once per document, however often it repeats inside one). A line found on at least
``Config.template_min_docs`` documents *and* on at least ``Config.template_min_share`` of them
is a template line; the boilerplate stage then removes it from a page's head and tail blocks
(code B120) like the lines its own rules know.

The pass keeps one counter per distinct line (lines longer than a chrome line are not counted),
so its memory grows with the number of distinct lines, not with the bytes read. Counters from
parallel workers merge with :meth:`TemplateCounter.update`.

Short, common prose — ``Introduction``, ``Thank you for reading.``, ``（完）`` — is never a template
line: a folder of reports may share it and still mean it.

>>> pages = [f"Daily Ledger | independent news since 1887\\nStory {i}.\\n" for i in range(6)]
>>> sorted(find(pages))
['Daily Ledger | independent news since 1887']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from .config import DEFAULT, Config
from .lines import width

#: Lines longer than this are body text, never counted.
MAX_TEMPLATE_CHARS = 300
#: A line narrower than this (CJK characters count two columns) is too short to be a template.
MIN_TEMPLATE_WIDTH = 12
#: A line this narrow or narrower made only of words and sentence punctuation is common prose.
MAX_PROSE_WIDTH = 40

#: How many content lines at a document's end are its foot (:func:`key`).
FOOT_LINES = 6
_SENTENCE_END = "。．.！!？?…"

# Marks of chrome rather than prose: digits, separators, symbols, URLs and e-mail addresses.
_CHROME_MARK = re.compile(r"[\d|｜>»›/\\@©®™·•:：_#=+*~<（）()\[\]【】—–]|www\.|https?:")


def key(line: str, foot: bool = False) -> str | None:
    """The counted form of ``line`` (stripped), or None when it cannot be a template line.

    At a document's foot (``foot``: among its last :data:`FOOT_LINES` content lines, below its
    last line that ends like a sentence) a short
    line without chrome marks counts too, unless it ends like a sentence: a site's sign-off
    (``Follow the Courier on social media``) stands there on every page; a report's closing
    sentence (``Thank you for reading.``) is still prose.

    >>> key("  Sponsored by ACME Corp. | ads@acme.example  ")
    'Sponsored by ACME Corp. | ads@acme.example'
    >>> key("Thank you for reading.") is None, key("（完）") is None
    (True, True)
    >>> key("Follow the Courier on social media") is None, key("Follow the Courier on social media", foot=True)
    (True, 'Follow the Courier on social media')
    >>> key("Thank you for reading.", foot=True) is None
    True
    """
    s = line.strip()
    if not s or len(s) > MAX_TEMPLATE_CHARS:
        return None
    w = width(s)
    if w < MIN_TEMPLATE_WIDTH:
        return None
    if w <= MAX_PROSE_WIDTH and not _CHROME_MARK.search(s) and (not foot or s[-1] in _SENTENCE_END):
        return None
    return s


class TemplateCounter:
    """Document counts of distinct lines over a batch."""

    __slots__ = ("counts", "documents")

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.documents = 0

    def add(self, text: str) -> None:
        """Count the lines of one document (each distinct line once; see :func:`key` for the
        lines of its foot)."""
        self.documents += 1
        lines = text.split("\n")
        found = {k for line in lines if (k := key(line)) is not None}
        seen = 0
        for line in reversed(lines):
            s = line.strip()
            if not s:
                continue
            seen += 1
            if seen > FOOT_LINES or s[-1] in _SENTENCE_END:
                break  # the foot is below the last sentence
            if (k := key(s, foot=True)) is not None:
                found.add(k)
        self.counts.update(found)

    def update(self, other: TemplateCounter) -> None:
        """Merge another counter (a parallel worker's) into this one."""
        self.documents += other.documents
        self.counts.update(other.counts)

    def templates(self, min_docs: int = DEFAULT.template_min_docs,
                  min_share: float = DEFAULT.template_min_share) -> frozenset[str]:
        """The lines on at least ``min_docs`` documents and ``min_share`` of all of them."""
        need = max(min_docs, min_share * self.documents)
        return frozenset(line for line, n in self.counts.items() if n >= need)


def find(texts: Iterable[str], config: Config = DEFAULT) -> frozenset[str]:
    """The template lines of a batch of decoded documents."""
    counter = TemplateCounter()
    for text in texts:
        counter.add(text)
    return counter.templates(config.template_min_docs, config.template_min_share)


def count_file(path: Path, config: Config = DEFAULT) -> TemplateCounter:
    """A counter over one file (decoded as ``repair`` would); unreadable files count nothing."""
    from .decoding import decode, looks_binary
    from .errors import TextfixError
    from .files import read_bytes

    counter = TemplateCounter()
    try:
        data = read_bytes(path)
        if not looks_binary(data):
            counter.add(decode(data, config).text)
    except TextfixError:
        pass
    return counter


def scan(paths: Iterable[Path], config: Config = DEFAULT) -> frozenset[str]:
    """The template lines of the files ``paths`` (one process; see :func:`count_file`)."""
    total = TemplateCounter()
    for path in paths:
        total.update(count_file(path, config))
    return total.templates(config.template_min_docs, config.template_min_share)
