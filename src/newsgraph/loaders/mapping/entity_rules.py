"""General corrections of spaCy entity spans, used by the ``newsgraph_entities`` component.

Each rule takes the working list of entity spans (sorted, non-overlapping) and returns a new
one. Rules rely on word shape, function words, organisation head words and the roles lexicon,
never on particular names; the names live in the editable gazetteer.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from newsgraph.loaders.mapping.gazetteer import Gazetteer, is_acronym
from newsgraph.loaders.mapping.lexicon import HEADLINE_VERBS, ORG_HEAD_WORDS
from newsgraph.loaders.mapping.roles import RoleLexicon, title_tokens_before

__all__ = [
    "extend_org_names",
    "find_org_phrases",
    "persons_after_titles",
    "persons_with_ages",
    "propagate_person_names",
    "relabel_by_org_cues",
    "replace_spans",
    "sentence_start",
    "split_at_commas",
    "trim_entity",
]

#: Labels the model gives names that context can show to be a person's.
_NAME_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
_MAX_AGE = 120

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_CUE_RELABELLED = frozenset({"PERSON", "NORP", "GPE", "LOC", "PRODUCT", "FAC", "WORK_OF_ART"})
_CONNECTORS = frozenset({"of", "for", "the", "and", "&", "'s", "’s", "on", "de", "du", "des"})
_POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'", "’"})
_MAX_ORG_TOKENS = 10
_COMPANY_SUFFIXES = frozenset(
    {"co", "inc", "ltd", "corp", "llc", "llp", "plc", "ag", "sa", "nv", "bv"}
)


def replace_spans(
    spans: Iterable[Span], new: Span, keep_label_of: Span | None = None
) -> list[Span]:
    """Return ``spans`` with every span overlapping ``new`` removed and ``new`` inserted."""
    kept = [s for s in spans if s.end <= new.start or s.start >= new.end]
    label = keep_label_of.label_ if keep_label_of is not None else new.label_
    kept.append(Span(new.doc, new.start, new.end, label=label))
    return sorted(kept, key=lambda s: s.start)


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper() or (token.text[:1].isdigit() and token.text[-1:].isalpha())


def sentence_start(token: Token) -> bool:
    if token.i == 0:
        return True
    return bool(token.doc.has_annotation("SENT_START") and token.is_sent_start)


def trim_entity(span: Span) -> Span | None:
    """Strip "the", possessives and stray lower-case or numeric edges from a name span.

    A capitalised "The" is kept inside a sentence ("The Hague"), stripped at its start.
    Returns None when nothing capitalised is left (not a name).
    """
    if span.label_ not in NAME_LABELS:
        return span
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or _is_leading_article(doc[start])):
        start += 1
    if span.label_ == "PERSON" and end - start > 1 and _is_common_word_opening(doc[start]):
        start += 1
    while start < end and doc[end - 1].text in _POSSESSIVE_ENDINGS:
        end -= 1
    while (
        start < end
        and span.label_ in {"PERSON", "ORG"}
        and _bad_last_token(doc[end - 1], span.label_)
    ):
        end -= 1
    if start == end or not any(_is_capitalised(t) for t in doc[start:end]):
        return None
    return Span(doc, start, end, label=span.label_)


def _is_leading_article(token: Token) -> bool:
    return token.text == "the" or (token.text == "The" and sentence_start(token))


def _is_common_word_opening(token: Token) -> bool:
    """Return whether a sentence-initial word is capitalised only by position ("Outspoken X")."""
    return sentence_start(token) and token.tag_ in {"JJ", "NN", "NNS", "VBN", "RB"}


def split_at_commas(span: Span) -> list[Span]:
    """Split a PERSON/ORG span at commas ("Larnaca , Cyprus"); other labels are kept whole."""
    if span.label_ not in {"PERSON", "ORG"} or not any(t.text == "," for t in span):
        return [span]
    if span[-1].text.rstrip(".").lower() in _COMPANY_SUFFIXES:
        return [span]
    parts, start = [], span.start
    for token in [*span, None]:
        if token is None or token.text == ",":
            end = span.end if token is None else token.i
            if end > start:
                parts.append(Span(span.doc, start, end, label=span.label_))
            start = end + 1
    return parts


def _bad_last_token(token: Token, label: str) -> bool:
    if token.is_punct and token.text not in {".", ")"}:
        return True
    attached = token.i > 0 and not token.doc[token.i - 1].whitespace_
    if token.is_lower and token.is_alpha and not attached:
        return label != "ORG" or token.text.title() not in ORG_HEAD_WORDS
    if label == "PERSON" and token.lower_ in HEADLINE_VERBS:
        return True  # "Howard Dean Tells Convention ...": a headline's verb, not a name
    return label == "PERSON" and any(c.isdigit() for c in token.text)


def relabel_by_org_cues(spans: list[Span], confirmed: set[tuple[int, int]]) -> list[Span]:
    """Relabel names that end in an organisation head word or read "X for Y"/"X of the Y" as ORG."""
    result = []
    for span in spans:
        if (span.start, span.end) not in confirmed and _reads_as_org(span):
            span = Span(span.doc, span.start, span.end, label="ORG")
        result.append(span)
    return result


def _reads_as_org(span: Span) -> bool:
    words = [t.text for t in span]
    if span.label_ in _CUE_RELABELLED and len(words) > 1 and words[-1] in ORG_HEAD_WORDS:
        return True
    if span.label_ != "PERSON":
        return False
    inner = [w.lower() for w in words[1:-1]]
    return "for" in inner or any(pair == ("of", "the") for pair in pairwise(inner))


def _capitalised_run_end(doc: Doc, start: int, limit: int) -> int:
    """Return the end of the run of capitalised words and connectors from ``start`` (trimmed)."""
    end = start
    while end < limit and (_is_capitalised(doc[end]) or doc[end].lower_ in _CONNECTORS):
        end += 1
    while end > start and not _is_capitalised(doc[end - 1]):
        end -= 1
    return end


def extend_org_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Extend an ORG the model cut short before "of"/"for" ("Bank" + "of England")."""
    for span in list(spans):
        if span.label_ != "ORG" or span.end + 1 >= len(doc):
            continue
        if doc[span.end].lower_ not in {"of", "for"} or not _is_capitalised(doc[span.end - 1]):
            continue
        if is_acronym(doc[span.end - 1].text):
            continue
        limit = min(len(doc), span.start + _MAX_ORG_TOKENS)
        end = _capitalised_run_end(doc, span.end, limit)
        if end > span.end + 1 and not _crosses(spans, span.start, end):
            spans = replace_spans(spans, Span(doc, span.start, end, label="ORG"))
    return spans


def _crosses(spans: list[Span], start: int, end: int) -> bool:
    """Return whether some span sticks out of ``[start, end)`` while overlapping it."""
    return any(s.start < end and start < s.end and (s.start < start or s.end > end) for s in spans)


def find_org_phrases(doc: Doc, spans: list[Span], confirmed: set[tuple[int, int]]) -> list[Span]:
    """Add capitalised phrases with a connector and an organisation head word as ORG.

    Finds names such as "Ministry of Defence" or "Veterans for America's Future" that the
    model missed or split, absorbing smaller entities inside them.
    """
    index = 0
    while index < len(doc):
        if not _is_capitalised(doc[index]):
            index += 1
            continue
        if _is_common_word_opening(doc[index]):
            index += 1
            continue
        end = _capitalised_run_end(doc, index, min(len(doc), index + _MAX_ORG_TOKENS))
        if (
            end - index >= 3
            and _is_org_phrase(doc[index:end])
            and not _crosses(spans, index, end)
            and not _has_person(spans, index, end)
        ):
            inside = [s for s in spans if index <= s.start and s.end <= end]
            if not any((s.start, s.end) == (index, end) for s in inside if s.label_ == "ORG"):
                spans = replace_spans(spans, Span(doc, index, end, label="ORG"))
                confirmed.discard((index, end))
        index = max(end, index + 1)
    return spans


def _has_person(spans: list[Span], start: int, end: int) -> bool:
    return any(s.label_ == "PERSON" and s.start < end and start < s.end for s in spans)


def _is_org_phrase(span: Span) -> bool:
    words = [t.text for t in span]
    has_connector = any(w.lower() in {"of", "for"} for w in words[1:-1])
    return has_connector and any(w in ORG_HEAD_WORDS for w in words)


def persons_after_titles(
    doc: Doc,
    spans: list[Span],
    confirmed: set[tuple[int, int]],
    gazetteer: Gazetteer,
    roles: RoleLexicon,
) -> list[Span]:
    """Strip titles from PERSON spans, and label a name right after a title as PERSON."""
    result = []
    for span in spans:
        if span.label_ == "PERSON":
            span = _strip_title(doc, span, gazetteer, roles)
        elif _follows_title(doc, span, confirmed, gazetteer, roles):
            span = Span(doc, span.start, span.end, label="PERSON")
        result.append(span)
    return result


def persons_with_ages(doc: Doc, spans: list[Span], confirmed: set[tuple[int, int]]) -> list[Span]:
    """Label a name followed by an age between commas as PERSON: "Marquez, 24, is accused".

    News style gives a person's age this way, and the model often calls such a surname an
    organisation or a place. Gazetteer names keep their kind, and a year is no age.
    """
    return [
        Span(doc, span.start, span.end, label="PERSON")
        if span.label_ in _NAME_LABELS
        and (span.start, span.end) not in confirmed
        and all(_is_capitalised(t) for t in span)
        and _age_follows(doc, span.end)
        else span
        for span in spans
    ]


def _age_follows(doc: Doc, i: int) -> bool:
    """Return whether ", <age>," starts at token ``i``."""
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 2].text != ",":
        return False
    age = doc[i + 1].text
    return age.isdigit() and 0 < int(age) <= _MAX_AGE


def _strip_title(doc: Doc, span: Span, gazetteer: Gazetteer, roles: RoleLexicon) -> Span:
    for cut in range(span.end - 1, span.start, -1):
        title = title_tokens_before(doc, cut, span.start, gazetteer, roles)
        if title is not None and title[0] == span.start and _is_capitalised(doc[cut]):
            return Span(doc, cut, span.end, label="PERSON")
    return span


def _follows_title(
    doc: Doc, span: Span, confirmed: set[tuple[int, int]], gazetteer: Gazetteer, roles: RoleLexicon
) -> bool:
    if (
        span.label_ not in {"ORG", "GPE", "NORP", "LOC", "FAC"}
        or (span.start, span.end) in confirmed
    ):
        return False
    if span.start == 0 or len(span) > 3 or span[-1].text in ORG_HEAD_WORDS:
        return False
    if not all(t.is_alpha and t.is_title for t in span):
        return False
    return title_tokens_before(doc, span.start, 0, gazetteer, roles) is not None


def propagate_person_names(
    doc: Doc, spans: list[Span], confirmed: set[tuple[int, int]]
) -> list[Span]:
    """Label later mentions of a person's surname or full name as PERSON.

    "Sylvester Stallone ... Stallone's publicist": the model often tags the bare surname as an
    organisation, or misses it.
    """
    names = _person_names(spans)
    if not names:
        return spans
    result = []
    for span in spans:
        if (
            span.label_ != "PERSON"
            and span.text in names
            and (span.start, span.end) not in confirmed
        ):
            span = Span(doc, span.start, span.end, label="PERSON")
        result.append(span)
    return _add_bare_mentions(doc, result, names)


def _person_names(spans: list[Span]) -> set[str]:
    names = set()
    for span in spans:
        if span.label_ == "PERSON" and len(span) > 1 and span[-1].is_alpha and span[-1].is_title:
            names.update({span.text, span[-1].text})
    return names


def _add_bare_mentions(doc: Doc, spans: list[Span], names: set[str]) -> list[Span]:
    covered = {i for s in spans for i in range(s.start, s.end)}
    tagged = doc.has_annotation("TAG")
    for token in doc:
        if token.i in covered or token.text not in names or (tagged and token.pos_ != "PROPN"):
            continue
        spans = replace_spans(spans, Span(doc, token.i, token.i + 1, label="PERSON"))
    return spans
