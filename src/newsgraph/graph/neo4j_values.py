"""Values read from Neo4j, made plain: Python values, node states and networkx graphs.

The driver returns its own types (``neo4j.time.Date``, nodes, relationships, paths). These
functions turn them into what the rest of newsgraph uses, and keep only the labels, keys and
relationship types that the mapping table (:mod:`newsgraph.ontology.mapping`) knows, logging
the rest, so nothing unknown read from a database reaches the graph.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from newsgraph.graph.neo4j_sync import GRAPHS_KEY, NodeState
from newsgraph.ontology.mapping import CLASSES, PROPERTIES, RELATIONS

__all__ = ["plain", "property_graph", "stored_node"]

log = logging.getLogger(__name__)

_LABELS = frozenset(c.label for c in CLASSES)
_TYPES = frozenset(r.type for r in RELATIONS)
_KEYS = frozenset(p.key for p in PROPERTIES)


def stored_node(record: Mapping[str, Any]) -> NodeState:
    """Return the state of a node as read (its labels, properties and supporting graphs)."""
    props = {k: _native(v) for k, v in record["props"].items() if k not in ("uri", GRAPHS_KEY)}
    labels = tuple(sorted(label for label in record["labels"] if label != "Resource"))
    return NodeState(labels, props, tuple(record["props"].get(GRAPHS_KEY) or ()))


def property_graph(
    nodes: Iterable[Mapping[str, Any]], rels: Iterable[Mapping[str, Any]]
) -> nx.MultiDiGraph:
    """Return the networkx graph of node and relationship records (``cypher.ALL_NODES`` and
    ``cypher.ALL_RELS``), with only the labels, keys and types the mapping knows."""
    pg = nx.MultiDiGraph()
    for record in nodes:
        node = stored_node(record)
        pg.add_node(record["uri"], labels=_known(node.labels, _LABELS), props=_mapped(node))
    for record in rels:
        if record["type"] in _TYPES:
            pg.add_edge(record["start"], record["end"], key=record["type"])
        else:
            log.warning("skipping relationship type %r: not in the mapping", record["type"])
    return pg


def _known(names: Iterable[str], allowed: frozenset[str]) -> list[str]:
    """Return the ``names`` in ``allowed``, in order; log the others."""
    unknown = sorted(set(names) - allowed)
    if unknown:
        log.warning("skipping names not in the mapping: %s", ", ".join(unknown))
    return [n for n in names if n in allowed]


def _mapped(node: NodeState) -> dict[str, Any]:
    """Return a node's properties whose keys the mapping knows."""
    keep = _known(node.props, _KEYS)
    return {k: node.props[k] for k in keep}


def plain(value: Any) -> Any:
    """Turn a driver value into plain Python: dates, lists, maps, nodes, relationships, paths.

    A node becomes a dict of its properties plus ``labels``, a relationship one plus
    ``type``, a path the list of its nodes and relationships in order; ``_graphs`` is left
    out.
    """
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, Path):
        steps = zip(value.nodes, value.relationships, strict=False)
        return [plain(item) for step in steps for item in step] + [plain(value.end_node)]
    if isinstance(value, (Node, Relationship)):
        props = {k: plain(v) for k, v in value.items() if k != GRAPHS_KEY}
        if isinstance(value, Node):
            return {"labels": sorted(set(value.labels) - {"Resource"}), **props}
        return {"type": value.type, **props}
    return _native(value)


def _native(value: Any) -> Any:
    """Turn driver values (neo4j.time.Date, lists of them) into plain Python values."""
    if isinstance(value, list):
        return [_native(v) for v in value]
    to_native = getattr(value, "to_native", None)
    return to_native() if callable(to_native) else value
