"""Choose what the HTML view draws: which nodes and edges, role edges, the ego network.

:func:`build_view` turns the projected property graph into a :class:`View`: sorted nodes with
their type, caption and tooltip text, and sorted edges (parallel edges kept). Role assignments
are drawn as one ``holds role`` edge from the holder to the organisation or country, unless
``RoleAssignment`` nodes are asked for explicitly. The module is pure (no HTML), so the
selection rules are unit-tested directly.
"""

from __future__ import annotations

import difflib
from collections import deque
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from newsgraph.errors import QueryError
from newsgraph.viz.style import (
    DEFAULT_HIDDEN_EDGES,
    DEFAULT_HIDDEN_TYPES,
    NODE_STYLES,
    display_name,
    edge_label,
    node_type,
    role_of,
    role_text,
    tooltip,
)

__all__ = ["View", "ViewEdge", "ViewNode", "build_view", "find_node"]

_ROLE_PLUMBING = frozenset({"HOLDS", "ROLE", "IN_ORGANIZATION"})


@dataclass(frozen=True, slots=True)
class ViewNode:
    """A node as drawn: IRI, most specific type, caption, tooltip text and search terms."""

    iri: str
    type: str
    label: str
    tooltip: str
    search: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ViewEdge:
    """An edge as drawn: endpoints (IRIs), relationship type, caption and tooltip text."""

    source: str
    target: str
    type: str
    label: str
    tooltip: str


@dataclass(frozen=True, slots=True)
class View:
    """The drawn graph: nodes sorted by IRI, edges sorted by endpoints, type and caption."""

    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]


def build_view(
    G: nx.MultiDiGraph,
    types: Collection[str] | None = None,
    focus: str | None = None,
    depth: int = 1,
) -> View:
    """Select and describe what to draw.

    Args:
        G: The property graph from :func:`~newsgraph.graph.project.to_property_graph`.
        types: Node types to draw (most specific labels such as ``Person`` or ``Appeal``);
            ``None`` draws every type except :data:`~newsgraph.viz.style.DEFAULT_HIDDEN_TYPES`
            and hides the provenance edges. With explicit types every edge between drawn
            nodes is kept.
        focus: Name, alias or IRI of a node; only its neighbourhood is drawn.
        depth: How many hops around ``focus`` to draw.

    Raises:
        QueryError: If a type is unknown, ``focus`` matches nothing (the message lists close
            matches) or is ambiguous, or ``depth`` is negative.
    """
    kinds = {node: node_type(data.get("labels", ())) for node, data in G.nodes(data=True)}
    chosen = _chosen_types(kinds.values(), types)
    drawn = {node for node, kind in kinds.items() if kind in chosen}
    edges = _edges(
        G, drawn, explicit=types is not None, collapse_roles="RoleAssignment" not in chosen
    )
    if focus is not None:
        kept = _ego(find_node(G, focus, drawn), edges, depth)
        drawn = {node for node in drawn if str(node) in kept}
        edges = [e for e in edges if e.source in kept and e.target in kept]
    nodes = tuple(_view_node(G, node, kinds[node]) for node in sorted(drawn, key=str))
    return View(nodes, tuple(sorted(edges, key=_edge_key)))


def _chosen_types(present: Iterable[str], types: Collection[str] | None) -> set[str]:
    if types is None:
        return set(present) - DEFAULT_HIDDEN_TYPES
    unknown = sorted(set(types) - set(NODE_STYLES))
    if unknown:
        raise QueryError(
            f"unknown node type(s) {', '.join(unknown)}; known: {', '.join(sorted(NODE_STYLES))}"
        )
    return set(types)


def _edge_key(edge: ViewEdge) -> tuple[str, str, str, str]:
    return (edge.source, edge.target, edge.type, edge.label)


def _edges(
    G: nx.MultiDiGraph, drawn: set[Any], explicit: bool, collapse_roles: bool
) -> list[ViewEdge]:
    edges = []
    for source, target, rel in G.edges(keys=True):
        if source not in drawn or target not in drawn:
            continue
        if (not explicit and rel in DEFAULT_HIDDEN_EDGES) or (
            collapse_roles and rel in _ROLE_PLUMBING
        ):
            continue
        caption = edge_label(rel)
        edges.append(ViewEdge(str(source), str(target), rel, caption, caption))
    if collapse_roles:
        edges += _role_edges(G, drawn)
    return edges


def _role_edges(G: nx.MultiDiGraph, drawn: set[Any]) -> list[ViewEdge]:
    """Draw ``holder -[holds role: President]-> organisation`` for each drawn pair."""
    edges = []
    for holder in drawn:
        for assignment in (v for _, v, k in G.out_edges(holder, keys=True) if k == "HOLDS"):
            role = role_of(G, assignment)
            for org in (
                v for _, v, k in G.out_edges(assignment, keys=True) if k == "IN_ORGANIZATION"
            ):
                if org in drawn:
                    caption = f"holds role: {role[0]}"
                    edges.append(ViewEdge(str(holder), str(org), "HOLDS", caption, role_text(role)))
    return edges


def _view_node(G: nx.MultiDiGraph, node: Any, kind: str) -> ViewNode:
    return ViewNode(
        str(node), kind, display_name(G, node), tooltip(G, node), _search_terms(G, node)
    )


def _names(G: nx.MultiDiGraph, node: Any) -> list[str]:
    props = G.nodes[node].get("props", {})
    names = [props.get("name"), props.get("prefLabel")]
    for key in ("alias", "altLabel"):
        value = props.get(key) or []
        names += value if isinstance(value, list) else [value]
    return [str(name) for name in names if name]


def _search_terms(G: nx.MultiDiGraph, node: Any) -> tuple[str, ...]:
    return tuple(sorted({name.casefold() for name in _names(G, node)}))


def find_node(G: nx.MultiDiGraph, query: str, drawn: Collection[Any] | None = None) -> Any:
    """Return the node whose IRI, name or alias is ``query`` (case-insensitive), preferring actors.

    Raises:
        QueryError: If nothing matches (close matches are listed), several actors share the
            name, or the match is not among ``drawn``.
    """
    by_iri = {str(node): node for node in G}
    if query in by_iri:
        return _check_drawn(G, by_iri[query], drawn)
    wanted = query.casefold().strip()
    hits = sorted((n for n in G if wanted in {x.casefold() for x in _names(G, n)}), key=str)
    actors = [n for n in hits if "Actor" in G.nodes[n].get("labels", ())]
    hits = actors or hits
    if len(hits) > 1:
        raise QueryError(f"{query!r} names several nodes: {', '.join(map(str, hits))}; pass an IRI")
    if not hits:
        raise QueryError(f"no node named {query!r}{_suggestions(G, query)}")
    return _check_drawn(G, hits[0], drawn)


def _check_drawn(G: nx.MultiDiGraph, node: Any, drawn: Collection[Any] | None) -> Any:
    if drawn is not None and node not in drawn:
        kind = node_type(G.nodes[node].get("labels", ()))
        raise QueryError(f"{node} is a {kind}, which the selected node types leave out")
    return node


def _suggestions(G: nx.MultiDiGraph, query: str) -> str:
    names = sorted({name for n in G for name in _names(G, n)})
    folded = {name.casefold(): name for name in names}
    close = difflib.get_close_matches(query.casefold(), list(folded), n=5, cutoff=0.6)
    close += [k for k in folded if query.casefold() in k and k not in close][: 5 - len(close)]
    if not close:
        return " (and no close match)"
    return "; close matches: " + ", ".join(repr(folded[c]) for c in close)


def _ego(center: Any, edges: list[ViewEdge], depth: int) -> set[Any]:
    """Return the nodes within ``depth`` undirected hops of ``center`` over the drawn edges."""
    if depth < 0:
        raise QueryError(f"depth must be 0 or more, got {depth}")
    neighbours: dict[str, set[str]] = {}
    for edge in edges:
        neighbours.setdefault(edge.source, set()).add(edge.target)
        neighbours.setdefault(edge.target, set()).add(edge.source)
    seen = {str(center): 0}
    queue = deque([str(center)])
    while queue:
        node = queue.popleft()
        if seen[node] < depth:
            for other in sorted(neighbours.get(node, ())):
                if other not in seen:
                    seen[other] = seen[node] + 1
                    queue.append(other)
    return set(seen)
