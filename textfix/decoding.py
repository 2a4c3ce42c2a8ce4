"""Bytes → text: byte-order marks, strict UTF-8, UTF-16/32, legacy charsets.

Order of evidence: a BOM; a forced ``encoding``; strict UTF-8; UTF-16/32 recognised by their
pattern of zero bytes; else the candidates chardet proposes. Bytes nothing explains are replaced
by U+FFFD and reported with their byte offset (``D104``); decoding never raises on content.
"""

from __future__ import annotations

import codecs

from .codes import Code
from .config import DEFAULT, Config
from .errors import BinaryInputError, ConfigError
from .models import Decoded, Finding

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, name in BOMS:
        if data.startswith(bom):
            # A UTF-16-LE BOM followed by two NULs is a UTF-32-LE BOM, checked first above.
            return name, len(bom)
    return None


def _utf16_32_pattern(data: bytes) -> str | None:
    """UTF-16/32 without a BOM, recognised by where the zero bytes fall."""
    n = len(data)
    if n < 4 or n % 2:
        return None
    if n % 4 == 0:
        quads = n // 4
        le = sum(1 for i in range(0, n, 4) if data[i + 1 : i + 4] == b"\0\0\0" or
                 (data[i + 2 : i + 4] == b"\0\0" and data[i + 1] != 0))
        be = sum(1 for i in range(0, n, 4) if data[i : i + 2] == b"\0\0")
        if le >= 0.9 * quads and be == 0:
            return "utf-32-le"
        if be >= 0.9 * quads and data[3::4].count(0) == 0:
            return "utf-32-be"
    even_zero = data[0::2].count(0)
    odd_zero = data[1::2].count(0)
    pairs = n // 2
    if odd_zero >= 0.3 * pairs and even_zero <= 0.05 * pairs:
        return "utf-16-le"
    if even_zero >= 0.3 * pairs and odd_zero <= 0.05 * pairs:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many C0 controls in the first 8 KiB, not explained by UTF-16/32."""
    head = data[:8192]
    if not head:
        return False
    if _bom(head) or _utf16_32_pattern(head[: len(head) // 4 * 4]):
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return b"\0" in head and controls > len(head) * 0.1 or controls > len(head) * 0.3


def _undecodable(data: bytes, encoding: str, skip: int) -> tuple[str, list[Finding]]:
    """Decode with replacement, reporting each undecodable run by byte offset."""
    findings: list[Finding] = []
    bad: list[tuple[int, int]] = []

    def handler(err: UnicodeError) -> tuple[str, int]:
        assert isinstance(err, UnicodeDecodeError)
        bad.append((err.start, err.end))
        return "\ufffd", err.end

    name = f"textfix-replace-{id(bad)}"
    codecs.register_error(name, handler)
    text = data[skip:].decode(encoding, errors=name)
    for start, end in bad[:100]:
        findings.append(
            Finding(Code.UNDECODABLE_BYTES, 0, 0,
                    f"bytes {data[skip + start:skip + end].hex(' ')} at byte offset "
                    f"{skip + start} are not {encoding}; replaced by U+FFFD",
                    evidence=f"offset {skip + start}", fixable=False)
        )
    return text, findings


def decode(data: bytes, config: Config | None = None) -> Decoded:
    """Decode ``data`` to text, detecting its encoding.

    >>> decode("café".encode("utf-8")).encoding
    'utf-8'
    >>> decode(b"\\xef\\xbb\\xbfhi").text
    'hi'
    """
    cfg = config or DEFAULT
    findings: list[Finding] = []
    bom = _bom(data)
    if bom is not None:
        name, skip = bom
        findings.append(Finding(Code.BOM, 1, 1, f"{name} byte-order mark", evidence=name))
        text, bad = _undecodable(data, name, skip)
        return Decoded(text, name, tuple(findings + bad), bom=True)
    if cfg.encoding:
        try:
            codecs.lookup(cfg.encoding)
        except LookupError:
            raise ConfigError(f"unknown encoding {cfg.encoding!r}",
                              "give a name Python knows, such as gb18030, big5, shift_jis, cp1251")
        text, bad = _undecodable(data, cfg.encoding, 0)
        return Decoded(text, codecs.lookup(cfg.encoding).name, tuple(bad))
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    wide = _utf16_32_pattern(data)
    if wide:
        text, bad = _undecodable(data, wide, 0)
        return Decoded(text, wide, tuple(bad))
    if looks_binary(data):
        raise BinaryInputError("input looks like binary data, not text",
                               "textfix repairs text files; pass --encoding if this is text")
    import chardet

    guess = chardet.detect(data)
    encoding = guess.get("encoding") or "cp1252"
    try:
        encoding = codecs.lookup(encoding).name
    except LookupError:
        encoding = "cp1252"
    text, bad = _undecodable(data, encoding, 0)
    findings.append(
        Finding(Code.LEGACY_ENCODING, 1, 1, f"decoded as {encoding}, not UTF-8",
                evidence=f"chardet: {encoding} ({guess.get('confidence') or 0:.2f})")
    )
    return Decoded(text, encoding, tuple(findings + bad))
