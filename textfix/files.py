"""Reading inputs and finding the text files in folders, with errors a user can act on."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from .errors import InputError


def read_bytes(path: Path) -> bytes:
    """The bytes of ``path``; an :class:`InputError` with a hint when it cannot be read."""
    try:
        return path.read_bytes()
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


def walk(root: Path, skip: Path | None = None) -> Iterator[Path]:
    """Regular files below ``root``, sorted, not following symbolic links, skipping ``skip``."""
    skip_resolved = skip.resolve() if skip is not None else None
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames
            if not d.startswith(".") and (skip_resolved is None or
                                          (here / d).resolve() != skip_resolved)
        )
        for name in sorted(filenames):
            p = here / name
            if not name.startswith(".") and not p.is_symlink() and p.is_file():
                yield p


def sources(paths: list[Path], skip: Path | None = None) -> Iterator[tuple[Path, Path]]:
    """(path, path relative to the output root) for each file given or found in a folder."""
    for p in paths:
        if p.is_dir():
            for f in walk(p, skip):
                yield f, f.relative_to(p)
        else:
            yield p, Path(p.name)
