"""The chain screen: which chains cannot give a line any reading, decided in bulk at C speed.

:func:`.segment.choices` tries every chain of :data:`.chains.CHAINS` on every line that passes
the stage's screen (any accented letter passes). On clean text most chains find nothing;
:func:`chains_for` drops, before :func:`.chains.cells` aligns anything, the chains whose bytes
*prove* that they find nothing usable. It decides with one bulk encoding of the line per wrong
code page (shared by all the chains reading through it) and one bulk decoding or one compiled
bytes pattern per chain.

It is exact: a chain is dropped only where :func:`.segment.choices` keeps no
:class:`.segment.Choice` of it, because :func:`.chains.cells` gives no cell at all, or gives
only cells whose reading holds a U+FFFD the line does not hold there (such a cell never joins
a run: :func:`.segment._runs` refuses the chain for the line or keeps the cell as it is), or
gives such a cell where the chain has no gaps (refused). Dropping it changes no output: the
chains left are tried in the same order, and the cells of a screened chain leave nothing
behind for later chains (the lossy chains, whose cells do, are never screened). Per kind of
chain (the branches of :func:`.chains.cells`):

``utf8`` — UTF-8 read through a single- or double-byte code page (not the lossy chains).
    A stretch the chain aligns must hold a valid multi-byte UTF-8 sequence in its bytes under
    ``wrong``: without one its decoding holds no non-ASCII character, so ``cells`` skips it
    (``_worth_aligning``) or reports it undecodable (U+FFFD). The line's bytes under ``wrong``
    contain every such stretch's bytes unchanged — ``?`` for what ``wrong`` cannot encode, and
    for a double-byte code page a Latin-1 character it cannot encode as its own byte, as a
    lenient decoder kept it (the code pages are stateless and neither ``?`` nor ASCII is a
    UTF-8 continuation byte) — so no valid sequence in them proves no reading. The pattern is
    the UTF-8 decoder's own definition (no overlong forms, surrogates or code points above
    U+10FFFF). EUC-JP, whose few Latin-1 signs of three bytes a lenient decoder's kept byte
    may stand for, is not screened on a line holding Latin-1 letters.

``dbcs`` — double-byte text (GBK, Big5, Shift_JIS, EUC…) read through a single-byte code page.
    ``cells`` reads the line's islands (``_ISLAND_DBCS``) joined by spaces in one strict
    decoding and refuses the chain if it fails; where some character cannot be encoded it
    aligns the islands' encodable stretches one by one, and a stretch whose bytes do not decode
    leaves U+FFFD in a cell (refused: these chains have no gaps). The same islands encoded
    with ``?`` for what ``wrong`` cannot encode decode strictly exactly when every stretch does
    (``?`` and space are never trail bytes, and the decoders keep no state between whole
    characters): a failure proves the chain refused. No non-ASCII byte in them: no cells.
    Where ``cells`` may also read a space inside garble as a no-break space, or a quotation
    mark or dash at the garble's edge as the writer's text, every form of the line it reads is
    screened and the chain kept if any may read.

``single`` — single-byte text read through another single-byte code page. A character is one
    byte, so the line encoded with ``?`` and decoded with ``replace`` is the reading position by
    position (``_single``): no non-ASCII byte, or a reading equal to the line (every character
    read as itself, as ``ç`` in cp1252 and cp1256), means no cell; a U+FFFD (a byte ``right``
    does not define) stands in a cell where the line holds none (U+FFFD encodes in no
    single-byte code page): refused.

``cross`` — one double-byte code page read as another: islands whose bytes under ``wrong``
    (``?`` for the rest) are all ASCII give no cell (``cells`` skips ASCII stretches).

A line holding a C1 control (U+0080–U+009F) is not screened at all: a lenient decoder's
undefined or unpaired byte is encoded back as itself by ``cells`` (``char_bytes``). Chains of
other kinds (lossy, ``utf-8-else-latin-1``, other byte alphabets) are never dropped.
``tests/test_mojibake_screen.py`` checks on garbled and clean text (hypothesis) that no chain
dropped here gives a cell ``segment`` could use, and that ``choices`` is the same with and
without the screen.

Measured on the clean corpus (116 texts, 670 lines reaching the model stage, 73 chains): of
48,910 (line, chain) pairs the screen drops 28,881, and :func:`.segment.choices` takes a fifth
less time; most of the pairs left have readings that the model turns down, which no test of
bytes can tell.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from functools import lru_cache

from .chains import (_C1, _DBCS, _EDGE_MARK, _INNER_SPACE, _ISLAND_DBCS, _LATIN1, _SINGLE,
                     CHAINS, Chain, text_marks)

#: One valid multi-byte UTF-8 sequence, as Python's strict UTF-8 decoder accepts them.
_UTF8_SEQ = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
# ``_C1``, ``_LATIN1``, ``_INNER_SPACE`` and ``_EDGE_MARK`` are ``cells``' own: the screen asks
# what it asks.


def _kept_bytes(err: UnicodeError) -> tuple[bytes, int]:
    """Encode a Latin-1 character a double-byte code page cannot encode as its own byte (a
    lenient decoder's kept byte, as ``cells`` undoes it where UTF-8 is the reading) and
    anything else as ``?``."""
    if not isinstance(err, UnicodeEncodeError):
        raise err
    chars = err.object[err.start : err.end]
    return bytes(ord(c) if "\x80" <= c <= "\xff" else 0x3F for c in chars), err.end


codecs.register_error("textfix-screen", _kept_bytes)


@lru_cache(maxsize=256)
def _kind(chain: Chain) -> str | None:
    """Which argument of the module docstring screens ``chain`` (None: never screened).
    Mirrors the branches of :func:`.chains.cells`."""
    if chain.lossy or (chain.wrong not in _SINGLE and chain.wrong not in _DBCS):
        return None
    if chain.right == "utf_8":
        return "utf8"
    if chain.wrong in _SINGLE:
        return "dbcs" if chain.right in _DBCS else "single"
    return "cross" if chain.right in _DBCS else None


def chains_for(line: str, chains: Sequence[Chain] = CHAINS) -> Sequence[Chain]:
    """The ``chains`` that may give ``line`` a reading, in their order (all of them where
    the line holds a C1 control)."""
    if _C1.search(line):
        return chains
    whole: dict[str, bytes] = {}
    joined: list[str] | None = None
    islands: dict[str, list[bytes]] = {}
    out: list[Chain] = []
    for chain in chains:
        kind = _kind(chain)
        wrong = chain.wrong
        if kind is None:
            out.append(chain)
        elif kind == "dbcs" or kind == "cross":
            if joined is None:
                # the line as it stands, and with its inner spaces read as no-break spaces
                variants = [line]
                if _EDGE_MARK.search(line):  # its marks read as text (see cells)
                    variants.append(text_marks(line))
                for v in list(variants):
                    if _INNER_SPACE.search(v):
                        variants.append(_INNER_SPACE.sub("\xa0", v))
                joined = [" ".join(_ISLAND_DBCS.findall(v)) for v in variants]
            raws = islands.get(wrong)
            if raws is None:
                raws = islands[wrong] = [j.encode(wrong, "replace") for j in joined]
            if any(not raw.isascii() and (kind == "cross" or _decodes(raw, chain.right))
                   for raw in raws):
                out.append(chain)
        elif kind == "utf8":
            key = wrong
            raw = whole.get(key)
            if raw is None:
                raw = whole[key] = line.encode(
                    wrong, "textfix-screen" if wrong in _DBCS else "replace")
            if _UTF8_SEQ.search(raw) or (wrong in _DBCS and _LATIN1.search(line) and (
                    wrong == "euc_jp" or _UTF8_SEQ.search(_every_kept(line, wrong)))):
                out.append(chain)
        else:
            raw = whole.get(wrong)
            if raw is None:
                raw = whole[wrong] = line.encode(wrong, "replace")
            if not raw.isascii():
                reading = raw.decode(chain.right, "replace")
                if reading != line and "\ufffd" not in reading:
                    out.append(chain)
    return out


_LATIN1_RUN = re.compile("([\x80-\xff]+)")


def _every_kept(line: str, wrong: str) -> bytes:
    """The line's bytes when every Latin-1 character is a byte a lenient decoder kept, even
    where the code page has a pair for it (GB18030 encodes every character): ``cells`` reads
    a line with Latin-1 characters both ways (``kept``) and keeps the likelier."""
    parts = _LATIN1_RUN.split(line)
    return b"".join(p.encode("latin-1") if k % 2 else p.encode(wrong, "replace")
                    for k, p in enumerate(parts))


def _decodes(raw: bytes, codec: str) -> bool:
    try:
        raw.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


__all__ = ["chains_for"]
