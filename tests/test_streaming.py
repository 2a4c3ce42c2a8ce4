"""Large inputs are repaired piece by piece with the same result as the whole."""

from __future__ import annotations

import io

import pytest

import textfix
from textfix.repair import repair_stream

from .conftest import SAMPLES, SEED_EXPECTED


def _split(text: bytes) -> tuple[bytes, bytes, bytes]:
    lines = text.split(b"\n")
    return b"\n".join(lines[:2]) + b"\n", b"\n".join(lines[2:9]) + b"\n", b"\n".join(lines[9:])


@pytest.fixture(scope="module")
def seed_parts() -> tuple[tuple[bytes, bytes, bytes], tuple[bytes, bytes]]:
    expected = SEED_EXPECTED.read_bytes().split(b"\n")
    return _split((SAMPLES / "binzhou-aluminium.txt").read_bytes()), (
        expected[0] + b"\n", b"\n".join(expected[1:8]) + b"\n")


def _stream(data: bytes, chunk: int) -> bytes:
    return b"".join(r.text.encode() for r in repair_stream(io.BytesIO(data), chunk_bytes=chunk))


def test_small_input_is_one_piece_identical_to_repair() -> None:
    data = (SAMPLES / "binzhou-aluminium.txt").read_bytes()
    pieces = list(repair_stream(io.BytesIO(data)))
    assert len(pieces) == 1 and pieces[0] == textfix.repair(data)


def test_many_pieces_give_the_whole_repair(seed_parts) -> None:  # type: ignore[no-untyped-def]
    (head, body, tail), (ehead, ebody) = seed_parts
    data = head + body * 120 + tail  # ~0.6 MB in ~64 KiB pieces
    pieces = list(repair_stream(io.BytesIO(data), chunk_bytes=64 << 10))
    assert len(pieces) > 5
    assert b"".join(p.text.encode() for p in pieces) == ehead + ebody * 120
    assert [r.code for r in pieces[0].removed] == ["B101"]  # head chrome only in the first
    assert all(not p.removed for p in pieces[1:-1])
    assert len(pieces[-1].removed) == 7  # tail chrome only in the last


def test_legacy_encoding_is_decided_by_the_first_piece() -> None:
    text = "会议深入分析当前形势，科学谋划发展路径。\n" * 40_000
    data = text.encode("gb18030")
    assert _stream(data, 64 << 10) == text.encode()


def test_utf16_is_read_whole() -> None:
    text = "Привет, мир. 会议召开。\n" * 20_000
    assert _stream(text.encode("utf-16"), 64 << 10) == text.encode()


def test_cli_pipe_streams_large_input(tmp_path, seed_parts) -> None:  # type: ignore[no-untyped-def]
    import subprocess
    import sys

    (head, body, tail), (ehead, ebody) = seed_parts
    data = head + body * 1000 + tail  # ~5 MB: more than one default piece
    proc = subprocess.run([sys.executable, "-m", "textfix", "repair"], input=data,
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ehead + ebody * 1000
