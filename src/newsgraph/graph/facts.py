"""From an :class:`~newsgraph.model.Extraction` to the article's triples in the ontology.

Every node gets a deterministic IRI (:mod:`newsgraph.graph.iri`) and every type of its class
and superclasses (so property-graph labels equal RDF types). Every fact (statement, appeal,
requested event, role assignment) carries ``nkg:rule``, ``nkg:confidence``,
``nkg:extractorVersion``, ``nkg:evidence`` (the sentence) and span links (speaker, cue,
content, addressee) to :class:`nkg:Mention` nodes whose NIF offsets slice the article text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from newsgraph.graph import iri
from newsgraph.model import (
    Appeal,
    Entity,
    Extraction,
    Provenance,
    RequestedEvent,
    RoleHeld,
    Span,
    Statement,
)
from newsgraph.ontology.mapping import types_for
from newsgraph.ontology.namespaces import ITSRDF, NIF, PROV
from newsgraph.ontology.vocab import V

__all__ = ["FactBuilder", "extraction_graph"]

_CAMEO_ACTOR_CODE = re.compile(r"^(?:[A-Z]{3})+$")
_CLASS_BY_KIND = {
    "person": "Person",
    "org": "Organization",
    "group": "Group",
    "country": "Country",
    "place": "Place",
    "document": "Document",
}
_LABEL_MAX = 120


def _short(text: str, limit: int = _LABEL_MAX) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "\u2026"


class FactBuilder:
    """Accumulate the triples of one article's extraction.

    Args:
        extraction: What the extractor found.
        extractor_version: Recorded on every fact.
    """

    def __init__(self, extraction: Extraction, extractor_version: str) -> None:
        self.ex = extraction
        self.article = extraction.article
        self.version = extractor_version
        self.article_iri = iri.article_iri(self.article.id)
        self.g = Graph()
        self._entity_iris = {key: self._mint_entity(e) for key, e in extraction.entities.items()}
        self._labelled: set[URIRef] = set()

    # -- small helpers ---------------------------------------------------------------------

    def _typed(self, node: URIRef, cls: str) -> None:
        for t in types_for(V[cls]):
            self.g.add((node, RDF.type, t))

    def _lit(self, node: URIRef, prop: str, value: object, datatype: URIRef | None = None) -> None:
        self.g.add((node, V[prop], Literal(value, datatype=datatype)))

    def _mint_entity(self, entity: Entity) -> URIRef:
        if entity.kind == "document":
            return iri.document_iri(self.article_iri, entity.name)
        if entity.kind == "country" and entity.code:
            return iri.actor_iri("country", entity.code)
        if entity.kind == "group" or entity.local:  # described per article, never merged by name
            return iri.actor_iri(
                entity.kind, f"{entity.name} {iri.digest(str(self.article_iri), n=6)}"
            )
        return iri.actor_iri(entity.kind, entity.name)

    def entity_iri(self, key: str | None) -> URIRef | None:
        """Return the IRI of entity ``key`` (None for None)."""
        return self._entity_iris.get(key) if key else None

    def mention(self, span: Span, cls: str = "Mention") -> URIRef:
        """Add a Mention node for ``span`` (linked to its sentence) and return its IRI."""
        node = iri.mention_iri(self.article_iri, span.start, span.end)
        self._typed(node, cls)
        self.g.add((node, NIF.referenceContext, self.article_iri))
        self.g.add((node, NIF.beginIndex, Literal(span.start, datatype=XSD.integer)))
        self.g.add((node, NIF.endIndex, Literal(span.end, datatype=XSD.integer)))
        self.g.add((node, NIF.anchorOf, Literal(span.slice(self.article.text))))
        if cls != "Sentence":
            sentence = self._sentence_of(span)
            if sentence is not None:
                self.g.add((node, V.inSentence, sentence))
        return node

    def _sentence_of(self, span: Span) -> URIRef | None:
        for index, sentence in enumerate(self.ex.sentences):
            if sentence.start <= span.start < sentence.end:
                return self.sentence(sentence, index)
        return None

    def sentence(self, span: Span, index: int) -> URIRef:
        """Add the Sentence node for sentence ``index`` and return its IRI."""
        node = self.mention(span, "Sentence")
        self._lit(node, "sentenceIndex", index, XSD.integer)
        return node

    def provenance(self, node: URIRef, prov: Provenance) -> None:
        """Record rule, confidence, version, report date and evidence sentence on a fact."""
        self._lit(node, "rule", prov.rule)
        self._lit(node, "confidence", round(prov.confidence, 3), XSD.double)
        self._lit(node, "extractorVersion", self.version)
        self.g.add((node, V.evidence, self.sentence(prov.sentence, prov.sentence_index)))

    # -- article and entities --------------------------------------------------------------

    def add_article(self) -> None:
        """Add the Article node with its metadata, text and byline author."""
        node, a = self.article_iri, self.article
        self._typed(node, "Article")
        self.g.add((node, RDFS.label, Literal(a.title)))
        self._lit(node, "headline", a.title)
        self.g.add((node, NIF.isString, Literal(a.text)))
        if a.date:
            self._lit(node, "datePublished", a.date, XSD.date)
        if a.url:
            self._lit(node, "url", a.url)
        if a.source:
            self._lit(node, "sourcePath", a.source)
        if a.author:
            author = iri.actor_iri("person", a.author)
            self._typed(author, "Person")
            self.g.add((author, RDFS.label, Literal(a.author)))
            self.g.add((node, V.author, author))

    def add_entity(self, entity: Entity) -> None:
        """Add an entity, its names and codes, and one Mention per occurrence."""
        node = self._entity_iris[entity.key]
        self._typed(node, _CLASS_BY_KIND[entity.kind])
        # Two surface forms may mint one IRI ("Poll", "poll"): the first keeps the label.
        name_prop = RDFS.label if node not in self._labelled else V.alias
        self._labelled.add(node)
        self.g.add((node, name_prop, Literal(entity.name)))
        for alias in entity.aliases:
            self._lit(node, "alias", alias)
        if entity.cameo_code and _CAMEO_ACTOR_CODE.match(entity.cameo_code):
            self._lit(node, "cameoCode", entity.cameo_code)
        if entity.member_count_min:
            self._lit(node, "memberCountMin", entity.member_count_min, XSD.integer)
        for prop, key in (("author", entity.author), ("country", entity.country)):
            target = self.entity_iri(key)
            if target is not None and target != node:
                self.g.add((node, V[prop], target))
        if entity.kind != "document":
            self.g.add((self.article_iri, V.mentions, node))
        for span in entity.mentions:
            self.g.add((self.mention(span), ITSRDF.taIdentRef, node))

    # -- facts -----------------------------------------------------------------------------

    def _act_common(self, node: URIRef, code: str, prov: Provenance, medium: str | None) -> None:
        self.g.add((node, V.eventType, iri.cameo_iri(code)))
        self.g.add((node, V.reportedIn, self.article_iri))
        if self.article.date:
            self._lit(node, "reportedDate", self.article.date, XSD.date)
        medium_iri = self.entity_iri(medium)
        if medium_iri is not None:
            self.g.add((node, V.medium, medium_iri))
        self.provenance(node, prov)

    def add_statement(self, st: Statement) -> None:
        """Add a Statement with its speaker, quote, spans and CAMEO code."""
        speaker = self.entity_iri(st.speaker.key if st.speaker else None)
        first = st.content[0]
        node = iri.event_iri(
            "statement",
            str(self.article_iri),
            str(speaker),
            st.cameo_code,
            f"{first.start},{first.end}",
        )
        self._typed(node, "Statement")
        text = " \u2026 ".join(span.slice(self.article.text) for span in st.content)
        who = self._name(st.speaker.key) if st.speaker and st.speaker.key else "Unattributed"
        self.g.add((node, RDFS.label, Literal(_short(f"{who}: {text}"))))
        self._lit(node, "modality", st.modality)
        self._lit(node, "direct", st.direct, XSD.boolean)
        if st.direct:
            self._lit(node, "quote", text)
        if speaker is not None:
            self.g.add((node, V.speaker, speaker))
        self._act_common(node, st.cameo_code, st.provenance, st.medium)
        self._spans(node, st.speaker.span if st.speaker else None, st.cue, None)
        for span in st.content:
            self._content_span(node, span, st.direct, speaker, st.medium)

    def _content_span(
        self, node: URIRef, span: Span, direct: bool, speaker: URIRef | None, medium: str | None
    ) -> None:
        mention = self.mention(span, "Quotation" if direct else "Mention")
        self.g.add((node, V.contentSpan, mention))
        if direct and speaker is not None:
            self.g.add((mention, V.spokenBy, speaker))
        medium_iri = self.entity_iri(medium)
        if direct and medium_iri is not None:
            self.g.add((mention, PROV.wasQuotedFrom, medium_iri))

    def _spans(
        self, node: URIRef, speaker: Span | None, cue: Span | None, addressee: Span | None
    ) -> None:
        for prop, span in (
            ("speakerSpan", speaker),
            ("cueSpan", cue),
            ("addresseeSpan", addressee),
        ):
            if span is not None:
                self.g.add((node, V[prop], self.mention(span)))

    def _name(self, key: str | None) -> str:
        entity = self.ex.entities.get(key or "")
        return entity.name if entity else "?"

    def add_appeal(self, ap: Appeal) -> None:
        """Add an Appeal (or Proposal) with its requested action chain."""
        speaker = self.entity_iri(ap.speaker.key if ap.speaker else None)
        addressee = self.entity_iri(ap.addressee.key if ap.addressee else None)
        kind = "proposal" if ap.proposal else "appeal"
        node = iri.event_iri(
            kind,
            str(self.article_iri),
            str(speaker),
            str(addressee),
            ap.cameo_code,
            f"{ap.cue.start},{ap.cue.end}",
        )
        self._typed(node, "Proposal" if ap.proposal else "Appeal")
        self.g.add((node, RDFS.label, Literal(self._appeal_label(ap))))
        self._lit(node, "modality", "asserted")
        for prop, value in (
            ("speaker", speaker),
            ("addressee", addressee),
            ("target", self.entity_iri(ap.target)),
        ):
            if value is not None:
                self.g.add((node, V[prop], value))
        self.g.add((node, V.requestedAction, self.add_event(ap.action, node, ap.provenance)))
        self._act_common(node, ap.cameo_code, ap.provenance, ap.medium)
        self._spans(
            node,
            ap.speaker.span if ap.speaker else None,
            ap.cue,
            ap.addressee.span if ap.addressee else None,
        )
        self.g.add((node, V.contentSpan, self.mention(ap.action.span)))

    def _appeal_label(self, ap: Appeal) -> str:
        who = self._name(ap.speaker.key) if ap.speaker and ap.speaker.key else "Unattributed"
        action = ap.action.label
        if ap.proposal:
            to = f" to {self._name(ap.addressee.key)}" if ap.addressee else ""
            return _short(f"{who} proposes{to}: {action}")
        if ap.addressee is not None:
            return _short(f"{who} calls on {self._name(ap.addressee.key)} to {action}")
        return _short(f"{who} calls for {action}")

    def add_event(self, ev: RequestedEvent, parent: URIRef, prov: Provenance) -> URIRef:
        """Add a requested or proposed event (and its goal chain); return its IRI.

        The event shares the provenance of the appeal that asks for it, plus its own span.
        """
        node = iri.event_iri("requested", str(parent), f"{ev.span.start},{ev.span.end}")
        self._typed(node, "Event")
        self.provenance(node, prov)
        self.g.add((node, V.contentSpan, self.mention(ev.span)))
        self.g.add((node, RDFS.label, Literal(_short(ev.label))))
        self._lit(node, "modality", ev.modality)
        for prop, key in (("agent", ev.agent), ("patient", ev.patient), ("place", ev.place)):
            target = self.entity_iri(key)
            if target is not None:
                self.g.add((node, V[prop], target))
        for key in ev.participants:
            target = self.entity_iri(key)
            if target is not None:
                self.g.add((node, V.participant, target))
        for code in ev.cameo_codes:
            self.g.add((node, V.eventType, iri.cameo_iri(code)))
        if ev.goal is not None:
            self.g.add((node, V.aimsAt, self.add_event(ev.goal, node, prov)))
        return node

    def add_role(self, role: RoleHeld) -> None:
        """Add a RoleAssignment: holder holds role in organisation, as of the report date."""
        holder = self.entity_iri(role.holder)
        if holder is None:
            return
        organisation = self.entity_iri(role.organisation)
        node = iri.role_assignment_iri(holder, role.role, organisation, scope=str(self.article_iri))
        role_node = iri.role_iri(role.role)
        self._typed(node, "RoleAssignment")
        self._typed(role_node, "Role")
        self.g.add((role_node, RDFS.label, Literal(role.role)))
        self.g.add((holder, V.holds, node))
        self.g.add((node, V.role, role_node))
        if organisation is not None:
            self.g.add((node, V.inOrganization, organisation))
        if self.article.date:
            self._lit(node, "asOf", self.article.date, XSD.date)
        self.provenance(node, role.provenance)

    def build(self) -> Graph:
        """Add everything and return the article's graph."""
        self.add_article()
        for entity in self.ex.entities.values():
            self.add_entity(entity)
        for role in self.ex.roles:
            self.add_role(role)
        for membership in self.ex.memberships:
            member, group = self.entity_iri(membership.member), self.entity_iri(membership.group)
            if member is not None and group is not None and member != group:
                self.g.add((member, V.formerMemberOf if membership.former else V.memberOf, group))
        for statement in self.ex.statements:
            self.add_statement(statement)
        for appeal in self.ex.appeals:
            self.add_appeal(appeal)
        return self.g


def extraction_graph(extraction: Extraction, extractor_version: str) -> tuple[URIRef, Graph]:
    """Return ``(article IRI, graph)`` for one extraction."""
    builder = FactBuilder(extraction, extractor_version)
    return builder.article_iri, builder.build()


def iter_triples(graph: Graph) -> Iterator[tuple[object, object, object]]:
    """Yield the triples of ``graph`` in sorted order (for deterministic writes)."""
    yield from sorted(graph)
