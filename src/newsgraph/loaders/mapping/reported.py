"""Reported speech: statements whose words are paraphrased, not quoted.

Rules (each fact records its rule id):

``statement.reported``
    A speech verb with a clausal complement: "They argue that ...", "..., officials said."
``statement.parenthetical``
    "The industry was over-supplied, he said": the speech verb hangs off the clause.
``statement.as-clause``
    "As Reuters reported, the port will close": an "as" clause with nothing said of its own
    attributes the clause it hangs on.
``statement.according-to``
    "According to X, ..." makes X the speaker of the rest of the sentence.
``statement.source-in``
    "In a Register poll last month, Cruz had a 10-point lead": the poll states the rest.

Speech acts (``statement.speech-act``, ``statement.naming``, ``statement.topic``,
``statement.noun``, ``statement.expressive``) live in
:mod:`~newsgraph.loaders.mapping.speech_acts`, ``NAME: words`` lines (``statement.colon``) in
:mod:`~newsgraph.loaders.mapping.colon`.

A partial quote inside a reported clause is part of that clause's statement.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.loaders.mapping.lexicon import (
    COMMISSIVE_VERBS,
    EVALUATIVE_VERBS,
    EXPRESSIVE_VERBS,
    NAMING_VERBS,
    NOT_ATTRIBUTION,
    SOURCE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TOPIC_VERBS,
)
from newsgraph.loaders.mapping.sentences import as_clause, span_of
from newsgraph.loaders.mapping.speech_acts import SpeechActRules
from newsgraph.model import Span, Statement

__all__ = ["ReportedSpeechFinder"]

#: Cues whose clausal complement is a misparse, not what was said ("she calls; he ...").
_NO_CLAUSE_CUES = frozenset({"call"})
#: Speech verbs whose "-ing" complement is what they report ("denied taking the money").
_GERUND_CUES = frozenset("report deny admit acknowledge recall mention".split())
_CUE_LEMMAS = (
    EVALUATIVE_VERBS
    | COMMISSIVE_VERBS
    | SPEECH_VERBS
    | NAMING_VERBS
    | EXPRESSIVE_VERBS
    | frozenset(TOPIC_VERBS)
)
_QUESTION_VERBS = frozenset("ask wonder question inquire".split())
_AS_CLAUSE_OBJECTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd"})
_MIN_SOURCE_CLAUSE = 3


class ReportedSpeechFinder(SpeechActRules):
    """Find the reported-speech statements of one article.

    Args:
        finder: The article's statement finder (speakers, quotes, provenance).
    """

    def find(self) -> list[Statement]:
        """Return statements of reported speech and "according to" outside direct quotes."""
        found = []
        for token in self._reported_candidates():
            if self.sf.in_quote(token):
                continue
            if token.lower_ == "according":
                statement = self._according_statement(token)
            elif token.lower_ == "in":
                statement = self._source_in_statement(token)
            elif token.pos_ == "NOUN":
                statement = self._noun_statement(token)
            else:
                statement = (
                    self._reported_statement(token)
                    or self._parenthetical_statement(token)
                    or self._expressed_statement(token)
                    or self._naming_statement(token)
                    or self._quoted_naming(token)
                    or self._object_statement(token)
                    or self._topic_statement(token)
                )
            if statement is not None:
                found.append(statement)
        return found

    def _reported_candidates(self) -> list[Token]:
        """Return, in text order, the only tokens the reported-speech rules can fire on."""
        table = self.cast.table
        clausal = table.having_child("ccomp") | table.having_child("advcl")
        picked = []
        for i, lemma in enumerate(table.lemmas):
            pos = table.pos[i]
            if (
                table.lower[i] in ("according", "in")
                or (pos == "NOUN" and lemma in SPEECH_NOUNS)
                or (
                    pos in ("VERB", "AUX")
                    and lemma not in NOT_ATTRIBUTION
                    and (i in clausal or lemma in _CUE_LEMMAS)
                )
            ):
                picked.append(table.tokens[i])
        return picked

    def _parenthetical_statement(self, verb: Token) -> Statement | None:
        """ "The industry was over-supplied, he said" and "as the Gazette reported, the port
        will close": the attribution hangs off the clause that was said."""
        if verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        if verb.dep_ == "parataxis":
            rule = "statement.parenthetical"
        elif verb.dep_ == "advcl" and as_clause(verb) and not self._has_own_object(verb):
            rule = "statement.as-clause"
        else:
            return None
        if self.sf.in_quote(verb.head):  # 'X said, "..."' parsed from the quotation: direct
            return None
        head = verb.head
        attribution = {x.i for x in verb.subtree}
        tokens = [t for t in head.subtree if t.i not in attribution]
        while tokens and tokens[0].dep_ in ("cc", "punct"):  # "But as Lee noted, ..."
            tokens.pop(0)
        content = self._tokens_span(tokens)
        statement = self._statement(verb, content, rule, 0.7) if content else None
        if statement is None:
            return None
        # "The port, the mayor said, will stay open": the words around the attribution
        pieces = [
            self._tokens_span([t for t in tokens if t.i < min(attribution)]),
            self._tokens_span([t for t in tokens if t.i > max(attribution)]),
        ]
        fragments = tuple(piece for piece in pieces if piece is not None)
        return replace(statement, content=fragments) if fragments else statement

    @staticmethod
    def _has_own_object(verb: Token) -> bool:
        """Return whether an "as" clause says something of its own, which makes it a clause
        of time or reason ("as he urged the party to ...", "as polls show ...") rather than
        an attribution ("as Reuters reported", "as Lee told the Gazette")."""
        addressee = {"dobj", "dative"} if verb.lemma_.lower() == "tell" else set()
        objects = _AS_CLAUSE_OBJECTS - addressee
        as_though = any(c.dep_ == "mark" and c.lower_ in ("though", "if") for c in verb.children)
        return as_though or any(c.dep_ in objects for c in verb.children)

    def _complement(self, verb: Token) -> Token | None:
        """Return the clause ``verb`` reports: its clausal complement, the "-ing" clause of
        "denied taking ...", the "if" clause of "asked if ...", or a "that" clause the parser
        hung on an adjunct."""
        for child in verb.children:
            if child.dep_ == "ccomp" and not self.sf.in_quote(child):
                return child
        if verb.lemma_.lower() in _GERUND_CUES:  # "reported raising $9 million"
            for child in verb.children:
                if child.dep_ in ("xcomp", "dobj") and child.tag_ == "VBG":
                    return child
        if verb.lemma_.lower() in _QUESTION_VERBS:  # "asked the candidate if he ..."
            for child in verb.children:
                if child.dep_ == "advcl" and any(
                    m.lower_ in ("if", "whether") for m in child.children
                ):
                    return child
        return self._clause_after_medium(verb)

    def _clause_after_medium(self, verb: Token) -> Token | None:
        """ "says in a statement that ...", "said on Friday during a news conference that ...":
        the parser hangs the clause on a noun of the verb's adjuncts. A clause opened by the
        conjunction "that" with a subject of its own is what was said, not a relative clause.
        """
        if verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        adjuncts = [c for c in verb.children if c.dep_ in ("prep", "npadvmod") and c.i > verb.i]
        for token in (t for adjunct in adjuncts for t in adjunct.subtree):
            if token.dep_ in ("acl", "ccomp", "relcl") and _that_clause(token):
                return token
        return None

    def _reported_statement(self, verb: Token) -> Statement | None:
        """Return the statement of a speech verb and the clause it reports ("They argue
        that ...")."""
        clause = self._complement(verb) if verb.lemma_.lower() not in _NO_CLAUSE_CUES else None
        if clause is None:
            return None
        if verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        content = self._clause_span(clause)
        if content is None or self._overlaps_quote(content):
            return None
        return self._reported(verb, content, "statement.reported", 0.75)

    def _according_statement(self, token: Token) -> Statement | None:
        """Return the statement "According to X, ..." makes: X says the rest of the
        sentence."""
        cue = self.sf.according_to(self.cast.sentences.of_token(token))
        if cue is None or cue.token.i != token.i:
            return None
        sent = self.cast.sentences.of_token(token)
        phrase = {t.i for t in token.subtree}
        rest = [t for t in sent if t.i not in phrase and not t.is_punct and not t.is_space]
        if not rest or (cue.speaker is None and cue.medium is None):
            return None
        content = Span(rest[0].idx, rest[-1].idx + len(rest[-1].text))
        if self._overlaps_quote(content):
            return None
        cue_span = self.sf.cue_span(token)
        who = (cue.speaker, cue.medium)
        return self._build(token, who, content, cue_span, "statement.according-to", 0.7, "say")

    def _source_in_statement(self, token: Token) -> Statement | None:
        """ "In a Des Moines Register poll last month, Mr. Cruz had a 10-point lead."

        Only polls, surveys, studies and reports count, and only in a sentence with no speech
        verb of its own (that one's rules name the speaker).
        """
        source = next((c for c in token.children if c.dep_ == "pobj"), None)
        if source is None or source.lemma_.lower() not in SOURCE_NOUNS or token.head.dep_ != "ROOT":
            return None
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is None or any(t.like_num or t.lower_ == "percent" for t in subject.subtree):
            return None  # "87 percent in the poll say ...": the respondents speak
        sent = self.cast.sentences.of_token(token)
        phrase = {t.i for t in token.subtree}
        start = subject.left_edge.i if token.i < subject.i else sent.start  # not "last month,"
        rest = [
            t
            for t in sent
            if t.i >= start and t.i not in phrase and not t.is_punct and not t.is_space
        ]
        if any(t.lemma_.lower() in SPEECH_VERBS and t.pos_ == "VERB" for t in rest):
            return None
        if len(rest) < _MIN_SOURCE_CLAUSE:
            return None
        content = Span(rest[0].idx, rest[-1].idx + len(rest[-1].text))
        if self._overlaps_quote(content):
            return None
        who = self.sf.speakers.speaker_and_medium(source)
        return self._build(token, who, content, span_of(token), "statement.source-in", 0.6, "say")


def _that_clause(clause: Token) -> bool:
    """Return whether ``clause`` opens with the conjunction "that" and has its own subject."""
    children = list(clause.children)
    opens_with_that = any(m.dep_ == "mark" and m.lower_ == "that" for m in children)
    return opens_with_that and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
