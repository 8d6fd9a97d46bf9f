"""Speech acts whose object says what was said: criticisms, promises, namings, topics.

Rules (each fact records its rule id):

``statement.speech-act``
    What a speech act's object names: "X criticized Y", "X vowed to ...", "predicted a win".
``statement.naming``
    "X called Y 'very weak'", "X described it as a disaster": the object and what it is called
    (up to the end of a quoted name a few words on, when the quotation broke the parse).
``statement.topic``
    "X talked about the border", "X discussed the deal": the topic is what was said.
``statement.noun``
    "Her claim that ...", "a statement by X that ...".
``statement.expressive``
    "X expressed concern that ...", "X voiced doubts about ...": what the attitude is about.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.loaders.mapping.lexicon import (
    APPEAL_VERBS,
    COMMISSIVE_VERBS,
    EVALUATIVE_VERBS,
    EXPRESSIVE_VERBS,
    NAMING_VERBS,
    SPEECH_VERBS,
    TOPIC_VERBS,
)
from newsgraph.loaders.mapping.report_builder import ReportBuilder
from newsgraph.loaders.mapping.sentences import prep_object, span_of
from newsgraph.loaders.mapping.speakers import misparsed_subject
from newsgraph.model import Span, Statement

__all__ = ["SpeechActRules", "passive"]

#: Speech verbs whose object is the person spoken to ("told reporters", "asked her").
_ADDRESSEE_OBJECT_VERBS = frozenset("tell ask inform assure answer call question".split())
_QUOTE_NAMING_VERBS = frozenset("call dub brand label term".split())
_NAMING_GAP_TOKENS = 8  # "called Trump's statements and actions on Sunday" then the quote
_NAMING_REACH = 200
#: A short quoted name or judgement: "childish," or ''a fighter for families''.
_QUOTED_NAME = re.compile("(?:\u201c|\"|'')[^\u201c\u201d\"\n]{1,80}?(?:\u201d|\"|'')")
_CLAUSE_BREAKS = frozenset(",;:.!?")
#: Prepositions that say what a voiced attitude is about ("concern over", "admiration for").
_ATTITUDE_PREPOSITIONS = frozenset("about over at for with in on toward towards".split())


class SpeechActRules(ReportBuilder):
    """The speech-act rules of one article (see the module docstring)."""

    def _object_statement(self, verb: Token) -> Statement | None:
        """ "X criticized Y for Z", "X vowed to Z": evaluative and committing speech acts."""
        lemma = verb.lemma_.lower()
        if lemma in EVALUATIVE_VERBS:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        elif lemma in COMMISSIVE_VERBS and not passive(verb):  # not "is expected to"
            obj = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        elif lemma in SPEECH_VERBS and lemma not in _ADDRESSEE_OBJECT_VERBS | APPEAL_VERBS:
            obj = self._said_object(verb)  # "predicted a Cruz win", "announced the name"
        else:
            return None
        if obj is None:
            return None
        tokens = [t for t in obj.subtree]
        tokens += [t for c in verb.children if c.dep_ == "prep" and c.i > obj.i for t in c.subtree]
        content = self._tokens_span(sorted(tokens, key=lambda t: t.i))
        return self._statement(verb, content, "statement.speech-act", 0.6) if content else None

    def _expressed_statement(self, verb: Token) -> Statement | None:
        """ "X expressed concern that Y", "voiced doubts about Y", "expressed admiration":
        the attitude's clause, else what its preposition names, else the attitude itself.

        The cue runs from the verb to the attitude noun (and its preposition), so that
        "expressed concern" is kept apart from "expressed admiration for".
        """
        if verb.lemma_.lower() not in EXPRESSIVE_VERBS or passive(verb):
            return None
        attitude = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if attitude is None:
            return None
        clause = next((c for c in attitude.children if _complement_clause(c)), None)
        about = next(
            (
                c
                for c in attitude.children
                if c.dep_ == "prep" and c.lower_ in _ATTITUDE_PREPOSITIONS
            ),
            None,
        )
        if clause is not None:
            content, cue_end = self._clause_span(clause), attitude
        elif about is not None and any(c.dep_ == "pobj" for c in about.children):
            pobj = next(c for c in about.children if c.dep_ == "pobj")
            content, cue_end = self._tokens_span(list(pobj.subtree)), about
        else:
            content, cue_end = self._tokens_span(list(attitude.subtree)), verb
        if content is None or self._overlaps_quote(content):
            return None
        cue_span = Span(verb.idx, cue_end.idx + len(cue_end.text))
        who = self.sf.speakers.speaker_of(verb)
        attitude_lemma = attitude.lemma_.lower()
        return self._build(
            verb, who, content, cue_span, "statement.expressive", 0.6, lemma=attitude_lemma
        )

    def _naming_statement(self, verb: Token) -> Statement | None:
        """ "Trump called Haley 'very weak on immigration'", "which he described as ...".

        The verb needs both an object and what it calls it (a second object, an object
        predicate or an "as" phrase); a passive ("was called") names no speaker.
        """
        if verb.lemma_.lower() not in NAMING_VERBS or passive(verb):
            return None
        right = [c for c in verb.children if c.i > verb.i]
        naming = [c for c in right if c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as")]
        objects = [c for c in right if c.dep_ == "dobj"]
        if not naming and len(objects) >= 2:  # "branded the plan a disaster"
            objects, naming = objects[:1], objects[1:]
        if not naming:
            return None
        tokens = [t for c in (*objects, *naming) for t in _without_verb_conjuncts(c)]
        content = self._tokens_span(sorted(tokens, key=lambda t: t.i))
        return self._statement(verb, content, "statement.naming", 0.7) if content else None

    def _quoted_naming(self, verb: Token) -> Statement | None:
        """'Lee called the plan "a disgrace."': quotation marks often break the parse of a
        naming verb's object and predicate; a quoted word or phrase a few words after the
        verb, with no other verb or clause break between, ends what it names."""
        if verb.lemma_.lower() not in _QUOTE_NAMING_VERBS or passive(verb):
            return None
        if any(c.dep_ in ("prt", "prep") and c.i == verb.i + 1 for c in verb.children):
            return None  # "called on people to ...", "called for more 'flexibility'"
        after = verb.idx + len(verb.text)
        quoted = _QUOTED_NAME.search(self.text, after, after + _NAMING_REACH)
        if quoted is None:
            return None
        between = self.doc.char_span(after, quoted.start(), alignment_mode="contract")
        if not between or len(between) > _NAMING_GAP_TOKENS:
            return None
        if any(t.pos_ in ("VERB", "AUX") or t.text in _CLAUSE_BREAKS for t in between):
            return None
        return self._statement(verb, Span(between[0].idx, quoted.end()), "statement.naming", 0.7)

    def _topic_statement(self, verb: Token) -> Statement | None:
        """ "X talked about the border", "referred to the ruling", "discussed the deal"."""
        lemma = verb.lemma_.lower()
        if lemma not in TOPIC_VERBS or passive(verb):
            return None
        prepositions = TOPIC_VERBS[lemma]
        topic = (
            prep_object(verb, *prepositions)
            if prepositions
            else next((c for c in verb.children if c.dep_ == "dobj"), None)
        )
        if topic is None or topic.pos_ == "PRON" or topic.ent_type_ in ("DATE", "TIME"):
            return None
        content = self._tokens_span(list(topic.subtree))
        return self._statement(verb, content, "statement.topic", 0.6) if content else None

    def _noun_statement(self, noun: Token) -> Statement | None:
        """ "Her remark that ...", "his claim that ...", "a statement by X that ..."."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            owner = prep_object(noun, "by", "from")
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp", "relcl")
                and c.i > noun.i
                and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
            ),
            None,
        )
        if clause is None:
            clause = next(
                (c for c in noun.children if c.dep_ in ("acl",) and self._to_infinitive(c)), None
            )
        if owner is None or clause is None:
            return None
        content = self._clause_span(clause)
        if content is None or self._overlaps_quote(content):
            return None
        who = self.sf.speakers.speaker_and_medium(owner)
        return self._build(noun, who, content, span_of(noun), "statement.noun", 0.6)

    @staticmethod
    def _to_infinitive(token: Token) -> bool:
        """Return whether ``token`` is a "to" infinitive."""
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)

    def _said_object(self, verb: Token) -> Token | None:
        """Return the object of a speech verb when it is what was said, not whom to."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ == "PRON" or self.cast.entity_of_token(obj) is not None:
            return None
        return obj


def _complement_clause(child: Token) -> bool:
    """Return whether ``child`` is the clause a noun states ("concern that the port ...",
    "confidence it would hold"), not a relative clause about the noun."""
    if child.i < child.head.i or child.pos_ not in ("VERB", "AUX"):
        return False
    if child.dep_ == "ccomp":
        return True
    marked = any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children)
    return child.dep_ in ("acl", "relcl") and marked


def _without_verb_conjuncts(head: Token) -> list[Token]:
    """Return ``head``'s subtree without a verb the parser coordinated with it: in "called it
    'shameful' and left", leaving is not part of what it was called."""
    cut = {
        t.i
        for c in head.children
        if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
        for t in c.subtree
    }
    cut |= {c.i for c in head.children if c.dep_ == "cc" and cut}
    return [t for t in head.subtree if t.i not in cut]


def passive(verb: Token) -> bool:
    """Return whether ``verb`` is a passive participle ("expected to win", not "has vowed",
    nor "Lee, an ally, called ..." that the parser took for a participle)."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.tag_ == "VBN" and not perfect and misparsed_subject(verb) is None
