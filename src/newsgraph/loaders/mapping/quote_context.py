"""What the quotation cue rules share: the article, its speakers, and where a quotation sits.

:class:`QuoteContext` is the base of the two families of cue rules, the parse-led ones in
:mod:`~newsgraph.loaders.mapping.quote_cues` and the layout-led ones in
:mod:`~newsgraph.loaders.mapping.layout_cues`. It answers questions about a quotation's place
in the text (does it open its sentence, which line holds it, does a comma close it) and turns a
cue and the words that name a speaker into a :class:`Cue`. A new rule family subclasses it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.loaders.mapping.actors import Cast
from newsgraph.loaders.mapping.lexicon import ACTOR_NOUNS, DOCUMENT_NOUNS
from newsgraph.loaders.mapping.quotes import CLOSING_MARKS, INNER_CLOSES, QuoteSpan
from newsgraph.loaders.mapping.speakers import SpeakerFinder
from newsgraph.loaders.mapping.trailing import trailing_attribution
from newsgraph.model import ActorRef

__all__ = ["CLAUSE_OBJECT_DEPS", "LABEL_WORDS", "Cue", "QuoteContext"]

#: Most words a verbless speaker label may have ("Port Weekly", "More from the report").
LABEL_WORDS = 8
#: Dependents that make a speech verb report a claim of its own ("Lee said the storm passed").
CLAUSE_OBJECT_DEPS = frozenset({"ccomp", "dobj", "xcomp"})


@dataclass(frozen=True)
class Cue:
    """The cue of a quotation: its token, who speaks (and through which document), and the
    rule that found it."""

    token: Token
    speaker: ActorRef | None
    medium: str | None
    rule: str = "statement.direct"


class QuoteContext:
    """One article as the quotation cue rules see it.

    Args:
        doc: The parsed article.
        cast: The article's entities and coreference.
        speakers: The article's speaker finder (which also knows the quoted tokens).
    """

    def __init__(self, doc: Doc, cast: Cast, speakers: SpeakerFinder) -> None:
        self.doc = doc
        self.cast = cast
        self.text = cast.text
        self.sentences = cast.sentences.spans
        self.speakers = speakers

    def in_quote(self, token: Token) -> bool:
        """Return whether ``token`` stands inside quotation marks."""
        return self.speakers.in_quote(token)

    @staticmethod
    def cue_if_found(
        token: Token, who: tuple[ActorRef | None, str | None], rule: str
    ) -> Cue | None:
        """Return ``token`` as ``rule``'s cue when ``who`` (speaker, medium) names anyone."""
        speaker, medium = who
        if speaker is None and medium is None:
            return None
        return Cue(token, speaker, medium, rule)

    def sentence_index(self, char: int) -> int:
        """Return the index of the sentence holding character ``char``."""
        return self.cast.sentences.index_of_char(char)

    def end_before(self, quote: QuoteSpan) -> int:
        """Return where the text before a quotation ends, spaces before the mark skipped."""
        end = quote.start
        while end > 0 and self.text[end - 1] == " ":
            end -= 1
        return end

    def opens_sentence(self, quote: QuoteSpan) -> bool:
        """Return whether a quotation starts its sentence rather than sitting inside one."""
        end = self.end_before(quote)
        before = self.text[max(0, end - 2) : end]
        return not before or before[-1] in "\n.!?:" or before.endswith(CLOSING_MARKS)

    def line_of(self, quote: QuoteSpan) -> tuple[int, int]:
        """Return where the line (paragraph) holding a quotation starts and ends."""
        end = self.text.find("\n", quote.end)
        return self.text.rfind("\n", 0, quote.start) + 1, len(self.text) if end < 0 else end

    def comma_closed(self, quote: QuoteSpan) -> bool:
        """Return whether a comma closes the quotation, also inside a closing inner quote
        ('"... I'll help,'" Lee said'): news style then puts the attribution right after."""
        if "," in self.text[quote.inner_end : quote.end]:
            return True
        return self.text[quote.inner_start : quote.inner_end].rstrip(INNER_CLOSES).endswith(",")

    def attribution_follows(self, quote: QuoteSpan) -> bool:
        """Return whether a comma closes the quotation and an attribution follows it
        ('...: "...," she said'), which then names the speaker."""
        return self.comma_closed(quote) and trailing_attribution(self.doc, quote.end) is not None

    def cue_named_by(
        self, cue: Token, name: SpacySpan, rule: str, head: Token | None = None
    ) -> Cue | None:
        """Return ``cue`` with the speaker that a few verbless words name, or None."""
        if not self.names_a_speaker(name):
            return None
        return self.cue_if_found(
            cue, self.speakers.speaker_and_medium(head if head is not None else name.root), rule
        )

    def names_a_speaker(self, words: SpacySpan) -> bool:
        """Return whether a few words without a verb name an actor or a document."""
        if len(words) > LABEL_WORDS:
            return False
        if any(t.pos_ in ("VERB", "AUX") or self.in_quote(t) for t in words):
            return False
        head = words.root
        named = self.cast.entity_of_token(head) is not None or head.pos_ == "PROPN"
        return named or head.lemma_.lower() in DOCUMENT_NOUNS | ACTOR_NOUNS
