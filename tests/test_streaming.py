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


# --- check and explain stream (issue 18) ---------------------------------------------------------


def _check_stream(files: dict[str, bytes | None], fmt: str, chunk: int,
                  statistics: bool = False) -> str:
    """What ``check`` writes for ``files`` (None: an input that cannot be read), each streamed
    in pieces of about ``chunk`` bytes."""
    from textfix.config import DEFAULT
    from textfix.errors import InputError
    from textfix.report import Writer

    out = io.StringIO()
    writer = Writer(out, fmt, DEFAULT, statistics=statistics)
    for name, data in files.items():
        writer.open(name)
        try:
            if data is None:
                raise InputError(f"{name}: no such file")
            for result in repair_stream(io.BytesIO(data), chunk_bytes=chunk):
                writer.add(result)
        except InputError as e:
            writer.error(name, str(e))
        finally:
            writer.close()
    writer.finish()
    return out.getvalue()


def _places(findings) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    return [(str(f["code"]), f["line"], f["col"]) if isinstance(f, dict)
            else (str(f.code), f.line, f.col) for f in findings]


def test_streamed_check_json_is_the_whole_reports_text() -> None:
    """One piece per input: the JSON written piece by piece is, to the byte, the document the
    whole-input report gives (files with and without findings, an error, the statistics)."""
    import json

    from textfix.config import DEFAULT
    from textfix.report import Report

    files = {"folded.txt": "8月12日,会议召开。\n".encode(), "clean.txt": b"Hello, world.\n",
             "gone.txt": None, "seed.txt": (SAMPLES / "binzhou-aluminium.txt").read_bytes()}
    report = Report()
    for name, data in files.items():
        if data is None:
            report.errors.append((name, f"{name}: no such file"))
        else:
            report.add(name, textfix.repair(data), DEFAULT)
    expected = json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n"
    assert _check_stream(files, "json", 1 << 20) == expected
    assert _check_stream({}, "json", 1 << 20) == json.dumps(Report().to_json(), indent=2) + "\n"
    assert _check_stream(files, "text", 1 << 20, statistics=True) == (
        report.render_text() + report.render_statistics())
    assert _check_stream(files, "github", 1 << 20) == report.render_github()


def test_streamed_check_keeps_the_source_lines(seed_parts) -> None:  # type: ignore[no-untyped-def]
    """Many pieces: every finding of the whole input, at the same line and column, valid
    JSON; each later piece adds only its own S102 (the script is converted piece by piece)."""
    import json

    import jsonschema
    from importlib import resources

    (head, body, tail), _ = seed_parts
    data = head + body * 30 + tail  # ~150 KB in 16 KiB pieces
    schema = json.loads(resources.files("textfix").joinpath("schemas/check.schema.json")
                        .read_text("utf-8"))
    document = json.loads(_check_stream({"big.txt": data}, "json", 16 << 10))
    jsonschema.validate(document, schema)
    streamed = _places(document["files"][0]["findings"])
    whole = _places(textfix.repair(data).findings)
    starts, line = [], 1
    for piece in repair_stream(io.BytesIO(data), chunk_bytes=16 << 10):
        starts.append(line)
        line += piece.source_text.count("\n")
    assert len(starts) > 5
    extra = [("S102", s, 1) for s in starts[1:]]
    assert sorted(streamed) == sorted(whole + extra)
    assert sum(document["statistics"].values()) == len(streamed)
    text = _check_stream({"big.txt": data}, "text", 16 << 10).splitlines()
    assert [tuple(t.split(":")[1:3]) for t in text] == [(str(a), str(b)) for _, a, b in streamed]


def test_streamed_explain_shows_each_finding_at_its_source_line(  # type: ignore[no-untyped-def]
        seed_parts) -> None:
    """``explain`` of many pieces: each finding under its whole-input line, the quoted line
    that source line, and the count after them."""
    import re

    from textfix.explain import render_stream

    (head, body, tail), _ = seed_parts
    data = head + body * 12 + tail
    out = io.StringIO()
    fixable = render_stream("big.txt", repair_stream(io.BytesIO(data), chunk_bytes=16 << 10),
                            out)
    shown = out.getvalue()
    places = [(int(a), int(b)) for a, b in re.findall(r"^big\.txt:(\d+):(\d+) S101", shown, re.M)]
    whole = [(f.line, f.col) for f in textfix.repair(data).findings if str(f.code) == "S101"]
    assert fixable and sorted(places) == sorted(whole)
    source = data.decode().split("\n")
    blocks = shown.split("\nbig.txt:")[1:-1]  # the last is the count
    for block in blocks[:: max(len(blocks) // 20, 1)]:
        line = int(block.split(":")[0])
        quoted = block.split("│ ")[1].split("\n")[0].strip("…")
        assert quoted in source[line - 1]
    assert shown.rstrip().endswith(f"big.txt: {len(blocks)} findings (encoding utf-8)")


def test_cli_check_streams_a_large_input(seed_parts) -> None:  # type: ignore[no-untyped-def]
    """The command: more than one default piece, one valid JSON document, source lines."""
    import json
    import subprocess
    import sys

    (head, body, tail), _ = seed_parts
    data = head + body * 40 + tail  # ~200 KB: two default pieces
    proc = subprocess.run([sys.executable, "-m", "textfix", "check", "--format", "json"],
                          input=data, capture_output=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    found = json.loads(proc.stdout)["files"][0]["findings"]
    lines = data.decode().split("\n")
    assert max(f["line"] for f in found) > len(lines) // 2
    for f in found:
        if f["code"] == "S101":  # a pinyin reading right where the finding points
            assert lines[f["line"] - 1][f["col"] - 1:].startswith("(")


def test_streamed_diff_is_the_whole_diff_and_applies(  # type: ignore[no-untyped-def]
        tmp_path, seed_parts) -> None:
    """``check --diff``: one piece gives the whole report's diff to the byte (a transcoding
    with its labels, a missing final newline); the hunks of many pieces, numbered in the
    whole file's lines, patch the source into the streamed repair."""
    import shutil
    import subprocess

    from textfix.config import DEFAULT
    from textfix.report import Report, write_diff

    files = {"folded.txt": "8月12日,会议召开。".encode(), "clean.txt": b"Hello, world.\n",
             "legacy.txt": "会议召开。\n".encode("gb18030") * 3,
             "seed.txt": (SAMPLES / "binzhou-aluminium.txt").read_bytes()}
    shown = {}
    for name, data in files.items():
        report = Report()
        report.add(name, textfix.repair(data), DEFAULT)
        out = io.StringIO()
        changed = write_diff(name, repair_stream(io.BytesIO(data)), out)
        assert out.getvalue() == report.render_diff() and changed == report.changes_pending()
        shown[name] = out.getvalue()
    assert shown["clean.txt"] == ""
    assert "\n-8月12日,会议召开。\n\\ No newline at end of file\n+" in shown["folded.txt"]
    legacy = shown["legacy.txt"]  # a transcoding alone: the labels only, saying why
    assert legacy.startswith("--- a/legacy.txt\t(legacy-encoding: ")
    assert legacy.endswith(", written as UTF-8)\n+++ b/legacy.txt\n")
    (head, body, tail), _ = seed_parts
    data = head + body * 30 + tail
    out = io.StringIO()
    assert write_diff("big.txt", repair_stream(io.BytesIO(data), chunk_bytes=16 << 10), out)
    repaired = "".join(r.text for r in repair_stream(io.BytesIO(data), chunk_bytes=16 << 10))
    if shutil.which("patch") is None:
        pytest.skip("no patch command")
    (tmp_path / "big.txt").write_bytes(data)
    (tmp_path / "big.diff").write_text(out.getvalue(), encoding="utf-8")
    subprocess.run(["patch", "-s", "-p1", "-i", "big.diff"], cwd=tmp_path, check=True)
    assert (tmp_path / "big.txt").read_text(encoding="utf-8") == repaired
