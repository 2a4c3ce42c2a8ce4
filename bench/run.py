"""Benchmark of the decoding and mojibake stages, with chardet and ftfy timed in the same run.

    python bench/run.py                 # every category
    python bench/run.py cjk-mojibake    # some categories
    python bench/run.py --repeat 5

For each category of input it times, on the same bytes:

* ``textfix``: :func:`textfix.decode` then the mojibake stages (Western, CJK, unrecoverable);
* ``peer``: the pipeline textfix replaces — strict UTF-8 else chardet, then ``ftfy.fix_text``
  with CJK-safe settings (no quote uncurling, no width folding, no normalisation);
* ``chardet``: ``chardet.detect`` alone; ``ftfy``: ``ftfy.fix_text`` alone on the text.

It prints MB/s (input bytes per second, best of ``--repeat`` runs) and textfix's time as a
ratio of the peer pipeline's. Categories live in :data:`CATEGORIES`, a registry: add one with
the ``@category("name")`` decorator, a function returning a list of byte strings.
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
    """The clean corpus (16 languages), as UTF-8: the fast path."""
    return [p.read_bytes() for p in sorted((ROOT / "tests" / "data" / "clean").glob("*.txt"))]


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


@category("western-mojibake")
def western_mojibake() -> Inputs:
    """ftfy's own cases (if ../shared is present), as UTF-8."""
    out = []
    for path in sorted((SHARED / "ftfy").glob("*.json")):
        out += [c["original"].encode("utf-8") for c in json.loads(path.read_text("utf-8"))]
    return out


def run_textfix(data: bytes) -> str:
    from textfix.config import Config
    from textfix.damage import mojibake_cjk, mojibake_western, unrecoverable
    from textfix.damage.base import Context
    from textfix.decoding import decode
    from textfix.errors import BinaryInputError

    try:
        text = decode(data).text
    except BinaryInputError:
        return ""
    ctx = Context(Config(), text)
    for stage in (mojibake_western, mojibake_cjk, unrecoverable):
        text = stage.run(text, ctx).text
    return text


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


def best_time(fn: Callable[[bytes], str], inputs: Inputs, repeat: int) -> float:
    for data in inputs[:3]:
        fn(data)  # warm-up: imports and lazily built tables are not what is measured
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for data in inputs:
            fn(data)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("categories", nargs="*", help=f"some of: {', '.join(CATEGORIES)}")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    names = args.categories or list(CATEGORIES)
    unknown = [n for n in names if n not in CATEGORIES]
    if unknown:
        parser.error(f"unknown category {unknown[0]!r}")
    print(f"{'category':<18}{'docs':>6}{'MB':>8}" + "".join(f"{r:>10}" for r in RUNNERS)
          + f"{'tf/peer':>9}")
    for name in names:
        inputs = CATEGORIES[name]()
        if not inputs:
            print(f"{name:<18} (no inputs)")
            continue
        size = sum(map(len, inputs)) / 1e6
        times = {r: best_time(fn, inputs, args.repeat) for r, fn in RUNNERS.items()}
        speeds = "".join(f"{size / t:>10.2f}" for t in times.values())
        print(f"{name:<18}{len(inputs):>6}{size:>8.2f}{speeds}"
              f"{times['textfix'] / times['peer']:>9.2f}")
    print("columns: MB/s per runner; tf/peer = textfix time / peer pipeline time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
