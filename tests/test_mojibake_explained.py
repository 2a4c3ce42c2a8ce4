"""Texts that give the reading of a garbled word beside it keep their examples, even where the
writer's guess for another word is wrong, and a Latin-1 byte ``»`` inside garble is no
breadcrumb separator (issue 16; sentences written for these tests)."""

from __future__ import annotations

import pytest

from textfix import repair
from textfix.codes import Code
from textfix.config import DEFAULT
from textfix.damage import boilerplate, mojibake
from textfix.damage.base import Context


def _run(text: str) -> str:
    return mojibake.run(text, Context(DEFAULT, text)).text


def _garble(text: str) -> str:
    """Korean saved as CP949 and shown as Latin-1."""
    return text.encode("cp949").decode("latin-1")


#: (reading, gloss, the writer's guess): the guess is right for the first word only.
GLOSSARIES = [
    [("추가 설정", "Extra settings", "추가 설명"), ("고급 옵션", "Advanced options", "고급 옵셋")],
    [("파일 이름", "File name", "파일 이음"), ("저장 위치", "Save location", "저장 위치")],
    [("사용자 계정", "User account", "사용자 계획"), ("비밀 번호", "Password", "비밀 번지")],
    [("한국 음식", "Korean food", "한국 음악"), ("서울 시내", "Seoul downtown", "서울 시청")],
    [("회원 가입", "Sign up", "회원 가방"), ("로그 아웃", "Log out", "로그 아웃")],
    [("검색 결과", "Search results", "검색 결정"), ("다음 페이지", "Next page", "다음 페인트")],
]


@pytest.mark.parametrize("rows", GLOSSARIES)
def test_a_glossary_of_garbled_words_and_guesses_is_kept(rows: list[tuple[str, str, str]]
                                                         ) -> None:
    text = "\n\n".join(f"{_garble(word)} = {gloss} > {guess}" for word, gloss, guess in rows)
    assert _run(text) == text
    assert repair(text).text == text


@pytest.mark.parametrize("rows", GLOSSARIES)
def test_the_same_garble_without_readings_is_repaired(rows: list[tuple[str, str, str]]
                                                      ) -> None:
    text = "\n\n".join(f"{_garble(word)} = {gloss}" for word, gloss, _ in rows)
    assert _run(text) == "\n\n".join(f"{word} = {gloss}" for word, gloss, _ in rows)


@pytest.mark.parametrize("text, expected", [
    (f"새 {_garble('사용자 계정')}으로 로그인하면 계정 목록이 보입니다.",
     "새 사용자 계정으로 로그인하면 계정 목록이 보입니다."),
    (f"설정 {_garble('파일 목록')}을 열면 목록이 보입니다.", "설정 파일 목록을 열면 목록이 보입니다."),
])
def test_a_damaged_sentence_repeating_a_word_is_repaired(text: str, expected: str) -> None:
    """The garble sits inside text of its reading's language: damage, not an example."""
    assert repair(text).text == expected


@pytest.mark.parametrize("line", [
    f"{_garble('이 샘플')} = sample > 샘플 목차",
    f"{_garble('새 샘플')} = new sample > 샘플",
])
def test_latin1_garble_is_no_breadcrumb(line: str) -> None:
    assert "»" in line
    assert boilerplate.classify(line) is None


@pytest.mark.parametrize("line", [
    "Home » News » Sports",
    "Accueil » Actualités » Sport",
    "Start›Produkte›Zubehör",
    "首页 >动态要闻 >兴隆广角",
])
def test_breadcrumbs_still_are(line: str) -> None:
    assert boilerplate.classify(line) is Code.BREADCRUMB
