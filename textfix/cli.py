"""The ``textfix`` command: thin typer commands over the library.

Each command parses its arguments, resolves the configuration (defaults < ``[tool.textfix]`` or
``.textfix.toml`` < flags), calls one library function and presents the result: rich on a
terminal, plain text or JSON when piped. Errors are one line on stderr (``textfix: error: …``)
with a hint, never a traceback; exit codes come from :class:`ExitCode`.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from enum import IntEnum
from pathlib import Path
from typing import Annotated, Any, BinaryIO, Optional

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
    rich_markup_mode=None,
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


FilesArg = Annotated[Optional[list[Path]], typer.Argument(
    help="Files; none or '-' reads standard input.", show_default=False)]
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
    Optional[str],
    typer.Option("--script", metavar="auto|keep|simplified|traditional",
                 help="Chinese script: auto (default; restore Simplified only where spin proves "
                 "machine conversion), keep, simplified, traditional."),
]
KeepBoilerplateOpt = Annotated[
    bool, typer.Option("--keep-boilerplate", help="Do not remove boilerplate lines.")
]
ConfigOpt = Annotated[
    Optional[Path],
    typer.Option("--config", help="Configuration file (default: the nearest .textfix.toml or "
                 "pyproject.toml with [tool.textfix], from the working directory upward).",
                 metavar="PATH"),
]


def _codes(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(c.strip().upper() for c in value.split(",") if c.strip())


def _settings(config_file: Path | None = None, **flags: Any) -> Any:
    from .settings import resolve

    return resolve(flags, path=config_file)


def _config(encoding: str | None, lang: str | None, script: str | None,
            keep_boilerplate: bool, config_file: Path | None = None, **flags: Any) -> Config:
    """The effective configuration: defaults < configuration file < the flags given."""
    settings = _settings(config_file, encoding=encoding, lang=lang, script=script,
                         boilerplate=False if keep_boilerplate else None, **flags)
    config: Config = settings.config
    return config


def _inputs(files: list[Path] | None) -> list[Path | None]:
    """``None`` stands for standard input (no FILE, or ``-``)."""
    if not files:
        return [None]
    return [None if str(f) == "-" else f for f in files]


def _read(path: Path | None) -> bytes:
    """All of standard input (``None``) or of ``path``."""
    with _open(path) as stream:
        return stream.read()


@app.command()
def repair(
    files: FilesArg = None,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Write each repaired file into this folder.")] = None,
    in_place: Annotated[bool, typer.Option(
        "--in-place", "-i", help="Replace each FILE atomically (exit 1 if any changed).")] = False,
    encoding: EncodingOpt = None,
    lang: LangOpt = None,
    script: ScriptOpt = None,
    keep_boilerplate: KeepBoilerplateOpt = False,
    config_file: ConfigOpt = None,
) -> None:
    """Repair text: standard input to standard output, or FILEs to stdout, -o DIR or in place."""
    from . import archive
    from .repair import repair_stream

    if in_place and output is not None:
        _error("--in-place and --output exclude each other", "choose one")
        raise typer.Exit(ExitCode.ERROR)
    inputs = _inputs(files)
    if in_place and None in inputs:
        _error("--in-place needs FILE arguments", "name the files to rewrite")
        raise typer.Exit(ExitCode.ERROR)
    try:
        config = _config(encoding, lang, script, keep_boilerplate, config_file)
    except TextfixError as e:
        _error(e)
        raise typer.Exit(ExitCode.ERROR) from None
    status = ExitCode.OK
    for path in inputs:
        try:
            if in_place and path is not None:
                if _rewrite(path, config):
                    sys.stderr.write(f"textfix: repaired {path}\n")
                    status = max(status, ExitCode.FOUND)
                continue
            with _open(path) as stream:
                pieces = (r.text.encode("utf-8") for r in repair_stream(stream, config))
                if output is not None:
                    name = path.name if path is not None else "stdin.txt"
                    archive.write_atomic(output / name, pieces)
                else:
                    for piece in pieces:
                        sys.stdout.buffer.write(piece)
                    sys.stdout.flush()
        except TextfixError as e:
            _error(e)
            status = ExitCode.ERROR
    raise typer.Exit(status)


@contextlib.contextmanager
def _open(path: Path | None) -> Iterator[BinaryIO]:
    """Standard input (``None``) or ``path``, opened for streaming."""
    from .files import open_input

    if path is None:
        if sys.stdin is None or sys.stdin.closed:
            raise InputError("no input", "pipe text in or name a FILE")
        yield sys.stdin.buffer
        return
    with open_input(path) as stream:
        yield stream


def _rewrite(path: Path, config: Config) -> bool:
    """Repair ``path`` in place (atomically); True when its bytes changed.

    A file up to one streaming piece is compared byte for byte and left untouched when clean;
    a larger one is streamed into its replacement.
    """
    from . import archive
    from .repair import CHUNK_BYTES, repair, repair_stream

    with _open(path) as stream:
        data = stream.read(CHUNK_BYTES + 1)
        if len(data) <= CHUNK_BYTES:
            body = repair(data, config).text.encode("utf-8")
            if body == data:
                return False
            archive.write_atomic(path, body)
            return True
        changed = False

        def pieces() -> Iterator[bytes]:
            nonlocal changed
            stream.seek(0)  # in place means a regular file
            for r in repair_stream(stream, config):
                changed = changed or r.changed or any(f.code.startswith("D") for f in r.findings)
                yield r.text.encode("utf-8")

        archive.write_atomic(path, pieces())
        return changed



@app.command()
def check(
    files: FilesArg = None,
    output_format: Annotated[str, typer.Option(
        "--format", metavar="text|json|github",
        help="text: path:line:col: CODE message; json: see textfix/schemas/check.schema.json; "
        "github: workflow annotations.")] = "text",
    diff: Annotated[bool, typer.Option(
        "--diff", help="Print a unified diff of what 'repair' would change instead.")] = False,
    select: Annotated[Optional[str], typer.Option(
        "--select", metavar="CODES", help="Report only these codes or prefixes (B,S101).")] = None,
    ignore: Annotated[Optional[str], typer.Option(
        "--ignore", metavar="CODES", help="Do not report these codes or prefixes.")] = None,
    exit_zero: Annotated[bool, typer.Option(
        "--exit-zero", help="Exit 0 even when problems are found.")] = False,
    statistics: Annotated[bool, typer.Option(
        "--statistics", help="Print counts by code after the findings.")] = False,
    encoding: EncodingOpt = None,
    lang: LangOpt = None,
    script: ScriptOpt = None,
    config_file: ConfigOpt = None,
) -> None:
    """Report problems, one per line; exit 1 if anything fixable is found, 0 if none."""
    from . import report as rep
    from .repair import repair as run_repair

    if output_format not in rep.FORMATS:
        _error(f"unknown format {output_format!r}", f"use one of: {', '.join(rep.FORMATS)}")
        raise typer.Exit(ExitCode.ERROR)
    try:
        config = _config(encoding, lang, script, False, config_file,
                         select=_codes(select), ignore=_codes(ignore))
    except TextfixError as e:
        _error(e)
        raise typer.Exit(ExitCode.ERROR) from None
    report = rep.Report()
    for path in _inputs(files):
        name = str(path) if path is not None else "-"
        try:
            result = run_repair(_read(path), config)
        except TextfixError as e:
            _error(e)
            report.errors.append((name, str(e)))
            continue
        report.add(name, result, config)
    out = sys.stdout
    if diff:
        out.write(report.render_diff())
    elif output_format == "json":
        from . import _json

        out.write(_json.dumps(report.to_json(), indent=2) + "\n")
    elif output_format == "github":
        out.write(report.render_github())
    else:
        out.write(report.render_text())
        if statistics:
            out.write(report.render_statistics())
    if report.errors:
        raise typer.Exit(ExitCode.ERROR)
    found = report.changes_pending() if diff else report.fixable_count() > 0
    raise typer.Exit(ExitCode.FOUND if found and not exit_zero else ExitCode.OK)


@app.command("config")
def config_cmd(config_file: ConfigOpt = None) -> None:
    """Show the effective configuration and where each value came from."""
    from .settings import describe

    try:
        settings = _settings(config_file)
    except TextfixError as e:
        _error(e)
        raise typer.Exit(ExitCode.ERROR) from None
    where = settings.path or "none found"
    sys.stdout.write(f"# configuration file: {where}\n")
    for key, origin in settings.origins.items():
        value = describe(getattr(settings.config, key))
        sys.stdout.write(f"{key.replace('_', '-')} = {value}  # {origin}\n")
    raise typer.Exit(ExitCode.OK)


@app.command()
def explain(
    file: Annotated[Path, typer.Argument(help="The file to explain ('-' for standard input).",
                                          show_default=False)],
    encoding: EncodingOpt = None,
    lang: LangOpt = None,
    script: ScriptOpt = None,
    config_file: ConfigOpt = None,
) -> None:
    """Show each problem in context: the damaged text, the evidence, and the repair."""
    from .explain import render
    from .repair import repair as run_repair

    try:
        config = _config(encoding, lang, script, False, config_file)
        result = run_repair(_read(None if str(file) == "-" else file), config)
    except TextfixError as e:
        _error(e)
        raise typer.Exit(ExitCode.ERROR) from None
    render(str(file), result, sys.stdout)
    raise typer.Exit(ExitCode.FOUND if any(f.fixable for f in result.findings) else ExitCode.OK)


@app.command("archive")
def archive_cmd(
    sources: Annotated[list[str], typer.Argument(
        help="Files or folders (searched recursively) to archive: paths or URLs "
        "(s3://…, gs://…; any fsspec protocol installed).", show_default=False)],
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="PATH|URL", help="Archive folder (created if missing).",
        show_default=False)],
    include: Annotated[Optional[list[str]], typer.Option(
        "--include", metavar="GLOB", help="Archive only files matching GLOB (relative to each "
        "source folder; repeatable).", show_default=False)] = None,
    exclude: Annotated[Optional[list[str]], typer.Option(
        "--exclude", metavar="GLOB", help="Skip files and folders matching GLOB "
        "(repeatable).", show_default=False)] = None,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", metavar="N", help="Worker processes (default: all cores).",
        show_default=False)] = None,
    resume: Annotated[bool, typer.Option(
        "--resume", help="Keep outputs the manifest shows are current; archive the rest.")
    ] = False,
    engine: Annotated[str, typer.Option(
        "--engine", metavar="local|dask", help="Run on local processes or on Dask.")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", metavar="ADDRESS", help="Dask scheduler to join (default: start a "
        "local cluster); needs --engine dask.", show_default=False)] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print the summary as JSON on standard output.")] = False,
    encoding: EncodingOpt = None,
    lang: LangOpt = None,
    script: ScriptOpt = None,
    keep_boilerplate: KeepBoilerplateOpt = False,
    config_file: ConfigOpt = None,
) -> None:
    """Archive files and folders as clean UTF-8 with provenance headers, in parallel.

    Relative paths are mirrored below OUT; binary files are skipped; OUT/textfix-manifest.jsonl
    records every source, and --resume finishes an interrupted run. Exit 2 if any file failed.
    """
    from . import batch
    from .progress import listener, render_summary

    try:
        config = _config(encoding, lang, script, keep_boilerplate, config_file)
        options = batch.Options(jobs=jobs, engine=engine, scheduler=scheduler,
                                include=tuple(include or ()), exclude=tuple(exclude or ()),
                                resume=resume)
        shown = listener(sys.stderr)
        try:
            from .storage import location

            summary = batch.run([location(s) for s in sources], location(output), config,
                                options, shown)
        finally:
            shown.close()
    except TextfixError as e:
        _error(e)
        raise typer.Exit(ExitCode.ERROR) from None
    sys.stderr.write(render_summary(summary))
    if as_json:
        from . import _json

        sys.stdout.write(_json.dumps(summary.to_dict(), indent=2) + "\n")
    raise typer.Exit(ExitCode.ERROR if summary.failed else ExitCode.OK)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("textfix: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(ExitCode.OK)
    except Exception as e:  # a bug: say so in one line, with the way to see the traceback
        import os

        if os.environ.get("TEXTFIX_DEBUG"):
            raise
        _error(f"internal error: {type(e).__name__}: {e}",
               "this is a bug in textfix; rerun with TEXTFIX_DEBUG=1 for the traceback and "
               "report it")
        sys.exit(ExitCode.ERROR)
