"""Per-document lookups the rules share: sentences, a token table, trimmed spans.

spaCy rebuilds ``doc.sents`` (a walk over every token) on each access and ``Token.sent`` walks
to the sentence's edges; the rules ask "which sentence is this?" thousands of times per
article, so they share one index instead.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.model import Span

__all__ = [
    "EDGE_CHARS",
    "Sentences",
    "TokenTable",
    "as_clause",
    "prep_object",
    "span_of",
    "tokens_span",
]


class Sentences:
    """The sentences of ``doc`` with lookups by token index and by character offset."""

    def __init__(self, doc: Doc) -> None:
        self.spans: list[SpacySpan] = list(doc.sents)
        self._token_starts = [s.start for s in self.spans]
        self._char_starts = [s.start_char for s in self.spans]

    def __len__(self) -> int:
        return len(self.spans)

    def index_of_token(self, i: int) -> int:
        """Return the index of the sentence holding token ``i``."""
        return max(bisect_right(self._token_starts, i) - 1, 0)

    def index_of_char(self, char: int) -> int:
        """Return the index of the sentence holding character ``char``."""
        return max(bisect_right(self._char_starts, char) - 1, 0)

    def of_token(self, token: Token) -> SpacySpan:
        """Return the sentence holding ``token``."""
        return self.spans[self.index_of_token(token.i)]


class TokenTable:
    """Lowercased lemma, coarse POS and dependency of every token, read from spaCy once.

    The rules scan whole documents for a few cue words; comparing plain strings from these
    lists is several times cheaper than creating a Token object per position and per rule.
    """

    def __init__(self, doc: Doc) -> None:
        self.tokens: list[Token] = list(doc)
        self.lemmas = [t.lemma_.lower() for t in self.tokens]
        self.pos = [t.pos_ for t in self.tokens]
        self.lower = [t.lower_ for t in self.tokens]
        self.heads_with: dict[str, set[int]] = {}
        for t in self.tokens:
            self.heads_with.setdefault(t.dep_, set()).add(t.head.i)

    def where(self, lemmas: frozenset[str] | set[str], pos: tuple[str, ...]) -> list[Token]:
        """Return the tokens whose lemma is in ``lemmas`` and whose POS is in ``pos``."""
        return [
            self.tokens[i]
            for i, lemma in enumerate(self.lemmas)
            if lemma in lemmas and self.pos[i] in pos
        ]

    def having_child(self, dep: str) -> set[int]:
        """Return the indices of tokens with at least one child attached as ``dep``."""
        return self.heads_with.get(dep, set())


#: Characters trimmed from the edges of a content span: spaces, clause punctuation, quote marks.
EDGE_CHARS = " \t\n,.;:\u201c\u201d\"'"


def tokens_span(text: str, tokens: list[Token], min_chars: int = 0) -> Span | None:
    """Return the character span of ``tokens`` (in order) without edge punctuation.

    Returns None when nothing, or fewer than ``min_chars`` characters, is left.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")('"It is over," she said.')
        >>> tokens_span(doc.text, list(doc[:5])).slice(doc.text)
        'It is over'
    """
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    while start < end and text[start] in EDGE_CHARS:
        start += 1
    while end > start and text[end - 1] in EDGE_CHARS:
        end -= 1
    return Span(start, end) if end - start >= max(min_chars, 1) else None


def prep_object(token: Token, *prepositions: str) -> Token | None:
    """Return the object of the first of ``token``'s prepositions among ``prepositions``.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["most", "of", "them"],
        ...           heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"])
        >>> prep_object(doc[0], "of").text
        'them'
    """
    for child in token.children:
        if child.lower_ in prepositions:
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def as_clause(verb: Token) -> bool:
    """Return whether ``verb`` heads an attribution clause: "as Breitbart News reported"."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def span_of(tokens: SpacySpan | Token) -> Span:
    """Return the character span of a spaCy token or span."""
    if isinstance(tokens, Token):
        return Span(tokens.idx, tokens.idx + len(tokens.text))
    return Span(tokens.start_char, tokens.end_char)
