"""Appeals: X calls on / urges / asks / presses Y to do Z, and nominal and passive forms.

Rules:

``appeal.verb``
    An appeal verb with a requested action: an infinitive clause ("urged Trump to act"), or the
    object of "call for"/"appeal for"/"press for" ("called for a ceasefire"), or a nominal
    object ("urging a shift to diplomacy"). The addressee is the verb's object, or the object of
    "on"/"upon"/"to"/"with"; the passive subject ("Trump was urged to") is the addressee and
    "by X" the speaker.
``appeal.noun``
    "a call for X", "their appeal for Y": the noun's possessor or "by" phrase is the speaker.
``appeal.proposal``
    "X proposes that Y": a Proposal (an appeal whose action is proposed, not requested).

A definite mention of an earlier appeal ("The appeal was made through an open letter by X")
adds the medium and, for a group speaker, its membership in the letter's author; it does not
create a second appeal. Demands (CAMEO 10) and threats (13) are never appeals.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.loaders.mapping.actors import Cast
from newsgraph.loaders.mapping.appeal_parties import CLAUSE_DEPS, AppealParties
from newsgraph.loaders.mapping.cameo_rules import appeal_code
from newsgraph.loaders.mapping.events import EventReader, is_infinitive
from newsgraph.loaders.mapping.lexicon import (
    APPEAL_NOUNS,
    APPEAL_VERBS,
    DOCUMENT_NOUNS,
    PROPOSAL_VERBS,
)
from newsgraph.loaders.mapping.sentences import prep_object, span_of
from newsgraph.loaders.mapping.statements import StatementFinder
from newsgraph.model import ActorRef, Appeal, Membership, Span

__all__ = ["AppealFinder"]

_NEGATING_PREPOSITIONS = frozenset({"against"})  # "decided against urging"
_CUE_LEMMAS = APPEAL_VERBS | PROPOSAL_VERBS | APPEAL_NOUNS
#: Objects of "ask" that make it a question, not a request.
_NOT_ACTIONS = frozenset("question questions whether if why how what".split())
#: Verbs that appeal only with an infinitive ("encouraged them to vote"), never with a noun.
_INFINITIVE_ONLY = frozenset("encourage".split())
#: Cues that things as well as people do ("cheap loans encourage buyers to ..."): only an
#: actor makes them an appeal.
_CAUSAL_CUES = frozenset({"encourage"})


class AppealFinder:
    """Find the appeals of one parsed article.

    Args:
        doc: The parsed article.
        cast: The article's entities and coreference.
        statements: The statement finder of the same article (for sentences and speakers).
    """

    def __init__(self, doc: Doc, cast: Cast, statements: StatementFinder) -> None:
        self.doc = doc
        self.cast = cast
        self.text = cast.text
        self.sf = statements
        self.events = EventReader(doc, cast)
        self.parties = AppealParties(doc, cast, statements)
        self.appeals: list[Appeal] = []
        self.memberships: list[Membership] = []

    def find(self) -> tuple[list[Appeal], list[Membership]]:
        """Return the appeals and the memberships their media reveal, in text order."""
        for token in self.cast.table.where(_CUE_LEMMAS, ("VERB", "AUX", "NOUN")):
            lemma = token.lemma_.lower()
            if token.pos_ in ("VERB", "AUX") and lemma in APPEAL_VERBS:
                self._add(self._verb_appeal(token))
            elif token.pos_ == "VERB" and lemma in PROPOSAL_VERBS and lemma != "suggest":
                self._add(self._proposal(token))
            elif token.pos_ == "NOUN" and lemma in APPEAL_NOUNS:
                self._noun(token)
        return self.appeals, self.memberships

    def _add(self, appeal: Appeal | None) -> None:
        """Keep ``appeal`` when a rule found one."""
        if appeal is not None:
            self.appeals.append(appeal)

    def _inside_requested_action(self, verb: Token) -> bool:
        """Return whether ``verb`` is part of what another appeal asks for ("to press X to ...")."""
        current = verb
        while current.dep_ in (*CLAUSE_DEPS, "conj") and current.head != current:
            current = current.head
            if current.lemma_.lower() in APPEAL_VERBS:
                return True
        return False

    def _not_an_appeal(self, verb: Token, lemma: str) -> bool:
        """Return whether ``verb`` cannot be an appeal here: negated ("did not call for",
        "decided against recommending"), part of another appeal's action, or a legal appeal
        ("appealed the ruling")."""
        if _negated(verb):
            return True
        if is_infinitive(verb) and self._inside_requested_action(verb):
            return True
        return lemma == "appeal" and any(c.dep_ == "dobj" for c in verb.children)

    def _verb_appeal(self, verb: Token) -> Appeal | None:
        """Return the appeal an appeal verb makes ("urged Trump to act", "was urged by X
        to ..."), or None when it asks nothing of anyone."""
        lemma = verb.lemma_.lower()
        if self._not_an_appeal(verb, lemma) or self.parties.in_question(verb):
            return None
        passive = self.parties.is_passive(verb)
        if passive:
            (speaker, addressee_token), medium = self.parties.passive_parties(verb), None
        else:
            addressee_token = self.parties.addressee_token(verb, lemma)
        action = self.parties.action_head(verb, addressee_token)
        if action is None or (lemma == "call" and not self.parties.call_is_appeal(verb)):
            return None
        if _is_question(action) or (lemma in _INFINITIVE_ONLY and not is_infinitive(action)):
            return None
        if not passive:
            speaker, medium = self.parties.speaker(verb)
            needs_actor = speaker is not None and (
                lemma in _CAUSAL_CUES or self.parties.unresolved_speaker(speaker)
            )
            if speaker is None or (needs_actor and not self.parties.speaker_is_actor(verb)):
                return None
        addressee = self.parties.resolve_addressee(addressee_token)
        if not passive:
            addressee = self.parties.written_recipient(verb, addressee_token) or addressee
        if addressee is not None and speaker is not None and addressee.key == speaker.key:
            addressee = None
        event = self.events.event(action, addressee)
        return Appeal(
            speaker=speaker,
            addressee=addressee,
            cue=self._cue_span(verb),
            action=event,
            cameo_code=appeal_code(event.label),
            provenance=self.sf.provenance(verb.idx, "appeal.verb", 0.85),
            target=event.patient
            if event.patient != (addressee.key if addressee else None)
            else None,
            medium=medium or self._medium_in_sentence(verb),
        )

    def _cue_span(self, verb: Token) -> Span:
        """Return the appeal verb with its particle or preposition ("called on")."""
        parts = [
            verb,
            *(
                c
                for c in verb.children
                if c.dep_ == "prt"
                or (
                    c.dep_ == "prep"
                    and c.lower_ in ("on", "upon", "for", "to", "with")
                    and c.i == verb.i + 1
                )
            ),
        ]
        return Span(min(t.idx for t in parts), max(t.idx + len(t.text) for t in parts))

    def _medium_in_sentence(self, token: Token) -> str | None:
        """Return the document an appeal is made "in", "through" or "via" in its sentence."""
        for other in self.cast.sentences.of_token(token):
            if (
                other.lemma_.lower() in DOCUMENT_NOUNS
                and other.pos_ == "NOUN"
                and other.head.lower_ in ("in", "through", "via")
            ):
                return self.cast.document_for(other)
        return None

    def _noun(self, noun: Token) -> None:
        """Read an appeal noun: "a call for X" is an appeal; "the appeal" names an earlier one."""
        action = prep_object(noun, "for")
        if action is not None:
            self._add(self._noun_appeal(noun, action))
        elif (
            any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
            and self.appeals
        ):
            self._enrich_previous(noun)

    def _noun_appeal(self, noun: Token, action: Token) -> Appeal | None:
        """Return the appeal "X's call for Y" makes, when X is a known actor."""
        # "X's call for", or a headline verb tagged as a noun: "Trump calls for a ban"
        speaker_token = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
            (c for c in noun.children if c.dep_ == "compound" and self.cast.entity_of_token(c)),
            None,
        )
        speaker = self.cast.resolve(speaker_token) if speaker_token is not None else None
        if speaker is None or self.cast.entity_of_token(action) is not None:
            return None
        event = self.events.event(action, None)
        return Appeal(
            speaker=speaker,
            addressee=None,
            cue=span_of(noun),
            action=event,
            cameo_code=appeal_code(event.label),
            provenance=self.sf.provenance(noun.idx, "appeal.noun", 0.7),
            medium=self._medium_in_sentence(noun),
        )

    def _enrich_previous(self, noun: Token) -> None:
        """Give the last appeal the medium "the appeal was made through a letter by Y" names,
        and a group speaker membership in the letter's author."""
        medium = self._medium_in_sentence(noun)
        if medium is None:
            return
        previous = self.appeals[-1]
        if previous.medium is None:
            self.appeals[-1] = replace(previous, medium=medium)
        author = self.cast.author_of(medium)
        speaker = previous.speaker.key if previous.speaker else None
        if author and speaker and speaker != author and self.cast.kind_of(speaker) == "group":
            prov = self.sf.provenance(noun.idx, "membership.appeal-medium", 0.6)
            self.memberships.append(
                Membership(
                    speaker, author, False, span_of(self.cast.sentences.of_token(noun)), prov
                )
            )

    def _proposal(self, verb: Token) -> Appeal | None:
        """Return the proposal "X proposes that Y ..." makes (an appeal with a proposed action)."""
        clause = next((c for c in verb.children if c.dep_ in ("ccomp", "dobj")), None)
        if (
            clause is None
            or _negated(verb)
            or self._inside_requested_action(verb)
            or clause.lower_ in ("nothing", "none")  # "has proposed nothing that would ..."
        ):
            return None
        speaker, medium = self.sf.speakers.speaker_of(verb)
        if speaker is None and medium is None:
            return None
        addressee = self._addressee_of_medium(medium)
        event = self.events.event(clause, None, modality="proposed")
        return Appeal(
            speaker=speaker,
            addressee=addressee,
            cue=span_of(verb),
            action=event,
            cameo_code="020",
            provenance=self.sf.provenance(verb.idx, "appeal.proposal", 0.7),
            medium=medium,
            proposal=True,
        )

    def _addressee_of_medium(self, medium: str | None) -> ActorRef | None:
        """Return the addressee of an earlier appeal made in the same document."""
        for appeal in reversed(self.appeals):
            if medium is not None and appeal.medium == medium and appeal.addressee is not None:
                return ActorRef(appeal.addressee.key)
        return None


def _is_question(action: Token) -> bool:
    """Return whether what was asked for is a question: "asked why", "asked what changes ..."."""
    wh_determiner = any(c.dep_ == "det" and c.lower_ in _NOT_ACTIONS for c in action.children)
    return action.lemma_.lower() in _NOT_ACTIONS or wh_determiner


def _negated(verb: Token) -> bool:
    """Return whether ``verb`` is denied: "did not call for", "decided against urging"."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "pcomp" and verb.head.lower_ in _NEGATING_PREPOSITIONS
