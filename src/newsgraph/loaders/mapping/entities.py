"""The ``newsgraph_entities`` spaCy component: general corrections of the model's entities.

Add it right after the recogniser::

    nlp.add_pipe("newsgraph_entities", after="ner")

It rewrites ``doc.ents`` in this order:

1. trims names: leading "the", possessive "'s", stray lower-case or numeric edges;
2. applies the gazetteer (:mod:`newsgraph.loaders.mapping.gazetteer`): adds the well-known names
   the model missed and relabels the ones it got wrong (an intelligence agency tagged PERSON);
3. relabels names ending in an organisation head word ("... Forces", "... Ministry") or
   reading "X for Y" as ORG, extends organisation names cut before "of"/"for" and finds
   capitalised "X of/for Y" phrases with such a head word;
4. drops organisations that are only a minister's portfolio, strips titles out of person names
   and labels a name right after a title as PERSON;
5. reads acronym definitions "Long Name (LN)" and labels later bare mentions alike;
6. labels later mentions of a person's surname as PERSON.

It also sets ``doc._.ng_acronyms`` (list of ``((long_start, long_end), (short_start,
short_end))`` character offsets) and ``doc._.ng_demonyms`` (``{(start, end): country name}`` for
NORP entities such as "Israeli"). No rule names an entity: names live in the gazetteer file.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsgraph.loaders.mapping import entity_rules as rules
from newsgraph.loaders.mapping.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    is_acronym,
    load_gazetteer,
)
from newsgraph.loaders.mapping.roles import RoleLexicon, load_roles

__all__ = ["EntityCorrector", "make_entity_corrector", "register_extensions"]

_KIND_LABELS = {"org": "ORG", "country": "GPE", "place": "GPE"}
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ACRONYM_CONNECTORS = frozenset({"of", "for", "the", "and", "&", "'s", "’s", "on", "in", "-"})


def register_extensions() -> None:
    """Register ``Doc._.ng_acronyms`` and ``Doc._.ng_demonyms`` (idempotent)."""
    for name in ("ng_acronyms", "ng_demonyms"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class EntityCorrector:
    """Correct ``doc.ents`` with the gazetteer, the roles lexicon and general rules.

    Args:
        nlp: The pipeline (its tokenizer turns gazetteer names into match patterns).
        name: Component name.
        gazetteer: Gazetteer to use; the bundled one when None.
        roles: Roles lexicon to use; the bundled one when None.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "newsgraph_entities",
        gazetteer: Gazetteer | None = None,
        roles: RoleLexicon | None = None,
    ) -> None:
        self.name = name
        self.gazetteer = gazetteer or load_gazetteer()
        self.roles = roles or load_roles()
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._entries: dict[int, GazetteerEntry] = {}
        self._order: dict[int, int] = {}
        self._add_patterns(nlp)
        register_extensions()

    def _add_patterns(self, nlp: Language) -> None:
        """Compile every gazetteer surface once: acronyms and single words exact, others folded."""
        for entry in self.gazetteer.entries():
            match_label = f"newsgraph_gazetteer:{entry.name}"
            key = nlp.vocab.strings.add(match_label)
            self._entries.setdefault(key, entry)
            self._order.setdefault(key, len(self._order))
            exact, folded = _surface_variants(entry)
            self._exact.add(match_label, [nlp.make_doc(text) for text in exact])
            self._folded.add(match_label, [nlp.make_doc(text) for text in folded])

    def __call__(self, doc: Doc) -> Doc:
        """Correct the entities of ``doc`` in place and return it."""
        parts = [part for span in doc.ents for part in rules.split_at_commas(span)]
        spans = [t for t in (rules.trim_entity(s) for s in parts) if t is not None]
        spans, confirmed = self._apply_gazetteer(doc, spans)
        spans = rules.relabel_by_org_cues(spans, confirmed)
        spans = rules.extend_org_names(doc, spans)
        spans = rules.find_org_phrases(doc, spans, confirmed)
        spans = rules.persons_after_titles(doc, spans, confirmed, self.gazetteer, self.roles)
        spans = rules.persons_with_ages(doc, spans, confirmed)
        spans, pairs = _apply_acronyms(doc, spans)
        spans = rules.propagate_person_names(doc, spans, confirmed)
        spans = [
            t
            for t in (s if (s.start, s.end) in confirmed else rules.trim_entity(s) for s in spans)
            if t is not None
        ]
        doc.ents = filter_spans(spans)
        doc._.ng_acronyms = pairs
        doc._.ng_demonyms = self._demonyms(doc)
        return doc

    def _gazetteer_spans(self, doc: Doc) -> list[tuple[Span, GazetteerEntry]]:
        """Return the longest non-overlapping gazetteer matches in ``doc``."""
        hits = list(self._exact(doc))
        hits += [
            (key, start, end)
            for key, start, end in self._folded(doc)
            if doc[start].text[:1].isupper() and doc[end - 1].text[:1].isupper()
        ]
        entries: dict[tuple[int, int], GazetteerEntry] = {}
        for key, start, end in sorted(hits, key=lambda hit: (hit[1], hit[2], self._order[hit[0]])):
            entries.setdefault((start, end), self._entries[key])
        spans = filter_spans([Span(doc, start, end) for start, end in entries])
        return [(span, entries[(span.start, span.end)]) for span in spans]

    def _apply_gazetteer(
        self, doc: Doc, spans: list[Span]
    ) -> tuple[list[Span], set[tuple[int, int]]]:
        """Add missing gazetteer names and relabel model spans they cover."""
        confirmed: set[tuple[int, int]] = set()
        for match, entry in self._gazetteer_spans(doc):
            overlapping = [s for s in spans if s.start < match.end and match.start < s.end]
            if any(s.start < match.start or s.end > match.end for s in overlapping):
                continue
            if not overlapping and _inside_longer_name(doc, match):
                continue
            label = _label_for(entry, overlapping)
            spans = rules.replace_spans(spans, Span(doc, match.start, match.end, label=label))
            confirmed.add((match.start, match.end))
        return spans, confirmed

    def _demonyms(self, doc: Doc) -> dict[tuple[int, int], str]:
        result = {}
        for span in doc.ents:
            entry = self.gazetteer.country_for_demonym(span.text) if span.label_ == "NORP" else None
            if entry is not None:
                result[(span.start_char, span.end_char)] = entry.name
        return result


def _surface_variants(entry: GazetteerEntry) -> tuple[list[str], list[str]]:
    """Split an entry's surfaces into exact-case patterns and case-folded patterns."""
    exact, folded = [], []
    for surface in entry.surfaces:
        if is_acronym(surface) or " " not in surface:
            exact.append(surface)
            if len(surface) > 3 and surface.isalpha():
                # headline capitals ("REUTERS") and house styles that write "Nato", "Unrwa"
                exact.append(surface.title() if surface.isupper() else surface.upper())
        else:
            folded.append(surface)
            if surface.startswith("The ") and " " in surface[4:]:
                folded.append(surface[4:])
    return exact, folded


def _inside_longer_name(doc: Doc, match: Span) -> bool:
    """Return whether a match is glued to a longer name ("Labour Day", "Iraq-U.N.")."""
    if match.start > 0:
        before = doc[match.start - 1]
        glued = not before.whitespace_ or (
            before.text[:1].isupper() and not rules.sentence_start(before)
        )
        if glued and before.text not in {"(", '"', "“", "'"}:
            return True
    if match.end < len(doc):
        after = doc[match.end]
        glued = not match[-1].whitespace_ and not after.is_punct
        return glued or after.text[:1].isupper() or after.like_num
    return False


def _label_for(entry: GazetteerEntry, overlapping: list[Span]) -> str:
    """Return the label a gazetteer match gets; a place keeps the model's LOC/GPE/FAC."""
    if entry.kind == "place" and len(overlapping) == 1 and overlapping[0].label_ in _PLACE_LABELS:
        return overlapping[0].label_
    return _KIND_LABELS[entry.kind]


def _apply_acronyms(
    doc: Doc, spans: list[Span]
) -> tuple[list[Span], list[tuple[tuple[int, int], tuple[int, int]]]]:
    """Read "Long Name (LN)" definitions; label both parts and later bare "LN" alike."""
    pairs = []
    for open_index in range(1, len(doc) - 2):
        if doc[open_index].text != "(" or doc[open_index + 2].text != ")":
            continue
        short = doc[open_index + 1]
        if not is_acronym(short.text):
            continue
        long_span = _long_form(doc, spans, open_index, short.text)
        if long_span is None:
            continue
        spans = rules.replace_spans(spans, long_span)
        spans = rules.replace_spans(spans, Span(doc, short.i, short.i + 1, label=long_span.label_))
        pairs.append(
            ((long_span.start_char, long_span.end_char), (short.idx, short.idx + len(short)))
        )
        spans = _label_bare_acronyms(doc, spans, short.text, long_span.label_)
    return spans, pairs


def _long_form(doc: Doc, spans: list[Span], open_index: int, acronym: str) -> Span | None:
    """Return the long form ending before ``(``: the entity there, or words whose initials match."""
    by_initials = _initials_match(doc, open_index, acronym)
    for span in spans:
        at_paren = span.end == open_index and span.label_ == "ORG"
        if at_paren and (by_initials is None or by_initials.start >= span.start):
            return span
    return by_initials


def _initials_match(doc: Doc, open_index: int, acronym: str) -> Span | None:
    """Return the capitalised words before ``(`` whose initials spell ``acronym``, as ORG."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    start = open_index
    while start > 0 and open_index - start < len(letters) * 2 + 2:
        start -= 1
        words = [t for t in doc[start:open_index] if t.lower_ not in _ACRONYM_CONNECTORS]
        if len(words) > len(letters):
            return None
        initials = [t.text[0].lower() for t in words]
        capitalised = all(t.text[:1].isupper() for t in words)
        if initials == letters and capitalised and doc[start].lower_ not in _ACRONYM_CONNECTORS:
            return Span(doc, start, open_index, label="ORG")
    return None


def _label_bare_acronyms(doc: Doc, spans: list[Span], acronym: str, label: str) -> list[Span]:
    for token in doc:
        if token.text != acronym:
            continue
        inside = [s for s in spans if s.start <= token.i < s.end]
        if not inside or (len(inside[0]) == 1 and inside[0].label_ != label):
            spans = rules.replace_spans(spans, Span(doc, token.i, token.i + 1, label=label))
    return spans


@Language.factory(
    "newsgraph_entities",
    requires=["doc.ents"],
    assigns=["doc.ents", "doc._.ng_acronyms", "doc._.ng_demonyms"],
)
def make_entity_corrector(nlp: Language, name: str) -> EntityCorrector:
    """Create the ``newsgraph_entities`` component with the bundled gazetteer and roles."""
    return EntityCorrector(nlp, name)
