"""Every named question gives identical rows in SPARQL (store) and Cypher (real Neo4j).

The multi-article corpus (sample, test articles and PolNeAR texts when present) is pushed to
the server once; each case's parameter values are chosen so that the answer is not empty.
"""

from __future__ import annotations

from typing import Any

import pytest
from rdflib.term import Node

from newsgraph.graph.neo4j import Neo4jWriter
from newsgraph.graph.store import KnowledgeGraph
from newsgraph.ontology.mapping import PROPERTIES
from newsgraph.queries import all_queries, run_named
from newsgraph.queries.sparql import prefixed

pytestmark = [pytest.mark.neo4j, pytest.mark.model]

CASES: list[tuple[str, dict[str, str]]] = [
    ("actor_activity", {}),
    ("actor_said", {"actor": "CIS"}),
    ("actor_said", {"actor": "maria lindqvist"}),
    ("actor_timeline", {"actor": "Maria Lindqvist"}),
    ("actor_timeline", {"actor": "Commanders for Israel’s Security"}),
    ("appeals", {}),
    ("appeals_seeking", {"code": "0871"}),
    ("appeals_seeking", {"code": "0841"}),
    ("articles", {}),
    ("asked_to_act_on", {}),
    ("co_appearing", {}),
    ("evidence", {"fact": "appeal with code 0256"}),
    ("evidence", {"fact": "role of Maria Lindqvist"}),
    ("group_composition", {"group": "CIS"}),
    ("group_composition", {"group": "600+ former senior Israeli security officials"}),
    ("quotations", {}),
    ("roles_as_of", {"actor": "Lindqvist", "date": "2025-03-31"}),
    ("roles_as_of", {"actor": "Donald Trump", "date": "2025-12-31"}),
]


@pytest.fixture(scope="module")
def pushed(neo4j_uri: str, multi_kg: KnowledgeGraph) -> str:
    """Empty the test database, push the multi-article corpus, and return the server URI."""
    with Neo4jWriter(neo4j_uri) as writer:
        writer.run_cypher("MATCH (n) DETACH DELETE n", write=True)
        report = writer.push(multi_kg)
    assert report.nodes_created > 0
    return neo4j_uri


def _fact(kg: KnowledgeGraph, description: str) -> str:
    if description == "appeal with code 0256":
        _, rows = run_named("appeals", {}, store=kg)
        return str(next(row[-1] for row in rows if row[2] == "0256"))
    query = 'SELECT ?ra WHERE { ?who rdfs:label "Maria Lindqvist" ; nkg:holds ?ra }'
    return str(kg.query(prefixed(query))[0]["ra"])


def _values(kg: KnowledgeGraph, values: dict[str, str]) -> dict[str, str]:
    return {k: _fact(kg, v) if k == "fact" else v for k, v in values.items()}


def test_store_gives_each_node_one_value_per_single_valued_key(multi_kg: KnowledgeGraph) -> None:
    # A property-graph key holds one value; two labels on one node cannot agree across backends.
    conflicts = []
    for _, graph in multi_kg.iter_graphs(include_reference=False):
        for prop in (p for p in PROPERTIES if not p.multi):
            values: dict[Node, set[Node]] = {}
            for subject, value in graph.subject_objects(prop.iri):
                values.setdefault(subject, set()).add(value)
            conflicts += [
                (str(s), prop.key, sorted(map(str, v))) for s, v in values.items() if len(v) > 1
            ]
    assert conflicts == [], "nodes with several values for a single-valued key"


def test_every_question_has_a_parity_case() -> None:
    assert {name for name, _ in CASES} == {q.name for q in all_queries()}


@pytest.mark.parametrize(
    ("name", "values"), CASES, ids=[f"{n}-{'-'.join(v.values())}" for n, v in CASES]
)
def test_sparql_and_cypher_give_identical_rows(
    pushed: str, multi_kg: KnowledgeGraph, name: str, values: dict[str, Any]
) -> None:
    values = _values(multi_kg, values)
    from_store = run_named(name, values, backend="rdf", store=multi_kg)
    from_neo4j = run_named(name, values, backend="neo4j", neo4j=(pushed, "neo4j", None))
    assert from_store[1], f"choose parameter values present in the data for {name}"
    assert from_neo4j == from_store
