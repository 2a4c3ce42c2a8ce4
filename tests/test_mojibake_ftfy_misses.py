"""Mechanisms behind misses of ftfy's cases through the whole pipeline (issue 16), each with
sentences of our own: the damage repaired, and clean text of the same languages left
byte-identical."""

from __future__ import annotations

import pytest

from textfix import repair


def garble(text: str, codec: str) -> str:
    """``text`` written as UTF-8 and read as ``codec``."""
    return text.encode("utf-8").decode(codec)


# A sure reading no longer ends the search before a code page that shows the same garble
# from other bytes: ``ĂĄ`` is ``á`` read as ISO-8859-2 and ``å`` read as cp1250, and the
# cp1250 chain comes first in the table.
CENTRAL = [
    "Máme krásné počasí a třešně kvetou.",
    "Zítra ráno půjdeme na nádraží.",
]


@pytest.mark.parametrize("clean", CENTRAL)
def test_iso8859_2_reading_weighed_against_cp1250(clean: str) -> None:
    assert repair(garble(clean, "iso8859_2")).text == clean


@pytest.mark.parametrize("clean", CENTRAL)
def test_cp1250_reading_still_repaired(clean: str) -> None:
    assert repair(garble(clean, "cp1250")).text == clean


# The older stage's repair of a line the model stage left in part: the characters it
# replaces are the garbled ones, not the clean letters the model stage already repaired
# between them (``è`` between two ``Ã `` was counted as replaced, and the margin refused).
LEFT_IN_PART = [
    ("Ã ma mÃ¨re et Ã mon pÃ¨re, Ã bientÃ´t", "à ma mère et à mon père, à bientôt"),
    ("Ã vrai dire, Ã©crire Ã la main reste un plaisir",
     "à vrai dire, écrire à la main reste un plaisir"),
]


@pytest.mark.parametrize(("garbled", "clean"), LEFT_IN_PART)
def test_a_grave_repaired_beside_repaired_letters(garbled: str, clean: str) -> None:
    assert repair(garbled).text == clean


NEGATIVE = [
    *CENTRAL,
    "Pán má dům v Brně a chalupu na Šumavě.",
    "Han så de små dråber på ruden.",
    "à ma mère et à mon père, à bientôt",
    "Šodien ņēmām līdzi ķiršus un gājām uz tirgu.",
]


@pytest.mark.parametrize("clean", NEGATIVE)
def test_clean_text_byte_identical(clean: str) -> None:
    result = repair(clean)
    assert result.text == clean and not result.changed


# A text of one line has no page around it: boilerplate never takes it as chrome (a crumb
# trail given alone came back empty), on a page the same line is still removed.
ONE_LINE = [
    "Início > Notícias > Desporto",
    "Accueil > Actualités > Économie\n",
    "Inicio > NotÃ­cias > Deportes",
]


@pytest.mark.parametrize("line", ONE_LINE)
def test_one_line_text_is_not_chrome(line: str) -> None:
    result = repair(line)
    assert result.text.strip() and not result.removed


def test_crumb_on_a_page_still_removed() -> None:
    page = ("Início > Notícias > Desporto\n\n"
            "O jogo terminou empatado depois de uma noite longa e cansativa para as duas "
            "equipas, que se voltam a encontrar no próximo mês.\n")
    result = repair(page)
    assert result.text.startswith("O jogo terminou") and len(result.removed) == 1


# A no-break space is a character the older stage recovers (``Â `` is U+00A0 read as
# cp1252 with its second byte shown as a space), not "nothing recovered".
# The model stage reads these lines as cp1250 (``â€ś`` is “), which leaves ``Â `` to it.
NO_BREAK = [
    ("We metÂ â€žtomorrowâ€ś in the garden, she said.",
     "We met\xa0„tomorrow“ in the garden, she said."),
    ("They named itÂ â€žbroken bridgeâ€ś after the storm of last winter.",
     "They named it\xa0„broken bridge“ after the storm of last winter."),
    ("It cost tenÂ â€“ maybe elevenÂ â€“ euros in the old shop.",
     "It cost ten\xa0– maybe eleven\xa0– euros in the old shop."),
]


@pytest.mark.parametrize(("garbled", "clean"), NO_BREAK)
def test_no_break_space_recovered(garbled: str, clean: str) -> None:
    assert repair(garbled).text == clean


@pytest.mark.parametrize("clean", [
    "The letter Â is used in Romanian and Vietnamese.",
    "In Romanian, Â and â sound the same.",
    "Prix\xa0: 10\xa0€ pour «\xa0tous\xa0».",
])
def test_capital_a_circumflex_and_no_break_space_kept(clean: str) -> None:
    result = repair(clean)
    assert result.text == clean and not result.changed
