"""Push the store to a real Neo4j: idempotency, per-article replace, parity, hostile text."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from newsgraph.graph.neo4j import Neo4jWriter
from newsgraph.graph.neo4j_sync import desired_state
from newsgraph.graph.store import KnowledgeGraph
from newsgraph.ontology.vocab import V
from tests.graph import corpus
from tests.graph.corpus import A1, A2, A3, HAMAS, HOSTILE, HOSTILE_ACTOR, ISRAEL, STATEMENT, TRUMP
from tests.integration.helpers import assert_parity, dump, node

pytestmark = pytest.mark.neo4j


def test_push_writes_every_node_and_relationship(writer: Neo4jWriter) -> None:
    kg = corpus.build_corpus()
    state = desired_state(kg.iter_graphs())

    report = writer.push(kg)

    assert writer.counts() == (len(state.nodes), len(state.rels))
    assert (report.nodes_created, report.rels_created) == (len(state.nodes), len(state.rels))
    assert (report.graphs_changed, report.graphs_unchanged) == (4, 0)
    trump = node(writer, TRUMP)
    assert trump is not None
    assert trump["labels"] == {"Resource", "Actor", "Person"}
    assert trump["alias"] == ["The Donald", "Trump"]
    assert trump["_graphs"] == sorted([str(A1), str(A2)])


def test_push_twice_is_idempotent(writer: Neo4jWriter) -> None:
    kg = corpus.build_corpus()
    writer.push(kg)
    first, counts = dump(writer), writer.counts()

    report = writer.push(kg)

    assert (report.graphs_changed, report.graphs_unchanged) == (0, 4)
    assert report.nodes_created == report.nodes_updated == report.rels_created == 0
    assert writer.counts() == counts
    assert dump(writer) == first


def test_changed_article_replaces_only_what_it_supported(writer: Neo4jWriter) -> None:
    kg = corpus.build_corpus()
    writer.push(kg)
    kg.replace_graph(A1, [*corpus.typed(A1, "Article"), (A1, V.mentions, TRUMP)])

    report = writer.push(kg)

    trump = node(writer, TRUMP)
    assert trump is not None, "an actor shared with article 2 must survive"
    assert "wikidataId" not in trump, "a property only article 1 gave must go"
    assert trump["alias"] == ["The Donald"]
    assert trump["labels"] == {"Resource", "Actor", "Person"}
    assert node(writer, STATEMENT) is None, "a fact only article 1 supported must go"
    assert node(writer, ISRAEL) is None
    assert (report.graphs_changed, report.graphs_unchanged) == (1, 3)
    assert report.nodes_deleted > 0
    assert report.rels_deleted > 0
    assert_parity(writer, kg)


def test_removed_article_takes_its_facts_and_labels(writer: Neo4jWriter) -> None:
    kg = corpus.build_corpus()
    kg.replace_graph(A3, [*corpus.article_3(), *corpus.typed(HAMAS, "Group")])
    writer.push(kg)
    assert "Group" in node(writer, HAMAS)["labels"]  # type: ignore[index]

    kg.remove_graph(A3)
    report = writer.push(kg)

    assert node(writer, HOSTILE_ACTOR) is None
    hamas = node(writer, HAMAS)
    assert hamas is not None
    assert hamas["labels"] == {"Resource", "Actor", "Organization"}
    assert hamas["_graphs"] == [str(A2)]
    assert report.graphs_removed == 1
    assert writer.run_cypher("MATCH (g:_NewsgraphGraph {name: $n}) RETURN g", {"n": str(A3)}) == []
    assert_parity(writer, kg)


def test_interrupted_push_is_redone(writer: Neo4jWriter) -> None:
    kg = corpus.build_corpus()
    writer.push(kg)
    before = dump(writer)
    writer.run_cypher(
        "MATCH (n:Resource {uri: $t}) SET n.name = 'half-written', n.stray = 1 "
        "WITH 1 AS x MATCH (g:_NewsgraphGraph {name: $a}) SET g.digest = null",
        {"t": str(TRUMP), "a": str(A1)},
        write=True,
    )

    report = writer.push(kg)

    assert report.graphs_changed == 1
    assert report.nodes_updated == 1
    assert dump(writer) == before


def test_read_back_is_isomorphic_to_the_store(writer: Neo4jWriter) -> None:
    kg = corpus.build_corpus()
    writer.push(kg)
    assert_parity(writer, kg)


def test_values_keep_their_types(writer: Neo4jWriter) -> None:
    writer.push(corpus.build_corpus())
    rows = writer.run_cypher(
        "MATCH (s:Statement) RETURN s.reportedDate AS day, valueType(s.reportedDate) AS dtype, "
        "valueType(s.confidence) AS ctype, valueType(s.direct) AS btype"
    )
    assert rows == [
        {
            "day": date(2025, 8, 4),
            "dtype": "DATE NOT NULL",
            "ctype": "FLOAT NOT NULL",
            "btype": "BOOLEAN NOT NULL",
        }
    ]
    back = writer.read_back()
    assert (STATEMENT, V.reportedDate, Literal(date(2025, 8, 4))) in back


def test_hostile_strings_are_stored_verbatim(writer: Neo4jWriter) -> None:
    writer.push(corpus.build_corpus())
    rows = writer.run_cypher(
        "MATCH (g:Group {uri: $uri}) RETURN g.name AS name, g.alias AS alias",
        {"uri": str(HOSTILE_ACTOR)},
    )
    assert rows == [{"name": HOSTILE[4], "alias": sorted(HOSTILE)}]
    found = writer.run_cypher(
        "MATCH (n:Resource) WHERE n.anchorOf = $t RETURN n.uri AS u", {"t": HOSTILE[2]}
    )
    assert len(found) == 1
    assert writer.counts()[0] == len(desired_state(corpus.build_corpus().iter_graphs()).nodes)


def test_reset_removes_graph_and_schema(writer: Neo4jWriter) -> None:
    writer.push(corpus.build_corpus())

    writer.reset()

    assert writer.counts() == (0, 0)
    names = [r["name"] for r in writer.run_cypher("SHOW INDEXES YIELD name RETURN name")]
    assert not [n for n in names if n.startswith("newsgraph_")]
    assert writer.run_cypher("MATCH (g:_NewsgraphGraph) RETURN g") == []


def test_read_only_queries_cannot_write(writer: Neo4jWriter) -> None:
    from newsgraph.errors import QueryError

    with pytest.raises(QueryError, match="read access mode"):
        writer.run_cypher("CREATE (:Resource {uri: 'x'})")
    assert writer.counts() == (0, 0)


def test_rdf_type_without_mapping_is_not_pushed(writer: Neo4jWriter) -> None:
    kg = KnowledgeGraph()
    kg.replace_graph(A1, [*corpus.typed(A1, "Article"), (A1, RDF.type, RDF.Property)])
    writer.push(kg)
    assert node(writer, A1)["labels"] == {"Resource", "Article"}  # type: ignore[index]


def test_concurrent_transactions_give_the_same_graph(writer: Neo4jWriter) -> None:
    """Many small transactions at once share end nodes; the graph must still be exact."""
    kg = corpus.build_corpus()
    with Neo4jWriter(writer.uri, batch_size=3, workers=3, parallel_min_rows=0) as concurrent:
        concurrent.push(kg)
        assert_parity(writer, kg)
        first = dump(writer)
        kg.replace_graph(A1, [*corpus.typed(A1, "Article"), (A1, V.mentions, TRUMP)])

        report = concurrent.push(kg)

        assert report.nodes_deleted > 0
        assert report.rels_deleted > 0
        assert_parity(writer, kg)
        assert dump(writer) != first
