"""The detector: every problem in a text, with its code, location and evidence.

Damage hides damage (annotations sit inside the punctuation that width folding changed; a
boilerplate rule only matches once the line is de-spun), so each stage looks at the text the
earlier stages would leave. The detector therefore runs the repair engine and keeps only its
findings; nothing is written and the input is not changed.
"""

from __future__ import annotations

from .config import Config
from .models import Finding
from .repair import repair


def detect(data: bytes | str, config: Config | None = None) -> tuple[Finding, ...]:
    """The findings for ``data``, in stage order.

    >>> [f.code for f in detect("8月12日,会议在邹平召开。")]
    [<Code.FOLDED_PUNCTUATION: 'W101'>]
    >>> detect("A clean line.\\n")
    ()
    """
    return repair(data, config).findings
