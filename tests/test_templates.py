"""Template lines across a batch: lines on many pages of a folder that no rule knows."""

from __future__ import annotations

import random
import tracemalloc
from pathlib import Path

import textfix
from textfix.codes import Code
from textfix.config import Config
from textfix.templates import TemplateCounter, count_file, find, key, scan

#: Three template lines no built-in rule knows (a site slogan, an app promotion, a hotline).
TEMPLATE = ("滨州新闻网 · 权威发布 滨州声音", "下载“掌上滨州”客户端，随时随地看新闻 >>",
            "新闻热线 0543-3187000 · 投稿邮箱 news@bzw.example.cn")
PARAGRAPHS = (
    "春耕备耕有序推进，各地抢抓农时开展整地和育秧工作。",
    "市工信局介绍，去年全市铝产业实现营业收入约2800亿元。",
    "长江十年禁渔实施以来，流域水生生物资源恢复取得阶段性成效。",
    "城市更新让老旧小区焕发新颜，新铺的路面平整干净。",
    "高校毕业生就业服务季活动启动，计划举办招聘会一万余场。",
    "光伏产业加快技术迭代，新一代电池量产效率超过25%。",
    "社区食堂让老年人吃得舒心，两荤两素一汤只需十几元。",
    "国产大飞机开启新一轮商业运营，执飞上海至成都航线。",
)
REPEATED = "会议强调，要坚持问题导向，确保各项任务落到实处。"


def _pages(n: int = 50, seed: int = 7) -> list[str]:
    """``n`` pages sharing the three template lines; page 0 repeats one sentence three times."""
    rng = random.Random(seed)
    pages = []
    for k in range(n):
        body = rng.sample(PARAGRAPHS, 3) + [f"这是第{k + 1}篇报道的独有内容，编号{rng.randint(1000, 9999)}。"]
        if k == 0:
            body[1:1] = [REPEATED, REPEATED]
            body.append(REPEATED)
        lines = [TEMPLATE[0], f"第{k + 1}号新闻的标题", *body, TEMPLATE[1], TEMPLATE[2]]
        pages.append("\n".join(lines) + "\n")
    return pages


def test_fifty_pages_lose_all_three_template_lines() -> None:
    pages = _pages()
    templates = find(pages)
    assert set(TEMPLATE) <= templates
    assert REPEATED not in templates  # repeated only inside one page
    for page in pages:
        # no rule knows them; only the slogan's form (labels joined by ·, above the title)
        # marks it as chrome without the batch's count
        assert {r.source for r in textfix.repair(page).removed} <= {TEMPLATE[0]}
        result = textfix.repair(page, templates=templates)
        assert {r.source for r in result.removed} == set(TEMPLATE)
        assert {r.code for r in result.removed} == {Code.TEMPLATE_LINE}
        assert not any(t in result.text for t in TEMPLATE)
    first = textfix.repair(pages[0], templates=templates).text
    assert first.count(REPEATED) == 3


def test_body_paragraphs_shared_by_many_pages_stay_in_place() -> None:
    """The body paragraphs recur on many pages too (they are drawn from eight), so they count as
    template lines; the boilerplate stage still only removes them from the head and tail."""
    pages = _pages()
    templates = find(pages)
    for page in pages:
        body = page.splitlines()[2:-2]
        kept = textfix.repair(page, templates=templates).text.splitlines()
        assert kept[1:] == body


def test_thresholds_are_configurable() -> None:
    pages = _pages(10)
    assert set(TEMPLATE) <= find(pages)  # 10 pages ≥ 5 and ≥ 20 %
    assert not set(TEMPLATE) & find(pages, Config(template_min_docs=11))
    few = _pages(4)
    assert not set(TEMPLATE) & find(few)  # fewer than five documents
    mixed = _pages(5) + ["无关的文章。\n另一行完全不同的正文内容，长度足够。\n"] * 30
    assert not set(TEMPLATE) & find(mixed)  # 5 of 35 documents is under 20 %
    assert set(TEMPLATE) <= find(mixed, Config(template_min_share=0.1))


def test_short_common_prose_is_never_a_template_line() -> None:
    pages = [f"Introduction\nThank you for reading.\n（完）\n谢谢大家！\nStory {i} body.\n"
             for i in range(20)]
    assert find(pages) == frozenset()
    for line in ("Introduction", "Thank you for reading.", "（完）", "谢谢大家！", "   ", "Conclusion"):
        assert key(line) is None
    assert key("Sponsored by ACME | ads@acme.example") is not None
    assert key("滨州新闻网 · 权威发布 滨州声音") is not None


def test_memory_grows_with_distinct_lines_not_bytes() -> None:
    """Counting the same pages again and again adds no entries; each distinct line is one."""
    pages = _pages()
    counter = TemplateCounter()
    for page in pages:
        counter.add(page)
    distinct = len(counter.counts)
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for _ in range(20):
        for page in pages:
            counter.add(page)
    grown = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert len(counter.counts) == distinct
    assert counter.documents == 21 * len(pages)
    assert grown < 64 * 1024  # 20 more passes over the pages: no per-byte growth
    assert counter.counts[TEMPLATE[0]] == 21 * len(pages)


def test_counters_merge_like_one_pass() -> None:
    pages = _pages()
    a, b = TemplateCounter(), TemplateCounter()
    for i, page in enumerate(pages):
        (a if i % 2 else b).add(page)
    a.update(b)
    assert a.templates() == find(pages)


def test_scan_reads_files(tmp_path: Path) -> None:
    for i, page in enumerate(_pages(12)):
        enc = "gb18030" if i % 3 == 0 else "utf-8"
        (tmp_path / f"{i}.txt").write_bytes(page.encode(enc))
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01\x02" * 100)
    paths = sorted(tmp_path.iterdir())
    assert set(TEMPLATE) <= scan(paths)
    assert count_file(tmp_path / "missing.txt").documents == 0
    assert count_file(tmp_path / "blob.bin").documents == 0


def test_a_sign_off_at_every_foot_is_a_template_line_without_marks() -> None:
    """A short line with no digit, separator or symbol is a template line when it stands at the
    foot of many pages (below their last sentence); the same words in the body do not count."""
    sign_off = "Follow the Courier on social media"
    pages = [f"Story {k}\nThe council met on day {k} and agreed on the plan.\n{sign_off}\n"
             for k in range(12)]
    templates = find(pages)
    assert sign_off in templates
    result = textfix.repair(pages[3], templates=templates)
    assert [r.source for r in result.removed] == [sign_off]
    inside = [f"{sign_off}\nThe council met on day {k} and agreed on the plan.\n" for k in range(12)]
    assert sign_off not in find(inside)


def test_a_title_many_copies_of_one_article_share_is_no_template_line() -> None:
    """Syndicated copies of one article repeat its title on every page: the title stays, and
    is the metadata's title; the sites' own template lines still go."""
    title = "River path reopens after a winter of repairs on the embankment"
    body = ("The river path reopened on Monday after a winter of repairs to the embankment, "
            "and cyclists were out before seven to try the new surface.")
    pages = [f"Courier {k % 3} | local news\n{title}\n{body}\nCopy {k} of the wire story.\n"
             for k in range(12)]
    templates = find(pages)
    assert title in templates
    result = textfix.repair(pages[4], templates=templates)
    assert title in result.text
    assert result.metadata.title == title
    assert all(r.source != title for r in result.removed)
