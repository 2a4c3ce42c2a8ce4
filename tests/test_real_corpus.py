"""textfix on the real-text corpus (``../shared/real``): precision floors and recall ratchets.

The corpus is third-party text read in place (never copied here). ``eval/real.py`` scores it;
``eval/real-baseline.json`` records the figures this test holds textfix to:

- precision is a floor that never moves down: no guard text may change, no body probe or body
  line may be lost and no record may raise an error, except on the records the baseline
  already lists as failing that way (a list that only ever shrinks);
- recall is a ratchet: exact repairs, chrome removed, annotations left… may not fall behind
  the recorded figures. Raise them deliberately with ``python eval/real.py --write-baseline``
  in the commit that earns it.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "real"


def _real():
    spec = importlib.util.spec_from_file_location("textfix_eval_real", ROOT / "eval" / "real.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and worker processes look the module up
    spec.loader.exec_module(module)
    return module


real = _real()


@pytest.fixture(scope="module")
def report():
    if not (CORPUS / "README.md").exists():
        pytest.skip(f"the real-text corpus is not at {CORPUS}: nothing to score")
    return real.evaluate(CORPUS, jobs=1)


@pytest.fixture(scope="module")
def baseline():
    return json.loads(real.BASELINE.read_text(encoding="utf-8"))


def test_nothing_got_worse_than_the_baseline(report, baseline):
    problems = real.compare(report, baseline)
    assert not problems, "\n".join(problems)


def test_every_record_was_scored(report):
    counted = {part: t["all"]["textfix"]["records"] for part, t in report["parts"].items()}
    labelled = {part: sum(1 for line in (CORPUS / part / "labels.jsonl").open(encoding="utf-8")
                          if line.strip()) for part in real.PARTS}
    assert counted == labelled


def test_the_comparison_catches_a_worse_run(report, baseline):
    """The ratchet is not a test that cannot fail: a run that lost a probe and an exact repair
    is reported."""
    worse = json.loads(json.dumps(report))
    victim = next(r for r in worse["records"] if r["part"] == "chrome" and r["textfix"]["probes"]
                  and f"chrome/{r['id']}" not in baseline["known_failures"]["probes_lost"])
    victim["textfix"]["probes_lost"] = 1
    worse["parts"]["snippets"]["all"]["textfix"]["exact"] = (
        baseline["recall"]["snippets.exact"] - 1)
    problems = real.compare(worse, baseline)
    assert any(f"chrome/{victim['id']}" in p and "probes lost" in p for p in problems)
    assert any(p.startswith("snippets.exact") for p in problems)


def test_scoring_of_one_record(tmp_path):
    """The scorer's own arithmetic, on a record written here: chrome at head and tail, a body
    line, a guard that changes, a probe."""
    text = "Home | News | Sport\n\nThe council met on Monday to agree the budget.\n\nShare this"
    path = tmp_path / "x.txt"
    path.write_text(text, encoding="utf-8")
    record = real.Record(part="chrome", id="x", lang="en", kinds=("chrome",), path=str(path),
                         expected=None, guard=False, chrome_lines=(1, 5),
                         probes=("agree the budget", "not in the text"))
    s = real.score(record, "nothing")
    assert s.chrome == {"head": 1, "mid": 0, "tail": 1}
    assert s.chrome_left == {"head": 1, "mid": 0, "tail": 1}
    assert (s.body, s.body_lost, s.probes, s.probes_lost) == (1, 0, 2, 1)
    spun = real.Record(part="pages", id="y", lang="zh-Hans", kinds=("pinyin-spin",),
                       path=str(path), expected=None, guard=False)
    path.write_text("產(chǎn)業(yè)鏈\n當?shù)經(jīng)濟", encoding="utf-8")
    s = real.score(spun, "nothing")
    assert (s.spin_left, s.orphans_left) == (3, 1)
