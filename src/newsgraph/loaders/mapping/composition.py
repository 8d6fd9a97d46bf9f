"""Roles held by persons and the membership and composition of organisations.

``role.title``
    A title before or in apposition to a person's name ("U.S. President Donald Trump",
    "Netanyahu, Israel's prime minister") gives a role assignment, with the country when the
    title names one (see :mod:`newsgraph.loaders.mapping.roles`).
``membership.composition``
    "X, a body comprising ex-chiefs of A, B and C": the members of X are (former, with "ex-" or
    "former") members of A, B and C; "a coalition comprising A and B": A and B are members of X.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.loaders.mapping.actors import Cast
from newsgraph.loaders.mapping.lexicon import COLLECTIVE_NOUNS
from newsgraph.loaders.mapping.roles import parse_title_before
from newsgraph.loaders.mapping.sentences import span_of
from newsgraph.loaders.mapping.statements import StatementFinder
from newsgraph.model import Membership, RoleHeld, Span

__all__ = ["find_memberships", "find_roles"]

_COMPOSE_LEMMAS = frozenset("comprise consist compose include".split())
_FORMER_WORDS = frozenset("ex ex- former retired onetime erstwhile".split())
_PEOPLE_WORDS = COLLECTIVE_NOUNS | frozenset("chiefs heads members veterans".split())


def find_roles(doc: Doc, cast: Cast, finder: StatementFinder) -> list[RoleHeld]:
    """Return the roles that titles attach to the article's persons (current roles only).

    A title that names no country ("Prime Minister X") is placed in the country the article
    mentions most, with lower confidence (rule ``role.title.article-country``): national
    titles in a news story nearly always belong to the country it is about.
    """
    found: dict[tuple[str, str], RoleHeld] = {}
    for ent in cast.ents:
        holder = cast.entity_of_token(ent.root) if ent.label_ == "PERSON" else None
        match = parse_title_before(doc, ent) if holder else None
        if match is None or match.former or holder is None or (holder, match.role) in found:
            continue
        organisation = cast.add_country(match.country) if match.country else cast.main_country()
        rule, confidence = (
            ("role.title", 0.85) if match.country else ("role.title.article-country", 0.55)
        )
        evidence = Span(min(match.span[0], ent.start_char), max(match.span[1], ent.end_char))
        provenance = finder.provenance(ent.start_char, rule, confidence)
        found[(holder, match.role)] = RoleHeld(
            holder, match.role, organisation, evidence, provenance
        )
    return list(found.values())


def find_memberships(
    doc: Doc, cast: Cast, statements: StatementFinder, known: list[Membership]
) -> list[Membership]:
    """Return memberships stated by composition verbs ("comprising ex-chiefs of A, B")."""
    found: list[Membership] = []
    for token in cast.table.where(_COMPOSE_LEMMAS, ("VERB",)):
        found.extend(_composition(token, cast, statements, known))
    return found


def _composition(
    verb: Token, cast: Cast, statements: StatementFinder, known: list[Membership]
) -> list[Membership]:
    whole = _preceding_org(verb, cast)
    parts = _part_orgs(verb, cast, exclude=whole)
    if whole is None or not parts:
        return []
    subtree = list(verb.subtree)
    former = any(t.lower_.rstrip("-") in {w.rstrip("-") for w in _FORMER_WORDS} for t in subtree)
    people = any(t.lower_ in _PEOPLE_WORDS or t.lower_.rstrip("-") == "ex" for t in subtree)
    provenance = statements.provenance(verb.idx, "membership.composition", 0.7)
    evidence = span_of(cast.sentences.of_token(verb))
    if not people:
        return [Membership(part, whole, False, evidence, provenance) for part in parts]
    members = [m.member for m in known if m.group == whole and not m.former]
    return [
        Membership(member, part, former, evidence, provenance)
        for member in members
        for part in parts
    ]


def _preceding_org(verb: Token, cast: Cast) -> str | None:
    sentence = cast.sentences.of_token(verb)
    for token in reversed(sentence[: verb.i - sentence.start]):
        key = cast.entity_of_token(token)
        if key and cast.kind_of(key) in ("org", "group"):
            return key
    return None


def _part_orgs(verb: Token, cast: Cast, exclude: str | None) -> list[str]:
    keys: list[str] = []
    for token in verb.subtree:
        key = cast.entity_of_token(token)
        if key and key != exclude and key not in keys and cast.kind_of(key) in ("org", "country"):
            keys.append(key)
    return keys
