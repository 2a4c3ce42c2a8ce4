"""One error family for everything textfix refuses to do, each with a hint for the user.

The CLI prints ``textfix: error: <message>`` and the hint on stderr and exits with the error's
``exit_code``; library callers catch :class:`TextfixError`.
"""

from __future__ import annotations


class TextfixError(Exception):
    """Base class: ``message`` says what went wrong, ``hint`` what to do next."""

    exit_code = 2

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class ConfigError(TextfixError):
    """A configuration file or option is malformed or names an unknown key."""


class InputError(TextfixError):
    """An input cannot be read or is not text (missing, a directory, binary…)."""


class BinaryInputError(InputError):
    """The input looks like binary data, not text."""


class OutputError(TextfixError):
    """An output cannot be written where it was asked to go."""
