"""The first acceptance test: the real scraped page in ../shared/seed/ repaired end to end."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import textfix
from textfix import archive
from textfix.codes import Code
from textfix.plan import replay

from .conftest import SAMPLES, SEED, SEED_EXPECTED, need_shared

SEED_SAMPLE = SAMPLES / "binzhou-aluminium.txt"


@pytest.fixture(scope="module")
def expected() -> bytes:
    return SEED_EXPECTED.read_bytes()


@pytest.fixture(scope="module")
def result() -> textfix.Result:
    return textfix.repair(SEED_SAMPLE.read_bytes())


def _cli(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "textfix", *args], input=stdin,
                          capture_output=True, cwd=cwd, timeout=120)


def test_sample_is_the_shared_seed() -> None:
    assert SEED_SAMPLE.read_bytes() == need_shared(SEED / "binzhou-aluminium.txt").read_bytes()
    shared = need_shared(SEED / "binzhou-aluminium.expected.txt").read_bytes()
    assert SEED_EXPECTED.read_bytes() == shared  # the repository's copy is the seed's own


def test_library_repair_is_exact(result: textfix.Result, expected: bytes) -> None:
    assert result.text.encode("utf-8") == expected


def test_cli_pipe_is_exact(expected: bytes) -> None:
    proc = _cli("repair", stdin=SEED_SAMPLE.read_bytes())
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == expected


def test_plan_replays(result: textfix.Result) -> None:
    assert replay(result.source_text, result.changes) == result.text


def test_metadata(result: textfix.Result) -> None:
    assert result.metadata.to_dict() == {
        "title": "滨州市铝产业链高质量发展推进会议召开",
        "published": "2022-08-14",
        "source": "中国有色金属报",
        "category": "重点新闻",
        "author": "张现攀",
        "editor": "孟庆科",
    }


def test_removed_lines_are_meta_and_tail(result: textfix.Result) -> None:
    source_lines = result.source_text.splitlines()
    assert [r.line for r in result.removed] == [2, 10, 11, 12, 13, 14, 15, 16]
    for r in result.removed:
        assert r.source == source_lines[r.line - 1]
    assert result.removed[0].code is Code.PAGE_META
    assert result.removed[1].code is Code.EDITOR_CREDIT


def test_findings_cover_every_kind_of_damage(result: textfix.Result) -> None:
    codes = Counter(f.code for f in result.findings)
    # Every parenthesised lower-case syllable on this page is an annotation; the three other
    # parentheses (各縣(市、區), (非中國…), ( 郵件…) are real.
    syllables = re.findall(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", result.source_text)
    assert codes[Code.PINYIN_ANNOTATION] == len(syllables) == result.source_text.count("(") - 3
    assert codes[Code.MACHINE_TRADITIONAL] == 1
    assert codes[Code.FOLDED_PUNCTUATION] >= 10
    assert {Code.COPYRIGHT, Code.REPRINT_TERMS, Code.DISCLAIMER, Code.MORE_INFO} <= set(codes)


def test_archive_header(tmp_path: Path, expected: bytes) -> None:
    out = tmp_path / "out"
    proc = _cli("archive", str(SEED_SAMPLE), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    document = (out / SEED_SAMPLE.name).read_text(encoding="utf-8")
    header, body = archive.parse(document)
    assert body.encode("utf-8") == expected
    data = SEED_SAMPLE.read_bytes()
    assert header["source"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert header["source"]["size"] == len(data)
    assert header["source"]["encoding"] == "utf-8"
    assert header["textfix"] == textfix.__version__
    meta = header["metadata"]
    assert meta["title"] == "滨州市铝产业链高质量发展推进会议召开"
    assert str(meta["published"]) == "2022-08-14"
    assert (meta["source"], meta["category"]) == ("中国有色金属报", "重点新闻")
    assert (meta["author"], meta["editor"]) == ("张现攀", "孟庆科")
    removed = [r["text"] for r in header["removed"]]
    assert len(removed) == 8
    reprint = [t for t in removed if t.startswith("如需轉(zhuǎn)載")]
    assert len(reprint) == 1 and reprint[0] in data.decode("utf-8").splitlines()
    repairs = {r["code"]: r["count"] for r in header["repairs"]}
    assert repairs["S101"] > 300 and "W101" in repairs and "B104" in repairs


def test_check_exit_codes(expected: bytes, tmp_path: Path) -> None:
    proc = _cli("check", str(SEED_SAMPLE))
    assert proc.returncode == 1
    lines = proc.stdout.decode("utf-8").splitlines()
    codes = {line.split(": ", 1)[1].split()[0] for line in lines}
    assert {"S101", "S102", "W101", "B101", "B102", "B103", "B104", "B105", "B106"} <= codes
    assert all(line.startswith(f"{SEED_SAMPLE}:") for line in lines)
    clean = tmp_path / "expected.txt"
    clean.write_bytes(expected)
    proc = _cli("check", str(clean))
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, b"", b"")


def test_repair_in_place_is_atomic_and_reports_change(tmp_path: Path, expected: bytes) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(SEED_SAMPLE.read_bytes())
    os.chmod(page, 0o640)
    proc = _cli("repair", "--in-place", str(page))
    assert proc.returncode == 1, proc.stderr
    assert page.read_bytes() == expected
    assert page.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["page.txt"]
    proc = _cli("repair", "--in-place", str(page))
    assert proc.returncode == 0
