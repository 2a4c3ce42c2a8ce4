"""The Dask engine writes the same archive as the local engine: the same files, byte for byte,
and the same manifest — on an existing cluster (``--scheduler``, here a two-worker
LocalCluster) and on the local cluster ``--engine dask`` starts by itself.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from textfix import batch

from .test_batch import STAMP, cli, make_corpus, tree, write

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> object:
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as c:
        yield c


def test_dask_engine_writes_what_the_local_engine_writes(tmp_path: Path, cluster: object) -> None:
    src = tmp_path / "src"
    make_corpus(src, 60, seed=21, binary=3)
    (src / "escape.txt").symlink_to(tmp_path)  # a link out of the folder: skipped by both
    local = batch.run([src], tmp_path / "local",
                      options=batch.Options(jobs=2, archived=STAMP))
    dask = batch.run([src], tmp_path / "dask",
                     options=batch.Options(engine="dask", jobs=2, archived=STAMP,
                                           scheduler=cluster.scheduler_address))  # type: ignore[attr-defined]
    assert dask.outcomes == local.outcomes and dask.outcomes["archived"] == 60
    assert dask.findings == local.findings and dask.templates == local.templates
    assert tree(tmp_path / "dask") == tree(tmp_path / "local")

    # --resume on Dask keeps what the local run wrote
    again = batch.run([src], tmp_path / "local",
                      options=batch.Options(engine="dask", jobs=2, archived=STAMP, resume=True,
                                            scheduler=cluster.scheduler_address))  # type: ignore[attr-defined]
    assert again.outcomes["up-to-date"] == 60 and again.outcomes["archived"] == 0


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


def test_unreachable_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    src = write(tmp_path / "src" / "a.txt", "Hello.\n").parent
    proc = cli("archive", str(src), "-o", str(tmp_path / "out"), "--engine", "dask",
               "--scheduler", "tcp://127.0.0.1:9", cwd=tmp_path,
               env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"})
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "cannot reach the Dask scheduler" in proc.stderr
    assert os.listdir(tmp_path / "out") == [batch.LOCK_NAME] or not (tmp_path / "out").exists()
