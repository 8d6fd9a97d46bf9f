"""What the reported-speech rules share: building a statement from a cue and a clause.

:class:`ReportBuilder` turns a cue token, its speaker and the words it reports into a
:class:`~newsgraph.model.Statement` with provenance, modality and CAMEO code, and finds
where a reported clause ends (before a clause that is an act of its own). The rules
themselves live in :mod:`~newsgraph.loaders.mapping.reported` (clauses, "according to",
sources) and :mod:`~newsgraph.loaders.mapping.speech_acts` (objects, namings, topics, nouns).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.loaders.mapping.cameo_rules import statement_code
from newsgraph.loaders.mapping.lexicon import (
    COMMISSIVE_VERBS,
    EVALUATIVE_VERBS,
    NAMING_VERBS,
    SPEECH_VERBS,
)
from newsgraph.loaders.mapping.sentences import tokens_span
from newsgraph.loaders.mapping.statements import StatementFinder
from newsgraph.model import ActorRef, Span, Statement

__all__ = ["ReportBuilder"]

_EDGE_SLACK = 2  # a clause trimmed of its final ".\u201d" still holds the quote that ends it
_OBJECT_CUES = EVALUATIVE_VERBS | COMMISSIVE_VERBS
_CONTRAST_MARKS = frozenset({"while", "whereas"})


class ReportBuilder:
    """Build the reported statements of one article.

    Args:
        finder: The article's statement finder (speakers, quotes, provenance).
    """

    def __init__(self, finder: StatementFinder) -> None:
        self.sf = finder
        self.doc = finder.doc
        self.cast = finder.cast
        self.text = finder.text
        self.quotes = finder.quotes

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

    def _tokens_span(self, tokens: list[Token]) -> Span | None:
        """Return the characters ``tokens`` cover, trimmed; None when under three."""
        return tokens_span(self.text, tokens, min_chars=3)

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
