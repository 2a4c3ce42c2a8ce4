"""Measure the lost-letter stage's decision rule (``textfix.damage.lost_letters.POSTERIOR``).

Words are drawn by frequency (as they occur in running text) from wordfreq's *large* list of
each language that has one — which holds the rare words (down to once per 100 million) that
the small lists the stage searches do not, so the draw includes words the model cannot know —
and from the small list of the others. Only words of three or more letters with a non-ASCII
letter are drawn; one of those letters, chosen at random, becomes ``?``. The stage's rule then
reads the damaged word two ways: with no evidence about the language (a uniform prior over the
languages of the script, as for an English text quoting one foreign word) and with the prior
that four other words of the same language, intact in the text, give. For each threshold on
the best candidate's share, it prints how many damaged words are restored and how many of
those restorations are right.

    python tests/measure_lost_letters.py [--words N] [--seed S]

Not a test (it takes about a minute and needs wordfreq); its figures are quoted where the
threshold is defined.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter

import wordfreq

from textfix import word_model
from textfix.damage import lost_letters as L

THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.99)


def draw(lang: str, n: int, rng: random.Random) -> list[str]:
    """``n`` words of ``lang`` with a non-ASCII letter, drawn by frequency."""
    wordlist = "large" if lang in wordfreq.available_languages("large") else "small"
    freqs = wordfreq.get_frequency_dict(lang, wordlist)
    words = [w for w in freqs if not w.isascii() and w.isalpha() and len(w) >= 3]
    return rng.choices(words, weights=[freqs[w] for w in words], k=n)


def damage(word: str, rng: random.Random) -> tuple[str, int]:
    spots = [i for i, c in enumerate(word) if not c.isascii()]
    i = rng.choice(spots)
    return word[:i] + "?" + word[i + 1 :], i


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--words", type=int, default=200)
    ap.add_argument("--seed", type=int, default=16)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    L.POSTERIOR = 0.0  # report every best candidate; thresholds are applied here
    totals = {mode: Counter() for mode in ("uniform", "prior")}
    for script, langs in word_model.SCRIPTS.items():
        for lang in langs:
            words = draw(lang, args.words + 4, rng)
            context = words[:4]
            prior = word_model.languages_of(context, script)
            uniform = word_model.languages_of((), script)
            per = {mode: Counter() for mode in totals}
            for truth in words[4:]:
                damaged, _ = damage(truth, rng)
                slots = L._slots(damaged)
                if slots is None:
                    continue
                for mode, p in (("uniform", uniform), ("prior", prior)):
                    got = L._decide(damaged, slots, "x ", Counter(), 1, {script: dict(p)})
                    per[mode]["n"] += 1
                    if got is None:
                        continue
                    right = L._filled(damaged, slots, got.fills).lower() == truth
                    for t in THRESHOLDS:
                        if got.share >= t:
                            per[mode][f"acc{t}"] += 1
                            per[mode][f"ok{t}"] += right
            for mode in totals:
                totals[mode].update(per[mode])
            line = [lang]
            for mode in totals:
                c = per[mode]
                line.append(f"{mode}: n={c['n']} restored@0.9={c['acc0.9']} "
                            f"right={c['ok0.9']}")
            print("  ".join(line), flush=True)
    for mode, c in totals.items():
        print(f"\n{mode} prior: {c['n']} damaged words")
        for t in THRESHOLDS:
            acc, ok = c[f"acc{t}"], c[f"ok{t}"]
            print(f"  share >= {t:.2f}: restored {acc} ({acc / max(c['n'], 1):.1%}), "
                  f"right {ok} (precision {ok / max(acc, 1):.2%})")


if __name__ == "__main__":
    main()
