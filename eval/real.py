#!/usr/bin/env python3
"""Score textfix on the real-text corpus, beside ftfy (its defaults) and doing nothing.

The corpus (``../shared/real`` from the project root; its README describes it) is third-party
text kept beside the project for measurement: this script reads it in place and copies none of
it anywhere. Three parts, each a folder with ``labels.jsonl`` and ``inputs/``:

- ``pages``: Chinese pages with pinyin spin, CJK mojibake and chrome;
- ``snippets``: short garbled texts with the reading their authors expected, and guards;
- ``chrome``: pages with chrome labelled line by line, and guard pages with none.

Every record is repaired from its bytes, as a user's file would be. The figures, per part and
per group (all, each damage kind, each language):

- ``exact``: outputs equal to ``expected``, where the record has one. A page's ``expected``
  keeps its chrome lines (line for line with the input), so pages are compared with
  boilerplate removal off; snippets with the default configuration.
- ``cer``: mean character error rate (edit distance / length of ``expected``) over those.
- ``chrome_left``: labelled chrome lines still in the output, split into ``head`` (before the
  first body line), ``tail`` (after the last) and ``mid``; ``credits_left``: inline credits
  (trailing chrome glued to a body line) still in the output.
- ``body_lost``: non-chrome, non-blank lines removed; ``probes_lost``: body probes missing from
  the output (compared with punctuation width folded on both sides, so a probe survives a
  punctuation restoration); ``guards_changed``: guard texts not returned byte-identical.
- ``spin_left``: tone-marked pinyin annotations still after a Han character; ``orphans_left``:
  annotations still standing without a Han host (``?shù)``, ``,F(xiàn)``), on spun pages.
- ``mixed`` (textfix only): places where the width stage left a restored fullwidth mark
  beside an ASCII mark, or an ASCII separator between CJK letters in a sentence it restored
  (``tests/test_width_consistency.py``'s check; the restored marks are those a run without
  the width stage does not have).
- ``errors``: exceptions.

ftfy and "nothing" remove no lines, so their chrome figures are all the chrome there is.

    python eval/real.py                      # tables on the terminal
    python eval/real.py --json               # one JSON object with the same figures
    python eval/real.py --part snippets --kind lossy --worst 5
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "real"
PARTS = ("pages", "snippets", "chrome")
SYSTEMS = ("textfix", "ftfy", "nothing")

#: Damage kinds derived from the labels: ``lossless`` is mojibake with nothing lost,
#: ``spin-dense`` spin that is not sparse.
MOJIBAKE_KINDS = frozenset({"cjk-mojibake", "western-mojibake", "cyrillic-mojibake",
                            "other-mojibake"})

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = f"[a-zü]*[{_TONED}][a-zü{_TONED}]*"
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: A tone-marked annotation after a Han character: 產(chǎn), 業（yè）.
SPIN = re.compile(f"[{_HAN}][(（]{_SYLLABLE}[)）]")
#: An annotation without its host: ?shù) after a lost character, or (xiàn) after a non-Han one.
ORPHAN = re.compile(f"[?？\ufffd]{_SYLLABLE}[)）]|(?<![{_HAN}])[(（]{_SYLLABLE}[)）]")


@dataclass
class Record:
    part: str
    id: str
    lang: str
    kinds: tuple[str, ...]
    path: str
    expected: str | None
    guard: bool
    chrome_lines: tuple[int, ...] = ()
    credits: tuple[str, ...] = ()
    probes: tuple[str, ...] = ()


@dataclass
class Score:
    """One system's figures on one record."""

    exact: int | None = None  # None: the record has no expected text
    cer: float | None = None
    chrome: dict[str, int] = field(default_factory=lambda: {"head": 0, "mid": 0, "tail": 0})
    chrome_left: dict[str, int] = field(default_factory=lambda: {"head": 0, "mid": 0, "tail": 0})
    credits: int = 0
    credits_left: int = 0
    body: int = 0
    body_lost: int = 0
    probes: int = 0
    probes_lost: int = 0
    guard: bool = False
    guard_changed: int = 0
    spin_left: int = 0
    orphans_left: int = 0
    mixed: int = 0
    error: str | None = None
    output: str = ""


def load(corpus: Path, parts: Iterable[str]) -> list[Record]:
    records = []
    for part in parts:
        labels = corpus / part / "labels.jsonl"
        for line in labels.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            kinds = list(r["damage"])
            if MOJIBAKE_KINDS & set(kinds) and "lossy" not in kinds:
                kinds.append("lossless")
            if "pinyin-spin" in kinds and "pinyin-spin-sparse" not in kinds:
                kinds.append("spin-dense")
            records.append(Record(
                part=part, id=r["id"], lang=r["lang"], kinds=tuple(kinds),
                path=str(corpus / part / r["input"]), expected=r.get("expected"),
                guard=bool(r.get("guard")),
                chrome_lines=tuple(r.get("chrome_lines") or ()),
                credits=tuple(c["text"] for c in r.get("inline_credits") or ()),
                probes=tuple(r.get("probes") or ()),
            ))
    return records


def fold(text: str) -> str:
    """Width-folded form for probe checks: NFKC (``，`` → ``,``), nothing else."""
    return unicodedata.normalize("NFKC", text)


def cer(output: str, expected: str) -> float:
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(output, expected) / max(1, len(expected))


# --- the systems -------------------------------------------------------------------------------

def _textfix(data: bytes, keep_chrome: bool) -> tuple[str, set[int]]:
    """textfix's output and the source lines (1-based) it removed whole."""
    import textfix

    config = textfix.Config(boilerplate=False) if keep_chrome else None
    result = textfix.repair(data, config)
    lines = result.source_text.split("\n")
    gone = {r.line for r in result.removed
            if 0 < r.line <= len(lines) and r.source.strip() == lines[r.line - 1].strip()}
    return result.text, gone


def _ftfy(data: bytes, keep_chrome: bool) -> tuple[str, set[int]]:
    import ftfy

    return ftfy.fix_text(data.decode("utf-8")), set()


def _nothing(data: bytes, keep_chrome: bool) -> tuple[str, set[int]]:
    return data.decode("utf-8"), set()


RUNNERS: dict[str, Callable[[bytes, bool], tuple[str, set[int]]]] = {
    "textfix": _textfix, "ftfy": _ftfy, "nothing": _nothing,
}


def score(record: Record, system: str) -> Score:
    data = Path(record.path).read_bytes()
    source = data.decode("utf-8")
    s = Score(guard=record.guard)
    run = RUNNERS[system]
    try:
        output, gone = run(data, False)
        s.output = output
        if record.expected is not None and not record.guard:
            compared = output if record.part != "pages" else run(data, True)[0]
            s.exact = int(compared == record.expected)
            s.cer = cer(compared, record.expected)
    except Exception as exc:  # noqa: BLE001 - a crash is a figure, not the end of the run
        s.error = f"{type(exc).__name__}: {exc}"
        return s
    if record.guard:
        s.guard_changed = int(output != source)
    lines = source.split("\n")
    chrome = set(record.chrome_lines)
    body = [n for n, text in enumerate(lines, 1) if text.strip() and n not in chrome]
    first, last = (body[0], body[-1]) if body else (0, 0)
    for n in chrome:
        where = "head" if n < first else "tail" if n > last else "mid"
        s.chrome[where] += 1
        s.chrome_left[where] += n not in gone
    s.body, s.body_lost = len(body), sum(n in gone for n in body)
    folded = fold(output)
    s.credits = len(record.credits)
    s.credits_left = sum(fold(c.strip()) in folded for c in record.credits)
    s.probes = len(record.probes)
    s.probes_lost = sum(fold(p) not in folded for p in record.probes)
    if system == "textfix":
        s.mixed = _mixed(data, output)
    if "pinyin-spin" in record.kinds:
        s.spin_left = len(SPIN.findall(output))
        s.orphans_left = len(ORPHAN.findall(output))
    return s


def _mixed(data: bytes, output: str) -> int:
    """The width stage's mixed places in ``output`` (see the module doc)."""
    import difflib

    import textfix

    if not any(ch in "，；：！？（）" for ch in output):
        return 0
    base = textfix.repair(data, textfix.Config(width=False)).text
    if base == output:
        return 0
    if str(ROOT / "tests") not in sys.path:
        sys.path.insert(0, str(ROOT / "tests"))
    from test_width_consistency import mixed_at

    restored: set[int] = set()
    for tag, _i1, _i2, j1, j2 in difflib.SequenceMatcher(None, base, output,
                                                          autojunk=False).get_opcodes():
        if tag != "equal":
            restored.update(range(j1, j2))
    return len(mixed_at(output, restored))


def _score_all(record: Record) -> dict[str, Score]:
    return {system: score(record, system) for system in SYSTEMS}


# --- totals ------------------------------------------------------------------------------------

def groups(record: Record) -> list[str]:
    return ["all", *(f"kind:{k}" for k in record.kinds), f"lang:{record.lang}"]


def total(scores: list[Score]) -> dict[str, Any]:
    """The figures of a group of records for one system."""
    with_expected = [s for s in scores if s.exact is not None]
    t: dict[str, Any] = {
        "records": len(scores),
        "expected": len(with_expected),
        "exact": sum(s.exact or 0 for s in with_expected),
        "cer": (round(sum(s.cer or 0.0 for s in with_expected) / len(with_expected), 4)
                if with_expected else None),
    }
    for where in ("head", "mid", "tail"):
        t[f"chrome_{where}"] = sum(s.chrome[where] for s in scores)
        t[f"chrome_{where}_left"] = sum(s.chrome_left[where] for s in scores)
    t["chrome"] = t["chrome_head"] + t["chrome_mid"] + t["chrome_tail"]
    t["chrome_left"] = t["chrome_head_left"] + t["chrome_mid_left"] + t["chrome_tail_left"]
    for key in ("credits", "credits_left", "body", "body_lost", "probes", "probes_lost",
                "guard_changed", "spin_left", "orphans_left", "mixed"):
        t[key] = sum(getattr(s, key) for s in scores)
    t["guards"] = sum(s.guard for s in scores)
    t["errors"] = sum(s.error is not None for s in scores)
    return t


def evaluate(corpus: Path = DEFAULT_CORPUS, parts: Iterable[str] = PARTS, kind: str | None = None,
             jobs: int | None = None) -> dict[str, Any]:
    """Score every record of ``parts`` (those with damage ``kind``, if given).

    Returns ``{"corpus", "commit", "parts": {part: {group: {system: figures}}},
    "records": [{part, id, lang, kinds, system: {figures, output}}]}``.
    """
    records = [r for r in load(corpus, parts) if kind is None or kind in r.kinds]
    jobs = jobs or min(2, os.cpu_count() or 1)
    if jobs > 1 and len(records) > 8:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(_score_all, records, chunksize=4))
    else:
        results = [_score_all(r) for r in records]
    by_group: dict[str, dict[str, dict[str, list[Score]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list)))
    for record, scored in zip(records, results):
        for group in groups(record):
            for system, s in scored.items():
                by_group[record.part][group][system].append(s)
    report: dict[str, Any] = {"corpus": str(corpus), "commit": _commit(), "parts": {}}
    for part in PARTS:
        if part not in by_group:
            continue
        report["parts"][part] = {
            group: {system: total(scores) for system, scores in systems.items()}
            for group, systems in sorted(by_group[part].items(), key=_group_order)
        }
    report["records"] = [
        {"part": r.part, "id": r.id, "lang": r.lang, "kinds": list(r.kinds),
         **{system: {k: v for k, v in asdict(s).items()} for system, s in scored.items()}}
        for r, scored in zip(records, results)
    ]
    return report


def _group_order(item: tuple[str, Any]) -> tuple[int, str]:
    name = item[0]
    return (0 if name == "all" else 1 if name.startswith("kind:") else 2, name)


def _commit() -> str:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                             capture_output=True, text=True, timeout=10)
        return out.stdout.strip() or "unknown"
    except (OSError, subprocess.SubprocessError):
        return "unknown"


# --- presentation ------------------------------------------------------------------------------

def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole}" if whole else "-"


def render(report: dict[str, Any]) -> str:
    out = [f"real-text corpus {report['corpus']} at commit {report['commit']}"]
    for part, table in report["parts"].items():
        out.append("")
        out.append(f"== {part}")
        head = (f"{'group':<26}{'n':>4}  {'exact tf/ftfy/none':>20}  {'cer tf/ftfy/none':>20}  "
                f"{'chrome left h/m/t':>20}  {'cred':>5}  {'body':>6}  {'probes':>7}  "
                f"{'guards tf/ftfy':>14}  {'spin':>5}  {'orph':>5}  {'mixed':>5}  {'err':>3}")
        out.append(head)
        for group, systems in table.items():
            tf, ff, no = systems["textfix"], systems["ftfy"], systems["nothing"]
            exact = (f"{tf['exact']}/{ff['exact']}/{no['exact']} of {tf['expected']}"
                     if tf["expected"] else "-")
            cers = (f"{tf['cer']:.3f}/{ff['cer']:.3f}/{no['cer']:.3f}"
                    if tf["expected"] else "-")
            chrome = (f"{tf['chrome_head_left']}/{tf['chrome_head']} "
                      f"{tf['chrome_mid_left']}/{tf['chrome_mid']} "
                      f"{tf['chrome_tail_left']}/{tf['chrome_tail']}" if tf["chrome"] else "-")
            guards = (f"{tf['guard_changed']}/{ff['guard_changed']} of {tf['guards']}"
                      if tf["guards"] else "-")
            spin = f"{tf['spin_left']}" if "pinyin" in group or group == "all" else ""
            out.append(
                f"{group:<26}{tf['records']:>4}  {exact:>20}  {cers:>20}  {chrome:>20}  "
                f"{_ratio(tf['credits_left'], tf['credits']):>5}  "
                f"{_ratio(tf['body_lost'], tf['body']):>6}  "
                f"{_ratio(tf['probes_lost'], tf['probes']):>7}  {guards:>14}  "
                f"{spin:>5}  {tf['orphans_left'] if spin else '':>5}  {tf['mixed']:>5}  "
                f"{tf['errors']:>3}")
    out.append("")
    out.append("chrome left h/m/t: labelled chrome lines left / labelled, at the head, middle and "
               "tail; cred: inline credits left; body: body lines removed; probes: body probes "
               "lost; spin/orph: annotations left on spun pages; mixed: fullwidth and ASCII "
               "marks mixed by the width stage (textfix). Left-hand figures are "
               "textfix's.")
    return "\n".join(out)


def render_markdown(report: dict[str, Any]) -> str:
    """README's tables: the headline figures per part for textfix, ftfy and doing nothing, then
    chrome per language."""
    parts = report["parts"]
    rows: list[tuple[str, str, Callable[[dict[str, Any]], str]]] = []

    def exact(part: str, group: str, label: str) -> None:
        t = parts.get(part, {}).get(group)
        if t and t["textfix"]["expected"]:
            n = t["textfix"]["expected"]
            rows.append((part, f"{label}: exact (of {n})",
                         lambda s, g=group, p=part: str(parts[p][g][s]["exact"])))
            rows.append((part, f"{label}: mean character error rate",
                         lambda s, g=group, p=part: f"{parts[p][g][s]['cer']:.3f}"))

    def plain(part: str, key: str, label: str, whole: str | None = None,
              textfix_only: bool = False) -> None:
        t = parts.get(part, {}).get("all")
        if t:
            of = f" (of {t['textfix'][whole]})" if whole else ""
            rows.append((part, label + of, lambda s, p=part: (
                "-" if textfix_only and s != "textfix" else str(parts[p]["all"][s][key]))))

    exact("pages", "kind:pinyin-spin", "spun pages")
    plain("pages", "spin_left", "pinyin annotations left")
    plain("pages", "orphans_left", "orphaned annotations left")
    plain("pages", "mixed", "fullwidth and ASCII marks mixed by the width stage",
          textfix_only=True)
    plain("pages", "chrome_left", "chrome lines left", "chrome")
    plain("pages", "probes_lost", "body probes lost", "probes")
    exact("snippets", "all", "all snippets")
    for kind in ("lossless", "lossy", "double", "cjk-mojibake", "western-mojibake",
                 "cyrillic-mojibake", "other-mojibake"):
        exact("snippets", f"kind:{kind}", kind)
    plain("snippets", "guard_changed", "guard texts changed", "guards")
    for where in ("head", "mid", "tail"):
        plain("chrome", f"chrome_{where}_left", f"chrome lines left, {where}",
              f"chrome_{where}")
    plain("chrome", "credits_left", "inline credits left", "credits")
    plain("chrome", "body_lost", "body lines lost", "body")
    plain("chrome", "probes_lost", "body probes lost", "probes")
    plain("chrome", "guard_changed", "guard pages changed", "guards")
    out = ["| part | figure | textfix | ftfy | nothing |", "|---|---|---:|---:|---:|"]
    out += [f"| {part} | {label} | {get('textfix')} | {get('ftfy')} | {get('nothing')} |"
            for part, label, get in rows]
    chrome = parts.get("chrome", {})
    langs = [g for g in chrome if g.startswith("lang:")]
    if langs:
        out += ["", "| language | pages | chrome left, head | middle | tail | body lines lost "
                "| guard pages changed |", "|---|---:|---:|---:|---:|---:|---:|"]
        for g in langs:
            t = chrome[g]["textfix"]
            cells = [f"{t[f'chrome_{w}_left']}/{t[f'chrome_{w}']}" if t[f"chrome_{w}"] else "-"
                     for w in ("head", "mid", "tail")]
            out.append(f"| {g[5:]} | {t['records']} | {' | '.join(cells)} | {t['body_lost']} "
                       f"| {t['guard_changed']}/{t['guards']} |")
    return "\n".join(out)


def badness(rec: dict[str, Any]) -> float:
    s = rec["textfix"]
    bad = 0.0
    if s["error"]:
        bad += 10
    bad += 5 * s["guard_changed"] + 3 * s["probes_lost"] + 3 * s["body_lost"]
    if s["cer"] is not None:
        bad += s["cer"] * 2
    total_chrome = sum(s["chrome"].values())
    if total_chrome:
        bad += sum(s["chrome_left"].values()) / total_chrome
    bad += 0.2 * (s["spin_left"] + s["orphans_left"]) + s["credits_left"]
    return bad


def render_worst(report: dict[str, Any], corpus: Path, n: int) -> str:
    labels = {(r.part, r.id): r for r in load(corpus, report["parts"].keys())}
    worst = sorted(report["records"], key=badness, reverse=True)[:n]
    out = []
    for rec in worst:
        r = labels[(rec["part"], rec["id"])]
        s = rec["textfix"]
        out.append(f"\n### {rec['part']}/{rec['id']} ({r.lang}; {', '.join(r.kinds)}) "
                   f"badness {badness(rec):.2f}")
        summary = {k: s[k] for k in ("exact", "cer", "chrome_left", "credits_left", "body_lost",
                                     "probes_lost", "guard_changed", "spin_left", "orphans_left",
                                     "mixed", "error")}
        out.append(json.dumps(summary, ensure_ascii=False))
        out.append("--- input")
        out.append(_clip(Path(r.path).read_text(encoding="utf-8")))
        out.append("--- textfix")
        out.append(_clip(s["output"]))
        if r.expected is not None:
            out.append("--- expected")
            out.append(_clip(r.expected))
    return "\n".join(out)


def _clip(text: str, most: int = 800) -> str:
    return text if len(text) <= most else text[:most] + f"… [{len(text) - most} more]"


# --- the ratchet -------------------------------------------------------------------------------

BASELINE = ROOT / "eval" / "real-baseline.json"

#: Recall figures the ratchet keeps, each ``(part, figure, better)``: a run must not fall below
#: (``higher``) or rise above (``lower``) the value recorded in ``real-baseline.json``.
RATCHET: tuple[tuple[str, str, str], ...] = (
    ("pages", "exact", "higher"),
    ("pages", "chrome_removed", "higher"),
    ("pages", "spin_left", "lower"),
    ("pages", "orphans_left", "lower"),
    ("pages", "mixed", "lower"),
    ("snippets", "mixed", "lower"),
    ("chrome", "mixed", "lower"),
    ("snippets", "exact", "higher"),
    ("chrome", "chrome_head_removed", "higher"),
    ("chrome", "chrome_mid_removed", "higher"),
    ("chrome", "chrome_tail_removed", "higher"),
    ("chrome", "credits_removed", "higher"),
)

#: Precision: the records (``part/id``) on which each of these happens may only ever shrink.
FLOORS = ("guard_changed", "probes_lost", "body_lost", "error")


def figures(report: dict[str, Any]) -> dict[str, Any]:
    """The ratchet's figures and the precision failures of a full-corpus report."""
    recall: dict[str, float] = {}
    for part, name, _ in RATCHET:
        t = report["parts"].get(part, {}).get("all", {}).get("textfix")
        if t is None:
            continue
        derived = {
            "chrome_removed": t["chrome"] - t["chrome_left"],
            "credits_removed": t["credits"] - t["credits_left"],
            **{f"chrome_{w}_removed": t[f"chrome_{w}"] - t[f"chrome_{w}_left"]
               for w in ("head", "mid", "tail")},
        }
        recall[f"{part}.{name}"] = derived.get(name, t.get(name))
    failures: dict[str, list[str]] = {key: [] for key in FLOORS}
    for rec in report["records"]:
        s, name = rec["textfix"], f"{rec['part']}/{rec['id']}"
        for key in FLOORS:
            if s[key]:
                failures[key].append(name)
    return {"commit": report["commit"], "recall": recall, "known_failures": failures}


def compare(report: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """What got worse than ``baseline``: a recall figure below its ratchet, or a precision
    failure on a record not already known to fail that way."""
    now = figures(report)
    problems = []
    for part, name, better in RATCHET:
        key = f"{part}.{name}"
        if key not in now["recall"] or key not in baseline["recall"]:
            continue
        value, floor = now["recall"][key], baseline["recall"][key]
        if (value < floor) if better == "higher" else (value > floor):
            problems.append(f"{key} is {value}, the ratchet says {better} or equal to {floor}")
    for key in FLOORS:
        known = set(baseline["known_failures"].get(key, ()))
        for name in now["known_failures"][key]:
            if name not in known:
                problems.append(f"{name}: {key.replace('_', ' ')} (a new precision failure)")
    return problems


def improvements(report: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """What is now better than ``baseline`` records: a reason to raise the ratchet."""
    now, better = figures(report), []
    for part, name, direction in RATCHET:
        key = f"{part}.{name}"
        if key in now["recall"] and key in baseline["recall"]:
            value, floor = now["recall"][key], baseline["recall"][key]
            if (value > floor) if direction == "higher" else (value < floor):
                better.append(f"{key}: {floor} -> {value}")
    for key in FLOORS:
        fixed = set(baseline["known_failures"].get(key, ())) - set(now["known_failures"][key])
        better.extend(f"{name}: no longer {key.replace('_', ' ')}" for name in sorted(fixed))
    return better


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                        help=f"the corpus folder (default: {DEFAULT_CORPUS})")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--worst", type=int, default=0, metavar="N",
                        help="show the N worst records with input, output and expected")
    parser.add_argument("--part", choices=PARTS, action="append",
                        help="only this part (repeatable)")
    parser.add_argument("--kind", help="only records with this damage kind (e.g. lossy)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default 2)")
    parser.add_argument("--markdown", action="store_true",
                        help="print README's tables (Markdown)")
    parser.add_argument("--check", action="store_true",
                        help=f"compare with {BASELINE.name}; exit 1 if anything got worse")
    parser.add_argument("--write-baseline", action="store_true",
                        help=f"record this run's figures in {BASELINE.name} (raise the ratchet)")
    args = parser.parse_args(argv)
    if not (args.corpus / "README.md").exists():
        print(f"real.py: error: no corpus at {args.corpus} (give --corpus PATH)", file=sys.stderr)
        return 2
    whole = not args.part and not args.kind
    if (args.check or args.write_baseline) and not whole:
        print("real.py: error: --check and --write-baseline score the whole corpus",
              file=sys.stderr)
        return 2
    report = evaluate(args.corpus, args.part or PARTS, args.kind, args.jobs)
    if args.write_baseline:
        BASELINE.write_text(json.dumps(figures(report), ensure_ascii=False, indent=1) + "\n",
                            encoding="utf-8")
    if args.check:
        baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
        problems = compare(report, baseline)
        for line in improvements(report, baseline):
            print(f"better: {line}")
        for line in problems:
            print(f"WORSE: {line}")
        return 1 if problems else 0
    if args.markdown:
        print(render_markdown(report))
    elif args.json:
        slim = dict(report)
        slim["records"] = [{k: ({kk: vv for kk, vv in v.items() if kk != "output"}
                                if isinstance(v, dict) else v) for k, v in rec.items()}
                           for rec in report["records"]]
        print(json.dumps(slim, ensure_ascii=False, indent=1))
    else:
        print(render(report))
        if args.worst:
            print(render_worst(report, args.corpus, args.worst))
    return 0


if __name__ == "__main__":
    sys.exit(main())
