"""Inline credits written bare after a paragraph's last sentence (textfix.damage.credits):
cut from the line, which stays, and recorded like a removed line; the same words inside or
opening a sentence stay."""

from __future__ import annotations

import pytest

import textfix
from textfix.codes import Code
from textfix.damage import credits

TITLE_ZH = "河湾村荒坡种下三千棵果树"
PARAGRAPH_ZH = ("今年春天，河湾村的村民们在荒坡上种下了三千多棵果树，村里还请来农技员手把手教大家"
                "剪枝和施肥，预计三年后就能挂果。")
CLOSING_ZH = "村里还打算明年修一条通往果园的小路，方便游客前来采摘。"
TITLE_XX = "The river path reopens"
PARAGRAPH_XX = ("The river path reopened on Monday after a winter of repairs, and the first "
                "cyclists were out before seven to try the new surface along the water.")
CLOSING_XX = "The council will decide on lighting for the path in the autumn."


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(("line", "credit"), [
    # a photo credit: names, then 摄 after a space or a slash
    ("果农在新栽的树苗旁浇水。      张三   李四   摄", "张三   李四   摄"),
    ("果農在新栽的樹苗旁澆水。 記者 張三/攝", "記者 張三/攝"),
    ("果农在新栽的树苗旁浇水。本报记者钱七 通讯员孙八摄影报道", "本报记者钱七 通讯员孙八摄影报道"),
    # a source, or a writer's unit and name, bare at a paragraph's end
    ("会议要求各村做好防火工作，确保平安过冬。河湾县东坡镇王小明", "河湾县东坡镇王小明"),
    ("▲果农在新栽的树苗旁浇水。 河湾日报社", "河湾日报社"),
    ("▲果農在新栽的樹苗旁澆水。河灣縣新聞處", "河灣縣新聞處"),
    # photo credits after a caption, in other languages
    ("Cyclists on the new surface. Photo: K. Berg", "Photo: K. Berg"),
    ("Un nouveau pont sur la rivière. Photo DR.", "Photo DR."),
    ("Cây cầu mới bắc qua sông. Ảnh chụp màn hình", "Ảnh chụp màn hình"),
    ("Il nuovo ponte sul fiume. Foto d'archivio", "Foto d'archivio"),
    ("Новый мост через реку. Фото: Иван Петров", "Фото: Иван Петров"),
    ("강 위의 새 다리. 사진=강변일보", "사진=강변일보"),
    # a byline as a sentence of its own
    ("Il ponte riapre lunedì dopo i lavori. Il servizio di Carla Russo.",
     "Il servizio di Carla Russo."),
    ("The bridge reopens on Monday. Reporting by Ann Lee.", "Reporting by Ann Lee."),
    # a read-more link with the next teaser glued to it
    ("El puente vuelve a abrir tras los trabajos de… Leer más »El ayuntamiento estudia la luz",
     "… Leer más »El ayuntamiento estudia la luz"),
])
def test_a_bare_credit_after_the_last_sentence_is_cut(line: str, credit: str) -> None:
    if any("\u4e00" <= ch <= "\u9fff" for ch in line):
        page = _page(TITLE_ZH, PARAGRAPH_ZH, line, CLOSING_ZH)
    else:
        page = _page(TITLE_XX, PARAGRAPH_XX, line, CLOSING_XX)
    result = textfix.repair(page)
    kept = line[: line.rindex(credit)].rstrip()
    out = result.text.split("\n")
    assert out[4] == kept
    assert credit not in result.text
    assert [(r.line, r.source) for r in result.removed] == [(5, credit)]
    assert result.removed[0].code in (Code.EDITOR_CREDIT, Code.MORE_INFO)


@pytest.mark.parametrize("line", [
    # Chinese: a sentence that goes on, a verb, a pronoun or no surname
    "会议要求各村做好防火工作。在市区开展",
    "会议要求各村做好防火工作。该院",
    "他从小就喜欢摄影。他的摄影报道",
    "照片下方写着“张三 摄”，说明这是他拍的。",
    "会议要求各村做好防火工作。河湾县东坡镇开会",
    # other languages: the same words opening a sentence or inside one
    "Cây cầu mới bắc qua sông. Ảnh hưởng của lũ còn lớn",
    "Il ponte riapre lunedì. Il servizio di trasporto pubblico riprende.",
    "The rain stopped. By Monday Morning.",
    "The caption said Photo: K. Berg and nothing else.",
    "La porta della città vecchia. Foto di Porta Nuova.",   # what the photo shows
    "Il ponte riapre. Il servizio di Croce Rossa è gratuito.",  # a sentence with its verb
    "Photo: K. Berg",                                  # a credit line alone: the rules' business
    "Voir la suite. Leer más sobre el puente",
])
def test_no_bare_credit_without_its_form(line: str) -> None:
    assert credits.find(line, ends_paragraph=True) is None


def test_a_source_at_a_truncated_end_stays() -> None:
    """A page cut off in its last sentence: the fragment after the last full stop may be the
    start of the next sentence, so a bare source or unit there is not cut."""
    page = _page(TITLE_ZH, PARAGRAPH_ZH, "会议要求各村做好防火工作，确保平安过冬。河湾县东坡镇王小明")
    assert textfix.repair(page).text == page


def test_a_hard_wrapped_paragraph_keeps_its_next_sentence() -> None:
    """Hard-wrapped lines: the text after a line's last full stop goes on on the next line,
    so a unit-shaped fragment there is a sentence's subject, not a credit."""
    wrapped = ["今年春天，河湾村的村民们在荒坡上种下了三千多棵果树。河湾县东坡镇王",
               "小明带着农技员来到村里，手把手教大家剪枝和施肥，预计三年后就能挂果。"]
    page = TITLE_ZH + "\n\n" + "\n".join(wrapped) + "\n\n" + CLOSING_ZH + "\n"
    assert credits.find(wrapped[0], ends_paragraph=False) is None
    assert textfix.repair(page).text == page


def test_ends_paragraph() -> None:
    lines = ["短行。河湾日报社", "下一行", "", "最后一段。河湾日报社", "", "结尾。"]
    assert not credits.ends_paragraph(lines, 0)          # the next line goes on
    assert credits.ends_paragraph(lines, 3)              # a blank line, then more text
    assert not credits.ends_paragraph(lines, 5)          # nothing after it
    long_line = "很长的一段。" * 20 + "河湾日报社"
    assert credits.ends_paragraph([long_line, "下一段。"], 0)  # too wide for a hard wrap


def test_a_credit_printed_again_at_the_foot_goes_with_it() -> None:
    """A site glues its name to a paragraph and prints it alone at the foot too: the foot line
    repeats a credit cut above, so it goes; the same name as a line in the text stays."""
    source = "河湾日报社"
    page = _page(TITLE_ZH, PARAGRAPH_ZH + source, CLOSING_ZH, source)
    result = textfix.repair(page)
    assert result.text == _page(TITLE_ZH, PARAGRAPH_ZH, CLOSING_ZH)
    assert sorted((r.line, r.source) for r in result.removed) == [(3, source), (7, source)]
    # no credit cut above: a short last line alone is not taken for one
    page = _page(TITLE_ZH, PARAGRAPH_ZH, CLOSING_ZH, "河湾村")
    assert all(r.source != "河湾村" for r in textfix.repair(page).removed)
    # the name as a line between paragraphs stays: only the foot is read
    page = _page(TITLE_ZH, PARAGRAPH_ZH + source, source, CLOSING_ZH)
    assert textfix.repair(page).text == _page(TITLE_ZH, PARAGRAPH_ZH, source, CLOSING_ZH)
