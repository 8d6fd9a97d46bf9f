"""The property-graph view of the RDF data, as a networkx ``MultiDiGraph``.

Nodes are keyed by IRI and carry ``labels`` (sorted list of property-graph labels) and
``props`` (property key -> Python value); edges are keyed by relationship type. Every name
comes from :mod:`newsgraph.ontology.mapping`, so this view, the Neo4j graph and the RDF graph
describe the same data: :func:`to_property_graph` and :func:`from_property_graph` are inverse
for every triple the mapping covers. The HTML view and the Neo4j writer both start from here.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from newsgraph.errors import UnknownTermError
from newsgraph.ontology.mapping import (
    class_for_label,
    labels_for,
    predicate_for_key,
    predicate_for_type,
    property_for,
    relation_for,
)

__all__ = ["canonical_literal", "from_property_graph", "to_property_graph"]

log = logging.getLogger(__name__)


def canonical_literal(term: Node) -> Node:
    """Return ``term`` with a canonical lexical form, so equal values compare equal.

    Plain strings lose an explicit ``xsd:string``; numbers, booleans and dates are rewritten
    from their value ("9.0e-1"^^xsd:double becomes "0.9"^^xsd:double).

    Example:
        >>> tidy = canonical_literal(Literal("9.0e-1", datatype=XSD.double))
        >>> tidy == Literal(0.9, datatype=XSD.double)
        True
    """
    if not isinstance(term, Literal):
        return term
    if term.datatype in (None, XSD.string):
        return Literal(str(term), lang=term.language)
    value = term.toPython()
    if value is term or isinstance(value, Literal):
        return term
    return Literal(value, datatype=term.datatype)


def to_property_graph(g: Iterable[tuple[Node, Node, Node]]) -> nx.MultiDiGraph:
    """Project RDF triples onto a property graph through the mapping table.

    Triples whose predicate the mapping does not cover are skipped and counted in
    ``G.graph["unmapped"]``: they have no property-graph form. The ontology's own axioms
    (``rdfs:subClassOf`` ...) are such triples, so the count is logged at debug level only.
    """
    G = nx.MultiDiGraph(unmapped=0)
    for s, p, o in g:
        if not isinstance(s, URIRef):
            G.graph["unmapped"] += 1
            continue
        _add_triple(G, s, URIRef(str(p)), o)
    for _, data in G.nodes(data=True):
        data["labels"] = labels_for(data.pop("types", ()))
        data["props"] = {
            k: sorted(v) if isinstance(v, set) else v for k, v in data["props"].items()
        }
    if G.graph["unmapped"]:
        log.debug("%d triples have no property-graph mapping", G.graph["unmapped"])
    return G


def _node(G: nx.MultiDiGraph, iri: URIRef) -> dict[str, Any]:
    if iri not in G:
        G.add_node(iri, types=set(), props={})
    data: dict[str, Any] = G.nodes[iri]
    return data


def _add_triple(G: nx.MultiDiGraph, s: URIRef, p: URIRef, o: Node) -> None:
    if p == RDF.type and isinstance(o, URIRef):
        _node(G, s)["types"].add(o)
    elif isinstance(o, URIRef):
        _add_relation(G, s, p, o)
    elif isinstance(o, Literal):
        _add_property(G, s, p, o)
    else:
        G.graph["unmapped"] += 1


def _add_relation(G: nx.MultiDiGraph, s: URIRef, p: URIRef, o: URIRef) -> None:
    try:
        rel_type = relation_for(p).type
    except UnknownTermError:
        G.graph["unmapped"] += 1
        return
    _node(G, s)
    _node(G, o)
    G.add_edge(s, o, key=rel_type)


def _add_property(G: nx.MultiDiGraph, s: URIRef, p: URIRef, o: Literal) -> None:
    try:
        row = property_for(p)
    except UnknownTermError:
        G.graph["unmapped"] += 1
        return
    value = _python_value(o)
    props = _node(G, s)["props"]
    if row.multi:
        props.setdefault(row.key, set()).add(value)
    else:
        props[row.key] = value


def _python_value(o: Literal) -> Any:
    value = o.toPython()
    return str(o) if isinstance(value, Literal) else value


def from_property_graph(G: nx.MultiDiGraph) -> Graph:
    """Turn a property graph (as made by :func:`to_property_graph`) back into RDF.

    Raises:
        UnknownTermError: If a label, relationship type or key is not in the mapping.
    """
    g = Graph()
    for iri, data in G.nodes(data=True):
        subject = URIRef(iri)
        for label in data.get("labels", ()):
            g.add((subject, RDF.type, class_for_label(label)))
        for key, value in data.get("props", {}).items():
            for item in value if isinstance(value, list) else [value]:
                g.add((subject, predicate_for_key(key), _literal(key, item)))
    for s, o, rel_type in G.edges(keys=True):
        g.add((URIRef(s), predicate_for_type(rel_type), URIRef(o)))
    return g


def _literal(key: str, value: Any) -> Literal:
    datatype = property_for(predicate_for_key(key)).datatype
    if datatype == XSD.string:
        return Literal(str(value))
    if datatype == XSD.date and isinstance(value, str):
        value = date.fromisoformat(value)
    return Literal(value, datatype=datatype)
