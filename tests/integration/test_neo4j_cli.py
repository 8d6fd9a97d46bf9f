"""The ``newsgraph neo4j`` commands and ``query --cypher`` against a real server."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import main
from newsgraph.graph.neo4j import Neo4jWriter
from newsgraph.graph.store import KnowledgeGraph
from tests.graph import corpus
from tests.graph.corpus import HOSTILE

pytestmark = pytest.mark.neo4j


@pytest.fixture
def store(tmp_path: Path) -> str:
    """Return the folder of an on-disk store holding the test corpus."""
    path = tmp_path / "kg"
    with KnowledgeGraph(path) as kg:
        corpus.build_corpus(kg)
    return str(path)


@pytest.fixture
def runner(neo4j_uri: str) -> CliRunner:
    """Return a CLI runner whose environment points at the test server."""
    return CliRunner(env={"NEWSGRAPH_NEO4J_URI": neo4j_uri})


def test_push_reports_changes_then_nothing(
    runner: CliRunner, writer: Neo4jWriter, store: str
) -> None:
    first = runner.invoke(main, ["neo4j", "push", "--store", store])
    second = runner.invoke(main, ["neo4j", "push", "--store", store, "--workers", "1"])

    assert first.exit_code == 0, first.output
    assert "4 graphs changed" in first.output
    nodes, rels = writer.counts()
    assert f"Nodes: {nodes} created, 0 updated, 0 deleted." in first.output
    assert f"Relationships: {rels} created" in first.output
    assert "0 graphs changed, 0 removed, 4 unchanged" in second.output
    assert "Nodes: 0 created, 0 updated, 0 deleted." in second.output


def test_query_cypher_with_param_as_csv(runner: CliRunner, writer: Neo4jWriter, store: str) -> None:
    runner.invoke(main, ["neo4j", "push", "--store", store])
    query = "MATCH (g:Group) WHERE g.name = $name RETURN g.name AS name, size(g.alias) AS n"

    result = runner.invoke(
        main, ["query", "--cypher", query, "--param", f"name={HOSTILE[4]}", "--format", "csv"]
    )

    assert result.exit_code == 0, result.output
    assert list(csv.reader(io.StringIO(result.output))) == [["name", "n"], [HOSTILE[4], "5"]]


def test_status_and_reset(runner: CliRunner, writer: Neo4jWriter, store: str) -> None:
    runner.invoke(main, ["neo4j", "push", "--store", store])
    nodes, rels = writer.counts()

    status = runner.invoke(main, ["neo4j", "status"])
    reset = runner.invoke(main, ["neo4j", "reset", "--yes"])

    assert status.exit_code == 0, status.output
    assert f"{nodes} nodes, {rels} relationships from 4 pushed graphs" in status.output
    assert reset.exit_code == 0, reset.output
    assert writer.counts() == (0, 0)


def test_unreachable_server_is_a_one_line_error(store: str) -> None:
    result = CliRunner().invoke(
        main, ["neo4j", "push", "--store", store, "--uri", "bolt://127.0.0.1:1"]
    )
    assert result.exit_code == 1
    assert "bolt://127.0.0.1:1: cannot connect to Neo4j" in result.output
    assert "Traceback" not in result.output
