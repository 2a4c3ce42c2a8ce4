"""Letters lost inside words (``?``, U+FFFD, a folded UTF-8 lead byte), restored by the word
model where one word fits clearly best, and left alone everywhere else (``lost_letters``)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textfix import repair
from textfix.codes import Code
from textfix.config import DEFAULT
from textfix.damage import lost_letters
from textfix.damage.base import Context

pytest.importorskip("wordfreq")


def stage(text: str) -> str:
    return lost_letters.run(text, Context(DEFAULT, text)).text


GOLDEN = [
    # one '?' per character (a code page that lacks the letter), Portuguese and Spanish
    ("A popula??o da regi?o cresceu muito.", "A população da região cresceu muito."),
    ("La canci?n del ni?o era bonita.", "La canción del niño era bonita."),
    # an upper-case word gets upper-case letters
    ("PR?XIMA ESTA??O: CENTRO", "PRÓXIMA ESTAÇÃO: CENTRO"),
    # the lost character can be the apostrophe of a contraction (cp1252's ’ made ASCII)
    ("I don?t think it?s ready, but we?ll see.", "I don’t think it’s ready, but we’ll see."),
    # one U+FFFD per character (a Latin-1 letter read as UTF-8)
    ("Die M\ufffdnner bauten eine Br\ufffdcke.", "Die Männer bauten eine Brücke."),
    # one U+FFFD per byte (UTF-8 read as ASCII)
    ("Die Farbe ist gr\ufffd\ufffdn.", "Die Farbe ist grün."),
    # a word restored is evidence of the text's language for the next (genética, not
    # Catalan genètica), in the same pass, with no report of the loss left behind
    ("Exemplos: popula??o gen?tica", "Exemplos: população genética"),
    # the word written intact elsewhere in the same text decides
    ("Bugün hava güzel.\nbug\ufffdn, yarın", "Bugün hava güzel.\nbugün, yarın"),
    # UTF-8 read as cp1252 and folded to ASCII (Ã → A): the continuation byte survives
    ("een geA¯nteresseerde lezer", "een geïnteresseerde lezer"),
    # ... and a name no list knows is read as the text's confident words read the residue
    ("Het album van MoA¯ra was geA¯nspireerd door oude liedjes.",
     "Het album van Moïra was geïnspireerd door oude liedjes."),
]


@pytest.mark.parametrize(("damaged", "expected"), GOLDEN)
def test_golden(damaged: str, expected: str) -> None:
    assert repair(damaged).text == expected


def test_a_loss_read_in_a_later_round_is_not_also_reported() -> None:
    result = repair("Exemplos: popula??o gen?tica")
    assert {f.code for f in result.findings} == {Code.LOST_LETTER}


def test_restorations_are_reported_with_their_alternatives() -> None:
    result = repair("Die Farbe ist gr\ufffd\ufffdn, die T\ufffdr ist offen.")
    found = [f for f in result.findings if f.code == Code.LOST_LETTER]
    assert [f.message for f in found] == ["lost letters 'gr\ufffd\ufffdn' → 'grün'",
                                          "lost letters 'T\ufffdr' → 'Tür'"]
    assert [(f.line, f.col) for f in found] == [(1, 15), (1, 26)]
    assert all("alternatives weighed" in f.evidence for f in found)
    assert [c.code for c in result.changes if c.step == lost_letters.STEP] == [
        Code.LOST_LETTER] * len(found)


def test_an_ambiguous_loss_is_reported_not_guessed() -> None:
    text = "Xin chào, tôi th?y anh"  # thấy, thầy, thủy… differ by their marks alone
    result = repair(text)
    assert result.text == text
    lost = [f for f in result.findings if f.code == Code.UNRECOVERABLE]
    assert [(f.line, f.col, f.fixable) for f in lost] == [(1, 15, False)]
    assert "thấy" in lost[0].evidence and "thầy" in lost[0].evidence


def test_no_report_where_no_word_fits() -> None:
    assert not [f for f in repair("Really?Yes, the Zorq?el model.").findings
                if f.code == Code.UNRECOVERABLE]


NEGATIVE = [
    "Why? Because it rained. Really?? Yes!!!",
    "¿Qué?? ¿De verdad?",
    "Name: ??? (unknown), age: ?",
    "See https://example.com/search?q=caf?e&lang=fr for more.",
    "value = flag?left:right;",
    'm = re.match(r"a?a", s)',
    "pattern a?a matches",
    "What?No way. Is it?Maybe.",
    "The Zorq?el model is new.",  # no word fits: left for the unrecoverable stage
    # Vietnamese th?y is thấy, thầy, thủy… — a word model cannot tell which
    "Xin ch\u00e0o, t\u00f4i th?y anh",
    # a text about the replacement character keeps its examples
    "U+FFFD (the replacement character) turns König into K\ufffdnig.",
    # GBK read as UTF-8: bytes lost wholesale, a pinyin syllable is no word with a lost letter
    "\ufffd\ufffd\ufffd\ufffd(gu\ufffd\ufffd)\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd"
    "(sh\ufffd\ufffd)\ufffd\ufffd",
    # a mark inside CJK (or mixed-script) garble is no lost letter of a word
    "ㄷ弱뤺텈瓦?윥瑥 and ㄷ弱뤺텈瓦æ윥瑥",
    # pinyin with a lost tone mark in Chinese text is the spin stage's
    "生产(sh?ng ch?n)了",
    # ASCII-folded residue that is no letter in any lead: left alone
    "Price: 5A£ per item",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text: str) -> None:
    assert stage(text) == text


def test_clean_text_never_loads_the_word_model() -> None:
    code = ("import sys, textfix\n"
            "textfix.repair('Où est la gare? Dónde está? Straße, Ærø, naïve café.')\n"
            "print('wordfreq' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


_WORDS = st.sampled_from(["casa", "maison", "Straße", "naïve", "why", "what", "tak", "нет",
                          "good", "l'eau", "x", "über", "ja", "ñandú", "A", "a"])
_SEPS = st.sampled_from([" ", "? ", "?? ", ", ", ". ", "?\n", "¿", "! ", " ??? "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_WORDS, _SEPS), max_size=12))
def test_questions_and_clean_words_never_change(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in parts)
    assert stage(text) == text


_SENTENCES = ["A população da região cresceu", "La canción del niño era bonita",
              "Die Männer bauten eine Brücke", "Köln liegt am Rhein"]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_SENTENCES), st.data())
def test_only_marks_are_replaced_and_only_by_non_ascii(sentence: str, data: st.DataObject) -> None:
    spots = [i for i, c in enumerate(sentence) if not c.isascii()]
    lost = data.draw(st.sets(st.sampled_from(spots), min_size=1))
    mark = data.draw(st.sampled_from("?\ufffd"))
    damaged = "".join(mark if i in lost else c for i, c in enumerate(sentence))
    out = stage(damaged)
    assert len(out) == len(damaged)
    for a, b, c in zip(damaged, out, sentence):
        if a != b:
            assert a == mark and not b.isascii() and b == c  # only marks, and rightly


def test_languages_of_a_mixed_text_keeps_each_language() -> None:
    from textfix import word_model

    english = ["open", "with", "here", "the", "file"]
    vietnamese = ["người", "chúng", "được", "không"]
    alone = word_model.languages_of(english, "latin")
    mixed = word_model.languages_of(english + vietnamese, "latin")
    assert max(alone, key=alone.__getitem__) == "en"
    assert mixed["vi"] > 0.25 and mixed["en"] > 0.25  # a mixture, not one winner
    assert word_model.languages_of([], "latin")["vi"] == pytest.approx(1 / 27)
