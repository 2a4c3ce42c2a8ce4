"""Quoted examples of Western mojibake given beside their reading stay as they are, in the
Western stage alone and through the whole pipeline: the model stage's rule
(:func:`textfix.damage.mojibake.accepts`) refuses them, which the Western stage's own quoted-
example test (retired) used to do."""

from __future__ import annotations

import pytest

import textfix
from textfix.config import Config
from textfix.damage.base import Context
from textfix.damage.mojibake import western

EXAMPLES = [
    "The page showed “naÃ¯ve” where it meant naïve.",
    "Il a écrit « rÃ©sumÃ© » au lieu de résumé, faute d'encodage.",
    "Der Export zeigt „GrÃ¼ÃŸe“ statt Grüße – ein Kodierungsfehler.",
    "Search for ‘Ã©tÃ©’ (été) returned nothing.",
]


@pytest.mark.parametrize("text", EXAMPLES)
def test_quoted_example_stays(text: str) -> None:
    assert western.run(text, Context(Config(), text)).text == text
    assert textfix.repair(text).text == text


def test_unquoted_damage_is_still_repaired() -> None:
    """The same garble without its explanation is damage: the stage repairs it."""
    text = "Le rÃ©sumÃ© de la rÃ©union est prÃªt."
    assert western.run(text, Context(Config(), text)).text == "Le résumé de la réunion est prêt."
