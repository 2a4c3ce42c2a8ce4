"""Hostile input: binary data is refused, odd text survives, and every pattern stays linear."""

from __future__ import annotations

import gzip
import io
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import textfix
from textfix.errors import BinaryInputError


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hello " * 100)
    return buf.getvalue()


BINARIES = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
    "gzip": gzip.compress(bytes(range(256)) * 16, mtime=0),
    "zip": _zip(),
    "elf": b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + bytes(range(256)) * 4,
    "nul-heavy": b"text\x00\x00\x00\x00" * 200,
}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_is_refused_by_the_library(name: str) -> None:
    with pytest.raises(BinaryInputError):
        textfix.repair(BINARIES[name])


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_is_refused_by_the_cli_with_a_message(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"file.{name}"
    path.write_bytes(BINARIES[name])
    proc = subprocess.run([sys.executable, "-m", "textfix", "repair", str(path)],
                          capture_output=True, timeout=120)
    assert proc.returncode == 2 and proc.stdout == b""
    assert b"binary" in proc.stderr and b"Traceback" not in proc.stderr


def test_empty_input() -> None:
    assert textfix.repair(b"").text == "" and textfix.detect(b"") == ()


def test_invalid_utf8_interleaved_with_valid() -> None:
    good = "会议在邹平召开。The meeting was held. ".encode()
    data = b"".join(good + bytes([0x80 + i % 64, 0xFF]) for i in range(50))
    result = textfix.repair(data)
    result.text.encode("utf-8")
    assert "会议在邹平召开" in result.text or "The meeting was held" in result.text


CONTROLS = [
    "zero\u200bwidth joiner\u200d and bom\ufeff inside\n",
    "bidi \u202eoverride\u202c and isolate \u2066x\u2069\n",
    "C0 \x07 bell \x1b[31m escape, tab\tand form\x0cfeed\n",
    "C1 \x85 next line and \x9d\n",
    "中文\u200b零宽\u200c字符，正常文本。\n",
]


@pytest.mark.parametrize("text", CONTROLS)
def test_controls_zero_width_and_bidi_are_left_alone(text: str) -> None:
    assert textfix.repair(text).text == text


def test_a_long_single_line() -> None:
    line = ("会议深入分析当前形势，科学谋划发展路径。" * 60_000).encode()  # ~3.4 MB, one line
    result = textfix.repair(line)
    assert result.text.encode() == line


def _seconds(text: str) -> float:
    start = time.perf_counter()
    textfix.repair(text)
    return time.perf_counter() - start


MB = 1 << 20
ORDINARY = {
    "latin": ("The committee met on Tuesday and agreed to publish. " * (MB // 52))[:MB],
    "cjk": ("会议深入分析当前形势，科学谋划发展路径。" * (MB // 20))[:MB],
}
ADVERSARIAL = {
    "open-parens": ("產(" * (MB // 2), "cjk"),
    "pinyin-like": ("產(chǎ" * (MB // 5), "cjk"),
    "commas": ("中," * (MB // 2), "cjk"),
    "colons-labels": ("来源:作者:" * (MB // 6), "cjk"),
    "dates": ("2022年08月14日 " * (MB // 12), "cjk"),
    "mojibake-lead": ("Ã" * MB, "latin"),
    "mojibake-pairs": ("Ã©" * (MB // 2), "latin"),
    "spaces": (" " * MB, "latin"),
    "digits-colons": ("1:2," * (MB // 4), "latin"),
    "gbk-latin1": ("·¢Õ¹" * (MB // 4), "latin"),
    "utf8-as-gbk": ("鍙戝睍" * (MB // 3), "cjk"),
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_patterns_stay_linear_on_adversarial_lines(name: str) -> None:
    """Each adversarial line takes time in proportion to its length: a quarter of it takes
    about a quarter of the time (quadratic work would take a sixteenth, backtracking far less),
    and the whole megabyte is never far slower than an ordinary one of the same script.

    Some of these lines really need half a million repairs (``中,`` repeated), which ordinary
    text, rejected by the fast path's scans, does not: so the comparison that proves linearity
    is the line against its own quarter.
    """
    text, kind = ADVERSARIAL[name]
    quarter = _seconds(text[: len(text) // 4])
    whole = _seconds(text)
    assert whole < 8 * quarter + 1.0, (name, whole, quarter)
    ordinary = _seconds(ORDINARY[kind])
    assert whole < 400 * ordinary + 5.0, (name, whole, ordinary)
