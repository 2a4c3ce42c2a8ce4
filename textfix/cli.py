"""The ``textfix`` command: thin typer commands over the library.

Each command parses its arguments, builds a :class:`~textfix.config.Config`, calls one library
function and presents the result. Errors are one line on stderr (``textfix: error: …``) with a
hint, never a traceback; exit codes come from :class:`ExitCode`.
"""

from __future__ import annotations

import json
import sys
from enum import IntEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from ._version import __version__
from .config import Config
from .errors import InputError, TextfixError


class ExitCode(IntEnum):
    """Exit codes: 0 nothing found or changed, 1 problems found or files changed, 2 error."""

    OK = 0
    FOUND = 1
    ERROR = 2


app = typer.Typer(
    name="textfix",
    help="Repair scraped text (charsets, mojibake, pinyin spin, folded CJK punctuation, "
    "boilerplate) and archive it as clean UTF-8 with a provenance header.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _error(err: TextfixError | str, hint: str = "") -> None:
    message = err.message if isinstance(err, TextfixError) else err
    hint = err.hint if isinstance(err, TextfixError) else hint
    sys.stderr.write(f"textfix: error: {message}\n")
    if hint:
        sys.stderr.write(f"textfix: hint: {hint}\n")


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"textfix {__version__}\n")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True,
                           help="Print the version and exit.")
    ] = False,
) -> None:
    """Repair scraped text and archive it as clean UTF-8."""


EncodingOpt = Annotated[
    Optional[str],
    typer.Option("--encoding", "-e", help="Input encoding (default: detect).", metavar="NAME"),
]
LangOpt = Annotated[
    Optional[str],
    typer.Option("--lang", help="Language hint for short inputs (zh, ja, ko, ru…).",
                 metavar="LANG"),
]
ScriptOpt = Annotated[
    str,
    typer.Option("--script",
                 help="Chinese script: auto (restore Simplified only where spin proves machine "
                 "conversion), keep, simplified, traditional."),
]
KeepBoilerplateOpt = Annotated[
    bool, typer.Option("--keep-boilerplate", help="Do not remove boilerplate lines.")
]


def _config(encoding: str | None, lang: str | None, script: str,
            keep_boilerplate: bool) -> Config:
    return Config(encoding=encoding, lang=lang, script=script,  # type: ignore[arg-type]
                  boilerplate=not keep_boilerplate)


def _inputs(files: list[Path] | None) -> list[Path | None]:
    """``None`` stands for standard input (no FILE, or ``-``)."""
    if not files:
        return [None]
    return [None if str(f) == "-" else f for f in files]


def _read(path: Path | None) -> bytes:
    from .files import read_bytes

    if path is None:
        if sys.stdin is None or sys.stdin.closed:
            raise InputError("no input", "pipe text in or name a FILE")
        return sys.stdin.buffer.read()
    return read_bytes(path)


@app.command()
def repair(
    files: Annotated[Optional[list[Path]], typer.Argument(
        help="Files to repair; none or '-' reads standard input.", show_default=False)] = None,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Write each repaired file into this folder.")] = None,
    in_place: Annotated[bool, typer.Option(
        "--in-place", "-i", help="Replace each FILE atomically (exit 1 if any changed).")] = False,
    encoding: EncodingOpt = None,
    lang: LangOpt = None,
    script: ScriptOpt = "auto",
    keep_boilerplate: KeepBoilerplateOpt = False,
) -> None:
    """Repair text: standard input to standard output, or FILEs to stdout, -o DIR or in place."""
    from . import archive
    from .repair import repair as run_repair

    if in_place and output is not None:
        _error("--in-place and --output exclude each other", "choose one")
        raise typer.Exit(ExitCode.ERROR)
    inputs = _inputs(files)
    if in_place and None in inputs:
        _error("--in-place needs FILE arguments", "name the files to rewrite")
        raise typer.Exit(ExitCode.ERROR)
    try:
        config = _config(encoding, lang, script, keep_boilerplate)
    except TextfixError as e:
        _error(e)
        raise typer.Exit(ExitCode.ERROR) from None
    status = ExitCode.OK
    for path in inputs:
        try:
            result = run_repair(_read(path), config)
            body = result.text.encode("utf-8")
            if in_place and path is not None:
                if result.changed or result.encoding not in ("utf-8", "ascii"):
                    archive.write_atomic(path, body)
                    sys.stderr.write(f"textfix: repaired {path}\n")
                    status = max(status, ExitCode.FOUND)
            elif output is not None:
                name = path.name if path is not None else "stdin.txt"
                archive.write_atomic(output / name, body)
            else:
                sys.stdout.buffer.write(body)
                sys.stdout.flush()
        except TextfixError as e:
            _error(e)
            status = ExitCode.ERROR
    raise typer.Exit(status)


@app.command()
def check(
    files: Annotated[Optional[list[Path]], typer.Argument(
        help="Files to check; none or '-' reads standard input.", show_default=False)] = None,
    output_format: Annotated[str, typer.Option(
        "--format", help="Output format: text (path:line:col: CODE message) or json.")] = "text",
    encoding: EncodingOpt = None,
    lang: LangOpt = None,
    script: ScriptOpt = "auto",
) -> None:
    """Report problems, one per line; exit 1 if anything fixable is found, 0 if none."""
    from .detector import detect

    if output_format not in ("text", "json"):
        _error(f"unknown format {output_format!r}", "use text or json")
        raise typer.Exit(ExitCode.ERROR)
    try:
        config = _config(encoding, lang, script, False)
    except TextfixError as e:
        _error(e)
        raise typer.Exit(ExitCode.ERROR) from None
    status = ExitCode.OK
    report = []
    for path in _inputs(files):
        name = str(path) if path is not None else "-"
        try:
            findings = detect(_read(path), config)
        except TextfixError as e:
            _error(e)
            status = ExitCode.ERROR
            continue
        if any(f.fixable for f in findings) and status == ExitCode.OK:
            status = ExitCode.FOUND
        if output_format == "json":
            report.append({"path": name, "findings": [f.to_dict() for f in findings]})
        else:
            for f in findings:
                sys.stdout.write(f"{name}:{f.line}:{f.col}: {f.code} {f.message}\n")
    if output_format == "json":
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    raise typer.Exit(status)


@app.command("archive")
def archive_cmd(
    sources: Annotated[list[Path], typer.Argument(
        help="Files or folders (searched recursively) to archive.", show_default=False)],
    output: Annotated[Path, typer.Option(
        "--output", "-o", help="Archive folder (created if missing).", show_default=False)],
    encoding: EncodingOpt = None,
    lang: LangOpt = None,
    script: ScriptOpt = "auto",
    keep_boilerplate: KeepBoilerplateOpt = False,
) -> None:
    """Write each source to the archive folder as clean UTF-8 with a provenance header."""
    from .batch import archive

    try:
        config = _config(encoding, lang, script, keep_boilerplate)
        missing = [s for s in sources if not s.exists()]
        if missing:
            raise InputError(f"{missing[0]}: no such file or folder", "check the path")
    except TextfixError as e:
        _error(e)
        raise typer.Exit(ExitCode.ERROR) from None
    counts = {"archived": 0, "skipped": 0, "failed": 0}
    for outcome in archive(sources, output, config):
        counts[outcome.status] += 1
        if outcome.status == "archived":
            sys.stderr.write(f"textfix: {outcome.source} -> {outcome.output} "
                             f"({outcome.findings} findings)\n")
        else:
            sys.stderr.write(f"textfix: {outcome.status}: {outcome.message}\n")
    sys.stderr.write(
        f"textfix: {counts['archived']} archived, {counts['skipped']} skipped, "
        f"{counts['failed']} failed -> {output}\n"
    )
    raise typer.Exit(ExitCode.ERROR if counts["failed"] else ExitCode.OK)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("textfix: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(ExitCode.OK)
