"""Batch archiving: finding sources, safety rules, the manifest and --resume, failures that do
not stop the batch, the local engine's crash handling, progress output and the CLI options.

The big end-to-end checks (2,000 generated files; a run killed with SIGKILL and resumed; the
Dask engine against the local one) are in test_batch_corpus.py, test_batch_resume.py and
test_dask_engine.py. :func:`make_corpus` (from ``bench/bench_archive.py``) generates their
corpora.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path, PurePosixPath
from types import ModuleType
from typing import Any

import pytest

import textfix
from textfix import batch, manifest
from textfix.archive import parse
from textfix.errors import InputError, OutputError
from textfix.files import check_locations, glob_match, make_output_dir, output_path, sources
from textfix.progress import PlainProgress, RichProgress, render_summary

from .conftest import ROOT

STAMP = "2024-01-02T03:04:05Z"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8


def bench_module() -> ModuleType:
    """``bench/bench_archive.py``, whose :func:`make_corpus` generates the test corpora."""
    spec = importlib.util.spec_from_file_location("bench_archive", ROOT / "bench" /
                                                  "bench_archive.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_archive", module)
    spec.loader.exec_module(module)
    return module


#: The test corpora: the benchmark's mix with fewer whole-page CJK mojibake pages (by far the
#: slowest kind to repair) and shorter pages — the batch machinery treats every page alike,
#: and the tests repair each page twice (archive, then the check).
TEST_WEIGHTS = {"cjk_mojibake": 1}
TEST_PARAGRAPHS = (1, 4)


def make_corpus(root: Path, files: int, seed: int = 6, binary: int | None = None) -> list[Path]:
    result: list[Path] = bench_module().make_corpus(root, files, seed, binary, TEST_WEIGHTS,
                                                    TEST_PARAGRAPHS)
    return result


def tree(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` (hidden ones too) by relative path."""
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not p.is_symlink()}


def cli(*args: str, cwd: Path, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", **(env or {}))
    return subprocess.run([sys.executable, "-m", "textfix", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.fixture
def src(tmp_path: Path) -> Path:
    """A small source folder: nested pages in several encodings, a binary file, a hidden one."""
    root = tmp_path / "src"
    write(root / "news" / "2024" / "a.txt", "8月12日,会议召开。\n")
    write(root / "news" / "b.txt", "Привет, мир. Это тест.\n".encode("cp1251"))
    write(root / "news" / "c.htm", "It’s fine.\n")
    write(root / "top.txt", "Hello.\n")
    write(root / "image.txt", PNG)
    write(root / ".hidden" / "x.txt", "hidden\n")
    write(root / ".dot.txt", "dot\n")
    return root


def run(paths: list[Path], out: Path, **options: Any) -> batch.Summary:
    options.setdefault("archived", STAMP)
    options.setdefault("jobs", 1)
    return batch.run(paths, out, options=batch.Options(**options))


# --- globs and walking -------------------------------------------------------------------------


@pytest.mark.parametrize(("rel", "pattern", "expected"), [
    ("a/b/page.html", "*.html", True),          # no slash: a name at any depth
    ("page.html", "*.html", True),
    ("a/b/page.txt", "*.html", False),
    ("a/b/page.txt", "a/*.txt", False),         # with a slash: anchored, * stays in one part
    ("a/page.txt", "a/*.txt", True),
    ("a/b/page.txt", "a/**/*.txt", True),       # ** crosses folders, and may be empty
    ("a/page.txt", "a/**/*.txt", True),
    ("b/a/page.txt", "a/**", False),
    ("a/b/page.txt", "a/**", True),
    ("drafts/x.txt", "drafts/", False),         # a folder pattern does not match the file…
    ("p1.txt", "p[0-9].txt", True),
    ("px.txt", "p[!0-9].txt", True),
    ("p1.txt", "p[!0-9].txt", False),
    ("ab", "a?b", False),                       # ? is exactly one character…
    ("axb", "a?b", True),
    ("a/b", "a?b", False),                      # …and never a slash
])
def test_glob_match(rel: str, pattern: str, expected: bool) -> None:
    assert glob_match(rel, [pattern]) is expected


def test_sources_finds_files_recursively_sorted_without_hidden(src: Path) -> None:
    found = [str(s.rel) for s in sources([src])]
    assert found == ["image.txt", "top.txt", "news/b.txt", "news/c.htm", "news/2024/a.txt"]


def test_include_and_exclude(src: Path) -> None:
    assert [str(s.rel) for s in sources([src], include=("*.txt",), exclude=("news/2024/",))] == [
        "image.txt", "top.txt", "news/b.txt"]
    assert [str(s.rel) for s in sources([src], exclude=("news",))] == ["image.txt", "top.txt"]
    # a file named on the command line is always taken, globs or not
    assert [str(s.rel) for s in sources([src / "top.txt"], include=("*.md",))] == ["top.txt"]


def test_symbolic_links_are_not_followed_out_of_the_source(tmp_path: Path, src: Path) -> None:
    secret = write(tmp_path / "secret.txt", "outside\n")
    (src / "out-link.txt").symlink_to(secret)
    (src / "in-link.txt").symlink_to(src / "top.txt")
    (src / "dir-link").symlink_to(tmp_path, target_is_directory=True)
    (src / "broken.txt").symlink_to(tmp_path / "nowhere")
    found = {str(s.rel): s for s in sources([src])}
    assert found["in-link.txt"].read_path == (src / "top.txt").resolve()
    assert not found["in-link.txt"].skip
    assert "out of the source folder" in found["out-link.txt"].skip
    assert "not followed" in found["dir-link"].skip
    assert "broken" in found["broken.txt"].skip
    out = tmp_path / "out"
    summary = run([src], out)
    assert (out / "in-link.txt").exists()
    assert not (out / "out-link.txt").exists() and not (out / "dir-link").exists()
    assert not any("outside" in p.read_text("utf-8", "replace") for p in out.rglob("*.txt"))
    assert summary.outcomes["skipped"] == 4  # image.txt, out-link, dir-link, broken
    assert not summary.failed


# --- where outputs may go ----------------------------------------------------------------------


def test_output_inside_source_is_refused_unless_excluded(src: Path) -> None:
    with pytest.raises(InputError, match="inside the source folder"):
        check_locations([src], src / "archive")
    with pytest.raises(InputError, match="is the source"):
        check_locations([src], src)
    with pytest.raises(InputError, match="inside the archive folder"):
        check_locations([src / "news"], src)
    check_locations([src], src / "archive", exclude=("archive/",))
    check_locations([src], src / ".archive")  # hidden folders are never entered
    summary = run([src], src / "archive", exclude=("archive",))
    assert summary.outcomes["archived"] == 4
    assert not (src / "archive" / "archive").exists()


def test_cli_refuses_output_inside_source(src: Path, tmp_path: Path) -> None:
    proc = cli("archive", str(src), "-o", str(src / "out"), cwd=tmp_path)
    assert proc.returncode == 2 and "inside the source folder" in proc.stderr
    assert "--exclude 'out/'" in proc.stderr
    assert not (src / "out").exists()


def test_output_paths_never_escape(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for bad in ("../x.txt", "a/../../x.txt", "/etc/x.txt"):
        with pytest.raises(OutputError):
            output_path(out, PurePosixPath(bad))
    # a link planted in the archive folder is never written through
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    out.mkdir()
    (out / "news").symlink_to(outside, target_is_directory=True)
    with pytest.raises(OutputError, match="symbolic link"):
        make_output_dir(out, PurePosixPath("news/2024/a.txt"))
    src = tmp_path / "src"
    write(src / "news" / "2024" / "a.txt", "Hello.\n")
    write(src / "ok.txt", "Hello.\n")
    summary = run([src], out)
    assert list(outside.iterdir()) == []
    assert summary.outcomes["failed"] == 1 and summary.outcomes["archived"] == 1
    assert "symbolic link" in summary.problems[0][2]


def test_a_failing_file_is_reported_and_the_batch_goes_on(tmp_path: Path, src: Path) -> None:
    out = tmp_path / "out"
    (out / "top.txt").mkdir(parents=True)  # the output path of top.txt is taken by a folder
    proc = cli("archive", str(src), "-o", str(out), "--json", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    report = json.loads(proc.stdout)
    assert report["outcomes"] == {"archived": 3, "up-to-date": 0, "skipped": 1, "failed": 1}
    assert [p["path"] for p in report["problems"] if p["outcome"] == "failed"] == [
        str(src / "top.txt")]
    assert f"failed: {src / 'top.txt'}" in proc.stderr
    assert (out / "news" / "2024" / "a.txt").exists()
    lines = [json.loads(x) for x in (out / manifest.NAME).read_text().splitlines()]
    assert {e["path"]: e["outcome"] for e in lines}["top.txt"] == "failed"


def test_two_sources_for_one_output_and_the_manifest_name(tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    write(one / "page.txt", "one\n")
    write(two / "page.txt", "two\n")
    write(two / manifest.NAME, "not a manifest\n")
    out = tmp_path / "out"
    summary = run([one, two], out)
    assert summary.outcomes == {"archived": 1, "failed": 2}
    messages = sorted(m for _, _, m in summary.problems)
    assert "already goes to page.txt" in messages[0]
    assert "would overwrite the manifest" in messages[1]
    assert parse((out / "page.txt").read_text())[1] == "one\n"
    assert len(manifest.load(out / manifest.NAME)) == 3


def test_sources_are_never_modified(src: Path, tmp_path: Path) -> None:
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in src.rglob("*") if p.is_file()}
    run([src], tmp_path / "out", jobs=2)
    after = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in src.rglob("*") if p.is_file()}
    assert before == after


def test_repair_in_place_is_atomic_and_keeps_permissions(tmp_path: Path) -> None:
    page = write(tmp_path / "page.txt", "8月12日,会议召开。\n")
    page.chmod(0o640)
    inode = page.stat().st_ino
    proc = cli("repair", "--in-place", str(page), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert page.read_text("utf-8") == "8月12日，会议召开。\n"
    assert stat.S_IMODE(page.stat().st_mode) == 0o640
    assert page.stat().st_ino != inode  # replaced by rename, not rewritten in place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.txt"]


# --- the per-file job, the manifest and --resume -----------------------------------------------


def test_job_is_a_pure_function_of_its_arguments(src: Path) -> None:
    data = (src / "news" / "b.txt").read_bytes()
    config = textfix.Config()
    first = batch.job(data, "news/b.txt", config, frozenset(), STAMP)
    assert first == batch.job(data, "news/b.txt", config, frozenset(), STAMP)
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1) as pool:
        assert pool.submit(batch.job, data, "news/b.txt", config, frozenset(), STAMP).result() \
            == first
    assert first.status == "archived" and first.document is not None
    header, body = parse(first.document.decode("utf-8"))
    assert header["archived"] == STAMP and header["source"]["path"] == "news/b.txt"
    assert body == textfix.repair(data).text
    assert batch.job(PNG, "x.png", config, frozenset(), STAMP).status == "skipped"


def test_manifest_has_one_line_per_source(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([src], out)
    entries = manifest.load(out / manifest.NAME)
    # known by the path relative to the source folder (item 13 of issue 19: the typed path
    # made --resume redo everything when the folder was typed another way)
    assert sorted(entries) == sorted(str(s.rel) for s in sources([src]))
    page = entries["news/b.txt"]
    data = (src / "news" / "b.txt").read_bytes()
    assert page.outcome == "archived" and page.encoding == "cp1251"
    assert (page.sha256, page.size) == (hashlib.sha256(data).hexdigest(), len(data))
    assert page.output == "news/b.txt"
    assert page.output_sha256 == hashlib.sha256((out / "news/b.txt").read_bytes()).hexdigest()
    assert page.findings == {"D102": 1}
    assert page.config == manifest.config_fingerprint(textfix.Config())
    assert entries["image.txt"].outcome == "skipped"
    assert len((out / manifest.NAME).read_text().splitlines()) == len(entries)


class ManifestWatcher(batch.NullListener):
    """Reads the manifest each time a file is reported done."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: list[int] = []
        self.outputs: list[int] = []

    def done(self, outcome: batch.Outcome) -> None:
        self.lines.append(len(self.path.read_text().splitlines()))
        self.outputs.append(sum(1 for p in self.path.parent.rglob("*") if p.is_file()
                                and not p.name.startswith(".") and p != self.path))


@pytest.mark.parametrize("jobs", [1, 2])
def test_manifest_lines_are_written_as_files_finish(src: Path, tmp_path: Path, jobs: int) -> None:
    out = tmp_path / "out"
    watcher = ManifestWatcher(out / manifest.NAME)
    batch.run([src], out, options=batch.Options(jobs=jobs, archived=STAMP), listener=watcher)
    assert watcher.lines == [1, 2, 3, 4, 5]
    if jobs == 1:  # reported one by one: no output is written before the previous is reported
        assert watcher.outputs == [0, 1, 2, 3, 4]  # (the binary image.txt comes first)


def test_manifest_survives_a_torn_line(tmp_path: Path) -> None:
    path = tmp_path / manifest.NAME
    good = manifest.Entry(path="a.txt", outcome="archived", sha256="00", output="a.txt")
    path.write_text(good.to_json() + "\n" + good.to_json()[:25])  # killed mid-line
    assert list(manifest.load(path)) == ["a.txt"]
    with manifest.Writer(path, fresh=False) as writer:
        writer.append(manifest.Entry(path="b.txt", outcome="failed", message="x"))
    assert sorted(manifest.load(path)) == ["a.txt", "b.txt"]


def test_config_fingerprint_tracks_every_setting() -> None:
    base = manifest.config_fingerprint(textfix.Config())
    assert base == manifest.config_fingerprint(textfix.Config())
    assert base != manifest.config_fingerprint(textfix.Config(boilerplate=False))
    assert base != manifest.config_fingerprint(textfix.Config(script="keep"))
    assert manifest.templates_fingerprint(["a", "b"]) == manifest.templates_fingerprint(["b", "a"])
    assert manifest.templates_fingerprint(["a"]) != manifest.templates_fingerprint([])


def test_resume_keeps_current_outputs_and_redoes_the_rest(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run([src], out)
    inodes = {p: p.stat().st_ino for p in out.rglob("*.txt")}
    summary = run([src], out, resume=True)
    assert summary.outcomes == {"up-to-date": 4, "skipped": 1}
    assert {p: p.stat().st_ino for p in out.rglob("*.txt")} == inodes  # nothing rewritten
    assert summary.findings["D102"] == 1  # the summary still counts the archive's findings

    write(src / "top.txt", "Changed.\n")                    # a changed source
    (out / "news" / "c.htm").write_text("tampered")         # a damaged output
    (out / "news" / "b.txt").unlink()                       # a lost output
    summary = run([src], out, resume=True)
    assert summary.outcomes == {"up-to-date": 1, "archived": 3, "skipped": 1}
    assert parse((out / "top.txt").read_text())[1] == "Changed.\n"
    assert parse((out / "news" / "c.htm").read_text())[1] == "It’s fine.\n"

    config = textfix.Config(boilerplate=False)              # another configuration
    summary = batch.run([src], out, config, batch.Options(jobs=1, resume=True))
    assert summary.outcomes == {"archived": 4, "skipped": 1}


def test_a_stale_temporary_file_is_removed(src: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    stale = write(out / "news" / ".b.txt.x1y2z3.textfix-tmp", "half a docu")
    mine = write(out / "notes" / "keep.textfix-tmp", "not ours: no leading dot")
    run([src], out, resume=True)
    assert not stale.exists() and mine.exists()


def test_two_runs_never_write_one_archive(src: Path, tmp_path: Path) -> None:
    import fcntl

    out = tmp_path / "out"
    out.mkdir()
    fd = os.open(out / batch.LOCK_NAME, os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(OutputError, match="another textfix run"):
            run([src], out)
    finally:
        os.close(fd)
    run([src], out)


# --- the local engine --------------------------------------------------------------------------


def _crashing_chunk(chunk: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A worker function that kills its process on the item ``die`` (a crash in C code)."""
    if any(item == "die" for _, item in chunk):
        os._exit(1)
    return [(i, item.upper()) for i, item in chunk]


def test_a_dying_worker_fails_only_its_file() -> None:
    items = [(i, "die" if i == 37 else f"f{i}") for i in range(80)]
    engine = batch.LocalEngine(2)
    try:
        results = dict(engine._run(_crashing_chunk, items, (), lambda _: "CRASHED",
                                   lambda it: it[0]))
    finally:
        engine.close()
    assert results == {i: "CRASHED" if i == 37 else f"F{i}" for i in range(80)}


def test_options_are_checked() -> None:
    with pytest.raises(InputError, match="unknown engine"):
        batch.Options(engine="spark")
    with pytest.raises(InputError, match="at least 1"):
        batch.Options(jobs=0)
    with pytest.raises(InputError, match="needs --engine dask"):
        batch.Options(scheduler="tcp://127.0.0.1:8786")
    assert batch.Options().workers == len(os.sched_getaffinity(0))


def test_cli_option_errors(src: Path, tmp_path: Path) -> None:
    for args, words in ((["--jobs", "0"], "at least 1"), (["--engine", "spark"], "unknown engine"),
                        (["--scheduler", "tcp://127.0.0.1:1"], "needs --engine dask")):
        proc = cli("archive", str(src), "-o", str(tmp_path / "out"), *args, cwd=tmp_path)
        assert proc.returncode == 2 and words in proc.stderr and "Traceback" not in proc.stderr


def test_cli_json_summary_and_equal_outputs_for_any_jobs(src: Path, tmp_path: Path) -> None:
    one = cli("archive", str(src), "-o", str(tmp_path / "one"), "-j", "1", "--json", cwd=tmp_path)
    two = cli("archive", str(src), "-o", str(tmp_path / "two"), "-j", "2", "--json", cwd=tmp_path)
    assert one.returncode == two.returncode == 0, one.stderr + two.stderr
    report = json.loads(two.stdout)
    assert report["outcomes"] == {"archived": 4, "up-to-date": 0, "skipped": 1, "failed": 0}
    assert report["findings"] == {"D102": 1, "W101": 1}
    assert report["jobs"] == 2 and report["manifest"] == str(tmp_path / "two" / manifest.NAME)
    assert f"skipped: {src / 'image.txt'}: binary file skipped" in two.stderr
    assert "4 archived, 0 up-to-date, 1 skipped, 0 failed" in two.stderr
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


# --- progress ----------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_plain_progress_writes_a_line_every_interval() -> None:
    stream, clock = io.StringIO(), Clock()
    shown = PlainProgress(stream, interval=5.0, clock=clock)
    shown.phase("archive", 4, 4000)
    shown.advance(1, 1000, 3)
    clock.now += 2
    shown.advance(1, 1000, 0)
    assert stream.getvalue() == "textfix: archive: 4 files, 4.0 kB\n"  # not yet 5 s
    clock.now += 4
    shown.advance(1, 1000, 2)
    shown.done(batch.Outcome(Path("x.bin"), "skipped", message="binary file skipped"))
    clock.now += 1
    shown.advance(1, 1000, 0)
    assert stream.getvalue().splitlines()[1:] == [
        "textfix: archive 3/4 files, 3.0 kB/4.0 kB, 0 files/s, ETA 0:02, 5 findings",
        "textfix: skipped: x.bin: binary file skipped",
        "textfix: archive 4/4 files, 4.0 kB/4.0 kB, 1 files/s, ETA 0:00, 5 findings",
    ]


def test_rich_progress_and_summary_render() -> None:
    stream = io.StringIO()
    shown = RichProgress(stream)
    shown.phase("scan", 2, 200)
    shown.advance(2, 200)
    shown.phase("archive", 2, 200)
    shown.advance(1, 100, 7)
    shown.done(batch.Outcome(Path("bad.txt"), "failed", message="cannot write"))
    shown.advance(1, 100, 0)
    shown.close()
    text = stream.getvalue()
    assert "archive" in text and "7 findings" in text and "bad.txt: cannot write" in text
    summary = batch.Summary(Path("out"), files=2, seconds=1.0, templates=1)
    summary.outcomes.update({"archived": 1, "failed": 1})
    summary.findings.update({"W101": 3})
    assert render_summary(summary).splitlines() == [
        ("textfix: 1 archived, 0 up-to-date, 0 skipped, 1 failed -> out "
         "(1.0 s, 2 files/s, 1 job, local)"),
        "textfix: 1 template line found across the batch",
        "  W101 folded-punctuation     3",
    ]
