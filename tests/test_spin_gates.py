"""The spin stage's fast paths give exactly what the plain definitions give.

:mod:`textfix.damage.spin` scans for annotations from the parentheses, counts the converted
characters once per distinct character, skips round trips that cannot win, and finds changed
runs from a byte mask. The straightforward forms are kept here as the reference and compared
on the generated spin set and on random text built from the characters they look at.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # the generators beside the tests

import gen_spin

from textfix.charclass import is_han
from textfix.codes import Code
from textfix.damage import spin
from textfix.plan import Edit

ANNOTATION = re.compile(
    r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])([(（])([^\s()（）]{1,14}) ?([)）])"
)


def ref_candidates(text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(1), m.end(4), m.group(3))
        for m in ANNOTATION.finditer(text)
        if spin.clean_syllable(m.group(3)) is not None
    ]


def ref_weigh(text: str, annotations: list[spin.Annotation]) -> spin.SpinEvidence:
    if not annotations:
        return spin.SpinEvidence(0, 0.0, 0.0, 0.0)
    n = len(annotations)
    converted = sum(spin.is_converted(a.char) for a in annotations)
    inline = sum(a.end < len(text) and is_han(text[a.end]) for a in annotations)
    spans = {a.pos for a in annotations}
    skip = {i for a in annotations for i in range(a.start, a.end)}
    total = sum(
        1 for i, ch in enumerate(text)
        if i not in skip and is_han(ch) and (i in spans or spin.is_converted(ch))
    )
    mechanical = sum(spin.is_mechanical(a, text) for a in annotations)
    conclusive = sum(spin.is_conclusive(a, text) for a in annotations)
    return spin.SpinEvidence(n, converted / n, inline / n, converted / max(total, 1),
                             mechanical / n, conclusive if n < spin.MIN_ANNOTATIONS else 0)


def ref_choose_config(text: str) -> tuple[str, float]:
    han = [i for i, ch in enumerate(text) if is_han(ch)]
    votes = spin._variant_votes(text)
    best, best_key, best_score = spin.CONFIGS[0][0], (-1.0, -1), -1.0
    for forward, inverse in spin.CONFIGS:
        back = spin.converter(inverse).convert(spin.converter(forward).convert(text))
        if len(back) != len(text):
            continue
        score = sum(back[i] == text[i] for i in han) / max(len(han), 1)
        key = (round(score, 9), votes[forward])
        if key > best_key:
            best, best_key, best_score = forward, key, score
    return best, best_score


def ref_diff_edits(before: str, after: str) -> list[Edit]:
    edits, i, n = [], 0, len(before)
    while i < n:
        if before[i] == after[i]:
            i += 1
            continue
        j = i
        while j < n and before[j] != after[j]:
            j += 1
        edits.append(Edit(i, j, after[i:j], Code.MACHINE_TRADITIONAL))
        i = j
    return edits


PIECES = list("產(chǎn)業(yè)發(fā)展會(huì)議(yì)乾(qián)著(zhe)（）的中 \n,。カ") + [
    "(ch?n)", "(chÇŽn)", "(cha\u030cn)", "(nèijuǎn)", "（zhù）", "(\ufffd)", "(?)", "乾(gān)",
]


def texts(seed: int) -> list[str]:
    rng = random.Random(seed)
    spun = [case.spun for case in gen_spin.cases()]
    out = []
    for k in range(300):
        if k % 2:
            out.append("".join(rng.choice(PIECES) for _ in range(rng.randint(0, 60))))
        else:
            text = rng.choice(spun)
            at = rng.randrange(len(text))
            out.append(text[at : at + rng.randint(10, 600)])
    return out


@pytest.mark.parametrize("seed", range(2))
def test_fast_paths_match_the_plain_definitions(seed: int) -> None:
    for text in texts(seed):
        found = [(c.pos, c.end, c.reading) for c in spin.candidates(text)]
        assert found == ref_candidates(text), text
        annotations = spin.find_annotations(text)
        assert spin.weigh(text, annotations) == ref_weigh(text, annotations), text
        if any(is_han(ch) for ch in text):
            assert spin.choose_config(text) == ref_choose_config(text), text


def test_choose_config_on_the_spin_set() -> None:
    for case in gen_spin.cases():
        plain = case.spun
        for a in reversed(spin.find_annotations(plain)):
            plain = plain[: a.start] + plain[a.end :]
        config, score, converted = spin._choose(plain)
        assert (config, score) == ref_choose_config(plain), case.name
        assert converted == spin.converter(config).convert(plain), case.name


def test_diff_edits_match_the_character_loop() -> None:
    rng = random.Random(0)
    for _ in range(2000):
        before = "".join(rng.choice("產業鏈發展ab\n") for _ in range(rng.randint(0, 40)))
        after = "".join(c if rng.random() < 0.6 else rng.choice("产业x\n") for c in before)
        assert spin._diff_edits(before, after, Code.MACHINE_TRADITIONAL) == ref_diff_edits(
            before, after
        )
