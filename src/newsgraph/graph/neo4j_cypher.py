"""The Cypher statements the Neo4j writer runs, all constant or built from the mapping table.

Every value travels as a parameter. Labels are set with ``SET n:$(row.labels)`` and new
relationships are created with ``$(row.type)``, both checked against
:mod:`newsgraph.ontology.mapping` first. Statements that look relationships up by type are
static, one per type, substituted by :func:`with_rel_type` only after the same check (a
dynamic type in ``MERGE`` cannot use an index and was ten times slower on Neo4j 5.26). Node
lookups always use the ``:Resource(uri)`` uniqueness constraint's index. Rows name their
supporting graphs by index into ``$graphs`` and relationship rows their end nodes by index
into ``$uris`` (see :func:`~newsgraph.graph.neo4j_sync.compact_graphs` and
:func:`~newsgraph.graph.neo4j_sync.compact_ends`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, LiteralString

from newsgraph.errors import UnknownTermError
from newsgraph.graph.neo4j_sync import RelKey
from newsgraph.ontology.mapping import RELATIONS

__all__ = [
    "ALL_NODES",
    "ALL_RELS",
    "CREATE_NODES",
    "CREATE_RELS",
    "DELETE_NODES",
    "DELETE_RELS",
    "DROP_GRAPHS",
    "MARK_GRAPHS",
    "MERGE_RELS",
    "NODES_BY_GRAPH",
    "NODES_BY_URI",
    "RELS_BY_GRAPH",
    "RELS_BY_KEY",
    "SCHEMA",
    "STORED_STATE",
    "UPDATE_NODES",
    "by_type",
    "typed_rows",
    "with_rel_type",
]

_TYPES = frozenset(r.type for r in RELATIONS)

#: Constraints and indexes (ONTOLOGY.md section 5.8), all named ``newsgraph_*`` for reset.
SCHEMA: tuple[LiteralString, ...] = (
    "CREATE CONSTRAINT newsgraph_resource_uri IF NOT EXISTS "
    "FOR (r:Resource) REQUIRE r.uri IS UNIQUE",
    "CREATE CONSTRAINT newsgraph_graph_name IF NOT EXISTS "
    "FOR (g:_NewsgraphGraph) REQUIRE g.name IS UNIQUE",
    "CREATE INDEX newsgraph_actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name)",
    "CREATE INDEX newsgraph_event_reported IF NOT EXISTS FOR (e:Event) ON (e.reportedDate)",
    "CREATE INDEX newsgraph_concept_notation IF NOT EXISTS FOR (c:CameoEventType) ON (c.notation)",
    "CREATE FULLTEXT INDEX newsgraph_actor_names IF NOT EXISTS "
    "FOR (a:Actor) ON EACH [a.name, a.alias]",
)

# New nodes are created outright (the uniqueness constraint rejects a concurrent duplicate).
# Rows name their supporting graphs by index into $graphs (see compact_graphs).
CREATE_NODES: LiteralString = """
UNWIND $rows AS row
CREATE (n:Resource)
SET n = row.props, n._graphs = [i IN row.g | $graphs[i]]
SET n:$(row.labels)
"""
UPDATE_NODES: LiteralString = """
UNWIND $rows AS row
MERGE (n:Resource {uri: row.props.uri})
SET n = row.props, n._graphs = [i IN row.g | $graphs[i]]
WITH n, row, [l IN labels(n) WHERE l <> 'Resource' AND NOT l IN row.labels] AS stale
REMOVE n:$(stale)
SET n:$(row.labels)
"""
# Relationship rows name their ends by index into $uris (see compact_ends): each node of a
# transaction is looked up once, not once per relationship, which made creating the
# relationships of 600 BBC articles a quarter faster. ORDER BY before collect() keeps the
# list in $uris order, and [n] keeps a missing node's place, so an index never shifts.
_ENDS: LiteralString = """
UNWIND range(0, size($uris) - 1) AS i
OPTIONAL MATCH (n:Resource {uri: $uris[i]})
WITH i, n ORDER BY i
WITH collect([n]) AS ends
UNWIND $rows AS row
WITH ends[row.s][0] AS a, ends[row.e][0] AS b, row
"""
# New relationships take their type from the row: CREATE needs no lookup, so a dynamic type
# costs nothing there, and one query for all types was a fifth faster than one per type.
# Every row's type is checked against the mapping first (typed_rows). Relationships the plan
# knows to be missing are created outright (one writer at a time); a missing end node fails
# the transaction instead of dropping the relationship.
CREATE_RELS: LiteralString = (
    _ENDS
    + """CREATE (a)-[r:$(row.type)]->(b)
SET r._graphs = [i IN row.g | $graphs[i]]
"""
)
# MERGE and DELETE find relationships by type, which needs a static type: a dynamic type in
# MERGE cannot use the relationship lookup and was 10x slower in 5.26.
MERGE_RELS: LiteralString = (
    _ENDS
    + """MERGE (a)-[r:REL_TYPE]->(b)
SET r._graphs = [i IN row.g | $graphs[i]]
"""
)
DELETE_RELS: LiteralString = (
    _ENDS
    + """MATCH (a)-[r:REL_TYPE]->(b)
DELETE r
"""
)
DELETE_NODES: LiteralString = """
UNWIND $rows AS row
MATCH (n:Resource {uri: row.uri})
DETACH DELETE n
"""
MARK_GRAPHS: LiteralString = """
UNWIND $rows AS row
MERGE (g:_NewsgraphGraph {name: row.name})
SET g.digest = row.digest
"""
DROP_GRAPHS: LiteralString = (
    "UNWIND $rows AS row MATCH (g:_NewsgraphGraph {name: row.name}) DELETE g"
)
# Bookkeeping keys are read as n[$key] so an empty database gives no "unknown property" warning.
# One round trip tells what was pushed and whether the database holds any node at all.
STORED_STATE: LiteralString = """
RETURN COLLECT { MATCH (g:_NewsgraphGraph) RETURN [g.name, g[$digest]] } AS graphs,
       EXISTS { MATCH (:Resource) } AS populated
"""
NODES_BY_GRAPH: LiteralString = """
MATCH (n:Resource) WHERE any(g IN n[$key] WHERE g IN $graphs)
RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props
"""
NODES_BY_URI: LiteralString = """
UNWIND $uris AS uri MATCH (n:Resource {uri: uri})
RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props
"""
RELS_BY_GRAPH: LiteralString = """
MATCH (a:Resource)-[r]->(b:Resource) WHERE any(g IN r[$key] WHERE g IN $graphs)
RETURN a.uri AS start, type(r) AS type, b.uri AS end, r[$key] AS graphs
"""
RELS_BY_KEY: LiteralString = """
UNWIND $rows AS row
MATCH (a:Resource {uri: row.start})-[r]->(b:Resource {uri: row.end}) WHERE type(r) = row.type
RETURN a.uri AS start, type(r) AS type, b.uri AS end, r[$key] AS graphs
"""
ALL_NODES: LiteralString = (
    "MATCH (n:Resource) RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props"
)
ALL_RELS: LiteralString = (
    "MATCH (a:Resource)-[r]->(b:Resource) RETURN a.uri AS start, type(r) AS type, b.uri AS end"
)


def by_type(
    template: LiteralString, rels: Iterable[tuple[RelKey, Sequence[str]]]
) -> list[tuple[LiteralString, list[dict[str, Any]]]]:
    """Group relationships by type, each group with its static-type query, types sorted."""
    by_type: dict[str, list[dict[str, Any]]] = {}
    for key, graphs in rels:
        row = {"start": key.start, "end": key.end, "graphs": graphs}
        by_type.setdefault(key.type, []).append(row)
    return [(with_rel_type(template, t), by_type[t]) for t in sorted(by_type)]


def typed_rows(rels: Iterable[tuple[RelKey, Sequence[str]]]) -> list[dict[str, Any]]:
    """Return one row per relationship for :data:`CREATE_RELS`, its type checked.

    Raises:
        UnknownTermError: If a type is not a relationship type of the mapping table.

    Example:
        >>> typed_rows([(RelKey("urn:s", "SPEAKER", "urn:p"), ("g",))])
        [{'start': 'urn:s', 'type': 'SPEAKER', 'end': 'urn:p', 'graphs': ('g',)}]
    """
    rows = []
    for key, graphs in rels:
        if key.type not in _TYPES:
            raise UnknownTermError(f"{key.type!r} is not a relationship type of the mapping table")
        rows.append({"start": key.start, "type": key.type, "end": key.end, "graphs": graphs})
    return rows


def with_rel_type(template: LiteralString, rel_type: str) -> LiteralString:
    """Return ``template`` with ``REL_TYPE`` replaced by a relationship type of the mapping.

    Raises:
        UnknownTermError: If ``rel_type`` is not a relationship type of the mapping table.

    Example:
        >>> with_rel_type("MATCH ()-[r:REL_TYPE]->() RETURN r", "SPEAKER")
        'MATCH ()-[r:SPEAKER]->() RETURN r'
    """
    if rel_type not in _TYPES:
        raise UnknownTermError(f"{rel_type!r} is not a relationship type of the mapping table")
    return template.replace("REL_TYPE", rel_type)
