"""Tests for the Oxigraph-backed KnowledgeGraph: named graphs, persistence, locking, queries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD

from newsgraph.errors import QueryError, StoreError
from newsgraph.graph.store import REFERENCE_GRAPH, KnowledgeGraph, normalize_literal

EX = "http://example.org/"
A, B = URIRef(EX + "article/a"), URIRef(EX + "article/b")
ALICE, BOB, KNOWS = URIRef(EX + "alice"), URIRef(EX + "bob"), URIRef(EX + "knows")


def triples_a() -> list[tuple[URIRef, URIRef, Literal | URIRef]]:
    return [(ALICE, RDFS.label, Literal("Alice")), (ALICE, KNOWS, BOB)]


def triples_b() -> list[tuple[URIRef, URIRef, Literal | URIRef]]:
    return [(BOB, RDFS.label, Literal("Bob")), (BOB, KNOWS, ALICE)]


@pytest.fixture(params=["memory", "disk"])
def kg(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[KnowledgeGraph]:
    store = KnowledgeGraph(tmp_path / "kg" if request.param == "disk" else None)
    yield store
    store.close()


def fill(kg: KnowledgeGraph) -> None:
    kg.replace_graph(A, triples_a())
    kg.replace_graph(B, triples_b())


def test_new_store_is_empty(kg: KnowledgeGraph) -> None:
    assert (kg.articles(), kg.graph_names(), len(kg)) == ([], [], 0)


def test_replace_graph_stores_and_counts(kg: KnowledgeGraph) -> None:
    assert kg.replace_graph(A, triples_a()) == 2
    assert set(kg.named_graph(A)) == set(triples_a())
    assert len(kg) == 2


def test_replace_graph_replaces_only_that_graph(kg: KnowledgeGraph) -> None:
    fill(kg)
    new = [(ALICE, RDFS.label, Literal("Alice Smith"))]
    kg.replace_graph(A, new)
    assert set(kg.named_graph(A)) == set(new)
    assert set(kg.named_graph(B)) == set(triples_b())


def test_remove_graph_removes_only_that_graph(kg: KnowledgeGraph) -> None:
    fill(kg)
    kg.remove_graph(A)
    kg.remove_graph(URIRef(EX + "never-stored"))  # no error
    assert kg.articles() == [B]
    assert len(kg.named_graph(A)) == 0
    assert set(kg.named_graph(B)) == set(triples_b())


def test_shared_triples_survive_removing_one_article(kg: KnowledgeGraph) -> None:
    shared = (ALICE, RDFS.label, Literal("Alice"))
    kg.replace_graph(A, [shared])
    kg.replace_graph(B, [shared])
    kg.remove_graph(A)
    assert shared in kg.union()


def test_articles_exclude_the_reference_graph(kg: KnowledgeGraph) -> None:
    fill(kg)
    reference = Graph()
    reference.add((URIRef(EX + "Thing"), RDFS.label, Literal("Thing")))
    kg.ensure_reference_data(reference)
    assert kg.articles() == [A, B]
    assert kg.graph_names() == sorted([A, B, REFERENCE_GRAPH])
    assert (URIRef(EX + "Thing"), RDFS.label, Literal("Thing")) in kg.union()
    assert (URIRef(EX + "Thing"), RDFS.label, Literal("Thing")) not in kg.union(
        include_reference=False
    )


def test_union_merges_all_article_graphs(kg: KnowledgeGraph) -> None:
    fill(kg)
    assert set(kg.union()) == set(triples_a()) | set(triples_b())
    assert [name for name, _ in kg.iter_graphs()] == [A, B]


def test_store_persists_across_close_and_reopen(tmp_path: Path) -> None:
    folder = tmp_path / "nested" / "kg"
    with KnowledgeGraph(folder) as kg:
        fill(kg)
        kg.replace_graph(A, [(ALICE, RDFS.label, Literal("Alice Smith"))])
    with KnowledgeGraph(folder) as again:
        assert again.articles() == [A, B]
        assert set(again.named_graph(A)) == {(ALICE, RDFS.label, Literal("Alice Smith"))}
        assert set(again.named_graph(B)) == set(triples_b())


def test_closing_twice_is_harmless_and_frees_the_folder(tmp_path: Path) -> None:
    kg = KnowledgeGraph(tmp_path / "kg")
    kg.close()
    kg.close()
    with KnowledgeGraph(tmp_path / "kg") as again:
        assert again.articles() == []


def test_named_graph_keeps_every_kind_of_term(kg: KnowledgeGraph) -> None:
    node = BNode("b1")
    stored = [
        (ALICE, RDFS.label, Literal("Alice", lang="en")),
        (ALICE, RDFS.comment, Literal("plain")),
        (ALICE, URIRef(EX + "age"), Literal(42)),
        (ALICE, KNOWS, node),
        (node, RDFS.label, Literal("x", datatype=XSD.string)),
    ]
    kg.replace_graph(A, stored)
    expected = {*stored[:4], (node, RDFS.label, Literal("x"))}
    assert set(kg.named_graph(A)) == expected


def test_opening_a_locked_folder_raises_store_error_naming_it(tmp_path: Path) -> None:
    folder = tmp_path / "kg"
    with KnowledgeGraph(folder), pytest.raises(StoreError) as info:
        KnowledgeGraph(folder)
    assert str(folder) in str(info.value)


def test_path_that_is_a_file_raises_store_error(tmp_path: Path) -> None:
    file = tmp_path / "kg.ttl"
    file.write_text("not a store", encoding="utf-8")
    with pytest.raises(StoreError, match="not a folder"):
        KnowledgeGraph(file)
    assert file.read_text(encoding="utf-8") == "not a store"


SELECT_ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"


def test_select_returns_columns_and_rows(kg: KnowledgeGraph) -> None:
    fill(kg)
    columns, rows = kg.select(SELECT_ALL)
    assert columns == ["s", "p", "o"]
    assert len(rows) == 4


def test_query_binds_a_literal(kg: KnowledgeGraph) -> None:
    fill(kg)
    query = f"SELECT ?s ?name WHERE {{ ?s <{RDFS.label}> ?name }}"
    rows = kg.query(query, {"name": Literal("Bob")})
    assert rows == [{"s": BOB, "name": Literal("Bob")}]


def test_query_binds_an_iri(kg: KnowledgeGraph) -> None:
    fill(kg)
    rows = kg.query(f"SELECT ?s ?o WHERE {{ ?s <{KNOWS}> ?o }}", {"s": ALICE})
    assert rows == [{"s": ALICE, "o": BOB}]


def test_bound_value_is_not_spliced_into_the_query(kg: KnowledgeGraph) -> None:
    fill(kg)
    hostile = Literal('Bob" } UNION { ?s ?p ?name } #')
    assert kg.query(f"SELECT ?s ?name WHERE {{ ?s <{RDFS.label}> ?name }}", {"name": hostile}) == []


def test_query_leaves_unbound_variables_out(kg: KnowledgeGraph) -> None:
    fill(kg)
    rows = kg.query(
        f"SELECT ?s ?o WHERE {{ ?s <{RDFS.label}> ?l OPTIONAL {{ ?s <{EX}none> ?o }} }} ORDER BY ?s"
    )
    assert rows == [{"s": ALICE}, {"s": BOB}]
    assert kg.select(
        f"SELECT ?o WHERE {{ <{ALICE}> <{RDFS.label}> ?l OPTIONAL {{ ?x <{EX}none> ?o }} }}"
    )[1] == [[None]]


def test_query_binds_a_variable_that_is_not_projected(kg: KnowledgeGraph) -> None:
    fill(kg)
    assert kg.query(f"SELECT ?s WHERE {{ ?s <{KNOWS}> ?o }}", {"o": BOB}) == [{"s": ALICE}]


@pytest.mark.parametrize(
    "sparql",
    [
        "ASK { ?s ?p ?o }",
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "DESCRIBE <http://example.org/alice>",
    ],
)
def test_non_select_query_raises_query_error(kg: KnowledgeGraph, sparql: str) -> None:
    with pytest.raises(QueryError, match="only SELECT"):
        kg.select(sparql)


@pytest.mark.parametrize(
    "sparql",
    [
        "SELEC ?s WHERE { ?s ?p ?o }",
        "SELECT ?s WHERE { ?s ?p }",
        "INSERT DATA { <a:b> <a:b> <a:b> }",
    ],
)
def test_bad_or_updating_query_raises_query_error(kg: KnowledgeGraph, sparql: str) -> None:
    fill(kg)
    with pytest.raises(QueryError):
        kg.query(sparql)
    assert len(kg) == 4


def test_xsd_string_literals_are_normalised(kg: KnowledgeGraph) -> None:
    kg.replace_graph(
        A, [(ALICE, RDFS.label, Literal("Alice", datatype=XSD.string)), (ALICE, KNOWS, Literal(3))]
    )
    stored = set(kg.named_graph(A))
    assert (ALICE, RDFS.label, Literal("Alice")) in stored
    assert (ALICE, KNOWS, Literal(3)) in stored
    (row,) = kg.query(f"SELECT ?l WHERE {{ ?s <{RDFS.label}> ?l }}")
    assert row["l"] == Literal("Alice")
    assert row["l"].datatype is None


def test_normalize_literal_keeps_other_terms() -> None:
    assert normalize_literal(Literal("x", datatype=XSD.string)).datatype is None
    assert normalize_literal(Literal("x", lang="en")) == Literal("x", lang="en")
    assert normalize_literal(Literal(1)) == Literal(1)
    assert normalize_literal(ALICE) == ALICE
