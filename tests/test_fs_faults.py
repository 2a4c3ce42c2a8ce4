"""Filesystem faults: each gives a clear per-file error, the batch goes on, nothing partial is
written, and the exit code reports it. (Tests run as root in CI, where permission bits do not
stop reads, so unreadable files and a full disk are simulated.)"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from textfix import archive, batch
from textfix.batch import Options

GOOD = "8月12日,会议在邹平召开。\n"


def _tree(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(GOOD, encoding="utf-8")
    (src / "sub" / "b.txt").write_text(GOOD, encoding="utf-8")
    return src


def _outputs(out: Path) -> list[str]:
    return sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()
                  and not p.name.startswith(".textfix") and p.name != "textfix-manifest.jsonl")


def _no_temporaries(out: Path) -> None:
    assert not [p for p in out.rglob("*") if p.name.endswith(".textfix-tmp")]


def test_unreadable_file_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _tree(tmp_path)
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "a.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    summary = batch.run([src], tmp_path / "out", options=Options(jobs=1))
    assert summary.failed and summary.outcomes["archived"] == 1
    assert any("permission denied" in m for _p, _o, m in summary.problems)
    assert _outputs(tmp_path / "out") == ["sub/b.txt"]


def test_vanished_file_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _tree(tmp_path)
    real = batch.plan

    def plan_then_vanish(*args, **kwargs):  # type: ignore[no-untyped-def]
        planned = real(*args, **kwargs)
        (src / "a.txt").unlink()
        return planned

    monkeypatch.setattr(batch, "plan", plan_then_vanish)
    summary = batch.run([src], tmp_path / "out", options=Options(jobs=1))
    assert summary.failed and summary.outcomes["archived"] == 1
    assert any("no such file" in m for _p, _o, m in summary.problems)


def test_full_disk_leaves_no_partial_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out" / "doc.txt"
    real_write = os.write

    def fdopen(fd: int, mode: str = "r", *a, **k):  # type: ignore[no-untyped-def]
        class Full:
            def __enter__(self) -> Full:
                return self

            def __exit__(self, *exc: object) -> None:
                os.close(fd)

            def write(self, data: bytes) -> int:
                real_write(fd, data[:3])
                raise OSError(errno.ENOSPC, "No space left on device")

            def flush(self) -> None: ...

            def fileno(self) -> int:
                return fd

        return Full()

    monkeypatch.setattr(archive.os, "fdopen", fdopen)
    with pytest.raises(archive.OutputError, match="No space left"):
        archive.write_atomic(target, b"hello world")
    assert not target.exists()
    _no_temporaries(tmp_path / "out")


def test_full_disk_in_a_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _tree(tmp_path)
    real = archive.write_atomic

    def write_atomic(path: Path, data, mode=None):  # type: ignore[no-untyped-def]
        if Path(path).name == "a.txt":
            raise archive.OutputError(f"cannot write {path}: No space left on device", "")
        return real(path, data, mode)

    monkeypatch.setattr(archive, "write_atomic", write_atomic)
    summary = batch.run([src], tmp_path / "out", options=Options(jobs=1))
    assert summary.failed and summary.outcomes["archived"] == 1
    assert _outputs(tmp_path / "out") == ["sub/b.txt"]
    _no_temporaries(tmp_path / "out")


def test_broken_symlink_and_symlink_loop(tmp_path: Path) -> None:
    src = _tree(tmp_path)
    (src / "broken.txt").symlink_to(src / "missing.txt")
    (src / "loop1.txt").symlink_to(src / "loop2.txt")
    (src / "loop2.txt").symlink_to(src / "loop1.txt")
    (src / "dirloop").symlink_to(src, target_is_directory=True)
    proc = subprocess.run([sys.executable, "-m", "textfix", "archive", str(src), "-o",
                           str(tmp_path / "out")], capture_output=True, text=True, timeout=300)
    assert "Traceback" not in proc.stderr
    assert _outputs(tmp_path / "out") == ["a.txt", "sub/b.txt"]
    assert proc.returncode in (0, 2)


def test_odd_file_names(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    names = [os.fsdecode(b"gbk-\xb7\xa2\xd5\xb9.txt"), "new\nline.txt", "空 格.txt"]
    for name in names:
        (src / name).write_text(GOOD, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "textfix", "archive", str(src), "-o", str(out)],
                          capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert b"Traceback" not in proc.stderr
    for name in names:
        header, body = archive.parse((out / name).read_text(encoding="utf-8"))
        assert body == "8月12日，会议在邹平召开。\n"
        assert header["source"]["path"] == name  # relative to the folder; surrogates round-trip


def test_cli_repair_on_missing_directory_binary_and_empty(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x00\x01\x02\xff" * 256)
    for target, code, words in ((tmp_path / "missing.txt", 2, b"no such file"),
                                (tmp_path, 2, b"is a directory"),
                                (binary, 2, b"binary"),
                                (empty, 0, b"")):
        proc = subprocess.run([sys.executable, "-m", "textfix", "repair", str(target)],
                              capture_output=True, timeout=120)
        assert proc.returncode == code and words in proc.stderr
        assert b"Traceback" not in proc.stderr
