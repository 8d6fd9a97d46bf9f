"""Sentence lookup computed once per document.

spaCy rebuilds ``doc.sents`` (a walk over every token) on each access and ``Token.sent`` walks
to the sentence's edges; the rules ask "which sentence is this?" thousands of times per
article, so they share one index instead.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

__all__ = ["Sentences"]


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
