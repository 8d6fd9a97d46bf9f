"""The cue of a direct quotation, found first in the parse of its own sentences.

:meth:`QuoteCues.cue_for` tries, in order: a lead-in (the clause a colon closes, a speaker
label such as 'Lee: "..."', the verb a quoted sentence follows after a comma); the nearest
speech verb with a speaker in the sentences the quotation spans; "according to"; the verb the
quotation hangs on when it stands right beside it; and then the layout-led rules of
:mod:`~newsgraph.loaders.mapping.layout_cues`. Each cue records its rule:

``statement.direct``
    The nearest speech verb with a speaker ("...," the letter states).
``statement.direct.neighbour``
    That verb's parse lost its subject; the actor named right beside it speaks.
``statement.direct.according-to``
    "according to X" in those sentences.
``statement.direct.governor``
    The verb the quotation hangs on, when it stands right beside it ("Hillary shot back, ...").
``statement.direct.colon``
    The clause a colon right before the quotation closes ("Vance shot back sharply:").
``statement.direct.label``
    A speaker's name and a colon before the quotation ('Ann Lee: "..."'), in headlines and
    transcripts; the colon is the cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.loaders.mapping.actors import Cast
from newsgraph.loaders.mapping.layout_cues import LayoutCues
from newsgraph.loaders.mapping.lexicon import NOT_ATTRIBUTION, SPEECH_VERBS, THOUGHT_VERBS
from newsgraph.loaders.mapping.quote_context import CLAUSE_OBJECT_DEPS, Cue, QuoteContext
from newsgraph.loaders.mapping.quotes import (
    CLOSE_LOOKBACK,
    CLOSING_MARKS,
    INNER_CLOSES,
    QuoteSpan,
)
from newsgraph.loaders.mapping.sentences import prep_object
from newsgraph.loaders.mapping.speakers import SpeakerFinder
from newsgraph.loaders.mapping.trailing import first_token_at, trailing_attribution

__all__ = ["QuoteCues"]

#: Thought verbs that name a belief or wish; "continue" goes on with a quotation, and hopes
#: and fears are voiced ("'...,' she hoped").
_MENTAL_STATES = THOUGHT_VERBS - {"continue", "hope", "fear"}

_ADJACENT_WORDS = 4
_TAIL_GAP = 2  # spaces between a closing quote mark and an attribution sentence
_TAIL_TOKENS = 15
_ATTRIBUTION_LEAD = 5  # tokens before the verb of an attribution sentence
#: A dash that sets a heading off from what follows: "Fares climb again - Port Weekly: ...".
_HEADING_DASH = re.compile("\\s-{1,2}\\s|[\u2013\u2014]")
#: Where a speaker label starts: a line, a sentence, or a dash after a heading.
_LABEL_START = re.compile(r"\n|[.!?]\s|\s-{1,2}\s?|[\u2013\u2014]")
_LABEL_LEAD = re.compile(r"^\s*(?:-\s*)?(?:(?:more )?from\s+)?", re.IGNORECASE)


class QuoteCues(QuoteContext):
    """The cue rules for the direct quotations of one article.

    Args:
        doc: The parsed article.
        cast: The article's entities and coreference.
        speakers: The article's speaker finder.
    """

    def __init__(self, doc: Doc, cast: Cast, speakers: SpeakerFinder) -> None:
        super().__init__(doc, cast, speakers)
        self.layout = LayoutCues(doc, cast, speakers)

    def cue_for(self, quote: QuoteSpan) -> Cue | None:
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
        speech = self._speech_verb_cue(quote, window)
        if speech is not None:
            return speech
        return (
            self.according_to(window)
            or self._governor_cue(quote)
            or self.layout.colon_cue(quote)
            or self.layout.said_before_cue(quote)
            or self.layout.trailing_cue(quote)
            or self.layout.inverted_cue(quote)
            or self.layout.paragraph_tail_cue(quote)
            or self.layout.signature_cue(quote)
            or self.layout.headline_cue(quote)
        )

    def _speech_verb_cue(self, quote: QuoteSpan, window: SpacySpan) -> Cue | None:
        """Return the speech verb nearest the quotation in ``window`` that has a speaker: its
        subject, an inverted noun ('"...," said Lee') or else the actor beside it.

        A speech verb the quoted words hang under comes before any nearer one: in 'Lee told
        reporters the levy is "a tax on fishing" and Ruiz said ...' Lee says it. A verb of
        thinking reported by another cue ("He says if people think ..., '...'") gives way to
        that cue.
        """
        candidates = [
            t
            for t in window
            if (t.lemma_.lower() in SPEECH_VERBS or _quotation_cue(t))
            and t.pos_ in ("VERB", "AUX")
            and not self.in_quote(t)
        ]
        outer = {t.i for t in candidates if t.lemma_.lower() not in THOUGHT_VERBS}
        candidates = [t for t in candidates if not _thought_reported(t, outer)]
        governors = self._governors(quote)
        candidates = [t for t in candidates if t in governors or not _mental_state(t)]
        candidates.sort(key=lambda t: (t not in governors, _distance(t, quote)))
        for verb in map(_reporting_verb, candidates):
            speaker, medium = self.speakers.speaker_of(verb)
            rule = "statement.direct"
            if speaker is None and medium is None:
                speaker, medium = self.speakers.inverted_speaker(verb)
            if speaker is None and medium is None:
                speaker, medium = self.speakers.neighbour_speaker(verb)
                rule = "statement.direct.neighbour"
            if speaker is not None or medium is not None:
                return Cue(verb, speaker, medium, rule)
        return None

    def _governors(self, quote: QuoteSpan) -> set[Token]:
        """Return the words outside the quotation that its words hang under.

        The first of two coordinated clauses does not govern the second ("Dockers want a
        vote, and the 'levy' will go ..."), though what governs both does.
        """
        words = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        governors: set[Token] = set()
        token = words.root if words else None
        while token is not None and token.head.i != token.i:
            if token.dep_ != "conj" and not self.in_quote(token.head):
                governors.add(token.head)
            token = token.head
        return governors

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
        gap = gap.lstrip(INNER_CLOSES)  # a stray third closing apostrophe before the attribution
        same_line = len(gap) <= _TAIL_GAP and not gap.strip(" ")
        if not same_line:
            return False
        # A quotation may end with a quotation of its own: '"... she asked, 'Why?'"'
        quoted = self.text[quote.inner_start : quote.inner_end].rstrip().rstrip(INNER_CLOSES)
        if quoted.endswith(("!", "?")) and self._attributed_right_after(quote):
            return True  # '"Out!" she wrote, arguing that "..."'
        if any(map(self.in_quote, tail)):
            return False
        if quoted.endswith(("!", "?")) and len(tail) <= _TAIL_TOKENS:
            return True
        return _opens_with_attribution(tail)

    def _attributed_right_after(self, quote: QuoteSpan) -> bool:
        """Return whether a subject and a verb outside quotation marks follow ``quote`` in
        the same sentence: a capitalised word other than a name opens a new one ('"...?"
        He answered, "..."')."""
        found = trailing_attribution(self.doc, quote.end)
        first = first_token_at(self.doc, quote.end)
        if found is None or first is None or self.in_quote(found[0]):
            return False
        return self.doc[first].is_lower or self.doc[first].pos_ == "PROPN"

    def governing_verb(self, quote: QuoteSpan) -> Token | None:
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

    def _colon_lead_cue(self, quote: QuoteSpan) -> Cue | None:
        """'Vance shot back sharply: "..."': a colon right before a quotation, on its
        line, closes the clause that introduces it, so that clause's verb is the cue, in a
        lexicon or not, ahead of a speech verb elsewhere in the sentence."""
        end = self.end_before(quote)
        if self.text[end - 1 : end] != ":" or self.attribution_follows(quote):
            return None
        colon = self.doc.char_span(end - 1, end)
        if colon is None:
            return None
        for verb in self._lead_verbs(colon[0]):
            if _HEADING_DASH.search(self.text, verb.idx, colon.start_char):
                return None  # "Dockers share blame - Port Weekly:": a heading, then the source
            cue = self.cue_if_found(verb, self.speakers.speaker_of(verb), "statement.direct.colon")
            if cue is not None:
                return cue
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

    def _label_cue(self, quote: QuoteSpan) -> Cue | None:
        """'Ann Lee: "..."', '- Port Weekly: "..."', 'More from the report: "..."': a name
        and a colon before a quotation, as in headlines and transcripts, label the speaker.
        The colon is the cue."""
        colon = self.end_before(quote) - 1
        if colon < 0 or self.text[colon] != ":":
            return None
        line = self.text[self.text.rfind("\n", 0, colon) + 1 : colon]
        name = _LABEL_LEAD.sub("", _LABEL_START.split(line)[-1])
        words = self.doc.char_span(colon - len(name), colon, alignment_mode="expand")
        colon_token = self.doc.char_span(colon, colon + 1)
        if not words or colon_token is None:
            return None
        return self.cue_named_by(colon_token[0], words, "statement.direct.label")

    def _introducing_cue(self, quote: QuoteSpan) -> Cue | None:
        """'Lee shot back, "I chose to ..."': a quoted sentence joined to the verb right
        before it, after a comma, is that verb's, ahead of a speech verb elsewhere in the
        sentence ("After Ruiz criticized him, Lee shot back, ...")."""
        end = self.end_before(quote)
        opens_sentence = self.text[quote.inner_start : quote.inner_start + 1].isupper()
        if not (self.text[end - 1 : end] == "," and opens_sentence):
            return None
        verb = self._verb_before(quote)
        if verb is None or verb.lemma_.lower() in NOT_ATTRIBUTION:
            return None
        joined = verb == self.governing_verb(quote) or self.in_quote(verb.head)
        if not (joined and self._adjacent(verb, quote)):
            return None
        return self.cue_if_found(verb, self.speakers.speaker_of(verb), "statement.direct.governor")

    def _verb_before(self, quote: QuoteSpan) -> Token | None:
        """Return the last verb of the quotation's sentence before its opening mark."""
        sentence = self.sentences[self.sentence_index(quote.start)]
        before = [t for t in sentence if t.idx < quote.start and t.pos_ == "VERB"]
        return before[-1] if before and not self.in_quote(before[-1]) else None

    def _governor_cue(self, quote: QuoteSpan) -> Cue | None:
        """Return the verb a quotation hangs on as its cue, when it stands right beside it."""
        governor = self.governing_verb(quote)
        if governor is None or not self._adjacent(governor, quote):
            return None
        if governor.lemma_.lower() in NOT_ATTRIBUTION:  # "the levy is 'a tax on ...'"
            return None
        who = self.speakers.speaker_of(governor)
        return self.cue_if_found(governor, who, "statement.direct.governor")

    def according_to(self, window: SpacySpan) -> Cue | None:
        """Return the cue of the first "according to X" in ``window`` outside quotations
        (its speaker may be unknown)."""
        for token in window:
            if token.lower_ == "according" and not self.in_quote(token):
                obj = prep_object(token, "to")
                if obj is not None:
                    speaker, medium = self.speakers.speaker_and_medium(obj)
                    return Cue(token, speaker, medium, "statement.direct.according-to")
        return None


def _mental_state(verb: Token) -> bool:
    """Return whether ``verb`` states a belief or wish ("believes", "wants", "feel free")
    rather than speech: it attributes a quotation only when the quotation hangs under it."""
    return verb.lemma_.lower() in _MENTAL_STATES


def _distance(token: Token, quote: QuoteSpan) -> int:
    """Return how many characters separate ``token`` from the nearer edge of ``quote``."""
    return min(abs(token.idx - quote.end), abs(token.idx - quote.start))


def _reports_nothing(verb: Token) -> bool:
    """Return whether ``verb`` cannot introduce anyone's words: a copula, "make", "go"...
    but "She went on: '...'" goes on speaking."""
    if verb.lemma_.lower() not in NOT_ATTRIBUTION:
        return False
    return not (verb.lemma_.lower() == "go" and any(c.lower_ == "on" for c in verb.children))


def _quotation_cue(verb: Token) -> bool:
    """Return whether ``verb`` introduces a quotation though it reports no speech elsewhere:
    'As Lee put it, "..."', '"...," the sign read'."""
    lemma = verb.lemma_.lower()
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    if lemma != "read":
        return False
    before = verb.doc.text[max(0, verb.idx - CLOSE_LOOKBACK) : verb.idx]
    inverted = before.rstrip().endswith(CLOSING_MARKS)  # '"...," read the ad'
    return inverted or not any(c.dep_ == "dobj" for c in verb.children)


def _reporting_verb(verb: Token) -> Token:
    """Return the verb that reports a thought or continuation verb, if one does.

    In "Cruz said he's certain Rubio will continue to be 'a champion'" and "Hier has said
    that while he fears ..., '...'", the quotation is the outer speaker's words; a verb of
    thinking only carries its own quotation when nobody reports it.
    """
    current = verb
    while current.lemma_.lower() in THOUGHT_VERBS and current.dep_ in ("ccomp", "advcl", "xcomp"):
        current = current.head
        if current.lemma_.lower() in SPEECH_VERBS - THOUGHT_VERBS and current.pos_ == "VERB":
            return current
    return verb


def _thought_reported(verb: Token, outer: set[int]) -> bool:
    """Return whether ``verb`` is a thought reported by one of the ``outer`` cues (token
    indices): in "He says if people think ..., '...'" the quotation is his, not theirs."""
    if verb.lemma_.lower() not in THOUGHT_VERBS:
        return False
    return any(a.i in outer for a in verb.ancestors)


def _opens_with_attribution(sentence: SpacySpan) -> bool:
    """Return whether a sentence opens by attributing what came before: "Trump said of Apple
    in February." A reported clause ("Trump said he would ...") makes it a statement of its own.
    """
    root = sentence.root
    if root.lemma_.lower() not in SPEECH_VERBS - THOUGHT_VERBS or root.pos_ != "VERB":
        return False
    if root.i - sentence.start > _ATTRIBUTION_LEAD:
        return False
    return not any(c.dep_ in CLAUSE_OBJECT_DEPS for c in root.children)
