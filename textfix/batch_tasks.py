"""Batches whose workers do the I/O: the driver lists and plans, tasks read, repair and write.

This is how ``--engine dask`` runs (on the cluster of :mod:`textfix.batch_dask`), and how the
local engine runs when a source or the archive is a URL (:mod:`textfix.storage`). The per-file
work is the local engine's pure :func:`textfix.batch.job`, so every engine writes the same
bytes; what changes is who touches the data.

The driver (the process running ``textfix archive``):

1. **lists** the sources — names and sizes, never their bytes — with the walk's rules
   (:func:`plan`), and cuts the list into tasks of consecutive sources (:func:`groups`);
2. runs the **template pass**: each task reads its sources and returns one counter of
   template-line candidates (:func:`count_task`); the counters are merged (on the workers,
   for Dask) and the template lines picked there, so only the lines themselves come back;
3. runs the **archive pass**: each task (:func:`archive_task`) reads its sources, repairs
   them, writes every output atomically below the archive, then writes its manifest rows as
   one *part*, ``OUT/.textfix-parts/RUN/part-FIRST-LAST.jsonl`` (FIRST and LAST: the task's
   first and last source numbers), and returns the rows — the driver only reports them;
4. at the end **merges** the parts, in order, into ``OUT/textfix-manifest.jsonl`` (one line
   per source, as the local engine writes it), removes them and sweeps temporary files.

Crashes and resume: a part is written after all of its task's outputs, so a part only ever
describes finished outputs, and the parts on disk can be read while the run goes on. A task
whose worker dies is run again (Dask reschedules it; a task that keeps failing is split into
one task per source, so only a source that kills its worker fails). Outputs go to their final
names atomically and a part's name is fixed by its task, so a re-run replaces and never
duplicates; :func:`merge_parts` takes each source's row once even when a lost worker comes
back. ``--resume`` folds the manifest and the parts a killed run left into the manifest first
(:func:`consolidate`), then each task gets its sources' previous rows: a source whose sha256,
configuration and template fingerprints match, and whose output is still as recorded, is kept
(``up-to-date``) without being repaired.

If a task's part cannot be found at the end, the workers do not see the archive the driver
sees (a path that is not shared storage, a per-process ``memory://``): the run fails with
:class:`~textfix.errors.OutputError` instead of reporting an archive that is not there.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from . import manifest as mf
from . import storage
from .config import DEFAULT, Config
from .errors import InputError, OutputError, TextfixError
from .storage import Item, Store

#: Where the parts of a run are written, below the archive (hidden: never walked as a source).
PARTS = ".textfix-parts"
#: Guided scheduling: each task takes about 1/(GUIDED × workers) of the work still to hand
#: out, so tasks start large (few scheduler round trips) and shrink towards the end, where a
#: large last task would leave the other workers idle. Per-file work is lumpy (a clean page
#: takes a millisecond, a mojibake page a second), and with fixed-size tasks the last one held
#: up a worker's share; with 2 the remaining work is always at least twice what is running.
GUIDED = 2
#: A source's cost for sizing tasks, in bytes of text: its size plus this much for the work
#: every file pays whatever its size (open, detect, the fixed per-document stages, one row).
FILE_COST = 4096
#: Most sources in one task. A task costs the scheduler about a millisecond and one part
#: file; a source takes 10–30 ms to repair (``bench/bench_archive.py``), so 64 sources keep
#: that overhead near 0.1% while a task's manifest rows stay a few kB.
MAX_TASK_FILES = 64
#: Most bytes of sources in one task, so a folder of huge pages is not one worker's task.
MAX_TASK_BYTES = 32 * 2**20


# --- planning (the driver) -------------------------------------------------------------------


def plan(paths: Sequence[Path | str], out: Store, include: Sequence[str] = (),
         exclude: Sequence[str] = ()) -> tuple[tuple[Store, ...], list[Item]]:
    """The run's source stores and its sources in order, as :func:`textfix.batch.plan` finds
    them (same checks, same order, same messages), from listings only."""
    from .files import check_locations, sources

    stores = tuple(storage.resolve(p) for p in paths)
    given: list[Path | None] = []
    for p, s in zip(paths, stores, strict=True):
        if not s.local:
            given.append(None)
            continue
        local = Path(s.root) if storage.is_url(p) else Path(p)
        if not local.exists() and not local.is_symlink():
            raise InputError(f"{local}: no such file or folder", "check the path")
        given.append(local)
    local_paths = [g for g in given if g is not None]
    if out.local and local_paths:
        check_locations(local_paths, Path(out.root), exclude)
    storage.check_remote_locations(stores, out, exclude)

    items: list[Item] = []
    taken: dict[str, str] = {}
    seen: set[str] = set()

    def add(path: str, rel: str, read: str, size: int, store: int, skip: str = "",
            error: str = "") -> None:
        if path in seen:
            return
        seen.add(path)
        if not skip and not error:
            if rel == mf.NAME:
                error = f"its output would overwrite the manifest {mf.NAME}"
            elif storage._unsafe(rel):
                error = f"{rel}: not a safe output path"
            elif rel in taken:
                error = f"{taken[rel]} already goes to {rel}"
            else:
                taken[rel] = path
        items.append(Item(len(items), path, rel, read, size, store, skip, error))

    avoid = Path(out.root) if out.local else None
    for k, (store, local) in enumerate(zip(stores, given, strict=True)):
        if local is not None:
            for src in sources([local], out=avoid, include=include, exclude=exclude):
                add(str(src.path), str(src.rel), os.path.abspath(src.read_path), src.size, k,
                    src.skip, src.error)
        else:
            for shown, rel, read, size in storage.list_remote(store, include, exclude, out):
                add(shown, rel, read, size, k)
    # Recorded as the local engine records it: by the path relative to its folder, except a
    # source in error whose output path another source owns (see textfix.batch.plan).
    owned = {item.rel for item in items if not item.error}
    items = [item._replace(path=item.path if item.error and item.rel in owned else item.rel,
                           shown=item.path) for item in items]
    return stores, items


def groups(items: Sequence[Item], workers: int) -> list[list[Item]]:
    """Consecutive runs of ``items`` as tasks, sized by guided scheduling (:data:`GUIDED`):
    a task's cost (:data:`FILE_COST` a source plus its bytes) is about the remaining cost over
    ``GUIDED × workers``, so the last tasks are single sources; none holds more than
    :data:`MAX_TASK_FILES` sources or (past its first) :data:`MAX_TASK_BYTES`."""
    share = max(1, workers) * GUIDED
    remaining = sum(item.size + FILE_COST for item in items)
    out: list[list[Item]] = []
    current: list[Item] = []
    weight = cost = 0
    for item in items:
        if current and (len(current) >= MAX_TASK_FILES or weight + item.size > MAX_TASK_BYTES
                        or cost >= remaining / share):
            out.append(current)
            remaining -= cost
            current, weight, cost = [], 0, 0
        current.append(item)
        weight += item.size
        cost += item.size + FILE_COST
    if current:
        out.append(current)
    return out


# --- the tasks (on a worker) -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TaskContext:
    """What every archive task of a run shares (sent to each worker once)."""

    config: Config
    templates: frozenset[str]
    archived: str
    fingerprint: str
    templates_fingerprint: str
    sources: tuple[Store, ...]
    out: Store
    parts: str


Counts = tuple[Counter[str], int]


def count_task(items: Sequence[Item], sources: Sequence[Store], config: Config) -> Counts:
    """The template-line candidates of a task's text sources: (document counts, documents).

    Unreadable and binary sources count nothing (the archive pass reports them)."""
    from .batch import template_keys
    from .decoding import looks_binary

    counts: Counter[str] = Counter()
    documents = 0
    for item in items:
        try:
            data = storage.read_bytes(sources[item.store], item.read)
        except TextfixError:
            continue
        if looks_binary(data):
            continue
        documents += 1
        counts.update(template_keys(data, config))
    return counts, documents


def merge_counts(*parts: Counts) -> Counts:
    """Counters merged (the reduce of the template pass)."""
    total: Counter[str] = Counter()
    documents = 0
    for counts, n in parts:
        total.update(counts)
        documents += n
    return total, documents


def pick_templates(counts: Counts, config: Config) -> frozenset[str]:
    """The batch's template lines from the merged counters."""
    from .batch import select_templates

    return select_templates(counts[0], counts[1], config)


def part_name(items: Sequence[Item]) -> str:
    """The part file of a task: its first and last source numbers, so names sort in order."""
    return f"part-{items[0].index:09d}-{items[-1].index:09d}.jsonl"


def archive_task(items: Sequence[Item], previous: Sequence[mf.Entry | None] | None,
                 ctx: TaskContext) -> list[tuple[int, str, mf.Entry]]:
    """Archive a task's sources, write its manifest part, return (index, status, row) each.

    ``previous`` (on ``--resume``) holds each source's earlier manifest row or None."""
    rows = [_archive_one(item, previous[k] if previous else None, ctx)
            for k, item in enumerate(items)]
    part = "".join(entry.to_json() + "\n" for _, _, entry in rows).encode("utf-8")
    storage.write_bytes(ctx.out, f"{ctx.parts}/{part_name(items)}", part)
    return rows


def _archive_one(item: Item, prev: mf.Entry | None, ctx: TaskContext
                 ) -> tuple[int, str, mf.Entry]:
    from .batch import job

    def entry(outcome: str, **fields: Any) -> mf.Entry:
        return mf.Entry(path=item.path, outcome=outcome, config=ctx.fingerprint,
                        templates=ctx.templates_fingerprint, **fields)

    if item.skip or item.error:
        status = "skipped" if item.skip else "failed"
        return item.index, status, entry(status, size=item.size,
                                         message=item.skip or item.error)
    try:
        data = storage.read_bytes(ctx.sources[item.store], item.read)
    except TextfixError as e:
        return item.index, "failed", entry("failed", size=item.size, message=e.message)
    if prev is not None and _reusable(prev, hashlib.sha256(data).hexdigest(), ctx):
        return item.index, "up-to-date", prev
    res = job(data, item.path, ctx.config, ctx.templates, ctx.archived)
    status, message, output, out_sha = res.status, res.message, None, None
    if res.document is not None:
        try:
            out_sha = storage.write_bytes(ctx.out, item.rel, res.document)
            output = item.rel
        except TextfixError as e:
            status, message = "failed", e.message
    return item.index, status, entry(status, sha256=res.sha256, size=res.size,
                                     encoding=res.encoding, output=output,
                                     output_sha256=out_sha,
                                     findings=res.findings if status == "archived" else {},
                                     message=message)


def _reusable(prev: mf.Entry, sha256: str, ctx: TaskContext) -> bool:
    """:func:`textfix.manifest.reusable` on any store."""
    if prev.outcome != "archived" or prev.output is None:
        return False
    if (prev.sha256, prev.config, prev.templates) != (sha256, ctx.fingerprint,
                                                      ctx.templates_fingerprint):
        return False
    data = storage.read_output(ctx.out, prev.output)
    return data is not None and hashlib.sha256(data).hexdigest() == prev.output_sha256


# --- manifest parts (the driver) -------------------------------------------------------------


def _rows(raw: bytes) -> Iterator[mf.Entry]:
    """The readable rows of a manifest or part (a torn line is skipped, as by manifest.load)."""
    import json

    for line in raw.split(b"\n"):
        if not line.strip():
            continue
        try:
            yield mf.Entry.from_dict(json.loads(line))
        except (ValueError, TypeError, UnicodeDecodeError):
            continue


def _read(out: Store, rel: str) -> bytes:
    data = storage.read_output(out, rel)
    return data if data is not None else b""


def _part_files(out: Store) -> Iterator[str]:
    """Every part below ``OUT/.textfix-parts`` (all runs), as paths relative to ``out``."""
    if out.local:
        top = Path(out.join(PARTS))
        runs = sorted(p.name for p in top.iterdir() if p.is_dir()) if top.is_dir() else []
    else:
        try:
            out.fs.invalidate_cache(out.join(PARTS))
            found = out.fs.ls(out.join(PARTS), detail=True)
        except FileNotFoundError:
            found = []
        runs = sorted(os.path.basename(f["name"].rstrip("/")) for f in found
                      if f.get("type") == "directory")
    for run in runs:
        for name in storage.listdir(out, f"{PARTS}/{run}"):
            if name.startswith("part-") and name.endswith(".jsonl"):
                yield f"{PARTS}/{run}/{name}"


def load_previous(out: Store) -> dict[str, mf.Entry]:
    """The manifest's rows by source path, overridden by the parts of killed runs."""
    entries = {e.path: e for e in _rows(_read(out, mf.NAME))}
    for rel in _part_files(out):
        entries.update((e.path, e) for e in _rows(_read(out, rel)))
    return entries


def consolidate(out: Store, resume: bool) -> dict[str, mf.Entry]:
    """Start a run: on ``--resume``, fold the parts killed runs left into the manifest (then
    remove them) and return its rows; otherwise start an empty manifest."""
    previous = load_previous(out) if resume else {}
    text = "".join(e.to_json() + "\n" for e in previous.values())
    storage.write_bytes(out, mf.NAME, text.encode("utf-8"))
    storage.remove(out, PARTS)
    return previous


def merge_parts(out: Store, run: str, items: int) -> None:
    """Write the manifest from this run's parts: one row per source, in order.

    Parts are taken by first source, longest first; a part covering sources already taken
    (the re-run of a task a lost worker came back with, the per-source retries of a task) adds
    only the rows after them. A source no part covers is an :class:`OutputError`.
    """
    names = storage.listdir(out, f"{PARTS}/{run}")
    spans = []
    for name in names:
        try:
            first, last = (int(x) for x in name[len("part-"):-len(".jsonl")].split("-"))
        except ValueError:
            continue
        spans.append((first, -last, name))

    def chunks() -> Iterator[bytes]:  # streamed: the driver holds one part at a time
        following = 0
        for first, neg_last, name in sorted(spans):
            last = -neg_last
            if last < following:
                continue
            rows = _read(out, f"{PARTS}/{run}/{name}").splitlines(keepends=True)
            if first > following or len(rows) != last - first + 1:
                break
            yield b"".join(rows[following - first:])
            following = last + 1
        if following != items:
            raise OutputError(
                f"the manifest rows of source {following} onwards are not at the archive "
                "location", "the workers must see the sources and the archive at the same "
                "paths or URLs as this machine (shared storage; memory:// only with in-process "
                "workers)")

    storage.write_bytes(out, mf.NAME, chunks())
    storage.remove(out, PARTS)


# --- runners ---------------------------------------------------------------------------------


class Runner(Protocol):
    """Runs tasks: locally (:class:`LocalRunner`) or on Dask (:class:`textfix.batch_dask.
    DaskRunner`)."""

    workers: int

    def map(self, fn: Callable[..., Any], tasks: Iterable[tuple[Any, ...]], shared: Any
            ) -> Iterator[tuple[tuple[Any, ...], Any]]:
        """Run ``fn(*task, shared)`` for each task; yield (task, result or the exception) as
        each finishes."""
        ...

    def template_lines(self, tasks: Sequence[list[Item]], sources: tuple[Store, ...],
                       config: Config, advance: Callable[[list[Item]], None]
                       ) -> frozenset[str]: ...

    def close(self) -> None: ...


def _per_process(stores: Iterable[Store]) -> bool:
    """True when a store lives in one process's memory (fsspec's ``memory://``)."""
    return any(not s.local and "memory" in (s.fs.protocol if isinstance(s.fs.protocol, tuple)
                                            else (s.fs.protocol,)) for s in stores)


class LocalRunner:
    """Tasks in this process (one job), or in a pool of worker processes — or of threads,
    when a store is in this process's memory."""

    def __init__(self, jobs: int, threads: bool = False) -> None:
        self.workers = max(1, jobs)
        self.threads = threads
        self._pool: Any = None

    def _executor(self) -> Any:
        if self._pool is None:
            import concurrent.futures as cf

            if self.threads:
                self._pool = cf.ThreadPoolExecutor(self.workers)
            else:
                import multiprocessing

                method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
                self._pool = cf.ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context(method))
        return self._pool

    def map(self, fn: Callable[..., Any], tasks: Iterable[tuple[Any, ...]], shared: Any
            ) -> Iterator[tuple[tuple[Any, ...], Any]]:
        if self.workers == 1:
            for task in tasks:
                try:
                    result: Any = fn(*task, shared)
                except Exception as e:  # noqa: BLE001 - the task's sources fail, not the run
                    result = e
                yield task, result
            return
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        pending = iter(tasks)
        running: dict[Any, tuple[Any, ...]] = {}
        while True:
            while len(running) < self.workers * 2 and (task := next(pending, None)) is not None:
                running[self._executor().submit(fn, *task, shared)] = task
            if not running:
                return
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in done:
                task = running.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool:  # this task, or another one, killed its worker
                    result = self._isolated(fn, task, shared)
                except Exception as e:  # noqa: BLE001 - the task's sources fail, not the run
                    result = e
                yield task, result
            if self._pool is not None and getattr(self._pool, "_broken", False):
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
                for task in running.values():
                    yield task, self._isolated(fn, task, shared)
                running.clear()

    @staticmethod
    def _isolated(fn: Callable[..., Any], task: tuple[Any, ...], shared: Any) -> Any:
        """``fn(*task, shared)`` alone in a new worker process: its result or exception, so
        a task that kills its worker fails alone, not the tasks that shared its pool."""
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(method)) as pool:
            try:
                return pool.submit(fn, *task, shared).result()
            except Exception as e:  # noqa: BLE001 - including BrokenProcessPool
                return e

    def template_lines(self, tasks: Sequence[list[Item]], sources: tuple[Store, ...],
                       config: Config, advance: Callable[[list[Item]], None]
                       ) -> frozenset[str]:
        counts: Counter[str] = Counter()
        documents = 0
        for (items, _srcs), result in self.map(count_task, ((t, sources) for t in tasks),
                                               config):
            if not isinstance(result, BaseException):
                counts.update(result[0])
                documents += result[1]
            advance(items)
        return pick_templates((counts, documents), config)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


# --- the run (the driver) --------------------------------------------------------------------


def run(paths: Sequence[Path | str], out: Path | str, config: Config = DEFAULT,
        options: Any = None, listener: Any = None) -> Any:
    """:func:`textfix.batch.run` with tasks that do their own I/O (see the module doc)."""
    from .batch import NullListener, Options, Summary, _locked, templates_available

    options = options or Options()
    listener = listener or NullListener()
    started = time.perf_counter()
    out_store = storage.resolve(out)
    if options.engine == "dask" and not options.scheduler:
        from .batch_dask import prestart

        prestart()  # the local cluster's workers load textfix while the sources are listed
    stores, items = plan(paths, out_store, options.include, options.exclude)
    runner = _runner(options, out_store, stores)
    try:
        storage.make_root(out_store)
        summary = Summary(out_store.display,  # type: ignore[arg-type]  # a Path or a Url
                          engine=options.engine, jobs=options.workers,
                          files=len(items), size=sum(i.size for i in items))
        lock = _locked(Path(out_store.root)) if out_store.local else contextlib.nullcontext()
        with lock:
            storage.sweep(out_store)
            _run(runner, stores, items, out_store, config, options,
                 config.boilerplate and templates_available(), listener, summary)
            storage.sweep(out_store)
    finally:
        runner.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _runner(options: Any, out: Store, stores: tuple[Store, ...]) -> Runner:
    if options.engine == "dask":
        from .batch_dask import DaskRunner

        return DaskRunner(options.scheduler, options.workers)
    return LocalRunner(options.workers, threads=_per_process((out, *stores)))


def _run(runner: Runner, stores: tuple[Store, ...], items: list[Item], out: Store,
         config: Config, options: Any, count_templates: bool, listener: Any,
         summary: Any) -> None:
    from .archive import timestamp

    previous = consolidate(out, options.resume)
    archivable = [i for i in items if not (i.skip or i.error)]
    templates: frozenset[str] = frozenset()
    if count_templates:
        listener.phase("scan", len(archivable), sum(i.size for i in archivable))
        templates = runner.template_lines(
            groups(archivable, runner.workers), stores, config,
            lambda done: listener.advance(len(done), sum(i.size for i in done)))
    summary.templates = len(templates)

    run_id = f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
    ctx = TaskContext(config, templates, options.archived or timestamp(),
                      mf.config_fingerprint(config), mf.templates_fingerprint(templates),
                      stores, out, f"{PARTS}/{run_id}")
    listener.phase("archive", len(items), summary.size)

    def task(group: list[Item]) -> tuple[Any, ...]:
        prev = [previous.get(i.path) for i in group] if previous else None
        return group, prev

    retry: list[tuple[Any, ...]] = []
    for (group, prev), result in runner.map(archive_task, (task(g) for g in
                                                           groups(items, runner.workers)), ctx):
        if isinstance(result, BaseException):
            if len(group) > 1:  # again one source at a time: only a source that kills fails
                retry.extend(([i], [p] if prev else None)
                             for i, p in zip(group, prev or [None] * len(group), strict=True))
                continue
            result = _lost(group[0], ctx, result)
        for index, status, entry in result:
            _report(items[index], entry, status, out, listener, summary)
    for (group, _prev), result in runner.map(archive_task, retry, ctx):
        if isinstance(result, BaseException):
            result = _lost(group[0], ctx, result)
        for index, status, entry in result:
            _report(items[index], entry, status, out, listener, summary)
    merge_parts(out, run_id, len(items))


def _lost(item: Item, ctx: TaskContext, error: BaseException) -> list[tuple[int, str, mf.Entry]]:
    """The row of a source whose task failed even alone (its worker died on it), written as a
    part of its own so the manifest still has one row per source."""
    name = type(error).__name__
    message = ("the worker process died while archiving this file"
               if name in ("KilledWorker", "BrokenProcessPool") else f"{name}: {error}")
    entry = mf.Entry(path=item.path, outcome="failed", size=item.size, config=ctx.fingerprint,
                     templates=ctx.templates_fingerprint, message=message)
    storage.write_bytes(ctx.out, f"{ctx.parts}/{part_name([item])}",
                        (entry.to_json() + "\n").encode("utf-8"))
    return [(item.index, "failed", entry)]


def _report(item: Item, entry: mf.Entry, status: str, out: Store, listener: Any,
            summary: Any) -> None:
    from .batch import report_outcome

    shown = item.shown or item.path
    source = storage.Url(shown) if storage.is_url(shown) else Path(shown)
    output = out.display.joinpath(*entry.output.split("/")) if entry.output else None
    report_outcome(summary, listener, source, shown, item.size, entry, status, output)

