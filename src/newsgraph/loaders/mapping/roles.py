"""Titles and roles of persons: "U.S. President Donald Trump", "Netanyahu, Israel's prime minister".

The lexicon lives in ``roles.tsv`` beside this module (package data, editable): a canonical label,
a kind (``office``, ``military``, ``honorific`` ...), a CAMEO role code and spelling variants.
Variants are tokenised with spaCy's English tokenizer so that "Secretary-General" or "Lt. Gen."
match the tokens a pipeline produces; matching ignores case.

A title phrase is read as ``[the] [former] [Country's | Demonym | Country | Organisation]
[former] Title [of Country]``; the country and organisation come from the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.tokens import Doc, Span, Token

from newsgraph.errors import ArticleParseError, LoaderError
from newsgraph.loaders.mapping.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer

__all__ = [
    "RoleEntry",
    "RoleLexicon",
    "RoleMatch",
    "is_title_word",
    "load_roles",
    "parse_apposition",
    "parse_role_phrase",
    "parse_title_before",
    "title_tokens_before",
]

_KINDS = ("office", "military", "honorific", "royal", "religious", "business", "other")
_CAMEO_ROLE = re.compile(r"^(?:[A-Z]{3})*$")
_FORMER = frozenset({"former", "ex", "erstwhile", "onetime", "one-time", "retired"})
_MODIFIERS = _FORMER | {
    "-",
    "then",
    "outgoing",
    "incoming",
    "acting",
    "interim",
    "current",
    "new",
    "late",
    "longtime",
    "veteran",
    "top",
    "senior",
}
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
_PORTFOLIO_HEADS = frozenset({"minister", "secretary", "ministers"})
_APPOSITION_END = frozenset({",", ".", ";", ":", "!", "?", ")", '"', "”", "—", "–"})
_MAX_QUALIFIER_TOKENS = 4


@dataclass(frozen=True)
class RoleEntry:
    """One row of the roles lexicon."""

    label: str
    kind: str
    cameo_role: str | None
    variants: tuple[str, ...]

    @property
    def is_honorific(self) -> bool:
        """Return whether this is a form of address (Mr., Dr.) rather than a role."""
        return self.kind == "honorific"


@dataclass(frozen=True)
class RoleMatch:
    """A title found next to (or standing for) a person.

    Attributes:
        role: Canonical role label, e.g. ``"Prime Minister"``; portfolios not in the lexicon
            keep their words ("Legal Affairs Minister").
        country: Canonical gazetteer name of the country the role belongs to, or None.
        former: Whether the title says the role is no longer held ("former", "ex-").
        span: Character offsets ``(start, end)`` of the title phrase in the doc (without "the").
        organization: Canonical gazetteer name of an organisation qualifying the title
            ("Shin Bet chief"), or None.
        cameo_role: CAMEO role code the lexicon gives for the role, or None.
    """

    role: str
    country: str | None
    former: bool
    span: tuple[int, int]
    organization: str | None = None
    cameo_role: str | None = None


class RoleLexicon:
    """Title phrases indexed by their lower-cased tokens."""

    def __init__(self, entries: list[RoleEntry]) -> None:
        self.entries = tuple(entries)
        tokenizer = spacy.blank("en").tokenizer
        self._phrases: dict[tuple[str, ...], RoleEntry] = {}
        for entry in self.entries:
            for surface in (entry.label, *entry.variants):
                key = tuple(token.lower_ for token in tokenizer(surface))
                self._phrases.setdefault(key, entry)
        self._longest = max((len(key) for key in self._phrases), default=0)
        self._words = frozenset(key[-1] for key in self._phrases if key[-1].isalpha())

    def is_title_word(self, text: str) -> bool:
        """Return whether ``text`` is a title or the head word of one ("minister", "Sen.")."""
        lowered = text.lower()
        return (lowered,) in self._phrases or lowered in self._words

    def match_ending_at(self, doc: Doc, end: int) -> tuple[int, RoleEntry] | None:
        """Return ``(start, entry)`` of the longest title whose tokens end just before ``end``."""
        for size in range(min(self._longest, end), 0, -1):
            entry = self._phrases.get(tuple(t.lower_ for t in doc[end - size : end]))
            if entry is not None:
                return end - size, entry
        return None

    def match_starting_at(self, doc: Doc, start: int) -> tuple[int, RoleEntry] | None:
        """Return ``(end, entry)`` of the longest title whose tokens start at ``start``."""
        for size in range(min(self._longest, len(doc) - start), 0, -1):
            entry = self._phrases.get(tuple(t.lower_ for t in doc[start : start + size]))
            if entry is not None:
                return start + size, entry
        return None


def _parse_row(cells: list[str], source: str, line: int) -> RoleEntry:
    padded = [cell.strip() for cell in cells] + [""] * (4 - len(cells))
    if len(cells) > 4 or not padded[0]:
        raise ArticleParseError(
            "expected label, kind, cameo, variants (label required)", source, line
        )
    label, kind, cameo, variants = padded
    if kind not in _KINDS:
        raise ArticleParseError(f"kind {kind!r} is not one of {', '.join(_KINDS)}", source, line)
    if not _CAMEO_ROLE.match(cameo):
        raise ArticleParseError(f"CAMEO role {cameo!r} is not 3-letter segments", source, line)
    parts = tuple(v.strip() for v in variants.split("|") if v.strip())
    return RoleEntry(label, kind, cameo or None, parts)


def parse_roles(text: str, source: str) -> RoleLexicon:
    """Parse roles TSV text (header line and ``#`` comments allowed).

    Raises:
        ArticleParseError: Naming ``source`` and the line of the first malformed row.
    """
    entries = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#") or raw.startswith("label\t"):
            continue
        entries.append(_parse_row(raw.split("\t"), source, number))
    return RoleLexicon(entries)


@lru_cache(maxsize=1)
def _default_roles() -> RoleLexicon:
    resource = resources.files("newsgraph.loaders.mapping").joinpath("roles.tsv")
    return parse_roles(resource.read_text(encoding="utf-8"), str(resource))


def load_roles(path: str | Path | None = None) -> RoleLexicon:
    """Return the roles lexicon from ``path``, or the bundled one (cached) when None.

    Raises:
        LoaderError: If ``path`` cannot be read.
        ArticleParseError: If a row is malformed.
    """
    if path is None:
        return _default_roles()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LoaderError(f"{path}: cannot read roles lexicon: {exc}") from exc
    return parse_roles(text, str(path))


def is_title_word(token_text: str) -> bool:
    """Return whether ``token_text`` is a title word of the bundled lexicon.

    Example:
        >>> is_title_word("President"), is_title_word("Sen."), is_title_word("Trump")
        (True, True, False)
    """
    return load_roles().is_title_word(token_text)


@dataclass
class _Phrase:
    """A title phrase being read right to left, in token indices."""

    start: int
    end: int
    entry: RoleEntry
    role: str
    former: bool = False
    country: GazetteerEntry | None = None
    organization: GazetteerEntry | None = None

    def to_match(self, doc: Doc) -> RoleMatch:
        span = doc[self.start : self.end]
        return RoleMatch(
            role=self.role,
            country=self.country.name if self.country else None,
            former=self.former,
            span=(span.start_char, span.end_char),
            organization=self.organization.name if self.organization else None,
            cameo_role=self.entry.cameo_role,
        )


def _skip_modifiers(doc: Doc, phrase: _Phrase, floor: int) -> None:
    while phrase.start > floor and doc[phrase.start - 1].lower_ in _MODIFIERS:
        hyphenated = doc[phrase.start - 1].text == "-"
        if hyphenated and not (phrase.start - 1 > floor and doc[phrase.start - 2].lower_ == "ex"):
            return
        phrase.start -= 2 if hyphenated else 1
        phrase.former = phrase.former or doc[phrase.start].lower_ in _FORMER


def _extend_portfolio(doc: Doc, phrase: _Phrase, floor: int, gazetteer: Gazetteer) -> None:
    """Take capitalised words before "Minister"/"Secretary" into the role ("Legal Affairs")."""
    if doc[phrase.start].lower_ not in _PORTFOLIO_HEADS:
        return
    start = phrase.start
    while start > floor and _is_portfolio_word(doc[start - 1], gazetteer):
        start -= 1
    while start < phrase.start and not doc[start].text[:1].isupper():
        start += 1
    if start < phrase.start:
        phrase.role = doc[start : phrase.end].text
        phrase.start = start


def _is_portfolio_word(token: Token, gazetteer: Gazetteer) -> bool:
    if token.text in {"and", "&"}:
        return True
    capitalised = token.text[:1].isupper() and token.is_alpha and not token.is_stop
    return capitalised and not (
        gazetteer.find(token.text) or gazetteer.country_for_demonym(token.text)
    )


def _take_qualifier(doc: Doc, phrase: _Phrase, floor: int, gazetteer: Gazetteer) -> None:
    """Read a country or organisation ("Russia's", "Israeli", "U.S.", "Shin Bet") before."""
    end = phrase.start
    possessive = end > floor and doc[end - 1].text in _POSSESSIVES
    end -= possessive
    for size in range(min(_MAX_QUALIFIER_TOKENS, end - floor), 0, -1):
        text = doc[end - size : end].text
        entry = gazetteer.find(text) or (
            None if possessive else gazetteer.country_for_demonym(text)
        )
        if entry is not None:
            phrase.start = end - size
            if entry.kind == "org":
                phrase.organization = entry
            else:
                phrase.country = entry
            return


def _read_backwards(
    doc: Doc, end: int, floor: int, gazetteer: Gazetteer, roles: RoleLexicon
) -> _Phrase | None:
    """Parse the title phrase whose last token is ``end - 1``, not reading before ``floor``."""
    found = roles.match_ending_at(doc, end)
    if found is None or found[0] < floor:
        return None
    phrase = _Phrase(found[0], end, found[1], found[1].label)
    _extend_portfolio(doc, phrase, floor, gazetteer)
    _skip_modifiers(doc, phrase, floor)
    _take_qualifier(doc, phrase, floor, gazetteer)
    _skip_modifiers(doc, phrase, floor)
    return phrase


def title_tokens_before(
    doc: Doc,
    end: int,
    floor: int = 0,
    gazetteer: Gazetteer | None = None,
    roles: RoleLexicon | None = None,
) -> tuple[int, RoleEntry] | None:
    """Return ``(start, entry)`` of the title phrase ending just before token ``end``, if any.

    The phrase includes its qualifiers ("former", "U.S.", "Russia's"); it never starts before
    token ``floor``. Unlike :func:`parse_title_before` this also returns honorifics.
    """
    gazetteer, roles = _resources(gazetteer, roles)
    phrase = _read_backwards(doc, end, floor, gazetteer, roles)
    return None if phrase is None else (phrase.start, phrase.entry)


def _resources(
    gazetteer: Gazetteer | None, roles: RoleLexicon | None
) -> tuple[Gazetteer, RoleLexicon]:
    return gazetteer or load_gazetteer(), roles or load_roles()


def parse_role_phrase(
    span: Span, gazetteer: Gazetteer | None = None, roles: RoleLexicon | None = None
) -> RoleMatch | None:
    """Read a whole noun phrase as a title: "the former president", "Israel's prime minister".

    Also accepts a trailing "of Country" ("the foreign minister of Russia"). Returns None unless
    the phrase (after an optional "the") is exactly a title phrase that is not an honorific.
    """
    gazetteer, roles = _resources(gazetteer, roles)
    doc, start, end = span.doc, span.start, span.end
    if start < end and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    country_after = _country_after_of(doc, start, end, gazetteer)
    title_end = end if country_after is None else end - len(country_after[0]) - 1
    phrase = _read_backwards(doc, title_end, start, gazetteer, roles)
    if phrase is None or phrase.start != start or phrase.entry.is_honorific:
        return None
    if country_after is not None:
        phrase.country = phrase.country or country_after[1]
        phrase.end = end
    return phrase.to_match(doc)


def _country_after_of(
    doc: Doc, start: int, end: int, gazetteer: Gazetteer
) -> tuple[Span, GazetteerEntry] | None:
    """Return the trailing ``of <Country>`` of ``doc[start:end]`` (span after "of"), if any."""
    for of_index in range(end - 2, start, -1):
        if doc[of_index].lower_ == "of":
            entry = gazetteer.find(doc[of_index + 1 : end].text)
            if entry is not None and entry.kind != "org":
                return doc[of_index + 1 : end], entry
            return None
    return None


def parse_title_before(
    doc: Doc,
    person_span: Span,
    gazetteer: Gazetteer | None = None,
    roles: RoleLexicon | None = None,
) -> RoleMatch | None:
    """Return the role given to ``person_span`` by a title before it or an apposition after it.

    Recognises "U.S. President Donald Trump", "Prime Minister Benjamin Netanyahu" (country
    None), "former President X", "Russia's foreign minister Sergei Lavrov", and, when no title
    precedes, appositions such as "Donald Trump, the U.S. president," (see
    :func:`parse_apposition`). Honorifics (Mr., Dr.) are not roles.
    """
    gazetteer, roles = _resources(gazetteer, roles)
    floor = person_span.sent.start if doc.has_annotation("SENT_START") else 0
    phrase = _read_backwards(doc, person_span.start, floor, gazetteer, roles)
    if phrase is not None and not phrase.entry.is_honorific:
        return phrase.to_match(doc)
    return parse_apposition(doc, person_span, gazetteer, roles)


def parse_apposition(
    doc: Doc,
    person_span: Span,
    gazetteer: Gazetteer | None = None,
    roles: RoleLexicon | None = None,
) -> RoleMatch | None:
    """Return the role in an apposition after the name: "Netanyahu, Israel's prime minister,".

    The apposition runs from the comma after the name to the next comma, full stop, closing
    bracket or quote, and must be a title phrase as a whole (see :func:`parse_role_phrase`).
    """
    start = person_span.end + 1
    if start >= len(doc) or doc[person_span.end].text != ",":
        return None
    end = start
    while end < len(doc) and doc[end].text not in _APPOSITION_END and end - start < 10:
        end += 1
    if end == start:
        return None
    return parse_role_phrase(doc[start:end], gazetteer, roles)
