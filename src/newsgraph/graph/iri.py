"""Deterministic IRIs: the same inputs always mint the same identifiers.

Actors get the slug of their canonical name under their kind (``person/donald-trump``),
countries their ISO 3166 alpha-3 code, articles a hash of their URL or text, events a hash of
their defining arguments, and text spans their character offsets in the article
(``article/<id>#char=12,40``, as NIF does). No blank nodes are ever minted.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from newsgraph.ontology.namespaces import CAMEO, ID

__all__ = [
    "ACTOR_KINDS",
    "actor_iri",
    "article_iri",
    "cameo_iri",
    "digest",
    "document_iri",
    "event_iri",
    "mention_iri",
    "role_assignment_iri",
    "role_iri",
    "slug",
]

#: Path segment for each kind of actor-like entity.
ACTOR_KINDS = ("person", "org", "group", "country", "place")
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, maxlen: int = 60) -> str:
    """Return a lowercase ASCII slug of ``text``.

    Example:
        >>> slug("Commanders for Israel\u2019s Security")
        'commanders-for-israels-security'
        >>> slug("  Benjamin   NETANYAHU ")
        'benjamin-netanyahu'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = ascii_text.lower().replace("'", "")
    return _NON_SLUG.sub("-", ascii_text).strip("-")[:maxlen].rstrip("-") or "unnamed"


def digest(*parts: str, n: int = 10) -> str:
    """Return the first ``n`` hex digits of a SHA-256 over ``parts``.

    The parts are joined with the ASCII unit separator so that ("ab", "c") and ("a", "bc")
    differ.

    Example:
        >>> digest("ab", "c") != digest("a", "bc")
        True
    """
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:n]


def actor_iri(kind: str, canonical_name: str) -> URIRef:
    """Return the IRI of an actor or place.

    Args:
        kind: One of :data:`ACTOR_KINDS`.
        canonical_name: The canonical name, or for a country its ISO alpha-3 code.

    Raises:
        ValueError: If ``kind`` is not a known kind.

    Example:
        >>> actor_iri("person", "Donald Trump").endswith("/id/person/donald-trump")
        True
    """
    if kind not in ACTOR_KINDS:
        raise ValueError(f"unknown actor kind {kind!r}; expected one of {ACTOR_KINDS}")
    return ID[f"{kind}/{slug(canonical_name)}"]


def article_iri(article_id: str) -> URIRef:
    """Return the IRI of an article from its stable id."""
    return ID[f"article/{slug(article_id, maxlen=80)}"]


def document_iri(article: URIRef, name: str) -> URIRef:
    """Return the IRI of a document (an open letter, a report) named in an article."""
    return ID[f"document/{slug(name, maxlen=40)}-{digest(str(article), name, n=8)}"]


def event_iri(kind: str, *defining: str) -> URIRef:
    """Return the IRI of an event from its kind and defining arguments.

    Example:
        >>> event_iri("appeal", "a", "b") == event_iri("appeal", "a", "b")
        True
    """
    return ID[f"event/{slug(kind)}-{digest(kind, *defining)}"]


def mention_iri(article: URIRef, begin: int, end: int) -> URIRef:
    """Return the IRI of the text span ``[begin, end)`` of an article."""
    return URIRef(f"{article}#char={begin},{end}")


def role_iri(role: str) -> URIRef:
    """Return the IRI of a role such as President."""
    return ID[f"role/{slug(role)}"]


def role_assignment_iri(
    holder: URIRef, role: str, organisation: URIRef | None, scope: str = ""
) -> URIRef:
    """Return the IRI of "holder holds role in organisation" as stated in ``scope``.

    Each article's statement of a role is its own node (with its own date and evidence), so
    ``scope`` (the article IRI) is hashed into the IRI when given.
    """
    org_key = str(organisation).rsplit("/", 1)[-1] if organisation else "none"
    holder_key = str(holder).rsplit("/", 1)[-1]
    suffix = f"--{digest(scope, n=6)}" if scope else ""
    return ID[f"role-assignment/{holder_key}--{slug(role)}--{org_key}{suffix}"]


def cameo_iri(code: str) -> URIRef:
    """Return the IRI of a CAMEO event code (always a string: "010" is not 10)."""
    if not code.isdigit():
        raise ValueError(f"CAMEO code must be digits, got {code!r}")
    return CAMEO[code]
