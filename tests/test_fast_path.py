"""Clean text takes the fast path: none of the heavy libraries is even imported."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import SAMPLES

HEAVY = ("ftfy", "chardet", "opencc", "pypinyin", "yaml", "rich", "dask")


def _heavy_modules_after(code: str) -> str:
    """Run ``code`` in a fresh interpreter; the heavy modules it left imported."""
    code += f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


@pytest.mark.parametrize("name", ["zh-hans-news.txt", "en-essay.txt", "ja-article.txt",
                                  "ko-article.txt", "fr-article.txt", "zh-en-tech-note.txt"])
def test_clean_text_imports_no_heavy_module(name: str) -> None:
    code = (
        "import sys, textfix\n"
        f"data = open({str(SAMPLES / 'clean' / name)!r}, 'rb').read()\n"
        "assert textfix.repair(data).text.encode() == data\n"
    )
    assert _heavy_modules_after(code) == ""


@pytest.mark.parametrize("name", ["ru-1.txt", "uk-1.txt", "cs-1.txt", "el-1.txt", "tr-1.txt"])
def test_clean_cyrillic_greek_czech_turkish_import_no_heavy_module(name: str) -> None:
    """Text whose lines ftfy's encodings could read (Cyrillic ``ё``, Czech ``ř``…) but none
    of which ftfy finds bad does not import ftfy either."""
    path = SAMPLES.parent / "tests" / "data" / "clean" / name
    code = (
        "import sys, textfix\n"
        f"data = open({str(path)!r}, 'rb').read()\n"
        "assert textfix.repair(data).text.encode() == data\n"
    )
    assert _heavy_modules_after(code) == ""


def test_check_on_a_clean_file_imports_no_heavy_module() -> None:
    code = (
        "import sys\n"
        "from textfix.cli import app\n"
        f"sys.argv = ['textfix', 'check', {str(SAMPLES / 'clean' / 'zh-hans-news.txt')!r}]\n"
        "try:\n    app()\nexcept SystemExit as e:\n    assert e.code == 0, e.code\n"
    )
    assert _heavy_modules_after(code) == ""


#: The big character classes of the stages (each a few milliseconds to compile, as CPython's
#: regex compiler visits every code point of a class's ranges), and how to tell whether one
#: was compiled.
_BIG_CLASSES = """
from textfix import charclass as C, lines as L
from textfix.damage import boilerplate_rules as R, machine_script as M
from textfix.damage import width as W
from textfix.damage.mojibake import cjk_gate as J
compiled = {
    "has_cjk": C.CJK_LETTERS._pattern is not None, "han": C.HAN_CHARS._pattern is not None,
    "CJK_LETTER": C.CJK_LETTER._compiled is not None, "HAN": C.HAN._compiled is not None,
    "line widths": L._WIDE._pattern is not None,
    "width marks": W._maybe_folded.cache_info().currsize > 0,
    "traditional": M._traditional_only.cache_info().currsize > 0
                   and M._traditional_only()._pattern is not None,
    "cjk gate": J._gate.cache_info().currsize > 0,
    "cjk signature": J._signature.cache_info().currsize > 0,
    "scripts": any(c._pattern is not None for _, c in R._SCRIPTS),
}
print(",".join(k for k, v in compiled.items() if v))
"""


@pytest.mark.parametrize("name", sorted(p.name for p in (SAMPLES / "clean").glob("*.txt")))
def test_small_clean_file_compiles_no_big_class(name: str) -> None:
    """Start-up: a small clean file of any language is settled without compiling a big
    character class (a pre-commit hook runs textfix on a few such files at a time)."""
    code = (
        "import textfix\n"
        f"data = open({str(SAMPLES / 'clean' / name)!r}, 'rb').read()\n"
        "assert textfix.repair(data).text.encode() == data\n" + _BIG_CLASSES
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""
