"""Issue 6's acceptance check: 2,000 generated files (mixed encodings and damage, nested
folders, a few binary files among them) archived by ``textfix archive --jobs 2`` give 2,000
outputs, each with a parseable header and a body equal to ``textfix.repair`` of its source
with the batch's template lines, and a complete manifest; the sources are untouched.

The template lines are computed here independently, with :mod:`textfix.templates`' own
per-file counters (:func:`~textfix.templates.count_file`), so the check also proves that the
batch's scan pass agrees with it.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import textfix
from textfix import batch, manifest
from textfix.archive import parse

from .test_batch import cli, make_corpus, tree

FILES = 2000
ARCHIVED = "2023-11-14T22:13:20Z"  # SOURCE_DATE_EPOCH=1700000000, as cli() sets it


def reference_templates(paths: list[Path], pool: ProcessPoolExecutor) -> frozenset[str]:
    """The batch's template lines by :mod:`textfix.templates` alone, file by file."""
    if not batch.templates_available():
        return frozenset()
    from textfix import templates

    total = templates.TemplateCounter()
    for counter in pool.map(templates.count_file, paths, chunksize=50):
        total.update(counter)
    config = textfix.Config()
    return total.templates(config.template_min_docs, config.template_min_share)


def verify(item: tuple[Path, Path, str, frozenset[str]]) -> list[str]:
    """Problems with one output (empty when it is right)."""
    source, output, shown_path, template_lines = item
    data = source.read_bytes()
    header, body = parse(output.read_bytes().decode("utf-8"))  # no newline translation
    problems = []
    if header["source"] != {"path": shown_path, "sha256": hashlib.sha256(data).hexdigest(),
                            "size": len(data), "encoding": header["source"]["encoding"]}:
        problems.append(f"{output}: wrong source record {header['source']}")
    if header["archived"] != ARCHIVED:
        problems.append(f"{output}: archived {header['archived']}")
    expected = textfix.repair(data, templates=template_lines)
    if body != expected.text:
        problems.append(f"{output}: body differs from textfix.repair")
    if header["source"]["encoding"] != expected.encoding:
        problems.append(f"{output}: encoding {header['source']['encoding']}")
    for removed in header["removed"]:
        if removed["code"] == "B120" and removed["text"].strip() not in template_lines:
            problems.append(f"{output}: B120 line {removed['text']!r} is no template line")
    return problems


def test_two_thousand_files(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    texts = make_corpus(src, FILES, seed=6, binary=12)
    everything = sorted(p for p in src.rglob("*") if p.is_file())
    before = tree(src)

    proc = cli("archive", str(src), "-o", str(out), "--jobs", "2", "--json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    assert report["outcomes"] == {"archived": FILES, "up-to-date": 0, "skipped": 12,
                                  "failed": 0}

    # 2,000 outputs, at the sources' mirrored paths, and nothing else but the manifest
    rel = {str(p.relative_to(src)) for p in texts}
    written = {str(p.relative_to(out)) for p in out.rglob("*")
               if p.is_file() and not p.name.startswith(".")}
    assert written == rel | {manifest.NAME}

    # every output: a parseable header, the right source record, the body textfix.repair gives
    with ProcessPoolExecutor(2) as pool:
        template_lines = reference_templates(everything, pool)
        items = [(p, out / p.relative_to(src), p.relative_to(src).as_posix(), template_lines)
                 for p in texts]
        problems = [msg for found in pool.map(verify, items, chunksize=50) for msg in found]
    assert problems == []

    # a complete manifest: one line per source, each matching its source and its output
    lines = (out / manifest.NAME).read_text(encoding="utf-8").splitlines()
    entries = [manifest.Entry.from_dict(json.loads(line)) for line in lines]
    assert sorted(e.path for e in entries) == sorted(p.relative_to(src).as_posix()
                                                     for p in everything)
    findings: Counter[str] = Counter()
    for e in entries:
        data = (src / e.path).read_bytes()
        assert (e.sha256, e.size) == (hashlib.sha256(data).hexdigest(), len(data))
        if e.outcome == "skipped":
            assert e.output is None and "binary" in e.message
            continue
        assert e.outcome == "archived" and e.output == e.path
        document = (out / e.output).read_bytes()
        assert e.output_sha256 == hashlib.sha256(document).hexdigest()
        header, _ = parse(document.decode("utf-8"))
        assert e.encoding == header["source"]["encoding"]
        per_code: Counter[str] = Counter()
        for f in header["findings"]:
            per_code[f["code"]] += f["count"]
        assert e.findings == dict(per_code)
        findings.update(per_code)
    assert report["findings"] == dict(sorted(findings.items()))

    # the corpus really is mixed, and the folder pass removed template lines
    encodings = Counter(e.encoding for e in entries if e.outcome == "archived")
    assert {"utf-8", "cp1251", "shift_jis", "euc_kr", "big5"} <= set(encodings)
    assert {"D101", "D102", "M101", "S101", "W101", "B101"} <= set(findings)
    if template_lines:
        assert report["template_lines"] == len(template_lines)
        assert findings["B120"] > FILES // 4

    assert tree(src) == before  # the sources are untouched
