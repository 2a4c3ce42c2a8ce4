"""The ``textfix`` command: thin typer commands over the library.

Each command parses its arguments, resolves the configuration (defaults < ``[tool.textfix]`` or
``.textfix.toml`` < flags), calls one library function and presents the result: rich on a
terminal, plain text or JSON when piped. Errors are one line on stderr (``textfix: error: …``)
with a hint, never a traceback; exit codes come from :class:`ExitCode`.
"""

# No ``from __future__ import annotations`` here: typer reads every command's annotations
# each time the command line starts, and string annotations cost a compile each (120 of them,
# 5 ms of CPU per start-up); evaluated once when the module is imported they cost nothing.

import contextlib
import sys
from collections import Counter
from collections.abc import Iterator
from enum import IntEnum
from pathlib import Path
from typing import Annotated, Any, BinaryIO, NamedTuple, Optional

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
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
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
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
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


def _codes(values: list[str] | None) -> tuple[str, ...] | None:
    """``--select B,S101 --select W``: codes separated by commas, the option repeatable."""
    if not values:
        return None
    return tuple(c.strip().upper() for v in values for c in v.split(",") if c.strip())


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


@app.command()
def repair(
    files: FilesArg = None,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Write each repaired file into this folder.")] = None,
    in_place: Annotated[bool, typer.Option(
        "--in-place", "-i", help="Replace each FILE atomically (exit 1 if any changed).")] = False,
    removed_file: Annotated[Optional[Path], typer.Option(
        "--removed", metavar="FILE", help="Write the removed lines to FILE as JSON Lines "
        "(path, source line, code, text).", show_default=False)] = None,
    hook: Annotated[bool, typer.Option(
        "--hook", hidden=True, help="As the pre-commit fixer: remove boilerplate lines only "
        "when the configuration sets hook-boilerplate = true.")] = False,
    encoding: EncodingOpt = None,
    lang: LangOpt = None,
    script: ScriptOpt = None,
    keep_boilerplate: KeepBoilerplateOpt = False,
    config_file: ConfigOpt = None,
) -> None:
    """Repair text: standard input to standard output, or FILEs to stdout, -o DIR or in place."""
    from .files import check_locations, check_output_folder

    if in_place and output is not None:
        _error("--in-place and --output exclude each other", "choose one")
        raise typer.Exit(ExitCode.ERROR)
    inputs = _inputs(files)
    if in_place and None in inputs:
        _error("--in-place needs FILE arguments", "name the files to rewrite")
        raise typer.Exit(ExitCode.ERROR)
    try:
        config = _config(encoding, lang, script, keep_boilerplate, config_file)
        if hook:
            config = config.with_changes(boilerplate=config.boilerplate
                                         and config.hook_boilerplate)
        if output is not None:
            named = [p for p in inputs if p is not None]
            check_output_folder(output, named, one_file=f"textfix repair FILE > {output}")
            check_locations([p for p in named if p.exists()], output)
    except TextfixError as e:
        _error(e)
        raise typer.Exit(ExitCode.ERROR) from None
    status = ExitCode.OK
    taken: dict[str, Path | None] = {}
    removed: list[dict[str, Any]] = []
    for path in inputs:
        shown = str(path) if path is not None else "-"
        try:
            if output is not None:
                name = path.name if path is not None else "stdin.txt"
                if name in taken:
                    first = taken[name]
                    raise InputError(f"{first if first is not None else '-'} already goes to "
                                     f"{name}", "give inputs different names, or repair them "
                                     "into different folders")
                taken[name] = path
            if in_place and path is not None:
                changed, results = _rewrite(path, config)
                if changed:
                    sys.stderr.write(f"textfix: repaired {path}\n")
                    status = max(status, ExitCode.FOUND)
            else:
                results = _repair_to(path, output, config)
            _warn_damage(shown, results)
            removed.extend(_removed_records(shown, results))
        except TextfixError as e:
            _error(_named(e, path))
            status = ExitCode.ERROR
    if removed_file is not None:
        try:
            _write_removed(removed_file, removed)
        except TextfixError as e:
            _error(e)
            status = ExitCode.ERROR
    raise typer.Exit(status)


def _named(err: TextfixError, path: Path | None) -> TextfixError:
    """``err`` with the input's name in front, unless its message names it already."""
    name = str(path) if path is not None else "<stdin>"
    if err.message.startswith(name) or (path is not None and str(path) in err.message):
        return err
    return type(err)(f"{name}: {err.message}", err.hint)


def _repair_to(path: Path | None, output: Path | None, config: Config) -> list[Any]:
    """Repair one input to standard output or into the folder ``output``; the results."""
    from . import archive
    from .files import make_output_dir
    from .repair import repair_stream

    results: list[Any] = []

    def pieces(stream: BinaryIO) -> Iterator[bytes]:
        for r in repair_stream(stream, config):
            results.append(_slim(r))
            yield r.text.encode("utf-8")

    with _open(path) as stream:
        if output is not None:
            from pathlib import PurePosixPath

            name = path.name if path is not None else "stdin.txt"
            dest = make_output_dir(output, PurePosixPath(name))
            archive.write_atomic(dest, pieces(stream))
        else:
            for piece in pieces(stream):
                sys.stdout.buffer.write(piece)
            sys.stdout.flush()
    return results


class _Piece(NamedTuple):
    """What the CLI keeps of a streamed piece's result once it is written: its line count,
    its removed lines and the count of damage left by code; no texts and no findings, so
    memory stays flat however long the input."""

    lines: int
    removed: tuple[Any, ...]
    lost: Counter[str]


def _slim(result: Any) -> _Piece:
    from .codes import Code
    from .lines import line_count

    lost = Counter(str(f.code) for f in result.findings
                   if f.code in (Code.UNDECODABLE_BYTES, Code.UNRECOVERABLE))
    return _Piece(line_count(result.source_text), result.removed, lost)


def _warn_damage(name: str, pieces: list[_Piece]) -> None:
    """One stderr line when the output still holds damage textfix could not repair (U+FFFD,
    lost text); the exit status is not changed."""
    from .codes import Code

    counts: Counter[str] = Counter()
    for piece in pieces:
        counts.update(piece.lost)
    if not counts:
        return
    what = ", ".join(f"{n} × {c}" for c, n in sorted(counts.items()))
    hint = "; is --encoding right?" if counts[str(Code.UNDECODABLE_BYTES)] else ""
    sys.stderr.write(f"textfix: warning: {name}: the output still holds damage textfix cannot "
                     f"repair ({what}){hint}; 'textfix check {name}' shows where\n")


def _removed_records(name: str, pieces: list[_Piece]) -> Iterator[dict[str, Any]]:
    """The removed lines of one input's pieces, numbered in the whole input's lines."""
    offset = 0
    for piece in pieces:
        for line in piece.removed:
            yield {"path": name, "line": line.line + offset, "code": str(line.code),
                   "name": line.name, "text": line.source}
        offset += piece.lines


def _write_removed(path: Path, records: list[dict[str, Any]]) -> None:
    """``--removed FILE``: one JSON line per removed line, written atomically."""
    from . import _json, archive

    archive.write_atomic(path, b"".join(
        (_json.dumps(r) + "\n").encode("utf-8") for r in records))


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


def _in_place_target(path: Path) -> Path:
    """The file a rewrite of ``path`` replaces: through symbolic links to their target; a file
    with other hard links is refused (replacing it would cut them off)."""
    import os

    from .errors import OutputError

    target = Path(os.path.realpath(path))
    try:
        links = target.stat().st_nlink
    except OSError:
        return target  # reading it reports the problem
    if links > 1:
        raise OutputError(f"{path}: has {links} hard links; rewriting it in place would break "
                          "them", "repair it into a folder with -o DIR, or copy it first")
    return target


def _rewrite(path: Path, config: Config) -> tuple[bool, list[Any]]:
    """Repair ``path`` in place (atomically): whether its bytes changed, and the results.

    A symbolic link is written through to its target (the link stays). A file up to one
    streaming piece is compared byte for byte and left untouched when clean; a larger one is
    streamed into its replacement.
    """
    from . import archive
    from .repair import CHUNK_BYTES, repair, repair_stream

    with _open(path) as stream:
        data = stream.read(CHUNK_BYTES + 1)
        if len(data) <= CHUNK_BYTES:
            result = repair(data, config)
            body = result.text.encode("utf-8")
            if body == data:
                return False, [_slim(result)]
            archive.write_atomic(_in_place_target(path), body)
            return True, [_slim(result)]
        target = _in_place_target(path)
        changed = False
        results: list[Any] = []

        def pieces() -> Iterator[bytes]:
            nonlocal changed
            stream.seek(0)  # in place means a regular file
            for r in repair_stream(stream, config):
                changed = changed or r.changed
                results.append(_slim(r))
                yield r.text.encode("utf-8")

        archive.write_atomic(target, pieces())
        return changed, results


@app.command()
def check(
    files: FilesArg = None,
    output_format: Annotated[str, typer.Option(
        "--format", metavar="text|json|github",
        help="text: path:line:col: CODE message; json: see textfix/schemas/check.schema.json; "
        "github: workflow annotations.")] = "text",
    diff: Annotated[bool, typer.Option(
        "--diff", help="Print a unified diff of what 'repair' would change instead.")] = False,
    select: Annotated[Optional[list[str]], typer.Option(
        "--select", metavar="CODES", help="Report only these codes or prefixes (B,S101; "
        "repeatable).", show_default=False)] = None,
    ignore: Annotated[Optional[list[str]], typer.Option(
        "--ignore", metavar="CODES", help="Do not report these codes or prefixes "
        "(repeatable).", show_default=False)] = None,
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
    # Each input is streamed (repair_stream) and its findings are written as they are found,
    # in the whole input's line numbers: memory stays flat whatever the input's size.
    from . import report as rep
    from .repair import repair_stream

    if output_format not in rep.FORMATS:
        _error(f"unknown format {output_format!r}", f"use one of: {', '.join(rep.FORMATS)}")
        raise typer.Exit(ExitCode.ERROR)
    try:
        config = _config(encoding, lang, script, False, config_file,
                         select=_codes(select), ignore=_codes(ignore))
    except TextfixError as e:
        _error(e)
        raise typer.Exit(ExitCode.ERROR) from None
    if diff:
        _check_diff(_inputs(files), config, exit_zero)
    writer = rep.Writer(sys.stdout, output_format, config, statistics=statistics)
    for path in _inputs(files):
        writer.open(str(path) if path is not None else "-")
        try:
            with _open(path) as stream:
                for result in repair_stream(stream, config):
                    writer.add(result)
        except TextfixError as e:
            e = _named(e, path)
            _error(e)
            writer.error(str(path) if path is not None else "-", str(e))
        finally:
            writer.close()
    writer.finish()
    if writer.errors:
        raise typer.Exit(ExitCode.ERROR)
    raise typer.Exit(ExitCode.FOUND if writer.fixable and not exit_zero else ExitCode.OK)


def _check_diff(inputs: list[Path | None], config: Config, exit_zero: bool) -> None:
    """``check --diff``: the unified diff of what ``repair`` would change, each input streamed
    piece by piece like the findings."""
    from .repair import repair_stream
    from .report import write_diff

    errors = found = False
    for path in inputs:
        try:
            with _open(path) as stream:
                found = write_diff(str(path) if path is not None else "-",
                                   repair_stream(stream, config), sys.stdout) or found
        except TextfixError as e:
            _error(_named(e, path))
            errors = True
    if errors:
        raise typer.Exit(ExitCode.ERROR)
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
        value = getattr(settings.config, key)
        if value is None:  # TOML has no null: an unset key is left out
            sys.stdout.write(f"# {key.replace('_', '-')} is not set  # {origin}\n")
            continue
        sys.stdout.write(f"{key.replace('_', '-')} = {describe(value)}  # {origin}\n")
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
    from .explain import render_stream
    from .repair import repair_stream

    path = None if str(file) == "-" else file
    try:
        config = _config(encoding, lang, script, False, config_file)
        with _open(path) as stream:
            fixable = render_stream(str(file), repair_stream(stream, config), sys.stdout)
    except TextfixError as e:
        _error(_named(e, path))
        raise typer.Exit(ExitCode.ERROR) from None
    raise typer.Exit(ExitCode.FOUND if fixable else ExitCode.OK)


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

    _RESUMABLE.append(True)
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


#: Set by a command whose interrupted work ``--resume`` finishes (``archive``).
_RESUMABLE: list[bool] = []


def _usage_error(e: Any) -> None:
    """A click usage error in textfix's style: one ``textfix: error:`` line and a hint."""
    ctx = getattr(e, "ctx", None)
    where = ctx.command_path if ctx is not None else "textfix"
    _error(e.format_message().replace("\n", " "), f"see '{where} --help'")


def _os_error(e: OSError) -> str:
    """An operating-system error as a user reads it: the file and what went wrong."""
    what = e.strerror or str(e)
    if e.filename is not None:
        return f"{e.filename}: {what}"
    if e.errno is not None and sys.stdout is not None:
        return f"cannot write to standard output: {what}"
    return what


def _click_exceptions() -> tuple[type[BaseException], ...]:
    """Click's usage-error base class, as the installed typer raises it (typer 0.28 and later
    carry their own copy of click)."""
    found: list[type[BaseException]] = []
    for module in ("typer._click.exceptions", "click.exceptions"):
        with contextlib.suppress(ImportError):
            import importlib

            found.append(importlib.import_module(module).ClickException)
    return tuple(found)


def main() -> None:
    """Console-script entry point.

    Runs the typer application without its own error handling (``standalone_mode=False``) so
    that every way out is textfix's: usage errors, I/O errors and Ctrl-C become one line on
    stderr and the documented exit code; only an unexpected exception is called a bug.
    """
    import os
    import signal

    usage_errors = _click_exceptions()
    interrupted: list[bool] = []

    def on_interrupt(signum: int, frame: Any) -> None:
        interrupted.append(True)
        raise KeyboardInterrupt

    with contextlib.suppress(ValueError):  # not in the main thread: leave Python's handler
        signal.signal(signal.SIGINT, on_interrupt)
    code: Any = ExitCode.ERROR
    try:
        try:
            code = app(standalone_mode=False, prog_name="textfix")
        finally:
            if sys.stdout is not None and not interrupted:
                sys.stdout.flush()
    except (KeyboardInterrupt, typer.Abort):
        interrupted.append(True)
    except usage_errors as e:
        if type(e).__name__ == "NoArgsIsHelpError":  # bare ``textfix``: the help
            ctx = getattr(e, "ctx", None)
            sys.stdout.write((ctx.get_help() if ctx is not None else "") + "\n")
            sys.exit(ExitCode.OK)
        _usage_error(e)
        sys.exit(ExitCode.ERROR)
    except BrokenPipeError:
        with contextlib.suppress(OSError):
            sys.stdout = None  # type: ignore[assignment]  # nothing more can be written
        os._exit(ExitCode.OK)
    except TextfixError as e:
        _error(e)
        sys.exit(e.exit_code)
    except OSError as e:  # permission denied, disk full…: the user's to fix, not a bug
        _error(_os_error(e), "check the path, its permissions and the free disk space")
        sys.exit(ExitCode.ERROR)
    except Exception as e:  # a bug: say so in one line, with the way to see the traceback
        if os.environ.get("TEXTFIX_DEBUG"):
            raise
        _error(f"internal error: {type(e).__name__}: {e}",
               "this is a bug in textfix; rerun with TEXTFIX_DEBUG=1 for the traceback and "
               "report it")
        sys.exit(ExitCode.ERROR)
    if interrupted or code == 130:
        sys.stderr.write("textfix: interrupted; run again with --resume to finish\n"
                         if _RESUMABLE else "textfix: interrupted\n")
        sys.exit(130)
    sys.exit(int(code or 0))
