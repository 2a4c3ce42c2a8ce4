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


def test_check_on_a_clean_file_imports_no_heavy_module() -> None:
    code = (
        "import sys\n"
        "from textfix.cli import app\n"
        f"sys.argv = ['textfix', 'check', {str(SAMPLES / 'clean' / 'zh-hans-news.txt')!r}]\n"
        "try:\n    app()\nexcept SystemExit as e:\n    assert e.code == 0, e.code\n"
    )
    assert _heavy_modules_after(code) == ""
