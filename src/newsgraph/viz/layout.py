"""A fast deterministic layout for graphs too large for in-browser physics.

Force-directed layouts cost O(n²) per iteration (networkx ``spring_layout``) or minutes of
browser time (vis-network physics on thousands of nodes). :func:`radial_layout` instead lays out
each connected component as a radial BFS tree around its best-connected node (children get an
angular wedge proportional to their subtree size) and packs the components in rows, biggest
first. It runs in O((n + m) log n), and the same input always gives the same positions.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Sequence

__all__ = ["radial_layout"]

_Positions = list[tuple[float, float]]


def radial_layout(
    nodes: Sequence[str], edges: Iterable[tuple[str, str]], spacing: float = 60.0
) -> dict[str, tuple[float, float]]:
    """Return ``node -> (x, y)``, deterministic for the same nodes and edges.

    Args:
        nodes: The node ids; their order breaks ties, so pass them sorted.
        edges: Pairs of node ids (direction and multiplicity are ignored).
        spacing: Distance between consecutive rings and between neighbouring nodes.

    Example:
        >>> pos = radial_layout(["a", "b", "c"], [("a", "b"), ("a", "c")])
        >>> pos["a"] != pos["b"] and pos == radial_layout(["a", "b", "c"], [("a", "b"), ("a", "c")])
        True
    """
    adjacency = _adjacency(nodes, edges)
    placed: _Positions = [(0.0, 0.0)] * len(nodes)
    components = [
        _layout_component(order, parents, placed, spacing)
        for order, parents in _components(adjacency)
    ]
    _pack(components, placed, spacing)
    return {node: (round(x, 1), round(y, 1)) for node, (x, y) in zip(nodes, placed, strict=True)}


def _adjacency(nodes: Sequence[str], edges: Iterable[tuple[str, str]]) -> list[list[int]]:
    index = {node: i for i, node in enumerate(nodes)}
    neighbours: list[set[int]] = [set() for _ in nodes]
    for source, target in edges:
        a, b = index[source], index[target]
        if a != b:
            neighbours[a].add(b)
            neighbours[b].add(a)
    return [sorted(group) for group in neighbours]


def _components(adjacency: list[list[int]]) -> list[tuple[list[int], list[int]]]:
    """Return each component's BFS order and parents, rooted at its highest-degree node."""
    seen = [False] * len(adjacency)
    found = []
    for start in sorted(range(len(adjacency)), key=lambda i: (-len(adjacency[i]), i)):
        if not seen[start]:
            found.append(_bfs(start, adjacency, seen))
    return found


def _bfs(root: int, adjacency: list[list[int]], seen: list[bool]) -> tuple[list[int], list[int]]:
    """Return the BFS order from ``root`` and each node's BFS parent (-1 for the root)."""
    parent = {root: -1}
    seen[root] = True
    order = []
    queue = deque([root])
    while queue:
        node = queue.popleft()
        order.append(node)
        for other in adjacency[node]:
            if not seen[other]:
                seen[other] = True
                parent[other] = node
                queue.append(other)
    return order, [parent[node] for node in order]


def _layout_component(
    order: list[int], parents: list[int], placed: _Positions, spacing: float
) -> tuple[list[int], float]:
    """Place one component (in BFS order) around the origin; return its nodes and radius."""
    root = order[0]
    depth, size = _depths_and_sizes(order, parents)
    ring_radius = _ring_radii(depth, spacing)
    children: dict[int, list[int]] = {node: [] for node in order}
    for node, parent in zip(order[1:], parents[1:], strict=True):
        children[parent].append(node)
    wedge = {root: (0.0, 2 * math.pi)}
    for node in order:
        start, width = wedge[node]
        radius, angle = ring_radius[depth[node]], start + width / 2
        placed[node] = (radius * math.cos(angle), radius * math.sin(angle))
        _split_wedge(node, children[node], size, wedge)
    return order, max(ring_radius.values()) + spacing


def _depths_and_sizes(
    order: list[int], parents: list[int]
) -> tuple[dict[int, int], dict[int, int]]:
    depth = {order[0]: 0}
    for node, parent in zip(order[1:], parents[1:], strict=True):
        depth[node] = depth[parent] + 1
    size = dict.fromkeys(order, 1)
    for node, parent in zip(reversed(order), reversed(parents), strict=True):
        if parent >= 0:
            size[parent] += size[node]
    return depth, size


def _ring_radii(depth: dict[int, int], spacing: float) -> dict[int, float]:
    """Return each ring's radius: far enough out, and wide enough for its nodes."""
    counts: dict[int, int] = {}
    for level in depth.values():
        counts[level] = counts.get(level, 0) + 1
    radii = {0: 0.0}
    for level in sorted(counts)[1:]:
        needed = counts[level] * spacing / (2 * math.pi)
        radii[level] = max(radii[level - 1] + spacing, needed)
    return radii


def _split_wedge(
    node: int, children: list[int], size: dict[int, int], wedge: dict[int, tuple[float, float]]
) -> None:
    start, width = wedge[node]
    total = sum(size[child] for child in children)
    for child in children:
        share = width * size[child] / total
        wedge[child] = (start, share)
        start += share


def _pack(components: list[tuple[list[int], float]], placed: _Positions, spacing: float) -> None:
    """Shift each component into rows, biggest first, so no two components overlap."""
    ranked = sorted(components, key=lambda c: (-c[1], c[0][0]))
    row_width = (
        max(math.sqrt(sum((2 * r) ** 2 for _, r in ranked)), 2 * ranked[0][1]) if ranked else 0
    )
    x = y = row_height = 0.0
    for members, radius in ranked:
        if x > 0 and x + 2 * radius > row_width:
            x, y, row_height = 0.0, y + row_height + spacing, 0.0
        cx, cy = x + radius, y + radius
        for node in members:
            placed[node] = (placed[node][0] + cx, placed[node][1] + cy)
        x += 2 * radius + spacing
        row_height = max(row_height, 2 * radius)
