"""Integration tests for build_paths: articles in, one named graph per article out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.namespace import RDF

from newsgraph.errors import LoaderError
from newsgraph.graph.store import REFERENCE_GRAPH, KnowledgeGraph
from newsgraph.ontology.namespaces import NIF, NKG
from newsgraph.pipeline import build_paths

pytestmark = pytest.mark.model

CITY = (
    "March 3, 2025\nBy Lee Park\n"
    "The mayor of Springfield, Tom Hale, said the bridge would reopen soon. "
    "Residents urged the city council to repair the roads before winter.\n"
)
NURSES = (
    "Rita Moreno, the head of the nurses union, warned that hospitals were understaffed.\n"
    "\u201cWe cannot wait any longer,\u201d she said.\n"
)
CITY_EDITED = CITY.replace("reopen soon", "reopen next month")


@pytest.fixture(scope="module")
def nlp() -> object:
    """Load the spaCy pipeline once for the module (build_paths reuses the cached one)."""
    from newsgraph.loaders.mapping.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "city.txt").write_text(CITY, encoding="utf-8")
    (folder / "nurses.txt").write_text(NURSES, encoding="utf-8")
    return folder


@pytest.fixture
def kg(nlp: object) -> Iterator[KnowledgeGraph]:
    store = KnowledgeGraph()
    yield store
    store.close()


def article_by_text(kg: KnowledgeGraph, needle: str) -> URIRef:
    (found,) = [
        name for name, g in kg.iter_graphs(False) if needle in str(g.value(name, NIF.isString))
    ]
    return found


def snapshot(kg: KnowledgeGraph) -> dict[URIRef, set[tuple[object, object, object]]]:
    return {name: set(graph) for name, graph in kg.iter_graphs()}


def test_build_stores_one_graph_per_article(kg: KnowledgeGraph, corpus: Path) -> None:
    report = build_paths([corpus], kg)
    assert [Path(a.source).name for a in report.articles] == ["city.txt", "nurses.txt"]
    assert len(kg.articles()) == 2
    assert REFERENCE_GRAPH in kg.graph_names()
    assert sorted(a.iri for a in report.articles) == [str(n) for n in kg.articles()]
    assert report.triples == sum(len(kg.named_graph(n)) for n in kg.articles())
    assert report.statements >= 2
    assert report.appeals >= 1


def test_each_article_graph_holds_its_own_facts(kg: KnowledgeGraph, corpus: Path) -> None:
    build_paths([corpus], kg)
    city = kg.named_graph(article_by_text(kg, "Springfield"))
    nurses = kg.named_graph(article_by_text(kg, "nurses union"))
    assert any(city.subjects(RDF.type, NKG.Appeal))
    assert any(nurses.subjects(RDF.type, NKG.Statement))
    assert set(city.subjects(NKG.reportedIn, None)).isdisjoint(
        set(nurses.subjects(NKG.reportedIn, None))
    )


def test_rebuilding_the_same_files_changes_nothing(kg: KnowledgeGraph, corpus: Path) -> None:
    build_paths([corpus], kg)
    before = snapshot(kg)
    build_paths([corpus], kg)
    assert snapshot(kg) == before


Snapshot = dict[URIRef, set[tuple[object, object, object]]]


def rebuild_edited_city(kg: KnowledgeGraph, corpus: Path) -> tuple[Snapshot, URIRef, URIRef]:
    build_paths([corpus], kg)
    before = snapshot(kg)
    old_city = article_by_text(kg, "reopen soon")
    (corpus / "city.txt").write_text(CITY_EDITED, encoding="utf-8")
    build_paths([corpus / "city.txt"], kg)
    return before, old_city, article_by_text(kg, "reopen next month")


def test_rebuilding_a_changed_article_stores_its_new_facts_and_leaves_the_other(
    kg: KnowledgeGraph, corpus: Path
) -> None:
    before, _, new_city = rebuild_edited_city(kg, corpus)
    nurses = article_by_text(kg, "nurses union")
    assert set(kg.named_graph(nurses)) == before[nurses]
    city = kg.named_graph(new_city)
    contents = [
        str(city.value(span, NIF.anchorOf))
        for statement in city.subjects(RDF.type, NKG.Statement)
        for span in city.objects(statement, NKG.contentSpan)
    ]
    assert any("next month" in content for content in contents), contents


def test_rebuilding_a_changed_article_drops_its_old_facts(kg: KnowledgeGraph, corpus: Path) -> None:
    _, old_city, new_city = rebuild_edited_city(kg, corpus)
    assert old_city != new_city
    assert len(kg.articles()) == 2
    assert len(kg.named_graph(old_city)) == 0


def test_a_bad_file_stops_the_build_before_anything_is_stored(
    kg: KnowledgeGraph, corpus: Path
) -> None:
    build_paths([corpus / "nurses.txt"], kg)
    before = snapshot(kg)
    (corpus / "bad.txt").write_bytes("Caf\u00e9 au lait.\n".encode("latin-1"))
    (corpus / "zz-new.txt").write_text(
        "A brand new article says nothing at all.\n", encoding="utf-8"
    )
    with pytest.raises(LoaderError, match=r"bad\.txt"):
        build_paths([corpus], kg)
    assert snapshot(kg) == before
    assert len(kg.articles()) == 1


def test_a_missing_path_stops_the_build_before_anything_is_stored(
    kg: KnowledgeGraph, corpus: Path
) -> None:
    with pytest.raises(LoaderError, match="nowhere"):
        build_paths([corpus, corpus / "nowhere.txt"], kg)
    assert kg.graph_names() == []
