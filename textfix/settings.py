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
    tool = data.get("tool")
    if isinstance(tool, dict) and "textfix" in tool:  # a [tool.textfix] table, any file name
        table = tool["textfix"]
        return table if isinstance(table, dict) else None
    if path.name == "pyproject.toml":
        return None
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


def _code_prefixes() -> frozenset[str]:
    from .codes import Code

    return frozenset(str(c)[:n] for c in Code for n in range(1, len(str(c)) + 1))


def check_values(values: dict[str, Any], where: str) -> None:
    """What the commands would refuse later, refused now by name: unknown encodings, codes
    and code prefixes, and regular expressions that do not compile.

    ``where`` names the origin (a file's path, or ``command line``).
    """
    import codecs

    def name(key: str) -> str:
        key = key.replace("_", "-")
        return f"--{key}" if where == "command line" else f"{where}: {key}"

    encoding = values.get("encoding")
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ConfigError(f"{name('encoding')}: unknown encoding {encoding!r}",
                              "give a name Python knows, such as gb18030, big5, shift_jis, "
                              "cp1251") from None
    prefixes = _code_prefixes()
    for key in ("select", "ignore", "disable"):
        for code in values.get(key) or ():
            exact = key == "disable"
            known = (code in prefixes and (not exact or len(code) == 4))
            if not known:
                sep = " (separate codes with commas)" if any(c in code for c in " ;") else ""
                raise ConfigError(
                    f"{name(key)}: unknown code {code!r}{sep}",
                    "use codes or prefixes from 'textfix check' output, such as B, B103, S101"
                    if not exact else "name boilerplate codes such as B103")
    for pattern in values.get("extra_patterns") or ():
        import re

        try:
            re.compile(pattern)
        except re.error as e:
            raise ConfigError(f"{name('extra_patterns')}: {pattern!r} is not a valid regular "
                              f"expression ({e})", "fix or remove the pattern") from None


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
        checked = validate(table, str(found))
        check_values(checked, str(found))
        for key, value in checked.items():
            values[key] = value
            origins[key] = str(found)
    for key, value in (flags or {}).items():
        if value is None:
            continue
        if key not in origins:
            raise ConfigError(f"unknown option {key!r}", "see textfix --help")
        values[key] = value
        origins[key] = "command line"
    check_values({k: v for k, v in (flags or {}).items() if v is not None}, "command line")
    return Settings(Config(**values), found, origins)


def describe(value: Any) -> str:
    """A value as it is written in TOML (strings escaped), so it can be pasted back.

    >>> describe(True), describe(0.2), describe(5), describe(("^本站", 'say "hi"'))
    ('true', '0.2', '5', '["^本站", "say \\\\"hi\\\\""]')
    """
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return "[" + ", ".join(describe(v) for v in value) + "]"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


__all__ = ["Settings", "describe", "find_file", "resolve", "validate"]
