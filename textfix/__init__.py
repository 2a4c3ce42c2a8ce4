"""textfix: repair scraped text and archive it as clean UTF-8.

Three stages, each a module: the detector (:mod:`textfix.detector`) finds every problem with a
code, a location and evidence; the repair engine (:mod:`textfix.repair`) reverses them and
records each change; the archiver (:mod:`textfix.archive`) writes clean UTF-8 with a provenance
header. The character-set stage (:mod:`textfix.decoding`) runs first in both.

>>> import textfix
>>> textfix.repair("8月12日,会议召开。").text
'8月12日，会议召开。'
"""

from __future__ import annotations

from ._version import __version__
from .codes import CODE_INFO, Code
from .config import Config
from .decoding import decode
from .detector import detect
from .errors import TextfixError
from .models import Change, Decoded, Finding, Metadata, RemovedLine, Result
from .repair import repair

__all__ = [
    "CODE_INFO",
    "Change",
    "Code",
    "Config",
    "Decoded",
    "Finding",
    "Metadata",
    "RemovedLine",
    "Result",
    "TextfixError",
    "__version__",
    "decode",
    "detect",
    "repair",
]
