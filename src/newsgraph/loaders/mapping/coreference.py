"""Who a word refers to: names, titles, pronouns, descriptions, documents, collectives.

:class:`Coreference` resolves a token that governs a cue (a subject, an object) to an entity
of the article: through NER spans and the names around a title, collective noun phrases
("more than 600 former officials" -> a Group with ``member_count_min`` 600), documents ("the
letter", with their author), definite descriptions ("the group", "the president") and
pronouns (he/she/they/it, to the most recent compatible actor within a few sentences). A
phrase that names no known actor can still become one of this article (:meth:`describe`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cached_property

from spacy.tokens import Token

from newsgraph.loaders.mapping.collectives import read_collective
from newsgraph.loaders.mapping.entity_book import EntityBook
from newsgraph.loaders.mapping.lexicon import (
    ACTOR_NOUNS,
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUNS,
    MESSAGE_NOUNS,
    SPEECH_VERBS,
)
from newsgraph.loaders.mapping.names import clean_name, is_age, is_share
from newsgraph.loaders.mapping.quotes import QuoteSpan, find_quotes
from newsgraph.loaders.mapping.roles import is_title_word
from newsgraph.loaders.mapping.sentences import prep_object, span_of
from newsgraph.model import ActorRef, Span

__all__ = ["Coreference"]

_MALE_PRONOUNS = frozenset("he him his himself".split())
_FEMALE_PRONOUNS = frozenset("she her hers herself".split())
_PERSON_PRONOUNS = _MALE_PRONOUNS | _FEMALE_PRONOUNS
_PLURAL_PRONOUNS = frozenset("they them their theirs themselves".split())
_IT_PRONOUNS = frozenset("it its itself".split())
_GROUP_WORDS = frozenset("group organization organisation body coalition alliance movement".split())
_COMPANY_WORDS = frozenset("company firm agency ministry department government party".split())
_PRONOUN_WINDOW = 3
#: Verbs whose subject wrote the document they take as object ("Ruiz sent a letter").
_AUTHORING_VERBS = frozenset("send write sign issue publish release pen submit draft".split())
#: Entity types that never act: "on Thursday" is no addressee ("56 percent" of voters may).
_NOT_ACTOR_ENTS = frozenset("DATE TIME MONEY ORDINAL".split())
_QUANTIFIERS = frozenset("most some many all several few none both each one two three half".split())
_NON_REFERRING = frozenset(
    "it this that there what which who whom whoever anyone everyone nobody".split()
)
_ORG_HEADS = frozenset(
    """
    campaign magazine newspaper paper network station channel website outlet committee company
    firm agency administration government department ministry office party court council
    commission board team organization organisation group coalition union association institute
    """.split()
)
_PHRASE_DEPS = frozenset("compound det amod poss nummod quantmod nmod".split())


_APPOSITION_DEPS = frozenset({"appos", "flat"})
_MODIFIER_DEPS = frozenset({"compound", "nmod"})
_INDEFINITE = re.compile(r"^(?:an?|An?)\s+")
#: Heads that name a person of their own ("aide", "spokesman"), whatever modifies them.
_PERSON_HEADS = ACTOR_NOUNS - _ORG_HEADS - DOCUMENT_NOUNS


class Coreference(EntityBook):
    """The resolution of an article's words to its entities (see the module docstring)."""

    def resolve(self, token: Token) -> ActorRef | None:
        """Return the actor that ``token`` (a subject, object or pronoun) refers to.

        The returned span is the mention as written (the pronoun itself for a pronoun).
        """
        ref = self._resolve_uncached(token)
        if ref is not None and ref.key is not None:
            self.note_mention(token.i, ref.key)
        return ref

    def _resolve_uncached(self, token: Token) -> ActorRef | None:
        """Resolve ``token`` without recording the mention (see :meth:`resolve`)."""
        key = (
            self.entity_of_token(token)
            or self._entity_in_phrase(token)
            or self._person_named_by(token)
        )
        if key is not None:
            return ActorRef(key, self._phrase_span(token))
        lower = token.lower_
        if token.pos_ == "PRON":
            return self._resolve_pronoun(token, lower)
        if token.lemma_.lower() in DOCUMENT_NOUNS:
            return self._resolve_document(token)
        if self._is_definite(token):
            return self._resolve_description(token)
        return self._collective(token)

    def _person_named_by(self, token: Token) -> str | None:
        """Return the person a capitalised word the model missed names ("Trump" tagged as a
        verb in '"...," Trump shot back'); not at a sentence start, where all words are."""
        if not token.is_title or token.is_sent_start or token.pos_ == "PRON":
            return None
        return self.person_named(token.text)

    def person_named(self, name: str) -> str | None:
        """Return the one named person of the article called ``name`` or by that surname."""
        named = [
            key
            for key, draft in self._drafts.items()
            if draft.kind == "person"
            and not draft.local
            and name in (draft.name, draft.name.split()[-1])
        ]
        return named[0] if len(named) == 1 else None

    def note_mention(self, index: int, key: str) -> None:
        """Record that token ``index`` mentions ``key`` (for later pronoun resolution)."""
        self._recent.append((index, key))

    def _entity_in_phrase(self, token: Token) -> str | None:
        """Return the entity a modifier or an apposition names ("Sen. Ann Lee", "the
        director, Ann Lee").

        A common noun for someone else keeps its own meaning against its modifiers: "a
        Clinton aide" is not Clinton, nor "the Trump campaign" Trump, nor "a White House
        spokesman" the White House.
        """
        deps = _APPOSITION_DEPS
        if not (token.pos_ == "NOUN" and _names_its_own_actor(token)):
            deps = deps | _MODIFIER_DEPS
        for child in token.children:
            if child.dep_ in deps and child.i in self._token_entity:
                key = self._token_entity[child.i]
                if not key.startswith("place:"):
                    return key
        return self._holder_after_title(token)

    def _holder_after_title(self, title: Token) -> str | None:
        """Return the person a title phrase ends with: "Speaker of the House Rep. Ann Lee",
        which the parser reads as a title with the name inside its "of" phrase."""
        if not is_title_word(title.text):
            return None
        holder = prep_object(title, "of")
        key = self._token_entity.get(holder.i) if holder is not None else None
        return key if key is not None and key.startswith("person:") else None

    def _phrase_span(self, token: Token) -> Span:
        """Return the mention's span: the entity around ``token``, else its modifiers + head."""
        ent = next((e for e in self.ents if e.start <= token.i < e.end), None)
        if ent is not None and token.i in self._token_entity:
            return span_of(ent)
        lefts = [c.i for c in token.lefts if c.dep_ in _PHRASE_DEPS]
        if is_age(token):  # "the 46-year-old": the parser may hang "the" elsewhere
            first = token.left_edge.i
            lefts.append(first - 1 if first and self.doc[first - 1].pos_ == "DET" else first)
        end = token
        if is_share(token):  # "Four in 10", "nine out of 10"
            end = next((c.right_edge for c in token.rights if c.lower_ in ("in", "out")), token)
        return Span(self.doc[min([token.i, *lefts])].idx, end.idx + len(end.text))

    def _recent_of(
        self,
        before: int,
        kinds: tuple[str, ...],
        gender: str | None = None,
        exclude: frozenset[str] = frozenset(),
    ) -> str | None:
        """Return the most recent actor of the first kind in ``kinds`` that has one.

        Speakers and addressees already resolved count first (they are what news pronouns
        refer back to), unless a named subject of a speech verb comes after the latest of
        them; then named mentions, searched back within a few sentences. With a ``gender``, a
        person known to be of the other one is passed over; ``exclude`` are never meant
        ("he told Hannity" is not Hannity).
        """
        floor = self._window_start(before)
        for kind in kinds:

            def fits(key: str, kind: str = kind) -> bool:
                return key not in exclude and self._fits(key, kind, gender)

            recent = next(
                (
                    (index, key)
                    for index, key in reversed(self._recent)
                    if floor <= index < before and fits(key)
                ),
                None,
            )
            newer = self._named_speaker(recent[0] + 1 if recent else floor, before, fits)
            if newer is not None or recent is not None:
                return newer or (recent[1] if recent else None)
            for ent_index in range(before - 1, floor - 1, -1):
                named = self._token_entity.get(ent_index)
                if named and fits(named) and self._reachable(ent_index, before):
                    return named
        return None

    def _reachable(self, mention: int, pronoun: int) -> bool:
        """Return whether a pronoun can point back to a name at token ``mention``: a pronoun
        in the narration does not point into a quotation ('"... Hitler's Germany ..." She
        said ...' is not about Hitler)."""
        return self._in_quotation(pronoun) or not self._in_quotation(mention)

    def _in_quotation(self, index: int) -> bool:
        """Return whether token ``index`` stands inside a direct quotation."""
        char = self.doc[index].idx
        spans = self._quotation_spans
        at = bisect_right(spans, (char, len(self.text) + 1)) - 1
        return at >= 0 and spans[at][0] <= char < spans[at][1]

    @cached_property
    def quotes(self) -> list[QuoteSpan]:
        """The article's direct quotations, found once for the pronouns and the quote rules."""
        return find_quotes(self.text)

    @cached_property
    def _quotation_spans(self) -> list[tuple[int, int]]:
        """The article's direct quotations, as sorted (start, end) characters of their words."""
        return sorted((q.inner_start, q.inner_end) for q in self.quotes)

    def _named_speaker(self, start: int, before: int, fits: Callable[[str], bool]) -> str | None:
        """Return the latest named actor in tokens ``[start, before)`` that ``fits`` and is the
        subject of a speech verb: 'David Davis said ... "...," he said' points back to Davis
        even when the speakers resolved so far are older."""
        for index in range(before - 1, start - 1, -1):
            named = self._token_entity.get(index)
            token = self.doc[index]
            verb = token.head
            speaks = token.dep_ == "nsubj" and verb.lemma_.lower() in SPEECH_VERBS
            speaks = speaks and verb.dep_ in ("ROOT", "conj")  # not "until Obama admits ..."
            if named and speaks and fits(named) and self._reachable(index, before):
                return named
        return None

    def _fits(self, key: str, kind: str, gender: str | None) -> bool:
        """Return whether entity ``key`` is of ``kind`` and not known to be of another gender."""
        draft = self._drafts.get(key)
        if draft is None or draft.kind != kind:
            return False
        return gender is None or draft.gender is None or draft.gender == gender

    def _window_start(self, before: int) -> int:
        """Return the first token of the sentences a pronoun before ``before`` may reach.

        Sentences inside a quotation do not count: after a long quotation, "She said" still
        reaches the sentence that introduced it.
        """
        index = self.sentences.index_of_token(max(before - 1, 0))
        counted = 0
        while index > 0 and counted < _PRONOUN_WINDOW - 1:
            index -= 1
            counted += not self._in_quotation(self.sentences.spans[index].start)
        return self.sentences.spans[index].start

    def _resolve_pronoun(self, token: Token, lower: str) -> ActorRef | None:
        """Resolve a personal pronoun to the latest compatible actor."""
        if lower in _PERSON_PRONOUNS:
            kinds: tuple[str, ...] = ("person",)
        elif lower in _PLURAL_PRONOUNS:
            kinds = ("group", "org", "country")
        elif lower in _IT_PRONOUNS:
            kinds = ("document", "org", "country")
        else:
            return None
        gender = "m" if lower in _MALE_PRONOUNS else "f" if lower in _FEMALE_PRONOUNS else None
        key = self._recent_of(token.i, kinds, gender, self._clause_mates(token))
        if key is None and lower == "them":  # "they" often means the powers that be
            key = self._plural_people_before(token.i)
        return ActorRef(key, span_of(token)) if key else None

    def _clause_mates(self, pronoun: Token) -> frozenset[str]:
        """Return the entities named beside a pronoun in its clause, which it cannot mean:
        "he told Hannity", "she thanked the mayor"."""
        mates = [c for c in pronoun.head.children if c.i != pronoun.i]
        mates += [g for c in mates if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        keys = (self._token_entity.get(t.i) for t in mates)
        return frozenset(key for key in keys if key is not None)

    def body_for(self, pronoun: Token) -> str | None:
        """Return the latest organisation or country before ``pronoun``, never a document."""
        return self._recent_of(pronoun.i, ("org", "country"))

    def resolve_body(self, pronoun: Token) -> ActorRef | None:
        """Resolve "it" to the latest organisation or country, never a document: who is
        asked to act ("asking it to investigate") is a body, not the letter that asks."""
        key = self.body_for(pronoun)
        if key is None:
            return None
        self.note_mention(pronoun.i, key)
        return ActorRef(key, span_of(pronoun))

    def _plural_people_before(self, before: int) -> str | None:
        """Resolve "them" to the nearest plural noun for people before it, made an actor of
        this article ("met the union leaders, urging them to ...")."""
        for i in range(before - 1, self._window_start(before) - 1, -1):
            token = self.doc[i]
            people = token.lemma_.lower() in ACTOR_NOUNS or token.lower_ in COLLECTIVE_NOUNS
            if token.tag_ in ("NNS", "NNPS") and people:
                ref = self.describe(token)
                return ref.key if ref else None
        return None

    @staticmethod
    def _is_definite(token: Token) -> bool:
        """Return whether ``token`` has a definite determiner ("the", "this", "that")."""
        return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)

    def _resolve_description(self, token: Token) -> ActorRef | None:
        """Resolve "the group", "the company" or "the president" to an actor named before."""
        lemma = token.lemma_.lower()
        if lemma in _GROUP_WORDS:
            key = self._recent_of(token.i, ("group", "org"))
        elif lemma in _COMPANY_WORDS:
            key = self._named_by_head(token) or self._recent_of(token.i, ("org",))
            if key and self._drafts[key].local and lemma not in self._drafts[key].name.lower():
                key = None  # "the union ... the government": another body, not the union
        else:
            key = self._person_with_role(lemma) or self._named_by_head(token)
        return ActorRef(key, self._phrase_span(token)) if key else None

    def _named_by_head(self, token: Token) -> str | None:
        """Resolve "the chamber" to the latest organisation or group with that word in its name."""
        word = token.lower_
        for index in range(token.i - 1, -1, -1):
            key = self._token_entity.get(index)
            if (
                key
                and self._drafts[key].kind in ("org", "group")
                and word in self._drafts[key].name.lower().split()
            ):
                return key
        return None

    def _person_with_role(self, lemma: str) -> str | None:
        """Return the person whose role holds ``lemma`` ("the senator")."""
        for key, role in self.roles_by_holder.items():
            if lemma in role.lower().split():
                return key
        return None

    def _resolve_document(self, token: Token) -> ActorRef | None:
        """Resolve a document noun to its document entity."""
        key = self.document_for(token)
        return ActorRef(key, self._phrase_span(token)) if key else None

    def document_for(self, token: Token) -> str | None:
        """Return the document a document noun names, creating it on first mention."""
        lemma = token.lemma_.lower()
        author = self._document_author(token)
        existing = [
            k for k, d in self._drafts.items() if d.kind == "document" and k.split(":")[1] == lemma
        ]
        if existing and (author is None or self._drafts[existing[-1]].author in (None, author)):
            key = existing[-1]
        elif author is not None or not self._is_definite(token):
            key = self._ensure("document", f"{lemma}:{len(existing)}")
        else:
            return None
        draft = self._drafts[key]
        draft.author = draft.author or author
        draft.mentions.add(span_of(token))
        return key

    def _document_author(self, token: Token) -> str | None:
        """The author of "a letter by/from X", "X's letter" or "X sent a letter"."""
        if token.dep_ == "dobj" and token.head.lemma_.lower() in _AUTHORING_VERBS:
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            key = self._actor_key(self._resolve_uncached(subject)) if subject else None
            if key is not None:
                return key
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        key = self._actor_key(self._resolve_uncached(obj))
                        if key is not None:
                            return key
            if child.dep_ == "poss":
                key = self._actor_key(self._resolve_uncached(child))
                if key is not None:
                    return key
        return None

    def _actor_key(self, ref: ActorRef | None) -> str | None:
        """Return the key of ``ref`` when it names an actor (not a document), else None."""
        if ref is None or ref.key is None or self._drafts[ref.key].kind == "document":
            return None
        return ref.key

    def _collective(self, token: Token) -> ActorRef | None:
        """Register the counted collective ``token`` heads as a Group ("600+ officials")."""
        collective = read_collective(token)
        if collective is None:
            return None
        key = self._ensure("group", collective.name)
        draft = self._drafts[key]
        draft.member_count_min = collective.count or draft.member_count_min
        draft.country = draft.country or self._nationality(list(collective.tokens))
        draft.mentions.add(collective.span)
        return ActorRef(key, collective.span)

    def _nationality(self, tokens: list[Token]) -> str | None:
        """Return the country a demonym among ``tokens`` names ("Israeli")."""
        if self.gazetteer is None:
            return None
        for t in tokens:
            entry = self.gazetteer.country_for_demonym(t.text)
            if entry is not None:
                return self._ensure_gazetteer_entity(entry, entry.name)
        return None

    def describe(self, token: Token) -> ActorRef | None:
        """Return a reference for a speaker that names no known actor.

        A pronoun without antecedent, or a thing that "calls for" or reports ("the plan",
        "excerpts of the speech"), keeps only its span (key None). A common noun phrase
        ("the actress", "some Democrats", "the magazine") becomes an actor of this article
        alone, a group when plural, an organisation when its head names one, else a person.
        """
        of_phrase = prep_object(token, "of")
        if token.lower_ in _QUANTIFIERS and of_phrase is not None:  # "most of his rivals"
            ref = self.resolve(of_phrase) or self.describe(of_phrase)
            return (
                ActorRef(ref.key, Span(token.idx, ref.span.end if ref.span else of_phrase.idx))
                if ref
                else None
            )
        if token.pos_ == "PRON":
            return ActorRef(None, span_of(token)) if token.lower_ not in _NON_REFERRING else None
        share = is_share(token)
        if not (share or is_age(token)) and (
            token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in _NOT_ACTOR_ENTS
        ):
            return None
        span = self._phrase_span(token)
        name = _INDEFINITE.sub("", clean_name(span.slice(self.text)))
        if not name or not any(ch.isalpha() for ch in name):
            return None
        if token.pos_ == "NOUN" and token.lemma_.lower() in MESSAGE_NOUNS:
            return ActorRef(None, span)
        kind = (
            "group"
            if share or token.tag_ in ("NNS", "NNPS")
            else "org"
            if token.lemma_.lower() in _ORG_HEADS
            else "person"
        )
        key = self._ensure(kind, name)
        draft = self._drafts[key]
        draft.local = True
        draft.mentions.add(span)
        self.note_mention(token.i, key)
        return ActorRef(key, span)


def _names_its_own_actor(noun: Token) -> bool:
    """Return whether ``noun`` names a person or body other than its modifiers."""
    lemma = noun.lemma_.lower()
    return lemma in _ORG_HEADS or lemma in _PERSON_HEADS or is_title_word(noun.text)
