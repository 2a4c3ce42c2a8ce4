"""Coverage-guided fuzzing of the decoder and the whole pipeline with atheris.

Run (see fuzz/README.md)::

    pip install -e '.[fuzz]'
    python fuzz/fuzz_pipeline.py -max_total_time=600 -rss_limit_mb=4096 fuzz/corpus

Each input is used twice: as bytes (decode + repair) and, decoded leniently, as a string
(repair of text). The invariants are the property tests' (tests/test_properties.py): no
exception but textfix's own refusals, valid UTF-8 out, the change plan replays, repair is
idempotent.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports(include=["textfix"]):
    import textfix
    from textfix.errors import TextfixError
    from textfix.plan import replay


def check(result: textfix.Result) -> None:
    result.text.encode("utf-8")
    if replay(result.source_text, result.changes) != result.text:
        raise AssertionError("the change plan does not replay")
    again = textfix.repair(result.text)
    if again.text != result.text:
        raise AssertionError(f"not idempotent: {result.text!r} -> {again.text!r}")


def test_one_input(data: bytes) -> None:
    try:
        result = textfix.repair(data)
    except TextfixError:
        pass  # a refusal with a message (binary input), not a crash
    else:
        check(result)
    text = data.decode("utf-8", errors="replace")
    check(textfix.repair(text))


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
