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
    for command in ("repair", "archive"):
        proc = cli(command, str(one), "-o", str(existing))
        err = proc.stderr.decode()
        assert proc.returncode == 2 and "is a file, not a folder" in err and "bug" not in err
        assert existing.read_text() == "a file\n"
    proc = cli("archive", str(one), "-o", str(tmp_path / "clean.txt"))
    assert proc.returncode == 2 and "looks like a file name" in proc.stderr.decode()


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


# --- 6. a transcoding is a change ---------------------------------------------------------------

CHINESE = "中文的新闻内容，没有任何问题。\n第二段也是干净的文字。\n"


@pytest.mark.parametrize(("encoding", "data"), [
    ("gbk", CHINESE.encode("gbk")),
    ("big5", "中文的新聞內容，沒有任何問題。\n第二段也是乾淨的文字。\n".encode("big5")),
    ("utf-16", CHINESE.encode("utf-16")),
    ("bom", b"\xef\xbb\xbf" + CHINESE.encode("utf-8")),
], ids=["gbk", "big5", "utf-16", "bom"])
def test_a_transcoding_is_a_change(tmp_path: Path, encoding: str, data: bytes) -> None:
    result = textfix.repair(data)
    assert result.text == result.source_text and result.changed
    page = write(tmp_path / "page.txt", data)
    proc = cli("check", "--diff", str(page))
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.decode().startswith(f"--- a/{page}\t(")
    assert "written as UTF-8" in proc.stdout.decode()
    assert cli("repair", "-i", str(page)).returncode == 1
    assert cli("check", "--diff", str(page)).stdout == b""  # now nothing to do
    assert not textfix.repair(CHINESE.encode("utf-8")).changed


# --- 7. report-only findings once ---------------------------------------------------------------


def test_report_only_findings_are_listed_once() -> None:
    result = textfix.repair("donâ€™t stop \ufffd\ufffd here\nthe café is nice\n".encode())
    lost = [f for f in result.findings if f.code == "M103"]
    assert len(lost) == 1, result.findings


# --- 8. findings point at the source ------------------------------------------------------------


def test_columns_are_the_sources_after_earlier_repairs() -> None:
    line = "產(chǎn)業(yè)鏈發(fā)展很好,產(chǎn)業(yè)鏈鍛造。鍛(duàn)造產(chǎn)品質(zhì)量,很好!"
    source = line + "\n第二行產(chǎn)業(yè),好。\n"
    result = textfix.repair(source.encode())
    folded = [f for f in result.findings if f.code == "W101"]
    assert [(f.line, f.col) for f in folded] == [(1, line.index(",") + 1),
                                                (2, source.split("\n")[1].index(",") + 1)]
    mojibake = "donâ€™t stop \ufffd\ufffd here"
    result = textfix.repair((mojibake + "\n").encode())
    (lost,) = [f for f in result.findings if f.code == "M103"]
    assert lost.col == mojibake.index("\ufffd") + 1


def test_boilerplate_findings_quote_the_source_line() -> None:
    spun = "版權(quán)所有 © 2023 南城在線"
    text = f"標題\n\n{'這是正文的第一段,內容很長很長很長。' * 3}\n\n{spun}\n"
    result = textfix.repair(text.encode())
    removed = [r for r in result.removed if r.source.strip() == spun]
    if not removed:
        pytest.skip("the spun copyright line is not removed by this version")
    (finding,) = [f for f in result.findings if f.line == removed[0].line and
                  str(f.code).startswith("B")]
    assert spun in finding.message


# --- 9. explain shows the finding's place -------------------------------------------------------


def test_explain_highlights_the_findings_column() -> None:
    from textfix.explain import _excerpt

    line = "a,b 中文,好"
    text, start, end = _excerpt(line, ",", line.index("中") + 3)
    assert text[start:end] == "," and start == line.index("中") + 2
    text, start, end = _excerpt(line, "", 3)
    assert (start, end) == (2, 3)


def test_explain_counts_lines_as_the_findings_do(tmp_path: Path) -> None:
    page = write(tmp_path / "p.txt", "前言\u2028第一行\f续\n第二行,很好,没错。中文,对\n")
    proc = cli("explain", str(page))
    out = proc.stdout.decode()
    assert ":2:4 W101" in out
    (shown,) = [line for line in out.splitlines() if line.startswith("    │ ")]
    assert shown == "    │ 第二行,很好,没错。中文,对"
    assert "1 finding " in out


# --- 10. --select / --ignore are checked --------------------------------------------------------


def test_select_and_ignore_are_validated_and_repeatable(tmp_path: Path) -> None:
    page = write(tmp_path / "p.txt", "8月12日,会议召开。\n")
    for args in (["--select", "W1O1"], ["--ignore", "B S101"], ["--select", "X"]):
        proc = cli("check", *args, str(page))
        assert proc.returncode == 2 and b"unknown code" in proc.stderr, proc.stderr
    assert cli("check", "--select", "B", "--select", "S", str(page)).stdout == b""
    assert b"W101" in cli("check", "--select", "B,w", str(page)).stdout
    assert cli("check", "--ignore", "W", "--ignore", "B", str(page)).returncode == 0


# --- 11. a pipe says when damage remains --------------------------------------------------------


def test_repair_warns_when_damage_remains() -> None:
    proc = cli("repair", stdin="丢失的文字\ufffd\ufffd\ufffd在这里。\n".encode())
    assert proc.returncode == 0
    err = proc.stderr.decode()
    assert err.count("\n") == 1 and "textfix: warning: -:" in err and "M103" in err
    proc = cli("repair", "--encoding", "utf-8", stdin="文字".encode("gbk"))
    assert proc.returncode == 0 and "is --encoding right?" in proc.stderr.decode()
    assert cli("repair", stdin=b"Clean text.\n").stderr == b""


# --- 12. errors name the file -------------------------------------------------------------------


def test_binary_input_error_names_the_file(tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt", "Fine.\n")
    png = write(tmp_path / "b.png", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 8)
    proc = cli("check", str(good), str(png), str(good))
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith(f"textfix: error: {png}: ")


# --- 16. configuration ---------------------------------------------------------------------------


def test_config_file_of_any_name_and_pasteable_output(tmp_path: Path) -> None:
    conf = write(tmp_path / "team.toml", '[tool.textfix]\nscript = "keep"\n'
                 'extra-patterns = ["^本站\\\\d+"]\ntemplate-min-share = 0.3\n')
    proc = cli("config", "--config", str(conf), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    import tomllib

    pasted = "\n".join(line.split("  #")[0] for line in proc.stdout.decode().splitlines()
                       if not line.startswith("#"))
    values = tomllib.loads(pasted)
    assert values["script"] == "keep" and values["extra-patterns"] == ["^本站\\d+"]
    assert values["template-min-share"] == 0.3 and values["template-min-docs"] == 5
    for bad, words in (('disable = ["B999"]', b"unknown code"),
                       ('select = ["Q"]', b"unknown code"),
                       ('encoding = "klingon"', b"unknown encoding"),
                       ('extra-patterns = ["(unclosed"]', b"not a valid regular expression")):
        write(tmp_path / ".textfix.toml", bad + "\n")
        proc = cli("config", cwd=tmp_path)
        assert proc.returncode == 2 and words in proc.stderr, (bad, proc.stderr)


# --- 17. the library's inputs --------------------------------------------------------------------


def test_repair_reads_paths_and_config_checks_types(tmp_path: Path) -> None:
    page = write(tmp_path / "page.txt", "8月12日,会议召开。\n")
    assert textfix.repair(page).text == "8月12日，会议召开。\n"
    assert textfix.repair(str(page)).text == str(page)  # a str is text, as documented
    with pytest.raises(textfix.TextfixError, match="no such file"):
        textfix.repair(tmp_path / "missing.txt")
    with pytest.raises(TypeError):
        textfix.repair(12)  # type: ignore[arg-type]
    for bad in ({"width": "no"}, {"template_min_docs": 0}, {"select": [1]},
                {"template_min_share": 2.0}, {"encoding": 5}):
        with pytest.raises(textfix.TextfixError):
            textfix.Config(**bad)  # type: ignore[arg-type]
    assert textfix.Config(ignore=["B1"]).ignore == ("B1",)  # type: ignore[arg-type]


# --- 18. conventions ----------------------------------------------------------------------------


def test_short_options_usage_errors_and_plurals(tmp_path: Path) -> None:
    assert cli("-V").stdout.decode().startswith("textfix ")
    assert b"--install-completion" in cli("-h").stdout
    assert b"Usage" in cli("repair", "-h").stdout
    proc = cli("check", "--bogus")
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.startswith("textfix: error: ") and "Traceback" not in err
    assert err.count("\n") == 2 and "textfix: hint: see 'textfix check --help'" in err
    page = write(tmp_path / "src" / "p.txt", "8月12日,会议召开。\n")
    proc = cli("archive", str(page.parent), "-o", str(tmp_path / "out"))
    assert "1 file," in proc.stderr.decode() and "1 finding" in proc.stderr.decode()
    assert "1 files," not in proc.stderr.decode() and "1 findings" not in proc.stderr.decode()


# --- issue 15, 5: nothing lost outside archive --------------------------------------------------


PAGE = ("南城新闻\n2023-05-06 10:00 来源：城南在线 作者：李四\n\n"
        + "这是正文的第一段，讲述了图书馆的新变化，内容足够长，是真正的文章内容。\n" * 3
        + "\n责任编辑：王五\n版权所有 © 2023 城南在线\n")


def test_repair_removed_writes_json_lines(tmp_path: Path) -> None:
    page = write(tmp_path / "page.txt", PAGE)
    log = tmp_path / "removed.jsonl"
    proc = cli("repair", str(page), "--removed", str(log))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in log.read_text("utf-8").splitlines()]
    assert records, "nothing recorded"
    source = PAGE.split("\n")
    for r in records:
        assert set(r) == {"path", "line", "code", "name", "text"}
        assert r["path"] == str(page) and source[r["line"] - 1] == r["text"]
    assert {r["text"] for r in records} >= {"版权所有 © 2023 城南在线", "责任编辑：王五"}
    kept = proc.stdout.decode()
    assert all(r["text"] not in kept for r in records)


def test_repair_removed_counts_lines_across_streamed_pieces(tmp_path: Path) -> None:
    from textfix.repair import CHUNK_BYTES

    body = "这是很长的正文段落，内容不断重复以便超过一块的大小，测试流式处理的行号。\n"
    lines = PAGE.split("\n")[:3] + [body.rstrip("\n")] * (CHUNK_BYTES * 3 // len(body.encode()))
    text = "\n".join(lines) + "\n\n责任编辑：王五\n版权所有 © 2023 城南在线\n"
    page = write(tmp_path / "big.txt", text)
    log = tmp_path / "removed.jsonl"
    assert cli("repair", str(page), "-o", str(tmp_path / "out"), "--removed",
               str(log)).returncode == 0
    source = text.split("\n")
    records = [json.loads(line) for line in log.read_text("utf-8").splitlines()]
    assert any(r["text"] == "版权所有 © 2023 城南在线" for r in records)
    for r in records:
        assert source[r["line"] - 1] == r["text"]


# --- 21. no import cycles among the modules this touches ----------------------------------------


def _imports(module: str) -> set[str]:
    """The textfix modules ``module`` imports, at the top or inside functions."""
    import ast

    path = ROOT / (module.replace(".", "/") + ".py")
    package = module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
            target = f"{base}.{node.module}" if node.module else base
            found.add(target)
            found.update(f"{target}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if (ROOT / (m.replace(".", "/") + ".py")).exists()}


def test_batch_does_not_import_the_dask_engine_and_the_engine_not_boilerplate() -> None:
    assert "textfix.batch_dask" not in _imports("textfix.batch")
    assert "textfix.batch" not in _imports("textfix.batch_job")
    assert "textfix.damage.boilerplate" not in _imports("textfix.repair")
    from textfix.damage.boilerplate import split_lines  # still there for older callers

    assert split_lines("a\r\nb") == ["a\r\n", "b"]
