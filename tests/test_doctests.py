"""Every example in a docstring of the package runs and holds.

Modules are discovered, not listed, so a new module's examples are run without anyone
remembering to add it here.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import newsgraph

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(newsgraph.__path__, prefix="newsgraph.")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
