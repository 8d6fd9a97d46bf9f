"""Statements made in direct quotes, and the speaker resolution all statement rules share.

:class:`StatementFinder` holds what every statement and appeal rule needs about one article:
its quotations, sentence index, the speaker (and medium) of a cue verb, provenance. Its
:meth:`~StatementFinder.direct` applies the quotation rules, each recorded as the fact's rule:

``statement.direct``
    The nearest speech verb with a speaker in the sentences the quotation's words span
    ("...," the letter states).
``statement.direct.neighbour``
    That verb's parse lost its subject; the actor named right beside it speaks.
``statement.direct.according-to``
    "according to X" in those sentences.
``statement.direct.governor``
    The verb the quotation hangs on, when it stands right beside it ("Hillary shot back, ...").
``statement.direct.colon``
    A colon-ended lead-in sentence ("In a 1963 speech, he declared:").
``statement.direct.before``
    The sentence right before reports speech with nothing said in it ("Lee said in a
    statement. '...'").
``statement.direct.label``
    A speaker's name and a colon before the quotation ('Ann Lee: "..."'), in headlines and
    transcripts; the colon is the cue.
``statement.direct.signature``
    A quotation alone in its paragraph, signed in the next with a dash and a name ('"..."
    / - Ann Lee'); the dash is the cue.
``statement.direct.trailing``
    A quotation closed by a comma and followed by a subject and any verb ('"...," Trump
    barked'), see :mod:`~newsgraph.loaders.mapping.trailing`.

Quotes split around one cue share a statement; an uncued quotation right after an
attributed one continues it. Quoted titles ("Meet the Press") and names that modify a noun
(the "Never Again" movement) are not speech. Reported
speech lives in :mod:`newsgraph.loaders.mapping.reported`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.loaders.mapping.actors import Cast, span_of
from newsgraph.loaders.mapping.cameo_rules import statement_code
from newsgraph.loaders.mapping.lexicon import (
    ACTOR_NOUNS,
    COLLECTIVE_NOUNS,
    DOCUMENT_NOUNS,
    HEADLINE_VERBS,
    HEDGE_CUES,
    HEDGE_WORDS,
    SPEECH_VERBS,
)
from newsgraph.loaders.mapping.names import is_age, is_share
from newsgraph.loaders.mapping.quotes import QuoteSpan
from newsgraph.loaders.mapping.sentences import prep_object
from newsgraph.loaders.mapping.trailing import first_token_at, trailing_attribution
from newsgraph.model import ActorRef, Provenance, Span, Statement

__all__ = ["NOT_ATTRIBUTION", "StatementFinder", "as_clause"]

_SUBJECTS = ("nsubj", "nsubjpass")
_ADJACENT_WORDS = 4
_CONTINUATION_WORDS = 3  # a lone "scare quote" near a statement does not continue it
_CONTINUATION_SENTENCES = 1
_TITLE_WORDS = 6
#: Verbs that put their speaker after them in news style: '"...," said Robert Reich'.
_INVERTING_VERBS = frozenset(
    """
    say add write tweet post continue answer ask note explain reply respond recall insist
    argue warn declare observe conclude quip joke offer counter read opine
    """.split()
)
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "oprd", "attr"})
_INVERTED_SUBJECT_DEPS = frozenset({"nsubj", "dobj", "attr", "npadvmod", "appos"})
_CLOSING_MARKS = ("\u201d", '"', "''", "\u2019")
_CLOSE_LOOKBACK = 4
_TITLE_LOOKBACK = 40
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
_OBJECT_PATH_DEPS = frozenset({"dobj", "dative", "pobj", "prep"})
#: Words right before a quoted title: a preposition or a noun for what the title names.
_TITLE_CONTEXT = frozenset(
    """
    on in at of for to from show program programme series book film movie song album ad
    slogan headline titled entitled called dubbed podcast column essay article play musical
    documentary novel memoir poem newsletter blog
    """.split()
)
_TITLE_SMALL_WORDS = frozenset("a an the of on in at to for and or with by from".split())
#: Speech verbs that report a thought or go on with a quotation rather than utter one.
_THOUGHT_VERBS = frozenset(
    "believe think fear hope feel know expect want worry doubt continue find show".split()
)
#: Confidence of each quotation rule: the share of its quotes that matched a PolNeAR train
#: relation with the right speaker (rounded to 0.05; the label, signature, before and headline
#: rules have ten quotes or fewer).
_CONFIDENCE = {
    "statement.direct": 0.95,
    "statement.direct.according-to": 0.85,
    "statement.direct.before": 0.65,
    "statement.direct.colon": 0.9,
    "statement.direct.governor": 0.85,
    "statement.direct.headline": 0.7,
    "statement.direct.label": 0.9,
    "statement.direct.neighbour": 0.7,
    "statement.direct.signature": 0.8,
    "statement.direct.trailing": 0.9,
}
_TAIL_GAP = 2  # spaces between a closing quote mark and an attribution sentence
_TAIL_TOKENS = 15
#: A dash that sets a heading off from what follows: "Fares climb again - Port Weekly: ...".
_HEADING_DASH = re.compile("\\s-{1,2}\\s|[\u2013\u2014]")
#: Where a speaker label starts: a line, a sentence, or a dash after a heading.
_LABEL_START = re.compile(r"\n|[.!?]\s|\s-{1,2}\s?|[\u2013\u2014]")
_LABEL_LEAD = re.compile(r"^\s*(?:-\s*)?(?:(?:more )?from\s+)?", re.IGNORECASE)
_LABEL_WORDS = 8
_PARAGRAPH_TAIL_TOKENS = 30
_HEADLINE_MIN_WORDS = 4
_HEADLINE_CAPITALISED = 0.6  # share of a headline's words that start with a capital
#: The next paragraph signs a pull quote: "- Ann Lee" or "\u2014Ann Lee, Port Weekly".
_SIGNATURE = re.compile(r"\s*\n\s*([-\u2013\u2014])\s?([A-Z][^,\n.]{0,60})")
_INNER_CLOSES = "\u2019\u201d'\""  # closing marks of a quotation inside a quotation
_ATTRIBUTION_LEAD = 5  # tokens before the verb of an attribution sentence
_CLAUSE_OBJECT_DEPS = frozenset({"ccomp", "dobj", "xcomp"})
_QUANTIFIER_HEADS = frozenset(
    "most some many all several few none both each one two three half".split()
)
_PERSONAL_PRONOUNS = frozenset("i you he she we they who".split())
_SHARE_CUES = frozenset({"say", "tell"})
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "dep"})
_RELATIVE_PRONOUNS = frozenset("who which that".split())
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_NOUN_MODIFIER_DEPS = frozenset({"compound", "det", "amod", "nummod", "poss"})
#: Verbs whose clausal complement is not somebody's words or stance ("make sure that").
NOT_ATTRIBUTION = frozenset(
    "be do get make let have help keep ensure mean seem appear become go come try need".split()
)


@dataclass(frozen=True)
class _Cue:
    token: Token
    speaker: ActorRef | None
    medium: str | None
    rule: str = "statement.direct"


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

    def in_quote(self, token: Token) -> bool:
        return token.i in self._quoted_tokens

    def speaker_of(self, verb: Token) -> tuple[ActorRef | None, str | None]:
        """Return (speaker, medium document) of a cue verb, following conj/participles up."""
        current: Token | None = verb
        for _ in range(3):
            if current is None:
                break
            if current.dep_ == "acl" and current.tag_ == "VBG":
                current, found = self._participle_noun(current)
                if found is not None:
                    return self.speaker_and_medium(found)
                continue
            if _finite_verb_as_modifier(current) and self.holds_view(current.head, current):
                return self.speaker_and_medium(current.head)
            # '..., adding, "..."' hung on a verb inside an earlier quotation: that verb's
            # subject is someone the quotation talks about, not who adds.
            borrowed = current != verb and self.in_quote(current) and not self.in_quote(verb)
            for child in () if borrowed else _nearest_first(current):
                if self.in_quote(child) and not self.in_quote(current):
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
                    return self.speaker_and_medium(target)
            if current.dep_ == "pcomp" and current.head.dep_ == "prep":
                current = current.head.head  # "began by saying", "after saying ..., the man"
                continue
            if self._hung_on_quotation(current):
                current = next(a for a in current.ancestors if not self.in_quote(a))
                continue
            climbs = _climbs(current) and not _passive_participle(current)
            current = self._climb_to(current.head) if climbs else None
        subject = self._lost_subject(verb)
        return self.speaker_and_medium(subject) if subject is not None else (None, None)

    def _lost_subject(self, verb: Token) -> Token | None:
        """Return the subject the parser took from a finite verb, by word order.

        The parser often hangs a subject on a clause set off after it ("Lee, who sits on no
        board, said ..." makes Lee the subject of "sits") or on a name before it ("..., with
        hosts Ann Lee and Ben Ruiz, the candidate stated" makes "the candidate" an appositive).
        A finite verb with no subject of its own then takes the actor noun right before it, or
        the actor noun phrase that opens its sentence before a comma.
        """
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "ccomp"):
            return None
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children) or self.in_quote(verb):
            return None
        before = verb.i - 1
        while before > 0 and self.doc[before].pos_ == "ADV":
            before -= 1
        token = self.doc[before]
        if token.pos_ in ("NOUN", "PROPN") and self.holds_view(token, verb):
            return token if not self.in_quote(token) else None
        if token.text != ",":
            return None
        opening = self._opening_noun(verb)
        if opening is None or not self.holds_view(opening, verb):
            return None
        return opening

    def _opening_noun(self, verb: Token) -> Token | None:
        """Return the head of the noun phrase that opens ``verb``'s sentence when a comma
        closes it: "Lee, meanwhile, who ..., said"."""
        sentence = self.sentences[self.sentence_index(verb.idx)]
        words = [t for t in sentence if not (t.is_space or t.is_punct) and t.i < verb.i]
        if not words or words[0].pos_ not in ("NOUN", "PROPN", "DET", "NUM", "ADJ"):
            return None
        token = words[0]
        while token.dep_ in _NOUN_MODIFIER_DEPS and token.head.i > token.i:
            token = token.head
        after = self.doc[token.i + 1] if token.i + 1 < verb.i else None
        if token.pos_ not in ("NOUN", "PROPN") or after is None or after.text != ",":
            return None
        return None if self.in_quote(token) else token

    def _hung_on_quotation(self, participle: Token) -> bool:
        """Return whether the parser hung a participle on the quotation it introduces: in
        'Lee shared the news, writing "Feels great ..."' it reads "writing" as the quoted
        verb's subject, so the speaker is found above the quotation."""
        return (
            participle.tag_ == "VBG"
            and not self.in_quote(participle)
            and self.in_quote(participle.head)
            and any(not self.in_quote(a) for a in participle.ancestors)
        )

    def _climb_to(self, head: Token) -> Token:
        """Return the verb to look for a speaker at above ``head``: the speech verb that
        reports ``head``'s clause, unless that verb is inside a quotation and ``head`` is not
        (the parser hangs '..., telling reporters, "A lot of people said ..."' on "said")."""
        above = _reporter_above(head)
        return head if self.in_quote(above) and not self.in_quote(head) else above

    def _participle_noun(self, participle: Token) -> tuple[Token | None, Token | None]:
        """Follow "<noun> saying ...": return (verb to climb to, noun that speaks).

        "voters saying they want ..." and "a statement saying ..." speak for themselves (a
        document through its author); "emailed supporters saying ...", "put out a statement
        saying ..." and "sent an email to supporters stating ..." are the verb's subject's
        words.
        """
        noun = node = participle.head
        while node.dep_ in _OBJECT_PATH_DEPS and node.head != node:
            node = node.head  # up through "an email to supporters" to "blasted out"
            if node.pos_ == "VERB":
                return node, None
        if noun.lemma_.lower() in DOCUMENT_NOUNS or self.holds_view(noun, participle):
            return None, noun
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

    def subject_is_actor(self, verb: Token) -> bool:
        """Return whether ``verb``'s subject (or its head verb's) can hold a view.

        A named actor, a personal pronoun or a noun for people or organisations ("critics",
        "the campaign") can; "it" or "the plan" cannot.
        """
        subject = self._subject_of(verb)
        return subject is not None and self.holds_view(subject, verb)

    def holds_view(self, subject: Token, verb: Token) -> bool:
        """Return whether the noun or pronoun ``subject`` of ``verb`` can hold a view."""
        of_phrase = prep_object(subject, "of")
        if is_share(subject) and of_phrase is None:  # "Nearly half said ...": respondents
            return verb.lemma_.lower() in _SHARE_CUES
        if self.cast.entity_of_token(subject) is not None or subject.pos_ == "PROPN":
            return True
        if is_age(subject):  # "the 46-year-old said"
            return True
        if subject.pos_ == "PRON":
            return subject.lower_ in _PERSONAL_PRONOUNS
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
        ref, medium = self.speaker_and_medium(antecedent)
        return (ActorRef(ref.key, span_of(pronoun)) if ref else None), medium

    def speaker_and_medium(self, token: Token) -> tuple[ActorRef | None, str | None]:
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

        A quotation without a cue of its own that follows an attributed one closely in its
        paragraph ("'A,' she said. 'B.'"), or the next paragraph of a quotation left open,
        continues that statement: it becomes another content fragment of it, as quotes split
        around one cue do.
        """
        found: list[Statement] = []
        last_index = -_CONTINUATION_SENTENCES - 1
        for quote in self.quotes:
            if self._is_title(quote) or self._is_modifier(quote):
                continue
            cue = self._cue_for_quote(quote)
            index = self.sentence_index(quote.inner_start)
            content = Span(quote.inner_start, quote.inner_end)
            continues = found and (quote.continues or index - last_index <= _CONTINUATION_SENTENCES)
            continues = continues and len(content.slice(self.text).split()) >= _CONTINUATION_WORDS
            continues = continues and (
                quote.continues
                or (self._opens_sentence(quote) and self._same_paragraph(found, quote))
            )
            if cue is None and not continues:
                continue
            if cue is None or (found and self.cue_span(cue.token) == found[-1].cue):
                found[-1] = _merge_contents(found[-1], content)
            else:
                found.append(self._direct_statement(content, cue))
            last_index = max(index, self.sentence_index(cue.token.idx)) if cue else index
        return found

    def _same_paragraph(self, found: list[Statement], quote: QuoteSpan) -> bool:
        """Return whether ``quote`` stands in the paragraph of the last statement's words.

        News style leaves a quotation open at the end of a paragraph when the speaker goes
        on in the next one (that quotation ``continues``); a closed quotation followed by
        another in a new paragraph, without attribution, is not known to be the same
        speaker's.
        """
        return bool(found) and "\n" not in self.text[found[-1].content[-1].end : quote.start]

    def _opens_sentence(self, quote: QuoteSpan) -> bool:
        """Return whether a quotation starts its sentence rather than sitting inside one."""
        end = self._end_before(quote)
        before = self.text[max(0, end - 2) : end]
        return not before or before[-1] in "\n.!?:" or before.endswith(_CLOSING_MARKS)

    def _end_before(self, quote: QuoteSpan) -> int:
        """Return where the text before a quotation ends, spaces before the mark skipped."""
        end = quote.start
        while end > 0 and self.text[end - 1] == " ":
            end -= 1
        return end

    def _is_title(self, quote: QuoteSpan) -> bool:
        """Return whether a quotation is a title: title-cased and named as one ("on CNN's
        'State of the Union'", "the show 'Meet the Press'", "to the tune of 'Silent Night'")."""
        # American style puts the sentence's period inside the marks: 'on "Meet the Press."'
        if not _title_cased(self.text[quote.inner_start : quote.inner_end].rstrip(".,")):
            return False
        before = self.text[max(0, quote.start - _TITLE_LOOKBACK) : quote.start].split()
        word = before[-1].lower().strip(",") if before else ""
        if word == "to" and self._after_infinitive_to(quote):
            return False  # a headline's 'Asked Dockers To "Redefine The Harbour"'
        return word in _TITLE_CONTEXT or word.endswith(("'s", "\u2019s"))

    def _after_infinitive_to(self, quote: QuoteSpan) -> bool:
        """Return whether the "to" before a quotation marks an infinitive, not a place."""
        end = self._end_before(quote)
        words = self.doc.char_span(max(0, end - 2), end, alignment_mode="expand")
        if not words:
            return False
        return words[-1].tag_ == "TO" and words[-1].dep_ == "aux"

    def _is_modifier(self, quote: QuoteSpan) -> bool:
        """Return whether a quotation modifies the noun after it: the "Never Again" movement,
        a "Make the Harbour Great" hat. Such a name is not speech."""
        words = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        for token in words or ():
            head = token.head
            if head.idx >= quote.end and head.pos_ == "NOUN" and token.dep_ in _MODIFIER_DEPS:
                return True
        return False

    def _window(self, quote: QuoteSpan) -> SpacySpan:
        """Return the sentences a quotation's words fall in (where its cue may be).

        The last sentence is the one holding the last quoted word, not the closing mark: the
        parser often hangs a closing mark on the next sentence ('...." Rubio said that ...').
        """
        first = self.sentences[self.sentence_index(quote.start)]
        last_index = self.sentence_index(max(quote.inner_end - 1, quote.start))
        if self._cue_tail_follows(quote, last_index):
            last_index += 1
        return self.doc[first.start : self.sentences[last_index].end]

    def _cue_tail_follows(self, quote: QuoteSpan, last_index: int) -> bool:
        """Return whether the sentence after a quotation is its attribution.

        A quotation ending in "!" or "?" ends a sentence for the parser, which leaves the
        attribution as a sentence of its own: '"A pathetic figure!" he wrote.' Any sentence
        on the same line that opens with an attribution counts too, however the quotation
        ends: '"Who do they think they are?" Trump said of Apple in February, when ...'.
        """
        if last_index + 1 >= len(self.sentences):
            return False
        tail = self.sentences[last_index + 1]
        gap = self.text[quote.end : tail.start_char]
        gap = gap.lstrip(_INNER_CLOSES)  # a stray third closing apostrophe before the attribution
        same_line = len(gap) <= _TAIL_GAP and not gap.strip(" ")
        if not same_line or any(map(self.in_quote, tail)):
            return False
        # A quotation may end with a quotation of its own: '"... she asked, 'Why?'"'
        quoted = self.text[quote.inner_start : quote.inner_end].rstrip().rstrip(_INNER_CLOSES)
        if quoted.endswith(("!", "?")):  # '"Out!" she wrote, arguing that ...'
            short = len(tail) <= _TAIL_TOKENS
            if short or trailing_attribution(self.doc, quote.end) is not None:
                return True
        return _opens_with_attribution(tail)

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
            if head.pos_ in ("VERB", "AUX") and not self.in_quote(head):
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
        """Return the cue of a quotation.

        A lead-in comes first: the clause a colon closes, a speaker label ("Lee: '...'"), or
        the verb a quoted sentence follows after a comma. Then the nearest speech verb with a
        speaker; then "according to"; then the verb the quotation hangs on when it stands
        right beside it; then a colon-ended sentence before it or an attribution after it.
        """
        lead = self._colon_lead_cue(quote) or self._label_cue(quote) or self._introducing_cue(quote)
        if lead is not None:
            return lead
        window = self._window(quote)
        candidates = [
            t
            for t in window
            if (t.lemma_.lower() in SPEECH_VERBS or _quotation_cue(t))
            and t.pos_ in ("VERB", "AUX")
            and not self.in_quote(t)
        ]
        outer = {t.i for t in candidates if t.lemma_.lower() not in _THOUGHT_VERBS}
        candidates = [t for t in candidates if not _thought_reported(t, outer)]
        candidates.sort(key=lambda t: min(abs(t.idx - quote.end), abs(t.idx - quote.start)))
        for verb in map(_reporting_verb, candidates):
            speaker, medium = self.speaker_of(verb)
            rule = "statement.direct"
            if speaker is None and medium is None:
                speaker, medium = self._inverted_speaker(verb)
            if speaker is None and medium is None:
                speaker, medium = self._neighbour_speaker(verb)
                rule = "statement.direct.neighbour"
            if speaker is not None or medium is not None:
                return _Cue(verb, speaker, medium, rule)
        return (
            self.according_to(window)
            or self._governor_cue(quote)
            or self._colon_cue(quote)
            or self._said_before_cue(quote)
            or self._trailing_cue(quote)
            or self._inverted_cue(quote)
            or self._paragraph_tail_cue(quote)
            or self._signature_cue(quote)
            or self._headline_cue(quote)
        )

    def _colon_lead_cue(self, quote: QuoteSpan) -> _Cue | None:
        """'Vance shot back sharply: "..."': a colon right before a quotation, on its
        line, closes the clause that introduces it, so that clause's verb is the cue, in a
        lexicon or not, ahead of a speech verb elsewhere in the sentence."""
        end = self._end_before(quote)
        if self.text[end - 1 : end] != ":" or self._attribution_follows(quote):
            return None
        colon = self.doc.char_span(end - 1, end)
        if colon is None:
            return None
        for verb in self._lead_verbs(colon[0]):
            if _HEADING_DASH.search(self.text, verb.idx, colon.start_char):
                return None  # "Dockers share blame - Port Weekly:": a heading, then the source
            speaker, medium = self.speaker_of(verb)
            if speaker is not None or medium is not None:
                return _Cue(verb, speaker, medium, "statement.direct.colon")
        return None

    def _lead_verbs(self, colon: Token) -> Iterator[Token]:
        """Yield the verbs that may introduce the quotation after ``colon``, nearest first.

        A verb right before the colon comes first ("Lee said before adding:"), then the verb
        the colon hangs on. The parser often hangs the colon on the quotation's own verb
        ("Mr. Lee shot back: 'That would be good.'"); then the verbs above the word before
        the colon ("tweeted in response:", "apologized for what happened:") introduce it. A
        copula or another verb that reports nobody's words ends the search.
        """
        before = self.doc[colon.i - 1]
        last = before.head if before.pos_ == "ADV" else before  # "shot back sharply:"
        token = next(
            (t for t in (last, colon.head) if t.pos_ == "VERB" and not self.in_quote(t)), before
        )
        while not self.in_quote(token) and not _reports_nothing(token):
            if token.pos_ == "VERB":
                yield token
            if token.head.i == token.i:
                return
            token = token.head

    def _comma_closed(self, quote: QuoteSpan) -> bool:
        """Return whether a comma closes the quotation, also inside a closing inner quote
        ('"... I'll help,'" Lee said'): news style then puts the attribution right after."""
        if "," in self.text[quote.inner_end : quote.end]:
            return True
        return self.text[quote.inner_start : quote.inner_end].rstrip(_INNER_CLOSES).endswith(",")

    def _attribution_follows(self, quote: QuoteSpan) -> bool:
        """Return whether a comma closes the quotation and an attribution follows it
        ('...: "...," she said'), which then names the speaker."""
        return self._comma_closed(quote) and trailing_attribution(self.doc, quote.end) is not None

    def _label_cue(self, quote: QuoteSpan) -> _Cue | None:
        """'Ann Lee: "..."', '- Port Weekly: "..."', 'More from the report: "..."': a name
        and a colon before a quotation, as in headlines and transcripts, label the speaker.
        The colon is the cue."""
        colon = self._end_before(quote) - 1
        if colon < 0 or self.text[colon] != ":":
            return None
        line = self.text[self.text.rfind("\n", 0, colon) + 1 : colon]
        name = _LABEL_LEAD.sub("", _LABEL_START.split(line)[-1])
        words = self.doc.char_span(colon - len(name), colon, alignment_mode="expand")
        colon_token = self.doc.char_span(colon, colon + 1)
        if not words or colon_token is None:
            return None
        return self._cue_named_by(colon_token[0], words, "statement.direct.label")

    def _cue_named_by(
        self, cue: Token, name: SpacySpan, rule: str, head: Token | None = None
    ) -> _Cue | None:
        """Return ``cue`` with the speaker that a few verbless words name, or None."""
        if not self._names_a_speaker(name):
            return None
        speaker, medium = self.speaker_and_medium(head if head is not None else name.root)
        if speaker is None and medium is None:
            return None
        return _Cue(cue, speaker, medium, rule)

    def _names_a_speaker(self, words: SpacySpan) -> bool:
        """Return whether a few words without a verb name an actor or a document."""
        if len(words) > _LABEL_WORDS:
            return False
        if any(t.pos_ in ("VERB", "AUX") or self.in_quote(t) for t in words):
            return False
        head = words.root
        named = self.cast.entity_of_token(head) is not None or head.pos_ == "PROPN"
        return named or head.lemma_.lower() in DOCUMENT_NOUNS | ACTOR_NOUNS

    def _said_before_cue(self, quote: QuoteSpan) -> _Cue | None:
        """'Lee said in a statement. "There are no ballots to recount."': the sentence right
        before a quotation reports speech with nothing said in it, so the quotation is what
        was said."""
        index = self.sentence_index(quote.start)
        if index == 0 or not self._opens_sentence(quote):
            return None
        before = self.sentences[index - 1]
        verb = before.root
        if verb.lemma_.lower() not in SPEECH_VERBS - _THOUGHT_VERBS or verb.pos_ != "VERB":
            return None
        if any(c.dep_ in _CLAUSE_OBJECT_DEPS for c in verb.children) or any(
            map(self.in_quote, before)
        ):
            return None
        speaker, medium = self.speaker_of(verb)
        if speaker is None and medium is None:
            return None
        return _Cue(verb, speaker, medium, "statement.direct.before")

    def _line_of(self, quote: QuoteSpan) -> tuple[int, int]:
        """Return where the line (paragraph) holding a quotation starts and ends."""
        end = self.text.find("\n", quote.end)
        return self.text.rfind("\n", 0, quote.start) + 1, len(self.text) if end < 0 else end

    def _paragraph_tail_cue(self, quote: QuoteSpan) -> _Cue | None:
        """A quotation that opens its paragraph is attributed in the words after it, however
        badly the parser takes them ('"...," delegate Ann Lee, wearing a hat, said'): the
        first speech verb there speaks, through its subject, or else the first name or
        pronoun between the quotation and the verb. After a comma, "!" or "?" any finite
        verb outside a relative clause will do ('"This is fantastic!" beamed Lee')."""
        line_start, line_end = self._line_of(quote)
        if self.text[line_start : quote.start].strip():
            return None
        tail = self.doc.char_span(quote.end, line_end, alignment_mode="contract")
        quoted = self.text[quote.inner_start : quote.inner_end].rstrip(_INNER_CLOSES)
        closed_for_attribution = self._comma_closed(quote) or quoted.endswith(("!", "?"))
        for token in list(tail or ())[:_PARAGRAPH_TAIL_TOKENS]:
            if self.in_quote(token):
                return None
            if not _attributing_verb(token, any_finite=closed_for_attribution):
                continue
            if any(c.dep_ in _CLAUSE_OBJECT_DEPS for c in token.children):
                return None  # '"..." Lee said the storm had passed': a new claim
            return self._tail_cue(quote, token)
        return None

    def _tail_cue(self, quote: QuoteSpan, verb: Token) -> _Cue | None:
        """Return ``verb`` as the cue of a quotation before it, with its subject, an
        inverted noun, or else the first name or pronoun between them as speaker."""
        speaker, medium = self.speaker_of(verb)
        if speaker is None and medium is None:
            speaker, medium = self._inverted_speaker(verb)
        if speaker is None and medium is None:
            speaker, medium = self._first_actor_between(quote.end, verb)
        if speaker is None and medium is None:
            return None
        return _Cue(verb, speaker, medium, "statement.direct.trailing")

    def _first_actor_between(self, start: int, verb: Token) -> tuple[ActorRef | None, str | None]:
        """Return the first name or personal pronoun from ``start`` up to ``verb``."""
        span = self.doc.char_span(start, verb.idx, alignment_mode="contract")
        for token in span or ():
            if self.cast.entity_of_token(token) is not None or token.lower_ in _PERSONAL_PRONOUNS:
                return self.speaker_and_medium(token)
            if token.pos_ == "PROPN":  # a name the model did not tag: "Ana Ruiz, the pilot"
                while token.dep_ == "compound" and token.head.i > token.i:
                    token = token.head
                return self.speaker_and_medium(token)
        return None, None

    def _headline_cue(self, quote: QuoteSpan) -> _Cue | None:
        """A quotation in a title-cased headline, attributed by a capitalised speech verb
        the model tags as a name: "Dean Tells Convention Guns Are 'A Crisis'", "'Not
        Negotiable,' Says Lee". The verb is the cue; the name beside it speaks."""
        line_start, line_end = self._line_of(quote)
        if not _headline(self.text[line_start:line_end]):
            return None
        line = self.doc.char_span(line_start, line_end, alignment_mode="contract")
        for verb in line or ():
            if self.in_quote(verb) or verb.lower_ not in HEADLINE_VERBS:
                continue
            name = self._headline_name(verb, quote, line_start)
            if not name:
                continue
            # a headline name ends on its head: "Howard Dean"
            found = self._cue_named_by(verb, name, "statement.direct.headline", name[-1])
            if found is not None:
                return found
        return None

    def _headline_name(self, verb: Token, quote: QuoteSpan, line_start: int) -> SpacySpan | None:
        """Return the capitalised words that speak in a headline: right after the verb
        when the quotation comes just before it ("'...,' Says Ann Lee Of ..."), else the
        words between the quotation (or the line start) and the verb."""
        if 0 <= verb.idx - quote.end <= _CLOSE_LOOKBACK:
            end = verb.i + 1
            while (
                end < len(self.doc) and end - verb.i <= _LABEL_WORDS and _name_word(self.doc[end])
            ):
                end += 1
            return self.doc[verb.i + 1 : end] if end > verb.i + 1 else None
        start = quote.end if verb.idx > quote.end else line_start
        words = self.doc.char_span(start, verb.idx, alignment_mode="contract")
        if not words:
            return None
        first = words.start  # a listicle's number goes first: "4 / Ana Lee Asked ..."
        while first < words.end and self.doc[first].pos_ in ("NUM", "PUNCT", "SYM", "SPACE"):
            first += 1
        return self.doc[first : words.end] if first < words.end else None

    def _signature_cue(self, quote: QuoteSpan) -> _Cue | None:
        """A quotation standing alone as a paragraph, signed in the next one with a dash and
        a name ('"..." / - Ann Lee, Port Weekly'), as pull quotes and round-ups print them.
        The dash is the cue."""
        line_start, line_end = self._line_of(quote)
        if line_end == len(self.text) or self.text[line_start : quote.start].strip():
            return None
        if self.text[quote.end : line_end].strip(" .,"):
            return None
        signature = _SIGNATURE.match(self.text, line_end)
        if signature is None:
            return None
        dash = self.doc.char_span(signature.start(1), signature.end(1))
        name = self.doc.char_span(signature.start(2), signature.end(2), alignment_mode="expand")
        if dash is None or not name:
            return None
        return self._cue_named_by(dash[0], name, "statement.direct.signature")

    def _trailing_cue(self, quote: QuoteSpan) -> _Cue | None:
        """'"...," Trump barked': the words after a comma-closed quotation attribute it."""
        if not self._comma_closed(quote):
            return None
        found = trailing_attribution(self.doc, quote.end)
        if found is None or self.in_quote(found[1]):
            return None
        verb, subject = found
        speaker, medium = self.speaker_and_medium(subject)
        if speaker is None and medium is None:
            return None
        return _Cue(verb, speaker, medium, "statement.direct.trailing")

    def _colon_cue(self, quote: QuoteSpan) -> _Cue | None:
        """ "In a 1963 speech, he declared:" and the quotation in the next paragraph."""
        index = self.sentence_index(quote.start)
        if index == 0 or not self.sentences[index - 1].text.rstrip().endswith(":"):
            return None
        before = self.sentences[index - 1]
        verbs = [
            t
            for t in reversed(before)
            if t.pos_ in ("VERB", "AUX")
            and not self.in_quote(t)
            and t.lemma_.lower() not in NOT_ATTRIBUTION
        ]
        # "as Ann Lee observed, the winner was the stage itself:": an "as X said" clause
        # speaks first, then any speech verb, then the nearest verb
        verbs.sort(key=lambda t: (not as_clause(t), t.lemma_.lower() not in SPEECH_VERBS))
        for verb in verbs:
            speaker, medium = self.speaker_of(verb)
            if speaker is not None or medium is not None:
                return _Cue(verb, speaker, medium, "statement.direct.colon")
        return None

    def _inverted_speaker(self, verb: Token) -> tuple[ActorRef | None, str | None]:
        """'"...," added a South Carolina Democrat': right after a closing quote mark, the
        noun after a speech verb speaks, though the parser often makes it the object."""
        before = self.text[max(0, verb.idx - _CLOSE_LOOKBACK) : verb.idx].rstrip()
        if not before.endswith(_CLOSING_MARKS) or verb.lemma_.lower() not in _INVERTING_VERBS:
            return None, None
        noun = self._inverted_noun(verb)
        return self.speaker_and_medium(noun) if noun is not None else (None, None)

    def _inverted_noun(self, verb: Token) -> Token | None:
        """Return the noun after an inverted cue verb, as the parser attached it or as the
        words run."""
        noun = next(
            (
                c
                for c in verb.rights
                if c.pos_ in ("NOUN", "PROPN") and c.dep_ in _INVERTED_SUBJECT_DEPS
            ),
            None,
        )
        return noun if noun is not None else self._nominal_after(verb)

    def _inverted_cue(self, quote: QuoteSpan) -> _Cue | None:
        """'...: "It's about time," exhorted Lee's introducer': a finite verb right after a
        quoted sentence closed for attribution, in a lexicon or not, with the noun after it
        as speaker."""
        quoted = self.text[quote.inner_start : quote.inner_end].rstrip(_INNER_CLOSES)
        closed_for_attribution = self._comma_closed(quote) or quoted.endswith(("!", "?"))
        if not (closed_for_attribution and self._opens_sentence(quote)):
            return None  # 'the ''undocumented immigrant,'' became part of ...': a subject
        index = first_token_at(self.doc, quote.end)
        verb = self.doc[index] if index is not None else None
        if verb is None or verb.tag_ not in ("VBD", "VBZ") or not verb.text[:1].islower():
            return None
        if verb.lemma_.lower() in NOT_ATTRIBUTION:  # '"...," is one common saying'
            return None
        noun = self._inverted_noun(verb)
        if noun is None or self.in_quote(noun):
            return None
        speaker, medium = self.speaker_and_medium(noun)
        if speaker is None and medium is None:
            return None
        return _Cue(verb, speaker, medium, "statement.direct.trailing")

    def _nominal_after(self, verb: Token) -> Token | None:
        """Return the noun that follows ``verb`` directly, past its determiners and modifiers.

        Quotes confuse the parser: in '"...," said Lee, explaining ...' it may tag "Lee" an
        adverb, and in '"...," said the woman, who ...' make "woman" the subject of the
        relative clause. Word order still names the speaker.
        """
        i = verb.i + 1
        while i < len(self.doc) and (
            self.doc[i].pos_ in ("DET", "ADJ", "NUM") or self.doc[i].dep_ == "compound"
        ):
            i += 1
        if i >= len(self.doc) or self.in_quote(self.doc[i]):
            return None
        token = self.doc[i]
        named = self.cast.entity_of_token(token) is not None or token.is_title
        return token if named or token.pos_ in ("NOUN", "PROPN") else None

    def _neighbour_speaker(self, verb: Token) -> tuple[ActorRef | None, str | None]:
        """Return the actor named right before or after a cue verb whose parse lost its subject
        (quotes confuse the parser: "''...,'' Robert Shrum, a strategist, said").

        After the verb only an inverted attribution counts ("said Robert Reich", "added
        Murphy"), never the verb's object ("called Trump 'a liar'", "told Fox News").
        """
        steps = (-1, 1) if verb.lemma_.lower() in _INVERTING_VERBS else (-1,)
        for step in steps:
            i = verb.i + step
            while 0 <= i < len(self.doc) and (
                self.doc[i].is_punct or self.doc[i].dep_ in ("aux", "advmod", "neg")
            ):
                i += step
            if 0 <= i < len(self.doc) and not self.in_quote(self.doc[i]):
                token = self.doc[i]
                if step > 0 and token.dep_ in _OBJECT_DEPS and token.head == verb:
                    continue
                if step > 0 and token.dep_ == "nsubj" and token.head != verb:
                    continue  # "most said they were ...": the reported clause's subject
                named = self.cast.entity_of_token(token) or is_age(token)
                if named or token.lower_ in _PERSONAL_PRONOUNS:
                    return self.speaker_and_medium(token)
        return None, None

    def _introducing_cue(self, quote: QuoteSpan) -> _Cue | None:
        """'Lee shot back, "I chose to ..."': a quoted sentence joined to the verb right
        before it, after a comma, is that verb's, ahead of a speech verb elsewhere in the
        sentence ("After Ruiz criticized him, Lee shot back, ...")."""
        end = self._end_before(quote)
        opens_sentence = self.text[quote.inner_start : quote.inner_start + 1].isupper()
        if not (self.text[end - 1 : end] == "," and opens_sentence):
            return None
        verb = self._verb_before(quote)
        if verb is None or verb.lemma_.lower() in NOT_ATTRIBUTION:
            return None
        joined = verb == self._governing_verb(quote) or self.in_quote(verb.head)
        if not (joined and self._adjacent(verb, quote)):
            return None
        speaker, medium = self.speaker_of(verb)
        if speaker is None and medium is None:
            return None
        return _Cue(verb, speaker, medium, "statement.direct.governor")

    def _verb_before(self, quote: QuoteSpan) -> Token | None:
        """Return the last verb of the quotation's sentence before its opening mark."""
        sentence = self.sentences[self.sentence_index(quote.start)]
        before = [t for t in sentence if t.idx < quote.start and t.pos_ == "VERB"]
        return before[-1] if before and not self.in_quote(before[-1]) else None

    def _governor_cue(self, quote: QuoteSpan) -> _Cue | None:
        governor = self._governing_verb(quote)
        if governor is None or not self._adjacent(governor, quote):
            return None
        if governor.lemma_.lower() in NOT_ATTRIBUTION:  # "the levy is 'a tax on ...'"
            return None
        speaker, medium = self.speaker_of(governor)
        return (
            _Cue(governor, speaker, medium, "statement.direct.governor")
            if speaker is not None or medium is not None
            else None
        )

    def according_to(self, window: SpacySpan) -> _Cue | None:
        for token in window:
            if token.lower_ == "according" and not self.in_quote(token):
                obj = prep_object(token, "to")
                if obj is not None:
                    speaker, medium = self.speaker_and_medium(obj)
                    return _Cue(token, speaker, medium, "statement.direct.according-to")
        return None

    def _direct_statement(self, content: Span, cue: _Cue) -> Statement:
        text = content.slice(self.text)
        cue_span = self.cue_span(cue.token)
        return Statement(
            speaker=cue.speaker,
            cue=cue_span,
            content=(content,),
            direct=True,
            modality=self.modality(cue.token, text),
            cameo_code=statement_code(cue.token.lemma_.lower(), text),
            provenance=self.provenance(
                content.start, cue.rule, _CONFIDENCE[cue.rule] if cue.speaker else 0.5
            ),
            medium=cue.medium,
        )

    def cue_span(self, verb: Token) -> Span:
        if verb.lower_ == "according":
            to = next((c for c in verb.children if c.lower_ == "to"), None)
            return Span(
                verb.idx, (to.idx + len(to.text)) if to is not None else verb.idx + len(verb.text)
            )
        parts = [verb, *(c for c in verb.children if c.dep_ in ("prt", "neg", "aux", "auxpass"))]
        start = min(t.idx for t in parts)
        end = max(t.idx + len(t.text) for t in parts)
        return Span(start, end)

    def modality(self, cue: Token, content_text: str) -> str:
        if any(c.dep_ == "neg" for c in cue.children):
            return "negated"
        words = set(content_text.lower().split())
        if cue.lemma_.lower() in HEDGE_CUES or words & HEDGE_WORDS:
            return "hedged"
        return "asserted"

    # -- reported speech -------------------------------------------------------------------


def _title_cased(quoted: str) -> bool:
    """Return whether quoted words are cased like a title ("Meet the Press").

    Example:
        >>> [_title_cased(q) for q in ("Sunday Morning Futures", "We Will Win.", "no way")]
        [True, False, False]
    """
    words = quoted.split()
    if not 2 <= len(words) <= _TITLE_WORDS or quoted.rstrip()[-1:] in ".!?,":
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _reports_nothing(verb: Token) -> bool:
    """Return whether ``verb`` cannot introduce anyone's words: a copula, "make", "go"...
    but "She went on: '...'" goes on speaking."""
    if verb.lemma_.lower() not in NOT_ATTRIBUTION:
        return False
    return not (verb.lemma_.lower() == "go" and any(c.lower_ == "on" for c in verb.children))


def _headline(line: str) -> bool:
    """Return whether a line is a title-cased headline ("Dean Tells Convention Guns Are ...")."""
    words: list[str] = re.findall(r"[A-Za-z][\w'\u2019-]*", line)
    if len(words) < _HEADLINE_MIN_WORDS:
        return False
    capitalised = sum(w[0].isupper() for w in words if w.lower() not in _TITLE_SMALL_WORDS)
    return bool(capitalised >= _HEADLINE_CAPITALISED * len(words))


def _attributing_verb(token: Token, any_finite: bool) -> bool:
    """Return whether ``token`` may attribute the quotation before it: a speech verb, or,
    when ``any_finite``, any finite verb outside a relative clause ("beamed", "fumed")."""
    if token.pos_ != "VERB":
        return False
    if token.lemma_.lower() in SPEECH_VERBS - _THOUGHT_VERBS:
        return True
    return any_finite and token.tag_ in ("VBD", "VBZ") and token.dep_ != "relcl"


def _name_word(token: Token) -> bool:
    """Return whether a headline word can be part of a name ("Ann", "Lee"; not "Of")."""
    return token.is_title and token.lower_ not in _TITLE_SMALL_WORDS


def _climbs(token: Token) -> bool:
    """Return whether the speaker of ``token``'s clause is found above it: a coordinated or
    subordinate verb, or the adverb of "went so far as to say" between the verbs."""
    return token.dep_ in _CLIMB_DEPS or (token.pos_ == "ADV" and token.dep_ == "advmod")


def _finite_verb_as_modifier(verb: Token) -> bool:
    """Return whether the parser made a past-tense verb modify the noun before it: in "a man
    yelled 'Stay there!'" it reads "yelled" as "the man (who was) yelled", but a finite verb
    right after its noun (or after an appositive set off by commas: "Lee, the nominee,
    tweeted") has that noun as subject."""
    if verb.dep_ != "acl":
        return False
    noun = verb.head
    if verb.tag_ == "VBD" and noun.i == verb.i - 1:
        return True
    # After an appositive the parser often reads the finite verb as a participle too.
    return verb.tag_ in ("VBD", "VBN") and _appositive_between(noun, verb)


def _appositive_between(noun: Token, verb: Token) -> bool:
    """Return whether only an appositive of ``noun`` between commas separates it from
    ``verb``: "Romney, the 2012 nominee, tweeted"."""
    doc = noun.doc
    if verb.i - noun.i < 4 or doc[noun.i + 1].text != "," or doc[verb.i - 1].text != ",":
        return False
    appositives = [c for c in noun.children if c.dep_ == "appos"]
    inside = {t.i for a in appositives for t in a.subtree}
    return all(i in inside for i in range(noun.i + 2, verb.i - 1))


def _quotation_cue(verb: Token) -> bool:
    """Return whether ``verb`` introduces a quotation though it reports no speech elsewhere:
    'As Lee put it, "..."', '"...," the sign read'."""
    lemma = verb.lemma_.lower()
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    if lemma != "read":
        return False
    before = verb.doc.text[max(0, verb.idx - _CLOSE_LOOKBACK) : verb.idx]
    inverted = before.rstrip().endswith(_CLOSING_MARKS)  # '"...," read the ad'
    return inverted or not any(c.dep_ == "dobj" for c in verb.children)


def _reporting_verb(verb: Token) -> Token:
    """Return the verb that reports a thought or continuation verb, if one does.

    In "Cruz said he's certain Rubio will continue to be 'a champion'" and "Hier has said
    that while he fears ..., '...'", the quotation is the outer speaker's words; a verb of
    thinking only carries its own quotation when nobody reports it.
    """
    current = verb
    while current.lemma_.lower() in _THOUGHT_VERBS and current.dep_ in ("ccomp", "advcl", "xcomp"):
        current = current.head
        if current.lemma_.lower() in SPEECH_VERBS - _THOUGHT_VERBS and current.pos_ == "VERB":
            return current
    return verb


def _opens_with_attribution(sentence: SpacySpan) -> bool:
    """Return whether a sentence opens by attributing what came before: "Trump said of Apple
    in February." A reported clause ("Trump said he would ...") makes it a statement of its own.
    """
    root = sentence.root
    if root.lemma_.lower() not in SPEECH_VERBS - _THOUGHT_VERBS or root.pos_ != "VERB":
        return False
    if root.i - sentence.start > _ATTRIBUTION_LEAD:
        return False
    return not any(c.dep_ in _CLAUSE_OBJECT_DEPS for c in root.children)


def _thought_reported(verb: Token, outer: set[int]) -> bool:
    """Return whether ``verb`` is a thought reported by one of the ``outer`` cues (token
    indices): in "He says if people think ..., '...'" the quotation is his, not theirs."""
    if verb.lemma_.lower() not in _THOUGHT_VERBS:
        return False
    return any(a.i in outer for a in verb.ancestors)


def _nearest_first(verb: Token) -> list[Token]:
    """Return ``verb``'s children, nearest first: of the two subjects a misparse gives
    ("His verdict: '...,' he said"), the one beside the verb speaks."""
    return sorted(verb.children, key=lambda child: abs(child.i - verb.i))


def _reporter_above(head: Token) -> Token:
    """Return the speech verb whose reported clause ``head`` is, else ``head`` itself.

    In "Byrne wrote the agents knew ..., saying, '...'" the parser hangs "saying" on the
    reported verb "knew", but whoever says it is the one who wrote.
    """
    outer = head.head
    reported = head.dep_ == "ccomp" and outer != head and outer.pos_ == "VERB"
    return outer if reported and outer.lemma_.lower() in SPEECH_VERBS - _THOUGHT_VERBS else head


def as_clause(verb: Token) -> bool:
    """Return whether ``verb`` heads an attribution clause: "as Breitbart News reported"."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _passive_participle(verb: Token) -> bool:
    """ "Asked about the plan, she said ...": the clause's subject is the one asked, not the
    asker, so a speaker is not borrowed from it."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBN", "VBD") or verb.left_edge.i != verb.i:
        return False  # the parser tags a clause-initial "Asked" VBD as often as VBN
    return not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)


def _is_dateline(token: Token) -> bool:
    """Return whether ``token`` is a dateline place ("CLEVELAND — ..."), never a speaker."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.is_upper and len(token) > 2 and following is not None and following.text in _DASHES


_DASHES = frozenset({"—", "–", "-", "--", "("})


def _merge_contents(statement: Statement, content: Span) -> Statement:
    from dataclasses import replace

    return replace(statement, content=(*statement.content, content))
