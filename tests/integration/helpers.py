"""Shared helpers for the Neo4j integration tests: dumps, node lookups and RDF parity."""

from __future__ import annotations

from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import RDF
from rdflib.term import Node

from newsgraph.graph.neo4j import Neo4jWriter
from newsgraph.graph.project import canonical_literal
from newsgraph.graph.store import REFERENCE_GRAPH, KnowledgeGraph
from newsgraph.ontology.mapping import CLASSES, PROPERTIES, RELATIONS

DUMP = """
MATCH (n) OPTIONAL MATCH (n)-[r]->(m)
WITH n, collect([type(r), m.uri, r._graphs]) AS out
RETURN labels(n) AS labels, properties(n) AS props, out ORDER BY n.uri, n.name
"""
_CLASSES = {c.iri for c in CLASSES}
_RELATIONS = {r.iri for r in RELATIONS}
_PROPERTIES = {p.iri for p in PROPERTIES}


def canonical(g: Graph) -> Graph:
    """Return ``g`` with every literal in canonical form (see ``canonical_literal``)."""
    out = Graph()
    for s, p, o in g:
        out.add((s, p, canonical_literal(o)))
    return out


def mappable(triple: tuple[Node, Node, Node]) -> bool:
    """Tell whether the mapping table gives ``triple`` a property-graph form."""
    s, p, o = triple
    if not isinstance(s, URIRef):
        return False
    if p == RDF.type:
        return o in _CLASSES
    if p in _RELATIONS:
        return isinstance(o, URIRef)
    return p in _PROPERTIES and isinstance(o, Literal)


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
