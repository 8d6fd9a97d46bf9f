"""The parties of an appeal: who asks, who is asked, and what is asked for.

:class:`AppealParties` reads them off an appeal verb: the speaker (or, for a passive "was
urged by X", the agent), the addressee (the verb's object, or the object of "on"/"upon"/"to"/
"with"; the recipient of a letter that asks; the passive subject), and the head of the
requested action (an infinitive clause, the object of "call for", a nominal object). It also
says when a verb asks nothing: a question ("asked whether"), "call" without a request.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from newsgraph.loaders.mapping.actors import Cast
from newsgraph.loaders.mapping.events import is_actorish, is_infinitive
from newsgraph.loaders.mapping.lexicon import CALL_PARTICLES, DOCUMENT_NOUNS, MESSAGE_NOUNS
from newsgraph.loaders.mapping.sentences import span_of
from newsgraph.loaders.mapping.statements import StatementFinder
from newsgraph.model import ActorRef

__all__ = ["CLAUSE_DEPS", "AppealParties"]

_ADDRESSEE_PREPS = {"call": ("on", "upon"), "appeal": ("to",), "plead": ("with",), "petition": ()}
_ACTION_PREPS = ("for",)
CLAUSE_DEPS = ("xcomp", "advcl", "ccomp", "acl")
_NOT_ADDRESSEES = frozenset("it this that which what".split())
#: What an appeal can be written in, whose recipient is then the one asked ("a letter to X").
_WRITTEN_MEDIA = frozenset("letter memo memorandum petition email e-mail message note".split())
#: Verbs whose "to X" names who receives what is written ("wrote to X", "sent a letter to X").
_WRITING_VERBS = frozenset("write send deliver submit address".split())
#: Pronouns that may stand for the recipient named earlier in the sentence.
_RECIPIENT_PRONOUNS = frozenset("him her them it".split())


class AppealParties:
    """Read the parties of appeal verbs in one article.

    Args:
        doc: The parsed article.
        cast: The article's entities and coreference.
        statements: The statement finder of the same article (for speakers).
    """

    def __init__(self, doc: Doc, cast: Cast, statements: StatementFinder) -> None:
        self.doc = doc
        self.cast = cast
        self.sf = statements

    def in_question(self, verb: Token) -> bool:
        """ "Has he called for ...?" asks whether an appeal was made; it makes none."""
        sentence = self.cast.sentences.of_token(verb).text.rstrip()
        return sentence.rstrip("\"'\u201d\u2019").endswith("?")

    @staticmethod
    def is_passive(verb: Token) -> bool:
        """ "Clinton was asked to ...", "Asked to describe it, O'Neill said": the addressee is
        the grammatical subject and the asker is named only by "by", if at all."""
        if verb.tag_ != "VBN" or any(c.dep_ == "nsubj" for c in verb.children):
            return False
        return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.dep_ in (
            "advcl",
            "acl",
        )

    def passive_parties(self, verb: Token) -> tuple[ActorRef | None, Token | None]:
        """Return (asker named by "by", the token of the one asked) of a passive appeal."""
        agent = next(
            (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
            None,
        ) or self._agent_in_action(verb)
        speaker = (
            (self.cast.resolve(agent) or self.cast.describe(agent)) if agent is not None else None
        )
        asked = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if asked is None and verb.dep_ in ("advcl", "acl"):
            asked = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        return speaker, asked

    def _agent_in_action(self, verb: Token) -> Token | None:
        """Return the asker the parser hung on the action: "asked to do so by police"."""
        for action in (c for c in verb.children if c.dep_ == "xcomp"):
            for by in (c for c in action.children if c.lower_ == "by" and c.i > action.i):
                agent = next((g for g in by.children if g.dep_ == "pobj"), None)
                if agent is not None and self.sf.speakers.holds_view(agent, verb):
                    return agent
        return None

    def call_is_appeal(self, verb: Token) -> bool:
        """ "call on/upon X", "call for Y" appeal; "called X on Friday to thank her" is a phone
        call and "was called a charlatan for ..." a name: the particle must follow the verb."""
        return any(
            (c.dep_ in ("prep", "prt") and c.lower_ in CALL_PARTICLES and self._follows(verb, c))
            or self._for_clause(c)
            for c in verb.children
        )

    def _follows(self, verb: Token, particle: Token) -> bool:
        """Return whether only adverbs ("called Friday for") stand between verb and particle."""
        between = self.doc[verb.i + 1 : particle.i]
        return particle.i > verb.i and all(t.dep_ in ("npadvmod", "advmod") for t in between)

    @staticmethod
    def _for_clause(token: Token) -> bool:
        """Return whether ``token`` heads "for X to do Y" (parsed as a clause marked "for")."""
        return token.dep_ in CLAUSE_DEPS and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in token.children
        )

    def unresolved_speaker(self, speaker: ActorRef) -> bool:
        """Return whether ``speaker`` names no one, and not because it is a plan or a law.

        "It calls for ..." with no antecedent must be checked for an actor; "the plan calls
        for ..." is an appeal whose asker the text leaves unnamed.
        """
        if speaker.key is not None:
            return False
        span = speaker.span
        words = self.doc.char_span(span.start, span.end) if span else None
        if words is None:
            return True
        named = words.root
        if named.tag_ in ("WDT", "WP") and named.head.dep_ == "relcl":
            named = named.head.head  # "an ad that urges voters to ..."
        return named.lemma_.lower() not in MESSAGE_NOUNS

    def speaker_is_actor(self, verb: Token) -> bool:
        """Return whether the subject of an appeal verb can hold a view (or an agent asks)."""
        holder = verb
        while holder.dep_ in ("advcl", "xcomp", "acl", "conj") and not any(
            c.dep_ == "nsubj" for c in holder.children
        ):
            holder = holder.head
        return self.sf.speakers.subject_is_actor(holder) or any(
            c.dep_ == "agent" for c in verb.children
        )

    def written_recipient(self, verb: Token, addressee: Token | None) -> ActorRef | None:
        """Return who receives the letter an appeal is made in, when it names no one else.

        "In a letter to the ministry, the union asked for talks" asks the ministry, and in
        "sent a letter to the board urging them to ...", "them" is the board. The recipient
        stands for a missing addressee or for a pronoun after it, keeping the pronoun's span.
        """
        if addressee is not None and addressee.lower_ not in _RECIPIENT_PRONOUNS:
            return None
        recipient = self._recipient(verb)
        if recipient is None or (addressee is not None and recipient.i > addressee.i):
            return None
        resolved = self.resolve_addressee(recipient)
        if resolved is None or addressee is None:
            return resolved
        return replace(resolved, span=span_of(addressee))

    def _recipient(self, verb: Token) -> Token | None:
        """Return X of "a letter to X", "wrote to X" or "sent a petition to X" in ``verb``'s
        sentence (outside quotations), when X can be asked."""
        for token in self.cast.sentences.of_token(verb):
            if token.lower_ != "to" or token.dep_ not in ("prep", "dative"):
                continue
            if self.sf.in_quote(token) or not self._carries_writing(token.head):
                continue
            recipient = next((c for c in token.children if c.dep_ == "pobj"), None)
            if recipient is not None and is_actorish(self.cast, recipient):
                return recipient
        return None

    @staticmethod
    def _carries_writing(head: Token) -> bool:
        """Return whether ``head`` is something written or the act of writing or sending it."""
        lemma = head.lemma_.lower()
        if head.pos_ == "NOUN":
            return lemma in _WRITTEN_MEDIA
        if head.pos_ != "VERB" or lemma not in _WRITING_VERBS:
            return False
        written = [c for c in head.children if c.dep_ == "dobj"]
        return lemma == "write" or any(c.lemma_.lower() in _WRITTEN_MEDIA for c in written)

    def resolve_addressee(self, token: Token | None) -> ActorRef | None:
        """Resolve the one asked; unknown people ("the crowd", "young people", "her
        husband") become actors of this article, an unresolved "her" keeps its span."""
        if token is None:
            return None
        if token.lower_ == "it":
            return self.cast.resolve_body(token)
        return self.cast.resolve(token) or self.cast.describe(token)

    def speaker(self, verb: Token) -> tuple[ActorRef | None, str | None]:
        """Return (speaker, medium document) of an appeal verb: the document of "a letter
        asking X to ...", the main verb's speaker for a subordinate verb without a subject."""
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in DOCUMENT_NOUNS:
            return self.sf.speakers.speaker_and_medium(verb.head)  # "a letter asking X to ..."
        if verb.dep_ in ("advcl", "xcomp", "acl") and not any(
            c.dep_ == "nsubj" for c in verb.children
        ):
            return self.sf.speakers.speaker_of(verb.head) if verb.head != verb else (None, None)
        return self.sf.speakers.speaker_of(verb)

    def addressee_token(self, verb: Token, lemma: str) -> Token | None:
        """Return the token naming who is asked.

        The object of the verb ("urged lawmakers"), of "on"/"to"/"with" right after it
        ("called on police"), or the subject of the requested clause when the parser put it
        there ("urging [them to reconsider]", "calling for [the US to step up]").
        """
        asks_to_do = any(is_infinitive(c) for c in verb.children)
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubjpass") and (
                is_actorish(self.cast, child)
                or (asks_to_do and child.lower_ not in _NOT_ADDRESSEES)
                or (asks_to_do and self._names_a_body(child))
            ):
                return child
            if (
                child.dep_ in ("prep", "prt")
                and child.lower_ in _ADDRESSEE_PREPS.get(lemma, ())
                and self._follows(verb, child)
            ):
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
            if is_infinitive(child):
                subject = next((g for g in child.children if g.dep_ == "nsubj"), None)
                if subject is not None and subject.i < child.i and is_actorish(self.cast, subject):
                    return subject
            if self._for_clause(child):  # "calling for the US to step up": X is the clause subject
                subject = next((g for g in child.children if g.dep_ == "nsubj"), None)
                if subject is not None and is_actorish(self.cast, subject):
                    return subject
            if child.dep_ == "prep" and child.lower_ == "for":  # "called for X to resign"
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is not None and self._asked_to_act(obj):
                    return obj
        return None

    def _names_a_body(self, pronoun: Token) -> bool:
        """Return whether "it" in "asking it to investigate" refers to an organisation or a
        country of the article."""
        return pronoun.lower_ == "it" and self.cast.body_for(pronoun) is not None

    def action_head(self, verb: Token, addressee: Token | None) -> Token | None:
        """Return the head of what is asked for: a to-clause, or the object of "for".

        "calls for $1 trillion in new spending to improve roads": what is called for is the
        spending (the to-clause is its purpose), so a non-actor "for" object comes first.
        """
        if addressee is None:
            wanted = self._for_object(verb)
            if wanted is not None:
                return wanted
        for holder in (verb, addressee):
            if holder is None:
                continue
            for child in holder.children:
                if child.dep_ in CLAUSE_DEPS and is_infinitive(child):
                    return child
                if holder is addressee and _active_infinitive_relcl(child):
                    return child
        for child in verb.children:
            if (
                child.dep_ == "dobj"
                and child is not addressee
                and child.pos_ == "NOUN"
                and not is_actorish(self.cast, child)
            ):
                return child
        return None

    def _for_object(self, verb: Token) -> Token | None:
        """Return the non-actor object of "for" after an appeal verb ("call for a ban")."""
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in _ACTION_PREPS:
                obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
                if obj is None or self.cast.entity_of_token(obj) is not None:
                    continue
                if self._asked_to_act(obj):
                    continue  # "called for contestants to wear ...": they are the ones asked
                return obj
        return None

    def _asked_to_act(self, obj: Token) -> bool:
        """Return whether "for X to do Y" asks X to act (an active infinitive: "for
        contestants to wear") rather than for X to be done ("for footage to be released").

        The parser hangs the infinitive on X or, as often, on the verb of asking.
        """
        if obj.lower_ in _NOT_ADDRESSEES or not is_actorish(self.cast, obj):
            return False  # "calling for a process to identify ...": a process is not asked
        holders = [obj] + ([obj.head.head] if is_actorish(self.cast, obj) else [])
        return any(
            is_infinitive(g) and not any(c.dep_ == "auxpass" for c in g.children)
            for holder in holders
            for g in holder.children
        )


def _active_infinitive_relcl(clause: Token) -> bool:
    """ "called for a special prosecutor to investigate": the parser may make what the one
    asked should do a relative clause of them ("more Americans to be taken" is no request)."""
    passive = any(c.dep_ == "auxpass" for c in clause.children)
    return clause.dep_ == "relcl" and is_infinitive(clause) and not passive
