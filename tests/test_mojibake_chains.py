"""Chains of the mojibake model stage (:mod:`textfix.damage.mojibake.chains`) and how their runs
are cut (:mod:`textfix.damage.mojibake.segment`): each mechanism with a damaged text made here
from a sentence written for these tests, and the clean or lossy texts it must leave alone."""

from __future__ import annotations

import codecs

import pytest

from textfix.config import DEFAULT
from textfix.damage import mojibake
from textfix.damage.base import Context


def _run(text: str) -> str:
    return mojibake.run(text, Context(DEFAULT, text)).text


def _sloppy(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return chr(err.object[err.start]), err.start + 1


codecs.register_error("test-sloppy", _sloppy)


def _misread(text: str, right: str, wrong: str, errors: str = "strict") -> str:
    return text.encode(right).decode(wrong, errors)


# --- a run of mojibake inside a clean CJK line -------------------------------------------------

@pytest.mark.parametrize("before,damaged,after,wrong", [
    ("请在", "网络连接正常", "的时候重新同步数据", "gbk"),
    ("后台", "系统正在更新", "，请稍候再试", "gbk"),
    ("この", "設定ファイル", "を確認してください", "shift_jis"),
])
def test_run_inside_clean_cjk_line_is_repaired(before: str, damaged: str, after: str,
                                               wrong: str) -> None:
    """UTF-8 read as a double-byte code page in the middle of a line of clean text of the same
    script: the clean text around the run is not the chain's garble (its bytes do not form
    UTF-8), so the run is repaired and the rest stays."""
    garbled = _misread(damaged, "utf-8", wrong)
    assert garbled != damaged
    line = before + garbled + after
    assert _run(line) == before + damaged + after


@pytest.mark.parametrize("clean", [
    "请在网络连接正常的时候重新同步数据。",
    "明天上午我们一起去图书馆还书吧，顺便借两本小说。",
    "この設定ファイルを確認してから、もう一度実行してください。",
    "繁體中文的網頁也應該保持原樣，不要被改動。",
])
def test_clean_cjk_lines_are_left(clean: str) -> None:
    assert _run(clean) == clean


def test_run_cut_short_is_not_half_repaired() -> None:
    """A run whose last character lost its final byte: the strict chain would repair the rest
    and leave the cut character as garble beside it; it is not applied (the lossy chains
    decide such a run, or nothing does)."""
    raw = "配置已经更新完毕。".encode("utf-8")[:-1]
    garbled = raw.decode("gbk", "ignore")
    out = _run("状态：" + garbled)
    assert out == "状态：" + garbled or "配置已经更新完毕" in out
    # never a patchwork: either nothing repaired or the whole run
    assert not (out.startswith("状态：配置") and out != "状态：" + "配置已经更新完毕。"
                and "配置已经更新完毕" not in out)


# --- lenient double-byte decoders ----------------------------------------------------------------

@pytest.mark.parametrize("text,wrong", [
    ("软件安装完成以后请重新启动电脑", "gbk"),
    ("会議の資料は共有フォルダにあります", "euc_jp"),
    ("오늘 회의는 오후 세 시에 시작합니다", "euc_kr"),
])
def test_sloppy_double_byte_reading_is_repaired(text: str, wrong: str) -> None:
    """UTF-8 read by a double-byte decoder that kept the bytes it could not pair as their
    Latin-1 characters (as ftfy's sloppy codecs do): those characters are the bytes again."""
    garbled = text.encode("utf-8").decode(wrong, "test-sloppy")
    assert any("\x80" <= ch <= "\xff" for ch in garbled)  # the test exercises the mechanism
    assert _run(garbled) == text


# --- texts about mojibake keep their examples ----------------------------------------------------

@pytest.mark.parametrize("text", [
    # a garbled apostrophe named in prose, standing alone as a word
    "On our old forum every quote mark shows up as â€œ and I cannot find why.",
    "The closing quote renders as â€\x9d, which looks broken.",
    # a text that spells out the code points of the characters it shows
    "Seen as Ã© in the export:\nU+00C3 LATIN CAPITAL LETTER A WITH TILDE\nthen U+00A9 after it.",
    # ... even where the code point named is another example's (the Mac Roman line's √ and ∂
    # are not named)
    "Two ways it broke:\nKÃ¶ln, where U+00C3 is the Ã\nK√∂ln on the old Mac",
])
def test_examples_in_texts_about_encodings_are_kept(text: str) -> None:
    import textfix

    assert textfix.repair(text).text == text


@pytest.mark.parametrize("garbled,real", [
    # a lone dash, an emoji and a quote inside a word are damage, repaired as before
    ("Tip 3 â€“ write every day", "Tip 3 – write every day"),
    ("Great news ðŸ˜€ see you soon", "Great news 😀 see you soon"),
    ("We donâ€™t ship on Sundays.", "We don’t ship on Sundays."),
])
def test_lone_dash_emoji_and_quotes_in_words_are_still_repaired(garbled: str, real: str) -> None:
    import textfix

    assert textfix.repair(garbled).text == real


# --- chains: ISO-8859-15, a tokenizer's byte display, decomposed Hangul ------------------------

def _gpt2_display(text: str) -> str:
    """``text``'s UTF-8 bytes as GPT-2's byte-level tokenizer shows them (written here from
    its published rule: printable Latin-1 bytes as themselves, the rest from U+0100 on)."""
    shown = [*range(0x21, 0x7F), *range(0xA1, 0xAD), *range(0xAE, 0x100)]
    table = {b: chr(b) for b in shown}
    extra = 0
    for b in range(256):
        if b not in table:
            table[b] = chr(0x100 + extra)
            extra += 1
    return "".join(table[b] for b in text.encode("utf-8"))


@pytest.mark.parametrize("garbled,real", [
    # a language model's debug output shows UTF-8 bytes in GPT-2's byte alphabet
    ("answer: " + _gpt2_display("谢谢你") + " done", "answer: 谢谢你 done"),
    # a macOS zip: a decomposed (NFD) Hangul name read as code page 437
    (_misread(__import__("unicodedata").normalize("NFD", "사진 모음"), "utf-8", "cp437")
     + "/IMG_0042.jpg", "사진 모음/IMG_0042.jpg"),
])
def test_more_chains(garbled: str, real: str) -> None:
    assert garbled != real
    assert _run(garbled) == real


@pytest.mark.parametrize("clean", [
    "Łódź, Gdańsk i Kraków leżą w Polsce; żółć, ąę.",
    "Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď Đ đ Ē ē",
    "Prix : 12 € (TVA incluse), Ÿ et œ restent tels quels.",
    "한글 자모: ᄀ ᄂ ᄃ 를 따로 쓴 예",
])
def test_clean_text_near_the_new_chains_is_left(clean: str) -> None:
    assert _run(clean) == clean


@pytest.mark.parametrize("name,wrong", [
    ("新建文件夹视图设置", "mac_roman"),  # 视 is CA D3: Mac Roman's 0xCA is a no-break space
    ("课程视频合集", "mac_roman"),
])
def test_no_break_space_copied_as_space_inside_garble(name: str, wrong: str) -> None:
    """GBK read through a single-byte code page whose no-break space (a lead or trail byte)
    became a plain space on copying: both readings of the space are weighed, the likelier
    kept."""
    garbled = name.encode("gbk").decode(wrong).replace("\xa0", " ")
    line = f"archive entry: {garbled}.zip"
    assert _run(line) == f"archive entry: {name}.zip"


def test_real_spaces_in_single_byte_garble_stay_spaces() -> None:
    text = "title: " + "我的 小城".encode("gbk").decode("latin_1")
    assert _run(text) == "title: 我的 小城"
