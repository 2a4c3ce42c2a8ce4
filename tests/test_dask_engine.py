"""The Dask engine on a real cluster of separate worker processes, whose workers do the I/O.

The cluster is a :class:`distributed.LocalCluster` of two single-threaded worker *processes*
(as on a real cluster, nothing is shared with the test's process but the file system). The
checks: the same archive as the local engine, byte for byte (headers, bodies and manifest),
with plain paths and through a ``file://`` URL; the driver reads no source; a worker killed
mid-run has its task redone with no duplicate row, partial output or temporary file left; a
driver killed mid-run is finished by ``--resume`` from the manifest parts; a storage the
workers cannot see is an error, not a silent empty archive.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from textfix import batch, batch_dask, batch_tasks, manifest
from textfix.archive import timestamp
from textfix.errors import OutputError

from .test_batch import STAMP, cli, make_corpus, tree, write

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", memory_limit="1GiB") as c:
        yield c


def _workers(client: Any, n: int = 2) -> dict[str, int]:
    client.wait_for_workers(n, timeout=60)
    pids: dict[str, int] = client.run(os.getpid)
    return pids


def dask_run(paths: list[Any], out: Any, cluster: Any, **options: Any) -> batch.Summary:
    return batch.run(paths, out, options=batch.Options(
        engine="dask", archived=STAMP, scheduler=cluster.scheduler_address, **options))


def rows(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / manifest.NAME).read_text().splitlines()]


def test_dask_engine_writes_what_the_local_engine_writes(tmp_path: Path, cluster: Any,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    src = tmp_path / "src"
    make_corpus(src, 40, seed=21, binary=3)
    (src / "escape.txt").symlink_to(tmp_path)  # a link out of the folder: skipped by both
    write(src / "hidden" / ".draft.txt", "Not archived.\n")
    local = batch.run([src], tmp_path / "local", options=batch.Options(jobs=2, archived=STAMP))

    # the driver only lists: reading a source here would fail (the workers are other processes)
    def no_reading(*args: object) -> bytes:
        raise AssertionError(f"the driver read a source: {args}")

    monkeypatch.setattr("textfix.storage.read_bytes", no_reading)
    monkeypatch.setattr("textfix.files.read_bytes", no_reading)
    dask = dask_run([src], tmp_path / "dask", cluster)
    url = dask_run([src.as_uri()], (tmp_path / "url").as_uri(), cluster)
    for summary in (dask, url):
        assert summary.outcomes == local.outcomes and summary.outcomes["archived"] == 40
        assert summary.findings == local.findings and summary.templates == local.templates > 0
    expected = tree(tmp_path / "local")
    assert tree(tmp_path / "dask") == expected  # headers, bodies and the manifest
    assert tree(tmp_path / "url") == expected
    assert not (tmp_path / "dask" / batch_tasks.PARTS).exists()

    # --resume on Dask keeps what the local run wrote, and rereads nothing but the listing
    again = dask_run([src], tmp_path / "local", cluster, resume=True)
    assert again.outcomes["up-to-date"] == 40 and again.outcomes["archived"] == 0
    assert tree(tmp_path / "local") == expected


def test_a_worker_killed_mid_run_has_its_task_redone(tmp_path: Path, cluster: Any) -> None:
    src = tmp_path / "src"
    make_corpus(src, 40, seed=8, binary=1)
    batch.run([src], tmp_path / "local", options=batch.Options(jobs=1, archived=STAMP))
    client = distributed.Client(cluster.scheduler_address)
    before = _workers(client)
    killed: list[int] = []

    class KillOnce(batch.NullListener):
        def done(self, outcome: batch.Outcome) -> None:
            if not killed:  # the first source is done: tasks are running on both workers
                killed.append(next(iter(before.values())))
                os.kill(killed[0], signal.SIGKILL)

    try:
        summary = batch.run([src], tmp_path / "dask", listener=KillOnce(), options=batch.Options(
            engine="dask", archived=STAMP, scheduler=cluster.scheduler_address))
        after = _workers(client)
    finally:
        client.close()
    assert killed and killed[0] not in after.values()  # the worker did die (and was replaced)
    assert summary.outcomes["archived"] == 40 and summary.outcomes["failed"] == 0
    out = tmp_path / "dask"
    assert tree(out) == tree(tmp_path / "local")  # whole outputs, one manifest row per source
    assert len({r["path"] for r in rows(out)}) == len(rows(out)) == 41
    assert not list(out.rglob(f"*{batch.TMP_SUFFIX}"))


def test_resume_after_the_driver_is_killed(tmp_path: Path, cluster: Any) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    make_corpus(src, 80, seed=13, binary=2)
    command = ["archive", str(src), "-o", str(out), "--engine", "dask",
               "--scheduler", cluster.scheduler_address]
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    proc = subprocess.Popen([sys.executable, "-m", "textfix", *command], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parts = out / batch_tasks.PARTS
    deadline = time.monotonic() + 120
    try:
        while (len(list(parts.glob("*/part-*"))) < 3 and proc.poll() is None
               and time.monotonic() < deadline):
            time.sleep(0.01)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    left = [json.loads(line) for p in parts.glob("*/part-*") for line in p.read_text().splitlines()]
    assert left and all((out / r["output"]).exists() for r in left if r["output"])
    time.sleep(1.0)  # tasks the dead driver left running finish (they are not cancelled)

    resumed = cli(*command, "--resume", "--json", cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    report = json.loads(resumed.stdout)
    assert report["outcomes"]["up-to-date"] >= len(left) - 2  # the binary ones are redone
    assert report["outcomes"]["archived"] + report["outcomes"]["up-to-date"] == 80
    batch.run([src], tmp_path / "local", options=batch.Options(
        jobs=1, archived=timestamp(1700000000)))
    assert tree(out) == tree(tmp_path / "local")
    assert not parts.exists()


def test_workers_that_do_not_see_the_archive_are_an_error(cluster: Any) -> None:
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    fs.pipe_file("/unseen/a.txt", b"Only the driver's memory holds this page.\n")
    try:  # memory:// lives in one process: the worker processes see neither file nor archive
        with pytest.raises(OutputError, match="not at the archive location"):
            dask_run(["memory://unseen"], "memory://unseen-out", cluster)
    finally:
        fs.rm("/unseen", recursive=True)
        if fs.exists("/unseen-out"):
            fs.rm("/unseen-out", recursive=True)


def test_cli_engine_dask_starts_its_own_cluster(tmp_path: Path) -> None:
    src = tmp_path / "src"
    make_corpus(src, 12, seed=5, binary=1)
    local = cli("archive", str(src), "-o", str(tmp_path / "local"), "-j", "2", cwd=tmp_path)
    dask = cli("archive", str(src), "-o", str(tmp_path / "dask"), "-j", "2", "--engine", "dask",
               "--json", cwd=tmp_path)
    assert local.returncode == dask.returncode == 0, dask.stderr[-2000:]
    report = json.loads(dask.stdout)
    assert report["engine"] == "dask" and report["outcomes"]["archived"] == 12
    assert tree(tmp_path / "dask") == tree(tmp_path / "local")


@pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                    reason="no fork server on this platform: workers are spawned")
def test_the_local_cluster_forks_warm_quiet_workers_from_its_fork_server() -> None:
    def probe(dask_worker: Any) -> tuple[int, bool, float]:
        return (os.getppid(), "textfix.batch_preload" in sys.modules,
                dask_worker.periodic_callbacks["tick"].callback_time)

    runner = batch_dask.DaskRunner(None, 2)
    try:
        seen = runner.client.run(probe)
        scheduler_tick = runner.client.run_on_scheduler(
            lambda dask_scheduler: dask_scheduler.periodic_callbacks["tick"].callback_time)
    finally:
        runner.close()
    parents = {parent for parent, _, _ in seen.values()}
    assert len(seen) == 2 and all(warm for _, warm, _ in seen.values())
    assert parents != {os.getpid()} and len(parents) == 1  # forks of one server, not of us
    assert {tick for _, _, tick in seen.values()} == {scheduler_tick} == {1000}  # ms, not 20


def test_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    src = write(tmp_path / "src" / "a.txt", "Hello.\n").parent
    proc = cli("archive", str(src), "-o", str(tmp_path / "out"), "--engine", "dask",
               "--scheduler", "tcp://127.0.0.1:9", cwd=tmp_path,
               env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"})
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "cannot reach the Dask scheduler" in proc.stderr
    assert not (tmp_path / "out").exists() or os.listdir(tmp_path / "out") == [batch.LOCK_NAME]
