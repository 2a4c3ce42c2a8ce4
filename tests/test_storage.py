"""Sources and archives as fsspec URLs (``memory://`` here): the listing keeps the walk's rules,
writes are atomic, the archive is the one a local folder gets, on the local engine and on Dask
workers that see the data only through the URL; manifest parts merge to one row per source.

``memory://`` lives in one process, so the Dask cluster here runs its workers as threads of
the test's process (the cluster of separate worker processes is in test_dask_engine.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from textfix import batch, batch_tasks, manifest, storage
from textfix.archive import parse
from textfix.errors import InputError, OutputError

from .test_batch import STAMP, cli, make_corpus, tree

fsspec = pytest.importorskip("fsspec")


@pytest.fixture
def memfs() -> Iterator[Any]:
    fs = fsspec.filesystem("memory")
    yield fs
    for top in fs.ls("/", detail=False):
        fs.rm(top, recursive=True)


def upload(fs: Any, folder: Path, root: str) -> None:
    for p in sorted(folder.rglob("*")):
        if p.is_file() and not p.is_symlink():
            fs.pipe_file(f"{root}/{p.relative_to(folder).as_posix()}", p.read_bytes())


def download(fs: Any, root: str) -> dict[str, bytes]:
    return {name[len(root) + 1:]: fs.cat_file(name) for name in sorted(fs.find(root))}


def without_lock(files: dict[str, bytes]) -> dict[str, bytes]:
    """A local archive's files but its lock (a URL archive has none: object stores have no
    locks)."""
    return {k: v for k, v in files.items() if k != batch.LOCK_NAME}


def test_urls_are_recognised_and_plain_paths_never_import_fsspec(tmp_path: Path) -> None:
    assert storage.is_url("s3://bucket/pages") and storage.is_url("simplecache::s3://b/x")
    assert not storage.is_url("pages/2024") and not storage.is_url(Path("s3://x"))
    assert storage.location("gs://b/p") == "gs://b/p" and storage.location("a/b") == Path("a/b")
    assert storage.resolve((tmp_path / "x").as_uri()) == storage.Store(str(tmp_path / "x"))
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text("A plain page.\n")
    code = ("import sys; from pathlib import Path; from textfix import batch; "
            f"batch.run([Path({str(tmp_path / 'src')!r})], Path({str(tmp_path / 'out')!r})); "
            "print('fsspec' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    assert proc.stdout.strip() == "False"


def test_listing_keeps_the_walks_rules(memfs: Any) -> None:
    for name in ("b.txt", "a.txt", ".hidden.txt", ".git/config", "drafts/x.txt",
                 "keep/page.htm", "keep/notes.md"):
        memfs.pipe_file(f"/site/{name}", b"A page of text.\n")
    store = storage.resolve("memory://site")
    listed = [rel for _, rel, _, _ in storage.list_remote(store)]
    assert listed == ["a.txt", "b.txt", "drafts/x.txt", "keep/notes.md", "keep/page.htm"]
    some = [rel for _, rel, _, _ in storage.list_remote(store, ["*.txt", "*.htm"], ["drafts/"])]
    assert some == ["a.txt", "b.txt", "keep/page.htm"]
    shown, rel, read, size = next(storage.list_remote(storage.resolve("memory://site/a.txt")))
    assert (shown, rel, read, size) == ("memory://site/a.txt", "a.txt", "/site/a.txt", 16)
    with pytest.raises(InputError, match="no such file"):
        list(storage.list_remote(storage.resolve("memory://nowhere")))


def test_unsafe_names_and_overlapping_locations_are_refused(memfs: Any) -> None:
    memfs.pipe_file("/site/ok.txt", b"A page.\n")
    memfs.pipe_file("/site/sub/../../escape.txt", b"A key that climbs out.\n")
    memfs.pipe_file("/site/sub//twice.txt", b"A key with an empty folder name.\n")
    _, items = batch_tasks.plan(["memory://site"], storage.resolve("memory://out"))
    errors = {i.rel: i.error for i in items}  # ".." is a hidden name: never entered
    assert errors == {"ok.txt": "", "sub//twice.txt": "sub//twice.txt: not a safe output path"}
    with pytest.raises(InputError, match="inside the source"):
        batch_tasks.plan(["memory://site"], storage.resolve("memory://site/archive"))
    with pytest.raises(InputError, match="is the source"):
        batch_tasks.plan(["memory://site"], storage.resolve("memory://site"))
    batch_tasks.plan(["memory://site"], storage.resolve("memory://site/.archive"))  # hidden


def test_writes_are_atomic_and_leave_no_temporary(memfs: Any,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    out = storage.resolve("memory://arch")
    moves: list[tuple[str, str]] = []
    real_mv = memfs.mv
    monkeypatch.setattr(type(memfs), "mv", lambda self, a, b, **kw: (moves.append((a, b)),
                                                                     real_mv(a, b, **kw))[1])
    sha = storage.write_bytes(out, "a/b.txt", b"whole")
    assert memfs.cat_file("/arch/a/b.txt") == b"whole" and len(moves) == 1
    tmp, dest = moves[0]
    assert dest == "/arch/a/b.txt" and tmp.startswith("/arch/a/.b.txt.")
    assert tmp.endswith(storage.TMP_SUFFIX) and not memfs.exists(tmp)
    assert sha == __import__("hashlib").sha256(b"whole").hexdigest()

    def broken() -> Iterator[bytes]:
        yield b"half"
        raise OSError("the network went away")

    with pytest.raises(OutputError, match="network went away"):
        storage.write_bytes(out, "a/c.txt", broken())
    assert not memfs.exists("/arch/a/c.txt") and len(memfs.find("/arch")) == 1

    # on object stores whose uploads are atomic, no temporary and no rename
    monkeypatch.setattr(storage, "ATOMIC_PUT", frozenset({"memory"}))
    storage.write_bytes(out, "a/d.txt", b"direct")
    assert memfs.cat_file("/arch/a/d.txt") == b"direct" and len(moves) == 1
    with pytest.raises(OutputError):
        storage.write_bytes(out, "a/e.txt", broken())
    assert not memfs.exists("/arch/a/e.txt")

    memfs.pipe_file("/arch/a/.d.txt.0123.textfix-tmp", b"left by a killed writer")
    assert storage.sweep(out) == 1 and sorted(memfs.find("/arch")) == ["/arch/a/b.txt",
                                                                        "/arch/a/d.txt"]


def test_merge_takes_each_row_once_and_refuses_gaps(memfs: Any) -> None:
    out = storage.resolve("memory://m")
    items = [storage.Item(i, f"p{i}", f"r{i}", f"r{i}", 1) for i in range(6)]

    def part(first: int, last: int) -> None:
        group = items[first:last + 1]
        text = "".join(manifest.Entry(path=i.path, outcome="skipped").to_json() + "\n"
                       for i in group)
        storage.write_bytes(out, f"{batch_tasks.PARTS}/run/{batch_tasks.part_name(group)}",
                            text.encode())

    part(0, 2)
    part(3, 5)
    part(3, 3)  # the retry of one source of a task whose lost worker came back after all
    part(4, 4)
    part(1, 3)  # another worker's overlapping part
    batch_tasks.merge_parts(out, "run", 6)
    assert [json.loads(line)["path"] for line in memfs.cat_file("/m/textfix-manifest.jsonl")
            .decode().splitlines()] == [i.path for i in items]
    assert not memfs.exists(f"/m/{batch_tasks.PARTS}")

    part(0, 2)
    part(4, 5)
    with pytest.raises(OutputError, match="source 3 onwards"):
        batch_tasks.merge_parts(out, "run", 6)


def test_memory_urls_give_the_local_archive_on_both_engines(tmp_path: Path, memfs: Any) -> None:
    src = tmp_path / "src"
    make_corpus(src, 24, seed=4, binary=2)
    local = batch.run([src], tmp_path / "local", options=batch.Options(jobs=1, archived=STAMP))
    upload(memfs, src, "/src")
    distributed = pytest.importorskip("distributed")
    results = {}
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=":0") as cluster:
        for name, options in (("one", batch.Options(jobs=1, archived=STAMP)),
                              ("threads", batch.Options(jobs=2, archived=STAMP)),
                              ("dask", batch.Options(engine="dask", archived=STAMP,
                                                     scheduler=cluster.scheduler_address))):
            summary = batch.run(["memory://src"], f"memory://{name}", options=options)
            assert summary.outcomes == local.outcomes and summary.templates == local.templates
            assert summary.findings == local.findings and str(summary.out) == f"memory://{name}"
            results[name] = download(memfs, f"/{name}")
    assert results["one"] == results["threads"] == results["dask"]
    # the same documents as from the folder, headers included (source.path is relative to the
    # folder or URL given, on every engine)
    expected = without_lock(tree(tmp_path / "local"))
    got = results["dask"]
    assert set(got) == set(expected)
    for rel, data in expected.items():
        if rel == manifest.NAME:
            continue
        (want_head, want_body), (head, body) = (parse(d.decode()) for d in (data, got[rel]))
        assert body == want_body
        assert head["source"]["path"] == rel
        assert head == want_head

    # a resumed run keeps everything; a changed source is archived again
    memfs.pipe_file("/src/" + min(r for r in got if r != manifest.NAME), b"A changed page.\n")
    again = batch.run(["memory://src"], "memory://one",
                      options=batch.Options(jobs=1, archived=STAMP, resume=True))
    assert again.outcomes["archived"] == 1 and again.outcomes["up-to-date"] == 23


def test_local_folder_into_a_url_archive_and_back(tmp_path: Path, memfs: Any) -> None:
    src = tmp_path / "src"
    make_corpus(src, 10, seed=2, binary=0)
    local = batch.run([src], tmp_path / "local", options=batch.Options(jobs=1, archived=STAMP))
    remote = batch.run([src], "memory://arch", options=batch.Options(jobs=1, archived=STAMP))
    assert remote.outcomes == local.outcomes
    assert download(memfs, "/arch") == without_lock(tree(tmp_path / "local"))
    # file:// URLs on the local engine's process pool: the very archive of the plain paths
    url = batch.run([src.as_uri()], (tmp_path / "url").as_uri(),
                    options=batch.Options(jobs=2, archived=STAMP))
    assert url.outcomes == local.outcomes and tree(tmp_path / "url") == tree(tmp_path / "local")


def test_a_source_that_kills_its_worker_fails_alone(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "src"
    for n in range(12):
        (src / f"d{n % 3}").mkdir(parents=True, exist_ok=True)
        (src / f"d{n % 3}" / f"page-{n:02d}.txt").write_text(f"Page {n} of a small site.\n")
    real = batch_tasks._archive_one

    def crashing(item: Any, prev: Any, ctx: Any) -> Any:
        if item.rel == "d1/page-04.txt":
            os._exit(1)  # a crash in a C extension, the OOM killer
        return real(item, prev, ctx)

    monkeypatch.setattr(batch_tasks, "_archive_one", crashing)  # inherited by forked workers
    out = tmp_path / "out"
    summary = batch.run([src.as_uri()], out.as_uri(), options=batch.Options(jobs=2))
    assert summary.outcomes["failed"] == 1 and summary.outcomes["archived"] == 11
    assert summary.problems == [(str(src / "d1" / "page-04.txt"), "failed",
                                 "the worker process died while archiving this file")]
    assert len(manifest.load(out / manifest.NAME)) == 12


def test_cli_takes_urls_and_names_a_missing_backend(tmp_path: Path) -> None:
    src = tmp_path / "src"
    make_corpus(src, 6, seed=9, binary=1)
    plain = cli("archive", str(src), "-o", str(tmp_path / "plain"), "-j", "1", cwd=tmp_path)
    url = cli("archive", src.as_uri(), "-o", (tmp_path / "url").as_uri(), "-j", "1", "--json",
              cwd=tmp_path)
    assert plain.returncode == url.returncode == 0, url.stderr[-2000:]
    assert json.loads(url.stdout)["outcomes"]["archived"] == 6
    assert tree(tmp_path / "url") == tree(tmp_path / "plain")
    missing = cli("archive", "nosuchproto://bucket/pages", "-o", str(tmp_path / "x"),
                  cwd=tmp_path)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert "nosuchproto://bucket/pages" in missing.stderr
