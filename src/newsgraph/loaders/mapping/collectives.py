"""Counted collectives in news text: "more than 600 former officials", "hundreds of workers".

:func:`read_collective` reads such a noun phrase into a name, a minimum member count and the
tokens it spans; :class:`~newsgraph.loaders.mapping.actors.Cast` turns the reading into a
Group actor.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.loaders.mapping.lexicon import COLLECTIVE_NOUNS
from newsgraph.loaders.mapping.sentences import prep_object
from newsgraph.model import Span

__all__ = ["VAGUE_COUNTS", "Collective", "read_collective"]

#: Counts written as words, read as the least number they can mean.
VAGUE_COUNTS = {
    "dozens": 24,
    "scores": 40,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 1000000,
}
_QUANT_WORDS = frozenset("more than over at least nearly almost about some around".split())


@dataclass(frozen=True)
class Collective:
    """One reading of a collective noun phrase.

    Attributes:
        name: Its name without determiner or count words, with the count in front
            ("600+ former officials" for "more than 600 former officials").
        count: The least number of members the phrase states, if any.
        tokens: The phrase's tokens in order (for nationality words).
        span: Its characters, up to the head noun.
    """

    name: str
    count: int | None
    tokens: tuple[Token, ...]
    span: Span


def read_collective(token: Token) -> Collective | None:
    """Read the collective headed by (or counted by) ``token``, or None if it names none.

    The head must be a plural noun for people ("officials", "workers"); "hundreds of workers"
    is read from "hundreds".
    """
    head = (prep_object(token, "of") or token) if token.lower_ in VAGUE_COUNTS else token
    if head.tag_ not in ("NNS", "NNPS") or (
        head.lemma_.lower() + "s" not in COLLECTIVE_NOUNS and head.lower_ not in COLLECTIVE_NOUNS
    ):
        return None
    tokens = [
        t
        for t in token.subtree
        if not (t.dep_ in ("relcl", "acl", "punct") or (t.i > head.i and t.dep_ == "prep"))
    ]
    tokens = _contiguous(tokens, token, head)
    count = _count(token, tokens)
    span = (
        Span(tokens[0].idx, head.idx + len(head.text))
        if tokens
        else Span(token.idx, token.idx + len(token.text))
    )
    return Collective(_name(token, tokens, count), count, tuple(tokens), span)


def _name(token: Token, tokens: list[Token], count: int | None) -> str:
    words = [
        t for t in tokens if t.dep_ != "det" and t.lower_ not in _QUANT_WORDS and not t.like_num
    ]
    name = " ".join(t.text for t in words)
    if not count or token.lower_ in VAGUE_COUNTS:
        return name
    at_least = any(t.lower_ in _QUANT_WORDS for t in tokens)
    return f"{count}+ {name}" if at_least else f"{count} {name}"


def _contiguous(tokens: list[Token], token: Token, head: Token) -> list[Token]:
    ordered = sorted(tokens, key=lambda t: t.i)
    end = max(head.i, token.i)
    kept = [t for t in ordered if t.i <= end or t.dep_ in ("conj", "cc", "amod", "compound")]
    while kept and kept[-1].dep_ in ("cc", "punct"):
        kept.pop()
    return kept


def _count(token: Token, tokens: list[Token]) -> int | None:
    if token.lower_ in VAGUE_COUNTS:
        return VAGUE_COUNTS[token.lower_]
    for t in tokens:
        if t.like_num:
            try:
                return int(t.text.replace(",", ""))
            except ValueError:
                continue
    return None
