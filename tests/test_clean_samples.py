"""Clean text of any language comes back byte-identical, with nothing to report."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import textfix

from .conftest import SAMPLES

CLEAN = sorted((SAMPLES / "clean").glob("*.txt"))


def test_there_are_clean_samples_of_every_kind() -> None:
    names = {p.stem for p in CLEAN}
    for kind in ("zh-hans", "zh-hant", "ja", "ko", "en", "fr", "zh-en-tech"):
        assert any(n.startswith(kind) for n in names), kind


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_clean_sample_is_unchanged(path: Path) -> None:
    data = path.read_bytes()
    result = textfix.repair(data)
    assert result.text.encode("utf-8") == data
    assert not result.changes and not result.removed
    assert textfix.detect(data) == ()


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_clean_sample_through_the_pipe(path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "textfix", "repair"], input=path.read_bytes(),
                          capture_output=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == path.read_bytes()


def test_line_endings_and_missing_final_newline_are_kept() -> None:
    crlf = (SAMPLES / "clean" / "en-crlf.txt").read_bytes()
    assert b"\r\n" in crlf and textfix.repair(crlf).text.encode() == crlf
    bare = (SAMPLES / "clean" / "de-no-final-newline.txt").read_bytes()
    assert not bare.endswith(b"\n") and textfix.repair(bare).text.encode() == bare
