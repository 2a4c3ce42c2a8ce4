"""The clean corpus comes back byte-identical through decoding and the mojibake stages.

``tests/data/clean`` holds 112 documents generated from the system's gettext catalogs
(``tests/gen_clean_corpus.py``) in 16 languages — Simplified and Traditional Chinese,
Japanese, Korean, Russian, Ukrainian, Greek, Vietnamese, Polish, Czech, German, French,
Spanish, Portuguese, Turkish, Hungarian — plus hand-written articles that *quote* mojibake on
purpose (``quoting-*.txt``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from textfix.config import Config
from textfix.damage import unrecoverable
from textfix.damage.mojibake import cjk_search, western
from textfix.damage.base import Context
from textfix.decoding import decode
from textfix.repair import repair

CLEAN = Path(__file__).resolve().parent / "data" / "clean"
DOCS = sorted(CLEAN.glob("*.txt"))
LEGACY = {"zh_CN": "gb18030", "zh_TW": "big5", "ja": "shift_jis", "ko": "euc_kr",
          "ru": "cp1251", "uk": "cp1251", "el": "cp1253", "pl": "cp1250", "cs": "cp1250",
          "hu": "cp1250", "de": "cp1252", "fr": "cp1252", "es": "cp1252", "pt_BR": "cp1252",
          "tr": "cp1254"}


def test_corpus_size_and_languages() -> None:
    langs = {p.name.rsplit("-", 1)[0] for p in DOCS if not p.name.startswith("quoting-")}
    assert len(DOCS) >= 100 and len(langs) >= 10
    assert {"zh_CN", "zh_TW", "ja", "ko", "ru", "el", "vi", "fr"} <= langs


def _stages(text: str) -> str:
    ctx = Context(Config(), text)
    for stage in (western, cjk_search, unrecoverable):
        text = stage.run(text, ctx).text
    return text


@pytest.mark.parametrize("path", DOCS, ids=[p.name for p in DOCS])
def test_clean_document_unchanged(path: Path) -> None:
    data = path.read_bytes()
    text = data.decode("utf-8")
    assert decode(data).text == text
    assert _stages(text) == text
    quiet = Config(spin=False, width=False, boilerplate=False)
    assert repair(data, quiet).text == text


@pytest.mark.parametrize("path", [p for p in DOCS if p.name.rsplit("-", 1)[0] in LEGACY],
                         ids=lambda p: p.name)
def test_clean_document_in_its_legacy_charset(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    codec = LEGACY[path.name.rsplit("-", 1)[0]]
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        pytest.skip(f"not representable in {codec}")
    assert decode(data).text == text
