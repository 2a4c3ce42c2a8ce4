"""Boilerplate and page chrome in plain-text pages: find it at the head and tail, remove it,
keep it.

Rules read the *repaired* text (after mojibake, spin and width repair), so one Simplified rule
also catches a line that was spun or mis-decoded. They apply only to the head block (before
the body starts) and the tail block (after it ends): a body paragraph that merely talks about
copyright or reprints stays. Removed lines are returned verbatim as they stand in the source,
with their rule code and line number; meta and credit lines also become metadata.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import metadata as meta
from ..codes import Code, code_name
from ..models import Finding, Metadata, RemovedLine
from ..plan import Edit, apply_edits
from .base import Context, Outcome

STEP = "boilerplate"

#: A chrome line is short; a longer line is body text even when it mentions a keyword.
MAX_CHROME_CHARS = 300
#: How many content lines from the top may be head chrome (title included).
HEAD_WINDOW = 8
#: A title is a short first line without sentence-ending punctuation.
MAX_TITLE_CHARS = 80


@dataclass(frozen=True, slots=True)
class Rule:
    """A boilerplate rule: a code and a pattern searched in one stripped line."""

    code: Code
    pattern: re.Pattern[str]


def _rule(code: Code, *alternatives: str) -> Rule:
    return Rule(code, re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE))


_DATE = r"(?:19|20)\d\d\s*(?:年|[-/.])\s*\d{1,2}\s*(?:月|[-/.])\s*\d{1,2}"
_META_LABEL = (
    r"(?:来源|來源|作者|分类|分類|栏目|欄目|发布|發布|发表|發表|浏览|瀏覽|阅读|閱讀|点击|點擊"
    r"|Source|Author|Category|Views?|Posted|Published)\s*[：:]"
)

RULES: tuple[Rule, ...] = (
    _rule(
        Code.PAGE_META,
        _DATE + r".{0,80}?(?:\d+\s*(?:次|人)?\s*(?:浏览|瀏覽|阅读|閱讀|点击|點擊|views?|reads?)"
        r"|" + _META_LABEL + ")",
        _META_LABEL + r".{0,80}" + _META_LABEL,
        r"^(?:发布时间|發布時間|发表时间|發表時間|更新时间|更新時間)\s*[：:]\s*" + _DATE,
    ),
    _rule(
        Code.EDITOR_CREDIT,
        r"^[\[【（(]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校"
        r"|美编|美編|编审|編審|Editor|Edited by|Reviewed by)\s*[：:]",
    ),
    _rule(
        Code.MORE_INFO,
        r"(?:如需|欲|想)了解更多|更多(?:信息|资讯|資訊|内容|內容)[，,]?\s*请(?:登录|登錄|访问|訪問|关注|關注)",
        r"for more (?:information|details|news)[, ]+(?:please )?(?:visit|see|go to)",
    ),
    _rule(
        Code.COPYRIGHT,
        r"版权(?:所有|声明|歸|归|均属|均屬)|版權(?:所有|聲明|歸|均屬)|所有内容的版权|所有內容的版權",
        r"©|\(c\)\s*(?:19|20)\d\d|copyright\s|all rights reserved|著作权|著作權",
    ),
    _rule(
        Code.REPRINT_TERMS,
        r"转载|轉載|授权|授權|未经.{0,10}(?:许可|同意)|未經.{0,10}(?:許可|同意)",
        r"reprinted (?:with|by) permission|may not be (?:reproduced|republished)",
    ),
    _rule(
        Code.DISCLAIMER,
        r"免责声明|免責聲明|仅供.{0,6}参考|僅供.{0,6}參考|不构成.{0,6}投资建议|不構成.{0,6}投資建議",
        r"概不负.{0,4}责|概不負.{0,4}責|后果自负|後果自負|disclaimer|does not constitute",
    ),
    _rule(
        Code.SHARE_PROMPT,
        r"扫码关注|掃碼關注|微信公众号|微信公眾號|点击关注|點擊關注|分享到|一键分享|一鍵分享",
        r"share this (?:article|story|post)|subscribe to our|follow us on|sign up for our",
    ),
    _rule(
        Code.BREADCRUMB,
        r"^(?:当前位置|當前位置|您的位置|你的位置|所在位置|您现在的位置|您現在的位置)\s*[：:]",
        r"^(?:首页|首頁|主页|主頁)\s*[>»›/]|^home\s*[>»›/]",
    ),
    _rule(
        Code.NAVIGATION,
        r"设为首页|設為首頁|加入收藏|^上一篇|^下一篇|^返回(?:首页|首頁|顶部|頂部|列表)",
        r"^(?:previous|next) (?:article|post|story)\s*[:：]",
    ),
    _rule(
        Code.RELATED_LINKS,
        r"^(?:相关|相關)(?:阅读|閱讀|新闻|新聞|文章|链接|鏈接|推荐|推薦)|^(?:新闻|新聞)推荐|^推荐阅读",
        r"^related (?:articles|posts|stories|news)",
    ),
    _rule(
        Code.FOOTER,
        r"ICP\s*[备備证證]|公网安备|公網安備|^技术支持\s*[：:]|^技術支持\s*[：:]|powered by",
    ),
    _rule(Code.COOKIE_NOTICE, r"(?:we|this (?:site|website)) uses? cookies|accept (?:all )?cookies"),
)


def classify(line: str, disabled: frozenset[str] = frozenset(),
             extra: tuple[re.Pattern[str], ...] = ()) -> Code | None:
    """The code of the first rule that matches ``line`` (stripped), or None."""
    stripped = line.strip()
    if not stripped or len(stripped) > MAX_CHROME_CHARS:
        return None
    for rule in RULES:
        if rule.code not in disabled and rule.pattern.search(stripped):
            return rule.code
    if Code.CUSTOM_PATTERN not in disabled:
        for pattern in extra:
            if pattern.search(stripped):
                return Code.CUSTOM_PATTERN
    return None


def _looks_like_title(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= MAX_TITLE_CHARS and s[-1] not in "。．.！!？?；;，,："


def run(text: str, ctx: Context) -> Outcome:
    """Remove head and tail chrome; return removed lines and the metadata they carried."""
    cfg = ctx.config
    lines = text.splitlines(keepends=True)
    if not lines:
        return Outcome(text)
    source_lines = ctx.source.splitlines(keepends=True)
    disabled = frozenset(cfg.disable)
    extra = tuple(re.compile(p) for p in cfg.extra_patterns)

    marks: dict[int, Code] = {}
    title: str | None = None
    content_seen = 0
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        content_seen += 1
        code = classify(line, disabled, extra)
        if code is not None:
            marks[i] = code
        elif title is None and content_seen == 1 and _looks_like_title(line):
            title = line.strip()
        else:
            break
        if content_seen >= HEAD_WINDOW:
            break
    for i in range(len(lines) - 1, -1, -1):
        if i in marks:
            break
        line = lines[i]
        if not line.strip():
            continue
        code = classify(line, disabled, extra)
        if code is None:
            break
        marks[i] = code

    if not cfg.boilerplate:
        return Outcome(text, metadata=Metadata(title=title))

    # Blank lines inside or right before the tail block go with it.
    tail = [i for i in marks if i > 0 and all(j in marks or not lines[j].strip()
                                                for j in range(i, len(lines)))]
    remove = set(marks)
    if tail:
        j = min(tail) - 1
        while j >= 0 and not lines[j].strip():
            remove.add(j)
            j -= 1

    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    findings: list[Finding] = []
    removed: list[RemovedLine] = []
    edits: list[Edit] = []
    meta_lines: list[str] = []
    for i in sorted(remove):
        code = marks.get(i)
        edits.append(Edit(offsets[i], offsets[i + 1], "", code or marks[min(tail)]))
        if code is None:
            continue
        repaired = lines[i].rstrip("\r\n")
        source = source_lines[i].rstrip("\r\n") if i < len(source_lines) else repaired
        removed.append(RemovedLine(i + 1, code, source, repaired))
        findings.append(
            Finding(code, i + 1, 1, f"{code_name(code)}: {repaired[:60]}",
                    evidence="head block" if i < min(tail, default=len(lines)) else "tail block",
                    start=offsets[i], end=offsets[i + 1])
        )
        if code in (Code.PAGE_META, Code.EDITOR_CREDIT):
            meta_lines.append(repaired)
    new_text, changes = apply_edits(text, edits, STEP)
    found = meta.from_lines(meta_lines)
    metadata = Metadata(title=title).merged(found)
    return Outcome(new_text, tuple(findings), tuple(changes), tuple(removed), metadata)

