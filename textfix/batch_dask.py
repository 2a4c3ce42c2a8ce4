"""The Dask engine (``--engine dask``): the batch's tasks on Dask distributed.

The workers do the I/O (:mod:`textfix.batch_tasks`): the driver — the process running
``textfix archive`` — lists the sources (names and sizes), sends tasks of consecutive sources
and gets back manifest rows; each worker reads its sources and writes its outputs and manifest
parts to the archive itself. So the workers need textfix installed (the same version) and must
see the sources and the archive at the same paths or URLs as the driver: shared storage (an
object store, a network file system) on a cluster, or this machine's disks for the local
cluster.

Without a scheduler address a :class:`distributed.LocalCluster` with one single-threaded
worker process per job is started (and stopped at the end); with one, the run joins that
cluster. The local cluster's workers are forks of a :mod:`multiprocessing` fork server that
:func:`prestart` starts before the driver lists the sources: it imports Dask and textfix and
loads the repair stages' models (:mod:`textfix.batch_preload`) once, while the driver lists,
so no worker pays for that in its first tasks (where there is no fork server, on Windows, the
workers are spawned as before). A fork also exits without tearing its interpreter down, which
made closing the cluster take 0.7–1 s. The template pass merges its counters on the workers
(:meth:`DaskRunner.template_lines`), so only the template lines reach the driver. A task
whose worker dies is rescheduled by Dask on another worker
(``distributed.scheduler.allowed-failures`` times); a task that raises is retried
:data:`RETRIES` times (a flaky object store) before :mod:`textfix.batch_tasks` splits it into
one task per source. ``dask`` is imported only here,
only when this engine is chosen.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from .batch_tasks import Counts, count_task, merge_counts, pick_templates
from .config import Config
from .errors import InputError
from .storage import Item, Store

#: Tasks in flight per worker thread: enough to keep every worker busy between results.
IN_FLIGHT = 4
#: Counters merged by one reduce task of the template pass (a tree of this fan-in).
FAN_IN = 8
#: Retries of a task that raised (a worker's death is rescheduled by Dask without counting).
RETRIES = 2
#: What the local cluster's fork server imports before it forks a worker: Dask's worker and
#: textfix's repair stages with their models, warmed on a few pages (0.3 s and about 0.6 s of
#: CPU that each spawned worker paid, the latter in its first tasks).
PRELOAD = ("distributed", "textfix.batch_preload")
#: The start method of the local cluster's workers, when this platform has it.
FORKSERVER = "forkserver"
#: Dask's housekeeping on a local cluster, slowed down: the event loops' blocked-loop probe
#: (every 20 ms in each of the scheduler, nannies and workers), the system monitors (CPU,
#: memory and network every 0.5 s, for a dashboard) and the nannies' memory check (every
#: 0.1 s). At Dask's defaults an idle two-worker cluster cost the driver 0.31-0.51 s of CPU
#: in 10 s (3-5% of a core, taken from the workers on a two-core machine); with these, 0.06 s.
#: A worker over its memory limit is still stopped, within a second.
QUIET = {
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def prestart() -> None:
    """Start the fork server the local cluster's workers will be forked from (see the module
    doc), so it loads :data:`PRELOAD` while the driver lists the sources. Where there is no
    fork server, or it already runs, nothing happens."""
    import importlib.util
    import multiprocessing

    if (FORKSERVER not in multiprocessing.get_all_start_methods()
            or importlib.util.find_spec("distributed") is None):
        return  # no fork server, or no Dask: DaskRunner says what to install
    import dask.config
    from multiprocessing import forkserver

    # the environment a nanny sets before spawning its worker; a fork inherits the server's
    pre_spawn = dask.config.get("distributed.nanny.pre-spawn-environ", {}) or {}
    os.environ.update({k: str(v) for k, v in pre_spawn.items()})
    multiprocessing.get_context(FORKSERVER).set_forkserver_preload(list(PRELOAD))
    forkserver.ensure_running()


def _identity(value: Any) -> Any:
    return value


class _Opaque:
    """A task's arguments as one object Dask does not look into. Given as they are (a list of
    sources, each a tuple), Dask walks every value of every source looking for futures when
    the task is submitted: 0.22 s of the driver's CPU (profiled) per 1,000 sources."""

    __slots__ = ("args",)

    def __init__(self, args: tuple[Any, ...]) -> None:
        self.args = args

    def __getstate__(self) -> tuple[Any, ...]:
        return self.args

    def __setstate__(self, args: tuple[Any, ...]) -> None:
        self.args = args


def _call(fn: Callable[..., Any], args: _Opaque, *more: Any) -> Any:
    """``fn(*args, *more)`` on a worker (``more``: futures Dask resolved to their values)."""
    return fn(*args.args, *more)


def _local_cluster(dist: Any, workers: int) -> Any:
    """A local cluster of ``workers`` single-threaded worker processes, forked from the fork
    server of :func:`prestart` where there is one."""
    import logging
    import multiprocessing

    import dask.config

    settings = dict(QUIET)  # the workers get the driver's settings at their start
    if FORKSERVER in multiprocessing.get_all_start_methods():
        prestart()  # nothing if the run already started it
        settings["distributed.worker.multiprocessing-method"] = FORKSERVER
        # Dask would otherwise import in this process every package it preloads in a fork
        # server (numpy and pandas too, if installed); ours already runs with PRELOAD
        utils = getattr(dist, "utils", None)
        if utils is not None and hasattr(utils, "_forkserver_preload_set"):
            utils._forkserver_preload_set = True
    with dask.config.set(settings):
        return dist.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                 dashboard_address=":0", silence_logs=logging.ERROR)


class DaskRunner:
    """Runs tasks on a Dask cluster: a new local one, or the one at ``scheduler``."""

    def __init__(self, scheduler: str | None, jobs: int) -> None:
        try:
            import distributed
        except ImportError:
            raise InputError("--engine dask needs Dask distributed",
                             "install it with: pip install 'textfix[dask]'") from None
        dist: Any = distributed
        self.cluster: Any = None
        self.client: Any = None
        try:
            if scheduler:
                self.client = dist.Client(scheduler)  # timeout: distributed.comm.timeouts.connect
            else:
                self.cluster = _local_cluster(dist, max(1, jobs))
                self.client = dist.Client(self.cluster)
        except OSError as e:
            self.close()
            raise InputError(f"cannot reach the Dask scheduler {scheduler}: {e}",
                             "check the address (tcp://HOST:8786) and that it is running"
                             ) from None
        self.workers = max(1, sum(self.client.nthreads().values()))

    def _submit(self, fn: Callable[..., Any], args: tuple[Any, ...], *futures: Any) -> Any:
        """Submit ``fn(*args, *futures)``, its arguments opaque to Dask (:class:`_Opaque`)."""
        import uuid

        return self.client.submit(_call, fn, _Opaque(args), *futures, pure=False,
                                  retries=RETRIES, key=f"{fn.__name__}-{uuid.uuid4().hex}")

    def map(self, fn: Callable[..., Any], tasks: Iterable[tuple[Any, ...]], shared: Any
            ) -> Iterator[tuple[tuple[Any, ...], Any]]:
        """Submit ``fn(*task, shared)`` for each task, a bounded number at a time; yield
        (task, result or the exception) as they complete. ``shared`` is sent to the cluster once."""
        import distributed

        # a task, not scattered data: if every worker holding it dies, Dask computes it again
        shared_future = self.client.submit(_identity, shared, pure=False)
        pending = iter(tasks)
        sent: dict[Any, tuple[Any, ...]] = {}

        def submit() -> Any:
            task = next(pending, None)
            if task is None:
                return None
            fut = self._submit(fn, task, shared_future)
            sent[fut] = task
            return fut

        first = [f for f in (submit() for _ in range(self.workers * IN_FLIGHT)) if f is not None]
        queue = distributed.as_completed(first)
        for fut in queue:
            task = sent.pop(fut)
            try:
                result: Any = fut.result()
            except Exception as e:  # noqa: BLE001 - a failed task fails its sources, not the run
                result = e
            fut.release()
            yield task, result
            nxt = submit()
            if nxt is not None:
                queue.add(nxt)
        shared_future.release()

    def template_lines(self, tasks: Sequence[list[Item]], sources: tuple[Store, ...],
                       config: Config, advance: Callable[[list[Item]], None]
                       ) -> frozenset[str]:
        """Count on the workers, merge there in a tree of :data:`FAN_IN`, pick the lines there.

        Counters never come to the driver. A counting task that fails (its worker died every
        time) counts nothing; the archive pass reports its sources."""
        import distributed

        leaves = {self._submit(count_task, (t, sources, config)): t for t in tasks}
        queue = distributed.as_completed(list(leaves))
        ready: list[Any] = []
        for fut in queue:
            if fut in leaves:
                advance(leaves.pop(fut))
            if fut.status != "finished":
                continue
            ready.append(fut)
            if len(ready) == FAN_IN:
                queue.add(self.client.submit(merge_counts, *ready, pure=False))
                ready = []
        if not ready:
            empty: Counts = (Counter(), 0)
            return pick_templates(empty, config)
        total = self.client.submit(merge_counts, *ready, pure=False)
        lines: frozenset[str] = self.client.submit(pick_templates, total, config,
                                                   pure=False).result()
        return lines

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None
