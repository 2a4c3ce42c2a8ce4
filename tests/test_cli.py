"""The CLI answers bad input with one clear line on stderr and exit 2, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import textfix


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "textfix", *args], input=stdin,
                          capture_output=True, timeout=120)


def assert_clean_error(proc: subprocess.CompletedProcess[bytes], words: str) -> None:
    err = proc.stderr.decode()
    assert proc.returncode == 2
    assert "Traceback" not in err
    assert err.startswith("textfix: error: ") and words in err
    assert "textfix: hint: " in err


@pytest.mark.parametrize("command", ["repair", "check"])
def test_missing_file(command: str, tmp_path: Path) -> None:
    assert_clean_error(run(command, str(tmp_path / "nope.txt")), "no such file")


@pytest.mark.parametrize("command", ["repair", "check"])
def test_directory_given_as_file(command: str, tmp_path: Path) -> None:
    assert_clean_error(run(command, str(tmp_path)), "is a directory")


@pytest.mark.parametrize("command", ["repair", "check"])
def test_binary_file(command: str, tmp_path: Path) -> None:
    png = tmp_path / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert_clean_error(run(command, str(png)), "binary")


def test_empty_file_gives_empty_output(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = run("repair", str(empty))
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, b"", b"")
    proc = run("check", str(empty))
    assert (proc.returncode, proc.stdout) == (0, b"")


def test_unknown_encoding_is_a_usage_error() -> None:
    assert_clean_error(run("repair", "--encoding", "klingon", stdin=b"x"), "unknown encoding")


def test_unknown_script_is_a_usage_error() -> None:
    assert_clean_error(run("repair", "--script", "cyrillic", stdin=b"x"), "unknown script")


def test_version_and_help() -> None:
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.decode().strip() == f"textfix {textfix.__version__}"
    proc = run("--help")
    assert proc.returncode == 0
    for command in ("repair", "check", "archive"):
        assert command in proc.stdout.decode()


def test_archive_missing_source(tmp_path: Path) -> None:
    assert_clean_error(run("archive", str(tmp_path / "nope"), "-o", str(tmp_path / "o")),
                       "no such file")


def test_archive_folder_mirrors_paths_and_skips_binary(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "a" / "b").mkdir(parents=True)
    (src / "a" / "b" / "page.txt").write_text("8月12日,会议召开。\n", encoding="utf-8")
    (src / "top.txt").write_bytes("Hello.\n".encode("gb18030"))
    (src / "blob.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    out = tmp_path / "out"
    proc = run("archive", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert (out / "a" / "b" / "page.txt").read_text(encoding="utf-8").endswith(
        "---\n8月12日，会议召开。\n")
    assert (out / "top.txt").exists() and not (out / "blob.bin").exists()
    assert "skipped" in proc.stderr.decode()
    assert src.joinpath("a", "b", "page.txt").read_text(encoding="utf-8") == "8月12日,会议召开。\n"


def test_check_json() -> None:
    import json

    proc = run("check", "--format", "json", stdin="8月12日,会议召开。".encode())
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    assert report["files"][0]["path"] == "-"
    assert report["files"][0]["findings"][0]["code"] == "W101"
