"""Fixtures for tests against a real Neo4j server (start one with ``scripts/neo4j.sh start``).

The server is found at ``NEWSGRAPH_TEST_NEO4J_URI`` (default ``bolt://127.0.0.1:7687``). When it
cannot be reached the tests are skipped with the reason, except in CI (``CI=true``), where a
missing server fails the run. Every test starts from an empty database.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from newsgraph.errors import Neo4jWriteError
from newsgraph.graph.neo4j import Neo4jWriter

DEFAULT_TEST_URI = "bolt://127.0.0.1:7687"


def _test_uri() -> str:
    return os.environ.get("NEWSGRAPH_TEST_NEO4J_URI", DEFAULT_TEST_URI)


@pytest.fixture(scope="session")
def neo4j_uri() -> str:
    """Return the URI of a reachable Neo4j server, or skip (fail in CI) without one."""
    uri = _test_uri()
    try:
        with Neo4jWriter(uri) as writer:
            writer.run_cypher("RETURN 1")
    except Neo4jWriteError as exc:
        reason = f"no Neo4j server at {uri} ({exc}); run scripts/neo4j.sh start"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return uri


@pytest.fixture
def writer(neo4j_uri: str) -> Iterator[Neo4jWriter]:
    """Return a writer on an emptied database (schema kept; nodes and relationships wiped)."""
    with Neo4jWriter(neo4j_uri) as w:
        w.run_cypher("MATCH (n) DETACH DELETE n", write=True)
        yield w
