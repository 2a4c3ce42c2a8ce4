"""The Dask engine: the batch's two passes on Dask distributed (``--engine dask``).

The driver (the process running ``textfix archive``) walks the sources, reads their bytes and
sends them to the workers, which run the pure per-file functions of :mod:`textfix.batch`
(:func:`~textfix.batch.scan_bytes` and :func:`~textfix.batch.job`); the rendered documents come
back and the driver writes them atomically and keeps the manifest. So the workers need
textfix installed (the same version) but no access to the source or archive folders, and the
output is byte-identical to the local engine's.

Without a scheduler address a :class:`distributed.LocalCluster` with one single-threaded worker
process per job is started (and stopped at the end); with one, the run joins that cluster.
``dask`` is imported only here, only when this engine is chosen.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from . import manifest as mf
from .batch import Context, JobResult, Scan, Task, _chunks, finish, job, scan_bytes
from .config import Config
from .errors import InputError, TextfixError
from .files import read_bytes

#: Chunks in flight per worker thread: enough to keep workers busy while the driver writes.
IN_FLIGHT = 4


def scan_chunk(datas: list[bytes], config: Config, count_templates: bool) -> list[Scan]:
    """:func:`~textfix.batch.scan_bytes` of each source (runs on a worker)."""
    return [scan_bytes(d, config, count_templates) for d in datas]


def job_chunk(items: list[tuple[bytes, str]], config: Config, templates: frozenset[str],
              archived: str) -> list[JobResult]:
    """:func:`~textfix.batch.job` of each (bytes, path) (runs on a worker)."""
    return [job(d, p, config, templates, archived) for d, p in items]


class DaskEngine:
    """Runs the passes on a Dask cluster: a new local one, or the one at ``scheduler``."""

    def __init__(self, scheduler: str | None, jobs: int) -> None:
        try:
            import distributed
        except ImportError:
            raise InputError("--engine dask needs Dask distributed",
                             "install it with: pip install 'textfix[dask]'") from None
        dist: Any = distributed
        self.cluster: Any = None
        try:
            if scheduler:
                self.client: Any = dist.Client(scheduler)  # timeout: distributed.comm.timeouts.connect
            else:
                import logging

                self.cluster = dist.LocalCluster(n_workers=max(1, jobs), threads_per_worker=1,
                                            processes=True, dashboard_address=None,
                                            silence_logs=logging.ERROR)
                self.client = dist.Client(self.cluster)
        except OSError as e:
            self.close()
            raise InputError(f"cannot reach the Dask scheduler {scheduler}: {e}",
                             "check the address (tcp://HOST:8786) and that it is running"
                             ) from None
        self.threads = max(1, sum(self.client.nthreads().values()))

    def _map(self, fn: Any, chunks: Iterator[list[Any]], *args: Any
             ) -> Iterator[tuple[list[Any], Any]]:
        """Submit ``fn(chunk, *args)`` for each chunk, a bounded number at a time (so the
        driver holds only the bytes in flight); yield (chunk, result or the exception) as
        they complete."""
        import distributed

        as_completed: Any = distributed.as_completed
        sent: dict[Any, list[Any]] = {}

        def submit() -> Any:
            chunk = next(chunks, None)
            if chunk is None:
                return None
            fut = self.client.submit(fn, chunk, *args, pure=False)
            sent[fut] = chunk
            return fut

        first = [f for f in (submit() for _ in range(self.threads * IN_FLIGHT)) if f is not None]
        queue = as_completed(first)
        for fut in queue:
            chunk = sent.pop(fut)
            try:
                result: Any = fut.result()
            except Exception as e:  # noqa: BLE001 - a lost worker fails its chunk, not the run
                result = e
            fut.release()
            yield chunk, result
            nxt = submit()
            if nxt is not None:
                queue.add(nxt)

    def scan(self, items: Sequence[tuple[int, str]], config: Config,
             count_templates: bool) -> Iterator[tuple[int, Scan]]:
        unreadable: list[tuple[int, Scan]] = []
        order: dict[int, list[int]] = {}

        def payloads() -> Iterator[list[bytes]]:
            for chunk in _chunks(items, self.threads):
                datas, ids = [], []
                for i, path in chunk:
                    try:
                        datas.append(read_bytes(Path(path)))
                        ids.append(i)
                    except TextfixError as e:
                        unreadable.append((i, Scan(error=e.message)))
                if datas:
                    order[id(datas)] = ids
                    yield datas

        for datas, result in self._map(scan_chunk, payloads(), config, count_templates):
            yield from unreadable
            unreadable.clear()
            for k, i in enumerate(order.pop(id(datas))):
                yield i, (Scan(error=f"Dask: {type(result).__name__}: {result}")
                          if isinstance(result, Exception) else result[k])
        yield from unreadable

    def archive(self, tasks: Sequence[Task], ctx: Context) -> Iterator[tuple[int, mf.Entry]]:
        unreadable: list[tuple[int, mf.Entry]] = []
        order: dict[int, list[Task]] = {}

        def failed(t: Task, message: str) -> tuple[int, mf.Entry]:
            return t.index, mf.Entry(path=t.path, outcome="failed", config=ctx.fingerprint,
                                     templates=ctx.templates_fingerprint, message=message)

        def payloads() -> Iterator[list[tuple[bytes, str]]]:
            for chunk in _chunks(tasks, self.threads):
                items, ts = [], []
                for t in chunk:
                    try:
                        items.append((read_bytes(Path(t.read_path)), t.path))
                        ts.append(t)
                    except TextfixError as e:
                        unreadable.append(failed(t, e.message))
                if items:
                    order[id(items)] = ts
                    yield items

        for items, result in self._map(job_chunk, payloads(), ctx.config, ctx.templates,
                                       ctx.archived):
            yield from unreadable
            unreadable.clear()
            for k, t in enumerate(order.pop(id(items))):
                if isinstance(result, Exception):
                    yield failed(t, f"Dask: {type(result).__name__}: {result}")
                else:
                    yield t.index, finish(t, ctx, result[k])
        yield from unreadable

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()
