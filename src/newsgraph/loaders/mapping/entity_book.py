"""The entities of one article as they are collected: drafts keyed by kind and name.

:class:`EntityBook` keeps a draft per entity (its name, aliases, mentions, codes) and which
token mentions which entity. :class:`~newsgraph.loaders.mapping.coreference.Coreference` adds
the resolution of words to entities, and :class:`~newsgraph.loaders.mapping.actors.Cast` the
reading of an article's named entities into the book.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsgraph.loaders.mapping.gazetteer import Gazetteer, GazetteerEntry
from newsgraph.loaders.mapping.names import gender_of_name
from newsgraph.loaders.mapping.sentences import Sentences, TokenTable, span_of
from newsgraph.model import Entity, Span

__all__ = ["EntityBook", "EntityDraft"]


@dataclass
class EntityDraft:
    """What an article says of one entity so far, finished into an Entity at the end."""

    kind: str
    name: str
    aliases: set[str] = field(default_factory=set)
    mentions: set[Span] = field(default_factory=set)
    code: str | None = None
    cameo_code: str | None = None
    member_count_min: int | None = None
    author: str | None = None
    country: str | None = None
    local: bool = False
    gender: str | None = None  # "m" or "f" when the article says; only used for pronouns


class EntityBook:
    """The entity drafts of one article, and which token mentions which.

    Args:
        doc: The parsed article.
        gazetteer: Lookup of well-known names (``find(surface)`` returning an entry with
            ``name``, ``kind``, ``aliases``, ``iso3``, ``cameo_code``), or None.
        text: The article's text (``doc.text`` when None).
    """

    def __init__(
        self, doc: Doc, gazetteer: Gazetteer | None = None, text: str | None = None
    ) -> None:
        self.doc = doc
        self.gazetteer = gazetteer
        self.text = doc.text if text is None else text  # Doc.text re-joins every token per access
        self.ents = list(doc.ents)  # so does Doc.ents
        #: Role of each person key, set once roles are read (for "the president").
        self.roles_by_holder: dict[str, str] = {}
        self.sentences = Sentences(doc)
        self.table = TokenTable(doc)
        self._drafts: dict[str, EntityDraft] = {}
        self._token_entity: dict[int, str] = {}
        self._recent: list[tuple[int, str]] = []
        self._acronyms: dict[str, str] = {}

    def _lookup(self, surface: str) -> GazetteerEntry | None:
        """Return the gazetteer entry for ``surface``, if any."""
        return self.gazetteer.find(surface) if self.gazetteer is not None else None

    def _ensure_gazetteer_entity(self, entry: GazetteerEntry, surface: str) -> str:
        """Return the key of a gazetteer entity, creating its draft with codes."""
        kind = entry.kind
        key = self._ensure(kind, entry.name, alias=surface)
        draft = self._drafts[key]
        draft.code = (entry.iso3 or None) if kind == "country" else None
        draft.cameo_code = entry.cameo_code or None
        return key

    def _ensure(self, kind: str, name: str, alias: str | None = None) -> str:
        """Return the key of entity ``kind:name``, creating its draft (and noting ``alias``)."""
        key = f"{kind}:{name}"
        draft = self._drafts.setdefault(key, EntityDraft(kind, name))
        if alias and alias != name:
            draft.aliases.add(alias)
        return key

    def _attach(self, key: str, span: SpacySpan) -> None:
        """Record that ``span`` mentions entity ``key``."""
        draft = self._drafts[key]
        draft.mentions.add(span_of(span))
        for token in span:
            self._token_entity[token.i] = key
        if draft.kind == "person" and draft.gender is None:
            draft.gender = gender_of_name(span)

    def _merge(self, old: str, into: str) -> None:
        """Fold entity ``old`` into ``into``: names, mentions and tokens."""
        source, target = self._drafts.pop(old), self._drafts[into]
        target.aliases |= source.aliases | {source.name}
        target.gender = target.gender or source.gender
        target.mentions |= source.mentions
        target.aliases.discard(target.name)
        for i, key in list(self._token_entity.items()):
            if key == old:
                self._token_entity[i] = into

    def entity_of_token(self, token: Token) -> str | None:
        """Return the key of the named entity that covers ``token``, if any."""
        return self._token_entity.get(token.i)

    def kind_of(self, key: str) -> str:
        """Return the kind of entity ``key`` (person, org, group, country, place, document)."""
        return self._drafts[key].kind

    def author_of(self, key: str) -> str | None:
        """Return the author of a document entity, if known."""
        return self._drafts[key].author if key in self._drafts else None

    def add_country(self, name: str, iso3: str | None = None) -> str:
        """Return the key of a country, creating it when the article has not named it."""
        entry = self._lookup(name)
        if entry is not None and entry.kind == "country":
            return self._ensure_gazetteer_entity(entry, name)
        key = self._ensure("country", name)
        self._drafts[key].code = self._drafts[key].code or iso3
        return key

    def main_country(self) -> str | None:
        """Return the country the article mentions most (ties: first by key), if any."""
        counts = {
            k: len(d.mentions)
            for k, d in self._drafts.items()
            if d.kind == "country" and d.mentions
        }
        return max(sorted(counts), key=lambda k: counts[k]) if counts else None

    def entities(self) -> dict[str, Entity]:
        """Return the finished entities, keyed and sorted by key."""
        return {key: self._finish(key, d) for key, d in sorted(self._drafts.items())}

    def _finish(self, key: str, d: EntityDraft) -> Entity:
        """Return the finished :class:`~newsgraph.model.Entity` of a draft."""
        name = d.name
        if d.kind == "document":
            author = self._drafts[d.author].name if d.author in self._drafts else None
            name = f"{key.split(':')[1]} by {author}" if author else key.split(":")[1]
        return Entity(
            key=key,
            kind=d.kind,
            name=name,
            aliases=tuple(sorted(d.aliases - {name})),
            code=d.code,
            cameo_code=d.cameo_code,
            member_count_min=d.member_count_min,
            author=d.author,
            mentions=tuple(sorted(d.mentions)),
            country=d.country,
            local=d.local,
        )

    def with_author(self, document: str, author: str) -> None:
        """Set the author of a document entity when it is not known yet."""
        draft = self._drafts.get(document)
        if draft is not None and draft.author is None:
            draft.author = author
