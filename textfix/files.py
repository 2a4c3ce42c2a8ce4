"""Reading inputs, finding the files in folders, and placing outputs so they cannot escape.

The batch archiver trusts nothing it finds in a folder: symbolic links are followed only when
they lead to a file inside the same source folder, output folders are created component by
component without following links, and an output path is always a plain relative path below
the archive folder. Errors carry a hint the user can act on.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from .errors import InputError, OutputError


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[None]:
    """Turn the OS's errors about reading ``path`` into :class:`InputError` with a hint."""
    try:
        yield
    except FileNotFoundError:
        raise InputError(f"{path}: no such file", "check the path") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory",
                         "give files to 'repair' and 'check', or use 'textfix archive DIR -o OUT'"
                         ) from None
    except PermissionError:
        raise InputError(f"{path}: permission denied", "check the file's permissions") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}", "check the file") from None


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``; an :class:`InputError` with a hint when it cannot be read."""
    with _reading(path):
        return path.read_bytes()


def open_input(path: Path) -> BinaryIO:
    """``path`` opened for reading in binary, with the same errors as :func:`read_bytes`."""
    with _reading(path):
        if path.is_dir():
            raise IsADirectoryError(path)
        return path.open("rb")


# --- globs -------------------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A gitignore-like glob as a regular expression over POSIX relative paths.

    ``*`` and ``?`` stay inside one path component, ``**`` crosses components, ``[...]`` is a
    character class. A pattern without ``/`` matches a name at any depth (``*.html``); one with
    ``/`` matches from the top of the source folder (``drafts/**``, ``2023/*/index.txt``).
    """
    anchored = "/" in pattern.rstrip("/")
    pat = pattern.strip("/")
    out: list[str] = []
    i = 0
    while i < len(pat):
        c = pat[i]
        if pat.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[" and (j := pat.find("]", i + 2)) > 0:
            body = pat[i + 1 : j]
            if body.startswith("!"):
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = j + 1
        else:
            out.append(re.escape(c))
            i += 1
    prefix = "" if anchored else "(?:.*/)?"
    return re.compile(prefix + "".join(out), re.DOTALL)


def glob_match(rel: str, patterns: Sequence[str]) -> bool:
    """True when the POSIX relative path ``rel`` matches one of ``patterns``.

    >>> glob_match("a/b/page.html", ["*.html"]), glob_match("a/b/page.txt", ["a/*.txt"])
    (True, False)
    >>> glob_match("a/b/page.txt", ["a/**"]), glob_match("a/b/page.txt", ["a/**/*.txt"])
    (True, True)
    """
    return any(_glob_regex(p).fullmatch(rel) for p in patterns)


def dir_excluded(rel: str, exclude: Sequence[str]) -> bool:
    """True when the folder ``rel`` (or any folder above it) is excluded, so never entered."""
    parts = PurePosixPath(rel).parts
    for n in range(1, len(parts) + 1):
        sub = "/".join(parts[:n])
        if glob_match(sub, exclude) or glob_match(sub + "/", exclude):
            return True
    return False


# --- finding sources ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Source:
    """One file of a batch.

    ``path`` is the file as found (shown to the user and written in the header), ``rel`` its
    path below the archive folder, ``read_path`` what is opened (the target of an allowed
    symbolic link). ``skip`` or ``error`` say why it is not archived: a skipped file is fine
    (a link out of the folder), an error is reported as a failure.
    """

    path: Path
    rel: PurePosixPath
    read_path: Path
    size: int = 0
    skip: str = ""
    error: str = ""


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def walk(root: Path, *, include: Sequence[str] = (), exclude: Sequence[str] = (),
         avoid: Path | None = None) -> Iterator[Source]:
    """The files below ``root``, sorted, as :class:`Source` entries.

    Hidden names (``.git``, ``.cache``, temporary files) are not entered. Folders matching an
    ``exclude`` glob are not entered; files must match an ``include`` glob (when any is given)
    and no ``exclude`` glob. Links to folders are not followed; a link to a file is followed
    only when its target is inside ``root`` (and not inside ``avoid``, the archive folder),
    otherwise it is listed with a ``skip`` reason.
    """
    real_root = root.resolve()
    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append,
                                                followlinks=False):
        yield from _unreadable(root, unreadable)
        here = Path(dirpath)
        rel_here = here.relative_to(root)
        kept = []
        for d in sorted(dirnames):
            rel = (rel_here / d).as_posix()
            if d.startswith(".") or (exclude and dir_excluded(rel, exclude)):
                continue
            if avoid is not None and (here / d).resolve() == avoid:
                continue
            if (here / d).is_symlink():
                yield Source(here / d, PurePosixPath(rel), here / d,
                             skip="symbolic link to a folder not followed")
                continue
            kept.append(d)
        dirnames[:] = kept
        for name in sorted(filenames):
            rel_file = PurePosixPath((rel_here / name).as_posix())
            if name.startswith("."):
                continue
            if include and not glob_match(str(rel_file), include):
                continue
            if exclude and glob_match(str(rel_file), exclude):
                continue
            yield _source(here / name, rel_file, real_root, avoid)
    yield from _unreadable(root, unreadable)


def _unreadable(root: Path, errors: list[OSError]) -> Iterator[Source]:
    """The folders ``os.walk`` could not list, as failed sources (never dropped silently)."""
    while errors:
        e = errors.pop(0)
        folder = Path(e.filename) if e.filename else root
        try:
            rel = PurePosixPath(folder.relative_to(root).as_posix())
        except ValueError:
            rel = PurePosixPath(folder.name)
        yield Source(folder, rel, folder,
                     error=f"cannot read folder: {e.strerror or e} (its files were not archived)")


def _source(p: Path, rel: PurePosixPath, real_root: Path, avoid: Path | None) -> Source:
    try:
        st = p.lstat()
    except OSError as e:
        return Source(p, rel, p, error=f"cannot read: {e.strerror or e}")
    target = p
    if stat.S_ISLNK(st.st_mode):
        try:
            target = p.resolve(strict=True)
            st = target.stat()
        except (OSError, RuntimeError):
            return Source(p, rel, p, skip="broken symbolic link")
        if not _inside(target, real_root) or (avoid is not None and _inside(target, avoid)):
            return Source(p, rel, p, skip="symbolic link leads out of the source folder")
    if not stat.S_ISREG(st.st_mode):
        return Source(p, rel, p, skip="not a regular file")
    return Source(p, rel, target, size=st.st_size)


#: Suffixes that make a missing ``-o`` look like a file name rather than a folder: the text
#: files textfix is pointed at (the inputs' own suffixes are added by the caller).
FILE_SUFFIXES = frozenset({".txt", ".text"})


def check_output_folder(out: Path, inputs: Sequence[Path] = (), *, one_file: str = "") -> None:
    """Refuse an ``-o`` that is, or looks like, a file rather than a folder.

    An existing file is refused; so is a missing path whose suffix is a text file's (``.txt``,
    ``.text`` or an input's own), which a user almost always meant as a file to write. A folder
    of such a name can still be used by creating it first. ``one_file`` is the command that
    writes one file instead, for the hint.
    """
    instead = f"; to write one file use '{one_file}'" if one_file else ""
    if out.is_symlink() and not out.exists():
        raise OutputError(f"the output folder {out} is a broken symbolic link",
                          "remove it or choose another folder")
    if out.exists():
        if not out.is_dir():
            raise OutputError(f"the output folder {out} is a file, not a folder",
                              f"-o names a folder{instead}")
        return
    suffixes = FILE_SUFFIXES | {p.suffix.lower() for p in inputs if p.suffix}
    if out.suffix.lower() in suffixes:
        raise OutputError(f"the output folder {out} looks like a file name",
                          f"-o names a folder{instead}, or create the folder first "
                          f"(mkdir {out})")


def check_locations(paths: Sequence[Path], out: Path, exclude: Sequence[str] = ()) -> None:
    """Refuse an archive folder that would overwrite or re-read the sources.

    The archive folder may not be a source, contain a source, or lie inside a source folder
    unless ``exclude`` keeps the walk out of it (a hidden folder is never entered either).
    """
    real_out = out.resolve()
    for p in paths:
        real = p.resolve()
        if real == real_out:
            raise InputError(f"the archive folder {out} is the source {p}",
                             "choose another archive folder")
        if _inside(real, real_out):
            raise InputError(f"{p} is inside the archive folder {out}",
                             "choose an archive folder outside the sources")
        if p.is_dir() and _inside(real_out, real):
            rel = real_out.relative_to(real)
            hidden = any(part.startswith(".") for part in rel.parts)
            if not hidden and not dir_excluded(rel.as_posix(), exclude):
                raise InputError(
                    f"the archive folder {out} is inside the source folder {p}",
                    f"choose an archive folder outside it, or add --exclude '{rel.as_posix()}/'")


def sources(paths: Sequence[Path], *, out: Path | None = None, include: Sequence[str] = (),
            exclude: Sequence[str] = ()) -> Iterator[Source]:
    """Every file given or found in a given folder; a named file keeps only its name.

    Globs apply inside folders; a file named on the command line is always taken.
    """
    avoid = out.resolve() if out is not None else None
    for p in paths:
        if p.is_dir():
            yield from walk(p, include=include, exclude=exclude, avoid=avoid)
        else:
            yield _source(p, PurePosixPath(p.name), p.resolve(), avoid=None)


# --- placing outputs ---------------------------------------------------------------------------


def output_path(out: Path, rel: PurePosixPath) -> Path:
    """``out / rel``, refusing any ``rel`` that could leave ``out`` (absolute, ``..``)."""
    if rel.is_absolute() or not rel.parts or any(part in ("..", ".", "") for part in rel.parts):
        raise OutputError(f"{rel}: not a safe output path", "this is a bug; please report it")
    return out.joinpath(*rel.parts)


def make_output_dir(out: Path, rel: PurePosixPath) -> Path:
    """Create the folders of ``out / rel`` one by one, never through a symbolic link.

    ``Path.mkdir(parents=True)`` would follow a link planted in the archive folder and create
    folders (and then files) outside it; here every existing component must be a real folder.
    Returns the output file's path.
    """
    dest = output_path(out, rel)
    here = out
    for part in rel.parts[:-1]:
        here = here / part
        try:
            st = here.lstat()
        except FileNotFoundError:
            try:
                here.mkdir()
            except FileExistsError:
                st = here.lstat()
            except OSError as e:
                raise OutputError(f"cannot create {here}: {e.strerror or e}",
                                  "check that the archive folder is writable") from None
            else:
                continue
        if stat.S_ISLNK(st.st_mode):
            raise OutputError(f"{here} is a symbolic link",
                              "outputs are never written through links; remove it")
        if not stat.S_ISDIR(st.st_mode):
            raise OutputError(f"{here} is not a folder", "remove or rename it")
    if dest.is_dir() and not dest.is_symlink():
        raise OutputError(f"{dest} is a folder", "remove or rename it")
    return dest
