"""The mapping table and ontology.ttl agree term by term, kind by kind, range by range."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from newsgraph.errors import UnknownTermError
from newsgraph.ontology import NKG, load_ontology_graph, types_for
from newsgraph.ontology.mapping import CLASSES, PROPERTIES, RELATIONS

_KIND = {"class": OWL.Class, "relation": OWL.ObjectProperty, "property": OWL.DatatypeProperty}


def _is_nkg(term: URIRef) -> bool:
    return str(term).startswith(str(NKG))


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology_graph()


def _mapped() -> list[tuple[str, URIRef]]:
    rows = [("class", r.iri) for r in CLASSES]
    rows += [("relation", r.iri) for r in RELATIONS]
    rows += [("property", r.iri) for r in PROPERTIES]
    return [(kind, iri) for kind, iri in rows if _is_nkg(iri)]


@pytest.mark.parametrize(("kind", "iri"), _mapped(), ids=lambda v: str(v).rsplit("#")[-1])
def test_every_mapped_term_is_declared_with_its_kind(onto: Graph, kind: str, iri: URIRef) -> None:
    assert set(onto.objects(iri, RDF.type)) == {_KIND[kind]}
    assert onto.value(iri, RDFS.label) is not None
    assert onto.value(iri, RDFS.comment) is not None


def test_every_declared_nkg_term_is_mapped(onto: Graph) -> None:
    declared = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef) and _is_nkg(s)}
    assert declared == {iri for _, iri in _mapped()}


def test_no_outside_term_is_declared(onto: Graph) -> None:
    outside = {s for s, o in onto.subject_objects(RDF.type) if not _is_nkg(s) and o != OWL.Ontology}
    assert outside == set()


@pytest.mark.parametrize("row", [p for p in PROPERTIES if _is_nkg(p.iri)], ids=lambda p: p.key)
def test_datatype_property_range_is_the_mapped_datatype(onto: Graph, row: object) -> None:
    assert list(onto.objects(row.iri, RDFS.range)) == [row.datatype]  # type: ignore[attr-defined]


@pytest.mark.parametrize("row", [c for c in CLASSES if _is_nkg(c.iri)], ids=lambda c: c.label)
def test_nkg_superclasses_are_the_mapped_parents(onto: Graph, row: object) -> None:
    supers = {o for o in onto.objects(row.iri, RDFS.subClassOf) if _is_nkg(o) or o == SKOS.Concept}  # type: ignore[attr-defined]
    assert supers == set(row.parents)  # type: ignore[attr-defined]


def test_alignment_uses_subclass_only(onto: Graph) -> None:
    assert not list(onto.triples((None, OWL.equivalentClass, None)))
    assert (NKG.Person, RDFS.subClassOf, URIRef("https://schema.org/Person")) in onto
    assert (NKG.Actor, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Agent")) in onto


@pytest.mark.parametrize("span", ["speakerSpan", "cueSpan", "contentSpan", "addresseeSpan"])
def test_spans_are_evidence(onto: Graph, span: str) -> None:
    assert (NKG[span], RDFS.subPropertyOf, NKG.evidence) in onto
    assert onto.value(NKG[span], RDFS.range) == NKG.Mention


def test_in_sentence_links_mention_to_sentence(onto: Graph) -> None:
    assert onto.value(NKG.inSentence, RDFS.domain) == NKG.Mention
    assert onto.value(NKG.inSentence, RDFS.range) == NKG.Sentence


def test_ontology_header_has_a_version(onto: Graph) -> None:
    header = onto.value(None, RDF.type, OWL.Ontology)
    assert onto.value(header, OWL.versionInfo) is not None


def test_types_for_follows_all_parents() -> None:
    assert types_for(NKG.Country) == (NKG.Actor, NKG.Country, NKG.Place)
    assert set(types_for(NKG.Proposal)) == {
        NKG.Appeal,
        NKG.CommunicativeAct,
        NKG.Event,
        NKG.Proposal,
    }
    assert set(types_for(NKG.CameoEventType)) == {NKG.CameoEventType, SKOS.Concept}


def test_types_for_rejects_unknown_class() -> None:
    with pytest.raises(UnknownTermError, match="Persn"):
        types_for(NKG.Persn)
