"""UTF-8 read as GBK by a console that writes ``?`` for a pair it cannot decode: a lead byte
eats the byte after it whatever it is. The last byte of most Hangul syllables and kana is
such a lead byte, so the space, digit or punctuation mark after the character is lost with
it into one ``?``: the candidates include the character completed by such a byte and the
space it ate (a digit or mark eaten so cannot be told from another of its kind: it is not
restored), and the model decides (sentences written for these tests)."""

from __future__ import annotations

import pytest

import textfix
from textfix.codes import Code
from textfix.damage.mojibake.lossy import RESTORED, _cont_leads, _eaten


def _console(text: str, codec: str = "gbk") -> str:
    """``text`` as UTF-8 shown by a console of ``codec``: ``?`` for an undecodable pair, its
    lead byte eating the byte after it."""
    data, out, i = text.encode("utf-8"), [], 0
    while i < len(data):
        if data[i] < 0x80:
            out.append(chr(data[i]))
            i += 1
            continue
        try:
            out.append(data[i : i + 2].decode(codec))
            i += 2
        except UnicodeDecodeError:
            out.append("?")
            i += 2 if 0x81 <= data[i] <= 0xFE and i + 1 < len(data) else 1
    return "".join(out)


@pytest.mark.parametrize("real", [
    "예상치 않은 오류 발생",
    "사용자 계정 잠김",
    "저장 공간 부족",
    "비밀번호 변경 필요",
])
def test_the_byte_a_console_ate_is_restored(real: str) -> None:
    shown = _console(real)
    assert "?" in shown and shown.count(" ") < real.count(" ")  # spaces were eaten
    result = textfix.repair(shown)
    assert result.text == real
    assert any(f.code == Code.INFERRED_CHARACTER for f in result.findings)


def test_only_bytes_no_lead_takes_as_a_trail_are_eaten() -> None:
    assert RESTORED == frozenset(b" ")
    for codec in ("gbk", "cp932", "cp949"):
        eaten = _eaten(codec)
        assert {ord(c) for c in " 0:(?"} <= set(eaten)
        assert ord("A") not in eaten and ord("a") not in eaten  # trail bytes of every lead
        assert all(0x20 <= x < 0x7F for x in eaten)  # printable: a line holds no control
        assert _cont_leads(codec) and all(0x81 <= b <= 0xBF for b in _cont_leads(codec))
    assert len(_cont_leads("cp932")) < len(_cont_leads("gbk"))  # A1-BF are kana in cp932


@pytest.mark.parametrize("clean", [
    "정말요? 네, 맞아요.",
    "本当ですか?はい、そうです。",
    "你确定吗? 确定。",
    "파일 이름 없음",
])
def test_question_marks_in_clean_text_are_kept(clean: str) -> None:
    assert textfix.repair(clean).text == clean
