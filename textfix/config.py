"""textfix's typed, frozen configuration and its documented defaults.

Defaults < ``[tool.textfix]`` (``pyproject.toml``) or ``.textfix.toml`` < command-line flags.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

from .errors import ConfigError

Script = Literal["auto", "keep", "simplified", "traditional"]
SCRIPTS: tuple[str, ...] = ("auto", "keep", "simplified", "traditional")


@dataclass(frozen=True, slots=True)
class Config:
    """How textfix repairs a text.

    Attributes:
        encoding: force this input encoding instead of detecting it (``None``: detect).
        lang: language hint for short inputs (``zh``, ``ja``, ``ko``, ``ru``…; ``None``: none).
        script: ``auto`` restores Simplified only where spin evidence shows machine
            conversion; ``keep`` never converts; ``simplified``/``traditional`` convert the
            whole text.
        mojibake: repair Western and CJK mojibake.
        spin: remove pinyin annotations.
        width: restore fullwidth punctuation folded to ASCII in CJK context.
        boilerplate: remove boilerplate and page chrome (``--keep-boilerplate`` turns it off).
        extra_patterns: regular expressions; a head or tail line matching one is boilerplate.
        disable: boilerplate rule codes (e.g. ``"B106"``) not to apply.
        template_min_docs: in batch mode a line on at least this many documents…
        template_min_share: …and on at least this share of them is a template line (B120).
        select: report only findings whose code starts with one of these (``check``).
        ignore: never report findings whose code starts with one of these (``check``).
        hook_boilerplate: let the pre-commit fixer hook (``textfix repair --in-place --hook``)
            remove boilerplate lines too; off by default, so a commit never drops a page's
            author, date or source unasked (``textfix-check`` still reports them).
    """

    encoding: str | None = None
    lang: str | None = None
    script: Script = "auto"
    mojibake: bool = True
    spin: bool = True
    width: bool = True
    boilerplate: bool = True
    extra_patterns: tuple[str, ...] = ()
    disable: tuple[str, ...] = field(default_factory=tuple)
    template_min_docs: int = 5
    template_min_share: float = 0.2
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    hook_boilerplate: bool = False

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            kind = str(f.type)
            if kind.startswith("tuple"):
                if isinstance(value, (list, str)):  # a list is accepted; a str is one item
                    value = (value,) if isinstance(value, str) else tuple(value)
                    object.__setattr__(self, f.name, value)
                if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
                    raise ConfigError(f"Config.{f.name} must be a tuple of strings, not "
                                      f"{value!r}", "")
            elif kind == "bool" and not isinstance(value, bool):
                raise ConfigError(f"Config.{f.name} must be True or False, not {value!r}", "")
            elif kind == "int" and (isinstance(value, bool) or not isinstance(value, int)
                                    or value < 1):
                raise ConfigError(f"Config.{f.name} must be a whole number of at least 1, "
                                  f"not {value!r}", "")
            elif kind == "float" and (isinstance(value, bool)
                                      or not isinstance(value, (int, float))
                                      or not 0 <= value <= 1):
                raise ConfigError(f"Config.{f.name} must be a number from 0 to 1, not "
                                  f"{value!r}", "")
            elif kind == "str | None" and value is not None and not isinstance(value, str):
                raise ConfigError(f"Config.{f.name} must be a string or None, not {value!r}",
                                  "")
        if self.script not in SCRIPTS:
            raise ConfigError(
                f"unknown script {self.script!r}", f"use one of: {', '.join(SCRIPTS)}"
            )

    def reports(self, code: str) -> bool:
        """True when ``check`` should report a finding with ``code`` (select/ignore prefixes)."""
        if self.select and not any(code.startswith(p) for p in self.select):
            return False
        return not any(code.startswith(p) for p in self.ignore)

    def with_changes(self, **changes: Any) -> Config:
        """A copy with ``changes`` applied; unknown keys raise :class:`ConfigError`."""
        known = {f.name for f in fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ConfigError(
                f"unknown configuration key {unknown[0]!r}",
                f"known keys: {', '.join(sorted(known))}",
            )
        return replace(self, **changes)


DEFAULT = Config()
