"""Benchmark of textfix against the peer pipeline, chardet and ftfy, timed in the same run.

    python bench/run.py                 # every category, start-up and streaming memory
    python bench/run.py cjk-mojibake    # some categories
    python bench/run.py --repeat 5 --stream-mb 200 --check-mb 20

For each category of input it times, on the same bytes:

* ``textfix``: :func:`textfix.repair` (decoding and every repair stage);
* ``peer``: the pipeline textfix replaces — strict UTF-8 else chardet, then ``ftfy.fix_text``
  with CJK-safe settings (no quote uncurling, no width folding, no normalisation);
* ``chardet``: ``chardet.detect`` alone; ``ftfy``: ``ftfy.fix_text`` alone on the text.

It prints MB/s (input bytes per second, best of ``--repeat`` runs) and the speed-up (the peer
pipeline's time divided by textfix's) against issue 18's target for the category (see
:func:`target_speedup`). Before each timed run of textfix its memos of whole lines
(:data:`LINE_MEMOS`) are emptied: a user never repairs the same pages twice, and the memos
would otherwise answer every line of a repeat from the run before. Categories live in :data:`CATEGORIES`, a registry: add one
with the ``@category("name")`` decorator, a function returning a list of byte strings. Short
documents (``clean-utf8``, the generated and ftfy cases) weigh the fixed cost per call; the
page categories (``clean-pages``, ``cjk-mojibake-pages``, ``legacy-charsets``) are real web
pages from chardet's corpus. ``bench/stages.py`` splits textfix's time by stage.
This is a benchmark, not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "conformance"
sys.path.insert(0, str(ROOT))

Inputs = list[bytes]
CATEGORIES: dict[str, Callable[[], Inputs]] = {}


def category(name: str) -> Callable[[Callable[[], Inputs]], Callable[[], Inputs]]:
    """Register a category of inputs under ``name``."""
    def register(fn: Callable[[], Inputs]) -> Callable[[], Inputs]:
        CATEGORIES[name] = fn
        return fn
    return register


@category("clean-utf8")
def clean_utf8() -> Inputs:
    """The clean corpus (116 short documents, 16 languages), as UTF-8: the fast path, where the
    fixed cost per call weighs most."""
    return [p.read_bytes() for p in sorted((ROOT / "tests" / "data" / "clean").glob("*.txt"))]


def _chardet_pages() -> list[tuple[str, str]]:
    """chardet's corpus of real pages (if ../shared is present) as text: (encoding, text)."""
    manifest = SHARED / "chardet" / "manifest.tsv"
    if not manifest.exists():
        return []
    with manifest.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for r in rows:
        try:
            text = (SHARED / "chardet" / r["path"]).read_bytes().decode(r["expected_encoding"])
        except (UnicodeDecodeError, LookupError):
            continue
        out.append((r["expected_encoding"], text.removeprefix("\ufeff")))
    return out


@category("clean-pages")
def clean_pages() -> Inputs:
    """Real web pages — chardet's corpus, every document re-encoded as UTF-8 (one file of
    chardet's has NUL bytes and is left out) — and the clean samples: clean text page-sized."""
    pages = [t.encode("utf-8") for _, t in _chardet_pages() if "\0" not in t]
    return pages + [p.read_bytes() for p in sorted((ROOT / "samples" / "clean").glob("*.txt"))]


@category("legacy-charsets")
def legacy() -> Inputs:
    """chardet's corpus minus its UTF-8/ASCII files, or the clean corpus in legacy charsets."""
    manifest = SHARED / "chardet" / "manifest.tsv"
    if manifest.exists():
        with manifest.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
        return [(SHARED / "chardet" / r["path"]).read_bytes() for r in rows
                if not r["expected_encoding"].startswith(("utf", "ascii"))]
    codecs = {"zh_CN": "gb18030", "zh_TW": "big5", "ja": "shift_jis", "ko": "euc_kr",
              "ru": "cp1251", "el": "cp1253", "de": "cp1252"}
    out = []
    for p in sorted((ROOT / "tests" / "data" / "clean").glob("*.txt")):
        codec = codecs.get(p.name.rsplit("-", 1)[0])
        if codec:
            try:
                out.append(p.read_text(encoding="utf-8").encode(codec))
            except UnicodeEncodeError:
                pass
    return out


@category("cjk-mojibake")
def cjk_mojibake() -> Inputs:
    """The generated CJK mojibake set (every chain, whole texts and runs), as UTF-8."""
    cases = json.loads((ROOT / "tests" / "cases" / "mojibake" / "generated.json")
                       .read_text(encoding="utf-8"))
    return [c["damaged"].encode("utf-8") for c in cases]


@category("cjk-mojibake-pages")
def cjk_mojibake_pages() -> Inputs:
    """Real Chinese, Japanese and Korean pages (chardet's corpus, as UTF-8) with two damaged
    runs each — a line read through a wrong codec chain, as the generated set damages them."""
    import random

    sys.path.insert(0, str(ROOT / "tests"))
    import gen_mojibake_cjk as gen

    langs = {"gb2312": "zh-Hans", "big5": "zh-Hant", "shift_jis": "ja", "euc-jp": "ja",
             "euc-kr": "ko"}
    rng = random.Random(8)
    out = []
    for encoding, text in _chardet_pages():
        lang = langs.get(encoding)
        if lang is None:
            continue
        lines = text.split("\n")
        targets = [i for i, ln in enumerate(lines) if len(gen._CJK.findall(ln)) >= 8]
        chains = [c for c in gen.chains_for(lang) if c[1] == "sloppy"]
        for i in rng.sample(targets, min(2, len(targets))):
            chain, mode = rng.choice(chains)
            damaged = gen.damage(lines[i], chain, mode)
            if damaged is not None:
                lines[i] = damaged[0]
        out.append("\n".join(lines).encode("utf-8"))
    return out


@category("western-mojibake")
def western_mojibake() -> Inputs:
    """ftfy's own cases (if ../shared is present), as UTF-8."""
    out = []
    for path in sorted((SHARED / "ftfy").glob("*.json")):
        out += [c["original"].encode("utf-8") for c in json.loads(path.read_text("utf-8"))]
    return out


@category("spun-pages")
def spun_pages() -> Inputs:
    """The seed page and the generated spin set (pinyin spin, some with folded punctuation)."""
    sys.path.insert(0, str(ROOT / "tests"))
    import gen_spin

    return [(ROOT / "samples" / "binzhou-aluminium.txt").read_bytes()] + [
        c.spun.encode("utf-8") for c in gen_spin.cases()]


@category("folded-punctuation")
def folded() -> Inputs:
    """Clean Chinese and Japanese documents folded by NFKC (，→ , and the like)."""
    import unicodedata

    return [unicodedata.normalize("NFKC", p.read_text("utf-8")).encode("utf-8")
            for p in sorted((ROOT / "tests" / "data" / "clean").glob("*.txt"))
            if p.name.startswith(("zh", "ja"))]


def run_textfix(data: bytes) -> str:
    import textfix
    from textfix.errors import BinaryInputError

    try:
        return textfix.repair(data).text
    except BinaryInputError:
        return ""


def _ftfy_config() -> object:
    import ftfy

    return ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False,
                                normalization=None, unescape_html=False)


def run_peer(data: bytes) -> str:
    import chardet
    import ftfy

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        name = chardet.detect(data).get("encoding") or "cp1252"
        try:
            text = data.decode(name, errors="replace")
        except LookupError:
            text = data.decode("cp1252", errors="replace")
    return ftfy.fix_text(text, config=_ftfy_config())  # type: ignore[arg-type]


def run_chardet(data: bytes) -> str:
    import chardet

    return str(chardet.detect(data).get("encoding"))


def run_ftfy(data: bytes) -> str:
    import ftfy

    return ftfy.fix_text(data.decode("utf-8", errors="replace"), config=_ftfy_config())  # type: ignore[arg-type]


RUNNERS: dict[str, Callable[[bytes], str]] = {
    "textfix": run_textfix, "peer": run_peer, "chardet": run_chardet, "ftfy": run_ftfy,
}


#: textfix's memos keyed by a whole line (module, function), emptied before each timed run:
#: tables built lazily and memos of single characters stay warm, as in a long batch.
LINE_MEMOS = (("textfix.damage.mojibake.segment", "choices"),
              ("textfix.damage.mojibake.cjk_search", "_ascii_bytes_char"),
              ("textfix.damage.mojibake.cjk_search", "_has_quotes"))


def forget_lines() -> None:
    """Empty :data:`LINE_MEMOS` (those that exist: a module may have dropped one)."""
    for module, name in LINE_MEMOS:
        fn = getattr(sys.modules.get(module), name, None)
        if hasattr(fn, "cache_clear"):
            fn.cache_clear()


def best_time(fn: Callable[[bytes], str], inputs: Inputs, repeat: int) -> float:
    for data in inputs[:3]:
        fn(data)  # warm-up: imports and lazily built tables are not what is measured
    best = float("inf")
    for _ in range(repeat):
        if fn is run_textfix:
            forget_lines()
        start = time.perf_counter()
        for data in inputs:
            fn(data)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("categories", nargs="*", help=f"some of: {', '.join(CATEGORIES)}")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-startup", action="store_true", help="skip the start-up timing")
    parser.add_argument("--stream-mb", type=int, default=0, metavar="N",
                        help="also pipe N MB through textfix repair and report peak memory")
    parser.add_argument("--check-mb", type=int, default=0, metavar="N",
                        help="also run textfix check on N MB and report peak memory")
    args = parser.parse_args(argv)
    names = args.categories or list(CATEGORIES)
    unknown = [n for n in names if n not in CATEGORIES]
    if unknown:
        parser.error(f"unknown category {unknown[0]!r}")
    print(f"{'category':<20}{'docs':>5}{'MB':>7}" + "".join(f"{r:>9}" for r in RUNNERS)
          + f"{'speed-up':>10}{'target':>8}")
    for name in names:
        inputs = CATEGORIES[name]()
        if not inputs:
            print(f"{name:<20} (no inputs)")
            continue
        size = sum(map(len, inputs)) / 1e6
        times = {r: best_time(fn, inputs, args.repeat) for r, fn in RUNNERS.items()}
        speeds = "".join(f"{size / t:>9.3f}" for t in times.values())
        speedup = times["peer"] / times["textfix"]
        target = target_speedup(name)
        print(f"{name:<20}{len(inputs):>5}{size:>7.2f}{speeds}{speedup:>9.3f}x"
              f"{target:>6.1f}x{' ok' if speedup >= target else ' MISSED'}")
    print("columns: MB/s per runner; speed-up = peer pipeline time / textfix time "
          "(above 1: textfix is faster); target from issue 18")
    if not args.no_startup:
        startup(args.repeat)
    if args.stream_mb:
        stream_memory(args.stream_mb)
    if args.check_mb:
        check_memory(args.check_mb)
    return 0


#: Issue 18's targets, speed-up over the peer pipeline by category; other (damaged)
#: categories :data:`DAMAGED_TARGET`.
TARGETS = {"clean-utf8": 2.0, "clean-pages": 5.0, "spun-pages": 1.0}
DAMAGED_TARGET = 0.3


def target_speedup(category: str) -> float:
    """Issue 18's target for ``category``: short clean documents 2x the peer pipeline, clean
    pages 5x, spun pages 1x, every other (damaged) category 0.3x."""
    return TARGETS.get(category, DAMAGED_TARGET)


def _wall(cmd: list[str], repeat: int) -> tuple[float, float]:
    """Median wall time and median CPU time (user and system, from ``os.wait4``) of ``cmd``
    over at least five runs; CPU time varies less with the load of a shared machine."""
    import os
    import statistics
    import subprocess

    walls, cpus = [], []
    for _ in range(max(repeat, 5)):
        start = time.perf_counter()
        child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(child.pid, 0)
        walls.append(time.perf_counter() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


#: Issue 18's start-up target: ``textfix check`` of a small clean file of any sample language
#: in at most this share of the time to import the peers.
STARTUP_RATIO = 0.75
#: The small clean file timed for each language: the first of the clean corpus, and an
#: English sample (the corpus has none).
STARTUP_FILES = ("samples/clean/en-essay.txt", *(
    f"tests/data/clean/{lang}-1.txt" for lang in (
        "cs", "de", "el", "es", "fr", "hu", "ja", "ko", "pl", "pt_BR", "ru", "tr", "uk", "vi",
        "zh_CN", "zh_TW")))


def startup(repeat: int) -> None:
    """Wall time of ``textfix check`` on a small clean file of each sample language against
    importing the peers (each a median of at least five runs; the peers timed between
    languages too, so that a change in the machine's load shows in both).

    textfix's modules are byte-compiled first, as ``pip install`` does and as the peers'
    installed modules are: an editable checkout under ``PYTHONDONTWRITEBYTECODE`` would
    otherwise compile every module's source on every run.
    """
    import compileall
    import statistics

    compileall.compile_dir(ROOT / "textfix", quiet=1)
    peer_cmd = [sys.executable, "-c", "import ftfy, chardet, typer, rich.progress, opencc"]
    peer_times, worst, worst_cpu = [], 0.0, 0.0
    for name in STARTUP_FILES:
        path = ROOT / name
        if not path.exists():
            continue
        peers, peers_cpu = _wall(peer_cmd, repeat)
        check, check_cpu = _wall([sys.executable, "-m", "textfix", "check", str(path)], repeat)
        peer_times.append(peers)
        worst = max(worst, check / peers)
        worst_cpu = max(worst_cpu, check_cpu / peers_cpu)
        print(f"start-up {path.name:<16} textfix check {check * 1000:4.0f} ms "
              f"(CPU {check_cpu * 1000:4.0f}); import peers {peers * 1000:4.0f} ms "
              f"(CPU {peers_cpu * 1000:4.0f}); ratio {check / peers:.2f} "
              f"(CPU {check_cpu / peers_cpu:.2f})")
    print(f"start-up: import ftfy, chardet, typer, rich.progress, opencc "
          f"{statistics.median(peer_times) * 1000:.0f} ms (median); worst ratio {worst:.2f}, "
          f"of CPU time {worst_cpu:.2f} (target at most {STARTUP_RATIO}"
          f"{', ok' if worst <= STARTUP_RATIO else ', MISSED'})")


def _spun_input(fh: Any, megabytes: int) -> int:
    """Write about ``megabytes`` of spun, folded text to ``fh`` (the sample page's head, its
    body repeated, its tail) and rewind it; its size in bytes."""
    seed = (ROOT / "samples" / "binzhou-aluminium.txt").read_bytes().split(b"\n")
    body = b"\n".join(seed[2:9]) + b"\n"
    fh.write(b"\n".join(seed[:2]) + b"\n")
    for _ in range(megabytes * (1 << 20) // len(body)):
        fh.write(body)
    fh.write(b"\n".join(seed[9:]))
    size: int = fh.tell()
    fh.seek(0)
    return size


#: Run by a small Python process between the benchmark and ``textfix``: starts textfix with
#: the arguments given, waits for it and prints its seconds and peak RSS (KB).
_MEASURE = """
import os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
print(time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


def _peak(args: list[str], stdin: Any) -> tuple[float, float]:
    """Run ``python -m textfix ARGS`` from this checkout with ``stdin``, output discarded:
    (seconds, peak RSS in MB of that child alone, from ``os.wait4``).

    The child is started by a small Python process, not by this one: a child's peak RSS as
    the kernel reports it includes its parent's RSS at the fork (the benchmark holds hundreds
    of MB of inputs once the categories have run, which every measurement then showed).
    """
    import subprocess

    out = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "textfix",
                          *args], stdin=stdin, capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout.split()
    seconds, peak_kb, code = float(out[0]), int(out[1]), int(out[2])
    if code not in (0, 1):
        raise SystemExit(f"textfix {' '.join(args)} failed ({code})")
    return seconds, peak_kb / 1024


def stream_memory(megabytes: int) -> None:
    """Peak RSS of ``textfix repair`` with ``megabytes`` of spun, folded text piped through."""
    import tempfile

    with tempfile.TemporaryFile() as fh:
        size = _spun_input(fh, megabytes)
        seconds, peak = _peak(["repair"], fh)
    print(f"streaming: {size / 1e6:.0f} MB piped through textfix repair in {seconds:.0f} s "
          f"({size / 1e6 / seconds:.2f} MB/s), peak RSS {peak:.0f} MB (target for 1 GB: "
          f"at most {REPAIR_PEAK_MB} MB{', ok' if peak <= REPAIR_PEAK_MB else ', MISSED'})")


#: Issue 18's target: ``textfix repair`` of 1 GB in at most this peak RSS (MB).
REPAIR_PEAK_MB = 150
#: Issue 18's target: ``textfix check`` of 20 MB of spun text in at most this peak RSS (MB).
CHECK_PEAK_MB = 250


def check_memory(megabytes: int) -> None:
    """Peak RSS of ``textfix check`` (text, JSON with ``--statistics``, ``--diff``) on
    ``megabytes`` of spun, folded text, each finding or hunk written as it is found."""
    import tempfile

    with tempfile.TemporaryFile() as fh:
        size = _spun_input(fh, megabytes)
        for args in (["check"], ["check", "--format", "json", "--statistics"],
                     ["check", "--diff"]):
            fh.seek(0)
            seconds, peak = _peak(args, fh)
            print(f"streaming: {size / 1e6:.0f} MB through textfix {' '.join(args)} in "
                  f"{seconds:.0f} s, peak RSS {peak:.0f} MB (target for 20 MB: at most "
                  f"{CHECK_PEAK_MB} MB{', ok' if peak <= CHECK_PEAK_MB else ', MISSED'})")


if __name__ == "__main__":
    raise SystemExit(main())
