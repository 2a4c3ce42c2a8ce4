"""Where a ``textfix archive --engine dask`` run spends its time: phases, CPU and idle workers.

    .venv/bin/python bench/dask_phases.py SRC --jobs 1 2          # SRC: a folder to archive
    .venv/bin/python bench/dask_phases.py --files 5000 --jobs 1 2  # a generated corpus

Each run is the real command in a fresh process (as ``bench/bench_archive.py`` runs it), with
the engine's phase boundaries timed from the outside: the process's start (interpreter and
CLI imports), listing the sources, starting the cluster, the template pass, the archive pass,
merging the manifest parts and closing the cluster. For each phase it prints the wall time,
the driver's CPU and the workers' CPU; for each pass and worker, the time the worker computed
and the time it waited (before its first task, between tasks, after its last), and its first
three tasks' durations (on a large corpus the first tasks hold 64 sources each, so a first
task longer than the next is the worker's warm-up). At the end: the driver's CPU by thread
(the main thread; the event loop that runs the scheduler, the nannies and the client).

Wall times follow the machine's load (other work takes the cores); CPU times much less so,
which is why they are printed: on a two-core machine every CPU second of the driver during a
pass is taken from the two workers, and work every worker repeats (warm-up) is work the
one-worker run pays once. The load average is printed with every run.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


# --- in the child: the command, with its phases timed -----------------------------------------


def _child(report: str, argv: list[str]) -> None:
    t0 = float(os.environ["DASK_PHASES_T0"])
    marks: list[tuple[str, float, float]] = []
    workers: list[tuple[str, float, dict[str, float]]] = []
    state: dict[str, Any] = {}

    def mark(name: str) -> None:
        marks.append((name, time.time() - t0, time.process_time()))

    mark("interpreter")
    import textfix.cli as cli
    from textfix import batch_dask, batch_tasks

    mark("CLI imported")

    def worker_cpu(name: str) -> None:
        client = state.get("client")
        if client is not None:
            workers.append((name, time.time() - t0,
                            client.run(lambda: sum(os.times()[:2]))))

    def timed(owner: Any, attr: str, before: str, after: str, wcpu: bool = False) -> None:
        fn = getattr(owner, attr)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if wcpu:
                worker_cpu(before)
            mark(before)
            result = fn(*args, **kwargs)
            mark(after)
            if wcpu:
                worker_cpu(after)
            return result

        setattr(owner, attr, wrapper)

    timed(batch_tasks, "plan", "listing", "listed")
    runner = batch_tasks._runner

    def start(*args: Any, **kwargs: Any) -> Any:
        mark("cluster starting")
        result = runner(*args, **kwargs)
        mark("cluster started")
        state["client"] = result.client
        result.client.get_task_stream(start=0)  # installs the scheduler's task-stream plugin
        worker_cpu("cluster started")
        return result

    batch_tasks._runner = start
    timed(batch_dask.DaskRunner, "template_lines", "template pass", "template pass done", True)
    mapped = batch_dask.DaskRunner.map

    def map_(self: Any, fn: Any, tasks: Any, shared: Any) -> Any:
        n = state["maps"] = state.get("maps", 0) + 1
        name = "archive pass" if n == 1 else "retries"
        mark(name)
        yield from mapped(self, fn, tasks, shared)
        mark(f"{name} done")
        worker_cpu(f"{name} done")

    batch_dask.DaskRunner.map = map_  # type: ignore[method-assign]
    merge = batch_tasks.merge_parts

    def merge_parts(*args: Any, **kwargs: Any) -> Any:
        mark("merging parts")
        result = merge(*args, **kwargs)
        mark("parts merged")
        client = state.get("client")
        state["stream"] = client.get_task_stream(start=0) if client else []
        state["threads"] = _thread_cpu()
        return result

    batch_tasks.merge_parts = merge_parts
    timed(batch_dask.DaskRunner, "close", "closing", "closed")
    sys.argv = ["textfix", *argv]
    try:
        cli.main()
    except SystemExit:
        pass
    mark("exit")
    stream = [{"key": str(r["key"]), "worker": r["worker"],
               "compute": [(s["start"] - t0, s["stop"] - t0) for s in r["startstops"]
                           if s["action"] == "compute"]} for r in state.get("stream", [])]
    Path(report).write_text(json.dumps({"marks": marks, "workers": workers, "stream": stream,
                                        "threads": state.get("threads", {})}))


def _thread_cpu() -> dict[str, float]:
    """CPU seconds of this process's threads, by Python thread name (Linux only)."""
    import threading

    names = {t.native_id: t.name for t in threading.enumerate()}
    tick = os.sysconf("SC_CLK_TCK")
    out: dict[str, float] = {}
    try:
        for tid in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{tid}/stat", encoding="ascii") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            out[names.get(int(tid), "other")] = (out.get(names.get(int(tid), "other"), 0)
                                                 + (int(fields[11]) + int(fields[12])) / tick)
    except OSError:
        pass
    return out


# --- in the parent: runs and the report -------------------------------------------------------


def run(src: Path, jobs: int, out: Path, report: Path) -> str:
    """One run; what :func:`show` prints of it."""
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", DASK_PHASES_T0=repr(time.time()))
    load = os.getloadavg()[0]
    subprocess.run([sys.executable, __file__, "--child", str(report), "archive", str(src), "-o",
                    str(out), "--jobs", str(jobs), "--engine", "dask"], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return show(json.loads(report.read_text()), jobs, load, os.getloadavg()[0])


def show(d: dict[str, Any], jobs: int, load: float, load_after: float) -> str:
    lines = [f"--jobs {jobs}  (load average {load:.2f} before, {load_after:.2f} after)",
             f"  {'phase':<40} {'wall s':>7} {'driver CPU':>10}"]
    prev = ("start", 0.0, 0.0)
    for name, wall, cpu in d["marks"]:
        if wall - prev[1] >= 0.005 or cpu - prev[2] >= 0.005:
            lines.append(f"  {prev[0] + ' .. ' + name:<40} {wall - prev[1]:7.2f} "
                         f"{cpu - prev[2]:10.2f}")
        prev = (name, wall, cpu)
    lines.append(f"  {'total':<40} {prev[1]:7.2f} {prev[2]:10.2f}")
    w = d["workers"]
    if w:
        lines.append("  workers' CPU at start: "
                     + " ".join(f"{v:.2f}" for v in w[0][2].values()))
    for (a, ta, ca), (b, tb, cb) in zip(w, w[1:], strict=False):
        if tb - ta > 0.05:
            cpu = [cb[k] - ca[k] for k in cb if k in ca]
            lines.append(f"  workers' CPU, {a} .. {b}: " + " + ".join(f"{c:.2f}" for c in cpu)
                         + f" = {sum(cpu):.2f} s in {tb - ta:.2f} s")
    marks = {name: wall for name, wall, _ in d["marks"]}
    passes = (("template pass", ("count_task", "merge_counts", "pick_templates")),
              ("archive pass", ("archive_task",)))
    for phase, keys in passes:
        if phase not in marks:
            continue
        t0, t1 = marks[phase], marks[f"{phase} done"]
        lines.append(f"  {phase} ({t1 - t0:.2f} s): per worker, computing and waiting")
        for worker in sorted({r["worker"] for r in d["stream"]}):
            spans = sorted(c for r in d["stream"] if r["worker"] == worker
                           and r["key"].startswith(keys) for c in r["compute"])
            if not spans:
                continue
            busy = sum(e - s for s, e in spans)
            gaps = sum(b[0] - a[1] for a, b in zip(spans, spans[1:], strict=False))
            first = ", ".join(f"{e - s:.2f}" for s, e in spans[:3])
            lines.append(f"    {worker}: {len(spans)} tasks, computing {busy:.2f} s, waiting "
                         f"{spans[0][0] - t0:.2f} before + {gaps:.2f} between + "
                         f"{t1 - spans[-1][1]:.2f} after; first tasks {first} s")
    if d["threads"]:
        lines.append("  driver CPU by thread: " + ", ".join(
            f"{name} {cpu:.2f}" for name, cpu in sorted(d["threads"].items()) if cpu >= 0.01))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        _child(argv[1], argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("src", nargs="?", type=Path, help="folder to archive (default: generate)")
    parser.add_argument("--files", type=int, default=5000, help="pages to generate, without SRC")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1, help="runs per job count, interleaved")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="textfix-phases-") as tmp:
        src = args.src
        if src is None:
            sys.path.insert(0, str(ROOT / "bench"))
            from bench_archive import make_corpus

            src = Path(tmp) / "src"
            make_corpus(src, args.files)
        for r in range(args.repeat):
            for jobs in args.jobs:
                out = Path(tmp) / f"out-{jobs}-{r}"
                print(run(src, jobs, out, Path(tmp) / "report.json"), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
