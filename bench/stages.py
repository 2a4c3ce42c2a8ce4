"""Where textfix's time goes: seconds per stage (decoding and each damage module) for each
benchmark category of :mod:`run`, one pass over the inputs after a warm-up pass (textfix's
memos of whole lines emptied in between, as :mod:`run` does).

    python bench/stages.py                      # every category
    python bench/stages.py clean-pages spun-pages

A profiling aid for work on speed; ``bench/run.py`` is the benchmark.
"""

from __future__ import annotations

import collections
import importlib
import sys
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run


def main(argv: list[str]) -> int:
    import textfix  # noqa: F401  (textfix.repair the function hides the module)

    engine = sys.modules["textfix.repair"]
    spent: collections.Counter[str] = collections.Counter()

    def timed(name: str, fn):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - start
        return call

    stages = {}
    for name in engine.ORDER:
        module = importlib.import_module(f"textfix.damage.{name}")
        stages[name] = SimpleNamespace(run=timed(name, module.run))
    engine._stage = stages.__getitem__
    engine.decode = timed("decode", engine.decode)
    unknown = [name for name in argv if name not in run.CATEGORIES]
    if unknown:
        print(f"usage: python bench/stages.py [CATEGORY ...]\nunknown: {' '.join(unknown)}; "
              f"categories: {' '.join(run.CATEGORIES)}", file=sys.stderr)
        return 2
    for name in argv or list(run.CATEGORIES):
        inputs = run.CATEGORIES[name]()
        for data in inputs:
            run.run_textfix(data)
        spent.clear()
        run.forget_lines()  # as bench/run.py times it: no line answered from the warm-up
        start = time.perf_counter()
        for data in inputs:
            run.run_textfix(data)
        total = time.perf_counter() - start
        size = sum(map(len, inputs)) / 1e6
        parts = "  ".join(f"{k}={v:.3f}" for k, v in spent.most_common())
        print(f"{name:<20}{size:6.2f} MB {total:7.3f} s ({size / total:6.2f} MB/s)  {parts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
