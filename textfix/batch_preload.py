"""What a local Dask cluster's workers load once, before they exist: imported in a fork server.

A worker's first task pays for loading textfix: importing the repair stages and their
dictionaries (pypinyin, OpenCC, ftfy, chardet), reading the character model and compiling the
boilerplate rules. On the 5,000-page benchmark that was about 1.5 s of CPU in the first
archive task (0.45 s for the next ones) and 0.2 s in the first template task, paid by *every*
worker, on top of the 0.3 s each worker spent importing Dask. With ``--engine dask`` and no
``--scheduler``, :mod:`textfix.batch_dask` starts its workers from a
:mod:`multiprocessing` fork server that imports Dask and this module once, while the driver
lists the sources; each worker is a fork of it, so it starts with all of that loaded (shared
copy-on-write) instead of paying it in its first tasks.

Importing this module repairs and archives a few short texts written for the purpose (one per
kind of damage whose stage loads something: legacy encodings, CJK and Western mojibake,
pinyin annotations, Traditional script, folded punctuation, page chrome), so it loads exactly
what those stages load on a real page, by the same code paths. It never raises (a fork server
whose preload fails would fail every worker), prints nothing, and changes no output: the
work it does only fills pure caches.
"""

from __future__ import annotations

#: Short pages, one per stage that loads a model or a table on first use, with the encoding
#: each is stored in (``None``: UTF-8 as written; ``mojibake:CODEC``: its UTF-8 bytes misread
#: as CODEC and saved as UTF-8 again; ``gbk-as:CODEC``: the same with its GBK bytes).
SAMPLES: tuple[tuple[str, str | None], ...] = (
    ("本市新建的三座公园将于下月开放，市民可以免费参观。\n公园内设有儿童游乐区和健身步道。\n",
     "gb18030"),
    ("圖書館延長了週末的開放時間，方便學生們準備考試。\n", "big5"),
    ("駅前の商店街では、毎年夏に小さな祭りが開かれます。\n", "shift_jis"),
    ("도서관은 주말에도 오후 여섯 시까지 문을 엽니다.\n", "euc_kr"),
    ("Городская библиотека продлила часы работы по выходным.\n", "cp1251"),
    ("La bibliothèque municipale ouvre désormais le dimanche matin.\n", "mojibake:cp1252"),
    ("新的公交线路下周一起正式运营，沿途设有十二个站点。\n", "mojibake:gbk"),
    ("新的公交线路下周一起正式运营，沿途设有十二个站点。\n", "gbk-as:latin-1"),
    ("居民们(包括老人和孩子)都很高兴:新公园离家很近!\n", None),
    ("本市圖書(shū)館將延長(cháng)開(kāi)放時(shí)間,方便市民閱讀(dú)和學(xué)習(xí)。\n", None),
    ("2024年05月06日 10:20 来源：本地新闻网 作者：张三\n新的自行车道已经开通。\n"
     "责任编辑：李四\n版权所有 © 2024 本地新闻网\n", None),
)


def _encoded(text: str, how: str | None) -> bytes:
    if how is None:
        return text.encode("utf-8")
    if how.startswith("mojibake:"):  # UTF-8 read as another code page
        return text.encode("utf-8").decode(how.split(":", 1)[1], "replace").encode("utf-8")
    if how.startswith("gbk-as:"):  # GBK read as another code page
        return text.encode("gbk").decode(how.split(":", 1)[1], "replace").encode("utf-8")
    return text.encode(how)


def warm() -> None:
    """Archive :data:`SAMPLES` once (the template pass's counting, then the repair and the
    rendered document), discarding the results. Any error is ignored: this is only a head
    start."""
    try:
        from . import batch_tasks  # noqa: F401 - what a worker unpickles its tasks from
        from .batch_job import job, template_keys
        from .config import DEFAULT

        for text, how in SAMPLES:
            data = _encoded(text, how)
            template_keys(data, DEFAULT)
            job(data, "warm.txt", DEFAULT, frozenset(), "2000-01-01T00:00:00Z")
    except Exception:  # noqa: BLE001,S110 - a failed head start costs only time, later
        pass


warm()
