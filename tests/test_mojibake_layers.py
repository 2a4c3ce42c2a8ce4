"""Two layers of mojibake undone as one reading (issue 16): text garbled once (UTF-8 read as
GBK, GBK read as Latin-1), saved as UTF-8 and garbled again (read as cp1252 or Latin-1). The
reading in between holds bytes a lenient decoder kept (C1 controls, ``ª``), which no text
writes: the two layers are one candidate, scored on the line (sentences written for these
tests, damaged here by Python's codecs)."""

from __future__ import annotations

import codecs

import pytest

import textfix
from textfix import Config
from textfix.damage.mojibake.chains import Layered
from textfix.damage.mojibake.segment import choices, prior


def _keep(err: UnicodeError) -> tuple[str, int]:
    """A lenient decoder: a byte it cannot decode is kept as the Latin-1 character of the
    same value (as ftfy's sloppy codecs and many tools do)."""
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start : err.start + 1].decode("latin-1"), err.start + 1


codecs.register_error("test-layers-keep", _keep)


def _garble(text: str, *steps: tuple[str, str]) -> str:
    for right, wrong in steps:
        text = text.encode(right).decode(wrong, "test-layers-keep")
    return text


CONFIG = Config(spin=False, width=False, boilerplate=False)

TWICE = ("utf-8", "gbk"), ("utf-8", "cp1252")
GBK_TWICE = ("gbk", "latin-1"), ("utf-8", "latin-1")


@pytest.mark.parametrize(("text", "steps"), [
    ("请在周末之前把开会的记录发给所有同事。", TWICE),  # 开 ends in 0x80: a kept C1 byte
    ("我们明天早上八点在图书馆门口见面吧", TWICE),
    ("這個週末我們要去海邊露營，記得帶帳篷。", TWICE),
    ("設定ファイルを開いてから、もう一度保存してください。", TWICE),
    ("明天下午三点开始检查所有的服务器日志", GBK_TWICE),
    ("他们在公园里散步，聊了很久才回家", GBK_TWICE),
])
def test_two_layers_are_undone(text: str, steps: tuple[tuple[str, str], ...]) -> None:
    damaged = _garble(text, *steps)
    assert damaged != text
    assert _garble(text, steps[0]) != text  # a real reading in between
    line = "Notes: " + damaged
    result = textfix.repair(line, CONFIG)
    assert result.text == "Notes: " + text
    assert result.findings and result.findings[0].evidence.count("read as") >= 2


def test_the_layered_reading_beats_its_inner_layer_alone() -> None:
    """GBK read as Latin-1 and that read as Latin-1 again: reading the double garble as GBK
    once gives plausible-looking CJK garble; the two layers together give the sentence."""
    text = "请稍后再试一次"
    line = _garble(text, *GBK_TWICE)
    best = choices(line)[0]
    assert isinstance(best.chain, Layered)
    assert best.runs[0].after == text
    assert best.cost == prior(best.chain.inner) + prior(best.chain.outer)


def test_a_kept_byte_alone_is_not_a_reading() -> None:
    """The outer layer alone leaves kept bytes (C1 controls) in the line: never applied."""
    text = "请在周末之前把开会的记录发给所有同事。"
    line = _garble(text, *TWICE)
    for c in choices(line):
        out = "".join(r.after for r in c.runs)
        assert not any("\x80" <= ch < "\xa0" for ch in out), c.chain.name


@pytest.mark.parametrize("clean", [
    "Consulte a 1ª edição do manual, página 3º.",  # ª and º: Portuguese ordinals
    "Preço: 12,50 € (IVA incluído) — ver ª nota",
    "中文说明：请先安装依赖，再运行测试脚本。",
    "Größe: 10 cm × 20 cm; Temperatur 25 °C ± 1",
    "Le café coûte 2 € à Paris, l’été dernier.",
    "東京都の天気は晴れ、最高気温は２５℃です。",
])
def test_clean_text_is_left_alone(clean: str) -> None:
    assert textfix.repair(clean, CONFIG).text == clean


def test_one_layer_stays_one_layer() -> None:
    """A single layer (UTF-8 read as cp1252) is read as such, not as two layers."""
    text = "服务器已经重新启动，请刷新页面。"
    damaged = text.encode("utf-8").decode("cp1252", "test-layers-keep")
    result = textfix.repair(damaged, CONFIG)
    assert result.text == text


@pytest.mark.parametrize("text", [
    "오늘은 할 수 있는 일이 많지 않습니다.",  # 수: EC 88 98, EC kept as ì before 닔
    "어제 수업은 재미있었다.",
])
def test_a_kept_lead_byte_before_a_pair_is_read(text: str) -> None:
    """UTF-8 Korean read as cp949 by a lenient decoder: a lead byte that forms no pair is
    kept as its Latin-1 letter (``ì``) before the pair of its continuation bytes (``닔``):
    one character of reading, but no clean text writes such a letter before Hangul."""
    damaged = _garble(text, ("utf-8", "cp949"))
    assert "ì" in damaged
    assert textfix.repair(damaged, CONFIG).text == text


@pytest.mark.parametrize("clean", [
    "Café咖啡馆在街角", "我喜欢naïve艺术", "Tiếng Việt 越南语很难", "Café ラテを注文した",
    "Müller先生来了", "über東京", "Señor 김 씨가 왔어요", "Crème브륄레 맛집", "èéêë 中文",
])
def test_latin_letters_beside_cjk_are_left_alone(clean: str) -> None:
    assert textfix.repair(clean, CONFIG).text == clean
