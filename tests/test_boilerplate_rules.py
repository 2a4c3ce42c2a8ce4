"""The boilerplate rule library, line by line: every rule fires where it should and stays silent
on body sentences that mention the same topic.

Cases live in ``tests/cases/boilerplate/B1xx-*.json`` (schema: ``code``, ``fires`` — lines that
rule family must classify as ``code`` — and ``silent`` — lines no rule may touch). Besides the
cases themselves, these tests check that every single pattern of the library is exercised by
a case, that the Traditional-form table is what OpenCC says today, and that each Chinese chrome
line is still known when it is Traditional, spun or mis-decoded.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from textfix.codes import Code
from textfix.damage import boilerplate_rules as R
from textfix.damage.boilerplate import _undo_misdecoding, classify, strip_annotations

CASES = Path(__file__).parent / "cases" / "boilerplate"


def _families() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CASES.glob("B1*.json"))]


FIRES = [(f["code"], c["lang"], c["line"]) for f in _families() for c in f["fires"]]
SILENT = [(f["code"], c["lang"], c["line"]) for f in _families() for c in f["silent"]]


@pytest.mark.parametrize(("code", "lang", "line"), FIRES, ids=[f"{c}-{l}-{i}" for i, (c, l, _) in enumerate(FIRES)])
def test_rule_fires(code: str, lang: str, line: str) -> None:
    assert classify(line) == Code(code)


@pytest.mark.parametrize(("near", "lang", "line"), SILENT, ids=[f"{c}-{l}-{i}" for i, (c, l, _) in enumerate(SILENT)])
def test_rule_stays_silent(near: str, lang: str, line: str) -> None:
    assert classify(line) is None


def test_every_family_has_cases_both_ways() -> None:
    families = {f["code"]: f for f in _families()}
    boilerplate = {c for c in Code if str(c).startswith("B1") and c not in
                   (Code.TEMPLATE_LINE, Code.CUSTOM_PATTERN)}
    assert set(families) == {str(c) for c in boilerplate}
    for code, fam in families.items():
        langs = {c["lang"] for c in fam["fires"]} | {c["lang"] for c in fam["silent"]}
        assert len(fam["fires"]) >= 5 and len(fam["silent"]) >= 5, code
        # the common notices are covered in every language the issue names
        assert {"zh", "en"} <= langs, code
        if code in ("B103", "B104", "B107", "B108", "B101"):
            assert {"ja", "ko", "ru", "de", "fr", "es", "pt"} <= langs, code


@pytest.mark.parametrize("index", range(sum(len(p) for *_x, p in R._SPEC)))
def test_every_pattern_is_exercised(index: int) -> None:
    """Each pattern of the library matches at least one ``fires`` case of its own code."""
    flat = [(code, lang, case, p) for code, lang, _m, case, pats in R._SPEC for p in pats]
    code, lang, case, pattern = flat[index]
    rx = re.compile(R.expand(lang, pattern), 0 if case else re.IGNORECASE)
    lines = [line for c, _lang, line in FIRES if c == str(code)]
    assert any(rx.search(strip_annotations(line.strip())) for line in lines), pattern


def test_variant_table_matches_opencc() -> None:
    pytest.importorskip("opencc")
    assert " ".join(R._VARIANT_TABLE.split()) == R.compute_variants()


ZH_FIRES = [(code, line) for code, lang, line in FIRES if lang == "zh"]


@pytest.mark.parametrize("config", ["s2t", "s2tw", "s2hk"])
def test_traditional_forms_of_chinese_chrome_fire(config: str) -> None:
    """Genuine Traditional chrome is never converted by spin, so the rules know its forms."""
    import opencc

    conv = opencc.OpenCC(config)
    for code, line in ZH_FIRES:
        assert classify(conv.convert(line)) == Code(code), (config, conv.convert(line))


def test_spun_chinese_chrome_fires() -> None:
    """Chrome the spin stage left spun (annotations kept) is still known."""
    import opencc
    from pypinyin import Style, pinyin

    conv = opencc.OpenCC("s2tw")
    for code, line in ZH_FIRES:
        trad = conv.convert(line)
        readings = pinyin(line, style=Style.TONE, errors=lambda s: [[""]] * len(s))
        spun = "".join(t + (f"({r[0]})" if s != t and r[0] else "")
                       for s, t, r in zip(line, trad, readings, strict=True))
        assert classify(spun) == Code(code), spun


def test_misdecoded_chinese_chrome_fires() -> None:
    """A chrome line left mis-decoded (UTF-8 read as GBK, GBK read as Latin-1) is still known."""
    tried = 0
    for code, line in ZH_FIRES:
        for bad in _misdecodings(line):
            if bad == line:
                continue
            if classify(bad) is not None:  # still chrome as it stands (a menu row of mojibake)
                continue
            found = _undo_misdecoding(bad, frozenset())
            assert found is not None and found.code == Code(code), (line, bad)
            tried += 1
    assert tried >= 40


def _misdecodings(line: str) -> list[str]:
    out = [line.encode("gb18030").decode("latin-1")]
    try:
        out.append(line.encode("utf-8").decode("gbk"))
    except UnicodeDecodeError:
        pass
    return out


@pytest.mark.parametrize(("near", "lang", "line"), [s for s in SILENT if s[1].startswith("zh")])
def test_misdecoding_never_invents_chrome(near: str, lang: str, line: str) -> None:
    """Undoing a mis-decoding of a clean body sentence never produces a rule match."""
    assert _undo_misdecoding(line, frozenset()) is None


def test_long_lines_are_never_chrome() -> None:
    line = "版权所有 " + "正文内容，" * 80
    assert classify(line) is None
