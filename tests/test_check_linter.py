"""`textfix check` behaves like a linter: formats, select/ignore, statistics, diff, exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from .conftest import SAMPLES

SEED = SAMPLES / "binzhou-aluminium.txt"
CLEAN = SAMPLES / "clean" / "zh-hans-news.txt"
FOLDED = "8月12日,滨州市召开会议;会议指出:要坚持(问题)导向!\n"


def run(*args: str, stdin: bytes = b"", cwd: Path | None = None
        ) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "textfix", *args], input=stdin,
                          capture_output=True, timeout=120, cwd=cwd)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(),
                                       proc.stderr.decode())


def schema() -> dict:
    text = resources.files("textfix").joinpath("schemas/check.schema.json").read_text("utf-8")
    return json.loads(text)


def test_text_format_is_path_line_col_code() -> None:
    proc = run("check", str(SEED))
    assert proc.returncode == 1
    for line in proc.stdout.splitlines():
        assert re.fullmatch(rf"{re.escape(str(SEED))}:\d+:\d+: [DMSWB]\d{{3}} .+", line), line


def test_json_validates_against_the_shipped_schema() -> None:
    proc = run("check", "--format", "json", str(SEED), str(CLEAN))
    assert proc.returncode == 1
    report = json.loads(proc.stdout)
    jsonschema.validate(report, schema())
    assert [f["path"] for f in report["files"]] == [str(SEED), str(CLEAN)]
    assert report["files"][1]["findings"] == []
    assert report["statistics"]["S101"] == sum(
        f["code"] == "S101" for f in report["files"][0]["findings"])


def test_json_with_errors_validates(tmp_path: Path) -> None:
    proc = run("check", "--format", "json", str(tmp_path / "missing.txt"), str(CLEAN))
    assert proc.returncode == 2
    report = json.loads(proc.stdout)
    jsonschema.validate(report, schema())
    assert report["errors"][0]["path"].endswith("missing.txt")


def test_schema_rejects_a_malformed_report() -> None:
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"version": 1, "files": [{"path": "x"}]}, schema())


# ::error file=F,line=L,col=C,title=T::message — properties escape % \r \n : , ; data % \r \n.
GITHUB = re.compile(r"::(error|warning) file=[^,:]+,line=\d+,col=\d+,title=[^,:]+::[^\r\n]*")


def test_github_format_matches_workflow_command_syntax() -> None:
    proc = run("check", "--format", "github", str(SEED))
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines and all(GITHUB.fullmatch(line) for line in lines)
    assert any("title=S101 pinyin-annotation::" in line for line in lines)


def test_github_escaping() -> None:
    from textfix.report import _escape_data, _escape_property

    assert _escape_data("50% a\nb\r") == "50%25 a%0Ab%0D"
    assert _escape_property("a:b,c") == "a%3Ab%2Cc"


def test_select_and_ignore_by_prefix() -> None:
    proc = run("check", "--select", "B", str(SEED))
    codes = {line.split(": ")[1].split()[0] for line in proc.stdout.splitlines()}
    assert codes and all(c.startswith("B") for c in codes)
    proc = run("check", "--ignore", "S101,W", str(SEED))
    codes = {line.split(": ")[1].split()[0] for line in proc.stdout.splitlines()}
    assert "S101" not in codes and not any(c.startswith("W") for c in codes)
    assert "S102" in codes and proc.returncode == 1
    proc = run("check", "--select", "M", str(SEED))
    assert (proc.returncode, proc.stdout) == (0, "")


def test_exit_zero() -> None:
    proc = run("check", "--exit-zero", str(SEED))
    assert proc.returncode == 0 and proc.stdout


def test_statistics() -> None:
    proc = run("check", "--statistics", "--select", "W", stdin=FOLDED.encode())
    lines = proc.stdout.splitlines()
    assert re.fullmatch(r"\s*1\s+W101\s+folded-punctuation", lines[-1])


def test_diff_shows_what_repair_would_change() -> None:
    proc = run("check", "--diff", stdin=FOLDED.encode())
    assert proc.returncode == 1
    assert "-8月12日,滨州市" in proc.stdout and "+8月12日，滨州市" in proc.stdout
    proc = run("check", "--diff", str(CLEAN))
    assert (proc.returncode, proc.stdout) == (0, "")


def test_unknown_format_is_a_usage_error() -> None:
    proc = run("check", "--format", "xml", str(CLEAN))
    assert proc.returncode == 2 and "unknown format" in proc.stderr


def test_explain_in_a_pipe_is_plain_text() -> None:
    proc = run("explain", "-", stdin=FOLDED.encode())
    assert proc.returncode == 1
    assert "\x1b[" not in proc.stdout
    assert "W101 folded-punctuation" in proc.stdout
    assert "repair:   ',' → '，'" in proc.stdout
    proc = run("explain", str(CLEAN))
    assert proc.returncode == 0 and "no problems found" in proc.stdout


def test_readme_documents_exit_codes_and_every_command() -> None:
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    for command in ("repair", "check", "archive", "explain", "config"):
        assert f"textfix {command}" in readme
    for option in ("--format", "--diff", "--select", "--ignore", "--exit-zero", "--statistics"):
        assert option in readme
