"""Quotation cues found by layout: the sentence before, the words after, the headline.

When no speech verb in a quotation's own sentences speaks, its place in the text may still
name the speaker. Each rule is recorded as the fact's rule:

``statement.direct.colon``
    A colon-ended sentence before the quotation ("In a 1963 speech, he declared:").
``statement.direct.before``
    The sentence right before reports speech with nothing said in it ("Lee said in a
    statement. '...'").
``statement.direct.trailing``
    The words right after the quotation: a subject and any verb ('"...," Trump barked', see
    :mod:`~newsgraph.loaders.mapping.trailing`), an inverted verb ('"...," exhorted Lee'), or
    the attribution that ends a paragraph the quotation opens.
``statement.direct.signature``
    A quotation alone in its paragraph, signed in the next with a dash and a name ('"..."
    / - Ann Lee'); the dash is the cue.
``statement.direct.headline``
    A title-cased headline's capitalised speech verb ("Dean Tells Convention Guns Are 'A
    Crisis'").
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsgraph.loaders.mapping.lexicon import (
    HEADLINE_VERBS,
    NOT_ATTRIBUTION,
    SPEECH_VERBS,
    THOUGHT_VERBS,
    TITLE_SMALL_WORDS,
)
from newsgraph.loaders.mapping.quote_context import (
    CLAUSE_OBJECT_DEPS,
    LABEL_WORDS,
    Cue,
    QuoteContext,
)
from newsgraph.loaders.mapping.quotes import CLOSE_LOOKBACK, INNER_CLOSES, QuoteSpan
from newsgraph.loaders.mapping.sentences import as_clause
from newsgraph.loaders.mapping.trailing import first_token_at, trailing_attribution

__all__ = ["LayoutCues"]

_PARAGRAPH_TAIL_TOKENS = 30
_HEADLINE_MIN_WORDS = 4
_HEADLINE_CAPITALISED = 0.6  # share of a headline's words that start with a capital
#: The next paragraph signs a pull quote: "- Ann Lee" or "\u2014Ann Lee, Port Weekly".
_SIGNATURE = re.compile(r"\s*\n\s*([-\u2013\u2014])\s?([A-Z][^,\n.]{0,60})")


class LayoutCues(QuoteContext):
    """The layout-led cue rules of one article (see the module docstring)."""

    def colon_cue(self, quote: QuoteSpan) -> Cue | None:
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
            cue = self.cue_if_found(verb, self.speakers.speaker_of(verb), "statement.direct.colon")
            if cue is not None:
                return cue
        return None

    def said_before_cue(self, quote: QuoteSpan) -> Cue | None:
        """'Lee said in a statement. "There are no ballots to recount."': the sentence right
        before a quotation reports speech with nothing said in it, so the quotation is what
        was said."""
        index = self.sentence_index(quote.start)
        if index == 0 or not self.opens_sentence(quote) or self.attribution_follows(quote):
            return None  # '"...," the email read': the words after attribute it
        before = self.sentences[index - 1]
        verb = before.root
        if verb.lemma_.lower() not in SPEECH_VERBS - THOUGHT_VERBS or verb.pos_ != "VERB":
            return None
        if any(c.dep_ in CLAUSE_OBJECT_DEPS for c in verb.children) or any(
            map(self.in_quote, before)
        ):
            return None
        return self.cue_if_found(verb, self.speakers.speaker_of(verb), "statement.direct.before")

    def trailing_cue(self, quote: QuoteSpan) -> Cue | None:
        """'"...," Trump barked': the words after a comma-closed quotation attribute it."""
        if not self.comma_closed(quote):
            return None
        found = trailing_attribution(self.doc, quote.end)
        if found is None or self.in_quote(found[1]):
            return None
        verb, subject = found
        return self.cue_if_found(
            verb, self.speakers.speaker_and_medium(subject), "statement.direct.trailing"
        )

    def inverted_cue(self, quote: QuoteSpan) -> Cue | None:
        """'...: "It's about time," exhorted Lee's introducer': a finite verb right after a
        quoted sentence closed for attribution, in a lexicon or not, with the noun after it
        as speaker."""
        quoted = self.text[quote.inner_start : quote.inner_end].rstrip(INNER_CLOSES)
        closed_for_attribution = self.comma_closed(quote) or quoted.endswith(("!", "?"))
        if not (closed_for_attribution and self.opens_sentence(quote)):
            return None  # 'the ''undocumented immigrant,'' became part of ...': a subject
        index = first_token_at(self.doc, quote.end)
        verb = self.doc[index] if index is not None else None
        if verb is None or verb.tag_ not in ("VBD", "VBZ") or not verb.text[:1].islower():
            return None
        if verb.lemma_.lower() in NOT_ATTRIBUTION:  # '"...," is one common saying'
            return None
        noun = self.speakers.inverted_noun(verb)
        if noun is None or self.in_quote(noun):
            return None
        return self.cue_if_found(
            verb, self.speakers.speaker_and_medium(noun), "statement.direct.trailing"
        )

    def paragraph_tail_cue(self, quote: QuoteSpan) -> Cue | None:
        """A quotation that opens its paragraph is attributed in the words after it, however
        badly the parser takes them ('"...," delegate Ann Lee, wearing a hat, said'): the
        first speech verb there speaks, through its subject, or else the first name or
        pronoun between the quotation and the verb. After a comma, "!" or "?" any finite
        verb outside a relative clause will do ('"This is fantastic!" beamed Lee')."""
        line_start, line_end = self.line_of(quote)
        if self.text[line_start : quote.start].strip():
            return None
        tail = self.doc.char_span(quote.end, line_end, alignment_mode="contract")
        quoted = self.text[quote.inner_start : quote.inner_end].rstrip(INNER_CLOSES)
        closed_for_attribution = self.comma_closed(quote) or quoted.endswith(("!", "?"))
        for token in list(tail or ())[:_PARAGRAPH_TAIL_TOKENS]:
            if self.in_quote(token):
                return None
            if not _attributing_verb(token, any_finite=closed_for_attribution):
                continue
            if any(c.dep_ in CLAUSE_OBJECT_DEPS for c in token.children):
                return None  # '"..." Lee said the storm had passed': a new claim
            return self._tail_cue(quote, token)
        return None

    def _tail_cue(self, quote: QuoteSpan, verb: Token) -> Cue | None:
        """Return ``verb`` as the cue of a quotation before it, with its subject, an
        inverted noun, or else the first name or pronoun between them as speaker."""
        speaker, medium = self.speakers.speaker_of(verb)
        if speaker is None and medium is None:
            speaker, medium = self.speakers.inverted_speaker(verb)
        if speaker is None and medium is None:
            speaker, medium = self.speakers.first_actor_between(quote.end, verb)
        return self.cue_if_found(verb, (speaker, medium), "statement.direct.trailing")

    def signature_cue(self, quote: QuoteSpan) -> Cue | None:
        """A quotation standing alone as a paragraph, signed in the next one with a dash and
        a name ('"..." / - Ann Lee, Port Weekly'), as pull quotes and round-ups print them.
        The dash is the cue."""
        line_start, line_end = self.line_of(quote)
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
        return self.cue_named_by(dash[0], name, "statement.direct.signature")

    def headline_cue(self, quote: QuoteSpan) -> Cue | None:
        """A quotation in a title-cased headline, attributed by a capitalised speech verb
        the model tags as a name: "Dean Tells Convention Guns Are 'A Crisis'", "'Not
        Negotiable,' Says Lee". The verb is the cue; the name beside it speaks."""
        line_start, line_end = self.line_of(quote)
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
            found = self.cue_named_by(verb, name, "statement.direct.headline", name[-1])
            if found is not None:
                return found
        return None

    def _headline_name(self, verb: Token, quote: QuoteSpan, line_start: int) -> SpacySpan | None:
        """Return the capitalised words that speak in a headline: right after the verb
        when the quotation comes just before it ("'...,' Says Ann Lee Of ..."), else the
        words between the quotation (or the line start) and the verb."""
        if 0 <= verb.idx - quote.end <= CLOSE_LOOKBACK:
            end = verb.i + 1
            while end < len(self.doc) and end - verb.i <= LABEL_WORDS and _name_word(self.doc[end]):
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


def _headline(line: str) -> bool:
    """Return whether a line is a title-cased headline ("Dean Tells Convention Guns Are ...")."""
    words: list[str] = re.findall(r"[A-Za-z][\w'\u2019-]*", line)
    if len(words) < _HEADLINE_MIN_WORDS:
        return False
    capitalised = sum(w[0].isupper() for w in words if w.lower() not in TITLE_SMALL_WORDS)
    return bool(capitalised >= _HEADLINE_CAPITALISED * len(words))


def _attributing_verb(token: Token, any_finite: bool) -> bool:
    """Return whether ``token`` may attribute the quotation before it: a speech verb, or,
    when ``any_finite``, any finite verb outside a relative clause ("beamed", "fumed")."""
    if token.pos_ != "VERB":
        return False
    if token.lemma_.lower() in SPEECH_VERBS - THOUGHT_VERBS:
        return True
    return any_finite and token.tag_ in ("VBD", "VBZ") and token.dep_ != "relcl"


def _name_word(token: Token) -> bool:
    """Return whether a headline word can be part of a name ("Ann", "Lee"; not "Of")."""
    return token.is_title and token.lower_ not in TITLE_SMALL_WORDS
