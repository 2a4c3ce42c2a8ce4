"""Stable finding codes, like a linter's rule codes.

Every problem textfix knows has one code here. The first letter says which kind of damage owns
it: ``D`` decoding, ``M`` mojibake, ``S`` spin (pinyin annotations, machine conversion), ``W``
width folding, ``B`` boilerplate. Codes are never renumbered; a retired code stays reserved.
The README's table of codes is checked against :data:`CODE_INFO` by a test.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Code(StrEnum):
    """A finding's stable code (shown in output, JSON and the archive header)."""

    # decoding
    BOM = "D101"
    LEGACY_ENCODING = "D102"
    MIXED_ENCODING = "D103"
    UNDECODABLE_BYTES = "D104"
    # mojibake
    WESTERN_MOJIBAKE = "M101"
    CJK_MOJIBAKE = "M102"
    UNRECOVERABLE = "M103"
    INFERRED_CHARACTER = "M104"
    LOST_LETTER = "M105"
    # spin
    PINYIN_ANNOTATION = "S101"
    MACHINE_TRADITIONAL = "S102"
    # width folding
    FOLDED_PUNCTUATION = "W101"
    # boilerplate and page chrome
    PAGE_META = "B101"
    EDITOR_CREDIT = "B102"
    COPYRIGHT = "B103"
    REPRINT_TERMS = "B104"
    DISCLAIMER = "B105"
    MORE_INFO = "B106"
    SHARE_PROMPT = "B107"
    BREADCRUMB = "B108"
    NAVIGATION = "B109"
    RELATED_LINKS = "B110"
    FOOTER = "B111"
    COOKIE_NOTICE = "B112"
    TEMPLATE_LINE = "B120"
    CUSTOM_PATTERN = "B190"


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """What a code means: its short name, a one-line description, and whether it is fixed."""

    name: str
    description: str
    fixed_by_default: bool


CODE_INFO: dict[Code, CodeInfo] = {
    Code.BOM: CodeInfo("bom", "byte-order mark at the start; dropped from the output", True),
    Code.LEGACY_ENCODING: CodeInfo(
        "legacy-encoding", "not UTF-8 (GB18030, Big5, Shift_JIS, cp1251…); transcoded", True
    ),
    Code.MIXED_ENCODING: CodeInfo(
        "mixed-encoding", "runs of bytes in a second encoding; decoded run by run", True
    ),
    Code.UNDECODABLE_BYTES: CodeInfo(
        "undecodable-bytes", "bytes no candidate encoding explains; replaced by U+FFFD", False
    ),
    Code.WESTERN_MOJIBAKE: CodeInfo(
        "western-mojibake", "UTF-8 read through a Western single-byte code page (donâ€™t)", True
    ),
    Code.CJK_MOJIBAKE: CodeInfo(
        "cjk-mojibake", "CJK text decoded with the wrong codec (鍙戝睍, ·¢Õ¹)", True
    ),
    Code.UNRECOVERABLE: CodeInfo(
        "unrecoverable-damage", "text already lost (U+FFFD runs, 锟斤拷, ??? where CJK was)", False
    ),
    Code.INFERRED_CHARACTER: CodeInfo(
        "inferred-character",
        "a character rebuilt where a mojibake repair met lost bytes; the alternatives weighed "
        "are in the evidence",
        True,
    ),
    Code.LOST_LETTER: CodeInfo(
        "lost-letter",
        "a letter lost inside a word to '?', U+FFFD or a folded byte (cria??o, D�n, "
        "geA¯nspireerde), restored by the word-frequency model of the text's language; the "
        "alternatives weighed are in the evidence",
        True,
    ),
    Code.PINYIN_ANNOTATION: CodeInfo(
        "pinyin-annotation", "tone-marked pinyin pushed in after characters: 產(chǎn)", True
    ),
    Code.MACHINE_TRADITIONAL: CodeInfo(
        "machine-traditional",
        "Simplified text machine-converted to Traditional; restored when spin is present "
        "or with --script simplified, otherwise reported only",
        True,
    ),
    Code.FOLDED_PUNCTUATION: CodeInfo(
        "folded-punctuation", "fullwidth CJK punctuation folded to ASCII (，→ ,)", True
    ),
    Code.PAGE_META: CodeInfo(
        "page-meta", "date / views / source / author line; removed, fields kept as metadata", True
    ),
    Code.EDITOR_CREDIT: CodeInfo(
        "editor-credit", "editor or reviewer credit; removed, kept as metadata", True
    ),
    Code.COPYRIGHT: CodeInfo("copyright", "copyright notice", True),
    Code.REPRINT_TERMS: CodeInfo("reprint-terms", "reprint or republication terms", True),
    Code.DISCLAIMER: CodeInfo("disclaimer", "disclaimer of responsibility", True),
    Code.MORE_INFO: CodeInfo("more-info", "'for more information visit …' line", True),
    Code.SHARE_PROMPT: CodeInfo("share-prompt", "share, follow or subscribe prompt", True),
    Code.BREADCRUMB: CodeInfo("breadcrumb", "breadcrumb trail (当前位置：首页 > …)", True),
    Code.NAVIGATION: CodeInfo("navigation", "navigation menu or previous/next links", True),
    Code.RELATED_LINKS: CodeInfo("related-links", "related-news teaser heading", True),
    Code.FOOTER: CodeInfo("footer", "site footer (ICP licence, technical support…)", True),
    Code.COOKIE_NOTICE: CodeInfo("cookie-notice", "cookie consent notice", True),
    Code.TEMPLATE_LINE: CodeInfo(
        "template-line", "line repeated across many documents of a batch", True
    ),
    Code.CUSTOM_PATTERN: CodeInfo(
        "custom-pattern", "line matched a pattern from the user's configuration", True
    ),
}


def code_name(code: Code) -> str:
    """The short kebab-case name of ``code`` (``Code.BOM`` → ``"bom"``)."""
    return CODE_INFO[code].name
