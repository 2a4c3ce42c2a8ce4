"""The language-model mojibake stage: its table is current, its model prefers real text to its
garbled forms, and its one decision rule repairs damage, leaves clean text of any language
and explained examples alone (texts written for these tests)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from textfix.config import DEFAULT
from textfix.damage import mojibake
from textfix.damage.base import Context
from textfix.damage.mojibake.chains import CHAINS, Chain, cells
from textfix.damage.mojibake.model import model, script_of

TESTS = Path(__file__).resolve().parent


def _run(text: str) -> str:
    return mojibake.run(text, Context(DEFAULT, text)).text


def test_generated_model_is_current() -> None:
    """``charmodel.zlib`` is what ``tests/gen_charmodel.py`` makes from the installed wordfreq
    and the clean corpus (skipped when another wordfreq is installed: regenerate then)."""
    pytest.importorskip("wordfreq")
    pytest.importorskip("pythainlp")  # Thai word counts (wordfreq has no Thai)
    sys.path.insert(0, str(TESTS))
    try:
        import gen_charmodel
    finally:
        sys.path.pop(0)
    if model().sources != gen_charmodel.sources():
        pytest.skip(f"generated from {model().sources}, installed {gen_charmodel.sources()}")
    assert gen_charmodel.TARGET.read_bytes() == gen_charmodel.render(), (
        "charmodel.zlib is stale: run python tests/gen_charmodel.py")


def test_table_is_small() -> None:
    assert (TESTS.parent / "textfix/damage/mojibake/charmodel.zlib").stat().st_size < 2_000_000


@pytest.mark.parametrize("real,garbled", [
    ("naïve résumé", "naÃ¯ve rÃ©sumÃ©"),
    ("下载失败", "涓嬭浇澶辫触"),
    ("ありがとう", "ã‚ã‚ŠãŒã¨ã†"),
    ("한국어", "ÇÑ±¹¾î"),
    ("Добрый день", "Ð”Ð¾Ð±Ñ€Ñ‹Ð¹ Ð´ÐµÐ½ÑŒ"),
    ("Καλημέρα", "ÊáëçìÝñá"),
])
def test_model_prefers_text_to_its_garbled_form(real: str, garbled: str) -> None:
    m = model()
    assert m.score(real) > m.score(garbled) + 10


def test_scripts() -> None:
    assert [script_of(c) for c in "a中ä한Жλ ,1€\ufffd"] == [
        "latin", "cjk", "latin", "hangul", "cyrillic", "greek", "space", "punct", "digit",
        "symbol", "bad"]


def test_cells_align_with_the_line() -> None:
    line = "ab Ã¤x Ã¶"
    got = cells(line, Chain("cp1252", "utf_8"))
    assert got == [(3, 5, "ä"), (7, 9, "ö")]
    assert Chain("cp1252", "utf_8") in CHAINS


@pytest.mark.parametrize("garbled,real", [
    # UTF-8 read as DOS code pages, Mac Roman read as cp1252, cp1251 read as Latin-1
    ("Sch├╢ne Gr├╝├ƒe", "Schöne Grüße"),
    ("Ma▒ana", None),  # a lost byte: nothing plausible, left alone
    ("Ïðîãðàììà çàïóùåíà", "Программа запущена"),
    ("Hoje ‡ noite em Bras›lia", None),
    ("A reuni‹o ser‡ em S‹o Paulo, na regi‹o central; Jo‹o e o irm‹o v‹o juntos.",
     "A reunião será em São Paulo, na região central; João e o irmão vão juntos."),
    ("S‹o Paulo", None),  # too short for a reading no structure supports
    # GBK read as Latin-1, line by line in one block: the short last line by the document's
    # chain
    ("title: ÎÒµÄÖÐ¹úÐÄ\nalbum: Ð¡³ÇµÄ¹ÊÊÂ\nartist: ÕÅÈý",
     "title: 我的中国心\nalbum: 小城的故事\nartist: 张三"),
    ("artist: ÕÅÈý", None),
    # UTF-8 read as GBK inside a log line, cut short (the decoder dropped the bytes of the
    # last character): the lost bytes are inferred (see lossy.infer_dbcs)
    ("[info] 鏂囦欢宸蹭繚瀛", "[info] 文件已保存"),
    ("[info] 鏂囦欢宸蹭繚瀛樸€", None),
    ("2024 [info] 鏂囦欢宸蹭繚瀛樸\n", "2024 [info] 文件已保存。\n"),
])
def test_repairs(garbled: str, real: str | None) -> None:
    assert _run(garbled) == (garbled if real is None else real)


@pytest.mark.parametrize("clean", [
    "Müller, São Paulo, Ærøskøbing, Łódź, Dvořák, İstanbul, Việt Nam",
    "ÁáÉéĚěÍíÓóÚúÝýŮůŘřŤťŠšĎďŽžČčŇň",
    "Привет, как дела? Ελληνικά κείμενα. 日本語の文章です。中文句子。한국어 문장.",
    "½ ¼ ¾ ± × ÷ ° © ® ™ € £ ¥ § ¶ • … ≤ ≥ ≈ ∞",
    "ｱｲｳｴｵ ｶｷｸｹｺ",
    "┌──┬──┐ │ ├──┤ └──┘ ░▒▓",
])
def test_clean_text_is_left_alone(clean: str) -> None:
    assert _run(clean) == clean


def test_examples_explained_beside_their_reading_are_kept() -> None:
    text = ("Our exporter wrote “Ã¼ber” where it meant “über”.\n"
            "The file showed 鏂囦欢 instead of 文件.")
    assert _run(text) == text
    named = "The bytes Ã¶ are U+00C3 and U+00B6.\nK\u00c3\u00b6ln"
    assert _run(named) == named


def test_document_prior_repairs_a_doubtful_line_of_a_damaged_block() -> None:
    text = "Ã¼ber alles, schÃ¶n und grÃ¶ÃŸer\nVorfÃ¼hrung"
    assert _run(text) == "über alles, schön und größer\nVorführung"


@pytest.mark.parametrize("text, errors", [
    *((t, e) for t in ("名前を変更しました", "文件下载失败，请稍后重试", "登录成功",
                       "Привет, как дела? Всё хорошо.") for e in ("replace", "ignore")),
    ("Čeština a slovenčina", "replace"),  # dropped, the byte of č ends its run: unmarked
])
def test_lost_bytes_are_inferred(text: str, errors: str) -> None:
    """UTF-8 read as cp1252 whose undefined bytes were replaced by U+FFFD or dropped: UTF-8's
    structure says where a byte is missing, cp1252 which five it can be, the model which."""
    garbled = text.encode("utf-8").decode("cp1252", errors)
    assert garbled != text
    out = mojibake.run(garbled, Context(DEFAULT, garbled))
    assert out.text == text
    assert "bytes lost" in out.findings[0].evidence


@pytest.mark.parametrize("clean", [
    "Is this right? Ça va, merci. Voilà tout.",
    "café \ufffd bar, naïve \ufffd\ufffd résumé",
    "The file \ufffd\ufffd\ufffd could not be read",
])
def test_loss_markers_in_clean_text_stay(clean: str) -> None:
    assert _run(clean) == clean


def _gbk_read_as_utf8_else_latin1(text: str) -> str:
    """GBK bytes read as UTF-8 where two or three of them form it, else as Latin-1."""
    data, out, i = text.encode("gbk"), [], 0
    while i < len(data):
        for size in (3, 2):
            try:
                out.append(data[i : i + size].decode("utf-8"))
                i += size
                break
            except UnicodeDecodeError:
                continue
        else:
            out.append(chr(data[i]))
            i += 1
    return "".join(out)


@pytest.mark.parametrize("text", ["证券投资基金 基金合同", "中华人民共和国"])
def test_gbk_read_as_utf8_where_valid_else_latin1(text: str) -> None:
    garbled = _gbk_read_as_utf8_else_latin1(text)
    assert garbled != text and any(ord(c) > 0xFF for c in garbled)
    assert _run(garbled) == text


@pytest.mark.parametrize("text", [
    "请点击“刷新”按钮重新载入本页。",  # 新” is D0 C2 A1 B1: C2 A1 reads as ¡
    "这篇文章的目录很清楚。",  # 章的 D5 C2 B5 C4 (C2 B5 is µ), 录 C2 BC (¼)
    "返回本书目录，继续阅读下一章。",
    "我们的新办公室在三楼。",
    "请在下方输入新密码并确认。",
    "第五部分 基金的投资",  # 五部 CE E5 B2 BF: E5 B2 BF is UTF-8 岿, between Î and ·
])
def test_a_latin1_character_may_be_two_utf8_bytes_of_gbk(text: str) -> None:
    """GBK read as UTF-8 where valid, else Latin-1: a GBK character ending in C2 or C3 before
    one starting with a continuation byte makes a two-byte UTF-8 Latin-1 character, which the
    chain reads either as its byte or as those two bytes, by the likelier reading."""
    garbled = _gbk_read_as_utf8_else_latin1(text)
    data = text.encode("gbk")
    assert any("\xa0" <= c <= "\xff" and c.encode("utf-8") in data
               or "\u3000" <= c and c not in text for c in garbled)
    assert _run(garbled) == text


def test_a_line_with_a_lone_lost_byte_among_ideographic_spaces() -> None:
    """English set with GBK ideographic spaces (A1 A1) read as Latin-1, one line holding a
    lone A1 whose trail byte was lost: ``¡¡`` runs are garble, not a layout's repeated sign
    (the model does not score them as a run), so the line is read too; the lone byte stays."""
    doc = ("the　river　ran　slowly　past　the　old　mill；　nobody　came。\n\n"
           "　　　　　The　miller　kept　his　water\x00wheel　turning；　and　all　the\n\n"
           "village　heard　it　at　night。")
    garbled = doc.encode("gbk").decode("latin-1").replace("\x00", "¡")
    assert _run(garbled) == doc.replace("\x00", "¡")


def test_latin1_signs_do_not_repeat_as_a_layout() -> None:
    m = model()
    assert m.logp("¡", "¡") < m.logp("—", "—")  # GBK's ideographic space read as Latin-1
    assert m.logp("¤", "¤") < m.logp("=", "=")  # Big5's 中 read as Latin-1
    assert m.logp("·", "·") == m.logp("—", "—")  # ··· is an ellipsis in Chinese text


def test_document_prior_pays_a_chains_cost_once() -> None:
    """Three short GBK-read-as-Latin-1 tags: none is sure alone, together they pay the
    chain's cost, and each is read by the same chain (not one of them as Korean)."""
    text = "title: º£À«Ìì¿Õ\nartist: »Æ¼Ò¾Ô\nalbum: ÀÖÓëÅ­"
    assert _run(text) == "title: 海阔天空\nartist: 黄家驹\nalbum: 乐与怒"


def test_one_character_substitutions_pay_no_document_cost() -> None:
    text = "spec·ta·to·ri·al\nspec·ta·tor\nre·gime\nde·ci·sion"
    assert _run(text) == text
