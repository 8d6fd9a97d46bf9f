"""The Python-side layout used for large graphs."""

from __future__ import annotations

import math
import random

from newsgraph.viz.layout import radial_layout


def _random_graph(n: int, seed: int = 3) -> tuple[list[str], list[tuple[str, str]]]:
    rng = random.Random(seed)
    nodes = [f"n{i:04d}" for i in range(n)]
    edges = [(nodes[i], nodes[rng.randrange(n // 2)]) for i in range(n // 2, n)]
    return nodes, edges


def test_every_node_gets_a_distinct_position() -> None:
    nodes, edges = _random_graph(300)
    positions = radial_layout(nodes, edges)
    assert set(positions) == set(nodes)
    assert len(set(positions.values())) == len(nodes)


def test_layout_is_deterministic_and_ignores_edge_order() -> None:
    nodes, edges = _random_graph(200)
    shuffled = list(reversed(edges))
    assert radial_layout(nodes, edges) == radial_layout(nodes, shuffled)


def test_neighbours_sit_one_ring_apart() -> None:
    positions = radial_layout(["hub", "a", "b"], [("a", "hub"), ("b", "hub")], spacing=50.0)
    hub = positions["hub"]
    for leaf in ("a", "b"):
        assert math.dist(hub, positions[leaf]) == 50.0


def test_components_do_not_overlap() -> None:
    nodes = ["a", "b", "c", "x", "y"]
    positions = radial_layout(nodes, [("a", "b"), ("a", "c"), ("x", "y")], spacing=40.0)
    first = [positions[n] for n in "abc"]
    second = [positions[n] for n in "xy"]
    assert min(math.dist(p, q) for p in first for q in second) >= 40.0


def test_empty_graph() -> None:
    assert radial_layout([], []) == {}
