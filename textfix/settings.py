"""Layered configuration: defaults < configuration file < command-line flags.

The file is the nearest ``.textfix.toml`` (top-level keys) or ``pyproject.toml`` with a
``[tool.textfix]`` table, searched from the working directory upward; in one folder
``.textfix.toml`` wins. Keys are :class:`~textfix.config.Config`'s field names, with ``-`` or
``_``. Unknown keys and wrong types are rejected by name, with the file's path.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .config import SCRIPTS, Config
from .errors import ConfigError

FILE_NAMES = (".textfix.toml", "pyproject.toml")


@dataclass(frozen=True, slots=True)
class Settings:
    """The effective configuration, the file it came from, and each value's origin."""

    config: Config
    path: Path | None
    origins: dict[str, str]


def _table(path: Path) -> dict[str, Any] | None:
    import tomllib  # only where there is a file to read

    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}", "fix the file's syntax") from None
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror or e}", "check the file") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("textfix")
        return table if isinstance(table, dict) else None
    return data


def find_file(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start`` that configures textfix."""
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in FILE_NAMES:
            candidate = folder / name
            if candidate.is_file() and _table(candidate) is not None:
                return candidate
    return None


def _field_kinds() -> dict[str, str]:
    kinds = {}
    for f in fields(Config):
        t = str(f.type)
        if f.name == "script":
            kinds[f.name] = "script"
        elif t.startswith("bool"):
            kinds[f.name] = "bool"
        elif t.startswith("tuple"):
            kinds[f.name] = "list"
        elif t in ("int", "float"):
            kinds[f.name] = t
        else:
            kinds[f.name] = "str"
    return kinds


def validate(table: dict[str, Any], where: str) -> dict[str, Any]:
    """Check keys and types of a configuration table; return it as Config keyword arguments."""
    kinds = _field_kinds()
    values: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = raw_key.replace("-", "_")
        kind = kinds.get(key)
        if kind is None:
            raise ConfigError(
                f"{where}: unknown key {raw_key!r} in textfix configuration",
                f"known keys: {', '.join(sorted(k.replace('_', '-') for k in kinds))}",
            )
        if kind == "bool" and not isinstance(value, bool):
            raise ConfigError(f"{where}: {raw_key} must be true or false", "")
        if kind == "list":
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{where}: {raw_key} must be a list of strings", "")
            value = tuple(value)
        if kind == "int" and (isinstance(value, bool) or not isinstance(value, int)
                              or value < 1):
            raise ConfigError(f"{where}: {raw_key} must be a whole number of at least 1", "")
        if kind == "float":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not (
                    0 <= value <= 1):
                raise ConfigError(f"{where}: {raw_key} must be a number from 0 to 1", "")
            value = float(value)
        if kind in ("str", "script") and not isinstance(value, str):
            raise ConfigError(f"{where}: {raw_key} must be a string", "")
        if kind == "script" and value not in SCRIPTS:
            raise ConfigError(f"{where}: script must be one of {', '.join(SCRIPTS)}", "")
        values[key] = value
    return values


def resolve(flags: dict[str, Any] | None = None, *, start: Path | None = None,
            path: Path | None = None) -> Settings:
    """Merge defaults < file (``path`` or the nearest one above ``start``) < ``flags``.

    ``flags`` holds only the options the user gave (``None`` values are ignored).
    """
    origins = {f.name: "default" for f in fields(Config)}
    values: dict[str, Any] = {}
    if path is not None:
        if not path.is_file():
            raise ConfigError(f"{path}: no such configuration file", "check the --config path")
        found: Path | None = path
    else:
        found = find_file(start or Path.cwd())
    if found is not None:
        table = _table(found)
        if table is None:
            raise ConfigError(f"{found}: no [tool.textfix] table", "add one or use .textfix.toml")
        for key, value in validate(table, str(found)).items():
            values[key] = value
            origins[key] = str(found)
    for key, value in (flags or {}).items():
        if value is None:
            continue
        if key not in origins:
            raise ConfigError(f"unknown option {key!r}", "see textfix --help")
        values[key] = value
        origins[key] = "command line"
    return Settings(Config(**values), found, origins)


def describe(value: Any) -> str:
    """A value as it would be written in TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "(unset)"
    if isinstance(value, tuple):
        return "[" + ", ".join(f'"{v}"' for v in value) + "]"
    return f'"{value}"'


__all__ = ["Settings", "describe", "find_file", "resolve", "validate"]
