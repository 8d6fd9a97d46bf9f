"""The examples in the ontology modules' docstrings run and hold."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    "newsgraph.ontology.cameo",
    "newsgraph.ontology.resources",
    "newsgraph.ontology.mapping",
    "newsgraph.ontology.vocab",
    "newsgraph.graph.validate",
]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
    assert result.attempted > 0
