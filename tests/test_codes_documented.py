"""Every finding code is documented in README's table, with its name."""

from __future__ import annotations

import re

from textfix.codes import CODE_INFO, Code

from .conftest import ROOT


def test_every_code_is_in_the_readme_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| ([A-Z]\d{3}) \| ([a-z0-9-]+) \|", readme, re.MULTILINE))
    for code in Code:
        assert rows.get(code.value) == CODE_INFO[code].name, f"{code.value} missing from README"
    assert set(rows) == {c.value for c in Code}


def test_codes_are_unique_and_stable_shaped() -> None:
    values = [c.value for c in Code]
    assert len(values) == len(set(values))
    assert all(re.fullmatch(r"[DMSWB]\d{3}", v) for v in values)
    assert set(CODE_INFO) == set(Code)
