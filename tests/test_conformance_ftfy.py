"""ftfy's own test cases through textfix's mojibake stages (CJK-safe encoding repair).

Every ``expect: pass`` case must give ftfy's ``fixed-encoding`` text (``fixed`` where absent),
except for the normalisations textfix deliberately does not do, named below; every negative
case comes back as its ``fixed-encoding`` text (the original, except one case whose only
repair is a C1 control); ftfy's known failures are strict xfails.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest

from textfix.config import Config
from textfix.damage import mojibake_cjk, mojibake_western
from textfix.damage.base import Context

from .conftest import CONFORMANCE, need_shared

FTFY = CONFORMANCE / "ftfy"

#: Differences between ftfy's ``fixed`` and what textfix returns on purpose, by label.
#: (None so far: every case with such a difference has a ``fixed-encoding`` text.)
DELIBERATE: dict[str, str] = {}


def _cases(expect: str, negative: bool | None = None) -> list[Any]:
    if not FTFY.exists():
        return [pytest.param(None, marks=pytest.mark.skip(reason="../shared is absent"))]
    out = []
    for path in sorted(FTFY.glob("*.json")):
        if negative is not None and (path.stem == "negative") != negative:
            continue
        for case in json.loads(path.read_text(encoding="utf-8")):
            if case["expect"] == expect:
                out.append(pytest.param(case, id=f"{path.stem}:{case['label'][:60]}"))
    return out


def stages(text: str) -> str:
    ctx = Context(Config(), text)
    for stage in (mojibake_western, mojibake_cjk):
        text = stage.run(text, ctx).text
    return text


@pytest.mark.parametrize("case", _cases("pass", negative=False))
def test_pass_case_gives_fixed_encoding(case: dict[str, str]) -> None:
    need_shared(FTFY)
    expected = case.get("fixed-encoding", case["fixed"])
    got = stages(case["original"])
    if case["label"] in DELIBERATE:
        assert unicodedata.normalize("NFC", got) == unicodedata.normalize("NFC", expected)
    else:
        assert got == expected


@pytest.mark.parametrize("case", _cases("pass", negative=True))
def test_negative_case_unchanged(case: dict[str, str]) -> None:
    need_shared(FTFY)
    assert stages(case["original"]) == case.get("fixed-encoding", case["fixed"])


@pytest.mark.parametrize("case", _cases("fail"))
@pytest.mark.xfail(strict=True, reason="ftfy's known failures: textfix does no better yet")
def test_known_failure(case: dict[str, str]) -> None:
    need_shared(FTFY)
    assert stages(case["original"]) == case.get("fixed-encoding", case["fixed"])


def test_counts() -> None:
    """151 pass cases (120 positive, 31 negative) and 10 known failures, all accounted for."""
    need_shared(FTFY)
    assert len(_cases("pass")) == 151 and len(_cases("fail")) == 10
