"""Defects found trying textfix end to end as a new user (nothing skipped or lost silently,
honest answers, safe outputs): one test each, written to fail before its fix."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import textfix
from textfix import archive, batch
from textfix.archive import parse

STAMP = "2024-01-02T03:04:05Z"
ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str, cwd: Path | None = None, stdin: bytes = b"",
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", PYTHONPATH=str(ROOT),
               **(env or {}))
    return subprocess.run([sys.executable, "-m", "textfix", *args], cwd=cwd, env=env,
                          input=stdin, capture_output=True, timeout=300, check=False)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def run(paths: list[Path], out: Path, **options: object) -> batch.Summary:
    options.setdefault("archived", STAMP)
    options.setdefault("jobs", 1)
    return batch.run(paths, out, options=batch.Options(**options))  # type: ignore[arg-type]


ROOT_ONLY = pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                               reason="root reads every folder")

# --- 1. UTF-16/32 text is archived, not skipped as binary ---------------------------------------

WIDE = "Wide text, written by a Windows editor.\n第二行。\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "utf-32-le"])
def test_archive_keeps_utf16_and_utf32_text(tmp_path: Path, encoding: str) -> None:
    write(tmp_path / "src" / "wide.txt", WIDE.encode(encoding))
    summary = run([tmp_path / "src"], tmp_path / "out")
    assert summary.outcomes["archived"] == 1, summary.problems
    assert parse((tmp_path / "out" / "wide.txt").read_text("utf-8"))[1] == WIDE


def test_archive_still_skips_binary_and_honours_a_forced_utf16(tmp_path: Path) -> None:
    write(tmp_path / "src" / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    write(tmp_path / "src" / "wide.txt", WIDE.encode("utf-16-le"))
    summary = batch.run([tmp_path / "src"], tmp_path / "out",
                        textfix.Config(encoding="utf-16-le"),
                        batch.Options(jobs=1, archived=STAMP))
    assert summary.outcomes["archived"] == 2  # forced: the user says both are text
    summary = run([tmp_path / "src"], tmp_path / "out2")
    assert (summary.outcomes["archived"], summary.outcomes["skipped"]) == (1, 1)


# --- 2. an unreadable folder is reported and counted as failed ----------------------------------


def test_an_unreadable_folder_is_a_failure_in_process(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "src" / "ok.txt", "Fine.\n")
    locked = tmp_path / "src" / "locked"
    write(locked / "lost.txt", "Never read.\n")
    real = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    summary = run([tmp_path / "src"], tmp_path / "out")
    assert (summary.outcomes["archived"], summary.outcomes["failed"]) == (1, 1)
    assert summary.failed
    path, outcome, message = summary.problems[0]
    assert path.endswith("locked") and outcome == "failed" and "Permission denied" in message
    entries = [json.loads(line) for line in
               (tmp_path / "out" / "textfix-manifest.jsonl").read_text().splitlines()]
    assert sorted((e["path"], e["outcome"]) for e in entries) == [("locked", "failed"),
                                                                  ("ok.txt", "archived")]


@ROOT_ONLY
def test_an_unreadable_folder_is_a_failure(tmp_path: Path) -> None:
    write(tmp_path / "src" / "ok.txt", "Fine.\n")
    locked = tmp_path / "src" / "locked"
    write(locked / "lost.txt", "Never read.\n")
    locked.chmod(0)
    try:
        proc = cli("archive", str(tmp_path / "src"), "-o", str(tmp_path / "out"), "--json")
    finally:
        locked.chmod(0o755)
    assert proc.returncode == 2, proc.stderr
    report = json.loads(proc.stdout)
    assert report["outcomes"]["failed"] == 1 and report["outcomes"]["archived"] == 1
    assert "locked" in report["problems"][0]["path"]
    assert "permission denied" in report["problems"][0]["message"].lower()
    lines = (tmp_path / "out" / "textfix-manifest.jsonl").read_text().splitlines()
    assert any(json.loads(line)["path"] == "locked" and json.loads(line)["outcome"] == "failed"
               for line in lines)


# --- 3. repair -o has archive's refusals --------------------------------------------------------


def test_repair_output_refusals(tmp_path: Path) -> None:
    one = write(tmp_path / "one" / "page.txt", "8月12日,会议召开。\n")
    two = write(tmp_path / "two" / "page.txt", "Second page.\n")
    out = tmp_path / "out"
    proc = cli("repair", str(one), str(two), "-o", str(out))
    assert proc.returncode == 2
    assert "already goes to page.txt" in proc.stderr.decode()
    assert (out / "page.txt").read_text() == "8月12日，会议召开。\n"  # the first, not overwritten

    proc = cli("repair", str(one), "-o", str(tmp_path / "one"))  # the source's own folder
    assert proc.returncode == 2 and "inside the archive folder" in proc.stderr.decode()
    assert one.read_text() == "8月12日,会议召开。\n"

    proc = cli("repair", str(one), "-o", str(tmp_path / "clean.txt"))  # meant as a file
    assert proc.returncode == 2 and "looks like a file name" in proc.stderr.decode()
    assert not (tmp_path / "clean.txt").exists()

    existing = write(tmp_path / "existing", "a file\n")
    proc = cli("repair", str(one), "-o", str(existing))
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "is a file, not a folder" in err and "bug" not in err
    assert existing.read_text() == "a file\n"


# --- 4. repair -i writes through links ----------------------------------------------------------


def test_in_place_writes_through_a_symbolic_link(tmp_path: Path) -> None:
    target = write(tmp_path / "real.txt", "8月12日,会议召开。\n")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    proc = cli("repair", "-i", str(link))
    assert proc.returncode == 1, proc.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text() == "8月12日，会议召开。\n"


def test_in_place_refuses_to_break_hard_links(tmp_path: Path) -> None:
    first = write(tmp_path / "a.txt", "8月12日,会议召开。\n")
    second = tmp_path / "b.txt"
    os.link(first, second)
    proc = cli("repair", "-i", str(first))
    assert proc.returncode == 2 and "hard links" in proc.stderr.decode()
    assert first.stat().st_ino == second.stat().st_ino
    assert second.read_text() == "8月12日,会议召开。\n"
    clean = write(tmp_path / "c.txt", "Clean.\n")
    os.link(clean, tmp_path / "d.txt")
    assert cli("repair", "-i", str(clean)).returncode == 0  # nothing to write: no refusal


# --- 5. one file, one line ending ---------------------------------------------------------------


@pytest.mark.parametrize("eol", ["\r\n", "\r", "\n"])
def test_archived_header_uses_the_body_line_ending(eol: str) -> None:
    body = eol.join(["Title", "", "第一段,正文。", "Second paragraph.", ""])
    data = body.encode("utf-8")
    document = archive.render(textfix.repair(data), data, "page.txt", STAMP)
    endings = {e for e in ("\r\n", "\n", "\r") if e in document.replace("\r\n", "\0")
               or (e == "\r\n" and "\r\n" in document)}
    others = document.replace(eol, "")
    assert "\r" not in others and "\n" not in others, endings
    header, parsed = parse(document)
    assert header["source"]["path"] == "page.txt"
    assert parsed == textfix.repair(data).text


# --- 13. --resume matches the path relative to the source folder --------------------------------


def test_resume_matches_however_the_folder_is_typed(tmp_path: Path) -> None:
    write(tmp_path / "src" / "a" / "one.txt", "One.\n")
    write(tmp_path / "src" / "two.txt", "Two.\n")
    out = tmp_path / "out"
    first = cli("archive", "src", "-o", str(out), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    header, _ = parse((out / "a" / "one.txt").read_text())
    assert header["source"]["path"] == "a/one.txt"
    again = cli("archive", str(tmp_path / "src"), "-o", str(out), "--resume", "--json",
                cwd=ROOT)
    assert json.loads(again.stdout)["outcomes"]["up-to-date"] == 2, again.stderr
    elsewhere = cli("archive", "..", "-o", str(out), "--resume", "--json",
                    cwd=tmp_path / "src" / "a")
    assert json.loads(elsewhere.stdout)["outcomes"]["up-to-date"] == 2


# --- 14. Ctrl-C says what to do -----------------------------------------------------------------


def test_interrupt_says_how_to_finish(tmp_path: Path) -> None:
    for i in range(400):
        write(tmp_path / "src" / f"p{i:03}.txt", f"第{i}页,内容。\n" * 40)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "textfix", "archive", "src", "-o", "out",
                             "-j", "1"], cwd=tmp_path, env=env, stderr=subprocess.PIPE,
                            stdout=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    manifest = tmp_path / "out" / "textfix-manifest.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None and not (
            manifest.exists() and manifest.stat().st_size):
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    if proc.returncode == 0:
        pytest.skip("the run finished before the interrupt")
    assert proc.returncode == 130
    assert err.decode().rstrip().endswith(
        "textfix: interrupted; run again with --resume to finish")


# --- 15. I/O errors are the user's, not bugs ----------------------------------------------------


@ROOT_ONLY
def test_unwritable_output_is_a_user_error(tmp_path: Path) -> None:
    write(tmp_path / "src" / "a.txt", "Text.\n")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        for args in (["archive", str(tmp_path / "src"), "-o", str(locked)],
                     ["archive", str(tmp_path / "src"), "-o", str(locked / "sub")],
                     ["repair", str(tmp_path / "src" / "a.txt"), "-o", str(locked)]):
            proc = cli(*args)
            err = proc.stderr.decode()
            assert proc.returncode == 2, (args, err)
            assert err.startswith("textfix: error: ") and "bug" not in err, err
            assert "ermission denied" in err, err
    finally:
        locked.chmod(0o755)


def test_os_errors_from_a_command_are_user_errors(monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path) -> None:
    from textfix import cli as textfix_cli

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", "/archive/out")

    monkeypatch.setattr(batch, "run", refuse)
    monkeypatch.setattr(sys, "argv", ["textfix", "archive", str(tmp_path), "-o", "/x"])
    with pytest.raises(SystemExit) as exit_:
        textfix_cli.main()
    err = capsys.readouterr().err
    assert exit_.value.code == 2
    assert err.startswith("textfix: error: /archive/out: Permission denied\n"), err
    assert "bug" not in err


def test_a_locked_archive_folder_is_a_user_error(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    from textfix.errors import OutputError

    write(tmp_path / "src" / "a.txt", "Text.\n")
    real = os.open

    def fake_open(path: object, *args: object, **kwargs: object) -> int:
        if str(path).endswith(batch.LOCK_NAME):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", fake_open)
    with pytest.raises(OutputError, match="Permission denied"):
        run([tmp_path / "src"], tmp_path / "out")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_disk_full_on_stdout_is_a_user_error() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "textfix", "repair"], input=b"x" * 100000,
                              stdout=full, stderr=subprocess.PIPE, env=env, timeout=120,
                              check=False)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.startswith("textfix: error: "), err
    assert "No space left" in err and "bug" not in err
