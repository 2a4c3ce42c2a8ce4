"""The examples in textfix's docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import textfix

MODULES = sorted(m.name for m in pkgutil.walk_packages(textfix.__path__, "textfix.")
                 if m.name != "textfix.__main__")  # importing it runs the command line


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
