"""Tests for turning a hand-built Extraction into the article's RDF graph."""

from __future__ import annotations

from datetime import date

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from newsgraph.graph.facts import extraction_graph
from newsgraph.graph.validate import validate
from newsgraph.model import (
    ActorRef,
    Appeal,
    Article,
    Entity,
    Extraction,
    Membership,
    Provenance,
    RequestedEvent,
    RoleHeld,
    Span,
    Statement,
)
from newsgraph.ontology.mapping import CLASSES, types_for
from newsgraph.ontology.namespaces import CAMEO, NIF, NKG, PROV

VERSION = "test-rules/1"
TEXT = (
    "The Valley Growers Union, a group of more than 300 farmers, wrote an open letter on Monday. "
    "Mara Quist, the president of Delta Mills, said in the letter: "
    "\u201cWe need rain now. The crops are failing,\u201d she wrote. "
    "The union urged Ruritania to send humanitarian aid to help the villages recover."
)


def span(part: str, after: int = 0) -> Span:
    start = TEXT.index(part, after)
    return Span(start, start + len(part))


def sentence_spans() -> tuple[Span, ...]:
    ends = [TEXT.index("Monday.") + 7, TEXT.index("she wrote.") + 10, len(TEXT)]
    starts = [0, ends[0] + 1, ends[1] + 1]
    return tuple(Span(s, e) for s, e in zip(starts, ends, strict=True))


def prov(index: int, rule: str) -> Provenance:
    return Provenance(sentence_spans()[index], index, rule, 0.8)


def entities() -> dict[str, Entity]:
    listed = [
        Entity(
            "person:Mara Quist",
            "person",
            "Mara Quist",
            aliases=("Quist",),
            mentions=(span("Mara Quist"), span("she")),
        ),
        Entity("org:Delta Mills", "org", "Delta Mills", mentions=(span("Delta Mills"),)),
        Entity(
            "group:Valley Growers Union",
            "group",
            "Valley Growers Union",
            member_count_min=300,
            mentions=(span("The Valley Growers Union"), span("The union")),
        ),
        Entity(
            "country:Ruritania",
            "country",
            "Ruritania",
            code="RUR",
            cameo_code="RUR",
            mentions=(span("Ruritania"),),
        ),
        Entity(
            "document:open letter",
            "document",
            "open letter",
            author="group:Valley Growers Union",
            mentions=(span("open letter"), span("the letter")),
        ),
    ]
    return {e.key: e for e in listed}


def statement() -> Statement:
    return Statement(
        speaker=ActorRef("person:Mara Quist", span("Mara Quist")),
        cue=span("said"),
        content=(span("We need rain now."), span("The crops are failing")),
        direct=True,
        modality="asserted",
        cameo_code="010",
        provenance=prov(1, "direct-quote"),
        medium="document:open letter",
    )


def appeal() -> Appeal:
    goal = RequestedEvent(
        "help the villages recover", span("help the villages recover"), cameo_codes=()
    )
    action = RequestedEvent(
        "send humanitarian aid",
        span("send humanitarian aid"),
        agent="country:Ruritania",
        cameo_codes=("0863",),
        goal=goal,
    )
    return Appeal(
        speaker=ActorRef("group:Valley Growers Union", span("The union")),
        addressee=ActorRef("country:Ruritania", span("Ruritania")),
        cue=span("urged"),
        action=action,
        cameo_code="0233",
        provenance=prov(2, "urge-to"),
    )


def extraction() -> Extraction:
    article = Article(
        id="f00dfeedf00dfeed",
        text=TEXT,
        title="The Valley Growers Union wrote.",
        date=date(2025, 8, 4),
        author="Ann Byline",
        source="/tmp/in/one.txt",
    )
    return Extraction(
        article=article,
        entities=entities(),
        roles=(
            RoleHeld(
                "person:Mara Quist",
                "president",
                "org:Delta Mills",
                span("the president of Delta Mills"),
                prov(1, "appos-role"),
            ),
        ),
        memberships=(
            Membership(
                "person:Mara Quist",
                "group:Valley Growers Union",
                False,
                span("Mara Quist"),
                prov(1, "member"),
            ),
        ),
        statements=(statement(),),
        appeals=(appeal(),),
        sentences=sentence_spans(),
    )


@pytest.fixture(scope="module")
def built() -> tuple[URIRef, Graph]:
    return extraction_graph(extraction(), VERSION)


@pytest.fixture(scope="module")
def g(built: tuple[URIRef, Graph]) -> Graph:
    return built[1]


def of_type(g: Graph, cls: URIRef) -> list[Node]:
    return sorted(g.subjects(RDF.type, cls))


def test_the_sentence_spans_are_sentences() -> None:
    first, second, third = (s.slice(TEXT) for s in sentence_spans())
    assert first.endswith("Monday.")
    assert second.startswith("Mara Quist")
    assert second.endswith("she wrote.")
    assert third.startswith("The union urged")


def test_every_fact_carries_provenance(g: Graph) -> None:
    facts = of_type(g, NKG.Statement) + of_type(g, NKG.Appeal) + of_type(g, NKG.RoleAssignment)
    assert len(facts) == 3
    for fact in facts:
        assert g.value(fact, NKG.rule) is not None, fact
        assert g.value(fact, NKG.confidence) == Literal(0.8)
        assert g.value(fact, NKG.extractorVersion) == Literal(VERSION)
        evidence = g.value(fact, NKG.evidence)
        assert (evidence, RDF.type, NKG.Sentence) in g


def test_evidence_is_the_fact_sentence(g: Graph) -> None:
    (appeal_node,) = of_type(g, NKG.Appeal)
    evidence = g.value(appeal_node, NKG.evidence)
    assert str(g.value(evidence, NIF.anchorOf)).startswith("The union urged")
    assert g.value(evidence, NKG.sentenceIndex).toPython() == 2


def test_every_mention_anchor_slices_the_article_text(g: Graph) -> None:
    mentions = of_type(g, NKG.Mention)
    assert len(mentions) > 15
    for mention in mentions:
        begin = g.value(mention, NIF.beginIndex).toPython()
        end = g.value(mention, NIF.endIndex).toPython()
        assert str(g.value(mention, NIF.anchorOf)) == TEXT[begin:end]


def test_direct_statement_content_is_quotations_spoken_by_the_speaker(
    g: Graph, built: tuple[URIRef, Graph]
) -> None:
    (node,) = of_type(g, NKG.Statement)
    speaker = g.value(node, NKG.speaker)
    medium = g.value(node, NKG.medium)
    assert (medium, RDF.type, NKG.Document) in g
    contents = sorted(g.objects(node, NKG.contentSpan))
    assert [
        str(g.value(c, NIF.anchorOf))
        for c in sorted(contents, key=lambda c: g.value(c, NIF.beginIndex).toPython())
    ] == ["We need rain now.", "The crops are failing"]
    for content in contents:
        assert (content, RDF.type, NKG.Quotation) in g
        assert (content, NKG.spokenBy, speaker) in g
        assert (content, PROV.wasQuotedFrom, medium) in g
    assert str(g.value(node, NKG.quote)) == "We need rain now. \u2026 The crops are failing"


def test_statement_and_appeal_link_to_actors_and_codes(g: Graph) -> None:
    (st,) = of_type(g, NKG.Statement)
    (ap,) = of_type(g, NKG.Appeal)
    assert g.value(st, NKG.eventType) == CAMEO["010"]
    assert g.value(ap, NKG.eventType) == CAMEO["0233"]
    assert g.value(g.value(st, NKG.speaker), NKG.holds) is not None
    assert (g.value(ap, NKG.addressee), RDF.type, NKG.Country) in g


def test_requested_action_chains_to_its_goal(g: Graph) -> None:
    (ap,) = of_type(g, NKG.Appeal)
    action = g.value(ap, NKG.requestedAction)
    goal = g.value(action, NKG.aimsAt)
    assert g.value(action, NKG.eventType) == CAMEO["0863"]
    assert g.value(action, NKG.modality) == Literal("requested")
    assert (action, NKG.agent, g.value(ap, NKG.addressee)) in g
    assert (goal, RDF.type, NKG.Event) in g
    assert g.value(goal, NKG.aimsAt) is None


def test_role_and_membership(g: Graph) -> None:
    (assignment,) = of_type(g, NKG.RoleAssignment)
    holder = next(g.subjects(NKG.holds, assignment))
    assert (holder, RDF.type, NKG.Person) in g
    assert (g.value(assignment, NKG.inOrganization), RDF.type, NKG.Organization) in g
    assert g.value(assignment, NKG.asOf) == Literal(date(2025, 8, 4))
    group = g.value(holder, NKG.memberOf)
    assert (group, RDF.type, NKG.Group) in g
    assert g.value(group, NKG.memberCountMin).toPython() == 300


def test_build_twice_gives_identical_graphs() -> None:
    first_iri, first = extraction_graph(extraction(), VERSION)
    second_iri, second = extraction_graph(extraction(), VERSION)
    assert first_iri == second_iri
    assert set(first) == set(second)


def test_no_blank_nodes(g: Graph) -> None:
    assert not [t for t in g if any(isinstance(term, BNode) for term in t)]


def test_types_are_materialised_per_the_mapping(g: Graph) -> None:
    mapped = {row.iri for row in CLASSES}
    for node in set(g.subjects(RDF.type, None)):
        types = set(g.objects(node, RDF.type))
        for cls in types & mapped:
            assert set(types_for(cls)) <= types, (node, cls)
    (country,) = of_type(g, NKG.Country)
    assert {NKG.Actor, NKG.Place, NKG.Country} <= set(g.objects(country, RDF.type))
    (ap,) = of_type(g, NKG.Appeal)
    assert {NKG.Event, NKG.CommunicativeAct, NKG.Appeal} <= set(g.objects(ap, RDF.type))


def test_graph_conforms_to_the_shapes(g: Graph) -> None:
    report = validate(g)
    assert report.conforms, report.text
    assert report.results == []
