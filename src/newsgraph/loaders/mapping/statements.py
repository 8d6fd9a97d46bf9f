"""Statements made in direct quotes, and what all statement rules share about an article.

:class:`StatementFinder` holds what every statement and appeal rule needs about one article:
its quotations, sentence index, speakers (:mod:`~newsgraph.loaders.mapping.speakers`) and
provenance. Its :meth:`~StatementFinder.direct` turns quotations into statements, with the
cue each one gets from :mod:`~newsgraph.loaders.mapping.quote_cues` (which lists the rules).

Quotes split around one cue share a statement; an uncued quotation right after an
attributed one continues it. Quoted titles ("Meet the Press") and names that modify a noun
(the "Never Again" movement) are not speech. Reported speech lives in
:mod:`newsgraph.loaders.mapping.reported`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.loaders.mapping.actors import Cast
from newsgraph.loaders.mapping.cameo_rules import statement_code
from newsgraph.loaders.mapping.lexicon import HEDGE_CUES, HEDGE_WORDS, TITLE_SMALL_WORDS
from newsgraph.loaders.mapping.quote_context import Cue
from newsgraph.loaders.mapping.quote_cues import QuoteCues
from newsgraph.loaders.mapping.quotes import QuoteSpan
from newsgraph.loaders.mapping.sentences import span_of
from newsgraph.loaders.mapping.speakers import SpeakerFinder
from newsgraph.model import Provenance, Span, Statement

__all__ = ["StatementFinder"]

_CONTINUATION_WORDS = 3  # a lone "scare quote" near a statement does not continue it
_CONTINUATION_SENTENCES = 1
_TITLE_WORDS = 6
_TITLE_LOOKBACK = 40
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
#: Words right before a quoted title: a preposition or a noun for what the title names.
_TITLE_CONTEXT = frozenset(
    """
    on in at of for to from show program programme series book film movie song album ad
    slogan headline titled entitled called dubbed podcast column essay article play musical
    documentary novel memoir poem newsletter blog with autobiography biography manifesto video
    anthem hymn website
    """.split()
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
        self.speakers = SpeakerFinder(doc, cast, self._tokens_in_quotes())
        self.cues = QuoteCues(doc, cast, self.speakers)

    def sentence_index(self, char: int) -> int:
        """Return the index of the sentence holding character ``char``."""
        return self.cast.sentences.index_of_char(char)

    def provenance(self, char: int, rule: str, confidence: float) -> Provenance:
        """Return the provenance of a fact found at ``char`` by ``rule``."""
        index = self.sentence_index(char)
        return Provenance(span_of(self.sentences[index]), index, rule, confidence)

    def _tokens_in_quotes(self) -> set[int]:
        """Return the indexes of the tokens inside quotation marks."""
        inside: set[int] = set()
        for start, end in ((q.start, q.end) for q in self.quotes):
            span = self.doc.char_span(start, end, alignment_mode="expand")
            inside.update(range(span.start, span.end) if span is not None else ())
        return inside

    def in_quote(self, token: Token) -> bool:
        """Return whether ``token`` stands inside quotation marks."""
        return self.speakers.in_quote(token)

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
            cue = self.cues.cue_for(quote)
            index = self.sentence_index(quote.inner_start)
            content = Span(quote.inner_start, quote.inner_end)
            continues = found and (quote.continues or index - last_index <= _CONTINUATION_SENTENCES)
            continues = continues and len(content.slice(self.text).split()) >= _CONTINUATION_WORDS
            continues = continues and (
                quote.continues
                or (self.cues.opens_sentence(quote) and self._same_paragraph(found, quote))
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

    def _is_title(self, quote: QuoteSpan) -> bool:
        """Return whether a quotation is a title: title-cased and named as one ("on CNN's
        'State of the Union'", "the show 'Meet the Press'", "to the tune of 'Silent Night'")."""
        quoted = self.text[quote.inner_start : quote.inner_end].rstrip(".,")
        before = self.text[max(0, quote.start - _TITLE_LOOKBACK) : quote.start].split()
        word = before[-1].lower().strip(",") if before else ""
        possessive = word.endswith(("'s", "\u2019s"))
        if quoted.isalpha() and quoted[:1].isupper():
            return possessive  # 'on Fox News's "Hannity,"'
        # American style puts the sentence's period inside the marks: 'on "Meet the Press."'
        if not _title_cased(quoted):
            return False
        if word == "to" and self._after_infinitive_to(quote):
            return False  # a headline's 'Asked Dockers To "Redefine The Harbour"'
        return word in _TITLE_CONTEXT or possessive

    def _after_infinitive_to(self, quote: QuoteSpan) -> bool:
        """Return whether the "to" before a quotation marks an infinitive, not a place."""
        end = self.cues.end_before(quote)
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

    def _direct_statement(self, content: Span, cue: Cue) -> Statement:
        """Build the direct statement of one quotation and its cue."""
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
        """Return the characters of a cue: the verb with its particle, negation and auxiliaries
        ("did not back down"), or the whole of "according to"."""
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
        """Return "negated", "hedged" or "asserted" for a cue and what it says."""
        if any(c.dep_ == "neg" for c in cue.children):
            return "negated"
        words = set(content_text.lower().split())
        if cue.lemma_.lower() in HEDGE_CUES or words & HEDGE_WORDS:
            return "hedged"
        return "asserted"

    def according_to(self, window: SpacySpan) -> Cue | None:
        """Return the "according to X" cue in ``window``, if there is one."""
        return self.cues.according_to(window)


def _title_cased(quoted: str) -> bool:
    """Return whether quoted words are cased like a title ("Meet the Press").

    Example:
        >>> [_title_cased(q) for q in ("Sunday Morning Futures", "We Will Win.", "no way")]
        [True, False, False]
    """
    words = quoted.split()
    if not 2 <= len(words) <= _TITLE_WORDS or quoted.rstrip()[-1:] in ".!?,":
        return False
    return all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


def _merge_contents(statement: Statement, content: Span) -> Statement:
    """Return ``statement`` with ``content`` as one more fragment of what was said."""
    return replace(statement, content=(*statement.content, content))
