"""Statements: direct quotes with their speaker and cue, reported speech, "according to".

Rules (each fact records the rule id that made it):

``statement.direct``
    A quotation whose sentence holds a speech verb outside the quote; the verb's subject is
    the speaker ("...," the letter states). Quotes split around one cue share a statement.
``statement.direct.continued``
    A quotation with no cue of its own that follows an attributed quote within two sentences
    (or continues it across a paragraph break) keeps that quote's speaker.
``statement.reported``
    A speech verb with a clausal complement: "They argue that ...", "..., officials said."
``statement.according-to``
    "According to X, ..." makes X the speaker of the rest of the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.loaders.mapping.actors import Cast, span_of
from newsgraph.loaders.mapping.cameo_rules import statement_code
from newsgraph.loaders.mapping.lexicon import (
    ACTOR_NOUNS,
    APPEAL_VERBS,
    COLLECTIVE_NOUNS,
    COMMISSIVE_VERBS,
    EVALUATIVE_VERBS,
    HEDGE_CUES,
    HEDGE_WORDS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
)
from newsgraph.loaders.mapping.quotes import QuoteSpan
from newsgraph.loaders.mapping.sentences import prep_object, tokens_span
from newsgraph.model import ActorRef, Provenance, Span, Statement

__all__ = ["StatementFinder"]

_SUBJECTS = ("nsubj", "nsubjpass")
_ADJACENT_WORDS = 4
_CONTINUATION_WORDS = 3  # a lone "scare quote" near a statement does not continue it
_EDGE_SLACK = 2
#: Cues whose clausal complement is a misparse, not what was said ("she calls; he ...").
_NO_CLAUSE_CUES = frozenset({"call"})
#: Speech verbs whose object is the person spoken to ("told reporters", "asked her").
_ADDRESSEE_OBJECT_VERBS = frozenset(
    "tell ask inform assure answer call question".split()
)  # a clause trimmed of its final ".”" still holds the quote that ends it
_OBJECT_CUES = EVALUATIVE_VERBS | COMMISSIVE_VERBS
_QUESTION_VERBS = frozenset("ask wonder question inquire".split())
_CONTINUATION_SENTENCES = 1
_QUANTIFIER_HEADS = frozenset(
    "most some many all several few none both each one two three half".split()
)
_PERSONAL_PRONOUNS = frozenset("i you he she we they who".split())
_RELATIVE_PRONOUNS = frozenset("who which that".split())
#: Verbs whose clausal complement is not somebody's words or stance ("make sure that").
_NOT_ATTRIBUTION = frozenset(
    "be do get make let have help keep ensure mean seem appear become go come try need".split()
)


@dataclass(frozen=True)
class _Cue:
    token: Token
    speaker: ActorRef | None
    medium: str | None


class StatementFinder:
    """Find the statements of one parsed article.

    Args:
        doc: The parsed article.
        cast: The article's entities and coreference.
        quotes: Direct quotations found in ``doc.text``.
    """

    def __init__(self, doc: Doc, cast: Cast, quotes: Sequence[QuoteSpan]) -> None:
        self.doc = doc
        self.cast = cast
        self.text = cast.text
        self.quotes = list(quotes)
        self.sentences = cast.sentences.spans
        self._quoted_chars = [(q.start, q.end) for q in self.quotes]
        self._quoted_tokens = self._tokens_in_quotes()

    # -- shared helpers --------------------------------------------------------------------

    def sentence_index(self, char: int) -> int:
        """Return the index of the sentence holding character ``char``."""
        return self.cast.sentences.index_of_char(char)

    def provenance(self, char: int, rule: str, confidence: float) -> Provenance:
        """Return the provenance of a fact found at ``char`` by ``rule``."""
        index = self.sentence_index(char)
        return Provenance(span_of(self.sentences[index]), index, rule, confidence)

    def _tokens_in_quotes(self) -> set[int]:
        inside: set[int] = set()
        for start, end in self._quoted_chars:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            inside.update(range(span.start, span.end) if span is not None else ())
        return inside

    def _in_quote(self, token: Token) -> bool:
        return token.i in self._quoted_tokens

    def speaker_of(self, verb: Token) -> tuple[ActorRef | None, str | None]:
        """Return (speaker, medium document) of a cue verb, following conj/participles up."""
        current: Token | None = verb
        for _ in range(3):
            if current is None:
                break
            for child in current.children:
                if self._in_quote(child) and not self._in_quote(current):
                    continue  # a subject inside the quotation is a misparse, not the speaker
                if _is_dateline(child):
                    continue
                if child.dep_ == "nsubj" or (child.dep_ == "agent" and child.lower_ == "by"):
                    target = (
                        next((g for g in child.children if g.dep_ == "pobj"), child)
                        if child.dep_ == "agent"
                        else child
                    )
                    if target.lower_ in _RELATIVE_PRONOUNS and current.dep_ == "relcl":
                        return self._relative_speaker(target, current.head)
                    return self._speaker_and_medium(target)
            current = current.head if current.dep_ in ("conj", "advcl", "xcomp") else None
        return None, None

    @staticmethod
    def _subject_of(verb: Token) -> Token | None:
        """Return the subject of ``verb``, or of the verb it is coordinated with or serves."""
        current = verb
        for _ in range(3):
            subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
            if subject is not None or current.dep_ not in ("conj", "advcl", "xcomp"):
                return subject
            current = current.head
        return None

    def _subject_is_actor(self, verb: Token, own: bool = False) -> bool:
        """Return whether ``verb``'s subject can hold a view.

        A named actor, a personal pronoun or a noun for people or organisations ("critics",
        "the campaign") can; "it" or "the plan" cannot.

        Args:
            verb: The cue verb.
            own: Look only at the verb's own subject, not at the one of the verb it is
                coordinated with or depends on.
        """
        if own:  # a stance verb speaks only for its own subject, never its head's
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        else:
            subject = self._subject_of(verb)
        if subject is None:
            return False
        if self.cast.entity_of_token(subject) is not None or subject.pos_ == "PROPN":
            return True
        if subject.pos_ == "PRON":
            return subject.lower_ in _PERSONAL_PRONOUNS
        of_phrase = prep_object(subject, "of")
        head = (
            of_phrase if of_phrase is not None and subject.lower_ in _QUANTIFIER_HEADS else subject
        )
        if self.cast.entity_of_token(head) is not None or head.pos_ == "PROPN":
            return True
        return head.lemma_.lower() in ACTOR_NOUNS or head.lower_ in COLLECTIVE_NOUNS

    def _relative_speaker(
        self, pronoun: Token, antecedent: Token
    ) -> tuple[ActorRef | None, str | None]:
        """Resolve "who" in "X, who said ..." to X, keeping the pronoun's span as evidence."""
        ref, medium = self._speaker_and_medium(antecedent)
        return (ActorRef(ref.key, span_of(pronoun)) if ref else None), medium

    def _speaker_and_medium(self, token: Token) -> tuple[ActorRef | None, str | None]:
        ref = self.cast.resolve(token) or self.cast.describe(token)
        if ref is None:
            return None, None
        if ref.key is None or self.cast.kind_of(ref.key) != "document":
            return ref, None
        author = self.cast.author_of(ref.key)
        return ActorRef(author, ref.span), ref.key

    # -- direct quotes ---------------------------------------------------------------------

    def direct(self) -> list[Statement]:
        """Return statements for the article's direct quotations.

        A quotation without a cue of its own that follows an attributed one closely ("'A,' she
        said. 'B.'", or the next paragraph of a long quote) continues that statement: it
        becomes another content fragment of it, as quotes split around one cue do.
        """
        found: list[Statement] = []
        last_index = -_CONTINUATION_SENTENCES - 1
        for quote in self.quotes:
            cue = self._cue_for_quote(quote)
            index = self.sentence_index(quote.inner_start)
            content = Span(quote.inner_start, quote.inner_end)
            continues = found and (quote.continues or index - last_index <= _CONTINUATION_SENTENCES)
            continues = continues and len(content.slice(self.text).split()) >= _CONTINUATION_WORDS
            if cue is None and not continues:
                continue
            if cue is None or (found and self._cue_span(cue.token) == found[-1].cue):
                found[-1] = _merge_contents(found[-1], content)
            else:
                found.append(self._direct_statement(content, cue))
            last_index = index
        return found

    def _window(self, quote: QuoteSpan) -> SpacySpan:
        """Return the sentences a quotation's words fall in (where its cue may be).

        The last sentence is the one holding the last quoted word, not the closing mark: the
        parser often hangs a closing mark on the next sentence ('...." Rubio said that ...').
        """
        first = self.sentences[self.sentence_index(quote.start)]
        last = self.sentences[self.sentence_index(max(quote.inner_end - 1, quote.start))]
        return self.doc[first.start : last.end]

    def _governing_verb(self, quote: QuoteSpan) -> Token | None:
        """Return the verb outside the quote that the quoted words depend on, if any.

        "Hillary shot back, '...'" and "'...,' the businessman replied" need no lexicon: the
        parse attaches the quotation to the verb that introduces it.
        """
        inside = [
            t
            for t in self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
            or ()
        ]
        roots = [t for t in inside if not (quote.start <= t.head.idx < quote.end)]
        for root in roots:
            head = root.head
            if head.pos_ in ("VERB", "AUX") and not self._in_quote(head):
                return head
        return None

    def _adjacent(self, verb: Token, quote: QuoteSpan) -> bool:
        """Return whether only a few words (no other verb) stand between ``verb`` and ``quote``."""
        if verb.idx >= quote.end:
            between = self.doc.char_span(quote.end, verb.idx, alignment_mode="contract")
        else:
            between = self.doc.char_span(
                verb.idx + len(verb.text), quote.start, alignment_mode="contract"
            )
        words = [t for t in between or () if not t.is_punct and not t.is_space]
        return len(words) <= _ADJACENT_WORDS and not any(t.pos_ == "VERB" for t in words)

    def _cue_for_quote(self, quote: QuoteSpan) -> _Cue | None:
        """Return the cue of a quotation: the nearest speech verb with a speaker, else
        "according to", else the verb the quotation hangs on when it stands right beside it."""
        window = self._window(quote)
        candidates = [
            t
            for t in window
            if t.lemma_.lower() in SPEECH_VERBS
            and t.pos_ in ("VERB", "AUX")
            and not self._in_quote(t)
        ]
        candidates.sort(key=lambda t: min(abs(t.idx - quote.end), abs(t.idx - quote.start)))
        for verb in candidates:
            speaker, medium = self.speaker_of(verb)
            if speaker is None and medium is None:
                speaker, medium = self._neighbour_speaker(verb)
            if speaker is not None or medium is not None:
                return _Cue(verb, speaker, medium)
        return self._according_to(window) or self._governor_cue(quote) or self._colon_cue(quote)

    def _colon_cue(self, quote: QuoteSpan) -> _Cue | None:
        """ "In a 1963 speech, he declared:" and the quotation in the next paragraph."""
        index = self.sentence_index(quote.start)
        if index == 0 or not self.sentences[index - 1].text.rstrip().endswith(":"):
            return None
        before = self.sentences[index - 1]
        verbs = [t for t in reversed(before) if t.pos_ in ("VERB", "AUX") and not self._in_quote(t)]
        for verb in verbs:
            speaker, medium = self.speaker_of(verb)
            if speaker is not None or medium is not None:
                return _Cue(verb, speaker, medium)
        return None

    def _neighbour_speaker(self, verb: Token) -> tuple[ActorRef | None, str | None]:
        """Return the actor named right before or after a cue verb whose parse lost its subject
        (quotes confuse the parser: "''...,'' Robert Shrum, a strategist, said")."""
        for step in (-1, 1):
            i = verb.i + step
            while 0 <= i < len(self.doc) and (
                self.doc[i].is_punct or self.doc[i].dep_ in ("aux", "advmod", "neg")
            ):
                i += step
            if 0 <= i < len(self.doc) and not self._in_quote(self.doc[i]):
                token = self.doc[i]
                if self.cast.entity_of_token(token) or token.lower_ in _PERSONAL_PRONOUNS:
                    return self._speaker_and_medium(token)
        return None, None

    def _governor_cue(self, quote: QuoteSpan) -> _Cue | None:
        governor = self._governing_verb(quote)
        if governor is None or not self._adjacent(governor, quote):
            return None
        speaker, medium = self.speaker_of(governor)
        return (
            _Cue(governor, speaker, medium) if speaker is not None or medium is not None else None
        )

    def _according_to(self, window: SpacySpan) -> _Cue | None:
        for token in window:
            if token.lower_ == "according" and not self._in_quote(token):
                obj = prep_object(token, "to")
                if obj is not None:
                    speaker, medium = self._speaker_and_medium(obj)
                    return _Cue(token, speaker, medium)
        return None

    def _direct_statement(self, content: Span, cue: _Cue) -> Statement:
        text = content.slice(self.text)
        cue_span = self._cue_span(cue.token)
        return Statement(
            speaker=cue.speaker,
            cue=cue_span,
            content=(content,),
            direct=True,
            modality=self._modality(cue.token, text),
            cameo_code=statement_code(cue.token.lemma_.lower(), text),
            provenance=self.provenance(
                content.start, "statement.direct", 0.9 if cue.speaker else 0.6
            ),
            medium=cue.medium,
        )

    def _continued(self, content: Span, previous: Statement) -> Statement:
        return Statement(
            speaker=previous.speaker,
            cue=None,
            content=(content,),
            direct=True,
            modality=previous.modality,
            cameo_code=statement_code("say", content.slice(self.text)),
            provenance=self.provenance(content.start, "statement.direct.continued", 0.7),
            medium=previous.medium,
        )

    def _cue_span(self, verb: Token) -> Span:
        if verb.lower_ == "according":
            to = next((c for c in verb.children if c.lower_ == "to"), None)
            return Span(
                verb.idx, (to.idx + len(to.text)) if to is not None else verb.idx + len(verb.text)
            )
        parts = [verb, *(c for c in verb.children if c.dep_ in ("prt", "neg", "aux", "auxpass"))]
        start = min(t.idx for t in parts)
        end = max(t.idx + len(t.text) for t in parts)
        return Span(start, end)

    def _modality(self, cue: Token, content_text: str) -> str:
        if any(c.dep_ == "neg" for c in cue.children):
            return "negated"
        words = set(content_text.lower().split())
        if cue.lemma_.lower() in HEDGE_CUES or words & HEDGE_WORDS:
            return "hedged"
        return "asserted"

    # -- reported speech -------------------------------------------------------------------

    def reported(self) -> list[Statement]:
        """Return statements of reported speech and "according to" outside direct quotes."""
        found = []
        for token in self._reported_candidates():
            if self._in_quote(token):
                continue
            if token.lower_ == "according":
                statement = self._according_statement(token)
            elif token.pos_ == "NOUN":
                statement = self._noun_statement(token)
            else:
                statement = (
                    self._reported_statement(token)
                    or self._parenthetical_statement(token)
                    or self._object_statement(token)
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
                table.lower[i] == "according"
                or (pos == "NOUN" and lemma in SPEECH_NOUNS)
                or (
                    pos in ("VERB", "AUX")
                    and lemma not in _NOT_ATTRIBUTION
                    and (i in clausal or lemma in _OBJECT_CUES or lemma in SPEECH_VERBS)
                )
            ):
                picked.append(table.tokens[i])
        return picked

    def _statement(
        self, verb: Token, content: Span, rule: str, confidence: float
    ) -> Statement | None:
        """Build a reported statement by the subject of ``verb`` about ``content``."""
        if self._overlaps_quote(content) or not self._subject_is_actor(verb):
            return None
        return self._reported(verb, content, rule, confidence)

    def _reported(
        self, verb: Token, content: Span, rule: str, confidence: float
    ) -> Statement | None:
        """Build the statement of ``verb``'s speaker about ``content`` (None if nobody)."""
        speaker, medium = self.speaker_of(verb)
        if speaker is None and medium is None:
            return None
        text = content.slice(self.text)
        return Statement(
            speaker=speaker,
            cue=self._cue_span(verb),
            content=(content,),
            direct=False,
            modality=self._modality(verb, text),
            cameo_code=statement_code(verb.lemma_.lower(), text),
            provenance=self.provenance(verb.idx, rule, confidence),
            medium=medium,
        )

    def _parenthetical_statement(self, verb: Token) -> Statement | None:
        """ "The industry was over-supplied, he said": the speech verb hangs off the clause."""
        if verb.dep_ != "parataxis" or verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        head = verb.head
        tokens = [t for t in head.subtree if t.i not in {x.i for x in verb.subtree}]
        content = self._tokens_span(tokens)
        return self._statement(verb, content, "statement.parenthetical", 0.7) if content else None

    def _object_statement(self, verb: Token) -> Statement | None:
        """ "X criticized Y for Z", "X vowed to Z": evaluative and committing speech acts."""
        lemma = verb.lemma_.lower()
        if lemma in EVALUATIVE_VERBS:
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        elif lemma in COMMISSIVE_VERBS:
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
        speaker, medium = self._speaker_and_medium(owner)
        if speaker is None and medium is None:
            return None
        text = content.slice(self.text)
        return Statement(
            speaker=speaker,
            cue=span_of(noun),
            content=(content,),
            direct=False,
            modality=self._modality(noun, text),
            cameo_code=statement_code(noun.lemma_.lower(), text),
            provenance=self.provenance(noun.idx, "statement.noun", 0.6),
            medium=medium,
        )

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
            if child.dep_ == "ccomp" and not self._in_quote(child):
                return child
        if verb.lemma_.lower() in _QUESTION_VERBS:  # "asked the candidate if he ..."
            for child in verb.children:
                if child.dep_ == "advcl" and any(
                    m.lower_ in ("if", "whether") for m in child.children
                ):
                    return child
        return None

    def _reported_statement(self, verb: Token) -> Statement | None:
        clause = self._complement(verb) if verb.lemma_.lower() not in _NO_CLAUSE_CUES else None
        if clause is None:
            return None
        speech = verb.lemma_.lower() in SPEECH_VERBS
        if not speech and not self._subject_is_actor(verb, own=True):
            return None
        content = self._clause_span(clause)
        if content is None or self._overlaps_quote(content):
            return None
        rule, confidence = ("statement.reported", 0.75) if speech else ("statement.stance", 0.5)
        return self._reported(verb, content, rule, confidence)

    def _clause_span(self, clause: Token) -> Span | None:
        tokens = list(clause.subtree)
        if len(tokens) > 1 and tokens[0].dep_ == "mark" and tokens[0].lower_ == "that":
            tokens = tokens[1:]
        return tokens_span(self.text, tokens, min_chars=3)

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
        cue = self._according_to(self.cast.sentences.of_token(token))
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
        text = content.slice(self.text)
        return Statement(
            speaker=cue.speaker,
            cue=self._cue_span(token),
            content=(content,),
            direct=False,
            modality=self._modality(token, text),
            cameo_code=statement_code("say", text),
            provenance=self.provenance(token.idx, "statement.according-to", 0.7),
            medium=cue.medium,
        )


def _is_dateline(token: Token) -> bool:
    """Return whether ``token`` is a dateline place ("CLEVELAND — ..."), never a speaker."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.is_upper and len(token) > 2 and following is not None and following.text in _DASHES


_DASHES = frozenset({"—", "–", "-", "--", "("})


def _merge_contents(statement: Statement, content: Span) -> Statement:
    from dataclasses import replace

    return replace(statement, content=(*statement.content, content))


_COLON_LINE = re.compile(r"^(?P<who>[A-Z][\w.’'\- ]{1,40}?):\s+(?P<what>\S.*)$", re.MULTILINE)
_COLON_MAX_WORDS = 5


def colon_statements(finder: StatementFinder) -> list[Statement]:
    """Return statements written as ``NAME: words`` (transcripts, headlines).

    The line must start with a short capitalised prefix (at most five words) that names or
    describes the speaker; the rest of the line is the content.
    """
    found = []
    text = finder.text
    for m in _COLON_LINE.finditer(text):
        who = m.group("who")
        if len(who.split()) > _COLON_MAX_WORDS or who.lower() in _COLON_NOT_SPEAKERS:
            continue
        speaker_tokens = finder.doc.char_span(m.start("who"), m.end("who"), alignment_mode="expand")
        if speaker_tokens is None or any(t.pos_ == "VERB" for t in speaker_tokens):
            continue
        ref = finder.cast.resolve(speaker_tokens.root) or finder.cast.describe(speaker_tokens.root)
        if ref is None:
            continue
        content = Span(m.start("what"), m.end("what"))
        ref = ActorRef(ref.key, Span(m.start("who"), m.end("who")))
        colon = m.end("who")
        found.append(
            Statement(
                speaker=ref,
                cue=Span(colon, colon + 1),
                content=(content,),
                direct=True,
                modality="asserted",
                cameo_code=statement_code("say", content.slice(text)),
                provenance=finder.provenance(content.start, "statement.colon", 0.6),
            )
        )
    return found


_COLON_NOT_SPEAKERS = frozenset(
    "note update editor's note correction photo video watch read more related".split()
)
