"""JSON text that can always be written as UTF-8.

File names on POSIX are bytes; Python gives undecodable ones back as lone surrogates, which
UTF-8 cannot encode. Such strings are written with ``\\u`` escapes (still valid JSON, and
``json.loads`` gives the same string back); everything else keeps its characters readable.
"""

from __future__ import annotations

import json
from typing import Any


def dumps(obj: Any, **kwargs: Any) -> str:
    """``json.dumps`` with readable characters, escaping only when lone surrogates need it."""
    text = json.dumps(obj, ensure_ascii=False, **kwargs)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(obj, ensure_ascii=True, **kwargs)
    return text
