"""The event an appeal asks for: its words, agent, patient, goal, place and CAMEO codes.

"urged Trump to press Netanyahu to agree to a ceasefire": the requested event is "press
Netanyahu ...", its agent the addressee (Trump), its patient Netanyahu, and its goal the
nested event "agree to a ceasefire" (CAMEO 0871 among its codes).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.loaders.mapping.actors import Cast
from newsgraph.loaders.mapping.cameo_rules import event_codes
from newsgraph.loaders.mapping.lexicon import ACTOR_NOUNS, COLLECTIVE_NOUNS
from newsgraph.loaders.mapping.sentences import span_of, tokens_span
from newsgraph.model import ActorRef, RequestedEvent, Span

__all__ = ["EventReader", "is_actorish", "is_infinitive"]

_LABEL_MAX = 160


def is_infinitive(token: Token) -> bool:
    """Return whether ``token`` is a verb with "to": "(urged them) to reconsider"."""
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def is_actorish(cast: Cast, token: Token) -> bool:
    """Return whether ``token`` can be asked to act: an actor, a name, a personal pronoun or a
    noun for people or organisations ("lawmakers", "the council"), not "it" or "this"."""
    if cast.entity_of_token(token) is not None or token.pos_ in ("PRON", "PROPN"):
        return token.lower_ not in ("it", "this", "that")
    if token.lemma_.lower() in ACTOR_NOUNS or token.lower_ in COLLECTIVE_NOUNS:
        return True
    return cast.resolve(token) is not None


class EventReader:
    """Build :class:`~newsgraph.model.RequestedEvent` objects from the parse of one article.

    Args:
        doc: The parsed article.
        cast: The article's entities and coreference.
    """

    def __init__(self, doc: Doc, cast: Cast) -> None:
        self.doc = doc
        self.cast = cast
        self.text = cast.text

    def event(
        self, head: Token, addressee: ActorRef | None, modality: str = "requested"
    ) -> RequestedEvent:
        """Return the event whose words ``head`` heads, done by ``addressee`` if given.

        A nested infinitive ("to press X to agree to ...") becomes the event's goal, an event
        of its own whose agent is this event's patient.
        """
        span = self._subtree_span(head)
        goal_head = self._goal_head(head)
        patient = self._patient(head, exclude=addressee.key if addressee else None)
        goal = (
            self.event(goal_head, ActorRef(patient) if patient else None, modality)
            if goal_head is not None
            else None
        )
        if goal is not None:
            span = Span(span.start, max(span.end, goal.span.end))
        text = span.slice(self.text)
        own_text = text if goal is None else self.text[span.start : goal.span.start]
        return RequestedEvent(
            label=_label(text),
            span=span,
            agent=addressee.key if addressee else None,
            patient=patient,
            cameo_codes=event_codes(own_text),
            participants=self._participants(head, goal_head, patient, addressee),
            place=self._place(span),
            goal=goal,
            modality=modality,
        )

    def _subtree_span(self, head: Token) -> Span:
        """Return the text of the action headed by ``head``, without its complementiser
        ("that", "for") and without a subject that names the actor asked to do it."""
        leading = {
            t.i
            for c in head.children
            if c.i < head.i
            and (
                c.dep_ == "mark" or (c.dep_ in ("nsubj", "nsubjpass") and is_actorish(self.cast, c))
            )
            for t in c.subtree
        }
        tokens = [t for t in head.subtree if t.i not in leading]
        return tokens_span(self.text, tokens) or span_of(head)

    def _goal_head(self, head: Token) -> Token | None:
        for verb in (head, *(c for c in head.children if c.dep_ == "conj")):
            for child in verb.children:
                if child.dep_ in ("xcomp", "ccomp") and is_infinitive(child):
                    return child
        return None

    def _patient(self, head: Token, exclude: str | None) -> str | None:
        for verb in (head, *(c for c in head.children if c.dep_ == "conj")):
            for child in verb.children:
                candidates = (
                    [child]
                    if child.dep_ == "dobj"
                    else [g for g in child.children if g.dep_ in ("nsubj",)]
                    if child.dep_ in ("ccomp", "xcomp")
                    else []
                )
                for token in candidates:
                    key = self.cast.entity_of_token(token)
                    if (
                        key
                        and key != exclude
                        and self.cast.kind_of(key) in ("person", "org", "group", "country")
                    ):
                        return key
        return None

    def _participants(
        self, head: Token, goal: Token | None, patient: str | None, addressee: ActorRef | None
    ) -> tuple[str, ...]:
        skip = {patient, addressee.key if addressee else None}
        keys = {
            self.cast.entity_of_token(t)
            for t in head.subtree
            if goal is None or t.i < goal.i or t not in set(goal.subtree)
        }
        return tuple(
            sorted(
                k
                for k in keys - skip
                if k and self.cast.kind_of(k) in ("org", "country", "group", "person")
            )
        )

    def _place(self, span: Span) -> str | None:
        for token in self.doc.char_span(span.start, span.end, alignment_mode="expand") or ():
            key = self.cast.entity_of_token(token)
            if key and self.cast.kind_of(key) == "place":
                return key
        return None


def _label(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"^(?:to|that)\s+", "", text)
    return text if len(text) <= _LABEL_MAX else text[:_LABEL_MAX].rsplit(" ", 1)[0] + "\u2026"
