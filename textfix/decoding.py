"""Bytes → text: byte-order marks, strict UTF-8, UTF-16/32, legacy and mixed charsets.

Order of evidence: a BOM; a forced ``encoding``; strict UTF-8 (the fast path: clean UTF-8 never
reaches chardet); 7-bit ISO-2022/HZ escapes; UTF-16/32 recognised by their pattern of zero
bytes; else the legacy charsets.

Legacy charsets are chosen by evidence, not by a detector's confidence alone. The candidates:
chardet's proposals (known charsets only), the CJK codecs, the ``lang`` hint's code pages, and
the single-byte code pages (:mod:`textfix.codepages`: Windows, ISO-8859-x, DOS and Mac) whose
languages best explain the byte histogram. Each candidate's text is scored by one rule:
:mod:`textfix.plausibility` (what kinds of characters, side by side), plus the letter model of
the code page's languages (:mod:`textfix.letter_model`: which letters each language puts
together, from wordfreq), minus :data:`ERROR_COST` per undecodable byte, plus small priors
(chardet's confidence, how common the charset is on the web, the hint). chardet's confidence is
asked again without the stray bytes before it can flip a file over one of them. Within the
winning family the narrowest sibling that decodes every byte is named (Shift_JIS before
CP932…), because siblings map a few bytes differently and the narrow name is what such files
are labelled with; GBK and GB2312 are then decoded as GB18030, as the WHATWG Encoding Standard
(every browser) decodes them (:data:`DECODE_AS`: ``A1AA`` is ``—``, not ``―``), and the name
reported is always the codec used.

A file holding valid multi-byte UTF-8 gets two readings — one legacy charset throughout, and
UTF-8 with runs of a legacy charset — scored by the same rule on the lines where they differ;
the mixed reading must win by :data:`MIXED_MARGIN` (a Big5 file's ``E9 A4 A4`` is valid UTF-8
by accident). Mixed files are decoded line by line and, inside a line, run by run: a UTF-8 page
with a pasted GBK, Shift_JIS or cp1253 paragraph keeps its UTF-8 and gets the paragraph decoded
(``D103``); a stray byte in a UTF-8 file is decoded on its own (``café`` from ``caf\\xe9``) or
replaced by U+FFFD and reported with its byte offset (``D104``), never flipping the file's
charset; in a legacy file it costs its own character only.
Decoding never raises on content; binary data raises :class:`~textfix.errors.BinaryInputError`.
"""

from __future__ import annotations

import codecs
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from .charclass import lazy
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

#: Sibling charsets, narrowest first: the first that decodes every byte is used.
FAMILIES: tuple[tuple[str, ...], ...] = (
    ("gb2312", "gbk", "gb18030"),
    ("big5", "cp950", "big5hkscs"),
    ("shift_jis", "cp932", "shift_jisx0213", "shift_jis_2004"),
    ("euc_jp", "euc_jisx0213", "euc_jis_2004"),
    ("euc_kr", "cp949"),
    ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext", "iso2022_jp_3", "iso2022_jp_2004"),
    ("ascii", "utf_8"),
)
_FAMILY_OF = {name: fam for fam in FAMILIES for name in fam}
#: Labels decoded with a wider codec, as the WHATWG Encoding Standard (and so every browser)
#: decodes them: Python's ``gb2312`` and ``gbk`` read ``A1AA`` as U+2015 ``―`` and ``A1A4`` as
#: U+30FB ``・`` where GB18030 — and the writers of GB2312 text — mean ``—`` and ``·``. The
#: reported encoding is the codec used, so ``data.decode(encoding)`` gives the text.
DECODE_AS = {"gb2312": "gb18030", "gbk": "gb18030"}

#: Always tried for non-UTF-8 input: the CJK charsets chardet misses on short text.
CJK_CANDIDATES: tuple[str, ...] = (
    "gb18030", "big5hkscs", "cp932", "shift_jisx0213", "euc_jp", "euc_jisx0213", "cp949",
    "johab",
)
#: Candidates a ``lang`` hint adds (and favours).
LANG_CANDIDATES: dict[str, tuple[str, ...]] = {
    "zh": ("gb18030", "big5hkscs"),
    "zh-cn": ("gb18030",),
    "zh-tw": ("big5", "cp950"),
    "zh-hk": ("big5hkscs",),
    "yue": ("big5hkscs",),
    "ja": ("cp932", "euc_jp", "shift_jisx0213"),
    "ko": ("cp949", "johab"),
    "ru": ("cp1251", "koi8_r", "cp866", "mac_cyrillic"),
    "uk": ("cp1251", "koi8_u", "cp866"),
    "bg": ("cp1251",),
    "el": ("cp1253", "iso8859_7"),
    "pl": ("cp1250", "iso8859_2"),
    "cs": ("cp1250", "iso8859_2", "cp852"),
    "hu": ("cp1250", "iso8859_2"),
    "tr": ("cp1254",),
    "vi": ("cp1258",),
    "th": ("cp874",),
    "he": ("cp1255",),
    "ar": ("cp1256",),
}
WESTERN_FALLBACK = ("cp1252", "mac_roman")
#: Charsets web pages are actually written in: a small prior over DOS and exotic code pages,
#: which decode the same bytes into equally "letter-like" text.
WEB_CHARSETS = frozenset((
    "cp1252", "iso8859_1", "iso8859_15", "gb2312", "gbk", "gb18030", "big5", "cp950",
    "big5hkscs", "shift_jis", "cp932", "euc_jp", "euc_kr", "cp949", "cp1251", "koi8_r",
    "koi8_u", "cp1250", "iso8859_2", "cp1253", "iso8859_7", "cp1254", "iso8859_9", "cp1255",
    "cp1256", "cp1257", "cp1258", "iso8859_5", "cp874", "tis_620", "iso2022_jp", "iso2022_kr",
    "utf_16", "mac_roman", "johab", "euc_jisx0213", "euc_jis_2004", "shift_jisx0213",
    "shift_jis_2004", "hz",
))
WEB_PRIOR = 2.0
#: The legacy charsets most web pages that declare one declare (W3Techs' survey: windows-1252
#: and ISO-8859-1, then the national CJK and Cyrillic charsets, each well ahead of the rest):
#: one more nat of prior, which decides two-byte inputs that read as text either way.
COMMON_CHARSETS = frozenset((
    "cp1252", "iso8859_1", "gb2312", "gbk", "gb18030", "shift_jis", "cp932", "euc_jp",
    "euc_kr", "cp949", "big5", "cp950", "cp1251",
))
COMMON_PRIOR = 1.0

#: Above this share of high bytes in 3/4-byte UTF-8 sequences, input may be UTF-8 with runs of
#: a legacy charset (legacy CJK text reaches 0.16 in chardet's corpus, EUC-JP 0.38).
MIXED_SHARE = 0.3
#: Cost of one undecodable byte in a candidate's score.
ERROR_COST = 8.0
#: Bytes of a large file that are enough to choose its charset.
SAMPLE = 65536
#: Characters of each candidate reading that are scored (non-ASCII runs, spread over the
#: sample): enough to tell charsets apart on chardet's whole corpus, and each one costs.
SCORE_BUDGET = 1000
_BOM_BYTES = tuple(bom for bom, _ in BOMS)


def _bom(data: bytes) -> tuple[str, int] | None:
    if not data.startswith(_BOM_BYTES):
        return None  # one C call for the usual case
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


#: Signatures of common binary formats (archives, images, executables, databases, media).
MAGIC: tuple[bytes, ...] = (
    b"\x1f\x8b", b"PK\x03\x04", b"PK\x05\x06", b"\x89PNG", b"GIF8", b"\xff\xd8\xff",
    b"\x7fELF", b"MZ", b"%PDF-", b"BZh", b"\xfd7zXZ\x00", b"7z\xbc\xaf\x27\x1c",
    b"\x28\xb5\x2f\xfd", b"\xca\xfe\xba\xbe", b"SQLite format 3\x00", b"\x00asm", b"OggS",
    b"RIFF", b"ID3", b"Rar!\x1a\x07", b"\xd0\xcf\x11\xe0", b"wOFF", b"wOF2",
)


_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (0, 9, 10, 12, 13, 14, 15, 27))


def looks_binary(data: bytes, controls: bool = True) -> bool:
    """A binary format's signature, NUL bytes, or many C0 controls in the first 8 KiB.

    Called only once UTF-16/32 (whose zero bytes are text) has been ruled out. Text files hold
    no NUL bytes; one stray NUL in a large page is tolerated, a NUL in every hundred bytes is not.
    Valid UTF-8 is checked without ``controls`` (short control-heavy strings are still text).
    """
    head = data[:8192]
    if not head:
        return False
    if head.startswith(MAGIC):
        return True
    nul = head.count(0)
    if nul > len(head) // 100:
        return True
    return controls and len(head.translate(None, _NOT_CONTROL)) > len(head) * 0.1


@dataclass(frozen=True, slots=True)
class _Bad:
    """An undecodable byte run: its offset in the whole input and its bytes."""

    offset: int
    raw: bytes


_LOCAL = threading.local()


def _record(err: UnicodeError) -> tuple[str, int]:
    """Codec error handler: U+FFFD for the bad bytes, remembering where they were."""
    assert isinstance(err, UnicodeDecodeError)
    end = max(err.end, err.start + 1)
    spans: list[list[int]] = _LOCAL.spans
    if spans and spans[-1][1] == err.start:
        spans[-1][1] = end
    else:
        spans.append([err.start, end])
    return "\ufffd", end


codecs.register_error("textfix-record", _record)


def _decode_replacing(data: bytes, encoding: str, base: int = 0) -> tuple[str, list[_Bad]]:
    """Decode with U+FFFD for undecodable bytes, remembering where each run was."""
    _LOCAL.spans = []
    try:
        text = data.decode(encoding, errors="textfix-record")
    finally:
        spans, _LOCAL.spans = _LOCAL.spans, []
    return text, [_Bad(base + s, data[s:e]) for s, e in spans]


def _bad_findings(bad: Iterable[_Bad], encoding: str, text: str, data: bytes) -> list[Finding]:
    findings = []
    for b in list(bad)[:100]:
        line = data.count(b"\n", 0, b.offset) + 1
        findings.append(
            Finding(Code.UNDECODABLE_BYTES, line, 1,
                    f"bytes {b.raw[:16].hex(' ')} at byte offset {b.offset} are not {encoding}; "
                    "replaced by U+FFFD",
                    evidence=f"offset {b.offset}", fixable=False)
        )
    return findings


def _canonical(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return None


def _sample(data: bytes) -> bytes:
    """At most :data:`SAMPLE` bytes, cut at a line break so no character is split."""
    if len(data) <= SAMPLE:
        return data
    cut = data.rfind(b"\n", 0, SAMPLE)
    return data[: cut + 1] if cut > SAMPLE // 2 else data[:SAMPLE]


@dataclass(frozen=True, slots=True)
class Candidate:
    """One charset's reading of the bytes and the evidence for it."""

    encoding: str
    text: str
    errors: int
    plausibility: float
    chardet: float

    @property
    def total(self) -> float:
        return self.plausibility - ERROR_COST * self.errors + self.chardet


def _chardet_candidates(data: bytes) -> list[tuple[str, float]]:
    import chardet

    out: list[tuple[str, float]] = []
    for guess in chardet.detect_all(data, ignore_threshold=True)[:12]:
        name = _canonical(guess.get("encoding"))
        if name and name not in (n for n, _ in out):
            out.append((name, float(guess.get("confidence") or 0.0)))
    return out


def rank(data: bytes, lang: str | None = None) -> list[Candidate]:
    """Every candidate charset for ``data``, most plausible first.

    >>> rank("中文很短".encode("gbk"))[0].encoding in ("gb18030", "gbk", "gb2312")
    True
    """
    from .plausibility import sampled_score  # imported when legacy bytes need it

    sample = _sample(data)
    high = _high_bytes(sample) or 1
    guesses = _chardet_candidates(sample)
    names: dict[str, float] = {}
    from .codepages import CODEPAGES, screen

    for name, conf in guesses:
        # chardet also proposes charsets no text textfix sees is written in (EBCDIC, HP
        # Roman-8, Kazakh code pages): only the known ones are candidates.
        if name in CODEPAGES or name in _MULTIBYTE or name in WEB_CHARSETS:
            names.setdefault(name, conf)
    key = (lang or "").lower().replace("_", "-")
    base_lang = key.split("-")[0]
    hinted = LANG_CANDIDATES.get(key) or LANG_CANDIDATES.get(base_lang, ())
    hinted = (*hinted, *(name for name, langs in CODEPAGES.items() if base_lang in langs))
    # A regional hint (zh-hk) names one charset; a language (zh) only narrows the choice.
    hint_weight = 1.0 if key in LANG_CANDIDATES and "-" in key else 0.5
    for name in (*hinted, *CJK_CANDIDATES, *WESTERN_FALLBACK):
        names.setdefault(_canonical(name) or name, 0.0)
    for name in screen(sample, base_lang if _modelled(base_lang) else None):
        names.setdefault(name, 0.0)
    isolated = len(_ISOLATED.findall(sample))
    decoded = _readings(sample, names, high // 4 + 2)
    if not decoded:
        return []
    fewest = min(d[3] for d in decoded)
    out: list[Candidate] = []
    scored: dict[str, float] = {}
    run_scores: dict[str, float] = {}  # shared by the readings (see sampled_score)
    letter_memo: dict[tuple[str, tuple[str, ...] | None], float] = {}
    letter_langs: list[tuple[str, ...] | None] = []
    for name, conf, text, errors in decoded:
        # Each undecodable byte costs more than any reading gains per byte: skip the hopeless.
        if errors > fewest + 2 or errors > high // 4 + 2:
            continue
        if text not in scored:
            scored[text] = sampled_score(text, SCORE_BUDGET, run_scores)
        langs = CODEPAGES.get(name) or None
        if langs and base_lang in langs:
            langs = (base_lang,)
        elif base_lang in _CJK_LANGS:
            langs = ()  # the text is Chinese, Japanese or Korean: no letter model applies
        # chardet's confidence is worth a little per high byte: enough to decide between
        # readings that score alike (cp1251 vs KOI8-R), not enough to outvote the text.
        bonus = conf * 0.6 * high + (hint_weight * high if name in hinted else 0.0)
        bonus += _script_bonus(text, key.split("-")[0])
        bonus += WEB_PRIOR if name in WEB_CHARSETS else 0.0
        bonus += COMMON_PRIOR if name in COMMON_CHARSETS else 0.0
        if name in _MULTIBYTE and isolated * 2 >= high:
            # Lone high bytes between ASCII bytes are how single-byte code pages write accented
            # letters ("S\xe3o"); legacy CJK text writes most of its characters in runs.
            bonus -= 1.0 * isolated
        out.append(Candidate(name, text, errors, scored[text], bonus))
        letter_langs.append(langs)
    # The letter model re-ranks the leaders of the character-class ranking; the rest cannot win
    # and are left out.
    order = sorted(range(len(out)), key=lambda i: out[i].total, reverse=True)[:LETTER_TOP]
    out = [Candidate(out[i].encoding, out[i].text, out[i].errors,
                     out[i].plausibility + _letters(out[i].text, letter_langs[i], letter_memo),
                     out[i].chardet) for i in order]
    out.sort(key=lambda c: c.total, reverse=True)
    return _second_opinion(sample, out, high)


#: Undecodable bytes that make a reading "the right charset with stray bytes".
STRAY = 2


def _second_opinion(sample: bytes, ranked: list[Candidate], high: int) -> list[Candidate]:
    """Ask chardet again, without the stray bytes, about a reading whose text beats the
    winner's but that lost on chardet's word: chardet gives a charset no confidence at all
    over one byte it cannot decode, which would flip a whole file to a sibling that decodes
    that byte (``Ёто`` in Mac Cyrillic for ``Это``)."""
    if len(ranked) < 2:
        return ranked
    best = ranked[0]
    for i, c in enumerate(ranked[1:], 1):
        if not 0 < c.errors <= STRAY or c.plausibility - ERROR_COST * c.errors <= (
                best.plausibility - ERROR_COST * best.errors):
            continue
        clean = c.text.encode("utf-8", "ignore").decode("utf-8").encode(c.encoding, "replace")
        conf = dict(_chardet_candidates(clean)).get(c.encoding, 0.0)
        ranked[i] = Candidate(c.encoding, c.text, c.errors, c.plausibility,
                              c.chardet + conf * 0.6 * high)
    ranked.sort(key=lambda c: c.total, reverse=True)
    return ranked


#: Weight of the letter model's evidence (:mod:`textfix.letter_model`, nats) beside the
#: plausibility score's character weights.
LETTER_WEIGHT = 0.5
#: Candidates, best first by character classes and priors, that the letter model re-ranks:
#: with 8, every file of chardet's corpus and tests/data/legacy decodes as with all of them
#: (with 5, four short texts of tests/data/legacy go wrong).
LETTER_TOP = 8
#: Characters of a reading's non-ASCII lines the letter model reads (scaled to the rest).
LETTER_BUDGET = 200


def _modelled(lang: str) -> bool:
    from .letter_model import languages

    return lang in languages()


def _letters(text: str, langs: tuple[str, ...] | None,
             memo: dict[tuple[str, tuple[str, ...] | None], float]) -> float:
    """:data:`LETTER_WEIGHT` times the letter model's evidence for ``text`` in the best of
    ``langs`` (default: the languages of its letters' script), read on its lines that hold
    non-ASCII characters, up to :data:`LETTER_BUDGET` characters and scaled to all of them."""
    key = (text, langs)
    got = memo.get(key)
    if got is not None:
        return got
    from .letter_model import evidence

    piece: list[str] = []
    used = total = 0
    for line in text.splitlines():
        if line.isascii():
            continue
        total += len(line)
        if used < LETTER_BUDGET:
            line = line[: LETTER_BUDGET - used + 20]  # to about the budget
            piece.append(line)
            used += len(line)
    value = evidence("\n".join(piece), langs)[1] if piece else 0.0
    if used and total > used:
        value *= total / used
    memo[key] = got = LETTER_WEIGHT * value
    return got


def _errors(text: str) -> int:
    """How many bytes a ``surrogateescape`` decoding could not read (one surrogate each)."""
    if text.isascii():
        return 0
    try:  # the UTF-8 encoder skips or restores lone surrogates at C speed
        return len(text.encode("utf-8", "surrogateescape")) - len(text.encode("utf-8", "ignore"))
    except UnicodeEncodeError:  # a surrogate outside U+DC80..U+DCFF: count them one by one
        return len(_SURROGATE.findall(text))


#: Bytes of the sample first decoded to screen out hopeless charsets.
SCREEN = 4096
#: More undecodable bytes than a prefix has can appear only at its cut, in one incomplete
#: character (at most 3 bytes, GB18030's four-byte sequences).
_CUT_SLACK = 4


def _readings(sample: bytes, names: dict[str, float], most: int
              ) -> list[tuple[str, float, str, int]]:
    """(name, chardet confidence, text, undecodable bytes) for each charset in ``names`` that
    could win: one with more than ``most`` undecodable bytes, or more than two beyond the
    fewest of any charset, is left out (:func:`rank` would drop it).

    A wrong multi-byte codec is slow to decode a large sample (it stops at every byte it cannot
    read), so every charset first decodes a prefix: its undecodable bytes there are a lower
    bound on the whole sample's (give or take a character cut at the prefix's end), and
    charsets are decoded in full from the fewest up, while that bound can still be beaten.
    """
    whole = len(sample) <= SCREEN
    cut = len(sample) if whole else sample.rfind(b"\n", 0, SCREEN) + 1
    screened: list[tuple[int, str, float, str]] = []
    for name, conf in names.items():
        try:
            prefix = sample[:cut].decode(name, errors="surrogateescape")
        except (LookupError, UnicodeError):
            continue
        screened.append((_errors(prefix), name, conf, prefix))
    screened.sort(key=lambda s: s[0])
    out: list[tuple[str, float, str, int]] = []
    fewest = most
    for floor, name, conf, text in screened:
        if not whole:
            if floor - _CUT_SLACK > min(fewest + 2, most):
                break  # this charset, and every one after it, has too many errors to win
            try:
                text = sample.decode(name, errors="surrogateescape")
            except UnicodeError:
                continue
        errors = _errors(text)
        fewest = min(fewest, errors)
        out.append((name, conf, text, errors))
    order = {name: i for i, name in enumerate(names)}  # ties in rank keep the names' order
    return sorted(out, key=lambda d: order[d[0]])


_HIGH_BYTES = bytes(range(0x80, 0x100))


def _high_bytes(data: bytes) -> int:
    """How many bytes of ``data`` are 0x80 or above (counted at C speed)."""
    return len(data) - len(data.translate(None, _HIGH_BYTES))


_HAN = lazy("[\u4e00-\u9fff]")
_KANA = lazy("[\u3041-\u30ff]")
_HANGUL = lazy("[\uac00-\ud7a3]")


_CJK_LANGS = frozenset(("zh", "ja", "ko", "yue"))


def _script_bonus(text: str, lang: str) -> float:
    """With a CJK language hint, that language's script counts for a reading, others against;
    with the hint of a language the letter model knows, every CJK character counts against."""
    if lang not in _CJK_LANGS:
        if lang and _modelled(lang):
            return -1.0 * sum(len(p.findall(text)) for p in (_HAN, _KANA, _HANGUL))
        return 0.0
    han, kana, hangul = (len(p.findall(text)) for p in (_HAN, _KANA, _HANGUL))
    if lang in ("zh", "yue"):
        return 0.5 * han - 1.0 * (kana + hangul)
    if lang == "ja":
        return 0.5 * kana + 0.2 * han - 1.0 * hangul
    return 0.5 * hangul - 1.0 * kana


def _first_decoding(data: bytes, names: list[str], default: str) -> str:
    """The first of ``names`` that decodes every byte of ``data``, else ``default``."""
    for name in names:
        try:
            data.decode(name)
        except UnicodeDecodeError:
            continue
        return name
    return default


def _narrowest(data: bytes, encoding: str) -> str:
    """The narrowest sibling of ``encoding`` that decodes all of ``data``."""
    fam = _FAMILY_OF.get(encoding)
    if not fam:
        return encoding
    return _first_decoding(data, list(fam[: fam.index(encoding)]), encoding)


def _widest_strict(data: bytes, encoding: str) -> str:
    """``encoding``, or a wider sibling when only that one decodes every byte."""
    fam = _FAMILY_OF.get(encoding)
    if not fam:
        return encoding
    return _first_decoding(data, list(fam[fam.index(encoding) :]), encoding)


def choose(data: bytes, lang: str | None = None) -> tuple[str, str]:
    """(codec, evidence) for legacy ``data``: the most plausible candidate, narrowed to the
    sibling that such files are labelled with, then widened as :data:`DECODE_AS` says."""
    ranked = rank(data, lang)
    if not ranked:
        return "cp1252", "no candidate decodes; cp1252 keeps every byte"
    best = ranked[0]
    name = _narrowest(data, _widest_strict(data, best.encoding))
    runner = f"; next {ranked[1].encoding} {ranked[1].total:.1f}" if len(ranked) > 1 else ""
    evidence = f"plausibility {best.total:.1f} as {best.encoding}{runner}"
    codec = DECODE_AS.get(name, name)
    if codec != name:
        evidence += f"; {name} text, read as {codec} (WHATWG)"
    return codec, evidence


_ISOLATED = re.compile(rb"(?<=[\x00-\x7f])[\x80-\xff](?=[\x00-\x7f])")
_MULTIBYTE = frozenset(name for fam in FAMILIES for name in fam) | {"johab", "hz"}
_SURROGATE = re.compile("[\udc80-\udcff]")
_ESCAPES = re.compile(rb"\x1b\$[@B)(]|\x1b\(J|~\{")


def _seven_bit(data: bytes) -> str | None:
    """ISO-2022-JP/KR or HZ: 7-bit text whose escape sequences switch to CJK."""
    from .plausibility import score  # imported when legacy bytes need it

    if not _ESCAPES.search(data):
        return None
    candidates = ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext", "iso2022_jp_3",
                  "iso2022_kr", "hz")
    ascii_score = score(data.decode("ascii"))
    best: tuple[float, str] | None = None
    for name in candidates:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        s = score(text)
        if s > ascii_score + 2 and (best is None or s > best[0]):
            best = (s, name)
    return best[1] if best else None


def _utf8_runs(line: bytes) -> list[tuple[int, int, bool]]:
    """Split ``line`` into (start, end, valid_utf8) runs.

    Two-byte UTF-8 sequences glued to invalid bytes are counted with the invalid run: legacy
    CJK pairs often happen to form one (GBK ``D5B9`` is UTF-8 for U+0579), whereas real CJK
    text in UTF-8 uses three-byte sequences.
    """
    runs: list[tuple[int, int, bool]] = []
    pos = 0
    n = len(line)
    bad_spans: list[list[int]] = []
    while pos < n:
        try:
            line[pos:].decode("utf-8")
            break
        except UnicodeDecodeError as err:
            s, e = pos + err.start, pos + max(err.end, err.start + 1)
            if bad_spans and bad_spans[-1][1] == s:
                bad_spans[-1][1] = e
            else:
                bad_spans.append([s, e])
            pos = e
    # Widen each bad span over adjacent non-ASCII bytes that do not form 3/4-byte UTF-8 chars.
    merged: list[list[int]] = []
    for s, e in bad_spans:
        while s > 0 and line[s - 1] >= 0x80:
            k = s - 1
            while k > 0 and 0x80 <= line[k] < 0xC0:
                k -= 1
            if line[k] >= 0xE0 and s - k >= 3:
                break
            s = k
        while e < n and line[e] >= 0x80:
            lead = line[e]
            if lead >= 0xE0:
                seq = 3 if lead < 0xF0 else 4
                try:
                    line[e : e + seq].decode("utf-8")
                    break
                except UnicodeDecodeError:
                    pass
            e += 1
        if e < n and 0x40 <= line[e] <= 0x7E:
            e += 1  # a possible trail byte of a Big5/Shift_JIS/GBK character
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    pos = 0
    for s, e in merged:
        if s > pos:
            runs.append((pos, s, True))
        runs.append((s, e, False))
        pos = e
    if pos < n:
        runs.append((pos, n, True))
    return runs


@dataclass
class _Mixed:
    """Accumulates the pieces of a run-by-run decode."""

    parts: list[str]
    bad: list[_Bad]
    legacy_lines: list[int]
    utf8_lines: int


#: Plausibility per non-ASCII character above which a legacy reading of a few bytes in a UTF-8
#: line "reads as text" (``café`` does, ``ÿþ`` and ``яю`` do not): else they become U+FFFD.
READS_AS_TEXT = 0.2


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _decode_run(raw: bytes, base: int, encoding: str) -> tuple[str, list[_Bad]]:
    """A run of non-UTF-8 bytes: ``encoding`` when that reads as text (plausible characters,
    letters a language puts together: :func:`_reading_score`), else U+FFFD."""
    memo: dict[tuple[str, tuple[str, ...] | None], float] = {}

    def score(text: str) -> float:
        return _reading_score(text, 0, memo)

    text, bad = _decode_replacing(raw, encoding, base)
    if not bad and score(text) > READS_AS_TEXT * len(text):
        return text, []
    alt = [(score(t), t, b) for t, b in (
        _decode_replacing(raw, name, base) for name in ("cp1252", encoding)
    ) if not b]
    if alt:
        s, t, b = max(alt, key=lambda x: x[0])
        if s > READS_AS_TEXT * len(t):
            return t, b
    return _decode_replacing(raw, "utf-8", base)


def _mixed(data: bytes, encoding: str) -> _Mixed:
    """Decode line by line and run by run: UTF-8 where it is UTF-8, ``encoding`` elsewhere;
    a line that reads better in ``encoding`` throughout (:func:`_reading_score`) is so read."""
    out = _Mixed([], [], [], 0)
    memo: dict[tuple[str, tuple[str, ...] | None], float] = {}
    offset = 0
    for number, line in enumerate(data.splitlines(keepends=True), 1):
        base = offset
        offset += len(line)
        if line.isascii():
            out.parts.append(line.decode("ascii"))
            continue
        try:
            as_utf8 = line.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            out.parts.append(as_utf8)
            out.utf8_lines += 1
            continue
        pieces: list[str] = []
        bad: list[_Bad] = []
        for s, e, ok in _utf8_runs(line):
            if ok:
                pieces.append(line[s:e].decode("utf-8"))
            else:
                t, b = _decode_run(line[s:e], base + s, encoding)
                pieces.append(t)
                bad.extend(b)
        runs = "".join(pieces)
        whole, whole_bad = _decode_replacing(line, encoding, base)
        if whole != runs:
            whole_score = _reading_score(whole, _count(whole_bad), memo)
            if whole_score > max(_reading_score(runs, _count(bad), memo),
                                 READS_AS_TEXT * _non_ascii(whole)):
                runs, bad = whole, whole_bad
        out.parts.append(runs)
        out.bad.extend(bad)
        out.legacy_lines.append(number)
    return out


_UTF8_WIDE = re.compile(rb"[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _utf8_share(data: bytes) -> float:
    """Share of the high bytes that form three- or four-byte UTF-8 characters.

    Legacy CJK text forms such sequences only by accident (a few per cent of its bytes); a
    UTF-8 page with a pasted legacy paragraph or a stray byte is mostly made of them.
    """
    high = _high_bytes(data)
    wide = sum(len(m) for m in _UTF8_WIDE.findall(data))
    return wide / high if high else 0.0


def _islands(data: bytes) -> bytes:
    """The non-UTF-8 runs of ``data`` (what a second charset must explain), newline-joined."""
    out = []
    for line in data.splitlines():
        if line.isascii():
            continue
        if _utf8_share(line) < MIXED_SHARE:
            out.append(line)  # a legacy line
        else:
            out.extend(line[s:e] for s, e, ok in _utf8_runs(line) if not ok)
    return b"\n".join(out)


def decode(data: bytes, config: Config | None = None) -> Decoded:
    """Decode ``data`` to text, detecting its encoding.

    >>> decode("café".encode("utf-8")).encoding
    'utf-8'
    >>> decode(b"\\xef\\xbb\\xbfhi").text
    'hi'
    >>> decode("发展中国家的经济".encode("gbk")).text
    '发展中国家的经济'
    """
    cfg = config or DEFAULT
    findings: list[Finding] = []
    bom = _bom(data)
    if bom is not None:
        name, skip = bom
        findings.append(Finding(Code.BOM, 1, 1, f"{name} byte-order mark", evidence=name))
        text, bad = _decode_replacing(data[skip:], name, skip)
        return Decoded(text, name, tuple(findings + _bad_findings(bad, name, text, data)),
                       bom=True)
    if cfg.encoding:
        forced = _canonical(cfg.encoding)
        if forced is None:
            raise ConfigError(f"unknown encoding {cfg.encoding!r}",
                              "give a name Python knows, such as gb18030, big5, shift_jis, cp1251")
        text, bad = _decode_replacing(data, forced)
        return Decoded(text, codecs.lookup(forced).name,
                       tuple(_bad_findings(bad, forced, text, data)))
    if b"\0" in data:
        wide = _utf16_32_pattern(data)
        if wide:
            text, bad = _decode_replacing(data, wide)
            if "\0" not in text and _few_controls(text):
                return Decoded(text, wide, tuple(_bad_findings(bad, wide, text, data)))
    if looks_binary(data, controls=False):
        raise _binary()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if (b"\x1b" in data or b"~{" in data) and data.isascii():
            seven = _seven_bit(data)
            if seven:
                return Decoded(data.decode(seven), seven, (
                    Finding(Code.LEGACY_ENCODING, 1, 1, f"decoded as {seven}, not UTF-8",
                            evidence="7-bit escape sequences"),))
        return Decoded(text, "utf-8")
    if looks_binary(data):
        raise _binary()
    return _decode_legacy(data, cfg)


def _few_controls(text: str) -> bool:
    """Text, not binary read two bytes at a time: C0/C1 controls other than the usual
    whitespace and escape are at most 1 % of the characters."""
    sample = text[:4096]
    odd = sum(1 for ch in sample if (ch < " " and ch not in "\t\n\r\f\x1b")
              or "\x7f" <= ch <= "\x9f")
    return odd * 100 <= len(sample)


def _binary() -> BinaryInputError:
    return BinaryInputError("input looks like binary data, not text",
                            "textfix repairs text files; pass --encoding if this is text")


def _decode_legacy(data: bytes, cfg: Config) -> Decoded:
    """Non-UTF-8 input: one legacy charset, or UTF-8 with runs of one (decoded run by run).

    Both readings are made when the file holds any valid multi-byte UTF-8 sequence, and
    scored by one rule (:func:`_reading_score`); the whole-file legacy reading wins unless the
    mixed one scores :data:`MIXED_MARGIN` more. Legacy CJK bytes form UTF-8 sequences by
    accident (Big5 ``C1 63`` and ``E9 A4 A4``), so how many there are decides nothing alone.
    """
    enc, evidence = choose(data, cfg.lang)
    text, bad = _decode_replacing(data, enc)
    name = codecs.lookup(enc).name
    if _maybe_mixed(_sample(data)):
        island_enc, island_evidence = choose(_islands(data), cfg.lang)
        mixed = _mixed(data, island_enc)
        mixed_text = "".join(mixed.parts)
        memo: dict[tuple[str, tuple[str, ...] | None], float] = {}
        # The mixed reading must beat the best whole-file reading and the island charset's
        # (a mixed reading that is that charset's on every line is not mixed at all).
        mixed_score = whole_score = 0.0
        wins = bool(mixed.legacy_lines)
        for rival, rival_bad in ((text, bad), _decode_replacing(data, island_enc)):
            if not wins:
                break
            rival_diff, mixed_diff = _differing_lines(rival, mixed_text)
            whole_score = _reading_score(rival_diff, _count(rival_bad), memo)
            mixed_score = _reading_score(mixed_diff, _count(mixed.bad), memo)
            wins = mixed_score > whole_score + MIXED_MARGIN
        if wins:
            island_name = codecs.lookup(island_enc).name
            findings = [Finding(
                Code.MIXED_ENCODING, mixed.legacy_lines[0], 1,
                f"UTF-8 with runs of {island_name} on lines {_ranges(mixed.legacy_lines)}; "
                "decoded run by run",
                evidence=f"{island_evidence}; score {mixed_score:.1f} against "
                         f"{whole_score:.1f} as {name} throughout")]
            return Decoded(mixed_text, "utf-8", tuple(
                findings + _bad_findings(mixed.bad, island_name, mixed_text, data)))
    findings = [Finding(Code.LEGACY_ENCODING, 1, 1, f"decoded as {name}, not UTF-8",
                        evidence=evidence)]
    return Decoded(text, name, tuple(findings + _bad_findings(bad, name, text, data)))


def _maybe_mixed(sample: bytes) -> bool:
    """Whether a UTF-8-with-legacy-runs reading is worth making: most high bytes form three-
    or four-byte UTF-8 characters (:data:`MIXED_SHARE`), or a line with non-ASCII characters
    worth two continuation bytes or more is valid UTF-8 throughout (legacy CJK lines almost
    never are)."""
    if _utf8_share(sample) >= MIXED_SHARE:
        return True
    for line in sample.splitlines():
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(line) - len(text) >= 2:  # two continuation bytes or more
            return True
    return False


#: A valid two- to four-byte UTF-8 sequence.
_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                         rb"|[\xf0-\xf4][\x80-\xbf]{3}")
#: How much more a UTF-8-with-legacy-runs reading must score than the best whole-file legacy
#: reading: a quarter of one undecodable byte's cost, so that a tie goes to the single charset.
MIXED_MARGIN = ERROR_COST / 4


def _differing_lines(a: str, b: str) -> tuple[str, str]:
    """The lines where readings ``a`` and ``b`` differ (both read every ``\\n`` byte as a line
    break), up to :data:`SCORE_BUDGET` characters of ``a``: what a comparison must score."""
    la, lb = a.split("\n"), b.split("\n")
    if len(la) != len(lb):
        return a, b
    out_a: list[str] = []
    out_b: list[str] = []
    used = 0
    for x, y in zip(la, lb):
        if x != y:
            out_a.append(x)
            out_b.append(y)
            used += len(x)
            if used >= SCORE_BUDGET:
                break
    return "\n".join(out_a), "\n".join(out_b)


def _count(bad: list[_Bad]) -> int:
    """Undecodable bytes in ``bad``."""
    return sum(len(b.raw) for b in bad)


def _reading_score(text: str, errors: int,
                   memo: dict[tuple[str, tuple[str, ...] | None], float]) -> float:
    """One rule for any reading of the bytes: its plausibility, the letter model's evidence
    for its letters, and :data:`ERROR_COST` for each undecodable byte."""
    from .plausibility import sampled_score

    return sampled_score(text, SCORE_BUDGET) + _letters(text, None, memo) - ERROR_COST * errors


def _ranges(numbers: list[int]) -> str:
    out: list[str] = []
    start = prev = numbers[0]
    for n in numbers[1:] + [0]:
        if n == prev + 1:
            prev = n
            continue
        out.append(f"{start}" if start == prev else f"{start}–{prev}")
        start = prev = n
    return ", ".join(out[:10]) + (" …" if len(out) > 10 else "")
