"""Generate the CJK mojibake test set ``tests/cases/mojibake/generated.json``.

Every case is made by *damaging* a clean sentence the way real pipelines do — nothing here
calls textfix, and the expected output is always the clean original:

* UTF-8 bytes decoded as GBK, GB18030, Big5, Shift_JIS, EUC-KR, CP949 or EUC-JP;
* GBK, GB18030, Big5, Shift_JIS, EUC-JP or EUC-KR bytes decoded as Latin-1 or cp1252;
* Big5 bytes decoded as GBK, and GBK bytes decoded as Big5;
* two layers (UTF-8→GBK mojibake then read as cp1252; GBK→Latin-1 mojibake read as Latin-1
  again);
* GBK decoded one byte out of step (a stray lead byte before the run);

each with what the wrong decoder did with bytes it could not map: kept as the Latin-1
character of the byte (``sloppy``, as ftfy's sloppy codecs model), lost to U+FFFD
(``replace``) or lost to ``?`` (``question``). A case is ``recoverable`` when no byte was lost
(no replacement happened); the others must be reported and not made worse.

Placements: ``whole`` (the damaged sentence alone) and ``run`` (a damaged run inside a line of good
text, between two good lines). Sources are 12 sentences per language (Simplified and
Traditional Chinese, Japanese, Korean) from the clean corpus (``tests/data/clean``).

Regenerate on purpose (deterministic; the output is committed)::

    python tests/gen_mojibake_cjk.py
"""

from __future__ import annotations

import codecs
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLEAN = HERE / "data" / "clean"
OUT = HERE / "cases" / "mojibake" / "generated.json"
SEED = 3
PER_LANG = 12
CASES_PER_SOURCE = 10

LANGS = {"zh_CN": "zh-Hans", "zh_TW": "zh-Hant", "ja": "ja", "ko": "ko"}
NATIVE = {
    "zh-Hans": ("gbk", "gb18030"),
    "zh-Hant": ("big5", "gbk"),
    "ja": ("shift_jis", "euc_jp"),
    "ko": ("euc_kr", "cp949"),
}
UTF8_READERS = ("gbk", "gb18030", "big5", "shift_jis", "euc_kr", "cp949", "euc_jp")
MODES = ("sloppy", "replace", "question")


def _sloppy(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return chr(err.object[err.start]), err.start + 1


def _question(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return "?", err.end


codecs.register_error("gen-sloppy", _sloppy)
codecs.register_error("gen-question", _question)
_ERRORS = {"sloppy": "gen-sloppy", "replace": "replace", "question": "gen-question"}


def _decode(data: bytes, codec: str, mode: str) -> tuple[str, bool]:
    """``data`` read by ``codec``; True when no byte was lost."""
    try:
        return data.decode(codec), True
    except UnicodeDecodeError:
        return data.decode(codec, _ERRORS[mode]), mode == "sloppy"


def damage(text: str, chain: str, mode: str) -> tuple[str, str, bool] | None:
    """(damaged text, expected repair, lossless) or None when ``text`` cannot take ``chain``."""
    steps = chain.split(">")
    try:
        if chain == "gbk-out-of-step":
            data = b"\xb5" + text.encode("gbk")
            out, ok = _decode(data, "gbk", mode)
            return out, "\ufffd" + text, ok
        if len(steps) == 2:
            src, wrong = steps
            out, ok = _decode(text.encode("utf-8" if src == "utf8" else src), wrong, mode)
            return out, text, ok
        if chain == "utf8>gbk>utf8>cp1252":
            inner, ok1 = _decode(text.encode("utf-8"), "gbk", "sloppy")
            out, ok2 = _decode(inner.encode("utf-8"), "cp1252", mode)
            return out, text, ok1 and ok2
        if chain == "gbk>latin1>utf8>latin1":
            inner = text.encode("gbk").decode("latin-1")
            return inner.encode("utf-8").decode("latin-1"), text, True
    except UnicodeEncodeError:
        return None
    raise ValueError(chain)


def chains_for(lang: str) -> list[tuple[str, str]]:
    """(chain, mode) pairs that apply to text of ``lang``."""
    out = [(f"utf8>{w}", m) for w in UTF8_READERS for m in MODES]
    for native in NATIVE[lang]:
        out += [(f"{native}>latin_1", "sloppy")]
        out += [(f"{native}>cp1252", m) for m in MODES]
    if lang == "zh-Hant":
        out += [("big5>gbk", m) for m in MODES]
    if lang == "zh-Hans":
        out += [("gbk>big5", m) for m in MODES]
        out += [("gbk-out-of-step", "replace"), ("gbk>latin1>utf8>latin1", "sloppy")]
    if lang != "ko":
        out += [("utf8>gbk>utf8>cp1252", "sloppy")]
    return out


_CJK = re.compile("[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")


def sources() -> dict[str, list[str]]:
    """12 clean sentences per language: mostly CJK, at least 8 CJK characters."""
    out: dict[str, list[str]] = {}
    for prefix, lang in LANGS.items():
        lines: list[str] = []
        for path in sorted(CLEAN.glob(f"{prefix}-*.txt")):
            lines += path.read_text(encoding="utf-8").splitlines()
        good = sorted({ln for ln in lines if len(_CJK.findall(ln)) >= 8
                       and len(_CJK.findall(ln)) >= 0.6 * len(ln.replace(" ", ""))})
        random.Random(f"{SEED}-{lang}").shuffle(good)
        out[lang] = good[:PER_LANG]
    return out


def _run_bounds(line: str, rng: random.Random) -> tuple[int, int]:
    """A run of CJK characters in the middle of ``line`` (3 to 8 characters)."""
    idx = [i for i, ch in enumerate(line) if _CJK.match(ch)]
    length = min(len(idx) - 2, rng.randint(3, 8))
    first = rng.randint(1, len(idx) - length - 1)
    return idx[first], idx[first + length - 1] + 1


def build() -> list[dict[str, object]]:
    cases: list[dict[str, object]] = []
    used: dict[str, int] = {}
    for lang, texts in sources().items():
        for n, text in enumerate(texts):
            rng = random.Random(f"{SEED}-{lang}-{n}")
            options = chains_for(lang)
            rng.shuffle(options)
            # The least used chains first, so that every chain is well represented.
            options.sort(key=lambda o: used.get(o[0], 0))
            made = 0
            for chain, mode in options:
                if made >= CASES_PER_SOURCE:
                    break
                placement = "whole" if made % 2 == 0 else "run"
                others = [t for t in texts if t != text]
                before, after = rng.choice(others), rng.choice(others)
                if placement == "whole":
                    got = damage(text, chain, mode)
                    if got is None:
                        continue
                    bad, fixed, lossless = got
                    original, damaged = fixed, bad
                else:
                    a, b = _run_bounds(text, rng)
                    got = damage(text[a:b], chain, mode)
                    if got is None:
                        continue
                    bad, fixed, lossless = got
                    original = "\n".join((before, text[:a] + fixed + text[b:], after)) + "\n"
                    damaged = "\n".join((before, text[:a] + bad + text[b:], after)) + "\n"
                if damaged == original or "\n" in bad or "\r" in bad:
                    continue
                cases.append({
                    "id": f"{lang}-{n:02d}-{chain}-{mode}-{placement}",
                    "lang": lang, "source": n, "chain": chain, "mode": mode,
                    "placement": placement, "recoverable": lossless,
                    "original": original, "damaged": damaged,
                })
                used[chain] = used.get(chain, 0) + 1
                made += 1
    return cases


def main() -> None:
    cases = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    rec = sum(1 for c in cases if c["recoverable"])
    print(f"wrote {len(cases)} cases ({rec} recoverable) from "
          f"{len({(c['lang'], c['source']) for c in cases})} texts to {OUT}")


if __name__ == "__main__":
    main()
