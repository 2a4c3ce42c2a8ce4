"""One module per kind of damage, each owning how it is found and how it is reversed.

Every module exposes ``run(text, ctx) -> Outcome`` (see :mod:`textfix.damage.base`). The repair
engine (:mod:`textfix.repair`) runs them in the order of :data:`ORDER`; modules are imported
lazily so that clean text never pays for a stage's dependencies.
"""

from __future__ import annotations

#: The stages after decoding, in the order they must run: mojibake before any script conversion
#: (OpenCC on mojibake makes it unrepairable), spin before width restoration (annotations sit in
#: ASCII parentheses), boilerplate last (its rules read repaired text).
ORDER: tuple[str, ...] = (
    "mojibake",
    "mojibake.western",
    "mojibake.cjk_search",
    "lost_letters",
    "unrecoverable",
    "misalign",
    "spin",
    "width",
    "boilerplate",
)
