"""Letters a wrong code page showed as nothing: restored in a single-byte reading by the word
lists of its language.

A single-byte text read through another single-byte code page keeps one character per byte,
except for two bytes the wrong code page shows as no visible character: ``0xAD``, the soft
hyphen, which renders as nothing and which copies and scrapers strip, and ``0xA0``, the
no-break space, which a copy turns into a space. Where the right code page writes a letter for
such a byte (cp866, the Russian console's code page read as cp1251: ``0xAD`` is ``н``,
``0xA0`` is ``а``), the chain's reading lacks that letter wherever it stood: ``номер`` reads
``омер``, ``папки`` reads ``п пки``. Nothing in the bytes says where: the character model sees
no difference worth a byte (the bigram around one letter more or less), the word lists do.

After :mod:`.segment`'s rule has chosen such a chain for a line, each word of the repaired
stretch that no language of its script knows (:mod:`textfix.word_model`) is matched with the
dropped letter inserted at each place, and two fragments around a space of the repaired
stretch with the space read as the spaced letter (or a word and the space after it, where a
space, a mark or the line's end follows: ``погод ,``); a candidate replaces the word when it takes
``POSTERIOR`` of the candidates' frequencies (the rule and constant of
:mod:`textfix.damage.lost_letters`). A word some language knows is never touched.
"""

from __future__ import annotations

import re

from .chains import _DBCS, Chain

#: Letters (of any script), no digit or underscore.
_WORD = re.compile(r"[^\W\d_]+")
#: The bytes a code page may show as nothing: the soft hyphen (dropped) and the no-break
#: space (made a space by a copy).
SOFT_HYPHEN, NO_BREAK = 0xAD, 0xA0


def letters(chain: Chain) -> tuple[str, str]:
    """The letters ``chain``'s right code page writes for the byte its wrong one shows as a
    soft hyphen (dropped) and as a no-break space (spaced), "" where none: only for a
    single-byte text read through a single-byte code page."""
    if chain.lossy or chain.right == "utf_8" or chain.wrong in _DBCS or chain.right in _DBCS:
        return "", ""
    out = []
    for byte, shown in ((SOFT_HYPHEN, "\xad"), (NO_BREAK, "\xa0")):
        try:
            wrong = bytes((byte,)).decode(chain.wrong)
            right = bytes((byte,)).decode(chain.right)
        except (UnicodeDecodeError, LookupError):
            out.append("")
            continue
        out.append(right if wrong == shown and right.isalpha() else "")
    return out[0], out[1]


def restore(line: str, a: int, b: int, chain: Chain
            ) -> tuple[str, list[tuple[str, tuple[str, ...]]]]:
    """``line`` with the letters of ``line[a:b]`` (the stretch ``chain`` repaired) restored
    where the word lists are sure, and each restored word with its runners-up."""
    dropped, spaced = letters(chain)
    if not (dropped or spaced):
        return line, []
    from ... import word_model
    from ..lost_letters import POSTERIOR

    if not word_model.available():
        return line, []
    words = [m for m in _WORD.finditer(line, a, b)]
    scripts = {word_model.script_of(m.group()) for m in words}
    if len(scripts) != 1 or None in scripts:
        return line, []
    script = scripts.pop()
    if script not in word_model.SCRIPTS:
        return line, []
    langs = word_model.languages_of([m.group().lower() for m in words], script)

    def freqs(cands: list[str]) -> dict[str, float]:
        pattern = "|".join(re.escape(c) for c in cands)
        out: dict[str, float] = dict.fromkeys(cands, 0.0)
        for lang, weight in langs.items():
            for w, f in word_model.matches(f"(?:{pattern})", lang).items():
                out[w] += weight * f
        return out

    def known(word: str) -> bool:
        return freqs([word.lower()])[word.lower()] > 0

    def sure(cands: list[str]) -> tuple[str, tuple[str, ...]] | None:
        got = freqs(cands)
        total = sum(got.values())
        best = max(got, key=lambda w: got[w])
        if not total or got[best] < POSTERIOR * total:
            return None
        return best, tuple(w for w in sorted(got, key=lambda w: -got[w]) if got[w] and w != best)

    def cased(like: str, word: str) -> str:
        return word[:1].upper() + word[1:] if like[:1].isupper() else word

    edits: list[tuple[int, int, str]] = []
    found: list[tuple[str, tuple[str, ...]]] = []
    taken: set[int] = set()
    if spaced:  # two fragments around a space: the no-break space was the letter
        for left, right in zip(words, words[1:]):
            if (line[left.end() : right.start()] != " " or left.start() in taken
                    or (known(left.group()) and known(right.group()))):
                continue
            joined = (left.group() + spaced + right.group()).lower()
            got = sure([joined])
            if got is not None:
                edits.append((left.start(), right.end(), cased(left.group(), got[0])))
                found.append((cased(left.group(), got[0]), got[1]))
                taken |= {left.start(), right.start()}
    for m in words:  # one letter dropped inside a word, or spaced at its end
        w = m.group()
        if m.start() in taken or len(w) < 2 or known(w):
            continue
        low = w.lower()
        cands = [low[:k] + dropped + low[k:] for k in range(len(low) + 1)] if dropped else []
        # a space after the word and before a space, a mark or the end: the spaced letter
        end = m.end()
        tail = spaced and line[end : end + 1] == " " and not line[end + 1 : end + 2].isalnum()
        if tail:
            cands.append(low + spaced)
        got = sure(list(dict.fromkeys(cands))) if cands else None
        if got is not None:
            stop = end + 1 if tail and got[0] == low + spaced else end
            edits.append((m.start(), stop, cased(w, got[0])))
            found.append((cased(w, got[0]), got[1]))
    for start, end, word in sorted(edits, reverse=True):
        line = line[:start] + word + line[end:]
    return line, found
