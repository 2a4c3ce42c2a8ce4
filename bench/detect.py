"""Charset detection: files decoded right by textfix and by chardet alone, in the same run.

    python bench/detect.py              # both corpora, a summary per folder
    python bench/detect.py --wrong      # also every file either gets wrong
    python bench/detect.py --json

Corpora: chardet's own test documents (``../shared/conformance/chardet``, 239 files, when
present), ``tests/data/legacy/texts.json`` (texts written for textfix in 31 languages, each
encoded in the code pages its language is written in: 113 files) and the first sentence of each
of those (``legacy-short``, 113 files).

A file is right when its decoded text equals the expected text (one leading U+FEFF ignored).
Two scores are printed: *strict* compares with Python's codec of the expected label; *WHATWG*
also accepts the text of the decoder the WHATWG Encoding Standard (every browser) uses for that
label — GB18030 for ``gb2312``/``gbk``, windows-31j for ``shift_jis``, windows-949 for
``euc-kr``, windows-1252 for ``iso-8859-1`` and ``ascii`` — since textfix decodes GB2312 as
GB18030 on purpose and chardet names GB18030 or CP932 for such files. chardet alone is
``chardet.detect``'s encoding applied strictly; a file it calls binary (no encoding) counts as
right only if the corpus allows that (one of chardet's files is mostly NUL bytes).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHARDET = ROOT.parent / "shared" / "conformance" / "chardet"
LEGACY = ROOT / "tests" / "data" / "legacy" / "texts.json"
sys.path.insert(0, str(ROOT))

#: The decoder the WHATWG Encoding Standard uses for a label, where Python's differs.
WHATWG = {"gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "euc-kr": "cp949",
          "euc_kr": "cp949", "iso-8859-1": "cp1252", "latin_1": "cp1252", "ascii": "cp1252"}
#: chardet's corpus file that is mostly NUL bytes: calling it binary is right.
MAY_BE_BINARY = {"ascii/_mozilla_bug638318_text.html"}


@dataclass
class Case:
    corpus: str
    name: str
    data: bytes
    label: str
    expected: str
    may_be_binary: bool = False


@dataclass
class Tally:
    files: int = 0
    textfix: int = 0
    chardet: int = 0
    textfix_whatwg: int = 0
    chardet_whatwg: int = 0
    wrong: list[str] = field(default_factory=list)


def _strip(text: str) -> str:
    return text.removeprefix("\ufeff")


def chardet_cases() -> Iterator[Case]:
    manifest = CHARDET / "manifest.tsv"
    if not manifest.exists():
        return
    with manifest.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            data = (CHARDET / row["path"]).read_bytes()
            label = row["expected_encoding"]
            yield Case("chardet", row["path"], data, label, _strip(data.decode(label)),
                       row["path"] in MAY_BE_BINARY)


def legacy_cases(short: bool = False) -> Iterator[Case]:
    """The texts of tests/data/legacy in each of their code pages; with ``short``, only their
    first sentence (corpus ``legacy-short``: 5 to 25 words, where charsets are hardest to
    tell apart)."""
    for case in json.loads(LEGACY.read_text(encoding="utf-8")):
        text = re.split(r"(?<=[.?!。])\s*", case["text"])[0] if short else case["text"]
        for codec in case["codecs"]:
            try:
                data = text.encode(codec)
            except UnicodeEncodeError:
                continue
            yield Case("legacy-short" if short else "legacy", f"{case['lang']}/{codec}", data,
                       codec, text)


def _right(text: str | None, case: Case, whatwg: bool) -> bool:
    if text is None:
        return case.may_be_binary
    text = _strip(text)
    if text == case.expected:
        return True
    alt = WHATWG.get(case.label)
    if whatwg and alt:
        try:
            return text == _strip(case.data.decode(alt))
        except UnicodeDecodeError:
            return False
    return False


def textfix_text(data: bytes) -> str | None:
    from textfix.decoding import decode
    from textfix.errors import BinaryInputError

    try:
        return decode(data).text
    except BinaryInputError:
        return None


def chardet_text(data: bytes) -> str | None:
    import chardet

    name = chardet.detect(data)["encoding"]
    if name is None:
        return None
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return "\ufffd"  # chardet named a charset that does not decode the file


def measure(cases: Iterator[Case]) -> dict[str, Tally]:
    """Per corpus (and ``all``): files, and how many each detector decodes right."""
    out: dict[str, Tally] = {}
    for case in cases:
        tf = textfix_text(case.data)
        cd = chardet_text(case.data)
        for key in (case.corpus, f"{case.corpus}:{case.name.split('/')[0]}"):
            t = out.setdefault(key, Tally())
            t.files += 1
            t.textfix += _right(tf, case, False)
            t.chardet += _right(cd, case, False)
            t.textfix_whatwg += _right(tf, case, True)
            t.chardet_whatwg += _right(cd, case, True)
            if key == case.corpus and not (_right(tf, case, True) and _right(cd, case, True)):
                t.wrong.append(f"{case.name}: textfix {_right(tf, case, True)}, "
                               f"chardet {_right(cd, case, True)}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wrong", action="store_true", help="list files either gets wrong")
    ap.add_argument("--json", action="store_true", help="print the tallies as JSON")
    args = ap.parse_args(argv)
    start = time.perf_counter()
    tallies = measure(iter([*chardet_cases(), *legacy_cases(), *legacy_cases(short=True)]))
    if args.json:
        print(json.dumps({k: vars(v) for k, v in tallies.items()}, ensure_ascii=False, indent=1))
        return 0
    print(f"{'corpus':34} {'files':>5} {'textfix':>8} {'chardet':>8} {'tf WHATWG':>10} "
          f"{'cd WHATWG':>10}")
    for key in sorted(tallies, key=lambda k: (k.split(":")[0], ":" in k, k)):
        t = tallies[key]
        print(f"{key:34} {t.files:5} {t.textfix:8} {t.chardet:8} {t.textfix_whatwg:10} "
              f"{t.chardet_whatwg:10}")
        if args.wrong:
            for line in t.wrong:
                print(f"    {line}")
    print(f"({time.perf_counter() - start:.1f} s, both detectors)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
