"""What the view draws: default filters, role edges, parallel edges, --types, --focus."""

from __future__ import annotations

import networkx as nx
import pytest

from newsgraph.errors import QueryError
from newsgraph.viz.view import build_view, find_node
from tests.viz.graphs import (
    APPEAL,
    ARTICLE,
    CIS,
    CONTENT,
    NETANYAHU,
    PRESSURE,
    STATEMENT,
    TRUMP,
    USA,
)


def _edge_set(view) -> set[tuple[str, str, str]]:
    return {(e.source, e.target, e.type) for e in view.edges}


def test_default_view_hides_spans_articles_codebook_and_role_plumbing(
    graph: nx.MultiDiGraph,
) -> None:
    view = build_view(graph)
    assert {n.type for n in view.nodes} == {
        "Person",
        "Organization",
        "Group",
        "Country",
        "Appeal",
        "Statement",
        "Event",
    }
    assert len(view.nodes) == 9
    assert not {"EVIDENCE", "REPORTED_IN", "CONTENT_SPAN", "EVENT_TYPE", "ROLE"} & {
        e.type for e in view.edges
    }


def test_main_edges_of_an_appeal_are_drawn(graph: nx.MultiDiGraph) -> None:
    edges = _edge_set(build_view(graph))
    assert (str(APPEAL), str(CIS), "SPEAKER") in edges
    assert (str(APPEAL), str(TRUMP), "ADDRESSEE") in edges
    assert (str(APPEAL), str(NETANYAHU), "TARGET") in edges
    assert (str(APPEAL), str(PRESSURE), "REQUESTED_ACTION") in edges


def test_parallel_edges_are_kept(graph: nx.MultiDiGraph) -> None:
    between = [
        e.type
        for e in build_view(graph).edges
        if (e.source, e.target) == (str(STATEMENT), str(CIS))
    ]
    assert sorted(between) == ["ABOUT", "SPEAKER"]


def test_role_assignment_becomes_one_holds_role_edge(graph: nx.MultiDiGraph) -> None:
    [edge] = [e for e in build_view(graph).edges if e.type == "HOLDS"]
    assert (edge.source, edge.target) == (str(TRUMP), str(USA))
    assert edge.label == "holds role: President"
    assert edge.tooltip == "President (United States), as of 2025-08-04"


def test_explicit_role_assignment_type_keeps_the_nodes(graph: nx.MultiDiGraph) -> None:
    view = build_view(graph, types=["Person", "RoleAssignment", "Role", "Country"])
    assert {e.type for e in view.edges} == {"HOLDS", "ROLE", "IN_ORGANIZATION"}
    assert "holds role" in {e.label for e in view.edges}


def test_types_filter_keeps_only_those_types(graph: nx.MultiDiGraph) -> None:
    view = build_view(graph, types=["Person", "Appeal"])
    assert [n.type for n in view.nodes] == ["Appeal", "Person", "Person"]
    assert {e.type for e in view.edges} == {"ADDRESSEE", "TARGET"}


def test_explicit_types_show_provenance_edges(graph: nx.MultiDiGraph) -> None:
    edges = _edge_set(build_view(graph, types=["Appeal", "Quotation", "Article"]))
    assert (str(APPEAL), str(CONTENT), "CONTENT_SPAN") in edges
    assert (str(APPEAL), str(ARTICLE), "REPORTED_IN") in edges


def test_unknown_type_lists_the_known_ones(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(QueryError, match=r"unknown node type\(s\) Persn; known: .*Person"):
        build_view(graph, types=["Persn"])


@pytest.mark.parametrize(
    "query",
    ["Benjamin Netanyahu", "bibi", "  BIBI ", str(NETANYAHU)],
    ids=["name", "alias", "case", "iri"],
)
def test_find_node_by_name_alias_or_iri(graph: nx.MultiDiGraph, query: str) -> None:
    assert find_node(graph, query) == NETANYAHU


def test_unknown_focus_lists_close_matches(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(
        QueryError, match=r"no node named 'Donald Trmp'; close matches: 'Donald Trump'"
    ):
        build_view(graph, focus="Donald Trmp")


def test_focus_outside_the_selected_types_is_explained(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(QueryError, match="is a Person, which the selected node types leave out"):
        build_view(graph, types=["Appeal"], focus="Donald Trump")


@pytest.mark.parametrize(
    ("depth", "expected"),
    [
        (0, {TRUMP}),
        (1, {TRUMP, APPEAL, PRESSURE, USA}),
        (2, {TRUMP, APPEAL, PRESSURE, USA, CIS, NETANYAHU, "ceasefire"}),
    ],
    ids=["0", "1", "2"],
)
def test_focus_draws_the_ego_network(graph: nx.MultiDiGraph, depth: int, expected: set) -> None:
    view = build_view(graph, focus="Donald Trump", depth=depth)
    drawn = {n.iri for n in view.nodes}
    wanted = {str(x) for x in expected if x != "ceasefire"}
    assert wanted <= drawn
    assert len(drawn) == len(expected)
    assert all(e.source in drawn and e.target in drawn for e in view.edges)


def test_negative_depth_is_rejected(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(QueryError, match="depth must be 0 or more"):
        build_view(graph, focus="Donald Trump", depth=-1)


def test_view_is_sorted(graph: nx.MultiDiGraph) -> None:
    view = build_view(graph)
    assert [n.iri for n in view.nodes] == sorted(n.iri for n in view.nodes)
    keys = [(e.source, e.target, e.type, e.label) for e in view.edges]
    assert keys == sorted(keys)
