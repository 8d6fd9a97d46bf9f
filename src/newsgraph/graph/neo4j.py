"""Write the knowledge graph to Neo4j, read it back, and run Cypher queries against it.

:class:`Neo4jWriter` makes a Neo4j database mirror the store. Every node is a
``:Resource {uri}`` (unique) with the labels, keys and relationship types of
:mod:`newsgraph.ontology.mapping`; values always travel as parameters. Labels are set with
Neo4j 5.26's dynamic ``SET n:$(row.labels)`` from parameters, and new relationships get
their type the same way (``CREATE (a)-[:$(row.type)]->(b)``), every type checked against the
mapping table first. Queries that find relationships by type (``MERGE``, delete) are static,
one per type, built by :func:`with_rel_type` after the same check (a dynamic type in
``MERGE`` cannot use an index and was ten times slower), so nothing from the input is ever
spliced into Cypher. Lookups always go through the ``:Resource(uri)`` uniqueness
constraint's index.

Per-article replace: each node and relationship records the named graphs (articles) that
support it in ``_graphs``, and a ``:_NewsgraphGraph {name, digest}`` node remembers what was
pushed for each graph. A push recomputes the merged state from the store
(:mod:`newsgraph.graph.neo4j_sync`), reads from Neo4j only the items that a changed or removed
graph supports, and writes just the difference (new items with ``CREATE``, so run one push
per database at a time): facts only a changed article gave are deleted,
properties only it gave disappear (nodes are rewritten with ``SET n = $props``), and a shared
actor keeps the support and properties of the other articles. Pushing an unchanged store
writes nothing, so pushes are idempotent. Graphs Neo4j holds but the store no longer has are
removed. A push that fails midway leaves its graphs marked as unpushed (digest ``null``), so
the next push redoes them. A large push runs ``workers`` transactions at once, stage by
stage (deletions, then nodes, then relationships).

The password comes only from ``NEWSGRAPH_NEO4J_PASSWORD``; without it the driver connects
without authentication.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, LiteralString

import networkx as nx
from rdflib import Graph

from newsgraph.errors import ConfigurationError, Neo4jWriteError, QueryError
from newsgraph.graph import neo4j_cypher as cypher
from newsgraph.graph.cypher_script import export_cypher_script
from newsgraph.graph.neo4j_batches import Job, StageWriter
from newsgraph.graph.neo4j_cypher import with_rel_type
from newsgraph.graph.neo4j_sync import (
    BATCH_SIZE,
    GRAPHS_KEY,
    GraphState,
    NodeState,
    Plan,
    RelKey,
    affected_nodes,
    affected_rels,
    batched,
    changed_graphs,
    desired_state,
    node_row,
    plan_changes,
    plan_creates,
    rel_row,
)
from newsgraph.graph.neo4j_values import plain, property_graph, stored_node
from newsgraph.graph.project import from_property_graph
from newsgraph.graph.store import KnowledgeGraph
from newsgraph.perf import gc_paused

__all__ = [
    "DEFAULT_URI",
    "DEFAULT_USER",
    "GRAPH_LABEL",
    "Neo4jWriter",
    "PushReport",
    "export_cypher_script",
    "run_cypher_query",
    "with_rel_type",
]

log = logging.getLogger(__name__)

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_USER = "neo4j"
PASSWORD_ENV = "NEWSGRAPH_NEO4J_PASSWORD"
#: Label of the bookkeeping nodes (one per pushed named graph); never a ``:Resource``.
GRAPH_LABEL = "_NewsgraphGraph"
#: Sessions that write at once during a large push (Neo4j runs each query on one core).
WORKERS = 2
#: A push of fewer rows runs in one session, so a re-push of a few articles commits once.
PARALLEL_MIN_ROWS = 5_000
_INSTALL_HINT = "the neo4j driver is not installed; run: pip install neo4j"


@dataclass(frozen=True)
class PushReport:
    """What a push changed in Neo4j."""

    graphs_changed: int
    graphs_removed: int
    graphs_unchanged: int
    nodes_created: int
    nodes_updated: int
    nodes_deleted: int
    rels_created: int
    rels_updated: int
    rels_deleted: int


def _import_driver() -> Any:
    try:
        import neo4j
    except ImportError as exc:
        raise ConfigurationError(_INSTALL_HINT) from exc
    return neo4j


class Neo4jWriter:
    """A connection to one Neo4j database that pushes, reads back and queries the graph.

    Args:
        uri: Bolt or neo4j URI of the server.
        user: User name (the password is read from ``NEWSGRAPH_NEO4J_PASSWORD`` only).
        database: Database name; ``None`` uses the server's default database.
        batch_size: Rows per write transaction.
        workers: Sessions that write at once when a push is large (see ``parallel_min_rows``).
        parallel_min_rows: A push of fewer rows is written in one session.

    Raises:
        ConfigurationError: If the neo4j driver is not installed.
        Neo4jWriteError: If the server cannot be reached (on entering the context).

    Example:
        >>> with Neo4jWriter("bolt://127.0.0.1:7687") as writer:  # doctest: +SKIP
        ...     writer.ensure_schema()
        ...     report = writer.push(KnowledgeGraph("./kg"))
    """

    def __init__(
        self,
        uri: str = DEFAULT_URI,
        user: str = DEFAULT_USER,
        database: str | None = None,
        batch_size: int = BATCH_SIZE,
        workers: int = WORKERS,
        parallel_min_rows: int = PARALLEL_MIN_ROWS,
    ) -> None:
        if workers < 1:
            raise ConfigurationError(f"workers must be at least 1, not {workers}")
        self.uri, self.user, self.database, self.batch_size = uri, user, database, batch_size
        self.workers, self.parallel_min_rows = workers, parallel_min_rows
        self._neo4j = _import_driver()
        password = os.environ.get(PASSWORD_ENV)
        auth = (user, password) if password else None
        # INFORMATION notes ("index already exists") would flood the log on every push.
        self._driver = self._neo4j.GraphDatabase.driver(
            uri, auth=auth, notifications_min_severity="WARNING"
        )

    def __enter__(self) -> Neo4jWriter:
        try:
            self._driver.verify_connectivity()
        except self._neo4j.exceptions.Neo4jError as exc:
            self.close()
            raise Neo4jWriteError(f"{self.uri}: {exc.message}") from exc
        except (self._neo4j.exceptions.DriverError, OSError) as exc:
            self.close()
            raise Neo4jWriteError(f"{self.uri}: cannot connect to Neo4j: {exc}") from exc
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the driver and its connections."""
        self._driver.close()

    # -- low level -----------------------------------------------------------------------

    def _run(self, query: LiteralString, read: bool = False, **params: Any) -> list[Any]:
        routing = self._neo4j.RoutingControl.READ if read else self._neo4j.RoutingControl.WRITE
        try:
            records, _, _ = self._driver.execute_query(
                query, params, routing_=routing, database_=self.database
            )
        except self._neo4j.exceptions.Neo4jError as exc:
            raise Neo4jWriteError(f"{self.uri}: {exc.message}") from exc
        except self._neo4j.exceptions.DriverError as exc:
            raise Neo4jWriteError(f"{self.uri}: {exc}") from exc
        return list(records)

    def _write_stages(
        self,
        stages: Sequence[Sequence[Job]],
        progress: Callable[[int, int], None] | None,
    ) -> None:
        """Write the stages' jobs (see :class:`~newsgraph.graph.neo4j_batches.StageWriter`);
        a driver error becomes a :class:`~newsgraph.errors.Neo4jWriteError`."""
        writer = StageWriter(
            self._driver, self.database, self.batch_size, self.workers, self.parallel_min_rows
        )
        try:
            writer.write(stages, progress)
        except self._neo4j.exceptions.Neo4jError as exc:
            raise Neo4jWriteError(f"{self.uri}: {exc.message}") from exc
        except self._neo4j.exceptions.DriverError as exc:
            raise Neo4jWriteError(f"{self.uri}: {exc}") from exc

    # -- schema --------------------------------------------------------------------------

    def ensure_schema(self) -> None:
        """Create the uniqueness constraints and indexes if missing, and wait until online."""
        for statement in cypher.SCHEMA:
            self._run(statement)
        self._run("CALL db.awaitIndexes(300)")

    def reset(self) -> None:
        """Delete every ``:Resource`` and bookkeeping node, in batches, and our schema."""
        for label_query in (
            "MATCH (n:Resource) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
            "MATCH (n:_NewsgraphGraph) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS",
        ):
            self._run_autocommit(label_query)
        for kind, listing in (("CONSTRAINT", "CONSTRAINTS"), ("INDEX", "INDEXES")):
            for record in self._run(f"SHOW {listing} YIELD name RETURN name", read=True):
                if record["name"].startswith("newsgraph_"):
                    self._run(f"DROP {kind} {_quote_name(record['name'])} IF EXISTS")

    def _run_autocommit(self, query: LiteralString) -> None:
        """Run a ``CALL { } IN TRANSACTIONS`` query, which needs an implicit transaction."""
        try:
            with self._driver.session(database=self.database) as session:
                session.run(query).consume()
        except self._neo4j.exceptions.Neo4jError as exc:
            raise Neo4jWriteError(f"{self.uri}: {exc.message}") from exc

    # -- push ----------------------------------------------------------------------------

    def push(
        self, kg: KnowledgeGraph, progress: Callable[[int, int], None] | None = None
    ) -> PushReport:
        """Make the database mirror ``kg`` (see the module docstring); idempotent.

        Args:
            kg: The store; every named graph, the reference graph included, is pushed.
            progress: Called as ``progress(rows_done, rows_total)`` after each batch.

        Raises:
            Neo4jWriteError: If a query fails.
        """
        self.ensure_schema()
        return self.push_state(desired_state(kg.iter_graphs()), progress)

    def push_state(
        self, desired: GraphState, progress: Callable[[int, int], None] | None = None
    ) -> PushReport:
        """Push an already merged :class:`GraphState` (what :meth:`push` does after projecting)."""
        record = self._run(cypher.STORED_STATE, read=True, digest="digest")[0]
        stored: dict[str, str | None] = dict(record["graphs"])
        changed = changed_graphs(desired.digests, stored)
        with gc_paused():
            plan = self._plan(desired, changed, populated=record["populated"])
            # A graph Neo4j has no record of is redone anyway if this push fails midway.
            self._mark(sorted(changed & set(desired.digests) & set(stored)), desired=None)
            self._apply(plan, progress)
        self._mark(sorted(changed & set(desired.digests)), desired=desired.digests)
        removed = sorted(set(stored) - set(desired.digests))
        if removed:
            self._run(cypher.DROP_GRAPHS, rows=[{"name": name} for name in removed])
        return _report(plan, desired, changed, len(removed))

    def _plan(self, desired: GraphState, changed: set[str], populated: bool) -> Plan:
        if not changed:
            return Plan()
        if not populated:
            if changed >= desired.digests.keys():
                return plan_creates(desired)
            return plan_changes(desired, {}, {}, changed)
        nodes = self._stored_nodes(sorted(changed), sorted(affected_nodes(desired, changed)))
        rels = self._stored_rels(sorted(changed), sorted(affected_rels(desired, changed)))
        return plan_changes(desired, nodes, rels, changed)

    def _stored_nodes(self, graphs: list[str], uris: list[str]) -> dict[str, NodeState]:
        records = self._run(cypher.NODES_BY_GRAPH, read=True, graphs=graphs, key=GRAPHS_KEY)
        for batch in batched(uris, self.batch_size * 5):
            records += self._run(cypher.NODES_BY_URI, read=True, uris=list(batch))
        return {r["uri"]: stored_node(r) for r in records}

    def _stored_rels(self, graphs: list[str], keys: list[RelKey]) -> dict[RelKey, tuple[str, ...]]:
        records = self._run(cypher.RELS_BY_GRAPH, read=True, graphs=graphs, key=GRAPHS_KEY)
        for batch in batched(keys, self.batch_size * 5):
            records += self._run(
                cypher.RELS_BY_KEY, read=True, rows=[rel_row(k) for k in batch], key=GRAPHS_KEY
            )
        return {RelKey(r["start"], r["type"], r["end"]): tuple(r["graphs"] or ()) for r in records}

    def _mark(self, names: list[str], desired: Mapping[str, str] | None) -> None:
        """Record each graph's digest (``None`` while its push is in progress)."""
        rows = [{"name": n, "digest": desired[n] if desired else None} for n in names]
        for batch in batched(rows, self.batch_size):
            self._run(cypher.MARK_GRAPHS, rows=list(batch))

    def _apply(self, plan: Plan, progress: Callable[[int, int], None] | None) -> None:
        """Delete, then write nodes, then relationships: each stage needs the one before."""
        stages: list[list[Job]] = [
            [*cypher.by_type(cypher.DELETE_RELS, ((k, ()) for k in plan.rel_deletes))],
            [(cypher.DELETE_NODES, [{"uri": iri} for iri in plan.node_deletes])],
            [
                (cypher.CREATE_NODES, [node_row(i, n) for i, n in plan.node_creates]),
                (cypher.UPDATE_NODES, [node_row(i, n) for i, n in plan.node_updates]),
            ],
            [
                (cypher.CREATE_RELS, cypher.typed_rows(plan.rel_creates)),
                *cypher.by_type(cypher.MERGE_RELS, plan.rel_updates),
            ],
        ]
        self._write_stages(stages, progress)

    # -- reading -------------------------------------------------------------------------

    def _count(self, query: LiteralString) -> int:
        return int(self._run(query, read=True)[0]["n"])

    def counts(self) -> tuple[int, int]:
        """Return the number of ``:Resource`` nodes and of relationships between them."""
        nodes = self._count("MATCH (n:Resource) RETURN count(n) AS n")
        return nodes, self._count("MATCH (:Resource)-[r]->(:Resource) RETURN count(r) AS n")

    def describe(self) -> dict[str, Any]:
        """Return the server version and edition and what the database holds."""
        component = self._run(
            "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
            read=True,
        )[0]
        nodes, rels = self.counts()
        return {
            "version": component["version"],
            "edition": component["edition"],
            "nodes": nodes,
            "relationships": rels,
            "graphs": self._count("MATCH (g:_NewsgraphGraph) RETURN count(g) AS n"),
        }

    def read_property_graph(self) -> nx.MultiDiGraph:
        """Return the stored graph as a networkx graph like ``to_property_graph`` makes.

        Labels, keys and types that the mapping table does not know are skipped (logged),
        as is the ``_graphs`` bookkeeping.
        """
        nodes = self._run(cypher.ALL_NODES, read=True)
        return property_graph(nodes, self._run(cypher.ALL_RELS, read=True))

    def read_back(self) -> Graph:
        """Read all ``:Resource`` nodes and relationships back into RDF triples."""
        return from_property_graph(self.read_property_graph())

    def run_cypher(
        self, query: str, params: Mapping[str, Any] | None = None, write: bool = False
    ) -> list[dict[str, Any]]:
        """Run a Cypher query, read-only unless ``write``; values only as ``params``.

        Returns:
            One dict per record, column name to value (dates as ``datetime.date``).

        Raises:
            QueryError: If the query fails, or writes in read-only mode.
        """
        columns, rows = self.run_cypher_rows(query, params, write)
        return [dict(zip(columns, row, strict=True)) for row in rows]

    def run_cypher_rows(
        self, query: str, params: Mapping[str, Any] | None = None, write: bool = False
    ) -> tuple[list[str], list[list[Any]]]:
        """Like :meth:`run_cypher` but return the column names and one list per row."""
        routing = self._neo4j.RoutingControl.WRITE if write else self._neo4j.RoutingControl.READ
        try:
            records, _summary, keys = self._driver.execute_query(
                query, dict(params or {}), routing_=routing, database_=self.database
            )
        except self._neo4j.exceptions.Neo4jError as exc:
            raise QueryError(f"Cypher failed: {exc.message}") from exc
        except self._neo4j.exceptions.DriverError as exc:
            raise QueryError(f"Cypher failed against {self.uri}: {exc}") from exc
        return list(keys), [[plain(v) for v in record.values()] for record in records]


def _quote_name(name: str) -> str:
    """Return ``name`` as a backtick-quoted Cypher identifier (backticks doubled)."""
    return "`" + name.replace("`", "``") + "`"


def _report(plan: Plan, desired: GraphState, changed: set[str], removed: int) -> PushReport:
    return PushReport(
        graphs_changed=len(changed) - removed,
        graphs_removed=removed,
        graphs_unchanged=len(desired.digests) - (len(changed) - removed),
        nodes_created=len(plan.node_creates),
        nodes_updated=len(plan.node_updates),
        nodes_deleted=len(plan.node_deletes),
        rels_created=len(plan.rel_creates),
        rels_updated=len(plan.rel_updates),
        rels_deleted=len(plan.rel_deletes),
    )


def run_cypher_query(
    uri: str, user: str, database: str | None, text: str, params: Mapping[str, Any] | None = None
) -> tuple[list[str], list[list[Any]]]:
    """Connect, run one read-only Cypher query and return (column names, rows).

    Raises:
        Neo4jWriteError: If the server cannot be reached.
        QueryError: If the query fails or tries to write.
    """
    with Neo4jWriter(uri, user, database) as writer:
        return writer.run_cypher_rows(text, params)
