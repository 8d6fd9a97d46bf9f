"""Plain data passed between the stages: articles in, extracted facts out.

Everything here is a frozen dataclass with character offsets into :attr:`Article.text`, so a
fact can always be traced back to the characters it came from. The RDF builder
(:mod:`newsgraph.graph.facts`) turns an :class:`Extraction` into triples; the evaluation harness
reads the spans directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

__all__ = [
    "ActorRef",
    "Appeal",
    "Article",
    "Entity",
    "Extraction",
    "Membership",
    "Provenance",
    "RequestedEvent",
    "RoleHeld",
    "Span",
    "Statement",
]


@dataclass(frozen=True)
class Article:
    """One news article as read from its source.

    Attributes:
        id: Stable identifier: from the URL when there is one, else a hash of the text.
        text: The body text; every character offset in newsgraph points into it.
        title: Headline, or the first sentence's beginning when the source has none.
        date: Publication date when known.
        author: Byline author when known.
        url: Canonical URL when known.
        source: Where it was read from (file path, URL); for messages and provenance.
    """

    id: str
    text: str
    title: str = ""
    date: date | None = None
    author: str | None = None
    url: str | None = None
    source: str = ""


@dataclass(frozen=True, order=True)
class Span:
    """Characters ``[start, end)`` of the article text.

    Example:
        >>> Span(3, 7).slice("in a rare move")
        'a ra'
    """

    start: int
    end: int

    def slice(self, text: str) -> str:
        """Return the characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        """Return whether the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Provenance:
    """Where a fact came from and how much to trust it."""

    sentence: Span
    sentence_index: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class ActorRef:
    """A reference from a fact to an entity, with the span that names it in the text.

    ``key`` is the entity's key in :attr:`Extraction.entities`, or None for a mention that could
    not be resolved (a pronoun with no antecedent): the span is then kept as evidence only.
    ``span`` is the mention in this sentence (a pronoun or "the letter" when that is what the
    text says).
    """

    key: str | None
    span: Span | None = None


@dataclass(frozen=True)
class Entity:
    """A person, organisation, group, country, place or document found in the article.

    Attributes:
        key: Unique within the extraction (``kind:canonical name``).
        kind: ``person``, ``org``, ``group``, ``country``, ``place`` or ``document``.
        name: Canonical display name.
        aliases: Other surface forms seen (acronyms, surnames), sorted.
        code: ISO alpha-3 for countries, else None.
        cameo_code: CAMEO actor code when the gazetteer knows one.
        member_count_min: For groups: "more than 600" gives 600.
        author: For documents: the key of the entity that wrote it.
        mentions: Every span that refers to the entity.
        country: Key of the country the actor is affiliated with, when stated.
        local: True for actors known only by a description in this article ("the actress",
            "some Democrats"): they are never merged with another article's actor.
    """

    key: str
    kind: str
    name: str
    aliases: tuple[str, ...] = ()
    code: str | None = None
    cameo_code: str | None = None
    member_count_min: int | None = None
    author: str | None = None
    mentions: tuple[Span, ...] = ()
    country: str | None = None
    local: bool = False


@dataclass(frozen=True)
class RoleHeld:
    """``holder`` holds ``role`` (in ``organisation``), as stated in the article."""

    holder: str
    role: str
    organisation: str | None
    evidence: Span
    provenance: Provenance


@dataclass(frozen=True)
class Membership:
    """``member`` is (or was, when ``former``) a member of ``group``."""

    member: str
    group: str
    former: bool
    evidence: Span
    provenance: Provenance


@dataclass(frozen=True)
class RequestedEvent:
    """What an appeal asks for: an event that has not happened (modality requested/proposed).

    ``goal`` chains to a further event the action aims at ("pressure X to agree to a
    ceasefire": pressure aims at ceasefire).
    """

    label: str
    span: Span
    agent: str | None = None
    patient: str | None = None
    cameo_codes: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    place: str | None = None
    goal: RequestedEvent | None = None
    modality: str = "requested"


@dataclass(frozen=True)
class Statement:
    """Who said what: a direct quote or reported speech."""

    speaker: ActorRef | None
    cue: Span | None
    content: tuple[Span, ...]
    direct: bool
    modality: str
    cameo_code: str
    provenance: Provenance
    medium: str | None = None
    about: tuple[str, ...] = ()


@dataclass(frozen=True)
class Appeal:
    """Who asked whom to do what, possibly against a third party."""

    speaker: ActorRef | None
    addressee: ActorRef | None
    cue: Span
    action: RequestedEvent
    cameo_code: str
    provenance: Provenance
    target: str | None = None
    medium: str | None = None
    proposal: bool = False


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    roles: tuple[RoleHeld, ...] = ()
    memberships: tuple[Membership, ...] = ()
    statements: tuple[Statement, ...] = ()
    appeals: tuple[Appeal, ...] = ()
    sentences: tuple[Span, ...] = ()
