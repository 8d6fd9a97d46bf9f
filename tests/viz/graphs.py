"""Small hand-built graphs for the HTML view tests: the sample's shape, hostile text."""

from __future__ import annotations

import networkx as nx
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from newsgraph.graph import iri
from newsgraph.graph.project import to_property_graph
from newsgraph.ontology.mapping import types_for
from newsgraph.ontology.namespaces import NIF, RDFS, SKOS
from newsgraph.ontology.vocab import V

HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> "it\'s"'

ARTICLE = iri.article_iri("test://hostile-article")
TRUMP = iri.actor_iri("person", "Donald Trump")
NETANYAHU = iri.actor_iri("person", "Benjamin Netanyahu")
CIS = iri.actor_iri("org", "Commanders for Israel's Security")
OFFICIALS = iri.actor_iri("group", "600 former officials")
USA = iri.actor_iri("country", "usa")
APPEAL = iri.event_iri("appeal", "cis", "trump")
STATEMENT = iri.event_iri("statement", "cis")
PRESSURE = iri.event_iri("pressure", "trump", "netanyahu")
CEASEFIRE = iri.event_iri("ceasefire", "gaza")
ROLE = iri.role_iri("President")
ASSIGNMENT = iri.role_assignment_iri(TRUMP, "President", USA)
CODE = iri.cameo_iri("0256")
CONTENT = iri.mention_iri(ARTICLE, 100, 140)
SENTENCE = iri.mention_iri(ARTICLE, 80, 160)

Triple = tuple[URIRef, URIRef, object]


class _Types:
    """``TYPES.Person`` is the list of ``V.Person`` and its superclasses, as data asserts them."""

    def __getattr__(self, name: str) -> list[URIRef]:
        return list(types_for(V[name]))


TYPES = _Types()


def _actors() -> list[Triple]:
    return [
        (TRUMP, RDF.type, TYPES.Person),
        (TRUMP, RDFS.label, Literal("Donald Trump")),
        (TRUMP, V.holds, ASSIGNMENT),
        (ASSIGNMENT, RDF.type, TYPES.RoleAssignment),
        (ASSIGNMENT, V.role, ROLE),
        (ASSIGNMENT, V.inOrganization, USA),
        (ASSIGNMENT, V.asOf, Literal("2025-08-04", datatype=XSD.date)),
        (ROLE, RDF.type, TYPES.Role),
        (ROLE, RDFS.label, Literal("President")),
        (NETANYAHU, RDF.type, TYPES.Person),
        (NETANYAHU, RDFS.label, Literal("Benjamin Netanyahu")),
        (NETANYAHU, V.alias, Literal("Bibi")),
        (CIS, RDF.type, TYPES.Organization),
        (CIS, RDFS.label, Literal("Commanders for Israel's Security")),
        (CIS, V.alias, Literal("CIS")),
        (OFFICIALS, RDF.type, TYPES.Group),
        (OFFICIALS, RDFS.label, Literal("600 former officials")),
        (OFFICIALS, V.memberOf, CIS),
        (USA, RDF.type, TYPES.Country),
        (USA, RDFS.label, Literal("United States")),
    ]


def _acts(headline: str, quote: str) -> list[Triple]:
    return [
        (APPEAL, RDF.type, TYPES.Appeal),
        (APPEAL, RDFS.label, Literal("CIS calls on Trump to pressure Netanyahu")),
        (APPEAL, V.speaker, CIS),
        (APPEAL, V.addressee, TRUMP),
        (APPEAL, V.target, NETANYAHU),
        (APPEAL, V.requestedAction, PRESSURE),
        (APPEAL, V.eventType, CODE),
        (APPEAL, V.reportedIn, ARTICLE),
        (APPEAL, V.quote, Literal(quote)),
        (APPEAL, V.contentSpan, CONTENT),
        (CONTENT, RDF.type, TYPES.Quotation),
        (CONTENT, NIF.anchorOf, Literal(quote)),
        (CONTENT, V.inSentence, SENTENCE),
        (SENTENCE, RDF.type, TYPES.Sentence),
        (SENTENCE, NIF.anchorOf, Literal(f"The letter said: {quote}")),
        (CODE, RDF.type, TYPES.CameoEventType),
        (CODE, SKOS.notation, Literal("0256")),
        (CODE, SKOS.prefLabel, Literal("Appeal for de-escalation")),
        (ARTICLE, RDF.type, TYPES.Article),
        (ARTICLE, V.headline, Literal(headline)),
        (ARTICLE, V.url, Literal("https://example.org/news/1")),
        (ARTICLE, V.datePublished, Literal("2025-08-04", datatype=XSD.date)),
        (STATEMENT, RDF.type, TYPES.Statement),
        (STATEMENT, RDFS.label, Literal("CIS: Hamas is no strategic threat")),
        (STATEMENT, V.speaker, CIS),
        (STATEMENT, V.about, CIS),
        (STATEMENT, V.reportedIn, ARTICLE),
        (PRESSURE, RDF.type, TYPES.Event),
        (PRESSURE, RDFS.label, Literal("Trump pressures Netanyahu")),
        (PRESSURE, V.modality, Literal("requested")),
        (PRESSURE, V.agent, TRUMP),
        (PRESSURE, V.patient, NETANYAHU),
        (PRESSURE, V.aimsAt, CEASEFIRE),
        (CEASEFIRE, RDF.type, TYPES.Event),
        (CEASEFIRE, RDFS.label, Literal("Gaza ceasefire")),
    ]


def graph_triples(
    headline: str = "Ex-security chiefs write to Trump", quote: str = "Stop the war"
) -> list[tuple[URIRef, URIRef, object]]:
    """Return the test triples; ``headline`` and ``quote`` go in verbatim."""
    triples = []
    for s, p, o in _actors() + _acts(headline, quote):
        triples += [(s, p, each) for each in o] if isinstance(o, list) else [(s, p, o)]
    return triples


def make_graph(
    headline: str = "Ex-security chiefs write to Trump", quote: str = "Stop the war"
) -> nx.MultiDiGraph:
    """Return the projected test graph; ``headline`` and ``quote`` go in verbatim."""
    return to_property_graph(graph_triples(headline, quote))
