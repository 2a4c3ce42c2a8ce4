"""Western mojibake: UTF-8 read through a single-byte Western code page (``donâ€™t``).

ftfy does the decoding work, with CJK-safe settings: only its encoding fixes run (no quote
uncurling, no width folding, no NFC/NFKC, no HTML unescaping, no line-break changes), one line at
a time so that a damaged run inside good CJK text is still found. ftfy's explanation (its
replayable plan) goes into the change's evidence.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..charclass import LineIndex
from ..codes import Code
from ..models import Finding
from ..plan import Edit, apply_edits
from .base import Context, Outcome

if TYPE_CHECKING:
    import ftfy

STEP = "mojibake.western"


@lru_cache(maxsize=1)
def ftfy_config() -> ftfy.TextFixerConfig:
    """ftfy's encoding repair and nothing else."""
    import ftfy

    return ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=True,
    )


def _plan_text(steps: Any) -> str:
    return "; ".join(f"{s.action} {s.parameter}" for s in steps or ())


def _suspicious(line: str) -> bool:
    # Mojibake of UTF-8 through Latin code pages always leaves one of these lead characters.
    return any("\u00c2" <= ch <= "\u00f0" or ch in "\u0192\u2020\u2021\u02c6\u2030\u0160\u2039"
               "\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a"
               "\u0153\u017e\u0178" for ch in line)


def _quoted(body: str, fixed: str) -> bool:
    """True when a change ftfy would make is mojibake quoted on purpose (see
    :func:`textfix.damage.mojibake_cjk.quoted_example`): the line is then left alone."""
    import difflib

    from .mojibake_cjk import quoted_example

    matcher = difflib.SequenceMatcher(None, body, fixed, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op != "equal" and quoted_example(body, a0, a1, fixed[b0:b1]):
            return True
    return False


def _cjk_reading_wins(body: str, fixed: str) -> bool:
    """True when the line reads better as CJK mojibake left for :mod:`.mojibake_cjk`.

    GBK or EUC-KR bytes read as Latin-1 (``ÒÑµÇÂ¼``) contain pairs that happen to be UTF-8
    (``Ñµ`` → ``ѵ``); ftfy would decode those and leave the rest unrepairable. The line is
    left to the CJK stage when its repair of the untouched line beats ftfy's fix (followed by
    the CJK stage, for two-layer mojibake).
    """
    from . import mojibake_cjk

    if not mojibake_cjk.suspicious(body):
        return False
    cjk_only = mojibake_cjk.repair_line(body)[0]
    if cjk_only == body:
        return False
    from ..plausibility import word_score

    both = mojibake_cjk.repair_line(fixed)[0]
    return word_score(cjk_only) > word_score(both)


def run(text: str, ctx: Context) -> Outcome:
    """Fix Western mojibake line by line with ftfy's encoding repair."""
    if not ctx.config.mojibake or text.isascii():
        return Outcome(text)
    import ftfy

    cfg = ftfy_config()
    edits: list[Edit] = []
    evidence: dict[int, str] = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if _suspicious(body) and ftfy.is_bad(body):
            fixed, steps = ftfy.fix_and_explain(body, config=cfg)
            if (fixed != body and "\n" not in fixed and not _quoted(body, fixed)
                    and not _cjk_reading_wins(body, fixed)):
                edits.append(Edit(pos, pos + len(body), fixed, Code.WESTERN_MOJIBAKE))
                evidence[pos] = _plan_text(steps)
        pos += len(line)
    if not edits:
        return Outcome(text)
    index = LineIndex(text)
    findings = []
    for e in edits:
        line, col = index.line_col(e.start)
        findings.append(
            Finding(Code.WESTERN_MOJIBAKE, line, col,
                    f"mojibake {text[e.start:e.end][:40]!r} → {e.after[:40]!r}",
                    evidence=f"ftfy plan: {evidence[e.start]}", start=e.start, end=e.end)
        )
    new_text, changes = apply_edits(text, edits, STEP)
    return Outcome(new_text, tuple(findings), tuple(changes))
