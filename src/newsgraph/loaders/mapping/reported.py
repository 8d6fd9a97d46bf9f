"""Reported speech: statements whose words are paraphrased, not quoted.

Rules (each fact records its rule id):

``statement.reported``
    A speech verb with a clausal complement: "They argue that ...", "..., officials said."
``statement.parenthetical``
    "The industry was over-supplied, he said": the speech verb hangs off the clause.
``statement.as-clause``
    "As Reuters reported, the port will close": an "as" clause with nothing said of its own
    attributes the clause it hangs on.
``statement.speech-act``
    What a speech act's object names: "X criticized Y", "X vowed to ...", "predicted a win".
``statement.naming``
    "X called Y 'very weak'", "X described it as a disaster": the object and what it is called
    (up to the end of a quoted name a few words on, when the quotation broke the parse).
``statement.topic``
    "X talked about the border", "X discussed the deal": the topic is what was said.
``statement.noun``
    "Her claim that ...", "a statement by X that ...".
``statement.according-to``
    "According to X, ..." makes X the speaker of the rest of the sentence.
``statement.source-in``
    "In a Register poll last month, Cruz had a 10-point lead": the poll states the rest.

``NAME: words`` lines (``statement.colon``) live in :mod:`~newsgraph.loaders.mapping.colon`.

A partial quote inside a reported clause is part of that clause's statement.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from newsgraph.loaders.mapping.cameo_rules import statement_code
from newsgraph.loaders.mapping.lexicon import (
    APPEAL_VERBS,
    COMMISSIVE_VERBS,
    EVALUATIVE_VERBS,
    NAMING_VERBS,
    NOT_ATTRIBUTION,
    SOURCE_NOUNS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TOPIC_VERBS,
)
from newsgraph.loaders.mapping.sentences import as_clause, prep_object, span_of, tokens_span
from newsgraph.loaders.mapping.statements import StatementFinder
from newsgraph.model import ActorRef, Span, Statement

__all__ = ["ReportedSpeechFinder"]

_EDGE_SLACK = 2  # a clause trimmed of its final ".\u201d" still holds the quote that ends it
#: Cues whose clausal complement is a misparse, not what was said ("she calls; he ...").
_NO_CLAUSE_CUES = frozenset({"call"})
#: Speech verbs whose "-ing" complement is what they report ("denied taking the money").
_GERUND_CUES = frozenset("report deny admit acknowledge recall mention".split())
#: Speech verbs whose object is the person spoken to ("told reporters", "asked her").
_ADDRESSEE_OBJECT_VERBS = frozenset("tell ask inform assure answer call question".split())
_OBJECT_CUES = EVALUATIVE_VERBS | COMMISSIVE_VERBS
_CUE_LEMMAS = _OBJECT_CUES | SPEECH_VERBS | NAMING_VERBS | frozenset(TOPIC_VERBS)
_QUESTION_VERBS = frozenset("ask wonder question inquire".split())
_QUOTE_NAMING_VERBS = frozenset("call dub brand label term".split())
_NAMING_GAP_TOKENS = 8  # "called Trump's statements and actions on Sunday" then the quote
_NAMING_REACH = 200
#: A short quoted name or judgement: "childish," or ''a fighter for families''.
_QUOTED_NAME = re.compile("(?:\u201c|\"|'')[^\u201c\u201d\"\n]{1,80}?(?:\u201d|\"|'')")
_CLAUSE_BREAKS = frozenset(",;:.!?")
_CONTRAST_MARKS = frozenset({"while", "whereas"})
_AS_CLAUSE_OBJECTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd"})


class ReportedSpeechFinder:
    """Find the reported-speech statements of one article.

    Args:
        finder: The article's statement finder (speakers, quotes, provenance).
    """

    def __init__(self, finder: StatementFinder) -> None:
        self.sf = finder
        self.doc = finder.doc
        self.cast = finder.cast
        self.text = finder.text
        self.quotes = finder.quotes

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

    def _statement(
        self, verb: Token, content: Span, rule: str, confidence: float
    ) -> Statement | None:
        """Build a reported statement by the subject of ``verb`` about ``content``."""
        if self._overlaps_quote(content) or not self.sf.speakers.subject_is_actor(verb):
            return None
        return self._reported(verb, content, rule, confidence)

    def _reported(
        self, verb: Token, content: Span, rule: str, confidence: float
    ) -> Statement | None:
        """Build the statement of ``verb``'s speaker about ``content`` (None if nobody)."""
        speaker, medium = self.sf.speakers.speaker_of(verb)
        return self._build(
            verb, (speaker, medium), content, self.sf.cue_span(verb), rule, confidence
        )

    def _build(
        self,
        cue: Token,
        who: tuple[ActorRef | None, str | None],
        content: Span,
        cue_span: Span,
        rule: str,
        confidence: float,
        lemma: str | None = None,
    ) -> Statement | None:
        """Build a reported statement; None when neither speaker nor medium is known.

        Args:
            cue: The cue token (its lemma codes CAMEO unless ``lemma`` is given).
            who: The speaker and the medium document.
            content: What was said.
            cue_span: The cue's characters.
            rule: Rule id recorded as provenance.
            confidence: Rule confidence.
            lemma: Cue lemma to code CAMEO with instead of ``cue``'s.
        """
        speaker, medium = who
        if speaker is None and medium is None:
            return None
        text = content.slice(self.text)
        return Statement(
            speaker=speaker,
            cue=cue_span,
            content=(content,),
            direct=False,
            modality=self.sf.modality(cue, text),
            cameo_code=statement_code(lemma or cue.lemma_.lower(), text),
            provenance=self.sf.provenance(cue.idx, rule, confidence),
            medium=medium,
        )

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

    def _object_statement(self, verb: Token) -> Statement | None:
        """ "X criticized Y for Z", "X vowed to Z": evaluative and committing speech acts."""
        lemma = verb.lemma_.lower()
        if lemma in EVALUATIVE_VERBS:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        elif lemma in COMMISSIVE_VERBS and not _passive(verb):  # not "is expected to"
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

    def _naming_statement(self, verb: Token) -> Statement | None:
        """ "Trump called Haley 'very weak on immigration'", "which he described as ...".

        The verb needs both an object and what it calls it (a second object, an object
        predicate or an "as" phrase); a passive ("was called") names no speaker.
        """
        if verb.lemma_.lower() not in NAMING_VERBS or _passive(verb):
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
        if verb.lemma_.lower() not in _QUOTE_NAMING_VERBS or _passive(verb):
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
        if lemma not in TOPIC_VERBS or _passive(verb):
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
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)

    def _said_object(self, verb: Token) -> Token | None:
        """Return the object of a speech verb when it is what was said, not whom to."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ == "PRON" or self.cast.entity_of_token(obj) is not None:
            return None
        return obj

    def _tokens_span(self, tokens: list[Token]) -> Span | None:
        return tokens_span(self.text, tokens, min_chars=3)

    def _complement(self, verb: Token) -> Token | None:
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
        clause = self._complement(verb) if verb.lemma_.lower() not in _NO_CLAUSE_CUES else None
        if clause is None:
            return None
        if verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        content = self._clause_span(clause)
        if content is None or self._overlaps_quote(content):
            return None
        return self._reported(verb, content, "statement.reported", 0.75)

    def _clause_span(self, clause: Token) -> Span | None:
        """Return the text of a reported clause, up to a clause that is another act.

        "She said the party was not in crisis, and urged that ...", "he said he would
        release it on Friday, calling the delay ...": the parser often hangs the second act
        on the reported clause; it is not more of what was said. Neither is a contrast the
        writer adds ("..., while his rival ..."). A clause before its cue is cut nowhere:
        "The port will stay open, but the fees will rise, said the mayor."
        """
        fronted = clause.i < clause.head.i  # "X, but Y, said Z": all before the cue was said
        cut = None if fronted else next((c for c in clause.children if self._another_act(c)), None)
        tokens = [t for t in clause.subtree if cut is None or t.i < cut.left_edge.i]
        while tokens and tokens[-1].dep_ in ("cc", "punct"):
            tokens.pop()
        if len(tokens) > 1 and tokens[0].dep_ == "mark" and tokens[0].lower_ == "that":
            tokens = tokens[1:]
        return tokens_span(self.text, tokens, min_chars=3)

    def _another_act(self, child: Token) -> bool:
        """Return whether a clause hung on a reported clause is an act of its own."""
        if child.dep_ == "conj":
            return self._own_act(child)
        if child.dep_ != "advcl":
            return False
        contrast = any(m.dep_ == "mark" and m.lower_ in _CONTRAST_MARKS for m in child.children)
        lemma = child.lemma_.lower()
        speech_participle = child.tag_ == "VBG" and lemma in SPEECH_VERBS | NAMING_VERBS
        return contrast or speech_participle

    @staticmethod
    def _own_act(verb: Token) -> bool:
        """Return whether a coordinated verb is a separate act: own subject or a speech verb.

        "... and that he has a chance" goes on with what was said, and so does a speech verb
        joined without a comma ("he'd sit Putin down and tell him ...").
        """
        if verb.pos_ != "VERB" or any(
            c.dep_ == "mark" and c.lower_ == "that" for c in verb.children
        ):
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return True
        lemma = verb.lemma_.lower()
        if lemma in SPEECH_VERBS and any(c.dep_ == "ccomp" for c in verb.children):
            return True  # "... and predicted that ...": a second report of its own
        comma_before = verb.doc[verb.left_edge.i - 2 : verb.left_edge.i].text.startswith(",")
        return comma_before and (lemma in SPEECH_VERBS or lemma in _OBJECT_CUES)

    def _overlaps_quote(self, span: Span) -> bool:
        """Return whether a quotation straddles ``span``'s edge (partly in, partly out).

        A quotation wholly inside a reported clause ("he found Trump 'very charming'") is a
        partial quote: the clause is the statement and the quote part of its content.
        """
        return any(
            span.start < q.inner_end
            and q.inner_start < span.end
            and not (span.start <= q.inner_start and q.inner_end <= span.end + _EDGE_SLACK)
            for q in self.quotes
        )

    def _according_statement(self, token: Token) -> Statement | None:
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


_MIN_SOURCE_CLAUSE = 3


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


def _that_clause(clause: Token) -> bool:
    """Return whether ``clause`` opens with the conjunction "that" and has its own subject."""
    children = list(clause.children)
    opens_with_that = any(m.dep_ == "mark" and m.lower_ == "that" for m in children)
    return opens_with_that and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)


def _passive(verb: Token) -> bool:
    """Return whether ``verb`` is a passive participle ("expected to win", not "has vowed")."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    return verb.tag_ == "VBN" and not perfect
