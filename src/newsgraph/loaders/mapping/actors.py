"""The article's cast: entities from NER, their canonical names, and who a word refers to.

:class:`Cast` is built per article. It turns spaCy entities into :class:`~newsgraph.model.Entity`
objects with canonical names (the gazetteer's name for "IDF", the longest full name for
"Netanyahu"), adds the names NER missed after a title ("Mayor Ana Delgado"), links acronyms
to what they stand for, and registers documents and counted collectives. It keeps them in an
:class:`~newsgraph.loaders.mapping.entity_book.EntityBook` and resolves words to them as
:class:`~newsgraph.loaders.mapping.coreference.Coreference` describes.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsgraph.loaders.mapping.collectives import VAGUE_COUNTS
from newsgraph.loaders.mapping.coreference import Coreference
from newsgraph.loaders.mapping.gazetteer import Gazetteer
from newsgraph.loaders.mapping.lexicon import DOCUMENT_NOUNS
from newsgraph.loaders.mapping.names import clean_name, full_person_names, gender_of_name
from newsgraph.loaders.mapping.roles import is_title_word

__all__ = ["Cast"]

_KIND_BY_LABEL = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}


class Cast(Coreference):
    """The entities of one article, read from it on construction, and the resolution of
    tokens to them. Takes the arguments of
    :class:`~newsgraph.loaders.mapping.entity_book.EntityBook`."""

    def __init__(
        self, doc: Doc, gazetteer: Gazetteer | None = None, text: str | None = None
    ) -> None:
        super().__init__(doc, gazetteer, text)
        self._register_entities()
        self._register_documents()
        self._register_collectives()

    def _register_entities(self) -> None:
        """Register the named entities NER found and the titled names it missed."""
        titled = self._titled_names()
        persons = [e for e in self.ents if e.label_ == "PERSON"] + titled
        full_names = full_person_names(
            [clean_name(p.text) for p in persons], _genders_by_name(persons)
        )
        definitions = self._acronym_definitions()
        for ent in sorted([*self.ents, *titled], key=lambda e: e.start):
            key = self._acronyms.get(ent.text) or self._key_for_ent(ent, full_names)
            if key is None:
                continue
            self._attach(key, ent)
            if ent.start in definitions:
                self._acronyms[definitions[ent.start]] = key
                self._drafts[key].aliases.add(definitions[ent.start])
        self._link_acronyms()

    def _titled_names(self) -> list[SpacySpan]:
        """Return person names right after a title that NER missed ("Mayor Ana Delgado").

        A capitalised title word followed by one to three proper nouns outside any entity is
        a person's name: the title is the evidence the model lacked.
        """
        covered = {t.i for e in self.ents for t in e}
        found = []
        for i, pos in enumerate(self.table.pos):
            if pos not in ("PROPN", "NOUN"):
                continue
            token = self.table.tokens[i]
            if not (token.is_title and is_title_word(token.text)):
                continue
            end = token.i + 1
            while (
                end < len(self.doc)
                and end - token.i <= 3
                and self.doc[end].pos_ == "PROPN"
                and end not in covered
            ):
                end += 1
            if end > token.i + 1 and not is_title_word(self.doc[end - 1].text):
                found.append(SpacySpan(self.doc, token.i + 1, end, label="PERSON"))
        return found

    def _acronym_definitions(self) -> dict[int, str]:
        """Map the start token of "Long Name (LN)" entities to the acronym they define.

        A definition in the article beats the gazetteer: "CIS" defined after an
        organisation's name is that organisation, whatever "CIS" means elsewhere.
        """
        found: dict[int, str] = {}
        doc = self.doc
        for ent in doc.ents:
            end = ent.end
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                short = doc[end + 1].text
                if short.isupper() and 2 <= len(short) <= 8 and short[0] in ent.text:
                    found[ent.start] = short
        return found

    def _register_documents(self) -> None:
        """Create documents named with an author or introduced ("an open letter by X")."""
        for token in self.table.where(DOCUMENT_NOUNS, ("NOUN",)):
            if not self._is_definite(token) and self._document_author(token) is not None:
                self.document_for(token)

    def _register_collectives(self) -> None:
        """Register counted collectives ("more than 600 officials") so pronouns can find them."""
        table = self.table
        candidates = sorted(
            table.having_child("nummod")
            | {i for i, w in enumerate(table.lower) if w in VAGUE_COUNTS}
        )
        for token in (table.tokens[i] for i in candidates):
            counted = token.lower_ in VAGUE_COUNTS or any(
                c.like_num for c in token.children if c.dep_ == "nummod"
            )
            if counted and token.i not in self._token_entity:
                ref = self._collective(token)
                if ref is not None and ref.key is not None and ref.span is not None:
                    span = self.doc.char_span(ref.span.start, ref.span.end, alignment_mode="expand")
                    for t in span or ():
                        self._token_entity.setdefault(t.i, ref.key)

    def _key_for_ent(self, ent: SpacySpan, full_names: dict[str, str]) -> str | None:
        """Return the key of the entity an NER span names (gazetteer first), or None."""
        name = clean_name(ent.text)
        if not name or not any(ch.isalpha() for ch in name):
            return None
        entry = self._lookup(name)
        if entry is not None:
            return self._ensure_gazetteer_entity(entry, name)
        kind = _KIND_BY_LABEL.get(ent.label_)
        if kind is None:
            return None
        if kind == "person":
            name = full_names.get(name, name)
        return self._ensure(kind, name, alias=clean_name(ent.text))

    def _link_acronyms(self) -> None:
        """Merge an acronym's entity into the one it abbreviates (pairs from the pipeline)."""
        pairs = (
            getattr(self.doc._, "ng_acronyms", None)
            if self.doc.has_extension("ng_acronyms")
            else None
        )
        for long_span, short_span in pairs or ():
            long_key = self._entity_at_char(long_span[0], long_span[1])
            short_key = self._entity_at_char(short_span[0], short_span[1])
            if long_key and short_key and long_key != short_key:
                self._merge(short_key, into=long_key)

    def _entity_at_char(self, start: int, end: int) -> str | None:
        """Return the one entity the characters ``start:end`` mention, if exactly one."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        keys = {self._token_entity.get(t.i) for t in span or ()} - {None}
        return sorted(keys)[0] if len(keys) == 1 else None  # type: ignore[type-var]


def _genders_by_name(persons: list[SpacySpan]) -> dict[str, str]:
    """Map person names to the gender one of their mentions shows ("Mrs. Clinton")."""
    genders: dict[str, str] = {}
    for span in persons:
        gender = gender_of_name(span)
        if gender is not None:
            genders.setdefault(clean_name(span.text), gender)
    return genders
