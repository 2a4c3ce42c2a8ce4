"""Generate the boilerplate test set: scraped pages from 24 site templates, every line labelled.

Each page is an article from ``tests/data/boilerplate/<lang>.txt`` (bodies written for this test
set) dressed in one site's chrome — navigation, breadcrumbs, meta lines, bylines above the body;
credits, related-news teasers, share prompts, reprint terms, disclaimers, copyright and licence
footers below it — with dates, names, view counts and optional lines drawn from a seeded random
generator, so the set is the same on every run. The label of every line (``chrome``, ``title``,
``body``, ``blank``) comes from the template that wrote it, never from the code under test.

14 of the 24 templates are Chinese: Simplified portals, government, finance, WeChat-style and
industry sites; genuine Traditional sites from Taiwan and Hong Kong; two content-farm templates
whose whole page is *spun* (OpenCC ``s2tw``, tone-marked pinyin after converted characters,
punctuation folded to ASCII, as on the seed page); two whose chrome lines are *mojibake*
(UTF-8 read as GBK, GBK read as Latin-1). The other ten are English (three), Japanese, Korean,
Russian, German, French, Spanish and Portuguese.

The negative set (``negative-*.txt``) is pages whose body discusses copyright, reprints,
newsletters and editors; they carry no chrome and must come back unchanged.

    python tests/gen_boilerplate.py                 # summary
    python tests/gen_boilerplate.py --show 12       # one page, each line with its label
    python tests/gen_boilerplate.py --write DIR     # write pages (and negatives) as .txt files
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "boilerplate"
SEED = 20230305
CHROME, TITLE, BODY, BLANK = "chrome", "title", "body", "blank"


@dataclass(frozen=True, slots=True)
class Article:
    """An article body from the data files: its language, title and paragraphs."""

    lang: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Page:
    """One generated page: ``text`` as scraped, and the label of each of its lines."""

    name: str
    template: str
    lang: str
    damage: str
    text: str
    labels: tuple[str, ...]
    published: str | None = None
    fields: dict[str, str] = field(default_factory=dict)

    def lines_of(self, label: str) -> list[int]:
        """1-based line numbers carrying ``label``."""
        return [i + 1 for i, lab in enumerate(self.labels) if lab == label]


def articles(name: str) -> list[Article]:
    """The article blocks of ``tests/data/boilerplate/<name>.txt``."""
    text = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    out: list[Article] = []
    for block in text.split("\n\n"):
        lines = [ln for ln in block.splitlines() if ln.strip() and not ln.startswith("#")]
        lang = name
        if lines and lines[0].startswith("lang: "):
            lang = lines.pop(0)[6:].strip()
        if len(lines) >= 2:
            out.append(Article(lang, lines[0], tuple(lines[1:])))
    return out


# --- names, sites and other fillers ---------------------------------------------------------

NAMES = {
    "zh-hans": ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "孙丽"],
    "zh-hant": ["陳志明", "林美玲", "黃建國", "張淑芬", "李家豪", "王怡君", "吳俊傑"],
    "en": ["Sarah Mitchell", "David Chen", "Laura Gomez", "Tom Becker", "Priya Nair",
           "Michael O'Brien", "Hannah Lee"],
    "ja": ["山田太郎", "佐藤花子", "鈴木一郎", "高橋美咲"],
    "ko": ["김민수", "이지은", "박서준", "최유진"],
    "ru": ["Иван Петров", "Анна Смирнова", "Олег Кузнецов"],
    "de": ["Julia Wagner", "Thomas Müller", "Katrin Schulz"],
    "fr": ["Claire Dubois", "Luc Martin", "Sophie Bernard"],
    "es": ["Lucía García", "Javier Ruiz", "Marta López"],
    "pt": ["Ana Souza", "Pedro Oliveira", "Carla Santos"],
}
SOURCES_ZH = ["新华网", "人民网", "中国新闻网", "经济日报", "大众日报", "证券时报", "滨州日报"]


@dataclass
class Fill:
    """Random values for one page."""

    rng: random.Random
    lang: str
    y: int = 2023
    m: int = 3
    d: int = 5
    hh: int = 14
    mm: int = 30
    ss: int = 21

    def __post_init__(self) -> None:
        r = self.rng
        self.y, self.m, self.d = r.choice([2021, 2022, 2023]), r.randint(1, 12), r.randint(1, 28)
        self.hh, self.mm, self.ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)

    def name(self) -> str:
        return self.rng.choice(NAMES[self.lang])

    def views(self) -> int:
        return self.rng.randint(12, 98000)

    def iso(self, time: bool = False, seconds: bool = False) -> str:
        date = f"{self.y:04d}-{self.m:02d}-{self.d:02d}"
        if not time:
            return date
        return f"{date}T{self.hh:02d}:{self.mm:02d}:{self.ss if seconds else 0:02d}"

    def maybe(self, p: float = 0.5) -> bool:
        return self.rng.random() < p


Lines = list[tuple[str, str]]
Template = Callable[[Fill, Article, list[str]], tuple[Lines, dict[str, str], str | None]]


def _body(art: Article, blank_between: bool = False) -> Lines:
    out: Lines = []
    for i, p in enumerate(art.paragraphs):
        if blank_between and i:
            out.append((BLANK, ""))
        out.append((BODY, p))
    return out


def _c(*lines: str) -> Lines:
    return [(CHROME, ln) for ln in lines]


# --- Simplified Chinese ----------------------------------------------------------------------

def zh_portal(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    src, author, editor = f.rng.choice(SOURCES_ZH), f.name(), f.name()
    out = _c("首页 | 新闻 | 财经 | 科技 | 汽车 | 房产 | 教育 | 视频",
             "当前位置：首页 > 新闻中心 > 国内新闻 > 正文")
    out += [(TITLE, art.title)]
    out += _c(f"{f.y}-{f.m:02d}-{f.d:02d} {f.hh:02d}:{f.mm:02d}:{f.ss:02d}　来源：{src}　"
              f"作者：{author}　浏览：{f.views()}次")
    out += [(BLANK, "")] + _body(art, True) + [(BLANK, "")]
    out += _c(f"（责任编辑：{editor}）", "相关阅读：")
    out += [(CHROME, f"· {t}") for t in teasers[:3]]
    out += _c(f"上一篇：{teasers[3]}", f"下一篇：{teasers[4]}")
    if f.maybe():
        out += _c("关于我们 | 联系我们 | 网站地图 | 广告服务 | 法律声明")
    out += _c("Copyright © 2003-2023 华东在线 版权所有 京ICP备10023456号-2 "
              "京公网安备 11010502034567号")
    fields = {"source": src, "author": author, "editor": editor}
    return out, fields, f.iso(True, True)


def zh_gov(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    out = _c("设为首页 | 加入收藏 | 无障碍浏览 | English",
             "您现在的位置：首页 > 政务公开 > 工作动态")
    out += [(TITLE, art.title)]
    out += _c(f"发布时间：{f.y}-{f.m:02d}-{f.d:02d}　　来源：市发展和改革委员会　　"
              f"浏览次数：{f.views()}")
    if f.maybe():
        out += _c("字号：【大 中 小】")
    out += _body(art)
    out += _c("【打印本页】　【关闭窗口】",
              "主办单位：滨州市人民政府办公室　　承办单位：滨州市大数据中心",
              "地址：滨州市黄河五路509号　邮编：256600　电话：0543-3160000",
              "网站标识码：3716000001　鲁ICP备05001234号　鲁公网安备 37160202000123号")
    return out, {"source": "市发展和改革委员会"}, f.iso()


def zh_finance(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    author, editor = f.name(), f.name()
    out = [(TITLE, art.title)]
    out += _c(f"{f.y}年{f.m:02d}月{f.d:02d}日 {f.hh:02d}:{f.mm:02d}　来源：证券时报网　作者：{author}")
    out += _body(art)
    out += _c(f"（编辑：{editor}）",
              "免责声明：本文仅供参考，不构成投资建议。投资有风险，入市需谨慎。")
    if f.maybe(0.7):
        out += _c("扫码关注官方微信公众号，获取更多财经资讯")
    out += _c("版权声明：本网站所有内容，未经授权，禁止转载。")
    return out, {"source": "证券时报网", "author": author, "editor": editor}, f.iso(True)


def zh_wechat(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    author = f.name()
    out = [(TITLE, art.title)]
    out += _c(f"原创 {author} 科技观察 {f.y}-{f.m:02d}-{f.d:02d} {f.hh:02d}:{f.mm:02d} 发表于北京")
    out += [(BLANK, "")] + _body(art, True) + [(BLANK, "")]
    out += _c("本文来源：科技观察，转载请注明出处。",
              "图片来源于网络，如有侵权请联系删除。")
    if f.maybe():
        out += _c("点击上方蓝字关注我们")
    out += _c("点赞、在看、转发，是对我们最好的鼓励！")
    return out, {}, f.iso(True)


def zh_industry(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    src, author, editor = "中国有色金属报", f.name(), f.name()
    out = [(TITLE, art.title)]
    out += _c(f"{f.y}年{f.m:02d}月{f.d:02d}日 {f.hh}:{f.mm // 10} {f.views()}次浏览 "
              f"来源：{src} 分类：行业新闻 作者：{author}")
    out += _body(art)
    out += _c(f"责任编辑：{editor}",
              "如需了解更多信息，请登录中国有色网：www.cnmn.com.cn了解更多信息。",
              "中国有色网声明：本网所有内容的版权均属于作者或页面内声明的版权人。",
              f"凡注明文章来源为“{src}”或“中国有色网”的文章，均为中国有色网原创或者是合作机构"
              "授权同意发布的文章。",
              "如需转载，转载方必须与中国有色网（邮件：cnmn@cnmn.com.cn 或 电话：010-63971479）"
              "联系，签署授权协议，取得转载授权；",
              "若据本文章操作，所有后果读者自负，中国有色网概不负任何责任。")
    fields = {"source": src, "category": "行业新闻", "author": author, "editor": editor}
    return out, fields, f.iso()


def zh_local(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    editor = f.name()
    out = _c("首页 > 本地新闻 > 正文")
    out += [(TITLE, art.title)]
    out += _c(f"时间：{f.y}-{f.m:02d}-{f.d:02d} {f.hh:02d}:{f.mm:02d}:{f.ss:02d} | 来源：滨州日报 | "
              f"编辑：{editor} | 点击：{f.views()}")
    out += _body(art)
    out += _c("相关新闻")
    out += [(CHROME, f"{i}. {t}") for i, t in enumerate(teasers[:3], 1)]
    out += _c("网站地图 | 联系我们 | 关于我们 | 广告服务 | 投稿",
              "Copyright © 2005-2023 滨州网 All Rights Reserved",
              "鲁ICP备09012345号")
    return out, {"source": "滨州日报", "editor": editor}, f.iso(True, True)


def zh_techblog(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    author = f.name()
    url = f"https://www.example-tech.cn/article/{f.y}{f.m:02d}{f.d:02d}/{f.views()}.html"
    out = [(TITLE, art.title)]
    out += _c(f"作者：{author} | 发布于 {f.y}-{f.m:02d}-{f.d:02d} | 分类：人工智能 | "
              f"阅读 {f.views():,}")
    out += _body(art)
    out += _c(f"原文链接：{url}", "本文为作者原创，未经授权不得转载。", "分享到：微信 | 微博 | QQ空间",
              f"上一篇：{teasers[0]}", f"下一篇：{teasers[1]}")
    return out, {"author": author, "category": "人工智能", "url": url}, f.iso()


# --- Traditional Chinese (genuine: never converted) -------------------------------------------

def tw_news(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    out = _c("首頁 > 國際 > 亞洲")
    out += [(TITLE, art.title)]
    out += _c(f"{f.y}/{f.m:02d}/{f.d:02d} {f.hh:02d}:{f.mm:02d}　記者{f.name()}／台北報導")
    out += _body(art)
    out += _c("延伸閱讀")
    out += [(CHROME, f"‧{t}") for t in teasers[:3]]
    out += _c("© 2023 聯合新聞網 版權所有",
              "本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。")
    return out, {}, f.iso(True)


def hk_news(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    editor = f.name()
    out = [(TITLE, art.title)]
    out += _c(f"發佈時間：{f.y}年{f.m:02d}月{f.d:02d}日 {f.hh:02d}:{f.mm:02d} | 來源：星島日報")
    out += _body(art)
    out += _c(f"責任編輯：{editor}",
              "免責聲明：本網站內容僅供參考，本網站不會就任何因使用本網站內容而引致的損失負責。",
              "版權所有 不得轉載")
    if f.maybe():
        out += _c("分享至：Facebook | WhatsApp | Twitter")
    return out, {"source": "星島日報", "editor": editor}, f.iso(True)


def tw_blog(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    author = f.name()
    out = _c(f"文／{author}")
    out += [(TITLE, art.title)]
    out += _c(f"更新時間：{f.y}-{f.m:02d}-{f.d:02d} {f.hh:02d}:{f.mm:02d}　分類：生活")
    out += [(BLANK, "")] + _body(art, True) + [(BLANK, "")]
    out += _c("喜歡這篇文章嗎？歡迎分享給朋友！", "訂閱電子報，掌握最新消息",
              "本文經作者授權轉載，原文刊登於《生活誌》。")
    return out, {"author": author, "category": "生活"}, f.iso(True)


# --- English and the other languages --------------------------------------------------------

def en_wire(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    author, editor = f.name(), f.name()
    month = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"][f.m - 1]
    h12 = f.hh % 12 or 12
    out = _c("Home > World > Asia Pacific")
    out += [(TITLE, art.title)]
    out += _c(f"By {author}, Reuters",
              f"Published {month} {f.d}, {f.y} {h12}:{f.mm:02d} {'PM' if f.hh >= 12 else 'AM'}")
    out += [(BLANK, "")] + _body(art, True) + [(BLANK, "")]
    out += _c(f"Reporting by {author}; Editing by {editor}", "Share this article",
              f"© {f.y} Example News. All rights reserved.")
    return out, {"author": author}, f.iso(True)


def en_blog(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    author = f.name()
    month = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
             "Dec"][f.m - 1]
    out = [(TITLE, art.title)]
    out += _c(f"Posted on {month} {f.d}, {f.y} by {author} | {f.rng.randint(2, 9)} min read",
              "Filed under: Community")
    out += _body(art)
    out += _c("Share: Facebook | Twitter | Email", "Related posts:")
    out += [(CHROME, f"- {t}") for t in teasers[:3]]
    out += _c("Subscribe to our newsletter for weekly updates.",
              "Powered by WordPress | Theme by Example Themes")
    return out, {}, f.iso()


def en_magazine(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    author = f.name()
    out = _c("We use cookies to improve your experience. By continuing to browse, you agree "
             "to our use of cookies.", "Skip to main content", "Magazine > Science > Oceans")
    out += [(TITLE, art.title)]
    out += _c(f"By {author} | {f.d:02d}/{f.m:02d}/{f.y}" if f.d > 12 else f"By {author}")
    out += _body(art)
    out += _c("This article was originally published in the Spring issue.",
              "For more information, visit www.example.org/oceans.",
              "Sign up for our newsletter",
              "Privacy Policy | Terms of Use | Contact Us",
              f"Copyright {f.y} Example Magazine Inc.")
    return out, {"author": author}, f.iso() if f.d > 12 else None


def ja_news(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    out = _c("ホーム > 社会 > 地域")
    out += [(TITLE, art.title)]
    out += _c(f"{f.y}/{f.m:02d}/{f.d:02d} {f.hh:02d}:{f.mm:02d} 配信")
    out += _body(art)
    out += _c(f"（編集：{f.name()}）", "関連記事")
    out += [(CHROME, t) for t in teasers[:2]]
    out += _c("この記事をシェアする", "無断転載・複製を禁じます",
              "Copyright © 2023 Example Shimbun. All rights reserved.")
    return out, {}, f.iso(True)


def ko_news(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    out = _c("홈 > 사회 > 지역")
    out += [(TITLE, art.title)]
    out += _c(f"입력 {f.y}.{f.m:02d}.{f.d:02d} {f.hh:02d}:{f.mm:02d} "
              f"수정 {f.y}.{f.m:02d}.{f.d:02d} {f.hh:02d}:{f.mm:02d}",
              f"{f.name()} 기자 reporter@example.co.kr")
    out += _body(art)
    out += _c("관련기사")
    out += [(CHROME, t) for t in teasers[:2]]
    out += _c("공유하기", "저작권자 © 예시일보 무단전재 및 재배포 금지")
    return out, {}, f.iso(True)


def ru_news(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря"]
    author = f.name()
    out = _c("Главная / Новости / Общество")
    out += [(TITLE, art.title)]
    out += _c(f"Опубликовано: {f.d} {months[f.m - 1]} {f.y}, {f.hh:02d}:{f.mm:02d}",
              f"Автор: {author}")
    out += _body(art)
    out += _c("Читайте также:")
    out += [(CHROME, t) for t in teasers[:2]]
    out += _c("Поделиться", "При использовании материалов ссылка на сайт обязательна.",
              f"© {f.y} Пример. Все права защищены.")
    return out, {"author": author}, f.iso(True)


def de_news(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    author = f.name()
    out = _c("Startseite > Lokales > Stadt")
    out += [(TITLE, art.title)]
    out += _c(f"Von {author} | {f.d:02d}.{f.m:02d}.{f.y}, {f.hh:02d}:{f.mm:02d} Uhr")
    out += _body(art)
    out += _c("Mehr zum Thema")
    out += [(CHROME, t) for t in teasers[:2]]
    out += _c("Artikel teilen", "Abonnieren Sie unseren Newsletter",
              f"© {f.y} Beispiel Zeitung. Alle Rechte vorbehalten.",
              "Impressum | Datenschutz | Kontakt")
    return out, {"author": author}, f.iso(True)


def fr_news(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
    author = f.name()
    out = _c("Accueil > Régions > Bourgogne")
    out += [(TITLE, art.title)]
    out += _c(f"Par {author} | Publié le {f.d} {months[f.m - 1]} {f.y}")
    out += _body(art)
    out += _c("À lire aussi")
    out += [(CHROME, t) for t in teasers[:2]]
    out += _c("Partager cet article", "Abonnez-vous à notre newsletter",
              f"© {f.y} Exemple. Tous droits réservés. Reproduction interdite sans autorisation.")
    return out, {"author": author}, f.iso()


def es_news(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
              "septiembre", "octubre", "noviembre", "diciembre"]
    author = f.name()
    out = _c("Inicio > Sociedad > Local")
    out += [(TITLE, art.title)]
    out += _c(f"Por {author} | {f.d} de {months[f.m - 1]} de {f.y}")
    out += _body(art)
    out += _c("Noticias relacionadas")
    out += [(CHROME, t) for t in teasers[:2]]
    out += _c("Compartir en: Facebook | Twitter | WhatsApp", "Síguenos en Instagram",
              f"© {f.y} Ejemplo. Todos los derechos reservados. "
              "Prohibida su reproducción total o parcial.")
    return out, {"author": author}, f.iso()


def pt_news(f: Fill, art: Article, teasers: list[str]) -> tuple[Lines, dict[str, str], str]:
    author = f.name()
    out = _c("Início > Cidades > São Paulo")
    out += [(TITLE, art.title)]
    out += _c(f"Por {author} | Publicado em {f.d:02d}.{f.m:02d}.{f.y} {f.hh:02d}:{f.mm:02d}")
    out += _body(art)
    out += _c("Leia também")
    out += [(CHROME, t) for t in teasers[:2]]
    out += _c("Compartilhe este artigo", "Assine nossa newsletter",
              f"© {f.y} Exemplo. Todos os direitos reservados.")
    return out, {"author": author}, f.iso(True)


# --- damage ---------------------------------------------------------------------------------

_FOLD = str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?"})


@lru_cache(maxsize=1)
def _s2tw() -> Any:
    import opencc

    return opencc.OpenCC("s2tw")


def spin(text: str, rng: random.Random) -> str:
    """What a content farm does: OpenCC ``s2tw``, pinyin after converted characters, folding."""
    from pypinyin import Style, pinyin

    trad = _s2tw().convert(text)
    readings = pinyin(text, style=Style.TONE, heteronym=False, errors=lambda s: [[""]] * len(s))
    out: list[str] = []
    for s, t, r in zip(text, trad, readings, strict=True):
        out.append(t)
        if s != t and r[0] and rng.random() < 0.8:
            out.append(f"({r[0]})")
    return "".join(out).translate(_FOLD)


def utf8_as_gbk(line: str) -> str | None:
    """``line`` encoded as UTF-8 and read as GBK, when that decodes (as a browser would)."""
    try:
        return line.encode("utf-8").decode("gbk")
    except UnicodeDecodeError:
        return None


def gbk_as_latin1(line: str) -> str:
    """``line`` encoded as GBK (GB18030) and read as Latin-1 (``·¢Õ¹`` for ``发展``)."""
    return line.encode("gb18030").decode("latin-1")


# --- the set --------------------------------------------------------------------------------

#: name → (template, language pool, damage)
TEMPLATES: dict[str, tuple[Template, str, str]] = {
    "zh-portal": (zh_portal, "zh-hans", ""),
    "zh-gov": (zh_gov, "zh-hans", ""),
    "zh-finance": (zh_finance, "zh-hans", ""),
    "zh-wechat": (zh_wechat, "zh-hans", ""),
    "zh-industry": (zh_industry, "zh-hans", ""),
    "zh-local": (zh_local, "zh-hans", ""),
    "zh-techblog": (zh_techblog, "zh-hans", ""),
    "tw-news": (tw_news, "zh-hant", ""),
    "hk-news": (hk_news, "zh-hant", ""),
    "tw-blog": (tw_blog, "zh-hant", ""),
    "zh-spun-industry": (zh_industry, "zh-hans", "spin"),
    "zh-spun-portal": (zh_portal, "zh-hans", "spin"),
    "zh-mojibake-finance": (zh_finance, "zh-hans", "utf8-as-gbk"),
    "zh-mojibake-local": (zh_local, "zh-hans", "gbk-as-latin1"),
    "en-wire": (en_wire, "en", ""),
    "en-blog": (en_blog, "en", ""),
    "en-magazine": (en_magazine, "en", ""),
    "ja-news": (ja_news, "ja", ""),
    "ko-news": (ko_news, "ko", ""),
    "ru-news": (ru_news, "ru", ""),
    "de-news": (de_news, "de", ""),
    "fr-news": (fr_news, "fr", ""),
    "es-news": (es_news, "es", ""),
    "pt-news": (pt_news, "pt", ""),
}
PAGES_ZH = 7
PAGES_OTHER = 6


def _damage(lines: Lines, damage: str, rng: random.Random) -> Lines:
    if damage == "spin":
        return [(lab, spin(ln, rng) if ln else ln) for lab, ln in lines]
    if damage == "utf8-as-gbk":
        # the meta line and the last chrome lines that survive the trip intact
        chrome = [i for i, (lab, ln) in enumerate(lines) if lab == CHROME]
        out = list(lines)
        for i in [chrome[0], *chrome[-2:]]:
            bad = utf8_as_gbk(lines[i][1])
            if bad is not None:
                out[i] = (CHROME, bad)
        return out
    if damage == "gbk-as-latin1":
        return [(lab, gbk_as_latin1(ln)) if lab == CHROME and not ln.isascii() and
                ("ICP" in ln or "相关" in ln or "Copyright" in ln) else (lab, ln)
                for lab, ln in lines]
    return lines


def pages() -> Iterator[Page]:
    """Every page of the set, in a fixed order."""
    rng = random.Random(SEED)
    pools = {lang: articles(lang) for _t, lang, _d in TEMPLATES.values()}
    for name, (template, lang, damage) in TEMPLATES.items():
        pool = pools[lang]
        count = PAGES_ZH if lang.startswith("zh") else PAGES_OTHER
        for k in range(count):
            art = pool[(k + len(name)) % len(pool)]
            keep = rng.randint(2, len(art.paragraphs))
            art = Article(art.lang, art.title, art.paragraphs[:keep])
            teasers = [a.title for a in pool if a.title != art.title]
            rng.shuffle(teasers)
            fill = Fill(rng, lang)
            lines, fields, published = template(fill, art, teasers)
            lines = _damage(lines, damage, rng)
            text = "\n".join(ln for _lab, ln in lines)
            if rng.random() < 0.7:
                text += "\n"
            yield Page(f"{name}-{k + 1:02d}", name, lang, damage, text,
                       tuple(lab for lab, _ln in lines), published, fields)


def negative_pages() -> Iterator[Page]:
    """Pages whose body discusses copyright, reprints, newsletters or editors; no chrome."""
    for pool in ("negative-zh", "negative-zh-hant", "negative-en", "negative-xx"):
        for k, art in enumerate(articles(pool)):
            lines = [(TITLE, art.title), *_body(art)]
            text = "\n".join(ln for _lab, ln in lines) + "\n"
            yield Page(f"{pool}-{k + 1:02d}", pool, art.lang, "", text,
                       tuple(lab for lab, _ln in lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, help="print page N (1-based) with its labels")
    parser.add_argument("--write", type=Path, help="write every page into this folder")
    args = parser.parse_args()
    all_pages = list(pages())
    negatives = list(negative_pages())
    if args.show:
        page = all_pages[args.show - 1]
        print(f"# {page.name} ({page.lang}, damage: {page.damage or 'none'})")
        for lab, ln in zip(page.labels, page.text.split("\n"), strict=False):
            print(f"{lab:>6} | {ln}")
        return
    if args.write:
        for page in all_pages:
            (args.write / "pages" / page.template).mkdir(parents=True, exist_ok=True)
            (args.write / "pages" / page.template / f"{page.name}.txt").write_text(
                page.text, encoding="utf-8")
        (args.write / "negative").mkdir(parents=True, exist_ok=True)
        for page in negatives:
            (args.write / "negative" / f"{page.name}.txt").write_text(page.text, encoding="utf-8")
    zh = sum(p.lang.startswith("zh") for p in all_pages)
    chrome = sum(len(p.lines_of(CHROME)) for p in all_pages)
    print(f"{len(all_pages)} pages from {len(TEMPLATES)} templates ({zh} Chinese), "
          f"{chrome} chrome lines; {len(negatives)} negative pages")


if __name__ == "__main__":
    main()
