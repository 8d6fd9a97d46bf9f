"""How the HTML view draws the property graph: types, colours, shapes, edge labels, tooltips.

Everything here is a pure function of the projected graph (see
:func:`newsgraph.graph.project.to_property_graph`), so it is unit-tested without a browser.
The view is about actors and communicative acts: text spans, articles and the CAMEO codebook
are hidden by default (their content still reaches the tooltips). Labels and relationship
types come from :mod:`newsgraph.ontology.mapping`; to draw a new class, add a row to
:data:`NODE_STYLES` (unknown classes fall back to a grey dot).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import networkx as nx

from newsgraph.ontology.mapping import CLASSES

__all__ = [
    "DEFAULT_HIDDEN_EDGES",
    "DEFAULT_HIDDEN_TYPES",
    "EDGE_LABELS",
    "NODE_STYLES",
    "NodeStyle",
    "actor_roles",
    "display_name",
    "edge_label",
    "node_style",
    "node_type",
    "role_of",
    "role_text",
    "tooltip",
]


@dataclass(frozen=True)
class NodeStyle:
    """The look of one node type: fill colour, vis-network shape and legend order."""

    color: str
    shape: str
    order: int


#: Node look per most specific label, in legend order (Okabe-Ito based, readable on white).
NODE_STYLES: dict[str, NodeStyle] = {
    name: NodeStyle(color, shape, order)
    for order, (name, color, shape) in enumerate(
        (
            ("Person", "#0072B2", "dot"),
            ("Organization", "#E69F00", "dot"),
            ("Group", "#CC79A7", "dot"),
            ("Country", "#009E73", "dot"),
            ("Place", "#6BAF92", "triangle"),
            ("Actor", "#7F7F7F", "dot"),
            ("Statement", "#56B4E9", "box"),
            ("Appeal", "#D55E00", "box"),
            ("Proposal", "#F0A35E", "box"),
            ("CommunicativeAct", "#9ECAE1", "box"),
            ("Event", "#F0E442", "diamond"),
            ("Document", "#A6761D", "square"),
            ("Article", "#666666", "square"),
            ("Role", "#B3B3B3", "ellipse"),
            ("RoleAssignment", "#CCCCCC", "ellipse"),
            ("Quotation", "#BBBBBB", "text"),
            ("Sentence", "#DDDDDD", "text"),
            ("Mention", "#DDDDDD", "text"),
            ("CameoEventType", "#999999", "hexagon"),
            ("Concept", "#AAAAAA", "hexagon"),
            ("ConceptScheme", "#AAAAAA", "hexagon"),
        )
    )
}
_FALLBACK = NodeStyle("#9E9E9E", "dot", len(NODE_STYLES))

#: Node types left out of the default view (provenance, codebook, role plumbing).
DEFAULT_HIDDEN_TYPES: frozenset[str] = frozenset(
    {
        "Article",
        "Mention",
        "Quotation",
        "Sentence",
        "Concept",
        "ConceptScheme",
        "CameoEventType",
        "Role",
        "RoleAssignment",
        "Thing",  # nodes of no ontology class: the ontology's own terms, untyped references
    }
)

#: Relationship types left out of the default view.
DEFAULT_HIDDEN_EDGES: frozenset[str] = frozenset(
    {
        "EVIDENCE",
        "SPEAKER_SPAN",
        "CUE_SPAN",
        "CONTENT_SPAN",
        "ADDRESSEE_SPAN",
        "IN_SENTENCE",
        "REPORTED_IN",
        "REFERENCE_CONTEXT",
        "REFERS_TO",
        "MENTIONS",
        "QUOTED_FROM",
        "IN_SCHEME",
        "BROADER",
        "TOP_CONCEPT_OF",
        "EVENT_TYPE",
    }
)

#: Edge captions; other types are shown lower-cased with spaces.
EDGE_LABELS: dict[str, str] = {
    "REQUESTED_ACTION": "asks for",
    "AIMS_AT": "aims at",
    "MEMBER_OF": "member of",
    "FORMER_MEMBER_OF": "former member of",
    "HOLDS": "holds role",
    "IN_ORGANIZATION": "in",
    "SPOKEN_BY": "spoken by",
    "EVENT_TYPE": "event type",
}

_SPAN_EDGES = ("CONTENT_SPAN", "SPEAKER_SPAN", "EVIDENCE")
_MAX_LABEL = 40


@cache
def _ancestors() -> dict[str, frozenset[str]]:
    by_iri = {row.iri: row for row in CLASSES}

    def up(label_iri: Any) -> set[str]:
        row = by_iri[label_iri]
        found = {row.label}
        for parent in row.parents:
            found |= up(parent)
        return found

    return {row.label: frozenset(up(row.iri) - {row.label}) for row in CLASSES}


def node_type(labels: Iterable[str]) -> str:
    """Return the most specific of a node's labels (the one no other label specialises).

    Ties (e.g. an untyped node) are broken by legend order; no label at all gives ``"Thing"``.

    Example:
        >>> node_type(["Actor", "Country", "Place"])
        'Country'
        >>> node_type(["Appeal", "CommunicativeAct", "Event"])
        'Appeal'
    """
    labels = set(labels)
    ancestors = _ancestors()
    implied = set().union(*(ancestors.get(label, frozenset()) for label in labels))
    specific = sorted(labels - implied, key=lambda label: (node_style(label).order, label))
    return specific[0] if specific else "Thing"


def node_style(node_type_name: str) -> NodeStyle:
    """Return the colour and shape for a node type (grey dot when the type is unknown)."""
    return NODE_STYLES.get(node_type_name, _FALLBACK)


def edge_label(rel_type: str) -> str:
    """Return the caption of a relationship type.

    Example:
        >>> edge_label("SPEAKER"), edge_label("REQUESTED_ACTION")
        ('speaker', 'asks for')
    """
    return EDGE_LABELS.get(rel_type, rel_type.lower().replace("_", " "))


def display_name(G: nx.MultiDiGraph, node: Any) -> str:
    """Return a short caption: the name (or quote, or text span), else the IRI's last segment."""
    props = G.nodes[node].get("props", {})
    for key in ("name", "prefLabel", "headline", "quote", "anchorOf"):
        if props.get(key):
            return _shorten(str(props[key]))
    tail = str(node).rstrip("/").rsplit("/", 1)[-1]
    return _shorten(tail)


def _shorten(text: str, limit: int = _MAX_LABEL) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _props(G: nx.MultiDiGraph, node: Any) -> dict[str, Any]:
    props: dict[str, Any] = G.nodes[node].get("props", {})
    return props


def _out_edges(G: nx.MultiDiGraph, node: Any) -> dict[str, list[Any]]:
    """Return ``relationship type -> sorted targets`` for one node's outgoing edges."""
    out: dict[str, list[Any]] = {}
    for target, keys in G.succ[node].items():
        for key in keys:
            out.setdefault(key, []).append(target)
    for targets in out.values():
        targets.sort(key=str)
    return out


def _targets(G: nx.MultiDiGraph, node: Any, rel_type: str) -> list[Any]:
    """Return the sorted targets of ``node``'s outgoing ``rel_type`` edges."""
    return _out_edges(G, node).get(rel_type, [])


def _name(G: nx.MultiDiGraph, node: Any) -> str:
    props = _props(G, node)
    return str(props.get("name") or props.get("prefLabel") or node)


def role_of(G: nx.MultiDiGraph, assignment: Any) -> tuple[str, str | None, str | None]:
    """Return ``(role, organisation, as of)`` of one role assignment node."""
    role = ", ".join(_name(G, r) for r in _targets(G, assignment, "ROLE")) or "role"
    orgs = [_name(G, o) for o in _targets(G, assignment, "IN_ORGANIZATION")]
    as_of = _props(G, assignment).get("asOf")
    return role, ", ".join(orgs) or None, str(as_of) if as_of else None


def actor_roles(G: nx.MultiDiGraph, actor: Any) -> list[tuple[str, str | None, str | None]]:
    """Return ``(role, organisation, as of)`` for each role assignment an actor holds, sorted."""
    roles = [role_of(G, assignment) for assignment in _targets(G, actor, "HOLDS")]
    return sorted(roles, key=lambda r: tuple(x or "" for x in r))


def role_text(role: tuple[str, str | None, str | None]) -> str:
    """Return "President (United States), as of 2025-08-04" for a role triple."""
    name, org, as_of = role
    text = f"{name} ({org})" if org else name
    return f"{text}, as of {as_of}" if as_of else text


def tooltip(G: nx.MultiDiGraph, node: Any) -> str:
    """Return the plain-text tooltip of a node (lines separated by newlines).

    Communicative acts show their quote, source sentence and article; actors their aliases,
    roles and memberships; other nodes their name. The text is data, never markup: the page
    renders it with ``textContent``.
    """
    labels = G.nodes[node].get("labels", ())
    kind = node_type(labels)
    implied = _ancestors().get(kind, frozenset()) | {kind}
    lines = [f"{kind}: {_name(G, node)}"]
    if "Actor" in implied:
        lines += _actor_lines(G, node)
    elif "Event" in implied:
        lines += _event_lines(G, node)
    else:
        lines += _generic_lines(G, node)
    return "\n".join(line for line in lines if line)


def _actor_lines(G: nx.MultiDiGraph, node: Any) -> Iterator[str]:
    props, out = _props(G, node), _out_edges(G, node)
    if props.get("alias"):
        yield "Also known as: " + ", ".join(map(str, _as_list(props["alias"])))
    for role in actor_roles(G, node):
        yield "Role: " + role_text(role)
    for rel, caption in (("MEMBER_OF", "Member of"), ("FORMER_MEMBER_OF", "Former member of")):
        for org in out.get(rel, []):
            yield f"{caption}: {_name(G, org)}"
    if props.get("cameoCode"):
        yield f"CAMEO actor code: {props['cameoCode']}"


def _event_lines(G: nx.MultiDiGraph, node: Any) -> Iterator[str]:
    props, out = _props(G, node), _out_edges(G, node)
    for code in out.get("EVENT_TYPE", []):
        code_props = _props(G, code)
        notation = code_props.get("notation") or str(code).rsplit("/", 1)[-1]
        yield f"CAMEO {notation} {code_props.get('prefLabel', '')}".rstrip()
    if props.get("modality"):
        yield f"Modality: {props['modality']}"
    quote = props.get("quote") or _first_anchor(G, out.get("CONTENT_SPAN", []))
    if quote:
        yield f"Quote: “{quote}”"
    sentence = _source_sentence(G, out)
    if sentence and sentence != quote:
        yield f"Sentence: {sentence}"
    yield from _article_lines(G, out.get("REPORTED_IN", []), props.get("reportedDate"))


def _generic_lines(G: nx.MultiDiGraph, node: Any) -> Iterator[str]:
    props = _props(G, node)
    for key in ("headline", "datePublished", "url", "anchorOf", "scopeNote"):
        if props.get(key):
            yield f"{key}: {props[key]}"


def _first_anchor(G: nx.MultiDiGraph, spans: Iterable[Any]) -> str | None:
    for span in spans:
        text = _props(G, span).get("anchorOf")
        if text:
            return str(text)
    return None


def _source_sentence(G: nx.MultiDiGraph, out: dict[str, list[Any]]) -> str | None:
    """Follow the evidence spans to their sentence; fall back to the evidence text itself."""
    for rel in _SPAN_EDGES:
        for span in out.get(rel, []):
            text = _first_anchor(G, _targets(G, span, "IN_SENTENCE"))
            if text:
                return text
    return _first_anchor(G, out.get("EVIDENCE", []))


def _article_lines(G: nx.MultiDiGraph, articles: list[Any], reported: Any) -> Iterator[str]:
    for article in articles:
        props = _props(G, article)
        title = props.get("headline") or props.get("name") or str(article)
        date = props.get("datePublished") or reported
        yield f"Article: {title}" + (f" ({date})" if date else "")
        if props.get("url"):
            yield f"URL: {props['url']}"


def _as_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple | set) else [value]
