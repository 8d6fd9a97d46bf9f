"""Write the graph as ONE self-contained, offline HTML page drawn by vis-network.

The page inlines vis-network's standalone build (shipped inside the ``pyvis`` package), our
own script and style, and the graph as JSON: it loads nothing from the network, and its
Content-Security-Policy forbids it to. We build the node and edge lists ourselves instead of
going through pyvis' ``Network.from_nx``, which is quadratic, drops parallel edges and links
Bootstrap from a CDN even in ``in_line`` mode.

Safety: every string from the data travels inside a JSON ``<script>`` block with ``<``, ``>``,
``&`` and U+2028/U+2029 escaped, and the page script renders it with ``textContent`` only.
Determinism: nodes and edges are sorted, numbered in that order, and laid out either by
seeded physics (``randomSeed: 42``) or, above :data:`LARGE_GRAPH` nodes, by
:func:`~newsgraph.viz.layout.radial_layout` in Python with physics off.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx

from newsgraph.errors import ConfigurationError, WriterError
from newsgraph.perf import gc_paused
from newsgraph.viz.layout import radial_layout
from newsgraph.viz.style import node_style
from newsgraph.viz.view import View, ViewEdge, build_view

__all__ = ["LARGE_GRAPH", "ViewSummary", "generate_html", "render_view", "write_html"]

log = logging.getLogger(__name__)

#: Above this many nodes, positions are computed in Python and browser physics stays off.
LARGE_GRAPH = 1500
DEFAULT_TITLE = "newsgraph: who said what, who asked whom"

_VIS_DIR = "templates/lib/vis-9.1.2"
_MARKER = re.compile(r"@@(TITLE|VIS_CSS|APP_CSS|DATA|VIS_JS|APP_JS)@@")
_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


@dataclass(frozen=True)
class ViewSummary:
    """What :func:`write_html` wrote: the file and how many nodes and edges it draws."""

    path: Path
    nodes: int
    edges: int


def generate_html(
    G: nx.MultiDiGraph,
    focus: str | None = None,
    depth: int = 1,
    types: Collection[str] | None = None,
    title: str = DEFAULT_TITLE,
    precompute: bool | None = None,
) -> str:
    """Return the HTML page for a property graph (see :func:`~newsgraph.viz.view.build_view`).

    Args:
        G: The graph from :func:`~newsgraph.graph.project.to_property_graph`.
        focus: Name, alias or IRI of an actor; draw only its ego network.
        depth: Hops around ``focus``.
        types: Node types to draw; ``None`` for actors, acts, events and documents.
        title: Page title (escaped).
        precompute: Lay the graph out in Python with physics off (``True``), in the browser
            with seeded physics (``False``), or decide by size (``None``: above
            :data:`LARGE_GRAPH` nodes).

    Raises:
        QueryError: For an unknown type or focus (see ``build_view``).
        ConfigurationError: If vis-network cannot be found in the ``pyvis`` package.
    """
    with gc_paused():
        view = build_view(G, types=types, focus=focus, depth=depth)
        return render_view(view, title, precompute)


def write_html(
    G: nx.MultiDiGraph,
    path: str | Path,
    focus: str | None = None,
    depth: int = 1,
    types: Collection[str] | None = None,
    title: str = DEFAULT_TITLE,
) -> ViewSummary:
    """Write the page to ``path`` (overwriting it) and return what was drawn.

    Raises:
        WriterError: If the file cannot be written.
        QueryError: For an unknown type or focus.
    """
    view = build_view(G, types=types, focus=focus, depth=depth)
    target = Path(path)
    try:
        target.write_text(render_view(view, title), encoding="utf-8")
    except OSError as exc:
        raise WriterError(f"{target}: cannot write the HTML view: {exc}") from exc
    log.info("wrote %d nodes and %d edges to %s", len(view.nodes), len(view.edges), target)
    return ViewSummary(target, len(view.nodes), len(view.edges))


def render_view(view: View, title: str = DEFAULT_TITLE, precompute: bool | None = None) -> str:
    """Return the self-contained page drawing ``view`` (see :func:`generate_html`)."""
    parts = {
        "TITLE": html.escape(title),
        "VIS_CSS": _vis_asset("vis-network.css"),
        "APP_CSS": _own_asset("app.css"),
        "DATA": script_json(page_data(view, precompute)),
        "VIS_JS": _vis_asset("vis-network.min.js"),
        "APP_JS": _own_asset("app.js"),
    }
    return _MARKER.sub(lambda match: parts[match.group(1)], _own_asset("template.html"))


def script_json(data: Any) -> str:
    """Serialise ``data`` as JSON that is safe inside an HTML ``<script>`` element.

    Example:
        >>> script_json({"q": "</script><b>&"})
        '{"q":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def page_data(view: View, precompute: bool | None = None) -> dict[str, Any]:
    """Return the JSON the page script draws.

    Nodes and edges are stored column by column (``nodes["label"][i]`` is node ``i``'s
    caption; an edge's ``from``/``to`` are node numbers): the page is smaller, and building
    it allocates a few lists instead of one dict per item, which keeps generation linear.
    Colours and shapes are per type, in ``types``. Every node gets a position from the
    deterministic Python layout: large graphs keep it (physics off), small ones start from it
    and let seeded physics refine it, so generation costs the same per node at every size.
    """
    fixed = len(view.nodes) > LARGE_GRAPH if precompute is None else precompute
    return {
        "nodes": _node_columns(view, _positions(view)),
        "edges": _edge_columns(view),
        "types": _legend(view),
        "physics": not fixed,
    }


def _node_columns(view: View, positions: dict[str, tuple[float, float]] | None) -> dict[str, Any]:
    columns: dict[str, Any] = {
        "iri": [node.iri for node in view.nodes],
        "label": [node.label for node in view.nodes],
        "type": [node.type for node in view.nodes],
        "tip": [node.tooltip for node in view.nodes],
        "search": ["\n".join(node.search) for node in view.nodes],
    }
    if positions is not None:
        columns["x"] = [positions[node.iri][0] for node in view.nodes]
        columns["y"] = [positions[node.iri][1] for node in view.nodes]
    return columns


def _edge_columns(view: View) -> dict[str, Any]:
    ids = {node.iri: number for number, node in enumerate(view.nodes)}
    return {
        "from": [ids[edge.source] for edge in view.edges],
        "to": [ids[edge.target] for edge in view.edges],
        "label": [edge.label for edge in view.edges],
        "type": [edge.type for edge in view.edges],
        "tip": [edge.tooltip for edge in view.edges],
        "curve": _curves(view.edges),
    }


def _curves(edges: tuple[ViewEdge, ...]) -> list[float]:
    """Return a curvature per edge so parallel edges between two nodes stay apart."""
    seen: dict[str, int] = {}
    curves = []
    for edge in edges:
        a, b = edge.source, edge.target
        pair = f"{a} {b}" if a < b else f"{b} {a}"  # a str: nothing for the GC to track
        rank = seen.get(pair, 0)
        seen[pair] = rank + 1
        curves.append(round(0.2 * rank, 2))
    return curves


def _legend(view: View) -> list[dict[str, Any]]:
    counts: dict[str, int] = {}
    for node in view.nodes:
        counts[node.type] = counts.get(node.type, 0) + 1
    ordered = sorted(counts, key=lambda name: (node_style(name).order, name))
    return [
        {
            "name": name,
            "color": node_style(name).color,
            "shape": node_style(name).shape,
            "count": counts[name],
        }
        for name in ordered
    ]


def _positions(view: View) -> dict[str, tuple[float, float]]:
    nodes = [node.iri for node in view.nodes]
    return radial_layout(nodes, ((edge.source, edge.target) for edge in view.edges))


@cache
def _own_asset(name: str) -> str:
    return files("newsgraph.viz").joinpath(name).read_text(encoding="utf-8")


@cache
def _vis_asset(name: str) -> str:
    """Read vis-network's standalone build from the installed pyvis package."""
    try:
        text = files("pyvis").joinpath(_VIS_DIR, name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise ConfigurationError(
            f"vis-network asset {name} not found in the pyvis package ({exc}); "
            "install it with: pip install 'pyvis>=0.3.2'"
        ) from exc
    if "</script" in text.lower() or "</style" in text.lower():
        raise ConfigurationError(f"vis-network asset {name} cannot be inlined safely")
    return text
