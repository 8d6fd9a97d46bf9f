"""Shared helpers for the Neo4j integration tests: dumps, node lookups and RDF parity."""

from __future__ import annotations

from typing import Any

from rdflib import Graph
from rdflib.compare import isomorphic, to_isomorphic

from newsgraph.graph.neo4j import Neo4jWriter
from newsgraph.graph.neo4j_sync import mappable
from newsgraph.graph.project import canonical_literal
from newsgraph.graph.store import REFERENCE_GRAPH, KnowledgeGraph

DUMP = """
MATCH (n) OPTIONAL MATCH (n)-[r]->(m)
WITH n, collect([type(r), m.uri, r._graphs]) AS out
RETURN labels(n) AS labels, properties(n) AS props, out ORDER BY n.uri, n.name
"""


def canonical(g: Graph) -> Graph:
    """Return ``g`` with every literal in canonical form (see ``canonical_literal``)."""
    out = Graph()
    for s, p, o in g:
        out.add((s, p, canonical_literal(o)))
    return out


def dump(writer: Neo4jWriter) -> list[dict[str, Any]]:
    """Return every node with labels, properties (bookkeeping included) and relationships."""
    rows = writer.run_cypher(DUMP)
    for row in rows:
        row["labels"] = sorted(row["labels"])
        row["out"] = sorted(map(repr, row["out"]))
    return rows


def node(writer: Neo4jWriter, iri: str) -> dict[str, Any] | None:
    """Return the labels and properties of one node, or None if it does not exist."""
    rows = writer.run_cypher(
        "MATCH (n:Resource {uri: $uri}) RETURN labels(n) AS labels, properties(n) AS props",
        {"uri": str(iri)},
    )
    return {"labels": set(rows[0]["labels"]), **rows[0]["props"]} if rows else None


def assert_parity(writer: Neo4jWriter, kg: KnowledgeGraph) -> None:
    """The graph read back from Neo4j equals the store's union, literal for literal.

    Only reference-data triples (ontology axioms such as ``rdfs:subClassOf``) may lack a
    property-graph form; every article triple must come back.
    """
    union = canonical(kg.union())
    unmapped = [t for t in union if not mappable(t)]
    reference = set(canonical(kg.named_graph(REFERENCE_GRAPH)))
    assert [t for t in unmapped if t not in reference] == []
    expected = Graph()
    for triple in union:
        if mappable(triple):
            expected.add(triple)
    back = canonical(writer.read_back())
    assert len(back) == len(expected)
    assert isomorphic(back, expected), sorted(
        set(to_isomorphic(expected)) ^ set(to_isomorphic(back))
    )
