"""Generate ``textfix/damage/mojibake/charmodel.zlib``: the character language model that the
mojibake stage scores every candidate reading with (see :mod:`textfix.damage.mojibake.model`).

Two real resources, nothing hand-tuned:

* the ``wordfreq`` package's word frequencies (``pip install -e '.[tables]'``), and for Thai,
  which wordfreq lacks, the Thai National Corpus counts shipped by PyThaiNLP: for each script
  with a model (Han and kana, Hangul, Latin, Cyrillic, Greek, Hebrew, Arabic, Thai) the character
  unigrams and within-word bigrams of its languages' most frequent words, weighted by
  frequency, every language of a script weighing the same (Traditional Chinese is wordfreq's
  Chinese converted by OpenCC ``s2t``);
* the clean corpus ``tests/data/clean/`` (real translated messages in 20 languages, see
  ``tests/gen_clean_corpus.py``): how often one class of character follows another (a letter
  after a space, a digit after a CJK comma…) and the frequencies of spaces, digits and
  punctuation, which word lists do not hold: the background model. Its symbols (2 kinds, 24
  occurrences: ``«`` and ``»``) say nothing of the others, so the symbol class's frequencies
  are those of the clean corpus and of wordfreq's one-symbol tokens (``°``, ``©``, ``™``,
  emoji), each source weighing the same (:func:`_symbols`): ``™`` is then likelier than a
  box-drawing piece of the same bytes, which no frequency list holds.

    python tests/gen_charmodel.py      # rewrite the table

``tests/test_mojibake_model.py`` regenerates it and compares, when the installed wordfreq is
the one it was generated from.
"""

from __future__ import annotations

import json
import math
import sys
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "textfix" / "damage" / "mojibake" / "charmodel.zlib"
CLEAN = ROOT / "tests" / "data" / "clean"

#: The languages of each modelled script, as wordfreq names them ("zh-Hant" is derived).
LANGUAGES: dict[str, tuple[str, ...]] = {
    "cjk": ("zh", "zh-Hant", "ja"),
    "hangul": ("ko",),
    "latin": ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "cs", "sk", "hu", "tr", "vi",
              "sv", "nb", "da", "fi", "ro", "ca", "lt", "lv", "sl", "is", "id"),
    "cyrillic": ("ru", "uk", "bg", "mk"),
    "greek": ("el",),
    "hebrew": ("he",),
    "arabic": ("ar", "fa", "ur"),
    "thai": ("th",),
}
#: Languages wordfreq does not have, and the word-frequency list of another package that has
#: them (package, file in it: one ``word<TAB>count`` a line): Thai from the Thai National
#: Corpus counts that PyThaiNLP ships (``pythainlp/corpus/tnc_freq.txt``).
OTHER_SOURCES: dict[str, tuple[str, str]] = {"th": ("pythainlp", "corpus/tnc_freq.txt")}
#: Words read per language: the most frequent ones carry almost all of the mass.
WORDS = 25000
#: Bigrams kept per script (the most frequent); the rest back off to the unigram.
BIGRAMS = {"cjk": 60000, "latin": 30000}
BIGRAMS_OTHER = 12000
#: Unigrams below this probability within their script are not stored (they take the floor).
MIN_UNIGRAM = 2e-7
#: Log probabilities are stored in tenths of a nat.
SCALE = 10


def _q(logp: float) -> int:
    return round(logp * SCALE)


def sources() -> dict[str, str]:
    """The versions of the resources the table is made from."""
    import wordfreq
    from importlib.metadata import version

    out = {"wordfreq": version("wordfreq"), "opencc": version("opencc")}
    for package, _ in OTHER_SOURCES.values():
        out[package] = version(package)
    return out


def _words(lang: str) -> list[tuple[str, float]]:
    import wordfreq

    if lang == "zh-Hant":
        import opencc

        conv = opencc.OpenCC("s2t")
        return [(conv.convert(w), f) for w, f in _words("zh")]
    if lang in OTHER_SOURCES:
        return _listed(*OTHER_SOURCES[lang])
    d = wordfreq.get_frequency_dict(lang)
    top = sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:WORDS]
    return top


def _listed(package: str, name: str) -> list[tuple[str, float]]:
    """The ``WORDS`` most frequent words of a ``word<TAB>count`` list shipped in ``package``."""
    from importlib.resources import files

    counts: dict[str, float] = {}
    for row in files(package).joinpath(name).read_text(encoding="utf-8").splitlines():
        word, _, count = row.partition("\t")
        if word and count.strip().isdigit():
            counts[word] = counts.get(word, 0.0) + float(count)
    total = sum(counts.values())
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:WORDS]
    return [(w, c / total) for w, c in top]


#: A symbol's share below this is not stored: the model's floor for an unseen background
#: character (``BACKGROUND_FLOOR``) stands for it.
SYMBOL_FLOOR = 1e-4


def _symbols(script_of: Any) -> dict[str, float]:
    """Each symbol's share of the one-symbol tokens of wordfreq's lists (the languages of
    :data:`LANGUAGES` it has), every language weighing the same."""
    import wordfreq

    acc: Counter[str] = Counter()
    langs = [lang for langs in LANGUAGES.values() for lang in langs
             if lang not in OTHER_SOURCES and lang != "zh-Hant"]
    for lang in langs:
        found = {w: f for w, f in wordfreq.get_frequency_dict(lang).items()
                 if len(w) == 1 and script_of(w) == "symbol"}
        total = sum(found.values())
        for w, f in found.items():
            acc[w] += f / total / len(langs)
    return dict(acc)


def render() -> bytes:
    """The bytes of the generated table."""
    sys.path.insert(0, str(ROOT))
    try:
        from textfix.damage.mojibake.model import BOUNDARY, fold, script_of
    finally:
        sys.path.pop(0)
    scripts: dict[str, dict[str, object]] = {}
    for script, langs in LANGUAGES.items():
        uni: Counter[str] = Counter()
        bi: Counter[str] = Counter()
        for lang in langs:
            words = _words(lang)
            total = sum(f for _, f in words)
            for word, f in words:
                w = f / total
                chars = [fold(c) for c in word if script_of(c) == script]
                if len(chars) != len(word) or not chars:
                    continue  # words with digits, marks or other scripts say nothing here
                prev = BOUNDARY
                for c in chars:
                    uni[c] += w
                    bi[prev + c] += w
                    prev = c
                bi[prev + BOUNDARY] += w
        utotal = sum(uni.values())
        starts: Counter[str] = Counter()
        for pair, w in bi.items():
            starts[pair[0]] += w
        unigrams = {c: _q(math.log(w / utotal)) for c, w in sorted(uni.items())
                    if w / utotal >= MIN_UNIGRAM}
        keep = sorted(bi.items(), key=lambda kv: (-kv[1], kv[0]))[
            : BIGRAMS.get(script, BIGRAMS_OTHER)]
        bigrams = {p: _q(math.log(w / starts[p[0]])) for p, w in sorted(keep)}
        floor = _q(math.log(MIN_UNIGRAM) - 1.0)
        scripts[script] = {"uni": unigrams, "bi": bigrams, "floor": floor}
    # the background: classes of characters and the characters of the unmodelled classes
    trans: defaultdict[str, Counter[str]] = defaultdict(Counter)
    back: Counter[str] = Counter()
    for path in sorted(CLEAN.glob("*.txt")):
        if path.name.startswith("quoting"):
            continue
        for line in path.read_text(encoding="utf-8").split("\n"):
            prev = "start"
            for c in line:
                s = script_of(c)
                trans[prev][s] += 1
                if s not in LANGUAGES:
                    back[c] += 1
                prev = s
            trans[prev]["end"] += 1
    classes = sorted({*LANGUAGES, *(s for row in trans.values() for s in row), "start"})
    switch = {}
    for a in classes:
        row = trans.get(a, Counter())
        n = sum(row.values()) + len(classes)
        switch[a] = {b: _q(math.log((row.get(b, 0) + 1) / n)) for b in classes}
    btotal: Counter[str] = Counter()
    for c, n in back.items():
        btotal[script_of(c)] += n
    share = {c: n / btotal[script_of(c)] for c, n in back.items() if n >= 2}
    symbols = _symbols(script_of)
    for c in {*symbols, *(c for c in share if script_of(c) == "symbol")}:
        share[c] = (share.get(c, 0.0) + symbols.get(c, 0.0)) / 2  # the two sources, equally
    background = {c: _q(math.log(v)) for c, v in sorted(share.items())
                  if _q(math.log(v)) > _q(math.log(SYMBOL_FLOOR))}
    doc = {"sources": sources(), "scripts": scripts, "switch": switch,
           "background": background}
    return pack(doc)


def pack(doc: dict[str, Any]) -> bytes:
    """The table's bytes: ``doc`` as compact JSON, compressed, with each script's tables in
    the layout :func:`textfix.damage.mojibake.model._load` reads fastest (a few thousand JSON
    values instead of 80,000: 12 ms instead of 40 to load): its unigrams as two strings, the
    characters and their log probabilities (tenths of a nat, negated, each one character of
    that code point), and its bigrams as one such pair of strings per first character."""
    scripts: dict[str, Any] = {}
    for name, t in doc["scripts"].items():
        rows: dict[str, tuple[str, str]] = {}
        for pair, v in sorted(t["bi"].items()):
            chars, values = rows.get(pair[0], ("", ""))
            rows[pair[0]] = (chars + pair[1], values + _packed(v))
        scripts[name] = {"floor": t["floor"], "bi": rows,
                         "uni": ("".join(t["uni"]), "".join(map(_packed, t["uni"].values())))}
    text = json.dumps({**doc, "scripts": scripts}, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":"))
    return zlib.compress(text.encode("utf-8"), 9)


def _packed(v: int) -> str:
    """A log probability in tenths of a nat (at most 0) as one character."""
    assert -0xFF <= v <= 0, v
    return chr(-v)


if __name__ == "__main__":
    data = render()
    TARGET.write_bytes(data)
    print(f"{TARGET.relative_to(ROOT)}: {len(data)} bytes")
