"""The local Dask cluster's head start (:mod:`textfix.batch_preload`): the warm-up pages are
the damage they are meant to be, so archiving them loads what those stages load; importing the
module loads the stages' models and prints nothing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from textfix import batch_preload, repair

#: What repair makes of the warm-up pages that are not restored to their own text.
REPAIRED = {
    "居民们(包括老人和孩子)都很高兴:新公园离家很近!\n": "居民们（包括老人和孩子）都很高兴：新公园离家很近！\n",
    "本市圖書(shū)館將延長(cháng)開(kāi)放時(shí)間,方便市民閱讀(dú)和學(xué)習(xí)。\n":
        "本市图书馆将延长开放时间，方便市民阅读和学习。\n",
}


@pytest.mark.parametrize(("text", "how"), batch_preload.SAMPLES)
def test_each_warm_up_page_is_damage_that_is_repaired(text: str, how: str | None) -> None:
    result = repair(batch_preload._encoded(text, how))
    assert result.findings, "a page that needs no repair warms nothing"
    if text in REPAIRED:
        assert result.text == REPAIRED[text]
    elif how is None:  # page chrome: the body line is kept, the credit lines go
        assert result.text == "新的自行车道已经开通。\n" and len(result.removed) == 3
    else:  # a legacy encoding or mojibake: the text comes back exactly
        assert result.text == text


def test_importing_it_loads_the_stages_models_and_prints_nothing() -> None:
    code = ("import sys, json, textfix.batch_preload\n"
            "from textfix.damage.mojibake import model\n"
            "names = ('pypinyin', 'opencc', 'chardet', 'yaml', 'textfix.batch_tasks')\n"
            "print(json.dumps([[n for n in names if n not in sys.modules],"
            " len(model._INSTANCE)]))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=120)
    missing, models = json.loads(proc.stdout)
    assert missing == [] and models == 1
    assert proc.stderr == ""
