"""Fixtures for the named-question tests: the sample and a multi-article corpus, in memory.

The multi-article corpus is the bundled sample, the three short articles in ``articles/``
(written for these tests: an appeal chain towards a ceasefire, direct quotes, role titles and
actors shared across articles) and, when the shared data is present, five PolNeAR dev texts.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsgraph.demo import sample_paths
from newsgraph.graph.store import KnowledgeGraph
from tests.conftest import REPO_ROOT
from tests.integration import conftest as integration_fixtures

ARTICLES = Path(__file__).parent / "articles"
POLNEAR_FILES = 5


def _build(paths: list[Path]) -> KnowledgeGraph:
    from newsgraph.pipeline import build_paths

    kg = KnowledgeGraph()
    build_paths(paths, kg)
    return kg


@pytest.fixture(scope="session")
def sample_kg() -> Iterator[KnowledgeGraph]:
    """The bundled sample article, built into an in-memory store."""
    kg = _build(list(sample_paths()))
    yield kg
    kg.close()


def _polnear_texts() -> list[Path]:
    data = Path(os.environ.get("NEWSGRAPH_DATA", REPO_ROOT.parent / "shared" / "data"))
    folder = data / "polnear" / "dev" / "text"
    return sorted(folder.glob("*.txt"))[:POLNEAR_FILES] if folder.is_dir() else []


@pytest.fixture(scope="session")
def multi_kg() -> Iterator[KnowledgeGraph]:
    """Sample + the test articles (+ five PolNeAR dev texts when the shared data exists)."""
    kg = _build([*sample_paths(), *sorted(ARTICLES.glob("*.txt")), *_polnear_texts()])
    yield kg
    kg.close()


# The real-server fixture (skip locally without a server, fail in CI) comes from the
# integration tests so the rule lives in one place.
neo4j_uri = integration_fixtures.neo4j_uri
