"""The boilerplate rule library: which head and tail lines are page chrome, by family.

Each rule is a code (one family: copyright, reprint terms, page meta…), a language, the longest
line it may fire on, and regular expressions searched in one stripped line. The rules are
written to match the *form* of a notice, not a topic: ``版权所有``, ``© 2023 …``, ``转载请注明
出处`` or a sentence that refers to the site itself (``本网``, ``this site``), never a sentence
that merely mentions copyright. The stage applies them only to a page's head and tail blocks.

Chinese patterns are written once, in Simplified; :func:`zh` widens every Han character to a
class of its Traditional forms (:data:`VARIANTS`, OpenCC's ``s2t``/``s2tw``/``s2hk`` output for
the rule phrases, checked against OpenCC by a test), so genuine Traditional chrome that no stage
converts — and spun chrome the spin stage left — match the same rules.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import add

from ..charclass import CharClass
from ..codes import Code
from ..metadata import MONTHS

#: Default longest line a rule may fire on; longer lines are body text.
MAX_CHARS = 200


@dataclass(frozen=True, slots=True)
class Rule:
    """A boilerplate rule: ``patterns`` searched in a stripped line no longer than ``max_chars``;
    the rule matches when one of them does.

    Each pattern is compiled on first use, and only searched in a line where one of its keys
    stands (:func:`candidates`): a page whose lines hold no rule's keys compiles nothing, which
    keeps start-up fast on short clean files.
    """

    code: Code
    lang: str
    patterns: tuple[str, ...]
    flags: int
    max_chars: int = MAX_CHARS
    #: Index of the rule's first pattern among all patterns of the library (:func:`candidates`).
    first: int = 0

    @property
    def source(self) -> str:
        """The rule as one regular expression (its patterns as alternatives)."""
        return _source(self.lang, self.patterns)

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.source, self.flags)

    @property
    def mask(self) -> int:
        """The bits of the rule's patterns in a :func:`candidates` mask."""
        return ((1 << len(self.patterns)) - 1) << self.first

    def applies(self, scripts: frozenset[str]) -> bool:
        """True when a line written in ``scripts`` (see :func:`scripts_of`) may match."""
        needed = LANG_SCRIPTS.get(self.lang)
        return needed is None or not needed.isdisjoint(scripts)

    def matches(self, line: str, candidates: int | None = None) -> bool:
        """True when one of the patterns matches ``line``; with a :func:`candidates` mask, only
        the patterns it names are searched (the others cannot match)."""
        for k in range(self.first, self.first + len(self.patterns)):
            if (candidates is None or candidates >> k & 1) and _search(k)(line):
                return True
        return False


#: The scripts a language's lines are written in; rules of other languages skip a line.
LANG_SCRIPTS: dict[str, frozenset[str]] = {
    "zh": frozenset({"han"}),
    "ja": frozenset({"han", "kana"}),
    "ko": frozenset({"hangul"}),
    "ru": frozenset({"cyrillic"}),
    **{lang: frozenset({"latin"}) for lang in ("en", "de", "fr", "es", "pt", "it", "pl", "tr", "vi")},
}


def scripts_of(line: str) -> frozenset[str]:
    """The scripts ``line`` uses among han, kana, hangul, cyrillic and latin.

    >>> sorted(scripts_of("Daily 新闻 Ñ"))
    ['han', 'latin']
    """
    if line.isascii():
        # of the five classes only Latin holds ASCII characters (A-Z, a-z); an ASCII line holds
        # a letter exactly when its upper and lower cases differ
        return _LATIN if line.upper() != line.lower() else _NO_SCRIPT
    return frozenset(name for name, cls in _SCRIPTS if cls.search(line))


_LATIN = frozenset({"latin"})
_NO_SCRIPT: frozenset[str] = frozenset()
#: One character class per script. Latin is ASCII letters and the other letters (as
#: ``str.isalpha`` says) below U+0250: Latin-1, Latin Extended-A and -B.
_SCRIPT_CLASSES: tuple[tuple[str, str], ...] = (
    ("latin", "A-Za-z" + "".join(chr(o) for o in range(0x80, 0x250) if chr(o).isalpha())),
    ("han", "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff"),
    ("kana", "\u3040-\u30ff"),
    ("hangul", "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"),
    ("cyrillic", "\u0400-\u04ff"),
)
#: The classes as :class:`~textfix.charclass.CharClass`: a short page's lines are looked up
#: in their ranges, and the classes are compiled (about 4 ms: the CJK blocks are compiled
#: code point by code point) only once lines have cost about as much.
_SCRIPTS: tuple[tuple[str, CharClass], ...] = tuple(
    (name, CharClass.parse(body)) for name, body in _SCRIPT_CLASSES)


def candidates(line: str, strict: bool = True) -> int | None:
    """The patterns that may match ``line``, as a mask (bit ``k`` for the ``k``-th pattern of
    the library), or None when any may.

    A pattern may match only where one of its keys stands (:mod:`.boilerplate_rules_keys`,
    generated from the patterns themselves), so finding keys with substring tests in the
    lower-cased line rules out the others without searching them. A line holding a character
    that lower-casing does not treat as ``re.IGNORECASE`` does is not filtered; with
    ``strict=False``, only when one of them can stand in a key's place (``RELEVANT``: not the
    Greek letters or ligatures, which no key holds nor matches). Turkish dotted and dotless i
    are not such characters: keys and line are compared through :func:`fold_lower`, which
    maps the four letters ``re.IGNORECASE`` treats as one (``i I İ ı``) to ``i``.

    Keys are looked up without visiting the line character by character in Python: one class
    scan finds the line's anchor characters (and any risky one), and pure-ASCII keys are looked
    up by the character pairs of the line's ASCII runs (a CJK line has few or none).

    Some patterns have a second key set (``SECOND``, bit ``PATTERNS + k`` for pattern ``k``):
    a share menu needs a separator *and* a network name, a dated meta line ``19``/``20`` *and*
    a label. A pattern stays a candidate only when a key of each set stands in the line; the
    check is a few integer operations on the whole mask. Last, a pattern whose every match
    holds n characters of a set (``COUNTS``: a breadcrumb's two separators) needs them, and
    one that ends with ``$`` a line that ends with one of its last characters (``LASTS``: a
    byline ends with a name, not with a full stop).
    """
    index = _index()
    mask = index.always
    hits = index.anchor_hits(line)
    if hits:
        if not (index.risky if strict else index.relevant).isdisjoint(hits):
            return None
        low = line.lower() if _FOLDED.isdisjoint(hits) else fold_lower(line)
        anchors = index.anchors
        for ch in hits:
            ch = fold_lower(ch)
            for key, bits in anchors[ch]:
                if key in low:
                    mask |= bits
    else:
        low = line.lower()
    pairs, found = index.pairs, index.pair_keys
    for run in (low,) if low.isascii() else _ascii_runs().findall(low):
        for pair in found.intersection(map(add, run, run[1:])):
            for key, bits in pairs[pair]:
                if key in low:
                    mask |= bits
    if not mask:
        return mask
    # drop the patterns whose second key set is missing, then the second-set bits themselves
    mask &= ~(index.second & ~(mask >> index.n)) & index.full
    counted = mask & index.counted
    while counted:
        k = counted.bit_length() - 1
        counted ^= 1 << k
        chars, n = index.counts[k]
        if sum(map(low.count, chars)) < n:
            mask ^= 1 << k
    # a pattern ending with ``$`` needs the line to end with one of its last characters
    lasted = mask & index.lasted
    if lasted and line and line[-1] != "\n":
        last = line[-1]
        code = ord(last)
        while lasted:
            k = lasted.bit_length() - 1
            lasted ^= 1 << k
            bounds, space, digit = index.lasts[k]
            if not (bisect_right(bounds, code) & 1 or (space and last.isspace())
                    or (digit and last.isdecimal())):
                mask ^= 1 << k
    return mask


#: The letters ``re.IGNORECASE`` treats as one with ``i`` besides ``I`` (``İ`` and ``ı``:
#: exactly the class of ``(?i)i``, which a test checks), which lower-casing keeps apart
#: (``ı``) or widens to two characters (``İ`` → ``i̇``). :func:`fold_lower` maps them to ``i``.
FOLDED = "\u0130\u0131"
_FOLDED = frozenset(FOLDED)
_FOLD = str.maketrans(FOLDED, "ii")


def fold_lower(text: str) -> str:
    """``text`` lower-cased, with Turkish ``İ`` and ``ı`` folded to ``i`` first: how keys and
    lines are compared (:func:`candidates`). Two characters ``re.IGNORECASE`` matches with each
    other fold to the same character here unless one is ``RISKY``.

    >>> fold_lower("İstanbul'da SIKI kısıtlama")
    "istanbul'da siki kisitlama"
    """
    return text.translate(_FOLD).lower()


@lru_cache(maxsize=1)
def _ascii_runs() -> re.Pattern[str]:
    """Runs of two or more ASCII characters: where a pure-ASCII key of two or more characters
    can stand."""
    return re.compile("[\x00-\x7f]{2,}")


class _KeyIndex:
    """The generated key index (:mod:`.boilerplate_rules_keys`) with the sets and masks
    :func:`candidates` uses."""

    __slots__ = ("always", "anchor_chars",
                 "anchors", "counted", "counts", "full", "lasted", "lasts", "n", "pair_keys",
                 "pairs", "relevant", "risky", "second")

    def __init__(self) -> None:
        from . import boilerplate_rules_keys as K

        if K.PATTERNS != len(_flat()):
            raise RuntimeError(
                "boilerplate_rules_keys.py is stale: run tests/gen_boilerplate_rules.py")
        self.n = K.PATTERNS
        self.full = (1 << K.PATTERNS) - 1
        self.always, self.second = K.ALWAYS, K.SECOND
        # lookup -> [(key, mask)], parsed from the generated rows when first met
        self.anchors, self.pairs = _Rows(K.ANCHORS), _Rows(K.PAIRS)
        self.pair_keys = frozenset(K.PAIR_KEYS.split("\t"))
        self.risky = frozenset(K.RISKY)
        self.relevant = frozenset(K.RELEVANT)
        # the line characters to look up: those that lower to an anchor, the risky ones, and
        # the folded ones (a line holding one is folded before keys are looked up)
        self.anchor_chars = CharClass.of(frozenset(K.ANCHOR_CHARS) | self.risky | _FOLDED)
        self.counts = {k: (chars, n) for k, chars, n in K.COUNTS}
        self.counted = sum(1 << k for k in self.counts)
        # pattern -> (range bounds for bisect: inside at an odd insertion point, \s, \d)
        self.lasts = {k: (_bounds(ranges), "space" in cats, "digit" in cats)
                      for k, ranges, cats in K.LASTS}
        self.lasted = sum(1 << k for k in self.lasts)

    def anchor_hits(self, line: str) -> AbstractSet[str]:
        """The distinct characters of ``line`` that are anchors (in any case) or risky (a set
        intersection on a short page, a compiled class's scan once lines have cost about as
        much as compiling it: the same answers)."""
        return self.anchor_chars.found(line)


def _bounds(ranges: str) -> tuple[int, ...]:
    """Generated ranges (``lo-hi`` in hexadecimal, space-separated) as flat bounds [lo, hi+1…]."""
    out: list[int] = []
    for r in ranges.split():
        lo, hi = r.split("-")
        out += (int(lo, 16), int(hi, 16) + 1)
    return tuple(out)


class _Rows(dict[str, list[tuple[str, int]]]):
    """A generated table (rows of lookup, key and pattern numbers; a lookup's rows are
    consecutive) as lookup -> [(key, mask)], each lookup parsed when first asked for."""

    def __init__(self, rows: str) -> None:
        super().__init__()
        self._table = "\n" + rows

    def __missing__(self, lookup: str) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        table, head = self._table, f"\n{lookup}\t"
        at = table.find(head)
        while at >= 0:
            end = table.find("\n", at + 1)
            _lookup, key, patterns = table[at + 1:end if end >= 0 else None].split("\t")
            mask = 0
            for k in patterns.split(","):
                mask |= 1 << int(k)
            out.append((key, mask))
            at = end if end >= 0 and table.startswith(head, end) else -1
        self[lookup] = out
        return out


@lru_cache(maxsize=1)
def _index() -> _KeyIndex:
    return _KeyIndex()


@lru_cache(maxsize=1)
def rule_of_pattern() -> tuple[int, ...]:
    """The index (in :func:`rules`) of the rule each pattern belongs to."""
    return tuple(i for i, r in enumerate(rules()) for _p in r.patterns)


@cache
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


@cache
def _search(k: int) -> Callable[[str], object]:
    """How the ``k``-th pattern is searched in a line: its own search, behind its gate
    (:data:`_GATES`) when it has one. Truthy exactly when the pattern matches."""
    lang, flags, pattern = _flat()[k]
    gate = _GATES.get(pattern)
    if gate is None:
        return _pattern(k).search
    passes = re.compile(expand(lang, gate), flags | re.DOTALL).search
    search = _pattern(k).search

    def gated(line: str) -> re.Match[str] | None:
        return search(line) if passes(line) else None

    return gated


#: A pattern opening with this regular-expression comment matches a notice by its own opening
#: words (a maintenance banner, a paywall or donation appeal, a paid-document promo), which a
#: body paragraph does not open with: it is searched in a long line too, where the other
#: patterns are not (a long line of prose is body text however many notice words it holds).
NOTICE = "(?#notice)"


@lru_cache(maxsize=1)
def notice_mask() -> int:
    """The patterns that open with :data:`NOTICE`, as a :func:`candidates` mask."""
    return sum(1 << k for k, (_lang, _flags, p) in enumerate(_flat()) if p.startswith(NOTICE))


@cache
def _pattern(k: int) -> re.Pattern[str]:
    """The ``k``-th pattern of the library, compiled on first use."""
    lang, flags, pattern = _flat()[k]
    return re.compile(expand(lang, pattern), flags)


@lru_cache(maxsize=1)
def _flat() -> tuple[tuple[str, int, str], ...]:
    return tuple((r.lang, r.flags, p) for r in rules() for p in r.patterns)


#: Simplified character → its Traditional forms (OpenCC s2t, s2tw, s2hk on the rule phrases).
#: Regenerate with ``python -c "from textfix.damage.boilerplate_rules import compute_variants;
#: print(compute_variants())"``; ``tests/test_boilerplate_rules.py`` fails when it is stale.
VARIANTS: dict[str, str] = {}

_VARIANT_TABLE = (
    "专專 业業 严嚴 个個 临臨 为為爲 举舉 习習 书書 买買 了瞭 于於 "
    "仅僅 们們 众眾衆 会會 传傳 体體 余餘 侧側 关關 内內 册冊 写寫 "
    "击擊 划劃 创創 删刪 别別 制製 办辦 务務 动動 区區 华華 协協 "
    "单單 卖賣 参參 发發髮 台臺 号號 后後 吗嗎 听聽 启啓啟 员員 围圍 "
    "图圖 场場 块塊 声聲 处處 备備 复複 实實 审審 对對 导導 属屬 "
    "布佈 师師 帮幫 广廣 废廢 开開 张張 归歸 当當 录錄 志誌 怀懷 "
    "总總 户戶 扫掃 护護 报報 担擔 换換 据據 摄攝 撑撐 数數 无無 "
    "时時 显顯 术術 机機 杂雜 权權 条條 来來 构構 标標 栏欄 核覈 "
    "档檔 欢歡 气氣 注註 浏瀏 温溫 点點 热熱 现現 电電 画畫 监監 "
    "盘盤 码碼 碍礙 积積 称稱 筹籌 签簽籤 简簡 类類 系繫 纠糾 约約 "
    "级級 线線 组組 终終 绍紹 经經 结結 给給 络絡 绝絕 统統 继繼 "
    "续續 维維 编編 缩縮 网網 联聯 节節 范範 荐薦 获獲 营營 见見 "
    "观觀 视視 览覽 觉覺 计計 订訂 议議 讯訊 记記 许許 论論 设設 "
    "访訪 证證 评評 识識 词詞 诚誠 话話 该該 详詳 语語 说說説 请請 "
    "读讀 谢謝 负負 财財 责責 购購 费費 资資 赞贊 转轉 载載 辈輩 "
    "辑輯 输輸 达達 过過 运運 还還 这這 进進 违違 适適 邮郵 郑鄭 "
    "采採 里裏裡 钟鐘 钮鈕 链鏈 错錯 键鍵 镜鏡 长長 门門 闭閉 问問 "
    "间間 闻聞 阅閱閲 险險 隐隱 页頁 顶頂 须須 顾顧 频頻 题題 风風 "
    "馈饋 马馬 验驗 "
)


VARIANTS.update((pair[0], pair[1:]) for pair in _VARIANT_TABLE.split())


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def zh(pattern: str) -> str:
    """``pattern`` with every Han character widened to a class of its Traditional forms.

    >>> zh("版权[所有]")
    '版[权權][所有]'
    """
    out: list[str] = []
    in_class = False
    escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
            out.append(ch)
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        forms = VARIANTS.get(ch, "") if _is_han(ch) else ""
        if forms:
            out.append(ch + forms if in_class else f"[{ch}{forms}]")
        else:
            out.append(ch)
    return "".join(out)


# --- shared fragments -------------------------------------------------------------------------

#: The site or article referring to itself: what turns a sentence into a notice.
SELF_ZH = (
    r"(?:本网|本站|本文|本报|本刊|本台|本平台|本号|本公众号|本网站|本频道|本作品|本栏目|本资讯|"
    r"本微信|本帖|本页|本社|本媒体|本APP|本客户端|我网|我站)"
)
SELF_EN = (
    r"(?:\b(?:this|the) (?:article|story|post|page|site|website|content|material|report|"
    r"newsletter|feed|publication)\b|\bour (?:site|website|content|articles|stories|materials?)\b)"
)


def _longest_first(words: Iterable[str]) -> str:
    r"""``words`` as one expression that a search tries in the order of
    ``"|".join(sorted(words, key=len, reverse=True))``, but written as a trie.

    An alternation of a hundred words under ``re.IGNORECASE`` costs a hundred branch attempts
    at every position of a line; the trie costs one per first letter. Both try the same words
    in the same order: the words that match at a position all lie on one path of the trie
    (each is a prefix of the text there, so of each other), and its optional tails are greedy,
    so they are tried longest first — as the length-sorted alternation tries them (two words of
    one length cannot both match at a position). A test compares them.

    >>> _longest_first(["sep", "sept", "september", "oct"])
    '(?:oct|sep(?:t(?:ember)?)?)'
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return f"(?:{'|'.join(_branches(trie))})"


def _branches(node: dict) -> list[str]:  # type: ignore[type-arg]
    """The alternatives below a trie node, one per next character."""
    return [(ch if ch.isalpha() else re.escape(ch)) + _tail(sub)
            for ch, sub in sorted(node.items()) if ch]


def _tail(node: dict) -> str:  # type: ignore[type-arg]
    """What may follow a trie node's character: its branches, optional (greedy) when a word
    ends at the node."""
    alts = _branches(node)
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    if "" not in node:
        return body
    return f"{body}?" if len(body) == 1 else f"(?:{body})?"


#: :data:`textfix.metadata.MONTH` (a month name, matched case-insensitively) as a trie: the
#: same words tried in the same order. Written out as ``_longest_first(MONTHS)`` derives it
#: (building it costs 0.4 ms at every start-up); a test checks that it is up to date.
_MONTH_TRIE = (
    "(?:a(?:bril|gosto|o(?:ut|ût)|pr(?:ile?)?|ug(?:ust)?|vril|ğustos)|czerw(?:ca|iec)|d(?:e(?"
    ":c(?:emb(?:er|re))?|z(?:embro)?)|ic(?:embre|iembre)|écembre)|e(?:kim|nero|ylül)|f(?:e(?:"
    "b(?:(?:braio|r(?:ero|uary?)))?|v(?:ereiro|rier))|évrier)|g(?:ennaio|iugno|rud(?:nia|zień"
    "))|haziran|j(?:an(?:(?:eiro|uary?|vier))?|u(?:i(?:llet|n)|l(?:(?:ho|io?|y))?|n(?:(?:e|ho"
    "|io?))?))|kwie(?:cień|tnia)|l(?:i(?:p(?:ca|iec)|stopada?)|u(?:glio|t(?:ego|y)))|m(?:a(?:"
    "erz|ggio|io?|ja|r(?:(?:c(?:a|h)|s|z(?:ec|o)|ço))?|yo?)|ärz)|n(?:isan|ov(?:(?:emb(?:er|r("
    "?:e|o))|iembre))?)|o(?:c(?:ak|t(?:(?:ob(?:er|re)|ubre))?)|ktober|ttobre|utubro)|paździer"
    "nika?|s(?:e(?:p(?:t(?:(?:emb(?:er|re)|iembre))?)?|t(?:embro|iembre|tembre))|ierp(?:ień|n"
    "ia)|tycz(?:eń|nia))|temmuz|wrze(?:sień|śnia)|şubat|а(?:вг(?:уста?)?|пр(?:ел(?:ь|я))?)|де"
    "к(?:абр(?:ь|я))?|ию(?:л(?:(?:ь|я))?|н(?:(?:ь|я))?)|ма(?:й|р(?:та?)?|я)|ноя(?:бр(?:ь|я))?"
    "|окт(?:ябр(?:ь|я))?|сен(?:тябр(?:ь|я))?|фев(?:рал(?:ь|я))?|янв(?:ар(?:ь|я))?)"
)
MONTH = rf"{_MONTH_TRIE}\.?"
#: Every date starts with a digit or a month name: the look-ahead turns the other positions
#: of a line away with one class test instead of trying every alternative of the date there
#: (it holds each name's first letter, so under ``re.IGNORECASE`` it admits every character
#: the names' first letters do; a test checks).
_DATE_START = rf"(?=[\d{''.join(sorted({name[0] for name in MONTHS}))}])"
NUM_DATE = r"(?:19|20)\d\d\s*(?:年|년|[-/.])\s*\d{1,2}\s*(?:月|월|[-/.])\s*\d{1,2}\s*(?:日|일|\.)?"
DATE = (
    rf"{_DATE_START}(?:{NUM_DATE}|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d|\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    rf"|\d{{1,2}}(?:\.|er|º)?\s+(?:de\s+)?{MONTH},?\s+(?:de\s+|del\s+)?(?:19|20)\d\d(?:\s*г\.?)?)"
)
TIME = r"(?:\d{1,2}:\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:uhr|h|ET|EST|EDT|GMT|UTC|CET|MSK|KST|JST))?)"
WEEKDAY = (
    r"(?:(?:星期|周|週)[一二三四五六日天]|[月火水木金土日]曜日?|[월화수목금토일]요일|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|"
    r"poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela|"
    r"pazartesi|sal\w|çarşamba|perşembe|cumartesi|pazar|cuma|"
    r"thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|"
    r"понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)"
)
VIEWS = (
    r"(?:浏览|阅读|点击|访问|人气|热度|次浏览|閲覧|조회|views?|reads?|hits|просмотр\w*|"
    r"aufrufe|mal gelesen|vues|lectures|visitas|lecturas|visualizações|leituras)"
)
#: A document's or a post's counters other than its views (:data:`VIEWS`): downloads,
#: citations, bookmarks, likes, a rating, a forum poster's posts; in the scripts without letter case, the labels a
#: page leaves empty (``评分：``) too.
_COUNTERS_CJK = (
    r"(?:下载|下载次数|下载量|被引用|被引|引用次数|点阅|评分|收藏|点赞|相关次数|分享次数|"
    r"ダウンロード数?|引用数|お気に入り|いいね|다운로드|인용|즐겨찾기|좋아요|추천)"
)
_COUNTERS = (
    rf"(?:{_COUNTERS_CJK}|downloads?|citations?|cited by|bookmarks|favou?rites|likes|"
    r"zitiert|zitationen|lesezeichen|téléchargements|favoris|descargas|citas|favoritos|"
    r"citazioni|preferiti|citações|curtidas|скачивани[йя]|загрузок|цитировани[йя]|"
    r"pobra[ńn]|pobrania|cytowania|polubienia|indirme|atıf|beğeni|lượt tải(?: về)?|"
    r"trích dẫn|lượt thích|posts|beiträge|mensajes|messaggi|mensagens|сообщений|posty|"
    r"mesajlar|bài viết|帖子|发帖|积分)"
)
#: Who uploaded a document to a sharing site, when, and its number there.
_UPLOAD = (
    r"(?:上传人|上传者|上传时间|上传日期|文档编号|uploaded by|upload(?:ed)? (?:date|on)|"
    r"hochgeladen (?:von|am)|mis en ligne (?:par|le)|téléversé par|subido por|"
    r"fecha de subida|caricato da|data di caricamento|carregado por|загрузил|дата загрузки|"
    r"przesłane przez|data przesłania|yükleyen|yükleme tarihi|người tải lên|ngày tải lên|"
    r"アップロード者|アップロード日|업로드한 사람|업로드 날짜)"
)
_LABELS_ZH = (
    r"(?:来源|出处|稿源|文章来源|信息来源|新闻来源|作者|记者|分类|栏目|所属栏目|频道|发布时间|"
    r"发布日期|发表时间|发表日期|更新时间|时间|日期|浏览次数|浏览量|点击数|点击量|阅读量|阅读数|"
    r"阅读|浏览|点击|人气|编辑|责任编辑|字号|字体|来自|发布者|发布人|作者单位)"
)
_LABELS_XX = (
    r"(?:source|author|category|section|views?|posted|published|updated|date|tags?|"
    r"著者|投稿日|公開日|更新日|配信日|カテゴリー?|출처|작성자|입력|수정|등록일?|분류|"
    r"источник|автор|рубрика|опубликовано|обновлено|дата|quelle|autor(?:in)?|rubrik|"
    r"kategorie|veröffentlicht|aktualisiert|auteur|catégorie|rubrique|publié(?: le)?|"
    r"mis à jour|fuente|categoría|sección|publicado|actualizado|fonte|categoria|seção|"
    r"atualizado|aggiornato|aktualizacja|güncelleme|cập nhật)"
)
#: A capitalised personal name (Latin or Cyrillic), for bylines and credits.
NAME = r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.\-]*(?:\s+(?:de |da |van |von |del |le )?[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.\-]*){0,3})"
NAMES = rf"{NAME}(?:\s*(?:,|and|und|et|y|e|и|&)\s*{NAME}){{0,4}}"
#: Han characters and ``·`` have no case, so the class matches the same characters with or without
#: IGNORECASE (a test checks every code point); ``(?-i:…)`` only spares compiling the class
#: case-insensitively, which costs milliseconds for a range of 20,000 characters.
HAN_NAME = r"(?-i:[\u4e00-\u9fff·]{2,5})"
SEP = r"[>»›＞→/|｜]"
#: Not running prose: no three lower-case words of three letters or more in a row (a sentence),
#: whatever the rule's case flag. Keeps ``By Monday, the parties had agreed…`` out of bylines.
PROSE = r"(?-i:(?!.*\b[a-zß-öø-ÿа-яё]{3,}\s+[a-zß-öø-ÿа-яё]{3,}\s+[a-zß-öø-ÿа-яё]{3,}\b))"


#: A blog platform's placeholder where a post's image was (``사용자 삽입 이미지``).
IMAGE_PLACEHOLDER = r"^사용자 삽입 이미지\s*$"
#: Placeholders of templates that were never filled (``{{ nav.home }}``, ``NULL``, an image's
#: placeholder): matched case-sensitively.
PLACEHOLDERS = (
    r"\{\{\s*[\w.|: ]+\s*\}\}|\{%.{1,60}%\}",
    r"^(?:null|undefined|NaN|NULL|None|\[object Object\])\s*$",
    r"^NULL string\(\d+\)|string\(\d+\)\s*\"[^\"]*\"\s*$",
    r"^\$\{[\w.]+\}\s*$",
    IMAGE_PLACEHOLDER,
    (r"^(?:No se encontr[oó] contenido|No content found|Nothing (?:was )?found|Keine Beiträge gefunden|"
     r"Aucun (?:article|résultat) trouvé|Nenhum (?:conteúdo|resultado) encontrado)\.?\s*$"),
)
#: An advertisement's or a sponsor's label standing alone (``Anzeige``, ``Publicité``, ``广告``):
#: matched ignoring case.
AD_LABEL = (
    r"^[\[(【（]?\s*(?:advertisement|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|"
    r"pubblicità|publicidade|реклама|reklama|reklam|quảng cáo|スポンサーリンク|広告|광고|广告|廣告)"
    r"\s*[\])】）]?\s*$")

#: A date's label standing alone, its date not rendered (``Published``, ``Publié le``,
#: ``Veröffentlicht am:``): matched ignoring case.
EMPTY_DATE_FIELD = (
    r"^(?:published|posted|updated|publié|mis à jour|publicado|actualizado|atualizado|"
    r"veröffentlicht|aktualisiert|pubblicato|aggiornato|opublikowano|zaktualizowano|"
    r"yay\wnland\w|güncellendi|đăng|cập nhật|опубликовано|обновлено)"
    r"(?P<left>\s+(?:on|le|el|em|am|il|lúc|ngày|w dniu)\s*[:：]?|\s*[:：])?\s*$")


def aside(view: str) -> bool:
    """Whether a stripped line is an advertisement's label, an image's placeholder or a
    date's label left open (:data:`AD_LABEL`, :data:`IMAGE_PLACEHOLDER`,
    :data:`EMPTY_DATE_FIELD` ending with the word or the colon its date follows): no text
    prints that of itself, so wherever it stands it is the page's (a widget between two
    paragraphs, :func:`.segment.inner_blocks`). The other placeholders are not: ``None`` or
    ``{{ name }}`` alone on a line is also a program's output or a template's code that a
    tutorial shows, and ``Published`` alone a list's heading.

    >>> aside("Anzeige"), aside("사용자 삽입 이미지"), aside("Publié le"), aside("Published")
    (True, True, True, False)
    >>> aside("None"), aside("Advertising pays")
    (False, False)
    """
    if (_compiled(AD_LABEL, re.IGNORECASE).search(view)
            or _compiled(IMAGE_PLACEHOLDER, 0).search(view)):
        return True
    m = _compiled(EMPTY_DATE_FIELD, re.IGNORECASE).search(view)
    return m is not None and m.group("left") is not None


#: A date with a view counter or a meta label.
_DATED_META = (
    rf"{DATE}.{{0,80}}?(?:\d+\s*(?:次|人|回)?\s*{VIEWS}|{_LABELS_ZH}\s*[:：]|{_LABELS_XX}\s*[:：])")

#: Necessary conditions of costly patterns, searched first (with the pattern's flags, and
#: ``re.DOTALL``): a line without a match of the gate holds no match of the pattern, so it is
#: turned away at the cost of one cheap search. A pattern that is searched unanchored with
#: alternations of words at every position costs 60-110 µs on a dated line; most dated lines
#: in a page's head are not meta lines, and the gate turns most of them away in 2 µs.
_GATES: dict[str, str] = {
    # :data:`_DATED_META`: every date holds a year; after it, a label ends with one of these
    # letters (a test derives them from the labels) before its colon, or a view counter's
    # digits are followed by the first letter of a view word (ditto).
    _DATED_META: (r"(?:19|20)\d\d.*?(?:[人位体击号处数期气源目类者自览读辑道量间"
                  r"adegknorstwyéакорリー典日者력록류일자정처]\s*[:：]"
                  r"|\d\s*(?:次|人|回)?\s*[ahlmrvп人次浏点热访閲阅조])"),
}


def expand(lang: str, pattern: str) -> str:
    """``pattern`` as compiled: Chinese and language-neutral ones widened by :func:`zh`."""
    return zh(pattern) if lang in ("zh", "any") else pattern


@cache
def _source(lang: str, patterns: tuple[str, ...]) -> str:
    return "|".join(f"(?:{expand(lang, p)})" for p in patterns)


# (code, language, longest line, case-sensitive, patterns)
_SPEC: tuple[tuple[Code, str, int, bool, tuple[str, ...]], ...] = (
    # --- page meta: dates, views, source/author/category labels, bylines -----------------
    (Code.PAGE_META, "any", 120, False, (
        # a line that is only a date (and time, weekday)
        rf"^[\W_]*(?:{WEEKDAY}[,.，、]?\s*)?{DATE}[,，]?\s*(?:{TIME})?\s*(?:[（(]?{WEEKDAY}[)）]?)?[\W_]*$",
        # a date with a view counter or a meta label
        _DATED_META,
        rf"^(?:{_LABELS_XX})\s*[:：]?\s*(?:{WEEKDAY}[,.]?\s*)?(?:le |el |em |am |on )?{DATE}",
        # a complete date and time with a few words around it (no sentence): 原创 张伟 公众号
        # 2023-03-05 08:00 发表于北京 / 2023/03/05 14:30 記者陳志明／台北報導
        rf"^[^。.!?！？]{{0,30}}{DATE}\s*{TIME}[^。!?！？]{{0,24}}$",
        rf"(?:{VIEWS})\s*[:：]?\s*\d+.{{0,40}}(?:{DATE}|{_LABELS_XX}\s*[:：])",
        rf"^(?:\d[\d,.]*\s*(?:次|人)?\s*{VIEWS}|{VIEWS}\s*[:：]\s*\d[\d,.]*)(?:\s*[|·•/]\s*.{{0,60}})?$",
    )),
    (Code.PAGE_META, "zh", 120, False, (
        # two meta labels on one line: 来源：… 作者：…
        rf"{_LABELS_ZH}\s*[:：].{{0,60}}?{_LABELS_ZH}\s*[:：]",
        # one unambiguous label opening a short line
        (r"^[【\[（(]?\s*(?:来源|出处|英文出处|原文出处|稿源|文章来源|信息来源|新闻来源|作者|发布时间|发布日期|发表时间|"
        r"更新时间|浏览次数|点击数|阅读量|阅读数|发布者|所属栏目|原文链接|本文链接|原文地址|文章链接)"
        r"\s*[:：]"),
        # a date label run on into its date, the colon lost: 发布时间2021-12-22
        rf"^[【\[（(]?\s*(?:发布时间|发布日期|发表时间|发表日期|更新时间|日期|时间)\s*{DATE}",
        # bylines: 记者 张三  /  文/张三  /  （本报记者 张三 李四）
        (rf"^[【\[（(]?\s*(?:本报|本网|本台|本刊|新华社|中新社|人民网)?(?:特约)?(?:记者|通讯员|撰文|摄影|"
        rf"文|图|文图|图文)\s*[/／｜|：:]?\s*{HAN_NAME}(?:[\s、，,]+{HAN_NAME}){{0,4}}\s*[）)】\]]?$"),
        r"^[【\[（(]?\s*(?:字号|字体)\s*[:：]?\s*[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小",
    )),
    (Code.PAGE_META, "en", 160, True, (
        # bylines: By Jane Doe, Reuters | Updated March 5, 2023
        (rf"^(?:By|BY|Written by|Posted by|Words by|Story by)\s+{NAMES}"
        rf"{PROSE}(?:\s*[,|·•—–-]\s*.{{0,80}})?$"),
        # a byline in small letters, the name alone: by Jane Doe
        rf"^by\s+{NAMES}\s*$",
        (r"^(?:Source|(?:[A-Z][\w-]* )?(?:Category|Categories|Topics?)|Section|Filed under|Tags)"
        rf"\s*:\s*{PROSE}\S.{{0,80}}$"),
        r"^\d+\s*(?:min(?:ute)?s?)\.?\s+read\b",
        r"\|\s*\d+\s*min(?:ute)?s?\.?\s+read\b",
        (r"^(?:Published|Posted|Updated|Last updated|Originally published)\b"
        rf"{PROSE}.{{0,20}}?\d"),
    )),
    (Code.PAGE_META, "ja", 120, False, (
        r"^(?:投稿日|公開日|更新日時?|配信日|掲載日|登録日|作成日|最終更新日?|著者|筆者|カテゴリー?|タグ)\s*[:：]",
        rf"{NUM_DATE}\s*(?:{TIME})?\s*(?:配信|公開|更新|掲載)",
        r"^(?:文|取材・文|写真)\s*[:：／/]\s*\S{1,20}$",
    )),
    (Code.PAGE_META, "ko", 120, False, (
        r"^(?:입력|수정|등록|작성일|게재|업데이트|출처|작성자|분류|카테고리)\s*[:：]?\s*(?:\d|\S+\s*$)",
        r"조회\s*(?:수)?\s*[:：]?\s*\d",
        r"^(?-i:[가-힣]{2,4})\s*(?:기자|특파원)(?:\s+\S+@\S+)?\s*$",  # caseless: see HAN_NAME
    )),
    (Code.PAGE_META, "ru", 160, True, (
        r"^(?:Опубликовано|Дата публикации|Обновлено|Дата)\s*:?\s*\d",
        rf"^(?:Источник|Автор|Рубрика|Категория|Теги)\s*:\s*{PROSE}\S.{{0,80}}$",
        r"\d+\s*просмотр",
    )),
    (Code.PAGE_META, "de", 160, True, (
        r"^(?:Veröffentlicht|Aktualisiert|Stand|Datum|Erstellt)\s*:?\s*(?:am\s+)?\d",
        rf"^(?:Quelle|Autor|Autorin|Rubrik|Kategorie|Schlagworte)\s*:\s*{PROSE}\S.{{0,80}}$",
        rf"^Von\s+{NAMES}{PROSE}(?:\s*[,|·•—–-]\s*.{{0,80}})?$",
        r"\d+\s*(?:Aufrufe|Mal gelesen)",
    )),
    (Code.PAGE_META, "fr", 160, True, (
        r"^(?:Publié|Mis à jour|Modifié)\s*(?:le\s+)?\d",
        rf"^(?:Source|Auteur|Autrice|Catégorie|Rubrique|Mots-clés)\s*:\s*{PROSE}\S.{{0,80}}$",
        rf"^Par\s+{NAMES}{PROSE}(?:\s*[,|·•—–-]\s*.{{0,80}})?$",
        r"\d+\s*(?:vues|lectures)\b",
    )),
    (Code.PAGE_META, "es", 160, True, (
        r"^(?:Publicado|Actualizado|Fecha)\s*:?\s*(?:el\s+)?\d",
        rf"^(?:Fuente|Autor|Autora|Categoría|Sección|Etiquetas)\s*:\s*{PROSE}\S.{{0,80}}$",
        rf"^Por\s+{NAMES}{PROSE}(?:\s*[,|·•—–-]\s*.{{0,80}})?$",
        r"\d+\s*(?:visitas|lecturas|vistas)\b",
    )),
    (Code.PAGE_META, "pt", 160, True, (
        r"^(?:Publicado|Atualizado|Data)\s*:?\s*(?:em\s+)?\d",
        rf"^(?:Fonte|Autor|Autora|Categoria|Seção|Editoria|Tags)\s*:\s*{PROSE}\S.{{0,80}}$",
        r"\d+\s*(?:visualizações|leituras)\b",
    )),
    # --- a document's or a post's counters and its upload meta: 上传人：… 上传时间：…, 下载：0,
    # 被引用：1, Downloads: 12 (a label printed twice, its icon's text and its own; a bullet) --
    (Code.PAGE_META, "any", 100, False, (
        rf"^[•·*\-]?\s*(?:{_UPLOAD})\s*[:：]\s*\S",
        (rf"^[•·*\-]?\s*[^\s:：]{{0,14}}?(?:{_COUNTERS})\s*[:：]\s*\d[\d,.]*\s*(?:次|人次|回|건|회)?"
         r"\s*$"),
        # a forum's post header: the poster's join date, alone or with it (its own line below)
        (r"^(?:join date|joined|registriert seit|mitglied seit|dabei seit|inscrit le|"
         r"fecha de ingreso|registrado desde|iscritto dal|membro desde|дата регистрации|"
         r"зарегистрирован|dołączył|katılım tarihi|ngày gia nhập|ngày tham gia|注册时间|注册日期|"
         r"加入时间|登録日|가입일)\s*[:：]?\s*(?:\d[\d\s./-]*|(?:\d{1,2}\s+)?[^\W\d]{3,10}\.?\s+\d{4})?\s*$"),
        # a counter the page's script left empty, or the counters' own label: 评分： / 相关次数：
        rf"^[•·*\-]?\s*[^\s:：]{{0,14}}?(?-i:{_COUNTERS_CJK})\s*[:：]\s*$",
    )),
    # --- editor and reviewer credits --------------------------------------------------------
    (Code.EDITOR_CREDIT, "zh", 80, False, (
        (r"^[【\[（(]?\s*(?:责任编辑|责编|编辑|值班编辑|实习编辑|网络编辑|校对|审核|审校|审定|美编|编审|"
        r"终审|初审|复审|一审|二审|三审|监制|统筹|策划|主编|总编辑|编导|排版|校稿|出品人?|小编)"
        r"\s*(?:[:：/｜|]|\s)\s*\S.{0,50}$"),
    )),
    (Code.EDITOR_CREDIT, "en", 160, True, (
        (rf"^(?:(?:Additional )?[Rr]eporting by|(?:Copy[- ]?)?[Ee]dit(?:ed|ing) by|Reviewed by|"
        rf"Fact[- ]checked by|Writing by|Compiled by|Produced by|Proofread by)\s+{NAMES}"
        rf"(?:\s*[;,]\s*(?:(?:Additional )?[Rr]eporting|[Ee]dit(?:ed|ing)|Writing|Reviewed)"
        rf"(?: by)?\s+{NAMES})*\.?\s*$"),
        rf"^(?:Editor|Senior [Ee]ditor|Managing [Ee]ditor|Copy [Ee]ditor|Reviewer|Editors)\s*:\s*{NAMES}\.?$",
        rf"^[(\[]\s*(?:[Ee]dited|[Rr]eporting|[Ww]riting) by\s+{NAMES}.{{0,60}}[)\]]$",
    )),
    (Code.EDITOR_CREDIT, "ja", 60, False, (
        r"^[（(]?\s*(?:編集|編集部|編集担当|校正|校閲|監修)\s*[:：／/]\s*\S.{0,30}$",
    )),
    (Code.EDITOR_CREDIT, "ko", 80, False, (
        r"^(?:편집|교열|감수|편집자)\s*[:：]\s*\S.{0,30}$",
        # a desk's credit at the end of a line: "…(사이트) 취재팀 편집", "디지털뉴스팀 정리"
        r"(?:취재팀|편집팀|편집부|취재부|온라인뉴스팀|디지털뉴스팀)(?:\s*(?:편집|정리))?\s*$",
    )),
    (Code.EDITOR_CREDIT, "ru", 80, False, (
        r"^(?:Редактор|Корректор|Выпускающий редактор|Редакция)\s*:\s*\S.{0,50}$",
    )),
    (Code.EDITOR_CREDIT, "de", 80, False, (
        r"^(?:Redaktion|Redakteur(?:in)?|Lektorat|Bearbeitung|Bearbeitet von)\s*:\s*\S.{0,50}$",
    )),
    (Code.EDITOR_CREDIT, "fr", 80, False, (
        r"^(?:Rédaction|Édition|Édité par|Relu par|Relecture)\s*:\s*\S.{0,50}$",
    )),
    (Code.EDITOR_CREDIT, "es", 80, False, (
        r"^(?:Edición|Editado por|Redacción|Revisado por|Revisión)\s*:\s*\S.{0,50}$",
    )),
    (Code.EDITOR_CREDIT, "pt", 80, False, (
        r"^(?:Edição|Editado por|Revisão|Redação)\s*:\s*\S.{0,50}$",
    )),
    # --- "for more information, visit …" ----------------------------------------------------
    (Code.MORE_INFO, "zh", 120, False, (
        r"(?:如需|欲|想|若想|如想|若需)(?:进一步)?(?:了解|查看|获取|阅读)更多",
        (r"更多(?:信息|资讯|内容|精彩|新闻|详情|精彩内容)[，,]?\s*(?:请|敬请|欢迎)?(?:登录|访问|关注|点击|"
        r"查看|浏览|下载)"),
        r"^[【\[]?(?:点击|阅读|查看)(?:查看)?(?:原文|全文|更多)[】\]]?",
    )),
    (Code.MORE_INFO, "en", 160, False, (
        (r"^for (?:more|further|additional) (?:information|details|news|stories|coverage|updates)\b"
        r".{0,60}\b(?:visit|see|go to|click|head to|check out|contact|call|email)\b"),
        r"^(?:read|see|learn|find out) more(?: at| on| about| here|:|\s*[»›→…]?$)",  # a link's arrow
        r"^(?:visit (?:us at|our website|our site|www\.)|click here (?:to|for))",
    )),
    # a link's prompt in brackets, an editor's note (unbracketed, it may be a manual's own
    # instruction): (Click here to watch the briefing.) / （可按这里收看）
    (Code.MORE_INFO, "zh", 120, False, (
        (r"^[（(【\[]\s*(?:可|请)?(?:按|点击|点按)(?:这里|此处)(?:收看|观看|收听|浏览|下载|查看|阅读|"
         r"播放)"),
        # a document-sharing site's notice below a shared document: 《…》由会员分享，可在线阅读…
        NOTICE + r"^《[^》]{1,80}》由(?:会员|用户|网友)\S{0,16}分享[，,]\s*可在线阅读",
    )),
    (Code.MORE_INFO, "xx", 120, False, (
        (r"^[(（\[]\s*(?:click here (?:to|for)|klicken sie hier|hier klicken|cliquez ici|"
         r"haga clic aquí|haz clic aquí|pulse aquí|clicca qui|clique aqui|нажмите здесь|"
         r"kliknij tutaj|buraya tıklayın|bấm vào đây|nhấn vào đây)\b"),
        r"^[(（]\s*(?:こちら|ここ)をクリック|^[(（]\s*여기를 클릭",
    )),
    (Code.MORE_INFO, "ja", 100, False, (r"^詳しくは.{0,40}(?:ご覧|参照|まで|へ)", r"^続きを読む")),
    (Code.MORE_INFO, "ko", 100, False, (r"자세한 (?:내용|사항)은.{0,40}(?:참조|참고|확인)",
                                        r"^(?:더 ?보기|기사 ?원문)")),
    (Code.MORE_INFO, "ru", 120, False, (r"^Подробнее\s*(?:на|читайте|:|о\s)",
                                        r"^(?:Читать|Узнать) (?:далее|больше|подробнее)")),
    (Code.MORE_INFO, "de", 120, False, (r"^Weitere Informationen (?:unter|finden Sie|gibt es)",
                                        r"^(?:Mehr (?:dazu|erfahren|lesen|Informationen)|Weiterlesen)\b")),
    (Code.MORE_INFO, "fr", 120, False, (r"^Plus d.informations? (?:sur|à|:)", r"^(?:En savoir plus|Lire la suite)\b")),
    (Code.MORE_INFO, "es", 120, False, (r"^Más información (?:en|:)", r"^(?:Leer más|Seguir leyendo)\b")),
    (Code.MORE_INFO, "pt", 120, False, (r"^Mais informações (?:em|no|:)", r"^(?:Saiba mais|Leia mais|Continue lendo)\b")),
    # --- copyright ----------------------------------------------------------------------------
    (Code.COPYRIGHT, "zh", 200, False, (
        r"版权所有(?![者人权方的])",
        r"^[【\[（(]?\s*版权声明\s*(?:[:：】\]）)]|$)",
        rf"{SELF_ZH}.{{0,30}}(?:版权|著作权)(?:均)?(?:归|属于|属|为).{{0,30}}所有",
        rf"{SELF_ZH}.{{0,20}}所有(?:内容|文章|作品|图片|资料).{{0,6}}(?:的)?(?:版权|著作权)",
        r"^(?:版权|著作权)(?:归|属于|均属于).{1,30}所有",
        r"^(?:版权|著作权)(?:归|属于|均属于)(?:原作者|作者|原创作者)",
    )),
    (Code.COPYRIGHT, "any", 200, False, (
        r"^[\W_]{0,3}(?:©|ⓒ|\(c\)|（c）|版权\s*©)",
        r"^copyright\s*(?:©|\(c\)|[:：]|(?:19|20)\d\d)",
        r"(?:©|ⓒ|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d\d",
        r"(?:^|[.。|·•,]\s*|\d{4}\s+\S.{0,40}\s)all rights reserved\b|\ball rights reserved[.。]?\s*$",
        r"\bcopyright\s*(?:©|\(c\))",
    )),
    (Code.COPYRIGHT, "xx", 200, False, (
        r"無断(?:転載|複製|転用).{0,10}禁",
        r"著作権は.{0,30}(?:に帰属|が保有)",
        r"저작권자\s*(?:[©ⓒ]|\(c\))",
        r"Все права защищены",
        r"Alle Rechte vorbehalten",
        r"Tous droits réservés",
        r"Todos los derechos reservados",
        r"Todos os direitos reservados",
    )),
    # --- reprint terms -----------------------------------------------------------------------
    (Code.REPRINT_TERMS, "zh", 200, False, (
        r"转载请(?:注明|标明|保留|联系|获得|务必)",
        rf"(?:^|{SELF_ZH}.{{0,20}})转载(?:须|需|务必|时请|时须|时需)(?:注明|标明|保留|联系|获得)",
        r"^凡(?:本网|本站|本报|本刊)?(?:注明|标注|署名)",
        r"^(?:如需|如要|欲|若需|需要)转载",
        (rf"(?:^|[，,。；;、]\s*|{SELF_ZH}.{{0,30}})(?:禁止|严禁|不得|谢绝|请勿|拒绝)(?:擅自)?(?:任何)?(?:形式的)?"
        r"(?:转载|复制|摘编|镜像)"),
        (rf"^[【\[（(]?\s*(?:未经|非经){SELF_ZH}?.{{0,12}}(?:授权|许可|同意|允许)[^。]{{0,10}}"
        r"(?:不得|禁止|严禁|请勿|谢绝|任何)"),
        (rf"{SELF_ZH}(?:部分)?(?:内容|文章|图片|资讯|信息|稿件)?(?:系|为|均为|均系|经.{{0,20}}?)?"
        r"(?:授权)?(?:转载|转自|摘编|摘自)"),
        r"转载目的在于",
        r"均(?:转载|转自|来自)(?:自)?(?:其他|其它)(?:媒体|网站)",
        r"^[【\[（(]?\s*(?:转载自|转自|转载于|本文转自|本文转载自|文章转自|摘自|来源于网络|图片来源于网络|本文来源|内容来源)",
        r"(?:如有|若有|若涉及|如涉及)(?:侵权|版权问题).{0,20}(?:联系|删除|告知)",
        r"侵(?:权)?删",
        r"^[【\[（(]?\s*(?:声明|郑重声明|特别声明)\s*[:：]",
    )),
    (Code.REPRINT_TERMS, "en", 200, False, (
        (r"^[(\[]?\s*(?:(?:this|the) (?:article|story|piece|essay|excerpt) (?:is|was) )?(?:reprinted|"
        r"republished|reproduced|used) (?:here )?(?:with|by) (?:kind )?permission\b"),
        (r"[(\[][^)\]]{0,40}\b(?:reprinted|republished|reproduced|used) (?:here )?(?:with|by) "
        r"(?:kind )?permission\b[^)\]]{0,80}[)\]]\s*$"),
        (rf"{SELF_EN}.{{0,40}}\bmay not be (?:reproduced|republished|redistributed|rewritten|"
        r"copied|reprinted|distributed)"),
        (r"^(?:This|The) (?:article|story|post|piece|material) (?:was|is|has been) "
        r"(?:originally |first )?(?:published|reprinted|republished|syndicated)\b"),
        r"^(?:No part of this|Unauthori[sz]ed (?:reproduction|copying|use))",
        r"^(?:Republish|Reprint|Republication) (?:this|our) (?:article|story|content)",
        r"^(?:Originally|First) (?:published|appeared) (?:in|on|at)\b",
    )),
    (Code.REPRINT_TERMS, "xx", 200, False, (
        r"(?:^|。)(?:記事の)?(?:無断)?転載(?:を)?(?:禁(?:止|じ)|お断り)",
        r"(?:무단\s*)?(?:전재|복제)\s*(?:및|·|,)?\s*(?:재배포|배포)\s*(?:금지|를 금)",
        r"무단\s*전재.{0,12}금지",
        (r"^(?:Перепечатка|Копирование|Использование|Полное или частичное копирование) "
        r"(?:материалов|статьи).{0,80}(?:запрещен|разрешается|допускается|только|ссылк)"),
        r"^При (?:перепечатке|цитировании|использовании|копировании).{0,60}ссылка",
        (r"^(?:Nachdruck|Vervielfältigung|Weiterverbreitung|Wiedergabe).{0,60}"
        r"(?:nur mit|untersagt|verboten|nicht gestattet|Genehmigung)"),
        r"^(?:Toute )?(?:reproduction|rediffusion).{0,60}(?:interdite|sans (?:l.)?autorisation)",
        r"^(?:Prohibida|Queda prohibida) (?:su |la )?(?:reproducción|copia)",
        r"^(?:É )?proibida a (?:reprodução|cópia)",
    )),
    # --- disclaimers --------------------------------------------------------------------------
    (Code.DISCLAIMER, "zh", 200, False, (
        r"^[【\[（(]?\s*(?:免责声明|免责条款|风险提示|特别提示)",
        rf"(?:{SELF_ZH}|以上|上述|文章|内容|信息|观点).{{0,30}}仅供.{{0,8}}参考",
        r"不构成.{0,8}(?:投资|任何|理财|买卖).{0,4}(?:建议|依据)",
        (rf"{SELF_ZH}.{{0,40}}(?:不代表|不承担|概不负|不负责|不对.{{0,20}}负责|不保证|不会.{{0,30}}负责|"
        r"后果自负|风险自担)"),
        r"(?:观点|内容|文章)仅代表作者(?:本人|个人)?",
        r"^[【\[（(]?\s*(?:投资有风险|市场有风险)",
    )),
    (Code.DISCLAIMER, "en", 200, False, (
        r"^disclaimer\b",
        (r"\bviews (?:and opinions )?expressed (?:in this|here|herein|by).{0,80}"
        r"(?:do not|are (?:those|solely))"),
        r"\bdoes not constitute (?:investment|financial|legal|tax|medical) advice\b",
        rf"{SELF_EN}.{{0,60}}\bfor (?:general )?information(?:al)? purposes only\b",
        r"\bnot (?:intended as|to be (?:construed|considered) as) (?:financial|investment|legal) advice\b",
    )),
    (Code.DISCLAIMER, "xx", 200, False, (
        (r"^(?:免責事項|면책\s*조항|Haftungsausschluss|Avertissement|Aviso legal|Aviso Legal|"
        r"Isenção de responsabilidade|Отказ от ответственности)\b"),
        r"не является (?:индивидуальной )?инвестиционной рекомендацией",
        r"\bkeine (?:Anlageberatung|Anlageempfehlung)\b",
        r"ne constitue pas un conseil en investissement",
        r"no constituye (?:una )?recomendación de inversión",
        r"não constitui (?:uma )?recomendação de investimento",
        r"投資(?:の)?勧誘を目的と(?:した|する)ものではありません",
        r"투자 권유(?:를| 목적)",
    )),
    # --- share, follow, subscribe ---------------------------------------------------------------
    (Code.SHARE_PROMPT, "zh", 100, False, (
        r"扫码关注|扫一扫|(?:扫描|长按|识别)(?:下方|上方|左侧|右侧|图中)?(?:的)?二维码",
        r"(?:关注|搜索|添加)(?:我们的|本站|本号|官方)?(?:微信)?公众号\s*[:：“「\"]",
        r"(?:欢迎|敬请|请)(?:关注|订阅|转发|分享)",
        r"^[【\[（(]?\s*(?:关注|订阅)(?:我们|本站|本号|本刊|本平台|官方)",
        r"^[【\[（(]?\s*(?:立即|免费|马上)?订阅(?:电子报|电子杂志|我们|本站|newsletter)",
        r"(?:微信|官方)?公众号\s*[:：]\s*\S",
        r"^[【\[（(]?\s*(?:分享到|分享至|一键分享|分享给朋友|点击分享)",
        r"点击(?:上方|下方|右上角|标题下)?.{0,6}(?:关注|订阅)",
        r"(?:点赞|在看|转发|收藏)[、，,]?\s*(?:点赞|在看|转发|收藏|评论)",
        r"^(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣)(?:\s*[|｜/、·]\s*(?:微信|微博|QQ空间|QQ|朋友圈|豆瓣))+\s*$",
    )),
    (Code.SHARE_PROMPT, "en", 140, False, (
        r"^share (?:this|on|via|the)\b|^share\s*:|\bshare this (?:article|story|post|page)\b",
        r"^(?:follow|like|join) us (?:on|at|for)\b|^(?:connect with us|stay connected|follow us)\s*$",
        r"^(?:subscribe|sign up) (?:to|for|now|today)\b(?!.*\b(?:their|his|her)\b)",
        r"\b(?:subscribe to|sign up for) our .{0,30}newsletter|^get our .{0,30}newsletter",
        r"^(?:get|receive) (?:our|the latest)\b.{0,60}\b(?:in|to) your inbox",
        (r"^(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|print|reddit|pinterest|telegram)"
        r"(?:\s*[|·•/,]\s*(?:facebook|twitter|x|linkedin|whatsapp|email|e-mail|print|reddit|"
        r"pinterest|telegram|copy link))+\s*$"),
    )),
    (Code.SHARE_PROMPT, "xx", 120, False, (
        r"^(?:この記事を)?(?:シェア|共有)(?:する)?\b|(?:フォロー|シェア)(?:して|お願い)",
        r"(?:メルマガ|ニュースレター)(?:の)?(?:登録|購読)",
        r"^(?:공유하기|구독하기)|(?:뉴스레터|채널)\s*구독(?:하기|하세요|신청)",
        r"^(?:Поделиться|Подписывайтесь на (?:наш|нас)|Подпишитесь на (?:наш|рассылку))",
        r"^(?:Teilen|Artikel teilen)\b|^Abonnieren Sie (?:unseren|den|unsere)|^Folgen Sie uns",
        (r"^(?:Partager|Partagez) (?:cet|sur|:)|^Partager\s*$|^Abonnez-vous à (?:notre|la)|^Suivez-nous|"
        r"^Inscrivez-vous à (?:notre|la) (?:newsletter|lettre)"),
        r"^Compartir(?: en|:|\s*$)|^Suscríbete a (?:nuestro|nuestra)|^Síguenos en",
        (r"^Compartilh(?:e|ar)(?: (?:este|no|nas|esta)|:|\s*$)|^Assine (?:a )?nossa newsletter|"
        r"^Siga-nos|^Inscreva-se (?:na|em) nossa"),
    )),
    # --- breadcrumbs ------------------------------------------------------------------------------
    (Code.BREADCRUMB, "zh", 140, False, (
        r"^(?:当前位置|您的位置|你的位置|所在位置|您现在的位置|您当前的位置|当前页面|现在位置)\s*[:：]",
        r"^(?:首页|主页|网站首页|返回首页)\s*[>»›＞→/]",
    )),
    (Code.BREADCRUMB, "any", 140, False, (
        (r"^(?:you are here|home|ホーム|トップ|홈|главная|startseite|accueil|inicio|início|"
        r"página inicial)\s*(?::|[>»›＞→/])"),
        # three or more short segments joined by > » › ＞; a » or › touching a Latin-1
        # letter or sign is a byte of Latin-1 garble (``ÀÇ »ùÇà``), not a separator
        (r"^[^>»›＞。.!?！？]{1,14}(?:\s*(?:[>＞]|(?<![\u00a0-\u00ff])[»›](?![\u00a0-\u00ff]))"
         r"\s*[^>»›＞。.!?！？]{1,24}){2,}\s*[>»›＞]?\s*$"),
    )),
    # --- navigation -------------------------------------------------------------------------------
    (Code.NAVIGATION, "zh", 120, False, (
        r"设为首页|加入收藏|^[【\[]?(?:上一篇|下一篇|上一条|下一条|上一页|下一页|上篇|下篇)",
        r"^[【\[]?(?:返回(?:首页|顶部|列表|上一页|上页)|打印本页|关闭窗口|打印此文|关闭本页)",
        r"^[【\[]?(?:打印|关闭|收藏|纠错)[】\]]?\s*[【\[]?(?:打印|关闭|收藏|纠错|返回)",
    )),
    (Code.NAVIGATION, "any", 100, False, (
        (r"^(?:previous|next|older|newer)(?: article| post| story| entry)?\s*[:：»«›‹]|"
        r"^[«‹]\s*(?:previous|older)|(?:next|newer)\s*[»›]$"),
        r"^(?:back to top|skip to (?:main )?content|menu\s*$|search\s*$)",
        r"^(?:前|次)の記事|^(?:トップへ|ページの先頭へ)戻る",
        r"^(?:이전|다음)\s*(?:글|기사)",
        r"^(?:Предыдущая|Следующая) (?:статья|новость|запись)",
        r"^(?:Vorheriger|Nächster) (?:Artikel|Beitrag)|^Zurück zur (?:Startseite|Übersicht)",
        r"^Article (?:précédent|suivant)|^Retour à l.accueil",
        r"^(?:Artículo|Entrada|Noticia) (?:anterior|siguiente)|^Volver (?:al inicio|arriba)",
        (r"^(?:Artigo|Post|Notícia) (?:anterior|seguinte)|^Próxim[oa] (?:artigo|post|notícia)|"
        r"^Voltar ao topo"),
    )),
    # --- related-news teasers -----------------------------------------------------------------------
    (Code.RELATED_LINKS, "zh", 30, False, (
        (r"^[【\[（(]?\s*(?:相关(?:阅读|新闻|文章|链接|推荐|资讯|报道|内容|专题)|(?:新闻|热门|精彩|为你|"
        r"编辑|猜你|延伸|推荐|热点|最新)(?:推荐|阅读|喜欢|文章|新闻|资讯|排行)|推荐阅读|猜你喜欢|"
        r"延伸阅读|热门文章|往期回顾|往期推荐|更多新闻|更多资讯)\s*[】\]）)]?\s*[:：]?\s*$"),
    )),
    (Code.RELATED_LINKS, "any", 60, False, (
        (r"^(?:related|recommended|more|popular|trending|most read|latest)(?: articles| posts| "
        r"stories| news| reading| coverage| content| from [\w ]{1,30})?\s*:?\s*$"),
        r"^(?:read|see) also\s*:|^you (?:may|might) also (?:like|be interested in)\s*:?\s*$",
        r"^(?:関連記事|関連ニュース|おすすめ記事|人気記事)\s*[:：]?\s*$",
        r"^(?:관련\s*기사|관련\s*뉴스|많이 본 뉴스|추천 기사)\s*[:：]?\s*$",
        r"^(?:Читайте также|Похожие (?:статьи|новости|материалы)|Другие новости|По теме)\s*[:：]?\s*$",
        r"^(?:Lesen Sie auch|Weitere Artikel|Das könnte Sie auch interessieren|Mehr zum Thema)\s*[:：]?\s*$",
        r"^(?:À lire aussi|A lire aussi|Lire aussi|Articles similaires|Sur le même sujet)\s*[:：]?\s*$",
        r"^(?:Te puede interesar|Noticias relacionadas|Lee también|Artículos relacionados)\s*[:：]?\s*$",
        r"^(?:Leia também|Veja também|Notícias relacionadas|Matérias relacionadas)\s*[:：]?\s*$",
    )),
    # --- footers ----------------------------------------------------------------------------------
    (Code.FOOTER, "zh", 200, False, (
        r"ICP\s*(?:备|证|備|證|許可)|ICP\s*[:：]?\s*\d{6,}",
        r"公网安备",
        (r"^[【\[]?(?:技术支持|技术支撑|网站建设|网站设计|网站制作|网站维护|主办单位|承办单位|协办单位|"
        r"主办|承办|运营单位|网站运营|版权单位|建设单位)\s*[:：]"),
        (r"^(?:关于我们|联系我们|网站地图|广告服务|法律声明|隐私政策|意见反馈|网站导航|加入我们|诚聘英才)"
        r"(?:\s*[|｜·•/、]?\s*(?:关于我们|联系我们|网站地图|广告服务|法律声明|隐私政策|意见反馈|"
        r"网站导航|加入我们|诚聘英才|友情链接|投稿|帮助))*\s*$"),
        r"(?:地址|电话|邮编|传真|邮箱|E-?mail)\s*[:：].{1,60}?(?:地址|电话|邮编|传真|邮箱|E-?mail)\s*[:：]",
        r"违法和不良信息举报|举报(?:电话|邮箱)\s*[:：]|增值电信业务经营许可证|互联网新闻信息服务许可证",
        r"^(?:建议使用|推荐使用).{0,30}(?:浏览器|分辨率)",
    )),
    (Code.FOOTER, "any", 160, False, (
        rf"^(?:powered by|designed by|site by|theme by|proudly powered by|website by)\b{PROSE}",
        (r"^(?:privacy policy|terms (?:of (?:use|service)|and conditions)|contact us|about us|"
        r"cookie policy|accessibility|sitemap)(?:\s*[|·•/]\s*[\w ]{2,30})+\s*$"),
        r"^(?:運営会社|会社概要|プライバシーポリシー|利用規約)(?:\s*[|｜・/]\s*\S{2,15})*\s*$",
        r"사업자\s*(?:등록)?\s*번호|^(?:회사소개|이용약관|개인정보\s*처리\s*방침)(?:\s*[|·/]\s*\S.{0,15})*$",
        (r"^(?:Политика конфиденциальности|Пользовательское соглашение|О проекте|Контакты)"
        r"(?:\s*[|·•/]\s*\S.{0,30})*$"),
        r"^(?:Impressum|Datenschutz(?:erklärung)?|AGB|Kontakt)(?:\s*[|·•/]\s*\S.{0,30})*$",
        (r"^(?:Mentions légales|Politique de confidentialité|Nous contacter|Plan du site)"
        r"(?:\s*[|·•/]\s*\S.{0,30})*$"),
        (r"^(?:Política de privacidad|Aviso de privacidad|Contacto|Términos y condiciones)"
        r"(?:\s*[|·•/]\s*\S.{0,30})*$"),
        r"^(?:Política de privacidade|Termos de uso|Fale conosco|Expediente)(?:\s*[|·•/]\s*\S.{0,30})*$",
    )),
    # --- cookie notices -----------------------------------------------------------------------------
    (Code.COOKIE_NOTICE, "any", 300, False, (
        r"^(?:we|this (?:site|website)|our (?:site|website)) (?:uses?|use) cookies\b",
        r"^(?:accept|allow|reject|manage) (?:all )?cookies\b|^cookie (?:settings|preferences|consent|policy)\b",
        r"^by (?:continuing|using) (?:to (?:browse|use) )?(?:this|our) (?:site|website).{0,60}cookies",
        r"^(?:Diese|Unsere) (?:Website|Webseite|Seite) (?:verwendet|nutzt) Cookies|^Cookies (?:akzeptieren|zustimmen|ablehnen)",
        r"^(?:Ce|Notre) site utilise des cookies|^(?:Accepter|Refuser) (?:les|tous les) cookies",
        r"^(?:Este|Nuestro) (?:sitio|portal)(?: web)? (?:utiliza|usa) cookies|^(?:Aceptar|Rechazar) (?:las |todas las )?cookies",
        r"^(?:Este|Nosso) (?:site|portal) (?:utiliza|usa) cookies|^(?:Aceitar|Rejeitar) (?:os |todos os )?cookies",
        r"^(?:Этот |Наш )?сайт использует (?:файлы )?cookie",
        r"^(?:当サイト|本サイト)(?:では)?.{0,10}(?:Cookie|クッキー)(?:を使用|を利用)",
        r"(?:이 사이트는|본 사이트는|당사는).{0,10}쿠키(?:를 사용| 사용)",
        rf"{SELF_ZH}.{{0,10}}使用\s*(?:Cookie|cookie|Cookies)",
    )),
    # --- skip links, accessibility and menu markers ----------------------------------------------
    (Code.NAVIGATION, "zh", 40, False, (
        r"^[【\[]?(?:跳到|跳至|跳转到|跳转至|直达)(?:主要|主)?(?:内容|正文)(?:区|区块|区域)?[】\]]?\s*$",
        r"^(?:无障碍(?:浏览|阅读|服务)?|长辈版|关怀版|适老化(?:服务)?|繁体版|简体版|手机版|移动版)\s*$",
        r"^(?:今天是|今日是)\s*[,，:：]?\s*(?:(?:19|20)\d\d\s*[年/.\-]|星期|周[一二三四五六日]|欢迎|$)",
        r"^(?:欢迎(?:您)?(?:来到|访问|光临|进入))[^。]{1,30}[!！]?\s*$",
        (r"^(?:网站首页|首页|新闻中心|关于我们|联系我们|在线留言|客户服务|人才招聘|返回顶部|登录|注册|"
         r"登录\s*[|/｜]\s*注册)\s*$"),
        r"^[【\[]?(?:字体|字号|文字大小|字体大小)\s*[:：]?\s*[【\[]?\s*(?:大|中|小|[+＋]|放大|缩小)?",
        r"^(?:热门|热点|热搜)(?:搜索|标签|推荐|关键词)\s*[:：]?\s*$",
    )),
    (Code.NAVIGATION, "xx", 60, False, (
        r"^(?:本文へ|本文に(?:飛ぶ|移動|スキップ)|メニューへ|ナビゲーションへ|メインコンテンツへ)",
        r"^(?:メニュー|本文|ナビゲーション|グローバルナビ)(?:ここから|ここまで)\s*$",
        r"^(?:トップページ|ホーム)(?:\s*[(（]目次[)）])?\s*へ\s*$",
        r"^(?:본문|주\s*메뉴|메뉴|주요\s*콘텐츠)\s*바로\s*가기",
        r"^(?:skip (?:to|navigation)\b|jump to (?:main )?content|go to (?:main )?content)",
        r"^(?:Zum|Direkt zum) (?:Inhalt|Hauptinhalt|Hauptmenü|Menü)(?: springen)?\s*$|^Zur Navigation\s*$",
        r"^(?:Aller|Passer) (?:au|directement au) (?:contenu|menu)",
        r"^(?:Saltar|Ir) al (?:contenido|menú)",
        r"^(?:Pular|Ir|Saltar) para (?:o )?(?:conteúdo|menu)",
        r"^(?:Vai|Salta) al (?:contenuto|menu)",
        r"^(?:Перейти|Пропустить) к (?:содержимому|основному|содержанию|контенту)",
        r"^(?:Przejdź|Przejdz) do (?:treści|zawartości|menu)",
        r"^(?:\wçeriğe|Ana \wçeriğe) (?:geç|atla)",
        r"^(?:Chuyển|Bỏ qua) (?:đến|tới) (?:nội dung|phần chính)",
        # pagination of a listing: Page 1 of 2, Trang 1 / 2, Seite 1 von 3
        (r"^(?:page|trang|seite|strona|página|pagina|страница|sayfa)\s*\d+\s*(?:/|of|von|z|de|di|"
         r"из|trên tổng số|sur)\s*\d+"),
        # a listing's result counter: Showing 1 to 10 of 19 results, Từ 1 tới 10 trên tổng số 19 kết quả
        (r"^(?:showing|displaying|viewing|results|zeige|ergebnisse|treffer|affichage de|résultats|"
         r"mostrando|exibindo|resultados|risultati|visualizzati|показано|показаны|результаты|wyniki|"
         r"wyświetlanie|hiển thị kết quả|hiển thị|từ)\s*(?:từ\s*|с\s*)?\d+\s*(?:[-–]|to|bis|à|a|al|đến|"
         r"tới|по|do)\s*\d+\s*(?:of|von|sur|de|di|из|z|trên tổng số|/)\s*\d+(?:\s*\w{1,12}){0,2}\s*$"),
        (r"^\d+\s*(?:[-–]|to|bis|à|a|al|đến|tới|по|do)\s*\d+\s*(?:of|von|sur|de|di|из|z|trên tổng số|/)"
         r"\s*\d+\s*(?:results?|entries|items|posts|ergebnissen|treffern|einträgen|résultats?|"
         r"resultados?|risultati|результат\w*|wynik\w*|kết quả)\s*$"),
        # a tag or category archive's heading
        (r"^(?:Schlagwort-Archive?|Tag[- ]Archives?|Archive for the|Category Archives?|Archives? de la "
         r"catégorie|Archivo de la etiqueta|Arquivo da tag|Archivio del tag|Archiwum tagu)\b"),
        (r"^(?:tags?|schlagwörter|étiquettes|etiquetas|tagi|etiketler|thẻ|метки|теги|标签|標籤|タグ|태그)"
         r"\s*[:：]\s*\S"),
        # greetings of the site: Welcome to the Courier!
        (r"^(?:Welcome to|Willkommen (?:bei|auf|im|in der|zur?)|Bienvenue (?:sur|à|au|chez)|"
         r"Bienvenid[oa]s? (?:a|al)|Benvenut[oi] (?:su|nel|a)|Bem-vind[oa]s? (?:ao|à|a)|"
         r"Добро пожаловать|Witamy (?:na|w))\b.{0,50}[!！]\s*$"),
        r"오신\s*것을\s*환영합니다|へようこそ[!！]?\s*$",
    )),
    # --- placeholders of templates that were never filled -----------------------------------------
    (Code.NAVIGATION, "any", 80, True, PLACEHOLDERS),
    # --- cookie and consent banners in more languages -------------------------------------------
    (Code.COOKIE_NOTICE, "xx", 300, False, (
        r"^(?:we|this (?:site|website)) (?:use|uses) cookies\b|^we value your privacy\b",
        r"^(?:Wir verwenden|Wir nutzen) Cookies|^Diese (?:Website|Webseite|Seite) (?:benutzt|setzt) Cookies",
        r"^Nous utilisons des cookies|^(?:En poursuivant|En continuant) votre navigation.{0,60}cookies",
        r"^(?:Utilizamos|Usamos) cookies|^Este sitio web utiliza cookies",
        r"^(?:Usiamo|Utilizziamo) (?:i )?cookie|^Questo sito(?: web)? (?:utilizza|usa) (?:i )?cookie",
        r"^(?:Utilizamos|Usamos) cookies|^Este site (?:utiliza|usa) cookies",
        r"^(?:Używamy|Wykorzystujemy) (?:plików )?cookie|^(?:Ta strona|Strona) (?:korzysta|używa) z (?:plików )?cookie",
        r"^Bu (?:web )?site(?:miz)?(?:de)? çerez|^Çerez(?:ler)? (?:politika|kullan)",
        r"^(?:Chúng tôi|Trang web này) sử dụng cookie",
        r"^Мы используем (?:файлы )?cookie",
    )),
    # --- paywall, login and newsletter prompts ----------------------------------------------------
    (Code.SHARE_PROMPT, "xx", 200, False, (
        (r"^(?:subscribe|sign in|log in|register) (?:now )?to (?:continue|read|keep reading|unlock|"
         r"access)\b|^already (?:a )?(?:subscriber|member)\b|^already have an account\b"),
        (r"^(?:this (?:article|content|story) is (?:for|available to|reserved for|exclusive to) "
         r"(?:subscribers|members)|^(?:become a (?:member|subscriber)|support (?:our|local) journalism)\b|"
         r"^(?:get|enjoy) unlimited (?:digital )?access\b)"),
        r"^(?:Got|Have) a (?:news |story )?tip\b|^(?:Send|Email) us (?:your )?(?:news )?tips?\b",
        (r"^(?:Déjà abonné|Vous êtes abonné|Cet article est réservé aux abonnés|Nous réservons nos "
         r"contenus.{0,30}abonnés|Connectez-vous pour|Se connecter\s*$)"),
        (r"^(?:Bereits (?:Abonnent|registriert)|Jetzt (?:abonnieren|weiterlesen|registrieren)|"
         r"Dieser (?:Artikel|Beitrag) ist (?:nur )?für Abonnenten|Anmelden\s*$|Abonnieren\s*$)"),
        (r"^(?:Suscr[íi]bete (?:para|y|ahora)|¿Ya (?:eres suscriptor|tienes (?:una )?cuenta)|"
         r"Este contenido es exclusivo para suscriptores|Inicia(?:r)? sesión\s*$)"),
        (r"^(?:Assine (?:já|agora|para)|Já é assinante|Este conteúdo é exclusivo para assinantes|"
         r"Faça login para)"),
        r"^(?:Abbonati (?:ora|per|a)|Sei già abbonato|Accedi\s*$|Questo contenuto è riservato agli abbonati)",
        r"^(?:Подпишитесь (?:на|чтобы)|Оформите подписку|Уже подписаны|Войти\s*$)",
        r"^(?:Zaloguj się\s*$|Wykup (?:dostęp|subskrypcję)|Masz już konto|Zapisz się do newslettera)",
        r"^(?:Abone ol\s*$|Giriş yap\s*$|Bültenimize abone)",
        r"^(?:Đăng nhập\s*$|Đăng ký nhận (?:tin|bản tin))",
        r"^(?:로그인|회원가입)\s*$|^이 기사를 공유합니다|^기사\s*(?:공유|스크랩)",
        r"^(?:ログイン|会員登録)\s*$|^続きを読むには",
    )),
    # --- comment widgets and counts ---------------------------------------------------------------
    (Code.SHARE_PROMPT, "xx", 80, False, (
        (r"^(?:no comments?(?: yet)?|leave a (?:comment|reply)|comments are closed|join the conversation|"
         r"\d+ comments?|comments?)\s*\.?$"),
        r"^(?:Keine Kommentare|Kommentar(?:e)? (?:schreiben|hinzufügen)|\d+ Kommentare?|Kommentare)\s*$",
        r"^(?:Aucun commentaire|Laisser un commentaire|Les commentaires sont fermés|\d+ commentaires?)\s*\.?$",
        r"^(?:Sin comentarios|Deja un comentario|Los comentarios están cerrados(?: para este artículo)?|\d+ comentarios?)\s*\.?$",
        r"^(?:Nessun commento|Lascia un commento|I commenti sono chiusi|\d+ commenti)\s*\.?$",
        r"^(?:Sem comentários|Deixe (?:um|seu) comentário|Comentários encerrados|\d+ comentários?)\s*\.?$",
        r"^(?:Нет комментариев|Оставить комментарий|Комментарии|\d+ комментари\w*)\s*$",
        r"^(?:Brak komentarzy|Dodaj komentarz|Komentarze(?: \(\d+\))?)\s*$",
        r"^(?:Yorum yap|Yorumlar|\d+ yorum)\s*$",
        r"^(?:Bình luận|Gửi bình luận|Viết bình luận)\s*$",
        r"^(?:댓글\s*\d*|댓글\s*쓰기)\s*$",
        r"^(?:コメント(?:を書く|する)?|\d+件のコメント)\s*$",
    )),
    (Code.SHARE_PROMPT, "zh", 40, False, (
        r"^[【\[]?(?:发表评论|我要评论|网友评论|评论\s*[(（]\d+[)）]|一键转发|分享|收藏|点赞)[】\]]?\s*$",
        r"^(?:新闻)?(?:爆料|报料)(?:热线|邮箱|电话)",
        r"^(?:订阅|付费)后?(?:阅读|查看)全文|^(?:开通|购买)(?:会员|VIP)",
    )),
    # --- most-read and related headers in more languages -------------------------------------
    (Code.RELATED_LINKS, "xx", 40, False, (
        (r"^(?:most (?:read|popular|viewed|shared)|meistgelesen|les plus lus|lo más (?:leído|visto)|"
         r"i più letti|mais lidas|самое (?:читаемое|популярное)|najczęściej czytane|en çok okunan(?:lar)?|"
         r"đọc nhiều nhất|tin liên quan|tin mới nhất|bài viết liên quan|derniers commentaires|"
         r"ostatnie wpisy|son haberler|recent posts|neueste beiträge|entradas recientes)\s*:?\s*$"),
        r"인기\s*기사\s*$|^많이\s*본\s*(?:기사|뉴스)\s*$",
        r"^(?:人気|注目|関連)(?:記事|ニュース)(?:ランキング)?\s*$",
        r"^(?:人気)?ブログランキング(?:\s*[|｜]|\s*$)",
    )),
    # --- copyright in more languages ----------------------------------------------------------
    (Code.COPYRIGHT, "xx", 200, False, (
        r"^[©ⓒ]?\s*Riproduzione riservata\s*$",
        r"Tüm hakl\w{1,3} sakl\w{2,5}|Wszelkie prawa zastrzeżone|Mọi quyền được bảo lưu|Bản quyền thuộc về",
        r"Tutti i diritti riservati",
        r"^[<\[(]?\s*저작권자\s*[(]?[©ⓒc]",
    )),
    (Code.COPYRIGHT, "zh", 200, False, (
        r"^[【\[]?(?:版权说明|版权声明|版权信息)\s*[】\]:：]",
        r"^(?:以上|上述|本文|本页)?(?:内容|文章|稿件|图文)(?:版权)?(?:均)?(?:归|属于?).{1,30}所有",
    )),
    (Code.PAGE_META, "any", 120, False, (
        # a date with the time it was last updated: 03.02.2023 | Stand 03.02.2023, 17:28 Uhr
        (rf"^{DATE}.{{0,12}}?[|/·]\s*(?:Stand|Aktualisiert|Updated?|Güncelleme|Mis à jour|"
         rf"Actualizado|Atualizado|Aggiornato|Обновлено|Cập nhật)\b"),
    )),
    (Code.FOOTER, "xx", 80, False, (
        r"^[-•·]?\s*(?:담당\s*부서|최종\s*수정일)\s*[:：]",
        r"URLをコピー(?:しました|する)?\s*$",
    )),
    # --- reprint and republication terms in more forms ------------------------------------------------
    (Code.REPRINT_TERMS, "xx", 200, False, (
        (r"^(?:this (?:article|story|piece|post|essay) )?(?:first|originally) appeared (?:in|on|at)\b|"
         r"\bis republished (?:here )?(?:with permission|under)\b|^(?:republished|reprinted) (?:from|with|under)\b"),
        r"\b(?:republished|reproduced) under (?:a )?Creative Commons\b",
    )),
    (Code.REPRINT_TERMS, "zh", 200, False, (
        r"^[【\[](?:声明|郑重声明|特别声明|版权声明)[】\]]",
        r"^(?:本文|本稿|该文)?系.{0,24}原创(?:稿件|作品|文章)",
    )),
    # --- information-disclosure tables of government sites ---------------------------------------
    (Code.PAGE_META, "zh", 200, False, (
        (r"^(?:索\s*引\s*号|组\s*配\s*分\s*类|主\s*题\s*分\s*类|信\s*息\s*分\s*类|发\s*布\s*机\s*构|"
         r"发\s*文\s*机\s*关|生\s*成\s*日\s*期|发\s*文\s*日\s*期|成\s*文\s*日\s*期|生\s*效\s*时\s*间|"
         r"废\s*止\s*时\s*间|公\s*开\s*方\s*式|公\s*开\s*范\s*围|公\s*开\s*时\s*限|上\s*载\s*日\s*期|"
         r"有\s*效\s*性|文\s*号|名\s*称|关\s*键\s*词|内\s*容\s*概\s*述|信\s*息\s*来\s*源)\s*[:：]?\s*"
         r"\S.{0,120}?(?:索\s*引\s*号|组\s*配\s*分\s*类|主\s*题\s*分\s*类|分\s*类|发\s*布\s*机\s*构|生\s*成\s*日\s*期|"
         r"发\s*文\s*日\s*期|成\s*文\s*日\s*期|生\s*效\s*时\s*间|废\s*止\s*时\s*间|上\s*载\s*日\s*期|文\s*号|名\s*称|"
         r"关\s*键\s*词|内\s*容\s*概\s*述)\s*[:：]?"),
        (r"^(?:索\s*引\s*号|组\s*配\s*分\s*类|主\s*题\s*分\s*类|信\s*息\s*分\s*类|发\s*布\s*机\s*构|"
         r"发\s*文\s*机\s*关|生\s*成\s*日\s*期|发\s*文\s*日\s*期|成\s*文\s*日\s*期|生\s*效\s*时\s*间|"
         r"废\s*止\s*时\s*间|公\s*开\s*方\s*式|公\s*开\s*范\s*围|公\s*开\s*时\s*限|上\s*载\s*日\s*期|"
         r"内\s*容\s*概\s*述)\s*[:：]"),
        # the table's name and number rows, when the table's other rows stand on their own lines
        r"^(?:名\s*称|文\s*号)\s*[:：]\s*(?:\S.{0,80})?$",
        # ... and without a colon, their letters spread to the table cell's width: 名        称 …
        r"^(?:名\s+称|文\s+号)\s+\S.{0,100}$",
        r"^\d[\d,.]*\s*(?:人|次)\s*(?:浏览|阅读|访问|围观|看过)",
    )),
    # --- view counters before a date, in any language -----------------------------------------
    (Code.PAGE_META, "any", 120, False, (
        rf"^\d[\d,.]*\s*(?:次|人|回)?\s*{VIEWS}.{{0,40}}{DATE}",
    )),
    # --- widgets at a page's foot: back to top, close, translate, feedback, search ---------------
    (Code.NAVIGATION, "xx", 60, False, (
        (r"^(?:back to top|close window|close this window|print this page|translate|traduire|"
         r"übersetzen|traducir|traduzir|tradurre|перевести|çevir|dịch)\s*[↑^]?\s*$"),
        (r"^(?:Nach oben|Zurück nach oben|Haut de (?:la )?page|Retour en haut|Volver arriba|Ir arriba|"
         r"Torna su|Voltar ao topo|Наверх|Do góry|Başa dön|Lên đầu trang)\s*[↑^]?\s*$"),
        r"^(?:ページ)?(?:の)?(?:先頭|トップ|上|目次|一覧)(?:に|へ)戻る\s*$|^(?:前|次)のスライド|^最初のスライドに戻る",
        r"^(?:맨\s*위로|위로\s*가기|상단으로|목록으로|목차로)\s*$",
        (r"^(?:was this (?:article|page|answer|information) helpful|war dieser (?:artikel|beitrag) "
         r"hilfreich|cet article vous a-t-il été utile|¿te (?:ha resultado|resultó) útil|"
         r"questo articolo ti è stato utile|este artigo (?:foi|lhe foi) útil)\s*\??\s*$"),
        r"^(?:no results?(?: found)?|view all results?|show all results?)\s*$",
        # back to the index, the list, the overview (the way back to what links to the page)
        (r"^[«<←]?\s*(?:back to (?:the )?(?:index|contents|table of contents|list|overview|"
         r"home ?page)|zurück zu[rm]? (?:übersicht|inhaltsverzeichnis|liste|startseite|index)|"
         r"retour (?:à l['’]index|au sommaire|à la liste|à l['’]accueil)|"
         r"volver (?:al índice|a la lista|al inicio)|voltar (?:ao índice|à lista|ao início)|"
         r"torna (?:all['’]indice|all['’]elenco|alla home(?:page)?|al sommario)|"
         r"(?:вернуться|назад) к (?:списку|оглавлению|содержанию)|"
         r"powrót do (?:spisu treści|listy|strony głównej)|(?:listeye|içindekilere) dön|"
         r"quay lại (?:mục lục|danh sách))\s*[»>→↑^]?\s*$"),
        # an embedded document viewer's controls: its zoom, its first page, its download link
        (r"^(?:size|tamanho|tamaño|taille|dimensione|rozmiar|размер)\s*:\s*px\s*$"),
        (r"^(?:start display at page|anzeige beginnen ab seite|commencer à la page|"
         r"comenzar a mostrar desde la página|começar a partir da página|"
         r"iniziare la visualizzazione dalla pagina|rozpocząć od strony|"
         r"начинать показ с(?:о)? страницы)\s*:\s*$"),
    )),
    (Code.NAVIGATION, "zh", 40, False, (
        r"^(?:快速)?(?:回到|返回|跳到)(?:页首|页顶|顶部)(?:按钮)?\s*$",
        r"^(?:友情链接|相关链接|网站链接|热点链接)\s*[:：]?\s*$",
        r"^.{1,12}\s*(?:更多|more)\s*(?:>>|»|>|＞＞|＞)\s*$",
        r"^(?:智能推荐|为您推荐|猜你喜欢|推荐阅读)\s*$",
        r"^(?:返回|回到)(?:目录|列表|索引|上级目录)\s*$",
        # a document-sharing site's tabs and its notice below a shared document
        r"^(?:下载资源|资源描述|文档描述|文档介绍|资源简介|文档简介)\s*$",
        r"^(?:本文|这篇文章|此文)(?:对您)?有(?:帮助|用)吗\s*[?？]?\s*$",
    )),
    # --- share words, read-more links and related headers of more languages --------------------
    (Code.SHARE_PROMPT, "xx", 40, False, (
        (r"^(?:share|teilen|partager|compartir|condividi|compartilhar|partilhar|поделиться|udostępnij|"
         r"paylaş|chia sẻ|공유하기|共有する|シェアする|redes sociales|social media)\s*:?\s*$"),
        r"^(?:post a comment|add a comment|write a comment|kommentieren|commenter|comentar|commenta)\s*$",
    )),
    (Code.MORE_INFO, "xx", 80, False, (
        (r"^(?:read (?:the )?full (?:article|story|post)|continue reading|leggi l.articolo completo|"
         r"leggi tutto|continuar a ler\b|lire la suite|leer (?:la noticia|el artículo) completo|"
         r"weiterlesen|читать (?:далее|полностью)|czytaj (?:dalej|więcej)|devam\w{1,3} oku|xem thêm)"),
        r"^Читайте (?:на|в|также на)\s+\S+\s*$",
    )),
    (Code.RELATED_LINKS, "xx", 40, False, (
        (r"^(?:ti potrebbe interessare|potrebbe interessarti|i più visti|più letti|"
         r"популярное|картина дня|главное|последние новости|другие новости|"
         r"también te puede interesar|vous aimerez aussi|à découvrir|das könnte sie interessieren|"
         r"você também pode gostar|veja também|belediyeler haberleri|ilgili haberler|"
         r"diğer haberler|xem thêm tin|tin khác|tin cùng chuyên mục)\s*:?\s*$"),
    )),
    # --- credit lines of more languages -------------------------------------------------------
    (Code.EDITOR_CREDIT, "zh", 80, False, (
        (r"^[【\[（(]?\s*(?:撰稿|撰文|供稿|摄影|图片|图/文|文/图|文字|通讯员|采写|审稿|发稿|"
         r"编发|核稿|签发)\s*(?:人)?\s*[:：/｜|]\s*\S.{0,40}$"),
    )),
    (Code.EDITOR_CREDIT, "xx", 80, False, (
        (r"^(?:Fotoğraf(?:lar)?|Kaynak|Foto(?:s|grafie)?|Fotó|Photos?|Text|Texte|Testo|Texto|"
         r"Zdjęcia?|Ảnh|Nguồn|Фото|Текст|Автор фото)\s*:\s*\S.{0,50}$"),
        r"^[(（]\s*(?:По сообщению|По материалам|По данным)\s[^)）]{1,60}[)）]\.?\s*$",
        r"^@темы\s*:",
        r"^\[[^\]]{1,20}\]\s*\S.{0,30}\s기자(?:\s+\S+@\S+)?\s*$|^\S{2,4}\s기자\s+\S+@\S+\s*$",
    )),
    # --- dates with an edition word or a time joined by a word; bylines of more languages --------
    (Code.PAGE_META, "any", 120, False, (
        (rf"^(?:[ée]dition|ausgabe|edici[oó]n|edizione|edi[cç][aã]o|выпуск|wydanie|say\w|số)\s+"
         rf"(?:du|de|del|vom|of|от|z)?\s*(?:{WEEKDAY}[,.]?\s*)?{DATE}\s*$"),
        rf"^{DATE}\s*(?:à|a las|a la|alle|às|um|в|at|o|saat)\s*{TIME}",
    )),
    (Code.PAGE_META, "xx", 80, True, (
        rf"^(?:Par|PAR|Por|POR|Von|VON|Di|DI|Od|OD|Door|DOOR)\s+{NAMES}\s*$",
    )),
    # --- loading and maintenance placeholders, close buttons -------------------------------------
    (Code.NAVIGATION, "xx", 140, False, (
        (r"^(?:loading|lade|lädt|chargement|cargando|caricamento|carregando|загрузка|ładowanie|"
         r"yükleniyor|đang tải|加载中|載入中|読み込み中|로딩\s*중)\b.{0,30}$"),
        (r"^(?:close|schlie\w\w?en|fermer|cerrar|chiudi|fechar|закрыть|zamknij|kapat|đóng|閉じる|닫기)"
         r"\s*[×✕x]?\s*$"),
        (r"^(?:get adobe flash player\s*$|you need (?:to (?:upgrade|install) )?(?:the )?(?:adobe )?"
         r"flash player\b|(?:please )?enable javascript(?: in your browser)?(?: to [\w ]{1,40})?\.?\s*$|"
         r"javascript (?:is|must be) (?:disabled|enabled|required)\b|your browser does not support javascript)"),
        (r"^(?:Ведутся технические работы|(?:the )?site is (?:under|undergoing) maintenance|"
         r"scheduled maintenance|Wartungsarbeiten|Maintenance en cours|Sitio en mantenimiento)\b"),
    )),
    (Code.NAVIGATION, "zh", 40, False, (
        r"^(?:网站|系统)(?:正在)?维护(?:中)?|^(?:加载中|正在加载)",
        r"^(?:您的)?浏览器(?:不支持|不支援|未启用|已禁用)\s*JavaScript",
    )),
    # --- advertisement and sponsor labels standing alone -------------------------------------------
    (Code.NAVIGATION, "xx", 30, False, (AD_LABEL,)),
    # --- a date's label whose date the page did not render: Published / Publié le ---------------
    (Code.PAGE_META, "xx", 30, False, (EMPTY_DATE_FIELD,)),
    # --- footers of the other languages -----------------------------------------------------------
    (Code.FOOTER, "zh", 80, False, (
        r"(?:主办|承办|协办|主管)\s*$",
        r"^(?:指导单位|建设单位|主管单位|主办单位)\s*[:：]",
    )),
    # --- page meta of the languages without their own rule above ------------------------------
    (Code.PAGE_META, "it", 160, True, (
        r"^(?:Pubblicato|Aggiornato|Data(?: di pubblicazione)?|Ultimo aggiornamento)\s*(?:il\s+)?:?\s*\d",
        rf"^(?:Fonte|Autore|Autrice|Categoria|Sezione|Rubrica|Argomenti)\s*:\s*{PROSE}\S.{{0,80}}$",
        r"\d+\s*(?:visualizzazioni|letture)\b",
    )),
    (Code.PAGE_META, "pl", 160, True, (
        r"^(?:Opublikowano|Data publikacji|Data dodania|Zaktualizowano|Aktualizacja|Data)\s*:?\s*\d",
        rf"^(?:Źródło|Autor|Autorka|Kategoria|Dział|Tagi)\s*:\s*{PROSE}\S.{{0,80}}$",
        r"\d+\s*(?:wyświetle\w*|odsłon\w*)",
    )),
    (Code.PAGE_META, "tr", 160, True, (
        # (ı, dotless, is folded specially: \w stands for it, as in the copyright rules)
        r"^(?:Yay\wnlanma|Yay\wn|Güncellenme|Güncelleme|Eklenme|Tarih)(?: Tarihi)?\s*:?\s*\d",
        rf"^(?:Kaynak|Yazar|Kategori|Etiketler|Muhabir)\s*:\s*{PROSE}\S.{{0,80}}$",
        r"\d+\s*(?:okunma|görüntülenme|kez okundu)",
    )),
    (Code.PAGE_META, "vi", 160, True, (
        r"^(?:Ngày đăng|Đăng ngày|Đăng lúc|Cập nhật|Ngày cập nhật|Ngày)\s*:?\s*\d",
        rf"^(?:Nguồn|Tác giả|Chuyên mục|Danh mục|Thẻ)\s*:\s*{PROSE}\S.{{0,80}}$",
        r"\d+\s*lượt xem|^Lượt xem\s*:?\s*\d",
    )),
    # --- a date with the site's name after a dash: Friday, 5 April 2024 - The Valley Courier -----
    (Code.PAGE_META, "any", 80, False, (
        rf"^(?:{WEEKDAY}[,.]?\s*)?{DATE}\s+[-–—|]\s+[^\d.!?。！？:：]{{1,30}}$",
    )),
    # --- a day named relative to today, alone or with a time: Yesterday 09:15 -------------------
    (Code.PAGE_META, "any", 40, False, (
        (r"^(?:today|yesterday|heute|gestern|aujourd.hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|"
         r"сегодня|вчера|сьогодні|вчора|dzisiaj|dziś|wczoraj|bugün|dün|hôm nay|hôm qua|"
         r"今天|昨天|今日|昨日|오늘|어제)\s*(?:,|at|um|à|a las|alle|às|в|o|saat|lúc)?\s*"
         rf"(?:{TIME})?\s*$"),
    )),
    (Code.PAGE_META, "zh", 40, False, (
        r"^[【\[]?(?:分类|文章分类|所属分类|栏目)\s*[:：]\s*\S.{0,20}$",
    )),
    # --- more-information links of the languages without their own rule above --------------------
    (Code.MORE_INFO, "xx", 80, False, (
        r"^(?:Scopri di più|Leggi anche|Continua a leggere|Approfondisci)\b",
        r"^(?:Dowiedz się więcej|Przeczytaj (?:też|także|więcej)|Zobacz (?:też|także|więcej))\b",
        r"^(?:Daha fazla bilgi|Haberin devam\w|Devam\w için t\wklay\wn|Tümünü gör)\b",
        r"^(?:Đọc thêm|Xem chi tiết|Xem tiếp|Xem toàn bộ)\b",
    )),
    # --- print-version links and buttons ---------------------------------------------------------
    (Code.NAVIGATION, "xx", 40, False, (
        (r"^[(\[【（]?\s*(?:printer[- ]friendly(?: version)?|print(?: version| this (?:article|page))?|"
         r"druckversion|drucken|druckansicht|version imprimable|imprimer|versión (?:para )?imprimir|"
         r"imprimir|versione stampabile|stampa(?: articolo)?|versão para impressão|версия для печати|"
         r"распечатать|wersja do druku|drukuj|yazd\wr|yaz\wc\w dostu|bản in|in bài viết|"
         r"印刷(?:する|用ページ)?|인쇄(?:하기)?)\s*[)\]】）]?\s*$"),
    )),
    # --- "log in to comment" and paywall offers: the forms every blog and paper platform prints -
    (Code.SHARE_PROMPT, "xx", 200, False, (
        (r"^you must be (?:logged in|signed in|registered) to (?:post|leave|write) a comment|"
         r"^(?:log in|sign in) to (?:comment|reply|leave a comment)\b|^subscribe to (?:get|enjoy)\b"),
        (r"^(?:Sie müssen|Du musst) (?:angemeldet|eingeloggt) sein,? um (?:einen )?Kommentar|"
         r"^Melden Sie sich an,? um (?:einen )?Kommentar"),
        (r"^Vous devez (?:être connecté|vous connecter) pour (?:publier|poster|laisser) un commentaire|"
         r"^(?:Abonnez-vous|Je m.abonne|Profitez de notre offre)\b"),
        (r"^(?:Debes|Tienes que) (?:estar registrado|iniciar sesión|estar conectado) para "
         r"(?:publicar|escribir|dejar) un comentario"),
        r"^(?:Você precisa|É necessário) (?:fazer login|estar logado|entrar) para (?:comentar|publicar)",
        (r"^(?:Devi|Per (?:poter )?(?:scrivere|lasciare|inserire|pubblicare) (?:un.opinione|un commento)"
         r"[^.]{0,10}è necessario) (?:essere (?:registrato|loggato|collegato)|effettuare il login|"
         r"accedere)|^Se non sei (?:ancora )?registrat[oa]"),
        r"^Musisz (?:być zalogowany|się zalogować),? (?:aby|by) (?:dodać|napisać|opublikować) komentarz",
        r"^Yorum (?:yapabilmek|yazabilmek) için (?:giriş yapmal\w+|üye olmal\w+|giriş yap\wn)",
        r"^Bạn (?:phải|cần) đăng nhập (?:để|mới có thể) (?:bình luận|gửi bình luận)",
        r"^(?:Для (?:отправки|добавления) комментари\w+ (?:необходимо|нужно) (?:войти|авторизоваться|"
         r"зарегистрироваться)|Чтобы оставить комментарий,? (?:войдите|авторизуйтесь))",
    )),
    # --- the toolbars blog platforms print above every post -------------------------------------
    (Code.NAVIGATION, "xx", 120, True, (
        r"\bSuivre ce blog\b|\bCréer (?:mon|un) blog\b",
        r"^(?:Follow this blog|Create a free website or blog at|Blog at WordPress\.com)",
        r"^(?:Diesem Blog folgen|Blog erstellen\s*$)",
        r"^(?:Seguir este blog|Crear (?:un|mi) blog\s*$|Criar (?:um|meu) blog\s*$)",
        r"^(?:Segui questo blog|Crea (?:un|il tuo) blog\s*$)",
    )),
    # --- "download the full document" prompts of document-sharing sites ---------------------------
    (Code.SHARE_PROMPT, "xx", 160, False, (
        r"^(?:download (?:the )?full (?:version|text|document|pdf)|you are (?:viewing|reading) a preview)\b",
        r"^(?:Tải (?:bản đầy đủ|xuống bản đầy đủ|về bản đầy đủ)|Bạn đang xem (?:bản rút gọn|trước))",
    )),
    (Code.SHARE_PROMPT, "zh", 60, False, (r"^[【\[]?(?:下载全文|全文下载|下载完整版|完整版下载)",)),
    # --- document-sharing sites: the title once per preview page, the preview's counter and its
    # buttons, content-start markers (the chrome every page of such a site carries) -------------
    (Code.NAVIGATION, "zh", 100, False, (
        # the document's title repeated with each preview page's number: 某某手册_第3页
        r"^\S.{0,80}?[_＿]\s*第\s*\d{1,4}\s*页\s*$",
        # a reader's buttons and content markers standing alone on their line
        (r"^[【\[]?(?:下载本文档|下载此文档|下载文档|文档下载|收藏本文档|举报本文档|正文内容|正文开始|"
         r"以下为正文|以下是正文)[】\]]?\s*$"),
    )),
    (Code.SHARE_PROMPT, "zh", 100, False, (
        # 已阅读5页，还剩13页未读，继续免费阅读: a preview's counter with its paywall prompt
        r"已(?:阅读|读|浏览)\s*\d+\s*页\s*[，,]?\s*(?:还剩|剩余|剩下)\s*\d+\s*页",
        r"^[【\[]?(?:继续免费阅读|免费阅读全文|展开全文|余下全文)[】\]]?\s*$",
        # a comment form's captcha prompt
        r"^[【\[]?请输入(?:图形|图片|短信)?验证码[】\]]?\s*[:：]?\s*$|^看不清楚?[，,]?\s*(?:换一张|点击(?:图片)?刷新)",
    )),
    # --- online book readers: a tip about the page, the reader's menu, keyboard hints -----------
    (Code.NAVIGATION, "zh", 240, False, (
        r"^[【\[]?(?:友情提示|温馨提示)\s*[:：].{0,30}(?:网页|页面|浏览器).{0,30}(?:刷新|打开|显示|加载)",
        (r"(?:返回(?:本书)?目录|加入书签|我的书架|我的书签|全本下载|收藏到我的浏览器|章节目录)"
         r".{0,40}?(?:返回(?:本书)?目录|加入书签|我的书架|我的书签|全本下载|收藏到我的浏览器|章节目录)"),
        r"^快捷操作\s*[:：]|按键盘.{0,10}(?:方向键|[←→↑↓]|Enter\s*键).{0,20}(?:翻页|目录|顶部)",
    )),
    # --- a document host's page counter in its reader: You are on page 1 of 43 -------------------
    (Code.NAVIGATION, "xx", 80, False, (
        (r"^(?:you are (?:on|viewing) page|вы находитесь на странице|sie (?:sind|befinden sich) auf "
         r"seite|vous êtes (?:sur la|à la) page|estás? en la página|você está na página|"
         r"jesteś na stronie)\s*:?\s*\d+\s*(?:of|из|von|sur|de|z)\s*\d+\s*$"),
    )),
    # --- credits of news graphics and photo pages, bylines after a newsroom's name ---------------
    (Code.EDITOR_CREDIT, "zh", 60, False, (
        # design, video and production credits with names: 设计：王五 / 视频｜李四、赵六
        (rf"^[【\[（(]?\s*(?:设计|视觉|制图|海报|动画|动效|插画|视频|剪辑|配音|美术|数据)\s*[:：/｜|]\s*"
         rf"{HAN_NAME}(?:[\s、，,]+{HAN_NAME}){{0,4}}\s*[）)】\]]?$"),
        # a newsroom's production credit standing alone: 某某日报新媒体出品
        (r"^(?-i:[\u4e00-\u9fff·]{1,14})(?:部|中心|新媒体|融媒体|工作室|报|社|台|网|频道|客户端)"
         r"(?:联合)?出品\s*$"),
        # a photo credit: 新华社记者 张三 摄
        (rf"^[（(]?\s*(?-i:[\u4e00-\u9fff]{{0,12}}?)(?:记者|通讯员|摄影师?)\s*[:：]?\s*"
         rf"{HAN_NAME}(?:[\s、，,]+{HAN_NAME}){{0,4}}\s*摄\s*[）)]?$"),
    )),
    (Code.PAGE_META, "zh", 80, False, (
        # a byline after a newsroom's name: 某某日报全媒记者 张三 通讯员 李四 王五
        (rf"^[【\[（(]?\s*(?-i:[\u4e00-\u9fff]{{1,10}}(?:报|社|台|网|刊|中心|新闻))"
         rf"(?:特约|全媒体?|融媒体?|首席|见习|实习)?(?:记者|通讯员)\s*[/／｜|：:]?\s*{HAN_NAME}"
         rf"(?:[\s、，,]+(?:(?:特约|见习|实习)?(?:记者|通讯员)\s*)?{HAN_NAME}){{0,8}}\s*[）)】\]]?$"),
        # a date label with its date, or left empty by the template: 时间：2024-05-06 / 时间：
        rf"^(?:时间|日期)\s*[:：]\s*(?:{DATE}\s*(?:{TIME})?)?\s*$",
        # a view counter whose number the page's script never filled in: 浏览量：次
        r"^(?:浏览量|浏览次数|阅读量|阅读次数|点击量|点击次数|访问量)\s*[:：]\s*\d*\s*(?:次|人次)?\s*$",
        # a post's age: 45天前, 3小时前
        r"^\d{1,3}\s*(?:秒|分钟|小时|天|周|个月|年)前\s*$",
        # a keyword or tag label, empty or with a few keywords: 关键词：甲 乙 / 标签：
        r"^[【\[]?(?:关键词|关键字|标签|进入专题|所属专题)\s*[:：】\]]\s*(?:[^\s。！？!?][^。！？!?]{0,40})?$",
    )),
    # --- footer link rows naming the site's notices: 关于我们 | 广告服务 | 版权声明 ----------------
    (Code.FOOTER, "zh", 80, False, (
        (r"^(?:关于我们|联系我们|网站地图|广告服务|版权声明|免责声明|法律声明|隐私政策|服务条款|用户协议|"
         r"意见反馈|网站导航|加入我们|投稿须知|合作伙伴)(?:\s*[|｜·•/、]\s*(?:关于我们|联系我们|网站地图|"
         r"广告服务|版权声明|免责声明|法律声明|隐私政策|服务条款|用户协议|意见反馈|网站导航|加入我们|"
         r"投稿须知|合作伙伴|友情链接|网站声明|投稿|帮助))+\s*$"),
    )),
    (Code.NAVIGATION, "zh", 120, False, (
        r"^(?:您的)?浏览器(?:不支持|不支援|未启用|已禁用)\s*JavaScript",
    )),
    # --- reader appeals: paywalls, subscription and donation appeals, paid-document promos, ------
    # maintenance banners. They open with their own words (NOTICE: read on long lines too): a
    # paywall or an appeal addresses the reader about the site's own content or journalism.
    (Code.SHARE_PROMPT, "xx", 400, False, (
        (NOTICE + r"^(?:subscribe|sign up|register|log in|sign in) (?:now |today )?(?:to|for) "
         r"(?:get|enjoy|continue reading|keep reading|read|access|unlock|unlimited|full access)\b"),
        (NOTICE + r"^(?:this (?:article|story|content|post) is (?:only )?(?:available|reserved|exclusive)"
         r" (?:to|for) (?:subscribers|members|premium)|you(?:'|’)ve reached your (?:free )?"
         r"(?:article|story) limit|already a (?:subscriber|member)\s*\??\s*(?:log|sign) in)"),
        (NOTICE + r"^(?:help us|please (?:support|help)|support|become a (?:member|supporter) (?:of|and))"
         r" (?:[\w’'-]+ ){0,8}our (?:(?:local|independent|nonprofit|public[- ]service) )*(?:journalism|"
         r"newsroom|reporting|coverage|journalists)\b"),
        (NOTICE + r"^(?:help us|please help us) (?:[\w’'-]+ ){0,6}(?:cover\w*|report\w*) .{0,120}"
         r"\b(?:donate|support us|become a (?:member|supporter|subscriber))\b"),
        NOTICE + r"^our (?:journalism|reporting|news(?:room)?|coverage) is (?:free|funded|independent)\b",
        (NOTICE + r"^(?:Nous réservons (?:nos|ce|cet|cette)\b.{0,60}\bà nos abonnés|"
         r"Cet article est réservé aux abonnés|La suite (?:de cet article )?est réservée "
         r"aux abonnés|Il vous reste \d+\s?% de cet article à lire|Soutenez (?:notre|le|la) "
         r"(?:journal|rédaction|presse|information)|Déjà abonné\s*\?)"),
        (NOTICE + r"^(?:Dieser (?:Artikel|Beitrag|Inhalt) ist (?:nur |exklusiv )?(?:für|exklusiv für) "
         r"(?:Abonnenten|Abonnentinnen|Abonnent\*innen|Plus-|Digital-)|Jetzt (?:abonnieren|weiterlesen mit)"
         r"\b|Unterstützen Sie (?:unseren|unsere|uns|den) (?:Journalismus|Redaktion|unabhängigen)|"
         r"Sie sind bereits (?:Abonnent|registriert))"),
        (NOTICE + r"^(?:Este (?:artículo|contenido) es (?:exclusivo|solo) para (?:suscriptores|socios)|"
         r"Suscríbete (?:para|y) (?:seguir leyendo|leer|acceder)|Apoya (?:el|nuestro) periodismo|"
         r"¿Ya eres (?:suscriptor|socio)\?)"),
        (NOTICE + r"^(?:Questo (?:articolo|contenuto) è riservato agli abbonati|Abbonati per (?:continuare|"
         r"leggere)|Sostieni (?:il nostro giornalismo|l.informazione)|Sei già abbonato\s*\?)"),
        (NOTICE + r"^(?:Este (?:conteúdo|artigo) é exclusivo para assinantes|Assine (?:para|e) (?:continuar|"
         r"ler)|Apoie o (?:nosso )?jornalismo|Já é assinante\s*\?)"),
        (NOTICE + r"^(?:Откройте (?:актуальную|полную) версию документа|Если вы являетесь "
         r"(?:пользователем|подписчиком|клиентом) (?:интернет-версии |онлайн-версии )?(?:системы|сервиса)"
         r"|Подпишитесь,? чтобы (?:читать|продолжить)|Поддержите (?:нас|редакцию|наш\w*)|Этот материал "
         r"доступен только (?:подписчикам|по подписке))"),
        (NOTICE + r"^(?:Ten (?:artykuł|materiał) jest dostępny (?:tylko )?dla (?:subskrybentów|"
         r"prenumeratorów)|Wesprzyj (?:nas|nasze dziennikarstwo|naszą redakcję)|Masz już "
         r"(?:subskrypcję|prenumeratę)\s*\?)"),
        (NOTICE + r"^(?:Bu (?:içerik|haber|makale) (?:sadece )?abonelere özel|Abone ol(?:un)?,? "
         r"(?:okumaya devam|tüm içeriklere)|Bizi destekleyin|Gazetecili\w+ destekleyin)"),
        (NOTICE + r"^(?:Bài viết (?:này )?(?:chỉ )?dành cho (?:thành viên|độc giả trả phí)|"
         r"Ủng hộ (?:chúng tôi|tòa soạn))"),
    )),
    # a subscription offer: the site's own offer, in the second person
    (Code.SHARE_PROMPT, "xx", 200, False, (
        (r"\b(?:take advantage of|enjoy|with) our (?:introductory|special|launch|trial|"
         r"subscription) offer\b|\b(?:en profitant de|profite[zr]? de) notre offre\b|"
         r"\b(?:nutzen Sie|sichern Sie sich) unser(?:em|en)? (?:Einführungs|Probe|Abo)angebot|"
         r"\baprovecha(?:r)? nuestra oferta\b|\bapprofitta(?:re)? della nostra offerta\b|"
         r"\baproveite(?:\s+a)? nossa oferta\b"),
    )),
    (Code.SHARE_PROMPT, "xx", 200, False, (
        (NOTICE + r"^(?:この記事は(?:有料|会員限定|有料会員限定)(?:記事|です)|(?:この記事の)?続きは(?:有料|"
         r"会員)(?:会員|登録)|残り\d+文字|有料会員(?:になると|登録で))"),
        NOTICE + r"^(?:이 기사는 (?:유료|구독자 전용|회원 전용)|구독하고 (?:계속|전체 기사)|후원하기\s*$)",
    )),
    (Code.SHARE_PROMPT, "zh", 200, False, (
        NOTICE + r"^(?:本文为(?:付费|会员专享)内容|开通会员(?:即可|后)?(?:阅读|查看)全文|付费阅读全文|剩余\d+%未读)",
    )),
    (Code.NAVIGATION, "xx", 400, False, (
        (NOTICE + r"^(?:Ведутся (?:технические|профилактические) работы|(?:the )?(?:site|website) is "
         r"(?:currently )?(?:under|undergoing) maintenance|we are (?:currently )?(?:performing|carrying out)"
         r" (?:scheduled )?maintenance|Wartungsarbeiten\b|Maintenance en cours|Sitio en mantenimiento|"
         r"Sito in manutenzione|Site em manutenção|Trwają prace (?:techniczne|konserwacyjne)|"
         r"Sitemizde bak\wm çal\w\wmas\w|Website đang bảo trì)"),
    )),
    # --- audio players' labels: "Listen to this article", "Your daily audio briefing" ---------
    (Code.NAVIGATION, "xx", 80, False, (
        (r"^(?:listen to (?:this|the) (?:article|story)|(?:here(?:'|’)s |get )?(?:your|our|the) "
         r"(?:daily |weekly |morning |evening )?audio (?:briefing|version|edition)|"
         r"Artikel (?:anhören|vorlesen lassen)|[ÉE]couter (?:cet |l.)article|Escuchar (?:este|el) "
         r"artículo|Ascolta (?:questo |l.)articolo|Ouvir (?:este|o) artigo|Слушать (?:статью|новость)|"
         r"Posłuchaj (?:artykułu|tego artykułu)|Haberi dinle|Nghe bài viết|"
         r"この記事を(?:聞く|音声で聞く)|기사 듣기)\b[^.!?]{0,40}$"),
    )),
    (Code.NAVIGATION, "zh", 40, False, (r"^(?:收听本文|听全文|语音播报|朗读全文)\s*$",)),
    # --- a search page's title, the site's name before it: "Harbour News – Search results" ------
    (Code.NAVIGATION, "any", 120, False, (
        (r"(?:^|\s[-–—|:·]\s*)(?:search results|suchergebnisse|résultats de (?:la )?recherche|"
         r"resultados de (?:la )?búsqueda|risultati della ricerca|resultados da (?:pesquisa|busca)|"
         r"результаты поиска|wyniki wyszukiwania|arama sonuçlar\w|kết quả tìm kiếm|検索結果|검색\s*결과|"
         r"搜索结果)\s*$"),
    )),
    # --- press-office credits: Brazilian public bodies sign "Ascom" (assessoria de comunicação) -
    (Code.EDITOR_CREDIT, "pt", 80, True, (
        r"^(?:Ascom|ASCOM|Assessoria de (?:Comunicação|Imprensa))(?:\s*[/|–-]?\s*[\w./-]{1,20}){0,4}\s*$",
        r"^(?:Da Redação|Com informações d[aoe]s?\s+\S.{0,60})\.?\s*$",
    )),
    # --- forum archive notices (2channel and its mirrors): the thread's state, a meta line under
    # its title ------------------------------------------------------------------------------------
    (Code.PAGE_META, "ja", 80, False, (
        (r"^[■□◆◇●○※]?\s*このスレッドは(?:過去ログ倉庫に格納されています|過去ログ(?:です|化されています)|"
         r"\d+を超えました)|^新しいスレッドを立ててください"),
    )),
    # --- a line of date parts alone (a blog's stamp: "9 mai 2015 1 09 /05 /mai /2015 19:30") ----
    (Code.PAGE_META, "any", 80, False, (
        rf"^{DATE}(?:[\s/.,:-]+(?:{TIME}|\d{{1,4}}|{MONTH}))+\s*$",
    )),
    # --- the most generic rule last: a menu of four or more short items (| ｜ · •) --------------
    (Code.NAVIGATION, "any", 100, False, (
        r"^\s*[^|｜·•。.!?！？]{1,12}(?:\s*[|｜·•]\s*[^|｜·•。.!?！？]{1,12}){3,}\s*$",
    )),
)


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The rules, in the order they are tried (first match wins)."""
    out: list[Rule] = []
    first = 0
    for code, lang, max_chars, case, patterns in _SPEC:
        out.append(Rule(code, lang, patterns, 0 if case else re.IGNORECASE, max_chars, first))
        first += len(patterns)
    return tuple(out)


def zh_phrases() -> list[str]:
    """Every run of Han characters in the Chinese patterns (for :func:`compute_variants`)."""
    runs: list[str] = []
    for _code, lang, _max, _case, patterns in _SPEC:
        for p in patterns:
            if lang in ("zh", "any"):
                runs.extend(re.findall(r"[\u3400-\u9fff]+", p))
    return runs


def compute_variants() -> str:
    """:data:`_VARIANT_TABLE` as OpenCC computes it today (used by a test and to regenerate)."""
    import opencc

    forms: dict[str, set[str]] = {}
    converters = [opencc.OpenCC(c) for c in ("s2t", "s2tw", "s2hk")]
    for phrase in zh_phrases():
        for conv in converters:
            out = conv.convert(phrase)
            if len(out) != len(phrase):
                continue
            for s, t in zip(phrase, out, strict=True):
                if s != t:
                    forms.setdefault(s, set()).add(t)
    return " ".join(s + "".join(sorted(t)) for s, t in sorted(forms.items()))
