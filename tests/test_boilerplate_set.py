"""The generated boilerplate test set (``tests/gen_boilerplate.py``), end to end through
``textfix.repair``: at least 98% of chrome lines removed, no body line removed, the metadata the
templates wrote recovered, and every negative page unchanged.

Numbers for the report: ``python -m tests.test_boilerplate_set``.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

import textfix
from textfix.models import Result
from textfix.plan import replay

from . import gen_boilerplate as gen

PAGES = list(gen.pages())
NEGATIVES = list(gen.negative_pages())


@cache
def _repair(text: str) -> Result:
    return textfix.repair(text)


def _removed(page: gen.Page) -> set[int]:
    return {r.line for r in _repair(page.text).removed}


def test_the_set_is_as_large_and_varied_as_promised() -> None:
    assert len(PAGES) >= 150
    assert len({p.template for p in PAGES}) >= 20
    assert sum(p.lang.startswith("zh") for p in PAGES) * 2 >= len(PAGES)
    assert {p.lang for p in PAGES} >= {"zh-hans", "zh-hant", "en", "ja", "ko", "ru", "de", "fr",
                                       "es", "pt"}
    assert {p.damage for p in PAGES} >= {"spin", "utf8-as-gbk", "gbk-as-latin1"}
    assert all(p.lines_of(gen.CHROME) and p.lines_of(gen.BODY) for p in PAGES)
    # head and tail chrome on every page
    for p in PAGES:
        content = [i for i in range(1, len(p.labels) + 1) if p.labels[i - 1] != gen.BLANK]
        assert p.labels[content[-1] - 1] == gen.CHROME
        first_body = p.lines_of(gen.BODY)[0]
        assert any(i < first_body for i in p.lines_of(gen.CHROME)), p.name


def measure() -> tuple[int, int, list[tuple[str, int]], list[tuple[str, int]]]:
    """(chrome lines, chrome lines removed, body lines removed, chrome lines missed)."""
    total = hit = 0
    body_removed: list[tuple[str, int]] = []
    missed: list[tuple[str, int]] = []
    for page in PAGES:
        removed = _removed(page)
        chrome = set(page.lines_of(gen.CHROME))
        body = set(page.lines_of(gen.BODY)) | set(page.lines_of(gen.TITLE))
        total += len(chrome)
        hit += len(chrome & removed)
        body_removed += [(page.name, i) for i in sorted(body & removed)]
        missed += [(page.name, i) for i in sorted(chrome - removed)]
    return total, hit, body_removed, missed


def test_chrome_removed_and_body_kept() -> None:
    total, hit, body_removed, missed = measure()
    assert body_removed == []
    assert hit / total >= 0.98, missed[:20]


@pytest.mark.parametrize("template", sorted(gen.TEMPLATES))
def test_each_template_loses_its_chrome_only(template: str) -> None:
    for page in (p for p in PAGES if p.template == template):
        removed = _removed(page)
        assert not removed & (set(page.lines_of(gen.BODY)) | set(page.lines_of(gen.TITLE)))
        assert set(page.lines_of(gen.CHROME)) <= removed, page.name


def test_metadata_from_the_templates() -> None:
    wrong = []
    checked = 0
    for page in PAGES:
        meta = _repair(page.text).metadata
        if page.published is not None:
            checked += 1
            if meta.published != page.published:
                wrong.append((page.name, "published", meta.published, page.published))
        for key, value in page.fields.items():
            checked += 1
            if getattr(meta, key) != value:
                wrong.append((page.name, key, getattr(meta, key), value))
        if page.damage != "spin":
            title = page.text.split("\n")[page.lines_of(gen.TITLE)[0] - 1]
            assert meta.title == title, page.name
    assert checked >= 300
    assert wrong == []


def test_removed_lines_are_verbatim_source_lines() -> None:
    for page in PAGES[::7]:
        result = _repair(page.text)
        source = page.text.split("\n")
        for r in result.removed:
            assert r.source == source[r.line - 1]
        assert replay(result.source_text, result.changes) == result.text


def test_negative_pages_are_unchanged() -> None:
    assert len(NEGATIVES) >= 40
    changed = [p.name for p in NEGATIVES if _repair(p.text).text != p.text]
    assert changed == []
    assert all(_repair(p.text).removed == () for p in NEGATIVES)


def test_keep_boilerplate_keeps_every_line() -> None:
    cfg = textfix.Config(boilerplate=False)
    for page in PAGES[::5]:
        result = textfix.repair(page.text, cfg)
        assert result.removed == ()
        assert len(result.text.splitlines()) == len(page.text.splitlines())


if __name__ == "__main__":
    total, hit, body_removed, missed = measure()
    by_template = Counter(name.rsplit("-", 1)[0] for name, _ in missed)
    unchanged = sum(_repair(p.text).text == p.text for p in NEGATIVES)
    print(f"pages: {len(PAGES)} from {len(gen.TEMPLATES)} templates "
          f"({sum(p.lang.startswith('zh') for p in PAGES)} Chinese)")
    print(f"boilerplate lines removed: {hit}/{total} = {hit / total:.2%}")
    print(f"body lines removed: {len(body_removed)}")
    print(f"missed by template: {dict(by_template)}")
    print(f"negative pages unchanged: {unchanged}/{len(NEGATIVES)}")
