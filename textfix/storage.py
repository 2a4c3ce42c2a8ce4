"""Where a batch reads and writes: local folders, or any storage fsspec reaches, by URL.

``textfix archive`` takes its sources and its archive folder as plain paths or as URLs —
``s3://bucket/scraped/``, ``gs://…``, ``abfs://…``, ``hdfs://…``, ``memory://…``: any protocol
of `fsspec <https://filesystem-spec.readthedocs.io/>`_ whose backend package is installed.
fsspec is imported only when a URL is given.

A ``file://`` URL resolves (through fsspec) to a plain path on this machine's file system,
and is then treated exactly as that path: the walk, the rules on symbolic links and the
link-safe, atomic writes of :mod:`textfix.files` and :mod:`textfix.archive` apply. Every other
URL is a :class:`Store` on an fsspec file system:

* the listing (:func:`list_remote`) keeps the walk's rules: sorted names, hidden names never
  entered, ``--include``/``--exclude`` globs, no path that could leave the archive folder;
* a write (:func:`write_bytes`) goes to a hidden temporary name in the destination folder and
  is renamed into place (``fs.mv``), so a reader sees the old object or the new, never a
  part. On object stores whose single upload is already atomic (:data:`ATOMIC_PUT`) the
  object is written directly: there a "rename" is a copy and a delete, twice the traffic for
  nothing. Temporary names end in :data:`TMP_SUFFIX`, so :func:`sweep` finds what a killed
  writer left.

A :class:`Store` holds a URL or a path, never an open file system, so it pickles to a worker on
another machine, which opens the file system itself (once per process).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import posixpath
import re
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

from .errors import InputError, OutputError

#: The suffix of every temporary file textfix writes (the same as the local writer's).
TMP_SUFFIX = ".textfix-tmp"
#: Protocols whose one-shot upload is atomic (an object appears complete or not at all), so
#: an output is uploaded to its final name: S3 (and S3A), Google Cloud Storage, Azure Blob and
#: Data Lake Gen2 (``abfs``/``az``). Every other protocol gets a temporary name and a rename.
ATOMIC_PUT = frozenset({"s3", "s3a", "gs", "gcs", "abfs", "abfss", "az"})

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*(://|::)")


def is_url(location: object) -> bool:
    """True when ``location`` is a URL string (``scheme://…`` or an fsspec chain ``a::b://…``).

    >>> is_url("s3://bucket/pages"), is_url("memory://x"), is_url("pages/2024"), is_url("C:/x")
    (True, True, False, False)
    """
    return isinstance(location, str) and _URL.match(location) is not None


def location(text: str) -> Path | str:
    """A command-line location: the URL string itself, or a :class:`~pathlib.Path`."""
    return text if is_url(text) else Path(text)


def uses_tasks(paths: Iterable[object], out: object, engine: str) -> bool:
    """True when a batch runs as tasks that do their own I/O (:mod:`textfix.batch_tasks`):
    on the Dask engine, or when a source or the archive is a URL."""
    return engine == "dask" or is_url(out) or any(is_url(p) for p in paths)


class Url(str):
    """A URL that joins like a path (``url / "a.txt"``), for summaries and progress lines."""

    __slots__ = ()

    def __truediv__(self, name: str) -> Url:
        return Url(self.rstrip("/") + "/" + name)

    def joinpath(self, *names: str) -> Url:
        return Url("/".join([self.rstrip("/"), *names]))


@functools.lru_cache(maxsize=64)
def _url_to_fs(url: str) -> tuple[Any, str]:
    try:
        import fsspec
    except ImportError:  # pragma: no cover - fsspec comes with dask
        raise InputError(f"{url}: URLs need fsspec",
                         "install it with: pip install 'textfix[dask]' (or pip install fsspec)"
                         ) from None
    try:
        fs, path = fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as e:
        raise InputError(f"{url}: {e}", "install the fsspec backend for this protocol "
                         "(s3fs, gcsfs, adlfs, …) or check the URL") from None
    return fs, path


@dataclass(frozen=True, slots=True)
class Store:
    """One root: a local path (``url`` empty) or a path on the fsspec file system of ``url``."""

    root: str
    url: str = ""

    @property
    def local(self) -> bool:
        return not self.url

    @property
    def fs(self) -> Any:
        """The fsspec file system (opened once per process)."""
        return _url_to_fs(self.url)[0]

    @property
    def display(self) -> Path | Url:
        """How the root is shown and recorded: the path, or the URL as given."""
        return Path(self.root) if self.local else Url(self.url)

    @property
    def atomic_put(self) -> bool:
        protocol = self.fs.protocol
        names = {protocol} if isinstance(protocol, str) else set(protocol)
        return bool(names & ATOMIC_PUT)

    def join(self, rel: str) -> str:
        """The location of ``rel`` (a safe POSIX relative path) below the root."""
        if self.local:
            return str(Path(self.root).joinpath(*rel.split("/")))
        return f"{self.root.rstrip('/')}/{rel}"


def resolve(where: Path | str) -> Store:
    """The :class:`Store` of a path or URL; a ``file://`` URL becomes its local path."""
    if not is_url(where):
        return Store(os.path.abspath(where))
    url = str(where)
    fs, path = _url_to_fs(url)
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    if protocol in ("file", "local") and "::" not in url:
        return Store(os.path.abspath(path))
    return Store(path.rstrip("/") or "/", url)


# --- listing -------------------------------------------------------------------------------


class Item(NamedTuple):
    """One source of a planned batch, as the driver lists it and a worker receives it.

    ``path`` is recorded (the header's ``source.path`` and the manifest's key): the path
    relative to the folder or URL given, as the local engine records it, so that every engine
    writes the same archive and ``--resume`` finds a source however it was typed; ``shown`` is
    the path as given, for messages. ``read`` is what the worker opens in the source store
    number ``store``; ``rel`` is the output's path below the archive. ``skip`` or ``error`` say
    why it is not read (as in :class:`textfix.files.Source`).
    """

    index: int
    path: str
    rel: str
    read: str
    size: int
    store: int = 0
    skip: str = ""
    error: str = ""
    shown: str = ""


def _hidden(rel: str) -> bool:
    return any(part.startswith(".") for part in rel.split("/"))


def _unsafe(rel: str) -> bool:
    parts = rel.split("/")
    return not rel or rel.startswith("/") or any(p in ("", ".", "..") for p in parts)


def list_remote(store: Store, include: Sequence[str] = (), exclude: Sequence[str] = (),
                avoid: Store | None = None) -> Iterator[tuple[str, str, str, int]]:
    """The files of a remote source as (shown path, relative path, read path, size), sorted.

    The rules of :func:`textfix.files.walk`: hidden names are not entered, folders matching an
    ``exclude`` glob are not entered, files must match an ``include`` glob (when any) and no
    ``exclude`` glob; a name given directly is taken with its base name. Anything below
    ``avoid`` (the archive, when it is on the same store) is left out. Only names and sizes
    are read — never the files.
    """
    from .files import dir_excluded, glob_match

    fs, root = store.fs, store.root
    try:
        if not fs.exists(root):
            raise InputError(f"{store.url}: no such file or folder", "check the URL")
        if fs.isfile(root):
            info = fs.info(root)
            yield store.url, posixpath.basename(root.rstrip("/")), root, int(info.get("size") or 0)
            return
        found = fs.find(root, detail=True)
    except OSError as e:
        raise InputError(f"{store.url}: cannot list: {e}", "check the URL and your access to it"
                         ) from None
    prefix = root.rstrip("/") + "/"
    skip = None
    if avoid is not None and not avoid.local and avoid.url and avoid.fs is fs:
        skip = avoid.root.rstrip("/") + "/"
    for name in sorted(found):
        info = found[name]
        if info.get("type", "file") != "file" or not name.startswith(prefix):
            continue
        if skip is not None and (name + "/").startswith(skip):
            continue
        rel = name[len(prefix):]
        if _hidden(rel):
            continue
        folder = posixpath.dirname(rel)
        if exclude and folder and dir_excluded(folder, exclude):
            continue
        if include and not glob_match(rel, include):
            continue
        if exclude and glob_match(rel, exclude):
            continue
        yield store.url.rstrip("/") + "/" + rel, rel, name, int(info.get("size") or 0)


def check_remote_locations(sources: Sequence[Store], out: Store,
                           exclude: Sequence[str] = ()) -> None:
    """Refuse an archive that is a source, holds one, or lies inside one (unless excluded or
    hidden) — :func:`textfix.files.check_locations` for stores on one fsspec file system."""
    from .files import dir_excluded

    if out.local:
        return
    top = out.root.rstrip("/") + "/"
    for src in sources:
        if src.local or src.fs is not out.fs:
            continue
        here = src.root.rstrip("/") + "/"
        if here == top:
            raise InputError(f"the archive {out.url} is the source {src.url}",
                             "choose another archive location")
        if here.startswith(top):
            raise InputError(f"{src.url} is inside the archive {out.url}",
                             "choose an archive location outside the sources")
        if top.startswith(here):
            rel = top[len(here):].rstrip("/")
            if not _hidden(rel) and not dir_excluded(rel, exclude):
                raise InputError(f"the archive {out.url} is inside the source {src.url}",
                                 f"choose an archive outside it, or add --exclude '{rel}/'")


# --- reading and writing -------------------------------------------------------------------


def read_bytes(store: Store, path: str) -> bytes:
    """The bytes of ``path`` in ``store``; an :class:`InputError` when it cannot be read."""
    if store.local:
        from .files import read_bytes as read_local

        return read_local(Path(path))
    try:
        data: bytes = store.fs.cat_file(path)
    except FileNotFoundError:
        raise InputError(f"{store.url}: {path}: no such file", "check the path") from None
    except OSError as e:
        raise InputError(f"{store.url}: {path}: cannot read: {e}", "check the file") from None
    return data


def read_output(store: Store, rel: str) -> bytes | None:
    """The bytes of the output ``rel`` below ``store``, or None when it cannot be read."""
    try:
        if store.local:
            return Path(store.join(rel)).read_bytes()
        data: bytes = store.fs.cat_file(store.join(rel))
        return data
    except OSError:
        return None


def write_bytes(store: Store, rel: str, data: bytes | Iterable[bytes]) -> str:
    """Write ``data`` atomically at ``rel`` below ``store`` (see the module doc); its sha256.

    ``data`` may be an iterable of chunks, written as they come (an exception it raises
    leaves nothing behind). Locally the folders are created without following links
    (:func:`textfix.files.make_output_dir`); ``rel`` must be a safe relative path everywhere.
    """
    h = hashlib.sha256()

    def hashed() -> Iterator[bytes]:
        for chunk in (data,) if isinstance(data, bytes) else data:
            h.update(chunk)
            yield chunk

    if _unsafe(rel):
        raise OutputError(f"{rel}: not a safe output path", "this is a bug; please report it")
    if store.local:
        from .archive import write_atomic
        from .files import make_output_dir

        write_atomic(make_output_dir(Path(store.root), PurePosixPath(rel)), hashed())
        return h.hexdigest()
    fs, dest = store.fs, store.join(rel)
    folder, name = posixpath.split(dest)
    try:
        with contextlib.suppress(FileExistsError):
            fs.makedirs(folder, exist_ok=True)
        if store.atomic_put:  # whole, so an exception while joining uploads nothing
            fs.pipe_file(dest, b"".join(hashed()))
        else:
            tmp = f"{folder}/.{name}.{uuid.uuid4().hex}{TMP_SUFFIX}"
            try:
                _put(fs, tmp, hashed())
                fs.mv(tmp, dest)
            except BaseException:
                with contextlib.suppress(Exception):
                    fs.rm(tmp)
                raise
    except OSError as e:
        raise OutputError(f"cannot write {store.url.rstrip('/')}/{rel}: {e}",
                          "check the archive location and your access to it") from e
    return h.hexdigest()


def _put(fs: Any, path: str, chunks: Iterable[bytes]) -> None:
    with fs.open(path, "wb") as fh:
        for chunk in chunks:
            fh.write(chunk)


def make_root(store: Store) -> None:
    """Create the archive root (a no-op on stores without folders)."""
    try:
        if store.local:
            Path(store.root).mkdir(parents=True, exist_ok=True)
        else:
            store.fs.makedirs(store.root, exist_ok=True)
    except OSError as e:
        shown = store.root if store.local else store.url
        raise OutputError(f"cannot create {shown}: {getattr(e, 'strerror', None) or e}",
                          "check the path and its permissions") from None


def listdir(store: Store, rel: str) -> list[str]:
    """The names (not paths) of the files directly in folder ``rel``, sorted; [] if absent."""
    where = store.join(rel)
    try:
        if store.local:
            return sorted(n for n in os.listdir(where) if os.path.isfile(os.path.join(where, n)))
        store.fs.invalidate_cache(where)  # workers wrote here: no listing cached before
        found = store.fs.ls(where, detail=True)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(posixpath.basename(f["name"].rstrip("/")) for f in found
                  if f.get("type") == "file")


def remove(store: Store, rel: str) -> None:
    """Remove the file or folder ``rel`` below ``store`` if it is there."""
    import shutil

    where = store.join(rel)
    with contextlib.suppress(FileNotFoundError):
        if store.local:
            if os.path.isdir(where) and not os.path.islink(where):
                shutil.rmtree(where)
            else:
                os.unlink(where)
        elif store.fs.exists(where):
            store.fs.rm(where, recursive=True)


def sweep(store: Store) -> int:
    """Remove the temporary files killed writers left below ``store``; how many."""
    if store.local:
        removed = 0
        for dirpath, _dirs, files in os.walk(store.root, followlinks=False):
            for name in files:
                if name.startswith(".") and name.endswith(TMP_SUFFIX):
                    with contextlib.suppress(OSError):
                        os.unlink(os.path.join(dirpath, name))
                        removed += 1
        return removed
    fs = store.fs
    fs.invalidate_cache(store.root)
    try:
        names = [n for n in fs.find(store.root)
                 if posixpath.basename(n).startswith(".") and n.endswith(TMP_SUFFIX)]
    except FileNotFoundError:
        return 0
    for name in names:
        with contextlib.suppress(FileNotFoundError):
            fs.rm(name)
    return len(names)
