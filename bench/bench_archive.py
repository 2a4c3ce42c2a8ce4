"""Benchmark ``textfix archive`` on a generated corpus with 1 job and with all jobs.

    .venv/bin/python bench/bench_archive.py                 # 3,000 files, --jobs 1 vs all cores
    .venv/bin/python bench/bench_archive.py --files 2000 --jobs 1 2 --repeat 3
    .venv/bin/python bench/bench_archive.py --engine dask --files 5000 --jobs 1 2 --repeat 1
    .venv/bin/python bench/bench_archive.py --engine dask --files 20000 --jobs 2 --repeat 1

With ``--engine dask`` the job count is the local cluster's worker processes, and the time
includes starting them. Every run also reports the peak resident memory of the process that
runs ``textfix archive`` (the driver; polled from ``/proc``, so its worker processes are not
counted — with ``--engine dask`` the local cluster's scheduler is, as it runs in the driver).

The corpus is generated (deterministically, from ``--seed``) in a temporary folder: nested
site/year/month folders of scraped-looking pages built from the paragraphs of ``samples/``,
in a mix of encodings and damage — clean UTF-8 in eight languages, GB18030, Big5, Shift_JIS,
EUC-KR, cp1251, cp1252, Western and CJK mojibake, folded CJK punctuation, pinyin spin, BOMs,
CRLF line endings, head and tail boilerplate, per-site lines and a network banner (a
template line on most pages) — plus a few binary
files (some named ``.txt``) and text files without a ``.txt`` name, so text is found by
content. Each run is the real command (``python -m textfix archive SRC -o OUT --jobs N``) in a
subprocess, timed end to end; the job counts take turns and the best of ``--repeat`` runs
counts (the load average is printed: other work on the machine lowers the speed-up). The outputs of every run
are compared, so the speed-up is only reported for identical archives.

:func:`make_corpus` is also what the batch tests generate their corpora with.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

RUSSIAN = [
    "Правительство Москвы объявило о запуске новой программы благоустройства дворов.",
    "В этом году планируется обновить более трёхсот детских и спортивных площадок.",
    "Жители смогут сами выбрать проекты на портале городских услуг до конца месяца.",
    "По словам заместителя мэра, работы начнутся в мае и завершатся к осени.",
    "Особое внимание уделят освещению, безопасности и доступности для маломобильных граждан.",
]
GERMAN = [
    "Die Stadt Köln erweitert ihr Radwegenetz um weitere vierzig Kilometer.",
    "Nach Angaben der Verwaltung sollen die Arbeiten bis Ende nächsten Jahres abgeschlossen sein.",
    "Anwohner äußerten sich überwiegend positiv, kritisierten jedoch den Wegfall von Parkplätzen.",
]
HEAD_META = "{y}年{m:02d}月{d:02d}日 {h}:{mi:02d} {views}次浏览 来源：{site}新闻网 作者：{author}"
TAIL = [
    "责任编辑：{author}",
    "版权所有 © {y} {site}新闻网 保留所有权利",
    "未经授权，禁止转载。",
]
NETWORK = "SD News Network | sdnews.example.cn | partner sites since 2015"
TEMPLATE = "欢迎访问{site}资讯在线 订阅号：{site}-daily"
TEMPLATE_HANT = "歡迎訪問{site}資訊在線 訂閱號：{site}-daily"
AUTHORS = ["王明", "李华", "张伟", "刘洋", "陈静"]
SITES = ["binzhou", "qingdao", "jinan", "weifang", "yantai", "linyi"]

#: The kinds of file in the corpus and their weights (binary files come on top of ``files``).
KINDS: dict[str, int] = {
    "clean": 20, "gb18030": 8, "big5": 5, "shift_jis": 5, "euc_kr": 4, "cp1251": 5,
    "cp1252": 4, "western_mojibake": 8, "cjk_mojibake": 6, "folded": 10, "spin": 6,
    "bom": 4, "crlf": 5, "boilerplate": 6,
}


def _paragraphs(name: str) -> list[str]:
    return [line for line in (SAMPLES / name).read_text(encoding="utf-8").splitlines() if line]


@dataclass(frozen=True)
class Pools:
    """Paragraphs by language, taken from the committed samples."""

    by_lang: dict[str, list[str]]
    spin: list[str]

    @classmethod
    def load(cls) -> Pools:
        by_lang = {
            "zh": _paragraphs("clean/zh-hans-news.txt") + _paragraphs("clean/zh-en-tech-note.txt"),
            "zh-Hant": _paragraphs("clean/zh-hant-taiwan.txt"),
            "ja": _paragraphs("clean/ja-article.txt"),
            "ko": _paragraphs("clean/ko-article.txt"),
            "en": _paragraphs("clean/en-essay.txt"),
            "fr": _paragraphs("clean/fr-article.txt"),
            "de": _paragraphs("clean/de-no-final-newline.txt") + GERMAN,
            "ru": RUSSIAN,
        }
        spin = _paragraphs("binzhou-aluminium.txt")[2:-7]
        return cls(by_lang, spin)


def _body(rng: random.Random, pool: list[str], lo: int = 3, hi: int = 9) -> list[str]:
    first, rest = pool[0], pool[1:] or pool
    return [first] + [rng.choice(rest) for _ in range(rng.randint(lo, hi))]


def _encode(text: str, codec: str) -> bytes:
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        return text.encode("utf-8")


def _fold(text: str) -> str:
    return text.translate(str.maketrans({"，": ",", "；": ";", "：": ":", "（": "(", "）": ")",
                                         "！": "!", "？": "?"}))


def make_document(rng: random.Random, pools: Pools, kind: str, site: str,
                  paragraphs: tuple[int, int] = (3, 9)) -> bytes:
    """One generated page of ``kind`` for ``site`` (see :data:`KINDS`): a title and between
    ``paragraphs[0]`` and ``paragraphs[1]`` paragraphs."""
    lang = {"gb18030": "zh", "big5": "zh-Hant", "shift_jis": "ja", "euc_kr": "ko",
            "cp1251": "ru", "cp1252": rng.choice(["fr", "de"]), "western_mojibake":
            rng.choice(["en", "fr", "de"]), "cjk_mojibake": "zh", "folded": "zh",
            "boilerplate": "zh"}.get(kind) or rng.choice(sorted(pools.by_lang))
    lines = _body(rng, pools.spin if kind == "spin" else pools.by_lang[lang], *paragraphs)
    y, m, d = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    author = rng.choice(AUTHORS)
    if kind == "boilerplate" or (kind in ("gb18030", "folded") and rng.random() < 0.5):
        lines.insert(1, HEAD_META.format(y=y, m=m, d=d, h=rng.randint(0, 23),
                                         mi=rng.randint(0, 59), views=rng.randint(10, 99999),
                                         site=site, author=author))
        lines += [t.format(y=y, site=site, author=author) for t in TAIL]
    if lang.startswith("zh") and rng.random() < 0.8:  # the site's template line
        lines.append((TEMPLATE_HANT if lang == "zh-Hant" else TEMPLATE).format(site=site))
    if rng.random() < 0.6:  # the network's banner: ASCII, so the same in every encoding
        lines.append(NETWORK)
    text = "\n".join(lines) + "\n"
    if kind == "folded":
        text = _fold(text)
    if kind == "crlf":
        text = text.replace("\n", "\r\n")
    if kind in ("gb18030", "big5", "shift_jis", "euc_kr", "cp1251", "cp1252"):
        return _encode(text, kind)
    if kind == "western_mojibake":
        raw = text.encode("utf-8")
        try:
            return raw.decode("cp1252").encode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("latin-1").encode("utf-8")
    if kind == "cjk_mojibake":
        raw = text.encode("utf-8")
        try:
            return raw.decode("gbk").encode("utf-8")
        except UnicodeDecodeError:
            return text.encode("gbk").decode("latin-1").encode("utf-8")
    if kind == "bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    return text.encode("utf-8")


def make_binary(rng: random.Random) -> bytes:
    """A PNG-like blob: a signature, a run of NULs, then random bytes."""
    noise = bytes(rng.getrandbits(8) for _ in range(2048))
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64) + noise


def make_corpus(root: Path, files: int, seed: int = 6, binary: int | None = None,
                weights: dict[str, int] | None = None,
                paragraphs: tuple[int, int] = (3, 9)) -> list[Path]:
    """Write ``files`` text files (and ``binary`` binary ones, default 1%) below ``root``.

    Layout: ``SITE/YEAR/MM/page-N.txt``, a few pages named ``.htm`` or with no extension, and
    binary files named ``.png`` or (to prove detection by content) ``.txt``. ``weights``
    overrides some of :data:`KINDS`; ``paragraphs`` bounds each page's length. Returns the
    text files' paths, sorted.
    """
    rng = random.Random(seed)
    pools = Pools.load()
    kinds = [k for k, w in {**KINDS, **(weights or {})}.items() for _ in range(w)]
    texts: list[Path] = []
    for n in range(files):
        site = rng.choice(SITES)
        folder = root / site / str(rng.randint(2019, 2024)) / f"{rng.randint(1, 12):02d}"
        suffix = rng.choices([".txt", ".htm", ""], weights=[90, 5, 5])[0]
        path = folder / f"page-{n:05d}{suffix}"
        folder.mkdir(parents=True, exist_ok=True)
        path.write_bytes(make_document(rng, pools, rng.choice(kinds), site, paragraphs))
        texts.append(path)
    for n in range(files // 100 if binary is None else binary):
        folder = root / rng.choice(SITES) / "media"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"blob-{n:04d}{rng.choice(['.png', '.txt'])}").write_bytes(make_binary(rng))
    return sorted(texts)


def tree_digest(out: Path) -> str:
    """One hash over every file below ``out`` (names and bytes), the manifest included."""
    h = hashlib.sha256()
    for p in sorted(out.rglob("*")):
        if p.is_file() and not p.name.startswith("."):
            h.update(str(p.relative_to(out)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def _peak_rss(pid: int) -> int:
    """The peak resident memory of process ``pid`` so far (``VmHWM``), in bytes; 0 if gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_archive(src: Path, out: Path, jobs: int, engine: str = "local") -> tuple[float, int]:
    """Seconds and the driver's peak resident bytes for one ``textfix archive`` run in a fresh
    process."""
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "textfix", "archive", str(src), "-o",
                                 str(out), "--jobs", str(jobs), "--engine", engine], env=env,
                                stdout=subprocess.DEVNULL, stderr=err)
        peak = 0
        while proc.poll() is None:  # VmHWM only grows: the last reading is the peak
            peak = max(peak, _peak_rss(proc.pid))
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        problems = [line for line in stderr.splitlines() if "failed:" in line]
        raise SystemExit(f"textfix archive failed ({proc.returncode}):\n"
                         + "\n".join(problems[:20] or stderr.splitlines()[-20:]))
    return seconds, peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=3000, help="text files to generate")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--jobs", type=int, nargs="+",
                        default=sorted({1, len(os.sched_getaffinity(0))}),
                        help="job counts to compare (default: 1 and all cores)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per job count (best counts)")
    parser.add_argument("--engine", choices=["local", "dask"], default="local",
                        help="the engine (with dask, jobs are the local cluster's workers)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="textfix-bench-") as tmp:
        src = Path(tmp) / "src"
        make_corpus(src, args.files, args.seed)
        size = sum(p.stat().st_size for p in src.rglob("*") if p.is_file())
        count = sum(1 for p in src.rglob("*") if p.is_file())
        print(f"corpus: {count} files ({args.files} text), {size / 1e6:.1f} MB, seed {args.seed};"
              f" {os.cpu_count()} cores; textfix archive --engine {args.engine},"
              f" best of {args.repeat}")
        best: dict[int, float] = {}
        peaks: dict[int, int] = {}
        digests: set[str] = set()
        load = os.getloadavg()[0]
        for r in range(args.repeat):  # interleaved, so a change in load hits every job count
            for jobs in args.jobs:
                out = Path(tmp) / f"out-{jobs}-{r}"
                seconds, peak = run_archive(src, out, jobs, args.engine)
                best[jobs] = min(best.get(jobs, seconds), seconds)
                peaks[jobs] = max(peaks.get(jobs, 0), peak)
                digests.add(tree_digest(out))
                shutil.rmtree(out)
        if len(digests) != 1:
            print("error: the runs wrote different archives", file=sys.stderr)
            return 1
        print(f"load average (1 min) before: {load:.2f}, after: {os.getloadavg()[0]:.2f}")
        base = best[min(best)]
        print(f"{'jobs':>4} {'seconds':>8} {'files/s':>8} {'speed-up':>8} {'driver MB':>9}")
        for jobs, seconds in sorted(best.items()):
            print(f"{jobs:>4} {seconds:>8.2f} {args.files / seconds:>8.0f} {base / seconds:>7.2f}x"
                  f" {peaks[jobs] / 2**20:>9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
