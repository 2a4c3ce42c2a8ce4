"""Build the seed corpus for fuzz/fuzz_pipeline.py in fuzz/corpus/ from the samples and,
when present, ../shared/conformance/ (small files only, cut to 4 KiB)."""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "fuzz" / "corpus"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    sources = list((ROOT / "samples").rglob("*.txt"))
    conformance = ROOT.parent / "shared" / "conformance" / "chardet"
    if conformance.is_dir():
        sources += [p for p in conformance.rglob("*") if p.is_file() and p.suffix != ".tsv"]
    seeds = [p.read_bytes()[:4096] for p in sources]
    seeds += [
        "donâ€™t CafÃ©".encode(), "发展".encode().decode("gbk", "replace").encode(),
        "发展".encode("gbk").decode("latin-1").encode(), b"\xef\xbb\xbf\xff\xfe",
        "產(chǎn)業(yè)鏈,會(huì)議".encode(), "锟斤拷烫烫烫".encode(),
    ]
    for data in seeds:
        (OUT / hashlib.sha1(data).hexdigest()).write_bytes(data)
    print(f"{len(seeds)} seeds in {OUT}")


if __name__ == "__main__":
    main()
