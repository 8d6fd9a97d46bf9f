"""A small hand-built multi-article corpus for store, projection and Neo4j tests.

Three articles and the reference graph: an actor shared by two articles (with a property and
an alias that only one of them gives), facts only one article supports, every datatype of the
mapping (string, multi-valued string, date, integer, double, boolean) and hostile strings.
"""

from __future__ import annotations

from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from newsgraph.graph import iri
from newsgraph.graph.store import REFERENCE_GRAPH, KnowledgeGraph
from newsgraph.ontology.mapping import class_for_label, types_for
from newsgraph.ontology.namespaces import CAMEO, NIF, RDFS, SKOS
from newsgraph.ontology.vocab import V

Triple = tuple[Node, Node, Node]

#: Strings that break naive quoting in Cypher, JSON, CSV or shells; must survive verbatim.
HOSTILE = (
    'O\'Brien said "no"',
    "back\\slash \\' \\\" \\n and `backticks` {braces} $param ${x}",
    "line one\nline two\r\n\ttabbed; MATCH (n) DETACH DELETE n //",
    "'}) DETACH DELETE n WITH 1 AS x MERGE (m {uri: '",
    "ünïcødé — «quotes» 😀 中文 \u2028 sep \u0007 bell",
)

A1 = iri.article_iri("test://corpus/article-1")
A2 = iri.article_iri("test://corpus/article-2")
A3 = iri.article_iri("test://corpus/article-3")
TRUMP = iri.actor_iri("person", "Donald Trump")
NETANYAHU = iri.actor_iri("person", "Benjamin Netanyahu")
HAMAS = iri.actor_iri("org", "Hamas")
ISRAEL = iri.actor_iri("country", "isr")
STATEMENT = iri.event_iri("statement", "trump", "a1")
APPEAL = iri.event_iri("appeal", "netanyahu", "trump", "a2")
PRESSURE = iri.event_iri("pressure", "trump", "hamas")
HOSTILE_ACTOR = iri.actor_iri("group", "hostile group")
CODE_010 = iri.cameo_iri("010")
CODE_020 = iri.cameo_iri("020")
SCHEME = CAMEO["scheme"]


def typed(subject: URIRef, cls: str) -> list[Triple]:
    """Return the rdf:type triples of ``subject`` for the class labelled ``cls`` and its parents."""
    return [(subject, RDF.type, t) for t in types_for(class_for_label(cls))]


def article_1() -> list[Triple]:
    """Trump makes a statement; only this article gives his Wikidata id and one alias."""
    mention = iri.mention_iri(A1, 10, 52)
    return [
        *typed(A1, "Article"),
        (A1, V.headline, Literal(HOSTILE[0])),
        (A1, V.datePublished, Literal(date(2025, 8, 4))),
        (A1, V.mentions, TRUMP),
        *typed(TRUMP, "Person"),
        (TRUMP, RDFS.label, Literal("Donald Trump")),
        (TRUMP, V.alias, Literal("Trump")),
        (TRUMP, V.wikidataId, Literal("Q22686")),
        *typed(STATEMENT, "Statement"),
        (STATEMENT, V.speaker, TRUMP),
        (STATEMENT, V.about, ISRAEL),
        (STATEMENT, V.reportedIn, A1),
        (STATEMENT, V.eventType, CODE_010),
        (STATEMENT, V.reportedDate, Literal(date(2025, 8, 4))),
        (STATEMENT, V.quote, Literal(HOSTILE[1])),
        (STATEMENT, V.confidence, Literal(0.9)),
        (STATEMENT, V.direct, Literal(True)),
        (STATEMENT, V.evidence, mention),
        *typed(mention, "Quotation"),
        (mention, NIF.beginIndex, Literal(10)),
        (mention, NIF.endIndex, Literal(52)),
        (mention, NIF.anchorOf, Literal(HOSTILE[2])),
        (mention, NIF.referenceContext, A1),
        *typed(ISRAEL, "Country"),
        (ISRAEL, RDFS.label, Literal("Israel")),
    ]


def article_2() -> list[Triple]:
    """Netanyahu appeals to Trump to pressure Hamas; a second alias for Trump."""
    return [
        *typed(A2, "Article"),
        (A2, V.datePublished, Literal(date(2025, 8, 5))),
        (A2, V.mentions, TRUMP),
        (A2, V.mentions, NETANYAHU),
        *typed(TRUMP, "Person"),
        (TRUMP, RDFS.label, Literal("Donald Trump")),
        (TRUMP, V.alias, Literal("The Donald")),
        *typed(NETANYAHU, "Person"),
        (NETANYAHU, RDFS.label, Literal("Benjamin Netanyahu")),
        (NETANYAHU, V.alias, Literal("Bibi")),
        *typed(APPEAL, "Appeal"),
        (APPEAL, V.speaker, NETANYAHU),
        (APPEAL, V.addressee, TRUMP),
        (APPEAL, V.requestedAction, PRESSURE),
        (APPEAL, V.eventType, CODE_020),
        (APPEAL, V.reportedIn, A2),
        (APPEAL, V.modality, Literal("asserted")),
        *typed(PRESSURE, "Event"),
        (PRESSURE, V.agent, TRUMP),
        (PRESSURE, V.patient, HAMAS),
        (PRESSURE, V.modality, Literal("requested")),
        *typed(HAMAS, "Organization"),
        (HAMAS, RDFS.label, Literal("Hamas")),
        (HAMAS, V.memberCountMin, Literal(1000)),
    ]


def article_3() -> list[Triple]:
    """A group with hostile names, members of Hamas."""
    return [
        *typed(A3, "Article"),
        (A3, V.headline, Literal(HOSTILE[3])),
        (A3, V.mentions, HOSTILE_ACTOR),
        *typed(HOSTILE_ACTOR, "Group"),
        (HOSTILE_ACTOR, RDFS.label, Literal(HOSTILE[4])),
        *[(HOSTILE_ACTOR, V.alias, Literal(text)) for text in HOSTILE],
        (HOSTILE_ACTOR, V.memberOf, HAMAS),
        *typed(HAMAS, "Organization"),
        (HAMAS, RDFS.label, Literal("Hamas")),
    ]


def reference() -> list[Triple]:
    """Two CAMEO codes in a scheme, as the codebook stores them."""
    triples: list[Triple] = [*typed(SCHEME, "ConceptScheme")]
    triples.append((SCHEME, RDFS.label, Literal("CAMEO")))
    for code, label, goldstein in ((CODE_010, "Make statement", 0.0), (CODE_020, "Appeal", 3.0)):
        triples += [
            *typed(code, "CameoEventType"),
            (code, SKOS.notation, Literal(str(code).rsplit("/", 1)[-1])),
            (code, SKOS.prefLabel, Literal(label)),
            (code, V.goldstein, Literal(goldstein)),
            (code, SKOS.inScheme, SCHEME),
        ]
    return triples


def corpus_graphs() -> dict[URIRef, list[Triple]]:
    """Return the corpus as named graph -> triples."""
    return {A1: article_1(), A2: article_2(), A3: article_3(), REFERENCE_GRAPH: reference()}


def build_corpus(kg: KnowledgeGraph | None = None) -> KnowledgeGraph:
    """Store the corpus in ``kg`` (a fresh in-memory store by default) and return it."""
    kg = kg if kg is not None else KnowledgeGraph()
    for name, triples in corpus_graphs().items():
        kg.replace_graph(name, triples)
    return kg
