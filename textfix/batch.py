"""Batch archiving: folders in, an archive out — in parallel, resumable, and safe.

A batch runs in two passes over its sources:

1. the **scan pass** reads every source once, hashes it and, when boilerplate removal is on,
   collects the lines the corpus-level template detection counts (:func:`scan_bytes`); the
   driver adds the counts up and picks the batch's template lines;
2. the **archive pass** runs the per-file :func:`job` — a pure function of the source's bytes,
   its path, the configuration, the template lines and the batch's one ``archived`` time — and
   writes each document atomically below the archive folder.

Both passes run on an engine: in this process (one job) or a local process pool
(``--jobs N``); on Dask, or when a source or the archive is a URL, the run is
:mod:`textfix.batch_tasks`, whose workers do the I/O. Since the job is pure, every engine writes the
same files. A manifest (:mod:`textfix.manifest`) gets one line per source as it completes, so
an interrupted run can be resumed. Library code never prints: progress goes to a
:class:`Listener`.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Protocol, TypeVar

from . import archive as arc
from . import manifest as mf
from .batch_job import (  # noqa: F401  (re-exported: the per-file work lives in batch_job)
    BINARY,
    Context,
    JobResult,
    Scan,
    Task,
    _chunks,
    archive_task,
    finish,
    is_binary,
    job,
    scan_bytes,
    scan_file,
    select_templates,
    template_keys,
    templates_available,
    write_output,
)
from .config import DEFAULT, Config
from .errors import InputError, OutputError
from .files import Source, check_locations, check_output_folder, sources

#: The outcomes of one source in a run, in the order summaries list them.
STATUSES = ("archived", "up-to-date", "skipped", "failed")
#: The engines. The local one runs here; ``dask`` (and any source or archive given as a URL)
#: goes through :mod:`textfix.batch_tasks`, imported only when chosen, so nothing here imports
#: :mod:`textfix.batch_dask` back.
ENGINES = ("local", "dask")
LOCK_NAME = ".textfix-lock"
TMP_SUFFIX = ".textfix-tmp"

T = TypeVar("T")
R = TypeVar("R")


# --- engines -----------------------------------------------------------------------------------


class Engine(Protocol):
    """Runs the two passes' work, yielding each result as soon as it is done (any order)."""

    def scan(self, items: Sequence[tuple[int, str]], config: Config,
             count_templates: bool) -> Iterator[tuple[int, Scan]]: ...

    def archive(self, tasks: Sequence[Task], ctx: Context) -> Iterator[tuple[int, mf.Entry]]: ...

    def close(self) -> None: ...


def _scan_chunk(chunk: list[tuple[int, str]], config: Config,
                count_templates: bool) -> list[tuple[int, Scan]]:
    return [(i, scan_file(p, config, count_templates)) for i, p in chunk]


def _archive_chunk(chunk: list[Task], ctx: Context) -> list[tuple[int, mf.Entry]]:
    return [(t.index, archive_task(t, ctx)) for t in chunk]


class LocalEngine:
    """This process (``jobs == 1``) or a pool of ``jobs`` worker processes.

    A worker process that dies (a crash in a C extension, the OOM killer) breaks the pool;
    its unfinished chunks are then retried one file at a time, each in a fresh single-worker
    pool, so only the file that kills its worker is reported as failed.
    """

    def __init__(self, jobs: int) -> None:
        self.jobs = max(1, jobs)
        self._pool: Any = None

    def _executor(self) -> Any:
        if self._pool is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
            self._pool = ProcessPoolExecutor(
                self.jobs, mp_context=multiprocessing.get_context(method))
        return self._pool

    def _run(self, fn: Callable[..., list[tuple[int, R]]], items: Sequence[T], args: tuple[Any, ...],
             crashed: Callable[[T], R], index: Callable[[T], int]) -> Iterator[tuple[int, R]]:
        if self.jobs == 1 or len(items) <= 1:
            for item in items:  # one at a time, so each result is reported as it is done
                yield from fn([item], *args)
            return
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        pending = iter(_chunks(items, self.jobs))
        running: dict[Any, list[T]] = {}
        broken: list[T] = []
        while True:
            while len(running) < self.jobs * 4:
                chunk = next(pending, None)
                if chunk is None:
                    break
                try:
                    running[self._executor().submit(fn, chunk, *args)] = chunk
                except BrokenProcessPool:
                    broken.extend(chunk)
                    self._reset()
            if not running:
                break
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for fut in done:
                chunk = running.pop(fut)
                try:
                    yield from fut.result()
                except BrokenProcessPool:
                    broken.extend(chunk)
            if broken and self._pool is not None and getattr(self._pool, "_broken", False):
                for fut, chunk in running.items():
                    broken.extend(chunk)
                running.clear()
                self._reset()
        for item in broken:
            yield from self._isolated(fn, item, args, crashed, index)

    def _isolated(self, fn: Callable[..., list[tuple[int, R]]], item: T, args: tuple[Any, ...],
                  crashed: Callable[[T], R], index: Callable[[T], int]
                  ) -> Iterator[tuple[int, R]]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(method)) as pool:
            try:
                yield from pool.submit(fn, [item], *args).result()
            except BrokenProcessPool:
                yield index(item), crashed(item)

    def _reset(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def scan(self, items: Sequence[tuple[int, str]], config: Config,
             count_templates: bool) -> Iterator[tuple[int, Scan]]:
        return self._run(_scan_chunk, items, (config, count_templates),
                         lambda _: Scan(error="the worker process died"), lambda it: it[0])

    def archive(self, tasks: Sequence[Task], ctx: Context) -> Iterator[tuple[int, mf.Entry]]:
        def crashed(t: Task) -> mf.Entry:
            return mf.Entry(path=t.path, outcome="failed", config=ctx.fingerprint,
                            templates=ctx.templates_fingerprint,
                            message="the worker process died while archiving this file")

        return self._run(_archive_chunk, tasks, (ctx,), crashed, lambda t: t.index)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


# --- reporting ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one source in this run (``status`` is one of :data:`STATUSES`)."""

    source: Path
    status: str
    output: Path | None = None
    message: str = ""
    findings: int = 0
    size: int = 0


class Listener(Protocol):
    """Receives a run's progress (the CLI shows it; the library never prints)."""

    def phase(self, name: str, files: int, size: int) -> None:
        """A pass begins: ``scan`` (hashing, template counting) or ``archive``."""

    def advance(self, files: int, size: int, findings: int = 0) -> None:
        """Files (and their bytes) of the current pass are done."""

    def done(self, outcome: Outcome) -> None:
        """One source of the archive pass is finished."""


class NullListener:
    """A listener that ignores everything."""

    def phase(self, name: str, files: int, size: int) -> None:
        pass

    def advance(self, files: int, size: int, findings: int = 0) -> None:
        pass

    def done(self, outcome: Outcome) -> None:
        pass


@dataclass(slots=True)
class Summary:
    """A run's result: files by outcome, findings by code, problems by file."""

    out: Path
    outcomes: Counter[str] = field(default_factory=Counter)
    findings: Counter[str] = field(default_factory=Counter)
    problems: list[tuple[str, str, str]] = field(default_factory=list)
    files: int = 0
    size: int = 0
    templates: int = 0
    seconds: float = 0.0
    engine: str = "local"
    jobs: int = 1

    @property
    def failed(self) -> bool:
        """True when any source failed (the CLI's exit code says so)."""
        return self.outcomes["failed"] > 0

    def to_dict(self) -> dict[str, Any]:
        """The summary as JSON-ready data (``--json``)."""
        return {
            "output": str(self.out),
            "manifest": str(self.out / mf.NAME),
            "files": self.files,
            "bytes": self.size,
            "outcomes": {s: self.outcomes[s] for s in STATUSES},
            "findings": dict(sorted(self.findings.items())),
            "template_lines": self.templates,
            "problems": [{"path": p, "outcome": o, "message": m} for p, o, m in self.problems],
            "seconds": round(self.seconds, 3),
            "engine": self.engine,
            "jobs": self.jobs,
        }


# --- the run -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Options:
    """How a batch runs (what it does to each file is the :class:`~textfix.config.Config`).

    ``jobs``: worker processes (``None``: all cores); ``engine``: ``local`` or ``dask``;
    ``scheduler``: a Dask scheduler address (``None``: start a local cluster); ``include`` and
    ``exclude``: globs relative to each source folder; ``resume``: keep outputs the manifest
    shows are current; ``archived``: the time written in every header (``None``: now, or
    ``SOURCE_DATE_EPOCH``).
    """

    jobs: int | None = None
    engine: str = "local"
    scheduler: str | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    resume: bool = False
    archived: str | None = None

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise InputError(f"unknown engine {self.engine!r}", "use local or dask")
        if self.jobs is not None and self.jobs < 1:
            raise InputError(f"--jobs {self.jobs}: must be at least 1",
                             "give a positive number of worker processes")
        if self.scheduler and self.engine != "dask":
            raise InputError("--scheduler needs --engine dask", "add --engine dask")

    @property
    def workers(self) -> int:
        """The number of workers: ``jobs``, or every core this process may use."""
        if self.jobs is not None:
            return self.jobs
        try:
            return len(os.sched_getaffinity(0))
        except AttributeError:  # pragma: no cover - not on Linux
            return os.cpu_count() or 1


def plan(paths: Sequence[Path], out: Path, options: Options) -> list[Source]:
    """The run's sources in order, after refusing unsafe locations.

    Raises :class:`~textfix.errors.InputError` when a source is missing or the archive folder
    overlaps the sources. A source whose output path another source already takes, or that
    would overwrite the manifest, is kept with an ``error`` so the run reports it.
    """
    for p in paths:
        if not p.exists() and not p.is_symlink():
            raise InputError(f"{p}: no such file or folder", "check the path")
    check_locations(paths, out, options.exclude)
    planned: list[Source] = []
    taken: dict[PurePosixPath, Path] = {}
    seen: set[Path] = set()
    for src in sources(paths, out=out, include=options.include, exclude=options.exclude):
        if src.path in seen:
            continue
        seen.add(src.path)
        if not src.skip and not src.error:
            if src.rel == PurePosixPath(mf.NAME):
                src = Source(src.path, src.rel, src.read_path, src.size,
                             error=f"its output would overwrite the manifest {mf.NAME}")
            elif src.rel in taken:
                src = Source(src.path, src.rel, src.read_path, src.size,
                             error=f"{taken[src.rel]} already goes to {src.rel}")
            else:
                taken[src.rel] = src.path
        planned.append(src)
    return planned


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold ``OUT/.textfix-lock`` so two runs never write one archive at once."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        yield
        return
    try:
        fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as e:
        raise OutputError(f"cannot write to {out}: {e.strerror or e}",
                          "check the archive folder's permissions") from None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise OutputError(f"another textfix run is writing to {out}",
                              "wait for it to finish, or choose another archive folder") from None
        yield
    finally:
        os.close(fd)


def _sweep_temporaries(out: Path) -> None:
    """Remove temporary files a killed run left (only ours: ``.NAME.*.textfix-tmp``)."""
    for dirpath, _dirs, files in os.walk(out, followlinks=False):
        for name in files:
            if name.startswith(".") and name.endswith(TMP_SUFFIX):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(dirpath, name))


def _engine(options: Options) -> Engine:
    return LocalEngine(options.workers)


def run(paths: Sequence[Path | str], out: Path | str, config: Config = DEFAULT,
        options: Options | None = None, listener: Listener | None = None) -> Summary:
    """Archive every file in ``paths`` (folders recursively) below ``out``; see the module doc.

    Raises :class:`~textfix.errors.TextfixError` only for problems with the run as a whole
    (missing source, overlapping folders, archive folder not writable or locked); a problem
    with one file is that file's ``failed`` outcome in the summary.
    """
    options = options or Options()
    from .storage import uses_tasks

    if uses_tasks(paths, out, options.engine):  # Dask or URLs: workers do the I/O
        from .batch_tasks import run as run_tasks

        return run_tasks(paths, out, config, options, listener)  # type: ignore[no-any-return]
    paths, out = [Path(p) for p in paths], Path(out)
    listener = listener or NullListener()
    started = time.perf_counter()
    planned = plan(paths, out, options)
    check_output_folder(out, [p for p in paths if not p.is_dir()])
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"cannot create {out}: {e.strerror or e}",
                          "check the path and its permissions") from None
    summary = Summary(out, engine=options.engine, jobs=options.workers,
                      files=len(planned), size=sum(s.size for s in planned))
    with _locked(out):
        _sweep_temporaries(out)
        engine = _engine(options)
        try:
            _run(planned, out, config, options, engine, listener, summary)
        finally:
            engine.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _run(planned: list[Source], out: Path, config: Config, options: Options, engine: Engine,
         listener: Listener, summary: Summary) -> None:
    archivable = [(i, str(s.read_path)) for i, s in enumerate(planned) if not (s.skip or s.error)]
    count_templates = config.boilerplate and templates_available()

    # Pass 1: hash every source and count template-line candidates.
    listener.phase("scan", len(archivable), sum(planned[i].size for i, _ in archivable))
    scans: dict[int, Scan] = {}
    counts: Counter[str] = Counter()
    documents = 0
    for i, scan in engine.scan(archivable, config, count_templates):
        if not scan.binary and not scan.error:
            documents += 1
            counts.update(scan.keys)
        scans[i] = Scan(scan.sha256, scan.size, scan.binary, error=scan.error)  # keys dropped
        listener.advance(1, planned[i].size)
    templates = (select_templates(counts, documents, config) if count_templates
                 else frozenset())
    summary.templates = len(templates)

    ctx = Context(config, templates, options.archived or arc.timestamp(), str(out),
                  mf.config_fingerprint(config), mf.templates_fingerprint(templates))
    manifest_path = out / mf.NAME
    previous = mf.load(manifest_path) if options.resume else {}
    entries: dict[int, mf.Entry] = {}

    # Pass 2: archive what is not already current. A source is known to the manifest by its
    # path relative to its source folder (its output's path), however the folder was typed;
    # one that lost its output path to another keeps its typed path, so both are listed.
    owned = {src.rel for src in planned if not src.error}
    with mf.Writer(manifest_path, fresh=not options.resume) as writer:
        tasks: list[Task] = []
        early: list[tuple[int, mf.Entry, str]] = []
        for i, src in enumerate(planned):
            found = scans.get(i)
            key = str(src.path) if src.error and src.rel in owned else str(src.rel)
            if src.skip or src.error:
                status = "skipped" if src.skip else "failed"
                early.append((i, mf.Entry(path=key, outcome=status, size=src.size,
                                          config=ctx.fingerprint,
                                          templates=ctx.templates_fingerprint,
                                          message=src.skip or src.error), status))
            elif found is not None and (found.error or found.binary):
                status = "failed" if found.error else "skipped"
                early.append((i, mf.Entry(path=key, outcome=status,
                                          sha256=found.sha256 or None, size=src.size,
                                          config=ctx.fingerprint,
                                          templates=ctx.templates_fingerprint,
                                          message=found.error or BINARY), status))
            elif found is not None and mf.reusable(previous.get(key), found.sha256,
                                                  ctx.fingerprint, ctx.templates_fingerprint,
                                                  out):
                early.append((i, previous[key], "up-to-date"))
            else:
                tasks.append(Task(i, key, str(src.read_path), str(src.rel)))
        listener.phase("archive", len(planned), summary.size)
        for i, entry, status in early:
            entries[i] = entry
            if status != "up-to-date":
                writer.append(entry)
            _report(planned[i], entry, status, out, listener, summary)
        for i, entry in engine.archive(tasks, ctx):
            entries[i] = entry
            writer.append(entry)
            _report(planned[i], entry, entry.outcome, out, listener, summary)
    mf.rewrite(manifest_path, (entries[i] for i in sorted(entries)))


def _report(src: Source, entry: mf.Entry, status: str, out: Path, listener: Listener,
            summary: Summary) -> None:
    report_outcome(summary, listener, src.path, str(src.path), src.size, entry, status,
                   out.joinpath(*entry.output.split("/")) if entry.output else None)


def report_outcome(summary: Summary, listener: Listener, source: Any, name: str, size: int,
                   entry: mf.Entry, status: str, output: Any) -> None:
    """Count one source's outcome in ``summary`` and tell ``listener`` (both engines' runs);
    ``source`` and ``output`` are what the listener shows (a path or a URL), ``name`` what the
    summary's problems list."""
    summary.outcomes[status] += 1
    done = status in ("archived", "up-to-date")
    if done:
        summary.findings.update(entry.findings)
    else:
        summary.problems.append((name, status, entry.message))
    n = sum(entry.findings.values()) if done else 0
    listener.done(Outcome(source, status, output, entry.message, n, size))
    listener.advance(1, size, n)
