"""OpenCC converters, built once each: the spin stage and the machine-script stage both convert
with them, and neither imports the other for it.

``opencc`` is imported on the first call: clean text never loads its dictionaries.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import opencc


@lru_cache(maxsize=8)
def converter(config: str) -> opencc.OpenCC:
    """A cached OpenCC converter for ``config`` (``t2s``, ``s2t``…); building one loads its
    dictionaries."""
    import opencc

    return opencc.OpenCC(config)
