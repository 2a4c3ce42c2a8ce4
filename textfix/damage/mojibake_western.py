"""Western mojibake: UTF-8 read through a single-byte Western code page (``donâ€™t``).

ftfy does the decoding work, with CJK-safe settings: only its encoding fixes run (no quote
uncurling, no width folding, no NFC/NFKC, no HTML unescaping, no line-break changes), one line at
a time so that a damaged run inside good CJK text is still found. ftfy's explanation (its
replayable plan) goes into the change's evidence.
"""

from __future__ import annotations

import functools
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..charclass import LineIndex, has_cjk
from ..codes import Code
from ..models import Finding
from ..plan import Edit, apply_edits
from . import mojibake_cjk
from .base import Context, Outcome

if TYPE_CHECKING:
    import ftfy

#: Lines end at "\n" only: str.splitlines would also split at U+0085 and U+2028, which
#: mojibake is full of (and the line numbers of the source would no longer match).
_LINES = re.compile(r"[^\n]*\n|[^\n]+\Z")
STEP = "mojibake.western"
_C1 = re.compile("[\x80-\x9f]")


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


_QUOTED = re.compile("[“\"«「『‘]([^“”\"«»「」『』‘’]{1,60})[”\"»」』’]")


def _quoted(body: str) -> bool:
    """True when the line quotes mojibake on purpose: a quoted segment whose repair stands
    elsewhere in the same line (``“cafÃ©” for café``); such a line is left alone."""
    import ftfy

    for m in _QUOTED.finditer(body):
        seg = m.group(1)
        if seg.isascii():
            continue
        fixed = ftfy.fix_and_explain(seg, config=ftfy_config())[0]
        if fixed != seg and fixed in body[: m.start()] + "\0" + body[m.end() :]:
            return True
    return False


def _layers(body: str, fixed: str, steps: Any) -> list[tuple[str, Any]]:
    """ftfy's fix and every shorter prefix of its plan that ends with a decode step."""
    import ftfy

    out: list[tuple[str, Any]] = []
    plan = list(steps or ())
    for i, step in enumerate(plan[:-1]):
        if step.action == "decode":
            try:
                out.append((ftfy.apply_plan(body, plan[: i + 1]), plan[: i + 1]))
            except (UnicodeError, ValueError):
                continue
    out.append((fixed, plan))
    return out


def _changed(a: str, b: str) -> list[tuple[int, int]]:
    import difflib

    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    return [(a0, a1) for op, a0, a1, _, _ in ops if op != "equal"]


def _covers(body: str, cjk: str, ftfy_fixed: str) -> bool:
    """Every stretch ftfy would change is also changed by the CJK reading."""
    mine = _changed(body, cjk)
    return all(any(a0 < m1 and m0 < max(a1, a0 + 1) for m0, m1 in mine)
               for a0, a1 in _changed(body, ftfy_fixed))


def _choose(body: str, fixed: str, steps: Any) -> tuple[str, Any]:
    """ftfy's fix, or a shorter prefix of it, or nothing: whichever reads best once the CJK
    stage has run after it.

    GBK or EUC-KR bytes read as Latin-1 (``ÒÑµÇÂ¼``) contain pairs that happen to be UTF-8
    (``Ñµ`` → ``ѵ``); ftfy would decode those and leave the rest unrepairable. Under two
    layers (GBK → Latin-1 → UTF-8 → Latin-1) only ftfy's first layer is Western mojibake.
    Lines with no CJK mojibake signature take ftfy's fix as it is.
    """

    options = _layers(body, fixed, steps)
    if not any(mojibake_cjk.suspicious(text) for text, _ in [(body, None), *options]):
        return fixed, steps
    from ..plausibility import word_score

    # ftfy's full fix competes with the readings the CJK stage can repair further.
    repaired = mojibake_cjk.repair_line(fixed)[0]
    best: tuple[float, str, Any] = (word_score(repaired), fixed, steps)
    for text, plan in [(body, []), *options[:-1]]:
        repaired = mojibake_cjk.repair_line(text)[0]
        if repaired == text:
            continue
        if not plan and not _covers(body, repaired, fixed):
            continue  # ftfy also fixes what the CJK reading leaves: both kinds are present
        s = word_score(repaired)
        if s > best[0] + 1e-9:
            best = (s, text, plan)
    return best[1], best[2]


#: The single-byte code pages ftfy's encoding repair reads UTF-8 through (its "sloppy" ones
#: are these with the undefined bytes kept as Latin-1, hence latin-1 in the list).
_CODE_PAGES = ("latin-1", "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1257",
               "iso-8859-2", "mac-roman", "cp437")


@functools.cache
def maybe_utf8_misread() -> re.Pattern[str]:
    """A necessary condition for any repair here, derived from the code pages themselves.

    UTF-8 misread through a single-byte code page always leaves a lead byte's character
    (0xC2–0xF4) right before a continuation byte's (0x80–0xBF) or before U+FFFD, or a
    two-byte lead before the space a lost 0xA0 became; cp1252 text read as Latin-1 leaves C1
    controls. Text with none of these is not touched.
    """

    def chars(lo: int, hi: int, codecs: tuple[str, ...] = _CODE_PAGES) -> str:
        out: set[str] = set()
        for codec in codecs:
            out.update(bytes(range(lo, hi + 1)).decode(codec, errors="ignore"))
        return "".join(re.escape(c) for c in sorted(out))

    lead, cont = chars(0xC2, 0xF4), chars(0x80, 0xBF) + "\ufffd"
    # ftfy puts back a 0xA0 continuation that became a space only after cp1252's two-byte leads.
    lead_a0 = chars(0xC2, 0xDF, ("latin-1", "cp1252"))
    return re.compile(f"[{lead}][{cont}]|[{lead_a0}] |[\x80-\x9f]")


def run(text: str, ctx: Context) -> Outcome:
    """Fix Western mojibake line by line with ftfy's encoding repair."""
    if not ctx.config.mojibake or text.isascii():
        return Outcome(text)
    if maybe_utf8_misread().search(text) is None:
        return Outcome(text)  # clean text stops here, without importing ftfy
    import ftfy
    from ftfy.badness import is_bad

    if not is_bad(text):  # one C-speed search over the whole text
        return Outcome(text)
    cfg = ftfy_config()
    edits: list[Edit] = []
    evidence: dict[int, str] = {}
    pos = 0
    for line in _LINES.findall(text):
        body = line.rstrip("\r\n")
        if not body.isascii() and is_bad(body):
            fixed, steps = ftfy.fix_and_explain(body, config=cfg)
            if fixed != body:
                fixed, steps = _choose(body, fixed, steps)
            if fixed != body and _C1.search(fixed) and not has_cjk(fixed):
                # C1 controls left in a line just shown to be cp1252-mangled are cp1252 too
                # (ftfy's fix_encoding does the same); elsewhere they are left alone.
                fixed = ftfy.fixes.fix_c1_controls(fixed)
                steps = [*(steps or ()), ftfy.ExplanationStep("transcode", "fix_c1_controls")]
            if fixed != body and "\n" not in fixed and not _quoted(body):
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
