"""End to end through the real pre-commit framework (`pre-commit try-repo` on this repo)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLES, SEED, need_shared

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")


def pre_commit(repo: Path, home: Path, hook: str, *files: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t"}
    exe = shutil.which("pre-commit") or str(Path(os.sys.executable).parent / "pre-commit")
    proc = subprocess.run([exe, "try-repo", str(ROOT), hook, "--files", *files],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=900)
    return proc


@pytest.fixture(scope="module")
def content_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    repo = tmp_path_factory.mktemp("content")
    home = tmp_path_factory.mktemp("pre-commit-home")
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    shutil.copy(SAMPLES / "binzhou-aluminium.txt", repo / "seed.txt")
    shutil.copy(SAMPLES / "clean" / "zh-hans-news.txt", repo / "clean.txt")
    subprocess.run(["git", "add", "."], cwd=repo, check=True)
    return repo, home


def test_check_hook_passes_clean_and_fails_seed(content_repo: tuple[Path, Path]) -> None:
    repo, home = content_repo
    ok = pre_commit(repo, home, "textfix-check", "clean.txt")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    bad = pre_commit(repo, home, "textfix-check", "seed.txt")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "S101" in bad.stdout
    assert (repo / "seed.txt").read_bytes() == (SAMPLES / "binzhou-aluminium.txt").read_bytes()


def test_fix_hook_rewrites_seed_once_then_passes(content_repo: tuple[Path, Path]) -> None:
    repo, home = content_repo
    expected = need_shared(SEED / "binzhou-aluminium.expected.txt").read_bytes()
    first = pre_commit(repo, home, "textfix", "seed.txt", "clean.txt")
    assert first.returncode == 1, first.stdout + first.stderr
    assert (repo / "seed.txt").read_bytes() == expected
    assert (repo / "clean.txt").read_bytes() == (SAMPLES / "clean" / "zh-hans-news.txt").read_bytes()
    second = pre_commit(repo, home, "textfix", "seed.txt", "clean.txt")
    assert second.returncode == 0, second.stdout + second.stderr
