"""Unit tests of the Neo4j writer's own logic: merging, planning, batching, literals, formats.

The writer tests use a recording fake driver (no server); everything that talks to Neo4j
for real lives in ``tests/integration``.
"""

from __future__ import annotations

import csv
import doctest
import importlib
import io
import json
import threading
import time
from datetime import date
from typing import Any

import neo4j
import pytest
from rdflib import Literal, URIRef

from newsgraph.errors import ConfigurationError, Neo4jWriteError, UnknownTermError, WriterError
from newsgraph.formatting import format_rows
from newsgraph.graph.cypher_script import cypher_literal, cypher_statements, split_statements
from newsgraph.graph.neo4j import Neo4jWriter, with_rel_type
from newsgraph.graph.neo4j_cypher import MERGE_RELS, SCHEMA, by_type, typed_rows
from newsgraph.graph.neo4j_sync import (
    GraphState,
    NodeState,
    RelKey,
    changed_graphs,
    desired_state,
    plan_changes,
    plan_creates,
)
from newsgraph.graph.store import REFERENCE_GRAPH
from tests.graph import corpus
from tests.graph.corpus import A1, A2, HOSTILE, STATEMENT, TRUMP

# -- merging and planning ----------------------------------------------------------------


def corpus_state() -> GraphState:
    return desired_state((name, triples) for name, triples in corpus.corpus_graphs().items())


def test_shared_node_merges_labels_aliases_and_support() -> None:
    trump = corpus_state().nodes[str(TRUMP)]
    assert trump.labels == ("Actor", "Person")
    assert trump.props["alias"] == ["The Donald", "Trump"]
    assert trump.props["wikidataId"] == "Q22686"
    assert trump.graphs == (str(A1), str(A2))


def test_single_valued_key_comes_from_the_first_graph_by_name() -> None:
    thing = URIRef("urn:test:thing")
    graphs = [
        ("urn:g:b", [(thing, corpus.RDFS.label, Literal("from b"))]),
        ("urn:g:a", [(thing, corpus.RDFS.label, Literal("from a"))]),
    ]
    assert desired_state(graphs).nodes[str(thing)].props == {"name": "from a"}


def test_reference_graph_axioms_are_skipped() -> None:
    from rdflib.namespace import OWL, RDF

    triples = [*corpus.reference(), (corpus.CODE_010, RDF.type, OWL.Class)]
    state = desired_state([(REFERENCE_GRAPH, triples)])
    assert state.nodes[str(corpus.CODE_010)].labels == ("CameoEventType", "Concept")


def test_digest_ignores_triple_order_and_sees_changes() -> None:
    triples = corpus.article_1()
    same = desired_state([(A1, list(reversed(triples)))]).digests
    assert desired_state([(A1, triples)]).digests == same
    assert desired_state([(A1, triples[:-1])]).digests != same


def test_changed_graphs_include_removed_and_unfinished_ones() -> None:
    stored = {"a": "1", "b": None, "gone": "3"}
    assert changed_graphs({"a": "1", "b": "2", "new": "4"}, stored) == {"b", "new", "gone"}


def test_plan_creates_updates_deletes_and_skips_equal_items() -> None:
    desired = GraphState(
        nodes={
            "n:new": NodeState(("Person",), {"name": "N"}, ("g",)),
            "n:same": NodeState((), {}, ("g",)),
            "n:changed": NodeState((), {"name": "new"}, ("g",)),
        },
        rels={RelKey("n:new", "SPEAKER", "n:same"): ("g",)},
    )
    stored_nodes = {
        "n:same": NodeState((), {}, ("g",)),
        "n:changed": NodeState((), {"name": "old"}, ("g",)),
        "n:gone": NodeState((), {}, ("g",)),
    }
    stored_rels = {RelKey("n:gone", "SPEAKER", "n:same"): ("g",)}

    plan = plan_changes(desired, stored_nodes, stored_rels, {"g"})

    assert [iri for iri, _ in plan.node_creates] == ["n:new"]
    assert [iri for iri, _ in plan.node_updates] == ["n:changed"]
    assert plan.node_deletes == ["n:gone"]
    assert plan.rel_creates == [(RelKey("n:new", "SPEAKER", "n:same"), ("g",))]
    assert plan.rel_deletes == [RelKey("n:gone", "SPEAKER", "n:same")]
    assert plan.size == 5


def test_plan_leaves_nodes_of_unchanged_graphs_alone() -> None:
    plan = plan_changes(corpus_state(), {}, {}, {str(A2)})
    touched = {iri for iri, _ in plan.node_creates}
    assert str(TRUMP) in touched
    assert str(STATEMENT) not in touched


# -- the writer against a recording fake driver ------------------------------------------


class FakeTx:
    """Records each query run in a write transaction."""

    def __init__(self, driver: FakeDriver) -> None:
        self.driver = driver

    def run(self, query: str, **params: Any) -> FakeTx:
        if self.driver.refuse and self.driver.refuse in query:
            raise neo4j.exceptions.ClientError("refused by the test")
        self.driver.writes.append((query, params["rows"]))
        self.driver.ends.append(params["uris"])
        return self

    def consume(self) -> None:
        """Nothing to consume."""


class FakeSession:
    """A session whose managed write transactions run against :class:`FakeTx`."""

    def __init__(self, driver: FakeDriver) -> None:
        self.driver = driver

    def __enter__(self) -> FakeSession:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def execute_write(self, work: Any, *args: Any) -> Any:
        with self.driver.lock:
            self.driver.transactions += 1
            self.driver.open_transactions += 1
            self.driver.most_open = max(self.driver.most_open, self.driver.open_transactions)
        try:
            result = work(FakeTx(self.driver), *args)
            time.sleep(self.driver.transaction_seconds)
            return result
        finally:
            with self.driver.lock:
                self.driver.open_transactions -= 1
                self.driver.finished.append(len(self.driver.writes))


class FakeDriver:
    """An empty database that records every query and its parameters."""

    def __init__(self) -> None:
        self.queries: list[tuple[str, dict[str, Any]]] = []
        self.writes: list[tuple[str, list[dict[str, Any]]]] = []
        self.ends: list[list[str]] = []  # each write's $uris
        self.transactions = 0
        self.stored: dict[str, str] = {}
        self.lock = threading.Lock()
        self.open_transactions = self.most_open = 0
        self.transaction_seconds = 0.0
        self.refuse = ""  # a write whose query contains this fails
        self.finished: list[int] = []  # len(writes) as each transaction ended

    def verify_connectivity(self) -> None:
        """Always reachable."""

    def close(self) -> None:
        """Nothing to close."""

    def session(self, database: str | None = None) -> FakeSession:
        return FakeSession(self)

    def execute_query(self, query: str, params: dict[str, Any], **_: Any) -> Any:
        self.queries.append((query, params))
        records: list[dict[str, Any]] = []
        if "AS populated" in query:
            graphs = [[name, digest] for name, digest in sorted(self.stored.items())]
            records = [{"graphs": graphs, "populated": False}]
        return records, None, []


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Replace the driver factory by one that returns a :class:`FakeDriver`."""
    made: dict[str, Any] = {"driver": FakeDriver()}

    def factory(uri: str, auth: Any = None, **config: Any) -> FakeDriver:
        made["auth"] = auth
        return made["driver"]  # type: ignore[no-any-return]

    monkeypatch.setattr(neo4j.GraphDatabase, "driver", factory)
    return made


def test_push_batches_nodes_before_relationships(fake: dict[str, Any]) -> None:
    state = corpus_state()
    with Neo4jWriter(batch_size=4) as writer:
        report = writer.push_state(state)

    writes = fake["driver"].writes
    kinds = ["node" if "SET n = row.props" in q else "rel" for q, _ in writes]
    node_batches = [rows for (_, rows), kind in zip(writes, kinds, strict=True) if kind == "node"]
    assert [len(b) for b in node_batches] == [4, 4, 4, 3]
    assert kinds == ["node"] * 4 + ["rel"] * (len(writes) - 4)
    assert sum(len(rows) for _, rows in writes[4:]) == len(state.rels) == report.rels_created
    assert report.nodes_created == len(state.nodes)


def test_large_push_runs_transactions_at_once_but_stage_by_stage(fake: dict[str, Any]) -> None:
    state = corpus_state()
    driver = fake["driver"]
    driver.transaction_seconds = 0.05
    with Neo4jWriter(workers=2, parallel_min_rows=0) as writer:
        report = writer.push_state(state)

    kinds = ["node" if "SET n = row.props" in q else "rel" for q, _ in driver.writes]
    assert kinds == ["node"] * 4 + ["rel"] * 4, "each stage is two transactions per worker"
    assert driver.most_open == 2
    assert driver.finished[3] == 4, "all node transactions end before a relationship one runs"
    written = [row for _, rows in driver.writes for row in rows]
    assert (
        len(written)
        == len(state.nodes) + len(state.rels)
        == report.nodes_created + (report.rels_created)
    )


def test_a_failed_concurrent_write_stops_the_push_before_the_next_stage(
    fake: dict[str, Any],
) -> None:
    driver = fake["driver"]
    driver.refuse = "CREATE (n:Resource)"
    with Neo4jWriter(workers=2, parallel_min_rows=0) as writer, pytest.raises(Neo4jWriteError):
        writer.push_state(corpus_state())
    assert driver.writes == [], "no relationship is written after the nodes failed"
    marks = [p["rows"] for q, p in driver.queries if "SET g.digest" in q]
    assert not any(row["digest"] for rows in marks for row in rows), "no graph marked pushed"


def test_a_small_push_stays_in_one_transaction_whatever_the_workers(
    fake: dict[str, Any],
) -> None:
    with Neo4jWriter(workers=4) as writer:
        writer.push_state(corpus_state())
    assert fake["driver"].transactions == 1
    assert fake["driver"].most_open == 1


def test_an_empty_database_gets_the_plan_that_reads_nothing() -> None:
    state = corpus_state()
    assert plan_creates(state) == plan_changes(state, {}, {}, set(state.digests))
    assert plan_creates(state).size == len(state.nodes) + len(state.rels)


def test_workers_must_be_positive(fake: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError, match="workers"):
        Neo4jWriter(workers=0)


def test_new_relationships_carry_checked_types_as_parameters(fake: dict[str, Any]) -> None:
    state = corpus_state()
    with Neo4jWriter() as writer:
        writer.push_state(state)

    driver = fake["driver"]
    rel_writes = [
        (rows, uris)
        for (q, rows), uris in zip(driver.writes, driver.ends, strict=True)
        if "CREATE (a)-[r:" in q
    ]
    written = {
        RelKey(uris[row["s"]], row["type"], uris[row["e"]])
        for rows, uris in rel_writes
        for row in rows
    }
    assert written == set(state.rels)
    assert len(rel_writes) == 1
    rows, uris = rel_writes[0]
    assert len(uris) == len(set(uris)) < 2 * len(rows), "each end node is sent once"


def test_a_type_outside_the_mapping_is_refused_before_anything_is_sent() -> None:
    hostile = "SPEAKER]->(b) DETACH DELETE a //"
    with pytest.raises(UnknownTermError):
        typed_rows([(RelKey("urn:a", hostile, "urn:b"), ("g",))])
    with pytest.raises(UnknownTermError):
        with_rel_type("MERGE (a)-[r:REL_TYPE]->(b)", hostile)


def test_lookup_queries_have_one_static_type_each() -> None:
    keys = [RelKey("urn:a", t, "urn:b") for t in ("SPEAKER", "ADDRESSEE", "SPEAKER")]
    jobs = by_type(MERGE_RELS, ((k, ("g",)) for k in keys))
    assert [len(rows) for _, rows in jobs] == [1, 2]
    assert ["[r:ADDRESSEE]" in jobs[0][0], "[r:SPEAKER]" in jobs[1][0]] == [True, True]


def test_push_marks_stored_graphs_unfinished_first_and_all_done_last(
    fake: dict[str, Any],
) -> None:
    state = corpus_state()
    stale = sorted(state.digests)[:2]
    fake["driver"].stored = dict.fromkeys(stale, "an older digest")
    with Neo4jWriter() as writer:
        writer.push_state(state)
    marks = [p["rows"] for q, p in fake["driver"].queries if "SET g.digest" in q]
    assert marks[0] == [{"name": name, "digest": None} for name in stale]
    assert [row["name"] for row in marks[-1]] == sorted(state.digests)
    assert all(row["digest"] for row in marks[-1])


def test_push_of_new_graphs_writes_each_digest_once(fake: dict[str, Any]) -> None:
    with Neo4jWriter() as writer:
        writer.push_state(corpus_state())
    marks = [p["rows"] for q, p in fake["driver"].queries if "SET g.digest" in q]
    assert len(marks) == 1
    assert all(row["digest"] for row in marks[0])


def test_small_jobs_share_a_transaction(fake: dict[str, Any]) -> None:
    state = corpus_state()
    with Neo4jWriter(batch_size=1000) as writer:
        writer.push_state(state)
    assert fake["driver"].transactions == 1
    assert [len(rows) for _, rows in fake["driver"].writes] == [len(state.nodes), len(state.rels)]


def test_input_values_travel_only_as_parameters(fake: dict[str, Any]) -> None:
    with Neo4jWriter() as writer:
        writer.push_state(corpus_state())
    texts = [q for q, _ in fake["driver"].queries] + [q for q, _ in fake["driver"].writes]
    for text in texts:
        assert not any(h in text for h in HOSTILE)
        assert "test-corpus" not in text
    rows = [row for _, batch in fake["driver"].writes for row in batch]
    assert any(row.get("props", {}).get("name") == HOSTILE[4] for row in rows)


def test_password_comes_only_from_the_environment(
    fake: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEWSGRAPH_NEO4J_PASSWORD", raising=False)
    Neo4jWriter(user="alice")
    assert fake["auth"] is None
    monkeypatch.setenv("NEWSGRAPH_NEO4J_PASSWORD", "s3cret")
    Neo4jWriter(user="alice")
    assert fake["auth"] == ("alice", "s3cret")


# -- the offline script ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", HOSTILE, ids=["quotes", "backslashes", "newlines", "inject", "unicode"]
)
def test_string_literals_escape_everything_that_ends_a_literal(text: str) -> None:
    literal = cypher_literal(text)
    inner = literal[1:-1]
    assert literal[0] == literal[-1] == "'"
    assert not {"\n", "\r", "\u2028"} & set(literal)
    unescaped_quotes = inner.replace("\\\\", "").replace("\\'", "")
    assert "'" not in unescaped_quotes


def test_literals_of_every_value_type() -> None:
    value = {"b": [date(2025, 8, 4), 3, 0.25, False], "a": "x", "odd key": float("inf")}
    assert cypher_literal(value) == (
        "{a: 'x', b: [date('2025-08-04'), 3, 0.25, false], `odd key`: toFloat('inf')}"
    )
    with pytest.raises(WriterError, match="cannot write"):
        cypher_literal(object())


def test_script_statements_are_deterministic_and_split_exactly() -> None:
    statements = cypher_statements(corpus_state())
    assert statements == cypher_statements(corpus_state())
    assert statements[: len(SCHEMA)] == list(SCHEMA)
    text = "// header\n" + "".join(s + ";\n" for s in statements)
    assert split_statements(text) == statements


def test_script_refuses_labels_outside_the_mapping() -> None:
    state = GraphState(nodes={"n:x": NodeState(("Person`) DETACH DELETE n //",), {}, ("g",))})
    with pytest.raises(UnknownTermError):
        cypher_statements(state)


# -- result formatting -------------------------------------------------------------------

COLUMNS = ["name", "day", "aliases", "score", "missing"]
ROWS = [
    [HOSTILE[2], date(2025, 8, 4), ["a", "b"], 0.5, None],
    [Literal("Q22686"), Literal(date(2025, 8, 5)), [], Literal(3), None],
]


def test_json_output_has_plain_values() -> None:
    parsed = json.loads(format_rows(COLUMNS, ROWS, "json"))
    assert parsed[0] == {
        "name": HOSTILE[2],
        "day": "2025-08-04",
        "aliases": ["a", "b"],
        "score": 0.5,
        "missing": None,
    }
    assert parsed[1]["day"] == "2025-08-05"
    assert parsed[1]["score"] == 3


def test_csv_output_round_trips_hostile_text() -> None:
    parsed = list(csv.reader(io.StringIO(format_rows(COLUMNS, ROWS, "csv"))))
    assert parsed[0] == COLUMNS
    assert parsed[1] == [HOSTILE[2], "2025-08-04", '["a", "b"]', "0.5", ""]


def test_table_keeps_one_line_per_row() -> None:
    lines = format_rows(COLUMNS, ROWS, "table").split("\n")
    assert len(lines) == 2 + len(ROWS)
    assert lines[2].startswith("line one\\nline two\\r\\n")
    assert format_rows(COLUMNS, ROWS, "table") == format_rows(COLUMNS, ROWS, "table")


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="unknown output format 'xml'"):
        format_rows(COLUMNS, ROWS, "xml")


@pytest.mark.parametrize(
    "name",
    [
        "newsgraph.graph.neo4j_sync",
        "newsgraph.graph.neo4j_cypher",
        "newsgraph.graph.cypher_script",
        "newsgraph.formatting",
    ],
)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0
    assert result.attempted > 0
