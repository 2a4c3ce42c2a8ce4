"""Configuration: defaults < [tool.textfix] / .textfix.toml < flags; unknown keys rejected."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from textfix.errors import ConfigError
from textfix.settings import find_file, resolve


def run(*args: str, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "textfix", *args], input=stdin,
                          capture_output=True, timeout=120, cwd=cwd)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(),
                                       proc.stderr.decode())


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = resolve({}, start=tmp_path)
    assert settings.path is None or tmp_path not in settings.path.parents
    assert settings.config.script == "auto"


def test_pyproject_table_found_upward(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.textfix]\nscript = "keep"\nwidth = false\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    settings = resolve({}, start=sub)
    assert settings.path == tmp_path / "pyproject.toml"
    assert settings.config.script == "keep" and settings.config.width is False
    assert settings.origins["width"] == str(tmp_path / "pyproject.toml")
    assert settings.origins["spin"] == "default"


def test_pyproject_without_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_file(tmp_path) != tmp_path / "pyproject.toml"


def test_dot_textfix_toml_wins_and_flags_win_over_it(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.textfix]\nscript = "keep"\n')
    (tmp_path / ".textfix.toml").write_text('script = "simplified"\nignore = ["B1"]\n')
    settings = resolve({}, start=tmp_path)
    assert settings.config.script == "simplified" and settings.config.ignore == ("B1",)
    settings = resolve({"script": "traditional"}, start=tmp_path)
    assert settings.config.script == "traditional"
    assert settings.origins["script"] == "command line"


def test_unknown_key_names_key_and_file(tmp_path: Path) -> None:
    (tmp_path / ".textfix.toml").write_text("widht = false\n")
    with pytest.raises(ConfigError) as err:
        resolve({}, start=tmp_path)
    assert "'widht'" in err.value.message and str(tmp_path / ".textfix.toml") in err.value.message


@pytest.mark.parametrize("body, words", [
    ("width = 3\n", "true or false"),
    ('script = "cyrillic"\n', "script must be one of"),
    ("disable = [1]\n", "list of strings"),
    ("width = \n", "invalid TOML"),
    ("template-min-docs = 0\n", "whole number"),
    ("template-min-share = 1.5\n", "from 0 to 1"),
])
def test_bad_values_are_reported(tmp_path: Path, body: str, words: str) -> None:
    (tmp_path / ".textfix.toml").write_text(body)
    with pytest.raises(ConfigError, match=words):
        resolve({}, start=tmp_path)


def test_cli_unknown_key_exits_2_naming_key_and_file(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.textfix]\nfrobnicate = true\n")
    proc = run("check", "-", cwd=tmp_path, stdin=b"hello\n")
    assert proc.returncode == 2
    assert "frobnicate" in proc.stderr and "pyproject.toml" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_cli_config_shows_values_and_origins(tmp_path: Path) -> None:
    (tmp_path / ".textfix.toml").write_text("width = false\n")
    proc = run("config", cwd=tmp_path)
    assert proc.returncode == 0
    assert f"width = false  # {tmp_path / '.textfix.toml'}" in proc.stdout
    assert 'script = "auto"  # default' in proc.stdout


def test_config_file_changes_behaviour(tmp_path: Path) -> None:
    folded = "8月12日,会议召开。\n".encode()
    assert run("repair", cwd=tmp_path, stdin=folded).stdout == "8月12日，会议召开。\n"
    (tmp_path / ".textfix.toml").write_text("width = false\n")
    assert run("repair", cwd=tmp_path, stdin=folded).stdout == "8月12日,会议召开。\n"
    assert run("check", cwd=tmp_path, stdin=folded).returncode == 0


def test_numeric_keys(tmp_path: Path) -> None:
    (tmp_path / ".textfix.toml").write_text("template-min-docs = 3\ntemplate-min-share = 0.5\n")
    config = resolve({}, start=tmp_path).config
    assert (config.template_min_docs, config.template_min_share) == (3, 0.5)
