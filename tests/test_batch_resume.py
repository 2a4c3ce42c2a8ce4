"""A run killed with SIGKILL part-way, then rerun with ``--resume``, completes with no partial or
corrupt output, no temporary file left, and the sources' sha256 unchanged.

The first run is a real ``python -m textfix archive --jobs 2`` in its own process group; the
whole group (the driver and its workers) is killed as soon as some outputs exist, so workers
may die in the middle of a write.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import textfix
from textfix import batch, manifest
from textfix.archive import parse

from .test_batch import make_corpus

FILES = 160


def digests(root: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def outputs(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if p.is_file() and not p.name.startswith(".")
            and p.name != manifest.NAME]


def test_sigkill_then_resume(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    texts = make_corpus(src, FILES, seed=11, binary=3)
    before = digests(src)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    command = [sys.executable, "-m", "textfix", "archive", str(src), "-o", str(out),
               "--jobs", "2"]

    proc = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    try:
        while len(outputs(out)) < 20 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    done = outputs(out)
    assert 20 <= len(done) < FILES, len(done)
    # what the killed run left is whole: every output parses, the manifest lines that parse
    # describe outputs that exist
    for p in done:
        parse(p.read_bytes().decode("utf-8"))
    for entry in manifest.load(out / manifest.NAME).values():
        if entry.outcome == "archived":
            assert entry.output is not None and (out / entry.output).exists()
    kept = {p: p.stat().st_mtime_ns for p in done}

    resumed = subprocess.run([*command, "--resume", "--json"], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=300, check=False)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    report = json.loads(resumed.stdout)
    assert report["outcomes"]["failed"] == 0 and report["outcomes"]["skipped"] == 3
    assert report["outcomes"]["archived"] + report["outcomes"]["up-to-date"] == FILES
    assert report["outcomes"]["up-to-date"] > 0

    assert not list(out.rglob(f"*{batch.TMP_SUFFIX}"))       # no temporary file left
    assert digests(src) == before                            # sources untouched
    unchanged = sum(1 for p, t in kept.items() if p.stat().st_mtime_ns == t)
    assert unchanged >= report["outcomes"]["up-to-date"] > 0  # up-to-date outputs not rewritten

    template_lines: frozenset[str] = frozenset()
    if batch.templates_available():
        from textfix import templates

        template_lines = templates.scan(sorted(p for p in src.rglob("*") if p.is_file()))
    assert sorted(outputs(out)) == sorted(out / p.relative_to(src) for p in texts)
    for p in texts:
        data = p.read_bytes()
        header, body = parse((out / p.relative_to(src)).read_bytes().decode("utf-8"))
        assert header["source"]["sha256"] == hashlib.sha256(data).hexdigest()
        assert body == textfix.repair(data, templates=template_lines).text, p
    entries = manifest.load(out / manifest.NAME)
    assert len((out / manifest.NAME).read_text().splitlines()) == len(entries) == FILES + 3
