"""The one mapping table between the ontology and the property-graph (Neo4j) model.

Every writer reads this table: the RDF writer materialises the types listed here, the Neo4j
writer takes labels, relationship types and property keys only from it, the networkx projection
and the HTML view use the same names. Nothing else in the code base spells a label twice.

Each ontology class maps to one label of the same local name; an instance carries the labels
of its class and of all its ``nkg`` superclasses (``Person`` -> ``:Actor:Person``). Each object
property maps to one relationship type, each datatype property to one node property key.

Integers are ``xsd:integer`` rather than the ``xsd:long`` that n10s exports: Oxigraph, the
embedded store, canonicalises every integer type to ``xsd:integer``, and a datatype that does
not survive a store round trip would break the RDF/Neo4j parity.

To extend the ontology, add the term to ``ontology.ttl`` and a row here; the consistency test
(``tests/ontology/test_mapping.py``) fails until both agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import URIRef

from newsgraph.errors import UnknownTermError
from newsgraph.ontology.namespaces import ITSRDF, NIF, NKG, PROV, RDFS, SKOS, XSD

__all__ = [
    "CLASSES",
    "PROPERTIES",
    "RELATIONS",
    "ClassMapping",
    "PropertyMapping",
    "RelationMapping",
    "class_for_label",
    "label_for",
    "labels_for",
    "predicate_for_key",
    "predicate_for_type",
    "property_for",
    "relation_for",
    "types_for",
]


@dataclass(frozen=True)
class ClassMapping:
    """An ontology class, its property-graph label and its direct ``nkg`` superclasses."""

    iri: URIRef
    label: str
    parents: tuple[URIRef, ...] = ()


@dataclass(frozen=True)
class RelationMapping:
    """An object property and the relationship type it becomes."""

    iri: URIRef
    type: str


@dataclass(frozen=True)
class PropertyMapping:
    """A datatype property, its node key, its XSD datatype and whether it is multi-valued."""

    iri: URIRef
    key: str
    datatype: URIRef
    multi: bool = False


def _c(iri: URIRef, label: str, *parents: URIRef) -> ClassMapping:
    return ClassMapping(iri, label, parents)


CLASSES: tuple[ClassMapping, ...] = (
    _c(NKG.Actor, "Actor"),
    _c(NKG.Person, "Person", NKG.Actor),
    _c(NKG.Organization, "Organization", NKG.Actor),
    _c(NKG.Group, "Group", NKG.Actor),
    _c(NKG.Place, "Place"),
    _c(NKG.Country, "Country", NKG.Actor, NKG.Place),
    _c(NKG.Event, "Event"),
    _c(NKG.CommunicativeAct, "CommunicativeAct", NKG.Event),
    _c(NKG.Statement, "Statement", NKG.CommunicativeAct),
    _c(NKG.Appeal, "Appeal", NKG.CommunicativeAct),
    _c(NKG.Proposal, "Proposal", NKG.Appeal),
    _c(NKG.Article, "Article"),
    _c(NKG.Document, "Document"),
    _c(NKG.Mention, "Mention"),
    _c(NKG.Quotation, "Quotation", NKG.Mention),
    _c(NKG.Sentence, "Sentence", NKG.Mention),
    _c(NKG.RoleAssignment, "RoleAssignment"),
    _c(NKG.Role, "Role"),
    _c(SKOS.Concept, "Concept"),
    _c(SKOS.ConceptScheme, "ConceptScheme"),
    _c(NKG.CameoEventType, "CameoEventType", SKOS.Concept),
)

RELATIONS: tuple[RelationMapping, ...] = tuple(
    RelationMapping(iri, rel)
    for iri, rel in (
        (NKG.speaker, "SPEAKER"),
        (NKG.addressee, "ADDRESSEE"),
        (NKG.target, "TARGET"),
        (NKG.requestedAction, "REQUESTED_ACTION"),
        (NKG.about, "ABOUT"),
        (NKG.agent, "AGENT"),
        (NKG.patient, "PATIENT"),
        (NKG.participant, "PARTICIPANT"),
        (NKG.aimsAt, "AIMS_AT"),
        (NKG.place, "PLACE"),
        (NKG.eventType, "EVENT_TYPE"),
        (NKG.medium, "MEDIUM"),
        (NKG.reportedIn, "REPORTED_IN"),
        (NKG.evidence, "EVIDENCE"),
        (NKG.speakerSpan, "SPEAKER_SPAN"),
        (NKG.cueSpan, "CUE_SPAN"),
        (NKG.contentSpan, "CONTENT_SPAN"),
        (NKG.addresseeSpan, "ADDRESSEE_SPAN"),
        (NKG.inSentence, "IN_SENTENCE"),
        (NKG.mentions, "MENTIONS"),
        (NKG.author, "AUTHOR"),
        (NKG.spokenBy, "SPOKEN_BY"),
        (NKG.memberOf, "MEMBER_OF"),
        (NKG.formerMemberOf, "FORMER_MEMBER_OF"),
        (NKG.holds, "HOLDS"),
        (NKG.role, "ROLE"),
        (NKG.inOrganization, "IN_ORGANIZATION"),
        (NKG.country, "COUNTRY"),
        (PROV.wasQuotedFrom, "QUOTED_FROM"),
        (NIF.referenceContext, "REFERENCE_CONTEXT"),
        (ITSRDF.taIdentRef, "REFERS_TO"),
        (SKOS.broader, "BROADER"),
        (SKOS.inScheme, "IN_SCHEME"),
        (SKOS.topConceptOf, "TOP_CONCEPT_OF"),
    )
)

PROPERTIES: tuple[PropertyMapping, ...] = (
    PropertyMapping(RDFS.label, "name", XSD.string),
    PropertyMapping(NKG.alias, "alias", XSD.string, multi=True),
    PropertyMapping(NKG.cameoCode, "cameoCode", XSD.string),
    PropertyMapping(NKG.wikidataId, "wikidataId", XSD.string),
    PropertyMapping(NKG.modality, "modality", XSD.string),
    PropertyMapping(NKG.direct, "direct", XSD.boolean),
    PropertyMapping(NKG.reportedDate, "reportedDate", XSD.date),
    PropertyMapping(NKG.occurredOn, "occurredOn", XSD.date),
    PropertyMapping(NKG.asOf, "asOf", XSD.date),
    PropertyMapping(NKG.quote, "quote", XSD.string),
    PropertyMapping(NKG.headline, "headline", XSD.string),
    PropertyMapping(NKG.url, "url", XSD.string),
    PropertyMapping(NKG.datePublished, "datePublished", XSD.date),
    PropertyMapping(NKG.sourcePath, "sourcePath", XSD.string),
    PropertyMapping(NKG.memberCountMin, "memberCountMin", XSD.integer),
    PropertyMapping(NKG.confidence, "confidence", XSD.double),
    PropertyMapping(NKG.rule, "rule", XSD.string),
    PropertyMapping(NKG.extractorVersion, "extractorVersion", XSD.string),
    PropertyMapping(NKG.sentenceIndex, "sentenceIndex", XSD.integer),
    PropertyMapping(NKG.goldstein, "goldstein", XSD.double),
    PropertyMapping(NKG.quadClass, "quadClass", XSD.integer),
    PropertyMapping(NIF.beginIndex, "beginIndex", XSD.integer),
    PropertyMapping(NIF.endIndex, "endIndex", XSD.integer),
    PropertyMapping(NIF.anchorOf, "anchorOf", XSD.string),
    PropertyMapping(NIF.isString, "text", XSD.string),
    PropertyMapping(SKOS.prefLabel, "prefLabel", XSD.string),
    PropertyMapping(SKOS.altLabel, "altLabel", XSD.string, multi=True),
    PropertyMapping(SKOS.notation, "notation", XSD.string),
    PropertyMapping(SKOS.scopeNote, "scopeNote", XSD.string),
)


#: Every mapping row, of any kind.
Row = ClassMapping | RelationMapping | PropertyMapping


def all_rows() -> tuple[Row, ...]:
    """Return every row of the mapping table: classes, relations, properties."""
    rows: tuple[Row, ...] = (*CLASSES, *RELATIONS, *PROPERTIES)
    return rows


@cache
def _by_iri() -> dict[URIRef, Row]:
    return {row.iri: row for row in all_rows()}


def _lookup(iri: URIRef, kind: type) -> object:
    row = _by_iri().get(URIRef(iri))
    if not isinstance(row, kind):
        raise UnknownTermError(f"{iri} is not a mapped {kind.__name__[:-7].lower()}")
    return row


def label_for(cls: URIRef) -> str:
    """Return the property-graph label of an ontology class.

    Raises:
        UnknownTermError: If ``cls`` is not a mapped class.

    Example:
        >>> label_for(NKG.Person)
        'Person'
    """
    row = _lookup(cls, ClassMapping)
    assert isinstance(row, ClassMapping)
    return row.label


def relation_for(prop: URIRef) -> RelationMapping:
    """Return the mapping row of an object property (its relationship type).

    Raises:
        UnknownTermError: If ``prop`` is not a mapped object property.
    """
    row = _lookup(prop, RelationMapping)
    assert isinstance(row, RelationMapping)
    return row


def property_for(prop: URIRef) -> PropertyMapping:
    """Return the mapping row of a datatype property (its node key and datatype).

    Raises:
        UnknownTermError: If ``prop`` is not a mapped datatype property.
    """
    row = _lookup(prop, PropertyMapping)
    assert isinstance(row, PropertyMapping)
    return row


@cache
def types_for(cls: URIRef) -> tuple[URIRef, ...]:
    """Return ``cls`` and all its mapped superclasses, sorted, as asserted in the data.

    Example:
        >>> [t.split("#")[-1] for t in types_for(NKG.Person)]
        ['Actor', 'Person']
    """
    row = _lookup(cls, ClassMapping)
    assert isinstance(row, ClassMapping)
    found = {row.iri}
    for parent in row.parents:
        found.update(types_for(parent))
    return tuple(sorted(found))


def labels_for(types: object) -> list[str]:
    """Return the sorted labels of the mapped classes among ``types``; others are skipped."""
    rows = _by_iri()
    return sorted(
        row.label
        for t in types  # type: ignore[attr-defined]
        if isinstance(row := rows.get(URIRef(t)), ClassMapping)
    )


@cache
def _reverse() -> dict[str, URIRef]:
    table: dict[str, URIRef] = {}
    for row in CLASSES:
        table["label:" + row.label] = row.iri
    for rel in RELATIONS:
        table["type:" + rel.type] = rel.iri
    for prop in PROPERTIES:
        table["key:" + prop.key] = prop.iri
    return table


def _reverse_lookup(kind: str, name: str) -> URIRef:
    try:
        return _reverse()[f"{kind}:{name}"]
    except KeyError:
        raise UnknownTermError(f"no ontology term maps to {kind} {name!r}") from None


def class_for_label(label: str) -> URIRef:
    """Return the ontology class behind a property-graph label."""
    return _reverse_lookup("label", label)


def predicate_for_type(rel_type: str) -> URIRef:
    """Return the object property behind a relationship type."""
    return _reverse_lookup("type", rel_type)


def predicate_for_key(key: str) -> URIRef:
    """Return the datatype property behind a node property key."""
    return _reverse_lookup("key", key)
