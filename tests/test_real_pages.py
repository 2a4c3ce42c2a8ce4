"""Real web pages come back unchanged but for their chrome: precision on text nobody generated.

chardet's corpus (``../shared/conformance/chardet``) holds 239 pages scraped from the web in 20
charsets — Chinese, Japanese, Korean, Russian, Greek, Hebrew, Thai and Western European blogs,
feeds and news. Decoded with their true charset and re-encoded as UTF-8 they are clean text of
every script, with the punctuation habits of each: Korean writes ASCII ``, ( ) ?`` between
Hangul, Japanese blogs write ASCII parentheses, feeds escape ``&lt;br /&gt;``. textfix may
remove boilerplate lines from them (footers, copyright notices) and repair the one page that
holds real mojibake; it must change nothing else.
"""

from __future__ import annotations

import csv
from collections import Counter

import pytest

from textfix import repair

from .conftest import CONFORMANCE, need_shared

CHARDET = CONFORMANCE / "chardet"
#: Pages with real damage in them, and the codes of the repairs they need.
DAMAGED = {
    # A Hungarian blog's feed: a link reads ``Uzsa Ã\x96nko``, UTF-8 read as Latin-1 (Önko).
    "utf-8/balatonblog.typepad.com.xml": {"M101"},
}


#: Pages textfix gets wrong, knowingly: each reason says why.
#: Pages known to change beyond chrome (none: Japanese typing ( ) ! ? in ASCII, which the width
#: stage restored before issue 17, is now taken for a style and kept).
KNOWN_WRONG: dict[str, str] = {}


def _pages() -> list[tuple[str, str]]:
    manifest = CHARDET / "manifest.tsv"
    if not manifest.exists():
        return []
    with manifest.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["path"], r["expected_encoding"]) for r in rows]


def _params() -> list[object]:
    return [pytest.param(rel, enc, marks=pytest.mark.xfail(reason=KNOWN_WRONG[rel], strict=True))
            if rel in KNOWN_WRONG else pytest.param(rel, enc) for rel, enc in _pages()]


def _as_utf8(rel: str, encoding: str) -> bytes | None:
    text = (CHARDET / rel).read_bytes().decode(encoding).removeprefix("\ufeff")
    return None if "\0" in text else text.encode("utf-8")


@pytest.mark.parametrize("rel, encoding", _params() or [pytest.param("", "", marks=pytest.mark.skip)])
def test_real_page_changes_only_chrome(rel: str, encoding: str) -> None:
    need_shared(CHARDET)
    data = _as_utf8(rel, encoding)
    if data is None:
        pytest.skip("NUL bytes: refused as binary (tests/test_decoding.py)")
    result = repair(data)
    changed = Counter(str(c.code) for c in result.changes if not str(c.code).startswith("B"))
    assert set(changed) <= DAMAGED.get(rel, set()), (rel, changed)
