"""Fixtures for the HTML view tests."""

from __future__ import annotations

import networkx as nx
import pytest

from tests.viz.graphs import HOSTILE, make_graph


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    """The test graph with harmless text."""
    return make_graph()


@pytest.fixture
def hostile_graph() -> nx.MultiDiGraph:
    """The test graph with script, img-onerror and quote characters in headline and quote."""
    return make_graph(headline=HOSTILE, quote=HOSTILE)
