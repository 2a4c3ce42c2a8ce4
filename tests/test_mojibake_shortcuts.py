"""The mojibake stage's shortcuts for speed are exact: each gives what the long way gives.

* :func:`textfix.damage.mojibake.lossy.infer_dbcs` settles a run with no loss mark (clean CJK
  text read as UTF-8 lost through a double-byte code page) by its bytes' structure and the
  count of its candidates, before weighing any (:func:`~.lossy._only_supposed`).

Texts are written for these tests: clean CJK, kana, Hangul and Latin-1 letters, and the same
text damaged the way the lossy chains undo it (UTF-8 read as GBK, cp932 or cp949, the pairs it
cannot decode replaced, dropped or written ``?``).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textfix.damage.mojibake import lossy
from textfix.damage.mojibake.model import model

LETTERS = list("的一是了我不人在他有这中大来上国个到说们为时间体产业链发展会议铝材邹平滨州")
LETTERS += list("あいうえおかきくけこアイウエオカタ設定読込削除保存한국어입니다서울설정파일")
LETTERS += list("，。、；：！？（）「」《》　éàçüöñ·€—…“”")
TEXT = st.text(alphabet=st.sampled_from(LETTERS), min_size=1, max_size=24)
CODECS = ("gbk", "cp932", "cp949")


def _damaged(text: str, codec: str, errors: str) -> str:
    """``text`` as UTF-8 read as ``codec``: what it cannot decode replaced, dropped or ``?``."""
    raw = text.encode("utf-8")
    if errors == "?":
        return raw.decode(codec, "replace").replace("\ufffd", "?")
    return raw.decode(codec, errors)


def _walked(text: str, codec: str):  # type: ignore[no-untyped-def]
    """``infer_dbcs`` the long way: every candidate weighed before the count is read."""
    real = lossy._only_supposed
    lossy._only_supposed = lambda *args: False
    try:
        return lossy.infer_dbcs(text, model(), codec=codec)
    finally:
        lossy._only_supposed = real


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.sampled_from(CODECS), st.sampled_from(("clean", "ignore", "replace", "?")))
def test_a_run_without_loss_marks_is_settled_as_the_walk_settles_it(
        text: str, codec: str, how: str) -> None:
    run = text if how == "clean" else _damaged(text, codec, how)
    assert lossy.infer_dbcs(run, model(), codec=codec) == _walked(run, codec)


@pytest.mark.parametrize("text,codec,expect", [
    # a lead byte UTF-8 never starts a character with (GBK's B0-C1 lead bytes are
    # continuation bytes in UTF-8)
    ("阿里巴巴", "gbk", None),
    # every lead byte valid (D2 BB CE D2): one whole character, two cut short that have
    # candidates: mostly supposed losses
    ("一我", "gbk", None),
    # one whole character (E8 B6 A8) beside one cut short with no candidate: read, the loss
    # left as U+FFFD
    ("设定", "gbk", "read"),
    # UTF-8 read as GBK, the pairs it could not decode dropped: whole characters outnumber
    # the ones cut short, and the walk infers the lost ones
    ("設定ファイルを読み込みます", "gbk", "inferred"),
])
def test_the_shortcut_answers_as_the_walk(text: str, codec: str, expect: str | None) -> None:
    run = _damaged(text, codec, "ignore") if expect == "inferred" else text
    assert not any(ch in lossy.LOSS_MARKS for ch in run)
    got = lossy.infer_dbcs(run, model(), codec=codec)
    assert got == _walked(run, codec)
    assert (got is None) == (expect is None)
    assert bool(got and got[2]) == (expect == "inferred")


def test_the_shipped_condition_of_ftfy_is_the_derived_one() -> None:
    """The Western stage reads the lines ftfy could change from generated tables (no ftfy
    import): they build the same pattern and encodings as deriving them from ftfy does."""
    from textfix.damage.mojibake import western

    shipped, derived = western._changeable(), western._built(*western.derive_changeable())
    assert shipped.quick.pattern == derived.quick.pattern
    assert shipped.encodings == derived.encodings
    assert len(shipped.encodings) >= 10


def test_clean_greek_and_turkish_do_not_import_ftfy() -> None:
    """Greek ``απ`` and Turkish ``çç`` look like a UTF-8 lead and continuation byte in some
    code page (the whole-text screen passes them), but no line is one ftfy could change: the
    stage stops before importing ftfy."""
    import subprocess
    import sys

    code = (
        "import sys, textfix\n"
        "from textfix.damage.mojibake import western\n"
        "for text in ('Η απάντηση είναι απλή: η γλώσσα αλλάζει κάθε μέρα.',\n"
        "             'Kitabın İsveççe baskısı her gün biraz daha satıyor.'):\n"
        "    assert western.maybe_utf8_misread().search(text)\n"
        "    assert textfix.repair(text.encode()).text == text\n"
        "print('ftfy' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "False"
