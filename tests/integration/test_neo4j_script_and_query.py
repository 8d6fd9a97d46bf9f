"""The offline Cypher script, Cypher query output, and parity on the bundled sample article."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsgraph.formatting import format_rows
from newsgraph.graph.cypher_script import export_cypher_script, split_statements
from newsgraph.graph.neo4j import Neo4jWriter, run_cypher_query
from newsgraph.graph.store import KnowledgeGraph
from tests.graph import corpus
from tests.graph.corpus import HOSTILE, HOSTILE_ACTOR
from tests.integration.helpers import assert_parity, dump

pytestmark = pytest.mark.neo4j

SEEDS = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "seeds"


def load_script(writer: Neo4jWriter, path: Path) -> int:
    """Run every statement of an offline script through the driver; return how many ran."""
    statements = split_statements(path.read_text(encoding="utf-8"))
    for statement in statements:
        writer.run_cypher(statement, write=True)
    return len(statements)


def test_offline_script_loads_the_same_graph_as_a_push(writer: Neo4jWriter, tmp_path: Path) -> None:
    kg = corpus.build_corpus()
    writer.push(kg)
    pushed = dump(writer)
    writer.run_cypher("MATCH (n) DETACH DELETE n", write=True)
    script = tmp_path / "graph.cypher"

    nodes, rels = export_cypher_script(kg, script)
    load_script(writer, script)

    assert writer.counts() == (nodes, rels)
    assert dump(writer) == pushed
    assert_parity(writer, kg)
    report = writer.push(kg)
    assert report.graphs_unchanged == 4
    assert report.nodes_created == report.nodes_updated == 0


def test_offline_script_is_deterministic_and_keeps_hostile_text(
    writer: Neo4jWriter, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.cypher", tmp_path / "b.cypher"
    export_cypher_script(corpus.build_corpus(), first)
    export_cypher_script(corpus.build_corpus(), second)
    assert first.read_bytes() == second.read_bytes()

    load_script(writer, first)

    rows = writer.run_cypher(
        "MATCH (g:Group {uri: $uri}) RETURN g.name AS name, g.alias AS alias",
        {"uri": str(HOSTILE_ACTOR)},
    )
    assert rows == [{"name": HOSTILE[4], "alias": sorted(HOSTILE)}]


def test_cypher_query_output_in_every_format(writer: Neo4jWriter, neo4j_uri: str) -> None:
    writer.push(corpus.build_corpus())
    query = (
        "MATCH (s:Statement)-[:SPEAKER]->(a:Actor) WHERE s.confidence >= $min "
        "RETURN a.name AS speaker, s.reportedDate AS day, s.quote AS quote"
    )

    columns, rows = run_cypher_query(neo4j_uri, "neo4j", None, query, {"min": 0.5})

    assert columns == ["speaker", "day", "quote"]
    assert json.loads(format_rows(columns, rows, "json")) == [
        {"speaker": "Donald Trump", "day": "2025-08-04", "quote": HOSTILE[1]}
    ]
    parsed = list(csv.reader(io.StringIO(format_rows(columns, rows, "csv"))))
    assert parsed == [columns, ["Donald Trump", "2025-08-04", HOSTILE[1]]]
    table = format_rows(columns, rows, "table").splitlines()
    assert table[0].split() == columns
    assert table[2].startswith("Donald Trump  2025-08-04  ")


@pytest.mark.model
@pytest.mark.slow
def test_sample_article_round_trips_through_neo4j(writer: Neo4jWriter) -> None:
    from newsgraph.pipeline import build_paths

    kg = KnowledgeGraph()
    report = build_paths(sorted(SEEDS.glob("*.txt")), kg)
    assert report.statements + report.appeals > 0

    writer.push(kg)

    assert_parity(writer, kg)
    assert writer.push(kg).graphs_unchanged == len(kg.graph_names())


def test_nodes_relationships_and_paths_come_back_as_plain_values(writer: Neo4jWriter) -> None:
    writer.push(corpus.build_corpus())
    rows = writer.run_cypher(
        "MATCH p = (s:Statement)-[r:SPEAKER]->(a:Person) RETURN a, r, p, a.uri AS uri"
    )
    assert len(rows) == 1
    actor, rel, path = rows[0]["a"], rows[0]["r"], rows[0]["p"]
    assert actor["labels"] == ["Actor", "Person"]
    assert actor["alias"] == ["The Donald", "Trump"]
    assert "_graphs" not in actor
    assert rel == {"type": "SPEAKER"}
    assert [item.get("type") or item["labels"][-1] for item in path] == [
        "Statement",
        "SPEAKER",
        "Person",
    ]
    json.loads(format_rows(["a", "r", "p"], [[actor, rel, path]], "json"))
