"""End to end through the real pre-commit framework (`pre-commit try-repo` on this repo)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import textfix

from .conftest import ROOT, SAMPLES, SEED_EXPECTED

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


def test_fix_hook_repairs_but_keeps_lines_unless_configured(content_repo: tuple[Path, Path]
                                                            ) -> None:
    """By default the fixer repairs the text and removes no line (a commit must not drop a
    page's author, date and source unasked; textfix-check reports them); with
    ``hook-boilerplate = true`` in the repository's configuration it removes them too."""
    repo, home = content_repo
    source = (SAMPLES / "binzhou-aluminium.txt").read_bytes()
    kept = textfix.repair(source, textfix.Config(boilerplate=False)).text.encode("utf-8")
    first = pre_commit(repo, home, "textfix", "seed.txt", "clean.txt")
    assert first.returncode == 1, first.stdout + first.stderr
    fixed = (repo / "seed.txt").read_bytes()
    assert fixed == kept
    assert "作者： 张现攀".encode() in fixed and "责任编辑：孟庆科".encode() in fixed
    assert (repo / "clean.txt").read_bytes() == (SAMPLES / "clean" / "zh-hans-news.txt").read_bytes()
    second = pre_commit(repo, home, "textfix", "seed.txt", "clean.txt")
    assert second.returncode == 0, second.stdout + second.stderr

    shutil.copy(SAMPLES / "binzhou-aluminium.txt", repo / "seed.txt")
    (repo / ".textfix.toml").write_text("hook-boilerplate = true\n", encoding="utf-8")
    try:
        third = pre_commit(repo, home, "textfix", "seed.txt")
        assert third.returncode == 1, third.stdout + third.stderr
        assert (repo / "seed.txt").read_bytes() == SEED_EXPECTED.read_bytes()
        fourth = pre_commit(repo, home, "textfix", "seed.txt")
        assert fourth.returncode == 0, fourth.stdout + fourth.stderr
    finally:
        (repo / ".textfix.toml").unlink()
